"""The command line: a readable table, --json (the API's answer), `serve` starting gunicorn, a closed pipe,
and the `quotes` command that `pip install .` gives."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
import requests

from benchmarks.articles import articles, write_jsonl
from service import __version__
from service.__main__ import main
from tests.conftest import EVAL_DIR, ROOT, SAMPLE_ARTICLE
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


def test_extract_json_is_the_apis_answer(client, sample_text):
    done = subprocess.run([sys.executable, "-m", "service", "extract", str(SAMPLE_ARTICLE), "--json", "--id", "a-1"],
                          capture_output=True, text=True, check=True)
    printed = json.loads(done.stdout)
    api = client.post("/v1/quotes", json={"id": "a-1", "text": sample_text}).get_json()
    assert list(printed) == ["id", "quotes", "speakers", "meta"]
    printed["meta"]["elapsed_ms"] = api["meta"]["elapsed_ms"]
    assert printed == api


@pytest.mark.parametrize("command", [["extract", "long.txt", "--json"], ["extract", "long.txt"],
                                     ["batch", "archive.jsonl", "-"]], ids=["extract-json", "extract", "batch"])
def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path, command):
    # `quotes extract article.txt --json | head -1`: the reader closes the pipe before the end, which a
    # long output (more than the pipe holds) then meets.
    write_jsonl(tmp_path / "archive.jsonl", 300)
    (tmp_path / "long.txt").write_text("\n\n".join(a["text"] for a in articles(300)), encoding="utf-8")
    with subprocess.Popen([sys.executable, "-m", "service", *command], cwd=tmp_path, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)}) as process:
        process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read().decode()
    assert process.returncode == 141  # as a program that SIGPIPE ended
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr


@pytest.mark.parametrize("json_answer", [False, True], ids=["table", "json"])
def test_extract_over_its_timeout_says_so_in_one_line(tmp_path, json_answer):
    # No limit by default (the long file of the test above takes seconds); --timeout sets one.
    (tmp_path / "long.txt").write_text("\n\n".join(a["text"] for a in articles(300)), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "service", "extract", "long.txt", "--timeout", "0.01",
                           *(["--json"] if json_answer else [])], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    if json_answer:
        assert json.loads(done.stdout)["error"]["type"] == "urn:quotes:problem:extraction-timeout"
    else:
        assert done.stderr == "error: the document needed more than the 0.01 s of --timeout\n" and not done.stdout


def test_pip_install_gives_the_quotes_command(tmp_path):
    source = tmp_path / "source"
    shutil.copytree(ROOT / "service", source / "service", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "requirements.txt", "README.md"):
        shutil.copy(ROOT / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--no-index", "--target", str(tmp_path / "site"), str(source)], check=True, capture_output=True)
    elsewhere = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    done = subprocess.run([str(tmp_path / "site" / "bin" / "quotes"), "extract", str(SAMPLE_ARTICLE), "--json"],
                          cwd=tmp_path, env=elsewhere, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert len(answer["quotes"]) == 4 and answer["meta"]["version"] == __version__  # the lexicons came along
    found = subprocess.run([sys.executable, "-c", "import service; print(service.__file__)"], cwd=tmp_path,
                           env=elsewhere, capture_output=True, text=True, check=True)
    assert found.stdout.startswith(str(tmp_path / "site"))


def test_extract_json_of_an_empty_file_is_the_apis_problem(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert main(["extract", str(tmp_path / "empty.txt"), "--json"]) == 1
    answer = json.loads(capsys.readouterr().out)
    assert answer["error"]["errors"] == {"text": ["Shorter than minimum length 1."]}


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
