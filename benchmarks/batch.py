"""The batch command at archive scale: ``python -m benchmarks.batch [--articles 10000]``.

Runs ``python -m service batch`` on generated articles with 1 and 2 workers (JSON Lines in and out, then
Parquet out) and prints documents per second, input MB per second, the CPU seconds of the whole process
tree, and the peak resident memory of the main process and of the tree (sampled every 50 ms with psutil).
The machine is shared: the load average printed before and after each run tells whether others took
cores, and the CPU seconds (which other processes do not inflate) tell the cost whatever the load.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from benchmarks.articles import write_jsonl

ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000


def measure(source: Path, target: Path, workers: int) -> dict[str, float]:
    """Run one batch and sample its memory until it ends."""
    command = [sys.executable, "-m", "service", "batch", str(source), str(target), "--workers", str(workers),
               "--quiet"]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT)  # noqa: S603 - this interpreter running the batch command
    main = psutil.Process(process.pid)
    peak_main = peak_tree = 0
    cpu: dict[int, float] = {}  # the last CPU time read of each process of the tree
    while process.poll() is None:
        try:
            tree = [main, *main.children(recursive=True)]
            sizes = [p.memory_info().rss for p in tree]
            for member in tree:
                times = member.cpu_times()
                cpu[member.pid] = times.user + times.system
        except psutil.Error:  # a process ended between the listing and the reading
            continue
        peak_main, peak_tree = max(peak_main, sizes[0]), max(peak_tree, sum(sizes))
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if process.returncode:
        raise SystemExit(f"the batch failed with status {process.returncode}")
    return {"seconds": seconds, "cpu": sum(cpu.values()), "main_mib": peak_main / 2**20,
            "tree_mib": peak_tree / 2**20}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as folder:
        source = Path(folder) / "articles.jsonl"
        size = write_jsonl(source, args.articles)
        print(f"{args.articles:,} generated articles, {size / MB:.1f} MB of JSON Lines; "
              f"load average before: {psutil.getloadavg()[0]:.2f}")
        print(f"{'output':<8} {'workers':>7} {'seconds':>8} {'docs/s':>8} {'MB/s':>6} {'CPU s':>6} {'main MiB':>9} "
              f"{'tree MiB':>9} {'load':>5}")
        for output, workers in (("jsonl", 1), ("jsonl", 2), ("parquet", 1), ("parquet", 2)):
            target = Path(folder) / f"out-{workers}.{output}"
            result = measure(source, target, workers)
            seconds = result["seconds"]
            rates = f"{args.articles / seconds:>8.0f} {size / MB / seconds:>6.2f} {result['cpu']:>6.1f}"
            memory = f"{result['main_mib']:>9.1f} {result['tree_mib']:>9.1f}"
            print(f"{output:<8} {workers:>7} {seconds:>8.1f} {rates} {memory} {psutil.getloadavg()[0]:>5.2f}")


if __name__ == "__main__":
    main()
