"""Language packs are data: every pack has every lexicon, each in the one format, and unknown languages
are refused."""

from __future__ import annotations

import pytest

from service.extractor import ExtractOptions, OptionsError, extract
from service.extractor.language import DATA_DIR, DEFAULT_LANGUAGE, entries, languages, lexicon, lexicon_names, mapping

PACKS = languages()
REFERENCE = set(lexicon_names(DEFAULT_LANGUAGE))
FILES = [(language, name) for language in PACKS for name in lexicon_names(language)]
# Lexicons read as key=value mappings; their values keep the case the answer shows ("Republican").
MAPPINGS = {"age_comparatives", "demonyms", "document_names", "document_verbs", "elided_heads", "interview_labels",
            "irregular_plurals", "object_pronouns", "parties", "role_equivalents", "subject_pronouns",
            "title_abbreviations", "us_states"}


def test_english_is_a_pack():
    assert DEFAULT_LANGUAGE in PACKS
    assert {"reporting_verbs", "titles", "anonymous_heads", "organization_heads", "name_particles"} <= REFERENCE


@pytest.mark.parametrize("language", PACKS)
def test_every_pack_has_every_lexicon(language):
    assert set(lexicon_names(language)) == REFERENCE


@pytest.mark.parametrize(("language", "name"), FILES, ids=[f"{lang}/{name}" for lang, name in FILES])
def test_lexicon_format(language, name):
    lines = (DATA_DIR / language / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].startswith("#"), "starts with a comment saying what the list is for"
    found = [line for line in lines if line and not line.startswith("#")]
    assert found == sorted(found), "sorted"
    assert len(found) == len(set(found)), "unique"
    assert all(line for line in lines), "no blank lines"
    keys = [e.split("=", 1)[0] for e in found] if name in MAPPINGS else found
    assert all(e == e.strip() and e == e.lower() for e in keys), "trimmed and lowercase"
    if name in MAPPINGS:
        assert all("=" in e for e in found), "key=value"
    assert entries(language, name) == tuple(found)


def test_mapping_and_lexicon_read_the_same_parser():
    assert mapping("subject_pronouns")["she"] == "f"
    assert "she=f" in lexicon("subject_pronouns")


def test_reporting_verbs_have_every_inflection_and_phrases():
    verbs = lexicon("reporting_verbs")
    assert {"say", "says", "said", "saying", "add", "adds", "added", "adding"} <= verbs
    assert {"pointed out", "went on to say", "put it"} <= verbs


def test_an_unknown_language_is_refused():
    with pytest.raises(OptionsError, match="language"):
        ExtractOptions(language="xx")


def test_the_language_option_reads_the_pack():
    assert extract("“We will win,” Maria Lopez said.", ExtractOptions(language="en")).quotes[0].speaker.name == \
        "Maria Lopez"
