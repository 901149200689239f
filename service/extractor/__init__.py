"""Quote extraction and speaker attribution: a pure library with no web layer."""

from .model import (
    Extraction,
    ExtractionTimeout,
    ExtractOptions,
    OptionsError,
    Quote,
    Span,
    Speaker,
    SpeakerRef,
)
from .pipeline import extract

__all__ = [
    "ExtractOptions",
    "Extraction",
    "ExtractionTimeout",
    "OptionsError",
    "Quote",
    "Span",
    "Speaker",
    "SpeakerRef",
    "extract",
]
