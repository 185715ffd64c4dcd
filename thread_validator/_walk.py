"""Places in a body that the warning rules look at, found the same way by every rule.

Where a kind's messages, metadata objects and ID lists sit is the kind's declaration
(``_kinds``); these helpers read it from the check's context, tolerate any value (the rules also
run on bodies that failed the schema) and give only objects and lists where the schema gives them
a meaning. What they find is kept in the context for the body being checked, so that the rules
walk a body's messages once between them. Paths are tuples of keys and indices, as in
:attr:`Problem.path`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ._kinds import Context, find

Path = tuple[str | int, ...]

_NO_ITEMS: tuple[()] = ()


def items(value: object) -> Iterable[tuple[int, Any]]:
    return enumerate(value) if isinstance(value, list) else _NO_ITEMS


def _found(body: object, context: Context, table: str, of_type: type) -> list[tuple[Path, Any]]:
    # One memo for the tables (by name) and the places find walked (by tuple): they cannot clash.
    memo = context.found
    if memo is not None and table in memo:
        return memo[table]
    found = [
        (path, value)
        for place in getattr(context.kind, table)
        for path, value in find(body, place, memo)
        if isinstance(value, of_type)
    ]
    if memo is not None:
        memo[table] = found
    return found


def messages(body: object, context: Context) -> list[tuple[Path, dict[str, Any]]]:
    """Each message object with its path: the body itself for a message body."""
    return _found(body, context, "messages", dict)


def message_lists(body: object, context: Context) -> list[tuple[Path, list[Any]]]:
    return _found(body, context, "message_lists", list)


def parts(
    message: dict[str, Any], part_type: str | None = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """A message's content parts (objects only), optionally of one ``type``."""
    content = message.get("content")
    if isinstance(content, list):
        for index, part in enumerate(content):
            if isinstance(part, dict) and (part_type is None or part.get("type") == part_type):
                yield index, part


def metadata_objects(body: object, context: Context) -> list[tuple[Path, dict[str, Any]]]:
    """Every metadata object: the thread's, each message's, each vector store's."""
    return _found(body, context, "metadata", dict)


def file_id_lists(body: object, context: Context) -> list[tuple[Path, list[Any]]]:
    """The lists of file IDs: code_interpreter's and each vector store's."""
    return _found(body, context, "file_id_lists", list)


def vector_store_ids(body: object, context: Context) -> list[tuple[Path, list[Any]]]:
    return _found(body, context, "vector_store_id_lists", list)
