"""The headline sieve: title-case lines holding quotes ("Mayor Tull: Budget Is ‘Dead on Arrival’", "Tull
Says Budget Plan ‘Dead’", "‘We Were Lied To,’ Says Flood Victim") are speech when a `Name:` prefix or
a capitalised cue (a reporting, characterizing or headline verb) says who speaks; in a headline every word
is capitalised, so the usual grammar would read "Coach Insists After Fifth Straight Loss" as one long name."""

from __future__ import annotations

from types import MappingProxyType

import regex

from .adjacent_sieves import LEADING_CUE, TRAILING_CUE
from .budget import NOT_CONCURRENT
from .cues import cue_at
from .headlines import MAX_HEADLINE_CHARS, caption_line, headline_line
from .language import compiled, lexicon
from .phrases import NounPhrase, interpret
from .state import Context, Hit, QuoteState, Sieve
from .tokens import Token
from .words import POSSESSIVE, head_words, is_org_name, is_plural_title

# Share of a headline's longer words that are capitalized.
MIN_CAPITALIZED_SHARE = 0.7
# Words a speaker takes in a headline: "Ex-Governor Hale", "Schools Chief".
MAX_SPEAKER_WORDS = 4
# The headline and its deck stand in the first paragraphs.
MAX_HEADLINE_PARAGRAPH = 2
# Words a headline's quote needs for its source in the body to be found by them: "She waited nine hours".
MIN_LIFTED_WORDS = 3
# Words a headline's quote needs for a body quote holding them to name the role that spoke them: "‘deserve answers’".
MIN_ROLE_WORDS = 2
RE_PLAIN_WORD = regex.compile(r"[\p{L}\p{N}]++")


def is_headline(context: Context, quote: QuoteState) -> bool:
    """Tell whether the quote stands in a title-case line of its own."""
    line = headline_line(context, quote)
    if line is None:
        return False
    small = lexicon("function_words")
    words = [w for w in line.replace("’", " ").replace("‘", " ").split()
             if len(w) > 3 and w[0].isalpha() and w.lower() not in small]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= MIN_CAPITALIZED_SHARE * len(words)


def _headline(context: Context, index: int) -> Hit | None:
    quote = context.quotes[index]
    if not is_headline(context, quote):
        return None
    paragraph = context.paragraphs[quote.span.paragraph]
    tokens = context.tokens.between(paragraph.start, paragraph.end)
    inside = [t for t in tokens if quote.span.open_start <= t.start < quote.span.close_end]
    outside = [t for t in tokens if t not in inside]
    # "Mayor Tull: Budget Is ‘Dead on Arrival’": a name and a colon open the line ("Hargrove Rips Energy Rule:"
    # holds a headline verb: its subject is read below).
    cues = _headline_cues()
    colon = next((i for i, t in enumerate(outside[:MAX_SPEAKER_WORDS + 1]) if t.text == ":"), None)
    verb_before = bool(colon) and any(outside[k].low in cues or cue_at(outside, k) for k in range(1, colon or 1))
    if colon and all(t.is_word for t in outside[:colon]) and outside[0].low not in lexicon("section_labels") and (
            not verb_before):
        phrase = interpret(context.text, outside[:colon])
        if phrase is not None and phrase.kind != "pronoun":
            return Hit(phrase)
    for i, token in enumerate(outside):
        if not (token.text[:1].isupper() and (cue_at(outside, i) or token.low in cues)):
            continue
        cue = (token.start, token.end)
        if i > 1 and outside[i - 1].text == ",":
            subject = _elided_subject(context.text, outside[:i - 1])
            if subject is not None:
                return Hit(subject, cue, reading="cue")
        before = _speaker_words(outside[:i][::-1])[::-1]  # "Police Union | Blasts"
        # "Says | Flood Victim" after the quote; before it the words after the cue are its object ("Sees
        # ‘Sticky’ | Inflation").
        after = _speaker_words(outside[i + 1:]) if quote.span.open_start < token.start else []
        for words in (before, after):
            words = _after_possessor(words)
            phrase = interpret(context.text, words) if words else None
            if phrase is not None and phrase.kind != "pronoun":
                return Hit(phrase, cue, reading="cue")
    return None


def _lifted_from_body(context: Context, index: int) -> Hit | None:
    """A headline's quote lifted from a longer one in the body speaks with the body's speaker: "‘She waited nine
    hours’: Family demands answers ..." and, below, "“She waited nine hours. Nine hours, ...,” her daughter
    ... told the Star" (a title repeated in the body is no longer there than in the headline); so does a crosshead
    over the paragraphs that quote it."""
    j = lifted_source(context, index)
    return Hit(source=j) if j is not None else None


def lifted_source(context: Context, index: int) -> int | None:
    """The body's quote that a headline's, a video caption's or a crosshead's quote ``index`` was lifted from."""
    quote = context.quotes[index]
    if not _crosshead(context, quote) and (quote.span.paragraph > MAX_HEADLINE_PARAGRAPH or (
            headline_line(context, quote) is None and not caption_line(context, quote))):
        return None
    if len(_plain_words(context.text[quote.span.start:quote.span.end])) < MIN_LIFTED_WORDS:
        return None
    return body_source(context, index)


def _crosshead(context: Context, quote: QuoteState) -> bool:
    """Tell whether the quote is a crosshead: a short paragraph of its own, marks and all, with no sentence's end
    ("'Science must guide every decision'" over the paragraphs that quote it)."""
    paragraph = context.paragraphs[quote.span.paragraph]
    inner = context.text[quote.span.start:quote.span.end].rstrip()
    return quote.span.open_start == paragraph.start and quote.span.close_end == paragraph.end and (
        paragraph.end - paragraph.start <= MAX_HEADLINE_CHARS) and inner[-1:].isalnum()


def body_source(context: Context, index: int) -> int | None:
    """The body's quote a headline's quote ``index`` was lifted from: a longer one holding its words, or the same
    words with a cue of their own ("‘I’m paying for a train that doesn’t come’: ..." and, below, "“I’m paying for
    a train that doesn’t come,” Figueroa said"); a title repeated in the body has neither."""
    span = context.quotes[index].span
    words = _plain_words(context.text[span.start:span.end])
    for j in same_words(context, index):
        body = context.quotes[j].span
        if _plain_words(context.text[body.start:body.end]) != words or any(
                context.ask(sieve, j) is not None for sieve in (TRAILING_CUE, LEADING_CUE)):
            return j
    return None


def same_words(context: Context, index: int, min_held: int = MIN_LIFTED_WORDS) -> list[int]:
    """The quotes after quote ``index``, in other paragraphs, that hold its words: the same ("managed decline"),
    or more around them when they are at least ``min_held`` words ("Where are these kids supposed to go? ...")."""
    span = context.quotes[index].span
    words = _plain_words(context.text[span.start:span.end])
    n, found = len(words), []
    for j in range(index + 1, len(context.quotes)):
        body = context.quotes[j].span
        if body.paragraph == span.paragraph:
            continue
        held = _plain_words(context.text[body.start:body.end])
        if held == words or (n >= min_held and any(held[k:k + n] == words for k in range(len(held) - n + 1))):
            found.append(j)
    return found


def _plain_words(text: str) -> list[str]:
    return RE_PLAIN_WORD.findall(text.casefold(), None, None, False, NOT_CONCURRENT)


def _elided_subject(text: str, clause: list[Token]) -> NounPhrase | None:
    """The subject of a headline's first clause, which a second verb after a comma shares: "Bank | Holds
    Rates, Warns of ‘Sticky’ Inflation", "Mayor Tull | Vetoes Budget, Calls It ‘Reckless’". The first verb
    is the first word after the subject that ends in -s and is no plural role ("Union Leaders Reject ..."
    has none: nobody is guessed)."""
    verb = next((v for v in range(1, min(len(clause), MAX_SPEAKER_WORDS + 1)) if _is_verb(clause[v].low)), None)
    if verb is None or not all(t.is_word and t.text[:1].isupper() for t in clause[:verb + 1]):
        return None  # the subject and its verb are capitalized; the rest may not be ("Law on Protests")
    phrase = interpret(text, _after_possessor(clause[:verb]))
    return phrase if phrase is not None and phrase.kind in ("name", "organization", "nominal") else None


def _is_verb(low: str) -> bool:
    """A title-case headline's present-tense verb: "Holds", "Vetoes"; not "Leaders", "Rates", "Class"."""
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and not is_plural_title(low) and (
        low[:-1] not in head_words()) and low not in lexicon("function_words")


def _after_possessor(words: list[Token]) -> list[Token]:
    """A person after a possessor is named by the words after it: "Central Bank's | Okafor Sees" (an
    organization keeps its possessor: "Iran’s Foreign Ministry")."""
    possessor = max((k for k, t in enumerate(words[:-1]) if t.low.endswith(POSSESSIVE)), default=-1)
    rest = words[possessor + 1:]
    return words if possessor < 0 or is_org_name([t.text for t in rest]) else rest


def _headline_cues() -> frozenset[str]:
    """One-word cues of a headline besides reporting verbs: "Hale Blasts Referees", "Ruiz Sees ‘No Path’"."""
    return compiled("headline_cues", lambda: lexicon("characterizing_verbs") | lexicon("headline_verbs"))


def _speaker_words(tokens: list[Token]) -> list[Token]:
    """The capitalised words nearest a headline's cue, up to a mark or a small word."""
    words: list[Token] = []
    for token in tokens[:MAX_SPEAKER_WORDS]:
        if not token.is_word or not token.text[:1].isupper() or token.low in lexicon("function_words"):
            break
        words.append(token)
    return words


HEADLINE = Sieve("headline", 0.75, adjacent=True, find=_headline, readings=MappingProxyType({"cue": 0.7}))
# Runs after the sieves that read a headline's own words ("Chief X says: ‘…’"); its hit is evidence of speech.
LIFTED = Sieve("lifted", 0.6, adjacent=True, find=_lifted_from_body)
