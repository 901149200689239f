"""The one module-level application, for gunicorn: ``gunicorn service.wsgi:app``."""

from . import create_app

app = create_app()
