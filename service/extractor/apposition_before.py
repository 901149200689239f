"""Read the apposition that ends just before a reporting verb ("A Taliban spokesman, Zabiullah Karimi, | said",
"Tomas Berg, a spokesman for the agency, | said"): which half names the speaker, and which describes them."""

from __future__ import annotations

from .body_names import body_name, describes_body
from .language import lexicon
from .phrase_finder import phrase_after, skip_affiliation, skip_parenthetical, skip_party_label
from .phrases import NounPhrase, interpret, is_cap, role_held_for_another
from .tokens import Token, last_before
from .words import is_title, opens_relative_verb, organization_noun_words, region_names_after_place

# Modifiers between a role's link and the body or place it names: "officer for | the north | Valley".
MAX_FIELD_MODIFIERS = 2
# A residence after a name, in words: ", of | Sioux Falls, S.D. |,".
MAX_RESIDENCE_TOKENS = 8
# Words of a place before its state: "in | Coffey County |, Kan.,".
MAX_PLACE_WORDS = 3
# Where somebody went, a place's preposition too: "moved | to | Halifax, N.S.,".
TO = "to"
# Words of a relative clause with commas of its own, between a name and its verb: "Luis Ortega|, who came to Brandon
# from Jalisco, Mexico, in 2024|, said".
MAX_RELATIVE_TOKENS = 24
# Words of any other aside between a name and its verb: "One of them|, Coun. Rajesh Pillai (Ward 12, Cedarvale)|,".
MAX_ASIDE_TOKENS = 15
RELATIVE_WHO = "who"
# Marks a relative clause may hold besides its words and commas: a state's or an initial's period, brackets, a hyphen.
RELATIVE_MARKS = frozenset(".()-–")


def phrase_before(text: str, tokens: list[Token], j: int) -> NounPhrase | None:
    """:func:`phrase_before.phrase_before`, which reads appositions with this module: each half is a phrase."""
    from .phrase_before import phrase_before as before  # the two read each other

    return before(text, tokens, j)


def _residence_before(tokens: list[Token], comma: int) -> int | None:
    """The comma that opens a residence after a name (", of Dover, Del.,"), or ``None``."""
    i = comma - 1
    while i > 1 and comma - i <= MAX_RESIDENCE_TOKENS and (is_cap(tokens[i]) or tokens[i].text in ",."):
        i -= 1
    if tokens[i].low in lexicon("residence_links") and tokens[i - 1].text == "," and i + 1 < comma and is_cap(
            tokens[i + 1]):
        return i - 1
    return None


def _state_after_place(text: str, tokens: list[Token], opening: int, comma: int) -> bool:
    """Tell whether the aside between ``opening`` and ``comma`` is only the state, province or country of the place
    before it: "in Sacramento|, Calif.,|", "from Guanajuato|, Mexico,|" (a place's, never a name's party label, which
    a letter and a dash open)."""
    regions = text[tokens[opening].end:tokens[comma].start].strip().lower() in region_names_after_place()
    place = opening - 1
    while place > 0 and opening - place <= MAX_PLACE_WORDS and is_cap(tokens[place]):
        place -= 1  # "in | Coffey County |, Kan.,"
    # "from Guanajuato", "who moved | to | Halifax, Nova Scotia,"
    placed = tokens[place].low in lexicon("place_prepositions") or tokens[place].low == TO
    return regions and place < opening - 1 and placed


def _part_of_longer(text: str, tokens: list[Token], name: NounPhrase) -> bool:
    """Tell whether a name read before an aside is only the end of a longer name or place: the region after a place
    ("Grand Forks, | B.C."), or the end of a body's name (:func:`_end_of_body_name`)."""
    k = last_before(tokens, name.start)
    if k >= 1 and tokens[k].text == "," and text[name.start:name.end].lower() in region_names_after_place():
        return True
    return _end_of_body_name(text, tokens, name)


def _end_of_body_name(text: str, tokens: list[Token], name: NounPhrase) -> bool:
    """Tell whether a name is only the end of a body's name: after a plain word ("non subventionnées | du Québec"), or
    of the capitalized body a role holds ("executive director of Humane Wildlife | Thunder Bay")."""
    if _tail_of_lowercase(tokens, name):
        return True
    first = name.end - len(name.name or "")
    if first <= name.start or text[first:name.end] != name.name:
        return False  # no role before the name
    k = last_before(tokens, first)
    return k >= 0 and is_cap(tokens[k]) and not is_title(tokens[k].low)


def _role_of_another(phrase: NounPhrase) -> bool:
    """Tell whether a titled name is a role held for somebody else: "spokesman for Ms. Kaminsky",
    "lawyer for Mr. Voss" (the title ends with an office preposition and an honorific or nothing)."""
    words = (phrase.title or "").lower().split()
    prepositions = lexicon("office_prepositions")
    if role_held_for_another(words[:-1]):
        return True  # "A spokesperson for Immigration Minister | Aldous Penner, Kiran Bhatti,"
    return len(words) >= 2 and (words[-1] in prepositions or (
        words[-2] in prepositions and words[-1].rstrip(".") in lexicon("honorifics")))


def _before_party_label(text: str, tokens: list[Token], comma: int) -> int:
    """The comma before a party label that ends at ``comma`` ("Sen. Tom Reese|, D-Ohio|, who chairs the
    panel, said": the aside is the senator's, not the label's); ``comma`` itself when no label ends there."""
    labelled = next((i for i in range(comma - 1, max(-1, comma - 8), -1) if tokens[i].text == ","), None)
    if labelled is not None and labelled > 0 and skip_party_label(text, tokens, labelled) == comma:
        return labelled
    return comma


def apposition_before(text: str, tokens: list[Token], comma: int) -> NounPhrase | None:
    """Read "A Taliban spokesman, Zabiullah Karimi," or "Tomas Berg, a spokesman for the agency,".

    Args:
        text: the article.
        tokens: tokens of the stretch being read.
        comma: the comma that ends the apposition, just before the reporting verb.

    Returns:
        The named phrase (a name wins over a role), titled by the other half, or ``None``.
    """
    residence = _residence_before(tokens, comma)
    if residence is not None:
        return phrase_before(text, tokens, residence)  # "Roe, of Dover, Del., said": Roe
    opening = _opening_comma(tokens, comma)
    if opening is None or opening == 0:
        return None
    relative = _relative_opening(tokens, opening)
    if relative is not None and _names_nobody(text, tokens, opening, comma):
        # "X, who came ... from Jalisco, Mexico, in 2024, said": X (a name apposed inside the clause stays the
        # apposition's, which a later "her brother" needs: "..., who runs it with her brother, Paul, said").
        return phrase_before(text, tokens, relative)
    if _state_after_place(text, tokens, opening, comma):
        # "X, a pulmonologist in Sacramento|, Calif.,| told": X; "A worker from Guanajuato|, Mexico,| said"
        return apposition_before(text, tokens, opening) or phrase_before(text, tokens, opening)
    if skip_party_label(text, tokens, opening) == comma:
        return phrase_before(text, tokens, opening)  # "Tom Park, R-Utah, said": Tom Park
    if tokens[opening + 1].low in lexicon("quoting_participles"):
        # "State television, quoting an unnamed government source, said": the one quoted speaks.
        quoted = phrase_after(text, tokens, opening + 2)
        return quoted[0] if quoted is not None and quoted[1] == comma else None
    inner = None
    outer = phrase_before(text, tokens, _before_party_label(text, tokens, opening))
    if outer is not None and outer.kind == "name" and _part_of_longer(text, tokens, outer):
        apposed = apposition_before(text, tokens, opening)
        if apposed is not None and apposed.kind == "name" and apposed.title and apposed.start < outer.start:
            # the end of a longer name or place read as a person's, after a titled name: "Everett Lund, the mayor of
            # Grand Forks, | B.C. |, where ..., called", "Priya Raman, the executive director of Humane Wildlife
            # | Thunder Bay |, a volunteer group ..., called"
            return apposed
    if describes_body(tokens, opening, outer):
        inner = body_name(text, tokens, opening + 1, comma)  # "The union, Grain and Port Workers Local 333,"
        if inner is not None and outer is None:
            return inner  # "A group representing app-based couriers, the Gig Workers Alliance of Ontario, said"
    if inner is None and tokens[opening + 1].low not in lexicon("relatives"):  # ", who arrived for ...," names nobody
        inner = interpret(text, tokens[opening + 1:comma])
        if inner is None or inner.kind == "nominal":
            parsed = phrase_after(text, tokens, opening + 1)  # "a leading member of the Freedom Caucus"
            # The phrase must fill the aside, a bracketed place or ward after it apart ("(Ward 12, Cedarvale)"), or a
            # name's town or body ("Rep. Andrew Pellerin of Kenner", "Raymond Dubois of Lakeshore Savings Bank": a
            # name, not an office "of" the body).
            filled = parsed[0] if parsed and comma in (skip_parenthetical(tokens, parsed[1]), (
                skip_affiliation(tokens, parsed[1]) if parsed[0].kind == "name" else -1)) else None
            inner = filled if inner is None or (filled is not None and filled.kind == "name") else inner
    pair = _second_of_two_names(text, tokens, opening, comma) if inner is None else None
    if pair is not None and (outer is None or outer.kind != "name" or _inside_role(tokens, outer)):
        return pair  # the first name is found as its co-speaker
    if inner is not None and inner.kind == "anonymous" and inner.head in organization_noun_words():
        inner = None  # "The National Center for Senior Housing, an industry trade group,": the body described
    if outer is None:
        # "The senator’s chief of staff, Tim Hall, said": a name between the commas is the subject; so is a body
        # ("An English-speaking advocacy group, Voices of Quebec, said").
        return inner if inner is not None and inner.kind in ("name", "organization") else None
    holder = _role_holder(text, tokens, opening, outer) if inner is None or inner.kind in (
        "nominal", "anonymous") else None
    if holder is not None:
        return holder  # "Rabia Mahmood, policy director at | the Income Justice Network |, an advocacy group,"
    if (inner is None or inner.kind != "name") and outer.kind == "name" and _role_of_another(outer):
        apposed = apposition_before(text, tokens, opening)  # "Lea Park, | a spokesperson for Gov. X |, a Democrat,"
        if apposed is not None and apposed.kind == "name":
            return apposed
    if inner is None:
        # An aside, not a second name: "X, who was not authorized to speak, said", "X, asked why, said"; the
        # phrase before it may close an apposition of its own: "Brady Olson, a spokesperson for the campaign, |
        # fired back, | calling", "The College Athletes Alliance, a group that represents ... players, | blasted
        # the bill in a statement, | saying".
        if outer.kind in ("nominal", "anonymous") or (outer.kind == "name" and _tail_of_lowercase(tokens, outer)):
            # ... or the tail of a body's name read as a person's: "Karim Roy, president of the Regroupement des
            # garderies non subventionnées | du Québec |, which represents ..., said"
            apposed = apposition_before(text, tokens, opening)
            if apposed is not None and apposed.kind in ("name", "organization") and apposed.start < outer.start:
                return apposed
        return outer if outer.kind in ("name", "organization", "nominal", "anonymous") else None
    if inner.kind == "organization" and _role_of_body(tokens, outer, opening):
        return outer  # "A lawyer for the company, Kestrel Point Developments,": the body names the company
    holder = _office_holder(text, tokens, outer, inner) if inner.kind == "name" and outer.kind in (
        "name", "organization") else None
    if holder is not None:
        return holder  # "Ontario's minister responsible for | Ontario Power |, Tara Lind,": the name holds the office
    if inner.kind == "name" and outer.kind == "name" and _role_of_another(outer):
        # "A spokesman for Ms. Kaminsky, Daniel Oyelaran, said": the role belongs to the name after it.
        outer = outer._replace(kind="nominal", name=None, title=text[outer.start:outer.end])
    # A name or a body between the commas names what the role before it describes: "The union, Grain and Port
    # Workers Local 333, called"; a role between them describes the name before it ("Tomas Berg, a spokesman,").
    inner_names = inner.kind == "name" or (inner.kind == "organization" and outer.kind in ("nominal", "anonymous"))
    named, role = (inner, outer) if inner_names and outer.kind != "name" else (outer, inner)
    if named.kind not in ("name", "organization") or role.kind not in ("nominal", "anonymous", "name"):
        return None
    if role.kind == "name" and not _end_of_body_name(text, tokens, role):
        return None  # two names side by side: a list, not an apposition
    if role.kind == "name":  # a role whose body's name ends like a person's: "the executive director of ... | Bay |"
        role = role._replace(kind="nominal", name=None, title=text[role.start:role.end])
    return NounPhrase(named.start, named.end, named.kind, named.name, named.title or bare_title(role.title),
                      named.head, named.gender or role.gender)


def bare_title(title: str | None) -> str | None:
    """A role's words as a name's title, without the article the role had: "the spokesman" -> "spokesman"."""
    return title.removeprefix("the ").removeprefix("a ") if title else title


def _tail_of_lowercase(tokens: list[Token], name: NounPhrase) -> bool:
    """Tell whether a plain lowercase word stands right before ``name``, so it ends a longer name: "non
    subventionnées | du Québec" (not "for | Acme Corp", "the | Daily Ledger", "spokesman | Tim Hall")."""
    k = last_before(tokens, name.start)
    return k >= 0 and tokens[k].is_word and tokens[k].text.islower() and not is_title(tokens[k].low) and (
        tokens[k].low not in lexicon("function_words"))


def _role_of_body(tokens: list[Token], role: NounPhrase, comma: int) -> bool:
    """Tell whether ``role`` is a person's role for a body its last noun names before ``comma``: "the site
    superintendent for | the builder |", "A lawyer for | the company |" (a name after them names the body); a body
    is no such role."""
    if role.kind not in ("nominal", "anonymous") or not tokens[comma - 1].text.islower() or (
            tokens[comma - 1].low == role.head) or role.head in organization_noun_words():
        return False  # a body's own name: "The union that represents workers at the plant, | Local 40 |,"
    links = lexicon("role_institution_links")
    return any(t.low in links for t in tokens[:comma] if t.start > role.start)


def _office_holder(text: str, tokens: list[Token], field: NounPhrase, name: NounPhrase) -> NounPhrase | None:
    """``name``, titled by its role, when ``field`` is where the office before it is held or who hired its holder:
    "minister responsible for | Ontario Power |", "medical health officer for the north | Valley |", "A structural
    engineer retained by | the Ministry of Labour |" (a role's link or a participle's agent, an article, modifiers)."""
    k = last_before(tokens, field.start)
    links = lexicon("role_institution_links") | lexicon("agent_prepositions")
    for _ in range(MAX_FIELD_MODIFIERS + 1):
        if k < 1 or tokens[k].low in links or not tokens[k].is_word:
            break
        k -= 1  # "the", "north"
    if k < 1 or tokens[k].low not in links:
        return None
    link = k - 1 if tokens[k].low in lexicon("agent_prepositions") else k  # "retained | by"
    if not any(is_title(t.low) or t.low in lexicon("anonymous_heads") for t in tokens[
            max(0, link - MAX_FIELD_MODIFIERS - 2):link]):
        return None
    role = phrase_before(text, tokens, link)
    title = role.title if role is not None and role.kind in ("nominal", "anonymous") else None
    return name._replace(title=name.title or bare_title(title))


def _role_holder(text: str, tokens: list[Token], opening: int, body: NounPhrase) -> NounPhrase | None:
    """The person whose role the body before ``opening`` belongs to, when an aside about the body follows it:
    "Rabia Mahmood, policy director at | the Income Justice Network |, an advocacy group," is Rabia Mahmood."""
    if body.kind != "organization":
        return None
    k = last_before(tokens, body.start)
    k -= 1 if k > 0 and tokens[k].low in lexicon("articles") else 0
    if k < 0 or tokens[k].low not in lexicon("role_institution_links"):
        return None
    first = _opening_comma(tokens, opening)  # "Rabia Mahmood|, policy director at ...,"
    named = phrase_before(text, tokens, first) if first else None
    return named if named is not None and named.kind == "name" else None


def _opening_comma(tokens: list[Token], comma: int) -> int | None:
    """The comma that opens the aside closed at ``comma``, over at most 15 tokens, never one inside brackets:
    "One of them, | Coun. Rajesh Pillai (Ward 12, Cedarvale) |, said"; a "who" clause after a name may run to
    ``MAX_RELATIVE_TOKENS`` ("Mireille Cormier, | who organizes free lessons ... through a volunteer group called the
    Moncton Skate Collective |, called"; not after a role, which an unnamed source's long clause follows)."""
    depth = 0
    for i in range(comma - 1, max(-1, comma - MAX_RELATIVE_TOKENS - 1), -1):
        depth += {")": 1, "(": -1}.get(tokens[i].text, 0)
        if depth == 0 and tokens[i].text == "," and (comma - i <= MAX_ASIDE_TOKENS or (
                tokens[i + 1].low == RELATIVE_WHO and _opening_name(tokens, i))):
            return i
        if depth == 0 and tokens[i].text == ",":
            return None
    return None


def _opening_name(tokens: list[Token], comma: int) -> bool:
    """Tell whether the capitalized words before ``comma`` open the stretch read, a subject's name alone: "|Mireille
    Cormier|, who" (not "A signal maintainer with | Laurentian Rail|, who")."""
    i = comma - 1
    while i >= 0 and is_cap(tokens[i]):
        i -= 1
    return i < 0 < comma


def _names_nobody(text: str, tokens: list[Token], opening: int, comma: int) -> bool:
    """Tell whether the aside between ``opening`` and ``comma`` names no person or body: "in 2024", "on Monday"."""
    aside = interpret(text, tokens[opening + 1:comma])
    return aside is None or aside.kind not in ("name", "organization")


def _relative_opening(tokens: list[Token], opening: int) -> int | None:
    """The comma that opens a relative clause whose own commas hold the aside opened at ``opening``: "Luis Ortega|,
    who came to Brandon from Jalisco, | Mexico, in 2024 |, said" (the place and the year are no apposition)."""
    relatives = lexicon("relatives")
    for i in range(opening - 1, max(0, opening - MAX_RELATIVE_TOKENS), -1):
        token = tokens[i]
        if token.text == "," and tokens[i + 1].low in relatives:
            # "who" is always its clause's subject ("who | chairs the council"), "whose" owns what follows ("whose |
            # husband"); "that" and "which" only before a verb
            person = tokens[i + 1].low == RELATIVE_WHO or tokens[i + 1].low in lexicon("relative_possessives")
            return i if i + 2 < len(tokens) and (person or opens_relative_verb(tokens[i + 2].text)) else None
        if not token.is_word and token.text != "," and (token.text not in RELATIVE_MARKS or (
                token.text == "." and is_cap(tokens[i + 1]))):
            return None  # a quote mark or a sentence's end: the clause began after it
    return None


def _inside_role(tokens: list[Token], phrase: NounPhrase) -> bool:
    """Tell whether a name ends a role's "of" phrase or list: "The mayors of Rimouski and | Forestville|"."""
    k = last_before(tokens, phrase.start + 1)  # the name's first token
    return k > 0 and (tokens[k - 1].low in lexicon("office_prepositions") or tokens[k - 1].low in lexicon(
        "joining_words"))


def _second_of_two_names(text: str, tokens: list[Token], opening: int, comma: int) -> NounPhrase | None:
    """The second of two names an aside holds: "The mayors of Rimouski and Forestville, Guy Lavoie and | Nathalie
    Tremblay|, called" (never the place before the aside)."""
    joining = lexicon("joining_words")
    if not any(tokens[k].low in joining for k in range(opening + 2, comma - 1)):
        return None  # no "and" to join two names: most asides
    first = phrase_after(text, tokens, opening + 1)
    if first is None or first[0].kind != "name" or first[1] >= comma or tokens[first[1]].low not in joining:
        return None
    second = phrase_after(text, tokens, first[1] + 1)
    return second[0] if second is not None and second[0].kind == "name" and second[1] == comma else None
