"""Finding 11: every bad setting stops the start with one clear line and a non-zero exit, before gunicorn
binds."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.conftest import ROOT
from tests.e2e import GUNICORN, free_port


def _start(env: dict[str, str]) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QUOTES_BIND": f"127.0.0.1:{free_port()}", "QUOTES_WORKERS": "1", **env}
    return subprocess.run(GUNICORN, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60)


BAD = {
    "rate limit syntax": ({"QUOTES_RATELIMIT": "lots"}, "QUOTES_RATELIMIT='lots'"),
    # A limits storage that does not answer is no bad setting (tests/faults/test_02_dependencies.py); a URI
    # that cannot name one is.
    "unknown storage scheme": ({"QUOTES_RATELIMIT_STORAGE_URI": "mongodb://db"}, "QUOTES_RATELIMIT_STORAGE_URI"),
    "storage without a host": ({"QUOTES_RATELIMIT": "10/minute", "QUOTES_RATELIMIT_STORAGE_URI": "redis://:6379"},
                               "QUOTES_RATELIMIT_STORAGE_URI: names no host"),
    "storage port": ({"QUOTES_RATELIMIT_STORAGE_URI": "redis://127.0.0.1:637900"}, "Port out of range"),
    "storage option": ({"QUOTES_RATELIMIT": "10/minute",
                        "QUOTES_RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379?socket_timeout=soon"},
                       "QUOTES_RATELIMIT_STORAGE_URI: Invalid value for 'socket_timeout'"),
    "log level": ({"QUOTES_LOG_LEVEL": "verbose"}, "QUOTES_LOG_LEVEL='verbose'"),
    "missing keys file": ({"QUOTES_API_KEYS_FILE": "/nonexistent/keys.txt"}, "No such file or directory"),
    "negative workers": ({"QUOTES_WORKERS": "-1"}, "QUOTES_WORKERS=-1: must be 0 (one per CPU) or more"),
    "not a number": ({"QUOTES_TIMEOUT": "soon"}, "QUOTES_TIMEOUT='soon': not a valid number"),
    "batch chars below one document": ({"QUOTES_MAX_BATCH_CHARS": "10"}, "QUOTES_MAX_BATCH_CHARS=10"),
    "bind": ({"QUOTES_BIND": "localhost"}, "QUOTES_BIND='localhost'"),
}


@pytest.mark.parametrize("name", BAD)
def test_a_bad_setting_stops_the_start_with_one_clear_line(name):
    env, expected = BAD[name]
    done = _start(env)
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert done.returncode != 0
    assert len(lines) == 1 and expected in lines[0], lines[:10]
    assert lines[0].startswith("quotes: bad setting: ")


def test_a_bad_keys_file_stops_the_start(tmp_path):
    keys = tmp_path / "keys.txt"
    keys.write_text("# nobody yet\n", encoding="utf-8")
    done = _start({"QUOTES_API_KEYS_FILE": str(keys)})
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert done.returncode != 0 and len(lines) == 1 and "lists no keys" in lines[0], lines[:10]


def test_every_bad_value_has_its_own_line():
    done = _start({"QUOTES_LOG_LEVEL": "verbose", "QUOTES_WORKERS": "-1", "QUOTES_MAX_CHARS": "many"})
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert done.returncode != 0 and len(lines) == 3, lines
    assert {line.split("=")[0] for line in lines} == {"quotes: bad setting: QUOTES_LOG_LEVEL",
                                                      "quotes: bad setting: QUOTES_WORKERS",
                                                      "quotes: bad setting: QUOTES_MAX_CHARS"}
