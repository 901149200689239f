"""What the service adds to gunicorn (see service/gunicorn_conf.py): a gthread worker that answers
gunicorn's own errors as problem+json with a request id, the drain on SIGTERM, the keys reload on HUP,
and the client socket timeouts."""

from __future__ import annotations

import logging
import signal
import socket
import struct
from datetime import timedelta
from typing import Any

from gunicorn.http import errors as http_errors
from gunicorn.http.wsgi import Response, default_environ
from gunicorn.workers.gthread import ThreadWorker

from .api.errors import raw_problem
from .app import request_id_of

# The errors gunicorn answers before a request reaches the app, and what the client is told. The detail
# never repeats the request: gunicorn's own messages quote the request line and headers.
_GUNICORN_ERRORS: tuple[tuple[tuple[type[Exception], ...], int, str], ...] = (
    ((http_errors.InvalidResponseHeader, http_errors.InvalidResponseHeaderName, http_errors.ConfigurationProblem),
     500, "The server could not process this request. It has been logged; try again later."),
    ((http_errors.LimitRequestLine,), 414, "The request line is longer than the server accepts."),
    ((http_errors.LimitRequestHeaders,), 431, "The request has too many header fields, or one is too large."),
    ((http_errors.UnsupportedTransferCoding,), 501,
     "This Transfer-Encoding is not supported; send the body with Content-Length or chunked."),
    ((http_errors.ExpectationFailed,), 417, "The server cannot meet the request's Expect header."),
    ((http_errors.ForbiddenProxyRequest,), 403, "Requests through this proxy are not accepted."),
    ((http_errors.InvalidChunkSize, http_errors.ChunkMissingTerminator, http_errors.InvalidChunkExtension), 400,
     "The body's chunked encoding is malformed."),
    ((http_errors.ParseException,), 400, "The request line or a header is malformed."),
)
INTERNAL = (500, "The server could not process this request. It has been logged; try again later.")


def gunicorn_problem(exc: BaseException) -> tuple[int, str]:
    """The status and detail of an error gunicorn meets outside the app."""
    for kinds, status, detail in _GUNICORN_ERRORS:
        if isinstance(exc, kinds):
            return status, detail
    return INTERNAL


class _ClientStalled(logging.Filter):
    """gthread logs a traceback ("Socket error processing request.") when a client socket's read or
    write times out (QUOTES_CLIENT_TIMEOUT); that is a client too slow, not a server fault: one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], (BlockingIOError, TimeoutError)):
            record.msg, record.args, record.exc_info, record.exc_text = (
                "Closed a connection whose client stalled past QUOTES_CLIENT_TIMEOUT", (), None, None)
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


class Worker(ThreadWorker):
    """gunicorn's gthread worker; its own error answers (400/414/431/501/500) are problem+json."""

    def init_process(self) -> None:
        self.log.error_log.addFilter(_ClientStalled())
        super().init_process()

    def handle_error(self, req: Any, client: socket.socket, addr: Any, exc: BaseException) -> None:
        status, detail = gunicorn_problem(exc)
        headers = dict(req.headers) if req is not None and hasattr(req, "headers") else {}
        request_id = request_id_of(headers.get("X-REQUEST-ID"))
        if status < 500:
            self.log.info("Refused a malformed request (%s, %s) rid=%s", status, type(exc).__name__, request_id)
        else:  # the class name only: a message or a traceback may quote the request
            self.log.error("Error handling request: %s rid=%s", type(exc).__name__, request_id)
        if req is not None:
            response = Response(req, client, self.cfg)
            response.status = f"{status} {detail}"
            response.headers = [("X-Request-ID", request_id)]
            environ = default_environ(req, client, self.cfg)
            self.log.access(response, req, environ, timedelta(0))
        try:
            client.sendall(raw_problem(status, detail, request_id))
        except OSError:
            self.log.debug("Could not send the error answer")


def set_client_timeouts(listeners: list[Any], seconds: float) -> None:
    """Make every connection accepted on ``listeners`` give up on a read or a write that stalls for
    ``seconds``: accepted sockets inherit SO_RCVTIMEO and SO_SNDTIMEO from the listening socket on
    Linux, and gunicorn sets no timeout of its own (a client sending a header byte every five seconds
    held a worker for as long as it liked)."""
    timeval = struct.pack("ll", int(seconds), int((seconds % 1) * 1_000_000))
    for listener in listeners:
        listener.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, timeval)
        listener.sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, timeval)


def drain_on_sigterm(arbiter: Any, seconds: float) -> None:
    """Make the first SIGTERM drain before the graceful stop: /readyz answers 503 at once while every
    worker keeps accepting and serving; after ``seconds`` the stop goes on as gunicorn's own (workers
    finish what they hold within the graceful timeout). A second SIGTERM stops at once, gracefully."""
    lifecycle = arbiter.app.wsgi().extensions["quotes_lifecycle"]

    def handle_term() -> None:
        if lifecycle.draining or seconds <= 0:
            raise StopIteration  # gunicorn's own SIGTERM: a graceful stop
        lifecycle.start_draining()
        arbiter.log.info("SIGTERM: draining for %g s (/readyz answers 503; requests are still served)", seconds)
        signal.signal(signal.SIGALRM, lambda *_: arbiter.signal(signal.SIGTERM, None))
        signal.setitimer(signal.ITIMER_REAL, seconds)

    arbiter.handle_term = handle_term  # the arbiter looks its handlers up by name on every signal


def reload_keys(arbiter: Any) -> None:
    """On HUP, read the API keys file again in the master; the workers it forks next get the keys."""
    keys = arbiter.app.wsgi().extensions.get("quotes_keys")
    if keys is not None:
        keys.reload()
