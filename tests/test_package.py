"""The package as a wheel installs it: the files the service reads at run time (the contract, the pages)
come along, and there is one contract, not a copy per place that needs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import requests

from tests.conftest import ROOT
from tests.e2e import free_port, stop, wait_until_up

CONTRACT = ROOT / "service" / "openapi.yaml"
# What an installed service serves from its package's files, besides the API itself.
SERVED_FILES = ["/docs", "/", "/static/docs.js", "/static/quotes.js", "/static/vendor/swagger-ui/swagger-ui-bundle.js"]


def test_the_top_level_contract_is_a_link_to_the_packages():
    # Linters, tests and readers find openapi.yaml at the top; the service reads the one in the package.
    top = ROOT / "openapi.yaml"
    assert top.is_symlink() and top.resolve() == CONTRACT.resolve()
    assert os.readlink(top) == "service/openapi.yaml"  # relative, so any checkout of the repository works


def test_an_installed_wheel_serves_its_contract_and_pages(tmp_path):
    # Build from a copy of what the wheel is made of, so that the build's own files (build/, egg-info)
    # never land in the repository.
    source = tmp_path / "source"
    shutil.copytree(ROOT / "service", source / "service", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "setup.py", "requirements.txt", "README.md"):  # pure Python: no QUOTES_COMPILE
        shutil.copy(ROOT / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
                    "--wheel-dir", str(tmp_path / "dist"), str(source)], check=True, capture_output=True)
    shutil.rmtree(source)
    (wheel,) = (tmp_path / "dist").glob("quotes-*.whl")

    # A fresh virtual environment holding the wheel; its requirements are the test environment's, through
    # a .pth file (they are not what is tested, and installing pyarrow and the rest again takes minutes).
    # That environment does not hold the package itself: only the wheel can provide `service` here.
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True, capture_output=True)
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "requirements.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    # The console script, started outside the repository: `quotes serve`, i.e. gunicorn with the service.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    port = free_port()
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("QUOTES_", "PYTHON"))}
    environment |= {"QUOTES_BIND": f"127.0.0.1:{port}", "QUOTES_WORKERS": "1", "QUOTES_DRAIN_SECONDS": "0"}
    log = tmp_path / "server.log"
    with log.open("wb") as output:
        server = subprocess.Popen([str(env_dir / "bin" / "quotes"), "serve"], cwd=elsewhere, env=environment,
                                  stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, server)
        contract = requests.get(f"{base}/openapi.yaml", timeout=10)
        statuses = {path: requests.get(base + path, timeout=10).status_code for path in SERVED_FILES}
    finally:
        stop(server)
    found = subprocess.run([str(python), "-c", "import service; print(service.__file__)"], cwd=elsewhere,
                           env=environment, check=True, capture_output=True, text=True).stdout
    assert found.startswith(str(env_dir)), found  # the installed package served, not the repository's
    assert contract.status_code == 200, log.read_text(errors="replace")[-2000:]
    assert contract.headers["Content-Type"].startswith("application/yaml")
    assert contract.content == CONTRACT.read_bytes()
    assert statuses == dict.fromkeys(SERVED_FILES, 200)
