"""Transcripts: paragraphs that open with a speaker label and a colon ("TULL: Because this time ...",
"Q: What would go first?", '"DISPATCHER: 911, what is ...') are one quotation each, marks or not; the
label says who speaks."""

from __future__ import annotations

from types import MappingProxyType

import regex

from .budget import NOT_CONCURRENT
from .language import lexicon, mapping
from .phrase_finder import phrase_after
from .phrases import TITLE_JOIN, NounPhrase
from .quotes import QuoteSpan, has_words
from .segments import Paragraph
from .state import Context, Hit, Sieve
from .words import is_head, is_title

# A turn's label: capitals ("TULL", "DAVID ORTEGA, HOST", "SEN. MARY HALE") or an interview's Q and A,
# after an opening mark the news convention may put at the start of each paragraph; then, in brackets, the
# name of a role's speaker ("CALLER (LINDA)") or a stage direction ("HALE (LAUGHING)").
RE_TURN = regex.compile(
    r"""[\"“]?\s*+
        ( (?:Q|A) | \p{Lu}[\p{Lu}.'’\-]++ (?:\s\p{Lu}[\p{Lu}.'’\-]*+){0,3}+ (?:,\s\p{Lu}++(?:\s\p{Lu}++)?)?+ )
        (?:\s++ [(\[] ([^()\[\]:\n]{1,40}+) [)\]] )?+   # "(LINDA)", "(Omar, Eastside)", "(D-OHIO)", "[LAUGHING]"
        \s*+:\s++""",
    regex.VERBOSE,
)
# A bracketed aside: "(laughs)", "[APPLAUSE]", "(Crosstalk.)"; a stage direction when the lexicon knows it.
RE_ASIDE = regex.compile(r"[(\[]([^()\[\]\n]{1,40}+)[)\]]")
# Marks that close a turn's paragraph: '... Stop the truck now."'
CLOSING_MARKS = "\"”"
# How far before the first turn the introduction naming an interview's parties is read.
MAX_INTRODUCTION_CHARS = 1000
# A document is a transcript when at least this many paragraphs are turns, by at least two labels.
MIN_TURNS = 3


def turns(text: str, paras: list[Paragraph], chain_start: int) -> list[QuoteSpan]:
    """The turns of a transcript, one span each (the words after the label), or none in other copy.

    Args:
        text: the document's text.
        paras: its paragraphs.
        chain_start: the first utterance number free for the turns.
    """
    found: list[QuoteSpan] = []
    labels = set()
    for index, para in enumerate(paras):
        match = RE_TURN.match(text, para.start, para.end, NOT_CONCURRENT)
        if match is None or match.end() >= para.end:
            continue
        end = para.end
        while end > match.end() and (text[end - 1].isspace() or text[end - 1] in CLOSING_MARKS):
            end -= 1
        start, end = _without_stage_directions(text, match.end(), end)
        if not has_words(text, start, end):
            continue  # "Q: ”", "HALE: [inaudible]": a label with nothing said
        label = text[match.start(1):match.end(1)].split(",")[0]
        if label.lower() in lexicon("section_labels"):
            continue  # "LIVE: Harrowgate 2-1 ...", "HT: ...": a blog's markers, not speakers
        labels.add(label)
        # The label runs to its closing bracket unless the brackets hold a stage direction ("HALE (LAUGHING)").
        label_end = match.end(1) if match.start(2) < 0 or _is_stage_direction(match[2]) else match.end(2) + 1
        found.append(QuoteSpan(start, end, para.start, para.end, index, chain_start + len(found),
                               label=(match.start(1), label_end)))
    if len(found) < MIN_TURNS or len(labels) < 2:
        return []
    return found


def _is_stage_direction(words: str) -> bool:
    """ "laughs", "APPLAUSE", "Crosstalk.": what a transcript notes of the room, not what anybody says."""
    return " ".join(words.lower().strip(" .").split()) in lexicon("stage_directions")


def _without_stage_directions(text: str, start: int, end: int) -> tuple[int, int]:
    """A turn's words without the stage directions at its edges ("(laughs) That's a good line.",
    "In the spring. [APPLAUSE]"); one inside the words stays where the transcript put it."""
    while (aside := RE_ASIDE.match(text, start, end)) is not None and _is_stage_direction(aside[1]):
        start = aside.end()
        while start < end and text[start].isspace():
            start += 1
    while end > start and text[end - 1] in ")]":
        opener = max(text.rfind("(", start, end), text.rfind("[", start, end))
        aside = RE_ASIDE.fullmatch(text, opener, end) if opener >= 0 else None
        if aside is None or not _is_stage_direction(aside[1]):
            break
        end = opener
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def merge(spans: list[QuoteSpan], turn_spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Put the turns in place of the marks' reading of their paragraphs: a mark pair that opens at a
    turn's paragraph start is the turn's own convention; quotes inside a turn stay, nested in it."""
    if not turn_spans:
        return spans
    starts = {turn.open_start for turn in turn_spans}
    kept = [span for span in spans if span.open_start not in starts]
    return sorted([*kept, *turn_spans], key=lambda span: span.start)


def _turn(context: Context, index: int) -> Hit | None:
    """The speaker a turn's label names: "TULL" (Maria Tull, once introduced), "DAVID ORTEGA, HOST",
    "DISPATCHER" (a role), or an interview's "Q" and "A" (the interviewer and the one interviewed)."""
    label = context.quotes[index].span.label
    if label is None:
        return None
    start, end = label
    words, _, named = context.text[start:end].partition("(")
    if named and is_head(words.strip().lower()):
        # "CALLER (LINDA)", "CALLER (Omar, Eastside)": the role's speaker by name (Linda, or the fuller name
        # the introduction gave); after a name, brackets hold an affiliation ("HALE (D-OHIO)").
        name = named.rstrip(")").split(",")[0].strip()
        return Hit(NounPhrase(start, end, "name", name=_title_case(name), title=words.strip().lower()))
    words, _, role = words.partition(",")
    party = mapping("interview_labels").get(words.lower())
    if party is not None:
        answering = _interview_parties(context).get(party)
        if answering is None:
            return Hit(NounPhrase(start, end, "nominal", title=party, head=party), reading="interview")
        return Hit(NounPhrase(start, end, "name", name=answering), reading="interview")
    low = words.strip().lower()
    if is_head(low):
        return Hit(NounPhrase(start, end, "nominal", title=low, head=low))
    names = words.split()
    titles = [role.strip().lower()] if role.strip() else []
    while len(names) > 1 and is_title(names[0].lower()):
        titles.insert(0, names.pop(0).lower())  # "SEN. MARY HALE": Sen. is her title, not her name
    return Hit(NounPhrase(start, end, "name", name=_title_case(" ".join(names)), title=TITLE_JOIN.join(titles) or None))


def _title_case(words: str) -> str:
    """ "DAVID ORTEGA" -> "David Ortega", as the copy would write the name."""
    return " ".join(word[:1] + word[1:].lower() for word in words.split())


def _interview_parties(context: Context) -> dict[str, str]:
    """Who an interview's Q and A are: the first person its introduction names is interviewed, the last
    other one asks ("Marisol Quintana ... sat down with the Courier’s Ben Atwood")."""
    cached = context.memo.get("interview_parties")
    if isinstance(cached, dict):
        return cached  # read once for the whole transcript, not once a turn
    first_turn = next(q.span.open_start for q in context.quotes if q.span.label is not None)
    tokens = context.tokens.between(max(0, first_turn - MAX_INTRODUCTION_CHARS), first_turn)
    names: list[str] = []
    for i, token in enumerate(tokens):
        if token.is_word and token.text[:1].isupper() and (i == 0 or not tokens[i - 1].text[:1].isupper()):
            parsed = phrase_after(context.text, tokens, i)
            if parsed is not None and parsed[0].kind == "name" and " " in (parsed[0].name or ""):
                name = parsed[0].name or ""
                if name not in names:
                    names.append(name)
    parties = {}
    if names:
        parties["interviewee"] = names[0]
    if len(names) > 1:
        parties["interviewer"] = names[-1]
    context.memo["interview_parties"] = parties
    return parties


TRANSCRIPT = Sieve("transcript", 0.9, adjacent=True, find=_turn, readings=MappingProxyType({"interview": 0.75}))
