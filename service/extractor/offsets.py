"""Re-count the offsets of an extraction in UTF-16 code units, as JavaScript strings index."""

from __future__ import annotations

import bisect
from dataclasses import replace

import regex

from .model import Extraction, Span

RE_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")


def to_utf16(extraction: Extraction, text: str) -> Extraction:
    """Return ``extraction`` with every offset counted in UTF-16 code units.

    Args:
        extraction: the result of :func:`extract` on ``text``.
        text: the same text.

    Returns:
        The same extraction when ``text`` has no character outside the BMP, else a converted copy.
    """
    astral = [m.start() for m in RE_ASTRAL.finditer(text)]
    if not astral:
        return extraction

    def shift(offset: int) -> int:
        return offset + bisect.bisect_left(astral, offset)  # each earlier astral char adds one unit

    def span(s: Span) -> Span:
        return replace(s, start=shift(s.start), end=shift(s.end))

    quotes = tuple(
        replace(
            q, start=shift(q.start), end=shift(q.end), cue=q.cue and span(q.cue),
            speaker=q.speaker and replace(q.speaker, mention=span(q.speaker.mention)),
        )
        for q in extraction.quotes
    )
    speakers = tuple(replace(s, mentions=tuple(span(m) for m in s.mentions)) for s in extraction.speakers)
    return Extraction(quotes, speakers)
