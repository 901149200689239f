#!/usr/bin/env python3
"""Build corpus.jsonl: the kept regression corpus, original news articles with hand gold.

Each article's text is ``articles/<id>.txt`` (one trailing newline is dropped). Its gold is written
below as quotes named by their words, never by offsets; the offsets are computed here, so edit this
file (or the text) and rebuild:

    python tests/eval/corpus/build_corpus.py            # write corpus.jsonl
    python tests/eval/corpus/build_corpus.py --check    # exit 1 if corpus.jsonl is out of date
    python tests/eval/corpus/build_corpus.py --review   # every quote with its mention in context
    python tests/eval/corpus/build_corpus.py --marks    # quoted spans the gold does not account for

How a quote is named, ``q(words, speaker, type, mention, cue, kind)``:

- ``words``: the words inside the marks, exactly (closing punctuation inside the marks included).
  A long quote may be named ``"its first words⋯its last words"`` (U+22EF): the span runs from the
  first words to the nearest following last words. Words that occur more than once need ``nth=``
  (0-based occurrence of the first words); the build fails rather than guess.
- ``speaker``: the canonical name (the fullest proper name; an organization's name; an anonymous
  source's description, as the copy gives it and ending in its head noun: "a senior official",
  "a group member"), or ``None`` when the copy does not say who spoke.
- ``mention``: the words naming the speaker nearest the quote (a name, "the minister", "she"). The
  nearest whole-word occurrence outside every quote is taken, in the quote's own paragraph when it
  has one; to pick another, give context with the mention in square brackets, ``"[she] added"``.
  ``None`` when the quote carries no mention (a paragraph that continues the previous speaker's
  quotes).
- ``cue``: the reporting words ("said", "according to", "told"), or ``None`` (a colon or a dash).
- ``kind``: ``direct`` (a quote standing as its own sentence) or ``partial`` (inside the writer's
  sentence).
- ``bare=True``: a transcript turn with no marks around it (``Q:``/``A:`` or ``NAME:`` labels); the
  boundary check for marks is skipped.
- ``speakers=[...]``: every person of a joint quote ("said Ann Lee and Bo Li"); ``speaker`` then
  names them all, so that the scorer credits either.

``not_quotes`` are quoted spans that are not speech (titles, names, scare quotes); ``ignore`` spans
count neither way. Either may be ``"words"`` or ``("words", nth)``; for ``not_quotes`` only the
occurrences right after an opening mark are counted. A quote nested inside another quote is left
unannotated: the outer quote holds it, and an ``ignore`` span there would hide the outer quote from
the scorer.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
OUT = HERE / "corpus.jsonl"

PER, ORG, ANON, UNK = "person", "organization", "anonymous", "unknown"
DIRECT, PARTIAL = "direct", "partial"
GAP = "⋯"
OPEN_MARKS = "“‘\"'«"
CLOSE_MARKS = "”’\"'»"

DOCS: list[dict] = []


class BuildError(ValueError):
    """An annotation that does not fit its text."""


def q(words, speaker, stype, mention, cue, kind=DIRECT, *, nth=None, bare=False, speakers=None):
    """One gold quote, named by its words (see the module docstring)."""
    return {"words": words, "speaker": speaker, "speaker_type": stype, "mention": mention, "cue": cue,
            "kind": kind, "nth": nth, "bare": bare, "speakers": speakers}


def doc(did, style, quotes=(), not_quotes=(), ignore=()):
    """One article: ``articles/<did>.txt`` with its gold."""
    DOCS.append({"id": did, "style": style, "quotes": list(quotes), "not_quotes": list(not_quotes),
                 "ignore": list(ignore)})


def _finds(text: str, words: str, whole_word: bool = False) -> list[int]:
    pattern = re.escape(words)
    if whole_word:
        pattern = r"(?<!\w)" + pattern + r"(?!\w)"
    return [m.start() for m in re.finditer(pattern, text)]


def _one(text: str, words: str, nth: int | None, what: str) -> int:
    starts = _finds(text, words)
    if not starts:
        raise BuildError(f"{what}: {words!r} is not in the text")
    if nth is None:
        if len(starts) > 1:
            raise BuildError(f"{what}: {words!r} occurs {len(starts)} times; give nth")
        nth = 0
    if nth >= len(starts):
        raise BuildError(f"{what}: {words!r} has no occurrence {nth}")
    return starts[nth]


def _quote_span(text: str, spec: dict, what: str) -> tuple[int, int]:
    words = spec["words"]
    if GAP in words:
        head, tail = words.split(GAP)
        start = _one(text, head, spec["nth"], what)
        tail_at = text.find(tail, start + len(head))
        if tail_at < 0:
            raise BuildError(f"{what}: {tail!r} does not follow {head!r}")
        end = tail_at + len(tail)
    else:
        start = _one(text, words, spec["nth"], what)
        end = start + len(words)
    if not spec["bare"]:
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else "\n"
        if before not in OPEN_MARKS:
            raise BuildError(f"{what}: {text[start:end][:40]!r} is not preceded by an opening mark")
        if after not in CLOSE_MARKS and after != "\n":
            raise BuildError(f"{what}: {text[start:end][-40:]!r} is not followed by a closing mark")
    return start, end


def _mention_span(text: str, mention: str, q0: int, q1: int, quotes: list[tuple[int, int]], what: str):
    inside = re.fullmatch(r"(.*)\[(.+?)\](.*)", mention, flags=re.S)
    if inside:
        left, words, right = inside.groups()
        cands = [s + len(left) for s in _finds(text, left + words + right)]
    else:
        words = mention
        cands = _finds(text, words, whole_word=True)
    cands = [s for s in cands if not any(a <= s < b for a, b in quotes)]
    if not cands:
        raise BuildError(f"{what}: mention {mention!r} is not in the text outside the quotes")
    para0 = text.rfind("\n", 0, q0) + 1
    para1 = text.find("\n", q1) % (len(text) + 1)
    same = [c for c in cands if para0 <= c < para1]
    s = min(same or cands, key=lambda c: (max(q0 - (c + len(words)), c - q1, 0), c > q0))
    return s, s + len(words)


def _spans(text: str, items, what: str, marked: bool) -> list[dict]:
    out = []
    for item in items:
        words, nth = (item, None) if isinstance(item, str) else item
        if marked:  # a span that is not speech stands in marks: count only the marked occurrences
            starts = [s for s in _finds(text, words) if s and text[s - 1] in OPEN_MARKS]
            if not starts or (nth is None and len(starts) > 1) or (nth or 0) >= len(starts):
                raise BuildError(f"{what}: {words!r} has {len(starts)} marked occurrences (nth={nth})")
            s = starts[nth or 0]
        else:
            s = _one(text, words, nth, what)
        out.append({"start": s, "end": s + len(words), "text": words})
    return sorted(out, key=lambda d: d["start"])


def read_text(did: str) -> str:
    text = (ARTICLES / f"{did}.txt").read_text(encoding="utf-8")
    return text[:-1] if text.endswith("\n") else text


def build_doc(spec: dict) -> dict:
    did = spec["id"]
    text = read_text(did)
    spans = [_quote_span(text, qs, f"{did} quote {i}") for i, qs in enumerate(spec["quotes"])]
    quotes = []
    for i, (qs, (s, e)) in enumerate(zip(spec["quotes"], spans, strict=True)):
        item = {"start": s, "end": e, "text": text[s:e], "kind": qs["kind"], "speaker": qs["speaker"],
                "speaker_type": qs["speaker_type"], "mention": None, "cue": qs["cue"]}
        if qs["speakers"]:
            item["speakers"] = qs["speakers"]
        if qs["mention"]:
            ms, me = _mention_span(text, qs["mention"], s, e, spans, f"{did} quote {i}")
            item["mention"] = text[ms:me]
            item["mention_start"], item["mention_end"] = ms, me
        if qs["speaker"] is None and qs["speaker_type"] != UNK:
            raise BuildError(f"{did} quote {i}: no speaker, so the type is 'unknown'")
        quotes.append(item)
    order = sorted(range(len(quotes)), key=lambda k: quotes[k]["start"])
    quotes = [quotes[k] for k in order]
    for a, b in itertools.pairwise(quotes):
        if b["start"] < a["end"]:
            raise BuildError(f"{did}: quotes {a['text'][:30]!r} and {b['text'][:30]!r} overlap")
    for k, item in enumerate(quotes):
        if text[item["start"]:item["end"]] != item["text"]:
            raise BuildError(f"{did} quote {k}: span and words differ")
        if "mention_start" in item and text[item["mention_start"]:item["mention_end"]] != item["mention"]:
            raise BuildError(f"{did} quote {k}: mention span and words differ")
    return {"id": did, "style": spec["style"], "text": text, "quotes": quotes,
            "not_quotes": _spans(text, spec["not_quotes"], f"{did} not_quote", marked=True),
            "ignore": _spans(text, spec["ignore"], f"{did} ignore", marked=False)}


def build() -> list[dict]:
    """Every document of the corpus, in gold format."""
    seen = set()
    for spec in DOCS:
        if spec["id"] in seen:
            raise BuildError(f"{spec['id']}: annotated twice")
        seen.add(spec["id"])
    missing = {p.stem for p in ARTICLES.glob("*.txt")} - seen
    if missing:
        raise BuildError(f"articles without gold: {sorted(missing)}")
    return [build_doc(spec) for spec in DOCS]


def render(docs: list[dict]) -> str:
    """corpus.jsonl's exact content."""
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _review(docs: list[dict]) -> None:
    for d in docs:
        text = d["text"]
        print(f"== {d['id']} ({d['style']}) {len(d['quotes'])} quotes")
        for item in d["quotes"]:
            words = item["text"].replace("\n", "⏎")
            line = f"  {words[:60]!r:64} {item['kind'][:4]} {item['speaker']} ({item['speaker_type'][:3]})"
            if "mention_start" in item:
                ms, me = item["mention_start"], item["mention_end"]
                ctx = (text[max(0, ms - 30):ms] + "[" + text[ms:me] + "]" + text[me:me + 30]).replace("\n", "⏎")
                line += f"\n      mention {ctx!r} cue={item['cue']!r}"
            else:
                line += f"\n      no mention, cue={item['cue']!r}"
            print(line)
        for key in ("not_quotes", "ignore"):
            for item in d[key]:
                print(f"  {key}: {item['text']!r}")


def _marked_spans(text: str) -> list[tuple[int, int]]:
    """Quoted spans by a rough reading of the marks, for the --marks report only."""
    out = []
    for m in re.finditer(r"“([^“”]*)(?:”|(?=\n))", text):
        out.append((m.start(1), m.end(1)))
    for m in re.finditer(r"(?<!\w)‘(.+?)’(?!\w)", text):
        out.append((m.start(1), m.end(1)))
    for para in re.finditer(r"[^\n]+", text):
        for m in re.finditer(r"\"([^\"\n]*)(?:\"|$)", para.group()):
            out.append((para.start() + m.start(1), para.start() + m.end(1)))
    return out


def _marks(docs: list[dict]) -> None:
    for d in docs:
        known = [(x["start"], x["end"]) for k in ("quotes", "not_quotes", "ignore") for x in d[k]]
        for s, e in _marked_spans(d["text"]):
            if not any(min(e, b) > max(s, a) for a, b in known):
                print(f"{d['id']}: unannotated {d['text'][s:e][:70]!r}")


def main(argv: list[str] | None = None, styles: tuple[str, ...] = ()) -> int:
    """The command line of this builder, and of any set that loads it with its own gold and ``OUT``.

    Args:
        argv: the arguments; ``sys.argv[1:]`` when ``None``.
        styles: the set's styles; given, ``--style`` prints one style's documents.
    """
    ap = argparse.ArgumentParser(description=f"Build {OUT.name}: articles with hand gold.")
    ap.add_argument("--check", action="store_true", help=f"exit 1 if {OUT.name} is out of date")
    ap.add_argument("--review", action="store_true", help="print every quote with its mention in context")
    ap.add_argument("--marks", action="store_true", help="list quoted spans the gold does not account for")
    if styles:
        ap.add_argument("--style", choices=styles, help="print only this style's documents (JSON Lines) to stdout")
    a = ap.parse_args(argv)
    docs = build()
    if getattr(a, "style", None):
        sys.stdout.write(render([d for d in docs if d["style"] == a.style]))
        return 0
    if a.review:
        _review(docs)
    if a.marks:
        _marks(docs)
    content = render(docs)
    if a.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != content:
            print(f"{OUT.name} is out of date: run {Path(sys.argv[0]).name}", file=sys.stderr)
            return 1
        return 0
    if not (a.review or a.marks):
        OUT.write_text(content, encoding="utf-8")
        n = sum(len(d["quotes"]) for d in docs)
        print(f"wrote {OUT.name}: {len(docs)} documents, {n} quotes")
    return 0


# ---------------------------------------------------------------------------------------------------
# The gold, one doc() per article, in the order of corpus.jsonl.
# ---------------------------------------------------------------------------------------------------

# US wire (AP style): datelines, titles before names, party-state tags, anonymous officials.

doc("us-wire-01", "us-wire", [
    q("This is the day the families of Millbrook have been waiting for,", "Adrienne Holloway", PER,
      "Sen. Adrienne Holloway", "said"),
    q("They were told for a year⋯Today we proved that wrong.", "Adrienne Holloway", PER, "Sen. Adrienne Holloway",
      "said"),
    q("tens of millions of dollars", "Adrienne Holloway", PER, "She", "said", PARTIAL),
    q("a solution in search of a problem", "Association of Freight Carriers", ORG,
      "The Association of Freight Carriers", "called", PARTIAL),
    q("Rail remains the safest way⋯the data backs that up,", "Association of Freight Carriers", ORG, "the group",
      "said"),
    q("Mandating a second crew member⋯happened in Millbrook.", "Association of Freight Carriers", ORG, "the group",
      "said"),
    q("Washington picking winners.", "Wade Prescott", PER, "Sen. Wade Prescott", "said", PARTIAL),
    q("I want safer trains as much as anybody in this room,", "Wade Prescott", PER, "Prescott", "said"),
    q("But you don’t get there⋯sit in a cab.", "Wade Prescott", PER, "Prescott", "said"),
    q("They told me what it’s like⋯when something goes wrong,", "Lorna Becker", PER, "Becker", "said"),
    q("I couldn’t unhear that.", "Lorna Becker", PER, "Becker", "said"),
    q("in whatever form it reaches his desk", "a senior White House official", ANON, "A senior White House official",
      "said", PARTIAL),
    q("no appetite", "Dale Hennessey", PER, "Hennessey", "told", PARTIAL),
    q("We have asked Congress for these tools since the first week after Millbrook,", "Mira Castellanos", PER,
      "Castellanos", "said"),
    q("The Senate answered. Now it’s the House’s turn.", "Mira Castellanos", PER, "Castellanos", "said"),
    q("I’ll believe it when I see a sensor on that track,", "Gary Tibbets", PER, "Gary Tibbets", "said"),
    q("We’ve heard a lot of promises.", "Gary Tibbets", PER, "Gary Tibbets", "said"),
])

doc("us-wire-02", "us-wire", [
    q("We are not going to be able to put a line around this tonight,", "Ramona Quintero", PER,
      "Sheriff Ramona Quintero", "said"),
    q("The wind is making every decision for us right now.", "Ramona Quintero", PER, "Sheriff Ramona Quintero", "said"),
    q("That is not a threat,", "Ramona Quintero", PER, "the sheriff", "said"),
    q("It's so we know who to look for.", "Ramona Quintero", PER, "the sheriff", "said"),
    q("It's jumping the highway like the highway isn't there,", "Curtis Lamb", PER, "Lamb", "said"),
    q("I didn't take a single photograph,", "Dee Ann Marsh", PER, "she", "said"),
    q("I just stood in the kitchen and couldn't think.", "Dee Ann Marsh", PER, "she", "said"),
    q("It sounded like a train,", "Paul Okonkwo", PER, "Okonkwo", "said"),
    q("Everybody says that, and I always thought it was a cliche. It's not.", "Paul Okonkwo", PER, "Okonkwo", "said"),
    q("Colorado is strong⋯Please listen to evacuation orders.", "Elliot Brandt", PER, "Brandt", "wrote"),
    q("If we get the break in the wind they're forecasting, we have a real shot at it,", "Sonia Reyes-Whitfield", PER,
      "Reyes-Whitfield", "said"),
    q("If we don't, I wouldn't want to guess.", "Sonia Reyes-Whitfield", PER, "Reyes-Whitfield", "said"),
], not_quotes=["Sunny"])

doc("us-wire-03", "us-wire", [
    q("Nobody in this room wanted to be here this morning,", "Tamika Rowe and Hector Villanueva", PER,
      "Tamika Rowe and Hector Villanueva", "said", speakers=["Tamika Rowe", "Hector Villanueva"]),
    q("But management left us no choice.", "Tamika Rowe and Hector Villanueva", PER,
      "Tamika Rowe and Hector Villanueva", "said", speakers=["Tamika Rowe", "Hector Villanueva"]),
    q("We have made a fair offer, and it is still on the table,", "Everett Grange", PER, "Grange", "said"),
    q("What we cannot do is make promises with money we don’t have.", "Everett Grange", PER, "Grange", "said"),
    q("I left my house at 5 and I still clocked in late,", "Priya Raman", PER, "Raman", "said"),
    q("If this goes on a week⋯I can’t afford Uber every day.", "Priya Raman", PER, "Raman", "said"),
    q("entirely avoidable.", "Harlan Strickland", PER, "he", "called", PARTIAL),
    q("These people drive us around in snowstorms,", "Bernard Kowalski", PER, "Kowalski", "said"),
    q("Pay them.", "Bernard Kowalski", PER, "Kowalski", "said"),
    q("They called us heroes during the pandemic,", "Hector Villanueva", PER, "he", "said"),
    q("Heroes can’t pay rent with a thank-you card.", "Hector Villanueva", PER, "he", "said"),
], not_quotes=["Sunday Forum", "Split Shifts Split Families."])

doc("us-wire-04", "us-wire", [
    q("Every single vote in this district⋯sitting side by side,", "Rosa Delgado", PER, "she", "said"),
    q("The result is the same. It is time to get to work.", "Rosa Delgado", PER, "she", "said"),
    q("answered the wrong question.", "Travis Vance", PER, "he", "said", PARTIAL),
    q("Nobody disputes that the machines can add,", "Travis Vance", PER, "Vance", "said"),
    q("What we dispute is which envelopes⋯started adding.", "Travis Vance", PER, "Vance", "said"),
    q("There is a process for challenging an election in Arizona, and Mr. Vance is free to use it,", "Miriam Foss", PER,
      "Foss", "said"),
    q("What he is not free to do⋯when they weren’t.", "Miriam Foss", PER, "Foss", "said"),
    q("within his rights", "Cal Ruckert", PER, "State Senate President Cal Ruckert", "said", PARTIAL),
    q("Losing by 212 votes hurts. I’ve lost races, and I know,", "Joanne Albers", PER, "Albers", "told"),
    q("But the voters spoke, and they spoke twice.", "Joanne Albers", PER, "Albers", "told"),
    q("Two hundred and twelve is a small number⋯in a courtroom,", "Lena Marchetti", PER, "Lena Marchetti", "said"),
])

# Issue 9's error types: joint statements with party labels, a document and its author, a memo read by the
# press, described residents ("A nurse at ... said"), pronouns after a new person.
doc("us-wire-05", "us-wire", [
    q("This is money that was meant for people sleeping in their cars,", "Ellen Marsh and Curtis Holloway", PER,
      "Ellen Marsh, D-Ore., and Curtis Holloway", "said", speakers=["Ellen Marsh", "Curtis Holloway"]),
    q("We expect a full accounting by the end of the month.", "Ellen Marsh and Curtis Holloway", PER,
      "Ellen Marsh, D-Ore., and Curtis Holloway", "said", speakers=["Ellen Marsh", "Curtis Holloway"]),
    q("riddled with avoidable errors,", "the agency’s inspector general", ANON,
      "A report by the agency’s inspector general", "said", PARTIAL),
    q("already begun correcting", "Federal Flood Recovery Administration", ORG, "[the agency] said it had", "said",
      PARTIAL),
    q("overwhelmed and falling further behind each week.", None, UNK, "The memo", "warned", PARTIAL),
    q("a system built for a smaller disaster.", "Lorraine Weeks", PER, "[Weeks], who took over", "said", PARTIAL),
    q("I’m not going to pretend the numbers are acceptable,", "Lorraine Weeks", PER, "she", "said"),
    q("They’re not. But the people doing this work⋯getting better every week.", "Lorraine Weeks", PER, "she",
      "said"),
    q("They lost my file twice,", "a retired school bus driver from Millbrook", ANON, "[she] said. “The third",
      "said"),
    q("The third time I drove it to the office myself.", "a retired school bus driver from Millbrook", ANON,
      "[she] said. “The third", "said"),
    q("People stop calling after the third rejection letter,", "Tanya Bright", PER, "she", "said"),
    q("They figure nobody is coming.", "Tanya Bright", PER, "she", "said"),
    q("We are seeing people who skipped their medication because they had to choose between that and rent,",
      "a nurse at Harlow General Hospital", ANON, "she", "said"),
    q("They are doing what they can,", "Dean Okafor", PER, "he", "said"),
    q("The system is the problem.", "Dean Okafor", PER, "he", "said"),
])

# NYT style: datelines, Mr./Ms. on second reference, curly marks, long multi-sentence quotes.

doc("nyt-01", "nyt", [
    q("I grew up two streets from that mill,", "Denise Aldana", PER, "Denise Aldana", "said"),
    q("My father worked there.⋯A view?", "Denise Aldana", PER, "Denise Aldana", "said"),
    q("Nobody is against jobs,", "Harold Whitcomb", PER, "Mr. Whitcomb", "said"),
    q("We are against 1,400 trucks going past a playground.", "Harold Whitcomb", PER, "Mr. Whitcomb", "said"),
    q("the single largest private investment this town has seen in two generations.", "Simone Achterberg", PER,
      "Simone Achterberg", "described", PARTIAL),
    q("We have changed this plan four times because people told us what worried them,", "Simone Achterberg", PER,
      "she", "said"),
    q("We will keep listening.⋯whether it wants to grow.", "Simone Achterberg", PER, "she", "said"),
    q("a wound that has been open too long.", "Frank DeLuca", PER, "[he] has described", "described", PARTIAL),
    q("I hear it all the time — ‘You just got here,’", "Leah Bronstein", PER, "Ms. Bronstein", "said"),
    q("I know. I chose this place.⋯in 10 years.", "Leah Bronstein", PER, "Ms. Bronstein", "said"),
    q("Some of us didn’t choose it,", "Denise Aldana", PER, "she", "said"),
    q("We were born here, and we’re still waiting.", "Denise Aldana", PER, "she", "said"),
], not_quotes=["Jobs Now."])

doc("nyt-02", "nyt", [
    q("a symbolic tax that will raise less⋯more than they admit.", "Catherine Wolcott", PER, "she", "called", PARTIAL),
    q("I am not going to sign a budget that gives people one more reason to move to Florida,", "Catherine Wolcott", PER,
      "the governor", "told"),
    q("I have said that from the beginning, and I am saying it today.", "Catherine Wolcott", PER, "the governor",
      "told"),
    q("The governor keeps talking about people leaving,", "Andre Baptiste", PER, "[he] said. “Let me", "said"),
    q("Let me tell you who is leaving:⋯supposed to be for.", "Andre Baptiste", PER, "[he] said. “Let me", "said"),
    q("If the people with a $6 million beach house⋯and so can they.", "Andre Baptiste", PER, "[he] said. “Let me",
      "said"),
    q("focused on getting a budget done, not on picking sides.", "Daniel Oyelaran", PER, "Daniel Oyelaran", "said",
      PARTIAL),
    q("could live with", "a person familiar with the negotiations", ANON, "One of them", "said", PARTIAL),
    q("There is no agreement on anything until there is agreement on everything,", "Tamsin Reyes", PER, "Ms. Reyes",
      "said"),
    q("Every day of delay has a cost,", "Ira Feldman", PER, "Mr. Feldman", "said"),
    q("and that cost is paid by the people who can least afford it.", "Ira Feldman", PER, "Mr. Feldman", "said"),
])

doc("nyt-03", "nyt", [
    q("I read the list three times because I thought I had misunderstood it,", "Margaret Ellery", PER, "Ms. Ellery",
      "said"),
    q("A book about dams.⋯a book about dams had done.", "Margaret Ellery", PER, "Ms. Ellery", "said"),
    q("did not read every word of every book, and never claimed to.", "Wendell Tuggle", PER, "Wendell Tuggle", "said",
      PARTIAL),
    q("We are elected to make judgment calls, and we made one,", "Wendell Tuggle", PER, "Mr. Tuggle", "said"),
    q("If something was caught up in it⋯to put it back.", "Wendell Tuggle", PER, "Mr. Tuggle", "said"),
    q("the activist in the library.", "a group member", ANON, "one member", "described", PARTIAL),
    q("She’s the reason half of us read anything at all,", "Keisha Dorsey", PER, "Ms. Dorsey", "said"),
    q("When I was a freshman⋯She was right.", "Keisha Dorsey", PER, "Ms. Dorsey", "said"),
    q("I’ve been called a lot of things,", "Thomas Abernathy", PER, "Mr. Abernathy", "said"),
    q("Dangerous was never one of them. I wrote 400 pages about turbines.", "Thomas Abernathy", PER, "Mr. Abernathy",
      "said"),
    q("Probably some of them,", "Wendell Tuggle", PER, "he", "said"),
    q("Probably the one about the dams.", "Wendell Tuggle", PER, "he", "said"),
], not_quotes=["The Cartographer’s Daughter,", ("Rivers of Iron,", 0), ("Rivers of Iron,", 1),
               "Hollis Springs Parents for Decency", "Let Mrs. E Keep Her Shelves,"])

# British: single marks for speech, double marks nested inside; Cllr, Ms without a point.

doc("british-01", "british", [
    q("dismantling a century of public service in a single afternoon", "campaigners", ANON, "campaigners", "accused",
      PARTIAL),
    q("no good options", "Graham Pellow", PER, "Cllr Graham Pellow", "said", PARTIAL),
    q("Nobody goes into local politics to close libraries,", "Graham Pellow", PER, "he", "told"),
    q("I have sat with officers for months⋯I will not do that.", "Graham Pellow", PER, "he", "told"),
    q("He talks about hard choices,", "Anita Sharma", PER, "she", "said"),
    q("These are choices, full stop.⋯outside the retail park.", "Anita Sharma", PER, "she", "said"),
    q("to look them in the eye", "Jean Whitlock", PER, "Jean Whitlock", "said", PARTIAL),
    q("My husband and I did our courting in that library,", "Jean Whitlock", PER, "she", "said"),
    q("When he was ill at the end⋯it’s a luxury.", "Jean Whitlock", PER, "she", "said"),
    q("among the deepest we have seen in England this decade", "Chartered Institute of Library Professionals", ORG,
      "The Chartered Institute of Library Professionals", "described", PARTIAL),
    q("Councils are responsible for their own spending decisions.⋯6.8 per cent this year.",
      "a spokesperson for the Ministry of Housing, Communities and Local Government", ANON,
      "A spokesperson for the Ministry of Housing, Communities and Local Government", "said"),
    q("heartbroken", "Ruth Carradine", PER, "Ruth Carradine", "said", PARTIAL),
    q("at a corner table in the very library they are now closing", "Ruth Carradine", PER, "she", "wrote", PARTIAL),
    q("It means we are asking for help. I am not ashamed of that.", "Graham Pellow", PER, "he", "replied"),
    q("This is not over,", "Anita Sharma", PER, "she", "said"),
], not_quotes=["Books Not Bulldozers", "The Millbeck Mysteries"])

doc("british-02", "british", [
    q("political suicide", "more than 40 Conservative MPs", ANON, "more than 40 Conservative MPs", "warning", PARTIAL),
    q("the cost of living crisis is genuinely behind us", "more than 40 Conservative MPs", ANON, "The letter", "urges",
      PARTIAL),
    q("I have supported this government through thick and thin.⋯they have had enough.", "Geoffrey Pilbeam", PER,
      "Sir Geoffrey", "said"),
    q("queueing up", "Geoffrey Pilbeam", PER, "He", "added", PARTIAL),
    q("no U-turn", "a Treasury source", ANON, "A Treasury source", "insisted", PARTIAL),
    q("The chancellor has made her decision and she is sticking to it.", "a Treasury source", ANON, "A Treasury source",
      "adding"),
    q("Of course.", "the prime minister’s official spokesman", ANON, "his official spokesman", "said"),
    q("not get ahead of the Budget", "the prime minister’s official spokesman", ANON, "the spokesman", "replied",
      PARTIAL),
    q("a tax on getting to work", "Owen Maddox", PER, "Owen Maddox", "called", PARTIAL),
    q("at war with itself", "Owen Maddox", PER, "Owen Maddox", "said", PARTIAL),
    q("Every week there is a new rebellion and a new climbdown,", "Owen Maddox", PER, "he", "said"),
    q("Families do not need a chancellor⋯another on Friday.", "Owen Maddox", PER, "he", "said"),
    q("fair and overdue", "Lucy Farrant", PER, "Lucy Farrant", "said", PARTIAL),
    q("the politics of the petrol forecourt", "Lucy Farrant", PER, "Lucy Farrant", "warned", PARTIAL),
    q("We say we care about fixing potholes,", "Lucy Farrant", PER, "she", "said"),
    q("Well, potholes cost money. You can’t cheer for one and boo the other.", "Lucy Farrant", PER, "she", "said"),
    q("picked the pockets", "Edmund Carlile", PER, "Edmund Carlile", "said", PARTIAL),
    q("When fuel prices fall, the pump price falls by a penny,", "Edmund Carlile", PER, "he", "said"),
    q("When they rise, it goes up like a rocket.⋯It is insulting.", "Edmund Carlile", PER, "he", "said"),
])

doc("british-03", "british", [
    q("It came up through the floorboards first⋯it was just everywhere,", "Tom Ashworth", PER, "Tom Ashworth", "said"),
    q("We got the kids upstairs⋯kitchen float past.", "Tom Ashworth", PER, "Tom Ashworth", "said"),
    q("exactly as designed", "Environment Agency", ORG, "The Environment Agency", "said", PARTIAL),
    q("exceptional", "Environment Agency", ORG, "it", "described", PARTIAL),
    q("designed for what?", "one resident", ANON, "one resident", "shouted", PARTIAL),
    q("lost faith", "Derek Howarth", PER, "Parish council chairman Derek Howarth", "said", PARTIAL),
    q("Every time, we are told this was a once-in-a-century event,", "Derek Howarth", PER, "he", "said"),
    q("We have now had three⋯the century has changed.", "Derek Howarth", PER, "he", "said"),
    q("Some of them were in that water for six hours,", "Claire Nuttall", PER, "she", "said"),
    q("They were exhausted, and they kept going.", "Claire Nuttall", PER, "she", "said"),
    q("People here are not asking for miracles,", "Fiona Marsden", PER, "she", "told"),
    q("They are asking for a straight answer.", "Fiona Marsden", PER, "she", "told"),
    q("through enough", "Alison Hebden", PER, "Alison Hebden", "said", PARTIAL),
    q("Mum keeps saying, “It’s only things, it’s only things,”", "Alison Hebden", PER, "she", "said"),
    q("But it’s her wedding photos.⋯not only things.", "Alison Hebden", PER, "she", "said"),
])

# Canadian wire (CP style): datelines, per cent, "said in French", a quote paragraph that follows on.

doc("canadian-01", "canadian-wire", [
    q("We are the largest landowner in the country⋯find a place to live,", "Genevieve Tremblay-Ross", PER,
      "Tremblay-Ross", "told"),
    q("That ends now.", "Genevieve Tremblay-Ross", PER, None, None),
    q("another photo op", "Brent Kowalczyk", PER, "Conservative housing critic Brent Kowalczyk", "dismissed",
      PARTIAL),
    q("They've announced this land so many times it should have its own postal code,", "Brent Kowalczyk", PER,
      "Kowalczyk", "said"),
    q("cherry-picking", "Samira Haddad", PER, "she", "accused", PARTIAL),
    q("You can give us all the land in the world,", "Mike Lalonde", PER, "Lalonde", "said"),
    q("If I can't find framers and electricians, I can't build on it.", "Mike Lalonde", PER, "Lalonde", "said"),
    q("in active conversations", "Genevieve Tremblay-Ross", PER, "Tremblay-Ross", "said", PARTIAL),
    q("Six years is a long time to wait for a yes,", "Colleen Ferrier", PER, "Ferrier", "said"),
    q("But I'll take the yes.", "Colleen Ferrier", PER, "Ferrier", "said"),
])

doc("canadian-02", "canadian-wire", [
    q("We are burying our young people,", "Marlene Seaweed-Harris", PER, "Seaweed-Harris", "said"),
    q("Our elders are going to more funerals than birthdays.⋯to be sent away.", "Marlene Seaweed-Harris", PER,
      "Seaweed-Harris", "said"),
    q("I heard the grief in her voice,", "Nadia Sohal", PER, "the minister", "said"),
    q("We will be there, and we will stay as long as we are needed.", "Nadia Sohal", PER, "the minister", "said"),
    q("Six weeks is not a treatment program,", "Marlene Seaweed-Harris", PER, "she", "said"),
    q("Six weeks is a visit.", "Marlene Seaweed-Harris", PER, "she", "said"),
    q("Our members are carrying naloxone, and they are using it,", "Kevin Aulakh", PER, "Aulakh", "said"),
    q("It is not always enough anymore.", "Kevin Aulakh", PER, "Aulakh", "said"),
    q("working closely", "Paul Beaudry’s office", ORG, "Federal Indigenous Services Minister Paul Beaudry’s office",
      "said", PARTIAL),
    q("respond to the community’s priorities,", "Paul Beaudry’s office", ORG,
      "Federal Indigenous Services Minister Paul Beaudry’s office", "said", PARTIAL),
    q("We check on people. We knock on doors at two in the morning if we have to,", "Darren Hunt", PER, "he", "said"),
    q("Nobody should die alone in a bathroom in this community. Not one more.", "Darren Hunt", PER, None, None),
])

doc("canadian-03", "canadian-wire", [
    q("French is not a burden on our economy.⋯in North America,", "Luc Beaulieu-Gagnon", PER, "Beaulieu-Gagnon",
      "said"),
    q("fearmongering", "Luc Beaulieu-Gagnon", PER, "He", "accused", PARTIAL),
    q("on ice.", "Daniel Fortier-Kim", PER, "Daniel Fortier-Kim", "said", PARTIAL),
    q("Nobody is against French,", "Daniel Fortier-Kim", PER, "Fortier-Kim", "said"),
    q("What we are saying is that a software firm⋯write the job posting.", "Daniel Fortier-Kim", PER, "Fortier-Kim",
      "said"),
    q("an answer to a question nobody asked.", "Amanda Kerr-Vaillancourt", PER,
      "Opposition Liberal Leader Amanda Kerr-Vaillancourt", "called", PARTIAL),
    q("The premier is picking a fight because it is good for him in the polls,", "Amanda Kerr-Vaillancourt", PER,
      "she", "told"),
    q("It is not good for Quebec.", "Amanda Kerr-Vaillancourt", PER, "she", "told"),
    q("blinked", "Maxime Ouellet", PER, "PQ Leader Maxime Ouellet", "said", PARTIAL),
    q("It’s a classic move.⋯end up looking reasonable,", "Julie Caron", PER, "she", "said"),
])

# International wire (Reuters, AFP): foreign ministries, envoys, anonymous diplomats, state media.

doc("intl-wire-01", "intl-wire", [
    q("We came to Geneva with a serious proposal on water sharing. The other side came with a press release,",
      "Ilse Varga", PER, "Moravian Foreign Minister Ilse Varga", "told"),
    q("Kessaria has shown flexibility at every stage,", "Tarek Haddad", PER, "Haddad", "said"),
    q("Moravia wants a veto over our development. No sovereign country can accept that.", "Tarek Haddad", PER,
      "Haddad", "said"),
    q("frank", "Anders Lindqvist", PER, "Anders Lindqvist", "said", PARTIAL),
    q("There are no easy solutions to a problem that took decades to create,", "Anders Lindqvist", PER, "he", "said"),
    q("But I am encouraged that the parties remain at the table.", "Anders Lindqvist", PER, "he", "said"),
    q("poisonous.", "a Western diplomat", ANON, "One of the diplomats", "described", PARTIAL),
    q("all options under international law,", "Moravia's foreign ministry", ORG, "Moravia's foreign ministry",
      "saying", PARTIAL),
    q("will not change realities on the ground.", "an unnamed government source", ANON,
      "an unnamed government source", "said", PARTIAL),
])

doc("intl-wire-02", "intl-wire", [
    q("They shot at us like we were animals,", "Mikel", PER,
      "a 23-year-old student who gave his name only as Mikel", "told"),
    q("We only want to be able to fill a motorbike.", "Mikel", PER,
      "a 23-year-old student who gave his name only as Mikel", "told"),
    q("organised criminal elements", "interior ministry", ORG, "The interior ministry", "accused", PARTIAL),
    q("I understand the anger. I share it,", "Dragan Velic", PER, "Velic", "said"),
    q("But a country that borrows to sell petrol below cost⋯mortgaging its children.", "Dragan Velic", PER, "Velic",
      "said"),
    q("Forty euros will not cover the increase for a single month for a family with a car,", "Irena Dosti", PER, "she",
      "told"),
    q("The government is buying time, not solving anything.", "Irena Dosti", PER, "she", "told"),
    q("Nobody expected it to spread this fast,", "a senior diplomat", ANON, "the diplomat", "said"),
    q("closely monitoring", "International Monetary Fund", ORG, "The International Monetary Fund", "said", PARTIAL),
], not_quotes=["the Accountant"])

doc("intl-wire-03", "intl-wire", [
    q("The Republic of Karesh will not accept violations⋯under any pretext,", "Karesh’s foreign ministry", ORG,
      "the ministry", "said"),
    q("a strong note of protest.", "Karesh’s foreign ministry", ORG, "the ministry", "adding", PARTIAL),
    q("not carried out any operation on Kareshi soil", "Armin Rostami", PER, "Colonel Armin Rostami", "told",
      PARTIAL),
    q("We know where the drone came from.⋯to the Security Council.", "Yusuf Demirel", PER,
      "Foreign Minister Yusuf Demirel", "quoted"),
    q("They were picking pistachios. They were not fighters,", "a local official", ANON, "the official",
      "said"),
    q("The Secretary-General urges both sides⋯further inflame tensions,", "Stéphane Okello", PER,
      "U.N. spokesman Stéphane Okello", "said"),
    q("a theatre.", "Karesh’s government", ORG, "[Karesh’s government] called", "called", PARTIAL),
    q("Both governments have domestic reasons⋯reasons not to fight,", "Hana Sorensen", PER, "Hana Sorensen", "said"),
])

doc("intl-wire-04", "intl-wire", [
    q("Many villages are still cut off. Our teams are walking in because the roads are gone,", "Dewi Anggraini", PER,
      "agency spokesperson Dewi Anggraini", "told"),
    q("before the next school year.", "Rahmat Soedirjo", PER, "President Rahmat Soedirjo", "said", PARTIAL),
    q("To the families who have lost someone today: the whole nation grieves with you,", "Rahmat Soedirjo", PER,
      "Soedirjo", "said"),
    q("The walls were dancing,", "Lestari", PER, "Lestari", "said"),
    q("I could not reach the fifth one.", "Lestari", PER, "She", "said"),
    q("We will investigate why,", "Agus Hartono", PER, "he", "was quoted as saying"),
    q("at a moment's notice.", "Teravia's foreign ministry", ORG, "Neighbouring Teravia's foreign ministry", "said",
      PARTIAL),
])

# Live blogs: time stamps, headline quotes with a "Name:" prefix, embedded posts signed with a dash.
# A post embedded without marks is left out of the count (ignore).

doc("live-blog-01", "live-blog", [
    q("We ran on potholes, and it worked", "Omar Whitfield", PER, "[Whitfield]: ‘We ran", None),
    q("The voters have spoken, and I respect their decision,", "Dana Kessler", PER, "Kessler", "told"),
    q("I called Omar a few minutes ago and wished him well. I meant it.", "Dana Kessler", PER, "Kessler", "told"),
    q("somewhere north of 9,000 doors", "Omar Whitfield", PER, "Whitfield", "said", PARTIAL),
    q("We ran on potholes, bus routes and the price of child care,", "Omar Whitfield", PER, "he", "said"),
    q("It turns out people care a great deal about potholes.", "Omar Whitfield", PER, "he", "said"),
    q("We are watching the numbers come in⋯STAY IN LINE!", "Claire Donnelly", PER, "— [Claire Donnelly]", None),
    q("confident but not counting chickens.", "Luis Ferro", PER, "Ashby campaign spokesman Luis Ferro", "told",
      PARTIAL),
    q("I’ve been here since 6:15,", "Gloria Pham", PER, "Gloria Pham", "said"),
    q("I brought a sandwich. I’m not leaving now.", "Gloria Pham", PER, "Gloria Pham", "said"),
    q("That’s the law, and that’s what will happen tonight,", "Ray Oduya", PER, "he", "said"),
    q("I like where we are", "Martin Ashby", PER, "[Ashby]: ‘I like", None, nth=0),
    q("I like where we are. I like it a lot. Now let’s let them count.", "Martin Ashby", PER, "the governor", "told"),
    q("real story", "Teresa Lund", PER, "Teresa Lund", "cautioned", PARTIAL),
], ignore=["Proud of these Marston County voters. Patience is a civic virtue! 🇺🇸"])

doc("live-blog-02", "live-blog", [
    q("Stay off the roads", "Renata Solis", PER, "Gov. Renata Solis", None, nth=0),
    q("We got hit hard", "Curtis Bramlett", PER, "Port Ellis mayor", None, nth=0),
    q("significant", "Curtis Bramlett", PER, "Port Ellis Mayor Curtis Bramlett", "described", PARTIAL),
    q("We got hit hard. I’m looking at water⋯on Front Street,", "Curtis Bramlett", PER, "Bramlett", "said"),
    q("that we know of.", "Curtis Bramlett", PER, "He", "said", PARTIAL),
    q("Customers in the hardest-hit areas⋯a week or more,", "Gulf Coast Power", ORG, "the utility", "said"),
    q("Stay off the roads. I cannot say it any plainer than that,", "Renata Solis", PER, "Solis", "said"),
    q("Downed lines, debris,⋯it’s not worth it.", "Renata Solis", PER, "Solis", "said"),
    q("Extreme wind warning for Port Ellis⋯safe room in your shelter.", "National Weather Service", ORG,
      "The NWS office in Lake Arden", "issued"),
    q("We ran out of cups an hour ago,", "Martha Greeley", PER, "Greeley", "said"),
    q("Now we’re using soup bowls.", "Martha Greeley", PER, "Greeley", "said"),
    q("The neighbor wouldn’t leave,", "Darnell Fike", PER, "Fike", "said"),
    q("He told me, ‘Take the dog. I’ll be fine.’ I hope he’s fine.", "Darnell Fike", PER, "Fike", "said"),
    q("life-threatening", "National Hurricane Center forecasters", ANON, "Forecasters", "warned", PARTIAL),
])

doc("live-blog-03", "live-blog", [
    q("I thought we were second best for an hour⋯something you can coach.", "Niall Brennan", PER,
      "Harrowgate boss Niall Brennan", "spoke"),
    q("The second goal is offside.⋯except one man,", "Paulo Reis", PER, "he", "said"),
    q("What is the point?", "Paulo Reis", PER, "Reis", "replied"),
    q("just closed my eyes and hit it.", "Tom Adeyemi", PER, "Match-winner Tom Adeyemi", "told", PARTIAL),
    q("ADEYEMI. FROM THERE. ARE YOU KIDDING ME?! 🔥", "Harrowgate United FC", ORG, "Harrowgate United FC", None),
    q("That's been coming.⋯they'd get punished.", "Gary Finnerty", PER,
      "Former Harrowgate striker and pundit Gary Finnerty", None),
    q("Worst half of football I've seen this season⋯in the snow.", "Dave", PER, "Dave", None),
])

# Transcripts: Q:/A: turns and NAME: labels without marks, and a transcript whose turns open with a
# mark that only the last turn closes. Each turn is one quote; the label is the mention.

doc("transcript-01", "transcript", [
    q("The river doesn’t care about the budget", "Marisol Quintana", PER, "Marisol Quintana", None, nth=0),
    q("The county board says your office can absorb⋯Can it?", "Ben Atwood", PER, "[Q]: The county", None,
      bare=True),
    q("No. I want to be careful⋯at 3 in the morning.", "Marisol Quintana", PER, "[A]: No.", None, bare=True),
    q("What would go first?", "Ben Atwood", PER, "[Q]: What would", None, bare=True),
    q("Probably our outreach.⋯know where to go.", "Marisol Quintana", PER, "[A]: Probably", None, bare=True),
    q("Commissioner Hal Drury said last week⋯Is that fair?", "Ben Atwood", PER, "[Q]: Commissioner", None, bare=True),
    q("It’s true, and I’d say it’s fair to ask about.⋯because we were told to.", "Marisol Quintana", PER,
      "[A]: It’s true", None, bare=True),
    q("Do you think the board understands the risk?", "Ben Atwood", PER, "[Q]: Do you", None, bare=True),
    q("I think they understand it in the abstract.⋯One came.", "Marisol Quintana", PER, "[A]: I think", None,
      bare=True),
    q("Which one?", "Ben Atwood", PER, "[Q]: Which", None, bare=True),
    q("I’m not going to answer that.", "Marisol Quintana", PER, "[A]: (laughs)", None, bare=True),
    q("What do you say to taxpayers who feel the county spends too much?", "Ben Atwood", PER, "[Q]: What do", None,
      bare=True),
    q("I say I’m a taxpayer too.⋯It’s going to do what it does.", "Marisol Quintana", PER, "[A]: I say", None,
      bare=True),
])

doc("transcript-02", "transcript", [
    q("Mayor Maria Tull joins us now from City Hall. Mayor, thanks for being here.", "David Ortega", PER,
      "DAVID ORTEGA, HOST", None, bare=True),
    q("Thanks for having me, David.", "Maria Tull", PER, "MARIA TULL", None, bare=True),
    q("Let's start with the levy.⋯Why would this time be different?", "David Ortega", PER, "ORTEGA", None, bare=True),
    q("Because this time we listened.⋯tied to a specific route.", "Maria Tull", PER, "TULL", None, bare=True),
    q("Your opponents on the council⋯a bus painted on it.\"", "David Ortega", PER, "ORTEGA", None, bare=True),
    q("That's a good line.⋯blank check ever written.", "Maria Tull", PER, "TULL", None, bare=True),
    q("What happens if it fails?", "David Ortega", PER, "ORTEGA", None, bare=True),
    q("Then we cut service.⋯It's arithmetic.", "Maria Tull", PER, "TULL", None, bare=True),
    q("We have a caller, Linda from Riverside. Linda, go ahead.", "David Ortega", PER, "ORTEGA", None, bare=True),
    q("Hi, Mayor.⋯for the same bus?", "Linda", PER, "CALLER (LINDA)", None, bare=True),
    q("Linda, that's a fair question,⋯that's what this is.", "Maria Tull", PER, "TULL", None, bare=True),
    q("Mayor Tull, thank you.", "David Ortega", PER, "ORTEGA", None, bare=True),
    q("Thank you, David.", "Maria Tull", PER, "TULL", None, bare=True),
], not_quotes=["City Desk"])

doc("transcript-03", "transcript", [
    q("shows a man in a medical crisis, not a criminal.", "Janet Osei", PER, "Janet Osei", "said", PARTIAL),
    q("911, what is the address of your emergency?", "the dispatcher", ANON, "DISPATCHER", None, bare=True),
    q("I'm on 9. I'm on Route 9, I think. I can't see right.", "Corey Blaisdell", PER, "BLAISDELL", None, bare=True),
    q("Sir, are you driving right now?", "the dispatcher", ANON, "DISPATCHER", None, bare=True),
    q("Yeah. Yes. My hands are doing something weird.", "Corey Blaisdell", PER, "BLAISDELL", None, bare=True),
    q("I need you to pull over to the right⋯Can you do that for me?", "the dispatcher", ANON, "DISPATCHER", None,
      bare=True),
    q("I'm trying. There's no shoulder here.", "Corey Blaisdell", PER, "BLAISDELL", None, bare=True),
    q("Put your hazards on and stop the truck, sir. Stop the truck now.", "the dispatcher", ANON, "DISPATCHER", None,
      bare=True),
    q("We are not saying he meant for this to happen,", "Glenn Arbogast", PER, "Arbogast", "said"),
    q("We are saying he made choices before he got in that truck.", "Glenn Arbogast", PER, "Arbogast", "said"),
    q("and will never listen to it again.", "Mark Sturgis", PER, "Mark Sturgis", "said", PARTIAL),
])

# Social round-ups: posts and statements signed after a dash (U+2015 ―, —, –, --, -).

doc("social-01", "social-roundup", [
    q("A great day", "Denise Caldwell", PER, None, None, PARTIAL, nth=0),
    q("a giveaway", None, UNK, None, None, PARTIAL, nth=0),
    q("Tonight Rivermouth chose to keep its team⋯A great day for this city.", "Denise Caldwell", PER,
      "Mayor Denise Caldwell", None),
    q("$310 million for a ballpark⋯Tell me again about priorities.", "Joaquin Ferreira", PER,
      "Councilmember Joaquin Ferreira", None),
    q("My dad took me to my first Otters game in 1988.⋯Build it.", "Kelly Brandt", PER, "Kelly Brandt", None),
    q("Economists are about as close to unanimous⋯do not pay for themselves.", "Alan Whitlow", PER,
      "Prof. Alan Whitlow", None),
    q("We appreciate the Council’s partnership⋯breaking ground this fall.", "Rivermouth Otters Baseball Club", ORG,
      "Rivermouth Otters Baseball Club", None),
    q("Seven votes. That’s what it took. Remember their names in November.", "Taxpayers United of Rivermouth", ORG,
      "Taxpayers United of Rivermouth", None),
    q("right up until my name was called.", "Priya Natarajan", PER, "Councilmember Priya Natarajan", "told", PARTIAL),
    q("It’s not a perfect deal,", "Priya Natarajan", PER, "Natarajan", "said"),
    q("I’ve never seen a perfect deal.", "Priya Natarajan", PER, "Natarajan", "said"),
], ignore=["“a giveaway” is too kind. this is a heist 🧢⚾️", "Amen to that!! 🙌"])

doc("social-02", "social-roundup", [
    q("Sugar played like the piano owed him money⋯There will never be another.", "Delfeayo Marsh", PER,
      "Trumpeter Delfeayo Marsh", None),
    q("He let a 19-year-old nobody sit in⋯Rest easy, maestro.", "Carmen Lacroix", PER, "Vocalist Carmen Lacroix",
      None),
    q("Louisiana has lost one of its great voices⋯Sugar spoke through those keys.", "Beau Thibodeaux", PER,
      "Gov. Beau Thibodeaux", "wrote"),
    q("Thank you for everything, Sugar. The music goes on.", "Preservation Jazz Foundation", ORG,
      "The Preservation Jazz Foundation", "posted"),
    q("He taught me that the rests matter as much as the notes.", "Aaron Kim", PER, "Fellow pianist Aaron Kim",
      "adding"),
    q("I was at Tipitina’s the night he played⋯Nobody left. Nobody.", "@NOLAmusicfan_1958", ANON,
      "@NOLAmusicfan_1958", None),
    q("overwhelmed by the love.", "Renee Batiste-Holloway", PER, "Renee Batiste-Holloway", "said", PARTIAL),
    q("Daddy always said the music belonged to everybody,", "Renee Batiste-Holloway", PER, "she", "said"),
    q("Today it feels like everybody is giving a little of it back.", "Renee Batiste-Holloway", PER, "she", "said"),
], not_quotes=[("Sugar", 0), ("Sugar", 1), "Crescent Nights"])

doc("social-03", "social-roundup", [
    q("I have never seen a budget I couldn't improve with a red pen.", "Harriet Lowe", PER,
      "State Treasurer Harriet Lowe", None),
    q("We're not moving the parade.⋯when I'm dead.", "Edna Pulaski", PER, "Edna Pulaski", None),
    q("It was a squirrel. It's always a squirrel.", "Tom Greer", PER, "Rivervale Electric spokesman Tom Greer", None),
    q("If you're going to steal a statue, at least steal a good one.", "Arlene Voss", PER, "Police Chief Arlene Voss",
      None),
    q("The Wi-Fi is down,⋯take it personally.", "Colin Abara", PER, "Mayor Colin Abara", None),
    q("Kids don't need a fancier cafeteria.⋯longer than 20 minutes.", "Dwayne Ellis", PER,
      "School board member Dwayne Ellis", None),
    q("We'll see.", "Rhonda Pike", PER, "Coach Rhonda Pike", None),
    q("She's 104.⋯drove her to the ocean.", "Tamara Ruiz", PER, "Nurse Tamara Ruiz", None),
    q("Honestly? The fish were not biting. I just had a really good sandwich.", "Gary Lindqvist", PER, "Gary Lindqvist",
      None),
])

# Headlines and decks: title case, "Name:" prefixes, capitalised cues (Says, Calls, Warns, Blasts).

doc("headlines-01", "headlines", [
    q("Dead on Arrival", "Tull", PER, "Mayor Tull", None, PARTIAL),
    q("Not a Blank Check", "Tull", PER, "Tull", "Says", PARTIAL),
    q("Painful Choices", "Ravi Menon", PER, "Schools Chief", "Warns", PARTIAL),
    q("We Were Lied To,", "a flood victim", ANON, "Flood Victim", "Says"),
    q("a Coward", "Hale", PER, "Ex-Governor Hale", "Calls", PARTIAL),
    q("Not Guilty", "the jury", ANON, "Jury", None),
    q("Reckless", "Police Union", ORG, "Police Union", "Blasts", PARTIAL),
    q("I’m Not Going Anywhere,", "Pike", PER, "Coach", "Insists"),
    q("Eyesore", "residents", ANON, "Residents", "Decry", PARTIAL),
], not_quotes=["The Glass Orchard"])

doc("headlines-02", "headlines", [
    q("Will Not Bring Down This Government", "Helen Ashcroft", PER, "PM", None, PARTIAL),
    q("We will sit down with anyone who wants a fair deal,", "Helen Ashcroft", PER, "she", "said"),
    q("We will not be held to ransom.", "Helen Ashcroft", PER, "she", "said"),
    q("An Insult to Every Worker", "Ray Colquhoun", PER, "Union Boss", "Brands", PARTIAL),
    q("an insult to every worker who kept the trains running through the pandemic", "Ray Colquhoun", PER,
      "Ray Colquhoun", "said", PARTIAL),
    q("I Feel Betrayed", "a ward sister", ANON, None, None),
    q("I feel betrayed. I clapped on my doorstep⋯two years later.", "a ward sister", ANON, "One ward sister in Leeds",
      "told"),
    q("Sticky", "Bank of Albion", ORG, "Bank", "Warns", PARTIAL),
    q("stickier than we expected", "Malcolm Reid", PER, "Sir Malcolm Reid", "said", PARTIAL),
    q("a loaf that tastes of somewhere", "the National Bread Awards judges", ANON,
      "Judges at the National Bread Awards", "called", PARTIAL),
], not_quotes=["Best Loaf in Britain"])

doc("headlines-03", "headlines", [
    q("Last Resort,", "Carver Motors CEO", PER, "Carver Motors CEO", None, PARTIAL),
    q("Review", "United States", ORG, "United States", "Says", PARTIAL),
    q("disappointing", "trade representative's office", ORG, "Trade representative's office", "calls", PARTIAL),
    q("Good News for Shoppers", "grocer", ORG, "Grocer", "Calls", PARTIAL),
    q("Over, for Now", "analysts", ANON, "Analysts", None, PARTIAL),
    q("Day to Day", "Pike", PER, "Pike", "Says", PARTIAL),
    q("We Let the Fans Down", "Kieran Doyle", PER, "Captain", "Apologizes"),
    q("No excuses, none", "Kieran Doyle", PER, "Harrowgate skipper Kieran Doyle", None),
    q("No Rush", "Okafor", PER, "Central Bank's Okafor", "Sees", PARTIAL),
    q("remarkably resilient", "Okafor", PER, "Policymaker", "says", PARTIAL),
    q("Choppy", "Lumora Systems CFO", PER, "CFO", "Calls", PARTIAL),
    q("Changes", "Riverhawks coach", PER, "Coach", "Vows", PARTIAL),
    q("Everything Is on the Table,", "Riverhawks general manager", PER, "GM", "Adds"),
], not_quotes=["The Kid From Kenosha"])

# A headline's role named by the lead, elisions ('’Tis', '’em', 'rock ’n’ roll'), described vendors, a band's post.
doc("headlines-04", "headlines", [
    q("We Will Rebuild Every Stall", "Lena Ortiz", PER, "Mayor", None),
    q("’Tis the season for giving, and this city⋯who give it so much,", "Lena Ortiz", PER, "she", "said"),
    q("We will rebuild every stall.", "Lena Ortiz", PER, "she", "said"),
    q("By the time the first engine arrived, a third of the market was already gone,", "Samuel Ekwueme", PER, "he",
      "said"),
    q("The wind did the rest.", "Samuel Ekwueme", PER, "he", "said"),
    q("Every candle I poured since August is ash,", "a candle maker from Ferris Hill", ANON, "[she] said. “But",
      "said"),
    q("But the mayor came down here herself, and that counts for something.", "a candle maker from Ferris Hill", ANON,
      "[she] said. “But", "said"),
    q("Six weeks is Christmas Eve,", "Gus Tanaka", PER, "he", "said"),
    q("Nobody buys cider on the 26th.", "Gus Tanaka", PER, "he", "said"),
    q("the least we can do.", "Priya Dhillon", PER, "She", "called", PARTIAL),
    q("We sold out by two o’clock,", "Marisol Vega", PER, "she", "said"),
    q("People came just to buy something from us.", "Marisol Vega", PER, "she", "said"),
    q("Bring a coat and bring your wallet,", "Rusty Hinges", ORG, "the post", "said"),
    q("These folks need ’em both.", "Rusty Hinges", ORG, "the post", "said"),
])

# Opinion: scare quotes, words named as words, titles of books, films and shows; speech among them.

doc("opinion-01", "opinion", [
    q("a once-in-a-generation chance to leapfrog our peers.", "Vincent Oyelowo", PER, "Vincent Oyelowo", "called",
      PARTIAL),
    q("They cut two buses off this route in March,", "Curtis", PER, "he", "told"),
    q("You could put a computer in every seat and it wouldn’t make the bus come.", "Curtis", PER, "he", "told"),
    q("I’ve read this plan twice,", "Ruth Adeyemi", PER, "she", "said"),
    q("and I still can’t tell you⋯get to work on time.", "Ruth Adeyemi", PER, "she", "said"),
    q("living document", "the mayor’s office", ORG, "The mayor’s office", "says", PARTIAL),
], not_quotes=["smart city", "frictionless,", "data-driven", "citizen-centric.",
               "Harbor City 2040: Connected, Resilient, Smart.", "library.", "leapfrog,", "The Living Street,",
               ("smart", 1)],
   ignore=["real-time dynamic routing,"])

doc("opinion-02", "opinion", [
    q("You keep saying the land remembers,", "Mara", PER, "Mara", "tells"),
    q("The land doesn’t remember anything, Dad. We do.", "Mara", PER, "Mara", "tells"),
    q("a film about losing something slowly, which is how most of us lose things.", "Lena Sato", PER, "Sato", "said",
      PARTIAL),
    q("I didn’t want villains,", "Lena Sato", PER, "she", "told"),
    q("The bank isn’t evil.⋯add up to an ending.", "Lena Sato", PER, "she", "told"),
    q("nobody had offered me an old man⋯practicing for years.", "Harold Brennan", PER, "Brennan", "said", PARTIAL),
], not_quotes=[("The Glass Orchard", 0), ("The Glass Orchard,", 0), ("The Glass Orchard", 2), "quiet,",
               "I was bored but felt I shouldn’t be.", "Dust County,"])

doc("opinion-03", "opinion", [
    q("the honor system.", "Lorraine Okeke", PER, "Lorraine Okeke", "calls", PARTIAL),
    q("politicize", "Warren Haskell", PER, "Police Chief Warren Haskell", "argued", PARTIAL),
    q("We're not asking for anything other cities don't already have,", "Lorraine Okeke", PER, "Okeke", "told"),
    q("We're asking to be able to do the job you appointed us to do.", "Lorraine Okeke", PER, "Okeke", "told"),
    q("community listening tour", "Frank Delgado", PER, "Councilman Frank Delgado", "calls", PARTIAL),
    q("an insult to every officer who puts on the uniform", "Dale Pruitt", PER, "union president Sgt. Dale Pruitt",
      "wrote", PARTIAL),
    q("in force.", "Dale Pruitt", PER, "union president Sgt. Dale Pruitt", "urged", PARTIAL),
], not_quotes=[("listening tour", 0), ("listening tour", 1), "no"])

# Sports: post-game quotes, coaches and players, nicknames, role nouns ("the 29-year-old", "the American").

doc("sports-01", "sports", [
    q("I just saw the ball and went and got it,", "Marcus Delaney", PER, "Delaney", "said"),
    q("After that, honestly, I don’t remember much.⋯around the 40.", "Marcus Delaney", PER, "Delaney", "said"),
    q("the best thing I’ve seen on a football field⋯lot of football fields.", "Dana Whitaker", PER,
      "Riverhawks coach Dana Whitaker", "called", PARTIAL),
    q("Moose has a knack,", "Dana Whitaker", PER, "Whitaker", "said"),
    q("We talk about effort plays all week⋯when it counts.", "Dana Whitaker", PER, "Whitaker", "said"),
    q("Tyrell carried us today,", "Ray Lindgren", PER, "Lindgren", "said"),
    q("One play doesn’t change that.⋯I called the run.", "Ray Lindgren", PER, "Lindgren", "said"),
    q("We were trying to run the clock. It’s the right call nine times out of 10.", "Ray Lindgren", PER,
      "[Lindgren] shook", None),
    q("completely silent", "Eli Brandt", PER, "Riverhawks quarterback Eli Brandt", "said", PARTIAL),
    q("Then it was the loudest thing I’ve ever heard,", "Eli Brandt", PER, "Brandt", "said"),
    q("Moose was running and we were all running⋯like idiots.", "Eli Brandt", PER, "Brandt", "said"),
], not_quotes=[("Moose", 0)])

doc("sports-02", "sports", [
    q("I told Coach before the game I was fine,", "Mia Torres", PER, "Torres", "said"),
    q("She looked at me like she didn't believe me, which, fair.", "Mia Torres", PER, "Torres", "said"),
    q("day to day", "Rhonda Pike", PER, "Coach Rhonda Pike", "said", PARTIAL),
    q("She kept telling me she was fine⋯you stop arguing,", "Rhonda Pike", PER, "Pike", "said"),
    q("got a little careless", "Jasmine Odom", PER, "Comets forward Jasmine Odom", "said", PARTIAL),
    q("You can't give a player like that space. Not even a foot,", "Jasmine Odom", PER, "Odom", "said"),
    q("We knew that. We just didn't do it.", "Jasmine Odom", PER, "Odom", "said"),
    q("She still owes me dinner from college,", "Jasmine Odom", PER, "she", "said"),
    q("I guess I'm buying now.", "Jasmine Odom", PER, "she", "said"),
    q("a little sore", "Mia Torres", PER, "Torres", "said", PARTIAL),
    q("We're not thinking about the standings,", "Mia Torres", PER, "she", "said"),
    q("We're thinking about Sunday. That's it.", "Mia Torres", PER, "she", "said"),
    q("a turning point for women's basketball in this city.", "Harold Nnamdi", PER, "Team president Harold Nnamdi",
      "calling", PARTIAL),
])

doc("sports-03", "sports", [
    q("I’m still a bit in shock, to be honest,", "Astrid Lindahl", PER, "the 29-year-old", "said"),
    q("At 5-3 down in the second⋯That’s all I did for an hour.", "Astrid Lindahl", PER, "the 29-year-old", "said"),
    q("She played better than me at the important moments,", "Camila Ortega", PER, "Ortega", "said"),
    q("My shoulder is my problem.⋯deserves to be in the final.", "Camila Ortega", PER, "Ortega", "said"),
    q("the toughest player on tour to break down", "Yuki Harada", PER, "Harada", "described", PARTIAL),
    q("She never gives you a free point,", "Yuki Harada", PER, "the world No 1", "said"),
    q("You have to win every point three times.", "Yuki Harada", PER, "the world No 1", "said"),
    q("I couldn’t look,", "Petra Novotna", PER, "Novotna", "admitted"),
    q("I have been coaching her for eleven years. Today I was just a fan.", "Petra Novotna", PER, "Novotna",
      "admitted"),
    q("A year ago I was playing juniors,", "Brooke Callahan", PER, "the American", "said"),
    q("If you had told me⋯I’ll be back.", "Brooke Callahan", PER, "the American", "said"),
])

# Local news: residents with ages and streets, residence appositions, a police post, relatives.

doc("local-01", "local", [
    q("We've heard you. All of you,", "Beverly Santangelo", PER, "Santangelo", "said"),
    q("Some of you more than once.", "Beverly Santangelo", PER, "Santangelo", "said"),
    q("You shouldn't have to drive to another town so your dog can run,", "Nate Kowalski", PER, "he", "said"),
    q("I have lived on this corner for 41 years,", "Margaret Oduya", PER, "Oduya", "said"),
    q("I'd like to be asked what hours⋯That's all.", "Margaret Oduya", PER, "Oduya", "said"),
    q("He's 12,", "Luis Pena", PER, "Pena", "said"),
    q("He doesn't have many years left to wait for this.", "Luis Pena", PER, "Pena", "said"),
    q("I'm a yes, with an asterisk,", "Alan Tibbs", PER, "he", "said"),
], not_quotes=["No Dumping."])

doc("local-02", "local", [
    q("Miss Dot.", "her regulars", ANON, "Her regulars", "call", PARTIAL),
    q("I’ve fed three generations of some of these families,", "Dorothy Kaminski", PER, "Mrs. Kaminski", "said"),
    q("I’ve fed people at their happiest⋯leaving a family.", "Dorothy Kaminski", PER, "Mrs. Kaminski", "said"),
    q("But my knees have filed a formal complaint, and I’m inclined to listen to them.", "Dorothy Kaminski", PER,
      "Mrs. Kaminski", "said"),
    q("at least 2,000 times,", "Gene Albrecht", PER, "Town Councilor Gene Albrecht", "said", PARTIAL),
    q("losing the town’s living room.", "Gene Albrecht", PER, "Town Councilor Gene Albrecht", "likened", PARTIAL),
    q("This is where we argued about the school budget⋯won state,", "Gene Albrecht", PER, "Albrecht", "said"),
    q("I don’t know where we go now.", "Gene Albrecht", PER, "Albrecht", "said"),
    q("We had our first date here in 1979,", "Phyllis Ng", PER, "Phyllis Ng", "said"),
    q("She ordered the hash. I knew right then.", "Gordon", PER, "Her husband", "added"),
    q("She has worked six days a week my entire life,", "Peter", PER, "he", "said"),
    q("She deserves to sleep in.", "Peter", PER, "he", "said"),
    q("Eat breakfast somewhere else,", "Dorothy Kaminski", PER, "she", "said"),
    q("and complain about it.", "Dorothy Kaminski", PER, "she", "said"),
], not_quotes=["Closed"], ignore=["Bud from the lumberyard."])

doc("local-03", "local", [
    q("In 22 years I've dealt with cows, horses, a llama and one very angry emu,", "Carla Menendez", PER, "Menendez",
      "said"),
    q("This was my first goat jam.", "Carla Menendez", PER, "Menendez", "said"),
    q("I counted, and then I counted again, and I kept getting zero,", "Henry Abernathy", PER, "Abernathy", "said"),
    q("Route 11 closed between Mill Rd and Quarry Ln due to livestock in the roadway. Yes, really.",
      "township police", ORG, "Township police", "posted"),
    q("Honestly, it was the best commute I've had all year,", "Denise Farrow", PER, "Farrow", "said"),
    q("One of them ate part of a traffic cone.", "Denise Farrow", PER, "Farrow", "said"),
    q("Dad says it's a goat-proof fence,", "Kelsey", PER, "she", "said"),
    q("He said that about the last one.", "Kelsey", PER, "she", "said"),
])

# Business: chief executives, spokespeople, memos and statements, analysts, unnamed people familiar.

doc("business-01", "business", [
    q("This was a painful decision, and it was a last resort, not a first one,", "Laura Brenneman", PER,
      "Chief Executive Laura Brenneman", "said"),
    q("We built capacity for a market⋯everyone in this industry, expected.", "Laura Brenneman", PER,
      "Chief Executive Laura Brenneman", "said"),
    q("Carver took hundreds of millions in tax credits to build EVs in Lorain,", "Tony Szymanski", PER,
      "UAW regional director Tony Szymanski", "said"),
    q("Now they’re taking the jobs and keeping the money. That is not going to fly.", "Tony Szymanski", PER,
      "UAW regional director Tony Szymanski", "said"),
    q("met every commitment", "Rachel Ito", PER, "Rachel Ito", "said", PARTIAL),
    q("The EV pickup is a great truck at a price very few people want to pay,", "Sam Delacroix", PER, "Sam Delacroix",
      "said"),
    q("Until that price comes down, plants like Lorain are going to feel it.", "Sam Delacroix", PER, "Sam Delacroix",
      "said"),
    q("grim.", "a person familiar with the plans", ANON, "One of them", "described", PARTIAL),
    q("Lorain has been through this before,", "Jack Bradley", PER, "he", "said"),
    q("We’ll get through it again.⋯a right to be angry.", "Jack Bradley", PER, "he", "said"),
])

doc("business-02", "business", [
    q("We grew too fast, and we grew in too many directions at once,", "Anika Ravel", PER, "Ravel", "wrote"),
    q("That is on me, not on the people who are leaving.", "Anika Ravel", PER, "Ravel", "wrote"),
    q("narrow our focus", "Anika Ravel", PER, "Ravel", "said", PARTIAL),
    q("Everyone affected will hear from a human being, not an automated email.", "Anika Ravel", PER, None, "put it"),
    q("choppy", "Peter Yuen", PER, "Chief Financial Officer Peter Yuen", "called", PARTIAL),
    q("taking longer to sign.", "Peter Yuen", PER, "Chief Financial Officer Peter Yuen", "said", PARTIAL),
    q("Lumora is doing what every software company did in 2023, just a year later,", "Rebecca Oyelaran", PER,
      "Rebecca Oyelaran", "said"),
    q("The question is whether this is the last round or the first.", "Rebecca Oyelaran", PER, "Rebecca Oyelaran",
      "said"),
    q("People could see it coming,", "a former Lumora engineer", ANON, "the engineer", "said"),
])

doc("business-03", "business", [
    q("Together, we can offer customers more choice, better prices and fresher food,", "Fresh Basket and ValuMart",
      ORG, "the statement", "said", speakers=["Fresh Basket", "ValuMart"]),
    q("The competition is not the store across the street anymore,", "Gloria Mbeki", PER, "she", "said"),
    q("It’s the warehouse club,⋯to survive that.", "Gloria Mbeki", PER, "she", "said"),
    q("Every grocery merger comes with a promise of lower prices,", "Walter Fenn", PER, "Walter Fenn", "said"),
    q("I have yet to see the receipt.", "Walter Fenn", PER, "Walter Fenn", "said"),
    q("prepared to have that conversation.", "Douglas Amadi", PER, "Douglas Amadi", "said", PARTIAL),
    q("a merger made in a boardroom for a boardroom.", "Carmen Ruiz-Tate", PER, "Carmen Ruiz-Tate", "called",
      PARTIAL),
    q("Nobody told us anything,", "Jill Harmon", PER, "Ms. Harmon", "said"),
    q("We’re always the last to know.", "Jill Harmon", PER, "Ms. Harmon", "said"),
])

# Court reports: judges, prosecutors and defence lawyers ("prosecuting", "defending"), written rulings.

doc("court-01", "court", [
    q("the most basic trust a community can place in a public servant.", "Howard Ekwueme", PER, "a judge", "said",
      PARTIAL),
    q("This was not a moment of weakness.⋯a choice to keep going,", "Howard Ekwueme", PER, "Ekwueme", "said"),
    q("The people of Ross County are entitled⋯takes that seriously.", "Howard Ekwueme", PER, "Ekwueme", "said"),
    q("Linda is not a mastermind.⋯while she was sick,", "Michael Sandoval", PER, "Sandoval", "told"),
    q("She has been in treatment for 18 months.⋯pay back every dollar.", "Michael Sandoval", PER, "Sandoval", "told"),
    q("I have no excuse. I was trusted and I lied, over and over,", "Linda Pruett", PER, "she", "said"),
    q("I think about it every single day, and I will for the rest of my life.", "Linda Pruett", PER, "she", "said"),
    q("We covered for her absences. We made excuses for her. We thought she was our friend,", "Renee Coles", PER,
      "Coles", "said"),
    q("When the auditors came,⋯looks at the grocery store.", "Renee Coles", PER, None, None),
])

doc("court-02", "court", [
    q("The defendant got out of his van,⋯twice in the face,", "Sarah Whitby", PER, "she", "said"),
    q("He then pulled the helmet⋯against a lamppost.", "Sarah Whitby", PER, "she", "said"),
    q("I used to cycle to work every day.⋯a van goes past,", "Owen Pritchard", PER, "he", "wrote"),
    q("I don’t want revenge. I just want my life back.", "Owen Pritchard", PER, "he", "wrote"),
    q("deeply ashamed", "Nadeem Qureshi", PER, "Nadeem Qureshi", "said", PARTIAL),
    q("This was the worst moment of his life, and he knows it,", "Nadeem Qureshi", PER, "Mr Qureshi", "said"),
    q("He does not ask for sympathy. He asks the court to see the whole man.", "Nadeem Qureshi", PER, "Mr Qureshi",
      "said"),
    q("genuinely shocking", "Catherine Aldous", PER, "Judge Catherine Aldous", "said", PARTIAL),
    q("You were not provoked in any sense that the law recognises,", "Catherine Aldous", PER, "the judge", "told"),
    q("A man tapped on your window.⋯including children.", "Catherine Aldous", PER, "the judge", "told"),
    q("relieved it is over", "Lowri Pritchard", PER, "Lowri Pritchard", "said", PARTIAL),
])

doc("court-03", "court", [
    q("Hopelessly Vague", "Patricia Nwosu", PER, "Judge", "Calling", PARTIAL),
    q("hopelessly vague", "Patricia Nwosu", PER, "Judge Patricia Nwosu", "wrote", PARTIAL),
    q("a voter wearing a campaign button⋯urging passers-by to vote.", "Patricia Nwosu", PER, "Judge Patricia Nwosu",
      "wrote", PARTIAL),
    q("The state has a legitimate interest in protecting voters from intimidation,", "Patricia Nwosu", PER,
      "Judge Nwosu", "wrote"),
    q("But it may not pursue that interest⋯intimidates no one.", "Patricia Nwosu", PER, "Judge Nwosu", "wrote"),
    q("I am 81 years old. I have never intimidated anybody in my life,", "Donald Achebe", PER, "Mr. Achebe", "said"),
    q("I just like to remind people that it matters.", "Donald Achebe", PER, "Mr. Achebe", "said"),
    q("a carnival atmosphere", "state lawyers", ANON, "lawyers for the state", "argued", PARTIAL),
    q("modest and reasonable.", "state lawyers", ANON, "lawyers for the state", "argued", PARTIAL),
    q("substituted her own policy preferences for those of the legislature.", "Kaitlyn Reed", PER, "Kaitlyn Reed",
      "said", PARTIAL),
    q("judicial activism at its worst", "Mark Hollister", PER, "State Senator Mark Hollister", "called", PARTIAL),
    q("a common-sense buffer,", "Mark Hollister", PER, "he", "described", PARTIAL),
    q("Nobody should have to walk through a gantlet to cast a ballot.", "Mark Hollister", PER, "he", "adding"),
    q("Five hundred feet is almost two city blocks,", "Eugene Farrow", PER, "Professor Farrow", "said"),
    q("That is a lot of sidewalk to declare off-limits to speech.", "Eugene Farrow", PER, "Professor Farrow", "said"),
], not_quotes=["Democracy Is a Verb"], ignore=["any demonstration or display"])

# Science and health: lead authors, outside experts, "the researchers wrote", hard-wrapped wire copy.

doc("science-01", "science", [
    q("The striking thing is that the benefit seems to level off,", "Ingrid Solberg", PER, "Dr. Ingrid Solberg",
      "said"),
    q("Going from 3,000 to 7,000 steps matters a great deal.⋯doesn’t seem to add much.", "Ingrid Solberg", PER,
      "Dr. Ingrid Solberg", "said"),
    q("challenge the widely held assumption that more is always better", "the researchers", ANON, "The researchers",
      "wrote", PARTIAL),
    q("well designed and reassuring,", "Marcus Adebayo", PER, "Dr. Marcus Adebayo", "called", PARTIAL),
    q("I wouldn’t want anyone to walk out of my office⋯7,000 is a success,", "Marcus Adebayo", PER, "he", "said"),
    q("The message is simpler than that:⋯if you do very little.", "Marcus Adebayo", PER, "he", "said"),
    q("a growing body of evidence", "Alzheimer’s Research Alliance", ORG, "The Alzheimer’s Research Alliance", "said",
      PARTIAL),
    q("I started walking after my husband died because I didn’t know what else to do,", "Eleanor Fitch", PER, "she",
      "said"),
    q("Now I do it because I feel sharper.⋯nice to have one.", "Eleanor Fitch", PER, "she", "said"),
])

doc("science-02", "science", [
    q("This is the most detailed map⋯say, 'there,'", "Helena Marquez", PER, "Dr. Helena Marquez", "said"),
    q("It's exciting data, and it's a real step,", "Raj Subramaniam", PER, "Subramaniam", "said"),
    q("But\nfrost and ice⋯with a shovel.", "Raj Subramaniam", PER, "Subramaniam", "said"),
    q("He's right that we need ground\ntruth,", "Helena Marquez", PER, "she", "said"),
    q("We think we've narrowed down where to dig.", "Helena Marquez", PER, "she", "said"),
    q("a map to the moon's most valuable real estate.", "Paul Okwuosa", PER, "Paul Okwuosa", "called", PARTIAL),
])

doc("science-03", "science", [
    q("Measles is one of the most contagious diseases we know of,", "Aisha Rahimi", PER, "Dr. Aisha Rahimi", "said"),
    q("If one person has it,⋯take with my child.", "Aisha Rahimi", PER, "Dr. Aisha Rahimi", "said"),
    q("lied to about a lot of things", "Jenna Holcomb", PER, "Jenna Holcomb", "said", PARTIAL),
    q("I’m not anti-science. I’m anti-being-told-what-to-do,", "Jenna Holcomb", PER, "Ms. Holcomb", "said"),
    q("I read everything. I make my own decisions.", "Jenna Holcomb", PER, "Ms. Holcomb", "said"),
    q("This isn’t a new vaccine,", "Aisha Rahimi", PER, "she", "said"),
    q("Your parents probably got it. Your grandparents might have.", "Aisha Rahimi", PER, "she", "said"),
    q("serious but containable.", "Gerald Whitmore", PER, "Mr. Whitmore", "described", PARTIAL),
    q("Fear is a powerful motivator,", "Luis Carrasco", PER, "he", "said"),
    q("I wish it hadn’t taken an outbreak, but I’ll take it.", "Luis Carrasco", PER, "he", "said"),
])

# Added in the corpus-more branch: ten articles written in other newsrooms' styles than the ones above (the
# engine's rules were tuned on those), to test whether the rules generalise.

# US regional newspapers (AP style): `said` after names, pronoun chains, a group source ("Larkin Falls
# police", "county officials", "District officials"), straight marks in web copy, a byline block.

doc("regional-01", "regional", [
    q("This is not about punishing anybody,", "Teresa Okafor-Brandt", PER, "Councilwoman Teresa Okafor-Brandt",
      "said"),
    q("It's about whether a nurse⋯where she grew up.", "Teresa Okafor-Brandt", PER,
      "Councilwoman Teresa Okafor-Brandt", "said"),
    q("a slow leak that nobody noticed until the basement was full.", "Teresa Okafor-Brandt", PER, "She", "called",
      PARTIAL),
    q("We're telling people what they can do with property they paid for,", "Rick Dunaway", PER, "Dunaway", "said"),
    q("I don't think that's the city's job.", "Rick Dunaway", PER, "Dunaway", "said"),
    q("I'm not a corporation.⋯a stack of bills,", "Gwen Halloran", PER, "she", "said"),
    q("Nobody on this council has asked me how I'm supposed to pay them.", "Gwen Halloran", PER, "she", "said"),
    q("I got 60 days' notice,", "Marcus Yeboah", PER, "Yeboah", "said"),
    q("I have lived in this town my whole life, and I couldn't find anything in it.", "Marcus Yeboah", PER, "Yeboah",
      "said"),
    q("The rent's cheaper, but I spend the difference on gas,", "Marcus Yeboah", PER, "he", "said"),
    q("verbal only", "Larkin Falls police", ORG, "Larkin Falls police", "said", PARTIAL),
    q("Nobody got everything they wanted tonight⋯close to right,", "Phil Castellano", PER, "he", "said"),
    q("how Larkin Falls' rules hold up", "county officials", ANON, "county officials", "said", PARTIAL),
])

doc("regional-02", "regional", [
    q("I’m not prepared to vote on something this big⋯in front of us,", "Dwayne Castillo", PER,
      "board member Dwayne Castillo", "said"),
    q("Give us the real cost, not the best-case cost.", "Dwayne Castillo", PER, "board member Dwayne Castillo",
      "said"),
    q("Nobody becomes a superintendent to close schools,", "Angela Firth", PER, "she", "said"),
    q("But I would rather close a building than lay off 30 teachers.", "Angela Firth", PER, "she", "said"),
    q("more than a coat of paint,", "district officials", ANON, "District officials", "said", PARTIAL),
    q("They keep telling us the building is falling apart,", "Holly Brennan-Ruiz", PER, "Brennan-Ruiz", "said"),
    q("Show us. If it’s true, show us.", "Holly Brennan-Ruiz", PER, "Brennan-Ruiz", "said"),
    q("If you put my kids on a bus for 40 minutes⋯doing homework,", "Holly Brennan-Ruiz", PER, "she", "said"),
    q("It’s 412,", "Ezra Pollard", PER, "he", "said"),
    q("I don’t want to count bus stops.", "Ezra Pollard", PER, "he", "said"),
    q("any plan that balances the budget on class sizes.", "Yolanda Pruitt", PER, "Yolanda Pruitt", "said", PARTIAL),
    q("Every month we wait is a month⋯going in August,", "Gail Sorensen", PER, "Sorensen", "said"),
    q("I understand the anger.⋯the deficit go away.", "Gail Sorensen", PER, "Sorensen", "said"),
    q("every number they asked for, and a few they didn’t.", "Angela Firth", PER, "Firth", "said", PARTIAL),
    q("I love Whitfield. I went to Whitfield,", "Jolene Tate", PER, "she", "said"),
    q("But I can’t plan my life around a board that can’t make up its mind.", "Jolene Tate", PER, "she", "said"),
])

# A US political feature: a deck, "according to" people familiar, a quote reported through a second person
# ("One of them said the governor told ... that the bill was “...”"), "called it", "dismissed as", a memo.

doc("political-01", "political", [
    q("clean out the back rooms,", "Miriam Lachance", PER, "Lachance", "promising", PARTIAL),
    q("well-intentioned but unworkable", "Miriam Lachance", PER, "Lachance", "called", PARTIAL),
    q("a press release, not a policy.", "Miriam Lachance", PER, "the governor", "told", PARTIAL),
    q("The governor has been clear from Day 1⋯a strong ethics bill,", "Tamara Oduya", PER, "Tamara Oduya", "said"),
    q("What she won’t do is sign a bill written for a headline.", "Tamara Oduya", PER, "Tamara Oduya", "said"),
    q("not a fan.", "Elijah Brandvold", PER, "[he] said he had been warned", "said", PARTIAL),
    q("I was told, and I’m quoting here⋯for a second term,’", "Elijah Brandvold", PER, "Brandvold", "said"),
    q("Well, I don’t know that I get a second term. So I’d like to do it in this one.", "Elijah Brandvold", PER,
      "Brandvold", "said"),
    q("pure fiction", "Elijah Brandvold", PER, "He", "dismissed", PARTIAL),
    q("the most predictable betrayal in the history of this building", "Carol Ashdown", PER,
      "Senate Minority Leader Carol Ashdown", "called", PARTIAL),
    q("The governor ran as a reformer,", "Carol Ashdown", PER, "Ashdown", "said"),
    q("She is governing as an incumbent.", "Carol Ashdown", PER, "Ashdown", "said"),
    q("real concerns", "Ray Villalobos", PER, "Ray Villalobos", "said", PARTIAL),
    q("She’s a lawyer. She reads the whole bill,", "Ray Villalobos", PER, "Villalobos", "said"),
    q("Sometimes that makes her look slow. It doesn’t make her look crooked.", "Ray Villalobos", PER, "Villalobos",
      "said"),
    q("confirmed every suspicion", "a senior Democratic lawmaker", ANON, "A senior Democratic lawmaker", "said",
      PARTIAL),
    q("She wants the credit for reform without the cost of it,", "a senior Democratic lawmaker", ANON, "the lawmaker",
      "said"),
    q("That works until people notice.", "a senior Democratic lawmaker", ANON, "the lawmaker", "said"),
    q("vote we don’t need to take", None, UNK, "a memo", "According to", PARTIAL),
    q("Send it to me and find out,", "Miriam Lachance", PER, "she", "said"),
], not_quotes=["Nobody Owns Elijah,"])

# A UK tabloid: a headline quote after a colon, "told the Mirror", "the mum-of-two", "a source close to",
# "added:" and "hit back:" colon leads, a nickname in a name, a quote paragraph that follows on, posts.

doc("uk-01", "uk-tabloid", [
    q("I found out from a text", "Gemma Ravenscroft", PER, "Gemma Ravenscroft", None, nth=0),
    q("I found out from a text. Eight years⋯the kids’ tea.", "Gemma Ravenscroft", PER, "the mum-of-two", "said"),
    q("I’m not angry with the crew⋯deserve a phone call.", "Gemma Ravenscroft", PER, "She", "added"),
    q("Bosses want a younger, fresher feel.⋯the face of the format.", "a source close to the programme", ANON,
      "A source close to the programme", "told"),
    q("dreading", "a source close to the programme", ANON, "The source", "added", PARTIAL),
    q("She has carried that show⋯not because of her.", "a friend of the star", ANON, "a friend of the star",
      "hit back"),
    q("End of an era. Love you G x", "Danny Okoro", PER, "Danny ‘Dumpling’ Okoro", "shared"),
    q("Gemma taught me everything I know about telly.⋯trust me.", "Danny Okoro", PER, "The 29-year-old", "told"),
    q("We are hugely grateful to Gemma⋯wish her every success.", "a Vistavision spokesperson", ANON,
      "A Vistavision spokesperson", "said"),
    q("offered a meeting", "a Vistavision spokesperson", ANON, "the spokesperson", "insisted", PARTIAL, nth=0),
    q("Offered a meeting? I was offered a meeting with the man who’d already decided,", "Gemma Ravenscroft", PER,
      "she", "said"),
    q("I’ve got a cookbook out in March and a lot of free Sundays. I’ll be fine.", "Gemma Ravenscroft", PER, None,
      None),
    q("She rang me in tears.⋯And it is.", "Pat", PER, "Pat", "told"),
    q("No Gemma, no Sunday Feast. Simple as.", "one fan", ANON, "One fan", "wrote"),
    q("Eight years of Sunday dinners with that woman. Shameful.", "another fan", ANON, "Another", "posted"),
], not_quotes=["Sunday Feast", "Dumpling"])

# An Indian English wire story (PTI): a dateline run into the lead, long titles before names ("Deputy
# Commissioner of Police (South)", "Leader of Opposition in the Assembly"), "told PTI", "claimed", "asked",
# "sources in the civic body", a relative by first name, straight marks with nested single marks.

doc("india-01", "india-wire", [
    q("The wall was around 12 feet high⋯died on the spot,", "Anand Varghese", PER,
      "Deputy Commissioner of Police (South) Anand Varghese", "told"),
    q("and the site engineer has been detained for questioning", "Anand Varghese", PER, "He", "said", PARTIAL),
    q("This is not a natural calamity⋯will not be spared,", "Radhika Sawant", PER, "the chief minister", "told"),
    q("The government stands with the families in this hour of grief,", "Radhika Sawant", PER, "she", "added"),
    q("dangerous structures", "Harish Chaudhary", PER, "Leader of Opposition in the Assembly Harish Chaudhary",
      "claimed", PARTIAL),
    q("We had submitted a list of 46 such sites⋯Who will take responsibility?", "Harish Chaudhary", PER,
      "Chaudhary", "asked"),
    q("Work at all construction sites⋯structural audit is completed,", "Priya Iyengar", PER, "she", "said"),
    q("let off with a warning", "sources in the civic body", ANON, "Sources in the civic body", "said", PARTIAL),
    q("Every monsoon it is the same story.⋯take photos,", "Meena Kumari", PER, "Meena Kumari", "said"),
    q("He told us, 'Nothing will happen, sleep there only'. Now my brother is gone,", "Ramesh", PER, "he", "said"),
    q("We have raided two locations. He will be arrested soon,", "a police official", ANON, "a police official",
      "said"),
])

# A magazine profile: one subject quoted in the present tense ("she says") across many paragraphs, her mother
# by first name (also as "she"), her coach, a nested quote in an anecdote, "calls her “...”".

doc("profile-01", "profile", [
    q("People think you get used to it,", "Ines Marwood", PER, "she", "says"),
    q("You don’t. You just get better at not caring.", "Ines Marwood", PER, "she", "says"),
    q("She was four. She walked in up to her chin and just kept walking,", "Delphine", PER, "Delphine", "says"),
    q("I was screaming her name.⋯I didn’t sleep for a week.", "Delphine", PER, "Delphine", "says"),
    q("I don’t remember saying I was a fish,", "Ines Marwood", PER, "she", "says"),
    q("But it sounds like me.", "Ines Marwood", PER, "she", "says"),
    q("I remember thinking, who is that kid⋯why isn’t she tired?", "Arturo Bellweather", PER, "he", "says"),
    q("She finished, climbed out and asked the official if she could go again.", "Arturo Bellweather", PER, "he",
      "says"),
    q("the most stubborn person I have ever met, and I was married twice.", "Arturo Bellweather", PER, "Bellweather",
      "calls", PARTIAL),
    q("That was dumb,", "Ines Marwood", PER, "she", "says"),
    q("I would do it again. That’s also dumb.", "Ines Marwood", PER, "she", "says"),
    q("I couldn’t,", "Delphine", PER, "Delphine", "says"),
    q("I sat in the hotel bathroom with the fan on.", "Delphine", PER, "Delphine", "says"),
    q("I’m her pit crew,", "Delphine", PER, "she", "says"),
    q("Unpaid.", "Delphine", PER, "she", "says"),
    q("That’s not a flex,", "Ines Marwood", PER, "she", "says"),
    q("That’s a cry for help.", "Ines Marwood", PER, "she", "says"),
    q("Ten K is two hours of arguing with yourself,", "Ines Marwood", PER, "she", "says"),
    q("Most of the race happens in here.", "Ines Marwood", PER, "she", "says"),
    q("Don’t be brave early.", "Arturo Bellweather", PER, "[he] repeats", "repeats"),
    q("Something warm,", "Ines Marwood", PER, "she", "says"),
    q("Somewhere with no lakes.", "Ines Marwood", PER, "she", "says"),
])

# An obituary: relatives by first name, a 1998 interview quoted, "she once said", a split quote, a sign-off,
# a nickname and a show title in marks.

doc("obituary-01", "obituary", [
    q("She went to sleep listening to Ben Webster⋯would have scripted it,", "Celia Tessaro-Banks", PER, "Celia",
      "said"),
    q("She’d have wanted me to tell you the track. It was ‘Chelsea Bridge.’", "Celia Tessaro-Banks", PER, "Celia",
      "said"),
    q("A playlist is a menu,", "Lorraine Tessaro", PER, "she", "said"),
    q("I’m not a waitress. I’m the cook.", "Lorraine Tessaro", PER, "she", "said"),
    q("nurses, cab drivers, bakers, insomniacs and one or two very sad lawyers.", "Lorraine Tessaro", PER, "she",
      "described", PARTIAL),
    q("would have paid them.", "Lorraine Tessaro", PER, "[She] once said", "said", PARTIAL),
    q("She was nine and I was six, and she took it right out of my hands,", "Sal", PER, "Sal", "said"),
    q("I never got it back. I’m still waiting.", "Sal", PER, "Sal", "said"),
    q("He was a better musician than a husband,", "Lorraine Tessaro", PER, "she", "told"),
    q("and he was not a very good musician.", "Lorraine Tessaro", PER, "she", "told", PARTIAL),
    q("the sound of this city after midnight.", "Dennis Okonjo", PER, "Dennis Okonjo", "called", PARTIAL),
    q("She said, ‘Honey, you don’t want that tonight, you want this,’ and she was right,", "Bernadette Quill", PER,
      "Ms. Quill", "said"),
    q("I worked nights for 30 years. Lorraine was the only person awake who was on my side.", "Bernadette Quill",
      PER, "Ms. Quill", "said"),
    q("listen to the bass player first, and the singer last.", "Theo", PER, "He", "said", PARTIAL),
    q("Go to bed, Port Aldridge. I’ll keep the lights on.", "Lorraine Tessaro", PER, "[her] sign-off", None),
], not_quotes=["the Night Owl,", "The Night Owl Hour"])

# A football match report (UK): manager, captain, "the 31-year-old", "the midfielder", "the striker",
# nicknames in marks, "told the club's website", a nested quote.

doc("sports-04", "sports", [
    q("I just told the lads, ‘Give me one chance,’", "Kofi Addo-Brennan", PER, "Addo-Brennan", "said"),
    q("The gaffer’s been on at me⋯listen to him more.", "Kofi Addo-Brennan", PER, "Addo-Brennan", "said"),
    q("I’ve scored four goals in three years and two of them were this month,", "Kofi Addo-Brennan", PER,
      "the 31-year-old", "added"),
    q("Don’t get used to it.", "Kofi Addo-Brennan", PER, "the 31-year-old", "added"),
    q("the best birthday present I’ve had since my first car.", "Neil Fairbairn", PER,
      "Dunmore manager Neil Fairbairn", "called", PARTIAL),
    q("We weren’t great for an hour, let’s be honest,", "Neil Fairbairn", PER, "Fairbairn", "told"),
    q("Harwick pressed us⋯since he was 19.", "Neil Fairbairn", PER, "Fairbairn", "told"),
    q("It’s not even close. It’s a goal kick,", "Stuart Kellaway", PER, "he", "said"),
    q("The linesman’s 10 yards away⋯We’ve still lost.", "Stuart Kellaway", PER, "he", "said"),
    q("gone mad", "Joe Whitacre", PER, "Whitacre", "said", PARTIAL),
    q("The skipper gets the assists and the big man gets the headlines,", "Joe Whitacre", PER, "the midfielder",
      "joked"),
    q("That’s the job.", "Joe Whitacre", PER, "the midfielder", "joked"),
    q("thrown away", "Liam Doherty", PER, "Doherty", "said", PARTIAL),
    q("We should be out of sight by half-time,", "Liam Doherty", PER, "the striker", "said"),
    q("That’s on us, not the ref.", "Liam Doherty", PER, "the striker", "said"),
    q("couldn’t feel my legs", "Rhys Pemberton", PER, "Pemberton", "said", PARTIAL),
], not_quotes=["Tank", "the Cat"])

# A business story written from a press release: "the company said in a statement", "The Elk Prairie-based
# company", "said X, the company's president and chief executive officer", a spokesperson, a union local's
# statement, a conference call, an analyst's note.

doc("release-01", "release", [
    q("This decision was not made lightly⋯more than 50 years,", "Halvorsen Foods", ORG, "the company", "said"),
    q("not suited to the products our customers are buying today.", "Halvorsen Foods", ORG,
      "The Elk Prairie-based company", "said", PARTIAL),
    q("As consumer demand shifts toward ready-to-cook meals⋯those products,", "Margit Solheim", PER,
      "Margit Solheim", "said"),
    q("Today’s announcement positions Halvorsen⋯to our people.", "Margit Solheim", PER, "Margit Solheim", "said"),
    q("a significant number", "Derek Amundsen", PER, "Halvorsen spokesperson Derek Amundsen", "said", PARTIAL),
    q("We will be working closely⋯through this transition,", "Derek Amundsen", PER, "Amundsen", "said"),
    q("Halvorsen didn’t call us.⋯a press release at 7:05,", "Rosa Tilden", PER, "Rosa Tilden", "said"),
    q("That tells you what 50 years of loyalty is worth to this company.", "Rosa Tilden", PER, "Rosa Tilden", "said"),
    q("fight for every dollar of severance these workers are owed.", "Allied Food Workers Local 218", ORG,
      "Local 218", "said", PARTIAL),
    q("We expect the move to be accretive to margins beginning in fiscal 2026,", "Anil Deshpande", PER,
      "Chief Financial Officer Anil Deshpande", "said"),
    q("The remaining network will run⋯the low 70s today.", "Anil Deshpande", PER,
      "Chief Financial Officer Anil Deshpande", "said"),
    q("overdue", "Jonah Feld", PER, "Jonah Feld", "called", PARTIAL),
    q("Dorrance was the oldest and least efficient plant in the system,", "Jonah Feld", PER, "Feld", "wrote"),
    q("The only question was when.", "Jonah Feld", PER, "Feld", "wrote"),
    q("remains committed to the communities where we operate.", "Halvorsen Foods", ORG, "Halvorsen", "said",
      PARTIAL),
    q("We’ve known for a couple of years this was a possibility,", "Ken Whitlock", PER, "Whitlock", "said"),
    q("Knowing it doesn’t make today any easier.", "Ken Whitlock", PER, "Whitlock", "said"),
])

# A US court report: judge, prosecutor, defence attorney, "police said", victim statements (one read aloud by an
# advocate: "he wrote"), the defendant, a T-shirt slogan.

doc("court-04", "court", [
    q("significant front-end damage", "Eastbrook police", ORG, "Eastbrook police", "said", PARTIAL),
    q("You made a choice to drive that night⋯to drive away,", "Lionel Ashcombe", PER,
      "Superior Court Judge Lionel Ashcombe", "said"),
    q("The second choice is the one I keep coming back to.", "Lionel Ashcombe", PER,
      "Superior Court Judge Lionel Ashcombe", "said"),
    q("the hardest reading I have done in 22 years on this bench.", "Lionel Ashcombe", PER, "He", "called", PARTIAL),
    q("He didn’t call 911.⋯parked in his garage,", "Paula Greaves", PER, "Greaves", "told"),
    q("That is not panic. That is a plan.", "Paula Greaves", PER, "Greaves", "told"),
    q("owned this from the first day.", "Samuel Okwu", PER, "Samuel Okwu", "saying", PARTIAL),
    q("Cody is not the worst thing he did,", "Samuel Okwu", PER, "Okwu", "said"),
    q("He will carry this for the rest of his life⋯to Ms. Hartsell.", "Samuel Okwu", PER, "Okwu", "said"),
    q("Amelia left the house at 6:40⋯a stack of essays,", "Greg", PER, "he", "wrote"),
    q("I still set out two mugs. I don’t know how to stop.", "Greg", PER, "he", "wrote"),
    q("My mom taught me to ride a bike,", "Nora", PER, "she", "said"),
    q("I haven’t been on one since. I don’t think I will be.", "Nora", PER, "she", "said"),
    q("I am so sorry,", "Cody Vandermeer", PER, "he", "said"),
    q("I don’t expect you to forgive me. I wouldn’t.", "Cody Vandermeer", PER, "he", "said"),
    q("fair, if not enough.", "Paula Greaves", PER, "Greaves", "said", PARTIAL),
    q("She would have hated that it took this,", "Dana Morrow", PER, "Dana Morrow", "said"),
    q("But she would have ridden in it every day.", "Dana Morrow", PER, "Dana Morrow", "said"),
], not_quotes=["Ride On, Ms. H"])


# ---------------------------------------------------------------------------------------------------
# Branch corpus-more2: ten articles in the manner of two external sets the project never sees, US political
# news from several outlets (style ``us-politics``) and Canadian news (style ``canadian-news``).
# ---------------------------------------------------------------------------------------------------

# AP Congress story, straight marks: `R-Ky.` tags, "said in a statement", "told reporters", an anonymous aide,
# a colon after "he said", a plural title before two names that say nothing.

doc("us-ap-01", "us-politics", [
    q("Tonight, Senate Democrats told every sheriff on the southern border that they are on their own,",
      "Thomas Brandt", PER, "Senate Majority Leader Thomas Brandt", "said"),
    q("a campaign ad dressed up as an appropriations bill", "Alicia Fenwick", PER,
      "Senate Minority Leader Alicia Fenwick", "said", PARTIAL),
    q("We are ready to negotiate on border security. We have been ready for months,", "Alicia Fenwick", PER,
      "Fenwick", "told"),
    q("What we are not going to do⋯where the last one went.", "Alicia Fenwick", PER, "Fenwick", "told"),
    q("Nevada communities can't wait for Washington to finish arguing.", "Carla Whitfield", PER, "Whitfield",
      "said", PARTIAL),
    q("I'll keep voting for anything⋯no matter whose name is on it,", "Carla Whitfield", PER, "she", "said"),
    q("supports any serious effort to secure the border", "Janelle Okafor", PER, "press secretary Janelle Okafor",
      "told", PARTIAL),
    q("The House has done its job,", "Gregory Hale", PER, "Hale", "said"),
    q("The Senate needs to do theirs.", "Gregory Hale", PER, "Hale", "said"),
    q("hostage-taking.", "Marisol Vega", PER, "Rep. Marisol Vega", "called", PARTIAL),
    q("My constituents don't need a speech.⋯gas in its trucks,", "Marisol Vega", PER, "Vega", "said"),
    q("Shutting down the government does the opposite.", "Marisol Vega", PER, "Vega", "said"),
    q("essentially stopped", "a senior Senate Democratic aide", ANON, "A senior Senate Democratic aide", "said",
      PARTIAL),
    q("I don't think you win a shutdown fight⋯really thinks so either,", "Paul Everly", PER, "Everly", "told"),
    q("But I've been wrong before.", "Paul Everly", PER, "Everly", "told"),
    q("Ask the people who just voted no.", "Thomas Brandt", PER, "he", "said"),
])

# Politico-style insider piece: people familiar, a senior administration official on condition of anonymity,
# many partial quotes, an aide's words about a named third person, `(D-N.M.)` after the name.

doc("us-insider-01", "us-politics", [
    q("the tyranny of the median voter", "Nathaniel Corrigan", PER, "Corrigan", "remarks", PARTIAL),
    q("Nobody’s pulling anything,", "a senior administration official", ANON, "a senior administration official",
      "said"),
    q("not where we’d like it", "a senior administration official", ANON, "the official", "conceded", PARTIAL),
    q("being realistic.", "a senior administration official", ANON, "the official", "conceded", PARTIAL),
    q("He’s a smart guy. I just don’t know that he’s a smart guy for this job,", "Wendell Haskins", PER, "Haskins",
      "told"),
    q("I’m still reading.", "Mike Tunney", PER, "Tunney", "said"),
    q("a total mess", "a White House aide", ANON, "One White House aide", "described", PARTIAL),
    q("made clear she is not happy.", "a White House aide", ANON, "One White House aide", "said", PARTIAL),
    q("The department has full confidence⋯led to his nomination,", "Eli Brannigan", PER, "Brannigan", "said"),
    q("Any suggestion otherwise is just palace intrigue.", "Eli Brannigan", PER, "Brannigan", "said"),
    q("glib and wrong,", "Nathaniel Corrigan", PER, "[he] apologized", "calling", PARTIAL),
    q("I said something dumb six years ago.⋯than I knew at the time.", "Nathaniel Corrigan", PER,
      "[he] told senators", "told"),
    q("They picked a guy who thinks voters are the problem⋯have a problem with him,", "Rosa Iturbe", PER,
      "Sen. Rosa Iturbe", "said"),
    q("Shocking.", "Rosa Iturbe", PER, "Sen. Rosa Iturbe", "said"),
    q("a long shot who wants it badly.", "a person familiar with the list", ANON,
      "one person familiar with the list", "described", PARTIAL),
    q("tired of reading about this guy.", "a person close to the process", ANON, "one of them", "said", PARTIAL),
    q("Nathaniel Corrigan is going to be confirmed,", "Tasha Kimmel", PER, "White House spokesperson Tasha Kimmel",
      "said"),
    q("Write it down.", "Tasha Kimmel", PER, "White House spokesperson Tasha Kimmel", "said"),
])

# Cable-news web story (Fox News Digital): a headline quote after a colon, a Sunday show in marks, the host's
# question, "replied", "told Fox News Digital", a department spokesperson, a post on X, a morning show.

doc("us-cable-01", "us-politics", [
    q("They’re coming for your stove", "Dale Hargrove", PER, "Sen. Hargrove", None, nth=0),
    q("the most reckless thing this department has done in a decade.", "Dale Hargrove", PER, "Sen. Dale Hargrove",
      "calling", PARTIAL),
    q("They’re coming for your stove, they’re⋯your pickup truck,", "Dale Hargrove", PER, "Hargrove", "said"),
    q("Montanans aren’t going to stand for it, and frankly, neither am I.", "Dale Hargrove", PER, "Hargrove",
      "said"),
    q("Senator, the department says⋯What’s your answer to that?", "Carla Benning", PER, "Benning", "asked"),
    q("My answer is, show me the family,", "Dale Hargrove", PER, "Hargrove", "replied"),
    q("Because I’ve been to a lot of kitchen tables⋯telling them what to buy.", "Dale Hargrove", PER, "Hargrove",
      "replied"),
    q("developed over three years with input from manufacturers, consumer groups and utilities",
      "a department spokesperson", ANON, "a department spokesperson", "said", PARTIAL),
    q("save American households billions of dollars.", "a department spokesperson", ANON,
      "a department spokesperson", "said", PARTIAL),
    q("Nobody is taking anyone’s stove,", "a department spokesperson", ANON, "the spokesperson", "said"),
    q("That is simply false.", "a department spokesperson", ANON, "the spokesperson", "said"),
    q("at least 40 cosponsors lined up", "Dale Hargrove", PER, "He", "told", PARTIAL),
    q("a handful of Democrats who represent cold states.", "Dale Hargrove", PER, "He", "told", PARTIAL),
    q("This is a rule about how efficient a furnace has to be. That’s it,", "Tamsin Greer", PER, "Greer", "wrote"),
    q("Republicans are fundraising off a fantasy.", "Tamsin Greer", PER, "Greer", "wrote"),
    q("unrealistic", "Heating and Cooling Contractors Alliance", ORG,
      "The Heating and Cooling Contractors Alliance", "said", PARTIAL),
    q("will bear the brunt of the transition.", "Heating and Cooling Contractors Alliance", ORG,
      "The Heating and Cooling Contractors Alliance", "warned", PARTIAL),
    q("was written by people who have never had to replace a water heater in January.", "Kevin Strand", PER,
      "former Energy Department official Kevin Strand", "told", PARTIAL),
    q("I worked in that building,", "Kevin Strand", PER, "Strand", "said"),
    q("I promise you, nobody in that meeting⋯whose furnace just quit.", "Kevin Strand", PER, "Strand", "said"),
    q("It’ll be in court by Christmas,", "Kevin Strand", PER, "Strand", "said"),
    q("And I’d bet on the states.", "Kevin Strand", PER, "Strand", "said"),
], not_quotes=[("Sunday Morning Briefing", 0), ("Sunday Morning Briefing", 1), "America’s Morning Report"])

# A New York Times news analysis: Mr./Ms. on second reference, long quotes, paraphrase run into partial quotes,
# "in an interview", a strategist described, a quote that quotes itself ("to say, ‘Here is …’").

doc("us-analysis-01", "us-politics", [
    q("the first stump speech of the 2028 cycle.", "a Democratic strategist", ANON, "one Democratic strategist",
      "described", PARTIAL),
    q("You don’t do a tax cut in Hartwell because you’re worried about Hartwell,", "Lucinda Farrow", PER,
      "Lucinda Farrow", "said"),
    q("You do it because you want a clip⋯everyone in the room knew it.", "Lucinda Farrow", PER, "Lucinda Farrow",
      "said"),
    q("on the table since my first campaign", "Evelyn Marchetti", PER, "She", "said", PARTIAL),
    q("I understand why people want to make everything about 2028. It’s a more interesting story,",
      "Evelyn Marchetti", PER, "she", "said"),
    q("But I have a state to run⋯I’d call it keeping a promise.", "Evelyn Marchetti", PER, "she", "said"),
    q("I’m going to rule out answering that question,", "Evelyn Marchetti", PER, "she", "said"),
    q("the people who can afford to pay a little more should⋯stop being asked to.", "Raymond Oyelaran", PER,
      "[he] told legislators", "told", PARTIAL),
    q("For 20 years, my party has been apologizing for wanting government to do things,", "Raymond Oyelaran", PER,
      "Mr. Oyelaran", "said"),
    q("I’m not going to apologize.⋯all the tax cuts in the world don’t help you.", "Raymond Oyelaran", PER,
      "Mr. Oyelaran", "said"),
    q("She didn’t say anything she hadn’t said before, which I mean as a compliment,", "Harold Kessinger", PER,
      "Mr. Kessinger", "said"),
    q("Most politicians in that setting⋯what she was going to do anyway.", "Harold Kessinger", PER, "Mr. Kessinger",
      "said"),
    q("Evelyn cuts your taxes and Ray pays for your day care.⋯money in your pocket,", "Gloria Sandoval", PER,
      "Ms. Sandoval", "said"),
    q("The argument we keep having in Washington⋯did my bills go down?", "Gloria Sandoval", PER, "Ms. Sandoval",
      "said"),
    q("The budget is a governor’s best chance to say, ‘Here is what I would do with power,’", "Timothy Hu", PER,
      "Mr. Hu", "said"),
    q("But primary voters are not reading the budget.⋯who looks like a fighter.", "Timothy Hu", PER, "Mr. Hu",
      "said"),
    q("I have not,", "Raymond Oyelaran", PER, "he", "said"),
    q("I have been to Fennick Lake six times.", "Raymond Oyelaran", PER, "he", "said"),
])

# An NPR web story from a radio piece: present-tense "says", a quote paragraph first and its speaker named after
# it ("That’s Darnell Pike."), a speaker introduced before a quote that carries no cue, an age after "who’s".

doc("us-radio-01", "us-politics", [
    q("It’s 47 minutes to the nearest ER now.⋯who didn’t have 47 minutes.", "Darnell Pike", PER, "Darnell Pike",
      None),
    q("Before, you’re thinking about the patient. Now you’re thinking about the clock,", "Darnell Pike", PER,
      "Pike", "says"),
    q("Every call, you’re doing math.", "Darnell Pike", PER, "Pike", "says"),
    q("painful but unavoidable", "Ridgeline Health", ORG, "Ridgeline", "says", PARTIAL),
    q("We had a man come in with chest pain at 11:40⋯you don’t have a job.", "Amber Kowalski", PER,
      "[She] was there", None),
    q("I did everything a congressman can do. I called, I wrote, I sat in meetings,", "Curtis Laine", PER, "Laine",
      "says"),
    q("What I can’t do is make a private company⋯doesn’t want to keep open.", "Curtis Laine", PER, "Laine", "says"),
    q("There’s this idea that you can pass one bill⋯It’s almost never that,", "Meredith Anand", PER, "Anand",
      "says"),
    q("Once a hospital closes, the staff scatters.⋯than getting the money.", "Meredith Anand", PER, "Anand", "says"),
    q("Everybody promises. Nobody reopens,", "Gail Thurston", PER, "Gail Thurston", "says"),
    q("She did 90 the whole way.⋯I’m not slowing down.’", "Gail Thurston", PER, "40 minutes away, [Thurston] says",
      "says"),
    q("I’ll vote for whoever shows me a doctor,", "Gail Thurston", PER, "she", "says"),
    q("Not a plan. A doctor.", "Gail Thurston", PER, "she", "says"),
])

# A campaign-trail story: a headline quote, a crowd's chant and answer, a sign, the candidate's lines, "what he
# called X’s “…”", a heckler, a spokeswoman's emailed statement, posts on X, a voter with her age.

doc("us-campaign-01", "us-politics", [
    q("never met a payroll", "Jack Whitcomb", PER, "Whitcomb", "says", PARTIAL, nth=0),
    q("Send her home! Send her home!", "the crowd", ANON, "The crowd", "chanting"),
    q("I appreciate it, but let’s not send her home. Let’s send her into retirement,", "Jack Whitcomb", PER,
      "Whitcomb", "said"),
    q("She’s earned it. Thirty years in Washington, she’s earned a nice long rest.", "Jack Whitcomb", PER,
      "Whitcomb", "said"),
    q("thirty-year love affair with Washington.", "Jack Whitcomb", PER, "The 52-year-old trucking company owner",
      "called", PARTIAL),
    q("My opponent has never met a payroll.⋯so she doesn’t have to,", "Jack Whitcomb", PER, "he", "said"),
    q("I’ve done both. I’d do it again.", "Jack Whitcomb", PER, "he", "said"),
    q("Tell ’em, Jack!", "a man in the front row", ANON, "a man in the front row", "shouted"),
    q("has spent this entire campaign running from his own record.", "Renee Batiste", PER, "Renee Batiste", "said",
      PARTIAL),
    q("Jack Whitcomb laid off 140 Georgians⋯a payroll story he wants to tell,", "Renee Batiste", PER, "Batiste",
      "said"),
    q("Senator Ostrowski will keep talking⋯keep talking about her age.", "Renee Batiste", PER, "Batiste", "said"),
    q("Thirty years of bringing home Georgia’s fair share. I’ll take it,", "Helena Ostrowski", PER, "she", "wrote"),
    q("Thirty years of bringing home Washington’s bad ideas, you mean,", "Jack Whitcomb", PER, "he", "posted"),
    q("closer than the polls say", "Wes Tolliver", PER, "Tolliver", "told", PARTIAL),
    q("three or four points, maybe more if it rains in the suburbs.", "Wes Tolliver", PER, "Tolliver", "predicted",
      PARTIAL),
    q("leaning Jack", "Denise Farrell", PER, "Denise Farrell", "said", PARTIAL),
    q("I like her fine. I just think she’s been up there too long,", "Denise Farrell", PER, "Farrell", "said"),
    q("Everybody has a shelf life.", "Denise Farrell", PER, "Farrell", "said"),
    q("Who’s going to win Georgia?", "Jack Whitcomb", PER, "he", "shouted"),
    q("We are!", "the crowd", ANON, "the crowd", "shouted"),
], not_quotes=["Whitcomb for Georgia"])

# Canadian Press on federal politics: ministers by portfolio, "said in French", "the minister said", party
# critics (Conservative, NDP, Bloc), a provincial minister after his portfolio, "what she called".

doc("ca-cp-01", "canadian-news", [
    q("the job is not finished.", "Rachel Thibodeau-Lang", PER, "Immigration Minister Rachel Thibodeau-Lang",
      "saying", PARTIAL),
    q("When we introduced the cap⋯based on the evidence,", "Rachel Thibodeau-Lang", PER, "Thibodeau-Lang", "told"),
    q("The evidence tells us that rents near campuses are coming down, but not fast enough.",
      "Rachel Thibodeau-Lang", PER, "Thibodeau-Lang", "told"),
    q("We listened to Quebec, and we found common ground,", "Rachel Thibodeau-Lang", PER, "she", "said"),
    q("We are now two years into a policy⋯a permanent state of affairs,", "Denise Achterberg", PER,
      "Denise Achterberg", "said"),
    q("Some of our members have cut a third⋯will not come back.", "Denise Achterberg", PER, "Denise Achterberg",
      "said"),
    q("trying to clean up a mess of their own making", "Brad Lachapelle", PER,
      "Conservative immigration critic Brad Lachapelle", "said", PARTIAL),
    q("For years, the Liberals let this system run wild⋯pulling on the brakes,", "Brad Lachapelle", PER,
      "Lachapelle", "said"),
    q("Canadians aren’t going to give it to them.", "Brad Lachapelle", PER, "Lachapelle", "said"),
    q("diploma mills", "Harpreet Sandhu", PER, "NDP critic Harpreet Sandhu", "called", PARTIAL),
    q("Quebec knows better than Ottawa how many students its institutions can welcome,", "Sylvie Beaudoin", PER,
      "Bloc MP Sylvie Beaudoin", "said"),
    q("review the allocation carefully", "Dev Ramkissoon", PER, "Dev Ramkissoon", "said", PARTIAL),
    q("further shocks to a sector that has already absorbed a great deal.", "Dev Ramkissoon", PER, "Dev Ramkissoon",
      "warned", PARTIAL),
    q("My cousin was planning to come next year.⋯if there will be a spot,", "Aarav Menon", PER, "Aarav Menon",
      "said"),
    q("People back home are starting to look at Australia instead.", "Aarav Menon", PER, "Aarav Menon", "said"),
    q("We’re not going to make decisions for three years in one go,", "Rachel Thibodeau-Lang", PER, "the minister",
      "said"),
    q("We’ll look at the numbers again and we’ll be honest about what they say.", "Rachel Thibodeau-Lang", PER,
      "the minister", "said"),
])

# A CBC regional story, straight marks: a deck, a mayor, an RCMP news release ("the release said"), the premier,
# residents with ages, a neighbour, a meteorologist, an opposition leader's statement.

doc("ca-regional-01", "canadian-news", [
    q("We've never seen it come up this fast,", "Joanne Pettipas", PER, "Pettipas", "told"),
    q("At four o'clock it was in the ditches. By eight it was in people's basements.", "Joanne Pettipas", PER,
      "Pettipas", "told"),
    q("Motorists are asked to avoid the area and to not drive through standing water,", "Kestrel Bay District RCMP",
      ORG, "the release", "said"),
    q("It only takes a few inches of moving water to sweep a vehicle off the road.", "Kestrel Bay District RCMP", ORG,
      "the release", "said"),
    q("Nobody should be worrying about a hotel bill tonight,", "Colin MacAulay", PER, "MacAulay", "said"),
    q("They've got enough to worry about.", "Colin MacAulay", PER, "MacAulay", "said"),
    q("I've got a freezer down there full of moose meat and it's floating,", "Tom Ellery", PER, "he", "said"),
    q("That's the least of it.⋯So that's on me.", "Tom Ellery", PER, "he", "said"),
    q("I just grabbed the kids and the dog and the cat and went,", "Marcie Bonang", PER, "she", "said"),
    q("I didn't even get shoes on the baby.", "Marcie Bonang", PER, "she", "said"),
    q("It was a slow-moving system and it just parked itself over that part of the province,", "Lisa Doucette", PER,
      "Doucette", "said"),
    q("The ground was already saturated from last week.", "Lisa Doucette", PER, "Doucette", "said"),
    q("This community asked for a flood study in 2021 and again in 2023. They were told to wait,", "Alana Fougere",
      PER, "she", "said"),
])

# An international wire story in a Canadian paper (Reuters, with AFP): invented countries, a defence ministry
# ("It said"), a foreign ministry by its capital, state media, a UN envoy, an anonymous diplomat, "was quoted by
# the state news agency as saying", Global Affairs Canada and the minister's post.

doc("ca-intl-01", "canadian-news", [
    q("repelled the incursion", "Varenia’s defence ministry", ORG, "It", "said", PARTIAL),
    q("restored full control", "Varenia’s defence ministry", ORG, "It", "said", PARTIAL),
    q("in strict accordance with the right of self-defence.", "Oskadia’s foreign ministry", ORG,
      "The foreign ministry in Karsk", "said", PARTIAL),
    q("The responsibility for this bloodshed lies entirely with the leadership in Dravnik,", "Ilya Sorvanen", PER,
      "Oskadian Foreign Minister Ilya Sorvanen", "told"),
    q("We did not start this, but we will not allow our citizens to be shelled.", "Ilya Sorvanen", PER,
      "Oskadian Foreign Minister Ilya Sorvanen", "told"),
    q("deeply alarmed", "Amara Okonkwo-Lind", PER, "Amara Okonkwo-Lind", "said", PARTIAL),
    q("There is no military solution to this dispute. There never has been,", "Amara Okonkwo-Lind", PER,
      "Okonkwo-Lind", "told"),
    q("Every day without dialogue⋯harder to reach.", "Amara Okonkwo-Lind", PER, "Okonkwo-Lind", "told"),
    q("This was not an accident,", "a Western diplomat", ANON, "the diplomat", "said"),
    q("Somebody wanted it.", "a Western diplomat", ANON, "the diplomat", "said"),
    q("will defend every metre of its land.", "Marek Halloran", PER, "Varenian President Marek Halloran",
      "quoted as saying", PARTIAL),
    q("We spent the whole night in the basement. The children are still shaking,", "Lena Vasko", PER, "Lena Vasko",
      "said"),
    q("serious concern", "Global Affairs Canada", ORG, "Global Affairs Canada", "said", PARTIAL),
    q("step back from the brink.", "Global Affairs Canada", ORG, "Global Affairs Canada", "called on", PARTIAL),
    q("in close contact with our allies", "Nadia Kowalchuk", PER, "Foreign Affairs Minister Nadia Kowalchuk", "said",
      PARTIAL),
    q("Canada stands with the people of both countries, who want nothing more than peace,", "Nadia Kowalchuk", PER,
      "Kowalchuk", "wrote"),
])

# A Globe and Mail business story: Ms./Mr. on second reference, a conference call, a CFO, analysts ("In a research
# note ... wrote"), an industry group's statement, a named spokesperson speaking for "the minister", the company.

doc("ca-business-01", "canadian-news", [
    q("We are not happy with these results, and I’m not going to stand here and pretend otherwise,",
      "Sandra Whitlock-Ng", PER, "chief executive officer Sandra Whitlock-Ng", "said"),
    q("Our customers are under real pressure⋯faster than we planned for.", "Sandra Whitlock-Ng", PER,
      "chief executive officer Sandra Whitlock-Ng", "said"),
    q("largely behind us", "Marc-André Belliveau", PER, "Chief financial officer Marc-André Belliveau", "told",
      PARTIAL),
    q("bigger than feared and harder to explain.", "Priya Venkataraman", PER,
      "Harbourfront Securities analyst Priya Venkataraman", "wrote", PARTIAL),
    q("We think the market had priced in a soft quarter, not a soft year,", "Priya Venkataraman", PER,
      "Ms. Venkataraman", "wrote"),
    q("The technology overrun, in particular⋯not one call.", "Priya Venkataraman", PER, "Ms. Venkataraman", "wrote"),
    q("exactly what you want to see in this environment.", "Kevin Dumont", PER, "He", "said", PARTIAL),
    q("Every grocer in the country is dealing with the same customer,", "Kevin Dumont", PER, "Mr. Dumont", "said"),
    q("Northway’s problem this quarter is mostly self-inflicted⋯the ones you can fix.", "Kevin Dumont", PER,
      "Mr. Dumont", "said"),
    q("remain in line with historical norms.", "Canadian Food Retail Association", ORG,
      "the Canadian Food Retail Association", "said", PARTIAL),
    q("be watching closely to make sure savings are passed on to Canadians.", "Marie-Ève Caron", PER,
      "Marie-Ève Caron", "said", PARTIAL),
    q("a difficult but necessary step", "Northway Grocers", ORG, "the company", "said", PARTIAL),
    q("Our members learned their jobs were on the line from a news alert on their phones,", "Teresa Kwan", PER,
      "Teresa Kwan", "said"),
    q("The dividend is safe. I want to be very clear about that,", "Sandra Whitlock-Ng", PER, "she", "said"),
])



# ---------------------------------------------------------------------------------------------------
# Branch corpus-more3: ten more articles in the manner of the two external sets, from outlets and beats the
# corpus did not have yet (six `us-politics`, four `canadian-news`), annotated before the engine was run on them.
# ---------------------------------------------------------------------------------------------------

# The Hill on a House hearing: a headline quote after a colon, `(R-Mo.)` after names, a questioning exchange
# ("asked", "replied", "she said", "he said"), "which he described as", a union president, a post on X, a senior
# official on condition of anonymity.

doc("us-hill-01", "us-politics", [
    q("We are running out of runway", "Gordon Pellegrini", PER, "FAA chief", None, nth=0),
    q("We are running out of runway, and I mean that literally and figuratively,", "Gordon Pellegrini", PER,
      "FAA Administrator Gordon Pellegrini", "said"),
    q("Our controllers are working six-day weeks in facilities that should have been replaced a decade ago.",
      "Gordon Pellegrini", PER, "FAA Administrator Gordon Pellegrini", "said"),
    q("This committee gave you a 12 percent bump two years ago,", "Rick Donnelly", PER, "Donnelly", "said"),
    q("I’d like to know where it went before we talk about the next one.", "Rick Donnelly", PER, "Donnelly", "said"),
    q("Was that controller on his sixth straight day?", "Alana Whitaker", PER, "Whitaker", "asked"),
    q("He was on his sixth day, yes,", "Gordon Pellegrini", PER, "Pellegrini", "replied"),
    q("So we got lucky,", "Alana Whitaker", PER, "she", "said"),
    q("I wouldn’t put it that way, congresswoman. The system worked,", "Gordon Pellegrini", PER, "he", "said"),
    q("But I understand why people are frightened.", "Gordon Pellegrini", PER, "he", "said"),
    q("the scariest five minutes I’ve spent in this room.", "Alana Whitaker", PER, "Whitaker", "called", PARTIAL),
    q("a science project with no finish line.", "Troy Kessler", PER, "he", "described", PARTIAL),
    q("I’ve got a tower in my district⋯what a floppy disk is,", "Troy Kessler", PER, "Kessler", "said"),
    q("Every facility in this country⋯It’s Tuesday,", "Dana Reyes-McCall", PER, "Dana Reyes-McCall", "said"),
    q("We can hold all the hearings we want⋯none of this changes,", "Luis Ocampo", PER, "Ocampo", "told"),
    q("Show me the plan, and then we’ll talk about a check,", "Rick Donnelly", PER, "he", "said"),
    q("3,000 controllers short and we’re arguing about floppy disks. Fund the FAA,", "Patrice Oduya", PER, "Oduya",
      "wrote"),
    q("Nobody wants to do it, but it’s on the table,", "a senior FAA official", ANON, "the official", "said"),
    q("We will do whatever keeps people safe,", "Gordon Pellegrini", PER, "he", "said"),
    q("If that means fewer flights, it means fewer flights.", "Gordon Pellegrini", PER, "he", "said"),
])

# A Washington Post Supreme Court argument story: justices by title, counsel "told the justices", a justice's
# question quoted with "Mr. Fenn" inside it, "told Sorensen" (the addressee), a protest sign, "the Rev.", a
# secretary of state's statement, a law professor, "In an interview after the argument".

doc("us-court-01", "us-politics", [
    q("The Constitution gives the states the pen here,", "Harlan Whitmore", PER, "Whitmore", "said"),
    q("Where in the text do you find a right to a box on a street corner?", "Harlan Whitmore", PER, "Whitmore",
      "said"),
    q("Nobody is asking this court to require drop boxes,", "Lena Sorensen", PER, "Sorensen", "told"),
    q("We are asking it to hold the state to the notice it owes its voters.", "Lena Sorensen", PER, "Sorensen",
      "told"),
    q("If the concern was fraud, Mr. Fenn, why the rush?", "Miriam Castellanos-Ruiz", PER, "she", "asked"),
    q("You had no reported cases of fraud involving drop boxes. None.", "Miriam Castellanos-Ruiz", PER, "she",
      "asked"),
    q("The state doesn’t have to wait for a problem to become a scandal,", "Douglas Fenn", PER, "he", "said"),
    q("Every election, someone will say the rules changed too late,", "Raymond Ashby", PER, "Ashby", "said"),
    q("Where does that end?", "Raymond Ashby", PER, "Ashby", "said"),
    q("You can’t complain about the clock and also run it down,", "Thomas Albrecht", PER, "Albrecht", "told"),
    q("My members are working people.⋯on the way home from a night shift,", "Alfreda Simms", PER,
      "Rev. Alfreda Simms", "said"),
    q("That box was how they voted.", "Alfreda Simms", PER, "Rev. Alfreda Simms", "said"),
    q("confident the court will respect the authority of the people’s elected representatives.", "Carl Brandvold",
      PER, "Nebraska Secretary of State Carl Brandvold", "said", PARTIAL),
    q("You can lose the argument and win the case,", "Priya Raman", PER, "Priya Raman", "said"),
    q("But if I were the challengers⋯a reason to step in.", "Priya Raman", PER, "Priya Raman", "said"),
    q("not discouraged.", "Lena Sorensen", PER, "Sorensen", "said", PARTIAL),
    q("Justices ask hard questions of both sides. That’s their job,", "Lena Sorensen", PER, "she", "said"),
    q("We’ll know in June.", "Lena Sorensen", PER, "she", "said"),
], not_quotes=["Let Nebraska Vote."])

# An AP statehouse story: "a Republican from Garnett Springs" after names, "the governor said" after "she called",
# a joint statement of two leaders, "a Dorrance Republican", "who called them", a retiree in the gallery and her
# son (same surname), a post on X.

doc("us-state-01", "us-politics", [
    q("Kansans have been telling us⋯out of their own homes,", "Dale Voorhees", PER, "House Speaker Dale Voorhees",
      "said"),
    q("Today we listened.", "Dale Voorhees", PER, "House Speaker Dale Voorhees", "said"),
    q("a win for the Legislature’s talking points and a bill for every sheriff in Kansas.", "Elaine Hartsfield", PER,
      "she", "called", PARTIAL),
    q("I understand the frustration people feel when they open their tax statements. I feel it too,",
      "Elaine Hartsfield", PER, "the governor", "said"),
    q("But this bill doesn’t lower anybody’s taxes.⋯local services get worse.", "Elaine Hartsfield", PER,
      "the governor", "said"),
    q("defending a system that has let property tax bills grow twice as fast as Kansans’ paychecks.",
      "Curtis Lindqvist and Rhonda Pace", PER, "Curtis Lindqvist and Senate Majority Leader Rhonda Pace", "said",
      PARTIAL, speakers=["Curtis Lindqvist", "Rhonda Pace"]),
    q("A fire truck costs what a fire truck costs,", "Anita Borowski", PER, "Anita Borowski", "said"),
    q("The cap doesn’t change that.⋯how to pay for it.", "Anita Borowski", PER, "Anita Borowski", "said"),
    q("I spent eight years on a county commission. I know where the money goes,", "Gil Martens", PER, "Martens",
      "said"),
    q("It goes to the jail⋯I’ll cut it myself.", "Gil Martens", PER, "Martens", "said"),
    q("the same speech we hear every year⋯they didn’t like.", "Kyle Sandoval", PER, "Rep. Kyle Sandoval", "called",
      PARTIAL),
    q("This is a bill that sounds great on a postcard,", "Yvonne Ackerly", PER, "House Minority Leader Yvonne Ackerly",
      "said"),
    q("It’s going to be a lot less popular⋯a library branch.", "Yvonne Ackerly", PER,
      "House Minority Leader Yvonne Ackerly", "said"),
    q("I’m 74 years old. I can’t go get a raise,", "Donna Kraus", PER, "Kraus", "said"),
    q("I just wanted somebody up there to notice.", "Donna Kraus", PER, "Kraus", "said"),
    q("about twice a week", "Mark Kraus", PER, "Mark Kraus", "said", PARTIAL),
    q("to make sure the lights stay on.", "Elaine Hartsfield", PER, "Hartsfield", "said", PARTIAL),
])

# A CNN web story on immigration: "a timeline immigration lawyers called", a DHS official who "told CNN", "told CNN in
# an interview", "said through an interpreter", a sponsor, "Texas Republican Sen. X wrote on X", a show name, the
# addressee "CNN’s Dana Whitfield", "One of them said" after two people familiar, "according to" a lawyer and
# "she said" after it.

doc("us-cnn-01", "us-politics", [
    q("impossible", "immigration lawyers", ANON, "immigration lawyers", "called", PARTIAL),
    q("The program was always meant to be temporary⋯in the interior,", "Brent Kolbeck", PER,
      "Homeland Security Secretary Brent Kolbeck", "said"),
    q("for months.", "a DHS official", ANON, "A DHS official", "told", PARTIAL),
    q("We’re not walking into this blind,", "a DHS official", ANON, "the official", "said"),
    q("cruel, chaotic and, we believe, unlawful.", "Marisa Delgado-Pratt", PER,
      "New Jersey Attorney General Marisa Delgado-Pratt", "called", PARTIAL),
    q("These are people who followed every rule they were given,", "Marisa Delgado-Pratt", PER, "Delgado-Pratt",
      "told"),
    q("They applied, they were vetted⋯none of that happened.", "Marisa Delgado-Pratt", PER, "Delgado-Pratt", "told"),
    q("My daughter asked me last night⋯what to tell her,", "Rosa Villatoro", PER, "Villatoro", "said"),
    q("I signed a form promising the government I would support this family, and I have,", "Gail Henshaw", PER,
      "Henshaw", "said"),
    q("Nobody told me the government could just change its mind.", "Gail Henshaw", PER, "Henshaw", "said"),
    q("an open door dressed up as a policy.", "Tom Bricker", PER, "Texas Republican Sen. Tom Bricker", "wrote",
      PARTIAL),
    q("You cannot give people legal status⋯then give them 30 days,", "Vanessa Trujillo", PER, "Trujillo", "told"),
    q("That’s not enforcement. That’s a bait and switch.", "Vanessa Trujillo", PER, "Trujillo", "told"),
    q("open to a conversation about the future", "Vanessa Trujillo", PER, "Trujillo", "said", PARTIAL),
    q("made at the top, not at DHS.", "a person familiar with the planning", ANON, "One of them", "said", PARTIAL),
    q("has been clear from day one", "Aaron Feld", PER, "White House spokesperson Aaron Feld", "said", PARTIAL),
    q("a flood of notices to appear", "Carmen Oyelowo", PER, "Carmen Oyelowo", "according to", PARTIAL),
    q("Most of these people don’t qualify for asylum on the timeline they’re being given,", "Carmen Oyelowo", PER,
      "she", "said"),
    q("We’re going to see a lot of people fall out of status at once.", "Carmen Oyelowo", PER, "she", "said"),
], not_quotes=["Inside Politics"])

# An Axios scoop on health policy: "tell Axios", section labels ("What they’re saying:") before a quote, bullets,
# "one Democratic aide involved in the talks", a named spokesperson for "the chair", "she added", a trade group's
# statement, "the aide said", "Mercado, asked whether ..., laughed."

doc("us-axios-01", "us-politics", [
    q("We had a deal on Friday. By Tuesday night we had a different bill,", "a Democratic aide", ANON,
      "one Democratic aide", "told"),
    q("remains committed to getting this done", "Kara Lindgren", PER, "Kara Lindgren", "said", PARTIAL),
    q("a matter of days, not weeks.", "Kara Lindgren", PER, "Kara Lindgren", "called", PARTIAL),
    q("I’m not going to vote for a bill that tells seniors relief is coming in four years,", "Diane Mercado", PER,
      "Sen. Diane Mercado", "said"),
    q("If they want to put the date back to 2027, we can mark up tomorrow,", "Diane Mercado", PER, "she", "added"),
    q("They moved the goalposts, not us,", "Chris Albee", PER, "he", "told"),
    q("Every time we get close, there’s a new demand.", "Chris Albee", PER, "he", "told"),
    q("must give plans time to adjust without disrupting patient care.", "Prescription Access Coalition", ORG,
      "the Prescription Access Coalition", "said", PARTIAL),
    q("Every month of delay is another pharmacy that closes its doors,", "Hollis Tran", PER, "Hollis Tran", "said"),
    q("Nobody is trying to kill this bill. CMS told us it couldn’t stand this up by 2027,",
      "a senior Republican aide", ANON, "the aide", "said"),
    q("I’ve been at this too long to give up over a date,", "Walt Hemming", PER, "he", "said"),
    q("Ask me on Friday,", "Diane Mercado", PER, "she", "said"),
])

# A Reuters budget story, straight marks: "according to an internal analysis ... seen by Reuters, which warned",
# a budget director at a briefing and "Asked whether ..., Grusky said", "Republican Senator X of North Dakota told
# Reuters", a senior official, a defense secretary's statement, a post on X.

doc("us-reuters-01", "us-politics", [
    q("a lost generation", None, UNK, "an internal analysis", "warned", PARTIAL),
    q("This budget makes choices.⋯the bill for that is $38 trillion,", "Leonard Grusky", PER,
      "White House budget director Leonard Grusky", "told"),
    q("We are done passing it on to our grandchildren.", "Leonard Grusky", PER,
      "White House budget director Leonard Grusky", "told"),
    q("grown faster than their ability to show results", "Leonard Grusky", PER, "Grusky", "said", PARTIAL),
    q("The growth assumptions are doing a lot of the work here,", "Marguerite Fong", PER, "Marguerite Fong", "said"),
    q("If you use the Congressional Budget Office's numbers instead, the deficit barely moves.", "Marguerite Fong",
      PER, "Marguerite Fong", "said"),
    q("dead on arrival", "Nora Ellingsen", PER, "Senator Nora Ellingsen", "called", PARTIAL),
    q("cost lives, full stop.", "Nora Ellingsen", PER, "Senator Nora Ellingsen", "said", PARTIAL),
    q("I'm going to have a hard time⋯300 miles away,", "Wade Thibault", PER, "Republican Senator Wade Thibault",
      "told"),
    q("I'll be raising that with the director directly.", "Wade Thibault", PER, "Republican Senator Wade Thibault",
      "told"),
    q("Nobody in this building thinks this document gets enacted as written,", "a senior administration official",
      ANON, "the official", "said"),
    q("It's an opening bid.", "a senior administration official", ANON, "the official", "said"),
    q("reflects the threats we actually face, not the ones we wish we faced.", "Gail Marchetti", PER,
      "Defense Secretary Gail Marchetti", "said", PARTIAL),
    q("Other countries are recruiting our scientists right now, today,", "Amos Ridley", PER, "Amos Ridley", "said"),
    q("This budget hands them the pitch.", "Amos Ridley", PER, "Amos Ridley", "said"),
    q("The president has put forward his priorities. Congress will put forward ours,", "Marlon Tate", PER, "Tate",
      "said"),
])

# A Toronto Star municipal byelection story: a debate ("shot back that", "accused X of using"), the moderator's
# question and two one-line answers, a widow by first name then in full ("says in the video"), `Coun. X (Ward 12,
# Cedarvale)`, "Toronto police said", a campaign manager's statement, a voter and her husband by first name.

doc("ca-star-01", "canadian-news", [
    q("My opponent wants to put a six-storey building on every corner of this ward,", "Maria Consolo", PER,
      "Consolo", "said"),
    q("I want to make sure the people already here can afford to stay.", "Maria Consolo", PER, "Consolo", "said"),
    q("six storeys on a main street is not every corner", "Devon Achebe-Clarke", PER, "Achebe-Clarke", "shot back",
      PARTIAL),
    q("the oldest trick in Toronto politics: say you love housing, then vote against every building.",
      "Devon Achebe-Clarke", PER, "Achebe-Clarke", "accused", PARTIAL),
    q("I grew up in a basement apartment⋯my two sisters,", "Devon Achebe-Clarke", PER, "he", "said"),
    q("I’m not going to apologize for wanting more families to get the chance we got.", "Devon Achebe-Clarke", PER,
      "he", "said"),
    q("Will you commit, tonight, to reopening the Kingsway branch?", "Shelley Brandt", PER, "Brandt", "asked"),
    q("Yes, and on day one,", "Maria Consolo", PER, "Consolo", "said"),
    q("Yes, and with housing on top of it,", "Devon Achebe-Clarke", PER, "Achebe-Clarke", "answered"),
    q("Frank trusted Maria. That’s good enough for me,", "Helen Ostrowski", PER, "Helen Ostrowski", "says"),
    q("needs somebody who isn’t scared of the word density.", "Rajesh Pillai", PER, "Coun. Rajesh Pillai", "said",
      PARTIAL),
    q("work with whoever the people of Humber Heights send us.", "Olivia Chen-Watts", PER, "[she] said she would",
      "said", PARTIAL),
    q("following up on several leads.", "Toronto police", ORG, "Toronto police", "said", PARTIAL),
    q("It’s disappointing, and it’s not who we are,", "Devon Achebe-Clarke", PER, "Achebe-Clarke", "wrote"),
    q("Nobody on my team had anything to do with this.", "Devon Achebe-Clarke", PER, "Achebe-Clarke", "wrote"),
    q("no reason to believe", "Derek Lum", PER, "Derek Lum", "said", PARTIAL),
    q("I like that he’s young⋯when they build too fast,", "Gordana Petrović", PER, "Gordana Petrović", "said"),
    q("The schools fill up, the parking disappears.", "Gordana Petrović", PER, "Gordana Petrović", "said"),
    q("Our grandkids can’t afford to live here. Where are they supposed to go?", "Zoran", PER, "he", "said"),
])

# A Globe and Mail Quebec story: Mr./Ms. on second reference, "said in French", "told reporters in English", a
# premier's phrase under "has described as", a business federation's vice-president, "Its leader, X, accused the
# government of having", a senior official, "the Premier said", a news release from an advocacy group.

doc("ca-globe-01", "canadian-news", [
    q("the fight of our generation.", "Luc Gagné-Tremblay", PER, "Premier Luc Gagné-Tremblay", "described",
      PARTIAL),
    q("French is not in danger in 50 years.⋯on our shop floors,", "Isabelle Marchand", PER,
      "French Language Minister Isabelle Marchand", "said"),
    q("If French is not the language of work, it will not be the language of anything.", "Isabelle Marchand", PER,
      "French Language Minister Isabelle Marchand", "said"),
    q("We are not here to punish anyone,", "Isabelle Marchand", PER, "she", "said"),
    q("We are here to help.", "Isabelle Marchand", PER, "she", "said"),
    q("A restaurant owner with six employees does not have a human-resources department,", "Martine Ouellet-Roy",
      PER, "Martine Ouellet-Roy", "said"),
    q("Every hour she spends filling out forms⋯running her restaurant.", "Martine Ouellet-Roy", PER,
      "Martine Ouellet-Roy", "said"),
    q("treats small business owners like suspects.", "Pablo Rodrigue", PER, "Liberal Leader Pablo Rodrigue", "said",
      PARTIAL),
    q("We all want French to thrive. Nobody in this room is against that,", "Pablo Rodrigue", PER, "Mr. Rodrigue",
      "told"),
    q("But you don’t protect a language by sending inspectors into a dépanneur.", "Pablo Rodrigue", PER,
      "Mr. Rodrigue", "told"),
    q("discovered the French language three months before an election.", "Simon Bélair-Fortin", PER,
      "Simon Bélair-Fortin", "accused", PARTIAL),
    q("They had six years,", "Simon Bélair-Fortin", PER, "he", "said"),
    q("Six years, and they wait until the campaign⋯before the Assembly is dissolved.", "Simon Bélair-Fortin", PER,
      "he", "said"),
    q("The goal is to put it on the table and let Quebeckers see where everyone stands,",
      "a senior government official", ANON, "the official", "said"),
    q("Protecting French is not an election promise. It is a responsibility,", "Luc Gagné-Tremblay", PER,
      "the Premier", "said"),
    q("My employees speak four languages between them.⋯what more they want,", "Nguyen Van Thanh", PER,
      "Mr. Nguyen", "said"),
    q("sends one more signal to English-speaking Quebeckers that they are not welcome in their own province.",
      "Voices of Quebec", ORG, "Voices of Quebec", "said", PARTIAL),
    q("study the bill closely", "Denis Arsenault", PER, "Official Languages Minister Denis Arsenault", "said",
      PARTIAL),
])

# A CBC Manitoba story on a First Nation's wildfire evacuation, straight marks: a deck quote in single marks
# ("..., says Chief X as ..."), the chief's interview and "she said", a provincial service, a federal minister,
# a grand chief's statement, an elder "said in Cree" with a nested quote, her granddaughter with the same surname
# ("she said" after her), an RCMP news release ("the release said"), a premier's post on X.

doc("ca-cbc-01", "canadian-news", [
    q("We were asking for planes on Friday,", "Gloria Muskego", PER, "Chief Gloria Muskego", "says"),
    q("We were asking for planes on Friday. We were told to wait for an assessment,", "Gloria Muskego", PER,
      "Muskego", "said"),
    q("By Saturday night you could see the flames from the school.", "Gloria Muskego", PER, "Muskego", "said"),
    q("Our people are scared, but they're calm. They're looking after each other,", "Gloria Muskego", PER, "she",
      "said"),
    q("well beyond", "the province's wildfire service", ORG, "the province's wildfire service", "said", PARTIAL),
    q("since the first hours", "Colette Andersen", PER, "Indigenous Services Minister Colette Andersen", "said",
      PARTIAL),
    q("I've spoken with Chief Muskego twice today.⋯and that is happening,", "Colette Andersen", PER, "Andersen",
      "told"),
    q("absolutely", "Colette Andersen", PER, "Andersen", "said", PARTIAL),
    q("part of a pattern.", "Raymond Sinclair", PER, "Grand Chief Raymond Sinclair", "said", PARTIAL),
    q("Every summer, our communities are told the same thing⋯wait for the money,", "Raymond Sinclair", PER,
      "Sinclair", "said"),
    q("Fires don't wait.", "Raymond Sinclair", PER, "Sinclair", "said"),
    q("The smoke was so thick you couldn't see the lake,", "Harriet Beardy", PER, "Beardy", "said"),
    q("I told my grandson, 'Get the photos off the wall.'", "Harriet Beardy", PER, "Beardy", "said"),
    q("She keeps asking about her dog,", "Shaylene Beardy", PER, "she", "said"),
    q("We had to leave him with my uncle. He stayed behind to help fight the fire.", "Shaylene Beardy", PER, "she",
      "said"),
    q("Provincial Road 514 north of the Kinosew Lake turnoff is closed to all non-essential traffic,",
      "Manitoba RCMP", ORG, "the release", "said"),
    q("ready to support Kinosew Lake for however long this takes.", "Janelle Stroud", PER,
      "Manitoba Premier Janelle Stroud", "said", PARTIAL),
    q("Right now I'm a chief who's counting heads,", "Gloria Muskego", PER, "she", "said"),
    q("When everyone is safe, I'll be asking a lot of questions.", "Gloria Muskego", PER, "she", "said"),
])

# A National Post labour story: an employers' association ("what it called"), its president's statement, the
# union by name and "the union", a labour minister "said in French" and "he said he would", a government source,
# "Prairie Liberal MPs ... One of them", a farmer who chairs a group, a joint statement of two organizations, an
# NDP critic "warned", "The association said ..., while the union said".

doc("ca-np-01", "canadian-news", [
    q("final, fair and generous", "Western Grain Terminal Employers’ Association", ORG,
      "The Western Grain Terminal Employers’ Association", "called", PARTIAL),
    q("We did not want to be here,", "Graham Ketteridge", PER, "Graham Ketteridge", "said"),
    q("But we cannot keep operating⋯refused to rule out.", "Graham Ketteridge", PER, "Graham Ketteridge", "said"),
    q("a stunt designed to get Ottawa to do the employers’ bargaining for them.", "Grain and Port Workers Local 333",
      ORG, "Grain and Port Workers Local 333", "called", PARTIAL),
    q("They locked the gates at 12:01⋯by 12:05,", "Teresa Mah-Vukovic", PER,
      "Local 333 president Teresa Mah-Vukovic", "told"),
    q("That tells you everything about what this is.", "Teresa Mah-Vukovic", PER,
      "Local 333 president Teresa Mah-Vukovic", "told"),
    q("Our members aren’t afraid of technology,", "Teresa Mah-Vukovic", PER, "she", "said"),
    q("They’re afraid of being replaced by it without having a say.", "Teresa Mah-Vukovic", PER, "she", "said"),
    q("get back to the table today, not tomorrow.", "Étienne Lachance", PER, "Labour Minister Étienne Lachance",
      "urged", PARTIAL),
    q("All options are on the table, and I mean all options,", "Étienne Lachance", PER, "Lachance", "said"),
    q("not negotiate in public.", "Étienne Lachance", PER, "[he] said he would", "said", PARTIAL),
    q("There is a real worry about being seen to reward a lockout,", "a government source", ANON, "the source",
      "said"),
    q("non-stop since six this morning.", "a Prairie Liberal MP", ANON, "One of them", "said", PARTIAL),
    q("Every day those terminals are closed⋯racking up fees,", "Kyle Anderchuk", PER, "Kyle Anderchuk", "said"),
    q("Farmers are going to eat that cost. We always do.", "Kyle Anderchuk", PER, "Kyle Anderchuk", "said"),
    q("every tool available", "Canadian Council of Shippers and Western Agri-Business Coalition", ORG,
      "Canadian Council of Shippers and the Western Agri-Business Coalition", "called on", PARTIAL,
      speakers=["Canadian Council of Shippers", "Western Agri-Business Coalition"]),
    q("tell every employer in the country that a lockout is the fastest way to a contract.", "Amrit Gill", PER,
      "NDP labour critic Amrit Gill", "warned", PARTIAL),
    q("Workers have a right to bargain⋯because it’s inconvenient,", "Amrit Gill", PER, "Gill", "said"),
    q("available to meet at any time,", "Western Grain Terminal Employers’ Association", ORG, "The association",
      "said", PARTIAL),
    q("the minute the gates open.", "Grain and Port Workers Local 333", ORG, "the union", "said", PARTIAL),
])

# ---------------------------------------------------------------------------------------------------
# Branch corpus-more4: ten more articles in the manner of the two external sets, six Canadian (``canadian-news``)
# and four US political (``us-politics``), on beats the rules were not written for.
# ---------------------------------------------------------------------------------------------------

# A Globe and Mail provincial campaign story: Ms./Mr. on second reference, a leader's pronoun across a paragraph
# that names his rival, a spokesperson named after "for Ms. X", "which it said", a quote after "She said ...".

doc("ca-globe-02", "canadian-news", [
    q("done their part", "Douglas Kessler", PER, "Mr. Kessler", "said", PARTIAL),
    q("People in this province are not asking for a miracle.⋯sick to their stomach,", "Douglas Kessler", PER,
      "Mr. Kessler", "said"),
    q("We can do that, and we will.", "Douglas Kessler", PER, "Mr. Kessler", "said"),
    q("pay for itself over time.", "Carla Venn", PER, "Ms. Venn", "said", PARTIAL),
    q("not in conflict.", "Douglas Kessler", PER, "Mr. Kessler", "said", PARTIAL),
    q("We found the money for the Highway 158 expansion⋯the money for this,", "Douglas Kessler", PER, "he", "said"),
    q("by people in Kingsford who will never ride it.", "Douglas Kessler", PER, "[He] also took aim", "saying",
      PARTIAL),
    q("a cheque written on somebody else’s account.", "Amira Haddad", PER, "Ms. Haddad", "called", PARTIAL),
    q("Doug Kessler has had four years⋯before election day,", "Amira Haddad", PER, "she", "told"),
    q("People can see what this is.", "Amira Haddad", PER, "she", "told"),
    q("show every dollar.", "Ravi Mehta", PER, "Ravi Mehta", "said", PARTIAL),
    q("a gimmick", "Stephen Okoro", PER, "Liberal Leader Stephen Okoro", "called", PARTIAL),
    q("I’m not going to stand here and tell families their bills should go up,", "Stephen Okoro", PER, "Mr. Okoro",
      "told"),
    q("What I will tell them is that the Premier⋯the answer is them.", "Stephen Okoro", PER, "Mr. Okoro", "told"),
    q("The money doesn’t disappear.⋯your kids’,", "Jonathan Pryor", PER, "Jonathan Pryor", "said"),
    q("some of the highest commercial rates in North America.", "Ontario Small Business Alliance", ORG,
      "which [it] said", "said", PARTIAL),
    q("It’s simple, it’s about your wallet⋯at the door,", "Nadia Ferreira", PER, "Ms. Ferreira", "said"),
    q("The question is whether it moves anybody who wasn’t already voting for him.", "Nadia Ferreira", PER,
      "[She] said the party", None),
    q("My father used to pay more for natural gas than for power. Now it’s the other way around,", "Pieter Van Loon",
      PER, "Mr. Van Loon", "said"),
    q("I’ve heard a lot of promises in this greenhouse,", "Pieter Van Loon", PER, "he", "said"),
])

# A CBC News national story from question period, straight marks: a critic's questions, the minister's answers by
# pronoun, Conservative MPs shouting, "said in French", a named spokesperson for the minister, a company
# statement, an ethics office's unnamed spokesperson, "in an interview with CBC News Network".

doc("ca-cbcnat-02", "canadian-news", [
    q("The minister's former chief of staff walks out the door⋯the contract in June,", "Kelly Brandvold", PER,
      "Conservative defence critic Kelly Brandvold", "said"),
    q("Does the minister really expect Canadians to believe that's a coincidence?", "Kelly Brandvold", PER,
      "Conservative defence critic Kelly Brandvold", "said"),
    q("open, fair and transparent", "Raymond Gallant", PER, "Gallant", "said", PARTIAL),
    q("Mr. Speaker, the member opposite⋯evaluating these bids,", "Raymond Gallant", PER, "he", "said"),
    q("The fairness monitor has said so in writing. I invite her to read the report.", "Raymond Gallant", PER, "he",
      "said"),
    q("If the process was so clean, why won't the minister release the scoring sheets?", "Kelly Brandvold", PER,
      "she", "asked"),
    q("Resign!", "several Conservative MPs", ANON, "Several Conservative MPs", "shouted", PARTIAL),
    q("The workers in Mirabel have been building helicopters⋯why they lost,", "Mathieu Plamondon", PER,
      "Bloc Québécois defence critic Mathieu Plamondon", "said"),
    q("a scandal hiding in plain sight.", "Jasmine Ng", PER, "NDP MP Jasmine Ng", "calling", PARTIAL),
    q("screened from any involvement in the file", "Émilie Roy", PER, "Émilie Roy", "said", PARTIAL),
    q("The minister has never discussed this procurement⋯outside of it,", "Émilie Roy", PER, "Roy", "said"),
    q("had no role whatsoever in the preparation of our bid", "AeroNorth Systems", ORG, "AeroNorth", "said",
      PARTIAL),
    q("on the merits, on price and on schedule.", "AeroNorth Systems", ORG, "AeroNorth", "said", PARTIAL),
    q("I have nothing to hide, and I welcome the commissioner looking at this,", "Raymond Gallant", PER, "he",
      "said"),
    q("Canadians should have confidence in this process. I do.", "Raymond Gallant", PER, "he", "said"),
    q("As a matter of practice, the commissioner does not confirm whether an examination is underway,",
      "a spokesperson", ANON, "the spokesperson", "said"),
    q("full confidence.", "Anne Sorensen", PER, "Prime Minister Anne Sorensen", "said", PARTIAL),
    q("I've got former crew members who are flying machines older than they are,", "Walter Demchuk", PER,
      "Demchuk", "said"),
    q("Whoever builds the next one, they need to get it in the air.", "Walter Demchuk", PER, "Demchuk", "said"),
    q("Every year we lose to a fight in Ottawa⋯waits a little longer,", "Walter Demchuk", PER, "he", "said"),
])

# A Canadian Press story on a First Nations land claim: a written ruling ("found", "wrote"), a chief, an Indian
# agent's letter read from court documents, an elder speaking through his granddaughter's translation, a councillor
# "reached by phone", a minister's statement, a joint statement of two organizations, a railway's email.

doc("ca-cpwire-02", "canadian-news", [
    q("acted in its own interest, not as a fiduciary,", "Miriam Okafor", PER, "Justice Miriam Okafor", "found",
      PARTIAL),
    q("The honour of the Crown is not a figure of speech.⋯it was not met,", "Miriam Okafor", PER, "Okafor", "wrote"),
    q("Our grandparents were told this land would always be ours. They were told that in writing,",
      "Roberta Nanawin", PER, "Nanawin", "said"),
    q("Today a court said what our elders have been saying for 110 years.", "Roberta Nanawin", PER, "Nanawin",
      "said"),
    q("We are not asking for anything that wasn’t already ours,", "Roberta Nanawin", PER, "she", "said"),
    q("a handful of men", "a federal Indian agent", ANON, "a federal Indian agent", "wrote", PARTIAL),
    q("did not understand the terms put to them.", "a federal Indian agent", ANON, "a federal Indian agent", "wrote",
      PARTIAL),
    q("We didn’t need to find a smoking gun. The Department of Indian Affairs kept very good files,",
      "Graham Whitford", PER, "Whitford", "said"),
    q("They wrote down what they were doing, and what they were doing was wrong.", "Graham Whitford", PER, "Whitford",
      "said"),
    q("I waited my whole life to hear a judge say we were right,", "Joseph Keenatch", PER, "he", "said"),
    q("My grandfather did not get to hear it. I heard it for him.", "Joseph Keenatch", PER, "he", "said"),
    q("He told me this morning he was wearing his good jacket whether we won or not,", "Kayla Keenatch", PER, "she",
      "said"),
    q("People were crying, people were hugging. My auntie called me just screaming,", "Terrence Flett", PER,
      "band councillor Terrence Flett", "said"),
    q("reviewing the decision carefully", "Colin Ashdown", PER, "Crown-Indigenous Relations Minister Colin Ashdown",
      "said", PARTIAL),
    q("resolving outstanding claims through negotiation rather than litigation.", "Colin Ashdown", PER,
      "Crown-Indigenous Relations Minister Colin Ashdown", "said", PARTIAL),
    q("should put every federal department on notice.",
      "Manitoba Keewatin Treaty Council and Northern Cree Nations Alliance", ORG,
      "The Manitoba Keewatin Treaty Council and the Northern Cree Nations Alliance", "said", PARTIAL,
      speakers=["Manitoba Keewatin Treaty Council", "Northern Cree Nations Alliance"]),
    q("For too long, Canada has made First Nations prove in court what its own files already show,",
      "Manitoba Keewatin Treaty Council and Northern Cree Nations Alliance", ORG, "the two organizations", "said",
      speakers=["Manitoba Keewatin Treaty Council", "Northern Cree Nations Alliance"]),
    q("respect whatever outcome the parties reach.", "Prairie Northern Railway", ORG, "Prairie Northern Railway",
      "said", PARTIAL),
    q("The first thing I’m going to do is drive up there and read it out loud at the school,", "Roberta Nanawin", PER,
      "she", "said"),
    q("The kids need to hear this in their own community.", "Roberta Nanawin", PER, "she", "said"),
])

# A Toronto Star story on an emergency-room death: a headline quote, a daughter introduced by apposition, a hospital
# CEO's statement, an unnamed physician, a union officer, the health minister, "a spokesperson for the premier’s
# office", an opposition critic, a brother named after "Her brother,".

doc("ca-star-02", "canadian-news", [
    q("She waited nine hours", "Rachel Olsen-Baptiste", PER, None, None, nth=0),
    q("soon.", "Rachel Olsen-Baptiste", PER, "The daughter", "says", PARTIAL, nth=0),
    q("She waited nine hours. Nine⋯with chest pain,", "Rachel Olsen-Baptiste", PER, "Rachel Olsen-Baptiste", "told"),
    q("Every time I went up to the desk⋯She’ll be seen soon.", "Rachel Olsen-Baptiste", PER, "Rachel Olsen-Baptiste",
      "told"),
    q("If my mom said it hurt, it hurt,", "Rachel Olsen-Baptiste", PER, "she", "said"),
    q("She didn’t want to make a fuss.⋯for bothering them.", "Rachel Olsen-Baptiste", PER, "she", "said"),
    q("We are heartbroken by this loss⋯Our staff are devastated,", "Anil Chaudhry", PER, "Chaudhry", "said"),
    q("We triage, we reassess⋯waiting for a day like this,", "an emergency physician", ANON, "the physician", "said"),
    q("We have been saying this would happen.⋯we said it to the ministry,", "Sharon Kiely", PER, "Kiely", "said"),
    q("Nobody should have to die for someone to finally listen.", "Sharon Kiely", PER, "Kiely", "said"),
    q("deeply saddened", "Danielle Carrigan", PER, "Health Minister Danielle Carrigan", "said", PARTIAL),
    q("I have spoken with the hospital’s leadership⋯the coroner’s office,", "Danielle Carrigan", PER, "Carrigan",
      "told"),
    q("If there are lessons here for the whole system, we will learn them.", "Danielle Carrigan", PER, "Carrigan",
      "told"),
    q("working to fill every one of them.", "Danielle Carrigan", PER, "she", "said", PARTIAL),
    q("shares the grief of Ms. Olsen’s family", "a spokesperson", ANON, "A spokesperson for the premier’s office",
      "said", PARTIAL),
    q("run on fumes", "Owen Marchand", PER, "NDP health critic Owen Marchand", "said", PARTIAL),
    q("This minister has been told again and again that Port Calder was in trouble,", "Owen Marchand", PER,
      "Marchand", "said"),
    q("She chose not to act, and now a family is planning a funeral.", "Owen Marchand", PER, "Marchand", "said"),
    q("We want to know exactly what happened in that room⋯dies in it,", "Daniel Olsen", PER, "he", "said"),
    q("I went up and asked⋯the last real conversation we had,", "Rachel Olsen-Baptiste", PER, "she", "said"),
])

# A Financial Post story on a Bank of Canada decision: the bank's rate announcement, the governor at a news
# conference by surname and pronoun, a deputy governor "in French", economists' notes and interviews, the finance
# minister, a critic's "what she called", a mortgage broker.

doc("ca-natpost-02", "canadian-news", [
    q("edged higher", "Bank of Canada", ORG, "the central bank", "said", PARTIAL),
    q("prepared to hold the policy rate at its current level for some time", "Bank of Canada", ORG,
      "the central bank", "said", PARTIAL),
    q("We’ve done a lot already.⋯working its way through the economy,", "Helen Markovic", PER, "Markovic", "said"),
    q("We want to see that play out before we decide whether more is needed.", "Helen Markovic", PER, "Markovic",
      "said"),
    q("clear consensus", "Helen Markovic", PER, "She", "said", PARTIAL),
    q("not there,", "Helen Markovic", PER, "she", "said", PARTIAL),
    q("We’re not going to pre-commit. We never do,", "Helen Markovic", PER, "she", "said"),
    q("If the economy weakens more than we expect, we have room to act.", "Helen Markovic", PER, "she", "said"),
    q("A renewed surge in house prices would complicate our job,", "Luc Thibault", PER, "Thibault", "said"),
    q("The door isn’t closed, but it’s certainly been pulled most of the way shut,", "Andrew Leung", PER,
      "Andrew Leung", "wrote"),
    q("The labour market is doing the bank’s job for it,", "Farah Siddiqui", PER, "Siddiqui", "said"),
    q("I’d be surprised if we don’t see another cut by January.", "Farah Siddiqui", PER, "Siddiqui", "said"),
    q("The governor makes the call on rates.⋯and we will,", "Martin Asante", PER, "Asante", "told"),
    q("spending spree", "Jody Kowalczyk", PER, "Conservative finance critic Jody Kowalczyk", "called", PARTIAL),
    q("The Bank of Canada has run out of road because this government never stopped spending,", "Jody Kowalczyk",
      PER, "she", "said"),
    q("I’ve got people who’ve been waiting since spring for the next cut,", "Gina Ferraro", PER, "Ferraro", "said"),
    q("Today I’m telling them to stop waiting.", "Gina Ferraro", PER, "Ferraro", "said"),
])

# A Reuters trade story run in a Canadian paper: an invented country's commerce ministry and its spokesperson at a
# regular briefing, Canada's trade minister, a growers' council and its president, a premier's post on X, two
# anonymous sources, a minister's unnamed spokesperson, a state-run newspaper's editorial, a think-tank fellow.

doc("ca-reuters-02", "canadian-news", [
    q("substantial damage", "Talmara’s commerce ministry", ORG, "The ministry", "said", PARTIAL),
    q("The decision is based on facts and the law, and it is consistent with international trade rules,",
      "Ardan Vesk", PER, "ministry spokesperson Ardan Vesk", "told"),
    q("Talmara has always been willing to resolve differences⋯sincerity from both sides.", "Ardan Vesk", PER,
      "ministry spokesperson Ardan Vesk", "told"),
    q("separate", "Ardan Vesk", PER, "Vesk", "said", PARTIAL),
    q("unjustified", "Isabelle Fortier", PER, "Canada’s Trade Minister Isabelle Fortier", "called", PARTIAL),
    q("Canadian canola is among the most efficiently produced in the world. It is not dumped, and Talmara knows it,",
      "Isabelle Fortier", PER, "Fortier", "told"),
    q("We will defend our farmers with every tool we have.", "Isabelle Fortier", PER, "Fortier", "told"),
    q("find a negotiated way out of this, and fast.", "Canola Growers Council of Canada", ORG,
      "The Canola Growers Council of Canada", "urged", PARTIAL),
    q("Farmers didn’t start this fight, and they can’t afford to be the ones who pay for it,", "Brenda Hallett", PER,
      "council president Brenda Hallett", "said"),
    q("I’ve said from the beginning that Saskatchewan farmers⋯auto plants in Ontario,", "Curtis Lindqvist", PER,
      "Lindqvist", "wrote"),
    q("That is exactly what is happening.", "Curtis Lindqvist", PER, "Lindqvist", "wrote"),
    q("They were never interested in a deal on canola alone,", "a source familiar with the matter", ANON,
      "one of the sources", "said"),
    q("They want the car tariffs gone.", "a source familiar with the matter", ANON, "one of the sources", "said"),
    q("does not negotiate in public.", "a spokesperson", ANON, "A spokesperson for Fortier", "saying", PARTIAL),
    q("chosen to follow Washington’s lead", "Talmara Daily", ORG, "the state-run Talmara Daily", "said", PARTIAL),
    q("must now accept the consequences of that choice.", "Talmara Daily", ORG, "the state-run Talmara Daily",
      "said", PARTIAL),
    q("No country can expect to close its market to Talmaran products while keeping full access to ours,",
      "Talmara Daily", ORG, "the newspaper", "said"),
    q("Both governments have boxed themselves in,", "Miriam Adeyemi", PER, "Miriam Adeyemi", "said"),
    q("Ottawa can’t drop the EV tariffs⋯thinks it has leverage.", "Miriam Adeyemi", PER, "Miriam Adeyemi", "said"),
])

# A Hill story on a Senate confirmation hearing: `(D-R.I.)` tags, the nominee's exchanges with senators ("replied",
# "asked"), a brief she wrote, a protester, a senator's post on X, an anonymous aide, a group and its president, a
# White House statement.

doc("us-thehill-02", "us-politics", [
    q("follow the law and the science", "Corinne Waverly", PER, "Corinne Waverly", "told", PARTIAL),
    q("I have spent my career on both sides of the regulatory table⋯are not enemies,", "Corinne Waverly", PER,
      "Waverly", "said"),
    q("an unlawful seizure of authority Congress never granted.", "Corinne Waverly", PER, "[she] called", "called",
      PARTIAL),
    q("You wrote that sentence. You argued it in court. Do you still believe it?", "Marcus Dellavalle", PER,
      "Dellavalle", "said"),
    q("Senator, I was representing a client, and that was my client’s position,", "Corinne Waverly", PER, "Waverly",
      "replied"),
    q("I’m not asking about your client. I’m asking about you,", "Marcus Dellavalle", PER, "Dellavalle", "said"),
    q("with an open mind", "Corinne Waverly", PER, "Waverly", "said", PARTIAL),
    q("more transparent with this committee than any EPA nominee I can remember.", "Jim Hollister", PER,
      "Committee Chairman Jim Hollister", "saying", PARTIAL),
    q("She answered every question we sent her.⋯I don’t know what is,", "Jim Hollister", PER, "Hollister", "said"),
    q("Your clients are poisoning our kids!", "a protester", ANON, "a protester in the back of the room", "shouted"),
    q("I accept that the climate is changing and that human activity contributes to it,", "Corinne Waverly", PER,
      "Waverly", "said"),
    q("Is it the main driver?", "Teresa Oyelowo", PER, "Oyelowo", "asked"),
    q("I’m not a climate scientist, Senator, and I’d defer to the agency’s scientists on that,", "Corinne Waverly",
      PER, "Waverly", "said"),
    q("She can’t say it. The nominee to run the EPA can’t say it,", "Teresa Oyelowo", PER, "she", "wrote"),
    q("I want to see her written answers⋯Fine isn’t the bar,", "Ruth Engstrom", PER, "Engstrom", "said"),
    q("put her on the record", "a Senate Democratic aide", ANON, "A Senate Democratic aide", "told", PARTIAL),
    q("The point today was to make her own her words,", "a Senate Democratic aide", ANON, "the aide", "said"),
    q("confirmed every fear", "Clean Air Action Fund", ORG, "The Clean Air Action Fund", "said", PARTIAL),
    q("She came in with a polished answer⋯the one question that matters,", "Aaron Pryce-Mendez", PER,
      "Aaron Pryce-Mendez", "said"),
    q("Corinne Waverly is exactly the kind of experienced, practical leader the EPA needs,", "Dana Lucero", PER,
      "White House spokesperson Dana Lucero", "said"),
])

# An AP state-government story on a governor's veto, straight marks: the veto message ("wrote"), the sponsor, a
# majority leader, a Democrat who will not override, a parents' group's news release, a mother and her husband
# (two Trans), an industry group, a civil liberties group's director, the governor's office and her spokesperson.

doc("us-apgov-02", "us-politics", [
    q("trades one danger for another.", "Linda Haverford", PER, "Haverford", "wrote", PARTIAL),
    q("To keep a 15-year-old off an app⋯no reason to trust,", "Linda Haverford", PER, "Haverford", "wrote"),
    q("That is not a trade Kansans agreed to make.", "Linda Haverford", PER, "Haverford", "wrote"),
    q("a gift to Silicon Valley.", "Todd Brannock", PER, "Republican state Sen. Todd Brannock", "called", PARTIAL),
    q("The governor had a chance to stand with parents today, and she stood with the platforms instead,",
      "Todd Brannock", PER, "Brannock", "said"),
    q("We'll give her another chance in April.", "Todd Brannock", PER, "Brannock", "said"),
    q("without much trouble", "Carl Voss", PER, "Senate Majority Leader Carl Voss", "told", PARTIAL),
    q("I voted yes because I'm a mom⋯to our kids,", "Angela Moreno", PER, "Moreno", "said"),
    q("But I've read the veto message⋯voting to override.", "Angela Moreno", PER, "Moreno", "said"),
    q("turned her back on families who have buried their children.", "Kansas Parents for Safe Screens", ORG,
      "Kansas Parents for Safe Screens", "said", PARTIAL),
    q("I don't want anyone's face scanned. I want my son back,", "Melissa Tran", PER, "Tran", "said"),
    q("Since I can't have that, I want the next mother to have a fighting chance.", "Melissa Tran", PER, "Tran",
      "said"),
    q("We'll be sitting in the gallery. We want them to look at us when they vote,", "Kevin Tran", PER, "he", "said"),
    q("almost certainly unconstitutional", "Digital Commerce Council", ORG, "The Digital Commerce Council", "said",
      PARTIAL),
    q("Age verification sounds simple⋯who reads what online,", "Priya Natarajan", PER, "Priya Natarajan", "said"),
    q("That database will be hacked. It's a question of when.", "Priya Natarajan", PER, "Priya Natarajan", "said"),
    q("roughly evenly split.", "Haverford's office", ORG, "Haverford's office", "said", PARTIAL),
    q("not counting votes, she's reading bills.", "Jordan Reyes", PER, "Haverford spokesperson Jordan Reyes", "said",
      PARTIAL),
    q("Every parent in this state knows the problem,", "Todd Brannock", PER, "he", "said"),
    q("The governor's the only one who thinks the answer is to wait.", "Todd Brannock", PER, "he", "said"),
])

# An NPR web story on a state ballot measure: present-tense "says", the reporter in the first person, a server, a
# campaign director after "says", a restaurant owner by surname and pronoun, a server quoting customers, a server
# in an opposition ad, "calls", an economist.

doc("us-npr-02", "us-politics", [
    q("On a good Saturday, I do fine.⋯I go home with gas money,", "Luz Carrillo", PER, "Carrillo", "says"),
    q("You can't plan a life on that.", "Luz Carrillo", PER, "Carrillo", "says"),
    q("Nobody else in this state has their paycheck⋯in a good mood,", "Rosa Delahunt", PER, "Rosa Delahunt", "says"),
    q("This is about a floor. Tips go on top of the floor, the way they do in California.", "Rosa Delahunt", PER,
      "Rosa Delahunt", "says"),
    q("I'm not going to pretend I can eat that. Nobody in this business can,", "Greg Anagnostou", PER, "Anagnostou",
      "says"),
    q("So menu prices go up⋯Probably all three.", "Greg Anagnostou", PER, "Anagnostou", "says"),
    q("Ask my servers what they want.⋯the system we have,", "Greg Anagnostou", PER, "he", "says"),
    q("People already ask me⋯make less, not more,", "Kayla Benson", PER, "she", "says"),
    q("sounds nice, but it'll cost me my job.", "a server", ANON, "[a server] who tells", "tells", PARTIAL),
    q("a scare campaign paid for by the people who benefit from the status quo.", "Rosa Delahunt", PER, "Delahunt",
      "calls", PARTIAL),
    q("Every time a state does this, the industry says the sky is going to fall,", "Rosa Delahunt", PER, "she",
      "says"),
    q("Then it doesn't.", "Rosa Delahunt", PER, "she", "says"),
    q("What we can say is that the doomsday scenarios haven't shown up in the data,", "Dana Whitcombe", PER,
      "Whitcombe", "says"),
    q("What we can't say is that there are no costs. There are always costs.", "Dana Whitcombe", PER, "Whitcombe",
      "says"),
    q("I've seen things win and then get tied up in court for years,", "Luz Carrillo", PER, "she", "says"),
    q("I'll believe it when I see it on my check.", "Luz Carrillo", PER, "she", "says"),
])

# A CNN web story on a White House briefing: a sentence-case headline quote, the press secretary and a reporter's
# question, an anonymous official "telling CNN", a governor "told CNN’s X in an interview", the president's post on
# X ("the president posted"), a joint statement of two senators, a Republican senator, a FEMA spokesperson.

doc("us-cnn-02", "us-politics", [
    q("punishing", "Elena Marquez", PER, "governor", "accuses", PARTIAL, nth=0),
    q("accountability for taxpayer dollars", "White House", ORG, "The White House", "insisting", PARTIAL),
    q("serious questions", "Karina Doyle", PER, "White House press secretary Karina Doyle", "told", PARTIAL),
    q("This is not political.⋯very clear about that,", "Karina Doyle", PER, "Doyle", "said"),
    q("have to get back to you on that.", "Karina Doyle", PER, "Doyle", "said", PARTIAL),
    q("So Oregon is the only one?", "one reporter", ANON, "one reporter", "asked"),
    q("I said I’d get back to you,", "Karina Doyle", PER, "Doyle", "replied"),
    q("started months before any lawsuit.", "a White House official", ANON, "A White House official", "telling",
      PARTIAL),
    q("punishing", "Elena Marquez", PER, "Marquez", "accused", PARTIAL, nth=1),
    q("There are people in Tamarack County⋯waiting for this money,", "Elena Marquez", PER, "Marquez", "told"),
    q("They didn’t sue anybody. I did.⋯he knows where to find me.", "Elena Marquez", PER, "Marquez", "told"),
    q("We have nothing to hide. Show us the question and we will answer it,", "Elena Marquez", PER, "she", "said"),
    q("Oregon has wasted BILLIONS⋯where the money went!", "Raymond Caldwell", PER, "the president", "posted"),
    q("They don’t clean the floors of the forests⋯look at every dollar,", "Raymond Caldwell", PER, "Caldwell", "said"),
    q("illegal, cruel and transparently political.", "Paul Lindgren and Mary Takahashi", PER,
      "Oregon’s two senators", "said", PARTIAL, speakers=["Paul Lindgren", "Mary Takahashi"]),
    q("Congress appropriated this money⋯which survivors deserve it,", "Paul Lindgren and Mary Takahashi", PER,
      "Sens. Paul Lindgren and Mary Takahashi", "said", speakers=["Paul Lindgren", "Mary Takahashi"]),
    q("sooner rather than later.", "Dean Hollis", PER, "Sen. Dean Hollis", "told", PARTIAL),
    q("I understand the White House wants answers.⋯to work too,", "Dean Hollis", PER, "Hollis", "said"),
    q("continues to support Oregon’s recovery", "a FEMA spokesperson", ANON, "A FEMA spokesperson", "said", PARTIAL),
    q("The president’s door is always open,", "Karina Doyle", PER, "she", "said"),
])


# ---------------------------------------------------------------------------------------------------
# Branch corpus-more5: eight more articles in the manner of the two external sets, four US political
# (``us-politics``) and four Canadian (``canadian-news``), on beats the corpus did not have, annotated before the
# engine was run on them.
# ---------------------------------------------------------------------------------------------------

# A Politico story on a Senate primary debate: a moderator's question and the candidates' replies, "He accused X of
# “...” and said ... “...”", a super PAC's memo obtained by the outlet, the president's "called" and "said he would",
# "A person close to the X campaign", a campaign manager in the spin room, a spokeswoman's statement after a colon,
# a rival's post on X, a senator's office.

doc("us-politico-03", "us-politics", [
    q("I’m not going to apologize for standing up for the people who grow this country’s food,", "Dale Pruett", PER,
      "Pruett", "said"),
    q("If that makes me a squish in Washington, so be it.", "Dale Pruett", PER, "Pruett", "said"),
    q("going soft on China", "Brent Vandermeer", PER, "He", "accused", PARTIAL),
    q("handed Beijing a talking point.", "Brent Vandermeer", PER, "He", "said", PARTIAL),
    q("Dale has spent 14 years in state government.⋯about trade,", "Brent Vandermeer", PER, "Vandermeer", "said"),
    q("Yes or no, Mr. Vandermeer?", "Janine Kopp", PER, "Kopp", "asked"),
    q("Yes. Without hesitation. The president is playing chess, and Dale is playing checkers,", "Brent Vandermeer",
      PER, "Vandermeer", "replied"),
    q("can’t eat a negotiating strategy.", "Dale Pruett", PER, "Pruett", "said", PARTIAL),
    q("I’ll tell you who’s playing games. It’s the guy who moved here from Virginia four years ago,", "Dale Pruett",
      PER, "he", "said"),
    q("the last obstacle between Montana and a real America First senator.", "Big Sky Freedom Fund", ORG,
      "An internal memo from the group", "describes", PARTIAL),
    q("great guys", "Harlan", PER, "Harlan", "called", PARTIAL),
    q("very soon.", "Harlan", PER, "[Harlan] called", "said", PARTIAL),
    q("They’ve been told to sit tight, and so have we,", "a person close to the Pruett campaign", ANON, "the person",
      "said"),
    q("I’m not selling one acre of Montana. Not one,", "Brent Vandermeer", PER, "Vandermeer", "said"),
    q("a cute line from a guy who has never had to balance a budget.", "Dale Pruett", PER, "Pruett", "called",
      PARTIAL),
    q("lost his cool", "Colt Reasoner", PER, "Colt Reasoner", "told", PARTIAL),
    q("Brent Vandermeer can’t name three counties in this state.⋯one policy either.", "Abby Stenerson", PER,
      "Pruett spokeswoman Abby Stenerson", "fired back"),
    q("Whoever wins this primary is going to spend the summer⋯bankrupting Montana farms,", "Renee Whitehorse", PER,
      "Whitehorse", "wrote"),
    q("focused on finishing the job.", "Tillotson’s office", ORG, "his office", "said", PARTIAL),
    q("If I wanted an easy race, I’d have run for something else,", "Dale Pruett", PER, "he", "said"),
])

# An AP sentencing of a former Senate leader, straight marks: the judge ("told Kimbrough", "she said" after the
# defendant's apology, a recording quoted inside her quote), a prosecutor, the defense attorney, a former governor's
# letter ("who wrote"), the defendant's statement, the U.S. attorney's statement ("the statement said" after another
# "statement"), a joint statement of two leaders, a governor's spokesman, a watchdog, an unnamed daughter.

doc("us-ap-03", "us-politics", [
    q("sold the one thing that was never his to sell", "Helen Castellanos", PER,
      "U.S. District Judge Helen Castellanos", "said", PARTIAL),
    q("You were trusted by the people of your district for 22 years.⋯their leader,", "Helen Castellanos", PER,
      "Castellanos", "told"),
    q("And you treated that trust as a line of credit.", "Helen Castellanos", PER, "Castellanos", "told"),
    q("not one ounce of remorse", "Naomi Feld", PER, "Assistant U.S. Attorney Naomi Feld", "told", PARTIAL),
    q("He lied to the FBI, he lied to his colleagues and he lied to this jury,", "Naomi Feld", PER, "Feld", "said"),
    q("The only thing he hasn't done is tell the truth.", "Naomi Feld", PER, "Feld", "said"),
    q("This is a man who spent two decades⋯not nothing, Your Honor,", "Martin Ebersole", PER, "Ebersole", "said"),
    q("the hardest-working legislator I ever dealt with, in either party.", "Patricia Lund", PER,
      "former Gov. Patricia Lund", "wrote", PARTIAL),
    q("I made mistakes. I trusted people I shouldn't have trusted,", "Rodney Kimbrough", PER, "he", "said"),
    q("But I have never in my life taken a dollar to change a vote.", "Rodney Kimbrough", PER, "he", "said"),
    q("Mr. Kimbrough, the jury heard the recordings. I heard the recordings,", "Helen Castellanos", PER, "she",
      "said"),
    q("'Put me down for the usual' is not a consulting agreement.", "Helen Castellanos", PER, "she", "said"),
    q("We think there are serious issues⋯raise every one of them,", "Martin Ebersole", PER, "he", "said"),
    q("sends a clear message to anyone in public office who thinks their vote is for sale.", "Carla Whitfield", PER,
      "U.S. Attorney Carla Whitfield", "said", PARTIAL),
    q("Public corruption is not a victimless crime.⋯this license was sold,", "Carla Whitfield", PER,
      "the statement", "said"),
    q("a painful chapter for this institution.", "Beth Hanratty and Luis Arceneaux", PER,
      "Senate Majority Leader Beth Hanratty and Senate Minority Leader Luis Arceneaux", "said", PARTIAL,
      speakers=["Beth Hanratty", "Luis Arceneaux"]),
    q("respects the court's decision", "Eli Brandt", PER, "Eli Brandt", "said", PARTIAL),
    q("Six years sounds like a lot⋯writes the ethics rules,", "Julie Amundsen", PER, "she", "said"),
    q("He's still my dad,", "one of Kimbrough's daughters", ANON, "she", "said"),
    q("That's all I'm going to say.", "one of Kimbrough's daughters", ANON, "she", "said"),
])

# A New York Times story on a school-board vote: Mr./Ms. on second reference, a board president after "said" with
# a long apposition, a dissenting member in an interview and by pronoun, a lawyer's words reported by him ("had been
# told it was"), "what she called" under a long apposition, a student who uses they/them ("Mx. Palmer", "they
# said"), a shout from the audience, a union's statement, "said the lawyer, X", a secretary's post on X, a state
# senator's reply.

doc("us-nyt-03", "us-politics", [
    q("This is about one simple idea: Parents are not the enemy,", "Gail Brennaman", PER, "Gail Brennaman", "said"),
    q("If my daughter is going through something that big⋯a right to know.", "Gail Brennaman", PER,
      "Gail Brennaman", "said"),
    q("I’ve been on this board nine years. We used to fight about bus routes,", "Victor Osei", PER, "Mr. Osei",
      "said"),
    q("Now I’ve got people from three states away telling me I’m a groomer.", "Victor Osei", PER, "Mr. Osei",
      "said"),
    q("a coin flip.", "Victor Osei", PER, "He", "said", PARTIAL),
    q("two of the best constitutional lawyers in the state", "Gail Brennaman", PER, "She", "said", PARTIAL),
    q("indoctrination dressed up as wellness.", "Tricia Vandenberg", PER, "Tricia Vandenberg", "called", PARTIAL),
    q("We were told to trust the experts,", "Tricia Vandenberg", PER, "Ms. Vandenberg", "said"),
    q("Well, I’m the expert on my kids.", "Tricia Vandenberg", PER, "Ms. Vandenberg", "said"),
    q("That teacher gave me two years to figure out how to say it to my mom,", "Ezra Palmer", PER, "they", "said"),
    q("You’re taking those two years away from kids who don’t have a mom like mine.", "Ezra Palmer", PER, "they",
      "said"),
    q("Sit down!", "a man near the back of the room", ANON, "a man near the back of the room", "shouted", PARTIAL),
    q("clear guidance, not a press release.", "Karen Lutz", PER, "Karen Lutz", "told", PARTIAL),
    q("will follow the law, and we will not abandon our students.", "Linden Area Education Association", ORG,
      "The Linden Area Education Association", "said", PARTIAL),
    q("Nobody went into teaching to be an informant,", "Dale Kistler", PER, "Mr. Kistler", "said"),
    q("We have clients lined up, and the board was warned, in writing, more than once,", "Miriam Achterberg", PER,
      "Miriam Achterberg", "said"),
    q("They went ahead anyway.", "Miriam Achterberg", PER, "Miriam Achterberg", "said"),
    q("a political stunt that puts children at risk,", "Darnell Whitby", PER, "Darnell Whitby", "wrote", PARTIAL),
    q("Secretary Whitby runs a department. He doesn’t run the Linden Area School Board,", "Lyle Ambrose", PER,
      "Mr. Ambrose", "said"),
    q("I don’t think anybody in that room is a bad person.⋯the other side is,", "Victor Osei", PER, "he", "said"),
])

# A Fox News Digital story on an overdose crisis in a small city, straight marks: a headline quote after "sheriff
# blames border:", "told Fox News Digital", "Some people, he said,", a mayor's quote with nested quotes, "A
# spokesperson for the governor's office", a congressman's post on X, a mother by surname and pronoun, a police
# department's Facebook post, an anonymous federal official, a health commissioner.

doc("us-fox-03", "us-politics", [
    q("We're burying kids every week", "Wade Tolliver", PER, "sheriff", None, nth=0),
    q("We're burying kids every week. I've been doing this job 26 years and I have never seen anything like it,",
      "Wade Tolliver", PER, "Harmon County Sheriff Wade Tolliver", "told"),
    q("This stuff is coming across the southern border by the ton, and it ends up right here on Main Street.",
      "Wade Tolliver", PER, "Harmon County Sheriff Wade Tolliver", "told"),
    q("We'll bring somebody back at 2 in the afternoon and we'll be back at the same house by midnight,",
      "Wade Tolliver", PER, "he", "said"),
    q("When somebody finally says, 'I'm ready,'⋯we've lost them,", "Denise Carrow", PER, "Carrow", "said"),
    q("in close contact with local leaders", "a spokesperson", ANON, "A spokesperson for the governor's office",
      "told", PARTIAL),
    q("the direct result of four years of open borders.", "Brad Yeager", PER, "Rep. Brad Yeager", "said", PARTIAL),
    q("Every one of these deaths is preventable,", "Brad Yeager", PER, "Yeager", "wrote"),
    q("Secure the border, shut down the cartels' supply lines and give our sheriffs the resources they need.",
      "Brad Yeager", PER, "Yeager", "wrote"),
    q("He was funny, he was stubborn and he was trying so hard,", "Lisa Harrod", PER, "Harrod", "told"),
    q("He had 90 days clean. One pill. That's all it took.", "Lisa Harrod", PER, "Harrod", "told"),
    q("If one kid hears my story and doesn't take that pill, then Caleb's death means something,", "Lisa Harrod",
      PER, "she", "said"),
    q("are almost certainly fentanyl.", "Ashby Falls Police Department", ORG, "The Ashby Falls Police Department",
      "warned", PARTIAL),
    q("We've got guys driving 1,800 miles with 10,000 pills in a spare tire,", "a federal law enforcement official",
      ANON, "the official", "said"),
    q("You can arrest every dealer in Harmon County tomorrow and there'll be new ones by Friday,", "Anil Rao", PER,
      "Rao", "said"),
    q("The demand is the problem. We need treatment beds.", "Anil Rao", PER, "Rao", "said"),
    q("I'm a cop. I'm not a doctor,", "Wade Tolliver", PER, "he", "said"),
    q("But I know what I'm seeing, and I know we can't arrest our way out of it by ourselves.", "Wade Tolliver", PER,
      "he", "said"),
])

# A Canadian Press story on a pipeline hearing: a headline quote ("..., First Nation chief tells regulator"), a chief
# before the panel and by pronoun (a nested quote of the company's assessment), a company vice-president and "the
# company said", a hereditary chief "said through the interpreter", a lead commissioner, a minister "said in
# French", a critic's post on X, a joint statement of a chamber of commerce and a union local, a gillnetter, a
# campaigner by pronoun, a provincial minister's spokesperson, the CP sign-off.

doc("ca-cp-03", "canadian-news", [
    q("cut our territory in half,", "Marlene Tsakwa", PER, "First Nation chief", "tells", PARTIAL),
    q("This line would cut our territory in half.⋯sign away the river,", "Marlene Tsakwa", PER,
      "Chief Marlene Tsakwa", "told"),
    q("We are not here to negotiate. We are here to say no.", "Marlene Tsakwa", PER, "Chief Marlene Tsakwa", "told"),
    q("They wrote it down themselves,", "Marlene Tsakwa", PER, "she", "said"),
    q("Thirty-one streams. Then they wrote⋯to my grandchildren.", "Marlene Tsakwa", PER, "she", "said"),
    q("We have listened, and we have changed this project because of what we heard,", "Gordon Fairweather", PER,
      "Fairweather", "said"),
    q("The route in front of you today is not the route we started with.", "Gordon Fairweather", PER, "Fairweather",
      "said"),
    q("committed to earning the support", "Coastal Meridian Pipelines Ltd.", ORG, "the company", "said", PARTIAL),
    q("When I was a boy, you could hear the fish in the river at night,", "Walter Nakwala", PER, "Nakwala", "said"),
    q("Now my great-grandchildren have to be told what that sounded like.", "Walter Nakwala", PER, "Nakwala",
      "said"),
    q("the same weight as any expert report.", "Lucie Marchessault", PER, "Lead Commissioner Lucie Marchessault",
      "said", PARTIAL),
    q("The process exists for a reason, and I’m going to let it work,", "Jean-Philippe Caron", PER, "Caron",
      "said"),
    q("dragging their feet", "Travis Langford", PER, "Conservative natural resources critic Travis Langford",
      "accused", PARTIAL),
    q("Every month this sits in a hearing room is a month our gas isn’t getting to market,", "Travis Langford", PER,
      "Langford", "wrote"),
    q("a generation of good-paying work", "Naskwa Landing and District Chamber of Commerce and Pipefitters Local 488",
      ORG, "The Naskwa Landing and District Chamber of Commerce and Pipefitters Local 488", "said", PARTIAL,
      speakers=["Naskwa Landing and District Chamber of Commerce", "Pipefitters Local 488"]),
    q("I’ve got nothing against jobs. My son works in the camps,", "Ron Baptiste", PER, "Ron Baptiste", "said"),
    q("But you only get one river. You don’t get a spare.", "Ron Baptiste", PER, "Ron Baptiste", "said"),
    q("The company is asking the panel to trust a computer model.⋯watching this river,", "Kira Holloway", PER, "she",
      "said"),
    q("will not take a position while the federal review is underway.", "a spokesperson", ANON,
      "A spokesperson for B.C. Energy Minister Baljit Grewal", "said", PARTIAL),
    q("We have won there before,", "Marlene Tsakwa", PER, "she", "said"),
])

# A CBC New Brunswick story on a health minister's resignation, straight marks: a deck quote ("Premier says"), the
# minister's Facebook post ("wrote", "she wrote" at the end past other women), the premier "told reporters", an
# auditor general's report and her remarks, the Opposition leader "said in French", a union president "in an
# interview with CBC News", a company statement, a senior official who "they were not authorized", a political
# scientist.

doc("ca-cbc-03", "canadian-news", [
    q("with regret", "Gordon MacLellan", PER, "Premier", "says", PARTIAL, nth=0),
    q("I have always said that the minister is responsible⋯and I meant it,", "Nathalie Comeau-Léger", PER,
      "Comeau-Léger", "wrote"),
    q("I did not know about these invoices. But I should have known, and that is on me.", "Nathalie Comeau-Léger",
      PER, "Comeau-Léger", "wrote"),
    q("with regret", "Gordon MacLellan", PER, "Premier Gordon MacLellan", "said", PARTIAL, nth=1),
    q("Nathalie is a person of great integrity. She did the honourable thing,", "Gordon MacLellan", PER,
      "MacLellan", "told"),
    q("But let's be clear: the problems⋯to the bottom of them.", "Gordon MacLellan", PER, "MacLellan", "told"),
    q("the same day everybody else did.", "Gordon MacLellan", PER, "MacLellan", "said", PARTIAL),
    q("no reliable way of knowing", "Céline Boudreau", PER, "Auditor General Céline Boudreau's report", "said",
      PARTIAL),
    q("We found invoices for night shifts at an emergency department that was closed that night,", "Céline Boudreau",
      PER, "Boudreau", "told"),
    q("This resignation doesn't answer a single question,", "Rachelle Thériault", PER, "Thériault", "said"),
    q("Who approved this contract, who knew what, and when?", "Rachelle Thériault", PER, "Thériault", "said"),
    q("Our members were working doubles⋯makes people angry,", "Tanya LeBlanc", PER, "LeBlanc", "said"),
    q("disputes several of the auditor general's findings", "Maritime Staffing Solutions", ORG,
      "Maritime Staffing Solutions", "said", PARTIAL),
    q("It was made clear to her that it was time,", "a senior government official", ANON, "the official", "said"),
    q("In this province, health care is the whole ballgame.⋯but not that,", "Jamie Richard", PER, "Jamie Richard",
      "said"),
    q("I will keep serving the people who sent me here, as I have for five years,", "Nathalie Comeau-Léger", PER,
      "she", "wrote"),
])

# A Globe and Mail story on an RCMP search of a city hall: an investigator's warrant application ("wrote in the
# application"), the mayor's statement released by his lawyer ("the statement said"), Ms./Mr. on second reference,
# an RCMP staff sergeant "in an e-mail", two unnamed sources and "the source", a councillor, a developer's
# statement, a minister by pronoun, a deputy mayor reporting the mayor's agreement, a resident with her age.

doc("ca-globe-03", "canadian-news", [
    q("reasonable grounds to believe", "an RCMP investigator", ANON, "An RCMP investigator", "wrote", PARTIAL),
    q("used his office to confer a benefit", "an RCMP investigator", ANON, "An RCMP investigator", "wrote", PARTIAL),
    q("never once", "Doug Rennick", PER, "Mr. Rennick", "said", PARTIAL),
    q("I have co-operated with every request⋯continue to do so,", "Doug Rennick", PER, "the statement", "said"),
    q("I look forward to clearing my name.", "Doug Rennick", PER, "the statement", "said"),
    q("Every one of those trips is in the mayor’s disclosure statements.⋯could have read them,", "Harriet Voss", PER,
      "Ms. Voss", "said"),
    q("As this is an active investigation⋯who may be involved,", "Kim Tran", PER, "Staff Sgt. Tran", "said"),
    q("This didn’t come from the outside. It came from people who work in that building,",
      "a source with knowledge of the investigation", ANON, "the source", "said"),
    q("vindicated, and sick about it.", "Priya Chandran", PER, "Councillor Priya Chandran", "said", PARTIAL),
    q("I asked the questions. I was told I was being paranoid and political,", "Priya Chandran", PER, "Ms. Chandran",
      "said"),
    q("I would much rather have been wrong.", "Priya Chandran", PER, "Ms. Chandran", "said"),
    q("at fair market value, through a public process,", "Harbourline Developments Ltd.", ORG, "Harbourline", "said",
      PARTIAL),
    q("well known and never hidden.", "Harbourline Developments Ltd.", ORG, "Harbourline", "said", PARTIAL),
    q("watching closely", "Lena Marchuk", PER, "Municipal Affairs Minister Lena Marchuk", "told", PARTIAL),
    q("The people of Kellsford deserve a council they can trust⋯worried today,", "Lena Marchuk", PER, "she", "said"),
    q("But there is a process, and it has to be allowed to run.", "Lena Marchuk", PER, "she", "said"),
    q("for the time being.", "Colin Ferreira", PER, "Deputy Mayor Colin Ferreira", "said", PARTIAL),
    q("Nobody around that table is happy about any of this. We’ll get through it,", "Colin Ferreira", PER,
      "Mr. Ferreira", "said"),
    q("I’m not going to say he’s guilty.⋯in those boxes,", "Gwen Thorsteinson", PER, "she", "said"),
])

# A Toronto Star feature on a refugee sponsorship freeze: a sentence-case headline quote, present-tense "says" (also
# "says Desai" inverted), a father who "said in Arabic" with his daughter translating, the daughter by first name
# and "she says", a minister's unnamed spokesperson, two critics in one sentence ("..., while ... said"), a joint
# letter of "More than 40 sponsorship groups", an agency director, a mayor, the sponsor's "she says" at the end.

doc("ca-star-03", "canadian-news", [
    q("We have the house. We have the money. We just don’t have the family", "Margaret Dunlop", PER, None, None,
      nth=0),
    q("We have the house. We have the money. We just don’t have the family,", "Margaret Dunlop", PER,
      "Margaret Dunlop", "says"),
    q("Every week someone at the coffee hour asks me if there’s news, and every week I say no.", "Margaret Dunlop",
      PER, "Margaret Dunlop", "says"),
    q("My brother calls me every night. Every night he asks, ‘Is there a date?’", "Khaled Mansour", PER, "Mansour",
      "said"),
    q("What do I tell him? I don’t have an answer.", "Khaled Mansour", PER, "Mansour", "said"),
    q("People here didn’t know anything about us. They learned,", "Lina", PER, "she", "says"),
    q("Now my uncle’s kids could have that too.", "Lina", PER, "she", "says"),
    q("remains committed", "a spokesperson", ANON, "A spokesperson for Immigration Minister Farida Osmani", "said",
      PARTIAL),
    q("temporary.", "a spokesperson", ANON, "A spokesperson for Immigration Minister Farida Osmani", "said", PARTIAL),
    q("Canadians have shown extraordinary generosity⋯months, not years,", "a spokesperson", ANON, "the spokesperson",
      "said"),
    q("lost control", "Gord Pellerin", PER, "Conservative immigration critic Gord Pellerin", "said", PARTIAL),
    q("punishes the very Canadians who are doing the government’s job for it.", "Leah Okonkwo", PER,
      "NDP immigration critic Leah Okonkwo", "said", PARTIAL),
    q("losing faith", "more than 40 sponsorship groups", ANON, "More than 40 sponsorship groups", "warned", PARTIAL),
    q("Small towns have gotten very good at this,", "Ravi Desai", PER, "Desai", "says"),
    q("Some of them have done it five or six times.⋯when you call.", "Ravi Desai", PER, "Desai", "says"),
    q("We’ve got jobs going begging at the mill and at the hospital.⋯come here and work,", "Don Kerrigan", PER,
      "Kerrigan", "says"),
    q("We’ll wait,", "Margaret Dunlop", PER, "she", "says"),
    q("We’re Anglicans. We’re good at waiting.", "Margaret Dunlop", PER, "she", "says"),
])

# ---------------------------------------------------------------------------------------------------
# Branch corpus-more6: eight more articles in the manner of the two external sets, four Canadian
# (``canadian-news``) and four US political (``us-politics``), on beats the rules were not written for, annotated
# before the engine was run on them.
# ---------------------------------------------------------------------------------------------------

# A CBC regional story on a provincial teachers' strike, straight marks: a deck quote in single marks holding an
# apostrophe ('can't find'), a union president, the minister by surname and pronoun, "he said only that", "The
# Opposition's education critic, X,", a picket sign, a parent's Facebook post after a colon, a school division's
# statement, "told CBC News" then "he said", "she said in French" after an interview with Radio-Canada.

doc("ca-cbc-04", "canadian-news", [
    q("can't find", "Renée Lavallée", PER, "minister", "says", PARTIAL, nth=0),
    q("Nobody in this union wanted to be standing on a sidewalk in October,", "Colleen Barkman", PER,
      "federation president Colleen Barkman", "told"),
    q("But we have been at the table for 14 months⋯a cap on class sizes.", "Colleen Barkman", PER,
      "federation president Colleen Barkman", "told"),
    q("That's not a complaint about workload. That's a complaint about what kids are getting,", "Colleen Barkman",
      PER, "she", "said"),
    q("fair and generous", "Renée Lavallée", PER, "Education Minister Renée Lavallée", "said", PARTIAL),
    q("We were prepared to keep talking⋯a strike than a deal,", "Renée Lavallée", PER, "Lavallée", "said"),
    q("simply can't find,", "Renée Lavallée", PER, "She", "said", PARTIAL),
    q("disappointed", "Tom Beaulieu", PER, "Premier Tom Beaulieu", "said", PARTIAL),
    q("I'm not going to negotiate through the media⋯the fastest way to get there is a deal,", "Tom Beaulieu", PER,
      "Beaulieu", "said"),
    q("every option is always on the table for a government.", "Tom Beaulieu", PER, "he", "said", PARTIAL),
    q("run right into the wall.", "Jasmine Sandhu", PER, "Jasmine Sandhu", "said", PARTIAL),
    q("They had a year to deal with this.⋯how much they love teachers,", "Jasmine Sandhu", PER, "Sandhu", "said"),
    q("I've got 31 kids in a Grade 8 science class and 24 desks. Some of them sit on the counter by the sink,",
      "Marc Tétreault", PER, "Marc Tétreault", "said"),
    q("I took today off.⋯for so long,", "Jen Makowski", PER, "Makowski", "said"),
    q("Teachers knew what the job was when they signed up. My kids didn't sign up for this.", "one parent", ANON,
      "one parent", "wrote"),
    q("may be delayed.", "Red River Valley School Division", ORG, "The Red River Valley School Division", "said",
      PARTIAL),
    q("Governments can always find another half a per cent.⋯very hard to take back,", "Dale Szymanski", PER, "he",
      "said"),
    q("The offer on the table is a good offer. It is not the last word,", "Renée Lavallée", PER, "she", "said"),
    q("My university applications are due in January⋯what I'm sending them,", "Aiden Fontaine", PER, "he", "said"),
    q("We're not hard to find. We're right here,", "Colleen Barkman", PER, "she", "said"),
], not_quotes=["Class size is a kids' issue."])

# A Canadian Press story on Arctic sovereignty: a Danish minister by role ("the Danish minister said"), Greenland's
# minister "said in Greenlandic through an interpreter", a joint statement ("the two ministers said"), a State
# Department spokesperson's emailed statement, a senior U.S. official on condition of anonymity, a hunter "said in
# Inuktitut, with his daughter, Martha, translating" and the daughter's "she said", "what he called", a post on X,
# an analyst's quote after a sentence naming him, "With files from".

doc("ca-cp-04", "canadian-news", [
    q("The Arctic is not an empty space on a map.⋯thousands of years,", "Nadia Castonguay", PER, "Castonguay",
      "said"),
    q("What we are doing today⋯actually present in them.", "Nadia Castonguay", PER, "Castonguay", "said"),
    q("practical questions, not legal ones", "Søren Lykkegaard", PER, "Lykkegaard", "said", PARTIAL),
    q("Canada and Denmark have disagreed⋯We intend to keep doing that,", "Søren Lykkegaard", PER,
      "the Danish minister", "said"),
    q("asking for this for a long time.", "Aviaja Kleist", PER, "Aviaja Kleist", "said", PARTIAL),
    q("the monitoring of increasing commercial and foreign traffic.", "Nadia Castonguay and Søren Lykkegaard", PER,
      "the two ministers", "said", PARTIAL, speakers=["Nadia Castonguay", "Søren Lykkegaard"]),
    q("The United States respects the close partnership between Canada and Denmark,", "Ryan Whitford", PER,
      "State Department spokesperson Ryan Whitford", "said"),
    q("Our view on the legal status⋯navigational rights of any country.", "Ryan Whitford", PER,
      "State Department spokesperson Ryan Whitford", "said"),
    q("We’d rather be inside the tent on this,", "a senior U.S. official", ANON, "the official", "said"),
    q("There’s going to be a lot more traffic⋯going to be friendly.", "a senior U.S. official", ANON, "the official",
      "said"),
    q("not up for discussion with any country, including our closest ally.", "Nadia Castonguay", PER, "Castonguay",
      "said", PARTIAL),
    q("Last summer I saw a ship I didn’t recognize sitting out past the floe edge for three days,", "Jonah Kanayuk",
      PER, "Kanayuk", "said"),
    q("Nobody came. Nobody asked it what it was doing.", "Jonah Kanayuk", PER, "Kanayuk", "said"),
    q("It’s good they’re signing papers. Now we want to see the boats,", "Martha", PER, "she", "said"),
    q("a real role, not a ceremonial one,", "Lucy Anaviapik", PER, "Nunavut Premier Lucy Anaviapik", "said",
      PARTIAL),
    q("Inuit have been the Arctic’s eyes and ears for generations, and most of the time we did it for free,",
      "Lucy Anaviapik", PER, "Anaviapik", "said"),
    q("gaping hole", "Dean Marchuk", PER, "Conservative foreign affairs critic Dean Marchuk", "called", PARTIAL),
    q("A handshake in Kangirluk⋯and so do the Russians,", "Dean Marchuk", PER, "Marchuk", "wrote"),
    q("Washington says the same thing every time⋯they want in,", "Adam Lefebvre", PER, "he", "said"),
    q("I’ll be out there anyway,", "Jonah Kanayuk", PER, "he", "said"),
])

# A Globe and Mail Quebec story on a municipal scandal: Ms./Mr. on second reference, "told reporters ..., speaking
# in French", a mayor's Facebook statement ("the statement said"), "His lawyer, X, called", a police unit's named
# spokesperson, an e-mail obtained by The Globe ("warned", "wrote"), a company's brief statement, a councillor
# "said in English", residents chanting in French, a question and a one-word answer at council ("she asked in
# French", "he replied"), "accused the government of acting", a trustee who "told The Globe".

doc("ca-globe-04", "canadian-news", [
    q("The decision is not a judgment on anyone’s guilt.⋯and it can’t,", "Geneviève Ouellet", PER, "Ms. Ouellet",
      "told"),
    q("nothing to reproach himself for", "Richard Bergevin", PER, "Mr. Bergevin", "said", PARTIAL),
    q("I have served this town with honesty for eight years, and I will continue to do so,", "Richard Bergevin", PER,
      "the statement", "said"),
    q("a political decision dressed up as an administrative one.", "Julie Lacasse", PER, "Julie Lacasse", "called",
      PARTIAL),
    q("My client learned about this from a journalist.⋯From a journalist,", "Julie Lacasse", PER, "Ms. Lacasse",
      "said"),
    q("on the nature or the targets of an ongoing investigation.", "Mélanie Bouchard", PER,
      "Sergeant Mélanie Bouchard", "said", PARTIAL),
    q("not ready to go to council", "Alain Vézina", PER, "Alain Vézina", "warned", PARTIAL),
    q("I am not comfortable signing off on this,", "Alain Vézina", PER, "Mr. Vézina", "wrote"),
    q("always respected the rules of public tendering", "Pavages Laurentides-Nord", ORG, "Pavages Laurentides-Nord",
      "said", PARTIAL),
    q("surprised", "Pavages Laurentides-Nord", ORG, "Pavages Laurentides-Nord", "said", PARTIAL, nth=0),
    q("Every time I asked for the tendering documents⋯they were being prepared,", "Patrick O’Neill", PER,
      "Mr. O’Neill", "said"),
    q("So, no, I’m not surprised.", "Patrick O’Neill", PER, "Mr. O’Neill", "said"),
    q("It’s the price of cleaning house. I’ll pay it,", "Patrick O’Neill", PER, "he", "said"),
    q("Démission!", "residents", ANON, "Residents near the back of the room", "chanted", PARTIAL),
    q("Are you going to resign, yes or no?", "Louise Charbonneau", PER, "she", "asked"),
    q("Non,", "Richard Bergevin", PER, "he", "replied"),
    q("I’m not asking him to go to prison. I’m asking him to go home,", "Louise Charbonneau", PER,
      "Ms. Charbonneau", "said"),
    q("It is the nuclear option.⋯trusted with the chequebook,", "Danielle Pelletier", PER, "she", "said"),
    q("only once the cameras showed up,", "Jérôme Caron", PER,
      "Parti Québécois municipal affairs critic Jérôme Caron", "accused", PARTIAL),
    q("My job is to keep the snowploughs running⋯better shape than I found it,", "Michel Théberge", PER,
      "Mr. Théberge", "told"),
])

# A Calgary Herald story on an Alberta energy-regulator ruling: a tribunal's written decision ("the tribunal
# said", "the decision said"), "according to" a lawyer, a company's statement and its chief executive, a rancher
# and "His wife, Sheila,", a joint statement of a landowners' association and a First Nation, "said Chief X of Y", a
# minister's press secretary, an NDP critic, "Its president, X, warned", an analyst's note to clients.

doc("ca-herald-04", "canadian-news", [
    q("assumptions about road access and evacuation times that the evidence does not support.",
      "Alberta Energy Tribunal", ORG, "the tribunal", "said", PARTIAL),
    q("The panel is not persuaded⋯under winter conditions,", "Alberta Energy Tribunal", ORG, "the decision", "said"),
    q("This is a big deal.⋯with the roads drifted in,", "Dennis Orr", PER, "Orr", "said"),
    q("disappointed", "Corvane Resources", ORG, "Corvane", "said", PARTIAL),
    q("well beyond", "Blake Harrower", PER, "Corvane president and chief executive Blake Harrower", "said",
      PARTIAL),
    q("We did everything that was asked of us⋯an applicant could have done,", "Blake Harrower", PER, "Harrower",
      "told"),
    q("My grandfather homesteaded here. My kids are the fifth generation,", "Wade Kostiuk", PER, "Kostiuk", "said"),
    q("I wasn’t going to sit in a hearing room⋯my family would be fine.", "Wade Kostiuk", PER, "Kostiuk", "said"),
    q("in a long time.", "Sheila", PER, "Sheila", "said", PARTIAL),
    q("We cried a little. Then we went back out to check the heifers,", "Sheila", PER, "she", "said"),
    q("proves that the people who live on the land can be heard.",
      "Willow Coulee Landowners Association and Sweetgrass Hills Cree Nation", ORG,
      "the landowners association and the Sweetgrass Hills Cree Nation", "said", PARTIAL,
      speakers=["Willow Coulee Landowners Association", "Sweetgrass Hills Cree Nation"]),
    q("Our elders told the tribunal⋯somebody wrote it down,", "Rena Bigknife", PER, "Chief Rena Bigknife", "said"),
    q("respects the independence of the regulator", "Tara Lindholm", PER, "Tara Lindholm", "said", PARTIAL),
    q("can still say no when it has to.", "Heather Sandoval", PER, "NDP energy critic Heather Sandoval", "said",
      PARTIAL),
    q("For years this government has treated the regulator like a rubber stamp.⋯paying attention,",
      "Heather Sandoval", PER, "Sandoval", "said"),
    q("raises the bar in ways nobody was told about in advance.", "Gerald Mott", PER, "Gerald Mott", "warned",
      PARTIAL),
    q("Companies need to know what the rules are⋯for a hearing,", "Gerald Mott", PER, "he", "said"),
    q("a one-off, not a trend,", "Peter Yuen", PER, "Peter Yuen", "wrote", PARTIAL),
    q("We would not extrapolate from a single decision⋯emergency planning,", "Peter Yuen", PER, "Yuen", "wrote"),
    q("If they do, we’ll be back in that room,", "Wade Kostiuk", PER, "he", "said"),
])

# A Politico story on a House ethics investigation: `(R-Ga.)` tags, a joint statement of the chair and the ranking
# member, a watchdog's report ("which found", "It says") quoting a former treasurer's text, "called the probe" and
# "told POLITICO", "His attorney, X,", "A Hollenbeck spokesperson, X,", "the speaker said:", a Republican granted
# anonymity ("the lawmaker said"), a challenger's post after "wrote on X:", a watchdog, a last "he said".

doc("us-politico-04", "us-politics", [
    q("does not itself indicate that any violation has occurred.", "Marjorie Ellsworth and Luis Carbajal", PER,
      "Chair Marjorie Ellsworth (R-Ind.) and ranking member Luis Carbajal", "stressed", PARTIAL,
      speakers=["Marjorie Ellsworth", "Luis Carbajal"]),
    q("substantial reason to believe", "Office of Congressional Conduct", ORG, "the Office of Congressional Conduct",
      "found", PARTIAL),
    q("not comfortable putting this through as a campaign expense.", "a former campaign treasurer", ANON,
      "a former campaign treasurer", "wrote", PARTIAL),
    q("declined to be interviewed", "Office of Congressional Conduct", ORG, "It", "says", PARTIAL),
    q("a fishing expedition", "Dwayne Hollenbeck", PER, "Hollenbeck", "called", PARTIAL),
    q("nothing to hide.", "Dwayne Hollenbeck", PER, "Hollenbeck", "said", PARTIAL),
    q("I’ve paid back every dime⋯before anybody asked,", "Dwayne Hollenbeck", PER, "Hollenbeck", "told"),
    q("This is what happens when you make enemies up here.", "Dwayne Hollenbeck", PER, "Hollenbeck", "told"),
    q("handled by a financial adviser without his direction or knowledge.", "Stephen Gaither", PER,
      "Stephen Gaither", "said", PARTIAL),
    q("on the advice of counsel.", "Caleb Dunn", PER, "Caleb Dunn", "said", PARTIAL),
    q("full confidence in the process", "Ron Kittredge", PER, "Speaker Ron Kittredge", "told", PARTIAL),
    q("Let the committee do its work. That’s why we have it,", "Ron Kittredge", PER, "Kittredge", "said"),
    q("That’s a conversation for another day.", "Ron Kittredge", PER, "the speaker", "said"),
    q("burned a lot of bridges", "a Republican member of the Georgia delegation", ANON,
      "One Republican member of the Georgia delegation", "said", PARTIAL),
    q("Nobody’s going to go to the mat for him,", "a Republican member of the Georgia delegation", ANON,
      "the lawmaker", "said"),
    q("Nobody.", "a Republican member of the Georgia delegation", ANON, "the lawmaker", "said"),
    q("Dwayne Hollenbeck spent four years⋯his country club membership.", "Tasha Greer", PER, "Tasha Greer",
      "wrote"),
    q("This is the committee doing the thing it almost never does, which is act in public,", "Meredith Caine", PER,
      "Meredith Caine", "said"),
    q("Usually these things die quietly. This one didn’t.", "Meredith Caine", PER, "Meredith Caine", "said"),
    q("Absolutely. Why wouldn’t I?", "Dwayne Hollenbeck", PER, "he", "said"),
])

# An AP story on a governor's flood emergency, straight marks: the governor by surname and pronoun, a meteorologist
# and the weather service, "said the Rev. X, the church's pastor", a couple who share a surname ("Darlene Messer
# said", "Roy Messer, 61, said", "he said"), a sheriff, a Republican state representative who "told The Associated
# Press", a FEMA spokesperson's email, a contributor line.

doc("us-ap-04", "us-politics", [
    q("We are still in rescue mode. We are not in recovery mode yet,", "Andrea Whitlow", PER, "Whitlow", "said"),
    q("There are people out there tonight⋯the only thing I care about.", "Andrea Whitlow", PER, "Whitlow", "said"),
    q("simply went over the top of them.", "Jenna Colburn", PER, "Meteorologist Jenna Colburn", "said", PARTIAL),
    q("This is the kind of rain you'd expect to see once in several hundred years,", "Jenna Colburn", PER,
      "Colburn", "said"),
    q("We've now seen it twice in four years in the same valleys.", "Jenna Colburn", PER, "Colburn", "said"),
    q("We opened the doors at 4 in the morning and people just started coming,", "Thomas Akers", PER,
      "the Rev. Thomas Akers", "said"),
    q("Some of them came in with nothing but what they were sleeping in.", "Thomas Akers", PER,
      "the Rev. Thomas Akers", "said"),
    q("I kept telling him⋯I didn't believe it for a second,", "Darlene Messer", PER, "Darlene Messer", "said"),
    q("faster than a man can walk.", "Roy Messer", PER, "Roy Messer", "said", PARTIAL),
    q("I don't know that we go back this time,", "Roy Messer", PER, "he", "said"),
    q("I don't know that I've got another one of these in me.", "Roy Messer", PER, "he", "said"),
    q("We've got roads that just aren't there anymore,", "Clint Baird", PER, "Baird", "said"),
    q("Not closed. Gone.", "Clint Baird", PER, "Baird", "said"),
    q("This isn't a Republican thing or a Democrat thing up here.⋯under water,", "Wade Combs", PER, "Combs",
      "told"),
    q("working closely with the commonwealth", "a spokesperson", ANON,
      "A spokesperson for the Federal Emergency Management Agency", "said", PARTIAL),
    q("I've talked to the White House this morning and I'll talk to them again tonight,", "Andrea Whitlow", PER,
      "she", "said"),
    q("I'm going to take them at their word until they give me a reason not to.", "Andrea Whitlow", PER, "she",
      "said"),
    q("If you don't have to go somewhere, don't,", "Andrea Whitlow", PER, "she", "said"),
])

# A Fox News Digital story on a state attorney general's lawsuit: a headline quote ("Missouri AG ... says"), the
# lead's "accusing it of having", door-to-door salespeople "who told customers", "told Fox News Digital", a show
# title in marks ("Appearing on ..."), "In a post on X, he wrote that", an app promo line, a company's statement to
# Fox News Digital ("the statement said"), a homeowner and her son (same surname), a state senator, "X, a
# spokesperson for Y's campaign, fired back, calling Jeffries", a trade group's two partial quotes.

doc("us-fox-04", "us-politics", [
    q("preyed on", "Dale Pritchett", PER, "Missouri AG", "says", PARTIAL, nth=0),
    q("preyed on", "Dale Pritchett", PER, "Missouri Attorney General Dale Pritchett", "accusing", PARTIAL, nth=1),
    q("go to zero.", "door-to-door salespeople", ANON, "door-to-door salespeople", "told", PARTIAL),
    q("These companies look for widows⋯a stranger in a polo shirt,", "Dale Pritchett", PER, "Pritchett", "said"),
    q("Well, the stranger in the polo shirt just got sued.", "Dale Pritchett", PER, "Pritchett", "said"),
    q("We had a 91-year-old woman in Carver Springs⋯what a loan servicer is,", "Dale Pritchett", PER, "Pritchett",
      "said"),
    q("picked the wrong state.", "Dale Pritchett", PER, "Pritchett", "said", PARTIAL),
    q("Missouri is not a buffet for out-of-state con artists.", "Dale Pritchett", PER, "he", "wrote", PARTIAL),
    q("strongly disputes", "SunHarbor Energy", ORG, "SunHarbor", "said", PARTIAL),
    q("every customer receives a full, plain-language disclosure and a three-day right to cancel.",
      "SunHarbor Energy", ORG, "SunHarbor", "said", PARTIAL),
    q("We are proud of the thousands of Missouri families⋯showing the facts in court,", "SunHarbor Energy", ORG,
      "the statement", "said"),
    q("He sat at my kitchen table for three hours.⋯pictures of his kids,", "Gloria Whitaker", PER, "Whitaker",
      "said"),
    q("Then the first bill came, and it was $212 a month, on top of my electric.", "Gloria Whitaker", PER,
      "Whitaker", "said"),
    q("It took me four months of phone calls to get a real person on the line,", "Kevin Whitaker", PER, "he",
      "said"),
    q("I’m glad somebody is finally going after these companies.⋯running for governor,", "Lorna Jeffries", PER,
      "Jeffries", "said"),
    q("more interested in protecting her donors than protecting grandmothers.", "Brady Olson", PER, "Brady Olson",
      "calling", PARTIAL),
    q("give the entire industry a black eye", "Heartland Solar Alliance", ORG, "The Heartland Solar Alliance",
      "said", PARTIAL),
    q("strong enforcement against fraud.", "Heartland Solar Alliance", ORG, "The Heartland Solar Alliance", "said",
      PARTIAL),
    q("I’ve talked to at least four other attorneys general this month. I don’t think we’ll be the last,",
      "Dale Pritchett", PER, "he", "said"),
], not_quotes=["Fox & Friends First"])

# A New York Times story on Senate farm-bill talks: "Senator X, Republican of Nebraska and the chairman of ...",
# Mr./Ms. on second reference, "said in an interview in his Capitol office, where ...", "put it more bluntly."
# before a quote paragraph, a characterisation reported by an anonymous source ("One of the people said Democrats
# had dismissed the offer as"), a House chairman's statement, the majority leader, a group's letter, a farmer "in
# a phone interview", "shook his head." before "he said".

doc("us-nyt-04", "us-politics", [
    q("Farmers don’t get to tell the weather to wait until Congress is ready,", "Dale Kirby", PER, "Mr. Kirby",
      "said"),
    q("I’ve told both sides I’m not leaving town without a bill. I meant it.", "Dale Kirby", PER, "Mr. Kirby",
      "said"),
    q("You don’t help a corn farmer in Wabasso County by taking groceries away from a cashier in Lakeport,",
      "Maureen Castellano", PER, "she", "said"),
    q("Those are the same people. They go to the same church.", "Maureen Castellano", PER, "she", "said"),
    q("rearranging the furniture.", "Democrats", ANON, "Democrats", "dismissed", PARTIAL),
    q("should take yes for an answer", "Glenn Prather", PER, "Representative Glenn Prather", "said", PARTIAL),
    q("The math is the math,", "Paul Whitacre", PER, "Mr. Whitacre", "told"),
    q("We can’t pass a partisan farm bill in this chamber, and we shouldn’t try.", "Paul Whitacre", PER,
      "Mr. Whitacre", "told"),
    q("look hard", "Jon Halloran", PER, "Senator Jon Halloran", "said", PARTIAL),
    q("I’m not going to pretend I don’t have wheat farmers,", "Jon Halloran", PER, "Mr. Halloran", "said"),
    q("Every week this deal doesn’t close⋯keep their groceries,", "Tomasina Greaves", PER, "Tomasina Greaves",
      "said"),
    q("making planting decisions for next year with no idea what the rules will be.",
      "National Grain and Oilseed Council", ORG, "The National Grain and Oilseed Council", "said", PARTIAL),
    q("I’ve got a banker asking me⋯I have to tell him I don’t know,", "Gary Lindahl", PER, "Mr. Lindahl", "said"),
    q("He doesn’t love that answer.", "Gary Lindahl", PER, "Mr. Lindahl", "said"),
    q("sign a bill that puts farmers first,", "Lynn Harwell", PER, "Agriculture Secretary Lynn Harwell", "said",
      PARTIAL),
    q("That’s been tried. It ends with no bill at all,", "Dale Kirby", PER, "he", "said"),
    q("We like each other, which helps,", "Maureen Castellano", PER, "she", "said"),
    q("It just doesn’t change the numbers.", "Maureen Castellano", PER, "she", "said"),
])


# ---------------------------------------------------------------------------------------------------
# Branch corpus-more8: eight more articles in the manner of the two external sets, four US political
# (``us-politics``) and four Canadian (``canadian-news``), on beats the corpus did not have, annotated before
# the engine was run on them.
# ---------------------------------------------------------------------------------------------------

# An AP statehouse story on an impeachment inquiry, straight marks: "said Rep. X, R-Broken Arrow, who ...", the
# official's statement ("he called the inquiry “…” and said he would cooperate “…”", then "the statement said"),
# "His attorney, X, said", a state auditor who "told The Associated Press", the speaker, the minority leader's
# partial quote and "she said", a dissenting Republican on the floor, "A spokeswoman for the governor, X, said in
# an email that Roarke", an agency employee on condition of anonymity ("the employee said"), "said in a brief
# interview", the sponsor by pronoun at the end.

doc("us-ap-06", "us-politics", [
    q("This is not something any of us came here wanting to do,", "Carla Whitfield", PER, "Rep. Carla Whitfield",
      "said"),
    q("But the constitution gives this chamber one job⋯we're going to do it.", "Carla Whitfield", PER,
      "Rep. Carla Whitfield", "said"),
    q("a political ambush dressed up as oversight", "Dwight Harlan", PER, "[he] called the inquiry", "called",
      PARTIAL),
    q("with any fair process.", "Dwight Harlan", PER, "[he] called the inquiry", "said", PARTIAL),
    q("I have nothing to hide and I'm not going anywhere,", "Dwight Harlan", PER, "the statement", "said"),
    q("When you find the same nine signatures⋯a paperwork problem,", "Joan Petrakis", PER, "Petrakis", "told"),
    q("delivered every service it was paid for", "Mark Ybarra", PER, "Mark Ybarra", "said", PARTIAL),
    q("I'm not willing to wait a year for somebody else to tell this House what its job is,", "Tom Beckley", PER,
      "Beckley", "said"),
    q("the rules apply to Republicans, too,", "Alicia Greer", PER, "House Minority Leader Alicia Greer", "said",
      PARTIAL),
    q("March is a long time⋯already know has a problem,", "Alicia Greer", PER, "she", "said"),
    q("skipping straight to the hanging", "Gary Dunlap", PER, "Rep. Gary Dunlap", "said", PARTIAL),
    q("There's a process for this. It's called a courtroom,", "Gary Dunlap", PER, "Dunlap", "said"),
    q("We're not jurors and we're not prosecutors, and some of us are acting like both.", "Gary Dunlap", PER,
      "Dunlap", "said"),
    q("respects the House's role", "Lacey Odom", PER, "Lacey Odom", "said", PARTIAL),
    q("We were told to process them and not ask questions,", "a Labor Department employee", ANON, "the employee",
      "said"),
    q("So that's what we did.", "a Labor Department employee", ANON, "the employee", "said"),
    q("be ready if it comes to us,", "Dale Haskins", PER, "Senate President Pro Tem Dale Haskins", "said", PARTIAL),
    q("We'll start with the paper,", "Carla Whitfield", PER, "she", "said"),
    q("The paper usually tells you who to talk to next.", "Carla Whitfield", PER, "she", "said"),
])

# A Politico whip-count story on a Supreme Court confirmation: a headline and deck without quotes, "(R-S.C.)" tags,
# "Asked whether ..., he smiled and said: “…”", "she said" for a senator after a sentence about her meeting the
# (female) nominee, "His office said in a statement", a Republican senator "granted anonymity" ("the senator
# said"), a leadership aide who "described the mood as “…”", the nominee's "she told senators" and "in which she
# argued", a floor speech over two paragraphs, "wrote on X that", a White House spokesperson, "told POLITICO", a
# liberal group's memo ("the memo said"), an unnamed Democratic aide, "he said" after a reporter's question.

doc("us-politico-06", "us-politics", [
    q("We’re going to confirm her. I’ve never been more confident about a vote in this building,", "Rick Dellinger",
      PER, "Dellinger", "told"),
    q("I’ve got what I need.", "Rick Dellinger", PER, "[he] smiled", "said"),
    q("real questions", "Helen Voss", PER, "[she] said the meeting", "said", PARTIAL),
    q("I don’t make up my mind on the Supreme Court by reading what people post about me,", "Helen Voss", PER, "she",
      "said"),
    q("I make it up by reading the record, and I’m not done.", "Helen Voss", PER, "she", "said"),
    q("takes his advice-and-consent responsibility seriously", "Curt Albers’s office", ORG, "His office", "said",
      PARTIAL),
    q("He’s annoyed about being taken for granted. That’s not the same thing as being a no,", "a Republican senator",
      ANON, "the senator", "said"),
    q("calm.", "a senior GOP leadership aide", ANON, "A senior GOP leadership aide", "described", PARTIAL),
    q("Nobody’s panicking. If we were panicking, you’d know,", "a senior GOP leadership aide", ANON, "the aide",
      "said"),
    q("follow the court’s precedents faithfully,", "Miriam Okafor", PER, "[she] told senators", "told", PARTIAL),
    q("built on sand.", "Miriam Okafor", PER, "[she] argued", "argued", PARTIAL),
    q("This nominee told the Judiciary Committee one thing about precedent and wrote the opposite for 12 years,",
      "Angela Ruiz", PER, "Minority Leader Angela Ruiz", "said"),
    q("Republicans know it. Some of them have told me privately that they know it.", "Angela Ruiz", PER,
      "Minority Leader Angela Ruiz", "said"),
    q("The only question left is whether any of them will say so with their vote.", "Angela Ruiz", PER,
      "Minority Leader Angela Ruiz", "said"),
    q("the most evasive I’ve heard in 18 years on this committee.", "Paul Dresner", PER, "Sen. Paul Dresner", "wrote",
      PARTIAL),
    q("exactly the kind of judge the American people voted for", "Kendra Pryor", PER,
      "White House spokesperson Kendra Pryor", "said", PARTIAL),
    q("a reminder, not a threat.", "Grant Tobin", PER, "Grant Tobin", "told", PARTIAL),
    q("The phones are ringing off the hook⋯not ringing for Okafor,", "Fair Courts Action", ORG, "the memo", "said"),
    q("own the vote.", "a senior Democratic aide", ANON, "A senior Democratic aide", "said", PARTIAL),
    q("Nobody’s asked,", "Rick Dellinger", PER, "he", "said"),
])

# A Washington Post investigation of a crypto-lobby fundraiser: a headline and deck, "according to ... reviewed by
# The Washington Post", a campaign spokesman's statement, "he told reporters he “…”", a consultant's email ("she
# described the evening as", then "She added:"), a lobbying group's statement ("the statement said"), "what the
# agency called" inside a relative clause, an unnamed company spokesperson, a chairman's words relayed by an
# anonymous attendee ("said Rearden ... told the room that"), "the person said", a spokesman by pronoun after
# "disputed that account.", an ethics lawyer over two paragraphs, "wrote on X", a joint statement of two
# Republicans, "saying the committee needed".

doc("us-wapo-06", "us-politics", [
    q("Every dollar was raised legally⋯a ticket to anything,", "Evan Moretti", PER, "campaign spokesman Evan Moretti",
      "said"),
    q("didn’t know who half the people in the room were", "Douglas Rearden", PER, "[he] told reporters", "told",
      PARTIAL),
    q("an intimate conversation with the chairman about the path forward for our industry.", "Renata Silva", PER,
      "[she] described", "described", PARTIAL),
    q("Space is limited, and the chairman has asked that we keep it that way.", "Renata Silva", PER, "She", "added"),
    q("in her personal capacity", "Digital Asset Council", ORG, "The Digital Asset Council", "said", PARTIAL),
    q("The council does not host, sponsor or pay for political fundraisers,", "Digital Asset Council", ORG,
      "the statement", "said"),
    q("a years-long scheme to mislead retail investors.", "Securities and Exchange Commission", ORG,
      "the Securities and Exchange Commission", "called", PARTIAL),
    q("as a private citizen", "a spokesperson", ANON, "A spokesperson for TokenHarbor", "said", PARTIAL),
    q("isn’t going anywhere as long as I’m holding the gavel.", "Douglas Rearden", PER, "Rearden", "told", PARTIAL),
    q("It was said like a promise,", "a person", ANON, "the person", "said"),
    q("Nobody in that room took it any other way.", "a person", ANON, "the person", "said"),
    q("The chairman said the bill wasn’t ready, which is what he has said publicly for a year,", "Evan Moretti", PER,
      "he", "said"),
    q("The rules let a chairman raise money from the industry he oversees. That part is legal,", "Meredith Tan", PER,
      "Meredith Tan", "said"),
    q("What you are not supposed to do is sit on a bill and then pass the hat.", "Meredith Tan", PER,
      "Meredith Tan", "said"),
    q("Even if every check cleared the rules, the order of events is the story.", "Meredith Tan", PER,
      "Meredith Tan", "said"),
    q("a pay-to-play clinic", "Maxine Oduya", PER, "Rep. Maxine Oduya", "called", PARTIAL),
    q("The people who lost their savings⋯They got a form letter,", "Maxine Oduya", PER, "Oduya", "wrote"),
    q("a vote, not a burial.", "Sandra Kittle and Joe Amato", PER, "Reps. Sandra Kittle (R-Ohio) and Joe Amato",
      "said", PARTIAL, speakers=["Sandra Kittle", "Joe Amato"]),
    q("for sale to whoever throws the nicest party.", "Sandra Kittle", PER, "Kittle", "saying", PARTIAL),
    q("That’s a question for him. I know what I would do,", "Sandra Kittle", PER, "she", "said"),
])

# A CNN town-hall story: a sentence-case headline quote lifted from the body (its speaker named only there), a
# byline and timestamp, a crowd chanting "Shame!" in the lead, the congressman "told the crowd", a woman near the
# front who "shouted back", a constituent's quote and the congressman's partial reply, the crowd's chant after a
# comma, "told CNN on Friday that ..." then "she said", a sheriff's office statement, a spokeswoman's "said ...
# and accused ... of organizing “…”", a party chair "in an interview", an unnamed GOP aide "told CNN:", a farmer
# with his age, "he told reporters" after a sentence naming the constituent, her partial quote at the end.

doc("us-cnn-06", "us-politics", [
    q("Look me in the eye", "Karen Lindqvist", PER, None, None, nth=0),
    q("Shame!", "the crowd", ANON, "some in the crowd", "chanting", PARTIAL),
    q("You can yell at me, and that’s fine. That’s your right,", "Dale Vukovich", PER, "Vukovich", "told"),
    q("But I’m going to finish my answer.", "Dale Vukovich", PER, "Vukovich", "told"),
    q("Answer the question!", "a woman near the front", ANON, "a woman near the front", "shouted"),
    q("You voted to take $800 billion out of the program that keeps my kid alive,", "Karen Lindqvist", PER,
      "Lindqvist", "said"),
    q("Look me in the eye and tell me she’s going to be OK.", "Karen Lindqvist", PER, "Lindqvist", "said"),
    q("waste, fraud and able-bodied adults who choose not to work,", "Dale Vukovich", PER, "Vukovich", "said",
      PARTIAL),
    q("Read the bill!", "the crowd", ANON, "the crowd", "chant"),
    q("I just wanted him to see one of the people,", "Karen Lindqvist", PER, "she", "said"),
    q("He looked at me like I was a line on a spreadsheet.", "Karen Lindqvist", PER, "she", "said"),
    q("after repeated warnings", "Chippewa County Sheriff’s Office", ORG, "The Chippewa County Sheriff’s Office",
      "said", PARTIAL),
    q("will keep showing up", "Hannah Reese", PER, "Vukovich spokeswoman Hannah Reese", "said", PARTIAL),
    q("a coordinated effort to shout down a conversation.", "Hannah Reese", PER, "Vukovich spokeswoman Hannah Reese",
      "accused", PARTIAL),
    q("He held a town hall when a lot of members won’t.⋯That’s the job,", "Hannah Reese", PER, "Reese", "said"),
    q("Nobody bused these people in.⋯in his own district,", "Ben Adeyemi", PER, "Adeyemi", "said"),
    q("Nobody’s telling members to hide.⋯every night, either.", "a senior GOP aide", ANON, "A senior GOP aide",
      "told"),
    q("He’s the only one who ever shows up up here.⋯never voted for him anyway,", "Jim Pfeiffer", PER, "Pfeiffer",
      "said"),
    q("I told her I’d look at her daughter’s case personally. I meant that,", "Dale Vukovich", PER, "he", "told"),
    q("when somebody from his office calls.", "Karen Lindqvist", PER, "Lindqvist", "said", PARTIAL),
])

# A Canadian Press story on a Quebec farm strike: a union president "said in French at a news conference", a
# provincial minister's two partial quotes after "told reporters ... that she was", "she said in French" after a
# sentence naming the (female) premier, a PQ critic's "accused the government of “…”", a provincial police
# spokesperson "in an interview", a farmer with his age, a distributors' council ("warned in a statement", then
# "the statement said"), a federal minister and a Bloc MP in one paragraph, a government source who "told The
# Canadian Press", a joint statement of the union and a workers' federation, a French sign, the CP sign-off.

doc("ca-cp-06", "canadian-news", [
    q("We are not doing this to hurt anybody.⋯run out of ways to be heard,", "Martin Bélisle", PER,
      "union president Martin Bélisle", "said"),
    q("Three years of meetings, three years of studies⋯what it costs them to produce.", "Martin Bélisle", PER,
      "union president Martin Bélisle", "said"),
    q("open to discussion", "Sophie Lapointe", PER, "Quebec Agriculture Minister Sophie Lapointe", "told", PARTIAL),
    q("with a highway blockade.", "Sophie Lapointe", PER, "Quebec Agriculture Minister Sophie Lapointe", "told",
      PARTIAL),
    q("I understand their anger. I grew up with it at the kitchen table,", "Sophie Lapointe", PER, "she", "said"),
    q("But you don’t fix a price problem by emptying the shelves.", "Sophie Lapointe", PER, "she", "said"),
    q("letting farms die one at a time and calling it a market.", "Mathieu Ducharme", PER,
      "Parti Québécois agriculture critic Mathieu Ducharme", "accused", PARTIAL),
    q("We’re asking people to plan ahead and to be patient,", "Karine Dubé", PER, "Sgt. Karine Dubé", "said"),
    q("The farmers have co-operated with us so far, and we expect that to continue.", "Karine Dubé", PER,
      "Sgt. Karine Dubé", "said"),
    q("I filled out the forms in September. I called in November. I called in January,", "Julien Tremblay", PER,
      "he", "said"),
    q("My bank doesn’t wait like that.", "Julien Tremblay", PER, "he", "said"),
    q("begin to disappear from shelves by the weekend", "Conseil québécois des distributeurs alimentaires", ORG,
      "The Conseil québécois des distributeurs alimentaires", "warned", PARTIAL),
    q("We share many of the producers’ concerns, but consumers should not be caught in the middle,",
      "Conseil québécois des distributeurs alimentaires", ORG, "the statement", "said"),
    q("watching very closely.", "Greg Halvorsen", PER, "federal Agriculture Minister Greg Halvorsen", "said",
      PARTIAL),
    q("washed its hands", "Annie Thibodeau", PER, "Bloc Québécois MP Annie Thibodeau", "said", PARTIAL),
    q("Nobody wants to see eggs being dumped on the six o’clock news,", "a Quebec government source", ANON,
      "the source", "said"),
    q("respect for the people who feed Quebec.",
      "Union des cultivateurs du Québec and Fédération des travailleurs de l’agroalimentaire", ORG,
      "The union and the Fédération des travailleurs de l’agroalimentaire", "said", PARTIAL,
      speakers=["Union des cultivateurs du Québec", "Fédération des travailleurs de l’agroalimentaire"]),
    q("tonight, if the minister calls.", "Martin Bélisle", PER, "Bélisle", "said", PARTIAL),
    q("We can’t wait,", "Martin Bélisle", PER, "he", "said"),
    q("The seed orders are due in three weeks.", "Martin Bélisle", PER, "he", "said"),
], not_quotes=["Pas de fermes, pas de bouffe"])

# A CBC story on a plane crash investigation, straight marks: a headline quote of the dead pilot's radio call
# relayed by the safety board ("Pilot reported 'heavy icing' ..., TSB says"), a deck without quotes, a byline with
# two timestamps, the lead's "The pilot ... radioed that he was picking up "…"", the investigator-in-charge by
# surname and pronoun, a regional manager, the injured first officer's sister ("told CBC News that Amélie had
# flown ..." then "she said"), the airline's statement, its president, a neighbour, a chief's Facebook post
# ("said ... "…"" then "wrote"), a federal minister who "posted on X that".

doc("ca-cbc-06", "canadian-news", [
    q("heavy icing", "Nolan Fraser", PER, "Pilot", "reported", PARTIAL, nth=0),
    q("heavy icing", "Nolan Fraser", PER, "The pilot", "radioed", PARTIAL, nth=1),
    q("The crew was doing exactly what you would want a crew to do.⋯set up to land,", "Anne-Marie Kowal", PER,
      "Kowal", "said"),
    q("It's far too early to tell you why this happened.⋯not ruling anything in,", "Anne-Marie Kowal", PER, "she",
      "said"),
    q("Icing is something every pilot up here deals with all winter.⋯more than the aircraft could handle,",
      "Marc Villeneuve", PER, "Villeneuve", "said"),
    q("She loved that run. She'd text me pictures of the sunrise over the lakes,", "Chloé Roy", PER, "she", "said"),
    q("She's going to want to fly again. I know her.", "Chloé Roy", PER, "she", "said"),
    q("out of an abundance of caution", "Northern Link Airways", ORG, "Northern Link", "said", PARTIAL),
    q("Nolan was the guy we sent when the weather was bad, because he was the best we had,", "Gord Sinclair", PER,
      "Sinclair", "said"),
    q("I don't know how to say that to his kids.", "Gord Sinclair", PER, "Sinclair", "said"),
    q("It went over low, really low, and the engines sounded wrong, like they were straining,", "Tyler Brisson", PER,
      "Brisson", "said"),
    q("Then nothing. Then sirens.", "Tyler Brisson", PER, "Brisson", "said"),
    q("in mourning", "Raymond Beardy", PER, "Wapiskaw Lake Chief Raymond Beardy", "said", PARTIAL),
    q("Elsie was a grandmother to everybody in this community. She was on her way home,", "Raymond Beardy", PER,
      "Beardy", "wrote"),
    q("act immediately on anything the investigation finds.", "Suzanne Bergeron", PER,
      "Federal Transport Minister Suzanne Bergeron", "posted", PARTIAL),
])

# A Globe and Mail G7 summit story: a headline and deck without quotes, a foreign dateline, Mr./Ms. on second
# reference, the Prime Minister "told reporters at his closing news conference", the U.S. President's two partial
# quotes and "he said", the German Chancellor ("said", then "the Chancellor said through an interpreter"), the
# Italian Prime Minister by "She told", the French President by pronoun then "Ms. Roux said", a joint statement of
# the leaders ("pledged"), a senior Canadian official "on the condition that they not be named", the Japanese Prime
# Minister "said through an interpreter", the Conservative Leader ("said", "wrote on X"), the President's words
# "according to a pool report", a former negotiator whose quote nests the President's words.

doc("ca-globe-06", "canadian-news", [
    q("I told the President what I have told him on the phone⋯on both sides of the border,", "Julien Marchand", PER,
      "Mr. Marchand", "told"),
    q("We had a frank conversation. It was not the last one.", "Julien Marchand", PER, "Mr. Marchand", "told"),
    q("taking advantage", "Walt Kimball", PER, "Mr. Kimball", "said", PARTIAL),
    q("for a long, long time.", "Walt Kimball", PER, "Mr. Kimball", "said", PARTIAL),
    q("We love Canada. Great country, great people,", "Walt Kimball", PER, "he", "said"),
    q("But they have to be fair, and they haven’t been fair.", "Walt Kimball", PER, "he", "said"),
    q("a tariff wall designed in one capital.", "Jonas Albrecht", PER, "German Chancellor Jonas Albrecht", "said",
      PARTIAL),
    q("We are allies, not subcontractors,", "Jonas Albrecht", PER, "the Chancellor", "said"),
    q("paid the price for a decade of naivety", "Giulia Ferrante", PER, "She", "told", PARTIAL),
    q("Seven democracies do not always agree. That is precisely what makes them democracies,", "Isabelle Roux", PER,
      "Ms. Roux", "said"),
    q("secure, diversified and responsible supply chains", "Group of Seven leaders", ANON,
      "the Group of Seven leaders", "pledged", PARTIAL),
    q("This is the part of the summit that will still matter in five years,", "a senior Canadian government official",
      ANON, "the official", "said"),
    q("The tariff fight will be over by then, one way or another.", "a senior Canadian government official", ANON,
      "the official", "said"),
    q("very interested", "Haruto Sakai", PER, "Japanese Prime Minister Haruto Sakai", "said", PARTIAL),
    q("no plan and no leverage.", "Darren Kowalski", PER, "Conservative Leader Darren Kowalski", "said", PARTIAL),
    q("Another summit, another photo, and the tariffs are still there,", "Darren Kowalski", PER, "Mr. Kowalski",
      "wrote"),
    q("get along very well", "Walt Kimball", PER, "Mr. Kimball", "told", PARTIAL),
    q("until we get a good deal,", "Walt Kimball", PER, "Mr. Kimball", "told", PARTIAL),
    q("When he says ‘a good deal,’ nobody in Ottawa⋯anybody in Washington does either,", "Laura Dempsey", PER,
      "Ms. Dempsey", "told"),
    q("I will call him as often as it takes,", "Julien Marchand", PER, "he", "said"),
])

# A National Post story on a provincial auto-insurance overhaul: a deck quote ("Lawyers’ group calls the bill
# ‘…’") whose group is named in the body, a finance minister who "told reporters at Province House" and, after
# "Asked about Feltmate’s figures,", "he said", a lawyers' association ("called the bill") and its president over
# two paragraphs ("said X, the association’s president"), an insurers' council's news release, its vice-president
# "in an interview", an unnamed insurance executive, the NDP leader ("said ... and wrote on X"), a joint statement
# of two groups ("urged MLAs to"), a crash victim, a driver introduced by an epithet ("The 29-year-old personal
# support worker") before "she said", the premier's colon lead.

doc("ca-np-06", "canadian-news", [
    q("a tax on the injured", "Nova Scotia Injury Lawyers Association", ORG, "Lawyers’ group", "calls", PARTIAL,
      nth=0),
    q("Nova Scotians are paying some of the highest premiums⋯can’t keep up,", "Colin MacAskill", PER, "MacAskill",
      "told"),
    q("This bill makes insurance affordable again without leaving injured people behind.", "Colin MacAskill", PER,
      "MacAskill", "told"),
    q("a tax on the injured", "Nova Scotia Injury Lawyers Association", ORG,
      "The Nova Scotia Injury Lawyers Association", "called", PARTIAL, nth=1),
    q("A concussion is not a minor injury. Ask anyone who has had one and tried to go back to work,",
      "Deborah Keating", PER, "Deborah Keating", "said"),
    q("This bill takes money out of the pockets⋯to insurance companies.", "Deborah Keating", PER, "Deborah Keating",
      "said"),
    q("The government is calling that affordability. I call it a transfer.", "Deborah Keating", PER,
      "Deborah Keating", "said"),
    q("a significant intervention in a competitive market", "Atlantic Insurers’ Council", ORG,
      "The Atlantic Insurers’ Council", "said", PARTIAL),
    q("Without reform, our modelling showed rates climbing by as much as 20 per cent over three years,",
      "Aaron Feltmate", PER, "Aaron Feltmate", "said"),
    q("Nobody wanted that, including us.", "Aaron Feltmate", PER, "Aaron Feltmate", "said"),
    q("I don’t take the industry’s numbers on faith, and I don’t take the lawyers’ numbers on faith,",
      "Colin MacAskill", PER, "he", "said"),
    q("We checked.", "Colin MacAskill", PER, "he", "said"),
    q("live with", "an executive", ANON, "An executive at one of the province’s larger insurers", "said", PARTIAL),
    q("You can’t freeze the price of repairs. Parts went up 30 per cent in three years,", "an executive", ANON,
      "the executive", "said"),
    q("crash victims to pay for the industry’s bad years", "Morgan Crosby", PER, "NDP Leader Morgan Crosby", "said",
      PARTIAL),
    q("listen to the people this bill will actually touch.",
      "Brain Injury Association of Nova Scotia and Nova Scotia Injury Lawyers Association", ORG,
      "The Brain Injury Association of Nova Scotia and the lawyers’ association", "urged", PARTIAL,
      speakers=["Brain Injury Association of Nova Scotia", "Nova Scotia Injury Lawyers Association"]),
    q("The other driver ran a red light.⋯couldn’t stand the light,", "Dan Wentzell", PER, "he", "said"),
    q("Under this bill, that’s a minor injury.", "Dan Wentzell", PER, "he", "said"),
    q("I’ve never had an accident. Not one.⋯I don’t know what,", "Kayla Smith", PER, "she", "said"),
    q("Every group that has a stake in this system⋯you got it about right.", "Neil Sampson", PER,
      "Premier Neil Sampson", "said"),
])

# ---------------------------------------------------------------------------------------------------
# Branch corpus-more7: eight more articles in the manner of the two external sets, four Canadian
# (``canadian-news``) and four US political (``us-politics``), on beats the corpus did not have, annotated before
# the engine was run on them.
# ---------------------------------------------------------------------------------------------------

# A Canadian Press cabinet shuffle: the prime minister "told reporters" then "He said in French", a new finance
# minister by pronoun ("she laughed." before "she said") and a quote paragraph that follows on without a cue, the
# minister she replaces ("said he was “…” Aubry had shown in him", "he shrugged."), a senior official who was not
# authorized ("the official said"), a dropped minister's post on X, "dismissed the shuffle as", the Bloc leader "said
# in French", "The NDP’s finance critic, X,", a chamber of commerce "calling X in a statement “…”", "one of the
# sources" after "Two Liberal sources", the CP sign-off.

doc("ca-cp-05", "canadian-news", [
    q("This is a team built for the job in front of us⋯see them this year,", "Martin Aubry", PER, "Aubry", "told"),
    q("every region of the country,", "Martin Aubry", PER, "He", "said", PARTIAL),
    q("lives within its means", "Claire Desrochers", PER, "She", "said", PARTIAL),
    q("I’m not going to stand here on day one⋯I haven’t written yet,", "Claire Desrochers", PER, "she", "said"),
    q("What I will tell you is that every line of it⋯going to be hard.", "Claire Desrochers", PER, None, None),
    q("grateful for the confidence", "Paul Henning", PER, "Henning", "said", PARTIAL),
    q("Treasury Board is where the money actually gets spent,", "Paul Henning", PER, "he", "said"),
    q("You can call it whatever you like.", "Paul Henning", PER, "he", "said"),
    q("She was told it was about renewal⋯an easy call,", "a senior government official", ANON, "the official",
      "said"),
    q("proud of every single day", "Kim Tollefson", PER, "Tollefson", "wrote", PARTIAL),
    q("My parents came to this country⋯and it never was,", "Amrit Dhaliwal", PER, "Dhaliwal", "said"),
    q("a change of nameplates, not a change of direction.", "Graham Pettigrew", PER,
      "Conservative Leader Graham Pettigrew", "dismissed", PARTIAL),
    q("The same people who doubled the debt⋯traded chairs,", "Graham Pettigrew", PER, "Pettigrew", "told"),
    q("an admission", "Mathieu Gervais", PER, "Bloc Québécois Leader Mathieu Gervais", "said", PARTIAL),
    q("Bay Street and Main Street.", "Leah Gallant", PER, "Leah Gallant", "said", PARTIAL),
    q("She’s a smart person. I’ve sat across from her at committee for three years,", "Leah Gallant", PER,
      "Gallant", "said"),
    q("But the question isn’t whether she’s smart. It’s who she’s going to listen to.", "Leah Gallant", PER,
      "Gallant", "said"),
    q("a serious economist for a serious moment.", "Canadian Chamber of Commerce", ORG,
      "The Canadian Chamber of Commerce", "calling", PARTIAL),
    q("It was always going to be Claire. It was just a question of when,", "a Liberal source", ANON,
      "one of the sources", "said"),
    q("We will be judged on the budget, not on a photo at Rideau Hall,", "Martin Aubry", PER, "he", "said"),
])

# A CBC Saskatchewan story on a private surgical clinic, straight marks: a deck quote ("nurses' union calls it
# '…'") repeated in the body, a minister who "told reporters at the legislature" then "He said", an NDP critic, a
# briefing note obtained through freedom of information ("officials warned", "The note said"), a union president "in
# an interview", the clinic's medical director, a patient by pronoun, a medical association's statement, a
# professor "she said", the premier's earlier remarks ("said then") after his spokesperson, "she said" at the end.

doc("ca-cbc-05", "canadian-news", [
    q("a slow bleed", "Saskatchewan Union of Nurses", ORG, "nurses' union", "calls", PARTIAL, nth=0),
    q("Nobody is getting a bill in the mail. Nobody is jumping the line with a credit card,", "Everett Kowalchuk",
      PER, "Kowalchuk", "told"),
    q("What's changing is that people⋯their surgery sooner.", "Everett Kowalchuk", PER, "Kowalchuk", "told"),
    q("You can't build a second health system out of the staff of the first one,", "Aleana Toth", PER,
      "NDP health critic Aleana Toth", "said"),
    q("Every anesthetist who goes to work⋯or the General.", "Aleana Toth", PER, "NDP health critic Aleana Toth",
      "said"),
    q("worsen existing vacancies", "Saskatchewan Health Authority officials", ANON, "The note", "said", PARTIAL),
    q("a year old", "Everett Kowalchuk", PER, "Kowalchuk", "said", PARTIAL),
    q("a slow bleed", "Saskatchewan Union of Nurses", ORG, "The Saskatchewan Union of Nurses", "called", PARTIAL,
      nth=1),
    q("They won't close a hospital.⋯what's left over,", "Tracy Lindgren", PER, "union president Tracy Lindgren",
      "said"),
    q("We've seen this movie in other provinces. We know how it ends.", "Tracy Lindgren", PER,
      "union president Tracy Lindgren", "said"),
    q("I trained in the public system and I still operate at the General two days a week,", "Paul Okafor", PER,
      "Okafor", "said"),
    q("I'm not interested in hollowing it out.⋯shrink in a decade.", "Paul Okafor", PER, "Okafor", "said"),
    q("I used to walk the dog around Riverside Park every morning.⋯a good day,", "Lorraine Bell", PER, "Bell",
      "said"),
    q("If they can do it in June instead of next year⋯for all I care,", "Lorraine Bell", PER, "she", "said"),
    q("any measure that safely reduces wait times,", "Saskatchewan Medical Association", ORG,
      "The Saskatchewan Medical Association", "said", PARTIAL),
    q("Where they've worked, the province was very specific⋯the numbers closely,", "Miriam Stolte", PER, "she",
      "said"),
    q("Where they haven't, the contracts were vague and nobody was checking.", "Miriam Stolte", PER, "she", "said"),
    q("I don't care whose name is on the building. I care how long people are waiting,", "Doug Renwick", PER,
      "Renwick", "said"),
    q("We'll be at the legislature every week until we do,", "Tracy Lindgren", PER, "she", "said"),
])

# A Globe and Mail story on a road to a mine through First Nations territory: Mr./Ms. and "Chief X" on second
# reference, a joint statement of two chiefs named only further down ("they said"), a chief who "told The Globe and
# Mail in a phone interview", the minister's reply by pronoun, a company chief executive "in an interview", a chief
# who backs the road, a tribal council's letter obtained by The Globe ("A letter sent to ... by X ... warned"), a
# senior provincial official not authorized to speak, a federal minister "said in French", a party leader's one-word
# "called", a lawyer, "he said" for the first chief at the end.

doc("ca-globe-05", "canadian-news", [
    q("For 20 years, people have talked about opening up the north. Today we are actually doing it,",
      "Doug Whitcombe", PER, "Mr. Whitcombe", "said"),
    q("This road will be built with First Nations⋯in First Nations hands.", "Doug Whitcombe", PER, "Mr. Whitcombe",
      "said"),
    q("chosen a mining company over its treaty partners", "Abel Sutherland and Rebecca Wapoose", PER,
      "[they] said the province", "said", PARTIAL, speakers=["Abel Sutherland", "Rebecca Wapoose"]),
    q("Nobody from this government has sat down⋯Not once,", "Abel Sutherland", PER,
      "Neskawin Chief Abel Sutherland", "told"),
    q("They sat down with the company.⋯never sat down with us.", "Abel Sutherland", PER,
      "Neskawin Chief Abel Sutherland", "told"),
    q("We have gone further than any government in this province has ever gone,", "Doug Whitcombe", PER, "he",
      "said"),
    q("At some point, consultation has to lead to a decision.", "Doug Whitcombe", PER, "he", "said"),
    q("They came with a map that was already drawn⋯the culverts,", "Rebecca Wapoose", PER, "Ms. Wapoose", "said"),
    q("That’s not a conversation between nations. That’s a sales pitch.", "Rebecca Wapoose", PER, "Ms. Wapoose",
      "said"),
    q("The door is open. It has been open the whole time,", "Kevin Lindqvist", PER, "Mr. Lindqvist", "said"),
    q("We would rather build this with everybody at the table than end up in a courtroom.", "Kevin Lindqvist", PER,
      "Mr. Lindqvist", "said"),
    q("My young people are leaving⋯nothing for them at home,", "Harold Moonias", PER, "Chief Moonias", "said"),
    q("I respect my neighbours.⋯what my people told me to do.", "Harold Moonias", PER, "Chief Moonias", "said"),
    q("poison every relationship in the region for a generation.", "Nishnawbe Regional Council", ORG,
      "A letter sent to the province’s Indigenous affairs ministry in January by the Nishnawbe Regional Council",
      "warned", PARTIAL),
    q("There was real worry that the money would walk,", "a senior provincial official", ANON, "the official",
      "said"),
    q("to respect its obligations,", "Sylvie Gagnon", PER,
      "federal Crown-Indigenous Relations Minister Sylvie Gagnon", "said", PARTIAL),
    q("reckless", "Teresa Lindo", PER, "Ontario NDP Leader Teresa Lindo", "called", PARTIAL),
    q("The province has a strong record on paper.⋯actually listened,", "Dayna Redsky", PER, "Ms. Redsky", "said"),
    q("They can approve whatever they want in Thunder Bay,", "Abel Sutherland", PER, "he", "said"),
    q("The road still has to come through here.", "Abel Sutherland", PER, "he", "said"),
])

# A National Post story on wildfire survivors suing their insurers: a deck's scare quote, "said X, the Vancouver
# lawyer who filed the claim", a homeowner and "her husband, Stan," (same surname), "Her neighbour, X," by pronoun,
# an insurer's statement ("the statement said") with a named spokesperson who gives no quote, an industry council's
# vice-president "in an interview", the lawyer's reply by pronoun after "X scoffed", the finance minister, an MLA's
# "called that “…”", "the society’s co-ordinator, X, said", a Facebook post "saying", the homeowner's "she said".

doc("ca-natpost-05", "canadian-news", [
    q("These families did everything right.⋯some of them for 30 years,", "Rohan Bhatt", PER, "Rohan Bhatt",
      "said"),
    q("And when the worst thing happened⋯a house in this province.", "Rohan Bhatt", PER, "Rohan Bhatt", "said"),
    q("We didn’t buy a cheap policy.⋯put the house back,", "Debbie Kowalczyk", PER, "Kowalczyk", "said"),
    q("I asked him that question, in those words.⋯ask it twice.", "Debbie Kowalczyk", PER, "Kowalczyk", "said"),
    q("I’m 71. I’m not going to spend⋯an insurance company,", "Janice Pruden", PER, "she", "said"),
    q("But I understand why people are.", "Janice Pruden", PER, "she", "said"),
    q("continues to work with every customer", "Cascadia Mutual Insurance", ORG, "Cascadia Mutual", "said",
      PARTIAL),
    q("We understand the frustration of customers⋯policies were written,", "Cascadia Mutual Insurance", ORG,
      "the statement", "said"),
    q("Those costs are real, and they are being felt across the country.", "Cascadia Mutual Insurance", ORG,
      "the statement", "said"),
    q("Construction costs in the B.C. interior⋯priced for that,", "Aaron Liebowitz", PER, "Aaron Liebowitz",
      "said"),
    q("That’s not bad faith. That’s inflation.", "Aaron Liebowitz", PER, "Aaron Liebowitz", "said"),
    q("They’re the experts. They set the numbers,", "Rohan Bhatt", PER, "he", "said"),
    q("If the numbers were wrong⋯in Sorrento Bay.", "Rohan Bhatt", PER, "he", "said"),
    q("People should not be finding out⋯in the ashes,", "Nadine Achterberg", PER, "Achterberg", "said"),
    q("about a year too late.", "Kerry Fontaine", PER, "B.C. Conservative MLA Kerry Fontaine", "called", PARTIAL),
    q("Most of the people we talk to aren’t arguing about the fire anymore,", "Lisa Matheson", PER,
      "Lisa Matheson", "said"),
    q("They’re arguing about paperwork.", "Lisa Matheson", PER, "Lisa Matheson", "said"),
    q("not about picking a side.", "Shuswap Fire Recovery Society", ORG, "A post on the society’s Facebook page",
      "saying", PARTIAL),
    q("We’re 64 and 66. We’re not starting over somewhere else,", "Debbie Kowalczyk", PER, "she", "said"),
    q("We’re going home. It’s just going to take a judge to get us there.", "Debbie Kowalczyk", PER, "she", "said"),
], not_quotes=["rebuild"])

# The Hill on a filibuster fight: a headline with the president's word in marks and the leader's quote after a
# colon, `(R-Idaho)` tags, the president's post ("posted ... that", "and urged X to"), "He described the call as",
# "the Idaho Republican said", a joint statement of two senators and "the two senators said", a senator's post on X
# and "told The Hill", two GOP senators granted anonymity ("One of them said Sen. X stood up and told the room he had
# “…”", "the other senator said"), the minority leader on the floor, "said with a laugh", a senior GOP aide, a former
# parliamentarian "in an interview with The Hill", "he said" at the end.

doc("us-hill-05", "us-politics", [
    q("nuke", "Dorsey", PER, "Dorsey", None, PARTIAL, nth=0),
    q("The votes aren’t there", "Curtis Malloy", PER, "Malloy", None, nth=0),
    q("I’ve said it before and I’ll say it again⋯particularly close,", "Curtis Malloy", PER, "Malloy", "said"),
    q("hiding behind an ancient rule", "Dorsey", PER, "Dorsey", "posted", PARTIAL),
    q("nuke it, and do it now.", "Dorsey", PER, "[Dorsey] posted", "urged", PARTIAL),
    q("frank.", "Curtis Malloy", PER, "He", "described", PARTIAL),
    q("He knows where I am.⋯the day we’re in the minority,", "Curtis Malloy", PER, "the Idaho Republican", "said"),
    q("turn the Senate into a second House, with all of the whiplash that comes with it.",
      "Joan Albrecht and Tom Easterly", PER, "Sens. Joan Albrecht (R-Alaska) and Tom Easterly", "said", PARTIAL,
      speakers=["Joan Albrecht", "Tom Easterly"]),
    q("We support the goals of this bill.⋯to pass it,", "Joan Albrecht and Tom Easterly", PER, "the two senators",
      "said", speakers=["Joan Albrecht", "Tom Easterly"]),
    q("didn’t send us here to lose politely.", "Brock Danner", PER, "Sen. Brock Danner", "wrote", PARTIAL),
    q("You’re going to hear from a lot of folks⋯than they think,", "Brock Danner", PER, "he", "said"),
    q("not come to Washington to be a rubber stamp for anybody.", "Tom Easterly", PER, "Sen. Easterly", "told",
      PARTIAL),
    q("It got a little warm. Nobody threw anything,", "a GOP senator", ANON, "the other senator", "said"),
    q("use every tool we have", "Denise Farrow", PER, "Senate Minority Leader Denise Farrow", "said", PARTIAL),
    q("If they want to turn this place⋯in November,", "Denise Farrow", PER, "Farrow", "said"),
    q("Sure, we were for it when it was our bill,", "Raúl Ybarra", PER, "Ybarra", "said"),
    q("Everybody in this building is a hypocrite⋯on this year.", "Raúl Ybarra", PER, "Ybarra", "said"),
    q("That’s the one that actually has a deadline.⋯a press release,", "a senior GOP aide", ANON, "the aide", "said"),
    q("Presidents always think the filibuster⋯than presidents do,", "Elizabeth Rourke", PER, "Rourke", "said"),
    q("Not this week,", "Curtis Malloy", PER, "he", "said"),
])

# An AP story on a redistricting ruling, straight marks: the majority's author ("Writing for the majority, X said
# ... and that ...", "she wrote, noting that"), a dissenting judge, the attorney general's statement, "said X, the
# group's lead attorney", a plaintiff "in a phone interview" and by pronoun, the House speaker "R-Greenville" who
# "called the deadline", a state senator, a congressman's post on X, a political scientist after an inverted "said",
# a governor's office and "His spokesperson, X,", the attorney's "she said" at the end, a contributor line.

doc("us-ap-05", "us-politics", [
    q("with a precision that cannot be explained by anything other than race,", "Carolyn Esposito", PER,
      "U.S. District Judge Carolyn Esposito", "said", PARTIAL),
    q("does not survive contact with the evidence.", "Carolyn Esposito", PER, "U.S. District Judge Carolyn Esposito",
      "said", PARTIAL),
    q("The Legislature was free to pursue partisan advantage.⋯Black voters,", "Carolyn Esposito", PER, "she",
      "wrote"),
    q("substituted its own judgment for that of the people's elected representatives", "Raymond Tolbert", PER,
      "U.S. Circuit Judge Raymond Tolbert", "said", PARTIAL),
    q("Two unelected judges have decided⋯South Carolina's districts,", "Wesley Pruitt", PER, "Pruitt", "said"),
    q("We will appeal, and we expect to win.", "Wesley Pruitt", PER, "Pruitt", "said"),
    q("This is a map that took a community⋯no piece could matter,", "Dana Pressley-Grant", PER,
      "Dana Pressley-Grant", "said"),
    q("The court saw that, and it said so.", "Dana Pressley-Grant", PER, "Dana Pressley-Grant", "said"),
    q("They keep moving the lines around us. We never moved,", "Lucille Manigault", PER, "Manigault", "said"),
    q("I wanted to see one judge look at that map and tell me it made sense.", "Lucille Manigault", PER,
      "Manigault", "said"),
    q("I'm not ashamed of it. I waited a long time,", "Lucille Manigault", PER, "she", "said"),
    q("unrealistic", "Grant Ellison", PER, "he", "called", PARTIAL),
    q("We are going to follow the law, and the law right now says 45 days,", "Grant Ellison", PER, "Ellison",
      "told"),
    q("I'd just ask folks to understand⋯in six weeks.", "Grant Ellison", PER, "Ellison", "told"),
    q("We stood on that floor and told them this day was coming,", "Marcus Hill", PER, "Hill", "said"),
    q("They didn't want to hear it then. Maybe they'll hear it now.", "Marcus Hill", PER, "Hill", "said"),
    q("judicial activism at its worst.", "Jim Coker", PER, "Rep. Jim Coker", "said", PARTIAL),
    q("If this map is redrawn⋯with the stay,", "Andrea Nwosu", PER, "Andrea Nwosu", "said"),
    q("has full confidence in the attorney general", "Mark Tindall", PER, "Mark Tindall", "said", PARTIAL),
    q("Every election under an illegal map is an election these voters don't get back,", "Dana Pressley-Grant", PER,
      "she", "said"),
])

# A Washington Post story on a governor's pardon: a headline and deck without quotes, `(R)`/`(D-Norfolk)` tags, the
# governor's written statement ("Reddick said he had reviewed the case “…” and had concluded that ... “…”", then "the
# statement said"), a radio segment's name in marks ("Ask Richmond"), "told the host", the victim's mother "in an
# interview" and by pronoun, a prosecutor's "called the pardon", two people familiar ("the person said"), a press
# secretary, a state senator of the governor's party, a joint statement of two leaders ("the two leaders said"), a
# lawyer, a watchdog's director, a candidate's post on X, the mother's "she said" at the end.

doc("us-wapo-05", "us-politics", [
    q("with the same care I would give any petition", "Thomas Reddick", PER, "Reddick", "said", PARTIAL),
    q("paid a heavy price and shown genuine remorse.", "Thomas Reddick", PER, "Reddick", "said", PARTIAL),
    q("I understand that this decision will be painful⋯I have made it,", "Thomas Reddick", PER, "the statement",
      "said"),
    q("had nothing to do with it, zero.", "Thomas Reddick", PER, "he", "said", PARTIAL),
    q("If I had pardoned a stranger⋯question my integrity,", "Thomas Reddick", PER, "Reddick", "told"),
    q("Nobody from his office called us. Nobody,", "Maria Cortez", PER, "Cortez", "said"),
    q("I had to hear it from a stranger on the phone⋯is clean now.", "Maria Cortez", PER, "Cortez", "said"),
    q("I never got an answer. Now I know why,", "Maria Cortez", PER, "she", "said"),
    q("an insult to every family that has sat in a courtroom and trusted the process.", "Tyrone Beale", PER,
      "Loudoun County Commonwealth’s Attorney Tyrone Beale", "called", PARTIAL),
    q("There was nothing unusual about this case except who his father is,", "Tyrone Beale", PER, "Beale", "said"),
    q("The counsel’s office gave him a clear answer. He didn’t like it,", "a person familiar with the deliberations",
      ANON, "the person", "said"),
    q("routinely receives advice he does not follow.", "Caitlin Moore", PER, "Caitlin Moore", "said", PARTIAL),
    q("stunned.", "Bill Haskins", PER, "State Sen. Bill Haskins", "said", PARTIAL),
    q("I’ve knocked on the doors of families like the Cortezes.⋯to tell us,", "Bill Haskins", PER, "Haskins",
      "said"),
    q("No family in Virginia should learn from a reporter⋯has been pardoned,", "Lorraine Patel and Ed Vasquez", PER,
      "the two leaders", "said", speakers=["Lorraine Patel", "Ed Vasquez"]),
    q("Bradley will carry this for the rest of his life.⋯doesn’t change that,", "Steven Greer", PER, "Greer",
      "said"),
    q("In Virginia, the pardon power runs through one person and one desk.⋯exactly this,", "Nadia Flores", PER,
      "Flores", "said"),
    q("what pay-to-play looks like when somebody dies.", "Abigail Torres", PER, "Abigail Torres", "wrote", PARTIAL),
    q("I can’t change what he did. Maybe I can change what happens to the next mother,", "Maria Cortez", PER, "she",
      "said"),
], not_quotes=["Ask Richmond,"])

# An NPR story from a member station on a city police budget vote: present-tense "says" throughout, a speaker at
# public comment introduced after his quote's first half ("says X, whose older brother, Andre, was shot"), a council
# member's "She says" then "Everhart says", a no vote by pronoun, the chief "is quiet for a moment." before "he
# says", a police union's statement ("the union called ... and said") and its president's "says in the statement", the
# mayor, a diner owner by pronoun, a criminologist after "says X" inverted, the first speaker's "he says" at the end.

doc("us-npr-05", "us-politics", [
    q("My brother needed a nurse.⋯he got a real one,", "Kendrick Moss", PER, "Kendrick Moss", "says"),
    q("I'm not here to hate on the police.⋯the ones who came.", "Kendrick Moss", PER, "Kendrick Moss", "says"),
    q("We were paying officers time-and-a-half⋯for eight hours,", "Tanya Everhart", PER, "Everhart", "says"),
    q("That's not policing.⋯good for anybody.", "Tanya Everhart", PER, "Everhart", "says"),
    q("I'm for the crisis team. I'd have voted for a pilot tomorrow,", "Doug Reinholt", PER, "he", "says"),
    q("What I'm not for is pulling the money⋯the thing works.", "Doug Reinholt", PER, "he", "says"),
    q("Ask me in August,", "Ray Dominguez", PER, "he", "says"),
    q("I'll do what I can with what they give me. I always have.", "Ray Dominguez", PER, "he", "says"),
    q("a political stunt written in the blood of a tragedy", "Fraternal Order of Police Lodge 88", ORG, "the union",
      "called", PARTIAL),
    q("already stretched to the breaking point.", "Fraternal Order of Police Lodge 88", ORG, "the union", "said",
      PARTIAL),
    q("When the crisis team goes home at 11 p.m.⋯answer the call?", "Mike Sobczak", PER,
      "lodge president Mike Sobczak", "says"),
    q("We are.", "Mike Sobczak", PER, "lodge president Mike Sobczak", "says"),
    q("It's not exactly what I sent them. It's close enough, and it's the right direction,", "Arlene Sykes", PER,
      "Sykes", "says"),
    q("We owe Andre Moss's family that much.", "Arlene Sykes", PER, "Sykes", "says"),
    q("I've called 911 three times this year. Every time, somebody came,", "Linda Varga", PER, "she", "says"),
    q("I just want to keep it that way.", "Linda Varga", PER, "she", "says"),
    q("The early numbers are encouraging.⋯for other calls,", "Joyce Amankwah", PER, "Amankwah", "says"),
    q("But most of these programs are less than five years old.⋯is guessing.", "Joyce Amankwah", PER, "Amankwah",
      "says"),
    q("I want to see the van,", "Kendrick Moss", PER, "he", "says"),
    q("I want to see it pull up to somebody's house, and nobody gets hurt.", "Kendrick Moss", PER, "he", "says"),
])

# ---------------------------------------------------------------------------------------------------
# Branch corpus-more10: eight more articles on beats the corpus did not have, five Canadian and three US
# political, annotated by reading before the engine was run on them.
# ---------------------------------------------------------------------------------------------------

# A National Post story on a federal housing-fund clawback: a deck with two role-named quotes ("Housing minister
# says city ‘…’; mayor calls the clawback ‘…’") whose speakers are named in the body, three women quoted (the
# minister, the mayor, a councillor) so that "she" needs the paragraph, "accused Ottawa of “…”", "She said ... that
# council had simply “…”", a minister's named spokesperson "in an email", "according to a department official" then
# "the official said", a residents' coalition's statement ("said ... and accused"), "Its chair, X," by pronoun,
# "described the repeal as", "The minister, asked ... whether she would meet the mayor, said" then "she said", and
# "Dumont, for her part," after a sentence naming the councillor.

doc("ca-np-08", "canadian-news", [
    q("knew the deal", "Ingrid Solberg", PER, "Housing minister", "says", PARTIAL, nth=0),
    q("blackmail", "Carla Dumont", PER, "mayor", "calls", PARTIAL, nth=0),
    q("promises that get torn up at the first public meeting.", "Ingrid Solberg", PER,
      "Housing Minister Ingrid Solberg", "said", PARTIAL),
    q("Burlingwood knew the deal. Every city that signed knew the deal,", "Ingrid Solberg", PER, "Solberg", "told"),
    q("We are not in the business⋯never going to be built.", "Ingrid Solberg", PER, "Solberg", "told"),
    q("holding a gun to the head", "Carla Dumont", PER, "Burlingwood Mayor Carla Dumont", "accused", PARTIAL),
    q("Ottawa is telling a city of 140,000 people⋯but not both,", "Carla Dumont", PER, "Dumont", "said"),
    q("That’s not a partnership. That’s blackmail with a ribbon on it.", "Carla Dumont", PER, "Dumont", "said"),
    q("listened to the people who elected us.", "Carla Dumont", PER, "She", "said", PARTIAL),
    q("Nobody gets to say they didn’t see this coming.⋯in March,", "Tessa Harrow", PER, "Harrow", "said"),
    q("We took the money, we spent a good part of it, and now we get to find it in the tax base.", "Tessa Harrow",
      PER, "Harrow", "said"),
    q("will be in touch with the city about next steps regarding funds already advanced.", "Mathieu Caron", PER,
      "Mathieu Caron", "said", PARTIAL),
    q("There are conversations happening⋯voted to walk away,", "a department official", ANON, "the official",
      "said"),
    q("The minister went around the country⋯taking them back,", "Brent Kowalchuk", PER, "Kowalchuk", "said"),
    q("Meanwhile, housing starts in this province are down 14 per cent.", "Brent Kowalchuk", PER, "Kowalchuk",
      "said"),
    q("disappointed but not surprised", "Burlingwood Neighbourhoods Coalition", ORG,
      "The Burlingwood Neighbourhoods Coalition", "said", PARTIAL),
    q("treating established neighbourhoods as a bargaining chip.", "Burlingwood Neighbourhoods Coalition", ORG,
      "The Burlingwood Neighbourhoods Coalition", "accused", PARTIAL),
    q("We’re not against anybody moving here.⋯where our sewers are,", "Gordon Plaskett", PER, "he", "said"),
    q("a gift to the status quo.", "Sandeep Virk", PER, "Sandeep Virk", "described", PARTIAL),
    q("There are young families in Burlingwood⋯they were at work,", "Sandeep Virk", PER, "Virk", "said"),
    q("always open.", "Ingrid Solberg", PER, "The minister", "said", PARTIAL),
    q("But I’d like the mayor to come with a plan, not a press release,", "Ingrid Solberg", PER, "she", "said"),
    q("Council made its decision,", "Carla Dumont", PER, "she", "said"),
    q("If Ottawa wants to punish Burlingwood⋯explain that to them herself.", "Carla Dumont", PER, "she", "said"),
])

# A CBC national story on a ferry service cut, straight marks: a deck "union says problem was '…'" whose union is
# named in the body, a byline with a timestamp, the operator's CEO "said in a statement" then "the statement said",
# an islander on dialysis and "Her husband, Del," by pronoun, a principal, "Its president, X," after the union, the
# CEO's reply "In an interview with CBC News" (a partial "out of date" about the union president's figures, then "he
# said"), the minister "said in an email" then "the email said", "The Opposition's transportation critic, X, called",
# the islander's "she said" at the end after other women.

doc("ca-cbcnat-08", "canadian-news", [
    q("years in the making", "Coastal Marine Workers Union", ORG, "union", "says", PARTIAL, nth=0),
    q("We do not make a decision like this lightly.⋯the least bad,", "Warren Haldane", PER, "Warren Haldane",
      "said"),
    q("We would rather run a reduced schedule⋯cancel at the dock,", "Warren Haldane", PER, "the statement", "said"),
    q("I'm going to be sleeping in my car in a ferry lineup three nights a week,", "Nora Ketchum", PER, "Ketchum",
      "said"),
    q("At my age, with my kidneys⋯That's a medical emergency.", "Nora Ketchum", PER, "Ketchum", "said"),
    q("They keep telling us it's temporary,", "Del", PER, "he", "said"),
    q("They told us that about the Sunday run, too, and that was 2019.", "Del", PER, "he", "said"),
    q("We're going to have kids walking out in the middle of chemistry to catch a boat,", "Anita Rao", PER, "Rao",
      "said"),
    q("Or kids who just stop coming, which is what I'm actually worried about.", "Anita Rao", PER, "Rao", "said"),
    q("years in the making.", "Coastal Marine Workers Union", ORG, "The Coastal Marine Workers Union", "said",
      PARTIAL),
    q("They didn't train anybody.⋯They didn't do anything,", "Gary Lindholm", PER, "Lindholm", "said"),
    q("Now the islands are paying for it⋯cover what's left.", "Gary Lindholm", PER, "Lindholm", "said"),
    q("out of date", "Warren Haldane", PER, "Haldane", "said", PARTIAL),
    q("I understand the anger. If I lived on Quillan, I'd be angry too,", "Warren Haldane", PER, "he", "said"),
    q("But I'm not going to put a vessel in the water⋯Not for one sailing.", "Warren Haldane", PER, "he", "said"),
    q("deeply concerned", "Dev Malhotra", PER, "B.C. Transportation Minister Dev Malhotra", "said", PARTIAL),
    q("The safety of crews and passengers⋯we expect both,", "Dev Malhotra", PER, "the email", "said"),
    q("a slow-motion abandonment of coastal communities.", "Heather Olsen", PER, "Heather Olsen", "called", PARTIAL),
    q("This government found $300 million for a highway interchange last spring,", "Heather Olsen", PER, "Olsen",
      "said"),
    q("It can find the money for a ferry crew.", "Heather Olsen", PER, "Olsen", "said"),
    q("I don't want to leave. My mother is buried here,", "Nora Ketchum", PER, "she", "said"),
    q("But I'm not going to die in a ferry lineup, either.", "Nora Ketchum", PER, "she", "said"),
])

# A CP story on a wrongful-conviction review: the justice minister "told a news conference" then "he said in
# French", a review commission's report ("the report said"), several men in turn (the convicted man, his lawyer, a
# retired detective who "told The Canadian Press he stands by" then "he said"), "Feldman called ... “…”", a
# prosecution service's statement, the victim's sister after an inverted "said X, Mackay’s older sister" and "she
# said", a minister's named spokesperson, a law professor, "Bellamy’s mother, Irene, 79," then "she said afterward",
# "Asked how he felt ..., Bellamy was quiet for a few seconds." before "he said", the CP sign-off.

doc("ca-cp-08", "canadian-news", [
    q("Mr. Bellamy has waited more than three decades⋯Today, someone did,", "Arnaud Thériault", PER, "Thériault",
      "told"),
    q("There is nothing more serious in a justice system than convicting the wrong person,", "Arnaud Thériault", PER,
      "he", "said"),
    q("When the evidence tells us that may have happened, we have a duty to act.", "Arnaud Thériault", PER, "he",
      "said"),
    q("should never have been put before a jury⋯expected to receive,", "Criminal Conviction Review Commission", ORG,
      "the report", "said", PARTIAL),
    q("I walked into Stony Ridge when I was 21. I walked out when I was 48,", "Curtis Bellamy", PER, "Bellamy",
      "said"),
    q("I didn’t do this. I’ve been saying it in every room they ever put me in.", "Curtis Bellamy", PER, "Bellamy",
      "said"),
    q("There was no gun, no fingerprints, no DNA.⋯the jury never knew it,", "Marcus Feldman", PER, "Feldman",
      "said"),
    q("That is not a close call.", "Marcus Feldman", PER, "Feldman", "said"),
    q("a scandal that nobody in this province has ever had to answer for.", "Marcus Feldman", PER, "Feldman",
      "called", PARTIAL),
    q("determine the appropriate next steps,", "Manitoba Prosecution Service", ORG, "Manitoba Prosecution Service",
      "said", PARTIAL),
    q("We had a witness who put him near the station⋯took it to a jury,", "Len Harwood", PER, "he", "said"),
    q("Nobody told me about any deal.", "Len Harwood", PER, "he", "said"),
    q("For 30 years we were told they got the guy,", "Darlene Pruitt", PER, "Darlene Pruitt", "said"),
    q("Now I don’t know what to believe⋯before she dies.", "Darlene Pruitt", PER, "Darlene Pruitt", "said"),
    q("Not one person from the government picked up the phone,", "Darlene Pruitt", PER, "she", "said"),
    q("regrets that this did not happen.", "Élodie Marchand", PER, "Élodie Marchand", "said", PARTIAL),
    q("We keep learning the same lesson.⋯a jury needs to hear about,", "Amina Yusuf", PER, "Yusuf", "said"),
    q("This is a 1990s case, but I would not assume it is a 1990s problem.", "Amina Yusuf", PER, "Yusuf", "said"),
    q("I never stopped visiting him. Not one Sunday,", "Irene", PER, "she", "said"),
    q("I don’t hate anybody,", "Curtis Bellamy", PER, "he", "said"),
    q("I’m too old and too tired to hate anybody. I just want my name back.", "Curtis Bellamy", PER, "he", "said"),
])

# A Montreal Gazette story on a Quebec-Ottawa pharmacare deal: a deck "federal minister promises ... ‘…’" named in
# the body, the Quebec minister "said in French" and her federal counterpart by pronoun ("he said, adding that ...
# “…”"), a senior official on condition of not being named, a quote split by an inverted cue ("“…,” said X, the
# alliance’s president, “but …”"), "She said" for her with no quote, a PQ critic by apposition then "she said in
# French", a Liberal critic who "told the Gazette", a patients' group's "called", a patient and "His wife, Lorraine,"
# ("she said, laughing"), the Quebec minister's "“No,” Lapointe said." after "Asked by a reporter ..., she did not
# hesitate.", the federal minister's closing "he said" after "Oduya, standing beside her, smiled."

doc("ca-gazette-08", "canadian-news", [
    q("within a year", "Marcus Oduya", PER, "federal minister", "promises", PARTIAL, nth=0),
    q("Quebec has had a public drug plan since 1997. We did not need Ottawa to invent one for us,",
      "Geneviève Lapointe", PER, "Lapointe", "said"),
    q("What we needed was for Ottawa to pay its fair share, and today it has.", "Geneviève Lapointe", PER,
      "Lapointe", "said"),
    q("a model for how federalism is supposed to work.", "Marcus Oduya", PER, "Oduya", "called", PARTIAL),
    q("Patients don’t care whose logo is on the prescription. They care whether they can afford it,",
      "Marcus Oduya", PER, "he", "said"),
    q("within a year.", "Marcus Oduya", PER, "he", "adding", PARTIAL),
    q("There were two weekends in March when we thought it was over,", "a senior Quebec government official", ANON,
      "the official", "said"),
    q("Ottawa wanted a dashboard.⋯We ended up with an annual report.", "a senior Quebec government official", ANON,
      "the official", "said"),
    q("This is good news for patients,", "Hélène Tremblay-Roy", PER, "Hélène Tremblay-Roy", "said"),
    q("but somebody has to explain to the pharmacist⋯nobody has done that yet.", "Hélène Tremblay-Roy", PER,
      "Hélène Tremblay-Roy", "said"),
    q("with no strings, not with fewer strings.", "Chantal Dussault", PER, "Chantal Dussault", "said", PARTIAL),
    q("Quebec signed a contract⋯Quebecers’ own taxes,", "Chantal Dussault", PER, "she", "said"),
    q("That is not a victory. It is a discount on our autonomy.", "Chantal Dussault", PER, "she", "said"),
    q("In the meantime, people in my riding were rationing insulin,", "Andrew Kovac", PER, "Kovac", "said"),
    q("I have a constituent who was splitting her pills⋯end of the month.", "Andrew Kovac", PER, "Kovac", "said"),
    q("the most important thing to happen to our members in a decade.", "DiabetAction Québec", ORG,
      "DiabetAction Québec", "called", PARTIAL),
    q("I’m on three medications.⋯with my credit card,", "Raymond Cohen", PER, "Cohen", "said"),
    q("If this works the way they say, I can stop doing the math.", "Raymond Cohen", PER, "Cohen", "said"),
    q("It’s the only spreadsheet I’ve ever kept,", "Lorraine", PER, "she", "said"),
    q("I’d be happy to throw it out.", "Lorraine", PER, "she", "said"),
    q("No,", "Geneviève Lapointe", PER, "Lapointe", "said"),
    q("And I think that is now clear to everyone in this room, including the federal minister.",
      "Geneviève Lapointe", PER, "Lapointe", "said"),
    q("We’ve agreed to disagree on the name,", "Marcus Oduya", PER, "he", "said"),
    q("We agree on the insulin.", "Marcus Oduya", PER, "he", "said"),
])

# An AFP election story as run in a Canadian paper: a deck "Canada ‘…’ by delays ..., Global Affairs says", an
# `(AFP)` dateline, the opposition candidate named by a description in the lead ("Maravia’s main opposition
# candidate accused ... of “…”") and "told AFP", the president's televised address by pronoun, an interior minister
# who "told state television", the electoral council's head ("telling reporters that ... “…”" then "he said"), an
# observer mission "led by" a former Canadian minister (the mission's statement, then her words), Global Affairs
# Canada's statement ("said ... and urged “…”"), a Western diplomat, a crowd's chant in Spanish with its gloss in
# marks, a protester after an inverted "said X, a 34-year-old schoolteacher", "Her brother, Julián," by pronoun, a
# political scientist, and the candidate's "she said" at the end.

doc("ca-afp-08", "canadian-news", [
    q("concerned", "Global Affairs Canada", ORG, "Global Affairs", "says", PARTIAL, nth=0),
    q("stealing the election in broad daylight", "Lucía Bermejo", PER, "Maravia’s main opposition candidate",
      "accused", PARTIAL),
    q("The people of Maravia voted for change⋯did not expect,", "Lucía Bermejo", PER, "Bermejo", "told"),
    q("What we are seeing now is not a count. It is an edit.", "Lucía Bermejo", PER, "Bermejo", "told"),
    q("The Maravian people have spoken clearly, peacefully and in the first round,", "Octavio Ruelas", PER, "he",
      "said"),
    q("I ask everyone, including those who did not vote for me, to respect that decision.", "Octavio Ruelas", PER,
      "he", "said"),
    q("take the streets instead of the courts", "Tomás Arbeláez", PER, "Interior Minister Tomás Arbeláez", "told",
      PARTIAL),
    q("There is a legal process for challenges. There is no process for chaos,", "Tomás Arbeláez", PER,
      "Arbeláez", "said"),
    q("a technical failure in the transmission system, nothing more.", "Efraín Salcedo", PER, "Efraín Salcedo",
      "telling", PARTIAL),
    q("Every vote was counted. Every tally sheet is in our custody,", "Efraín Salcedo", PER, "he", "said"),
    q("largely calm and well organized", "Organization of American Democracies", ORG,
      "An observer mission from the Organization of American Democracies", "said", PARTIAL),
    q("seriously undermined confidence in the results.", "Organization of American Democracies", ORG,
      "An observer mission from the Organization of American Democracies", "said", PARTIAL),
    q("We are not in a position to say that the outcome was altered.⋯that it was not,", "Denise Arsenault", PER,
      "Arsenault", "told"),
    q("That is exactly why the council must publish everything, and quickly.", "Denise Arsenault", PER,
      "Arsenault", "told"),
    q("concerned", "Global Affairs Canada", ORG, "Global Affairs Canada", "said", PARTIAL, nth=1),
    q("all parties to exercise restraint and to pursue any challenges through legal channels.",
      "Global Affairs Canada", ORG, "Global Affairs Canada", "urged", PARTIAL),
    q("Nobody wants to say the word fraud yet,", "a Western diplomat", ANON, "the diplomat", "said"),
    q("But nobody is saying the word clean, either.", "a Western diplomat", ANON, "the diplomat", "said"),
    q("¡Acta por acta!", "Bermejo supporters", ANON, "Thousands of Bermejo supporters", "chanting", PARTIAL),
    q("I stood in line for five hours on Sunday. I want to know where my vote went,", "Marisol Ocampo", PER,
      "Marisol Ocampo", "said"),
    q("I think the president won. But if they have nothing to hide, then show the sheets,", "Julián", PER, "he",
      "said"),
    q("When a president wins by a hair⋯a lot of its credibility,", "Ricardo Ibarra", PER, "Ricardo Ibarra", "said"),
    q("We will win this in the courts, and we will win it in the streets without throwing a single stone,",
      "Lucía Bermejo", PER, "she", "said"),
], ignore=["Sheet by sheet!"])

# A CNN story on border-crossing closures: a byline block, "according to an internal DHS memo obtained by CNN" then
# "the memo says", "Two sources familiar" then "One of the sources said" and "the source said", a senator who
# "called the plan “…” and said" then "told CNN", a senator of the other party "said in a statement" and "said later
# on CNN’s “The Lead.”" (a show name), a DHS spokesperson's statement, the press secretary at the briefing, a town
# select board chair and a farmer, Canada's public safety minister, a congresswoman by "She said" and "she told
# reporters", five women in the story, the first senator's "she said" at the end.

doc("us-cnn-08", "us-politics", [
    q("Staffing these facilities at current levels⋯minimum staffing thresholds,", "Department of Homeland Security",
      ORG, "the memo", "says"),
    q("They were blindsided, and they weren’t shy about saying so,", "a source familiar with the plan", ANON,
      "the source", "said"),
    q("a Washington spreadsheet decision", "Ruth Calder", PER, "Sen. Ruth Calder", "called", PARTIAL),
    q("These crossings aren’t numbers on a chart.⋯a customs booth there,", "Ruth Calder", PER, "Calder", "told"),
    q("You close it, and a 10-minute trip becomes a two-hour drive.", "Ruth Calder", PER, "Calder", "told"),
    q("pause any closure until Congress has had a chance to weigh in.", "Peter Lindahl", PER,
      "Sen. Peter Lindahl", "said", PARTIAL),
    q("I don’t agree with Sen. Calder on much, but I agree with her on this,", "Peter Lindahl", PER, "Lindahl",
      "said"),
    q("You don’t make the border more secure⋯less welcome.", "Peter Lindahl", PER, "Lindahl", "said"),
    q("continually evaluates the allocation of its personnel", "a DHS spokesperson", ANON, "a DHS spokesperson",
      "said", PARTIAL),
    q("no final decision has been made regarding any port of entry.", "a DHS spokesperson", ANON,
      "a DHS spokesperson", "said", PARTIAL),
    q("committed to a secure and efficient northern border", "Dana Ellery", PER, "press secretary Dana Ellery",
      "said", PARTIAL),
    q("Half the people in this town have family on the other side.⋯in Quebec,", "Judy Marchessault", PER,
      "Marchessault", "said"),
    q("Nobody from the government has called us. Not once.", "Judy Marchessault", PER, "Marchessault", "said"),
    q("If they close it, I lose a day a week on the road. That’s a day I’m not milking,", "Doug Pelletier", PER,
      "Pelletier", "said"),
    q("I voted for tougher borders. I didn’t vote for this.", "Doug Pelletier", PER, "Pelletier", "said"),
    q("We were not consulted, and we would have expected to be,", "Élise Fortier", PER, "Fortier", "said"),
    q("Our communities on the border are as worried as theirs are.", "Élise Fortier", PER, "Fortier", "said"),
    q("I want to see the plan before I decide whether I hate it,", "Colleen Abernathy", PER, "she", "told"),
    q("They’ve got until the markup,", "Ruth Calder", PER, "she", "said"),
    q("After that, it’s in the bill.", "Ruth Calder", PER, "she", "said"),
], not_quotes=["The Lead."])

# A Fox News Digital story on a governor's road-usage fee, straight marks: a headline "Minnesota Republicans vow ...
# 'road fee' ...: 'A tax on distance'" (a term in marks after a possessive `governor's`, then a senator's words
# named only in the body), the fee's name in marks in the lead, `R-Ashby`/`DFL-Duluth` labels, "told Fox News
# Digital", "said in a statement", the app promo line, a trade group's statement, a trucker, the governor's
# spokesperson "In a statement to Fox News Digital" then "the statement said", "he said" for the senator after
# "Holm said his office had requested it twice.", a committee chair's "said she supported “…”" and "she said", a farm
# bureau and "Its president, X,", "In a post on X, X wrote that", the governor's "she said" with a nested 'tax'.

doc("us-fox-08", "us-politics", [
    q("A tax on distance", "Craig Holm", PER, None, None),
    q("The gas tax was built for a world⋯12 miles to the gallon,", "Elena Marsh", PER, "Marsh", "said"),
    q("That world is gone.⋯whether your car runs on gas or not.", "Elena Marsh", PER, "Marsh", "said"),
    q("a tax on distance", "Craig Holm", PER, "Republican state Sen. Craig Holm", "called", PARTIAL),
    q("My constituents drive 40 miles to the grocery store⋯a light rail line,", "Craig Holm", PER, "Holm",
      "told"),
    q("This plan sends them a bill for living where they live.", "Craig Holm", PER, "Holm", "told"),
    q("every tool available", "Pete Lundquist", PER, "House Minority Leader Pete Lundquist", "said", PARTIAL),
    q("Families are already paying more⋯a meter on their minivan,", "Pete Lundquist", PER, "Lundquist", "said"),
    q("punish the industry that keeps Minnesota's shelves stocked.", "Minnesota Motor Carriers Association", ORG,
      "The Minnesota Motor Carriers Association", "said", PARTIAL),
    q("I put 110,000 miles a year on each of my rigs.⋯I'm not paying more,", "Rick Dahlberg", PER, "Dahlberg",
      "said"),
    q("The big outfits will figure it out. The little guys like me won't.", "Rick Dahlberg", PER, "Dahlberg",
      "said"),
    q("most rural households would pay within $50 a year of what they pay today.", "Nadia Okafor", PER,
      "spokesperson Nadia Okafor", "said", PARTIAL),
    q("Drivers with fuel-efficient vehicles⋯This plan ends that,", "Nadia Okafor", PER, "the statement", "said"),
    q("If the numbers are so good, show us the numbers,", "Craig Holm", PER, "he", "said"),
    q("the goal", "Annika Sorensen", PER, "State Rep. Annika Sorensen", "said", PARTIAL),
    q("I am not going to ask Minnesotans⋯what they do with it,", "Annika Sorensen", PER, "she", "said"),
    q("in its current form.", "Minnesota Farm Bureau Federation", ORG, "The Minnesota Farm Bureau Federation",
      "said", PARTIAL),
    q("A lot of my miles are on my own land. Why would I pay the state for that?", "Glen Rasmussen", PER,
      "Rasmussen", "said"),
    q("found a way to tax you for leaving the house.", "Pete Lundquist", PER, "Lundquist", "wrote", PARTIAL),
    q("I've heard the word 'tax' about a thousand times this week,", "Elena Marsh", PER, "she", "said"),
    q("What I haven't heard is anybody else's plan to fix a bridge.", "Elena Marsh", PER, "she", "said"),
], not_quotes=["road fee", "road usage fee,"])

# An NPR story on election-office turnover, present tense: a deck without quotes, a scene-setting lead and the
# acting director's "she says" with no name in the paragraph, her predecessor "spoke to NPR" and "Whitcomb says"
# with a nested quote of her husband, a nonprofit's research director after an inverted "says X", a voicemail ("a man
# who does not give his name says: “…”"), two county supervisors ("calls that argument “…”"), a secretary of state's
# spokesperson who "calls ... “…”", a man at public comment introduced before his inverted "says X", "Afterward, she
# says" then "she says" for the director after a man's name, three women by "she" near the end (the last "She does
# say that," she says: the quote's "She" is the predecessor, the cue's "she" the director).

doc("us-npr-08", "us-politics", [
    q("You learn not to hear the words after a while. You just listen for whether they say your address,",
      "Marisa Quintana", PER, "she", "says"),
    q("Some of them say my address.", "Marisa Quintana", PER, "she", "says"),
    q("I know every machine in this building by its serial number,", "Marisa Quintana", PER, "she", "says"),
    q("What I don’t know yet is how to be the person everybody is angry at.", "Marisa Quintana", PER, "she",
      "says"),
    q("Every time one of these people leaves⋯out the door with them,", "Ruth Adeyemi", PER, "Ruth Adeyemi", "says"),
    q("You can’t train that back in one election cycle.", "Ruth Adeyemi", PER, "Ruth Adeyemi", "says"),
    q("It was the man who followed me to my car after a canvass.⋯my daughter’s school,", "Diane Whitcomb", PER,
      "Whitcomb", "says"),
    q("At some point my husband said, ‘You’re allowed to stop.’ And I did.", "Diane Whitcomb", PER, "Whitcomb",
      "says"),
    q("We know who you are, and we know what you did in November.", "a man", ANON, "a man", "says"),
    q("I’m not against security. Nobody is against security,", "Frank Delgado", PER, "Delgado", "says"),
    q("But people in my district don’t trust the machines, and a fence doesn’t fix that.", "Frank Delgado", PER,
      "Delgado", "says"),
    q("a way of blaming the building for what people are being told about it.", "Carmen Ruiz", PER,
      "Supervisor Carmen Ruiz", "calls", PARTIAL),
    q("We’ve had hand counts.⋯here for a week,", "Carmen Ruiz", PER, "Ruiz", "says"),
    q("Every single one of them came back the same.", "Carmen Ruiz", PER, "Ruiz", "says"),
    q("a concern, but not a crisis.", "a spokesperson", ANON,
      "A spokesperson for Arizona Secretary of State Martin Villaseñor", "calls", PARTIAL),
    q("I’m not threatening anybody. I’m asking questions, and nobody answers them,", "Walt Brennan", PER,
      "Walt Brennan", "says"),
    q("Until somebody does, I’ll be back.", "Walt Brennan", PER, "Walt Brennan", "says"),
    q("He comes in, he asks, he argues with me, he goes home,", "Marisa Quintana", PER, "she", "says"),
    q("That’s democracy. That’s fine. It’s the ones who never come in that I worry about.", "Marisa Quintana", PER,
      "she", "says"),
    q("Not yet,", "Diane Whitcomb", PER, "she", "says"),
    q("Maybe not ever.⋯go home at night.", "Diane Whitcomb", PER, "she", "says"),
    q("She does say that,", "Marisa Quintana", PER, "she", "says"),
    q("I don’t always do the second part.", "Marisa Quintana", PER, "she", "says"),
])


# ---------------------------------------------------------------------------------------------------
# Branch corpus-more9: eight more articles in the manner of the two external sets, five Canadian
# (``canadian-news``) and three US political (``us-politics``), on beats the corpus did not have, annotated before
# the engine was run on them.
# ---------------------------------------------------------------------------------------------------

# A Canadian Press fisheries story: the minister's split quote and "she said in French", a stock assessment by the
# department ("found “…” and said ... “…”"), a harvesters' group director ("He called ... “…” and said it had been
# designed “…”", "Speaking in French, X warned"), a fisher with his age and a quote paragraph that follows on, a
# scientist "which she called", a plant owner after an inverted "said X, whose father ...", a chief "of X First
# Nation", a critic who "accused" and "wrote on X", "the minister said ... that “…”", an unnamed department official
# ("the official said"), a provincial minister's statement, a banner after "that read", the fisher's "he said" at the
# end, the CP sign-off.

doc("ca-cp-07", "canadian-news", [
    q("I know what this means for the families⋯this decision lightly,", "Hélène Bastarache", PER, "Bastarache",
      "said"),
    q("But the science is clear.⋯nothing left to open in five years.", "Hélène Bastarache", PER, "Bastarache",
      "said"),
    q("This is not a decision against fishers. It is a decision for the fishery,", "Hélène Bastarache", PER, "she",
      "said"),
    q("no clear signs of recovery", "Fisheries and Oceans Canada", ORG, "The assessment", "found", PARTIAL),
    q("likely contributing", "Fisheries and Oceans Canada", ORG, "The assessment", "said", PARTIAL),
    q("We’re being told to wait for fish⋯are coming back,", "Réjean Cormier", PER, "Cormier", "said"),
    q("Meanwhile the young guys⋯they don’t come back.", "Réjean Cormier", PER, "Cormier", "said"),
    q("a bandage on a broken leg", "Réjean Cormier", PER, "He", "called", PARTIAL),
    q("by people who have never unloaded a boat.", "Réjean Cormier", PER, "He", "said", PARTIAL),
    q("ghost wharves", "Réjean Cormier", PER, "Cormier", "warned", PARTIAL),
    q("My son was supposed to take over the boat. Now he’s driving a truck in Fort McMurray,", "Patrice Landry",
      PER, "Landry", "said"),
    q("He calls every Sunday and asks if there’s news. I tell him the same thing every year.", "Patrice Landry",
      PER, None, None),
    q("Herring is a forage fish.⋯to whales to gannets,", "Karen Oulton", PER, "Oulton", "said"),
    q("When you fish a forage stock down this far⋯out of the whole system.", "Karen Oulton", PER, "Oulton", "said"),
    q("the question everyone in Ottawa would rather not ask out loud.", "Karen Oulton", PER, "[She] said Ottawa",
      "called", PARTIAL),
    q("People think this is about fishermen.⋯qualify for the transition fund,", "Louise Haché", PER, "Haché",
      "said"),
    q("We were not asked. We were told, like everybody else,", "Marcia Francis", PER, "Francis", "said"),
    q("Our people fished herring in this bay⋯department of anything.", "Marcia Francis", PER, "Francis", "said"),
    q("managing the Gulf from a boardroom in Ottawa", "Dale Stoddard", PER,
      "Conservative fisheries critic Dale Stoddard", "accused", PARTIAL),
    q("The minister will spend $12 million⋯eating the stock,", "Dale Stoddard", PER, "Stoddard", "wrote"),
    q("every option is on the table,", "Hélène Bastarache", PER, "the minister", "said", PARTIAL),
    q("I won’t make a decision on seals⋯based on a headline,", "Hélène Bastarache", PER, "Bastarache", "said"),
    q("She wanted one clear message on the wharf today, not two,", "a department official", ANON, "the official",
      "said"),
    q("disappointed but not surprised", "Guy Arsenault", PER, "New Brunswick Fisheries Minister Guy Arsenault",
      "said", PARTIAL),
    q("She’s not a bad person.⋯with an empty hold,", "Patrice Landry", PER, "he", "said"),
], not_quotes=["No fish, no future."])

# A CBC Thunder Bay coroner's inquest, straight marks: a headline partial quote ("Jail nurse tells inquest she was
# '…'") repeated in the body, a byline block, the nurse introduced after her quote ("..., X, a registered nurse ...,
# told the five-member jury"), coroner's counsel's question and the nurse's "replied", "The nurse said", a guard who
# "testified" and "he said" about the dead man ("I thought he was sleeping"), "the officer said", three women (nurse,
# counsel, family lawyer) and the mother's statement read by the lawyer ("she said her son", "the statement said"),
# the presiding coroner's "he said", a chief by surname and a quote paragraph that follows on, a union local
# president, a ministry's emailed statement, the mother's "she told CBC News" at the end.

doc("ca-cbc-07", "canadian-news", [
    q("one person for 140 inmates", "Rhonda Pelletier", PER, "Jail nurse", "tells", PARTIAL, nth=0),
    q("I was one person for 140 inmates that night.⋯in withdrawal on a third,", "Rhonda Pelletier", PER,
      "Rhonda Pelletier", "told"),
    q("seemed high", "Rhonda Pelletier", PER, "Pelletier", "said", PARTIAL),
    q("settling down.", "Rhonda Pelletier", PER, "Pelletier", "said", PARTIAL),
    q("Did anyone ask you to assess him?", "Julia Brandt", PER, "Brandt", "asked"),
    q("No,", "Rhonda Pelletier", PER, "Pelletier", "replied"),
    q("If someone had asked me, I would have gone. I want his family to know that.", "Rhonda Pelletier", PER,
      "Pelletier", "replied"),
    q("at least a dozen times", "Rhonda Pelletier", PER, "The nurse", "said", PARTIAL),
    q("There were three of us for the whole building⋯every other range is empty,", "Brent Sawchuk", PER,
      "Sawchuk", "said"),
    q("through the window, not at him.", "Brent Sawchuk", PER, "Sawchuk", "said", PARTIAL),
    q("I saw a shape under a blanket. I thought he was sleeping,", "Brent Sawchuk", PER, "he", "said"),
    q("I'm not going to sit here and tell you we did everything right that night,", "Brent Sawchuk", PER,
      "the officer", "said"),
    q("was a person, not a bed number.", "Darlene Wapachee", PER, "[she] said her son", "said", PARTIAL),
    q("Tyler was funny and stubborn⋯more than anything in the world,", "Darlene Wapachee", PER, "the statement",
      "said"),
    q("He went in on a Friday for missing a curfew. He should have come home on Monday.", "Darlene Wapachee", PER,
      "the statement", "said"),
    q("Your job is not to find anyone at fault,", "Alan Firth", PER, "he", "said"),
    q("Your job is to help make sure this doesn't happen to somebody else's son.", "Alan Firth", PER, "he", "said"),
    q("the use of segregation for people who are in withdrawal.", "Julia Brandt", PER, "Brandt", "said", PARTIAL),
    q("We have lost too many of our young people in that building⋯goes on a shelf,", "Roseanne Meekis", PER,
      "Meekis", "said"),
    q("This time we want the recommendations to have dates on them.", "Roseanne Meekis", PER, None, None),
    q("Our members are not the reason Tyler died.⋯the same as he was,", "Kevin Lacroix", PER,
      "local president Kevin Lacroix", "said"),
    q("continues to take the health and safety of people in custody seriously.", "Ministry of the Solicitor General",
      ORG, "the Ministry of the Solicitor General", "said", PARTIAL),
    q("I come every day because he can't,", "Darlene Wapachee", PER, "she", "told"),
    q("Somebody in that room has to be there for him.", "Darlene Wapachee", PER, "she", "told"),
])

# A Globe and Mail story on a university's cuts: a deck's partial quote ("Faculty association head calls plan
# ‘…’") whose speaker is named only in the body, Ms./Mr. on second reference, a president's split quotes and "she
# said", "Its president, X, described the plan as" after the association, "told The Globe and Mail in an interview"
# and a quote paragraph that follows on, a provost's memo obtained by The Globe ("wrote"), the minister "told
# reporters at Queen’s Park" then "the minister said ... “…”", an NDP critic's "called that", a mayor, an
# international student ("She said she has ... “no idea”"), "said X, president of Y" inverted, an unnamed senior
# administrator, a consultant, the board's statement, the president's "she said" at the end among four women.

doc("ca-globe-07", "canadian-news", [
    q("managed decline", "Ingrid Solberg", PER, "Faculty association head", "calls", PARTIAL, nth=0),
    q("Nobody who works at this university wanted to be standing here today,", "Patricia Lemay", PER,
      "president Patricia Lemay", "said"),
    q("But we are not going to solve a $41-million problem⋯It won’t.", "Patricia Lemay", PER,
      "president Patricia Lemay", "said"),
    q("We were told for a decade⋯we did what we were told,", "Patricia Lemay", PER, "she", "said"),
    q("Then the rules changed in a single afternoon.", "Patricia Lemay", PER, "she", "said"),
    q("managed decline", "Ingrid Solberg", PER, "Ingrid Solberg", "described", PARTIAL, nth=1),
    q("They added 11 associate vice-presidents in six years.⋯an investment in students,", "Ingrid Solberg", PER,
      "Ms. Solberg", "told"),
    q("We have people here who built these programs from nothing.⋯15-minute video call.", "Ingrid Solberg", PER,
      None, None),
    q("alignment with the university’s regional mandate.", "Anand Rao", PER, "provost Anand Rao", "wrote",
      PARTIAL),
    q("Every institution in Ontario is dealing with the same federal decision. Most of them are managing,",
      "Nolan Fraser", PER, "Mr. Fraser", "told"),
    q("We expect Huronia to live within its means, the same as families do.", "Nolan Fraser", PER, "Mr. Fraser",
      "told"),
    q("in the coming weeks.", "Nolan Fraser", PER, "the minister", "said", PARTIAL),
    q("a shrug dressed up as a policy", "Chantal Bourdeau", PER,
      "NDP colleges and universities critic Chantal Bourdeau", "called", PARTIAL),
    q("The minister keeps talking about living within your means.⋯keep shrinking,", "Chantal Bourdeau", PER,
      "Ms. Bourdeau", "said"),
    q("That campus is the reason half the restaurants on Mississaga Street are still open,", "Gord Tremblay", PER,
      "Mr. Tremblay", "said"),
    q("no idea", "Priya Nair", PER, "[She] said she has", "said", PARTIAL),
    q("My parents took a loan against their house for me to be here,", "Priya Nair", PER, "Ms. Nair", "said"),
    q("I don’t want to be the story people tell about why you shouldn’t come to Canada.", "Priya Nair", PER,
      "Ms. Nair", "said"),
    q("Students didn’t make this decision and students shouldn’t pay for it,", "Malik Hassan", PER, "Malik Hassan",
      "said"),
    q("There was a version of this on the table⋯This was the compromise,", "a senior administrator", ANON,
      "the administrator", "said"),
    q("The smaller regional universities got hooked⋯the fewest other options,", "Graham Whitlock", PER,
      "Mr. Whitlock", "said"),
    q("When the tap closed, they were the ones left holding the bucket.", "Graham Whitlock", PER, "Mr. Whitlock",
      "said"),
    q("explored every alternative", "Huronia University board of governors", ORG, "the board of governors", "said",
      PARTIAL),
    q("That doesn’t fix the deficit. I know that,", "Patricia Lemay", PER, "she", "said"),
    q("But I am not going to ask anyone to do something I’m not willing to do myself.", "Patricia Lemay", PER, "she",
      "said"),
])

# A Toronto Star transit story: a sentence-case headline quote lifted from the body, a byline with the reporter's
# beat and a date line, a rider introduced in a feature lead and quoted after "said Friday, standing at a stop where
# ...", an agency CEO who "told reporters" then "She said ... “…”" and later "Whitmore said she would “…”", a
# consortium's statement with two partial quotes, a minister "who has called the project “…”", the mayor's "she said
# at city hall", `Coun. X (Ward 1, Etobicoke North)`, a diner owner, an anonymous source who "told the Star", an NDP
# critic's "accused", an advocate, five women quoted, the rider's "she said" at the end.

doc("ca-star-07", "canadian-news", [
    q("I’m paying for a train that doesn’t come", "Teresa Figueroa", PER, None, None, nth=0),
    q("I’m paying for a train that doesn’t come,", "Teresa Figueroa", PER, "Figueroa", "said"),
    q("My taxes paid for it. My bus goes past it. I can touch it.", "Teresa Figueroa", PER, "Figueroa", "said"),
    q("We are not going to open a line to the public⋯we are not certain,", "Dana Whitmore", PER,
      "RegionLink CEO Dana Whitmore", "told"),
    q("pursue every remedy available under the contract.", "Dana Whitmore", PER, "She", "said", PARTIAL),
    q("the result of late design changes requested by the owner", "Kingsway Transit Partners", ORG,
      "Kingsway Transit Partners", "said", PARTIAL),
    q("met every obligation", "Kingsway Transit Partners", ORG, "Kingsway Transit Partners", "said", PARTIAL),
    q("a textbook case of how not to build transit,", "Terrence Boyle", PER, "Transportation Minister Terrence Boyle",
      "called", PARTIAL),
    q("The people of Etobicoke have been patient far longer than anyone should have to be,", "Terrence Boyle", PER,
      "Boyle", "said"),
    q("Their patience is not a blank cheque.", "Terrence Boyle", PER, "Boyle", "said"),
    q("about an hour before the public did.", "Helen Costa", PER, "Mayor Helen Costa", "said", PARTIAL),
    q("It is the province’s line, and it is the province’s delay,", "Helen Costa", PER, "she", "said"),
    q("But it’s our residents standing at the bus stop.", "Helen Costa", PER, "she", "said"),
    q("We’ve been running a shadow service for three years on our dime because their train isn’t ready,",
      "Jamal Owusu", PER, "Owusu", "said"),
    q("They should be sending us a cheque.", "Jamal Owusu", PER, "Owusu", "said"),
    q("They took my parking⋯because a train was coming,", "Sam Dimitriou", PER, "Dimitriou", "said"),
    q("Now I need the train to come before the bank does.", "Sam Dimitriou", PER, "Dimitriou", "said"),
    q("Everyone knew the system wasn’t ready.⋯going to say it first,", "a source", ANON, "the source", "said"),
    q("hiding behind a consortium", "Rosa Delgado", PER, "NDP transit critic Rosa Delgado", "accused", PARTIAL),
    q("If the minister is so sure this is somebody else’s fault, he can put the contract on the table,",
      "Rosa Delgado", PER, "Delgado", "said"),
    q("Every one of these projects was sold⋯none of them has hit it,", "Nadia Khoury", PER, "Khoury", "said"),
    q("not make a promise I can’t keep.", "Dana Whitmore", PER, "Whitmore", "said", PARTIAL),
    q("I’ve been in this job 11 months.⋯do it a third time,", "Dana Whitmore", PER, "she", "said"),
    q("My daughter was in Grade 6 when they started digging. She’s in university now,", "Teresa Figueroa", PER,
      "she", "said"),
    q("Maybe she’ll ride it to her graduation.", "Teresa Figueroa", PER, "she", "said"),
])

# A Reuters story from an invented country as run in a Canadian paper: a headline "Ottawa calls verdict ‘…’" whose
# minister is named in the body, a judge's words reported by state media ("the state news agency MTA reported",
# "was quoted by MTA as saying"), a defence lawyer who "told Reuters by phone", a prosecutor general's office, the
# Canadian minister's "called ... and said ... “at every level.”" then a statement, "she said in French" without a
# quote, a foreign ministry spokeswoman "at a regular briefing" and "she said", a Western diplomat, a company's
# statement then "It said", a president's televised remarks in a relative-clause apposition, a rights group's
# director, the engineer's wife by first name ("Hadley’s wife, Caroline,") and a quote paragraph that follows on, a
# critic, a Global Affairs spokesperson "In an e-mail", "With files from".

doc("ca-intl-07", "canadian-news", [
    q("arbitrary", "Élise Vachon", PER, "Ottawa", "calls", PARTIAL, nth=0),
    q("with the knowledge and on the instructions of foreign interests,", "Aris Valchev", PER, "Judge Aris Valchev",
      "said", PARTIAL),
    q("The defendant’s actions caused damage⋯take years to repair,", "Aris Valchev", PER, "Valchev", "quoted"),
    q("This was a trial in which the defence⋯the prosecution’s file,", "Petar Ilić", PER, "Ilić", "told"),
    q("The verdict was written before the trial began.", "Petar Ilić", PER, "Ilić", "told"),
    q("in full accordance with Marovian law", "Marovia’s prosecutor general’s office", ORG,
      "Marovia’s prosecutor general’s office", "said", PARTIAL),
    q("the seriousness of crimes against the economic security of the state.",
      "Marovia’s prosecutor general’s office", ORG, "Marovia’s prosecutor general’s office", "said", PARTIAL),
    q("arbitrary", "Élise Vachon", PER, "Canada’s Foreign Affairs Minister Élise Vachon", "called", PARTIAL, nth=2),
    q("at every level.", "Élise Vachon", PER, "Canada’s Foreign Affairs Minister Élise Vachon", "said", PARTIAL),
    q("Mr. Hadley has been denied a fair trial⋯most basic international standards,", "Élise Vachon", PER, "Vachon",
      "said"),
    q("Canada will not accept this.", "Élise Vachon", PER, "Vachon", "said"),
    q("no foreign government will dictate verdicts to a Marovian judge.", "Lena Dragoš", PER,
      "Marovian foreign ministry spokeswoman Lena Dragoš", "said", PARTIAL),
    q("We would ask our Canadian partners⋯as we respect theirs,", "Lena Dragoš", PER, "she", "said"),
    q("Nobody here thinks this is really about a flooded tunnel,", "a Western diplomat", ANON, "the diplomat",
      "said"),
    q("It is about who owns Kovel at the end of the year.", "a Western diplomat", ANON, "the diplomat", "said"),
    q("deeply distressed", "Stellhorn Resources", ORG, "Stellhorn", "said", PARTIAL),
    q("acted at all times to protect the safety of the mine and its workers.", "Stellhorn Resources", ORG,
      "Stellhorn", "said", PARTIAL),
    q("treated our mountains like a bank they never had to pay back.", "Stefan Borun", PER,
      "President Stefan Borun", "said", PARTIAL),
    q("In the last two years we have seen three foreign managers⋯a company the state wanted,", "Mira Kostova", PER,
      "she", "said"),
    q("He told me not to worry about him and to make sure the dog was getting walked,", "Caroline", PER, "she",
      "told"),
    q("That’s Simon.⋯he’s worried about the dog.", "Caroline", PER, "she", "told"),
    q("I just want him home. I don’t care about the mine. Nobody in this house cares about the mine.", "Caroline",
      PER, None, None),
    q("waited far too long", "Harjit Bains", PER, "Conservative foreign affairs critic Harjit Bains", "said",
      PARTIAL),
    q("will continue to provide consular assistance to Mr. Hadley and his family.", "Mark Lindsay", PER,
      "Global Affairs Canada spokesperson Mark Lindsay", "said", PARTIAL),
])

# An AP special-election story in straight marks: the winner "told about 200 supporters", a crowd's chant after
# "chanted", the loser's concession statement split around "Halvorsen said", a campaign committee that "called it",
# a party chair's "called ... and said ... “…”" then "she said", the majority leader `R-Spencer` "in a statement", an
# anonymous strategist's partial quote, the governor (a woman) who "said she looked forward to", two voters with ages
# and "said she usually votes Republican", a hospital owner's statement, a political scientist after an inverted
# "said" and a quote paragraph that follows on, "she laughed." before the winner's "she said".

doc("us-ap-07", "us-politics", [
    q("People in this district didn't vote for a party tonight.⋯their property taxes,", "Rachel Dunmore", PER,
      "Dunmore", "told"),
    q("And I intend to remember that on the first day and the last day.", "Rachel Dunmore", PER, "Dunmore", "told"),
    q("Nurse Dunmore! Nurse Dunmore!", "the crowd", ANON, "The crowd", "chanted", PARTIAL),
    q("The voters have spoken, and I respect their decision,", "Craig Halvorsen", PER, "Halvorsen", "said"),
    q("I called Rachel to congratulate her⋯in Des Moines, too.", "Craig Halvorsen", PER, "Halvorsen", "said"),
    q("the first flip of the cycle.", "Democratic Legislative Campaign Committee", ORG,
      "The Democratic Legislative Campaign Committee", "called", PARTIAL),
    q("a five-alarm fire for Republicans", "Monica Treviño", PER, "Iowa Democratic Party Chair Monica Treviño",
      "called", PARTIAL),
    q("every district, not just the ones on the map.", "Monica Treviño", PER,
      "Iowa Democratic Party Chair Monica Treviño", "said", PARTIAL),
    q("If we can win here, in a seat they thought was safe⋯in Iowa anymore,", "Monica Treviño", PER, "she",
      "said"),
    q("Special elections are special.⋯didn't get our voters out,", "Tom Brandvold", PER, "Brandvold", "said"),
    q("We will next November.", "Tom Brandvold", PER, "Brandvold", "said"),
    q("and never found an answer to it.", "a Republican strategist", ANON, "A Republican strategist", "said",
      PARTIAL),
    q("working with Senator-elect Dunmore on the issues that matter to Iowans.", "Patricia Holm", PER,
      "Republican Gov. Patricia Holm", "said", PARTIAL),
    q("My granddaughter was born at that hospital.⋯shrugs about it closing,", "Marcy Kettleson", PER, "Kettleson",
      "said"),
    q("Everybody says they're going to cut your property taxes. He's the only one who ever did it,",
      "Jerry Vanderloo", PER, "Vanderloo", "said"),
    q("has not made a final decision", "Prairie Lakes Health", ORG, "Prairie Lakes Health", "said", PARTIAL),
    q("This is the kind of district that tells you more about turnout than about persuasion,", "Helena Marsh", PER,
      "Helena Marsh", "said"),
    q("Democrats are very good right now⋯is a different question.", "Helena Marsh", PER, None, None),
    q("Find out where my desk is,", "Rachel Dunmore", PER, "she", "said"),
    q("Then I'm filing that bill.", "Rachel Dunmore", PER, "she", "said"),
])

# A Politico story on a discharge petition: a headline and deck without quotes, `(R-Pa.)` tags, the last signer who
# "told reporters afterward", "led by Reps. X (R-Ariz.) and Y (D-Calif.)" then each by surname, "standing next to
# her" before the second's quote, the speaker's words at a closed-door meeting "according to two people in the room"
# and "One of them said the speaker warned members that ... “…”", "the Louisiana Republican", "he said: “…”" after a
# question, a member who "called the measure “…” and said members “…”", the minority leader "who said ..., accused",
# a leadership aide granted anonymity, "Stroud said she would ..." then "she said", a watchdog ("the group said"), a
# White House spokesperson, "he said with a laugh", a contributor line.

doc("us-politico-07", "us-politics", [
    q("I told my constituents I’d do this two years ago. I just ran out of reasons to wait,", "Don Whitlow", PER,
      "Whitlow", "told"),
    q("This is what the House is supposed to look like.⋯get a vote on it,", "Kayla Stroud", PER, "Stroud", "said"),
    q("It shouldn’t take a petition, but here we are.", "Kayla Stroud", PER, "Stroud", "said"),
    q("Kayla and I don’t agree on much.⋯in this building,", "Luis Ortega", PER, "Ortega", "said"),
    q("a gift to Democrats", "Wes Calloway", PER, "Calloway", "told", PARTIAL),
    q("is how you lose a majority, not how you keep one.", "Wes Calloway", PER, "the speaker", "warned", PARTIAL),
    q("I’ve said all along I support the goal here.⋯spouses and blind trusts,", "Wes Calloway", PER, "Calloway",
      "said"),
    q("We’re going to have a process, and it’s going to be a real one.", "Wes Calloway", PER, "Calloway", "said"),
    q("I’m not going to get ahead of anything.", "Wes Calloway", PER, "he", "said"),
    q("a bill written for cable news", "Phil Tanner", PER, "Rep. Phil Tanner", "called", PARTIAL),
    q("should be allowed to save for retirement like every other American.", "Phil Tanner", PER, "Rep. Phil Tanner",
      "said", PARTIAL),
    q("If somebody’s breaking the law, prosecute them. We already have a law for that,", "Phil Tanner", PER, "Tanner",
      "said"),
    q("protecting a perk.", "Gloria Pace", PER, "House Minority Leader Gloria Pace", "accused", PARTIAL),
    q("The American people figured this out a long time ago.⋯making money off it,", "Gloria Pace", PER, "Pace",
      "said"),
    q("If there’s going to be a vote, it’s going to be on our bill, not theirs,", "a senior GOP leadership aide", ANON,
      "the aide", "said"),
    q("If your husband is trading on what you heard in a classified briefing, that’s the whole problem,",
      "Kayla Stroud", PER, "she", "said"),
    q("You can’t carve out the whole problem.", "Kayla Stroud", PER, "she", "said"),
    q("Every town hall, it’s the first question. Every single one,", "Marisol Vega", PER, "Vega", "said"),
    q("Every one of those trades is a question the public shouldn’t have to ask,", "Accountable Congress Project",
      ORG, "the group", "said"),
    q("would sign a strong, bipartisan ban if it reaches his desk", "a White House spokesperson", ANON,
      "A White House spokesperson", "said", PARTIAL),
    q("I had about $40,000 in three companies. It was not a life-changing decision,", "Don Whitlow", PER, "he",
      "said"),
    q("It was a phone call to my broker.", "Don Whitlow", PER, "he", "said"),
])

# A New York Times field-hearing story on a VA hospital: a headline and a summary without quotes, a veteran in an
# anecdotal lead quoted after "said Mr. X, 76, who ...", "Senator X, Republican of Nebraska and a member of ...",
# Ms./Mr./Dr. on second reference, a regional director's answers ("Dr. Park replied") to the senator's question in
# indirect speech, an internal email obtained by The Times ("X, the hospital’s chief of emergency medicine, Dr. Y,
# wrote that" after another man is named, then "he wrote"), a nurse on condition of anonymity ("the nurse said"), a
# union local president, the veteran's wife by first name ("Mr. Jessup’s wife, Bonnie,") and "she said", a
# department spokesman's statement, a representative's one-word "called", the senator's "she said" and the veteran's
# "he said" at the end.

doc("us-nyt-07", "us-politics", [
    q("We drove past the VA to get to the other hospital,", "Harold Jessup", PER, "Mr. Jessup", "said"),
    q("I looked at it going by. All the lights were off on that side of the building.", "Harold Jessup", PER,
      "Mr. Jessup", "said"),
    q("I want to understand how a hospital⋯8 o’clock at night,", "Ruth Ackerly", PER, "Ms. Ackerly", "said"),
    q("And I want to understand why nobody told the veterans until the sign went up.", "Ruth Ackerly", PER,
      "Ms. Ackerly", "said"),
    q("We have posted these positions continuously.⋯We have tried contract staff,", "Elaine Park", PER, "Dr. Park",
      "said"),
    q("We cannot run an emergency department overnight without the people to run it safely.", "Elaine Park", PER,
      "Dr. Park", "said"),
    q("Our pay scales are set nationally,", "Elaine Park", PER, "Dr. Park", "replied"),
    q("I don’t control them, and neither does anyone in this building.", "Elaine Park", PER, "Dr. Park", "replied"),
    q("will push our sickest patients onto the road at the worst possible hour.", "Aaron Whitcroft", PER,
      "Dr. Aaron Whitcroft", "wrote", PARTIAL),
    q("I want to be on the record that I do not support this plan,", "Aaron Whitcroft", PER, "he", "wrote"),
    q("Dr. Whitcroft was right about the risk. I don’t dispute a word of it,", "Gregory Sayles", PER, "Mr. Sayles",
      "said"),
    q("The problem was that the alternative⋯I wasn’t going to do that.", "Gregory Sayles", PER, "Mr. Sayles",
      "said"),
    q("People didn’t leave because of the money at first. They left because they were exhausted,", "a nurse", ANON,
      "the nurse", "said"),
    q("Then the money made it easy.", "a nurse", ANON, "the nurse", "said"),
    q("Nobody should be surprised by this.⋯in writing again,", "Rick Daugherty", PER, "Mr. Daugherty", "said"),
    q("I’m not a nurse. I drove a school bus for 31 years,", "Bonnie", PER, "[she] said, holding", "said"),
    q("But I know you don’t make a man having a heart attack⋯a staffing chart.", "Bonnie", PER,
      "[she] said, holding", "said"),
    q("I love this hospital. The people here saved my life when I came home,", "Denise Whitlatch", PER,
      "Ms. Whitlatch", "said"),
    q("But I’m not going to wait around⋯if I need them at midnight.", "Denise Whitlatch", PER, "Ms. Whitlatch",
      "said"),
    q("remains committed to restoring 24-hour emergency care in Grand Island as soon as it can be done safely",
      "Terrence Hale", PER, "Terrence Hale", "said", PARTIAL),
    q("slow-walking", "Cal Brummett", PER, "Representative Cal Brummett", "called", PARTIAL),
    q("I don’t want to come back here in a year and have the same conversation,", "Ruth Ackerly", PER, "she",
      "said"),
    q("They’ll fix it when somebody dies,", "Harold Jessup", PER, "[he] said, pulling", "said"),
    q("I just hope it isn’t the next guy.", "Harold Jessup", PER, "[he] said, pulling", "said"),
])

# A Canadian Press inquiry report on a deadly apartment fire in Moncton: the commissioner's split quote after "told
# reporters", "In her report, X wrote that ... “…”" then "the report said" for her report, "X called ... “…” and found
# that ... bore “…”", a mayor's split quote, a former inspector on condition of anonymity ("he said"), a tenant after
# an inverted "said Richard, 34," and "called the report “a start.”" then "she said", a victim's son by first name
# ("His son, Denis,") then by full name, a landlord's lawyer's statement ("the statement said"), "which it described
# as" for the report, the fire marshal, a minister "said in French" then "She said" without a quote, a tenants'
# group co-ordinator, a PC critic's "had “sat on them.”", four women quoted, the commissioner's "she said" at the end,
# the CP sign-off.

doc("ca-cp-10", "canadian-news", [
    q("The people who died on Lutz Street were not failed by one person or one decision,", "Judith Arsenault", PER,
      "Arsenault", "told"),
    q("They were failed by a system⋯somebody else would deal with it.", "Judith Arsenault", PER, "Arsenault", "told"),
    q("without a single consequence.", "Judith Arsenault", PER, "Arsenault", "wrote", PARTIAL),
    q("Each inspection report records the problem. None of them records a follow-up,", "Judith Arsenault", PER,
      "the report", "said"),
    q("inspection without enforcement", "Judith Arsenault", PER, "Arsenault", "called", PARTIAL),
    q("primary responsibility", "Judith Arsenault", PER, "Arsenault", "found", PARTIAL),
    q("I’m not going to stand up here and make excuses,", "Paul Gallant", PER, "Gallant", "said"),
    q("We had the information. We didn’t act on it. That’s on us, and it’s on me.", "Paul Gallant", PER, "Gallant",
      "said"),
    q("We had a list of 60 buildings and two people to do them,", "a former inspector", ANON, "he", "said"),
    q("You go to the ones somebody is yelling about.⋯until it was too late.", "a former inspector", ANON, "he",
      "said"),
    q("I banged on every door I passed,", "Marie-Claude Richard", PER, "Richard", "said"),
    q("Some of them never opened.", "Marie-Claude Richard", PER, "Richard", "said"),
    q("a start.", "Marie-Claude Richard", PER, "Richard", "called", PARTIAL),
    q("Forty-one recommendations is a lot of paper. My neighbours are still dead,", "Marie-Claude Richard", PER,
      "she", "said"),
    q("He told them the doors were there for a reason.⋯mind his own business,", "Denis Boudreau", PER,
      "Denis Boudreau", "said"),
    q("co-operated fully", "Trevor Maillet", PER, "Trevor Maillet", "said", PARTIAL),
    q("Halcyon has never disputed that the fire was a tragedy,", "Trevor Maillet", PER, "the statement", "said"),
    q("But the report places on a private owner⋯and to the fire marshal.", "Trevor Maillet", PER, "the statement",
      "said"),
    q("chronically under-resourced and largely invisible", "Judith Arsenault", PER, "The report", "described",
      PARTIAL),
    q("For years we have had five inspectors⋯budget submissions for a decade,", "Roger Daigle", PER, "Daigle",
      "said"),
    q("We will not wait for another fire to change the law,", "Sylvie Thériault", PER, "Thériault", "said"),
    q("If it’s a PDF on a government website⋯before they sign a lease,", "Aline LeBlanc", PER, "LeBlanc", "said"),
    q("sat on them.", "Blaine Hachey", PER, "Progressive Conservative critic Blaine Hachey", "said", PARTIAL),
    q("The minister didn’t need a commissioner to tell her this. She needed to read her own briefing notes,",
      "Blaine Hachey", PER, "Hachey", "said"),
    q("Reports like this one have a way of being welcomed, praised and shelved.⋯doesn’t happen to this one,",
      "Judith Arsenault", PER, "she", "said"),
])

# A CBC News national story in straight marks on a First Nation's 20-year boil-water advisory: a deck's first clause
# "Chief says community 'can't wait another winter'" whose chief is named in the body (the words repeated there
# without marks), a byline line with `·`, a mother in a feature lead, the chief's split quote "said in an interview"
# then "he said", a plant operator ("Its operator, X,") with a split quote around "said, standing beside ...", a
# department's statement ("Indigenous Services Canada said in a statement that ... "…"", "the statement said", "The
# department ... blamed ... on ... "…""), a contractor's emailed statement then "the company said", a nurse-in-charge,
# an elder who "said in Oji-Cree, with her grandson, Jordan, translating" and the grandson's "he said", the minister's
# "she was "deeply frustrated"", "told reporters" and "the minister said she would not "…"", an NDP MP by apposition
# ("she said"), the mother's closing quote; five women quoted.

doc("ca-cbcnat-10", "canadian-news", [
    q("can't wait another winter", "Samuel Mamakeesic", PER, "Chief", "says", PARTIAL, nth=0),
    q("My oldest is 17. She has never in her life had a glass of water from the tap in her own house,",
      "Tanya Beardy", PER, "Beardy", "said"),
    q("People in Toronto can't imagine that. Here it's just normal.", "Tanya Beardy", PER, "Beardy", "said"),
    q("We've had the sod turning.⋯fly in for the photo,", "Samuel Mamakeesic", PER, "Chief Samuel Mamakeesic",
      "said"),
    q("What we haven't had is water.", "Samuel Mamakeesic", PER, "Chief Samuel Mamakeesic", "said"),
    q("I'm tired of being polite about it,", "Samuel Mamakeesic", PER, "he", "said"),
    q("It's held together with hose clamps and prayer,", "Wesley Kakegamic", PER, "Kakegamic", "said"),
    q("I can get the water clean enough to wash in. I can't get it clean enough to drink, not with this.",
      "Wesley Kakegamic", PER, "Kakegamic", "said"),
    q("more than 70 per cent complete", "Indigenous Services Canada", ORG, "Indigenous Services Canada", "said",
      PARTIAL),
    q("The department expects the plant⋯shortly afterward,", "Indigenous Services Canada", ORG, "the statement",
      "said"),
    q("challenges with the original contractor.", "Indigenous Services Canada", ORG, "The department", "blamed",
      PARTIAL),
    q("Norline was not prepared⋯the project has been delayed,", "Norline Construction", ORG, "the company", "said"),
    q("We treat the same kids for the same rashes over and over,", "Brenda Fiddler", PER, "Fiddler", "said"),
    q("You can give a child cream⋯she's back in two weeks.", "Brenda Fiddler", PER, "Fiddler", "said"),
    q("The water was our medicine. Now we are afraid of it,", "Mary Rae", PER, "Rae", "said"),
    q("I don't want to die before I drink from my own tap.", "Mary Rae", PER, "Rae", "said"),
    q("She asks me, is it done yet? Every time,", "Jordan Rae", PER, "he", "said"),
    q("I don't know what to tell her anymore.", "Jordan Rae", PER, "he", "said"),
    q("deeply frustrated", "Carole Whitford", PER, "Indigenous Services Minister Carole Whitford", "said", PARTIAL),
    q("Twenty years is unacceptable.⋯We will get this plant finished,", "Carole Whitford", PER, "Whitford", "told"),
    q("put a date on it that I can't keep.", "Carole Whitford", PER, "the minister", "said", PARTIAL),
    q("Every minister comes up here and says the same thing. Unacceptable, unacceptable, unacceptable,",
      "Lorraine Ducharme", PER, "she", "said"),
    q("Then they get back on the plane.", "Lorraine Ducharme", PER, "she", "said"),
    q("I didn't have a good answer for her,", "Tanya Beardy", PER, "Beardy", "said"),
    q("I told her someday it won't be.", "Tanya Beardy", PER, "Beardy", "said"),
])

# A Toronto Star investigation of elevator outages in rental towers: a sentence-case headline quote that is the head
# of a longer body quote (its speaker named only in the body), a deck without quotes, a two-line byline with the
# reporters' titles and a date line, a 79-year-old tenant in a feature lead, "Her daughter, Funmi," then "she said",
# "according to a Star analysis", a regulator's spokesperson "said in an email" with a split quote, a tenant organizer
# after an inverted "said X, an organizer with ...", a landlord's statement with two partial quotes then "the
# statement said", a mechanic who asked not to be named ("the mechanic said"), `Coun. X (Ward 24,
# Scarborough-Guildwood)` then "She said" without a quote, a landlords' association that "called the proposal “…”"
# with its president named in the next paragraph ("said X, the association’s president"), the mayor's "supported
# “the spirit”" then "the mayor said", the councillor's and the tenant's "she said" at the end; four women quoted.

doc("ca-star-10", "canadian-news", [
    q("I haven’t been outside in 11 days", "Gladys Oduya", PER, None, None, nth=0),
    q("I haven’t been outside in 11 days. Not⋯not to the store,", "Gladys Oduya", PER, "Oduya", "said"),
    q("I’m not going down 17 floors. I know I won’t come back up.", "Gladys Oduya", PER, "Oduya", "said"),
    q("I’m 52. I’m not young either,", "Funmi", PER, "she", "said"),
    q("By the 12th floor, I’m sitting in my mother’s chair.", "Funmi", PER, "she", "said"),
    q("Our mandate is safety. If an elevator is shut down, from our point of view it is safe,", "Renata Kowal", PER,
      "EDSA spokesperson Renata Kowal", "said"),
    q("Availability is a matter between tenants and landlords.", "Renata Kowal", PER,
      "EDSA spokesperson Renata Kowal", "said"),
    q("An elevator that doesn’t run is the safest elevator in the world,", "Dwayne Ellis", PER, "Dwayne Ellis",
      "said"),
    q("It’s also useless to a woman on the 17th floor with a walker.", "Dwayne Ellis", PER, "Dwayne Ellis", "said"),
    q("more than $9 million on elevator modernization", "Brightwater Residential", ORG, "Brightwater", "said",
      PARTIAL),
    q("industry-wide shortages of parts and qualified technicians.", "Brightwater Residential", ORG, "Brightwater",
      "said", PARTIAL),
    q("We understand how difficult these outages are⋯as quickly as possible,", "Brightwater Residential", ORG,
      "the statement", "said"),
    q("Most of the time the part is sitting in a warehouse⋯approve the invoice,", "a mechanic", ANON, "the mechanic",
      "said"),
    q("I’ve had a job sit for three weeks waiting on a $4,000 sign-off.", "a mechanic", ANON, "the mechanic", "said"),
    q("We have a bylaw that says your heat has to be on by Sept. 15.⋯get to your apartment,", "Nadine Persaud", PER,
      "Persaud", "said"),
    q("That is absurd, and it is fixable.", "Nadine Persaud", PER, "Persaud", "said"),
    q("a blunt instrument", "Greater Toronto Apartment Owners’ Association", ORG,
      "The Greater Toronto Apartment Owners’ Association", "called", PARTIAL),
    q("Nobody wants an elevator down. It costs our members tenants and it costs them money,", "Philip Marchetti", PER,
      "Philip Marchetti", "said"),
    q("Fining a landlord $1,000 a day does not make a part arrive faster.", "Philip Marchetti", PER,
      "Philip Marchetti", "said"),
    q("the spirit", "Stephen Kwan", PER, "Mayor Stephen Kwan", "said", PARTIAL),
    q("I’ve climbed those stairs myself, in my old ward,", "Stephen Kwan", PER, "the mayor", "said"),
    q("But I want a rule we can actually enforce, not one that looks good in a press release.", "Stephen Kwan", PER,
      "the mayor", "said"),
    q("Every month we study this, somebody’s grandmother is stuck on the 17th floor,", "Nadine Persaud", PER, "she",
      "said"),
    q("My granddaughter has a recital in December. I told her I’ll be there if the elevator lets me,",
      "Gladys Oduya", PER, "she", "said"),
    q("That’s how I say it now. If the elevator lets me.", "Gladys Oduya", PER, "she", "said"),
])

# An Ottawa Citizen federal-policy story on closing federal office buildings: a deck's "Union calls plan ‘…’" (the
# union named in the body, where the same words are quoted again), a `hub` in marks in the lead, the Treasury Board
# President's split quotes after "told reporters" then "the minister said", a senior official who briefed "on
# condition they not be named" ("the official said"), the union's "called the plan “…”" then "said the union’s
# national president, X" inverted before a split quote, a collective agreement's wording under "which she said
# requires", a BIA director's "she said", a mayor's split quote, "something the minister said he was “open to”", the
# Gatineau mayor "said in French", "She said Gatineau expected to “…”", a Conservative critic's split quote around
# "said, referring to", "one of them said" after "Two employees at ESDC, who spoke on condition of anonymity", the
# minister's "was “confident”" then "he said", the union president's "she said" at the end.

doc("ca-citizen-10", "canadian-news", [
    q("a downtown demolition order", "Canadian Federal Workers’ Union", ORG, "Union", "calls", PARTIAL, nth=0),
    q("We are paying to heat, cool and secure office space that sits half empty on any given Friday,",
      "Martin Okafor", PER, "Okafor", "told"),
    q("Taxpayers expect us to stop doing that, and we are going to stop doing that.", "Martin Okafor", PER, "Okafor",
      "told"),
    q("This is about buildings, not people,", "Martin Okafor", PER, "the minister", "said"),
    q("Nobody is losing a job because we are giving back a lease.", "Martin Okafor", PER, "the minister", "said"),
    q("within weeks,", "a senior Treasury Board official", ANON, "A senior Treasury Board official", "said",
      PARTIAL),
    q("If we publish the list today, we weaken our hand with every landlord on it,",
      "a senior Treasury Board official", ANON, "the official", "said"),
    q("a downtown demolition order", "Canadian Federal Workers’ Union", ORG, "The Canadian Federal Workers’ Union",
      "called", PARTIAL, nth=1),
    q("They’re telling people who already commute⋯they won’t tell them which one,", "Diane Beaulieu", PER,
      "Diane Beaulieu", "said"),
    q("That’s not a plan. That’s a lottery.", "Diane Beaulieu", PER, "Diane Beaulieu", "said"),
    q("When a department leaves, the coffee shop closes six months later⋯and then the restaurant,", "Sandra Whelan",
      PER, "she", "said"),
    q("We have watched it happen building by building.", "Sandra Whelan", PER, "she", "said"),
    q("The federal government is the biggest landlord⋯the city moves with it,", "Gary Lindqvist", PER, "Lindqvist",
      "said"),
    q("We need to be at the table, not reading about it in the Citizen.", "Gary Lindqvist", PER, "Lindqvist", "said"),
    q("open to", "Martin Okafor", PER, "the minister", "said", PARTIAL),
    q("Downtown Gatineau was built around those buildings,", "Isabelle Charron", PER, "Charron", "said"),
    q("If they empty them, it is not only the public service that pays.", "Isabelle Charron", PER, "Charron", "said"),
    q("keep its fair share", "Isabelle Charron", PER, "She", "said", PARTIAL),
    q("finally catching up", "Ryan Doucette", PER, "Conservative Treasury Board critic Ryan Doucette", "said",
      PARTIAL),
    q("This is the same government that told us Phoenix would save money,", "Ryan Doucette", PER, "Doucette",
      "said"),
    q("I’ll believe $1.6 billion when I see the receipt.", "Ryan Doucette", PER, "Doucette", "said"),
    q("Four days a week in an office⋯the future they’re selling,",
      "an Employment and Social Development Canada employee", ANON, "one of them", "said"),
    q("confident", "Martin Okafor", PER, "Okafor", "said", PARTIAL),
    q("We have the occupancy data.⋯on a Tuesday and on a Friday,", "Martin Okafor", PER, "he", "said"),
    q("If they have the data, they should publish it,", "Diane Beaulieu", PER, "she", "said"),
], not_quotes=["hub"], ignore=["significant changes to the workplace."])

# A Bloomberg trade story as run in a Canadian paper (softwood-lumber duties): "a decision Canada’s trade minister
# called “…”" in the lead with the minister named further down, "the department said in a final determination", the
# Commerce Department's statement with two partial quotes after "its review had found" then "the statement said", the
# minister's split quote then "She said Canada remained “…”", a chief executive "said in an interview that the company
# would review “…”", "People familiar with the company’s plans, who asked not to be identified," then "one of the
# people said", a provincial minister's "called the decision “…”", a U.S. coalition whose chairman speaks "the
# coalition’s chairman, X, said in a statement", an analyst who "wrote in a note to clients", a mayor "in a phone
# interview", a union local president, "Sandhu, asked whether ..., said “all options”" then "she said", the
# "—With assistance from" line.

doc("ca-bloomberg-10", "canadian-news", [
    q("punitive and unjustified", "Priya Sandhu", PER, "Canada’s trade minister", "called", PARTIAL, nth=0),
    q("below-market stumpage fees", "U.S. Commerce Department", ORG, "The department", "said", PARTIAL),
    q("at less than fair value.", "U.S. Commerce Department", ORG, "The department", "said", PARTIAL),
    q("Commerce will continue to enforce our trade laws⋯forest-products industry,", "U.S. Commerce Department", ORG,
      "the statement", "said"),
    q("These duties are punitive and unjustified, and they have been found⋯looked at them,", "Priya Sandhu", PER,
      "Sandhu", "said"),
    q("American families are the ones paying for them, every time they buy a house.", "Priya Sandhu", PER, "Sandhu",
      "said"),
    q("ready to negotiate", "Priya Sandhu", PER, "She", "said", PARTIAL),
    q("every operation", "Graham Fullerton", PER, "Cascadia Chief Executive Officer Graham Fullerton", "said",
      PARTIAL),
    q("At these rates, a mill in the Interior that was marginal is now underwater,", "Graham Fullerton", PER,
      "Fullerton", "said"),
    q("We can’t run sawmills to lose money on every board we ship south. Nobody can.", "Graham Fullerton", PER,
      "Fullerton", "said"),
    q("There’s a list, and the Vanderhoof mill is near the top of it,", "a person familiar with the company’s plans",
      ANON, "one of the people", "said"),
    q("a tax on American homebuyers dressed up as a trade remedy.", "Ravi Dhaliwal", PER,
      "B.C. Forests Minister Ravi Dhaliwal", "called", PARTIAL),
    q("We are not going to redesign our forest policy to satisfy a lobby group in Washington,", "Ravi Dhaliwal", PER,
      "Dhaliwal", "said"),
    q("But where there are things we can do better for B.C. communities, we will do them.", "Ravi Dhaliwal", PER,
      "Dhaliwal", "said"),
    q("For too long, American mills⋯a foreign government’s balance sheet,", "Wade Ashcombe", PER, "Wade Ashcombe",
      "said"),
    q("Today’s decision levels that field.", "Wade Ashcombe", PER, "Wade Ashcombe", "said"),
    q("The bigger story is on the Canadian side,", "Melissa Trang", PER,
      "Harbourfront Capital Markets analyst Melissa Trang", "wrote"),
    q("We expect at least another 1.5 billion board feet⋯over the next 12 to 18 months.", "Melissa Trang", PER,
      "Harbourfront Capital Markets analyst Melissa Trang", "wrote"),
    q("Everyone here knows somebody at the mill. Most people know five,", "Donna Kerrigan", PER, "Kerrigan", "said"),
    q("When they talk in Ottawa about a trade file⋯enough kids next year.", "Donna Kerrigan", PER, "Kerrigan",
      "said"),
    q("tired of being a bargaining chip.", "Brent Ouellette", PER, "Brent Ouellette", "said", PARTIAL),
    q("Every time this comes around, it’s the guy on the green chain who pays for it,", "Brent Ouellette", PER,
      "Ouellette", "said"),
    q("all options", "Priya Sandhu", PER, "Sandhu", "said", PARTIAL),
    q("Nobody wins a lumber war,", "Priya Sandhu", PER, "she", "said"),
])

# An NBC News politics story on a House subpoena fight: a deck's "X’s lawyer called ... “…”" (the same words quoted
# again in the body), a byline, `Rep. X, R-Tenn.,` and "the Republican chairman" in the lead, the chairman's split
# quote after "told reporters", an internal email "in which a senior official at the office asked staff to “…”", the
# lawyer's letter ("wrote" twice), his "called the subpoena “…” and said his client would testify ... “…”" then "he
# said", the witness's one sentence after "she said only,", the ranking member "of Maryland" with "accused" then a
# statement and "She said ... “unanimously.”", a Republican who wants to wait, "Two sources familiar" then "one of
# the sources said", the speaker's "told reporters ... “100 percent.”", a committee spokeswoman, a show name after
# "Appearing on NBC’s", the chairman's "he said" and the ranking member's "she said" at the end; three women quoted.

doc("us-nbc-10", "us-politics", [
    q("a fishing expedition with a gavel.", "Alan Pressler", PER, "Dana Whitcombe’s lawyer", "called", PARTIAL),
    q("Subpoenas are not invitations,", "Curtis Vail", PER, "Vail", "told"),
    q("Ms. Whitcombe has had three months⋯comply with a lawful subpoena.", "Curtis Vail", PER, "Vail", "told"),
    q("prioritize the Pennsylvania and Michigan applications", "a senior official", ANON, "a senior official",
      "asked", PARTIAL),
    q("What the chairman is demanding is not information. It is a spectacle,", "Alan Pressler", PER, "Pressler",
      "wrote"),
    q("Ms. Whitcombe will not sit in a room⋯friendly outlets that evening.", "Alan Pressler", PER, "Pressler",
      "wrote"),
    q("a fishing expedition with a gavel", "Alan Pressler", PER, "Pressler", "called", PARTIAL, nth=1),
    q("tomorrow, if they want.", "Alan Pressler", PER, "Pressler", "said", PARTIAL),
    q("She has nothing to hide. She just won’t play the game in a back room,", "Alan Pressler", PER, "he", "said"),
    q("My lawyer has spoken for me,", "Dana Whitcombe", PER, "she", "said"),
    q("This committee has had every document it asked for.⋯on this program already,", "Sheila Marrow", PER,
      "Marrow", "said"),
    q("What it hasn’t had is a headline, and that is what this subpoena is for.", "Sheila Marrow", PER, "Marrow",
      "said"),
    q("unanimously.", "Sheila Marrow", PER, "She", "said", PARTIAL),
    q("I think she should come in. I’ve said that,", "Doug Kittredge", PER, "Kittredge", "said"),
    q("But contempt is a big hammer⋯the smaller ones first.", "Doug Kittredge", PER, "Kittredge", "said"),
    q("He’s counting,", "a source familiar with the committee’s planning", ANON, "one of the sources", "said"),
    q("He doesn’t bring it to the floor unless he knows it passes.", "a source familiar with the committee’s planning",
      ANON, "one of the sources", "said"),
    q("100 percent.", "Ron Halvorsen", PER, "Speaker Ron Halvorsen", "told", PARTIAL),
    q("If you get a subpoena from the United States Congress, you show up.⋯a Republican or a Democrat,",
      "Ron Halvorsen", PER, "Halvorsen", "said"),
    q("not a serious one.", "Brooke Tanner", PER, "Committee spokeswoman Brooke Tanner", "said", PARTIAL),
    q("Written answers are drafted by lawyers.⋯signed off on these grants,", "Brooke Tanner", PER, "she", "said"),
    q("Whatever the Justice Department does, the House has to do its job,", "Curtis Vail", PER, "he", "said"),
    q("If we let this go, every witness from now on knows they can just not show up.", "Curtis Vail", PER, "he",
      "said"),
    q("Put her in a hearing room with cameras, and let everybody ask what they want,", "Sheila Marrow", PER, "she",
      "said"),
    q("That’s what Congress is supposed to look like.", "Sheila Marrow", PER, "she", "said"),
], not_quotes=["Meet the Press"])

# A Fox News Digital statehouse story in straight marks on a school-voucher bill: a headline quote after a colon
# ("...: 'Parents are done waiting'") that is a shortened form of the sponsor's body quote (he is named only in the
# body), a deck without quotes, a program's name in marks, `State Sen. X, R-Lancaster, the bill's sponsor,` who "told
# Fox News Digital" then "he said", a teachers union that "blasted the bill as "…"" and its president's statement,
# "Dominick said the union would "…"", the app promo line, a Democrat's one-word "coupon", a mother who "told Fox News
# Digital" then "She said" without a quote, the governor's radio remark ("she said she would not sign "…""), her
# spokesperson's statement then "the statement said", the majority leader `R-Centre`, a national group that "called
# Tuesday's passage "…"" then "the group's president, X, said" after a split quote.

doc("us-fox-10", "us-politics", [
    q("Parents are done waiting", "Mark Brenneman", PER, None, None),
    q("Parents in this state are done waiting.⋯teaching them to read,", "Mark Brenneman", PER, "Brenneman", "told"),
    q("This bill gives them a way out.", "Mark Brenneman", PER, "Brenneman", "told"),
    q("If your ZIP code decides whether your kid learns to read, that's not public education. That's a lottery,",
      "Mark Brenneman", PER, "he", "said"),
    q("a voucher scheme", "Keystone Educators Association", ORG, "The Keystone Educators Association", "blasted",
      PARTIAL),
    q("Every dollar that goes to a private academy⋯a full-time reading specialist,", "Carla Dominick", PER,
      "union president Carla Dominick", "said"),
    q("Senate Republicans should be fixing our public schools, not abandoning them.", "Carla Dominick", PER,
      "union president Carla Dominick", "said"),
    q("use every tool we have", "Carla Dominick", PER, "Dominick", "said", PARTIAL),
    q("coupon", "Anthony Russo", PER, "Democratic state Sen. Anthony Russo", "said", PARTIAL),
    q("Tuition at the Catholic high school two blocks from my office is $14,000. This bill gives you eight,",
      "Anthony Russo", PER, "Russo", "said"),
    q("So who is this really for? It's for the families who could already afford it.", "Anthony Russo", PER,
      "Russo", "said"),
    q("They don't have to take the kid with a disability.⋯down the street takes everybody,", "Anthony Russo", PER,
      "he", "said"),
    q("Nobody is forcing anybody to use this,", "Mark Brenneman", PER, "Brenneman", "said"),
    q("If the public school is working for your family, stay.⋯for whom it isn't working.", "Mark Brenneman", PER,
      "Brenneman", "said"),
    q("My son was in fourth grade⋯told me he'd catch up,", "Erica Vance", PER, "Vance", "told"),
    q("He didn't catch up.⋯paying for it with two jobs.", "Erica Vance", PER, "Vance", "told"),
    q("I'm not against teachers. My sister's a teacher,", "Erica Vance", PER, "Vance", "said"),
    q("I'm against my kid falling through the cracks.", "Erica Vance", PER, "Vance", "said"),
    q("anything that takes money out of public schools.", "Theresa Kolb", PER, "[she] said she would not", "said",
      PARTIAL),
    q("serious concerns", "Alyssa Grant", PER, "Kolb spokesperson Alyssa Grant", "said", PARTIAL),
    q("The governor has made historic investments⋯undoes that progress,", "Alyssa Grant", PER, "the statement",
      "said"),
    q("Every member of the House is going to have to tell parents⋯make sure they do,", "Dale Hoffner", PER, "Hoffner",
      "said"),
    q("a historic day for Pennsylvania kids.", "Families for Education Freedom", ORG, "Families for Education Freedom",
      "called", PARTIAL),
    q("The momentum is on the side of parents,", "Rick Calder", PER, "Rick Calder", "said"),
    q("Pennsylvania is going to join the list. It's a matter of when, not if.", "Rick Calder", PER, "Rick Calder",
      "said"),
], not_quotes=["Keystone Opportunity Accounts"])

# A public-radio sheriff's race story in the present tense: a deck and byline without quotes, signs in capitals, the
# sheriff's split quote after "says, leaning against his patrol truck", his challenger (also a man, also a
# Republican) "says over coffee", a state board's report that "found the jail was “…”", a mother whose quote nests
# a jail worker's words, "Dunning says ..." without a quote then "he says", a commissioner (a woman) who says the
# sheriff made choices, "Asked about that, Dunning shrugs." then "he says", "Dunning’s campaign calls that account
# “…”", "Briggs laughs when he hears that." then "he says", a rancher's "says" inverted after the quote, a political
# scientist, a heckler who "shouted, “…”", "Dunning stops for a moment" then "he says", the mother's "she says" at
# the end after "Linda Sorensen was in the room, too."

doc("us-npr-10", "us-politics", [
    q("I’ve been doing this job for 12 years⋯run against me before,", "Wade Dunning", PER, "Sheriff Wade Dunning",
      "says"),
    q("So I guess I’m learning how to campaign at 63.", "Wade Dunning", PER, "Sheriff Wade Dunning", "says"),
    q("I worked for Wade for nine years. I respected him,", "Cody Briggs", PER, "Briggs", "says"),
    q("I still do, personally. But the jail is falling apart, and he doesn’t want to hear it.", "Cody Briggs", PER,
      "Briggs", "says"),
    q("chronically understaffed", "Idaho Jail Standards Board", ORG, "A report by the Idaho Jail Standards Board",
      "found", PARTIAL),
    q("I told them, he’s going to get sick, he needs a doctor,", "Linda Sorensen", PER, "she", "says"),
    q("And the woman on the phone said, ‘Ma’am, we handle this every day.’", "Linda Sorensen", PER, "she", "says"),
    q("I don’t know if Cody can fix it,", "Linda Sorensen", PER, "Sorensen", "says"),
    q("I know Wade didn’t.", "Linda Sorensen", PER, "Sorensen", "says"),
    q("People want to put this on me, and I understand that. It’s my jail,", "Wade Dunning", PER, "he", "says"),
    q("But I can’t hire deputies with money the commissioners don’t give me.", "Wade Dunning", PER, "he", "says"),
    q("We funded what he asked for,", "Joan Pettibone", PER, "Pettibone", "says"),
    q("He made choices about where it went.⋯we didn’t give him anything.", "Joan Pettibone", PER, "Pettibone",
      "says"),
    q("Joan and I have disagreed about the budget for 12 years,", "Wade Dunning", PER, "he", "says"),
    q("She’s a good commissioner. She’s wrong about this.", "Wade Dunning", PER, "he", "says"),
    q("a story he’s telling to get elected", "Wade Dunning’s campaign", ORG, "Dunning’s campaign", "calls", PARTIAL),
    q("I did get passed over. That’s true,", "Cody Briggs", PER, "he", "says"),
    q("I also wrote him six memos about the night shift. I’ve got copies. He can have them back.", "Cody Briggs", PER,
      "he", "says"),
    q("Wade shows up.⋯That counts for something out here,", "Dale Ostrander", PER, "Ostrander", "says"),
    q("Most years, nobody is paying attention to the sheriff,", "Ana Whitfield", PER, "she", "says"),
    q("When somebody dies in the jail⋯people start paying attention.", "Ana Whitfield", PER, "she", "says"),
    q("Three dead, Wade!", "a man in the back row", ANON, "a man in the back row", "shouted"),
    q("He’s not wrong,", "Wade Dunning", PER, "he", "says"),
    q("Three people died. I think about that more than anybody in that room.", "Wade Dunning", PER, "he", "says"),
    q("I just want the next mother to get a different phone call,", "Linda Sorensen", PER, "she", "says"),
])


# ---------------------------------------------------------------------------------------------------
# Branch corpus-more11: eight more articles in the manner of the two external sets, five Canadian
# (``canadian-news``) and three US political (``us-politics``), on beats the corpus did not have, annotated before
# the engine was run on them.
# ---------------------------------------------------------------------------------------------------

# A Canadian Press story on a Commons committee hearing about the federal dental-care program: a headline partial
# quote "..., health minister tells MPs" and the lead's "calling the backlog “…”", a minister split around "told MPs",
# the Conservative critic's question ("he asked") and "the minister replied", a Bloc critic who "said in French that
# ... “…”" then "she said", a dentists' association president with a quote paragraph that follows on and "He
# described ... as", an NDP critic, a contractor's vice-president asked by the Bloc critic (two women in one
# sentence) then "she said", a witness with her age, an official not authorized ("the official said"), the
# minister's quote nesting the Conservatives' imagined words and "she added in French", "Krahn called that" then "the
# Conservative MP said", the association's statement, the CP sign-off.

doc("ca-cp-09", "canadian-news", [
    q("unacceptable,", "Nathalie Brisebois", PER, "health minister", "tells", PARTIAL),
    q("unacceptable", "Nathalie Brisebois", PER, "Health Minister Nathalie Brisebois", "calling", PARTIAL, nth=1),
    q("I’m not going to sit here and tell you this has gone the way we wanted it to,", "Nathalie Brisebois", PER,
      "Brisebois", "told"),
    q("It has not.⋯That is on us to fix.", "Nathalie Brisebois", PER, "Brisebois", "told"),
    q("Every dentist in my riding could have told her this was coming.⋯thanking them for their feedback,",
      "Tom Krahn", PER, "Krahn", "said"),
    q("How much of that will the company give back for missing its targets?", "Tom Krahn", PER, "he", "asked"),
    q("The contract has performance clauses, and we will use them,", "Nathalie Brisebois", PER, "the minister",
      "replied"),
    q("treated like subcontractors", "Sylvie Gagné-Roy", PER, "Bloc Québécois health critic Sylvie Gagné-Roy",
      "said", PARTIAL),
    q("Quebec has covered children’s dental care for 40 years.⋯can’t even pay the bills,", "Sylvie Gagné-Roy", PER,
      "she", "said"),
    q("Our members signed up in good faith. Many of them run small clinics with four or five employees,",
      "Marc Ellison", PER, "Ellison", "said"),
    q("When a clinic is carrying $60,000 in unpaid claims, that’s payroll. That’s rent.", "Marc Ellison", PER,
      "Ellison", "said"),
    q("Nobody wants to turn away a patient who finally has coverage.⋯may not have a choice.", "Marc Ellison", PER,
      None, None),
    q("a part-time job for the receptionist.", "Marc Ellison", PER, "He", "described", PARTIAL),
    q("The problem isn’t that Canadians are getting their teeth fixed.⋯a company that wasn’t ready,", "Owen Tallman",
      PER, "Tallman", "said"),
    q("We planned for the numbers we were given.⋯four days since February,", "Rebecca Thorne", PER, "Thorne",
      "said"),
    q("a matter between the company and the Crown.", "Rebecca Thorne", PER, "Thorne", "said", PARTIAL),
    q("Dentists deserve to see those numbers, and so do the members of this committee,", "Rebecca Thorne", PER,
      "she", "said"),
    q("I waited my whole life for coverage.⋯not taking the plan anymore,", "Gail Murchison", PER, "Murchison",
      "said"),
    q("There is no switch you can flip,", "a senior government official", ANON, "the official", "said"),
    q("become an excuse to kill a program that millions of people have signed up for.", "Nathalie Brisebois", PER,
      "Brisebois", "said", PARTIAL),
    q("The Conservatives would like nothing better⋯‘See, it doesn’t work,’", "Nathalie Brisebois", PER, "she",
      "said"),
    q("This program is here to stay,", "Nathalie Brisebois", PER, "she", "added"),
    q("a convenient thing to say when you’re not the one holding the invoice.", "Tom Krahn", PER, "Krahn", "called",
      PARTIAL),
    q("We support dental care for people who need it.⋯to lose the paperwork,", "Tom Krahn", PER,
      "the Conservative MP", "said"),
    q("make a recommendation to our members at that time.", "Canadian Dental Practitioners Association", ORG,
      "the dentists’ association", "said", PARTIAL),
])

# A CBC Nova Scotia story on a nursing-home inspection, straight marks: a deck "Operator says it is '…'" whose words
# are the operator's chief executive's in the body, a byline block, an inspection report ("the report said"),
# "according to the report", the minister's split quote "told reporters", a resident's daughter over three
# paragraphs (a quote paragraph that follows on), "said in a statement that the company" then the CEO's quote and
# "The statement said ... “…”", a union president's partial and split quotes and "He said ... “…”", an anonymous care
# aide ("she said"), the NDP critic and "She said that report had been “…”", "Asked about Boudreau's comments,
# Doucette said" then "the minister said", a family council's Facebook post ("the post said"), a mayor who "called",
# three women by pronoun, the daughter's "she said" at the end.

doc("ca-cbc-09", "canadian-news", [
    q("working around the clock", "Dennis Mahar", PER, "Operator", "says", PARTIAL, nth=0),
    q("Residents were observed in bed at 10:40 a.m.⋯since the previous evening,",
      "Department of Seniors and Long-Term Care", ORG, "the report", "said"),
    q("What's in that report is not acceptable in any home in this province, full stop,", "Carla Doucette", PER,
      "Doucette", "told"),
    q("Families trusted that home with the people they love.", "Carla Doucette", PER, "Doucette", "told"),
    q("I wrote down the date, the time, who was on shift, what I saw,", "Lorna MacIsaac", PER, "MacIsaac", "said"),
    q("I brought that notebook to the administrator in November.⋯they were short-staffed.", "Lorna MacIsaac", PER,
      "MacIsaac", "said"),
    q("I didn't need a government report to tell me what I was seeing with my own eyes.", "Lorna MacIsaac", PER,
      None, None),
    q("We are working around the clock⋯until we have,", "Dennis Mahar", PER, "Mahar", "said"),
    q("brought in an experienced director of care from our Halifax operations.", "Dennis Mahar", PER,
      "The statement", "said", PARTIAL),
    q("no surprise to anyone who works there.", "Jason Beaton", PER, "Jason Beaton", "said", PARTIAL),
    q("You've got two CCAs on a floor of 32 residents overnight. Two,", "Jason Beaton", PER, "Beaton", "said"),
    q("You can't turn everybody every two hours with two people.⋯knows it doesn't work.", "Jason Beaton", PER,
      "Beaton", "said"),
    q("like troublemakers.", "Jason Beaton", PER, "He", "said", PARTIAL),
    q("You start at seven and by midnight you're already behind, and you never catch up,", "a CCA", ANON, "she",
      "said"),
    q("And then you go home and you lie awake thinking about who you didn't get to.", "a CCA", ANON, "she", "said"),
    q("The minister is acting now⋯got worse this week,", "Lisa Boudreau", PER, "Boudreau", "said"),
    q("quietly closed", "Lisa Boudreau", PER, "She", "said", PARTIAL),
    q("Things changed at that home in the last six months, and we're going to find out why,", "Carla Doucette", PER,
      "the minister", "said"),
    q("We have been the ones watching,", "Tidewater Manor Family Council", ORG, "the post", "said"),
    q("We would like to be the ones in the room when they decide what happens next.", "Tidewater Manor Family Council",
      ORG, "the post", "said"),
    q("part of the fabric of this town", "Donnie Fraser", PER, "Westville Mayor Donnie Fraser", "called", PARTIAL),
    q("My own grandmother lived there. Nobody here wants to see it close,", "Donnie Fraser", PER, "Fraser", "said"),
    q("But nobody wants it to stay the way it is, either.", "Donnie Fraser", PER, "Fraser", "said"),
    q("I'll be the one in the parking lot with the notebook,", "Lorna MacIsaac", PER, "she", "said"),
])

# A Globe and Mail business/policy story on a provincial royalty deal with a nickel miner: a deck "Opposition calls
# the deal ‘…’" whose critic is named in the body, Mr./Ms. on second reference, the Premier's split quote at a
# signing ceremony, a minister "according to the province’s own estimates", a chief executive "in an interview" with
# a nested quoted slogan then "he said" after a sentence about him, an analyst's note to clients ("called the
# agreement “…”", "He wrote that", "Mr. X wrote"), the critic's "called the deal “…” and said", "Asked whether ...,
# the minister said ... “…”", a person familiar with the negotiations ("the person said"), a think-tank fellow, a
# union president, a mayor's "she said" after "Mayor X said", a mining association's statement.

doc("ca-globe-09", "canadian-news", [
    q("a giveaway dressed up as a win", "Wanda Tizzard", PER, "Opposition", "calls", PARTIAL, nth=0),
    q("For too long we’ve dug it up, loaded it on a boat and waved goodbye to it,", "Colin Hartery", PER,
      "Mr. Hartery", "said"),
    q("This time the ore stays here and the jobs stay here.", "Colin Hartery", PER, "Mr. Hartery", "said"),
    q("We didn’t give anything away.⋯that trade again tomorrow,", "Judith Pardy", PER, "Ms. Pardy", "said"),
    q("Automakers are asking us one question⋯who touched it along the way,", "Anders Lund", PER, "Mr. Lund", "said"),
    q("Being able to say ‘mined and refined in Canada’ is worth a great deal to us.", "Anders Lund", PER, "Mr. Lund",
      "said"),
    q("Every jurisdiction we spoke to put something on the table,", "Anders Lund", PER, "he", "said"),
    q("the single most important de-risking event", "Kyle Brophy", PER, "Kyle Brophy", "called", PARTIAL),
    q("Royalty relief is nice. Financing is the ballgame,", "Kyle Brophy", PER, "Mr. Brophy", "wrote"),
    q("a giveaway dressed up as a win", "Wanda Tizzard", PER,
      "Progressive Conservative natural resources critic Wanda Tizzard", "called", PARTIAL, nth=1),
    q("The company needed a refinery somewhere.⋯paid them to take it,", "Wanda Tizzard", PER, "Ms. Tizzard", "said"),
    q("Every other mining company in this province⋯asking for the same deal.", "Wanda Tizzard", PER, "Ms. Tizzard",
      "said"),
    q("only where there’s a processing plant attached, and not a day before.", "Judith Pardy", PER, "the minister",
      "said", PARTIAL),
    q("They came in low and we met them closer to our end. That’s what a negotiation is,",
      "a person familiar with the negotiations", ANON, "the person", "said"),
    q("The history of processing promises in this province is not a happy one,", "Devon Reid", PER, "Mr. Reid",
      "said"),
    q("The difference this time is that there’s money on the line⋯is a different question.", "Devon Reid", PER,
      "Mr. Reid", "said"),
    q("We’ll be knocking on that door before they pour the foundation,", "Cyril Rumbolt", PER, "Mr. Rumbolt", "said"),
    q("We’ve got eight vacant rental units in town. Eight,", "Bernice Oldford", PER, "she", "said"),
    q("Where are 300 construction workers going to sleep?", "Bernice Oldford", PER, "she", "said"),
    q("open for investment", "Mining Association of Newfoundland and Labrador", ORG,
      "The Mining Association of Newfoundland and Labrador", "said", PARTIAL),
])

# A Winnipeg Free Press city-hall story: a deck quote "‘…’ grandmother asks councillors" repeated in the body,
# a byline and posting line, `Coun. X (Ward)` for four councillors (three men) and second references by surname, a
# department's report ("The report said ... that “…”"), a quote nesting the city's imagined words, "He said ... a
# report counting visits “…”", a grandmother's quote "asked councillors" then a quote paragraph that follows on, a
# petitioner's "she told the committee", a city manager, "He moved a motion", "he told the Free Press the decision had
# been “…”", the mayor's "told reporters" then "the mayor said ... “…”", "Grewal called that" then "he said", a
# spokesperson for a provincial minister, a reporter's e-mail sign-off.

doc("ca-freep-09", "canadian-news", [
    q("Where are these kids supposed to go?", "Mary Ann Courchene", PER, "grandmother", "asks", nth=0),
    q("the cost per swim at both facilities⋯by a wide margin.", "Community Services Department", ORG, "The report",
      "said", PARTIAL),
    q("Nobody on this committee got into politics to close pools,", "Darlene Wiebe", PER, "Wiebe", "said"),
    q("But I can’t in good conscience⋯most people aren’t using.", "Darlene Wiebe", PER, "Wiebe", "said"),
    q("Most people aren’t using them because the city stopped maintaining them⋯the paint started peeling,",
      "Raj Grewal", PER, "Grewal", "said"),
    q("You let something fall apart⋯‘Look, it’s falling apart.’", "Raj Grewal", PER, "Grewal", "said"),
    q("doesn’t count the kids who stopped coming⋯half the summer for repairs.", "Raj Grewal", PER, "He", "said",
      PARTIAL),
    q("Where are these kids supposed to go?⋯their little brothers and sisters?", "Mary Ann Courchene", PER,
      "Courchene", "asked", nth=1),
    q("A lot of these families don’t have a car. A lot of them don’t have bus fare.", "Mary Ann Courchene", PER,
      "Courchene", "asked"),
    q("I learned to swim in that pool.⋯My grandkids were supposed to.", "Mary Ann Courchene", PER, None, None),
    q("Every single person I talked to said the same thing: fix it,", "Ashley Spence", PER, "she", "told"),
    q("Nobody said close it.", "Ashley Spence", PER, "she", "told"),
    q("We could patch them for another season or two⋯with a bigger number,", "Brent Kowalchuk", PER, "Kowalchuk",
      "said"),
    q("A splash pad is not a pool, and I don’t think anybody in this room is pretending it is,", "Marcel Lavallée",
      PER, "Lavallée", "said"),
    q("But if we’re going to take something away from a neighbourhood⋯not two years later.", "Marcel Lavallée", PER,
      "Lavallée", "said"),
    q("the hardest vote I’ve cast on this committee.", "Glen Sobczak", PER, "he", "told", PARTIAL),
    q("I understand why people are upset. I grew up going to an outdoor pool in this city,", "Tom Hrynkiw", PER,
      "Hrynkiw", "told"),
    q("But we have a $130-million infrastructure gap⋯isn’t leadership.", "Tom Hrynkiw", PER, "Hrynkiw", "told"),
    q("and neither one called us back.", "Tom Hrynkiw", PER, "the mayor", "said", PARTIAL),
    q("a pretty thin effort.", "Raj Grewal", PER, "Grewal", "called", PARTIAL),
    q("We found money for a new overpass in the suburbs in an afternoon,", "Raj Grewal", PER, "he", "said"),
    q("would be happy to have that conversation with the city.", "a spokesperson", ANON,
      "A spokesperson for Municipal Relations Minister Cheryl Manness", "said", PARTIAL),
    q("They should see the people who decide these things,", "Mary Ann Courchene", PER, "she", "said"),
    q("And the people who decide these things should have to look at them.", "Mary Ann Courchene", PER, "she", "said"),
])

# An AP volcano story from an invented Caribbean country as run in a Canadian paper: a deck "Ottawa says it is
# ‘…’" for Global Affairs Canada, "officials said", a prime minister's televised address, a volcanologist who "told
# The Associated Press" then "She said", an old man "said X, 78, speaking in Creole through an interpreter as his
# daughter, Nadège, packed" and her "she said" (by first name only), "said X, who heads Y" inverted, Global Affairs'
# partial quote then "the department said in a statement", the foreign minister's "said in French", a charter
# airline's statement, a stranded tourist "in a phone interview with The Canadian Press" then "She said ... “…”" and
# "she said", a critic, an anonymous official, the daughter's "she said" at the end, "With files from".

doc("ca-intl-09", "canadian-news", [
    q("in contact", "Global Affairs Canada", ORG, "Ottawa", "says", PARTIAL, nth=0),
    q("I know what I am asking of you.⋯do it tonight,", "Josette Marchal", PER, "Marchal", "said"),
    q("I would rather apologize to you next week for a false alarm than bury you.", "Josette Marchal", PER,
      "Marchal", "said"),
    q("What we saw last night was the volcano clearing its throat,", "Amara Joseph", PER, "Joseph", "said"),
    q("The gas readings this morning⋯or all at once.", "Amara Joseph", PER, "Joseph", "said"),
    q("My father built this house with his hands. I’m not leaving it to the mountain,", "Émile Baptiste", PER,
      "Émile Baptiste", "said"),
    q("He said the same thing in 1979,", "Nadège", PER, "she", "said"),
    q("He left then, too.", "Nadège", PER, "she", "said"),
    q("We have people sleeping in classrooms, in corridors, in the schoolyard under tarps,", "Lionel Desvaux", PER,
      "Lionel Desvaux", "said"),
    q("We need water, we need masks⋯not after.", "Lionel Desvaux", PER, "Lionel Desvaux", "said"),
    q("in contact with Canadian travellers and local authorities.", "Global Affairs Canada", ORG,
      "Global Affairs Canada", "said", PARTIAL),
    q("Canadians in Bellerive should follow the instructions⋯at all times,", "Global Affairs Canada", ORG,
      "the department", "said"),
    q("We are not going to leave anyone behind,", "Rachel Okonkwo-Bain", PER, "Okonkwo-Bain", "said"),
    q("But I want to be honest with families⋯until that runway is safe.", "Rachel Okonkwo-Bain", PER, "Okonkwo-Bain",
      "said"),
    q("every affected customer a seat on the first available departure at no additional cost.", "Air Boréal", ORG,
      "Air Boréal", "said", PARTIAL),
    q("Everybody stopped and took out their phones.⋯everybody went inside,", "Marie-Claude Thibodeau", PER,
      "Thibodeau", "said"),
    q("incredibly calm,", "Marie-Claude Thibodeau", PER, "She", "said", PARTIAL),
    q("We were supposed to fly home tomorrow.⋯Nobody can tell us anything,", "Marie-Claude Thibodeau", PER, "she",
      "said"),
    q("I know there are people up north⋯we want to go home.", "Marie-Claude Thibodeau", PER, "she", "said"),
    q("Hope is not a plan,", "Darren Kowalski", PER, "Kowalski", "said"),
    q("Everything is on the table, but you don’t put a Hercules on a runway covered in ash,", "a Canadian official",
      ANON, "the official", "said"),
    q("He’ll come,", "Nadège", PER, "she", "said"),
    q("He always says no the first time.", "Nadège", PER, "she", "said"),
])

# An AP federal-court story on a state voting law, straight marks and `--` dateline: a byline line, the judge's
# partial quote after "said she would issue a decision", a plaintiffs' lawyer "X, a lawyer for the plaintiffs, told
# the judge" then "He said ... “…,” he said", the state's lawyer, the judge's question in indirect speech and the
# lawyer's reply, "the judge said" and "he replied" in turn, "noting that “…”", a plaintiff with her age by pronoun
# then "Moss said, drawing laughter", `state Sen. X, R-Searcy` "in an interview", the secretary of state's statement
# ("said in a statement that his office “…”"), `D-Little Rock, who voted against the bill, called it`, a county
# clerk, "the judge said" and the plaintiff's reply at the end.

doc("us-ap-09", "us-politics", [
    q("well before anybody has to mail anything.", "Lorraine Haskett", PER, "U.S. District Judge Lorraine Haskett",
      "said", PARTIAL),
    q("Congress decided 40 years ago⋯not the county clerk. Her,", "Marcus Ilgen", PER, "Marcus Ilgen", "told"),
    q("Under this law, that person becomes a criminal at ballot number three,", "Marcus Ilgen", PER, "he", "said"),
    q("The state has a legitimate interest⋯a stack of 50 of them,", "Kyle Brantley", PER, "Brantley", "said"),
    q("Not in the record before the court, your honor,", "Kyle Brantley", PER, "Brantley", "said"),
    q("So we are talking about a problem the state believes could happen,", "Lorraine Haskett", PER, "the judge",
      "said"),
    q("We're talking about a problem the Legislature is entitled to prevent before it happens,", "Kyle Brantley", PER,
      "he", "replied"),
    q("for a lot of people in a group home, the staff are the closest thing to family they have.", "Lorraine Haskett",
      PER, "Haskett", "noting", PARTIAL),
    q("a line that could be enforced.", "Kyle Brantley", PER, "Brantley", "said", PARTIAL),
    q("I've voted in every election since I was 21 years old,", "Geraldine Moss", PER, "she", "said"),
    q("I'm not going to stop because somebody decided my friend from church looks like a criminal.", "Geraldine Moss",
      PER, "she", "said"),
    q("The last time I mailed something to the county, it came back to me three weeks later,", "Geraldine Moss", PER,
      "Moss", "said"),
    q("Nobody in Arkansas is being kept from voting.⋯for the whole neighborhood,", "Bart Kessinger", PER,
      "Kessinger", "said"),
    q("Two is a reasonable number. If somebody's got a better number, bring it to the Legislature.", "Bart Kessinger",
      PER, "Kessinger", "said"),
    q("will enforce whatever the law is on Election Day⋯know what that is.", "Wes Hadley", PER,
      "Secretary of State Wes Hadley", "said", PARTIAL),
    q("a solution in search of a problem", "Yvonne Darden", PER, "State Sen. Yvonne Darden", "called", PARTIAL),
    q("Are we asking a clerk at the front counter⋯That's what this does,", "Yvonne Darden", PER, "Darden", "said"),
    q("I've got a lot of questions and no answers yet,", "Ted Morrow", PER, "Morrow", "said"),
    q("I know it wasn't easy to get here,", "Lorraine Haskett", PER, "the judge", "said"),
    q("It's easier than getting my ballot in,", "Geraldine Moss", PER, "Moss", "said"),
])

# A New York Times story on a Senate Appropriations markup: a headline and a summary without quotes, "Senator X,
# Democrat of Washington, and Senator Y, Republican of Montana", "the committee’s chairwoman, Senator X of Maine",
# Mr./Ms. on second reference, "Mr. X, whose state lost ..., said" then "he said", the budget office's statement
# ("without “…”", "The statement said the administration “…” but “…”"), "The ranking Republican on the Interior
# subcommittee, Senator X of Wyoming, led the opposition. He said", the chairwoman's "she said" after "She cast her
# vote", a Republican senator not identified reporting what the chairwoman had told colleagues ("that she was “…”")
# then "the senator said", "called the vote “…”", "described the cut as", a squad boss over two paragraphs ("he
# said"), a union president, a senior House Republican aide ("the aide said").

doc("us-nyt-09", "us-politics", [
    q("We have been putting these people on a one-year contract⋯for five years now,", "Carl Brodsky", PER,
      "Mr. Brodsky", "said"),
    q("Then we act surprised⋯be paid next summer.", "Carl Brodsky", PER, "Mr. Brodsky", "said"),
    q("I don’t know how many ways there are to say it,", "Dale Whitford", PER, "he", "said"),
    q("You can’t fight a fire with a vacancy.", "Dale Whitford", PER, "he", "said"),
    q("any offsetting savings.", "Office of Management and Budget", ORG, "The Office of Management and Budget", "said",
      PARTIAL),
    q("supports our firefighters", "Office of Management and Budget", ORG, "The statement", "said", PARTIAL),
    q("cannot support open-ended commitments outside the regular budget process.", "Office of Management and Budget",
      ORG, "The statement", "said", PARTIAL),
    q("This is the wrong vehicle, and everybody on this dais knows it’s the wrong vehicle,", "Hank Osterberg", PER,
      "Mr. Osterberg", "said"),
    q("We are writing personnel law in an appropriations markup at 11 o’clock on a Thursday.", "Hank Osterberg", PER,
      "Mr. Osterberg", "said"),
    q("I have been to too many funerals in Maine and out West,", "Joan Kettering", PER, "she", "said"),
    q("I’ll vote yes.", "Joan Kettering", PER, "she", "said"),
    q("still undecided.", "Joan Kettering", PER, "Ms. Kettering", "told", PARTIAL),
    q("She keeps her own counsel,", "a Republican senator", ANON, "the senator", "said"),
    q("You find out when the clerk calls the roll, like everyone else.", "a Republican senator", ANON, "the senator",
      "said"),
    q("a rare good day", "Patricia Lindgren", PER, "Senator Patricia Lindgren", "called", PARTIAL),
    q("The House is going to tell us they can’t afford it,", "Patricia Lindgren", PER, "Ms. Lindgren", "said"),
    q("I would invite them to price out the alternative, which is a forest on fire and nobody to send.",
      "Patricia Lindgren", PER, "Ms. Lindgren", "said"),
    q("a slow closure of the parks, one campground at a time.", "Ray Talamantes", PER, "Senator Ray Talamantes",
      "described", PARTIAL),
    q("My wife asked me why I was spending money⋯sit in a room,", "Luis Carrasco", PER, "Mr. Carrasco", "said"),
    q("I told her I wanted to look at the people who decide what my job is worth.", "Luis Carrasco", PER,
      "Mr. Carrasco", "said"),
    q("They didn’t leave because they stopped loving it,", "Luis Carrasco", PER, "he", "said"),
    q("They left because they had kids.", "Luis Carrasco", PER, "he", "said"),
    q("Today was the first time in five years⋯come back next year,", "Kirsten Vogel", PER, "Ms. Vogel", "said"),
    q("The Senate can vote for whatever it wants in committee,", "a senior House Republican aide", ANON, "the aide",
      "said"),
    q("It still has to come out of somebody’s budget.", "a senior House Republican aide", ANON, "the aide", "said"),
])

# A Politico campaign story on a gubernatorial primary: a candidate's exit and endorsement, "called the endorsement
# “…”" then "she said" for the endorsed candidate, "according to three people familiar" then "One of them said X told
# Y he would ..., and that she agreed “…”", a spokesperson "said in a text message", an e-mail's subject line in marks
# and "her campaign manager, X, wrote that “…”", the rival's split "Greer said" and "She said Haldane had “…”" (two
# women in one sentence), a pollster's memo obtained by POLITICO ("The memo calls ... “…” and warns that ... “…”"),
# `Rep. X (D-Mich.)` who "told POLITICO", a union's statement, a strategist granted anonymity, a Republican's post on
# X ("he wrote"), "Asked ..., Haldane said she ... would “…”", the first candidate "laughed." before "he said".

doc("us-politico-09", "us-politics", [
    q("I got into this race because I thought⋯for the same reason,", "Mike Stansbury", PER, "Stansbury", "said"),
    q("Renee is that person now, and I’m not going to stand in her way.", "Mike Stansbury", PER, "Stansbury", "said"),
    q("a gift I don’t intend to waste.", "Renee Haldane", PER, "Haldane", "called", PARTIAL),
    q("Mike has spent his whole career fighting for the people in this room,", "Renee Haldane", PER, "she", "said"),
    q("I’m going to ask every one of them to help me finish the job.", "Renee Haldane", PER, "she", "said"),
    q("before the coffee came.", "a person familiar with the conversations", ANON, "One of them", "said", PARTIAL),
    q("There was no deal.⋯first speech of this campaign,", "Jordan Pike", PER, "Pike", "said"),
    q("the people who’ve run this party for 20 years just showed you exactly who they’re afraid of.", "Alisha Brandt",
      PER, "Alisha Brandt", "wrote", PARTIAL),
    q("I’m not mad at Mike.⋯if it’s the same thing,", "Tasha Greer", PER, "Greer", "said"),
    q("spent her whole term suing the people who were easy to sue", "Tasha Greer", PER, "She", "said", PARTIAL),
    q("narrow but real", "Brightline Research", ORG, "The memo", "calls", PARTIAL),
    q("meaningfully tighten the race.", "Brightline Research", ORG, "The memo", "warns", PARTIAL),
    q("I waited because I wanted to see who could hold this party together. Now I know,", "Gloria Estrada", PER,
      "Estrada", "told"),
    q("Renee can win in Macomb, and Renee can win in Grand Rapids. That’s the ballgame.", "Gloria Estrada", PER,
      "Estrada", "told"),
    q("stand with working families from day one.", "Great Lakes Service Workers", ORG, "The union", "said", PARTIAL),
    q("Nothing motivates a progressive voter⋯already been made,", "a Democratic strategist", ANON, "the strategist",
      "said"),
    q("If I’m Greer, I’m putting this picture⋯every mailer I’ve got.", "a Democratic strategist", ANON,
      "the strategist", "said"),
    q("Detroit’s backroom just picked its candidate. Michigan gets to pick in November,", "Rick Vandermolen", PER, "he",
      "wrote"),
    q("happily do a third.", "Renee Haldane", PER, "Haldane", "said", PARTIAL),
    q("She can pick the city,", "Tasha Greer", PER, "Greer", "said"),
    q("I’ll bring my own podium.", "Tasha Greer", PER, "Greer", "said"),
    q("I’ve been promised a long nap,", "Mike Stansbury", PER, "he", "said"),
    q("That’s about it.", "Mike Stansbury", PER, "he", "said"),
], not_quotes=["They’re scared,"])

# A Canadian Press story on the first debate of a federal Conservative leadership race: a headline quote before a
# colon with the speaker's surname after it (the same words close a later body quote), "a housing plan X called “…”"
# in the lead, four candidates (two men, two women) and a woman moderator, "shot back that his rival had “…”" then
# "he said", "she said in French that ... “…”" then "she said in English", "Asked by Kostiuk whether she would ...,
# Marchand-Roy said she would not." then a split "she said" (two women in the sentence), "described the front-runner’s
# campaign as “…”", "She said the party had to stop “…”", "booed Teichroeb when he said ... “…”" then "He did not back
# down." and "he said, drawing laughter", "Dhaliwal, asked afterward ..., laughed." then "she said", an official not
# authorized, the front-runner's campaign statement ("its candidate had been “…”"), a rival's campaign manager who
# "told reporters the front-runner had looked “…”" then "she said", the CP sign-off.

doc("ca-cp-12", "canadian-news", [
    q("I’m not going to apologize for having a plan", "Graham Whitcombe", PER, "Whitcombe", None, nth=0),
    q("the only serious idea on this stage.", "Graham Whitcombe", PER, "Graham Whitcombe", "called", PARTIAL),
    q("If a city won’t build⋯it’s not cruel,", "Graham Whitcombe", PER, "Whitcombe", "said"),
    q("Graham’s plan was written for Toronto and Vancouver,", "Ryan Teichroeb", PER, "Teichroeb", "said"),
    q("My riding has 40 towns in it.⋯their sewer money.", "Ryan Teichroeb", PER, "Teichroeb", "said"),
    q("never met a federal program he didn’t want to keep.", "Graham Whitcombe", PER, "Whitcombe", "shot back",
      PARTIAL),
    q("This is not a coronation, and I’m not asking for one,", "Graham Whitcombe", PER, "he", "said"),
    q("But I’m not going to apologize for having a plan.", "Graham Whitcombe", PER, "he", "said"),
    q("treating Quebec like a province you fly over.", "Isabelle Marchand-Roy", PER, "[she] said in French", "said",
      PARTIAL),
    q("We won six seats in Quebec in the last election. Six,", "Isabelle Marchand-Roy", PER, "she", "said"),
    q("You cannot govern this country⋯a plan to win more.", "Isabelle Marchand-Roy", PER, "she", "said"),
    q("I would keep the goal,", "Isabelle Marchand-Roy", PER, "she", "said"),
    q("I would throw out the stick.", "Isabelle Marchand-Roy", PER, "she", "said"),
    q("slogans and airport hangars,", "Priya Dhaliwal", PER, "Brampton lawyer Priya Dhaliwal", "described", PARTIAL),
    q("I knock on doors in Brampton⋯not sure we like them,", "Priya Dhaliwal", PER, "Dhaliwal", "said"),
    q("talking to itself", "Priya Dhaliwal", PER, "She", "said", PARTIAL),
    q("Not while I’m leader,", "Isabelle Marchand-Roy", PER, "Marchand-Roy", "said"),
    q("Ask any dairy farmer in the Beauce⋯repeat it on television.", "Isabelle Marchand-Roy", PER, "Marchand-Roy",
      "said"),
    q("hiding behind his rallies", "Ryan Teichroeb", PER, "[he] said the front-runner", "said", PARTIAL),
    q("You can boo me.⋯better rooms than this,", "Ryan Teichroeb", PER, "he", "said"),
    q("I expect to be on the ballot in May⋯six months ago,", "Priya Dhaliwal", PER, "she", "said"),
    q("Every campaign is telling us they sold the most. They can’t all be right,", "a senior Conservative official",
      ANON, "the official", "said"),
    q("the only one talking to Canadians instead of to the other people on the stage.", "Graham Whitcombe’s campaign",
      ORG, "Whitcombe’s campaign", "said", PARTIAL),
    q("rattled.", "Corinne Achterberg", PER, "Corinne Achterberg", "told", PARTIAL),
    q("He’s been running against Ottawa for a year.⋯what they’re talking about,", "Corinne Achterberg", PER, "she",
      "said"),
])

# A CBC national story on an Arctic food subsidy, straight marks: a deck "minister calls findings 'troubling'" whose
# minister is named in the body, a byline block, a feature lead with a mother of four ("says", then "said X, a mother
# of four who ...") quoted again at the end by "she said", an auditor general's report ("the report said") and her
# remarks ("she said"), the minister's written statement ("called the findings "…" and said his department would
# "…"", then "the statement said"), a store manager, a company's emailed statement then "the company said", an elder
# who "said in Inuktitut through an interpreter" then "he said", an MP "said in an interview", a mayor's split "she
# said" (four women quoted), a department official not named, a researcher's split "he said".

doc("ca-cbcnat-12", "canadian-news", [
    q("troubling", "Colin Bertrand", PER, "minister", "calls", PARTIAL, nth=0),
    q("You buy what the kids need and you pay what it says,", "Lena Arnaqjuaq", PER, "Arnaqjuaq", "said"),
    q("If you look at the price, you cry. So I don't look.", "Lena Arnaqjuaq", PER, "Arnaqjuaq", "said"),
    q("The department relies almost entirely⋯does not verify it,", "Marianne Toupin", PER, "the report", "said"),
    q("As a result, it cannot tell Parliament whether the program is working.", "Marianne Toupin", PER, "the report",
      "said"),
    q("What we found is that nobody is checking,", "Marianne Toupin", PER, "she", "said"),
    q("That is a problem whether the money is getting to families or not.", "Marianne Toupin", PER, "she", "said"),
    q("troubling", "Colin Bertrand", PER, "Northern Affairs Minister Colin Bertrand", "called", PARTIAL, nth=1),
    q("look at every option, including changing how the subsidy is paid.", "Colin Bertrand", PER,
      "Northern Affairs Minister Colin Bertrand", "said", PARTIAL),
    q("Families in the North should see every dollar⋯that has to change,", "Colin Bertrand", PER, "the statement",
      "said"),
    q("I shop here too. I see the same prices everybody else sees,", "Terry Maguire", PER, "Maguire", "said"),
    q("But when the plane can't land⋯somebody pays for that.", "Terry Maguire", PER, "Maguire", "said"),
    q("100 per cent of the subsidy", "Polar Trading Co.", ORG, "Polar Trading", "said", PARTIAL),
    q("Our prices reflect the real cost⋯in the world,", "Polar Trading Co.", ORG, "the company", "said"),
    q("Now the young people go to the store.⋯the store is expensive,", "Jacob Nuqingaq", PER, "he", "said"),
    q("This is not a new problem.⋯for 10 years,", "Sarah Kuptana", PER, "Kuptana", "said"),
    q("Now an auditor has told them too. I want to know what is different this time.", "Sarah Kuptana", PER,
      "Kuptana", "said"),
    q("We are not asking for charity,", "Annie Qillaq", PER, "she", "said"),
    q("We are asking for the program to do what the government says it does.", "Annie Qillaq", PER, "she", "said"),
    q("We rely on what the retailers tell us.⋯a fair criticism,", "a department official", ANON, "the official",
      "said"),
    q("You're asking the people who get the money to tell you whether they passed it on,", "Martin Lévesque", PER,
      "he", "said"),
    q("You can design a better program than that. Several countries have.", "Martin Lévesque", PER, "he", "said"),
    q("Everybody here already knew,", "Lena Arnaqjuaq", PER, "she", "said"),
    q("Now it's in a report, so maybe somebody in Ottawa will believe it.", "Lena Arnaqjuaq", PER, "she", "said"),
])

# A Toronto Star story on a hospital parking-fee increase: a sentence-case headline quote before a colon that is the
# head of a longer body quote, a byline with the reporter's beat, a widower introduced in a feature lead ("he says",
# then "said X, 74, a retired TTC mechanic") and quoted again at the end, a hospital CEO who "told the Star" then
# "She said", a board briefing note obtained through freedom of information ("described parking as “…” and noted
# that"), "Asked about the note, X said it was the job of hospital staff to give the board “…”", the minister's
# "“micromanage”" then "the minister said", the NDP critic's "called that answer “…”" then "she said", a dialysis
# patient and her daughter ("Her daughter, Temi, drives her" then "she said" for the daughter, then "Oyelaran said"
# and "she said" for the mother), `Coun. X (Ward 24, Scarborough-Guildwood)`, a union's statement "said in a
# statement" after the quote, a spokesperson "said in an email that staff rates were set through “…”", an anonymous
# physician ("the doctor said"), the CEO's "she said" after a sentence about the doctors.

doc("ca-star-12", "canadian-news", [
    q("I paid $31 a day to sit with my wife while she died", "Walter Pruszynski", PER, None, None, nth=0),
    q("I paid $31 a day to sit with my wife while she died. Some days I paid it twice, because I went home to shower,",
      "Walter Pruszynski", PER, "Pruszynski", "said"),
    q("I’m not asking for anything for me.⋯to have to do it.", "Walter Pruszynski", PER, "Pruszynski", "said"),
    q("Nobody likes paying for parking⋯angry about it,", "Fiona Latchford", PER, "Latchford", "told"),
    q("But every dollar we don’t collect⋯patient care.", "Fiona Latchford", PER, "Latchford", "told"),
    q("There’s a sign next to the pay machine the size of a postcard,", "Walter Pruszynski", PER, "he", "said"),
    q("one of the few revenue lines within management’s control", "Lakeshore East General Hospital", ORG,
      "A briefing note", "described", PARTIAL),
    q("no measurable decline in visits.", "Lakeshore East General Hospital", ORG, "A briefing note", "noted",
      PARTIAL),
    q("the honest numbers.", "Fiona Latchford", PER, "Latchford", "said", PARTIAL),
    q("micromanage", "Sandra Voight", PER, "Health Minister Sandra Voight", "said", PARTIAL),
    q("We froze rates for frequent visitors in 2019, and that freeze is still in place,", "Sandra Voight", PER,
      "the minister", "said"),
    q("Beyond that, I trust hospital boards to run their hospitals.", "Sandra Voight", PER, "the minister", "said"),
    q("a shrug from the person who is supposed to be in charge.", "Marisa Thompson-Oke", PER,
      "NDP health critic Marisa Thompson-Oke", "called", PARTIAL),
    q("Hospitals are charging sick people to park⋯It’s that simple,", "Marisa Thompson-Oke", PER, "she", "said"),
    q("My mother doesn’t drive anymore. So the discount is for a car that doesn’t exist,", "Temi", PER, "she",
      "said"),
    q("I pay the full rate, three times a week. You do the math.", "Temi", PER, "she", "said"),
    q("I tell her to drop me at the door and go home,", "Grace Oyelaran", PER, "she", "said"),
    q("She won’t.", "Grace Oyelaran", PER, "she", "said"),
    q("Manitoba doesn’t charge.⋯this is normal,", "Neil Fernandes", PER, "Fernandes", "said"),
    q("Nurses are paying to go to work⋯Think about that,", "Ontario Allied Nurses’ Union", ORG,
      "the Ontario Allied Nurses’ Union", "said"),
    q("a separate process", "Derek Vanstone", PER, "Derek Vanstone", "said", PARTIAL),
    q("We all know families who skip a visit⋯they go downhill,", "a longtime physician", ANON, "the doctor", "said"),
    q("I’d like to take parking fees to zero tomorrow.⋯and I will,", "Fiona Latchford", PER, "she", "said"),
    q("She would have told me to stop complaining and pay it,", "Walter Pruszynski", PER, "he", "said"),
    q("But she would have signed the petition.", "Walter Pruszynski", PER, "he", "said"),
])

# A Montreal Gazette story on a Quebec language-law complaint: a deck with two partial quotes ("Owner calls ...
# ‘…’; minister says law applies ‘…’") whose speakers are named in the body, a byline block, a shop sign in marks, the
# law's wording ("markedly predominant"), the owner's "called the order “…” but said she would comply “…”", the
# office's letter ("The letter ... says ... and warns that the office “…”"), a spokesperson who "said in French" then
# the quote, the minister's "said in French at the National Assembly that the law applies “…”", "Asked whether ...,
# the minister said no." then "he said", a Liberal MNA "said in English", the mayor's split "she said", the owner's
# daughter by first name ("Ferrier’s daughter, Imogen," then "she said"), an advocacy group's president who "called
# the case “…”", a customer who "said in French that the law was the law" then "he said", a lawyer, the owner's "she
# said" about her late mother at the end.

doc("ca-gazette-12", "canadian-news", [
    q("absurd", "Rosalind Ferrier", PER, "Owner", "calls", PARTIAL, nth=0),
    q("to everyone", "Mathieu Gravel-Pouliot", PER, "minister", "says", PARTIAL, nth=0),
    q("That sign has been there since my mother painted it in 1988. Nobody complained for 38 years,",
      "Rosalind Ferrier", PER, "Ferrier", "said"),
    q("Now somebody walks in, buys nothing and writes to Quebec City.", "Rosalind Ferrier", PER, "Ferrier", "said"),
    q("absurd", "Rosalind Ferrier", PER, "Ferrier", "called", PARTIAL, nth=1),
    q("under protest", "Rosalind Ferrier", PER, "Ferrier", "said", PARTIAL),
    q("may refer the file to the Director of Criminal and Penal Prosecutions", "Bureau de surveillance linguistique",
      ORG, "The letter", "warns", PARTIAL),
    q("Every complaint is examined.⋯subject of the complaint,", "Chantal Desrosiers", PER, "Desrosiers", "said"),
    q("to everyone, without exception.", "Mathieu Gravel-Pouliot", PER, "Mathieu Gravel-Pouliot", "said", PARTIAL),
    q("A bookstore is a business like any other. The rules on signs have been clear since 1977,",
      "Mathieu Gravel-Pouliot", PER, "Gravel-Pouliot", "said"),
    q("We are not asking anyone to stop selling English books.⋯be in French.", "Mathieu Gravel-Pouliot", PER,
      "Gravel-Pouliot", "said"),
    q("French is the common language of Quebec, including in Pointe-Claire,", "Mathieu Gravel-Pouliot", PER, "he",
      "said"),
    q("chasing paint", "Daniel Sauvé-Kerr", PER, "Liberal MNA Daniel Sauvé-Kerr", "said", PARTIAL),
    q("This is a small family business⋯what threatens it,", "Daniel Sauvé-Kerr", PER, "Sauvé-Kerr", "said"),
    q("The sign is part of the village,", "Heather Quinlan-Morin", PER, "she", "said"),
    q("People take pictures of it. Tourists ask about it.", "Heather Quinlan-Morin", PER, "she", "said"),
    q("My grandmother painted the old one herself, on the kitchen table,", "Imogen", PER, "she", "said"),
    q("We’re going to keep it. We’ll just have to hang it inside.", "Imogen", PER, "she", "said"),
    q("a perfect example of how the system is designed to work.", "Allan Birkett", PER, "Allan Birkett", "called",
      PARTIAL),
    q("It doesn’t matter whether the complaint has any merit.⋯in motion,", "Allan Birkett", PER, "Birkett", "said"),
    q("And the person who sent it never has to show their face.", "Allan Birkett", PER, "Birkett", "said"),
    q("I love this store.⋯It’s normal,", "Jean-François Tremblay", PER, "he", "said"),
    q("Put the French on top and the English underneath. Everybody will still find it.", "Jean-François Tremblay",
      PER, "he", "said"),
    q("She can contest it⋯she would likely lose,", "Marc-André Lessard", PER, "he", "said"),
    q("She used to say the only language⋯where you found it,", "Rosalind Ferrier", PER, "she", "said"),
], not_quotes=["Ferrier & Daughter — Books Bought and Sold,"], ignore=["markedly predominant."])

# A Reuters story on global plastics-treaty talks abroad as run in a Canadian paper: a headline "Canada says
# agreement ‘…’" for the environment minister named in the body, a Reuters dateline with an invented capital, the
# chair's split "told delegates", the chair's draft text's wording, a delegation head "said in the plenary" then "He
# was quoted by the state news agency QNA as saying", the minister's partial then "told reporters", a European
# negotiator who asked not to be named, "X rejected that account when asked about it by reporters." then "he said",
# "Two delegates from small island states" then "One of them said" and "the delegate said" (a quote nesting what they
# were told), an ambassador, a campaigner who "called the outcome “…”", an industry council "said in a statement that
# a cap would “…”" then "the council said", a Canadian industry council's "what it called “…”", two opposition critics'
# partial quotes (one "said in French"), "Carrington, asked whether ..., did not answer directly." then "she said",
# the Reuters credit line.

doc("ca-reuters-12", "canadian-news", [
    q("still within reach", "Louise Carrington", PER, "Canada", "says", PARTIAL, nth=0),
    q("We have come very far, and not far enough,", "Tomás Ibarra", PER, "Ibarra", "told"),
    q("I would rather adjourn with the door open than close it with a bad treaty.", "Tomás Ibarra", PER, "Ibarra",
      "told"),
    q("Plastic is not the problem. Plastic in the ocean is the problem,", "Kareem Haddani", PER, "Kareem Haddani",
      "said"),
    q("We will not sign a treaty that tells sovereign countries how much they may produce.", "Kareem Haddani", PER,
      "Kareem Haddani", "said"),
    q("defended the right of developing countries to develop.", "Kareem Haddani", PER, "He", "quoted as saying",
      PARTIAL),
    q("still within reach.", "Louise Carrington", PER, "Canada’s Environment Minister Louise Carrington", "said",
      PARTIAL),
    q("I’m not going to pretend this is a good morning,", "Louise Carrington", PER, "Carrington", "told"),
    q("But I counted the countries⋯we ran out of time.", "Louise Carrington", PER, "Carrington", "told"),
    q("Every time we got close⋯the translation of a footnote,", "a European negotiator", ANON, "the negotiator",
      "said"),
    q("It was not an accident.", "a European negotiator", ANON, "the negotiator", "said"),
    q("If there is no consensus⋯change the arithmetic,", "Kareem Haddani", PER, "he", "said"),
    q("We were told, ‘Stay in the room⋯better for you inside,’", "a delegate from a small island state", ANON,
      "the delegate", "said"),
    q("We stayed. And look what we got.", "a delegate from a small island state", ANON, "the delegate", "said"),
    q("You negotiate about the ocean in a conference centre. We live in it,", "Losana Vaitupu", PER, "Vaitupu",
      "said"),
    q("Our reefs do not adjourn until next year.", "Losana Vaitupu", PER, "Vaitupu", "said"),
    q("a victory for the petrochemical industry and nobody else.", "Ingrid Solheim", PER, "Ingrid Solheim", "called",
      PARTIAL),
    q("A minority of countries held the rest of the world hostage, and the rules let them do it,", "Ingrid Solheim",
      PER, "Solheim", "said"),
    q("If consensus means any one country can veto the planet, then consensus is the problem.", "Ingrid Solheim", PER,
      "Solheim", "said"),
    q("raise costs for consumers without removing a single bottle from a single beach.",
      "International Council of Plastics Producers", ORG, "The International Council of Plastics Producers", "said",
      PARTIAL),
    q("We remain committed to a treaty⋯and better design,", "International Council of Plastics Producers", ORG,
      "the council", "said"),
    q("an arbitrary cap.", "Canadian Plastics Producers’ Council", ORG, "the Canadian Plastics Producers’ Council",
      "called", PARTIAL),
    q("a week in Velmira chasing a deal that was never going to happen.", "Blair Tennant", PER,
      "Conservative environment critic Blair Tennant", "said", PARTIAL),
    q("done her job", "Sophie Lachapelle-Diouf", PER, "NDP environment critic Sophie Lachapelle-Diouf", "said",
      PARTIAL),
    q("Ask me in February,", "Louise Carrington", PER, "she", "said"),
], ignore=["a global target for the reduction of primary plastic polymer production,"])

# The Hill on a House fight over a flood-insurance lapse in a stopgap bill: a headline quote after a colon whose
# speaker is named only in the body, a byline line, `Rep. X (R-La.)` tags, "told The Hill" then "She said", "called
# that offer “…”", the speaker "told reporters he was “…” the two sides would “…”" then "the speaker said", a senior
# leadership aide granted anonymity, the ranking member's partial then "She added that ... “…”", a joint letter of two
# members ("the two lawmakers wrote"), a member "leaning no" then "she said" (three women in the story), FEMA's
# statement ("the agency said"), "said X, the association’s president", a caucus member who agrees "with Dana",
# "Prewitt, asked whether ..., smiled." then "she said", a post on X "that “…”" then "he wrote".

doc("us-hill-12", "us-politics", [
    q("We’re not bluffing", "Clay Thibodaux", PER, None, None, nth=0),
    q("We’re not bluffing. My constituents⋯wanted to make a point,", "Clay Thibodaux", PER, "Thibodaux", "said"),
    q("Every two years we kick this can, and every two years the can gets heavier,", "Dana Prewitt", PER, "Prewitt",
      "told"),
    q("A two-week lapse isn’t a catastrophe.⋯only works on deadlines.", "Dana Prewitt", PER, "Prewitt", "told"),
    q("a ransom note with a nice letterhead.", "Clay Thibodaux", PER, "Thibodaux", "called", PARTIAL),
    q("confident", "Tom Hadfield", PER, "Hadfield", "told", PARTIAL),
    q("find a path", "Tom Hadfield", PER, "Hadfield", "told", PARTIAL),
    q("Nobody wants the flood program to lapse.⋯running it, either,", "Tom Hadfield", PER, "the speaker", "said"),
    q("Those two things aren’t in conflict⋯everybody can live with.", "Tom Hadfield", PER, "the speaker", "said"),
    q("A hearing is cheap,", "a senior GOP leadership aide", ANON, "the aide", "said"),
    q("A failed rule on a government funding bill is not.", "a senior GOP leadership aide", ANON, "the aide", "said"),
    q("negotiating with themselves again.", "Yolanda Mercer", PER, "Rep. Yolanda Mercer", "said", PARTIAL),
    q("They have the gavel⋯every realtor in America depends on,", "Yolanda Mercer", PER, "Mercer", "said"),
    q("tomorrow morning.", "Yolanda Mercer", PER, "She", "added", PARTIAL),
    q("Families who have done everything right⋯the homes themselves,", "Clay Thibodaux and Ashley Broussard", PER,
      "the two lawmakers", "wrote", speakers=["Clay Thibodaux", "Ashley Broussard"]),
    q("leaning no.", "Ashley Broussard", PER, "Broussard", "said", PARTIAL),
    q("I’ve got people in my district still living in trailers,", "Ashley Broussard", PER, "she", "said"),
    q("Don’t tell them we’re letting⋯about the deficit.", "Ashley Broussard", PER, "she", "said"),
    q("Claims on existing policies would continue to be paid,", "Federal Emergency Management Agency", ORG,
      "the agency", "said"),
    q("A lapse of even a few days creates chaos at the closing table,", "Brenda Castellano", PER,
      "Brenda Castellano", "said"),
    q("I agree with Dana on the policy.⋯to get a hearing,", "Garrett Lindqvist", PER, "Lindqvist", "said"),
    q("We’ll see on Thursday,", "Dana Prewitt", PER, "she", "said"),
    q("the speaker gets it.", "Clay Thibodaux", PER, "Thibodaux", "posted", PARTIAL),
    q("Now we need the rest of the conference to get it,", "Clay Thibodaux", PER, "he", "wrote"),
])

# A Fox News Digital story on a Justice Department lawsuit against a sanctuary county, straight marks: a headline
# quote after a colon whose speaker (the victim's mother) is named only in the body, a deck "Lawsuit says ..." without
# quotes, "The lawsuit ... accuses X of "…"" and "the complaint says", an ordinance's name in marks, an assistant
# attorney general who "told Fox News Digital", the mother's "told Fox News Digital" then a quote paragraph with "she
# said" and "Karen Dwyer said she plans to testify" then "she said" at the end, a sheriff's split quote and "She said
# her heart "…" and that her office would "…"", a board chair who "called the lawsuit "…"", a commissioner, ICE's
# statement ("the statement said"), "A spokesperson for Democratic Gov. X said the governor would "…" and accused the
# administration of "…"", "said X, the group's legal director", a state representative `R-Bramwell` ("he said").

doc("us-fox-12", "us-politics", [
    q("This was preventable", "Karen Dwyer", PER, None, None, nth=0),
    q("deliberately obstructing", "Justice Department", ORG, "The lawsuit", "accuses", PARTIAL),
    q("Federal law is supreme⋯opt out of it,", "Brett Lomax", PER, "Assistant Attorney General Brett Lomax", "told"),
    q("This policy put a man back on the street⋯because of it.", "Brett Lomax", PER,
      "Assistant Attorney General Brett Lomax", "told"),
    q("In each instance, the county released⋯its own written policy,", "Justice Department", ORG, "the complaint",
      "says"),
    q("Nobody from the county ever called me. Nobody from the sheriff's office ever called me,", "Karen Dwyer", PER,
      "Dwyer", "told"),
    q("I had to read it in the newspaper.⋯let him go anyway.", "Karen Dwyer", PER, "Dwyer", "told"),
    q("This was preventable. That's what I can't get past,", "Karen Dwyer", PER, "she", "said"),
    q("I don't get to pick which laws I follow.⋯bound by both,", "Ana Villalobos", PER, "Villalobos", "said"),
    q("If the federal government wants us to hold somebody⋯what the Constitution says.", "Ana Villalobos", PER,
      "Villalobos", "said"),
    q("breaks for the Dwyer family", "Ana Villalobos", PER, "She", "said", PARTIAL),
    q("cooperate fully", "Ana Villalobos", PER, "She", "said", PARTIAL),
    q("a political stunt.", "Dale Pruitt", PER, "Dale Pruitt", "called", PARTIAL),
    q("This administration has been looking for a county to make an example of, and they found one,", "Dale Pruitt",
      PER, "Pruitt", "said"),
    q("We'll see them in court.", "Dale Pruitt", PER, "Pruitt", "said"),
    q("I voted against this thing in 2021⋯I wish I'd been wrong,", "Rob Ellery", PER, "Ellery", "said"),
    q("Had Willet County honored the detainer⋯from the United States,", "Immigration and Customs Enforcement", ORG,
      "the statement", "said"),
    q("Sanctuary policies like this one don't protect communities. They protect criminals.",
      "Immigration and Customs Enforcement", ORG, "the statement", "said"),
    q("vigorously defend", "a spokesperson", ANON, "A spokesperson for Democratic Gov. Linda Marchetti", "said",
      PARTIAL),
    q("using a family's grief as a prop.", "a spokesperson", ANON, "A spokesperson for Democratic Gov. Linda Marchetti",
      "accused", PARTIAL),
    q("When people are afraid to call 911, everybody is less safe,", "Mariela Soto", PER, "Mariela Soto", "said"),
    q("That's not an opinion.⋯have told us.", "Mariela Soto", PER, "Mariela Soto", "said"),
    q("It never gets a hearing. Not once. Maybe now it will,", "Curt Hollister", PER, "he", "said"),
    q("Kaylee wanted to be a nurse. She wanted to help people,", "Karen Dwyer", PER, "she", "said"),
    q("I'm going to keep saying her name until somebody listens.", "Karen Dwyer", PER, "she", "said"),
], not_quotes=["Community Trust"])

# A Washington Post story on a county election-certification dispute: a headline and deck without quotes, a judge's
# written opinion split around "wrote in a 14-page opinion" and later "she wrote" after "X noted in her opinion
# that", two commissioners who refused and a third who abstained (two women among them), a partial "dozens of calls"
# reported "according to a recording of the meeting reviewed by The Washington Post" then "he said on the
# recording", `Secretary of the Commonwealth X (D)` who sued, "said in a statement after the ruling", "A person
# familiar with the commissioners’ deliberations, who spoke on the condition of anonymity" then "the person said",
# "Cole, the Democratic commissioner, said", the losing candidate and the winner (she "called the certification fight
# “…”" then "she said in a phone interview"), an election-law scholar who "called certification refusals “…”", a
# county party committee "said in a statement that it “…” but called on the state legislature to give county boards
# “…”", the commissioner's "she said" at the end after "Fisk said that would not be necessary."

doc("us-wapo-12", "us-politics", [
    q("The duty to certify is ministerial. It is not an invitation to relitigate the count,", "Marian Kessler", PER,
      "Judge Marian Kessler", "wrote"),
    q("Commissioners who have concerns⋯not one of them.", "Marian Kessler", PER, "Judge Marian Kessler", "wrote"),
    q("dozens of calls", "Rick Bauman", PER, "Bauman", "said", PARTIAL),
    q("I’m not saying anybody cheated.⋯something I don’t know,", "Rick Bauman", PER, "he", "said"),
    q("I took an oath, and I’ll honor the judge’s order,", "Doreen Fisk", PER, "she", "said"),
    q("But I think people in this county⋯rubber-stamped it.", "Doreen Fisk", PER, "she", "said"),
    q("The record contains no evidence⋯was miscounted,", "Marian Kessler", PER, "she", "wrote"),
    q("County officials do not get to pick which election results they like,", "Adrienne Vollmer", PER, "Vollmer",
      "said"),
    q("Today’s order makes that clear⋯comply with it.", "Adrienne Vollmer", PER, "Vollmer", "said"),
    q("He knew exactly how this was going to end,", "a person familiar with the commissioners’ deliberations", ANON,
      "the person", "said"),
    q("He did it anyway⋯who called him.", "a person familiar with the commissioners’ deliberations", ANON,
      "the person", "said"),
    q("I would have voted to certify that night. The results were checked. The audit matched,", "Anita Cole", PER,
      "Cole", "said"),
    q("I didn’t want to be the one vote⋯for the wrong reason.", "Anita Cole", PER, "Cole", "said"),
    q("Forty-one votes is nothing. It’s a softball team and their parents,", "Travis Kohler", PER, "he", "said"),
    q("If the machine was working⋯shake her hand.", "Travis Kohler", PER, "he", "said"),
    q("an embarrassment for the county.", "Melissa Dorn", PER, "Dorn", "called", PARTIAL),
    q("We had an election. I won by a little, which is still winning,", "Melissa Dorn", PER, "she", "said"),
    q("He’s entitled to ask for a recount.⋯until he gets one.", "Melissa Dorn", PER, "she", "said"),
    q("the new pressure point", "Lauren Pike", PER, "Lauren Pike", "called", PARTIAL),
    q("What we’re seeing is officials using certification as a kind of veto,", "Lauren Pike", PER, "Pike", "said"),
    q("Courts have been very consistent⋯followed that line.", "Lauren Pike", PER, "Pike", "said"),
    q("respects the court’s decision", "Tallow County Republican Committee", ORG,
      "The Tallow County Republican Committee", "said", PARTIAL),
    q("more tools to investigate credible complaints before certification.", "Tallow County Republican Committee",
      ORG, "The Tallow County Republican Committee", "called", PARTIAL),
    q("I’ll be there Monday,", "Doreen Fisk", PER, "she", "said"),
    q("I’ll vote yes. I just want it on the record why.", "Doreen Fisk", PER, "she", "said"),
])


# ---------------------------------------------------------------------------------------------------
# Branch corpus-more13: eight more articles, five Canadian (``canadian-news``) and three US political
# (``us-politics``), on beats the corpus did not have, annotated before the engine was run on them.
# ---------------------------------------------------------------------------------------------------

# A Canadian Press story on a premiers' meeting and a federal-provincial dispute over disaster-assistance cost
# sharing: a headline partial "..., premiers’ chair says" whose chair is named in the second paragraph, the chair's
# split quote after "told reporters", three women quoted (two premiers and the federal minister) so that "she said"
# needs its paragraph, "said in French", "described ... as", a quote paragraph that follows on, the Council of the
# Federation's communiqué ("called on ... to “…”"), "He said ..." then "he said" for a premier introduced beside
# another man, the minister's statement then "the statement said" and her phone interview ("she said"), "Asked about
# the minister’s comments, X called them “…”" then "the premier said" among four premiers, a senior federal official,
# a critic who "accused", a mayor "in an interview" then "She said ..." and "she said", the chair's "she said" at the
# end, the CP sign-off.

doc("ca-cp-11", "canadian-news", [
    q("walking away", "Heather Arsenault", PER, "premiers’ chair", "says", PARTIAL, nth=0),
    q("walking away", "Heather Arsenault", PER, "Prince Edward Island Premier Heather Arsenault", "said", PARTIAL,
      nth=1),
    q("Every premier at this table has stood in a gymnasium full of evacuees,", "Heather Arsenault", PER, "Arsenault",
      "told"),
    q("Nobody there asks which level of government⋯want to know somebody is.", "Heather Arsenault", PER, "Arsenault",
      "told"),
    q("We found out the same way everybody else did⋯how partners treat each other,", "Colleen Stroud", PER, "she",
      "said"),
    q("The federal government wants to pay less⋯That is an exit,", "François Lemieux-Roy", PER, "Lemieux-Roy",
      "said"),
    q("a downloading exercise with a nicer name.", "Raj Dhillon", PER, "B.C. Premier Raj Dhillon", "described",
      PARTIAL),
    q("We have had three provincial states of emergency in four summers,", "Raj Dhillon", PER, "Dhillon", "said"),
    q("If Ottawa thinks those costs go away⋯it hasn’t been paying attention.", "Raj Dhillon", PER, "Dhillon", "said"),
    q("We’re not asking for a blank cheque.⋯the one they already signed.", "Raj Dhillon", PER, None, None),
    q("immediately suspend", "Council of the Federation", ORG, "the Council of the Federation", "called", PARTIAL),
    q("There’s a good idea buried in there somewhere,", "Greg Tomlinson", PER, "he", "said"),
    q("Building a berm is cheaper than rebuilding a town.⋯asking questions later.", "Greg Tomlinson", PER, "he",
      "said"),
    q("remains the single largest funder of disaster recovery in this country", "Lise Charbonneau", PER,
      "Emergency Preparedness Minister Lise Charbonneau", "said", PARTIAL),
    q("Every dollar spent on prevention saves several in recovery,", "Lise Charbonneau", PER, "the statement", "said"),
    q("I’m happy to sit down with any premier who wants to talk about prevention,", "Lise Charbonneau", PER, "she",
      "said"),
    q("What I’m not going to do is go back to a system⋯the same basement four times.", "Lise Charbonneau", PER, "she",
      "said"),
    q("disappointing, but not surprising.", "Heather Arsenault", PER, "Arsenault", "called", PARTIAL),
    q("She’s welcome at this table anytime,", "Heather Arsenault", PER, "the premier", "said"),
    q("She just shouldn’t come empty-handed.", "Heather Arsenault", PER, "the premier", "said"),
    q("What gets said at the podium⋯not always the same thing,", "a senior federal official", ANON, "the official",
      "said"),
    q("balancing the budget on the backs of flood victims.", "Brent Halvorson", PER, "Brent Halvorson", "accused",
      PARTIAL),
    q("We have a dike that needs $11 million in work⋯tell me it’s a cheque,", "Darlene Cormier", PER, "Cormier",
      "said"),
    q("If we wait for the two of them to finish arguing, we’ll be doing this interview from a canoe,",
      "Darlene Cormier", PER, "she", "said"),
    q("If we have to, we’ll do this every week until somebody in Ottawa picks up the phone,", "Heather Arsenault", PER,
      "she", "said"),
])

# A CBC Saskatchewan story in straight marks on a stalled rural-broadband project: a deck "Co-op says money '…'"
# whose general manager is named only in the body, a byline line, a farmer's quote before "said X, 58, who grows",
# an inverted "said X, Prairie Link's general manager," then "She called ... "…"" and "she said", a federal
# department's emailed statement ("said payments were paused after the co-op "…"" then "the statement said"), a
# minister then "The minister said he expected a decision "…"", a reeve who repeats the minister's words as his own
# ("he said"), a teacher by "she said", a student by first name ("Mason said"), "Kowalchuk's wife, Brenda," then
# "she said", "He described the situation as" for a critic, a provincial spokesperson's two partial quotes, the
# farmer's last quote nesting 'I called Ottawa.' in straight single marks.

doc("ca-cbc-11", "canadian-news", [
    q("stuck in paperwork", "Ruth Anne Friesen", PER, "Co-op", "says", PARTIAL, nth=0),
    q("I've got a combine that can steer itself by satellite⋯from my own kitchen,", "Dale Kowalchuk", PER,
      "Kowalchuk", "said"),
    q("We've got fibre in three RMs⋯the money is stuck in paperwork,", "Ruth Anne Friesen", PER,
      "Ruth Anne Friesen", "said"),
    q("a box-checking exercise that's costing farmers a harvest season.", "Ruth Anne Friesen", PER, "She", "called",
      PARTIAL),
    q("We're a co-op. We don't have a head office in Toronto to float us,", "Ruth Anne Friesen", PER, "she", "said"),
    q("At some point, the crews go home.", "Ruth Anne Friesen", PER, "she", "said"),
    q("did not meet the reporting conditions in its contribution agreement.",
      "Innovation, Science and Economic Development Canada", ORG,
      "Innovation, Science and Economic Development Canada", "said", PARTIAL),
    q("The department remains committed⋯high-speed internet by 2030,",
      "Innovation, Science and Economic Development Canada", ORG, "the statement", "said"),
    q("I want that fibre lit as much as anybody in Tessier Creek does,", "Marcus Deschênes", PER, "Deschênes",
      "said"),
    q("But these are public dollars.⋯we have to ask why.", "Marcus Deschênes", PER, "Deschênes", "said"),
    q("within weeks, not months.", "Marcus Deschênes", PER, "The minister", "said", PARTIAL),
    q("Weeks, not months. I wrote it down,", "Harold Schenk", PER, "he", "said"),
    q("That was 14 weeks ago.", "Harold Schenk", PER, "he", "said"),
    q("I tell them I don't know⋯I don't know that either,", "Harold Schenk", PER, "he", "said"),
    q("I've had kids sitting in cars⋯finishing assignments,", "Kelsey Rempel", PER, "she", "said"),
    q("In October. In Saskatchewan.", "Kelsey Rempel", PER, "she", "said"),
    q("My mom drives me in⋯but it works,", "Mason Thiessen", PER, "Mason", "said"),
    q("I know every librarian there by name now. That's about the only upside,", "Brenda", PER, "she", "said"),
    q("a monument to two governments pointing at each other.", "Lorne Dyck", PER, "He", "described", PARTIAL),
    q("remains committed to the project", "a spokesperson", ANON,
      "A spokesperson for the provincial Ministry of Government Relations", "said", PARTIAL),
    q("once federal funding is confirmed.", "a spokesperson", ANON,
      "A spokesperson for the provincial Ministry of Government Relations", "said", PARTIAL),
    q("If they've found something wrong, tell us what it is and we'll fix it,", "Ruth Anne Friesen", PER, "she",
      "said"),
    q("What we can't fix is silence.", "Ruth Anne Friesen", PER, "she", "said"),
    q("He's going to ask me what I did about it,", "Dale Kowalchuk", PER, "Kowalchuk", "said"),
    q("I'd like to have a better answer than 'I called Ottawa.'", "Dale Kowalchuk", PER, "Kowalchuk", "said"),
])

# A Globe and Mail takeover story: a deck "Winnipeg bus maker calls offer ‘…’" for the company's board, whose
# directors are quoted in the body ("calling the offer “…” and saying it “…”" in a circular), Ms./Mr. on second
# reference, the target's chair and chief executive (two women) and the bidder's chief executive ("told The Globe and
# Mail from Gothenburg", "He said ... “…,” he said"), the industry minister's partial and split quote, "Two people
# familiar" then "One of them said the request was “…”", an activist investor's managing partner "said in a
# statement" after her fund is introduced, "Asked whether ..., Ms. X said the board would look at “…”", an analyst's
# note ("wrote ... that the offer was “…”", "Mr. X wrote"), a union local's president, a premier, the bidder's
# statement at the end.

doc("ca-globe-11", "canadian-news", [
    q("opportunistic", "board of directors of Keewatin Coach Corp.", ORG, "Winnipeg bus maker", "calls", PARTIAL,
      nth=0),
    q("opportunistic", "board of directors of Keewatin Coach Corp.", ORG, "Keewatin’s directors", "calling", PARTIAL,
      nth=1),
    q("fails to reflect the value of the company’s order book and its position in the Canadian market.",
      "board of directors of Keewatin Coach Corp.", ORG, "Keewatin’s directors", "saying", PARTIAL),
    q("This is a bid designed to buy Keewatin⋯already coming out of,", "Margaret Sinclair-Boyd", PER,
      "Margaret Sinclair-Boyd", "said"),
    q("Our shareholders have been patient through the hard years. They deserve to be paid for the good ones.",
      "Margaret Sinclair-Boyd", PER, "Margaret Sinclair-Boyd", "said"),
    q("We have tried for eight months to have a conversation with this board,", "Johan Ekdahl", PER, "Mr. Ekdahl",
      "told"),
    q("We would have preferred to do this in a boardroom. They chose otherwise.", "Johan Ekdahl", PER, "Mr. Ekdahl",
      "told"),
    q("These commitments are in writing, and we are prepared to make them to the government as well,", "Johan Ekdahl",
      PER, "[he] said.", "said"),
    q("very carefully,", "Anjali Rao", PER, "Industry Minister Anjali Rao", "said", PARTIAL),
    q("Canadians expect that when a strategic Canadian company changes hands⋯in this country,", "Anjali Rao", PER,
      "Ms. Rao", "told"),
    q("We will hold any buyer to that.", "Anjali Rao", PER, "Ms. Rao", "told"),
    q("routine for a deal of this size", "a person familiar with the government’s thinking", ANON, "One of them",
      "said", PARTIAL),
    q("The board’s job is not to decide who gets to buy the company.⋯let the owners decide,", "Leah Tran", PER,
      "Leah Tran", "said"),
    q("Rejecting a 31-per-cent premium without a counter-offer is not a strategy.", "Leah Tran", PER, "Leah Tran",
      "said"),
    q("We are sitting on the best three years⋯the strength of the worst two,", "Adaeze Nwosu", PER, "she", "said"),
    q("any proposal that reflects what this company is worth,", "Adaeze Nwosu", PER, "Ms. Nwosu", "said", PARTIAL),
    q("full but not generous", "Trevor Mackie", PER, "Trevor Mackie", "wrote", PARTIAL),
    q("The board has the better argument on value. Halvard has the better argument on certainty,", "Trevor Mackie",
      PER, "Mr. Mackie", "wrote"),
    q("Five years is a long time for a press release and a short time for a family,", "Ron Dufresne", PER,
      "Mr. Dufresne", "said"),
    q("We want those commitments in front of the minister, with penalties attached.", "Ron Dufresne", PER,
      "Mr. Dufresne", "said"),
    q("Keewatin buses are on the streets of every big city in this country.⋯going to give away,", "Doug Kastelic",
      PER, "Mr. Kastelic", "said"),
    q("does not intend to engage in a public negotiation", "Halvard Mobility Group AB", ORG, "Halvard", "said",
      PARTIAL),
])

# A Halifax Chronicle Herald local story on a port strike: a deck "union says it won’t return ‘…’" whose president is
# named in the body, a byline block ("Staff Reporter"), a trucker's split quote after an inverted "said X, who has
# driven", the union president ("He said ..." without a quote, then "X said"), the employers' group's statement then
# "the statement said" and its spokesperson's partial, a seafood exporter ("she said") and "Her brother was blunter."
# then "he said" for "her brother, Paul," (by first name), an MP's "what he called “…”", the labour minister's "she
# said" and "said only: “…”", a chamber of commerce president after "Its president, X,", "X said any move ... would
# be “…”", a longshore worker with his age, the trucker's "he said" at the end.

doc("ca-herald-11", "canadian-news", [
    q("for a press release", "Glenn Moriarty", PER, "union", "says", PARTIAL, nth=0),
    q("There’s nothing to pick up and nowhere to drop off,", "Wayne Boutilier", PER, "Wayne Boutilier", "said"),
    q("I sat here Wednesday for six hours and moved one box. I can’t pay my insurance on one box.", "Wayne Boutilier",
      PER, "Wayne Boutilier", "said"),
    q("We have been at that table since February,", "Glenn Moriarty", PER, "Moriarty", "said"),
    q("We’re not going back to work for a press release. We’ll go back for a contract.", "Glenn Moriarty", PER,
      "Moriarty", "said"),
    q("They call it modernization. My members call it a layoff notice with a long fuse,", "Glenn Moriarty", PER,
      "Moriarty", "said"),
    q("the strongest job-security provisions in any port agreement in the country.", "Maritime Employers Group", ORG,
      "The Maritime Employers Group", "said", PARTIAL),
    q("We remain ready to meet at any time, with or without a mediator,", "Maritime Employers Group", ORG,
      "the statement", "said"),
    q("through attrition and retirements, not layoffs.", "Andrea Sampson", PER, "Andrea Sampson", "said", PARTIAL),
    q("Those boxes are plugged in, so the product is fine for now,", "Nadine Cottreau", PER, "she", "said"),
    q("But every day that goes by⋯call somebody in Maine.", "Nadine Cottreau", PER, "she", "said"),
    q("If this goes into December⋯make it to spring,", "Paul", PER, "he", "said"),
    q("a slow bleed for every business on the waterfront.", "Sandeep Gill", PER, "[he] called", "called", PARTIAL),
    q("The best deals are the ones made at the table, and that is where I want this one made,", "Cheryl Vautour", PER,
      "she", "said"),
    q("But I am very aware of what this is costing the Atlantic economy.", "Cheryl Vautour", PER, "she", "said"),
    q("Nothing is off the table.", "Cheryl Vautour", PER, "Vautour", "said"),
    q("Every day this goes on, a shipping line somewhere is deciding whether Halifax is reliable,", "Trish Landry",
      PER, "Landry", "said"),
    q("That decision doesn’t get reversed when the strike ends.", "Trish Landry", PER, "Landry", "said"),
    q("a gift to the employers", "Glenn Moriarty", PER, "Moriarty", "said", PARTIAL),
    q("My father worked these piers and so did his father,", "Kyle Publicover", PER, "Kyle Publicover", "said"),
    q("I’d like my kid to have the chance to do it too, if he wants. That’s what this is about.", "Kyle Publicover",
      PER, "Kyle Publicover", "said"),
    q("The port will come back,", "Wayne Boutilier", PER, "he", "said"),
    q("I’m not sure all of us will.", "Wayne Boutilier", PER, "he", "said"),
])

# A Reuters story on a junta's seizure of a Canadian-owned gold mine, as run in a Canadian paper: a deck "Ottawa
# ‘…’" (no cue) for Global Affairs Canada, a byline block, a decree read on state television ("said the company had
# “…”"), a colonel spokesman "said in a televised address" then "X said ... “…”", the company's chief executive "said
# in the statement" after "Aurelian ... said in a statement", a spokeswoman without a quote, a ministry official on
# condition of anonymity ("the official said"), a minister who "told Reuters by phone in French", an analyst after
# an inverted "said X, a political risk analyst", Global Affairs' partial then "the department said in a statement",
# a Canadian minister, an engineer's wife ("said her husband, Marc, ...") by "she said", an advocacy group's
# researcher who "called the tax dispute “…”" then "she said", "The company’s statement said Aurelian would ... “…”",
# "With files from".

doc("ca-intl-11", "canadian-news", [
    q("deeply concerned", "Global Affairs Canada", ORG, "Ottawa", None, PARTIAL, nth=0),
    q("persistently failed to honour its fiscal obligations to the Kotaran people", "Kotara’s military government",
      ORG, "A decree", "said", PARTIAL),
    q("The gold of Kotara belongs to Kotarans.⋯foreign aircraft is over,", "Issiaka Traoré", PER,
      "government spokesman Col. Issiaka Traoré", "said"),
    q("without interruption.", "Issiaka Traoré", PER, "Traoré", "said", PARTIAL),
    q("We have paid every tax assessed⋯the receipts to prove it,", "Gordon Pryce", PER, "chief executive Gordon Pryce",
      "said"),
    q("We will protect our rights⋯every legal means available.", "Gordon Pryce", PER, "chief executive Gordon Pryce",
      "said"),
    q("They thought we were bluffing. We were not bluffing,", "a senior official at the mines ministry", ANON,
      "the official", "said"),
    q("nothing to fear", "Aminata Sow", PER, "Kotaran Mines Minister Aminata Sow", "told", PARTIAL),
    q("This decision concerns one company that chose confrontation,", "Aminata Sow", PER, "she", "said"),
    q("Those who chose partnership are still working, and they are welcome.", "Aminata Sow", PER, "she", "said"),
    q("Every board in Toronto with an asset in the region⋯doing the math,", "Hélène Masson", PER, "Hélène Masson",
      "said"),
    q("The question is no longer whether the rules can change. It is how fast.", "Hélène Masson", PER,
      "Hélène Masson", "said"),
    q("deeply concerned", "Global Affairs Canada", ORG, "Global Affairs Canada", "said", PARTIAL, nth=1),
    q("Canada expects Kotara to respect its international obligations⋯and due process,", "Global Affairs Canada", ORG,
      "the department", "said"),
    q("The safety of Canadian citizens in Kotara is our priority.", "Global Affairs Canada", ORG, "the department",
      "said"),
    q("We have been very clear, publicly and privately⋯a signed agreement as a suggestion,", "Vikram Bhalla", PER,
      "Bhalla", "told"),
    q("He called me at six this morning and said they were packing,", "Denise Lafrenière", PER, "she", "said"),
    q("He said the soldiers were polite.⋯feel better or worse.", "Denise Lafrenière", PER, "she", "said"),
    q("a predictable result of contracts that were too generous from the start.", "Jessica Ouimet", PER,
      "Jessica Ouimet", "called", PARTIAL),
    q("None of this excuses detaining employees,", "Jessica Ouimet", PER, "she", "said"),
    q("But Canadian companies signed very favourable deals⋯want to reopen them.", "Jessica Ouimet", PER, "she",
      "said"),
    q("for as long as we are legally able to do so.", "Aurelian Gold Corp.", ORG, "The company’s statement", "said",
      PARTIAL),
])

# An AP statehouse story in straight marks on Medicaid work requirements in Nebraska's nonpartisan Legislature:
# `Sen. X of Kearney, who introduced the measure,` (no party labels), "according to a fiscal note" without a quote,
# an inverted "said Sen. X of Omaha, who led the filibuster", a senator reading a constituent's letter (a nested
# straight single-marked quote inside her own), "She called predictions ... "…"" for the sponsor after "Jurgens said",
# a hospital association's statement then "the statement said", the governor "said in a statement", a protest sign,
# a woman with her age and town and "Her daughter, Jasmine, 19," then "she said", a senator's question ("asked"), an
# agency spokeswoman "X, said the agency would "…"", the filibuster leader's "she said" at the end.

doc("us-ap-11", "us-politics", [
    q("Medicaid was built as a safety net.⋯who could be working,", "Marla Jurgens", PER, "Jurgens", "said"),
    q("This bill says if you can work, we expect you to try.", "Marla Jurgens", PER, "Jurgens", "said"),
    q("We are going to spend millions of dollars⋯they mostly are,", "Rosa Villanueva", PER,
      "Sen. Rosa Villanueva", "said"),
    q("And thousands of people who did everything right⋯lost in the mail.", "Rosa Villanueva", PER,
      "Sen. Rosa Villanueva", "said"),
    q("She wrote, 'I work 50 hours a week⋯That's who this is going to hit,", "Rosa Villanueva", PER, "Villanueva",
      "said"),
    q("scare numbers from people who have opposed every reform⋯since the day it passed.", "Marla Jurgens", PER,
      "She", "called", PARTIAL),
    q("I'm not going to pretend this is painless,", "Dean Brandvold", PER, "Brandvold", "said"),
    q("But I think most Nebraskans believe⋯and I'm one of them.", "Dean Brandvold", PER, "Brandvold", "said"),
    q("cannot absorb another wave of uninsured patients.", "Nebraska Hospital Association", ORG,
      "The Nebraska Hospital Association", "said", PARTIAL),
    q("When coverage ends, the emergency room visits don't,", "Nebraska Hospital Association", ORG, "the statement",
      "said"),
    q("They just stop being paid for.", "Nebraska Hospital Association", ORG, "the statement", "said"),
    q("Work is good for people, and it's good for our state,", "Curtis Lindahl", PER, "Lindahl", "said"),
    q("I look forward to signing this bill.", "Curtis Lindahl", PER, "Lindahl", "said"),
    q("I've got a letter from my doctor saying I can't lift more than 10 pounds,", "Carla Meeks", PER, "Meeks",
      "said"),
    q("I don't know if that letter counts for anything with them.", "Carla Meeks", PER, "Meeks", "said"),
    q("Some weeks I get 30 hours and some weeks I get 12.⋯is going to be,", "Jasmine", PER, "she", "said"),
    q("Who signs off on volunteer hours at a church food pantry?⋯Is he now a state contractor?", "Tom Ashby", PER,
      "Ashby", "asked"),
    q("be ready to implement whatever the Legislature passes", "Renee Haug", PER, "Renee Haug", "said", PARTIAL),
    q("They got to 33 tonight,", "Rosa Villanueva", PER, "she", "said"),
    q("Let's see if they get there twice more.", "Rosa Villanueva", PER, "she", "said"),
], not_quotes=["Don't Cut Our Care."])

# A New York Times story on a plan to end rural air-service subsidies: a title-case headline and a summary without
# quotes, a deputy secretary's testimony ("had become “…”", "told the subcommittee"), "said Senator X, Democrat of
# Montana, whose state has ...", "Ms. X held up a letter ..., which she said relies on ..." then the senator's "she
# said" (the letter's author is not quoted), "The subcommittee’s chairman, Senator X, Republican of Kansas," with Mr.
# on second reference, "He asked Mr. X whether" then "Mr. X replied" and "Mr. Y said", "described the 150-mile rule
# as", a watchdog's statement ("had “…”"), an association that "warned" then "said the association’s president, X",
# "according to X, the manager of the town’s airport" before her quote, a rancher with his age in the quote, "Two
# Senate aides ..." then "one of the aides said", the senator's quote split by "she said", the deputy secretary's
# "he said" at the end.

doc("us-nyt-11", "us-politics", [
    q("a subsidy in search of passengers.", "Lawrence Brightman", PER,
      "Deputy Transportation Secretary Lawrence Brightman", "said", PARTIAL),
    q("Some of these flights average fewer than four passengers,", "Lawrence Brightman", PER, "Mr. Brightman",
      "told"),
    q("We are paying more than $1,000 a seat⋯two hours by car.", "Lawrence Brightman", PER, "Mr. Brightman", "told"),
    q("You may have a map in your office that says two hours.⋯behind a snowplow,", "Ruth Ellingson", PER,
      "Senator Ruth Ellingson", "said"),
    q("Cut the flight, and the cardiologist doesn’t come. That’s what this letter says,", "Ruth Ellingson", PER,
      "she", "said"),
    q("I’ve heard a lot today about cost per passenger,", "Wade Pruitt", PER, "Mr. Pruitt", "said"),
    q("I haven’t heard a word about cost per town.", "Wade Pruitt", PER, "Mr. Pruitt", "said"),
    q("We have engaged with stakeholders through the normal budget process,", "Lawrence Brightman", PER,
      "Mr. Brightman", "replied"),
    q("So that’s a no,", "Wade Pruitt", PER, "Mr. Pruitt", "said"),
    q("a line drawn by someone who has never driven it.", "Joel Marchetti", PER, "Senator Joel Marchetti",
      "described", PARTIAL),
    q("outlived its original purpose many times over", "Fiscal Sense Project", ORG, "The Fiscal Sense Project",
      "said", PARTIAL),
    q("These are not routes anyone would fly on their own. That is the whole point of the program,",
      "Carolyn Dubois", PER, "Carolyn Dubois", "said"),
    q("Somebody read it off their phone, and the room got very quiet,", "Lynn Hovland", PER, "Ms. Hovland", "said"),
    q("We’ve been through this before.⋯finds us on a spreadsheet.", "Lynn Hovland", PER, "Ms. Hovland", "said"),
    q("It’s 280 miles to Billings.⋯after a round of radiation,", "Arvid Kerwin", PER, "Mr. Kerwin", "said"),
    q("So I guess I’d just stop going.", "Arvid Kerwin", PER, "Mr. Kerwin", "said"),
    q("Nobody on the Appropriations Committee is going to vote⋯in an election year,",
      "a Senate aide involved in the appropriations process", ANON, "one of the aides", "said"),
    q("I’ll put it up for a vote,", "Ruth Ellingson", PER, "she", "said"),
    q("and we’ll see who wants to explain it back home.", "Ruth Ellingson", PER, "she", "said"),
    q("This is a program that was meant to be temporary,", "Lawrence Brightman", PER, "he", "said"),
    q("It’s been temporary since 1978.", "Lawrence Brightman", PER, "he", "said"),
])

# A CNN story on a federal agency's overnight staffing: a sentence-case headline quote lifted from the body ("‘We
# were flying blind’: ..., memo shows"), a byline and timestamp, "according to an internal agency memo obtained by
# CNN" and "the memo says" without quotes, an emergency manager's quote split by an inverted "said X, the ...
# director for Y County, Texas, where ..." with a sentence between its parts, the memo's author ("In the memo, ...,
# the agency’s southern region director, X, describes ... as “…”", "X wrote"), an agency spokesperson's statement
# ("said ... that “…”" then "the statement said"), "Two current Weather Service employees" then "one of the
# employees said", a cabinet secretary, a senator who "called the findings “…”" then "told CNN", another senator's
# post on X ("he wrote that “…” and that he had asked X to ... “…”"), a union's statement and its president after an
# inverted "said", the emergency manager's "he said" at the end; three women quoted.

doc("us-cnn-11", "us-politics", [
    q("We were flying blind", "Kyle Daughtry", PER, None, None, nth=0),
    q("We were flying blind for about 40 minutes,", "Kyle Daughtry", PER, "Kyle Daughtry", "said"),
    q("I had a tornado on the ground⋯I’ve called for 15 years.", "Kyle Daughtry", PER, "Kyle Daughtry", "said"),
    q("not sustainable through the peak of severe weather season.", "Pamela Okonjo", PER, "Pamela Okonjo",
      "describes", PARTIAL),
    q("Offices are operating without margin,", "Pamela Okonjo", PER, "Okonjo", "wrote"),
    q("A single sick call now leaves an entire county warning area without local coverage.", "Pamela Okonjo", PER,
      "Okonjo", "wrote"),
    q("no part of the country was ever without warning coverage.", "a spokesperson for the National Weather Service",
      ANON, "a spokesperson for the National Weather Service", "said", PARTIAL),
    q("Coverage is shared across offices by design⋯under difficult conditions,",
      "a spokesperson for the National Weather Service", ANON, "the statement", "said"),
    q("The problem is you don’t know it’s an emergency until it is one,", "a current Weather Service employee", ANON,
      "one of the employees", "said"),
    q("By then you’re already short.", "a current Weather Service employee", ANON, "one of the employees", "said"),
    q("We are modernizing an agency that was built in the era of the teletype,", "Janet Holbrook", PER, "Holbrook",
      "said"),
    q("Automation and consolidation are going to let our people focus on the forecasts that matter most.",
      "Janet Holbrook", PER, "Holbrook", "said"),
    q("exactly what we warned would happen", "Maria Delacroix", PER, "Sen. Maria Delacroix", "called", PARTIAL),
    q("When a tornado warning comes late, people don’t get to their storm shelters,", "Maria Delacroix", PER,
      "Delacroix", "told"),
    q("This isn’t a budget line. It’s the difference between a close call and a funeral.", "Maria Delacroix", PER,
      "Delacroix", "told"),
    q("weather forecasting is not where we cut corners", "Ross Rendell", PER, "[he] wrote", "wrote", PARTIAL),
    q("before the next storm, not after.", "Ross Rendell", PER, "he", "wrote", PARTIAL),
    q("known for months that this was coming.", "Forecasters Guild", ORG, "The Forecasters Guild", "said", PARTIAL),
    q("Forecasters have been raising alarms through every channel they have,", "Rachel Haugen", PER, "Rachel Haugen",
      "said"),
    q("Now the public knows what they know.", "Rachel Haugen", PER, "Rachel Haugen", "said"),
    q("You can’t automate a guy in a pickup on a county road watching a wall cloud,", "Kyle Daughtry", PER, "he",
      "said"),
    q("We were lucky. I’m not going to count on lucky twice.", "Kyle Daughtry", PER, "he", "said"),
])


# A CP story on a Senate of Canada committee hearing into a bill letting Ottawa expropriate farmland for a
# carbon-capture pipeline: a deck "Landowners call bill ‘…’; minister says project ‘…’" whose association and minister
# are named in the body, "with one senator warning the legislation “…”" in the lead for a senator named later,
# the minister "told senators", a Conservative senator's quote paragraph that follows on, "the minister said", an
# Independent senator who "asked in French" and the minister's "she said" after "answering in French", the
# association's brief ("called the bill “…”") then its president, a chief, the company's statement then "the
# statement said", a federal official on condition of anonymity, a Commons critic's "called", the committee chair
# (a third woman) and the minister's "she said" at the end, the CP sign-off.

doc("ca-cp-13", "canadian-news", [
    q("a blank cheque", "Prairie Landowners Association", ORG, "Landowners", "call", PARTIAL, nth=0),
    q("cannot wait", "Yvette Mercier-Lund", PER, "minister", "says", PARTIAL, nth=0),
    q("turns farmers into bystanders on their own land.", "Roland Bouchard", PER, "one senator", "warning", PARTIAL),
    q("as a last resort.", "Yvette Mercier-Lund", PER, "Mercier-Lund", "said", PARTIAL),
    q("We have signed agreements with more than 80 per cent of the landowners along the route,",
      "Yvette Mercier-Lund", PER, "Mercier-Lund", "told"),
    q("I want that number to be 100 per cent. But this project cannot wait for the last holdout.",
      "Yvette Mercier-Lund", PER, "Mercier-Lund", "told"),
    q("You have a private company, a federal arbitrator⋯for four generations,", "Roland Bouchard", PER, "Bouchard",
      "said"),
    q("Guess which one of the three doesn’t have a lawyer on retainer.", "Roland Bouchard", PER, "Bouchard", "said"),
    q("It turns farmers into bystanders⋯a company’s balance sheet.", "Roland Bouchard", PER, None, None),
    q("Nobody is taking anyone’s land for a song,", "Yvette Mercier-Lund", PER, "the minister", "said"),
    q("Compensation will be at fair market value, plus costs, plus an amount for disturbance.", "Yvette Mercier-Lund",
      PER, "the minister", "said"),
    q("Is there any room in this bill for the farmer who simply says no? Not no to the price. No,",
      "Marie-Josée Thibodeau", PER, "Thibodeau", "asked"),
    q("There is a right to be heard. There is not a veto,", "Yvette Mercier-Lund", PER, "she", "said"),
    q("a blank cheque for the pipeline company", "Prairie Landowners Association", ORG,
      "The Prairie Landowners Association", "called", PARTIAL),
    q("My quarrel is with being told the price of my land by a man in Ottawa who has never stood on it,", "Glen Huber",
      PER, "Huber", "said"),
    q("They signed with a gun on the table. Nobody pointed it, but everybody could see it,", "Glen Huber", PER, "he",
      "said"),
    q("That is not consultation. That is notification,", "Marcus Whitehorse", PER, "Whitehorse", "said"),
    q("negotiated in good faith with every landowner", "Northway Midstream", ORG, "Northway Midstream", "said",
      PARTIAL),
    q("We would much rather shake hands than go to arbitration,", "Northway Midstream", ORG, "the statement", "said"),
    q("Most of those are arguments about price, not about principle,", "a federal official", ANON, "the official",
      "said"),
    q("a land grab with a green ribbon on it", "Blake Haverstock", PER,
      "Conservative natural resources critic Blake Haverstock", "called", PARTIAL),
    q("We will not be rushed. If this bill needs to be fixed, this is the place to fix it,", "Anne-Marie Kowal", PER,
      "Kowal", "told"),
    q("The Senate is doing its job, and I respect that. I would just ask them to do it quickly,", "Yvette Mercier-Lund",
      PER, "she", "said"),
])

# A CBC Nova Scotia story in straight marks on a teachers' pension plan's loss on one office tower: a deck
# "Union says members '…'; plan's CEO calls loss '…'" whose speakers are named in the body, a byline line,
# "according to the plan's annual report" without a quote, an inverted "said X, president of Y, which represents",
# the chief executive's "called the loss "…"" then "he said" and a quote paragraph that follows on, the finance
# minister "told reporters at Province House" then "he said", an NDP critic's "She called it "…"", a retired teacher
# with her age, the board of trustees' written statement then "the statement said", a former committee member who
# asked not to be named ("told CBC News the deal was "…"" then "the former member said"), "Asked about that
# account, X said ... "…"" then "he said", the union president's "she said" at the end after two other women.

doc("ca-cbc-13", "canadian-news", [
    q("deserve answers", "Paula Gillis", PER, "Union", "says", PARTIAL, nth=0),
    q("painful but contained", "Trevor Doucette", PER, "CEO", "calls", PARTIAL, nth=0),
    q("Our members deserve answers⋯comes off their paycheque,", "Paula Gillis", PER, "Paula Gillis", "said"),
    q("That tells you something about how this board sees the people whose money it manages,", "Paula Gillis", PER,
      "she", "said"),
    q("painful but contained", "Trevor Doucette", PER, "Trevor Doucette", "called", PARTIAL, nth=1),
    q("We made a bet on downtown office space in 2019⋯It did not age well,", "Trevor Doucette", PER, "he", "said"),
    q("But this is one investment out of more than 400.⋯will keep being paid.", "Trevor Doucette", PER, None, None),
    q("I want to understand how one building in Boston ended up costing Nova Scotia teachers that much money,",
      "Allan Corkum", PER, "Corkum", "told"),
    q("Confidence isn't the same thing as not asking questions,", "Allan Corkum", PER, "he", "said"),
    q("a gamble with other people's retirements.", "Shauna Boudreau", PER, "She", "called", PARTIAL),
    q("If a principal gambled like this with a school's lunch money, they'd be fired by Friday,", "Shauna Boudreau",
      PER, "Boudreau", "said"),
    q("I'm not worried about my cheque next month. I'm worried about the young ones,", "Marjorie Pothier", PER,
      "Pothier", "said"),
    q("They're paying in now, and they're going to be the ones paying for this.", "Marjorie Pothier", PER, "Pothier",
      "said"),
    q("strengthened oversight of direct real estate investments",
      "board of trustees of the Nova Scotia Teachers' Pension Plan", ORG, "the plan's board of trustees", "said",
      PARTIAL),
    q("The board takes its responsibility to members seriously⋯when it is complete,",
      "board of trustees of the Nova Scotia Teachers' Pension Plan", ORG, "the statement", "said"),
    q("pushed through in a single meeting.", "a former member of the plan's investment committee", ANON,
      "A former member of the plan's investment committee", "told", PARTIAL),
    q("There were questions in the room. They just didn't get answered,",
      "a former member of the plan's investment committee", ANON, "the former member", "said"),
    q("the normal approval process.", "Trevor Doucette", PER, "Doucette", "said", PARTIAL),
    q("Every investment of that size gets debated. This one did too,", "Trevor Doucette", PER, "he", "said"),
    q("I was in that room, and I'd describe it differently.", "Trevor Doucette", PER, "he", "said"),
    q("We're not asking to run the plan. We're asking to see it,", "Paula Gillis", PER, "she", "said"),
])

# A Globe and Mail story on a court certifying a class action against a bank: a deck "Ruling says markup was ‘…’"
# for the judge, a byline block with a dateline line, the judge's decision ("found that the proposed class had a
# “…” claim", "Justice X wrote", "She wrote that ... “…”"), an agreement's label in marks, the representative
# plaintiff (Ms. on second reference, "She said she felt “…”"), her lawyer, the bank's spokesperson "said in an
# e-mailed statement" after "Lakeshore ... said it would seek leave to appeal", a regulator's unnamed spokesperson,
# an analyst's note to clients ("wrote that the risk was “…”" then "Mr. X wrote"), "according to a review by The Globe
# and Mail" without a quote, the lawyer in a Quebec case, an inverted "said X, executive director of Y", the
# plaintiff's "she said" at the end; four women quoted.

doc("ca-globe-13", "canadian-news", [
    q("buried", "Evelyn Marchand", PER, "Ruling", "says", PARTIAL, nth=0),
    q("genuine and triable", "Evelyn Marchand", PER, "Justice Evelyn Marchand", "found", PARTIAL),
    q("A reasonable cardholder reading the agreement would not have understood that a fee was being charged at all,",
      "Evelyn Marchand", PER, "Justice Marchand", "wrote"),
    q("The disclosure was not hidden, exactly. It was buried.", "Evelyn Marchand", PER, "Justice Marchand", "wrote"),
    q("asks more of the ordinary consumer than the law does.", "Evelyn Marchand", PER, "She", "wrote", PARTIAL),
    q("I’m not a financial person. I just noticed the numbers didn’t match,", "Margaret Hollis", PER, "Ms. Hollis",
      "said"),
    q("Then I found out my sister, my neighbour and half of my curling club had the same numbers.", "Margaret Hollis",
      PER, "Ms. Hollis", "said"),
    q("vindicated, but not finished.", "Margaret Hollis", PER, "She", "said", PARTIAL),
    q("This ruling means the bank now has to explain, in a courtroom, why it called a fee something other than a fee,",
      "Aaron Feldstein", PER, "Mr. Feldstein", "said"),
    q("We believe our disclosure met and exceeded regulatory requirements throughout the period in question,",
      "Claire Lachance", PER, "spokesperson Claire Lachance", "said"),
    q("Certification is a procedural step and is not a finding of liability.", "Claire Lachance", PER,
      "spokesperson Claire Lachance", "said"),
    q("aware of the decision", "an agency spokesperson", ANON, "An agency spokesperson", "said", PARTIAL),
    q("manageable, but not trivial.", "Vikram Sethi", PER, "Dunmore Securities analyst Vikram Sethi", "wrote",
      PARTIAL),
    q("Even a partial loss at trial would likely be in the range of one quarter’s earnings,", "Vikram Sethi", PER,
      "Mr. Sethi", "wrote"),
    q("The bigger risk is that other banks’ agreements use very similar language.", "Vikram Sethi", PER, "Mr. Sethi",
      "wrote"),
    q("The bank is the same, the cards are the same and the fine print is the same,", "Isabelle Fournier", PER,
      "Ms. Fournier", "said"),
    q("There is no reason for two courts to reach two different answers.", "Isabelle Fournier", PER, "Ms. Fournier",
      "said"),
    q("Every bank in this country should be rereading its cardholder agreement this week,", "Deepa Raman", PER,
      "Deepa Raman", "said"),
    q("If you need a lawyer to find the fee, the fee isn’t disclosed.", "Deepa Raman", PER, "Deepa Raman", "said"),
    q("It’s a good card, honestly,", "Margaret Hollis", PER, "she", "said"),
    q("I just want them to tell me what it costs.", "Margaret Hollis", PER, "she", "said"),
], ignore=["conversion adjustment."])

# An Ottawa Citizen city story on cancelling a snow-clearing contract: a deck "‘…,’ councillor says as committee
# votes ..." whose councillor is named in the body, a byline block ("Author of the article:"), an inverted "said
# Coun. X, who represents Y and who brought the motion", "A staff report ... said" without a quote, the general
# manager of public works, the contractor's president ("He called the staff report “…”" then "he said"), the
# committee chair, a dissenting councillor, a resident after an inverted "said X, a retired public servant who lives
# on ...", "Her neighbour, X," then "he said", the mayor's statement ("said in a statement" then "the statement
# said"), a lawyer's partial, the councillor's "she said" at the end.

doc("ca-citizen-13", "canadian-news", [
    q("We paid for a plow and got a promise,", "Gail Tremblay-Ross", PER, "councillor", "says", nth=0),
    q("We paid for a plow and got a promise,", "Gail Tremblay-Ross", PER, "Coun. Gail Tremblay-Ross", "said", nth=1),
    q("My residents have been digging out their own streets and then paying for it on their tax bill.",
      "Gail Tremblay-Ross", PER, "Coun. Gail Tremblay-Ross", "said"),
    q("At a certain point, a notice of default is just paperwork,", "Alain Girouard", PER, "Girouard", "said"),
    q("We have been clear with the contractor, repeatedly, and we have not seen the improvement we need.",
      "Alain Girouard", PER, "Girouard", "said"),
    q("We have 38 pieces of equipment on those streets.⋯Now it takes two months,", "Rick Salhany", PER, "Salhany",
      "said"),
    q("one-sided", "Rick Salhany", PER, "He", "called", PARTIAL),
    q("If the standard is the standard, it should be the standard for everybody,", "Rick Salhany", PER, "he", "said"),
    q("City crews don’t send us an invoice with a late clause in it,", "Pierre Lalonde", PER, "Lalonde", "said"),
    q("That’s the difference.", "Pierre Lalonde", PER, "Lalonde", "said"),
    q("I share the frustration. I’ve had the phone calls too,", "Bruce Mahaffey", PER, "Mahaffey", "said"),
    q("But I want to know who is plowing Barrhaven on March 3⋯plowing it on March 2.", "Bruce Mahaffey", PER,
      "Mahaffey", "said"),
    q("I’ve lived on this street for 19 years, and this is the first winter I bought a snowblower,", "Nkechi Obi", PER,
      "Nkechi Obi", "said"),
    q("I’m 66. I shouldn’t have to be the snowplow.", "Nkechi Obi", PER, "Nkechi Obi", "said"),
    q("Para Transpo couldn’t get in. Nobody could get in,", "Derek Fontaine", PER, "he", "said"),
    q("Residents in these wards pay the same taxes as everyone else, and they deserve the same service,",
      "Colin Bradwell", PER, "the statement", "said"),
    q("vigorously defend", "Michelle Aubin", PER, "Michelle Aubin", "said", PARTIAL),
    q("If they want to argue in court that they plowed Barrhaven on time, I’ll bring the photos,",
      "Gail Tremblay-Ross", PER, "she", "said"),
])

# An AP story on a cross-border water dispute as run in a Canadian paper: a deck "Manitoba calls decision ‘…’"
# for a minister named in the body, a byline block and an AP dateline, a governor's quotes then "he said", the
# province's environment minister ("called the decision “…”", "told reporters", "she said"), Global Affairs Canada's
# statement ("the department said in a statement"), an anonymous State Department spokesperson's partial, a state
# water engineer ("Pressed ..., she said it could not." without a quote, then "X said"), a commissioner who
# "described the vote as “…”", a reeve "in a phone interview", a resident with her age and "Her husband, Gene," then
# "he said", the governor's "he said" at the end after a sentence naming the premier, whom "he" inside the quote
# names; "With files from".

doc("ca-intl-13", "canadian-news", [
    q("a slap in the face", "Celeste Arbez", PER, "Manitoba", "calls", PARTIAL, nth=0),
    q("I have a town of 3,000 people that is going to be underwater in two years if we don’t do something,",
      "Dale Everly", PER, "Everly", "said"),
    q("I respect our friends in Canada. I also have a job to do.", "Dale Everly", PER, "Everly", "said"),
    q("We’ve tested it more than any water in North America,", "Dale Everly", PER, "he", "said"),
    q("a slap in the face", "Celeste Arbez", PER, "Environment Minister Celeste Arbez", "called", PARTIAL, nth=1),
    q("We asked for one thing, which was a joint scientific review before the gates open,", "Celeste Arbez", PER,
      "Arbez", "told"),
    q("We were told no.", "Celeste Arbez", PER, "Arbez", "told"),
    q("Once they’re in, they don’t come out. Ever,", "Celeste Arbez", PER, "she", "said"),
    q("Canada has consistently raised its concerns⋯at all levels,", "Global Affairs Canada", ORG, "the department",
      "said"),
    q("We expect any release of water across the border to respect the Boundary Waters Treaty.",
      "Global Affairs Canada", ORG, "the department", "said"),
    q("in close contact with Canadian counterparts", "a State Department spokesperson", ANON,
      "A State Department spokesperson", "said", PARTIAL),
    q("Nothing in biology is 100 per cent,", "Karen Lindgren", PER, "Lindgren", "said"),
    q("But I’m comfortable telling this commission that the risk is very low.", "Karen Lindgren", PER, "Lindgren",
      "said"),
    q("picking a fight we don’t need with our biggest trading partner.", "Ray Ostlund", PER, "He", "described",
      PARTIAL),
    q("We’ve got people who irrigate out of the Tamarack.⋯draws its drinking water from it,", "Dwight Klassen", PER,
      "Klassen", "said"),
    q("Nobody in Bismarck asked any of them.", "Dwight Klassen", PER, "Klassen", "said"),
    q("I’ve got a dike around my house that’s taller than my grandson,", "Arlene Voss", PER, "Arlene Voss", "said"),
    q("I don’t want to hurt anybody in Canada. But I’d like to keep my house.", "Arlene Voss", PER, "Arlene Voss",
      "said"),
    q("We live upstairs now,", "Gene", PER, "he", "said"),
    q("It’s like camping, but with a mortgage.", "Gene", PER, "he", "said"),
    q("I’ll listen to anything he has to say,", "Dale Everly", PER, "[he] said", "said"),
    q("But the water is coming up either way.", "Dale Everly", PER, "[he] said", "said"),
])

# An AP story in straight marks on a state lottery scandal: an AP dateline with `--`, the director's resignation
# letter ("said in a one-paragraph letter to Gov. X that he was stepping down "…""), the state auditor's partial
# after "But she said" then a quote split by "Pruitt said", "the audit said" and "the report said" without quotes,
# the governor's statement ("the governor said in a statement"), a DCI spokesperson without a quote, `State Sen. X,
# D-Iowa City, called the findings "…"`, `State Rep. X, R-Ankeny,` (two women in a row), an internal review quoted by
# the audit "as warning that ... "…"", the interim director's statement then "the statement said", "His attorney,
# X, said Mabry "…" and had resigned "…"", a ticket buyer and a clerk, the auditor's quote split by "she said".

doc("us-ap-13", "us-politics", [
    q("to allow the Lottery to move forward without distraction.", "Kenneth Mabry", PER, "Director Kenneth Mabry",
      "said", PARTIAL),
    q("should alarm every person who has ever bought a ticket in this state.", "Denise Pruitt", PER, "she", "said",
      PARTIAL),
    q("I'm not telling you a crime was committed.⋯and that's the problem,", "Denise Pruitt", PER, "Pruitt", "said"),
    q("A lottery lives on one thing, and it's trust.", "Denise Pruitt", PER, "Pruitt", "said"),
    q("Iowans who play the lottery deserve to know the game is fair.⋯that's unacceptable,", "Lorraine Haskett", PER,
      "the governor", "said"),
    q("a scandal that was hiding in plain sight", "Marcus Dietz", PER, "State Sen. Marcus Dietz", "called", PARTIAL),
    q("Every other state with a lottery has figured this out. We're the ones who didn't,", "Marcus Dietz", PER,
      "Dietz", "said"),
    q("I want to hear it from them, not from a press release,", "Janet Krull", PER, "Krull", "said"),
    q("If there was a hole in the fence, I want to know how long it was there and who knew about it.", "Janet Krull",
      PER, "Krull", "said"),
    q("broader than operationally necessary.", "Iowa Lottery", ORG, "that review", "warning", PARTIAL),
    q("We are going to earn back the trust of Iowa players, one change at a time,", "Sandra Oyelaran", PER,
      "the statement", "said"),
    q("never had any involvement", "Paul Vance", PER, "Paul Vance", "said", PARTIAL),
    q("because he believed the agency needed a fresh start.", "Paul Vance", PER, "Paul Vance", "said", PARTIAL),
    q("Ken is a person of real integrity, and nothing in that audit says otherwise,", "Paul Vance", PER, "Vance",
      "said"),
    q("I figured the odds were bad.⋯already had the winner,", "Dale Kessler", PER, "Kessler", "said"),
    q("I'll probably still buy them. I just feel dumber doing it.", "Dale Kessler", PER, "Kessler", "said"),
    q("People want to know if the tickets in the case are any good,", "Mia Torres", PER, "she", "said"),
    q("I tell them I just sell them.", "Mia Torres", PER, "she", "said"),
    q("We're going to come back,", "Denise Pruitt", PER, "she", "said"),
    q("and we're going to look at every single one of those claims again.", "Denise Pruitt", PER, "she", "said"),
])

# A Politico story on a seniority fight for a House committee's top Democratic slot: a deck and a double byline, a
# feature lede ("had been on the phone"), the challenger's quote split by "said in an interview", the ranking
# member's letter "obtained by POLITICO" ("he wrote that he had “…” and warned that ... would “…”"), `(D-Ore.)`
# labels, "Three Democrats involved in whip counts, granted anonymity," then "One of them said ..." and "that
# Democrat said", two congresswomen in a row ("Pryor said", "She said ..." then "she said"), a leader's spokesperson's
# statement in two partials, "said one senior Democratic aide, who requested anonymity", a coalition's letter ("The
# letter called him “…”"), an ally after an inverted "said Rep. X (D-Wash.), one of ...", "he said with a laugh",
# "paused." before "he said", the ranking member's "he said" at the end.

doc("us-politico-13", "us-politics", [
    q("I’m not running against Harold. I’m running for a committee that needs to be ready to fight,",
      "Tomás Quintero", PER, "Quintero", "said"),
    q("Those are different things, and I think most of my colleagues understand that.", "Tomás Quintero", PER,
      "Quintero", "said"),
    q("delivered for every member of this caucus who asked", "Harold Brenneman", PER, "[he] wrote that", "wrote",
      PARTIAL),
    q("set a precedent we will all come to regret.", "Harold Brenneman", PER, "[he] wrote that", "warned",
      PARTIAL),
    q("Seniority isn’t a gift. It’s a record,", "Harold Brenneman", PER, "Brenneman", "told"),
    q("Mine is public, and I’ll put it next to anybody’s.", "Harold Brenneman", PER, "Brenneman", "told"),
    q("It was a very uncomfortable set of phone calls,", "a Democrat involved in whip counts", ANON, "that Democrat",
      "said"),
    q("Nobody wants to answer that question out loud.", "a Democrat involved in whip counts", ANON, "that Democrat",
      "said"),
    q("Harold got money to my district when nobody else in this building would return my calls,", "Janelle Pryor",
      PER, "Pryor", "said"),
    q("I don’t switch horses because somebody tells me the horse is old.", "Janelle Pryor", PER, "Pryor", "said"),
    q("We keep telling voters that we’re the party of the future,", "Alicia Whitford", PER, "she", "said"),
    q("At some point, they’re going to check.", "Alicia Whitford", PER, "she", "said"),
    q("has enormous respect for both members", "a spokesperson for Minority Leader Rosalind Akers", ANON,
      "A spokesperson for Minority Leader Rosalind Akers", "said", PARTIAL),
    q("support whichever member the caucus chooses.", "a spokesperson for Minority Leader Rosalind Akers", ANON,
      "A spokesperson for Minority Leader Rosalind Akers", "said", PARTIAL),
    q("If Quintero wins, every one of them gets a phone call the next morning,", "a senior Democratic aide", ANON,
      "one senior Democratic aide", "said"),
    q("the most effective voice for Western water in the House.", "a coalition of Western conservation groups", ORG,
      "The letter", "called", PARTIAL),
    q("These are the same groups that were writing him thank-you notes last year,", "Doug Feeney", PER,
      "Rep. Doug Feeney", "said"),
    q("Look, I didn’t write it. I’m not going to pretend I didn’t read it,", "Tomás Quintero", PER, "he", "said"),
    q("Ask me Friday,", "Tomás Quintero", PER, "he", "said"),
    q("Twenty-six years, and this is the first time anybody’s asked me for my birth certificate,",
      "Harold Brenneman", PER, "he", "said"),
    q("I’m going to assume that’s a compliment.", "Harold Brenneman", PER, "he", "said"),
])

# A New York Times story on a refinery fire in a Louisiana town: a title-case headline and a summary without quotes,
# "Reporting from", the lead investigator after an inverted "said X, the lead investigator for Y, at a community
# meeting" with Mr. on second reference ("he said" without a quote), "according to the hospital" without a quote,
# the owner's statement ("said in a statement that it was “…”" then "the statement said"), the refinery manager by
# "he said" after "Mr. X said he could not comment", "a woman called out from the bleachers", a state secretary "in
# an interview", "Representative X, a Democrat whose district includes ...", an E.P.A. spokeswoman without a quote,
# a senator who "called the fire “…”" then "he said", a grandmother and granddaughter sharing a surname ("Ms. X
# said", "She said ..." then "she said"), the investigator's "he said" at the end.

doc("us-nyt-13", "us-politics", [
    q("This was not a surprise failure,", "Gordon Albrecht", PER, "Gordon Albrecht", "said"),
    q("The pipe told people it was going to fail. The question we are going to answer is why nobody listened.",
      "Gordon Albrecht", PER, "Gordon Albrecht", "said"),
    q("cooperating fully", "Delacroix Energy Partners", ORG, "Delacroix Energy Partners", "said", PARTIAL),
    q("The safety of our workers and our neighbors is our highest priority,", "Delacroix Energy Partners", ORG,
      "the statement", "said"),
    q("We will not restart the affected units until we are certain they are safe.", "Delacroix Energy Partners", ORG,
      "the statement", "said"),
    q("I understand the anger in this room. I live here too,", "Philip Renaud", PER, "he", "said"),
    q("My kids go to the same schools yours do.", "Philip Renaud", PER, "he", "said"),
    q("Then you should have been scared too,", "a woman", ANON, "a woman", "called out"),
    q("We regulate what comes out of the stack,", "Lionel Batiste", PER, "Mr. Batiste", "said"),
    q("We don’t have inspectors walking the pipe racks. Maybe we should.", "Lionel Batiste", PER, "Mr. Batiste",
      "said"),
    q("Everybody had a piece of the paper, and nobody had the whole picture,", "Celeste Guidry", PER, "Ms. Guidry",
      "said"),
    q("That’s not a system. That’s a shrug.", "Celeste Guidry", PER, "Ms. Guidry", "said"),
    q("a terrible accident", "Wade Thibodeaux", PER, "He", "called", PARTIAL),
    q("I’m not going to let one bad day be used as an excuse⋯40,000 Louisiana families,", "Wade Thibodeaux", PER,
      "he", "said"),
    q("They told me it was normal,", "Rosalie Fontenot", PER, "Ms. Fontenot", "said"),
    q("I said, it’s normal if you don’t live here.", "Rosalie Fontenot", PER, "Ms. Fontenot", "said"),
    q("Everybody was filming the smoke on their phones,", "Kiara Fontenot", PER, "she", "said"),
    q("Then the teachers started crying, and that’s when I got scared.", "Kiara Fontenot", PER, "she", "said"),
    q("We have the documents,", "Gordon Albrecht", PER, "he", "said"),
    q("What I want now are the people who wrote them.", "Gordon Albrecht", PER, "he", "said"),
])


# ---------------------------------------------------------------------------------------------------
# Branch corpus-more16: eight more articles, five Canadian (``canadian-news``) and three US political
# (``us-politics``), on beats the corpus did not have, annotated before the engine was run on them.
# ---------------------------------------------------------------------------------------------------

# A Canadian Press provincial campaign story on a school-age child-care fee cap: a headline "NDP calls pledge ‘…’"
# whose leader is named in the body ("called the promise “…”" again), the premier by surname, by "he said" and at the
# end by "the premier said" after "Brandt, asked whether ..., smiled.", "according to X, who runs ..." before her
# quote and then "she said", an association's statement ("said ... “…” but warned that it would “…”") then "the
# statement said", a partial after "Asked about wages, X said", an economist split around "X said", a campaign
# spokesperson in apposition, four women quoted by "she said" (the NDP leader, an operator, a parent, a candidate),
# a man by "he said" between them, the NDP leader "said in French" and "she told a crowd", the CP sign-off.

doc("ca-cp-14", "canadian-news", [
    q("a deathbed conversion", "Janelle Sauvé", PER, "NDP", "calls", PARTIAL, nth=0),
    q("Parents in this province have told us⋯when their kids turn six,", "Colin Brandt", PER, "Brandt", "said"),
    q("We heard them. This is our answer.", "Colin Brandt", PER, "Brandt", "said"),
    q("No operator is going to be asked to eat this,", "Colin Brandt", PER, "he", "said"),
    q("a deathbed conversion", "Janelle Sauvé", PER, "NDP Leader Janelle Sauvé", "called", PARTIAL, nth=1),
    q("We’ve been asking for this in the legislature since 2022. They voted it down three times,", "Janelle Sauvé",
      PER, "Sauvé", "told"),
    q("Now there’s an election, and suddenly they’ve found the money.", "Janelle Sauvé", PER, "Sauvé", "told"),
    q("A cap on fees means nothing if there’s no space for your kid,", "Janelle Sauvé", PER, "she", "said"),
    q("I have 140 families on my list and 11 openings.⋯calling me every week,", "Theresa Lindqvist", PER,
      "Lindqvist", "said"),
    q("My best educator left in June to stock shelves at Costco.⋯She got a raise,", "Theresa Lindqvist", PER, "she",
      "said"),
    q("a welcome first step", "Saskatchewan Early Childhood Association", ORG,
      "The Saskatchewan Early Childhood Association", "said", PARTIAL),
    q("collapse under its own weight", "Saskatchewan Early Childhood Association", ORG,
      "The Saskatchewan Early Childhood Association", "warned", PARTIAL),
    q("Affordability and access are two sides of the same coin,", "Saskatchewan Early Childhood Association", ORG,
      "the statement", "said"),
    q("before the end of this campaign.", "Colin Brandt", PER, "Brandt", "said", PARTIAL),
    q("If the cap works, demand goes up, and so does the cost,", "Pierre-Luc Gaudet", PER, "Gaudet", "said"),
    q("That’s what happened with the under-six program⋯never the real number.", "Pierre-Luc Gaudet", PER, "Gaudet",
      "said"),
    q("already assumes a 25 per cent increase in enrolment.", "Dana Whitecalf", PER, "Dana Whitecalf", "said",
      PARTIAL),
    q("That’s a second mortgage payment. If this happens, that’s real money for us. If,", "Melissa Kwan", PER, "she",
      "said"),
    q("Every election, somebody stands in a gym and says this. I’ll believe it when I see it on my invoice,",
      "Rob Desjardins", PER, "he", "said"),
    q("at every third door", "Karen Oduya", PER, "Karen Oduya", "said", PARTIAL),
    q("People aren’t talking to me about pipelines on the doorstep.⋯a seven-year-old,", "Karen Oduya", PER, "she",
      "said"),
    q("setting the agenda", "Janelle Sauvé", PER, "Sauvé", "said", PARTIAL),
    q("They can copy our homework, but they can’t copy our record,", "Janelle Sauvé", PER, "she", "told"),
    q("They talk,", "Colin Brandt", PER, "the premier", "said"),
    q("We’ve got a budget.", "Colin Brandt", PER, "the premier", "said"),
])

# A CBC North national story in straight marks on a northern airline ending scheduled flights to three hamlets: a
# deck "Mayor says community '…'" in single straight marks whose mayor is named in the body, the mayor by "she said"
# through the story, the airline's chief executive "in an interview from", "called the leak "…"" and a partial after
# "would sell its routes", an elder who "spoke in Inuktitut, with his granddaughter, Mary, interpreting" then "he
# said", the granddaughter by first name ("Mary said"), a territorial department's statement then "the statement
# said", an MP's "called the cuts "…"" then "she said", "A spokesperson for" the minister, another carrier's emailed
# statement, a student whose quote holds "My mom says", the mayor's "she said" at the end.

doc("ca-cbcnat-14", "canadian-news", [
    q("found out on Facebook", "Elisapee Tagalik", PER, "Mayor", "says", PARTIAL, nth=0),
    q("We found out on Facebook,", "Elisapee Tagalik", PER, "Tagalik", "said"),
    q("Somebody's cousin in Rankin Inlet posted a screenshot.⋯losing their airline.", "Elisapee Tagalik", PER,
      "Tagalik", "said"),
    q("A letter,", "Elisapee Tagalik", PER, "she", "said"),
    q("Not a phone call. Not a visit. We've been flying with them for 31 years.", "Elisapee Tagalik", PER, "she",
      "said"),
    q("This is not a decision we made lightly, and it's not one we're proud of,", "Graham Pelletier", PER,
      "Pelletier", "said"),
    q("But I can't fly an airplane without two pilots, and right now I can't find them.", "Graham Pelletier", PER,
      "Pelletier", "said"),
    q("regrettable.", "Graham Pelletier", PER, "Pelletier", "called", PARTIAL),
    q("I have flown on that plane since I was a young man,", "Jimmy Anguttitauruq", PER, "he", "said"),
    q("If it stops, I don't know how I will get to my doctor. Maybe I won't.", "Jimmy Anguttitauruq", PER, "he",
      "said"),
    q("He's not going to get on a charter that costs $9,000. None of us can pay that,", "Mary", PER, "Mary", "said"),
    q("assessing options", "Nunavut Department of Health", ORG, "Nunavut's Department of Health", "said", PARTIAL),
    q("No patient will miss necessary care as a result of this change,", "Nunavut Department of Health", ORG,
      "the statement", "said"),
    q("They said that when the nursing station lost its second nurse, too,", "Elisapee Tagalik", PER, "she", "said"),
    q("a crisis that Ottawa cannot pretend is a private business decision", "Lucy Aupaluk", PER,
      "Nunavut MP Lucy Aupaluk", "called", PARTIAL),
    q("In the south, if a bus company cuts a route, you drive,", "Lucy Aupaluk", PER, "she", "said"),
    q("Here, there is no road. The airplane is the road.", "Lucy Aupaluk", PER, "she", "said"),
    q("aware of the situation", "a spokesperson for Boivert", ANON, "A spokesperson for Boivert", "said", PARTIAL),
    q("tomorrow, if someone wants them.", "Graham Pelletier", PER, "Pelletier", "said", PARTIAL),
    q("no current plans", "Kivalliq Air Services", ORG, "Kivalliq Air Services", "said", PARTIAL),
    q("I guess I'll find out how, now,", "Noah Kringayark", PER, "he", "said"),
    q("My mom says we'll figure it out. She always says that.", "Noah Kringayark", PER, "he", "said"),
    q("We'll get through this one too,", "Elisapee Tagalik", PER, "she", "said"),
    q("But somebody down south has to understand⋯sees a doctor.", "Elisapee Tagalik", PER, "she", "said"),
])

# A Toronto Star story on a condo-tower defect lawsuit: a sentence-case headline quote lifted from the body (no cue),
# a byline block, a resident's quote after an inverted "said X, 81, who bought" that nests the property manager's
# words in single marks, the condo corporation's statement of claim ("alleges the ... were “…”"), the board
# president after an inverted "said X, president of ..." and then "she said" with the resident named in her quote,
# the developer's statement ("said it “…” and that ...") then "the statement said", an engineering firm's report
# ("found that ... “…”"), the engineer by "he said" and "He called ... “…”", a warranty body "said in an emailed
# statement", `Coun. X (Ward 3, Mimico Shores)` who "called the case “…”" then "she said", a ministry's spokesperson,
# three women quoted by "she said" in turn, the resident's and the president's last quotes.

doc("ca-star-14", "canadian-news", [
    q("Water comes through the light fixtures", "Agnes Holloway", PER, None, None, nth=0),
    q("Water comes through the light fixtures,", "Agnes Holloway", PER, "Holloway", "said"),
    q("I asked the man from the management company⋯‘Not really.’", "Agnes Holloway", PER, "Holloway", "said"),
    q("defectively designed and negligently installed,", "Toronto Standard Condominium Corporation No. 2961", ORG,
      "The statement of claim", "alleges", PARTIAL),
    q("We tried for four years to get this fixed without suing anybody,", "Priya Raman", PER, "Priya Raman",
      "said"),
    q("We sent letters.⋯you run out of polite.", "Priya Raman", PER, "Priya Raman", "said"),
    q("People on fixed incomes had to take out loans,", "Priya Raman", PER, "she", "said"),
    q("Agnes had to take out a loan.", "Priya Raman", PER, "she", "said"),
    q("strongly disputes", "Lakeshore Crest Developments Inc.", ORG, "Lakeshore Crest", "said", PARTIAL),
    q("designed, built and inspected in full compliance with the Ontario Building Code.",
      "Lakeshore Crest Developments Inc.", ORG, "Lakeshore Crest", "said", PARTIAL),
    q("Many of the issues described in the claim⋯after turnover,", "Lakeshore Crest Developments Inc.", ORG,
      "the statement", "said"),
    q("We will respond fully in court.", "Lakeshore Crest Developments Inc.", ORG, "the statement", "said"),
    q("without the required drainage path.", "Brightstone Building Science", ORG, "An engineering report", "found",
      PARTIAL),
    q("When you’re putting up a floor every six days, the details are the first thing to go,", "Tomasz Wierzbicki",
      PER, "he", "said"),
    q("And with a curtain wall, the details are everything.", "Tomasz Wierzbicki", PER, "he", "said"),
    q("textbook", "Tomasz Wierzbicki", PER, "He", "called", PARTIAL),
    q("a number of claims", "HomeShield Ontario", ORG, "HomeShield Ontario", "said", PARTIAL),
    q("So the clock ran out while we were being told to wait,", "Priya Raman", PER, "Raman", "said"),
    q("a warning to every condo buyer in this city.", "Denise Abernathy", PER, "Coun. Denise Abernathy", "called",
      PARTIAL),
    q("People think a brand-new building is the safe choice,", "Denise Abernathy", PER, "she", "said"),
    q("What they’re actually buying is a promise⋯whoever’s left to keep it.", "Denise Abernathy", PER, "she", "said"),
    q("always looking at ways to strengthen protections for new-home buyers",
      "a spokesperson for Ontario’s Ministry of Municipal Affairs and Housing", ANON,
      "A spokesperson for Ontario’s Ministry of Municipal Affairs and Housing", "said", PARTIAL),
    q("The drywall gets soft,", "Agnes Holloway", PER, "she", "said"),
    q("My son says I should sell. Who would buy it?", "Agnes Holloway", PER, "she", "said"),
    q("We’re not going anywhere. We live here,", "Priya Raman", PER, "she", "said"),
])

# A National Post story on a federal procurement scandal: a headline quote from the internal audit (no cue), a deck,
# the audit by its office ("found “…” and a “…”", "the report says in one passage describing ..."), "according to
# corporate records" without a quote, a joint statement of the firm's two owners through their lawyer ("the two men
# said", then "the statement said"), the minister by surname and "She said" without a quote, the deputy minister (a
# second woman) split around "X said" with a colon inside her quote, a Conservative critic ("called ... “…” and
# accused the government of “…”", then "he said"), "Hollins asked the minister whether ... She said she had not."
# before the minister's quote, an NDP MP (a third woman) by "she said", a Bloc MP "said in French", a former official
# on condition of anonymity ("the former official said"), a professor (a fourth woman) by "she said".

doc("ca-np-14", "canadian-news", [
    q("Nobody asked what it was for", "Office of Audit and Evaluation", ORG, None, None, nth=0),
    q("a pattern of deliberate contract splitting", "Office of Audit and Evaluation", ORG, "The audit", "found",
      PARTIAL),
    q("near-total absence", "Office of Audit and Evaluation", ORG, "The audit", "found", PARTIAL),
    q("Nobody asked what it was for,", "Office of Audit and Evaluation", ORG, "the report", "says"),
    q("The file contains the invoice, the approval and nothing in between.", "Office of Audit and Evaluation", ORG,
      "the report", "says"),
    q("delivered every deliverable it was asked to deliver", "Kevin Strand and Alain Roux", PER, "the two men",
      "said", PARTIAL, speakers=["Kevin Strand", "Alain Roux"]),
    q("never been told by anyone at the department that anything was improper.", "Kevin Strand and Alain Roux", PER,
      "the two men", "said", PARTIAL, speakers=["Kevin Strand", "Alain Roux"]),
    q("We are a small firm that did what our client asked,", "Kevin Strand and Alain Roux", PER, "the statement",
      "said", speakers=["Kevin Strand", "Alain Roux"]),
    q("If the department’s own processes were not followed, that is a question for the department.",
      "Kevin Strand and Alain Roux", PER, "the statement", "said", speakers=["Kevin Strand", "Alain Roux"]),
    q("What this audit describes is unacceptable. Full stop,", "Nadia Ferreira-Boucher", PER, "Ferreira-Boucher",
      "said"),
    q("Canadians have every right to expect⋯what it bought.", "Nadia Ferreira-Boucher", PER, "Ferreira-Boucher",
      "said"),
    q("I want to be careful about what I say while that process is under way,", "Louise Caron", PER, "Caron",
      "said"),
    q("But I will say this: the controls that should have caught this did not.", "Louise Caron", PER, "Caron",
      "said"),
    q("the most damning document this committee has seen in a decade", "Derek Hollins", PER,
      "Conservative MP Derek Hollins", "called", PARTIAL),
    q("running a procurement department like a tab at a bar.", "Derek Hollins", PER, "Conservative MP Derek Hollins",
      "accused", PARTIAL),
    q("Nineteen contracts. Same firm, same officials, same signature, all just under the limit,", "Derek Hollins",
      PER, "he", "said"),
    q("You don’t do that by accident.⋯exactly what the limit is.", "Derek Hollins", PER, "he", "said"),
    q("I have never met him⋯crossed my desk,", "Nadia Ferreira-Boucher", PER, "Ferreira-Boucher", "said"),
    q("We have had this exact conversation before, in this exact room,", "Sonia Bhatt", PER, "she", "said"),
    q("Every time, we’re told the controls have been fixed.", "Sonia Bhatt", PER, "she", "said"),
    q("a culture of complacency", "Mathieu Gendron", PER, "Bloc Québécois MP Mathieu Gendron", "said", PARTIAL),
    q("an open secret", "a former senior official at the department", ANON,
      "A former senior official at the department", "said", PARTIAL),
    q("If you needed something fast, everyone knew the trick,", "a former senior official at the department", ANON,
      "the former official", "said"),
    q("You kept it under the threshold and nobody upstairs looked twice.", "a former senior official at the department",
      ANON, "the former official", "said"),
    q("The thresholds exist so that small purchases don’t drown in paperwork.⋯being gamed,", "Marguerite Delisle",
      PER, "she", "said"),
])

# A Reuters commodities story as run in a Canadian paper on a foreign potash export ban: a deck "importers warn of
# ‘…’" for an importers' association named in the body, a two-city dateline, a government decree ("said the measure
# was needed to protect “…” in what it called “…”"), a minister "was quoted by the state news agency DNA as saying"
# then "X said, according to the agency", "according to two traders" without a quote, an anonymous trader after an
# inverted "said one Singapore-based trader, who asked not to be named", "A second trader said" without a quote, the
# association's director general in apposition ("told Reuters by phone"), a Canadian miner's chief executive "on a
# call with analysts" and "He said ... “…”", an analyst after an inverted "said X, a fertilizer analyst at", a
# provincial minister, a farm group's president "said in a statement", "A spokesperson for Global Affairs Canada",
# the minister again by "he said" at the end, the Reuters sign-off.

doc("ca-reuters-14", "canadian-news", [
    q("food security shock", "Kessarian Fertilizer Importers Association", ORG, "importers", "warn", PARTIAL,
      nth=0),
    q("the food sovereignty of the Dravenian people", "Dravenia’s government", ORG, "The decree", "said", PARTIAL),
    q("an extraordinary period of market instability.", "Dravenia’s government", ORG, "The decree", "called",
      PARTIAL),
    q("left at the back of the queue", "Ruslan Bekov", PER, "Agriculture Minister Ruslan Bekov", "quoted", PARTIAL),
    q("Our fields come first. After our fields are fed, the world is welcome to what remains,", "Ruslan Bekov", PER,
      "Bekov", "said"),
    q("Nobody was expecting this before the spring,", "a Singapore-based trader", ANON,
      "one Singapore-based trader", "said"),
    q("Buyers who were waiting for prices to fall are now calling everyone at once.", "a Singapore-based trader",
      ANON, "one Singapore-based trader", "said"),
    q("a food security shock", "Kessarian Fertilizer Importers Association", ORG,
      "The Kessarian Fertilizer Importers Association", "called", PARTIAL),
    q("Our farmers plant in six weeks. They cannot wait six months,", "Anil Sethuram", PER, "Anil Sethuram", "told"),
    q("We’re not going to pretend this isn’t good for our business in the short term,", "Warren Haldane", PER,
      "Haldane", "said"),
    q("But a market that swings on one government’s decree⋯including us.", "Warren Haldane", PER, "Haldane", "said"),
    q("customers we haven’t heard from in years.", "Warren Haldane", PER, "He", "said", PARTIAL),
    q("Export bans tend to be shorter than announced⋯start lobbying,", "Nadia Kowal", PER, "Nadia Kowal", "said"),
    q("I’d be surprised if this lasts the full six months.", "Nadia Kowal", PER, "Nadia Kowal", "said"),
    q("When the world is looking for a reliable supplier, Saskatchewan is it,", "Carla Dumont", PER, "Dumont",
      "said"),
    q("We should be on a plane this week, not next month.", "Carla Dumont", PER, "Dumont", "said"),
    q("Canadian farmers are going to pay the same world price as everyone else,", "Joanne Ritter", PER,
      "Joanne Ritter", "said"),
    q("Being next door to the mine doesn’t get you a discount.", "Joanne Ritter", PER, "Joanne Ritter", "said"),
    q("monitoring the situation closely", "a spokesperson for Global Affairs Canada", ANON,
      "A spokesperson for Global Affairs Canada", "said", PARTIAL),
    q("if the situation normalizes,", "Ruslan Bekov", PER, "Bekov", "said", PARTIAL),
    q("We will decide when we decide,", "Ruslan Bekov", PER, "he", "said"),
])

# A CNN story on a presidential pardon: a sentence-case headline without quotes, a byline and timestamp, a White House
# statement that "described Shaw as “…” and said his prosecution had been “…”", "according to his attorney, X" then
# "X said in a statement to CNN", a victim who "told CNN", a senior official on condition of anonymity (two partials),
# the press secretary "told reporters" and "X said: “…”" after a reporter's question, the president's post ("calling
# Shaw “…” and saying the prosecutors ... were “…”"), a Democratic senator who "called it “…”" then "told CNN", a
# Republican senator ("said she had “…”"), "Two sources familiar" then "One of the sources said" without a quote and
# "the source said", a former pardon attorney, the victim's "she said" at the end with "him" for the president in
# her quote; four women quoted.

doc("us-cnn-14", "us-politics", [
    q("a devoted father and philanthropist who has paid a heavy price", "White House", ORG,
      "A brief White House statement", "described", PARTIAL),
    q("marred by overzealous tactics.", "White House", ORG, "A brief White House statement", "said", PARTIAL),
    q("Mr. Shaw is grateful to the President for his mercy⋯to his family,", "Rachel Dunmore", PER, "Dunmore",
      "said"),
    q("I found out from my granddaughter. She saw it on her phone,", "Gloria Medina", PER, "Medina", "told"),
    q("He gets to go home. I sold my home.", "Gloria Medina", PER, "Medina", "told"),
    q("personally and carefully", "a senior White House official", ANON, "A senior White House official", "said",
      PARTIAL),
    q("wildly out of proportion.", "a senior White House official", ANON, "A senior White House official", "said",
      PARTIAL),
    q("The President believes in second chances, and he believes this sentence was excessive,", "Lena Ortiz", PER,
      "White House press secretary Lena Ortiz", "told"),
    q("Absolutely not. This decision was made on the merits.", "Lena Ortiz", PER, "Ortiz", "said"),
    q("a good man who got a raw deal", "Hollis Granger", PER, "Granger", "calling", PARTIAL),
    q("the same people who came after me.", "Hollis Granger", PER, "Granger", "saying", PARTIAL),
    q("a pardon for sale", "Marcus Bell", PER, "Sen. Marcus Bell", "called", PARTIAL),
    q("Three hundred people lost their retirement. Those victims didn’t get a pardon,", "Marcus Bell", PER, "Bell",
      "told"),
    q("They got a press release.", "Marcus Bell", PER, "Bell", "told"),
    q("real concerns", "Karen Lofgren", PER, "Sen. Karen Lofgren", "said", PARTIAL),
    q("I support the President’s pardon power.⋯a person can do,", "Karen Lofgren", PER, "Lofgren", "said"),
    q("I’d like to understand how those two things fit together here.", "Karen Lofgren", PER, "Lofgren", "said"),
    q("It skipped every step,", "a source familiar with the process", ANON, "the source", "said"),
    q("Nobody at DOJ saw it before it was signed.", "a source familiar with the process", ANON, "the source",
      "said"),
    q("The pardon power is absolute, but it isn’t invisible,", "Thomas Keeler", PER, "Keeler", "said"),
    q("When you pardon someone who stole from retirees, the retirees are going to ask why.", "Thomas Keeler", PER,
      "Keeler", "said"),
    q("I don’t expect him to read it,", "Gloria Medina", PER, "she", "said"),
    q("But I want it in a drawer somewhere with my name on it.", "Gloria Medina", PER, "she", "said"),
])

# A Fox News Digital story in straight marks on a state's repeal of a cashless-bail law: a headline quote after a
# colon whose senator is named only in the body, "told Fox News Digital" after a long apposition ("a Democrat from
# Pueblo who voted for ... and sponsored ..."), the law's name in marks, a victim's father sharing her surname ("he
# said at the hearing", "he told Fox News Digital the repeal was "…""), `R-Castle Rock` and `D-Denver` labels, a
# Democrat who "called the repeal "…"" then "she said during floor debate", a coalition's statement (two partials)
# then "the statement said", a district attorney "appearing on "Fox & Friends"", the governor's spokesperson (two
# partials), a public defender and the senator by "she said" after another woman's quotes.

doc("us-fox-14", "us-politics", [
    q("We got this one wrong", "Teresa Valdés", PER, None, None, nth=0),
    q("We got this one wrong, and I'm not too proud to say it,", "Teresa Valdés", PER, "state Sen. Teresa Valdés",
      "told"),
    q("When the facts change, you change your vote.", "Teresa Valdés", PER, "state Sen. Teresa Valdés", "told"),
    q("My daughter did everything right. She worked two jobs, she was going to nursing school,", "Hector Aranda", PER,
      "he", "said"),
    q("The system let that man walk out the door three times.⋯into her store.", "Hector Aranda", PER, "he", "said"),
    q("the least they could do.", "Hector Aranda", PER, "he", "told", PARTIAL),
    q("It doesn't bring her back,", "Hector Aranda", PER, "he", "said"),
    q("But maybe it keeps somebody else's daughter alive.", "Hector Aranda", PER, "he", "said"),
    q("We stood on this floor two years ago and told them exactly what would happen,", "Wade Kessinger", PER,
      "Kessinger", "said"),
    q("I'm glad some of my Democratic colleagues have come around, but it took a funeral to get them here.",
      "Wade Kessinger", PER, "Kessinger", "said"),
    q("policy by headline", "Alicia Moreno", PER, "State Rep. Alicia Moreno", "called", PARTIAL),
    q("We are going back to a system where your freedom depends on your bank account,", "Alicia Moreno", PER, "she",
      "said"),
    q("That's not public safety. That's a wealth test.", "Alicia Moreno", PER, "she", "said"),
    q("a step backward", "Colorado Justice Reform Coalition", ORG, "The Colorado Justice Reform Coalition", "said",
      PARTIAL),
    q("legislating from a single tragedy.", "Colorado Justice Reform Coalition", ORG,
      "The Colorado Justice Reform Coalition", "said", PARTIAL),
    q("Pretrial detention rates will rise⋯and presumed innocent,", "Colorado Justice Reform Coalition", ORG,
      "the statement", "said"),
    q("Every week, my office would see the same names come back through the door,", "Brent Hollister", PER,
      "Hollister", "said"),
    q("Judges had no tools. Now they do.", "Brent Hollister", PER, "Hollister", "said"),
    q("supports giving judges the discretion to keep dangerous people off the streets", "a spokesperson for Ruelas",
      ANON, "A spokesperson for Ruelas", "said", PARTIAL),
    q("in the coming days.", "a spokesperson for Ruelas", ANON, "A spokesperson for Ruelas", "said", PARTIAL),
    q("People lose their jobs. They lose their apartments. Some of them lose their kids,", "Nina Castellanos", PER,
      "she", "said"),
    q("All because they couldn't come up with $500 on a Friday night.", "Nina Castellanos", PER, "she", "said"),
    q("I've gotten the emails. I've gotten the calls,", "Teresa Valdés", PER, "she", "said"),
    q("I'll take them. I'd rather answer to my colleagues than to another family like the Arandas.", "Teresa Valdés",
      PER, "she", "said"),
], not_quotes=["Pretrial Fairness Act,", "Fox & Friends"])

# An NPR story in the present tense on a rural hospital's obstetrics closure: a dateline, a mother-to-be by "Fenwick
# says" and "she says", her husband by first name ("Travis says"), the chief executive after "X, the hospital’s chief
# executive, says the math stopped working." and "He calls the decision “…”", "according to" a research institute
# without a quote, a physician ("she says", "she calls that “…”"), a nurse whose quote is split by "Kohl says. She
# pauses.", a researcher, a state representative, "according to Harlan" without a quote, a one-word partial
# ("would reopen the unit “tomorrow”"), the mother's "she says" at the end after three other women have spoken.

doc("us-npr-14", "us-politics", [
    q("My husband jokes that we’re going on a babymoon,", "Kayla Fenwick", PER, "Fenwick", "says"),
    q("It’s not a babymoon. It’s a contingency plan.", "Kayla Fenwick", PER, "Fenwick", "says"),
    q("I keep thinking about the winter,", "Kayla Fenwick", PER, "she", "says"),
    q("If I go into labor in an ice storm⋯Call a helicopter?", "Kayla Fenwick", PER, "she", "says"),
    q("I’m a heavy sleeper. Or I was,", "Travis", PER, "Travis", "says"),
    q("To run a safe OB unit⋯around the clock,", "Doug Harlan", PER, "Harlan", "says"),
    q("For 142 births, that’s about $2.6 million a year we lose.⋯the rest of the hospital open.", "Doug Harlan", PER,
      "Harlan", "says"),
    q("the hardest thing I’ve done in this job.", "Doug Harlan", PER, "He", "calls", PARTIAL),
    q("The planned ones, we can manage. We’ll send them to Wichita at 39 weeks, we’ll coordinate,", "Anita Sorensen",
      PER, "she", "says"),
    q("What keeps me up is the woman⋯in the building anymore.", "Anita Sorensen", PER, "she", "says"),
    q("a backstop, not a plan.", "Anita Sorensen", PER, "she", "calls", PARTIAL),
    q("I’ve delivered babies whose mothers I delivered,", "Brenda Kohl", PER, "Kohl", "says"),
    q("I didn’t want to leave. But there’s nothing for an OB nurse to do here now.", "Brenda Kohl", PER, "Kohl",
      "says"),
    q("Distance is a risk factor in itself,", "Maria Delgado-Reyes", PER, "Delgado-Reyes", "says"),
    q("Every extra mile is time that a woman with a complication doesn’t have.", "Maria Delgado-Reyes", PER,
      "Delgado-Reyes", "says"),
    q("Medicaid pays us less than it costs to deliver a baby. That’s the whole problem in one sentence,",
      "Curtis Wahl", PER, "Wahl", "says"),
    q("If we want rural hospitals to keep doing this, we have to pay them to do it.", "Curtis Wahl", PER, "Wahl",
      "says"),
    q("tomorrow", "Doug Harlan", PER, "Harlan", "says", PARTIAL),
    q("People here are tough. We’ll figure it out,", "Kayla Fenwick", PER, "she", "says"),
    q("But nobody should have to figure out how to have a baby.", "Kayla Fenwick", PER, "she", "says"),
])

# A CTV News national story in straight marks on an air passenger rights bill: a headline "airlines warn of '…'" for
# an airline council whose statement holds the words in the body, a byline block with a "Published" line, "closing
# what she called "…"", a regulation's wording in marks, a quote split by "X told reporters on Parliament Hill", "The
# minister said ..." then "she said", a senior government official not named (a partial, then "the official said"),
# the council's statement then "the statement said", its president who "told CTV News in an interview", a critic who
# "called the bill "…"" then "said in the House of Commons", a Bloc critic who "said in French", an advocate by "she
# said", a couple sharing a surname (`Ron and Lisa Gutowski`, each quoted in turn), a federal agency's emailed
# statement, "the minister said" split around a quote at the end.

doc("ca-ctv-15", "canadian-news", [
    q("higher fares for everyone", "Canadian Air Carriers Council", ORG, "airlines", "warn", PARTIAL, nth=0),
    q("the loophole you could fly a 737 through.", "Élise Valcourt", PER, "Transport Minister Élise Valcourt",
      "called", PARTIAL),
    q("If your flight is three hours late, you shouldn't have to become a lawyer to get your money back,",
      "Élise Valcourt", PER, "Valcourt", "told"),
    q("You should get a notification on your phone and a deposit in your account. That's it.", "Élise Valcourt",
      PER, "Valcourt", "told"),
    q("We inherited a system that was designed to frustrate people until they gave up,", "Élise Valcourt", PER,
      "she", "said"),
    q("well under", "a senior government official", ANON, "A senior government official", "said", PARTIAL),
    q("The airlines will tell you the sky is falling. It isn't,", "a senior government official", ANON,
      "the official", "said"),
    q("higher fares for everyone", "Canadian Air Carriers Council", ORG, "The Canadian Air Carriers Council", "said",
      PARTIAL, nth=1),
    q("Every dollar an airline pays in automatic compensation⋯from passengers,", "Canadian Air Carriers Council", ORG,
      "the statement", "said"),
    q("not against compensation", "Paul Haverkamp", PER, "Paul Haverkamp", "told", PARTIAL),
    q("We're being asked to pay for weather, for air traffic control staffing, for airport de-icing lineups,",
      "Paul Haverkamp", PER, "Haverkamp", "said"),
    q("No other business in this country is responsible for things it doesn't control.", "Paul Haverkamp", PER,
      "Haverkamp", "said"),
    q("a press release with a bill number.", "Brent Lockhart", PER, "Conservative transport critic Brent Lockhart",
      "called", PARTIAL),
    q("The Liberals have had nine years to fix this.⋯made them worse both times,", "Brent Lockhart", PER,
      "Lockhart", "said"),
    q("fed up with being treated like cargo", "Geneviève Bélanger-Roy", PER,
      "Bloc Quebecois transport critic Geneviève Bélanger-Roy", "said", PARTIAL),
    q("This is the first one that reads like⋯slept on the floor at Pearson,", "Nadine Koehler", PER, "she", "said"),
    q("A right you can't enforce isn't a right,", "Nadine Koehler", PER, "she", "said"),
    q("It's a suggestion.", "Nadine Koehler", PER, "she", "said"),
    q("We did everything we were supposed to do. We kept the receipts, we filled out the forms,", "Ron Gutowski", PER,
      "Ron Gutowski", "told"),
    q("Twenty months later, nothing.", "Ron Gutowski", PER, "Ron Gutowski", "told"),
    q("A voucher for the airline that left us sleeping in a hotel lobby,", "Lisa Gutowski", PER, "she", "said"),
    q("No, thank you.", "Lisa Gutowski", PER, "she", "said"),
    q("welcomes measures that simplify the process for passengers", "Canadian Transportation Agency", ORG,
      "the Canadian Transportation Agency", "said", PARTIAL),
    q("have been saying that for 10 years.", "Élise Valcourt", PER, "Valcourt", "said", PARTIAL),
    q("They said it in 2019. Fares went up for a lot of reasons after that,", "Élise Valcourt", PER, "the minister",
      "said"),
    q("Compensation wasn't one of them.", "Élise Valcourt", PER, "the minister", "said"),
], ignore=["required for safety purposes,"])

# A Global News Alberta story in curly marks on towns leaving the RCMP for a provincial police service: a headline
# "union calls plan ‘…’" for a union official named in the body, a byline block with "Posted" and "Updated" lines,
# the minister by surname then "the minister said", a video caption in straight single marks ("Click to play video:
# '…'"), a mayor's "what she described as “…”" and "told Global News" followed by a quote paragraph with no cue, the
# RCMP division's statement then "the statement read", an anonymous councillor ("one councillor who voted against it"
# then an inverted "said the councillor, who asked not to be named"), a second mayor by "he said" after a paragraph
# without quotes, an opposition critic whose "She called ... “…”" comes before her name's "said", a rural councils'
# association that takes no position and its president, a criminologist by "she said", a resident with an age,
# "said “several”" and "he said" at the end.

doc("ca-global-15", "canadian-news", [
    q("a solution looking for a problem", "Dale Szabo", PER, "union", "calls", PARTIAL, nth=0),
    q("These communities came to us.⋯and we listened,", "Curtis Kroeger", PER, "Kroeger", "said"),
    q("That’s a promise, and it’s in writing,", "Curtis Kroeger", PER, "the minister", "said"),
    q("revolving-door staffing", "Sandra Hrynchuk", PER, "Hollins Creek Mayor Sandra Hrynchuk", "described",
      PARTIAL),
    q("We had four detachment commanders in five years.⋯40 kilometres away,", "Sandra Hrynchuk", PER, "Hrynchuk",
      "told"),
    q("I’m not anti-RCMP. My brother-in-law is a Mountie. But I have to answer to the people who live here.",
      "Sandra Hrynchuk", PER, None, None),
    q("a solution looking for a problem", "Dale Szabo", PER, "Dale Szabo", "called", PARTIAL, nth=1),
    q("Alberta taxpayers are going to pay more to get less⋯money runs out,", "Dale Szabo", PER, "Szabo", "said"),
    q("work closely with the province to ensure a seamless transition", "RCMP K Division", ORG,
      "the RCMP’s K Division", "said", PARTIAL),
    q("Public safety in these communities remains our priority until the last day of our contract,",
      "RCMP K Division", ORG, "the statement", "read"),
    q("rushed through before anybody saw a budget.", "a councillor", ANON, "one councillor", "said", PARTIAL),
    q("We got a glossy brochure and a handshake,", "a councillor", ANON, "the councillor", "said"),
    q("I’d like to see a contract.", "a councillor", ANON, "the councillor", "said"),
    q("Four to three is a majority. That’s how democracy works,", "Ron Heppner", PER, "Heppner", "said"),
    q("If people don’t like it, there’s a municipal election next October.", "Ron Heppner", PER, "Heppner", "said"),
    q("We’re going to get officers who live here⋯a town of 4,000 people,", "Ron Heppner", PER, "he", "said"),
    q("a photo op with a price tag nobody can see.", "Amrit Sekhon", PER, "She", "called", PARTIAL),
    q("Where is the business case?", "Amrit Sekhon", PER, "Sekhon", "said"),
    q("Albertans have been asking for it since 2022. Show us the numbers, and then we can have that debate.",
      "Amrit Sekhon", PER, "Sekhon", "said"),
    q("watching this very closely.", "Lorna Fehr", PER, "Lorna Fehr", "said", PARTIAL),
    q("Some of our members are very frustrated with the RCMP.⋯one rural Alberta,", "Lorna Fehr", PER, "Fehr",
      "said"),
    q("The RCMP’s problem in rural Alberta has always been staffing. A new uniform doesn’t create new officers,",
      "Temitope Nwachukwu", PER, "she", "said"),
    q("If the province is hiring from the same pool, it’s moving the shortage around, not fixing it.",
      "Temitope Nwachukwu", PER, "she", "said"),
    q("I don’t care what colour the car is. I care whether it shows up,", "Gord Mitchell", PER, "he", "said"),
    q("several", "Curtis Kroeger", PER, "Kroeger", "said", PARTIAL),
    q("I’m not going to get ahead of their councils,", "Curtis Kroeger", PER, "he", "said"),
], not_quotes=["Rural Alberta towns weigh leaving the RCMP"])

# A HuffPost Canada story in curly marks on student-grant cuts: a title-case headline, a deck quote "one nursing
# student says" whose student is named only in the body, a byline block, a quote-first lede whose speaker is named in
# the next paragraph, "told HuffPost Canada", "The province says ... “sustainable”", a minister "told reporters at
# Queen’s Park", his press secretary's email (a partial, then "she wrote"), a student federation's chair who "called
# the changes “…”" and whose quote nests the government's word in single marks, an embedded post on X without marks
# and its sign-off, an Indigenous student by "he said" twice, an anonymous financial aid administrator (a one-word
# partial, then "she said"), a researcher, a mother and daughter sharing a surname (`Grace Osei-Bonsu`, then "Grace
# said" and "Amara said" by first name), the daughter's "she said" at the end.

doc("ca-huffpost-15", "canadian-news", [
    q("I did everything right, and I still can’t afford to finish,", "Amara Osei-Bonsu", PER, "one nursing student",
      "says"),
    q("I did everything right, and I still can’t afford to finish.", "Amara Osei-Bonsu", PER, "Amara Osei-Bonsu",
      None),
    q("That’s basically my whole fourth year,", "Amara Osei-Bonsu", PER, "Osei-Bonsu", "told"),
    q("I either take on another four grand in debt or I take a year off and hope I can come back.",
      "Amara Osei-Bonsu", PER, "Osei-Bonsu", "told"),
    q("sustainable", "Ontario", ORG, "The province", "says", PARTIAL),
    q("We want to help the students who need it most⋯there in 10 years,", "Nolan Eckert", PER, "Eckert", "said"),
    q("continues to offer one of the most generous student aid programs in the country.", "Chloé Gosselin", PER,
      "Chloé Gosselin", "said", PARTIAL),
    q("The majority of low-income students will see no change to their grant amount,", "Chloé Gosselin", PER, "she",
      "wrote"),
    q("a tax on ambition", "Malik Desmarais", PER, "Malik Desmarais", "called", PARTIAL),
    q("They keep saying ‘low-income.’ Fifty-five thousand dollars⋯not a comfortable life,", "Malik Desmarais", PER,
      "Desmarais", "said"),
    q("That’s a family that’s already choosing between groceries and rent.", "Malik Desmarais", PER, "Desmarais",
      "said"),
    q("My band covers some of my costs, but not all of it. OSAP was the part that made it possible,",
      "Jordan Whitebird", PER, "he", "said"),
    q("I moved 1,400 kilometres for this program. I’m not moving back after one year.", "Jordan Whitebird", PER, "he",
      "said"),
    q("Engineering is not a program where you can work 30 hours a week and keep your grades up,", "Jordan Whitebird",
      PER, "he", "said"),
    q("Everybody here knows that.", "Jordan Whitebird", PER, "he", "said"),
    q("panicked", "a financial aid administrator at a Toronto college", ANON,
      "A financial aid administrator at a Toronto college", "told", PARTIAL),
    q("We’re seeing students ask whether they should drop to part-time now, before the changes kick in,",
      "a financial aid administrator at a Toronto college", ANON, "she", "said"),
    q("That’s not a question anyone should have to ask in October.",
      "a financial aid administrator at a Toronto college", ANON, "she", "said"),
    q("A dollar of grant and a dollar of loan look the same on a spreadsheet.⋯borrowed money for school,",
      "Lionel Mbatha", PER, "Mbatha", "said"),
    q("so my children would not have to choose between school and survival.", "Grace Osei-Bonsu", PER,
      "Grace Osei-Bonsu", "said", PARTIAL),
    q("I drive for a ride app at night so she can study in the day,", "Grace Osei-Bonsu", PER, "Grace", "said"),
    q("Now they tell us it was not enough.", "Grace Osei-Bonsu", PER, "Grace", "said"),
    q("I want to be a nurse. They keep saying there’s a shortage of nurses,", "Amara Osei-Bonsu", PER, "she", "said"),
    q("Well, here I am.", "Amara Osei-Bonsu", PER, "she", "said"),
], ignore=["Cutting grants for students while handing out tax breaks to the people who need them least. This "
           "government has never met a student it couldn’t squeeze. #onpoli"])

# A Globe and Mail business-courts story in curly marks on a trucking company's creditor protection: a byline block
# (name, beat, city, date), a judge's written reasons ("said she was “…”" then "she wrote", split), a chief executive
# named first in "according to an affidavit" and quoted as "Mr. Marwick said in a statement", his son sharing the
# surname ("His son, Kyle Marwick," who "told The Globe and Mail", then "the younger Mr. Marwick said"), the drivers'
# lawyer ("Ms. Mehra said in her submissions", then "she called the ruling “…”"), a bank's statement ("the bank
# said"), a court monitor's report ("the firm said"), a driver by "Mr. X said" and "he said", a union's statement then
# "the union said", a ministry spokesperson, a law professor after an inverted "said X, a professor at" and "she said"
# for a quote that repeats the judge's words without marks.

doc("ca-globe-15", "canadian-news", [
    q("deeply troubled", "Miriam Kovacs", PER, "Justice Kovacs", "said", PARTIAL, nth=0),
    q("A liquidation would deliver to these employees a claim against an empty estate,", "Miriam Kovacs", PER, "she",
      "wrote"),
    q("The stay, for all its imperfections, at least preserves the possibility of payment.", "Miriam Kovacs", PER,
      "she", "wrote"),
    q("We have been in business for 41 years, and we intend to be in business for 41 more,", "Glen Marwick", PER,
      "Mr. Marwick", "said"),
    q("This process gives us the breathing room to do that.", "Glen Marwick", PER, "Mr. Marwick", "said"),
    q("We were running trucks down to Ohio and bringing them back empty.⋯You can’t do it for a year,", "Kyle Marwick",
      PER, "the younger Mr. Marwick", "said"),
    q("These are not sophisticated creditors. They did not lend this company money. They drove its trucks,",
      "Sunita Mehra", PER, "Ms. Mehra", "said"),
    q("a disappointment, but not the end of the road,", "Sunita Mehra", PER, "she", "called", PARTIAL),
    q("committed to working with the company and the monitor toward a viable restructuring.", "Dominion Crest Bank",
      ORG, "the bank", "said", PARTIAL),
    q("extremely limited", "Hartwell Restructuring Inc.", ORG, "the firm", "said", PARTIAL),
    q("I kept driving because they kept telling us the money was coming next Friday,", "Andre Gagnon-Leduc", PER,
      "Mr. Gagnon-Leduc", "said"),
    q("Next Friday turned into seven Fridays.", "Andre Gagnon-Leduc", PER, "Mr. Gagnon-Leduc", "said"),
    q("I’m 58. I didn’t think I’d be doing this again,", "Andre Gagnon-Leduc", PER, "he", "said"),
    q("Our members kept this company’s trucks on the road through the worst of it.⋯before the bank is,",
      "Canadian Freight Drivers Union", ORG, "the union", "said"),
    q("aware of the situation",
      "a spokesperson for Ontario’s Ministry of Labour, Immigration, Training and Skills Development", ANON,
      "A spokesperson for Ontario’s Ministry of Labour, Immigration, Training and Skills Development", "said",
      PARTIAL),
    q("The law gives employees a small priority⋯ranks with everybody else’s,", "Priya Venkatesan", PER,
      "Priya Venkatesan", "said"),
    q("In practice, that can mean pennies on the dollar.", "Priya Venkatesan", PER, "Priya Venkatesan", "said"),
    q("When a judge writes that she is deeply troubled, the company’s lawyers should read that as a warning,",
      "Priya Venkatesan", PER, "she", "said"),
])

# A Canadian Press international story in curly marks on recruitment fees charged to workers bound for Canadian
# farms: a byline and a "THE CANADIAN PRESS" line, a foreign dateline, a foreign labour minister ("said the findings
# showed “…”" then "told reporters"), a ministry report that "described one agency ... as operating “…”" ("It"), a
# worker who "said in Spanish through an interpreter" and then "he said", his brother sharing the surname but not
# quoted, a minister's spokesperson whose partial comes a paragraph before her name ("a spokesperson for ... said"
# then "spokesperson X said in a statement"), a grower, an employers' association's statement (two partials, "what it
# called “…”", then "the statement said"), an advocate after an inverted "said X, an organizer with", then "she said",
# Global Affairs Canada's statement (two partials), a recruiter "reached by phone", the minister's "she said" at the
# end, the CP sign-off and "With files from".

doc("ca-cp-15", "canadian-news", [
    q("an industry that has learned to profit from poverty", "Inés Valenzuela", PER,
      "Labour Minister Inés Valenzuela", "said", PARTIAL),
    q("These men and women are going to Canada to work, not to pay off debts to criminals,", "Inés Valenzuela", PER,
      "Valenzuela", "told"),
    q("Anyone who charges them for the right to work will lose their licence, and some of them will go to prison.",
      "Inés Valenzuela", PER, "Valenzuela", "told"),
    q("a parallel bank with interest rates that would shame a moneylender.", "Valdoria’s labour ministry", ORG, "It",
      "described", PARTIAL),
    q("They told us it was for the visa, for the medical exam, for the plane,", "Rodrigo Fuentes", PER, "Fuentes",
      "said"),
    q("Later I found out the farm paid for the plane.", "Rodrigo Fuentes", PER, "Fuentes", "said"),
    q("I came home with less than I left with.⋯in Canada for six months,", "Rodrigo Fuentes", PER, "he", "said"),
    q("deeply concerned", "Marie-Ève Tardif", PER, "a spokesperson for Immigration Minister Daniel Aucoin", "said",
      PARTIAL),
    q("Employers who knowingly use recruiters who charge workers fees⋯banned from the program,", "Marie-Ève Tardif",
      PER, "spokesperson Marie-Ève Tardif", "said"),
    q("If somebody was taking money from my guys, I want to know who, and I want them out of this,", "Ken Dykstra",
      PER, "Dykstra", "said"),
    q("These are people I’ve worked beside for 12 years.", "Ken Dykstra", PER, "Dykstra", "said"),
    q("condemn any exploitation of workers", "Canadian Horticultural Employers Association", ORG,
      "The Canadian Horticultural Employers Association", "said", PARTIAL),
    q("the crimes of third parties.", "Canadian Horticultural Employers Association", ORG,
      "The Canadian Horticultural Employers Association", "called", PARTIAL),
    q("Our members have followed the rules.⋯they did not control,", "Canadian Horticultural Employers Association",
      ORG, "the statement", "said"),
    q("Workers have been telling us about these fees since before the pandemic. Nobody in Ottawa wanted to hear it,",
      "Yolanda Pérez-Ocampo", PER, "Yolanda Pérez-Ocampo", "said"),
    q("Now there is a government report with a stamp on it.", "Yolanda Pérez-Ocampo", PER, "Yolanda Pérez-Ocampo",
      "said"),
    q("The whole system runs on fear of not being called back,", "Yolanda Pérez-Ocampo", PER, "she", "said"),
    q("has been in close contact with Valdorian authorities", "Global Affairs Canada", ORG, "Global Affairs Canada",
      "said", PARTIAL),
    q("at every opportunity.", "Global Affairs Canada", ORG, "Global Affairs Canada", "said", PARTIAL),
    q("I charge for my services, like any lawyer or accountant,", "Álvaro Quiroga", PER, "Quiroga", "said"),
    q("If some people lent money to the workers at high interest, that is not my business.", "Álvaro Quiroga", PER,
      "Quiroga", "said"),
    q("This is the beginning,", "Inés Valenzuela", PER, "she", "said"),
])

# An AP state-politics story in straight marks on an Arizona groundwater-metering bill: a byline and `PHOENIX (AP)`
# dateline, the governor's statement split around "X said in a statement after the vote", "Republican Rep. X of
# Willcox, who sponsored the bill," then "Corliss said" twice and "he said" at the end, an opponent after an inverted
# "said Republican Rep. X of Safford, who voted against the bill", a growers' council that "called it "…"" then "the
# statement said", a father and daughter sharing a surname ("His daughter, Jolene Brewer, ..." then "she said"), a
# tribal chairwoman "in a phone interview", "called the vote "…"", the House speaker's statement ("said ... that the
# measure "…" and accused"), "The governor's office said" without a quote, a hydrologist.

doc("us-ap-15", "us-politics", [
    q("For 45 years we've let the biggest wells in the state run without a meter, and we've watched people's taps go "
      "dry,", "Elena Talbott", PER, "Talbott", "said"),
    q("Tonight the Legislature decided that we can't manage what we don't measure.", "Elena Talbott", PER, "Talbott",
      "said"),
    q("I've got constituents who are filling up 300-gallon tanks⋯flush their toilets,", "Wade Corliss", PER,
      "Corliss", "said"),
    q("That's not a Democrat problem or a Republican problem. That's an Arizona problem.", "Wade Corliss", PER,
      "Corliss", "said"),
    q("I've been called worse.⋯put a meter on that well himself,", "Wade Corliss", PER, "Corliss", "said"),
    q("Today it's a meter. Next year it's a cap. The year after that, it's a buyout,", "Lorraine Sisk", PER,
      "Republican Rep. Lorraine Sisk", "said"),
    q("Rural Arizona has seen this movie before.", "Lorraine Sisk", PER, "Republican Rep. Lorraine Sisk", "said"),
    q("a solution written in Phoenix for problems that Phoenix created.", "Arizona Growers Council", ORG,
      "The Arizona Growers Council", "called", PARTIAL),
    q("Our members are not opposed to good data. They are opposed to a mandate with no money attached,",
      "Arizona Growers Council", ORG, "the statement", "said"),
    q("You find out real quick where you're wasting it,", "Hank Brewer", PER, "Brewer", "said"),
    q("It paid for itself.", "Hank Brewer", PER, "Brewer", "said"),
    q("We're not the ones drilling 2,000-foot wells,", "Jolene Brewer", PER, "she", "said"),
    q("They came in, they drilled deeper than all of us, and now everyone's well is sucking air.", "Jolene Brewer",
      PER, "she", "said"),
    q("We have been saying for years that the water under this valley⋯the biggest pump,", "Lucinda Nez", PER, "Nez",
      "said"),
    q("This bill is late, but it is something.", "Lucinda Nez", PER, "Nez", "said"),
    q("a long time coming", "Rosa Tenorio", PER, "Senate Minority Leader Rosa Tenorio", "called", PARTIAL),
    q("does not have the support of a majority of the majority", "Todd Eckstrom", PER,
      "Republican House Speaker Todd Eckstrom", "said", PARTIAL),
    q("Right now we're estimating groundwater use in some of these basins from satellite pictures of green fields,",
      "Kevin Fenster", PER, "Fenster", "said"),
    q("That's a little like estimating a household's water bill by looking at the lawn.", "Kevin Fenster", PER,
      "Fenster", "said"),
    q("My phone's going to be busy this weekend,", "Wade Corliss", PER, "he", "said"),
    q("But I'll tell you what, a lot of those calls are going to be people saying thank you.", "Wade Corliss", PER,
      "he", "said"),
])

# A Politico Congress story in curly marks on a kids' online safety bill stalled in committee: a sentence-case deck
# without quotes, a two-name byline and timestamp, "according to three committee aides granted anonymity" after the
# chair's action, the chair who "told POLITICO" and then "the Indiana Republican said: “…”", `(D-Minn.)` and
# `(R-Tenn.)` labels, "Her Republican co-sponsor, Sen. X (R-Tenn.), was more measured but said he had told X ... that
# the delay was “…”" (a named third person in the clause), "One of the aides said" without a quote then "the aide
# said", a company spokesperson's statement (two partials, then "Nakamura said"), a congresswoman's denial, an
# inverted "said Rep. X (D-Calif.), the panel’s top Democrat on", a bereaved mother whose quote reports the chair's
# words without marks, the speaker's spokesperson, the majority leader by "he told reporters", a White House official
# granted anonymity, the first senator's "she said" at the end.

doc("us-politico-15", "us-politics", [
    q("We want to get this right, not get it fast,", "Glenn Tobiason", PER, "Tobiason", "told"),
    q("There are members on my committee with legitimate First Amendment questions, and they deserve answers before "
      "we vote.", "Glenn Tobiason", PER, "Tobiason", "told"),
    q("I’m not going to put a date on it.", "Glenn Tobiason", PER, "the Indiana Republican", "said"),
    q("Every week this sits in a drawer, another kid gets hurt,", "Rachel Sundby", PER, "Sen. Rachel Sundby",
      "said"),
    q("The House has had this bill for four months. Four months. What exactly are they waiting for?",
      "Rachel Sundby", PER, "Sen. Rachel Sundby", "said"),
    q("unacceptable to a lot of parents in Tennessee.", "Clay Pennington", PER, "Sen. Clay Pennington", "said",
      PARTIAL),
    q("Glenn is a friend. But I told him, if there’s a problem with the text, send me the problem,",
      "Clay Pennington", PER, "Pennington", "said"),
    q("Don’t just sit on it.", "Clay Pennington", PER, "Pennington", "said"),
    q("They’ve been in every office on the Republican side. Some of them twice,", "a committee aide", ANON,
      "the aide", "said"),
    q("The argument is always the same: it’s a censorship bill dressed up as a safety bill.", "a committee aide",
      ANON, "the aide", "said"),
    q("shares the goal of keeping young people safe online", "Trevor Nakamura", PER,
      "company spokesperson Trevor Nakamura", "said", PARTIAL),
    q("vague duty of care", "Trevor Nakamura", PER, "company spokesperson Trevor Nakamura", "said", PARTIAL),
    q("We have supported age-appropriate design standards⋯undermining free expression,", "Trevor Nakamura", PER,
      "Nakamura", "said"),
    q("I have four kids. Nobody needs to lobby me about what happens to kids on these apps,", "Dana Fairbanks", PER,
      "Fairbanks", "said"),
    q("But I’m not handing an unelected agency the power⋯outlast this administration.", "Dana Fairbanks", PER,
      "Fairbanks", "said"),
    q("This is a bill with 60-plus Republican co-sponsors in the House,", "Mónica Arriaga", PER,
      "Rep. Mónica Arriaga", "said"),
    q("If it came to the floor tomorrow, it would pass with 350 votes. The only people it can’t get past are the "
      "lobbyists.", "Mónica Arriaga", PER, "Rep. Mónica Arriaga", "said"),
    q("He looked me in the eye and said he was committed to this,", "Lauren Beckett", PER, "Beckett", "said"),
    q("I’d like to believe him. I’ve been told that a lot of times in this building.", "Lauren Beckett", PER,
      "Beckett", "said"),
    q("supports the committee process", "a spokesperson for Speaker Mark Brightwell", ANON,
      "A spokesperson for Speaker Mark Brightwell", "said", PARTIAL),
    q("We passed it 88 to 10. I don’t know what else you want from us,", "Tom Harrigan", PER, "he", "told"),
    q("The ball is in their court.", "Tom Harrigan", PER, "he", "told"),
    q("made it clear to House leadership that this is a priority", "a White House official", ANON,
      "A White House official", "said", PARTIAL),
    q("If they won’t vote on it on its own, we’ll find a vehicle,", "Rachel Sundby", PER, "she", "said"),
    q("This isn’t going away.", "Rachel Sundby", PER, "she", "said"),
])

# A Washington Post agency story in curly marks on Social Security field-office hour cuts: a headline and a deck
# without quotes, a two-name byline and timestamp, "according to internal data and emails reviewed by The Washington
# Post", an internal email's author in an apposition ("from the agency’s deputy commissioner for operations, X, who
# wrote that ... “…”") then "she wrote", a spokesperson's statement, employees on the condition of anonymity ("One
# claims specialist in Georgia said" without a quote, then "the specialist said"; "A manager at an office in
# Pennsylvania described ... as “…”"), a White House deputy press secretary ("said ... “…” and blamed “…”"), an
# inverted "said Sen. X (D-Nev.), who sits on", a joint letter of two senators ("The letter called the cuts “…”"), a
# House Republican sharing a surname with one of them ("is not related to the Vermont senator") then "he said", the
# acting commissioner's letter to staff, a union's president after an inverted "said", a woman of 74 by "she said"
# twice, a former official.

doc("us-wapo-15", "us-politics", [
    q("reallocate capacity to higher-volume channels.", "Carla Imbert-Ruiz", PER, "Carla Imbert-Ruiz", "wrote",
      PARTIAL),
    q("I recognize this will be difficult for some of our customers,", "Carla Imbert-Ruiz", PER, "she", "wrote"),
    q("But we cannot staff every door at the level we did when we had 6,000 more employees.", "Carla Imbert-Ruiz",
      PER, "she", "wrote"),
    q("continuously adjusts office hours to match demand", "Andrea Milford", PER,
      "Social Security spokesperson Andrea Milford", "said", PARTIAL),
    q("We encourage anyone who can use our online services to do so⋯more quickly,", "Andrea Milford", PER,
      "Milford", "said"),
    q("People come into the office because they couldn’t get through on the phone,", "a claims specialist in Georgia",
      ANON, "the specialist", "said"),
    q("Then they find the door locked on a Wednesday afternoon.⋯two buses to get here.",
      "a claims specialist in Georgia", ANON, "the specialist", "said"),
    q("exhausted and embarrassed.", "a manager at an office in Pennsylvania", ANON,
      "A manager at an office in Pennsylvania", "described", PARTIAL),
    q("We had a man in his 80s who came in three times to fix his address,", "a manager at an office in Pennsylvania",
      ANON, "the manager", "said"),
    q("He thought we were closed for good.", "a manager at an office in Pennsylvania", ANON, "the manager", "said"),
    q("committed to a Social Security system that works for every senior", "Kevin Morishita", PER,
      "White House deputy press secretary Kevin Morishita", "said", PARTIAL),
    q("decades of outdated technology", "Kevin Morishita", PER, "White House deputy press secretary Kevin Morishita",
      "blamed", PARTIAL),
    q("They cut hours at 140 offices and didn’t think to mention it to the committee that funds them,",
      "Laura Pineda", PER, "Sen. Laura Pineda", "said"),
    q("I found out from a constituent.", "Laura Pineda", PER, "Sen. Laura Pineda", "said"),
    q("a service reduction by stealth.", "Laura Pineda and Owen Gallagher", PER, "The letter", "called", PARTIAL,
      speakers=["Laura Pineda", "Owen Gallagher"]),
    q("inundated", "Mitch Gallagher", PER, "Rep. Mitch Gallagher", "said", PARTIAL),
    q("I support making the agency more efficient.⋯for three hours,", "Mitch Gallagher", PER, "he", "said"),
    q("That’s not efficiency. That’s just moving the line.", "Mitch Gallagher", PER, "he", "said"),
    q("as staffing permits.", "Frank Ilchuk", PER, "Ilchuk", "said", PARTIAL),
    q("We told them exactly what would happen, and it happened,", "Renata Sowande", PER, "Renata Sowande", "said"),
    q("You can’t lose one in five workers and expect the door to stay open.", "Renata Sowande", PER,
      "Renata Sowande", "said"),
    q("They told me to come back Thursday,", "Gloria Templeton", PER, "she", "said"),
    q("I don’t drive. My neighbor drove me. I can’t ask her to do this every day.", "Gloria Templeton", PER, "she",
      "said"),
    q("The phone is hard for a lot of people, and the website is harder,", "Jennifer Sorrell", PER, "Sorrell",
      "said"),
    q("The field office was the safety net under the safety net.⋯people notice.", "Jennifer Sorrell", PER, "Sorrell",
      "said"),
    q("I paid in for 47 years,", "Gloria Templeton", PER, "she", "said"),
    q("I just wanted to talk to somebody.", "Gloria Templeton", PER, "she", "said"),
])


# A CTV News Toronto provincial story in straight marks (CTV's web copy) on road tests for drivers 80 and older: a
# minister's partial after "says" in the lead, "told reporters at Queen's Park" split around the cue, "The minister
# said" and "he said", an NDP critic after an inverted "said" and then "called", a cyclist's mother and father sharing
# a surname ("Nolan's mother, X," then "she told CTV News Toronto" and a quote paragraph that follows on; "Her husband,
# X," then "he said"), a seniors' council that "called the policy "…"" then its director after an inverted "said", a
# therapist whose quote holds "she" for a hypothetical driver and a paragraph that follows on, a ministry spokesperson's
# emailed partial then "the spokesperson wrote", the premier "said, laughing" with his father's words nested in single
# straight marks, the mother's "she said" at the end.

doc("ca-ctv-16", "canadian-news", [
    q("keeping people on the road safely, not taking them off it.", "Raymond Kesteven", PER,
      "Transportation Minister Raymond Kesteven", "says", PARTIAL),
    q("The screening we have now was designed for a different era,", "Raymond Kesteven", PER, "Kesteven", "told"),
    q("A vision test and a pen-and-paper exercise tell you something.⋯a lot more.", "Raymond Kesteven", PER,
      "Kesteven", "told"),
    q("within 30 days, anywhere in the province.", "Raymond Kesteven", PER, "The minister", "said", PARTIAL),
    q("We want this in place for the 2027 renewal cycle,", "Raymond Kesteven", PER, "he", "said"),
    q("They can't get a 16-year-old a road test in Brampton in under four months,", "Rochelle Banfield", PER,
      "NDP transportation critic Rochelle Banfield", "said"),
    q("Now they're going to put every 80-year-old in Ontario in the same line? Come on.", "Rochelle Banfield", PER,
      "NDP transportation critic Rochelle Banfield", "said"),
    q("a headline looking for a plan", "Rochelle Banfield", PER, "Banfield", "called", PARTIAL),
    q("I'm not angry at that man. I've never been angry at him,", "Denise Theriault", PER, "she", "told"),
    q("I'm angry that nobody ever asked him to show he could still do it.", "Denise Theriault", PER, "she", "told"),
    q("Nolan was riding to work.⋯He did everything right.", "Denise Theriault", PER, None, None),
    q("We didn't do this to get a law with his name on it,", "Paul Theriault", PER, "he", "said"),
    q("We did it so the next family doesn't get the phone call we got.", "Paul Theriault", PER, "he", "said"),
    q("ageism with a clipboard.", "Council of Ontario Seniors' Organizations", ORG,
      "The Council of Ontario Seniors' Organizations", "called", PARTIAL),
    q("Age is not a diagnosis,", "Bernard Vézina", PER, "Bernard Vézina", "said"),
    q("I know 84-year-olds who drive better than my nephew. Test people on their driving, not on their birthday.",
      "Bernard Vézina", PER, "Bernard Vézina", "said"),
    q("for everything: groceries, the pharmacy, church, seeing the grandkids,", "Bernard Vézina", PER, "Vézina", "said",
      PARTIAL),
    q("If you put an 82-year-old in an unfamiliar car⋯perfectly safe at home,", "Sunita Raghavan", PER, "Raghavan",
      "said"),
    q("The good news is that's fixable. Let people take the test in their own car, close to home.", "Sunita Raghavan",
      PER, None, None),
    q("as many times as they need", "a spokesperson for the Ministry of Transportation", ANON,
      "a spokesperson for the Ministry of Transportation", "said", PARTIAL),
    q("No one will lose their licence on the basis of one bad day,",
      "a spokesperson for the Ministry of Transportation", ANON, "the spokesperson", "wrote"),
    q("My dad's not thrilled with me,", "Warren Colquhoun", PER, "Colquhoun", "said"),
    q("But he told me, 'If I can't pass it, I shouldn't be driving.' That's about the size of it.", "Warren Colquhoun",
      PER, "Colquhoun", "said"),
    q("Every single one,", "Denise Theriault", PER, "she", "said"),
])

# A Global News courts story on a stay of proceedings for delay (a Jordan ruling) in a grandparent-scam fraud case: a
# headline quote in single marks ahead of a colon whose speaker, the victim, is named only in the body, the scam's name
# in marks in the lead, a judge's written decision ("found that ... was “…” and that the Crown had “…”", "X wrote",
# "She noted"), a mother and daughter sharing a surname (the daughter "told Global News", the mother introduced by a
# sentence of indirect speech and then "she said", a quote paragraph that follows on, the daughter's "she said" at the
# end over the mother's nested words), the prosecution service's statement then "the statement said", its spokesperson
# who "declined to say ..." then "He said only that", a defence lawyer, the attorney general ("called", "told
# reporters"), a senior Crown prosecutor on condition of anonymity (singular "they") then "the prosecutor said", an
# RCMP corporal's e-mail ("said investigators were “…”", "X wrote"), a professor by "he said".

doc("ca-global-16", "canadian-news", [
    q("I feel robbed twice", "Eleanor Dubrovsky", PER, None, None, nth=0),
    q("well beyond any reasonable ceiling", "Corinne Delorme", PER, "Justice Corinne Delorme", "found", PARTIAL),
    q("failed to take the steps a diligent prosecutor would take", "Corinne Delorme", PER, "Justice Corinne Delorme",
      "found", PARTIAL),
    q("Delay of this magnitude is not a technicality,", "Corinne Delorme", PER, "Delorme", "wrote"),
    q("It is the very harm the Charter guarantee exists to prevent, and it is borne by the accused and the public "
      "alike.", "Corinne Delorme", PER, "Delorme", "wrote"),
    q("in seven separate tranches,", "Corinne Delorme", PER, "She", "noted", PARTIAL),
    q("My mother spent two years thinking she was stupid,", "Lisa Dubrovsky", PER, "Lisa Dubrovsky", "told"),
    q("She wasn’t stupid. She was kind. That’s what they used.", "Lisa Dubrovsky", PER, "Lisa Dubrovsky", "told"),
    q("I feel robbed twice,", "Eleanor Dubrovsky", PER, "she", "said"),
    q("Once by them, and once by the courts.", "Eleanor Dubrovsky", PER, "she", "said"),
    q("I gave them my savings and then I gave them my time.⋯I’m 88 years old.", "Eleanor Dubrovsky", PER, None, None),
    q("reviewing the decision carefully", "BC Prosecution Service", ORG, "the BC Prosecution Service", "said", PARTIAL),
    q("The BCPS recognizes the profound impact this outcome has on the people who came forward,",
      "BC Prosecution Service", ORG, "the statement", "said"),
    q("takes its obligations under Jordan seriously,", "Damien Rask", PER, "He", "said", PARTIAL),
    q("My client has lived under these charges for almost four years,", "Naomi Gerwitz", PER, "Gerwitz", "said"),
    q("The Crown charged first and organized later, and the court has now said so.", "Naomi Gerwitz", PER, "Gerwitz",
      "said"),
    q("a gut punch for every family that trusted the system", "Leona Thiessen", PER, "Attorney General Leona Thiessen",
      "called", PARTIAL),
    q("We have added Crown counsel, we have added sheriffs, we have added court clerks,", "Leona Thiessen", PER,
      "Thiessen", "told"),
    q("Clearly, in this case, it was not enough, and I want to know why.", "Leona Thiessen", PER, "Thiessen", "told"),
    q("Files like this one sit on someone’s desk because there’s nobody else to pick them up,",
      "a senior Crown prosecutor", ANON, "the prosecutor", "said"),
    q("disappointed", "Melissa Dang", PER, "Cpl. Melissa Dang", "said", PARTIAL),
    q("These calls have not stopped,", "Melissa Dang", PER, "Dang", "wrote"),
    q("If someone calls saying a family member is in jail⋯call that family member directly.", "Melissa Dang", PER,
      "Dang", "wrote"),
    q("Jordan is doing exactly what it was designed to do, which is to make delay costly for the system,",
      "Benjamin Trevethan", PER, "he", "said"),
    q("The trouble is that the cost lands on the victims.", "Benjamin Trevethan", PER, "he", "said"),
    q("She says, ‘What if it’s really one of them?’", "Lisa Dubrovsky", PER, "she", "said"),
], not_quotes=["grandparent scam"])

# A HuffPost Canada immigration story on employer-specific work permits for migrant farmworkers (a title-case
# headline and a deck, curly marks): a worker under a pseudonym whose first quote nests his supervisor's words and is
# followed by a long apposition before "said in Spanish through an interpreter", then "he said" through the story, an
# organizer after an inverted "said" whose quote nests the government's ‘next year,’ (twice), a greenhouse worker who
# "told HuffPost Canada" by indirect speech and then "she said in Spanish", the federal department's statement (a
# partial, then "the department said"), a sociologist who "described ... as “…”", a grower's "treat their workers “…”",
# a growers' co-operative's statement then "the co-operative said", a minister's spokesperson named after the minister
# ("A spokesperson for Immigration Minister X, Y, said the minister “…”"), the first worker's last "he said".

doc("ca-huffpost-16", "canadian-news", [
    q("He said, ‘If you go to the hospital, you go home. To Mexico,’", "Miguel", PER, "Miguel", "said"),
    q("I can’t change farms. I can’t complain.⋯I lose the permit,", "Miguel", PER, "he", "said"),
    q("So you stay quiet. Everybody stays quiet.", "Miguel", PER, "he", "said"),
    q("Every year we hear ‘next year,’", "Teresa Maldonado", PER, "Teresa Maldonado", "said"),
    q("Meanwhile, people are getting hurt.", "Teresa Maldonado", PER, "Teresa Maldonado", "said"),
    q("never turn into a complaint, because the worker is too scared.", "Teresa Maldonado", PER, "Maldonado", "said",
      PARTIAL),
    q("We have one stove for 12 people,", "Rosa Elena Cuxil", PER, "she", "said"),
    q("When I asked for another one, the manager said I could go back to Guatemala if I didn’t like it.",
      "Rosa Elena Cuxil", PER, "she", "said"),
    q("If I lose this, they don’t eat,", "Rosa Elena Cuxil", PER, "she", "said"),
    q("It’s that simple.", "Rosa Elena Cuxil", PER, "she", "said"),
    q("actively working", "Immigration, Refugees and Citizenship Canada", ORG,
      "Immigration, Refugees and Citizenship Canada", "said", PARTIAL),
    q("Employers who mistreat workers will face consequences, including fines and bans from the program,",
      "Immigration, Refugees and Citizenship Canada", ORG, "the department", "said"),
    q("a structural gag order.", "Hannah Nygaard", PER, "She", "described", PARTIAL),
    q("When your immigration status depends on one person’s goodwill, that person has enormous power over you,",
      "Hannah Nygaard", PER, "Nygaard", "said"),
    q("It doesn’t take a bad employer to create that. It just takes the permit.", "Hannah Nygaard", PER, "Nygaard",
      "said"),
    q("like family", "Wendell Brouwer", PER, "Wendell Brouwer", "said", PARTIAL),
    q("If a guy can leave in the middle of June for a farm that pays 50 cents more, I lose my crop,",
      "Wendell Brouwer", PER, "Brouwer", "said"),
    q("I paid for his flight. I paid for his housing. There has to be some commitment both ways.", "Wendell Brouwer",
      PER, "Brouwer", "said"),
    q("destabilize", "Niagara Growers’ Co-operative", ORG, "The Niagara Growers’ Co-operative", "said", PARTIAL),
    q("The program works for the vast majority of workers and employers⋯Canada’s food supply,",
      "Niagara Growers’ Co-operative", ORG, "the co-operative", "said"),
    q("shares the concerns", "Kiran Bhatti", PER, "Kiran Bhatti", "said", PARTIAL),
    q("concrete changes", "Kiran Bhatti", PER, "Kiran Bhatti", "said", PARTIAL),
    q("They always say ‘before the end of the year,’", "Teresa Maldonado", PER, "she", "said"),
    q("They never say which year.", "Teresa Maldonado", PER, "she", "said"),
    q("Where else would I go?", "Miguel", PER, "he", "said"),
])

# A Toronto Star city-hall story on a vacant-storefront tax (a deck, a byline with the bureau): the mayor "told
# reporters" split around the cue and at the end "the mayor said" after "Rosenthal said she had already spoken to the
# minister.", `Coun. X (Ward 9, Davenport), who called the vote “…”`, a budget chief who "asked" and a director who
# "replied" after an inverted cue, a councillor after an inverted "said Coun. X (Ward 22, ...), who voted against"
# and then a quote after "She said the tax would ..." with no cue, "a change he called “…”", a landlords' association
# that "called it “…”" then "the association said in a statement", a baker whose quote nests a sign's words and who
# "told the Star", his daughter sharing his surname ("put it more bluntly." then "she said"), a BIA chair by "she
# said", a minister's spokesperson's partial.

doc("ca-star-16", "canadian-news", [
    q("An empty storefront is a missing tooth,", "Anita Rosenthal", PER, "Mayor Anita Rosenthal", "told"),
    q("One is bad enough. Three on a block and the whole street starts to look sick.", "Anita Rosenthal", PER,
      "Mayor Anita Rosenthal", "told"),
    q("a signal to every landlord who thinks holding out for a bank or a pharmacy is free.", "Felix Amankwah", PER,
      "Coun. Felix Amankwah", "called", PARTIAL),
    q("On parts of Dundas and Bloor, one in four storefronts has been empty since the pandemic,", "Felix Amankwah",
      PER, "Amankwah", "said"),
    q("Some of those owners are waiting for a rent nobody is going to pay⋯costs them almost nothing.",
      "Felix Amankwah", PER, "Amankwah", "said"),
    q("Are we sending inspectors door to door? Are we taking the landlord’s word for it?", "Leo Pacitti", PER,
      "Pacitti", "asked"),
    q("Owners would file a declaration each year, and we would audit a sample of them,", "Nadia Ibrahim", PER,
      "Nadia Ibrahim", "replied"),
    q("It’s the same model we use for the vacant home tax.", "Nadia Ibrahim", PER, "Nadia Ibrahim", "replied"),
    q("We sent tax bills to people who were living in their houses,", "Stella Markopoulos", PER,
      "Coun. Stella Markopoulos", "said"),
    q("And now we want to do it again, with businesses?", "Stella Markopoulos", PER, "Coun. Stella Markopoulos",
      "said"),
    q("That’s not a signal. That’s kicking somebody when they’re down.", "Stella Markopoulos", PER,
      "[She] said the tax", None),
    q("the fairness piece.", "Felix Amankwah", PER, "he", "called", PARTIAL),
    q("a blunt instrument aimed at a problem council does not understand.",
      "Greater Toronto Commercial Landlords Association", ORG, "The Greater Toronto Commercial Landlords Association",
      "called", PARTIAL),
    q("Owners do not choose vacancy. No one earns money from an empty unit,",
      "Greater Toronto Commercial Landlords Association", ORG, "the association", "said"),
    q("The real obstacles are permit delays and a property tax system that already punishes retail space.",
      "Greater Toronto Commercial Landlords Association", ORG, "the association", "said"),
    q("The sign says ‘For Lease.’ It has said ‘For Lease’ since my daughter was in high school,", "Hyun-woo Baek", PER,
      "Baek", "told"),
    q("She’s a nurse now.", "Hyun-woo Baek", PER, "Baek", "told"),
    q("You can’t have a neighbourhood with holes in it,", "Grace Baek", PER, "she", "said"),
    q("People stop walking. Then they stop coming.", "Grace Baek", PER, "she", "said"),
    q("If the answer to this is a $20 increase in someone’s rent per square foot, we haven’t helped anyone,",
      "Marisol Zapata", PER, "she", "said"),
    q("review any request", "a spokesperson for Municipal Affairs Minister Graham Tofte", ANON,
      "A spokesperson for Municipal Affairs Minister Graham Tofte", "said", PARTIAL),
    q("He didn’t say no,", "Anita Rosenthal", PER, "the mayor", "said"),
    q("At this point, I’ll take that.", "Anita Rosenthal", PER, "the mayor", "said"),
])

# A CBC Manitoba story in straight marks (CBC's web copy) on a small-town curling rink whose ice plant failed: a deck
# "president says 'we're not giving up'" in single straight marks whose president is named in the body, a provincial
# inspection's findings ("a provincial inspection found its ammonia system was "…"", then "The inspection, carried out
# by the province's X Branch, found ... "…", according to a copy of the report"), the president and her brother-in-law
# sharing a surname ("Ernie Fehr, Donna's brother-in-law," then "he said with a laugh"), a girl of 12 and her father
# sharing a surname by "she said" and "he said", a curler who "told CBC's Radio Noon", a reeve's partial then his
# quotes,
# a provincial spokesperson's emailed statement then "the statement said", an association's director after an inverted
# "said" and "which she called", the president's last quote after "She paused." with no cue.

doc("ca-cbc-16", "canadian-news", [
    q("we're not giving up", "Donna Fehr", PER, "president", "says", PARTIAL),
    q("no longer safe to operate.", "Boiler and Pressure Vessel Safety Branch", ORG, "a provincial inspection",
      "found", PARTIAL),
    q("We're not giving up. We've never given up on anything in this town,", "Donna Fehr", PER, "Donna Fehr", "said"),
    q("But I'm not going to pretend it isn't a lot of money for a place this size.", "Donna Fehr", PER, "Donna Fehr",
      "said"),
    q("multiple points of probable leakage", "Boiler and Pressure Vessel Safety Branch", ORG, "The inspection",
      "found", PARTIAL),
    q("The compressor's older than I am. Well, almost,", "Ernie Fehr", PER, "he", "said"),
    q("Every fall I'd get it going and think, one more year. This time it said no.", "Ernie Fehr", PER, "he", "said"),
    q("I was so excited. I told everybody,", "Avery Klassen", PER, "she", "said"),
    q("Now I don't even know if there's going to be a rink.", "Avery Klassen", PER, "she", "said"),
    q("It's where you go to see people in February. That's it. There's nowhere else,", "Tyler Klassen", PER, "he",
      "said"),
    q("You close this, and some of the older folks just won't leave the house all winter.", "Tyler Klassen", PER, "he",
      "said"),
    q("My husband's gone, my kids are in Calgary,", "Marjorie Dyck", PER, "Dyck", "told"),
    q("The rink is my social life. I'm not embarrassed to say it.", "Marjorie Dyck", PER, "Dyck", "told"),
    q("can't carry this alone.", "Clifford Janzen", PER, "Reeve Clifford Janzen", "said", PARTIAL),
    q("We've got roads to fix, we've got a lagoon that needs work. Everybody wants something,", "Clifford Janzen", PER,
      "Janzen", "said"),
    q("But you lose your rink, you lose a reason to live here. Council knows that.", "Clifford Janzen", PER, "Janzen",
      "said"),
    q("The province recognizes the important role community rinks play in rural Manitoba,",
      "a spokesperson for the province", ANON, "the statement", "said"),
    q("Applications for the next intake open in April.", "a spokesperson for the province", ANON, "the statement",
      "said"),
    q("These are buildings from the '50s and '60s⋯never meant to last this long,", "Colleen Hrychuk", PER,
      "Colleen Hrychuk", "said"),
    q("We're going to see more of this, not less.", "Colleen Hrychuk", PER, "Colleen Hrychuk", "said"),
    q("the single biggest threat to curling in small-town Manitoba.", "Colleen Hrychuk", PER, "she", "called",
      PARTIAL),
    q("People have been dropping cheques off at my house,", "Donna Fehr", PER, "Donna Fehr", "said"),
    q("Twenty dollars, fifty dollars.⋯who it was from.", "Donna Fehr", PER, "Donna Fehr", "said"),
    q("So I won't.", "Donna Fehr", PER, "[She] paused", None),
])

# A New York Times campaign story on a Senate candidate's old newspaper columns (a title-case headline and a deck,
# "Reporting from"): the column's title in marks, the candidate's columns quoted as writing ("wrote that Social
# Security was “…”", "he wrote in 2010", "A 2013 column calling ... “…”"), the candidate at a town hall ("Mr. X said")
# and a paragraph that follows on, a rival's "She has called the columns “…”" then "Ms. X said in an interview,
# holding up", a campaign spokesman's statement, a former editor ("Mr. X said"), two voters with ages by "she said" and
# "he said", a strategist on condition of anonymity then "the strategist said", the Democrat who "told reporters" and
# then "she smiled." before "she said", "Professor X said" after an apposition, "he said on Saturday, to applause".

doc("us-nyt-16", "us-politics", [
    q("a Ponzi scheme with a flag on it.", "Bradley Stoughton", PER, "Mr. Stoughton", "wrote", PARTIAL),
    q("The minimum wage is a tax on the young, collected by the comfortable,", "Bradley Stoughton", PER, "he",
      "wrote"),
    q("I wrote a lot of things when I was 35 that I wouldn’t write today,", "Bradley Stoughton", PER, "Mr. Stoughton",
      "said"),
    q("I was paid to be provocative. That was the job.", "Bradley Stoughton", PER, "Mr. Stoughton", "said"),
    q("Some of it I still believe. Some of it was dumb. I’d like to think I can tell the difference now.",
      "Bradley Stoughton", PER, None, None),
    q("a road map of what he would actually do in Washington.", "Carla Dufresne", PER, "She", "called", PARTIAL),
    q("He’s not running from a record. He doesn’t have one. He has these,", "Carla Dufresne", PER, "Ms. Dufresne",
      "said"),
    q("And I think voters deserve to know which Brad Stoughton they’re getting.", "Carla Dufresne", PER,
      "Ms. Dufresne", "said"),
    q("digging through microfiche because she can’t talk about her own votes in Concord.", "Tyler Brisco", PER,
      "Tyler Brisco", "said", PARTIAL),
    q("He was a good writer. That was the problem,", "Harold Truax", PER, "Mr. Truax", "said"),
    q("People remembered what he wrote.", "Harold Truax", PER, "Mr. Truax", "said"),
    q("a gated community with a zip code in Washington", "Bradley Stoughton", PER, "A 2013 column", "calling",
      PARTIAL),
    q("I liked some of them. I threw some of them across the kitchen,", "Linda Pelkey", PER, "she", "said"),
    q("I don’t care what he wrote in 2012. I care what he’s going to do about my property taxes.", "Linda Pelkey",
      PER, "she", "said"),
    q("My mother lives on that check,", "Gary Tschida", PER, "he", "said"),
    q("That’s not a Ponzi scheme to her.", "Gary Tschida", PER, "he", "said"),
    q("He thought nobody would go to the library,", "a Republican strategist", ANON, "the strategist", "said"),
    q("I’m going to let the Republicans sort this out among themselves,", "Nina Villarreal", PER, "Ms. Villarreal",
      "told"),
    q("Some,", "Nina Villarreal", PER, "she", "said"),
    q("I’d recommend them.", "Nina Villarreal", PER, "she", "said"),
    q("Twenty years ago, nobody would have found these.⋯build an entire campaign around them,", "Miriam Oakes", PER,
      "Professor Oakes", "said"),
    q("Every candidate who ever wrote anything should be paying attention.", "Miriam Oakes", PER, "Professor Oakes",
      "said"),
    q("Read them all,", "Bradley Stoughton", PER, "he", "said"),
    q("Then come talk to me.", "Bradley Stoughton", PER, "he", "said"),
], not_quotes=["Straight Talk From the Lakes"])

# A CNN Justice Department story on a prosecutor who resigned rather than drop a bribery case: a resignation letter
# obtained by CNN ("X wrote that she could not “…”", "X wrote", and at the end "closed her letter on a personal note."
# then "she wrote"), a memo in which an official "directed the office to move to dismiss the case “…”" then "the memo
# says", the department's spokesperson's two partials, "Two sources familiar" then "one of the sources said", the
# mayor's attorney ("said his client “…”", "told CNN"), a judge who "directed prosecutors to file ... “…”", a senator
# ("called the dismissal order “…”", "said in an interview on CNN’s “Inside Politics.”"), a congressman's one-word
# "questions", the press secretary "told reporters", a former prosecutor by "she said" whose quote holds "she" for the
# resigning prosecutor, a witness's attorney who is also his sister ("His attorney, X, who is also his sister, said her
# brother ..." then "she said").

doc("us-cnn-16", "us-politics", [
    q("in good conscience", "Renata Szymczak", PER, "Renata Szymczak", "wrote", PARTIAL),
    q("The evidence in this case is strong⋯the law or the facts,", "Renata Szymczak", PER, "Szymczak", "wrote"),
    q("I will not be the one to sign it.", "Renata Szymczak", PER, "Szymczak", "wrote"),
    q("without prejudice", "Kendrick Sayer", PER, "Principal Associate Deputy Attorney General Kendrick Sayer",
      "directed", PARTIAL),
    q("The Department has concluded that continued prosecution of this matter would not serve the interests of "
      "justice,", "Kendrick Sayer", PER, "the memo", "says"),
    q("compromised by the political motivations of the previous leadership", "Chad Mercer", PER,
      "Justice Department spokesperson Chad Mercer", "said", PARTIAL),
    q("does not tolerate insubordination from anyone.", "Chad Mercer", PER,
      "Justice Department spokesperson Chad Mercer", "said", PARTIAL),
    q("People are shell-shocked,", "a source familiar with the matter", ANON, "one of the sources", "said"),
    q("Nobody here has seen anything like this.", "a source familiar with the matter", ANON, "one of the sources",
      "said"),
    q("has always maintained his innocence", "Frank Ruggiero", PER, "Frank Ruggiero", "said", PARTIAL),
    q("This prosecution was a fishing expedition from the first day,", "Frank Ruggiero", PER, "Ruggiero", "told"),
    q("The department looked at it with fresh eyes and saw what we saw.", "Frank Ruggiero", PER, "Ruggiero", "told"),
    q("the basis for the government’s sudden change of position.", "Patricia Rusnak", PER, "Rusnak", "directed",
      PARTIAL),
    q("a favor, dressed up as a legal judgment.", "Elliot Brandt", PER, "Elliot Brandt", "called", PARTIAL),
    q("When the Justice Department starts dropping cases⋯going to get the message,", "Elliot Brandt", PER, "Brandt",
      "said"),
    q("questions", "Dale Hutchins", PER, "He", "said", PARTIAL),
    q("I’d like to see the reasoning, and I think the judge is right to ask for it,", "Dale Hutchins", PER,
      "Hutchins", "said"),
    q("The president has not spoken to the attorney general about this case, period,", "Karina Velez", PER, "Velez",
      "told"),
    q("This was a Justice Department decision.", "Karina Velez", PER, "Velez", "told"),
    q("A career prosecutor walking away rather than signing a motion is a rare thing. It should be,",
      "Elaine Foster-Park", PER, "she", "said"),
    q("It means she believes she is being asked to do something she can’t defend in front of a judge.",
      "Elaine Foster-Park", PER, "[she] said", "said"),
    q("He’s already admitted what he did,", "Grace Lobo", PER, "she", "said"),
    q("Now they’re saying the man he paid doesn’t have to answer for anything? I don’t know how to explain that to "
      "him.", "Grace Lobo", PER, "she", "said"),
    q("It has been the honor of my life to serve as a prosecutor in this district,", "Renata Szymczak", PER, "she",
      "wrote"),
], not_quotes=["Inside Politics."])

# A USA TODAY national politics story on a Senate bill for permanent daylight saving time (a byline block, a
# `WASHINGTON –` dateline, AP-style party labels): a sponsor after an inverted "said Sen. X, R-Fla., the bill's lead
# sponsor" split around the cue, a senator who "spoke against it" then "X said" and "said she didn't have the votes and
# “…”", a council's statement ("would put the nation on “…”") then its president after an inverted "said Dr. X", a
# coalition that "called the vote “…”", a senator who "joked on the floor that Arizona had “…”" then "he told USA TODAY
# afterward", the speaker's spokesperson, a representative by "he said" after an indirect sentence, the press secretary
# ("said the president would sign “…”" then "she said" with "He" for the president in her quote), a mother who "told
# USA TODAY", a farmer by "he said" twice.

doc("us-usatoday-16", "us-politics", [
    q("Nobody I’ve ever met likes changing the clocks. Nobody,", "Rick Tabor", PER, "Sen. Rick Tabor", "said"),
    q("We can fix this. We should have fixed it a long time ago.", "Rick Tabor", PER, "Sen. Rick Tabor", "said"),
    q("If you lock in daylight time⋯in the morning in January,", "Alicia Haugrud", PER, "Haugrud", "said"),
    q("That’s not a talking point. That’s a sunrise table.", "Alicia Haugrud", PER, "Haugrud", "said"),
    q("wasn’t going to pretend otherwise.", "Alicia Haugrud", PER, "Haugrud", "said", PARTIAL),
    q("the wrong clock.", "National Sleep Health Council", ORG, "The National Sleep Health Council", "said", PARTIAL),
    q("Our bodies are set by the sun, not by Congress,", "Ifeoma Cardenas", PER, "Dr. Ifeoma Cardenas", "said"),
    q("Standard time is the one that matches our biology. Daylight time is the one that matches our golf schedules.",
      "Ifeoma Cardenas", PER, "Dr. Ifeoma Cardenas", "said"),
    q("a win for families who want more daylight after work and school.", "Evening Economy Coalition", ORG,
      "The Evening Economy Coalition", "called", PARTIAL),
    q("figured this out a long time ago.", "Tom Redhawk", PER, "Sen. Tom Redhawk", "joked", PARTIAL),
    q("We don’t change our clocks, and we’re doing just fine,", "Tom Redhawk", PER, "he", "told"),
    q("Pick one, whichever one. Just pick one.", "Tom Redhawk", PER, "he", "told"),
    q("has heard from members on both sides of this question", "a spokesperson for House Speaker Lorraine Hatcher",
      ANON, "A spokesperson for House Speaker Lorraine Hatcher", "said", PARTIAL),
    q("This is the rare thing in Washington that unites people. Everybody hates it,", "Darnell Ajayi", PER, "he",
      "said"),
    q("If leadership lets it come to a vote, it passes.", "Darnell Ajayi", PER, "he", "said"),
    q("whatever gets to his desk", "Dana Kessling", PER, "press secretary Dana Kessling", "said", PARTIAL),
    q("He’s not picky about the clock,", "Dana Kessling", PER, "she", "said"),
    q("He just wants people to stop complaining about it.", "Dana Kessling", PER, "she", "said"),
    q("My 4-year-old doesn’t know it’s daylight saving time. He knows he’s tired and he wants to scream about it,",
      "Erin McCaskey", PER, "McCaskey", "told"),
    q("Honestly, I don’t care which one they pick.", "Erin McCaskey", PER, "McCaskey", "told"),
    q("The cows don’t care what the clock says,", "Dale Kimble", PER, "he", "said"),
    q("They want milking when they want milking.", "Dale Kimble", PER, "he", "said"),
    q("Twice a year, somebody shows up an hour late,", "Dale Kimble", PER, "he", "said"),
    q("Every time.", "Dale Kimble", PER, "he", "said"),
])

# A CTV News Atlantic story in straight marks on a pulp mill's closure in northern New Brunswick: a byline line and a
# "Published" line, the company's news release "that blamed "…"" and its chief executive after an inverted "said X,
# the company's president and chief executive, in the release" split around the cue, "The company said ... "…"",
# "Several workers ... called the news "…"", a millwright quoted by "said one millwright" and named only in the next
# paragraph ("The millwright, X,"), his son sharing the surname (a quote nesting the father's words in straight single
# marks), a union local's president who "told CTV News", the mayor's one-word "called", the minister "said in a
# statement" then a quote paragraph that follows on, an MLA who "accused the government of being "…"", a spokesperson
# "In an email to CTV News" (two partials, "She said"), a woodlot owner, an economist after an inverted "said", and the
# father again by surname alone at the end, after the son has spoken.

doc("ca-ctv-18", "canadian-news", [
    q("a sustained collapse", "Restigouche Fibre Products", ORG, "a news release", "blamed", PARTIAL),
    q("This was an extraordinarily difficult decision, and it was not made quickly,", "Marc Thibodeau", PER,
      "Marc Thibodeau", "said"),
    q("Our employees have kept this mill running through some very hard years. They deserve better news than this.",
      "Marc Thibodeau", PER, "Marc Thibodeau", "said"),
    q("not economically viable.", "Restigouche Fibre Products", ORG, "The company", "said", PARTIAL),
    q("a gut punch.", "several workers", ANON, "Several workers", "called", PARTIAL),
    q("I've got 26 years in there. My father had 31,", "Rodney Caissie", PER, "one millwright", "said"),
    q("I don't know what else I'm qualified to do in this town.", "Rodney Caissie", PER, "one millwright", "said"),
    q("He called me on my break and said, 'Well, that's it,'", "Jordan Caissie", PER, "Jordan Caissie", "said"),
    q("We both knew it was coming. You just don't think it'll be today.", "Jordan Caissie", PER, "Jordan Caissie",
      "said"),
    q("They looked us in the eye in August and said there was a plan,", "Sylvie Cormier", PER, "Cormier", "told"),
    q("Either there was no plan, or there was a plan and it was this.", "Sylvie Cormier", PER, "Cormier", "told"),
    q("in a state where somebody else could buy it and start it up again", "Sylvie Cormier", PER, "She", "said",
      PARTIAL),
    q("devastating.", "Gérald Landry", PER, "Campbellton Mayor Gérald Landry", "called", PARTIAL),
    q("We're going to feel this in every business on Water Street, every church basement, every hockey rink,",
      "Gérald Landry", PER, "Landry", "said"),
    q("When a mill closes in a town this size, it doesn't close alone.", "Gérald Landry", PER, "Landry", "said"),
    q("I'm disappointed in how this was communicated, frankly. Workers should not be finding out in a parking lot,",
      "Claire Doiron", PER, "Doiron", "said"),
    q("Our government will be in Campbellton this week⋯find a buyer.", "Claire Doiron", PER, None, None),
    q("asleep at the switch.", "Raymond Arseneau", PER, "Raymond Arseneau", "accused", PARTIAL),
    q("Everybody in the industry has known for two years⋯the people in Fredericton,", "Raymond Arseneau", PER, "he",
      "said"),
    q("will meet or exceed", "Danielle Hachey", PER, "company spokesperson Danielle Hachey", "said", PARTIAL),
    q("open to conversations", "Danielle Hachey", PER, "She", "said", PARTIAL),
    q("There's nobody else within trucking distance who wants pulpwood. So what do we do, let it rot?", "Lise Poirier",
      PER, "she", "said"),
    q("The first year is severance and EI. The second year is when you see the for-sale signs,", "Patricia Roy", PER,
      "Patricia Roy", "said"),
    q("I'll probably end up in Alberta, like everybody's uncle did,", "Rodney Caissie", PER, "Caissie", "said"),
    q("I'm 54. I didn't think I'd be doing that at 54.", "Rodney Caissie", PER, "Caissie", "said"),
])

# A Global News Quebec story on a cut to study permits at Montreal-area colleges: a "WATCH:" video caption whose
# "minister says the cut is about ‘…’" paraphrases the minister's body quote in single marks, a byline and "Posted"
# line, the minister who "told reporters ..., speaking in French" split around the cue and "She said ... “…”", the
# premier's "he said in French" after his name in the paragraph before, a CEGEP director general after an inverted
# "said X, director general of Y, where ..." then "he said", a college association's statement ("called the decision
# “…”"), a student who "told Global News", a Liberal critic (partial then "she said"), a Québec solidaire MNA with two
# partials ("said ... “…,” but called the cut “…”"), "The Parti Québécois, for its part, said" before its critic's
# quote-first "“…,” the party’s immigration critic, X, wrote on X", a business group's president, IRCC's unnamed
# spokesperson "in an email" (two partials), "Asked whether ..., X said nothing had been decided." then "she said", a
# "With files from" sign-off.

doc("ca-global-18", "canadian-news", [
    q("capacity, not closing the door.", "Nathalie Brisebois", PER, "Quebec’s immigration minister", "says",
      PARTIAL),
    q("This is about capacity. It is not about closing the door,", "Nathalie Brisebois", PER, "Brisebois", "told"),
    q("We have students sleeping six to an apartment in Côte-des-Neiges. That is not a welcome.", "Nathalie Brisebois",
      PER, "Brisebois", "told"),
    q("fully protected.", "Nathalie Brisebois", PER, "She", "said", PARTIAL),
    q("Being welcoming means being able to welcome properly,", "Luc Gendreau", PER, "he", "said"),
    q("We found out at the same time as everybody else, which is to say, on television,", "Marc-André Vézina", PER,
      "Marc-André Vézina", "said"),
    q("The minister talks about protecting French.⋯They arrive speaking French,", "Marc-André Vézina", PER, "he",
      "said"),
    q("improvised", "Regroupement des collèges de Montréal", ORG, "the Regroupement des collèges de Montréal",
      "called", PARTIAL),
    q("He already has his acceptance letter. Now we don’t know if it means anything,", "Aminata Diallo", PER,
      "Diallo", "told"),
    q("They told us Quebec wanted French-speaking students. We believed them.", "Aminata Diallo", PER, "Diallo",
      "told"),
    q("blaming students for a housing crisis it created.", "Monique Tardif-Lemay", PER,
      "Liberal immigration critic Monique Tardif-Lemay", "said", PARTIAL),
    q("Students didn’t raise the rent in Montreal. Seven years of doing nothing on housing did that,",
      "Monique Tardif-Lemay", PER, "she", "said"),
    q("a real debate on the numbers,", "Gabriel Ouimet", PER, "Québec solidaire MNA Gabriel Ouimet", "said",
      PARTIAL),
    q("brutal", "Gabriel Ouimet", PER, "Québec solidaire MNA Gabriel Ouimet", "called", PARTIAL),
    q("A half-measure dressed up as courage,", "Sylvain Roberge", PER, "Sylvain Roberge", "wrote"),
    q("Every one of these students is a worker we were hoping to keep,", "Lucie Fontaine", PER, "she", "said"),
    q("We spend millions recruiting abroad. It makes no sense to turn them away at the door of the college.",
      "Lucie Fontaine", PER, "she", "said"),
    q("has full authority", "a spokesperson for Immigration, Refugees and Citizenship Canada", ANON,
      "A spokesperson for Immigration, Refugees and Citizenship Canada", "said", PARTIAL),
    q("within the limits set by the province.", "a spokesperson for Immigration, Refugees and Citizenship Canada",
      ANON, "A spokesperson for Immigration, Refugees and Citizenship Canada", "said", PARTIAL),
    q("Every option is on the table. But one thing at a time,", "Nathalie Brisebois", PER, "she", "said"),
    q("Those are relationships we spent 15 years building,", "Marc-André Vézina", PER, "he", "said"),
    q("You don’t rebuild them with a news release.", "Marc-André Vézina", PER, "he", "said"),
])

# A HuffPost Canada social-issues story on provinces clawing back a federal disability benefit: a title-case
# headline, a deck "Advocates call the clawbacks “…”" for the advocate the body quotes, a byline block, a recipient who
# "told HuffPost Canada" (a nested ‘new benefit’ in her next quote), an advocate who "called the arrangement “…”" then
# "She said ... “…”" with no cue after the quote, a minister's unnamed spokesperson "In an email" (two partials) and
# "The spokesperson said" without a quote, a provincial official on condition of anonymity referred to as "they",
# "the official said", a federal department's statement (two partials), "That’s not good enough, says NDP MP X" (no
# marks) then "she wrote on X", a recipient in another province after an inverted "said X, 58, a former ...", "X said
# he knows ... “…”" with no cue after the quote, an economist ("He called the $200 figure “…”"), a daughter by first
# name ("Kiera said she didn’t mind. “…,” she said") between her mother's quotes.

doc("ca-huffpost-18", "canadian-news", [
    q("a shell game", "Rabia Mahmood", PER, "Advocates", "call", PARTIAL, nth=0),
    q("I thought it was a mistake. I actually apologized to the worker for bothering her,", "Janelle Kostyniuk", PER,
      "Kostyniuk", "told"),
    q("It wasn’t a mistake. It was the plan.", "Janelle Kostyniuk", PER, "Kostyniuk", "told"),
    q("People hear ‘new benefit’ and they think we got a raise,", "Janelle Kostyniuk", PER, "she", "said"),
    q("I got sixty dollars and a lot of paperwork.", "Janelle Kostyniuk", PER, "she", "said"),
    q("a shell game with the poorest people in the country.", "Rabia Mahmood", PER, "Rabia Mahmood", "called",
      PARTIAL),
    q("Ottawa puts the money in one pocket⋯exactly as poor as she was before,", "Rabia Mahmood", PER, "Mahmood",
      "said"),
    q("The federal government knew this could happen. It wrote the law without a single requirement to stop it.",
      "Rabia Mahmood", PER, "She", "said"),
    q("reviewing its approach", "a spokesperson for Manitoba Families Minister Corinne Baptiste", ANON,
      "a spokesperson for Manitoba Families Minister Corinne Baptiste", "said", PARTIAL),
    q("more to say in the new year.", "a spokesperson for Manitoba Families Minister Corinne Baptiste", ANON,
      "a spokesperson for Manitoba Families Minister Corinne Baptiste", "said", PARTIAL),
    q("Nobody in government thinks the clawback looks good,", "a provincial official", ANON, "the official", "said"),
    q("The question is where the money comes from.", "a provincial official", ANON, "the official", "said"),
    q("designed to supplement, not replace", "Employment and Social Development Canada", ORG,
      "Employment and Social Development Canada", "said", PARTIAL),
    q("continues to urge all jurisdictions", "Employment and Social Development Canada", ORG,
      "Employment and Social Development Canada", "said", PARTIAL),
    q("If a province takes this money from disabled people, Ottawa should take it back from the province. Simple,",
      "Leah Desjarlais", PER, "she", "wrote"),
    q("It’s my groceries now. The whole amount,", "Terrence Amadi-Price", PER, "Terrence Amadi-Price", "said"),
    q("I buy fruit. I hadn’t bought fruit in a year.", "Terrence Amadi-Price", PER, "Terrence Amadi-Price", "said"),
    q("Same benefit, same disability, different postal code. How is that fair?", "Terrence Amadi-Price", PER,
      "Amadi-Price", "said"),
    q("Even with the full federal benefit and no clawback⋯below the official poverty line,", "Sébastien Marchand-Keogh",
      PER, "Sébastien Marchand-Keogh", "said"),
    q("The clawback debate is about whether people are very poor or slightly less poor.", "Sébastien Marchand-Keogh",
      PER, "Sébastien Marchand-Keogh", "said"),
    q("a down payment, at best.", "Sébastien Marchand-Keogh", PER, "He", "called", PARTIAL),
    q("She shouldn’t have to do that. She’s in Grade 12,", "Janelle Kostyniuk", PER, "Kostyniuk", "said"),
    q("But she’s better at the forms than I am.", "Janelle Kostyniuk", PER, "Kostyniuk", "said"),
    q("I just want somebody to explain why they gave it to her and then took it back,", "Kiera", PER, "she", "said"),
    q("I’ll keep filing things,", "Janelle Kostyniuk", PER, "she", "said"),
    q("That’s basically my part-time job now.", "Janelle Kostyniuk", PER, "she", "said"),
])

# A Reuters story run in the Globe and Mail on an island nation's debt pause after a cyclone: a deck "Prime Minister
# says islands ‘…’", a REUTERS/dateline/PUBLISHED block, "according to government figures" without a quote, the prime
# minister's televised address split around "said in a televised address", the IMF's statement (partial) and its
# mission chief after an inverted "said X, who led ...", an unnamed bondholders' committee ("said it was “…” but
# warned against “…”"), "Two sources familiar" then "One of the sources, who asked not to be named, ..." and "the
# source said", Global Affairs Canada's statement (two partials), a Canadian bank's chief executive "on a call with
# analysts", the finance minister who "told Reuters" then "he said in an interview", a think-tank fellow after an
# inverted "said" then "She called the two-year pause “…”" and a label in marks ("“climate-resilient” clauses"),
# a fisherman and his wife sharing a surname ("His wife, X, said" then "she said"), an opposition leader's statement
# ("“late,”" and "accused the government of “…”"), "the prime minister said" (partial) then "she said", the Reuters
# sign-off.

doc("ca-globe-18", "canadian-news", [
    q("cannot rebuild and repay at the same time", "Lorraine Haynes-Atwell", PER, "Prime Minister", "says", PARTIAL,
      nth=0),
    q("We cannot rebuild and repay at the same time. No country could,", "Lorraine Haynes-Atwell", PER,
      "Prime Minister Lorraine Haynes-Atwell", "said"),
    q("Tonight, for the first time since the storm, we have room to breathe.", "Lorraine Haynes-Atwell", PER,
      "Prime Minister Lorraine Haynes-Atwell", "said"),
    q("urgent reconstruction and balance-of-payments needs", "International Monetary Fund", ORG, "The IMF", "said",
      PARTIAL),
    q("The authorities have shown strong commitment to transparency in very difficult circumstances,",
      "Katarina Hollenbeck-Ruiz", PER, "Katarina Hollenbeck-Ruiz", "said"),
    q("The debt suspension by official creditors is an important step. Private creditors will need to do their part.",
      "Katarina Hollenbeck-Ruiz", PER, "Katarina Hollenbeck-Ruiz", "said"),
    q("prepared to engage constructively", "an ad hoc committee of holders of the islands’ 2031 bonds", ANON,
      "An ad hoc committee of holders of the islands’ 2031 bonds", "said", PARTIAL),
    q("any attempt to impose losses unilaterally.", "an ad hoc committee of holders of the islands’ 2031 bonds", ANON,
      "An ad hoc committee of holders of the islands’ 2031 bonds", "warned", PARTIAL),
    q("Everyone agrees the islands need relief. Nobody agrees on who pays for it,", "a source familiar with the talks",
      ANON, "the source", "said"),
    q("fully supports", "Global Affairs Canada", ORG, "Global Affairs Canada", "said", PARTIAL),
    q("a lasting solution that reflects the scale of the disaster.", "Global Affairs Canada", ORG,
      "Global Affairs Canada", "said", PARTIAL),
    q("We’re not going anywhere,", "Graham Tessier-Reid", PER, "Maple Harbour chief executive Graham Tessier-Reid",
      "said"),
    q("We’ve been on that island for 70 years. It would be a strange time to leave.", "Graham Tessier-Reid", PER,
      "Maple Harbour chief executive Graham Tessier-Reid", "said"),
    q("People ask me about bond spreads.⋯a dialysis unit on a generator,", "Desmond Carrington", PER, "he", "said"),
    q("This is what the system should do every time⋯while people live in tents,", "Amara Fennimore", PER,
      "Amara Fennimore", "said"),
    q("the minimum,", "Amara Fennimore", PER, "She", "called", PARTIAL),
    q("Debt, IMF, all of that is very far from here,", "Clive Augustin", PER, "Clive Augustin", "said"),
    q("What I know is I have no boat and no roof.", "Clive Augustin", PER, "Clive Augustin", "said"),
    q("It bought a tarp and some wood,", "Merline Augustin", PER, "she", "said"),
    q("It was a blessing, but it was a small blessing.", "Merline Augustin", PER, "she", "said"),
    q("late,", "Felix Marchmont", PER, "Opposition Leader Felix Marchmont", "said", PARTIAL),
    q("spending three months in meetings in Washington while Port Henley waits in the dark.", "Felix Marchmont", PER,
      "Opposition Leader Felix Marchmont", "accused", PARTIAL),
    q("for hospitals, for schools, for roofs.", "Lorraine Haynes-Atwell", PER, "the prime minister", "said", PARTIAL),
    q("Not one dollar of this relief will go anywhere else,", "Lorraine Haynes-Atwell", PER, "she", "said"),
    q("You have my word.", "Lorraine Haynes-Atwell", PER, "she", "said"),
], ignore=["climate-resilient"])

# A CBC North story in straight marks on a territorial ban on hunting a caribou herd: a deck "Grand chief calls ban
# '…'" for the grand chief named in the body, a byline line, the minister who "told MLAs" split around the cue, a
# First Nation that "says" without a quote, the grand chief's "called the ban "…"" then "said in an interview with CBC
# News" and "What it objects to, he said, is being "…"", an elder who "said in Dene Zhatıé, through an interpreter"
# then "She said ... "…," she said", her grandson sharing the surname ("he said"), "According to the territory's
# Department ..." without a quote, a biologist after an inverted "said X, a wildlife biologist with the department"
# then "She described hunting as "…"", a co-management board's statement (partial, then "the statement said" twice),
# an MLA's question in question period reported without marks and the minister's answer ("the minister replied"), the
# MLA's "she told reporters afterward", a hunters' association president ("were being "…"" then "X said"), the grand
# chief by "he said" at the end.

doc("ca-cbc-18", "canadian-news", [
    q("a decision made in Yellowknife about our land", "Daniel Mackeinzo", PER, "Grand chief", "calls", PARTIAL,
      nth=0),
    q("Nobody in this building wanted to make this announcement,", "Ruth Kaglik", PER, "Kaglik", "told"),
    q("But if we do nothing, there may not be a herd for our grandchildren to argue about.", "Ruth Kaglik", PER,
      "Kaglik", "told"),
    q("a decision made in Yellowknife about our land.", "Daniel Mackeinzo", PER, "Grand Chief Daniel Mackeinzo",
      "called", PARTIAL),
    q("We were sent a letter on Friday⋯That's a courtesy call,", "Daniel Mackeinzo", PER, "Mackeinzo", "said"),
    q("told instead of asked.", "Daniel Mackeinzo", PER, "he", "said", PARTIAL),
    q("When I was a girl, the caribou came so close to the cabins we could hear them walking at night,",
      "Rosalie Nitah", PER, "Nitah", "said"),
    q("Now the young people have to go very far, and sometimes they come home with nothing.", "Rosalie Nitah", PER,
      "Nitah", "said"),
    q("The fires, the mines, the roads, the warm winters.⋯not only at us,", "Rosalie Nitah", PER, "she", "said"),
    q("I get it, the numbers are bad,", "Kyle Nitah", PER, "he", "said"),
    q("But you can't tell people to stop eating and then not tell them what they're supposed to eat instead.",
      "Kyle Nitah", PER, "he", "said"),
    q("The cows are the future of the herd.⋯recover on its own,", "Karin Olsen", PER, "Karin Olsen", "said"),
    q("the one pressure we can control quickly.", "Karin Olsen", PER, "She", "described", PARTIAL),
    q("reduced, community-based harvest,", "Nàhgǫ Renewable Resources Board", ORG,
      "The Nàhgǫ Renewable Resources Board", "said", PARTIAL),
    q("The Board's recommendation was based on both scientific and traditional knowledge,",
      "Nàhgǫ Renewable Resources Board", ORG, "the statement", "said"),
    q("The minister has chosen not to follow it, and has not explained why.", "Nàhgǫ Renewable Resources Board", ORG,
      "the statement", "said"),
    q("Within the timelines set out in the agreement,", "Ruth Kaglik", PER, "the minister", "replied"),
    q("People in my riding are going to be at the grocery store⋯who is feeding their kids,", "Florence Tsetso", PER,
      "she", "told"),
    q("lumped in", "Grant Holtby", PER, "Grant Holtby", "said", PARTIAL),
    q("We've been sitting on the sidelines for six years.⋯based on evidence,", "Grant Holtby", PER, "Holtby", "said"),
    q("We don't want to fight about the caribou,", "Daniel Mackeinzo", PER, "he", "said"),
    q("The caribou have enough problems.", "Daniel Mackeinzo", PER, "he", "said"),
])

# A Politico campaign story on a governor candidate's TV ad whose farmer says he never endorsed him: a sentence-case
# headline without quotes, a deck, an all-caps byline and timestamp, the ad's lines "the man says" with the farmer
# named only in the next paragraph ("The man is X, 67."), "said in an interview with POLITICO" and a nested ‘governor’,
# the ad's title in marks, "The line about X, he said, was read to him ... and he repeated it “…”", his daughter
# sharing the surname ("said ... “…,” she said"), "The X campaign said the ad was made “…”" then its spokesperson's
# statement, a person familiar "granted anonymity" then "the person said", the candidate's "he told reporters" (his
# quote naming the farmer), the rival's campaign manager ("X’s campaign pounced. “…” campaign manager Y said. He called
# the ad “…”"), a pollster after an inverted "said", "One Republican consultant ... put it more bluntly." before "the
# consultant said", a governors' association's spokesperson, "he said, laughing." and "he shrugged." before "he said".

doc("us-politico-18", "us-politics", [
    q("My family has farmed this ground for three generations,", "Ernesto Zamudio", PER, "the man", "says"),
    q("Kyle Hammersley is the only one who’s fought to keep our water here.", "Ernesto Zamudio", PER, "the man",
      "says"),
    q("They told me it was a video about the water district.⋯about the wells going dry,", "Ernesto Zamudio", PER,
      "Zamudio", "said"),
    q("Nobody said the word ‘governor’ to me. Not once.", "Ernesto Zamudio", PER, "Zamudio", "said"),
    q("because they asked me to say it a few different ways.", "Ernesto Zamudio", PER, "[he] said, was read", "said",
      PARTIAL),
    q("I’m a farmer. I don’t know how these things work,", "Ernesto Zamudio", PER, "he", "said"),
    q("I thought they were going to cut it out.", "Ernesto Zamudio", PER, "he", "said"),
    q("My father is not a political person,", "Alicia Zamudio", PER, "she", "said"),
    q("He doesn’t want his face on the TV every night asking people to vote.", "Alicia Zamudio", PER, "she", "said"),
    q("with Mr. Zamudio’s full knowledge", "Kyle Hammersley’s campaign", ORG, "The Hammersley campaign", "said",
      PARTIAL),
    q("Mr. Zamudio signed a standard release⋯in campaign advertising,", "Tess Elmquist", PER,
      "campaign spokesperson Tess Elmquist", "said"),
    q("We respect him enormously, and we are sorry if there was any misunderstanding.", "Tess Elmquist", PER,
      "campaign spokesperson Tess Elmquist", "said"),
    q("It’s the best 30 seconds we have,", "a person familiar with the campaign’s plans", ANON, "the person", "said"),
    q("Nobody wants to pull it.", "a person familiar with the campaign’s plans", ANON, "the person", "said"),
    q("I’ve talked to hundreds of farmers in this state.⋯whether he votes for me or not,", "Kyle Hammersley", PER,
      "he", "told"),
    q("If Kyle Hammersley can’t be honest with a 67-year-old farmer, why would anyone believe what he says about "
      "water?", "Reuben Saldaña", PER, "campaign manager Reuben Saldaña", "said"),
    q("a stunt that fell apart the moment someone asked the farmer.", "Reuben Saldaña", PER, "He", "called", PARTIAL),
    q("Rural voters have long memories and they talk to each other,", "Colleen Mayhew", PER, "Colleen Mayhew",
      "said"),
    q("If this becomes the story in Pinal County, it’s a problem. If it’s gone in two weeks, it’s nothing.",
      "Colleen Mayhew", PER, "Colleen Mayhew", "said"),
    q("You vet the guy before you put him on TV, not after,", "a Republican consultant", ANON, "the consultant",
      "said"),
    q("Arizona Republicans are so out of touch they have to script their farmers,", "Priyanka Rao", PER,
      "DGA spokesperson Priyanka Rao", "said"),
    q("The second call was a lot shorter,", "Ernesto Zamudio", PER, "he", "said"),
    q("I don’t vote for commercials,", "Ernesto Zamudio", PER, "he", "said"),
], not_quotes=["Three Generations,"])

# A Washington Post courts story on a judge ordering health officials to testify about unpaid Head Start grants: a
# deck with the judge's partial quote (repeated in the body from her written order), a byline of two and a timestamp,
# "said from the bench" with a nested ‘shortly,’ at the quote's end, "she said the government’s explanations ... had
# “…” and warned that she would “…”", "what it called “…”" for the department, a Justice Department lawyer who "told
# the court the delays were ... “…”" then "X said", "The judge was unmoved." before "she said" split around the cue, a
# plaintiffs' lawyer, the department's spokeswoman (two partials in one statement, then "X, asked about that account,
# said in an email: “…”"), a White House spokeswoman who "accused the judge of “…”", an employee on the condition of
# anonymity ("the employee said"), a law professor after an inverted "said", two sisters-in-law sharing a surname, and
# the judge's "she said" split around the cue at the end.

doc("us-wapo-18", "us-politics", [
    q("changed three times in three filings.", "Harriet Molyneaux", PER, "U.S. District Judge Harriet Molyneaux",
      "said", PARTIAL),
    q("I have been patient.⋯then ‘shortly,’", "Harriet Molyneaux", PER, "U.S. District Judge Harriet Molyneaux",
      "said"),
    q("I would now like to hear it from someone who can be cross-examined.", "Harriet Molyneaux", PER,
      "U.S. District Judge Harriet Molyneaux", "said"),
    q("changed three times in three filings", "Harriet Molyneaux", PER, "[she] said the government’s", "said", PARTIAL,
      nth=1),
    q("not hesitate to use the tools available to this court", "Harriet Molyneaux", PER, "[she] said the government’s",
      "warned", PARTIAL),
    q("program integrity review.", "Department of Health and Human Services", ORG, "HHS", "called", PARTIAL),
    q("technical and administrative steps", "Matthew Ferrante", PER, "Justice Department lawyer Matthew Ferrante",
      "told", PARTIAL),
    q("There is no intent here to disregard this court’s order. None,", "Matthew Ferrante", PER, "Ferrante", "said"),
    q("The department is working through a very large number of individual awards.", "Matthew Ferrante", PER,
      "Ferrante", "said"),
    q("Mr. Ferrante, I don’t doubt that you believe that,", "Harriet Molyneaux", PER, "she", "said"),
    q("That is exactly why I want to hear from the people who are doing the working through.", "Harriet Molyneaux",
      PER, "she", "said"),
    q("Every week this drags on, another program lays off teachers or sends children home,", "Naomi Weisskopf", PER,
      "Weisskopf", "said"),
    q("The government has lost this case. It just hasn’t paid for it yet.", "Naomi Weisskopf", PER, "Weisskopf",
      "said"),
    q("has complied and will continue to comply with all court orders", "Caitlin Merritt", PER,
      "HHS spokeswoman Caitlin Merritt", "said", PARTIAL),
    q("the majority of affected grantees", "Caitlin Merritt", PER, "HHS spokeswoman Caitlin Merritt", "said",
      PARTIAL),
    q("micromanaging the executive branch from a courtroom in Maryland.", "Dana Threlkeld", PER,
      "White House spokeswoman Dana Threlkeld", "accused", PARTIAL),
    q("The administration will keep rooting out waste in these programs, and it will appeal rulings that stand in the "
      "way,", "Dana Threlkeld", PER, "Threlkeld", "said"),
    q("one by one", "an HHS employee familiar with the grant process", ANON,
      "One HHS employee familiar with the grant process", "said", PARTIAL),
    q("The system works fine. The money could go out in a day,", "an HHS employee familiar with the grant process",
      ANON, "the employee", "said"),
    q("What’s missing is a signature.", "an HHS employee familiar with the grant process", ANON, "the employee",
      "said"),
    q("That is false.", "Caitlin Merritt", PER, "Merritt", "said"),
    q("Judges really don’t like to do this.⋯take the government at its word,", "Eric Tollefsen", PER,
      "Eric Tollefsen", "said"),
    q("We laid off nine people. Some of them had been with us 20 years,", "Tammy Rexroad", PER, "Rexroad", "said"),
    q("I’ve got parents who had to quit their jobs because there’s nowhere for the kids to go.", "Tammy Rexroad", PER,
      "Rexroad", "said"),
    q("I keep my classroom keys on my key ring,", "Carla Rexroad", PER, "Carla Rexroad", "said"),
    q("I guess I’m superstitious.", "Carla Rexroad", PER, "Carla Rexroad", "said"),
    q("If that money arrives before Dec. 2,", "Harriet Molyneaux", PER, "she", "said"),
    q("I will be happy to cancel the hearing and never think about it again.", "Harriet Molyneaux", PER, "she",
      "said"),
])

# An NPR state-policy story in the present tense on a Kansas law ordering irrigators to cut groundwater use: a
# dateline, a farmer's "he says" before his name is repeated, the chief engineer after an inverted "says X, the
# state’s chief engineer, who ..." then "she says", the sponsor ("Its sponsor, Republican state Rep. X, represents
# ... He says the vote cost him friends." then "X says"), an irrigators' group that "calls the 25% cut “…” and says it
# will “…”", "That’s X’s worry, too." before his quote, "He calls the state law “…”", the farmer's daughter-in-law
# sharing his surname ("she says", "she says, and laughs."), a hydrologist after an inverted "says", the governor's
# spokesperson ("A spokesperson for X says the governor “…”"), a farmer near the state line, and the first farmer's
# "he says" at the end after two other men and a woman have spoken.

doc("us-npr-18", "us-politics", [
    q("This little thing is going to tell the state exactly how much water I pump, down to the gallon,",
      "Galen Unruh", PER, "he", "says"),
    q("My dad would have run the man who installed it off the property.", "Galen Unruh", PER, "he", "says"),
    q("We have known for 50 years that we were pumping the aquifer faster than it refills.⋯that it will stop,",
      "Renee Hadley", PER, "Renee Hadley", "says"),
    q("This isn’t about punishing anybody,", "Renee Hadley", PER, "she", "says"),
    q("It’s about whether there’s any water under here in 2060.", "Renee Hadley", PER, "she", "says"),
    q("I had people I’ve known since grade school tell me I’d sold them out,", "Curtis Vogts", PER, "Vogts", "says"),
    q("But I’d rather have them mad at me than have their grandkids standing in a dust field.", "Curtis Vogts", PER,
      "Vogts", "says"),
    q("arbitrary", "Kansas Irrigators Coalition", ORG, "The Kansas Irrigators Coalition", "calls", PARTIAL),
    q("devastate", "Kansas Irrigators Coalition", ORG, "The Kansas Irrigators Coalition", "says", PARTIAL),
    q("Twenty-five percent sounds like a nice round number in Topeka,", "Shane Koehn", PER, "Koehn", "says"),
    q("Out here, for a lot of guys, it’s the difference between a crop that pays and one that doesn’t.", "Shane Koehn",
      PER, "Koehn", "says"),
    q("a sledgehammer where we needed a wrench.", "Shane Koehn", PER, "He", "calls", PARTIAL),
    q("Wheat pays less. But wheat on land we can still farm in 20 years pays more than corn on land we can’t,",
      "Megan Unruh", PER, "she", "says"),
    q("He’s come around. Mostly,", "Megan Unruh", PER, "she", "says"),
    q("Don’t ask him on a hot day.", "Megan Unruh", PER, "she", "says"),
    q("If you cut pumping by a quarter, you buy time. You don’t buy a future,", "Teresa Ochoa-Bright", PER,
      "Teresa Ochoa-Bright", "says"),
    q("To actually stabilize the water table in these areas, you’d need cuts closer to half.", "Teresa Ochoa-Bright",
      PER, "Teresa Ochoa-Bright", "says"),
    q("believes this is the hardest and most important thing Kansas has done on water in a generation.",
      "a spokesperson for Sorberg", ANON, "A spokesperson for Sorberg", "says", PARTIAL),
    q("They’re closing the barn door,", "Dale Penner", PER, "Penner", "says"),
    q("The horse left about 1998.", "Dale Penner", PER, "Penner", "says"),
    q("I want my grandson to be able to farm here,", "Galen Unruh", PER, "he", "says"),
    q("If this is what that takes, I guess this is what it takes.", "Galen Unruh", PER, "he", "says"),
])

# A CTV News national story in straight marks (CTV's web copy) on the identification of a Second World War soldier's
# remains in a Dutch farm field: a byline block with a "Published" line, a minister's statement split around "said in
# a statement", a great-niece who "told CTV News" split around the cue and a quote paragraph that follows on, a Dutch
# farmer who "said in Dutch, speaking to CTV News through an interpreter", the great-niece's brother sharing the
# surname (`Carol's brother, Dennis Lysenko`, then "he said with a laugh" over a nested caller's words in straight
# single marks, then "He and his sister plan ..." before "he said"), a forensic anthropologist who "described the case
# as "…"", a historian after an inverted "said X, an independent military historian" split around the cue and then
# "called", a senior defence official on background (a partial, then "the official said"), a Dutch mayor named in an
# inverted indirect sentence then "she told CTV News", the department's emailed statement then "the statement said",
# an ambassador who "wrote on X that", the great-niece's "she said" at the end; three women and four men.

doc("ca-ctv-17", "canadian-news", [
    q("Private Lysenko gave his life for people he had never met, in a country he had only seen from the back of a "
      "truck,", "Helen Oduya", PER, "Veterans Affairs Minister Helen Oduya", "said"),
    q("We owe it to him, and to his family, to bring his name home.", "Helen Oduya", PER,
      "Veterans Affairs Minister Helen Oduya", "said"),
    q("My grandmother kept his picture on the piano her whole life. She dusted it every Sunday,", "Carol Lysenko", PER,
      "she", "told"),
    q("She always said he was just lost and that somebody would find him. We thought that was grief talking.",
      "Carol Lysenko", PER, "she", "told"),
    q("Now it turns out she was right.", "Carol Lysenko", PER, None, None),
    q("At first I thought it was an animal. Then I saw the boot,", "Joost Verbeek", PER, "Verbeek", "said"),
    q("You know right away. Everybody here grew up with the stories.", "Joost Verbeek", PER, "Verbeek", "said"),
    q("a textbook example of why we never close a file.", "Sarah Whitcombe", PER, "Sarah Whitcombe", "described",
      PARTIAL),
    q("The soil there is kind to bone⋯picked up the phone,", "Sarah Whitcombe", PER, "Whitcombe", "said"),
    q("That shaving kit told us more than anything else in the ground.", "Sarah Whitcombe", PER, "Whitcombe", "said"),
    q("I thought it was a scam, frankly.⋯in Holland,'", "Dennis Lysenko", PER, "he", "said"),
    q("I asked him for his badge number.", "Dennis Lysenko", PER, "he", "said"),
    q("I've never been on a plane further than Winnipeg. But I'm going,", "Dennis Lysenko", PER, "he", "said"),
    q("These men were fighting across flooded fields⋯kept fighting anyway,", "Michel Tardif", PER, "Michel Tardif",
      "said"),
    q("Many were buried where they fell⋯never found again.", "Michel Tardif", PER, "Michel Tardif", "said"),
    q("a slow homecoming", "Michel Tardif", PER, "Tardif", "called", PARTIAL),
    q("more files than people", "a senior defence official", ANON, "A senior defence official", "said", PARTIAL),
    q("We're a small shop. Every one of these takes hundreds of hours,", "a senior defence official", ANON,
      "the official", "said"),
    q("For us, the Canadians are not history. They are family,", "Annelies de Groot-Maas", PER, "she", "told"),
    q("Our grandparents were fed by them. Our children learn their names in school.", "Annelies de Groot-Maas", PER,
      "she", "told"),
    q("Every identification is the product⋯both sides of the Atlantic,", "Department of National Defence", ORG,
      "the statement", "said"),
    q("The Canadian Armed Forces will honour Private Lysenko as one of our own.", "Department of National Defence",
      ORG, "the statement", "said"),
    q("a debt finally paid.", "Robert Kalinowski-Hart", PER, "Robert Kalinowski-Hart", "wrote", PARTIAL),
    q("I'm going to take it to the cemetery,", "Carol Lysenko", PER, "she", "said"),
    q("Grandma should get to be there too.", "Carol Lysenko", PER, "she", "said"),
])

# A Global News Alberta politics story in curly marks on an MLA removed from the governing caucus over a coal vote: a
# byline block with "Posted" and "Updated" lines, a quote-first lede whose speaker is named in the next paragraph
# ("X ... wrote those words in a post"), the premier's statement (two partials after "Keast said", then "the statement
# said"), a house leader who "told reporters ... that the decision was “…”", then "Van Dusen said" split and "he said"
# twice (a partial after "Asked why ..."), an anonymous MLA ("One UCP MLA, who spoke to Global News on condition ...",
# then "the MLA said"), a video caption in straight single marks, the Opposition leader's "called ... “…”" then "she
# said", a rancher who "told Global News" and a quote paragraph that follows on, a minister's "saying it would impose
# “…”", the MLA's own "he said", "He described the call as", a political scientist after an inverted "said" and then
# "She said ... “…”", "he joked" at the end after a paragraph that names nobody but him.

doc("ca-global-17", "canadian-news", [
    q("I was sent to Edmonton to speak for the people who elected me, and today I did that.", "Garrett Hallberg", PER,
      "Garrett Hallberg", "wrote"),
    q("are free to speak their minds behind closed doors", "Donna Keast", PER, "Keast", "said", PARTIAL),
    q("a line, and Garrett chose to cross it.", "Donna Keast", PER, "Keast", "said", PARTIAL),
    q("This is a team. Teams only work when everyone pulls in the same direction,", "Donna Keast", PER,
      "the statement", "said"),
    q("not unanimous, but it was clear.", "Rick Van Dusen", PER, "Government House Leader Rick Van Dusen", "told",
      PARTIAL),
    q("Nobody enjoys this. Garrett’s a friend of mine,", "Rick Van Dusen", PER, "Van Dusen", "said"),
    q("But you can’t run for the team⋯a bill this important.", "Rick Van Dusen", PER, "Van Dusen", "said"),
    q("a different situation.", "Rick Van Dusen", PER, "he", "said", PARTIAL),
    q("She talked to the whip beforehand. She didn’t blindside anyone,", "Rick Van Dusen", PER, "he", "said"),
    q("real concerns", "a UCP MLA", ANON, "One UCP MLA", "said", PARTIAL),
    q("Garrett said out loud what a lot of us say in the hallway,", "a UCP MLA", ANON, "the MLA", "said"),
    q("The difference is he said it on the floor.", "a UCP MLA", ANON, "the MLA", "said"),
    q("a message to every UCP backbencher that their constituents come second.", "Teresa Lindqvist", PER,
      "Opposition NDP Leader Teresa Lindqvist", "called", PARTIAL),
    q("Ranchers, First Nations, the towns downstream⋯thrown out for it,", "Teresa Lindqvist", PER, "she", "said"),
    q("We had a hundred people in that hall last month, and maybe three of them wanted the mines back,",
      "Wendy Marchuk", PER, "Marchuk", "told"),
    q("Garrett was in the room. He heard it.", "Wendy Marchuk", PER, "Marchuk", "told"),
    q("He’s the first politician in 20 years who did what he said he’d do.", "Wendy Marchuk", PER, None, None),
    q("the most stringent reclamation standards in North America", "Scott Lafrenière", PER,
      "Energy and Minerals Minister Scott Lafrenière", "saying", PARTIAL),
    q("This bill doesn’t approve a single mine,", "Scott Lafrenière", PER, "Lafrenière", "said"),
    q("It lets companies come forward⋯on the evidence.", "Scott Lafrenière", PER, "Lafrenière", "said"),
    q("I’m not angry at the premier. I understood the rules when I voted,", "Garrett Hallberg", PER, "he", "said"),
    q("I just think the rules are wrong when they ask you to pick your party over your water.", "Garrett Hallberg",
      PER, "he", "said"),
    q("short and polite.", "Garrett Hallberg", PER, "[He] described", "described", PARTIAL),
    q("Premiers remove MLAs from caucus all the time, but usually it’s over a scandal, not a vote,", "Kristin Okafor",
      PER, "Kristin Okafor", "said"),
    q("Doing it over a vote tells the rest of caucus⋯Which is none.", "Kristin Okafor", PER, "Kristin Okafor",
      "said"),
    q("may have just made that fight harder for herself.", "Kristin Okafor", PER, "She", "said", PARTIAL),
    q("I’ll have a better view of the premier from over there,", "Garrett Hallberg", PER, "he", "joked"),
], not_quotes=["Ranchers pack Pincher Creek hall over coal exploration bill"])

# A HuffPost Canada federal politics story in curly marks on a private member's bill to lower the voting age to 16: a
# title-case headline and a deck without quotes, a byline block with the reporter's beat and a timestamp, a 17-year-old
# activist who "told HuffPost Canada", a T-shirt slogan in marks, an NDP MP "said in the House" split around the cue, a
# Conservative critic ("called the bill “…”", then by surname), a minister's unnamed spokesperson (two partials after
# "said the minister"), a Liberal MP who broke ranks ("told HuffPost Canada", then a quote paragraph that follows on),
# a senior Liberal staffer on condition of anonymity (a partial, then "the staffer said" split), Elections Canada's
# emailed partial, the activist's mother sharing her surname (`Farida Qureshi`, then "Farida said, laughing"; the
# daughter later by first name, "Ayesha said"), a researcher after an inverted "said" split around the cue and "He
# warned, though, that the effect “…”", a Bloc MP "said in French".

doc("ca-huffpost-17", "canadian-news", [
    q("I figured if they weren’t going to let me vote, I could at least make them look at me,", "Ayesha Qureshi", PER,
      "Qureshi", "told"),
    q("Sixteen-year-olds work. They pay taxes. They can drive a car,", "Laurent Tessier", PER, "Tessier", "said"),
    q("We trust them with a lot. We can trust them with a pencil and a ballot.", "Laurent Tessier", PER, "Tessier",
      "said"),
    q("a solution in search of a problem", "Melissa Haugen", PER,
      "Conservative democratic institutions critic Melissa Haugen", "called", PARTIAL),
    q("Turnout among young adults is already the lowest of any age group,", "Melissa Haugen", PER, "Haugen", "said"),
    q("Adding two more years of voters⋯changes the denominator.", "Melissa Haugen", PER, "Haugen", "said"),
    q("is listening closely to the debate", "a spokesperson for Democratic Institutions Minister Raj Bhandari", ANON,
      "A spokesperson for Democratic Institutions Minister Raj Bhandari", "said", PARTIAL),
    q("have more to say at committee.", "a spokesperson for Democratic Institutions Minister Raj Bhandari", ANON,
      "A spokesperson for Democratic Institutions Minister Raj Bhandari", "said", PARTIAL),
    q("My colleagues know where I stand. I told them in caucus and I told them in the lobby,", "Dev Ramsaran", PER,
      "Ramsaran", "told"),
    q("Young people in my riding⋯We’re just not counting them.", "Dev Ramsaran", PER, None, None),
    q("for partisan advantage,", "a senior Liberal staffer", ANON, "A senior Liberal staffer", "said", PARTIAL),
    q("If we do this, the Conservatives will say we rigged the game.⋯scared of teenagers,", "a senior Liberal staffer",
      ANON, "the staffer", "said"),
    q("Nobody wins.", "a senior Liberal staffer", ANON, "the staffer", "said"),
    q("within one general election cycle", "Elections Canada", ORG, "Elections Canada", "said", PARTIAL),
    q("When she was 12, she made us watch question period while we ate,", "Farida Qureshi", PER, "Farida", "said"),
    q("I thought it was a phase. It was not a phase.", "Farida Qureshi", PER, "Farida", "said"),
    q("What we see there is that 16- and 17-year-olds⋯a few years older,", "Nathaniel Osei", PER, "Nathaniel Osei",
      "said"),
    q("The habit forms at home.⋯keep doing it.", "Nathaniel Osei", PER, "Nathaniel Osei", "said"),
    q("disappears fast", "Nathaniel Osei", PER, "He", "warned", PARTIAL),
    q("have shown maturity", "Sophie Lavallée-Roy", PER, "Bloc Québécois MP Sophie Lavallée-Roy", "said", PARTIAL),
    q("We’ve been patient for three years. We can be patient for three more months,", "Ayesha Qureshi", PER, "she",
      "said"),
    q("We’re teenagers.⋯leave home yet.", "Ayesha Qureshi", PER, "she", "said"),
], not_quotes=["Old Enough."])

# A National Post Ottawa accountability story in curly marks on executive bonuses at a federal agency: a headline
# quote before a colon whose speaker, a Conservative critic, is named only in the body, a deck ending "documents show",
# "according to documents obtained by the National Post" without a quote, the agency's own report that "describes ...
# as “…”" and "acknowledges that ... was delivered “…”", the critic's "called ... “…”" then "he said" split, the
# agency's emailed statement (two partials after "the agency said", then "the statement said"), "A spokesperson said"
# without a quote, the Treasury Board president who "told reporters on Parliament Hill" split and "she said" after
# "She would not say ...", a union president after a long apposition then "Poitras said" split, an executive on
# condition of anonymity ("defended the payments, saying ... “…”", then "the executive said"), an NDP MP "said in a
# statement", a taxpayers' group's director who "described the payouts as", a former official after an inverted "said"
# split around the cue and then "Aubert said ... “…”"; two women and four men quoted.

doc("ca-np-17", "canadian-news", [
    q("A reward for failure", "Tom Brereton", PER, None, None),
    q("well above target", "Canada Border Services Agency", ORG, "The agency’s own departmental results report",
      "describes", PARTIAL),
    q("significantly over budget and behind schedule.", "Canada Border Services Agency", ORG,
      "The agency’s own departmental results report", "acknowledges", PARTIAL),
    q("a reward for failure", "Tom Brereton", PER, "Conservative public safety critic Tom Brereton", "called",
      PARTIAL),
    q("Canadians are sitting in two-hour lineups⋯for a job well done,", "Tom Brereton", PER, "he", "said"),
    q("Well done according to whom?", "Tom Brereton", PER, "he", "said"),
    q("determined by a rigorous, government-wide framework", "Canada Border Services Agency", ORG, "the agency",
      "said", PARTIAL),
    q("a range of commitments, not only service standards.", "Canada Border Services Agency", ORG, "the agency",
      "said", PARTIAL),
    q("Executives at the CBSA delivered significant results⋯at ports of entry,", "Canada Border Services Agency", ORG,
      "the statement", "said"),
    q("I understand why people are frustrated when they see these numbers,", "Mona Girard", PER, "Girard", "told"),
    q("The framework was designed a long time ago⋯still makes sense.", "Mona Girard", PER, "Girard", "told"),
    q("I’m not going to second-guess individual assessments from this podium,", "Mona Girard", PER, "she", "said"),
    q("No money for overtime⋯leak when it rains,", "Marc-André Poitras", PER, "Poitras", "said"),
    q("Apparently there was money.", "Marc-André Poitras", PER, "Poitras", "said"),
    q("set before the asylum surge and never adjusted.", "a CBSA executive", ANON, "One CBSA executive", "saying",
      PARTIAL),
    q("You can’t hold a port director⋯to process claims,", "a CBSA executive", ANON, "the executive", "said"),
    q("The targets didn’t move. The work did.", "a CBSA executive", ANON, "the executive", "said"),
    q("insulting to every officer working a double shift.", "Brian Olafsen", PER, "NDP MP Brian Olafsen", "said",
      PARTIAL),
    q("business as usual in Ottawa, which is exactly the problem.", "Lindsay Kwan", PER, "Lindsay Kwan", "described",
      PARTIAL),
    q("Bonuses only mean something if somebody can fail to get one,", "Gilles Aubert", PER, "Gilles Aubert", "said"),
    q("When 94 per cent of people get one⋯extra paperwork.", "Gilles Aubert", PER, "Gilles Aubert", "said"),
    q("quietly unwound", "Gilles Aubert", PER, "Aubert", "said", PARTIAL),
])

# A Canadian Press business and labour story in curly marks on a pulp mill's indefinite closure: a byline and a "The
# Canadian Press" line, a dateline, the owner's statement (a partial after "Montreal-based X said in a statement", then
# its chief executive "said in the statement", split), the local's president who "told The Canadian Press" split, "She
# said the local had ..." then a quote paragraph with no cue, the union's statement that "called the closure “…”", the
# premier who "told reporters in Fredericton" then "Thibodeau said" split, "Speaking in French, the premier said ...
# “…”", a provincial official not authorized to speak (a partial), "X declined to comment" before a spokesperson's
# emailed quote, the mayor "said in an interview" split, a father and son sharing a surname (introduced in one
# paragraph, then "the elder Ouellette said" and "Kevin Ouellette said ..." before "he said"), an economist named in an
# inverted indirect sentence and then "he said", "called the industry's position “…”", the local president's "she
# said" at the end after "Norvale said"; the CP sign-off.

doc("ca-cp-17", "canadian-news", [
    q("no realistic combination of cost reductions", "Norvale Paper Group", ORG, "Norvale Paper Group", "said",
      PARTIAL),
    q("This is a painful decision, and it is not one we have made lightly,", "Philippe Gervais", PER,
      "chief executive Philippe Gervais", "said"),
    q("The people of Saint-Quentin have built this mill’s reputation over 70 years.", "Philippe Gervais", PER,
      "chief executive Philippe Gervais", "said"),
    q("We found out at seven o’clock this morning, from a man on a video screen,", "Josée Thériault", PER,
      "Josée Thériault", "told"),
    q("Some of these guys have 30 years in. They deserved better than a video.", "Josée Thériault", PER,
      "Josée Thériault", "told"),
    q("We gave what we were asked to give. We’ll be at the table again, if there is a table.", "Josée Thériault", PER,
      None, None),
    q("a betrayal of a community that has given everything to this company", "Forest and Paper Workers Union", ORG,
      "the Forest and Paper Workers Union", "called", PARTIAL),
    q("We knew it was fragile. I won’t pretend this comes as a surprise to us,", "Marc Thibodeau", PER, "Thibodeau",
      "said"),
    q("It is a shock to the people of Saint-Quentin, and that’s who I’m thinking about today.", "Marc Thibodeau", PER,
      "Thibodeau", "said"),
    q("within days", "Marc Thibodeau", PER, "the premier", "said", PARTIAL),
    q("a nine-figure", "a provincial official familiar with the talks", ANON,
      "A provincial official familiar with the talks", "said", PARTIAL),
    q("Our focus right now is on our employees and their families,", "Lise Fortin", PER, "spokesperson Lise Fortin",
      "said"),
    q("It’s not just the 310 jobs.⋯across the road,", "Gilles Pelletier", PER, "Pelletier", "said"),
    q("When the mill sneezes⋯more than a sneeze.", "Gilles Pelletier", PER, "Pelletier", "said"),
    q("I told him not to come work here. I told him the mill wouldn’t last,", "Rémi Ouellette", PER,
      "the elder Ouellette", "said"),
    q("I didn’t want to be right.", "Rémi Ouellette", PER, "the elder Ouellette", "said"),
    q("Now I don’t know if I’m going out west or what,", "Kevin Ouellette", PER, "he", "said"),
    q("Everybody’s saying Alberta. I don’t want to go to Alberta.", "Kevin Ouellette", PER, "he", "said"),
    q("They’re competing against Brazilian eucalyptus that’s ready to harvest in seven years,", "Jean-Marc Boudreau",
      PER, "he", "said"),
    q("Without a new product line⋯the same thing it makes now.", "Jean-Marc Boudreau", PER, "he", "said"),
    q("precarious at best.", "Jean-Marc Boudreau", PER, "Boudreau", "called", PARTIAL),
    q("They all say that,", "Josée Thériault", PER, "she", "said"),
    q("I’ve never seen one come back.", "Josée Thériault", PER, "she", "said"),
])

# An AP Congress story in straight marks on a House bill to stop rural mail-plant closures: an AP byline and
# "WASHINGTON (AP) —", `Rep. X, R-Mont., the bill's lead sponsor, said during floor debate` split around the cue, a
# co-sponsor (`Rep. X, D-La., whose district ...`) who "said her office has heard ..." and then "Batiste said" split
# (her quote narrating a veteran's call), the Postal Service's statement (two partials after "the Postal Service said",
# then "the statement said" split), the postmaster general who "told a Senate committee ... that the agency would
# "…"", an opponent who "called the bill "…"" then "he said" split, a leadership aide on condition of anonymity (a
# partial), the White House's "statement of administration policy" (two partials), a carriers' group president named
# in an indirect sentence and then "Pruett said" split, a 71-year-old woman from Browning, Montana, by "she said"
# split, a joint statement of the two sponsors ("Kittredge and Batiste said"), a committee chairman who "told
# reporters" split; the contributor line.

doc("us-ap-17", "us-politics", [
    q("In my district, a check mailed⋯another state and back,", "Dale Kittredge", PER, "Rep. Dale Kittredge", "said"),
    q("That's not modernization. That's a scenic route.", "Dale Kittredge", PER, "Rep. Dale Kittredge", "said"),
    q("I had a veteran call my office because his heart medication was 11 days late,", "Yvonne Batiste", PER,
      "Batiste", "said"),
    q("He wasn't calling to complain.⋯every morning and check.", "Yvonne Batiste", PER, "Batiste", "said"),
    q("lock in an outdated network", "U.S. Postal Service", ORG, "the Postal Service", "said", PARTIAL),
    q("hundreds of millions of dollars a year.", "U.S. Postal Service", ORG, "the Postal Service", "said", PARTIAL),
    q("We share the goal of reliable service in every community,", "U.S. Postal Service", ORG, "the statement",
      "said"),
    q("This legislation would make that goal harder to reach, not easier.", "U.S. Postal Service", ORG,
      "the statement", "said"),
    q("not retreat", "Ronald Ebersole", PER, "Postmaster General Ronald Ebersole", "told", PARTIAL),
    q("micromanagement from people who don't have to balance the Postal Service's books.", "Curtis Vandermeer", PER,
      "Rep. Curtis Vandermeer", "called", PARTIAL),
    q("The Postal Service lost $9 billion last year,", "Curtis Vandermeer", PER, "he", "said"),
    q("Every member who voted for this⋯still losing money.", "Curtis Vandermeer", PER, "he", "said"),
    q("a flood of calls", "a House Republican leadership aide", ANON, "A House Republican leadership aide", "said",
      PARTIAL),
    q("supports the goals", "White House", ORG, "The White House", "said", PARTIAL),
    q("serious concerns", "White House", ORG, "The White House", "said", PARTIAL),
    q("The carriers don't decide where the mail goes,", "Darla Pruett", PER, "Pruett", "said"),
    q("We just decide how fast we drive to make up for it.", "Darla Pruett", PER, "Pruett", "said"),
    q("Last winter it sat in a truck somewhere for a week. When it got to me, the ice packs were water,",
      "Wanda Yellowhorse", PER, "she", "said"),
    q("I didn't know if it was still good.⋯What else was I going to do?", "Wanda Yellowhorse", PER, "she", "said"),
    q("is not a rounding error.", "Dale Kittredge and Yvonne Batiste", PER, "Kittredge and Batiste", "said", PARTIAL,
      speakers=["Dale Kittredge", "Yvonne Batiste"]),
    q("We'll look at it,", "Arlen Tovey", PER, "Tovey", "told"),
    q("I'm sympathetic. I've heard from my own constituents. But I want to hear from the Postal Service first.",
      "Arlen Tovey", PER, "Tovey", "told"),
])

# The Hill on the president's annual physical, in curly marks: a headline "White House doctor says X ‘…’" whose doctor
# is named only in the body, a byline line, the physician's memo ("his physician wrote in a memo" with two partials,
# then "The three-page memo, signed by ..., noted that ... “mild”" and "It described ... as “normal”", then "Ames
# wrote"), the press secretary ("She said it “…”", then "Gale said" split), a reporter who "pressed her: “…”" and
# "Gale replied" split, "she said, “Absolutely,” and moved on", the president's post ("he wrote that he had “…” and
# challenged “…”"), `Sen. X (D-Vt.) said in a statement` split around the cue with a nested ‘trust us’, `Rep. X (R-Ga.)
# told The Hill that ... “…” because “…”` then "Brandt said", "Two people familiar" then "One of them described the scan
# as “…” and said", a geriatrician after an inverted "said Dr. X" split and then "Moskowitz said ... “…”" and "she said"
# split; "the White House said" at the end without a quote.

doc("us-hill-17", "us-politics", [
    q("fit for duty", "Daniel Ames", PER, "White House doctor", "says", PARTIAL),
    q("fit to execute the duties of the presidency", "Daniel Ames", PER, "his physician", "wrote", PARTIAL),
    q("excellent overall health,", "Daniel Ames", PER, "his physician", "wrote", PARTIAL),
    q("mild", "Daniel Ames", PER, "The three-page memo", "noted", PARTIAL),
    q("normal", "Daniel Ames", PER, "[It] described", "described", PARTIAL, nth=0),
    q("The President continues to exercise regularly⋯demands of his office,", "Daniel Ames", PER, "Ames", "wrote"),
    q("speaks for itself.", "Tamsin Gale", PER, "She", "said", PARTIAL),
    q("Dr. Ames is a Navy physician with 22 years of service. He wrote down what he found,", "Tamsin Gale", PER,
      "Gale", "said"),
    q("I’m not going to stand up here⋯has a theory.", "Tamsin Gale", PER, "Gale", "said"),
    q("If the results are normal, why not release the name of the test?", "a reporter", ANON, "One reporter",
      "pressed"),
    q("Because then you’d want the score, and then you’d want the questions,", "Tamsin Gale", PER, "Gale",
      "replied"),
    q("At some point the president is entitled to the same privacy as anybody else.", "Tamsin Gale", PER, "Gale",
      "replied"),
    q("Absolutely,", "Tamsin Gale", PER, "she", "said", PARTIAL),
    q("aced", "Hargrove", PER, "[he] wrote", "wrote", PARTIAL, nth=1),
    q("any Democrat in Congress", "Hargrove", PER, "[he] wrote", "challenged", PARTIAL),
    q("Releasing a memo that says ‘trust us’ is not transparency,", "Patricia Wynne", PER, "Sen. Patricia Wynne",
      "said"),
    q("The American people deserve⋯of both parties.", "Patricia Wynne", PER, "Sen. Patricia Wynne", "said"),
    q("obsessed", "Cody Brandt", PER, "Rep. Cody Brandt", "told", PARTIAL),
    q("they don’t have anything else.", "Cody Brandt", PER, "Rep. Cody Brandt", "told", PARTIAL),
    q("He works harder than anybody in this town.⋯another briefing,", "Cody Brandt", PER, "Brandt", "said"),
    q("routine", "a person familiar with the exam", ANON, "One of them", "described", PARTIAL),
    q("to rule things out, not in.", "a person familiar with the exam", ANON, "One of them", "said", PARTIAL),
    q("A normal screening is good news, but it’s a screening, not a full assessment,", "Leah Moskowitz", PER,
      "Dr. Leah Moskowitz", "said"),
    q("What I would want to know⋯doesn’t tell us either.", "Leah Moskowitz", PER, "Dr. Leah Moskowitz", "said"),
    q("a political document first and a medical one second.", "Leah Moskowitz", PER, "Moskowitz", "said", PARTIAL),
    q("That’s true of both parties,", "Leah Moskowitz", PER, "she", "said"),
    q("This one is not especially better or worse.", "Leah Moskowitz", PER, "she", "said"),
])

# A Fox News Digital governors-and-immigration story in straight marks on a state ending its emergency shelter program
# for migrant families: a headline "...; GOP mayor says 'too little, too late'" whose mayor is named only in the body,
# a byline and "Published" line, a state audit that "found "…"" in the lead whose auditor is named three paragraphs
# later, then "the report said", the governor "said at a State House news conference" split and "blamed Washington
# ..., saying ... "…"", the mayor who "told Fox News Digital" split and a one-line quote paragraph that follows on,
# a minority leader "appearing on "America's Newsroom"" (a show name in marks), an advocate who "called the plan "…"
# and warned that ... "…"" then "Ferreira said", a nonprofit's statement ("said in a statement that it was "…"", then
# "the statement said"), a migrant who "said in Haitian Creole through an interpreter" split, a DHS spokesperson's
# statement (two partials), a Democratic lawmaker on condition of anonymity ("the lawmaker said"), the governor's
# spokesperson "said in an email", and the governor's "she said" split at the end.

doc("us-fox-17", "us-politics", [
    q("too little, too late", "Tom Rafferty", PER, "GOP mayor", "says", PARTIAL),
    q("significant weaknesses", "Dennis Mulcahy", PER, "a state audit", "found", PARTIAL),
    q("We cannot keep writing blank checks with no end date, and I won't ask the taxpayers of Massachusetts to,",
      "Ellen Castellano", PER, "Castellano", "said"),
    q("This was always meant to be a bridge, not a destination.", "Ellen Castellano", PER, "Castellano", "said"),
    q("left states holding the bag", "Ellen Castellano", PER, "Castellano", "saying", PARTIAL),
    q("The Commonwealth did not know, on any given night, how many families it was paying to house,",
      "Dennis Mulcahy", PER, "the report", "said"),
    q("Too little, too late,", "Tom Rafferty", PER, "Taunton Mayor Tom Rafferty", "told"),
    q("We've had two hotels in this city⋯with no warning.", "Tom Rafferty", PER, "Taunton Mayor Tom Rafferty",
      "told"),
    q("Now she discovers the budget?", "Tom Rafferty", PER, None, None),
    q("zero credit", "Brad Jessup", PER, "State House Minority Leader Brad Jessup", "said", PARTIAL),
    q("You don't get a medal for putting out a fire you poured the gasoline on,", "Brad Jessup", PER, "Jessup",
      "said"),
    q("a betrayal", "Rosa Ferreira", PER, "Rosa Ferreira", "called", PARTIAL),
    q("families sleeping at Logan Airport again by the Fourth of July.", "Rosa Ferreira", PER, "Rosa Ferreira",
      "warned", PARTIAL),
    q("The governor is choosing a headline over children,", "Rosa Ferreira", PER, "Ferreira", "said"),
    q("deeply concerned", "Harbor Family Services", ORG, "Harbor Family Services", "said", PARTIAL),
    q("Ninety days is not enough time⋯no car,", "Harbor Family Services", ORG, "the statement", "said"),
    q("I work every day. I pay taxes now,", "Jean-Wilner Pierre", PER, "Pierre", "said"),
    q("But an apartment here is $2,800. Where do I find $2,800?", "Jean-Wilner Pierre", PER, "Pierre", "said"),
    q("chose to make themselves magnets", "a Department of Homeland Security spokesperson", ANON,
      "A Department of Homeland Security spokesperson", "told", PARTIAL),
    q("should not expect federal taxpayers to pick up the tab.", "a Department of Homeland Security spokesperson",
      ANON, "A Department of Homeland Security spokesperson", "told", PARTIAL),
    q("She saw the numbers outside Route 128. That's what this is,", "a Democratic state lawmaker", ANON,
      "the lawmaker", "said"),
    q("The governor made this decision⋯needed to change,", "Mia Donnelly", PER, "Donnelly", "said"),
    q("I know some people are going to be angry with me,", "Ellen Castellano", PER, "she", "said"),
    q("Some of them are in this room. I can live with that.", "Ellen Castellano", PER, "she", "said"),
], not_quotes=["America's Newsroom"])

# A CTV News Regina sports-and-community story in straight marks on a junior A hockey team leaving a small
# Saskatchewan town: a byline line and a "Published" line, the league's statement ("the league said in a statement,
# calling the move "…"", then its commissioner "said in the statement" split), a brother and sister who own the team
# sharing a surname (`co-owner Darren Lutz`, then "he said"; "His sister, co-owner Shannon Lutz," then "she said";
# "Darren Lutz said" again at the end), the mayor's "called the news "…"" then "told CTV News" and a quote paragraph
# that follows on, a billet mother named with her husband then "she said", the captain ("Redcloud said", then "he
# added" split), an anonymous season-ticket holder ("the man said"), a city's spokesperson "In an email", a minister
# who "told reporters at the legislature", a researcher introduced before "she said".

doc("ca-ctv-20", "canadian-news", [
    q("the best available option to keep the franchise operating.", "Prairie Junior Hockey League", ORG, "the league",
      "calling", PARTIAL),
    q("Nobody in this family wanted to be the one to make this call,", "Darren Lutz", PER, "co-owner Darren Lutz",
      "said"),
    q("My dad bought this team when I was nine. I grew up in that press box.", "Darren Lutz", PER,
      "co-owner Darren Lutz", "said"),
    q("We ran the numbers every way you can run them,", "Darren Lutz", PER, "he", "said"),
    q("At some point you're not saving a hockey team anymore. You're just putting off the funeral.", "Darren Lutz", PER,
      "he", "said"),
    q("We talked to the town⋯the First Nation,", "Shannon Lutz", PER, "she", "said"),
    q("Everybody wanted the team to stay. Nobody could carry it.", "Shannon Lutz", PER, "she", "said"),
    q("a kick in the teeth,", "Bev Kowalchuk", PER, "Arlow Mayor Bev Kowalchuk", "called", PARTIAL),
    q("The Lutzes have kept this team alive⋯throw rocks at them,", "Bev Kowalchuk", PER, "Kowalchuk", "told"),
    q("What makes me angry is⋯make it a town.", "Bev Kowalchuk", PER, None, None),
    q("They show up at 16, 17 years old, homesick, eating everything in the fridge,", "Gail Ferenc", PER, "she",
      "said"),
    q("They leave as young men. Some of them still phone me on Mother's Day.", "Gail Ferenc", PER, "she", "said"),
    q("It was pretty quiet in there,", "Tyson Redcloud", PER, "Redcloud", "said"),
    q("A lot of the guys have been here three years. This is home for them.", "Tyson Redcloud", PER, "Redcloud",
      "said"),
    q("I'm aging out anyway, so it's not really about me,", "Tyson Redcloud", PER, "he", "added"),
    q("It's about the kids in minor hockey⋯someday.", "Tyson Redcloud", PER, "he", "added"),
    q("This is the worst part of the job,", "Murray Feist", PER, "Feist", "said"),
    q("This league was built in towns like Arlow, and we haven't forgotten that.", "Murray Feist", PER, "Feist",
      "said"),
    q("You'd look around the stands in February and count heads,", "a longtime season-ticket holder", ANON, "the man",
      "said"),
    q("Some nights you could do it on your fingers.", "a longtime season-ticket holder", ANON, "the man", "said"),
    q("did not solicit or pursue", "a spokesperson for the City of Saskatoon", ANON,
      "a spokesperson for the City of Saskatoon", "said", PARTIAL),
    q("I know what a junior team means to a town like Arlow. I grew up in one,", "Trent Ostby", PER, "Ostby", "said"),
    q("But the province can't be in the business of owning hockey teams.", "Trent Ostby", PER, "Ostby", "said"),
    q("The team is often the last thing in town⋯on a Friday night,", "Heather Lindgren", PER, "she", "said"),
    q("When it goes, you lose more than a hockey game.", "Heather Lindgren", PER, "she", "said"),
    q("We owe this town that much,", "Darren Lutz", PER, "he", "said"),
    q("What happens after that, we'll see.", "Darren Lutz", PER, "he", "said"),
])

# A Global News Ontario city-hall story in curly marks on a councillor docked 90 days' pay over a fence feud: a "WATCH:"
# video caption without quotes, a byline block with "Posted" and "Updated" lines, the integrity commissioner's report
# ("whose 31-page report found that X “…”", then "Oyelaran wrote" split, and "The report quotes one bylaw officer, who
# is not named, describing ... as “…” and saying ... “…”"), the councillor's Facebook statement (a partial after "he
# apologized ... but said", then "the statement said" split), a couple sharing a surname ("Carla and Luis Medeiros",
# "Carla Medeiros told Global News", "Her husband said", "Luis Medeiros said"), the mayor's "called ... “…”" then "told
# reporters", `Coun. X (Ward 1)` then "she said during the debate", a union local's president "said in an interview",
# a city spokesperson "In an email", a ministry spokesperson's statement, a lawyer, and "she said" at the end after
# "The fence, Carla Medeiros said, is still standing."

doc("ca-global-20", "canadian-news", [
    q("used the weight of his office to pursue a private grievance.", "Margaret Oyelaran", PER, "31-page report",
      "found", PARTIAL),
    q("A resident who phones bylaw 27 times is a nuisance. A councillor who does it is something else,",
      "Margaret Oyelaran", PER, "Oyelaran", "wrote"),
    q("Staff cannot tell a member of council to stop calling.", "Margaret Oyelaran", PER, "Oyelaran", "wrote"),
    q("relentless", "a bylaw officer", ANON, "one bylaw officer", "describing", PARTIAL),
    q("had no choice but to go out every time.", "a bylaw officer", ANON, "one bylaw officer", "saying", PARTIAL),
    q("years of context.", "Derek Ambrose", PER, "he", "said", PARTIAL),
    q("I should have handled this differently, and I accept that,", "Derek Ambrose", PER, "the statement", "said"),
    q("But I was raising legitimate concerns⋯entitled to raise.", "Derek Ambrose", PER, "the statement", "said"),
    q("We’d come home from work⋯in the driveway,", "Carla Medeiros", PER, "Carla Medeiros", "told"),
    q("We honestly thought we were going crazy.", "Carla Medeiros", PER, "Carla Medeiros", "told"),
    q("It was never about the fence,", "Luis Medeiros", PER, "Luis Medeiros", "said"),
    q("A fence you can fix. You can’t fix a guy who has the bylaw office on speed dial.", "Luis Medeiros", PER,
      "Luis Medeiros", "said"),
    q("deeply disappointing", "Dan Carrick", PER, "Mayor Dan Carrick", "called", PARTIAL),
    q("Every one of us around that table has neighbours. Every one of us could pick up the phone,", "Dan Carrick", PER,
      "Carrick", "told"),
    q("The whole point is that we don’t.", "Dan Carrick", PER, "Carrick", "told"),
    q("Ninety days’ pay is a serious sanction⋯a dispute about a fence,", "Renée Fortier", PER, "she", "said"),
    q("It stopped being about a fence the second time he asked for a particular officer by name,", "Jordan Pike", PER,
      "Pike", "said"),
    q("Our members were put in an impossible position, and the report says so in black and white,", "Tanya Brooks",
      PER, "Brooks", "said"),
    q("Nobody should have to choose between keeping their job and doing it properly.", "Tanya Brooks", PER, "Brooks",
      "said"),
    q("already begun reviewing", "Kevin Ashworth", PER, "city spokesperson Kevin Ashworth", "said", PARTIAL),
    q("Complaints from members of council will now be tracked⋯is assigned,", "Kevin Ashworth", PER, "Ashworth",
      "said"),
    q("give municipalities the tools they have been asking for.",
      "a spokesperson for Ontario’s Ministry of Municipal Affairs and Housing", ANON,
      "A spokesperson for Ontario’s Ministry of Municipal Affairs and Housing", "said", PARTIAL),
    q("Most of the complaints I see are about what councillors post on social media,", "Paul Greaves", PER, "Greaves",
      "said"),
    q("Using staff as a weapon⋯more serious.", "Paul Greaves", PER, "Greaves", "said"),
    q("Honestly, it’s a nice fence,", "Carla Medeiros", PER, "she", "said"),
])

# A HuffPost Canada labour-advocacy story in curly marks on app couriers' unpaid waiting time under a new Manitoba
# rule: a title-case headline and a sentence-case deck without quotes, a byline block with the reporter's beat and a
# timestamp, an app's status message in marks ("Her app says the order is “…”", not speech) and a regulation's term in
# marks (ignored), a courier followed through the piece by surname and "she", an organizer after an inverted "said" then
# "he said" and later "called the company’s argument “…”", a minister's spokesperson's emailed statement ("called the
# regulation “…” and said ... “…”", then "the statement said"), a company that "told HuffPost Canada its couriers “…”,
# and warned that ... “…”" and its policy head after an inverted "said X, the company’s head of ...", an anonymous
# courier ("Another courier, a newcomer from Nigeria who asked HuffPost Canada not to use her name") then "she said" and
# a quote paragraph that follows on, "According to X, ..." without a quote then "X said" and "She described ... as",
# a shop owner, an opposition critic's two partials ("said the government “…” ... and called the regulation “…”").

doc("ca-huffpost-20", "canadian-news", [
    q("This is the part nobody sees,", "Marisol Quintero", PER, "Quintero", "said"),
    q("The customer sees a 10-minute drive. I see the 26 minutes before it that I don’t get paid for.",
      "Marisol Quintero", PER, "Quintero", "said"),
    q("The province took the worst part of the job and wrote it out of the law,", "Kwame Asante-Boateng", PER,
      "Kwame Asante-Boateng", "said"),
    q("If you only pay a person⋯set a piece rate,", "Kwame Asante-Boateng", PER, "he", "said"),
    q("a first for Manitoba", "a spokesperson for Labour Minister Colleen Fraser-Dunn", ANON,
      "a spokesperson for Labour Minister Colleen Fraser-Dunn", "called", PARTIAL),
    q("struck a balance", "a spokesperson for Labour Minister Colleen Fraser-Dunn", ANON,
      "a spokesperson for Labour Minister Colleen Fraser-Dunn", "said", PARTIAL),
    q("We’re proud that app-based workers⋯deactivated,", "a spokesperson for Labour Minister Colleen Fraser-Dunn",
      ANON, "the statement", "said"),
    q("earn well above the minimum", "Parcelo", ORG, "Parcelo", "told", PARTIAL),
    q("encourage couriers to log in and sit idle.", "Parcelo", ORG, "Parcelo", "warned", PARTIAL),
    q("Couriers choose when, where⋯value most,", "Ryan Delacroix", PER, "Ryan Delacroix", "said"),
    q("A model that pays people to wait would mean fewer couriers and higher prices.", "Ryan Delacroix", PER,
      "Ryan Delacroix", "said"),
    q("a magic trick.", "Kwame Asante-Boateng", PER, "Asante-Boateng", "called", PARTIAL),
    q("They’re the ones who decide how many couriers are on the road,", "Kwame Asante-Boateng", PER, "he", "said"),
    q("Of course there’s too many of us waiting. That’s how they keep delivery times down.", "Kwame Asante-Boateng",
      PER, "he", "said"),
    q("If you say no too many times⋯it isn’t true,", "a courier", ANON, "she", "said"),
    q("So you say yes to everything, and then you are working for free.", "a courier", ANON, None, None),
    q("The companies control the thing being measured,", "Priya Venkataraman", PER, "Venkataraman", "said"),
    q("They decide how many people are logged in⋯the stopwatch.", "Priya Venkataraman", PER, "Venkataraman", "said"),
    q("a floor with a trap door in it.", "Priya Venkataraman", PER, "She", "described", PARTIAL),
    q("Some nights I have eight of them standing here and one order,", "Sami Haddad", PER, "Haddad", "said"),
    q("The app keeps sending drivers⋯not on the drivers.", "Sami Haddad", PER, "Haddad", "said"),
    q("blinked", "Raymond Pellerin", PER, "Opposition labour critic Raymond Pellerin", "said", PARTIAL),
    q("half a loaf.", "Raymond Pellerin", PER, "Opposition labour critic Raymond Pellerin", "called", PARTIAL),
    q("Six eighty-five for 40 minutes of my night,", "Marisol Quintero", PER, "she", "said"),
    q("Tell me what the minimum wage is again.", "Marisol Quintero", PER, "she", "said"),
], not_quotes=["almost ready."], ignore=["engaged time."])

# A Globe and Mail Ottawa story in curly marks on an ethics commissioner's finding against a federal minister: a deck
# quote in single marks ("Prime Minister says X retains his ‘full confidence’", the words repeated in the body), a
# byline block in capitals, Mr./Ms./Prof. on second reference, the commissioner's report ("found that Mr. X contravened
# ... by “…”", then "Ms. Vachon wrote" split, "she wrote" later), a chief of staff's email "reproduced in the report,
# asked officials to “…”", the minister's statement (a partial after "said in a statement that he ... had “…”", then
# "the statement said" split), the Prime Minister ("Mr. Quesnel said", then "Speaking in French, he said ... “…”"), a
# Conservative critic "asked during question period" split, a Bloc MP "said in French", an NDP MP's "calling it “…”",
# anonymous Liberal MPs ("Two Liberal MPs, who spoke on condition ...", "One of them said ...", then "the MP said"),
# a company's brief statement and a department's e-mailed statement (partials), a law professor, and the minister's
# "he said" at the end after "Mr. Ménard, leaving the House of Commons ..., stopped briefly".

doc("ca-globe-20", "canadian-news", [
    q("full confidence", "Nathan Quesnel", PER, "Prime Minister", "says", PARTIAL, nth=0),
    q("seeking to further the private interests of a relative", "Anne-Marie Vachon", PER,
      "commissioner Anne-Marie Vachon", "found", PARTIAL),
    q("Mr. Ménard knew, or ought reasonably to have known⋯benefit directly,", "Anne-Marie Vachon", PER, "Ms. Vachon",
      "wrote"),
    q("His involvement in the file was neither incidental nor brief.", "Anne-Marie Vachon", PER, "Ms. Vachon",
      "wrote"),
    q("see what can be done to move this along before the season opens.", "Patrick Lemay", PER,
      "One of those e-mails", "asked", PARTIAL),
    q("apologized to the Prime Minister and to my colleagues.", "Yves Ménard", PER, "Mr. Ménard", "said", PARTIAL),
    q("At no point did I believe⋯badly needs them,", "Yves Ménard", PER, "the statement", "said"),
    q("I recognize now that I should have stepped away from the file entirely.", "Yves Ménard", PER, "the statement",
      "said"),
    q("The commissioner has done her work.⋯my full confidence,", "Nathan Quesnel", PER, "Mr. Quesnel", "said"),
    q("an error of judgment, not an error of integrity.", "Nathan Quesnel", PER, "he", "said", PARTIAL),
    q("the lowest bar in the G7", "Lorraine Blackwood", PER, "Conservative ethics critic Lorraine Blackwood", "said",
      PARTIAL),
    q("If breaking the Conflict of Interest Act⋯then what is?", "Lorraine Blackwood", PER, "Ms. Blackwood", "asked"),
    q("What would the minister have to do?", "Lorraine Blackwood", PER, "Ms. Blackwood", "asked"),
    q("a minister who confused his department with his family business.", "Mathieu Gagnon-Ruel", PER,
      "Bloc Québécois MP Mathieu Gagnon-Ruel", "said", PARTIAL),
    q("a family favour paid for by taxpayers.", "Jenna Whitehorse", PER, "NDP MP Jenna Whitehorse", "calling",
      PARTIAL),
    q("People told him. More than once,", "a Liberal MP", ANON, "the MP", "said"),
    q("He thought he could manage it.", "a Liberal MP", ANON, "the MP", "said"),
    q("followed every rule", "Baie-Sainte-Anne Seafoods", ORG, "Baie-Sainte-Anne Seafoods", "said", PARTIAL),
    q("no one at the company ever asked the minister for anything.", "Baie-Sainte-Anne Seafoods", ORG,
      "Baie-Sainte-Anne Seafoods", "said", PARTIAL),
    q("assessed on its merits", "Fisheries and Oceans Canada", ORG, "Fisheries and Oceans Canada", "said", PARTIAL),
    q("Parliament may wish to consider⋯beyond its publication,", "Anne-Marie Vachon", PER, "she", "wrote"),
    q("The law doesn’t say you can’t help your riding. It says you can’t help your family,", "Catherine Dufresne",
      PER, "Prof. Dufresne", "said"),
    q("When those two things are the same company⋯the whole rule.", "Catherine Dufresne", PER, "Prof. Dufresne",
      "said"),
    q("I made a mistake, I own it⋯Acadian Peninsula,", "Yves Ménard", PER, "he", "said"),
])

# A National Post foreign-affairs story in curly marks on Canada's expulsion of two diplomats over the intimidation
# of dissidents: a deck "Embassy calls the move ‘…’" whose words open a longer body partial, a byline and "OTTAWA —",
# the foreign minister who "told reporters on Parliament Hill" split and "She would not describe ... but said ... “…”",
# the RCMP's statement (a partial, then "the statement said" split), the embassy's two partials ("called ... “…” and
# said Veldra “…”"), a foreign-ministry spokesman "quoted by the agency as saying", a dissident and her brother sharing
# a surname ("Toval told the National Post", then "Her brother, Arman Toval," and "Arman Toval said"; "Nasrin Toval
# said" and "she said" at the end), a senior official "speaking on background" then "the official said", a Conservative
# critic's "called ... “…”" then "he said" split, a former ambassador then "she described the decision as", a minister
# who "told the House of Commons", a travel advisory "urging Canadians ... to “…”".

doc("ca-np-20", "canadian-news", [
    q("a hostile act", "Veldrani embassy", ORG, "Embassy", "calls", PARTIAL, nth=0),
    q("Canada will not tolerate any foreign government⋯on Canadian soil,", "Anita Rousseau", PER, "Rousseau", "told"),
    q("These are not diplomatic activities. They are criminal ones.", "Anita Rousseau", PER, "Rousseau", "told"),
    q("after careful review of information from our security and intelligence partners.", "Anita Rousseau", PER, "She",
      "said", PARTIAL),
    q("reports of threats and intimidation targeting members of the Veldrani diaspora", "RCMP", ORG, "the RCMP",
      "said", PARTIAL),
    q("The RCMP takes every report of transnational repression seriously,", "RCMP", ORG, "the statement", "said"),
    q("We encourage anyone who believes they are being targeted to contact police.", "RCMP", ORG, "the statement",
      "said"),
    q("a hostile act based on fabrications", "Veldrani embassy", ORG, "The Veldrani embassy", "called", PARTIAL),
    q("reserves the right to respond appropriately.", "Veldrani embassy", ORG, "The Veldrani embassy", "said",
      PARTIAL),
    q("chosen confrontation over dialogue.", "Oleg Daranyi", PER, "Ministry spokesman Oleg Daranyi",
      "quoted as saying", PARTIAL),
    q("They knew my mother’s address in Sarovo. They knew what school my nephew goes to,", "Nasrin Toval", PER,
      "Toval", "told"),
    q("That is the message. We can reach your family.", "Nasrin Toval", PER, "Toval", "told"),
    q("He said it very friendly, like an old friend. That was the scary part,", "Arman Toval", PER, "Arman Toval",
      "said"),
    q("Nobody outside our family uses that name.", "Arman Toval", PER, "Arman Toval", "said"),
    q("This was not a decision made in a week,", "a senior government official", ANON, "the official", "said"),
    q("There is a long paper trail.", "a senior government official", ANON, "the official", "said"),
    q("long overdue,", "Gerald Macintyre", PER, "Conservative foreign affairs critic Gerald Macintyre", "called",
      PARTIAL),
    q("Families in this country⋯studied the problem,", "Gerald Macintyre", PER, "he", "said"),
    q("Two diplomats is a start. It isn’t a strategy.", "Gerald Macintyre", PER, "he", "said"),
    q("The usual pattern is tit for tat. We expel two, they expel two,", "Louise Bergeron", PER, "Bergeron", "said"),
    q("Our embassy there is small. Losing two people hurts us more than it hurts them.", "Louise Bergeron", PER,
      "Bergeron", "said"),
    q("the right call, with real costs.", "Louise Bergeron", PER, "she", "described", PARTIAL),
    q("Anyone in Canada who is being threatened⋯on their side,", "Samuel Okoye", PER, "Okoye", "said"),
    q("carefully consider", "Global Affairs Canada", ORG, "Global Affairs Canada", "urging", PARTIAL),
    q("I want them to see my face when they go,", "Nasrin Toval", PER, "she", "said"),
])

# A New York Times state-politics story in curly marks on a governor's plan to close three prisons: a headline and a
# deck without quotes, "By X / Reporting from ...", Mr./Ms. on second reference, the governor's budget "arguing that
# ... “…”" then "Ms. Tierney said" split, a state senator after an inverted "said State Senator X, a Republican whose
# district ..." and "he said" at the end, the officers' union "called the plan “…”" and its president "said in a
# statement" split, a husband and wife sharing a surname ("Tom Barlow, 47," then "Mr. Barlow said"; "His wife, Denise
# Barlow," then "Ms. Barlow said" and "she said"), an advocate after an inverted "said", the Assembly speaker's
# statement (a partial), an anonymous legislative aide ("the aide said"), a town supervisor quoted by her role ("said
# the town supervisor, shaking her head", with a nested ‘empty beds’) and named only in the next paragraph ("The
# supervisor, Ruth Ann Kessler, 66,"), the governor's spokesman, "Mr. Barlow was not persuaded." before "he said", and a
# budget analyst.

doc("us-nyt-20", "us-politics", [
    q("paying to heat, staff and guard thousands of empty beds.", "Margaret Tierney", PER, "Ms. Tierney", "arguing",
      PARTIAL),
    q("We are running a prison system built for a state that no longer exists,", "Margaret Tierney", PER,
      "Ms. Tierney", "said"),
    q("Every dollar we spend⋯a classroom or a clinic.", "Margaret Tierney", PER, "Ms. Tierney", "said"),
    q("This is not a line item. This is a town,", "Dale Huntington", PER, "State Senator Dale Huntington", "said"),
    q("You close that prison⋯go right behind it.", "Dale Huntington", PER, "State Senator Dale Huntington", "said"),
    q("reckless", "Empire State Correction Officers Association", ORG,
      "the Empire State Correction Officers Association", "called", PARTIAL),
    q("You don’t fix a staffing crisis⋯200 miles from home,", "Frank DeLuca", PER, "Frank DeLuca", "said"),
    q("You make it worse.", "Frank DeLuca", PER, "Frank DeLuca", "said"),
    q("If they close it, they’ll offer me a transfer, probably somewhere downstate,", "Tom Barlow", PER, "Mr. Barlow",
      "said"),
    q("So either I drive four hours each way or we sell the house. And who’s buying it?", "Tom Barlow", PER,
      "Mr. Barlow", "said"),
    q("They hear things at home.⋯getting fired,", "Denise Barlow", PER, "she", "said"),
    q("I didn’t know what to tell him.", "Denise Barlow", PER, "she", "said"),
    q("The state has been promising to right-size this system for 15 years,", "Keisha Morrow", PER, "Keisha Morrow",
      "said"),
    q("Three prisons is a down payment.", "Keisha Morrow", PER, "Keisha Morrow", "said"),
    q("review the governor’s proposal carefully, with an eye to the communities affected.", "Carl Benedetto", PER,
      "Assembly Speaker Carl Benedetto", "said", PARTIAL),
    q("Nobody wants to be the one who closed a prison in an election year,", "a senior Democratic legislative aide",
      ANON, "the aide", "said"),
    q("They keep saying ‘empty beds,’", "Ruth Ann Kessler", PER, "the town supervisor", "said"),
    q("There are people in those beds. And there are people guarding them who live here.", "Ruth Ann Kessler", PER,
      "the town supervisor", "said"),
    q("I’ve written to every person in that Capitol I could think of,", "Ruth Ann Kessler", PER, "Ms. Kessler",
      "said"),
    q("I got one letter back. It was a form letter.", "Ruth Ann Kessler", PER, "Ms. Kessler", "said"),
    q("No one is going to lose their job,", "Evan Marsh", PER, "Mr. Marsh", "said"),
    q("We have vacancies at nearly every other facility in the state.", "Evan Marsh", PER, "Mr. Marsh", "said"),
    q("A job 200 miles away isn’t keeping my job,", "Tom Barlow", PER, "he", "said"),
    q("It’s losing my home.", "Tom Barlow", PER, "he", "said"),
    q("Closed prisons don’t cost nothing,", "Priscilla Yates", PER, "Ms. Yates", "said"),
    q("You still have to heat them enough that the pipes don’t burst.", "Priscilla Yates", PER, "Ms. Yates", "said"),
    q("She can have her budget on time, or she can have these closings,", "Dale Huntington", PER, "he", "said"),
    q("I don’t think she gets both.", "Dale Huntington", PER, "he", "said"),
])

# The Hill on a Senate war powers vote, in curly marks: a headline without quotes, a byline line, `(D-Va.)` tags, the
# sponsor "said on the Senate floor" split and "she said" at the end, a GOP co-sponsor ("said he had “…”", then "told
# reporters" split), the majority leader's "called the resolution “…”" then "Emory said" split, the White House's
# statement of administration policy ("The statement called the strikes “…”"), the Pentagon press secretary "told
# reporters ... that the strikes had “…”" then "Ferry said", `Sens. X (R-Maine), Y (R-Kan.) and Z (R-Mont.)` named
# without a quote, "Holt said in a statement that she had supported “…”" then "she said" split, "Ruckert, speaking to
# The Hill ..., was blunter." before "he said", "told The Hill", the minority leader (a partial, then "said in a
# statement" split), an anonymous GOP aide ("the aide said"), a senator "on X, writing that the Senate had “…”", and a
# House member.

doc("us-hill-20", "us-politics", [
    q("The Constitution does not have an exception for wars the president finds convenient,", "Rachel Dunmore", PER,
      "Dunmore", "said"),
    q("If this is a war⋯stop fighting one.", "Rachel Dunmore", PER, "Dunmore", "said"),
    q("no quarrel", "Curtis Bayliss", PER, "Sen. Curtis Bayliss", "said", PARTIAL),
    q("I might well vote to authorize them,", "Curtis Bayliss", PER, "Bayliss", "told"),
    q("But I want to be asked. That’s not a radical position. It’s Article I.", "Curtis Bayliss", PER, "Bayliss",
      "told"),
    q("a gift to our adversaries", "Wade Emory", PER, "Senate Majority Leader Wade Emory", "called", PARTIAL),
    q("Every time this body second-guesses⋯are watching,", "Wade Emory", PER, "Emory", "said"),
    q("They read the roll call too.", "Wade Emory", PER, "Emory", "said"),
    q("limited, lawful and necessary to protect American personnel", "White House", ORG, "The statement", "called",
      PARTIAL),
    q("significantly degraded", "Colin Ferry", PER, "Pentagon press secretary Colin Ferry", "told", PARTIAL),
    q("We’re not going to give the enemy a scorecard,", "Colin Ferry", PER, "Ferry", "said"),
    q("every reasonable step to protect our service members", "Marian Holt", PER, "Holt", "said", PARTIAL),
    q("A briefing after the fact is not consultation,", "Marian Holt", PER, "she", "said"),
    q("It is notification.", "Marian Holt", PER, "she", "said"),
    q("They sent a colonel with eleven slides,", "Dale Ruckert", PER, "he", "said"),
    q("I’ve had longer briefings on wheat prices.", "Dale Ruckert", PER, "he", "said"),
    q("We have people in harm’s way tonight,", "Alan Brooks", PER, "Brooks", "told"),
    q("I don’t want the last thing⋯pull the rug out.", "Alan Brooks", PER, "Brooks", "told"),
    q("closer than the White House would like to admit.", "Patricia Alvarado", PER,
      "Senate Minority Leader Patricia Alvarado", "said", PARTIAL),
    q("Four Republicans stood up today. Next time it will be more,", "Patricia Alvarado", PER, "Alvarado", "said"),
    q("The president can either come to Congress or Congress will come to him.", "Patricia Alvarado", PER,
      "Alvarado", "said"),
    q("The vote was never in question. The size of it was,", "a senior GOP aide", ANON, "the aide", "said"),
    q("stood with our troops and against a political stunt.", "Hank Lowry", PER, "Sen. Hank Lowry", "writing",
      PARTIAL),
    q("This isn’t over,", "Rachel Dunmore", PER, "she", "said"),
    q("The calendar is on our side, and so is the Constitution.", "Rachel Dunmore", PER, "she", "said"),
    q("They’re hoping it goes away,", "Leon Castellanos", PER, "Castellanos", "said"),
    q("Wars don’t go away because you don’t vote on them.", "Leon Castellanos", PER, "Castellanos", "said"),
])

# An NPR election-administration story in curly marks on a county's vote to hand count ballots: a sentence-case
# headline, a date line and a byline, a dateline, present-tense "says" throughout, the clerk by "she says" and "Albrecht
# says" across the piece, a quote-first paragraph whose speaker is named after it ("That’s Commissioner Ray Stoltz, who
# made the motion."), then "he says" split, a citizens' group's founder ("Its founder, a retired nurse named X, calls
# the tabulator “…”"), a research project that "found that ... “…”", a neighbouring county's clerk, the secretary of
# state's office "in a statement to NPR", a dissenting commissioner's "calls the plan “…”" then "Kovach says" split, the
# commissioner's wife sharing his surname ("His wife, Linda Stoltz," then "Linda Stoltz says, laughing"), the chair by
# "he says", and the clerk's "she says" at the end after "Back in the basement, she pats the tabulator again."

doc("us-npr-20", "us-politics", [
    q("That’s our tabulator. It counts 3,000 ballots in about an hour,", "Janine Albrecht", PER, "she", "says"),
    q("It’s been tested⋯a single vote.", "Janine Albrecht", PER, "she", "says"),
    q("I said it in the meeting and I’ll say it to anybody.⋯don’t have the money,", "Janine Albrecht", PER,
      "Albrecht", "says"),
    q("We just want to be able to see it with our own eyes.", "Ray Stoltz", PER, "Commissioner Ray Stoltz", None),
    q("I’m not saying anybody cheated here. I’ve never said that,", "Ray Stoltz", PER, "he", "says"),
    q("I’m saying people don’t believe it.⋯happened or not.", "Ray Stoltz", PER, "he", "says"),
    q("a black box.", "Carol Haight", PER, "Carol Haight", "calls", PARTIAL),
    q("You feed paper in one end⋯just trust it,", "Carol Haight", PER, "Haight", "says"),
    q("Counting by hand is how this country did it for 200 years.", "Carol Haight", PER, "Haight", "says"),
    q("substantially higher error rates", "Western Election Sciences Project", ORG,
      "the Western Election Sciences Project", "found", PARTIAL),
    q("It took them two full days,", "Bill Haney", PER, "Haney", "says"),
    q("And we got three different totals for the county commission race. Three.", "Bill Haney", PER, "Haney", "says"),
    q("remain responsible for meeting every statutory deadline,", "Montana secretary of state’s office", ORG,
      "the Montana secretary of state’s office", "said", PARTIAL),
    q("Every race on every ballot gets read out loud⋯by a third,", "Janine Albrecht", PER, "she", "says"),
    q("You need dozens of people for weeks. I have four staff.", "Janine Albrecht", PER, "she", "says"),
    q("an expensive way to make people feel better.", "Anita Kovach", PER, "Anita Kovach", "calls", PARTIAL),
    q("I understand the distrust. I hear it at the grocery store,", "Anita Kovach", PER, "Kovach", "says"),
    q("But if the hand count comes out different⋯a second argument.", "Anita Kovach", PER, "Kovach", "says"),
    q("Ray and I have talked about it. We don’t agree, and that’s all right,", "Linda Stoltz", PER, "Linda Stoltz",
      "says"),
    q("I told him I’ll sign up to count. Somebody has to know what they’re doing in there.", "Linda Stoltz", PER,
      "Linda Stoltz", "says"),
    q("People stepped up for the petition. They’ll step up for this,", "Dwight Semple", PER, "he", "says"),
    q("If it comes to it, I’ll be down here counting with them,", "Janine Albrecht", PER, "she", "says"),
    q("That’s the job. I just want people to know what we’re trading.", "Janine Albrecht", PER, "she", "says"),
])


# A CTV News Vancouver city-hall and sport story in straight marks on a petition forcing a referendum on an arena loan:
# a reporter's byline block and a "Published:" line, the petition organizer after an inverted "said X, who ..." split
# around the cue and then "she said" split, the mayor who "told CTV News" split and a quote paragraph that follows on
# after "He said council would ...", a councillor's "called the result “…”" then "she said", a city finance officer
# who "described ... as", the team's statement (a partial after "the team said", then "the statement said" split), a
# source with the team "who was not authorized to speak publicly" (a partial after "told CTV News", then "the source
# said" split), a fan quoted as "one woman in a Stormhawks jersey" and named in the next paragraph ("The fan, X, 71,
# said she would vote ... “…”"), her son sharing her surname ("Brent Quist said" split), her "she said" after "X
# laughed when asked about that.", an economist by "he said" then "Menon said" after an indirect sentence, a provincial
# ministry's emailed partial, and the organizer's "she said" at the end after "For Vecchio, the vote itself is the
# point."

doc("ca-ctv-19", "canadian-news", [
    q("People in this city wanted a say, and now they've got one,", "Carla Vecchio", PER, "Carla Vecchio", "said"),
    q("This was never about hating hockey. It was about being asked.", "Carla Vecchio", PER, "Carla Vecchio", "said"),
    q("We had people drive in from Barnhartvale with forms in their glove box,", "Carla Vecchio", PER, "she", "said"),
    q("One man brought in 40 from his church.", "Carla Vecchio", PER, "she", "said"),
    q("I respect the process. I voted to use it, and I'd do it again,", "Derek Lindahl", PER, "Lindahl", "told"),
    q("But I'd ask people to look hard at the alternative⋯end of its life.", "Derek Lindahl", PER, "Lindahl",
      "told"),
    q("We'll make the case. If we can't make it, we don't deserve to win it.", "Derek Lindahl", PER, None, None),
    q("a message council should have heard a year ago.", "Anita Sandhu-Grewal", PER, "Coun. Anita Sandhu-Grewal",
      "called", PARTIAL),
    q("We skipped the step where we asked people⋯what they were getting,", "Anita Sandhu-Grewal", PER, "she",
      "said"),
    q("comfortable, but not unlimited.", "Lorraine Achebe", PER, "Lorraine Achebe", "described", PARTIAL),
    q("disappointed but not discouraged.", "Kamloops Stormhawks", ORG, "the team", "said", PARTIAL),
    q("The Stormhawks have been part of this community⋯to be here for three more,", "Kamloops Stormhawks", ORG,
      "the statement", "said"),
    q("We look forward to making our case to voters.", "Kamloops Stormhawks", ORG, "the statement", "said"),
    q("informal conversations", "a source with the team", ANON, "A source with the team", "told", PARTIAL),
    q("Nobody is packing boxes,", "a source with the team", ANON, "the source", "said"),
    q("But the league doesn't wait forever.", "a source with the team", ANON, "the source", "said"),
    q("It's the one room in this town⋯cheering for the same thing,", "Marjorie Quist", PER,
      "one woman in a Stormhawks jersey", "said"),
    q("twice if they let me.", "Marjorie Quist", PER, "Marjorie Quist", "said", PARTIAL),
    q("I want a new rink. I just don't want it at this price, with this deal,", "Brent Quist", PER, "Brent Quist",
      "said"),
    q("We've argued about it at every Sunday dinner since Christmas.", "Brent Quist", PER, "Brent Quist", "said"),
    q("He'll come around,", "Marjorie Quist", PER, "she", "said"),
    q("Mostly they move spending around.⋯a restaurant on Friday,", "Ravi Menon", PER, "he", "said"),
    q("If the team leaves, a lot of that entertainment money just drives to Kelowna,", "Ravi Menon", PER, "Menon",
      "said"),
    q("a matter for the City of Kamloops and its residents.", "Ministry of Municipal Affairs", ORG,
      "The provincial Ministry of Municipal Affairs", "said", PARTIAL),
    q("If they win, fine. They'll have earned it,", "Carla Vecchio", PER, "she", "said"),
    q("That's all we ever wanted.", "Carla Vecchio", PER, "she", "said"),
])

# A Global News national health story in curly marks on a shortage of an ADHD medication: a "WATCH:" video caption
# whose "Health Canada says supply should ‘…’" repeats the department's body partial, a byline block with "Posted" and
# "Updated" lines, a mother who "told Global News" split (a nested ‘maybe next week.’ in her quote), Health Canada's
# partial and then "the department said in a statement", the maker's spokesperson ("said the company had “…”", then
# "Whitford wrote"), a pharmacist after an inverted "said X, who owns ..." split and then "he said" after "Dhaliwal
# said ...", a pharmacists' association "calling the current rules “…”", a child psychiatrist after "said Dr. X" split
# and "she said" after "She said ...", an adult patient named by first name only ("said Evan, a 34-year-old ...")
# split, an anonymous provincial official "who spoke on condition they not be named" (a partial), a Conservative critic
# who "accused the government of being “…”" then "Kovacs said", the health minister named only in an indirect sentence
# before "she told reporters" and "she said in French", "the minister said “every option” ...", and the mother's "she
# said" split at the end.

doc("ca-global-19", "canadian-news", [
    q("stabilize by early summer.", "Health Canada", ORG, "Health Canada", "says", PARTIAL),
    q("Most of them say ‘maybe next week.’ Some of them just laugh,", "Danielle Fortier", PER, "Fortier", "told"),
    q("I’ve started driving to Truro.", "Danielle Fortier", PER, "Fortier", "told"),
    q("stabilize by early summer", "Health Canada", ORG, "Health Canada", "said", PARTIAL, nth=1),
    q("We understand the stress this shortage is causing⋯to reduce its impact,", "Health Canada", ORG,
      "the department", "said"),
    q("voluntarily paused", "Tanya Whitford", PER, "Corvel spokesperson Tanya Whitford", "said", PARTIAL),
    q("Patient safety is our first priority.⋯it meets every standard,", "Tanya Whitford", PER, "Whitford", "wrote"),
    q("Every morning it’s the same thing. We check the wholesaler at eight, and it says zero,", "Amrit Dhaliwal", PER,
      "Amrit Dhaliwal", "said"),
    q("Then we start phoning doctors.", "Amrit Dhaliwal", PER, "Amrit Dhaliwal", "said"),
    q("You’re asking a physician to rewrite a prescription⋯on a Friday afternoon,", "Amrit Dhaliwal", PER, "he",
      "said"),
    q("a paperwork wall between patients and their medication.", "Canadian Community Pharmacy Association", ORG,
      "The Canadian Community Pharmacy Association", "calling", PARTIAL),
    q("Some kids do fine on a different drug. Some kids don’t sleep for a week, or stop eating lunch,",
      "Funmilayo Adeyemi", PER, "Dr. Funmilayo Adeyemi", "said"),
    q("Parents are being pushed into a medication trial they didn’t choose.", "Funmilayo Adeyemi", PER,
      "Dr. Funmilayo Adeyemi", "said"),
    q("The kids who get hit hardest⋯looking for pills,", "Funmilayo Adeyemi", PER, "she", "said"),
    q("I rationed it. Workdays only, nothing on weekends,", "Evan", PER, "Evan", "said"),
    q("By Thursday I’m useless.", "Evan", PER, "Evan", "said"),
    q("a straight answer on timelines", "a senior official in one provincial health ministry", ANON,
      "A senior official in one provincial health ministry", "said", PARTIAL),
    q("asleep at the switch,", "Ryan Kovacs", PER, "Conservative health critic Ryan Kovacs", "accused", PARTIAL),
    q("Three months. Parents have been doing the government’s job for three months,", "Ryan Kovacs", PER, "Kovacs",
      "said"),
    q("I understand how frightening this is for parents. I would be frightened too,", "Claire Beaudoin-Marsh", PER,
      "she", "told"),
    q("We will not cut corners on the safety of a medication that children take every day,", "Claire Beaudoin-Marsh",
      PER, "she", "said"),
    q("every option", "Claire Beaudoin-Marsh", PER, "the minister", "said", PARTIAL),
    q("He asked me if he was in trouble, because his teacher keeps sending notes home,", "Danielle Fortier", PER,
      "she", "said"),
    q("How do you explain a supply chain to a nine-year-old?", "Danielle Fortier", PER, "she", "said"),
])

# A HuffPost Canada labour story in curly marks on after-hours messages at a bank's call centres under the federal
# right-to-disconnect rules: a title-case headline with a policy's name in single marks and a deck without quotes, a
# byline block with the reporter's beat and a timestamp, a worker who "told HuffPost Canada" split (a nested ‘No
# pressure!’), "She says it has changed nothing." then "she said" split, the law's wording in marks, a scare-quoted
# "huddles.", two anonymous men in a row (a collections agent "who asked not to be named", then "the agent said" split;
# a former team manager "on condition of anonymity", then "he said" split), the bank's emailed statement (two partials
# after "Northshore Bank said", then "the statement said"), a union president after an inverted "said X, the union's
# national president" split and then "he said" after "Achterberg said ...", a lawyer's "called the rule “…”" then
# "she said" split, the minister's named spokesperson ("said in an email that ... “…”", then "Beaulieu wrote"), an NDP
# critic's partial, and the worker's "she said" at the end with a nested quote of her daughter.

doc("ca-huffpost-19", "canadian-news", [
    q("It’s always phrased as a question. ‘No pressure!’ with an exclamation mark,", "Marisol Guerrero-Pike", PER,
      "Guerrero-Pike", "told"),
    q("But everybody knows who says no and who says yes⋯the good schedule.", "Marisol Guerrero-Pike", PER,
      "Guerrero-Pike", "told"),
    q("The policy says we don’t have to answer. It doesn’t say they can’t ask,", "Marisol Guerrero-Pike", PER, "she",
      "said"),
    q("So they ask. Every night.", "Marisol Guerrero-Pike", PER, "she", "said"),
    q("I don’t feel like I can mute it,", "a collections agent", ANON, "the agent", "said"),
    q("When you’re on probation, the policy is whatever your supervisor thinks it is.", "a collections agent", ANON,
      "the agent", "said"),
    q("If a shift goes unfilled, that’s on your scorecard, not on the person who didn’t answer,",
      "a former team manager", ANON, "he", "said"),
    q("So you keep texting until somebody says yes.", "a former team manager", ANON, "he", "said"),
    q("fully complies", "Northshore Bank", ORG, "Northshore Bank", "said", PARTIAL),
    q("are never required to respond to messages outside their scheduled hours.", "Northshore Bank", ORG,
      "Northshore Bank", "said", PARTIAL),
    q("Managers are encouraged to use our scheduling tools⋯reinforcing that guidance,", "Northshore Bank", ORG,
      "the statement", "said"),
    q("The law requires a policy. It doesn’t require the policy to mean anything,", "Devon Achterberg", PER,
      "Devon Achterberg", "said"),
    q("There’s no minimum standard, no penalty, and nobody checking.", "Devon Achterberg", PER, "Devon Achterberg",
      "said"),
    q("We filed in August. It’s March,", "Devon Achterberg", PER, "he", "said"),
    q("a good first draft that nobody bothered to finish.", "Rebecca Stoltz", PER, "Rebecca Stoltz", "called",
      PARTIAL),
    q("Ontario did the same thing for provincially regulated workplaces⋯policies in binders,", "Rebecca Stoltz", PER,
      "she", "said"),
    q("What changes behaviour is a rule with a number in it and a fine attached.", "Rebecca Stoltz", PER, "she",
      "said"),
    q("monitoring implementation closely", "Élodie Beaulieu", PER, "Élodie Beaulieu", "said", PARTIAL),
    q("Workers who believe their employer⋯every complaint is reviewed,", "Élodie Beaulieu", PER, "Beaulieu",
      "wrote"),
    q("wrote a press release and called it a law.", "Janelle Mackie", PER, "NDP labour critic Janelle Mackie", "said",
      PARTIAL),
    q("My daughter noticed before I did. She said, ‘Mom, you’re smiling at dinner,’", "Marisol Guerrero-Pike", PER,
      "she", "said"),
    q("That’s how bad it got. My kid noticed I was smiling.", "Marisol Guerrero-Pike", PER, "she", "said"),
], not_quotes=["Right To Disconnect", "huddles."], ignore=["disconnecting from work"])

# A Toronto Star Queen's Park story in curly marks on the province taking over a school board: a quote-first headline
# whose trustee is named only in the body (his words open a longer body quote), a deck "Education Minister X says the
# board ‘…’" repeating the body's partial, a bureau byline and a dated line, the minister "told reporters" split, the
# board chair who "said ... and called it “…”" then "she said", a trustee introduced in a paragraph without a quote
# ("was blunter.") and then "he said" three times, the NDP leader who "accused the government of “…”" then "Boychuk
# said" split, the minister in question period ("Kostas said, as opposition MPPs heckled" split), an unnamed heckler
# ("someone shouted"), a Liberal critic who "said in French that ... “…”" then "he said", a teachers' federation's
# statement ("said ... it was “…” and warned that ... “…”"), a parent after an inverted "said X, whose 10-year-old ..."
# and then "she said" (her trustee's reply reported in her quote), a senior government source who "told the Star",
# the minister's "she said" after "Kostas would not name any boards.", the premier's partial, and the chair's "she
# said" split at the end.

doc("ca-star-19", "canadian-news", [
    q("They fired the people parents voted for", "Kwame Asante-Boateng", PER, None, None, nth=0),
    q("has run out of road.", "Nadia Kostas", PER, "Education Minister Nadia Kostas", "says", PARTIAL, nth=0),
    q("has run out of road.", "Nadia Kostas", PER, "Education Minister Nadia Kostas", "saying", PARTIAL, nth=1),
    q("I don’t take this step lightly. No minister does,", "Nadia Kostas", PER, "Kostas", "told"),
    q("But I have an obligation to the 78,000 students⋯didn’t add up.", "Nadia Kostas", PER, "Kostas", "told"),
    q("a firing by video call.", "Lisa Mancuso-Hart", PER, "Board chair Lisa Mancuso-Hart", "called", PARTIAL),
    q("We sent the ministry a three-year recovery plan in January.⋯We got a supervisor,", "Lisa Mancuso-Hart", PER,
      "she", "said"),
    q("They fired the people parents voted for, and they did it over a spreadsheet,", "Kwame Asante-Boateng", PER,
      "he", "said"),
    q("Nobody from the ministry has ever set foot⋯look the way they do.", "Kwame Asante-Boateng", PER, "he",
      "said"),
    q("We have kids learning in portables that were supposed to be temporary in 2011,", "Kwame Asante-Boateng", PER,
      "he", "said"),
    q("taking over boards it starved", "Tamara Boychuk", PER, "NDP Leader Tamara Boychuk", "accused", PARTIAL),
    q("This government underfunds a board⋯blames the trustees for the deficit,", "Tamara Boychuk", PER, "Boychuk",
      "said"),
    q("It’s like cutting someone’s brake lines and then charging them with careless driving.", "Tamara Boychuk",
      PER, "Boychuk", "said"),
    q("The member opposite can do the arithmetic as well as I can,", "Nadia Kostas", PER, "Kostas", "said"),
    q("This board got more money, and it spent more money than it got.", "Nadia Kostas", PER, "Kostas", "said"),
    q("Then fund it properly!", None, UNK, None, "shouted"),
    q("a chilling message", "Jean-Paul Lavigne", PER, "Liberal education critic Jean-Paul Lavigne", "said",
      PARTIAL),
    q("Today it’s Oak Ridges. Tomorrow it could be any board that dares to say the money isn’t there,",
      "Jean-Paul Lavigne", PER, "he", "said"),
    q("deeply alarmed", "Ontario Elementary Educators’ Federation", ORG,
      "The Ontario Elementary Educators’ Federation", "said", PARTIAL),
    q("answerable only to the minister", "Ontario Elementary Educators’ Federation", ORG,
      "The Ontario Elementary Educators’ Federation", "warned", PARTIAL),
    q("My son has an IEP and an educational assistant⋯who I talk to now,", "Melanie Strachan", PER,
      "Melanie Strachan", "said"),
    q("He said he doesn’t know either,", "Melanie Strachan", PER, "she", "said"),
    q("on a watch list", "a senior government source", ANON, "A senior government source", "told", PARTIAL),
    q("I’m not going to speculate. Every board knows where it stands,", "Nadia Kostas", PER, "she", "said"),
    q("had their chance.", "Rob Halloran", PER, "Halloran", "said", PARTIAL),
    q("We’ll still go to the graduations. We’ll still answer the emails,", "Lisa Mancuso-Hart", PER, "she", "said"),
    q("We just won’t be allowed to vote on anything.", "Lisa Mancuso-Hart", PER, "she", "said"),
])

# A Canadian Press Supreme Court of Canada story in curly marks on a 5-4 ruling that police need a warrant to use DNA
# genealogy sites: a byline and a "The Canadian Press" line, an Ottawa dateline, the majority's author ("Writing for
# the majority, Justice X said ... “…”", then "Vachon wrote" split), the dissent ("In dissent, Justice Y said ... had
# created “…”", then "Kowalchuk wrote" split), the majority's "she wrote" after an indirect "Vachon wrote that ...", the
# victim's sister and father sharing her surname (the sister "said in French" split, the father's partial), the
# accused's lawyer ("called the decision “…”", then "told The Canadian Press" split), a provincial prosecution
# service's named spokesperson "in an email", the federal justice minister who "told reporters on Parliament Hill"
# split, the RCMP's statement (two partials), an anonymous senior officer "who spoke on condition of anonymity because
# they were not authorized", the privacy commissioner's statement, a law professor by "he said" split, the CP
# sign-off.

doc("ca-cp-19", "canadian-news", [
    q("not only who we are, but who our relatives are.", "Marie-Claude Vachon", PER, "Justice Marie-Claude Vachon",
      "said", PARTIAL),
    q("A person who sends a saliva sample⋯an informant against her cousins,", "Marie-Claude Vachon", PER, "Vachon",
      "wrote"),
    q("The state cannot treat that choice as an open door.", "Marie-Claude Vachon", PER, "Vachon", "wrote"),
    q("a new and unworkable barrier", "Peter Kowalchuk", PER, "Justice Peter Kowalchuk", "said", PARTIAL),
    q("What police obtained was a list of names⋯with strangers,", "Peter Kowalchuk", PER, "Kowalchuk", "wrote"),
    q("It revealed nothing about the accused that his own relatives had not already made public.", "Peter Kowalchuk",
      PER, "Kowalchuk", "wrote"),
    q("A warrant is not a wall. It is a door with a judge standing beside it,", "Marie-Claude Vachon", PER, "she",
      "wrote"),
    q("Seventeen years. We have done this for 17 years, and now we do it again,", "Nathalie Gravel", PER, "she",
      "said"),
    q("They say it’s about privacy. What about Émilie’s privacy? Nobody asked her.", "Nathalie Gravel", PER, "she",
      "said"),
    q("if I’m still here.", "Jacques Gravel", PER, "Jacques Gravel", "said", PARTIAL),
    q("a landmark for privacy in this country.", "Chantal Ribeiro", PER, "Chantal Ribeiro", "called", PARTIAL),
    q("This ruling is not about my client.⋯find out if they’re Irish,", "Chantal Ribeiro", PER, "Ribeiro", "told"),
    q("Their DNA is not a police database, and now the Supreme Court has said so.", "Chantal Ribeiro", PER,
      "Ribeiro", "told"),
    q("will take the time necessary", "Audrey Fréchette", PER, "Audrey Fréchette", "said", PARTIAL),
    q("Investigative genetic genealogy has helped solve cases⋯raises real questions,", "Arif Chaudhry", PER,
      "Chaudhry", "told"),
    q("Parliament may have a role to play in answering them.", "Arif Chaudhry", PER, "Chaudhry", "told"),
    q("fewer than 20", "RCMP", ORG, "The RCMP", "said", PARTIAL),
    q("adjust its practices", "RCMP", ORG, "The RCMP", "said", PARTIAL),
    q("rethought from the ground up.", "a senior officer with a large municipal police force", ANON,
      "A senior officer with a large municipal police force", "said", PARTIAL),
    q("confirms what this office has argued for years,", "Miriam Oduya", PER, "Privacy Commissioner Miriam Oduya",
      "said", PARTIAL),
    q("When the court divides this closely, it’s telling Parliament to step in,", "Kevin Shapiro-Lam", PER, "he",
      "said"),
    q("Five judges said one thing, four said another⋯on Monday morning.", "Kevin Shapiro-Lam", PER, "he", "said"),
])

# An AP statehouse story in straight marks on a governor signing a bill that ends a film tax credit: an AP byline and
# "BATON ROUGE, La. (AP) —", "The Republican governor ..., calling the credit "…"" then "X said" split, a fiscal
# office's report ("estimated in a 2024 report that ... "…""), the sponsor ("state Rep. X, a Republican from Y, has
# said" without a quote, then "Fontenot said during floor debate" split), a Democratic senator's partial then
# "Marchand said" split, a married couple sharing a surname introduced together ("Denise and Roland X, a set decorator
# and a grip ...") and then each by full name ("Her husband said ..." before "Roland X said"), a studio's statement
# ("the statement said"), an industry group's news release, "One of those Republicans, Rep. X of Kenner," then "he
# said", a senior aide to the governor on condition of anonymity whose quote reports the governor's words, the
# governor's partial then "he said", an economist after an inverted "said X, ... who testified on the bill" split,
# the wife's partial at the end ("After that, she said, "…""), the contributor line.

doc("us-ap-19", "us-politics", [
    q("a check the taxpayers of Louisiana can no longer afford to write.", "Clay Prejean", PER,
      "The Republican governor", "calling", PARTIAL),
    q("For every dollar we gave away, we got back about 23 cents,", "Clay Prejean", PER, "Prejean", "said"),
    q("I'm not a Hollywood accountant, but I know a bad deal when I see one.", "Clay Prejean", PER, "Prejean",
      "said"),
    q("roughly 23 cents in state and local tax revenue for every dollar of credits.", "Legislative Fiscal Office",
      ORG, "The Legislative Fiscal Office", "estimated", PARTIAL),
    q("People in my district don't care who's starring in the next superhero movie,", "Darren Fontenot", PER,
      "Fontenot", "said"),
    q("They care about the potholes on Johnston Street.", "Darren Fontenot", PER, "Fontenot", "said"),
    q("walking away from 15,000 jobs.", "Yolanda Marchand", PER, "State Sen. Yolanda Marchand", "said", PARTIAL),
    q("These aren't movie stars.⋯because the work was here,", "Yolanda Marchand", PER, "Marchand", "said"),
    q("Where do you think they're going to go? Atlanta. They'll be in Atlanta by Christmas.", "Yolanda Marchand",
      PER, "Marchand", "said"),
    q("We've been here through every hurricane. We're not leaving because of a storm,", "Denise Sonnier", PER,
      "Denise Sonnier", "said"),
    q("We might have to leave because of this.", "Denise Sonnier", PER, "Denise Sonnier", "said"),
    q("I told them no because of the kids' school. I don't know that I can say no again,", "Roland Sonnier", PER,
      "Roland Sonnier", "said"),
    q("We made a long-term investment in Louisiana based on a long-term commitment from Louisiana,",
      "Crescent Bay Studios", ORG, "the statement", "said"),
    q("already begun scouting other states.", "Louisiana Production Alliance", ORG,
      "The Louisiana Production Alliance", "said", PARTIAL),
    q("nothing against fixing roads.", "Andrew Pellerin", PER, "Rep. Andrew Pellerin", "said", PARTIAL),
    q("But you don't fix roads by shutting down an industry⋯the hotel rooms,", "Andrew Pellerin", PER, "he",
      "said"),
    q("He told them what he told everybody: the numbers don't work,", "a senior aide to the governor", ANON,
      "the aide", "said"),
    q("talked to a lot of people.", "Clay Prejean", PER, "Prejean", "said", PARTIAL),
    q("I listened. I just didn't agree,", "Clay Prejean", PER, "he", "said"),
    q("The research is pretty consistent: these programs don't come close,", "Lucinda Ware", PER, "Lucinda Ware",
      "said"),
    q("The harder question is what happens to the workers⋯hasn't really answered that.", "Lucinda Ware", PER,
      "Lucinda Ware", "said"),
    q("we'll see who's hiring.", "Denise Sonnier", PER, "she", "said", PARTIAL),
])

# A Politico White House policy story in curly marks on a draft executive order restricting TV drug ads: a headline
# and a deck without quotes, a byline in capitals and a timestamp, "according to two administration officials and a
# third person familiar" without a quote, the draft order's own words ("the draft says"), "One of them cautioned that
# the timing “…”" then "the official said" split (a nested ‘may cause.’), the president's rally partial ("he told
# supporters that ... “…”"), a White House spokesperson ("said the president was “…”", then "Dunmore said in a
# statement" split), an industry group's partial then its president after an inverted "said X, the group's president",
# a broadcasters' group that "warned in a statement", an anonymous lobbyist ("called the plan “…”", then "the lobbyist
# said"), `Sen. X (D-Ill.), who has ..., said she was “…”` then "Holloway said" split, `Sen. Y (R-Kan.)` introduced
# without a quote and then "Keel told POLITICO" split, a First Amendment lawyer after an inverted "said X" and then "she
# said", "according to the third person familiar with the plans. That person described ... as “…”", and the HHS
# secretary ("said she would not get ahead of the president" without a quote, then "Whitfield said" split).

doc("us-politico-19", "us-politics", [
    q("Direct-to-consumer advertising of prescription drugs⋯Americans do not need,", "White House", ORG,
      "the draft", "says"),
    q("could slip", "an administration official", ANON, "One of them", "cautioned", PARTIAL),
    q("The president hates these ads. He brings them up at least once a week,", "an administration official", ANON,
      "the official", "said"),
    q("He’ll be watching a game and some guy is on a sailboat, and then it’s 45 seconds of ‘may cause.’",
      "an administration official", ANON, "the official", "said"),
    q("spend more on commercials than they do on cures,", "Warren Merritt", PER, "he", "told", PARTIAL),
    q("looking at every tool", "Kayla Dunmore", PER, "White House spokesperson Kayla Dunmore", "said", PARTIAL),
    q("Americans are tired of being sold pills the way they’re sold pickup trucks,", "Kayla Dunmore", PER, "Dunmore",
      "said"),
    q("The president is going to do something about it.", "Kayla Dunmore", PER, "Dunmore", "said"),
    q("help patients recognize symptoms and start conversations with their doctors.",
      "Pharmaceutical Innovators Council", ORG, "the Pharmaceutical Innovators Council", "said", PARTIAL),
    q("Any attempt to restrict truthful, FDA-regulated information would raise serious constitutional questions,",
      "Stephen Alcott", PER, "Stephen Alcott", "said"),
    q("put newsrooms out of business in small markets.", "Broadcast Media Alliance", ORG,
      "The Broadcast Media Alliance", "warned", PARTIAL),
    q("a tax on local news.", "a lobbyist for a major broadcast company", ANON,
      "A lobbyist for a major broadcast company", "called", PARTIAL),
    q("Those ads pay for the six o’clock news in a lot of markets. Take them away and stations close,",
      "a lobbyist for a major broadcast company", ANON, "the lobbyist", "said"),
    q("glad the White House is finally paying attention.", "Patricia Holloway", PER, "Sen. Patricia Holloway",
      "said", PARTIAL),
    q("But an executive order can be undone by the next president, or by the next judge,", "Patricia Holloway", PER,
      "Holloway", "said"),
    q("If they’re serious, they should help us pass a law.", "Patricia Holloway", PER, "Holloway", "said"),
    q("I’ve been saying this since I got here, and people looked at me like I had two heads,", "Roger Keel", PER,
      "Keel", "told"),
    q("Now the president’s saying it.", "Roger Keel", PER, "Keel", "told"),
    q("The government can require disclosures.⋯too expensive to say,", "Dana Rubenfeld", PER, "Dana Rubenfeld",
      "said"),
    q("I’d expect a lawsuit the morning after it’s signed. Maybe the afternoon of,", "Dana Rubenfeld", PER, "she",
      "said"),
    q("lively, but not close.", "a person familiar with the plans", ANON, "That person", "described", PARTIAL),
    q("What I’ll say is that the president has asked a very simple question⋯allow these ads at all,",
      "Lorraine Whitfield", PER, "Whitfield", "said"),
    q("That’s a fair question.", "Lorraine Whitfield", PER, "Whitfield", "said"),
])

# A CNN Congress investigation story in curly marks on a Senate committee's report on an assisted-living chain: a
# byline of three reporters and an "Updated" line, "according to a Senate investigation" in the lead, the committee's
# report ("the report says", twice, once split), the chair after a long inverted apposition ("Sen. X, the Maine
# Republican who chairs the committee, said at a hearing"), internal emails quoted in the report (an unnamed regional
# operations director who "wrote to a corporate vice president that ... “…”" then "the director wrote"; "The vice
# president’s reply ... read in full: “…”"), the CEO who "told senators" split, a 2023 email "in which the CEO told
# board members that ... “…”", a hearing exchange ("Arredondo said", "Hollis replied", "Arredondo said"), the company's
# anonymous spokesperson (a partial, then "the statement said"), a resident's daughter sharing her mother's surname
# ("Castillo said") and a quote paragraph that follows on, an anonymous former night aide ("she said"), a joint
# statement of the chair and the ranking member, an industry group's partial, "Arredondo was less measured ..." then
# "he told CNN", and the chair's "she said" at the end.

doc("us-cnn-19", "us-politics", [
    q("Brightwater’s leadership was repeatedly told that overnight staffing levels were unsafe,",
      "Senate Special Committee on Aging", ORG, "the report", "says"),
    q("It chose not to act.", "Senate Special Committee on Aging", ORG, "the report", "says"),
    q("When a 90-year-old with dementia gets out of bed at 3 a.m.⋯on the other side of it,", "Margaret Oyelowo", PER,
      "Sen. Margaret Oyelowo", "said"),
    q("drowning.", "a regional operations director", ANON, "a regional operations director", "wrote", PARTIAL),
    q("We had two falls and a resident found outside⋯a second overnight aide,", "a regional operations director",
      ANON, "the director", "wrote"),
    q("Not in this quarter’s budget.", "a corporate vice president", ANON, "The vice president", "read"),
    q("In at least 14 instances reviewed by committee staff⋯the morning shift began,",
      "Senate Special Committee on Aging", ORG, "the report", "says"),
    q("I’m not going to defend that response. It was wrong,", "Grant Hollis", PER, "Hollis", "told"),
    q("But I’d ask the committee to look at where we are today, not just where we were two years ago.",
      "Grant Hollis", PER, "Hollis", "told"),
    q("the single biggest lever we have", "Grant Hollis", PER, "the CEO", "told", PARTIAL),
    q("You called the night shift a lever. These are people’s mothers,", "Luis Arredondo", PER, "Arredondo", "said"),
    q("I understand that, senator,", "Grant Hollis", PER, "Hollis", "replied"),
    q("Do you? Because your bonus went up the same year the night shift went down,", "Luis Arredondo", PER,
      "Arredondo", "said"),
    q("cherry-picks a handful of emails from a difficult period for the entire industry",
      "a Brightwater spokesperson", ANON, "a Brightwater spokesperson", "said", PARTIAL),
    q("Brightwater cares for 11,000 seniors every day, and we are proud of the staff who do that work,",
      "a Brightwater spokesperson", ANON, "the statement", "said"),
    q("The night aide told me she had 61 residents⋯the one I was angry at,", "Renee Castillo", PER, "Castillo",
      "said"),
    q("I was angry at whoever decided one person was enough.", "Renee Castillo", PER, None, None),
    q("You pick who you check on. That’s what it comes down to. You pick,", "a former night aide", ANON, "she",
      "said"),
    q("a wake-up call for every state regulator,", "Margaret Oyelowo and Luis Arredondo", PER,
      "Oyelowo and Arredondo", "said", PARTIAL, speakers=["Margaret Oyelowo", "Luis Arredondo"]),
    q("force closures in rural communities.", "National Center for Senior Housing", ORG,
      "The National Center for Senior Housing", "said", PARTIAL),
    q("I’ve sat through a lot of these hearings. I’ve never seen a CEO with less to say,", "Luis Arredondo", PER,
      "he", "told"),
    q("If he doesn’t come voluntarily, we have other options,", "Margaret Oyelowo", PER, "she", "said"),
])


# A CBC News Saskatchewan story in straight marks on a First Nation taking over child welfare under the federal law
# while the province stalls on funding: a deck whose "Chief says province 'wants the credit without the cheque'"
# repeats the chief's body quote, a "·" byline line with "Last Updated", the chief who "told a crowd" split and then
# "he said", the provincial ministry's statement (two partials after "said in a statement that it", then "the
# statement said" split), the minister who "was not made available" then "described ... as" and "Ostrander told
# reporters", a mother and her own mother sharing a surname (Corinne Sutherland split; "Her mother, Agnes Sutherland,
# ..., said she has been waiting ... “…”" then "the elder said" split), the new agency's director's "he said" after two
# indirect sentences, Indigenous Services Canada's partial and then a minister's unnamed spokesperson who "wrote in an
# email to CBC News" split, an NDP critic's "called ... “…”" then "she said", an anonymous provincial official "who was
# not authorized to speak publicly" ("the official said"), an academic by surname split, and the chief's "he said"
# split at the end after "Bird held up a copy of the nation's law".

doc("ca-cbc-21", "canadian-news", [
    q("wants the credit without the cheque", "Harlan Bird", PER, "Chief", "says", PARTIAL),
    q("Today our children stop being a file number in Regina,", "Harlan Bird", PER, "Chief Harlan Bird", "told"),
    q("They come home to their own law.", "Harlan Bird", PER, "Chief Harlan Bird", "told"),
    q("They want the credit without the cheque,", "Harlan Bird", PER, "he", "said"),
    q("respects the inherent right of First Nations to care for their children", "Ministry of Social Services", ORG,
      "Saskatchewan's Ministry of Social Services", "said", PARTIAL),
    q("active and ongoing.", "Ministry of Social Services", ORG, "Saskatchewan's Ministry of Social Services", "said",
      PARTIAL),
    q("The province has been at the table since day one and will continue to be,", "Ministry of Social Services", ORG,
      "the statement", "said"),
    q("We want a transition that keeps every child safe, and that takes careful work.", "Ministry of Social Services",
      ORG, "the statement", "said"),
    q("a good idea that Ottawa handed to the provinces without a price tag.", "Gail Ostrander", PER, "she",
      "described", PARTIAL),
    q("We are not going to sign a blank cheque on behalf of Saskatchewan taxpayers,", "Gail Ostrander", PER,
      "Ostrander", "told"),
    q("I saw them once a month, in an office, with a worker writing down everything I said,", "Corinne Sutherland",
      PER, "Sutherland", "said"),
    q("My youngest forgot how to say my name in Cree.", "Corinne Sutherland", PER, "Sutherland", "said"),
    q("since before Corinne was born.", "Agnes Sutherland", PER, "Agnes Sutherland", "said", PARTIAL),
    q("The government took my brothers to residential school. Then they took my grandchildren to Moose Jaw,",
      "Agnes Sutherland", PER, "the elder", "said"),
    q("Now we're saying no more. We'll look after our own.", "Agnes Sutherland", PER, "the elder", "said"),
    q("After that we're in trouble, unless somebody signs,", "Dwayne Kaskamin", PER, "he", "said"),
    q("We'll keep the lights on. But I didn't get into this work to run a gas bar.", "Dwayne Kaskamin", PER, "he",
      "said"),
    q("ready to finalize a trilateral agreement as soon as all parties are.", "Indigenous Services Canada", ORG,
      "Indigenous Services Canada", "said", PARTIAL),
    q("The federal government is at the table,", "a spokesperson", ANON,
      "a spokesperson for Indigenous Services Minister Thomas Lacroix", "wrote"),
    q("We encourage the province to join us.", "a spokesperson", ANON,
      "a spokesperson for Indigenous Services Minister Thomas Lacroix", "wrote"),
    q("a stall dressed up as caution.", "Ruth Ahenakew", PER, "NDP social services critic Ruth Ahenakew", "called",
      PARTIAL),
    q("Every month they stall, it's Wapiti Crossing's gravel pit⋯legally responsible for,", "Ruth Ahenakew", PER,
      "she", "said"),
    q("Nobody at the table is arguing about whether. We're arguing about how much,",
      "an official in the Ministry of Social Services", ANON, "the official", "said"),
    q("The law gave nations jurisdiction. It didn't give them a guarantee that anyone would pay,", "Brenda Whitecalf",
      PER, "Whitecalf", "said"),
    q("So what you get is communities running child welfare on hope and bingo money while governments trade letters.",
      "Brenda Whitecalf", PER, "Whitecalf", "said"),
    q("This is ours,", "Harlan Bird", PER, "he", "said"),
    q("Nobody in Regina gets to vote on it.", "Harlan Bird", PER, "he", "said"),
])

# A CTV News Ottawa crime story in straight marks on an auto-theft ring: a byline block with "Published:" and "Updated:"
# lines, a police inspector after an inverted "said Insp. X, who heads ..." and then "he said" split, a Gatineau chief
# who "said in French", a contractor who "told CTV News Ottawa" split and his son sharing his surname ("His son, X, who
# works with him, said ..." then "Kyle Tremblay said"), "The elder Tremblay" then "he said" in the same paragraph, a
# victim first quoted as "a Kanata woman whose SUV was taken" and named in the next paragraph without a quote ("Lorna
# Pitre, a retired nurse, drove to ...") before "Pitre said", a police board chair's "called the arrests “…”" then "he
# said" after an indirect sentence, an insurers' council that "called on automakers to do “…”" and its vice-president
# "said in the statement", a carmaker's unnamed spokesperson ("the spokesperson said in an email"), a defence lawyer's
# partial then "Haddad said", an anonymous source who "told CTV News Ottawa" ("the source said"), and the inspector's
# "he said, drawing laughs" split at the end.

doc("ca-ctv-21", "canadian-news", [
    q("These were not kids joyriding. This was a business, with a supply chain, shipping schedules and a payroll,",
      "Marc-André Lepage", PER, "Insp. Marc-André Lepage", "said"),
    q("Some of them were in a container within six hours of leaving the owner's driveway,", "Marc-André Lepage", PER,
      "he", "said"),
    q("By the time people were filing a report, their truck was sitting on a rail car.", "Marc-André Lepage", PER,
      "he", "said"),
    q("Criminals don't stop at the bridge, and neither do we,", "Sylvie Bergeron-Lalonde", PER, "Bergeron-Lalonde",
      "said"),
    q("I went out at 6 a.m. and there was just an oil spot,", "Gord Tremblay", PER, "Tremblay", "told"),
    q("The tools were worse than the truck, honestly. The truck was insured. Thirty years of tools aren't.",
      "Gord Tremblay", PER, "Tremblay", "told"),
    q("Dad laughed at the pouch. He doesn't laugh at it anymore,", "Kyle Tremblay", PER, "Kyle Tremblay", "said"),
    q("It had a different licence plate and somebody's coffee cup in it,", "Gord Tremblay", PER, "he", "said"),
    q("They took mine, then they came back two weeks later for my neighbour's,", "Lorna Pitre", PER,
      "a Kanata woman", "said"),
    q("I don't sleep the same. I hear a car slow down and I'm at the window,", "Lorna Pitre", PER, "Pitre", "said"),
    q("a big win for a lot of very frustrated people.", "Brent Ouellette", PER, "Coun. Brent Ouellette", "called",
      PARTIAL),
    q("I'd love to tell people their rates are coming down next month. I can't,", "Brent Ouellette", PER, "he",
      "said"),
    q("far more, far faster", "Canadian Auto Insurers Council", ORG, "The Canadian Auto Insurers Council", "called",
      PARTIAL),
    q("Insurers are paying for a design problem,", "Dana Kwiatkowski", PER, "Dana Kwiatkowski", "said"),
    q("Vehicle security is a shared responsibility, and we continue to work closely with law enforcement,",
      "a spokesperson", ANON, "the spokesperson", "said"),
    q("has no criminal record and intends to fight every one of these charges.", "Rebecca Haddad", PER,
      "Defence lawyer Rebecca Haddad", "said", PARTIAL),
    q("A press conference with a table full of seized devices is not evidence,", "Rebecca Haddad", PER, "Haddad",
      "said"),
    q("They're the ones who took the money. The people charged today mostly took the risk,",
      "a source familiar with the investigation", ANON, "the source", "said"),
    q("Put it in the microwave if you have to. Just don't turn it on,", "Marc-André Lepage", PER, "he", "said"),
    q("We'd rather you look a little silly than lose your truck.", "Marc-André Lepage", PER, "he", "said"),
])

# A Global News B.C. environment story in curly marks on the first zebra mussels found in the province: a "WATCH:"
# video caption without a quote, a byline block with "Posted" and "Updated" lines, a biologist who "called" the find
# “…” in the lead and is named two paragraphs later ("That biologist, Hanna Lindgren, has spent ...") before "Lindgren
# said" split and "she said", the minister who "told reporters in Victoria" and a quote paragraph that follows on, a
# BC Conservative critic by surname split, the minister "rejected that, saying the hours were adjusted “…”", a marina
# owner and his daughter sharing a surname ("Vasko said" split; "His daughter, Mira Vasko, ..., said ..." then "she
# said"), a First Nation's chief "said in a statement" split, an Alberta department's emailed statement (a partial,
# then "the statement said"), an anonymous conservation officer "who asked not to be named" ("she said"), a slogan in
# marks, the minister's "she said" after the officer's, and the biologist's "she said" split at the end.

doc("ca-global-21", "canadian-news", [
    q("the day we’ve been dreading for 20 years.", "Hanna Lindgren", PER, "one biologist", "called", PARTIAL),
    q("This is the outcome every jurisdiction in the West⋯anything other than serious,", "Tamsin Orr-Ewing", PER,
      "Orr-Ewing", "told"),
    q("But it is one lake, and we intend to keep it one lake.", "Tamsin Orr-Ewing", PER, None, None),
    q("By the time you can see them, you’re already a year behind,", "Hanna Lindgren", PER, "Lindgren", "said"),
    q("There’s no eradicating them from a lake this size. Anybody who tells you otherwise is selling something.",
      "Hanna Lindgren", PER, "Lindgren", "said"),
    q("If they get into the Columbia, that’s the whole ballgame,", "Hanna Lindgren", PER, "she", "said"),
    q("They saved a few hundred thousand dollars, and now we’re going to spend hundreds of millions,", "Wade Friesen",
      PER, "Friesen", "said"),
    q("This was a choice.", "Wade Friesen", PER, "Friesen", "said"),
    q("to match traffic", "Tamsin Orr-Ewing", PER, "Orr-Ewing", "saying", PARTIAL),
    q("We’ve been here 41 years. My dad built that dock,", "Len Vasko", PER, "Vasko", "said"),
    q("Now it’s a crime scene.", "Len Vasko", PER, "Vasko", "said"),
    q("People are phoning to ask if the water’s safe to swim in.⋯pull your boat out of,", "Mira Vasko", PER, "she",
      "said"),
    q("Our people have fished this lake since long before there was a province to close it,", "Loretta Wilson-Alec",
      PER, "Chief Loretta Wilson-Alec", "said"),
    q("We expect to be at the table, not on the mailing list.", "Loretta Wilson-Alec", PER,
      "Chief Loretta Wilson-Alec", "said"),
    q("deeply concerning", "Alberta Environment and Protected Areas", ORG, "Alberta Environment and Protected Areas",
      "said", PARTIAL),
    q("Alberta has been free of invasive mussels⋯not going to change,", "Alberta Environment and Protected Areas", ORG,
      "the statement", "said"),
    q("You’d have trucks pulling boats past you at 11 at night and nobody there to wave them in,",
      "a conservation officer", ANON, "she", "said"),
    q("Every boat, every time, no exceptions,", "Tamsin Orr-Ewing", PER, "she", "said"),
    q("If you love these lakes, that’s what it costs now.", "Tamsin Orr-Ewing", PER, "she", "said"),
    q("I kept the first one I ever pulled on my desk, for luck,", "Hanna Lindgren", PER, "she", "said"),
    q("I guess I can put it away now.", "Hanna Lindgren", PER, "she", "said"),
], not_quotes=["clean, drain, dry"])

# A HuffPost Canada housing story in curly marks on care-fee increases at a retirement residence: a title-case
# headline with a scare-quoted term in single marks and a deck without quotes, a byline block with the reporter's beat
# and a timestamp, a resident after an inverted "said X, 86, who has lived at ..." split, a product name in marks, a
# company letter that "described the increase as necessary “…” and said ... “…”", the resident's son sharing her
# surname ("Macready’s son, Phil Macready, ..., said" then "he said", twice), the company's named spokesperson (two
# partials after "said the company’s care rates", then "Whitmore-Bose wrote" split), an anonymous personal support
# worker "who asked not to be named" ("she said" split), a residents' council president's "he said", a legal-clinic
# lawyer's "called the gap ... “…”" then "she said", the regulator's unnamed spokesperson "saying it “…”", an NDP
# critic's "she said", a minister's named spokesperson's partial, an operators' association that "warned" without a
# quote and then "the association said in a statement", and the resident's "she said" split at the end after
# "Macready says ..." (her son shares the surname).

doc("ca-huffpost-21", "canadian-news", [
    q("My rent went up 2.5 per cent, like the government said it could,", "Doreen Macready", PER, "Macready", "said"),
    q("My bill went up 14 per cent. You tell me how that works.", "Doreen Macready", PER, "Macready", "said"),
    q("to reflect the true cost of providing safe, high-quality care", "Evergreen Living Communities", ORG,
      "The letter", "described", PARTIAL),
    q("significantly.", "Evergreen Living Communities", ORG, "The letter", "said", PARTIAL),
    q("She did everything right. She saved, she sold the house, she picked a place she liked,", "Phil Macready", PER,
      "he", "said"),
    q("And now they can just keep moving the number.", "Phil Macready", PER, "he", "said"),
    q("So, $1,140 a month for two pills in the morning,", "Phil Macready", PER, "he", "said"),
    q("remain competitive with comparable residences in the region", "Claire Whitmore-Bose", PER,
      "spokesperson Claire Whitmore-Bose", "said", PARTIAL),
    q("more than the required notice.", "Claire Whitmore-Bose", PER, "spokesperson Claire Whitmore-Bose", "said",
      PARTIAL),
    q("Our wage costs for personal support workers⋯invest in our teams,", "Claire Whitmore-Bose", PER,
      "Whitmore-Bose", "wrote"),
    q("We understand that any increase is difficult for residents on fixed incomes.", "Claire Whitmore-Bose", PER,
      "Whitmore-Bose", "wrote"),
    q("I don’t know where the money’s going, but it isn’t going to us,",
      "a personal support worker at Willowbank Terrace", ANON, "she", "said"),
    q("Last year I had 11 residents on my floor. Now it’s 15.", "a personal support worker at Willowbank Terrace",
      ANON, "she", "said"),
    q("Most people here are too polite to complain. That generation doesn’t make a fuss,", "Gerald Obeng-Mensah", PER,
      "he", "said"),
    q("I was a union steward for 30 years. I make a fuss.", "Gerald Obeng-Mensah", PER, "he", "said"),
    q("a loophole big enough to drive a bus through.", "Natalie Szabo", PER, "Natalie Szabo", "called", PARTIAL),
    q("The rent guideline protects the part of the bill that’s shrinking⋯wide open,", "Natalie Szabo", PER, "she",
      "said"),
    q("does not regulate the price of care services", "a spokesperson", ANON, "A spokesperson for the authority",
      "saying", PARTIAL),
    q("Seniors shouldn’t need a lawyer and a spreadsheet⋯in their own home,", "Farah Aziz-Lamont", PER, "she", "said"),
    q("always looking at ways to protect seniors and their families,", "Hannah Gervais", PER, "Hannah Gervais", "said",
      PARTIAL),
    q("Price controls on care will mean less care, not cheaper care,", "Ontario Seniors Living Association", ORG,
      "the association", "said"),
    q("I used to look forward to those,", "Doreen Macready", PER, "she", "said"),
    q("Now I look at the folder.", "Doreen Macready", PER, "she", "said"),
], not_quotes=["Care Fees.", "assisted living package"])

# A Toronto Star sports story in curly marks on youth soccer referees quitting over abuse: a quote-first headline
# whose teenage referee is named only in the body (her words sit inside a longer body quote), a deck "Provincial body
# says abuse of officials has reached ‘…’" repeating the body's partial, a byline with the reporter's beat and a dated
# line, the referee after an inverted "said X, now 16." split, her father sharing her surname ("told the Star" split)
# and the daughter then called by her first name, the association's report ("called ... “…”" and "warned that ... “…”"),
# its director after an inverted "said X, the association’s executive director." split, a club president's label in
# marks ("volunteers she calls “…”") and "Petrakis said" split, a father "who would give only his first name, Vince"
# after an inverted "said one father ..." (a nested ‘offside’), an assignor's "he said" split, an anonymous referee
# ("she said", a coach's words nested), an academic's "described ... as “…”" then "she said", the sport minister's
# statement (a partial, then "the minister said"), the director's one-word partial after "called the money", and the
# referee's "she said" split at the end.

doc("ca-star-21", "canadian-news", [
    q("I got followed to my car", "Ava Kowalczyk", PER, None, None, nth=0),
    q("a breaking point.", "Ontario Youth Soccer Association", ORG, "Provincial body", "says", PARTIAL, nth=0),
    q("He was yelling the whole second half, which, fine, you get used to that,", "Ava Kowalczyk", PER, "Kowalczyk",
      "said"),
    q("But after the whistle I got followed to my car.⋯in the driver’s seat.", "Ava Kowalczyk", PER, "Kowalczyk",
      "said"),
    q("I didn’t say a word to him. I didn’t have to,", "Tomasz Kowalczyk", PER, "Tomasz Kowalczyk", "told"),
    q("But what if I wasn’t there? She’s a kid.", "Tomasz Kowalczyk", PER, "Tomasz Kowalczyk", "told"),
    q("the single biggest reason", "Ontario Youth Soccer Association", ORG, "the association", "called", PARTIAL),
    q("a breaking point.", "Ontario Youth Soccer Association", ORG, "the association", "warned", PARTIAL, nth=1),
    q("We are training them as fast as we can, and we are losing them faster,", "Derek Mensah", PER, "Derek Mensah",
      "said"),
    q("You can’t run 9,000 games a weekend without referees. This season, in some places, we won’t.", "Derek Mensah",
      PER, "Derek Mensah", "said"),
    q("It sounds ridiculous, and it is ridiculous, that we need bodyguards for a 14-year-old with a whistle,",
      "Lorraine Petrakis", PER, "Petrakis", "said"),
    q("But since we started, we haven’t had a single ref quit mid-season.", "Lorraine Petrakis", PER, "Petrakis",
      "said"),
    q("There’s a lot of bad refereeing, and nobody wants to talk about that part,", "Vince", PER, "one father",
      "said"),
    q("You can’t say anything anymore. You yell ‘offside’ and you’re the bad guy.", "Vince", PER, "one father",
      "said"),
    q("It used to be the odd guy. Now it’s the whole sideline, and they’re filming you,", "Oscar Duarte", PER, "he",
      "said"),
    q("Kids see themselves on Instagram getting called an idiot by somebody’s mom.", "Oscar Duarte", PER, "he",
      "said"),
    q("He said, ‘You’re lucky you’re a girl,’ and put his hand on my shoulder and pushed,",
      "a referee in Mississauga", ANON, "she", "said"),
    q("The league suspended him for two games. Two.", "a referee in Mississauga", ANON, "she", "said"),
    q("a slow-motion collapse that parents are causing and then complaining about.", "Keisha Blackwood", PER,
      "Blackwood", "described", PARTIAL),
    q("Parents think of the referee as a service they paid for,", "Keisha Blackwood", PER, "she", "said"),
    q("The referee is usually somebody else’s teenager, making $35 a game.", "Keisha Blackwood", PER, "she", "said"),
    q("abuse of officials has no place in amateur sport", "Neil Lachance", PER, "Neil Lachance", "said", PARTIAL),
    q("Every young person who picks up a whistle deserves to go home safe,", "Neil Lachance", PER, "the minister",
      "said"),
    q("welcome", "Derek Mensah", PER, "Mensah", "called", PARTIAL),
    q("We can put up signs and run workshops until we’re blue in the face,", "Derek Mensah", PER, "he", "said"),
    q("At some point the adults at the field have to decide they’re the adults.", "Derek Mensah", PER, "he", "said"),
    q("The little kids are fine. They just want to play,", "Ava Kowalczyk", PER, "she", "said"),
    q("It’s never the kids.", "Ava Kowalczyk", PER, "she", "said"),
], ignore=["ref marshals"])

# An AP federal-court story in straight marks on a former sheriff convicted of forcing inmates to work on his farm: an
# AP byline and "MONTGOMERY, Ala. (AP) —", "in a case prosecutors said showed he treated the jail "…"" in the lead, an
# assistant U.S. attorney who "told jurors in closing arguments" split, the defence attorney's "which he called "…""
# then "Harnett said after the verdict", a former inmate who "testified", then "said he felt "…"" and "he said", the
# U.S. attorney's statement (a partial, then "Whitlow said"), a civil rights group's director after an inverted "said
# X, the group's director." split, a former jail officer who "told jurors he "…" saw ... and that the sheriff once told
# him the farm "…"" (the second partial is the sheriff's), the sheriff's wife sharing his surname (a partial, then "she
# said" split), the current sheriff's written statement ("the statement said"), the judge's "the judge said", and the
# contributor line.

doc("us-ap-21", "us-politics", [
    q("like his own private labor pool.", "prosecutors", ANON, "prosecutors", "said", PARTIAL),
    q("He had a jail full of men who couldn't say no, and he knew it,", "Karen Lindell", PER,
      "Assistant U.S. Attorney Karen Lindell", "told"),
    q("That is the whole case.", "Karen Lindell", PER, "Assistant U.S. Attorney Karen Lindell", "told"),
    q("a chance to get out in the fresh air", "Bill Harnett", PER, "[he] called", "called", PARTIAL),
    q("Nobody was in chains. Nobody was whipped.⋯anywhere else in the system,", "Bill Harnett", PER, "Harnett",
      "said"),
    q("I asked one time could I stay back because my back was hurt. They put me in the hole for four days,",
      "Terrell Banks", PER, "Banks", "testified"),
    q("like somebody finally wrote it down.", "Terrell Banks", PER, "Banks", "said", PARTIAL),
    q("It ain't about him going to prison. It's about people knowing,", "Terrell Banks", PER, "he", "said"),
    q("should send a message to every jail in this state.", "Candace Whitlow", PER,
      "U.S. Attorney Candace Whitlow", "said", PARTIAL),
    q("No one who wears a badge is above the Constitution⋯anyone's property,", "Candace Whitlow", PER, "Whitlow",
      "said"),
    q("Every person in that jail knew what the farm was. Every deputy knew. Half the county knew,", "Marcus Tillery",
      PER, "Marcus Tillery", "said"),
    q("It took a federal jury to say it out loud.", "Marcus Tillery", PER, "Marcus Tillery", "said"),
    q("never once", "Glen Hobbs", PER, "former Lt. Glen Hobbs", "told", PARTIAL),
    q("wouldn't run without the jail.", "Dale Strickland", PER, "the sheriff", "told", PARTIAL),
    q("given his whole life to that county.", "Brenda Strickland", PER, "Brenda Strickland", "said", PARTIAL),
    q("They took a few men who made mistakes and let them tell a story, and 12 people believed it,",
      "Brenda Strickland", PER, "she", "said"),
    q("We're not done.", "Brenda Strickland", PER, "she", "said"),
    q("The work program is over. It will stay over,", "Rodney Pace", PER, "the statement", "said"),
    q("The jury has spoken, and I see no reason⋯convicted of these offenses,", "Miriam Ashcroft-Lee", PER,
      "the judge", "said"),
])

# A Politico Senate story in curly marks on public-land sales in a tax bill: a headline and a deck without quotes, a
# byline in capitals and a timestamp, "according to three GOP senators and two aides familiar" without a quote, the
# sponsor who "said in an interview" split, "Sens. X of Montana and Y of Idaho" without a quote, then "Carrick told
# POLITICO" split after "But he didn’t hide his view.", "Ekstrom’s office said she “…” and is “…”", "A senior GOP aide,
# granted anonymity to describe private conversations," then "the aide said" split, the majority leader who "told
# reporters Monday he was “…”" then "he said", `Sen. X (D-Nev.) said at a news conference` split, a House member who
# "posted on X" a partial, a sportsmen's group's ads "calling the plan “…”" and its president after an inverted "said X,
# the group’s president." split, a builders' coalition's letter, a White House spokesperson's partial, a county
# commissioner named before his "he said" split, and the sponsor's "he said" twice split at the end ("Tallman paused.").

doc("us-politico-21", "us-politics", [
    q("We have towns in my state where the federal government⋯costs $600,000,", "Brock Tallman", PER, "Tallman",
      "said"),
    q("Letting a town grow by a few hundred acres is not a land grab. It’s arithmetic.", "Brock Tallman", PER,
      "Tallman", "said"),
    q("Public land is the one thing in Montana that a plumber and a billionaire have equal access to,", "Wes Carrick",
      PER, "Carrick", "told"),
    q("Once you sell it, you don’t get it back. Not ever.", "Wes Carrick", PER, "Carrick", "told"),
    q("has serious concerns about the scope", "Marnie Ekstrom’s office", ORG, "Ekstrom’s office", "said", PARTIAL),
    q("talking with the chair about changes.", "Marnie Ekstrom’s office", ORG, "Ekstrom’s office", "said", PARTIAL),
    q("Nobody wants to blow up a $3 trillion tax bill over a land fight in Nevada,", "a senior GOP aide", ANON,
      "the aide", "said"),
    q("But nobody wants to walk into a Western campaign⋯their neck, either.", "a senior GOP aide", ANON, "the aide",
      "said"),
    q("confident we’ll get there", "Phil Marchetti", PER, "Senate Majority Leader Phil Marchetti", "told", PARTIAL),
    q("I’m not going to negotiate it in the hallway,", "Phil Marchetti", PER, "he", "said"),
    q("They are putting a for-sale sign on the places Nevadans go to hunt, fish and camp,", "Rosa Delgado", PER,
      "Sen. Rosa Delgado", "said"),
    q("And they’re doing it in a bill that hands the biggest tax cuts to people who own three houses.", "Rosa Delgado",
      PER, "Sen. Rosa Delgado", "said"),
    q("dead on arrival", "Tessa Lundgren", PER, "Rep. Tessa Lundgren", "posted", PARTIAL),
    q("the biggest public-land sell-off in a century.", "Backcountry Stewards Alliance", ORG,
      "The Backcountry Stewards Alliance", "calling", PARTIAL),
    q("Our members vote, and a lot of them vote Republican,", "Travis Onstad", PER, "Travis Onstad", "said"),
    q("They’re paying attention to who stands with them on this.", "Travis Onstad", PER, "Travis Onstad", "said"),
    q("unlock land that towns have been begging for,", "American Homebuilders Coalition", ORG,
      "The American Homebuilders Coalition", "said", PARTIAL),
    q("supports getting more homes built", "Darren Kilbride", PER, "Darren Kilbride", "said", PARTIAL),
    q("Nobody’s going to build affordable houses 40 miles out in the sagebrush,", "Lyle Brandvold", PER, "he",
      "said"),
    q("They’re going to build a mine or a solar farm and call it progress.", "Lyle Brandvold", PER, "he", "said"),
    q("If my colleagues want to make it smaller, let’s talk,", "Brock Tallman", PER, "he", "said"),
    q("If they want to make it zero, they should explain⋯own a house.", "Brock Tallman", PER, "he", "said"),
    q("Could,", "Brock Tallman", PER, "he", "said"),
    q("I hope it won’t.", "Brock Tallman", PER, "he", "said"),
])

# A Washington Post immigration story in curly marks on a refugee-resettlement funding freeze: a sentence-case headline
# and deck without quotes, a byline and a dated line, "RICHMOND —" opening the first paragraph, a volunteer after an
# inverted "said X, 72." split, a program's name in marks, the State Department's statement (two partials after "The
# department said"), "A State Department official, who spoke on the condition of anonymity," then "the official said",
# an agency director named after "according to its executive director, X." and then "X said in an interview" split, her
# email "reviewed by The Washington Post" ("described the situation as “…”", then "the email said"), a laid-off
# caseworker by surname split, a refugee father who "said in Dari, through an interpreter" and his daughter sharing his
# surname ("His eldest daughter, X, 17, ... has become ..." then "she said, laughing" split, her father's words reported
# without marks), a governor's spokeswoman (two partials), a Democratic congressman's "called the freeze “…”" then
# "Baptiste said", a Republican's statement partial, and the volunteer's "she said" split at the end.

doc("us-wapo-21", "us-politics", [
    q("I had a name and a flight number and a photo on my phone,", "Ruth Ellingson", PER, "Ruth Ellingson", "said"),
    q("That was the whole handoff.", "Ruth Ellingson", PER, "Ruth Ellingson", "said"),
    q("comprehensive review", "State Department", ORG, "The department", "said", PARTIAL),
    q("will continue to be processed consistent with law.", "State Department", ORG, "The department", "said",
      PARTIAL),
    q("The assumption upstairs was that the pipeline would slow down on its own. It didn’t,",
      "a State Department official", ANON, "the official", "said"),
    q("We are a 40-year-old organization running on a credit line,", "Hala Mansour-Price", PER, "Mansour-Price",
      "said"),
    q("I have families landing this week that I cannot legally turn away and cannot afford to serve.",
      "Hala Mansour-Price", PER, "Mansour-Price", "said"),
    q("triage, not a plan.", "Hala Mansour-Price", PER, "Mansour-Price", "described", PARTIAL),
    q("Please do not promise families anything we have not already paid for,", "Hala Mansour-Price", PER,
      "the email", "said"),
    q("They call me at midnight because the heat is off⋯who else to call,", "Yusuf Karimi", PER, "Karimi", "said"),
    q("So I go. What am I going to do, not go?", "Yusuf Karimi", PER, "Karimi", "said"),
    q("In Pakistan, we were waiting for America. Now we are in America, and we are still waiting,",
      "Abdul Wahid Sharifi", PER, "he", "said"),
    q("My father says I am the caseworker now,", "Mariam Sharifi", PER, "she", "said"),
    q("I don’t get paid either.", "Mariam Sharifi", PER, "she", "said"),
    q("monitoring the situation closely", "Lila Chen-Moreau", PER, "Lila Chen-Moreau", "said", PARTIAL),
    q("continue to serve every eligible Virginian.", "Lila Chen-Moreau", PER, "Lila Chen-Moreau", "said", PARTIAL),
    q("a betrayal of people who risked their lives for this country.", "Anthony Baptiste", PER,
      "Rep. Anthony Baptiste", "called", PARTIAL),
    q("These are people who stood next to American soldiers.⋯at the airport gate,", "Anthony Baptiste", PER,
      "Baptiste", "said"),
    q("a pause to make sure our vetting is working is common sense, not cruelty.", "Curtis Hambrick", PER,
      "Rep. Curtis Hambrick", "said", PARTIAL),
    q("He fixed my brakes in the parking lot while we waited,", "Ruth Ellingson", PER, "she", "said"),
    q("I think he’s going to be fine. I worry about the families who got nobody.", "Ruth Ellingson", PER, "she",
      "said"),
], not_quotes=["reception and placement"])


# A Globe and Mail business story in curly marks on the Competition Bureau's challenge to a funeral-home merger: a
# deck with two partials ("‘…,’ commissioner says" and "Evergreen calls challenge ‘…’", the second repeated in the
# body), a byline block in capitals with a beat and a dateline, Ms./Mr. on second reference, the commissioner's quote
# split around "said in an interview", "the company’s offer “…”" then "she said" and a quote paragraph that follows on
# without a cue, the chief executive "said in a statement" split, "The bureau’s application describes that pledge as",
# an analyst who "wrote in a note to clients" split, a brother and sister sharing a surname ("Mr. Lindqvist", "His
# sister, Annika Lindqvist," then "Ms. Lindqvist said"), a widow who "told The Globe and Mail" then "she said", an
# association's director after an inverted "said X, the association’s executive director" then "He described ... as",
# an anonymous person familiar "who was not authorized to speak publicly" then "the person said", a minister's
# press secretary "said in an email that the minister “…”", an NDP MP by "she said", "a change Ms. Solvang called", and
# "he said" at the end after "Mr. Lindqvist said he would wait".

doc("ca-globe-22", "canadian-news", [
    q("one door to knock on,", "Ingrid Solvang", PER, "commissioner", "says", PARTIAL),
    q("misguided", "Evergreen Memorial Group Inc.", ORG, "Evergreen", "calls", PARTIAL, nth=0),
    q("When someone dies,⋯pay what it charges,", "Ingrid Solvang", PER, "Commissioner of Competition Ingrid Solvang",
      "said"),
    q("In a lot of these towns, after this deal, there would be one door to knock on.", "Ingrid Solvang", PER,
      "Commissioner of Competition Ingrid Solvang", "said"),
    q("didn’t come close.", "Ingrid Solvang", PER, "Ms. Solvang", "said", PARTIAL),
    q("We asked for 31 locations. They offered nine,", "Ingrid Solvang", PER, "she", "said"),
    q("Nine is not a remedy. Nine is a rounding error.", "Ingrid Solvang", PER, None, None),
    q("misguided", "Evergreen Memorial Group Inc.", ORG, "Evergreen", "called", PARTIAL, nth=1),
    q("Funeral homes in rural Canada⋯nobody to buy them,", "Martin Daoust", PER, "chief executive Martin Daoust",
      "said"),
    q("This transaction keeps the lights on⋯no funeral home at all.", "Martin Daoust", PER,
      "chief executive Martin Daoust", "said"),
    q("temporary, unenforceable and beside the point,", "Competition Bureau", ORG, "The bureau’s application",
      "describes", PARTIAL),
    q("The market had priced in⋯this deal closing,", "Priya Banerjee", PER, "Priya Banerjee", "wrote"),
    q("That is now closer to a coin flip⋯move quickly.", "Priya Banerjee", PER, "Priya Banerjee", "wrote"),
    q("My kids are an engineer and a nurse. I’m proud of that,", "Carl Lindqvist", PER, "he", "said"),
    q("But it means the business goes to somebody⋯every location open.", "Carl Lindqvist", PER, "he", "said"),
    q("Carl believes every word of it⋯intends to do today,", "Annika Lindqvist", PER, "Ms. Lindqvist", "said"),
    q("I’m worried about what a company⋯in year four.", "Annika Lindqvist", PER, "Ms. Lindqvist", "said"),
    q("Nobody tells you that⋯in the morning,", "Sharon Petrie", PER, "she", "said"),
    q("You just sign.", "Sharon Petrie", PER, "she", "said"),
    q("We’ve been saying this since 2017,", "Raymond Beaulac", PER, "Raymond Beaulac", "said"),
    q("Better late than never⋯the other way.", "Raymond Beaulac", PER, "Raymond Beaulac", "said"),
    q("a coupon, not a commitment.", "Raymond Beaulac", PER, "He", "described", PARTIAL),
    q("There are three or four towns that are the whole reason for the deal,",
      "a person familiar with Evergreen’s strategy", ANON, "the person", "said"),
    q("Give those up and you’re buying a collection of expenses.", "a person familiar with Evergreen’s strategy", ANON,
      "the person", "said"),
    q("respects the independence of the Commissioner", "Olivier Brassard", PER, "Olivier Brassard", "said", PARTIAL),
    q("Even if the bureau wins⋯the one home charges,", "Gurpreet Sahota", PER, "she", "said"),
    q("Ontario makes funeral homes publish prices. The other provinces should too.", "Gurpreet Sahota", PER, "she",
      "said"),
    q("exactly what this kind of merger requires.", "Ingrid Solvang", PER, "Ms. Solvang", "called", PARTIAL),
    q("I’ve been in this business 40 years. I’ve learned to be patient,", "Carl Lindqvist", PER, "he", "said"),
])

# A National Post Ottawa story in curly marks on the refugee-claim backlog, built on an internal memo: a deck whose
# "Conservatives say backlog shows ‘…’" is a critic's body partial, a byline and a "Published ... • Last updated"
# line, "according to an internal memo obtained by National Post", the memo signed by a deputy chairperson ("the memo
# says" split, then "It warns that ... “…,” and describes ... as “…”", later "It notes ... and says that ... “…”"),
# the board's chairperson who "told MPs" split and then "he said" twice, the critic's "called the backlog “…”" then
# "Kessel said" split, the minister who "told reporters" split and "she said in French", an anonymous claimant ("A
# 41-year-old man ... who asked that his name not be published" then "the man said"), a lawyer by "she said" split, a
# union's statement ("the statement said"), a term in marks ("last in, first out"), a spokesperson's emailed partial
# then "Gendron wrote", a senior official "who was not authorized to discuss" then "the official said" split, and the
# chairperson again by "he said" split.

doc("ca-np-22", "canadian-news", [
    q("a system that has simply stopped working", "Brad Kessel", PER, "Conservatives", "say", PARTIAL, nth=0),
    q("At current intake and output⋯2027 fiscal year,", "Adrienne Kowal", PER, "the memo", "says"),
    q("No realistic productivity gain closes that gap.", "Adrienne Kowal", PER, "the memo", "says"),
    q("not sustainable over the medium term,", "Adrienne Kowal", PER, "It", "warns", PARTIAL),
    q("fragile.", "Adrienne Kowal", PER, "It", "describes", PARTIAL),
    q("I’m not going to sit here⋯They’re not,", "Mohan Dasgupta", PER, "Dasgupta", "told"),
    q("A person who files a claim today⋯undergraduate degree.", "Mohan Dasgupta", PER, "Dasgupta", "told"),
    q("That will help,", "Mohan Dasgupta", PER, "he", "said"),
    q("It will not, on its own, reverse the trend.", "Mohan Dasgupta", PER, "he", "said"),
    q("a system that has simply stopped working", "Brad Kessel", PER, "Conservative immigration critic Brad Kessel",
      "called", PARTIAL, nth=1),
    q("We have people who are waiting⋯four years too,", "Brad Kessel", PER, "Kessel", "said"),
    q("Nobody is served by that. Not the claimants, not the taxpayer.", "Brad Kessel", PER, "Kessel", "said"),
    q("We inherited a board⋯a year,", "Renée Thibodeau", PER, "she", "told"),
    q("We are giving it the resources it needs, and we expect results.", "Renée Thibodeau", PER, "she", "told"),
    q("This is not only a question of money. It is a question of management,", "Renée Thibodeau", PER, "she", "said"),
    q("My son was six when we came⋯the other country,", "a 41-year-old man", ANON, "the man", "said"),
    q("If they say no, where do I send him?", "a 41-year-old man", ANON, "the man", "said"),
    q("Witnesses move. Country conditions change. Documents expire,", "Sheila Marchuk", PER, "she", "said"),
    q("By the time my client gets in the room⋯four years old.", "Sheila Marchuk", PER, "she", "said"),
    q("You cannot hire your way out⋯burning out,", "Public Adjudication Employees Union", ORG, "the statement",
      "said"),
    q("six to nine months before a new member carries a full caseload.", "Adrienne Kowal", PER, "It", "says",
      PARTIAL),
    q("reflects planning scenarios, not forecasts.", "Lucie Gendron", PER, "Lucie Gendron", "said", PARTIAL),
    q("The Board is committed⋯with Parliament,", "Lucie Gendron", PER, "Gendron", "wrote"),
    q("It’s the tool everyone reaches for and nobody likes,",
      "a senior official at Immigration, Refugees and Citizenship Canada", ANON, "the official", "said"),
    q("It moves the line⋯at the back.", "a senior official at Immigration, Refugees and Citizenship Canada", ANON,
      "the official", "said"),
    q("Every option is on the table,", "Mohan Dasgupta", PER, "he", "said"),
    q("I would rather be criticized⋯go up.", "Mohan Dasgupta", PER, "he", "said"),
], not_quotes=["last in, first out,"])

# A CBC News Manitoba courts and Indigenous-affairs story in straight marks on a Federal Court ruling that overturns a
# First Nation's election for chief: a deck "Former chief calls ruling '…'" in single marks whose words open a longer
# body quote, a "· CBC News · Posted:" byline, the judge's decision ("Arseneau wrote" split, "He described ... as",
# "Arseneau called her evidence"), the former chief who "told CBC News" split then "she said", the chief's Facebook
# statement (a partial after "Kakakaway said", then "the statement said" split), his lawyer split, the electoral
# officer who "testified, according to a transcript", a member living in Winnipeg by "he said" split, the chief's aunt
# sharing his surname ("Elder Josephine Kakakaway, the chief's aunt," then "she said in Cree, through an interpreter")
# and a quote paragraph that follows on, an anonymous councillor ("the councillor said" split), a department's emailed
# statement (a partial, then "The department said it was “…” and ... “…”"), a lawyer by "he said", and the former
# chief's "she said" at the end.

doc("ca-cbc-22", "canadian-news", [
    q("a win for every member who was shut out", "Marlene Sinclair-Bird", PER, "Former chief", "calls", PARTIAL,
      nth=0),
    q("The right to vote⋯not a formality,", "Philippe Arseneau", PER, "Arseneau", "wrote"),
    q("Where a defect⋯as harmless.", "Philippe Arseneau", PER, "Arseneau", "wrote"),
    q("years out of date and known to be so.", "Philippe Arseneau", PER, "He", "described", PARTIAL),
    q("This is a win for every member⋯for me or not,", "Marlene Sinclair-Bird", PER, "she", "told"),
    q("I had people calling me⋯never missed a vote.", "Marlene Sinclair-Bird", PER, "she", "told"),
    q("I'm not doing this to get my job back⋯done right,", "Marlene Sinclair-Bird", PER, "she", "said"),
    q("disappointed", "Wesley Kakakaway", PER, "Kakakaway", "said", PARTIAL),
    q("Our members voted, and they chose a direction,", "Wesley Kakakaway", PER, "the statement", "said"),
    q("I will respect whatever process⋯support again.", "Wesley Kakakaway", PER, "the statement", "said"),
    q("The court found problems⋯anything dishonest,", "Brent Olafson", PER, "Olafson", "said"),
    q("That's an important distinction⋯people to hear.", "Brent Olafson", PER, "Olafson", "said"),
    q("I told them the addresses were bad. I said it more than once,", "Doreen Halcrow", PER, "Halcrow", "testified"),
    q("candid and credible,", "Philippe Arseneau", PER, "Arseneau", "called", PARTIAL),
    q("My kokum's been gone six years. That house has been gone for five,", "Tyler Settee", PER, "he", "said"),
    q("Somebody in that office knew that.", "Tyler Settee", PER, "he", "said"),
    q("When people can't vote⋯for him either,", "Josephine Kakakaway", PER, "she", "said"),
    q("Let them vote again. Then it's finished.", "Josephine Kakakaway", PER, None, None),
    q("We're a community of 3,100 people⋯the new vote,", "a band councillor", ANON, "the councillor", "said"),
    q("That's money that was supposed to go to the youth centre.", "a band councillor", ANON, "the councillor",
      "said"),
    q("a matter for the community,", "Indigenous Services Canada", ORG, "Indigenous Services Canada", "said",
      PARTIAL),
    q("aware of the decision", "Indigenous Services Canada", ORG, "The department", "said", PARTIAL),
    q("technical support", "Indigenous Services Canada", ORG, "The department", "said", PARTIAL),
    q("A lot of codes were written⋯anymore,", "Aaron Desjarlais", PER, "he", "said"),
    q("If you're relying on a mailing list⋯a warning.", "Aaron Desjarlais", PER, "he", "said"),
    q("People left home for school, for work, for their kids,", "Marlene Sinclair-Bird", PER, "she", "said"),
    q("They didn't stop being members of this Nation.", "Marlene Sinclair-Bird", PER, "she", "said"),
])

# A CTV News Toronto crime story in straight marks on an auto-theft ring broken up by the OPP: a reporter's byline line
# with "Published:" and "Updated:" lines, a project's name in marks, a detective inspector who "told reporters" split, a
# partial inside "she said, before ...", "she said" after "Kowalchuk said ...", a deputy commissioner who "said, first
# in French and then in English", "According to police,", a border-agency director after "Haddad said" split, a wife and
# husband sharing a surname ("For Lorraine Petrakis," then "Petrakis told CTV News Toronto" split; "Her husband, George
# Petrakis," then "George Petrakis said" split), a solicitor general who "called the arrests “…” in a statement, and
# said ... “…”", an industry council's spokesperson "said in an email" split, a defence lawyer named only in the
# paragraph after "A lawyer for one of the accused said" ("told CTV News" split), and the detective's "she said" twice
# at the end.

doc("ca-ctv-22", "canadian-news", [
    q("These were not joyriders.⋯and a payroll,", "Sandra Kowalchuk", PER, "OPP Det. Insp. Sandra Kowalchuk",
      "told"),
    q("Some of the people we arrested⋯to a parking lot.", "Sandra Kowalchuk", PER, "OPP Det. Insp. Sandra Kowalchuk",
      "told"),
    q("to see if they were being tracked,", "Sandra Kowalchuk", PER, "she", "said", PARTIAL),
    q("If the car was still sitting there⋯it was clean,", "Sandra Kowalchuk", PER, "she", "said"),
    q("We followed these vehicles⋯in Montreal,", "Marc Bellefeuille", PER, "Bellefeuille", "said"),
    q("We can't open every box. Nobody can,", "Nasser Haddad", PER, "Haddad", "said"),
    q("What we can do⋯helped us do that.", "Nasser Haddad", PER, "Haddad", "said"),
    q("I woke up, I looked out the window⋯used to be,", "Lorraine Petrakis", PER, "Petrakis", "told"),
    q("It was snowing. That's how I knew how long it had been gone.", "Lorraine Petrakis", PER, "Petrakis", "told"),
    q("We did everything they tell you to do⋯the camera,", "George Petrakis", PER, "George Petrakis", "said"),
    q("The camera got a very nice video of them taking it.", "George Petrakis", PER, "George Petrakis", "said"),
    q("a turning point", "Michael Kerr", PER, "Michael Kerr", "called", PARTIAL),
    q("is paying off.", "Michael Kerr", PER, "Michael Kerr", "said", PARTIAL),
    q("One good year doesn't erase five bad ones,", "Dana Wiebe", PER, "council spokesperson Dana Wiebe", "said"),
    q("Drivers are still paying⋯for a while.", "Dana Wiebe", PER, "council spokesperson Dana Wiebe", "said"),
    q("Police have put on a very good show⋯shiny vehicles,", "Stephanie Okoye", PER,
      "Toronto defence lawyer Stephanie Okoye", "told"),
    q("None of that is evidence⋯comes in.", "Stephanie Okoye", PER, "Toronto defence lawyer Stephanie Okoye", "told"),
    q("The people who were stealing the cars⋯get caught,", "Sandra Kowalchuk", PER, "she", "said"),
    q("We're interested in who was paying them.", "Sandra Kowalchuk", PER, "she", "said"),
    q("It's not glamorous,", "Sandra Kowalchuk", PER, "she", "said"),
    q("It works.", "Sandra Kowalchuk", PER, "she", "said"),
], not_quotes=["Project Ironclad,"])

# A HuffPost Canada housing story in curly marks on a tenants' rent strike in a Hamilton tower: a title-case headline
# and a deck without quotes, a byline block with the reporter's beat and a timestamp, a scene-setting lede, a tenant who
# "told HuffPost Canada" split, the landlord's "what it called “…”", a mother and son sharing a surname ("said Marco
# Ruiz, Delia’s son," split; "Marco Ruiz said" with her words nested in his quote), an association's co-chair after an
# inverted "said X, the association’s co-chair", the company's spokesperson "said the company “…” and described the
# strike as “…”" then "the statement said" split, a legal-clinic lawyer by "she said" split, an anonymous tenant "who
# asked not to be named" then "she said" split, a councillor by "he said", a ministry's unnamed spokesperson (two
# partials), an Instagram caption the association "posted ... with the caption:", and the mother's "she said" at the
# end after "She laughed when he told the story."

doc("ca-huffpost-22", "canadian-news", [
    q("It’s not that I don’t have it. I have it right here,", "Delia Ruiz", PER, "she", "told"),
    q("I’ll pay it the day they fix what they promised to fix.", "Delia Ruiz", PER, "[she] told HuffPost Canada",
      "told"),
    q("major capital upgrades", "Stonegate Residential REIT", ORG, "Stonegate Residential REIT", "called", PARTIAL),
    q("They want us to pay them back⋯our kids sick,", "Marco Ruiz", PER, "Marco Ruiz", "said"),
    q("And it’s still not fixed. We had no hot water on Sunday.", "Marco Ruiz", PER, "Marco Ruiz", "said"),
    q("We did it the polite way for two years⋯We called the city,", "Adaeze Nwosu", PER, "Adaeze Nwosu", "said"),
    q("The only time anybody from head office⋯stopped coming.", "Adaeze Nwosu", PER, "Adaeze Nwosu", "said"),
    q("has invested more than $2.4 million in 88 Kenilworth Place since 2023", "Jared Falkner", PER,
      "Stonegate spokesperson Jared Falkner", "said", PARTIAL),
    q("an unlawful withholding of rent⋯at risk.", "Jared Falkner", PER, "Stonegate spokesperson Jared Falkner",
      "described", PARTIAL),
    q("We respect tenants’ right⋯several occasions,", "Jared Falkner", PER, "the statement", "said"),
    q("But the law is clear that rent must be paid.", "Jared Falkner", PER, "the statement", "said"),
    q("Withholding rent is risky⋯these tenants that,", "Nicole Arseneault", PER, "she", "said"),
    q("But the board has the power⋯the case for it.", "Nicole Arseneault", PER, "she", "said"),
    q("I agree with them. The heat is terrible,", "a tenant on the seventh floor", ANON, "she", "said"),
    q("But I can’t be on that list. If I lose this place I have nowhere.", "a tenant on the seventh floor", ANON, "she",
      "said"),
    q("Stonegate treats a city work order like a suggestion,", "Terrence Mahabir", PER, "he", "said"),
    q("I’d like the province⋯like an order.", "Terrence Mahabir", PER, "he", "said"),
    q("strengthened protections against bad-faith evictions",
      "a spokesperson for Ontario’s Ministry of Municipal Affairs and Housing", ANON,
      "A spokesperson for Ontario’s Ministry of Municipal Affairs and Housing", "said", PARTIAL),
    q("should use the processes available⋯Tenant Board.",
      "a spokesperson for Ontario’s Ministry of Municipal Affairs and Housing", ANON,
      "A spokesperson for Ontario’s Ministry of Municipal Affairs and Housing", "said", PARTIAL),
    q("Five months. Still here. Still cold.", "Kenilworth Tenants’ Association", ORG, "The association", "posted"),
    q("She told me, ‘I walked farther than this to go to school,’", "Marco Ruiz", PER, "Marco Ruiz", "said"),
    q("So that was the end of that conversation.", "Marco Ruiz", PER, "Marco Ruiz", "said"),
    q("He worries. That’s his job now,", "Delia Ruiz", PER, "she", "said"),
    q("My job is the envelopes.", "Delia Ruiz", PER, "she", "said"),
])

# A CNN foreign-policy story in curly marks on the recall of an ambassador after an American journalist is jailed
# abroad: a two-reporter byline with ", CNN" and an "Updated" line, a charge's wording in marks "according to" a state
# news agency (ignored), the secretary of state's statement split and then a partial after "Merriweather said", the
# department spokesperson who "told reporters" split, a foreign ministry that "called the recall “…” and said" then "the
# ministry said in a statement carried by state media", the journalist's wife and brother sharing his surname ("Pruitt’s
# wife, Erin Pruitt," then "she told CNN" with his words nested, "she said"; "His brother, Colin Pruitt," then "Colin
# Pruitt said" split), a senator's "called the sentence “…”" then "Holloway said in a post on X", a congressman who
# "told CNN" split, a senior administration official "who requested anonymity" (a partial, then "the official said"
# split), a foreign minister's partial reported "According to a person familiar with that call", an editor-in-chief
# after "said" split, a press-freedom group's director (a partial, then "Lowenthal said"), "CNN has reached out", and
# the wife's "she said" split at the end.

doc("us-cnn-22", "us-politics", [
    q("Nathan Pruitt is a journalist.⋯knows it,", "Alan Merriweather", PER, "Secretary of State Alan Merriweather",
      "said"),
    q("We will use every tool available to us to bring him home.", "Alan Merriweather", PER,
      "Secretary of State Alan Merriweather", "said"),
    q("reviewing all aspects", "Alan Merriweather", PER, "Merriweather", "said", PARTIAL),
    q("I’m not going to get ahead of the secretary,", "Tamara Reyes", PER, "Reyes", "told"),
    q("I’ll say that bringing our ambassador home⋯what it means.", "Tamara Reyes", PER, "Reyes", "told"),
    q("a regrettable overreaction", "Casteria’s Foreign Ministry", ORG, "Casteria’s Foreign Ministry", "called",
      PARTIAL),
    q("a fair trial under the laws of the republic.", "Casteria’s Foreign Ministry", ORG,
      "Casteria’s Foreign Ministry", "said", PARTIAL),
    q("The courts of Casteria are independent⋯foreign governments,", "Casteria’s Foreign Ministry", ORG,
      "the ministry", "said"),
    q("He called me from the airport⋯for your birthday,’", "Erin Pruitt", PER, "she", "told"),
    q("That was 161 days ago.", "Erin Pruitt", PER, "she", "told"),
    q("He sounded thin.⋯he wasn’t,", "Erin Pruitt", PER, "she", "said"),
    q("We did what they asked.⋯make noise,", "Colin Pruitt", PER, "Colin Pruitt", "said"),
    q("And the result is 12 years. So we’re done being quiet.", "Colin Pruitt", PER, "Colin Pruitt", "said"),
    q("a hostage-taking dressed up as a trial", "Karen Holloway", PER, "Sen. Karen Holloway", "called", PARTIAL),
    q("If you jail an American reporter⋯duty-free,", "Karen Holloway", PER, "Holloway", "said"),
    q("I told him the family has been patient⋯to be,", "Tomás Arreola", PER, "Arreola", "told"),
    q("The administration’s patience should be running out too.", "Tomás Arreola", PER, "Arreola", "told"),
    q("at every level", "a senior administration official", ANON, "A senior administration official", "said",
      PARTIAL),
    q("They understood the stakes,", "a senior administration official", ANON, "the official", "said"),
    q("They chose to do this anyway.", "a senior administration official", ANON, "the official", "said"),
    q("in the hands of the judiciary", "Casteria’s foreign minister", ANON, "the Casterian minister", "told",
      PARTIAL),
    q("Nathan went there⋯tell people,", "Monique Avery", PER, "Dispatch Global editor-in-chief Monique Avery",
      "said"),
    q("If that is espionage, then every one of us is a spy.", "Monique Avery", PER,
      "Dispatch Global editor-in-chief Monique Avery", "said"),
    q("learned that this works.", "Hannah Lowenthal", PER, "Hannah Lowenthal", "said", PARTIAL),
    q("Every time a foreign reporter⋯gets easier,", "Hannah Lowenthal", PER, "Lowenthal", "said"),
    q("I want to be in the room,", "Erin Pruitt", PER, "she", "said"),
    q("I want them to see that there’s a person waiting for him.", "Erin Pruitt", PER, "she", "said"),
], ignore=["collecting information for a foreign intelligence service,"])

# A Fox News Digital education story in straight marks on a school district that dropped ninth- and tenth-grade honors
# classes: a headline with a scare-quoted 'equity' and a parent's words after a colon (named only in the body), the
# district's partial after "argued", a class label in marks given in passing (ignored) and a distinction's name in
# marks, a mother and father sharing a surname ("X, whose daughter ..., told Fox News Digital" split; "Her husband, Mark
# Draheim," then "Mark Draheim said" split), the district's statement ("the statement said" split), the superintendent
# "said, according to a recording of the forum reviewed by Fox News Digital" split, "A man in the audience shouted", a
# board member after "Bergstrom said" split, a union president's emailed partials before she is named ("The president
# of the X, the local teachers union, said in an email that ..."), then "wrote Karen Sobieski, the union's president"
# split, a state representative who "told Fox News Digital", an unnamed state spokesperson's partial, a student who
# "wrote on Facebook that" and then "the 17-year-old told Fox News Digital", a national group that "called", its
# founder after "the group's founder, X, said", and the superintendent's "she said" at the end.

doc("us-fox-22", "us-politics", [
    q("They're leveling down", "Jennifer Draheim", PER, None, None, nth=0),
    q("two-track system", "Millbrook Area School District", ORG, "the district", "argued", PARTIAL),
    q("They're not raising anybody up.⋯calling it fairness,", "Jennifer Draheim", PER, "Jennifer Draheim", "told"),
    q("My kid has been waiting three years⋯don't exist.", "Jennifer Draheim", PER, "Jennifer Draheim", "told"),
    q("Somebody looked at me in ninth grade⋯more than this,", "Mark Draheim", PER, "Mark Draheim", "said"),
    q("You take that away⋯who lose.", "Mark Draheim", PER, "Mark Draheim", "said"),
    q("Every student at Millbrook⋯will have it,", "Millbrook Area School District", ORG, "the statement", "said"),
    q("This change does not lower expectations⋯left out.", "Millbrook Area School District", ORG, "the statement",
      "said"),
    q("I've heard people say⋯We are not,", "Lisa Carrow", PER, "Carrow", "said"),
    q("What we're doing is stopping⋯honors kids.", "Lisa Carrow", PER, "Carrow", "said"),
    q("Then why are test scores going down?", "a man in the audience", ANON, "A man in the audience", "shouted"),
    q("I don't doubt anybody's intentions,", "Tom Bergstrom", PER, "Bergstrom", "said"),
    q("But we had a presentation in December⋯That's a formality.", "Tom Bergstrom", PER, "Bergstrom", "said"),
    q("the goal of expanding access", "Karen Sobieski", PER, "The president of the Millbrook Education Association",
      "said", PARTIAL),
    q("serious questions about class sizes and support", "Karen Sobieski", PER,
      "The president of the Millbrook Education Association", "said", PARTIAL),
    q("Teaching a class where half⋯help in the room,", "Karen Sobieski", PER, "Karen Sobieski", "wrote"),
    q("We've asked the district what that help looks like.", "Karen Sobieski", PER, "Karen Sobieski", "wrote"),
    q("Parents in Madison and Milwaukee⋯there's a harder class,", "Dale Henninger", PER, "Henninger", "told"),
    q("a matter of local control", "a spokesperson for the state Department of Public Instruction", ANON,
      "A spokesperson for the state Department of Public Instruction", "said", PARTIAL),
    q("the first place I felt like I was allowed to be a nerd out loud.", "Ava Lindgren", PER, "Ava Lindgren",
      "wrote", PARTIAL),
    q("I get what they're trying to do.⋯kids like me fit,", "Ava Lindgren", PER, "the 17-year-old", "told"),
    q("part of a troubling national pattern.", "Parents for Academic Excellence", ORG,
      "Parents for Academic Excellence", "called", PARTIAL),
    q("Districts keep promising⋯nobody was,", "Rachel Haines", PER, "Rachel Haines", "said"),
    q("If it's not working, I'll be the first one to stand up and say so,", "Lisa Carrow", PER, "she", "said"),
], not_quotes=["equity", "honors distinction"], ignore=["heterogeneous"])

# A USA TODAY labor and health story in curly marks on a stalled federal heat-safety rule: a headline and a byline
# block without quotes, a "Published" line, a "DELANO, Calif. –" dateline on a scene, a widow who "said in Spanish
# through an interpreter" split, the labor secretary who "told a House committee ... that the department was “…”" then
# "Ashby said" split, `Sen. X, D-Calif.,` split around the cue, a letter of 32 Democrats "calling the delay “…”", `Rep.
# X, R-Texas, who chairs ...,` "called it “…”" then "Huddleston said in an interview" split, a growers' council's
# statement (a partial), a farmer by "Whitt said" split, an advocate after an inverted "said X, organizing director for
# ...", a study's lead author ("The study described heat deaths as “…”"), an anonymous department official, a
# spokesperson's emailed partial, a mother and daughter sharing a surname (the daughter by "she said" split and then
# "Yesenia Velázquez said"; "Her mother said ..." then "Rosa Velázquez said" split at the end).

doc("us-usatoday-22", "us-politics", [
    q("They told me he was resting in the shade. There was no shade,", "Rosa Velázquez", PER, "Rosa Velázquez",
      "said"),
    q("There was a truck, and he was sitting next to the wheel.", "Rosa Velázquez", PER, "Rosa Velázquez", "said"),
    q("working through a very large record", "Kenneth Ashby", PER, "Labor Secretary Kenneth Ashby", "told", PARTIAL),
    q("I want to get this right, and I want it to survive in court,", "Kenneth Ashby", PER, "Ashby", "said"),
    q("A rule that gets thrown out⋯protect anybody.", "Kenneth Ashby", PER, "Ashby", "said"),
    q("Every summer we wait is another summer of funerals,", "Teresa Villanueva", PER, "Sen. Teresa Villanueva",
      "said"),
    q("The science on this isn’t complicated.⋯tells them to.", "Teresa Villanueva", PER, "Sen. Teresa Villanueva",
      "said"),
    q("indefensible", "Teresa Villanueva", PER, "Villanueva", "calling", PARTIAL),
    q("a one-size-fits-all mandate⋯worked outside.", "Clay Huddleston", PER, "Rep. Clay Huddleston", "called",
      PARTIAL),
    q("A roofer in Houston⋯like they do,", "Clay Huddleston", PER, "Huddleston", "said"),
    q("Let the states handle it. Texas knows Texas heat.", "Clay Huddleston", PER, "Huddleston", "said"),
    q("enormously burdensome for small operations.", "National Growers Council", ORG, "The National Growers Council",
      "said", PARTIAL),
    q("I’ve got a water trailer on every crew⋯for 20 years,", "Dale Whitt", PER, "Whitt", "said"),
    q("What I don’t have is somebody⋯every two hours.", "Dale Whitt", PER, "Whitt", "said"),
    q("If you don’t write it down, nobody can check,", "Guadalupe Ortega", PER, "Guadalupe Ortega", "said"),
    q("Every grower tells us they give breaks. Then we talk to the crews.", "Guadalupe Ortega", PER,
      "Guadalupe Ortega", "said"),
    q("substantially undercounted,", "Priya Raman", PER, "The study", "described", PARTIAL),
    q("It’s not dead. It’s just not anybody’s first priority right now,", "a Labor Department official", ANON,
      "the official", "said"),
    q("has been clear that worker safety is a top priority", "Elliot Brandt", PER, "Elliot Brandt", "said", PARTIAL),
    q("My dad worked in those fields for 30 years,", "Yesenia Velázquez", PER, "she", "said"),
    q("He wasn’t old. He wasn’t sick. He was hot, and nobody stopped the work.", "Yesenia Velázquez", PER, "she",
      "said"),
    q("I don’t want a letter,", "Yesenia Velázquez", PER, "Yesenia Velázquez", "said"),
    q("I want the rule.", "Yesenia Velázquez", PER, "Yesenia Velázquez", "said"),
    q("He always filled it the night before,", "Rosa Velázquez", PER, "Rosa Velázquez", "said"),
    q("It was still full when they brought his things home.", "Rosa Velázquez", PER, "Rosa Velázquez", "said"),
])

# A Global News B.C. environment story in curly marks on a fish kill below a copper mine's leaking tailings pond: a
# "WATCH:" video caption with the chief's partial ("Chief X says her community was told “…”", repeated in the body), a
# byline block with "Posted" and "Updated" lines, a First Nation's name with an apostrophe (`Sq’emtsin`), a chief and
# her son sharing a surname ("Her son, Kyle Tomah," then "he said"; "Darlene Tomah said" at the end after "His mother
# said"), a provincial notice that "lists the volume released as “…”", the company's statement (a partial, then "the
# statement said" split), its vice-president, a lodge owner and a quote paragraph that follows on after "He said ...",
# an anonymous mine worker ("the worker said"), a ministry's emailed partial, the minister ("the minister said" split),
# a critic's "called ... “…”", a federal department's email ("the department said"), a biologist's "He warned that".

doc("ca-global-23", "canadian-news", [
    q("nothing for two days.", "Darlene Tomah", PER, "Chief Darlene Tomah", "says", PARTIAL),
    q("Nobody called us. Nobody knocked on a door,", "Darlene Tomah", PER, "Sq’emtsin Chief Darlene Tomah", "told"),
    q("We found out our creek was poisoned because our kids went down there to fish.", "Darlene Tomah", PER,
      "Sq’emtsin Chief Darlene Tomah", "told"),
    q("nothing for two days", "Darlene Tomah", PER, "Tomah", "said", PARTIAL, nth=1),
    q("That creek has fed our families since before there was a B.C.,", "Darlene Tomah", PER, "she", "said"),
    q("If this had happened upstream of Kamloops⋯by lunch.", "Darlene Tomah", PER, "she", "said"),
    q("It was silver from one bank to the other. I stopped counting at 400,", "Kyle Tomah", PER, "he", "said"),
    q("Some of them were still moving.", "Kyle Tomah", PER, "he", "said"),
    q("under assessment.", "Environmental Emergency Program", ORG, "The notice", "lists", PARTIAL),
    q("contained within hours", "Alder Peak Resources", ORG, "Alder Peak", "said", PARTIAL),
    q("We take our responsibility to the Sq’emtsin First Nation⋯extremely seriously,", "Alder Peak Resources", ORG,
      "the statement", "said"),
    q("We are working with regulators⋯our operations.", "Alder Peak Resources", ORG, "the statement", "said"),
    q("There are a number of things that can kill fish⋯temperature swings,", "Graham Veitch", PER, "Veitch", "said"),
    q("We’re not ruling anything in or out.", "Graham Veitch", PER, "Veitch", "said"),
    q("I’ve seen low water, I’ve seen hot summers. I’ve never seen anything like this,", "Ross Tennant", PER,
      "Tennant", "said"),
    q("You don’t get a thousand dead fish in one stretch of creek from a temperature swing.", "Ross Tennant", PER,
      "Tennant", "said"),
    q("People hear ‘mine leak’ and they don’t come. I can’t blame them.", "Ross Tennant", PER, None, None),
    q("Everybody on site knew that wall was weeping.⋯It was a work order,", "a worker at the mine", ANON, "the worker",
      "said"),
    q("within the next several days.", "Ministry of Environment and Parks", ORG,
      "B.C.’s Ministry of Environment and Parks", "said", PARTIAL),
    q("If the science tells us this came from that pond⋯not be a letter,", "Priya Sandhu", PER, "Sandhu", "said"),
    q("The chief is right that she should have heard from us first,", "Priya Sandhu", PER, "the minister", "said"),
    q("That is on us, and we are fixing how those calls get made.", "Priya Sandhu", PER, "the minister", "said"),
    q("indefensible.", "Wade Hollister", PER, "B.C. Conservative environment critic Wade Hollister", "called",
      PARTIAL),
    q("The protocol says notify affected First Nations immediately.⋯Immediately,", "Wade Hollister", PER,
      "Hollister", "said"),
    q("Because this matter may be the subject of an ongoing investigation⋯comment further,",
      "Environment and Climate Change Canada", ORG, "the department", "said"),
    q("You’re not just losing the fish you can see on the bank,", "Marcus Lindqvist", PER, "he", "said"),
    q("You’re losing the fish they would have made.⋯in a photograph.", "Marcus Lindqvist", PER, "he", "said"),
    q("miss the whole event.", "Marcus Lindqvist", PER, "He", "warned", PARTIAL),
    q("We’re not going to wait for the company to tell us what’s in our water,", "Darlene Tomah", PER,
      "Darlene Tomah", "said"),
    q("We’ve done that before.", "Darlene Tomah", PER, "Darlene Tomah", "said"),
])

# A Toronto Star housing story in curly marks on a rent strike against an above-guideline increase: a headline quote
# (a tenant leader's words, repeated in the body's first quote), a deck without quotes, a byline with the beat and a
# date line, the tenant leader after an inverted "said X, 52, co-chair of ..." split and later "he said", a landlord's
# spokesperson "In an email" (a partial, then "Kaye said" split, then "She said the company would “…”"), a chief
# executive's words on an analysts' call "according to a transcript", a retired worker by "she said" across paragraphs,
# an anonymous tenant ("One woman on the seventh floor, who asked the Star not to use her name"), a shout from the back
# of a meeting by "one woman" who is named only in the next paragraph ("The woman, X, 44,"), `Coun. X (Ward 21,
# Scarborough Centre)` who "called AGIs “…”", a minister's spokesperson quoted before she is named ("the spokesperson,
# X, said in a statement"), a tribunal that does not comment, and a clinic lawyer by surname and "she".

doc("ca-star-23", "canadian-news", [
    q("We’re not paying for their marble lobby", "Dwayne McKenzie", PER, None, None, nth=0),
    q("We’re not paying for their marble lobby,", "Dwayne McKenzie", PER, "Dwayne McKenzie", "said"),
    q("We asked for working elevators and heat in January. We got a fountain.", "Dwayne McKenzie", PER,
      "Dwayne McKenzie", "said"),
    q("This isn’t people refusing to pay,", "Dwayne McKenzie", PER, "he", "said"),
    q("The money is sitting there. They can have it the day they sit down with us.", "Dwayne McKenzie", PER, "he",
      "said"),
    q("following the process the province has set out.", "Meredith Kaye", PER,
      "Harrowgate spokesperson Meredith Kaye", "said", PARTIAL),
    q("These are 50-year-old buildings that needed significant investment, and they received it,", "Meredith Kaye",
      PER, "Kaye", "said"),
    q("We are confident the board will find the costs were necessary.", "Meredith Kaye", PER, "Kaye", "said"),
    q("pursue the usual remedies", "Meredith Kaye", PER, "She", "said", PARTIAL),
    q("meaningful rent uplift", "Philip Strand", PER, "Harrowgate chief executive Philip Strand", "said", PARTIAL),
    q("Uplift. That’s me. I’m the uplift,", "Lourdes Ibarra", PER, "she", "said"),
    q("When I leave, they get to charge the next person $2,600 for my apartment.", "Lourdes Ibarra", PER, "she",
      "said"),
    q("It doesn’t sound like much to them,", "Lourdes Ibarra", PER, "she", "said"),
    q("For me, it’s the phone bill and half the groceries.", "Lourdes Ibarra", PER, "she", "said"),
    q("I have two kids in school here,", "a woman on the seventh floor", ANON, "she", "said"),
    q("If something happens to this apartment, we have nowhere.", "a woman on the seventh floor", ANON, "she", "said"),
    q("We’re the ones who stayed when nobody wanted to live here!", "Ana Folau", PER, "one woman", "shouted"),
    q("My dad paid rent here for 33 years,", "Ana Folau", PER, "Folau", "said"),
    q("They act like we showed up yesterday.", "Ana Folau", PER, "Folau", "said"),
    q("a loophole big enough to drive a renoviction through", "Farida Haque", PER, "Coun. Farida Haque", "called",
      PARTIAL),
    q("Replacing a roof is a landlord’s job. It’s what the rent is for,", "Farida Haque", PER, "Haque", "said"),
    q("Tenants shouldn’t be paying for it twice.", "Farida Haque", PER, "Haque", "said"),
    q("reviewing the AGI framework", "Ciara Moody", PER, "A spokesperson for Housing Minister Gordon Pryce", "said",
      PARTIAL),
    q("Ontario has some of the strongest tenant protections in the country,", "Ciara Moody", PER, "Ciara Moody",
      "said"),
    q("Landlords must demonstrate to an independent tribunal⋯is justified.", "Ciara Moody", PER, "Ciara Moody",
      "said"),
    q("Withholding rent is not a legal defence on its own, and I tell people that plainly,", "Nadia Brathwaite", PER,
      "Brathwaite", "said"),
    q("What it is, is leverage.", "Nadia Brathwaite", PER, "Brathwaite", "said"),
    q("If you let a building fall apart⋯for your neglect,", "Nadia Brathwaite", PER, "she", "said"),
    q("They have lawyers. We have 140 doors,", "Dwayne McKenzie", PER, "he", "said"),
    q("We’ll see who blinks.", "Dwayne McKenzie", PER, "he", "said"),
])

# A Globe and Mail sport-governance story in curly marks on a federal funding freeze for a national rowing body: a
# headline partial of a review ("after review finds ‘…’") and a deck partial of a coach's lawyer ("head coach’s lawyer
# says he ‘…’"), both repeated in the body, a byline block in capitals, Mr./Ms./Prof. on second reference, the
# secretary of state "told reporters" split and "Speaking in French, he said ... “…”", the review's author ("It found
# that ... “…”", "Ms. Hollis wrote" split, "The report also found"), the lawyer's statement, a retired rower by "she",
# an anonymous athlete ("the athlete said"), a board chair, a resignation letter ("Mr. Brandt wrote that the report
# “…”"), an advocacy group's "called ... “…”" and its director after an inverted "said the group's executive director,
# X", a critic, a professor sharing the rower's surname ("no relation") who "described ... as" then "Prof. Marsh said",
# and "she said" at the end for the rower after "For Ms. Marsh, the rower,".

doc("ca-globe-23", "canadian-news", [
    q("culture of fear", "Margaret Hollis", PER, "review", "finds", PARTIAL, nth=0),
    q("categorically denies", "Robert Dionne", PER, "head coach’s lawyer", "says", PARTIAL, nth=0),
    q("Athletes who represent this country should never have to choose between their health and their dream,",
      "Julien Ferland", PER, "Mr. Ferland", "told"),
    q("What this report describes is not a high-performance environment. It is a harmful one.", "Julien Ferland",
      PER, "Mr. Ferland", "told"),
    q("rebuilt its governance from the ground up.", "Julien Ferland", PER, "he", "said", PARTIAL),
    q("a culture of fear in which speaking up was understood to be the end of a career.", "Margaret Hollis", PER,
      "It", "found", PARTIAL),
    q("The athletes I spoke with were remarkably consistent,", "Margaret Hollis", PER, "Ms. Hollis", "wrote"),
    q("They described the same practices, in the same words, across a period of at least seven years.",
      "Margaret Hollis", PER, "Ms. Hollis", "wrote"),
    q("did not act on them in any meaningful way.", "Margaret Hollis", PER, "The report", "found", PARTIAL),
    q("categorically denies", "Robert Dionne", PER, "Robert Dionne", "said", PARTIAL, nth=1),
    q("Coach Halloran was handed a summary of anonymous complaints⋯answer them,", "Robert Dionne", PER,
      "Mr. Dionne", "said"),
    q("That is not an investigation. It is a verdict in search of a process.", "Robert Dionne", PER, "Mr. Dionne",
      "said"),
    q("I was 19 the first time I was told I was too heavy to be in the boat,", "Jenna Marsh", PER, "Ms. Marsh", "said"),
    q("I stopped eating properly that year, and I didn’t start again until I retired.", "Jenna Marsh", PER,
      "Ms. Marsh", "said"),
    q("We told them. We told them in writing,", "Jenna Marsh", PER, "she", "said"),
    q("Everybody at the top knew the names.", "Jenna Marsh", PER, "she", "said"),
    q("People are laughing in the boathouse again,", "a current national-team athlete", ANON, "the athlete", "said"),
    q("I didn’t realize how quiet it had been until it wasn’t.", "a current national-team athlete", ANON,
      "the athlete", "said"),
    q("failed the athletes it was responsible for", "Catherine Oduya", PER, "Board chair Catherine Oduya", "said",
      PARTIAL),
    q("I’m not going to stand here and say that we didn’t know,", "Catherine Oduya", PER, "Ms. Oduya", "said"),
    q("Some of us knew enough, and we should have acted.", "Catherine Oduya", PER, "Ms. Oduya", "said"),
    q("makes clear that change must begin with new leadership,", "Alistair Brandt", PER, "Mr. Brandt", "wrote",
      PARTIAL),
    q("a necessary first step", "Athletes’ Voice Canada", ORG, "Athletes’ Voice Canada", "called", PARTIAL),
    q("The athletes are the victims here. They can’t be the ones who pay for this,", "Priya Raman", PER,
      "Priya Raman", "said"),
    q("a press release, not a plan.", "Blaine Kowalski", PER, "Conservative sport critic Blaine Kowalski", "called",
      PARTIAL),
    q("If the minister wants credit for freezing money⋯the first complaint,", "Blaine Kowalski", PER, "Mr. Kowalski",
      "said"),
    q("the only lever Ottawa really has.", "Gretchen Marsh", PER, "Gretchen Marsh", "described", PARTIAL),
    q("Sport Canada can’t fire a coach. It can’t overrule a board,", "Gretchen Marsh", PER, "Prof. Marsh", "said"),
    q("All it can do is turn off the tap⋯including the athletes.", "Gretchen Marsh", PER, "Prof. Marsh", "said"),
    q("Nobody should ever have to step on a scale in front of 20 people again,", "Jenna Marsh", PER, "she", "said"),
])

# A Canadian Press health story in straight marks, as the ASCII wire feed runs it (accents dropped, `--` dateline), on
# a measles outbreak in Quebec: a byline and "The Canadian Press" on their own lines, the public health director who
# "told reporters" split and then "Speaking in French, she said ... and she urged parents to "…"", a regional director,
# the health minister "at the legislature" and "the minister said it was "…"" after an "Asked whether" clause, an
# opposition critic "said in French" split, a mother with a nested 'I know what this is.' and her husband sharing her
# surname ("Her husband, Patrick Cote, said ..." then "he said"), a school service centre's statement ("the statement
# said" split), a federal agency's email ("the agency said"), a pediatrician by surname and "he", the director's "she
# said" at the end after "Arsenault said ...", and CP's sign-off line.

doc("ca-cp-23", "canadian-news", [
    q("We are at a point where every week counts,", "Genevieve Arsenault", PER, "Arsenault", "told"),
    q("Measles is one of the most contagious diseases we know.⋯it won't.", "Genevieve Arsenault", PER, "Arsenault",
      "told"),
    q("check the vaccination booklet tonight, not next month.", "Genevieve Arsenault", PER, "[she] urged parents",
      "urged", PARTIAL),
    q("That is not a gap. That is a door left wide open,", "Karim Belhadj", PER, "Belhadj", "said"),
    q("We have the vaccine. We have the nurses. What we need now is for parents to come,", "Stephane Gauvreau", PER,
      "Gauvreau", "said"),
    q("not on the table at this time.", "Stephane Gauvreau", PER, "the minister", "said", PARTIAL),
    q("The minister is opening clinics today because he closed them yesterday,", "Marie-Pier Doucet", PER, "Doucet",
      "said"),
    q("Families in the Laurentides deserved better⋯has started.", "Marie-Pier Doucet", PER, "Doucet", "said"),
    q("I had never seen measles in my life. I thought it was a virus from daycare,", "Melanie Cote", PER, "Cote",
      "said"),
    q("At the hospital, the doctor looked at him⋯'I know what this is.'", "Melanie Cote", PER, "Cote", "said"),
    q("You do everything right and it still finds you,", "Patrick Cote", PER, "he", "said"),
    q("That's why the other parents have to do their part. Our son couldn't.", "Patrick Cote", PER, "he", "said"),
    q("We understand this is difficult for families,", "Centre de services scolaire de la Riviere-aux-Pins", ORG,
      "the statement", "said"),
    q("The health of all of our students has to come first.", "Centre de services scolaire de la Riviere-aux-Pins",
      ORG, "the statement", "said"),
    q("Two doses of measles-containing vaccine are about 97 per cent effective at preventing measles,",
      "Public Health Agency of Canada", ORG, "the agency", "said"),
    q("The parents who come to see me are not anti-vaccine.⋯life got busy,", "Samuel Okonkwo", PER, "Okonkwo",
      "said"),
    q("The virus doesn't care why a child wasn't vaccinated.", "Samuel Okonkwo", PER, "Okonkwo", "said"),
    q("People my parents' age remember what this looked like,", "Samuel Okonkwo", PER, "he", "said"),
    q("My generation of doctors mostly learned it from a textbook. We are learning it again now.", "Samuel Okonkwo",
      PER, "he", "said"),
    q("I would rather tell you that today and be wrong⋯and be wrong,", "Genevieve Arsenault", PER, "she", "said"),
])

# A National Post Ottawa justice story in curly marks on a bail bill tabled as a slain store owner's family watched: a
# deck "Defence lawyers warn ... will mean ‘…’" whose words a named lawyer says in the body, a byline and "OTTAWA —",
# the justice minister "told reporters" split, "She said in French that the bill was “…”", and later "shot back that"
# without a quote before "she said", a widow and son sharing the victim's surname ("Arjun Bains, 29, told the National
# Post" split; "His mother, standing beside him, said ... “…”" then "Manpreet Bains said"; "Arjun Bains said" and "he
# said" at the end), a Conservative critic "called it “…”" then "said in question period" split, a senator who "told
# the National Post", a defence lawyers' president who "warned that ... “…”", "A senior government official, speaking
# on background" (a partial, then "the official said" split), an RCMP superintendent's statement, an attorney general's
# statement without a quote, a Bloc critic "said in French that provinces ... needed money for courts, “…”", and the
# accused's lawyer "in an email".

doc("ca-np-23", "canadian-news", [
    q("jailing people for being poor", "Kamal Rahimi", PER, "Defence lawyers", "warn", PARTIAL, nth=0),
    q("Canadians need to know that when someone has shown again and again⋯takes that seriously,",
      "Claire Beaudoin-Hart", PER, "Justice Minister Claire Beaudoin-Hart", "told"),
    q("This legislation makes sure it does.", "Claire Beaudoin-Hart", PER, "Justice Minister Claire Beaudoin-Hart",
      "told"),
    q("targeted, not sweeping,", "Claire Beaudoin-Hart", PER, "She", "said", PARTIAL),
    q("My father opened that store every morning at six o’clock.⋯by name,", "Arjun Bains", PER, "Arjun Bains",
      "told"),
    q("The man who killed him had a record a page long, and a judge let him walk out the door.", "Arjun Bains", PER,
      "Arjun Bains", "told"),
    q("before another family has to come here.", "Manpreet Bains", PER, "His mother", "said", PARTIAL),
    q("I don’t want sympathy. I want a law,", "Manpreet Bains", PER, "Manpreet Bains", "said"),
    q("a half-measure dressed up as reform", "Garnet Voss", PER, "Conservative justice critic Garnet Voss", "called",
      PARTIAL),
    q("The Liberals broke the bail system⋯one hole in it,", "Garnet Voss", PER, "Voss", "said"),
    q("Ravinder Bains should be alive today.", "Garnet Voss", PER, "Voss", "said"),
    q("You cannot fix bail by giving a speech.⋯in the courtroom,", "Claire Beaudoin-Hart", PER, "she", "said"),
    q("Every government that has ever tightened bail⋯the dangerous ones,", "Louise Tremblay-Falk", PER, "she",
      "told"),
    q("The numbers have never once backed that up.", "Louise Tremblay-Falk", PER, "she", "told"),
    q("jailing people for being poor.", "Kamal Rahimi", PER, "Kamal Rahimi", "warned", PARTIAL),
    q("The people who can’t meet a reverse onus⋯on day one,", "Kamal Rahimi", PER, "Rahimi", "said"),
    q("That is not a description of dangerous people. It is a description of poor people.", "Kamal Rahimi", PER,
      "Rahimi", "said"),
    q("a few thousand", "a senior government official", ANON, "A senior government official", "said", PARTIAL),
    q("This is not a bill for first offenders⋯with shoplifting,", "a senior government official", ANON,
      "the official", "said"),
    q("It is aimed at a small number of people who are responsible for a lot of harm.",
      "a senior government official", ANON, "the official", "said"),
    q("arrest the same individuals over and over again.", "Dale Kowal", PER, "Supt. Dale Kowal", "said", PARTIAL),
    q("Our officers do their part. We need the rest of the system to do its part too,", "Dale Kowal", PER, "Kowal",
      "said"),
    q("not just new words in the Criminal Code.", "Isabelle Thériault", PER,
      "Bloc Québécois justice critic Isabelle Thériault", "said", PARTIAL),
    q("My client’s case will be decided in a courtroom in Surrey, not in the House of Commons,", "Mira Solberg", PER,
      "Solberg", "said"),
    q("They’re going to get tired of seeing us,", "Arjun Bains", PER, "he", "said"),
    q("That’s fine. We’re not going anywhere.", "Arjun Bains", PER, "he", "said"),
])

# A New York Times national story in curly marks on a worksite immigration raid at a Nebraska pork plant: a headline
# and a deck without quotes, "By X / Reporting from ...", Mr./Ms. and "Father" on second reference, the superintendent
# after an inverted "said X, the superintendent of ..., standing in ..." split and "he said" later, ICE's statement (a
# partial after "The agency said in a statement that", then "the statement said"), an anonymous federal law enforcement
# official, the company's partial ("the company said it had “…”") and its spokeswoman after an inverted "said X", a
# mother who "said in Spanish through an interpreter" and her daughter named by first name ("Her daughter, Daniela,
# 15," then "Daniela said"), the governor's post ("calling it “…”", then "Mr. Beck wrote"), a Republican mayor, a
# Democratic representative's "called the raid “…”", `Senator X, Republican of Nebraska` "said in a statement", a
# priest ("The Rev. X" then "Father Meyer said"), "In the schools, Mr. Arrieta said," without a quote, and a door sign.

doc("us-nyt-23", "us-politics", [
    q("We have teachers setting out lunch trays for kids who aren’t there,", "Miguel Arrieta", PER, "Miguel Arrieta",
      "said"),
    q("Nobody trained us for this.", "Miguel Arrieta", PER, "Miguel Arrieta", "said"),
    q("present in the United States unlawfully", "Immigration and Customs Enforcement", ORG, "The agency", "said",
      PARTIAL),
    q("ICE will continue to enforce the law at worksites that rely on an illegal work force,",
      "Immigration and Customs Enforcement", ORG, "the statement", "said"),
    q("The workers are the easy part,", "a federal law enforcement official", ANON, "the official", "said"),
    q("The question is who hired them, and what they knew.", "a federal law enforcement official", ANON,
      "the official", "said"),
    q("fully cooperated", "Caldera Foods", ORG, "the company", "said", PARTIAL),
    q("We were as surprised as anyone by what happened last week,", "Dana Kirkwood", PER, "Dana Kirkwood", "said"),
    q("My daughter asked me if they take children too,", "Rosa Ixcoy", PER, "Ms. Ixcoy", "said"),
    q("I didn’t know what to tell her.", "Rosa Ixcoy", PER, "Ms. Ixcoy", "said"),
    q("Half my friends aren’t there,", "Daniela", PER, "Daniela", "said"),
    q("The teachers keep saying it’s going to be OK, but they don’t know that.", "Daniela", PER, "Daniela", "said"),
    q("exactly what Nebraskans voted for.", "Russell Beck", PER, "Gov. Russell Beck", "calling", PARTIAL),
    q("Employers who break the law to undercut American workers should pay the price,", "Russell Beck", PER,
      "Mr. Beck", "wrote"),
    q("I believe in the law. I also believe in this town,", "Linda Strand", PER, "Ms. Strand", "said"),
    q("Right now those two things are pulling in different directions⋯in the middle.", "Linda Strand", PER,
      "Ms. Strand", "said"),
    q("a show of force aimed at children", "Luis Ortega", PER, "Representative Luis Ortega", "called", PARTIAL),
    q("Nebraska agriculture depends on having workers,", "Carol Vannoy", PER, "Ms. Vannoy", "said"),
    q("Congress has failed for 30 years to fix a system that everyone agrees is broken.", "Carol Vannoy", PER,
      "Ms. Vannoy", "said"),
    q("A mother came in on Thursday⋯in case she was picked up,", "Thomas Meyer", PER, "Father Meyer", "said"),
    q("I have been a priest for 26 years. No one has ever asked me that.", "Thomas Meyer", PER, "Father Meyer",
      "said"),
    q("Some of them have already left the state. Some are hiding,", "Miguel Arrieta", PER, "he", "said"),
    q("We just keep calling.", "Miguel Arrieta", PER, "he", "said"),
    q("I don’t know if it helps,", "Miguel Arrieta", PER, "he", "said"),
    q("But I wanted them to see it if they come back.", "Miguel Arrieta", PER, "he", "said"),
], not_quotes=["Everyone is welcome here."])

# A Hill congressional story in curly marks on a House committee markup of a college athlete pay bill: a headline
# quote after a colon whose speaker is named only in the body (where the words open her quote), a byline in capitals
# with a timestamp, `(R-Ind.)` and `(D-Ga.)` tags, the chairman's "said the bill would bring “…”" then "said in his
# opening remarks" split, the sponsor split, the ranking member after an inverted "said Rep. X (D-Ga.), the
# committee’s top Democrat" split, a member's "called the bill “…”" then "he said", a joint letter of two conference
# commissioners ("X and Y wrote that without congressional action “…”"), one of them "told The Hill" and then split, a
# players' group "in a statement, saying it was “…”", a board member by "he", a senator's "she has said she would
# oppose any bill that “…”" then "wrote on X", a Senate aide "granted anonymity", the press secretary's partial, a
# university president who "told The Hill in a phone interview", and the ranking member's "she said" at the end.

doc("us-hill-23", "us-politics", [
    q("This is a labor question", "Yolanda Pierce", PER, None, None, nth=0),
    q("stability and common sense", "Brent Talbot", PER, "Committee Chairman Brent Talbot", "said", PARTIAL),
    q("Right now we have 50 different rulebooks and a bunch of lawyers deciding who plays where,", "Brent Talbot",
      PER, "Talbot", "said"),
    q("College sports needs one set of rules, and Congress is the only body that can write them.", "Brent Talbot",
      PER, "Talbot", "said"),
    q("If you turn every athlete into an employee⋯doesn’t make money,", "Jack Hennessey", PER, "Hennessey", "said"),
    q("I’ve talked to those athletic directors. They are not bluffing.", "Jack Hennessey", PER, "Hennessey", "said"),
    q("This is a labor question,", "Yolanda Pierce", PER, "Rep. Yolanda Pierce", "said"),
    q("These young people work 40 hours a week⋯That is a carve-out.", "Yolanda Pierce", PER, "Rep. Yolanda Pierce",
      "said"),
    q("a permission slip for the schools to keep the money", "Darnell Ashford", PER, "Rep. Darnell Ashford",
      "called", PARTIAL),
    q("Nobody in this room asked a single current player what they wanted,", "Darnell Ashford", PER, "he", "said"),
    q("the collegiate model as we know it will not survive the decade.", "Gary Lundqvist and Renee Haskins", PER,
      "Big Plains Conference Commissioner Gary Lundqvist and Coastal Athletic League Commissioner Renee Haskins",
      "wrote", PARTIAL, speakers=["Gary Lundqvist", "Renee Haskins"]),
    q("We’ve been asking for this for four years,", "Gary Lundqvist", PER, "Lundqvist", "said"),
    q("Today was the first time it felt like the House was actually listening.", "Gary Lundqvist", PER, "Lundqvist",
      "said"),
    q("written by the people who profit⋯athletes’ labor.", "College Athletes Alliance", ORG,
      "The College Athletes Alliance", "saying", PARTIAL),
    q("We were in the room next door, basically, and nobody came over,", "Kendrick Vail", PER, "he", "said"),
    q("That tells you everything.", "Kendrick Vail", PER, "he", "said"),
    q("takes away rights players have already won.", "Ruth Calder", PER, "[she] has said", "said", PARTIAL),
    q("The House bill is a nonstarter over here,", "Ruth Calder", PER, "Calder", "wrote"),
    q("There are 60 votes for doing something,", "a Republican aide on the Senate Commerce Committee", ANON,
      "the aide", "said"),
    q("There are not 60 votes for either of these.", "a Republican aide on the Senate Commerce Committee", ANON,
      "the aide", "said"),
    q("believes college athletes should be able to share in the success they create", "Dana Whitcombe", PER,
      "press secretary Dana Whitcombe", "said", PARTIAL),
    q("I support paying athletes. We already do,", "Ellen Marchbanks", PER, "Marchbanks", "told"),
    q("What I can’t do is pay them as employees and keep a rowing team.", "Ellen Marchbanks", PER, "Marchbanks",
      "told"),
    q("They have the votes in this committee,", "Yolanda Pierce", PER, "she", "said"),
    q("They don’t have the last word.", "Yolanda Pierce", PER, "she", "said"),
])

# An NPR housing story in curly marks on a ski town's ballot measure to tax empty second homes: a sentence-case
# headline, a date line and a byline, a dateline, present-tense "says" throughout, a teacher living in a van after an
# inverted "says X, pointing to ..." and then "she says" across the piece (twice at the end, after "She closes the van
# door."), the mayor after an inverted "says Mayor X, who runs ...", a second-home owner and his wife sharing his
# surname ("His wife, Donna Pellegrino, is less sure." then "she says"; "Richard Pellegrino laughs at that." then "he
# says"), a realtors' board "In a statement to NPR, the group called the tax “…”" then "the statement says", an
# economist by surname, and a housing director by "he says" and "He calls the measure “…”".

doc("us-npr-23", "us-politics", [
    q("This is my kitchen, this is my bedroom, and that’s the closet,", "Kayla Ruiz", PER, "Kayla Ruiz", "says"),
    q("The rec center lets me use the showers.⋯the whole system.", "Kayla Ruiz", PER, "Kayla Ruiz", "says"),
    q("You show up to look at a one-bedroom and there are 15 people in the hallway,", "Kayla Ruiz", PER, "she",
      "says"),
    q("Somebody always offers six months up front.", "Kayla Ruiz", PER, "she", "says"),
    q("We’re not trying to punish anybody for owning a second home,", "Tom Brekke", PER, "Mayor Tom Brekke", "says"),
    q("We’re asking the people who own most of the houses⋯run the town.", "Tom Brekke", PER, "Mayor Tom Brekke",
      "says"),
    q("We had a paramedic commuting two hours each way over the pass,", "Tom Brekke", PER, "he", "says"),
    q("In February.", "Tom Brekke", PER, "he", "says"),
    q("It’s taxation without representation. I don’t get to vote on this,", "Richard Pellegrino", PER,
      "Richard Pellegrino", "says"),
    q("I understand why they’re doing it. I see the help-wanted signs everywhere,", "Donna Pellegrino", PER, "she",
      "says"),
    q("I just think they could have asked us before they sent us the bill.", "Donna Pellegrino", PER, "she", "says"),
    q("We’ve been married 41 years,", "Richard Pellegrino", PER, "he", "says"),
    q("We don’t have to agree on taxes.", "Richard Pellegrino", PER, "he", "says"),
    q("a penalty on property rights that won’t build a single home.", "Silverpine Board of Realtors", ORG,
      "the group", "called", PARTIAL),
    q("Second-home owners already pay a large share of local taxes while using very few local services,",
      "Silverpine Board of Realtors", ORG, "the statement", "says"),
    q("A condo that’s empty in Vancouver is empty because somebody is speculating,", "Anya Feldman", PER, "Feldman",
      "says"),
    q("A condo that’s empty in Silverpine⋯may just pay the tax.", "Anya Feldman", PER, "Feldman", "says"),
    q("Every single person on that list works here,", "Jorge Villalobos", PER, "he", "says"),
    q("Lift operators, nurses, the guy who fixes your furnace.", "Jorge Villalobos", PER, "he", "says"),
    q("the first real tool we’ve had in 20 years.", "Jorge Villalobos", PER, "He", "calls", PARTIAL),
    q("If it passes, maybe I get a real apartment and I stay,", "Kayla Ruiz", PER, "she", "says"),
    q("If it doesn’t, I think I’m going to have to teach somewhere I can afford to live.", "Kayla Ruiz", PER, "she",
      "says"),
    q("Which would be sad,", "Kayla Ruiz", PER, "she", "says"),
    q("These kids are great.", "Kayla Ruiz", PER, "she", "says"),
])

# A Toronto Star city-hall story in curly marks on e-bike battery fires in apartment towers: a quote-first headline
# whose words open the body's first quote, a deck without quotes, a byline with the beat and a date line, a tenant
# after an inverted "said X, 38," split and then "she said" across paragraphs, her son sharing her surname ("Her older
# son, Yusuf Abdi, 15," then "he said"), a deputy fire chief who "told the Star" split and a partial "and many of them
# “…”" after "Mistry said", `Coun. X (Ward 7, Humber River—Black Creek)` who "called the current rules “…”", a delivery
# rider with a quote paragraph that follows on without a cue, a couriers' group that "warned", a landlord's spokesperson
# "In an email" (two partials, then "Fenwick wrote"), an anonymous tenant ("One man on the 12th floor, who asked that
# his name not be used"), a minister's unnamed spokesperson with two partials, and the tenant's "she said" at the end.

doc("ca-star-24", "canadian-news", [
    q("I heard a pop, and then the hallway was black", "Nasra Abdi", PER, None, None, nth=0),
    q("I heard a pop, and then the hallway was black,", "Nasra Abdi", PER, "Abdi", "said"),
    q("By the time I got the door open, you couldn’t see the exit sign.", "Nasra Abdi", PER, "Abdi", "said"),
    q("They keep telling us two more weeks,", "Nasra Abdi", PER, "she", "said"),
    q("My youngest asks me every night⋯anymore.", "Nasra Abdi", PER, "she", "said"),
    q("It’s an hour and 20 minutes each way if everything works,", "Yusuf Abdi", PER, "he", "said"),
    q("It never all works.", "Yusuf Abdi", PER, "he", "said"),
    q("These batteries don’t burn the way a couch or a mattress burns,", "Rohan Mistry", PER,
      "Deputy Fire Chief Rohan Mistry", "told"),
    q("They go into what we call thermal runaway.⋯in seconds.", "Rohan Mistry", PER,
      "Deputy Fire Chief Rohan Mistry", "told"),
    q("bought online for a fraction of what a certified one costs.", "Rohan Mistry", PER, "Mistry", "said", PARTIAL),
    q("If people take one thing from this⋯only way out,", "Rohan Mistry", PER, "he", "said"),
    q("a patchwork that nobody can enforce.", "Marisol Teixeira", PER, "Teixeira", "called", PARTIAL),
    q("Right now a landlord can put one line in a lease and walk away,", "Marisol Teixeira", PER, "she", "said"),
    q("That’s not a safety plan. That’s a liability waiver.", "Marisol Teixeira", PER, "she", "said"),
    q("If you ban charging in the building⋯On the sidewalk?", "Manuel Ocampo", PER, "Manuel Ocampo", "said"),
    q("I ride 10 hours a day. The bike is how I pay my rent.", "Manuel Ocampo", PER, "Manuel Ocampo", "said"),
    q("Nobody told me there was a difference,", "Manuel Ocampo", PER, "he", "said"),
    q("You go on the website and you pick the cheap one.", "Manuel Ocampo", PER, "he", "said"),
    q("Now I tell everybody: spend the money. It’s cheaper than a funeral.", "Manuel Ocampo", PER, None, None),
    q("push riders into even riskier situations.", "Gig Workers Alliance of Ontario", ORG,
      "Gig Workers Alliance of Ontario", "warned", PARTIAL),
    q("co-operated fully", "Julia Fenwick", PER, "company spokesperson Julia Fenwick", "said", PARTIAL),
    q("as quickly as it is safe to do so.", "Julia Fenwick", PER, "company spokesperson Julia Fenwick", "said",
      PARTIAL),
    q("The repairs involve smoke and water damage⋯cannot be rushed,", "Julia Fenwick", PER, "Fenwick", "wrote"),
    q("I sent pictures. I sent them to the office and to the superintendent,", "a man on the 12th floor", ANON, "he",
      "said"),
    q("Nobody ever wrote back.", "a man on the 12th floor", ANON, "he", "said"),
    q("watching closely", "a spokesperson for Solicitor General Patrick Oyelaran", ANON,
      "A spokesperson for Solicitor General Patrick Oyelaran", "said", PARTIAL),
    q("looking at every tool available,", "a spokesperson for Solicitor General Patrick Oyelaran", ANON,
      "A spokesperson for Solicitor General Patrick Oyelaran", "said", PARTIAL),
    q("The landlords will say it’s too expensive. I’d ask them what this fire cost,", "Marisol Teixeira", PER, "she",
      "said"),
    q("I don’t hate the man whose battery it was. He lost everything too,", "Nasra Abdi", PER, "she", "said"),
    q("I just want somebody to tell me the truth about when we can go home.", "Nasra Abdi", PER, "she", "said"),
])

# A CTV News Barrie court story in straight marks on the sentencing of a hit-and-run driver who killed a crossing
# guard: a headline partial in single marks whose speaker ("family says") is named in the body, CTV's byline and
# "Published:/Updated:" lines, the judge's partial after "said Maclachlan had made" and her split quote, the widower's
# victim impact statement ("he told the court") and a quote paragraph that follows on without a cue, the daughter
# sharing his surname ("she told CTV News", then "Tanya Kessel said"), the defence lawyer's partial after "arguing", the
# offender's apology by "he said" after "Maclachlan stood", the Crown's partial and "she said", a parent after an
# inverted "said X, whose son and daughter ...", the city's statement (a partial after "the city said", then "the
# statement said"), `Ward 6 Coun. X told CTV News`, an anonymous crossing guard ("the guard said") and the widower's
# "he said" at the end.

doc("ca-ctv-24", "canadian-news", [
    q("she was the safest person on that corner", "Tanya Kessel", PER, "family", "says", PARTIAL),
    q("a series of choices, each one worse than the last.", "Anita Dhaliwal", PER, "Justice Anita Dhaliwal", "said",
      PARTIAL),
    q("He was driving at nearly twice⋯he kept going,", "Anita Dhaliwal", PER, "Dhaliwal", "said"),
    q("That last choice is the one this community will have the hardest time forgiving.", "Anita Dhaliwal", PER,
      "Dhaliwal", "said"),
    q("Every morning for 11 years⋯loved those kids,", "Gerald Kessel", PER, "he", "told"),
    q("She knew every one of their names. She knew which ones had a dog.", "Gerald Kessel", PER, "he", "told"),
    q("I still set two cups out in the morning.", "Gerald Kessel", PER, None, None),
    q("Four years. She's gone⋯high school,", "Tanya Kessel", PER, "she", "told"),
    q("She was the safest person on that corner. That was her whole job⋯took her anyway,", "Tanya Kessel", PER,
      "Tanya Kessel", "said"),
    q("genuine and lasting remorse.", "Peter Osei", PER, "Peter Osei", "arguing", PARTIAL),
    q("There is nothing I can say that gives her back. I know that,", "Devon Maclachlan", PER, "he", "said"),
    q("I panicked, and I ran⋯because of me.", "Devon Maclachlan", PER, "he", "said"),
    q("the aggravating factor that sat over this whole case.", "Sonia Ferreira-Blake", PER,
      "assistant Crown attorney Sonia Ferreira-Blake", "said", PARTIAL),
    q("A collision can be a terrible mistake. Driving away is a decision,", "Sonia Ferreira-Blake", PER, "she",
      "said"),
    q("My kids still call it Lorraine's corner,", "Dana Whitfield", PER, "Dana Whitfield", "said"),
    q("The new guard is lovely. But the kids still look for her.", "Dana Whitfield", PER, "Dana Whitfield", "said"),
    q("represented the very best of our crossing guard program.", "City of Barrie", ORG, "the city", "said",
      PARTIAL),
    q("Crossing guards are the front line⋯slow down,", "City of Barrie", ORG, "the statement", "said"),
    q("We've issued more than 4,000 tickets at that one camera since it went in,", "Luc Bertrand", PER,
      "Ward 6 Coun. Luc Bertrand", "told"),
    q("That tells you everything about how people were driving there before.", "Luc Bertrand", PER,
      "Ward 6 Coun. Luc Bertrand", "told"),
    q("People still blow past me with the stop sign out. Every week,", "a crossing guard at a nearby intersection",
      ANON, "the guard", "said"),
    q("I think about Lorraine every single morning.", "a crossing guard at a nearby intersection", ANON, "the guard",
      "said"),
    q("She'd hate all this fuss,", "Gerald Kessel", PER, "he", "said"),
    q("But she'd want people to slow down. So slow down.", "Gerald Kessel", PER, "he", "said"),
])

# A Global News Edmonton story in curly marks on assaults against transit operators: a quote-first headline whose
# words sit inside the body's second quote, a "WATCH:" caption without quotes, Global's byline block with "Posted" and
# "Updated" lines, an operator after an inverted "said X, who has driven buses ..." and then "she said", her husband
# sharing her surname ("Her husband, Raymond Brisebois, is also an operator. He said ..." then "he said"), a union
# president who "called the numbers in the report “…”" and a "he said" after a paragraph about the union's demands,
# the transit branch manager ("She said ... and described them as “…”"), the mayor who "told reporters", a minister's
# spokesperson whose emailed partial comes a paragraph before she is named ("wrote the spokesperson, X"), a police
# inspector, a rider after an inverted "said X, a nursing student", "Another rider, who would give only his first
# name, Roy," with a partial and then "he said", a councillor's partial, and the union president at the end.

doc("ca-global-24", "canadian-news", [
    q("I used to love this job", "Leanne Brisebois", PER, None, None, nth=0),
    q("I’ve been spit on, I’ve been punched⋯over a transfer,", "Leanne Brisebois", PER, "Leanne Brisebois", "said"),
    q("I used to love this job. Now I sit in the seat and count the minutes.", "Leanne Brisebois", PER,
      "Leanne Brisebois", "said"),
    q("The thing nobody tells you⋯same route,", "Leanne Brisebois", PER, "she", "said"),
    q("Same stops. Same time of night.", "Leanne Brisebois", PER, "she", "said"),
    q("If I don’t hear from her by 10:15, I call dispatch,", "Raymond Brisebois", PER, "he", "said"),
    q("That’s our life now.", "Raymond Brisebois", PER, "he", "said"),
    q("the ones we know about.", "Marco DiStefano", PER, "Marco DiStefano", "called", PARTIAL),
    q("Drivers stop reporting it because nothing happens,", "Marco DiStefano", PER, "DiStefano", "said"),
    q("If you fill out the form⋯paperwork.", "Marco DiStefano", PER, "DiStefano", "said"),
    q("These are people going to work. They should get to go home the same way they came in,", "Marco DiStefano",
      PER, "he", "said"),
    q("We hear the operators. We see the same numbers they do,", "Ingrid Solvang", PER, "Solvang", "said"),
    q("But a shield is one piece of this.⋯doesn’t fix that.", "Ingrid Solvang", PER, "Solvang", "said"),
    q("the part of the plan that actually changes behaviour.", "Ingrid Solvang", PER, "She", "described", PARTIAL),
    q("The province has told us for three years that public safety on transit is a priority,", "Dale Prokopchuk",
      PER, "Prokopchuk", "told"),
    q("Priorities come with budgets.", "Dale Prokopchuk", PER, "Prokopchuk", "told"),
    q("municipalities are responsible for the day-to-day operation of their transit systems.", "Chantelle Morin",
      PER, "a spokesperson for Public Safety and Emergency Services Minister Trent Halloway", "said", PARTIAL),
    q("We expect that funding to be used⋯study the problem again,", "Chantelle Morin", PER, "Chantelle Morin",
      "wrote"),
    q("When an operator is assaulted⋯treat it that way,", "Wendell Fraser", PER, "Fraser", "said"),
    q("We need the reports to come in, though.⋯tells us about.", "Wendell Fraser", PER, "Fraser", "said"),
    q("I take a cab after eight now, and I can’t really afford a cab,", "Amira Haddad", PER, "Amira Haddad", "said"),
    q("I’ve seen too much.", "Amira Haddad", PER, "Amira Haddad", "said"),
    q("never seen it like this.", "Roy", PER, "Roy", "said", PARTIAL),
    q("It’s not the drivers’ fault. It’s not even really the city’s fault,", "Roy", PER, "he", "said"),
    q("It’s just everybody with nowhere to go ending up on the train.", "Roy", PER, "he", "said"),
    q("keeps ordering reports instead of ordering shields.", "Hannah Szabo", PER, "Coun. Hannah Szabo", "said",
      PARTIAL),
    q("We’ll be back,", "Marco DiStefano", PER, "DiStefano", "said"),
    q("And we’ll bring this year’s numbers, too.", "Marco DiStefano", PER, "DiStefano", "said"),
])

# A CBC Newfoundland and Labrador education story in straight marks on a school-bus contractor that walked away from
# its routes: a deck partial in single marks ("contractor says it '…'") repeated in the body, CBC's "·" byline line, a
# mother after an inverted "said X, whose children ..." and her father-in-law sharing her surname ("Her father-in-law,
# X," then "he said"), the owner's letter "obtained by CBC News" (a partial after "wrote that", then "the letter
# said") and "Reached by phone Tuesday, Tibbo said" before "he said", the minister's partial, his split quote after
# "told reporters" and a quote paragraph that follows on without a cue, an opposition critic who "called the situation
# “…”", a principal's partial after "He said teachers are posting work online ...", a student by "he said", "One of the
# company's former drivers, who asked CBC News not to use his name", a department's unnamed spokesperson "In an email",
# and the mother's "Pardy said" at the end.

doc("ca-cbc-24", "canadian-news", [
    q("couldn't make the numbers work", "Wayne Tibbo", PER, "contractor", "says", PARTIAL, nth=0),
    q("I've got three kids in two different schools and I start work at 7:30 in Marystown,", "Krista Pardy", PER,
      "Krista Pardy", "said"),
    q("I'm not a taxi. I can't be in two places at once.", "Krista Pardy", PER, "Krista Pardy", "said"),
    q("won't hold that forever.", "Krista Pardy", PER, "Pardy", "said", PARTIAL),
    q("I'm retired. I don't mind, sure,", "Leonard Pardy", PER, "he", "said"),
    q("But I'm 71. I'm not going to be doing this in January on that road.", "Leonard Pardy", PER, "he", "said"),
    q("couldn't make the numbers work", "Wayne Tibbo", PER, "owner Wayne Tibbo", "wrote", PARTIAL, nth=1),
    q("We have carried these children safely⋯unable to continue,", "Wayne Tibbo", PER, "the letter", "said"),
    q("I told them in 2024, I told them in 2025.⋯diesel is what it is,", "Wayne Tibbo", PER, "he", "said"),
    q("At the rate they offered, I'd be paying to drive those buses.", "Wayne Tibbo", PER, "he", "said"),
    q("working around the clock", "Brendan Foley", PER, "Education Minister Brendan Foley", "said", PARTIAL),
    q("I want to apologize to the parents on the Burin Peninsula,", "Brendan Foley", PER, "Foley", "told"),
    q("This is not the start to the school year anybody wanted.", "Brendan Foley", PER, "Foley", "told"),
    q("We have two companies interested⋯can't keep.", "Brendan Foley", PER, None, None),
    q("entirely predictable.", "Colleen Pike", PER, "Opposition education critic Colleen Pike", "called", PARTIAL),
    q("This didn't come out of nowhere.⋯sat on it,", "Colleen Pike", PER, "Pike", "said"),
    q("Some of our kids live 30 kilometres out the road.⋯simple as that,", "Darryl Brake", PER, "Brake", "said"),
    q("but it's not the same, and everyone knows it's not the same.", "Darryl Brake", PER, "He", "said", PARTIAL),
    q("Mom gets home at six in the morning. I'm not waking her up to drive me,", "Ethan Kavanagh", PER, "he",
      "said"),
    q("I'm just trying to keep up with the stuff they post.", "Ethan Kavanagh", PER, "he", "said"),
    q("Half of us are over 65. The other half are already working two jobs,", "one of the company's former drivers",
      ANON, "he", "said"),
    q("You're out at 6:30 in the morning⋯four hours.", "one of the company's former drivers", ANON, "he", "said"),
    q("retroactive to the first day of school.", "a spokesperson for the Department of Education", ANON,
      "a spokesperson for the Department of Education", "said", PARTIAL),
    q("We'll manage. We always manage out here,", "Krista Pardy", PER, "Pardy", "said"),
    q("But somebody in St. John's⋯what a bus is worth.", "Krista Pardy", PER, "Pardy", "said"),
])

# A Canadian Press national health story in curly marks on a ban on flavoured nicotine pouches: a byline and "The
# Canadian Press" on their own lines, an em-dash dateline, the minister's partial in the lead ("in what X called an
# effort to ... “…”"), her split quote after "told reporters on Parliament Hill", "Speaking in French, she said the
# government would not “…”", a regulatory impact analysis that "describes flavours as “…”", a senior official briefing
# on condition of anonymity ("the official said" split), an industry council that "warned" and its director after an
# inverted "said the council's executive director, X" and "but he called ... “…”", a pediatrician with a nested reply
# in single marks, a mother and son sharing a surname (his partial after "because", "X said in an interview", then "His
# mother said ..." and "she said"), a Conservative critic who "accused the government of “…”", a Bloc critic who "said
# in French that ... “…”", a flavour name in marks, and CP's sign-off line.

doc("ca-cp-24", "canadian-news", [
    q("the next vape.", "Claudette Vigneault", PER, "Health Minister Claudette Vigneault", "called", PARTIAL),
    q("These products were approved to help adults stop smoking,", "Claudette Vigneault", PER, "Vigneault", "told"),
    q("They were never meant to end up⋯ended up.", "Claudette Vigneault", PER, "Vigneault", "told"),
    q("wait for another generation to become addicted", "Claudette Vigneault", PER, "she", "said", PARTIAL),
    q("a key driver of youth uptake", "Health Canada", ORG, "The regulatory impact analysis", "describes", PARTIAL),
    q("surprised by the speed", "a senior Health Canada official", ANON, "A senior Health Canada official", "said",
      PARTIAL),
    q("With vaping, it took a few years⋯about 18 months,", "a senior Health Canada official", ANON, "the official",
      "said"),
    q("They’re small, there’s no smell, and a teacher can’t tell a kid has one in.",
      "a senior Health Canada official", ANON, "the official", "said"),
    q("hand the market to smugglers and online sellers who don’t check ID.", "Oral Nicotine Council of Canada", ORG,
      "Oral Nicotine Council of Canada", "warned", PARTIAL),
    q("Adults who switched from cigarettes⋯stick with,", "Trevor Makinson", PER, "Trevor Makinson", "said"),
    q("Take the flavours away⋯with vaping.", "Trevor Makinson", PER, "Trevor Makinson", "said"),
    q("a blunt instrument.", "Trevor Makinson", PER, "he", "called", PARTIAL),
    q("Kids will tell me they don’t smoke⋯those,’", "Priya Venkataraman", PER, "she", "said"),
    q("They don’t think of it as nicotine. They think of it as gum.", "Priya Venkataraman", PER, "she", "said"),
    q("everyone on the team had them.", "Marcus Wu", PER, "Marcus Wu", "said", PARTIAL),
    q("I was doing like 10 a day by the end,", "Marcus Wu", PER, "Marcus Wu", "said"),
    q("I’d wake up at night and put one in.", "Marcus Wu", PER, "Marcus Wu", "said"),
    q("He’s a good kid. He plays three sports,", "Tanya Wu", PER, "she", "said"),
    q("I honestly thought this was the one thing I didn’t have to worry about.", "Tanya Wu", PER, "she", "said"),
    q("regulating by press release.", "Stephen Ellery", PER, "Conservative health critic Stephen Ellery", "accused",
      PARTIAL),
    q("The government promised a crackdown⋯in this country,", "Stephen Ellery", PER, "Ellery", "said"),
    q("A ban you don’t enforce is a suggestion.", "Stephen Ellery", PER, "Ellery", "said"),
    q("finally catching up.", "Martine Lacasse", PER, "Bloc Québécois health critic Martine Lacasse", "said",
      PARTIAL),
    q("If you are an adult using these to quit⋯will still be there,", "Claudette Vigneault", PER, "she", "said"),
    q("What will not be there is a blue raspberry pouch in a tin that looks like candy.", "Claudette Vigneault", PER,
      "she", "said"),
], not_quotes=["ice"])

# An AP state story in straight marks on a casino workers' strike in Reno: a byline in capitals, the `(AP) —`
# dateline, a picket sign in marks, a housekeeper after an inverted "said X, who has cleaned rooms ..." and her husband
# sharing her surname ("X and her husband, Arturo Mondragon, ..." then "Arturo Mondragon said"), a union officer's
# partial and split quote "at a rally", the company's statement (a partial in apposition after "said in a statement
# that it had offered ...", then "the statement said"), a spokesman who declined, the governor "saying in a statement
# that “…”", `State Sen. X, D-Reno, whose district ...,` and `State Sen. X, R-Minden,` who "called the strike “…”", an
# anonymous manager "who spoke on condition of anonymity" ("the manager said"), an economist, a server who "told The
# Associated Press", and the union officer at the end.

doc("us-ap-24", "us-politics", [
    q("Nobody wanted to be out here today,", "Teresa Mondragon", PER, "Teresa Mondragon", "said"),
    q("But I clean 16 rooms a day now.⋯the rooms were smaller.", "Teresa Mondragon", PER, "Teresa Mondragon",
      "said"),
    q("We've got two kids⋯right now,", "Arturo Mondragon", PER, "Arturo Mondragon", "said"),
    q("We figured if we're going to do this, we do it together.", "Arturo Mondragon", PER, "Arturo Mondragon",
      "said"),
    q("record profits on the backs of workers who can't afford to live in the city they work in.",
      "Denise Achterberg", PER, "Local 41 Secretary-Treasurer Denise Achterberg", "said", PARTIAL),
    q("Halloway has the money. They told their shareholders they have the money,", "Denise Achterberg", PER,
      "Achterberg", "said"),
    q("They just don't want to give it⋯cook the food.", "Denise Achterberg", PER, "Achterberg", "said"),
    q("the most generous economic package in the company's history,", "Halloway Gaming", ORG, "Halloway Gaming",
      "said", PARTIAL),
    q("We are disappointed that union leadership⋯of its members,", "Halloway Gaming", ORG, "the statement", "said"),
    q("a long strike helps no one in northern Nevada.", "Lyle Harrigan", PER, "Republican Gov. Lyle Harrigan",
      "saying", PARTIAL),
    q("These are my neighbors,", "Alicia Fontenot", PER, "Fontenot", "said"),
    q("When they tell me they're working two jobs and still can't make rent, I believe them.", "Alicia Fontenot",
      PER, "Fontenot", "said"),
    q("a gut punch", "Colby Matthiesen", PER, "State Sen. Colby Matthiesen", "called", PARTIAL),
    q("I've got constituents who drive into Reno⋯depend on them,", "Colby Matthiesen", PER, "Matthiesen", "said"),
    q("Everybody loses the longer this goes.", "Colby Matthiesen", PER, "Matthiesen", "said"),
    q("We've got supervisors making beds. I'm making beds,", "a manager at one of the properties", ANON,
      "the manager", "said"),
    q("Guests are being told their rooms won't be cleaned until checkout.", "a manager at one of the properties",
      ANON, "the manager", "said"),
    q("Reno isn't Las Vegas.⋯its other properties,", "Ken Abernathy", PER, "Abernathy", "said"),
    q("The question is how long guests put up with it.", "Ken Abernathy", PER, "Abernathy", "said"),
    q("People think we're making bank on tips. Some nights, sure,", "Jasmine Okwu", PER, "she", "told"),
    q("But the health insurance costs me⋯in two years.", "Jasmine Okwu", PER, "she", "told"),
    q("We'll be here tomorrow,", "Denise Achterberg", PER, "Achterberg", "said"),
    q("And the day after that.", "Denise Achterberg", PER, "Achterberg", "said"),
], not_quotes=["One Job Should Be Enough."])

# An NPR education story in curly marks on four-day school weeks in rural Missouri: a sentence-case headline, a date
# line and a byline, an em-dash dateline, a scene-setting lede, present-tense "says" throughout, a church program's
# director after an inverted "says X, who runs ..." and "she says" at the end, the superintendent after "says
# Superintendent X" and then "he says" after "It worked, he says.", a teacher introduced by name before "she says", a
# study's lead author, a mother and her husband sharing a surname ("Amber Colvin says", then "Her husband, Jesse
# Colvin, raises cattle ..." and "he says"), an anonymous mother ("One mother in the district, who asked NPR not to
# use her name"), a state representative who "calls the four-day week “…”", a teachers' group "In a statement to NPR"
# that "called" and then "the statement says", and a board president after an inverted "says board president X".

doc("us-npr-24", "us-politics", [
    q("Mondays used to be the worst day of the week. Now it’s Legos and cups and snacks,", "Brianne Tate", PER,
      "Brianne Tate", "says"),
    q("The kids like it better than school. Don’t tell the teachers.", "Brianne Tate", PER, "Brianne Tate", "says"),
    q("We were losing teachers to the districts around us every spring,", "Craig Oberholtzer", PER,
      "Superintendent Craig Oberholtzer", "says"),
    q("We couldn’t pay more.⋯their Mondays.", "Craig Oberholtzer", PER, "Superintendent Craig Oberholtzer", "says"),
    q("Last year I had 40 applications⋯my cousin,", "Craig Oberholtzer", PER, "he", "says"),
    q("I use Mondays to plan⋯7:30 to 3:30,", "Kristen Huang", PER, "she", "says"),
    q("I’m a better teacher Tuesday through Friday because of it.", "Kristen Huang", PER, "she", "says"),
    q("The effects aren’t huge⋯already behind,", "Dana Whitlock", PER, "Dana Whitlock", "says"),
    q("The question is what those kids are doing on the fifth day.", "Dana Whitlock", PER, "Dana Whitlock", "says"),
    q("That’s $140 a month I wasn’t paying before,", "Amber Colvin", PER, "Amber Colvin", "says"),
    q("For us that’s real money.", "Amber Colvin", PER, "Amber Colvin", "says"),
    q("They’re learning stuff out there, don’t get me wrong,", "Jesse Colvin", PER, "he", "says"),
    q("But my 9-year-old can tell you⋯that’s a problem.", "Jesse Colvin", PER, "he", "says"),
    q("I work retail.⋯for the church,", "a mother in the district", ANON, "she", "says"),
    q("So my kids are home alone with an iPad. I’m not proud of it.", "a mother in the district", ANON, "she",
      "says"),
    q("a recruiting gimmick that became a habit.", "Doug Kettering", PER, "Republican state Rep. Doug Kettering",
      "calls", PARTIAL),
    q("If the answer to a teacher shortage⋯making a trade,", "Doug Kettering", PER, "Kettering", "says"),
    q("And the kids didn’t get a vote.", "Doug Kettering", PER, "Kettering", "says"),
    q("a Band-Aid on a staffing crisis.", "Missouri Educators Alliance", ORG, "Missouri Educators Alliance",
      "called", PARTIAL),
    q("Districts moved to four days⋯does not change that,", "Missouri Educators Alliance", ORG, "the statement",
      "says"),
    q("We heard from too many parents⋯couldn’t afford,", "Roger Amsden", PER, "board president Roger Amsden",
      "says"),
    q("We lost two teachers over it. I’d make the same vote again.", "Roger Amsden", PER,
      "board president Roger Amsden", "says"),
    q("Every Monday I think, this is a school day,", "Brianne Tate", PER, "she", "says"),
    q("It’s just not at the school.", "Brianne Tate", PER, "she", "says"),
])

# A Fox News Digital story in straight marks on squatters and a state bill to remove them: a headline quote after a
# colon whose speaker is named only in the body (where the words open her quote), a byline and "Published" line, a
# widow who "told Fox News Digital" and "recalled" a quote of her own words in nested single marks, police officers'
# partial reported through her ("officers told her the dispute was “…” ..., she said"), a police lieutenant's email
# after his quote's first half ("X, a department spokesperson, said in an email"), a sponsor `R-Loveland` who "told Fox
# News Digital", `state Rep. X, D-Cleveland, said during floor debate` split, a legal aid group that "called the bill
# “…”" and its director after an inverted "said the group's executive director, X", a sheriff's one-word partial, the
# widow's son sharing her surname ("Harkavy's son, X," then "he said"), an unnamed woman at the door with two partials,
# a governor's unnamed spokesperson, and the widow's "she said" at the end.

doc("us-fox-24", "us-politics", [
    q("I'm paying the taxes on it", "Glenda Harkavy", PER, None, None, nth=0),
    q("I'm paying the taxes on it. I'm paying the insurance on it. And I can't walk in the front door,",
      "Glenda Harkavy", PER, "Glenda Harkavy", "told"),
    q("a civil matter", "officers", ANON, "officers", "told", PARTIAL),
    q("I said, 'A lease from who? I own the house,'", "Glenda Harkavy", PER, "Harkavy", "recalled"),
    q("They said I'd have to go to court.", "Glenda Harkavy", PER, "Harkavy", "recalled"),
    q("Our officers aren't judges.⋯fraudulent,", "Brian Sokol", PER, "Lt. Brian Sokol", "said"),
    q("That has to go through the courts.", "Brian Sokol", PER, "Lt. Brian Sokol", "said"),
    q("This is theft, plain and simple.⋯sue them,", "Tracy Wendt", PER, "Wendt", "told"),
    q("Your house shouldn't be any different.", "Tracy Wendt", PER, "Wendt", "told"),
    q("Nobody in this building supports squatting,", "Marcus Bellamy", PER, "state Rep. Marcus Bellamy", "said"),
    q("But when you take a judge out of an eviction⋯did nothing wrong.", "Marcus Bellamy", PER,
      "state Rep. Marcus Bellamy", "said"),
    q("a shortcut to illegal evictions.", "Ohio Tenant Justice Project", ORG, "Ohio Tenant Justice Project",
      "called", PARTIAL),
    q("Landlords already have a process. It's called eviction court,", "Nadine Castellano", PER,
      "Nadine Castellano", "said"),
    q("This bill lets a sheriff's deputy decide⋯months on.", "Nadine Castellano", PER, "Nadine Castellano", "said"),
    q("dozens", "Ray Kowalczyk", PER, "Stark County Sheriff Ray Kowalczyk", "said", PARTIAL),
    q("They call us, and we have to tell them our hands are tied.⋯tell a taxpayer,", "Ray Kowalczyk", PER,
      "Kowalczyk", "said"),
    q("My mom shouldn't have to hire a lawyer⋯her own house,", "Mike Harkavy", PER, "he", "said"),
    q("Dad worked 31 years at the bearing plant to pay that place off.", "Mike Harkavy", PER, "he", "said"),
    q("a legal lease", "a woman who answered the door", ANON, "A woman who answered the door", "told", PARTIAL),
    q("talk to our lawyer,", "a woman who answered the door", ANON, "A woman who answered the door", "told",
      PARTIAL),
    q("looks forward to reviewing", "a spokesperson for Republican Gov. Dwight Albrecht", ANON,
      "A spokesperson for Republican Gov. Dwight Albrecht", "said", PARTIAL),
    q("I just want my house back,", "Glenda Harkavy", PER, "she", "said"),
    q("Is that too much to ask?", "Glenda Harkavy", PER, "she", "said"),
])

# A Global News Winnipeg story in curly marks on fires in vacant buildings: a "WATCH:" caption whose partial ("One North
# End mother says she keeps ... “in case we have to run.”") is the body's mother, named only in the body, the fire chief
# "told reporters" split and then "she said", a partial "small number" inside a clause about investigators, a mother who
# "told Global News" and then "She said ... that “…”", a councillor who "called the process one that is “…”", the
# mayor's two partials under "said" and "warned" in one sentence, a company's lawyer "In an email" (two partials, then
# "Whitford wrote" split), a union president after an inverted "said X, president of ..." and a quote paragraph that
# follows on without a cue, police "In a news release", a minister's unnamed spokesperson, a neighbour with an age, and
# the mother's "she said" at the end.

doc("ca-global-26", "canadian-news", [
    q("in case we have to run.", "Shania Beardy", PER, "One North End mother", "says", PARTIAL),
    q("We are sending an engine, a ladder truck and a rescue unit to a building nobody lives in, three times a day,",
      "Colette Ramsay", PER, "Fire Chief Colette Ramsay", "told"),
    q("Every one of those calls is a crew that isn’t available for a cardiac arrest or a rollover somewhere else.",
      "Colette Ramsay", PER, "Fire Chief Colette Ramsay", "told"),
    q("small number", "Colette Ramsay", PER, "Ramsay", "said", PARTIAL),
    q("Some of these houses have burned four, five times,", "Colette Ramsay", PER, "she", "said"),
    q("At some point you have to ask why they are still standing.", "Colette Ramsay", PER, "she", "said"),
    q("I keep their shoes by the front door in case we have to run,", "Shania Beardy", PER, "Beardy", "told"),
    q("My youngest sleeps in his clothes now.⋯is going to burn.", "Shania Beardy", PER, "Beardy", "told"),
    q("the lady on the phone knows my voice.", "Shania Beardy", PER, "She", "said", PARTIAL),
    q("Nobody comes. Then it burns, and the fire trucks come, and then nobody comes again,", "Shania Beardy", PER,
      "she", "said"),
    q("built for lawyers, not neighbours.", "Ross Eagleson", PER, "Coun. Ross Eagleson", "called", PARTIAL),
    q("If a building has burned twice⋯Not in next year’s budget,", "Ross Eagleson", PER, "he", "said"),
    q("the spirit", "Gordon Friesen", PER, "Mayor Gordon Friesen", "said", PARTIAL),
    q("writing cheques to property speculators.", "Gordon Friesen", PER, "Mayor Gordon Friesen", "warned", PARTIAL),
    q("I want these buildings gone as much as anybody,", "Gordon Friesen", PER, "Friesen", "said"),
    q("But if we knock down a house and a judge says we did it wrong, the taxpayer pays twice.", "Gordon Friesen",
      PER, "Friesen", "said"),
    q("at least weekly", "Dana Whitford", PER, "Dana Whitford", "said", PARTIAL),
    q("the victim of repeated break-ins.", "Dana Whitford", PER, "Dana Whitford", "said", PARTIAL),
    q("Our client spends considerable sums securing properties that are broken into again within days,",
      "Dana Whitford", PER, "Whitford", "wrote"),
    q("It would welcome a faster demolition process, provided owners are treated fairly.", "Dana Whitford", PER,
      "Whitford", "wrote"),
    q("My members are going into structures that are coming apart around them,", "Kyle Desrosiers", PER,
      "Kyle Desrosiers", "said"),
    q("We had a captain go through a floor in March. He was lucky it was only to the basement.", "Kyle Desrosiers",
      PER, "Kyle Desrosiers", "said"),
    q("It’s only luck that we haven’t lost someone yet. Luck isn’t a plan.", "Kyle Desrosiers", PER, None, None),
    q("evidence of an accelerant", "Winnipeg police", ORG, "police", "said", PARTIAL),
    q("open to any tool that helps Winnipeg deal with derelict buildings faster,", "a spokesperson", ANON,
      "a spokesperson for Municipal Relations Minister Leah Sinclair", "said", PARTIAL),
    q("This was a good street. It’s still a good street, mostly,", "Gerald Houle", PER, "he", "said"),
    q("But you can’t raise a family next to a house that catches fire every other month.", "Gerald Houle", PER,
      "he", "said"),
    q("I’m not asking for anything fancy,", "Shania Beardy", PER, "she", "said"),
    q("Just tear it down and put grass there. My kids can play on grass.", "Shania Beardy", PER, "she", "said"),
])

# A Toronto Star city hall story in curly marks on a plan to hand overnight 311 calls to a private call centre: a
# headline quote (the union president's words, which open her quote in the body), a deck without quotes, a byline with
# the bureau and a date line, a general manager's report ("wrote that the contract would “…”" then "Oyelaran wrote"
# split), the union president after an inverted "said X, president of ..." split and her partial after "and that it
# would fight the plan", an anonymous call-taker ("she said" split, then a quote paragraph that follows on without a
# cue), a company spokesperson's emailed statement (two partials, then "the statement said"), the mayor's spokesperson
# named in an apposition, `Coun. X (Ward 9, Davenport)` after an inverted "said", the budget chief's "called the
# proposal “…”", a father and daughter sharing a surname ("Ogilvie told the Star", "His daughter, Marcia Ogilvie, said"
# then "she said"), a professor who "described the results ... as “…”", and the union president at the end.

doc("ca-star-26", "canadian-news", [
    q("They’ll be reading a script in another province", "Teresa Almeida", PER, None, None, nth=0),
    q("maintain or improve current service levels", "Marcus Oyelaran", PER, "Marcus Oyelaran", "wrote", PARTIAL),
    q("Overnight call volumes have fallen steadily⋯the online portal and the app,", "Marcus Oyelaran", PER,
      "Oyelaran", "wrote"),
    q("Staffing a full contact centre through the night for those volumes is difficult to justify.",
      "Marcus Oyelaran", PER, "Oyelaran", "wrote"),
    q("They’ll be reading a script in another province, about a city they’ve never set foot in,", "Teresa Almeida",
      PER, "Teresa Almeida", "said"),
    q("When someone calls at 3 a.m.⋯how to spell Dufferin.", "Teresa Almeida", PER, "Teresa Almeida", "said"),
    q("at committee, at council and at the bargaining table.", "Teresa Almeida", PER, "Almeida", "said", PARTIAL),
    q("Days are potholes and garbage pickup. Nights are the scary ones,", "a call-taker", ANON, "she", "said"),
    q("A senior who can’t get her heat on.⋯A tree on a car.", "a call-taker", ANON, "she", "said"),
    q("You learn which calls can wait and which ones can’t. That isn’t in any script.", "a call-taker", ANON,
      None, None),
    q("receive extensive training on each client’s services and geography", "Jenna Cormier", PER,
      "Northline spokesperson Jenna Cormier", "said", PARTIAL),
    q("proud of its record", "Jenna Cormier", PER, "Northline spokesperson Jenna Cormier", "said", PARTIAL),
    q("We look forward to the opportunity to support the City of Toronto and its residents,", "Jenna Cormier", PER,
      "the statement", "said"),
    q("look closely at the service impacts", "Devin Aroyo", PER, "Devin Aroyo", "said", PARTIAL),
    q("Three-one-one is the front door of this city,", "Amanda Pereira", PER, "Coun. Amanda Pereira", "said"),
    q("I’m not interested in saving $3 million by putting a stranger at the front door.", "Amanda Pereira", PER,
      "Coun. Amanda Pereira", "said"),
    q("a reasonable modernization", "Stephen Vukovic", PER, "Budget chief Coun. Stephen Vukovic", "called",
      PARTIAL),
    q("at 2005 staffing levels.", "Stephen Vukovic", PER, "Budget chief Coun. Stephen Vukovic", "said", PARTIAL),
    q("Nobody is complaining that they can pay their water bill online now,", "Stephen Vukovic", PER, "Vukovic",
      "said"),
    q("When the way people use a service changes, we have to be allowed to change the service.", "Stephen Vukovic",
      PER, "Vukovic", "said"),
    q("Both times, the young man knew exactly what to do. He had a crew there in an hour,", "Winston Ogilvie", PER,
      "Ogilvie", "told"),
    q("I don’t care where they put the office. I care whether the person on the phone knows Keele from Jane.",
      "Winston Ogilvie", PER, "Ogilvie", "told"),
    q("He’s going to pick up the phone, and he’s going to keep calling until somebody helps him,", "Marcia Ogilvie",
      PER, "she", "said"),
    q("That’s who uses 311 at night. People like my dad.", "Marcia Ogilvie", PER, "she", "said"),
    q("mixed at best.", "Ines Carvalho", PER, "Ines Carvalho", "described", PARTIAL),
    q("The savings show up right away,", "Ines Carvalho", PER, "she", "said"),
    q("The costs tend to show up later⋯who to send.", "Ines Carvalho", PER, "she", "said"),
    q("We’ll be there on Tuesday,", "Teresa Almeida", PER, "Almeida", "said"),
    q("All of us.", "Teresa Almeida", PER, "Almeida", "said"),
])

# A Canadian Press business story in straight marks (as CP's feed runs it, accents kept) on a budget airline's collapse:
# a byline and "The Canadian Press" on their own lines, an em-dash dateline, the airline's website statement (a partial
# after "the airline said it had", then "the statement said" split), a retired couple sharing a surname ("Linda
# Petrowski and her husband, Gord," then "Linda Petrowski said" and "Gord Petrowski said ..." then "he said"), a nested
# 'all flights cancelled.' in her quote, the chief executive's partial in a court affidavit and his video message ("he
# said in the video" split), the minister who "told reporters on Parliament Hill" and "She said in French that ... “…”",
# a second airline's statement ("the airline said in a statement" after the first airline's), a pilots' union officer by
# "Capt." and surname, a federal agency's email, an advocate who "described that as “…”" split, the Conservative
# critic's "he said in question period" after "accused ... of", the wife again at the end, and CP's sign-off line.

doc("ca-cp-26", "canadian-news", [
    q("exhausted every available option", "Borealis Air", ORG, "the airline", "said", PARTIAL),
    q("We are deeply sorry to our passengers, our employees and the communities we serve,", "Borealis Air", ORG,
      "the statement", "said"),
    q("This is not the outcome any of us worked for.", "Borealis Air", ORG, "the statement", "said"),
    q("I thought it was one of those scams,", "Linda Petrowski", PER, "Linda Petrowski", "said"),
    q("Then I went on the website⋯'all flights cancelled.'", "Linda Petrowski", PER, "Linda Petrowski", "said"),
    q("We paid $1,800 for the whole trip, the two of us, hotel included,", "Gord Petrowski", PER, "he", "said"),
    q("Now we're supposed to find another two grand.⋯until August.", "Gord Petrowski", PER, "he", "said"),
    q("with no ability to meet payroll.", "Trevor Hallgren", PER, "chief executive Trevor Hallgren", "said",
      PARTIAL),
    q("You deserved better than this, and I will carry that for the rest of my career,", "Trevor Hallgren", PER,
      "he", "said"),
    q("I am sorry.", "Trevor Hallgren", PER, "he", "said"),
    q("No Canadian should be left sitting in an airport abroad because a company ran out of money,",
      "Martine Lavallée", PER, "Lavallée", "told"),
    q("at a reasonable price", "Martine Lavallée", PER, "She", "said", PARTIAL),
    q("We know how stressful this is, and we want to help get people home,", "Pacific Crest Airlines", ORG,
      "the airline", "said"),
    q("Some of our pilots were in hotels in Cancun⋯the flight home,", "Renée Duchesne", PER, "Duchesne", "said"),
    q("Some of them are still there tonight.", "Renée Duchesne", PER, "Duchesne", "said"),
    q("Passengers should contact their credit card issuer or travel insurer,", "Canadian Transportation Agency", ORG,
      "the Canadian Transportation Agency", "said"),
    q("a hole right in the middle", "Gabriel Aucoin", PER, "Gabriel Aucoin", "described", PARTIAL),
    q("If your flight is cancelled because of a snowstorm⋯good luck,", "Gabriel Aucoin", PER, "Aucoin", "said"),
    q("That's backwards.", "Gabriel Aucoin", PER, "Aucoin", "said"),
    q("The minister was told in March that this airline was in trouble,", "Bradley Nyhus", PER, "he", "said"),
    q("She did nothing, and now families are sleeping in airports.", "Bradley Nyhus", PER, "he", "said"),
    q("We'll get home. We're not going to be sleeping on the beach,", "Linda Petrowski", PER, "she", "said"),
    q("But I'm not flying cheap again.", "Linda Petrowski", PER, "she", "said"),
])

# A Globe and Mail Indigenous-affairs business story in curly marks on eight First Nations buying half of a transmission
# line: a deck partial of a neighbouring chief ("a neighbouring chief says his community was ‘…’") whose words close his
# quote in the body, a byline block in capitals with a dateline, Ms./Mr. on second reference, the partnership's chair
# after an inverted "said Chief X, who chairs ..., at a signing ceremony" split and her partial "money that she said
# would go to ..., “…”", her mother sharing her surname, an elder who "said in Oji-Cree, as her granddaughter
# translated", the minister's "called the agreement “…”", a utility chief executive by "he said in an interview", the
# chief left out ("Kinoje Lake Chief X said in an interview" split, then "Mr. Ottertail said his nation would ... “…”"),
# an anonymous person involved in the negotiations, a spokesperson's two partials in an e-mail, an analyst's note
# ("called the stake “…”" then "Ms. Khatri wrote" split), an NDP critic, and the chair by "she said" at the end.

doc("ca-globe-26", "canadian-news", [
    q("left on the platform", "Raymond Ottertail", PER, "a neighbouring chief", "says", PARTIAL, nth=0),
    q("For a hundred years, power lines have crossed our lands⋯the first to be told no,", "Marlene Sakakeep", PER,
      "Chief Marlene Sakakeep", "said"),
    q("Today we become owners. That changes who is at the table.", "Marlene Sakakeep", PER,
      "Chief Marlene Sakakeep", "said"),
    q("not to consultants.", "Marlene Sakakeep", PER, "she", "said", PARTIAL),
    q("When I was a girl, we had lamps. My mother cooked on a wood stove until 1981,", "Josephine Sakakeep", PER,
      "the elder", "said"),
    q("Now my daughter signs for a power line. I did not think I would see that.", "Josephine Sakakeep", PER,
      "the elder", "said"),
    q("a template for how we build in the North from now on.", "Douglas Pennock", PER,
      "Energy Minister Douglas Pennock", "called", PARTIAL),
    q("We could not have built this line without the First Nations. Frankly, we should not have tried,",
      "Douglas Pennock", PER, "Mr. Pennock", "said"),
    q("There were nights when I thought it wouldn’t happen,", "Allan Rourke", PER, "he", "said"),
    q("There were a lot of lawyers in a lot of rooms.", "Allan Rourke", PER, "he", "said"),
    q("We were told the train was leaving the station, and we were welcome to stand and watch it go,",
      "Raymond Ottertail", PER, "Kinoje Lake Chief Raymond Ottertail", "said"),
    q("We were left on the platform.", "Raymond Ottertail", PER, "Kinoje Lake Chief Raymond Ottertail", "said"),
    q("if that is what it takes,", "Raymond Ottertail", PER, "Mr. Ottertail", "said", PARTIAL),
    q("Everybody wanted them in. The math just didn’t work,", "a person involved in the negotiations", ANON,
      "the person", "said"),
    q("on 11 occasions", "Chloe Andersen", PER, "Chloe Andersen", "said", PARTIAL),
    q("remains open", "Chloe Andersen", PER, "Chloe Andersen", "said", PARTIAL),
    q("an attractive, regulated return", "Priya Khatri", PER, "Dunmore Securities analyst Priya Khatri", "called",
      PARTIAL),
    q("The risk here isn’t the asset, it’s the cost of the debt,", "Priya Khatri", PER, "Ms. Khatri", "wrote"),
    q("If rates stay high into the next decade, the guarantee matters more than the line does.", "Priya Khatri", PER,
      "Ms. Khatri", "wrote"),
    q("It’s a good deal on paper,", "Tamsin Rowe", PER, "Ms. Rowe", "said"),
    q("But the communities are taking on the risk⋯on the other half.", "Tamsin Rowe", PER, "Ms. Rowe", "said"),
    q("People keep asking whether we can handle the debt,", "Marlene Sakakeep", PER, "she", "said"),
    q("Nobody asked that when it was a company from Toronto.", "Marlene Sakakeep", PER, "she", "said"),
    q("My grandchildren will be in high school,", "Marlene Sakakeep", PER, "she", "said"),
    q("That’s fine. We’re used to waiting. This time, we own what we’re waiting for.", "Marlene Sakakeep", PER,
      "she", "said"),
])

# A HuffPost Canada education story in curly marks on a school district's French-immersion lottery: a title-case
# headline and a deck without quotes, a byline with the beat and a date line, a scene-setting lede, a mother who "told
# HuffPost Canada" with a nested ‘waitlist position.’ and then a quote paragraph that follows on without a cue, her
# husband sharing her surname ("Haddad’s husband, Karim Haddad," then "he said"), a former board chair's "what ...
# called “…”", the district spokesperson's emailed partial and "Tsang wrote" split, a teacher after an inverted "said X,
# a Grade 2 ... teacher", an anonymous principal ("the principal said" split), a father who camped out ("Mah said"
# split, then a quote paragraph that follows on), an advocacy group that "called the lottery “…” in a statement" then
# "the statement said", a ministry's unnamed spokesperson, a professor's "what she described as “…”" after "said that",
# and the mother again by her full name at the end.

doc("ca-huffpost-26", "canadian-news", [
    q("I read it three times. I honestly thought 147 was some kind of seat number,", "Amira Haddad", PER, "Haddad",
      "told"),
    q("Then I scrolled down and it said ‘waitlist position.’", "Amira Haddad", PER, "Haddad", "told"),
    q("She’s four. She already counts to 20 in French. She watches her cartoons in French.", "Amira Haddad", PER,
      None, None),
    q("I want her to have what I had, which is two languages without thinking about it,", "Karim Haddad", PER, "he",
      "said"),
    q("Apparently that now depends on a random number generator.", "Karim Haddad", PER, "he", "said"),
    q("a tent city on our front lawn.", "Gurpreet Dhillon", PER, "then-board chair Gurpreet Dhillon", "called",
      PARTIAL),
    q("removes the advantage of families who can take two days off work", "Rachel Tsang", PER,
      "district spokesperson Rachel Tsang", "said", PARTIAL),
    q("Demand for French immersion is not something any district can build its way out of quickly,", "Rachel Tsang",
      PER, "Tsang", "wrote"),
    q("The limiting factor is qualified teachers.", "Rachel Tsang", PER, "Tsang", "wrote"),
    q("I have colleagues teaching immersion on letters of permission because there is no one else,",
      "Sophie Gendron", PER, "Sophie Gendron", "said"),
    q("We recruit from Quebec, from France, from Belgium.⋯after a year.", "Sophie Gendron", PER, "Sophie Gendron",
      "said"),
    q("I have parents crying in my office in May. Every May,", "a principal in the district", ANON, "the principal",
      "said"),
    q("I can’t do anything for them except tell them the waitlist moves. Sometimes it does.",
      "a principal in the district", ANON, "the principal", "said"),
    q("I slept in a lawn chair for two nights for that spot,", "Derek Mah", PER, "Mah", "said"),
    q("My wife thought I was out of my mind. So did I, by the second night.", "Derek Mah", PER, "Mah", "said"),
    q("The lottery is luck. But the campout was luck too.⋯on a Tuesday.", "Derek Mah", PER, None, None),
    q("a symptom, not a solution", "Parents for Bilingual Schools B.C.", ORG, "Parents for Bilingual Schools B.C.",
      "called", PARTIAL),
    q("Every year we don’t train more French teachers is another year of lotteries,",
      "Parents for Bilingual Schools B.C.", ORG, "the statement", "said"),
    q("We recognize that demand for French immersion continues to grow⋯to meet it,", "a spokesperson", ANON,
      "the spokesperson", "said"),
    q("a streaming system by another name.", "Mireille Boucher", PER, "Mireille Boucher", "described", PARTIAL),
    q("Families who know how the system works get their kids in⋯still learning English,", "Mireille Boucher", PER,
      "Boucher", "said"),
    q("A lottery doesn’t fix that. It just makes it random who gets the advantage.", "Mireille Boucher", PER,
      "Boucher", "said"),
    q("She asked me if 131 is a good number,", "Amira Haddad", PER, "Amira Haddad", "said"),
    q("I told her it’s a better number than yesterday.", "Amira Haddad", PER, "Amira Haddad", "said"),
])

# A Hill story in curly marks on a bipartisan bill to cap ticket resale markups: a headline quote after a colon whose
# senator is named only in the body (where the words open her quote), a byline in capitals with a timestamp, `Sens. X
# (D-Minn.) and Y (R-Tenn.)`, a bill's name, the Democrat "said at a press conference" split, the Republican's partial
# after "who has clashed with ..." and then "he said", a joint statement ("the two senators said their bill would “…”"),
# a resale platform that "called the bill “…”" and its spokesperson's statement, an industry-funded group that "warned",
# a ticket seller's "for its part, said it supports “…”", a singer who "told The Hill she was “…”", an economist after
# an inverted "said X, an economist at ...", an unnamed spokesperson for a congressman, a Senate aide "granted
# anonymity" after "according to" and then "the aide said", a committee chair who "told reporters he ... was “…”", and
# the Democrat's "she said" at the end after "Lindqvist laughed."

doc("us-hill-26", "us-politics", [
    q("Fans are getting fleeced", "Karen Lindqvist", PER, None, None, nth=0),
    q("Fans are getting fleeced, plain and simple,", "Karen Lindqvist", PER, "Lindqvist", "said"),
    q("A family in Duluth should not have to pay $900 to see a show that the artist priced at $120.",
      "Karen Lindqvist", PER, "Lindqvist", "said"),
    q("is not a red thing or a blue thing.", "Wade Thornbury", PER, "Thornbury", "said", PARTIAL),
    q("I hear about this at every Lincoln Day dinner I go to. Every one,", "Wade Thornbury", PER, "he", "said"),
    q("Folks in Tennessee love their music, and they are tired of getting gouged for it.", "Wade Thornbury", PER,
      "he", "said"),
    q("put the price of a ticket back in the hands of the people who set it.", "Karen Lindqvist and Wade Thornbury",
      PER, "the two senators", "said", PARTIAL, speakers=["Karen Lindqvist", "Wade Thornbury"]),
    q("a price control that will push sales onto unregulated sites and into parking lots.", "TixHub", ORG, "TixHub",
      "called", PARTIAL),
    q("Price caps have been tried in other countries⋯least safe corners of the market,", "Ryan Castellano", PER,
      "TixHub spokesperson Ryan Castellano", "said"),
    q("hand even more power", "Fans First Ticketing Alliance", ORG, "The Fans First Ticketing Alliance", "warned",
      PARTIAL),
    q("the goals of the legislation", "Marquee Live", ORG, "Marquee Live", "said", PARTIAL),
    q("thrilled", "Josie Harlan", PER, "Country singer Josie Harlan", "told", PARTIAL),
    q("I have fans who’ve followed me since I was playing bars for tips, and they can’t get in the door,",
      "Josie Harlan", PER, "Harlan", "said"),
    q("That’s not a market. That’s a shakedown.", "Josie Harlan", PER, "Harlan", "said"),
    q("A cap doesn’t make the arena any bigger.⋯200,000 people who want one,", "Lila Fernández", PER,
      "Lila Fernández", "said"),
    q("Somebody is going to get a ticket for less than it’s worth⋯the fastest bot.", "Lila Fernández", PER,
      "Lila Fernández", "said"),
    q("in the coming weeks.", "a spokesperson", ANON, "A spokesperson for Okoye", "said", PARTIAL),
    q("not on the schedule right now,", "a senior Senate Commerce Committee aide", ANON,
      "a senior Senate Commerce Committee aide", "according to", PARTIAL),
    q("There’s interest. There isn’t floor time,", "a senior Senate Commerce Committee aide", ANON, "the aide",
      "said"),
    q("open to looking at it.", "Roger Haskell", PER, "Senate Commerce Committee Chair Roger Haskell", "told",
      PARTIAL),
    q("I’ve bought tickets for my grandkids. I know what it costs,", "Roger Haskell", PER, "Haskell", "said"),
    q("I also know what happens when Washington starts setting prices.", "Roger Haskell", PER, "Haskell", "said"),
    q("We got a Tennessee Republican and a Minnesota Democrat on the same page,", "Karen Lindqvist", PER, "she",
      "said"),
    q("Don’t tell me anything’s impossible.", "Karen Lindqvist", PER, "she", "said"),
])

# A New York Times national story in curly marks on a data center's planned groundwater use in a Michigan farm township:
# a headline and a deck without quotes, "By X / Reporting from ...", a farmer after "Mr. Dekker, 67, said on a recent
# afternoon, standing at ..." split, Mr./Ms./Dr. on second reference, the township supervisor's "an order of events she
# called “…”", a shout "a woman in the back row called out" whose speaker is named only in the next paragraph ("The
# woman, X, 59,"), the company's statement (two partials, "closed-loop" among them, then "the statement said"), its
# spokeswoman's partial, the farmer's son sharing his surname ("the younger Mr. Dekker said" split, and "the elder Mr.
# Dekker" by "he said" at the end), a hydrogeologist with a nested ‘Michigan’ and "which he described as “…”", an
# anonymous person familiar with the company's search, a state agency's spokesman by email, and a state representative.

doc("us-nyt-26", "us-politics", [
    q("My grandfather dug the first well on this place with a shovel,", "Henk Dekker", PER, "Mr. Dekker", "said"),
    q("Now I’m paying a man from Grand Rapids to chase the water down.", "Henk Dekker", PER, "Mr. Dekker", "said"),
    q("Forty permanent jobs with benefits is not nothing in a township of 3,100 people,", "Gail Brouwer", PER,
      "Ms. Brouwer", "said"),
    q("I’m not going to apologize for wanting my neighbors’ kids to be able to work here.", "Gail Brouwer", PER,
      "Ms. Brouwer", "said"),
    q("not ideal.", "Gail Brouwer", PER, "She", "called", PARTIAL),
    q("Where were you people when our wells went dry?", "Brenda Kuiper", PER, "a woman in the back row",
      "called out"),
    q("Nobody from any company came and asked me if I had water,", "Brenda Kuiper", PER, "Ms. Kuiper", "said"),
    q("Now they want a million and a half gallons a day, and we’re supposed to clap.", "Brenda Kuiper", PER,
      "Ms. Kuiper", "said"),
    q("closed-loop", "Halvern Data", ORG, "Halvern", "said", PARTIAL),
    q("primarily during peak summer demand.", "Halvern Data", ORG, "Halvern", "said", PARTIAL),
    q("We have designed this campus to be a good neighbor to Ashgrove for decades to come,", "Halvern Data", ORG,
      "the statement", "said"),
    q("if the data shows we are responsible.", "Meredith Kolb", PER, "Meredith Kolb", "said", PARTIAL),
    q("Who drills the monitoring wells? They do. Who reads them? They do,", "Tom Dekker", PER,
      "the younger Mr. Dekker", "said"),
    q("That’s not monitoring. That’s a press release.", "Tom Dekker", PER, "the younger Mr. Dekker", "said"),
    q("People hear ‘Michigan’ and they think the water is endless,", "Rajesh Pillai", PER, "Dr. Pillai", "said"),
    q("Under Ashgrove, it is not endless.⋯overdrawn for 20 years.", "Rajesh Pillai", PER, "Dr. Pillai", "said"),
    q("the ones that belong to the people with the least money to drill new ones.", "Rajesh Pillai", PER, "He",
      "described", PARTIAL),
    q("Ashgrove had the transmission line and it had the water. That was the whole decision,",
      "a person familiar with the company’s search", ANON, "the person", "said"),
    q("the best available science.", "Darren Whitlock", PER, "Darren Whitlock", "said", PARTIAL),
    q("The order here is backward,", "Paul Vander Meer", PER, "Mr. Vander Meer", "said"),
    q("You don’t give a company a tax break and then ask whether there’s enough water.", "Paul Vander Meer", PER,
      "Mr. Vander Meer", "said"),
    q("I’m not against jobs,", "Henk Dekker", PER, "he", "said"),
    q("I’m against being last in line for my own water.", "Henk Dekker", PER, "he", "said"),
])

# A USA TODAY education story in curly marks on state laws banning phones in class: a headline without quotes, a byline
# with "USA TODAY" and a published line, an en-dash dateline, a teacher after an inverted "said X, who teaches ..."
# split and later "Foster said ..." then "she said", a state legislator after an inverted "said state Rep. X, a
# Republican from Findlay who sponsored the law" and her "she said" later, a daughter and mother sharing a surname
# ("Alyssa Moreno, 16," with a partial then "she said"; "Her mother, Carmen Moreno," then "Carmen Moreno said" and "she
# said", a resource officer's words reported without marks inside her quote), a parents' group's partial "said in a
# statement that" then "the statement said" split, a union president who "called the law “…”" and "told USA TODAY", an
# anonymous assistant principal by "she said", and a psychologist who "described the early evidence as “…”".

doc("us-usatoday-26", "us-politics", [
    q("Not one from a kid. Every single one from a parent,", "Brianna Foster", PER, "Foster", "said"),
    q("One mom wanted to know what she was supposed to do⋯reach her daughter.", "Brianna Foster", PER, "Foster",
      "said"),
    q("Parents grew up without phones in school and turned out fine, but now they’re the ones who can’t let go,",
      "Darla Kinnick", PER, "state Rep. Darla Kinnick", "said"),
    q("The kids adjust in about a week. The parents take a semester.", "Darla Kinnick", PER,
      "state Rep. Darla Kinnick", "said"),
    q("honestly kind of weird.", "Alyssa Moreno", PER, "Alyssa Moreno", "said", PARTIAL),
    q("Everybody kept reaching for their pocket,", "Alyssa Moreno", PER, "she", "said"),
    q("Now people actually talk at lunch. It’s loud. It’s kind of nice.", "Alyssa Moreno", PER, "she", "said"),
    q("I was that mom. I’ll admit it,", "Carmen Moreno", PER, "Carmen Moreno", "said"),
    q("After Uvalde, after all of it⋯scared me.", "Carmen Moreno", PER, "Carmen Moreno", "said"),
    q("He told me, in a lockdown⋯driving to the building,", "Carmen Moreno", PER, "she", "said"),
    q("That made sense to me. I didn’t like it, but it made sense.", "Carmen Moreno", PER, "she", "said"),
    q("a basic right to reach their children in an emergency", "Ohio Parents United", ORG, "Ohio Parents United",
      "said", PARTIAL),
    q("No one is asking for kids to be on TikTok in algebra,", "Ohio Parents United", ORG, "the statement", "said"),
    q("We are asking for a lifeline.", "Ohio Parents United", ORG, "the statement", "said"),
    q("the most popular thing the legislature has done for teachers in a decade,", "Marcus Greenlee", PER,
      "Marcus Greenlee", "called", PARTIAL),
    q("We’re being asked to be the phone police⋯and then teach Shakespeare,", "Marcus Greenlee", PER, "Greenlee",
      "told"),
    q("We confiscated 212 phones in January. Forty-one of them were second phones,",
      "an assistant principal at a district near Cleveland", ANON, "she", "said"),
    q("Kids bring a decoy. Some of them bring a decoy for the decoy.",
      "an assistant principal at a district near Cleveland", ANON, "she", "said"),
    q("promising but thin.", "Nathaniel Osei", PER, "Nathaniel Osei", "described", PARTIAL),
    q("There is good research that phones in the room hurt attention,", "Nathaniel Osei", PER, "Osei", "said"),
    q("There is much less evidence so far⋯in two or three years.", "Nathaniel Osei", PER, "Osei", "said"),
    q("I don’t need a peer-reviewed paper⋯buzzing in her pocket,", "Darla Kinnick", PER, "she", "said"),
    q("I got one last week,", "Brianna Foster", PER, "she", "said"),
    q("It was from a mom thanking me. I printed it out and put it on my fridge.", "Brianna Foster", PER, "she",
      "said"),
])

# A Globe and Mail business story in curly marks on a securities regulator's case against the founder of a collapsed
# payroll startup: a deck partial of the founder's lawyer ("Tobias Reinholt’s lawyer says his client ‘…’", repeated in
# the body's quote), a byline block in capitals, Mr./Ms./Prof. on second reference, a husband and wife sharing a surname
# (the founder's e-mail "Mr. Reinholt wrote that ... “…”"; "according to the allegations, Ms. Reinholt told the
# company’s controller ... that ... “…”"), the regulator's statement of allegations ("the statement of allegations says"
# split), an investor, a dry cleaner's quote with a nested quote of his manager, a court monitor's report ("it described
# ... as “…” and said that ... “…”"), a law professor by "He added" then "he said", a federal department's
# spokesperson's two partials, a business group's president after "the alliance’s president, X, said", the founder's
# online statement ("he wrote at the time") and the lawyer's partial on it.

doc("ca-globe-25", "canadian-news", [
    q("never hid a thing", "Anand Mehra", PER, "Tobias Reinholt’s lawyer", "says", PARTIAL, nth=0),
    q("Investors were told, repeatedly and in writing, that client funds were untouchable,",
      "Ontario Securities Commission", ORG, "the statement of allegations", "says"),
    q("They were not.", "Ontario Securities Commission", ORG, "the statement of allegations", "says"),
    q("Tobias Reinholt never hid a thing from anyone.⋯with investors,", "Anand Mehra", PER, "Mr. Mehra", "said"),
    q("This is a company that failed. That is not the same thing as fraud.", "Anand Mehra", PER, "Mr. Mehra", "said"),
    q("ring-fenced, full stop.", "Tobias Reinholt", PER, "Mr. Reinholt", "wrote", PARTIAL),
    q("going to be tight until the Series B closes", "Sabine Reinholt", PER, "Ms. Reinholt", "told", PARTIAL),
    q("I asked the question in the room, and I asked it again in writing,", "Priyanka Dhillon", PER, "Ms. Dhillon",
      "said"),
    q("The answer was the same both times.⋯we were lied to.", "Priyanka Dhillon", PER, "Ms. Dhillon", "said"),
    q("My manager called me at seven in the morning.⋯a bank glitch,", "Hamid Qureshi", PER, "Mr. Qureshi", "said"),
    q("By noon I knew it was not a glitch.", "Hamid Qureshi", PER, "Mr. Qureshi", "said"),
    q("inconsistent at best", "Birchall Restructuring Ltd.", ORG, "it", "described", PARTIAL),
    q("considerably longer than anticipated.", "Birchall Restructuring Ltd.", ORG, "it", "said", PARTIAL),
    q("The regulator doesn’t have to prove anybody meant to steal,", "Kiran Bhattacharya", PER, "Prof. Bhattacharya",
      "said"),
    q("It has to prove that what investors were told was untrue⋯that it was untrue.", "Kiran Bhattacharya", PER,
      "Prof. Bhattacharya", "said"),
    q("There is a gap here you could drive a truck through,", "Kiran Bhattacharya", PER, "he", "said"),
    q("Nobody licenses these companies. Nobody audits the trust accounts. You and I could start one tomorrow.",
      "Kiran Bhattacharya", PER, "he", "said"),
    q("aware of the concerns raised by the Paylark insolvency", "Geneviève Lapointe", PER, "Geneviève Lapointe",
      "said", PARTIAL),
    q("examining whether further measures are warranted.", "Geneviève Lapointe", PER, "Geneviève Lapointe", "said",
      PARTIAL),
    q("These are owners who did everything right,", "Colette Haddad", PER, "Colette Haddad", "said"),
    q("They sent the money on time.⋯in the middle.", "Colette Haddad", PER, "Colette Haddad", "said"),
    q("I built Paylark to make life easier for small businesses, and I failed them,", "Tobias Reinholt", PER, "he",
      "wrote"),
    q("I will spend as long as it takes making that right.", "Tobias Reinholt", PER, "he", "wrote"),
    q("was an apology for a business failure, not an admission of anything else.", "Anand Mehra", PER, "Mr. Mehra",
      "said", PARTIAL),
    q("It costs me more,", "Hamid Qureshi", PER, "he", "said"),
    q("I sleep better.", "Hamid Qureshi", PER, "he", "said"),
])

# A HuffPost Canada health and immigration story in curly marks on nurses trained abroad waiting for registration: a
# title-case headline and a deck partial of the minister's promise given to "The province" (repeated in the body under
# "Health Minister X promised that ... “…”"), a program's name in marks after "the government called", a byline block, a
# nurse by "she told HuffPost Canada" split (with a nested quote of her own words) and "she says" in mid-sentence, the
# regulator's emailed statement ("the college said"), the minister's spokesperson, a union head's "described ... as “…”"
# named only in the next paragraph's inverted "said X, president of ...", a husband and wife sharing a surname ("Santos
# said" with a quote paragraph that follows on; "His wife, Marites Santos, ..." then "she said"; "Her husband laughed
# ..." then "he said"), a critic's "called", an assessor who asked not to be named ("the assessor said"), a researcher,
# and the nurse's "she said" at the end after "X says she’ll ...".

doc("ca-huffpost-25", "canadian-news", [
    q("at the bedside within 90 days.", "Lorraine Castellano", PER, "The province", "promised", PARTIAL),
    q("I have placed central lines. I have run a ward of 40 patients with two nurses,", "Grace Adeyemi-Boateng", PER,
      "she", "told"),
    q("Last week a passenger asked me if I was studying to be a nurse. I said, ‘Something like that.’",
      "Grace Adeyemi-Boateng", PER, "she", "told"),
    q("under review", "Grace Adeyemi-Boateng", PER, "she", "says", PARTIAL),
    q("at the bedside within 90 days", "Lorraine Castellano", PER, "Health Minister Lorraine Castellano", "promised",
      PARTIAL, nth=1),
    q("We recognize that applicants are frustrated⋯as quickly as possible,", "College of Nursing Practice of Ontario",
      ORG, "the college", "said"),
    q("Public safety requires that each file be assessed carefully.", "College of Nursing Practice of Ontario", ORG,
      "the college", "said"),
    q("removed barriers that were in place for decades", "Tyler Brennan", PER, "Tyler Brennan", "said", PARTIAL),
    q("We’re proud of that progress, and we know there is more to do,", "Tyler Brennan", PER, "Brennan", "said"),
    q("a staffing crisis we are choosing to have.", "Rachelle Fontaine", PER,
      "The head of the province’s largest nurses’ union", "described", PARTIAL),
    q("We have hallways full of patients⋯waiting for a fare,", "Rachelle Fontaine", PER, "Rachelle Fontaine", "said"),
    q("I do the work of a PSW, and I see everything a nurse should catch,", "Joel Santos", PER, "Santos", "said"),
    q("Sometimes a resident is going downhill⋯15 years on her.", "Joel Santos", PER, "Santos", "said"),
    q("It’s humbling. That’s the polite word.", "Joel Santos", PER, None, None),
    q("We did everything at the same time — same exam, same documents, same week,", "Marites Santos", PER, "she",
      "said"),
    q("Mine went through and his didn’t, and nobody can tell us why.", "Marites Santos", PER, "she", "said"),
    q("She studied harder,", "Joel Santos", PER, "he", "said"),
    q("a press release with a stopwatch.", "Dev Ramkissoon", PER, "NDP health critic Dev Ramkissoon", "called",
      PARTIAL),
    q("We are told to be fast, and we are told not to make mistakes,", "an assessor", ANON, "the assessor",
      "said"),
    q("When those two things collide, the file waits.", "an assessor", ANON, "the assessor", "said"),
    q("Every province is competing for the same nurses.⋯Nova Scotia or Alberta,", "Mira Kowalczyk", PER, "Kowalczyk",
      "said"),
    q("Some already have.", "Mira Kowalczyk", PER, "Kowalczyk", "said"),
    q("After that, I’ll look at B.C.,", "Grace Adeyemi-Boateng", PER, "she", "said"),
    q("My daughter asks me every week⋯stopped being one.", "Grace Adeyemi-Boateng", PER, "she", "said"),
], not_quotes=["Ready to Care."])

# A National Post education and labour story in curly marks on an arbitrator's order to reinstate a Quebec professor
# suspended over posts: a deck with two partials ("Decision faults X for a ‘…’" for the arbitrator, "student who
# complained says she feels ‘…’"), a byline and a `MONTREAL —` dateline, a lead partial of "A labour arbitrator ...
# ruling that ... “…”" named only in the next paragraph, the professor's posts quoted by "calling them “…” and accusing
# administrators of “…”" and his word "illiterate" inside the arbitrator's sentence ("She wrote that one of them, in
# which X described a protester’s sign as “…,” was “…” and “…”"), a student's "One of them said ... “…”" named in the
# next paragraph's inverted "said the student, X", a rector's "said in French in a written statement" split, a union by
# its French name that "called the ruling “…”", its president "said in French that ... “…”", the written decision
# ("Marchetti wrote" split, "She described ... as", "she wrote"), a press secretary's emailed partial, and "he said" and
# "she said" at the end for the professor and the student.

doc("ca-np-25", "canadian-news", [
    q("rush to judgment", "Hélène Marchetti", PER, "Decision", "faults", PARTIAL, nth=0),
    q("abandoned", "Yasmine Haddou", PER, "student who complained", "says", PARTIAL, nth=0),
    q("reached its conclusion first and went looking for the evidence second.", "Hélène Marchetti", PER,
      "A labour arbitrator", "ruling", PARTIAL),
    q("rush to judgment.", "Hélène Marchetti", PER, "She", "found", PARTIAL),
    q("a mob with a group chat", "Leon Haverkamp", PER, "he", "calling", PARTIAL),
    q("rewarding whoever shouts loudest.", "Leon Haverkamp", PER, "he", "accusing", PARTIAL),
    q("I said something sharp about people who were behaving badly in public.⋯supposed to be able to do,",
      "Leon Haverkamp", PER, "Haverkamp", "told"),
    q("I didn’t expect to spend the winter proving it.", "Leon Haverkamp", PER, "Haverkamp", "told"),
    q("abandoned by the people who were supposed to protect us.", "Yasmine Haddou", PER, "One of them", "said",
      PARTIAL),
    q("He never named us, but he didn’t have to. Everybody knew who was in that room,", "Yasmine Haddou", PER,
      "Yasmine Haddou", "said"),
    q("After those posts, I got messages I’m not going to repeat to you.", "Yasmine Haddou", PER, "Yasmine Haddou",
      "said"),
    q("deeply concerned", "Sophie Bergeron-Lacasse", PER, "Sophie Bergeron-Lacasse", "said", PARTIAL),
    q("We will comply with the arbitrator’s decision,", "Sophie Bergeron-Lacasse", PER, "Bergeron-Lacasse", "said"),
    q("But a university also has obligations to its students⋯both at once.", "Sophie Bergeron-Lacasse", PER,
      "Bergeron-Lacasse", "said"),
    q("a clear message to every administration in Quebec.", "Syndicat des professeurs de l’Université Saint-Armand",
      ORG, "Syndicat des professeurs de l’Université Saint-Armand", "called", PARTIAL),
    q("never even asked Professor Haverkamp for his version", "Mathieu Gagnon", PER, "Mathieu Gagnon", "said",
      PARTIAL),
    q("You can disagree with what he wrote. Many of us did,", "Mathieu Gagnon", PER, "Gagnon", "said"),
    q("But you cannot punish a professor for an opinion⋯written to prevent.", "Mathieu Gagnon", PER, "Gagnon",
      "said"),
    q("The timeline speaks for itself,", "Hélène Marchetti", PER, "Marchetti", "wrote"),
    q("A recommendation to suspend was drafted before the grievor was asked a single question.", "Hélène Marchetti",
      PER, "Marchetti", "wrote"),
    q("an exercise in ratifying a decision already taken.", "Hélène Marchetti", PER, "She", "described", PARTIAL),
    q("illiterate,", "Leon Haverkamp", PER, "Haverkamp", "described", PARTIAL),
    q("needlessly personal", "Hélène Marchetti", PER, "She", "wrote", PARTIAL),
    q("beneath a senior member of the faculty.", "Hélène Marchetti", PER, "She", "wrote", PARTIAL),
    q("But academic freedom that only protects polite speech is not worth very much,", "Hélène Marchetti", PER, "she",
      "wrote"),
    q("expects every institution to apply the law as it was written.", "Antoine Bélanger", PER, "Antoine Bélanger",
      "said", PARTIAL),
    q("I’m 56. I don’t need the arguments anymore,", "Leon Haverkamp", PER, "he", "said"),
    q("I’d like to go back to teaching thermodynamics⋯the midterm.", "Leon Haverkamp", PER, "he", "said"),
    q("I’m not asking for him to be fired,", "Yasmine Haddou", PER, "she", "said"),
    q("I’m asking for someone to say that what happened to us counted too.", "Yasmine Haddou", PER, "she", "said"),
])

# A CBC News city-hall story in straight marks on St. John's council limiting short-term rentals to owners' homes: a
# headline and a deck without quotes, CBC's one-line byline with "·", the mayor after "Mayor X said after the vote" with
# a quote paragraph that follows on and "she acknowledged that figure was "…"", a councillor's "called it "…"" then "he
# said" split, a councillor and a host sharing a surname ("Coun. Deanne Power ..." then "Power said"; "Gerard Power — no
# relation —" then "he told CBC News" split and "Gerard Power said" split), a tourism group's statement ("the
# association said in a statement" split), a host who asked not to be named ("the host said"), a tenants' organizer by
# surname, a provincial department's unnamed spokesperson's emailed partial, and the mayor's "she said" at the end after
# "Whelan said the city will ...".

doc("ca-cbc-25", "canadian-news", [
    q("We have people working full-time in this city⋯on booking sites,", "Carla Whelan", PER, "Mayor Carla Whelan",
      "said"),
    q("This isn't about punishing anybody. It's about deciding what our neighbourhoods are for.", "Carla Whelan", PER,
      None, None),
    q("an educated guess.", "Carla Whelan", PER, "she", "acknowledged", PARTIAL),
    q("a blunt instrument for a problem that needs a scalpel.", "Brendan Kielly", PER, "Coun. Brendan Kielly",
      "called", PARTIAL),
    q("Some of the people we're about to put out of business⋯on the next street over,", "Brendan Kielly", PER, "he",
      "said"),
    q("They're not the villains in this.", "Brendan Kielly", PER, "he", "said"),
    q("I had a woman in my office in March⋯end of the month,", "Deanne Power", PER, "Power", "said"),
    q("The unit was listed online by June.", "Deanne Power", PER, "Power", "said"),
    q("I put everything I have into these houses,", "Gerard Power", PER, "he", "told"),
    q("I bought them when nobody wanted to live downtown⋯rents went up.", "Gerard Power", PER, "he", "told"),
    q("Maybe some young family will buy one. I hope they do,", "Gerard Power", PER, "Gerard Power", "said"),
    q("But I'd bet you money it's somebody from away who leaves it empty eight months of the year.", "Gerard Power",
      PER, "Gerard Power", "said"),
    q("In peak season, every hotel room in St. John's is already full,", "Avalon Tourism Association", ORG,
      "the association", "said"),
    q("Short-term rentals are not a luxury for our industry. They are the overflow.", "Avalon Tourism Association",
      ORG, "the association", "said"),
    q("I found out from a neighbour, on a Tuesday morning, that my business has an expiry date,",
      "one host", ANON, "the host", "said"),
    q("Nobody from the city ever called me.", "one host", ANON, "the host", "said"),
    q("For years we've been told there's nothing council can do⋯it's the market,", "Kimberly Dwyer", PER, "Dwyer",
      "said"),
    q("Tonight they did something. That's new.", "Kimberly Dwyer", PER, "Dwyer", "said"),
    q("supports municipalities using the tools available to them", "a spokesperson", ANON,
      "A spokesperson for the provincial Department of Housing", "said", PARTIAL),
    q("We'll know in two years whether this worked,", "Carla Whelan", PER, "she", "said"),
    q("If it didn't, I'll be the first one back at that table.", "Carla Whelan", PER, "she", "said"),
])

# A CTV News Ottawa sport story in straight marks on a minor hockey association banning bodychecking at U15: CTV's
# byline with "Published" and "Updated" lines, the association president who "told CTV News Ottawa" split, a partial
# after "X said the board ...", and "she said" split across paragraphs, a coach by surname, a mother who "said in French
# that she was "…"" and her son sharing her surname ("Her son, Olivier Lavoie, 14," then "Olivier sees it differently."
# and "he said"), a physician's "described the decision as "…"" then "told CTV News" split, a dissenting board member, a
# coach who did not want to be named ("the coach said"), a regional council's statement (a partial, then "the statement
# said"), and the president's "she said" at the end after "Charbonneau said the association ...".

doc("ca-ctv-25", "canadian-news", [
    q("We had 47 reported concussions in U15 last season. The year before, it was 29,", "Lise Charbonneau", PER,
      "association president Lise Charbonneau", "told"),
    q("At some point you have to look at those numbers and ask yourself what you're actually protecting.",
      "Lise Charbonneau", PER, "association president Lise Charbonneau", "told"),
    q("consulted widely", "Lise Charbonneau", PER, "Charbonneau", "said", PARTIAL),
    q("We know we're going to lose some kids over this, and I'm sorry about that,", "Lise Charbonneau", PER, "she",
      "said"),
    q("I'd rather lose them to another association than to a hospital room.", "Lise Charbonneau", PER, "she",
      "said"),
    q("You're taking kids who are 14⋯190 pounds,", "Dave Kerrigan", PER, "Kerrigan", "said"),
    q("That's not safer. That's just later.", "Dave Kerrigan", PER, "Kerrigan", "said"),
    q("relieved", "Melanie Lavoie", PER, "Melanie Lavoie", "said", PARTIAL),
    q("I watch every game with my hands over my face,", "Melanie Lavoie", PER, "she", "said"),
    q("He had headaches until Christmas. He couldn't look at a screen.", "Melanie Lavoie", PER, "she", "said"),
    q("Honestly, I like hitting. It's part of the game,", "Olivier Lavoie", PER, "he", "said"),
    q("But I get why my mom's happy. She's the one who drove me to all the appointments.", "Olivier Lavoie", PER,
      "he", "said"),
    q("long overdue.", "Anika Sorensen", PER, "Dr. Anika Sorensen", "described", PARTIAL),
    q("The research on this is not really ambiguous anymore.⋯they drop a lot,", "Anika Sorensen", PER, "Sorensen",
      "told"),
    q("What doesn't happen is a wave of injuries when those players start checking later.", "Anika Sorensen", PER,
      "Sorensen", "told"),
    q("I'm not against player safety. Nobody in that room is,", "Jean-Francois Menard", PER, "Menard", "said"),
    q("But we announced this in June⋯based on the old rules.", "Jean-Francois Menard", PER, "Menard", "said"),
    q("I've had four calls since last night,", "a U15 coach in the association", ANON, "the coach", "said"),
    q("They're good kids. I don't want to lose them over this.", "a U15 coach in the association", ANON, "the coach",
      "said"),
    q("respects the autonomy of member associations", "Ottawa District Hockey Council", ORG,
      "Ottawa District Hockey Council", "said", PARTIAL),
    q("The council will monitor the results of this change closely⋯all of our members,",
      "Ottawa District Hockey Council", ORG, "the statement", "said"),
    q("We're not taking contact out of hockey,", "Lise Charbonneau", PER, "she", "said"),
    q("We're taking out the part where a 14-year-old gets flattened from behind.", "Lise Charbonneau", PER, "she",
      "said"),
])

# A Politico state-politics story in curly marks on a governor's appointment to a vacated Senate seat: a deck partial of
# a congressman ("Rep. X, who had been lining up support, says he heard about it ‘…’", close to but not the same words
# as his body quote), a byline in capitals and Politico's date line, the appointee, the governor's "called her “…”" then
# "he said", `(D-Minn.)`, "told POLITICO in a phone interview" split, an "Asked whether" partial, the retiring senator's
# statement ("he said Ojeda would be “…” and that he was “…”"), the governor's words reported by one of "Two people
# familiar" ("One of them said Halvorsen told aides that ... would “…”"), a spokesperson's partial, a party committee's
# spokesperson "in a statement", a Republican's post after "wrote on X:", an anonymous Senate aide "granted anonymity",
# a union president after an inverted "said X, the council’s president", the state party chair sharing the congressman's
# surname ("no relation"), and "she said" and "he said" at the end.

doc("us-politico-25", "us-politics", [
    q("an hour before the press release.", "Tom Haugen", PER, "Rep. Tom Haugen", "says", PARTIAL),
    q("I’m not a placeholder, and I didn’t ask anyone to treat me like one,", "Renata Ojeda", PER, "Ojeda", "said"),
    q("I’m going to go to Washington⋯keep doing it.", "Renata Ojeda", PER, "Ojeda", "said"),
    q("the most prepared person in this state to walk onto the Senate floor on day one.", "Erik Halvorsen", PER,
      "Halvorsen", "called", PARTIAL),
    q("Renata has fought for working families her whole career,", "Erik Halvorsen", PER, "he", "said"),
    q("She won’t need anyone to draw her a map of the building.", "Erik Halvorsen", PER, "he", "said"),
    q("I found out an hour before the press release,", "Tom Haugen", PER, "Haugen", "told"),
    q("I’m not going to pretend that didn’t sting.⋯wasn’t running.", "Tom Haugen", PER, "Haugen", "told"),
    q("talking to my family this weekend.", "Tom Haugen", PER, "Haugen", "said", PARTIAL),
    q("a fierce voice for Minnesota", "Paul Lindqvist", PER, "[he] said Ojeda", "said", PARTIAL),
    q("grateful to the governor for moving quickly.", "Paul Lindqvist", PER, "[he] said Ojeda", "said", PARTIAL),
    q("just hand the seat to whoever raises the most money by July.", "Erik Halvorsen", PER, "Halvorsen", "told",
      PARTIAL),
    q("made the choice he believed was best for Minnesota, and he’s confident voters will agree.", "Marisa Okafor",
      PER, "Marisa Okafor", "said", PARTIAL),
    q("Erik Halvorsen just handed Minnesota a senator⋯fighting over her,", "Caleb Dorsett", PER,
      "NRSC spokesperson Caleb Dorsett", "said"),
    q("We’ll take it.", "Caleb Dorsett", PER, "NRSC spokesperson Caleb Dorsett", "said"),
    q("Another insider deal in St. Paul.⋯they’ll get one.", "Gretchen Aamodt", PER,
      "Former state Senate Minority Leader Gretchen Aamodt", "wrote"),
    q("Nobody in this building wanted a primary in a state we have to win anyway,", "a senior Democratic Senate aide",
      ANON, "the aide", "said"),
    q("Now we’ve got one, and it’s going to cost eight figures.", "a senior Democratic Senate aide", ANON, "the aide",
      "said"),
    q("She’s walked our picket lines,", "Lorraine Vick", PER, "Lorraine Vick", "said"),
    q("She’s one of us, and she doesn’t need a poll to tell her that.", "Lorraine Vick", PER, "Lorraine Vick", "said"),
    q("Our job is to win in November⋯choose in August,", "Karin Haugen", PER, "Karin Haugen", "said"),
    q("I have a lot of respect for Tom,", "Renata Ojeda", PER, "she", "said"),
    q("If he runs, he runs. I’d rather be talking about grocery prices than about each other.", "Renata Ojeda", PER,
      "she", "said"),
    q("She was gracious,", "Tom Haugen", PER, "he", "said"),
    q("I’ll give her that.", "Tom Haugen", PER, "he", "said"),
])

# A CNN story in curly marks on a Pentagon inspector general's report on mold in privatized Army housing: a long
# sentence-case headline without quotes, CNN's byline and "Updated" line, a "(CNN) —" lead with "according to a Pentagon
# inspector general report", the report's partials ("the report said" after "They found “…”", "The report also found"),
# a wife and husband sharing a surname ("Wilkins told CNN" split with a nested 'closed.'; "Her husband, Staff Sgt. X,"
# then "he said" split; "X Wilkins said her son ..." then "she said" at the end), the contractor's statement (a partial
# after "Meridian, which manages ..., said in a statement that it “…”", then "the company said" split), a
# subcontractor's technician on condition of anonymity, an Army spokesperson's statement, a senator's "called the
# findings “…”" then "said in an interview" split, a congressman's partial and quote, and a physician.

doc("us-cnn-25", "us-politics", [
    q("active or recurring mold growth", "Defense Department Office of Inspector General", ORG, "the report", "said",
      PARTIAL),
    q("routinely accepted the contractor’s completion reports without independent verification.",
      "Defense Department Office of Inspector General", ORG, "The report", "found", PARTIAL),
    q("They’d come and spray something⋯back on the bathroom ceiling,", "Tasha Wilkins", PER, "Wilkins", "told"),
    q("Every time, the work order said ‘closed.’", "Tasha Wilkins", PER, "Wilkins", "told"),
    q("I fix aircraft for a living. If I signed off on a repair that wasn’t done, I’d lose my job,", "Andre Wilkins",
      PER, "he", "said"),
    q("I want to know why it’s different for them.", "Andre Wilkins", PER, "he", "said"),
    q("takes every resident concern seriously", "Meridian Communities", ORG, "Meridian", "said", PARTIAL),
    q("Mold is a recurring challenge⋯was improper,", "Meridian Communities", ORG, "the company", "said"),
    q("We have already begun implementing⋯continued oversight.", "Meridian Communities", ORG, "the company", "said"),
    q("You get 45 minutes for a mold call. You can’t find where the water’s coming from in 45 minutes,",
      "a maintenance technician for one of Meridian’s subcontractors", ANON, "the technician", "said"),
    q("So you kill what you can see and you go to the next house.",
      "a maintenance technician for one of Meridian’s subcontractors", ANON, "the technician", "said"),
    q("Our soldiers and their families deserve safe, quality housing⋯accountable,", "Renée Castellanos", PER,
      "Army spokesperson Lt. Col. Renée Castellanos", "said"),
    q("infuriating and, frankly, predictable.", "Ellen Prichard", PER, "Democratic Sen. Ellen Prichard", "called",
      PARTIAL),
    q("Congress passed a tenant bill of rights⋯fight this alone,", "Ellen Prichard", PER, "Prichard", "said"),
    q("This report tells me the Army is still taking the contractor’s word for it.", "Ellen Prichard", PER,
      "Prichard", "said"),
    q("raised these exact concerns with Army leadership last year", "Dale Whitacre", PER,
      "Republican Rep. Dale Whitacre", "said", PARTIAL),
    q("Families shouldn’t need a congressman to get a ceiling fixed,", "Dale Whitacre", PER, "Whitacre", "said"),
    q("I can’t tell you mold caused any one child’s asthma. No honest doctor could,", "Nadia Ferreira", PER,
      "Ferreira", "said"),
    q("What I can tell you is that I see the same street names again and again.", "Nadia Ferreira", PER, "Ferreira",
      "said"),
    q("He sleeps through the night now,", "Tasha Wilkins", PER, "she", "said"),
    q("That’s all I wanted.", "Tasha Wilkins", PER, "she", "said"),
])

# A Washington Post local-politics story in curly marks on a Virginia county pausing data-center approvals over
# transmission costs: a sentence-case headline and a deck without quotes, a byline and WaPo's date line, a `BRENNICK
# COURTHOUSE, Va. —` dateline, a supervisor after an inverted "said Supervisor X (D), who proposed the pause" (a nested
# quote inside his second sentence) and "he said" at the end, the chair's "calling it “…”" then "said in an interview"
# split, a cooperative's letter by its name, its chief executive with a quote paragraph that follows on, a company
# spokeswoman "said in an email" then "She said the company “…”", a retired teacher and her grandson sharing a surname
# ("said X, 71, a retired teacher whose family ..." split; "Her grandson, Tyler Sayles, 29," then "he said"), `Del. X
# (R)` split, a county official on the condition of anonymity, and a researcher.

doc("us-wapo-25", "us-politics", [
    q("We were promised that these buildings would pay for themselves, and for a lot of other things besides,",
      "Curtis Oyelaran", PER, "Supervisor Curtis Oyelaran", "said"),
    q("Nobody stood up at those hearings and said, ‘By the way, your electric bill is going to go up.’",
      "Curtis Oyelaran", PER, "Supervisor Curtis Oyelaran", "said"),
    q("a signal to every employer in America that Brennick County is closed for business.", "Ann Marie Dudley", PER,
      "Ann Marie Dudley", "calling", PARTIAL),
    q("The revenue from the two campuses⋯this year,", "Ann Marie Dudley", PER, "Dudley", "said"),
    q("I’m not willing to walk away from that because of a projection.", "Ann Marie Dudley", PER, "Dudley", "said"),
    q("no mechanism under current state rules", "Piedmont Ridge Electric Cooperative", ORG,
      "Piedmont Ridge Electric Cooperative", "said", PARTIAL),
    q("We are not trying to stop anybody’s economic development.⋯before it arrives,", "Glenn Askew", PER, "Askew",
      "said"),
    q("If the state gives us the authority to put that cost where it belongs, we’ll use it.", "Glenn Askew", PER,
      None, None),
    q("Ironvale has always paid its own way⋯at our own expense,", "Kirsten Maher", PER,
      "spokeswoman Kirsten Maher", "said"),
    q("looks forward to continuing to work with the county.", "Kirsten Maher", PER, "She", "said", PARTIAL),
    q("You can hear it from my porch at night⋯the size of a town,", "Margaret Sayles", PER, "Margaret Sayles",
      "said"),
    q("And now they tell me I get to pay for the power lines, too.", "Margaret Sayles", PER, "Margaret Sayles",
      "said"),
    q("It’s the best job I’ve ever had. I make twice what my dad made at my age,", "Tyler Sayles", PER, "he", "said"),
    q("So I get why she’s mad, and I get why I’m not.", "Tyler Sayles", PER, "he", "said"),
    q("The people who use the power should pay for the power,", "Jonah Whitlock", PER, "Whitlock", "said"),
    q("That shouldn’t be a partisan idea.", "Jonah Whitlock", PER, "Whitlock", "said"),
    q("That’s the next fight,", "a county official familiar with the negotiations", ANON, "the official", "said"),
    q("Every county that said yes five years ago is now getting the same letter from its utility,", "Laura Mbeki", PER,
      "Mbeki", "said"),
    q("Brennick is just the first one to say stop.", "Laura Mbeki", PER, "Mbeki", "said"),
    q("It’s a pause, not a ban,", "Curtis Oyelaran", PER, "he", "said"),
    q("We need a year to figure out who is paying for what.", "Curtis Oyelaran", PER, "he", "said"),
])

# A Globe and Mail Quebec business story in curly marks on a maple-syrup producer's penalty upheld on appeal: a
# sentence-case headline and a deck without quotes, a byline block, brothers sharing a surname ("brothers Gilles and
# Normand Poulin", then "His brother, who handles the company’s sales, was blunter." before "Normand Poulin said"), an
# appeal judge who "wrote for the court" then "She described ... as “…”", a marketing board's president "said in a
# statement" then "Ms. X said the board would ...", the board's complaint ("the board had called the sales “…”") and a
# lower-court judge who "found", a lawyer "said in an interview", "he said in French", an economist's partial, an
# anonymous producer "according to" then "the producer said", a minister's unnamed spokesperson "in an e-mail", a
# federal minister's partial after "asked about the ruling", and the father's quote at the end after his son is named.

doc("ca-globe-28", "canadian-news", [
    q("The producers of Quebec chose⋯to market their product collectively,", "Isabelle Caron-Whitfield", PER,
      "Justice Isabelle Caron-Whitfield", "wrote"),
    q("It is not open to a single enterprise⋯refusing its obligations.", "Isabelle Caron-Whitfield", PER,
      "Justice Isabelle Caron-Whitfield", "wrote"),
    q("an attempt to turn a regulatory dispute into something it is not.", "Isabelle Caron-Whitfield", PER, "She",
      "described", PARTIAL),
    q("We are pleased that the court has recognized⋯that it works,", "Sylvie Beaudry-Tanguay", PER,
      "Sylvie Beaudry-Tanguay", "said"),
    q("A producer who follows the rules⋯has to follow them too.", "Sylvie Beaudry-Tanguay", PER,
      "Sylvie Beaudry-Tanguay", "said"),
    q("once the delays for appeal have run out.", "Sylvie Beaudry-Tanguay", PER, "Ms. Beaudry-Tanguay", "said",
      PARTIAL),
    q("deliberate, repeated and concealed.", "Quebec Maple Marketing Board", ORG, "the board", "called", PARTIAL),
    q("in full knowledge of the rules and of the consequences.", "Paul Trudel", PER, "Justice Paul Trudel", "found",
      PARTIAL),
    q("This is a question that goes well beyond maple syrup.⋯in another province,", "Marc-Antoine Desjardins", PER,
      "Mr. Desjardins", "said"),
    q("We think the Supreme Court will want to answer it.", "Marc-Antoine Desjardins", PER, "Mr. Desjardins", "said"),
    q("My father tapped these trees.⋯selling my own syrup,", "Gilles Poulin", PER, "he", "said"),
    q("They call it a marketing system. I call it a cartel with a nice logo,", "Normand Poulin", PER,
      "Normand Poulin", "said"),
    q("The reserve is the reason⋯as in a good one,", "Nathalie Provencher", PER, "Nathalie Provencher", "said"),
    q("very comfortable", "Nathalie Provencher", PER, "Ms. Provencher", "said", PARTIAL),
    q("The quota protects prices. It also caps growth,", "Nathalie Provencher", PER, "she", "said"),
    q("Both of those things are true⋯mention only one of them.", "Nathalie Provencher", PER, "she", "said"),
    q("Half the people at the meetings complain about the quota. Then they go home and cash the cheque,",
      "a producer in the Beauce", ANON, "the producer", "said"),
    q("Nobody wants to be the Poulins⋯what happens to them.", "a producer in the Beauce", ANON, "the producer",
      "said"),
    q("respects the decision of the court", "a spokesperson", ANON,
      "A spokesperson for Agriculture Minister Élise Gauvreau", "said", PARTIAL),
    q("a conversation for the provinces to have among themselves.", "Karan Dhaliwal", PER,
      "Internal Trade Minister Karan Dhaliwal", "said", PARTIAL),
    q("We did it their way this year,", "Gilles Poulin", PER, "Gilles Poulin", "said"),
    q("It’s sitting in their warehouse in Laurierville. That’s what they wanted, and they have it.", "Gilles Poulin",
      PER, "Gilles Poulin", "said"),
])


# A National Post story from Ottawa in curly marks on a firearms buyback's slow start: a headline partial of the
# Conservative critic (his body "called the figures “…”") and a deck "minister says numbers will ‘…’" whose words sit
# inside her body quote, a briefing deck "obtained by the National Post" that "says", "describes ... as “…”" and
# "warns", the minister who "told reporters" and "said in French that it was “…”", the critic "in question period",
# the Bloc by the party's name then its critic "said in French", a gun-shop owner after an inverted "said X, who has
# owned ...", a shooters' federation "said in a statement", a victims' advocate after a long relative clause, "A senior
# government official, speaking on background" then "the official said", the RCMP's statement, a police chief who
# "told the Post", and the deck's last lines "one page of the deck notes".

doc("ca-np-28", "canadian-news", [
    q("An expensive humiliation", "Blake Harrower", PER, None, None),
    q("climb steeply", "Danielle Okonkwo", PER, "minister", "says", PARTIAL, nth=0),
    q("Participation to date remains well below planning assumptions,", "Public Safety Canada", ORG,
      "the briefing deck", "says"),
    q("the principal constraint", "Public Safety Canada", ORG, "It", "describes", PARTIAL),
    q("before compensation volumes reach projected levels.", "Public Safety Canada", ORG, "It", "warns", PARTIAL),
    q("Canadians file their taxes in April, not in February,", "Danielle Okonkwo", PER, "she", "told"),
    q("I fully expect the numbers to climb steeply over the summer and into the fall.", "Danielle Okonkwo", PER,
      "she", "told"),
    q("the full weight of the law.", "Danielle Okonkwo", PER, "She", "said", PARTIAL),
    q("not the intention of this government.", "Danielle Okonkwo", PER, "Okonkwo", "said", PARTIAL),
    q("an expensive humiliation.", "Blake Harrower", PER, "Conservative public safety critic Blake Harrower",
      "called", PARTIAL),
    q("We told them two years ago that this would cost a fortune and collect nothing, and here we are,",
      "Blake Harrower", PER, "he", "said"),
    q("They built a program for guns nobody was handing in⋯never committed a crime.", "Blake Harrower", PER, "he",
      "said"),
    q("botched the execution.", "Bloc Québécois", ORG, "The Bloc Québécois", "said", PARTIAL),
    q("The principle is good. The execution is not,", "Mélanie Thibodeau", PER, "Thibodeau", "said"),
    q("My customers are the people this program is taking guns from,", "Wes Kuchar", PER, "Wes Kuchar", "said"),
    q("I’m not going to stand behind my own counter⋯85 bucks a gun.", "Wes Kuchar", PER, "Wes Kuchar", "said"),
    q("These are farmers, hunters, retired cops,", "Wes Kuchar", PER, "he", "said"),
    q("I don’t know what Ottawa thinks is going to happen on Nov. 1.", "Wes Kuchar", PER, "he", "said"),
    q("voted with their feet.", "National Target Shooters’ Federation", ORG, "The National Target Shooters’ Federation",
      "said", PARTIAL),
    q("Every one of those firearms was designed to kill people quickly⋯is a risk,", "Nathalie Brossard", PER,
      "Nathalie Brossard", "said"),
    q("The government has known this for years. It needs to stop apologizing and start collecting.",
      "Nathalie Brossard", PER, "Nathalie Brossard", "said"),
    q("Nobody expected this to be a straight line,", "a senior government official", ANON, "the official", "said"),
    q("But nobody expected it to be this flat, either.", "a senior government official", ANON, "the official",
      "said"),
    q("sufficient capacity", "RCMP", ORG, "The RCMP", "said", PARTIAL),
    q("We are not set up to be a warehouse,", "Andrew Kowalchuk", PER, "Kowalchuk", "told"),
    q("If this lands on municipal police forces in October, it lands on us without a dollar attached.",
      "Andrew Kowalchuk", PER, "Kowalchuk", "told"),
    q("It’s not the guns that are expensive,", "Public Safety Canada", ORG, "one page of the deck", "notes"),
    q("It’s the handling.", "Public Safety Canada", ORG, "one page of the deck", "notes"),
])


# A HuffPost Canada feature in curly marks on working people at a Calgary food bank: a title-case headline, a deck
# with a mother's quote ("one mother says") repeated in the body, a scene-setting lede, "told HuffPost Canada" and a
# quote paragraph that follows on, present-tense "says" and "he says" mixed with "said", a chief executive's figures
# "according to", a volunteer whose quote nests her own words to a young man, an anonymous grocery worker, an
# economist's "called ... “…”", a minister's unnamed spokesperson "In an emailed statement" then "the statement said",
# a critic who "called that argument “…”", and "Mwangi, for his part, says" before "he said".

doc("ca-huffpost-28", "canadian-news", [
    q("I work 40 hours a week and I still have to do this,", "Shauna Pelletier", PER, "one mother", "says", nth=0),
    q("I work 40 hours a week and I still have to do this,", "Shauna Pelletier", PER, "Pelletier", "told", nth=1),
    q("I take care of other people’s kids all day, and then I come here so I can feed mine.", "Shauna Pelletier", PER,
      "Pelletier", "told"),
    q("The first time I came I sat in the parking lot⋯make myself go in.", "Shauna Pelletier", PER, None, None),
    q("For a long time, the picture people had of a food bank client⋯on assistance,", "Gregory Mwangi", PER,
      "Gregory Mwangi", "said"),
    q("That picture is out of date.⋯We are seeing people in scrubs.", "Gregory Mwangi", PER, "Gregory Mwangi", "said"),
    q("That was the hardest decision I’ve made in this job,", "Gregory Mwangi", PER, "he", "says"),
    q("We were choosing between feeding fewer people or feeding everyone less.", "Gregory Mwangi", PER, "he", "says"),
    q("People say, get a better job. I have a diploma. I love my job,", "Shauna Pelletier", PER, "she", "says"),
    q("Somebody has to do it, and it’s supposed to be worth something.", "Shauna Pelletier", PER, "she", "says"),
    q("I used to know everybody by name.⋯a lanyard from work,", "Lorraine Fitzgerald", PER, "she", "said"),
    q("I had a young man come through last month⋯nothing to be embarrassed about.’", "Lorraine Fitzgerald", PER,
      "she", "said"),
    q("We stock the shelves, and then we can’t afford what’s on them,",
      "a worker at a grocery store in the city’s south end", ANON, "she", "said"),
    q("There’s a joke about it in the break room. It’s not really a joke.",
      "a worker at a grocery store in the city’s south end", ANON, "she", "said"),
    q("a number frozen in a different economy.", "Ravi Deshpande", PER, "Deshpande", "called", PARTIAL),
    q("In real terms, a minimum-wage worker in Calgary⋯did in 2018,", "Ravi Deshpande", PER, "he", "said"),
    q("It’s not that people stopped working. It’s that working stopped being enough.", "Ravi Deshpande", PER, "he",
      "said"),
    q("focus is on making life more affordable for every Albertan,", "a spokesperson", ANON,
      "a spokesperson for Jobs Minister Trevor Lindgren", "said", PARTIAL),
    q("A minimum wage increase would make it harder⋯we want to help,", "a spokesperson", ANON, "the statement",
      "said"),
    q("recycled.", "Hannah Okafor", PER, "Hannah Okafor", "called", PARTIAL),
    q("We heard that small businesses would close when the minimum wage went up the last time. They didn’t,",
      "Hannah Okafor", PER, "Okafor", "said"),
    q("What we are seeing instead⋯should embarrass this government.", "Hannah Okafor", PER, "Okafor", "said"),
    q("I’ll let other people fight about the wage,", "Gregory Mwangi", PER, "he", "said"),
    q("I just need to know how many people are going to be at our door next Tuesday.", "Gregory Mwangi", PER, "he",
      "said"),
    q("Honestly, the worst part isn’t the line,", "Shauna Pelletier", PER, "she", "says"),
    q("It’s having to tell my kids we can’t do something⋯anyway.", "Shauna Pelletier", PER, "she", "says"),
])


# A CBC News P.E.I. story in straight marks on a U.S. halt to Island potato shipments: a deck without quotes, CBC's
# byline line, a foreign agency's partial after "had notified Ottawa that it would not ...", a federal scientist "said
# at a technical briefing" then "She said ... and estimated that work would take "…"", a farmer and his daughter sharing
# a surname ("said, standing at the edge of one of the fields"; "His daughter Nicole Doucette ... said" then "she
# said"), a growers' council chair with a quote paragraph that follows on, a provincial minister's partial after "said
# she had spoken ... and was", "told CBC News", the USDA's statement in two partials, an MP's "called the U.S. move
# "…"", a trucker, a processor's statement, an anonymous seed exporter, and a second follow-on paragraph at the end.

doc("ca-cbc-28", "canadian-news", [
    q("until further notice.", "U.S. Department of Agriculture", ORG, "the U.S. Department of Agriculture",
      "notified", PARTIAL),
    q("We take any detection of potato wart seriously, and we are moving as quickly as the science allows,",
      "Anita Rousseau", PER, "Dr. Anita Rousseau", "said"),
    q("four to six weeks, at a minimum.", "Anita Rousseau", PER, "She", "estimated", PARTIAL),
    q("I know that's not the answer growers want to hear,", "Anita Rousseau", PER, "Rousseau", "said"),
    q("But if we cut corners and find more wart in August, the border stays closed a lot longer.", "Anita Rousseau",
      PER, "Rousseau", "said"),
    q("My grandfather broke this land with horses,", "Bernard Doucette", PER, "Bernard Doucette", "said"),
    q("I've had inspectors in here every year of my life. Nobody ever found a thing.", "Bernard Doucette", PER,
      "Bernard Doucette", "said"),
    q("Dad didn't say anything for a long time. Then he went out to the barn,", "Nicole Doucette", PER, "she",
      "said"),
    q("He's been out there a lot this week.", "Nicole Doucette", PER, "she", "said"),
    q("We've got 300 million pounds of potatoes⋯just closed the door,", "Darren McInnis", PER, "McInnis", "said"),
    q("Every week this goes on, some of that is going to end up as cattle feed.", "Darren McInnis", PER, "McInnis",
      "said"),
    q("Or in the ground.", "Darren McInnis", PER, None, None),
    q("pushing hard", "Tara Gallant", PER, "Agriculture Minister Tara Gallant", "said", PARTIAL),
    q("This is a detection in two fields on one farm. It's not the whole Island,", "Tara Gallant", PER, "Gallant",
      "told"),
    q("Our trading partners know that, and frankly, so does Washington.", "Tara Gallant", PER, "Gallant", "told"),
    q("a precautionary measure consistent with long-standing plant health protocols", "U.S. Department of Agriculture",
      ORG, "the USDA", "said", PARTIAL),
    q("as additional survey results become available.", "U.S. Department of Agriculture", ORG, "the USDA", "said",
      PARTIAL),
    q("an overreaction", "Jenna Currie", PER, "Malpeque MP Jenna Currie", "called", PARTIAL),
    q("We shouldn't be in a position where one phone call⋯overnight,", "Jenna Currie", PER, "she", "said"),
    q("My drivers are paid by the load. No load, no pay,", "Steve Matheson", PER, "he", "said"),
    q("I've got guys asking me if they should go out west again.", "Steve Matheson", PER, "he", "said"),
    q("monitoring the situation closely.", "Northshore Foods", ORG, "Northshore Foods", "said", PARTIAL),
    q("They'll buy from Maine or New Brunswick this year, and some of them won't come back,",
      "a seed potato exporter in Prince County", ANON, "he", "said"),
    q("That's what happened last time. You lose the shipment, and then you lose the customer.",
      "a seed potato exporter in Prince County", ANON, "he", "said"),
    q("Some people called to say sorry.⋯which, yes, we were,", "Nicole Doucette", PER, "she", "said"),
    q("People are scared. I get it. We're scared too.", "Nicole Doucette", PER, None, None),
])


# A Global News B.C. story in curly marks on extortion threats against Surrey business owners: a headline partial
# "business owners say ... ‘…’" whose word closes a business group's chair's body quote, a "WATCH:" caption without
# marks, a superintendent who "told reporters" split and "She called the shooters “…”", a restaurant owner who "said in
# Punjabi, as his son, X, translated" and the son sharing his surname ("Gurpreet Sandhu, 31, said" then "he said"), an
# anonymous jewelry store owner, the RCMP's news release then "the release said", a minister's "called the extortion
# campaign “…”", a critic's one-word follow-on "Fourteen." after his cue, an owner who chairs the business group, a
# criminologist who "warned" then "She described the task force as “…”", and the son's "Gurpreet Sandhu said" at the
# end.

doc("ca-global-28", "canadian-news", [
    q("everywhere", "Ajay Mann", PER, "business owners", "say", PARTIAL, nth=0),
    q("These are not random acts.⋯terrify people into paying,", "Colleen Baird", PER, "Supt. Colleen Baird", "told"),
    q("Our message to anyone receiving these calls is simple: do not pay, and call us.", "Colleen Baird", PER,
      "Supt. Colleen Baird", "told"),
    q("disposable", "Colleen Baird", PER, "She", "called", PARTIAL),
    q("The people pulling the trigger are often 18, 19 years old⋯working for,", "Colleen Baird", PER, "she", "said"),
    q("I came to this country with nothing. I built this with my hands,", "Balwinder Sandhu", PER, "Sandhu", "said"),
    q("Now I am scared to open my own door.", "Balwinder Sandhu", PER, "[Sandhu] said in Punjabi", "said"),
    q("He didn’t tell anybody about the first two.⋯they would go away,", "Gurpreet Sandhu", PER, "he", "said"),
    q("A lot of people of his generation think that way. You don’t bring trouble to the police.", "Gurpreet Sandhu",
      PER, "he", "said"),
    q("They know everything. They know where we live. They know which car I drive,",
      "a jewelry store owner in Newton", ANON, "she", "said"),
    q("Tell me how I am supposed to feel safe.", "a jewelry store owner in Newton", ANON, "she", "said"),
    q("Investigators are working with international partners⋯outside Canada,", "RCMP", ORG, "the release", "said"),
    q("an attack on the whole community, not only the people receiving the calls.", "Darren Vickers", PER, "He",
      "called", PARTIAL),
    q("Nobody in British Columbia should have to choose⋯keeping their kids safe,", "Darren Vickers", PER, "he",
      "said"),
    q("They had to be shot at 14 times before this government took it seriously,", "Ravinder Gill", PER, "Gill",
      "said"),
    q("Fourteen.", "Ravinder Gill", PER, "Gill", "said"),
    q("Everybody knows somebody who got a call. It’s everywhere,", "Ajay Mann", PER, "Mann", "said"),
    q("But people are afraid that if they talk on camera, they become the next target.", "Ajay Mann", PER, "Mann",
      "said"),
    q("Every payment funds the next shooting,", "Harpreet Aujla", PER, "Aujla", "said"),
    q("That’s not a judgment on anyone who paid.⋯protect your child.", "Harpreet Aujla", PER, "Aujla", "said"),
    q("a good start", "Harpreet Aujla", PER, "She", "described", PARTIAL),
    q("If this is funded for two years and then quietly wound down, the people behind it will simply wait,",
      "Harpreet Aujla", PER, "she", "said"),
    q("He says he won’t let them take it from him,", "Gurpreet Sandhu", PER, "Gurpreet Sandhu", "said"),
    q("I tell him it’s not worth dying for. He doesn’t listen to me.", "Gurpreet Sandhu", PER, "Gurpreet Sandhu",
      "said"),
])


# A CNN story in curly marks on federal prison staff pulled to guard duty: a long sentence-case headline without
# quotes, CNN's byline and "Updated" line, a "(CNN) —" lead "according to internal staffing records", a term in marks
# ("known inside the Bureau of Prisons as “augmentation,”"), a union local president after an inverted "said X,
# president of ...", an unnamed warden's memo "obtained by CNN" then "the memo said", the bureau's "statement to CNN"
# then "the statement said", a teacher who "told CNN", an anonymous officer "who spoke on the condition of anonymity"
# then "the officer said", an inspector general's report that "found", a retired regional director, two senators'
# letter ("what they called its “…”", "the senators wrote"), one of them "told CNN in an interview" then "she said", and
# a mother whose son shares her surname, her last words after "..., she said." in the same paragraph.

doc("us-cnn-28", "us-politics", [
    q("Augmentation was supposed to be for emergencies. At Cold Spring it’s the schedule,", "Marisol Vega", PER,
      "Marisol Vega", "said"),
    q("We have nurses working a housing unit at 2 a.m. and then coming back at 7 to hand out medication.",
      "Marisol Vega", PER, "Marisol Vega", "said"),
    q("I recognize the burden that augmentation places on every department,", "the prison’s warden", ANON,
      "the memo", "said"),
    q("Until staffing improves, it will remain necessary to maintain safe operations.", "the prison’s warden", ANON,
      "the memo", "said"),
    q("Augmentation is a long-standing and appropriate tool⋯law enforcement professionals,", "Bureau of Prisons", ORG,
      "the statement", "said"),
    q("All BOP employees, regardless of their position, are trained correctional workers first.", "Bureau of Prisons",
      ORG, "the statement", "said"),
    q("I had 22 men enrolled in my GED class in the fall. Eleven of them were close to testing,", "Dwayne Easley", PER,
      "Easley", "told"),
    q("I’ve held that class maybe twice a month since then. You can’t teach algebra twice a month.", "Dwayne Easley",
      PER, "Easley", "told"),
    q("If something had gone wrong in one unit, the other unit had nobody,", "a correctional officer at the prison",
      ANON, "the officer", "said"),
    q("We got lucky. You can’t run a prison on luck.", "a correctional officer at the prison", ANON, "the officer",
      "said"),
    q("a primary staffing strategy rather than a temporary measure", "Justice Department’s inspector general", ORG,
      "A 2024 report", "found", PARTIAL),
    q("When I started, a job at the prison was the best job in the county.⋯stab you there,", "Thomas Keel", PER,
      "Keel", "said"),
    q("The bureau knows this. The question is whether Congress is willing to pay for the fix.", "Thomas Keel", PER,
      "Keel", "said"),
    q("chronic overreliance", "Margaret Tolliver and Raymond Ocampo", PER, "Two senators", "called", PARTIAL,
      speakers=["Margaret Tolliver", "Raymond Ocampo"]),
    q("Pulling the nurse out of the infirmary to stand a post is not a staffing plan. It is a warning sign,",
      "Margaret Tolliver and Raymond Ocampo", PER, "the senators", "wrote",
      speakers=["Margaret Tolliver", "Raymond Ocampo"]),
    q("I don’t need a press release about bonuses,", "Margaret Tolliver", PER, "she", "said"),
    q("I need somebody to tell me when Cold Spring⋯go back to teaching.", "Margaret Tolliver", PER, "she", "said"),
    q("It’s been canceled so many times he stopped counting,", "Denise Harlow", PER, "Harlow", "said"),
    q("He keeps telling me it’s fine⋯when he gets out.", "Denise Harlow", PER, "Harlow", "said"),
    q("He wanted to walk out with something.", "Denise Harlow", PER, "she", "said"),
], not_quotes=["augmentation,"])


# The Hill on a Senate vote to overturn an offshore wind leasing rule, in curly marks: a headline quote after a colon
# whose senator is named only in the body, The Hill's byline line, `Sen. X (D-N.J.)` "said on the floor", a cabinet
# secretary's "called it at the time a “…”", a Republican who "told The Hill after the vote", a committee chairman's
# "called the resolution “…”" then "he said", the White House's statement of administration policy "calling the rule
# “…”", the Speaker's unnamed spokesperson, a department spokesperson's partial then "said in a statement", a
# fishermen's group director and a building trades president after cues, a senior aide "granted anonymity" then "the
# aide said", the sponsor's "he said" at the end, and a developer's statement partial then "the company said".

doc("us-hill-28", "us-politics", [
    q("This is about jobs, not windmills", "Alan Brightwater", PER, None, None, nth=0),
    q("This is about jobs, not windmills,", "Alan Brightwater", PER, "Brightwater", "said"),
    q("There are welders in Paulsboro⋯told them to go home.", "Alan Brightwater", PER, "Brightwater", "said"),
    q("pause to put fishermen, ratepayers and national security first.", "Dale Hammond", PER,
      "Interior Secretary Dale Hammond", "called", PARTIAL),
    q("A deal is a deal,", "Patricia Ducharme", PER, "Ducharme", "told"),
    q("If the federal government can tear up a lease⋯whether it’s wind, oil or gas.", "Patricia Ducharme", PER,
      "Ducharme", "told"),
    q("a bailout for foreign-owned developers who overbid and now want taxpayers to cover the difference.",
      "Curtis Vandeveer", PER, "Sen. Curtis Vandeveer", "called", PARTIAL),
    q("Not one of these projects pencils out without subsidies,", "Curtis Vandeveer", PER, "he", "said"),
    q("My constituents in Wyoming should not be paying for turbines off Long Island.", "Curtis Vandeveer", PER, "he",
      "said"),
    q("a commonsense response to years of rushed approvals.", "White House", ORG, "The White House", "calling",
      PARTIAL),
    q("no plans", "a spokesperson", ANON, "A spokesperson for House Speaker Glenn Arbuckle", "said", PARTIAL),
    q("changes nothing on the water.", "Jake Morrow", PER, "Jake Morrow", "said", PARTIAL),
    q("The department will continue to implement the rule⋯through the process,", "Jake Morrow", PER, "Morrow",
      "said"),
    q("Secretary Hammond has been clear that American energy policy will not be set by a handful of developers.",
      "Jake Morrow", PER, "Morrow", "said"),
    q("We were never against clean energy.⋯never been on a boat,", "Rosa Pinheiro", PER, "Rosa Pinheiro", "said"),
    q("The Senate just voted against the people who feed this country.", "Rosa Pinheiro", PER, "Rosa Pinheiro",
      "said"),
    q("They tell us they’re for American workers.⋯in one afternoon,", "Mike Galvin", PER, "Galvin", "said"),
    q("We’ll remember who voted how.", "Mike Galvin", PER, "Galvin", "said"),
    q("Leadership knew where they were a week ago,", "a senior Senate Republican aide", ANON, "the aide", "said"),
    q("The math on a veto override was never close, so nobody was going to burn capital on it.",
      "a senior Senate Republican aide", ANON, "the aide", "said"),
    q("This isn’t over,", "Alan Brightwater", PER, "he", "said"),
    q("We’ve got an appropriations process coming, and I have a long memory.", "Alan Brightwater", PER, "he", "said"),
    q("an important signal", "Coastline Energy", ORG, "Coastline Energy", "said", PARTIAL),
    q("We remain ready to build⋯who stood up for American jobs,", "Coastline Energy", ORG, "the company", "said"),
])


# A Fox News Digital story in straight marks on a China-linked company's farmland purchase near an Air Force base: a
# headline quote after a colon whose rancher is named only in the body, Fox's byline and "Published" lines, a rancher
# and his son sharing a surname ("Dale Kjelstad, 64, whose family ..., told Fox News Digital" split; "Kjelstad's son,
# Cody," then "Cody Kjelstad said"), `State Sen. X, R-Rapid City,` whose bill's phrase "foreign adversaries" is left
# aside, a company spokesperson "said in an email", the governor "said in a statement to Fox News Digital" then "the
# governor said", `State Rep. X, D-Sioux Falls,` who "called the bill "…"", an Air Force spokesperson's two partials,
# a former official "speaking on condition of anonymity" then "the former official said", an embassy spokesperson named
# after his title ("said China "…" and called concerns ... "…""), a county commissioner, and the rancher's "he said".

doc("us-fox-28", "us-politics", [
    q("Nobody asked us", "Dale Kjelstad", PER, None, None, nth=0),
    q("Nobody asked us. Nobody told us. We found out from the county register of deeds,", "Dale Kjelstad", PER,
      "Dale Kjelstad", "told"),
    q("If a guy from Pierre wants to buy a quarter section⋯This took a year.", "Dale Kjelstad", PER, "Dale Kjelstad",
      "told"),
    q("This is not about where anybody was born. It's about who's giving the orders,", "Travis Lundgren", PER,
      "Lundgren", "said"),
    q("A company that answers to the Chinese Communist Party⋯Period.", "Travis Lundgren", PER, "Lundgren", "said"),
    q("Prairie Meridian is a U.S. company that pays U.S. taxes and employs South Dakotans,", "Hannah Riese", PER,
      "spokesperson Hannah Riese", "said"),
    q("We have complied with every federal and state law that applies to this purchase.", "Hannah Riese", PER,
      "spokesperson Hannah Riese", "said"),
    q("Corn farmers don't need a 60-foot antenna,", "Cody Kjelstad", PER, "Cody Kjelstad", "said"),
    q("I'm not saying I know what it is. I'm saying somebody should go find out.", "Cody Kjelstad", PER,
      "Cody Kjelstad", "said"),
    q("every option available to the state to protect our military installations.", "Kristen Aldridge", PER,
      "Gov. Kristen Aldridge", "said", PARTIAL),
    q("South Dakota will not be a soft target,", "Kristen Aldridge", PER, "the governor", "said"),
    q("a campaign ad dressed up as a law", "Maria Esquivel", PER, "State Rep. Maria Esquivel", "called", PARTIAL),
    q("If there's a real threat here⋯and they should,", "Maria Esquivel", PER, "Esquivel", "said"),
    q("Writing a state law that forces people to sell their land⋯going to lose.", "Maria Esquivel", PER, "Esquivel",
      "said"),
    q("aware of the transaction", "an Air Force spokesperson", ANON, "An Air Force spokesperson", "said", PARTIAL),
    q("coordinating with interagency partners,", "an Air Force spokesperson", ANON, "An Air Force spokesperson", "said",
      PARTIAL),
    q("should have raised flags the minute it hit the county's books.", "a former Defense Department official", ANON,
      "A former Defense Department official", "told", PARTIAL),
    q("You don't need to be on the base to learn a lot about it,", "a former Defense Department official", ANON,
      "the former official", "said"),
    q("You need a good line of sight and a lot of patience.", "a former Defense Department official", ANON,
      "the former official", "said"),
    q("has always opposed the politicization of normal economic and trade cooperation", "Zhao Ming", PER,
      "Zhao Ming", "said", PARTIAL),
    q("groundless speculation.", "Zhao Ming", PER, "Zhao Ming", "called", PARTIAL),
    q("People out here are patriotic, and they're suspicious, and right now they're both,", "Lyle Brandvold", PER,
      "Brandvold", "said"),
    q("I'd like to hear the company explain itself in front of them.", "Lyle Brandvold", PER, "Brandvold", "said"),
    q("I've got a lot of questions,", "Dale Kjelstad", PER, "he", "said"),
    q("I'd like some answers before the next time one of those bombers flies over my cows.", "Dale Kjelstad", PER,
      "he", "said"),
], ignore=["foreign adversaries"])

# Branch corpus-more29: eight more, annotated from the text before the engine was run on them.

# A CBC News P.E.I. agriculture and trade story in straight marks on potato wart keeping the U.S. border shut to Island
# seed potatoes: a deck partial of "federal agency says testing '…'" whose words open the agency's emailed statement in
# the body, CBC's one-line byline with "·", two brothers sharing a surname (an inverted "said Wade Arsenault" split,
# then "he said"; "His brother, Kent Arsenault," then "Kent Arsenault said"; "His brother said ..." before "Wade
# Arsenault said" at the end), a growers' council's statement ("called ... "…"" and "said ... "…""), two crossheads in
# single marks quoting the agency and a scientist, the agency's partial then "the statement said", a provincial
# minister's "what she described as "…"" then "told reporters" and "the minister said" after "Asked whether", a federal
# minister's two partials, a critic's "called that "…"" then "he said", a quote-first paragraph named by "That's X,"
# with "X said" and a quote paragraph that follows on, and a farmer who asked CBC News not to use his name ("the farmer
# said").

doc("ca-cbc-27", "canadian-news", [
    q("will take the time it takes", "Canadian Food Inspection Agency", ORG, "federal agency", "says", PARTIAL,
      nth=0),
    q("Every time the phone rings, I think it's going to be them telling me it's my field,", "Wade Arsenault", PER,
      "Wade Arsenault", "said"),
    q("You can't plan a year like that. You can't plan a week.", "Wade Arsenault", PER, "Wade Arsenault", "said"),
    q("If it doesn't move by March, it goes to the cattle or it goes back in the ground,", "Wade Arsenault", PER,
      "he", "said"),
    q("People think of this as a P.E.I. problem.⋯the only ones paying for it,", "Kent Arsenault", PER,
      "Kent Arsenault", "said"),
    q("disappointing but not surprising", "Island Seed Potato Council", ORG, "the council", "called", PARTIAL),
    q("that reflects the real losses on the ground, not the ones on paper.", "Island Seed Potato Council", ORG,
      "the council", "said", PARTIAL),
    q("Science must guide every decision", "Canadian Food Inspection Agency", ORG, None, None),
    q("science must guide every decision about where the disease is and where it is not.",
      "Canadian Food Inspection Agency", ORG, "the CFIA", "said", PARTIAL),
    q("Testing will take the time it takes.⋯internationally recognized protocols,", "Canadian Food Inspection Agency",
      ORG, "the statement", "said"),
    q("field-by-field", "Dianne MacLean", PER, "P.E.I. Agriculture Minister Dianne MacLean", "described", PARTIAL),
    q("We have farms in Kings County⋯along with everybody else,", "Dianne MacLean", PER, "MacLean", "told"),
    q("looking at every option", "Dianne MacLean", PER, "the minister", "said", PARTIAL),
    q("a strong, science-based case", "Raymond Thibodeau", PER, "federal Agriculture Minister Raymond Thibodeau",
      "said", PARTIAL),
    q("every week, sometimes every day.", "Raymond Thibodeau", PER, "federal Agriculture Minister Raymond Thibodeau",
      "said", PARTIAL),
    q("the same answer we got last October.", "Brad Heppner", PER, "Conservative agriculture critic Brad Heppner",
      "called", PARTIAL),
    q("These growers don't need another meeting. They need a border that's open,", "Brad Heppner", PER, "he", "said"),
    q("A fire you can't see", "Ingrid Vos", PER, None, None),
    q("It's like a fire you can't see. By the time you find it, it's been there for years.", "Ingrid Vos", PER,
      "Ingrid Vos", None),
    q("Nobody should read these new cases⋯now we're looking harder,", "Ingrid Vos", PER, "Vos", "said"),
    q("That's the good news and the bad news at the same time.", "Ingrid Vos", PER, None, None),
    q("I've got a line of credit that's maxed⋯won't return my calls,", "a Prince County farmer", ANON, "the farmer",
      "said"),
    q("I've never not planted. My father didn't, my grandfather didn't,", "Wade Arsenault", PER, "Wade Arsenault",
      "said"),
    q("I'll plant in May, and I'll figure out who's buying in June.", "Wade Arsenault", PER, "Wade Arsenault", "said"),
])

# A Toronto Star courts and immigration story in curly marks on an unlicensed immigration consultant charged with
# defrauding newcomers: a quote-first headline without a cue, repeated as the start of a victim's body quote, a deck
# without quotes, a byline block, a scene-setting lede, a wife and husband sharing a surname ("Gill, 27, said" split;
# "Gill’s husband, Manvir Gill," then "he said" split; "Jaspreet Gill said she plans to be there." before "she said" at
# the end), a detective's quote and a quote paragraph that follows on, the accused's words "According to a police
# synopsis filed in court, he told one victim that his “…” could “…”", his lawyer's two partials under "said" and
# "asked" then "Demeter wrote", a crosshead in single marks quoting a lawyer whose body partial follows "called the
# case", a federal department's unnamed spokesperson (a partial, then "the spokesperson said in an email"), a former
# employee who spoke on condition she not be named after an inverted "said the woman" split, a victim's "She described
# the moment as “…”", and an MP's split quote.

doc("ca-star-27", "canadian-news", [
    q("He had a maple leaf on his business card", "Jaspreet Gill", PER, None, None, nth=0),
    q("He had a maple leaf on his business card and a picture of himself with an MP on the wall,", "Jaspreet Gill",
      PER, "Gill", "said"),
    q("I thought, this man is a professional. Who was I to ask questions?", "Jaspreet Gill", PER, "Gill", "said"),
    q("These victims were told that if they went to police⋯he kept them quiet,", "Carla Benedetti", PER,
      "Benedetti", "told"),
    q("I want to be very clear: coming forward to us will not affect anyone’s immigration status.", "Carla Benedetti",
      PER, None, None),
    q("contacts in Ottawa", "Rohan Malhotra", PER, "he", "told", PARTIAL),
    q("fast-track anything", "Rohan Malhotra", PER, "he", "told", PARTIAL),
    q("intends to defend himself vigorously", "Paul Demeter", PER, "Paul Demeter", "said", PARTIAL),
    q("rush to judgment based on a police press release.", "Paul Demeter", PER, "Paul Demeter", "asked", PARTIAL),
    q("Mr. Malhotra has co-operated fully and looks forward to his day in court,", "Paul Demeter", PER, "Demeter",
      "wrote"),
    q("We used all of our savings. My father sold land in Punjab,", "Manvir Gill", PER, "he", "said"),
    q("Now I cannot work legally, and the money is gone, and the man who took it is sitting at home.", "Manvir Gill",
      PER, "he", "said"),
    q("A textbook example", "Nadia Ferraro", PER, None, None),
    q("a textbook example of what happens when the legal route is too slow and too expensive.", "Nadia Ferraro", PER,
      "Immigration lawyer Nadia Ferraro", "called", PARTIAL),
    q("People don’t go to unlicensed consultants because they’re stupid.⋯wants $8,000 up front,", "Nadia Ferraro",
      PER, "she", "said"),
    q("cannot comment on individual cases due to privacy legislation.", "a spokesperson", ANON,
      "A spokesperson for Immigration, Refugees and Citizenship Canada", "said", PARTIAL),
    q("Victims of immigration fraud may be eligible⋯on a case-by-case basis,", "a spokesperson", ANON,
      "the spokesperson", "said"),
    q("He said it was for the government fees, that the government liked cash because it was faster,",
      "a woman who worked at the Maplegate storefront", ANON, "the woman", "said"),
    q("I believed it. I was new too.", "a woman who worked at the Maplegate storefront", ANON, "the woman", "said"),
    q("They gave me an address.⋯Nobody had heard of me,", "Chidinma Okeke", PER, "Okeke", "said"),
    q("the worst kind of embarrassment, the kind where you want to disappear.", "Chidinma Okeke", PER, "She",
      "described", PARTIAL),
    q("These are young people who did everything this country asked.⋯they worked,", "Sukhwinder Bains", PER,
      "Bains", "said"),
    q("The least we can do is not punish them for being robbed.", "Sukhwinder Bains", PER, "Bains", "said"),
    q("I want to see his face when he sees all of us,", "Jaspreet Gill", PER, "she", "said"),
])

# A CTV News Montreal courts and labour story in straight marks on a fine for a worker's death in a trench collapse:
# CTV's byline with "Published" and "Updated" lines, the victim's sister ("his sister, X, told CTV News" split, "she
# said" with a nested quote of her brother, and "she said" split at the end), a crosshead in single marks quoting her,
# their mother who "did not speak to reporters", a judge's written decision (two partials after "wrote that", then "X
# wrote"), a provincial board's report that "described the trench as "…"", the owner's written statement "he said in
# French that the company "…"" then "the statement said", a co-worker who asked not to be named ("told CTV News" then
# "he said" split), a union spokesperson's "called the fine "…"" then "X said in French" split, a minister's unnamed
# spokesperson, a contractor's "he said" split, and a prosecutor's "she said".

doc("ca-ctv-27", "canadian-news", [
    q("I don't care about the number. No number brings him home,", "Audrey Ouellet", PER, "Audrey Ouellet", "told"),
    q("But at least now it's written down somewhere that this didn't have to happen.", "Audrey Ouellet", PER,
      "Audrey Ouellet", "told"),
    q("ignored the most basic rule of trench work", "Hélène Drapeau", PER, "Judge Hélène Drapeau", "wrote", PARTIAL),
    q("was known, obvious and entirely preventable.", "Hélène Drapeau", PER, "Judge Hélène Drapeau", "wrote",
      PARTIAL),
    q("The walls of an excavation of this depth must be shored or sloped. This is not a matter of interpretation,",
      "Hélène Drapeau", PER, "Drapeau", "wrote"),
    q("a grave waiting to be filled.", "CNESST", ORG, "The report", "described", PARTIAL),
    q("thinks every day", "Marc-André Lamarre", PER, "he", "said", PARTIAL),
    q("entirely revised", "Marc-André Lamarre", PER, "he", "said", PARTIAL),
    q("Nothing we do will undo what happened. We accept the court's decision,", "Marc-André Lamarre", PER,
      "the statement", "said"),
    q("He called our mother from the trench", "Audrey Ouellet", PER, None, None, nth=0),
    q("He called our mother from the trench at lunch that day.⋯the boss says it's fine,'", "Audrey Ouellet", PER,
      "she", "said"),
    q("We were told it was coming. It was always coming,", "a co-worker who was on site that morning", ANON, "he",
      "said"),
    q("You don't say no when you're new. You go down the ladder.", "a co-worker who was on site that morning", ANON,
      "he", "said"),
    q("a step", "Jocelyn Paradis", PER, "Jocelyn Paradis", "called", PARTIAL),
    q("A company can pay $185,000 and keep bidding on city contracts the next morning,", "Jocelyn Paradis", PER,
      "Paradis", "said"),
    q("What changes behaviour is inspectors on the ground, and there aren't enough of them.", "Jocelyn Paradis", PER,
      "Paradis", "said"),
    q("has been clear that one death on a job site is one too many", "a spokesperson", ANON,
      "A spokesperson for Quebec Labour Minister Simon Dufour-Bélair", "said", PARTIAL),
    q("A good trench box system costs you $60,000. For a company with six trucks, that's a year of profit,",
      "Richard Szabo", PER, "he", "said"),
    q("I'm not saying that's an excuse. I'm saying that's the reality.", "Richard Szabo", PER, "he", "said"),
    q("This was not a first warning. It was a second one that nobody listened to,", "Stéphanie Guérin", PER, "she",
      "said"),
    q("He was 23. He wanted to buy a truck and go fishing every weekend of his life,", "Audrey Ouellet", PER, "she",
      "said"),
    q("That's all. That's all he wanted.", "Audrey Ouellet", PER, "she", "said"),
])

# A Global News Calgary education story in curly marks on overcrowded schools in new suburbs: a "WATCH:" caption partial
# of "One mother" named only in the body (her body quote repeats the words), Global's byline block and "With files
# from" sign-off, a wife and husband sharing a surname ("Kowalchuk said" split; "Kowalchuk’s husband, Andre Kowalchuk,"
# then "he said" split; "Back at Cedar Flats, Kowalchuk said her son ..." then "she said" at the end), a board chair's
# "called the situation “…”" then "she said" split, a minister's press secretary quoted first as "a spokesperson for
# Education Minister X" (two partials) and named only in the next paragraph's inverted "wrote X, the minister’s press
# secretary", an Opposition critic's "described the modulars as “…”" then "told reporters", a teacher who asked not to
# be named and a quote paragraph that follows on, a crosshead in single marks quoting a builders' group, the group's
# partial then "the statement said", a union local's president who "warned" before "he said", and a councillor's split
# quote.

doc("ca-global-27", "canadian-news", [
    q("more kids than chairs.", "Megan Kowalchuk", PER, "One mother", "says", PARTIAL, nth=0),
    q("They have more kids than chairs. He thought it was funny. I did not think it was funny,", "Megan Kowalchuk",
      PER, "Kowalchuk", "said"),
    q("unsustainable", "Priya Nandakumar", PER, "Board chair Priya Nandakumar", "called", PARTIAL),
    q("We are putting kindergarten classes in staff rooms.⋯10:50 in the morning,", "Priya Nandakumar", PER, "she",
      "said"),
    q("At some point, there is no more creative scheduling left to do.", "Priya Nandakumar", PER, "she", "said"),
    q("We bought the house because of that school,", "Andre Kowalchuk", PER, "he", "said"),
    q("Now there’s talk of busing him to a school 25 minutes away next year.", "Andre Kowalchuk", PER, "he", "said"),
    q("understands the frustration of families in fast-growing communities", "Chantelle Dubois", PER,
      "a spokesperson for Education Minister Trevor Lindgren", "said", PARTIAL),
    q("building schools faster than any government in Alberta’s history.", "Chantelle Dubois", PER,
      "a spokesperson for Education Minister Trevor Lindgren", "said", PARTIAL),
    q("The modular units announced today⋯designed and built,", "Chantelle Dubois", PER, "Chantelle Dubois", "wrote"),
    q("a Band-Aid on a broken leg.", "Marisol Tejada", PER, "Marisol Tejada", "described", PARTIAL),
    q("Twelve portables for fourteen overcrowded schools. I’m not a math teacher, but that doesn’t add up,",
      "Marisol Tejada", PER, "Tejada", "told"),
    q("I have 34 kids in a room built for 24. I can’t get between the desks to help anybody,",
      "a teacher at Cedar Flats", ANON, "the teacher", "said"),
    q("And the kids are great. That’s the hard part. They deserve better than this.", "a teacher at Cedar Flats",
      ANON, None, None),
    q("We build what the city approves", "Calgary Region Home Builders’ Council", ORG, None, None),
    q("build what the city approves, where the city approves it.", "Calgary Region Home Builders’ Council", ORG,
      "The Calgary Region Home Builders’ Council", "said", PARTIAL),
    q("Schools are a provincial responsibility.⋯every one of these communities,",
      "Calgary Region Home Builders’ Council", ORG, "the statement", "said"),
    q("You lose them in the first five years.⋯go sell real estate,", "Chris Ebanks", PER, "he", "said"),
    q("We keep approving neighbourhoods for 20,000 people⋯empty field for a decade,", "Rajinder Dhaliwal", PER,
      "Dhaliwal", "said"),
    q("We can’t keep doing that to families.", "Rajinder Dhaliwal", PER, "Dhaliwal", "said"),
    q("He says it’s fine. He’s 10. Everything’s fine when you’re 10,", "Megan Kowalchuk", PER, "she", "said"),
])

# A Canadian Press policing story in straight marks on a watchdog's report that the RCMP's body camera rollout is years
# behind: CP's byline block and `OTTAWA —` dateline, a commission's annual report ("the commission wrote" split), its
# chairperson by surname and "she said", the force's statement (a partial after "said ... slowed by", then "the
# statement said" split), a minister's "told reporters" then "Speaking in French, he said the government would "…"", an
# NDP critic's "called ... "…"" then "she said", a Bloc critic's "said in French that the RCMP has "…"", an officer not
# authorized to speak publicly ("the officer said" split), a union president's partial and split quote, a mother and son
# sharing a surname ("Abena Boateng said" split; "Her son, Kwame Boateng," then "Kwame Boateng, now 21, said ..." and
# "he said"), a criminologist, and CP's "This report ... was first published" line.

doc("ca-cp-27", "canadian-news", [
    q("In too many of the files we reviewed this year, the only account of what happened was the officer's own notes,",
      "Civilian Review and Complaints Commission for the RCMP", ORG, "the commission", "wrote"),
    q("A camera that is still in a warehouse protects no one.",
      "Civilian Review and Complaints Commission for the RCMP", ORG, "the commission", "wrote"),
    q("When there is video, we can usually tell people⋯often we still can't say,", "Miriam Obuya", PER, "Obuya",
      "said"),
    q("I want to be careful here. Cameras clear officers at least as often as they implicate them,", "Miriam Obuya",
      PER, "she", "said"),
    q("connectivity limitations in remote detachments", "RCMP", ORG, "the force", "said", PARTIAL),
    q("The RCMP remains fully committed to the national deployment of body-worn cameras,", "RCMP", ORG,
      "the statement", "said"),
    q("We expect to complete deployment in all divisions by the end of 2027.", "RCMP", ORG, "the statement", "said"),
    q("I have been clear with the commissioner.⋯a priority for Canadians,", "Luc Gervais", PER, "Gervais", "told"),
    q("not accept another delay.", "Luc Gervais", PER, "he", "said", PARTIAL),
    q("a broken promise to the communities that need it most.", "Rachel Kuptana", PER,
      "NDP public safety critic Rachel Kuptana", "called", PARTIAL),
    q("The detachments that have the most complaints are the ones still waiting.⋯that's a choice,", "Rachel Kuptana",
      PER, "she", "said"),
    q("lost the benefit of the doubt", "Jean-Philippe Giroux", PER, "Bloc Québécois critic Jean-Philippe Giroux",
      "said", PARTIAL),
    q("We charge them, we wear them, and then we drive the memory cards to the airport in an envelope,",
      "an RCMP officer in Nunavut", ANON, "the officer", "said"),
    q("It's not what anybody pictured.", "an RCMP officer in Nunavut", ANON, "the officer", "said"),
    q("consistently supported", "Brian Sokolowski", PER, "Brian Sokolowski", "said", PARTIAL),
    q("Our members want the cameras. Nobody wants to be the only voice in a he-said, she-said,", "Brian Sokolowski",
      PER, "Sokolowski", "said"),
    q("But the equipment has to work where they work.", "Brian Sokolowski", PER, "Sokolowski", "said"),
    q("There were three phones pointed at them⋯had no cameras at all,", "Abena Boateng", PER, "Abena Boateng",
      "said"),
    q("So it's my son's word, and the word of two police officers. You can guess how that goes.", "Abena Boateng", PER,
      "Abena Boateng", "said"),
    q("I'm not angry anymore. I just want somebody to say what happened,", "Kwame Boateng", PER, "he", "said"),
    q("A camera is a tool.⋯the officer wants you to see,", "Dolores Whitehorse", PER, "Whitehorse", "said"),
])

# An AP statehouse environment story in straight marks on Utah's plan to lease farm water for the Great Salt Lake: an AP
# byline and `SALT LAKE CITY (AP) —` dateline, a sponsor after an inverted "said Republican state Sen. X of Logan, the
# bill's sponsor" split and "she said" at the end after "X said she expects", a hydrologist after an inverted "said"
# split and her "was a "…"" partial before "warned that", a Democrat's "called it "…"" then "said during floor debate",
# a Republican's split quote with a nested 'temporary', a father and son sharing a surname ("Jorgensen said"; "His son,
# Cody Jorgensen," then "the younger Jorgensen said" split), an irrigation company board member on condition of
# anonymity ("told The Associated Press" then "the board member said"), "According to a legislative fiscal analysis"
# then "The analysis warned that results "…"", the governor's office's two partials ("said ... "…" and called it "…""),
# and a conservation group's director split.

doc("us-ap-27", "us-politics", [
    q("This is not a handout and it is not a takeover. Nobody loses a drop of their water right,", "Kaylee Brandvold",
      PER, "Republican state Sen. Kaylee Brandvold", "said"),
    q("We are paying people, fairly, to let it go to the lake for a while.", "Kaylee Brandvold", PER,
      "Republican state Sen. Kaylee Brandvold", "said"),
    q("Every foot we lose is about 100 square miles of dry lakebed,", "Marguerite Ellis", PER, "Marguerite Ellis",
      "said"),
    q("You don't have to be an environmentalist to care about that. You just have to breathe.", "Marguerite Ellis",
      PER, "Marguerite Ellis", "said"),
    q("real start", "Marguerite Ellis", PER, "Ellis", "said", PARTIAL),
    q("a very expensive way to avoid talking about growth.", "Ana Ruiz", PER, "Democratic Rep. Ana Ruiz", "called",
      PARTIAL),
    q("We are going to spend $210 million⋯take it right back out,", "Ana Ruiz", PER, "Ruiz", "said"),
    q("My constituents have heard 'temporary' before,", "Tyler Haws", PER, "Haws", "said"),
    q("A 10-year lease turns into a 20-year lease⋯how to farm that ground.", "Tyler Haws", PER, "Haws", "said"),
    q("Alfalfa's been a tough crop the last couple of years.⋯I can do the math,", "Lyle Jorgensen", PER,
      "Jorgensen", "said"),
    q("Once you stop watering a field out here⋯turn it back on,", "Cody Jorgensen", PER, "the younger Jorgensen",
      "said"),
    q("I'd rather grow something.", "Cody Jorgensen", PER, "the younger Jorgensen", "said"),
    q("If it's a real number, you'll see people line up. If it's a token, you won't see anybody,",
      "a member of the board of one of the region's largest irrigation companies", ANON, "the board member", "said"),
    q("will depend heavily on the price offered and on annual snowpack.", None, UNK, "The analysis", "warned",
      PARTIAL),
    q("intends to sign the bill", "Brent Saxby's office", ORG, "Saxby's office", "said", PARTIAL),
    q("a Utah solution to a Utah problem.", "Brent Saxby's office", ORG, "Saxby's office", "called", PARTIAL),
    q("Is it enough? No. Is it the biggest thing this state has ever done for the lake? Yes,", "Lauren Whitcomb", PER,
      "Whitcomb", "said"),
    q("We'll take it, and we'll be back next year.", "Lauren Whitcomb", PER, "Whitcomb", "said"),
    q("The lake doesn't care about our politics. It cares whether the water shows up,", "Kaylee Brandvold", PER,
      "she", "said"),
])

# A Politico environment story in curly marks on the EPA pushing back a PFAS deadline for water utilities: a deck with
# two partials ("Rep. X calls the five-year delay ‘…’" and "A Democrat whose district has contaminated wells says
# families will be ‘…’", each repeated in the body), a byline in capitals and Politico's date line, "forever chemicals"
# in scare quotes, the administrator's partial then "said in a statement" split, `(R-Mich.)` and `(D-Mich.)` members'
# partials then "told POLITICO" and "said in an interview" split, an internal memo "written by career staff" that
# "warned" and then "the memo says", a senior official "granted anonymity" (a partial, then "the official said"), a
# trade group that "had warned in comments" and its vice president after an inverted "said" split, a senator's "she
# said", a White House spokesperson's emailed partial, a wife and husband sharing a surname (an inverted "said X, who
# lives in ..." split; "Her husband, Dean Blaylock," then "he said"), the administrator's words reported by one of "Two
# people familiar" ("One of them said Hargis told the managers that ... “…”"), and "he said" at the end.

doc("us-politico-27", "us-politics", [
    q("common sense.", "Gary Vandersloot", PER, "Rep. Gary Vandersloot", "calls", PARTIAL),
    q("drinking it for five more years.", "Denise Okonkwo", PER, "A Democrat whose district has contaminated wells",
      "says", PARTIAL),
    q("bills they simply cannot pay.", "Lowell Hargis", PER, "EPA Administrator Lowell Hargis", "said", PARTIAL),
    q("We are not weakening the standard.⋯amount of time to meet it,", "Lowell Hargis", PER, "Hargis", "said"),
    q("A standard that bankrupts a town of 900 people doesn’t protect anyone.", "Lowell Hargis", PER, "Hargis",
      "said"),
    q("common sense", "Gary Vandersloot", PER, "Rep. Gary Vandersloot", "called", PARTIAL, nth=1),
    q("I’ve got villages where the treatment system alone⋯entire annual budget,", "Gary Vandersloot", PER,
      "Vandersloot", "told"),
    q("Nobody in those towns wants PFAS in their water. They just want a bill they can pay.", "Gary Vandersloot", PER,
      "Vandersloot", "told"),
    q("drinking it for five more years", "Denise Okonkwo", PER, "Rep. Denise Okonkwo", "said", PARTIAL, nth=1),
    q("This administration looked at the cost of cleaning it up⋯paid by somebody else,", "Denise Okonkwo", PER,
      "Okonkwo", "said"),
    q("It will be paid by the mothers in my district.", "Denise Okonkwo", PER, "Okonkwo", "said"),
    q("several million people", "career staff in the EPA’s Office of Water", ANON, "An internal memo", "warned",
      PARTIAL),
    q("Staff do not believe the record supports a blanket extension,", "career staff in the EPA’s Office of Water",
      ANON, "the memo", "says"),
    q("one input among many", "a senior EPA official", ANON, "A senior EPA official", "said", PARTIAL),
    q("You can’t write a rule that only works for Detroit and Chicago,", "a senior EPA official", ANON,
      "the official", "said"),
    q("physically impossible", "Public Water Systems Council", ORG, "The Public Water Systems Council", "warned",
      PARTIAL),
    q("Our members were being quoted three-year waits for equipment they needed in two,", "Trent Albrecht", PER,
      "Trent Albrecht", "said"),
    q("This gives them room to do it right.", "Trent Albrecht", PER, "Trent Albrecht", "said"),
    q("I’d like Administrator Hargis to explain⋯less safe on a Wednesday,", "Marcia Lindqvist", PER, "she", "said"),
    q("committed to clean water and affordable water, and those goals are not in conflict.", "Rodney Marsh", PER,
      "White House spokesperson Rodney Marsh", "said", PARTIAL),
    q("We get bottled water delivered every two weeks. My kids brush their teeth with it,", "Tamara Blaylock", PER,
      "Tamara Blaylock", "said"),
    q("Five years is my daughter finishing high school.", "Tamara Blaylock", PER, "Tamara Blaylock", "said"),
    q("Who’s going to buy a house with a well like that?⋯stuck with the water, too,", "Dean Blaylock", PER, "he",
      "said"),
    q("written for cities and imposed on everybody.", "Lowell Hargis", PER, "Hargis", "told", PARTIAL),
    q("Five years is a long time. It’s also not forever,", "Gary Vandersloot", PER, "he", "said"),
], not_quotes=["forever chemicals"])

# An NPR story in curly marks, from a Morning Edition piece, on Oregon defendants left without public defenders: NPR's
# date line, "Heard on Morning Edition" and byline, a `MEDFORD, Ore. —` dateline, a judge reading his list aloud (a
# quote paragraph with no cue after the paragraph that names him), present-tense "says" throughout (split quotes after
# "Rasmussen says", "he says", "she says", an inverted "says X, a public defender"), a defendant and his mother sharing
# a surname ("Marco Delgado is 24." then "he says"; "His mother, Rosa Delgado," then "she says"), an agency director's
# partial after "told lawmakers" and his split quote "he told a legislative committee", a quote-first paragraph named by
# "That’s X," then "she says" split, a district attorney, a legislator's "something she describes as “…”" and split
# quote, a senator's "calls that “…”" then "he says", and the judge's "he says" at the end.

doc("us-npr-27", "us-politics", [
    q("Mr. Delgado, I’m sorry. We still don’t have anyone for you. We’ll try again next week.", "Alan Rasmussen", PER,
      "Circuit Judge Alan Rasmussen", None),
    q("I took an oath to give people a fair trial.⋯nobody standing next to them,", "Alan Rasmussen", PER,
      "Rasmussen", "says"),
    q("Some weeks I feel like I’m just reading a roll call.", "Alan Rasmussen", PER, "Rasmussen", "says"),
    q("I’m not saying I’m innocent or guilty. I’m saying I’d like to talk to somebody about it,", "Marco Delgado", PER,
      "he", "says"),
    q("I’ve been in here three months and I haven’t had one conversation with a lawyer.", "Marco Delgado", PER, "he",
      "says"),
    q("He missed his sister’s quinceañera. He missed his grandfather’s funeral,", "Rosa Delgado", PER, "she", "says"),
    q("If he did something, okay, let him answer for it.⋯This is just waiting.", "Rosa Delgado", PER, "she", "says"),
    q("I’ve got 140 open cases. The national guidance says somewhere around half that,", "Jenna Holcomb", PER,
      "Jenna Holcomb", "says"),
    q("I’m not doing a bad job because I don’t care.⋯not enough of me.", "Jenna Holcomb", PER, "Jenna Holcomb",
      "says"),
    q("finally moving in the right direction", "Howard Pelletier", PER, "Howard Pelletier", "told", PARTIAL),
    q("We didn’t get here in a year, and we won’t get out of it in a year,", "Howard Pelletier", PER, "he", "told"),
    q("What I can promise is that every dollar you give us turns into lawyers.", "Howard Pelletier", PER, "he",
      "told"),
    q("My car was stolen twice in one summer. Both times they caught the guy. Both times the case got dismissed.",
      "Sharon Whitlock", PER, "Sharon Whitlock", None),
    q("Nobody called me. I got a form letter that said the case had been dismissed in the interest of justice,",
      "Sharon Whitlock", PER, "she", "says"),
    q("Whose justice?", "Sharon Whitlock", PER, "she", "says"),
    q("People think prosecutors like this.⋯we can’t keep them,", "Craig Hammond", PER, "Hammond", "says"),
    q("a pressure valve.", "Dana Ellefson", PER, "Republican state Rep. Dana Ellefson", "describes", PARTIAL),
    q("If you want a different result, you have to try a different thing,", "Dana Ellefson", PER, "Ellefson", "says"),
    q("We’ve tried money. We’ve tried more money.", "Dana Ellefson", PER, "Ellefson", "says"),
    q("a shortcut that will cost more later.", "Patrick Oyelowo", PER, "State Sen. Patrick Oyelowo", "calls", PARTIAL),
    q("We are finally hiring state public defenders and keeping them,", "Patrick Oyelowo", PER, "he", "says"),
    q("I’m not going to blow that up because the results are slow.", "Patrick Oyelowo", PER, "he", "says"),
    q("Two of them said yes,", "Alan Rasmussen", PER, "he", "says"),
    q("One of them is 81.", "Alan Rasmussen", PER, "he", "says"),
])

# A CTV News Atlantic health story in straight marks on a family practice closing in a Cape Breton town: CTV's byline
# with "Published" and "Updated" lines, the clinic's letter to patients ("the letter said" split, after an earlier "the
# letter said" that carries no quote), a doctor who "told CTV News" split and then "he said" after "He said the clinic
# had ...", a wife and husband sharing a surname ("said Patricia MacNeil, 64, who ..." split; "Her husband, Ronald
# MacNeil, 68, has had ..." then "he said", his quote naming the doctor), the health authority's partial "said in a
# statement that it was “…”" then "the statement said" split, the minister by surname and "She said ... “…”", a critic
# who "called the closure “…”" and whose quote names "the minister", an emergency room physician who asked not to be
# named ("she said" split) and a quote paragraph that follows on, an association's president "said in an email", a
# municipal councillor introduced by name and role, and the doctor's "he said" at the end.

doc("ca-ctv-29", "canadian-news", [
    q("We have tried for more than two years to recruit physicians to replace us, without success,",
      "Harbourview Family Medicine Centre", ORG, "the letter", "said"),
    q("We are heartbroken to be leaving our patients this way.", "Harbourview Family Medicine Centre", ORG,
      "the letter", "said"),
    q("I've delivered babies in this town whose babies I now see,", "Wendell Fraser", PER, "Fraser", "told"),
    q("You don't walk away from that lightly. But I'm 71 years old, and I can't carry the place by myself.",
      "Wendell Fraser", PER, "Fraser", "told"),
    q("Both times, they came and looked and they liked the people,", "Wendell Fraser", PER, "he", "said"),
    q("And both times, they went somewhere with a bigger hospital.", "Wendell Fraser", PER, "he", "said"),
    q("I read it standing at the mailbox and I just sat down on the step,", "Patricia MacNeil", PER,
      "Patricia MacNeil", "said"),
    q("My husband has a heart condition. I've got diabetes. Who's going to write our prescriptions?",
      "Patricia MacNeil", PER, "Patricia MacNeil", "said"),
    q("Dr. Fraser knows my whole history. He doesn't need to look it up,", "Ronald MacNeil", PER, "he", "said"),
    q("The next person is going to be somebody at a walk-in who's never seen me before and won't see me again.",
      "Ronald MacNeil", PER, "he", "said"),
    q("working urgently", "Nova Scotia Health Services", ORG, "Nova Scotia Health Services", "said", PARTIAL),
    q("No patient will lose access to their medications as a result of this closure,",
      "Nova Scotia Health Services", ORG, "the statement", "said"),
    q("Patients will be added to the provincial registry automatically and do not need to take any action.",
      "Nova Scotia Health Services", ORG, "the statement", "said"),
    q("This is exactly the kind of situation we've been working to prevent⋯good news for Glace Bay,",
      "Colleen Rafuse", PER, "Rafuse", "said"),
    q("But we've recruited more doctors to Cape Breton⋯keep at it.", "Colleen Rafuse", PER, "Rafuse", "said"),
    q("very interested", "Colleen Rafuse", PER, "She", "said", PARTIAL),
    q("the predictable result of years of broken promises.", "Ian Boutilier", PER, "NDP health critic Ian Boutilier",
      "called", PARTIAL),
    q("Every time a clinic closes, the minister tells us help is on the way,", "Ian Boutilier", PER, "Boutilier",
      "said"),
    q("People in Glace Bay have heard that so many times they've stopped listening.", "Ian Boutilier", PER,
      "Boutilier", "said"),
    q("When a practice like that closes, we see those patients within weeks,", "an emergency room physician", ANON,
      "she", "said"),
    q("They come in for a prescription refill, and they wait eight hours to get it.", "an emergency room physician",
      ANON, "she", "said"),
    q("It's not their fault. It's not ours either. But that's where it ends up.", "an emergency room physician", ANON,
      None, None),
    q("The math is simple and it isn't good,", "Amira Haddad", PER, "association president Dr. Amira Haddad", "said"),
    q("We have 93 family physicians in Cape Breton over the age of 60.⋯disappears.", "Amira Haddad", PER,
      "association president Dr. Amira Haddad", "said"),
    q("We've rolled out the red carpet. We've done the tours, the lobster suppers, all of it,", "Darren Burke", PER,
      "Burke", "said"),
    q("What we can't do is build a new hospital. That's the province's job.", "Darren Burke", PER, "Burke", "said"),
    q("I owe them that much,", "Wendell Fraser", PER, "he", "said"),
    q("I'd like to think somebody will come along and take the place over. I just don't know who.", "Wendell Fraser",
      PER, "he", "said"),
])

# A Toronto Star city hall and sport story in curly marks on a plan for the city's first full-size cricket ground: a
# headline quote (the club president's words, which open his quote in the body), a deck without quotes, a byline with
# "Staff Reporter" and a date line, a scene-setting lede, the club president after an inverted "said X, the club’s
# president" split, a general manager's report (two partials after "wrote that", then "Osei-Mensah wrote" split), `Coun.
# X (Ward 25, Scarborough-Rouge Park)` after an inverted "said", a father and son sharing a surname ("Chaudhry’s son,
# Zain Chaudhry, 17," then "he said" split; "His father laughed." then "he said"), a neighbour after an inverted "said
# X, who has lived ..." and her "described that as “…”", a soccer league's statement ("the league said"), a city
# spokesperson's emailed partial, a councillor who "warned that the project could become “…”" then "he said", a city
# employee who asked not to be named ("he said"), a league organizer by surname, a mother on the sideline ("she said"),
# and the president's "he said" at the end after "Chaudhry said the club ...".

doc("ca-star-29", "canadian-news", [
    q("We play on a soccer field with a mat", "Imran Chaudhry", PER, None, None, nth=0),
    q("We play on a soccer field with a mat,", "Imran Chaudhry", PER, "Imran Chaudhry", "said"),
    q("The ball bounces wrong⋯that’s embarrassing.", "Imran Chaudhry", PER, "Imran Chaudhry", "said"),
    q("more than tripled", "Lindiwe Osei-Mensah", PER, "Lindiwe Osei-Mensah", "wrote", PARTIAL),
    q("has not changed.", "Lindiwe Osei-Mensah", PER, "Lindiwe Osei-Mensah", "wrote", PARTIAL),
    q("Cricket is now one of the fastest-growing sports in the city by registered participants,",
      "Lindiwe Osei-Mensah", PER, "Osei-Mensah", "wrote"),
    q("The current inventory of fields cannot accommodate it.", "Lindiwe Osei-Mensah", PER, "Osei-Mensah", "wrote"),
    q("For 20 years, these families have been told to wait their turn,", "Nadia Rahman", PER, "Coun. Nadia Rahman",
      "said"),
    q("Well, it’s their turn.", "Nadia Rahman", PER, "Coun. Nadia Rahman", "said"),
    q("Everyone I play with at the provincial camp⋯proper grounds there,", "Zain Chaudhry", PER, "he", "said"),
    q("I learned to bat on concrete.", "Zain Chaudhry", PER, "he", "said"),
    q("On a parking lot, actually,", "Imran Chaudhry", PER, "he", "said"),
    q("Nobody from the city knocked on my door. Nobody asked what we wanted,", "Gail Pettigrew", PER,
      "Gail Pettigrew", "said"),
    q("I’ve got nothing against cricket.⋯11 o’clock at night.", "Gail Pettigrew", PER, "Gail Pettigrew", "said"),
    q("a compromise nobody asked me about.", "Gail Pettigrew", PER, "Pettigrew", "described", PARTIAL),
    q("We already turn away hundreds of children every season for lack of space,",
      "Morningside Youth Soccer League", ORG, "the league", "said"),
    q("Any plan that takes a field away from soccer⋯not more.", "Morningside Youth Soccer League", ORG,
      "the league", "said"),
    q("no net loss of permitted soccer time.", "Derek Fong", PER, "Derek Fong", "said", PARTIAL),
    q("a $2.6-million line item that turns into a $6-million line item.", "Paul Brisbane", PER,
      "Coun. Paul Brisbane", "warned", PARTIAL),
    q("I like cricket fine. I like knowing what things cost more,", "Paul Brisbane", PER, "he", "said"),
    q("Every time we build something new in a park, the first number is never the real number.", "Paul Brisbane",
      PER, "he", "said"),
    q("That corner of the park floods every spring. Anybody who’s walked it in April knows that,", "a city employee",
      ANON, "he", "said"),
    q("It can be fixed, but it isn’t free.", "a city employee", ANON, "he", "said"),
    q("We had 14 new clubs apply and we could take four,", "Sanjay Ramdial", PER, "Ramdial", "said"),
    q("It’s not that there’s no interest. It’s that there’s nowhere to play.", "Sanjay Ramdial", PER, "Ramdial",
      "said"),
    q("My husband drives them to Brampton twice a week for practice. That’s an hour each way,", "Farzana Ali", PER,
      "she", "said"),
    q("If this gets built, I get my husband back on Tuesday nights.", "Farzana Ali", PER, "she", "said"),
    q("We’ll be there in our whites,", "Imran Chaudhry", PER, "he", "said"),
    q("Maybe that will help them picture it.", "Imran Chaudhry", PER, "he", "said"),
])

# A Canadian Press health-policy story in straight marks on draft federal rules for cancer warnings on alcohol: a
# headline partial in straight single marks ("brewers warn of 'label shock'", the council's body partial), a byline and
# "The Canadian Press" on their own lines, an em-dash dateline, the label's mandated wording in marks (ignored), the
# minister "said at a news conference" split and a partial after "Kowalchuk said the labels would be", an "according to
# a Health Canada backgrounder" partial, an industry council's "called the proposal “…” and warned that ... “…”", its
# president "said in a statement", a quote-first paragraph without a cue whose speaker is named in the next paragraph
# ("That was the first reaction of X"), her son sharing her surname ("Pieter Vanderlaan said the family would adapt"
# then "he said" split), a senior official "speaking to reporters on background" then "the official said", a researcher
# after an inverted "said Dr. X, an epidemiologist at ...", an alliance's "said the warnings were “…”" then "the
# alliance said in a statement", a Quebec minister who "said in French that ... whom he described as “…”", the
# Conservative critic split, and "the minister said" at the end after "Kowalchuk rejected the idea ...".

doc("ca-cp-29", "canadian-news", [
    q("Canadians have a right to know⋯alcohol is a carcinogen,", "Sandra Kowalchuk", PER,
      "Health Minister Sandra Kowalchuk", "said"),
    q("This is about information. Nobody is telling anyone they can't have a glass of wine with dinner.",
      "Sandra Kowalchuk", PER, "Health Minister Sandra Kowalchuk", "said"),
    q("clear, visible and impossible to miss,", "Sandra Kowalchuk", PER, "Kowalchuk", "said", PARTIAL),
    q("among the most prominent of any G7 country,", "Health Canada", ORG, "Health Canada", "according to",
      PARTIAL),
    q("label shock", "Brewers and Distillers Council of Canada", ORG, "brewers", "warn", PARTIAL, nth=0),
    q("a costly fix for a problem that public education could solve", "Brewers and Distillers Council of Canada",
      ORG, "The Brewers and Distillers Council of Canada", "called", PARTIAL),
    q("label shock.", "Brewers and Distillers Council of Canada", ORG, "The Brewers and Distillers Council of Canada",
      "warned", PARTIAL),
    q("Canadian brewers are already dealing with higher costs, higher taxes and falling sales,", "Graham Whitlock",
      PER, "Graham Whitlock", "said"),
    q("Forcing every producer in the country⋯hit the smallest ones hardest.", "Graham Whitlock", PER,
      "Graham Whitlock", "said"),
    q("We just printed 12,000 labels for next year's vintage. What am I supposed to do with those?",
      "Margaret Vanderlaan", PER, "Margaret Vanderlaan", None),
    q("We'll figure it out. We always do,", "Pieter Vanderlaan", PER, "he", "said"),
    q("But nobody in Ottawa called a single winery before they wrote this.", "Pieter Vanderlaan", PER, "he", "said"),
    q("We expect pushback, and we built in a long runway for exactly that reason,", "a senior government official",
      ANON, "the official", "said"),
    q("People were told for decades⋯the science has moved on,", "Nasreen Lalani", PER, "Dr. Nasreen Lalani", "said"),
    q("Labels alone won't change that, but they are one of the cheapest tools we have.", "Nasreen Lalani", PER,
      "Dr. Nasreen Lalani", "said"),
    q("long overdue.", "Cancer Prevention Alliance of Canada", ORG, "The Cancer Prevention Alliance of Canada",
      "said", PARTIAL),
    q("This is a historic day for cancer prevention in this country,", "Cancer Prevention Alliance of Canada", ORG,
      "the alliance", "said"),
    q("already at the end of their rope.", "Mathieu Castonguay", PER, "Mathieu Castonguay", "described", PARTIAL),
    q("This government can't get a passport printed on time⋯in the country,", "Dana Whitford", PER, "Whitford",
      "said"),
    q("Canadians know drinking isn't good for them. What they don't know is when they'll see a specialist.",
      "Dana Whitford", PER, "Whitford", "said"),
    q("I can do two things at once,", "Sandra Kowalchuk", PER, "the minister", "said"),
    q("So can the industry.⋯wanted them there.", "Sandra Kowalchuk", PER, "the minister", "said"),
], ignore=["Alcohol can cause cancer", "Less alcohol is better for your health."])

# A Globe and Mail business story in curly marks on shareholders voting down a uranium miner's executive pay: a deck
# with two role partials ("chair says board has ‘…’", whose words open her body quote; "pension fund calls retention
# award ‘…’", the first word of its body partial), a byline block in capitals with a dateline, the say-on-pay resolution
# and the "retention award" in marks (not speech), Mr./Ms./Prof. on second reference, the chair who "told shareholders"
# split and "which she described as “…”", a pension plan "calling the award “…”" then "the plan said" split, its chief
# investment officer named in a later paragraph, a proxy adviser's "called the award “…”", the chief executive's "he
# said" after "spoke with reporters afterward" and an "Asked whether" partial, a retired teacher and her husband sharing
# a surname ("she said, addressing Mr. X directly"; "Her husband, Walter Ostrowski, ..." then "Mr. Ostrowski said"), a
# union's partial "said in a statement that" then "the union said", an anonymous director, a professor after an inverted
# "said Prof. X", an analyst's note ("wrote that" then "Ms. Natarajan wrote" split), a spokesperson's e-mailed partial,
# the chair's one-word partial after "thanking shareholders for their", and "she said" at the end.

doc("ca-globe-29", "canadian-news", [
    q("heard the message", "Evelyn Marchetti", PER, "chair", "says", PARTIAL, nth=0),
    q("indefensible", "Prairie Public Service Pension Plan", ORG, "pension fund", "calls", PARTIAL, nth=0),
    q("The board has heard the message, and we take it seriously,", "Evelyn Marchetti", PER,
      "board chair Evelyn Marchetti", "told"),
    q("We will be reaching out to our largest shareholders over the summer to understand their concerns.",
      "Evelyn Marchetti", PER, "board chair Evelyn Marchetti", "told"),
    q("necessary to keep a proven leader at a critical moment for the company.", "Evelyn Marchetti", PER,
      "Ms. Marchetti", "described", PARTIAL),
    q("indefensible in a year when the company cut 300 jobs.", "Prairie Public Service Pension Plan", ORG,
      "The Prairie Public Service Pension Plan", "calling", PARTIAL),
    q("We are long-term owners of this company, and we think it is well run,", "Prairie Public Service Pension Plan",
      ORG, "the plan", "said"),
    q("That is precisely why we expect the board to hold the line on pay.", "Prairie Public Service Pension Plan",
      ORG, "the plan", "said"),
    q("Nobody enjoys voting against management,", "Raymond Tsang", PER, "Mr. Tsang", "said"),
    q("We did it because the conversations⋯didn’t change anything.", "Raymond Tsang", PER, "Mr. Tsang", "said"),
    q("a reward for staying in a job he was already paid handsomely to do.", "Halyard Governance Advisors", ORG,
      "Halyard Governance Advisors", "called", PARTIAL),
    q("I understand why some shareholders are unhappy. I’d be unhappy too if I only looked at the number,",
      "Gareth Lindqvist", PER, "he", "said"),
    q("But the number isn’t the whole story.⋯a dollar of debt.", "Gareth Lindqvist", PER, "he", "said"),
    q("a question for the board.", "Gareth Lindqvist", PER, "Mr. Lindqvist", "said", PARTIAL),
    q("You closed the mill at Cree Lake and put 300 people out of work,", "Doreen Ostrowski", PER, "she", "said"),
    q("And you want a bonus for staying?", "Doreen Ostrowski", PER, "she", "said"),
    q("I voted against it with every share I’ve got,", "Walter Ostrowski", PER, "Mr. Ostrowski", "said"),
    q("Which isn’t many, but they count.", "Walter Ostrowski", PER, "Mr. Ostrowski", "said"),
    q("shareholders have a conscience, even if the board doesn’t.", "Mine and Mill Workers Union", ORG,
      "The Mine and Mill Workers Union", "said", PARTIAL),
    q("Those 300 people were told there was no money for the mill. Now we know where the money went,",
      "Mine and Mill Workers Union", ORG, "the union", "said"),
    q("There were people around that table who said this would happen,", "a director", ANON, "the director", "said"),
    q("They were outvoted.", "a director", ANON, "the director", "said"),
    q("When a company is doing this well⋯not performance,", "Hélène Dufresne", PER, "Prof. Dufresne", "said"),
    q("Boards usually respond.⋯only bigger.", "Hélène Dufresne", PER, "Prof. Dufresne", "said"),
    q("The vote is non-binding, but the optics are not,", "Priya Natarajan", PER, "Ms. Natarajan", "wrote"),
    q("We would expect some adjustment⋯next year’s circular.", "Priya Natarajan", PER, "Ms. Natarajan", "wrote"),
    q("benchmarked against global peers", "Fiona Delacroix", PER, "Fiona Delacroix", "said", PARTIAL),
    q("candour.", "Evelyn Marchetti", PER, "Ms. Marchetti", "thanking", PARTIAL),
    q("I’d rather hear it in this room than read it in the newspaper,", "Evelyn Marchetti", PER, "she", "said"),
], not_quotes=["say on pay", "retention award"])

# A National Post crime and immigration story in curly marks on RCMP fraud charges against an immigration consultancy
# that sold fake job offers: a deck "One student says she paid ... for ‘…’" whose words close her body quote, a byline
# without a title and an em-dash dateline, an inspector "said at a news conference" split, a quote by "one of the
# alleged victims" outside the courthouse named only in the next paragraph ("The woman, Simran Gill, 27,") then "she
# said", her brother sharing her surname ("Her brother, Arjun Gill, 24, paid ..." then "he said" split), court documents
# that "quote one of the accused, X, 46, as telling a client ... that the offers were “…”", the accused's lawyer's two
# partials, an RCMP sergeant who "said in French that investigators believe there are “…”", a lawyer after an inverted
# "said Toronto immigration lawyer X" then "she said" and "Mendonça said ... “…”", a minister's spokesperson named
# before "a spokesperson for", the critic's "called the case “…”" then "he said", a former employee on condition of
# anonymity with a quote paragraph that follows on, a college's statement ("the college said in a statement" split), and
# "Gill said she has applied ..." then "she said" at the end, with two Gills in the story.

doc("ca-np-29", "canadian-news", [
    q("a ticket to permanent residency", "Simran Gill", PER, "One student", "says", PARTIAL, nth=0),
    q("These were people who came to this country⋯they could stay,", "Danielle Marchand-Ruiz", PER,
      "RCMP Insp. Danielle Marchand-Ruiz", "said"),
    q("What they were sold was a piece of paper.", "Danielle Marchand-Ruiz", PER,
      "RCMP Insp. Danielle Marchand-Ruiz", "said"),
    q("I paid $38,000. My parents sold land in Punjab to send it,", "Simran Gill", PER,
      "one of the alleged victims", "said"),
    q("They told me it was a ticket to permanent residency.", "Simran Gill", PER, "one of the alleged victims",
      "said"),
    q("When I called the number on the letter, it was a pizza place,", "Simran Gill", PER, "she", "said"),
    q("She trusted them, so I trusted them,", "Arjun Gill", PER, "he", "said"),
    q("We were both wrong. Now we both might have to leave.", "Arjun Gill", PER, "he", "said"),
    q("100 per cent safe, government-approved, no risk.", "Vikram Anand", PER, "Vikram Anand", "telling", PARTIAL),
    q("denies every allegation", "Meredith Cho", PER, "Meredith Cho", "said", PARTIAL),
    q("looks forward to his day in court.", "Meredith Cho", PER, "Meredith Cho", "said", PARTIAL),
    q("many more victims", "Étienne Beaulac", PER, "RCMP Sgt. Étienne Beaulac", "said", PARTIAL),
    q("The system practically invites this,", "Alisha Mendonça", PER, "she", "said"),
    q("When the prize is permanent residency⋯sounds official.", "Alisha Mendonça", PER, "she", "said"),
    q("even if they were the ones who were defrauded.", "Alisha Mendonça", PER, "Mendonça", "said", PARTIAL),
    q("takes immigration fraud extremely seriously", "Chloé Arsenault", PER, "Chloé Arsenault", "said", PARTIAL),
    q("on its own merits.", "Chloé Arsenault", PER, "Chloé Arsenault", "said", PARTIAL),
    q("the inevitable result of a system the Liberals broke.", "Dan Kessel", PER,
      "Conservative immigration critic Dan Kessel", "called", PARTIAL),
    q("They doubled the number of students and didn’t double the number of people checking,", "Dan Kessel", PER,
      "he", "said"),
    q("We were told, if anyone asks, the employer is busy, the file is in process,", "a former employee", ANON, "she",
      "said"),
    q("Always in process.", "a former employee", ANON, "she", "said"),
    q("Nobody ever left with a copy. I didn’t think about why until later.", "a former employee", ANON, None, None),
    q("We were not aware of any connection between our students and this company,", "Peel Valley College", ORG,
      "the college", "said"),
    q("We are co-operating fully with the RCMP.", "Peel Valley College", ORG, "the college", "said"),
    q("I did everything they told me to do,", "Simran Gill", PER, "she", "said"),
    q("I just want someone to believe that.", "Simran Gill", PER, "she", "said"),
])

# A Washington Post state-politics story in curly marks on Maryland's plan to close its oldest youth detention center: a
# sentence-case headline and a deck without quotes, a byline and WaPo's date line, a `TOWSON, Md. —` dateline, the
# secretary "said in an interview" split and later "she said" after "Bexley acknowledged ...", `Del. X (D-Baltimore
# County)` after an inverted "said" and his "which he called “…”" in a relative clause after "Tillery said he learned",
# `Sen. X (R-Washington)` then "Voss said", a department official not authorized to speak ("the official said"), a
# union's partial "said in a statement that it had “…”" then "the statement said", a mother and son sharing a surname
# ("Angela Price said her son ..." then "Price said"; "Her son, DeShawn Price, now 19, ..." then "he said"), the public
# defender's office that "warned in written testimony", a nonprofit director by "she said", the governor's spokeswoman's
# two partials, and the delegate's "he said" at the end.

doc("us-wapo-29", "us-politics", [
    q("We are spending more money every year⋯falling down around them,", "Lorraine Bexley", PER, "Bexley", "said"),
    q("That is not good for the kids⋯taxpayer money.", "Lorraine Bexley", PER, "Bexley", "said"),
    q("You’re going to have a 15-year-old from Dundalk⋯doesn’t have a car,", "Marcus Tillery", PER,
      "Del. Marcus Tillery", "said"),
    q("How is that supposed to help anybody?", "Marcus Tillery", PER, "Del. Marcus Tillery", "said"),
    q("a pretty good summary of how this department treats the legislature.", "Marcus Tillery", PER, "Tillery",
      "called", PARTIAL),
    q("They can’t fill the jobs they have now,", "Janet Voss", PER, "Voss", "said"),
    q("I’ve got correctional officers in my district⋯tell me what happens.", "Janet Voss", PER, "Voss", "said"),
    q("Everybody in the building knows the numbers,", "a department official", ANON, "the official", "said"),
    q("The plan assumes we hire our way out of it by December.⋯tells me we will.", "a department official", ANON,
      "the official", "said"),
    q("Right now we have officers spread across a building that’s two-thirds empty,", "Lorraine Bexley", PER, "she",
      "said"),
    q("Put them where the kids are and the math gets better.", "Lorraine Bexley", PER, "she", "said"),
    q("serious concerns", "Maryland Public Employees Council", ORG, "The Maryland Public Employees Council", "said",
      PARTIAL),
    q("Our members at Harwood have given this state decades of service in terrible conditions,",
      "Maryland Public Employees Council", ORG, "the statement", "said"),
    q("They deserve better than a relocation notice.", "Maryland Public Employees Council", ORG, "the statement",
      "said"),
    q("It was an hour and a half each way, and that was close,", "Angela Price", PER, "Price", "said"),
    q("If he’d been out in Washington County, I would have seen him maybe twice.", "Angela Price", PER, "Price",
      "said"),
    q("The building was terrible. The food was terrible,", "DeShawn Price", PER, "he", "said"),
    q("But my mom came every week. You don’t forget that.", "DeShawn Price", PER, "he", "said"),
    q("significantly harder", "Office of the Public Defender", ORG, "The Office of the Public Defender", "warned",
      PARTIAL),
    q("Everybody is arguing about which building,", "Kendra Oyelowo", PER, "she", "said"),
    q("Half the kids in Harwood⋯somebody who shows up.", "Kendra Oyelowo", PER, "she", "said"),
    q("supports Secretary Bexley’s decision", "Rachel Fennimore", PER, "Rachel Fennimore", "said", PARTIAL),
    q("can no longer justify the cost", "Rachel Fennimore", PER, "Rachel Fennimore", "said", PARTIAL),
    q("I’m not saying keep it open forever,", "Marcus Tillery", PER, "he", "said"),
    q("I’m saying show us the plan before you lock the doors.", "Marcus Tillery", PER, "he", "said"),
])

# A New York Times environment and state-politics story in curly marks on hog-waste lagoons breached by a hurricane in a
# North Carolina county: a title-case headline and a deck without quotes, "By X" and "Reporting from" lines, a mother
# and son sharing a surname ("Ms. Whitted, 74, said, standing at ..." split; "said Ms. Whitted’s son, Darnell Whitted,
# who ..." split; "Her son shook his head." then "he said" at the end, after "she said" for her), a state agency's
# spokesman's emailed partial, a state inspector who spoke on the condition of anonymity ("the inspector said" split),
# the company's partial "said it was “…”" then "the statement said", a farmer's "Mr. Pridgen said" split and an "Asked
# why" partial, a trade group that "warned that ... would “…”", a state senator described as "a Republican from Duplin
# County who chairs ...", a scientist as "Dr." on second reference, and a governor's statement without a quote.

doc("us-nyt-29", "us-politics", [
    q("I’ve lived here 58 years.⋯what this smells like,", "Loretha Whitted", PER, "Ms. Whitted", "said"),
    q("This isn’t the river.", "Loretha Whitted", PER, "Ms. Whitted", "said"),
    q("We were told the money was there and the list was made,", "Darnell Whitted", PER, "Darnell Whitted", "said"),
    q("So where did the list go?", "Darnell Whitted", PER, "Darnell Whitted", "said"),
    q("many eligible producers have chosen not to participate.", "Aaron Pettus", PER, "Aaron Pettus", "said",
      PARTIAL),
    q("You didn’t need a sample to know,", "a state inspector", ANON, "the inspector", "said"),
    q("The wall of the lagoon was just gone on one side, and the field below it was brown.", "a state inspector",
      ANON, "the inspector", "said"),
    q("working closely with our independent farm partners and state regulators", "Brightfield Foods", ORG,
      "the company", "said", PARTIAL),
    q("The safety of our neighbors and the protection of local waterways are our highest priorities,",
      "Brightfield Foods", ORG, "the statement", "said"),
    q("Nineteen inches. There’s not a wall in this county built for nineteen inches,", "Dale Pridgen", PER,
      "Mr. Pridgen", "said"),
    q("I’m not proud of what happened. But I didn’t make it rain.", "Dale Pridgen", PER, "Mr. Pridgen", "said"),
    q("about half what the land is worth to me", "Dale Pridgen", PER, "Mr. Pridgen", "said", PARTIAL),
    q("devastate rural economies that have nothing else.", "Carolina Pork Growers Alliance", ORG,
      "The Carolina Pork Growers Alliance", "warned", PARTIAL),
    q("These are family farms. You don’t take a man’s land because it rained,", "Wayne Hollister", PER,
      "Mr. Hollister", "said"),
    q("Those numbers will come down in a week or two,", "Rebecca Lusk", PER, "Dr. Lusk", "said"),
    q("The question is what settled into the sediment⋯a year from now.", "Rebecca Lusk", PER, "Dr. Lusk", "said"),
    q("My son tells me to move,", "Loretha Whitted", PER, "she", "said"),
    q("Move where? My mother is buried out back.", "Loretha Whitted", PER, "she", "said"),
    q("She’s not going anywhere,", "Darnell Whitted", PER, "he", "said"),
    q("So somebody has to fix this.", "Darnell Whitted", PER, "he", "said"),
])

# A USA TODAY national story in curly marks on a backlog of Public Service Loan Forgiveness applications: a
# sentence-case headline, the byline on two lines and a "Published" line, an en-dash dateline, a teacher's "said" split
# and her "she said, laughing." and "Then she got serious." then "she said" split at the end, the department's partial
# "said in a statement that it was “…”" then "the statement said" split, "according to Education Department data" with
# no quote, an advocate after an inverted "said X, policy director at ..." split, a married couple sharing a surname
# ("Jamal and Tiffany Reyes" then "Jamal Reyes said" and "Tiffany Reyes said", each split), a servicer whose statement
# carries no marks and its spokesman "said in an email", a department employee on condition of anonymity who "described
# the backlog as “…”" then "the employee said" split, `Sen. X, D-Minn.` then "told USA TODAY" split, and `Rep. X,
# R-Ind., who has sponsored ...` with a partial then "he said" split.

doc("us-usatoday-29", "us-politics", [
    q("I did everything right.⋯something looked off,", "Renee Okafor-Banks", PER, "Okafor-Banks", "said"),
    q("And now I’m paying $412 a month on a loan the law says I don’t owe.", "Renee Okafor-Banks", PER,
      "Okafor-Banks", "said"),
    q("committed to processing every application accurately and as quickly as possible", "Education Department",
      ORG, "The department", "said", PARTIAL),
    q("We recognize that borrowers have waited too long,", "Education Department", ORG, "the statement", "said"),
    q("We have added staff and expect processing times to improve significantly over the coming months.",
      "Education Department", ORG, "the statement", "said"),
    q("Every six months there’s a new reason,", "Aisha Brightwater", PER, "Aisha Brightwater", "said"),
    q("First it was the servicer.⋯don’t get an excuse.", "Aisha Brightwater", PER, "Aisha Brightwater", "said"),
    q("Same school district, same job, same servicer, same month,", "Jamal Reyes", PER, "Jamal Reyes", "said"),
    q("She got the letter. I got a phone tree.", "Jamal Reyes", PER, "Jamal Reyes", "said"),
    q("We laughed about it at first,", "Tiffany Reyes", PER, "Tiffany Reyes", "said"),
    q("Then his payment went up by $200 and it stopped being funny.", "Tiffany Reyes", PER, "Tiffany Reyes", "said"),
    q("Keystone has met every processing target set by the Department,", "Brian Castellano", PER,
      "company spokesman Brian Castellano", "said"),
    q("a paperwork problem that turned into a staffing problem.", "a department employee", ANON,
      "A department employee", "described", PARTIAL),
    q("There are people on my team reviewing 15 years of payment history one line at a time,",
      "a department employee", ANON, "the employee", "said"),
    q("A lot of those records⋯find out why.", "a department employee", ANON, "the employee", "said"),
    q("These are people who spent a decade keeping our classrooms and our hospitals running,", "Laura Whitmore", PER,
      "Whitmore", "told"),
    q("The government made them a promise. It is not a favor.", "Laura Whitmore", PER, "Whitmore", "told"),
    q("unworkable from the start.", "Craig Dunleavy", PER, "Rep. Craig Dunleavy", "said", PARTIAL),
    q("Washington promised something it couldn’t deliver and it can’t administer,", "Craig Dunleavy", PER, "he",
      "said"),
    q("I don’t blame the borrowers. I blame the people who designed this.", "Craig Dunleavy", PER, "he", "said"),
    q("Once a week now. That’s my self-care,", "Renee Okafor-Banks", PER, "she", "said"),
    q("I’m going to keep paying until they tell me to stop, because I’m not going to give them a reason,",
      "Renee Okafor-Banks", PER, "she", "said"),
    q("But somebody owes me eight months of payments, and I would like them back.", "Renee Okafor-Banks", PER, "she",
      "said"),
])


if __name__ == "__main__":
    sys.exit(main())
