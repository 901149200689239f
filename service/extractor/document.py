"""Readers and offset maps: a reader turns an input into a Document, the text the rules read plus the
maps that carry every offset back to the input as the caller counts it.

Only plain text is read today (:func:`read_text`); an HTML reader returns the same Document with a map
from the rendered text back to the HTML source. UTF-16 counting (JavaScript's string offsets) is one
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
        to_source: maps a code-point offset into ``text`` to one into ``source``.
    """

    source: str
    text: str
    to_source: OffsetMap = identity

    def offset_map(self, unit: str) -> OffsetMap:
        """The map from ``text`` offsets to ``source`` offsets counted in ``unit`` ("codepoint" or "utf16")."""
        if unit == "utf16":
            to_units = utf16_map(self.source)
            if to_units is not identity:
                to_source = self.to_source
                return lambda offset: to_units(to_source(offset))
        return self.to_source


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
