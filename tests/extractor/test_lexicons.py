"""The word lists are data: UTF-8, sorted, unique, lowercase, one entry a line, # comments."""

from __future__ import annotations

import pytest

from service.extractor.lexicons import DATA_DIR, lexicon, lexicon_names

NAMES = lexicon_names()


def test_there_are_lexicons():
    assert {"reporting_verbs", "titles", "anonymous_heads", "organization_heads"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_lexicon_format(name):
    lines = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].startswith("#"), "starts with a comment saying what the list is for"
    entries = [line for line in lines if line and not line.startswith("#")]
    assert entries == sorted(entries), "sorted"
    assert len(entries) == len(set(entries)), "unique"
    assert all(e == e.strip() and e == e.lower() for e in entries), "trimmed and lowercase"
    assert all(line for line in lines), "no blank lines"
    assert lexicon(name) == frozenset(entries)


def test_reporting_verbs_have_every_inflection_and_phrases():
    verbs = lexicon("reporting_verbs")
    assert {"say", "says", "said", "saying", "add", "adds", "added", "adding"} <= verbs
    assert {"pointed out", "went on to say", "put it"} <= verbs
