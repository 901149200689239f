"""Reporting cues ("said", "pointed out", "went on to say") and the words that may stand around them."""

from __future__ import annotations

import regex

from .language import compiled, lexicon
from .phrase_finder import phrase_after
from .phrases import NounPhrase
from .role_runs import joined_verb_end
from .tokens import Token
from .words import is_plural_document

# Words of the agent in "was quoted by | the state news agency MTA | as saying".
MAX_AGENT_TOKENS = 6
# How an inflected verb ends ("says", "warned"): after "that" it is a relative clause's verb, no noun.
VERB_ENDINGS = ("s", "d")
# A year, which a verb may follow ("filed in 2025 | says"), not a count of things ("312 | calls").
RE_YEAR = regex.compile(r"(?:1[89]|2\d)\d\d")
PLURAL = "s"


def _cue_index() -> dict[str, list[tuple[str, ...]]]:
    """Reporting cues by first word, longest first, so "went on to say" wins over "went on"."""
    def build() -> dict[str, list[tuple[str, ...]]]:
        index: dict[str, list[tuple[str, ...]]] = {}
        for cue in lexicon("reporting_verbs"):
            words = tuple(cue.split())
            index.setdefault(words[0], []).append(words)
        for entries in index.values():
            entries.sort(key=len, reverse=True)
        return index
    return compiled("cue_index", build)


def cue_at(tokens: list[Token], i: int) -> int:
    """Return how many tokens the reporting cue at ``tokens[i]`` spans, or 0 when none starts there."""
    if not 0 <= i < len(tokens):
        return 0
    token = tokens[i]
    if i and token.text[:1].isupper() and tokens[i - 1].text[:1].isupper() and (
            f"{tokens[i - 1].low} {token.low}" in _two_word_names()):
        return 0  # "the United States will": no "states" in a name
    if i + 1 < len(tokens) and f"{token.low} {tokens[i + 1].low}" in lexicon("non_reporting_senses") and (
            i + 2 == len(tokens) or tokens[i + 2].low in _object_openers()):
        return 0  # "the study added to “a growing body of evidence”": a thing added, not words
    entries = _cue_index().get(token.low, ())
    if entries and i + 1 < len(tokens) and tokens[i + 1].is_word and token.low in lexicon("closing_cues"):
        return 0  # "Pike answers.", not "the department answers most requests" nor "Okafor’s answers on"
    for words in entries:
        if len(words) == 1 or tuple(t.low for t in tokens[i:i + len(words)]) == words:
            return len(words)
    return 0


def _object_openers() -> frozenset[str]:
    """Words that open a thing, not an addressee, after "added to": "a", "the", "their"."""
    return compiled("object_openers", lambda: lexicon("articles") | lexicon("determiners"))


def _two_word_names() -> frozenset[str]:
    """Known names of two words, lowercase ("united states"), whose second word may look like a cue."""
    return compiled("two_word_names", lambda: frozenset(
        name for name in lexicon("country_names") | lexicon("organizations") if name.count(" ") == 1))


def cues_in(tokens: list[Token], start: int = 0) -> list[tuple[int, int]]:
    """Every reporting cue from ``tokens[start]`` on, as (index, length); "went on to say" is one cue."""
    index, markers = _cue_index(), lexicon("noun_markers")
    found, i = [], start
    while i < len(tokens):
        n = cue_at(tokens, i) if tokens[i].low in index else 0
        if n and i > 0 and _marked_noun(tokens, i, markers):
            n = 0  # "the recall was", "his comments": a noun, not a reporting verb
        elif n and i > 0 and tokens[i].low in lexicon("document_participles") and tokens[i - 1].low in lexicon(
                "document_nouns"):
            n = 0  # "a statement | posted to Facebook": how the document came out, not what it says
        elif n == 1 and i + 1 < len(tokens) and tokens[i + 1].low in lexicon("document_participles") and (
                is_plural_document(tokens[i].low)):
            n = 0  # "monthly financial reports | given to the board": documents, not a verb of saying
        if n:
            found.append((i, n))
        i += n or 1
    return found


def reporting_cues(tokens: list[Token]) -> list[tuple[int, int]]:
    """Reporting and characterizing verbs ("said", "called"), as (index, length), in order."""
    characterizing, according = lexicon("characterizing_verbs"), according_first_words()
    found = dict(cues_in(tokens))
    markers = lexicon("noun_markers")
    found.update((i, 1) for i, t in enumerate(tokens)
                 if t.low in characterizing and not (i and _marked_noun(tokens, i, markers)))  # not "the blame"
    return sorted((i, n) for i, n in found.items() if tokens[i].low not in according)


def ends_with_cue(tokens: list[Token]) -> bool:
    """Tell whether the tokens end with a reporting cue: 'Zarif said', 'he pointed out'."""
    if not tokens:
        return False
    n = len(tokens)
    markers = lexicon("noun_markers")
    if cue_at(tokens, n - 1):
        return not (n > 1 and _marked_noun(tokens, n - 1, markers))  # "rated the claim": a noun, not a cue
    return cue_at(tokens, n - 2) == 2 and not (n > 2 and _marked_noun(tokens, n - 2, markers))


def _marked_noun(tokens: list[Token], i: int, markers: frozenset[str]) -> bool:
    """Tell whether the cue word at ``tokens[i]`` is a noun the word before it marks ("the recall", "her remarks",
    "that claim", "312 calls"), not an inflected verb after a relative "that" closing a document or its author's
    name ("a statement that | says", "a report by Halvern Engineering that | warned")."""
    before = tokens[i - 1].low
    if _counted(tokens, i):
        return True  # things counted: "officers responded to 312 calls"
    if before not in markers:
        return False
    return not (before in lexicon("complementizers") and tokens[i].low.endswith(VERB_ENDINGS) and i >= 2 and (
        tokens[i - 2].low in lexicon("document_nouns") or tokens[i - 2].text[:1].isupper()))  # "... by Halvern | that"


def _counted(tokens: list[Token], i: int) -> bool:
    """Tell whether a plural characterizing word follows a count ("312 | calls"), not a year ("in 2025 | calls"), a
    name's number ("Teamsters Local 7 | called") or a date's ("dated Feb. 11 | says")."""
    count = tokens[i - 1].text.replace(",", "")
    return count.isdigit() and not RE_YEAR.fullmatch(count) and tokens[i].low in lexicon(
        "characterizing_verbs") and tokens[i].low.endswith(PLURAL) and not (i >= 2 and tokens[i - 2].text[:1].isupper())


def cue_span(tokens: list[Token], i: int, n: int) -> tuple[int, int]:
    """The offsets of the cue of ``n`` tokens at ``tokens[i]``."""
    return tokens[i].start, tokens[i + n - 1].end


def according_to_at(tokens: list[Token], i: int) -> int:
    """How many tokens an "according to" phrase at ``tokens[i]`` spans, or 0."""
    for phrase in _according_phrases():
        if tuple(t.low for t in tokens[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _according_phrases() -> list[tuple[str, ...]]:
    return compiled("according_phrases", lambda: [tuple(p.split()) for p in sorted(lexicon("according_to"))])


def according_first_words() -> frozenset[str]:
    """The words the pack's "according to" phrases open with: a cheap test before :func:`according_to_at`."""
    return compiled("according_first", lambda: frozenset(p[0] for p in _according_phrases()))


def skip_adverbs(tokens: list[Token], i: int) -> int:
    """Step over adverbs after a speaker: "Zarif | also | said"."""
    adverbs = lexicon("adverbs")
    while i < len(tokens) and tokens[i].low in adverbs:
        i += 1
    return i


def skip_adverbs_back(tokens: list[Token], j: int, *, auxiliaries: bool = False) -> int:
    """Step back over adverbs and the day between a speaker and the verb: "Zarif on Monday told"; with
    ``auxiliaries``, over auxiliaries too: "a strategy that Premier Luc Gagne | has | described as" (elsewhere an
    auxiliary marks a reported clause's own verb: "said Tehran will respond to", "said she had called")."""
    adverbs, days = lexicon("adverbs"), lexicon("relative_days")
    helpers: frozenset[str] = lexicon("auxiliaries") if auxiliaries else frozenset()
    weekdays, daytimes = lexicon("weekdays"), lexicon("daytimes")
    while j > 0:
        if tokens[j - 1].low in adverbs or tokens[j - 1].low in days or tokens[j - 1].low in helpers:
            j -= 1
        elif j >= 2 and tokens[j - 2].low == "on" and tokens[j - 1].low in weekdays:
            j -= 2
        elif j >= 3 and tokens[j - 3].low == "on" and tokens[j - 2].low in weekdays and tokens[j - 1].low in daytimes:
            j -= 3
        else:
            break
    return j


def skip_first_verb_back(tokens: list[Token], k: int) -> int:
    """Step back over the subject's first verb before a cue joined to it: "a man in the back | stood and |
    shouted", "stood up and | yelled"; ``k`` unchanged when none stands there."""
    if k < 3:
        return k
    j = k - 3 if tokens[k - 2].low in lexicon("verb_particles") else k - 2
    return j if j > 0 and joined_verb_end(tokens, j) == k and tokens[j].is_word and tokens[j].text.islower() else k


def quoted_as_saying(text: str, tokens: list[Token]) -> tuple[NounPhrase, tuple[int, int]] | None:
    """'the agency quoted Ali Rahimi as saying': the speaker is the one quoted, not the one quoting."""
    quoting, as_saying = lexicon("quoting_verbs"), lexicon("as_saying")
    for i, token in enumerate(tokens):
        if token.low not in quoting:
            continue
        parsed = phrase_after(text, tokens, i + 1)
        if parsed is None:
            continue
        phrase, j = parsed
        if j + 1 < len(tokens) and f"{tokens[j].low} {tokens[j + 1].low}" in as_saying:
            return phrase, cue_span(tokens, i, 1)
    return None


def quoted_by_at(tokens: list[Token], i: int) -> int:
    """How many tokens a passive quoting frame with its agent spans from ``tokens[i]``: '“...,” Valchev | was
    quoted by MTA as saying' (the one quoted speaks, the agency only reports); 0 when none starts there."""
    if i + 3 >= len(tokens) or tokens[i].low not in lexicon("passive_auxiliaries"):
        return 0
    if tokens[i + 1].low not in lexicon("quoting_verbs") or tokens[i + 2].low not in lexicon("agent_prepositions"):
        return 0
    for j in range(i + 4, min(len(tokens) - 1, i + 3 + MAX_AGENT_TOKENS)):
        if not tokens[j].is_word:
            return 0  # the agent is words only: "by | the state news agency MTA |"
        if f"{tokens[j].low} {tokens[j + 1].low}" in lexicon("as_saying"):
            return j + 2 - i
    return 0

