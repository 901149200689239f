"""Stage 1: which marks pair into quotations, and which never do."""

from __future__ import annotations

import pytest

from service.extractor.quotes import find_quotes
from service.extractor.segments import paragraphs


def spans(text: str) -> list[str]:
    """The inside of every quote span found in ``text``."""
    return [text[s.start:s.end] for s in find_quotes(text, paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Curly doubles,” she said.", ["Curly doubles,"]),
        ('"Straight doubles," she said.', ["Straight doubles,"]),
        ("‘British singles,’ she said.", ["British singles,"]),
        ("„German low-high“, sagte sie.", ["German low-high"]),
        ("« Guillemets français », dit-elle.", ["Guillemets français"]),
        ("»Reversed guillemets«, sagte er.", ["Reversed guillemets"]),
        ("``Typewriter quotes,'' he said.", ["Typewriter quotes,"]),
        ("``Mixed with straight,\" he said.", ["Mixed with straight,"]),
        ('He said:"No space after the colon."', ["No space after the colon."]),
        ("“Closing touches the word,”she said.", ["Closing touches the word,"]),
        ("“One,” he said, “two.”", ["One,", "two."]),
    ],
    ids=["curly", "straight", "single", "german", "french-spaced", "reversed", "typewriter", "typewriter-mixed",
         "after-colon", "no-space-after", "split"],
)
def test_marks_pair(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘It’s the council’s call,’ she said.", ["It’s the council’s call,"]),
        ("'We don't know,' he said.", ["We don't know,"]),
        ("‘The Joneses’ house burned,’ he said.", ["The Joneses’ house burned,"]),
        ("‘Back in the ’90s it was fine,’ she said.", ["Back in the ’90s it was fine,"]),
        ("‘We play rock ’n’ roll,’ he said.", ["We play rock ’n’ roll,"]),
        ("‘Tell ’em we’re coming,’ he said.", ["Tell ’em we’re coming,"]),
        ("“O’Neill’s team won,” she said.", ["O’Neill’s team won,"]),
    ],
    ids=["possessive", "contraction", "plural-possessive", "decade", "rock-n-roll", "elision", "surname"],
)
def test_apostrophes_never_close_a_quote(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iran’s envoy met the Afghans’ delegation in the ’90s.",
        "The 6'2\" forward and the 5'11\" keeper both scored.",
        "The sign read “” after the storm.",
        "A stray “ mark, then nothing at all.",
        "He typed ” by mistake and moved on.",
        "Rock ’n’ roll is here to stay.",
        "",
        "   \n\n\u00a0 ",
    ],
    ids=["apostrophes", "inches", "empty-marks", "stray-open", "stray-close", "elisions", "empty", "blank"],
)
def test_no_quote(text):
    assert spans(text) == []


def test_unclosed_quote_does_not_swallow_the_next_paragraph():
    text = "He said “this never closes.\n\nLater, “A real one,” she said."
    assert spans(text) == ["A real one,"]


def test_stray_opener_does_not_hide_the_quote_after_it():
    text = "He called it “stray and went on. Then “A real one,” she said."
    assert spans(text) == ["A real one,"]


def test_multi_paragraph_quote_is_one_chain():
    text = "Mayor Silva said: “The storm hit every district.\n\n“Crews will work all night.”"
    found = find_quotes(text, paragraphs(text))
    assert [text[s.start:s.end] for s in found] == ["The storm hit every district.", "Crews will work all night."]
    assert found[0].chain == found[1].chain


def test_multi_paragraph_across_no_break_space_paragraphs():
    text = "Mayor Silva said: “The storm hit every district.\u00a0 “Crews will work all night.”"
    found = find_quotes(text, paragraphs(text))
    assert len(found) == 2 and found[0].chain == found[1].chain


def test_double_space_inside_a_quote_is_not_a_paragraph_break():
    text = "“First sentence.  Second sentence,” she said."
    assert spans(text) == ["First sentence.  Second sentence,"]


def test_nested_quote_stays_inside_the_outer_one():
    text = "“When he told me ‘we are finished’, I left,” Eklund said."
    assert spans(text) == ["When he told me ‘we are finished’, I left,"]


def test_british_outer_with_american_inner():
    text = "‘He shouted “stop” twice,’ she said."
    assert spans(text) == ["He shouted “stop” twice,"]


def test_paragraphs_split_on_lines_and_space_runs():
    text = "One.\n\nTwo.\u00a0 Three.\nFour words  here."
    found = [text[p.start:p.end] for p in paragraphs(text)]
    assert found == ["One.", "Two.", "Three.", "Four words  here."]


def test_a_paragraph_break_is_the_whole_blank_run_and_tells_its_kind():
    text = "  \n Lead.  \t\n\n Two.\u00a0\u00a0Three. \r\nFour."
    found = [(text[p.start:p.end], p.hard, p.blank) for p in paragraphs(text)]
    assert found == [("Lead.", True, False), ("Two.", True, True), ("Three.", False, False), ("Four.", True, False)]


@pytest.mark.parametrize(
    "text",
    ["a `````` b", "`'''''' x", "'" * 1000, "’" * 1000, "“‘" * 500],
    ids=["backticks", "typewriter-run", "apostrophe-run", "curly-run", "nested-run"],
)
def test_runs_of_marks_give_nothing_and_never_raise(text):
    assert spans(text) == []


@pytest.mark.parametrize("stray", ["‘‘‘", "‘‘‘‘‘‘", "‘", "« "], ids=["short-run", "long-run", "single", "guillemet"])
def test_a_stray_opener_of_another_family_does_not_hide_a_quote(stray):
    text = f"Note: {stray}“Well, fine,” she said."
    assert spans(text) == ["Well, fine,"]


def test_a_quote_wrapped_over_a_single_line_break_stays_whole():
    text = '"We will not accept a deal that leaves working\nfamilies behind," Ann Cole said.\n\nTalks resume.'
    assert spans(text) == ["We will not accept a deal that leaves working\nfamilies behind,"]


def test_a_blank_line_still_ends_an_unclosed_quote():
    text = 'He said "this never closes.\n\nLater, the talks ended," she wrote.'
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    ["”We are ready,” she said.", "“We are ready,“ she said.", '"We are ready,” she said.',
     '“We are ready," she said.'],
    ids=["closing-both", "opening-both", "straight-open", "straight-close"],
)
def test_mismatched_marks_from_cms_exports_still_pair(text):
    assert spans(text) == ["We are ready,"]
