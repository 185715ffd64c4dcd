"""The bundled schema documents, read once through ``importlib.resources``."""

from __future__ import annotations

import functools
import json
from typing import Any, Literal

Kind = Literal[
    "thread",
    "message",
    "thread_object",
    "conversation",
    "conversation_items",
    "vector_store",
    "vector_store_file_batch",
    "response_tool",
]
ApiVersion = Literal["v2", "v1"]

DEFAULT_API_VERSION = "v2"

SCHEMA_FILE = "openai-threads-2.3.0.schema.json"
SCHEMA_ID = "urn:thread-validator:openai-threads:2.3.0"

# The bundled document of each API version: file name and $id.
DOCUMENTS: dict[str, tuple[str, str]] = {
    "v2": (SCHEMA_FILE, SCHEMA_ID),
    "v1": ("openai-threads-v1.schema.json", "urn:thread-validator:openai-threads:v1"),
    # The successor's bodies (Conversations, vector stores): one API, whatever ``api_version``.
    "conversations": (
        "openai-conversations.schema.json",
        "urn:thread-validator:openai-conversations",
    ),
}

# Which definition of the bundled document each kind of body is checked against, and the name
# a message uses for the body itself (its param is empty).
KINDS: dict[str, tuple[str, str]] = {
    "thread": ("CreateThreadRequest", "the request body"),
    "message": ("CreateMessageRequest", "the request body"),
    "thread_object": ("ThreadObject", "the thread object"),
    "conversation": ("CreateConversationBody", "the request body"),
    "conversation_items": ("CreateConversationItemsBody", "the request body"),
    "vector_store": ("CreateVectorStoreRequest", "the request body"),
    "vector_store_file_batch": ("CreateVectorStoreFileBatchRequest", "the request body"),
    "response_tool": ("Tool", "the tool"),
}

# Kinds of the successor API, checked against its own document.
SUCCESSOR_KINDS = (
    "conversation",
    "conversation_items",
    "vector_store",
    "vector_store_file_batch",
    "response_tool",
)

# The v1 source (a request page of the 2023 spec) has no response objects.
KINDS_BY_VERSION: dict[str, dict[str, tuple[str, str]]] = {
    "v2": KINDS,
    "v1": {kind: KINDS[kind] for kind in ("thread", "message")},
}

# The kinds each bundled document holds (an API version's, or the successor's).
KINDS_BY_DOCUMENT: dict[str, dict[str, tuple[str, str]]] = {
    **KINDS_BY_VERSION,
    "v2": {kind: KINDS[kind] for kind in ("thread", "message", "thread_object")},
    "conversations": {kind: KINDS[kind] for kind in SUCCESSOR_KINDS},
}


def document_key(kind: str, api_version: str = DEFAULT_API_VERSION) -> str:
    """Which bundled document checks ``kind`` in ``api_version`` (a key of ``DOCUMENTS``)."""
    return "conversations" if kind in SUCCESSOR_KINDS else api_version


@functools.cache
def document(api_version: str = DEFAULT_API_VERSION) -> dict[str, Any]:
    """The bundled JSON Schema 2020-12 document (parsed once; treat it as read-only)."""
    # importlib.resources costs about 10 ms to import; only a body being checked needs it.
    from importlib import resources

    file_name, _ = DOCUMENTS[api_version]
    text = resources.files("thread_validator.schemas").joinpath(file_name).read_text("utf-8")
    return json.loads(text)


def root_schema(kind: str, api_version: str = DEFAULT_API_VERSION) -> dict[str, Any]:
    """A schema that checks one kind of body by reference into the bundled document.

    ``api_version`` here is a key of ``DOCUMENTS`` (see ``document_key``), as in the other
    functions below.
    """
    definition, _ = KINDS_BY_DOCUMENT[api_version][kind]
    _, schema_id = DOCUMENTS[api_version]
    return {"$ref": f"{schema_id}#/$defs/{definition}"}


@functools.cache
def registry(api_version: str = DEFAULT_API_VERSION) -> Any:
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    _, schema_id = DOCUMENTS[api_version]
    return Registry().with_resource(schema_id, DRAFT202012.create_resource(document(api_version)))
