"""The time budget of one extraction, in CPU seconds of the extracting thread, so that load alone (other
requests, other processes) never spends it; a wall-clock deadline stays as a safety net.

Loops check the budget between steps (``check()``). On long texts each regex call also gets a
``timeout`` (``remaining()``): the whole CPU budget, or the wall-clock time left if that is less. The regex
package counts its timeout in wall time, so this is a generous net, not the budget: every pattern is
linear and one pass takes a small fraction of the budget; only a thread that hardly runs on an overloaded
machine, or a pattern gone wrong, meets it.
"""

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
# Without an outer deadline, the wall-clock net of one document is this many times its CPU budget.
WALL_FACTOR = 10

_cpu_deadline: ContextVar[float | None] = ContextVar("quotes_cpu_deadline", default=None)
_wall_deadline: ContextVar[float | None] = ContextVar("quotes_wall_deadline", default=None)
_outer_deadline: ContextVar[float | None] = ContextVar("quotes_outer_deadline", default=None)
_regex_timeout: ContextVar[float | None] = ContextVar("quotes_regex_timeout", default=None)


class DeadlineExceeded(ExtractionTimeout):
    """The wall-clock deadline passed before the CPU budget was spent: the machine was too busy, the
    document was not too hard; sending it again later can succeed."""


class _CPUSpent(TimeoutError):
    pass


class _WallSpent(TimeoutError):
    pass


@contextmanager
def deadline(at: float | None) -> Iterator[None]:
    """Stop every extraction run inside by ``at`` (a ``time.monotonic()`` value) at the latest, whatever
    CPU budget it has left; ``None`` sets no deadline. It raises :class:`DeadlineExceeded`."""
    token = _outer_deadline.set(at)
    try:
        yield
    finally:
        _outer_deadline.reset(token)


@contextmanager
def budget(seconds: float | None, chars: int = REGEX_TIMEOUT_MIN_CHARS) -> Iterator[None]:
    """Run the enclosed extraction of a ``chars``-long text under a budget of ``seconds`` of CPU time
    (``None``: unlimited), within the wall-clock deadline of :func:`deadline` or else ``WALL_FACTOR``
    times the budget."""
    cpu = None if seconds is None else time.thread_time() + seconds
    own_wall = None if seconds is None else time.monotonic() + seconds * WALL_FACTOR
    outer = _outer_deadline.get()
    wall = min((d for d in (own_wall, outer) if d is not None), default=None)
    long_text = wall is not None and chars >= REGEX_TIMEOUT_MIN_CHARS
    tokens = (_cpu_deadline.set(cpu), _wall_deadline.set(wall),
              _regex_timeout.set((seconds or wall - time.monotonic()) if long_text else None))
    try:
        yield
    except TimeoutError as exc:  # the regex package raises the builtin TimeoutError
        if isinstance(exc, ExtractionTimeout):
            raise
        if isinstance(exc, _CPUSpent) or (cpu is not None and time.thread_time() >= cpu):
            raise ExtractionTimeout(seconds) from None
        raise DeadlineExceeded(seconds) from None
    finally:
        _regex_timeout.reset(tokens[2])
        _wall_deadline.reset(tokens[1])
        _cpu_deadline.reset(tokens[0])


# Read the CPU clock on every so many checks (see check()).
CPU_CHECK_EVERY = 16
_checks = 0


def remaining() -> float | None:
    """Seconds a regex call may take (its ``timeout`` argument, in wall time), or ``None`` when it needs none."""
    cap = _regex_timeout.get()
    if cap is None:
        return None
    check()
    return min(cap, _wall_deadline.get() - time.monotonic())  # type: ignore[operator]


def check() -> None:
    """Stop the extraction when its CPU budget is spent or its wall-clock deadline has passed.

    The CPU clock is a system call (about half a microsecond, against a twentieth for the wall clock),
    so it is read on every ``CPU_CHECK_EVERY``-th check only: loops call this every few microseconds of
    work, so the budget is still kept to well under a millisecond."""
    global _checks
    _checks += 1  # a sampling counter shared by threads: a lost increment only shifts the sample
    cpu = _cpu_deadline.get()
    if cpu is not None and not _checks % CPU_CHECK_EVERY and time.thread_time() > cpu:
        raise _CPUSpent
    wall = _wall_deadline.get()
    if wall is not None and time.monotonic() > wall:
        raise _WallSpent
