"""Readers and offset maps: a reader turns an input into a Document, the text the rules read plus the
maps that carry every offset back to the input as the caller counts it.

Plain text is read as it is (:func:`read_text`); the HTML reader (:mod:`html_reader`) returns the same
Document with maps from the rendered text back to the HTML source. UTF-16 counting (JavaScript's string offsets) is one
more map, applied after the source map, so every reader gets it for free.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

import regex

RE_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")

OffsetMap = Callable[[int], int]


def identity(offset: int) -> int:
    """The map of a reader that changes nothing: offsets into the text are offsets into the source."""
    return offset


@dataclass(frozen=True, slots=True)
class Document:
    """One input as the rules read it.

    Args:
        source: the input exactly as received.
        text: the text the rules read (equal to ``source`` for plain text).
        to_source: maps the code-point offset where a span starts in ``text`` to where it starts in
            ``source``.
        end_to_source: the same for where a span ends (after an HTML entity, before a closing tag).
        quotations: stretches of ``text`` that are quotations without marks, as ``(start, end,
            utterance)``: an HTML ``<q>``, the paragraphs of a ``<blockquote>`` (one utterance).
    """

    source: str
    text: str
    to_source: OffsetMap = identity
    end_to_source: OffsetMap = identity
    quotations: tuple[tuple[int, int, int], ...] = ()

    def offset_maps(self, unit: str) -> tuple[OffsetMap, OffsetMap]:
        """The maps from ``text`` offsets where spans start and end to ``source`` offsets counted in
        ``unit`` ("codepoint" or "utf16")."""
        if unit == "utf16":
            to_units = utf16_map(self.source)
            if to_units is not identity:
                starts, ends = self.to_source, self.end_to_source
                return (lambda offset: to_units(starts(offset))), (lambda offset: to_units(ends(offset)))
        return self.to_source, self.end_to_source


def read_text(text: str) -> Document:
    """Read plain text: the rules read it exactly as received, so offsets need no map."""
    return Document(text, text)


def utf16_map(source: str) -> OffsetMap:
    """Map code-point offsets into ``source`` to UTF-16 code-unit offsets (each character outside the
    Basic Multilingual Plane, an emoji say, counts two units)."""
    astral = [m.start() for m in RE_ASTRAL.finditer(source)]
    if not astral:
        return identity

    def to_units(offset: int) -> int:
        return offset + bisect.bisect_left(astral, offset)  # each earlier astral character adds one unit

    return to_units
