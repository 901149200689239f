"""The source sieves: a quote's source named by "according to" after or before it ("“…,” according to Lars
Holm", "According to the union, the offer was “an insult.”") or by a frame that opens its sentence ("To her, “…”",
"Per the bylaws, ...")."""

from __future__ import annotations

from types import MappingProxyType

from .cues import according_first_words, according_to_at, cue_at, cue_span, reporting_cues
from .language import lexicon, mapping
from .phrase_finder import phrase_after
from .phrases import NounPhrase
from .state import Context, Hit, Sieve
from .tokens import Token

# How many tokens an "according to" aside right before its quote may hold: ", according to the state’s audit,".
MAX_ASIDE_TOKENS = 12
# How many modifiers may stand between a document's article and its noun: "a | 2025 | survey by".
MAX_DOCUMENT_MODIFIERS = 3


def _according_to(context: Context, index: int) -> Hit | None:
    """'“The situation is deteriorating,” according to Lars Holm, a UN envoy.'; before the quote,
    'According to the union, the offer was “an insult.”' (a weaker reading: the quote may be partial)."""
    quote = context.quotes[index]
    tokens = context.trail(quote)
    at = _clause_end_according(tokens)  # '“months of hearings” in housing court, | according to Dana Cole.'
    n = according_to_at(tokens, at)
    if n and len(tokens) > at + n:
        tokens = tokens[at:]
        lead = context.lead(quote)
        cues = reporting_cues(lead) if quote.kind == "partial" else []
        if cues and all(t.text != "," for t in lead[cues[-1][0]:]):
            # 'X apologized, calling them “glib,” according to two aides': the aides told of it (not 'Operators
            # reported 212 assaults, a number that is “low,” according to Sobczak': the cue's clause ended before)
            return None
        parsed = phrase_after(context.text, tokens, skip_document(tokens, n))
        return Hit(parsed[0], cue_span(tokens, 0, n)) if parsed is not None else None
    lead = context.lead(quote)
    at, n = 0, according_to_at(lead, 0)
    if not n:
        at = _aside_according(lead)
        n = according_to_at(lead, at) if at else 0
    if not n or len(lead) <= at + n + 1 or reporting_cues(lead):
        return None
    parsed = phrase_after(context.text, lead, skip_document(lead, at + n))
    if parsed is None or (at and parsed[1] != len(lead) - 1):
        return None  # an aside's source ends at the comma before the quote
    return Hit(parsed[0], cue_span(lead, at, n), reading="leading")


def _aside_according(lead: list[Token]) -> int:
    """Where "according to" opens an aside that ends right before the quote: 'Overtime rose and, | according to the
    audit, “cannot be explained.”'; 0 when none does."""
    if len(lead) < 4 or lead[-1].text != ",":
        return 0
    first = according_first_words()
    for m in range(len(lead) - 3, max(0, len(lead) - MAX_ASIDE_TOKENS), -1):
        if lead[m].low in first and lead[m - 1].text == "," and according_to_at(lead, m):
            return m
    return 0


def _clause_end_according(tokens: list[Token]) -> int:
    """Where "according to" stands after the rest of the quote's clause and a comma, with no cue before it:
    '“months of hearings” in housing court, | according to Dana Cole.'; 0 when it does not."""
    for m in range(1, len(tokens) - 1):
        if tokens[m].text in ".;!?" or cue_at(tokens, m):
            return 0
        if tokens[m - 1].text == "," and according_to_at(tokens, m):
            return m
    return 0


def _source_frame(context: Context, index: int) -> Hit | None:
    """A source named before a comma that opens the sentence: 'To her, “the fight is personal.”', 'Per the
    bylaws, members must “act in good faith.”'."""
    lead = context.lead(context.quotes[index])
    if len(lead) < 3 or lead[0].low not in lexicon("source_frames") or reporting_cues(lead):
        return None
    pronoun = mapping("object_pronouns").get(lead[1].low)
    if pronoun is not None and lead[2].text == ",":  # "To her,": whoever "her" is
        return Hit(NounPhrase(lead[1].start, lead[1].end, "pronoun", gender=pronoun), cue_span(lead, 0, 1))
    parsed = phrase_after(context.text, lead, 1)
    if parsed is None or parsed[1] >= len(lead) or lead[parsed[1]].text != ",":
        return None
    return Hit(parsed[0], cue_span(lead, 0, 1))


def skip_document(tokens: list[Token], i: int) -> int:
    """Step over "a statement from" in "according to a statement from the company", and over the document's own
    modifiers: "according to a 2025 survey by Camps Canada Network"."""
    j = i + 1 if i < len(tokens) and tokens[i].low in lexicon("articles") else i
    issuers = lexicon("document_nouns") | lexicon("spokespeople")
    for k in range(j, min(len(tokens) - 1, j + MAX_DOCUMENT_MODIFIERS + 1)):
        if tokens[k].low in issuers and tokens[k + 1].low in ("from", "by", "of"):
            return k + 2
        if not tokens[k].text[:1].isalnum() or tokens[k].low in lexicon("function_words"):
            break
    return i


ACCORDING_TO = Sieve("according_to", 0.9, adjacent=True, find=_according_to, trailing=True,
                     readings=MappingProxyType({"leading": 0.75}))
SOURCE_FRAME = Sieve("source_frame", 0.75, adjacent=True, find=_source_frame)
