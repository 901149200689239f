"""Noun phrases that can name a speaker: names with titles, organizations, roles, sources, pronouns."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import regex

from .lexicons import lexicon

# Words, initials and single punctuation marks; "O’Neill", "Ocasio-Cortez" and "union’s" are one word.
RE_TOKEN = regex.compile(
    r"""
    (?:\p{Lu}\.){2,}+                                           # U.S., D.C.
    | \p{L}[\p{L}\p{M}\p{N}]*+(?:['’\-][\p{L}\p{M}\p{N}]++)*+   # words, with inner apostrophes/hyphens
    | \d{1,3}-year-old                                          # ages, one word: "27-year-old"
    | \p{N}++                                                   # numbers
    | \S                                                        # any other mark
    """,
    regex.VERBOSE,
)

# Names that start with a lowercase particle joined by a hyphen: "al-Sisi", "el-Baradei", "bin-Salman".
RE_PARTICLE_NAME = regex.compile(r"(?:al|el|ad|an|as|ash|at|az|bin|ibn|abu|ben)-\p{Lu}")
RE_PARTICLE_PREFIX = regex.compile(r"\A(?:al|el|ad|an|as|ash|at|az|bin|ibn|abu|ben)-")
RE_AGE = regex.compile(r"\d{1,3}-year-old")
SUBJECT_PRONOUNS = {"he": "m", "she": "f", "it": "n", "they": "p", "i": "", "we": "p"}
DETERMINERS = frozenset({"the", "this", "that", "his", "her", "its", "their"})
INDEFINITES = frozenset(
    {"a", "an", "one", "two", "three", "four", "several", "some", "many", "multiple", "other", "another",
     "various", "numerous"}
)
PARTICLES = frozenset({"al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la", "le",
                       "van", "von"})
# Words that may follow an anonymous head to describe it: "a source in the army".
ANONYMOUS_LINKS = frozenset({"in", "at", "with", "from", "for", "of", "close", "familiar", "inside", "within",
                             "to", "on", "briefed", "involved", "knowledgeable", "who"})
# Words that end the description of an anonymous source: "a senior official said on condition ...".
ANONYMOUS_STOPS = frozenset({"who", "that", "which", "said", "says", "told", "and", "but", "speaking", "on",
                             "because", "when", "while", "as"})
MAX_PHRASE_TOKENS = 14
RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
# The prepositions that tie an office to its institution: "Head of", "ambassador to", "Minister for".
OFFICE_PREPOSITIONS = frozenset({"of", "to", "for"})
LINK_WORDS = OFFICE_PREPOSITIONS | {"the", "and", "(", ")"}  # inside an office: "Head of the Atomic Energy ..."
# What may stand between an office's institution and the name after it: "of Iran | Mohammad Eslami".
OFFICE_LINKS = LINK_WORDS - {"("}
POSSESSIVE = ("’s", "'s")  # "Iran’s", "Russia's"
TITLE_JOIN = "; "  # between the titles one phrase carries, as the cast splits them
# Organizations named by a bare common noun: '“Go home,” police told the crowd.'
BARE_ORGANIZATIONS = frozenset({"police"})


class Token(NamedTuple):
    """A word or mark with its offsets; ``low`` is the lowercased text."""

    text: str
    start: int
    end: int
    low: str
    is_word: bool


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """A phrase that names (or points to) a speaker.

    ``kind`` is ``pronoun``, ``name`` (a person's proper name), ``organization``, ``nominal`` (a role
    with a determiner, "the negotiator") or ``anonymous`` ("a senior official").
    """

    start: int
    end: int
    kind: str
    name: str | None = None  # the proper name, without titles ("Mohammad Javad Zarif")
    title: str | None = None  # the role words ("Iranian Foreign Minister", "union’s chief negotiator")
    head: str | None = None  # the role's head noun, lowercase ("minister", "source")
    gender: str | None = None  # "m", "f", "n" (it), "p" (they), or None when nothing tells


@cache
def _words(name: str) -> frozenset[str]:
    """The single words of a lexicon, with the last word of each multi-word entry."""
    entries = lexicon(name)
    return entries | frozenset(entry.rsplit(" ", 1)[-1] for entry in entries)


def is_title(low: str) -> bool:
    """Tell whether a lowercase word is a title or role word ("minister", "sen.", "spokesman")."""
    return low in _words("titles")


def is_head(low: str) -> bool:
    """Tell whether a lowercase word can head a role phrase ("the negotiator", "the company")."""
    return (is_title(low) or low in lexicon("anonymous_heads") or low in _words("organization_nouns")
            or is_descriptive(low) or low in lexicon("document_nouns") or is_plural_title(low))


def is_plural_title(low: str) -> bool:
    """A role in the plural: "lawyers", "prosecutors" (unnamed people, spoken of as a group)."""
    return low.endswith("s") and is_title(low[:-1])


def is_descriptive(low: str) -> bool:
    """A word that describes a person without naming an office: "native", "veteran", "27-year-old"."""
    return low in lexicon("descriptive_roles") or bool(RE_AGE.fullmatch(low))


def is_org_name(words: list[str]) -> bool:
    """Tell whether capitalized words name an organization ("Interior Ministry", "Al Jazeera")."""
    if not words:
        return False
    joined = " ".join(words).lower()
    return (words[-1].lower() in lexicon("organization_heads") or joined in lexicon("organizations")
            or words[0].lower() in lexicon("organizations"))


def _is_possessor(token: Token) -> bool:
    """A capitalized possessive: "Iran’s", "Russia's"."""
    return token.is_word and token.text[0].isupper() and token.low.endswith(POSSESSIVE)


def _is_cap(token: Token) -> bool:
    return token.is_word and (token.text[0].isupper() or bool(RE_PARTICLE_NAME.match(token.text)))


def name_key(word: str) -> str:
    """A name word for matching: lowercase, no final period, no particle: "al-Sisi" and "el-Sisi" -> "sisi"."""
    low = word.lower().rstrip(".")
    return RE_PARTICLE_PREFIX.sub("", low) if "-" in low else low  # most words have no hyphen: no regex


def _is_name_word(token: Token) -> bool:
    """A capitalized word that can be part of a proper name (not a sentence opener or a title)."""
    if not _is_cap(token) or token.low in lexicon("not_names") or is_title(token.low):
        return False
    return not (len(token.text) > 3 and token.text.isupper())  # "TEHRAN" is a dateline


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Split ``text[start:end]`` into tokens; an abbreviation ("Dr.", "Sen.") or initial keeps its period."""
    tokens: list[Token] = []
    abbreviations = lexicon("abbreviations")
    for match in RE_TOKEN.finditer(text, start, end):
        word = match.group()
        s, e = match.span()
        is_word = word[0].isalpha() or word.endswith("-year-old")
        if is_word and e < end and text[e] == "." and (
            (len(word) == 1 and word.isupper()) or f"{word.lower()}." in abbreviations
        ):
            word, e = word + ".", e + 1
        if not is_word and tokens and tokens[-1].end > s:
            continue  # the period of "Dr." was taken by the word before
        tokens.append(Token(word, s, e, word.lower(), is_word))
    return tokens


def gender_of(lows: list[str]) -> str | None:
    """The gender that honorifics or gendered roles among lowercase words tell ("Ms.", "spokesman")."""
    for low in lows:
        if low in lexicon("honorifics_male"):
            return "m"
        if low in lexicon("honorifics_female"):
            return "f"
    return None


def _phrase(tokens: list[Token], kind: str, **fields: str | None) -> NounPhrase:
    return NounPhrase(tokens[0].start, tokens[-1].end, kind, **fields)


def _span_text(text: str, tokens: list[Token]) -> str:
    return text[tokens[0].start:tokens[-1].end]


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
    if len(tokens) == 1 and first.low in SUBJECT_PRONOUNS:
        return _phrase(tokens, "pronoun", gender=SUBJECT_PRONOUNS[first.low] or None)
    if first.low in INDEFINITES or (first.low in lexicon("anonymous_heads") and first.low.endswith("s")):
        return _anonymous(text, tokens)
    determined = first.low in DETERMINERS
    body = tokens[1:] if determined else tokens
    if not body:
        return None
    # The last title word splits the title from the name: "Iranian Foreign Minister | Mohammad Javad Zarif",
    # or the institution the office belongs to does: "Head of the Atomic Energy Organization of Iran |
    # Mohammad Eslami".
    split = max((i for i, t in enumerate(body) if is_title(t.low)), default=-1) + 1
    split += _person_start(body[split:])
    if split == 0 and len(body) > 1 and _is_possessor(body[0]) and not is_org_name([t.text for t in body[1:]]):
        split = 1  # "Russia’s | Sergei Lavrov": the country is a role, not a name ("Iran’s Foreign Ministry" stays)
    name_tokens = body[split:]
    title_tokens = body[:split]
    gender = gender_of([t.low for t in body])
    if name_tokens and all(_is_name_word(t) or t.low in PARTICLES for t in name_tokens):
        words = [t.text for t in name_tokens]
        if is_org_name(words) or (determined and not title_tokens):
            # "The Des Moines Register": a capitalized name after "the" is not a person.
            return _phrase(tokens, "organization", name=_span_text(text, name_tokens))
        title = _span_text(text, title_tokens) if title_tokens else None
        return _phrase(tokens, "name", name=_span_text(text, name_tokens), title=title, gender=gender)
    if name_tokens and all(_is_cap(t) for t in name_tokens) and is_org_name([t.text for t in name_tokens]):
        return _phrase(tokens, "organization", name=_span_text(text, name_tokens))
    head = _office_head(body)
    if determined and head is body[-1] and head.low in lexicon("organizations"):
        return _phrase(tokens, "organization", name=_span_text(text, body))  # "the Pentagon"
    if is_head(head.low) and (determined or all(_role_word(t) for t in body)):
        return _phrase(tokens, "nominal", title=_span_text(text, body), head=head.low, gender=gender)
    return None


def _office_head(body: list[Token]) -> Token:
    """The head of a role: its last word, or the office before "of", "for" or "to" ("the spokesman for
    the Iranian Foreign Ministry", "a member of the committee")."""
    for i in range(1, len(body)):
        if body[i].low in OFFICE_PREPOSITIONS:
            office = body[i - 1].low
            if is_head(office) and office not in _words("organization_nouns"):
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
    heads, known = lexicon("organization_heads"), lexicon("organizations")
    if len(tokens) < 3 or not any(t.low in heads or t.low in known or t.low in OFFICE_LINKS for t in tokens):
        return 0  # nothing that could be an institution: most names
    k = len(tokens)
    while k > 0 and (_is_cap(tokens[k - 1]) or tokens[k - 1].low in PARTICLES):
        k -= 1  # the capitalized words at the end: institution ("NATO", "Central Bank") and name
    tail = tokens[k:]
    if len(tail) < 3 or (k > 0 and tokens[k - 1].low not in OFFICE_LINKS):
        return 0  # a plain name, or words that are no office of an institution
    last_head = max((i for i, t in enumerate(tail[:-2]) if t.low in heads
                     or " ".join(w.low for w in tail[:i + 1]) in known), default=-1)
    if last_head >= 0:
        return k + last_head + 1
    if k == 0:
        return 0
    if is_org_name([t.text for t in tail]):
        return 0  # the office ends with its institution: "spokesman for the Iranian Foreign Ministry"
    first = next((i for i, t in enumerate(tail[:-1]) if t.low in _first_names()), None)
    return k + (first if first is not None else len(tail) - 2)


@cache
def _first_names() -> frozenset[str]:
    return lexicon("first_names_male") | lexicon("first_names_female")


def _role_word(token: Token) -> bool:
    """A word that can stand in a role phrase without a determiner ("Taliban spokesman")."""
    low = token.low
    return _is_cap(token) or is_head(low) or low in lexicon("title_modifiers") or low in PARTICLES


def _anonymous(text: str, tokens: list[Token]) -> NounPhrase | None:
    heads = [i for i, t in enumerate(tokens) if t.low in lexicon("anonymous_heads") or is_title(t.low)]
    if not heads:
        return None
    head = tokens[heads[0]]
    gender = gender_of([t.low for t in tokens])
    return _phrase(tokens, "anonymous", title=_span_text(text, tokens), head=head.low, gender=gender)


def _role_run(tokens: list[Token], i: int) -> int:
    """Return the end of a role phrase that starts at ``i`` and ends at its last head noun."""
    end, j = -1, i
    while j < len(tokens) and j - i < 6 and tokens[j].is_word and tokens[j].low not in _stop_words():
        if is_head(tokens[j].low) or (_is_cap(tokens[j]) and is_org_name([tokens[j].text])):
            end = j + 1
        elif _is_cap(tokens[j]) and j + 1 < len(tokens) and _is_cap(tokens[j + 1]):
            pass
        j += 1
        if end > 0 and j < len(tokens) and _is_cap(tokens[j - 1]) and not _is_cap(tokens[j]) and not is_head(
                tokens[j].low):
            break  # "the Interior Ministry | said", but "the UN chief", "the Kremlin spokesman"
    if end < 0:
        # "the Interior Ministry", "the Daily Ledger": a capitalized name after "the".
        j = i
        while j < len(tokens) and _is_cap(tokens[j]):
            j += 1
        if j > i and is_org_name([t.text for t in tokens[i:j]]):
            return j
    return end


@cache
def _stop_words() -> frozenset[str]:
    return lexicon("reporting_verbs") | lexicon("adverbs") | frozenset(
        {"who", "which", "that", "in", "on", "at", "to", "from", "by", "and", "but", "or", "as", "after",
         "before", "during", "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "did",
         "does", "do", "not", "when", "while", "because", "if", "than", "said", "told"}
    )


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
    if first.low in SUBJECT_PRONOUNS:
        return interpret(text, tokens[i:i + 1]), i + 1
    if first.low == "one" and i + 2 < len(tokens) and tokens[i + 1].low == "of":
        # "one of them said", "one of the officials said": one of the group named before, like "they".
        if tokens[i + 2].low in ("them", "those"):
            return NounPhrase(first.start, tokens[i + 2].end, "pronoun", gender="p"), i + 3
        group = tokens[i + 3] if i + 3 < len(tokens) and tokens[i + 2].low == "the" else None
        if group is not None and group.low.endswith("s") and is_head(group.low):
            return NounPhrase(first.start, group.end, "pronoun", gender="p"), i + 4
    if first.low in DETERMINERS or first.low in INDEFINITES:
        end = _role_run(tokens, i + 1)
        if end < 0:
            return None
        if first.low in INDEFINITES or (tokens[end - 1].low in lexicon("anonymous_heads") and first.low != "the"):
            end = _anonymous_tail(tokens, end)
        phrase = interpret(text, tokens[i:end])
        if phrase is None:
            return None
        named = _name_after_role(text, tokens, i, end)  # "the movement’s spokesman Yahya Saree"
        if named is not None:
            return named
        return _apposed_name(text, tokens, phrase, end)
    if first.low in lexicon("anonymous_heads") and first.low.endswith("s"):
        end = _anonymous_tail(tokens, i + 1)
        phrase = interpret(text, tokens[i:end])
        return (phrase, end) if phrase else None
    group = bare_group(first)
    if group is not None:
        return group, i + 1
    j = i
    while j < len(tokens) and j - i < MAX_PHRASE_TOKENS and _extends_forward(tokens, i, j):
        j += 1
    while j > i and not (_is_cap(tokens[j - 1]) or is_title(tokens[j - 1].low)):
        j -= 1
    if j == i:
        return None
    phrase = interpret(text, tokens[i:j])
    if phrase is None:
        return None
    return _apposed_name(text, tokens, phrase, j)


def _name_after_role(text: str, tokens: list[Token], i: int, end: int) -> tuple[NounPhrase, int] | None:
    """Read a name right after a role that ends in a title word: "the movement’s spokesman | Yahya Saree"."""
    if tokens[i].low in INDEFINITES or not is_title(tokens[end - 1].low):
        return None  # "a spokesman": an indefinite role titles nobody
    k = end
    while k < len(tokens) and k - end < 4 and (_is_name_word(tokens[k]) or (k > end and tokens[k].low in PARTICLES)):
        k += 1
    if k == end:
        return None
    phrase = interpret(text, tokens[i:k])
    return (phrase, k) if phrase is not None and phrase.kind == "name" else None


def bare_group(token: Token) -> NounPhrase | None:
    """A group named by a bare noun: "police" (the force), "prosecutors" or "investigators" (sources)."""
    if token.low in lexicon("organizations"):
        return None  # "Democrats", "Republicans": named organizations, read as names
    if token.low in BARE_ORGANIZATIONS:
        return NounPhrase(token.start, token.end, "nominal", title=token.text, head=token.low)
    if is_plural_title(token.low):
        return NounPhrase(token.start, token.end, "anonymous", title=token.text, head=token.low)
    return None


def _extends_forward(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether ``tokens[j]`` continues a name-and-title phrase that began at ``i``."""
    token = tokens[j]
    next_is_cap = j + 1 < len(tokens) and _is_cap(tokens[j + 1])
    if _is_cap(token) or is_title(token.low):
        return True
    if token.low in PARTICLES or token.text in "-–":  # "Abu al Hassan", "Jean - Pierre", "von der Leyen"
        return j > i and (next_is_cap or (j + 1 < len(tokens) and tokens[j + 1].low in PARTICLES))
    if _links_office(tokens, j, j - 1, j + 1):
        return _within_office(tokens, i, j - 1)  # "Head of the Atomic Energy Organization ..."
    # "defence lawyer Paul Mercer", "former Afghan president": a modifier before more of the title;
    # "consumer advocate William McGee": any word right before a title word.
    if token.low in lexicon("title_modifiers") and j + 1 < len(tokens) and tokens[j + 1].is_word:
        return True
    return token.is_word and token.low not in _stop_words() and j + 1 < len(tokens) and is_title(tokens[j + 1].low)


def _links_office(tokens: list[Token], j: int, before: int, after: int) -> bool:
    """Tell whether ``tokens[j]`` links an office to its institution inside one phrase: the "of" and
    "the" of "Head of the Atomic Energy Organization", the "to" of "ambassador to Moscow", the "for" of
    "Minister of State for Foreign Affairs", the "and" of
    "Security and Foreign Policy Committee", or the brackets of "Guards Corps (IRGC) Major"."""
    if before < 0 or after >= len(tokens) or tokens[j].low not in LINK_WORDS:
        return False
    prev, token, nxt = tokens[before], tokens[j], tokens[after]
    if token.low in ("of", "for"):  # "Secretary of ...", "Minister of State for Foreign Affairs"
        return (is_title(prev.low) or _is_cap(prev)) and (_is_cap(nxt) or nxt.low == "the")
    if token.low == "to":  # "ambassador to Moscow", "envoy to the United Nations"
        return is_title(prev.low) and (_is_cap(nxt) or nxt.low == "the")
    if token.low == "the":
        return prev.low in OFFICE_PREPOSITIONS and _is_cap(nxt)
    if token.low == "and":  # "the National Security and Foreign Policy Committee"
        return _is_cap(prev) and _is_cap(nxt)
    if token.text == "(":
        return _is_cap(prev) and after + 1 < len(tokens) and nxt.text.isupper() and tokens[after + 1].text == ")"
    if token.text == ")":
        return before >= 1 and tokens[before - 1].text == "(" and prev.text.isupper() and _is_cap(nxt)
    return False


def _within_office(tokens: list[Token], first: int, k: int) -> bool:
    """Tell whether ``tokens[k]`` is a title ("Head") or ends the institution of one ("Head of the Atomic
    Energy Organization"), looking back no further than ``first``; "President Obama" is neither."""
    crossed = False
    for i in range(k, first - 1, -1):
        token = tokens[i]
        if is_title(token.low):
            return crossed or i == k
        if token.low in OFFICE_PREPOSITIONS:
            crossed = True
        elif not (_is_cap(token) or token.low in ("the", "and") or token.text in "()"):
            return False
    return False


def _extends_backward(tokens: list[Token], start: int) -> bool:
    """Tell whether ``tokens[start - 1]`` belongs to the name-and-title phrase that starts at ``start``."""
    prev = tokens[start - 1]
    if (_is_cap(prev) and prev.low not in lexicon("not_names")) or is_title(prev.low) or (
            prev.low in lexicon("title_modifiers")):
        return True  # not "But" in "But Conservative leader Kemi Badenoch said"
    if _links_office(tokens, start - 1, start - 2, start):
        # Only inside an office: "Secretary of Iran's ...", not "the city of Tabriz".
        return _within_office(tokens, max(0, start - 14), start - 2)
    if prev.low in PARTICLES:
        return _is_cap(tokens[start])
    if prev.text in "-–" and start >= 2:  # only a hyphen inside a word: "Ocasio-Cortez", not "Iowa - Gov."
        joined = prev.start == tokens[start - 2].end and prev.end == tokens[start].start
        return joined and _is_cap(tokens[start - 2])
    return False


def skip_parenthetical(tokens: list[Token], j: int) -> int:
    """Step over "(D-N.Y.)" or "(R-Texas)" after a name; return the index after the ")"."""
    if j < len(tokens) and tokens[j].text == "(":
        closing = next((k for k in range(j + 1, min(len(tokens), j + 10)) if tokens[k].text == ")"), None)
        if closing is not None:
            return closing + 1
    return j


def _anonymous_tail(tokens: list[Token], end: int) -> int:
    """Extend an anonymous source over its description: "a source | in the Iranian armed forces"."""
    if end >= len(tokens) or tokens[end].low not in ANONYMOUS_LINKS or tokens[end].low == "who":
        return end
    j = end
    while j < len(tokens) and j - end < 8 and tokens[j].is_word and tokens[j].low not in ANONYMOUS_STOPS - {"on"}:
        if tokens[j].low in lexicon("reporting_verbs"):
            break
        j += 1
    return j


def _apposed_name(text: str, tokens: list[Token], phrase: NounPhrase, end: int) -> tuple[NounPhrase, int]:
    """Prefer the name in "the governor, Beth Munro" over the role before it."""
    if phrase.kind not in ("nominal", "anonymous") or end + 1 >= len(tokens) or tokens[end].text != ",":
        return phrase, end
    parsed = phrase_after(text, tokens, end + 1)  # "Jane Doe", "Dr. Ann Wu"
    if parsed is None or parsed[0].kind != "name":
        return phrase, end
    name, j = parsed
    closes = j == len(tokens) or not tokens[j].is_word or tokens[j].low in _stop_words()
    if not closes:
        return phrase, end
    title = TITLE_JOIN.join(t for t in (phrase.title, name.title) if t)
    titled = NounPhrase(name.start, name.end, "name", name.name, title or None, name.gender or phrase.gender)
    return titled, j + 1 if j < len(tokens) and tokens[j].text == "," else j


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
        return _apposition_before(text, tokens, k)
    if k < 0 or not tokens[k].is_word:
        return None
    last = tokens[k]
    if last.low in SUBJECT_PRONOUNS:
        return interpret(text, [last])
    if k == 0 or not tokens[k - 1].is_word:
        group = bare_group(last)  # "Prosecutors said", "police said"
        if group is not None:
            return group
    start = k
    if _is_cap(last) or is_title(last.low):
        while start - 1 >= 0 and j - start < MAX_PHRASE_TOKENS and _extends_backward(tokens, start):
            start -= 1
        if start >= 2 and tokens[start - 1].low in ("in", "at") and tokens[start - 2].low in lexicon(
                "organization_heads") and _is_cap(tokens[start - 2]):
            return phrase_before(text, tokens, start - 1)  # "The Iranian Embassy in London said": not London
        # A role with a determiner: "the Iranian foreign minister", "The Interior Ministry".
        det = _determiner_before(tokens, start)
        if det is not None and (is_head(last.low) or is_org_name([t.text for t in tokens[start:j]])):
            start = det
        phrase = interpret(text, tokens[start:j])
        if phrase is None and start < k:
            # "Citing ... Zarif": drop capitalized sentence openers until the rest reads as a phrase.
            for s in range(start + 1, j):
                phrase = interpret(text, tokens[s:j])
                if phrase is not None:
                    break
        return phrase
    if is_head(last.low):
        det = _determiner_before(tokens, k)
        if det is not None:
            return interpret(text, tokens[det:j])
        if last.low in lexicon("anonymous_heads") and last.low.endswith("s"):
            return interpret(text, [last])  # "officials said"
    if tokens[k - 1].low in ("and", "but", "while", "as"):
        return bare_group(last)  # "..., but prosecutors said"
    return None


def _determiner_before(tokens: list[Token], k: int) -> int | None:
    """Find the determiner of a role phrase ending at ``k``, over at most four modifiers."""
    i = k - 1
    while i >= 0 and k - i <= 5 and tokens[i].is_word:
        if tokens[i].low in DETERMINERS or tokens[i].low in INDEFINITES:
            return i
        if _is_possessor(tokens[i]):
            return i  # "Iran’s army chief", "Russia's envoy"
        if tokens[i].low in _stop_words() or tokens[i].low in SUBJECT_PRONOUNS:
            return None
        i -= 1
    return None


def _apposition_before(text: str, tokens: list[Token], comma: int) -> NounPhrase | None:
    """Read "A Taliban spokesman, Zabiullah Karimi," or "Tomas Berg, a spokesman for the agency,".

    Args:
        text: the article.
        tokens: tokens of the stretch being read.
        comma: the comma that ends the apposition, just before the reporting verb.

    Returns:
        The named phrase (a name wins over a role), titled by the other half, or ``None``.
    """
    opening = next((i for i in range(comma - 1, max(-1, comma - 16), -1) if tokens[i].text == ","), None)
    if opening is None or opening == 0:
        return None
    inner = None
    if tokens[opening + 1].low not in RELATIVES:  # ", who arrived for the UN General Assembly," names nobody
        inner = interpret(text, tokens[opening + 1:comma])
        if inner is None:
            parsed = phrase_after(text, tokens, opening + 1)  # "a leading member of the Freedom Caucus"
            inner = parsed[0] if parsed and parsed[1] == comma else None  # the phrase must fill the aside
    outer = phrase_before(text, tokens, opening)
    if outer is None:
        # "The senator’s chief of staff, Tim Hall, said": a name between the commas is the subject.
        return inner if inner is not None and inner.kind == "name" else None
    if inner is None:
        # An aside, not a second name: "X, who was not authorized to speak, said", "X, asked why, said".
        return outer if outer.kind in ("name", "organization", "nominal", "anonymous") else None
    named, role = (inner, outer) if inner.kind == "name" and outer.kind != "name" else (outer, inner)
    if named.kind not in ("name", "organization") or role.kind not in ("nominal", "anonymous", "name"):
        return None
    if role.kind == "name":
        return None  # two names side by side: a list, not an apposition
    title = role.title if role.title is None else role.title.removeprefix("the ").removeprefix("a ")
    return NounPhrase(named.start, named.end, named.kind, named.name, named.title or title,
                      named.head, named.gender or role.gender)
