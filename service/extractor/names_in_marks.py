"""Words in marks that name a thing rather than report speech: a title, a label on a noun, a term a verb of
naming gives, a name in apposition (:mod:`speech` asks here before it calls marks speech)."""

from __future__ import annotations

import unicodedata

import regex

from .budget import NOT_CONCURRENT
from .language import compiled, lexicon, mapping
from .quotes import has_words
from .state import Context, QuoteState
from .tokens import Token
from .words import POSSESSIVE, organization_noun_words, pronoun_gender

RE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*+")
RE_LOWERCASE_NEXT = regex.compile(r"\h\p{Ll}")  # the writer's sentence going on right after the marks
RE_COUNT_BEFORE_MARKS = regex.compile(r"(?<![\p{L}\p{N}])\p{N}[\p{N},.]*+\h++\Z")  # "38,000 | “wellness checks”"
# A free relative before the subject of a characterizing verb: "| what | the airline calls".
RE_WHAT_BEFORE = regex.compile(r"(?<![\p{L}])[Ww]hat\h++([\p{L}’'\-]++)\h++(?:[\p{L}’'\-]++\h++){0,2}+\Z")
RE_WORD_AFTER_MARKS = regex.compile(r"\h(\p{Ll}++)\b")  # the lowercase word right after the marks
RE_WORD_BEFORE_MARKS = regex.compile(r"(?r)(?<![\p{L}\p{N}])(\p{L}++)\h++\Z")  # "the| “clean, drain, dry” rule"
RE_WORD_AND_COMMA_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}])(\p{L}++),\h++\Z")  # "a recruitment campaign|, “…”"
MAX_WORD_CHARS = 12
# More terms in marks after one, up to the noun they name: "“administrative,”| “gate” or “after-hours release” fees|".
RE_TERMS_AFTER = regex.compile(
    r"(?<=[”\"’'])(?:\h++(?:(?:or|and)\h++)?[“\"‘'][\p{L}\-]++(?:\h[\p{L}\-]++){0,2}[,.]?+[”\"’']){1,4}\h"
    r"(\p{Ll}++)\b")
# A term in marks before one, closing with a comma or joined by "or": "“gate”| or |“after-hours release”".
RE_TERM_BEFORE = regex.compile(r"(?r)[,”\"’']\h++(?:(?:or|and)\h++)?\Z")
# A plural noun after words in marks is longer than "is" or "as": "“Kids Can’t Wait” | buttons".
MIN_PLURAL_CHARS = 3
# Words of a term in marks: "“wellness checks”".
MAX_TERM_WORDS = 3
# Who gave a passive label, right after its marks: "was called “a disgrace” | by | critics" (their words).
AGENT_AFTER = " by "
# How far back a thing's noun and the verb naming it stand: "a project its developer has branded | “...”".
MAX_NAMING_CHARS = 120
# Words naming the thing between a naming verb and its name: "calls | the program the | “...”".
MAX_OBJECT_WORDS = 3
# How long a thing's name in marks may run: longer words in marks are somebody's sentence.
MAX_TITLE_CHARS = 80
# Characters a word goes on over, as RE_WORD reads it: "don't", "x-ray".
WORD_JOINERS = "'’-"
RE_LAST_WORDS = regex.compile(r"(?r)(?:[\p{L}\p{N}’'\-]+\s+){0,3}[\p{L}’']+[\s,:]*\Z")
# A hyphenated word right before the marks, which the last words above read from its hyphen: "the | so-called |".
RE_HYPHENED_LAST = regex.compile(r"(?r)(?<![\p{L}\-])\p{L}++-\p{L}++\s*+\Z")
# A naming word that is a plural's verb too ("the arches | show |"), and how a plural ends.
SHOW = "show"
PLURAL_ENDING = "s"


def title_like(text: str, quote: QuoteState, words: list[str] | None = None) -> bool:
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
            text, quote.span.start, quote.span.end, False, NOT_CONCURRENT)):
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


def names_a_thing(text: str, quote: QuoteState) -> bool:
    """Title-case words in marks that name the thing the next word is: 'the county's “Community Trust” ordinance',
    'its “Fair Start” program'."""
    after = RE_WORD_AFTER_MARKS.match(text, quote.span.close_end, None, NOT_CONCURRENT)
    return after is not None and after.group(1) in lexicon("named_things") and title_like(text, quote)


def _named_thing_before(text: str, start: int) -> bool:
    """Tell whether a thing's noun and a relative's comma end right before ``start``: "spending plan, | which"."""
    before = RE_WORD_AND_COMMA_BEFORE.search(text, max(0, start - MAX_WORD_CHARS), start)
    return before is not None and before.group(1).lower() in lexicon("named_things")


def thing_named(text: str, quote: QuoteState) -> bool:
    """Title-case words a naming verb gives a thing its sentence named before: "a project its developer has branded
    “Les Quais Riveneuve,”", "a parallel criminal probe it called “Project Hookline.”", "is marketing the project
    as “Les Lofts du Parvis.”"."""
    if quote.span.end - quote.span.start > MAX_TITLE_CHARS or not title_like(text, quote):
        return False  # most quotes: told before the lead is read
    # lowercase words only: a headline's "Calls Plan ‘Hopelessly Vague’" names nothing
    start = max(quote.lead_start, quote.span.open_start - MAX_NAMING_CHARS)
    lead = RE_WORD.findall(text, start, quote.span.open_start, False, NOT_CONCURRENT)
    words = set(lead)
    return _owner_names(lead) or (bool(words & lexicon("named_things")) and bool(words & lexicon("naming_verbs")))


def _owner_names(lead: list[str]) -> bool:
    """Tell whether the words before the marks end with a body calling its own thing so: "a probe | it called |", "a
    program | the city is calling |", "The province calls the program the |" (critics who call or dub it characterize
    it)."""
    lows = [word.lower() for word in lead]
    verb = len(lows) - 1
    objects = lexicon("articles") | lexicon("named_things")
    while verb > 0 and len(lows) - verb <= MAX_OBJECT_WORDS and (lows[verb] in objects or mapping(
            "object_pronouns").get(lows[verb]) in ("n", "p")):
        verb -= 1  # what is named: "calls | them |", "calls | the program the |"
    if verb < 1 or lows[verb] not in lexicon("characterizing_verbs"):
        return False
    k = verb - 1
    while k > 0 and (lows[k] in lexicon("auxiliaries") or lows[k] in lexicon("passive_auxiliaries")):
        k -= 1
    body = lows[k] in organization_noun_words() or lows[k] in lexicon("place_governments")
    return pronoun_gender(lows[k]) == "n" or (body and lead[k].islower())


def naming_as_verbs() -> frozenset[str]:
    """The verbs of the naming words that end in "as" ("known as", "defined as"), which may stand apart from it:
    "known | in fire departments | as"."""
    return compiled("naming_as_verbs", lambda: frozenset(
        words[0] for words in (phrase.split() for phrase in lexicon("naming_words"))
        if len(words) == 2 and words[1] in lexicon("role_prepositions")))


def named_too(context: Context, index: int) -> bool:
    """Tell whether the quote is one more name in a list after a name: 'including “Prairie Gold Millions” and “Cash
    Blizzard.”', or one more label after a label: 'to be called a “beverage” or a “drink”'."""
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
        return _label_too(text, previous, quote, lead)
    return title_like(text, previous) and title_like(text, quote)


def _label_too(text: str, previous: QuoteState, quote: QuoteState, lead: list[Token]) -> bool:
    """Tell whether a term follows a term that is no speech, joined with an article: '“beverage” or a “drink”'."""
    return len(lead) == 2 and lead[0].low in lexicon("coordinators") and lead[1].low in lexicon("articles") and all(
        len(text[q.span.start:q.span.end].split()) <= MAX_TERM_WORDS for q in (previous, quote))


def apposed_name(text: str, quote: QuoteState) -> bool:
    """Title-case words in marks apposed to the thing they name: 'a recruitment campaign, “Your Seat in the Sky,”',
    'The mine's safety slogan, “Home Safe, Every Shift,”'."""
    before = RE_WORD_AND_COMMA_BEFORE.search(text, max(quote.lead_start, quote.span.open_start - MAX_WORD_CHARS),
                                             quote.span.open_start, NOT_CONCURRENT)
    return before is not None and before.group(1).lower() in _naming_nouns() and (
        title_like(text, quote))


def _naming_nouns() -> frozenset[str]:
    """What a name in marks may be apposed to: a thing ("campaign", "plan") or a naming word ("slogan")."""
    return compiled("naming_nouns", lambda: lexicon("named_things") | lexicon("naming_words"))


def named_thing(text: str, quote: QuoteState) -> bool:
    """Title-case words in marks whose own last word is what they name: 'Supporters call it “Ellie's Law,”', “the
    “Fair Start Program”'."""
    last = text[quote.span.start:quote.span.end].rstrip(" ,.").rsplit(" ", 1)[-1].lower()
    if last not in lexicon("named_things"):
        return False  # most quotes: read no further
    words = RE_WORD.findall(text, quote.span.start, quote.span.end, False, NOT_CONCURRENT)
    return len(words) > 1 and words[-1].lower() in lexicon("named_things") and title_like(text, quote, words)


def title_as_subject(text: str, quote: QuoteState) -> bool:
    """A title with no closing punctuation opening a sentence that goes on after it, lowercase: '“Harbor
    Lights” opens Friday' (a cue right after it was read before this)."""
    if has_words(text, quote.lead_start, quote.span.open_start):
        return False  # not the sentence's subject: 'Hale Calls Rival ‘a Coward’ as Feud Deepens'
    inner = text[quote.span.start:quote.span.end]
    goes_on = RE_LOWERCASE_NEXT.match(text, quote.span.close_end, None, NOT_CONCURRENT) is not None
    return inner[-1:].isalnum() and goes_on and title_like(text, quote)


def label_of_noun(text: str, quote: QuoteState) -> bool:
    """Words in marks between the definite article (a modifier may follow it, or a compound modifier stand alone)
    and the noun they modify, naming the thing: 'follow the “clean, drain, dry” rule', 'wore the orange “Kids Can’t
    Wait” buttons', 'a program of hand-written “staff picks” cards'; a term a characterizing verb gives the noun:
    'what utilities call “partial” replacements' (not 'a “genuine and triable” claim': an indefinite one
    characterizes it; not 'the “real story” would be': no noun after; not 'called the plan “reckless” because')."""
    if RE_COUNT_BEFORE_MARKS.search(
            text, max(0, quote.span.open_start - MAX_WORD_CHARS), quote.span.open_start, NOT_CONCURRENT):
        return _counted_term(text, quote)  # things counted: 'made more than 38,000 “wellness checks” last year'
    after = RE_WORD_AFTER_MARKS.match(text, quote.span.close_end, None, NOT_CONCURRENT)
    paired = _rating_pair().match(text, quote.span.close_end, None, NOT_CONCURRENT)
    if paired is not None and paired.group(1) in lexicon("rating_nouns") and len(RE_WORD.findall(
            text, quote.span.start, quote.span.end, False, NOT_CONCURRENT)) == 1:
        return True  # the first of two ratings: 'in “poor” or “critical” condition'
    if _listed_term(text, quote):
        return True  # 'charged “administrative,” “gate” or “after-hours release” fees'
    if after is None or after.group(1) in lexicon("function_words") or (
            after.group(1) in lexicon("auxiliaries")) or after.group(1) in verbs_of_saying():
        return False
    if after.group(1).endswith("s") and after.group(1) in lexicon("sign_nouns") and len(RE_WORD.findall(
            text, quote.span.start, quote.span.end, False, NOT_CONCURRENT)) <= MAX_TERM_WORDS:
        return True  # the words labels or signs carry: "as ‘high in’ labels become mandatory" (not "“…” sign the")
    before = RE_WORD_BEFORE_MARKS.search(text, max(0, quote.span.open_start - MAX_WORD_CHARS), quote.span.open_start)
    if before is None:
        return False
    word = before.group(1).lower()
    compound = text[before.start() - 1:before.start()] == "-" and before.group(1).islower() and (
        text[before.start() - 2:before.start() - 1].islower())  # "hand-written", not a name: "Ashby-Crowe"
    if word in lexicon("definite_articles") or compound:
        return True  # not 'retains his “full confidence” as': a possessor's words are often his own
    words = RE_WORD.findall(text, quote.span.start, quote.span.end, False, NOT_CONCURRENT)
    plural = len(after.group(1)) > MIN_PLURAL_CHARS and after.group(1).endswith("s")  # "buttons", not "is", "as"
    if word in lexicon("characterizing_verbs"):
        # a term, one word: "what utilities call “partial” replacements"; or a name in title case a free relative
        # gives a noun: "what it calls “Family Together” seating" (not 'chanted “Lock the Gates” outside')
        what = RE_WHAT_BEFORE.search(text, max(0, before.start() - MAX_WORD_CHARS * 3), before.start())
        # a thing's name its owner gives ("what it calls"), not a person's characterization ("what she calls")
        named = what is not None and pronoun_gender(what.group(1).lower()) in (None, "n")
        return (plural and len(words) == 1) or (title_like(text, quote, words) and named)
    if (word in lexicon("place_prepositions") or word in lexicon("function_words")) and len(words) == 1 and (
            after.group(1) in lexicon("rating_nouns")):
        return True  # a rating: 'rated in “poor” condition', 'in “poor” or “critical” condition'
    modified = RE_WORD_BEFORE_MARKS.search(text, max(0, before.start() - MAX_WORD_CHARS), before.start())
    return plural and modified is not None and modified.group(1).lower() in lexicon("definite_articles") and (
        word not in lexicon("function_words")) and title_like(text, quote, words)  # "the orange “Kids …” buttons"


def _listed_term(text: str, quote: QuoteState) -> bool:
    """Tell whether words in marks are one of a list of terms in marks before the plural noun they name: "“gate”" in
    "“administrative,” “gate” or “after-hours release” fees", a few words each with no function word."""
    words = RE_WORD.findall(text, quote.span.start, quote.span.end, False, NOT_CONCURRENT)
    if not words or len(words) > MAX_TERM_WORDS or any(w.lower() in lexicon("function_words") for w in words):
        return False
    following = RE_TERMS_AFTER.match(text, quote.span.close_end, None, NOT_CONCURRENT)
    preceded = RE_TERM_BEFORE.search(text, max(0, quote.span.open_start - MAX_WORD_CHARS), quote.span.open_start)
    if following is None and preceded is None:
        return False
    after = following or RE_WORD_AFTER_MARKS.match(text, quote.span.close_end, None, NOT_CONCURRENT)
    noun = after.group(1) if after is not None else ""
    return len(noun) > MIN_PLURAL_CHARS and noun.endswith("s") and noun not in lexicon("function_words") and (
        noun not in verbs_of_saying())


def _rating_pair() -> regex.Pattern[str]:
    """A second one-word rating in marks after "or" and the noun it rates: "“poor”| or “critical” condition|"."""
    return compiled("rating_pair", lambda: regex.compile(
        r"\h++(?:\L<joins>)\h++[“\"‘'][\p{L}\-]++[,.]?+[”\"’']\h++(\p{L}++)", joins=sorted(lexicon("function_words"))))


def _counted_term(text: str, quote: QuoteState) -> bool:
    """Tell whether words in marks after a number are a term for what it counts: "38,000 “wellness checks”", a few
    words with no function word and no closing punctuation (not 'said 40 “were not consulted.”')."""
    words = RE_WORD.findall(text, quote.span.start, quote.span.end, False, NOT_CONCURRENT)
    inner = text[quote.span.start:quote.span.end].rstrip()
    if len(words) == 1 and inner.endswith(","):
        inner = inner[:-1]  # one word and the sentence's comma: 'Corvex reported 1,480 “completions,” but'
    return len(words) <= MAX_TERM_WORDS and inner[-1:].isalnum() and not any(
        w.lower() in lexicon("function_words") or w.lower() in lexicon("auxiliaries") for w in words)


def named_by_lead(text: str, quote: QuoteState) -> bool:
    """Tell whether a naming word stands right before the marks: "titled", "the slogan", "known as"."""
    lead = RE_LAST_WORDS.search(
        text, max(quote.lead_start, quote.span.open_start - 60), quote.span.open_start, NOT_CONCURRENT)
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
    if len(lows) > 1 and mapping("possessive_pronouns").get(lows[-1]) in ("n", "p") and lows[-2] in lexicon(
            "characterizing_verbs") and title_like(text, quote):
        return True  # a body's name for its own thing: "a rule ... the agency finalized and calls its “Safe Staffing"
    if len(lows) > 1 and lows[-1] in lexicon("definite_articles") and lows[-2] in lexicon("characterizing_verbs") and (
            title_like(text, quote)):
        return True  # a name the thing goes by: "a draw, which it calls the “Grade 1 Immersion Placement Process,”"
    if len(lows) > 3 and lows[-1] in lexicon("characterizing_verbs") and pronoun_gender(lows[-2]) is not None and (
            lows[-4] in lexicon("indefinites")) and title_like(text, quote):
        return True  # what the owner calls a thing: "an eyeshadow she calls “Northern Lights,”"
    if lows[-1] in lexicon("characterizing_verbs") and (any(low in lexicon("named_things") for low in lows[:-2]) or (
            _named_thing_before(text, lead.start()))) and title_like(text, quote):
        # the name a plan goes by: "a long-range plan the service calls “Fleet Balance 2040”", "its spending plan,
        # which Trillium had branded “Grid Ready 2030,”"
        return True
    if len(lows) > 2 and lows[-1] in lexicon("articles") and lows[-2] in lexicon("naming_participles") and lows[
            -3] in lexicon("passive_auxiliaries") and not text.startswith(AGENT_AFTER, quote.span.close_end) and len(
            text[quote.span.start:quote.span.end].split()) <= MAX_TERM_WORDS:
        # a label a thing must go by, no one after "by": "products will have to be called a “beverage”" (not "can
        # still be called “in exceptional circumstances”": summoned)
        return True
    if lows[-1] in lexicon("naming_participles"):
        # "an organization called “...”" names; "what he called “...”", "a lesson she called “...”" and "the
        # government called “...”" report, but a title the writer's thing was given is its name: "a new program the
        # government called “Ready to Care.”"
        if any(low in lexicon("named_things") for low in lows[:-2]) and title_like(text, quote):
            return True
        if lows[-3:-1] == ["to", "be"] and title_like(text, quote):
            return True  # a name to come: "a pavilion, to be called “Les Tropiques,”"
        if len(lows) > 1 and (pronoun_gender(lows[-2]) is not None or (
                len(lows) > 2 and words[-2][:1].isupper() and lows[-3] not in lexicon("indefinites"))):
            return False  # a contact clause's subject: "a lesson she called", "a decision Harwood-Pike called"
        if len(lows) == 1 and text[max(0, lead.start() - 2):lead.start()].rstrip().endswith(","):
            # "The column, called “Straight Talk From the Lakes,”": an apposed title names the thing before it
            return title_like(text, quote)
        return any(low in lexicon("indefinites") for low in lows[:-2])
    naming = lexicon("naming_words")
    if len(lows) > 1 and lows[-2] in lexicon("auxiliaries"):
        return False  # a consequence foretold, not a word glossed: 'would mean “jailing people for being poor.”'
    if lows[-1] == SHOW and len(words) > 1 and words[-2].islower() and lows[-2].endswith(PLURAL_ENDING) and (
            lows[-2] not in lexicon("function_words")):
        return False  # a plural's verb, not a show's title: 'the concrete arches show “advanced deterioration”'
    return lows[-1] in naming or " ".join(lows[-2:]) in naming or " ".join(lows[-3:]) in naming  # "definition of an"


def verbs_of_saying() -> frozenset[str]:
    """Reporting and characterizing verbs, one set."""
    return compiled("verbs_of_saying", lambda: lexicon("reporting_verbs") | lexicon("characterizing_verbs"))
