"""The answers as Arrow tables, for Parquet: one declared schema for the API's shape and one for the flat rows.

The batch command writes these schemas and the Spark job declares its output from them, so both write
the same columns with the same types.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa

from .records import FLAT_COLUMNS, flat_rows

SPAN = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
SPEAKER_REF = pa.struct([("id", pa.string()), ("name", pa.string()), ("type", pa.string()), ("mention", SPAN)])

QUOTE = pa.struct([
    ("id", pa.string()),
    ("text", pa.string()),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("kind", pa.string()),
    ("group", pa.string()),
    ("speaker", SPEAKER_REF),
    ("cue", SPAN),
    ("confidence", pa.float64()),
    ("rule", pa.string()),
    ("co_speakers", pa.list_(SPEAKER_REF)),
])

SPEAKER = pa.struct([
    ("id", pa.string()),
    ("name", pa.string()),
    ("type", pa.string()),
    ("titles", pa.list_(pa.string())),
    ("mentions", pa.list_(SPAN)),
])

PROBLEM = pa.struct([
    ("type", pa.string()),
    ("title", pa.string()),
    ("status", pa.int64()),
    ("detail", pa.string()),
    ("errors", pa.map_(pa.string(), pa.list_(pa.string()))),
])

# The API's answer (QuoteResponse in openapi.yaml), plus the problem of a document that has none.
NESTED = pa.schema([
    ("id", pa.string()),
    ("quotes", pa.list_(QUOTE)),
    ("speakers", pa.list_(SPEAKER)),
    ("meta", pa.struct([("version", pa.string()), ("chars", pa.int64()), ("elapsed_ms", pa.float64())])),
    ("error", PROBLEM),
])

_FLAT_TYPES = {"start": pa.int64(), "end": pa.int64(), "confidence": pa.float64(),
               "co_speakers": pa.list_(pa.string())}
FLAT = pa.schema([(name, _FLAT_TYPES.get(name, pa.string())) for name in FLAT_COLUMNS])


def schema(flat: bool) -> pa.Schema:
    """The schema of the flat rows, or of the API's shape."""
    return FLAT if flat else NESTED


def to_batch(records: Iterable[Mapping[str, Any]], flat: bool) -> pa.RecordBatch:
    """Turn answers (from :func:`service.records.answer`) into one record batch of :func:`schema`.

    Args:
        records: the answers, in order.
        flat: one row per quote rather than one per document.

    Returns:
        The batch; a document's rows stay together and in order.
    """
    rows = [row for record in records for row in flat_rows(record)] if flat else list(records)
    return pa.RecordBatch.from_pylist(rows, schema=schema(flat))
