"""GET /metrics: what it counts, who may read it, and (under real gunicorn with two workers that get
recycled) that the scraped totals equal the requests sent."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families

from service import create_app
from tests.api.test_access import KEY, keys_file  # noqa: F401 - the fixture
from tests.e2e import GUNICORN, running, server_output

# Words, ids and a request id that must never show in the metrics.
SECRET_TEXT = "“Zanzibar-lighthouse budget,” said Ottoline Quarrington."
SECRET_ID = "doc-7c1e55-private"
SECRET_REQUEST_ID = "rid-4f0b22-private"


def samples(exposition: str) -> dict[tuple[str, frozenset], float]:
    """Every sample of a scrape, keyed by name and labels."""
    return {(sample.name, frozenset(sample.labels.items())): sample.value
            for family in text_string_to_metric_families(exposition) for sample in family.samples}


def value(scraped: dict, name: str, **labels: str) -> float:
    """One sample's value; 0 when the series does not exist (yet)."""
    return scraped.get((name, frozenset(labels.items())), 0.0)


def total(scraped: dict, name: str, **labels: str) -> float:
    """The sum over every series of ``name`` whose labels include ``labels``."""
    wanted = set(labels.items())
    return sum(v for (n, found), v in scraped.items() if n == name and wanted <= found)


def test_metrics_count_requests_extractions_and_limits():
    client = create_app({"ratelimit": "3/minute"}).test_client()
    bodies = [client.post("/v1/quotes", json={"text": SECRET_TEXT, "id": SECRET_ID},
                          headers={"X-Request-ID": SECRET_REQUEST_ID}).get_json() for _ in range(2)]
    client.post("/v1/quotes", json={"html": "<p>" + SECRET_TEXT + "</p>"})
    assert client.post("/v1/quotes", json={"text": "x"}).status_code == 429
    assert client.get("/no/such/path").status_code == 404
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8"
    scraped = samples(response.get_data(as_text=True))
    assert value(scraped, "quotes_http_requests_total", endpoint="/v1/quotes", method="POST", status="200") == 3
    assert value(scraped, "quotes_http_requests_total", endpoint="/v1/quotes", method="POST", status="429") == 1
    assert value(scraped, "quotes_http_requests_total", endpoint="unmatched", method="GET", status="404") == 1
    assert value(scraped, "quotes_http_request_duration_seconds_count", endpoint="/v1/quotes") == 4
    assert value(scraped, "quotes_rate_limited_requests_total") == 1
    assert value(scraped, "quotes_documents_total", input="text") == 2
    assert value(scraped, "quotes_documents_total", input="html") == 1
    assert value(scraped, "quotes_characters_total", input="text") == 2 * len(SECRET_TEXT)
    assert value(scraped, "quotes_characters_total", input="html") == len(SECRET_TEXT) + 7
    assert value(scraped, "quotes_extraction_duration_seconds_count", input="text") == 2
    assert value(scraped, "quotes_quotes_returned_total") == 3 * len(bodies[0]["quotes"]) == 3


def test_metrics_never_carry_text_or_ids():
    client = create_app({}).test_client()
    client.post("/v1/quotes", json={"text": SECRET_TEXT, "id": SECRET_ID}, headers={"X-Request-ID": SECRET_REQUEST_ID})
    client.post("/v1/quotes/batch", json={"documents": [{"id": SECRET_ID, "text": SECRET_TEXT}]})
    client.get(f"/v1/{SECRET_ID}")
    exposition = client.get("/metrics").get_data(as_text=True)
    for secret in ("Zanzibar", "Quarrington", SECRET_ID, SECRET_REQUEST_ID):
        assert secret not in exposition


def test_time_limits_are_counted_by_kind():
    client = create_app({"timeout": 0.001}).test_client()
    hostile = "“" + "a “b ” " * 40_000
    assert client.post("/v1/quotes", json={"text": hostile}).status_code == 422
    scraped = samples(client.get("/metrics").get_data(as_text=True))
    assert value(scraped, "quotes_timeouts_total", kind="cpu") == 1


@pytest.mark.parametrize(("settings", "header", "status"), [
    ({}, None, 200),
    ({"metrics": "open"}, None, 200),
    ({"metrics": "off"}, None, 404),
    ({"metrics": "key", "api_keys_file": "KEYS"}, None, 401),
    ({"metrics": "key", "api_keys_file": "KEYS"}, f"Bearer {KEY}", 200),
    ({"metrics": "open", "api_keys_file": "KEYS"}, None, 200),
    ({"metrics": "off", "api_keys_file": "KEYS"}, f"Bearer {KEY}", 404),
], ids=["default-no-keys", "open", "off", "key-without-key", "key-with-key", "open-with-keys", "off-with-keys"])
def test_who_may_read_the_metrics(keys_file, settings, header, status):  # noqa: F811 - the fixture
    settings = {name: keys_file if v == "KEYS" else v for name, v in settings.items()}
    client = create_app(settings).test_client()
    response = client.get("/metrics", headers={"Authorization": header} if header else {})
    assert response.status_code == status
    if status != 200:
        assert response.mimetype == "application/problem+json"


def test_scraping_is_never_rate_limited():
    client = create_app({"ratelimit": "1/minute"}).test_client()
    assert [client.get("/metrics").status_code for _ in range(3)] == [200, 200, 200]


def metrics_dirs(process: psutil.Process) -> set[Path]:
    """The metrics directories the server's workers hold files open in."""
    return {Path(f.path).parent for child in process.children() for f in child.open_files()
            if Path(f.path).parent.name.startswith("quotes-metrics-")}


def test_scraped_totals_equal_the_requests_sent_across_workers_and_restarts():
    # Two workers recycled every 15 to 16 requests: the counts of workers that have gone stay counted.
    with running(GUNICORN, env={"QUOTES_WORKERS": "2", "QUOTES_MAX_REQUESTS": "15"}) as (base, process):
        before = samples(requests.get(f"{base}/metrics", timeout=10).text)
        lock, sent = threading.Lock(), {"quotes": 0, "text_chars": 0, "html_chars": 0}

        def post(i: int) -> int:
            if i % 10 == 9:
                body = {"html": f"<p>{SECRET_TEXT} {i}</p>", "id": SECRET_ID}
            else:
                body = {"text": f"{SECRET_TEXT} {i}", "id": SECRET_ID}
            response = requests.post(f"{base}/v1/quotes", json=body, timeout=30,
                                     headers={"X-Request-ID": SECRET_REQUEST_ID, "Connection": "close"})
            assert response.status_code == 200
            with lock:
                sent["quotes"] += len(response.json()["quotes"])
                sent["html_chars" if "html" in body else "text_chars"] += len(body.get("html") or body["text"])
            return response.status_code

        with ThreadPoolExecutor(4) as pool:
            assert list(pool.map(post, range(80))) == [200] * 80
            bad = list(pool.map(lambda _: requests.post(f"{base}/v1/quotes", json={"text": ""}, timeout=30,
                                                        headers={"Connection": "close"}).status_code, range(6)))
            assert bad == [400] * 6
        batch = requests.post(f"{base}/v1/quotes/batch", json={"documents": [{"text": SECRET_TEXT}] * 3}, timeout=30)
        assert batch.status_code == 200
        time.sleep(1)  # the master reaps the last recycled worker and boots its successor
        booted = process.log_path.read_text(encoding="utf-8", errors="replace").count("Booting worker")
        master = psutil.Process(process.pid)
        dirs = metrics_dirs(master)
        living = {str(process.pid)} | {str(child.pid) for child in master.children()}
        kept = {path.name for directory in dirs for path in directory.iterdir()}
        exposition = requests.get(f"{base}/metrics", timeout=10).text  # a recycle it causes comes after
        after = samples(exposition)

    def delta(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert delta("quotes_http_requests_total", endpoint="/v1/quotes", method="POST", status="200") == 80
    assert delta("quotes_http_requests_total", endpoint="/v1/quotes", method="POST", status="400") == 6
    assert delta("quotes_http_requests_total", endpoint="/v1/quotes/batch", method="POST", status="200") == 1
    assert delta("quotes_http_requests_total", endpoint="/metrics", method="GET", status="200") == 1
    assert delta("quotes_http_request_duration_seconds_count", endpoint="/v1/quotes") == 86
    assert delta("quotes_documents_total", input="text") == 72 + 3
    assert delta("quotes_documents_total", input="html") == 8
    assert delta("quotes_characters_total", input="text") == sent["text_chars"] + 3 * len(SECRET_TEXT)
    assert delta("quotes_characters_total", input="html") == sent["html_chars"]
    assert delta("quotes_quotes_returned_total") == sent["quotes"] + 3 == 83
    assert delta("quotes_extraction_duration_seconds_count", input="text") == 75
    # Workers were recycled on the way, and each restart was counted by the master.
    assert booted > 2 and value(after, "quotes_worker_restarts_total") == booted - 2
    for secret in ("Zanzibar", SECRET_ID, SECRET_REQUEST_ID):
        assert secret not in exposition
    # The metrics directory was the server's own, under /tmp, and is gone once the server has stopped.
    # While it ran, it held the files of the living processes and the archive that the workers which
    # had exited were folded into: never one pair of files per worker that ever ran.
    [directory] = dirs
    assert str(directory).startswith("/tmp/")
    assert kept <= {f"{kind}_{pid}.db" for kind in ("counter", "histogram") for pid in (*living, "archive")} | {
        "scrape.lock"}
    assert {"counter_archive.db", "histogram_archive.db"} <= kept
    server_output(process)
    assert not directory.exists()
