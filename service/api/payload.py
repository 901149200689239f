"""Reading a request body: JSON only, read within its size limit, parsed with clear errors, validated."""

from __future__ import annotations

import json
from typing import Any

from flask import current_app, g, request
from marshmallow import Schema, ValidationError

from .errors import APIError

VALIDATION_PROBLEM = "urn:quotes:problem:validation-error"
JSON_PROBLEM = "urn:quotes:problem:malformed-json"
BODY_PROBLEM = "urn:quotes:problem:malformed-body"
READ_CHUNK = 1 << 16
# Past this many bytes an oversized body is not drained; the connection is simply closed.
DRAIN_LIMIT_BYTES = 64 * 1024 * 1024


def drain_and_refuse(stream: Any, read: int, limit: int) -> APIError:
    """Read and drop the rest of an oversized body (up to DRAIN_LIMIT_BYTES in all, ``read`` of them
    already) and return the 413.

    Closing a socket with unread bytes makes the kernel reset the connection, and the client would
    never see the answer.
    """
    while read < DRAIN_LIMIT_BYTES:
        try:
            chunk = stream.read(READ_CHUNK)
        except Exception:  # the client broke off or its framing is bad: the 413 still stands
            break
        if not chunk:
            break
        read += len(chunk)
    return APIError(413, f"The body is larger than the limit of {limit} bytes.")


def read_body() -> bytes:
    """Read the whole body, sent with a Content-Length or chunked.

    Raises:
        APIError: 413 over QUOTES_MAX_BODY_BYTES (chunked bodies too: they are never cut and parsed),
            400 for malformed chunked framing or a body cut short, 408 for a client that stalled.
    """
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    declared = request.content_length
    if declared is None and not request.environ.get("wsgi.input_terminated"):
        return b""  # no length and a server that does not end the stream: reading could block forever
    stream = request.environ["wsgi.input"]
    body = bytearray()
    try:
        while chunk := stream.read(READ_CHUNK):
            body += chunk
            if len(body) > limit:
                raise drain_and_refuse(stream, len(body), limit)
    except APIError:
        raise
    except (TimeoutError, BlockingIOError):  # the socket's read timeout (QUOTES_CLIENT_TIMEOUT) ran out
        raise APIError(408, "The body arrived too slowly; send it again.") from None
    except Exception:
        # gunicorn's InvalidChunkSize, ChunkMissingTerminator, NoMoreData...: the client's framing.
        raise APIError(400, "The body could not be read: its chunked encoding is malformed or it was cut short.",
                       type_=BODY_PROBLEM) from None
    if declared is not None and len(body) < declared:
        raise APIError(400, "The body is shorter than its Content-Length.", type_=BODY_PROBLEM)
    return bytes(body)


def prefetch_body() -> None:
    """Read a JSON body now, for :func:`json_body` to parse later.

    Raises:
        APIError: 415 when it is not declared as JSON, and the errors of :func:`read_body`.
    """
    if not request.is_json:
        raise APIError(415, "Send the body as JSON with the header Content-Type: application/json.")
    g.body = read_body()


def json_body() -> Any:
    """Parse the request body (read by :func:`prefetch_body`, or now) as JSON.

    Raises:
        APIError: 400 when it is not valid UTF-8 JSON, and the errors of :func:`prefetch_body`.
    """
    if "body" not in g:
        prefetch_body()
    raw = g.pop("body")
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise APIError(400, "The body is not valid UTF-8.", type_=JSON_PROBLEM) from None
    except RecursionError:
        raise APIError(400, "The JSON is nested too deeply.", type_=JSON_PROBLEM) from None
    except ValueError as exc:
        # The decoder's position is safe to echo; its message never quotes the document.
        line, column = getattr(exc, "lineno", "?"), getattr(exc, "colno", "?")
        raise APIError(400, f"The body is not valid JSON (line {line}, column {column}).",
                       type_=JSON_PROBLEM) from None


def load(schema: Schema, data: Any) -> dict[str, Any]:
    """Validate ``data`` with ``schema``.

    Raises:
        APIError: 400 with marshmallow's messages per field (bounded in size).
    """
    if not isinstance(data, dict):
        raise APIError(400, "The body must be a JSON object.", type_=VALIDATION_PROBLEM,
                       errors={"_schema": ["Expected a JSON object."]})
    try:
        return schema.load(data)
    except ValidationError as exc:
        raise APIError(400, "The request body did not validate.", type_=VALIDATION_PROBLEM,
                       errors=exc.normalized_messages()) from None
