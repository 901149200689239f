"""The words and patterns the cast reads in the text around its mentions: "made the remarks", "a statement
released by", a news medium's name, the role "another" stands for."""

from __future__ import annotations

import regex

from .entities import Event
from .language import compiled, lexicon, mapping

# "Another posted:" looks this far back for the "one fan" it continues: a few short paragraphs.
MAX_ELIDED_CHARS = 600


def made_remarks() -> regex.Pattern[str]:
    """"Nasser Kanaani made the remarks on Monday": the name given for what an unnamed speaker said."""
    return compiled("made_remarks", lambda: regex.compile(
        r"\s++(?:also\s++)?made\s++(?:the|these|those|his|her)\s++(?:\L<nouns>)\b",
        nouns=sorted(lexicon("remarks_nouns"))))


def issued_by() -> regex.Pattern[str]:
    """Between a document and its issuer: "statement released by the", "statement from" (not "memo
    obtained by the": who read it)."""
    return compiled("issued_by", lambda: regex.compile(
        r"(?<!\s)\s++(?:(?!(?:\L<readers>)\b)\p{Ll}++\s++)?(?:\L<by>)\s++(?:(?:\L<articles>)\s++)?",
        regex.IGNORECASE, by=sorted(lexicon("issued_by")), articles=sorted(lexicon("articles")),
        readers=sorted(lexicon("document_readers"))))


def is_media(name: str) -> bool:
    """Tell whether an organization's name is a news medium's ("Fars News", "the Daily Ledger")."""
    words = name.lower().split()
    media = lexicon("media_heads")
    return bool(words) and (words[-1] in media or " ".join(words) in media)


def elided_role(word: str, before: list[Event], position: int) -> str:
    """The role a word with an elided head stands for, from the last anonymous source the copy opened with
    its partner word: "One fan wrote on X: ... Another posted:" is "another fan"; "" when none is near.

    Args:
        word: the word as the copy has it ("Another").
        before: the cast's mentions before it, newest first.
        position: where the word stands.
    """
    partner = mapping("elided_heads").get(word.lower())
    for event in before:
        if partner is None or position - event.position > MAX_ELIDED_CHARS:
            break
        if event.entity.type != "anonymous" or not event.entity.titles:
            continue
        first, _, rest = event.entity.titles[0].partition(" ")
        if first.lower() == partner and rest:
            return f"{word.lower()} {rest}"
    return ""
