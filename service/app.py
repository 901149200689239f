"""create_app(): settings, then the blueprint, then request hooks and error handlers."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Mapping

from flask import Flask, Response, current_app, g, request

from .api.access import install_access_control
from .api.errors import APIError, register_error_handlers
from .api.routes import bp
from .api.schemas import Schemas
from .config import Config

# A client's request id is echoed only when it is short and plain; otherwise a fresh one is made.
RE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:\-]{1,128}")
# Past this many bytes an oversized body is not drained; the connection is simply closed.
DRAIN_LIMIT_BYTES = 64 * 1024 * 1024


def create_app(config: Config | Mapping[str, object] | None = None) -> Flask:
    """Build the application.

    Args:
        config: the settings; read from the environment when ``None``; a mapping overrides single
            settings of the environment's (handy in tests).

    Returns:
        The Flask app.
    """
    if config is None or isinstance(config, Mapping):
        config = Config.from_env().with_overrides(config or {})
    app = Flask(__name__)
    app.config["QUOTES"] = config
    app.config["MAX_CONTENT_LENGTH"] = config.max_body_bytes
    app.json.sort_keys = False
    app.extensions["quotes_schemas"] = Schemas(max_chars=config.max_chars, max_batch=config.max_batch)
    logging.getLogger("service").setLevel(config.log_level.upper())
    app.before_request(_assign_request_id)  # first: every later hook and error carries the id
    app.before_request(_refuse_oversized_body)
    app.register_blueprint(bp)
    register_error_handlers(app)
    install_access_control(app, config)
    app.after_request(_response_headers)
    return app


def _assign_request_id() -> None:
    supplied = request.headers.get("X-Request-ID", "")
    g.request_id = supplied if RE_REQUEST_ID.fullmatch(supplied) else uuid.uuid4().hex


def _refuse_oversized_body() -> None:
    """Answer 413 for a declared body over the limit without parsing it.

    The body is read and thrown away (up to DRAIN_LIMIT_BYTES) first: closing a socket with unread
    bytes makes the kernel reset the connection, and the client would never see the 413.
    """
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    length = request.content_length
    if length is None or length <= limit:
        return
    stream = request.environ["wsgi.input"]
    left = min(length, DRAIN_LIMIT_BYTES)
    while left > 0:
        chunk = stream.read(min(left, 1 << 16))
        if not chunk:
            break
        left -= len(chunk)
    raise APIError(413, f"The body is larger than the limit of {limit} bytes.")


def _response_headers(response: Response) -> Response:
    response.headers["X-Request-ID"] = g.get("request_id", "")
    response.headers["X-Content-Type-Options"] = "nosniff"
    if request.path.startswith("/v1/"):
        response.headers["Cache-Control"] = "no-store"
    return response
