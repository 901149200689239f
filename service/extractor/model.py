"""Immutable result types of the extractor; every offset is a code-point offset into the input."""

from __future__ import annotations

from dataclasses import dataclass

from .language import languages

QUOTE_KINDS = ("direct", "partial", "other")
SPEAKER_TYPES = ("person", "organization", "anonymous", "unknown")
OFFSET_UNITS = ("codepoint", "utf16")
MAX_KNOWN_SPEAKERS = 200


class OptionsError(ValueError):
    """An extraction option has a value outside its allowed range."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.message = message


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the input: ``text == input[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """The speaker of one quote, and the words that name them where the quote is."""

    id: str
    name: str
    type: str
    mention: Span


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: the words inside the marks, its kind, utterance group and attribution."""

    id: str
    text: str
    start: int
    end: int
    kind: str
    group: str
    speaker: SpeakerRef | None
    cue: Span | None
    confidence: float
    rule: str | None
    co_speakers: tuple[SpeakerRef, ...] = ()  # who else speaks the same words: "said Smith and Jones"


@dataclass(frozen=True, slots=True)
class Speaker:
    """One member of the article's cast, with every mention that refers to them."""

    id: str
    name: str
    type: str
    titles: tuple[str, ...]
    mentions: tuple[Span, ...]
    known_id: str | None = None  # the caller's id, when the speaker was among ``ExtractOptions.speakers``


@dataclass(frozen=True, slots=True)
class Extraction:
    """What :func:`service.extractor.extract` returns."""

    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]


@dataclass(frozen=True, slots=True)
class KnownSpeaker:
    """Somebody the caller already knows (a CMS's people tags), to seed the cast with.

    The name, aliases ("MBS") and titles ("crown prince") are recognised in the text; a known speaker
    the text never mentions is not returned. ``type`` is ``person`` or ``organization``; ``gender``
    ``"m"``, ``"f"`` or ``None``.
    """

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    type: str = "person"
    titles: tuple[str, ...] = ()
    gender: str | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise OptionsError("speakers", "every known speaker needs a name")
        if self.type not in ("person", "organization"):
            raise OptionsError("speakers", "type must be person or organization")
        if self.gender not in (None, "m", "f"):
            raise OptionsError("speakers", "gender must be m, f or null")


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """Every option of an extraction, validated on construction.

    Args:
        include_other: also return quoted spans that are not speech (titles, scare quotes), as
            ``kind="other"``.
        min_confidence: leave out quotes whose attribution confidence is below this (0..1).
            Unattributed quotes have confidence 0 and are dropped by any value above 0.
        offsets: ``"codepoint"`` or ``"utf16"`` (offsets counted in UTF-16 code units).
        timeout: seconds one document may spend in pattern matching; ``None`` for no limit.
        language: the language pack the rules read (``"en"``).
        speakers: people the caller already knows, to seed the cast with.
    """

    include_other: bool = False
    min_confidence: float = 0.0
    offsets: str = "codepoint"
    timeout: float | None = 2.0
    language: str = "en"
    speakers: tuple[KnownSpeaker, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.include_other, bool):
            raise OptionsError("include_other", "must be true or false")
        if isinstance(self.min_confidence, bool) or not isinstance(self.min_confidence, (int, float)):
            raise OptionsError("min_confidence", "must be a number")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise OptionsError("min_confidence", "must be between 0 and 1")
        if self.offsets not in OFFSET_UNITS:
            raise OptionsError("offsets", f"must be one of {', '.join(OFFSET_UNITS)}")
        if self.timeout is not None and (
            isinstance(self.timeout, bool)
            or not isinstance(self.timeout, (int, float))
            or not 0 < self.timeout <= 600
        ):
            raise OptionsError("timeout", "must be a number of seconds in (0, 600], or null")
        if self.language not in languages():
            raise OptionsError("language", f"must be one of {', '.join(languages())}")
        if len(self.speakers) > MAX_KNOWN_SPEAKERS or not all(isinstance(s, KnownSpeaker) for s in self.speakers):
            raise OptionsError("speakers", f"must be at most {MAX_KNOWN_SPEAKERS} known speakers")


class ExtractionTimeout(TimeoutError):
    """A document took longer than its time budget (``ExtractOptions.timeout``)."""

    def __init__(self, seconds: float | None) -> None:
        super().__init__(f"extraction exceeded its budget of {seconds} s")
        self.seconds = seconds


class DeadlineExceeded(ExtractionTimeout):
    """The wall-clock deadline passed before the CPU budget was spent: the machine was too busy, the
    document was not too hard; sending it again later can succeed."""
