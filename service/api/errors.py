"""Every error the API returns, as RFC 9457 problem details (application/problem+json), made here: the
app's own, werkzeug's, and the ones gunicorn sends before a request reaches the app."""

from __future__ import annotations

import json as std_json
import logging
from http import HTTPStatus

from flask import Flask, Response, g, json
from werkzeug.exceptions import HTTPException, InternalServerError

PROBLEM_MIMETYPE = "application/problem+json"
OVERLOAD_PROBLEM = "urn:quotes:problem:overloaded"
# An error body never grows with what the client sent: at most this many field names per level, each
# cut to NAME_CHARS, and messages cut to MESSAGE_CHARS (10,000 unknown keys gave a 289 KB error).
MAX_FIELDS = 10
NAME_CHARS = 64
MESSAGE_CHARS = 200
# Statuses whose answer tells the client when to come back; no other answer carries Retry-After.
RETRY_STATUSES = frozenset({429, 503})
log = logging.getLogger("service.api")


class APIError(Exception):
    """An error a view raises on purpose; the handler turns it into problem details."""

    def __init__(self, status: int, detail: str, *, type_: str = "about:blank", title: str | None = None,
                 errors: object = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.type = type_
        self.title = title
        self.errors = errors
        self.headers = headers or {}


def bounded(errors: object) -> object:
    """Per-field messages cut to a size that does not depend on the input: the first MAX_FIELDS names of
    each level (each at most NAME_CHARS), the first MAX_FIELDS messages of each field, and a count of
    the rest under ``_more``."""
    if isinstance(errors, dict):
        items = list(errors.items())
        kept: dict[str, object] = {_cut(str(key), NAME_CHARS): bounded(value)
                                   for key, value in items[:MAX_FIELDS]}
        if len(items) > MAX_FIELDS:
            kept["_more"] = [f"{len(items) - MAX_FIELDS} more fields not shown."]
        return kept
    if isinstance(errors, (list, tuple)):
        shown = [bounded(item) for item in errors[:MAX_FIELDS]]
        if len(errors) > MAX_FIELDS:
            shown.append(f"{len(errors) - MAX_FIELDS} more messages not shown.")
        return shown
    return _cut(str(errors), MESSAGE_CHARS)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def problem_document(status: int, detail: str, *, type_: str = "about:blank", title: str | None = None,
                     errors: object = None, request_id: str | None = None) -> dict[str, object]:
    """The problem-details object: the one shape of every error, whoever sends it."""
    body: dict[str, object] = {"type": type_, "title": title or _title(status), "status": status, "detail": detail}
    if errors is not None:
        body["errors"] = bounded(errors)
    if request_id:
        body["request_id"] = request_id
    return body


def problem_body(status: int, detail: str, *, type_: str = "about:blank", title: str | None = None,
                 errors: object = None) -> dict[str, object]:
    """The problem-details object of the current request, for a response or one failed document of a batch."""
    return problem_document(status, detail, type_=type_, title=title, errors=errors,
                            request_id=g.get("request_id") if g else None)


def problem(status: int, detail: str, *, type_: str = "about:blank", title: str | None = None,
            errors: object = None, headers: dict[str, str] | None = None) -> Response:
    """Build an ``application/problem+json`` response.

    Args:
        status: the HTTP status.
        detail: a sentence for the client on what went wrong (never exception text or article text).
        type_: a URI naming the kind of problem; ``about:blank`` for plain HTTP errors.
        title: a short summary; the status phrase when ``None``.
        errors: per-field messages, for validation errors (bounded in size).
        headers: extra response headers (``Allow``, ``Retry-After``).

    Returns:
        The response.
    """
    body = problem_body(status, detail, type_=type_, title=title, errors=errors)
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_MIMETYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def raw_problem(status: int, detail: str, request_id: str) -> bytes:
    """A whole HTTP/1.1 error response, for gunicorn to write when a request never reached the app."""
    body = std_json.dumps(problem_document(status, detail, request_id=request_id)).encode("utf-8")
    head = (f"HTTP/1.1 {status} {_title(status)}\r\nConnection: close\r\nContent-Type: {PROBLEM_MIMETYPE}\r\n"
            f"Content-Length: {len(body)}\r\nX-Request-ID: {request_id}\r\nX-Content-Type-Options: nosniff\r\n\r\n")
    return head.encode("latin-1") + body


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _http_error(error: HTTPException) -> Response:
    headers = {k: v for k, v in error.get_headers() if k.lower() in ("allow", "retry-after", "www-authenticate")}
    status = error.code or 500
    if status >= 500:
        return _internal_error(error)
    detail = error.description or _title(status)
    if status == 429:
        detail = f"Too many requests: the limit is {detail}. Retry after the seconds given in Retry-After."
    return problem(status, detail, headers=headers)


def _api_error(error: APIError) -> Response:
    return problem(error.status, error.detail, type_=error.type, title=error.title, errors=error.errors,
                   headers=error.headers)


def _internal_error(error: Exception) -> Response:
    # Only the class name is logged: messages and tracebacks may quote the article.
    original = getattr(error, "original_exception", None) or error
    log.error("unhandled %s on request %s", type(original).__name__, g.get("request_id", "-"))
    return problem(500, "The server could not process this request. It has been logged; try again later.")


def register_error_handlers(app: Flask) -> None:
    """Send every error, werkzeug's and ours, as problem details."""
    app.register_error_handler(APIError, _api_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(InternalServerError, _internal_error)
    app.register_error_handler(Exception, _internal_error)
