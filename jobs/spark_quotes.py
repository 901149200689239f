"""Spark job: the quotes of a whole archive, partition by partition.

    spark-submit jobs/spark_quotes.py IN OUT [--flat] [--input-format parquet|jsonl] [--partitions N]

IN is Parquet (``id`` and ``text`` columns; other columns are ignored) or JSON Lines (``{"id", "text"}``
a line); OUT is a Parquet directory with the declared schema of ``service/tables.py``: one row per document
in the API's shape (``id``, ``quotes``, ``speakers``, ``meta``, or ``error``), or with ``--flat`` one row
per quote. Every document is answered by the library under its own time budget, exactly as
``python -m service batch`` answers it (a test holds the two outputs equal), and a bad document gets an
error row instead of failing the job. The executors need the ``service`` package and its requirements
(README: "Spark on a cluster").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql.pandas.types import from_arrow_schema

from service import tables
from service.config import Config, ConfigError
from service.extractor import ExtractOptions, OptionsError
from service.extractor.language import DEFAULT_LANGUAGE
from service.extractor.model import OFFSET_UNITS
from service.records import Job, answer, is_blank, parse_line

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz", ".jsonl.bz2")


class JobError(Exception):
    """The input cannot be read as documents (no text column, say)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the job (``spark-submit`` calls this); returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        config = Config.from_env()
        options = ExtractOptions(include_other=args.include_other, min_confidence=args.min_confidence,
                                 offsets=args.offsets, language=args.language,
                                 timeout=config.timeout if args.timeout is None else args.timeout)
    except (ConfigError, OptionsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    spark = SparkSession.builder.appName("quotes").getOrCreate()
    try:
        run(spark, args.input, args.output, Job(options, config.max_chars, args.flat),
            input_format=args.input_format, mode=args.mode, partitions=args.partitions)
    except JobError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    return 0


def run(spark: SparkSession, source: str, target: str, job: Job, *, input_format: str | None = None,
        mode: str = "errorifexists", partitions: int | None = None) -> None:
    """Answer every document of ``source`` and write the answers to ``target`` as Parquet.

    Args:
        spark: the session.
        source: Parquet or JSON Lines, any path Spark reads (a file, a directory, a glob, s3a://...).
        target: the Parquet directory to write.
        job: the options and limits of every document.
        input_format: ``"parquet"`` or ``"jsonl"``; from the name when ``None`` (JSON Lines names end in
            .jsonl, .ndjson or .json, compressed or not).
        mode: Spark's save mode: ``errorifexists`` or ``overwrite``.
        partitions: spread the documents over this many partitions first (a few large input files).

    Raises:
        JobError: a Parquet input has no text (or html) column.
    """
    frame, kind = read(spark, source, input_format)
    if partitions:
        frame = frame.repartition(partitions)
    answers = frame.mapInArrow(partial(answer_batches, kind=kind, job=job), from_arrow_schema(tables.schema(job.flat)))
    answers.write.mode(mode).parquet(target)


def read(spark: SparkSession, source: str, input_format: str | None = None) -> tuple[DataFrame, str]:
    """Read the documents: a DataFrame of JSON Lines (one ``value`` per line) or of id/text/html rows.

    Returns:
        The frame and its kind, ``"jsonl"`` or ``"rows"``.
    """
    input_format = input_format or ("jsonl" if source.lower().endswith(JSONL_SUFFIXES) else "parquet")
    if input_format == "jsonl":
        # Lines are parsed by the library, as the batch command parses them: the same answer for a bad line.
        return spark.read.text(source), "jsonl"
    frame = spark.read.parquet(source)
    if not {"text", "html"} & set(frame.columns):
        raise JobError(f"{source} has no text (or html) column; it has {', '.join(frame.columns)}")
    return frame.select(*[name for name in ("id", "text", "html") if name in frame.columns]), "rows"


def answer_batches(batches: Iterator[Any], kind: str, job: Job) -> Iterator[Any]:
    """Answer the documents of one partition, an Arrow record batch at a time (runs on the executors).

    Args:
        batches: pyarrow record batches of the input frame.
        kind: ``"jsonl"`` (a ``value`` column of lines) or ``"rows"`` (id, text and/or html columns).
        job: options and limits.

    Yields:
        Record batches of :func:`service.tables.schema`.
    """
    for batch in batches:
        rows = batch.to_pylist()
        if kind == "jsonl":
            documents = [parse_line(row["value"]) for row in rows if not is_blank(row["value"])]
        else:
            documents = rows
        yield tables.to_batch([answer(document, job) for document in documents], job.flat)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="spark_quotes.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("input", metavar="IN", help="Parquet or JSON Lines: a file, a directory or a glob")
    parser.add_argument("output", metavar="OUT", help="the Parquet directory to write")
    parser.add_argument("--input-format", choices=("parquet", "jsonl"), help="IN's format (default: from its name)")
    parser.add_argument("--flat", action="store_true", help="one row per quote rather than one per document")
    parser.add_argument("--mode", choices=("errorifexists", "overwrite"), default="errorifexists",
                        help="what to do when OUT exists")
    parser.add_argument("--partitions", type=int, help="repartition the documents first")
    parser.add_argument("--timeout", type=float, help="seconds one document may take (default: QUOTES_TIMEOUT)")
    parser.add_argument("--include-other", action="store_true", help="also list quoted spans that are not speech")
    parser.add_argument("--min-confidence", type=float, default=0.0, help="leave out quotes below this confidence")
    parser.add_argument("--offsets", choices=OFFSET_UNITS, default="codepoint", help="code points or UTF-16 units")
    parser.add_argument("--language", default=DEFAULT_LANGUAGE, help="the language pack the rules read")
    return parser


if __name__ == "__main__":
    sys.exit(main())
