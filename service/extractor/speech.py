"""The speech stage: tell direct quotes from partial ones, and speech from names, titles, scare quotes and
slogans in quote marks, from each quote's words and its sentence alone, before anybody is attributed:
a quote whose speaker cannot be found is still speech when its words are."""

from __future__ import annotations

import regex

from . import budget
from .budget import NOT_CONCURRENT
from .cues import according_to_at, ends_with_cue, reporting_cues
from .language import compiled, lexicon
from .names_in_marks import (
    MAX_TERM_WORDS,
    RE_WORD,
    apposed_name,
    label_of_noun,
    named_by_lead,
    named_thing,
    named_too,
    names_a_thing,
    naming_as_verbs,
    thing_named,
    title_as_subject,
    title_like,
    verbs_of_saying,
)
from .quotes import has_words
from .state import Context, QuoteState
from .tokens import Token
from .utterances import document_finding, possessed_utterance

# Tokens of an aside after a sign's verb ("reads, in English and Spanish,") and between it and the sign ("a sign
# taped to the front door reads").
MAX_ASIDE_TOKENS = 8
MAX_SIGN_GAP = 6
# Words of a title a naming verb gives, longer than a term: 'published as “Portrait de la canopée lévisienne”'.
MAX_TITLE_WORDS = 8
# Tokens between a sign and a verb only signs take ("read", "promised", not "said"): "A decal | on the window of the
# office, which was closed Thursday, still | promised".
MAX_PRINTED_GAP = 18
# Speech has at least this many words when no cue governs it; fewer is a scare quote or a slogan.
MIN_UNCUED_WORDS = 5
# Words between a characterising verb and the quote it governs: "dubbed | the tower | “the Needle”".
MAX_OBJECT_TOKENS = 3
# A short sentence of its own is speech ("The weather is wrong.") from this many words.
MIN_SENTENCE_WORDS = 3


def classify(context: Context) -> None:
    """Set ``kind`` and ``speech`` on every quote of ``context``; words quoted inside a quotation belong
    to it ('“When he told me ‘we are finished’, ...”') and are never speech of their own."""
    for index, quote in enumerate(context.quotes):
        budget.check()
        quote.kind = quote_kind(context, quote, context.quotes[index - 1] if index else None)
    furthest = -1  # the furthest end of the quotes so far: a quote that opens before it is nested
    for index, quote in enumerate(context.quotes):
        budget.check()
        nested = quote.span.open_start < furthest
        furthest = max(furthest, quote.span.close_end)
        quote.speech = False if nested and quote.span.label is None else _speech(context, index)
    # The pieces of one quotation are one utterance: speech if any piece is.
    spoken_chains = {quote.span.chain for quote in context.quotes if quote.speech}
    for quote in context.quotes:
        quote.speech = quote.speech or quote.span.chain in spoken_chains


def quote_kind(context: Context, quote: QuoteState, previous: QuoteState | None) -> str:
    """'direct' when the quote stands outside the writer's sentence, 'partial' when inside it (``previous``: the
    quote before it, if any)."""
    lead = context.text[quote.lead_start:quote.span.open_start].rstrip()
    if lead and lead[-1] in ",." and context.text[quote.span.start:quote.span.start + 1].islower() and not (
            previous is not None and _second_half(context, previous, quote)):
        return "partial"  # the writer's sentence goes on into it: 'approved by Transport Canada, “not chosen by ...”'
    if not lead or lead[-1] in ":,—–-(;" or not lead[-1].isalnum():
        return "direct"
    return "direct" if ends_with_cue(context.lead(quote)) else "partial"


def _second_half(context: Context, previous: QuoteState, quote: QuoteState) -> bool:
    """Tell whether the quote goes on from the one before, closed on a comma right before its lead: '“We will fight
    this,” said Maria Santos, “and we will win.”' (the second half of one quotation, as direct as the first)."""
    return previous.span.close_end == quote.lead_start and context.text[previous.span.start:previous.span.end].rstrip(
    ).endswith(",")


def _speech(context: Context, index: int) -> bool:
    text = context.text
    quote = context.quotes[index]
    if quote.span.label is not None:
        return True  # a transcript's turn: "TULL: Because this time we listened."
    if _word_as_word(context, quote):
        return False  # 'when the council says “affordable,”', '“right-sizing,” a term for'
    if _printed(context.lead(quote)) or _printed_too(context, index):
        return False  # 'some carrying signs that read “Class size is a kids' issue.”', '... and “DFO Where Are You?”'

    if quote.kind == "partial" and label_of_noun(text, quote):
        return False  # 'asked boaters to follow the “clean, drain, dry” rule'
    if quote.kind == "partial" and (named_by_lead(text, quote) or names_a_thing(text, quote) or named_thing(
            text, quote)):
        return False  # "with the subject line “They’re scared,” her campaign manager ... wrote": named, not said
    if apposed_name(text, quote) or thing_named(text, quote) or named_too(context, index):
        return False  # 'a recruitment campaign, “Your Seat in the Sky,” that he said had doubled applications'
    if text[quote.lead_start:quote.span.open_start].rstrip().endswith(":") and named_by_lead(text, quote):
        return False  # a caption: "Click to play video: 'Rural Alberta towns weigh leaving the RCMP'"
    if _cued(context, index):
        return True
    if title_as_subject(text, quote):
        return False  # '“Harbor Lights” opens Friday': a title the writer's sentence goes on about
    if _follows_speech(context, index):
        return True
    if named_by_lead(text, quote):
        return False  # "a report titled “How the pandemic changed work”", "on KXTV’s “Morning Hour”"
    if _characterised(context, quote):
        return True  # a nickname, slogan or rating a verb puts on something: 'called her “Lady Ledger”'
    words = RE_WORD.findall(text, quote.span.start, quote.span.end, False, NOT_CONCURRENT)
    sentence = text[quote.span.start:quote.span.end].rstrip()
    if title_like(text, quote, words):
        return False  # "Global Forum of Islamic Awakening"
    if len(words) >= MIN_UNCUED_WORDS or _governed(context, quote):
        return True
    if quote.kind == "direct" and not has_words(text, quote.lead_start, quote.span.open_start) and (
            sentence[-1:] in ".!?…" and words):
        return True  # a sentence of its own: '“Never.”'
    return len(words) >= MIN_SENTENCE_WORDS and sentence[:1].isupper() and sentence[-1:] in ".!?,"


def _word_as_word(context: Context, quote: QuoteState) -> bool:
    """Words the sentence names rather than reports: one a clause says in general ('When the council says
    “affordable,”', 'critics like to call such films “patient,”'), one named a word right after it
    ('“right-sizing,” a term that means layoffs')."""
    text = context.text
    named = _word_noun_after().match(text, quote.span.close_end, None, NOT_CONCURRENT)
    if (named is not None and (named.group(1) or text[quote.span.start:quote.span.end].endswith(","))) or _term_as(
            context.lead(quote), text, quote) or _glossed_term(context.lead(quote), text, quote):
        return True  # the comma after the word or inside its marks: '“right-sizing,” a term'
    return _said_in_general(context.lead(quote)) and len(
        RE_WORD.findall(text, quote.span.start, quote.span.end, False, NOT_CONCURRENT)) < MIN_UNCUED_WORDS


def _glossed_term(lead: list[Token], text: str, quote: QuoteState) -> bool:
    """A term some people use, glossed after a dash: 'including what railroaders call "limbo time" — the hours
    spent waiting' (not 'what she called “a betrayal.”': no gloss follows)."""
    if len(lead) < 3 or lead[-3].low not in lexicon("free_relatives") or (
            lead[-1].low not in lexicon("characterizing_verbs")) or not _dash_gloss().match(text, quote.span.close_end):
        return False
    words = RE_WORD.findall(text, quote.span.start, quote.span.end, False, NOT_CONCURRENT)
    return len(words) <= MAX_TERM_WORDS and all(word.islower() for word in words)


def _dash_gloss() -> regex.Pattern[str]:
    """A gloss after a term, a dash and a noun phrase: '"limbo time" | — the hours' (not '— including the boiler')."""
    return compiled("dash_gloss", lambda: regex.compile(r"\h*+[—–]\h*+(?:\L<articles>)\h", articles=sorted(
        lexicon("articles"))))


def _term_as(lead: list[Token], text: str, quote: QuoteState) -> bool:
    """A term the writer files a thing under, lowercase and short: 'return 48% of the revenue to the department as a
    “site commission.”' (not 'described the levy as a “cash grab”': a characterizing verb's words are speech)."""
    if len(lead) >= 2 and lead[-1].low in lexicon("role_prepositions") and any(
            t.low in naming_as_verbs() for t in lead[-MAX_ASIDE_TOKENS:-1]):
        words = RE_WORD.findall(text, quote.span.start, quote.span.end, False, NOT_CONCURRENT)
        # 'a practice known in fire departments as “soft billing.”', 'published last year as “Portrait de la ...”'
        return len(words) <= MAX_TERM_WORDS or (bool(words) and words[0][0].isupper() and len(words) <= MAX_TITLE_WORDS)
    if len(lead) < 3 or lead[-1].low not in lexicon("indefinites") or lead[-2].low not in lexicon("role_prepositions"):
        return False
    if lead[-3].low in lexicon("characterizing_verbs") or lead[-3].low in lexicon("reporting_verbs") or any(
            t.low in lexicon("characterizing_verbs") for t in lead[-MAX_ASIDE_TOKENS:]):
        return False
    words = RE_WORD.findall(text, quote.span.start, quote.span.end, False, NOT_CONCURRENT)
    return len(words) <= MAX_TERM_WORDS and all(w.islower() and w not in lexicon("function_words") for w in words)


def _printed(lead: list[Token]) -> bool:
    """Tell whether a sign's words end the lead: "signs that read", "a banner reading", "T-shirts saying", "a sign
    taped to the front door reads, in English and Spanish,"."""
    end = len(lead)
    if end and lead[end - 1].text == ":" and any(t.low in lexicon("sign_nouns") for t in lead[-MAX_PRINTED_GAP:]):
        return True  # "someone had taped a handwritten sign to the door of the store: “…”"
    if end and lead[end - 1].text == ",":  # past an aside after the verb: "reads|, in English and Spanish,|"
        end = next((k for k in range(end - 2, max(-1, end - MAX_ASIDE_TOKENS), -1) if lead[k].text == ","), end)
    if end < 2 or lead[end - 1].low not in lexicon("sign_verbs"):
        return False
    gap = MAX_SIGN_GAP if lead[end - 1].low in lexicon("shared_sign_verbs") else MAX_PRINTED_GAP
    for k in range(end - 2, max(-1, end - 2 - gap), -1):  # "a sign | taped to the front door | reads"
        if not lead[k].is_word and lead[k].text != ",":  # "the signs at its entrances|, which| read"
            return False
        if lead[k].low in lexicon("sign_nouns"):
            return True
    return False


def _printed_too(context: Context, index: int) -> bool:
    """Tell whether the quote is one more sign's words in a list after the first: 'placards reading “One Season,
    One Fishery” and “DFO Where Are You?”'."""
    lead = context.lead(context.quotes[index])
    if index == 0 or not lead or not all(t.low in lexicon("joining_words") or t.text == "," for t in lead):
        return False
    return _printed(context.lead(context.quotes[index - 1]))


def _said_in_general(lead: list[Token]) -> bool:
    """A reporting verb of a habit or a generality in the quote's clause: 'When the council says',
    'Whenever a coach calls a loss', 'critics like to call such films' (no comma between)."""
    openers, habits = lexicon("generic_openers"), lexicon("habit_verbs")
    verbs: frozenset[str] | None = None
    generic = habit = False
    for i, token in enumerate(lead):
        low = token.low
        if low == ",":
            generic = habit = False
        elif low in openers:
            generic = True
        elif low in habits:
            habit = True
        elif (generic and low.endswith("s")) or (habit and i and lead[i - 1].low == "to"):
            verbs = verbs or verbs_of_saying()
            if low in verbs:
                return True
    return False


def _word_noun_after() -> regex.Pattern[str]:
    """A comma or dash and a noun naming what was just quoted as a word: ', a term that', '— an old euphemism'."""
    return compiled("word_noun_after", lambda: regex.compile(
        r"\s*+([,—–]?)\s*+(?:\L<articles>)\s++(?:[\p{Ll}\-]++\s++){0,2}?(?:\L<nouns>)(?![\p{L}\p{N}])",
        articles=sorted(lexicon("articles")), nouns=sorted(lexicon("word_nouns"))))


def _cued(context: Context, index: int) -> bool:
    """A cue right beside the quote names a speaker: '“...,” Zarif said', 'said Zarif', 'Zarif said: “...”',
    '“...” — Ines Varga', '“...,” according to ...', or a next sentence that is only the attribution.
    The adjacent sieves read these words; what they find now, they find again when they run."""
    from .sieves import CUE_SIEVES  # the registry imports this stage's neighbours, not the other way round

    return any(context.ask(sieve, index) is not None for sieve in CUE_SIEVES)


def _governed(context: Context, quote: QuoteState) -> bool:
    """A verb of the quote's own sentence governs it: 'said the outbreak was “under control”', 'called it
    “a stunt”', 'quoted Ali Rahimi as saying', 'According to the union, ... “an insult.”', 'The audit found “...”', or
    a colon."""
    lead = context.lead(quote)
    if not lead:
        return False
    return bool(reporting_cues(lead)) or lead[-1].text == ":" or bool(according_to_at(lead, 0)) or any(
        t.low in lexicon("quoting_verbs") for t in lead) or possessed_utterance(context.text, lead, 0) is not None or (
        document_finding(context.text, lead) is not None)


def _characterised(context: Context, quote: QuoteState) -> bool:
    """A characterising verb right before the quote, with at most its object between: 'called her “...”',
    'dubbed the tower “...”', 'chanted “...”', 'likened the levy to “...”' (not 'the sign read “...”')."""
    tail = context.lead(quote)[-MAX_OBJECT_TOKENS - 1:]
    characterizing, markers = lexicon("characterizing_verbs"), lexicon("noun_markers")
    return any(token.low in characterizing and not (i and tail[i - 1].low in markers) for i, token in enumerate(tail))


def _follows_speech(context: Context, index: int) -> bool:
    """A quote right after speech, with no words of the writer's between ('“...,” he said. “...”'), or a
    partial quote after another in the same sentence ('had “lost control” and accused them of “blindness”')."""
    if index == 0:
        return False
    quote, previous = context.quotes[index], context.quotes[index - 1]
    same_sentence = previous.span.open_start >= context.sentences.start_before(quote.span.open_start)
    if not previous.speech:
        # the verb before a sign's words governs the words after them: 'It described the signs, which read “…,” as
        # “wholly inadequate” notice.'
        return quote.kind == "partial" and same_sentence and bool(reporting_cues(context.lead(previous)[:-1]))
    if quote.kind == "partial":
        return same_sentence
    text = context.text
    if has_words(text, quote.lead_start, quote.span.open_start):
        return False
    gap_start = max(previous.span.close_end, previous.trail_end if context.trail(previous) else 0)
    return quote.span.paragraph - previous.span.paragraph <= 1 and not has_words(text, gap_start, quote.span.open_start)

