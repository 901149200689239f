"""The time budget of one extraction, in CPU seconds of the extracting thread, so that load alone (other
requests, other processes) never spends it; a wall-clock deadline stays as a safety net.

Loops check the budget between steps (``check()``). On long texts each regex call also gets a
``timeout`` (``remaining()``): the whole CPU budget, or the wall-clock time left if that is less. The regex
package counts its timeout in wall time, so this is a generous net, not the budget: every pattern is
linear and one pass takes a small fraction of the budget; only a thread that hardly runs on an overloaded
machine, or a pattern gone wrong, meets it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Final

from .model import DeadlineExceeded, ExtractionTimeout

# Below this many characters a regex call gets no ``timeout`` of its own: every pattern is linear
# (tests/extractor/test_patterns.py runs each over hostile inputs), so one pass over such a text takes
# well under a millisecond, while the regex engine's clock checks would add a fifth to every pass.
# The checks between steps still stop the extraction.
REGEX_TIMEOUT_MIN_CHARS = 50_000
# Regex's ``concurrent`` argument for calls over a word, a phrase, a sentence or a paragraph: the regex
# package otherwise lets go of the GIL and takes it back around every match, which cost some 6 % of a pass
# (callgrind), more than most of these matches. Passes over a whole text, which carry a ``timeout``, still
# let go, so other threads of a worker run while a long text is read. Passed by position: a keyword argument
# costs more to parse than the GIL saves.
NOT_CONCURRENT: Final = False
# Without an outer deadline, the wall-clock net of one document is this many times its CPU budget.
WALL_FACTOR = 10

_cpu_deadline: ContextVar[float | None] = ContextVar("quotes_cpu_deadline", default=None)
_wall_deadline: ContextVar[float | None] = ContextVar("quotes_wall_deadline", default=None)
_outer_deadline: ContextVar[float | None] = ContextVar("quotes_outer_deadline", default=None)
_regex_timeout: ContextVar[float | None] = ContextVar("quotes_regex_timeout", default=None)
# This extraction's checks so far and its two deadlines, [count, CPU, wall]; None when it has neither. One
# variable, read once per check: check() runs a couple of hundred times per article.
_clocks: ContextVar[list[float | None] | None] = ContextVar("quotes_clocks", default=None)


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
    clocks: list[float | None] | None = None if cpu is None and wall is None else [CHECK_CLOCKS_EVERY - 1, cpu, wall]
    tokens = (_cpu_deadline.set(cpu), _wall_deadline.set(wall),
              _regex_timeout.set((seconds or wall - time.monotonic()) if long_text and wall is not None else None),
              _clocks.set(clocks))
    try:
        yield
    except TimeoutError as exc:  # the regex package raises the builtin TimeoutError
        if isinstance(exc, ExtractionTimeout):
            raise
        if cpu is not None and time.thread_time() >= cpu:  # check() found the CPU budget spent, or the regex timed out
            raise ExtractionTimeout(seconds) from None
        raise DeadlineExceeded(seconds) from None
    finally:
        _clocks.reset(tokens[3])
        _regex_timeout.reset(tokens[2])
        _wall_deadline.reset(tokens[1])
        _cpu_deadline.reset(tokens[0])


# Read the clocks on every so many checks (see check()); the first check reads them.
CHECK_CLOCKS_EVERY = 16


def remaining() -> float | None:
    """Seconds a regex call may take (its ``timeout`` argument, in wall time), or ``None`` when it needs none."""
    cap = _regex_timeout.get()
    if cap is None:
        return None
    check()
    return min(cap, _wall_deadline.get() - time.monotonic())  # type: ignore[operator]


def check() -> None:
    """Stop the extraction when its CPU budget is spent or its wall-clock deadline has passed.

    The clocks are read on every ``CHECK_CLOCKS_EVERY``-th check only (the CPU clock is a system call of
    about half a microsecond): loops call this every few microseconds of work, so the budget is still kept
    to well under a millisecond, and a check between the readings costs one variable and one count."""
    clocks = _clocks.get()
    if clocks is None:
        return
    count = clocks[0] = clocks[0] + 1  # type: ignore[operator]  # this extraction's own: never another's
    if count % CHECK_CLOCKS_EVERY:
        return
    # Lets go of the GIL, which the engine's short regex calls keep (NOT_CONCURRENT), so that a worker's other
    # threads run. Not time.sleep(0): that sleeps for the kernel's timer slack, some 50-80 microseconds a call.
    os.sched_yield()
    cpu, wall = clocks[1], clocks[2]
    if (cpu is not None and time.thread_time() > cpu) or (wall is not None and time.monotonic() > wall):
        raise TimeoutError  # budget() tells which of the two was spent
