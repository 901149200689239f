"""openapi.yaml is the contract: valid, and in agreement with the schemas, the URL map and reality."""

from __future__ import annotations

import importlib.util

import pytest
import yaml
from marshmallow import fields
from openapi_spec_validator import validate

from service.api import schemas
from tests.api.contract import contract_errors
from tests.conftest import ROOT

SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
COMPONENTS = SPEC["components"]["schemas"]

REQUESTS = {"Options", "KnownSpeaker", "QuoteRequest", "Document", "BatchRequest"}
# The pages for people (service/pages.py) and their files: served by the app, not part of the API.
PAGES = {"pages.index", "pages.docs", "static"}
# Each component and the marshmallow schema it mirrors.
MIRRORS = [
    ("Options", schemas.OptionsSchema()),
    ("KnownSpeaker", schemas.KnownSpeakerSchema()),
    ("QuoteRequest", schemas.QuoteRequestSchema(max_chars=1)),
    ("Document", schemas.DocumentSchema(max_chars=1)),
    ("BatchRequest", schemas.BatchRequestSchema(max_batch=1)),
    ("Span", schemas.SpanSchema()),
    ("SpeakerRef", schemas.SpeakerRefSchema()),
    ("Quote", schemas.QuoteSchema()),
    ("Speaker", schemas.SpeakerSchema()),
    ("Meta", schemas.MetaSchema()),
    ("QuoteResponse", schemas.QuoteResponseSchema()),
    ("BatchItem", schemas.BatchItemSchema()),
    ("Status", schemas.StatusSchema()),
]


def test_spec_is_valid_openapi_3_1():
    validate(SPEC)
    assert SPEC["openapi"].startswith("3.1")


def test_paths_and_methods_match_the_url_map(app):
    routes = {(rule.rule, method.lower()) for rule in app.url_map.iter_rules() if rule.endpoint not in PAGES
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    documented = {(path, method) for path, item in SPEC["paths"].items() for method in item}
    assert routes == documented


@pytest.mark.parametrize(("name", "schema"), MIRRORS, ids=[m[0] for m in MIRRORS])
def test_component_mirrors_marshmallow_schema(name, schema):
    component = COMPONENTS[name]
    assert set(component["properties"]) == set(schema.fields), "same fields"
    required = {key for key, field in schema.fields.items() if field.required}
    assert set(component.get("required", [])) == required, "same required fields"
    if name in REQUESTS:
        assert schema.opts.unknown == "raise"
        assert component["additionalProperties"] is False, "unknown fields rejected alike"
    for key, field in schema.fields.items():
        prop = component["properties"][key]
        if isinstance(field, fields.String) and "type" in prop:
            assert "string" in (prop["type"] if isinstance(prop["type"], list) else [prop["type"]]), key
        if isinstance(field, fields.List):
            assert prop["type"] == "array", key


def test_an_article_is_text_or_html_exactly_one_of_them():
    for name in ("QuoteRequest", "Document"):
        assert COMPONENTS[name]["oneOf"] == [{"required": ["text"]}, {"required": ["html"]}], name
        assert COMPONENTS[name]["properties"]["text"] == COMPONENTS[name]["properties"]["html"], name
    assert COMPONENTS["BatchRequest"]["properties"]["documents"]["items"] == {"$ref": "#/components/schemas/Document"}


def test_known_speaker_limits_agree_with_the_schemas_and_the_extractor():
    from service.extractor.model import MAX_KNOWN_SPEAKERS

    known = COMPONENTS["KnownSpeaker"]["properties"]
    assert COMPONENTS["Options"]["properties"]["speakers"]["maxItems"] == MAX_KNOWN_SPEAKERS
    assert known["aliases"]["maxItems"] == known["titles"]["maxItems"] == schemas.MAX_ALIASES
    assert COMPONENTS["Name"]["maxLength"] == schemas.NAME_LENGTH and known["id"]["maxLength"] == schemas.ID_LENGTH
    assert known["type"]["enum"] == list(schemas.KNOWN_TYPES)
    assert known["gender"]["enum"] == [*schemas.GENDERS, None]


def test_every_operation_is_described():
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            assert operation["summary"] and operation["description"] and operation["operationId"], (path, method)
    assert SPEC["info"]["license"]["identifier"] and SPEC["info"]["contact"]["name"]


def test_every_operation_documents_its_errors():
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            codes = set(operation["responses"])
            assert {"405", "500"} <= codes, (path, method)
            if method == "post":
                assert {"400", "401", "413", "415", "429"} <= codes, (path, method)
            if path in ("/healthz", "/readyz", "/openapi.yaml"):  # /metrics follows QUOTES_METRICS
                assert operation["security"] == [], "probes and the contract stay open"


def test_error_responses_are_problem_json():
    for name, response in SPEC["components"]["responses"].items():
        assert list(response["content"]) == ["application/problem+json"], name


def test_option_defaults_agree_with_the_extractor():
    from service.extractor import ExtractOptions

    defaults = ExtractOptions()
    props = COMPONENTS["Options"]["properties"]
    assert props["include_other"]["default"] is defaults.include_other
    assert props["min_confidence"]["default"] == defaults.min_confidence
    assert props["offsets"]["default"] == defaults.offsets
    assert props["speakers"]["default"] == list(defaults.speakers)


def test_html_example_is_real(client):
    example = SPEC["components"]["examples"]["HtmlRequest"]["value"]
    body = client.post("/v1/quotes", json=example).get_json()
    [quote] = body["quotes"]
    assert (quote["speaker"]["name"], body["speakers"][0]["known_id"]) == ("Mohammed bin Salman", "cms-17")
    assert example["html"][quote["start"]:quote["end"]] == quote["text"] == "We will invest,"


def test_sample_example_is_the_real_response(client):
    spec = importlib.util.spec_from_file_location("sync", ROOT / "scripts" / "sync_openapi_example.py")
    sync = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sync)
    request, response = sync.sample_exchange()
    examples = SPEC["components"]["examples"]
    assert examples["SampleRequest"]["value"] == request
    assert examples["SampleResponse"]["value"] == response, "run: make openapi-example"
    assert schemas.QuoteRequestSchema(max_chars=10**6).validate(request) == {}
    assert contract_errors(response, "QuoteResponse") == []


def test_names_must_show_something_as_python_and_the_contract_both_count_white_space():
    pattern = COMPONENTS["Name"]["pattern"]
    assert COMPONENTS["KnownSpeaker"]["properties"]["id"]["pattern"] == pattern
    # No NUL anywhere, and one character that is neither NUL nor white space (the schemas' RE_VISIBLE).
    assert pattern == "^[^\\u0000]*" + schemas.RE_VISIBLE.pattern.replace("[^", "[^\\u0000", 1) + "[^\\u0000]*$"
    spaces = [chr(code) for code in range(0x110000) if chr(code).isspace()] + ["\ufeff"]
    assert spaces and not any(schemas.RE_VISIBLE.search(space) for space in spaces)


def test_the_contract_check_names_what_an_answer_breaks(client):
    body = client.post("/v1/quotes", json={"text": "“One,” said Ida Lund."}).get_json()
    assert contract_errors(body, "QuoteResponse") == []
    del body["meta"]
    body["quotes"][0]["start"] = "0"
    assert sorted(contract_errors(body, "QuoteResponse")) == [
        "(top): 'meta' is a required property", "quotes/0/start: '0' is not of type 'integer'"]
