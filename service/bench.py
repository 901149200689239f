"""Benchmarks that print figures (not tests): ``python -m service.bench engine`` and ``... http``.

engine: single-process throughput on a corpus of the sample articles, growth from 1 MB to 10 MB of
prose, and adversarial inputs against prose of the same size (all measured in the same run).
http: gunicorn with 2 sync workers under concurrency 8 for 20 s, against a floor app that parses and
validates the same body with the same request schema and returns no quotes.
load: gunicorn (one worker per CPU, no recycling) at concurrency 32 for 60 s: req/s, p50, p99,
failures, worker memory before and after, and the hostile inputs' response times.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
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


def prose(size: int) -> str:
    """At least ``size`` UTF-8 bytes of article text: the samples, one after another, as paragraphs."""
    articles = sample_articles()
    parts, total, i = [], 0, 0
    while total < size:
        parts.append(articles[i % len(articles)])
        total += len(parts[-1].encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


def _best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def engine(runs: int) -> None:
    """Print the engine's throughput, growth and adversarial timings."""
    from .extractor import ExtractOptions, extract

    unlimited = ExtractOptions(timeout=None)
    articles = sample_articles()
    corpus = [articles[i % len(articles)] for i in range(400)]
    corpus_bytes = sum(len(a.encode("utf-8")) for a in corpus)
    extract(corpus[0], unlimited)  # load the lexicons before timing
    seconds = _best_of(runs, lambda: [extract(a, unlimited) for a in corpus])
    print(f"corpus: {len(corpus)} articles, {corpus_bytes / MB:.2f} MB")
    print(f"  throughput        {corpus_bytes / MB / seconds:8.2f} MB/s   {len(corpus) / seconds:8.0f} articles/s"
          f"   (target 2 MB/s; textacy + spaCy small: 0.024 MB/s on this machine)")

    one, ten = prose(MB), prose(10 * MB)
    t1 = _best_of(runs, lambda: extract(one, unlimited))
    t10 = _best_of(max(1, runs // 2), lambda: extract(ten, unlimited))
    print("growth (one document):")
    print(f"  1 MB of prose     {t1:8.3f} s   {len(one.encode()) / MB / t1:6.2f} MB/s")
    print(f"  10 MB of prose    {t10:8.3f} s   {len(ten.encode()) / MB / t10:6.2f} MB/s   "
          f"ratio 10 MB / 1 MB = {t10 / t1:.2f} (linear: 10)")

    adversarial = {
        "100,000 quote marks": "“" * 50_000 + "”" * 50_000,
        "100,000 mixed marks": "“‘\"'«»”’" * 12_500,
        "100,000 nested marks": "“‘" * 50_000,
        "1 MB without spaces": ("abcdefghij“Quote”" * (MB // 17 + 1))[:MB],
        "1 MB of apostrophes": "'" * MB,
        "1 MB of curly apostrophes": "’" * MB,
        "1 MB of capitals": ("Zarif Said Minister " * (MB // 20 + 1))[:MB],
        "1 MB of short quotes": ("“Ab,” said Cd. " * (MB // 15 + 1))[:MB],
        "1 MB of mixed scripts": ("“Привет мир,” 他说。 «مرحبا» — Ἀθῆναι. " * (MB // 40 + 1))[:MB // 2],
    }
    print("adversarial (against prose of the same UTF-8 size, measured now; limit 10x):")
    worst = 0.0
    for name, text in adversarial.items():
        size = len(text.encode("utf-8"))
        reference = prose(size).encode("utf-8")[:size].decode("utf-8", "ignore")
        t_prose = _best_of(runs, lambda reference=reference: extract(reference, unlimited))
        t_adv = _best_of(runs, lambda text=text: extract(text, unlimited))
        worst = max(worst, t_adv / t_prose)
        print(f"  {name:26s} {size / MB:5.2f} MB  {t_adv:7.3f} s   prose {t_prose:7.3f} s   "
              f"ratio {t_adv / t_prose:5.2f}")
    print(f"  worst ratio {worst:.2f} (limit 10)")


def floor_app() -> Flask:
    """A floor for the HTTP benchmark: same body parsing and schema, no extraction."""
    from .api.payload import json_body, load
    from .api.schemas import QuoteRequestSchema
    from .config import Config

    app = Flask(__name__)
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


def _serve(app_spec: str, port: int, **settings: str) -> subprocess.Popen:
    env = {**os.environ, "QUOTES_BIND": f"127.0.0.1:{port}", "QUOTES_WORKERS": "2", "QUOTES_LOG_LEVEL": "warning",
           **settings}
    command = [sys.executable, "-m", "gunicorn", "-c", "python:service.gunicorn_conf", "--access-logfile",
               os.devnull, app_spec]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603 - this interpreter running gunicorn
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


def http_bench(seconds: float, concurrency: int) -> None:
    """Print req/s, p50 and p99 of the service and of the floor app, and their ratio."""
    body = json.dumps({"text": sample_articles()[0]}).encode("utf-8")
    figures = {}
    for label, spec in (("service", "service.wsgi:app"), ("floor", "service.bench:floor_app()")):
        port = free_port()
        process = _serve(spec, port)
        try:
            _load(port, body, 2, concurrency)  # warm up
            ok, failed, latencies = _load(port, body, seconds, concurrency)
        finally:
            process.terminate()
            process.wait(timeout=30)
        quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
        figures[label] = ok / seconds
        print(f"{label:8s} {ok / seconds:8.1f} req/s   p50 {quantiles[49] * 1000:7.2f} ms   "
              f"p99 {quantiles[98] * 1000:7.2f} ms   ok {ok}   failed {failed}")
    print(f"ratio service / floor = {figures['service'] / figures['floor']:.2f} (target at least 0.50)")


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
    print(f"load: {seconds:.0f} s at concurrency {concurrency}, {len(before)} sync workers, no recycling")
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
    parser = argparse.ArgumentParser(prog="python -m service.bench", description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["engine", "http", "load"])
    parser.add_argument("--runs", type=int, default=3, help="engine: best of this many runs")
    parser.add_argument("--seconds", type=float, help="http/load: seconds of load (default 20 / 60)")
    parser.add_argument("--concurrency", type=int, help="http/load: concurrent connections (default 8 / 32)")
    args = parser.parse_args(argv)
    if args.what == "engine":
        engine(args.runs)
    elif args.what == "http":
        http_bench(args.seconds or 20, args.concurrency or 8)
    else:
        load(args.seconds or 60, args.concurrency or 32)


if __name__ == "__main__":
    main()
