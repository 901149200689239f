"""The README's example output is the service's real output."""

from __future__ import annotations

import json
import re

from service.extractor import extract
from tests.conftest import ROOT, SAMPLE_ARTICLE


def test_sample_article_output_in_the_readme_is_real():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"prints \(real output\):\n\n```\n(.*?)```", readme, re.DOTALL).group(1)
    quotes = extract(SAMPLE_ARTICLE.read_text(encoding="utf-8")).quotes
    expected = "".join(
        f"{q.start} {q.end} {q.kind} {q.speaker.name} <- {q.speaker.mention.text!r} | {q.text[:50]}\n" for q in quotes
    )
    assert block == expected


def test_curl_example_in_the_readme_is_real(client):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    request = re.search(r"-d '(\{.*?\})'\n```", readme, re.DOTALL).group(1)
    shown = re.search(r"answers \(real output; `elapsed_ms` varies\):\n\n```json\n(.*?)```", readme, re.DOTALL).group(1)
    real = client.post("/v1/quotes", data=request, content_type="application/json").get_json()
    documented = json.loads(shown)
    documented["meta"]["elapsed_ms"] = real["meta"]["elapsed_ms"]
    assert documented == real
