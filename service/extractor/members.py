"""The cast's memory: its members, every mention in reading order, an index of the words of their names and the
members named together; what the cast (:mod:`cast`) resolves against."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from .budget import NOT_CONCURRENT
from .cast_words import GENDERS, same_given_names
from .entities import Entity, Event
from .language import compiled, lexicon, mapping
from .model import KnownSpeaker
from .phrases import NounPhrase
from .roles import fits_role, role_words, title_words
from .words import gender_of, is_plural_title, name_key, organization_noun_words

# How far back (in mentions) a pronoun or a role looks for what it refers to: about one long article.
MAX_LOOKBACK = 400
# Between two members named together: " and ", ", and the ", " and her Danish counterpart, ", " (R-Utah) and ", ", a
# Springfield Republican, and state Rep. ", ", D-Maine, and ".
RE_JOINED = regex.compile(r"(?:\s*+\([^()\n]{1,24}+\)|,\h*+(?:an?|the)\h++[^,()\n“”\"]{1,60}+(?=,)|,\h*+\p{Lu}{1,3}+-"
                          r"[^,()\n“”\"]{1,24}+(?=,))?\s*+,?\s*+and\s++(?:[\p{L}’'\-]++,?\s++){0,4}?")
# Where one sentence ends and the next begins, inside the stretch after a pair.
RE_SENTENCE_BREAK = regex.compile(r"(?<=[.!?”])\s++(?=[\p{Lu}“])")
# The words of a sentence's opening that may hold its plural subject: "Dairy farmers in the valley".
MAX_SUBJECT_WORDS = 4
# How a plural title's abbreviation ends: "Sens.", "Reps.".
PLURAL_ABBREVIATION = "s."
# What stands between two named together past the first's body, checked before the pattern: "... Council| and |..."
PAST_BODY_JOIN = " and "
# How far back "the two ministers" looks for the two named together: a few paragraphs.
MAX_PAIR_CHARS = 1500
# ... and how far back "they" does: the sentence or two before.
MAX_THEY_PAIR_CHARS = 400


def joined_past_body() -> regex.Pattern[str]:
    """Between two people named together, the first with the body they speak for: "Grand Chief Joseph
    Drygeese-Mackenzie| of the Great Bear Dene Council and |President Lorraine Bouvier-Lafferty"."""
    return compiled("joined_past_body", lambda: regex.compile(
        r"\h++(?:\L<links>)\h++[^,.;:\n]{1,80}?\h++and\h++(?:[\p{L}’'\-]++,?\h++){0,4}?",
        links=sorted(lexicon("affiliation_links") | lexicon("seat_prepositions"))))


class Members:
    """The members met so far and their mentions, newest last; seeded with the people a caller knows."""

    def __init__(self, seed: Iterable[KnownSpeaker] = ()) -> None:
        self.entities: list[Entity] = []
        self.events: list[Event] = []
        # Kept as events are recorded (:meth:`_record`), not recounted over every event at each name read again:
        # where each member was last a subject, and who spoke (by ``id``: members are unhashable).
        self._last_subject: dict[int, int] = {}
        self._spoke: set[int] = set()
        self._by_word: dict[tuple[str, str], list[Entity]] = {}  # (type, name word) -> entities
        # a name's last word as written -> entities of any type, in the order they took it (one may stand twice)
        self._by_last_word: dict[str, list[Entity]] = {}
        self._known: list[Entity] = []
        # Two named together: (where the second was named, the first, the second).
        self.pairs: list[tuple[int, Entity, Entity]] = []
        self.partners: dict[int, Entity] = {}  # the second of a pair, by where a plural role spoke for both
        # Where a phrase read out of order stands ("a letter | the company | sent" after the sentence was read):
        # the latest members are those named before it.
        self.horizon: int | None = None
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

    def _add_name(self, entity: Entity, name: str, *, by_words: bool = True) -> None:
        """Give ``entity`` the name, found again by its last word as written, and by each of its words unless
        ``by_words`` is false (a body named by its role only, a place: no body named later joins them). Each member
        keeps the word keys that hold it, so indexing costs the same however many members share a word."""
        if not entity.add_name(name):
            return
        holders = self._by_last_word.setdefault(name[name.rfind(" ") + 1:], [])
        if not holders or holders[-1] is not entity:  # one may stand twice ("Ann Lee", "Bo Lee", "Lee"): read once
            holders.append(entity)
        if by_words:
            self._index(entity, name)

    def _index(self, entity: Entity, name: str) -> None:
        """Find ``entity`` by each word of ``name`` under its type."""
        for word in name.split():
            key = (entity.type, name_key(word))
            if key not in entity.indexed:
                entity.indexed.add(key)
                self._by_word.setdefault(key, []).append(entity)

    def _new(self, kind: str) -> Entity:
        entity = Entity(len(self.entities) + 1, kind)
        self.entities.append(entity)
        return entity

    def _known_person(self, phrase: NounPhrase) -> Entity | None:
        """The person ``phrase`` names again: of those its words fit, one quoted before over one only described, then
        the one last named as a subject, then the one last named at all (then the one added last: a seeded person
        not yet named, the latest seeded first); never one of the other gender ("Mr. Lindqvist" is not his sister
        Annika Lindqvist; a lone "Lutz" after "co-owner Darren Lutz said" is Darren, whoever was seeded)."""
        words = [name_key(w) for w in (phrase.name or "").split()]
        known = self._by_word.get(("person", words[-1]), [])
        fitting = [candidate for candidate in known if (set(words) <= candidate.name_words or (
            words[-1] == candidate.surname and same_given_names(words[:-1], candidate))) and not (
            phrase.gender in GENDERS and candidate.gender in GENDERS and phrase.gender != candidate.gender)]
        if len(fitting) < 2:
            return fitting[0] if fitting else None
        age = next((mapping("age_comparatives")[w] for w in (phrase.title or "").lower().split()
                    if w in mapping("age_comparatives")), None)
        if age is not None:  # "the younger Mr. Dekker": the one given as somebody's child; "the elder": the other
            by_age = [c for c in fitting if _given_as_child(c) == (age == "younger")]
            fitting = by_age or fitting
        last_subject, spoke = self._last_subject, self._spoke
        # not "no relation to Jenna Marsh"; "For Abdi, ..." is the mother quoted before, not the son only described
        return max(reversed(fitting), key=lambda e: (
            id(e) in spoke, last_subject.get(id(e), -1), e.mentions[-1][0] if e.mentions else -1))

    def _record(self, event: Event) -> None:
        """Add a mention, newest last."""
        self.events.append(event)
        if event.subject:
            self._last_subject[id(event.entity)] = event.position
        if event.speaker:
            self._spoke.add(id(event.entity))

    def _recent(self, predicate: Callable[[Entity], bool]) -> Entity | None:
        event = self._recent_event(predicate)
        return event.entity if event is not None else None

    def _recent_event(self, predicate: Callable[[Entity], bool]) -> Event | None:
        """The latest mention of a member ``predicate`` accepts."""
        return next((event for event in self._before(self.horizon) if predicate(event.entity)), None)

    def _last_before(self, position: int) -> Event | None:
        """The latest mention before ``position``, found without listing the others."""
        return next((e for e in reversed(self.events) if e.position < position), None)

    def _before(self, position: int | None) -> list[Event]:
        """The latest mentions before ``position``, newest first, at most ``MAX_LOOKBACK``."""
        recent = self.events[-MAX_LOOKBACK:]
        return [e for e in reversed(recent) if position is None or e.position < position]

    def note_pair(self, text: str, entity: Entity, start: int) -> None:
        """Remember two members named together: "Foreign Minister Ann Roe and her Danish counterpart, Lars Holm",
        "Grand Chief Joseph Drygeese-Mackenzie of the Great Bear Dene Council and President Lorraine
        Bouvier-Lafferty" (the first's body between them)."""
        if entity.type not in ("person", "organization") or not self.events:
            return
        last = self.events[-1].entity
        if last.type != entity.type and entity.type == "person" and len(self.events) > 1:
            last = self.events[-2].entity  # past the first's body, if the scan named it: "X of the Y and Z"
        if last is entity or last.type != entity.type:
            return
        end = last.mentions[-1][1] if last.mentions else -1
        if end >= 0 and (RE_JOINED.fullmatch(text, end, start, NOT_CONCURRENT) or (
                entity.type == "person" and text.find(PAST_BODY_JOIN, end, start) >= 0 and (
                    joined_past_body().fullmatch(text, end, start, NOT_CONCURRENT)))):
            self.pairs.append((start, last, entity))

    def pair_for(self, text: str, phrase: NounPhrase) -> Entity | None:
        """The first of the last two members named together, for a plural role counted as two ("the two ministers",
        "both leaders"); the second is noted in ``partners``."""
        if not self.pairs:
            return None
        words = text[phrase.start:phrase.end].lower().split()
        if not (words[-1].endswith("s") or words[-1] in mapping("irregular_plurals") or words[-1] in lexicon(
                "pair_words")):
            return None
        start, first, second = self.pairs[-1]
        counted = not lexicon("pair_words").isdisjoint(words[:2])  # "the two ministers", "the two", "both leaders"
        # ... or two bodies named together just before, as "the groups": "the New Mexico Farm Bureau and the New
        # Mexico Cattle Growers Council welcomed ..." then "the groups said"
        bodies = len(words) == 2 and first.type == "organization" and words[-1][:-1] in organization_noun_words()
        # ... or two people the role's singular titles both, or the first's plural title: "Heritage Minister X and
        # Industry Minister Y said" then "the ministers said"
        titled = len(words) == 2 and first.type == "person" and words[-1][:-1] in first.title_words and (
            words[-1][:-1] in second.title_words or any(  # "Sens. X, D-Maine, and Y, D-Minn.,": the title of both
                title.lower().endswith(PLURAL_ABBREVIATION) for title in first.titles))
        if not (counted or ((bodies or titled) and phrase.start - start <= MAX_THEY_PAIR_CHARS)) or (
                phrase.start - start > MAX_PAIR_CHARS):
            return None
        self.partners[phrase.start] = second
        return first

    def pair_before(self, text: str, position: int, before: list[Event]) -> Entity | None:
        """The first of two people named together just before "they" at ``position``, when no other member was
        named since but in their own sentence ("..., both Democrats,"); the second is noted in ``partners``."""
        if not self.pairs:
            return None
        start, first, second = self.pairs[-1]
        if position - start > MAX_THEY_PAIR_CHARS or first.type != "person":
            return None
        for sentence in RE_SENTENCE_BREAK.split(text[start:position])[1:]:
            opening = [w.strip(",").lower() for w in sentence.split()[:MAX_SUBJECT_WORDS]]
            if any(is_plural_title(w) or w in lexicon("local_people") for w in opening):
                return None  # a sentence since about other people in the plural: "Farmers in the valley say ..."
        latest = next((event for event in before if event.entity not in (first, second)), None)
        if latest is not None and latest.position > start and "." in text[start:latest.position]:
            return None  # somebody else named after the pair's sentence
        self.partners[position] = second
        return first

    def named_later(self, role: Entity) -> Entity | None:
        """The person a role speaking alone is, named only further on by a fitting title: the deck's "minister
        says province ‘can’t find’ teachers" and, paragraphs down, "Education Minister Renée Lavallée said"."""
        if role.type != "unknown" or role.names or role.pronoun_only or not role.titles or not role.mentions:
            return None
        last = role.mentions[-1][1]
        given = [words for words in (title_words(title) for title in role.titles) if words]
        gender = role.gender or gender_of(role.titles[0].lower().split())  # "widow": never a man named later
        later = sorted((e.mentions[0][0], e.id, e) for e in self.entities
                       if e.type == "person" and e.names and e.mentions and e.mentions[0][0] > last and (
                           gender not in ("m", "f") or e.gender in (None, gender)))
        for _, _, person in later:
            for words in given:
                wanted, heads = role_words(" ".join(words), words[-1])
                if fits_role(wanted, heads, person.title_words) or fits_role(
                        wanted, heads, person.title_words, reworded=True):
                    return person
        # A headline's words for the role may not be the title's: "First Nation chief" for "Chief Marlene Tsakwa of
        # the Naskwa First Nation"; the first person titled by its head is meant.
        heads_only = {words[-1] for words in given}
        return next((person for _, _, person in later if heads_only & person.title_words), None)


def _given_as_child(person: Entity) -> bool:
    """Tell whether the text gave a person as somebody's child: "Mr. Dekker’s son", "her daughter"."""
    children = lexicon("child_relations")
    return any(title.split()[-1].lower() in children for title in person.titles if title)

