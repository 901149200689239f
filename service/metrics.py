"""Prometheus metrics: counted in every gunicorn worker and added up when ``GET /metrics`` is scraped.

Under gunicorn, ``service/gunicorn_conf.py`` makes a fresh directory under the temporary directory
(``/tmp``: the container's root file system is read-only) and points ``PROMETHEUS_MULTIPROC_DIR`` at it
before the app is imported; every process then keeps its values in memory-mapped files there, a scrape
reads them all (prometheus-client's multiprocess mode), and the master removes the directory when it
exits. Without gunicorn (tests, embedding) the values live in this process alone.

When a worker exits (recycled after QUOTES_MAX_REQUESTS, killed by the watchdog), the master folds its
files into one archive file per kind and removes them, so that a scrape reads the live processes' files
and the archive, never one pair of files per worker that ever ran (each took 0.3 ms of every scrape).
A scrape and a fold exclude each other with a lock file, so that no scrape sees a worker's counts twice
or not at all (Prometheus would read either as a counter reset).

Labels are bounded and never carry text or ids: the route's pattern (never the path as sent), the
method (one of a few), the status, the input kind and the kind of timeout.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask, Response, g, request
from prometheus_client import CONTENT_TYPE_PLAIN_0_0_4, CollectorRegistry, Counter, Histogram, generate_latest, values
from prometheus_client import multiprocess as prometheus_multiprocess
from prometheus_client.mmap_dict import MmapedDict

from .config import metrics_directory

METHODS = frozenset({"GET", "POST", "HEAD", "OPTIONS"})
UNMATCHED = "unmatched"  # a path no route answers: never the path itself, which the client chose
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0)
EXTRACTION_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0)
# The kinds of value files a worker leaves (this service has no gauges), the archive they are folded
# into (read as any other process's file: counter_archive.db), and the lock scrapes and folds share.
FOLDED_KINDS = ("counter", "histogram")
ARCHIVE = "archive"
LOCK_FILE = "scrape.lock"


def multiprocess_mode() -> bool:
    """Whether prometheus-client keeps values in PROMETHEUS_MULTIPROC_DIR (set before its import)."""
    return bool(getattr(values.ValueClass, "_multiprocess", False))


class Metrics:
    """The service's metrics, one set per app."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.multiprocess = multiprocess_mode()
        self.directory = metrics_directory() if self.multiprocess else None
        r = self.registry
        self.requests = Counter("quotes_http_requests", "HTTP requests answered by the app, by route and status.",
                                ["endpoint", "method", "status"], registry=r)
        self.latency = Histogram("quotes_http_request_duration_seconds",
                                 "Seconds from a request's arrival in the app to its answer, by route.",
                                 ["endpoint"], buckets=LATENCY_BUCKETS, registry=r)
        self.extraction = Histogram("quotes_extraction_duration_seconds",
                                    "Seconds the extractor spent on one document, reading its HTML included.",
                                    ["input"], buckets=EXTRACTION_BUCKETS, registry=r)
        self.documents = Counter("quotes_documents", "Documents extracted, by input kind (text or html).",
                                 ["input"], registry=r)
        self.characters = Counter("quotes_characters",
                                  "Characters of the documents extracted, counted as sent (the HTML with its tags).",
                                  ["input"], registry=r)
        self.quotes = Counter("quotes_quotes_returned", "Quotes returned in answers.", registry=r)
        self.timeouts = Counter("quotes_timeouts",
                                "Requests or documents stopped by a time limit: cpu (a document over QUOTES_TIMEOUT, "
                                "422), deadline (past QUOTES_BATCH_TIMEOUT, 503), queue (no extraction slot within "
                                "QUOTES_QUEUE_TIMEOUT, 503).", ["kind"], registry=r)
        self.rate_limited = Counter("quotes_rate_limited_requests", "Requests answered 429 (rate limits, failed keys).",
                                    registry=r)
        self.worker_restarts = Counter("quotes_worker_restarts",
                                       "gunicorn workers that exited while the server went on (recycled after "
                                       "QUOTES_MAX_REQUESTS, killed by the watchdog, crashed) and were replaced.",
                                       registry=r)

    def start_request(self) -> None:
        """Note when the request reached the app (the first of its before-request hooks)."""
        g.metrics_started = time.perf_counter()

    def count_response(self, response: Response) -> Response:
        """Count the answer and its latency (the last of the after-request hooks: the status is final)."""
        rule = request.url_rule
        endpoint = rule.rule if rule is not None else UNMATCHED
        method = request.method if request.method in METHODS else "other"
        started = g.get("metrics_started")
        self.requests.labels(endpoint, method, str(response.status_code)).inc()
        if started is not None:
            self.latency.labels(endpoint).observe(time.perf_counter() - started)
        if response.status_code == 429:
            self.rate_limited.inc()
        return response

    @contextmanager
    def extracting(self, kind: str, chars: int) -> Iterator[list[int]]:
        """Time one document's extraction; the caller appends the number of quotes it returns."""
        started = time.perf_counter()
        found: list[int] = []
        yield found
        self.extraction.labels(kind).observe(time.perf_counter() - started)
        self.documents.labels(kind).inc()
        self.characters.labels(kind).inc(chars)
        self.quotes.inc(sum(found))

    def timed_out(self, kind: str) -> None:
        """Count a time limit reached: ``cpu``, ``deadline`` or ``queue`` (see the counter's help)."""
        self.timeouts.labels(kind).inc()

    def exposition(self) -> Response:
        """Every process's values, added up, in the Prometheus text format."""
        if not self.multiprocess:
            return Response(generate_latest(self.registry), headers={"Content-Type": CONTENT_TYPE_PLAIN_0_0_4})
        registry = CollectorRegistry()
        prometheus_multiprocess.MultiProcessCollector(registry, path=self.directory)
        with _locked(self.directory, fcntl.LOCK_SH):  # no fold while the files are read
            exposition = generate_latest(registry)
        return Response(exposition, headers={"Content-Type": CONTENT_TYPE_PLAIN_0_0_4})


def install_metrics(app: Flask) -> Metrics:
    """Count every request of ``app``; call it before any other request hook is registered."""
    metrics = Metrics()
    app.extensions["quotes_metrics"] = metrics
    app.before_request(metrics.start_request)
    app.after_request(metrics.count_response)  # registered first, so Flask runs it last
    return metrics


def worker_exited(metrics: Metrics, pid: int, *, replaced: bool) -> None:
    """In gunicorn's master, when a worker has exited: fold its counts into the archive, and count a
    restart."""
    if metrics.multiprocess:
        fold(metrics.directory, pid)
    if replaced:
        metrics.worker_restarts.inc()


def fold(directory: str, pid: int) -> None:
    """Add the value files of the exited process ``pid`` into the archive files and remove them."""
    with _locked(directory, fcntl.LOCK_EX):
        for kind in FOLDED_KINDS:
            path = os.path.join(directory, f"{kind}_{pid}.db")
            if not os.path.exists(path):
                continue
            archive = MmapedDict(os.path.join(directory, f"{kind}_{ARCHIVE}.db"))
            try:
                for key, value, _timestamp, _position in MmapedDict.read_all_values_from_file(path):
                    total, _ = archive.read_value(key)
                    archive.write_value(key, total + value, 0.0)
            finally:
                archive.close()
            os.remove(path)
        prometheus_multiprocess.mark_process_dead(pid, directory)  # live gauges, should any appear


@contextmanager
def _locked(directory: str, operation: int) -> Iterator[None]:
    with open(os.path.join(directory, LOCK_FILE), "a") as handle:
        fcntl.flock(handle, operation)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
