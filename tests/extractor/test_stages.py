"""The speech stage decides from a quote and its sentence, not from attribution; the cast takes a seed."""

from __future__ import annotations

import dataclasses

import pytest

from service.extractor import ExtractOptions, KnownSpeaker, OptionsError, extract
from tests.conftest import EVAL_DIR, read_jsonl
from tests.extractor.test_eval_kit import kit_score

OTHER = ExtractOptions(include_other=True)


@pytest.mark.parametrize(("text", "kind"), [
    ("“No,” he said.", "direct"),  # nobody before "he": still speech, speaker unknown
    ("He shouted “stop” twice,", "direct"),  # a verb of speech governs the quote
    ("“The city has chosen,” the clown said.", "direct"),
    ("Ana Silva spoke.\n\n“Never again.”", "direct"),  # a sentence of its own
], ids=["pronoun-without-antecedent", "governed-fragment", "unknown-role", "one-word-sentence"])
def test_speech_without_a_resolved_speaker_is_returned(text, kind):
    quotes = extract(text).quotes
    assert [q.kind for q in quotes] == [kind]


def test_a_pronoun_with_no_antecedent_keeps_its_cue_and_mention_as_somebody_unknown():
    result = extract("“No,” he said. “Yes,” he added.")
    first, second = result.quotes
    assert (first.text, first.speaker.name, first.speaker.type, first.speaker.mention.text, first.cue.text) == (
        "No,", "unknown", "unknown", "he", "said")
    assert second.speaker.id == first.speaker.id  # the same unknown man both times
    assert [s.type for s in result.speakers] == ["unknown"]


def test_a_quote_nobody_is_named_for_has_no_speaker():
    quote = extract("“The city has chosen a new path for its future.”").quotes[0]
    assert (quote.speaker, quote.rule, quote.confidence) == (None, None, 0.0)


@pytest.mark.parametrize("text", [
    "She wrote a report titled “How the pandemic changed work” last year.",  # a title after a naming word
    "Delegates attended the “Global Forum of Islamic Awakening” in Tehran.",  # title case
    "Critics of so-called “dynamic pricing” say it hurts travelers.",  # a scare quote
], ids=["named-by-lead", "title-case", "scare-quote"])
def test_titles_and_scare_quotes_are_other(text):
    assert [q.kind for q in extract(text, OTHER).quotes] == ["other"]
    assert extract(text).quotes == ()


def test_speech_does_not_depend_on_whether_the_speaker_resolves():
    alone = extract("“No,” he said.").quotes[0]
    introduced = extract("Tom Hale arrived. “No,” he said.").quotes[0]
    assert alone.kind == introduced.kind == "direct"
    assert alone.speaker.type == "unknown" and introduced.speaker.name == "Tom Hale"


def test_a_quote_inside_a_quote_is_part_of_it():
    text = "“When he told me ‘we are finished’, I left,” Eklund said."
    assert [q.text for q in extract(text).quotes] == ["When he told me ‘we are finished’, I left,"]


SAUDI = KnownSpeaker(id="cms-17", name="Mohammed bin Salman", aliases=("MBS",), titles=("crown prince",),
                     gender="m")


def test_a_known_speaker_is_found_by_alias_and_keeps_its_id():
    result = extract("“We will invest,” MBS said.", ExtractOptions(speakers=(SAUDI,)))
    speaker = result.speakers[0]
    assert (result.quotes[0].speaker.name, speaker.known_id) == ("Mohammed bin Salman", "cms-17")


def test_a_role_only_the_caller_can_tie_to_a_name():
    text = "Oil prices rose on Monday. “We will invest,” the crown prince said."
    plain = extract(text).quotes[0].speaker
    seeded = extract(text, ExtractOptions(speakers=(SAUDI,))).quotes[0].speaker
    assert plain.name == "crown prince" and plain.type == "unknown"
    assert (seeded.name, seeded.type) == ("Mohammed bin Salman", "person")


def test_a_known_speaker_never_mentioned_is_not_returned():
    result = extract("“We will win,” Maria Lopez said.", ExtractOptions(speakers=(SAUDI,)))
    assert [s.name for s in result.speakers] == ["Maria Lopez"]
    assert result == extract("“We will win,” Maria Lopez said.")


def test_two_known_relatives_are_told_apart_by_who_was_named_last():
    # A lone surname is the relative the text last named as a subject, whichever of the two the caller listed last.
    text = ("“Nobody wanted to make this call,” co-owner Darren Lutz said.\n\n“My dad bought this team,” Lutz said."
            "\n\nHis sister, co-owner Shannon Lutz, said the family spent a year looking.\n\n“Everybody wanted the "
            "team to stay,” she said.")
    for order in (("Darren Lutz", "Shannon Lutz"), ("Shannon Lutz", "Darren Lutz")):
        known = tuple(KnownSpeaker(id=name, name=name) for name in order)
        result = extract(text, ExtractOptions(speakers=known))
        assert [q.speaker.name for q in result.quotes] == ["Darren Lutz", "Darren Lutz", "Shannon Lutz"], order
        assert {(s.name, s.known_id) for s in result.speakers} == {(name, name) for name in order}


@pytest.mark.parametrize("bad", [{"name": " "}, {"type": "robot"}, {"gender": "x"}])
def test_a_bad_known_speaker_is_refused(bad):
    with pytest.raises(OptionsError, match="speakers"):
        KnownSpeaker(**{"id": "1", "name": "Ann Lee", **bad})


def test_too_many_known_speakers_are_refused():
    with pytest.raises(OptionsError, match="speakers"):
        ExtractOptions(speakers=tuple(KnownSpeaker(id=str(i), name=f"Ann Lee{i}") for i in range(201)))


def test_hints_never_make_the_kit_worse():
    gold = read_jsonl(EVAL_DIR / "gold.jsonl") + read_jsonl(EVAL_DIR / "cases.jsonl")

    def score(seeded: bool) -> dict:
        predictions = {}
        for doc in gold:
            known = tuple({KnownSpeaker(id=q["speaker"], name=q["speaker"]) for q in doc["quotes"]
                           if q["speaker_type"] == "person"}) if seeded else ()
            result = extract(doc["text"], ExtractOptions(speakers=known))
            predictions[doc["id"]] = {"id": doc["id"], "quotes": [dataclasses.asdict(q) for q in result.quotes]}
        return kit_score.score(gold, predictions)

    plain, seeded = score(False), score(True)
    for measure in ("extraction_exact", "attribution", "attribution_mention"):
        assert seeded[measure]["f1"] >= plain[measure]["f1"]
