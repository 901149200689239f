"""Roles the lexicons do not know, read only where an explicit cue makes them the speaker: '“Think first,”
the clown said', 'said a longtime parishioner' (the cue wins over any guess from context)."""

from __future__ import annotations

from .language import lexicon
from .phrases import NounPhrase
from .tokens import Token
from .words import phrase_stops


def unknown_role(text: str, tokens: list[Token], i: int, max_words: int = 2, *,
                 indefinite: bool = True) -> tuple[NounPhrase, int] | None:
    """A role the lexicons do not know, right before a cue: '“Think first,” the clown said' (the explicit
    cue wins over any guess from context), of at most ``max_words`` words; with ``indefinite``, an
    anonymous source too ('a longtime parishioner said'). Returns the phrase and the index of the token
    after it."""
    if i >= len(tokens):
        return None
    anonymous = indefinite and tokens[i].low in lexicon("indefinites")
    if tokens[i].low not in lexicon("determiners") and not anonymous:
        return None
    j = i + 1
    while j < len(tokens) and j - i <= max_words and tokens[j].is_word and tokens[j].text.islower() and (
            tokens[j].low not in phrase_stops() and tokens[j].low not in lexicon("function_words")):
        j += 1  # not "one | of them said": that is the group's pronoun
    if j == i + 1:
        return None
    head = tokens[j - 1]
    kind = "anonymous" if anonymous else "nominal"
    return NounPhrase(tokens[i].start, head.end, kind, title=text[tokens[i].start:head.end], head=head.low), j


def unknown_role_after_cue(text: str, tokens: list[Token], i: int) -> NounPhrase | None:
    """An unknown role that is the whole subject after a cue: '“...,” said the shopkeeper.', '..., said a
    longtime parishioner, who ...' (what follows it ends the clause or opens a relative clause)."""
    parsed = unknown_role(text, tokens, i)
    if parsed is None:
        return None
    phrase, j = parsed
    ends = j == len(tokens) or not tokens[j].is_word or tokens[j].low in lexicon("relatives")
    return phrase if ends else None


def unknown_role_before(text: str, tokens: list[Token], j: int, max_words: int = 2) -> NounPhrase | None:
    """An unknown role that opens its clause and ends right before the cue at ``tokens[j]``: 'The
    shopkeeper said the break-in was “...”', 'A longtime parishioner said: “...”' (not 'told the tenant')."""
    for i in range(j - 2, max(-1, j - 2 - max_words), -1):
        if tokens[i].low in lexicon("determiners") or tokens[i].low in lexicon("indefinites"):
            opens = i == 0 or not tokens[i - 1].is_word or tokens[i - 1].low in lexicon("clause_openers")
            parsed = unknown_role(text, tokens, i, max_words)
            return parsed[0] if opens and parsed is not None and parsed[1] == j else None
    return None
