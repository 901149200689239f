"""Finding 2: a Redis outage (stopped or frozen) never turns /v1 calls into 500s; /readyz reports it."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import Counter

import requests

from tests.e2e import GUNICORN, running, server_output
from tests.faults.net import redis_server

TEXT = {"text": "“Yes,” said Ida Lund."}


def _hammer(base: str, seconds: float, threads: int = 4) -> tuple[Counter, float]:
    """POST from a few threads for ``seconds``; returns the statuses and the slowest answer."""
    statuses: Counter = Counter()
    slowest = [0.0]
    end = time.monotonic() + seconds

    def client() -> None:
        with requests.Session() as session:
            while time.monotonic() < end:
                started = time.perf_counter()
                try:
                    statuses[session.post(f"{base}/v1/quotes", json=TEXT, timeout=10).status_code] += 1
                except requests.RequestException as exc:
                    statuses[type(exc).__name__] += 1
                slowest[0] = max(slowest[0], time.perf_counter() - started)

    pool = [threading.Thread(target=client) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return statuses, slowest[0]


def test_redis_outage_degrades_to_worker_memory_and_readyz_says_so():
    with redis_server() as (url, redis):
        env = {"QUOTES_RATELIMIT": "100000/minute", "QUOTES_RATELIMIT_STORAGE_URI": url}
        with running(GUNICORN, env=env) as (base, process):
            healthy, _ = _hammer(base, 2)
            ready_healthy = requests.get(f"{base}/readyz", timeout=5)

            os.kill(redis.pid, signal.SIGSTOP)  # frozen: connections hang instead of failing
            frozen, frozen_slowest = _hammer(base, 4)
            ready = requests.get(f"{base}/readyz", timeout=5)

            os.kill(redis.pid, signal.SIGKILL)  # stopped: connections are refused
            os.kill(redis.pid, signal.SIGCONT)
            redis.wait(timeout=10)
            stopped, stopped_slowest = _hammer(base, 4)
            ready_stopped = requests.get(f"{base}/readyz", timeout=5)
            output = server_output(process)
    print(f"Redis frozen: {dict(frozen)}, slowest {frozen_slowest * 1000:.0f} ms; "
          f"Redis stopped: {dict(stopped)}, slowest {stopped_slowest * 1000:.0f} ms")
    for statuses in (healthy, frozen, stopped):
        assert set(statuses) == {200}, statuses
    assert frozen_slowest < 1.0 and stopped_slowest < 1.0, "a short storage timeout, then worker memory"
    for answer in (ready, ready_stopped):
        assert answer.status_code == 200, "a limiter outage does not take the replica out"
        assert answer.json()["checks"]["ratelimit_storage"] == "unreachable"
    assert "falling back to in-memory storage" in output, "the outage is logged"
    assert ready_healthy.json()["checks"]["ratelimit_storage"] == "ok"


def test_limits_still_hold_per_worker_while_redis_is_down():
    with redis_server() as (url, redis):
        env = {"QUOTES_RATELIMIT": "5/minute", "QUOTES_RATELIMIT_STORAGE_URI": url, "QUOTES_WORKERS": "2"}
        with running(GUNICORN, env=env) as (base, _):
            redis.kill()
            redis.wait(timeout=10)
            statuses = [requests.post(f"{base}/v1/quotes", json=TEXT, timeout=5).status_code for _ in range(30)]
    assert set(statuses) <= {200, 429} and statuses.count(429) >= 30 - 2 * 5, statuses
