"""The speech stage: tell direct quotes from partial ones, and speech from names, titles, scare quotes and
slogans in quote marks, from each quote's words and its sentence alone, before anybody is attributed:
a quote whose speaker cannot be found is still speech when its words are."""

from __future__ import annotations

import unicodedata

import regex

from . import budget
from .cues import according_to_at, ends_with_cue, reporting_cues
from .language import compiled, lexicon
from .quotes import has_words
from .state import Context, QuoteState
from .tokens import Token
from .utterances import document_finding, possessed_utterance
from .words import POSSESSIVE, pronoun_gender

RE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*+")
RE_LOWERCASE_NEXT = regex.compile(r"\h\p{Ll}")  # the writer's sentence going on right after the marks
RE_COUNT_BEFORE_MARKS = regex.compile(r"(?<![\p{L}\p{N}])\p{N}[\p{N},.]*+\h++\Z")  # "38,000 | “wellness checks”"
# A free relative before the subject of a characterizing verb: "| what | the airline calls".
RE_WHAT_BEFORE = regex.compile(r"(?<![\p{L}])[Ww]hat\h++(?:[\p{L}’'\-]++\h++){1,3}+\Z")
RE_WORD_AFTER_MARKS = regex.compile(r"\h(\p{Ll}++)\b")  # the lowercase word right after the marks
RE_WORD_BEFORE_MARKS = regex.compile(r"(?r)(?<![\p{L}\p{N}])(\p{L}++)\h++\Z")  # "the| “clean, drain, dry” rule"
RE_WORD_AND_COMMA_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}])(\p{L}++),\h++\Z")  # "a recruitment campaign|, “…”"
MAX_WORD_CHARS = 12
# A plural noun after words in marks is longer than "is" or "as": "“Kids Can’t Wait” | buttons".
MIN_PLURAL_CHARS = 3
# Words of a term in marks: "“wellness checks”".
MAX_TERM_WORDS = 3
# Tokens of an aside after a sign's verb ("reads, in English and Spanish,") and between it and the sign ("a sign
# taped to the front door reads").
MAX_ASIDE_TOKENS = 8
MAX_SIGN_GAP = 6
# How far back a thing's noun and the verb naming it stand: "a project its developer has branded | “...”".
MAX_NAMING_CHARS = 120
# Words of a title a naming verb gives, longer than a term: 'published as “Portrait de la canopée lévisienne”'.
MAX_TITLE_WORDS = 8
# How long a thing's name in marks may run: longer words in marks are somebody's sentence.
MAX_TITLE_CHARS = 80
# Characters a word goes on over, as RE_WORD reads it: "don't", "x-ray".
WORD_JOINERS = "'’-"
# Tokens between a sign and a verb only signs take ("read", "promised", not "said"): "A decal | on the window of the
# office, which was closed Thursday, still | promised".
MAX_PRINTED_GAP = 18
RE_LAST_WORDS = regex.compile(r"(?r)(?:[\p{L}\p{N}’'\-]+\s+){0,3}[\p{L}’']+[\s,:]*\Z")
# A hyphenated word right before the marks, which the last words above read from its hyphen: "the | so-called |".
RE_HYPHENED_LAST = regex.compile(r"(?r)(?<![\p{L}\-])\p{L}++-\p{L}++\s*+\Z")
# Speech has at least this many words when no cue governs it; fewer is a scare quote or a slogan.
MIN_UNCUED_WORDS = 5
# Words between a characterising verb and the quote it governs: "dubbed | the tower | “the Needle”".
MAX_OBJECT_TOKENS = 3
# A short sentence of its own is speech ("The weather is wrong.") from this many words.
MIN_SENTENCE_WORDS = 3


def classify(context: Context) -> None:
    """Set ``kind`` and ``speech`` on every quote of ``context``; words quoted inside a quotation belong
    to it ('“When he told me ‘we are finished’, ...”') and are never speech of their own."""
    for quote in context.quotes:
        budget.check()
        quote.kind = quote_kind(context, quote)
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


def quote_kind(context: Context, quote: QuoteState) -> str:
    """'direct' when the quote stands outside the writer's sentence, 'partial' when inside it."""
    lead = context.text[quote.lead_start:quote.span.open_start].rstrip()
    if not lead or lead[-1] in ":,—–-(;" or not lead[-1].isalnum():
        return "direct"
    return "direct" if ends_with_cue(context.lead(quote)) else "partial"


def _speech(context: Context, index: int) -> bool:
    text = context.text
    quote = context.quotes[index]
    if quote.span.label is not None:
        return True  # a transcript's turn: "TULL: Because this time we listened."
    if _word_as_word(context, quote):
        return False  # 'when the council says “affordable,”', '“right-sizing,” a term for'
    if _printed(context.lead(quote)) or _printed_too(context, index):
        return False  # 'some carrying signs that read “Class size is a kids' issue.”', '... and “DFO Where Are You?”'

    if quote.kind == "partial" and _label_of_noun(text, quote):
        return False  # 'asked boaters to follow the “clean, drain, dry” rule'
    if quote.kind == "partial" and (_named_by_lead(text, quote) or _names_a_thing(text, quote) or _named_thing(
            text, quote)):
        return False  # "with the subject line “They’re scared,” her campaign manager ... wrote": named, not said
    if _apposed_name(text, quote) or _thing_named(text, quote) or _named_too(context, index):
        return False  # 'a recruitment campaign, “Your Seat in the Sky,” that he said had doubled applications'
    if text[quote.lead_start:quote.span.open_start].rstrip().endswith(":") and _named_by_lead(text, quote):
        return False  # a caption: "Click to play video: 'Rural Alberta towns weigh leaving the RCMP'"
    if _cued(context, index):
        return True
    if _title_as_subject(text, quote):
        return False  # '“Harbor Lights” opens Friday': a title the writer's sentence goes on about
    if _follows_speech(context, index):
        return True
    if _named_by_lead(text, quote):
        return False  # "a report titled “How the pandemic changed work”", "on KXTV’s “Morning Hour”"
    if _characterised(context, quote):
        return True  # a nickname, slogan or rating a verb puts on something: 'called her “Lady Ledger”'
    words = RE_WORD.findall(text, quote.span.start, quote.span.end)
    sentence = text[quote.span.start:quote.span.end].rstrip()
    if _title_like(text, quote, words):
        return False  # "Global Forum of Islamic Awakening"
    if len(words) >= MIN_UNCUED_WORDS or _governed(context, quote):
        return True
    if quote.kind == "direct" and not has_words(text, quote.lead_start, quote.span.open_start) and (
            sentence[-1:] in ".!?…" and words):
        return True  # a sentence of its own: '“Never.”'
    return len(words) >= MIN_SENTENCE_WORDS and sentence[:1].isupper() and sentence[-1:] in ".!?,"


def _title_like(text: str, quote: QuoteState, words: list[str] | None = None) -> bool:
    """Every content word (``words``, the quote's, read here when not given) capitalized and no question or
    exclamation: "Global Forum of Islamic Awakening". Read lazily, it stops at the first lowercase content word."""
    inner = text[quote.span.start:quote.span.end].rstrip().rstrip(",.")
    if inner[-1:] in "!?":
        return False
    small = compiled("title_small_words", lambda: lexicon("function_words") | lexicon("name_particles"))
    if words is None and _lowercase_word(inner, small):
        return False  # told without the pattern, which costs more to start than most quotes take to read
    found = False
    for word in words if words is not None else (m.group() for m in RE_WORD.finditer(
            text, quote.span.start, quote.span.end)):
        if word.lower() in small:  # "Les Lofts | du | Parvis": a particle is small too
            continue
        if not (word[0].isupper() or word[0].isdigit()):
            return False
        found = True
    return found


def _lowercase_word(inner: str, small: frozenset[str]) -> bool:
    """Tell whether a space-separated piece of ``inner`` opens on a lowercase word that is not small, as the word
    pattern would read it: a quote that is no title. ``False`` only means not told here."""
    for chunk in inner.split():
        first = next((k for k, char in enumerate(chunk) if char.isalnum()), -1)
        if first < 0 or not chunk[first].islower():
            continue
        end = first
        while end < len(chunk) and (chunk[end].isalnum() or chunk[end] in WORD_JOINERS):
            end += 1
        if end < len(chunk) and unicodedata.category(chunk[end]).startswith("M"):
            continue  # a mark the pattern would read on: let it decide
        if chunk[first:end].lower() not in small:
            return True
    return False


def _names_a_thing(text: str, quote: QuoteState) -> bool:
    """Title-case words in marks that name the thing the next word is: 'the county's “Community Trust” ordinance',
    'its “Fair Start” program'."""
    after = RE_WORD_AFTER_MARKS.match(text, quote.span.close_end)
    return after is not None and after.group(1) in lexicon("named_things") and _title_like(text, quote)


def _named_thing_before(text: str, start: int) -> bool:
    """Tell whether a thing's noun and a relative's comma end right before ``start``: "spending plan, | which"."""
    before = RE_WORD_AND_COMMA_BEFORE.search(text, max(0, start - MAX_WORD_CHARS), start)
    return before is not None and before.group(1).lower() in lexicon("named_things")


def _thing_named(text: str, quote: QuoteState) -> bool:
    """Title-case words a naming verb gives a thing its sentence named before: "a project its developer has branded
    “Les Quais Riveneuve,”", "a parallel criminal probe it called “Project Hookline.”", "is marketing the project
    as “Les Lofts du Parvis.”"."""
    if quote.span.end - quote.span.start > MAX_TITLE_CHARS or not _title_like(text, quote):
        return False  # most quotes: told before the lead is read
    # lowercase words only: a headline's "Calls Plan ‘Hopelessly Vague’" names nothing
    lead = RE_WORD.findall(text, max(quote.lead_start, quote.span.open_start - MAX_NAMING_CHARS), quote.span.open_start)
    words = set(lead)
    # a body calls its own thing so ("a probe | it called |"); critics who call or dub it characterize it
    own = len(lead) > 1 and pronoun_gender(lead[-2]) == "n" and lead[-1] in lexicon("characterizing_verbs")
    return bool(words & lexicon("named_things")) and (own or bool(words & lexicon("naming_verbs")))


def _naming_as_verbs() -> frozenset[str]:
    """The verbs of the naming words that end in "as" ("known as", "defined as"), which may stand apart from it:
    "known | in fire departments | as"."""
    return compiled("naming_as_verbs", lambda: frozenset(
        words[0] for words in (phrase.split() for phrase in lexicon("naming_words"))
        if len(words) == 2 and words[1] in lexicon("role_prepositions")))


def _named_too(context: Context, index: int) -> bool:
    """Tell whether the quote is one more name in a list after a name: 'including “Prairie Gold Millions” and “Cash
    Blizzard.”'."""
    if index == 0:
        return False
    text, quote, previous = context.text, context.quotes[index], context.quotes[index - 1]
    if previous.speech or quote.lead_start == quote.span.open_start:
        return False
    gap = text[previous.span.close_end:quote.span.open_start].replace(",", " ").split()
    if gap and all(word in lexicon("gloss_links") for word in gap):
        return True  # a name's gloss: 'a petition titled “Pas dans notre cour d'école,” or “Not in our schoolyard.”'
    lead = context.lead(quote)
    if not lead or not all(t.low in lexicon("joining_words") or t.text == "," for t in lead):
        return False
    return _title_like(text, previous) and _title_like(text, quote)


def _apposed_name(text: str, quote: QuoteState) -> bool:
    """Title-case words in marks apposed to the thing they name: 'a recruitment campaign, “Your Seat in the Sky,”',
    'The mine's safety slogan, “Home Safe, Every Shift,”'."""
    before = RE_WORD_AND_COMMA_BEFORE.search(text, max(quote.lead_start, quote.span.open_start - MAX_WORD_CHARS),
                                             quote.span.open_start)
    return before is not None and before.group(1).lower() in _naming_nouns() and (
        _title_like(text, quote))


def _naming_nouns() -> frozenset[str]:
    """What a name in marks may be apposed to: a thing ("campaign", "plan") or a naming word ("slogan")."""
    return compiled("naming_nouns", lambda: lexicon("named_things") | lexicon("naming_words"))


def _named_thing(text: str, quote: QuoteState) -> bool:
    """Title-case words in marks whose own last word is what they name: 'Supporters call it “Ellie's Law,”', “the
    “Fair Start Program”'."""
    last = text[quote.span.start:quote.span.end].rstrip(" ,.").rsplit(" ", 1)[-1].lower()
    if last not in lexicon("named_things"):
        return False  # most quotes: read no further
    words = RE_WORD.findall(text, quote.span.start, quote.span.end)
    return len(words) > 1 and words[-1].lower() in lexicon("named_things") and _title_like(text, quote, words)


def _title_as_subject(text: str, quote: QuoteState) -> bool:
    """A title with no closing punctuation opening a sentence that goes on after it, lowercase: '“Harbor
    Lights” opens Friday' (a cue right after it was read before this)."""
    if has_words(text, quote.lead_start, quote.span.open_start):
        return False  # not the sentence's subject: 'Hale Calls Rival ‘a Coward’ as Feud Deepens'
    inner = text[quote.span.start:quote.span.end]
    goes_on = RE_LOWERCASE_NEXT.match(text, quote.span.close_end) is not None
    return inner[-1:].isalnum() and goes_on and _title_like(text, quote)


def _word_as_word(context: Context, quote: QuoteState) -> bool:
    """Words the sentence names rather than reports: one a clause says in general ('When the council says
    “affordable,”', 'critics like to call such films “patient,”'), one named a word right after it
    ('“right-sizing,” a term that means layoffs')."""
    text = context.text
    named = _word_noun_after().match(text, quote.span.close_end)
    if (named is not None and (named.group(1) or text[quote.span.start:quote.span.end].endswith(","))) or _term_as(
            context.lead(quote), text, quote) or _glossed_term(context.lead(quote), text, quote):
        return True  # the comma after the word or inside its marks: '“right-sizing,” a term'
    return _said_in_general(context.lead(quote)) and len(
        RE_WORD.findall(text, quote.span.start, quote.span.end)) < MIN_UNCUED_WORDS


def _glossed_term(lead: list[Token], text: str, quote: QuoteState) -> bool:
    """A term some people use, glossed after a dash: 'including what railroaders call "limbo time" — the hours
    spent waiting' (not 'what she called “a betrayal.”': no gloss follows)."""
    if len(lead) < 3 or lead[-3].low not in lexicon("free_relatives") or (
            lead[-1].low not in lexicon("characterizing_verbs")) or not _dash_gloss().match(text, quote.span.close_end):
        return False
    words = RE_WORD.findall(text, quote.span.start, quote.span.end)
    return len(words) <= MAX_TERM_WORDS and all(word.islower() for word in words)


def _dash_gloss() -> regex.Pattern[str]:
    """A gloss after a term, a dash and a noun phrase: '"limbo time" | — the hours' (not '— including the boiler')."""
    return compiled("dash_gloss", lambda: regex.compile(r"\h*+[—–]\h*+(?:\L<articles>)\h", articles=sorted(
        lexicon("articles"))))


def _term_as(lead: list[Token], text: str, quote: QuoteState) -> bool:
    """A term the writer files a thing under, lowercase and short: 'return 48% of the revenue to the department as a
    “site commission.”' (not 'described the levy as a “cash grab”': a characterizing verb's words are speech)."""
    if len(lead) >= 2 and lead[-1].low in lexicon("role_prepositions") and any(
            t.low in _naming_as_verbs() for t in lead[-MAX_ASIDE_TOKENS:-1]):
        words = RE_WORD.findall(text, quote.span.start, quote.span.end)
        # 'a practice known in fire departments as “soft billing.”', 'published last year as “Portrait de la ...”'
        return len(words) <= MAX_TERM_WORDS or (bool(words) and words[0][0].isupper() and len(words) <= MAX_TITLE_WORDS)
    if len(lead) < 3 or lead[-1].low not in lexicon("indefinites") or lead[-2].low not in lexicon("role_prepositions"):
        return False
    if lead[-3].low in lexicon("characterizing_verbs") or lead[-3].low in lexicon("reporting_verbs") or any(
            t.low in lexicon("characterizing_verbs") for t in lead[-MAX_ASIDE_TOKENS:]):
        return False
    words = RE_WORD.findall(text, quote.span.start, quote.span.end)
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


def _label_of_noun(text: str, quote: QuoteState) -> bool:
    """Words in marks between the definite article (a modifier may follow it, or a compound modifier stand alone)
    and the noun they modify, naming the thing: 'follow the “clean, drain, dry” rule', 'wore the orange “Kids Can’t
    Wait” buttons', 'a program of hand-written “staff picks” cards'; a term a characterizing verb gives the noun:
    'what utilities call “partial” replacements' (not 'a “genuine and triable” claim': an indefinite one
    characterizes it; not 'the “real story” would be': no noun after; not 'called the plan “reckless” because')."""
    if RE_COUNT_BEFORE_MARKS.search(text, max(0, quote.span.open_start - MAX_WORD_CHARS), quote.span.open_start):
        return _counted_term(text, quote)  # things counted: 'made more than 38,000 “wellness checks” last year'
    after = RE_WORD_AFTER_MARKS.match(text, quote.span.close_end)
    paired = _rating_pair().match(text, quote.span.close_end)
    if paired is not None and paired.group(1) in lexicon("rating_nouns") and len(RE_WORD.findall(
            text, quote.span.start, quote.span.end)) == 1:
        return True  # the first of two ratings: 'in “poor” or “critical” condition'
    if after is None or after.group(1) in lexicon("function_words") or (
            after.group(1) in lexicon("auxiliaries")) or after.group(1) in _verbs_of_saying():
        return False
    if after.group(1).endswith("s") and after.group(1) in lexicon("sign_nouns") and len(RE_WORD.findall(
            text, quote.span.start, quote.span.end)) <= MAX_TERM_WORDS:
        return True  # the words labels or signs carry: "as ‘high in’ labels become mandatory" (not "“…” sign the")
    before = RE_WORD_BEFORE_MARKS.search(text, max(0, quote.span.open_start - MAX_WORD_CHARS), quote.span.open_start)
    if before is None:
        return False
    word = before.group(1).lower()
    compound = text[before.start() - 1:before.start()] == "-" and before.group(1).islower() and (
        text[before.start() - 2:before.start() - 1].islower())  # "hand-written", not a name: "Ashby-Crowe"
    if word in lexicon("definite_articles") or compound:
        return True  # not 'retains his “full confidence” as': a possessor's words are often his own
    words = RE_WORD.findall(text, quote.span.start, quote.span.end)
    plural = len(after.group(1)) > MIN_PLURAL_CHARS and after.group(1).endswith("s")  # "buttons", not "is", "as"
    if word in lexicon("characterizing_verbs"):
        # a term, one word: "what utilities call “partial” replacements"; or a name in title case a free relative
        # gives a noun: "what it calls “Family Together” seating" (not 'chanted “Lock the Gates” outside')
        return (plural and len(words) == 1) or (_title_like(text, quote, words) and RE_WHAT_BEFORE.search(
            text, max(0, before.start() - MAX_WORD_CHARS * 3), before.start()) is not None)
    if (word in lexicon("place_prepositions") or word in lexicon("function_words")) and len(words) == 1 and (
            after.group(1) in lexicon("rating_nouns")):
        return True  # a rating: 'rated in “poor” condition', 'in “poor” or “critical” condition'
    modified = RE_WORD_BEFORE_MARKS.search(text, max(0, before.start() - MAX_WORD_CHARS), before.start())
    return plural and modified is not None and modified.group(1).lower() in lexicon("definite_articles") and (
        word not in lexicon("function_words")) and _title_like(text, quote, words)  # "the orange “Kids …” buttons"


def _rating_pair() -> regex.Pattern[str]:
    """A second one-word rating in marks after "or" and the noun it rates: "“poor”| or “critical” condition|"."""
    return compiled("rating_pair", lambda: regex.compile(
        r"\h++(?:\L<joins>)\h++[“\"‘'][\p{L}\-]++[,.]?+[”\"’']\h++(\p{L}++)", joins=sorted(lexicon("function_words"))))


def _counted_term(text: str, quote: QuoteState) -> bool:
    """Tell whether words in marks after a number are a term for what it counts: "38,000 “wellness checks”", a few
    words with no function word and no closing punctuation (not 'said 40 “were not consulted.”')."""
    words = RE_WORD.findall(text, quote.span.start, quote.span.end)
    inner = text[quote.span.start:quote.span.end].rstrip()
    if len(words) == 1 and inner.endswith(","):
        inner = inner[:-1]  # one word and the sentence's comma: 'Corvex reported 1,480 “completions,” but'
    return len(words) <= MAX_TERM_WORDS and inner[-1:].isalnum() and not any(
        w.lower() in lexicon("function_words") or w.lower() in lexicon("auxiliaries") for w in words)


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
            verbs = verbs or _verbs_of_saying()
            if low in verbs:
                return True
    return False


def _verbs_of_saying() -> frozenset[str]:
    """Reporting and characterizing verbs, one set."""
    return compiled("verbs_of_saying", lambda: lexicon("reporting_verbs") | lexicon("characterizing_verbs"))


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


def _named_by_lead(text: str, quote: QuoteState) -> bool:
    """Tell whether a naming word stands right before the marks: "titled", "the slogan", "known as"."""
    lead = RE_LAST_WORDS.search(text, max(quote.lead_start, quote.span.open_start - 60), quote.span.open_start)
    if lead is None:
        return False
    if text[lead.start() - 1:lead.start()] == "-":  # the last words stop at a hyphen: "the so-|called"
        hyphened = RE_HYPHENED_LAST.search(text, max(quote.lead_start, quote.span.open_start - MAX_WORD_CHARS),
                                           quote.span.open_start)
        if hyphened is not None and hyphened.group().strip().lower() in lexicon("naming_words"):
            return True  # "the so-called “fast lane”"
    words = lead.group().rstrip().rstrip(":").split()  # "Click to play video|:"
    last = words[-1]
    if last.endswith(POSSESSIVE) and len(last) > 3 and last[:-2].isupper():
        return True  # an outlet's possessive: "on KXTV’s “Morning Hour”"
    lows = [word.lower() for word in words]
    if len(lows) > 1 and lows[-1] in lexicon("definite_articles") and lows[-2] in lexicon("characterizing_verbs") and (
            _title_like(text, quote)):
        return True  # a name the thing goes by: "a draw, which it calls the “Grade 1 Immersion Placement Process,”"
    if len(lows) > 3 and lows[-1] in lexicon("characterizing_verbs") and pronoun_gender(lows[-2]) is not None and (
            lows[-4] in lexicon("indefinites")) and _title_like(text, quote):
        return True  # what the owner calls a thing: "an eyeshadow she calls “Northern Lights,”"
    if lows[-1] in lexicon("characterizing_verbs") and (any(low in lexicon("named_things") for low in lows[:-2]) or (
            _named_thing_before(text, lead.start()))) and _title_like(text, quote):
        # the name a plan goes by: "a long-range plan the service calls “Fleet Balance 2040”", "its spending plan,
        # which Trillium had branded “Grid Ready 2030,”"
        return True
    if lows[-1] in lexicon("naming_participles"):
        # "an organization called “...”" names; "what he called “...”", "a lesson she called “...”" and "the
        # government called “...”" report, but a title the writer's thing was given is its name: "a new program the
        # government called “Ready to Care.”"
        if any(low in lexicon("named_things") for low in lows[:-2]) and _title_like(text, quote):
            return True
        if lows[-3:-1] == ["to", "be"] and _title_like(text, quote):
            return True  # a name to come: "a pavilion, to be called “Les Tropiques,”"
        if len(lows) > 1 and (pronoun_gender(lows[-2]) is not None or (
                len(lows) > 2 and words[-2][:1].isupper() and lows[-3] not in lexicon("indefinites"))):
            return False  # a contact clause's subject: "a lesson she called", "a decision Harwood-Pike called"
        if len(lows) == 1 and text[max(0, lead.start() - 2):lead.start()].rstrip().endswith(","):
            # "The column, called “Straight Talk From the Lakes,”": an apposed title names the thing before it
            return _title_like(text, quote)
        return any(low in lexicon("indefinites") for low in lows[:-2])
    naming = lexicon("naming_words")
    if len(lows) > 1 and lows[-2] in lexicon("auxiliaries"):
        return False  # a consequence foretold, not a word glossed: 'would mean “jailing people for being poor.”'
    return lows[-1] in naming or " ".join(lows[-2:]) in naming or " ".join(lows[-3:]) in naming  # "definition of an"
