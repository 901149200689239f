"""Where an unnamed source's description ends: "a source | in the Iranian armed forces |", "a man in the back |
stood and shouted" (the description, never the verbs after it)."""

from __future__ import annotations

from .language import lexicon, mapping
from .role_runs import joined_verb_end, phrasal_cue
from .tokens import Token
from .words import phrase_stops

# How many words a description runs to: "a manager | at one of the largest seafood plants on the waterfront |".
MAX_DESCRIPTION_WORDS = 12
# How a verb in the past ends ("stopped", "waited"), and one in the present ("walks", "stands"; not "press").
PAST_ENDING = "ed"
PRESENT_ENDING = "s"
NOT_PRESENT_ENDING = "ss"
# The link before a group's count: "a group | of | 19 senators".
COUNT_OF = "of"


def description_end(tokens: list[Token], end: int) -> int:
    """Extend an anonymous source over its description: "a source | in the Iranian armed forces"; where it ends."""
    if end >= len(tokens) or tokens[end].low not in lexicon("anonymous_links") or tokens[end].low == "who":
        return end
    j = end
    # A verb or auxiliary ends it too: "lawyers for the state | had argued".
    stops = (lexicon("anonymous_stops") | (phrase_stops() - lexicon("anonymous_links"))) - {"on"}
    days = lexicon("weekdays") | lexicon("relative_days")
    while j < len(tokens) and j - end < MAX_DESCRIPTION_WORDS and (tokens[j].is_word or _number_in(tokens, j)) and (
            tokens[j].low not in stops):
        if tokens[j].low in lexicon("reporting_verbs") or phrasal_cue(tokens, j):
            break
        if tokens[j].low in days:  # "A federal judge | on Friday blocked the law": the day ends it
            return j - 1 if tokens[j - 1].low == "on" else j
        if _first_of_two_verbs(tokens, j):
            break  # "a man in the back | stood and shouted"
        if _verb_with_own_object(tokens, j):
            break  # "a man loading groceries into the back of his pickup | shook his head"
        if _own_verb(tokens, j):
            break  # "a cyclist in a yellow rain jacket | stopped at the barricades", "a man in a cap | walks the"
        j += 1
    return j


def _number_in(tokens: list[Token], j: int) -> bool:
    """Tell whether a number at ``tokens[j]`` goes on a description: a year or count after an article or a link ("in a
    | 1962 | building", "an officer with | 12 | years on the force"), never the count of a group ("a group of | 19 |
    senators ... sent")."""
    before = tokens[j - 1].low
    return tokens[j].text.isdigit() and before != COUNT_OF and (
        before in lexicon("articles") or before in lexicon("determiners") or before in lexicon("anonymous_links"))


def _own_verb(tokens: list[Token], j: int) -> bool:
    """Tell whether ``tokens[j]`` is the subject's own verb, after the noun a description ends on: in the past before
    a preposition or an article ("a cyclist in a yellow rain jacket | stopped at"; not a participle that describes: "a
    worker | based in", "a man | dressed in"), in the present before an article or a particle ("a man in a rain jacket
    | walks the route", "stands up")."""
    word = tokens[j].low
    if j + 1 >= len(tokens) or not tokens[j - 1].is_word:
        return False
    before, after = tokens[j - 1].low, tokens[j + 1].low
    links = lexicon("anonymous_links")
    if before in links or before in lexicon("function_words") or word in links or not tokens[j].text.islower():
        return False
    if word.endswith(PAST_ENDING):
        return (after in links or after in lexicon("articles")) and word not in lexicon("describing_participles")
    return word.endswith(PRESENT_ENDING) and not word.endswith(NOT_PRESENT_ENDING) and (
        after in lexicon("articles") or after in lexicon("verb_particles"))


def _verb_with_own_object(tokens: list[Token], j: int) -> bool:
    """Tell whether ``tokens[j]`` is the subject's verb with an object the subject owns: "shook | his head", "raised |
    her hand" (not a preposition, "of his pickup", nor a participle of the description, "carrying her child")."""
    return j + 1 < len(tokens) and mapping("possessive_pronouns").get(tokens[j + 1].low) is not None and (
        tokens[j].low not in lexicon("function_words")) and not tokens[j].low.endswith("ing")


def _first_of_two_verbs(tokens: list[Token], j: int) -> bool:
    """Tell whether ``tokens[j]`` is a verb joined to a reporting cue after it: "stood | and shouted", "stood up
    | and yelled" (the subject's first verb, never part of its description)."""
    k = joined_verb_end(tokens, j)
    return 0 <= k < len(tokens) and (tokens[k].low in lexicon("reporting_verbs") or phrasal_cue(tokens, k))
