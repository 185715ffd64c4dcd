"""Lint rules (L): bodies the API accepts but that are probably not what was meant.

Each rule is declared on its check, a function ``(body, context) -> Iterator[Hit]``: where the
problem sits and the values its message template needs. Checks walk only the places the kind's
declaration gives a meaning (``_walk``), and skip values of the wrong type: the schema reports
those.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from typing import Any

from . import _runtime as runtime
from . import _walk as walk
from ._display import api_param, excerpt, quote
from ._kinds import ANY, Context, where
from ._rules import Hit, rule, screen
from ._runtime import IMAGE_EXTENSIONS

_may_repeat = screen(
    "context.kind.request and len(value) > 1 and repeats(value)", repeats=runtime.repeats
)


@rule(
    "L501",
    "duplicate-id",
    "warning",
    summary="The same ID appears twice in one list.",
    explanation="code_interpreter.file_ids, vector_store_ids and a vector store's file_ids are sets "
    "in effect: a repeated ID adds nothing, and usually means another ID was meant.",
    bad='{"tool_resources": {"code_interpreter": {"file_ids": ["file-a", "file-a"]}}}',
    good='{"tool_resources": {"code_interpreter": {"file_ids": ["file-a", "file-b"]}}}',
    messages={"duplicate_id": "Duplicate ID in {list}: {shown} is already at index {first}."},
    screens={"file_id_lists": _may_repeat, "vector_store_id_lists": _may_repeat},
)
def duplicate_ids(body: Any, context: Context) -> Iterator[Hit]:
    """The same ID twice in one list: the API keeps one, so the body says more than is sent."""
    if not context.kind.request:
        return
    lists = (*walk.file_id_lists(body, context), *walk.vector_store_ids(body, context))
    for path, ids in lists:
        if len(ids) < 2 or not runtime.repeats(ids):
            continue
        first: dict[str, int] = {}
        for index, item in enumerate(ids):
            if not isinstance(item, str):
                continue
            if item in first:
                fields = {
                    "list": quote(api_param(path)),
                    "shown": excerpt(item),
                    "first": first[item],
                }
                yield Hit(path + (index,), "duplicate_id", fields)
            else:
                first[item] = index


@rule(
    "L502",
    "duplicate-attachment",
    "warning",
    summary="A message attaches the same file to the same tool twice.",
    explanation="Attaching one file to two different tools is normal (the live API accepts it); "
    "giving it to the same tool twice adds nothing.",
    bad='{"role": "user", "content": "x", "attachments": [{"file_id": "file-a", "tools": [{"type": "file_search"}]}, {"file_id": "file-a", "tools": [{"type": "file_search"}]}]}',
    good='{"role": "user", "content": "x", "attachments": [{"file_id": "file-a", "tools": [{"type": "file_search"}, {"type": "code_interpreter"}]}]}',
    messages={
        "duplicate_attachment": "Duplicate attachment: file {shown} is already given to {tool} "
        "by {first}."
    },
    screens={
        ("messages", "attachments"): screen(
            "isinstance(value, list) and len(value) > 1 and repeat(value)",
            repeat=runtime.pairs_repeat,
        )
    },
)
def duplicate_attachments(body: Any, context: Context) -> Iterator[Hit]:
    for path, message in walk.messages(body, context):
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
                    first = quote(api_param(path + ("attachments", seen[key])))
                    fields = {"shown": excerpt(key[0]), "tool": quote(tool_type), "first": first}
                    where = path + ("attachments", index, "tools", tool_index)
                    yield Hit(where, "duplicate_attachment", fields)
                else:
                    seen[key] = index


_is_empty = screen('value == ""')


@rule(
    "L503",
    "empty-text",
    "warning",
    summary="A message or text part has empty text.",
    explanation="The spec allows an empty string, but the model gets nothing to read; usually a "
    "template variable was not filled in.",
    bad='{"messages": [{"role": "user", "content": ""}]}',
    good='{"messages": [{"role": "user", "content": "Summarise the file."}]}',
    messages={"empty_text": "Empty text in {where}: the {what} says nothing."},
    screens={
        ("messages", "content"): _is_empty,
        ("messages", "content", ANY, where("type", "text"), "text"): _is_empty,
    },
)
def empty_text(body: Any, context: Context) -> Iterator[Hit]:
    """An empty message or text part: the spec allows it, but the model gets nothing to read."""
    for path, message in walk.messages(body, context):
        if message.get("content") == "":
            yield Hit(path + ("content",), "empty_text", {"what": "message"})
        for index, part in walk.parts(message, "text"):
            if part.get("text") == "":
                yield Hit(path + ("content", index, "text"), "empty_text", {"what": "part"})


@rule(
    "L504",
    "metadata-key-case",
    "warning",
    summary="Two metadata keys differ only in case.",
    explanation="Metadata keys are case-sensitive: 'Owner' and 'owner' are two keys, and a query "
    "for one misses the other.",
    bad='{"metadata": {"Owner": "a", "owner": "b"}}',
    good='{"metadata": {"owner": "a"}}',
    messages={
        "metadata_key_case": "Metadata keys differ only in case in {object}: {shown} and {other}."
    },
    screens={"metadata": screen("len(value) > 1 and clash(value)", clash=runtime.keys_clash)},
)
def metadata_key_case(body: Any, context: Context) -> Iterator[Hit]:
    """Metadata keys that differ only in case: easy to confuse, and to query the wrong one."""
    for path, metadata in walk.metadata_objects(body, context):
        if len(metadata) < 2:
            continue
        first: dict[str, str] = {}
        for key in metadata:
            if not isinstance(key, str):
                continue
            folded = key.casefold()
            if folded in first:
                fields = {
                    "object": quote(api_param(path)),
                    "shown": excerpt(key),
                    "other": excerpt(first[folded]),
                }
                yield Hit(path + (key,), "metadata_key_case", fields, on_key=True)
            else:
                first[folded] = key


# The schemes whose URLs name a file; the server refuses the others (rule O303).
WEB_SCHEMES = ("http://", "https://")

# True when an image URL is http(s) and may end in an unsupported extension. Without "?" and
# "#", the path ``urlsplit`` finds is a suffix of the URL, so an ending such as ".png" (in any
# case) is its extension: such a URL surely passes. The last four or five characters lower-cased
# are an extension only when they are one in some case: no other character lower-cases to one
# of their letters or the dot ("İ" lower-cases to two characters, one not ASCII).
# The extension is tested first: most URLs end in one, and are then passed without a look at the
# scheme.
_odd_image_url = screen(
    "isinstance(value, str) and ('?' in value or '#' in value "
    "or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) "
    "and value[:8].lower().startswith(web)",
    web=WEB_SCHEMES,
    extensions=IMAGE_EXTENSIONS,
)


@rule(
    "L505",
    "unsupported-image-extension",
    "warning",
    summary="An image URL ends in an extension the API does not support.",
    explanation="The spec says image URLs must be of a supported image type: jpeg, jpg, png, gif or "
    "webp. An http or https URL with another extension (.bmp, .svg, .tiff) is probably not one; a "
    "URL with no extension is not warned about. Other schemes (a data: URL has no file name) are "
    "left to O303, which says what the server answers.",
    bad='{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/a.bmp"}}]}',
    good='{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]}',
    messages={
        "unsupported_image_extension": "Image URL in {where} ends in {extension}; supported image "
        "types are jpeg, jpg, png, gif and webp."
    },
    screens={
        ("messages", "content", ANY, where("type", "image_url"), "image_url", "url"): (
            _odd_image_url
        )
    },
)
def image_extension(body: Any, context: Context) -> Iterator[Hit]:
    """An image URL whose file extension is not one the API supports (jpeg, jpg, png, gif, webp).

    URLs without an extension are left alone: many image services serve images from such URLs.
    """
    for path, message in walk.messages(body, context):
        for index, part in walk.parts(message, "image_url"):
            image_url = part.get("image_url")
            url = image_url.get("url") if isinstance(image_url, dict) else None
            if not isinstance(url, str) or not url[:8].lower().startswith(WEB_SCHEMES):
                continue
            # Imported here: urllib.parse costs 5 ms of import time, and most bodies have no image URL.
            from urllib.parse import urlsplit

            try:
                extension = posixpath.splitext(urlsplit(url).path)[1].lower()
            except ValueError:  # not a URL at all: the schema's format check reports it
                continue
            if extension and extension not in IMAGE_EXTENSIONS:
                where = path + ("content", index, "image_url", "url")
                yield Hit(where, "unsupported_image_extension", {"extension": quote(extension)})
