"""Mentions of people and bodies the writer describes rather than names: a role as a sentence's subject ("The
company said", "A nurse at Harlow General Hospital said"), one of a group ("One of the ratepayers ... said"), an
anonymous source anywhere ("according to two officials"), and "he", "she" or "one of them" as the subject of reported
speech. :class:`mentions.Scanner` builds on these scans."""

from __future__ import annotations

import bisect
import itertools

import regex

from . import budget
from .body_mentions import RE_WORD_AFTER, named_body, states_office, unnamed_by_request, verb_follows
from .budget import NOT_CONCURRENT
from .descriptions import description_end
from .language import compiled, lexicon, mapping
from .phrase_finder import phrase_after
from .phrases import NounPhrase, interpret
from .scan_words import anonymous_roots, find_words, scan_patterns, subject_role_end, who_unnamed_by_request
from .segments import RE_DATELINE_LEAD
from .tokens import Tokens, tokenize
from .words import (
    POSSESSIVE,
    first_names,
    gender_of,
    is_plural_title,
    is_title,
    opens_indefinitely,
    organization_noun_words,
    pronoun_gender,
    word_before,
)

RE_WORD_AND_COMMA = regex.compile(r"(?r)([^\s,]++),\s*+\Z")
# Where a sentence opens: after its end mark; an unnamed person's on a line of its own too, after a subhead that has
# none ("'You can walk there'" then "A mother of three who lives ... said"; not a deck's "The agency says", which
# names what the lead names later).
RE_SENTENCE_OPENING = regex.compile(r"(?r)[.!?][\"”’']?\s+\Z")
RE_LINE_OPENING = regex.compile(r"(?r)\n\h*+\Z")
# A sentence opening on one of a group: "One of the ratepayers who spoke that night ... said".
ONE_OF_CAPITALIZED = "One of "
# The group after "One of": "the | ratepayers", "those | patients".
RE_GROUP_WORDS = regex.compile(
    r"(?<!\p{L})(\p{L}++)\h++(\p{Ll}[\p{Ll}\-]*+(?:['’]s)?+(?:\h++\p{Ll}[\p{Ll}\-]*+(?:['’]s)?+){0,2}+)\b")
# ... the group's noun the first plural of those words, after words that describe it: "the former laundry | workers",
# "the program's | teachers" (a possessive is a word of its own).
RE_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}\-]*+(?:['’]s\b)?+")
# ... or a name's possessive before it: "Lumen Ledger's | users".
RE_OWNED_GROUP = regex.compile(r"(?:\p{Lu}[\p{L}.&\-]*+\h++){0,4}+\p{Lu}[\p{L}.&\-]*+['’]s\h++(\p{Ll}[\p{Ll}\-]*+)\b")
# A person's role a sentence's possessor has, with up to two modifiers: "The committee| ’s last witness|".
RE_OWNED_ROLE = regex.compile(r"['’]s\h++((?:\p{Ll}[\p{Ll}\-]*+\h++){0,2}+(\p{Ll}++))\b")
RE_APPOSED_NAME = regex.compile(r",\h++\p{Lu}")
RE_APPOSED_GIVEN_NAME = regex.compile(r",\h++(\p{Lu}\p{Ll}++)\h")  # ", | Kevin | Dumont"
# The dash a dateline's state abbreviation leaves when a sentence is cut at its period ("Ore. | — ").
DATELINE_DASH_CHARACTERS = "—–- "
# An unnamed person opening a clause after a comma: "..., | one heavy-equipment operator said".
RE_CLAUSE_ONE = regex.compile(r",\h++(one|an?)\h(?=\p{Ll})")
# What opens a role's description after it, and how far the description runs: "The owner| of a Portuguese grill on
# Main Street Markham North |said".
DESCRIPTION_OF = " of "
MAX_DESCRIPTION_CHARS = 120
# How a group's noun ends: "ratepayers", "foremen".
PLURAL_ENDINGS = ("s", "men")
# How far back an opening phrase before an indefinite subject may start: "At a ranch on the south side of Bridge Lake,".
MAX_OPENING_CHARS = 120
# How far an unnamed person's opener stands before the request to stay unnamed: "a grower | who spoke ...".
MAX_UNNAMED_CHARS = 60
# The word that opens such a request: "a grower | who spoke ...".
WHO = "who"
# Subject pronouns as a clause writes them, with the character before and the space after: " he |said".
PRONOUN_SUBJECTS = (" he ", " she ", "\nHe ", "\nShe ", " He ", " She ", " One of them ", "\nOne of them ",
                    " one of them ")
# The gender a group's member takes: plural, as "they" does ("one of them" is found among groups).
GROUP_MEMBER = "p"


# Where a described person is, by a place's name: "| in Eastern Ontario", "| from Westerville", "| from Prince
# George’s County" (a pattern's part).
PLACE_NAMED = r"\h++(?:\L<places>)\h++\p{Lu}[\p{L}.\-’']*+(?:\h++\p{Lu}[\p{L}.\-’']*+){0,2}+"
# The relative pronouns only a person takes: "A grandmother | who", "a mother | whose son".
PERSON_RELATIVES = ("who", "whose")
# How far after its opener a described person's relative pronoun may stand, and the comma after where they are from:
# "A supervisor at a 911 centre in Eastern Ontario | who", "A mother from Westerville|, Ohio, told".
MAX_RELATIVE_CHARS = 160
# Words that may join a described person's modifiers: "A North Dakota wheat | and | canola farmer", "A University |
# of | Saskatchewan nursing student".
MODIFIER_LINKS = frozenset({"and", "of"})
MAX_PLACED_CHARS = 80


def relative_described() -> regex.Pattern[str]:
    """An unnamed person opening a sentence, described by a relative clause that "who" tells a person's ("A grandmother
    who has walked ...", "An Air Force spouse who has lived ...", "A blackjack dealer from Henderson who was laid off
    ...", "A supervisor at a 911 centre in Eastern Ontario who was on shift ...", "A nurse in Brampton, Ont., who"),
    or by where they are from before a reporting verb ("A mother from Westerville, Ohio, told the panel"); the noun and
    its modifiers (group 1), the noun (group 2), where they are (group 3 or 4: "a farmer near Eston")."""
    return compiled("relative_described", lambda: regex.compile(
        r"(?i:\L<openers>)\h++((?:[\p{L}\p{N}][\p{L}\p{N}\-’']*+\h++){0,5}?(\p{Ll}[\p{Ll}\-]*+|\p{N}++-year-old))"
        rf"(?:((?:\h++based)?+{PLACE_NAMED})(?:,\h++\p{{Lu}}[\p{{L}}.]*+)?+,\h++(?:\L<verbs>)\b|"
        r"((?:\h++based)?+(?:\h++(?:\L<places>)\h++(?:\L<articles>)\h++"
        r"(?:[\p{L}\p{N}][\p{L}\p{N}\-’']*+\h++){0,2}?\p{Ll}[\p{Ll}\-]*+)?+"
        rf"(?:{PLACE_NAMED}(?:,\h++\p{{Lu}}[\p{{L}}.]*+(?=,))?+)?+),?+\h++(?:\L<relatives>)\b)",
        verbs=sorted(v for v in lexicon("reporting_verbs") if " " not in v),
        openers=sorted(lexicon("indefinite_subjects")), places=sorted(lexicon("place_prepositions")),
        articles=sorted(lexicon("articles")),
        relatives=sorted(PERSON_RELATIVES)))


class DescribedScans:
    """The scans of one document for people and bodies described, outside its quotations.

    Args:
        text: the document's text.
        tokens: its tokens.
        quoted: the ``(start, end)`` of every quotation, in order.
    """

    def __init__(self, text: str, tokens: Tokens, quoted: list[tuple[int, int]]) -> None:
        self.text = text
        self.tokens = tokens
        self.quoted = quoted
        self._quote_starts = [start for start, _ in quoted]

    def _subject_roles(self, indefinite: list[int]) -> list[tuple[int, NounPhrase]]:
        """Roles as a sentence's subject: "The company said", "The Iranian news agency did not say", and
        unnamed people described by role: "A nurse at Harlow General Hospital said" (at ``indefinite``)."""
        text, patterns, found = self.text, scan_patterns(), []
        openings = patterns["subject_opening"].finditer(text, timeout=budget.remaining())
        unnamed = set(indefinite)
        for start in itertools.chain((opening.start() for opening in openings), indefinite):
            if start and not RE_SENTENCE_OPENING.search(text, max(0, start - 8), start, NOT_CONCURRENT) and not (
                    start in unnamed and RE_LINE_OPENING.search(text, max(0, start - 8), start, NOT_CONCURRENT)):
                continue
            member = self._group_member(start)
            if member is not None:
                found.append((start, member))  # "One of the students there, a master's student ..., said"
                continue
            described = self._described_by_relative(start) if not self._inside_quote(start) else None
            if described is not None:
                found.append((start, described))
                continue
            role_end = subject_role_end(text, start)
            if role_end is None or self._inside_quote(start):
                continue
            # Tokenized on its own: a possessor's head ends inside a word ("The company|'s shares").
            phrase = interpret(text, tokenize(text, start, role_end))
            if phrase is not None and phrase.kind == "anonymous" and phrase.head not in lexicon("anonymous_heads"):
                # An unnamed person described by role, with where they are from: "A nurse at Harlow General
                # Hospital said", "A candle maker from Ferris Hill said" (the nurse, not the hospital or the
                # place); a source ("A senior official said") is the anonymous scan's.
                parsed = phrase_after(text, self.tokens.between(start, min(len(text), role_end + 80)), 0)
                phrase = parsed[0] if parsed is not None and parsed[0].kind == "anonymous" else None
            elif phrase is None or phrase.kind not in ("nominal", "organization"):
                continue
            if phrase is None or (phrase.head in lexicon("document_nouns") and opens_indefinitely(
                    text[start:phrase.end])):
                continue  # a document the text names again ("The memo warns"), not one it introduces ("A 2025 study")
            phrase = states_office(text, phrase) or phrase  # "The Louisiana Legislative Auditor's report"
            named = named_body(text, self.tokens, phrase)
            if named is not None:
                found.append((named.start, named))  # "The union, Grain and Port Workers Local 333, rejected"
                continue
            possessive = text[phrase.end:phrase.end + 2] in POSSESSIVE
            owned = _owned_role(text, phrase) if possessive else None
            if owned is not None:
                found.append((owned.start, owned))  # a person its possessor had: "The committee's last witness"
            # A subject before its verb, or a possessor ("The company's shares fell").
            elif possessive or verb_follows(self.text, phrase.end):
                found.append((phrase.start, phrase))
            elif phrase.kind == "nominal" and is_title(phrase.head or ""):
                described = self._described_role(phrase)
                if described is not None:
                    found.append((phrase.start, described))
        return found

    def _described_role(self, role: NounPhrase) -> NounPhrase | None:
        """A person's role with a description of where they work before a plain verb of saying, one unnamed person as
        "A nurse at ..." is: "The owner of a shoe repair shop across from the lot | said" (who "he" means next, and
        whom "The owner, Giorgos Pappas," names); not "The owner of a solar farm asked" (an owner may be a body)."""
        if not self.text.startswith(DESCRIPTION_OF, role.end):
            return None
        tokens = self.tokens.between(role.end, min(len(self.text), role.end + MAX_DESCRIPTION_CHARS))
        k = description_end(tokens, 0)
        if not 1 < k < len(tokens) or tokens[k].low not in lexicon("plain_cues") or (
                tokens[1].low not in lexicon("indefinites")):
            return None  # (an office of a body is no description: "The head | of Iran's Atomic Energy Organization")
        end = tokens[k - 1].end
        return NounPhrase(role.start, end, "anonymous", title=self.text[role.start:end], head=role.head)

    def _described_by_relative(self, start: int) -> NounPhrase | None:
        """An unnamed person opening a sentence whom a relative clause describes ("A grandmother who has walked her
        grandchildren to the branch ... was the first to speak."): the subject a later "she told the board" means,
        though no role word names them. Not a word of grammar ("A few who ..."), nor a body ("A company whose ...")."""
        text = self.text
        if text.find(PERSON_RELATIVES[0], start, start + MAX_RELATIVE_CHARS) < 0 and text.find(
                ",", start, start + MAX_PLACED_CHARS) < 0:
            return None  # (read first: most such openers are neither, and the pattern is long)
        match = relative_described().match(text, start, None, NOT_CONCURRENT)
        if match is None:
            return None
        noun = match.group(2)
        words = match.group(1).split()
        # a body's noun names a person when "who" follows it: "A retired letter carrier in Moncton who tried"
        body = noun in organization_noun_words() and not text.endswith(WHO, 0, match.end())
        if noun in lexicon("function_words") or body or words[0].lower() in lexicon("function_words") or any(
                word in lexicon("function_words") and word not in MODIFIER_LINKS for word in words[1:]):
            return None  # (never "A few who", "A lot of people who"; but "A wheat and canola farmer who")
        end = max(match.end(2), match.end(3), match.end(4))
        return NounPhrase(start, end, "anonymous", title=self.text[start:end], head=noun, gender=gender_of(words))

    def _clause_subjects(self) -> list[tuple[int, NounPhrase]]:
        """An unnamed person as the subject after an opening phrase or clause: "At the Ottawa end of the bridge, a
        cyclist in a yellow rain jacket stopped" (not an apposition: "Tom Park, a ...")."""
        found = []
        for match in RE_CLAUSE_ONE.finditer(self.text):
            start = match.start(1)
            if not self._after_opening(match.start()) or self._inside_quote(start) or self._after_name(start):
                continue
            parsed = phrase_after(self.text, self.tokens.between(start, min(len(self.text), start + 80)), 0)
            if parsed is not None and parsed[0].kind == "anonymous" and verb_follows(self.text, parsed[0].end):
                found.append((start, parsed[0]))
        return found

    def _after_opening(self, comma: int) -> bool:
        """Tell whether the comma at ``comma`` ends its sentence's opening phrase or clause: "At the Ottawa end of the
        bridge|,", "As he walked to the floor|," (not "One of the students there|, a master's student")."""
        opening = self._sentence_opening(comma, comma)
        first = opening.split(" ", 1)[0].lower() if opening is not None else ""
        return first in lexicon("opening_prepositions") or first in lexicon("opening_conjunctions")

    def _sentence_opening(self, end: int, reach: int) -> str | None:
        """The words of ``end``'s sentence before ``end``, or ``None`` when its start is further back from ``reach``
        than an opening phrase runs."""
        window = max(0, reach - MAX_OPENING_CHARS)
        head = self.text[window:end]
        cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "), head.rfind("\n"))
        if cut < 0 and window > 0:
            return None
        opening = head[cut + 1:].lstrip()
        dateline = RE_DATELINE_LEAD.match(opening)
        # after a dateline: "TORONTO — | On a side street", "FLORENCE, Ore. — | On ..." (cut at "Ore. ")
        return opening[dateline.end():] if dateline is not None else opening.lstrip(DATELINE_DASH_CHARACTERS)

    def _group_member(self, start: int) -> NounPhrase | None:
        """One of a group of people opening a sentence, its subject: "One of the ratepayers who spoke that night, a
        grain farmer ..., said" (one of them, as "one of the officials said" is; not "One of them", a pronoun)."""
        if not self.text.startswith(ONE_OF_CAPITALIZED, start) or self._inside_quote(start):
            return None
        words = RE_GROUP_WORDS.match(self.text, start + len(ONE_OF_CAPITALIZED))
        if words is None or words.group(1).lower() not in lexicon("demonstratives"):
            words = RE_OWNED_GROUP.match(self.text, start + len(ONE_OF_CAPITALIZED))  # "One of Lumen Ledger's users"
        end = self._group_noun_end(words.start(words.lastindex or 0), words.end()) if words is not None else -1
        if end < 0 or RE_APPOSED_NAME.match(self.text, end):
            return None  # not "One of the plaintiffs, Geraldine Moss, 71,": the name speaks
        return NounPhrase(start, end, "pronoun", gender="p")

    def _group_noun_end(self, start: int, end: int) -> int:
        """Where a group's noun ends among the lowercase words at ``start:end``: the first one, plural ("users"), or
        a plural role after words that describe it ("the former laundry | workers"; never after a number: "the two
        commissioners ..., agriculture commissioner Ray Ostlund," is named); -1 when there is none."""
        for k, word in enumerate(RE_LOWER_WORD.finditer(self.text, start, end, False, NOT_CONCURRENT)):
            low = word.group()
            if low in lexicon("function_words") or low in lexicon("anonymous_openers"):
                return -1
            if low.endswith(POSSESSIVE):
                continue  # whose the group is: "the program's | teachers"
            if not k and (low.endswith(PLURAL_ENDINGS) or low in mapping("irregular_plurals")):
                return word.end()
            if k and (is_plural_title(low) or low in lexicon("anonymous_heads")):
                return word.end()
        return -1

    def _lowercase_unnamed(self) -> list[int]:
        """Where an unnamed person the copy keeps unnamed at their request opens inside a sentence, from the request:
        "belongs to | a grower who spoke on condition that he not be named"."""
        openers, request, found = lexicon("indefinite_subjects"), who_unnamed_by_request(), []
        who = self.text.find(WHO)  # "who" is rare: tried where it stands, not at every position
        while who >= 0:
            if request.match(self.text, who, None, NOT_CONCURRENT) is not None:
                tokens = self.tokens.between(max(0, who - MAX_UNNAMED_CHARS), who)
                k = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].text in openers), -1)  # "a", "one"
                if k > 0 and tokens[k - 1].text != ",":  # not an apposition: "Another courier, | a newcomer who asked"
                    found.append(tokens[k].start)
            who = self.text.find(WHO, who + len(WHO))
        return found

    def _unnamed_by_request(self, indefinite: list[int]) -> list[tuple[int, NounPhrase]]:
        """Unnamed subjects kept so at their own request (:func:`body_mentions.unnamed_by_request`)."""
        found = []
        for start in indefinite:
            phrase = unnamed_by_request(self.text, start) if not self._inside_quote(start) else None
            if phrase is not None:
                found.append((start, phrase))
        return found

    def _anonymous(self, described: list[tuple[int, int]]) -> list[tuple[int, NounPhrase]]:
        """Anonymous sources described anywhere: "Citing a source in the army", "according to two officials"; none
        where a description was read already ("One man on the 12th floor, who asked that his name not be used"), nor
        inside one ("A mother of | two Hawthorne Hill students |"); ``described`` holds the spans read, in order.

        Found from their head nouns (rare words, found with ``str.find``), then the opener before them
        ("a", "two", "several") is read back over at most three words.
        """
        text, found, taken = self.text, [], -1
        opener = scan_patterns()["anonymous_opener"]
        for start, end in find_words(text, anonymous_roots(), lexicon("anonymous_heads")):
            match = opener.search(text, max(0, start - 80), start, NOT_CONCURRENT)
            if match is None or match.start() < taken:
                continue
            taken = end
            if self._inside_quote(match.start()) or self._after_name(match.start()) or self._role_of_subject(
                    match.start()):
                continue
            tokens = self.tokens.between(match.start(), min(len(text), end + 80))
            parsed = phrase_after(text, tokens, 0)
            if parsed is not None and parsed[0].kind == "anonymous" and not _within(described, parsed[0].start) and (
                    not self._given_name_after(parsed[0].end)):
                found.append((parsed[0].start, parsed[0]))
        return found

    def _given_name_after(self, end: int) -> bool:
        """Tell whether a person's name is apposed right after an unnamed source, who is then named: "Another analyst,
        | Kevin | Dumont of Laurentian Capital," (not "an official with Innovation, | Science | and ...")."""
        name = RE_APPOSED_GIVEN_NAME.match(self.text, end, None, NOT_CONCURRENT)
        return name is not None and name.group(1).lower() in first_names()

    def _role_of_subject(self, position: int) -> bool:
        """Tell whether an indefinite phrase is the role its sentence's subject holds: "Denise Mattingly works 32 hours
        a week as | a home health aide"."""
        return word_before(self.text, position) in lexicon("role_prepositions")

    def _reporting_pronouns(self) -> list[tuple[int, NounPhrase]]:
        """"He", "she" and "one of them" as the subject of the writer's reported speech: "Asked about Feltmate’s
        figures, he said the government had ...", "One of them said Brenneman had called ...". Resolved where they
        stand, they carry the speaker on to a later "he said" or "that Democrat said" past the names the sentence
        only mentions."""
        text, found = self.text, []
        verbs = lexicon("reporting_verbs")
        for pronoun in PRONOUN_SUBJECTS:
            i = text.find(pronoun)
            while i >= 0:
                start, end = i + 1, i + len(pronoun) - 1
                verb = RE_WORD_AFTER.match(text, end, None, NOT_CONCURRENT)
                if verb is not None and verb.group(1) in verbs and not self._inside_quote(start):
                    gender = pronoun_gender(text[start:end].lower()) or GROUP_MEMBER  # "one of them": of a group
                    found.append((start, NounPhrase(start, end, "pronoun", gender=gender)))
                i = text.find(pronoun, end)
        return found

    def _inside_quote(self, position: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, position) - 1
        return i >= 0 and self.quoted[i][0] <= position < self.quoted[i][1]

    def _after_name(self, position: int) -> bool:
        """Tell whether an indefinite phrase is an apposition ("Tomas Berg, a spokesman"), not a subject
        after a clause ("... its nuclear facilities, a senior official told Reuters")."""
        before = RE_WORD_AND_COMMA.search(self.text, max(0, position - 60), position, NOT_CONCURRENT)
        if before is None:
            return False
        word = before.group(1)
        if not (word[0].isupper() or word[-1] == ")" or word.isdigit()):  # "Tomas Berg,", "(D-Md.),", "62,"
            return False
        opening = self._sentence_opening(before.start(), position)
        # "At a ranch on the south side of Bridge Lake, | a man ...": the sentence's opening phrase, not an owner
        return opening is None or not (
            opening.split(" ", 1)[0].lower() in lexicon("opening_prepositions") and "," not in opening)


def _within(spans: list[tuple[int, int]], position: int) -> bool:
    """Tell whether ``position`` opens or falls inside the latest of ``spans`` (sorted) to start at or before it."""
    k = bisect.bisect_left(spans, (position + 1, -1)) - 1
    return k >= 0 and (spans[k][0] == position or position < spans[k][1])


def _owned_role(text: str, possessor: NounPhrase) -> NounPhrase | None:
    """The person a body opening a sentence has, by a role its possessive gives: "The committee’s last witness, a
    retired mill worker from Rumford, described ..." (the witness, never the committee); not a role with a name
    after it ("The company’s chief executive, Ann Roe,"), which the name's own reading finds."""
    if possessor.kind not in ("nominal", "organization"):
        return None
    owned = RE_OWNED_ROLE.match(text, possessor.end, None, NOT_CONCURRENT)
    if owned is None or not (is_title(owned.group(2)) or owned.group(2) in lexicon("anonymous_heads")) or (
            RE_APPOSED_NAME.match(text, owned.end(), None, NOT_CONCURRENT)):
        return None
    return NounPhrase(possessor.start, owned.end(), "nominal", title=text[possessor.start:owned.end()],
                      head=owned.group(2))
