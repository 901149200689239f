"""The person an anonymous speaker turns out to be, named right after their words: "A woman watering tomatoes looks
up. “They come over here two, three times a week,” she says." and then "Her name is Rosa Villalobos." Features and
profiles introduce a speaker by a description first and give the name once the quotes have drawn the reader in; an
editor credits the quotes to the name."""

from __future__ import annotations

import regex

from .entities import Entity
from .language import compiled, lexicon, mapping
from .words import POSSESSIVE, gender_of, pronoun_gender

# How far after the description's last mention a sentence that names it may stand ("Her name is ...").
MAX_NAMING_CHARS = 400
# A copula right after a description, up to the name it gives: "One of those exhibitors| is 14-year-old |Kaylee".
RE_COPULA = regex.compile(r"\h++is\h++(?:\d{1,3}+-year-old\h++)?+(?=\p{Lu})")
# How far after a naming sentence's words its name may start: "Her name is | Dr. Amara ...".
MAX_OPENING_CHARS = 12


def person_named_after(text: str, anonymous: Entity, people: list[Entity]) -> Entity | None:
    """The person that names ``anonymous`` (one unnamed speaker of a known gender) right after its last mention: in a
    sentence that names it ("Her name is X.", "She’s X, a retired teacher", "She later identified herself as X", "The
    woman, a retired nurse named X,"), or by a copula right after the description ("One of those exhibitors is
    14-year-old X"). Never a speaker kept anonymous by role ("a senior official", "a spokesperson"), and never the
    next new name alone: a paragraph that opens with one most often brings in somebody else."""
    gender = _gender(text, anonymous)
    if gender is None or anonymous.plural or _kept_anonymous(anonymous):
        return None
    copula = RE_COPULA.match(text, anonymous.mentions[0][1])  # "One of those exhibitors | is 14-year-old | Kaylee"
    named = _first_named(people, gender, copula.end(), copula.end()) if copula is not None else None
    if named is not None:
        return named
    last = max(end for _, end in anonymous.mentions)
    naming = _naming_sentence().search(text, last, min(len(text), last + MAX_NAMING_CHARS))
    if naming is None or _naming_gender(naming.group()) != gender:
        return None
    named = _first_named(people, gender, naming.end() - 1, naming.end() + MAX_OPENING_CHARS, naming.start())
    # the name itself, not whose something the one described is: "She is | Ann Roe’s neighbour"
    return None if named is None or text.startswith(POSSESSIVE, named.mentions[0][1]) else named


def _first_named(people: list[Entity], gender: str, start: int, end: int, floor: int | None = None) -> Entity | None:
    """The person of a fitting gender the text first names between ``start`` and ``end``, or with a title read from
    ``floor`` on that runs into that stretch ("The man, retired harbour | pilot Gerald Foote")."""
    found = [p for p in people if p.type == "person" and p.names and p.mentions and p.gender in (None, gender) and (
        start <= p.mentions[0][0] <= end or (floor is not None and floor <= p.mentions[0][0] < start < (
            p.mentions[0][1])))]
    return min(reversed(found), key=lambda p: p.mentions[0][0], default=None)  # a tie: the later, as before


def _naming_gender(words: str) -> str | None:
    """The gender a naming sentence's opening tells: its pronoun ("Her name is", "She’s") or its noun ("The woman,")."""
    lows = regex.findall(r"\p{L}++", words.lower())
    if lows[0] == "the":
        return gender_of(lows[1:2])
    return pronoun_gender(lows[0]) or mapping("possessive_pronouns").get(lows[0])


def _gender(text: str, anonymous: Entity) -> str | None:
    """The gender the description or its pronouns give: "a woman", "she said"."""
    if anonymous.gender in ("m", "f"):
        return anonymous.gender
    genders = {pronoun_gender(text[start:end].lower()) for start, end in anonymous.mentions} - {None}
    return genders.pop() if len(genders) == 1 and genders <= {"m", "f"} else None


def _kept_anonymous(anonymous: Entity) -> bool:
    """A source unnamed by the role they speak in ("a senior official", "a spokesperson for the ministry")."""
    words = {word.lower() for title in anonymous.titles for word in title.split()}
    return bool(words & lexicon("spokespeople")) or bool(words & lexicon("anonymous_roles"))


def _naming_sentence() -> regex.Pattern[str]:
    """A sentence that names the one just described: "Her name is | X", "She’s | X", "He later identified himself to
    a reporter as | X", "The woman, a retired nurse named | X", "The man, retired harbour pilot | X", "The girl, |
    X" (the name's capital checked as written)."""
    return compiled("naming_sentence", lambda: regex.compile(
        r"(?<![\p{L}])(?:[Hh](?:er|is)\h++name\h++is|(?:[Ss]he|[Hh]e)(?:’s|'s|\h++is)(?=\h++\p{Lu})"
        r"|(?:[Ss]he|[Hh]e)\h++(?:later\h++)?+identified\h++(?:herself|himself)\h++(?:\p{L}++\h++){0,4}?as"
        r"|[Tt]he\h++(?:woman|man|girl|boy)\h*+,(?:\h++(?:a|an)\h++[^,.\n]{0,60}?\h++named"
        r"|(?:\h++\p{Ll}[\p{Ll}\-]*+){1,4}+(?=\h++\p{Lu}))?+)\h++"))
