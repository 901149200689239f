"""Helpers for the fault tests: raw HTTP over sockets, a real redis-server, gunicorn's worker processes."""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import psutil
import pytest

from tests.conftest import SAMPLE_ARTICLE
from tests.e2e import free_port

# Quote-dense prose: an attributed quotation every 34 characters, so the answer is large.
DENSE = "“We will act now,” said Ida Lund. "


def dense_text(chars: int) -> str:
    """``chars`` characters of quote-dense prose."""
    return (DENSE * (chars // len(DENSE) + 1))[:chars]


def prose(chars: int) -> str:
    """At least ``chars`` characters of news prose: the sample article, as many times as it takes."""
    article = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    return "\n\n".join([article] * (chars // (len(article) + 2) + 1))


def cpu_seconds(text: str) -> float:
    """CPU seconds the extractor needs for ``text`` here and now (without a budget)."""
    from service.extractor import ExtractOptions, extract

    started = time.thread_time()
    extract(text, ExtractOptions(timeout=None))
    return time.thread_time() - started


@dataclass
class Answer:
    """An HTTP answer read off a raw socket."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def json(self) -> object:
        """The body as JSON."""
        return json.loads(self.body)


def address(base: str) -> tuple[str, int]:
    """Host and port of a base URL."""
    parts = urlsplit(base)
    return parts.hostname or "127.0.0.1", parts.port or 80


def read_answer(sock: socket.socket, *, rate: float | None = None, chunk: int = 65536) -> Answer:
    """Read one HTTP/1.1 answer with a Content-Length, at most ``rate`` bytes a second when given."""
    data = b""
    while b"\r\n\r\n" not in data:
        part = sock.recv(chunk)
        if not part:
            raise ConnectionError(f"closed before the headers ended: {data[:200]!r}")
        data += part
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    started, received = time.monotonic(), len(body)
    parts = [body]
    while received < length:
        part = sock.recv(min(chunk, length - received))
        if not part:
            raise ConnectionError(f"closed after {received} of {length} bytes")
        parts.append(part)
        received += len(part)
        if rate:
            ahead = received / rate - (time.monotonic() - started)
            if ahead > 0:
                time.sleep(ahead)
    return Answer(status, headers, b"".join(parts))


def exchange(base: str, request: bytes, *, timeout: float = 30, rate: float | None = None) -> Answer:
    """Send raw bytes on a new connection and read the answer."""
    with socket.create_connection(address(base), timeout=timeout) as sock:
        sock.sendall(request)
        return read_answer(sock, rate=rate)


def post_json(path: str, body: bytes, headers: dict[str, str] | None = None) -> bytes:
    """A raw POST of a JSON body with a Content-Length."""
    lines = [f"POST {path} HTTP/1.1", "Host: test", "Content-Type: application/json",
             f"Content-Length: {len(body)}", "Connection: close",
             *(f"{k}: {v}" for k, v in (headers or {}).items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def workers_of(master: subprocess.Popen) -> list[psutil.Process]:
    """gunicorn's worker processes, children of its master."""
    return psutil.Process(master.pid).children()


def peak_rss_mib(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), in MiB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


@contextlib.contextmanager
def redis_server(port: int | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """A real redis-server on a free port (Debian's package; .ci/run installs it); yields its URL."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail("redis-server is not installed: apt-get install redis-server (.ci/run does)")
    port = port or free_port()
    process = subprocess.Popen([server, "--port", str(port), "--save", "", "--appendonly", "no"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
            sock.sendall(b"PING\r\n")
            if sock.recv(16).startswith(b"+PONG"):
                break
        time.sleep(0.05)
    try:
        yield url, process
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        process.wait(timeout=10)
