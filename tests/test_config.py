"""Settings come from QUOTES_* variables, validated, in one place."""

from __future__ import annotations

import re

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


@pytest.mark.parametrize("env", [{"QUOTES_MAX_CHARS": "lots"}, {"QUOTES_MAX_CHARS": "0"},
                                 {"QUOTES_TIMEOUT": "-1"}, {"QUOTES_WORKERS": "-2"},
                                 {"QUOTES_BATCH_TIMEOUT": "40"}])
def test_bad_values_are_refused(env):
    with pytest.raises(ConfigError):
        Config.from_env(env)


def test_gunicorn_settings_follow_the_config(monkeypatch):
    import importlib

    monkeypatch.setenv("QUOTES_BIND", "127.0.0.1:9123")
    monkeypatch.setenv("QUOTES_WORKERS", "3")
    import service.gunicorn_conf as conf

    conf = importlib.reload(conf)
    assert (conf.bind, conf.workers) == ("127.0.0.1:9123", 3)
    assert "%(B)s" in conf.access_log_format and "x-request-id" in conf.access_log_format


def test_the_readme_documents_every_setting():
    from dataclasses import fields
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(QUOTES_[A-Z_]+)` \|", readme, re.MULTILINE))
    assert documented == {f"QUOTES_{field.name.upper()}" for field in fields(Config)}
