"""The patterns and word sets the mention scan (:mod:`mentions`) reads, built from the language pack once
per language: the name-run pattern, role and anonymous-source openings, and the word sets checked on the
sparse matches they find."""

from __future__ import annotations

import regex

from .budget import NOT_CONCURRENT
from .language import compiled, lexicon
from .words import JOINED_PARTICLE, first_names, is_title, joined_particle_lists

RE_WORD_AT = regex.compile(r"[\p{L}\p{N}]++")
# A byline is a short line of its own.
MAX_BYLINE_CHARS = 160
# A line that is only a name, near the top: the writer's byline ("Ryan Tremblay-Okafor"), its given name first.
RE_NAME_LINE = regex.compile(r"(?m)^(\p{Lu}\p{Ll}++)(?:\h\p{Lu}[\p{L}’'\-]++){1,2}\h*+$")
MAX_NAME_BYLINE_START = 1000
# The rest of a capitalized word: letters, marks and hyphens, and an apostrophe only before a letter ("O’Neill";
# one after the word, "We Will Rebuild’", closes a quotation) or as a plural possessive inside a name
# ("Employers’ Association", "Veterans’ Affairs"). Unrolled, not a per-character alternation.
# The rest of a dotted abbreviation before a capital: "U|.S.| Department of Agriculture".
DOTTED = r"(?:\.\p{Lu})++\.(?=\h+\p{Lu})"
NAME_WORD_REST = r"[\p{L}\p{M}\-]*+(?:['’]\p{L}[\p{L}\p{M}\-]*+)*+(?:(?<=s)['’](?=\h\p{Lu}))?+"


def scan_patterns() -> dict[str, regex.Pattern[str]]:
    """The patterns built from the pack's words, compiled once per language."""
    def build() -> dict[str, regex.Pattern[str]]:
        particles, (hyphened, elided) = sorted(lexicon("name_particles")), joined_particle_lists()
        return {
            # A run of capitalized words ("Mohammad Javad Zarif", "Ursula von der Leyen", "Abdel Fattah
            # al-Sisi", "Sen." before a name), or one such word; its words are joined by spaces on one
            # line (\h), never across a paragraph ("... the 4th District" over "Rep. Dana Kessler"). It
            # starts on the capital and checks what stands before it afterwards, so the search skips
            # lowercase text fast; a known organization named by one word ("Reuters") is told in Python
            # from a set, not tried at every position. A mark inside a word ("O’Neill") is part of it; one
            # after it ("We Will Rebuild’") closes a quotation.
            "name_run": regex.compile(
                rf"""
                \p{{Lu}} (?<![\p{{L}}\p{{N}}]\p{{Lu}})                                  # on a capital, not in a word
                (?: {DOTTED} | \p{{L}}{{0,3}}\.(?=\h+\p{{Lu}}) | {NAME_WORD_REST} )   # "U.S.", "Sen.", "Zarif"
                ( \h++ (?:&\h++)?+ (?:(?:\L<particles>)\h++){{0,2}}+ (?:{JOINED_PARTICLE})?+   # "&", "von der", "al-"
                  \p{{Lu}} (?: {DOTTED} | \p{{L}}{{0,3}}\.(?=\h+\p{{Lu}}) | {NAME_WORD_REST} ) )*+
                """,
                regex.VERBOSE, particles=particles, hyphened=hyphened, elided=elided),
            # A lowercase particle joined to a name by a hyphen or an apostrophe, right before its capital: "al-|Sisi",
            # "d'|Entremont".
            "particle_before": regex.compile(rf"(?r)(?<![\p{{L}}\p{{N}}])(?:{JOINED_PARTICLE})\Z", hyphened=hyphened,
                                             elided=elided),
            "subject_opening": regex.compile(r"\b(?:\L<determiners>)\s", determiners=sorted(
                {d.title() for d in lexicon("subject_determiners")})),
            # An unnamed subject kept so at its own request, whatever its role: "One CCA, who asked not to be named".
            # ... after its verb too: '“…,” said one Singapore-based trader, who asked not to be named'.
            # ... after an apposed description too, and whoever the request was made to: 'Another courier, a
            # newcomer from Nigeria who asked HuffPost Canada not to use her name, said'; after a clause of its own and
            # "and": 'One observer, who has worked in the program for six years and spoke on condition of anonymity',
            # 'An inmate who has worked in the barn for three years, and who asked that his name not be used'.
            "unnamed_by_request": regex.compile(
                rf"""((?:\L<openers>)\h++[^,.;:“”"\n]{{1,60}}?)
                (?:,\h++(?:\L<openers>)\h++[^,.;:“”"\n]{{1,60}}?)?,?\s++{who_requests()}""",
                regex.VERBOSE, openers=sorted({form for word in indefinite_openers() for form in (word, word.lower())}),
            ),
            # What opens an anonymous source, up to three words before its head: "a | senior | official"; a word
            # holds a period only as initials or a short abbreviation ("a senior U.S. official", "a St. Andrews
            # woman"), so the opener is never in the sentence before ("... in an interview. | A provincial official").
            "anonymous_opener": regex.compile(
                r"(?r)(?<![\p{L}\p{N}_])(?:\L<openers>)\s+(?:(?:[\p{L}\-’']+|\p{N}{1,3}+-year-old|(?:\p{L}\.)+|\p{Lu}\p{Ll}{1,2}\.)\s+){0,3}\Z",
                openers=sorted({form for word in lexicon("anonymous_openers") for form in (word, word.title())})),
        }
    return compiled("mention_patterns", build)


# Whom a request for anonymity was made to, in its place in the pack's frames: "asked | The Globe and Mail | not to".
ADDRESSEE = r"\p{Lu}[\p{L}.’'&\-]*+(?:\h++(?:\p{Lu}[\p{L}.’'&\-]*+|\p{Ll}{1,3}+(?=\h++\p{Lu})))*+"


# A role opening a sentence: "The Iranian news agency did not say ...", "The company said"; up to three words
# stand between its determiner and its head. A document noun may take one modifier with digits: "The 118-page review".
RE_SPACES = regex.compile(r"\s++")
RE_SUBJECT_FILLER = regex.compile(r"(?<![\p{L}\-’'])[\p{L}\-’']++\s++")  # at a word's start: linear
RE_DOCUMENT_MODIFIER = regex.compile(r"(?<![\p{L}\p{N}\-])[\p{L}\p{N}\-]++\s++")
MAX_SUBJECT_FILLERS = 3


def subject_role_end(text: str, start: int) -> int | None:
    """Where the role opening a sentence at ``start`` ends, with the fewest words after its determiner: "The
    Iranian news agency| did not say", "A nurse| at Harlow General Hospital said", "The 118-page review| found";
    ``None`` if no role head or document noun comes within three words. Heads are looked up by their first two
    letters: one pattern holding every head tries each length at each word (measured: 20 µs a sentence)."""
    determiners, heads, documents = _subject_words()
    gap = next((RE_SPACES.match(text, start + len(word), None, NOT_CONCURRENT)
                for word in determiners if text.startswith(word, start)), None)
    if gap is None:
        return None
    at = gap.end()
    for _ in range(MAX_SUBJECT_FILLERS + 1):
        end = _listed_at(text, at, heads)
        if end is None:
            modifier = RE_DOCUMENT_MODIFIER.match(text, at, None, NOT_CONCURRENT)
            if modifier is not None:
                end = _listed_at(text, modifier.end(), documents)
            if end is None:
                end = _listed_at(text, at, documents)
        if end is not None:
            return _compound_title_end(text, at, end, heads)
        filler = RE_SUBJECT_FILLER.match(text, at, None, NOT_CONCURRENT)
        if filler is None:
            return None
        at = filler.end()
    return None


def _compound_title_end(text: str, at: int, end: int, heads: dict[str, list[str]]) -> int:
    """Where a role whose first title word another title follows ends: "The | general manager| of a 94-room hotel"
    (not "The | general|" alone), "The | executive director|"."""
    after = RE_SPACES.match(text, end, None, NOT_CONCURRENT)
    if after is None or not text[after.end():after.end() + 1].islower() or not is_title(text[at:end].lower()):
        return end
    more = _listed_at(text, after.end(), heads)
    return more if more is not None and is_title(text[after.end():more].lower()) else end


def _listed_at(text: str, at: int, index: dict[str, list[str]]) -> int | None:
    """Where the longest of ``index``'s entries written at ``at`` (in any case, ending a word) ends."""
    for entry in index.get(text[at:at + 2].lower(), ()):
        end = at + len(entry)
        if text[at:end].lower() == entry and not (end < len(text) and text[end].isalnum()):
            return end
    return None


def _subject_words() -> tuple[list[str], dict[str, list[str]], dict[str, list[str]]]:
    """The determiners that open a subject role (longest first), and its heads and document nouns by their first two
    letters (longest first)."""
    def index(words: frozenset[str]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for word in sorted(words, key=len, reverse=True):
            found.setdefault(word[:2], []).append(word)
        return found
    return compiled("subject_words", lambda: (
        sorted({d.title() for d in lexicon("subject_determiners")} | indefinite_openers(), key=len, reverse=True),
        index(lexicon("organization_nouns") | lexicon("titles") | lexicon("family_nouns")),
        index(lexicon("document_nouns"))))


def anonymity_requests() -> str:
    """The pack's anonymity requests as one alternation, longest first, each ``{addressee}`` a name's place."""
    frames = sorted(lexicon("anonymity_requests"), key=len, reverse=True)
    return "|".join(regex.escape(frame).replace(regex.escape("{addressee}"), ADDRESSEE).replace(r"\ ", r"\s++")
                    for frame in frames)


def who_requests() -> str:
    """A "who" clause asking not to be named, as a pattern: "who | spoke on condition that he not be named", after a
    clause of its own and "and" too: "who has lived in the co-op for 15 years and asked not to be named"."""
    return rf"""who\s++(?:[^,.;:“”"\n]{{1,80}}?,?\h++and\h++(?:who\h++)?)?(?:{anonymity_requests()})\b"""


def who_unnamed_by_request() -> regex.Pattern[str]:
    """A "who" clause asking not to be named (:func:`who_requests`), on its own."""
    return compiled("who_unnamed_by_request", lambda: regex.compile(rf"(?<![\p{{L}}\p{{N}}]){who_requests()}"))


def anonymous_roots() -> tuple[str, ...]:
    """The anonymous heads no other head starts with ("official" finds "officials" too)."""
    def build() -> tuple[str, ...]:
        heads = lexicon("anonymous_heads")
        return tuple(sorted(h for h in heads if not any(o != h and h.startswith(o) for o in heads)))
    return compiled("anonymous_roots", build)


def indefinite_openers() -> frozenset[str]:
    """"A", "An", "One" as a sentence opens with them ("A nurse at ... said", "One Republican senator, who ...,
    said"): the name-run scan finds them, so no pass of their own does."""
    return compiled("indefinite_openers", lambda: frozenset(word.title() for word in lexicon("indefinite_subjects")))


def find_words(text: str, roots: tuple[str, ...], words: frozenset[str]) -> list[tuple[int, int]]:
    """Where ``words`` (lowercase) stand in ``text`` as whole words, in any case ("Democrats", "MPs"), in order; each
    is found from its root (a lowercase prefix in ``roots``) with ``str.find`` in the lowercased text, which outruns
    a pattern trying every word at every position."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lowercase is longer ("İ"): look for each way text writes a root
        lowered = text
        roots = tuple({form for root in roots for form in (
            root, root.capitalize(), root.upper(), root[:-1].upper() + root[-1:])})
    found = []
    for root in roots:
        i = lowered.find(root)
        while i >= 0:
            if i == 0 or not text[i - 1].isalnum():
                match = RE_WORD_AT.match(text, i, None, NOT_CONCURRENT)
                if match is not None and match.group().lower() in words:
                    found.append(match.span())
            i = lowered.find(root, i + 1)
    found.sort()
    return found


def organization_words() -> frozenset[str]:
    """Known one-word organizations as text writes them: "Reuters", "REUTERS"."""
    return compiled("organization_words", lambda: frozenset(
        variant for name in lexicon("organizations") if " " not in name for variant in (name.title(), name.upper())))


def lookback_words() -> frozenset[str]:
    """Lowercase words that may begin a speaker phrase before a capitalized name, or link an office to
    the institution in it ("Secretary of Iran's Supreme National Security Council Ali Akbar Ahmadian")."""
    return compiled("lookback_words", lambda: lexicon("titles") | lexicon("title_modifiers") | lexicon("articles")
                    | lexicon("office_prepositions") - {"for"})


def _timestamp_line() -> regex.Pattern[str]:
    """A line of its own that opens on a time stamp's word and the word after it: "Posted | February| 8, 2030"."""
    return compiled("timestamp_line", lambda: regex.compile(
        r"(?m)^(?:\L<stamps>)\h++(\p{Lu}\p{Ll}++)[^\n]{0,80}+$",
        stamps=sorted(word.capitalize() for word in lexicon("timestamp_words"))))


def byline_lines(text: str) -> list[tuple[int, int]]:
    """The lines that are bylines ("Mireille Cormier · CBC News · Posted: Oct 07, 2025"), in order: each found
    from its marks with ``str.find`` (a byline is short; a long line holding a "·" is prose)."""
    found: set[tuple[int, int]] = set()
    for mark in {form for entry in lexicon("byline_marks") for form in (entry, entry.capitalize())}:
        i = text.find(mark)
        while i >= 0:
            start = max(text.rfind("\n", 0, i), text.rfind("\r", 0, i)) + 1
            end = len(text) if text.find("\n", i) < 0 else text.find("\n", i)
            if end - start <= MAX_BYLINE_CHARS:
                found.add((start, end))
            i = text.find(mark, end)
    # (read to the end of the line the reach falls in, never cutting one short: "Walt Kova|lchuk-Reyes, 71, worked")
    reach = text.find("\n", MAX_NAME_BYLINE_START)
    for line in _timestamp_line().finditer(text, 0, reach if reach >= 0 else len(text), False, NOT_CONCURRENT):
        if line.group(1).lower() in lexicon("not_names"):  # "Posted February 8, 2030 1:45 pm": a month
            found.add((line.start(), line.end()))
    for line in RE_NAME_LINE.finditer(text, 0, reach if reach >= 0 else len(text), False, NOT_CONCURRENT):
        if line.group(1).lower() in first_names():  # "Ryan Tremblay-Okafor" alone under the deck: the writer
            found.add(line.span())
    return sorted(found)
