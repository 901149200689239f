"""The HTTP benchmark's floor app under the service's gunicorn settings: what the benchmark compares with
must keep serving while its workers are recycled, as the service's do."""

from __future__ import annotations

import requests

from benchmarks.bench import _serve, free_port


def test_the_floor_app_survives_worker_recycling():
    # QUOTES_MAX_REQUESTS=2: each worker exits after a few requests, and the master's exit hook runs for
    # an app that counts no metrics (it used to raise there and take the master down).
    port = free_port()
    process = _serve("benchmarks.bench:floor_app()", port, QUOTES_MAX_REQUESTS="2", QUOTES_DRAIN_SECONDS="0")
    try:
        statuses = [requests.post(f"http://127.0.0.1:{port}/v1/quotes", json={"text": "“No,” she said."},
                                  timeout=10).status_code for _ in range(30)]
        assert statuses == [200] * 30
        assert process.poll() is None
    finally:
        process.terminate()
        process.wait(timeout=30)
