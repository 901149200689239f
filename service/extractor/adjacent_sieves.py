"""Sieves that tie a quote to the speaker named in the words right beside it: '“...,” Zarif said',
'Zarif said: “...”', '“...” — Ines Varga', '“...,” according to Lars Holm'."""

from __future__ import annotations

from types import MappingProxyType

from .body_mentions import unnamed_by_request
from .cues import (
    cue_at,
    cue_span,
    cues_in,
    ends_with_cue,
    quoted_as_saying,
    quoted_by_at,
    skip_adverbs,
    skip_adverbs_back,
    skip_first_verb_back,
)
from .headlines import bare_role, headline_line
from .language import compiled, lexicon
from .phrase_before import joint_before, phrase_before
from .phrase_finder import (
    apposed_name,
    joint_after,
    phrase_after,
    skip_affiliation,
    skip_parenthetical,
)
from .phrases import NounPhrase
from .segments import opening_word
from .state import MAX_WINDOW_CHARS, Context, Hit, QuoteState, Sieve
from .subjects_after import (
    MAX_DESCRIPTION_TOKENS,
    described_before_cue,
    name_after_office,
    name_after_trade,
    read_back,
)
from .tokens import Token
from .unknown_roles import unknown_role, unknown_role_after_cue, unknown_role_before
from .words import POSSESSIVE

# Words that may stand between a name and its verb in asides ('Ruth Small, 62, who has lived ..., said').
MAX_APPOSITION_TOKENS = 30
# What opens a signature after a quote: "— Ines Varga", "― Lena Ortiz" (U+2015), "-- Lena Ortiz".
DASHES = "—–-―"
# What opens a bulleted line: "- Gov. Renata Solis: “Stay off the roads”".
LIST_MARKERS = frozenset("-–—•*·")
# Lowercase words of a role no lexicon holds after a quote, before its verb or the name it gives: "“...,” | the
# school board’s director-general |, Lisa Roe, said", "the city’s chief medical officer said".
MAX_TRAILING_ROLE_WORDS = 4
# Words of a possessor's role before the name it gives: "Ravenscroft’s | senior press officer |, Danny Okoro,".
MAX_ROLE_TOKENS = 4
# Words of a headline's role before its cue: "‘…,’ | provincial health minister | tells MPs".
MAX_HEADLINE_ROLE_WORDS = 4
# Words between the verb and the colon: 'Zarif told reporters after the meeting on Monday: “...'
MAX_LEAD_TAIL_TOKENS = 14
# Marks that close a quote nested at the end of another: "He asks, ‘Is there a date?|’”".
NESTED_CLOSINGS = "’'”\"»›"


def _trailing_cue(context: Context, index: int) -> Hit | None:
    """'“...,” said Finance Minister Arjun Mehta' and '“...,” Tomas Berg, a spokesman, told reporters'."""
    quote = context.quotes[index]
    text = context.text
    tokens = context.trail(quote)
    if not tokens:
        return _next_sentence_cue(context, quote)
    if quote.kind == "partial" and not closed_off(text, quote):
        return None  # 'so-called “dynamic pricing” say it hurts': the sentence just goes on
    quoted = quoted_as_saying(text, tokens)
    if quoted is not None:
        return Hit(quoted[0], quoted[1], reading="quoted_as_saying")
    n = cue_at(tokens, 0)
    if n and n < len(tokens) and tokens[n].low in lexicon("complementizers"):
        return None  # '“...,” noting that Mr. O’Neill had written': what was noted, not who noted it
    if n and tokens[0].low not in lexicon("addressee_verbs"):
        parsed = phrase_after(text, tokens, n)
        if parsed is not None:
            also, _ = joint_after(text, tokens, *parsed)  # "said Smith and Jones"
            return Hit(parsed[0], cue_span(tokens, 0, n), also=also)
        unknown = unknown_role_after_cue(text, tokens, n) or unnamed_by_request(text, tokens[n].start if n < len(
            tokens) else len(text))
        if unknown is not None:
            return Hit(unknown, cue_span(tokens, 0, n))  # "said the shopkeeper.": the explicit cue wins
    parsed = phrase_after(text, tokens, 0)
    if parsed is None:
        # "the clown said", or "the school board’s director-general, Lisa Roe, said"
        guessed = unknown_role(text, tokens, 0, max_words=MAX_TRAILING_ROLE_WORDS)
        parsed = apposed_name(text, tokens, guessed[0], guessed[1]) if guessed is not None else None
    if parsed is None:
        parsed = name_after_trade(text, tokens)  # "hunter Simon Qavvik said"
    if parsed is None:
        return _headline_role_cue(context, quote, tokens) or sentence_end_cue(text, tokens)
    phrase, j = parsed
    also, j = joint_after(text, tokens, phrase, j)  # "Ann Lee and Bo Li said"
    j = skip_parenthetical(tokens, j)
    if phrase.kind == "name":
        j = skip_affiliation(tokens, j)  # "Maria Lopez of the Tenants Union said"
    # Asides between the name and its verb: 'Ruth Small, 62, who has lived here for 40 years, said', or after an
    # apposition that took its comma, 'the nurse, Kayla Brennan, | 29, said': the verb is the first cue after a comma.
    aside = j if j < len(tokens) and tokens[j].text == "," else j - 1 if 0 < j < len(tokens) and tokens[
        j - 1].text == "," and not cue_at(tokens, j) else None
    if aside is not None:
        limit = min(len(tokens), aside + MAX_APPOSITION_TOKENS)
        j = next((k + 1 for k in range(aside + 1, limit) if tokens[k].text == "," and cue_at(
            tokens, skip_adverbs(tokens, k + 1))), limit)
    j = skip_adverbs(tokens, j)
    n = cue_at(tokens, j) or quoted_by_at(tokens, j)  # "Valchev was quoted by MTA as saying"
    if not n and phrase.kind == "nominal":
        named = name_after_office(text, tokens, j)  # "SHA vice-president | of acute care Dr. Naveen Pillai-Strand"
        if named is not None:
            return named
    if not n and (phrase.kind in ("nominal", "anonymous") or (phrase.kind == "pronoun" and j > 1)):
        # also "one of the riders | waiting at the stop | said" (one of a group, read as "they" are)
        described = described_before_cue(text, tokens, phrase, j)  # "the owner | of a motel on Main Street | said"
        if described is not None:
            return described
    return Hit(phrase, cue_span(tokens, j, n), also=also) if n else (read_back(text, tokens) or sentence_end_cue(
        text, tokens))


def _headline_role_cue(context: Context, quote: QuoteState, tokens: list[Token]) -> Hit | None:
    """A headline's role without its article before its cue: "‘unacceptable,’ | health minister | tells MPs"."""
    if headline_line(context, quote) is None:
        return None
    verb = next((k for k in range(1, min(len(tokens), MAX_HEADLINE_ROLE_WORDS + 1)) if cue_at(tokens, k)), None)
    role = bare_role(context.text, tokens[:verb]) if verb is not None else None
    return Hit(role, cue_span(tokens, verb, cue_at(tokens, verb))) if role is not None and verb is not None else None


def sentence_end_cue(text: str, tokens: list[Token]) -> Hit | None:
    """An attribution that closes the quote's sentence: '“It will help,” for small firms, Vint said.'"""
    end = len(tokens) - 1 if tokens and tokens[-1].text in ".!?" else len(tokens)
    for comma in range(end - 2, 0, -1):
        if tokens[comma].text != ",":
            continue
        parsed = phrase_after(text, tokens, comma + 1)
        if parsed is None:
            return None
        j = skip_adverbs(tokens, parsed[1])
        n = cue_at(tokens, j)
        if n and j + n == end and tokens[j].low not in lexicon("addressee_verbs"):
            return Hit(parsed[0], cue_span(tokens, j, n), reading="sentence_end")
        return None
    return None


def _next_sentence_cue(context: Context, quote: QuoteState) -> Hit | None:
    """'“The bill is dead.” Ortiz said.': a sentence that is nothing but the attribution."""
    text = context.text
    para_end = context.paragraphs[quote.span.paragraph].end
    start = quote.span.close_end
    if not text[start:para_end].strip():
        return _identified_after(context, quote)
    end = context.sentences.end_after(start + 1, para_end)
    if context.next_open(quote) < end or end - start > MAX_WINDOW_CHARS:
        # A sentence that holds another quote, or a long one, is no bare attribution; and a paragraph
        # of quotes with no sentence end must not make every quote read the rest of it.
        return None
    tokens = context.tokens.between(start, end)
    parsed = phrase_after(text, tokens, 0)
    if parsed is None:
        return None
    phrase, j = parsed
    j = skip_adverbs(tokens, skip_parenthetical(tokens, j))
    n = cue_at(tokens, j)
    rest = tokens[j + n:]
    # After "?" or "!" the attribution still belongs to the quote ('“Don't!” Trump wrote on X.');
    # after a period only a bare "Ortiz said." does.
    exclaimed = text[quote.span.start:quote.span.end].rstrip().rstrip(NESTED_CLOSINGS)[-1:] in "?!"  # "‘…date?’”"
    if not n or (not exclaimed and len(rest) > 4) or (rest and rest[-1].text not in ".!?"):
        return None
    if tokens[j].low in lexicon("signoff_verbs") and len(rest) <= 1 and not text[end:para_end].strip():
        return None  # a caption's sign-off: "... ‘a schedule, not an emergency.’ Shauna MacKinnon-Reyes reports."
    return Hit(phrase, cue_span(tokens, j, n), reading="next_sentence")


def _identified_after(context: Context, quote: QuoteState) -> Hit | None:
    """A paragraph of its own naming who was just heard, the way radio copy does: '“...”' then 'That’s
    Darnell Pike, a paramedic in Darby County.' (frames in the pack's ``identifying_frames``)."""
    paragraphs = context.paragraphs
    k = context.paragraph_at(quote.span.close_end - 1)
    if k + 1 >= len(paragraphs) or context.next_open(quote) < paragraphs[k + 1].end:
        return None
    after = paragraphs[k + 1]
    if opening_word(context.text, after.start).lower() not in _frame_openers():
        return None  # most paragraphs after a quote open otherwise: no tokens for them
    tokens = context.tokens.between(after.start, min(after.end, after.start + MAX_WINDOW_CHARS))
    frames = lexicon("identifying_frames")
    n = next((n for n in (2, 1) if " ".join(t.low.replace("’", "'") for t in tokens[:n]) in frames), 0)
    parsed = phrase_after(context.text, tokens, n) if n else None
    if parsed is None or parsed[0].kind != "name":
        return None  # "That was the year ...": no one named
    return Hit(parsed[0], reading="next_sentence")


def _frame_openers() -> frozenset[str]:
    """The first words of the identifying frames, as a paragraph opens ("That" of "That’s", "That was")."""
    return compiled("frame_openers", lambda: frozenset(
        frame.split()[0].split("'")[0] for frame in lexicon("identifying_frames")))


def closed_off(text: str, quote: QuoteState) -> bool:
    """Tell whether punctuation ends the quote: '“under control,” the ministry said'."""
    inner = text[quote.span.start:quote.span.end].rstrip()
    after = text[quote.span.close_end:quote.span.close_end + 2].lstrip()
    return inner[-1:] in ",?!.…—-" or after[:1] in ",—–"


def _dash(context: Context, index: int) -> Hit | None:
    """'“Democracy dies in silence.” — Ines Varga, editor of the Daily Ledger'."""
    quote = context.quotes[index]
    tokens = context.trail(quote) or _dash_line_after(context, quote)
    i = 0
    while i < len(tokens) and tokens[i].text in DASHES:
        i += 1
    if i == 0:
        return None
    parsed = phrase_after(context.text, tokens, i)
    if parsed is None or parsed[0].kind not in ("name", "organization"):
        return None
    return Hit(parsed[0])


def _dash_line_after(context: Context, quote: QuoteState) -> list[Token]:
    """The next line, when it is a signature: '“We will rebuild.”' / '― Mayor Lena Ortiz'."""
    following = quote.span.paragraph + 1
    if following >= len(context.paragraphs) or quote.span.close_end < context.paragraphs[quote.span.paragraph].end:
        return []
    line = context.paragraphs[following]
    if context.text[line.start] not in DASHES:
        return []
    return context.tokens.between(line.start, min(line.end, line.start + MAX_WINDOW_CHARS))


def _leading_cue(context: Context, index: int) -> Hit | None:
    """'Chancellor Petra Weiss said: “...”', 'This is how economist Ruth Adler put it: “...”', and 'the agency
    quoted Omar Haddad as saying: “...”' (the one quoted speaks)."""
    tokens = context.lead(context.quotes[index]) or _colon_paragraph_before(context, index)
    if not tokens:
        return None
    end = len(tokens)
    if tokens[-1].text in ":,":
        end -= 1
    elif not ends_with_cue(tokens):
        return None  # a quote inside the writer's sentence: the reporting-clause sieve reads it
    if end >= 2 and f"{tokens[end - 2].low} {tokens[end - 1].low}" in lexicon("as_saying"):
        quoted = quoted_as_saying(context.text, tokens)  # "the agency quoted Omar Haddad as saying:"
        if quoted is not None:
            return Hit(quoted[0], quoted[1], reading="quoted_as_saying")
    window = max(0, end - 1 - MAX_LEAD_TAIL_TOKENS)
    found = [(i, n) for i, n in cues_in(tokens, window) if i + n <= end]
    if not found:
        return None
    i, n = found[-1]
    if end - (i + n) > 0 and tokens[-1].text != ":":
        return None  # 'X said on Monday, “...' is too loose without a colon
    k = skip_adverbs_back(tokens, i)
    phrase = phrase_before(context.text, tokens, k) or unknown_role_before(context.text, tokens, k)
    if phrase is None:
        k = skip_first_verb_back(tokens, k)  # "a protester in the back of the room stood and shouted,"
        phrase = _subject_ending_at(context.text, tokens, k) if k < i else None
    if phrase is None:
        return None
    first = joint_before(context.text, tokens, phrase)  # "Tamika Rowe and Hector Villanueva said:"
    return Hit(first, cue_span(tokens, i, n), also=phrase) if first else Hit(phrase, cue_span(tokens, i, n))


def _subject_ending_at(text: str, tokens: list[Token], k: int) -> NounPhrase | None:
    """The phrase that ends right before ``tokens[k]``, read backwards, or forwards from an article when a
    description ends it: "when | a protester in the back of the room | stood"."""
    phrase = phrase_before(text, tokens, k)
    if phrase is not None:
        return phrase
    articles = lexicon("articles")
    for i in range(max(0, k - MAX_DESCRIPTION_TOKENS), k):
        if tokens[i].low in articles:
            parsed = phrase_after(text, tokens, i)
            if parsed is not None and parsed[1] == k:
                return parsed[0]
    return None


def _colon_paragraph_before(context: Context, index: int) -> list[Token]:
    """The last sentence of the paragraph before, when it ends in a colon that introduces this quote:
    'Asked about the delay, Pittman told reporters:' / '“We are not going to rush this.”'."""
    quote = context.quotes[index]
    paragraph = quote.span.paragraph
    if paragraph == 0 or quote.span.open_start != context.paragraphs[paragraph].start:
        return []
    previous = context.paragraphs[paragraph - 1]
    if not context.text[previous.start:previous.end].rstrip().endswith(":"):
        return []
    if index > 0 and context.quotes[index - 1].span.close_end > previous.start:
        return []  # the colon follows a quote of its own
    start = max(context.sentences.start_before(previous.end - 1), previous.end - MAX_WINDOW_CHARS)
    return context.tokens.between(start, previous.end)


def _colon_lead(context: Context, index: int) -> Hit | None:
    """'Her colleague, Tom Becker, was blunter: “It's a disaster.”': the clause before a colon; a
    headline's 'Biden: “We will not ...”' is the stronger reading."""
    quote = context.quotes[index]
    tokens = context.lead(quote)
    whole_sentence = quote.lead_start == context.sentences.start_before(quote.span.open_start)
    if len(tokens) < 2 or tokens[-1].text != ":" or not whole_sentence:
        return None
    first = 1 if tokens[0].text in LIST_MARKERS else 0  # a bulleted line: "- Gov. Renata Solis: “...”"
    parsed = phrase_after(context.text, tokens, first)
    if parsed is None or (parsed[0].kind == "anonymous" and parsed[0].head not in lexicon("anonymous_heads")):
        return None
    phrase, j = _named_in_apposition(context.text, tokens, *parsed)
    if j == len(tokens) - 1 and phrase.kind in ("name", "organization"):
        if len(phrase.name or "") < 2:
            return None  # "Q: “Will you run?”" is an interview, not a headline
        return Hit(phrase)
    j = skip_parenthetical(tokens, j)
    if j < len(tokens) and tokens[j].text == ",":
        j = next((k + 1 for k in range(j + 1, min(len(tokens), j + MAX_APPOSITION_TOKENS)) if tokens[k].text == ","),
                 len(tokens))
    if j >= len(tokens) - 1 or not tokens[j].is_word or tokens[j].text[0].isupper():
        return None  # the phrase must be the subject of a verb before the colon
    return Hit(phrase, reading="clause")


def _named_in_apposition(text: str, tokens: list[Token], phrase: NounPhrase, j: int) -> tuple[NounPhrase, int]:
    """The person a possessor's role names between commas, and where their verb stands: in "Ravenscroft’s
    co-host, Danny Okoro, shared ... with the caption:" the subject is Danny Okoro, not Ravenscroft."""
    if phrase.kind not in ("name", "organization") or not text.endswith(POSSESSIVE, phrase.start, phrase.end):
        return phrase, j
    comma = next((k for k in range(j, min(len(tokens), j + MAX_ROLE_TOKENS)) if tokens[k].text == ","), None)
    if comma is None or any(not tokens[k].is_word or tokens[k].text[0].isupper() for k in range(j, comma)):
        return phrase, j  # the role is lowercase words: "co-host", "chief spokesman"
    named = phrase_after(text, tokens, comma + 1)
    if named is None or named[0].kind != "name" or named[1] >= len(tokens) or tokens[named[1]].text != ",":
        return phrase, j
    return named[0], named[1] + 1


TRAILING_CUE = Sieve("trailing_cue", 0.95, adjacent=True, find=_trailing_cue, trailing=True,
                     readings=MappingProxyType({"quoted_as_saying": 0.9, "sentence_end": 0.85, "next_sentence": 0.8}))
DASH = Sieve("dash", 0.85, adjacent=True, find=_dash, trailing=True)
LEADING_CUE = Sieve("leading_cue", 0.9, adjacent=True, find=_leading_cue,
                    readings=MappingProxyType({"quoted_as_saying": 0.85}))
COLON_LEAD = Sieve("colon_lead", 0.75, adjacent=False, find=_colon_lead, readings=MappingProxyType({"clause": 0.7}))
