"""Find the noun phrase that ends just before a token ("economist Ruth Adler | put it", "Federal
prosecutors | said", "Roe, of Dover, Del., | said") and read it with :func:`phrases.interpret`."""

from __future__ import annotations

from .apposition_before import apposition_before, bare_title
from .cast_words import read_by
from .descriptions import description_end
from .determiners import determiner_before, group_modifiers
from .initials import is_acronym
from .language import compiled, lexicon, mapping
from .offices import links_office, role_link, within_office
from .phrase_finder import (
    MAX_GROUP_MODIFIERS,
    MAX_PHRASE_TOKENS,
    bare_group,
    modified_group,
    nickname_before,
    numbered_body,
    phrase_after,
)
from .phrases import NounPhrase, interpret, is_cap, is_possessor, joins_body_name
from .tokens import Token, last_before
from .words import (
    first_names,
    is_head,
    is_org_name,
    is_place_form,
    is_title,
    opens_relative_verb,
    organization_heads,
    organization_noun_words,
    particles,
    pronoun_gender,
)

# Words of a body's seat after "in" or "at": "The foreign ministry in | Karsk |", "the council in | Port Aldridge |".
MAX_SEAT_WORDS = 3
# Words of a role before the link to its place or body: "a | retired poll worker | from Kansas City".
MAX_DESCRIBED_ROLE_TOKENS = 6
# Words of a description between a role and its verb: "the owner | of a seven-room inn on Main Street | said".
MAX_DESCRIPTION_TOKENS = 10
# Words of a subject's restrictive relative clause before its verb: "A county employee | who worked in the courthouse
# during the years covered by the audit | said".
MAX_SUBJECT_RELATIVE_TOKENS = 16


def phrase_before(text: str, tokens: list[Token], j: int) -> NounPhrase | None:
    """Parse the noun phrase that ends just before ``tokens[j]`` ("economist Ruth Adler | put it").

    Args:
        text: the article.
        tokens: tokens of the stretch being read.
        j: the token after the phrase (usually the reporting verb).

    Returns:
        The phrase, or ``None`` when no speaker phrase ends there.
    """
    k = j - 1
    if k >= 1 and tokens[k].text == ")":
        opening = next((i for i in range(k - 1, max(-1, k - 10), -1) if tokens[i].text == "("), None)
        if opening is not None:
            return phrase_before(text, tokens, opening)  # "Rep. Chip Roy (R-Texas) said"
    if k >= 1 and tokens[k].text == ",":
        return apposition_before(text, tokens, k)
    if k >= 1 and tokens[k].text.isdigit():
        return _numbered_body_before(text, tokens, k)  # "Local 218 said"
    if k < 0 or not tokens[k].is_word:
        return None
    last = tokens[k]
    if pronoun_gender(last.low) is not None:
        return interpret(text, [last])
    document = _read_document(text, tokens, k)
    if document is not None:  # "A Treasury Department analysis ... obtained by | POLITICO | says": the analysis
        return phrase_before(text, tokens, document + 1)
    relative = _subject_relative(tokens, k)
    if relative is not None:  # "The union | that represents workers at the plant |, X, said": the union
        antecedent = phrase_before(text, tokens, relative)
        if not _object_of_link(tokens, antecedent):  # not "The CEO of | the firm | that built the bridge"
            return _apposed(text, tokens, antecedent)
    group = bare_group(last)
    if group is not None:
        if k == 0 or not tokens[k - 1].is_word:
            return group  # "Prosecutors said", "police said"
        first = group_modifiers(tokens, k)
        if first is not None:  # "Federal prosecutors said", "Richmond police said", "U.S. officials said"
            return modified_group(text, tokens, first, k, group)
    start = k
    if is_cap(last) or is_title(last.low):
        while start - 1 >= 0 and j - start < MAX_PHRASE_TOKENS and _extends_backward(tokens, start):
            start -= 1
        nickname = nickname_before(tokens, start)
        if nickname is not None:  # "Ann “Annie” Roe said": the name is Ann Roe
            given = phrase_before(text, tokens, nickname)
            if given is not None and given.kind == "name":
                surname = _span_text_of(text, tokens[start:j])
                return given._replace(end=tokens[j - 1].end, name=f"{given.name} {surname}")
        described = _described_role(text, tokens, start, j)
        links = _description_links()
        if start >= 2 and (tokens[start - 1].low in links or tokens[start - 2].low in links):
            described = _outer_role(described, _role_before_description(text, tokens, start, j))  # "on | Main Street"
        if described is None:
            described = _participle_role(text, tokens, start)  # "a woman walking her dog along | Christina Street |"
        if described is not None:
            return described  # "A nurse at St. Mary’s Hospital said": the nurse, not the hospital
        if start >= 2 and tokens[start - 1].low in ("in", "at") and tokens[start - 2].low in organization_heads() and (
                is_cap(tokens[start - 2])):
            return phrase_before(text, tokens, start - 1)  # "The Iranian Embassy in London said": not London
        # A role with a determiner: "the Iranian foreign minister", "The Interior Ministry".
        det = determiner_before(tokens, start)
        if det is not None and det < start - 1 and is_possessor(tokens[start]):
            det = None  # a capitalized possessor is its own determiner: "a decision | Canada’s trade minister | called"
        if det is not None and (is_head(last.low) or is_org_name([t.text for t in tokens[start:j]]) or (
                start == k and is_acronym(last.text))):
            start = det  # "the Interior Ministry", "the CBSA"
        phrase = interpret(text, tokens[start:j])
        if phrase is None and start < k and not is_place_form([t.low for t in tokens[start:j]]):
            # (not "St. | Boniface", "Sault Ste. Marie")
            # "Citing ... Zarif": drop capitalized sentence openers until the rest reads as a phrase.
            for s in range(start + 1, j):
                phrase = interpret(text, tokens[s:j])
                if phrase is not None:
                    break
        if phrase is not None and (phrase.kind in ("organization", "name") or (phrase.kind == "nominal" and is_cap(
                last))):  # "the 18th Judicial District": a body's name after its number
            return _of_institution(text, tokens, start, phrase)
        return phrase
    if is_head(last.low):
        det = determiner_before(tokens, k)
        if det is not None and det >= 2 and tokens[det].low == "the" and last.low.endswith("s") and (
                tokens[det - 2].low, tokens[det - 1].low) == ("one", "of"):
            # "One of the diplomats described": one of the group named before, as phrase_after reads it.
            return NounPhrase(tokens[det - 2].start, last.end, "pronoun", gender="p")
        if det is not None:
            # "a friend of | the star | hit back": the friend, as with a capitalized body ("a nurse at | St. Mary’s |").
            return _outer_role(_described_role(text, tokens, det, j), _role_before_description(
                text, tokens, det, j)) or interpret(text, tokens[det:j])
        if last.low in lexicon("anonymous_heads") and last.low.endswith("s"):
            return interpret(text, [last])  # "officials said"
    if tokens[k - 1].low in lexicon("clause_openers"):
        return bare_group(last)  # "..., but prosecutors said"
    return _role_before_description(text, tokens, k + 1, j)


def word_before(tokens: list[Token], phrase: NounPhrase) -> int:
    """The index of the word before ``phrase``, past its article ("of | the firm"); -1 when none stands there."""
    k = last_before(tokens, phrase.start + 1) - 1
    return k - 1 if k >= 0 and tokens[k].low in lexicon("articles") else k


def _object_of_link(tokens: list[Token], phrase: NounPhrase | None) -> bool:
    """Tell whether ``phrase`` is the object of a role's link ("The CEO of | the firm |"), so no subject."""
    if phrase is None or phrase.kind not in ("nominal", "anonymous"):
        return False
    k = word_before(tokens, phrase)
    return k >= 0 and tokens[k].low in lexicon("role_institution_links")


def _apposed(text: str, tokens: list[Token], role: NounPhrase | None) -> NounPhrase | None:
    """The name a role is apposed to, titled by it, or the role itself: "Lachance, | a Democrat | who won office ...
    called" is Lachance."""
    if role is None or role.kind not in ("nominal", "anonymous"):
        return role
    comma = last_before(tokens, role.start)
    if comma < 1 or tokens[comma].text != ",":
        return role
    named = phrase_before(text, tokens, comma)
    if named is None or named.kind != "name":
        return role
    return named._replace(title=named.title or bare_title(role.title) or "")


def _participle_role(text: str, tokens: list[Token], start: int) -> NounPhrase | None:
    """The role a participle's phrase describes when it ends with the place or body at ``tokens[start]``: "a woman |
    walking her dog along | Christina Street | said", "a man leaving | the Maple Leaf Foods plant |" (a name in what
    the person was doing is never the subject)."""
    stops = compiled("participle_stops", lambda: lexicon("opening_prepositions") | lexicon("phrase_stops"))
    for p in range(start - 1, max(1, start - MAX_DESCRIBED_ROLE_TOKENS) - 1, -1):
        word = tokens[p]
        if not word.is_word or not word.text.islower():
            return None
        if word.low.endswith("ing") and len(word.low) > len("ing") + 1 and word.low not in stops and (
                tokens[p - 1].low in lexicon("anonymous_heads")):
            role = phrase_before(text, tokens, p)
            return role if role is not None and role.kind in ("nominal", "anonymous") else None
    return None


def _read_document(text: str, tokens: list[Token], k: int) -> int | None:
    """Where the document ends that a body named at ``tokens[k]`` only read (:func:`cast_words.read_by`), and whose
    words the verb after reports: "A Treasury Department | analysis | sent to committee staff and obtained by POLITICO
    | says" (never the reader)."""
    i = k
    while i > 0 and (is_cap(tokens[i]) or tokens[i].low in lexicon("articles")):
        i -= 1
    if i == k or i < 1 or not read_by(text, tokens[i + 1].start):
        return None
    for d in range(i - 2, max(-1, i - MAX_DESCRIPTION_TOKENS), -1):
        if not tokens[d].is_word and tokens[d].text not in ",-":
            return None  # the sentence's end: no document opens it
        if tokens[d].low in lexicon("document_nouns"):
            return d
    return None


def _subject_relative(tokens: list[Token], k: int) -> int | None:
    """Where a relative clause that ends at ``tokens[k]`` opens, when it follows a role or body and its verb comes
    right after it: "The woman | who runs the food bank on Main Street |", "The union | that represents workers at the
    plant |" (its antecedent is the subject); never an object's clause ("the plan | that the mayor |")."""
    relatives = lexicon("relatives")
    for r in range(k - 1, max(0, k - MAX_SUBJECT_RELATIVE_TOKENS), -1):
        if not tokens[r].is_word:
            return None
        if tokens[r].low in relatives:
            before = tokens[r - 1]
            heads = is_head(before.low) or before.low in organization_noun_words()
            return r if heads and opens_relative_verb(tokens[r + 1].text) else None
    return None


def _outer_role(described: NounPhrase | None, outer: NounPhrase | None) -> NounPhrase | None:
    """Of two roles a description may run from, the one it starts from: "the daughter | of a farmer near Eston"."""
    return outer if outer is not None and (described is None or outer.start < described.start) else described


def _role_before_description(text: str, tokens: list[Token], start: int, j: int) -> NounPhrase | None:
    """The role a description of places and things runs from, to the verb at ``tokens[j]``: "the owner of a
    seven-room inn on Main Street | said", "people in the gallery | chanted" (the owner and the people, never the
    street or the gallery). The description is what follows an anonymous source ("a source in the ministry");
    of the roles it may run from, the first is the subject: "the daughter of a farmer near Eston"."""
    links = _description_links()
    found = None
    for link in range(start - 1, max(0, start - MAX_DESCRIPTION_TOKENS) - 1, -1):
        if not tokens[link].is_word:
            break
        if link == 0 or tokens[link].low not in links or description_end(tokens, link) < j or _names_person(
                tokens[link + 1:j]):
            continue  # a person in it is the subject: "SHA vice-president of acute care | Dr. Naveen Pillai-Strand"
        if tokens[link].low == "of" and is_cap(tokens[link - 1]):
            continue  # a body's own name: "The provincial Ministry of | Municipal Affairs |"
        role = phrase_before(text, tokens, link) or _bare_source(text, tokens, link - 1)
        if role is not None and role.kind in ("nominal", "anonymous") and role.head not in lexicon("document_nouns"):
            found = role  # not a document, whose maker the description may name: "A memo from | FEMA’s ..."
    if found is None:
        return None
    first = next(i for i in range(start) if tokens[i].start == found.start)
    parsed = phrase_after(text, tokens, first)  # an anonymous source reads its description: "a woman near the stage"
    return parsed[0] if parsed is not None and parsed[1] == j and parsed[0].start == found.start else found


def _names_person(description: list[Token]) -> bool:
    """Tell whether a role's description ends in a person, not a place or body: "of acute care | Dr. Naveen Pillai",
    "in the Assembly | Harish Chaudhary" (not "on | Main Street", "near | Eston", "of the | Harbour Lights Inn")."""
    if any(t.low in first_names() or (is_cap(t) and is_title(t.low)) for t in description):
        return True
    run = len(description)
    while run > 0 and is_cap(description[run - 1]):
        run -= 1
    names = [t.text for t in description[run:]]
    return len(names) >= 2 and names[-1].lower() not in lexicon("place_heads") and not is_org_name(names)


def _description_links() -> frozenset[str]:
    """The words that link a role to its description: "the owner | of | a motel", "people | in | the gallery"."""
    return compiled("role_description_links", lambda: lexicon("anonymous_links") - lexicon("clause_links"))


def _bare_source(text: str, tokens: list[Token], k: int) -> NounPhrase | None:
    """Unnamed people by a bare plural that opens a clause: ", | people | in the gallery chanted"."""
    word = tokens[k].low
    if word not in lexicon("anonymous_heads") or not (word.endswith("s") or word in mapping("irregular_plurals")):
        return None
    return interpret(text, [tokens[k]]) if k == 0 or not tokens[k - 1].is_word or (
        tokens[k - 1].low in lexicon("clause_openers")) else None


def _numbered_body_before(text: str, tokens: list[Token], k: int) -> NounPhrase | None:
    """A numbered body ending at ``tokens[k]``, with the capitalized words of its name before its head."""
    first = k - 1
    while first >= 1 and k - first < MAX_PHRASE_TOKENS and is_cap(tokens[first - 1]) and (
            tokens[first - 1].low not in lexicon("not_names")):
        first -= 1
    body = numbered_body(text, tokens, first, k)
    if body is not None and first >= 2 and tokens[first - 1].low in lexicon("office_prepositions"):
        role = phrase_before(text, tokens, first - 1)  # "The president | of | United Mine Workers Local 4120"
        if role is not None and role.kind in ("nominal", "anonymous"):
            start = next(i for i in range(first) if tokens[i].start == role.start)
            return interpret(text, tokens[start:k + 1]) or body
    return body


def _of_institution(text: str, tokens: list[Token], start: int, institution: NounPhrase) -> NounPhrase:
    """What stands before "of" and an institution or place: a person of it speaks ('Tom Reyes of St. Anne’s
    Church said', 'Maria Lopez of Austin said'); an institution's head makes one name of both ('Bank of
    America said', 'the University of Michigan said'); anything else leaves the phrase as it was."""
    if institution.kind == "name" and institution.title:
        return institution  # a person by a body's office: "University of | Toronto marketing professor Nadia Rahimi"
    k = start - 1
    k = k - 1 if k >= 1 and tokens[k].low in lexicon("articles") else k  # "of | the Tenants Union"
    if k < 1 or tokens[k].low not in lexicon("affiliation_links") or not is_cap(tokens[k - 1]):
        return institution
    person = phrase_before(text, tokens, k)
    if person is not None and person.kind == "name":
        words = (person.name or "").split()
        if person.title or person.gender or (len(words) >= 2 and words[0].lower() in first_names()):
            return person  # somebody by a title, an honorific or a known given name, not "Bank"
    if tokens[k - 1].low in organization_heads():
        first = k - 1
        while first >= 1 and k - first < MAX_GROUP_MODIFIERS + 2 and is_cap(tokens[first - 1]) and (
                tokens[first - 1].low not in lexicon("not_names")):
            first -= 1
        name = text[tokens[first].start:institution.end]
        return NounPhrase(tokens[first].start, institution.end, "organization", name=name)
    return institution


def joint_before(text: str, tokens: list[Token], phrase: NounPhrase) -> NounPhrase | None:
    """A first speaker joined to ``phrase`` by "and": "Ann Lee and | Bo Li said"."""
    k = next((i for i, token in enumerate(tokens) if token.start == phrase.start), None)
    if phrase.kind != "name" or k is None or k < 2 or tokens[k - 1].low not in lexicon("joining_words"):
        return None
    first = phrase_before(text, tokens, k - 1)
    return first if first is not None and first.kind == "name" else None


def _described_role(text: str, tokens: list[Token], start: int, j: int) -> NounPhrase | None:
    """The role whose description ends with the place or body at ``tokens[start:j]``: "A retired poll
    worker from | Kansas City | said", "one employee at | the Department of Labor | said". A name after
    "at", "from" or "with" is never the subject of the verb that follows it; the role before it is."""
    link = start - 1 if start >= 1 and tokens[start - 1].low not in lexicon("determiners") else start - 2
    links = lexicon("anonymous_links") | lexicon("issued_by")  # "An internal memo obtained by | the Ledger |"
    if link < 1 or tokens[link].low not in links or tokens[link].low == "who" or (
            tokens[link - 1].low in lexicon("document_nouns") and tokens[link].low not in lexicon("issued_by")):
        return None  # "a memo to | Gov. Marian Castellano-Reyes |": the governor, whom the memo is addressed to
    first = link
    while first > 0 and link - first < MAX_DESCRIBED_ROLE_TOKENS and tokens[first - 1].is_word:
        first -= 1
    seat = tokens[link + 1:j]  # "in | Lorvik |", never a person's name ("in the Assembly | Harish Chaudhary")
    placed = tokens[link].low in lexicon("seat_prepositions") and 0 < len(seat) <= MAX_SEAT_WORDS and all(
        is_cap(t) and not is_title(t.low) for t in seat) and seat[0].low not in first_names()
    for i in range(first, link):  # the longest reading first: "two paramedics", not "paramedics"
        parsed = phrase_after(text, tokens, i)
        if parsed is None or parsed[0].kind == "pronoun" or parsed[0].start >= tokens[start].start:
            continue
        if parsed[1] == j or (placed and parsed[1] == link and parsed[0].kind in ("nominal", "organization")):
            return parsed[0]  # also a body and its seat: "The foreign ministry in | Lorvik | said"
    return None


def _extends_backward(tokens: list[Token], start: int) -> bool:
    """Tell whether ``tokens[start - 1]`` belongs to the name-and-title phrase that starts at ``start``."""
    prev = tokens[start - 1]
    if (is_cap(prev) and prev.low not in lexicon("not_names")) or is_title(prev.low) or (
            prev.low in lexicon("title_modifiers")):
        return True  # not "But" in "But Conservative leader Kemi Badenoch said"
    if role_link(tokens, start - 1):
        return True  # "County elections | director Ray Oduya", "striker and | pundit Gary Finnerty"
    if links_office(tokens, start - 1, start - 2, start) and (
            within_office(tokens, max(0, start - 14), start - 2) or prev.low not in lexicon("joining_words")):
        # Only inside an office: "Secretary of Iran's ...", not "the city of Tabriz".
        return within_office(tokens, max(0, start - 14), start - 2)
    if prev.low in lexicon("joining_words") or prev.text == ",":  # "Fisheries | and | Oceans Canada said"
        first = start - 1
        while first > 0 and start - first < MAX_PHRASE_TOKENS and (is_cap(tokens[first - 1]) or (
                tokens[first - 1].low in lexicon("office_prepositions") | lexicon("joining_words")) or (
                tokens[first - 1].text == ",") or (  # "Ministry of | the | Environment, Conservation and Parks"
                tokens[first - 1].low in lexicon("definite_articles") and first > 1 and tokens[first - 2].low in (
                    lexicon("office_prepositions")))):
            first -= 1
        while first < start - 1 and not is_cap(tokens[first]):
            first += 1
        return joins_body_name(tokens, first, start - 1)
    if prev.low in particles():
        return is_cap(tokens[start])
    if prev.text in "-–" and start >= 2:  # only a hyphen inside a word: "Ocasio-Cortez", not "Iowa - Gov."
        joined = prev.start == tokens[start - 2].end and prev.end == tokens[start].start
        return joined and is_cap(tokens[start - 2])
    return False


def _span_text_of(text: str, tokens: list[Token]) -> str:
    return text[tokens[0].start:tokens[-1].end]
