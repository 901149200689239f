"""Finding 9: rate limits count cost, not requests: one budget across both endpoints, a batch's
documents each count, and failed API keys are limited per address."""

from __future__ import annotations

import hashlib

import pytest

from service import create_app

KEY = "newsroom-key-1"


def _post(client, path, body, **kwargs):
    return client.post(path, json=body, **kwargs).status_code


def test_a_batch_counts_its_documents_against_the_same_budget():
    client = create_app({"ratelimit": "3/minute"}).test_client()
    singles = [_post(client, "/v1/quotes", {"text": "a"}) for _ in range(3)]
    after = _post(client, "/v1/quotes/batch", {"documents": [{"text": "a"}]})
    assert singles == [200, 200, 200] and after == 429, "one budget for both endpoints"

    client = create_app({"ratelimit": "3/minute"}).test_client()
    hundred = client.post("/v1/quotes/batch", json={"documents": [{"text": "a"}] * 100})
    assert hundred.status_code == 429 and int(hundred.headers["Retry-After"]) > 0
    assert hundred.mimetype == "application/problem+json"

    client = create_app({"ratelimit": "3/minute"}).test_client()
    three = _post(client, "/v1/quotes/batch", {"documents": [{"text": "a"}] * 3})
    assert [three, _post(client, "/v1/quotes", {"text": "a"})] == [200, 429], "three documents spend three"


@pytest.fixture
def keys_file(tmp_path):
    """A keys file that accepts KEY."""
    path = tmp_path / "keys.txt"
    path.write_text(hashlib.sha256(KEY.encode()).hexdigest() + "\n", encoding="utf-8")
    return str(path)


def test_failed_keys_are_limited_per_address(keys_file):
    client = create_app({"api_keys_file": keys_file, "auth_failure_limit": "5/minute"}).test_client()
    wrong = {"Authorization": "Bearer guess"}
    statuses = [_post(client, "/v1/quotes", {"text": "a"}, headers=wrong) for _ in range(7)]
    assert statuses == [401] * 5 + [429] * 2
    limited = client.post("/v1/quotes", json={"text": "a"}, headers=wrong)
    assert int(limited.headers["Retry-After"]) > 0 and limited.mimetype == "application/problem+json"
    elsewhere = _post(client, "/v1/quotes", {"text": "a"}, headers=wrong, environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert elsewhere == 401, "another address has its own count"
    valid = _post(client, "/v1/quotes", {"text": "a"}, headers={"Authorization": f"Bearer {KEY}"})
    assert valid == 200, "a valid key still passes: a newsroom behind one address is not locked out"
