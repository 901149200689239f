"""Noun phrases that can name a speaker, read from a run of tokens: names with titles, organizations,
roles, anonymous sources and pronouns."""

from __future__ import annotations

from typing import NamedTuple

import regex

from .initials import is_acronym
from .language import lexicon, mapping
from .tokens import Token
from .words import (
    PLACED,
    POSSESSIVE,
    country_words,
    description_links,
    first_names,
    gender_of,
    is_body_of_name,
    is_given_month,
    is_head,
    is_org_name,
    is_person_nationality,
    is_place_form,
    is_plural_title,
    is_title,
    nationality_nouns,
    office_links,
    organization_heads,
    organization_noun_words,
    particle_name,
    particles,
    pronoun_gender,
)

TITLE_JOIN = "; "  # between the titles one phrase carries, as the cast splits them
# Words of a name right after its role: "the movement’s spokesman | Yahya Saree".
MAX_NAME_WORDS = 4


# A word in capitals right before another: "NEW | YORK", "KARESH | CITY" (a dateline's, not a body's initials),
# looked for this far back.
RE_CAPITALS_BEFORE = regex.compile(r"(?r)\p{Lu}{2,}+[\h,]++\Z")
MAX_DATELINE_WORD = 24


class NounPhrase(NamedTuple):
    """A phrase that names (or points to) a speaker.

    ``kind`` is ``pronoun``, ``name`` (a person's proper name), ``organization``, ``nominal`` (a role
    with a determiner, "the negotiator") or ``anonymous`` ("a senior official"); the scan also reads a
    ``place`` ("Perrin Lake"), which it drops.
    """

    start: int
    end: int
    kind: str
    name: str | None = None  # the proper name, without titles ("Mohammad Javad Zarif")
    title: str | None = None  # the role words ("Iranian Foreign Minister", "union’s chief negotiator")
    head: str | None = None  # the role's head noun, lowercase ("minister", "source")
    gender: str | None = None  # "m", "f", "n" (it), "p" (they), or None when nothing tells


def is_possessor(token: Token) -> bool:
    """A capitalized possessive: "Iran’s", "Russia's"."""
    return token.is_word and token.text[0].isupper() and token.low.endswith(POSSESSIVE)


def is_cap(token: Token) -> bool:
    return token.is_word and (token.text[0].isupper() or particle_name(token.text))

def is_name_word(token: Token) -> bool:
    """A capitalized word that can be part of a proper name (not a sentence opener or a title)."""
    if not is_cap(token) or token.low in lexicon("not_names") or is_title(token.low):
        return False
    return not (len(token.text) > 3 and token.text.isupper() and "." not in token.text)  # "TEHRAN" is a dateline


def _own_words(tokens: list[Token]) -> list[str]:
    """The lowercase words that describe the person a phrase names, past any possessor and before any link to
    another: "Mr. Jessup’s | wife" (she is no "Mr."), "a retired teacher | from Prince Albert", "a spokesperson |
    for Ms. Roe"."""
    possessor = max((i for i, t in enumerate(tokens) if t.low.endswith(POSSESSIVE)), default=-1)
    links = description_links()
    end = next((i for i in range(possessor + 2, len(tokens)) if tokens[i].low in links), len(tokens))
    return [t.low for t in tokens[possessor + 1:end]]


def _phrase(tokens: list[Token], kind: str, **fields: str | None) -> NounPhrase:
    return NounPhrase(tokens[0].start, tokens[-1].end, kind, **fields)


def _span_text(text: str, tokens: list[Token]) -> str:
    return text[tokens[0].start:tokens[-1].end]


def _surname_title(body: list[Token]) -> bool:
    """Tell whether the last word, a title word or not, is a surname: capitalized, after a given name that is no
    title ("Latoya | Bishop", "Sen. Tim | Judge", "Wendell | Cardinal"; never "Prince | Harry")."""
    return len(body) > 1 and body[-1].text[:1].isupper() and body[-2].low in first_names() and (
        not is_title(body[-2].low)) and body[-2].text[:1].isupper()


def interpret(text: str, tokens: list[Token]) -> NounPhrase | None:
    """Read a run of tokens that was cut out as one noun phrase.

    Args:
        text: the article (the tokens' offsets point into it).
        tokens: the phrase, e.g. ``Iranian Foreign Minister Mohammad Javad Zarif``.

    Returns:
        The phrase, or ``None`` when the words name nobody.
    """
    if not tokens:
        return None
    first = tokens[0]
    if len(tokens) == 1 and pronoun_gender(first.low) is not None:
        return _phrase(tokens, "pronoun", gender=pronoun_gender(first.low) or None)
    if first.low in lexicon("indefinites") or (first.low in lexicon("anonymous_heads") and first.low.endswith("s")):
        return _anonymous(text, tokens)
    determined = first.low in lexicon("determiners")
    body = tokens[1:] if determined else tokens
    if not body:
        return None
    if determined and len(body) == 1 and body[0].low in nationality_nouns():
        # "the American said": a person described by nationality, not an organization named "American".
        return _phrase(tokens, "nominal", title=_span_text(text, tokens), head=body[0].low)
    if determined and len(body) >= 2 and body[-1].text.isdigit() and epithet_end(body, 0) == len(body):
        # "the world No 1 said": a player named by a ranking, like "the 27-year-old".
        rank = f"{body[-2].low.rstrip('.')} {body[-1].text}"
        return _phrase(tokens, "nominal", title=_span_text(text, body), head=rank)
    if text.find(" of ", body[0].start, body[-1].end) >= 0 and is_body_of_name([t.text for t in body]):
        return _phrase(tokens, "organization", name=_span_text(text, body))  # "the Ministry of Government Relations"
    # The last title word splits the title from the name: "Iranian Foreign Minister | Mohammad Javad Zarif",
    # or the institution the office belongs to does: "Head of the Atomic Energy Organization of Iran |
    # Mohammad Eslami".
    surname = _surname_title(body)  # "Latoya | Bishop": a title word that closes a name is no title
    split = max((i for i, t in enumerate(body) if is_title(t.low) and not (surname and t is body[-1])), default=-1) + 1
    if split == 0 and len(body) > 2 and is_plural_title(body[0].low) and body[1].low in first_names():
        split = 1  # a plural title before the first of two names: "Councillors | Tyler Sheidow and Norma Pitre"
    split += _person_start(body[split:])
    if split == 0 and len(body) > 1 and is_possessor(body[0]) and not is_org_name([t.text for t in body[1:]]):
        split = 1  # "Russia’s | Sergei Lavrov": the country is a role, not a name ("Iran’s Foreign Ministry" stays)
    name_tokens = body[split:]
    title_tokens = body[:split]
    gender = gender_of(_own_words(body))
    if len(name_tokens) == 1 and not title_tokens and _initials(text, name_tokens[0], determined):
        return _phrase(tokens, "organization", name=name_tokens[0].text)  # "the CBSA", "ICE said"
    if len(name_tokens) > 1 and name_tokens[0].low.endswith(PLACED) and all(is_cap(t) for t in name_tokens) and (
            name_tokens[1].low not in first_names()):
        # "Calgary-based Stellhorn Resources", "Toronto-based Evergreen Living Communities": what a place bases is a
        # body (a person so placed carries a role or a given name: "Toronto-based lawyer Jane Doe").
        return _phrase(tokens, "organization", name=_span_text(text, name_tokens[1:]))
    # a month that is a given name opens a name: "June Pettibone said" ("June 5" is no name, nor "In June")
    given = len(name_tokens) > 1 and is_given_month(name_tokens[0].low) and is_name_word(name_tokens[1])
    # a word that opens no name may stand inside one, between two that may: "Marlene | Two | Bulls", "Ruth | Many |
    # Feathers"
    inner = len(name_tokens) > 2 and is_name_word(name_tokens[0]) and is_name_word(name_tokens[-1]) and (
        name_tokens[-1].low not in organization_heads())  # (not a body's: "Downstream First Nation")
    if name_tokens and all(is_name_word(t) or t.low in particles() or (given and i == 0) or (
            inner and 0 < i < len(name_tokens) - 1 and is_cap(t)) or (surname and t is body[-1])
            for i, t in enumerate(name_tokens)):
        words = [t.text for t in name_tokens]
        last = name_tokens[-1].low
        if determined and not title_tokens and len(name_tokens) > 1 and last in lexicon("document_nouns") and (
                last not in lexicon("media_heads")) and not is_org_name(words):
            # a document by its title, which speaks for its maker: "The Regulatory Impact Analysis Statement says"
            return _phrase(tokens, "nominal", title=_span_text(text, body), head=last)
        if is_org_name(words) or (determined and not title_tokens):
            # "The Des Moines Register": a capitalized name after "the" is not a person; a title word opening a
            # body's name is part of it ("The Justice Department").
            named = body if title_tokens and all(t.text[0].isupper() for t in title_tokens) else name_tokens
            if len(named) > 1 and named[0].low.endswith(PLACED):
                named = named[1:]  # "Toronto-based | Evergreen Living Communities"
            return _phrase(tokens, "organization", name=_span_text(text, named))
        if len(name_tokens) > 1 and not title_tokens and is_place_form([t.low for t in name_tokens]):
            return None  # a place names nobody: "of north | St. Louis |", "Sault Ste. Marie"
        title = _span_text(text, title_tokens) if title_tokens else None
        return _phrase(tokens, "name", name=_span_text(text, name_tokens), title=title, gender=gender)
    if name_tokens and all(is_cap(t) for t in name_tokens) and is_org_name([t.text for t in name_tokens]):
        return _phrase(tokens, "organization", name=_span_text(text, name_tokens))
    if _joined_body(name_tokens):  # "Fisheries and Oceans Canada", "Department of Seniors and Long-Term Care"
        return _phrase(tokens, "organization", name=_span_text(text, name_tokens))
    head = _office_head(body)
    if determined and head is body[-1] and head.low in lexicon("organizations"):
        return _phrase(tokens, "organization", name=_span_text(text, body))  # "the Pentagon"
    # "B.C.’s Minister of Mental Health and Addictions": an office with its portfolio is a role too.
    if is_head(head.low) and (determined or is_possessor(body[0]) or all(
            _role_word(t) or t.low in office_links() for t in body)):  # "Washington's insurance commissioner"
        return _phrase(tokens, "nominal", title=_span_text(text, body), head=head.low, gender=gender)
    return None


def _joined_body(tokens: list[Token]) -> bool:
    """Tell whether capitalized words joined by "and" (or a list's commas) are one body's name."""
    small = lexicon("office_prepositions") | lexicon("articles")
    joints = [k for k, t in enumerate(tokens) if t.low in lexicon("joining_words") or t.text == ","]
    return bool(joints) and is_cap(tokens[0]) and all(
        is_cap(t) or t.low in small or t.text in "-–" or k in joints for k, t in enumerate(tokens)) and all(
        joins_body_name(tokens, 0, k) for k in joints)


def joins_body_name(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether ``tokens[j]``, an "and" or a list's comma, joins the words of one body's name that began at
    ``i`` rather than two names: a minister's portfolio ("Energy | and | Minerals Minister"), a country's
    department ("Fisheries | and | Oceans Canada", "Immigration|,| Refugees and Citizenship Canada"), or the "of"
    part of a body's name ("Department of Seniors | and | Long-Term Care", "Mining Association of Newfoundland |
    and | Labrador"); not "Ann Lee and Bo Li", not "Smith and Minister Jones", not "the Council of Shippers and the
    Agri-Business Coalition"."""
    if j <= i or not (tokens[j].low in lexicon("joining_words") or tokens[j].text == ","):
        return False
    m = j + 1
    while m < len(tokens) and (is_cap(tokens[m]) or (
            (tokens[m].low in lexicon("joining_words") or tokens[m].text == ",") and m + 1 < len(tokens) and (
                is_cap(tokens[m + 1])))):
        m += 1
    rest = [t for t in tokens[j + 1:m] if is_cap(t)]
    if not rest or (tokens[j].text == "," and not any(t.low in lexicon("joining_words") for t in tokens[j + 1:m])):
        return False  # a list's comma comes before its "and": not "In Ottawa, Global Affairs Canada said"
    before = [t for t in tokens[i:j] if is_cap(t)]
    heads = organization_heads()
    office = next((k for k, t in enumerate(rest) if is_title(t.low)), -1)
    if office > 0 and rest[office - 1].low in heads and not any(is_title(t.low) for t in before) and before and (
            before[-1].low in lexicon("service_words") or not any(t.low in first_names() for t in before)):
        return True  # a body's office, whatever the place it opens with: "Brandon Fire and Emergency Services Chief"
    if any(t.low in first_names() for t in before):
        return False  # a person: "Bob Rae and Global Affairs Canada"
    if office > 0 and not any(is_title(t.low) for t in before):
        return True  # a ministry's portfolio before its title: "Energy | and | Minerals Minister Scott Lafrenière"
    if any(t.low in first_names() for t in rest):
        return False
    country = rest[-1].low in country_words() or rest[-1].low in lexicon("country_names")
    if (country or rest[-1].low in heads) and not any(t.low in heads for t in before):
        return True  # "Employment and Social Development Canada", "Immigration and Customs Enforcement"
    of = next((k for k in range(i + 1, j) if tokens[k].low == "of" and tokens[k - 1].low in heads), -1)
    # "Department of Seniors and Long-Term Care"; a portfolio listed with commas joins a head too: "Ministry of
    # Seniors, Community and Social Services" (not "the Council of Shippers and Agri-Business Coalition")
    listed = of >= 0 and any(tokens[k].text == "," for k in range(of + 1, j + 1))
    return of >= 0 and (listed or not any(t.low in heads for t in rest))


def role_held_for_another(lows: list[str]) -> bool:
    """Tell whether a role's words hold it for somebody else: "a | spokesperson for | Health Minister"."""
    agents, links = lexicon("agents"), lexicon("agent_links")
    return any(lows[k] in agents and lows[k + 1] in links for k in range(len(lows) - 1))


def held_name_end(tokens: list[Token], i: int, end: int) -> int:
    """Where the name of the one the role ``tokens[i:end]`` is held for ends: "a spokesperson for Health Minister |
    Carla Reyes|"; ``end`` when the role is no such role or no name follows."""
    if not is_title(tokens[end - 1].low) or not role_held_for_another([t.low for t in tokens[i:end]]):
        return end
    return name_run_end(tokens, end)


def name_run_end(tokens: list[Token], start: int) -> int:
    """Where the name that may start at ``tokens[start]`` right after a role ends: "spokesman | Yahya Saree|" (at most
    four words; ``start`` when no name starts there)."""
    k = start
    while k < len(tokens) and k - start < MAX_NAME_WORDS and (
            is_name_word(tokens[k]) or (k > start and tokens[k].low in particles())):
        k += 1
    return k


def _initials(text: str, token: Token, determined: bool) -> bool:
    """Tell whether a word in capitals is a body's initials ("the CBSA", "ICE said", "USDA said" opening a line),
    not a dateline's word ("KYIV, Ukraine —" opening a line, "NEW YORK (AP) —")."""
    if not is_acronym(token.text) or RE_CAPITALS_BEFORE.search(text, max(0, token.start - MAX_DATELINE_WORD),
                                                               token.start):
        return False
    return determined or text[max(0, token.start - 1):token.start] not in ("", "\n") or (
        text.startswith(" ", token.end) and text[token.end + 1:token.end + 2].islower())  # a verb, not a place


def _office_head(body: list[Token]) -> Token:
    """The head of a role: its last word, or the office before "of", "for" or "to" ("the spokesman for
    the Iranian Foreign Ministry", "a member of the committee")."""
    for i in range(1, len(body)):
        if body[i].low in lexicon("office_prepositions"):
            office = body[i - 1].low
            if is_head(office) and office not in organization_noun_words():
                return body[i - 1]
            break
    return body[-1]


def _person_start(tokens: list[Token]) -> int:
    """Where a person's name starts after the institution of an office, or 0.

    "of Iran's Supreme National Security Council | Ali Akbar Ahmadian" (after the institution's head
    word or known name), "of the Atomic Energy Organization of Iran | Mohammad Eslami" (at a known first name),
    "of Foreign Affairs | Abbas Araghchi" (the last two words). Without "of" only the first applies:
    "Iranian Foreign Ministry | Nasser Kanaani".
    """
    heads, known = organization_heads(), lexicon("organizations")
    if len(tokens) < 3 or not any(t.low in heads or t.low in known or t.low in office_links() - {"("} for t in tokens):
        return 0  # nothing that could be an institution: most names
    k = len(tokens)
    while k > 0 and (is_cap(tokens[k - 1]) or tokens[k - 1].low in particles()):
        k -= 1  # the capitalized words at the end: institution ("NATO", "Central Bank") and name
    tail = tokens[k:]
    if k > 0 and tokens[k - 1].text == ")" and len(tail) >= 2:
        return k  # "of Police (South) | Anand Varghese": the bracket closes the office
    if len(tail) < 3 or (k > 0 and tokens[k - 1].low not in office_links() - {"("}):
        return 0  # a plain name, or words that are no office of an institution
    names = [t.text for t in tail]
    if k > 0 and is_org_name(names) and not (tail[0].low in known and tail[-1].low not in heads and (
            tail[-1].low not in country_words())) and not any(
            t.low in first_names() for t in tail):  # (a known body opening the run is no institution's end: "of NATO
        # Jorunn Vestby")
        # the office ends with its institution: "spokesman for the Iranian Foreign Ministry", "president of the Rail
        # Freight Carriers Association" (never a name after a head inside it; but "of NATO Mark Rutte" holds one)
        return 0
    last_head = max((i for i, t in enumerate(tail[:-2]) if t.low in heads
                     or " ".join(w.low for w in tail[:i + 1]) in known), default=-1)
    if last_head >= 0:
        return k + last_head + 1
    if k == 0:
        return 0
    first = next((i for i, t in enumerate(tail[:-1]) if t.low in first_names()), None)
    return k + (first if first is not None else len(tail) - 2)


def _role_word(token: Token) -> bool:
    """A word that can stand in a role phrase without a determiner ("Taliban spokesman")."""
    low = token.low
    return is_cap(token) or is_head(low) or low in lexicon("title_modifiers") or low in particles()


def _anonymous(text: str, tokens: list[Token]) -> NounPhrase | None:
    if len(tokens) > 1 and tokens[-1].low in lexicon("document_nouns") and not any(
            t.low in lexicon("function_words") or not t.is_word for t in tokens[1:-1]):
        # "A city staff report says": a document, not the staff
        return _phrase(tokens, "nominal", title=_span_text(text, tokens), head=tokens[-1].low)
    heads = [i for i, t in enumerate(tokens)
             if t.low in lexicon("anonymous_heads") or is_title(t.low) or is_plural_title(t.low)]
    if not heads:
        if len(tokens) == 1 and tokens[0].low in mapping("elided_heads"):
            # "Another posted:": a role whose head the copy gave before ("One fan wrote: ..."); the cast finds it.
            return _phrase(tokens, "anonymous", title=_span_text(text, tokens))
        if tokens[-1].low in lexicon("document_nouns"):  # "as a memo put it": a document, not a person
            return _phrase(tokens, "nominal", title=_span_text(text, tokens), head=tokens[-1].low)
        k = next((k for k, t in enumerate(tokens) if k and t.low in organization_noun_words()), 0)
        if k and tokens[0].low in lexicon("indefinites") and (k + 1 == len(tokens) or tokens[k + 1].low == "of"):
            # "An ad hoc committee of holders of the bonds said": a body nobody names, described as a source is
            # (not "a group that lobbied for the bill", which describes the body named before it)
            return _phrase(tokens, "anonymous", title=_span_text(text, tokens), head=tokens[k].low)
        return None
    head = tokens[heads[0]]
    after = heads[0] + 1
    if after + 1 < len(tokens) and tokens[after].text in ("'", "’") and tokens[after + 1].low in (
            organization_noun_words()):
        head = tokens[after + 1]  # "a residents' | group": the body the plural possessive owns, not the residents
    gender = gender_of(_own_words(tokens))
    return _phrase(tokens, "anonymous", title=_span_text(text, tokens), head=head.low, gender=gender)


def epithet_end(tokens: list[Token], i: int) -> int:
    """Return the end of an epithet no role lexicon holds, starting at ``i`` after a determiner: a
    nationality noun for one person ("the | Swede said", not "the | American Red Cross") or a ranking
    ("the | world No 1 said", "the | No. 3 said"); -1 when none starts there."""
    if i >= len(tokens):
        return -1
    if is_person_nationality(tokens[i].low) and not (i + 1 < len(tokens) and is_cap(tokens[i + 1])):
        return i + 1
    j = i + 1 if tokens[i].text.islower() else i  # one word may scope the ranking: "world"
    if j + 1 < len(tokens) and tokens[j].low in lexicon("rank_markers") and tokens[j + 1].text.isdigit():
        return j + 2
    return -1
