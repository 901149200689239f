"""The government a place's bare role noun stands for: "the province said" is the province the story named last
("Ontario"), "the state says" the US state, "the county said" the county named with that word ("Lindenwood
County"), as an editor reads them (:mod:`cast` asks here)."""

from __future__ import annotations

import itertools

import regex

from .budget import NOT_CONCURRENT
from .language import compiled, lexicon, mapping
from .roles import is_country
from .segments import RE_DATELINE_LEAD
from .words import first_names, is_head, is_title, nationality_nouns, regions

# How far back the place a role noun stands for may have been named.
MAX_PLACE_CHARS = 20000
# Which places a role noun's government may be, when the place is not named with the noun itself.
PLACE_LISTS = {"province": "provinces", "territory": "provinces", "state": "us_states"}
# Role nouns whose place may be the one the story is in, when the copy never names it with the noun (a county is
# named with its noun: "Lindenwood County").
STORY_PLACE_HEADS = frozenset({"city", "hamlet", "municipality", "town", "township", "village"})
# How often the copy must name a place before "the city" may be taken for its government ("in Skead", once, is
# a neighbourhood's name the story passed through).
MIN_STORY_PLACE_NAMINGS = 2
# The place a story is in: its dateline's (segments.RE_DATELINE_LEAD), else "in" before a name no other capitalized
# word goes on from ("Landlords in | Hamilton| could", "in downtown | Kitchener|", "Downtown | Barrie| restaurants",
# never "in | Hamilton Health Sciences"), or the name of a service the city runs (:func:`_service_place`).
RE_IN_PLACE = regex.compile(
    r"(?<!\p{L})(?:[Ii]n\h(?:downtown\h|central\h)?+|[Dd]owntown\h)"
    r"(\p{Lu}\p{Ll}[\p{L}\-]*+(?:\h\p{Lu}\p{Ll}[\p{L}\-]*+)?)(?![\p{L}\-]|\h\p{Lu})")

# ... or a name the copy uses as a place's before what is there: "a | Barrie| elementary school", "| Timmins|'s outdoor
# rinks", a paragraph's "| Fredericton| residents could" (never a person's nor a street's: see
# :func:`_named_otherwise`).
RE_PLACE_MODIFIER = regex.compile(
    r"(?<![\p{L}\-])(?:(?:[Aa]n?|[Tt]he)\h(\p{Lu}\p{Ll}[\p{L}\-]*+(?:\h\p{Lu}\p{Ll}[\p{L}\-]*+)?)\h(?=\p{Ll})"
    r"|(\p{Lu}\p{Ll}[\p{L}\-]*+(?:\h\p{Lu}\p{Ll}[\p{L}\-]*+)?)['’]s\h(?=\p{L})"
    r"|(?<![^\n])(\p{Lu}\p{Ll}[\p{L}\-]*+(?:\h\p{Lu}\p{Ll}[\p{L}\-]*+)?)\h(?=\p{Ll}))")

# A capitalized word right before a name, where a given name or a title stands: "Lauren| Wiebe", "Mayor| Wiebe".
RE_CAPITAL_BEFORE = regex.compile(r"(?<![\p{L}.])(\p{Lu}[\p{L}.]*+)\h\Z")
MAX_GIVEN_NAME_CHARS = 30
# The word right after a name: "Wiebe| said", "Wyndham| Street".
RE_WORD_AFTER = regex.compile(r"\h(\p{L}++)")


def governed_place(text: str, head: str, position: int) -> str | None:
    """The name of the place whose government ``head`` ("province") means at ``position``, from the text before it:
    the last place of its kind named ("Ontario", "Louisiana"), or the last name holding the noun ("Lindenwood County",
    "City of Kelowna"); ``None`` when the text names none."""
    window = max(0, position - MAX_PLACE_CHARS)
    found = None
    for match in _place_names(head).finditer(text, window, position, False, NOT_CONCURRENT):
        found = match
    if found is not None:
        return _without_openers(found.group())  # "In Lindenwood County": the county
    if head in PLACE_LISTS:
        return None
    # the place before the noun in lowercase, as in "Saskatoon city council": the "City of Saskatoon"
    place = None
    for match in _place_before_noun(head).finditer(text, window, position, False, NOT_CONCURRENT):
        place = _without_openers(match.group(1)) or place  # "The city collects": no place
    if place is None and head in STORY_PLACE_HEADS:
        place = _story_place(text, window, position)
    return f"{head.capitalize()} of {place}" if place is not None else None


def _story_place(text: str, window: int, position: int) -> str | None:
    """The place a local story is in, for "the city" and "a staff report" when the copy names the city only as that
    place: its dateline's ("COBOURG, ONT. --": "Cobourg"), else, of the names after "in" ("Landlords in Hamilton")
    and those of the city's own services ("Guelph Transit"), the one the copy names most often anywhere (the city,
    not one of its neighbourhoods); never a province, state, country, people's name ("in French") or a word that
    names nothing ("in June"), nor a lake or a bay."""
    dateline = RE_DATELINE_LEAD.search(text, window, position, False, NOT_CONCURRENT)
    if dateline is not None:
        return " ".join(word.capitalize() for word in dateline.group(1).split())
    counts: dict[str, int] = {}
    for match in itertools.chain(RE_IN_PLACE.finditer(text, window, position, False, NOT_CONCURRENT),
                                 _service_place().finditer(text, window, position, False, NOT_CONCURRENT),
                                 RE_PLACE_MODIFIER.finditer(text, window, position, False, NOT_CONCURRENT)):
        name = match.group(1) or match.group(2) or match.group(3)
        lows = name.lower().split()
        if name not in counts and lows[0] not in lexicon("not_names") and lows[0] not in nationality_nouns() and (
                lexicon("place_heads").isdisjoint(lows)) and not _is_region(" ".join(lows)) and not _is_region(
                lows[0]) and not (match.re is RE_PLACE_MODIFIER and _named_otherwise(text, name, position)) and not (
                match.re is RE_PLACE_MODIFIER and is_head(lows[0])):  # never "Council voted", "Residents say"
            # a place also named without its modifier: "Greater Sudbury", "Sudbury"
            counts[name] = text.count(name.split()[-1] if lows[0] in lexicon("region_modifiers") else name, 0, position)
    best = max(counts, key=counts.__getitem__) if counts else None  # the first named among the most often
    return best if best is not None and counts[best] >= MIN_STORY_PLACE_NAMINGS else None


def _named_otherwise(text: str, name: str, position: int) -> bool:
    """Tell whether the copy names a person or a street by ``name`` before ``position``: after a given name or a
    title ("Lauren | Wiebe", "Mayor | Wiebe"), before a verb of saying ("Wiebe said") or before a street's word
    ("Wyndham Street")."""
    at = text.find(name, 0, position)
    while at >= 0:
        before = RE_CAPITAL_BEFORE.search(text, max(0, at - MAX_GIVEN_NAME_CHARS), at)
        after = RE_WORD_AFTER.match(text, at + len(name))
        given = before.group(1).lower() if before is not None else ""
        if (given in first_names() or is_title(given.rstrip("."))) or (
                after is not None and (after.group(1) in lexicon("reporting_verbs") or after.group(1).lower() in (
                    lexicon("street_heads")))):
            return True
        at = text.find(name, at + len(name), position)
    return False


def _without_openers(name: str) -> str:
    """A place's name without the capitalized function words a sentence opened it with: "In | Lindenwood County"."""
    words = name.split()
    while words and words[0].lower() in lexicon("function_words"):
        words = words[1:]
    return " ".join(words)


def _place_before_noun(head: str) -> regex.Pattern[str]:
    """A place's name before its role noun in lowercase and the body it heads: "|Saskatoon| city council", "|Fort St.
    John| city council" (a place's abbreviated word: "St.", "Ste.", "Mt.")."""
    def build() -> regex.Pattern[str]:
        dotted = sorted(w.capitalize() for w in lexicon("place_openers") | lexicon("place_infixes") if w.endswith("."))
        word = r"(?:\L<dotted>|\p{Lu}[\p{L}’'\-]*+)"
        return regex.compile(
            rf"(?<![\p{{L}}\-])({word}(?:\h++{word})*+)\h++{head}\h++\p{{Ll}}", dotted=dotted)
    return compiled(f"place_before_{head}", build)


def _place_names(head: str) -> regex.Pattern[str]:
    """The names a place of ``head``'s kind may go by in running text, capitalized as copy writes them."""
    def build() -> regex.Pattern[str]:
        listed = PLACE_LISTS.get(head)
        if listed is not None:
            names = mapping(listed).values() if listed == "us_states" else lexicon(listed)
            spelled = sorted({" ".join(w if w == "and" else w.capitalize() for w in name.split()) for name in names})
            return regex.compile(r"(?<![\p{L}\-])(?:\L<names>)(?![\p{L}\-])", names=spelled)
        noun = head.capitalize()
        word = r"\p{Lu}[\p{L}’'\-]*+"
        return regex.compile(
            rf"(?<![\p{{L}}\-])(?:{word}\h++)+{noun}(?![\p{{L}}\-])|(?<![\p{{L}}\-]){noun}\h++of\h++{word}"
            rf"(?:\h++{word})?+")
    return compiled(f"place_names_{head}", build)


def is_place_government(title: str, head: str) -> bool:
    """Tell whether a nominal is a place's role noun alone: "the province", "The county" (not "the county's
    assessor", nor "a province" that has not been named)."""
    words = title.lower().split()
    return head in lexicon("place_governments") and len(words) <= 2 and words[-1] == head and (
        len(words) == 1 or words[0] in lexicon("definite_articles"))


def _service_place() -> regex.Pattern[str]:
    """A place's name before a service its city runs: "|Guelph| Transit's hub", "|Markham| Fire and Emergency
    Services"."""
    return compiled("service_place", lambda: regex.compile(
        r"(?<![\p{L}\-])(\p{Lu}\p{Ll}[\p{L}\-]*+(?:\h\p{Lu}\p{Ll}[\p{L}\-]*+)?)\h(?:\L<services>)(?![\p{L}\-])",
        services=sorted(word.capitalize() for word in lexicon("municipal_services"))))


def _is_region(low: str) -> bool:
    """Tell whether a lowercase name is a province's, a state's or a country's: "ontario", "new mexico", "canada"."""
    return low in regions() or is_country(low)
