"""Places in a body that the warning rules look at, found the same way by every rule.

Where a kind's messages, metadata objects and ID lists sit is the kind's declaration
(``_kinds``); these helpers read it, tolerate any value (the rules also run on bodies that failed
the schema) and yield only objects and lists where the schema gives them a meaning. Paths are
tuples of keys and indices, as in :attr:`Problem.path`; helpers yield indices rather than whole
paths where a rule usually finds nothing, so that a clean body costs no path building.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ._kinds import Kind, find

Path = tuple[str | int, ...]

_NO_ITEMS: tuple[()] = ()


def items(value: object) -> Iterable[tuple[int, Any]]:
    return enumerate(value) if isinstance(value, list) else _NO_ITEMS


def _objects(body: object, places: Iterable[tuple[str, ...]]) -> Iterator[tuple[Path, Any]]:
    for place in places:
        for path, value in find(body, place):
            if isinstance(value, dict):
                yield path, value


def _lists(body: object, places: Iterable[tuple[str, ...]]) -> Iterator[tuple[Path, list[Any]]]:
    for place in places:
        for path, value in find(body, place):
            if isinstance(value, list):
                yield path, value


def messages(body: object, kind: Kind) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Each message object with its path: the body itself for a message body."""
    return _objects(body, kind.messages)


def message_lists(body: object, kind: Kind) -> Iterator[tuple[Path, list[Any]]]:
    return _lists(body, kind.message_lists)


def parts(
    message: dict[str, Any], part_type: str | None = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """A message's content parts (objects only), optionally of one ``type``."""
    content = message.get("content")
    if isinstance(content, list):
        for index, part in enumerate(content):
            if isinstance(part, dict) and (part_type is None or part.get("type") == part_type):
                yield index, part


def metadata_objects(body: object, kind: Kind) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every metadata object: the thread's, each message's, each vector store's."""
    return _objects(body, kind.metadata)


def file_id_lists(body: object, kind: Kind) -> Iterator[tuple[Path, list[Any]]]:
    """The lists of file IDs: code_interpreter's and each vector store's."""
    return _lists(body, kind.file_id_lists)


def vector_store_ids(body: object, kind: Kind) -> Iterator[tuple[Path, list[Any]]]:
    return _lists(body, kind.vector_store_id_lists)
