"""quotes: a quote-attribution service for newsrooms."""

__version__ = "1.0.0"


def create_app(config=None):
    """Build the Flask application (see :func:`service.app.create_app`)."""
    from .app import create_app as _create_app

    return _create_app(config)
