"""The time budget of one extraction: regex calls get the time left, loops check it between steps."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .model import ExtractionTimeout

_deadline: ContextVar[float | None] = ContextVar("quotes_deadline", default=None)


@contextmanager
def budget(seconds: float | None) -> Iterator[None]:
    """Run the enclosed extraction under a budget of ``seconds`` (``None``: unlimited)."""
    token = _deadline.set(None if seconds is None else time.monotonic() + seconds)
    try:
        yield
    except TimeoutError as exc:  # the regex package raises the builtin TimeoutError
        if isinstance(exc, ExtractionTimeout):
            raise
        raise ExtractionTimeout(seconds) from None
    finally:
        _deadline.reset(token)


def remaining() -> float | None:
    """Seconds left for a regex call (its ``timeout`` argument), or ``None`` when unlimited."""
    deadline = _deadline.get()
    if deadline is None:
        return None
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


def check() -> None:
    """Stop the extraction when its budget is spent."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise TimeoutError
