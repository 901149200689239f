"""Benchmarks that print figures (not tests): ``python -m benchmarks.bench engine|http|load``.

engine: this checkout's engine against a baseline checkout (``--baseline``, e.g. a ``git worktree`` of
the commit before a change), run alternately in fresh processes on the same machine: throughput on
articles the rules were not written on (each with the regex cache emptied), growth from 1 to 100 copies
of an article, adversarial inputs against prose of the same size, import plus first extraction.
http: gunicorn with 2 workers under concurrency 8, driven by ``wrk`` (Debian package; the Python
client below caps the floor app at about half what wrk reaches), against a floor app that parses and
validates the same body with the same request schema and returns no quotes.
load: gunicorn (one worker per CPU, no recycling) at concurrency 32 for 60 s: req/s, p50, p99,
failures, worker memory before and after, and the hostile inputs' response times.
metrics: the service under wrk (2 workers, concurrency 8) with and without a scraper reading
``/metrics`` ten times a second (Prometheus scrapes every 15 to 60 s), in alternating rounds: req/s,
p50 and p99 of each, and the scrapes' own latency.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from flask import Flask

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [ROOT / "tests" / "data" / "sample-article.txt", ROOT / "tests" / "eval" / "gold.jsonl"]
MB = 1_000_000


def sample_articles() -> list[str]:
    """The two sample articles (Mehr News Agency, CC BY 4.0)."""
    articles = [SAMPLES[0].read_text(encoding="utf-8")]
    for line in SAMPLES[1].read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        if text not in articles:
            articles.append(text)
    return articles


def _probe(root: Path, runs: int) -> dict[str, float]:
    command = [sys.executable, str(ROOT / "benchmarks" / "engine_probe.py"), str(root), "--runs", str(runs)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)  # noqa: S603
    return json.loads(done.stdout)


def engine(runs: int, baseline: Path | None, rounds: int, compiled: Path | None = None) -> None:
    """Print this engine's figures, and those of its compiled copy and of the baseline beside them,
    measured alternately."""
    roots = {"new": ROOT} | ({"compiled": compiled} if compiled else {}) | ({"old": baseline} if baseline else {})
    results: dict[str, dict[str, float]] = {}
    for _ in range(rounds):
        for label, root in roots.items():
            figures = _probe(root, runs)
            kept = results.setdefault(label, figures)
            for key, value in figures.items():
                kept[key] = min(kept[key], value)
    old = results.get("old")
    chars = results["new"]["corpus_chars"]
    print(f"engine, best of {rounds} alternating rounds ({runs} runs each)" + (f"; baseline {baseline}" if old else "")
          + (f"; compiled copy {compiled}" if compiled else ""))
    for key in results["new"]:
        if key == "corpus_chars":
            continue
        line = f"  {key:45s}"
        for label, figures in results.items():
            line += f"   {label} {figures[key] * 1000:9.2f} ms"
        if old:
            line += "".join(f"   old/{label} {old[key] / figures[key]:5.2f}x"
                            for label, figures in results.items() if label != "old")
        print(line)
    print("  corpus throughput: " + ", ".join(f"{label} {chars / figures['corpus_s'] / MB:.2f} MB/s"
                                             for label, figures in results.items()))
    for label, figures in results.items():
        if label == "old":
            continue
        growth = figures["copies_100_s_per_copy"] / figures["copies_1_s_per_copy"]
        print(f"  {label}: growth, time per copy at 100 copies / at 1 copy = {growth:.2f} (linear: within 1.10)")
        budget = figures["sample_x100_budgeted_s"] / figures["sample_x100_unbudgeted_s"]
        print(f"  {label}: the sample article under the service's time budget / without one = {budget:.2f}")
        for key in figures:
            if key.startswith("adversarial:"):
                print(f"  {label}: {key[12:-2]:35s} {figures[key] / figures['prose_1mb_s']:5.2f}x prose of the same "
                      "size (limit 10)")


def floor_app() -> Flask:
    """A floor for the HTTP benchmark: same body parsing and schema, no extraction."""
    from service.api.payload import json_body, load
    from service.api.schemas import QuoteRequestSchema
    from service.config import Config
    from service.lifecycle import Lifecycle

    app = Flask(__name__)
    app.extensions["quotes_lifecycle"] = Lifecycle()  # the service's gunicorn settings drain through it
    config = Config.from_env()
    app.config["MAX_CONTENT_LENGTH"] = config.max_body_bytes

    schema = QuoteRequestSchema(max_chars=config.max_chars)  # built once, as the service does

    @app.post("/v1/quotes")
    def quotes() -> dict[str, object]:
        body = load(schema, json_body())
        return {"id": body["id"], "quotes": [], "speakers": [], "meta": {}}

    return app


def _load(port: int, body: bytes, seconds: float, concurrency: int) -> tuple[int, int, list[float]]:
    """Post ``body`` from ``concurrency`` threads for ``seconds``; return (ok, failed, latencies)."""
    latencies: list[float] = []
    failed = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        errors = 0
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                connection.request("POST", "/v1/quotes", body, {"Content-Type": "application/json"})
                response = connection.getresponse()
                response.read()
                if response.status == 200:
                    mine.append(time.perf_counter() - started)
                else:
                    errors += 1
            except (OSError, http.client.HTTPException):
                errors += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.close()
        with lock:
            latencies.extend(mine)
            failed[0] += errors

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies), failed[0], latencies


def _serve(app_spec: str, port: int, cwd: Path = ROOT, **settings: str) -> subprocess.Popen:
    env = {**os.environ, "QUOTES_BIND": f"127.0.0.1:{port}", "QUOTES_WORKERS": "2", "QUOTES_LOG_LEVEL": "warning",
           **settings}
    command = [sys.executable, "-m", "gunicorn", "-c", "python:service.gunicorn_conf", "--access-logfile",
               os.devnull, app_spec]
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603 - this interpreter running gunicorn
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("POST", "/v1/quotes", b'{"text": "x"}', {"Content-Type": "application/json"})
            connection.getresponse().read()
            connection.close()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"{app_spec} did not start")


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


WRK_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open(os.getenv("QUOTES_BENCH_BODY"), "rb"):read()
"""


def _wrk(port: int, body_file: Path, seconds: float, concurrency: int) -> dict[str, float]:
    """Drive ``POST /v1/quotes`` with wrk; return req/s, p50 and p99 (ms) and non-2xx answers."""
    script = body_file.with_suffix(".lua")
    script.write_text(WRK_SCRIPT, encoding="utf-8")
    command = ["wrk", "-t", "2", "-c", str(concurrency), "-d", f"{seconds:.0f}s", "--latency", "-s", str(script),
               f"http://127.0.0.1:{port}/v1/quotes"]
    done = subprocess.run(command, capture_output=True, text=True, check=True,  # noqa: S603
                          env={**os.environ, "QUOTES_BENCH_BODY": str(body_file)})
    out = done.stdout
    figures = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))}
    for label, name in (("50%", "p50"), ("99%", "p99")):
        value, unit = re.search(rf"{label}\s+([\d.]+)(us|ms|s)", out).groups()
        figures[name] = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    figures["non2xx"] = float(errors.group(1)) if errors else 0.0
    return figures


def http_bench(seconds: float, concurrency: int, compiled: Path | None = None) -> None:
    """Print req/s, p50 and p99 of the service (and of the service on the compiled copy of its engine) and
    of the floor app, and their ratios."""
    if shutil.which("wrk") is None:
        raise SystemExit("the HTTP benchmark needs wrk: apt-get install wrk")
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        body_file = Path(folder) / "body.json"
        body_file.write_text(json.dumps({"text": sample_articles()[0]}), encoding="utf-8")
        runs = [("service", "service.wsgi:app", ROOT)]
        if compiled:
            runs.append(("compiled", "service.wsgi:app", compiled))
        for label, spec, cwd in [*runs, ("floor", "benchmarks.bench:floor_app()", ROOT)]:
            port = free_port()
            # No worker recycling in either: at the floor's rate the default (every 5,000 requests) would
            # restart a worker every few seconds and reset wrk's connections, timing restarts, not requests.
            process = _serve(spec, port, cwd, QUOTES_MAX_REQUESTS="0")
            try:
                _wrk(port, body_file, 2, concurrency)  # warm up
                result = _wrk(port, body_file, seconds, concurrency)
                rss = _worker_rss(process)
            finally:
                process.terminate()
                process.wait(timeout=30)
            figures[label] = result
            print(f"{label:8s} {result['rps']:8.1f} req/s   p50 {result['p50']:7.2f} ms   p99 {result['p99']:7.2f} ms"
                  f"   non-2xx {result['non2xx']:.0f}   worker RSS {', '.join(f'{r:.1f}' for r in rss)} MiB")
    for label, _, _ in runs:
        print(f"ratio {label} / floor = {figures[label]['rps'] / figures['floor']['rps']:.2f} "
              f"(target at least 0.50, p99 under 10 ms)")


def metrics_bench(seconds: float, concurrency: int, rounds: int = 6, scrape_every: float = 0.1) -> None:
    """Print what scraping /metrics costs the requests served meanwhile (issue 10)."""
    if shutil.which("wrk") is None:
        raise SystemExit("the metrics benchmark needs wrk: apt-get install wrk")
    runs: dict[str, list[dict[str, float]]] = {"no scraping": [], "scraping": []}
    scrapes: list[float] = []
    size = 0
    with tempfile.TemporaryDirectory() as folder:
        body_file = Path(folder) / "body.json"
        body_file.write_text(json.dumps({"text": sample_articles()[0]}), encoding="utf-8")
        port = free_port()
        process = _serve("service.wsgi:app", port, QUOTES_METRICS="open", QUOTES_MAX_REQUESTS="0")
        try:
            _wrk(port, body_file, 2, concurrency)  # warm up
            for round_ in range(rounds):  # ABBA order, so that a drift of the machine favours neither
                for label in ("no scraping", "scraping")[:: 1 if round_ % 2 == 0 else -1]:
                    stop = threading.Event()

                    def scrape(stop: threading.Event = stop) -> None:
                        nonlocal size
                        while not stop.wait(scrape_every):
                            started = time.perf_counter()
                            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                            connection.request("GET", "/metrics")
                            size = len(connection.getresponse().read())
                            connection.close()
                            scrapes.append((time.perf_counter() - started) * 1000)

                    scraper = threading.Thread(target=scrape, daemon=True)
                    if label == "scraping":
                        scraper.start()
                    runs[label].append(_wrk(port, body_file, seconds, concurrency))
                    stop.set()
                    if scraper.is_alive():
                        scraper.join()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("GET", "/metrics")
            exposition = connection.getresponse().read().decode("utf-8")
            connection.close()
        finally:
            process.terminate()
            process.wait(timeout=30)
    served = {}
    for endpoint in ("/metrics", "/v1/quotes"):  # the server's own timing: sum and count of the histogram
        pattern = rf'quotes_http_request_duration_seconds_(sum|count){{endpoint="{re.escape(endpoint)}"}} ([\d.e+-]+)'
        found = [float(v) for _, v in sorted(re.findall(pattern, exposition), reverse=True)]  # sum, then count
        served[endpoint] = 1000 * found[0] / found[1]
    for label, results in runs.items():
        print(f"{label:12s} req/s {statistics.median(r['rps'] for r in results):8.1f}   "
              f"p50 {statistics.median(r['p50'] for r in results):6.2f} ms   "
              f"p99 {statistics.median(r['p99'] for r in results):6.2f} ms   "
              f"(rounds: {', '.join(format(r['rps'], '.0f') for r in results)} req/s)")
    ratio = statistics.median(r["rps"] for r in runs["scraping"]) / statistics.median(
        r["rps"] for r in runs["no scraping"])
    print(f"scrapes: {len(scrapes)} at one every {scrape_every:g} s, {size} bytes each, "
          f"p50 {statistics.median(scrapes):.2f} ms, max {max(scrapes):.2f} ms; req/s scraping / not: {ratio:.3f}")
    print(f"in the app, a scrape took {served['/metrics']:.2f} ms on average, a POST /v1/quotes "
          f"{served['/v1/quotes']:.2f} ms")


def _worker_rss(process: subprocess.Popen) -> list[float]:
    """Resident memory of each gunicorn worker, in MiB."""
    import psutil

    return sorted(child.memory_info().rss / 2**20 for child in psutil.Process(process.pid).children())


def load(seconds: float, concurrency: int) -> None:
    """Hold load on gunicorn (one worker per CPU, no recycling) and print throughput and memory."""
    body = json.dumps({"text": sample_articles()[0]}).encode("utf-8")
    port = free_port()
    process = _serve("service.wsgi:app", port, QUOTES_WORKERS="0", QUOTES_MAX_REQUESTS="0")
    try:
        _load(port, body, 3, concurrency)  # warm up: lexicons loaded, caches filled
        before = _worker_rss(process)
        ok, failed, latencies = _load(port, body, seconds, concurrency)
        after = _worker_rss(process)
        hostile = _hostile_timings(port)
    finally:
        process.terminate()
        process.wait(timeout=60)
    quantiles = statistics.quantiles(latencies, n=100)
    print(f"load: {seconds:.0f} s at concurrency {concurrency}, {len(before)} gthread workers, no recycling")
    print(f"  {ok / seconds:8.1f} req/s   p50 {quantiles[49] * 1000:7.2f} ms   p99 {quantiles[98] * 1000:7.2f} ms   "
          f"ok {ok}   failed {failed}")
    for i, (b, a) in enumerate(zip(before, after, strict=False)):
        print(f"  worker {i}: RSS {b:6.1f} MiB before, {a:6.1f} MiB after {ok} requests shared by "
              f"{len(before)} workers ({(a - b) / b * 100:+.1f} %, limit +10 %)")
    print("hostile inputs through HTTP (limit 1 s each):")
    for name, (status, elapsed) in hostile.items():
        print(f"  {name:26s} status {status}   {elapsed * 1000:7.1f} ms")


# Prose in several scripts with quotations at a news article's density.
MIXED_SCRIPTS = (
    "Министр иностранных дел заявил журналистам: «Мы готовы к переговорам». 外交部发言人表示，“中方愿意继续对话”。"
    "وقال المتحدث باسم الوزارة إن المحادثات \"ستستمر\" الأسبوع المقبل. Ο υπουργός δήλωσε ότι η συμφωνία είναι «κοντά». "
    "प्रधानमंत्री ने कहा, “हम शांति चाहते हैं।” “We are close,” said Foreign Minister Ana Silva. 🙂\n\n"
)
HOSTILE_TEXTS = {
    "1 MB of quote marks": "“" * 333_334,
    "1 MB with no spaces": ("abcdefghij“Quote”" * 62_000)[:1_000_000],
    "1 MB of apostrophes": "'" * 1_000_000,
    "100,000 nested marks": "“‘" * 50_000,
    "mixed scripts (1 MB)": (MIXED_SCRIPTS * (MB // 500)).encode("utf-8")[:MB].decode("utf-8", "ignore"),
    "dense quotes, mixed scripts": ("“Привет мир,” 他说。 «مرحبا» — Ἀθῆναι. 🙂 " * 20_000)[:400_000],
}


def _hostile_timings(port: int) -> dict[str, tuple[int, float]]:
    out = {}
    for name, text in HOSTILE_TEXTS.items():
        body = json.dumps({"text": text}).encode("utf-8")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        started = time.perf_counter()
        connection.request("POST", "/v1/quotes", body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        out[name] = (response.status, time.perf_counter() - started)
        connection.close()
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench", description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["engine", "http", "load", "metrics"])
    parser.add_argument("--runs", type=int, default=3, help="engine: best of this many runs per round")
    parser.add_argument("--rounds", type=int, default=3, help="engine: alternating rounds of new and baseline")
    parser.add_argument("--baseline", type=Path, help="engine: a checkout to compare with (git worktree)")
    parser.add_argument("--compiled", type=Path,
                        help="engine/http: also time this compiled copy (scripts/compile_extractor.py DIR)")
    parser.add_argument("--seconds", type=float, help="http/load: seconds of load (default 20 / 60)")
    parser.add_argument("--concurrency", type=int, help="http/load: concurrent connections (default 8 / 32)")
    args = parser.parse_args(argv)
    if args.what == "engine":
        engine(args.runs, args.baseline, args.rounds, args.compiled)
    elif args.what == "http":
        http_bench(args.seconds or 20, args.concurrency or 8, args.compiled)
    elif args.what == "metrics":
        metrics_bench(args.seconds or 8, args.concurrency or 8)
    else:
        load(args.seconds or 60, args.concurrency or 32)


if __name__ == "__main__":
    main()
