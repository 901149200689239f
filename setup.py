"""Builds the package (its metadata is in pyproject.toml). With ``QUOTES_COMPILE=1`` the extractor's modules
are compiled to C extensions with mypyc (about 1.5 times faster); without it the package is pure Python,
and the two behave the same (tests/test_compiled.py runs the extractor's tests against the compiled one).

    QUOTES_COMPILE=1 python setup.py build_ext --inplace   # what the Dockerfile and scripts/compile_extractor.py run
"""

import os
from pathlib import Path

from setuptools import setup

# Kept interpreted: the model's exception classes subclass built-in exceptions, which mypyc cannot compile, and
# it holds no hot loop (the options and the results). The time budget is compiled: its check() runs between
# steps, some 200 times an article.
INTERPRETED = {"__init__.py", "model.py"}


def compiled_extractor() -> list:
    from mypyc.build import mypycify  # a build-time requirement only (requirements-dev.txt, the image's build stage)

    here = Path(__file__).parent
    paths = sorted(str(path.relative_to(here)) for path in (here / "service" / "extractor").glob("*.py")
                   if path.name not in INTERPRETED)
    # One shared library for all modules (service/extractor/engine__mypyc.*.so), so calls between the
    # modules are native calls.
    return mypycify(["--ignore-missing-imports", "--follow-imports=silent", *paths],
                    separate=[(paths, "service.extractor.engine")])


setup(ext_modules=compiled_extractor() if os.environ.get("QUOTES_COMPILE") == "1" else [])
