"""Contract fuzzing (finding 13): schemathesis drives live gunicorn from openapi.yaml, every check on.

The spec is loaded from the file with the server as ``--url``: loaded from the server's own
``/openapi.yaml``, schemathesis leaves that operation out. ``make fuzz`` runs 1,000 examples per
operation (FUZZ_EXAMPLES); ``make test`` keeps 200.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT
from tests.e2e import GUNICORN, running

MAX_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))
SEED = 20261123
SPEC = ROOT / "openapi.yaml"
OPERATIONS = sum(len(item) for item in yaml.safe_load(SPEC.read_text(encoding="utf-8"))["paths"].values())


def test_schemathesis_finds_no_failures(tmp_path):
    schemathesis = Path(sys.executable).with_name("schemathesis")
    report = tmp_path / "junit.xml"
    with running(GUNICORN, env={"QUOTES_LOG_LEVEL": "warning"}) as (base, _):
        done = subprocess.run(
            [str(schemathesis), "--config-file", str(ROOT / "schemathesis.toml"), "run", str(SPEC), "--url", base,
             "--checks", "all", "--max-examples", str(MAX_EXAMPLES), "--seed", str(SEED), "--report", "junit",
             "--report-junit-path", str(report), "--no-color"],
            cwd=tmp_path, capture_output=True, text=True, timeout=3000, env={**os.environ, "NO_COLOR": "1"},
        )  # cwd: schemathesis keeps its cache in the working directory, never in the checkout
    summary = done.stdout[-3000:]
    assert done.returncode == 0, summary
    assert OPERATIONS == 5
    assert re.search(rf"Selected: {OPERATIONS}/{OPERATIONS}\s+Tested: {OPERATIONS}\b", done.stdout), summary
    generated = re.search(r"(\d+) generated", done.stdout)
    assert generated is not None and int(generated.group(1)) >= MAX_EXAMPLES * 2, summary
    print(summary)  # the count of generated cases, kept in the test log
