"""Find the noun phrase that starts at a token ("said | Finance Minister Arjun Mehta") and read it with
:func:`phrases.interpret`; :mod:`phrase_before` reads the phrase that ends at one.

Every word class comes from the language pack; what this grammar still spells in English are the
function words of its constructions: "of", "for", "to", "the", "and" inside an office ("Head of the
Atomic Energy Organization"), "in"/"at" after an institution, "one of", "who" opening an aside, and
"and"/"but"/"while"/"as" before a bare group. A second language needs them in its pack first.
"""

from __future__ import annotations

from .budget import NOT_CONCURRENT
from .descriptions import description_end
from .language import lexicon, mapping
from .offices import links_office, role_link, within_office
from .phrases import (
    TITLE_JOIN,
    NounPhrase,
    epithet_end,
    held_name_end,
    interpret,
    is_cap,
    is_name_word,
    is_possessor,
    joins_body_name,
    name_run_end,
)
from .role_runs import phrasal_cue, role_run
from .segments import line_start
from .tokens import Token
from .words import (
    POSSESSIVE,
    first_names,
    is_body_of_name,
    is_head,
    is_person_head,
    is_plural_title,
    is_title,
    naming_frame_after,
    particles,
    party_label,
    phrase_stops,
    pronoun_gender,
    region_names_after_place,
    strip_article,
)

MAX_PHRASE_TOKENS = 14
# Capitalized modifiers a bare group may carry: "Richmond police", "Consumer advocates", "U.S. officials".
MAX_GROUP_MODIFIERS = 2
# Capitalized words of an institution a person is "of": "Maria Lopez of the | Tenants Union".
MAX_AFFILIATION_WORDS = 5
# Words of a role's "of" phrase before the name apposed to it: "the director | of the city's shelter |, Ann Roe,".
MAX_OF_TOKENS = 7
# The marks around a nickname inside a name: Ann “Annie” Roe, Ann "Annie" Roe.
OPENING_NICKNAME = ("“", '"', "‘", "'")
CLOSING_NICKNAME = ("”", '"', "’", "'")


def phrase_after(text: str, tokens: list[Token], i: int) -> tuple[NounPhrase, int] | None:
    """Parse the noun phrase that starts at ``tokens[i]`` ("said Finance Minister Arjun Mehta").

    Args:
        text: the article.
        tokens: tokens of the stretch being read.
        i: where the phrase starts.

    Returns:
        The phrase and the index of the first token after it, or ``None``.
    """
    if i >= len(tokens) or not tokens[i].is_word:
        return None
    first = tokens[i]
    if pronoun_gender(first.low) is not None:
        pronoun = interpret(text, tokens[i:i + 1])
        return (pronoun, i + 1) if pronoun is not None else None
    if first.low == "one" and i + 2 < len(tokens) and tokens[i + 1].low == "of":
        # "one of them said", "one of the officials said", "one of those patients said": one of the group named
        # before, like "they".
        group = tokens[i + 3] if i + 3 < len(tokens) and tokens[i + 2].low in lexicon("demonstratives") else None
        if group is not None and group.low.endswith("s") and is_head(group.low):
            return NounPhrase(first.start, group.end, "pronoun", gender="p"), i + 4
        if tokens[i + 2].low in lexicon("group_pronouns"):
            return NounPhrase(first.start, tokens[i + 2].end, "pronoun", gender="p"), i + 3
    if first.low in lexicon("determiners") and i + 2 < len(tokens) and tokens[i + 1].low in mapping(
            "age_comparatives") and is_cap(tokens[i + 2]):
        named = phrase_after(text, tokens, i + 2)  # "the younger | Jorgensen", "the elder | Mr. Dekker"
        if named is not None and named[0].kind == "name":
            title = f"{tokens[i + 1].low} {named[0].title}" if named[0].title else tokens[i + 1].low
            return named[0]._replace(start=first.start, title=title), named[1]
    if first.low in lexicon("determiners") or first.low in lexicon("indefinites"):
        end = role_run(tokens, i + 1)
        if end < 0 and first.low in lexicon("determiners"):
            end = epithet_end(tokens, i + 1)  # "the Swede said", "the world No 1 said"
        if end < 0 and first.low in mapping("elided_heads") and i + 1 < len(tokens) and (
                tokens[i + 1].low in lexicon("reporting_verbs") or phrasal_cue(tokens, i + 1)):
            elided = interpret(text, tokens[i:i + 1])  # "another wrote": the head is the one given before
            return (elided, i + 1) if elided is not None else None
        if end < 0:
            return None
        if end < len(tokens) and tokens[end].low in lexicon("document_nouns") and tokens[end - 1].low in lexicon(
                "staff_nouns"):
            end += 1  # a document staff wrote: "a staff | report", "A city staff | report to council"
        if end < len(tokens) and tokens[end].low == "of":  # "the Ministry | of Government Relations| said"
            k = end + 1
            while k < min(len(tokens), end + MAX_OF_TOKENS) and (is_cap(tokens[k]) or tokens[k].low in lexicon(
                    "articles") or joins_body_name(tokens, i + 1, k)):  # "of Energy|, Mines and| Resources"
                k += 1
            end = k if is_body_of_name([t.text for t in tokens[i + 1:k]]) else end
        if tokens[end - 1].low in lexicon("document_nouns"):
            sourced = _document_source(text, tokens, i, end)  # "a report by the inspector general said"
            if sourced is not None:
                return sourced
        anonymous_head = tokens[end - 1].low in lexicon("anonymous_heads")
        if (first.low in lexicon("indefinites") and tokens[end - 1].low not in lexicon("document_nouns")) or (
                anonymous_head and first.low != "the"):
            end = description_end(tokens, end)
        phrase = interpret(text, tokens[i:end])
        if phrase is None:
            return None
        named = _name_after_role(text, tokens, i, end) or _name_by_frame(text, tokens, phrase, end)
        if named is not None:  # "the movement’s spokesman Yahya Saree", "a student named Mikel"
            return named
        held = held_name_end(tokens, i, end)
        if held > end:  # "a spokesperson for Health Minister | Carla Reyes|": whose spokesperson is part of it
            phrase, end = phrase._replace(end=tokens[held - 1].end, title=text[phrase.start:tokens[held - 1].end]), held
        return apposed_name(text, tokens, phrase, end)
    if first.low in lexicon("anonymous_heads") and first.low.endswith("s"):
        end = description_end(tokens, i + 1)
        phrase = interpret(text, tokens[i:end])
        return (phrase, end) if phrase else None
    bare = bare_group(first)
    if bare is not None and not (i + 1 < len(tokens) and (is_cap(tokens[i + 1]) or is_title(tokens[i + 1].low))):
        if bare.kind == "anonymous":  # "volunteers from the Red Cross said": the group with its description
            end = description_end(tokens, i + 1)
            if end > i + 1:
                return bare._replace(end=tokens[end - 1].end, title=text[first.start:tokens[end - 1].end]), end
        return bare, i + 1  # "police said", but "Police Chief Arlene Voss" is a name
    j = i
    while j < len(tokens) and j - i < MAX_PHRASE_TOKENS and _extends_forward(tokens, i, j) and (
            j == i or line_start(text, tokens[j - 1].end, tokens[j].start) == tokens[j - 1].end):
        j += 1  # a name never runs on into the next line: "with Marisol Quintana | ⏎⏎ Marisol Quintana has run"
    while j > i and not (is_cap(tokens[j - 1]) or is_title(tokens[j - 1].low)):
        j -= 1
    if j == i:
        return None
    modified = bare_group(tokens[j]) if j < len(tokens) and j - i <= MAX_GROUP_MODIFIERS else None
    if modified is not None and all(is_cap(t) and t.low not in lexicon("not_names") and t.low not in first_names() and (
            not is_title(t.low)) for t in tokens[i:j]):
        return modified_group(text, tokens, i, j, modified), j + 1  # "Consumer advocates welcome", "Richmond police"
    body = numbered_body(text, tokens, i, j) if j < len(tokens) else None
    if body is not None:
        person = phrase_after(text, tokens, j + 1)  # "said Local 7 president Ann Roe": the person speaks
        return (person[0]._replace(start=body.start), person[1]) if person and person[0].kind == "name" else (
            body, j + 1)  # "said Teamsters Local 7"
    if j == i + 1 and j + 1 < len(tokens) and tokens[j].text.isdigit():
        person = phrase_after(text, tokens, j + 1)  # "Ward 6 | Coun. Luc Bertrand", "Grade 11 | student Ethan Kavanagh"
        if person is not None and person[0].kind == "name" and person[0].title:
            return person[0]._replace(start=tokens[i].start), person[1]
    if j == i + 1 and is_possessor(tokens[i]):
        end = role_run(tokens, j)  # "Moravia's | foreign ministry", "Roe’s | family"
        role = interpret(text, tokens[i:end]) if end > j else None
        if role is not None:
            return role, end
    phrase = interpret(text, tokens[i:j])
    if phrase is None:
        return None
    if phrase.kind == "name" and j + 3 < len(tokens) and nickname_before(tokens, j + 3) == j:
        rest = phrase_after(text, tokens, j + 3)  # "said Ann | “Annie” | Roe"
        if rest is not None and rest[0].kind == "name":
            return phrase._replace(end=rest[0].end, name=f"{phrase.name} {rest[0].name}"), rest[1]
    return apposed_name(text, tokens, phrase, j)


def numbered_body(text: str, tokens: list[Token], first: int, k: int) -> NounPhrase | None:
    """The body ``tokens[first:k + 1]`` when a number ends its name after its head: "Allied Food Workers Local
    218", "Local 7", "VFW Post 8870", an organization whatever its words ("Local" is no given name)."""
    if k < 1 or first >= k or not tokens[k].text.isdigit() or not is_cap(tokens[k - 1]) or (
            tokens[k - 1].low not in lexicon("numbered_bodies")):
        return None
    return NounPhrase(tokens[first].start, tokens[k].end, "organization", name=text[tokens[first].start:tokens[k].end])


def _document_source(text: str, tokens: list[Token], i: int, end: int) -> tuple[NounPhrase, int] | None:
    """A document with who issued or read it: "a report by the inspector general" speaks for the inspector
    general (as "the statement said" speaks for its issuer), "a memo obtained by the Ledger" for itself."""
    link = end + 1 if end + 1 < len(tokens) and tokens[end].text.islower() and tokens[end].low.endswith(
        ("ed", "en")) else end  # "released by", "written by", "seen by"
    if link + 1 >= len(tokens) or tokens[link].low not in lexicon("issued_by"):
        return None
    issuer = phrase_after(text, tokens, link + 1)
    if issuer is None or issuer[0].kind == "pronoun":
        return None
    if link > end and tokens[end].low in lexicon("document_readers"):
        document = interpret(text, tokens[i:end])
        return (document, issuer[1]) if document is not None else None
    return issuer


def _name_after_role(text: str, tokens: list[Token], i: int, end: int) -> tuple[NounPhrase, int] | None:
    """Read a name right after a role that ends in a title word: "the movement’s spokesman | Yahya Saree"."""
    if tokens[i].low in lexicon("indefinites") or not is_title(tokens[end - 1].low):
        return None  # "a spokesman": an indefinite role titles nobody
    k = name_run_end(tokens, end)
    if k == end:
        return None
    phrase = interpret(text, tokens[i:k])
    return (phrase, k) if phrase is not None and phrase.kind == "name" else None


def _name_by_frame(text: str, tokens: list[Token], role: NounPhrase, end: int) -> tuple[NounPhrase, int] | None:
    """Read a name a frame gives right after a person's role: "a 23-year-old student who gave his name
    only as | Mikel told AFP" (the role titles the name); not "a company called Apex"."""
    if end >= len(tokens) or role.kind not in ("anonymous", "nominal") or not is_person_head(role.head or ""):
        return None
    frame = naming_frame_after().match(text, tokens[end - 1].end)
    if frame is None:
        return None
    k = next((k for k in range(end, min(len(tokens), end + 8)) if tokens[k].start >= frame.end()), len(tokens))
    m = k
    while m < len(tokens) and m - k < 3 and is_name_word(tokens[m]):
        m += 1
    if m == k:
        return None
    title = strip_article(role.title) if role.title else None
    return NounPhrase(tokens[k].start, tokens[m - 1].end, "name", text[tokens[k].start:tokens[m - 1].end], title,
                      None, role.gender), m


def joint_after(text: str, tokens: list[Token], phrase: NounPhrase, j: int) -> tuple[NounPhrase | None, int]:
    """A second speaker joined to ``phrase`` by "and": "said Smith | and Jones". Returns it (or ``None``)
    and the index after it."""
    if phrase.kind != "name":
        return None, j
    joining = skip_party_label(text, tokens, j)  # "said Sens. Ann Lee, D-Ore., | and Tom Park, R-Utah"
    if joining < len(tokens) and joining > j and tokens[joining].text == ",":
        joining += 1
    if joining + 1 >= len(tokens) or tokens[joining].low not in lexicon("joining_words"):
        return None, j
    parsed = phrase_after(text, tokens, joining + 1)
    if parsed is None or parsed[0].kind != "name":
        return None, j
    return parsed


def skip_party_label(text: str, tokens: list[Token], j: int) -> int:
    """Step over a party label right after a name (", D-Ore." or "(R-Ohio)"); return the index of the
    first token after it (its closing comma stays), or ``j`` when none stands there."""
    if j == 0 or j >= len(tokens):
        return j
    label = party_label().match(text, tokens[j - 1].end, None, NOT_CONCURRENT)
    if label is None:
        return j
    end = label.end() + 1 if text[label.end():label.end() + 1] == ")" else label.end()
    while j < len(tokens) and tokens[j].start < end:
        j += 1
    return j


def modified_group(text: str, tokens: list[Token], first: int, k: int, group: NounPhrase) -> NounPhrase:
    """The bare group at ``tokens[k]`` with the modifiers from ``tokens[first]``: "Federal prosecutors", "U.S.
    officials"; a force named by its place is a body: "Richmond police", "state police"."""
    title = text[tokens[first].start:tokens[k].end]
    if group.kind == "nominal":
        return NounPhrase(tokens[first].start, tokens[k].end, "organization", name=title)
    return group._replace(start=tokens[first].start, title=title)


def bare_group(token: Token) -> NounPhrase | None:
    """A group named by a bare noun: "police" (the force), "prosecutors" or "investigators" (sources)."""
    if token.low in lexicon("organizations"):
        return None  # "Democrats", "Republicans": named organizations, read as names
    if token.low in lexicon("bare_organizations"):
        return NounPhrase(token.start, token.end, "nominal", title=token.text, head=token.low)
    if is_plural_title(token.low):
        return NounPhrase(token.start, token.end, "anonymous", title=token.text, head=token.low)
    return None


def _extends_forward(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether ``tokens[j]`` continues a name-and-title phrase that began at ``i``."""
    token = tokens[j]
    next_is_cap = j + 1 < len(tokens) and is_cap(tokens[j + 1])
    if is_cap(token) or is_title(token.low):
        return True
    if phrasal_cue(tokens, j):
        return False  # "Halvorsen | shot back": the cue, not a running back
    if token.low in particles() or token.text in "-–":  # "Abu al Hassan", "Jean - Pierre", "von der Leyen"
        return j > i and (next_is_cap or (j + 1 < len(tokens) and tokens[j + 1].low in particles()))
    if links_office(tokens, j, j - 1, j + 1) and (within_office(tokens, i, j - 1) or (
            token.low not in lexicon("joining_words"))):
        return within_office(tokens, i, j - 1)  # "Head of the Atomic Energy Organization ..."
    if joins_body_name(tokens, i, j):
        return True  # "Fisheries and Oceans Canada", "the Department of Seniors and Long-Term Care"
    # "defence lawyer Paul Mercer", "former Afghan president": a modifier before more of the title;
    # "consumer advocate William McGee": any word right before a title word.
    if token.low in lexicon("title_modifiers") and j + 1 < len(tokens) and tokens[j + 1].is_word:
        return True
    if j > i and role_link(tokens, j):
        return True  # "said Harrowgate striker and pundit Gary Finnerty"
    if not token.is_word or token.low in phrase_stops() or j + 1 >= len(tokens):
        return False
    if is_title(tokens[j + 1].low):
        return True
    # two lowercase words of a body before a title: "said | school board | president Geraldine Mattox"
    return j == i and j + 2 < len(tokens) and is_title(tokens[j + 2].low) and all(
        t.is_word and t.text.islower() and t.low not in phrase_stops() and t.low not in lexicon("function_words") and (
            t.low not in lexicon("determiners")) for t in tokens[j:j + 2])


def skip_affiliation(tokens: list[Token], j: int) -> int:
    """Step over "of the Tenants Union" after a person's name ("Maria Lopez of the Tenants Union said");
    return the index after it, or ``j``."""
    if j + 1 >= len(tokens) or tokens[j].low not in lexicon("affiliation_links"):
        return j
    k = j + 2 if tokens[j + 1].low in lexicon("articles") else j + 1
    end = k
    joints = lexicon("office_prepositions") | lexicon("joining_words")
    while end < len(tokens) and end - k < MAX_AFFILIATION_WORDS and (is_cap(tokens[end]) or (
            end > k and tokens[end].low in joints and end + 1 < len(tokens) and is_cap(tokens[end + 1]))):
        end += 1  # "of the | University of Alberta |"
    if end > k and tokens[end - 1].low.endswith(POSSESSIVE):  # "of Peel Regional Police’s | fraud bureau |"
        owned = end
        while owned < len(tokens) and owned - end < MAX_AFFILIATION_WORDS and tokens[owned].is_word and (
                tokens[owned].text.islower()) and tokens[owned].low not in phrase_stops():
            owned += 1
        return owned if owned > end else j
    return end if end > k else j


def skip_parenthetical(tokens: list[Token], j: int) -> int:
    """Step over "(D-N.Y.)" or "(R-Texas)" after a name; return the index after the ")"."""
    if j < len(tokens) and tokens[j].text == "(":
        closing = next((k for k in range(j + 1, min(len(tokens), j + 10)) if tokens[k].text == ")"), None)
        if closing is not None:
            return closing + 1
    return j


def apposed_name(text: str, tokens: list[Token], phrase: NounPhrase, end: int) -> tuple[NounPhrase, int]:
    """Prefer the name in "the governor, Beth Munro" (or "the director of the shelter, Ann Roe") over the role
    before it."""
    if phrase.kind not in ("nominal", "anonymous") or end + 1 >= len(tokens):
        return phrase, end
    if tokens[end].low in lexicon("office_prepositions"):  # "the director | of the shelter |, Ann Roe,"
        comma = next((k for k in range(end + 1, min(len(tokens), end + MAX_OF_TOKENS)) if not tokens[k].is_word), -1)
        if comma < 0 or tokens[comma].text != ",":
            return phrase, end
        of_phrase = text[tokens[end].start:tokens[comma - 1].end]
        role = phrase._replace(end=tokens[comma - 1].end, title=f"{phrase.title or ''} {of_phrase}")
        named = apposed_name(text, tokens, role, comma)
        return named if named[0].kind == "name" else (phrase, end)
    if tokens[end].text != ",":
        return phrase, end
    parsed = phrase_after(text, tokens, end + 1)  # "Jane Doe", "Dr. Ann Wu"
    if parsed is None or parsed[0].kind != "name":
        return phrase, end
    name, j = parsed
    if text[name.start:tokens[j - 1].end + 1].rstrip(",").lower() in region_names_after_place():
        return phrase, end  # the region of the place the description ends on: "An angler from Bemidji|, Minn.,"
    closes = j == len(tokens) or not tokens[j].is_word or tokens[j].low in phrase_stops()
    if not closes:
        return phrase, end
    title = TITLE_JOIN.join(t for t in (phrase.title, name.title) if t)
    titled = NounPhrase(name.start, name.end, "name", name.name, title or None, name.gender or phrase.gender)
    return titled, j + 1 if j < len(tokens) and tokens[j].text == "," else j


def nickname_before(tokens: list[Token], start: int) -> int | None:
    """Where a quoted nickname inside a name starts, when one stands right before ``tokens[start]``: the
    "“" of 'Ann “Annie” Roe'."""
    if start < 4 or tokens[start - 1].text not in CLOSING_NICKNAME or tokens[start - 3].text not in OPENING_NICKNAME:
        return None
    if not (is_cap(tokens[start - 2]) and tokens[start - 4].low in first_names()):
        return None
    return start - 3
