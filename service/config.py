"""Settings: defaults overridden by QUOTES_* environment variables; nothing else reads os.environ."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from urllib.parse import urlsplit

from limits import parse_many

from .cpus import usable_cpus

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
STORAGE_SCHEMES = ("memory", "redis", "rediss", "redis+unix")
# Who may read GET /metrics: anyone, whoever may call the API (a key when keys are on), or nobody (404).
METRICS_EXPOSURES = ("open", "key", "off")


class ConfigError(ValueError):
    """One or more QUOTES_* values the service cannot use: one line per problem."""

    def __init__(self, problems: str | list[str]) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True, slots=True)
class Config:
    """Every setting of the service; see the README's settings table."""

    max_chars: int = 1_000_000  # QUOTES_MAX_CHARS: longest text accepted, in characters
    max_batch: int = 100  # QUOTES_MAX_BATCH: most documents in one batch request
    max_batch_chars: int = 2_000_000  # QUOTES_MAX_BATCH_CHARS: most characters in one batch, all documents together
    # QUOTES_MAX_BODY_BYTES: larger bodies get 413 unread; 16 MiB holds any valid document even when
    # every character is sent as a JSON escaped surrogate pair (12 bytes).
    max_body_bytes: int = 16 * 1024 * 1024
    timeout: float = 2.0  # QUOTES_TIMEOUT: CPU seconds of extraction allowed per document
    batch_timeout: float = 20.0  # QUOTES_BATCH_TIMEOUT: wall seconds for a whole request, answer included
    log_level: str = "INFO"  # QUOTES_LOG_LEVEL
    bind: str = "127.0.0.1:8000"  # QUOTES_BIND: gunicorn's address
    workers: int = 0  # QUOTES_WORKERS: gunicorn workers; 0 means one per CPU
    threads: int = 32  # QUOTES_THREADS: connections one worker serves at once (gthread)
    extraction_slots: int = 2  # QUOTES_EXTRACTION_SLOTS: requests one worker extracts at once
    queue_timeout: float = 5.0  # QUOTES_QUEUE_TIMEOUT: seconds a request waits for a slot before 503
    client_timeout: float = 10.0  # QUOTES_CLIENT_TIMEOUT: seconds a client may stall a read or write
    drain_seconds: float = 5.0  # QUOTES_DRAIN_SECONDS: after SIGTERM, serve on (readyz 503) this long
    worker_timeout: int = 30  # QUOTES_WORKER_TIMEOUT: seconds before gunicorn restarts a hung worker
    max_requests: int = 5000  # QUOTES_MAX_REQUESTS: requests before a worker is recycled (0: never)
    api_keys_file: str = ""  # QUOTES_API_KEYS_FILE: SHA-256 hashes of accepted keys; empty: no keys needed
    cors_origins: str = ""  # QUOTES_CORS_ORIGINS: comma-separated origins allowed from browsers; empty: none
    ratelimit: str = ""  # QUOTES_RATELIMIT: e.g. "600/minute;20/second" per key or address; empty: none
    ratelimit_storage_uri: str = "memory://"  # QUOTES_RATELIMIT_STORAGE_URI: redis://host:6379 to share
    auth_failure_limit: str = "20/minute"  # QUOTES_AUTH_FAILURE_LIMIT: failed API keys allowed per address
    metrics: str = "key"  # QUOTES_METRICS: GET /metrics open, guarded like the API (key), or off (404)
    # QUOTES_FORWARDED_PROXIES: proxies in front whose X-Forwarded-For/-Proto/-Host are trusted; 0: none,
    # so that a client reaching the service directly cannot pick the address its limits are counted on.
    forwarded_proxies: int = 0

    def __post_init__(self) -> None:
        problems = self.problems()
        if problems:
            raise ConfigError(problems)

    def problems(self) -> list[str]:
        """Every value that cannot be used, one sentence each naming its variable."""
        found = []
        for name in ("max_chars", "max_batch", "max_batch_chars", "max_body_bytes", "threads", "extraction_slots"):
            if getattr(self, name) < 1:
                found.append(f"{_env_name(name)}={getattr(self, name)}: must be at least 1")
        if self.max_batch_chars < self.max_chars:
            found.append(f"QUOTES_MAX_BATCH_CHARS={self.max_batch_chars}: must be at least QUOTES_MAX_CHARS "
                         f"({self.max_chars}), so that any document fits in a batch")
        if not 0 < self.timeout <= 600:
            found.append(f"QUOTES_TIMEOUT={self.timeout}: must be in (0, 600] seconds")
        if not 0 < self.batch_timeout < self.worker_timeout:
            found.append(f"QUOTES_BATCH_TIMEOUT={self.batch_timeout}: must be positive and below "
                         f"QUOTES_WORKER_TIMEOUT ({self.worker_timeout})")
        for name in ("queue_timeout", "client_timeout"):
            if not 0 < getattr(self, name) <= 600:
                found.append(f"{_env_name(name)}={getattr(self, name)}: must be in (0, 600] seconds")
        if not 0 <= self.drain_seconds <= 600:
            found.append(f"QUOTES_DRAIN_SECONDS={self.drain_seconds}: must be in [0, 600] seconds")
        if self.workers < 0:
            found.append(f"QUOTES_WORKERS={self.workers}: must be 0 (one per CPU) or more")
        if self.worker_timeout < 1:
            found.append(f"QUOTES_WORKER_TIMEOUT={self.worker_timeout}: must be at least 1")
        if not 0 <= self.forwarded_proxies <= 10:
            found.append(f"QUOTES_FORWARDED_PROXIES={self.forwarded_proxies}: must be 0 (no proxy) to 10")
        if self.max_requests < 0:
            found.append(f"QUOTES_MAX_REQUESTS={self.max_requests}: must be 0 (never recycle) or more")
        if self.log_level.upper() not in LOG_LEVELS:
            found.append(f"QUOTES_LOG_LEVEL={self.log_level!r}: must be one of {', '.join(LOG_LEVELS)}")
        for name in ("ratelimit", "auth_failure_limit"):
            value = getattr(self, name)
            if value and not _limits_parse(value):
                found.append(f"{_env_name(name)}={value!r}: not a rate limit such as '600/minute;20/second'")
        found += [f"QUOTES_RATELIMIT_STORAGE_URI: {problem}"
                  for problem in _storage_uri_problems(self.ratelimit_storage_uri)]
        if self.metrics not in METRICS_EXPOSURES:
            found.append(f"QUOTES_METRICS={self.metrics!r}: must be one of {', '.join(METRICS_EXPOSURES)}")
        host, _, port = self.bind.rpartition(":")
        if not self.bind.startswith("unix:") and not (host and port.isdigit() and int(port) < 65536):
            found.append(f"QUOTES_BIND={self.bind!r}: must be HOST:PORT or unix:PATH")
        return found

    @property
    def cors_origin_list(self) -> list[str]:
        """The allowed browser origins."""
        return [origin.strip() for origin in self.cors_origins.split(",") if origin.strip()]

    @property
    def worker_count(self) -> int:
        """The number of gunicorn workers to start: one per usable CPU unless set."""
        return self.workers or usable_cpus()

    @property
    def log_level_number(self) -> int:
        """The log level as the logging module numbers it."""
        return logging.getLevelName(self.log_level.upper())

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Config:
        """Read the defaults and every ``QUOTES_<FIELD>`` variable that is set.

        Variables named ``QUOTES_`` that are not settings are ignored: Kubernetes sets ``QUOTES_PORT``
        and the like for a Service named quotes.

        Args:
            environ: the environment to read; ``os.environ`` when ``None``.

        Returns:
            The validated settings.

        Raises:
            ConfigError: naming every bad value, one line each.
        """
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        problems = []
        for field in fields(cls):
            raw = environ.get(_env_name(field.name))
            if raw is None or raw == "":
                continue
            kind = type(field.default)
            try:
                values[field.name] = kind(raw.strip()) if kind is not str else raw
            except ValueError:
                problems.append(f"{_env_name(field.name)}={raw!r}: not a valid {_KIND_NAMES[kind]}")
        if not problems:
            return cls(**values)
        try:
            cls(**values)
        except ConfigError as error:
            problems += error.problems
        raise ConfigError(problems)

    def with_overrides(self, overrides: Mapping[str, object]) -> Config:
        """Return a copy with some settings replaced (used by tests and embedding code)."""
        return replace(self, **overrides)


_KIND_NAMES = {int: "whole number", float: "number", str: "string"}


def metrics_directory(environ: Mapping[str, str] | None = None) -> str | None:
    """Where prometheus-client keeps every process's metrics: ``PROMETHEUS_MULTIPROC_DIR``, which
    service/gunicorn_conf.py names for it (not a setting; None outside gunicorn)."""
    environ = os.environ if environ is None else environ
    return environ.get("PROMETHEUS_MULTIPROC_DIR") or None


def _storage_uri_problems(uri: str) -> list[str]:
    """What makes the limits' storage URI unusable whether or not its server answers: its form only (no
    connection is tried; an unreachable Redis is a run-time condition, see service/api/access.py). The URI
    itself is never repeated, since it may hold a password."""
    try:
        parts = urlsplit(uri)
        port = parts.port  # raises for a port that is not a number from 0 to 65535
    except ValueError as error:
        return [f"not a valid URL: {error}"]
    if parts.scheme not in STORAGE_SCHEMES:
        return [f"scheme {parts.scheme!r} is not one of {', '.join(STORAGE_SCHEMES)}"]
    if parts.scheme == "redis+unix":
        return [] if parts.path.strip("/") else ["names no socket, as in redis+unix:///run/redis.sock"]
    if parts.scheme == "memory":
        return []
    found = []
    # redis-py would quietly take localhost for a missing host (redis://:6379, an empty variable in a template).
    if not parts.hostname:
        found.append("names no host, as in redis://HOST:6379")
    if port == 0:
        found.append("port 0 is not a port")
    if parts.path.strip("/") and not parts.path.strip("/").isdigit():
        found.append(f"database {parts.path.strip('/')!r} is not a number, as in redis://HOST:6379/0")
    return found


def _limits_parse(value: str) -> bool:
    try:
        return bool(parse_many(value))
    except ValueError:
        return False


def _env_name(field_name: str) -> str:
    return f"QUOTES_{field_name.upper()}"
