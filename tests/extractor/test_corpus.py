"""The kept regression corpus (tests/eval/corpus): original articles with hand gold, scored by the kit.

The floors below sit at, or just under, what the engine scores today: a change that loses quotes or
speakers fails here. Raise them as the engine improves (run this module as a script for the table).

    python -m tests.extractor.test_corpus                  # scores overall and per style
    python -m tests.extractor.test_corpus --pred PRED.jsonl  # also write predictions for score.py
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
from functools import cache

import pytest

from service import kit_score
from service.extractor import ExtractOptions, extract
from tests.conftest import EVAL_DIR, read_jsonl

CORPUS_DIR = EVAL_DIR / "corpus"
CORPUS = CORPUS_DIR / "corpus.jsonl"


def _load(name: str, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


builder = _load("corpus_builder", CORPUS_DIR / "build_corpus.py")

# Floors as (extraction lenient F1, attribution F1, attribution mention F1). The whole corpus sits about 0.01
# under today's scores (0.994, 0.964, 0.980; exact extraction 0.994): any real regression fails. Each
# style sits 0.05 under its own (one or two quotes of slack), so that a loss in one style cannot hide
# behind a gain in another. Raise both as the engine improves; lower one only with a reason.
# Speaker lowered from 0.96 to 0.955 in session 13: the corpus grew by 216 articles written against the engine of
# their day (rounds 15 to 23), at 0.949 after the rules written on them, while the 641 before them rose from 0.963
# to 0.964; the whole corpus is at 0.960. Raised back to 0.96 in session 23, the whole corpus (2,177 articles) at
# 0.969.
OVERALL_FLOOR = (0.985, 0.96, 0.97)
OVERALL_EXACT_FLOOR = 0.985
STYLE_FLOORS: dict[str, tuple[float, float, float]] = {
    "british": (0.93, 0.92, 0.92),
    "business": (0.95, 0.91, 0.95),
    # The two styles in the manner of the two external sets, raised in session 8 (100 and 74 articles) to about
    # 0.015 under their scores (speaker 0.968 and 0.969, mention 0.984 and 0.978).
    "canadian-news": (0.99, 0.955, 0.97),  # speaker raised in session 23 (0.968)
    "canadian-wire": (0.95, 0.95, 0.95),
    "court": (0.95, 0.83, 0.91),
    "headlines": (0.93, 0.78, 0.91),
    # The seven styles the branch corpus-more added sit at their scores after the branch corpus-rules, rounded
    # down (one article each: a single miss moves them by 0.05 or more).
    "india-wire": (1.00, 0.95, 0.95),
    "intl-wire": (0.95, 0.91, 0.95),
    "live-blog": (0.95, 0.93, 0.93),
    "local": (0.95, 0.95, 0.95),
    "nyt": (0.93, 0.93, 0.90),
    "obituary": (1.00, 0.91, 0.96),
    "opinion": (0.90, 0.95, 0.89),
    "political": (0.97, 0.97, 0.97),
    "profile": (1.00, 0.95, 1.00),
    "regional": (1.00, 1.00, 1.00),
    "release": (1.00, 0.95, 0.95),
    "science": (0.95, 0.91, 0.91),
    "social-roundup": (0.91, 0.89, 0.91),
    "sports": (0.94, 0.94, 0.94),
    "transcript": (0.95, 0.93, 0.93),
    "uk-tabloid": (1.00, 0.95, 0.95),
    "us-politics": (0.99, 0.955, 0.96),  # speaker raised in session 23 (0.970)
    # us-wire-05 (issue 9) brings a miss of its own: "the agency" read as the wire service of the dateline.
    "us-wire": (0.95, 0.91, 0.93),
}
# Predicted quotes that overlap a span the gold says is not speech (titles, names, scare quotes): 5 with
# the engine this corpus was written against, 7 with extractor v2 on main (it also returns two
# unattributed scare quotes), so that the corpus can land on either. The sets corpus-more16 to corpus-more22
# brought four kinds the rules do not yet tell from speech (a scam's name after "accused of running a", an app's
# status after "Her app says", a policy's name in a headline, a one-word scare quote): 10. corpus-more23 to
# corpus-more25 brought three more (a sign after an aside, a slogan between "the" and its noun, a product's name
# after "its"); the rules now tell the first two: 11. corpus-more32 to corpus-more34 brought five more (a plan's name
# after "calls", a sign's words after ", which read", a grant's name in lowercase, a term for a stretch of time after
# "call", the same term under a deck's "say"); the rules now tell the first two: 14. corpus-more35 to corpus-more46
# brought eleven more; the rules tell six (a second sign in a list, a term after "counts as", a slogan and a campaign
# in apposition, a law's name, a plan "branded" in a relative clause), not five (a camp's name after "which they
# call", three words named as words with no naming noun, a scoring category's name): 19. corpus-more47 to
# corpus-more58 brought six more, and the rules tell all six (a label after a compound modifier, a program's name
# after "calls the", a slogan between "the orange" and its noun, a term after "what utilities call", a counted term
# after a number, a rating after "in"): 19. corpus-more59 to corpus-more73 brought eighteen more, and the rules tell
# all eighteen (a decal's and a card's and a sheet's printed words, a term after "definition of an", names an owner
# "branded", "called" or was "marketing" a thing as, the next name of a list and a name's gloss after ", or", ratings
# paired by "or", a counted term before a comma, terms after "as a" and "known ... as", a "so-called" term, a title
# "published ... as", a sign's words after a colon): 19. corpus-more74 to corpus-more85 brought seven more; the rules
# tell six (a label's words before "labels", a status after "listed as", a name after "calling itself", a line a
# ticket "carries", a proposal's name after "it calls", a term glossed as "a pulsing quality"), not one (blocks
# planners "have taken to calling" “dead zones”, which the annotator kept as a name, not a characterization): 20.
# corpus-more86 to corpus-more91 brought three more; the rules tell two (a product's name after "an eyeshadow she
# calls", a term after "what railroaders call" glossed after a dash), not one (a scare quote after an adjective in
# the object of "ask users for optional “tips”"): 21. corpus-more92 to corpus-more97 brought one more, which the
# rules do not tell (a fee's name between a possessive and its verb: 'her “technology fee” had risen'): 22.
# corpus-more98 to corpus-more100 brought three more, not yet told (a program's name after "which it has branded", a
# rate's name and a fare class's name): 25. corpus-more101 to corpus-more103 brought five more, not yet told (a
# program's title glossed by the apposition after it, a coined word after "have come to call", a plan's name in
# apposition to its noun, a condition's name after "labeled" in a story and in its headline): 30 ("have taken to
# calling" stays untold: "took to social media to say" opens speech). corpus-more104 to corpus-more106 brought one
# more, not yet told (a nickname staff "had taken to calling" a thing, inside what a named man "said"): 31.
# corpus-more107 to corpus-more109 brought four more; the rules tell one (a name in title case after "what it calls"
# and before its noun: “Family Together” seating), not three (the word a banner "says", a term after "what the
# university calls a",
# a term before its noun after a count's adjective: "“prevented planting” claims"): 34. corpus-more110 to
# corpus-more112 brought six more, not yet told (a program's name after "called the", a fee's and a metric's names
# after "charge" and "tracked", a billing label, a code an employee was told to enter "as", a damage charge "for"):
# 40. corpus-more113 to corpus-more115 brought four more; the rules tell one (a name to come after "to be
# called"), not three (two claims a chain "advertised", quoted by a lawsuit; a brochure's wording a resident read out):
# 43. corpus-more116 to corpus-more118 brought four more, not yet told (a scare quote in a headline, a French program's
# name in marks, the words a notice "read", a guide's title): 47; "charged" is no cue now, so the fee customers "are
# being charged" in marks is told: 46. corpus-more119 to corpus-more121 brought three more, not yet told (a term in
# marks after an adjective, a practice's name after "what regulators call", a fee's name after "added a 22%"): 49.
# corpus-more122 to corpus-more124 brought one more, not yet told (a word named after "said the word"): 50.
# corpus-more125 to corpus-more127 brought one more, not yet told (a campaign's name after "which it is calling"): 51.
# corpus-more128 to corpus-more130 brought two more, not yet told (a dashboard's name after "is calling", a term of
# art): 53. corpus-more131 to corpus-more133 brought three more, not yet told (a term after "what the industry calls", a
# policy's name after "pressed for", a plan's name after "has dubbed"): 56. corpus-more134 to corpus-more136 brought two
# more, not yet told (a label after "colleagues who called it the", a term after "what planners call"): 58.
# corpus-more140 to corpus-more142 brought two more, not yet told (a plan's name after "the land it calls", a scare
# quote after "to ride a"): 60. corpus-more149 to corpus-more151 brought two more, not yet told (a label's wording
# after "She said", a formula's term after "the"): 62. corpus-more152 to corpus-more154 brought one more, not yet told
# (a name after "had proposed calling the neighbourhood"): 63. corpus-more155 to corpus-more157 brought two more, not
# yet told (a project's name after "calls the project the", a trade's word after "paying lot"): 65. corpus-more158 to
# corpus-more160 brought three more, not yet told (a game's name after "instant game called", a design's name and a
# model's after "calls a"): 68. corpus-more161 to corpus-more163 brought three more, not yet told (a building's nickname
# after "just call it", a program's name after "what it calls its", a scare quote inside a noun phrase): 71.
# corpus-more164 to corpus-more166 brought one more, not yet told (a scare quote before "service"): 72.
# corpus-more167 to corpus-more169 brought seven more, not yet told (a term after "Economists call the practice", a
# contract's term in scare quotes inside what a report "says", four label words named as words in a headline and after
# "could no longer be labelled", a measure's name after "Supporters call the measure"): 79. corpus-more170 to
# corpus-more172 brought two more, not yet told (a sound word, a term after "what the industry calls"): 81.
# corpus-more173 to corpus-more175 brought four more, not yet told (a French program's name, a category's label in
# marks, a label after "known in the industry as the", a term of trade in marks): 85. corpus-more176 to
# corpus-more178 brought two more, not yet told (a training program's French name, a fee's name in a list): 87.
# corpus-more179 to corpus-more181 brought four more, not yet told (an event's name, a campaign's title, a log's
# entry, a device's name): 91. corpus-more182 to corpus-more184 brought three more, not yet told (a night service's
# French name after "called", a program's name after "calling the program", a slogan "painted on the lodge wall"): 94.
# corpus-more185 to corpus-more187 brought two more, not yet told (a phone's caller label, "Spam Likely"; a prison
# unit's name after "which staff and residents call"): 96. corpus-more188 to corpus-more190 brought none.
# corpus-more191 to corpus-more193 brought five more, not yet told (a campaign's name, a program's name, a label term
# in a headline and twice in the body, words named as words): 101. corpus-more194 to corpus-more196 brought three
# more, not yet told (a Facebook group's name, a slogan's translation after "French for", a label's old wording): 104.
# corpus-more197 to corpus-more199 brought two more, not yet told (a club's label, a group's French name after
# "calling itself the"): 106. corpus-more200 to corpus-more202 brought five more, not yet told (a term of the trade,
# a group's name, two words named as words, a federal fund's name): 111. Labels a thing must be called in the
# passive are told since (two fewer), and corpus-more203 to corpus-more205 brought one more, not yet told (a
# pickup's name after "what it calls"): 110. corpus-more206 to corpus-more208 brought three more, not yet told (a
# programme's name after "a program it calls", a label's wording, a campaign's slogan): 113. corpus-more209 to
# corpus-more211 brought two more, not yet told (a library service's name, a web tool's name): 115. corpus-more212
# to corpus-more214 brought one more, not yet told (a petition's name after "which is called"): 116. corpus-more215
# to corpus-more217 brought one more, not yet told (an alert service's name): 117. corpus-more218 to corpus-more220
# brought one more, not yet told (a sample package label's wording): 118. corpus-more221 to corpus-more223 brought
# one more, not yet told (a group's name after "call themselves the"): 119. corpus-more224 to corpus-more226 brought
# one more, not yet told (a term in a senator's sentence, "shoppable services"): 120. corpus-more227 to
# corpus-more229 brought three more, not yet told (a drop-in programme's name, an advertisement's wording, a shuttle's
# nickname): 123. corpus-more230 to corpus-more232 brought one more, not yet told (a fee's name in marks): 124.
# corpus-more233 to corpus-more235 brought six more, not yet told (two programmes' names, a campaign's slogan, two
# words a contract's wording used, an invoice line's label): 130. corpus-more236 to corpus-more238 brought four more,
# not yet told (a statement's heading, two lines of a rent notice, a scare-quoted word): 134. corpus-more239 to
# corpus-more241 brought three more, not yet told (a running group's name, an agreement's title, a word written on
# boxes): 137. corpus-more242 to corpus-more244 brought five more, not yet told (a sign-up page's wording, two
# programmes' names, a development's name, a fee's name in a bill): 142. corpus-more245 to corpus-more247 brought three
# more, not yet told (a standard's label, a product's name, an app's name): 145. corpus-more248 to corpus-more250
# brought three more, not yet told (an audit's rating, a walking group's name, a bus schedule's label): 148.
# corpus-more251 to corpus-more253 brought none: 148. Terms listed in marks before the noun they name are told since
# (two fewer); corpus-more254 to corpus-more256 brought four, three of them such terms, one not yet told (a trade's
# term after a sentence-opening adjective): 147. corpus-more257 to corpus-more259 brought three more, not yet told (two
# terms a trade's people "call", a study's title after its year): 150. corpus-more260 to corpus-more262 brought three
# more, not yet told (a campaign's name, a term in a witness's clause, a form's name after "to be called"): 153.
# corpus-more263 to corpus-more265 brought one more, not yet told (a programme's French name): 154. corpus-more266 and
# corpus-more267 brought four more, not yet told (names in marks after "calls", "called" and "calling"): 158. A body's
# name for its own thing ("a program the city is calling “...”", "calls its “...”", "The province calls the program
# the “...”") told eighteen of them: 140. corpus-more268 to corpus-more270 brought none; corpus-more271 to
# corpus-more273 one, not yet told (a program's name after "the library runs"): 141. corpus-more274 to corpus-more276
# brought two, not yet told (a fee's word in marks, "storage and “administrative” fees"; a bin's stencilled words): 143.
# corpus-more277 to corpus-more279 brought four, not yet told (three labels after "labelled", a camp's name after "would
# be called"): 147. corpus-more280 to corpus-more282 brought none.
NOT_QUOTES_HIT_CEILING = 147

METRICS = ("extraction_lenient", "attribution", "attribution_mention")
OPTIONS = ExtractOptions(timeout=60.0)


@cache
def documents() -> tuple[dict, ...]:
    return tuple(read_jsonl(CORPUS))


@cache
def predictions() -> dict[str, dict]:
    """The engine's quotes for each corpus document, in score.py's prediction format."""
    return {d["id"]: {"id": d["id"], "quotes": [dataclasses.asdict(q) for q in extract(d["text"], OPTIONS).quotes]}
            for d in documents()}


def styles() -> list[str]:
    return sorted({d["style"] for d in documents()})


def result(style: str | None = None, n_errors: int = 0) -> dict:
    docs = [d for d in documents() if style is None or d["style"] == style]
    return kit_score.score(docs, predictions(), n_errors=n_errors)


def f1s(res: dict) -> tuple[float, float, float]:
    return tuple(res[m]["f1"] for m in METRICS)


def test_corpus_is_what_the_builder_writes():
    """corpus.jsonl is generated: edit build_corpus.py or an article, then rebuild."""
    assert CORPUS.read_text(encoding="utf-8") == builder.render(builder.build())


def test_corpus_size_and_spans():
    docs = documents()
    assert len(docs) >= 40
    for d in docs:
        for q in d["quotes"]:
            assert d["text"][q["start"]:q["end"]] == q["text"]
            if "mention_start" in q:
                assert d["text"][q["mention_start"]:q["mention_end"]] == q["mention"]


def test_corpus_overall_meets_the_floors():
    res = result(n_errors=30)
    got = f1s(res)
    for metric, value, floor in zip(METRICS, got, OVERALL_FLOOR, strict=True):
        assert value >= floor, f"{metric} F1 fell to {value} (floor {floor}); errors: {res['errors']}"
    assert res["extraction_exact"]["f1"] >= OVERALL_EXACT_FLOOR
    assert res["not_quotes_hit"] <= NOT_QUOTES_HIT_CEILING


@pytest.mark.parametrize("style", sorted(STYLE_FLOORS))
def test_corpus_style_meets_its_floors(style):
    res = result(style, n_errors=30)
    for metric, value, floor in zip(METRICS, f1s(res), STYLE_FLOORS[style], strict=True):
        assert value >= floor, f"{style}: {metric} F1 fell to {value} (floor {floor}); errors: {res['errors']}"


def test_every_style_has_floors():
    assert set(STYLE_FLOORS) == set(styles())


def _table() -> str:
    rows = [("style", "docs", "quotes", "extraction P/R/F1", "speaker P/R/F1", "mention P/R/F1", "nq")]
    for style in [*styles(), None]:
        docs = [d for d in documents() if style is None or d["style"] == style]
        res = result(style)
        cells = ["{precision:.3f}/{recall:.3f}/{f1:.3f}".format(**res[m]) for m in METRICS]
        rows.append((style or "all", str(len(docs)), str(sum(len(d["quotes"]) for d in docs)), *cells,
                     str(res["not_quotes_hit"])))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description="score the engine on the kept corpus")
    ap.add_argument("--pred", help="write the predictions here (JSONL, score.py's format)")
    ap.add_argument("--errors", type=int, default=0, help="list up to N errors")
    a = ap.parse_args()
    if a.pred:
        with open(a.pred, "w", encoding="utf-8") as f:
            for d in documents():
                f.write(json.dumps(predictions()[d["id"]], ensure_ascii=False) + "\n")
    for e in result(n_errors=a.errors)["errors"]:
        print(json.dumps(e, ensure_ascii=False))
    print(_table())


if __name__ == "__main__":
    main()
