"""Tokens: words, initials and marks with their offsets, made once per paragraph and shared by every stage."""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from .language import lexicon
from .segments import Paragraph

# Words, initials and single punctuation marks; "O’Neill", "Ocasio-Cortez" and "union’s" are one word.
RE_TOKEN = regex.compile(
    r"""
    (?:\p{Lu}\.){2,}+                                           # U.S., D.C.
    | \p{L}[\p{L}\p{M}\p{N}]*+(?:['’\-][\p{L}\p{M}\p{N}]++)*+   # words, with inner apostrophes/hyphens
    | \d{1,3}-year-old                                          # ages, one word: "27-year-old"
    | \p{N}++                                                   # numbers
    | \S                                                        # any other mark
    """,
    regex.VERBOSE,
)


class Token(NamedTuple):
    """A word or mark with its offsets; ``low`` is the lowercased text."""

    text: str
    start: int
    end: int
    low: str
    is_word: bool


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Split ``text[start:end]`` into tokens; an abbreviation ("Dr.", "Sen.") or initial keeps its period."""
    tokens: list[Token] = []
    abbreviations = lexicon("abbreviations")
    append = tokens.append
    for match in RE_TOKEN.finditer(text, start, end):
        word = match.group()
        s, e = match.span()
        first = word[0]
        is_word = first.isalpha() or word.endswith("-year-old")
        if is_word and e < end and text[e] == "." and (
            (len(word) == 1 and first.isupper()) or f"{word.lower()}." in abbreviations
        ):
            word, e = word + ".", e + 1
        elif not is_word and tokens and tokens[-1].end > s:
            continue  # the period of "Dr." was taken by the word before
        append(Token(word, s, e, word.lower(), is_word))
    return tokens


class Tokens:
    """The tokens of a whole document, made paragraph by paragraph on first use.

    Stages ask for the tokens of a stretch (a sentence, the words around a quote, a name's lookback);
    each paragraph is tokenized once however many stretches read it.
    """

    def __init__(self, text: str, paragraphs: list[Paragraph]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self._starts = [p.start for p in paragraphs]
        self._made: dict[int, tuple[list[Token], list[int]]] = {}

    def _paragraph(self, index: int) -> tuple[list[Token], list[int]]:
        made = self._made.get(index)
        if made is None:
            para = self.paragraphs[index]
            tokens = tokenize(self.text, para.start, para.end)
            made = self._made[index] = (tokens, [t.start for t in tokens])
        return made

    def between(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly inside ``[start, end)``, in order."""
        if end <= start or not self.paragraphs:
            return []
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        last = bisect.bisect_left(self._starts, end)
        out: list[Token] = []
        for index in range(first, last):
            tokens, starts = self._paragraph(index)
            i = bisect.bisect_left(starts, start)
            j = bisect.bisect_left(starts, end)
            while j > i and tokens[j - 1].end > end:
                j -= 1
            out.extend(tokens[i:j])
        return out
