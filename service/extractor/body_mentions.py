"""Bodies the mention scan meets as subjects: one named by its head and a place ("the Bank of Canada"), by its
owner's possessive ("Moravia’s interior ministry said"), by its acronym ("ICE said"), or in apposition to its role
("The union, Grain and Port Workers Local 333, rejected")."""

from __future__ import annotations

import regex

from .body_names import body_name
from .budget import NOT_CONCURRENT
from .initials import is_acronym
from .language import lexicon
from .phrase_finder import phrase_after
from .phrases import NounPhrase
from .scan_words import scan_patterns
from .tokens import Tokens
from .words import (
    ONE_OF,
    POSSESSIVE,
    description_links,
    first_names,
    organization_heads,
    organization_noun_words,
    regions,
    strip_article,
)

RE_NAME_WORD = regex.compile(r"[\p{L}\p{M}’'\-.]++")
# The lowercase word right after a subject, its verb when it has one: "Obama |laughed", "ICE |said".
RE_WORD_AFTER = regex.compile(r"\s(\p{Ll}{3,}+)\b")
# The word after a name, past a state's abbreviation (", Minn.,") and any ", apposition," (a number's own comma or
# point inside it: "who earns $45,000 a year,") or the comma that closes the name's own apposition ("Iran’s
# ambassador to the UN, Amir Saeid Iravani, wrote").
RE_NEXT_WORD = regex.compile(
    r"(?:\s{0,8}+,\h\p{Lu}(?:\p{L}{0,4}+\.)++(?=,))?+(?:\s{0,8}+,(?:[^,.;:“”\"]|(?<=\d)[,.](?=\d)){1,80}+,|\s{0,8}+,)?+"
    r"\s{1,8}+(\p{Ll}++)")
# Words between a possessor and the body it owns: "Moravia’s | interior ministry".
MAX_BODY_WORDS = 3
# How a group's member is named: "One of them", "One of the diplomats".
# The links :func:`body_of` reads after a body's head: "Bank| of |Canada", "Committee| on |Aging".
BODY_LINKS = (" of ", " on ")
SUBJECT_LINK = " on "
# What joins a ministry's two fields after its "of": "Ministry of Children| and |Family Services".
FIELD_JOIN = " and "
# How long a body's acronym is: "UN", "ICE", "CBSA", "NASA".


def _states_office(text: str, start: int, head_start: int) -> bool:
    """Tell whether the words before an office's title name a state or province, the office a body of its own: "The
    | Tennessee | Comptroller of the Treasury", "the | Nebraska | Auditor of Public Accounts"."""
    words = text[start:head_start].split()
    if words[:1] and words[0].lower() in lexicon("articles"):
        words = words[1:]
    return bool(words) and " ".join(words).lower() in regions()


def states_office(text: str, phrase: NounPhrase) -> NounPhrase | None:
    """A state's auditing office named by its title alone, no person's name after it, as a body: "The Louisiana
    Legislative Auditor's report", "the Missouri State Auditor found" (a state's name, then capitalized words, then the
    office)."""
    if phrase.kind != "nominal" or phrase.head not in lexicon("state_offices"):
        return None
    words = strip_article(text[phrase.start:phrase.end]).split()
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return None
    state = any(" ".join(words[:k]).lower() in regions() for k in range(len(words) - 1, 0, -1))
    return NounPhrase(phrase.start, phrase.end, "organization", name=" ".join(words)) if state else None


def body_of(text: str, start: int, end: int) -> NounPhrase | None:
    """A body named by its head, "of" and a place or field (the run ``start:end`` ends on its head): "the Bank of
    Canada", "the Department of Fisheries", "University of British Columbia", or "on" and its subject ("the Senate
    Special Committee on Aging"); not when a person's name runs on after the place ("the Atomic Energy Organization
    of Iran Mohammad Eslami": the person's title)."""
    head_start = max(start, text.rfind(" ", start, end) + 1)
    head = text[head_start:end].lower()
    on_subject = text.startswith(SUBJECT_LINK, end)
    if head not in (lexicon("subject_bodies") if on_subject else organization_heads()) and not (
            not on_subject and head in lexicon("state_offices") and _states_office(text, start, head_start)):
        return None
    after = end + 4 + (4 if text.startswith("the ", end + 4) else 0)
    run = scan_patterns()["name_run"].match(text, after)
    if run is None or (on_subject and text[run.start():run.end()].split()[0].lower() in (
            lexicon("weekdays") | lexicon("not_names"))):
        return None  # "the Senate Finance Committee on Tuesday"
    words = [word.group().lower() for word in RE_NAME_WORD.finditer(text, after, run.end(), False, NOT_CONCURRENT)]
    if len(words) > 1 and any(word in first_names() for word in words):
        return None  # a person's name runs on after the place: the title's, read with the name (but a place
        # alone may be a given name too: "the City of Brandon", "the Town of Florence")
    place_end = run.end()
    if text.startswith(FIELD_JOIN, place_end):
        field = scan_patterns()["name_run"].match(text, place_end + len(FIELD_JOIN))
        opening = text[field.start():field.end()].split()[0].lower() if field is not None else ""
        if field is not None and text[text.rfind(" ", field.start(), field.end()) + 1:field.end()].lower() in lexicon(
                "field_words") and opening not in lexicon("provinces") and opening not in text[start:place_end].lower():
            place_end = field.end()  # "Ministry of Children and Family Services": the field's second half
    if not on_subject and text.startswith(SUBJECT_LINK, place_end):
        longer = body_of(text, start, place_end)  # "the House of Commons Standing Committee| on Finance"
        if longer is not None:
            return longer
    opener = text[start:text.find(" ", start, end)] if " " in text[start:end] else ""
    # "The Bank of", "Alberta’s Ministry of": neither the article nor the province is the body's name (but "EPA’s
    # Office of Inspector General" is that agency's own)
    name_start = start + len(opener) + 1 if opener.lower() in lexicon("articles") or (
        opener.endswith(POSSESSIVE) and opener[:-2].lower() in lexicon("provinces")) else start
    phrase_start = start - 4 if name_start == start and text[start - 4:start].lower() == "the " else start
    name = text[name_start:place_end]
    if text.endswith(POSSESSIVE, name_start, place_end):
        name, place_end = name[:-2], place_end - 2  # "the Bank of Canada’s next decision"
    return NounPhrase(phrase_start, place_end, "organization", name=name)


def possessed_body(text: str, tokens: Tokens, start: int, end: int) -> NounPhrase | None:
    """A body named by its country's or its owner's possessive (the word ``start:end``), as a subject: "Moravia’s
    interior ministry said in a statement ... It said" (what "It" and "the ministry" then mean)."""
    if not text.startswith(POSSESSIVE, end):
        return None
    nouns = lexicon("organization_nouns")
    if not any(word in nouns for word in text[end + 3:end + 60].lower().split()[:MAX_BODY_WORDS]):
        return None  # "Lachance’s allies": no body named, no parse
    parsed = phrase_after(text, tokens.between(start, min(len(text), end + 60)), 0)
    if parsed is None or parsed[0].end <= end + 2 or not (parsed[0].kind == "organization" or (
            parsed[0].kind == "nominal" and parsed[0].head in nouns)):
        return None
    return parsed[0] if verb_follows(text, parsed[0].end) else None


def acronym_subject(text: str, start: int, end: int) -> NounPhrase | None:
    """A body named by its acronym as the subject of a reporting verb: "ICE said in a statement", "DOJ alleges"
    (a dateline's capitals are followed by no such verb)."""
    word = text[start:end]
    if not is_acronym(word):
        return None
    verb = RE_WORD_AFTER.match(text, end)
    if verb is None or verb.group(1) not in lexicon("reporting_verbs"):
        return None
    return NounPhrase(start, end, "organization", name=word)


def named_body(text: str, tokens: Tokens, role: NounPhrase) -> NounPhrase | None:
    """The body a role subject names in apposition: "The union, | Grain and Port Workers Local 333 |,"."""
    if role.kind != "nominal" or (role.head or "") not in organization_noun_words() or not text.startswith(
            ", ", role.end):
        return None
    close = text.find(",", role.end + 2, role.end + 80)
    if close < 0:
        return None
    words = tokens.between(role.end + 2, close)
    body = body_name(text, words, 0, len(words))
    return body._replace(title=role.title) if body is not None and verb_follows(text, close + 1) else None


def verb_follows(text: str, end: int) -> bool:
    """Tell whether a subject's verb follows ``end``, past any apposition, or its seat first ("The foreign
    ministry in Lorvik said"); not when the role ends some other clause ("The curfew bans ...")."""
    verb = RE_NEXT_WORD.match(text, end, None, NOT_CONCURRENT)
    return verb is not None and (verb.group(1) not in lexicon("function_words") or (
        verb.group(1) in lexicon("seat_prepositions") and text[verb.end() + 1:verb.end() + 2].isupper()))


def unnamed_by_request(text: str, start: int) -> NounPhrase | None:
    """An unnamed person the copy keeps unnamed at their request, whatever their role, at ``start``: "One CCA, who
    asked not to be named because she feared losing her job,", "said one Singapore-based trader, who asked not to be
    named" ("One of them" is a group's member, read as such)."""
    match = scan_patterns()["unnamed_by_request"].match(text, start)
    if match is None or match.group(1).lower().startswith(ONE_OF):
        return None
    title = match.group(1)
    words = title.lower().split()
    links = description_links()
    end = next((k for k in range(2, len(words)) if words[k] in links), len(words))
    return NounPhrase(start, match.end(1), "anonymous", title=title, head=words[end - 1])  # "official| at Immigration"

