"""Access control: API keys, CORS for browser plugins, rate limits (in memory and in Redis)."""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import time

import pytest

from service import create_app
from service.config import ConfigError
from tests.e2e import free_port

KEY = "newsroom-key-1"


@pytest.fixture
def keys_file(tmp_path):
    """A keys file that accepts KEY (and one other key)."""
    path = tmp_path / "keys.txt"
    path.write_text(f"# desk scripts\n{hashlib.sha256(KEY.encode()).hexdigest()}\n"
                    f"{hashlib.sha256(b'other').hexdigest()}  # archive job\n", encoding="utf-8")
    return str(path)


def test_keys_are_off_by_default(client):
    assert client.post("/v1/quotes", json={"text": "a"}).status_code == 200


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic bmV3c3Jvb20=", f"Token {KEY}", "Bearer "],
                         ids=["missing", "wrong-key", "basic", "wrong-scheme", "empty"])
def test_without_a_valid_key_is_401(keys_file, header):
    client = create_app({"api_keys_file": keys_file}).test_client()
    headers = {"Authorization": header} if header else {}
    response = client.post("/v1/quotes", json={"text": "a"}, headers=headers)
    assert response.status_code == 401 and response.mimetype == "application/problem+json"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_valid_key_passes(keys_file):
    client = create_app({"api_keys_file": keys_file}).test_client()
    for key in (KEY, "other"):
        response = client.post("/v1/quotes/batch", json={"documents": [{"text": "a"}]},
                               headers={"Authorization": f"Bearer {key}"})
        assert response.status_code == 200


def test_probes_and_contract_stay_open(keys_file):
    client = create_app({"api_keys_file": keys_file}).test_client()
    assert [client.get(path).status_code for path in ("/healthz", "/readyz", "/openapi.yaml")] == [200, 200, 200]


@pytest.mark.parametrize("content", ["", "not-a-digest\n", "abc123\n"], ids=["empty", "text", "short"])
def test_a_bad_keys_file_is_refused_at_start(tmp_path, content):
    path = tmp_path / "keys.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError):
        create_app({"api_keys_file": str(path)})
    with pytest.raises(ConfigError):
        create_app({"api_keys_file": str(tmp_path / "missing.txt")})


def test_cors_preflight_and_response(keys_file):
    client = create_app({"cors_origins": "https://cms.example, https://desk.example",
                         "api_keys_file": keys_file}).test_client()
    preflight = client.options("/v1/quotes", headers={
        "Origin": "https://cms.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Authorization, Content-Type"})
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == "https://cms.example"
    assert "Authorization" in preflight.headers["Access-Control-Allow-Headers"]
    response = client.post("/v1/quotes", json={"text": "a"},
                           headers={"Origin": "https://desk.example", "Authorization": f"Bearer {KEY}"})
    assert response.headers["Access-Control-Allow-Origin"] == "https://desk.example"
    assert "X-Request-ID" in response.headers["Access-Control-Expose-Headers"]


def test_cors_refuses_other_origins():
    client = create_app({"cors_origins": "https://cms.example"}).test_client()
    response = client.options("/v1/quotes", headers={"Origin": "https://evil.example",
                                                     "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in response.headers
    assert "Access-Control-Allow-Origin" not in create_app({}).test_client().post(
        "/v1/quotes", json={"text": "a"}, headers={"Origin": "https://cms.example"}).headers


def test_rate_limit_per_key(keys_file):
    client = create_app({"ratelimit": "3/minute", "api_keys_file": keys_file}).test_client()
    mine = {"Authorization": f"Bearer {KEY}"}
    statuses = [client.post("/v1/quotes", json={"text": "a"}, headers=mine).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    other = client.post("/v1/quotes", json={"text": "a"}, headers={"Authorization": "Bearer other"})
    assert other.status_code == 200, "another key has its own budget"
    limited = client.post("/v1/quotes", json={"text": "a"}, headers=mine)
    assert limited.mimetype == "application/problem+json" and int(limited.headers["Retry-After"]) > 0
    assert "Retry-After" in limited.get_json()["detail"]
    assert client.get("/healthz").status_code == 200, "probes are never limited"


def test_rate_limit_per_address_without_keys():
    client = create_app({"ratelimit": "2/minute"}).test_client()
    statuses = [client.post("/v1/quotes", json={"text": "a"}).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    elsewhere = client.post("/v1/quotes", json={"text": "a"}, environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert elsewhere.status_code == 200


@pytest.mark.parametrize("proxies", [0, 1])
def test_the_forwarded_address_counts_only_behind_trusted_proxies(proxies):
    client = create_app({"ratelimit": "2/minute", "forwarded_proxies": proxies}).test_client()
    ingress = {"REMOTE_ADDR": "10.0.0.1"}

    def from_client(address):
        return client.post("/v1/quotes", json={"text": "a"}, environ_base=ingress,
                           headers={"X-Forwarded-For": address}).status_code

    assert [from_client("203.0.113.7") for _ in range(3)] == [200, 200, 429]
    # Trusted, the header names another client with its own budget; untrusted, it is a forgery that
    # must not buy a fresh budget, and the ingress address is still the one counted.
    assert from_client("198.51.100.4") == (200 if proxies else 429)


@pytest.fixture(scope="module")
def redis_url():
    """A real Redis server on a free port, started for these tests."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail("redis-server is not installed (apt-get install redis-server); .ci/run installs it")
    port = free_port()
    process = subprocess.Popen([server, "--port", str(port), "--save", "", "--appendonly", "no"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def test_a_storage_unreachable_at_start_is_a_warning_and_limits_count_in_memory(caplog):
    uri = f"redis://:secret@127.0.0.1:{free_port()}"
    with caplog.at_level(logging.WARNING, logger="service"):
        client = create_app({"ratelimit": "2/minute", "ratelimit_storage_uri": uri}).test_client()
    (warning,) = [record for record in caplog.records if record.name.startswith("service")]
    assert warning.levelname == "WARNING" and "unreachable at start" in warning.getMessage()
    assert "secret" not in warning.getMessage() and warning.exc_info is None
    assert [client.post("/v1/quotes", json={"text": "a"}).status_code for _ in range(3)] == [200, 200, 429]
    assert client.get("/readyz").get_json()["checks"]["ratelimit_storage"] == "unreachable"


def test_replicas_share_limits_through_redis(redis_url):
    settings = {"ratelimit": "3/minute", "ratelimit_storage_uri": redis_url}
    replica_a, replica_b = create_app(settings).test_client(), create_app(settings).test_client()
    statuses = [replica.post("/v1/quotes", json={"text": "a"}).status_code
                for replica in (replica_a, replica_b, replica_a, replica_b)]
    assert statuses == [200, 200, 200, 429]
