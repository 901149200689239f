"""Generated articles for archive-scale runs: paragraphs of the evaluation corpus recombined, reproducibly.

Each article is a headline and 4 to 12 paragraphs drawn from the corpus's news articles (wire, British,
broadcast... styles), so the text, the marks and the attributions are real newswire prose; only their
order is new. The same seed gives the same archive.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from functools import cache
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "eval" / "corpus" / "corpus.jsonl"


@cache
def _paragraphs() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The corpus's headlines and its body paragraphs."""
    headlines, body = [], []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        paragraphs = [p.strip() for p in json.loads(line)["text"].split("\n\n") if p.strip()]
        headlines.append(paragraphs[0])
        body.extend(paragraphs[1:])
    return tuple(headlines), tuple(body)


def articles(count: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """Yield ``count`` articles as ``{"id", "text"}``.

    Args:
        count: how many.
        seed: the same seed gives the same articles.
    """
    headlines, body = _paragraphs()
    chooser = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    for number in range(count):
        paragraphs = [chooser.choice(headlines), *chooser.sample(body, chooser.randint(4, 12))]
        yield {"id": f"article-{seed}-{number:06d}", "text": "\n\n".join(paragraphs)}


def write_jsonl(path: Path, count: int, seed: int = 0) -> int:
    """Write ``count`` articles to ``path`` as JSON Lines; returns the bytes written."""
    with path.open("w", encoding="utf-8") as handle:
        for article in articles(count, seed):
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path.stat().st_size
