"""Every endpoint, option and error status, through Flask's test client."""

from __future__ import annotations

import json

import pytest

from service import create_app
from tests.api.contract import contract_errors

PROBLEM = "application/problem+json"
OPTIONS_TEXT = "The 🙂 sign read “Welcome Home” today. “We are back,” said Ida Lund."


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status
    assert response.mimetype == PROBLEM
    body = response.get_json()
    assert contract_errors(body, "Problem") == []
    assert body["status"] == status
    assert body["request_id"] == response.headers["X-Request-ID"]
    return body


def test_quotes_on_the_sample_article(client, sample_text):
    response = client.post("/v1/quotes", json={"text": sample_text, "id": "a-1"})
    assert response.status_code == 200
    body = response.get_json()
    assert contract_errors(body, "QuoteResponse") == []
    assert body["id"] == "a-1"
    assert body["meta"]["chars"] == len(sample_text) and body["meta"]["version"] == "1.0.0"
    speakers = [q["speaker"]["name"] for q in body["quotes"]]
    assert speakers == ["Interior Ministry", "Mohammad Javad Zarif", "Mohammad Javad Zarif", "Mohammad Javad Zarif"]
    for quote in body["quotes"]:
        assert sample_text[quote["start"]:quote["end"]] == quote["text"]


def test_id_is_optional_and_echoed_as_null(client):
    body = client.post("/v1/quotes", json={"text": "“Yes, we can,” said Ida Lund."}).get_json()
    assert body["id"] is None and len(body["quotes"]) == 1


@pytest.mark.parametrize(
    ("options", "check"),
    [
        ({"include_other": True}, lambda b: [q["kind"] for q in b["quotes"]] == ["other", "direct"]),
        ({"include_other": False}, lambda b: [q["kind"] for q in b["quotes"]] == ["direct"]),
        ({"min_confidence": 0.99}, lambda b: b["quotes"] == []),
        ({"min_confidence": 0.5}, lambda b: len(b["quotes"]) == 1),
        ({"offsets": "codepoint"}, lambda b: b["quotes"][0]["start"] == OPTIONS_TEXT.index("We are")),
        ({"offsets": "utf16"}, lambda b: b["quotes"][0]["start"] == OPTIONS_TEXT.index("We are") + 1),
        ({}, lambda b: b["quotes"][0]["start"] == OPTIONS_TEXT.index("We are")),
    ],
    ids=["include-other", "exclude-other", "min-confidence-high", "min-confidence-low", "codepoint", "utf16",
         "defaults"],
)
def test_options(client, options, check):
    body = client.post("/v1/quotes", json={"text": OPTIONS_TEXT, "options": options}).get_json()
    assert check(body), body


def test_utf16_offsets_with_astral_characters(client):
    text = "🎉 “We did it 🚀 again,” said 𝒜lex Kim. “More soon,” Kim added. 😀"
    body = client.post("/v1/quotes", json={"text": text, "options": {"offsets": "utf16"}}).get_json()
    units = text.encode("utf-16-le")

    def js_slice(start: int, end: int) -> str:
        return units[start * 2:end * 2].decode("utf-16-le")

    assert len(body["quotes"]) == 2
    for quote in body["quotes"]:
        assert js_slice(quote["start"], quote["end"]) == quote["text"]
        assert js_slice(quote["speaker"]["mention"]["start"], quote["speaker"]["mention"]["end"]) == \
            quote["speaker"]["mention"]["text"]
        assert js_slice(quote["cue"]["start"], quote["cue"]["end"]) == quote["cue"]["text"]


def test_batch_keeps_order_and_reports_bad_documents_by_index(client):
    documents = [{"id": "ok-1", "text": "“One,” said Ida Lund."}, {"id": "empty", "text": ""}, 42,
                 {"text": "x", "extra": 1}, {"id": "ok-2", "text": "“Two,” said Omar Sy."}]
    response = client.post("/v1/quotes/batch", json={"documents": documents, "options": {"min_confidence": 0.1}})
    assert response.status_code == 200
    body = response.get_json()
    assert contract_errors(body, "BatchResponse") == []
    results = body["results"]
    assert [r["index"] for r in results] == [0, 1, 2, 3, 4]
    assert [r["status"] for r in results] == [200, 400, 400, 400, 200]
    assert [r["id"] for r in results] == ["ok-1", "empty", None, None, "ok-2"]
    assert results[1]["error"]["errors"] == {"text": ["Shorter than minimum length 1."]}
    assert results[3]["error"]["errors"] == {"extra": ["Unknown field."]}
    assert results[4]["quotes"][0]["speaker"]["name"] == "Omar Sy"


def test_batch_limit():
    client = create_app({"max_batch": 2}).test_client()
    documents = [{"text": "a"}] * 3
    body = assert_problem(client.post("/v1/quotes/batch", json={"documents": documents}), 400)
    assert "documents" in body["errors"]
    assert client.post("/v1/quotes/batch", json={"documents": documents[:2]}).status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": None}, "text"),
        ({"text": 12}, "text"),
        ({"text": ""}, "text"),
        ({"text": "a\u0000b"}, "text"),
        ({"text": "\ud800"}, "text"),
        ({"text": "ok", "colour": "red"}, "colour"),
        ({"text": "ok", "options": {"offsets": "bytes"}}, "options"),
        ({"text": "ok", "options": {"min_confidence": 2}}, "options"),
        ({"text": "ok", "options": {"min_confidence": "0.5"}}, "options"),
        ({"text": "ok", "options": {"include_other": "yes"}}, "options"),
        ({"text": "ok", "options": {"include_other": 0}}, "options"),
        ({"text": "ok", "options": {"timeout": 5}}, "options"),
        ({"text": "ok", "id": 5}, "id"),
        ({"documents": []}, "documents"),
    ],
    ids=["missing", "null", "number", "empty", "nul", "lone-surrogate", "unknown-field", "bad-offsets",
         "confidence-range", "confidence-string", "bool-string", "bool-zero", "unknown-option", "id-number",
         "wrong-endpoint"],
)
def test_validation_errors_are_400_with_field_messages(client, body, field):
    payload = json.dumps(body)  # json.dumps escapes lone surrogates, as a client would send them
    response = client.post("/v1/quotes", data=payload, content_type="application/json")
    problem = assert_problem(response, 400)
    assert field in problem["errors"]
    assert problem["type"] == "urn:quotes:problem:validation-error"


def test_text_over_the_character_limit():
    client = create_app({"max_chars": 10}).test_client()
    problem = assert_problem(client.post("/v1/quotes", json={"text": "x" * 11}), 400)
    assert problem["errors"] == {"text": ["Longer than the limit of 10 characters."]}
    assert client.post("/v1/quotes", json={"text": "x" * 10}).status_code == 200


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"{", "not valid JSON"),
        (b'{"text": "a"', "not valid JSON"),
        (b"\xff\xfe", "not valid UTF-8"),
        (b"[" * 50000 + b"]" * 50000, "nested too deeply"),
        (b"[]", "must be a JSON object"),
        (b'"text"', "must be a JSON object"),
    ],
    ids=["truncated", "unclosed", "bad-utf8", "deep-nesting", "array", "string"],
)
def test_malformed_bodies_are_400(client, data, detail):
    problem = assert_problem(client.post("/v1/quotes", data=data, content_type="application/json"), 400)
    assert detail in problem["detail"]


def test_wrong_content_type_is_415(client):
    assert_problem(client.post("/v1/quotes", data="text", content_type="text/plain"), 415)
    assert_problem(client.post("/v1/quotes", data=b'{"text": "a"}'), 415)


def test_body_over_the_limit_is_413_before_parsing():
    client = create_app({"max_body_bytes": 100}).test_client()
    problem = assert_problem(client.post("/v1/quotes", data=b"{" + b" " * 200, content_type="application/json"), 413)
    assert problem["title"] == "Request Entity Too Large"


@pytest.mark.parametrize(("method", "path"), [("get", "/v1/quotes"), ("put", "/v1/quotes/batch"),
                                              ("post", "/healthz"), ("delete", "/readyz")])
def test_wrong_method_is_405_with_allow(client, method, path):
    response = getattr(client, method)(path)
    assert_problem(response, 405)
    assert response.headers["Allow"]


def test_unknown_path_is_404(client):
    assert_problem(client.get("/v2/quotes"), 404)


def test_extraction_timeout_is_422():
    client = create_app({"timeout": 0.001}).test_client()
    problem = assert_problem(client.post("/v1/quotes", json={"text": "“Hi,” said Ida Lund. " * 20000}), 422)
    assert problem["type"] == "urn:quotes:problem:extraction-timeout"


def test_a_slow_batch_stops_in_time_and_says_which_documents_to_resend():
    client = create_app({"batch_timeout": 0.05}).test_client()
    slow = "“Hi there, friends,” said Ida Lund. " * 25000
    documents = [{"id": "fast", "text": "“Hi there, friends,” said Ida Lund."}, {"id": "slow", "text": slow},
                 {"id": "late", "text": "“Hi there, friends,” said Ida Lund."}]
    results = client.post("/v1/quotes/batch", json={"documents": documents}).get_json()["results"]
    assert [r["status"] for r in results] == [200, 503, 503]
    assert results[1]["error"]["type"] == "urn:quotes:problem:batch-time-spent"


def test_unexpected_error_is_500_without_details(app, monkeypatch, caplog):
    def boom(*args, **kwargs):
        raise RuntimeError("secret article text that must not leak")

    monkeypatch.setattr("service.api.routes.extract", boom)
    response = app.test_client().post("/v1/quotes", json={"text": "secret article text"})
    problem = assert_problem(response, 500)
    assert "secret" not in response.get_data(as_text=True)
    assert "secret" not in caplog.text and "RuntimeError" in caplog.text
    assert problem["title"] == "Internal Server Error"


def test_healthz_and_readyz(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}
    assert client.get("/readyz").get_json() == {"status": "ready",
                                                "checks": {"extractor": "ok", "ratelimit_storage": "off"}}


def test_readyz_is_503_when_the_extractor_misbehaves(client, monkeypatch):
    monkeypatch.setattr("service.api.routes.CANARY", "no quotes here")
    assert_problem(client.get("/readyz"), 503)


def test_openapi_is_served(client):
    response = client.get("/openapi.yaml")
    assert response.status_code == 200 and response.mimetype == "application/yaml"
    assert response.get_data(as_text=True).startswith("openapi: 3.1.0")


def test_request_id_is_echoed_or_generated(client):
    assert client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"] == "abc-123"
    generated = client.get("/healthz", headers={"X-Request-ID": "bad id with spaces"}).headers["X-Request-ID"]
    assert len(generated) == 32 and generated.isalnum()


def test_security_headers(client):
    api = client.post("/v1/quotes", json={"text": "a"})
    assert api.headers["X-Content-Type-Options"] == "nosniff"
    assert api.headers["Cache-Control"] == "no-store"
    assert client.get("/healthz").headers["X-Content-Type-Options"] == "nosniff"
