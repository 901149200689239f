"""Who a relative clause before a reporting verb speaks for: the name or body before "who" or "which" ("Chairman Jim
Jordan, who called it", "a staff report presented in May, which says"), the unnamed people a restrictive "who"
describes ("a server who tells viewers"), and the object of an infinitive, which is no subject ("to review | the
draft | says"). :mod:`clause_sieves` reads these."""

from __future__ import annotations

from .cues import cue_at, skip_adverbs_back
from .language import lexicon
from .phrase_before import phrase_before
from .phrases import NounPhrase
from .scan_words import who_unnamed_by_request
from .tokens import Token, last_before

# Words of a "who" clause before the participle cue that follows it: "who spoke to The Canadian Press on condition
# that he not be named|, saying".
MAX_RELATIVE_TOKENS = 16
# Words between an unnamed person's determiner and a restrictive "who": "a | veteran night | server who".
MAX_DESCRIBED_WORDS = 4
# The mark of an infinitive, whose verb's object is no subject: "appointed | to | review the draft says".
INFINITIVE_TO = "to"
# How many words a relative clause may stand after its document's noun: "a staff report| presented in May,| which".
MAX_DOCUMENT_TAIL_TOKENS = 6


def relative_antecedent(text: str, tokens: list[Token], cue: int) -> NounPhrase | None:
    """'Chairman Jim Jordan, who called it “a political stunt”': the one "who" speaks for."""
    k = skip_adverbs_back(tokens, cue)
    if k >= 2 and tokens[k - 1].low == "who" and tokens[k - 2].text == ",":
        # "former Gov. Patricia Lund, a Democrat, who wrote": the name, past its apposition; else the phrase.
        return phrase_before(text, tokens, k - 1) or phrase_before(text, tokens, k - 2)
    if k >= 2 and tokens[k - 1].low in lexicon("relatives") and (tokens[k - 2].text == "," or (
            tokens[k - 2].is_word and tokens[k - 2].text[:1].isupper())):
        # "Skyward Response Systems, a company based in Arizona, which says": the body, past its description; a
        # document's author right before the clause: "a report by Halvern Engineering | that says"
        named = phrase_before(text, tokens, k - 1)
        if named is not None and named.kind in ("name", "organization"):
            return named
        document = _document_before_relative(text, tokens, k - 1)
        if document is not None:
            return document  # "a staff report presented in May, which says"
    if k >= 2 and tokens[k - 1].low == "who" and tokens[k - 2].is_word and tokens[k - 2].text.islower():
        # Restrictive: "features a server who tells viewers", "sent door-to-door salespeople who told customers".
        return phrase_before(text, tokens, k - 1) or _noun_before_who(text, tokens, k - 1)
    return None


def issued_before(tokens: list[Token], start: int) -> bool:
    """Tell whether a verb that issues a document stands within two words before the document at ``start``: "X
    filed | a lawsuit", "X tabled | a motion"."""
    at = next((i for i, t in enumerate(tokens) if t.start >= start), len(tokens))
    return any(t.low in lexicon("issuing_verbs") for t in tokens[max(0, at - 2):at])


def _document_before_relative(text: str, tokens: list[Token], relative: int) -> NounPhrase | None:
    """The document a relative clause at ``relative`` is about, its noun a few words back past how it came out:
    "a staff report | presented in May, | which says", "a GAO report | released in April | that found"."""
    nouns = lexicon("document_nouns")
    for j in range(relative - 1, max(-1, relative - 1 - MAX_DOCUMENT_TAIL_TOKENS), -1):
        if tokens[j].low in nouns:
            phrase = phrase_before(text, tokens, j + 1)
            return phrase if phrase is not None and phrase.kind == "nominal" and phrase.head in nouns else None
    return None


def participle_after_relative(text: str, tokens: list[Token], cue: int) -> NounPhrase | None:
    """The one a "who" clause describes, when a participle cue follows the clause: "belongs to a grower who spoke on
    condition that he not be named, | saying" (the grower says it, not the sentence's subject)."""
    if cue < 2 or tokens[cue - 1].text != "," or not tokens[cue].low.endswith("ing"):
        return None
    who = next((w for w in range(cue - 2, max(-1, cue - MAX_RELATIVE_TOKENS), -1)
                if tokens[w].low == "who" or not tokens[w].is_word), -1)
    if who < 1 or tokens[who].low != "who" or not (cue_at(tokens, who + 1) or who_unnamed_by_request().match(
            text, tokens[who].start)):
        return None  # not 'he criticized students who had disrupted a lecture, | calling': the critic calls
    return _noun_before_who(text, tokens, who) or phrase_before(text, tokens, who)


def object_of_infinitive(tokens: list[Token], phrase: NounPhrase) -> bool:
    """Tell whether the phrase before a verb is the object of an infinitive, not the subject: "to review | the draft |
    says"."""
    p = last_before(tokens, phrase.start + 1)  # the phrase's first token
    verb = tokens[p - 1] if p >= 2 else None
    return verb is not None and tokens[p - 2].low == INFINITIVE_TO and verb.is_word and verb.text.islower() and (
        verb.low not in lexicon("function_words")) and verb.low not in lexicon("free_relatives")  # "to what he called"


def subject_of_relative(text: str, tokens: list[Token], pronoun: int) -> NounPhrase | None:
    """The subject a restrictive "who" clause ends right before the verb, when the phrase before the verb is the
    clause's object: "one councillor who voted against | it | said" is the councillor."""
    who = next((w for w in range(pronoun - 2, max(-1, pronoun - MAX_DESCRIBED_WORDS - 3), -1)
                if tokens[w].low == "who" or tokens[w].text == ","), -1)
    if who < 1 or tokens[who].low != "who" or not tokens[pronoun - 1].text.islower():
        return None
    return _noun_before_who(text, tokens, who) or phrase_before(text, tokens, who)


def _noun_before_who(text: str, tokens: list[Token], who: int) -> NounPhrase | None:
    """The unnamed people a restrictive "who" clause describes, from their determiner or number ("a server",
    "two aides") or, without one, their noun and a hyphenated modifier ("door-to-door salespeople")."""
    openers = lexicon("articles") | lexicon("indefinites")
    end = tokens[who - 1].end
    start = who - 2 if who >= 2 and "-" in tokens[who - 2].text and tokens[who - 2].text.islower() else who - 1
    for k in range(who - 1, max(-1, who - MAX_DESCRIBED_WORDS - 1), -1):
        if not tokens[k].is_word or not tokens[k].text.islower():
            break
        if tokens[k].low in openers or tokens[k].text.isdigit():
            start = k
            break
    first = tokens[start].start
    return NounPhrase(first, end, "anonymous", title=text[first:end], head=tokens[who - 1].low)
