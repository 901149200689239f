"""The command line: a readable table, --json, and `serve` starting gunicorn."""

from __future__ import annotations

import json
import subprocess
import sys

import requests

from service.__main__ import main
from tests.conftest import EVAL_DIR, SAMPLE_ARTICLE
from tests.e2e import running


def test_extract_prints_a_table(capsys):
    assert main(["extract", str(SAMPLE_ARTICLE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["SPEAKER", "KIND", "QUOTE"]
    assert lines[1].startswith("Interior Ministry") and "partial" in lines[1]
    assert len(lines) == 5


def test_extract_json_from_stdin():
    text = "“We won,” said coach Ida Lund."
    done = subprocess.run([sys.executable, "-m", "service", "extract", "-", "--json"], input=text,
                          capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    assert result["quotes"][0]["speaker"]["name"] == "Ida Lund"


def test_extract_counts_utf16_offsets_when_asked(tmp_path, capsys):
    text = "🙂 “We won,” said coach Ida Lund."
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["extract", str(path), "--json", "--offsets", "utf16"]) == 0
    quote = json.loads(capsys.readouterr().out)["quotes"][0]
    assert (quote["start"], quote["end"]) == (4, 11)  # the emoji counts two UTF-16 units
    assert main(["extract", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["quotes"][0]["start"] == 3


def test_an_unknown_language_is_an_error(capsys):
    assert main(["extract", str(SAMPLE_ARTICLE), "--language", "xx"]) == 2
    assert "language" in capsys.readouterr().err


def test_missing_file_is_an_error(capsys, tmp_path):
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    assert "error" in capsys.readouterr().err


def test_serve_starts_gunicorn():
    with running([sys.executable, "-m", "service", "serve"]) as (base, _):
        assert requests.post(f"{base}/v1/quotes", json={"text": "“Hi there, you,” said Ida Lund."},
                             timeout=10).status_code == 200


def test_evaluate_scores_a_gold_file(capsys):
    assert main(["evaluate", str(EVAL_DIR / "gold.jsonl"), "--errors", "5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["measure", "precision", "recall", "F1"]
    scores = {line.split()[0]: [float(x) for x in line.split()[1:]] for line in lines[1:5]}
    assert scores["attribution"] == [1.0, 1.0, 1.0]  # the kit's articles score perfectly


def test_evaluate_as_json_lists_the_errors(capsys, tmp_path):
    doc = {"id": "d1", "text": "“We will win,” Ann Lee said.", "quotes": [
        {"start": 1, "end": 13, "text": "We will win,", "speaker": "Bo Li", "speaker_type": "person"}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold), "--json", "--errors", "3"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["attribution"]["f1"] == 0.0
    assert result["errors"][0]["kind"] == "wrong speaker"


def test_evaluate_refuses_a_file_that_is_not_gold(capsys, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
    assert "not a gold file" in capsys.readouterr().err
