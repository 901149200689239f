"""A company by fewer words than its name: "Northway" after "Northway Grocers Inc.", "Alder Peak" after "Alder Peak
Resources" (business copy's second reference)."""

from __future__ import annotations

from .language import lexicon
from .words import (
    COMMON_FIRST_WORDS,
    POSSESSIVE,
    is_title,
    name_key,
    nationality_nouns,
    organization_noun_words,
    strip_article,
)


def company_short_name(name: str) -> str | None:
    """The word a company is called by alone after its full name: "Northway" for "Northway Grocers Inc.",
    "Halvorsen" for "Halvorsen Foods" (business copy's second reference); ``None`` for other organizations
    (their short forms are acronyms) and for a first word that says something else ("Canadian", "Federal")."""
    words = strip_article(name).split()
    if len(words) < 2 or words[-1].lower().rstrip(".") not in lexicon("company_heads"):
        return None
    first = words[0]
    low = first.lower()
    if not first[:1].isupper() or first.endswith(POSSESSIVE) or is_title(low) or low in nationality_nouns() or any(
            low in lexicon(words_of) for words_of in COMMON_FIRST_WORDS) or low in organization_noun_words():
        return None
    return first


def company_stem(name: str) -> list[str]:
    """The name-key words a company is called by without its company words: ["alder", "peak"] for "Alder Peak
    Resources", ["northway"] for "Northway Grocers Inc."; empty for a name that ends in no company word."""
    words = strip_article(name).split()
    end = len(words)
    while end > 1 and words[end - 1].lower().rstrip(".") in lexicon("company_heads"):
        end -= 1
    return [name_key(word) for word in words[:end]] if end < len(words) else []
