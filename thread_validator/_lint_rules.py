"""Lint rules beyond validity: bodies the API accepts but that are probably not what was meant.

Each rule is one function ``(body, kind) -> Iterator[Problem]`` yielding warnings. They walk only
the places the schema gives a meaning, and skip values of the wrong type: the schema reports those.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from ._display import api_param, excerpt, json_pointer, quote
from ._problem import Problem

Path = tuple[str | int, ...]

# The spec's own list, from image_url.url's description: "jpeg, jpg, png, gif, webp".
IMAGE_EXTENSIONS = frozenset({".jpeg", ".jpg", ".png", ".gif", ".webp"})


def warning(path: Path, code: str, message: str, *, on_key: bool = False) -> Problem:
    return Problem(
        pointer=json_pointer(path),
        param=api_param(path) or None,
        code=code,
        message=message,
        severity="warning",
        path=path,
        on_key=on_key,
    )


def messages(body: Any, kind: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Each message object of a body, with its path."""
    if kind == "message":
        if isinstance(body, dict):
            yield (), body
        return
    if kind != "thread" or not isinstance(body, dict) or not isinstance(body.get("messages"), list):
        return
    for index, message in enumerate(body["messages"]):
        if isinstance(message, dict):
            yield ("messages", index), message


def content_parts(message: dict[str, Any], path: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    content = message.get("content")
    if isinstance(content, list):
        for index, part in enumerate(content):
            if isinstance(part, dict):
                yield path + ("content", index), part


def vector_stores(body: Any, kind: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    file_search = _member(body, "tool_resources", "file_search") if kind == "thread" else None
    stores = file_search.get("vector_stores") if isinstance(file_search, dict) else None
    if isinstance(stores, list):
        for index, store in enumerate(stores):
            if isinstance(store, dict):
                yield ("tool_resources", "file_search", "vector_stores", index), store


def metadata_objects(body: Any, kind: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    if kind == "thread" and isinstance(body, dict) and isinstance(body.get("metadata"), dict):
        yield ("metadata",), body["metadata"]
    for path, message in messages(body, kind):
        if isinstance(message.get("metadata"), dict):
            yield path + ("metadata",), message["metadata"]
    for path, store in vector_stores(body, kind):
        if isinstance(store.get("metadata"), dict):
            yield path + ("metadata",), store["metadata"]


def duplicate_ids(body: Any, kind: str) -> Iterator[Problem]:
    """The same ID twice in one list: the API keeps one, so the body says more than is sent."""
    lists: list[tuple[Path, Any]] = []
    if kind == "thread":
        lists.append((("tool_resources", "code_interpreter", "file_ids"), _member(body, "tool_resources", "code_interpreter", "file_ids")))
        lists.append((("tool_resources", "file_search", "vector_store_ids"), _member(body, "tool_resources", "file_search", "vector_store_ids")))
        lists += [(path + ("file_ids",), store.get("file_ids")) for path, store in vector_stores(body, kind)]
    for path, ids in lists:
        if not isinstance(ids, list):
            continue
        first: dict[str, int] = {}
        for index, item in enumerate(ids):
            if not isinstance(item, str):
                continue
            if item in first:
                yield warning(
                    path + (index,), "duplicate_id",
                    f"Duplicate ID in {quote(api_param(path))}: {excerpt(item)} is already at "
                    f"index {first[item]}.",
                )
            else:
                first[item] = index
    for path, message in messages(body, kind):
        attachments = message.get("attachments")
        if not isinstance(attachments, list):
            continue
        seen: dict[tuple[str, str], int] = {}
        for index, attachment in enumerate(attachments):
            if not isinstance(attachment, dict) or not isinstance(attachment.get("file_id"), str):
                continue
            tools = attachment.get("tools")
            for tool_index, tool in enumerate(tools if isinstance(tools, list) else []):
                tool_type = tool.get("type") if isinstance(tool, dict) else None
                if not isinstance(tool_type, str):
                    continue
                key = (attachment["file_id"], tool_type)
                if key in seen:
                    where = path + ("attachments", index, "tools", tool_index)
                    yield warning(
                        where, "duplicate_attachment",
                        f"Duplicate attachment: file {excerpt(key[0])} is already given to "
                        f"{quote(tool_type)} by {quote(api_param(path + ('attachments', seen[key])))}.",
                    )
                else:
                    seen[key] = index


def empty_text(body: Any, kind: str) -> Iterator[Problem]:
    """An empty message or text part: the spec allows it, but the model gets nothing to read."""
    for path, message in messages(body, kind):
        if message.get("content") == "":
            yield warning(path + ("content",), "empty_text", f"Empty text in {quote(api_param(path + ('content',)) )}: the message says nothing.")
        for part_path, part in content_parts(message, path):
            if part.get("type") == "text" and part.get("text") == "":
                where = part_path + ("text",)
                yield warning(where, "empty_text", f"Empty text in {quote(api_param(where))}: the part says nothing.")


def metadata_key_case(body: Any, kind: str) -> Iterator[Problem]:
    """Metadata keys that differ only in case: easy to confuse, and to query the wrong one."""
    for path, metadata in metadata_objects(body, kind):
        first: dict[str, str] = {}
        for key in metadata:
            if not isinstance(key, str):
                continue
            folded = key.casefold()
            if folded in first:
                yield warning(
                    path + (key,), "metadata_key_case",
                    f"Metadata keys differ only in case in {quote(api_param(path))}: {excerpt(key)} "
                    f"and {excerpt(first[folded])}.",
                    on_key=True,
                )
            else:
                first[folded] = key


def image_extension(body: Any, kind: str) -> Iterator[Problem]:
    """An image URL whose file extension is not one the API supports (jpeg, jpg, png, gif, webp).

    URLs without an extension are left alone: many image services serve images from such URLs.
    """
    for path, message in messages(body, kind):
        for part_path, part in content_parts(message, path):
            image_url = part.get("image_url") if part.get("type") == "image_url" else None
            url = image_url.get("url") if isinstance(image_url, dict) else None
            if not isinstance(url, str):
                continue
            try:
                extension = posixpath.splitext(urlsplit(url).path)[1].lower()
            except ValueError:  # not a URL at all: the schema's format check reports it
                continue
            if extension and extension not in IMAGE_EXTENSIONS:
                where = part_path + ("image_url", "url")
                yield warning(
                    where, "unsupported_image_extension",
                    f"Image URL in {quote(api_param(where))} ends in {quote(extension)}; supported "
                    "image types are jpeg, jpg, png, gif and webp.",
                )


def _member(node: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


LINT_RULES = (duplicate_ids, empty_text, metadata_key_case, image_extension)
