"""The bundled schema documents, read once through ``importlib.resources``."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any, Literal

Kind = Literal["thread", "message"]

SCHEMA_FILE = "openai-threads-2.3.0.schema.json"
SCHEMA_ID = "urn:thread-validator:openai-threads:2.3.0"

# Which definition of the bundled document each kind of body is checked against, and the name
# a message uses for the body itself (its param is empty).
KINDS: dict[str, tuple[str, str]] = {
    "thread": ("CreateThreadRequest", "the request body"),
    "message": ("CreateMessageRequest", "the request body"),
}


@functools.cache
def document() -> dict[str, Any]:
    """The bundled JSON Schema 2020-12 document (parsed once; treat it as read-only)."""
    text = resources.files("thread_validator.schemas").joinpath(SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)


def root_schema(kind: str) -> dict[str, Any]:
    """A schema that checks one kind of body by reference into the bundled document."""
    definition, _ = KINDS[kind]
    return {"$ref": f"{SCHEMA_ID}#/$defs/{definition}"}


@functools.cache
def registry() -> Any:
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    return Registry().with_resource(SCHEMA_ID, DRAFT202012.create_resource(document()))
