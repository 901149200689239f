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
  source's description), or ``None`` when the copy does not say who spoke.
- ``mention``: the words naming the speaker nearest the quote (a name, "the minister", "she"). The
  nearest whole-word occurrence outside every quote is taken; to pick another, give context with the
  mention in square brackets, e.g. ``"[she] added"``. ``None`` when the quote carries no mention
  (a paragraph that continues the previous speaker's quotes).
- ``cue``: the reporting words ("said", "according to", "told"), or ``None`` (a colon or a dash).
- ``kind``: ``direct`` (a quote standing as its own sentence) or ``partial`` (inside the writer's
  sentence).
- ``bare=True``: a transcript turn with no marks around it (``Q:``/``A:`` or ``NAME:`` labels); the
  boundary check for marks is skipped.
- ``speakers=[...]``: every person of a joint quote ("said Ann Lee and Bo Li"); ``speaker`` then
  names them all, so that the scorer credits either.

``not_quotes`` are quoted spans that are not speech (titles, names, scare quotes); ``ignore`` spans
count neither way. Either may be ``"words"`` or ``("words", nth)``. A quote nested inside another
quote is left unannotated: the outer quote holds it, and an ``ignore`` span there would hide the
outer quote from the scorer.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
OUT = HERE / "corpus.jsonl"

P, O, A, U = "person", "organization", "anonymous", "unknown"
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


def _spans(text: str, items, what: str) -> list[dict]:
    out = []
    for item in items:
        words, nth = (item, None) if isinstance(item, str) else item
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
        if qs["speaker"] is None and qs["speaker_type"] != U:
            raise BuildError(f"{did} quote {i}: no speaker, so the type is 'unknown'")
        quotes.append(item)
    order = sorted(range(len(quotes)), key=lambda k: quotes[k]["start"])
    quotes = [quotes[k] for k in order]
    for a, b in zip(quotes, quotes[1:], strict=False):
        if b["start"] < a["end"]:
            raise BuildError(f"{did}: quotes {a['text'][:30]!r} and {b['text'][:30]!r} overlap")
    for k, item in enumerate(quotes):
        if text[item["start"]:item["end"]] != item["text"]:
            raise BuildError(f"{did} quote {k}: span and words differ")
        if "mention_start" in item and text[item["mention_start"]:item["mention_end"]] != item["mention"]:
            raise BuildError(f"{did} quote {k}: mention span and words differ")
    return {"id": did, "style": spec["style"], "text": text, "quotes": quotes,
            "not_quotes": _spans(text, spec["not_quotes"], f"{did} not_quote"),
            "ignore": _spans(text, spec["ignore"], f"{did} ignore")}


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if corpus.jsonl is out of date")
    ap.add_argument("--review", action="store_true", help="print every quote with its mention in context")
    ap.add_argument("--marks", action="store_true", help="list quoted spans the gold does not account for")
    a = ap.parse_args(argv)
    docs = build()
    if a.review:
        _review(docs)
    if a.marks:
        _marks(docs)
    content = render(docs)
    if a.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != content:
            print("corpus.jsonl is out of date: run build_corpus.py", file=sys.stderr)
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
    q("This is the day the families of Millbrook have been waiting for,", "Adrienne Holloway", P,
      "Sen. Adrienne Holloway", "said"),
    q("They were told for a year⋯Today we proved that wrong.", "Adrienne Holloway", P, "Sen. Adrienne Holloway", "said"),
    q("tens of millions of dollars", "Adrienne Holloway", P, "She", "said", PARTIAL),
    q("a solution in search of a problem", "Association of Freight Carriers", O,
      "The Association of Freight Carriers", "called", PARTIAL),
    q("Rail remains the safest way⋯the data backs that up,", "Association of Freight Carriers", O, "the group", "said"),
    q("Mandating a second crew member⋯happened in Millbrook.", "Association of Freight Carriers", O, "the group",
      "said"),
    q("Washington picking winners.", "Wade Prescott", P, "Sen. Wade Prescott", "said", PARTIAL),
    q("I want safer trains as much as anybody in this room,", "Wade Prescott", P, "Prescott", "said"),
    q("But you don’t get there⋯sit in a cab.", "Wade Prescott", P, "Prescott", "said"),
    q("They told me what it’s like⋯when something goes wrong,", "Lorna Becker", P, "Becker", "said"),
    q("I couldn’t unhear that.", "Lorna Becker", P, "Becker", "said"),
    q("in whatever form it reaches his desk", "a senior White House official", A, "A senior White House official",
      "said", PARTIAL),
    q("no appetite", "Dale Hennessey", P, "Hennessey", "told", PARTIAL),
    q("We have asked Congress for these tools since the first week after Millbrook,", "Mira Castellanos", P,
      "Castellanos", "said"),
    q("The Senate answered. Now it’s the House’s turn.", "Mira Castellanos", P, "Castellanos", "said"),
    q("I’ll believe it when I see a sensor on that track,", "Gary Tibbets", P, "Gary Tibbets", "said"),
    q("We’ve heard a lot of promises.", "Gary Tibbets", P, "Gary Tibbets", "said"),
])

doc("us-wire-02", "us-wire", [
    q("We are not going to be able to put a line around this tonight,", "Ramona Quintero", P,
      "Sheriff Ramona Quintero", "said"),
    q("The wind is making every decision for us right now.", "Ramona Quintero", P, "Sheriff Ramona Quintero", "said"),
    q("That is not a threat,", "Ramona Quintero", P, "the sheriff", "said"),
    q("It's so we know who to look for.", "Ramona Quintero", P, "the sheriff", "said"),
    q("It's jumping the highway like the highway isn't there,", "Curtis Lamb", P, "Lamb", "said"),
    q("I didn't take a single photograph,", "Dee Ann Marsh", P, "she", "said"),
    q("I just stood in the kitchen and couldn't think.", "Dee Ann Marsh", P, "she", "said"),
    q("It sounded like a train,", "Paul Okonkwo", P, "Okonkwo", "said"),
    q("Everybody says that, and I always thought it was a cliche. It's not.", "Paul Okonkwo", P, "Okonkwo", "said"),
    q("Colorado is strong⋯Please listen to evacuation orders.", "Elliot Brandt", P, "Brandt", "wrote"),
    q("If we get the break in the wind they're forecasting, we have a real shot at it,", "Sonia Reyes-Whitfield", P,
      "Reyes-Whitfield", "said"),
    q("If we don't, I wouldn't want to guess.", "Sonia Reyes-Whitfield", P, "Reyes-Whitfield", "said"),
], not_quotes=["Sunny"])

doc("us-wire-03", "us-wire", [
    q("Nobody in this room wanted to be here this morning,", "Tamika Rowe and Hector Villanueva", P,
      "Tamika Rowe and Hector Villanueva", "said", speakers=["Tamika Rowe", "Hector Villanueva"]),
    q("But management left us no choice.", "Tamika Rowe and Hector Villanueva", P,
      "Tamika Rowe and Hector Villanueva", "said", speakers=["Tamika Rowe", "Hector Villanueva"]),
    q("We have made a fair offer, and it is still on the table,", "Everett Grange", P, "Grange", "said"),
    q("What we cannot do is make promises with money we don’t have.", "Everett Grange", P, "Grange", "said"),
    q("I left my house at 5 and I still clocked in late,", "Priya Raman", P, "Raman", "said"),
    q("If this goes on a week⋯I can’t afford Uber every day.", "Priya Raman", P, "Raman", "said"),
    q("entirely avoidable.", "Harlan Strickland", P, "he", "called", PARTIAL),
    q("These people drive us around in snowstorms,", "Bernard Kowalski", P, "Kowalski", "said"),
    q("Pay them.", "Bernard Kowalski", P, "Kowalski", "said"),
    q("They called us heroes during the pandemic,", "Hector Villanueva", P, "he", "said"),
    q("Heroes can’t pay rent with a thank-you card.", "Hector Villanueva", P, "he", "said"),
], not_quotes=["Sunday Forum", "Split Shifts Split Families."])

doc("us-wire-04", "us-wire", [
    q("Every single vote in this district⋯sitting side by side,", "Rosa Delgado", P, "she", "said"),
    q("The result is the same. It is time to get to work.", "Rosa Delgado", P, "she", "said"),
    q("answered the wrong question.", "Travis Vance", P, "he", "said", PARTIAL),
    q("Nobody disputes that the machines can add,", "Travis Vance", P, "Vance", "said"),
    q("What we dispute is which envelopes⋯started adding.", "Travis Vance", P, "Vance", "said"),
    q("There is a process for challenging an election in Arizona, and Mr. Vance is free to use it,", "Miriam Foss", P,
      "Foss", "said"),
    q("What he is not free to do⋯when they weren’t.", "Miriam Foss", P, "Foss", "said"),
    q("within his rights", "Cal Ruckert", P, "State Senate President Cal Ruckert", "said", PARTIAL),
    q("Losing by 212 votes hurts. I’ve lost races, and I know,", "Joanne Albers", P, "Albers", "told"),
    q("But the voters spoke, and they spoke twice.", "Joanne Albers", P, "Albers", "told"),
    q("Two hundred and twelve is a small number⋯in a courtroom,", "Lena Marchetti", P, "Lena Marchetti", "said"),
])

# NYT style: datelines, Mr./Ms. on second reference, curly marks, long multi-sentence quotes.

doc("nyt-01", "nyt", [
    q("I grew up two streets from that mill,", "Denise Aldana", P, "Denise Aldana", "said"),
    q("My father worked there.⋯A view?", "Denise Aldana", P, "Denise Aldana", "said"),
    q("Nobody is against jobs,", "Harold Whitcomb", P, "Mr. Whitcomb", "said"),
    q("We are against 1,400 trucks going past a playground.", "Harold Whitcomb", P, "Mr. Whitcomb", "said"),
    q("the single largest private investment this town has seen in two generations.", "Simone Achterberg", P,
      "Simone Achterberg", "described", PARTIAL),
    q("We have changed this plan four times because people told us what worried them,", "Simone Achterberg", P,
      "she", "said"),
    q("We will keep listening.⋯whether it wants to grow.", "Simone Achterberg", P, "she", "said"),
    q("a wound that has been open too long.", "Frank DeLuca", P, "[he] has described", "described", PARTIAL),
    q("I hear it all the time — ‘You just got here,’", "Leah Bronstein", P, "Ms. Bronstein", "said"),
    q("I know. I chose this place.⋯in 10 years.", "Leah Bronstein", P, "Ms. Bronstein", "said"),
    q("Some of us didn’t choose it,", "Denise Aldana", P, "she", "said"),
    q("We were born here, and we’re still waiting.", "Denise Aldana", P, "she", "said"),
], not_quotes=["Jobs Now."])

doc("nyt-02", "nyt", [
    q("a symbolic tax that will raise less⋯more than they admit.", "Catherine Wolcott", P, "she", "called", PARTIAL),
    q("I am not going to sign a budget that gives people one more reason to move to Florida,", "Catherine Wolcott", P,
      "the governor", "told"),
    q("I have said that from the beginning, and I am saying it today.", "Catherine Wolcott", P, "the governor",
      "told"),
    q("The governor keeps talking about people leaving,", "Andre Baptiste", P, "[he] said. “Let me", "said"),
    q("Let me tell you who is leaving:⋯supposed to be for.", "Andre Baptiste", P, "[he] said. “Let me", "said"),
    q("If the people with a $6 million beach house⋯and so can they.", "Andre Baptiste", P, "[he] said. “Let me",
      "said"),
    q("focused on getting a budget done, not on picking sides.", "Daniel Oyelaran", P, "Daniel Oyelaran", "said",
      PARTIAL),
    q("could live with", "a person familiar with the negotiations", A, "One of them", "said", PARTIAL),
    q("There is no agreement on anything until there is agreement on everything,", "Tamsin Reyes", P, "Ms. Reyes",
      "said"),
    q("Every day of delay has a cost,", "Ira Feldman", P, "Mr. Feldman", "said"),
    q("and that cost is paid by the people who can least afford it.", "Ira Feldman", P, "Mr. Feldman", "said"),
])

doc("nyt-03", "nyt", [
    q("I read the list three times because I thought I had misunderstood it,", "Margaret Ellery", P, "Ms. Ellery",
      "said"),
    q("A book about dams.⋯a book about dams had done.", "Margaret Ellery", P, "Ms. Ellery", "said"),
    q("did not read every word of every book, and never claimed to.", "Wendell Tuggle", P, "Wendell Tuggle", "said",
      PARTIAL),
    q("We are elected to make judgment calls, and we made one,", "Wendell Tuggle", P, "Mr. Tuggle", "said"),
    q("If something was caught up in it⋯to put it back.", "Wendell Tuggle", P, "Mr. Tuggle", "said"),
    q("the activist in the library.", "a member of the group", A, "one member", "described", PARTIAL),
    q("She’s the reason half of us read anything at all,", "Keisha Dorsey", P, "Ms. Dorsey", "said"),
    q("When I was a freshman⋯She was right.", "Keisha Dorsey", P, "Ms. Dorsey", "said"),
    q("I’ve been called a lot of things,", "Thomas Abernathy", P, "Mr. Abernathy", "said"),
    q("Dangerous was never one of them. I wrote 400 pages about turbines.", "Thomas Abernathy", P, "Mr. Abernathy",
      "said"),
    q("Probably some of them,", "Wendell Tuggle", P, "he", "said"),
    q("Probably the one about the dams.", "Wendell Tuggle", P, "he", "said"),
], not_quotes=["The Cartographer’s Daughter,", ("Rivers of Iron,", 0), ("Rivers of Iron,", 1),
               "Hollis Springs Parents for Decency", "Let Mrs. E Keep Her Shelves,"])

# British: single marks for speech, double marks nested inside; Cllr, Ms without a point.

doc("british-01", "british", [
    q("dismantling a century of public service in a single afternoon", "campaigners", A, "campaigners", "accused",
      PARTIAL),
    q("no good options", "Graham Pellow", P, "Cllr Graham Pellow", "said", PARTIAL),
    q("Nobody goes into local politics to close libraries,", "Graham Pellow", P, "he", "told"),
    q("I have sat with officers for months⋯I will not do that.", "Graham Pellow", P, "he", "told"),
    q("He talks about hard choices,", "Anita Sharma", P, "she", "said"),
    q("These are choices, full stop.⋯outside the retail park.", "Anita Sharma", P, "she", "said"),
    q("to look them in the eye", "Jean Whitlock", P, "Jean Whitlock", "said", PARTIAL),
    q("My husband and I did our courting in that library,", "Jean Whitlock", P, "she", "said"),
    q("When he was ill at the end⋯it’s a luxury.", "Jean Whitlock", P, "she", "said"),
    q("among the deepest we have seen in England this decade", "Chartered Institute of Library Professionals", O,
      "The Chartered Institute of Library Professionals", "described", PARTIAL),
    q("Councils are responsible for their own spending decisions.⋯6.8 per cent this year.",
      "a spokesperson for the Ministry of Housing, Communities and Local Government", A,
      "A spokesperson for the Ministry of Housing, Communities and Local Government", "said"),
    q("heartbroken", "Ruth Carradine", P, "Ruth Carradine", "said", PARTIAL),
    q("at a corner table in the very library they are now closing", "Ruth Carradine", P, "she", "wrote", PARTIAL),
    q("It means we are asking for help. I am not ashamed of that.", "Graham Pellow", P, "he", "replied"),
    q("This is not over,", "Anita Sharma", P, "she", "said"),
], not_quotes=["Books Not Bulldozers", "The Millbeck Mysteries"])

doc("british-02", "british", [
    q("political suicide", "more than 40 Conservative MPs", A, "more than 40 Conservative MPs", "warning", PARTIAL),
    q("the cost of living crisis is genuinely behind us", "more than 40 Conservative MPs", A, "The letter", "urges",
      PARTIAL),
    q("I have supported this government through thick and thin.⋯they have had enough.", "Geoffrey Pilbeam", P,
      "Sir Geoffrey", "said"),
    q("queueing up", "Geoffrey Pilbeam", P, "He", "added", PARTIAL),
    q("no U-turn", "a Treasury source", A, "A Treasury source", "insisted", PARTIAL),
    q("The chancellor has made her decision and she is sticking to it.", "a Treasury source", A, "A Treasury source",
      "adding"),
    q("Of course.", "the prime minister’s official spokesman", A, "his official spokesman", "said"),
    q("not get ahead of the Budget", "the prime minister’s official spokesman", A, "the spokesman", "replied",
      PARTIAL),
    q("a tax on getting to work", "Owen Maddox", P, "Owen Maddox", "called", PARTIAL),
    q("at war with itself", "Owen Maddox", P, "Owen Maddox", "said", PARTIAL),
    q("Every week there is a new rebellion and a new climbdown,", "Owen Maddox", P, "he", "said"),
    q("Families do not need a chancellor⋯another on Friday.", "Owen Maddox", P, "he", "said"),
    q("fair and overdue", "Lucy Farrant", P, "Lucy Farrant", "said", PARTIAL),
    q("the politics of the petrol forecourt", "Lucy Farrant", P, "Lucy Farrant", "warned", PARTIAL),
    q("We say we care about fixing potholes,", "Lucy Farrant", P, "she", "said"),
    q("Well, potholes cost money. You can’t cheer for one and boo the other.", "Lucy Farrant", P, "she", "said"),
    q("picked the pockets", "Edmund Carlile", P, "Edmund Carlile", "said", PARTIAL),
    q("When fuel prices fall, the pump price falls by a penny,", "Edmund Carlile", P, "he", "said"),
    q("When they rise, it goes up like a rocket.⋯It is insulting.", "Edmund Carlile", P, "he", "said"),
])

doc("british-03", "british", [
    q("It came up through the floorboards first⋯it was just everywhere,", "Tom Ashworth", P, "Tom Ashworth", "said"),
    q("We got the kids upstairs⋯kitchen float past.", "Tom Ashworth", P, "Tom Ashworth", "said"),
    q("exactly as designed", "Environment Agency", O, "The Environment Agency", "said", PARTIAL),
    q("exceptional", "Environment Agency", O, "it", "described", PARTIAL),
    q("designed for what?", "one resident", A, "one resident", "shouted", PARTIAL),
    q("lost faith", "Derek Howarth", P, "Parish council chairman Derek Howarth", "said", PARTIAL),
    q("Every time, we are told this was a once-in-a-century event,", "Derek Howarth", P, "he", "said"),
    q("We have now had three⋯the century has changed.", "Derek Howarth", P, "he", "said"),
    q("Some of them were in that water for six hours,", "Claire Nuttall", P, "she", "said"),
    q("They were exhausted, and they kept going.", "Claire Nuttall", P, "she", "said"),
    q("People here are not asking for miracles,", "Fiona Marsden", P, "she", "told"),
    q("They are asking for a straight answer.", "Fiona Marsden", P, "she", "told"),
    q("through enough", "Alison Hebden", P, "Alison Hebden", "said", PARTIAL),
    q("Mum keeps saying, “It’s only things, it’s only things,”", "Alison Hebden", P, "she", "said"),
    q("But it’s her wedding photos.⋯not only things.", "Alison Hebden", P, "she", "said"),
])


if __name__ == "__main__":
    sys.exit(main())
