"""The article's cast: mentions resolved, in reading order, to the people, organizations and sources
they refer to. A caller may seed the cast with people it already knows."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from .cast_words import (
    elided_role,
    held_for_another,
    read_by,
    reported_gender,
    subject_position,
)
from .entities import Entity, Event
from .epithets import antecedent, writer_horizon
from .governments import is_place_government
from .initials import is_acronym
from .issuer_names import named_issuer, relative_issuer
from .language import lexicon, mapping
from .makers import Makers, document_opening
from .mentions import RE_WORD_BEFORE
from .model import KnownSpeaker
from .namings import UNNAMED_SPEAKER_TYPES
from .phrases import TITLE_JOIN, NounPhrase, interpret
from .pronouns import fitting, pronoun_antecedent
from .roles import fits_role, is_country, role_words
from .segments import Sentences
from .singular_they import singular_they
from .tokens import tokenize
from .words import (
    POSSESSIVE,
    country_words,
    gender_from_first_name,
    gender_of,
    is_descriptive,
    is_person_head,
    is_plural_title,
    name_key,
    nationality_nouns,
    one_member,
    relation_head,
    strip_article,
)

# How close before an answer ("she replied") the question it answers stands.
MAX_REPLY_CHARS = 300


class Cast(Makers):
    """Builds the cast in reading order and resolves speaker mentions against what came before.

    Args:
        text: the document's text.
        sentences: its sentence boundaries.
        quoted: the ``(start, end)`` of every quotation, in order (words inside them introduce nobody).
        seed: people the caller knows; each becomes a member before the first mention, recognised by
            name, alias or title, and is returned only when the text mentions them.
    """

    def __init__(self, text: str, sentences: Sentences, quoted: list[tuple[int, int]],
                 seed: Iterable[KnownSpeaker] = ()) -> None:
        super().__init__(text, sentences, quoted, seed)
        self.weak: list[tuple[int, str]] = []  # lone capitalized subjects, for pronouns with nothing else

    def add(self, phrase: NounPhrase, *, speaker: bool = False, cue: str | None = None) -> Entity | None:
        """Resolve ``phrase`` to a member of the cast, creating one when it introduces somebody new.

        Args:
            phrase: the noun phrase, in reading order with every earlier call.
            speaker: the phrase names the speaker of a quote.
            cue: the reporting verb, lowercase, when ``speaker``.

        Returns:
            The entity, or ``None`` for a mention nobody earlier fits (a speaker's pronoun with no
            antecedent is somebody unknown all the same: '“No,” he said.' opening an article).
        """
        pair = self.pair_for(self.text, phrase) if phrase.kind in ("nominal", "anonymous") else None
        if pair is not None:
            entity: Entity | None = pair  # "the two ministers said": the first of the two named together
        elif phrase.kind == "pronoun":
            entity = self._pronoun(phrase, cue)
            if entity is None and speaker and phrase.gender != "n":
                entity = self._new("unknown")
                entity.gender = phrase.gender if phrase.gender in ("m", "f") else None
                entity.pronoun_only = True
        elif phrase.kind == "name" and is_country(phrase.name or "") and self._known_person(phrase) is None:
            entity = self._organization(phrase)  # "Iran warns Israel", but "Jordan" may be Jim Jordan
        elif phrase.kind in ("name", "nominal") and held_for_another(self.text, phrase):
            entity = self._agent(phrase)  # "a spokesperson for Health Minister Carla Reyes": the spokesperson
        elif phrase.kind == "name" and (company := self._company_by_short_name(phrase)) is not None:
            entity = company  # "Northway said" after "Northway Grocers Inc."
        elif phrase.kind == "name" and is_acronym(phrase.name or "") and (
                body := self._initialled(phrase.name or "") or self._spelled_out(phrase.name or "", phrase.start)):
            entity = body  # "ICE said": the body its initials name
        elif phrase.kind == "name":
            entity = self._named_person(phrase, self._unnamed_speaker_of_remarks(phrase, speaker))
        elif phrase.kind == "organization":
            # "MBS" may be the alias of a person the caller seeded, not a body's initials.
            entity = (self._known_person(phrase) if is_acronym(phrase.name or "") else None) or self._organization(
                phrase)
        elif phrase.kind == "nominal":
            entity = self._nominal(phrase, speaker)
        else:
            entity = self._anonymous(phrase)
        if entity is None:
            return None
        self.note_pair(self.text, entity, phrase.start)
        entity.mentions.append((phrase.start, phrase.end))
        if phrase.kind == "pronoun" and entity.gender is None and phrase.gender in ("m", "f"):
            entity.gender = phrase.gender
        subject = speaker or subject_position(self.text, self.sentences, phrase)
        if entity.type == "organization" and not speaker and read_by(self.text, phrase.start):
            self.readers.add(phrase.start)
        self._record(Event(phrase.start, phrase.end, entity, subject, speaker))
        if speaker:
            self.last_speaker = entity
            if not entity.names and entity.type in UNNAMED_SPEAKER_TYPES:
                self.last_unnamed_speaker = entity
        return entity

    def _agent(self, phrase: NounPhrase) -> Entity | None:
        """The unnamed holder of a role held for the person the phrase names, who is mentioned too."""
        name = phrase.name or " ".join((phrase.title or "").split()[2:])  # "lawyer for | Ann Lee"
        self.add(NounPhrase(phrase.end - len(name), phrase.end, "name", name=name))
        role = (phrase.title or "").split()[0].lower()
        article = RE_WORD_BEFORE.search(self.text, max(0, phrase.start - 6), phrase.start)  # "A| spokesperson"
        start = article.start(1) if article is not None and article.group(1).lower() in lexicon("articles") else (
            phrase.start)
        return self._anonymous(phrase._replace(start=start, kind="anonymous", name=None, head=role))

    def _named_person(self, phrase: NounPhrase, entity: Entity | None = None) -> Entity:
        """The person ``phrase`` names: ``entity`` when given, else the one known by that name, else new."""
        name = phrase.name or ""
        words = [name_key(w) for w in name.split()]
        told = reported_gender(self.text, phrase.end) if len(words) == 1 and phrase.gender is None else None
        entity = entity or self._known_person(phrase._replace(gender=told) if told else phrase) or self._new("person")
        self._add_name(entity, name)
        for title in (phrase.title or "").split(TITLE_JOIN):
            if not title:
                continue
            if title.lower().rstrip(".") in lexicon("honorifics"):
                entity.honorific = title
            else:
                entity.add_title(title)
        # a given name before words of a role or a place: "Doreen Ostrowski, a retired teacher from Prince Albert"
        given = gender_from_first_name(words[0]) if len(words) > 1 else None
        entity.gender = entity.gender or given or phrase.gender or gender_from_first_name(words[0]) or (
            reported_gender(self.text, phrase.end) if len(words) > 1 else None)  # a given name of either gender
        return entity

    def _nominal(self, phrase: NounPhrase, speaker: bool = False) -> Entity | None:
        head = relation_head(phrase.head or "")
        title = phrase.title or ""
        if title[:1].isupper() and " " not in title and title == self.text[phrase.start:phrase.end]:
            named = self._named_before(phrase._replace(kind="name", name=title))
            if named is not None:
                return named  # a surname that is a title word, alone: "Bishop said" after "Latoya Bishop"
        if head in lexicon("document_nouns"):
            owner = title.split()[0][:-2] if title.split()[0].endswith(POSSESSIVE) else ""  # "Boudreau’s report"
            owned = NounPhrase(phrase.start, phrase.start + len(owner), "organization", name=owner)
            issuer = self._organization(owned) if is_acronym(owner) else self._named_person(  # "The EPA’s ..."
                owned._replace(kind="name")) if (
                owner[:1].isupper() and not is_country(owner)) else self._national_owner(phrase.start, owner) or (
                self._owning_body(owner)) or (
                self._nominal(owned._replace(kind="nominal", title=owner, head=owner)) if (
                    owner in lexicon("company_nouns")) else None) if owner else None  # "The company’s application"
            issuer = issuer or self._issuer(head, phrase) or self._unnamed_maker(head, phrase.start)
            if issuer is not None:
                self.documents.add(phrase.start)  # its "It found" is the issuer's too
                # "the statement said": whoever issued it; "Boudreau’s report": Boudreau; "the bureau’s application":
                # the body whose name holds "bureau"
                return issuer
        body = self._staff_body(phrase, title, head)
        if body is not None:
            return body
        if is_place_government(title, head):
            place = self._named_with(head) or self._place(head, phrase)
            if place is not None:
                return place  # "the county said": Lindenwood County; "the province says": Ontario
        wanted, heads = role_words(title, head)
        named = self._relative_named(self._possessor_person(phrase), head) if head in lexicon("family_nouns") else None
        if named is not None:
            return named  # "Her son shook his head." after "Ms. Whitted’s son, Darnell Whitted"
        if title.lower() in lexicon("organization_nouns") or head in lexicon("organization_nouns"):
            return self._body_by_role(phrase, head, wanted, self._possessor_person(phrase))
        # 'the Iranian foreign minister' fits 'Iranian Foreign Minister', not 'Afghan Foreign Minister'; 'the Danish
        # minister' is first whoever a title ties to Denmark ("her Danish counterpart, Lars Holm").
        nationality = wanted & country_words()
        found = self._recent(lambda e: e.type != "organization" and nationality <= e.title_words and (
            fits_role(wanted, heads, e.title_words) or fits_role(wanted, heads, e.title_words, reworded=True))) if (
            nationality) else None
        found = found or self._latest_speaking(
            lambda e: e.type != "organization" and fits_role(wanted, heads, e.title_words))
        found = found or self._recent(
            lambda e: e.type != "organization" and fits_role(wanted, heads, e.title_words, reworded=True))
        # A role only the caller could tie to a name: "the crown prince" for a seeded Mohammed bin Salman.
        found = found or next((e for e in self._known if e.type != "organization" and e.title_words
                               and fits_role(wanted, heads, e.title_words)), None)
        if found is not None:
            return found
        group = self._group_of(phrase, head)
        if group is not None:
            return self._member_of(group)  # "the source" of "two sources familiar with ..."
        if head in lexicon("anonymous_heads") or is_plural_title(head):
            return self._anonymous(phrase)  # "a source", "the company's lawyers"
        relative = head in lexicon("family_nouns") and title.split()[0].lower() not in lexicon("articles")
        epithet = is_descriptive(head) or head in nationality_nouns() or head in lexicon("epithet_roles")
        if epithet and not relative:
            # "the 27-year-old", "the Ohio native", "the mother of two", and a trade nobody was given ("the
            # midfielder joked"): the person the writer's last sentence was about; "his daughter" is
            # somebody else, a relative of theirs.
            horizon = writer_horizon(self.text, self.sentences, self.quoted, phrase.start)
            found = antecedent(self._before(phrase.start), horizon, phrase.gender or gender_of([head]))
            if found is not None:
                return found
        words = self.text[phrase.start:phrase.end].split()
        if speaker and not relative and len(words) == 2 and words[0].lower() in lexicon("definite_articles") and (
                is_person_head(head)):
            # "“…,” the worker said." with no worker named: the unnamed person the writer's last sentence was about,
            # described by other words ("A city staff member who cleans the building ... said")
            horizon = writer_horizon(self.text, self.sentences, self.quoted, phrase.start)
            found = antecedent(self._before(phrase.start), horizon, phrase.gender or gender_of([head]), unnamed=True)
            if found is not None and found.type == "anonymous":
                return found
        entity = self._new("unknown")
        entity.add_title(strip_article(title) if title else self.text[phrase.start:phrase.end])
        return entity

    def _possessor_person(self, phrase: NounPhrase) -> Entity | None:
        """The person a possessive pronoun opening ``phrase`` points to: "his | office", "her | campaign"."""
        first = self.text[phrase.start:phrase.end].split(" ", 1)[0]
        gender = mapping("possessive_pronouns").get(first.lower())
        if gender not in ("m", "f"):
            return None
        person = self._pronoun(NounPhrase(phrase.start, phrase.start + len(first), "pronoun", gender=gender), None)
        return person if person is not None and person.type == "person" and person.names else None

    def _document_opening(self, position: int) -> Entity | None:
        """The issuer of the document that opens the sentence before "it" at ``position`` as its subject and names who
        made it ("A report by Transit Windsor staff to council says ... . | It says", "The analysis Transport Canada
        published ... estimates ... . | It says"), when "it" opens its own."""
        sentence = self.sentences.start_before(position)
        if sentence != position or not sentence:
            return None
        before = self.sentences.start_before(sentence - 1)
        opening = document_opening().match(self.text, before, sentence)
        if opening is None:
            return None
        if named_issuer(self.text, opening.end()) is None and relative_issuer(self.text, opening.end()) is None:
            # only a document that names who made it ("A report by X", "A report by X staff"), or one that spoke
            # in that sentence as the one it was given to ("A report commissioned by the board from X, an engineering
            # firm, says “…” | It says")
            spoke = next((e for e in self._before(sentence) if e.position >= before and e.speaker), None)
            if spoke is not None and spoke.entity.names:
                return spoke.entity
            # ... or a staff document, the local government's: "A staff report going to the region's committee says
            # ... . | It says"
            return self._council_government(opening.group().rsplit(" ", 1)[-1].lower(), before, staff_only=True)
        phrase = interpret(self.text, tokenize(self.text, before, opening.end()))
        issuer = self._nominal(phrase) if phrase is not None and phrase.kind == "nominal" else None
        return issuer if issuer is not None and issuer.names else None  # a named issuer, never the document's words

    def _issuer(self, noun: str, phrase: NounPhrase) -> Entity | None:
        """Who issued the document that "the statement" refers to (:meth:`makers.Makers._document_issuer`), resolved
        in the cast when it is a phrase."""
        found = self._document_issuer(noun, phrase)
        if not isinstance(found, NounPhrase):
            return found
        self.horizon = found.start  # "according to a letter the company sent residents ... reviewed by HuffPost"
        try:
            return self.add(found)
        finally:
            self.horizon = None

    def _anonymous(self, phrase: NounPhrase) -> Entity | None:
        description = self.text[phrase.start:phrase.end]
        words = description.lower().split()
        if len(words) == 2 and words[0] in lexicon("demonstratives") and words[1] in lexicon("person_nouns"):
            # "the man said" after "One longtime season-ticket holder, who asked not to be named, said ...": the
            # one, named or not, the writer's last sentences were about
            horizon = writer_horizon(self.text, self.sentences, self.quoted, phrase.start)
            found = antecedent(self._before(phrase.start), horizon, gender_of(words[1:]), unnamed=True)
            if found is not None:
                return found
        if phrase.head is None:
            description = elided_role(description, self._before(phrase.start), phrase.start)
            if not description:
                return None  # "Another posted:" with no "one fan" before it names nobody
        return self._described(description)

    def _people_described_before(self, position: int) -> str | None:
        """The people "them" means when no source was described as a group: the last plural role in the sentence
        before ``position``, with the capitalized words before it ("a dozen young | farmers in green caps.",
        "| Prairie Liberal MPs have been urging Lachance to act.")."""
        start = self.sentences.start_before(position)
        if start == 0:
            return None
        words = self.text[self.sentences.start_back(position, 1):start].split()
        last = next((i for i in range(len(words) - 1, -1, -1) if is_plural_title(words[i].lower())), None)
        if last is None:
            return None
        first = last
        while first > 0 and words[first - 1][0].isupper():
            first -= 1
        return " ".join(words[first:last + 1])

    def _pronoun(self, phrase: NounPhrase, cue: str | None) -> Entity | None:
        gender = phrase.gender
        if gender == "p":
            # "they", "one of them": the latest group ("two people familiar with the talks") or body.
            before = self._before(phrase.start)
            groups = [e.entity for e in before if (
                e.entity.type == "organization" or (e.entity.type == "anonymous" and e.entity.plural))]
            person = singular_they(self.text, self.sentences, phrase.start, before, self._inside_quote) if (
                " " not in self.text[phrase.start:phrase.end]) else None  # "they", never "one of the ratepayers"
            if person is not None:
                person.they = True
                return person
            if " " in self.text[phrase.start:phrase.end]:
                # "one of them": a member of the latest group of people, before any body named since
                # ("Two people familiar with the company’s plans said Carver ... One of them described").
                group = self.text[phrase.start:phrase.end].split()[-1]
                members = [g for g in groups if g.type == "anonymous" and (
                    group.lower() in lexicon("group_pronouns") or group.lower() in g.title_words)]
                if members:
                    return self._member_of(members[0])  # "one of the sources": of the group of sources
                if group.lower() in lexicon("group_pronouns"):
                    people = self._people_described_before(phrase.start)
                    if people is not None:  # "... were a dozen young farmers in green caps. One of them said"
                        return self._described(one_member(people))
                    return groups[0] if groups else None  # "one of them": a body's, when no people were named
                # "one of the patients", none named before: the copy's own words
                words = self.text[phrase.start:phrase.end]
                return self._described(words[0].lower() + words[1:])  # "one of Kimbrough's daughters"
            pair = self.pair_before(self.text, phrase.start, before)
            if pair is not None:
                return pair  # "House Speaker Ellen Varga-Stone and ... Tobias Leclair, both Democrats, said" ... "they"
            return groups[0] if groups else None
        fits = fitting(gender or "")
        if gender is None or fits is None:
            return None
        if cue in lexicon("floor_cues") and self.last_speaker is not None and fits(self.last_speaker):
            return self.last_speaker
        if cue in lexicon("reply_cues"):
            asked = self._asked_before(phrase.start, fits, max(0, phrase.start - MAX_REPLY_CHARS))
            if asked is not None:
                return asked  # the one a question was put to in the writer's words: "a reporter asked Mr. Beaulieu why"
        else:
            # under a plain "said" only when the question was put in the sentence right before the answer: "Pryor
            # asked Svoboda whether builders were rushing. | “They are,” she said."; "he asked" is the one who put it
            quote_start = self._own_quote_start(phrase)
            reach = self.sentences.start_back(quote_start, 1)
            asked = self._asker_before(quote_start, fits, reach) if cue in lexicon("question_cues") else (
                self._asked_before(quote_start, fits, reach, question=True))
            if asked is not None:
                return asked
        answers = cue in lexicon("reply_cues") or (self.last_speaker is not None and (not fits(
            self.last_speaker) or not self.last_speaker.title_words.isdisjoint(lexicon("questioner_nouns"))))
        if answers and self.text.find("?", max(0, phrase.start - MAX_REPLY_CHARS), self._own_quote_start(phrase)) >= 0:
            # the answer to a question just asked: "Wrayburn pressed Marchetti-Obi ... “…?” he asked. “…,” she replied";
            # also after "said" when the one who asked cannot be meant: "“…?” she asked Oduya. “…,” he said.", or is one
            # whose role asks ("“…?” a reporter asked. “…,” he said.")
            answering = next((e.entity for e in self._before(phrase.start) if fits(e.entity) and (
                e.entity is not self.last_speaker)), None)
            if answering is not None:
                return answering
        # "it" may be a document named before as a subject: "The memo warns ... It notes that ...".
        # (a news medium only as the subject of its sentence or the one before: "The Daily Ledger ... but it said",
        # never "told CBC News", "CBC News has learned" two sentences back, or a byline)
        told_from = self.sentences.start_back(phrase.start, 1)
        subjects = [e for e in self._namesakes(self._before(phrase.start), fits) if ((fits(e.entity) and not (
            e.entity.media and not (
                e.subject and e.position >= told_from))) or (gender == "n" and e.position in self.documents)) and (
            e.position not in self.readers)]
        opening = self._document_opening(phrase.start) if gender == "n" else None
        if opening is not None:
            return opening  # "A report by X says ... . | It says": the report's issuer
        found = pronoun_antecedent(self.text, self.sentences, self._outside_quotes(phrase.start), gender, subjects)
        if found is None and gender == "n":
            # nobody else fits: an outlet the story is about, its subject a few sentences back ("Lakeview Radio ...
            # It said")
            back = self.sentences.start_back(phrase.start, 3)
            media = [e for e in self._before(phrase.start) if fits(e.entity) and e.entity.media and e.subject and (
                e.position >= back) and e.position not in self.readers]
            found = pronoun_antecedent(self.text, self.sentences, self._outside_quotes(
                phrase.start), gender, media) if media else None
        if found is None and gender in ("m", "f"):
            i = bisect.bisect_left(self.weak, (phrase.start, ""))
            if i > 0:
                start, word = self.weak[i - 1]
                return self._named_person(NounPhrase(start, start + len(word), "name", name=word))
        return found

