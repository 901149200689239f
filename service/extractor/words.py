"""Word classes the rules share (titles, heads, particles, pronouns...), each read from the language pack.

Every predicate here answers for the active language; the sets behind them are built once per pack.
"""

from __future__ import annotations

import regex

from .budget import NOT_CONCURRENT
from .language import compiled, lexicon, mapping

POSSESSIVE = ("’s", "'s")  # "Iran’s", "Russia's"
RE_AGE = regex.compile(r"\d{1,3}-year-old")
# The word right before a phrase, and how far back it may start: "as | a home health aide", "news agency | IRNA".
RE_WORD_BEFORE_PHRASE = regex.compile(r"(?r)(?<!\p{L})(\p{L}++)\h++\Z")
MAX_WORD_CHARS = 16
# How a nationality word for a whole people or a plural ends: "the British", "the Swiss", "the Americans".
COLLECTIVE_ENDINGS = ("s", "sh", "ch", "ese")
# Lexicons of words that open a company's name without being what it is called alone: "Canadian Pacific",
# "Federal Express", "The", a country or a state.
COMMON_FIRST_WORDS = ("function_words", "not_names", "country_names", "us_states", "title_modifiers", "group_modifiers")
# A dotted abbreviation: "U.S.", "U.K.".
RE_DOTTED = regex.compile(r"(?:\p{Lu}\.)++")
# A modifier that places what it modifies rather than names it: "The Elk Prairie|-based| company", "Toronto|-based|
# Evergreen Living Communities".
PLACED = "-based"
# The head a news agency and a government agency share; a medium's only after a medium's word ("news", "press").
AGENCY = "agency"


def _with_last_words(name: str) -> frozenset[str]:
    """The single words of a lexicon, with the last word of each multi-word entry."""
    entries = lexicon(name)
    return entries | frozenset(entry.rsplit(" ", 1)[-1] for entry in entries)


def title_words() -> frozenset[str]:
    """Title and role words ("minister", "sen.", "spokesman"), with the last word of each longer title."""
    return compiled("title_words", lambda: _with_last_words("titles"))


def organization_noun_words() -> frozenset[str]:
    """Nouns that name an organization by its kind ("ministry", "company"), last words included."""
    return compiled("organization_noun_words", lambda: _with_last_words("organization_nouns"))


def organization_heads() -> frozenset[str]:
    """Last words that make a capitalized name an organization's: a body's ("Ministry") or a company's ("Airlines")."""
    return compiled("organization_heads", _organization_heads)


def _organization_heads() -> frozenset[str]:
    return lexicon("organization_heads") | lexicon("company_heads")


def is_title(low: str) -> bool:
    """Tell whether a lowercase word is a title or role word ("minister", "sen.", "spokesman", "co-owner",
    "mayor-elect", "director-general")."""
    titles = title_words()
    if low in titles:
        return True
    if "-" not in low:
        return False
    prefix, _, rest = low.partition("-")
    # "co-owner", "vice-chair", "mayor-elect"; or titles joined: "director-general", "secretary-treasurer" (not
    # "father-son")
    return (prefix in lexicon("title_prefixes") and rest in titles) or (
        rest in lexicon("title_suffixes") and prefix in titles) or all(
        part in titles and part not in lexicon("family_nouns") for part in low.split("-"))


def head_words() -> frozenset[str]:
    """Every word that can head a role phrase, but plural titles (see :func:`is_head`)."""
    return compiled("head_words", lambda: title_words() | lexicon("anonymous_heads") | organization_noun_words()
                    | lexicon("descriptive_roles") | lexicon("document_nouns") | lexicon("family_nouns"))


def is_head(low: str) -> bool:
    """Tell whether a lowercase word can head a role phrase ("the negotiator", "the company")."""
    return low in head_words() or is_plural_title(low) or bool(RE_AGE.fullmatch(low, None, None, NOT_CONCURRENT)) or (
        "-" in low and is_title(low))


def opens_relative_verb(word: str) -> bool:
    """Tell whether the word after a relative pronoun can be its verb, so the relative is the clause's subject: "who
    | runs", "that | represents" (not "that | the mayor", "which | its president", "that | he")."""
    low = word.lower()
    return word.islower() and not is_head(low) and pronoun_gender(low) is None and low not in compiled(
        "noun_phrase_openers", lambda: lexicon("determiners") | lexicon("indefinites") | lexicon("articles") | (
            lexicon("possessive_pronouns")))


def verb_like(word: str) -> bool:
    """Tell whether a lowercase word before an article can be a verb, so the article opens its object: "rejected |
    the" (not "for | the", "of | the", nor a head: "assessment | the development corporation filed")."""
    low = word.lower()
    return word.islower() and not is_head(low) and low not in compiled(
        "object_links", lambda: lexicon("place_prepositions") | lexicon("office_prepositions") | lexicon(
            "agent_prepositions") | lexicon("role_prepositions") | lexicon("function_words"))


def names_staff_body(word: str) -> bool:
    """Tell whether the lowercase word before "staff" can be a word of a body's name ("lottery | staff", "commission
    | staff"), not a function word nor a kind of staff ("medical | staff")."""
    return word.islower() and word not in lexicon("function_words") and word not in lexicon("staff_kinds")


def is_plural_document(low: str) -> bool:
    """A document in the plural: "reports", "rules" (as :func:`is_plural_title` reads a role's)."""
    return low.endswith("s") and low[:-1] in lexicon("document_nouns")


def is_plural_title(low: str) -> bool:
    """A role in the plural: "lawyers", "prosecutors" (unnamed people, spoken of as a group)."""
    return low.endswith("s") and low[:-1] in title_words()


def is_descriptive(low: str) -> bool:
    """A word that describes a person without naming an office: "native", "veteran", "27-year-old", or a
    ranking ("no 1", the head :func:`phrases.epithet_end` gives "the world No 1")."""
    return low in lexicon("descriptive_roles") or low in lexicon("family_nouns") or bool(
        RE_AGE.fullmatch(low, None, None, NOT_CONCURRENT)) or (
        " " in low and low.split(" ", 1)[0] in lexicon("rank_markers"))


def relation_head(low: str) -> str:
    """The family noun of a parent named by their children's count, the tabloid way ("mum-of-two" is a
    "mum", "father-of-three" a "father"); any other head as it is."""
    base, of, count = low.partition("-of-")
    return base if of and count and base in lexicon("family_nouns") else low


def is_person_head(low: str) -> bool:
    """A noun for one person: a role ("student"), a description ("veteran") or a plain one ("man")."""
    return low in lexicon("person_nouns") or is_title(low) or is_descriptive(low)


def naming_frame_after() -> regex.Pattern[str]:
    """A frame that gives the name right after it: "a student| named |Frank", "| who gave his name as |Mikel"."""
    return compiled("naming_frame_after", lambda: regex.compile(
        r"(?<!\s)\s++(?:who\s++)?(?:\L<frames>)\s++(?=\p{Lu})", frames=sorted(lexicon("naming_frames"))))


def is_person_nationality(low: str) -> bool:
    """A nationality noun for one person ("swede", "american"), not a people ("british", "swiss", "chinese")
    nor a plural ("americans")."""
    return low in nationality_nouns() and not low.endswith(COLLECTIVE_ENDINGS)


def nationality_nouns() -> frozenset[str]:
    """Nouns for a person of a nation ("american", "briton"), from the demonyms."""
    return compiled("nationality_nouns", lambda: frozenset(mapping("demonyms")) | lexicon("nationality_nouns"))


# One of a group, the words a description of one member opens with: "one of the patients".
ONE_OF = "one of "


def is_media(name: str) -> bool:
    """Tell whether an organization's name is a news medium's ("Fars News", "the Daily Ledger")."""
    words = name.lower().split()
    media = lexicon("media_heads")
    if words[-1:] == [AGENCY] and not (len(words) > 1 and words[-2] in media):
        return False  # a government's agency: "the Canadian Food Inspection Agency" (but "Fars News Agency")
    return bool(words) and (words[-1] in media or " ".join(words) in media)


def is_place_form(lows: list[str]) -> bool:
    """Tell whether a name's lowercase words are a place's by their form alone: a word that opens places' names
    ("north | St. Louis", "Fort McMurray") or one only places hold ("Sault Ste. Marie")."""
    return bool(lows) and (lows[0] in lexicon("place_openers") or any(low in lexicon("place_infixes") for low in lows))


def is_org_name(words: list[str]) -> bool:
    """Tell whether capitalized words name an organization ("Interior Ministry", "Al Jazeera")."""
    if not words:
        return False
    known = lexicon("organizations")
    return (words[-1].lower() in organization_heads() or " ".join(words).lower() in known
            or words[0].lower() in known or _national_body(words) or _regional_body(words) or (
                len(words) > 1 and words[0].lower() in mapping("french_body_heads")))  # "Université Mont-Bellevue"


def is_body_of_name(words: list[str]) -> bool:
    """Tell whether capitalized words name a body by its head and an "of" phrase: "Saskatchewan Ministry of Government
    Relations", "Department of the Interior", "Office of the Auditor General", "City of Victoria" (never a person's:
    "Office of Ann Roe")."""
    if "of" not in words:
        return False  # most runs: no "of" to read (a lowercase "of" is the only one a body's name holds)
    lows = [w.lower() for w in words]
    k = lows.index("of")
    after = [w for w in words[k + 1:] if w.lower() not in lexicon("articles") and w != "," and (
        w.lower() not in lexicon("joining_words"))]  # "Department of Energy|, |Mines |and |Resources"
    if not (k > 0 and lows[k - 1] in organization_heads() and bool(after) and all(
            w[:1].isupper() and not w.endswith(POSSESSIVE) for w in words[:k] + after)):
        return False
    if lows[k - 1] in lexicon("place_governments") and after[0].lower() in lexicon("place_titles"):
        return True  # a place a royal title opens, whatever given name follows: "City of Prince Rupert"
    return not any(w.lower() in first_names() for w in words[:k] + (after if len(after) > 1 else [])) and not (
        _person_after_title(after))  # a place alone may be a given name too: "City of Victoria"


def _person_after_title(words: list[str]) -> bool:
    """Tell whether a title among a body's "of" words goes on with a name: "Bank of Canada | Governor Tiff Macklem"
    (not "Office of the Auditor General", "Ministry of the Solicitor General": titles to the end)."""
    first = next((i for i, w in enumerate(words) if is_title(w.lower())), len(words))
    rest = [w for w in words[first + 1:] if not is_title(w.lower())]  # "Independent | Business": one word, a body's
    return len(rest) > 1 or any(w.lower() in first_names() for w in rest)


def _regional_body(words: list[str]) -> bool:
    """A body named for its province or state before what it does: "Nova Scotia Health", "Ontario Health" (not
    "Georgia Banks": a given name opens a person's name; nor a place, a law or a word that names nothing after it:
    "Colorado River", "Saskatchewan Employment Act", "Kansas City-based")."""
    lows = [w.lower() for w in words]
    if not any(len(lows) > k and " ".join(lows[:k]) in regions() for k in (2, 1)) or lows[0] in first_names():
        return False  # most names open on no region: told first
    last = lows[-1]
    return not ("-" in last or last in lexicon("place_heads") or last in lexicon("named_things") or last in lexicon(
        "not_names") or last in lexicon("place_governments"))


def region_names_after_place() -> frozenset[str]:
    """States, provinces and countries as a place's region after its comma, by name or abbreviation: "Sacramento, |
    Calif. |", "Moncton, | N.B. |", "Guanajuato, | Mexico |"."""
    return compiled("region_names_after_place", lambda: frozenset(mapping("us_states")) | frozenset(
        mapping("us_states").values()) | lexicon("provinces") | lexicon("province_abbreviations") | country_words() | (
        lexicon("country_names")))


def regions() -> frozenset[str]:
    """Provinces, territories and US states by their names, lowercase."""
    return compiled("regions", lambda: lexicon("provinces") | frozenset(mapping("us_states").values()) | lexicon(
        "region_names"))


def _national_body(words: list[str]) -> bool:
    """A body named for its country after what it does or sells: "Statistics Canada", "Global Affairs Canada",
    "Air Canada" (not "Michael Jordan": a given name opens a person's name)."""
    return len(words) > 1 and words[-1].lower() in country_words() and words[0].lower() not in first_names()


def country_words() -> frozenset[str]:
    """Countries, as demonyms name them ("russia" for "Russian")."""
    return compiled("country_words", lambda: frozenset(mapping("demonyms").values()))


def particles() -> frozenset[str]:
    """Lowercase particles inside names: "von der Leyen", "Abu al Hassan"."""
    return lexicon("name_particles")


# The marks that join a lowercase particle to a name: "al-Sisi", "d'Entremont".
PARTICLE_JOINS = ("-", "'", "’")
# A lowercase particle and the mark that joins it to a name, as a pattern over the named lists ``hyphened`` and
# ``elided``: "al-", "d'" (the name scan's patterns use it too).
JOINED_PARTICLE = r"(?:\L<hyphened>)-|(?:\L<elided>)['’]"


def joined_particle_lists() -> tuple[list[str], list[str]]:
    """The lists :data:`JOINED_PARTICLE` reads: ``hyphened`` and ``elided``."""
    return sorted(lexicon("hyphen_particles")), sorted(lexicon("elided_particles"))


def _joined_particles() -> regex.Pattern[str]:
    def build() -> regex.Pattern[str]:
        hyphened, elided = joined_particle_lists()
        return regex.compile(rf"\A(?:{JOINED_PARTICLE})(?=\p{{L}})", hyphened=hyphened, elided=elided)
    return compiled("joined_particles", build)


def particle_name(word: str) -> bool:
    """A name that opens with a lowercase particle and a hyphen or an apostrophe: "al-Sisi", "d'Entremont"."""
    if not any(join in word for join in PARTICLE_JOINS):
        return False  # most words: no pattern to try
    match = _joined_particles().match(word, None, None, NOT_CONCURRENT)
    return match is not None and word[match.end()].isupper()


def name_key(word: str) -> str:
    """A name word for matching: lowercase, no final period, no particle: "al-Sisi" and "el-Sisi" -> "sisi"."""
    low = word.lower().rstrip(".")
    return _joined_particles().sub("", low) if any(join in low for join in PARTICLE_JOINS) else low  # most: no regex


def pronoun_gender(low: str) -> str | None:
    """The gender a subject pronoun tells ("m", "f", "n", "p", or "" for "I"); ``None`` for other words."""
    return mapping("subject_pronouns").get(low)


def gender_of(lows: list[str]) -> str | None:
    """The gender that honorifics or gendered roles among lowercase words tell ("Ms.", "spokesman")."""
    if not lows:
        return None
    male, female = lexicon("honorifics_male"), lexicon("honorifics_female")
    for low in lows:
        if low in male:
            return "m"
        if low in female:
            return "f"
    return None


def is_given_month(low: str) -> bool:
    """Tell whether a word that never opens a name as such may open one as a given name: "june" of "June Pettibone"
    (read so only when a name follows and no date word stands before it)."""
    return low in lexicon("not_names") and low in first_names()


def first_names() -> frozenset[str]:
    """Known given names, either gender."""
    return compiled("first_names", lambda: lexicon("first_names_male") | lexicon("first_names_female"))


def gender_from_first_name(word: str) -> str | None:
    """The gender a known given name tells ("maria": "f"), lowercase in, or ``None``."""
    if word in lexicon("first_names_male"):
        return "m"
    if word in lexicon("first_names_female"):
        return "f"
    return None


def phrase_stops() -> frozenset[str]:
    """Words that end a name-and-title phrase: reporting verbs, adverbs, and function words of a clause."""
    return compiled("phrase_stops", lambda: lexicon("reporting_verbs") | lexicon("adverbs") | lexicon("phrase_stops"))


def office_links() -> frozenset[str]:
    """Words that link an office to its institution inside a phrase: "Head of the Atomic Energy ..."."""
    return compiled("office_links", lambda: lexicon("office_prepositions") | {"the", "and", "(", ")"})


def description_links() -> frozenset[str]:
    """Words that tie a description to another place or body, ending what it says of its own person: "a retired
    teacher | from Prince Albert", "One senior official | at Immigration"."""
    return compiled("description_links", lambda: lexicon("office_prepositions") | lexicon("place_prepositions"))


def opens_indefinitely(description: str) -> bool:
    """Tell whether a description opens with an indefinite word ("A 2025 study", "one mother"): one the text
    introduces, not one it names again."""
    return description.split(" ", 1)[0].lower() in lexicon("indefinite_subjects")


def strip_article(name: str) -> str:
    """``name`` without a leading article: "the Pentagon" -> "Pentagon"."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in lexicon("articles") else name


def one_member(description: str) -> str:
    """One member of a group an anonymous description names: "Two Liberal sources" → "a Liberal source", "two
    people familiar with the talks" → "a person familiar with the talks" (what "one of them" is)."""
    words = description.split()
    if len(words) > 1 and words[0].lower() in lexicon("anonymous_openers"):
        words = words[1:]  # "two", "several", "some"
    heads, irregular = lexicon("anonymous_heads"), mapping("irregular_plurals")
    for i, word in enumerate(words):
        low = word.lower()
        singular = irregular.get(low) or (word[:-1] if low[:-1] in heads or is_plural_title(low) else None)
        if singular is not None:
            words[i] = singular
            return f"{'an' if words[0][0].lower() in 'aeiou' else 'a'} {' '.join(words)}"
    return description  # a head the lexicons do not pair with a singular: the group's own words


def party_label() -> regex.Pattern[str]:
    """A party label after a name, its party's letters and its place: "Ted Cruz, R-Texas,", "Jamie Raskin (D-Md.)",
    "Annika Sorensen, DFL-Duluth,"."""
    return compiled("party_label", lambda: regex.compile(
        r"\s{0,8}+(?:,\s{0,8}+|\()(\L<letters>)-([A-Z][A-Za-z.]{1,13}+(?:\s[A-Z][a-z.]{1,13}+)?)(?=[,);]|\s|\Z)",
        letters=sorted((key.upper() for key in mapping("parties")), key=len, reverse=True)))


def party_of(letters: str) -> str:
    """The party a label's letters ("R", "DFL") or a party word ("Republican") names: "Republican", "Democrat"."""
    parties = mapping("parties")
    return parties.get(letters.lower()) or parties[letters[0].lower()]


def word_before(text: str, position: int) -> str:
    """The word right before ``position`` with only spaces between, lowercase, or "" ("as | a home health aide")."""
    before = RE_WORD_BEFORE_PHRASE.search(text, max(0, position - MAX_WORD_CHARS), position)
    return before.group(1).lower() if before is not None else ""
