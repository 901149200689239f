"""Shared fixtures: the app, its test client, and the evaluation kit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service import create_app

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT / "tests" / "eval"
SAMPLE_ARTICLE = ROOT / "tests" / "data" / "sample-article.txt"


def read_jsonl(path: Path) -> list[dict]:
    """Read a JSON-lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def app():
    """An app with the default settings."""
    return create_app({})


@pytest.fixture
def client(app):
    """A test client of that app."""
    return app.test_client()


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The sample article (Mehr News Agency, CC BY 4.0)."""
    return SAMPLE_ARTICLE.read_text(encoding="utf-8")
