"""Command line: ``python -m service extract FILE|-``, ``batch IN OUT``, ``evaluate GOLD`` and ``serve``
(installed by ``pip install .``, the same as ``quotes ...``)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import batch, records
from .evaluate import evaluate, render
from .extractor import ExtractionTimeout, ExtractOptions, OptionsError, extract
from .extractor.language import DEFAULT_LANGUAGE
from .extractor.model import OFFSET_UNITS


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m service", description="Quote extraction and attribution.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("extract", help="print the quotes of an article")
    run.add_argument("file", help="a UTF-8 text file, or - for standard input")
    run.add_argument("--json", action="store_true", help="print the API's answer (id, quotes, speakers, meta)")
    run.add_argument("--id", help="the document id to put in the --json answer")
    run.add_argument("--include-other", action="store_true", help="also list quoted spans that are not speech")
    run.add_argument("--min-confidence", type=float, default=0.0, help="leave out quotes below this confidence")
    run.add_argument("--offsets", choices=OFFSET_UNITS, default="codepoint",
                     help="count offsets in code points (Python) or UTF-16 code units (JavaScript)")
    run.add_argument("--language", default=DEFAULT_LANGUAGE, help="the language pack the rules read")
    run.add_argument("--timeout", type=float, help="seconds the document may take (default: no limit, as the "
                     "command line reads a file of any length)")
    score = commands.add_parser("evaluate", help="score the engine on a gold file in the evaluation kit's format")
    score.add_argument("gold", type=Path, help="JSON Lines: id, text, quotes (see tests/eval/README.md)")
    score.add_argument("--errors", type=int, default=0, help="also list this many misses and wrong speakers")
    score.add_argument("--json", action="store_true", help="print the scorer's full result as JSON")
    serve = commands.add_parser("serve", help="start gunicorn with the service's settings")
    serve.add_argument("--bind", help="address to listen on (default: QUOTES_BIND or 127.0.0.1:8000)")
    batch.add_parser(commands)
    args = parser.parse_args(argv)
    if args.command == "serve":
        return _serve(args.bind)
    if args.command == "batch":
        return batch.command(args)
    if args.command == "evaluate":
        return _evaluate(args)
    return _extract(args)


def cli(argv: Sequence[str] | None = None) -> int:
    """The ``quotes`` console script: :func:`main`, ending quietly when the reader of the output goes
    away (``quotes extract article.txt | head``) or on Ctrl-C."""
    try:
        status = main(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would print a traceback, then fail again flushing stdout at exit: point it at devnull.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as a program killed by SIGPIPE
    except KeyboardInterrupt:  # Ctrl-C before a command took charge of it (batch stops cleanly itself)
        return 130
    return status


def _extract(args: argparse.Namespace) -> int:
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
        options = ExtractOptions(include_other=args.include_other, min_confidence=args.min_confidence,
                                 offsets=args.offsets, language=args.language, timeout=args.timeout)
    except (OSError, UnicodeDecodeError, OptionsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        job = records.Job(options, max_chars=len(text) or 1)  # the command line reads any length
        answer = records.answer({"id": args.id, "text": text}, job)
        print(json.dumps(answer, ensure_ascii=False, indent=2))
        return 1 if "error" in answer else 0
    try:
        result = extract(text, options)
    except ExtractionTimeout:
        print(f"error: the document needed more than the {args.timeout} s of --timeout", file=sys.stderr)
        return 1
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
    sys.exit(cli())
