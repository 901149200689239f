"""Finding 2: a Redis outage (stopped or frozen) never turns /v1 calls into 500s; /readyz reports it. Nor does
Redis down when the service starts: it starts, counts in worker memory, and shares limits once Redis answers."""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import redis as redis_client
import requests

from tests.e2e import GUNICORN, free_port, running, server_output
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


def _post_as(base: str, address: str) -> int:
    """POST as the client at ``address`` (the service trusts one proxy's X-Forwarded-For here)."""
    return requests.post(f"{base}/v1/quotes", json=TEXT, headers={"X-Forwarded-For": address}, timeout=10).status_code


def _storage(base: str) -> str:
    return requests.get(f"{base}/readyz", timeout=5).json()["checks"]["ratelimit_storage"]


def _pids_logging(log: Path, message: str) -> set[str]:
    """The processes whose log lines (gunicorn's format: ``[time] [pid] [LEVEL] message``) hold ``message``."""
    return set(re.findall(r"\[(\d+)\] \[\w+\] " + re.escape(message), log.read_text(errors="replace")))


def test_redis_down_at_start_starts_on_worker_memory_and_shares_limits_once_redis_answers():
    port = free_port()  # Redis will listen here, but only after the service has started
    env = {"QUOTES_RATELIMIT": "5/minute", "QUOTES_RATELIMIT_STORAGE_URI": f"redis://127.0.0.1:{port}",
           "QUOTES_WORKERS": "2", "QUOTES_FORWARDED_PROXIES": "1"}
    with running(GUNICORN, env=env) as (base, process):
        log = process.log_path
        down = [_post_as(base, "203.0.113.1") for _ in range(30)]
        others = [_post_as(base, f"198.51.100.{n}") for n in range(1, 9)]
        storage_down = _storage(base)

        with redis_server(port) as (url, _), redis_client.Redis.from_url(url) as shared:
            # Each worker that fell back checks Redis again on its requests, with backoff (1, 2, 4 ... s).
            deadline, n = time.monotonic() + 60, 0
            with ThreadPoolExecutor(4) as pool:
                while time.monotonic() < deadline:
                    n += 1
                    list(pool.map(lambda i, n=n: _post_as(base, f"10.0.{n % 250}.{i + 1}"), range(4)))
                    fell_back = _pids_logging(log, "Rate limit storage unreachable - falling back")
                    if fell_back <= _pids_logging(log, "Rate limit storage recovered") and _storage(base) == "ok":
                        break
                    time.sleep(0.2)
                recovered_after = 60 - (deadline - time.monotonic())
                shared_statuses = list(pool.map(lambda _: _post_as(base, "203.0.113.2"), range(12)))
            counted = sum(int(shared.get(key)) for key in shared.scan_iter("*203.0.113.2*"))
            storage_up = _storage(base)
        output = server_output(process)
    print(f"recovered {recovered_after:.1f} s after Redis started; workers that fell back: {sorted(fell_back)}")

    start_warnings = [line for line in output.splitlines() if "unreachable at start" in line]
    assert len(start_warnings) == 1 and "[WARNING]" in start_warnings[0], output[:3000]
    assert f"redis://127.0.0.1:{port}" in start_warnings[0]
    assert "Traceback" not in output and "Ida Lund" not in output  # no stack trace, no article text
    # Started, served, limited per worker while Redis was down; /readyz says so.
    assert set(down) == {200, 429} and 5 <= down.count(200) <= 2 * 5, down
    assert others == [200] * 8
    assert storage_down == "unreachable"
    # Redis up: every worker counts there, one budget for the client whichever worker answers.
    assert fell_back, "the workers fell back to memory while Redis was down"
    assert sorted(shared_statuses) == [200] * 5 + [429] * 7, shared_statuses
    assert counted == 12, "every request of that client was counted in Redis"
    assert storage_up == "ok"
