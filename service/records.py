"""One archive record in, one answer out: the API's shape for a document, or a problem, and the flat rows.

The batch command, the Spark job and ``extract --json`` all go through :func:`answer`, so a document gets
the same answer from each of them and from ``POST /v1/quotes``: the API's own schemas dump it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from http import HTTPStatus
from typing import Any

from marshmallow import EXCLUDE, ValidationError

from . import __version__
from .api.schemas import ID_LENGTH, DocumentSchema, QuoteResponseSchema
from .extractor import ExtractionTimeout, ExtractOptions, extract

# The API's problem types (service/api/payload.py and routes.py; a test keeps them equal).
VALIDATION_PROBLEM = "urn:quotes:problem:validation-error"
JSON_PROBLEM = "urn:quotes:problem:malformed-json"
TIMEOUT_PROBLEM = "urn:quotes:problem:extraction-timeout"

# The input fields a document may come in, and whether the extractor reads it as HTML (its reader runs
# inside the document's time budget; offsets index into the HTML as sent).
INPUT_FIELDS = {"text": False, "html": True}

# The columns of the flat table, one row per quote (a document without quotes, or one that failed,
# still gets one row, so every document of the input is in the output).
FLAT_COLUMNS = ("id", "quote_id", "quote", "start", "end", "kind", "group", "speaker", "speaker_id",
                "speaker_type", "co_speakers", "rule", "confidence", "error")


@dataclass(frozen=True, slots=True)
class Job:
    """How every document of a run is read and answered.

    Args:
        options: the extraction options, with the time budget of one document.
        max_chars: longest text accepted (``QUOTES_MAX_CHARS``).
        flat: answer with flat rows rather than the API's shape.
    """

    options: ExtractOptions
    max_chars: int
    flat: bool = False


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A JSON Lines record that could not be parsed, and why (never quoting it)."""

    reason: str


_response_schema = QuoteResponseSchema()  # marshmallow schemas keep no state between calls


def record_id(data: object) -> str | None:
    """The id of an input record, as the answer carries it: a string, an integer written as one, or None."""
    value = data.get("id") if isinstance(data, Mapping) else None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return value if isinstance(value, str) and len(value) <= ID_LENGTH else None


def is_blank(line: bytes | str) -> bool:
    """Whether a JSON Lines line holds nothing but ASCII white space (no document, skipped)."""
    return not line.strip(b" \t\r\n" if isinstance(line, bytes) else " \t\r\n")


def parse_line(line: bytes | str) -> Any:
    """Parse one JSON Lines record; a problem record stands in for a line that is not JSON.

    Returns:
        The parsed value, or an :class:`Unreadable` for a line that is not JSON. Blank lines are no
        documents: readers leave them out (:func:`is_blank`).
    """
    try:
        text = line.decode("utf-8") if isinstance(line, bytes) else line
    except UnicodeDecodeError:
        return Unreadable("The line is not valid UTF-8.")
    text = text.removesuffix("\n").removesuffix("\r")  # as Spark's text reader gives lines: columns count alike
    try:
        return json.loads(text)
    except RecursionError:
        return Unreadable("The JSON is nested too deeply.")
    except ValueError as exc:
        # The decoder's position is safe to echo; its message never quotes the document.
        return Unreadable(f"The line is not valid JSON (column {getattr(exc, 'colno', '?')}).")


def answer(data: object, job: Job) -> dict[str, Any]:
    """Answer one input record: ``{"id", "quotes", "speakers", "meta"}``, or ``{"id", "error"}``.

    Args:
        data: a parsed record, ``{"id"?, "text"}`` or ``{"id"?, "html"}`` (other fields are ignored).
        job: the options and limits of the run.

    Returns:
        The API's answer for the document, or a problem (RFC 9457) saying why there is none.
    """
    if isinstance(data, Unreadable):
        return _problem(None, 400, data.reason, JSON_PROBLEM)
    document_id = record_id(data)
    if not isinstance(data, Mapping):
        return _problem(None, 400, "The record is not a JSON object.", VALIDATION_PROBLEM,
                        {"_schema": ["Expected a JSON object."]})
    fields = [name for name in INPUT_FIELDS if data.get(name) is not None]
    if len(fields) != 1:
        errors = ({"html": ["Give text or html, not both."]} if fields
                  else {"text": ["Missing data for required field."]})
        return _problem(document_id, 400, "The record did not validate.", VALIDATION_PROBLEM, errors)
    raw_id = data.get("id")
    try:
        loaded = _document_schema(job.max_chars).load(
            {"id": document_id if document_id is not None or raw_id is None else raw_id, "text": data[fields[0]]},
            unknown=EXCLUDE)
    except ValidationError as exc:
        messages = exc.normalized_messages()
        if "text" in messages and fields[0] != "text":  # the schema knows the field as text
            messages[fields[0]] = messages.pop("text")
        return _problem(document_id, 400, "The record did not validate.", VALIDATION_PROBLEM, messages)
    return _extract(document_id, loaded["text"], INPUT_FIELDS[fields[0]], job.options)


def flat_rows(record: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The flat table's rows for one answer: one per quote, or one with only the id (and the error).

    Args:
        record: what :func:`answer` returned.

    Returns:
        Rows with the keys of :data:`FLAT_COLUMNS`.
    """
    blank = dict.fromkeys(FLAT_COLUMNS)
    blank["id"] = record["id"]
    if "error" in record:
        return [{**blank, "error": record["error"]["detail"]}]
    rows = []
    for quote in record["quotes"]:
        speaker = quote["speaker"] or {}
        rows.append({**blank, "quote_id": quote["id"], "quote": quote["text"], "start": quote["start"],
                     "end": quote["end"], "kind": quote["kind"], "group": quote["group"],
                     "speaker": speaker.get("name"), "speaker_id": speaker.get("id"),
                     "speaker_type": speaker.get("type"), "co_speakers": [s["name"] for s in quote["co_speakers"]],
                     "rule": quote["rule"], "confidence": quote["confidence"]})
    return rows or [blank]


def starts_document(row: Mapping[str, Any]) -> bool:
    """Whether a flat row is the first of its document (quote ids restart at q1 in every document)."""
    return row.get("quote_id") in (None, "q1")


def _extract(document_id: str | None, source: str, html: bool, options: ExtractOptions) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        extraction = extract(source, options, html=html)
    except ExtractionTimeout:
        return _problem(document_id, 422, f"The document needed more than the {options.timeout} s allowed for "
                        "one document.", TIMEOUT_PROBLEM, title="Extraction timed out")
    except Exception as exc:
        # One document must not stop an archive. Only the class is told: a message may quote the article.
        return _problem(document_id, 500, f"The extractor failed on this document ({type(exc).__name__}).")
    meta = {"version": __version__, "chars": len(source),
            "elapsed_ms": round((time.perf_counter() - started) * 1000, 3)}
    return _response_schema.dump({"id": document_id, "quotes": extraction.quotes,
                                  "speakers": extraction.speakers, "meta": meta})


def _problem(document_id: str | None, status: int, detail: str, type_: str = "about:blank",
             errors: object = None, title: str | None = None) -> dict[str, Any]:
    problem: dict[str, Any] = {"type": type_, "title": title or HTTPStatus(status).phrase, "status": status,
                               "detail": detail}
    if errors is not None:
        problem["errors"] = errors
    return {"id": document_id, "error": problem}


@cache
def _document_schema(max_chars: int) -> DocumentSchema:
    return DocumentSchema(max_chars=max_chars)
