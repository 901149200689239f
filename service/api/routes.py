"""The API's views: each loads with a schema, calls the extractor, and dumps with a schema."""

from __future__ import annotations

import time
from functools import cache
from importlib import resources
from typing import Any

from flask import Blueprint, Response, current_app, g
from werkzeug.exceptions import NotFound

from .. import __version__
from ..extractor import ExtractionTimeout, ExtractOptions, extract
from ..extractor.model import DeadlineExceeded
from ..metrics import Metrics
from .access import charge, storage_status
from .capacity import extraction, overloaded
from .errors import APIError, problem_body
from .payload import VALIDATION_PROBLEM, json_body, load
from .schemas import ID_LENGTH, Schemas

bp = Blueprint("api", __name__)
# The contract ships inside the package (pyproject.toml's package-data), so an installed service serves it
# too; the top-level openapi.yaml is a symlink to it, for the linters and people.
OPENAPI = resources.files("service") / "openapi.yaml"
TIMEOUT_PROBLEM = "urn:quotes:problem:extraction-timeout"
BATCH_TIME_PROBLEM = "urn:quotes:problem:batch-time-spent"
DRAINING_PROBLEM = "urn:quotes:problem:draining"
CANARY = "“We are ready,” coach Lina Novak said."


@bp.post("/v1/quotes")
@extraction
def quotes() -> dict[str, Any]:
    """Find every quotation in one article and who said it."""
    body = load(_schemas().quote_request, json_body())
    result = _extract(body, body["options"])
    return _schemas().quote_response.dump({"id": body["id"], **result})


@bp.post("/v1/quotes/batch")
@extraction
def quotes_batch() -> Response:
    """Find the quotations of several articles; a bad document fails alone."""
    body = load(_schemas().batch_request, json_body())
    _check_batch_chars(body["documents"])
    charge(len(body["documents"]) - 1)  # the request itself was counted once already
    return _batch_answer(body["documents"], body["options"])


@bp.get("/healthz")
def healthz() -> dict[str, Any]:
    """Tell that the process answers; does no work."""
    return _schemas().status.dump({"status": "ok"})


@bp.get("/readyz")
def readyz() -> dict[str, Any]:
    """Tell whether to send traffic here: not draining, and the extractor answers a canary sentence."""
    if current_app.extensions["quotes_lifecycle"].draining:
        raise APIError(503, "This replica is shutting down; send requests to another one.",
                       type_=DRAINING_PROBLEM, title="Draining")
    found = extract(CANARY, ExtractOptions(timeout=_config().timeout)).quotes
    if not found or found[0].speaker is None or found[0].speaker.name != "Lina Novak":
        raise APIError(503, "The extractor did not answer the canary text correctly.")
    checks = {"extractor": "ok", "ratelimit_storage": storage_status()}
    return _schemas().status.dump({"status": "ready", "checks": checks})


@bp.get("/openapi.yaml")
def openapi() -> Response:
    """Serve the API contract."""
    return Response(_contract(), mimetype="application/yaml")


@bp.get("/metrics")
def metrics() -> Response:
    """Serve the service's metrics, added up over every worker, in the Prometheus text format."""
    if _config().metrics == "off":
        raise NotFound()
    return _metrics().exposition()


@cache
def _contract() -> bytes:
    return OPENAPI.read_bytes()


def _config():
    return current_app.config["QUOTES"]


def _schemas() -> Schemas:
    return current_app.extensions["quotes_schemas"]


def _metrics() -> Metrics:
    return current_app.extensions["quotes_metrics"]


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)


def _extract(document: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    """Run the extractor on a loaded document's ``text`` or ``html`` with the request's options (the
    library reads the HTML, and counts offsets into the source as sent, in the unit asked)."""
    started = time.perf_counter()
    budget = _config().timeout
    kind = "html" if "html" in document else "text"
    source = document[kind]
    try:
        with _metrics().extracting(kind, len(source)) as found:
            extraction = extract(source, ExtractOptions(timeout=budget, **options), html=kind == "html")
            found.append(len(extraction.quotes))
    except DeadlineExceeded:  # the request's wall-clock deadline passed: load, not the document
        _metrics().timed_out("deadline")
        raise overloaded(f"The server was too busy to finish within {_config().batch_timeout:g} s; "
                         "send it again.") from None
    except ExtractionTimeout:
        _metrics().timed_out("cpu")
        raise APIError(422, f"The document needed more than the {budget} s of CPU time allowed for one document.",
                       type_=TIMEOUT_PROBLEM, title="Extraction timed out") from None
    meta = {"version": __version__, "chars": len(source), "elapsed_ms": _ms(started)}
    return {"quotes": extraction.quotes, "speakers": extraction.speakers, "meta": meta}


def _check_batch_chars(documents: list[Any]) -> None:
    """Refuse a batch whose documents hold more than QUOTES_MAX_BATCH_CHARS characters in all (HTML as sent)."""
    limit = _config().max_batch_chars
    chars = sum(len(value) for d in documents if isinstance(d, dict)
                for value in (d.get("text"), d.get("html")) if isinstance(value, str))
    if chars > limit:
        raise APIError(413, f"The batch's documents hold {chars} characters, more than the limit of {limit}; "
                            "send them in smaller batches.")


def _batch_answer(documents: list[Any], options: dict[str, Any]) -> Response:
    """Extract the documents one by one, building each one's answer right away: the answer's building
    counts against the request's deadline, a document's objects are freed before the next one starts,
    and the pieces are sent as they are (never joined into one more copy)."""
    started = time.perf_counter()
    schema = _schemas().batch_item
    pieces, chars = [b'{"results":['], 0
    for index, document in enumerate(documents):
        item = _batch_item(index, document, options)
        chars += item.get("meta", {}).get("chars", 0)
        pieces += [b"," if index else b"", _json(schema.dump(item))]
    meta = {"version": __version__, "chars": chars, "elapsed_ms": _ms(started)}
    pieces += [b'],"meta":', _json(_schemas().meta.dump(meta)), b"}"]
    return Response(pieces, mimetype="application/json")


def _json(value: Any) -> bytes:
    return current_app.json.dumps(value, separators=(",", ":")).encode("utf-8")


def _batch_item(index: int, document: Any, options: dict[str, Any]) -> dict[str, Any]:
    document_id = document.get("id") if isinstance(document, dict) else None
    if not isinstance(document_id, str) or len(document_id) > ID_LENGTH:
        document_id = None  # an id is echoed only when it is valid: errors never grow with the input
    try:
        loaded = load(_schemas().document, document)
        if time.monotonic() >= g.deadline:
            raise APIError(503, "The batch ran out of time before this document; send it again.",
                           type_=BATCH_TIME_PROBLEM, title="Batch time budget spent")
        return {"index": index, "id": loaded["id"], "status": 200, **_extract(loaded, options)}
    except APIError as error:
        type_, title = error.type, error.title
        if error.status == 503:
            type_, title = BATCH_TIME_PROBLEM, "Batch time budget spent"
        body = problem_body(error.status, error.detail, type_=type_, title=title, errors=error.errors)
        if error.type == VALIDATION_PROBLEM:
            body["detail"] = f"Document {index} did not validate."
        return {"index": index, "id": document_id, "status": error.status, "error": body}
