"""Lone capitalized subjects ("Obama laughed."): one-word runs a verb follows at a sentence's or a clause's start,
in the writer's sentences, that no scan took. A pronoun with nothing else to point to falls back on them."""

from __future__ import annotations

import regex

from .body_mentions import RE_WORD_AFTER
from .budget import NOT_CONCURRENT
from .language import lexicon
from .phrases import NounPhrase
from .words import is_title

# What may stand right before a lone subject: the start of a sentence or a clause.
RE_SUBJECT_OPENING = regex.compile(r"(?r)(?:[.!?\"”’]\s{1,4}+|,\s)\Z")
# How a line of the writer's sentences ends, unlike a headline's or a deck's.
SENTENCE_ENDINGS = frozenset(".?!\"”’':")


def lone_subjects(text: str, found: list[tuple[int, NounPhrase]], singles: list[tuple[int, int]]) -> list[
        tuple[int, str]]:
    """Lone capitalized subjects ("Obama laughed."), among the one-word runs at ``singles`` that no phrase in ``found``
    took: a pronoun's last resort."""
    taken = {p.start for _, p in found}
    not_names, organizations, stops = lexicon("not_names"), lexicon("organizations"), lexicon("function_words")
    weak = []
    line_start, line_end, line_ends_sentence = 0, -1, False  # the line read last, read once for its singles
    for start, end in singles:
        word = text[start:end]
        if not (word[1:].islower() and word[1:].isalpha()) or start in taken:
            continue
        if start and not RE_SUBJECT_OPENING.search(text, max(0, start - 5), start, NOT_CONCURRENT):
            continue
        verb = RE_WORD_AFTER.match(text, end, None, NOT_CONCURRENT)
        if verb is None:
            continue
        if not line_start <= end <= line_end:
            newline = text.find("\n", end)
            line_start, line_end = text.rfind("\n", 0, end) + 1, newline if newline >= 0 else len(text)
            last = line_end
            while text[last - 1] in " \t\r":
                last -= 1  # the line's last character, read back over trailing spaces (the word itself is not one)
            line_ends_sentence = text[last - 1] in SENTENCE_ENDINGS
        if not line_ends_sentence:
            continue  # a headline's or a deck's opening word: "Cook tells Fort McMurray inquiry she warned ..."
        low = word.lower()
        if low in not_names or is_title(low) or verb.group(1) in stops or low in organizations or (
                low in lexicon("group_modifiers")) or low in lexicon("anonymous_heads") or (
                low.endswith("ing") and verb.group(1) in lexicon("place_prepositions")):
            continue  # not an adjective before its noun: "Federal rules require"; nor "Standing behind"; nor a
            # deck's group: "People living in them say"
        weak.append((start, word))
    return weak
