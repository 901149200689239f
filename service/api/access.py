"""Who may call the API: API keys, browser origins (CORS), and rate limits; all off by default."""

from __future__ import annotations

import hashlib
import hmac
import re
from pathlib import Path

from flask import Flask, g, request
from flask_cors import CORS
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from ..config import Config, ConfigError
from .errors import APIError

# Paths anyone may call: orchestrators probe these without credentials.
OPEN_PATHS = frozenset({"/healthz", "/readyz", "/openapi.yaml"})
RE_SHA256 = re.compile(r"[0-9a-f]{64}")


def load_key_hashes(path: str) -> tuple[bytes, ...]:
    """Read the SHA-256 hex digests of the accepted keys: one a line, ``#`` comments allowed.

    Raises:
        ConfigError: the file cannot be read or holds a line that is not a digest.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"QUOTES_API_KEYS_FILE cannot be read: {exc.strerror}") from None
    digests = []
    for number, line in enumerate(lines, 1):
        entry = line.split("#", 1)[0].strip().lower()
        if not entry:
            continue
        if not RE_SHA256.fullmatch(entry):
            raise ConfigError(f"QUOTES_API_KEYS_FILE line {number} is not a SHA-256 hex digest")
        digests.append(entry.encode("ascii"))
    if not digests:
        raise ConfigError("QUOTES_API_KEYS_FILE lists no keys")
    return tuple(digests)


def _key_matches(key: str, digests: tuple[bytes, ...]) -> bool:
    """Compare the key's digest with every accepted digest, in constant time, without stopping early."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest().encode("ascii")
    found = False
    for accepted in digests:
        found |= hmac.compare_digest(digest, accepted)
    return found


def _bearer_key() -> str | None:
    scheme, _, key = request.headers.get("Authorization", "").partition(" ")
    return key.strip() if scheme.lower() == "bearer" and key.strip() else None


def _client_key() -> str:
    """Rate limits count per API key when there is one, else per client address."""
    return g.get("client_id") or get_remote_address() or "unknown"


def install_access_control(app: Flask, config: Config) -> None:
    """Wire API keys, CORS and rate limits into ``app`` as ``config`` asks."""
    if config.api_keys_file:
        digests = load_key_hashes(config.api_keys_file)

        @app.before_request
        def require_key() -> None:
            if request.path in OPEN_PATHS or request.method == "OPTIONS":
                return
            key = _bearer_key()
            if key is None or not _key_matches(key, digests):
                raise APIError(401, "Send a valid API key as: Authorization: Bearer <key>.",
                               headers={"WWW-Authenticate": 'Bearer realm="quotes"'})
            g.client_id = "key:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    if config.cors_origin_list:
        CORS(app, origins=config.cors_origin_list, methods=["GET", "POST"],
             allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
             expose_headers=["X-Request-ID", "Retry-After"], max_age=600)

    limiter = Limiter(_client_key, app=app, storage_uri=config.ratelimit_storage_uri,
                      default_limits=[config.ratelimit] if config.ratelimit else [], headers_enabled=True,
                      enabled=bool(config.ratelimit), strategy="fixed-window")
    limiter.request_filter(lambda: request.method == "OPTIONS")  # CORS preflights are free
    for endpoint in ("api.healthz", "api.readyz", "api.openapi"):
        limiter.exempt(app.view_functions[endpoint])
    app.extensions["quotes_limiter"] = limiter
