"""The time budget of one extraction: loops check it between steps, and on long texts regex calls get
the time left as their own ``timeout``."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .model import ExtractionTimeout

# Below this many characters a regex call gets no ``timeout`` of its own: every pattern is linear
# (tests/extractor/test_patterns.py runs each over hostile inputs), so one pass over such a text takes
# well under a millisecond, while the regex engine's clock checks would add a fifth to every pass.
# The checks between steps still stop the extraction.
REGEX_TIMEOUT_MIN_CHARS = 50_000

_deadline: ContextVar[float | None] = ContextVar("quotes_deadline", default=None)
_regex_deadline: ContextVar[float | None] = ContextVar("quotes_regex_deadline", default=None)


@contextmanager
def budget(seconds: float | None, chars: int = REGEX_TIMEOUT_MIN_CHARS) -> Iterator[None]:
    """Run the enclosed extraction of a ``chars``-long text under a budget of ``seconds`` (``None``:
    unlimited)."""
    deadline = None if seconds is None else time.monotonic() + seconds
    token = _deadline.set(deadline)
    regex_token = _regex_deadline.set(deadline if chars >= REGEX_TIMEOUT_MIN_CHARS else None)
    try:
        yield
    except TimeoutError as exc:  # the regex package raises the builtin TimeoutError
        if isinstance(exc, ExtractionTimeout):
            raise
        raise ExtractionTimeout(seconds) from None
    finally:
        _regex_deadline.reset(regex_token)
        _deadline.reset(token)


def remaining() -> float | None:
    """Seconds left for a regex call (its ``timeout`` argument), or ``None`` when it needs none."""
    deadline = _regex_deadline.get()
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
