"""Helpers for tests that start real servers: free ports and a gunicorn process."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import requests

from tests.conftest import ROOT


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(base: str, process: subprocess.Popen, seconds: float = 20) -> None:
    """Poll GET /healthz until it answers; fail if the process dies first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        with contextlib.suppress(requests.ConnectionError):
            if requests.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        time.sleep(0.1)
    raise RuntimeError("server did not come up")


@contextlib.contextmanager
def running(command: list[str], env: dict[str, str] | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """Run a server command with QUOTES_BIND on a free port; yield its base URL and process.

    Its output goes to a file (``server_output(process)`` reads it): a pipe nobody reads fills up
    and blocks the server's log writes.
    """
    port = free_port()
    # No drain after SIGTERM unless a test asks for one: every server a test stops would wait it out.
    environment = {**os.environ, "QUOTES_BIND": f"127.0.0.1:{port}", "QUOTES_WORKERS": "2",
                   "QUOTES_DRAIN_SECONDS": "0", **(env or {})}
    with tempfile.NamedTemporaryFile("w+", prefix="server-", suffix=".log", delete=False) as log:
        process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT)
    process.log_path = Path(log.name)  # type: ignore[attr-defined]
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base, process
    finally:
        stop(process)


def stop(process: subprocess.Popen) -> int:
    """Send SIGTERM and wait for the server to exit; returns its exit status."""
    if process.poll() is None:
        process.terminate()
    try:
        return process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


def server_output(process: subprocess.Popen) -> str:
    """Everything a server started by ``running`` has written, once it has stopped."""
    stop(process)
    return process.log_path.read_text(encoding="utf-8", errors="replace")  # type: ignore[attr-defined]


GUNICORN = [sys.executable, "-m", "gunicorn", "-c", "python:service.gunicorn_conf", "service.wsgi:app"]
