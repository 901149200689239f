"""Roles: the content words of a title, and whether a role ("the Iranian foreign minister") fits the
titles somebody was given ("Iranian Foreign Minister")."""

from __future__ import annotations

import regex

from .budget import NOT_CONCURRENT
from .language import compiled, current, entries, lexicon, mapping
from .words import POSSESSIVE, country_words, is_descriptive, strip_article

RE_TITLE_WORD = regex.compile(r"[\p{L}\p{N}’'\-]+\.?")  # "Sen.", "60-year-old", "union’s"


def _title_stops() -> frozenset[str]:
    return compiled("title_stops", lambda: lexicon("function_words") | lexicon("tenure_words"))


def _role_equivalents() -> dict[str, list[tuple[frozenset[str], frozenset[str]]]]:
    """The pack's equivalent wordings of a role, by each word of their left side: a role's own few words look up
    only those they may hold. A key may stand for several wordings ("official=spokesman", "official=spokeswoman"):
    read as pairs."""
    def build() -> dict[str, list[tuple[frozenset[str], frozenset[str]]]]:
        index: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
        for entry in entries(current(), "role_equivalents"):
            left, right = entry.split("=", 1)
            pair = (frozenset(left.split()), frozenset(right.split()))
            for word in pair[0]:
                index.setdefault(word, []).append(pair)
        return index
    return compiled("role_equivalents", build)


def title_words(title: str) -> list[str]:
    """The content words of a title, abbreviations spelled out: "Sen." gives "senator", "FM" "foreign
    minister"; nationalities become countries ("the Russian envoy" and "Russia's representative")."""
    abbreviations, countries, stops = mapping("title_abbreviations"), mapping("demonyms"), _title_stops()
    words = []
    for word in RE_TITLE_WORD.findall(title, None, None, False, NOT_CONCURRENT):
        low = word.lower()
        spelled = abbreviations.get(low, low.rstrip("."))
        spelled = spelled[:-2] if spelled.endswith(POSSESSIVE) else spelled
        for part in spelled.split():
            part = countries.get(part, part)
            if part not in stops:
                words.append(part)
    return words


def is_country(name: str) -> bool:
    """A country speaking as a state: "Iran", "Russia", "the US", "Saudi Arabia"."""
    low = strip_article(name).lower().rstrip(".")
    return low in country_words() or low in lexicon("country_names")


def role_words(title: str, head: str) -> tuple[set[str], set[str]]:
    """The words a role asks of a title, and its head spelled out ("FM": "foreign minister"); an age or
    a description never counts ("the 60-year-old coach")."""
    wanted = {word for word in title_words(title) if not is_descriptive(word)}
    return wanted, set(title_words(head)) or {head}


def fits_role(wanted: set[str], heads: set[str], titles: set[str], *, reworded: bool = False) -> bool:
    """Tell whether a role (``role_words`` of "the Iranian president") fits somebody's title words.

    A nationality counts only against titles that name a country ("the Afghan foreign minister" is not
    the "Iranian Foreign Minister"). A rank or a party the titles do not give ("senior", "Republican") counts
    only against a title that gives one. ``reworded``: through an equivalent wording instead ("the top Iranian
    diplomat" is the foreign minister, "the Iranian official" the spokesman, "the Turkish president" his
    Turkish counterpart).
    """
    countries = country_words()
    if not titles & countries:
        wanted = wanted - countries
    if not titles & lexicon("party_words"):
        wanted = wanted - lexicon("party_words")  # "the Republican governor" for "Louisiana Gov. Clay Prejean"
    if not reworded:
        # "the senior adviser" for "an adviser to the Leader"
        return heads <= titles and wanted - (lexicon("ranks") - titles) <= titles
    nationality = wanted & countries
    if ("counterpart" in titles or titles <= countries) and nationality and nationality <= titles:
        # "his Turkish counterpart Recep Tayyip Erdogan" holds the office: "the Turkish president"; so may
        # "Russia’s Sergei Lavrov", titled by his country alone: "the Russian foreign minister".
        return True
    equivalents = _role_equivalents()
    return any(left <= wanted and (wanted - left) | right <= titles
               for word in wanted for left, right in equivalents.get(word, ()))


def another_body(wanted: set[str], head: str, names: list[str]) -> bool:
    """Tell whether a body a role names ("the foreign ministry") is not the one named ``names`` though of
    its kind ("Varenia’s defence ministry"): the same head noun with other words before it ("the central bank"
    is the "Bank of Canada": a word any body of the kind may take tells none apart)."""
    words = names_title_words(names)
    return head in words and not (wanted - country_words() - lexicon("generic_body_words")) <= words

def of_nation(nation: set[str], head: str, names: list[str]) -> bool:
    """Tell whether a body named ``names`` is the one a nationality and a head describe: "the Iranian foreign ministry"
    is "Iran’s Foreign Ministry", "the Chinese embassy" no "Chinese Canadian Civic Association"."""
    words = names_title_words(names)
    return bool(nation & words) and head in words


def names_title_words(names: list[str]) -> set[str]:
    """The content words of a body's names, read as a title's (:func:`title_words`)."""
    return {word for name in names for word in title_words(name)}
