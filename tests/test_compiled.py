"""The compiled engine (mypyc; what the image runs) behaves as the pure-Python one: a compiled copy of
this checkout passes the extractor's tests and answers exactly as the checkout on every text of the
regression net."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scripts.compile_extractor import compile_copy
from tests.conftest import ROOT


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    return compile_copy(tmp_path_factory.mktemp("compiled") / "quotes")


@pytest.mark.timeout(600)
def test_the_copy_runs_compiled_modules(compiled):
    done = _run(compiled, "-c", "import service.extractor.pipeline as p, service.extractor.mentions as m; "
                                "print(p.__file__); print(m.__file__)")
    assert done.returncode == 0, done.stderr
    files = done.stdout.split()
    assert all(file.startswith(str(compiled)) and file.endswith(".so") for file in files), files


@pytest.mark.timeout(600)
def test_the_extractor_tests_pass_on_the_compiled_engine(compiled):
    done = _run(compiled, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/extractor")
    assert done.returncode == 0, done.stdout[-3000:]


@pytest.mark.timeout(600)
def test_the_compiled_engine_answers_as_the_pure_one(compiled, tmp_path):
    pure, native = tmp_path / "pure.json", tmp_path / "compiled.json"
    for root, out in ((ROOT, pure), (compiled, native)):
        done = _run(root, "benchmarks/regression_net.py", "dump", str(out))
        assert done.returncode == 0, done.stderr
    assert pure.read_bytes() == native.read_bytes()
