"""Finding 12: gunicorn 27's control socket is off: nothing shared under the user's home, no error
logged where there is no home."""

from __future__ import annotations

import requests

from tests.e2e import GUNICORN, running, server_output


def test_no_control_socket(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home)}
    with running(GUNICORN, env=env) as (first, first_process), running(GUNICORN, env=env) as (second, _):
        assert requests.get(f"{first}/healthz", timeout=5).ok and requests.get(f"{second}/healthz", timeout=5).ok
        output = server_output(first_process)
    assert not (home / ".gunicorn").exists(), "nothing shared under the user's home"
    unwritable = {"HOME": "/proc/nonexistent"}  # the image's user has no home: every start logged an error
    with running(GUNICORN, env=unwritable) as (_, process):
        output += server_output(process)
    assert "control" not in output.lower() and "Permission denied" not in output
