"""Subjects that stand between a quote and its verb where the plain parse of the trail stops short of the cue: a
trade before a name, a description or a who-clause after a role, an office's field, a subject read back from its verb
(:mod:`adjacent_sieves` asks here)."""

from __future__ import annotations

from .cues import cue_at, cue_span, skip_adverbs
from .language import lexicon
from .phrase_before import phrase_before
from .phrase_finder import phrase_after
from .phrases import NounPhrase
from .state import Hit
from .tokens import Token
from .words import phrase_stops, pronoun_gender

# Words of a trade no lexicon holds before a full name: "“...,” | longtime resident | Ann Roe said".
MAX_TRADE_WORDS = 2
# The relative pronoun of people, whose clause may stand between a role and its verb.
WHO = "who"
# Words of a subject read back from its verb right after a quote: "“...,” | Kenora police | said".
MAX_READ_BACK_WORDS = 3
# Words an unnamed subject's description takes: "a protester in the back of the room".
MAX_DESCRIPTION_TOKENS = 12
# How far an office's field and the name holding it run before the cue: "| of acute care Dr. Naveen Pillai-Strand said".
MAX_OFFICE_TOKENS = 12


def read_back(text: str, tokens: list[Token]) -> Hit | None:
    """A subject the parser reads only backwards from its verb, right after the quote: "“...,” | Kenora police |
    said" (a force by its place)."""
    k = next((k for k in range(1, min(len(tokens), MAX_READ_BACK_WORDS + 1)) if cue_at(tokens, k)), None)
    if k is None or not all(token.is_word for token in tokens[:k]):
        return None
    phrase = phrase_before(text, tokens, k)
    return Hit(phrase, cue_span(tokens, k, cue_at(tokens, k))) if phrase is not None and (
        phrase.start == tokens[0].start) else None


def name_after_trade(text: str, tokens: list[Token]) -> tuple[NounPhrase, int] | None:
    """A full name after a trade no role lexicon holds, right before its verb: "“...,” | hunter | Simon Qavvik said",
    "longtime resident Ann Roe told", "port authority chief executive Martin Ouellet-Barnes said"; the trade (with
    the title after it) becomes the name's title."""
    for k in range(1, MAX_TRADE_WORDS + 1):
        if k >= len(tokens) or not all(t.is_word and t.text.islower() and t.low not in phrase_stops() and (
                t.low not in lexicon("function_words")) for t in tokens[:k]):
            return None
        parsed = phrase_after(text, tokens, k)
        if parsed is not None and parsed[0].kind == "name" and " " in (parsed[0].name or "") and cue_at(
                tokens, skip_adverbs(tokens, parsed[1])):
            # also before a title the lexicons know: "port authority | chief executive Martin Ouellet-Barnes said"
            trade = text[tokens[0].start:tokens[k - 1].end]
            title = f"{trade} {parsed[0].title}" if parsed[0].title else trade
            return parsed[0]._replace(start=tokens[0].start, title=title), parsed[1]
    return None


def described_before_cue(text: str, tokens: list[Token], role: NounPhrase, j: int) -> Hit | None:
    """The role a description of places and things follows, up to the cue: '“…,” the owner | of a seven-room inn on
    Main Street | said' (the owner, as the cue's subject read backwards is), or a clause of "who" it is the subject
    of: 'a woman | who lives nearby | said' (never the clause's own verb: 'a woman who | told')."""
    if j + 1 < len(tokens) and tokens[j].low == WHO and tokens[j + 1].low not in lexicon("determiners") and (
            pronoun_gender(tokens[j + 1].low) is None):  # not 'a category that | passenger advocates say'
        cue = cue_after(tokens, j + 2, j, "")
        return Hit(role, cue_span(tokens, *cue)) if cue is not None else None
    cue = cue_after(tokens, j + 1, j, "")
    if cue is None:
        return None
    # a participle's description runs to the cue too: "one of the riders | waiting at the Main Street stop | said"
    participle = tokens[j].low.endswith("ing") and cue[0] - j <= MAX_DESCRIPTION_TOKENS and all(
        token.is_word for token in tokens[j:cue[0]])
    subject = phrase_before(text, tokens, cue[0]) if not participle else None
    found = participle or (subject is not None and subject.start == role.start)
    return Hit(role, cue_span(tokens, *cue)) if found else None


def name_after_office(text: str, tokens: list[Token], j: int) -> Hit | None:
    """The name a role's office words lead to before the cue: '“…,” SHA vice-president | of acute care Dr. Naveen
    Pillai-Strand said' (the office's lowercase field, then the name that holds it)."""
    if j >= len(tokens) or tokens[j].low not in lexicon("office_prepositions"):
        return None
    cue = cue_after(tokens, j + 2, j, ".-")
    named = phrase_before(text, tokens, cue[0]) if cue is not None else None
    if cue is None or named is None or named.kind != "name" or named.start <= tokens[j].start:
        return None
    return Hit(named, cue_span(tokens, *cue))


def cue_after(tokens: list[Token], first: int, j: int, marks: str) -> tuple[int, int] | None:
    """The first cue from ``tokens[first]`` on, close after ``j``, and how many tokens it spans, when only words (and
    ``marks``) stand between: "the owner | of a motel on Main Street | said"."""
    for k in range(first, min(len(tokens), j + MAX_OFFICE_TOKENS)):
        n = cue_at(tokens, k)
        if n:
            return (k, n) if all(t.is_word or t.text in marks for t in tokens[j:k]) else None
    return None
