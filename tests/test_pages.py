"""The pages for people: served by the app from service/static, with nothing loaded from anywhere else."""

from __future__ import annotations

import hashlib
import re

import pytest

from service import create_app
from service.pages import CONTENT_SECURITY_POLICY
from tests.api.test_access import KEY, keys_file  # noqa: F401 - the fixture
from tests.conftest import ROOT

STATIC = ROOT / "service" / "static"
VENDOR = STATIC / "vendor" / "swagger-ui"
OWN_FILES = ["index.html", "docs.html", "app.js", "quotes.js", "docs.js", "app.css", "docs.css"]
# What a page could load: src= and href= attributes, CSS url() and @import, and ES module imports.
RE_REFERENCE = re.compile(r"""
    (?:src|href)\s*=\s*["']([^"']+)       # <script src="..."> <link href="...">
  | url\(\s*["']?([^"')]+)               # url(...) in CSS
  | @import                                # a CSS import, never used
  | \bimport\b[^;]*?from\s*["']([^"']+)   # import { x } from "..."
""", re.VERBOSE)


@pytest.mark.parametrize(("path", "mimetype"), [
    ("/", "text/html"), ("/docs", "text/html"), ("/static/quotes.js", "text/javascript"),
    ("/static/app.js", "text/javascript"), ("/static/app.css", "text/css"),
    ("/static/vendor/swagger-ui/swagger-ui-bundle.js", "text/javascript"),
])
def test_pages_and_their_files_are_served(client, path, mimetype):
    with client.get(path) as response:  # a file is sent from disk: closed with the response
        assert response.status_code == 200 and response.mimetype == mimetype
        if mimetype == "text/html":
            assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY


def test_pages_are_open_and_never_rate_limited_while_the_api_needs_keys(keys_file):  # noqa: F811 - the fixture
    client = create_app({"api_keys_file": keys_file, "ratelimit": "1/minute"}).test_client()
    for _ in range(3):
        for path in ("/", "/docs", "/static/quotes.js", "/openapi.yaml"):
            with client.get(path) as response:
                assert response.status_code == 200, path
    assert client.post("/v1/quotes", json={"text": "x"}).status_code == 401
    assert client.post("/v1/quotes", json={"text": "x"}, headers={"Authorization": f"Bearer {KEY}"}).status_code == 200


@pytest.mark.parametrize("name", OWN_FILES)
def test_our_pages_load_nothing_from_elsewhere(name):
    source = (STATIC / name).read_text(encoding="utf-8")
    for match in RE_REFERENCE.finditer(source):
        assert match.group(0) != "@import", name
        reference = next(filter(None, match.groups()), "")
        assert not re.match(r"(?i)[a-z][a-z0-9+.-]*:|//", reference) or reference.startswith("data:"), (name, reference)


def test_the_vendored_renderer_is_unchanged():
    listed = dict(reversed(line.split("  ", 1)) for line in (VENDOR / "SHA256SUMS").read_text().splitlines())
    assert set(listed) == {p.name for p in VENDOR.iterdir()} - {"SHA256SUMS", "README.md"}
    for name, digest in listed.items():
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name
    assert "Apache License" in (VENDOR / "LICENSE").read_text(encoding="utf-8")
