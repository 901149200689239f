"""What the scan reads around a name in the writer's own words: a party label or an apposition after it
("Karim Haddad, the union’s chief negotiator,"), a role before it between commas ("The transport minister,
Helen Marsh, said"), or a frame that gives it as a name ("a retired welder named Frank")."""

from __future__ import annotations

import regex

from .budget import NOT_CONCURRENT
from .language import compiled, lexicon, mapping
from .phrase_before import phrase_before
from .phrases import TITLE_JOIN, NounPhrase, interpret
from .segments import line_start
from .tokens import Token, Tokens
from .unknown_roles import unknown_role
from .words import POSSESSIVE, gender_from_first_name, gender_of, is_head, is_person_head, party_label, party_of

# "X, the Y," and "X, a Y,": the role after a name ("Karim Haddad, the union’s chief negotiator,").
RE_APPOSITION = regex.compile(r"\s*+,\s*+((?:the|a|an)\s[^,.;:“”\"()]{2,90}?)\s*+[,.;]")
# Words of an apposition that names a role the lexicons do not know: ", the city’s chief planner,".
MAX_APPOSITION_WORDS = 4
# How far before a name between commas its role is read: "B.C.’s Minister of Mental Health and Addictions,".
MAX_ROLE_CHARS = 80
# The end of the sentence before a role: "three feet. |Her daughter," (not "U.N. |special envoy").
RE_SENTENCE_END_BEFORE = regex.compile(r"(?r)(\p{L}*+[\p{Ll}\p{N})])[.!?][\"”’]?\s++(?=\S)")
# A relative's owner and family noun right before a name, with no comma: "Mandal’s brother |Ramesh".
RE_RELATIVE_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}’'\-])([\p{L}’'\-]++)\h++(\p{Ll}++)\h++\Z")
# The last word before the comma that opens an apposition: "The transport minister|, Helen Marsh,".
RE_WORD_BEFORE_COMMA = regex.compile(r"(?r)([\p{L}\-]++)[’'.]?,\h++\Z")


def _patterns() -> dict[str, regex.Pattern[str]]:
    """The patterns built from the pack's words, compiled once per language."""
    def build() -> dict[str, regex.Pattern[str]]:
        return {
            # "X, spokesman for the port authority," and "X, Russia's permanent representative to ...,".
            "bare_apposition": regex.compile(
                r"""\s*+,\s*+ ( (?:\p{Lu}[\p{L}\-]*+['’]s\s)?+ (?:[\p{Ll}\-]++\s){0,2}? (?i:\L<titles>)\b
                               (?:\s(?:of|for|at|to|with)\s[^,.;:“”\"()]{2,60}+)? ) \s*+[,.;]""",
                regex.VERBOSE, titles=sorted(lexicon("titles"))),
            # The same in words, as the New York Times writes it: "Marjorie Taylor Greene, Republican of Georgia,".
            "party_of_state": regex.compile(
                r"\s{0,8}+,\s{0,8}+((?i:\L<parties>)) of ([A-Z][a-z]++(?:\s[A-Z][a-z]++)?)(?=[,.;)]|\s)",
                parties=sorted(lexicon("party_names"))),
            # What ties an office to its institution, or a role to whom it serves: "Minister of", "spokesman for".
            "office_link": regex.compile(r"\s(?:\L<links>)\s", links=sorted(lexicon("office_prepositions"))),
            # The description a naming frame follows, up to four words, after an article (lowercase or
            # capitalized): "a | retired welder | named", "a | 23-year-old student | who gave his name only
            # as" (a relative pronoun may stand between them).
            "description_before": regex.compile(
                r"""(?r)(?<![\p{L}\p{N}]) \L<articles> \s++
                    ( (?:[\p{L}\p{N}\-’']++\s++){0,3}? ([\p{L}\-]++) ) \s*+,?\s*+ (?:\L<relatives>\s++)? \Z""",
                regex.VERBOSE, articles=sorted(lexicon("articles") | {w.capitalize() for w in lexicon("articles")}),
                relatives=sorted(lexicon("naming_relatives"))),
            # A frame right before a name: "named |Frank", "gave his name only as |Mikel".
            "naming_frame": regex.compile(r"(?r)(?<![\p{L}\p{N}])(\L<frames>)\s++\Z",
                                          frames=sorted(lexicon("naming_frames"))),
        }
    return compiled("apposition_patterns", build)


def labelled(text: str, tokens: Tokens, phrase: NounPhrase) -> NounPhrase:
    """The name with what follows it: a party label, or an apposition that titles it."""
    if text[phrase.end:phrase.end + 10].lstrip()[:1] not in (",", "("):
        return phrase  # every label and apposition opens with a comma or a bracket
    party = party_label().match(text, phrase.end, None, NOT_CONCURRENT) or _patterns()["party_of_state"].match(
        text, phrase.end, None, NOT_CONCURRENT)
    if party is not None:
        # "Sen. Ted Cruz, R-Texas," / "Rep. Jamie Raskin (D-Md.)" / "Ms. Greene, Republican of Georgia,":
        # "the Texas Republican" later.
        label = f"{party_of(party.group(1))} from {_state(party.group(2))}"
        titles = f"{phrase.title}{TITLE_JOIN}{label}" if phrase.title else label
        return NounPhrase(phrase.start, phrase.end, "name", phrase.name, titles, None, phrase.gender)
    if phrase.title is None:
        role, gender = _apposition(text, tokens, phrase.end)
        if role is not None:
            return NounPhrase(phrase.start, phrase.end, "name", phrase.name, role, None, phrase.gender or gender)
    return phrase


def _apposition(text: str, tokens: Tokens, end: int) -> tuple[str | None, str | None]:
    """The role after a name, and the gender it tells: ", the union’s chief negotiator," or
    ", spokesman for the port authority," (the second form starts with a title word itself)."""
    apposition = RE_APPOSITION.match(text, end, None, NOT_CONCURRENT)
    if apposition:
        words = tokens.between(apposition.start(1), apposition.end(1))
        role = interpret(text, words)
        if role is not None and role.kind in ("nominal", "anonymous"):
            return apposition.group(1), role.gender
        # A role the lexicons do not know, named as one right after the name: ", the city’s chief planner,".
        unknown = unknown_role(text, words, 0, max_words=MAX_APPOSITION_WORDS, indefinite=False)
        if unknown is not None and unknown[1] == len(words):
            return apposition.group(1), None
        return None, None
    bare = _patterns()["bare_apposition"].match(text, end)
    if bare and bare.group(1).split(" ", 1)[0].lower() in lexicon("relatives"):
        return None, None  # a relative clause, not a role: "Tonya Reese, | whose husband |, a driver ..."
    if bare:
        return bare.group(1), gender_of(bare.group(1).lower().split())
    return None, None


def framed_name(text: str, tokens: Tokens, start: int, end: int) -> NounPhrase | None:
    """A name between commas after its role, read as speaker phrases read it: "The transport minister,
    Helen Marsh, said" or "The owner’s nephew, Tomas, who runs the kitchen," (the role titles the name).

    Returns:
        The titled name that spans ``start:end``, or ``None`` ("Ann Lee, Bo Li and Tom Park": a list).
    """
    window = max(0, start - MAX_ROLE_CHARS)
    window = line_start(text, window, start)
    sentence = RE_SENTENCE_END_BEFORE.search(text, window, start, NOT_CONCURRENT)
    if sentence is not None and f"{sentence.group(1).lower()}." not in lexicon("abbreviations"):
        window = sentence.end()  # "... three feet. |Her daughter, Alison Hebden,", not "Ms. |Kaminsky,"
    # Read only after a role's head or an office's institution ("minister, |", "Addictions, |"), never
    # after a list's names ("Ann Lee, |Bo Li,"): the full parse costs what most commas do not need.
    before = RE_WORD_BEFORE_COMMA.search(text, window, start, NOT_CONCURRENT)
    if before is None:
        return None
    if not is_head(before.group(1).lower()) and not (
            before.group(1)[0].isupper() and _patterns()["office_link"].search(text, window, before.start())):
        return None  # a role ends with its head, or with the institution or person after "of", "for", "to"
    if text.startswith(".", end):
        if text.startswith(".,", end):
            return None  # a state's abbreviation inside the sentence: "in Coffey County, | Kan. |, said"
        return _closing_name(text, tokens.between(window, start), start, end)
    words = tokens.between(window, end + 1)
    if len(words) < 4 or words[-1].start != end:
        return None
    phrase = phrase_before(text, words, len(words))
    if phrase is None or phrase.kind != "name" or phrase.start != start or not phrase.title:
        return None
    return phrase


def _closing_name(text: str, role_words: list[Token], start: int, end: int) -> NounPhrase | None:
    """A name that closes its sentence after a person's role and a comma: "she is survived by a grandson,
    Theo." (a later "he" is Theo); not "the capital, Paris." (no person's role)."""
    if len(role_words) < 2 or role_words[-1].text != ",":
        return None
    comma = len(role_words) - 1
    role = phrase_before(text, role_words, comma)
    if role is None:  # a relation the lexicons hold no role for: "a grandson", "her nephew"
        determiners = lexicon("determiners") | lexicon("indefinites")
        opening = next((i for i in range(comma - 2, max(-1, comma - 2 - MAX_APPOSITION_WORDS), -1)
                        if role_words[i].low in determiners), None)
        parsed = None if opening is None else unknown_role(text, role_words, opening, max_words=MAX_APPOSITION_WORDS)
        role = parsed[0] if parsed is not None and parsed[1] == comma else None
    if role is None or role.kind not in ("nominal", "anonymous") or not is_person_head(role.head or ""):
        return None
    return NounPhrase(start, end, "name", text[start:end], role.title, None, role.gender)


def named_relative(text: str, start: int, end: int) -> NounPhrase | None:
    """A one-word name right after a relation with its owner, no comma between: "Mandal’s brother Ramesh,
    who works at the same site, said", "Her brother Sal, 88,"; the relation titles the name (a later "he"
    is the brother, not Mandal). Not "the brother Ramesh" (no owner) nor a name that runs on."""
    gap = text.rfind(" ", max(0, start - MAX_ROLE_CHARS), start - 1)
    if start < 2 or text[start - 1] != " " or text[gap + 1:start - 1].lower() not in lexicon("family_nouns"):
        return None  # the word before is no relation: most single words, found without a pattern
    relation = RE_RELATIVE_BEFORE.search(text, max(0, start - MAX_ROLE_CHARS), start)
    if relation is None or relation.group(2) not in lexicon("family_nouns"):
        return None
    owner = relation.group(1)
    if not (owner.endswith(POSSESSIVE) or owner.lower() in lexicon("determiners") - lexicon("articles")):
        return None
    if not text.startswith((",", " "), end) or (text.startswith(" ", end) and text[end + 1:end + 2].isupper()):
        return None  # "her son Tom Park’s ...": a longer name is the name scan's
    title = text[relation.start():relation.end(2)]
    return NounPhrase(start, end, "name", text[start:end], title, None, gender_of([relation.group(2)]))


def naming_frame_start(text: str, start: int) -> int:
    """Where the naming frame right before the name at ``start`` begins ("a welder |named Frank", "who would |give
    only his first name, Vince"), or -1."""
    frame = _patterns()["naming_frame"].search(text, max(0, start - 40), start, NOT_CONCURRENT)
    return frame.start() if frame is not None else -1


def named_by_frame(text: str, start: int, end: int) -> NounPhrase | None:
    """A one-word name a frame gives: "a retired welder named Frank", "a friendly man named Curtis", "a
    student who gave his name only as Mikel"; not "a ship named Endeavour" (a known given name, a
    person before "named", or a frame only a person fits: "gave his name as")."""
    frame = _patterns()["naming_frame"].search(text, max(0, start - 40), start)
    if frame is None:
        return None
    low = text[start:end].lower()
    description = _patterns()["description_before"].search(text, max(0, frame.start() - 60), frame.start())
    head = description.group(2).lower() if description is not None else ""
    if not (gender_from_first_name(low) or is_person_head(head) or " " in frame.group(1)):
        return None  # "a ship named Endeavour", "a company called Apex"
    title = description.group(1) if description is not None and is_person_head(head) and (
        head not in lexicon("person_nouns")) else None
    gender = gender_from_first_name(low) or gender_of(frame.group(1).split())
    return NounPhrase(start, end, "name", text[start:end], title, None, gender)


def _state(label: str) -> str:
    """The state a party label names: "N.Y." -> "New York"; unknown labels are kept."""
    name = mapping("us_states").get(label.lower())
    return name.title() if name else label
