"""Words a possessor's remarks hold: "Corrigan’s 2019 remarks about “the tyranny of the median voter”",
"a former fund executive whose remarks about “…”", "her claim that the levy was “a bargain”". The one whose
remarks they are speaks, whatever verb the sentence has ("Critics seized on ..."), unless a reporting verb
stands between the remarks and the quote. A document's findings are its words too: "The audit found “…”"."""

from __future__ import annotations

from .cast_words import issued_by
from .cues import skip_adverbs_back
from .language import lexicon, mapping
from .phrase_before import phrase_before
from .phrases import NounPhrase
from .tokens import Token, last_before, tokenize
from .words import POSSESSIVE

# Words between a possessor and its remarks: "Corrigan’s | 2019 | remarks", "her | now-infamous | claim".
MAX_MODIFIERS = 2
# Tokens of an aside between a document and its verb: "The audit|, conducted by the department’s Office of Audit
# and Evaluation and tabled on Tuesday,| found".
MAX_ASIDE_TOKENS = 40
# Tokens of a body's name in a document's "of" phrase: "The audit of | Public Services and Procurement Canada".
MAX_NAME_TOKENS = 8
# Tokens between a document and the issuer its "by" names: "A report | prepared for council by | Pell Advisory".
MAX_ISSUED_TOKENS = 7


def document_finding(text: str, lead: list[Token]) -> tuple[NounPhrase, tuple[int, int]] | None:
    """The document whose finding verb governs the quote after ``lead`` ("The report found the jail was", "The
    audit, conducted by ..., found"), or the judge or arbitrator ("Justice Paul Trudel found"), and the verb's span
    (the cue); ``None`` when another subject found it."""
    verbs = lexicon("finding_verbs")
    i = next((k for k in range(len(lead) - 1, -1, -1) if lead[k].low in verbs), -1)
    if i <= 0:
        return None
    j = skip_adverbs_back(lead, i, auxiliaries=True)
    finder = phrase_before(text, lead, j) if j else None
    if finder is not None and finder.kind in ("name", "nominal") and not lexicon("finding_roles").isdisjoint(
            (finder.title or "").lower().replace(",", " ").split()):
        return finder, (lead[i].start, lead[i].end)  # "..., Justice Paul Trudel, found", "the arbitrator found"
    subject = finder
    if j and lead[j - 1].text == ",":  # past an aside: "The audit|, conducted by ...,| found"
        j = next((k for k in range(j - 2, max(-1, j - MAX_ASIDE_TOKENS), -1) if lead[k].text == ","), 0)
        subject = phrase_before(text, lead, j) if j else None
    if subject is not None and subject.kind == "pronoun" and subject.gender == "n":
        return subject, (lead[i].start, lead[i].end)  # "It found that ...": the document or body named before
    if subject is not None and (subject.kind != "nominal" or subject.head not in lexicon("document_nouns")):
        subject = _document_of(text, lead, j, subject)  # "The audit of | Public Services ...", "An audit by | the ..."
    if subject is None or subject.kind != "nominal" or subject.head not in lexicon("document_nouns"):
        return None
    return subject, (lead[i].start, lead[i].end)


def _document_of(text: str, lead: list[Token], end: int, named: NounPhrase) -> NounPhrase | None:
    """The document whose own "of" phrase or issuer ``named`` is, ending at ``lead[end]``: "The audit of | Public
    Services and Procurement Canada", "An audit conducted by | the Office of Audit and Evaluation"."""
    k = last_before(lead, named.start)
    small = lexicon("articles") | lexicon("joining_words")
    while k >= 0 and end - k <= MAX_NAME_TOKENS and (lead[k].low in small or lead[k].text[0].isupper()):
        k -= 1  # the rest of a name its last part was read from: "Public Services and | Procurement Canada"
    documents = lexicon("document_nouns")
    for d in range(k - 1, max(-1, k - MAX_ISSUED_TOKENS), -1):  # "report | prepared for council by |"
        if lead[d].low in documents and (
                (d == k - 1 and lead[k].low in lexicon("office_prepositions"))
                or _issued_to(text, lead, lead[d].end, named.start)):
            return phrase_before(text, lead, d + 1)
    return None


def _issued_to(text: str, lead: list[Token], end: int, issuer: int) -> bool:
    """Tell whether the words after a document's noun (at ``end``) give it to the issuer at ``issuer``: "study | by
    | Tallgrass Geo", and over what describes the issuer: "study | by Winnipeg engineering firm | Tallgrass Geo"."""
    issued = issued_by().match(text, end, issuer)
    if issued is None:
        return False
    between = [token for token in lead if issued.end() <= token.start < issuer]
    return len(between) <= MAX_NAME_TOKENS and all(
        token.is_word and token.low not in lexicon("function_words") for token in between)


def possessed_utterance(text: str, lead: list[Token], start: int) -> tuple[NounPhrase, tuple[int, int]] | None:
    """The possessor of the last utterance noun in ``lead[start:]`` that a link ties to the quote after the
    lead ("remarks | about", "claim | that"), and the noun's span (the cue)."""
    nouns, links = lexicon("utterance_nouns"), lexicon("utterance_links")
    for k in range(len(lead) - 2, start - 1, -1):
        if lead[k].low not in nouns or lead[k + 1].low not in links:
            continue
        for p in range(k - 1, max(start, k - MAX_MODIFIERS - 1) - 1, -1):
            owner = _possessor(text, lead, p)
            if owner is not None:
                return owner, (lead[k].start, lead[k].end)
        return None
    return None


def _possessor(text: str, lead: list[Token], p: int) -> NounPhrase | None:
    """The one ``lead[p]`` names as owner: "Corrigan’s", "the senator’s", "her", or the antecedent of "whose"."""
    token = lead[p]
    gender = mapping("possessive_pronouns").get(token.low)
    if gender is not None:
        return NounPhrase(token.start, token.end, "pronoun", gender=gender)
    if token.low in lexicon("relative_possessives"):
        return _whose_antecedent(text, lead, p)
    if not token.low.endswith(POSSESSIVE) or len(token.low) < 3:
        return None
    # The possessor without its "’s", read back from there: "Sen. Ann Vint|’s", "the senator|’s".
    tokens = tokenize(text, lead[0].start, token.end - 2)
    return phrase_before(text, tokens, len(tokens)) if tokens else None


def _whose_antecedent(text: str, lead: list[Token], p: int) -> NounPhrase | None:
    """'Neil Corrigan, a former fund executive whose': the name the description is apposed to, or the
    description itself."""
    described = phrase_before(text, lead, p)
    if described is None or described.kind not in ("anonymous", "nominal"):
        return described
    comma = last_before(lead, described.start)
    if comma > 0 and lead[comma].text == ",":
        named = phrase_before(text, lead, comma)
        if named is not None and named.kind == "name":
            return named
    return described
