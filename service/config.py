"""Settings: defaults overridden by QUOTES_* environment variables; nothing else reads os.environ."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace


class ConfigError(ValueError):
    """A QUOTES_* environment variable holds a value the service cannot use."""


@dataclass(frozen=True, slots=True)
class Config:
    """Every setting of the service; see the README's settings table."""

    max_chars: int = 1_000_000  # QUOTES_MAX_CHARS: longest text accepted, in characters
    max_batch: int = 100  # QUOTES_MAX_BATCH: most documents in one batch request
    # QUOTES_MAX_BODY_BYTES: larger bodies get 413 unread; 16 MiB holds any valid document even when
    # every character is sent as a JSON escaped surrogate pair (12 bytes).
    max_body_bytes: int = 16 * 1024 * 1024
    timeout: float = 2.0  # QUOTES_TIMEOUT: seconds of extraction allowed per document
    batch_timeout: float = 20.0  # QUOTES_BATCH_TIMEOUT: seconds for a whole batch (below the worker timeout)
    log_level: str = "INFO"  # QUOTES_LOG_LEVEL
    bind: str = "127.0.0.1:8000"  # QUOTES_BIND: gunicorn's address
    workers: int = 0  # QUOTES_WORKERS: gunicorn workers; 0 means one per CPU
    worker_timeout: int = 30  # QUOTES_WORKER_TIMEOUT: seconds before gunicorn restarts a silent worker
    max_requests: int = 5000  # QUOTES_MAX_REQUESTS: requests before a worker is recycled (0: never)
    api_keys_file: str = ""  # QUOTES_API_KEYS_FILE: SHA-256 hashes of accepted keys; empty: no keys needed
    cors_origins: str = ""  # QUOTES_CORS_ORIGINS: comma-separated origins allowed from browsers; empty: none
    ratelimit: str = ""  # QUOTES_RATELIMIT: e.g. "600/minute;20/second" per key or address; empty: none
    ratelimit_storage_uri: str = "memory://"  # QUOTES_RATELIMIT_STORAGE_URI: redis://host:6379 to share

    def __post_init__(self) -> None:
        for name in ("max_chars", "max_batch", "max_body_bytes"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{_env_name(name)} must be at least 1")
        if not 0 < self.timeout <= 600:
            raise ConfigError("QUOTES_TIMEOUT must be in (0, 600] seconds")
        if not 0 < self.batch_timeout < self.worker_timeout:
            raise ConfigError("QUOTES_BATCH_TIMEOUT must be positive and below QUOTES_WORKER_TIMEOUT")
        if self.workers < 0 or self.worker_timeout < 1 or self.max_requests < 0:
            raise ConfigError("QUOTES_WORKERS, QUOTES_WORKER_TIMEOUT and QUOTES_MAX_REQUESTS must be positive")

    @property
    def cors_origin_list(self) -> list[str]:
        """The allowed browser origins."""
        return [origin.strip() for origin in self.cors_origins.split(",") if origin.strip()]

    @property
    def worker_count(self) -> int:
        """The number of gunicorn workers to start."""
        return self.workers or os.cpu_count() or 1

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Config:
        """Read the defaults and every ``QUOTES_<FIELD>`` variable that is set.

        Args:
            environ: the environment to read; ``os.environ`` when ``None``.

        Returns:
            The validated settings.
        """
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for field in fields(cls):
            raw = environ.get(_env_name(field.name))
            if raw is None or raw == "":
                continue
            kind = type(field.default)
            try:
                values[field.name] = kind(raw)
            except ValueError:
                raise ConfigError(f"{_env_name(field.name)}={raw!r} is not a valid {kind.__name__}") from None
        return cls(**values)

    def with_overrides(self, overrides: Mapping[str, object]) -> Config:
        """Return a copy with some settings replaced (used by tests and embedding code)."""
        return replace(self, **overrides)


def _env_name(field_name: str) -> str:
    return f"QUOTES_{field_name.upper()}"
