"""Finding 7: chunked bodies: malformed framing is a 400 problem, and a body over the limit is a 413,
never cut at the limit and parsed."""

from __future__ import annotations

import pytest

from tests.e2e import GUNICORN, running
from tests.faults.net import exchange

LIMIT = 1000
HEAD = ("POST /v1/quotes HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\nConnection: close\r\nX-Request-ID: chunked-{name}\r\n\r\n")


def _chunked(*chunks: bytes) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for chunk in chunks) + b"0\r\n\r\n"


# Valid JSON padded to exactly the limit, then more: cut at the limit, it would parse.
VALID_PREFIX = '{"text": "“Yes,” said Ida Lund."}'.encode().ljust(LIMIT, b" ")
BODIES = {
    "bad-chunk-size": (b"ZZ\r\nabc\r\n0\r\n\r\n", 400),
    "bad-chunk-terminator": (b"3\r\nabcXY0\r\n\r\n", 400),
    "bad-chunk-extension": (b"3;\x01\r\nabc\r\n0\r\n\r\n", 400),
    "over-the-limit": (_chunked(VALID_PREFIX, b" " * 5000), 413),
    "over-the-limit-in-one-chunk": (_chunked(VALID_PREFIX + b" " * 5000), 413),
    "within-the-limit": (_chunked(b'{"text": ', '"“Yes,” said Ida Lund."}'.encode()), 200),
}


@pytest.fixture(scope="module")
def server():
    """gunicorn with a 1,000-byte body limit."""
    with running(GUNICORN, env={"QUOTES_MAX_BODY_BYTES": str(LIMIT)}) as (base, process):
        yield base, process


@pytest.mark.parametrize("name", BODIES)
def test_chunked_bodies_get_a_clear_answer(server, name):
    base, _ = server
    body, status = BODIES[name]
    answer = exchange(base, HEAD.format(name=name).encode("utf-8") + body, timeout=10)
    assert answer.status == status
    if status != 200:
        assert answer.headers["content-type"] == "application/problem+json"
        assert answer.json()["status"] == status
        assert answer.headers["x-request-id"] == f"chunked-{name}"
