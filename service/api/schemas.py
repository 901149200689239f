"""Every request and response body of the API, as marshmallow schemas (openapi.yaml mirrors them)."""

from __future__ import annotations

from typing import Any

import regex
from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates

from ..extractor.language import DEFAULT_LANGUAGE, languages
from ..extractor.model import OFFSET_UNITS, QUOTE_KINDS, SPEAKER_TYPES

# Text that cannot round-trip through UTF-8 (lone surrogates from "\ud800" escapes) or that carries
# NUL, which no article contains and many downstream stores reject.
RE_UNENCODABLE = regex.compile(r"[\ud800-\udfff\x00]")
ID_LENGTH = 256


class StrictFloat(fields.Float):
    """A JSON number only: no strings ("0.5") and no booleans."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


class StrictBoolean(fields.Boolean):
    """A JSON true or false only (not 0 or 1, which equal False and True in Python)."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> bool:
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


class OptionsSchema(Schema):
    """What to return; every field may be left out."""

    class Meta:
        unknown = RAISE

    include_other = StrictBoolean(load_default=False)
    min_confidence = StrictFloat(load_default=0.0, validate=validate.Range(0.0, 1.0), allow_nan=False)
    offsets = fields.String(load_default="codepoint", validate=validate.OneOf(OFFSET_UNITS))
    language = fields.String(load_default=DEFAULT_LANGUAGE, validate=validate.OneOf(languages()))


class _TextMixin:
    max_chars: int

    @validates("text")
    def _check_text(self, value: str, **_: Any) -> None:
        if len(value) > self.max_chars:
            raise ValidationError(f"Longer than the limit of {self.max_chars} characters.")
        if RE_UNENCODABLE.search(value):
            raise ValidationError("Contains a NUL character or an unpaired surrogate escape.")


class QuoteRequestSchema(_TextMixin, Schema):
    """POST /v1/quotes: one article."""

    class Meta:
        unknown = RAISE

    text = fields.String(required=True, validate=validate.Length(min=1))
    id = fields.String(load_default=None, validate=validate.Length(max=ID_LENGTH))
    options = fields.Nested(OptionsSchema, load_default=lambda: OptionsSchema().load({}))

    def __init__(self, *, max_chars: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_chars = max_chars


class DocumentSchema(_TextMixin, Schema):
    """One article of a batch."""

    class Meta:
        unknown = RAISE

    text = fields.String(required=True, validate=validate.Length(min=1))
    id = fields.String(load_default=None, validate=validate.Length(max=ID_LENGTH))

    def __init__(self, *, max_chars: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_chars = max_chars


class BatchRequestSchema(Schema):
    """POST /v1/quotes/batch: the documents are checked one by one (see DocumentSchema)."""

    class Meta:
        unknown = RAISE

    documents = fields.List(fields.Raw(allow_none=True), required=True)
    options = fields.Nested(OptionsSchema, load_default=lambda: OptionsSchema().load({}))

    def __init__(self, *, max_batch: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_batch = max_batch

    @validates("documents")
    def _check_documents(self, value: list[Any], **_: Any) -> None:
        if not 1 <= len(value) <= self.max_batch:
            raise ValidationError(f"Must hold between 1 and {self.max_batch} documents.")


class SpanSchema(Schema):
    """A stretch of the input: ``text == input[start:end]``."""

    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class SpeakerRefSchema(Schema):
    """The speaker of one quote and the words that name them there."""

    id = fields.String(required=True)
    name = fields.String(required=True)
    type = fields.String(required=True, validate=validate.OneOf(SPEAKER_TYPES))
    mention = fields.Nested(SpanSchema, required=True)


class QuoteSchema(Schema):
    """One quotation."""

    id = fields.String(required=True)
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(QUOTE_KINDS))
    group = fields.String(required=True)
    speaker = fields.Nested(SpeakerRefSchema, required=True, allow_none=True)
    cue = fields.Nested(SpanSchema, required=True, allow_none=True)
    confidence = fields.Float(required=True, validate=validate.Range(0.0, 1.0))
    rule = fields.String(required=True, allow_none=True)
    co_speakers = fields.List(fields.Nested(SpeakerRefSchema), required=True)


class SpeakerSchema(Schema):
    """One member of the article's cast."""

    id = fields.String(required=True)
    name = fields.String(required=True)
    type = fields.String(required=True, validate=validate.OneOf(SPEAKER_TYPES))
    titles = fields.List(fields.String(), required=True)
    mentions = fields.List(fields.Nested(SpanSchema), required=True)


class MetaSchema(Schema):
    """About the answer rather than the article."""

    version = fields.String(required=True)
    chars = fields.Integer(required=True)
    elapsed_ms = fields.Float(required=True)


class QuoteResponseSchema(Schema):
    """200 of POST /v1/quotes."""

    id = fields.String(required=True, allow_none=True)
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    speakers = fields.List(fields.Nested(SpeakerSchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)


class ProblemSchema(Schema):
    """RFC 9457 problem details, as every error is sent."""

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    errors = fields.Raw()
    request_id = fields.String()


class BatchItemSchema(Schema):
    """One document's answer in a batch: its quotes, or the problem that stopped it."""

    index = fields.Integer(required=True)
    id = fields.String(required=True, allow_none=True)
    status = fields.Integer(required=True)
    quotes = fields.List(fields.Nested(QuoteSchema))
    speakers = fields.List(fields.Nested(SpeakerSchema))
    meta = fields.Nested(MetaSchema)
    error = fields.Nested(ProblemSchema)


class BatchResponseSchema(Schema):
    """200 of POST /v1/quotes/batch: one item per document, in order."""

    results = fields.List(fields.Nested(BatchItemSchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)


class StatusSchema(Schema):
    """200 of GET /healthz and GET /readyz (which adds how each dependency is doing)."""

    status = fields.String(required=True)
    checks = fields.Dict(keys=fields.String(), values=fields.String())


class Schemas:
    """One instance of each schema, built once per app: instantiating a marshmallow schema costs
    more than using it, and the instances keep no state between calls."""

    def __init__(self, *, max_chars: int, max_batch: int) -> None:
        self.quote_request = QuoteRequestSchema(max_chars=max_chars)
        self.document = DocumentSchema(max_chars=max_chars)
        self.batch_request = BatchRequestSchema(max_batch=max_batch)
        self.quote_response = QuoteResponseSchema()
        self.batch_response = BatchResponseSchema()
        self.batch_item = BatchItemSchema()
        self.meta = MetaSchema()
        self.status = StatusSchema()
