"""The evaluation kit: the sample articles must score 1.00; every short case must pass."""

from __future__ import annotations

import dataclasses
import filecmp

import pytest

from service import kit_score
from service.extractor import extract
from tests.conftest import EVAL_DIR, ROOT, read_jsonl

SHARED = ROOT.parent / "shared" / "eval"

CASES = read_jsonl(EVAL_DIR / "cases.jsonl")


def predictions(docs: list[dict]) -> dict[str, dict]:
    """Run the extractor on each gold document, in score.py's prediction format."""
    return {d["id"]: {"id": d["id"], "quotes": [dataclasses.asdict(q) for q in extract(d["text"]).quotes]}
            for d in docs}


def test_sample_articles_score_perfectly():
    gold = read_jsonl(EVAL_DIR / "gold.jsonl")
    result = kit_score.score(gold, predictions(gold), n_errors=20)
    assert result["errors"] == []
    assert result["extraction_exact"]["f1"] == 1.0
    assert result["attribution"]["f1"] == 1.0
    assert result["attribution_mention"]["f1"] == 1.0
    assert result["not_quotes_hit"] == 0


def test_cases_reach_the_targets_overall():
    result = kit_score.score(CASES, predictions(CASES))
    assert result["extraction_lenient"]["precision"] == 1.0
    assert result["attribution"]["f1"] >= 0.95
    assert result["not_quotes_hit"] == 0


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in CASES])
def test_case(case):
    result = kit_score.score([case], predictions([case]), n_errors=10)
    assert result["errors"] == [], case["note"]
    assert result["not_quotes_hit"] == 0
    assert result["extraction_exact"]["tp"] == len(case["quotes"])


def test_nested_case_is_right_by_its_own_measure():
    """The outer quote is returned whole, with the inner one inside it."""
    case = next(c for c in CASES if c["id"] == "nested")
    quotes = extract(case["text"]).quotes
    assert [(q.start, q.end) for q in quotes] == [(case["quotes"][0]["start"], case["quotes"][0]["end"])]
    assert quotes[0].speaker.name == "Jonas Eklund"
    assert "‘we are finished’" in quotes[0].text


@pytest.mark.skipif(not SHARED.is_dir(), reason="the workplace's ../shared/eval is not next to this checkout")
@pytest.mark.parametrize(("copy", "original"), [("gold.jsonl", "seeds/gold.jsonl"),
                                                ("cases.jsonl", "cases/cases.jsonl"), ("score.py", "score.py")])
def test_vendored_kit_equals_the_original(copy, original):
    vendored = ROOT / "service" / "kit_score.py" if copy == "score.py" else EVAL_DIR / copy
    assert filecmp.cmp(vendored, SHARED / original, shallow=False)
