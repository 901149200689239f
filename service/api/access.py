"""Who may call the API: API keys, browser origins (CORS), and rate limits; all off by default."""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from flask import Flask, current_app, g, request
from flask_cors import CORS
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import FixedWindowRateLimiter
from redis.backoff import NoBackoff
from redis.retry import Retry

from ..config import Config, ConfigError
from .errors import APIError

# Paths anyone may call: orchestrators probe these without credentials, and a browser loads the pages
# and their files without them (the editors' page asks for a key to call the API).
OPEN_PATHS = frozenset({"/healthz", "/readyz", "/openapi.yaml", "/", "/docs"})
STATIC_PREFIX = "/static/"
# Endpoints no rate limit counts: the probes, the contract, the pages and their files, the metrics.
UNLIMITED_ENDPOINTS = ("api.healthz", "api.readyz", "api.openapi", "api.metrics", "pages.index", "pages.docs",
                       "static")
RE_SHA256 = re.compile(r"[0-9a-f]{64}")
# Seconds a call to the limits' storage (Redis) may take: a LAN Redis answers in a millisecond, and a
# frozen one must not hold every request (it held each for 5 s with the client's default).
STORAGE_TIMEOUT = 0.25
log = logging.getLogger("service.access")


def load_key_hashes(path: str) -> tuple[bytes, ...]:
    """Read the SHA-256 hex digests of the accepted keys: one a line, ``#`` comments allowed.

    Raises:
        ConfigError: the file cannot be read or holds a line that is not a digest.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise ConfigError(f"QUOTES_API_KEYS_FILE={path!r}: cannot be read: {reason}") from None
    digests = []
    for number, line in enumerate(lines, 1):
        entry = line.split("#", 1)[0].strip().lower()
        if not entry:
            continue
        if not RE_SHA256.fullmatch(entry):
            raise ConfigError(f"QUOTES_API_KEYS_FILE={path!r}: line {number} is not a SHA-256 hex digest")
        digests.append(entry.encode("ascii"))
    if not digests:
        raise ConfigError(f"QUOTES_API_KEYS_FILE={path!r}: lists no keys")
    return tuple(digests)


class KeyRing:
    """The accepted keys: read once when the app is made (in gunicorn's master, before the workers fork,
    so every worker holds the same keys) and again only by :meth:`reload` (gunicorn's HUP)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.digests = load_key_hashes(path)

    def reload(self) -> bool:
        """Read the file again; a bad file keeps the keys in use (and logs why). Returns whether it took."""
        try:
            digests = load_key_hashes(self.path)
        except ConfigError as error:
            log.error("API keys not reloaded, the %d keys in use are kept: %s", len(self.digests), error)
            return False
        self.digests = digests  # one assignment: a request sees the old tuple or the new one, never a mix
        log.info("API keys reloaded: %d keys", len(digests))
        return True

    def accepts(self, key: str) -> bool:
        """Compare the key's digest with every accepted digest, in constant time, without stopping early."""
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest().encode("ascii")
        found = False
        for accepted in self.digests:
            found |= hmac.compare_digest(digest, accepted)
        return found


class FailureLimit:
    """Counts failed API keys per client address in the limits' storage (per worker while it is down)."""

    def __init__(self, limit: str, limiter: Limiter) -> None:
        self.limit = parse(limit)
        self.limiter = limiter
        self.fallback = FixedWindowRateLimiter(MemoryStorage())

    def hit(self, address: str) -> int | None:
        """Count one failure; returns the seconds until the address may try again when over the limit."""
        try:
            strategy = self.limiter.limiter
            allowed = strategy.hit(self.limit, "auth-failures", address)
        except Exception as error:  # any storage failure: count in this worker instead
            log.warning("rate limit storage unreachable (%s): failed keys counted in this worker", type(error).__name__)
            strategy = self.fallback
            allowed = strategy.hit(self.limit, "auth-failures", address)
        if allowed:
            return None
        reset = strategy.get_window_stats(self.limit, "auth-failures", address).reset_time
        return max(1, int(reset - time.time()) + 1)


def _bearer_key() -> str | None:
    scheme, _, key = request.headers.get("Authorization", "").partition(" ")
    return key.strip() if scheme.lower() == "bearer" and key.strip() else None


def _client_key() -> str:
    """Rate limits count per API key when there is one, else per client address."""
    return g.get("client_id") or get_remote_address() or "unknown"


def storage_options(uri: str) -> dict[str, object]:
    """Options of the limits' storage: for Redis, short timeouts and no retries (redis-py retries a
    timeout 10 times by default), since a failed call falls back to counting in memory."""
    if urlsplit(uri).scheme == "memory":
        return {}
    return {"socket_timeout": STORAGE_TIMEOUT, "socket_connect_timeout": STORAGE_TIMEOUT,
            "retry": Retry(NoBackoff(), 0)}


def redacted(uri: str) -> str:
    """The URI without its password, for messages."""
    parts = urlsplit(uri)
    if parts.password is None:
        return uri
    netloc = f"{parts.username or ''}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def install_access_control(app: Flask, config: Config) -> None:
    """Wire API keys, CORS and rate limits into ``app`` as ``config`` asks.

    A limits' storage that does not answer at start is logged (one warning line) and the start goes on:
    limits are then counted in each worker's memory until it answers, as after an outage at run time.

    Raises:
        ConfigError: the keys file is bad, or the client library refuses the storage's URI.
    """
    keys = KeyRing(config.api_keys_file) if config.api_keys_file else None
    app.extensions["quotes_keys"] = keys
    open_paths = OPEN_PATHS | ({"/metrics"} if config.metrics == "open" else set())

    if config.cors_origin_list:
        CORS(app, origins=config.cors_origin_list, methods=["GET", "POST"],
             allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
             expose_headers=["X-Request-ID", "Retry-After"], max_age=600)

    # One budget per key (or address) across both endpoints; a batch's documents are charged in its view.
    limiter = Limiter(_client_key, storage_uri=config.ratelimit_storage_uri,
                      storage_options=storage_options(config.ratelimit_storage_uri),
                      application_limits=[config.ratelimit] if config.ratelimit else [], headers_enabled=True,
                      enabled=bool(config.ratelimit or keys), strategy="fixed-window",
                      in_memory_fallback_enabled=True, swallow_errors=True)
    if keys is not None:
        failures = FailureLimit(config.auth_failure_limit, limiter) if config.auth_failure_limit else None

        @app.before_request
        def require_key() -> None:
            if request.path in open_paths or request.path.startswith(STATIC_PREFIX) or request.method == "OPTIONS":
                return
            key = _bearer_key()
            if key is not None and keys.accepts(key):
                g.client_id = "key:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
                return
            wait = failures.hit(get_remote_address() or "unknown") if failures else None
            if wait is not None:
                raise APIError(429, f"Too many failed API keys from this address: retry after {wait} s.",
                               headers={"Retry-After": str(wait)})
            raise APIError(401, "Send a valid API key as: Authorization: Bearer <key>.",
                           headers={"WWW-Authenticate": 'Bearer realm="quotes"'})

    try:
        limiter.init_app(app)  # makes the storage's client, which connects only when first used
    except ValueError as error:  # a URI redis-py refuses though its form passed Config (a bad query value)
        raise ConfigError(f"QUOTES_RATELIMIT_STORAGE_URI: {error}") from None
    if limiter.enabled and not limiter.storage.check():
        # Not a reason to refuse the start: pods and Redis start together on Kubernetes (and Redis may be
        # restarting), and refusing would crash-loop every API pod until Redis answers, while an outage at
        # run time only moves the counting into each worker's memory. So the start does the same:
        # flask-limiter falls back on the first request that fails and returns to the storage by itself
        # once it answers (checked with backoff, at most every 32 s); /readyz reports it meanwhile.
        log.warning("rate limit storage %s unreachable at start (no answer within %s s): limits are counted in "
                    "each worker's memory until it answers", redacted(config.ratelimit_storage_uri), STORAGE_TIMEOUT)
    limiter.request_filter(lambda: request.method == "OPTIONS")  # CORS preflights are free
    for endpoint in UNLIMITED_ENDPOINTS:
        limiter.exempt(app.view_functions[endpoint])
    app.extensions["quotes_limiter"] = limiter


def charge(count: int) -> None:
    """Charge ``count`` more units to the limits this request was counted against (a batch's documents
    after its first).

    Raises:
        APIError: 429 when that goes over a limit.
    """
    limiter: Limiter = current_app.extensions["quotes_limiter"]
    if count < 1 or not limiter.enabled:
        return
    for counted in limiter.current_limits:
        try:
            allowed = limiter.limiter.hit(counted.limit, *counted.request_args, cost=count)
            reset = limiter.limiter.get_window_stats(counted.limit, *counted.request_args).reset_time
        except Exception as error:  # the storage went down since this request was counted: let it pass
            log.warning("rate limit storage unreachable (%s): a batch was not charged", type(error).__name__)
            return
        if not allowed:
            wait = max(1, int(reset - time.time()) + 1)
            raise APIError(429, f"Too many requests: this batch's documents go over the limit of {counted.limit}. "
                                f"Retry after the seconds given in Retry-After.", headers={"Retry-After": str(wait)})


def storage_status() -> str:
    """How the limits' storage is doing, for /readyz: ``ok``, ``off`` or ``unreachable``."""
    limiter: Limiter | None = current_app.extensions.get("quotes_limiter")
    if limiter is None or not limiter.enabled:
        return "off"
    return "ok" if limiter.storage.check() else "unreachable"

