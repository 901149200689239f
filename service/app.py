"""create_app(): settings, then the blueprint, then request hooks and error handlers."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Mapping

from flask import Flask, Response, current_app, g, request
from werkzeug.middleware.proxy_fix import ProxyFix

from .api.access import install_access_control
from .api.capacity import install_capacity
from .api.errors import RETRY_STATUSES, register_error_handlers
from .api.payload import drain_and_refuse
from .api.routes import bp
from .api.schemas import Schemas
from .config import Config
from .lifecycle import Lifecycle
from .metrics import install_metrics
from .pages import bp as pages

# A client's request id is echoed only when it is short and plain; otherwise a fresh one is made.
RE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:\-]{1,128}")


def create_app(config: Config | Mapping[str, object] | None = None) -> Flask:
    """Build the application.

    Args:
        config: the settings; read from the environment when ``None``; a mapping overrides single
            settings of the environment's (handy in tests).

    Returns:
        The Flask app.

    Raises:
        ConfigError: a setting is bad, or names a keys file or a limits storage that cannot be used.
    """
    if config is None or isinstance(config, Mapping):
        config = Config.from_env().with_overrides(config or {})
    app = Flask(__name__)
    if config.forwarded_proxies:
        # Behind an ingress the peer is the proxy: take the client's address (rate limits, failed-key
        # counts) and scheme from the headers the trusted proxies add, and only from theirs.
        hops = config.forwarded_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    app.config["QUOTES"] = config
    app.config["MAX_CONTENT_LENGTH"] = config.max_body_bytes
    app.json.sort_keys = False
    app.extensions["quotes_schemas"] = Schemas(max_chars=config.max_chars, max_batch=config.max_batch)
    app.extensions["quotes_lifecycle"] = Lifecycle()
    for name in ("service", "flask-limiter"):
        logging.getLogger(name).setLevel(config.log_level_number)
    install_metrics(app)  # its hooks first: it times every request and counts its final status
    app.before_request(_assign_request_id)  # every later hook and error carries the id
    app.before_request(_refuse_oversized_body)
    install_capacity(app, config)
    app.register_blueprint(bp)
    app.register_blueprint(pages)
    register_error_handlers(app)
    # Registered before the limiter's, so that it runs after it (Flask runs them in reverse): it takes
    # away the Retry-After the limiter puts on every answer.
    app.after_request(_response_headers)
    install_access_control(app, config)
    return app


def request_id_of(supplied: str | None) -> str:
    """The request id to use: the client's when it is short and plain, else a fresh one."""
    return supplied if supplied and RE_REQUEST_ID.fullmatch(supplied) else uuid.uuid4().hex


def _assign_request_id() -> None:
    g.request_id = request_id_of(request.headers.get("X-Request-ID"))


def _refuse_oversized_body() -> None:
    """Answer 413 for a declared body over the limit without parsing it (a chunked one is counted as it
    is read)."""
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    length = request.content_length
    if length is None or length <= limit:
        return
    raise drain_and_refuse(request.environ["wsgi.input"], 0, limit)


def _response_headers(response: Response) -> Response:
    response.headers["X-Request-ID"] = g.get("request_id", "")
    response.headers["X-Content-Type-Options"] = "nosniff"
    if response.status_code not in RETRY_STATUSES:
        response.headers.pop("Retry-After", None)
    if request.path.startswith("/v1/"):
        response.headers["Cache-Control"] = "no-store"
    return response
