"""The bundled schema documents, read once from the package's data (``pkgutil.get_data``)."""

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

DEFAULT_API_VERSION: ApiVersion = "v2"

SCHEMA_FILE = "openai-threads-2.3.0.schema.json"
SCHEMA_ID = "urn:thread-validator:openai-threads:2.3.0"

API_VERSIONS: tuple[str, ...] = ("v2", "v1")

# The bundled documents by key: file name and $id. The threads document of each API version is
# keyed by the version; a kind that brings its own document (``Kind.document``) adds it under its
# file name when first used (``document_key``).
DOCUMENTS: dict[str, tuple[str, str]] = {
    "v2": (SCHEMA_FILE, SCHEMA_ID),
    "v1": ("openai-threads-v1.schema.json", "urn:thread-validator:openai-threads:v1"),
}


def document_key(kind: str, api_version: str = DEFAULT_API_VERSION) -> str:
    """The key in :data:`DOCUMENTS` of the document that holds ``kind``'s definition."""
    from ._kinds import KINDS

    own = KINDS[kind].document
    if own is None:
        return api_version
    DOCUMENTS.setdefault(own[0], own)
    return own[0]


def _kinds_by_version() -> dict[str, dict[str, tuple[str, str]]]:
    """Each API version's kinds as (definition, the name of the body itself), from ``_kinds``."""
    from ._kinds import kinds_for

    return {
        version: {
            name: (kind.definition, kind.body_name) for name, kind in kinds_for(version).items()
        }
        for version in API_VERSIONS
    }


def __getattr__(name: str) -> Any:
    # Computed when read, so that a kind declared after import is in them.
    if name == "KINDS_BY_VERSION":
        return _kinds_by_version()
    if name == "KINDS":
        return _kinds_by_version()[DEFAULT_API_VERSION]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def document(api_version: str = DEFAULT_API_VERSION) -> dict[str, Any]:
    """The bundled JSON Schema 2020-12 document (parsed once; treat it as read-only)."""
    # The package's own loader reads the file, as importlib.resources and pkgutil.get_data do,
    # from a wheel, a zip or a checkout alike; they cost 10-40 ms of imports (zipfile, tempfile,
    # weakref), more than the first invalid body's whole report.
    import importlib
    import os

    # By name: the package exists only as installed (pyproject.toml maps schemas/ to it).
    schemas = importlib.import_module("thread_validator.schemas")

    file_name, _ = DOCUMENTS[api_version]
    loader: Any = schemas.__spec__.loader if schemas.__spec__ else None
    if loader is None or not hasattr(loader, "get_data") or not schemas.__file__:
        raise FileNotFoundError(f"thread_validator.schemas/{file_name}: no loader to read it")
    # A loader's get_data takes the str path its module's __file__ is written in.
    data = loader.get_data(os.path.join(os.path.dirname(schemas.__file__), file_name))  # noqa: PTH118, PTH120
    parsed: dict[str, Any] = json.loads(data.decode("utf-8"))
    return parsed


def root_schema(kind: str, api_version: str = DEFAULT_API_VERSION) -> dict[str, Any]:
    """A schema that checks one kind of body by reference into its bundled document."""
    from ._kinds import KINDS

    _, schema_id = DOCUMENTS[document_key(kind, api_version)]
    definition = KINDS[kind].definition
    return {"$ref": f"{schema_id}#/$defs/{definition}"}


@functools.cache
def registry(api_version: str = DEFAULT_API_VERSION) -> Any:
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    _, schema_id = DOCUMENTS[api_version]
    return Registry().with_resource(schema_id, DRAFT202012.create_resource(document(api_version)))


def resolve(reference: str, api_version: str = DEFAULT_API_VERSION) -> tuple[Any, str]:
    """The schema a ``$ref`` in the bundled document points at, and its JSON Pointer there.

    Resolved through the document's :func:`registry`, as jsonschema resolves it.
    """
    _, schema_id = DOCUMENTS[api_version]
    resolved = registry(api_version).resolver(base_uri=schema_id).lookup(reference)
    fragment = reference.partition("#")[2]
    return resolved.contents, fragment


def admits_string(schema_path: str, api_version: str = DEFAULT_API_VERSION) -> bool:
    """Whether the keyword at ``schema_path`` (a ``type`` or a ``oneOf``) lets a string through.

    Decides whether a YAML value that is not a string where one is expected (``yes`` read as a
    boolean) gets the hint to quote it.
    """
    from ._display import unescape_pointer_token

    node: Any = document(api_version)
    for token in map(unescape_pointer_token, schema_path.lstrip("#").split("/")[1:]):
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            return False
    if isinstance(node, str) or (isinstance(node, list) and all(isinstance(i, str) for i in node)):
        return "string" in ([node] if isinstance(node, str) else node)
    if isinstance(node, list):
        return any(_branch_type(branch, api_version) == "string" for branch in node)
    return False


def _branch_type(branch: Any, api_version: str) -> Any:
    if isinstance(branch, dict) and "$ref" in branch and "type" not in branch:
        branch, _ = resolve(branch["$ref"], api_version)
    return branch.get("type") if isinstance(branch, dict) else None


def branch_types(branch: Any) -> list[str] | None:
    """The JSON types a ``oneOf`` branch admits by its own ``type``; None when it does not say.

    One source for the validator's choice of branch (``_keywords.oneOf``) and the fast path's.
    """
    if not isinstance(branch, dict) or "type" not in branch:
        return None
    types = branch["type"]
    return [types] if isinstance(types, str) else types
