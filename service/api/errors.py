"""Every error the API returns, as RFC 9457 problem details (application/problem+json), made here."""

from __future__ import annotations

import logging
from http import HTTPStatus

from flask import Flask, Response, g, json
from werkzeug.exceptions import HTTPException, InternalServerError

PROBLEM_MIMETYPE = "application/problem+json"
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


def problem_body(status: int, detail: str, *, type_: str = "about:blank", title: str | None = None,
                 errors: object = None) -> dict[str, object]:
    """The problem-details object, for a response or for one failed document of a batch."""
    body: dict[str, object] = {
        "type": type_,
        "title": title or _title(status),
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        body["errors"] = errors
    request_id = g.get("request_id") if g else None
    if request_id:
        body["request_id"] = request_id
    return body


def problem(status: int, detail: str, *, type_: str = "about:blank", title: str | None = None,
            errors: object = None, headers: dict[str, str] | None = None) -> Response:
    """Build an ``application/problem+json`` response.

    Args:
        status: the HTTP status.
        detail: a sentence for the client on what went wrong (never exception text or article text).
        type_: a URI naming the kind of problem; ``about:blank`` for plain HTTP errors.
        title: a short summary; the status phrase when ``None``.
        errors: per-field messages, for validation errors.
        headers: extra response headers (``Allow``, ``Retry-After``).

    Returns:
        The response.
    """
    body = problem_body(status, detail, type_=type_, title=title, errors=errors)
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_MIMETYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


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
