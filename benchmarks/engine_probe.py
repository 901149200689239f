"""Time one checkout's engine (run by ``benchmarks/bench.py engine``; prints one JSON object).

    python benchmarks/engine_probe.py ROOT [--runs N]

ROOT is a checkout (this one, or a ``git worktree`` of an older commit); the texts are this checkout's,
so both engines read the same inputs. Every article is timed on its own with the ``regex`` package's
pattern cache emptied first, so a pattern an engine compiles per document is paid for every time, as it
is on an article the engine has never seen.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
MB = 1_000_000


def articles() -> list[str]:
    """The regression corpus and the kit's two sample articles: articles the rules were not written on
    (the corpus) and ones they were (the samples)."""
    found = []
    for path in (HERE / "tests/eval/corpus/corpus.jsonl", HERE / "tests/eval/gold.jsonl"):
        found += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    return found


def adversarial() -> dict[str, str]:
    """Inputs built to be slow, each about 1 MB."""
    mixed = "Ein „Test“, sagte sie. «Oui», dit-il. “是” 他说。 "
    english = "“We will win,” Ann Lee said. “No,” he said. "
    return {
        "quote-dense mixed scripts": (mixed * (MB // len(mixed) + 1))[:MB],
        "short attributed English quotes": (english * (MB // len(english) + 1))[:MB],
        "quote marks only": "“" * (MB // 3),
        "apostrophes": "'" * MB,
    }


def prose(size: int, texts: list[str]) -> str:
    parts, total = [], 0
    while total < size:
        parts.append(texts[len(parts) % len(texts)])
        total += len(parts[-1]) + 2
    return "\n\n".join(parts)[:size]


def best(runs: int, work) -> float:
    fastest = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        fastest = min(fastest, time.perf_counter() - started)
    return fastest


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    texts = articles()  # read before the clock starts: the corpus is the benchmark's, not the engine's start-up
    started = time.perf_counter()
    sys.path.insert(0, str(args.root.resolve()))
    import regex

    from service.extractor import ExtractOptions, extract

    unlimited = ExtractOptions(timeout=None)
    extract(texts[0], unlimited)
    first = time.perf_counter() - started
    out: dict[str, float] = {"import_and_first_s": first}

    def corpus() -> None:
        for text in texts:
            regex.purge()
            extract(text, unlimited)

    out["corpus_s"] = best(args.runs, corpus)
    out["corpus_chars"] = sum(len(t) for t in texts)
    sample = texts[-1]
    for copies in (1, 10, 100):
        text = "\n\n".join([sample] * copies)
        out[f"copies_{copies}_s_per_copy"] = best(max(1, args.runs if copies < 100 else 1),
                                                  lambda text=text: extract(text, unlimited)) / copies
    # The service always extracts under a time budget, whose clock readings must cost next to nothing: a zero
    # sleep there once cost a fifth of the engine's time in the service and no figure above showed it.
    budgeted = ExtractOptions()
    out["sample_x100_budgeted_s"] = best(args.runs, lambda: [extract(sample, budgeted) for _ in range(100)])
    out["sample_x100_unbudgeted_s"] = best(args.runs, lambda: [extract(sample, unlimited) for _ in range(100)])
    out["prose_1mb_s"] = best(1, lambda: extract(prose(MB, texts), unlimited))
    for name, text in adversarial().items():
        out[f"adversarial:{name}_s"] = best(1, lambda text=text: extract(text, unlimited))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
