"""Singular they: "they said" of one person, when the copy gives the pronoun nobody else to mean."""

from __future__ import annotations

from collections.abc import Callable

import regex

from .budget import NOT_CONCURRENT
from .entities import Entity, Event
from .language import lexicon
from .segments import Sentences
from .words import head_words, is_plural_title

# Words as a reader sees them, with the slash and hyphen of "they/them" and "non-binary".
RE_SLASHED_WORD = regex.compile(r"\p{L}[\p{L}/\-]*+")
# How many of a person's mentions are read for a pronoun they were said to use.
MAX_DECLARING_MENTIONS = 3


def singular_they(text: str, sentences: Sentences, position: int, before: list[Event],
                  inside_quote: Callable[[int], bool]) -> Entity | None:
    """The one person a speaker's "they" at ``position`` means, or ``None`` when a group could be meant.

    "Rowan Blake has run the shelter since 2019. “We are full every night,” they said.": the pronoun's
    sentence and the one before mention one member of the cast, a person, as a subject, and no group
    ("Police arrested Rowan Blake", "Blake met city officials", "Blake and Lee Park", "with two
    volunteers", "the Hendersons"). The group check is waived for a person the copy says uses they/them.

    Args:
        text: the document's text.
        sentences: its sentence boundaries.
        position: where the pronoun starts.
        before: the cast's mentions before the pronoun, newest first.
        inside_quote: tells whether an offset is inside a quotation (whose words are not the writer's).
    """
    horizon = sentences.start_back(position, 1)
    recent = [event for event in before if event.position >= horizon]
    for event in recent:  # a person the copy says uses they/them, whoever else is named beside them
        if event.entity.type == "person" and event.entity.names and _declared(text, sentences, event.entity):
            return event.entity
    if not recent or any(event.entity is not recent[0].entity for event in recent):
        return None
    person = recent[0].entity
    if person.type != "person" or not person.names or not any(event.subject for event in recent):
        return None
    return person if not _group_words(text, horizon, position, inside_quote) else None


def _declared(text: str, sentences: Sentences, person: Entity) -> bool:
    """Tell whether a sentence that names ``person`` says they use they/them ("who is nonbinary")."""
    markers = lexicon("singular_they_markers")
    for start, _ in person.mentions[:MAX_DECLARING_MENTIONS]:
        sentence = sentences.start_before(start)
        words = RE_SLASHED_WORD.finditer(text, sentence, sentences.end_after(start, len(text)), False, NOT_CONCURRENT)
        if any(word.group().lower() in markers for word in words):
            return True
    return False


def _group_words(text: str, start: int, end: int, inside_quote: Callable[[int], bool]) -> bool:
    """Tell whether the writer's words in ``text[start:end]`` speak of more than one person: a plural
    role or person noun ("officials", "volunteers", "police"), a joining word ("and", "with"), or a
    family by its surname ("the Hendersons")."""
    previous, groups, heads = "", lexicon("group_words"), head_words()
    for match in RE_SLASHED_WORD.finditer(text, start, end, False, NOT_CONCURRENT):
        word = match.group()
        low = word.lower()
        if inside_quote(match.start()):
            continue
        if low in groups or is_plural_title(low) or (
                low.endswith("s") and (low[:-1] in heads or low[:-3] + "y" in heads)) or (
                word[0].isupper() and low.endswith("s") and previous == "the"):
            return True
        previous = low
    return False
