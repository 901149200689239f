"""The one module-level application, for gunicorn: ``gunicorn service.wsgi:app``.

A bad keys file or an unreachable limits storage stops the start with one line per problem.
"""

import sys

from . import create_app
from .config import ConfigError

try:
    app = create_app()
except ConfigError as error:
    sys.exit("\n".join(f"quotes: bad setting: {problem}" for problem in error.problems))
