"""The words and patterns the cast reads in the text around its mentions: "made the remarks", "a statement
released by", a news medium's name."""

from __future__ import annotations

import regex

from .language import compiled, lexicon


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
