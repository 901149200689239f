"""extract(): the stages, in order: read → find quotes → classify speech → find mentions → attribute
(sieves) → resolve (cast) → assemble."""

from __future__ import annotations

import bisect

from . import budget, language, speech, transcripts
from .assemble import assemble
from .cast import Cast
from .document import Document, read_text
from .entities import Entity
from .headline_sieves import MAX_HEADLINE_PARAGRAPH, MIN_ROLE_WORDS, same_words
from .headlines import MAX_HEADLINE_CHARS
from .html_reader import read_html
from .mentions import Mentions, Scanner
from .model import Extraction, ExtractOptions
from .named_after import person_named_after
from .phrases import NounPhrase
from .quotes import QuoteSpan, find_quotes, with_unmarked
from .segments import Paragraph, Sentences, paragraphs
from .sieves import run_sieves
from .state import Context, QuoteState
from .tokens import Tokens
from .words import is_person_head, opens_indefinitely

# A deck that quotes an unnamed one ("..., one mother says.") may run longer than a headline.
MAX_DECK_CHARS = 400


def extract(text: str | Document, options: ExtractOptions | None = None, *, html: bool = False) -> Extraction:
    """Find every quotation in an article and who said it.

    Args:
        text: the article, exactly as received, or a :class:`Document` a reader made of it; offsets in
            the result index into the input (counted as ``options.offsets`` says).
        options: what to return; defaults when ``None``.
        html: ``text`` is HTML: read it as a browser renders it; offsets index into the HTML as sent.

    Returns:
        The quotes in text order and the speakers they are attributed to.
    """
    options = options or ExtractOptions()
    size = len(text.source) if isinstance(text, Document) else len(text)
    with language.active(options.language), budget.budget(options.timeout, size):
        # The reader runs inside the budget: hostile markup is stopped like a hostile text.
        document = text if isinstance(text, Document) else read_html(text) if html else read_text(text)
        return _extract(document, options)


def _extract(document: Document, options: ExtractOptions) -> Extraction:
    text = document.text
    paras = paragraphs(text)
    sentences = Sentences(text, paras)
    tokens = Tokens(text)
    spans = find_quotes(text, paras)
    spans = with_unmarked(spans, paras, document.quotations, chain_start=_free_chain(spans))
    spans = transcripts.merge(spans, transcripts.turns(text, paras, chain_start=_free_chain(spans)))
    starts = [para.start for para in paras]
    context = Context(text, paras, sentences, tokens, [_quote_state(paras, starts, sentences, spans, i)
                                                        for i in range(len(spans))], options.language)
    speech.classify(context)
    quoted = [(q.span.open_start, q.span.close_end) for q in context.quotes]
    cast = Cast(text, sentences, quoted, options.speakers)
    mentions = Scanner(text, tokens, quoted).scan(cast.known_names)
    run_sieves(context)
    entities, partners = resolve(context, cast, mentions)
    return assemble(context, entities, partners, document.offset_maps(options.offsets), options)


def _free_chain(spans: list[QuoteSpan]) -> int:
    """The first utterance number no span uses (stray marks use numbers too, so not their count)."""
    return max((span.chain for span in spans), default=0) + 1


def _quote_state(paras: list[Paragraph], starts: list[int], sentences: Sentences, spans: list[QuoteSpan],
                 i: int) -> QuoteState:
    """Bound the writer's words around quote ``i``: its sentence, cut at neighbouring quotes."""
    span = spans[i]
    para = paras[span.paragraph]
    lead_start = max(sentences.start_before(span.open_start), para.start)
    if i > 0 and spans[i - 1].close_end <= span.open_start:
        lead_start = max(lead_start, spans[i - 1].close_end)
    close_para = _paragraph_of(paras, starts, span.close_end - 1, span.paragraph)
    trail_end = sentences.end_after(span.close_end, close_para.end)
    if i + 1 < len(spans) and spans[i + 1].open_start >= span.close_end:
        trail_end = min(trail_end, spans[i + 1].open_start)
    return QuoteState(span, lead_start, max(trail_end, span.close_end))


def _paragraph_of(paras: list[Paragraph], starts: list[int], offset: int, first: int) -> Paragraph:
    """The paragraph from ``first`` on that holds ``offset`` (found by its start: an unclosed quote may run over
    thousands of paragraphs), else the ``first``."""
    if paras[first].start <= offset < paras[first].end:
        return paras[first]  # most quotes end in the paragraph they open in
    k = bisect.bisect_right(starts, offset) - 1
    return paras[k] if k >= first and paras[k].start <= offset < paras[k].end else paras[first]


def resolve(context: Context, cast: Cast, mentions: Mentions) -> tuple[list[Entity | None], dict[int, Entity]]:
    """Resolve every speaker phrase, and the cast's mentions around them, in reading order.

    Returns:
        The entity each quote is attributed to (``None`` when nobody resolved), and the second speaker
        of the quotes two people speak ("said Smith and Jones"), by quote index.
    """
    quotes = context.quotes
    cast.weak = mentions.weak
    scanned = mentions.phrases
    spoken = sorted((q.phrase.start, q.phrase.end) for q in quotes if q.phrase is not None)
    items: dict[int, tuple[NounPhrase, list[int]]] = {}
    for position, phrase in scanned:
        if not _overlaps_any(spoken, phrase.start, phrase.end) or _owns_spoken(spoken, phrase):
            items[position] = (phrase, [])
    titled = {phrase.start: phrase for _, phrase in scanned if phrase.title}
    bodies = {(phrase.start, phrase.end): phrase for _, phrase in scanned if phrase.kind == "organization"}
    for index, quote in enumerate(quotes):
        if quote.phrase is None or (not quote.speech and quote.phrase.kind == "anonymous" and not (
                _unnamed_person(context.text, quote.phrase))):
            continue  # a thing its name in marks names is nobody: "started a Facebook group called “Keep It Quiet”"
        phrase, indices = items.get(quote.phrase.start, (quote.phrase, []))
        known = titled.get(quote.phrase.start)
        if known is not None and known.end == phrase.end and (phrase.title or "") in (known.title or ""):
            phrase = known  # the scan saw what follows the name: "Karim Haddad, the union’s ...", "(D-Md.)"
        body = bodies.get((phrase.start, phrase.end))
        if body is not None and phrase.kind in ("nominal", "anonymous"):
            phrase = body  # the scan read a body's whole name: "The International Council of Plastics Producers"
        items[quote.phrase.start] = (phrase, [*indices, index])
    also = {quote.also.start: (quote.also, index) for index, quote in enumerate(quotes) if quote.also is not None}
    for start, (phrase, _) in also.items():
        items.setdefault(start, (phrase, []))
    entities: list[Entity | None] = [None] * len(quotes)
    partners: dict[int, Entity] = {}
    for start, (phrase, indices) in sorted(items.items()):
        budget.check()
        cue = None
        cue_span = quotes[indices[0]].cue if indices else None
        if cue_span is not None:
            cue = context.text[cue_span[0]:cue_span[1]].lower()
        entity = cast.add(phrase, speaker=bool(indices) or start in also, cue=cue)
        partner = cast.partners.get(start)  # "the two ministers said": both of the two named together
        for index in indices:
            entities[index] = entity
            if partner is not None:
                partners[index] = partner
        if start in also and entity is not None:
            partners[also[start][1]] = entity
    _name_roles(context, cast, entities)
    for index, quote in enumerate(quotes):
        if entities[index] is None and quote.source is not None:
            entities[index] = entities[context.origin(index)]
            origin_partner = partners.get(context.origin(index))
            if origin_partner is not None:
                partners[index] = origin_partner
    return entities, partners


def _unnamed_person(text: str, phrase: NounPhrase) -> bool:
    """Tell whether an indefinite phrase is a person of its own: 'A teacher dubbed “Mr. Chemistry” ... he said' (not a
    thing: "a Facebook group called “Keep It Quiet”", nor a name's apposition: "Hilary Van Loon-Okafor, a retired
    engineer who wrote “Lifting the Kawarthas,”" is hers)."""
    before = phrase.start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return is_person_head(phrase.head or "") and text[before - 1:before] != ","


def _name_roles(context: Context, cast: Cast, entities: list[Entity | None]) -> None:
    """Give the quotes a role alone spoke the person the role is: one a fitting title names further on (a deck's
    "minister says"), or whoever the body gives a headline's words to ("Co-op says money ‘stuck in paperwork’" and
    "... stuck in paperwork,” said Ruth Anne Friesen")."""
    named: dict[int, Entity | None] = {}
    unnamed: set[int] = set()  # the quotes of a role no title names further on
    for index, entity in enumerate(entities):
        if entity is not None and entity.type == "anonymous":
            if entity.id not in named:  # "A woman watering tomatoes ... says." and then "Her name is Rosa Villalobos."
                named[entity.id] = person_named_after(context.text, entity, cast.entities)
            entities[index] = named[entity.id] or entity
            continue
        if entity is None or entity.type != "unknown":
            continue
        if entity.id not in named:
            named[entity.id] = person = cast.named_later(entity)
            if person is not None:
                person.mentions.extend(entity.mentions)  # the deck's "minister" is one of her mentions
        entities[index] = named[entity.id] or entity
        if named[entity.id] is None:
            unnamed.add(index)
    for index, quote in enumerate(context.quotes):
        entity = entities[index]
        if entity is not None and (index in unnamed or _role_spoke(quote, entity)):
            entities[index] = _body_speaker(context, entities, index) or entity


def _role_spoke(quote: QuoteState, entity: Entity) -> bool:
    """Tell whether a role rather than a name gave the quote its speaker: a role, a group or a body ("Co-op says"), a
    headline's subject with no verb of saying ("DOJ sues ...: ‘This was preventable’"), or a bare place ("Manitoba
    calls")."""
    said = quote.phrase
    if said is None:
        return False
    if said.kind in ("nominal", "organization", "anonymous") or quote.cue is None:
        return True  # a group too: "Advocates call the clawbacks ‘a shell game’" and "…,” said Rabia Mahmood"
    if said.kind == "pronoun" and not entity.names:
        return True  # a deck's "A Saskatchewan grain farmer ... “…,” she says", "... one of them said"
    return said.kind == "name" and " " not in (said.name or "") and not entity.personal


def _body_speaker(context: Context, entities: list[Entity | None], index: int) -> Entity | None:
    """The person the body gives a headline's words to, when the headline gave them to a role no title names:
    "Faculty association head calls plan ‘managed decline’" and, below, "Its president, Ingrid Solberg,
    described the plan as “managed decline”"."""
    quote = context.quotes[index]
    paragraph = context.paragraphs[quote.span.paragraph]
    said = quote.phrase
    longest = MAX_DECK_CHARS if said is not None and (said.kind == "pronoun" or (said.kind == "anonymous" and (
        opens_indefinitely(said.title or "") or said.start == context.sentences.start_before(said.start)))) else (
        MAX_HEADLINE_CHARS)  # "one mother says", and a group opening a deck's sentence: "Parents called it ‘…’"
    if quote.span.paragraph > MAX_HEADLINE_PARAGRAPH or paragraph.end - paragraph.start > longest:
        return None  # a deck may end as a sentence does: "Advocates call the clawbacks “a shell game” with ... ."
    for j in same_words(context, index, MIN_ROLE_WORDS):
        origin = context.origin(j)  # past its cue: '“…,” Robichaud said. “We’re not asking for charity. …”'
        body, named = entities[origin], context.quotes[origin].phrase
        if body is not None and body.type in ("person", "organization") and named is not None and (
                named.kind in ("name", "organization", "pronoun") or (named.kind == "nominal" and body.names)):
            # named in the body: "said Ruth Anne Friesen", "The board of Keewatin Coach Corp. ... said", or by a role
            # a name holds: "The president of ... Local 4120 ... called the new timeline “a gut punch.”"
            return body
    return None


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (start, start))
    return any(s < end and start < e for s, e in spans[max(0, i - 1):i + 1])


def _owns_spoken(spans: list[tuple[int, int]], phrase: NounPhrase) -> bool:
    """Tell whether a scanned name is the possessor a speaker phrase starts inside of: "Auditor General Céline
    |Boudreau|'s report said" (the phrase read only "Boudreau's report"; the scan read the whole name)."""
    i = bisect.bisect_right(spans, (phrase.end, phrase.end)) - 1
    return i >= 0 and phrase.start < spans[i][0] < phrase.end < spans[i][1]
