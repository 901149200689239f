"""Write the real request and response for the sample article into openapi.yaml's examples.

Run after any change to the extractor's output: ``python scripts/sync_openapi_example.py``.
tests/api/test_contract.py fails while the examples are out of date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service import create_app  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "sample-article.txt"
SPEC = ROOT / "service" / "openapi.yaml"  # the top-level openapi.yaml links to it
FIXED_ELAPSED_MS = 5.0


def sample_exchange() -> tuple[dict, dict]:
    """Return the sample request body and the service's real answer (elapsed_ms fixed)."""
    request = {"id": "article-000", "text": SAMPLE.read_text(encoding="utf-8")}
    response = create_app({}).test_client().post("/v1/quotes", json=request).get_json()
    response["meta"]["elapsed_ms"] = FIXED_ELAPSED_MS
    return request, response


def render(spec_text: str, request: dict, response: dict) -> str:
    """Replace the ``value:`` line of each sample example with the JSON given."""
    lines = spec_text.splitlines()
    values = {"SampleRequest:": request, "SampleResponse:": response}
    current = None
    for i, line in enumerate(lines):
        if line.strip() in values:
            current = line.strip()
        elif current and line.strip().startswith("value:"):
            indent = line[: len(line) - len(line.lstrip())]
            lines[i] = f"{indent}value: {json.dumps(values[current], ensure_ascii=False)}"
            current = None
    return "\n".join(lines) + "\n"


def main() -> None:
    request, response = sample_exchange()
    SPEC.write_text(render(SPEC.read_text(encoding="utf-8"), request, response), encoding="utf-8")


if __name__ == "__main__":
    main()
