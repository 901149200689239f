"""End to end: real gunicorn on a free port, driven with requests and with the Python client."""

from __future__ import annotations

import dataclasses
import json

import pytest
import requests

from service import kit_score
from service.client import BadRequest, QuotesClient
from tests.conftest import EVAL_DIR, read_jsonl
from tests.e2e import GUNICORN, running, server_output


@pytest.fixture(scope="module")
def server():
    """A gunicorn server with 2 workers, started as the README's run command starts it."""
    with running(GUNICORN) as (base, process):
        yield base, process


def test_quotes_over_http(server, sample_text):
    base, _ = server
    response = requests.post(f"{base}/v1/quotes", json={"text": sample_text}, timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    quotes = response.json()["quotes"]
    assert [q["speaker"]["name"] for q in quotes][1:] == ["Mohammad Javad Zarif"] * 3


def test_errors_over_http(server):
    base, _ = server
    response = requests.post(f"{base}/v1/quotes", data="nope", headers={"Content-Type": "application/json"},
                             timeout=10)
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "application/problem+json"
    assert requests.get(f"{base}/v1/quotes", timeout=10).status_code == 405


def test_client_against_the_server(server):
    base, _ = server
    with QuotesClient(base) as client:
        assert client.health()
        result = client.extract("“We won,” said coach Ida Lund.", id="x", min_confidence=0.5)
        assert result["id"] == "x" and result["quotes"][0]["speaker"]["name"] == "Ida Lund"
        batch = client.extract_batch([{"id": "a", "text": "“Yes, we did,” said Omar Sy."}, {"id": "b", "text": ""}])
        assert [r["status"] for r in batch["results"]] == [200, 400]
        with pytest.raises(BadRequest) as caught:
            client.extract("")
        assert caught.value.status == 400 and caught.value.errors == {"text": ["Shorter than minimum length 1."]}


def test_eval_kit_through_http_scores_like_the_library(server):
    base, _ = server
    kit = kit_score
    gold = read_jsonl(EVAL_DIR / "gold.jsonl")
    predictions = {}
    for doc in gold:
        body = requests.post(f"{base}/v1/quotes", json={"text": doc["text"]}, timeout=10).json()
        predictions[doc["id"]] = {"id": doc["id"], "quotes": body["quotes"]}
    result = kit.score(gold, predictions)
    assert result["extraction_exact"]["f1"] == 1.0 and result["attribution"]["f1"] == 1.0


def test_logs_never_hold_article_text():
    secret = "EMBARGOED-7f3a quotation text"
    with running(GUNICORN, env={"QUOTES_LOG_LEVEL": "debug"}) as (base, process):
        requests.post(f"{base}/v1/quotes", json={"text": f"“{secret},” said Ida Lund."},
                      headers={"X-Request-ID": "log-check-1"}, timeout=10)
        requests.post(f"{base}/v1/quotes", data=json.dumps({"text": secret, "bad": 1}),
                      headers={"Content-Type": "application/json"}, timeout=10)
        requests.post(f"{base}/v1/quotes", data=secret, headers={"Content-Type": "application/json"}, timeout=10)
        output = server_output(process)
    assert "log-check-1" in output, "the access log carries the request id"
    assert "POST /v1/quotes" in output
    assert "EMBARGOED" not in output


def test_extraction_result_is_json_serializable_like_the_api(sample_text):
    from service.extractor import extract

    result = extract(sample_text)
    assert json.loads(json.dumps(dataclasses.asdict(result)))["quotes"][0]["speaker"]["name"] == "Interior Ministry"
