"""The headline sieve: title-case lines holding quotes ("Mayor Tull: Budget Is ‘Dead on Arrival’", "Tull
Says Budget Plan ‘Dead’", "‘We Were Lied To,’ Says Flood Victim") are speech when a `Name:` prefix or
a capitalised cue (a reporting, characterizing or headline verb) says who speaks; in a headline every word
is capitalised, so the usual grammar would read "Coach Insists After Fifth Straight Loss" as one long name."""

from __future__ import annotations

from types import MappingProxyType

from .cues import cue_at
from .language import compiled, lexicon
from .phrases import interpret
from .state import Context, Hit, QuoteState, Sieve
from .tokens import Token
from .words import POSSESSIVE, is_org_name

# A headline is short and has no sentence of its own.
MAX_HEADLINE_CHARS = 160
# Share of a headline's longer words that are capitalized.
MIN_CAPITALIZED_SHARE = 0.7
# Words a speaker takes in a headline: "Ex-Governor Hale", "Schools Chief".
MAX_SPEAKER_WORDS = 4


def is_headline(context: Context, quote: QuoteState) -> bool:
    """Tell whether the quote stands in a title-case line of its own."""
    paragraph = context.paragraphs[quote.span.paragraph]
    if paragraph.end - paragraph.start > MAX_HEADLINE_CHARS:
        return False
    line = context.text[paragraph.start:paragraph.end]
    if line.rstrip("’'”\"")[-1:] in ".;":
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
    # "Mayor Tull: Budget Is ‘Dead on Arrival’": a name and a colon open the line.
    colon = next((i for i, t in enumerate(outside[:MAX_SPEAKER_WORDS + 1]) if t.text == ":"), None)
    if colon and all(t.is_word for t in outside[:colon]) and outside[0].low not in lexicon("section_labels"):
        phrase = interpret(context.text, outside[:colon])
        if phrase is not None and phrase.kind != "pronoun":
            return Hit(phrase)
    cues = _headline_cues()
    for i, token in enumerate(outside):
        if not (token.text[:1].isupper() and (cue_at(outside, i) or token.low in cues)):
            continue
        cue = (token.start, token.end)
        before = _speaker_words(outside[:i][::-1])[::-1]  # "Police Union | Blasts"
        after = _speaker_words(outside[i + 1:])  # "Says | Flood Victim"
        for words in (before, after):
            words = _after_possessor(words)
            phrase = interpret(context.text, words) if words else None
            if phrase is not None and phrase.kind != "pronoun":
                return Hit(phrase, cue, reading="cue")
    return None


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
