"""Places in a body that the warning rules look at, found the same way by every rule.

Each helper tolerates any value (the rules also run on bodies that failed the schema) and yields
only objects and lists where the schema gives them a meaning. Paths are tuples of keys and
indices, as in :attr:`Problem.path`; helpers yield indices rather than whole paths where a rule
usually finds nothing, so that a clean body costs no path building.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

Path = tuple[str | int, ...]

_NO_ITEMS: tuple[()] = ()


def items(value: object) -> Iterable[tuple[int, Any]]:
    return enumerate(value) if isinstance(value, list) else _NO_ITEMS


def messages(body: object, kind: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Each message object with its path: the body itself for a message body."""
    if not isinstance(body, dict):
        return
    if kind == "message":
        yield (), body
    elif kind == "thread":
        listed = body.get("messages")
        if isinstance(listed, list):
            for index, message in enumerate(listed):
                if isinstance(message, dict):
                    yield ("messages", index), message


def parts(
    message: dict[str, Any], part_type: str | None = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """A message's content parts (objects only), optionally of one ``type``."""
    content = message.get("content")
    if isinstance(content, list):
        for index, part in enumerate(content):
            if isinstance(part, dict) and (part_type is None or part.get("type") == part_type):
                yield index, part


def tool_resources(body: object, kind: str) -> dict[str, Any]:
    if kind in ("thread", "thread_object") and isinstance(body, dict):
        resources = body.get("tool_resources")
        if isinstance(resources, dict):
            return resources
    return {}


def tool_resource(body: object, kind: str, name: str) -> dict[str, Any]:
    resource = tool_resources(body, kind).get(name)
    return resource if isinstance(resource, dict) else {}


def vector_stores(body: object, kind: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    if kind != "thread":
        return
    for index, store in items(tool_resource(body, kind, "file_search").get("vector_stores")):
        if isinstance(store, dict):
            yield ("tool_resources", "file_search", "vector_stores", index), store


def metadata_objects(body: object, kind: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every metadata object: the thread's, each message's, each vector store's."""
    if (
        kind in ("thread", "thread_object")
        and isinstance(body, dict)
        and isinstance(body.get("metadata"), dict)
    ):
        yield ("metadata",), body["metadata"]
    for path, message in messages(body, kind):
        if isinstance(message.get("metadata"), dict):
            yield path + ("metadata",), message["metadata"]
    for path, store in vector_stores(body, kind):
        if isinstance(store.get("metadata"), dict):
            yield path + ("metadata",), store["metadata"]


def file_id_lists(body: object, kind: str) -> Iterator[tuple[Path, list[Any]]]:
    """The lists of file IDs: code_interpreter's and each vector store's."""
    if kind not in ("thread", "thread_object"):
        return
    ids = tool_resource(body, kind, "code_interpreter").get("file_ids")
    if isinstance(ids, list):
        yield ("tool_resources", "code_interpreter", "file_ids"), ids
    for path, store in vector_stores(body, kind):
        if isinstance(store.get("file_ids"), list):
            yield path + ("file_ids",), store["file_ids"]


def vector_store_ids(body: object, kind: str) -> Iterator[tuple[Path, list[Any]]]:
    ids = tool_resource(body, kind, "file_search").get("vector_store_ids")
    if isinstance(ids, list):
        yield ("tool_resources", "file_search", "vector_store_ids"), ids
