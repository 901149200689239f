"""``python -m service batch IN OUT``: an archive in (JSON Lines or Parquet), one answer per document out.

The documents are answered on every core, in chunks, with at most a few chunks in flight, so memory stays
bounded whatever the size of the archive. Answers are written in input order, so an interrupted output is
always the answers of a prefix of the input: ``--resume`` checks that prefix id by id, skips it, and goes
on. JSON Lines are appended and flushed chunk by chunk (a line cut by a kill is dropped on resume);
Parquet is a directory of part files, each written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from .config import Config, ConfigError
from .cpus import usable_cpus
from .extractor import ExtractOptions, OptionsError
from .extractor.language import DEFAULT_LANGUAGE
from .extractor.model import OFFSET_UNITS
from .records import Job, answer, flat_rows, is_blank, parse_line, record_id, starts_document

MB = 1_000_000
CHUNK_DOCS = 64  # documents sent to a worker at once: enough to make the hand-over cheap
CHUNK_BYTES = 2 * MB  # ... or fewer, when the documents are long
CHUNKS_PER_WORKER = 3  # chunks in flight per worker: keeps every core busy, bounds memory
PART_DOCS = 10_000  # documents per Parquet part file
ROW_GROUP_DOCS = 1_000  # documents per Parquet row group: what the writer holds in memory
PARQUET_MAGIC = b"PAR1"


class BatchError(Exception):
    """The run as a whole cannot go on (a path, a format, an output that does not continue the input)."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Declare the ``batch`` command and its options."""
    batch = commands.add_parser(
        "batch", help="answer every document of an archive (JSON Lines or Parquet) on every core",
        description="Read documents ({\"id\", \"text\"}) from IN and write one answer per document to OUT, "
                    "in input order: the API's shape, or with --flat one row per quote.")
    batch.add_argument("input", metavar="IN", help="a JSON Lines file (- for standard input), or a Parquet file "
                       "or directory, with id and text columns")
    batch.add_argument("output", metavar="OUT", help="a JSON Lines file (- for standard output), or a directory "
                       "of Parquet parts when it ends in .parquet")
    batch.add_argument("--format", choices=("jsonl", "parquet"), help="OUT's format (default: from its name)")
    batch.add_argument("--flat", action="store_true", help="one row per quote: id, quote, kind, speaker, "
                       "speaker_type, start, end, rule, confidence")
    batch.add_argument("--resume", action="store_true", help="continue an interrupted OUT: skip the documents "
                       "already written (checked id by id against IN)")
    batch.add_argument("--workers", type=int, default=usable_cpus(),
                       help="processes answering documents (default: the CPUs this process may use, %(default)s)")
    batch.add_argument("--timeout", type=float, help="seconds one document may take (default: QUOTES_TIMEOUT)")
    batch.add_argument("--include-other", action="store_true", help="also list quoted spans that are not speech")
    batch.add_argument("--min-confidence", type=float, default=0.0, help="leave out quotes below this confidence")
    batch.add_argument("--offsets", choices=OFFSET_UNITS, default="codepoint",
                       help="count offsets in code points (Python) or UTF-16 code units (JavaScript)")
    batch.add_argument("--language", default=DEFAULT_LANGUAGE, help="the language pack the rules read")
    batch.add_argument("--part-size", type=int, default=PART_DOCS, help="documents per Parquet part file")
    batch.add_argument("--quiet", action="store_true", help="no progress bar and no summary")


def command(args: argparse.Namespace) -> int:
    """Run ``batch``; returns the exit status (0 done, 2 bad arguments or input, 130 interrupted)."""
    try:
        config = Config.from_env()
        if args.workers < 1 or args.part_size < 1:
            raise BatchError("--workers and --part-size must be at least 1")
        options = ExtractOptions(include_other=args.include_other, min_confidence=args.min_confidence,
                                 offsets=args.offsets, language=args.language,
                                 timeout=config.timeout if args.timeout is None else args.timeout)
        job = Job(options, config.max_chars, args.flat)
        source = open_input(args.input)
        sink = open_output(args.output, args.format, job.flat, args.part_size)
        summary = run(source, sink, job, workers=args.workers, resume=args.resume, progress=not args.quiet)
    except (BatchError, ConfigError, OptionsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
    if not args.quiet:
        print(summary.line(), file=sys.stderr)
    if summary.failure:
        print(f"error: {summary.failure}", file=sys.stderr)
        return 1
    if summary.interrupted:
        print("interrupted: what was done is written; run again with --resume to go on", file=sys.stderr)
        return 130
    return 0


# --- input ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """Where the documents come from: each item is one document, raw, and its size in bytes."""

    kind: str  # "jsonl": items are lines (bytes); "rows": items are dicts with id, text and/or html
    items: Callable[[], Iterator[tuple[Any, int]]]
    total: Callable[[], int | None]


def open_input(path: str) -> Source:
    """Open IN: JSON Lines (a file or ``-``), or Parquet (a file, or a directory of them, as Spark writes).

    Raises:
        BatchError: IN does not exist, or holds no column to read.
    """
    if path == "-":
        return Source("jsonl", lambda: _lines(sys.stdin.buffer), lambda: None)
    location = Path(path)
    if location.is_dir():
        # Spark's layout: part files, with _SUCCESS, _temporary and .crc files beside them to pass over.
        files = sorted(p for p in location.rglob("*.parquet")
                       if p.is_file() and not any(n.startswith(("_", ".")) for n in p.relative_to(location).parts))
        if not files:
            raise BatchError(f"{path} is a directory holding no .parquet file")
        return _parquet_source(files)
    with location.open("rb") as handle:  # raises FileNotFoundError, reported as such
        magic = handle.read(len(PARQUET_MAGIC))
    if magic == PARQUET_MAGIC:
        return _parquet_source([location])
    return Source("jsonl", lambda: _file_lines(location), lambda: _count_lines(location))


def _file_lines(path: Path) -> Iterator[tuple[bytes, int]]:
    with path.open("rb") as handle:
        yield from _lines(handle)


def _lines(handle: BinaryIO) -> Iterator[tuple[bytes, int]]:
    for line in handle:
        if not is_blank(line):
            yield line, len(line)


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as handle:
        while block := handle.read(MB):
            count += block.count(b"\n")
    return count


def _parquet_source(files: list[Path]) -> Source:
    with _naming(files[0]):
        present = set(_pq().read_schema(files[0]).names)
    if not {"text", "html"} & present:
        raise BatchError(f"{files[0]} has no text (or html) column")
    columns = [name for name in ("id", "text", "html") if name in present]

    def items() -> Iterator[tuple[dict[str, Any], int]]:
        for path in files:
            with _naming(path):
                for batch in _pq().ParquetFile(path).iter_batches(batch_size=1024, columns=columns):
                    yield from zip(batch.to_pylist(), _sizes(batch), strict=True)

    def total() -> int:
        return sum(_pq().ParquetFile(path).metadata.num_rows for path in files)

    return Source("rows", items, total)


def _pq() -> Any:
    import pyarrow.parquet as pq  # Parquet loads only when used: `extract` shares this module's parser

    return pq


@contextlib.contextmanager
def _naming(path: Path) -> Iterator[None]:
    """Turn pyarrow's errors on a file into a BatchError that names it."""
    import pyarrow as pa

    try:
        yield
    except (pa.ArrowException, OSError) as exc:
        raise BatchError(f"{path} cannot be read as Parquet with id and text columns ({exc})") from None


def _sizes(batch: Any) -> list[int]:
    """The bytes of text (or HTML) of each row of a record batch, for the bar's MB/s."""
    import pyarrow as pa
    import pyarrow.compute as pc

    sizes = [0] * batch.num_rows
    for name in ("text", "html"):
        kind = batch.schema.field(name).type if name in batch.schema.names else None
        if kind is not None and (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
            lengths = pc.binary_length(batch.column(name)).to_pylist()
            sizes = [size + (length or 0) for size, length in zip(sizes, lengths, strict=True)]
    return sizes


def input_id(kind: str, item: Any) -> str | None:
    """The id the answer to a raw item will carry."""
    return record_id(parse_line(item) if kind == "jsonl" else item)


# --- output --------------------------------------------------------------------------------------------


class Sink(ABC):
    """Where the answers go; written chunk by chunk, in input order."""

    chunk_docs = CHUNK_DOCS  # the most documents of one chunk

    @abstractmethod
    def written(self, resume: bool) -> Iterator[str | None]:
        """The ids of the documents OUT holds whole, in order (none unless ``resume``); changes nothing."""

    @abstractmethod
    def open(self) -> None:
        """Make OUT ready to append to, dropping what :meth:`written` did not count (a cut line, a part file
        left unfinished)."""

    @abstractmethod
    def write(self, done: Done) -> None:
        """Add the answers of one chunk."""

    @abstractmethod
    def close(self, complete: bool = True) -> None:
        """Flush and close; ``complete=False`` drops what is not yet safely written."""


def open_output(path: str, format_: str | None, flat: bool, part_size: int) -> Sink:
    """Open OUT: JSON Lines (a file or ``-``) or a directory of Parquet parts (``--format`` or the name)."""
    format_ = format_ or ("parquet" if path.endswith(".parquet") else "jsonl")
    if format_ == "parquet":
        if path == "-":
            raise BatchError("Parquet cannot go to standard output; give a directory")
        return ParquetSink(Path(path), flat, part_size)
    return StdoutSink() if path == "-" else JsonlSink(Path(path), flat)


class StdoutSink(Sink):
    """JSON Lines on standard output, flushed chunk by chunk."""

    def written(self, resume: bool) -> Iterator[str | None]:
        if resume:
            raise BatchError("--resume needs an output file, not standard output")
        return iter(())

    def open(self) -> None:
        pass

    def write(self, done: Done) -> None:
        sys.stdout.write(done.payload)
        sys.stdout.flush()

    def close(self, complete: bool = True) -> None:
        sys.stdout.flush()


class JsonlSink(Sink):
    """A JSON Lines file, one object a line, appended and flushed chunk by chunk."""

    def __init__(self, path: Path, flat: bool) -> None:
        self.path = path
        self.flat = flat
        self.handle: TextIO | None = None
        self.keep = 0  # the bytes of OUT that hold whole documents

    def written(self, resume: bool) -> Iterator[str | None]:
        if self.path.exists() and not resume:
            raise BatchError(f"{self.path} exists: pass --resume to go on with it, or remove it")
        if not self.path.exists():
            return iter(())
        self.keep = self._complete_bytes()
        return self._ids(self.keep)

    def open(self) -> None:
        if self.path.exists():
            with self.path.open("r+b") as handle:
                handle.truncate(self.keep)
        self.handle = self.path.open("a", encoding="utf-8")

    def _records(self, limit: int | None = None) -> Iterator[tuple[int, int, dict[str, Any]]]:
        """Each complete line of OUT (up to byte ``limit``) as (offset where it starts, where it ends, record)."""
        offset = 0
        with self.path.open("rb") as handle:
            for number, line in enumerate(handle, 1):
                if (limit is not None and offset >= limit) or not line.endswith(b"\n"):
                    return  # the end, or a line cut short by a kill: it is written again
                try:
                    record = json.loads(line)
                except ValueError:
                    raise BatchError(f"{self.path} line {number} is not JSON: it was not written by this "
                                     "command, so it cannot be resumed") from None
                if not isinstance(record, dict) or ("quote_id" in record) != self.flat:
                    with_flat = "without" if self.flat else "with"
                    raise BatchError(f"{self.path} was written {with_flat} --flat (line {number}); resume it "
                                     "the same way")
                yield offset, offset + len(line), record
                offset += len(line)

    def _complete_bytes(self) -> int:
        """How much of OUT to keep: every complete line, less (for --flat) the last document, whose rows a
        kill may have cut."""
        end = last_start = 0
        for start, end, record in self._records():  # noqa: B007 - the last line's end is the one wanted
            if starts_document(record):
                last_start = start
        return last_start if self.flat else end

    def _ids(self, limit: int) -> Iterator[str | None]:
        for _, _, record in self._records(limit):
            if not self.flat or starts_document(record):
                yield record["id"]

    def write(self, done: Done) -> None:
        if self.handle is None:
            raise RuntimeError("open() the output first")
        self.handle.write(done.payload)
        self.handle.flush()

    def close(self, complete: bool = True) -> None:
        if self.handle is not None:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            self.handle = None


class ParquetSink(Sink):
    """A directory of Parquet parts (``part-000000.parquet``...), as Spark writes. A part is written a row
    group at a time under a temporary name and renamed once complete, so memory holds one row group and a
    kill loses at most the part being filled."""

    def __init__(self, path: Path, flat: bool, part_size: int) -> None:
        self.path = path
        self.flat = flat
        self.part_size = part_size
        self.chunk_docs = min(CHUNK_DOCS, part_size)  # a part holds whole chunks
        self.group_docs = min(ROW_GROUP_DOCS, part_size)
        self.pending: list[Any] = []  # record batches of the next row group
        self.pending_docs = 0
        self.part_docs = 0  # documents in the part being filled (row groups written)
        self.writer: Any = None  # a pyarrow ParquetWriter on the part being filled
        self.next_part = 0

    def written(self, resume: bool) -> Iterator[str | None]:
        if self.path.exists() and not resume:
            raise BatchError(f"{self.path} exists: pass --resume to go on with it, or remove it")
        if self.path.exists() and not self.path.is_dir():
            raise BatchError(f"{self.path} is a file; Parquet output is a directory of parts")
        parts = self._parts()
        self.next_part = _part_number(parts[-1]) + 1 if parts else 0
        return self._ids(parts)

    def open(self) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        for unfinished in self.path.glob("*.parquet.tmp"):
            unfinished.unlink()

    def _parts(self) -> list[Path]:
        return sorted(self.path.glob("part-*.parquet"), key=_part_number) if self.path.is_dir() else []

    def _ids(self, parts: list[Path]) -> Iterator[str | None]:
        from . import tables

        for part in parts:
            with _naming(part):
                if not _pq().read_schema(part).equals(tables.schema(self.flat)):
                    with_flat = "without" if self.flat else "with"
                    raise BatchError(f"{part} was written {with_flat} --flat, or by another version; resume it "
                                     "the same way")
                columns = ["id", "quote_id"] if self.flat else ["id"]
                for row in _pq().read_table(part, columns=columns).to_pylist():
                    if not self.flat or starts_document(row):
                        yield row["id"]

    def write(self, done: Done) -> None:
        self.pending.append(done.payload)
        self.pending_docs += done.docs
        if self.pending_docs >= self.group_docs:
            self._write_group()
        if self.part_docs >= self.part_size:
            self._finish_part()

    def _part(self) -> Path:
        return self.path / f"part-{self.next_part:06d}.parquet"

    def _write_group(self) -> None:
        import pyarrow as pa

        from . import tables

        if not self.pending:
            return
        if self.writer is None:
            self.writer = _pq().ParquetWriter(self._part().with_suffix(".parquet.tmp"), tables.schema(self.flat))
        self.writer.write_table(pa.Table.from_batches(self.pending, schema=tables.schema(self.flat)))
        self.part_docs += self.pending_docs
        self.pending, self.pending_docs = [], 0

    def _finish_part(self) -> None:
        self._write_group()
        if self.writer is None:
            return
        self.writer.close()
        unfinished = self._part().with_suffix(".parquet.tmp")
        with unfinished.open("rb") as handle:
            os.fsync(handle.fileno())
        unfinished.replace(self._part())
        self.writer, self.part_docs = None, 0
        self.next_part += 1

    def close(self, complete: bool = True) -> None:
        if complete:
            self._finish_part()
        elif self.writer is not None:  # stopped at once: the part being filled is dropped
            self.writer.close()
            self._part().with_suffix(".parquet.tmp").unlink()
            self.writer = None
        self.pending, self.pending_docs = [], 0


def _part_number(path: Path) -> int:
    return int(path.name.removeprefix("part-").removesuffix(".parquet"))


# --- work ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Done:
    """One chunk answered: what to write, and counts for the bar."""

    payload: Any  # JSON Lines text, or a pyarrow RecordBatch
    docs: int
    errors: int
    size: int


def work(items: list[Any], kind: str, job: Job, parquet: bool, size: int) -> Done:
    """Answer one chunk of raw items (runs in a worker process).

    Args:
        items: JSON Lines (bytes) when ``kind`` is ``"jsonl"``, else dicts.
        kind: the source's kind.
        job: options and limits.
        parquet: return a record batch rather than JSON Lines text.
        size: the chunk's size in bytes, passed back for the bar.

    Returns:
        One answer per item, in order.
    """
    records = [answer(parse_line(item) if kind == "jsonl" else item, job) for item in items]
    errors = sum("error" in record for record in records)
    if parquet:
        from . import tables

        payload: Any = tables.to_batch(records, job.flat)
    else:
        rows = (row for record in records for row in flat_rows(record)) if job.flat else records
        payload = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    return Done(payload, len(records), errors, size)


def _chunks(items: Iterator[tuple[Any, int]], most: int) -> Iterator[tuple[list[Any], int]]:
    chunk: list[Any] = []
    size = 0
    for item, item_size in items:
        chunk.append(item)
        size += item_size
        if len(chunk) >= most or size >= CHUNK_BYTES:
            yield chunk, size
            chunk, size = [], 0
    if chunk:
        yield chunk, size


@dataclass
class Summary:
    """What a run did."""

    docs: int = 0
    errors: int = 0
    size: int = 0
    skipped: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    failure: str = ""
    started: float = field(default_factory=time.perf_counter)

    def add(self, done: Done) -> None:
        self.docs += done.docs
        self.errors += done.errors
        self.size += done.size
        self.seconds = time.perf_counter() - self.started

    def line(self) -> str:
        """One line for the log: counts and rates, never text."""
        seconds = max(self.seconds, 1e-9)
        skipped = f", {self.skipped:,} skipped as already written" if self.skipped else ""
        return (f"{self.docs:,} documents answered ({self.errors:,} with an error){skipped} in {self.seconds:.1f} s: "
                f"{self.docs / seconds:,.0f} docs/s, {self.size / MB / seconds:.2f} MB/s")


class _Stop:
    """The first SIGINT or SIGTERM asks to stop after the chunks in flight; the second stops at once."""

    def __init__(self) -> None:
        self.requested = False

    def __call__(self, signum: int, frame: object) -> None:
        # Only a flag: printing here could re-enter a write to stderr that the signal interrupted.
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True


def run(source: Source, sink: Sink, job: Job, *, workers: int, resume: bool = False,
        progress: bool = True) -> Summary:
    """Answer every document of ``source`` into ``sink``.

    Args:
        source: the input.
        sink: the output.
        job: options and limits.
        workers: processes answering documents; 1 answers them in this process.
        resume: go on with an existing output (its documents must be the first of the input, in order).
        progress: show a bar when standard error is a terminal.

    Returns:
        The counts; ``interrupted`` when a signal stopped the run (what was answered is written).

    Raises:
        BatchError: the output exists without ``resume``, or does not continue the input.
    """
    summary = Summary()
    items = source.items()
    summary.skipped = _skip_written(source.kind, items, sink.written(resume))  # before OUT is touched
    stop = _Stop()
    previous = {number: signal.signal(number, stop) for number in (signal.SIGINT, signal.SIGTERM)}
    pool = _Pool(workers) if workers > 1 else None
    bar = _bar(source, summary.skipped) if progress else None
    complete = True
    try:
        sink.open()
        _pump(items, source.kind, sink, job, pool, workers, stop, summary, bar)
    except KeyboardInterrupt:
        complete = False
    except BrokenProcessPool:
        summary.failure = "a worker process died (out of memory?); run again with --resume to go on"
    finally:
        summary.interrupted = stop.requested
        for number, handler in previous.items():
            signal.signal(number, handler)
        if bar is not None:
            bar.close()
        if pool is not None:
            pool.shutdown(wait=complete, cancel_futures=True)
        sink.close(complete)
    summary.seconds = time.perf_counter() - summary.started
    return summary


def _pump(items: Iterator[tuple[Any, int]], kind: str, sink: Sink, job: Job, pool: ProcessPoolExecutor | None,
          workers: int, stop: _Stop, summary: Summary, bar: Any) -> None:
    parquet = isinstance(sink, ParquetSink)
    window: deque[Future[Done]] = deque()
    limit = workers * CHUNKS_PER_WORKER

    def write_oldest() -> None:
        done = window.popleft().result()
        sink.write(done)
        summary.add(done)
        if bar is not None:
            bar.update(done.docs)
            bar.set_postfix_str(f"{summary.size / MB / max(summary.seconds, 1e-9):.2f} MB/s", refresh=False)

    for chunk, size in _chunks(items, sink.chunk_docs):
        if pool is None:
            future: Future[Done] = Future()
            future.set_result(work(chunk, kind, job, parquet, size))
        else:
            future = pool.submit(work, chunk, kind, job, parquet, size)
        window.append(future)
        while len(window) >= limit or (window and window[0].done()):
            write_oldest()
        if stop.requested:
            print("\nstopping: finishing the documents in progress (Ctrl-C again to stop now)", file=sys.stderr)
            break
    while window:
        write_oldest()


def _skip_written(kind: str, items: Iterator[tuple[Any, int]], done_ids: Iterable[str | None]) -> int:
    """Consume the input documents already answered in OUT, checking that their ids match, in order."""
    skipped = 0
    for written in done_ids:
        item = next(items, None)
        if item is None:
            raise BatchError(f"the output holds more documents ({skipped + 1} or more) than the input: it was "
                             "not written from this input")
        expected = input_id(kind, item[0])
        if expected != written:
            raise BatchError(f"document {skipped + 1} of the output has id {_short(written)} but the input has "
                             f"{_short(expected)} there: the output was not written from this input, in this order")
        skipped += 1
    return skipped


def _short(value: str | None) -> str:
    return "none" if value is None else repr(value if len(value) <= 40 else value[:37] + "...")


class _Pool(ProcessPoolExecutor):
    """Worker processes that end with the main process, however it ends.

    Each worker holds the reading end of a pipe whose only writing end is the main process's: when the
    main process dies (SIGKILL, out of memory), the pipe reads end-of-file and the worker exits, rather
    than waiting forever on a task queue whose writing end every worker also holds.
    """

    def __init__(self, workers: int) -> None:
        # forkserver: workers start from a clean process, not a fork of this one and its threads (the bar's).
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["service.records"])  # pyarrow (service.tables) only for Parquet
        lifeline, self._lifeline = context.Pipe(duplex=False)
        super().__init__(max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(lifeline,))

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait=wait, cancel_futures=cancel_futures)
        self._lifeline.close()


def _start_worker(lifeline: Connection) -> None:
    """Leave Ctrl-C and SIGTERM to the main process (it drains the workers, then stops them), and exit
    when the main process is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    threading.Thread(target=_exit_with_main, args=(lifeline,), daemon=True).start()


def _exit_with_main(lifeline: Connection) -> None:
    with contextlib.suppress(EOFError, OSError):
        lifeline.recv()  # nothing is ever sent: this returns when the main process has closed its end
    os._exit(1)


def _bar(source: Source, skipped: int) -> Any:
    from tqdm import tqdm

    if not sys.stderr.isatty():
        return None
    try:
        sized = os.get_terminal_size(sys.stderr.fileno()).columns > 0
    except OSError:
        sized = False
    # A terminal that tells no size (a bare pty, `script`) would get an empty bar, hidden below row 0.
    unsized = {} if sized else {"ncols": 100, "nrows": 24}
    return tqdm(total=source.total(), initial=skipped, unit=" docs", file=sys.stderr, dynamic_ncols=sized,
                mininterval=0.5, smoothing=0.1, **unsized)
