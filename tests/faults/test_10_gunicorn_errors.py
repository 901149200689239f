"""Finding 10: the errors gunicorn answers itself are problem+json with a request id; no answer outlives
its budget into the watchdog; Retry-After is sent only with 429 and 503."""

from __future__ import annotations

import re

import pytest
import requests

from tests.e2e import GUNICORN, running, server_output
from tests.faults.net import cpu_seconds, dense_text, exchange

RE_ID = re.compile(r"[A-Za-z0-9._:\-]{1,128}")
HEADERS = "Host: test\r\nConnection: close\r\n"
RAW = {
    "malformed request line": (b"GARBAGE\r\n\r\n", 400),
    "bad HTTP version": (b"GET /healthz HTTP/9.9\r\n" + HEADERS.encode() + b"\r\n", 400),
    "malformed header": (b"GET /healthz HTTP/1.1\r\n" + HEADERS.encode() + b"Bad Header\r\n\r\n", 400),
    "request line too long": (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\n" + HEADERS.encode() + b"\r\n", 414),
    "too many header fields": (b"GET /healthz HTTP/1.1\r\n" + HEADERS.encode()
                               + b"".join(b"X-F%d: 1\r\n" % i for i in range(150)) + b"\r\n", 431),
    "a header field too large": (b"GET /healthz HTTP/1.1\r\n" + HEADERS.encode() + b"X-Big: " + b"b" * 9000
                                 + b"\r\n\r\n", 431),
    "unsupported transfer coding": (b"POST /v1/quotes HTTP/1.1\r\n" + HEADERS.encode()
                                    + b"Transfer-Encoding: br\r\nContent-Type: application/json\r\n\r\n", 501),
}


@pytest.fixture(scope="module")
def server():
    """gunicorn, with rate limits on (they add Retry-After), its output kept."""
    with running(GUNICORN, env={"QUOTES_RATELIMIT": "1000/minute"}) as (base, process):
        yield base, process


@pytest.mark.parametrize("name", RAW)
def test_gunicorn_errors_are_problem_json_with_a_request_id(server, name):
    base, _ = server
    request, status = RAW[name]
    answer = exchange(base, request, timeout=10)
    assert answer.status == status
    assert answer.headers["content-type"] == "application/problem+json"
    problem = answer.json()
    assert problem["status"] == status and problem["type"] == "about:blank" and problem["detail"]
    assert RE_ID.fullmatch(answer.headers["x-request-id"]) and problem["request_id"] == answer.headers["x-request-id"]
    assert b"bbbbbbbb" not in answer.body and b"aaaaaaaa" not in answer.body, "the request is never echoed"


def test_retry_after_only_with_429_and_503(server):
    base, _ = server
    ok = requests.post(f"{base}/v1/quotes", json={"text": "a"}, timeout=10)
    assert ok.status_code == 200 and "Retry-After" not in ok.headers
    assert "X-RateLimit-Remaining" in ok.headers


def test_a_request_ends_with_its_budget_not_the_watchdog():
    # A document needing seconds of CPU, a 60 s CPU budget, and a request deadline of a quarter of its
    # need under a 3 s watchdog: the deadline answers (503, problem+json), the watchdog never fires.
    text = dense_text(1_000_000)
    deadline = min(1.0, cpu_seconds(text) / 4)
    env = {"QUOTES_TIMEOUT": "60", "QUOTES_BATCH_TIMEOUT": f"{deadline:.2f}", "QUOTES_WORKER_TIMEOUT": "3"}
    with running(GUNICORN, env=env) as (base, process):
        response = requests.post(f"{base}/v1/quotes", json={"text": text}, timeout=30)
        output = server_output(process)
    assert response.status_code == 503 and response.headers["Content-Type"] == "application/problem+json"
    assert response.json()["type"] == "urn:quotes:problem:overloaded" and int(response.headers["Retry-After"]) >= 1
    assert "WORKER TIMEOUT" not in output
