"""Build a compiled copy of this checkout's engine: ``python scripts/compile_extractor.py DEST``.

DEST gets a copy of ``service/`` (and the ``tests/`` that go with it) whose extractor modules are mypyc
extensions, built in place there: the checkout itself stays pure Python, so an edited ``.py`` is never
shadowed by a stale extension. The benchmarks time DEST beside the checkout (``make bench``) and
tests/test_compiled.py runs the extractor's tests in it. Needs mypy (requirements-dev.txt) and a C compiler.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("service", "tests", "benchmarks", "setup.py", "pyproject.toml", "requirements.txt", "README.md",
          "openapi.yaml")


def compile_copy(dest: Path) -> Path:
    """Copy the checkout's code into ``dest`` (emptied first) and compile its extractor there."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "artifacts")
    for name in COPIED:
        source = ROOT / name
        if source.is_symlink():
            (dest / name).symlink_to(source.readlink())
        elif source.is_dir():
            shutil.copytree(source, dest / name, ignore=ignore, symlinks=True)
        else:
            shutil.copy2(source, dest / name)
    done = subprocess.run([sys.executable, "setup.py", "--quiet", "build_ext", "--inplace"], cwd=dest,
                          env=os.environ | {"QUOTES_COMPILE": "1"}, capture_output=True, text=True)
    if done.returncode:
        # mypyc type-checks what it compiles: its errors (a variable given two types) say what to mend.
        errors = [line for line in done.stdout.splitlines() + done.stderr.splitlines() if "error" in line]
        raise RuntimeError("compiling the extractor failed:\n" + "\n".join(errors[-20:]))
    return dest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    compile_copy(parser.parse_args().dest.resolve())


if __name__ == "__main__":
    main()
