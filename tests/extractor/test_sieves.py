"""Each sieve alone, on a tiny context; and the registry as the single source of every rule's facts."""

from __future__ import annotations

import re

import pytest
import yaml

from service.extractor import pipeline, speech
from service.extractor.language import active
from service.extractor.quotes import find_quotes
from service.extractor.segments import Sentences, paragraphs
from service.extractor.sieves import CUE_SIEVES, ORDER, REGISTRY, run_sieves
from service.extractor.state import Context
from service.extractor.tokens import Tokens
from tests.conftest import ROOT


def context(text: str) -> Context:
    """The working state of ``text`` after the speech stage, before any sieve."""
    paras = paragraphs(text)
    sentences = Sentences(text, paras)
    spans = find_quotes(text, paras)
    with active("en"):
        made = Context(text, paras, sentences, Tokens(text),
                       [pipeline._quote_state(paras, [p.start for p in paras], sentences, spans, i)
                        for i in range(len(spans))])
        speech.classify(made)
    return made


def find(name: str, text: str, index: int = 0):
    """What the sieve ``name`` alone finds for quote ``index`` of ``text`` (after the sieves before it)."""
    made = context(text)
    with active("en"):
        position = [sieve.name for sieve in ORDER].index(name)
        run_sieves(made, ORDER[:position])
        if made.quotes[index].attributed:
            return "taken earlier"
        return REGISTRY[name].find(made, index)


def spoken(hit, text: str) -> tuple[str | None, str | None]:
    phrase = text[hit.phrase.start:hit.phrase.end] if hit.phrase is not None else None
    cue = text[hit.cue[0]:hit.cue[1]] if hit.cue is not None else None
    return phrase, cue


# (sieve, text, index of the quote, expected phrase, expected cue, expected reading)
HITS = [
    ("headline", "Mayor Tull: Budget Is ‘Dead on Arrival’", 0, "Mayor Tull", None, None),
    ("headline", "‘I’m Not Going Anywhere,’ Coach Insists After Fifth Straight Loss", 0, "Coach", "Insists", "cue"),
    ("headline", "‘We Were Lied To,’ Says Flood Victim as Inquiry Opens", 0, "Flood Victim", "Says", "cue"),
    ("trailing_cue", "“We will win,” Maria Lopez said.", 0, "Maria Lopez", "said", None),
    ("trailing_cue", "“We will win,” said Finance Minister Arjun Mehta.", 0, "Finance Minister Arjun Mehta", "said",
     None),
    ("trailing_cue", "“No,” he said.", 0, "he", "said", None),
    ("trailing_cue", "“The bill is dead.” Ortiz said.", 0, "Ortiz", "said", "next_sentence"),
    ("trailing_cue", "“Go,” the agency quoted Ali Rahimi as saying.", 0, "Ali Rahimi", "quoted", "quoted_as_saying"),
    ("dash", "“Democracy dies in silence.” — Ines Varga, editor of the Daily Ledger", 0, "Ines Varga", None, None),
    ("according_to", "“It is bad,” according to Lars Holm, a UN envoy.", 0, "Lars Holm", "according to", None),
    ("according_to", "According to the union, the offer was “an insult to every worker here.”", 0, "the union",
     "According to", "leading"),
    ("leading_cue", "Chancellor Petra Weiss said: “Our doors remain open.”", 0, "Chancellor Petra Weiss", "said", None),
    ("source_frame", "Ana Lee spoke. To her, “the fight is personal.”", 0, "her", "To", None),
    ("source_frame", "Per the bylaws, members must “act in good faith.”", 0, "the bylaws", "Per", None),
    ("colon_lead", "Biden: “We will not back down.”", 0, "Biden", None, None),
    ("colon_lead", "Her colleague, Tom Becker, was blunter: “It is a disaster.”", 0, "Tom Becker", None, "clause"),
    ("reporting_clause", "The Health Ministry said the outbreak was “under control.”", 0, "The Health Ministry",
     "said", None),
    ("reporting_clause", "Chairman Jim Jordan, who called it “a political stunt,” left.", 0, "Chairman Jim Jordan",
     "called", None),
    ("previous_sentence", "Ana Silva spoke after the vote.\n\n“The city has chosen.”", 0, "Ana Silva", None, None),
]
MISSES = [
    ("headline", "Review: ‘The Glass Orchard’ Is a Quiet Triumph"),
    ("headline", "The mayor said the budget was ‘dead on arrival’ and left."),
    ("trailing_cue", "Critics of so-called “dynamic pricing” say it hurts travelers."),
    ("trailing_cue", "“We are not leaving,” told Al Jazeera."),
    ("dash", "“Democracy dies in silence.” — and then nothing more"),
    ("according_to", "“It is bad,” he said according to nobody."),
    ("leading_cue", "Petra Weiss said on Monday, “Our doors remain open.”"),
    ("colon_lead", "Q: “Will you run?”"),
    ("source_frame", "To be clear, the plan was “a mess” all along."),
    ("reporting_clause", "The film “Red Road” opens on Friday."),
    ("previous_sentence", "Others disagreed.\n\n“The city has chosen.”"),
    ("lifted", "‘Harbor Lights’: Netflix renews hit drama\n\n“Harbor Lights” returns in May."),
    ("lifted", "Flood victims demand answers\n\nThe river rose. “We lost everything,” Ann Lee said. “Everything.”"),
]


@pytest.mark.parametrize(("name", "text", "index", "phrase", "cue", "reading"), HITS,
                         ids=[f"{h[0]}:{h[1][:30]}" for h in HITS])
def test_sieve_finds(name, text, index, phrase, cue, reading):
    hit = find(name, text, index)
    assert hit is not None and hit != "taken earlier"
    assert spoken(hit, text) == (phrase, cue)
    assert hit.reading == reading
    if reading is not None:
        assert reading in REGISTRY[name].readings


@pytest.mark.parametrize(("name", "text"), MISSES, ids=[f"{m[0]}:{m[1][:30]}" for m in MISSES])
def test_sieve_finds_nothing(name, text):
    assert find(name, text) in (None, "taken earlier")


def test_same_utterance_shares_the_speaker_of_a_piece():
    text = "“We came here to build.\n\n“We will never bow,” Ana Silva said."
    made = context(text)
    with active("en"):
        run_sieves(made, (REGISTRY["trailing_cue"],))
        hit = REGISTRY["same_utterance"].find(made, 0)
    assert made.quotes[1].rule == "trailing_cue"
    assert hit is not None and hit.source == 1 and hit.phrase is None


def test_lifted_shares_the_speaker_of_the_longer_quote_below():
    text = "‘She waited nine hours’: Family demands answers\n\n“She waited nine hours. In a chair,” Rachel Olsen said."
    hit = find("lifted", text, 0)
    assert hit is not None and hit != "taken earlier" and hit.source == 1 and hit.phrase is None


def test_follow_on_keeps_the_last_speaker():
    text = "“We came to build,” Ana Silva said. “We will stay.”"
    made = context(text)
    with active("en"):
        run_sieves(made, (REGISTRY["trailing_cue"],))
        hit = REGISTRY["follow_on"].find(made, 1)
    assert hit is not None and hit.source == 0


def test_the_runner_stamps_name_and_declared_confidence():
    text = "“We will win,” Maria Lopez said. “No,” he said. “Soon.” Ortiz said."
    made = context(text)
    with active("en"):
        run_sieves(made)
    assert [(q.rule, q.confidence) for q in made.quotes] == [
        ("trailing_cue", 0.95), ("trailing_cue", 0.95), ("trailing_cue", 0.8)]


def test_inheriting_confidence_is_a_share_of_the_source():
    text = ("Iranian President Masoud Pezeshkian spoke.\n\n"
            "\"We have come to build bridges.\n\n\"But we will never bow.\"")
    made = context(text)
    with active("en"):
        run_sieves(made)
    assert made.quotes[0].rule == "previous_sentence"
    assert made.quotes[1].rule == "same_utterance"
    assert made.quotes[1].confidence == pytest.approx(0.95 * made.quotes[0].confidence)


def test_every_sieve_is_declared_once_with_its_facts():
    assert len({id(sieve) for sieve in ORDER}) == len(REGISTRY) == len({sieve.name for sieve in ORDER})
    for sieve in REGISTRY.values():
        assert 0 < sieve.confidence <= 1 and all(0 < c < sieve.confidence or sieve.inherits
                                                 for c in sieve.readings.values())
        assert sieve.languages
    assert {s.name for s in CUE_SIEVES} == {"transcript", "headline", "trailing_cue", "dash", "according_to",
                                            "leading_cue", "source_frame", "lifted"}


def test_the_contract_rule_enum_is_the_registry():
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    enum = spec["components"]["schemas"]["Quote"]["properties"]["rule"]["enum"]
    assert enum == [*REGISTRY, None]


def test_the_readme_rule_table_is_the_registry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in readme.splitlines() if re.match(r"\s*\| `[a-z_]+` \| [\d.]+", line)]
    assert [name.strip("`") for name, *_ in rows] == list(REGISTRY)
    for name, confidence, readings, adjacent, _ in rows:
        name = name.strip("`")
        sieve = REGISTRY[name]
        assert float(confidence.split()[0]) == sieve.confidence
        assert ("×" in confidence) == sieve.inherits
        listed = dict(re.findall(r"(\w+) ([\d.]+)", readings))
        assert {k: float(v) for k, v in listed.items()} == dict(sieve.readings)
        assert (adjacent == "yes") == sieve.adjacent
