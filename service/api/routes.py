"""The API's views: each loads with a schema, calls the extractor, and dumps with a schema."""

from __future__ import annotations

import time
from functools import cache
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app

from .. import __version__
from ..extractor import ExtractionTimeout, ExtractOptions, extract
from .errors import APIError, problem_body
from .payload import VALIDATION_PROBLEM, json_body, load
from .schemas import Schemas

bp = Blueprint("api", __name__)
OPENAPI_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
TIMEOUT_PROBLEM = "urn:quotes:problem:extraction-timeout"
BATCH_TIME_PROBLEM = "urn:quotes:problem:batch-time-spent"
CANARY = "“We are ready,” coach Lina Novak said."


@bp.post("/v1/quotes")
def quotes() -> dict[str, Any]:
    """Find every quotation in one article and who said it."""
    body = load(_schemas().quote_request, json_body())
    result = _extract(body["text"], body["options"])
    return _schemas().quote_response.dump({"id": body["id"], **result})


@bp.post("/v1/quotes/batch")
def quotes_batch() -> dict[str, Any]:
    """Find the quotations of several articles; a bad document fails alone."""
    config = _config()
    body = load(_schemas().batch_request, json_body())
    started = time.perf_counter()
    deadline = time.monotonic() + config.batch_timeout
    results = [_batch_item(i, document, body["options"], deadline) for i, document in enumerate(body["documents"])]
    meta = {"version": __version__, "chars": sum(r.get("meta", {}).get("chars", 0) for r in results),
            "elapsed_ms": _ms(started)}
    return _schemas().batch_response.dump({"results": results, "meta": meta})


@bp.get("/healthz")
def healthz() -> dict[str, Any]:
    """Tell that the process answers; does no work."""
    return _schemas().status.dump({"status": "ok"})


@bp.get("/readyz")
def readyz() -> dict[str, Any]:
    """Tell that the extractor works, by running it on a canary sentence."""
    found = extract(CANARY, ExtractOptions(timeout=_config().timeout)).quotes
    if not found or found[0].speaker is None or found[0].speaker.name != "Lina Novak":
        raise APIError(503, "The extractor did not answer the canary text correctly.")
    return _schemas().status.dump({"status": "ready"})


@bp.get("/openapi.yaml")
def openapi() -> Response:
    """Serve the API contract."""
    return Response(_contract(), mimetype="application/yaml")


@cache
def _contract() -> bytes:
    return OPENAPI_PATH.read_bytes()


def _config():
    return current_app.config["QUOTES"]


def _schemas() -> Schemas:
    return current_app.extensions["quotes_schemas"]


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)


def _extract(text: str, options: dict[str, Any], seconds: float | None = None) -> dict[str, Any]:
    """Run the extractor with the request's options (the library counts offsets in the unit asked)."""
    started = time.perf_counter()
    budget = _config().timeout if seconds is None else min(seconds, _config().timeout)
    try:
        extraction = extract(text, ExtractOptions(timeout=budget, **options))
    except ExtractionTimeout:
        if budget < _config().timeout:
            raise APIError(503, "The batch ran out of time before this document was done; send it again.",
                           type_=BATCH_TIME_PROBLEM, title="Batch time budget spent") from None
        raise APIError(422, f"The document needed more than the {budget} s allowed for one document.",
                       type_=TIMEOUT_PROBLEM, title="Extraction timed out") from None
    meta = {"version": __version__, "chars": len(text), "elapsed_ms": _ms(started)}
    return {"quotes": extraction.quotes, "speakers": extraction.speakers, "meta": meta}


def _batch_item(index: int, document: Any, options: dict[str, Any], deadline: float) -> dict[str, Any]:
    document_id = document.get("id") if isinstance(document, dict) and isinstance(document.get("id"), str) else None
    try:
        loaded = load(_schemas().document, document)
        left = deadline - time.monotonic()
        if left <= 0:
            raise APIError(503, "The batch ran out of time before this document; send it again.",
                           type_=BATCH_TIME_PROBLEM, title="Batch time budget spent")
        return {"index": index, "id": loaded["id"], "status": 200, **_extract(loaded["text"], options, left)}
    except APIError as error:
        body = problem_body(error.status, error.detail, type_=error.type, title=error.title, errors=error.errors)
        if error.type == VALIDATION_PROBLEM:
            body["detail"] = f"Document {index} did not validate."
        return {"index": index, "id": document_id, "status": error.status, "error": body}
