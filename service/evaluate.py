"""``python -m service evaluate GOLD.jsonl``: score the engine on a gold file in the evaluation kit's
format, so a newsroom can measure it on articles it annotated itself (the kit's scorer, vendored as
``service/kit_score.py``, does the counting)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from . import kit_score
from .extractor import ExtractOptions, extract

MEASURES = ("extraction_exact", "extraction_lenient", "attribution", "attribution_mention")


def evaluate(gold_path: Path, errors: int = 0, options: ExtractOptions | None = None) -> dict[str, Any]:
    """Run the engine on every document of a gold file and score it.

    Args:
        gold_path: JSON Lines, one document a line: ``id``, ``text``, ``quotes`` (the kit's format).
        errors: how many misses and wrong speakers to list.
        options: extraction options (defaults, with a generous time budget, when ``None``).

    Returns:
        The kit scorer's result: precision, recall and F1 for each measure, and the errors.
    """
    options = options or ExtractOptions(timeout=60.0)
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    predictions = {
        doc["id"]: {"id": doc["id"], "quotes": [dataclasses.asdict(q) for q in extract(doc["text"], options).quotes]}
        for doc in gold
    }
    return kit_score.score(gold, predictions, n_errors=errors)


def render(result: dict[str, Any]) -> str:
    """The scores as a small table, then the errors, one a line."""
    lines = [f"{'measure':20s} {'precision':>9s} {'recall':>7s} {'F1':>6s}"]
    for measure in MEASURES:
        p, r, f = (result[measure][key] for key in ("precision", "recall", "f1"))
        lines.append(f"{measure:20s} {p:9.3f} {r:7.3f} {f:6.3f}")
    lines.append(f"not-quotes returned as speech: {result['not_quotes_hit']}")
    lines += [json.dumps(error, ensure_ascii=False) for error in result.get("errors", [])]
    return "\n".join(lines)
