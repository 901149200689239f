"""Turns of an exchange of questions and replies: a quote paragraph with no cue of its own is the other party's
turn, not a continuation of the last speaker's (:mod:`clause_sieves` asks here)."""

from __future__ import annotations

from .language import lexicon
from .phrase_before import phrase_before
from .state import MAX_WINDOW_CHARS, Context, Hit, QuoteState

# How many turns back an answer looks for the one a question was put to.
MAX_TURNS_BACK = 4
# How many words a cue-less follow-up question holds at most when nothing else marks it ("Within how long?").
MAX_FOLLOW_UP_WORDS = 6


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
    replies = lexicon("reply_cues")
    if _turn_cue(context, last) in replies:
        if not _asks(context, index) and _split(context, last):
            # the one who replied at length goes on: '“I can't tell you that,” X answered. “The routes ...”' and then
            # '“What I can tell you is ...”' (after a short reply the asker speaks again: '“Nine,” X replied.')
            return None
        if before is not None and _turn_cue(context, before) not in replies:
            return Hit(source=before)  # the asker's turn again
        return _asker(context, paragraph - 2)
    if _asks(context, index):
        if before is not None and _turn_cue(context, before) in replies:
            return None  # the asker goes on: '“Forty-one,” A replied.' '“… a rounding error,” B said.' '“How many …?”'
        if _asks(context, last) or not _follow_up(context, quote):
            return None  # a question of the one who answered: '“Why would we walk away from $40 million?”'
        # a follow-up after a plain answer is the asker's: '“Eight,” Vellacott-Reyes said.' then '“Eight out of 19?”'
        return Hit(source=before) if before is not None and _asks(context, before) else _asker(context, paragraph - 2)
    if before is not None and _turn_cue(context, before) in replies:
        return Hit(source=before)  # the one who replied, answering the asker's follow-up
    put = _asks(context, last) and _turn_cue(context, last) not in lexicon("plain_cues")
    return _other_party(context, last) if put else None  # not after '“How do you tell a child?” said Maria Lopez.'


def _split(context: Context, index: int) -> bool:
    """Tell whether the turn that opens at ``index`` goes on past its cue in a quote of its own."""
    return index + 1 < len(context.quotes) and (
        context.quotes[index + 1].span.paragraph == context.quotes[index].span.paragraph)


def _follow_up(context: Context, quote: QuoteState) -> bool:
    """Tell whether a cue-less question reads as another's follow-up, not the last speaker's own: a short one
    ("Within how long?"), one that opens on "and" ("And how many of those 11 were waiting?") or one put to
    "you" ("And how much did the system pay you?")."""
    words = [token.low for token in context.tokens.between(quote.span.start, quote.span.end) if token.is_word]
    return len(words) <= MAX_FOLLOW_UP_WORDS or (bool(words) and words[0] in lexicon("joining_words")) or any(
        word in lexicon("addressee_pronouns") for word in words)


def _other_party(context: Context, question: int) -> Hit | None:
    """Who a question with a plain cue or none was put to, whose the answer after it is: the latest turn before it
    whose speaker is named otherwise than the asker ('“Forty-one,” Ellery-Obi replied.' ... '“How many
    investigators?”' '“Fourteen.”')."""
    asker = _speaker_key(context, question)
    paragraph = context.quotes[question].span.paragraph
    k = question - 1
    for p in range(paragraph - 1, max(-1, paragraph - 1 - MAX_TURNS_BACK), -1):
        turn = _turn(context, k, p)
        key = _speaker_key(context, turn) if turn is not None else None
        if asker is None or key is None:
            return None
        if key != asker:
            return Hit(source=turn)
        k = turn - 1 if turn is not None else k
    return None


def _speaker_key(context: Context, index: int) -> str | None:
    """The last word of the name or role that gives the turn at ``index`` its speaker ("ellery-obi"), or ``None`` when
    a pronoun or nothing does."""
    phrase = context.quotes[context.origin(index)].phrase
    words = (phrase.name or phrase.title or "").split() if phrase is not None and phrase.kind in (
        "name", "nominal", "organization") else []
    return words[-1].lower() if words else None


def _asks(context: Context, index: int) -> bool:
    """Tell whether the turn that opens at ``index`` asks: its last quote ends on a question mark, or its cue is a
    question's ("asked")."""
    paragraph = context.quotes[index].span.paragraph
    last = index
    while last + 1 < len(context.quotes) and context.quotes[last + 1].span.paragraph == paragraph:
        last += 1
    span = context.quotes[last].span
    return context.text[span.start:span.end].rstrip().endswith("?") or (
        _turn_cue(context, index) in lexicon("question_cues"))


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
