"""Finding 3: the API keys are read once in the master; worker restarts never re-read them, and HUP
re-reads them atomically (a bad file keeps the old keys)."""

from __future__ import annotations

import hashlib
import signal
import time

import requests

from tests.e2e import GUNICORN, running, server_output
from tests.faults.net import workers_of

OLD_KEY, NEW_KEY = "desk-key-old", "desk-key-new"


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest() + "\n"


def _statuses(base: str, key: str, count: int = 20) -> set[int]:
    return {requests.post(f"{base}/v1/quotes", json={"text": "a"}, headers={"Authorization": f"Bearer {key}"},
                          timeout=10).status_code for _ in range(count)}


def _wait_for_new_workers(process, old: set[int], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pids = {worker.pid for worker in workers_of(process)}
        if pids and not pids & old:
            return
        time.sleep(0.1)
    raise AssertionError("the workers were not replaced")


def test_keys_survive_worker_restarts_and_reload_on_hup(tmp_path):
    keys = tmp_path / "keys.txt"
    keys.write_text(_digest(OLD_KEY), encoding="utf-8")
    # Workers recycle every 10 or 11 requests: many restarts during the test.
    env = {"QUOTES_API_KEYS_FILE": str(keys), "QUOTES_MAX_REQUESTS": "10", "QUOTES_WORKERS": "2"}
    with running(GUNICORN, env=env) as (base, process):
        keys.write_text("", encoding="utf-8")  # emptied while running
        after_emptying = _statuses(base, OLD_KEY, 60)  # 60 requests: every worker restarts several times
        alive_after_restarts = process.poll() is None

        workers = {worker.pid for worker in workers_of(process)}
        process.send_signal(signal.SIGHUP)  # a bad file at reload: the keys in use are kept
        _wait_for_new_workers(process, workers)
        after_bad_reload = _statuses(base, OLD_KEY)

        keys.write_text(_digest(NEW_KEY), encoding="utf-8")  # a new key, not reloaded yet
        new_before_hup = _statuses(base, NEW_KEY, 40)
        workers = {worker.pid for worker in workers_of(process)}
        process.send_signal(signal.SIGHUP)
        _wait_for_new_workers(process, workers)
        new_after_hup, old_after_hup = _statuses(base, NEW_KEY, 40), _statuses(base, OLD_KEY, 40)
        output = server_output(process)
    assert after_emptying == {200} and alive_after_restarts, "worker restarts never re-read the file"
    assert after_bad_reload == {200}
    assert "API keys not reloaded" in output and "lists no keys" in output
    assert new_before_hup == {401}, "every worker refuses a key added without HUP, alike"
    assert new_after_hup == {200} and old_after_hup == {401}, "after HUP every worker has the new keys"
