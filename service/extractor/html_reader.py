"""The HTML reader: an article body as a browser renders it, with a map from every character of the
rendered text back to the HTML source, so every span the engine returns slices the HTML as sent.

Python's own ``html.parser`` does the parsing: it is kept with the language, tolerates broken markup
the way browsers do for the cases news HTML has (unclosed tags, stray ``&``), reports where every tag,
text run and character reference starts, and is linear on hostile input (a megabyte of attributes or
one comment). A tree builder (lxml, html5lib) would give a tree but not source positions of text.

Reading rules: block elements and ``<br>`` break paragraphs; entities and character references are
decoded; inline tags (``<a>``, ``<em>``, ``<strong>``, ``<span>``) are transparent; ``<script>``,
``<style>``, ``<template>``, comments and attribute values are never text; ``<q>`` and
``<blockquote>`` are quotations even without marks (the Document names those stretches);
runs of whitespace read as one space.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Callable
from html.parser import HTMLParser

import regex

from . import budget
from .document import Document

# Elements that start and end paragraphs, as a browser lays them out.
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
})
# Elements whose content is never article text.
SKIPPED = frozenset({"script", "style", "template", "noscript", "head", "title", "textarea", "svg", "math"})
PARAGRAPH_BREAK = "\n\n"
# The parser is fed this much at a time, and the time budget checked every so many events.
FEED_CHARS = 16_384
BUDGET_EVERY = 4096
RE_WHITESPACE = regex.compile(r"\s+")
OPENING_MARKS = "\"'“‘«„‚‹`"


class _Builder:
    """The rendered text, built piece by piece, with where each piece comes from in the source."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.text_starts: list[int] = []
        self.source_starts: list[int] = []
        self.source_ends: list[int] = []
        self.linear: list[bool] = []

    def add(self, piece: str, source_start: int, source_end: int | None = None) -> None:
        """Append ``piece``, the source's own characters from ``source_start`` on; or, given the
        ``source_end`` of what it stands for, a piece whose every character maps to that whole stretch
        (a decoded entity; a supplied break or mark stands for the tag at ``source_start``)."""
        if not piece:
            return
        self.text_starts.append(self.length)
        self.source_starts.append(source_start)
        self.source_ends.append(source_start + len(piece) if source_end is None else source_end)
        self.linear.append(source_end is None)
        self.parts.append(piece)
        self.length += len(piece)

    def supply(self, piece: str, at: int) -> None:
        """Append characters the source does not have (a paragraph break, a quotation mark) for the tag at ``at``."""
        self.add(piece, at, at)

    def ends_with_break(self) -> bool:
        return not self.parts or self.parts[-1].endswith("\n")

    def offset_maps(self, source_length: int) -> tuple[Callable[[int], int], Callable[[int], int]]:
        """Where a span that starts, and one that ends, at a text offset starts and ends in the source."""
        text_starts, source_starts, source_ends = self.text_starts, self.source_starts, self.source_ends
        linear, length = self.linear, self.length

        def start_of(offset: int) -> int:
            if offset >= length:
                return source_length
            i = bisect.bisect_right(text_starts, offset) - 1
            return source_starts[i] + (offset - text_starts[i] if linear[i] else 0)

        def end_of(offset: int) -> int:
            if offset <= 0:
                return 0
            i = bisect.bisect_right(text_starts, offset - 1) - 1  # the piece holding the last character
            return source_starts[i] + (offset - text_starts[i]) if linear[i] else source_ends[i]

        return start_of, end_of


class _Reader(HTMLParser):
    """Collects the parser's events with their source offsets."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in regex.finditer(r"\n", source)]
        self.events: list[tuple[int, str, str]] = []  # (source offset, kind, payload)

    def _at(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append((self._at(), "start", tag))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append((self._at(), "empty", tag))

    def handle_endtag(self, tag: str) -> None:
        self.events.append((self._at(), "end", tag))

    def handle_data(self, data: str) -> None:
        self.events.append((self._at(), "data", data))

    def handle_entityref(self, name: str) -> None:
        self.events.append((self._at(), "entity", name))

    def handle_charref(self, name: str) -> None:
        self.events.append((self._at(), "charref", name))

    def handle_comment(self, data: str) -> None:
        self.events.append((self._at(), "comment", ""))

    def handle_decl(self, decl: str) -> None:
        self.events.append((self._at(), "comment", ""))

    def handle_pi(self, data: str) -> None:
        self.events.append((self._at(), "comment", ""))

    def unknown_decl(self, data: str) -> None:
        self.events.append((self._at(), "comment", ""))


def read_html(source: str) -> Document:
    """Read an HTML article body (or a whole page) into a Document whose offsets map back to ``source``.

    Args:
        source: the HTML exactly as received.

    Returns:
        The rendered text the rules read, the maps from its offsets to offsets into ``source``, and the
        stretches of it that ``<blockquote>`` and ``<q>`` make quotations without marks.
    """
    reader = _Reader(source)
    for start in range(0, len(source), FEED_CHARS):  # in pieces, so a time budget can stop hostile markup
        budget.check()
        reader.feed(source[start:start + FEED_CHARS])
    reader.close()
    built = _Builder()
    skipping: list[str] = []  # open elements whose content is not text
    blockquotes = 0  # open blockquotes
    quotations: list[tuple[int, int, int]] = []  # (start, end, utterance) in the rendered text
    open_quote: int | None = None  # where the quotation being read starts in the rendered text
    utterance = 0
    events = reader.events

    def close_quote() -> None:
        nonlocal open_quote
        if open_quote is not None:
            end = len("".join(built.parts).rstrip())
            if end > open_quote:
                quotations.append((open_quote, end, utterance))
            open_quote = None

    for index, (at, kind, payload) in enumerate(events):
        if not index % BUDGET_EVERY:
            budget.check()
        end = events[index + 1][0] if index + 1 < len(events) else len(source)
        if kind == "start" and payload in SKIPPED:
            skipping.append(payload)
            continue
        if kind == "end" and skipping and payload == skipping[-1]:
            skipping.pop()
            continue
        if skipping or kind == "comment":
            continue
        if kind in ("data", "entity", "charref"):
            # An entity reads as a browser reads it: "&amp" decodes, "&bogus;" stays as written.
            piece = payload if kind == "data" else html.unescape(source[at:end])
            if blockquotes and open_quote is None and piece.strip():
                # A blockquote paragraph is a quotation, unless the article marks it itself.
                if piece.lstrip()[0] not in OPENING_MARKS:
                    open_quote = built.length + (len(piece) - len(piece.lstrip()) if kind == "data" else 0)
                else:
                    open_quote = -1
            if kind == "data":
                _add_text(built, piece, at)
            else:
                built.add(piece, at, None if piece == source[at:end] else end)
        elif payload == "br":
            built.supply("\n", at)
        elif payload == "q" and not blockquotes:
            if kind == "start":
                open_quote, utterance = built.length, utterance + 1
            else:
                close_quote()
        elif payload in BLOCKS:
            if open_quote is not None and open_quote >= 0:
                close_quote()
            open_quote = None
            if not built.ends_with_break():
                built.supply(PARAGRAPH_BREAK, at)
            if payload == "blockquote":
                blockquotes = max(0, blockquotes + (1 if kind == "start" else -1))
                utterance += 1  # the paragraphs of one blockquote are one utterance
    if open_quote is not None and open_quote >= 0:
        close_quote()
    start_of, end_of = built.offset_maps(len(source))
    return Document(source, "".join(built.parts), start_of, end_of, tuple(quotations))


def _add_text(built: _Builder, data: str, at: int) -> None:
    """Add a run of text: its words as they stand, each run of whitespace as one space (none at the start
    of a paragraph)."""
    position = 0
    for match in RE_WHITESPACE.finditer(data):
        built.add(data[position:match.start()], at + position)
        if not built.ends_with_break() and built.parts and not built.parts[-1].endswith(" "):
            built.add(" ", at + match.start(), at + match.end())
        position = match.end()
    built.add(data[position:], at + position)
