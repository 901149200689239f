"""Turns of an exchange of questions and replies: a quote paragraph with no cue of its own is the other party's
turn, not a continuation of the last speaker's (:mod:`clause_sieves` asks here)."""

from __future__ import annotations

from .language import lexicon
from .phrase_before import phrase_before
from .state import MAX_WINDOW_CHARS, Context, Hit


def exchange_turn(context: Context, index: int) -> Hit | None:
    """In an exchange of questions and replies, a quote paragraph with no cue is the other party's turn: after
    '“Nine,” Nakashima-Ruiz replied.' comes the asker's '“Nine. And how many landowners came?”', after the asker's
    follow-up the one who replied before ('“In practice, yes.”'). The asker may have asked in the writer's words
    ("Rep. Dale Hutchens asked how many states had switched.")."""
    quote = context.quotes[index]
    paragraph = quote.span.paragraph
    if quote.span.open_start != context.paragraphs[paragraph].start:
        return None  # a turn opens its own paragraph
    last = _turn(context, index - 1, paragraph - 1)
    if last is None:
        return None
    before = _turn(context, last - 1, paragraph - 2) if last > 0 else None
    if _turn_cue(context, last) in lexicon("reply_cues"):
        if before is not None and _turn_cue(context, before) not in lexicon("reply_cues"):
            return Hit(source=before)  # the asker's turn again
        return _asker(context, paragraph - 2)
    if before is not None and _turn_cue(context, before) in lexicon("reply_cues"):
        return Hit(source=before)  # the one who replied, answering the asker's follow-up
    return None


def _turn(context: Context, index: int, paragraph: int) -> int | None:
    """The first quote of ``paragraph`` when the quote at ``index`` closes it: one party's turn."""
    if index < 0 or context.quotes[index].span.paragraph != paragraph or not context.quotes[index].attributed:
        return None
    while index > 0 and context.quotes[index - 1].span.paragraph == paragraph:
        index -= 1
    return index


def _turn_cue(context: Context, index: int) -> str | None:
    """The lowercase verb of the cue of the turn that opens at ``index`` (its first quote with one)."""
    paragraph = context.quotes[index].span.paragraph
    for quote in context.quotes[index:]:
        if quote.span.paragraph != paragraph:
            break
        if quote.cue is not None:
            return context.text[quote.cue[0]:quote.cue[1]].split(" ", 1)[0].lower()
    return None


def _asker(context: Context, paragraph: int) -> Hit | None:
    """Who asked in the writer's words in ``paragraph``: "Rep. Dale Hutchens (R-Kan.) | asked | how many ..."."""
    if paragraph < 0:
        return None
    para = context.paragraphs[paragraph]
    tokens = context.tokens.between(para.start, min(para.end, para.start + MAX_WINDOW_CHARS))
    k = next((k for k, token in enumerate(tokens) if token.low in lexicon("question_cues")), None)
    phrase = phrase_before(context.text, tokens, k) if k else None
    return Hit(phrase) if phrase is not None and phrase.kind in ("name", "nominal") else None
