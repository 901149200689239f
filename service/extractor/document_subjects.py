"""The document that is the subject of a reporting verb, read across what stands between it and the verb: "A
letter | sent to parents on Monday | says", "The audit of | the authority | found"."""

from __future__ import annotations

from .language import compiled, lexicon
from .phrase_before import phrase_before, word_before
from .phrases import NounPhrase, is_cap
from .tokens import Token, last_before

# Words between a document's participle and the verb its document governs: "A letter sent | to parents on Monday |
# says".
MAX_PARTICIPLE_TOKENS = 8
# How many words a contact clause's subject may take between a document and its verb: "a letter | the service
# centre | sent".
MAX_CONTACT_TOKENS = 7
# The link between a document and what it is about: "The audit | of | the authority".
OF = "of"
# Words before the noun of a document that opens its clause: "A 2020 | directive", "An inspection | report".
MAX_DOCUMENT_OPENING = 4
# Words from a document's noun to its verb: "directive | from the Quebec Health Ministry on hospital parking | says".
MAX_DOCUMENT_TAIL = 20
# Marks between them: an apposition's commas, a possessive's apostrophe, a name's period or hyphen.
DOCUMENT_TAIL_MARKS = frozenset(",’'.-")


def document_before_participle(text: str, tokens: list[Token], j: int) -> NounPhrase | None:
    """The document that is the subject of the verb at ``tokens[j]`` across the participle phrase that says how it
    came out: "A memo | sent to staff | warns", "A letter | sent to parents on Monday | says" (not the staff, nor
    the parents); ``None`` when no such participle stands close before."""
    reading, making = lexicon("document_readers"), lexicon("document_participles")
    for q in range(j - 1, max(0, j - 1 - MAX_PARTICIPLE_TOKENS), -1):
        if not tokens[q].is_word:
            return None
        if tokens[q].low in lexicon("issuing_verbs") and q >= 3:
            contact = _document_with_contact_clause(text, tokens, q, j)
            if contact is not None:
                return contact
        readers = tokens[q].low in reading  # "A note | obtained by The Globe and Mail | says"
        if (readers or tokens[q].low in making) and q + 1 < j and tokens[q - 1].low in lexicon("document_nouns") and (
                readers or not any(
                t.low in lexicon("agent_prepositions") for t in tokens[q + 1:j])):  # "sent ... by the authority
            phrase = phrase_before(text, tokens, q)
            if phrase is not None and phrase.kind == "nominal" and phrase.head in lexicon("document_nouns"):
                return phrase
    return None


def _document_with_contact_clause(text: str, tokens: list[Token], verb: int, j: int) -> NounPhrase | None:
    """The document before a contact clause whose verb is ``tokens[verb]``, the clause and all up to ``tokens[j]``:
    "| A bargaining update the union sent to members Wednesday | says", "The analysis Transport Canada published
    with the rules says" (its issuer is the clause's subject, a role or a name)."""
    openers = lexicon("determiners") | lexicon("articles")
    d = next((d for d in range(verb - 2, max(0, verb - 2 - MAX_CONTACT_TOKENS), -1) if tokens[d].low in lexicon(
        "document_nouns") and (tokens[d + 1].low in openers or is_cap(tokens[d + 1]))), None)
    if d is None:
        return None
    phrase = phrase_before(text, tokens, d + 1)
    if phrase is None or phrase.kind != "nominal" or phrase.head not in lexicon("document_nouns"):
        return None
    return phrase._replace(end=tokens[j - 1].end)


def document_of(text: str, tokens: list[Token], subject: NounPhrase | None) -> NounPhrase | None:
    """The document whose "of" phrase ends with ``subject``, the phrase before a verb, read whole: "| The audit of the
    Chattanooga-Hamilton County Sports Authority | found" (not the authority audited)."""
    if subject is None or subject.kind not in ("organization", "name", "nominal"):
        return None
    k = last_before(tokens, subject.start + 1)  # the subject's first token
    if k > 0 and tokens[k - 1].low in lexicon("articles"):
        k -= 1
    if k < 2 or tokens[k - 1].low != OF or tokens[k - 2].low not in lexicon("document_nouns"):
        return None
    document = phrase_before(text, tokens, k - 1)
    if document is None or document.kind != "nominal" or document.head not in lexicon("document_nouns"):
        return None
    return document._replace(end=subject.end)


def opening_document(text: str, tokens: list[Token], j: int, before: NounPhrase | None) -> NounPhrase | None:
    """The document that opens the clause of the verb at ``tokens[j]``, past the words that say where it came from
    and what it is about: "| A 2020 directive from the Quebec Health Ministry on hospital parking | says", "| A 2024
    report by the Protecteur du citoyen, Quebec's ombudsman, | warned" (``before``, the phrase just before the
    verb, is only the object of one of those words, never the verb's subject, and no issuer: "A report | by the city
    | says" is the city's)."""
    d = next((d for d in range(min(MAX_DOCUMENT_OPENING, j)) if tokens[d].low in lexicon("document_nouns")), None)
    if d is None or d + 1 >= j or j - d > MAX_DOCUMENT_TAIL or tokens[d + 1].low not in _document_links():
        return None
    link = _link_before(tokens, before) if before is not None else None
    if before is not None and (link is None or link in lexicon("issued_by")):
        return None  # "A report released Monday shows | the mayor | says", "A report by | the city | says"
    cues = compiled("document_tail_stops", lambda: lexicon("reporting_verbs") | lexicon("relatives"))
    if any(t.low in cues or not (t.is_word or t.text in DOCUMENT_TAIL_MARKS) for t in tokens[d + 1:j]):
        return None
    noun = tokens[d]
    bare = NounPhrase(noun.start, noun.end, "nominal", title=noun.low, head=noun.low)  # "Inspections by ... found"
    document = phrase_before(text, tokens, d + 1) if d else bare
    if document is None or document.kind != "nominal" or document.head not in lexicon("document_nouns") or (
            document.start != tokens[0].start):
        return None
    return document  # its issuer is read after its noun: "from the Quebec Health Ministry"


def _document_links() -> frozenset[str]:
    """The words after a document's noun that say where it came from or what it is about: "from", "by", "on"."""
    return compiled("document_links", lambda: lexicon("issued_by") | lexicon("office_prepositions") | lexicon(
        "place_prepositions") | lexicon("document_participles"))


def _link_before(tokens: list[Token], phrase: NounPhrase) -> str | None:
    """The document's link ``phrase`` follows, an article apart ("on | hospital parking"), or ``None``."""
    k = word_before(tokens, phrase)
    if k >= 1 and tokens[k].low == OF and is_cap(tokens[k - 1]):
        return None  # inside a body's name: "the University of | Kentucky’s Center ..."
    return tokens[k].low if k >= 0 and tokens[k].low in _document_links() else None
