"""The working state the stages share while one document is read: quotes being attributed, the context
the sieves read, and what a sieve declares and returns."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import NamedTuple

from .phrases import NounPhrase
from .quotes import QuoteSpan
from .segments import Paragraph, Sentences
from .tokens import Token, Tokens

# The writer's words read on either side of a quote; attributions sit close to their quotes.
MAX_WINDOW_CHARS = 300


@dataclass(slots=True)
class QuoteState:
    """What the stages know about one quote while they work."""

    span: QuoteSpan
    lead_start: int  # start of the writer's words before the quote, in its sentence
    trail_end: int  # end of the writer's words after the quote, in its sentence
    kind: str = "direct"  # "direct" or "partial", from the speech stage
    speech: bool = True  # the speech stage's verdict: words somebody said, not a title or a scare quote
    phrase: NounPhrase | None = None
    also: NounPhrase | None = None  # a second speaker of the same words: "said Smith and Jones"
    cue: tuple[int, int] | None = None
    sieve: Sieve | None = None  # the sieve that attributed it
    confidence: float = 0.0
    source: int | None = None  # index of the quote whose speaker this one shares
    trail_tokens: list[Token] | None = None  # read once, shared by the stages
    lead_tokens: list[Token] | None = None

    @property
    def attributed(self) -> bool:
        return self.phrase is not None or self.source is not None

    @property
    def rule(self) -> str | None:
        """The name of the sieve that attributed the quote."""
        return self.sieve.name if self.sieve is not None else None


@dataclass(slots=True)
class Context:
    """The document as the sieves read it."""

    text: str
    paragraphs: list[Paragraph]
    sentences: Sentences
    tokens: Tokens
    quotes: list[QuoteState] = field(default_factory=list)
    language: str = "en"
    # What a sieve found for a quote, when a stage asked before the sieves ran: (sieve name, index) -> hit.
    found: dict[tuple[str, int], Hit | None] = field(default_factory=dict)

    def ask(self, sieve: Sieve, index: int) -> Hit | None:
        """What ``sieve`` finds for quote ``index``, asked once however many stages ask."""
        key = (sieve.name, index)
        if key not in self.found:
            self.found[key] = sieve.find(self, index)
        return self.found[key]

    def lead(self, quote: QuoteState) -> list[Token]:
        """The writer's words before ``quote`` in its sentence (at most ``MAX_WINDOW_CHARS``)."""
        if quote.lead_tokens is None:
            start = max(quote.lead_start, quote.span.open_start - MAX_WINDOW_CHARS)
            quote.lead_tokens = self.tokens.between(start, quote.span.open_start)
        return quote.lead_tokens

    def trail(self, quote: QuoteState) -> list[Token]:
        """The writer's words after ``quote`` in its sentence, without a comma that opens them."""
        if quote.trail_tokens is None:
            end = min(quote.trail_end, quote.span.close_end + MAX_WINDOW_CHARS)
            tokens = self.tokens.between(quote.span.close_end, end)
            skip = 0
            while skip < len(tokens) and tokens[skip].text in ",;":
                skip += 1
            quote.trail_tokens = tokens[skip:]
        return quote.trail_tokens

    def paragraph_at(self, offset: int) -> int:
        """The index of the paragraph that holds ``offset`` (or the last one that starts before it)."""
        return max(0, bisect.bisect_right([p.start for p in self.paragraphs], offset) - 1)

    def origin(self, index: int) -> int:
        """The quote whose own words name the speaker that quote ``index`` shares (itself, if it has them).

        Follow-ons, split halves and later paragraphs point back along ``source`` to it.
        """
        seen = {index}
        while self.quotes[index].phrase is None:
            source = self.quotes[index].source
            if source is None or source in seen:
                break
            index = source
            seen.add(index)
        return index


class Hit(NamedTuple):
    """What a sieve found for one quote: the phrase naming its speaker, or the quote it shares one with.

    ``reading`` names one of the sieve's declared weaker readings (its confidence is declared there).
    """

    phrase: NounPhrase | None = None
    cue: tuple[int, int] | None = None
    source: int | None = None
    reading: str | None = None
    also: NounPhrase | None = None  # a second speaker: "Ann Lee and Bo Li said"


@dataclass(frozen=True, slots=True)
class Sieve:
    """One attribution rule, declared once: everything the pipeline, the contract and the docs know of it.

    Args:
        name: the ``rule`` stamped on what it attributes.
        confidence: the confidence of a hit; for an inheriting sieve, the share of its source's.
        adjacent: it ties a quote to its speaker by words right beside it (or to a quote that was), so the
            halves of a split quote it attributes with one cue are one utterance.
        trailing: the words it reads stand after the quote, so a follow-on quote starts after them.
        shares: it attributes a quote by sharing another quote's speaker (so what it finds is no evidence
            that the quote itself is speech).
        find: looks at quote ``index`` of a context; returns a hit or ``None``.
        readings: weaker readings a hit may name, with their confidence.
        inherits: the confidence is a share of the source quote's.
        languages: the language packs it applies to.
    """

    name: str
    confidence: float
    adjacent: bool
    find: Callable[[Context, int], Hit | None]
    trailing: bool = False
    shares: bool = False
    readings: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    inherits: bool = False
    languages: frozenset[str] = frozenset({"en"})

    def stamp(self, context: Context, index: int, hit: Hit) -> None:
        """Record ``hit`` on quote ``index``, with this sieve's name and confidence."""
        quote = context.quotes[index]
        confidence = self.readings[hit.reading] if hit.reading is not None else self.confidence
        if self.inherits and hit.source is not None:
            confidence *= context.quotes[hit.source].confidence
        quote.phrase, quote.source, quote.cue, quote.also = hit.phrase, hit.source, hit.cue, hit.also
        quote.sieve, quote.confidence = self, confidence
