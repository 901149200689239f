"""The Spark job on real PySpark in local mode (Java from Debian): counts, the declared schema, and the
same answers as the batch command on the same input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from benchmarks.articles import articles
from jobs.spark_quotes import JobError, run
from service import tables
from service.extractor import ExtractOptions
from service.records import Job
from tests.conftest import ROOT

DOCUMENTS = 300
ODD_LINES = [  # and other lines: the answers must be the batch command's all the same
    '{"id": "bad-json", "text": ',
    '{"id": "bad-empty", "text": ""}',
    '{"id": "html", "html": "<p>“Hi,” said <b>Ann Lee</b>.</p>"}',
    '["not an object"]',
    '{"text": "“We won,” said coach Ida Lund."}',
    '{"id": 42, "text": "“We won,” said coach Ida Lund."}',
]


@pytest.fixture(scope="module")
def spark():
    """One local Spark session on two cores for the module; its Python workers run this interpreter."""
    assert shutil.which("java"), "the Spark tests need Java: apt-get install default-jre-headless (.ci/run does)"
    from pyspark.sql import SparkSession

    saved = {name: os.environ.get(name) for name in ("PYSPARK_PYTHON", "PYTHONPATH")}
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), saved["PYTHONPATH"]]))
    session = (SparkSession.builder.master("local[2]").appName("quotes-test")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", "2").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """300 generated articles and a few bad lines, as JSON Lines."""
    path = tmp_path_factory.mktemp("spark") / "articles.jsonl"
    lines = [json.dumps(article, ensure_ascii=False) for article in articles(DOCUMENTS, seed=3)]
    for number, bad in enumerate(ODD_LINES):
        lines.insert(number * 50 + 7, bad)
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


def batch_output(source: Path, target: Path, *options: str) -> list[dict]:
    """What ``python -m service batch`` writes for ``source`` (as Parquet), read back."""
    done = subprocess.run([sys.executable, "-m", "service", "batch", str(source), str(target), *options],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return pq.read_table(target).to_pylist()


def comparable(rows: list[dict]) -> list[dict]:
    """Rows less their timing, in a stable order (Spark's order is its partitions')."""
    for row in rows:
        if row.get("meta"):
            row["meta"]["elapsed_ms"] = None
    return sorted(rows, key=lambda row: json.dumps(row, sort_keys=True, default=str))


def test_the_spark_job_writes_what_the_batch_command_writes(spark, archive, tmp_path):
    job = Job(ExtractOptions(timeout=2.0), max_chars=1_000_000)
    run(spark, str(archive), str(tmp_path / "spark.parquet"), job, partitions=4)
    written = pq.read_table(tmp_path / "spark.parquet").to_pylist()
    assert comparable(written) == comparable(batch_output(archive, tmp_path / "batch.parquet"))
    assert len(written) == DOCUMENTS + len(ODD_LINES)
    errors = [row["error"]["type"].rsplit(":", 1)[1] for row in written if row["error"]]
    assert sorted(errors) == ["malformed-json", "validation-error", "validation-error"]
    # The declared schema, part by part, as the batch command writes it.
    parts = list((tmp_path / "spark.parquet").glob("part-*.parquet"))
    assert len(parts) == 4 and all(pq.read_schema(part).equals(tables.NESTED) for part in parts)


def test_spark_submit_runs_the_job(spark, archive, tmp_path):
    submit = Path(sys.executable).parent / "spark-submit"
    environment = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYTHONPATH": str(ROOT)}
    options = ["--flat", "--min-confidence", "0.5"]
    done = subprocess.run([str(submit), "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                           "--conf", "spark.ui.showConsoleProgress=false", str(ROOT / "jobs" / "spark_quotes.py"),
                           str(archive), str(tmp_path / "out"), *options],
                          capture_output=True, text=True, env=environment, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    written = pq.read_table(tmp_path / "out").to_pylist()
    assert comparable(written) == comparable(batch_output(archive, tmp_path / "batch.parquet", *options))
    bad_ids = {"bad-empty", "html", "42", None}  # a line cut short and a list have no id to tell
    assert {row["id"] for row in written} == {a["id"] for a in articles(DOCUMENTS, seed=3)} | bad_ids
    assert all(row["confidence"] is None or row["confidence"] >= 0.5 for row in written)


def test_parquet_input_with_more_columns(spark, tmp_path):
    rows = [{"id": number, "text": a["text"], "url": f"https://example.org/{number}"}
            for number, a in enumerate(articles(60, seed=8))]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    job = Job(ExtractOptions(), max_chars=1_000_000, flat=True)
    run(spark, str(tmp_path / "in.parquet"), str(tmp_path / "spark.parquet"), job)
    written = pq.read_table(tmp_path / "spark.parquet").to_pylist()
    assert comparable(written) == comparable(batch_output(tmp_path / "in.parquet", tmp_path / "b.parquet", "--flat"))
    assert {row["id"] for row in written} == {str(n) for n in range(60)}


def test_a_parquet_input_without_text_is_refused(spark, tmp_path):
    pq.write_table(pa.Table.from_pylist([{"id": "a", "body": "x"}]), tmp_path / "in.parquet")
    with pytest.raises(JobError, match="no text"):
        run(spark, str(tmp_path / "in.parquet"), str(tmp_path / "out.parquet"), Job(ExtractOptions(), 1_000_000))
