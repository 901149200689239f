"""Finding 8: an error body never grows with what the client sent."""

from __future__ import annotations

import json

import pytest
import requests

from tests.e2e import GUNICORN, running

CAP = 4096  # bytes: every error body below stays under this, whatever the size of the input
CASES = {
    "10,000 unknown option keys": ("/v1/quotes", {"text": "a", "options": {f"key{i}": i for i in range(10_000)}}),
    "a 1 MB unknown field name": ("/v1/quotes", {"text": "a", "x" * 1_000_000: 1}),
    "a 1 MB id": ("/v1/quotes", {"text": "a", "id": "i" * 1_000_000}),
    "a batch item with a 1 MB id": ("/v1/quotes/batch", {"documents": [{"text": "a", "id": "i" * 1_000_000}]}),
    "a batch item with 10,000 unknown keys": ("/v1/quotes/batch",
                                              {"documents": [{"text": "a", **{f"k{i}": 1 for i in range(10_000)}}]}),
    "an option of 1 MB": ("/v1/quotes", {"text": "a", "options": {"offsets": "u" * 1_000_000}}),
    "100 bad documents": ("/v1/quotes/batch", {"documents": [{"text": 1, "id": "i" * 300}] * 100}),
}


@pytest.fixture(scope="module")
def base():
    """gunicorn, as deployed."""
    with running(GUNICORN) as (url, _):
        yield url


@pytest.mark.parametrize("name", CASES)
def test_error_bodies_are_bounded(base, name):
    path, body = CASES[name]
    response = requests.post(base + path, data=json.dumps(body), headers={"Content-Type": "application/json"},
                             timeout=30)
    assert response.status_code in (200, 400)
    limit = CAP if response.status_code == 400 else CAP * len(body["documents"])
    assert len(response.content) < limit, f"{len(response.content)} bytes"
    assert "i" * 300 not in response.text and "x" * 100 not in response.text and "u" * 300 not in response.text
