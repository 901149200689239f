"""Every compiled pattern of the extractor, on inputs made to make regexes backtrack."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
import regex

import service.extractor
from service.extractor import appositions, cast_words, issuers, scan_words, words

PATTERNS = {
    f"{module.name}.{name}": value
    for module in pkgutil.iter_modules(service.extractor.__path__)
    for name, value in vars(importlib.import_module(f"service.extractor.{module.name}")).items()
    if name.startswith("RE_") and isinstance(value, regex.Pattern)
}
# Patterns built from the language pack's words, compiled once per language.
PATTERNS.update({f"mentions.{name}": pattern for name, pattern in scan_words.scan_patterns().items()})
PATTERNS.update({f"appositions.{name}": pattern for name, pattern in appositions._patterns().items()})
PATTERNS.update({"cast.made_remarks": cast_words.made_remarks(), "cast.issued_by": cast_words.issued_by(),
                 "words.joined_particles": words._joined_particles(),
                 "words.naming_frame_after": words.naming_frame_after(),
                 "issuers.relative_maker": issuers._relative_clause()})
SIZE = 100_000
HOSTILE = {
    "letters": "a" * SIZE,
    "capitals": "A" * SIZE,
    "capital-words": "Aa " * (SIZE // 3),
    "initials": "A. " * (SIZE // 3),
    "spaces": " " * SIZE,
    "nbsp-runs": "\u00a0 " * (SIZE // 2),
    "newlines": "\n" * SIZE,
    "periods": "." * SIZE,
    "sentence-ends": ". A" * (SIZE // 3),
    "hyphens": "a-" * (SIZE // 2),
    "apostrophes": "a’" * (SIZE // 2),
    "marks": "“‘\"'«»" * (SIZE // 6),
    "said": "said " * (SIZE // 5),
    "titles": "Senator " * (SIZE // 8),
    "determiners": "a the " * (SIZE // 6),
    "parentheses": "(" * SIZE,
}


def test_the_review_covers_the_patterns():
    assert len(PATTERNS) >= 10
    assert {"quotes.RE_MARK", "segments.RE_PARAGRAPH_BREAK", "mentions.name_run",
            "mentions.anonymous_opener", "scan_words.RE_SUBJECT_FILLER"} <= set(PATTERNS)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_stays_linear_on_hostile_input(name):
    pattern = PATTERNS[name]
    for label, text in HOSTILE.items():
        try:
            for _ in pattern.finditer(text, timeout=2.0):
                pass
        except TimeoutError:
            pytest.fail(f"{name} backtracks on {label}")
