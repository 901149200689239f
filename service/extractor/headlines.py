"""Headlines and decks as sieves read them: a short line with no sentence of its own, whose subject is a bare
role with its article dropped ("health minister tells MPs", "union says")."""

from __future__ import annotations

from .language import lexicon
from .phrases import NounPhrase, interpret
from .state import Context, QuoteState
from .tokens import Token

# A headline is short and has no sentence of its own.
MAX_HEADLINE_CHARS = 160
# A caption's section label, up to its colon: "WATCH:".
MAX_LABEL_CHARS = 20


def headline_line(context: Context, quote: QuoteState) -> str | None:
    """The quote's paragraph when it reads as a headline's line: short, and no sentence of its own."""
    paragraph = context.paragraphs[quote.span.paragraph]
    if paragraph.end - paragraph.start > MAX_HEADLINE_CHARS:
        return None
    line = context.text[paragraph.start:paragraph.end]
    return None if line.rstrip("’'”\"")[-1:] in ".;" else line


def caption_line(context: Context, quote: QuoteState) -> bool:
    """Tell whether the quote's paragraph is a caption a section label opens: "WATCH: ... One North End mother says
    she keeps her kids’ shoes by the front door “in case we have to run.”"."""
    paragraph = context.paragraphs[quote.span.paragraph]
    label, colon, _ = context.text[paragraph.start:min(paragraph.end, paragraph.start + MAX_LABEL_CHARS)].partition(":")
    return bool(colon) and label.strip().lower() in lexicon("section_labels")


def bare_role(text: str, words: list[Token]) -> NounPhrase | None:
    """The subject a headline writes without its article, read by its head when its first words do not parse:
    "health minister", "union", "nurses' union" (the whole words kept as its title)."""
    for first in range(len(words)):
        if not all(token.is_word for token in words[first:]):
            continue
        phrase = interpret(text, words[first:])
        if phrase is not None and phrase.kind in ("nominal", "organization", "name"):
            whole = text[words[0].start:words[-1].end]
            return phrase._replace(start=words[0].start, title=whole) if phrase.kind == "nominal" else phrase
    return None
