"""How the words of one office hold together before a name: "Head | of the | Atomic Energy Organization", "ambassador
| to | Moscow", "Former Harrowgate striker | and | pundit Gary Finnerty", "County | elections | director Ray Oduya".
:mod:`phrase_finder` reads a phrase forward over them, :mod:`phrase_before` back."""

from __future__ import annotations

from .language import lexicon
from .phrases import is_cap
from .tokens import Token
from .words import is_title, office_links, phrase_stops


def role_link(tokens: list[Token], j: int) -> bool:
    """Tell whether ``tokens[j]`` joins two parts of one role before a name: the "and" of "Former Harrowgate
    striker and pundit Gary Finnerty", or a lowercase word between the role's owner and its title, the
    "elections" of "County elections director Ray Oduya" (not "Harrowgate beat Kieran Doyle's side")."""
    if j < 1 or j + 1 >= len(tokens) or not is_title(tokens[j + 1].low):
        return False
    token, prev = tokens[j], tokens[j - 1]
    if token.low in lexicon("joining_words"):
        return is_title(prev.low)
    return token.is_word and token.text.islower() and token.low not in phrase_stops() and (
        token.low not in lexicon("reporting_verbs")) and is_cap(prev) and prev.low not in lexicon("not_names")


def links_office(tokens: list[Token], j: int, before: int, after: int) -> bool:
    """Tell whether ``tokens[j]`` links an office to its institution inside one phrase: the "of" and
    "the" of "Head of the Atomic Energy Organization", the "to" of "ambassador to Moscow", the "for" of
    "Minister of State for Foreign Affairs", the "and" of
    "Security and Foreign Policy Committee", or the brackets of "Guards Corps (IRGC) Major"."""
    if before < 0 or after >= len(tokens) or tokens[j].low not in office_links():
        return False
    prev, token, nxt = tokens[before], tokens[j], tokens[after]
    if token.low in ("of", "for"):  # "Secretary of ...", "Minister of State for Foreign Affairs"
        return (is_title(prev.low) or is_cap(prev)) and (is_cap(nxt) or nxt.low == "the")
    if token.low == "to":  # "ambassador to Moscow", "envoy to the United Nations"
        return is_title(prev.low) and (is_cap(nxt) or nxt.low == "the")
    if token.low == "the":
        return prev.low in lexicon("office_prepositions") and is_cap(nxt)
    if token.low == "and":  # "the National Security and Foreign Policy Committee"
        return is_cap(prev) and is_cap(nxt)
    if token.text == "(":
        # An abbreviation ("Guards Corps (IRGC) Major"), or a qualifier of the office before a name: "Deputy
        # Commissioner of Police (South) Anand Varghese", "Joint Secretary (Finance) Arun Mehta".
        return is_cap(prev) and after + 1 < len(tokens) and tokens[after + 1].text == ")" and (
            nxt.text.isupper() or (is_cap(nxt) and after + 2 < len(tokens) and is_cap(tokens[after + 2])))
    if token.text == ")":
        return before >= 1 and tokens[before - 1].text == "(" and is_cap(prev) and is_cap(nxt)
    return False


def within_office(tokens: list[Token], first: int, k: int) -> bool:
    """Tell whether ``tokens[k]`` is a title ("Head") or ends the institution of one ("Head of the Atomic
    Energy Organization"), looking back no further than ``first``; "President Obama" is neither."""
    crossed = False
    for i in range(k, first - 1, -1):
        token = tokens[i]
        if is_title(token.low):
            return crossed or i == k
        if token.low in lexicon("office_prepositions") or token.text == "(":
            crossed = True  # "Joint Secretary (Finance)": a bracketed qualifier belongs to its office
        elif not (is_cap(token) or token.low in ("the", "and") or token.text in "()"):
            return False
    return False
