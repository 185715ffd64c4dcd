"""The bundled schema documents, read once through ``importlib.resources``."""

from __future__ import annotations

import functools
import json
from typing import Any, Literal

Kind = Literal["thread", "message", "thread_object"]
ApiVersion = Literal["v2", "v1"]

DEFAULT_API_VERSION: ApiVersion = "v2"

SCHEMA_FILE = "openai-threads-2.3.0.schema.json"
SCHEMA_ID = "urn:thread-validator:openai-threads:2.3.0"

# The bundled document of each API version: file name and $id.
DOCUMENTS: dict[str, tuple[str, str]] = {
    "v2": (SCHEMA_FILE, SCHEMA_ID),
    "v1": ("openai-threads-v1.schema.json", "urn:thread-validator:openai-threads:v1"),
}

# Which definition of the bundled document each kind of body is checked against, and the name
# a message uses for the body itself (its param is empty).
KINDS: dict[str, tuple[str, str]] = {
    "thread": ("CreateThreadRequest", "the request body"),
    "message": ("CreateMessageRequest", "the request body"),
    "thread_object": ("ThreadObject", "the thread object"),
}

# The v1 source (a request page of the 2023 spec) has no response objects.
KINDS_BY_VERSION: dict[str, dict[str, tuple[str, str]]] = {
    "v2": KINDS,
    "v1": {kind: KINDS[kind] for kind in ("thread", "message")},
}


@functools.cache
def document(api_version: str = DEFAULT_API_VERSION) -> dict[str, Any]:
    """The bundled JSON Schema 2020-12 document (parsed once; treat it as read-only)."""
    # importlib.resources costs about 10 ms to import; only a body being checked needs it.
    from importlib import resources

    file_name, _ = DOCUMENTS[api_version]
    text = resources.files("thread_validator.schemas").joinpath(file_name).read_text("utf-8")
    parsed: dict[str, Any] = json.loads(text)
    return parsed


def root_schema(kind: str, api_version: str = DEFAULT_API_VERSION) -> dict[str, Any]:
    """A schema that checks one kind of body by reference into the bundled document."""
    definition, _ = KINDS_BY_VERSION[api_version][kind]
    _, schema_id = DOCUMENTS[api_version]
    return {"$ref": f"{schema_id}#/$defs/{definition}"}


@functools.cache
def registry(api_version: str = DEFAULT_API_VERSION) -> Any:
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    _, schema_id = DOCUMENTS[api_version]
    return Registry().with_resource(schema_id, DRAFT202012.create_resource(document(api_version)))
