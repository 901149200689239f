"""The deployment files: the Kubernetes manifests, rendered by kustomize, valid against the Kubernetes
schemas offline; the compose file valid against the Compose Specification; and both true to the service
(ports, probe paths, grace periods, settings it reads, a locked-down pod)."""

from __future__ import annotations

import base64
import copy
import dataclasses
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import kubernetes_validate
import pytest
import requests
import yaml

from service.api.access import load_key_hashes
from service.config import Config
from tests.conftest import ROOT
from tests.e2e import GUNICORN, running

BIN = Path(sys.executable).parent
K8S = ROOT / "deploy" / "k8s"
BUILDS = {"base": K8S / "base", "production": K8S / "overlays" / "production"}
KUBERNETES_VERSIONS = ["1.30.0", "1.37.0"]  # an old cluster still in support, and the newest schemas
COMPOSE = ROOT / "deploy" / "compose.yaml"


@cache
def render(build: str) -> tuple[dict, ...]:
    """The resources ``kubectl kustomize`` makes of a build."""
    done = subprocess.run([str(BIN / "kubectl"), "kustomize", str(BUILDS[build])], capture_output=True, text=True,
                          check=True)
    return tuple(yaml.safe_load_all(done.stdout))


def find(build: str, kind: str, name: str = "quotes") -> dict:
    """One rendered resource, by kind and name (generated names keep their prefix)."""
    matches = [r for r in render(build) if r["kind"] == kind and re.fullmatch(rf"{name}(-[a-z0-9]{{10}})?",
                                                                              r["metadata"]["name"])]
    assert len(matches) == 1, f"{kind} {name} in {build}: {len(matches)} found"
    return copy.deepcopy(matches[0])


def settings(build: str) -> dict[str, str]:
    """The QUOTES_* settings of the pods."""
    return find(build, "ConfigMap", "quotes-settings")["data"]


def container(build: str) -> dict:
    """The API container of the Deployment."""
    [only] = find(build, "Deployment")["spec"]["template"]["spec"]["containers"]
    return only


def bound_port(value: str) -> int:
    return int(value.rsplit(":", 1)[1])


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
@pytest.mark.parametrize("build", BUILDS)
def test_the_manifests_validate_against_the_kubernetes_schemas(build, version):
    kinds = set()
    for resource in render(build):
        kubernetes_validate.validate(resource, version, strict=True)
        kinds.add(resource["kind"])
    assert {"Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ConfigMap", "Secret"} <= kinds


@pytest.mark.parametrize("mistake", ["replica", "livenesProbe"])
def test_the_validator_catches_a_misspelt_field(mistake):
    deployment = find("base", "Deployment")
    if mistake == "replica":
        deployment["spec"]["replica"] = deployment["spec"].pop("replicas")
    else:
        deployment["spec"]["template"]["spec"]["containers"][0]["livenesProbe"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSIONS[-1], strict=True)


@pytest.mark.parametrize("build", BUILDS)
def test_every_setting_is_one_the_service_reads_and_accepts(build):
    known = {f"QUOTES_{field.name.upper()}" for field in dataclasses.fields(Config)}
    assert set(settings(build)) <= known
    Config.from_env(settings(build))  # raises ConfigError on a value the service cannot use


@pytest.mark.parametrize("build", BUILDS)
def test_the_probes_and_the_service_reach_the_bound_port_on_real_paths(build, app):
    api = container(build)
    [port] = api["ports"]
    assert port["containerPort"] == bound_port(settings(build)["QUOTES_BIND"])
    routes = {rule.rule for rule in app.url_map.iter_rules()}
    assert api["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert api["livenessProbe"]["httpGet"]["path"] == api["startupProbe"]["httpGet"]["path"] == "/healthz"
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        assert api[probe]["httpGet"]["path"] in routes
        assert api[probe]["httpGet"]["port"] == port["name"]
    [service_port] = find(build, "Service")["spec"]["ports"]
    assert service_port["targetPort"] == port["name"]


@pytest.mark.parametrize("build", BUILDS)
def test_the_grace_period_outlasts_the_drain_and_the_graceful_stop(build):
    import service.gunicorn_conf as gunicorn_conf

    pod = find(build, "Deployment")["spec"]["template"]["spec"]
    config = Config.from_env(settings(build))
    assert "lifecycle" not in container(build)  # the drain keeps serving after SIGTERM: no preStop pause
    # After SIGTERM gunicorn drains, then gives the requests in hand its graceful timeout, which is
    # QUOTES_WORKER_TIMEOUT; no request (a batch included) runs longer.
    assert gunicorn_conf.graceful_timeout == Config.from_env().worker_timeout
    assert config.batch_timeout < config.worker_timeout
    assert config.drain_seconds + config.worker_timeout < pod["terminationGracePeriodSeconds"]
    readiness = container(build)["readinessProbe"]
    assert readiness["periodSeconds"] * readiness["failureThreshold"] < config.drain_seconds  # noticed in time


@pytest.mark.parametrize("build", BUILDS)
def test_the_pods_run_locked_down(build):
    pod = find(build, "Deployment")["spec"]["template"]["spec"]
    api = container(build)
    user = re.search(r"^USER (\d+)$", (ROOT / "Dockerfile").read_text(encoding="utf-8"), re.MULTILINE).group(1)
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] == int(user)
    assert pod["automountServiceAccountToken"] is False
    assert api["securityContext"] == {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                                      "capabilities": {"drop": ["ALL"]}}
    volumes = {volume["name"]: volume for volume in pod["volumes"]}
    [tmp] = [mount for mount in api["volumeMounts"] if mount["mountPath"] == "/tmp"]
    assert "emptyDir" in volumes[tmp["name"]]
    assert set(api["resources"]) == {"requests", "limits"} and all(
        set(api["resources"][side]) == {"cpu", "memory"} for side in ("requests", "limits"))


@pytest.mark.parametrize("build", BUILDS)
def test_workers_follow_the_cpu_limit(build):
    api = container(build)
    [workers] = [variable for variable in api["env"] if variable["name"] == "QUOTES_WORKERS"]
    assert workers["valueFrom"]["resourceFieldRef"] == {"containerName": api["name"], "resource": "limits.cpu",
                                                         "divisor": "1"}


@pytest.mark.parametrize("build", BUILDS)
def test_selectors_reach_the_pods_and_the_autoscaler_scales_on_cpu(build):
    deployment = find(build, "Deployment")
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    for selector in (deployment["spec"]["selector"]["matchLabels"], find(build, "Service")["spec"]["selector"],
                     find(build, "PodDisruptionBudget")["spec"]["selector"]["matchLabels"]):
        assert selector.items() <= labels.items()
    autoscaler = find(build, "HorizontalPodAutoscaler")["spec"]
    assert autoscaler["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "quotes"}
    assert autoscaler["metrics"][0]["resource"]["name"] == "cpu"
    assert find(build, "PodDisruptionBudget")["spec"]["minAvailable"] < autoscaler["minReplicas"]


@pytest.mark.parametrize("build", BUILDS)
def test_the_api_keys_secret_is_mounted_where_the_setting_points(build, tmp_path):
    pod = find(build, "Deployment")["spec"]["template"]["spec"]
    secret = find(build, "Secret", "quotes-api-keys")
    [volume] = [v for v in pod["volumes"] if "secret" in v]
    assert volume["secret"]["secretName"] == secret["metadata"]["name"]
    [mount] = [m for m in container(build)["volumeMounts"] if m["name"] == volume["name"]]
    [item] = volume["secret"]["items"]
    assert f"{mount['mountPath']}/{item['path']}" == settings(build)["QUOTES_API_KEYS_FILE"]
    keys = tmp_path / "keys.txt"
    keys.write_bytes(base64.b64decode(secret["data"][item["key"]]))
    assert len(load_key_hashes(str(keys))) == 1  # a digest file the service reads (of a key nobody has)


def test_production_shares_rate_limits_through_redis():
    uri = settings("production")["QUOTES_RATELIMIT_STORAGE_URI"]
    host, port = re.fullmatch(r"redis://([a-z0-9-]+):(\d+)", uri).groups()
    [service_port] = find("production", "Service", host)["spec"]["ports"]
    assert service_port["port"] == int(port)
    redis = find("production", "Deployment", "quotes-redis")["spec"]["template"]
    assert find("production", "Service", host)["spec"]["selector"].items() <= redis["metadata"]["labels"].items()
    policy = find("production", "NetworkPolicy", "quotes-redis")["spec"]
    api_labels = find("production", "Deployment")["spec"]["template"]["metadata"]["labels"]
    assert policy["ingress"][0]["from"][0]["podSelector"]["matchLabels"].items() <= api_labels.items()
    assert settings("base")["QUOTES_RATELIMIT_STORAGE_URI"] == "memory://"  # Redis is optional


def test_the_pod_settings_start_a_ready_server(tmp_path):
    """gunicorn with the ConfigMap's settings and the Secret's key file answers its probes, and asks for keys."""
    environment = {name: value for name, value in settings("base").items() if name != "QUOTES_BIND"}
    secret = find("base", "Secret", "quotes-api-keys")
    keys = tmp_path / "api-keys.txt"
    keys.write_bytes(base64.b64decode(next(iter(secret["data"].values()))))
    environment["QUOTES_API_KEYS_FILE"] = str(keys)
    api = container("base")
    with running(GUNICORN, env=environment) as (base, _):
        for probe in ("readinessProbe", "livenessProbe"):
            assert requests.get(base + api[probe]["httpGet"]["path"], timeout=10).status_code == 200
        assert requests.post(f"{base}/v1/quotes", json={"text": "x"}, timeout=10).status_code == 401


# --- compose ----------------------------------------------------------------------------------------------


def check_compose(path: Path) -> subprocess.CompletedProcess:
    """Validate a compose file against the Compose Specification's schema (bundled with check-jsonschema)."""
    return subprocess.run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.compose-spec", str(path)],
                          capture_output=True, text=True)


def test_the_compose_file_follows_the_compose_specification(tmp_path):
    done = check_compose(COMPOSE)
    assert done.returncode == 0, done.stdout + done.stderr
    wrong = tmp_path / "compose.yaml"
    wrong.write_text(COMPOSE.read_text(encoding="utf-8").replace("replicas: 2", "replica: 2"), encoding="utf-8")
    assert check_compose(wrong).returncode == 1  # the schema does catch a misspelt key


def test_compose_runs_two_locked_down_replicas_sharing_limits_through_redis(app):
    compose = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    api = compose["services"]["quotes"]
    environment = api["environment"]
    config = Config.from_env(environment)
    assert api["deploy"]["replicas"] == 2
    assert int(environment["QUOTES_WORKERS"]) == int(float(api["deploy"]["resources"]["limits"]["cpus"]))
    host = re.fullmatch(r"redis://([a-z0-9-]+):6379", environment["QUOTES_RATELIMIT_STORAGE_URI"]).group(1)
    # Started after Redis, not held back until it answers (the API starts without it and uses it once it does).
    assert host in compose["services"] and api["depends_on"][host] == {"condition": "service_started"}
    port = bound_port(config.bind)
    assert all(mapping.endswith(f":{port}") for mapping in api["ports"])
    probe = re.search(r"http://127\.0\.0\.1:(\d+)(/\w+)", " ".join(api["healthcheck"]["test"])).groups()
    assert int(probe[0]) == port and probe[1] in {rule.rule for rule in app.url_map.iter_rules()}
    assert api["read_only"] is True and api["tmpfs"] == ["/tmp"] and api["user"].startswith("10001:")
    assert int(api["stop_grace_period"].removesuffix("s")) > config.drain_seconds + config.worker_timeout
    prometheus = yaml.safe_load((COMPOSE.parent / "prometheus.yml").read_text(encoding="utf-8"))
    [discovery] = prometheus["scrape_configs"][0]["dns_sd_configs"]
    assert discovery == {"names": ["quotes"], "type": "A", "port": port}
    assert compose["services"]["prometheus"]["profiles"] == ["metrics"]

