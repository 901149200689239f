"""Stage 2: the ordered attribution sieves; each looks only at quotes that are still unattributed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from . import budget
from .lexicons import lexicon
from .mentions import NounPhrase, Token, phrase_after, phrase_before, skip_parenthetical, tokenize
from .quotes import QuoteSpan, has_words
from .segments import Paragraph, Sentences

# Verbs that only ever introduce the speaker after themselves in the "said X" order, never "told X":
# in '“We are not leaving,” told Al Jazeera' the name after the verb is the addressee.
ADDRESSEE_VERBS = frozenset({"told", "tells", "tell", "telling"})
# Words that may stand between a name and its verb in asides ('Ruth Small, 62, who has lived ..., said').
MAX_APPOSITION_TOKENS = 30
# Words before a noun: a reporting verb after one of them is a noun ("the recall", "her remarks").
NOUN_MARKERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                          "these", "those"})
# What a source issues: "according to a statement from the company".
DOCUMENT_NOUNS = frozenset({"statement", "report", "release", "email", "post", "filing", "memo", "letter",
                            "transcript", "spokesman", "spokeswoman", "spokesperson", "announcement"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
DAYTIMES = frozenset({"morning", "afternoon", "evening", "night"})
# Words between the verb and the colon: 'Zarif told reporters after the meeting on Monday: “...'
MAX_LEAD_TAIL_TOKENS = 14
# The writer's words read on either side of a quote; attributions sit close to their quotes.
MAX_WINDOW_CHARS = 300


@dataclass(slots=True)
class Attribution:
    """What the sieves know about one quote while they work."""

    span: QuoteSpan
    lead_start: int  # start of the writer's words before the quote, in its sentence
    trail_end: int  # end of the writer's words after the quote, in its sentence
    kind: str = "direct"
    phrase: NounPhrase | None = None
    cue: tuple[int, int] | None = None
    rule: str | None = None
    confidence: float = 0.0
    source: int | None = None  # index of the quote whose speaker this one shares
    trail_tokens: list[Token] | None = None  # read once, shared by the sieves
    lead_tokens: list[Token] | None = None

    @property
    def attributed(self) -> bool:
        return self.phrase is not None or self.source is not None


@dataclass(slots=True)
class Document:
    """The article and everything the sieves read from it."""

    text: str
    paragraphs: list[Paragraph]
    sentences: Sentences
    quotes: list[Attribution]


@cache
def _cue_index() -> dict[str, list[tuple[str, ...]]]:
    """Reporting cues by first word, longest first, so "went on to say" wins over "went on"."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for cue in lexicon("reporting_verbs"):
        words = tuple(cue.split())
        index.setdefault(words[0], []).append(words)
    for entries in index.values():
        entries.sort(key=len, reverse=True)
    return index


def cue_at(tokens: list[Token], i: int) -> int:
    """Return how many tokens the reporting cue at ``tokens[i]`` spans, or 0 when none starts there."""
    if i >= len(tokens):
        return 0
    for words in _cue_index().get(tokens[i].low, ()):
        if tuple(t.low for t in tokens[i:i + len(words)]) == words:
            return len(words)
    return 0


def cues_in(tokens: list[Token], start: int = 0) -> list[tuple[int, int]]:
    """Every reporting cue from ``tokens[start]`` on, as (index, length); "went on to say" is one cue."""
    index = _cue_index()
    found, i = [], start
    while i < len(tokens):
        n = cue_at(tokens, i) if tokens[i].low in index else 0
        if n and i > 0 and tokens[i - 1].low in NOUN_MARKERS:
            n = 0  # "the recall was", "his comments": a noun, not a reporting verb
        if n:
            found.append((i, n))
        i += n or 1
    return found


def ends_with_cue(tokens: list[Token]) -> bool:
    """Tell whether the tokens end with a reporting cue: 'Zarif said', 'he pointed out'."""
    return bool(tokens) and bool(cue_at(tokens, len(tokens) - 1) or cue_at(tokens, len(tokens) - 2) == 2)


def quote_kind(doc: Document, quote: Attribution) -> str:
    """'direct' when the quote stands outside the writer's sentence, 'partial' when inside it."""
    lead = doc.text[quote.lead_start:quote.span.open_start].rstrip()
    if not lead or lead[-1] in ":,—–-(;" or not lead[-1].isalnum():
        return "direct"
    return "direct" if ends_with_cue(_lead_tokens(doc, quote)) else "partial"


def _skip_adverbs(tokens: list[Token], i: int) -> int:
    adverbs = lexicon("adverbs")
    while i < len(tokens) and tokens[i].low in adverbs:
        i += 1
    return i


def _skip_adverbs_back(tokens: list[Token], j: int) -> int:
    """Step back over adverbs and the day between a speaker and the verb: "Zarif on Monday told"."""
    adverbs = lexicon("adverbs")
    while j > 0:
        if tokens[j - 1].low in adverbs or tokens[j - 1].low in ("yesterday", "today"):
            j -= 1
        elif j >= 2 and tokens[j - 2].low == "on" and tokens[j - 1].low in WEEKDAYS:
            j -= 2
        elif j >= 3 and tokens[j - 3].low == "on" and tokens[j - 2].low in WEEKDAYS and tokens[j - 1].low in DAYTIMES:
            j -= 3
        else:
            break
    return j


def _cue_span(tokens: list[Token], i: int, n: int) -> tuple[int, int]:
    return tokens[i].start, tokens[i + n - 1].end


def _trail_tokens(doc: Document, quote: Attribution) -> list[Token]:
    if quote.trail_tokens is None:
        end = min(quote.trail_end, quote.span.close_end + MAX_WINDOW_CHARS)
        tokens = tokenize(doc.text, quote.span.close_end, end)
        while tokens and tokens[0].text in ",;":
            tokens.pop(0)
        quote.trail_tokens = tokens
    return quote.trail_tokens


def _attribute(quote: Attribution, rule: str, confidence: float, phrase: NounPhrase,
               cue: tuple[int, int] | None) -> bool:
    quote.phrase, quote.cue, quote.rule, quote.confidence = phrase, cue, rule, confidence
    return True


def _inherit(quote: Attribution, rule: str, confidence: float, source: int,
             cue: tuple[int, int] | None = None) -> bool:
    quote.source, quote.rule, quote.confidence, quote.cue = source, rule, confidence, cue
    return True


def quoted_as_saying(text: str, tokens: list[Token]) -> tuple[NounPhrase, tuple[int, int]] | None:
    """'the agency quoted Ali Rahimi as saying': the speaker is the one quoted, not the one quoting."""
    for i, token in enumerate(tokens):
        if token.low != "quoted":
            continue
        parsed = phrase_after(text, tokens, i + 1)
        if parsed is None:
            continue
        phrase, j = parsed
        if j + 1 < len(tokens) and tokens[j].low == "as" and tokens[j + 1].low in ("saying", "telling", "having"):
            return phrase, _cue_span(tokens, i, 1)
    return None


def trailing_cue(doc: Document, index: int) -> bool:
    """'“...,” said Finance Minister Arjun Mehta' and '“...,” Tomas Berg, a spokesman, told reporters'."""
    quote = doc.quotes[index]
    tokens = _trail_tokens(doc, quote)
    if not tokens:
        return _next_sentence_cue(doc, quote)
    if quote.kind == "partial" and not _closed_off(doc.text, quote):
        return False  # 'so-called “dynamic pricing” say it hurts': the sentence just goes on
    quoted = quoted_as_saying(doc.text, tokens)
    if quoted is not None:
        return _attribute(quote, "trailing_cue", 0.9, *quoted)
    n = cue_at(tokens, 0)
    if n and tokens[0].low not in ADDRESSEE_VERBS:
        parsed = phrase_after(doc.text, tokens, n)
        if parsed is not None:
            return _attribute(quote, "trailing_cue", 0.95, parsed[0], _cue_span(tokens, 0, n))
    parsed = phrase_after(doc.text, tokens, 0)
    if parsed is None:
        return False
    phrase, j = parsed
    j = skip_parenthetical(tokens, j)
    if j < len(tokens) and tokens[j].text == ",":
        # Asides between the name and its verb: 'Ruth Small, 62, who has lived here for 40 years, said':
        # the verb is the first cue that follows a comma.
        limit = min(len(tokens), j + MAX_APPOSITION_TOKENS)
        j = next((k + 1 for k in range(j + 1, limit) if tokens[k].text == "," and cue_at(
            tokens, _skip_adverbs(tokens, k + 1))), limit)
    j = _skip_adverbs(tokens, j)
    n = cue_at(tokens, j)
    if not n:
        return False
    return _attribute(quote, "trailing_cue", 0.95, phrase, _cue_span(tokens, j, n))


def _next_sentence_cue(doc: Document, quote: Attribution) -> bool:
    """'“The bill is dead.” Ortiz said.': a sentence that is nothing but the attribution."""
    para_end = doc.paragraphs[quote.span.paragraph].end
    start = quote.span.close_end
    end = doc.sentences.end_after(start + 1, para_end)
    tokens = tokenize(doc.text, start, end)
    parsed = phrase_after(doc.text, tokens, 0)
    if parsed is None:
        return False
    phrase, j = parsed
    j = _skip_adverbs(tokens, skip_parenthetical(tokens, j))
    n = cue_at(tokens, j)
    rest = tokens[j + n:]
    # After "?" or "!" the attribution still belongs to the quote ('“Don't!” Trump wrote on X.');
    # after a period only a bare "Ortiz said." does.
    exclaimed = doc.text[quote.span.start:quote.span.end].rstrip()[-1:] in "?!"
    if not n or (not exclaimed and len(rest) > 4) or (rest and rest[-1].text not in ".!?"):
        return False
    return _attribute(quote, "trailing_cue", 0.8, phrase, _cue_span(tokens, j, n))


def _closed_off(text: str, quote: Attribution) -> bool:
    """Tell whether punctuation ends the quote: '“under control,” the ministry said'."""
    inner = text[quote.span.start:quote.span.end].rstrip()
    after = text[quote.span.close_end:quote.span.close_end + 2].lstrip()
    return inner[-1:] in ",?!.…—-" or after[:1] in ",—–"


def dash(doc: Document, index: int) -> bool:
    """'“Democracy dies in silence.” — Ines Varga, editor of the Daily Ledger'."""
    quote = doc.quotes[index]
    tokens = _trail_tokens(doc, quote)
    i = 0
    while i < len(tokens) and tokens[i].text in "—–-":
        i += 1
    if i == 0:
        return False
    parsed = phrase_after(doc.text, tokens, i)
    if parsed is None or parsed[0].kind not in ("name", "organization"):
        return False
    return _attribute(quote, "dash", 0.85, parsed[0], None)


def according_to(doc: Document, index: int) -> bool:
    """'“The situation is deteriorating,” according to Lars Holm, a UN envoy.'"""
    quote = doc.quotes[index]
    tokens = _trail_tokens(doc, quote)
    if len(tokens) < 3 or (tokens[0].low, tokens[1].low) != ("according", "to"):
        return False
    parsed = phrase_after(doc.text, tokens, _skip_document(tokens, 2))
    if parsed is None:
        return False
    return _attribute(quote, "according_to", 0.9, parsed[0], _cue_span(tokens, 0, 2))


def _skip_document(tokens: list[Token], i: int) -> int:
    """Step over "a statement from" in "according to a statement from the company"."""
    j = i + 1 if i < len(tokens) and tokens[i].low in ("a", "an", "the") else i
    if j + 1 < len(tokens) and tokens[j].low in DOCUMENT_NOUNS and tokens[j + 1].low in ("from", "by", "of"):
        return j + 2
    return i


def _lead_tokens(doc: Document, quote: Attribution) -> list[Token]:
    if quote.lead_tokens is None:
        start = max(quote.lead_start, quote.span.open_start - MAX_WINDOW_CHARS)
        quote.lead_tokens = tokenize(doc.text, start, quote.span.open_start)
    return quote.lead_tokens


def leading_cue(doc: Document, index: int) -> bool:
    """'Chancellor Petra Weiss said: “...”', 'This is how economist Ruth Adler put it: “...”'."""
    quote = doc.quotes[index]
    tokens = _lead_tokens(doc, quote) or _colon_paragraph_before(doc, index)
    if not tokens:
        return False
    end = len(tokens)
    if tokens[-1].text in ":,":
        end -= 1
    elif not ends_with_cue(tokens):
        return False  # a quote inside the writer's sentence: the reporting-clause sieve reads it
    window = max(0, end - 1 - MAX_LEAD_TAIL_TOKENS)
    found = [(i, n) for i, n in cues_in(tokens, window) if i + n <= end]
    if not found:
        return False
    i, n = found[-1]
    if end - (i + n) > 0 and tokens[-1].text != ":":
        return False  # 'X said on Monday, “...' is too loose without a colon
    phrase = phrase_before(doc.text, tokens, _skip_adverbs_back(tokens, i))
    if phrase is None:
        return False
    return _attribute(quote, "leading_cue", 0.9, phrase, _cue_span(tokens, i, n))


def _colon_paragraph_before(doc: Document, index: int) -> list[Token]:
    """The last sentence of the paragraph before, when it ends in a colon that introduces this quote:
    'Asked about the delay, Pittman told reporters:' / '“We are not going to rush this.”'."""
    quote = doc.quotes[index]
    paragraph = quote.span.paragraph
    if paragraph == 0 or quote.span.open_start != doc.paragraphs[paragraph].start:
        return []
    previous = doc.paragraphs[paragraph - 1]
    if not doc.text[previous.start:previous.end].rstrip().endswith(":"):
        return []
    if index > 0 and doc.quotes[index - 1].span.close_end > previous.start:
        return []  # the colon follows a quote of its own
    start = max(doc.sentences.start_before(previous.end - 1), previous.end - MAX_WINDOW_CHARS)
    return tokenize(doc.text, start, previous.end)


def reporting_clause(doc: Document, index: int) -> bool:
    """A partial quote belongs to the subject of the clause that holds it.

    'The Health Ministry said the outbreak was “under control”'; 'adding that talks could “resume”'
    (the subject of the main clause); 'but said they will take place “soon.”' (the subject before).
    """
    quote = doc.quotes[index]
    open_start = quote.span.open_start
    sentence_start = max(doc.sentences.start_before(open_start), doc.paragraphs[quote.span.paragraph].start,
                         open_start - MAX_WINDOW_CHARS)
    lead = _lead_tokens(doc, quote)
    quoted = quoted_as_saying(doc.text, lead)
    if quoted is not None:
        return _attribute(quote, "reporting_clause", 0.85, *quoted)
    cues = _reporting_cues(lead)
    if not cues:
        # No verb of its own: 'said the president had “lost control” and accused Democrats of “blindness”'.
        previous = _previous_in_sentence(doc, index, sentence_start)
        if previous is not None and quote.kind == "partial":
            return _inherit(quote, "reporting_clause", 0.7, previous)
        if len(lead) > 3 and (lead[0].low, lead[1].low) == ("according", "to"):
            parsed = phrase_after(doc.text, lead, _skip_document(lead, 2))
            if parsed is not None:
                return _attribute(quote, "according_to", 0.75, parsed[0], _cue_span(lead, 0, 2))
        return False
    i, n = cues[-1]
    cue = _cue_span(lead, i, n)
    phrase = phrase_before(doc.text, lead, _skip_adverbs_back(lead, i)) or _relative_antecedent(doc.text, lead, i)
    if phrase is not None:
        return _attribute(quote, "reporting_clause", 0.85, phrase, cue)
    # An elided subject: ', adding that ...', 'but said ...' share the main clause's speaker.
    previous = _previous_in_sentence(doc, index, sentence_start)
    if previous is not None:
        return _inherit(quote, "reporting_clause", 0.8, previous, cue)
    tokens = lead if quote.lead_start <= sentence_start else tokenize(doc.text, sentence_start, open_start)
    i = next(k for k, token in enumerate(tokens) if token.start == cue[0])
    for k, m in _reporting_cues(tokens):
        if k >= i:
            break
        phrase = phrase_before(doc.text, tokens, _skip_adverbs_back(tokens, k))
        if phrase is not None:
            # 'X referred to ..., saying “...”' keeps "saying"; in 'X said Tehran will respond to any “...”'
            # the later verb belongs to the reported clause, and X's "said" is the cue.
            own = cue if tokens[i].low.endswith("ing") else _cue_span(tokens, k, m)
            return _attribute(quote, "reporting_clause", 0.75, phrase, own)
    subject = sentence_subject(doc.text, tokens, i)
    if subject is not None:
        return _attribute(quote, "reporting_clause", 0.7, subject, cue)
    return False


def _relative_antecedent(text: str, tokens: list[Token], cue: int) -> NounPhrase | None:
    """'Chairman Jim Jordan, who called it “a political stunt”': the one "who" speaks for."""
    k = _skip_adverbs_back(tokens, cue)
    if k >= 2 and tokens[k - 1].low == "who" and tokens[k - 2].text == ",":
        return phrase_before(text, tokens, k - 2)
    return None


def _reporting_cues(tokens: list[Token]) -> list[tuple[int, int]]:
    """Reporting and characterizing verbs ("said", "called"), as (index, length), in order."""
    characterizing = lexicon("characterizing_verbs")
    found = dict(cues_in(tokens))
    found.update((i, 1) for i, t in enumerate(tokens) if t.low in characterizing)
    return sorted((i, n) for i, n in found.items() if tokens[i].low != "according")


def sentence_subject(text: str, tokens: list[Token], before: int) -> NounPhrase | None:
    """The first speaker-like phrase of a sentence, before ``tokens[before]``, after any dateline.

    'WASHINGTON (AP) — President Joe Biden on Thursday defended ..., telling reporters that “...”'
    """
    start = 0
    dateline = bool(tokens) and len(tokens[0].text) > 1 and tokens[0].text.isupper()  # "WASHINGTON (Reuters) -"
    for k in range(min(before, 8)):
        if tokens[k].text in "—–" or (tokens[k].text == "-" and dateline):
            start = k + 1  # a dateline ends at its dash
            break
    k, opener_skipped = start, False
    while k < before:
        token = tokens[k]
        if token.text == "(":
            break
        if token.is_word:
            parsed = phrase_after(text, tokens, k)
            if parsed is not None:
                return parsed[0]  # "A person familiar with the negotiations said the sides were “far apart.”"
            if token.text[0].islower():
                # The subject, when there is one, comes before the first lowercase word, or right after
                # an opening phrase: "Elsewhere in his remarks, he pointed to ...".
                comma = next((c for c in range(k + 1, before) if tokens[c].text == ","), None)
                if comma is None or opener_skipped:
                    return None
                k, opener_skipped = comma, True
        k += 1
    return None


def _previous_in_sentence(doc: Document, index: int, sentence_start: int) -> int | None:
    if index == 0:
        return None
    previous = doc.quotes[index - 1]
    if previous.span.open_start >= sentence_start and previous.attributed:
        return index - 1
    return None


def colon_lead(doc: Document, index: int) -> bool:
    """'Her colleague, Tom Becker, was blunter: “It's a disaster.”': the clause before a colon."""
    quote = doc.quotes[index]
    tokens = _lead_tokens(doc, quote)
    whole_sentence = quote.lead_start == doc.sentences.start_before(quote.span.open_start)
    if len(tokens) < 2 or tokens[-1].text != ":" or not whole_sentence:
        return False
    parsed = phrase_after(doc.text, tokens, 0)
    if parsed is None or (parsed[0].kind == "anonymous" and parsed[0].head not in lexicon("anonymous_heads")):
        return False
    phrase, j = parsed
    if j == len(tokens) - 1 and phrase.kind in ("name", "organization"):
        if len(phrase.name or "") < 2:
            return False  # "Q: “Will you run?”" is an interview, not a headline
        return _attribute(quote, "colon_lead", 0.75, phrase, None)  # a headline: 'Biden: “We will not ...”'
    j = skip_parenthetical(tokens, j)
    if j < len(tokens) and tokens[j].text == ",":
        j = next((k + 1 for k in range(j + 1, min(len(tokens), j + MAX_APPOSITION_TOKENS)) if tokens[k].text == ","),
                 len(tokens))
    if j >= len(tokens) - 1 or not tokens[j].is_word or tokens[j].text[0].isupper():
        return False  # the phrase must be the subject of a verb before the colon
    return _attribute(quote, "colon_lead", 0.7, phrase, None)


def same_utterance(doc: Document, index: int) -> bool:
    """Paragraphs of one multi-paragraph quotation share the speaker of whichever piece has one."""
    chain = doc.quotes[index].span.chain
    first = index
    while first > 0 and doc.quotes[first - 1].span.chain == chain:  # pieces of a chain are consecutive
        first -= 1
    for other in range(first, len(doc.quotes)):
        candidate = doc.quotes[other]
        if candidate.span.chain != chain:
            break
        if other != index and candidate.phrase is not None:
            return _inherit(doc.quotes[index], "same_utterance", candidate.confidence * 0.95, other)
    return False


def follow_on(doc: Document, index: int) -> bool:
    """A quote-only sentence or paragraph right after a quote keeps that quote's speaker."""
    if index == 0 or doc.quotes[index].kind != "direct":
        return False
    quote, previous = doc.quotes[index], doc.quotes[index - 1]
    if not previous.attributed or (quote.lead_start != quote.span.open_start and has_words(
        doc.text, quote.lead_start, quote.span.open_start
    )):
        return False
    gap_start = previous.span.close_end
    if previous.rule in ("trailing_cue", "dash", "according_to"):
        gap_start = max(gap_start, previous.trail_end)
    if has_words(doc.text, gap_start, quote.span.open_start):
        return False
    if quote.span.paragraph - previous.span.paragraph > 1:
        return False
    return _inherit(quote, "follow_on", 0.75, index - 1)


def previous_sentence(doc: Document, index: int) -> bool:
    """A quote that opens a sentence, right after a sentence about a named person, is theirs."""
    quote = doc.quotes[index]
    if quote.kind != "direct" or has_words(doc.text, quote.lead_start, quote.span.open_start):
        return False
    para = doc.paragraphs[quote.span.paragraph]
    start = doc.sentences.start_before(max(0, quote.span.open_start - 1))
    if quote.span.open_start == para.start and quote.span.paragraph > 0:
        start = doc.sentences.start_before(doc.paragraphs[quote.span.paragraph - 1].end - 1)
    if start >= quote.span.open_start or _quote_between(doc, start, quote.span.open_start):
        return False
    tokens = tokenize(doc.text, start, min(quote.span.open_start, start + 300))
    parsed = phrase_after(doc.text, tokens, 0)
    if parsed is None:
        return False
    phrase, j = parsed
    speaks = cue_at(tokens, _skip_adverbs(tokens, j)) > 0  # "Zarif said that ...", "He said that ..."
    person = phrase.kind == "pronoun" and phrase.gender in ("m", "f")  # "he", "she"; "they" is too loose
    if phrase.kind not in ("name", "organization", "nominal") and not (person and speaks):
        return False
    if phrase.kind == "name" and phrase.title is None and " " not in (phrase.name or "") and not speaks:
        return False  # one capitalized word opening a sentence may be any word: "Others disagreed."
    return _attribute(quote, "previous_sentence", 0.5, phrase, None)


def _quote_between(doc: Document, start: int, end: int) -> bool:
    return any(start <= q.span.open_start < end for q in doc.quotes)


Sieve = Callable[[Document, int], bool]

# The order is the precision order: adjacent cues first, inference from context last.
SIEVES: tuple[Sieve, ...] = (
    trailing_cue,
    dash,
    according_to,
    leading_cue,
    colon_lead,
    reporting_clause,
    same_utterance,
    follow_on,
    previous_sentence,
)


def run_sieves(doc: Document) -> None:
    """Attribute the quotes of ``doc`` in place, sieve by sieve."""
    for sieve in SIEVES:
        for index, quote in enumerate(doc.quotes):
            if not quote.attributed:
                budget.check()
                sieve(doc, index)
    # A first paragraph attributed only by the last sieves still speaks for the rest of its quotation.
    for index, quote in enumerate(doc.quotes):
        if not quote.attributed:
            same_utterance(doc, index)
