"""Tokens and the subject-role lookup: what joins into one token, and where a sentence's opening role ends."""

from __future__ import annotations

import pytest

from service.extractor.scan_words import subject_role_end
from service.extractor.tokens import tokenize


def words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [token.text for token in tokenize(text, start, len(text) if end is None else end)]


@pytest.mark.parametrize(("text", "expected"), [
    ("the U.S. Senate", ["the", "U.S.", "Senate"]),
    ("Rep. J.T. Hale", ["Rep.", "J.T.", "Hale"]),
    ("U.S.A. and U.S.-based", ["U.S.A.", "and", "U.S.", "-", "based"]),
    ("AB.C.D. said", ["AB", ".", "C.D.", "said"]),  # initials join only each other
    ("Mr. U. Sato", ["Mr.", "U.", "Sato"]),  # a space between initials keeps them apart
    ("the Employers’ Association", ["the", "Employers’", "Association"]),
    ("the workers’ union", ["the", "workers", "’", "union"]),  # a possessive joins only a name
    ("a 27-year-old nurse", ["a", "27-year-old", "nurse"]),
    ("27-year-olds", ["27-year-old", "s"]),
    ("the commission's 22-page order", ["the", "commission's", "22-page", "order"]),  # a number's compound
    ("a 5-4 vote", ["a", "5", "-", "4", "vote"]),  # numbers on both sides stay apart
    ("a 1234-year-old tree", ["a", "1234", "-", "year-old", "tree"]),  # an age has at most three digits
    ("O’Neill and Ocasio-Cortez", ["O’Neill", "and", "Ocasio-Cortez"]),
    ("B.C.’s Ministry of Housing", ["B.C.’s", "Ministry", "of", "Housing"]),  # a possessive after initials
    ("the U.S.'s plan and Dr.'s office", ["the", "U.S.'s", "plan", "and", "Dr.'s", "office"]),
])
def test_tokens_join_what_is_one_word(text, expected):
    assert words(text) == expected


def test_a_window_cuts_what_would_join():
    text = "the U.S. Senate and the Employers’ Association"
    assert words(text, 0, text.index("S.") + 1) == ["the", "U.", "S"]
    assert words(text, 0, text.index("’") + 2) == ["the", "U.S.", "Senate", "and", "the", "Employers", "’"]


@pytest.mark.parametrize(("text", "role"), [
    ("The Iranian news agency did not say", "The Iranian news agency"),
    ("A nurse at Harlow General Hospital said", "A nurse"),
    ("The 118-page review found", "The 118-page review"),
    ("The company's shares fell", "The company"),
    ("An agency official said", "An agency"),
    ("The big old red tin boat sank", None),  # more than three words before a head
    ("The band, led by a drummer, played", None),  # a comma ends the words before a head
    ("The agencies said", None),  # a head ends a word
])
def test_a_subject_role_ends_at_its_first_head(text, role):
    end = subject_role_end(text, 0)
    assert (text[:end] if end is not None else None) == role
