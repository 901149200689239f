"""Finding 4: SIGTERM with requests queued beyond the workers: a drain, then a graceful stop, and every
accepted request gets its answer."""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

import requests
import yaml

from service.config import Config
from tests.conftest import ROOT
from tests.e2e import GUNICORN, running, server_output
from tests.faults.net import cpu_seconds, prose

DRAIN = 3


def _long_text() -> str:
    """About half a second of extraction here: 12 of them keep 2 workers (2 slots each) busy for seconds."""
    piece = prose(50_000)
    copies = round(0.5 / max(cpu_seconds(piece), 0.005))
    return piece * max(1, min(copies, 1_000_000 // len(piece)))


def test_sigterm_drains_then_answers_every_accepted_request():
    long = {"text": _long_text()}
    env = {"QUOTES_WORKERS": "2", "QUOTES_DRAIN_SECONDS": str(DRAIN), "QUOTES_QUEUE_TIMEOUT": "25"}
    with running(GUNICORN, env=env) as (base, process):
        answers: dict[int, object] = {}

        def call(number: int) -> None:
            try:
                answers[number] = requests.post(f"{base}/v1/quotes", json=long, timeout=60).status_code
            except requests.RequestException as exc:
                answers[number] = type(exc).__name__

        early = [threading.Thread(target=call, args=(n,)) for n in range(8)]
        for thread in early:
            thread.start()
        time.sleep(0.3)  # all eight are sent; four are extracting, four wait for a slot
        process.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        ready, alive = requests.get(f"{base}/readyz", timeout=5), requests.get(f"{base}/healthz", timeout=5)
        late = [threading.Thread(target=call, args=(n,)) for n in range(8, 12)]  # the balancer has not noticed yet
        for thread in late:
            thread.start()
        for thread in early + late:
            thread.join()
        status = process.wait(timeout=90)
        output = server_output(process)
    answered = sum(1 for answer in answers.values() if answer == 200)
    print(f"deploy: {len(answers)} requests accepted (8 before SIGTERM, 4 during the drain), {answered} answered 200")
    assert answers == dict.fromkeys(range(12), 200)
    assert ready.status_code == 503 and ready.json()["type"] == "urn:quotes:problem:draining"
    assert alive.status_code == 200, "liveness stays up while draining"
    assert status == 0
    assert f"draining for {DRAIN} s" in output


def _settings(manifest: Path, container: dict) -> dict[str, str]:
    """The QUOTES_* values a container gets: its literal ``env``, and a kustomize env file beside the
    manifest for an ``envFrom`` ConfigMap."""
    values = {item["name"]: item["value"] for item in container.get("env", []) if "value" in item}
    if container.get("envFrom"):
        for env_file in manifest.parent.glob("*.env"):
            for line in env_file.read_text(encoding="utf-8").splitlines():
                name, _, value = line.partition("=")
                if name.startswith("QUOTES_") and not line.startswith("#"):
                    values.setdefault(name.strip(), value.strip())
    return values


def _quotes_deployments() -> list[tuple[Path, dict]]:
    found = []
    for path in sorted((ROOT / "deploy").rglob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if isinstance(document, dict) and document.get("kind") == "Deployment":
                containers = document["spec"]["template"]["spec"]["containers"]
                if any(c["name"] == "quotes" for c in containers):
                    found.append((path, document))
    return found


def test_the_manifest_grace_period_covers_prestop_drain_and_graceful_stop():
    deployments = _quotes_deployments()
    assert deployments, "a Kubernetes Deployment of the service in deploy/"
    for path, manifest in deployments:
        pod = manifest["spec"]["template"]["spec"]
        container = next(c for c in pod["containers"] if c["name"] == "quotes")
        config = Config.from_env(_settings(path, container))
        pre_stop = container.get("lifecycle", {}).get("preStop", {}).get("exec", {}).get("command", [])
        pause = float(pre_stop[1]) if pre_stop[:1] == ["sleep"] else 0.0
        assert not pre_stop or pre_stop[:1] == ["sleep"], "a preStop hook other than a pause is not accounted for"
        # SIGTERM comes after the preStop pause; then the drain; then gunicorn's graceful stop, whose
        # timeout is QUOTES_WORKER_TIMEOUT (service/gunicorn_conf.py), above any request's deadline.
        needed = pause + config.drain_seconds + config.worker_timeout
        assert pod["terminationGracePeriodSeconds"] > needed, (path, needed)
        assert config.batch_timeout < config.worker_timeout
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
        assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
        port = container["ports"][0]
        assert config.bind.endswith(f":{port['containerPort']}")
