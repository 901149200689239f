"""extract(): find the quotations of an article, attribute them, and describe the speakers."""

from __future__ import annotations

import bisect

import regex

from . import budget
from .lexicons import lexicon
from .mentions import NounPhrase
from .model import Extraction, ExtractOptions, Quote, Span, Speaker, SpeakerRef
from .quotes import QuoteSpan, find_quotes
from .segments import Paragraph, Sentences, paragraphs
from .sieves import Attribution, Document, quote_kind, run_sieves
from .speakers import Cast, Entity

# Rules that tie a quote to its speaker by adjacent words; a title-like quote they attribute is still speech.
ADJACENT_RULES = frozenset({"trailing_cue", "leading_cue", "dash", "according_to", "same_utterance", "follow_on"})
# Speech has at least this many words when nobody is named as saying it; fewer is a scare quote or a slogan.
MIN_UNATTRIBUTED_WORDS = 5
MIN_SENTENCE_WORDS = 3
SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"})
RE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*+")
RE_LAST_WORDS = regex.compile(r"(?r)(?:\p{L}+\s+)?\p{L}+[\s,]*\Z")
# How much a quote's confidence keeps when its speaker is reached through a pronoun or a role.
INDIRECT_MENTION = 0.9


def extract(text: str, options: ExtractOptions | None = None) -> Extraction:
    """Find every quotation in ``text`` and who said it.

    Args:
        text: the article, exactly as received; offsets in the result index into it.
        options: what to return; defaults when ``None``.

    Returns:
        The quotes in text order and the speakers they are attributed to.
    """
    options = options or ExtractOptions()
    with budget.budget(options.timeout, len(text)):
        return _extract(text, options)


def _extract(text: str, options: ExtractOptions) -> Extraction:
    paras = paragraphs(text)
    sentences = Sentences(text, paras)
    spans = find_quotes(text, paras)
    doc = Document(text, paras, sentences, [_context(text, paras, sentences, spans, i) for i in range(len(spans))])
    for quote in doc.quotes:
        quote.kind = quote_kind(doc, quote)
    run_sieves(doc)
    entities = _resolve(doc)
    return _result(doc, entities, options)


def _context(text: str, paras: list[Paragraph], sentences: Sentences, spans: list[QuoteSpan], i: int) -> Attribution:
    """Bound the writer's words around quote ``i``: its sentence, cut at neighbouring quotes."""
    span = spans[i]
    para = paras[span.paragraph]
    lead_start = max(sentences.start_before(span.open_start), para.start)
    if i > 0 and spans[i - 1].close_end <= span.open_start:
        lead_start = max(lead_start, spans[i - 1].close_end)
    close_para = _paragraph_of(paras, span.close_end - 1, span.paragraph)
    trail_end = sentences.end_after(span.close_end, close_para.end)
    if i + 1 < len(spans) and spans[i + 1].open_start >= span.close_end:
        trail_end = min(trail_end, spans[i + 1].open_start)
    return Attribution(span, lead_start, max(trail_end, span.close_end))


def _paragraph_of(paras: list[Paragraph], offset: int, first: int) -> Paragraph:
    for para in paras[first:]:
        if para.start <= offset < para.end:
            return para
    return paras[first]


def _resolve(doc: Document) -> list[Entity | None]:
    """Resolve every speaker phrase (and the cast around it) in reading order."""
    cast = Cast(doc.text, doc.sentences, [(q.span.open_start, q.span.close_end) for q in doc.quotes])
    scanned = cast.scan()
    spoken = sorted((q.phrase.start, q.phrase.end) for q in doc.quotes if q.phrase is not None)
    items: dict[int, tuple[NounPhrase, list[int]]] = {}
    for position, phrase in scanned:
        if not _overlaps_any(spoken, phrase.start, phrase.end):
            items[position] = (phrase, [])
    titled = {phrase.start: phrase for _, phrase in scanned if phrase.title}
    for index, quote in enumerate(doc.quotes):
        if quote.phrase is None:
            continue
        phrase, indices = items.get(quote.phrase.start, (quote.phrase, []))
        known = titled.get(quote.phrase.start)
        if known is not None and known.end == phrase.end and (phrase.title or "") in (known.title or ""):
            phrase = known  # the scan saw what follows the name: "Karim Haddad, the union’s ...", "(D-Md.)"
        items[quote.phrase.start] = (phrase, [*indices, index])
    entities: list[Entity | None] = [None] * len(doc.quotes)
    for _, (phrase, indices) in sorted(items.items()):
        budget.check()
        cue = None
        if indices and doc.quotes[indices[0]].cue is not None:
            start, end = doc.quotes[indices[0]].cue
            cue = doc.text[start:end].lower()
        entity = cast.add(phrase, speaker=bool(indices), cue=cue)
        for index in indices:
            entities[index] = entity
    for index, quote in enumerate(doc.quotes):
        if entities[index] is None and quote.source is not None:
            entities[index] = entities[_origin(doc, index)]
    return entities


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (start, start))
    return any(s < end and start < e for s, e in spans[max(0, i - 1):i + 1])


def _speech(text: str, quote: Attribution, entity: Entity | None) -> bool:
    """Tell speech from names, titles, scare quotes and slogans in quote marks."""
    if entity is not None and quote.rule in ADJACENT_RULES:
        return True
    words = RE_WORD.findall(text, quote.span.start, quote.span.end)
    sentence = text[quote.span.start:quote.span.end].rstrip()
    inner = sentence.rstrip(",.")
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    title_like = bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content) and inner[-1:] not in "!?"
    if title_like or _named_by_lead(text, quote):
        return False  # "Global Forum of Islamic Awakening", "a report titled “How the pandemic changed work”"
    if entity is not None or len(words) >= MIN_UNATTRIBUTED_WORDS:
        return True
    # A short sentence of its own is speech ("The weather is wrong."); a fragment is a scare quote.
    return len(words) >= MIN_SENTENCE_WORDS and sentence[:1].isupper() and sentence[-1:] in ".!?,"


def _named_by_lead(text: str, quote: Attribution) -> bool:
    """Tell whether a naming word stands right before the marks: "titled", "the slogan", "known as"."""
    lead = RE_LAST_WORDS.search(text, max(quote.lead_start, quote.span.open_start - 30), quote.span.open_start)
    if lead is None:
        return False
    words = lead.group().lower().split()
    naming = lexicon("naming_words")
    return words[-1] in naming or " ".join(words[-2:]) in naming


def _origin(doc: Document, index: int) -> int:
    """The quote whose own words name the speaker that quote ``index`` shares (itself, if it has them).

    Follow-ons, split halves and later paragraphs point back along ``source`` to it.
    """
    seen = {index}
    while doc.quotes[index].phrase is None and doc.quotes[index].source not in (None, *seen):
        index = doc.quotes[index].source
        seen.add(index)
    return index


def _utterances(doc: Document) -> list[int]:
    """Number the utterances: the paragraphs of one quotation, and the halves of a split quote
    ('“X,” she said, “Y.”'), which share one reporting cue."""
    by_cue: dict[tuple[int, int], int] = {}
    out = []
    for quote in doc.quotes:
        utterance = quote.span.chain
        if quote.cue is not None and quote.rule in ("trailing_cue", "leading_cue"):
            utterance = by_cue.setdefault(quote.cue, utterance)
        out.append(utterance)
    return out


def _result(doc: Document, entities: list[Entity | None], options: ExtractOptions) -> Extraction:
    text = doc.text
    assigned: dict[int, tuple[str, str]] = {}  # entity id -> (speaker id, canonical name), in order of speech
    cast: dict[int, Entity] = {}
    utterances = _utterances(doc)
    group_ids: dict[int, str] = {}
    quotes: list[Quote] = []
    for index, quote in enumerate(doc.quotes):
        budget.check()
        entity = entities[index]
        kind = quote.kind if _speech(text, quote, entity) else "other"
        if kind == "other" and not options.include_other:
            continue
        origin = doc.quotes[_origin(doc, index)]
        phrase, cue = origin.phrase, quote.cue or origin.cue
        confidence = quote.confidence if entity is not None else 0.0
        if phrase is not None and phrase.kind in ("pronoun", "nominal"):
            confidence *= INDIRECT_MENTION
        confidence = round(confidence, 3)
        if confidence < options.min_confidence:
            continue
        ref = None
        if entity is not None and phrase is not None:
            if entity.id not in assigned:
                assigned[entity.id] = (f"s{len(assigned) + 1}", entity.canonical())
                cast[entity.id] = entity
            ref = SpeakerRef(*assigned[entity.id], entity.type,
                             Span(text[phrase.start:phrase.end], phrase.start, phrase.end))
        group = group_ids.setdefault(utterances[index], f"g{len(group_ids) + 1}")
        cue_span = Span(text[cue[0]:cue[1]], cue[0], cue[1]) if cue is not None and ref is not None else None
        quotes.append(Quote(
            id=f"q{len(quotes) + 1}", text=text[quote.span.start:quote.span.end], start=quote.span.start,
            end=quote.span.end, kind=kind, group=group, speaker=ref, cue=cue_span,
            confidence=confidence if ref is not None else 0.0, rule=quote.rule if ref is not None else None,
        ))
    speaker_list = tuple(
        Speaker(*assigned[e.id], e.type, tuple(e.titles),
                tuple(Span(text[s:t], s, t) for s, t in sorted(set(e.mentions))))
        for e in cast.values()
    )
    return Extraction(tuple(quotes), speaker_list)
