"""Count the CPU instructions one pass of the engine costs, per checkout (``python -m benchmarks.instructions``).

    python -m benchmarks.instructions [ROOT ...] [--corpus-commit REV]

Timings on this machine swing up to 2x; instruction counts under valgrind's callgrind (Debian package
``valgrind``) do not, so a change of a few percent shows. Each ROOT (this checkout by default; others are
``git worktree``s of older commits) extracts the same texts: the regression corpus as it stood at
``--corpus-commit`` (default: this checkout's), the kit's sample articles and the sample article. The engine
is run once and three times in separate processes; the difference halved is one pass, without start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
CORPUS = "tests/eval/corpus/corpus.jsonl"

# Run by each measured process: the engine of ROOT over the texts, N times.
RUNNER = """
import json, sys
sys.path.insert(0, sys.argv[1])
from service.extractor import ExtractOptions, extract
texts = json.load(open(sys.argv[2], encoding="utf-8"))
options = ExtractOptions(timeout=None)
for _ in range(int(sys.argv[3])):
    for text in texts:
        extract(text, options)
"""


def texts(corpus_commit: str | None) -> list[str]:
    """The corpus (at ``corpus_commit``, or as checked out), the kit's articles and the sample article."""
    if corpus_commit:
        command = [shutil.which("git") or "git", "-C", str(HERE), "show", f"{corpus_commit}:{CORPUS}"]
        corpus = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603 - git show
    else:
        corpus = (HERE / CORPUS).read_text(encoding="utf-8")
    found = [json.loads(line)["text"] for line in corpus.splitlines()]
    kit = (HERE / "tests/eval/gold.jsonl").read_text(encoding="utf-8")
    found += [json.loads(line)["text"] for line in kit.splitlines()]
    found.append((HERE / "tests/data/sample-article.txt").read_text(encoding="utf-8"))
    return found


def instructions(root: Path, texts_file: Path, runner: Path, passes: int) -> int:
    """Instructions of a process that runs ``passes`` passes of ``root``'s engine."""
    command = [shutil.which("valgrind") or "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
               sys.executable, str(runner), str(root), str(texts_file), str(passes)]
    out = subprocess.run(  # noqa: S603 - valgrind running this interpreter
        command, capture_output=True, text=True, check=True,
        # No bytecode written: the first run would pay for compiling what the second reads from the cache.
        env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"})
    found = re.search(r"refs:\s+([\d,]+)", out.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from valgrind:\n{out.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("roots", nargs="*", type=Path, default=[HERE])
    parser.add_argument("--corpus-commit", help="read the corpus as it stood at this commit (same texts for all)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("this benchmark needs valgrind: apt-get install valgrind")
    corpus = texts(args.corpus_commit)
    with tempfile.TemporaryDirectory() as folder:
        texts_file, runner = Path(folder) / "texts.json", Path(folder) / "runner.py"
        texts_file.write_text(json.dumps(corpus), encoding="utf-8")
        runner.write_text(RUNNER, encoding="utf-8")
        print(f"{len(corpus)} texts, {sum(map(len, corpus)):,} characters; instructions per pass of the engine")
        first = None
        for root in args.roots:
            per_pass = (instructions(root, texts_file, runner, 3) - instructions(root, texts_file, runner, 1)) // 2
            first = first or per_pass
            print(f"  {root!s:40s} {per_pass / 1e6:8.1f} M   {per_pass / first:5.2f}x the first")


if __name__ == "__main__":
    main()
