"""Mention scanning: find where the writer's own words (not quotations) introduce people, organizations
and sources, before anything is resolved. :mod:`cast` resolves what this module finds."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from . import budget
from .appositions import framed_name, labelled, named_by_frame, named_relative
from .body_mentions import (
    BODY_LINKS,
    acronym_subject,
    body_of,
    possessed_body,
)
from .body_names import joined_outlets
from .budget import NOT_CONCURRENT
from .company_names import company_short_name
from .described_mentions import DescribedScans
from .language import lexicon, mapping
from .lone_subjects import lone_subjects
from .name_forms import (
    RE_WORD_AFTER_NAME,
    given_names_alone,
    is_place_name,
    is_site_name,
    is_titled_place,
    nicknamed,
    plain_name,
)
from .phrase_before import phrase_before
from .phrases import NounPhrase
from .scan_words import (
    byline_lines,
    indefinite_openers,
    lookback_words,
    organization_words,
    scan_patterns,
)
from .segments import line_start
from .tokens import Tokens
from .words import (
    PARTICLE_JOINS,
    POSSESSIVE,
    first_names,
    is_org_name,
    is_person_nationality,
    organization_heads,
    organization_noun_words,
)

RE_WORD_BEFORE = regex.compile(r"(?r)([\p{L}’'\-]+)\h+\Z")  # on the same line
# A surname as a modifier: after "the" and before a lowercase noun ("the | Ibarra | place").
THE_BEFORE = ("the ", "The ")
RE_WORD_BEFORE_END = regex.compile(r"(?r)\p{L}++")  # the last word of a run
# The longest indefinite opener standing alone as a run: "A", "One", "Another".
MAX_OPENER_CHARS = 7
# A body's French name, its lowercase words too, up to the place it ends on, the place's article its own: "Syndicat
# des employés manuels de Gatineau", "Direction de santé publique de la Capitale-Nationale", "Régie du bâtiment du
# Québec", "Comité citoyen pour l'air de La Tuque" (its French head is checked apart), never the body of a title and
# name after it ("Sûreté du Québec | Sgt. Hugo Lamarre-Finch").
RE_FRENCH_BODY = regex.compile(
    r"\p{Lu}\p{L}++(?:\h++(?:d['’]|l['’])?+\p{Ll}[\p{Ll}\-]*+){0,6}?\h++(?:de\h++la|de\h++l['’]|du|des|de|d['’])"
    r"\h*+(?:L[ae]s?+\h++)?+\p{Lu}[\p{L}\-]*+(?!\h*+\p{Lu})")
RE_BODY_NUMBER = regex.compile(r"\h\p{N}++\b")  # "Local| 218"
# A body's head, its "of" and the capitalized words after it, up to an "and": "Department of Transportation |and".
RE_BODY_OF = regex.compile(r"(?<!\p{L})(\p{Lu}\p{Ll}++)\h++of(?:\h++\p{Lu}[\p{L}\-]*+){1,3}+\Z")
MAX_BODY_OF_CHARS = 60
JOINED_TAIL = " and "
# A dateline opening a paragraph: a place in capitals, then its state, its agency or its dash.
RE_DATELINE = regex.compile(r"(?<![\p{Lu}.'’\-\h])\p{Lu}[\p{Lu}.'’\-]++(?:\h\p{Lu}[\p{Lu}.'’\-]++)*+(?:,|\h\(|\h[—–-])")
BODY_OF = " of "
# How every naming frame ends, checked before the frame itself is read: "named |Frank", "as |Mikel".
NAMING_FRAME_ENDINGS = ("ed ", " as ", "name, ")
# The two characters before a name that a role or a naming frame may introduce: ", |", "named |", "as |".
INTRODUCING = frozenset((", ", "d ", "s "))
# The two characters before a surname that a quoted nickname may close: 'Danny ‘Dumpling’ |Okoro'.
NICKNAME_ENDS = frozenset(("” ", "’ ", '" ', "' "))
# What opens a residence apposition after a name (and an age): "Roe, 71, | of |Pine Bluff, said".
RESIDENCE_OPENING = ", of "
# What stands before an institution's name in a person's title: "executive director of the |Sparks Street ...".
INSTITUTION_OPENINGS = (" of the ", " of ")
# How far before a name its title is looked for: "Governor of the Central Bank of Iran (CBI)".
LOOKBACK_CHARS = 60



@dataclass(slots=True)
class Mentions:
    """What the scan found: phrases in text order, and lone capitalized subjects ("Obama laughed.")
    that a pronoun may fall back on."""

    phrases: list[tuple[int, NounPhrase]] = field(default_factory=list)
    weak: list[tuple[int, str]] = field(default_factory=list)


class Scanner(DescribedScans):
    """Scans one document for mentions, outside its quotations."""

    def __init__(self, text: str, tokens: Tokens, quoted: list[tuple[int, int]]) -> None:
        super().__init__(text, tokens, quoted)
        self._parsed: dict[tuple[int, str], NounPhrase | None] = {}  # name runs repeat: parse each once

    def scan(self, known_names: frozenset[str] = frozenset()) -> Mentions:
        """Find the cast's introductions in the writer's own words.

        Args:
            known_names: one-word names the caller already knows ("MBS"), found wherever they stand.

        Returns:
            The mentions, in text order.
        """
        found: list[tuple[int, NounPhrase]] = []
        singles: list[tuple[int, int]] = []
        indefinite: list[int] = []  # "A nurse at Harlow General Hospital said": an unnamed person as subject
        body_openers: set[int] = set()  # ... "A Bureau of Prisons official said", read over a body's name
        openers = indefinite_openers()
        text = self.text
        bylines = byline_lines(text)
        covered = -1  # the end of a body "of" a place just read: "the Bank of Canada" holds the run "Canada"
        for start, end, words in self._runs():
            budget.check()
            if start < covered or self._inside_quote(start) or any(s <= start < e for s, e in bylines) or (
                    RE_DATELINE.match(text, start, None, NOT_CONCURRENT) and (start == 0 or text[start - 1] == "\n")):
                continue  # words quoted, a byline's writer, or a dateline's place ("JEFFERSON CITY, Mo. (AP) —")
            body = body_of(text, start, end) if text.startswith(BODY_LINKS, end) else None
            french = self._french_body(start, end) if body is None and text.startswith(" ", end) and (
                text[end + 1:end + 2].islower()) else None  # "Syndicat | des", "Comité | citoyen pour l'air de"
            if french is not None:  # "the Syndicat des employés manuels de Gatineau": one body's name, in French
                body = NounPhrase(start, french.end(), "organization", name=french.group())
            if body is not None:
                if text[start:end].partition(" ")[0] in openers:
                    body_openers.add(start)  # "A University of Saskatchewan nursing student who ..." may be a person
                found.append((body.start, body))
                covered = body.end
                continue
            if text.endswith(RESIDENCE_OPENING, 0, start):
                continue  # a residence: "Geraldine Moss, 71, of Pine Bluff, said"
            hyphen = text.find("-", start, start + 4)
            if hyphen > 0 and (text.endswith("(", 0, start) or text.endswith(", ", 0, start)) and (
                    text[start:hyphen].lower() in mapping("parties")):
                continue  # a party label: "(D-Prince William)", ", R-Broken Arrow,", ", DFL-Duluth,"
            introduced = self._introduced(start, end, words) if text[start - 2:start] in INTRODUCING else None
            introduced = introduced or (named_relative(text, start, end) if words == 1 else None)  # "his son Ravi"
            if introduced is not None:
                found.append((introduced.start, introduced))
                continue
            if words == 1 and text[start - 2:start] in NICKNAME_ENDS:
                named = nicknamed(text, start, end)  # 'Kofi “Tank” Addo-Brennan': scanned under his name
                if named is not None:
                    found.append((named.start, self._with_role(named)))
                    continue
            if words == 1 and text.endswith(JOINED_TAIL, 0, start) and self._after_body_of(start - len(JOINED_TAIL)):
                phrase = self._name_phrase(start, end)  # "Department of Transportation and | Infrastructure"
                if phrase is not None and phrase.kind == "organization":
                    found.append((phrase.start, phrase))
                    continue
            if words == 1:
                if end - start <= MAX_OPENER_CHARS and self.text[start:end] in openers:
                    indefinite.append(start)
                else:
                    body = possessed_body(text, self.tokens, start, end) or acronym_subject(text, start, end)
                    if body is not None:
                        found.append((body.start, body))  # "Moravia’s interior ministry said", "ICE said"
                    singles.append((start, end))  # the possessor is named too ("Lachance’s campaign")
                continue
            opener, _, rest = text[start:end].partition(" ")
            if opener in openers:
                indefinite.append(start)  # "One Republican senator, who ..., said", "A Toronto nurse said"
            phrase = self._name_phrase(start, end)
            if phrase is not None:
                while phrase.start < start and found and phrase.start <= found[-1][1].start and (
                        found[-1][1].end <= phrase.end):
                    found.pop()  # a body's name read back over "and" holds the run before it: "New Mexico Farm"
                found.append((phrase.start, phrase))
                continue
            if rest and " " not in rest and opener.lower() in lexicon("not_names"):
                singles.append((end - len(rest), end))  # "What Marwood watches": an opener before a surname
        # a person described from the sentence's opener holds a body's name that opens the description ("A |
        # University of Saskatchewan| nursing student who ...", "A | Bureau of Prisons| official said"), but a body's
        # plan or report is the body's ("A City of Hamilton plan"), as is the body itself ("A City of Windsor")
        described = [(at, phrase) for at, phrase in self._subject_roles(sorted({*indefinite, *body_openers})) if (
            phrase.start not in body_openers or (phrase.kind == "anonymous" and (
                phrase.head not in organization_noun_words())))]
        holds = {phrase.start: phrase.end for _, phrase in described if phrase.start in body_openers}
        found = [(at, phrase) for at, phrase in found if not phrase.end < holds.get(phrase.start, -1)]
        found.extend(described)
        found.extend(self._clause_subjects())
        taken = {phrase.start for _, phrase in found}
        found.extend(self._unnamed_by_request(sorted({*indefinite, *self._lowercase_unnamed()} - taken)))
        found.extend(self._anonymous(sorted((phrase.start, phrase.end) for _, phrase in found)))
        found.extend(self._reporting_pronouns())
        found.extend(self._surnames(found, singles, known_names))
        found.sort(key=lambda item: item[0])
        return Mentions(found, lone_subjects(self.text, found, singles))

    def _french_body(self, start: int, end: int) -> regex.Match[str] | None:
        """A body's French name that a run opens, its article aside: "(The) Syndicat des employés manuels de
        Gatineau"."""
        first, _, rest = self.text[start:end].partition(" ")
        if first.lower() in lexicon("articles") and rest:
            start, first = start + len(first) + 1, rest.split(" ", 1)[0]
        return RE_FRENCH_BODY.match(self.text, start) if first.lower() in mapping("french_body_heads") else None

    def _runs(self) -> list[tuple[int, int, int]]:
        """Runs of capitalized words that may name somebody: ``(start, end, words)``; a run of one word
        is kept as such (a surname or lone subject) unless it is a known organization ("Reuters")."""
        text = self.text
        organizations, bodies = organization_words(), lexicon("numbered_bodies")
        runs: list[tuple[int, int, int]] = []
        patterns = scan_patterns()
        particle_before = patterns["particle_before"]
        for match in patterns["name_run"].finditer(text, timeout=budget.remaining()):
            start, end = match.span()
            if text.endswith(POSSESSIVE, start, end) and end - start > 4:
                end -= 2  # "Superintendent Angela Firth’s plan": the name is Angela Firth, later "Firth"
            # A number right after the run, checked first (rare): "Allied Food Workers Local 218".
            number = RE_BODY_NUMBER.match(text, end) if text[end + 1:end + 2].isdigit() else None
            last = RE_WORD_BEFORE_END.search(text, start, end) if number is not None else None
            if number is not None and last is not None and last.group().lower() in bodies:
                runs.append((start, number.end(), 2))  # "Allied Food Workers Local 218": the number ends the name
                continue
            if match.start(1) >= 0:
                runs.append((start, end, 2))
                continue
            particle = start > 1 and text[start - 1] in PARTICLE_JOINS and particle_before.search(
                text, max(0, start - 6), start)
            if particle:
                runs.append((particle.start(), end, 1))  # "al-Sisi", "d'Entremont" continue a name but never open one
                continue
            word = text[start:end].rstrip("'’")
            if word in organizations:
                runs.append((start, start + len(word), 2))  # named alone, as a name run of its own
            else:
                runs.append((start, end, 1))
        return joined_outlets(text, runs)

    def _introduced(self, start: int, end: int, words: int) -> NounPhrase | None:
        """A name (one word will do) that a role between commas or a naming frame introduces: "The
        transport minister, Helen Marsh, said", "Kaminski’s son, Peter, who runs", "a welder named Frank"."""
        text = self.text
        stop = text.find(". ", start, end) if words == 2 else -1
        before_stop = text[start:stop].rsplit(" ", 1)[-1] if stop > 0 else ""
        if stop > 0 and f"{before_stop.lower()}." not in lexicon("abbreviations") and not all(
                len(letter) == 1 and letter.isupper() for letter in before_stop.split(".")):
            # "a grandson, Theo. He said": the run ran on into the next sentence (not "Claire R. Nuttall", "J.T.")
            end, words = stop, 1
        if start > 1 and text.startswith((",", "."), end) and text.startswith(", ", start - 2):
            framed = framed_name(text, self.tokens, start, end)
            if framed is not None:
                return labelled(text, self.tokens, framed)
        if words == 1 and text.endswith(NAMING_FRAME_ENDINGS, 0, start):
            return named_by_frame(text, start, end)
        return None

    def _with_role(self, phrase: NounPhrase) -> NounPhrase:
        """A name with the role a frame gives it: "The club’s captain, Kofi “Tank” Addo-Brennan, said"."""
        text, start = self.text, phrase.start
        if start > 1 and text.startswith(", ", start - 2) and text.startswith(",", phrase.end):
            framed = framed_name(text, self.tokens, start, phrase.end)
            if framed is not None:
                return framed._replace(name=phrase.name)
        return labelled(text, self.tokens, phrase)

    def _name_phrase(self, start: int, end: int) -> NounPhrase | None:
        text = self.text
        # Look back over a few words only for a lowercase title: "defence lawyer Paul Mercer".
        before = RE_WORD_BEFORE.search(text, max(0, start - 30), start, NOT_CONCURRENT)
        lookback = before is not None and before.group(1).lower() in lookback_words()
        # An institution's abbreviation right before the name: "Central Bank of Iran (CBI) Mohammad Farzin".
        lookback = lookback or text[max(0, start - 3):start].rstrip().endswith(")")
        # A body's name that holds "and": "Immigration and | Customs Enforcement" (the parser tells it from two).
        joined = not lookback and before is not None and before.group(1).lower() in lexicon("joining_words") and (
            is_org_name(text[start:end].split()) or self._after_body_of(before.start(1)))
        lookback = lookback or joined
        window_start = max(0, start - LOOKBACK_CHARS) if lookback else start
        if lookback:
            window_start = line_start(text, window_start, start)
        if lookback and before is not None and before.group(1).lower() in lexicon("articles"):
            # "the Taliban": the article is all the phrase can take, unless an office's "of" stands before
            # it ("Head of the Atomic Energy Organization"); reading from the article lets repeats share a parse.
            prior = RE_WORD_BEFORE.search(text, max(0, before.start(1) - 30), before.start(1))
            if prior is None or prior.group(1).lower() not in lexicon("office_prepositions"):
                window_start = before.start(1)
        key = (start - window_start, text[window_start:end])
        if key in self._parsed:
            cached = self._parsed[key]
            phrase = cached and cached._replace(start=cached.start + window_start, end=cached.end + window_start)
        else:
            phrase = self._parse_run(window_start, start, end, lookback)
            self._parsed[key] = phrase and phrase._replace(start=phrase.start - window_start,
                                                           end=phrase.end - window_start)
        if joined and (phrase is None or phrase.kind not in ("name", "organization")):
            phrase = self._parse_run(start, start, end, False)  # "The chiefs of Neskawin and | Oskaming First Nations"
        if phrase is None or phrase.kind not in ("name", "organization", "nominal") or (
                phrase.kind == "nominal" and not is_person_nationality(phrase.head or "")):
            return None  # a role is the subject scan's; only "The Swede" is read here
        if phrase.kind in ("name", "organization") and not phrase.title and before is not None and (
                before.end(1) == start - 1 and before.group(1).lower() in lexicon("company_nouns")):
            # "budget airline | Borealis Air": a body its kind names, which "the airline" later means
            return phrase._replace(kind="organization", title=before.group(1).lower())
        if phrase.kind != "name":
            return phrase
        words = (phrase.name or "").split()
        # (a place's possessive before it is no person's title: "in | Oregon’s | Hood River Valley")
        if (not phrase.title or (phrase.title.endswith(POSSESSIVE) and len(words) >= 3)) and (is_place_name(
                text, phrase.start, words) or is_site_name(text, phrase.start, phrase.end, words)):
            return None  # "the temperature of Perrin Lake": read by the parser after "of", a place all the same
        if is_titled_place(text, phrase):
            return None  # "in | Prince George", "Prince George's County": a place a royal title names
        if len((phrase.name or "").split()) < 2 and not phrase.title:
            return None  # a lone capitalized word is not yet somebody
        name = phrase.name or ""
        if text.endswith(INSTITUTION_OPENINGS, 0, start) and name != text[start:end] and (
                name.split()[0].lower() not in first_names()):
            return None  # "director of the | Sparks Street Business Improvement Area": the institution, all of it
        return labelled(self.text, self.tokens, phrase)

    def _after_body_of(self, position: int) -> bool:
        """Tell whether a body's head and its "of" stand shortly before ``position``: "Department of Transportation |
        and Infrastructure" (the words after "and" end the body's name)."""
        while position > 0 and self.text[position - 1] == " ":
            position -= 1
        if self.text.find(BODY_OF, max(0, position - MAX_BODY_OF_CHARS), position) < 0:
            return False  # no "of" to hold a body's name: most runs after "and"
        body = RE_BODY_OF.search(self.text, max(0, position - MAX_BODY_OF_CHARS), position)
        return body is not None and body.group(1).lower() in organization_heads()

    def _parse_run(self, window_start: int, start: int, end: int, lookback: bool) -> NounPhrase | None:
        # A run ending in a number is a numbered body ("Local 218"): the parser's, not a plain name's.
        phrase = None if lookback or self.text[end - 1].isdigit() else plain_name(self.text, start, end)
        if phrase is None:
            tokens = self.tokens.between(window_start, end)
            if not tokens or tokens[-1].end != end:
                return None
            phrase = phrase_before(self.text, tokens, len(tokens))
        return phrase

    def _surnames(self, found: list[tuple[int, NounPhrase]], singles: list[tuple[int, int]],
                  known_names: frozenset[str]) -> list[tuple[int, NounPhrase]]:
        """Every later "Biden" of a "President Joe Biden": one-word mentions that pronouns count on; and every
        "Northway" of a "Northway Grocers Inc." that is not a place ("in Northway"): what "the company" means."""
        surnames = {p.name.split()[-1] for _, p in found if p.kind == "name" and p.name and len(p.name) > 2}
        surnames |= {name.split("-", 1)[1] for name in surnames if "-" in name and name[0].islower()}  # "Sisi"
        firsts = {p.name.split()[0] for _, p in found if p.kind == "name" and p.name and " " in p.name}
        surnames |= known_names | given_names_alone(self.text, singles, firsts)
        companies = {short for _, p in found
                     if p.kind == "organization" and (short := company_short_name(p.name or "")) is not None}
        if not surnames and not companies:
            return []
        text = self.text
        taken = sorted((p.start, p.end) for _, p in found)
        starts = [start for start, _ in taken]
        extra = []
        for start, end in singles:
            word = text[start:end]
            if word not in surnames and "-" in word:
                word = word.split("-", 1)[1]
                start = end - len(word)
            kind = "name" if word in surnames else "organization" if word in companies else ""
            if not kind or (start and text[start - 1] in ".’'-") or (kind == "organization" and self._placed(start)):
                continue
            if self._possessed(start):
                continue  # "her | Medicaid coverage": a thing of hers, whatever the headline's "Indiana’s Medicaid" was
            if kind == "name" and text.endswith(THE_BEFORE, 0, start) and RE_WORD_AFTER_NAME.match(
                    text, end, None, NOT_CONCURRENT):
                continue  # a family's name before what is theirs: "the | Ibarra | place", "the | Lyle | farm"
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and taken[i][1] > start:
                continue
            extra.append((start, NounPhrase(start, end, kind, name=word)))
        return extra

    def _possessed(self, start: int) -> bool:
        """Tell whether the word at ``start`` follows a possessive pronoun: "her |Medicaid coverage"."""
        before = RE_WORD_BEFORE.search(self.text, max(0, start - 8), start, NOT_CONCURRENT)
        return before is not None and before.group(1).lower() in mapping("possessive_pronouns")

    def _placed(self, start: int) -> bool:
        """Tell whether the word at ``start`` follows a word that places it: "in |Northway"."""
        before = RE_WORD_BEFORE.search(self.text, max(0, start - 20), start)
        return before is not None and before.group(1).lower() in lexicon("place_prepositions")
