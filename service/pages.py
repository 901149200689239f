"""The pages for people, served from ``service/static``: the editors' page at ``/`` and the API
reference at ``/docs`` (Swagger UI, vendored, rendering ``/openapi.yaml``)."""

from __future__ import annotations

from flask import Blueprint, Response, current_app

bp = Blueprint("pages", __name__)
# Everything a page loads comes from this service: no CDN, no external fonts, no inline script.
# Swagger UI sets inline styles, and draws its icons as data: images.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                           "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                           "form-action 'self'; frame-ancestors 'none'")


@bp.get("/")
def index() -> Response:
    """The editors' page: paste an article, see who said what."""
    return current_app.send_static_file("index.html")


@bp.get("/docs")
def docs() -> Response:
    """The API reference, rendered from openapi.yaml."""
    return current_app.send_static_file("docs.html")


@bp.after_app_request
def _page_headers(response: Response) -> Response:
    if response.mimetype == "text/html":
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["Referrer-Policy"] = "no-referrer"
    return response
