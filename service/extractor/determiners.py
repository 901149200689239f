"""Where a role phrase opens, read back from its head: its determiner over a few modifiers ("A | 2019 | study",
"Iran’s | army chief"), or a bare group's modifiers when nothing else opens it ("Federal | prosecutors", "U.S. |
officials"). :mod:`phrase_before` reads the phrase from there."""

from __future__ import annotations

from .language import lexicon
from .phrase_finder import MAX_GROUP_MODIFIERS
from .phrases import is_cap, is_possessor
from .tokens import Token
from .words import is_plural_title, phrase_stops, pronoun_gender


def group_modifiers(tokens: list[Token], k: int) -> int | None:
    """Where up to two modifiers before a bare group start ("Federal | prosecutors", "state | police",
    "U.S. | officials"), when nothing else opens the phrase before them; ``None`` otherwise."""
    modifiers = lexicon("title_modifiers") | lexicon("group_modifiers")
    i = k - 1
    while i >= 0 and k - i <= MAX_GROUP_MODIFIERS and tokens[i].is_word and (
            (is_cap(tokens[i]) and tokens[i].low not in lexicon("not_names")) or tokens[i].low in modifiers):
        i -= 1
    if i == k - 1:
        return None
    if i >= 0 and tokens[i].is_word and tokens[i].low not in lexicon("clause_openers"):
        return None  # "the state police", "his federal lawyers": the determiner reads those
    return i + 1


# Determiners of one thing only: before a plural they are a clause's conjunction ("said | that | engineers").
SINGULAR_DEMONSTRATIVES = ("that", "this")


def determiner_before(tokens: list[Token], k: int) -> int | None:
    """Find the determiner of a role phrase ending at ``k``, over at most four modifiers."""
    i = k - 1
    while i >= 0 and k - i <= 5 and (tokens[i].is_word or tokens[i].text.isdigit() or tokens[i].text == "-"):
        # numbers among the modifiers: "A | 2019 | study", "Her | 46-page | order"
        if tokens[i].low in SINGULAR_DEMONSTRATIVES and (is_plural_title(tokens[k].low) or tokens[k].low in (
                lexicon("group_words"))):
            return None  # no determiner of a plural: a clause's "that" ("and that | engineers recommended")
        if tokens[i].low in lexicon("determiners") or tokens[i].low in lexicon("indefinites"):
            return i
        if is_possessor(tokens[i]):
            return i  # "Iran’s army chief", "Russia's envoy"
        if (tokens[i].low in phrase_stops() and not (i == k - 1 and tokens[k].low in lexicon("document_nouns"))) or (
                pronoun_gender(tokens[i].low) is not None):
            return None  # but a verb's word may name a document's kind: "The agency’s | recall | notice"
        i -= 1
    return None
