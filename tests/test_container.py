"""The Dockerfile: hadolint-clean, and the command the image runs serves the app."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest
import requests

from tests.conftest import ROOT
from tests.e2e import running

DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def test_hadolint_has_no_warnings():
    hadolint = shutil.which("hadolint") or str(ROOT / ".venv" / "bin" / "hadolint")
    done = subprocess.run([hadolint, "--failure-threshold", "info", str(ROOT / "Dockerfile")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_requirements_are_installed_before_the_code_is_copied():
    assert DOCKERFILE.index("pip install") < DOCKERFILE.index("COPY service/")


@pytest.mark.parametrize("line", ["EXPOSE 8000", "HEALTHCHECK", "USER 10001", "FROM python:3.11-slim"])
def test_image_basics(line):
    assert line in DOCKERFILE


def test_the_image_command_serves_the_app():
    command = json.loads(re.search(r"^CMD (\[.*\])$", DOCKERFILE, re.MULTILINE).group(1))
    assert command[0] == "python"
    with running([sys.executable, *command[1:]]) as (base, _):
        assert requests.get(f"{base}/readyz", timeout=10).json()["status"] == "ready"
