"""Tokens: words, initials and marks with their offsets, made once per paragraph and shared by every stage."""

from __future__ import annotations

from typing import NamedTuple

import regex

from .budget import NOT_CONCURRENT
from .language import lexicon
from .words import POSSESSIVE

# Words, numbers and single marks; "O’Neill", "Ocasio-Cortez" and "union’s" are one word. What joins them into one
# token ("U.S.", "Employers’ Association", "27-year-old") is checked on the sparse matches in ``tokenize``: each
# branch a pattern tries at every position costs every token (measured: those three made it a third slower).
RE_TOKEN = regex.compile(
    r"""
    \p{L}[\p{L}\p{M}\p{N}]*+(?:['’\-][\p{L}\p{M}\p{N}]++)*+   # words, with inner apostrophes/hyphens
    | \p{N}++(?:-year-old|(?:-\p{L}++)*+)                      # numbers, and compounds as one word: "27-year-old"
    | \S                                                        # any other mark
    """,
    regex.VERBOSE,
)
# A plural possessive inside a name, after its "s": "Employers| Association", "Veterans| Affairs".
RE_PLURAL_POSSESSIVE = regex.compile(r"['’](?=\h\p{Lu})")
AGE = "-year-old"
MAX_AGE_DIGITS = 3


class Token(NamedTuple):
    """A word or mark with its offsets; ``low`` is the lowercased text."""

    text: str
    start: int
    end: int
    low: str
    is_word: bool


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Split ``text[start:end]`` into tokens; an abbreviation ("Dr.", "Sen.") or initial keeps its period, and
    initials written together are one token ("U.S.", "J.T.")."""
    tokens: list[Token] = []
    abbreviations = lexicon("abbreviations")
    append = tokens.append
    make = tuple.__new__  # a NamedTuple's own constructor is a Python function: a fifth of the cost
    for match in RE_TOKEN.finditer(text, start, end, False, NOT_CONCURRENT):
        word = match.group()
        s, e = match.span()
        first = word[0]
        if tokens and tokens[-1].end > s:
            continue  # taken by the token before: the period of "Dr.", the "’s" of "B.C.’s"
        if first.isalpha():
            initial = len(word) == 1 and first.isupper()
            if e < end and text[e] == "." and (initial or f"{word.lower()}." in abbreviations):
                word, e = word + ".", e + 1
                if initial and tokens and tokens[-1].end == s and _initials(tokens[-1].text):
                    joined = tokens.pop()  # "U.|S."
                    word, s = joined.text + word, joined.start
                if text.startswith(POSSESSIVE, e) and e + 2 <= end and not (e + 2 < end and text[e + 2].isalnum()):
                    word, e = word + text[e:e + 2], e + 2  # a possessive after the period: "B.C.’s", "Dr.'s"
            elif word[-1] == "s" and RE_PLURAL_POSSESSIVE.match(text, e, end, NOT_CONCURRENT) is not None:
                word, e = word + text[e], e + 1
            append(make(Token, (word, s, e, word.lower(), True)))
        elif word.endswith(AGE):
            digits = word[:-len(AGE)]
            if len(digits) <= MAX_AGE_DIGITS and digits.isdecimal():
                append(make(Token, (word, s, e, word, True)))
            else:  # not an age: "1234-year-old" is a number, a hyphen and a word
                append(make(Token, (digits, s, s + len(digits), digits, False)))
                tokens.extend(tokenize(text, s + len(digits), e))
        elif "-" in word:  # a number's compound modifies like a word: "the commission's | 22-page | order"
            append(make(Token, (word, s, e, word.lower(), True)))
        else:
            append(make(Token, (word, s, e, word, False)))
    return tokens


def last_before(tokens: list[Token], offset: int) -> int:
    """The index of the last token that starts before ``offset``; -1 when none does."""
    return next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].start < offset), -1)


def _initials(word: str) -> bool:
    """Whether ``word`` is capitals each with its period: "U.", "U.S."."""
    return len(word) % 2 == 0 and all(word[i].isupper() and word[i + 1] == "." for i in range(0, len(word), 2))


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
