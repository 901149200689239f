"""The last stage: the result the caller sees, with ids, utterance groups and offsets in the caller's units."""

from __future__ import annotations

from . import budget
from .document import OffsetMap
from .entities import Entity
from .model import Extraction, ExtractOptions, Quote, Span, Speaker, SpeakerRef
from .state import Context

# How much a quote's confidence keeps when its speaker is reached through a pronoun or a role.
INDIRECT_MENTION = 0.9


def assemble(context: Context, entities: list[Entity | None], partners: dict[int, Entity],
             to_caller: tuple[OffsetMap, OffsetMap], options: ExtractOptions) -> Extraction:
    """Build the result from the attributed quotes and their resolved speakers.

    Args:
        context: the document's working state after the sieves.
        entities: the speaker of each quote, or ``None``.
        partners: the second speaker of a quote two people speak, by quote index.
        to_caller: map offsets into the text the rules read, where spans start and where they end, to
            the caller's offsets.
        options: what to return.
    """
    text = context.text

    start_of, end_of = to_caller

    def span(start: int, end: int) -> Span:
        return Span(text[start:end], start_of(start), end_of(end))

    assigned: dict[int, tuple[str, str]] = {}  # entity id -> (speaker id, canonical name), in order of speech
    cast: dict[int, Entity] = {}

    def ref(entity: Entity, mention: tuple[int, int]) -> SpeakerRef:
        if entity.id not in assigned:
            assigned[entity.id] = (f"s{len(assigned) + 1}", entity.canonical())
            cast[entity.id] = entity
        return SpeakerRef(*assigned[entity.id], entity.type, span(*mention))

    utterances = _utterances(context)
    group_ids: dict[int, str] = {}
    quotes: list[Quote] = []
    for index, quote in enumerate(context.quotes):
        budget.check()
        if not quote.speech and not options.include_other:
            continue
        entity = entities[index]
        source = context.quotes[context.origin(index)]
        phrase, cue = source.phrase, quote.cue or source.cue
        speaker = None
        co_speakers: tuple[SpeakerRef, ...] = ()
        confidence = 0.0
        if entity is not None and phrase is not None and quote.speech:
            confidence = quote.confidence * (INDIRECT_MENTION if phrase.kind in ("pronoun", "nominal") else 1)
            confidence = round(confidence, 3)
            speaker = ref(entity, (phrase.start, phrase.end))
            partner, joined = partners.get(index), source.also
            if partner is not None and partner is not entity:
                # Named by their own words ("said Smith and Jones"), or by the words that count both ("the two
                # ministers said").
                mention = (joined.start, joined.end) if joined is not None else (phrase.start, phrase.end)
                co_speakers = (ref(partner, mention),)
        if confidence < options.min_confidence:
            continue
        group = group_ids.setdefault(utterances[index], f"g{len(group_ids) + 1}")
        whole = span(quote.span.start, quote.span.end)
        quotes.append(Quote(
            id=f"q{len(quotes) + 1}", text=whole.text, start=whole.start, end=whole.end,
            kind=quote.kind if quote.speech else "other", group=group, speaker=speaker,
            cue=span(*cue) if cue is not None and speaker is not None else None,
            confidence=confidence, rule=quote.rule if speaker is not None else None, co_speakers=co_speakers,
        ))
    speakers = tuple(
        Speaker(*assigned[e.id], e.type, tuple(e.titles), tuple(span(s, t) for s, t in sorted(set(e.mentions))),
                known_id=e.known_id)
        for e in cast.values()
    )
    return Extraction(tuple(quotes), speakers)


def _utterances(context: Context) -> list[int]:
    """Number the utterances: the paragraphs of one quotation, and the halves of a split quote
    ('“X,” she said, “Y.”'), which share one adjacent cue."""
    by_cue: dict[tuple[int, int], int] = {}
    out = []
    for quote in context.quotes:
        utterance = quote.span.chain
        if quote.cue is not None and quote.sieve is not None and quote.sieve.adjacent:
            utterance = by_cue.setdefault(quote.cue, utterance)
        out.append(utterance)
    return out
