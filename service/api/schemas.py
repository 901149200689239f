"""Every request and response body of the API, as marshmallow schemas (openapi.yaml mirrors them)."""

from __future__ import annotations

from typing import Any

import regex
from marshmallow import RAISE, Schema, ValidationError, fields, post_load, validate, validates, validates_schema

from ..extractor.language import DEFAULT_LANGUAGE, languages
from ..extractor.model import MAX_KNOWN_SPEAKERS, OFFSET_UNITS, QUOTE_KINDS, SPEAKER_TYPES, KnownSpeaker, OptionsError

# Text that cannot round-trip through UTF-8 (lone surrogates from "\ud800" escapes) or that carries
# NUL, which no article contains and many downstream stores reject.
RE_UNENCODABLE = regex.compile(r"[\ud800-\udfff\x00]")
ID_LENGTH = 256
# A known speaker's name, each alias and each title: short strings, and few of them (the cast turns every
# one into names to look for, so their number bounds the work a request can ask for).
NAME_LENGTH = 200
MAX_ALIASES = 20
# Something other than white space, as both Python (str.strip, which the extractor uses on names) and
# JavaScript (the contract's patterns) count it: \x1c-\x1f and \x85 are space to Python only, U+FEFF to
# JavaScript only. openapi.yaml's KnownSpeaker.id and Name carry the same class as their pattern.
RE_VISIBLE = regex.compile(r"[^\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]")
KNOWN_TYPES = ("person", "organization")
GENDERS = ("m", "f")


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


class Name(fields.String):
    """A short string that shows something: not blank, no NUL, no unpaired surrogates."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(validate=[validate.Length(1, NAME_LENGTH), _visible], **kwargs)


def _visible(value: str) -> None:
    if not RE_VISIBLE.search(value):
        raise ValidationError("Must hold a character other than white space.")
    if RE_UNENCODABLE.search(value):
        raise ValidationError("Contains a NUL character or an unpaired surrogate escape.")


class KnownSpeakerSchema(Schema):
    """Somebody the caller already knows (a CMS's people tags), loaded as the extractor's KnownSpeaker."""

    class Meta:
        unknown = RAISE

    id = fields.String(required=True, validate=[validate.Length(1, ID_LENGTH), _visible])
    name = Name(required=True)
    aliases = fields.List(Name(), load_default=list, validate=validate.Length(max=MAX_ALIASES))
    type = fields.String(load_default="person", validate=validate.OneOf(KNOWN_TYPES))
    titles = fields.List(Name(), load_default=list, validate=validate.Length(max=MAX_ALIASES))
    gender = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(GENDERS))

    @post_load
    def _known_speaker(self, data: dict[str, Any], **_: Any) -> KnownSpeaker:
        try:
            return KnownSpeaker(id=data["id"], name=data["name"], aliases=tuple(data["aliases"]),
                                type=data["type"], titles=tuple(data["titles"]), gender=data["gender"])
        except OptionsError as error:  # the fields above check the same things; this keeps a 400 a 400
            raise ValidationError(error.message) from None


class OptionsSchema(Schema):
    """What to return; every field may be left out."""

    class Meta:
        unknown = RAISE

    include_other = StrictBoolean(load_default=False)
    min_confidence = StrictFloat(load_default=0.0, validate=validate.Range(0.0, 1.0), allow_nan=False)
    offsets = fields.String(load_default="codepoint", validate=validate.OneOf(OFFSET_UNITS))
    language = fields.String(load_default=DEFAULT_LANGUAGE, validate=validate.OneOf(languages()))
    speakers = fields.List(fields.Nested(KnownSpeakerSchema), load_default=list,
                           validate=validate.Length(max=MAX_KNOWN_SPEAKERS))

    @post_load
    def _speakers_as_tuple(self, data: dict[str, Any], **_: Any) -> dict[str, Any]:
        return {**data, "speakers": tuple(data["speakers"])}


class _SourceMixin:
    """The article, as ``text`` or as ``html``: exactly one of them; the limit counts it as sent."""

    max_chars: int

    @validates("text", "html")
    def _check_source(self, value: str, **_: Any) -> None:
        if len(value) > self.max_chars:
            raise ValidationError(f"Longer than the limit of {self.max_chars} characters.")
        if RE_UNENCODABLE.search(value):
            raise ValidationError("Contains a NUL character or an unpaired surrogate escape.")

    @validates_schema
    def _one_source(self, data: dict[str, Any], **_: Any) -> None:
        if "text" not in data and "html" not in data:
            raise ValidationError("Missing data for required field: send the article as text or as html.", "text")
        if "text" in data and "html" in data:
            raise ValidationError("Send the article as text or as html, not both.", "html")


class DocumentSchema(_SourceMixin, Schema):
    """One article: of a batch, or (with its options) of POST /v1/quotes."""

    class Meta:
        unknown = RAISE

    text = fields.String(validate=validate.Length(min=1))
    html = fields.String(validate=validate.Length(min=1))
    id = fields.String(load_default=None, validate=validate.Length(max=ID_LENGTH))

    def __init__(self, *, max_chars: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_chars = max_chars


class QuoteRequestSchema(DocumentSchema):
    """POST /v1/quotes: one article and the options to read it with."""

    options = fields.Nested(OptionsSchema, load_default=lambda: OptionsSchema().load({}))


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
    known_id = fields.String(required=True, allow_none=True)


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


class BatchItemSchema(Schema):
    """One document's answer in a batch: its quotes, or the problem that stopped it."""

    index = fields.Integer(required=True)
    id = fields.String(required=True, allow_none=True)
    status = fields.Integer(required=True)
    quotes = fields.List(fields.Nested(QuoteSchema))
    speakers = fields.List(fields.Nested(SpeakerSchema))
    meta = fields.Nested(MetaSchema)
    error = fields.Raw()  # the problem document (errors.problem_body), as a single request gets it


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
        self.batch_item = BatchItemSchema()
        self.meta = MetaSchema()
        self.status = StatusSchema()
