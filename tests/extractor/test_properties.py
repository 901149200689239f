"""Properties on arbitrary text: never raises, spans slice back, no overlaps, deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.extractor import ExtractOptions, extract

# Pieces that reach the interesting paths: marks, apostrophes, breaks, names, titles, reporting verbs.
PIECES = st.sampled_from([
    "“", "”", "‘", "’", '"', "'", "«", "»", "„", "‚", "``", "`", "''", "'''''", "````` ", "“‘“‘“",
    " ", "  ", "\u00a0 ", "\n", "\n\n", ".", ",",
    ":", "—", "(", ")", "said", "told", "added", "according to", "he", "she", "it", "they", "the", "a", "Mr.",
    "Ms.", "Senator", "minister", "the minister", "Ana Silva", "Zarif", "Fars News", "a senior official",
    "officials", "We", "will", "not", "O’Neill", "’90s", "6'2\"", "rock ’n’ roll", "🙂", "𝒜",
])
ARTICLES = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=80).map("".join),
)


def check_spans(text: str, result) -> None:
    previous_end = -1
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start:quote.end] == quote.text
        assert quote.start >= previous_end, "quotes do not overlap and come in order"
        previous_end = quote.end
        assert 0.0 <= quote.confidence <= 1.0
        for span in (quote.cue, quote.speaker and quote.speaker.mention):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
                assert text[span.start:span.end] == span.text
    for speaker in result.speakers:
        for mention in speaker.mentions:
            assert text[mention.start:mention.end] == mention.text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLES, st.booleans())
def test_any_text_gives_consistent_spans(text, include_other):
    options = ExtractOptions(include_other=include_other, timeout=None)
    result = extract(text, options)
    check_spans(text, result)
    assert extract(text, options) == result, "deterministic"


@settings(max_examples=150, deadline=None)
@given(ARTICLES)
def test_utf16_offsets_slice_back(text):
    result = extract(text, ExtractOptions(include_other=True, timeout=None, offsets="utf16"))
    encoded = text.encode("utf-16-le", "surrogatepass")
    for quote in result.quotes:
        assert encoded[quote.start * 2:quote.end * 2].decode("utf-16-le", "surrogatepass") == quote.text
