"""The bodies of the cast: an organization by its name, its acronym ("ICE" for "an Immigration and Customs Enforcement
detainer"), its short name ("Northway" for "Northway Grocers Inc."), and the company a role noun means ("the company
said" after "Swiftride called the bill ...")."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

import regex

from .body_names import spellings
from .budget import NOT_CONCURRENT
from .cast_words import RE_WORD, is_agency
from .company_names import company_short_name, company_stem
from .entities import Entity, Event
from .governments import governed_place
from .initials import initials, is_acronym
from .language import lexicon, mapping
from .members import Members
from .model import KnownSpeaker
from .phrases import NounPhrase
from .roles import another_body, is_country, names_title_words, of_nation
from .segments import Sentences
from .words import PLACED, POSSESSIVE, country_words, is_title, name_key, strip_article, word_before

# Words of a description that says what kind of body a name is: "a | Lenexa | company".
MAX_KIND_WORDS = 3

# The link in a government body's name: "Ministry| of |Natural Resources".
GOVERNMENT_OF = "of"
# What stands before a body a document was sent to: "wrote to |the X", "filed a complaint with |the X".
RE_RECIPIENT_BEFORE = regex.compile(r"(?i)(?<!\p{L})(?:to|with|against)\h++(?:the\h++)?\Z")
# How far before a body its recipient's link is read.
MAX_RECIPIENT_CHARS = 12


class Bodies(Members):
    """The members, and the organizations among them found by name, acronym or role.

    Args:
        text: the document's text.
        sentences: its sentence boundaries.
        seed: people the caller knows (:class:`members.Members`).
    """

    def __init__(self, text: str, sentences: Sentences, seed: Iterable[KnownSpeaker] = ()) -> None:
        super().__init__(seed)
        self.text = text
        self.sentences = sentences
        self._spellings: dict[str, list[tuple[int, str]]] = {}  # where the text spells out each acronym met
        self._acronyms: dict[str, Entity] = {}  # the bodies named by their acronym, by it

    def _company_by_short_name(self, phrase: NounPhrase) -> Entity | None:
        """The company a one-word name calls by its first word ("Northway" after "Northway Grocers Inc."), or a name
        by the company's name less its company words ("Alder Peak" after "Alder Peak Resources"), unless a person is
        known by that name ("Ingrid Halvorsen" of "Halvorsen Foods")."""
        name = phrase.name or ""
        if " " in name:
            bodies = self._by_word.get(("organization", name_key(name[:name.index(" ")])))
            if not bodies or phrase.title or self._known_person(phrase) is not None:
                return None
            words = [name_key(word) for word in name.split()]
            return next((entity for entity in reversed(bodies) if any(
                company_stem(full) == words for full in entity.names)), None)
        if phrase.title or self._known_person(phrase) is not None:
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

    def _body_by_role(self, phrase: NounPhrase, head: str, wanted: set[str], holder: Entity | None) -> Entity:
        """The body a role noun means ("the ministry said", "his office", "the group"): the one its owner, its own
        name words or its kind give, else the latest body that fits, else a body known only by the role.

        Args:
            phrase: the nominal phrase.
            head: its head noun.
            wanted: the words its role asks of a title (:func:`roles.role_words`).
            holder: the person a possessive determiner points to ("his office"), if any.
        """
        title = phrase.title or ""
        media = title.lower() in lexicon("media_nouns") or head in lexicon("media_nouns")
        owner = title.split()[0] if title.split()[0].endswith(POSSESSIVE) else ""
        if holder is not None:  # "his office said": the office of whoever "his" is
            name = f"{holder.canonical()}’s {title}"
            return self._organization(NounPhrase(phrase.start, phrase.end, "organization", name=name))
        if owner[:-2] in lexicon("place_governments"):
            # "the city’s engineering department": the named place's own department, never the last body named
            word = owner[:-2]
            place = self._recent(lambda e: e.type == "organization" and any(
                n.lower().startswith(f"{word} of ") or n.lower().endswith(f" {word}") for n in e.names)) or (
                self._place(word, phrase))  # "City of Brandon", "Lindenwood County"; not "Ohio State University"
            rest = title[len(owner):].strip()
            return self._organization(NounPhrase(phrase.start, phrase.end, "organization",
                                                 name=f"{place.canonical()} {rest}" if place else rest))
        if owner[:1].isupper() or is_title(owner[:-2].lower()):
            # "Moravia's foreign ministry": that country's ministry; "the mayor's office": that office
            # (whoever was named before).
            return self._organization(NounPhrase(phrase.start, phrase.end, "organization", name=title))
        modifiers = title.split()[:-1]
        if len(modifiers) > 1 and modifiers[-1].endswith(POSSESSIVE) and is_title(modifiers[-1][:-2].lower()):
            # "the county prosecutor’s office": that office, never another body's office named before
            return self._organization(NounPhrase(phrase.start, phrase.end, "organization", name=strip_article(title)))
        placed = next((i for i in range(len(modifiers) - 1, -1, -1) if modifiers[i].endswith(PLACED)), -1)
        if 0 <= placed < len(modifiers) - 1 and all(w[:1].isupper() for w in title.split()[placed + 1:]):
            # "the U.S.-based Pet Food Exporters Alliance": the body named after its place, never one sharing a word
            return self._organization(NounPhrase(phrase.start, phrase.end, "organization",
                                                 name=" ".join(title.split()[placed + 1:])))
        if any(w[:1].isupper() and w.lower() not in mapping("demonyms") for w in modifiers) and not any(
                w.endswith(PLACED) for w in modifiers):
            # "The Veldrani embassy called ...": the body its own name words give, never the last body named
            # (but "The NWS office" is the body those initials make; "The Elk Prairie-based company" is placed).
            initialled = next((w for w in modifiers if is_acronym(w)), "")
            return (self._initialled(initialled) if initialled else None) or self._organization(NounPhrase(
                phrase.start, phrase.end, "organization", name=strip_article(title)))
        # A ministry is never the news agency that reports it ("KARESH CITY (Reuters) - ... the
        # ministry said"), nor an outlet a ministry.
        shared = title.lower() in lexicon("shared_media_nouns")  # "the agency": news or government
        # "the company" is never a body whose name says it is another kind: a department, a council, a union
        not_companies = ((lexicon("distinct_body_heads") - lexicon("company_nouns")) | lexicon(
            "non_company_heads")) - {head} if head in lexicon("company_nouns") else frozenset()
        nation = wanted & country_words() if head in lexicon("diplomatic_missions") else set()

        def fits(e: Entity) -> bool:
            return e.type == "organization" and (e.media == media or (shared and is_agency(e.names))) and not (
                shared and e.media and not (_news_agency(e.names) and self._called(e, head))) and not (
                # "the agency" is never CTV News, nor a wire the copy did not call an agency ("The state news agency
                # IRNA" is one; "obtained by The Canadian Press" is none)
                another_body(wanted, head, e.names)) and not (  # "the foreign ministry" is not "Varenia’s ..."
                nation and not of_nation(nation, head, e.names)) and not (  # nor "The Chinese embassy" the Prime
                not_companies and not _company_named(e.names) and not_companies & names_title_words(
                    e.names))  # Minister’s Office (but "Court Street Properties" is a company all the same)
        # "the association", "the agency": the one so named; "the group": the one described so ("The Mountain Air
        # Coalition, a residents’ group,"), not the tribunal named last
        found = self._recent(lambda e: (head in e.title_words or (
            (head in e.name_words or f"{head}s" in e.name_words) and _named(e))) and fits(e))  # "... Airlines"
        # a name the text described as such a body, read as a person's: "Heartland Estate Auctions, a Lenexa company,"
        found = found or (None if is_title(head) else self._recent(  # never a person's trade: "the publisher"
            lambda e: e.type == "person" and not e.gender and not e.honorific and any(
                _described_as(title, head) for title in e.titles if title)))
        # "Eastline Rail cut 30 trains. ... the company said": a name with nothing personal about it (no title,
        # honorific, known given name or pronoun) is the organization meant, when it came last. Only a company's
        # role finds it so; any body is found by its own head ("... Tribunal", "the tribunal").
        own_kind = bool(modifiers) and head in lexicon("modified_body_heads")  # "the bus service": a body of its own
        found = found or (None if own_kind or head in mapping("body_name_kinds").values() else self._company(
            head, fits)) or self._recent(
            lambda e: e.type == "person" and not e.personal and head in {name.split()[-1].lower() for name in e.names})
        if found is None and shared:
            # "the agency" with no agency named: the government body the copy made a subject ("Parks Canada plans")
            found = next((event.entity for event in self._before(self.horizon) if event.subject and (
                event.entity.type == "organization") and not event.entity.media and not _company_named(
                event.entity.names) and not _is_party(event.entity) and not any(
                _is_place(name) for name in event.entity.names)), None) or self._recent(
                lambda e: e.type == "organization" and _news_agency(e.names))  # at last the wire: "TEHRAN (AFP) --"
        if found is not None and found.type == "person":
            return self._as_body(found)
        if found is None:
            # "The ministry said ..." with no ministry named before: an organization all the same.
            found = self._new("organization")
            found.media = media
            self._add_name(found, title, by_words=False)  # named by its role only: no proper name
        return found

    def _called(self, entity: Entity, head: str) -> bool:
        """Tell whether the copy put ``head`` right before a mention of ``entity``: "The state news | agency | IRNA"."""
        return any(event.entity is entity and word_before(self.text, event.position) == head for event in self.events)

    def _owning_body(self, owner: str) -> Entity | None:
        """The body a document's lowercase owner names by a word of its name ("the bureau’s application"), also one
        the scan read as a name with nothing personal about it ("The aquarium’s application" after "Aquarium
        Côte-de-Beaupré"), which becomes the body it is."""
        found = self._recent(lambda e: (e.type == "organization" or (e.type == "person" and not e.personal)) and (
            owner in e.name_words))
        return self._as_body(found) if found is not None and found.type == "person" else found

    def _last_body(self, at: int = -1, noun: str = "") -> Entity | None:
        """Who issued a document no sentence gives an issuer: the body the text named last ("In October, the
        Department of Agriculture turned him down. The denial letter says ..."), or the subject of that body's
        sentence when the body is only what the subject named ("The Regional District of Nanaimo runs the Greater
        Nanaimo Pollution Control Centre."); never a news medium ("he told CBC News"), a body the document was sent to
        ("wrote to the X", "filed a complaint with the X") or one named after the verb that made the document at
        ``at`` ("Harlan Voss applied ... The X opposes it. The application says": ``noun`` is "application"), nor one a
        deck only described."""
        events = [event for event in self._before(self.horizon) if event.entity.type == "organization" and (
            not event.entity.media) and not _described_only(event.entity)]
        # (the body a document went to is passed over for the one named before it: "the Shady Grove Community
        # Association filed a complaint with | the Environmental Protection Agency")
        latest = next((event for event in events if not self._recipient(event.position)), None)
        if latest is None:
            return None
        start = self.sentences.start_before(latest.position)
        found = next((event.entity for event in events if start <= event.position <= latest.position and (
            event.subject)), latest.entity)
        verbs = mapping("document_cognates").get(noun, "").split() if at >= 0 else []
        if verbs:
            window = self.sentences.start_back(at, 2)
            if any(w.lower() in verbs for w in RE_WORD.findall(self.text, window, start, False, NOT_CONCURRENT)):
                return None
        return found

    def _recipient(self, position: int) -> bool:
        """Tell whether the body named at ``position`` is one a document was sent to: "filed a complaint | with the
        X", "wrote to the X"."""
        start = self.sentences.start_before(position)
        return RE_RECIPIENT_BEFORE.search(self.text, max(0, position - MAX_RECIPIENT_CHARS), position) is not None and (
            not lexicon("sending_verbs").isdisjoint(
                w.lower() for w in RE_WORD.findall(self.text, start, position, False, NOT_CONCURRENT)))

    def _as_body(self, entity: Entity) -> Entity:
        """A member the scan read as a person, with nothing personal about it, made the body it is."""
        entity.become_organization()
        for name in entity.names:
            self._index(entity, name)
        return entity

    def _named_with(self, head: str) -> Entity | None:
        """The latest body whose own name holds ``head``: "the county" of "Lindenwood County", "city" of "City of
        Kelowna"; never an office of the body's, named by its holder's possessive ("the county attorney’s office")."""
        return self._recent(lambda e: e.type == "organization" and head in e.name_words and not all(
            any(word.endswith(POSSESSIVE) for word in name.split()) for name in e.names))

    def _place(self, head: str, phrase: NounPhrase) -> Entity | None:
        """The government of the place ``head`` ("province") stands for, named by the place (:mod:`governments`)."""
        name = governed_place(self.text, head, phrase.start)
        if name is None:
            return None
        # the place itself, never a body named for it ("Ontario" is not the "College Student Federation of Ontario")
        place = next((e for e in self.entities if e.type == "organization" and e.canonical() == name), None)
        if place is None:
            place = self._new("organization")
            self._add_name(place, name, by_words=False)  # no body named later for the place joins it
        return place

    def _company(self, head: str, fits: Callable[[Entity], bool]) -> Entity | None:
        """The company "the company said" means: the latest body that fits and is no party ("Republicans, who voted
        against the bill,") or the latest bare name with nothing personal about it that was a subject ("Swiftride
        called the bill"; not a place: "at Fort Halloran")."""
        company = head in lexicon("company_nouns")

        def fitting(event: Event) -> bool:
            return (fits(event.entity) and not _is_party(event.entity)) or (company and event.subject and (
                event.entity.type == "person" and not event.entity.personal))  # not "Fort Halloran"
        before = self._before(self.horizon)
        latest = next((event for event in before if fitting(event)), None)
        if latest is None or company or latest.subject:
            return latest.entity if latest is not None else None
        # The subject of the sentence that named the latest such body, before a body it only spoke of: "The
        # Mountain Air Coalition ... said it would ask ... the Ontario Land Tribunal. ... the group said"
        # (a company is its owner as well: "X, which is owned by Evergreen Living, raised ... the company sent")
        start = self.sentences.start_before(latest.position)
        subject = next((event for event in itertools.takewhile(lambda e: e.position >= start, before) if (
            event.subject and fitting(event) and not any(_is_place(name) for name in event.entity.names))), None)
        return (subject or latest).entity


def _company_named(names: list[str]) -> bool:
    """Tell whether a body's name ends as a company's does, whatever words come before: "Court Street Properties",
    "School Bus Logistics"; never a government body's "of" name ("Ministry of Natural Resources")."""
    return any(name.split()[-1].lower().rstrip(".") in lexicon("company_heads") and not _government_of(name.split())
               for name in names if name)


def _government_of(words: list[str]) -> bool:
    """Tell whether a name opens on a government body's head and "of": "Ministry of | Natural Resources"."""
    return len(words) > 2 and words[1] == GOVERNMENT_OF and words[0].lower() in (
        lexicon("distinct_body_heads") | lexicon("non_company_heads")) - lexicon("company_nouns")


def _described_as(title: str, head: str) -> bool:
    """Tell whether a short description, up to a relative clause, makes its name a body of the kind ``head`` names:
    "a Lenexa | company" (not "a lawyer for the company": a person's role)."""
    words = title.lower().split()
    relative = next((i for i, w in enumerate(words) if i and w in lexicon("relatives")), len(words))
    words = words[:relative]  # "an Indianapolis-based company| that has signed leases with 14 landowners"
    return len(words) <= MAX_KIND_WORDS and words[-1] == head and not any(
        w in lexicon("function_words") for w in words[1:-1])


def _news_agency(names: list[str]) -> bool:
    """Tell whether an outlet is a news agency, which "the agency" may mean: "Reuters", "The Canadian Press"."""
    agencies = lexicon("news_agencies")
    return any(name.lower() in agencies or "agency" in name.lower().split() for name in names)


def _described_only(entity: Entity) -> bool:
    """Tell whether a body was only described where a sentence or deck opens, never named: "Animal welfare group
    calls the plan ..." (its words after the first in lowercase)."""
    return all(len(words := name.split()) > 1 and name[:1].isupper() and not words[0].endswith(POSSESSIVE) and all(
        w.islower() for w in words[1:]) for name in entity.names)  # not "Huxley-Frost's office"


def _named(entity: Entity) -> bool:
    """Tell whether a body goes by a name, not by a deck's lowercase description ("downtown business group calls")."""
    return any(name[:1].isupper() for name in entity.names)


def _is_place(name: str) -> bool:
    """Tell whether a body's name is only a place's, as a state or province speaks: "Michigan", "Iran"."""
    low = strip_article(name).lower().rstrip(".")
    return is_country(name) or low in mapping("us_states").values() or low in lexicon("region_names")


def _is_party(entity: Entity) -> bool:
    """Tell whether an organization is a party or its members: "Republicans", "the Liberal Party"."""
    words = lexicon("party_words")
    return any(word.lower().removesuffix("s") in words for name in entity.names for word in name.split())
