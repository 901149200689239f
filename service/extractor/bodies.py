"""The bodies of the cast: an organization by its name, its acronym ("ICE" for "an Immigration and Customs Enforcement
detainer"), its short name ("Northway" for "Northway Grocers Inc."), and the company a role noun means ("the company
said" after "Swiftride called the bill ...")."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .body_names import spellings
from .cast_words import is_media
from .entities import Entity
from .language import lexicon, mapping
from .members import Members
from .model import KnownSpeaker
from .phrases import NounPhrase
from .words import company_short_name, country_words, initials, is_acronym, name_key, strip_article


class Bodies(Members):
    """The members, and the organizations among them found by name, acronym or role.

    Args:
        text: the document's text.
        seed: people the caller knows (:class:`members.Members`).
    """

    def __init__(self, text: str, seed: Iterable[KnownSpeaker] = ()) -> None:
        super().__init__(seed)
        self.text = text
        self._spellings: dict[str, list[tuple[int, str]]] = {}  # where the text spells out each acronym met
        self._acronyms: dict[str, Entity] = {}  # the bodies named by their acronym, by it

    def _company_by_short_name(self, phrase: NounPhrase) -> Entity | None:
        """The company a one-word name calls by its first word ("Northway" after "Northway Grocers Inc."),
        unless a person is known by that name ("Ingrid Halvorsen" of "Halvorsen Foods")."""
        name = phrase.name or ""
        if " " in name or phrase.title or self._known_person(phrase) is not None:
            return None
        key = name_key(name)
        return next((entity for entity in reversed(self._by_word.get(("organization", key), [])) if any(
            name_key(company_short_name(full) or "") == key for full in entity.names)), None)

    def _organization(self, phrase: NounPhrase) -> Entity:
        name = strip_article(phrase.name or self.text[phrase.start:phrase.end])
        ordered = [name_key(w) for w in name.split()]  # in name order: the answer never depends on hashing
        words = set(ordered)
        entity = None
        for word in ordered:
            for candidate in reversed(self._by_word.get(("organization", word), [])):
                if words <= candidate.name_words or candidate.name_words <= words:
                    entity = candidate
                    break
            if entity is not None:
                break
        if entity is None and is_acronym(name):
            entity = self._initialled(name) or self._spelled_out(name, phrase.start)
        if entity is None and " " in name and self._acronyms:
            # "The Canadian Olympic Committee" after a headline's "COC"
            entity = next((self._acronyms[made] for made in initials(name) if made in self._acronyms), None)
        if entity is None:
            entity = self._new("organization")
            entity.media = is_media(name)
        self._add_name(entity, name)
        if is_acronym(name):
            self._acronyms[name] = entity
        if phrase.title:
            entity.add_title(phrase.title)  # "The union, Grain and Port Workers Local 333,": later "the union"
        return entity

    def _spelled_out(self, acronym: str, position: int) -> Entity | None:
        """The body the text spelled ``acronym`` out for, though never as a speaker ("an Immigration and Customs
        Enforcement detainer", then "ICE said")."""
        if acronym not in self._spellings:  # once a document: an acronym may come back a thousand times
            self._spellings[acronym] = spellings(self.text, acronym)
        spelled = self._spellings[acronym]
        full = next((name for start, name in reversed(spelled) if start < position), None) or next(
            (name for start, name in spelled if start > position), None)  # a headline's "COC", spelled out below
        return self._organization(NounPhrase(position, position, "organization", name=full)) if full else None

    def _initialled(self, acronym: str) -> Entity | None:
        """The latest body whose name makes ``acronym``: "The IMF" after "The International Monetary Fund"."""
        return self._recent(lambda e: e.type == "organization" and any(acronym in initials(n) for n in e.names))

    def _company(self, head: str, fits: Callable[[Entity], bool]) -> Entity | None:
        """The company "the company said" means: the latest body that fits and is no party ("Republicans, who voted
        against the bill,") or the latest bare name with nothing personal about it that was a subject ("Swiftride
        called the bill"; not a place: "at Fort Halloran")."""
        company = head in lexicon("company_nouns")
        found = [event for event in self._before(self.horizon) if (
            fits(event.entity) and not _is_party(event.entity)) or (company and event.subject and (
                event.entity.type == "person" and not event.entity.personal))]  # not "Fort Halloran"
        if not found:
            return None
        # The subject of the sentence that named the latest such body, before a body it only spoke of: "The
        # Mountain Air Coalition ... said it would ask ... the Ontario Land Tribunal. ... the group said"
        # (a company is its owner as well: "X, which is owned by Evergreen Living, raised ... the company sent")
        start = self.sentences.start_before(found[0].position)
        subject = None if company else next((event for event in found if event.position >= start and event.subject and (
            not any(_is_place(name) for name in event.entity.names))), None)
        return (subject or found[0]).entity


def _is_place(name: str) -> bool:
    """Tell whether a body's name is only a place's, as a state or province speaks: "Michigan", "Iran"."""
    low = strip_article(name).lower().rstrip(".")
    return low in lexicon("country_names") or low in mapping("us_states").values() or (
        low in lexicon("region_names") or low in country_words())


def _is_party(entity: Entity) -> bool:
    """Tell whether an organization is a party or its members: "Republicans", "the Liberal Party"."""
    words = lexicon("party_words")
    return any(word.lower().removesuffix("s") in words for name in entity.names for word in name.split())
