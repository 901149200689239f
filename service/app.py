"""create_app(): settings, then the blueprint, then request hooks and error handlers."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Mapping

from flask import Flask, Response, g, request

from .api.access import install_access_control
from .api.errors import register_error_handlers
from .api.routes import bp
from .config import Config

# A client's request id is echoed only when it is short and plain; otherwise a fresh one is made.
RE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:\-]{1,128}")


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
    logging.getLogger("service").setLevel(config.log_level.upper())
    app.before_request(_assign_request_id)  # first: every later hook and error carries the id
    app.register_blueprint(bp)
    register_error_handlers(app)
    install_access_control(app, config)
    app.after_request(_response_headers)
    return app


def _assign_request_id() -> None:
    supplied = request.headers.get("X-Request-ID", "")
    g.request_id = supplied if RE_REQUEST_ID.fullmatch(supplied) else uuid.uuid4().hex


def _response_headers(response: Response) -> Response:
    response.headers["X-Request-ID"] = g.get("request_id", "")
    response.headers["X-Content-Type-Options"] = "nosniff"
    if request.path.startswith("/v1/"):
        response.headers["Cache-Control"] = "no-store"
    return response
