"""Who a document's own words give it to: a possessive determiner ("In |its| report", "|her| letter"), an owner ("The
inspector general’s | report"), a body its modifiers name ("a | Justice Department | report", "An | agency |
timeline"). :mod:`issuers` asks here first."""

from __future__ import annotations

from .cast_words import RE_WORD
from .entities import Entity, Event
from .initials import is_acronym
from .issuer_names import MAX_ISSUER_NAME_CHARS
from .language import lexicon, mapping
from .mentions import RE_WORD_BEFORE
from .phrase_before import phrase_before
from .phrases import NounPhrase
from .tokens import tokenize
from .words import POSSESSIVE

# How far back a document's determiner may stand: "its | report", "its final | report".
MAX_DETERMINER_CHARS = 20


def modifier_issuer(text: str, start: int) -> NounPhrase | None:
    """A body named right before ``start``: a document's modifier ("an internal | DHS | memo", "a | Justice
    Department | report"; not "a | Monday | statement": no body), or the antecedent of a relative clause."""
    tokens = tokenize(text, max(0, start - MAX_ISSUER_NAME_CHARS), start)
    stops = lexicon("articles") | lexicon("function_words")
    j = len(tokens)
    while j > 0 and tokens[j - 1].is_word and tokens[j - 1].text[0].isupper() and tokens[j - 1].low not in stops and (
            not tokens[j - 1].low.endswith(POSSESSIVE)):
        j -= 1
    if j == len(tokens):
        return None
    run = tokens[j:]
    word = run[0].text
    if len(run) == 1 and is_acronym(word):
        return NounPhrase(run[0].start, run[0].end, "organization", name=word)
    parsed = phrase_before(text, run, len(run))
    return parsed if parsed is not None and parsed.kind == "organization" and parsed.start == run[0].start else None


def owner_issuer(text: str, start: int, head: int) -> NounPhrase | None:
    """Who a document's own modifiers give it to, between its start and its noun at ``head``: an owner ("The
    inspector general’s most recent | report"), a body by name ("a Justice Department | report") or by the noun
    the story calls it ("An agency | timeline", "a district staff | report")."""
    tokens = tokenize(text, start, head)
    owner = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].low.endswith(POSSESSIVE)), None)
    if owner is not None and len(tokens[owner].low) > len(POSSESSIVE[0]):
        words = tokenize(text, start, tokens[owner].end - len(POSSESSIVE[0]))
        parsed = phrase_before(text, words, len(words)) if words else None
        return parsed if parsed is not None and parsed.kind in ("name", "organization", "nominal") else None
    named = modifier_issuer(text, head)
    if named is not None:
        return named
    nouns = lexicon("organization_nouns")
    body = next((token for token in tokens[1:] if token.low in nouns), None)
    return NounPhrase(body.start, body.end, "nominal", title=body.text, head=body.low) if body is not None else None


def possessor(text: str, start: int, before: list[Event], opening: int | None = None) -> Entity | None:
    """Who a possessive determiner before the document noun at ``start`` (or opening its phrase at ``opening``)
    points to: "In |its| report, the commission found" is the body named last, "her letter" the woman named last,
    "|His| clemency order" the man."""
    word = RE_WORD_BEFORE.search(text, max(0, start - MAX_DETERMINER_CHARS), start)
    gender = mapping("possessive_pronouns").get(word.group(1).lower()) if word is not None else None
    first = RE_WORD.match(text, opening) if gender is None and opening is not None else None
    gender = mapping("possessive_pronouns").get(first.group().lower()) if first is not None else gender
    if gender is None:
        return None
    types = ("organization",) if gender == "n" else ("organization", "anonymous") if gender == "p" else ("person",)
    return next((event.entity for event in before if event.position < start and event.entity.type in types and (
        gender in ("n", "p") or event.entity.gender in (gender, None))), None)
