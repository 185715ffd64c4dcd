"""Lint rules beyond validity: bodies the API accepts but that are probably not what was meant.

Each rule is one function ``(body, kind) -> Iterator[Problem]`` yielding warnings. They walk only
the places the schema gives a meaning, and skip values of the wrong type: the schema reports those.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from typing import Any

from . import _walk as walk
from ._display import api_param, excerpt, json_pointer, param_of, quote
from ._problem import Problem
from ._walk import Path

# The spec's own list, from image_url.url's description: "jpeg, jpg, png, gif, webp".
IMAGE_EXTENSIONS = frozenset({".jpeg", ".jpg", ".png", ".gif", ".webp"})


def warning(path: Path, code: str, message: str, *, on_key: bool = False) -> Problem:
    return Problem(
        pointer=json_pointer(path),
        param=param_of(path),
        code=code,
        message=message,
        severity="warning",
        path=path,
        on_key=on_key,
    )


def duplicate_ids(body: Any, kind: str) -> Iterator[Problem]:
    """The same ID twice in one list: the API keeps one, so the body says more than is sent."""
    if kind == "thread":
        for path, ids in (*walk.file_id_lists(body, kind), *walk.vector_store_ids(body, kind)):
            if len(ids) < 2 or len(set(_strings(ids))) == len(ids):
                continue
            first: dict[str, int] = {}
            for index, item in enumerate(ids):
                if not isinstance(item, str):
                    continue
                if item in first:
                    yield warning(
                        path + (index,),
                        "duplicate_id",
                        f"Duplicate ID in {quote(api_param(path))}: {excerpt(item)} is already at "
                        f"index {first[item]}.",
                    )
                else:
                    first[item] = index
    for path, message in walk.messages(body, kind):
        attachments = message.get("attachments")
        if not isinstance(attachments, list) or len(attachments) < 2:
            continue
        seen: dict[tuple[str, str], int] = {}
        for index, attachment in enumerate(attachments):
            if not isinstance(attachment, dict) or not isinstance(attachment.get("file_id"), str):
                continue
            for tool_index, tool in walk.items(attachment.get("tools")):
                tool_type = tool.get("type") if isinstance(tool, dict) else None
                if not isinstance(tool_type, str):
                    continue
                key = (attachment["file_id"], tool_type)
                if key in seen:
                    where = path + ("attachments", index, "tools", tool_index)
                    yield warning(
                        where,
                        "duplicate_attachment",
                        f"Duplicate attachment: file {excerpt(key[0])} is already given to "
                        f"{quote(tool_type)} by {quote(api_param(path + ('attachments', seen[key])))}.",
                    )
                else:
                    seen[key] = index


def _strings(values: list[Any]) -> Iterator[Any]:
    # Unhashable items (a wrong type the schema reports) must not break the quick set test.
    return (value if isinstance(value, str) else id(value) for value in values)


def empty_text(body: Any, kind: str) -> Iterator[Problem]:
    """An empty message or text part: the spec allows it, but the model gets nothing to read."""
    for path, message in walk.messages(body, kind):
        if message.get("content") == "":
            yield warning(
                path + ("content",),
                "empty_text",
                f"Empty text in {quote(api_param(path + ('content',)))}: the message says nothing.",
            )
        for index, part in walk.parts(message, "text"):
            if part.get("text") == "":
                where = path + ("content", index, "text")
                yield warning(
                    where,
                    "empty_text",
                    f"Empty text in {quote(api_param(where))}: the part says nothing.",
                )


def metadata_key_case(body: Any, kind: str) -> Iterator[Problem]:
    """Metadata keys that differ only in case: easy to confuse, and to query the wrong one."""
    for path, metadata in walk.metadata_objects(body, kind):
        if len(metadata) < 2:
            continue
        first: dict[str, str] = {}
        for key in metadata:
            if not isinstance(key, str):
                continue
            folded = key.casefold()
            if folded in first:
                yield warning(
                    path + (key,),
                    "metadata_key_case",
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
    for path, message in walk.messages(body, kind):
        for index, part in walk.parts(message, "image_url"):
            image_url = part.get("image_url")
            url = image_url.get("url") if isinstance(image_url, dict) else None
            if not isinstance(url, str):
                continue
            # Imported here: urllib.parse costs 5 ms of import time, and most bodies have no image URL.
            from urllib.parse import urlsplit

            try:
                extension = posixpath.splitext(urlsplit(url).path)[1].lower()
            except ValueError:  # not a URL at all: the schema's format check reports it
                continue
            if extension and extension not in IMAGE_EXTENSIONS:
                where = path + ("content", index, "image_url", "url")
                yield warning(
                    where,
                    "unsupported_image_extension",
                    f"Image URL in {quote(api_param(where))} ends in {quote(extension)}; supported "
                    "image types are jpeg, jpg, png, gif and webp.",
                )


LINT_RULES = (duplicate_ids, empty_text, metadata_key_case, image_extension)
