"""Tokens: words, initials and marks with their offsets, made once per paragraph and shared by every stage."""

from __future__ import annotations

from typing import NamedTuple

import regex

from .language import lexicon

# Words, initials and single punctuation marks; "O’Neill", "Ocasio-Cortez" and "union’s" are one word.
RE_TOKEN = regex.compile(
    r"""
    (?:\p{Lu}\.){2,}+                                           # U.S., D.C.
    | \p{L}[\p{L}\p{M}\p{N}]*+(?:['’\-][\p{L}\p{M}\p{N}]++)*+   # words, with inner apostrophes/hyphens
      (?:(?<=s)['’](?=\h\p{Lu}))?+                             # a plural possessive: "Employers’ Association"
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
    make = tuple.__new__  # a NamedTuple's own constructor is a Python function: a fifth of the cost
    for match in RE_TOKEN.finditer(text, start, end):
        word = match.group()
        s, e = match.span()
        first = word[0]
        if first.isalpha():
            initial = len(word) == 1 and first.isupper()
            if e < end and text[e] == "." and (initial or f"{word.lower()}." in abbreviations):
                word, e = word + ".", e + 1
            append(make(Token, (word, s, e, word.lower(), True)))
        elif word.endswith("-year-old"):
            append(make(Token, (word, s, e, word, True)))
        elif not (tokens and tokens[-1].end > s):  # else the period of "Dr." was taken by the word before
            append(make(Token, (word, s, e, word, False)))
    return tokens


class Tokens:
    """The tokens of a document's stretches, each stretch tokenized once however many stages read it.

    Stages ask for the tokens of a stretch (the words around a quote, a name's lookback); most of an
    article is never asked for, so a stretch is tokenized when first asked (measured: tokenizing every
    paragraph up front costs more than the whole rest of the engine).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._made: dict[tuple[int, int], list[Token]] = {}

    def between(self, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]``."""
        key = (start, end)
        tokens = self._made.get(key)
        if tokens is None:
            tokens = self._made[key] = tokenize(self.text, start, end)
        return tokens
