"""Who a pronoun after a question or among relatives means: the one a question was put to in the writer's words
answers it ("Pryor asked Svoboda whether ... . “They are,” she said."), the one who put it asks it again ("“…?” he
asked"), and of two relatives who share a surname, the one the pronoun fits ("Her son, Peter Marchuk" ... "Marchuk
... she said"). :class:`cast.Cast` builds on these."""

from __future__ import annotations

from collections.abc import Callable

from .budget import NOT_CONCURRENT
from .entities import Entity, Event
from .language import lexicon
from .mentions import RE_WORD_BEFORE
from .name_forms import RE_WORD_AFTER_NAME
from .namings import Namings

# How many of the latest mentions before a pronoun may be read as a relative who shares the surname.
MAX_NAMESAKE_EVENTS = 8
# How far before the one asked the asking verb stands: "asked | Mr. Beaulieu".
MAX_WORD_BEFORE_CHARS = 12


class Askers(Namings):
    """The members, read for questions put and answered and for relatives who share a surname."""

    def _namesakes(self, events: list[Event], fits: Callable[[Entity], bool]) -> list[Event]:
        """The mentions before a pronoun, a bare surname that two relatives share read as the one the pronoun fits
        when the nearer did not: "Her son, Peter Marchuk, ..." then "Marchuk has already dragged a recliner ... |
        she said" is Evelyn Marchuk, when she is the only other person of that name it fits."""
        read = list(events)
        for i, event in enumerate(events[:MAX_NAMESAKE_EVENTS]):
            if event.entity.type != "person" or fits(event.entity):
                continue  # most pronouns: the nearer mentions fit
            word = self.text[event.position:event.end]
            sharing = self._only_holder(word, event.entity, fits) if word and " " not in word else None
            if sharing is not None:  # a bare surname, not a full name
                read[i] = Event(event.position, event.end, sharing, event.subject, event.speaker)
        return read

    def _only_holder(self, word: str, other: Entity, fits: Callable[[Entity], bool]) -> Entity | None:
        """The one person but ``other`` a name of whom ends with ``word`` and whom ``fits`` accepts; ``None`` when
        there is none or more than one."""
        found: Entity | None = None
        for person in self._by_last_word.get(word, ()):
            if person is found or person is other or person.type != "person" or not fits(person):
                continue
            if found is not None:
                return None
            found = person
        return found

    def _asked_before(self, position: int, fits: Callable[[Entity], bool], reach: int,
                      question: bool = False) -> Entity | None:
        """The one a question was put to in the writer's words between ``reach`` and an answer at ``position``, the
        object of the asking verb: "a reporter asked | Mr. Beaulieu | why ..." (then "“…,” he replied"); with
        ``question``, only when what follows the one asked is a question's ("whether", not "to" or "for")."""
        asked = self._asked_event(position, reach, question)
        return asked.entity if asked is not None and fits(asked.entity) else None

    def _asker_before(self, position: int, fits: Callable[[Entity], bool], reach: int) -> Entity | None:
        """The one who put a question in the writer's words between ``reach`` and a quotation at ``position`` that
        puts it again: "Haliburton asked Vandermeer whether ... . | “…?” he asked" is Haliburton."""
        asked = self._asked_event(position, reach, True)
        if asked is None:
            return None
        asker = next((e for e in self._before(asked.position) if e.position >= reach and e.subject), None)
        return asker.entity if asker is not None and fits(asker.entity) else None

    def _asked_event(self, position: int, reach: int, question: bool) -> Event | None:
        """The mention of the one a question was put to (:meth:`_asked_before`)."""
        for event in self._before(position):
            if event.position < reach:
                return None
            verb = RE_WORD_BEFORE.search(self.text, max(0, event.position - MAX_WORD_BEFORE_CHARS), event.position)
            if verb is not None and verb.group(1).lower() in lexicon("question_cues"):
                if question:
                    # "asked Svoboda | whether"
                    after = RE_WORD_AFTER_NAME.match(self.text, event.end, None, NOT_CONCURRENT)
                    if after is None or after.group(1) not in lexicon("question_objects"):
                        return None
                return event
        return None
