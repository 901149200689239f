"""Contract fuzzing: schemathesis drives live gunicorn from openapi.yaml, with a fixed seed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.e2e import GUNICORN, running

MAX_EXAMPLES = 200
SEED = 20261123


def test_schemathesis_finds_no_failures(tmp_path):
    schemathesis = Path(sys.executable).with_name("schemathesis")
    report = tmp_path / "junit.xml"
    with running(GUNICORN, env={"QUOTES_LOG_LEVEL": "warning"}) as (base, _):
        done = subprocess.run(
            [str(schemathesis), "run", f"{base}/openapi.yaml", "--checks", "all",
             "--max-examples", str(MAX_EXAMPLES), "--seed", str(SEED), "--report", "junit",
             "--report-junit-path", str(report), "--no-color"],
            cwd=ROOT, capture_output=True, text=True, timeout=600, env={**os.environ, "NO_COLOR": "1"},
        )
    summary = done.stdout[-3000:]
    assert done.returncode == 0, summary
    generated = re.search(r"(\d+) generated", done.stdout)
    assert generated is not None and int(generated.group(1)) >= MAX_EXAMPLES * 2, summary
    print(summary)  # the count of generated cases, kept in the test log
