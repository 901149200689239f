"""Where a role phrase read forward ends: at its last head noun ("the | Interior Ministry | said", "president and
CEO"), before a verb's object or a cue of two words ("a friend of the star | hit back"), and where a verb joined by
"and" goes on ("stood up | and yelled"). :mod:`phrase_finder` reads phrases with these."""

from __future__ import annotations

from .initials import is_acronym
from .language import compiled, lexicon
from .phrases import is_cap
from .tokens import Token
from .words import is_head, is_org_name, is_title, phrase_stops, verb_like


def joined_verb_end(tokens: list[Token], j: int) -> int:
    """Where the word after the "and" that joins the verb at ``tokens[j]`` (and its particle) to a second verb
    stands: "stood | and shouted", "stood up | and yelled"; -1 when no "and" follows."""
    k = j + 2 if j + 1 < len(tokens) and tokens[j + 1].low in lexicon("verb_particles") else j + 1
    return k + 1 if k < len(tokens) and tokens[k].low in lexicon("joining_words") else -1


def phrasal_cue(tokens: list[Token], j: int) -> bool:
    """Tell whether a reporting cue of two words starts at ``tokens[j]``: a phrase ends before "hit back" as
    before "said" ("a friend of the star | hit back:", where "back" alone would be a player's role)."""
    return j + 1 < len(tokens) and tokens[j].low in _phrasal_openers() and (
        f"{tokens[j].low} {tokens[j + 1].low}" in lexicon("reporting_verbs"))


def _phrasal_openers() -> frozenset[str]:
    """The first words of the reporting cues of two words ("hit" of "hit back")."""
    return compiled("phrasal_openers", lambda: frozenset(
        cue.split()[0] for cue in lexicon("reporting_verbs") if cue.count(" ") == 1))


def _joins_titles(tokens: list[Token], j: int, end: int) -> bool:
    """Tell whether ``tokens[j]`` joins two titles of one person right after a head: "president | and | CEO",
    "chair | and | chief executive officer" (one role, not two people)."""
    return end == j and tokens[j].low in lexicon("joining_words") and j + 1 < len(tokens) and is_title(
        tokens[j + 1].low)


def role_run(tokens: list[Token], i: int) -> int:
    """Return the end of a role phrase that starts at ``i`` and ends at its last head noun."""
    end, j = -1, i
    while j < len(tokens) and j - i < 6 and tokens[j].is_word and (tokens[j].low not in phrase_stops() or (
            _joins_titles(tokens, j, end))) and not phrasal_cue(tokens, j):
        if end > 0 and tokens[j].low in lexicon("articles") and verb_like(tokens[j - 1].text):
            break  # a verb's object after the head: "The agency | rejected the request", not the role's own words
        if is_head(tokens[j].low) or (is_cap(tokens[j]) and is_org_name([tokens[j].text])):
            end = j + 1
        elif is_cap(tokens[j]) and j + 1 < len(tokens) and is_cap(tokens[j + 1]):
            pass
        j += 1
        if end > 0 and j < len(tokens) and is_cap(tokens[j - 1]) and not is_cap(tokens[j]) and not is_head(
                tokens[j].low):
            break  # "the Interior Ministry | said", but "the UN chief", "the Kremlin spokesman"
    if end < 0:
        # "the Interior Ministry", "the Daily Ledger": a capitalized name after "the".
        j = i
        while j < len(tokens) and is_cap(tokens[j]):
            j += 1
        if j > i and (is_org_name([t.text for t in tokens[i:j]]) or (j == i + 1 and is_acronym(tokens[i].text))):
            return j  # "the CBSA": a body by its initials
    return end
