"""The members of the cast while it is built: who they are (names, titles, gender) and where the text
mentions them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .language import lexicon, mapping
from .roles import title_words as words_of_title
from .words import ONE_OF, description_links, is_media, is_plural_title, is_title, name_key


@dataclass(slots=True)
class Entity:
    """One member of the cast while it is being built."""

    id: int
    type: str
    names: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    gender: str | None = None
    honorific: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    media: bool = False  # an organization a name or role of makes a news medium ("Fars News", "the newspaper")
    name_words: set[str] = field(default_factory=set)  # lowercase words of every name, for matching
    title_words: set[str] = field(default_factory=set)  # content words of every title, for roles
    known_id: str | None = None  # the caller's id of a seeded member
    pronoun_only: bool = False  # known only as a speaker's pronoun with no antecedent
    canonical_name: str | None = None  # the name the caller gave a seeded member
    they: bool = False  # a person "they said" meant (singular they): a person, whatever their name
    indexed: set[tuple[str, str]] = field(default_factory=set)  # the cast's index keys that hold it (members.py)

    @property
    def personal(self) -> bool:
        """Something marks this as a person: a title, an honorific, a known gender, or a singular they."""
        return bool(self.titles or self.honorific or self.gender or self.they)

    @property
    def document(self) -> bool:
        """A document the text gave no maker ("A staff report to city council"), whose own words head its title:
        nobody's name names it (not "a retired letter carrier", not "an engineer named in the report")."""
        own = self._own_title_words()
        return bool(own) and own[-1] in lexicon("document_nouns")

    def _own_title_words(self) -> list[str]:
        """The first title's words before what ties it to others: "A mother | of two Hawthorne Hill students"."""
        words = self.titles[0].lower().split() if self.titles else []
        return words[:next((i for i, w in enumerate(words) if i and w in description_links()), len(words))]

    @property
    def plural(self) -> bool:
        """An anonymous group ("officials", "two people familiar with the talks"), not one of them ("one of the
        patients")."""
        if self.titles and self.titles[0].lower().startswith(ONE_OF):
            return False
        heads, irregular = lexicon("anonymous_heads"), mapping("irregular_plurals")
        words = self._own_title_words()
        if any(_plural_head(w, heads, irregular) for w in self.title_words):
            # ... unless its own words, before what ties it to others, name one person: "A mother | of two Hawthorne
            # Hill students" is one by whom she is to others
            own = [w for w in words if w in heads or is_title(w) or is_plural_title(w)]
            return not own or any(_plural_head(w, heads, irregular) or is_plural_title(w) for w in own)
        # a group by its role's plural head, before what ties it to a body: "the organizers | of a Facebook group"
        return bool(words) and is_plural_title(words[-1])

    def add_name(self, name: str) -> bool:
        """Record a proper name of this entity; tell whether it is new."""
        if name in self.names:
            return False
        self.names.append(name)
        self.media = self.media or (self.type == "organization" and is_media(name))
        words = [name_key(w) for w in name.split()]
        self.name_words.update(words)
        french = mapping("french_body_heads")
        if words and words[0] in french:  # a French head opens a body's name: "Université ...", "the university"
            self.name_words.update(french[words[0]].split())  # "Coopérative ...": "the co-operative", "the co-op"
        low = name.lower()
        # a body its name's last words make a kind a role names: "Dryden Regional Health Centre", "the hospital"
        self.name_words.update(role for ending, role in mapping("body_name_kinds").items() if low.endswith(ending))
        return True

    def become_organization(self) -> None:
        """Make a member read as a person the organization a role showed it to be, a news medium if a name says so."""
        self.type = "organization"
        self.media = any(is_media(name) for name in self.names)

    def add_title(self, title: str) -> None:
        """Record a role of this entity ("Iranian Foreign Minister")."""
        if title not in self.titles:
            self.titles.append(title)
            self.title_words.update(words_of_title(title))

    @property
    def surname(self) -> str | None:
        return name_key(self.names[0].split()[-1]) if self.names else None

    def canonical(self) -> str:
        """The fullest proper name, "Ms. Cho" when only the surname is known, a description otherwise."""
        if self.canonical_name:
            return self.canonical_name
        if self.names:
            best = max(self.names, key=lambda n: (len(n.split()), len(n)))
            if len(best.split()) == 1 and self.honorific:
                return f"{self.honorific} {best}"
            return best
        if self.titles:
            best = max(self.titles, key=len)
            first = best.split()[0].lower()
            article = first in lexicon("indefinites") or first in lexicon("determiners")
            return best[:1].lower() + best[1:] if article else best
        return "unknown"


@dataclass(slots=True)
class Event:
    """A mention of a person or organization from ``position`` to ``end``, for pronoun resolution."""

    position: int
    end: int
    entity: Entity
    subject: bool
    speaker: bool


def _plural_head(word: str, heads: frozenset[str], irregular: dict[str, str]) -> bool:
    """Tell whether a lowercase word is an anonymous source's head in the plural: "officials", "people" (never
    "witness", whose "s" is its own)."""
    return word in heads and ((word.endswith("s") and not word.endswith("ss")) or word in irregular)
