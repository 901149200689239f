"""The Python client: retries with backoff on 429/502/503/504, typed errors with problem details."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from service.client import BadRequest, QuotesClient, RateLimited, ServerError, TransportError, Unauthorized
from tests.e2e import GUNICORN, free_port, running
from tests.faults.net import cpu_seconds, prose


class Scripted(BaseHTTPRequestHandler):
    """Answers POSTs with the statuses of ``script`` in turn, then 200."""

    script: list[int] = []  # noqa: RUF012 - set per test
    calls = 0

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        type(self).calls += 1
        status = self.script.pop(0) if self.script else 200
        body = {"quotes": [], "speakers": [], "id": None, "meta": {}} if status == 200 else {
            "type": "about:blank", "title": "Problem", "status": status, "detail": f"scripted {status}"}
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if status == 200 else "application/problem+json")
        self.send_header("Content-Length", str(len(payload)))
        if status == 429:
            self.send_header("Retry-After", "0")
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def stub():
    """A scripted HTTP server on a free port."""
    Scripted.script, Scripted.calls = [], 0
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Scripted)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_retries_then_succeeds(stub, status):
    Scripted.script = [status, status]
    with QuotesClient(stub, retries=3, backoff=0) as client:
        assert client.extract("text")["quotes"] == []
    assert Scripted.calls == 3


@pytest.mark.parametrize(("status", "error"), [(429, RateLimited), (503, ServerError)])
def test_gives_up_after_the_retries(stub, status, error):
    Scripted.script = [status] * 10
    with QuotesClient(stub, retries=2, backoff=0) as client, pytest.raises(error) as caught:
        client.extract("text")
    assert Scripted.calls == 3
    assert caught.value.status == status and caught.value.detail == f"scripted {status}"


@pytest.mark.parametrize(("status", "error"), [(400, BadRequest), (401, Unauthorized), (413, BadRequest),
                                               (422, BadRequest), (500, ServerError)])
def test_other_errors_are_not_retried(stub, status, error):
    Scripted.script = [status]
    with QuotesClient(stub, retries=3, backoff=0) as client, pytest.raises(error) as caught:
        client.extract_batch([{"text": "x"}])
    assert Scripted.calls == 1
    assert caught.value.problem["status"] == status


def test_api_key_is_sent_as_bearer():
    client = QuotesClient("http://127.0.0.1:1", api_key="k-123")
    assert client.session.headers["Authorization"] == "Bearer k-123"
    client.close()


def test_unreachable_service_is_a_transport_error():
    with QuotesClient(f"http://127.0.0.1:{free_port()}", retries=0, timeout=1) as client:
        with pytest.raises(TransportError):
            client.extract("text")
        assert client.health() is False


def test_batch_documents_the_service_had_no_time_for_are_sent_again():
    """Real gunicorn with a request deadline of about 2.5 documents' time: each attempt finishes two or
    three of the six documents and answers 503 for the rest, which the client sends again."""
    article = prose(300_000)
    deadline = max(0.05, 2.5 * cpu_seconds(article))
    documents = [{"id": f"d{i}", "text": article} for i in range(6)]
    with running(GUNICORN, env={"QUOTES_BATCH_TIMEOUT": f"{deadline:.2f}"}) as (base, _):
        with QuotesClient(base, retries=0) as once:
            first = once.extract_batch(documents)["results"]
        with QuotesClient(base, retries=10, backoff=0.05) as client:
            answer = client.extract_batch(documents)
    assert 503 in [item["status"] for item in first], "the deadline cut the batch short"
    assert [(item["index"], item["id"], item["status"]) for item in answer["results"]] == [
        (i, f"d{i}", 200) for i in range(6)]
    assert answer["meta"]["chars"] == 6 * len(article)
