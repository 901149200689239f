"""He and she: which earlier member of the cast a speaker's gendered or neuter pronoun refers to."""

from __future__ import annotations

from collections.abc import Callable

from .entities import Entity, Event
from .language import mapping
from .segments import Sentences, opening_word
from .words import pronoun_gender

# Sentences that open on the pronoun and name nobody, read back over to the one they continue.
MAX_CHAIN_SENTENCES = 3


def opening_pronoun(text: str, start: int) -> str | None:
    """The gender of the subject pronoun the sentence at ``start`` opens with ("He now lives ..."), or ``None``."""
    return pronoun_gender(opening_word(text, start).lower())


def fitting(gender: str) -> Callable[[Entity], bool] | None:
    """What a pronoun of ``gender`` may refer to: "he" and "she" a person, or one unnamed source ("A nurse
    at ... said ... she said"); "it" an organization; ``None`` for any other pronoun."""
    if gender in ("m", "f"):
        def fits(e: Entity) -> bool:
            return (e.type == "person" or e.pronoun_only or (e.type == "anonymous" and not e.plural)) and (
                e.gender in (None, gender))
        return fits
    if gender == "n":
        def fits_body(e: Entity) -> bool:
            return e.type == "organization"
        return fits_body
    return None


def pronoun_antecedent(text: str, sentences: Sentences, position: int, gender: str,
                       subjects: list[Event]) -> Entity | None:
    """The member a pronoun at ``position`` refers to, among the fitting mentions before it.

    Args:
        text: the document's text.
        sentences: its sentence boundaries.
        position: where the pronoun stands.
        gender: the pronoun's gender ("m", "f", "n").
        subjects: the mentions before it that fit the pronoun, newest first.

    Returns:
        A subject of the pronoun's own sentence, else the sentence before's subject or whoever it is
        about, else the latest subject, else the latest fitting mention; ``None`` when none fits.
    """
    horizon = sentences.start_before(max(0, position - 1))
    for event in subjects:
        if event.subject and event.position >= horizon:
            return event.entity
    # The sentence before: its subject, or else whoever it is about ("For Ms. Aldana, that argument
    # rings hollow. “...,” she said."), before any older subject.
    previous = sentences.start_before(max(0, horizon - 1))
    for _ in range(MAX_CHAIN_SENTENCES):
        recent = [event for event in subjects if event.position >= previous]
        found = next((event for event in recent if event.subject), None)
        # ... as one that opens on the pronoun's possessive does: "Her husband, Tom, was killed in March."
        opening = opening_word(text, previous).lower()
        chained = pronoun_gender(opening) == gender or mapping("possessive_pronouns").get(opening) == gender
        if found is None and recent and not chained:
            found = recent[0]  # not when the pronoun is that sentence's subject: "He now lives in Dresden."
        if found is not None:
            return found.entity
        earlier = sentences.start_before(previous - 1) if previous else 0
        # A quote paragraph's pronoun reads back over the paragraph before when its last sentence names nobody who
        # fits: "The most pointed testimony came from Jolene Wachowski ... The driver had received his license 11
        # days earlier." then "“...,” she said." (not within its own paragraph: "The mill, founded by Jim Hale, ...
        # “...,” he said." after the mayor's quote is the mayor's)
        same_paragraph = not recent and previous > 0 and sentences.opens_paragraph(horizon) and not (
            sentences.opens_paragraph(previous))
        if (recent or not chained or previous == 0) and not same_paragraph:
            break
        # A sentence that opens on the pronoun and names nobody continues the one before: "What Marwood
        # watches is weather. She keeps a notebook. “...,” she says." is Marwood's, not an older subject's.
        previous = earlier
    for event in subjects:
        if event.subject:
            return event.entity
    return subjects[0].entity if subjects else None
