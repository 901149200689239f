"""The extractor's shape (issue 8): small modules, one responsibility each, and a library with no web layer."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

EXTRACTOR = Path(__file__).resolve().parents[2] / "service" / "extractor"
MODULES = sorted(EXTRACTOR.glob("*.py"))
# A module longer than this holds more than one responsibility: split it along one.
MAX_MODULE_LINES = 400


@pytest.mark.parametrize("path", MODULES, ids=[path.name for path in MODULES])
def test_no_module_is_over_the_line_limit(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path.name} has {lines} lines"


@pytest.mark.parametrize("path", MODULES, ids=[path.name for path in MODULES])
def test_the_library_imports_nothing_of_the_web_layer(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 0}
    web = {name for name in imported if name.split(".")[0] in ("flask", "marshmallow", "gunicorn", "werkzeug")}
    web |= {name for name in imported if name.startswith("service.") and not name.startswith("service.extractor")}
    assert not web, f"{path.name} imports {sorted(web)}"
