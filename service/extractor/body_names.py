"""The proper name of a body apposed to the role that describes it: "The union, Grain and Port Workers Local 333,",
"A group representing app-based couriers, the Gig Workers Alliance of Ontario,", and the name a body's acronym
spells out ("ICE" for "an Immigration and Customs Enforcement detainer"), and one known body's name an "and" splits
into two runs ("The Globe and Mail")."""

from __future__ import annotations

import regex

from .initials import initials, name_letters
from .language import compiled, lexicon, mapping
from .phrases import NounPhrase, is_cap
from .tokens import Token
from .words import is_org_name, office_links, organization_noun_words

# How far before bracketed initials the name they stand for may start.
MAX_BRACKETED_CHARS = 80
# How many words after its head a body's French name may run: "Syndicat des éducatrices en petite enfance de
# l’Outaouais".
MAX_FRENCH_NAME_WORDS = 8

# Tokens of a body's description before its apposed name: "A | group representing app-based couriers |,".
MAX_DESCRIPTION_TOKENS = 6
# What stands between the two runs of a body's name: "The Globe| and |Mail", "News| & |Observer".
JOINING_GAPS = frozenset({" and ", " & "})
GAP_LENGTHS = frozenset(len(gap) for gap in JOINING_GAPS)  # told before the gap is cut out


def describes_body(tokens: list[Token], opening: int, outer: NounPhrase | None) -> bool:
    """Tell whether the phrase before an apposition's comma is a role of a body ("The union,", "An English-speaking
    advocacy group,"), not a person's role that names a body ("A spokesperson for the Industry Department,")."""
    nouns = organization_noun_words()
    if outer is not None:
        return outer.kind in ("nominal", "anonymous") and (outer.head or "") in nouns
    links = lexicon("office_prepositions")
    if any(t.low in links for t in tokens[max(0, opening - 6):opening]):
        return False
    if tokens[opening - 1].low in nouns:
        return True
    # "A group | representing app-based couriers |,": the body's noun right after its article, a clause after it
    openers = lexicon("indefinites") | lexicon("articles")
    d = next((k for k in range(opening - 1, max(-1, opening - MAX_DESCRIPTION_TOKENS - 2), -1)
              if tokens[k].low in openers), -1)
    return d >= 0 and any(t.low in nouns for t in tokens[d + 1:min(opening, d + 3)])


def body_name(text: str, tokens: list[Token], start: int, end: int) -> NounPhrase | None:
    """The proper name of a body between commas after a role that names a body: "The union, | Grain and Port
    Workers Local 333 |,", "An advocacy group, | Voices of Quebec |," (capitalized words, with "of", "and",
    "the" between them)."""
    if start < end and tokens[start].low in lexicon("articles"):
        start += 1
    words = tokens[start:end]
    links = office_links()
    if not words or not is_cap(words[0]) or not (is_cap(words[-1]) or words[-1].text.isdigit()) or not all(
            is_cap(t) or t.text.isdigit() or t.low in links for t in words):
        return None
    return NounPhrase(words[0].start, words[-1].end, "organization", name=text[words[0].start:words[-1].end])


def spellings(text: str, acronym: str) -> list[tuple[int, str]]:
    """Where ``text`` spells a body's name whose initials make ``acronym``, however it used it ("an Immigration and
    Customs Enforcement detainer" for "ICE"), in text order; a run's tail counts ("U.S. | Immigration and ...").
    Only the words that open on the acronym's first letter are read (found with ``str.find``)."""
    found = []
    bracketed = f"({acronym})"
    at = text.find(bracketed)
    while at > 0:  # "the Société de transport de l'Outaouais (STO)": whatever its words, the name before the brackets
        name = _name_before_brackets(text, at)
        if name:
            found.append((at - len(name) - 1, name))
        at = text.find(bracketed, at + 1)
    articles = lexicon("articles")
    at = text.find(acronym[0])
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in ".-’'"):
            run = _capitalized_run().match(text, at)
            name = run.group() if run is not None else ""
            words = name.split()
            if len(words) > 1 and words[0].lower() not in articles and acronym in initials(name) and is_org_name(words):
                found.append((at, " ".join(words)))
            elif len(words) <= 1:
                french = _french_name(text, at, acronym)
                if french:
                    found.append((at, french))
        at = text.find(acronym[0], at + 1)
    found.sort()
    return found


def _name_before_brackets(text: str, at: int) -> str:
    """The name that bracketed initials at ``at`` stand for: back to its article, comma or line ("according to the |
    Société de transport de l'Outaouais| (STO)"), opening on a capital."""
    words = text[max(0, at - MAX_BRACKETED_CHARS):at].rstrip().split(" ")
    if at > MAX_BRACKETED_CHARS:
        words = words[1:]  # the window may have cut a word
    k = len(words)
    while k > 0 and words[k - 1] and words[k - 1].lower() not in lexicon("articles") and not words[k - 1].endswith(
            (",", ".", ";", ":")) and "\n" not in words[k - 1]:
        k -= 1
    name = " ".join(words[k:])
    if not name[:1].isupper() or " " not in name:
        return ""
    # its words' letters make the initials, whatever their case: "Société de transport de l'Outaouais" is "STO" (not
    # the dateline of "NEW YORK (AP)")
    return name if name_letters(name) == text[at + 1:text.index(")", at)] else ""


def _french_name(text: str, at: int, acronym: str) -> str:
    """A body's French name at ``at`` whose words, lowercase ones too, make ``acronym``: "the | Société des
    traversiers du Québec| cancelled ...", later "the STQ"; the shortest such run of words after a French head."""
    words = _words_after().match(text, at)
    if words is None or words.group(1).lower() not in mapping("french_body_heads"):
        return ""
    run = words.group().split()
    return next((" ".join(run[:k]) for k in range(2, len(run) + 1) if name_letters(
        " ".join(run[:k]).replace("-", " ")) == acronym), "")


def _words_after() -> regex.Pattern[str]:
    """A head word and the words after it up to a mark or a clause's punctuation: "|Société des traversiers du
    Québec| cancelled" (the acronym tells where the name ends)."""
    return compiled("words_after", lambda: regex.compile(
        r"(\p{Lu}\p{L}*+)(?:\h++[\p{L}’'\-]++){1," + str(MAX_FRENCH_NAME_WORDS) + "}"))


def _capitalized_run() -> regex.Pattern[str]:
    """Capitalized words with the small words a body's name holds: "Department of Health and Human Services"."""
    return compiled("capitalized_run", lambda: regex.compile(
        r"(?<![\p{L}\p{N}.])\p{Lu}[\p{L}\-.]*+(?:\h++(?:(?:\L<small>)\h++)*+\p{Lu}[\p{L}\-.]*+)++",
        small=sorted(lexicon("office_prepositions") | lexicon("articles") | lexicon("joining_words"))))


def joined_outlets(text: str, runs: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Join two runs an "and" links into the one known body they name: "The Globe and Mail" is no "Mail"."""
    known = lexicon("organizations")
    joined: list[tuple[int, int, int]] = []
    for run in runs:
        if joined and run[0] - joined[-1][1] in GAP_LENGTHS and text[joined[-1][1]:run[0]] in JOINING_GAPS:
            start = joined[-1][0]
            name = text[start:run[1]].lower()
            if name in known or name.removeprefix("the ") in known:
                joined[-1] = (start, run[1], 2)
                continue
        joined.append(run)
    return joined
