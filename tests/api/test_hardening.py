"""Hostile and broken input, privacy of logs, graceful shutdown and headers, on real gunicorn."""

from __future__ import annotations

import json
import signal
import threading

import pytest
import requests

from benchmarks.bench import HOSTILE_TEXTS
from tests.e2e import GUNICORN, running, server_output

SECRET = "EMBARGOED-91c4"
# The same inputs `python -m benchmarks.bench load` times; here each must get a clean answer.
HOSTILE = {**HOSTILE_TEXTS, "100,000 alternating marks": "“”" * 50_000}


@pytest.fixture(scope="module")
def server():
    """gunicorn with 2 workers and debug logging, its output kept for the privacy checks."""
    with running(GUNICORN, env={"QUOTES_LOG_LEVEL": "debug"}) as (base, process):
        yield base, process


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_is_answered(server, name):
    base, _ = server
    response = requests.post(f"{base}/v1/quotes", json={"text": HOSTILE[name]}, timeout=10)
    assert response.status_code in (200, 422), response.text[:200]
    if response.status_code == 422:
        assert response.json()["type"] == "urn:quotes:problem:extraction-timeout"


BAD_INPUTS = [
    ("not-json", {"data": f'{{"text": "{SECRET}"'}),
    ("not-object", {"data": json.dumps([SECRET])}),
    ("missing-text", {"data": json.dumps({"texts": SECRET})}),
    ("null-text", {"data": json.dumps({"text": None, "id": SECRET})}),
    ("number-text", {"data": json.dumps({"text": 7, "id": SECRET})}),
    ("empty-text", {"data": json.dumps({"text": "", "id": SECRET})}),
    ("unknown-field", {"data": json.dumps({"text": SECRET, "colour": SECRET})}),
    ("invalid-utf8", {"data": SECRET.encode() + b"\xff\xfe"}),
    ("lone-surrogate", {"data": '{"text": "\\ud800 ' + SECRET + '"}'}),
    ("nul", {"data": json.dumps({"text": SECRET + "\u0000"})}),
    ("control-chars", {"data": json.dumps({"text": SECRET + "\u0001\u001b\u007f"})}),
    ("deep-nesting", {"data": '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"}),
    ("wrong-type", {"data": SECRET, "content_type": "text/plain"}),
    ("batch-over-limit", {"data": json.dumps({"documents": [{"text": SECRET}] * 101}),
                          "path": "/v1/quotes/batch"}),
    ("batch-one-bad", {"data": json.dumps({"documents": [{"text": SECRET}, {"text": 5}]}), "path": "/v1/quotes/batch"}),
    ("sample-article", {"data": json.dumps({"text": f"“{SECRET},” said Ida Lund. " * 50})}),
]
EXPECTED = {"not-json": 400, "not-object": 400, "missing-text": 400, "null-text": 400, "number-text": 400,
            "empty-text": 400, "unknown-field": 400, "invalid-utf8": 400, "lone-surrogate": 400, "nul": 400,
            "control-chars": 200, "deep-nesting": 400, "wrong-type": 415, "batch-over-limit": 400,
            "batch-one-bad": 200, "sample-article": 200}


@pytest.mark.parametrize(("name", "request_"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_gets_the_right_answer(server, name, request_):
    base, _ = server
    response = requests.post(base + request_.get("path", "/v1/quotes"), data=request_["data"],
                             headers={"Content-Type": request_.get("content_type", "application/json"),
                                      "X-Request-ID": f"matrix-{name}"}, timeout=10)
    assert response.status_code == EXPECTED[name]
    if response.status_code != 200:
        assert response.headers["Content-Type"] == "application/problem+json"
        assert response.json()["request_id"] == f"matrix-{name}"
        assert SECRET not in response.text, "errors never echo the article"


def test_oversized_body_is_413_before_reading():
    with running(GUNICORN, env={"QUOTES_MAX_BODY_BYTES": "1000"}) as (base, _):
        response = requests.post(f"{base}/v1/quotes", data=b"{" + b" " * 5000,
                                 headers={"Content-Type": "application/json"}, timeout=10)
        assert response.status_code == 413
        assert response.headers["Content-Type"] == "application/problem+json"


def test_wrong_method_over_http(server):
    base, _ = server
    response = requests.delete(f"{base}/v1/quotes", timeout=10)
    assert response.status_code == 405 and response.headers["Allow"]


def test_headers_hide_the_server_version(server):
    base, _ = server
    response = requests.post(f"{base}/v1/quotes", json={"text": "a"}, timeout=10)
    assert not any(ch.isdigit() for ch in response.headers.get("Server", ""))
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Cache-Control"] == "no-store"


def test_logs_never_hold_article_text(server):
    """Runs last in this module: it stops the server and reads everything it logged."""
    base, process = server
    requests.post(f"{base}/v1/quotes", json={"text": f"“{SECRET} words,” said Ida Lund."},
                  headers={"X-Request-ID": "privacy-1"}, timeout=10)
    output = server_output(process)
    assert "privacy-1" in output and "matrix-not-json" in output, "requests are logged by id"
    assert SECRET not in output
    assert "Привет" not in output


def test_sigterm_lets_accepted_requests_finish():
    """Two sync workers each hold a long request (about a second of extraction) when SIGTERM arrives."""
    text = "“We are ready,” said coach Ida Lund. Officials said the plan was “on track”. " * 2_500
    env = {"QUOTES_WORKERS": "2", "QUOTES_TIMEOUT": "60"}
    with running(GUNICORN, env=env) as (base, process):
        results: list[object] = []
        started = threading.Barrier(3)

        def call() -> None:
            started.wait()
            try:
                results.append(requests.post(f"{base}/v1/quotes", json={"text": text}, timeout=60).status_code)
            except requests.RequestException as exc:
                results.append(type(exc).__name__)

        threads = [threading.Thread(target=call) for _ in range(2)]
        for thread in threads:
            thread.start()
        started.wait()
        threading.Event().wait(0.5)  # both requests are in the workers' hands now
        process.send_signal(signal.SIGTERM)
        for thread in threads:
            thread.join()
        assert process.wait(timeout=60) == 0
    assert results == [200, 200]
