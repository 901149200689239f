"""Quote extraction and speaker attribution: a pure library with no web layer."""

from .document import Document, read_text
from .html_reader import read_html
from .model import (
    Extraction,
    ExtractionTimeout,
    ExtractOptions,
    KnownSpeaker,
    OptionsError,
    Quote,
    Span,
    Speaker,
    SpeakerRef,
)
from .pipeline import extract

__all__ = [
    "Document",
    "ExtractOptions",
    "Extraction",
    "ExtractionTimeout",
    "KnownSpeaker",
    "OptionsError",
    "Quote",
    "Span",
    "Speaker",
    "SpeakerRef",
    "extract",
    "read_html",
    "read_text",
]
