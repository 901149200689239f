"""The command line: a readable table, --json, and `serve` starting gunicorn."""

from __future__ import annotations

import json
import subprocess
import sys

import requests

from service.__main__ import main
from tests.conftest import SAMPLE_ARTICLE
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


def test_missing_file_is_an_error(capsys, tmp_path):
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    assert "error" in capsys.readouterr().err


def test_serve_starts_gunicorn():
    with running([sys.executable, "-m", "service", "serve"]) as (base, _):
        assert requests.post(f"{base}/v1/quotes", json={"text": "“Hi there, you,” said Ida Lund."},
                             timeout=10).status_code == 200
