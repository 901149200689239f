"""How a run of capitalized words in the writer's own words reads as a name on its own: a plain name or
an organization without the parser, a name with a quoted nickname inside it, and a given name that names a
person alone."""

from __future__ import annotations

import regex

from .body_mentions import RE_WORD_AFTER
from .budget import NOT_CONCURRENT
from .language import lexicon
from .phrases import NounPhrase
from .words import (
    PLACED,
    POSSESSIVE,
    first_names,
    gender_from_first_name,
    is_given_month,
    is_org_name,
    is_person_nationality,
    is_place_form,
    is_title,
    organization_heads,
)

# How far back the word that sets a name as a site is read: "outside the |".
MAX_SITE_LOOKBACK = 30
# How far back the word that places a place's name is read: "over the central |".
MAX_PLACE_LOOKBACK = 40
# What follows a person's name, never a site's: "outside Tamsin Greaves|, who ...", "on Aroha Ngata| as she ...".
RE_PERSON_AFTER = regex.compile(r",\h*+(?:who|whose)\b|(?<!\h)\h++as\h++(?:he|she)\b")
# A given name and a quoted nickname of one or two capitalized words right before a surname, read backwards
# from the surname: 'Kofi “Tank” |Addo-Brennan', 'Danny ‘Dumpling’ |Okoro'.
RE_NICKNAME_BEFORE = regex.compile(
    r"""(?r)(?<![\p{L}\p{N}.])(\p{Lu}\p{Ll}++)\h[“"‘']            # the given name and the opening mark
    \p{Lu}[\p{L}'’.\-]*(?:\h\p{Lu}[\p{L}'’.\-]*)?[”"’']\h\Z        # "Tank”", "Big Mac’"
    """, regex.VERBOSE)
# An age apposed to a name: "Miguel|, 38,".
# How far back the word before a month that is also a given name is read: "| In | June Pemberton".
MAX_MONTH_MODIFIER_CHARS = 16
RE_AGE_AFTER = regex.compile(r",\h\p{N}{1,3},")
# Up to three lowercase words before a name, on its line: "from |Dresden Township", "over the central |Liberty Square".
# The lowercase word right after a name: "Pendle County |officials| declined".
RE_WORD_AFTER_NAME = regex.compile(r"(?<!\h)\h++(\p{Ll}++)")
# The word after a direction that places a site: "north |of| Fort McMurray".
DIRECTION_OF = "of"
RE_WORDS_BEFORE = regex.compile(r"(?r)(?:\p{Ll}++\h++){1,3}+\Z")


def nicknamed(text: str, start: int, end: int) -> NounPhrase | None:
    """The name a surname at ``start:end`` ends when a known given name and a quoted nickname stand before
    it: 'Kofi “Tank” Addo-Brennan' is Kofi Addo-Brennan (the nickname is not part of the name)."""
    match = RE_NICKNAME_BEFORE.search(text, max(0, start - 40), start, NOT_CONCURRENT)
    if match is None or match.group(1).lower() not in first_names():
        return None
    given = match.group(1)
    return NounPhrase(match.start(1), end, "name", name=f"{given} {text[start:end]}",
                      gender=gender_from_first_name(given.lower()))


def is_place_name(text: str, start: int, words: list[str]) -> bool:
    """Tell whether the name ``words`` at ``start`` names a place: "He now commutes from Dresden Township.
    “...,” he said" must not make the township the "he". It ends in a place's head noun, follows a word that
    places it ("from", "of", "over the central") or "the" (or its people follow it: "Pendle County officials"), and no
    known given name opens it ("Tom Park"): a surname
    such as Hill or Lane after a given name the pack does not know ("Tavon Hill coached") is a person's."""
    if len(words) < 2 or words[-1].lower() not in lexicon("place_heads") or words[0].lower() in first_names():
        return False
    words_before = _words_before(text, start, MAX_PLACE_LOOKBACK)
    # or an article right before it, as nobody's name has: "manages the | Kearney Street | store"; or its people
    # after it: "Pendle County | officials declined"
    end = text.find(words[-1], start) + len(words[-1])
    people = RE_WORD_AFTER_NAME.match(text, end)
    return not lexicon("place_prepositions").isdisjoint(words_before) or (
        bool(words_before) and words_before[-1] in lexicon("definite_articles") and (words[-1].lower() in lexicon(
            "street_heads") or people is None or people.group(1) in lexicon("function_words"))) or (
        people is not None and people.group(1) in lexicon("local_people"))


def is_site_name(text: str, start: int, end: int, words: list[str]) -> bool:
    """Tell whether the name ``words`` at ``start:end`` names a site: a word that places it stands right before it
    ("a company in North Charleston. “...,” he said" must not make the town the "he") and no known given name opens
    it. An article or an adjective may stand between ("in the |", "in nearby |"), never another word of grammar
    ("along with |Tom Hale"); a direction and "of" place it too ("north of |Grande Cache"); a possessive, a person's
    relative or "as she" after it tells a person ("on |Henk Dekker’s farm", "outside Tamsin Greaves, who ...")."""
    if len(words) < 2 or words[0].lower() in first_names() or text.startswith(POSSESSIVE, end) or (
            RE_PERSON_AFTER.match(text, end, None, NOT_CONCURRENT)):
        return False
    words_before = _words_before(text, start, MAX_SITE_LOOKBACK)
    for k in range(len(words_before) - 1, -1, -1):
        word = words_before[k]
        if word in lexicon("site_prepositions") or (word == DIRECTION_OF and k and words_before[k - 1] in lexicon(
                "compass_words")):
            return True  # "in |", "in nearby |", "north of |"
        if word in lexicon("function_words") and word not in lexicon("articles"):
            return False
    return False


def _words_before(text: str, start: int, lookback: int) -> list[str]:
    """The words right before a name at ``start`` that may place it, read at most ``lookback`` characters back."""
    before = RE_WORDS_BEFORE.search(text, max(0, start - lookback), start, NOT_CONCURRENT)
    return before.group().split() if before is not None else []


def _region(lows: list[str]) -> bool:
    """Tell whether lowercase words name a province or state, perhaps placed within it: "New Brunswick",
    "Northern New Brunswick"."""
    regions, modifiers = lexicon("region_names"), lexicon("region_modifiers")
    return any(" ".join(lows[k:]) in regions and all(w in modifiers for w in lows[:k]) for k in range(len(lows)))


def plain_name(text: str, start: int, end: int) -> NounPhrase | None:
    """Read a run of capitalized words without the tokenizer when no title word is in it.

    Returns:
        The name, organization or place (which the scan drops), or ``None`` when the run needs the full
        phrase parser.
    """
    words = text[start:end].split()
    lows = [w.lower() for w in words]
    if any(is_title(low) or low.endswith(".") or low.endswith(PLACED) for low in lows) or lows[0].endswith(POSSESSIVE):
        # titles, abbreviations, possessors ("Russia’s Sergei Lavrov"), "(The) Calgary-based": the parser's
        return None
    heads = organization_heads()
    if any(low in heads for low in lows[:-2]):
        return None  # an institution before a name: "Iranian Foreign Ministry Nasser Kanaani"
    not_names = lexicon("not_names")
    skip = 0
    while skip < len(words) and lows[skip] in not_names and not (skip == 0 and _given_name_not_month(
            text, start, lows)):
        skip += 1
    kept = words[skip:]
    if not kept:
        return None
    first = start + len(text[start:end]) - len(text[start:end].split(None, skip)[-1]) if skip else start
    name = text[first:end]
    if skip and len(kept) == 1 and is_person_nationality(lows[skip]) and lows[skip - 1] in lexicon("determiners"):
        # "The Norwegian, ranked 40th, ...": a person described by nationality, never an organization.
        return NounPhrase(start, end, "nominal", title=text[start:end], head=lows[skip])
    if is_org_name(kept) or (skip and lows[skip - 1] in lexicon("articles")):
        return NounPhrase(first, end, "organization", name=name)
    if len(kept) < 2 or any(len(w) > 3 and w.isupper() for w in kept):
        return None
    if is_place_name(text, first, kept) or _region(lows[skip:]) or is_place_form(lows[skip:]):
        return NounPhrase(first, end, "place", name=name)  # as the parser reads them: "Fort McMurray", "Sault Ste."
    return NounPhrase(first, end, "name", name=name)


def given_names_alone(text: str, singles: list[tuple[int, int]], named: set[str]) -> set[str]:
    """Given names the copy uses alone for a person, as a speaker or with an age ("Miguel said", "Miguel, 38, has
    come ...", "Ayesha said" after "Ayesha Qureshi"): each lone "Miguel" of the ``singles`` (one-word runs) then
    mentions them. A given name is a known one or the first of a name in ``named``."""
    verbs, given = lexicon("reporting_verbs"), set()
    for start, end in singles:
        word = text[start:end]
        if (word.lower() not in first_names() and word not in named) or word in given:
            continue
        verb = RE_WORD_AFTER.match(text, end)  # "Miguel| said"
        if (verb is not None and verb.group(1) in verbs) or RE_AGE_AFTER.match(text, end):
            given.add(word)
    return given


def _given_name_not_month(text: str, start: int, lows: list[str]) -> bool:
    """Tell whether a run opening with a month that is also a given name names a person: "His wife, June Pemberton,"
    (not "In June Pemberton filed", nor "June 5")."""
    if len(lows) != 2 or not is_given_month(lows[0]) or not lows[1].isalpha():
        return False
    before = text[max(0, start - MAX_MONTH_MODIFIER_CHARS):start].split()
    return not before or before[-1].lower() not in lexicon("month_modifiers")


def is_titled_place(text: str, phrase: NounPhrase) -> bool:
    """Tell whether a name a royal title opens names a place: after a word that places it ("in | Prince George",
    "from | Prince Albert"), or ending in a place's head or a possessive before one ("Prince Edward County", "Prince
    George's County"), not a person ("Prince Harry said")."""
    words = (phrase.name or "").split()
    if not words or not phrase.title or phrase.title.lower() not in lexicon("place_titles"):
        return False
    last = words[-1].lower()
    return last in lexicon("place_heads") or last.endswith(POSSESSIVE) or not lexicon("place_prepositions").isdisjoint(
        _words_before(text, phrase.start, MAX_PLACE_LOOKBACK)[-1:])

