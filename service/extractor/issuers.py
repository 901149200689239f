"""Who issued a document that speaks: "the statement said", "the report said", "the post said" are the words of
the body or person the text gave the document to (:mod:`cast` asks here)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import regex

from .budget import NOT_CONCURRENT
from .cast_words import RE_HYPHENED_WORD, RE_WORD, issued_by, read_by
from .document_owners import MAX_DETERMINER_CHARS, modifier_issuer, owner_issuer, possessor
from .entities import Entity, Event
from .issuer_names import MAX_ISSUER_NAME_CHARS, body_and_next, named_issuer
from .language import compiled, lexicon, mapping
from .mentions import RE_WORD_BEFORE
from .phrase_before import phrase_before
from .phrase_finder import phrase_after
from .phrases import NounPhrase
from .segments import Sentences
from .tokens import tokenize
from .words import is_plural_document

# Who may issue a document: a person, a body, an unnamed source; failing them, a role the text gave no name ("In a
# statement, the correctional service said", "The companies said in a joint statement").
ISSUING_TYPES = ("person", "organization", "anonymous")
ROLE_TYPE = "unknown"
# How far before its document a relative clause that made it starts (:func:`_relative_clause`).
MAX_RELATIVE_CHARS = 60
# "the statement said" looks this far back for the statement's issuer: a few sentences.
MAX_ISSUER_CHARS = 1200
# How many of a document's mentions "the report says" follows back, each within MAX_ISSUER_CHARS of the next.
MAX_CHAIN_MENTIONS = 4
# A verb a document's noun makes, by its ending: "post" in "posted on Facebook that", "release" in "released".
DOCUMENT_VERB_ENDINGS = ("ed", "d")
# The rest of an opening phrase after its document, up to its comma: "In a statement| posted to Facebook,|".
RE_OPENING_END = regex.compile(r"[^,.;:!?\n“”\"]{0,60}+,\h*+")
# Asides an opening phrase may hold before its subject: "In a memo to staff,| obtained by CNN,| the warden".
MAX_OPENING_ASIDES = 2
# How many words stand between a document's determiner and its noun: "a | 2024 city staff | report".
MAX_DOCUMENT_MODIFIERS = 5
# A body: who issues the document another came out with ("the rules" an agency made), and who a document a sentence
# cites is about rather than by ("Rush County paid ..., according to a state audit").
BODY = "organization"
# A document cited at the end of its clause, whose subject is what it tells of: "The company could document 1,140
# of the beavers|, the |audit| found.|" (or "found, and the county had no records").
RE_TRAILING_BEFORE = regex.compile(r"(?r),\h++(?:the|a|an|its)\h++(?:[\p{Ll}\-]++\h++){0,2}\Z")
RE_TRAILING_VERB = regex.compile(r"(?<!\h)\h++\p{Ll}++(?:[.;]|,\h++(?:and|but)\b)")  # "| found.", "| found, and"
# How far before a document "according to" and the document's modifiers stand: "according to | a state audit".
MAX_CITED_CHARS = 60
# How far back a verb of saying stands before "in" and its document: "says in a report".
MAX_SAID_IN_CHARS = 40
# How far after an opening phrase a role, its relative clause and the name apposed to it may run.
MAX_RELATIVE_ISSUER_CHARS = 200


def document_issuer(text: str, sentences: Sentences, noun: str, position: int, before: list[Event],
                    inside_quote: Callable[[int], bool]) -> Entity | NounPhrase | None:
    """Who issued the document ``noun`` ("statement") at ``position`` refers to, from the last sentence before
    that names such a document (or makes it: "The council posted on Facebook that ...").

    Args:
        text: the document's text.
        sentences: its sentence boundaries.
        noun: the document's head noun, lowercase.
        position: where the document speaks.
        before: the cast's mentions before ``position``, newest first.
        inside_quote: tells whether an offset falls inside a quotation.

    Returns:
        The member who issued it ("The ministry issued a statement.", "a statement from the ministry", "In a news
        release, Kestrel Bay RCMP said", "... was posted online by the Department"), or the phrase naming an
        issuer the scan did not meet ("a report by the city’s Community Services Department"), or ``None``; a role
        only when no person, body or source issued any of the document's mentions.
    """
    mentions = []  # read back only as far as the members' pass needs, then read again by the roles' pass
    for found in _document_mentions(text, noun, position, inside_quote):
        mentions.append(found)
        issuer = _issuer_at(text, sentences, found, position, before, _issues, inside_quote)
        if issuer is not None:
            return issuer
    return next((issuer for issuer in (_issuer_at(text, sentences, found, position, before, _role_issues,
                                                  inside_quote) for found in mentions) if issuer is not None), None)


def _document_mentions(text: str, noun: str, position: int,
                       inside_quote: Callable[[int], bool]) -> Iterator[regex.Match[str]]:
    """The document's mentions before ``position``, newest first, each within MAX_ISSUER_CHARS of the next: "The
    report quotes ...", "The report by ..." (:func:`document_issuer`)."""
    # "The Justice Department sued" made "the lawsuit"; "The audit ... was tabled" is "the report"
    made = set(mapping("document_verbs").get(noun, "").split()) | set(mapping("document_names").get(noun, "").split())
    reach = position
    for _ in range(MAX_CHAIN_MENTIONS):
        found = None
        for match in RE_HYPHENED_WORD.finditer(text, max(0, reach - MAX_ISSUER_CHARS), reach, False, NOT_CONCURRENT):
            word = match.group()
            if word[0].isupper():
                continue  # a word of a name, not the document: "the Legislative | Audit | Committee"
            word = word.lower()
            if (word == noun or word in made or (
                    word.startswith(noun) and word[len(noun):] in DOCUMENT_VERB_ENDINGS)) and not inside_quote(
                    match.start()):
                found = match
        if found is None:
            return
        yield found
        reach = found.start()


def _issues(entity: Entity) -> bool:
    """Tell whether a member may issue a document: a person, a body or an unnamed source."""
    return entity.type in ISSUING_TYPES


def _role_issues(entity: Entity) -> bool:
    """Tell whether a member may issue a document when no person, body or source does: a role too, but no document
    ("The audit found" is no issuer of "the report")."""
    return entity.type in ISSUING_TYPES or (entity.type == ROLE_TYPE and entity.title_words.isdisjoint(lexicon(
        "document_nouns")))


def _issuer_at(text: str, sentences: Sentences, found: regex.Match[str], position: int, before: list[Event],
               issues: Callable[[Entity], bool], inside_quote: Callable[[int], bool]) -> Entity | NounPhrase | None:
    """Who issued the document named at ``found``, from its own sentence (:func:`document_issuer`), among the
    members that ``issues`` lets issue one."""
    sentence_start = sentences.start_before(found.start())
    named = named_issuer(text, found.end()) or contact_issuer(text, found.end()) or _own_modifiers(
        text, sentence_start, found.start()) or possessor(text, found.start(), before) or _opening_subject(
        text, sentence_start, found.start(), found.end()) or _role_issuing(text, sentence_start, found.start())
    if named is not None:
        return named
    companion = companion_issuer(text, sentences, found.start(), found.end(), before, inside_quote)
    if companion is not None:
        return companion
    maker = _relative_maker(text, sentence_start, found.start(), before)
    if maker is not None:
        return maker
    said_in = _said_in().search(text, max(sentence_start, found.start() - MAX_SAID_IN_CHARS), found.start())
    if said_in is not None and said_in.group(1).lower() in lexicon("reporting_verbs"):
        # who says it in the report: the verb's subject, or the name right before it ("..., Auditor-General Nadine
        # Arsenault-Rocha says in a report tabled Thursday"), never a body inside an aside ("X, who leads the
        # Justice Department's Civil Rights Division, said in a statement")
        in_sentence = itertools.takewhile(lambda event: event.position >= sentence_start, before)  # newest first
        speakers = [event for event in in_sentence if event.position < said_in.start() and (
            issues(event.entity))]
        return next((event.entity for event in speakers if event.subject), None) or next((
            event.entity for event in speakers if any(
                start == event.position and said_in.start() - end <= 1 for start, end in event.entity.mentions)),
            None) or _subject_named(text, sentence_start, said_in.start())
    if RE_TRAILING_BEFORE.search(text, max(sentence_start, found.start() - MAX_CITED_CHARS), found.start()) and (
            RE_TRAILING_VERB.match(text, found.end())):
        return None  # "The company could document 1,140 of the beavers, | the audit found.": the audit tells of them
    sentence_end = sentences.end_after(found.end(), position)
    subject = later = agent = None
    # a document the sentence cites is not its subject's when a body is what it tells of: "Rush County paid ...,
    # according to | a state audit" (but "An acoustical consultant ... measured ..., according to a report" wrote it)
    cited = _according_to_before().search(text, max(sentence_start, found.start() - MAX_CITED_CHARS), found.start())
    for event in before:
        if event.position >= sentence_end:
            continue
        if event.position < sentence_start:
            break
        if not issues(event.entity) or read_by(text, event.position):
            continue  # "In a written statement, the plan's board of trustees said": a group issues one too (but
            # not who read it: "An internal review ... obtained by CBC News found")
        if event.position >= found.end() and issued_by().fullmatch(text, found.end(), event.position):
            return event.entity  # "a statement released by the Iranian Foreign Ministry"
        if event.position < found.start() and event.subject and subject is None and not (
                cited is not None and _body_or_place(event.entity)) and (
                event.entity.type != ROLE_TYPE or _issuing_between(text, event.position, found.start())):
            # the nearest subject before the noun: "The ministry issued a statement" (a role only when it issued
            # it: "The principal sent a letter", never "The mayor obtained a copy of the memo")
            subject = event.entity
        elif event.position >= found.end() and event.subject:
            later = event.entity  # the first subject after it: "In a news release, Kestrel Bay RCMP said"
        elif event.position >= found.end() and _agent_before().search(text, found.end(), event.position):
            agent = event.entity  # "The inspection report ... was posted online Tuesday by the Department of ..."
    return subject or later or agent


def _subject_named(text: str, sentence_start: int, verb: int) -> NounPhrase | None:
    """The name that opens the sentence right before its verb at ``verb`` when the scan met no mention there: a
    body's short form ("| Saltspray | said in a statement", after "Saltspray Air")."""
    tokens = tokenize(text, sentence_start, verb)
    parsed = phrase_before(text, tokens, len(tokens)) if tokens else None
    return parsed if parsed is not None and parsed.start == tokens[0].start and not text[parsed.end:verb].strip() and (
        parsed.kind in ("name", "organization")) else None  # the whole subject, right before its verb


def _relative_maker(text: str, sentence_start: int, noun: int, before: list[Event]) -> Entity | NounPhrase | None:
    """Who a relative clause right before the document noun at ``noun`` says made it: "one of 46 members of the
    Argyle Street Residents’ Association, which filed a | complaint" is the association's, not the sentence
    subject's (a member, or the body named before the comma that the scan did not meet)."""
    clause = _relative_clause().search(text, max(sentence_start, noun - MAX_RELATIVE_CHARS), noun)
    if clause is None or clause.group(1) not in lexicon("issuing_verbs"):
        return None
    comma = clause.start()
    for event in before:
        if event.position < sentence_start:
            break
        if any(start == event.position and end == comma for start, end in event.entity.mentions):
            return event.entity
    return modifier_issuer(text, comma)


def _relative_clause() -> regex.Pattern[str]:
    """A relative clause that made the document, after the body that made it: "the Residents’ Association|, which
    filed a |complaint with Transport Canada" (its verb the group)."""
    return compiled("relative_maker", lambda: regex.compile(
        r",\h*+(?:\L<relatives>)\h++(\p{Ll}++)\h++(?:\p{Ll}++\h++){0,3}$", relatives=sorted(lexicon("relatives"))))


def _own_modifiers(text: str, sentence_start: int, noun: int) -> NounPhrase | None:
    """The issuer the modifiers of the document noun at ``noun`` give, read from its determiner (:func:`owner_issuer`),
    or the body named right before it when no determiner stands close."""
    opening = _determiner_start(text, sentence_start, noun)
    return owner_issuer(text, opening, noun) if opening is not None else modifier_issuer(text, noun)


def _role_issuing(text: str, sentence_start: int, noun: int) -> NounPhrase | None:
    """A role that opens the sentence and issues the document: "| The city’s planning department | released a
    report", "The Department of Transportation’s inspector general filed an audit" (the role, not its possessor)."""
    opening = _determiner_start(text, sentence_start, noun)
    verb = RE_WORD_BEFORE.search(text, max(sentence_start, opening - MAX_DETERMINER_CHARS), opening) if (
        opening is not None) else None
    if verb is None or verb.group(1).lower() not in lexicon("issuing_verbs") or (
            verb.start(1) - sentence_start > MAX_ISSUER_NAME_CHARS):
        return None  # told from the one word before the determiner; the role opens a sentence it fills up to there
    tokens = tokenize(text, sentence_start, verb.end(1))
    if len(tokens) < 2:
        return None
    phrase = phrase_before(text, tokens, len(tokens) - 1)
    if phrase is None or phrase.kind != "nominal":
        return None
    # what stands before it is the rest of its possessor's name: "The U.S. Department of | Transportation’s ..."
    return phrase if all(t.start >= phrase.start or t.text[:1].isupper() or t.low in lexicon("office_prepositions") or (
        t.low in lexicon("articles")) for t in tokens) else None


def _determiner_start(text: str, sentence_start: int, noun: int) -> int | None:
    """Where the phrase of the document noun at ``noun`` opens with its determiner: "According to | a city staff
    report", so that its modifiers can name its issuer; ``None`` when no determiner stands close before."""
    tokens = tokenize(text, max(sentence_start, noun - MAX_ISSUER_NAME_CHARS), noun)
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 1 - MAX_DOCUMENT_MODIFIERS), -1):
        if not tokens[k].is_word:
            return None
        if tokens[k].low in lexicon("articles") or tokens[k].low in lexicon("determiners"):
            return tokens[k].start
    return None


def _said_in() -> regex.Pattern[str]:
    """A verb of saying and "in" with the document's determiner right before its noun: "says | in a | report"."""
    return compiled("said_in_document", lambda: regex.compile(
        r"(?<![\p{L}\-])(\p{Ll}++)\h++in\h++(?:\L<determiners>)\h++(?:[\p{L}\-]++\h++){0,2}?\Z",
        determiners=sorted(lexicon("determiners") | lexicon("articles"))))


def contact_issuer(text: str, end: int) -> NounPhrase | None:
    """The issuer a contact clause right after a document's noun gives: "a letter| the company sent residents|",
    "the memo| Adrienne Kowal circulated|", "a text message| the director of care, Lorraine White, sent|"."""
    clause = _contact_clause().match(text, end)
    if clause is None:
        tokens = tokenize(text, end, min(len(text), end + MAX_ISSUER_CHARS // 10))
        parsed = phrase_after(text, tokens, 0)  # over an apposition, which the clause pattern does not cross
        verb = parsed[1] if parsed is not None else len(tokens)
        return parsed[0] if parsed is not None and parsed[0].kind == "name" and verb < len(tokens) and (
            tokens[verb].low in lexicon("issuing_verbs")) else None
    tokens = tokenize(text, clause.start(1), clause.end(1))
    parsed = phrase_after(text, tokens, 0)
    return parsed[0] if parsed is not None and parsed[0].kind != "pronoun" else None


def _contact_clause() -> regex.Pattern[str]:
    """A document's contact clause up to its verb, its subject in group 1: "| the company | sent", "that | Health
    Canada | published"."""
    return compiled("contact_clause", lambda: regex.compile(
        r"\h++(?:that\h++)?+((?:\L<determiners>)\h++(?:[\p{L}\-’']++\h++){0,4}?[\p{L}\-]++|\p{Lu}[\p{L}\-’'.]*+"
        r"(?:\h++(?:(?:and|of|the|for)\h++)?+\p{Lu}[\p{L}\-’'.]*+){0,5}+)\h++(?:\L<verbs>)\b",
        determiners=sorted(lexicon("determiners") | lexicon("articles")), verbs=sorted(lexicon("issuing_verbs"))))


def _opening_subject(text: str, sentence_start: int, start: int, end: int) -> NounPhrase | None:
    """The subject after the opening phrase that names the document at ``start:end``: "In an emailed statement, |
    a spokesperson for the province | said", "In a statement posted to Facebook, | he | apologized"."""
    if _opening_document().fullmatch(text, sentence_start, start) is None:
        return None
    comma = RE_OPENING_END.match(text, end)  # "In a statement| posted to Facebook on Monday night,|"
    for _ in range(MAX_OPENING_ASIDES):  # past an aside too: "In a memo to staff in February,| obtained by CNN,|"
        if comma is None:
            return None
        tokens = tokenize(text, comma.end(), min(len(text), comma.end() + MAX_ISSUER_NAME_CHARS))
        parsed = phrase_after(text, tokens, 0)
        if parsed is not None:
            j = parsed[1]
            gender = mapping("subject_pronouns").get(tokens[j + 1].low) if j + 1 < len(tokens) and (
                tokens[j].text == ",") else None
            if gender:  # a name closing the opening phrase: "read ... by his lawyer, | Greg Paquin, | he said"
                return NounPhrase(tokens[j + 1].start, tokens[j + 1].end, "pronoun", gender=gender)
            if parsed[0].kind == "nominal" and j < len(tokens) and tokens[j].low in lexicon("relatives"):
                named = _named_past_relative(text, comma.end(), parsed[0])
                if named is not None:
                    return named  # "the company that processes claims for the VA, | Northstar Federal ... |, said"
            return parsed[0]
        comma = RE_OPENING_END.match(text, comma.end())
    return None


def _named_past_relative(text: str, start: int, role: NounPhrase) -> NounPhrase | None:
    """The name apposed to a role past the role's relative clause, before the verb of saying: "the company that
    processes claims for the VA in the western region, | Northstar Federal Health Services |, said"."""
    tokens = tokenize(text, start, min(len(text), start + MAX_RELATIVE_ISSUER_CHARS))
    verb = next((k for k, token in enumerate(tokens) if k >= 2 and token.low in lexicon("reporting_verbs") and (
        tokens[k - 1].text == ",")), None)  # past the clause's own verbs: "that processes | claims |"
    if verb is None:
        return None
    named = phrase_before(text, tokens, verb)
    return named if named is not None and named.kind in ("name", "organization") and named.start > role.end else None


def companion_issuer(text: str, sentences: Sentences, start: int, end: int, before: list[Event],
                     inside_quote: Callable[[int], bool]) -> Entity | NounPhrase | None:
    """The issuer of the document a document at ``start:end`` came out with, which is its issuer too: "The
    regulatory impact analysis statement that accompanies | the rules |" (the rules the agency made), first the body
    its own clause opens with ("... published with the rules says | Transport Canada | received")."""
    companion = _companion().match(text, end)
    noun = companion.group(1).lower() if companion is not None else ""
    if companion is None or not (noun in lexicon("document_nouns") or is_plural_document(noun)):
        return None
    earlier = [event for event in before if event.position < start]
    issuer = clause_body(text, companion.end()) or document_issuer(text, sentences, noun, start, earlier, inside_quote)
    # a body makes rules and laws; a person the search meets is more often the story's writer or a minister quoted
    kind = issuer.type if isinstance(issuer, Entity) else issuer.kind if issuer is not None else None
    return issuer if kind == BODY else None


def clause_body(text: str, end: int) -> NounPhrase | None:
    """The body a document's clause opens with, after its verb at ``end``: "The regulatory impact analysis statement
    published with the rules| says | Transport Canada | received ..." (the rules' maker, when nobody was said to make
    them)."""
    verb = _document_clause().match(text, end)
    found = body_and_next(text, verb.end()) if verb is not None else None
    if found is None:
        return None
    body, after = found
    # its verb right after it, or after its people: "Transport Canada | received", "Health Canada inspectors | reviewed"
    return body if after.is_word and after.text.islower() and len(text[body.end:after.start].split()) <= 1 else None


def _document_clause() -> regex.Pattern[str]:
    """A document's verb and the start of the clause it reports: "| says that |", "| states |"."""
    return compiled("document_clause", lambda: regex.compile(
        r"\h++(?:\L<verbs>)\h++(?:that\h++)?(?=\p{Lu})", verbs=sorted(lexicon("reporting_verbs"))))


def _companion() -> regex.Pattern[str]:
    """Another document one came out with, after its noun: "statement| that accompanies the | rules", "published with
    the | rules", "attached to the | bill"."""
    return compiled("companion_document", lambda: regex.compile(
        r"\h++(?:that\h++accompan(?:ies|ied)|accompanying|(?:\L<participles>)\h++(?:with|to))\h++(?:the|its)\h++"
        r"([\p{L}\-]++)\b", participles=sorted(lexicon("document_participles"))))


def _body_or_place(entity: Entity) -> bool:
    """Tell whether a member is a body, or a place the scan read as a name ("Rush County", "Florence County")."""
    return entity.type == BODY or any(name.rsplit(" ", 1)[-1].lower() in lexicon("local_governments")
                                            for name in entity.names)


def _according_to_before() -> regex.Pattern[str]:
    """A phrase citing a source before a document and its modifiers: "according to | a state | audit"."""
    return compiled("according_to_before", lambda: regex.compile(
        r"(?r)(?<!\p{L})(?:\L<according>)\h++(?:[\p{L}\p{N}’'\-]++\h++){0,4}\Z", regex.IGNORECASE,
        according=sorted(lexicon("according_to"))))


def _opening_document() -> regex.Pattern[str]:
    """A sentence's opening words up to a document's noun: "In a | statement", "In an emailed | statement"."""
    return compiled("opening_document", lambda: regex.compile(
        r"\s*+in\s++(?:\L<determiners>)\s++(?:[\p{L}\-]++\s++){0,2}", regex.IGNORECASE,
        determiners=sorted(lexicon("determiners") | lexicon("articles"))))


def _agent_before() -> regex.Pattern[str]:
    """A passive agent right before a member: "... was posted online Tuesday by |the Department" (who read it,
    "obtained by |the Daily Ledger", is told by :func:`cast_words.read_by` before this is asked)."""
    return compiled("agent_before", lambda: regex.compile(
        r"\s++by\s++(?:(?:\L<articles>)\s++)?+\Z", regex.IGNORECASE, articles=sorted(lexicon("articles"))))


def _issuing_between(text: str, start: int, noun: int) -> bool:
    """Tell whether a verb that issues a document stands between a subject at ``start`` and its document's noun:
    "The principal | sent a | letter", not "The mayor | received a | letter"."""
    return any(word.group().lower() in lexicon("issuing_verbs")
               for word in RE_WORD.finditer(text, start, noun, False, NOT_CONCURRENT))
