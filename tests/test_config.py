"""Settings come from QUOTES_* variables, validated, in one place."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest

from service.config import Config, ConfigError


def test_defaults():
    config = Config.from_env({})
    assert (config.max_chars, config.max_batch, config.timeout, config.bind) == (
        1_000_000, 100, 2.0, "127.0.0.1:8000")
    assert config.worker_count >= 1


def test_environment_overrides():
    config = Config.from_env({"QUOTES_MAX_CHARS": "50", "QUOTES_TIMEOUT": "0.5", "QUOTES_BIND": "0.0.0.0:9000",
                              "QUOTES_WORKERS": "3", "UNRELATED": "x"})
    assert (config.max_chars, config.timeout, config.bind, config.worker_count) == (50, 0.5, "0.0.0.0:9000", 3)


BAD = [
    ({"QUOTES_MAX_CHARS": "lots"}, "QUOTES_MAX_CHARS='lots': not a valid whole number"),
    ({"QUOTES_MAX_CHARS": "0"}, "QUOTES_MAX_CHARS=0: must be at least 1"),
    ({"QUOTES_TIMEOUT": "-1"}, "QUOTES_TIMEOUT=-1.0: must be in (0, 600] seconds"),
    ({"QUOTES_TIMEOUT": "nan"}, "QUOTES_TIMEOUT=nan"),
    ({"QUOTES_WORKERS": "-1"}, "QUOTES_WORKERS=-1: must be 0 (one per CPU) or more"),
    ({"QUOTES_BATCH_TIMEOUT": "40"}, "QUOTES_BATCH_TIMEOUT=40.0: must be positive and below QUOTES_WORKER_TIMEOUT"),
    ({"QUOTES_RATELIMIT": "lots"}, "QUOTES_RATELIMIT='lots': not a rate limit"),
    ({"QUOTES_AUTH_FAILURE_LIMIT": "5 per minute please"}, "QUOTES_AUTH_FAILURE_LIMIT="),
    ({"QUOTES_RATELIMIT_STORAGE_URI": "mongodb://db"}, "QUOTES_RATELIMIT_STORAGE_URI: scheme 'mongodb'"),
    ({"QUOTES_RATELIMIT_STORAGE_URI": "redis://:6379"}, "QUOTES_RATELIMIT_STORAGE_URI: names no host"),
    ({"QUOTES_RATELIMIT_STORAGE_URI": "redis://redis:port"}, "QUOTES_RATELIMIT_STORAGE_URI: not a valid URL: Port"),
    ({"QUOTES_RATELIMIT_STORAGE_URI": "redis://redis:0"}, "QUOTES_RATELIMIT_STORAGE_URI: port 0 is not a port"),
    ({"QUOTES_RATELIMIT_STORAGE_URI": "redis://redis:6379/one"}, "database 'one' is not a number"),
    ({"QUOTES_RATELIMIT_STORAGE_URI": "redis+unix://"}, "QUOTES_RATELIMIT_STORAGE_URI: names no socket"),
    ({"QUOTES_RATELIMIT_STORAGE_URI": "redis://[::1"}, "QUOTES_RATELIMIT_STORAGE_URI: not a valid URL"),
    ({"QUOTES_LOG_LEVEL": "verbose"}, "QUOTES_LOG_LEVEL='verbose': must be one of DEBUG, INFO"),
    ({"QUOTES_MAX_BATCH_CHARS": "10"}, "QUOTES_MAX_BATCH_CHARS=10: must be at least QUOTES_MAX_CHARS"),
    ({"QUOTES_THREADS": "0"}, "QUOTES_THREADS=0: must be at least 1"),
    ({"QUOTES_EXTRACTION_SLOTS": "0"}, "QUOTES_EXTRACTION_SLOTS=0: must be at least 1"),
    ({"QUOTES_CLIENT_TIMEOUT": "0"}, "QUOTES_CLIENT_TIMEOUT=0.0: must be in (0, 600] seconds"),
    ({"QUOTES_DRAIN_SECONDS": "-1"}, "QUOTES_DRAIN_SECONDS=-1.0: must be in [0, 600] seconds"),
    ({"QUOTES_BIND": "8000"}, "QUOTES_BIND='8000': must be HOST:PORT or unix:PATH"),
    ({"QUOTES_METRICS": "public"}, "QUOTES_METRICS='public': must be one of open, key, off"),
    ({"QUOTES_FORWARDED_PROXIES": "-1"}, "QUOTES_FORWARDED_PROXIES=-1: must be 0 (no proxy) to 10"),
]


@pytest.mark.parametrize(("env", "message"), BAD, ids=[f"{k}={v}" for env, _ in BAD for k, v in env.items()])
def test_bad_values_are_refused_with_one_line_naming_them(env, message):
    with pytest.raises(ConfigError) as caught:
        Config.from_env(env)
    assert len(caught.value.problems) == 1 and message in caught.value.problems[0]
    assert "\n" not in caught.value.problems[0]


@pytest.mark.parametrize("uri", ["memory://", "redis://quotes-redis:6379", "rediss://:secret@redis.example:6380/2",
                                 "redis://[::1]:6379", "redis+unix:///run/redis.sock"])
def test_storage_uris_naming_a_storage_are_accepted_without_connecting(uri):
    assert Config.from_env({"QUOTES_RATELIMIT_STORAGE_URI": uri}).ratelimit_storage_uri == uri


def test_every_bad_value_is_named():
    with pytest.raises(ConfigError) as caught:
        Config.from_env({"QUOTES_WORKERS": "-1", "QUOTES_LOG_LEVEL": "loud", "QUOTES_TIMEOUT": "soon"})
    assert [problem.split("=")[0] for problem in caught.value.problems] == [
        "QUOTES_TIMEOUT", "QUOTES_WORKERS", "QUOTES_LOG_LEVEL"]


def test_other_quotes_variables_are_ignored():
    assert Config.from_env({"QUOTES_PORT": "tcp://10.0.0.1:8000", "QUOTES_SERVICE_HOST": "10.0.0.1"}) == Config()


def test_gunicorn_settings_follow_the_config(monkeypatch):
    import importlib

    monkeypatch.setenv("QUOTES_BIND", "127.0.0.1:9123")
    monkeypatch.setenv("QUOTES_WORKERS", "3")
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", "")  # restored (unset) after the test: the conf sets it
    import service.gunicorn_conf as conf

    conf = importlib.reload(conf)
    assert (conf.bind, conf.workers, conf.threads) == ("127.0.0.1:9123", 3, 32)
    # Its own metrics directory, under the temporary directory, named for prometheus-client.
    assert Path(conf._metrics_dir).parent == Path(tempfile.gettempdir()) and Path(conf._metrics_dir).is_dir()
    assert os.environ["PROMETHEUS_MULTIPROC_DIR"] == conf._metrics_dir
    conf._remove_metrics_dir()
    assert not Path(conf._metrics_dir).exists()
    assert "%(B)s" in conf.access_log_format and "x-request-id" in conf.access_log_format
    assert conf.worker_class == "service.server.Worker" and conf.preload_app and conf.control_socket_disable
    assert conf.graceful_timeout == conf.timeout


def test_the_readme_documents_every_setting():
    from dataclasses import fields
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(QUOTES_[A-Z_]+)` \|", readme, re.MULTILINE))
    assert documented == {f"QUOTES_{field.name.upper()}" for field in fields(Config)}
