"""A thread body in, a plan for the successor out: vector stores, a conversation, item batches,
the Responses tools, and what has no equivalent.

The mapping follows OpenAI's migration guide (Threads -> Conversations, tool resources -> the
tools of each ``responses.create``) where it is right, and departs where the successor's spec
says otherwise: every item has ``type: "message"``, every ``input_image`` has a ``detail``,
assistant messages are string content (the spec rejects an assistant ``output_text`` part without
``id`` and ``status``), ``image_file`` parts, attachments and tool resources are kept, and more
than 20 items are split into batches. Nothing is dropped silently: each loss is a problem.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any, Literal

from .._display import api_param, excerpt, json_pointer
from .._problem import Problem
from .._validator import validator_for

Attachments = Literal["vector_store", "input_file"]

# Limits of the successor's spec (openapi-conversations-excerpt.yaml).
MAX_ITEMS = 20  # CreateConversationBody.items and the items body: "up to 20 items at a time"
MAX_CREATE_FILES = 500  # CreateVectorStoreRequest.file_ids
MAX_BATCH_FILES = 2000  # CreateVectorStoreFileBatchRequest.file_ids
MAX_CONTAINER_FILES = 50  # AutoCodeInterpreterToolParam.file_ids

# How assistant text parts are joined into one string (the part boundaries are reported).
PART_SEPARATOR = "\n\n"

ATTACHMENTS_STORE_NAME = "Thread attachments"

Path = tuple[Any, ...]


class Migration:
    """The plan: what to create, in order, for one thread (or message) body.

    ``vector_stores`` (each ``{"create": …, "file_batches": […]}``), ``conversation`` (the
    ``POST /v1/conversations`` body; None for a message body, whose items go to an existing
    conversation), ``item_batches`` (``POST /v1/conversations/{id}/items`` bodies, in order),
    ``tools`` (the Responses tools, with ``"$vector_stores[N].id"`` for a store still to be
    created) and ``losses`` (problems at their place in the thread body).

    ``applied`` records what :func:`apply` created so far, so that a second call resumes.
    """

    def __init__(
        self,
        vector_stores: list[dict[str, Any]],
        conversation: dict[str, Any] | None,
        item_batches: list[dict[str, Any]],
        tools: list[dict[str, Any]],
        losses: tuple[Problem, ...],
    ) -> None:
        self.vector_stores = vector_stores
        self.conversation = conversation
        self.item_batches = item_batches
        self.tools = tools
        self.losses = losses
        self.applied: dict[str, Any] = {}

    def __repr__(self) -> str:
        items = len((self.conversation or {}).get("items") or []) + sum(
            len(batch["items"]) for batch in self.item_batches
        )
        requests = len(self.item_batches) + (self.conversation is not None)
        return (
            f"<Migration: {len(self.vector_stores)} vector stores, {items} items in "
            f"{requests} {'request' if requests == 1 else 'requests'}, "
            f"{len(self.tools)} tools, {len(self.losses)} losses>"
        )

    def to_dict(self) -> dict[str, Any]:
        """The plan as JSON-ready data (a fresh copy: changing it leaves the plan as it was)."""
        return {
            "vector_stores": copy.deepcopy(self.vector_stores),
            "conversation": copy.deepcopy(self.conversation),
            "item_batches": copy.deepcopy(self.item_batches),
            "tools": copy.deepcopy(self.tools),
            "losses": [loss.to_dict() for loss in self.losses],
        }

    def requests(self) -> Iterator[tuple[str, str, Any]]:
        """Every body of the plan: (kind, JSON Pointer into ``to_dict()``, body), in order."""
        for index, store in enumerate(self.vector_stores):
            yield "vector_store", f"/vector_stores/{index}/create", store["create"]
            for number, batch in enumerate(store["file_batches"]):
                yield (
                    "vector_store_file_batch",
                    f"/vector_stores/{index}/file_batches/{number}",
                    batch,
                )
        if self.conversation is not None:
            yield "conversation", "/conversation", self.conversation
        for number, batch in enumerate(self.item_batches):
            yield "conversation_items", f"/item_batches/{number}", batch
        for index, tool in enumerate(self.tools):
            yield "response_tool", f"/tools/{index}", tool

    def validate(self) -> list[Problem]:
        """Every problem in the plan's bodies under the successor's kinds (none, by design).

        Pointers are into ``to_dict()``; the converter's tests hold this empty.
        """
        return [
            problem.replace(pointer=prefix + problem.pointer)
            for kind, prefix, body in self.requests()
            for problem in validator_for(kind).validate(body)
        ]


def to_conversation(
    body: object,
    *,
    kind: str = "thread",
    api_version: str = "v2",
    attachments: Attachments = "vector_store",
) -> Migration:
    """Convert a thread body (``kind="thread"``) or a message body (``kind="message"``).

    The body is checked first: an invalid one raises :class:`~thread_validator.InvalidBody`
    with its problems, and nothing is converted. ``attachments`` says where file-search
    attachments go: a new vector store given to ``file_search`` (``"vector_store"``, keeps
    retrieval) or ``input_file`` parts of their message (``"input_file"``, whole-file context).
    The body is never modified.
    """
    if kind not in ("thread", "message"):
        raise ValueError(f"unknown kind {kind!r}: expected 'thread' or 'message'")
    if attachments not in ("vector_store", "input_file"):
        raise ValueError(
            f"unknown attachments {attachments!r}: expected 'vector_store' or 'input_file'"
        )
    checker = validator_for(kind, api_version)
    if not checker.is_valid(body):
        checker.check(body)  # raises InvalidBody with every problem
    if not isinstance(body, dict):  # a valid body is an object; this tells the type checker
        raise TypeError(body)
    return _Converter(kind, api_version, attachments).convert(body)


class _Converter:
    def __init__(self, kind: str, api_version: str, attachments: Attachments) -> None:
        self.kind = kind
        self.api_version = api_version
        self.attachments = attachments
        self.losses: list[Problem] = []
        self.container_files: list[tuple[str, Path]] = []
        self.attachment_store_files: list[str] = []
        self.code_interpreter = False

    def convert(self, body: dict[str, Any]) -> Migration:
        messages: list[tuple[Path, dict[str, Any]]]
        if self.kind == "message":
            messages = [((), body)]
        else:
            messages = [
                (("messages", index), message)
                for index, message in enumerate(body.get("messages") or [])
            ]
        resources = (body.get("tool_resources") or {}) if self.kind == "thread" else {}
        interpreter = resources.get("code_interpreter")
        if interpreter is not None:
            # The thread's own files come first in the container, then the attachments'.
            self.code_interpreter = True
            for index, file_id in enumerate(interpreter.get("file_ids") or []):
                place = ("tool_resources", "code_interpreter", "file_ids", index)
                self.container_file(file_id, place)
        items = [item for path, message in messages for item in self.message(path, message)]

        stores: list[dict[str, Any]] = []
        store_ids: list[str] = []
        file_search = resources.get("file_search") or {}
        store_ids += file_search.get("vector_store_ids") or []
        for store in file_search.get("vector_stores") or []:
            store_ids.append(f"$vector_stores[{len(stores)}].id")
            stores.append(_vector_store(store))
        if self.attachment_store_files:
            store_ids.append(f"$vector_stores[{len(stores)}].id")
            stores.append(
                _vector_store(
                    {"file_ids": self.attachment_store_files}, name=ATTACHMENTS_STORE_NAME
                )
            )

        tools: list[dict[str, Any]] = []
        if store_ids:
            tools.append({"type": "file_search", "vector_store_ids": store_ids})
        if self.code_interpreter:
            tools.append({"type": "code_interpreter", "container": self.container()})

        if self.kind == "message":
            conversation = None
            # A message that becomes no item (an assistant's images only) adds nothing.
            batches = [{"items": items}] if items else []
        else:
            conversation = {}
            if body.get("metadata") is not None:
                conversation["metadata"] = copy.deepcopy(body["metadata"])
            if items:
                conversation["items"] = items[:MAX_ITEMS]
            batches = [
                {"items": items[start : start + MAX_ITEMS]}
                for start in range(MAX_ITEMS, len(items), MAX_ITEMS)
            ]
        return Migration(stores, conversation, batches, tools, tuple(self.losses))

    # --- messages ----------------------------------------------------------------------------

    def message(self, path: Path, message: dict[str, Any]) -> list[dict[str, Any]]:
        role = message["role"]
        if message.get("metadata"):
            self.loss(
                "M601",
                path + ("metadata",),
                "message_metadata_dropped",
                "A conversation item has no metadata: the message's metadata "
                f"({len(message['metadata'])} {'key' if len(message['metadata']) == 1 else 'keys'}) "
                "is not carried over.",
            )
        files = self.attached_files(path, message)
        content: Any
        if role == "assistant":
            content = self.assistant_content(path, message["content"])
            self.attach_to_store(path, files, assistant=True)
            if content is None:
                return []
        else:
            content = self.user_content(message["content"])
            if self.attachments == "input_file" and files:
                if isinstance(content, str):
                    content = [{"type": "input_text", "text": content}]
                content += [{"type": "input_file", "file_id": file_id} for file_id in files]
            else:
                self.attach_to_store(path, files, assistant=False)
        return [{"type": "message", "role": role, "content": content}]

    def user_content(self, content: Any) -> Any:
        if isinstance(content, str):
            return content
        parts: list[dict[str, Any]] = []
        for part in content:
            if part["type"] == "text":
                parts.append({"type": "input_text", "text": part["text"]})
            elif part["type"] == "image_url":
                image = part["image_url"]
                parts.append(
                    {
                        "type": "input_image",
                        "image_url": image["url"],
                        "detail": image.get("detail") or "auto",
                    }
                )
            else:
                image = part["image_file"]
                parts.append(
                    {
                        "type": "input_image",
                        "file_id": image["file_id"],
                        "detail": image.get("detail") or "auto",
                    }
                )
        return parts

    def assistant_content(self, path: Path, content: Any) -> str | None:
        """The assistant's text as one string; None when nothing of it can be kept."""
        if isinstance(content, str):
            return content
        texts = []
        for index, part in enumerate(content):
            if part["type"] == "text":
                texts.append(part["text"])
            else:
                self.loss(
                    "M602",
                    path + ("content", index),
                    "assistant_image_dropped",
                    f"An assistant message cannot carry an image in a conversation: the "
                    f"{part['type']} part is dropped.",
                )
        if not texts:
            self.loss(
                "M602",
                path,
                "assistant_message_dropped",
                "The assistant message has no text part left, so it becomes no item.",
            )
            return None
        if len(texts) > 1:
            self.loss(
                "M603",
                path + ("content",),
                "assistant_parts_joined",
                f"An assistant item's content is one string: its {len(texts)} text parts are "
                f"joined with a blank line between them.",
            )
        return PART_SEPARATOR.join(texts)

    # --- files -------------------------------------------------------------------------------

    def attached_files(self, path: Path, message: dict[str, Any]) -> list[str]:
        """The file-search files of a message; code-interpreter files go to the container."""
        files: list[str] = []
        if self.api_version == "v1":
            for index, file_id in enumerate(message.get("file_ids") or []):
                self.loss(
                    "M604",
                    path + ("file_ids", index),
                    "v1_file_tool_assumed",
                    f"A v1 message file does not say which tool reads it: {excerpt(file_id)} is "
                    "given to file_search (v1's retrieval). Add it to the code_interpreter "
                    "container instead if the assistant ran code on it.",
                )
                _append_new(files, file_id)
            return files
        for index, attachment in enumerate(message.get("attachments") or []):
            for tool in attachment["tools"]:
                if tool["type"] == "code_interpreter":
                    self.code_interpreter = True
                    self.container_file(
                        attachment["file_id"], path + ("attachments", index, "file_id")
                    )
                else:
                    _append_new(files, attachment["file_id"])
        return files

    def attach_to_store(self, path: Path, files: list[str], *, assistant: bool) -> None:
        if files and assistant and self.attachments == "input_file":
            self.loss(
                "M606",
                path + ("attachments",),
                "attachment_to_vector_store",
                "An assistant item cannot carry an input_file part: its file-search "
                "attachments go to the attachments vector store instead.",
            )
        for file_id in files:
            _append_new(self.attachment_store_files, file_id)

    def container_file(self, file_id: str, path: Path) -> None:
        if any(known == file_id for known, _ in self.container_files):
            return
        self.container_files.append((file_id, path))

    def container(self) -> dict[str, Any]:
        kept = self.container_files[:MAX_CONTAINER_FILES]
        for file_id, path in self.container_files[MAX_CONTAINER_FILES:]:
            self.loss(
                "M605",
                path,
                "container_files_above_limit",
                f"A code_interpreter container takes at most {MAX_CONTAINER_FILES} files: "
                f"{excerpt(file_id)} is left out.",
            )
        return {"type": "auto", "file_ids": [file_id for file_id, _ in kept]}

    def loss(self, rule: str, path: Path, code: str, message: str) -> None:
        self.losses.append(
            Problem(
                pointer=json_pointer(path),
                param=api_param(path) or None,
                code=code,
                message=message,
                severity="warning",
                path=path,
                rule=rule,
            )
        )


def _vector_store(store: dict[str, Any], *, name: str | None = None) -> dict[str, Any]:
    """A thread's ``vector_stores[]`` entry as a create body and the file batches past 500."""
    files = list(store.get("file_ids") or [])
    create: dict[str, Any] = {}
    if name is not None:
        create["name"] = name
    if files:
        create["file_ids"] = files[:MAX_CREATE_FILES]
    strategy = store.get("chunking_strategy")
    if strategy is not None:
        create["chunking_strategy"] = copy.deepcopy(strategy)
    if store.get("metadata") is not None:
        create["metadata"] = copy.deepcopy(store["metadata"])
    batches = []
    for start in range(MAX_CREATE_FILES, len(files), MAX_BATCH_FILES):
        batch: dict[str, Any] = {"file_ids": files[start : start + MAX_BATCH_FILES]}
        if strategy is not None:
            # The batch's files are chunked as the store's first files are.
            batch["chunking_strategy"] = copy.deepcopy(strategy)
        batches.append(batch)
    return {"create": create, "file_batches": batches}


def _append_new(files: list[str], file_id: str) -> None:
    if file_id not in files:
        files.append(file_id)
