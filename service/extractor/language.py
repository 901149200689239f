"""Language packs: every word the rules read, as data, one folder of lexicons per language (``data/<lang>/``).

Each lexicon is a UTF-8 text file, one entry a line, sorted, ``#`` comments. A word list is read as a set
(:func:`lexicon`); a list of ``key=value`` entries as a mapping (:func:`mapping`); both through one parser.
The pack the rules read is the active one: :func:`active` sets it for the duration of one extraction, so
the rules ask for ``lexicon("titles")`` and get the document's language. Patterns built from a pack's
words are compiled once per language with :func:`compiled`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

DATA_DIR = Path(str(resources.files("service.extractor") / "data"))  # compiled modules have no __file__
DEFAULT_LANGUAGE = "en"


class Pack:
    """One language's lexicons as the rules read them, each read and built once."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.sets: dict[str, frozenset[str]] = {}
        self.maps: dict[str, dict[str, str]] = {}
        self.built: dict[str, object] = {}

    def lexicon(self, name: str) -> frozenset[str]:
        found = self.sets.get(name)
        if found is None:
            found = self.sets[name] = frozenset(entries(self.language, name))
        return found


_packs: dict[str, Pack] = {}


def _pack(language: str) -> Pack:
    pack = _packs.get(language)
    if pack is None:
        pack = _packs[language] = Pack(language)
    return pack


# The pack the rules read: English outside any ``active`` block. Rules ask for words thousands of times a
# document, so the lookups below are a context variable and one dict access. The default is meant to be
# shared: a pack is a process-wide cache of one language's words, as in ``_packs``.
_active: ContextVar[Pack] = ContextVar("quotes_pack", default=_pack(DEFAULT_LANGUAGE))  # noqa: B039


def _current_pack() -> Pack:
    return _active.get()


T = TypeVar("T")


def languages() -> list[str]:
    """The languages that have a pack, sorted."""
    return sorted(path.name for path in DATA_DIR.iterdir() if path.is_dir())


def lexicon_names(language: str = DEFAULT_LANGUAGE) -> list[str]:
    """The lexicons of one pack, sorted by name."""
    return sorted(path.stem for path in (DATA_DIR / language).glob("*.txt"))


def current() -> str:
    """The active language."""
    return _current_pack().language


@contextmanager
def active(language: str) -> Iterator[None]:
    """Make ``language`` the pack the rules read inside the ``with`` block."""
    token = _active.set(_pack(language))
    try:
        yield
    finally:
        _active.reset(token)


@cache
def entries(language: str, name: str) -> tuple[str, ...]:
    """The one parser: the entries of ``data/<language>/<name>.txt``, comments and blank lines left out."""
    path = DATA_DIR / language / f"{name}.txt"
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def lexicon(name: str) -> frozenset[str]:
    """The entries of the active pack's lexicon ``name`` (e.g. ``"reporting_verbs"``), as a set."""
    try:
        return _active.get().sets[name]
    except KeyError:
        return _active.get().lexicon(name)


def mapping(name: str) -> dict[str, str]:
    """The active pack's ``key=value`` lexicon ``name`` (e.g. ``"demonyms"``), as a dict."""
    pack = _current_pack()
    found = pack.maps.get(name)
    if found is None:
        found = pack.maps[name] = dict(entry.split("=", 1) for entry in entries(pack.language, name))
    return found


def compiled(key: str, build: Callable[[], T]) -> T:
    """What ``build()`` makes from the active pack (a pattern, an index), made once per language."""
    built = _active.get().built
    try:
        return built[key]  # type: ignore[return-value]
    except KeyError:
        found = built[key] = build()
        return found
