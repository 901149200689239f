"""Paragraph and sentence boundaries of raw article text, found without changing a character."""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from . import budget
from .budget import NOT_CONCURRENT
from .language import compiled, lexicon
from .words import organization_heads, title_words

# A paragraph break is a line break (with the blanks around it), or a run of two or more spaces or
# no-break spaces after the end of a sentence, which is how CMS exports separate paragraphs:
# "... Fars News reported.\u00a0 The Iranian news agency ...". Each alternative starts with a rare
# character, so the search skips plain prose quickly; the blanks before a line break are added after.
RE_PARAGRAPH_BREAK = regex.compile(
    r"""
      [\r\n\u2028\u2029] \s*+                                       # hard: a line break and the blanks after it
    | [.!?:;…"”’'»)\]] \K [ \t\u00a0\u2007\u202f]{2,}+ \s*+          # soft: 2+ spaces after a sentence
    """,
    regex.VERBOSE,
)
RE_BLANKS_BEFORE = regex.compile(r"(?r)\s++")

RE_LINE_BREAK = regex.compile(r"\r\n|[\r\n\u2028\u2029]")
RE_LAST_LINE_BREAK = regex.compile(r"(?r)[\n\r\x0b\x0c\x85\u2028\u2029]")

# A sentence ends at . ! ? (and the closing marks after them) before a space and a capital, a digit
# or an opening mark: 'develop.” He also voiced' ends one; '“Are you worried?” asked' does not.
RE_SENTENCE_END = regex.compile(
    r"""(?<![.!?…]) [.!?…]++ [\"”’'»)\]]*+ (?= (\s++) [\"“‘'(«]? [\p{Lu}\d] )""",
    regex.VERBOSE,
)
RE_WORD_BEFORE = regex.compile(r"(?r)[\p{L}.]*+\.\Z")
RE_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,3}")
RE_WORD_BEFORE_INITIALS = regex.compile(r"(?r)(\S+)\s+\Z")
# A dateline at a line's start, before a story's first words, its place group 1: "COBOURG, ONT. -- ", "SAULT STE.
# MARIE, Ont. — ", "HARRISBURG, Pa. (AP) — ".
RE_DATELINE_LEAD = regex.compile(
    r"(?m)^(\p{Lu}[\p{Lu}.’'\-]*+(?:\h\p{Lu}[\p{Lu}.’'\-]*+){0,3}+)(?:,\h[\p{L}.]++(?:\h[\p{L}.]++)?+)?+"
    r"(?:\h\(\p{Lu}++\))?+\h(?:—|–|--|-)\h++")
RE_OPENING_WORD = regex.compile(r"\s{0,8}+(\p{L}++)")  # bounded: linear however long a blank run
# The capitalized words after initials, on the same line: "U.S.| District Court", "U.S.| Attorney’s Office".
RE_CAPITALIZED_AFTER = regex.compile(r"(?:\h{1,3}+\p{Lu}[\p{L}\-]{0,30}+(?:['’]s)?+){1,4}+")  # bounded: linear
# The lowercase words of a role after them: "the B.C. Conservative| health critic|".
RE_LOWERCASE_AFTER = regex.compile(r"(?:\h{1,3}+\p{Ll}[\p{L}\-]{0,30}+){1,2}+")  # bounded: linear


class Paragraph(NamedTuple):
    """A paragraph ``[start, end)``; ``hard`` when a line break (not a run of spaces) precedes it."""

    start: int
    end: int
    hard: bool
    blank: bool = False  # a blank line (not a single line break or a run of spaces) precedes it


def paragraphs(text: str) -> list[Paragraph]:
    """Split ``text`` into paragraphs.

    Args:
        text: the article, as received.

    Returns:
        Paragraphs in order, without the blanks between them; blank text gives none.
    """
    out: list[Paragraph] = []
    start, hard, blank = 0, True, True
    for match in RE_PARAGRAPH_BREAK.finditer(text, timeout=budget.remaining()):
        before = RE_BLANKS_BEFORE.match(text, start, match.start(), NOT_CONCURRENT)
        break_start = before.start() if before else match.start()
        if break_start > start:
            out.append(Paragraph(start, break_start, hard, blank))
        breaks = RE_LINE_BREAK.findall(text, break_start, match.end(), False, NOT_CONCURRENT)
        start = match.end()
        hard, blank = bool(breaks), len(breaks) > 1
    if start < len(text) and not text[start:].isspace():
        out.append(Paragraph(start, len(text), hard, blank))
    return out


def line_start(text: str, start: int, end: int) -> int:
    """Where the line holding ``end`` starts, but not before ``start``: words read back from a name (its
    title, its role) stay on the name's own line, never a heading's end."""
    found = RE_LAST_LINE_BREAK.search(text, start, end, NOT_CONCURRENT)
    return found.end() if found is not None else start


def opening_word(text: str, start: int) -> str:
    """The word the sentence at ``start`` opens with; empty when it opens with a mark or a number."""
    match = RE_OPENING_WORD.match(text, start, None, NOT_CONCURRENT)
    return match.group(1) if match is not None else ""


class Sentences:
    """Sentence boundaries of a text, for looking up the sentence around an offset."""

    def __init__(self, text: str, paras: list[Paragraph]) -> None:
        abbreviations = lexicon("abbreviations")
        starts = {p.start for p in paras}
        self.paragraph_starts = frozenset(starts)
        for match in RE_SENTENCE_END.finditer(text, timeout=budget.remaining()):
            if match.group().startswith(".") and _is_abbreviation(text, match.start(), abbreviations):
                continue
            starts.add(match.end(1))  # the next sentence starts after the blanks
        self.starts = sorted(starts)

    def opens_paragraph(self, start: int) -> bool:
        """Tell whether the sentence at ``start`` opens its paragraph (after a line break or a soft break)."""
        return start in self.paragraph_starts

    def start_before(self, offset: int) -> int:
        """Return the start of the sentence that holds ``offset``."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.starts[i] if i >= 0 else 0

    def start_back(self, offset: int, back: int) -> int:
        """Return the start of the sentence ``back`` sentences before the one that holds ``offset`` (the text's start
        when there are not that many)."""
        i = bisect.bisect_right(self.starts, offset) - 1 - back
        return self.starts[i] if i >= 0 else 0

    def end_after(self, offset: int, limit: int) -> int:
        """Return where the sentence holding ``offset`` ends, at most ``limit``."""
        i = bisect.bisect_right(self.starts, offset)
        return min(self.starts[i], limit) if i < len(self.starts) else limit


def _is_abbreviation(text: str, period: int, abbreviations: frozenset[str]) -> bool:
    """Tell whether the period at ``period`` closes an abbreviation or an initial ("Mr.", "J.")."""
    match = RE_WORD_BEFORE.search(text, max(0, period - 12), period + 1, NOT_CONCURRENT)
    if match is None:
        return False
    word = match.group()
    letters = word.rstrip(".")
    if len(letters) == 1 and letters.isupper():
        return True  # an initial: "Donald J. Trump"
    if word.count(".") >= 2 and RE_INITIALS.fullmatch(word):  # initials hold two periods or more: no pattern else
        # Initials after a capitalized word are inside a name ("Rep. J.T. Hale"); after a lowercase
        # word they may end a sentence ("in the U.S. The president said").
        # After an indefinite article they need a noun still ("a B.C. Conservative", "an N.S. mill").
        before = RE_WORD_BEFORE_INITIALS.search(text, max(0, match.start() - 30), match.start())
        return (before is not None and (before.group(1)[:1].isupper() or (
            before.group(1) in lexicon("articles") and before.group(1) not in lexicon("definite_articles")))) or (
            _names_body_after(text, period + 1))
    return word.lower() in abbreviations


def _names_body_after(text: str, end: int) -> bool:
    """Tell whether the capitalized words after initials name a body or an office the initials belong to:
    "of the U.S. District Court", "the U.S. Attorney’s Office" (not "in the U.S. He said", "the U.S. Maria Lopez")."""
    run = RE_CAPITALIZED_AFTER.match(text, end)
    if run is None:
        return False
    heads = body_words()
    words = run.group().split()
    if words[0].lower() in lexicon("determiners") or words[0].lower() in lexicon("function_words"):
        return False  # "in the U.S. The president said"
    # a role's lowercase words may follow the capitalized ones: "the B.C. Conservative | health critic"
    after = RE_LOWERCASE_AFTER.match(text, run.end())
    return any(word.lower().removesuffix("’s").removesuffix("'s") in heads or f"{word.lower()}." in heads for word in (
        words + (after.group().split() if after is not None else [])))  # also a title's abbreviation: "U.S.| Sen."


def body_words() -> frozenset[str]:
    """Words that make a capitalized run a body or an office: "Court", "Embassy", "Army", "Attorney"."""
    return compiled("body_words", lambda: organization_heads() | title_words())
