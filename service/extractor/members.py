"""The cast's memory: its members, every mention in reading order, and an index of the words of their names;
what the cast (:mod:`cast`) resolves against."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .cast_words import same_given_names
from .entities import Entity, Event
from .model import KnownSpeaker
from .phrases import NounPhrase
from .words import name_key

# How far back (in mentions) a pronoun or a role looks for what it refers to: about one long article.
MAX_LOOKBACK = 400


class Members:
    """The members met so far and their mentions, newest last; seeded with the people a caller knows."""

    def __init__(self, seed: Iterable[KnownSpeaker] = ()) -> None:
        self.entities: list[Entity] = []
        self.events: list[Event] = []
        self._by_word: dict[tuple[str, str], list[Entity]] = {}  # (type, name word) -> entities
        self._known: list[Entity] = []
        for known in seed:
            self._seed(known)

    def _seed(self, known: KnownSpeaker) -> None:
        entity = self._new(known.type)
        entity.known_id = known.id
        for name in (known.name, *known.aliases):
            self._add_name(entity, name)
        entity.canonical_name = known.name
        for title in known.titles:
            entity.add_title(title)
        entity.gender = known.gender
        self._known.append(entity)

    @property
    def known_names(self) -> frozenset[str]:
        """The one-word names and aliases of the seed ("MBS"), for the scan to look for."""
        return frozenset(word for entity in self._known for name in entity.names for word in name.split())

    def _add_name(self, entity: Entity, name: str) -> None:
        if entity.add_name(name):
            self._index(entity, name)

    def _index(self, entity: Entity, name: str) -> None:
        for word in name.split():
            bucket = self._by_word.setdefault((entity.type, name_key(word)), [])
            if entity not in bucket:
                bucket.append(entity)

    def _new(self, kind: str) -> Entity:
        entity = Entity(len(self.entities) + 1, kind)
        self.entities.append(entity)
        return entity

    def _known_person(self, phrase: NounPhrase) -> Entity | None:
        words = [name_key(w) for w in (phrase.name or "").split()]
        known = self._by_word.get(("person", words[-1]), [])
        return next((candidate for candidate in reversed(known) if set(words) <= candidate.name_words or (
            words[-1] == candidate.surname and same_given_names(words[:-1], candidate))), None)

    def _recent(self, predicate: Callable[[Entity], bool]) -> Entity | None:
        for event in self._before(None):
            if predicate(event.entity):
                return event.entity
        return None

    def _before(self, position: int | None) -> list[Event]:
        """The latest mentions before ``position``, newest first, at most ``MAX_LOOKBACK``."""
        recent = self.events[-MAX_LOOKBACK:]
        return [e for e in reversed(recent) if position is None or e.position < position]
