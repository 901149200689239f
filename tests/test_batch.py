"""The batch command, run as a user runs it (a subprocess): answers, bad records, Parquet, flat rows, and
a run killed midway then resumed to a complete, duplicate-free output."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from benchmarks.articles import articles, write_jsonl
from service import records, tables
from service.api.payload import JSON_PROBLEM, VALIDATION_PROBLEM
from service.api.routes import TIMEOUT_PROBLEM
from service.extractor import ExtractOptions
from service.records import FLAT_COLUMNS, Job, answer
from tests.conftest import ROOT, read_jsonl


def command(*args: object) -> list[str]:
    """``python -m service batch`` with these arguments."""
    return [sys.executable, "-m", "service", "batch", *map(str, args)]


def batch(*args: object, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run ``python -m service batch`` with these arguments."""
    return subprocess.run(command(*args), cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def without_timing(record: dict) -> dict:
    """A record less ``meta.elapsed_ms``, which varies from run to run."""
    return {**record, "meta": {**record["meta"], "elapsed_ms": None}} if record.get("meta") else record


def expected(documents: list[dict], **options) -> list[dict]:
    """The answers of the library itself, in this process."""
    job = Job(ExtractOptions(**options), max_chars=1_000_000)
    return [without_timing(answer(document, job)) for document in documents]


def test_the_problem_types_are_the_apis():
    assert (records.VALIDATION_PROBLEM, records.JSON_PROBLEM, records.TIMEOUT_PROBLEM) == (
        VALIDATION_PROBLEM, JSON_PROBLEM, TIMEOUT_PROBLEM)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, list[dict]]:
    """120 generated articles as JSON Lines, and the articles."""
    path = tmp_path_factory.mktemp("archive") / "articles.jsonl"
    write_jsonl(path, 120, seed=11)
    return path, list(articles(120, seed=11))


@pytest.mark.parametrize("workers", [1, 2])
def test_every_document_gets_the_library_answer_in_input_order(archive, tmp_path, workers):
    source, documents = archive
    done = batch(source, tmp_path / "out.jsonl", "--workers", workers)
    assert done.returncode == 0, done.stderr
    assert "120 documents answered (0 with an error)" in done.stderr
    assert [without_timing(r) for r in read_jsonl(tmp_path / "out.jsonl")] == expected(documents)


def test_an_answer_is_the_apis_answer(archive, tmp_path, client):
    source, documents = archive
    assert batch(source, tmp_path / "out.jsonl", "--min-confidence", 0.5, "--offsets", "utf16").returncode == 0
    written = read_jsonl(tmp_path / "out.jsonl")
    for document, record in list(zip(documents, written, strict=True))[:5]:
        api = client.post("/v1/quotes", json={**document, "options": {"min_confidence": 0.5, "offsets": "utf16"}})
        assert without_timing(record) == without_timing(api.get_json())


BAD_RECORDS = [
    # (line, expected id, problem type, status, what the problem says)
    (b'{"id": "a", "text": ', None, JSON_PROBLEM, 400, "not valid JSON"),
    (b'\xff\xfe{"id": "b"}', None, JSON_PROBLEM, 400, "not valid UTF-8"),
    (b'["a list"]', None, VALIDATION_PROBLEM, 400, {"_schema": ["Expected a JSON object."]}),
    (b'{"id": "c"}', "c", VALIDATION_PROBLEM, 400, {"text": ["Missing data for required field."]}),
    (b'{"id": "d", "text": ""}', "d", VALIDATION_PROBLEM, 400, {"text": ["Shorter than minimum length 1."]}),
    (b'{"id": "e", "text": 5}', "e", VALIDATION_PROBLEM, 400, {"text": ["Not a valid string."]}),
    (b'{"id": "f", "text": "a\\u0000b"}', "f", VALIDATION_PROBLEM, 400, "NUL"),
    (b'{"id": "g", "text": "x", "html": "<p>x</p>"}', "g", VALIDATION_PROBLEM, 400,
     {"html": ["Give text or html, not both."]}),
    (b'{"id": 1.5, "text": "x"}', None, VALIDATION_PROBLEM, 400, {"id": ["Not a valid string."]}),
    (b'{"id": "long", "text": "' + b"x" * 60 + b'"}', "long", VALIDATION_PROBLEM, 400, "limit of 50 characters"),
]


BAD_IDS = ["cut-json", "not-utf8", "not-object", "no-text", "empty-text", "text-not-string", "nul", "text-and-html",
           "id-not-string", "too-long"]


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, list[dict]]:
    """One run over every bad record, each between two good ones and with blank lines around."""
    folder = tmp_path_factory.mktemp("bad")
    good = json.dumps({"id": "ok", "text": "“We won,” said coach Ida Lund."}).encode()
    lines = [good]
    for line, *_ in BAD_RECORDS:
        lines += [line, b"", b"  \t ", good]
    (folder / "in.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    done = batch(folder / "in.jsonl", folder / "out.jsonl", env={"QUOTES_MAX_CHARS": "50"})
    return done, read_jsonl(folder / "out.jsonl") if done.returncode == 0 else []


def test_bad_records_do_not_stop_the_run(bad_run):
    done, written = bad_run
    assert done.returncode == 0, done.stderr
    assert len(written) == 1 + 2 * len(BAD_RECORDS)  # blank lines are no documents
    assert all(record["quotes"][0]["speaker"]["name"] == "Ida Lund" for record in written[::2])
    assert f"({len(BAD_RECORDS)} with an error)" in done.stderr


@pytest.mark.parametrize(("number", "id_", "type_", "status", "says"),
                         [(n, *rest) for n, (_, *rest) in enumerate(BAD_RECORDS)], ids=BAD_IDS)
def test_a_bad_record_gets_a_problem(bad_run, number, id_, type_, status, says):
    bad = bad_run[1][1 + 2 * number]
    assert bad["id"] == id_ and set(bad) == {"id", "error"}
    assert (bad["error"]["type"], bad["error"]["status"]) == (type_, status)
    if isinstance(says, dict):
        assert bad["error"]["errors"] == says
    else:
        assert says in bad["error"]["detail"] + json.dumps(bad["error"].get("errors"))


def test_an_html_record_is_read_as_html_with_offsets_into_the_html(tmp_path):
    html = "<p>&ldquo;We won,&rdquo; said <b>Ann Lee</b>.</p><script>“Not a quote,” it said.</script>"
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "h", "html": html}) + "\n", encoding="utf-8")
    assert batch(tmp_path / "in.jsonl", tmp_path / "out.jsonl").returncode == 0
    [record] = read_jsonl(tmp_path / "out.jsonl")
    [quote] = record["quotes"]
    mention = quote["speaker"]["mention"]
    assert html[mention["start"]:mention["end"]] == "Ann Lee" and record["meta"]["chars"] == len(html)


def test_a_document_over_its_time_budget_gets_a_problem(tmp_path):
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "slow", "text": "“Hi there, you,” said Ida Lund. " * 200}))
    done = batch(tmp_path / "in.jsonl", tmp_path / "out.jsonl", "--timeout", "0.000001")
    assert done.returncode == 0, done.stderr
    [record] = read_jsonl(tmp_path / "out.jsonl")
    assert (record["id"], record["error"]["type"], record["error"]["status"]) == ("slow", TIMEOUT_PROBLEM, 422)


def test_flat_rows_one_per_quote_and_one_for_a_document_without(tmp_path):
    lines = [{"id": "two", "text": "“We won,” said Ida Lund. “We will win again,” she added."},
             {"id": "none", "text": "No quotation here."}, {"id": "bad", "text": ""}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert batch(tmp_path / "in.jsonl", tmp_path / "out.jsonl", "--flat").returncode == 0
    rows = read_jsonl(tmp_path / "out.jsonl")
    assert all(tuple(row) == FLAT_COLUMNS for row in rows)
    assert [(r["id"], r["quote_id"], r["speaker"], r["error"]) for r in rows] == [
        ("two", "q1", "Ida Lund", None), ("two", "q2", "Ida Lund", None), ("none", None, None, None),
        ("bad", None, None, "The record did not validate.")]
    assert rows[0]["quote"] == "We won," and rows[0]["rule"] == "trailing_cue" and rows[0]["speaker_type"] == "person"


@pytest.mark.parametrize("flat", [False, True], ids=["nested", "flat"])
def test_parquet_in_and_out(archive, tmp_path, flat):
    _, documents = archive
    numbered = [{**document, "id": number, "section": "world"} for number, document in enumerate(documents[:40])]
    pq.write_table(pa.Table.from_pylist(numbered), tmp_path / "in.parquet")  # integer ids, an extra column
    done = batch(tmp_path / "in.parquet", tmp_path / "out.parquet", "--part-size", 16, *(["--flat"] * flat))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out.parquet").iterdir()) == [
        "part-000000.parquet", "part-000001.parquet", "part-000002.parquet"]
    written = pq.read_table(tmp_path / "out.parquet")
    assert written.schema.equals(tables.schema(flat))
    want = tables.to_batch(expected([{"id": str(d["id"]), "text": d["text"]} for d in numbered]), flat)
    assert [without_timing(r) for r in written.to_pylist()] == want.to_pylist()


def test_a_parquet_input_without_text_is_refused_clearly(tmp_path):
    pq.write_table(pa.Table.from_pylist([{"id": "a", "body": "x"}]), tmp_path / "in.parquet")
    done = batch(tmp_path / "in.parquet", tmp_path / "out.jsonl")
    assert done.returncode == 2
    assert "has no text (or html) column" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(("args", "says"), [
    (["missing.jsonl", "out.jsonl"], "No such file or directory"),
    (["in.jsonl", "out.jsonl", "--workers", "0"], "--workers and --part-size must be at least 1"),
    (["in.jsonl", "out.jsonl", "--language", "xx"], "language"),
    (["in.jsonl", "out.jsonl", "--min-confidence", "2"], "min_confidence"),
    (["in.jsonl", "-", "--format", "parquet"], "Parquet cannot go to standard output"),
    (["in.jsonl", "-", "--resume"], "--resume needs an output file"),
    (["in.jsonl", "exists.jsonl"], "exists: pass --resume"),
    (["broken.parquet", "out.jsonl"], "broken.parquet cannot be read as Parquet"),
    (["in.jsonl", "exists.jsonl", "--resume", "--format", "parquet"], "is a file; Parquet output is a directory"),
], ids=["no-input", "no-workers", "language", "confidence", "parquet-stdout", "resume-stdout", "exists",
        "broken-parquet", "parquet-onto-a-file"])
def test_bad_arguments_are_clear_errors(tmp_path, args, says):
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "x"}\n')
    (tmp_path / "exists.jsonl").write_text("")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 and then not Parquet at all")
    done = batch(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert says in done.stderr and "Traceback" not in done.stderr


# --- interrupted runs -----------------------------------------------------------------------------------

RESUMABLE = {
    # name: (output name, options, how many records the output holds so far)
    "jsonl": ("out.jsonl", [], lambda out: _complete_lines(out)),
    "flat": ("out.jsonl", ["--flat"], lambda out: _complete_lines(out)),
    "parquet": ("out.parquet", ["--part-size", "50"], lambda out: len(list(out.glob("part-*.parquet"))) * 50),
}


def _complete_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _document_ids(path: Path, flat: bool) -> list[str | None]:
    """The document ids an output holds, in order (for --flat, each document's first row)."""
    rows = pq.read_table(path).to_pylist() if path.suffix == ".parquet" else read_jsonl(path)
    return [row["id"] for row in rows if not flat or row["quote_id"] in (None, "q1")]


def interrupt(source: Path, out: Path, options: list[str], written, how: signal.Signals) -> tuple[int, str]:
    """Start a run on two workers and send it ``how`` once it has written some records (not all): SIGINT
    to its whole process group, as Ctrl-C in a terminal does; SIGTERM and SIGKILL to the main process
    alone, as an orchestrator or the kernel's OOM killer do (the workers must then end by themselves).

    Returns:
        Its exit status and what it wrote to standard error (once every process of the run has ended).
    """
    with subprocess.Popen(command(source, out, "--workers", 2, *options), cwd=ROOT, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, start_new_session=True) as process:
        deadline = time.monotonic() + 120
        while written(out) < 100 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.poll() is None, "the run ended before it could be interrupted: give it more documents"
        if how == signal.SIGINT:
            os.killpg(process.pid, how)
        else:
            process.send_signal(how)
        _, stderr = process.communicate(timeout=120)  # the workers hold stderr too: all must be gone
    return process.returncode, stderr


@pytest.fixture(scope="module")
def big_archive(tmp_path_factory) -> tuple[Path, list[dict]]:
    """1,500 generated articles: a run long enough to be interrupted midway."""
    path = tmp_path_factory.mktemp("big") / "articles.jsonl"
    write_jsonl(path, 1500, seed=5)
    return path, list(articles(1500, seed=5))


@pytest.mark.parametrize(("output", "how"), [("jsonl", signal.SIGKILL), ("flat", signal.SIGKILL),
                                             ("parquet", signal.SIGKILL), ("jsonl", signal.SIGINT),
                                             ("parquet", signal.SIGTERM)],
                         ids=["jsonl-kill", "flat-kill", "parquet-kill", "jsonl-ctrl-c", "parquet-term"])
def test_a_run_killed_midway_resumes_to_a_complete_output_without_duplicates(big_archive, tmp_path, output, how):
    source, documents = big_archive
    name, options, written = RESUMABLE[output]
    out = tmp_path / name
    flat = "--flat" in options
    status, stderr = interrupt(source, out, options, written, how)
    if how == signal.SIGKILL:
        assert status == -signal.SIGKILL
    else:  # Ctrl-C and SIGTERM end cleanly, with what is done flushed and nothing half written
        assert status == 130, stderr
        assert "run again with --resume" in stderr and "Traceback" not in stderr
        if output == "jsonl":
            assert out.read_bytes().endswith(b"\n")
        before = _document_ids(out, flat)
        assert 0 < len(before) < len(documents) and before == [d["id"] for d in documents[:len(before)]]

    resumed = batch(source, out, "--resume", *options)
    assert resumed.returncode == 0, resumed.stderr
    skipped = int(resumed.stderr.split(" skipped")[0].rsplit(", ", 1)[1].replace(",", ""))
    assert 0 < skipped < len(documents)
    assert _document_ids(out, flat) == [d["id"] for d in documents]  # every document once, in order
    if not flat:  # the answers on both sides of the cut are the library's
        rows = pq.read_table(out).to_pylist() if output == "parquet" else read_jsonl(out)
        near = range(max(0, skipped - 3), min(len(documents), skipped + 3))
        want = expected([documents[i] for i in near])
        if output == "parquet":
            want = tables.to_batch(want, False).to_pylist()
        assert [without_timing(rows[i]) for i in near] == want


@pytest.mark.parametrize("options", [[], ["--flat"]], ids=["nested", "flat"])
def test_resume_refuses_an_output_written_from_another_input_and_leaves_it_be(archive, tmp_path, options):
    source, _ = archive
    other = tmp_path / "other.jsonl"
    write_jsonl(other, 5, seed=99)
    assert batch(other, tmp_path / "out.jsonl", *options).returncode == 0
    before = (tmp_path / "out.jsonl").read_bytes()
    done = batch(source, tmp_path / "out.jsonl", "--resume", *options)
    assert done.returncode == 2
    assert "was not written from this input" in done.stderr and "Traceback" not in done.stderr
    assert (tmp_path / "out.jsonl").read_bytes() == before  # not even the last document is dropped


def test_resume_refuses_a_flat_output_resumed_nested(archive, tmp_path):
    source, _ = archive
    assert batch(source, tmp_path / "out.jsonl", "--flat").returncode == 0
    done = batch(source, tmp_path / "out.jsonl", "--resume")
    assert done.returncode == 2 and "was written with --flat" in done.stderr


def test_resuming_a_complete_output_adds_nothing(archive, tmp_path):
    source, _ = archive
    assert batch(source, tmp_path / "out.jsonl").returncode == 0
    before = (tmp_path / "out.jsonl").read_bytes()
    done = batch(source, tmp_path / "out.jsonl", "--resume")
    assert done.returncode == 0 and "0 documents answered (0 with an error), 120 skipped" in done.stderr
    assert (tmp_path / "out.jsonl").read_bytes() == before


# --- the terminal ---------------------------------------------------------------------------------------


def test_a_progress_bar_on_a_terminal_and_none_in_a_log(archive, tmp_path):
    source, _ = archive
    logged = batch(source, tmp_path / "logged.jsonl")
    assert logged.stderr.count("\n") == 1 and "docs/s" in logged.stderr  # the summary alone
    assert batch(source, tmp_path / "quiet.jsonl", "--quiet").stderr == ""

    leader, follower = pty.openpty()
    process = subprocess.Popen(command(source, tmp_path / "shown.jsonl", "--workers", 1), cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    screen = b""
    while chunk := _read(leader):
        screen += chunk
    os.close(leader)
    assert process.wait(timeout=60) == 0
    shown = screen.decode()
    assert "120/120" in shown and "docs" in shown and "MB/s" in shown  # count, total, rate (and ETA)


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # the terminal closed with the process
        return b""


def test_answers_to_standard_output_stop_quietly_when_the_reader_goes(archive):
    source, _ = archive
    with subprocess.Popen(command(source, "-", "--workers", 2), cwd=ROOT, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as process:
        first = json.loads(process.stdout.readline())
        process.stdout.close()  # as `| head -1` does
        stderr = process.stderr.read().decode()
    assert process.returncode == 141
    assert first["id"] == "article-11-000000" and "Traceback" not in stderr and "Error" not in stderr
