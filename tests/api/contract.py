"""Check an answer against openapi.yaml itself, the contract, rather than against a copy of it in Python."""

from __future__ import annotations

from functools import cache

import yaml
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.conftest import ROOT

SPEC_URI = "urn:quotes:openapi"


@cache
def _validator(component: str) -> OAS31Validator:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    registry = Registry().with_resource(SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012))
    return OAS31Validator({"$ref": f"{SPEC_URI}#/components/schemas/{component}"}, registry=registry)


def contract_errors(body: object, component: str) -> list[str]:
    """What in ``body`` breaks the contract's ``component`` schema (e.g. ``"Problem"``); empty when nothing does."""
    return [f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
            for error in _validator(component).iter_errors(body)]
