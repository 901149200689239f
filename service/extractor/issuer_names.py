"""Who a document names as its issuer right after its noun: "a report by | the city’s Community Services Department",
"A letter to the committee from | Gail Tran", "The audit, conducted by | ..." (:mod:`issuers` asks here)."""

from __future__ import annotations

import regex

from .cast_words import issued_by
from .language import compiled, lexicon, mapping
from .phrase_before import phrase_before
from .phrase_finder import phrase_after
from .phrases import NounPhrase, interpret, is_cap
from .tokens import Token, tokenize
from .words import POSSESSIVE, is_plural_title, is_title, names_staff_body, organization_noun_words

# How many lowercase words name the people of a body that wrote a document: "by | career staff | in the EPA’s ...".
MAX_STAFF_WORDS = 3
# How far an issuer's name runs after "by": "the Department of Fisheries and Oceans".
MAX_ISSUER_NAME_CHARS = 80
# What opens a document's relative clause, past a last word of its name the phrase left out: "The regulatory impact
# analysis| statement that |Health Canada published".
_RE_RELATIVE_OPENING = regex.compile(r"(?:\h\p{Ll}++)?\h(?:that\h|which\h)?(?=\p{Lu})")
# What joins the names in a firm's name, never two people's: "Brackley Marine & Civil".
AMPERSAND = "&"
# What opens whom a document went to, after its issuer's name: "from the agency | to | the commission".
ADDRESSED_TO = "to"
# The link of an office to the body whose name completes it: "Auditor | of | Public Accounts".
OFFICE_OF = "of"
# What an office holder's staff is called after the holder's possessive: "the State Auditor’s | office".
OFFICE = "office"


def named_issuer(text: str, end: int) -> NounPhrase | None:
    """The body or person named right after a document by the words that name its issuer: "the most recent
    assessment by | the Department of Fisheries |", "a report by | the city’s Community Services Department |"."""
    own = _own_phrase().match(text, end)  # "The statement| of claim|, filed by ...": the document's own "of" phrase
    end = own.end() if own is not None else end
    addressed = _addressee_before_issuer().match(text, end)  # "A letter| to the committee| from Gail Tran"
    end = addressed.end() if addressed is not None else end
    read = _reader_aside().match(text, end)  # "An internal memo| obtained by POLITICO|, written by career staff"
    end = read.end() if read is not None else end
    made = _making_aside().match(text, end) if read is None else None
    end = made.end() if made is not None else end  # "The statement| published with the rules|, prepared by ..."
    issued = issued_by().match(text, end + 1 if text.startswith(",", end) else end)  # "The audit|, conducted by ..."
    if issued is None:
        return None
    tokens = tokenize(text, issued.end(), min(len(text), issued.end() + MAX_ISSUER_NAME_CHARS))
    stop = next((k for k, token in enumerate(tokens) if not token.is_word), len(tokens))
    titled = interpret(text, tokens[:stop]) if stop else None
    if titled is not None and titled.kind == "name" and titled.title:
        return titled  # a person by a body's office: "led by | University of Prince Edward Island nursing professor X"
    institution = _institution(text, tokens) or _staff_institution(text, tokens) or _described_institution(text, tokens)
    if institution is not None:
        return institution
    staff = next((k for k in range(1, min(len(tokens), MAX_STAFF_WORDS + 1)) if tokens[k].low in lexicon(
        "staff_nouns")), 0)
    if staff and all(token.text.islower() for token in tokens[1:staff]) and names_staff_body(tokens[0].text):
        # a body's people, the body by its bare noun or a word of its name: "by | city administration" is the city's,
        # "by | lottery staff" the Missouri Lottery Commission's, "from | city planning staff" the city's
        return NounPhrase(tokens[0].start, tokens[0].end, "nominal", title=tokens[0].text, head=tokens[0].low)
    article = issued.group().rstrip().rpartition(" ")[2]
    if article.lower() in lexicon("articles"):  # the person's own article: "from | the company's chief officer"
        tokens = tokenize(text, issued.end() - len(article) - 1, min(len(text), issued.end() + MAX_ISSUER_NAME_CHARS))
    person = phrase_after(text, tokens, 0)  # "signed by | deputy chairperson Adrienne Kowal", "by | Toronto lawyer ..."
    if person is not None and person[0].kind == "nominal" and is_title(person[0].head or "") and (
            person[1] < len(tokens) and (tokens[person[1]].low in lexicon("reporting_verbs") or (
                tokens[person[1]].low in lexicon("finding_verbs")) or (
                tokens[person[1]].text == "," and text.startswith(",", issued.start() - 1)) or (
                tokens[person[1]].text == "." and person[0].end == tokens[person[1]].start))):
        # an office holder named by the office alone, right before the document's verb ("A report by | the
        # Parliamentary Budget Officer | projected") or closing an aside or the sentence ("signed by | the archbishop
        # |,"), not "by the board's deputy chairperson for refugee protection, Adrienne Kowal," (a name it missed)
        return person[0]
    office = _office_of_body(text, tokens, person[1]) if person is not None and person[0].kind == "nominal" else None
    if office is not None:
        return office
    # a titled name or a full one ("from | Gail Tran"), not a lone word ("from | Ottawa"); a body the parser reads
    # whole ("by | the Office of the Auditor General", "by | the city’s planning department")
    if person is not None and person[0].kind == "nominal" and (person[0].title or "").lower() in (
            person[0].head, f"the {person[0].head}") and (
            person[0].head in organization_noun_words()) and person[1] < len(tokens) and _addressed_at(
                tokens, person[1]):
        return person[0]  # a body the text named before, by its noun, before whom it wrote to: "from | the department
        # | to the company" (the department the cast knows)
    return person[0] if person is not None and ((person[0].kind == "name" and (
        person[0].title or " " in (person[0].name or ""))) or person[0].kind == "organization") else None


def relative_issuer(text: str, end: int) -> NounPhrase | None:
    """The body a document's own relative clause says issued it, right after the document: "The regulatory impact
    analysis statement| that | Health Canada | published with the rule", "The analysis | Transport Canada |
    published"."""
    opening = _RE_RELATIVE_OPENING.match(text, end)
    found = body_and_next(text, opening.end()) if opening is not None else None
    return found[0] if found is not None and found[1].low in lexicon("issuing_verbs") else None


def body_and_next(text: str, start: int) -> tuple[NounPhrase, Token] | None:
    """The body whose name opens at ``start`` and the token right after it, its verb when it has one: "| Health
    Canada | published", "| Transport Canada | received"; ``None`` when no body's name opens there."""
    tokens = tokenize(text, start, min(len(text), start + MAX_ISSUER_NAME_CHARS))
    found = phrase_after(text, tokens, 0)
    if found is not None and found[0].kind != "organization":
        # the body's people after its name, the body all the same: "| Health Canada | inspectors reviewed"
        k = next((i for i, token in enumerate(tokens) if not is_cap(token)), len(tokens))
        staff = k + 1 < len(tokens) and (is_plural_title(tokens[k].low) or tokens[k].low in lexicon("staff_nouns"))
        found = phrase_after(text, tokens[:k], 0) if staff else None
        found = (found[0], k + 1) if found is not None and found[1] == k else None
    if found is None or found[0].kind != "organization" or found[1] >= len(tokens):
        return None
    return found[0], tokens[found[1]]


def _office_of_body(text: str, tokens: list[Token], j: int) -> NounPhrase | None:
    """An office that a body's name completes, as the body: "by the state | Auditor of Public Accounts |", "by the
    | Iowa Auditor of State|’s office" (a role ends at ``tokens[j]``, "of", after its capitalized head)."""
    if not (0 < j < len(tokens) - 1 and tokens[j].low == OFFICE_OF and is_cap(tokens[j - 1]) and is_cap(tokens[j + 1])):
        return None
    start = j - 1
    while start > 0 and is_cap(tokens[start - 1]):
        start -= 1
    end = j + 1
    while not tokens[end].low.endswith(POSSESSIVE) and end + 1 < len(tokens) and (is_cap(tokens[end + 1]) or (
            tokens[end + 1].low in lexicon("joining_words") and end + 2 < len(tokens) and is_cap(tokens[end + 2]))):
        end += 1
    first, last = tokens[start].start, tokens[end].end
    if tokens[end].low.endswith(POSSESSIVE):
        last -= len(POSSESSIVE[0])  # "the Iowa Auditor of State’s office": the office's holder
    return NounPhrase(first, last, "organization", name=text[first:last])


def _institution(text: str, tokens: list[Token]) -> NounPhrase | None:
    """The body (or person) whose name ``tokens`` open, after a document's "by" or "from"."""
    j = _institution_end(tokens)
    if j and tokens[j - 1].low.endswith(POSSESSIVE) and j < len(tokens) and tokens[j].low == OFFICE and (
            not _owner(tokens[0]) or j > 1) and is_title(tokens[j - 1].low[:-len(POSSESSIVE[0])]):
        # an office holder's office is the office: "by the | Oklahoma State Auditor and Inspector’s | office"
        start, end = tokens[1 if _owner(tokens[0]) else 0].start, tokens[j - 1].end - len(POSSESSIVE[0])
        return NounPhrase(start, end, "organization", name=text[start:end])
    if not j or tokens[j - 1].low.endswith(POSSESSIVE):
        return None  # "a memo from | Haldane’s | pollster": the owner, not the issuer
    if _owner(tokens[0]):
        tokens, j = tokens[1:], j - 1  # the owner: "the department’s | Office of ...", "its | Office of ..."
    numbered = tokens[j - 1].text.isdigit()  # "Local 218", "Condominium Corporation No. 2961"
    parsed = phrase_before(text, tokens, j - 1 if numbered else j)
    joined = next((k for k in range(1, j) if tokens[k].low in lexicon("joining_words")), 0)
    if joined and (parsed is None or parsed.start > tokens[0].start):
        return _joined_institution(text, tokens, j, joined, parsed)  # "Fisheries and Oceans Canada"
    if parsed is None or parsed.kind not in ("organization", "name"):
        return None
    if numbered:
        return NounPhrase(parsed.start, tokens[j - 1].end, "organization", name=text[parsed.start:tokens[j - 1].end])
    return parsed if parsed.kind == "organization" or " " in (parsed.name or "") else None  # not a lone word


def _staff_institution(text: str, tokens: list[Token]) -> NounPhrase | None:
    """The body whose people wrote a document: "written by | career staff in | the EPA’s Office of Water"."""
    links = compiled("staff_links", lambda: lexicon("office_prepositions") | lexicon("seat_prepositions"))
    k = 0
    while k < min(len(tokens), MAX_STAFF_WORDS) and tokens[k].is_word and tokens[k].text.islower() and (
            tokens[k].low not in links):
        k += 1
    if not k or k >= len(tokens) or tokens[k].low not in links:
        return None
    return _institution(text, tokens[k + 1:])


def _described_institution(text: str, tokens: list[Token]) -> NounPhrase | None:
    """The body a description before its name calls what it is: "by | Winnipeg engineering firm | Tallgrass Geo"."""
    nouns = lexicon("organization_nouns")
    k = next((k for k in range(min(len(tokens) - 1, MAX_STAFF_WORDS + 1)) if tokens[k].low in nouns), None)
    if k is None or not tokens[k + 1].text[0].isupper() or not all(
            t.is_word and t.low not in lexicon("function_words") for t in tokens[:k]):
        return None
    return _institution(text, tokens[k + 1:])


def _joined_institution(text: str, tokens: list[Token], j: int, joined: int,
                        parsed: NounPhrase | None) -> NounPhrase | None:
    """One body whose name holds "and" ("Fisheries and Oceans Canada", "the department’s Office of Audit and
    Evaluation"), told from two names ("Smith and Jones") by a part of it that names a body on its own."""
    part = parsed if parsed is not None and parsed.kind == "organization" else phrase_before(text, tokens, joined)
    if (part is None or part.kind != "organization") and tokens[joined].text != AMPERSAND:
        return None  # but "Brackley Marine & Civil" is a firm's name: people are joined by "and"
    start, end = tokens[0].start, tokens[j - 1].end
    return NounPhrase(start, end, "organization", name=text[start:end])


def _addressee_before_issuer() -> regex.Pattern[str]:
    """Who a document went to, before its issuer: "A letter| to the committee| from Gail Tran" (not "a memo| to staff
    obtained| by CBC News": who read it)."""
    return compiled("addressee_before_issuer", lambda: regex.compile(
        r"\h++to(?:\h++(?!(?:\L<readers>)\b)[\p{L}\-’']++){1,4}?(?=\h++(?:\L<by>)\h)",
        readers=sorted(lexicon("document_readers")), by=sorted(lexicon("issued_by"))))


def _own_phrase() -> regex.Pattern[str]:
    """A document's own "of" phrase up to the comma an issuer's clause follows, or its "by": "The audit| of the
    department|,", "The audit| of the Estill County Sheriff's Office| by the state Auditor of Public Accounts"."""
    return compiled("document_of_phrase", lambda: regex.compile(
        rf"\s++of\s++(?:(?!\hby\h)[^,.;:\n“”\"]){{1,{MAX_ISSUER_NAME_CHARS}}}+(?=,|\hby\h)"))


def _reader_aside() -> regex.Pattern[str]:
    """Who read a document, up to the comma an issuer's clause follows: "An internal memo| obtained by POLITICO|,"."""
    return compiled("document_reader_aside", lambda: regex.compile(
        rf"\h++(?:\L<readers>)\h++by\h++[^,.;:\n“”\"]{{1,{MAX_ISSUER_NAME_CHARS}}}+(?=,)",
        readers=sorted(lexicon("document_readers"))))


def _making_aside() -> regex.Pattern[str]:
    """How a document came out, up to the comma its issuer's clause follows: "The regulatory impact analysis
    statement| published with the rules|, prepared by the Department of Finance" (not "published by": the issuer)."""
    return compiled("document_making_aside", lambda: regex.compile(
        r"\h++(?:\L<participles>)(?:\h++(?!by\b)[\p{L}\p{N}\-’']++){1,6}?(?=,\h++\p{Ll}++\h++by\h)",
        participles=sorted(lexicon("document_participles"))))


def _owner(token: Token) -> bool:
    """An owner's word before an institution's name: "the city’s | Community Services Department", "its | Office"."""
    return token.low.endswith(POSSESSIVE) or token.low in mapping("possessive_pronouns")


def _institution_end(tokens: list[Token]) -> int:
    """How many of ``tokens`` name an institution: capitalized words, with the small words such a name holds
    ("Department of the Interior", "Fisheries and Oceans Canada") and an owner's possessive first ("the city’s
    Community Services Department")."""
    small = lexicon("office_prepositions") | lexicon("articles") | lexicon("joining_words")
    j = 0
    while j < len(tokens) and not _addressed_at(tokens, j) and (
            ((tokens[j].is_word or tokens[j].text == "&") and (
                tokens[j].text[0].isupper() or tokens[j].low in small or (j == 0 and _owner(tokens[j]))))
            or (tokens[j].text.isdigit() and j and tokens[j - 1].low in _number_heads())):
        j += 1
    while j > 0 and not (tokens[j - 1].text[0].isupper() or tokens[j - 1].text.isdigit()):
        j -= 1
    return j


def _addressed_at(tokens: list[Token], j: int) -> bool:
    """Tell whether ``tokens[j]`` opens whom a document went to, after its issuer's name: "from the Vermont Agency of
    Agriculture | to the Public Utility Commission" (not a name's own "to": "the Committee to Protect Journalists")."""
    return j > 0 and tokens[j].low == ADDRESSED_TO and j + 1 < len(tokens) and tokens[j + 1].low in lexicon("articles")


def _number_heads() -> frozenset[str]:
    """Words a body's number follows: "Local 218", "Corporation No. 2961"."""
    return compiled("issuer_number_heads", lambda: lexicon("numbered_bodies") | lexicon("rank_markers"))
