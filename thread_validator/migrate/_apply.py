"""Running a plan with the official ``openai`` SDK: vector stores and their file batches, then
the conversation, then the item batches in order.

Each step is written into ``migration.applied`` as soon as the API confirms it, so a failure
part-way leaves a record of what exists; calling :func:`apply` again (with the same
:class:`Migration`, or one whose ``applied`` was restored from that record) resumes after the last
confirmed step instead of creating anything twice.
"""

from __future__ import annotations

import contextlib
import copy
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from ._convert import Migration

_PLACEHOLDER = re.compile(r"\$vector_stores\[(\d+)\]\.id")


class Applied(NamedTuple):
    """What a finished migration gives: the conversation and the tools for ``responses.create``."""

    conversation_id: str
    tools: list[dict[str, Any]]


class ApplyError(RuntimeError):
    """A request failed part-way; ``applied`` records what was created (``__cause__``: why)."""

    def __init__(self, step: str, applied: dict[str, Any]) -> None:
        super().__init__(step, applied)
        self.step = step
        self.applied = applied

    def __str__(self) -> str:
        return f"migration stopped at {self.step}: {self.__cause__}"


def apply(migration: Migration, client: Any, *, conversation_id: str | None = None) -> Applied:
    """Perform ``migration`` with ``client`` (an ``openai.OpenAI``); resumable after a failure.

    A message body's plan has no conversation to create: give the ``conversation_id`` whose
    items it adds to.
    """
    record = migration.applied
    if migration.conversation is None and conversation_id is None and "conversation" not in record:
        raise ValueError("this plan adds items to an existing conversation: give conversation_id")
    stores = record.setdefault("vector_stores", [])
    for index, store in enumerate(migration.vector_stores):
        if index >= len(stores):
            step = f"vector_stores[{index}]: POST /vector_stores"
            with _step(step, record):
                created = client.vector_stores.create(**store["create"])
            stores.append({"id": created.id, "file_batches": 0})
        done = stores[index]
        for number, batch in enumerate(store["file_batches"]):
            if number < done["file_batches"]:
                continue
            step = f"vector_stores[{index}].file_batches[{number}]: POST /vector_stores/{done['id']}/file_batches"
            with _step(step, record):
                client.vector_stores.file_batches.create(done["id"], **batch)
            done["file_batches"] = number + 1
    if "conversation" not in record:
        if migration.conversation is None:
            record["conversation"] = conversation_id
        else:
            with _step("conversation: POST /conversations", record):
                created = client.conversations.create(**migration.conversation)
            record["conversation"] = created.id
    conversation = record["conversation"]
    record.setdefault("item_batches", 0)
    for number, batch in enumerate(migration.item_batches):
        if number < record["item_batches"]:
            continue
        step = f"item_batches[{number}]: POST /conversations/{conversation}/items"
        with _step(step, record):
            client.conversations.items.create(conversation, **batch)
        record["item_batches"] = number + 1
    return Applied(conversation, resolve_tools(migration.tools, [s["id"] for s in stores]))


def resolve_tools(tools: list[dict[str, Any]], store_ids: list[str]) -> list[dict[str, Any]]:
    """``tools`` with each ``"$vector_stores[N].id"`` replaced by the id of the store created."""
    resolved = copy.deepcopy(tools)
    for tool in resolved:
        if tool.get("type") == "file_search":
            tool["vector_store_ids"] = [
                _substitute(value, store_ids) for value in tool["vector_store_ids"]
            ]
    return resolved


def _substitute(value: str, store_ids: list[str]) -> str:
    match = _PLACEHOLDER.fullmatch(value)
    if match is None:
        return value
    return store_ids[int(match.group(1))]


@contextlib.contextmanager
def _step(name: str, record: dict[str, Any]) -> Iterator[None]:
    """Turns a failure of one request into an :class:`ApplyError` carrying the record."""
    try:
        yield
    except Exception as error:
        raise ApplyError(name, record) from error
