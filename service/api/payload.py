"""Reading a request body: JSON only, parsed with clear errors, validated by a schema."""

from __future__ import annotations

import json
from typing import Any

from flask import request
from marshmallow import Schema, ValidationError

from .errors import APIError

VALIDATION_PROBLEM = "urn:quotes:problem:validation-error"
JSON_PROBLEM = "urn:quotes:problem:malformed-json"


def json_body() -> Any:
    """Parse the request body as JSON.

    Raises:
        APIError: 415 when it is not declared as JSON, 400 when it is not valid UTF-8 JSON.
    """
    if not request.is_json:
        raise APIError(415, "Send the body as JSON with the header Content-Type: application/json.")
    raw = request.get_data(cache=False)  # werkzeug answers 413 here for a body over the limit
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
        APIError: 400 with marshmallow's messages per field.
    """
    if not isinstance(data, dict):
        raise APIError(400, "The body must be a JSON object.", type_=VALIDATION_PROBLEM,
                       errors={"_schema": ["Expected a JSON object."]})
    try:
        return schema.load(data)
    except ValidationError as exc:
        raise APIError(400, "The request body did not validate.", type_=VALIDATION_PROBLEM,
                       errors=exc.normalized_messages()) from None
