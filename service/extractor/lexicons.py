"""Loads the word lists in ``data/``: UTF-8, one entry a line, ``#`` comments, read once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")


@cache
def lexicon(name: str) -> frozenset[str]:
    """Return the entries of ``data/<name>.txt``.

    Args:
        name: the file's stem, e.g. ``"reporting_verbs"``.

    Returns:
        The set of entries, comments and blank lines left out.
    """
    path = DATA_DIR / f"{name}.txt"
    entries = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(entry for entry in entries if entry and not entry.startswith("#"))


def lexicon_names() -> list[str]:
    """Return the stems of every lexicon file, sorted."""
    return sorted(path.stem for path in DATA_DIR.glob("*.txt"))
