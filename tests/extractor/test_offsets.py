"""UTF-16 offsets for JavaScript clients: astral characters count twice."""

from __future__ import annotations

from service.extractor import extract
from service.extractor.offsets import to_utf16


def utf16_slice(text: str, start: int, end: int) -> str:
    encoded = text.encode("utf-16-le")
    return encoded[start * 2:end * 2].decode("utf-16-le")


def test_offsets_without_astral_characters_are_unchanged():
    text = "“Ça va très bien,” said Zoë Brandt."
    result = extract(text)
    assert to_utf16(result, text) is result


def test_every_span_slices_back_in_utf16():
    text = "🎉🎉 Party time. “We did it 🚀 again,” said 𝒜lex Kim. “More soon 🙂,” Kim added."
    result = to_utf16(extract(text), text)
    assert len(result.quotes) == 2
    for quote in result.quotes:
        assert utf16_slice(text, quote.start, quote.end) == quote.text
        assert utf16_slice(text, quote.cue.start, quote.cue.end) == quote.cue.text
        mention = quote.speaker.mention
        assert utf16_slice(text, mention.start, mention.end) == mention.text
    for speaker in result.speakers:
        for mention in speaker.mentions:
            assert utf16_slice(text, mention.start, mention.end) == mention.text
