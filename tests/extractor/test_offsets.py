"""Documents and offset maps: UTF-16 offsets for JavaScript clients are one more map, applied inside the
library (astral characters count twice)."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from service.extractor import Document, ExtractOptions, extract, read_text
from service.extractor.document import identity, utf16_map

UTF16 = ExtractOptions(offsets="utf16")


def utf16_slice(text: str, start: int, end: int) -> str:
    encoded = text.encode("utf-16-le")
    return encoded[start * 2:end * 2].decode("utf-16-le")


def spans(result):
    for quote in result.quotes:
        yield quote.text, quote.start, quote.end
        if quote.cue is not None:
            yield quote.cue.text, quote.cue.start, quote.cue.end
        if quote.speaker is not None:
            yield quote.speaker.mention.text, quote.speaker.mention.start, quote.speaker.mention.end
    for speaker in result.speakers:
        for mention in speaker.mentions:
            yield mention.text, mention.start, mention.end


def test_read_text_changes_nothing():
    document = read_text("“Yes,” she said.")
    assert document.text == document.source and document.to_source is identity
    assert document.offset_maps("utf16") == (identity, identity)  # no astral character: nothing to count twice


def test_offsets_without_astral_characters_are_the_same_in_both_units():
    text = "“Ça va très bien,” said Zoë Brandt."
    assert extract(text, UTF16) == extract(text)


def test_every_span_slices_back_in_utf16():
    text = "🎉🎉 Party time. “We did it 🚀 again,” said 𝒜lex Kim. “More soon 🙂,” Kim added."
    result = extract(text, UTF16)
    assert len(result.quotes) == 2
    assert result.quotes[0].start == extract(text).quotes[0].start + 2
    for words, start, end in spans(result):
        assert utf16_slice(text, start, end) == words


def test_a_document_from_a_reader_is_read_like_its_text():
    text = "“We will win,” Maria Lopez said."
    assert extract(Document(text, text)) == extract(text)


@given(st.text(alphabet="ab “”😀.,", max_size=40).map(lambda t: f"{t} “Go now 😀,” Ann Lee said. {t}"))
def test_utf16_map_counts_code_units(text):
    to_units = utf16_map(text)
    for offset in range(len(text) + 1):
        assert to_units(offset) == len(text[:offset].encode("utf-16-le")) // 2
    for words, start, end in spans(extract(text, UTF16)):
        assert utf16_slice(text, start, end) == words


def test_utf16_answers_are_frozen_results():
    result = extract("😀 “Go,” Ann Lee said.", UTF16)
    assert dataclasses.is_dataclass(result) and result.quotes[0].start == 4
