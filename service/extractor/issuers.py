"""Who issued a document that speaks: "the statement said", "the report said", "the post said" are the words of
the body or person the text gave the document to (:mod:`cast` asks here)."""

from __future__ import annotations

from collections.abc import Callable

import regex

from .cast_words import RE_WORD, issued_by
from .entities import Entity, Event
from .language import compiled, lexicon, mapping
from .phrase_before import phrase_before
from .phrases import NounPhrase
from .segments import Sentences
from .tokens import Token, tokenize
from .words import POSSESSIVE

# "the statement said" looks this far back for the statement's issuer: a few sentences.
MAX_ISSUER_CHARS = 600
# A verb a document's noun makes, by its ending: "post" in "posted on Facebook that", "release" in "released".
DOCUMENT_VERB_ENDINGS = ("ed", "d")
# How far an issuer's name runs after "by": "the Department of Fisheries and Oceans".
MAX_ISSUER_NAME_CHARS = 80


def document_issuer(text: str, sentences: Sentences, noun: str, position: int, before: list[Event],
                    inside_quote: Callable[[int], bool]) -> Entity | NounPhrase | None:
    """Who issued the document ``noun`` ("statement") at ``position`` refers to, from the last sentence before
    that names such a document (or makes it: "The council posted on Facebook that ...").

    Args:
        text: the document's text.
        sentences: its sentence boundaries.
        noun: the document's head noun, lowercase.
        position: where the document speaks.
        before: the cast's mentions before ``position``, newest first.
        inside_quote: tells whether an offset falls inside a quotation.

    Returns:
        The member who issued it ("The ministry issued a statement.", "a statement from the ministry", "In a news
        release, Kestrel Bay RCMP said", "... was posted online by the Department"), or the phrase naming an
        issuer the scan did not meet ("a report by the city’s Community Services Department"), or ``None``.
    """
    found = None
    made = set(mapping("document_verbs").get(noun, "").split())  # "The Justice Department sued" made "the lawsuit"
    for match in RE_WORD.finditer(text, max(0, position - MAX_ISSUER_CHARS), position):
        word = match.group().lower()
        if (word == noun or word in made or (word.startswith(noun) and word[len(noun):] in DOCUMENT_VERB_ENDINGS)) and (
                not inside_quote(match.start())):
            found = match
    if found is None:
        return None
    named = named_issuer(text, found.end())
    if named is not None:
        return named
    sentence_start = sentences.start_before(found.start())
    sentence_end = sentences.end_after(found.end(), position)
    subject = later = agent = None
    for event in before:
        if event.position >= sentence_end:
            continue
        if event.position < sentence_start:
            break
        if event.entity.type not in ("person", "organization", "anonymous"):
            continue  # "In a written statement, the plan's board of trustees said": a group issues one too
        if event.position >= found.end() and issued_by().fullmatch(text, found.end(), event.position):
            return event.entity  # "a statement released by the Iranian Foreign Ministry"
        if event.position < found.start() and event.subject and subject is None:
            subject = event.entity  # the nearest subject before the noun: "The ministry issued a statement"
        elif event.position >= found.end() and event.subject:
            later = event.entity  # the first subject after it: "In a news release, Kestrel Bay RCMP said"
        elif event.position >= found.end() and _agent_before().search(text, found.end(), event.position):
            agent = event.entity  # "The inspection report ... was posted online Tuesday by the Department of ..."
    return subject or later or agent


def _agent_before() -> regex.Pattern[str]:
    """A passive agent right before a member: "... was posted online Tuesday by |the Department" (not who read
    it: "obtained by |the Daily Ledger")."""
    return compiled("agent_before", lambda: regex.compile(
        r"(?<!\b(?:\L<readers>))\s++by\s++(?:(?:\L<articles>)\s++)?+\Z", regex.IGNORECASE,
        readers=sorted(lexicon("document_readers")), articles=sorted(lexicon("articles"))))


def named_issuer(text: str, end: int) -> NounPhrase | None:
    """The body or person named right after a document by the words that name its issuer: "the most recent
    assessment by | the Department of Fisheries |", "a report by | the city’s Community Services Department |"."""
    issued = issued_by().match(text, end + 1 if text.startswith(",", end) else end)  # "The audit|, conducted by ..."
    if issued is None:
        return None
    tokens = tokenize(text, issued.end(), min(len(text), issued.end() + MAX_ISSUER_NAME_CHARS))
    j = _institution_end(tokens)
    if not j or tokens[j - 1].low.endswith(POSSESSIVE):
        return None  # "a memo from | Haldane’s | pollster": the owner, not the issuer
    parsed = phrase_before(text, tokens, j)
    if parsed is None or parsed.kind not in ("organization", "name"):
        return None
    return parsed if parsed.kind == "organization" or " " in (parsed.name or "") else None  # not a lone word


def _institution_end(tokens: list[Token]) -> int:
    """How many of ``tokens`` name an institution: capitalized words, with the small words such a name holds
    ("Department of the Interior") and an owner's possessive first ("the city’s Community Services Department")."""
    small = lexicon("office_prepositions") | lexicon("articles")
    j = 0
    while j < len(tokens) and tokens[j].is_word and (
            tokens[j].text[0].isupper() or tokens[j].low in small or (j == 0 and tokens[j].low.endswith(POSSESSIVE))):
        j += 1
    while j > 0 and not tokens[j - 1].text[0].isupper():
        j -= 1
    return j
