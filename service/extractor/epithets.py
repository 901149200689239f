"""Epithets: a description or a role that stands for the person the writer's last sentence was about
("“...,” the 31-year-old added", "the midfielder joked"), found in the cast's mentions so far."""

from __future__ import annotations

import bisect

from .entities import Entity, Event
from .language import lexicon
from .pronouns import opening_pronoun
from .segments import Sentences, opening_word
from .tokens import tokenize
from .words import is_descriptive

# How many of the writer's own sentences back an epithet looks for its person: the one before its own.
WRITER_SENTENCES = 1


def writer_horizon(text: str, sentences: Sentences, quoted: list[tuple[int, int]], position: int) -> int:
    """Where the writer's sentence before the one at ``position`` starts, not counting sentences that lie
    wholly inside a quotation (a three-sentence quote paragraph between "Addo said." and "the 31-year-old
    added" is the speaker's words) nor sentences whose subject already stands for the same person ("Gemma
    Hart has left. | The 41-year-old had fronted it since 2016. | ... the mum-of-two said")."""
    starts = [start for start, _ in quoted]
    start = sentences.start_before(position)
    left = WRITER_SENTENCES
    while left and start > 0:
        end = start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = sentences.start_before(end - 1)
        i = bisect.bisect_right(starts, start) - 1
        if not (i >= 0 and quoted[i][0] <= start and end <= quoted[i][1]) and not _goes_on_about(text, start, end):
            left -= 1
    return start


def _goes_on_about(text: str, start: int, end: int) -> bool:
    """Tell whether the sentence ``text[start:end]`` opens on a pronoun ("He had spent a year on remand") or
    an epithet ("The 41-year-old had fronted it"), so its subject is whoever the writer was already on."""
    if opening_pronoun(text, start) in ("m", "f"):
        return True
    if opening_word(text, start).lower() not in lexicon("articles"):
        return False
    words = [token.low for token in tokenize(text, start, min(end, start + 40)) if token.is_word][1:2]
    return bool(words) and is_descriptive(words[0])


def antecedent(events: list[Event], horizon: int, gender: str | None, *, unnamed: bool = False) -> Entity | None:
    """The person an epithet stands for: the latest person who was a subject since ``horizon`` (events
    newest first), when their gender fits the epithet's ("the actress" is never a man). ``unnamed``: an unnamed
    source counts too, and one of the wrong gender is passed over ("the man" after "One season-ticket holder")."""
    for event in events:
        if event.position < horizon:
            break
        entity = event.entity
        if not event.subject or not (entity.type == "person" or (
                unnamed and entity.type == "anonymous" and not entity.plural)):
            continue
        if gender is None or entity.gender in (None, gender):
            return entity
        if not unnamed:
            return None
    return None
