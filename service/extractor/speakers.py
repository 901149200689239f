"""The article's cast: names, titles and sources clustered into speakers, and mentions resolved to them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache

import regex

from . import budget
from .lexicons import lexicon
from .mentions import (
    DETERMINERS,
    INDEFINITES,
    POSSESSIVE,
    RE_PARTICLE_PREFIX,
    TITLE_JOIN,
    NounPhrase,
    gender_of,
    interpret,
    is_descriptive,
    is_org_name,
    is_plural_title,
    is_title,
    name_key,
    phrase_after,
    phrase_before,
    tokenize,
)
from .segments import Sentences

# Candidates for the cast: two or more capitalized words ("Mohammad Javad Zarif", "Northwind
# Airlines", "Ms. Cho", "Prosecutor Clarke"), or an organization known by one word ("Reuters").
RE_NAME_RUN = regex.compile(
    r"""
    (?<![\p{L}\p{N}]) (?=\p{Lu})
    (?: \L<organizations> (?![\p{L}\p{N}])                             # a known organization: "Reuters"
      | \p{Lu} (?: \p{L}{0,3}\.(?=\s+\p{Lu}) | [\p{L}\p{M}'’\-]*+ )                 # or a capitalized word ("Sen.",
        (?= \s+ (?:(?:\L<particles>) \s+){0,2} \p{Lu} )                # "O’Neill") that another follows
    )
    (?: \s+ (?:(?:\L<particles>) \s+){0,2}+ (?:(?:al|el|bin|ibn|abu)-)?+
        \p{Lu} (?: \p{L}{0,3}\.(?=\s+\p{Lu}) | [\p{L}\p{M}'’\-]*+ ) )*+                  # "Abdel Fattah al-Sisi"
    """,
    regex.VERBOSE,
    organizations=sorted({variant for name in lexicon("organizations")
                          for variant in (name.title(), name.upper())}),
    particles=["al", "bin", "da", "de", "del", "della", "der", "di", "du", "el", "ibn", "van", "von"],
)
# A sentence that opens with a role: "The Iranian news agency did not say ...", "The company said".
RE_SUBJECT_ROLE = regex.compile(
    r"""(?:\A|(?<=[.!?]["”’']?\s+)) (?:The|This) \s+ (?:[\p{L}\-’']+\s+){0,3}?
        (?i:\L<heads>) (?![\p{L}\p{N}])""",
    regex.VERBOSE,
    heads=sorted(lexicon("organization_nouns") | lexicon("titles")),
)
# Anonymous sources described anywhere: "Citing a source in the army", "according to two officials".
RE_ANONYMOUS = regex.compile(
    r"""\b (?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ultiple) \s+
        (?:[\p{L}\-’']+\s+){0,3}? \L<heads> \b""",
    regex.VERBOSE,
    heads=sorted(lexicon("anonymous_heads")),
)
RE_WORD_BEFORE = regex.compile(r"(?r)([\p{L}’'\-]+)\s+\Z")
RE_WORD_AND_COMMA = regex.compile(r"(?r)([^\s,]++),\s*+\Z")
# A lone capitalized word opening a sentence (or a clause after a comma) before a lowercase verb.
RE_LONE_SUBJECT = regex.compile(r"(?:\A|(?<=[.!?\"”’]\s{1,4}+)|(?<=,\s))(\p{Lu}\p{Ll}++)\s(\p{Ll}{3,}+)\b")
# The word after a name, past any ", apposition," or the comma that closes the name's own apposition
# ("Iran’s ambassador to the UN, Amir Saeid Iravani, wrote").
RE_NEXT_WORD = regex.compile(r"(?:\s{0,8}+,[^,.;:“”\"]{1,80}+,|\s{0,8}+,)?+\s{1,8}+(\p{Ll}++)")
# A party label after a name: "Ted Cruz, R-Texas," or "Jamie Raskin (D-Md.)".
RE_PARTY_LABEL = regex.compile(
    r"\s{0,8}+(?:,\s{0,8}+|\()([RDI])-([A-Z][A-Za-z.]{1,5}+(?:\s[A-Z][a-z.]{1,8}+)?)(?=[,);]|\s|\Z)")
# The same in words, as the New York Times writes it: "Marjorie Taylor Greene, Republican of Georgia,".
RE_PARTY_OF_STATE = regex.compile(
    r"\s{0,8}+,\s{0,8}+(Republican|Democrat|[Ii]ndependent) of ([A-Z][a-z]++(?:\s[A-Z][a-z]++)?)(?=[,.;)]|\s)")
PARTIES = {"R": "Republican", "D": "Democrat", "I": "independent"}
NOT_VERBS = frozenset({"and", "or", "of", "in", "on", "at", "for", "to", "the", "a", "an", "with", "from", "by"})
# "X, spokesman for the port authority," and "X, Russia's permanent representative to ...,": a role with
# no article.
RE_BARE_APPOSITION = regex.compile(
    r"""\s*+,\s*+ ( (?:\p{Lu}[\p{L}\-]*+['’]s\s)?+ (?:[\p{Ll}\-]++\s){0,2}? (?i:\L<titles>)\b
                   (?:\s(?:of|for|at|to|with)\s[^,.;:“”\"()]{2,60}+)? )
        \s*+[,.;]""",
    regex.VERBOSE,
    titles=sorted(lexicon("titles")),
)
# "X, the Y," and "X, a Y,": the role after a name ("Karim Haddad, the union’s chief negotiator,").
RE_APPOSITION = regex.compile(r"\s*+,\s*+((?:the|a|an)\s[^,.;:“”\"()]{2,90}?)\s*+[,.;]")
MEDIA_NOUNS = frozenset({"website", "news website", "newspaper", "news agency", "agency", "outlet", "broadcaster",
                         "paper", "network", "channel", "station", "publication", "daily", "magazine"})
# How far back (in mentions) a pronoun or a role looks for what it refers to: about one long article.
MAX_LOOKBACK = 400
# "Nasser Kanaani made the remarks on Monday": the name given for what an unnamed speaker said.
RE_MADE_REMARKS = regex.compile(r"\s++(?:also\s++)?made\s++(?:the|these|those|his|her)\s++(?:remarks|comments)\b")
RANKS = frozenset({"senior", "top", "high-ranking", "veteran", "longtime", "leading", "prominent"})
COUNTRY_NAMES = frozenset({"us", "u.s", "usa", "united states", "uk", "united kingdom", "saudi arabia", "uae",
                           "united arab emirates", "north korea", "south korea", "south africa", "new zealand"})
# How far before a name its title is looked for: "Governor of the Central Bank of Iran (CBI)".
LOOKBACK_CHARS = 60
# "the statement said" looks this far back for the statement's issuer: a few sentences.
MAX_ISSUER_CHARS = 600
RE_WORD = regex.compile(r"\p{L}+")
RE_TITLE_WORD = regex.compile(r"[\p{L}\p{N}’'\-]+\.?")  # "Sen.", "60-year-old", "union’s"
# Between a document and its issuer: "statement released by the", "statement from".
RE_ISSUED_BY = regex.compile(r"(?<!\s)\s++(?:\p{Ll}++\s++)?(?:by|from)\s++(?:the\s++)?", regex.IGNORECASE)
# Cues that keep the floor with the last speaker: '“This verdict is wrong,” he added.'
FLOOR_CUES = frozenset({"added", "adds", "continued", "continues", "went on", "went on to say"})
TITLE_STOP = frozenset({"the", "a", "an", "of", "for", "in", "at", "and", "to", "on", "former", "then"})


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
    media: bool = False
    name_words: set[str] = field(default_factory=set)  # lowercase words of every name, for matching
    title_words: set[str] = field(default_factory=set)  # content words of every title, for roles

    @property
    def personal(self) -> bool:
        """Something marks this as a person: a title, an honorific, or a known gender."""
        return bool(self.titles or self.honorific or self.gender)

    @property
    def plural(self) -> bool:
        """An anonymous group ("officials", "two people familiar with the talks")."""
        heads = lexicon("anonymous_heads")
        return any(w in heads and (w.endswith("s") or w == "people") for w in self.title_words)

    def add_name(self, name: str) -> bool:
        """Record a proper name of this entity; tell whether it is new."""
        if name in self.names:
            return False
        self.names.append(name)
        self.name_words.update(name_key(w) for w in name.split())
        return True

    def add_title(self, title: str) -> None:
        """Record a role of this entity ("Iranian Foreign Minister")."""
        if title not in self.titles:
            self.titles.append(title)
            self.title_words.update(_title_words(title))

    @property
    def surname(self) -> str | None:
        return name_key(self.names[0].split()[-1]) if self.names else None

    def canonical(self) -> str:
        """The fullest proper name, "Ms. Cho" when only the surname is known, a description otherwise."""
        if self.names:
            best = max(self.names, key=lambda n: (len(n.split()), len(n)))
            if len(best.split()) == 1 and self.honorific:
                return f"{self.honorific} {best}"
            return best
        if self.titles:
            best = max(self.titles, key=len)
            first = best.split()[0].lower()
            return best[:1].lower() + best[1:] if first in INDEFINITES or first in DETERMINERS else best
        return "unknown"


def _title_words(title: str) -> list[str]:
    """The content words of a title, abbreviations spelled out: "Sen." gives "senator", "FM" "foreign
    minister"."""
    words = []
    for word in RE_TITLE_WORD.findall(title):
        low = word.lower()
        spelled = _title_abbreviations().get(low, low.rstrip("."))
        spelled = spelled[:-2] if spelled.endswith(POSSESSIVE) else spelled
        for part in spelled.split():
            part = _countries().get(part, part)  # "the Russian envoy" and "Russia's representative"
            if part not in TITLE_STOP:
                words.append(part)
    return words


@cache
def _title_abbreviations() -> dict[str, str]:
    return dict(entry.split("=", 1) for entry in lexicon("title_abbreviations"))


@cache
def _countries() -> dict[str, str]:
    return dict(entry.split("=", 1) for entry in lexicon("demonyms"))


@cache
def _role_equivalents() -> list[tuple[frozenset[str], frozenset[str]]]:
    pairs = (entry.split("=", 1) for entry in lexicon("role_equivalents"))
    return [(frozenset(left.split()), frozenset(right.split())) for left, right in pairs]


@cache
def _country_words() -> frozenset[str]:
    return frozenset(_countries().values())


def _is_country(name: str) -> bool:
    """A country speaking as a state: "Iran", "Russia", "the US", "Saudi Arabia"."""
    low = _strip_article(name).lower().rstrip(".")
    return low in _country_words() or low in COUNTRY_NAMES


def _role_words(title: str, head: str) -> tuple[set[str], set[str]]:
    """The words a role asks of a title, and its head spelled out ("FM": "foreign minister"); an age or
    a description never counts ("the 60-year-old coach")."""
    wanted = {word for word in _title_words(title) if not is_descriptive(word)}
    return wanted, set(_title_words(head)) or {head}


def _fits_role(wanted: set[str], heads: set[str], title_words: set[str], *, reworded: bool = False) -> bool:
    """Tell whether a role (``_role_words`` of "the Iranian president") fits somebody's titles ("President").

    A nationality counts only against titles that name a country ("the Afghan foreign minister" is not
    the "Iranian Foreign Minister"). A rank the titles do not give ("senior") counts only against a
    title that gives one. ``reworded``: through an equivalent wording instead ("the top Iranian
    diplomat" is the foreign minister, "the Iranian official" the spokesman, "the Turkish president" his
    Turkish counterpart).
    """
    if not title_words & _country_words():
        wanted = wanted - _country_words()
    if not reworded:
        # "the senior adviser" for "an adviser to the Leader"
        return heads <= title_words and wanted - (RANKS - title_words) <= title_words
    nationality = wanted & _country_words()
    if ("counterpart" in title_words or title_words <= _country_words()) and nationality and nationality <= title_words:
        # "his Turkish counterpart Recep Tayyip Erdogan" holds the office: "the Turkish president"; so may
        # "Russia’s Sergei Lavrov", titled by his country alone: "the Russian foreign minister".
        return True
    return any(left <= wanted and (wanted - left) | right <= title_words for left, right in _role_equivalents())


@dataclass(slots=True)
class Event:
    """A mention of a person or organization at ``position``, for pronoun resolution."""

    position: int
    entity: Entity
    subject: bool
    speaker: bool


class Cast:
    """Builds the cast in reading order and resolves speaker mentions against what came before."""

    def __init__(self, text: str, sentences: Sentences, quoted: list[tuple[int, int]]) -> None:
        self.text = text
        self.sentences = sentences
        self.entities: list[Entity] = []
        self.events: list[Event] = []
        self.quoted = quoted
        self._quote_starts = [start for start, _ in quoted]
        self.last_speaker: Entity | None = None
        self._by_word: dict[tuple[str, str], list[Entity]] = {}  # (type, name word) -> entities
        self.weak: list[tuple[int, str]] = []  # lone capitalized subjects, for pronouns with nothing else
        self._anonymous_by_description: dict[str, Entity] = {}

    def _add_name(self, entity: Entity, name: str) -> None:
        if entity.add_name(name):
            self._index(entity, name)

    def _index(self, entity: Entity, name: str) -> None:
        for word in name.split():
            bucket = self._by_word.setdefault((entity.type, name_key(word)), [])
            if entity not in bucket:
                bucket.append(entity)

    # -- building -----------------------------------------------------------------------------

    def scan(self) -> list[tuple[int, NounPhrase]]:
        """Find the cast's introductions in the writer's own words (not inside quotations).

        Returns:
            ``(position, phrase)`` pairs in text order.
        """
        found: list[tuple[int, NounPhrase]] = []
        for match in RE_NAME_RUN.finditer(self.text, timeout=budget.remaining()):
            budget.check()
            if self._inside_quote(match.start()):
                continue
            phrase = self._name_phrase(match.start(), match.end())
            if phrase is not None:
                found.append((phrase.start, phrase))
        for match in RE_SUBJECT_ROLE.finditer(self.text, timeout=budget.remaining()):
            if self._inside_quote(match.start()):
                continue
            phrase = interpret(self.text, tokenize(self.text, match.start(), match.end()))
            if phrase is None or phrase.kind not in ("nominal", "organization"):
                continue
            # A subject before its verb, or a possessor ("The company's shares fell"); not a role noun at
            # the end of some other clause ("The curfew bans all movement at night").
            verb = RE_NEXT_WORD.match(self.text, phrase.end)
            possessor = self.text[phrase.end:phrase.end + 2] in POSSESSIVE
            if possessor or (verb is not None and verb.group(1) not in NOT_VERBS):
                found.append((phrase.start, phrase))
        for match in RE_ANONYMOUS.finditer(self.text, timeout=budget.remaining()):
            if self._inside_quote(match.start()) or self._after_name(match.start()):
                continue
            tokens = tokenize(self.text, match.start(), min(len(self.text), match.end() + 80))
            parsed = phrase_after(self.text, tokens, 0)
            if parsed is not None and parsed[0].kind == "anonymous":
                found.append((parsed[0].start, parsed[0]))
        found.extend(self._surnames(found))
        found.sort(key=lambda item: item[0])
        self._weak_subjects(found)
        return found

    def _weak_subjects(self, found: list[tuple[int, NounPhrase]]) -> None:
        """Remember lone capitalized subjects ("Obama laughed."): a pronoun's last resort."""
        taken = {p.start for _, p in found}
        not_names = lexicon("not_names")
        for match in RE_LONE_SUBJECT.finditer(self.text, timeout=budget.remaining()):
            word, verb = match.group(1), match.group(2)
            low = word.lower()
            if (match.start(1) in taken or low in not_names or is_title(low) or verb in NOT_VERBS
                    or low in lexicon("organizations") or self._inside_quote(match.start(1))):
                continue
            self.weak.append((match.start(1), word))

    def _surnames(self, found: list[tuple[int, NounPhrase]]) -> list[tuple[int, NounPhrase]]:
        """Every later "Biden" of a "President Joe Biden": one-word mentions that pronouns count on."""
        surnames = {p.name.split()[-1] for _, p in found if p.kind == "name" and p.name and len(p.name) > 2}
        surnames |= {RE_PARTICLE_PREFIX.sub("", name) for name in surnames}  # "al-Sisi" is also "Sisi"
        if not surnames:
            return []
        pattern = regex.compile(r"(?<![\p{L}\p{N}.’'\-])\L<surnames>(?![\p{L}\p{N}’'\-])", surnames=sorted(surnames))
        taken = sorted((p.start, p.end) for _, p in found)
        starts = [start for start, _ in taken]
        extra = []
        for match in pattern.finditer(self.text, timeout=budget.remaining()):
            start, end = match.span()
            i = bisect.bisect_right(starts, start) - 1
            if (i >= 0 and taken[i][1] > start) or self._inside_quote(start):
                continue
            extra.append((start, NounPhrase(start, end, "name", name=match.group())))
        return extra

    def _name_phrase(self, start: int, end: int) -> NounPhrase | None:
        # Look back over a few words only for a lowercase title: "defence lawyer Paul Mercer".
        before = RE_WORD_BEFORE.search(self.text, max(0, start - 30), start)
        lookback = before is not None and before.group(1).lower() in _lookback_words()
        # An institution's abbreviation right before the name: "Central Bank of Iran (CBI) Mohammad Farzin".
        lookback = lookback or self.text[max(0, start - 3):start].rstrip().endswith(")")
        phrase = None if lookback else _plain_name(self.text, start, end)
        if phrase is None:
            window = tokenize(self.text, max(0, start - LOOKBACK_CHARS) if lookback else start, end)
            tokens = [t for t in window if t.end <= end]
            if not tokens or tokens[-1].end != end:
                return None
            phrase = phrase_before(self.text, tokens, len(tokens))
        if phrase is None or phrase.kind not in ("name", "organization"):
            return None
        if phrase.kind == "organization":
            return phrase
        if len((phrase.name or "").split()) < 2 and not phrase.title:
            return None  # a lone capitalized word is not yet somebody
        party = RE_PARTY_LABEL.match(self.text, phrase.end) or RE_PARTY_OF_STATE.match(self.text, phrase.end)
        if party is not None:
            # "Sen. Ted Cruz, R-Texas," / "Rep. Jamie Raskin (D-Md.)" / "Ms. Greene, Republican of Georgia,":
            # "the Texas Republican" later.
            label = f"{PARTIES[party.group(1)[0].upper()]} from {_state(party.group(2))}"
            title = f"{phrase.title}{TITLE_JOIN}{label}" if phrase.title else label
            return NounPhrase(phrase.start, phrase.end, "name", phrase.name, title, None, phrase.gender)
        if phrase.title is None:
            title, gender = self._apposition(phrase.end)
            if title is not None:
                return NounPhrase(phrase.start, phrase.end, "name", phrase.name, title, None, phrase.gender or gender)
        return phrase

    def _apposition(self, end: int) -> tuple[str | None, str | None]:
        """The role after a name, and the gender it tells: ", the union’s chief negotiator," or
        ", spokesman for the port authority," (the second form starts with a title word itself)."""
        apposition = RE_APPOSITION.match(self.text, end)
        if apposition:
            role = interpret(self.text, tokenize(self.text, apposition.start(1), apposition.end(1)))
            if role is not None and role.kind in ("nominal", "anonymous"):
                return apposition.group(1), role.gender
            return None, None
        bare = RE_BARE_APPOSITION.match(self.text, end)
        if bare:
            return bare.group(1), gender_of(bare.group(1).lower().split())
        return None, None

    def _inside_quote(self, position: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, position) - 1
        return i >= 0 and self.quoted[i][0] <= position < self.quoted[i][1]

    def _after_name(self, position: int) -> bool:
        """Tell whether an indefinite phrase is an apposition ("Tomas Berg, a spokesman"), not a subject
        after a clause ("... its nuclear facilities, a senior official told Reuters")."""
        before = RE_WORD_AND_COMMA.search(self.text, max(0, position - 60), position)
        if before is None:
            return False
        word = before.group(1)
        return word[0].isupper() or word[-1] == ")" or word.isdigit()  # "Tomas Berg,", "(D-Md.),", "62,"

    # -- resolving ----------------------------------------------------------------------------

    def add(self, phrase: NounPhrase, *, speaker: bool = False, cue: str | None = None) -> Entity | None:
        """Resolve ``phrase`` to a member of the cast, creating one when it introduces somebody new.

        Args:
            phrase: the noun phrase, in reading order with every earlier call.
            speaker: the phrase names the speaker of a quote.
            cue: the reporting verb, lowercase, when ``speaker``.

        Returns:
            The entity, or ``None`` for a pronoun or role nobody earlier fits.
        """
        if phrase.kind == "pronoun":
            entity = self._pronoun(phrase, cue)
        elif phrase.kind == "name" and _is_country(phrase.name or "") and self._known_person(phrase) is None:
            entity = self._organization(phrase)  # "Iran warns Israel", but "Jordan" may be Jim Jordan
        elif phrase.kind == "name":
            entity = self._named_person(phrase, self._unnamed_speaker_of_remarks(phrase))
        elif phrase.kind == "organization":
            entity = self._organization(phrase)
        elif phrase.kind == "nominal":
            entity = self._nominal(phrase)
        else:
            entity = self._anonymous(phrase)
        if entity is None:
            return None
        entity.mentions.append((phrase.start, phrase.end))
        if phrase.kind == "pronoun" and entity.gender is None and phrase.gender in ("m", "f"):
            entity.gender = phrase.gender
        subject = speaker or self._subject_position(phrase)
        self.events.append(Event(phrase.start, entity, subject, speaker))
        if speaker:
            self.last_speaker = entity
        return entity

    def _subject_position(self, phrase: NounPhrase) -> bool:
        """Tell whether a phrase is a sentence's subject: at its start, or after an opening clause and
        before a verb ("Asked about the remarks, Biden smiled.")."""
        start = self.sentences.start_before(phrase.start)
        if start == phrase.start:
            return True
        if not self.text[start:phrase.start].rstrip().endswith(","):
            return False
        after = RE_NEXT_WORD.match(self.text, phrase.end)
        return after is not None and after.group(1) not in NOT_VERBS

    def _new(self, kind: str) -> Entity:
        entity = Entity(len(self.entities) + 1, kind)
        self.entities.append(entity)
        return entity

    def _unnamed_speaker_of_remarks(self, phrase: NounPhrase) -> Entity | None:
        """The speaker only a role named, when ``phrase`` names them.

        'The spokesman for the ministry ... said “...”. Nasser Kanaani made the remarks on Monday', or the
        news convention of naming a role in the lead and the person in the next sentence: 'The head of
        the agency said ... . Mohammad Eslami told reporters ...' (a new full name with no role of its
        own, as that sentence's subject; anonymous sources are never named this way).
        """
        speaker = self.last_speaker
        if speaker is None or speaker.names or speaker.type not in ("anonymous", "unknown"):
            return None
        if not RE_MADE_REMARKS.match(self.text, phrase.end) and not (
                speaker.type == "unknown" and phrase.title is None and len((phrase.name or "").split()) >= 2
                and self._known_person(phrase) is None and self._opens_next_sentence(speaker, phrase)):
            return None
        speaker.type = "person"
        speaker.titles = [_strip_article(title) for title in speaker.titles]  # a role now, not a description
        return speaker

    def _opens_next_sentence(self, entity: Entity, phrase: NounPhrase) -> bool:
        """Tell whether ``phrase`` opens the sentence right after the one that last mentioned ``entity``."""
        last = entity.mentions[-1][0] if entity.mentions else -1
        sentence = self.sentences.start_before(phrase.start)
        return last >= 0 and sentence == phrase.start and self.sentences.end_after(last, len(self.text)) == sentence

    def _known_person(self, phrase: NounPhrase) -> Entity | None:
        words = [name_key(w) for w in (phrase.name or "").split()]
        known = self._by_word.get(("person", words[-1]), [])
        return next((candidate for candidate in reversed(known)
                     if set(words) <= candidate.name_words or words[-1] == candidate.surname), None)

    def _named_person(self, phrase: NounPhrase, entity: Entity | None = None) -> Entity:
        """The person ``phrase`` names: ``entity`` when given, else the one known by that name, else new."""
        name = phrase.name or ""
        words = [name_key(w) for w in name.split()]
        entity = entity or self._known_person(phrase) or self._new("person")
        self._add_name(entity, name)
        for title in (phrase.title or "").split(TITLE_JOIN):
            if not title:
                continue
            if title.lower().rstrip(".") in ("mr", "mrs", "ms", "miss", "dr"):
                entity.honorific = title
            else:
                entity.add_title(title)
        entity.gender = entity.gender or phrase.gender or _gender_from_first_name(words[0])
        return entity

    def _organization(self, phrase: NounPhrase) -> Entity:
        name = _strip_article(phrase.name or self.text[phrase.start:phrase.end])
        words = {name_key(w) for w in name.split()}
        entity = None
        for word in words:
            for candidate in reversed(self._by_word.get(("organization", word), [])):
                if words <= candidate.name_words or candidate.name_words <= words:
                    entity = candidate
                    break
            if entity is not None:
                break
        if entity is None:
            entity = self._new("organization")
            entity.media = _is_media(name)
        self._add_name(entity, name)
        return entity

    def _nominal(self, phrase: NounPhrase) -> Entity | None:
        head = phrase.head or ""
        title = phrase.title or ""
        if head in lexicon("document_nouns"):
            issuer = self._issuer(head, phrase.start)
            if issuer is not None:
                return issuer  # "the statement said": whoever issued it
        wanted, heads = _role_words(title, head)
        if title.lower() in lexicon("organization_nouns") or head in lexicon("organization_nouns"):
            media = title.lower() in MEDIA_NOUNS or head in MEDIA_NOUNS
            found = self._recent(lambda e: e.type == "organization" and e.media == media)
            found = found or self._recent(lambda e: e.type == "organization")
            if found is None:
                # "Eastline Rail cut 30 trains. ... the company said": a name with nothing personal about
                # it (no title, honorific, known given name or pronoun) is the organization meant.
                found = self._recent(lambda e: e.type == "person" and not e.personal)
                if found is not None:
                    found.type = "organization"
                    for name in found.names:
                        self._index(found, name)
                    return found
                # "The ministry said ..." with no ministry named before: an organization all the same.
                found = self._new("organization")
                found.media = media
                found.add_name(title)  # named by its role only: not indexed as a proper name
            return found
        # 'the Iranian foreign minister' fits 'Iranian Foreign Minister', not 'Afghan Foreign Minister'.
        found = self._recent(lambda e: e.type != "organization" and _fits_role(wanted, heads, e.title_words))
        found = found or self._recent(
            lambda e: e.type != "organization" and _fits_role(wanted, heads, e.title_words, reworded=True))
        if found is not None:
            return found
        if head in lexicon("anonymous_heads") or is_plural_title(head):
            return self._anonymous(phrase)  # "the source", "the company's lawyers"
        if is_descriptive(head):
            # "the 27-year-old", "the Ohio native": the person the last sentences were about.
            horizon = self.sentences.start_before(max(0, self.sentences.start_before(phrase.start) - 1))
            for event in self._before(phrase.start):
                if event.position < horizon:
                    break
                if event.entity.type == "person" and event.subject:
                    return event.entity
        entity = self._new("unknown")
        entity.add_title(_strip_article(title) if title else self.text[phrase.start:phrase.end])
        return entity

    def _issuer(self, noun: str, position: int) -> Entity | None:
        """Who issued the document that "the statement" refers to, from the last sentence before that
        names such a document: "The ministry issued a statement." or "a statement from the ministry"."""
        found = None
        for match in RE_WORD.finditer(self.text, max(0, position - MAX_ISSUER_CHARS), position):
            if match.group().lower() == noun and not self._inside_quote(match.start()):
                found = match
        if found is None:
            return None
        sentence_start = self.sentences.start_before(found.start())
        sentence_end = self.sentences.end_after(found.end(), position)
        subject = None
        for event in self._before(sentence_end):
            if event.position < sentence_start:
                break
            if event.entity.type not in ("person", "organization"):
                continue
            if event.position >= found.end() and RE_ISSUED_BY.fullmatch(self.text, found.end(), event.position):
                return event.entity  # "a statement released by the Iranian Foreign Ministry"
            if event.position < found.start() and event.subject and subject is None:
                subject = event.entity  # the nearest subject before the noun: "The ministry issued a statement"
        return subject

    def _anonymous(self, phrase: NounPhrase) -> Entity:
        description = self.text[phrase.start:phrase.end]
        entity = self._anonymous_by_description.get(description.lower())
        if entity is None:
            entity = self._anonymous_by_description[description.lower()] = self._new("anonymous")
            entity.add_title(description)
        return entity

    def _pronoun(self, phrase: NounPhrase, cue: str | None) -> Entity | None:
        gender = phrase.gender
        if gender in ("m", "f"):
            def fits(e: Entity) -> bool:
                return e.type == "person" and e.gender in (None, gender)
        elif gender == "n":
            def fits(e: Entity) -> bool:
                return e.type == "organization"
        elif gender == "p":
            # "they", "one of them": the latest group ("two people familiar with the talks") or body.
            groups = [e.entity for e in self._before(phrase.start) if (
                e.entity.type == "organization" or (e.entity.type == "anonymous" and e.entity.plural))]
            return groups[0] if groups else None
        else:
            return None
        if cue in FLOOR_CUES and self.last_speaker is not None and fits(self.last_speaker):
            return self.last_speaker
        horizon = self.sentences.start_before(max(0, phrase.start - 1))
        subjects = [e for e in self._before(phrase.start) if fits(e.entity)]
        for event in subjects:
            if event.subject and event.position >= horizon:
                return event.entity
        for event in subjects:
            if event.subject:
                return event.entity
        if subjects:
            return subjects[0].entity
        if gender in ("m", "f"):
            i = bisect.bisect_left(self.weak, (phrase.start, ""))
            if i > 0:
                start, word = self.weak[i - 1]
                return self._named_person(NounPhrase(start, start + len(word), "name", name=word))
        return None

    def _recent(self, predicate) -> Entity | None:
        for event in self._before(None):
            if predicate(event.entity):
                return event.entity
        return None

    def _before(self, position: int | None) -> list[Event]:
        """The latest mentions before ``position``, newest first, at most ``MAX_LOOKBACK``."""
        recent = self.events[-MAX_LOOKBACK:]
        return [e for e in reversed(recent) if position is None or e.position < position]


def _plain_name(text: str, start: int, end: int) -> NounPhrase | None:
    """Read a run of capitalized words without the tokenizer when no title word is in it.

    Returns:
        The name or organization, or ``None`` when the run needs the full phrase parser.
    """
    words = text[start:end].split()
    lows = [w.lower() for w in words]
    if any(is_title(low) or low.endswith(".") for low in lows) or lows[0].endswith(POSSESSIVE):
        return None  # titles, abbreviations and possessors ("Russia’s Sergei Lavrov") need the parser
    heads = lexicon("organization_heads")
    if any(low in heads for low in lows[:-2]):
        return None  # an institution before a name: "Iranian Foreign Ministry Nasser Kanaani"
    not_names = lexicon("not_names")
    skip = 0
    while skip < len(words) and lows[skip] in not_names:
        skip += 1
    kept = words[skip:]
    if not kept:
        return None
    first = text.index(kept[0], start)
    name = text[first:end]
    if is_org_name(kept) or (skip and lows[skip - 1] == "the"):
        return NounPhrase(first, end, "organization", name=name)
    if len(kept) < 2 or any(len(w) > 3 and w.isupper() for w in kept):
        return None
    return NounPhrase(first, end, "name", name=name)


@cache
def _lookback_words() -> frozenset[str]:
    """Lowercase words that may begin a speaker phrase before a capitalized name, or link an office to
    the institution in it ("Secretary of Iran's Supreme National Security Council Ali Akbar Ahmadian")."""
    return lexicon("titles") | lexicon("title_modifiers") | frozenset({"the", "a", "an", "of", "to"})


@cache
def _states() -> dict[str, str]:
    return dict(entry.split("=", 1) for entry in lexicon("us_states"))


def _state(label: str) -> str:
    """The state a party label names: "N.Y." -> "New York"; unknown labels are kept."""
    name = _states().get(label.lower())
    return name.title() if name else label


def _strip_article(name: str) -> str:
    for article in ("the ", "The ", "a ", "A ", "an ", "An "):
        if name.startswith(article):
            return name[len(article):]
    return name


def _is_media(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and (words[-1] in lexicon("media_heads") or " ".join(words) in lexicon("media_heads"))


def _gender_from_first_name(word: str) -> str | None:
    if word in lexicon("first_names_male"):
        return "m"
    if word in lexicon("first_names_female"):
        return "f"
    return None

