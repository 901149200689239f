"""The one module-level application, for gunicorn: ``gunicorn service.wsgi:app``.

A bad keys file or a limits storage URI that cannot name one stops the start with one line per problem; a
limits storage that does not answer yet only logs a warning (service/api/access.py).
"""

import sys

from . import create_app
from .api.routes import CANARY
from .config import ConfigError
from .extractor import extract

try:
    app = create_app()
except ConfigError as error:
    sys.exit("\n".join(f"quotes: bad setting: {problem}" for problem in error.problems))

# gunicorn loads this module in the master before it forks the workers: one extraction here reads the
# language pack and builds its patterns once, and every worker starts with them (copy-on-write), so no
# first request pays for them.
extract(CANARY)
