"""A body's initials: whether a word is an acronym ("ICE", "CBSA") and the acronyms a body's name makes
("International Monetary Fund" is "IMF", "Société des traversiers du Québec" "STQ")."""

from __future__ import annotations

import regex

from .language import compiled, lexicon, mapping
from .words import RE_DOTTED, is_title

# How many bodies' names keep their initials made (names from hostile input must not grow it without bound).
MAX_INITIALS_CACHED = 4096
# How long a body's acronym runs: "UN", "ICE", "UNHCR".
MIN_ACRONYM, MAX_ACRONYM = 2, 6


def is_acronym(word: str) -> bool:
    """A body named by its initials: "ICE", "CBSA" (not "U.S.": a country; not "TEHRAN": too long)."""
    return MIN_ACRONYM <= len(word) <= MAX_ACRONYM and word.isupper() and word.isalpha() and not is_title(word.lower())


def initials(name: str) -> tuple[str, ...]:
    """The acronyms a body's name makes: "International Monetary Fund" is "IMF"; "Department of Health and Human
    Services" is "DHHS" and, past its "of", "HHS" (each name's, once: bodies' names repeat)."""
    made: dict[str, tuple[str, ...]] = compiled("initials_made", dict)
    found = made.get(name)
    if found is None:
        found = _initials(name)
        if len(made) < MAX_INITIALS_CACHED:
            made[name] = found
    return found


# An elided article or particle opening a word of a French name: "de |l’|Outaouais", "|d’|Alma".
RE_ELIDED_OPENING = regex.compile(r"^[ldLD][’']")


def _initials(name: str) -> tuple[str, ...]:
    small = lexicon("office_prepositions") | lexicon("articles") | lexicon("joining_words")
    words = name.replace("-", " ").split()

    def letters(word: str) -> str:  # "U.S. Department of Agriculture" is "USDA": a dotted abbreviation gives all
        return word.replace(".", "") if RE_DOTTED.fullmatch(word) else word[0]

    whole = "".join(letters(w) for w in words if w.lower() not in small and w[:1].isupper())
    of = next((k for k, w in enumerate(words) if w.lower() in lexicon("office_prepositions")), -1)
    after = "".join(letters(w) for w in words[of + 1:] if w.lower() not in small and w[:1].isupper()) if of > 0 else ""
    made = (whole, after) if after else (whole,)
    if words and words[0].lower() in mapping("french_body_heads"):
        french = name_letters(name)  # a French name's lowercase words count too: "Société des traversiers du Québec"
        made = (*made, french) if french not in made else made
    return made


def name_letters(name: str) -> str:
    """The initials every word of a body's name makes, whatever its case, past small words and an elided article:
    "Société des traversiers du Québec" is "STQ", "Société de transport de l'Outaouais" "STO"."""
    small = compiled("name_small_words", lambda: lexicon("office_prepositions") | lexicon("articles") | lexicon(
        "joining_words") | lexicon("name_particles") | lexicon("french_small_words"))
    bare = (RE_ELIDED_OPENING.sub("", word) for word in name.split() if word.lower() not in small)
    return "".join(word[0] for word in bare if word).upper()
