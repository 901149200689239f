"""Who an unnamed speaker turns out to be: the role a lead named before the person ("The head of the agency said
..." then "Mohammad Eslami told reporters"), a headline's role named in the body, a description named in the next
paragraph ("said one millwright" then "The millwright, Rodney Caissie,"), the relative "her son" names, and the one
member of an anonymous group that "the source" is. The cast (:mod:`cast`) asks here before it makes a person new."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from .appositions import naming_frame_start
from .bodies import Bodies
from .cast_words import OF_PLACE, RE_HYPHENED_WORD, made_remarks, office_of, opens_next_sentence, unnamed_office
from .entities import Entity
from .language import compiled, lexicon, mapping
from .members import GENDERS
from .model import KnownSpeaker
from .phrases import TITLE_JOIN, NounPhrase
from .pronouns import opening_pronoun
from .roles import fits_role, role_words, title_words
from .scan_words import who_unnamed_by_request
from .segments import Sentences, line_start
from .words import (
    POSSESSIVE,
    gender_from_first_name,
    gender_of,
    is_title,
    name_key,
    one_member,
    opens_indefinitely,
    organization_noun_words,
    strip_article,
)

# A role named alone (a headline's "Mayor:") is named by a fitting title this far on: the deck and lead.
MAX_ROLE_NAMING_CHARS = 600
# Speakers a later name may name: an unnamed source ("a nurse who ...") or one known by a role alone.
UNNAMED_SPEAKER_TYPES = ("anonymous", "unknown")
MAX_DEFINITE_CHARS = 40
# ... or right after a quote, inverted, its cue verb before it or not: '“…,” | the spokesperson, Ciara Moody, said',
# '“…,” wrote | the spokesperson, Chantelle Morin.'
RE_AFTER_QUOTE = regex.compile(r"[”\"’]\h++(?:\p{Ll}++\h++)?\Z")
# The owner in a description: "The | rescue|'s founder".
RE_OWNER = regex.compile(r"(\p{Ll}[\p{Ll}\-]*+)['’]s\b")
# An age right after a name: "Ron Pelletier|, 66,".
RE_AGE_AFTER = regex.compile(r",\h++\d{1,3}+\h*+[,.]")
# A name's own verb right after it: "Edna Gedeon-Martin| said her daughter", "Nancy Bouchard| has run the school".
RE_VERB_AFTER_NAME = regex.compile(r"(?<!\h)\h++\p{Ll}")
# How far back that quote's closing mark may stand: its mark, a space and a cue verb.
MAX_AFTER_QUOTE_CHARS = 16


def definite_before() -> regex.Pattern[str]:
    """A description's noun with its definite article (and up to two words before the noun), apposed to the name
    after it or its subject: "The millwright|, Rodney Caissie", "The retired officer|, Clifford ...", "The rescue's
    founder|, Rhonda Vick", "The man is | Ernesto Zamudio" (searched backwards from the name)."""
    return compiled("definite_before", lambda: regex.compile(
        r"(?r)\b(?i:\L<articles>)\h++(?:\b[\p{Ll}\-]++(?:['’]s)?+\h++){0,2}([\p{Ll}\-]++)(?:,|\h++(?:\L<copulas>))\h++\Z",
        articles=sorted(lexicon("definite_articles") | lexicon("demonstratives")),  # "That farmer, Lyle Okerstrom,"
        copulas=sorted(lexicon("naming_copulas"))))


class Namings(Bodies):
    """The members, and the speaker only a role or a description named until a name comes (made as
    :class:`bodies.Bodies` is)."""

    def __init__(self, text: str, sentences: Sentences, seed: Iterable[KnownSpeaker] = ()) -> None:
        super().__init__(text, sentences, seed)
        self.last_speaker: Entity | None = None
        self.last_unnamed_speaker: Entity | None = None  # "A mother in the third row ... asks"
        self._anonymous_by_description: dict[str, Entity] = {}

    def _unnamed_speaker_of_remarks(self, phrase: NounPhrase, quoted: bool = False) -> Entity | None:
        """The speaker only a role named, when ``phrase`` names them.

        'The spokesman for the ministry ... said “...”. Nasser Kanaani made the remarks on Monday', or the
        news convention of naming a role in the lead and the person in the next sentence: 'The head of
        the agency said ... . Mohammad Eslami told reporters ...' (a new full name with no role of its
        own, as that sentence's subject; anonymous sources are never named this way).
        """
        framed = self._framed_in_own_sentence(phrase)
        if framed is not None:
            framed.type = "person"  # "A teenager ..., who gave his name only as Tyson, said he rides to school"
            return framed
        speaker = self.last_speaker
        unnamed = self.last_unnamed_speaker
        # named after another answered: "“…?” she asks." "“…,” Pike answers." "The mother, X,"
        described = bool(speaker is not None and speaker.names) and unnamed is not None and not unnamed.names and (
            self._names_description(unnamed, phrase))
        if described:
            speaker = unnamed
        if speaker is None or speaker.names or speaker.type not in UNNAMED_SPEAKER_TYPES or speaker.document:
            return None  # (a document is named by nobody: "A staff report to city council ... warned")
        if self.text.startswith(":", phrase.end) and self.text.startswith(":", speaker.mentions[-1][1]):
            return None  # transcript turns: "HOST: ..." and then "MARY HALE: ..." are two parties
        if not described and not made_remarks().match(self.text, phrase.end, phrase.end + 60) and not (
                speaker.type == "unknown" and phrase.title is None and len((phrase.name or "").split()) >= 2
                and self._named_before(phrase) is None
                and opens_next_sentence(self.sentences, len(self.text), speaker, phrase)) and not (
                self._names_role(speaker, phrase)) and not self._names_description(speaker, phrase) and not (
                self._names_by_frame(speaker, phrase)) and not (quoted and self._names_next_paragraph(
                speaker, phrase)) and not self._introduced_after(speaker, phrase):
            return None
        speaker.type, seeded = "person", self._known_person(phrase)  # a known speaker not yet mentioned: theirs
        if seeded is not None and not seeded.mentions:
            speaker.known_id, speaker.canonical_name = seeded.known_id, seeded.canonical_name
        speaker.titles = [strip_article(title) for title in speaker.titles]  # a role now, not a description
        return speaker

    def _framed_in_own_sentence(self, phrase: NounPhrase) -> Entity | None:
        """The unnamed person a naming frame in their own sentence names, whether or not they were quoted yet: "A
        teenager waiting for the 61, who gave his name only as | Tyson, said he rides to school"."""
        latest = self._last_before(phrase.start)  # asked for every name: never list the mentions
        if latest is None or latest.entity.type != "anonymous" or latest.entity.names:
            return None
        sentence = self.sentences.start_before(phrase.start)
        frame = naming_frame_start(self.text, phrase.start)
        if latest.position >= sentence:
            return latest.entity if frame > latest.position else None
        # ... or one quoted before, the sentence opening on their description's noun: "“…,” she said." and then
        # "The nurse, who asked that only her first name, Kirsten, be used, said" (after "a nurse who rents ...")
        words = self.text[sentence:frame].split()[:2] if frame >= 0 else []
        return latest.entity if len(words) == 2 and words[0].lower() in lexicon("definite_articles") and (
            words[1].rstrip(",").lower() in latest.entity.title_words) else None

    def _names_next_paragraph(self, speaker: Entity, phrase: NounPhrase) -> bool:
        """Tell whether a new full name with no role of its own, speaking in the paragraph right after the one where a
        role alone spoke, is that role: "The president of ... Local 4120 ... called the new timeline “a gut punch.”"
        and then '“…,” said Rhonda Kakfwi-Ross.'."""
        if speaker.type != "unknown" or phrase.title or len((phrase.name or "").split()) < 2 or (
                not speaker.mentions) or self._named_before(phrase) is not None:
            return False
        last = speaker.mentions[-1][1]
        return self._next_paragraph(last, line_start(self.text, last, phrase.start))

    def _introduced_after(self, speaker: Entity, phrase: NounPhrase) -> bool:
        """Tell whether a new full name opening the paragraph right after the one where a man or a woman described by
        a noun alone spoke is that person: "A man leaving with an armful of DVDs said ... “…,” he said." and then "Ron
        Pelletier, 66, a retired machinist, said ..." (how copy introduces a passer-by), or "One of the doctors who
        took the bonus ... “…,” she said." and then "Dr. Amara Fyfe-Okonkwo practised in Russell"; the given name must
        tell the same gender the description or the pronoun did, and the name comes with an age or its own verb and no
        role (never "NDP housing critic Mira Okonkwo-Dawe raised the case", "Lyle Eckhart-Moss, one of the county's
        three commissioners,")."""
        words = (phrase.name or "").split()
        if speaker.type != "anonymous" or not speaker.titles or not speaker.mentions or len(words) < 2 or (
                self._named_before(phrase) is not None):
            return False
        described = speaker.gender or gender_of(speaker.titles[0].lower().split())
        if described not in ("m", "f") or gender_from_first_name(name_key(words[0])) != described:
            return False
        if phrase.title and any(is_title(word.lower()) for word in phrase.title.split()) and (
                phrase.title.lower().rstrip(".") not in lexicon("honorifics")):
            return False  # somebody with a role of their own
        if not RE_AGE_AFTER.match(self.text, phrase.end) and not RE_VERB_AFTER_NAME.match(self.text, phrase.end):
            return False
        last = speaker.mentions[-1][1]
        opening = line_start(self.text, last, phrase.start)
        if self._kept_unnamed(speaker) or self.text[opening:phrase.start].strip():
            return False  # kept unnamed at their request; or another person: "Another alleged victim, X, 31,"
        return self._next_paragraph(last, opening)

    def _kept_unnamed(self, speaker: Entity) -> bool:
        """Tell whether the copy keeps an unnamed speaker unnamed at their request: "One Republican senator ..., who
        spoke on condition of anonymity, said" is not "The absent senator, Sen. Dale Kimbrough," named after."""
        return any(who_unnamed_by_request().search(self.text, end, self.sentences.end_after(end, len(self.text)))
                   for _, end in speaker.mentions)

    def _names_role(self, speaker: Entity, phrase: NounPhrase) -> bool:
        """Tell whether ``phrase`` names the speaker a role alone named just before: the headline
        "Governor Says Cuts ‘Unavoidable’" and its lead "Gov. Rachel Dunmore said Tuesday ...", the lead's
        "A federal judge ..., saying" and "U.S. District Judge Patricia Nwosu wrote" after it."""
        if speaker.pronoun_only or not speaker.titles or not phrase.title or not (
                speaker.type == "unknown" or (speaker.type == "anonymous" and unnamed_office(speaker.titles[0]))):
            return False
        last = speaker.mentions[-1][1] if speaker.mentions else -1
        if last < 0 or phrase.start - last > MAX_ROLE_NAMING_CHARS:
            return False
        known = self._named_before(phrase)
        if known is not None and (known.titles or known.mentions[0][0] < last):
            return False  # somebody named before the role; a surname the deck gave ("Novak blames") is not
        given = {word for title in phrase.title.split(TITLE_JOIN) for word in title_words(title)}
        for description in speaker.titles:
            title = office_of(description)  # "a spokesperson for the minister" is named as a spokesperson ...
            words = title_words(title)
            if not words or (title != description and opens_indefinitely(phrase.title)):
                continue  # ... but never by one more introduced: "An Interior Department spokesperson, Jake Morrow,"
            wanted, heads = role_words(title, words[-1])
            if fits_role(wanted, heads, given) or fits_role(wanted, heads, given, reworded=True):
                return True  # "Captain Apologizes" and "Rovers skipper Liam Foley" (an equivalent wording)
            office = title.lower().split(OF_PLACE)[0].split()[-1]  # "president| of the Millbrook Education Association"
            if office in given and any(word.endswith(POSSESSIVE) for word in phrase.title.split()):
                return True  # "The president of the Millbrook Education Association" is "the union's president"
        return False

    def _names_description(self, speaker: Entity, phrase: NounPhrase) -> bool:
        """Tell whether ``phrase`` names the unnamed speaker just quoted by the description's own noun: '“...,” said
        one millwright' and then 'The millwright, Rodney Caissie, said ...' (or '“...,” the spokesperson, Ciara
        Moody, said'), '“...,” the man says.' and then 'The
        man is Ernesto Zamudio, 67.', '“...,” said the town supervisor' and then 'The supervisor, Ruth Ann Kessler,'."""
        if speaker.type not in UNNAMED_SPEAKER_TYPES or not speaker.titles or not speaker.mentions or (
                phrase.start - speaker.mentions[-1][1] > MAX_ROLE_NAMING_CHARS):
            return False
        definite = definite_before().search(self.text, max(0, phrase.start - MAX_DEFINITE_CHARS), phrase.start)
        if definite is None or self._kept_unnamed(speaker) or not self._owner_described(speaker, definite.group()):
            return False
        noun = definite.group(1).lower()
        described = speaker.titles[0].lower().split()
        if noun in described or f"{noun}s" in described:  # "one of the riders" and then "The rider, X,"
            return self.sentences.start_before(definite.start()) == definite.start() or (  # not "Asked about ..."
                RE_AFTER_QUOTE.search(self.text, max(0, definite.start() - MAX_AFTER_QUOTE_CHARS),
                                      definite.start()) is not None)
        # Another noun for the same person, opening the paragraph right after the one they spoke in: "a man in a
        # smoke-stained ball cap ... “…,” he said." and then "The rancher, Wes Halvorsen-Duke, 61, said", "A woman
        # who has run a café ... “…,” she said." and then "The café owner, Rosalind Tenbroek-Osei,"; never a person
        # of the other gender ("The city clerk, Thomas ..." after a woman).
        # (the last mention before the description: the cast may have read "The resident" itself as theirs)
        last = next((end for _, end in reversed(speaker.mentions) if end <= definite.start()), -1)
        if speaker.type != "anonymous" or last < 0 or not (self._next_paragraph(last, definite.start()) or (
                self._after_answer(last, definite.start()))) or not (
                is_title(noun) or noun in lexicon("anonymous_heads")):
            return False
        told = speaker.gender or gender_of(described)
        given = gender_from_first_name(name_key((phrase.name or "").split()[0])) if phrase.name else None
        return told is None or given is None or told == given

    def _owner_described(self, speaker: Entity, description: str) -> bool:
        """Tell whether the owner a naming description gives ("The rescue's | founder") is one the sentence that
        introduced the speaker spoke of ("A woman who runs a horse rescue ..."): not "The network's executive
        director" after "a City of Ottawa spokesperson"; true when the description gives no owner."""
        owner = RE_OWNER.search(description)
        if owner is None:
            return True
        first = speaker.mentions[0][0]
        sentence = self.text[self.sentences.start_before(first):self.sentences.end_after(first, len(self.text))]
        return owner.group(1) in RE_HYPHENED_WORD.findall(sentence)

    def _names_by_frame(self, speaker: Entity, phrase: NounPhrase) -> bool:
        """Tell whether a naming frame gives the name of the unnamed speaker its own sentence just described:
        '“...,” said one father watching a game, who would give only his first name, Vince.'"""
        if speaker.type != "anonymous" or not speaker.mentions:
            return False
        first, last = speaker.mentions[-1]
        frame = naming_frame_start(self.text, phrase.start)
        if frame < last:
            return False
        sentence = self.sentences.start_before(frame)
        if sentence <= first:
            return True
        # ... or a sentence of their own, opening the next paragraph on their pronoun: '“…,” he said.' and then "He
        # gave his name as Harold Pardy, 66, a retired fisherman."
        told = opening_pronoun(self.text, sentence)
        following = not self.text[self.sentences.end_after(last, len(self.text)):sentence].strip()
        # ... or the sentence right after theirs: '“…,” he said. He gave his name only as Jorge.'
        return told in GENDERS and speaker.gender in (None, told) and (
            self._next_paragraph(last, sentence) or following)

    def _after_answer(self, end: int, start: int) -> bool:
        """Tell whether ``start`` opens the paragraph after the one that answered the paragraph holding ``end``: a man
        asks, the official "answered", and then "The farmer, Murray Creelman, said"."""
        first = self.text.find("\n", end, start)
        between = self.text[first:line_start(self.text, first, start)].strip() if first >= 0 else ""
        return bool(between) and "\n" not in between and not lexicon("reply_cues").isdisjoint(
            RE_HYPHENED_WORD.findall(between))

    def _next_paragraph(self, end: int, start: int) -> bool:
        """Tell whether ``start`` opens the paragraph right after the one that holds ``end``."""
        paragraph_end = self.text.find("\n", end, start)
        return paragraph_end >= 0 and not self.text[paragraph_end:start].strip()

    def _relative_named(self, owner: Entity | None, relation: str) -> Entity | None:
        """The person named before as the relative "her son" or "his wife" means: one given that ``relation`` to
        ``owner``, whom the pronoun points to ("Ms. Whitted’s son, Darnell Whitted", then "Her son shook his head.")."""
        if owner is None:
            return None
        named = self._recent(lambda e: e.type == "person" and e is not owner and any(
            title.split()[-1].lower() == relation and not owner.name_words.isdisjoint(
                name_key(word.removesuffix("’s").removesuffix("'s")) for word in title.split()) for title in e.titles))
        if named is not None or relation not in lexicon("family_nouns") or relation in lexicon("child_relations") or (
                len(owner.canonical().split()) < 2):
            return named  # (a child is named as one: "His son, Jace Eskelsen," is found above)
        # a spouse or a parent named by the surname they share: "Glen and Linda Haverkamp" ... "his wife said";
        # "His son, Tyler Atwood," ... "his father said" after Ricky Atwood
        surname, gender = name_key(owner.canonical().split()[-1]), gender_of([relation])
        return self._recent(lambda e: e.type == "person" and e is not owner and len(e.canonical().split()) > 1 and (
            name_key(e.canonical().split()[-1]) == surname) and e.gender in (gender, None))

    def _member_of(self, group: Entity) -> Entity:
        """One member of an anonymous group, the one "one of them" or "one of the sources" is: "a Liberal
        source" of "Two Liberal sources"; the same one each time the group's member speaks."""
        if not group.titles:
            return group
        description = one_member(group.titles[0])
        return group if description == group.titles[0] else self._described(description)

    def _group_of(self, phrase: NounPhrase, head: str) -> Entity | None:
        """The latest group "the source" or "that Democrat" is one of: "Two sources familiar with the talks",
        "Three Democrats, who were granted anonymity,"."""
        if self.text[phrase.start:phrase.end].split(" ", 1)[0].lower() not in lexicon("demonstratives"):
            return None
        plurals = {head + "s"} | {plural for plural, one in mapping("irregular_plurals").items() if one.lower() == head}
        bodies = organization_noun_words()  # "a senior men's team" is a body, not a group of men
        return self._recent(lambda e: e.type == "anonymous" and e.plural and bool(plurals & e.title_words) and not (
            e.title_words & bodies))

    def _described(self, description: str) -> Entity:
        """The anonymous source ``description`` names, the same one each time."""
        entity = self._anonymous_by_description.get(description.lower())
        if entity is None:
            entity = self._anonymous_by_description[description.lower()] = self._new("anonymous")
            entity.add_title(description)
        return entity

    def _named_before(self, phrase: NounPhrase) -> Entity | None:
        """The person ``phrase`` names when the text named them before (a known speaker it has not yet
        mentioned was not: a role the lead named may still be theirs)."""
        known = self._known_person(phrase)
        return known if known is not None and known.mentions else None

    def _latest_speaking(self, fits: Callable[[Entity], bool]) -> Entity | None:
        """The latest member that fits, or the subject of the sentence that last mentioned one only as spoken of:
        "One Republican senator ... said Ms. Kettering had told ..." then "the senator said" is the one who spoke."""
        latest = self._recent_event(fits)
        if latest is None or latest.subject:
            return latest.entity if latest is not None else None
        start = self.sentences.start_before(latest.position)
        subject = next((event for event in self._before(latest.position)
                        if event.position >= start and event.subject and fits(event.entity)), None)
        return subject.entity if subject is not None else latest.entity
