"""Options are one validated object; results are immutable."""

from __future__ import annotations

import dataclasses

import pytest

from service.extractor import ExtractionTimeout, ExtractOptions, OptionsError, budget, extract


@pytest.mark.parametrize(
    ("field", "value"),
    [("include_other", 1), ("include_other", "yes"), ("min_confidence", -0.1), ("min_confidence", 1.5),
     ("min_confidence", "0.5"), ("min_confidence", True), ("offsets", "bytes"), ("timeout", 0),
     ("timeout", -1), ("timeout", "2")],
)
def test_bad_option_values_raise_options_error(field, value):
    with pytest.raises(OptionsError) as caught:
        ExtractOptions(**{field: value})
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)


def test_defaults():
    options = ExtractOptions()
    assert (options.include_other, options.min_confidence, options.offsets, options.timeout) == (
        False, 0.0, "codepoint", 2.0)


def test_results_are_frozen():
    result = extract("“We won,” said coach Ida Lund.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.quotes[0].text = "x"  # type: ignore[misc]


def test_time_budget_raises_extraction_timeout():
    text = "“We won,” said coach Ida Lund. " * 20000
    with pytest.raises(ExtractionTimeout):
        extract(text, ExtractOptions(timeout=0.001))


def test_time_budget_stops_a_short_text_between_steps():
    # Short texts run their (linear) patterns without the regex engine's own clock checks; the checks
    # between steps still stop them.
    text = "“We won,” said coach Ida Lund. " * 100
    assert len(text) < budget.REGEX_TIMEOUT_MIN_CHARS
    with pytest.raises(ExtractionTimeout):
        extract(text, ExtractOptions(timeout=1e-9))


def test_regex_calls_get_a_timeout_only_on_long_texts():
    with budget.budget(2.0, budget.REGEX_TIMEOUT_MIN_CHARS - 1):
        assert budget.remaining() is None
    with budget.budget(2.0, budget.REGEX_TIMEOUT_MIN_CHARS):
        left = budget.remaining()
        assert left is not None and 0 < left <= 2.0
    with budget.budget(None, 10 * budget.REGEX_TIMEOUT_MIN_CHARS):
        assert budget.remaining() is None
