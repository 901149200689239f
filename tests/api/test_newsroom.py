"""Issue 10 through the test client: an article as text or HTML, known speakers, their ids in the answer."""

from __future__ import annotations

import pytest

from service import create_app
from tests.api.contract import contract_errors
from tests.api.test_routes import assert_problem

SAUDI = {"id": "cms-17", "name": "Mohammed bin Salman", "aliases": ["MBS"], "titles": ["crown prince"],
         "type": "person", "gender": "m"}
ROLE_ONLY = "Oil prices rose on Monday. “We will invest,” the crown prince said."


@pytest.mark.parametrize(("body", "field"), [
    ({}, "text"),
    ({"id": "a"}, "text"),
    ({"text": "“Yes,” said Ida Lund.", "html": "<p>“Yes,” said Ida Lund.</p>"}, "html"),
    ({"html": ""}, "html"),
    ({"html": None}, "html"),
    ({"html": "<p>a\u0000b</p>"}, "html"),
], ids=["neither", "id-only", "both", "empty-html", "null-html", "nul-in-html"])
def test_an_article_is_exactly_one_of_text_or_html(client, body, field):
    problem = assert_problem(client.post("/v1/quotes", json=body), 400)
    assert field in problem["errors"], problem


def test_html_in_offsets_into_the_html_as_sent(client):
    html = '<p>&ldquo;We will win,&rdquo; <a href="/people/1">Maria Lopez</a> <em>said</em>.</p>'
    body = client.post("/v1/quotes", json={"html": html, "id": "h1"}).get_json()
    assert contract_errors(body, "QuoteResponse") == []
    [quote] = body["quotes"]
    assert html[quote["start"]:quote["end"]] == quote["text"] == "We will win,"
    mention = quote["speaker"]["mention"]
    assert html[mention["start"]:mention["end"]] == "Maria Lopez"
    assert body["meta"]["chars"] == len(html)


def test_html_offsets_in_utf16_count_the_html_as_javascript_does(client):
    html = "<p>🙂 &ldquo;We will win,&rdquo; said Maria Lopez.</p>"
    body = client.post("/v1/quotes", json={"html": html, "options": {"offsets": "utf16"}}).get_json()
    [quote] = body["quotes"]
    units = html.encode("utf-16-le")
    assert units[2 * quote["start"]:2 * quote["end"]].decode("utf-16-le") == "We will win,"


def test_the_size_limit_counts_the_html_as_sent():
    client = create_app({"max_chars": 60}).test_client()
    text = "“We will win,” said Maria Lopez."  # 32 characters; 83 with its markup
    html = f'<p>{text.replace("“", "&ldquo;").replace("”", "&rdquo;")}</p><p><b></b><i></i><s></s></p>'
    assert client.post("/v1/quotes", json={"text": text}).status_code == 200
    problem = assert_problem(client.post("/v1/quotes", json={"html": html}), 400)
    assert problem["errors"] == {"html": ["Longer than the limit of 60 characters."]}


def test_a_batch_takes_text_and_html_documents_and_a_bad_one_fails_alone(client):
    documents = [{"id": "t", "text": "“Yes,” said Ida Lund."},
                 {"id": "h", "html": "<p>&ldquo;No,&rdquo; said Omar Sy.</p>"},
                 {"id": "both", "text": "x", "html": "<p>x</p>"}]
    body = client.post("/v1/quotes/batch", json={"documents": documents}).get_json()
    assert [r["status"] for r in body["results"]] == [200, 200, 400]
    assert [r["quotes"][0]["speaker"]["name"] for r in body["results"][:2]] == ["Ida Lund", "Omar Sy"]
    assert body["results"][2]["error"]["errors"] == {"html": ["Send the article as text or as html, not both."]}


def test_batch_characters_count_the_html_as_sent():
    client = create_app({"max_chars": 60, "max_batch_chars": 100}).test_client()
    html = "<p>" + "<b></b>" * 7 + "“Yes,” said Ida Lund.</p>"  # 77 characters as sent, 21 as text
    response = client.post("/v1/quotes/batch", json={"documents": [{"html": html}, {"html": html}]})
    assert_problem(response, 413)


def test_known_speakers_tie_a_role_only_the_cms_knows_to_a_name_and_keep_its_id(client):
    plain = client.post("/v1/quotes", json={"text": ROLE_ONLY}).get_json()
    seeded = client.post("/v1/quotes", json={"text": ROLE_ONLY, "options": {"speakers": [SAUDI]}}).get_json()
    assert (plain["quotes"][0]["speaker"]["name"], plain["quotes"][0]["speaker"]["type"]) == ("crown prince", "unknown")
    assert plain["speakers"][0]["known_id"] is None
    assert (seeded["quotes"][0]["speaker"]["name"], seeded["quotes"][0]["speaker"]["type"]) == (
        "Mohammed bin Salman", "person")
    assert [(s["name"], s["known_id"]) for s in seeded["speakers"]] == [("Mohammed bin Salman", "cms-17")]


def test_known_speakers_are_found_by_alias_and_one_never_mentioned_is_not_returned(client):
    lopez = {"id": "cms-3", "name": "Maria Lopez"}
    body = client.post("/v1/quotes", json={"text": "“We will invest,” MBS said.",
                                           "options": {"speakers": [SAUDI, lopez]}}).get_json()
    assert [(s["name"], s["known_id"]) for s in body["speakers"]] == [("Mohammed bin Salman", "cms-17")]


def test_only_id_and_name_are_needed(client):
    body = client.post("/v1/quotes", json={"text": "“We won,” Lopez said.",
                                           "options": {"speakers": [{"id": "7", "name": "Maria Lopez"}]}}).get_json()
    assert [(s["name"], s["known_id"]) for s in body["speakers"]] == [("Maria Lopez", "7")]


@pytest.mark.parametrize("speakers", [
    [{"name": "Ann Lee"}],
    [{"id": "1"}],
    [{"id": "1", "name": "  "}],
    [{"id": " ", "name": "Ann Lee"}],
    [{"id": "1", "name": "Ann Lee", "type": "anonymous"}],
    [{"id": "1", "name": "Ann Lee", "gender": "x"}],
    [{"id": "1", "name": "Ann Lee", "aliases": ["A"] * 21}],
    [{"id": "1", "name": "Ann Lee", "titles": [""]}],
    [{"id": "1", "name": "Ann Lee", "aliases": "Annie"}],
    [{"id": "1", "name": "x" * 201}],
    [{"id": "1", "name": "Ann\u0000Lee"}],
    [{"id": "1", "name": "Ann Lee", "email": "ann@example.org"}],
    [{"id": "1", "name": "\x1c"}],
    [{"id": str(i), "name": f"Ann Lee {i}"} for i in range(201)],
    {"id": "1", "name": "Ann Lee"},
], ids=["no-id", "no-name", "blank-name", "blank-id", "bad-type", "bad-gender", "too-many-aliases", "empty-title",
        "aliases-not-a-list", "long-name", "nul", "unknown-field", "separator-only-name", "201-speakers", "not-a-list"])
def test_bad_known_speakers_are_400_naming_the_field(client, speakers):
    problem = assert_problem(client.post("/v1/quotes", json={"text": "x", "options": {"speakers": speakers}}), 400)
    assert "speakers" in problem["errors"]["options"], problem


def test_the_most_known_speakers_allowed_are_answered_within_the_budget(client, sample_text):
    speakers = [{"id": str(i), "name": f"Person{i} Surname{i}", "aliases": [f"Alias{i}x{j}" for j in range(20)],
                 "titles": [f"deputy minister {i} {j}" for j in range(20)]} for i in range(200)]
    response = client.post("/v1/quotes", json={"text": sample_text, "options": {"speakers": speakers}})
    assert response.status_code == 200
    assert [q["speaker"]["name"] for q in response.get_json()["quotes"]][1:] == ["Mohammad Javad Zarif"] * 3
