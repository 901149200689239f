"""Stage 1: find the spans inside quotation marks, pairing marks the way a copy editor reads them."""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from . import budget
from .budget import NOT_CONCURRENT
from .language import lexicon
from .segments import Paragraph
from .words import first_names

# Every character (or typewriter pair) that can open or close a quotation; a lone backtick opens a
# typewriter single quote: `Hello,' he said.
RE_MARK = regex.compile(r"``|''|[\"'“”„‟«»‹›‘’‚‛`]")
# A run of marks: only its first and last mark can open or close anything ("“‘" opens two quotes),
# so a long run ("...") costs one step, not one per mark.
RE_MARK_RUN = regex.compile(r"(?:``|[\"'“”„‟«»‹›‘’‚‛`])++")

# The families: a quotation opened by one member is closed by a member of the same family, so
# marks of another family inside it are nested quotations or apostrophes.
FAMILY = {
    "“": "double", "”": "double", "„": "double", "‟": "double", '"': "double", "``": "double",
    "''": "double", "`": "single", "‘": "single", "’": "single", "‚": "single", "‛": "single", "'": "single",
    "«": "guillemet", "»": "guillemet", "‹": "single_guillemet", "›": "single_guillemet",
}
# What a mark is when its surroundings allow both readings: 'open', 'close' or 'either'.
PREFERENCE = {
    "“": "open", "„": "open", "‟": "open", "``": "open", "`": "open", "‘": "open", "‚": "open", "‛": "open",
    "”": "close", "''": "close", "’": "close", '"': "either", "'": "either",
    "«": "open", "»": "close", "‹": "open", "›": "close",
}
# Marks whose shape says whether they open or close, whatever stands around them.
STRICT_MARKS = frozenset("“”«»„")
# Closing punctuation that may touch the following word: '“Hello,”she said'.
CLOSING_PUNCTUATION = frozenset(".,!?;:…")

# After an apostrophe that opens a word: decades ('90s) and elisions ('em, rock 'n' roll).
RE_ELISION = regex.compile(r"\d\d(?:s\b|\b)|(?:\L<elisions>)\b", regex.IGNORECASE, elisions=sorted(lexicon("elisions")))
# Feet and inches, 6'2": the inch mark never closes a quotation.
RE_INCHES = regex.compile(r"(?r)\d['’]\d{1,2}\Z")
# "the Joneses' house": an s followed by a mark, a space and a lowercase word is a plural possessive.
RE_POSSESSIVE_AFTER = regex.compile(r"\s(\p{Ll}+)")
# Paragraphs a quotation may run across when only runs of spaces or single line breaks set them apart.
MAX_SOFT_BREAKS = 6
# A nickname inside a name: one or two capitalized words between a given name and a surname.
RE_NICKNAME = regex.compile(r"\p{Lu}[\p{L}'’.\-]*+(?: \p{Lu}[\p{L}'’.\-]*+)?")
RE_NAME_BEFORE = regex.compile(r"(?<![\p{L}.])(\p{Lu}\p{Ll}++) \Z")
RE_NAME_AFTER = regex.compile(r" \p{Lu}\p{Ll}++(?![\p{L}])")


class Mark(NamedTuple):
    """One quotation mark in the text and what its surroundings allow it to be."""

    start: int
    end: int
    family: str
    can_open: bool
    can_close: bool
    prefers: str


class QuoteSpan(NamedTuple):
    """The inside of one pair of marks (or one paragraph of a multi-paragraph quotation)."""

    start: int  # first character after the opening mark
    end: int  # the closing mark, or the end of the paragraph for an unclosed paragraph
    open_start: int  # the opening mark
    close_end: int  # just after the closing mark (== end when the paragraph leaves it open)
    paragraph: int
    chain: int  # pieces of one multi-paragraph quotation share this number
    label: tuple[int, int] | None = None  # a transcript turn's speaker label ("TULL", "Q"), for a turn


def classify(text: str, start: int, end: int) -> Mark | None:
    """Tell what the mark ``text[start:end]`` can be; ``None`` for an apostrophe or inch mark."""
    char = text[start:end]
    family = FAMILY[char]
    prev = text[start - 1] if start else " "
    nxt = text[end] if end < len(text) else " "
    left = not nxt.isspace() and (prev.isspace() or not prev.isalnum())
    right = not prev.isspace() and (nxt.isspace() or not nxt.isalnum() or prev in CLOSING_PUNCTUATION)
    if char == "''" and left and RE_ELISION.match(text, end, min(len(text), end + 8)) and "''" not in text[
            end:_line_end(text, end)]:
        return Mark(start, start + 1, "single", True, False, "open")  # ''Tis nobler': a mark, then 'Tis
    if family == "single":
        if left and RE_ELISION.match(text, end, min(len(text), end + 8), NOT_CONCURRENT):
            # ’90s, ’em; an opening-shaped ‘Tis opens a quotation only when its paragraph closes one
            # ('‘Tis the season,’ she said').
            return Mark(start, end, family, True, False, "elision") if char == "‘" else None
        if right and prev == "n" and start >= 2 and text[start - 2] in "'’":
            return None  # the second mark of 'n'
        if right and prev in "sS" and start >= 2 and text[start - 2].isalpha():
            after = RE_POSSESSIVE_AFTER.match(text, end, min(len(text), end + 20))
            if after and after.group(1) not in lexicon("after_close_words"):  # '‘It hurts’ she said'
                # "the Joneses' house", or the close of "warned of ‘no good options’ after years": a weak
                # closer, taken only when an open quotation finds no other closer in its paragraph.
                return Mark(start, end, family, False, True, "weak")
    if family == "double" and right and char in "\"”''" and RE_INCHES.search(
            text, max(0, start - 5), start, NOT_CONCURRENT):
        return None  # 6'2"
    if family in ("guillemet", "single_guillemet"):
        # French spacing puts a space inside the marks: « Bonjour ».
        left = left or (nxt.isspace() and end + 1 < len(text) and text[end + 1].isalnum())
        right = right or (prev.isspace() and start >= 2 and text[start - 2].isalnum())
    if not (left or right):
        if char not in STRICT_MARKS:
            return None
        # A stray space inside the marks ('“ We will win , ”') does not make a curly mark ambiguous.
        left, right = PREFERENCE[char] == "open", PREFERENCE[char] == "close"
    return Mark(start, end, family, left, right, PREFERENCE[char])


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def marks(text: str, paragraph: Paragraph) -> list[Mark]:
    """Return the marks of one paragraph that can open or close a quotation, in order."""
    found = []
    for run in RE_MARK_RUN.finditer(text, paragraph.start, paragraph.end, timeout=budget.remaining()):
        start, end = run.span()
        if end - start > 4:
            # The last two characters hold the last mark, which may be a typewriter pair ('' or ``).
            candidates = [RE_MARK.match(text, start, None, NOT_CONCURRENT),
                          [*RE_MARK.finditer(text, end - 2, end, False, NOT_CONCURRENT)][-1]]
        else:
            candidates = list(RE_MARK.finditer(text, start, end, False, NOT_CONCURRENT))
        for match in candidates:
            mark = classify(text, match.start(), match.end())
            if mark is not None:
                found.append(mark)
    return found


def _closes(mark: Mark, opener: Mark) -> bool:
    """Tell whether ``mark`` closes the quotation that ``opener`` opened."""
    if mark.family != opener.family or not mark.can_close or mark.prefers == "weak":
        return False
    return not mark.can_open or mark.prefers != "open"


def _starts_with_opener(paragraph_marks: list[Mark], paragraph: Paragraph, family: str) -> bool:
    first = paragraph_marks[0] if paragraph_marks else None
    return first is not None and first.start == paragraph.start and first.family == family and first.can_open


def _closer_ahead(paragraph_marks: list[Mark], opener: Mark) -> bool:
    for mark in paragraph_marks:
        if _closes(mark, opener):
            return True
        if mark.family == opener.family and mark.can_open:
            return False
    return False


def _closer_across_soft_breaks(per_paragraph: list[list[Mark]], paras: list[Paragraph], first: int,
                               opener: Mark) -> bool:
    """Tell whether the quotation ``opener`` opened closes within the next few paragraphs that only a
    run of spaces or a single line break set apart: '“We were there.  We saw it.  Then it was gone,”'."""
    for k in range(first, min(len(paras), first + MAX_SOFT_BREAKS)):
        if paras[k].blank:
            return False
        if _closer_ahead(per_paragraph[k], opener):
            return True
        if any(mark.family == opener.family and mark.can_open for mark in per_paragraph[k]):
            return False
    return False


def _closers_after(paragraph_marks: list[Mark]) -> list[dict[tuple[str, bool], int]]:
    """For each mark of a paragraph, how many marks after it close a quotation of each family, and how
    many of those only close: ``{(family, only_closes): count}``. One pass from the end, so pairing stays
    linear however many marks a paragraph holds."""
    counts: dict[tuple[str, bool], int] = {}
    out: list[dict[tuple[str, bool], int]] = [counts] * len(paragraph_marks)
    for position in range(len(paragraph_marks) - 1, -1, -1):
        out[position] = counts
        mark = paragraph_marks[position]
        if mark.can_close and mark.prefers != "weak" and (not mark.can_open or mark.prefers != "open"):
            counts = dict(counts)
            counts[(mark.family, False)] = counts.get((mark.family, False), 0) + 1
            if not mark.can_open:
                counts[(mark.family, True)] = counts.get((mark.family, True), 0) + 1
    return out


def _nests(closers: dict[tuple[str, bool], int], opener: Mark, nested: int) -> bool:
    """Tell whether a mark that only opens, met inside an open quotation of its own family, opens a
    quotation nested in it: enough closers follow in the paragraph for both ('“He told me “no” and
    left,”'); otherwise the first opener was stray."""
    if opener.family != "double" or opener.prefers != "open":
        return False  # single marks are too often apostrophes to nest on a count
    return closers.get((opener.family, True), 0) >= nested + 2


def find_quotes(text: str, paras: list[Paragraph]) -> list[QuoteSpan]:
    """Pair the quotation marks of ``text`` into quote spans.

    Unclosed marks never swallow text: a quotation left open at the end of a paragraph continues
    only in the news convention (the next paragraph opens with a mark of the same family), or
    across a run of spaces that turns out to sit inside one quotation; otherwise the opening mark
    was stray and is dropped.

    Args:
        text: the article, as received.
        paras: its paragraphs, from :func:`segments.paragraphs`.

    Returns:
        The spans in text order; nested quotations stay inside their outer span.
    """
    per_paragraph = [marks(text, p) for p in paras]
    spans: list[QuoteSpan] = []
    opener: Mark | None = None
    opener_paragraph = 0
    chain = 0
    continued = False  # the opener continues the previous paragraph's quotation
    nested = 0  # quotations open inside the open one, in the same family: '“He told me “no” and left,”'
    for index, paragraph in enumerate(paras):
        budget.check()
        nested = 0
        closers = _closers_after(per_paragraph[index])
        for position, mark in enumerate(per_paragraph[index]):
            if mark.prefers == "weak":
                if opener is not None and mark.family == opener.family and not closers[position].get(
                        (opener.family, False)):
                    spans.append(QuoteSpan(opener.end, mark.start, opener.start, mark.end, opener_paragraph, chain))
                    opener, continued = None, False
                continue
            if mark.prefers == "elision" and (opener is not None or not _closer_ahead(
                    per_paragraph[index][position + 1:], mark)):
                continue
            if opener is None:
                if mark.can_open:
                    opener, opener_paragraph = mark, index
                    continued = continued and mark.start == paragraph.start
                    if not continued:
                        chain += 1
                continue
            if _closes(mark, opener):
                if nested:
                    nested -= 1  # the inner quotation closes; the outer one goes on
                    continue
                spans.append(QuoteSpan(opener.end, mark.start, opener.start, mark.end, opener_paragraph, chain))
                opener, continued = None, False
            elif mark.family == opener.family and mark.can_open:
                if _nests(closers[position], opener, nested):
                    nested += 1
                    continue
                opener, opener_paragraph, continued = mark, index, False  # the earlier mark was stray
                chain += 1
        continued = False
        if opener is None:
            continue
        nxt = index + 1
        if nxt < len(paras) and _starts_with_opener(per_paragraph[nxt], paras[nxt], opener.family):
            # News convention: the paragraph ends inside the quotation, the next one reopens it.
            spans.append(QuoteSpan(opener.end, _trim_end(text, opener.end, paragraph.end),
                                   opener.start, paragraph.end, opener_paragraph, chain))
            opener, continued = None, True
        elif _closer_across_soft_breaks(per_paragraph, paras, nxt, opener):
            continue  # runs of spaces, or wrapped lines, inside one quotation: not paragraph breaks
        else:
            # The opener was stray: pair the other marks after it, which it had taken as nested.
            rest = [m for m in per_paragraph[opener_paragraph] if m.start > opener.start and m.family != opener.family]
            for first, last in _pair_within(rest):
                chain += 1
                spans.append(QuoteSpan(first.end, last.start, first.start, last.end, opener_paragraph, chain))
            opener = None
    spans.sort(key=lambda span: span.start)
    return [_trimmed(text, span) for span in spans
            if has_words(text, span.start, span.end) and not _nickname(text, span)]


def _trimmed(text: str, span: QuoteSpan) -> QuoteSpan:
    """The span without the blanks a stray space leaves inside the marks: '“ We will win , ”'."""
    start, end = span.start, span.end
    if not (text[start].isspace() or text[end - 1].isspace()):
        return span
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return span._replace(start=start, end=end)


def _nickname(text: str, span: QuoteSpan) -> bool:
    """A quoted nickname inside a name is part of the name: 'Ann “Annie” Roe said'."""
    if not (text[span.open_start - 1:span.open_start] == " " and text[span.close_end:span.close_end + 1] == " "
            and text[span.start:span.start + 1].isupper()):
        return False
    inner = text[span.start:span.end]
    before = RE_NAME_BEFORE.search(text, max(0, span.open_start - 30), span.open_start, NOT_CONCURRENT)
    return (before is not None and before.group(1).lower() in first_names() and RE_NICKNAME.fullmatch(inner)
            is not None and RE_NAME_AFTER.match(text, span.close_end, span.close_end + 30) is not None)


def _pair_within(paragraph_marks: list[Mark]) -> list[tuple[Mark, Mark]]:
    """Pair marks inside one paragraph only; an opener left unclosed at its end is dropped."""
    pairs: list[tuple[Mark, Mark]] = []
    opener: Mark | None = None
    for mark in paragraph_marks:
        if opener is None:
            opener = mark if mark.can_open else None
        elif _closes(mark, opener):
            pairs.append((opener, mark))
            opener = None
        elif mark.family == opener.family and mark.can_open:
            opener = mark
    return pairs


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def has_words(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` holds a letter or digit."""
    return any(ch.isalnum() for ch in text[start:end])


def with_unmarked(spans: list[QuoteSpan], paras: list[Paragraph], ranges: tuple[tuple[int, int, int], ...],
                  chain_start: int) -> list[QuoteSpan]:
    """Add the quotations a reader found without marks (an HTML ``<q>``, a ``<blockquote>``'s
    paragraphs) to the spans the marks gave.

    Args:
        spans: the spans from the marks.
        paras: the paragraphs.
        ranges: ``(start, end, utterance)`` stretches of the text; one utterance's pieces share a chain.
        chain_start: the first utterance number free for them.
    """
    if not ranges:
        return spans
    starts = [p.start for p in paras]
    added = []
    for start, end, utterance in ranges:
        if any(s.open_start <= start < s.close_end for s in spans):
            continue  # already inside marks of its own
        paragraph = max(0, bisect.bisect_right(starts, start) - 1)
        added.append(QuoteSpan(start, end, start, end, paragraph, chain_start + utterance))
    return sorted([*spans, *added], key=lambda span: span.start)

