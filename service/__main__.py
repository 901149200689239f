"""Command line: ``python -m service extract FILE|-`` and ``python -m service serve``."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .evaluate import evaluate, render
from .extractor import ExtractOptions, OptionsError, extract
from .extractor.language import DEFAULT_LANGUAGE
from .extractor.model import OFFSET_UNITS


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m service", description="Quote extraction and attribution.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("extract", help="print the quotes of an article")
    run.add_argument("file", help="a UTF-8 text file, or - for standard input")
    run.add_argument("--json", action="store_true", help="print the full result as JSON")
    run.add_argument("--include-other", action="store_true", help="also list quoted spans that are not speech")
    run.add_argument("--min-confidence", type=float, default=0.0, help="leave out quotes below this confidence")
    run.add_argument("--offsets", choices=OFFSET_UNITS, default="codepoint",
                     help="count offsets in code points (Python) or UTF-16 code units (JavaScript)")
    run.add_argument("--language", default=DEFAULT_LANGUAGE, help="the language pack the rules read")
    score = commands.add_parser("evaluate", help="score the engine on a gold file in the evaluation kit's format")
    score.add_argument("gold", type=Path, help="JSON Lines: id, text, quotes (see tests/eval/README.md)")
    score.add_argument("--errors", type=int, default=0, help="also list this many misses and wrong speakers")
    score.add_argument("--json", action="store_true", help="print the scorer's full result as JSON")
    serve = commands.add_parser("serve", help="start gunicorn with the service's settings")
    serve.add_argument("--bind", help="address to listen on (default: QUOTES_BIND or 127.0.0.1:8000)")
    args = parser.parse_args(argv)
    if args.command == "serve":
        return _serve(args.bind)
    if args.command == "evaluate":
        return _evaluate(args)
    return _extract(args)


def _extract(args: argparse.Namespace) -> int:
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
        options = ExtractOptions(include_other=args.include_other, min_confidence=args.min_confidence,
                                 offsets=args.offsets, language=args.language)
    except (OSError, UnicodeDecodeError, OptionsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = extract(text, options)
    if args.json:
        print(json.dumps(dataclasses.asdict(result), ensure_ascii=False, indent=2))
        return 0
    print(_table(result))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    try:
        result = evaluate(args.gold, errors=args.errors)
    except (OSError, UnicodeDecodeError, ValueError, KeyError) as exc:
        print(f"error: {args.gold} is not a gold file in the kit's format ({exc!r})", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else render(result))
    return 0


def _table(result) -> str:
    rows = [("SPEAKER", "KIND", "QUOTE")]
    for quote in result.quotes:
        speaker = quote.speaker.name if quote.speaker else "(unattributed)"
        text = " ".join(quote.text.split())
        rows.append((speaker, quote.kind, text if len(text) <= 80 else text[:77] + "..."))
    width = [max(len(row[i]) for row in rows) for i in range(2)]
    return "\n".join(f"{s:<{width[0]}}  {k:<{width[1]}}  {q}" for s, k, q in rows)


def _serve(bind: str | None) -> int:
    if bind:
        os.environ["QUOTES_BIND"] = bind
    command = [sys.executable, "-m", "gunicorn", "-c", "python:service.gunicorn_conf", "service.wsgi:app"]
    os.execv(sys.executable, command)  # noqa: S606 - a fixed command: this interpreter running gunicorn
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main())
