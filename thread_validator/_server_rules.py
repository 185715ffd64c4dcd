"""Server-side rules (O): what the live API refused although its spec allows it.

Each rule is declared on its check, with the evidence in its explanation (``--explain``) and the
API's own code and wording where they were recorded. A body that passes the schema can still be
refused by the server for these; a server or mock that wants to answer as OpenAI does should
refuse them too (:func:`thread_validator.api_error` with ``warnings=True``), and ``--strict`` makes
them fail a lint run. ID prefixes depend on the server the project targets (``--server``).

Rules look only at places the kind's declaration gives a meaning, and tolerate any value there: a
place the schema already reports as an error gets no warning (the validator drops it).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from . import _messages as say
from . import _runtime as runtime
from . import _walk as walk
from ._display import close_match, excerpt, quote
from ._kinds import ANY, Context, find, where
from ._rules import RULE_BY_ID, Check, Hit, Screen, rule, screen
from ._walk import Path

MAX_MESSAGES = 32
MAX_CONTENT_LENGTH = 256_000
URL_SCHEMES = ("http://", "https://")


_long_list = screen("len(value) > limit", limit=MAX_MESSAGES)


@rule(
    "O301",
    "too-many-messages",
    "warning",
    summary="A thread create has more than 32 messages.",
    explanation="The spec sets no maxItems on messages, but the API refused more than 32 in v1 "
    "(openai-php/client#269, 2023: 'ensure this value has at most 32 items') and still did in "
    "v2 (dimagi/open-chat-studio#688, 2024: 'There is a 32 message limit when creating a new "
    "thread'). Create the thread with 32 and add the rest with POST "
    "/v1/threads/{thread_id}/messages.",
    bad='{"messages": [' + ", ".join(['{"role": "user", "content": "hi"}'] * 33) + "]}",
    good='{"messages": [' + ", ".join(['{"role": "user", "content": "hi"}'] * 32) + "]}",
    messages={"array_above_max_length": say.ARRAY_TOO_LONG},
    screens={"message_lists": _long_list},
)
def too_many_messages(body: object, context: Context) -> Iterator[Hit]:
    for path, listed in walk.message_lists(body, context):
        if len(listed) > MAX_MESSAGES:
            fields = {"maximum": MAX_MESSAGES, "size": len(listed)}
            yield Hit(path, "array_above_max_length", fields)


_long_text = screen("isinstance(value, str) and len(value) > limit", limit=MAX_CONTENT_LENGTH)


@rule(
    "O302",
    "content-too-long",
    "warning",
    summary="Message content (a string, or a text part) is longer than 256,000 characters.",
    explanation="The spec had maxLength 256000 on content from 2024-04-09 (openai-openapi 5fd86c8) "
    'until 2024-05-09 (451aa0b) dropped it; the live messages.create still answered "Invalid '
    "'content': string too long. Expected a string with maximum length 256000\" afterwards. "
    "That the limit also holds for each text part is inferred.",
    bad='{"role": "user", "content": "<256,001 characters>"}',
    good='{"role": "user", "content": "<256,000 characters>"}',
    messages={"string_above_max_length": say.STRING_TOO_LONG},
    screens={
        ("messages", "content"): _long_text,
        ("messages", "content", ANY, where("type", "text"), "text"): _long_text,
    },
)
def content_too_long(body: object, context: Context) -> Iterator[Hit]:
    for path, message in walk.messages(body, context):
        content = message.get("content")
        if isinstance(content, str):
            places: Iterable[tuple[Path, Any]] = [(path + ("content",), content)]
        else:
            places = [
                (path + ("content", index, "text"), part.get("text"))
                for index, part in walk.parts(message, "text")
            ]
        for place, text in places:
            if isinstance(text, str) and len(text) > MAX_CONTENT_LENGTH:
                # The API writes the length without separators (observed: "length 1620133").
                fields = {"maximum": MAX_CONTENT_LENGTH, "size": len(text)}
                yield Hit(place, "string_above_max_length", fields)


# A URL that starts with a scheme in lower case (most do) is passed without lower-casing it.
_other_scheme = screen(
    "isinstance(value, str) and not value.startswith(schemes) "
    "and not value[:8].lower().startswith(schemes)",
    schemes=URL_SCHEMES,
)


@rule(
    "O303",
    "image-url-scheme",
    "warning",
    summary="image_url.url is not an http or https URL (a data: URL, for instance).",
    explanation="A data: URL is a valid URI, so the spec's format: uri accepts it, but the live API "
    'refused one in threads.create with "Expected a valid URL, but got a value with an invalid '
    'format" (openai/openai-python#1483, 2024). Other schemes are inferred to fail alike. '
    "Upload the image as a file and send an image_file part instead.",
    bad='{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]}',
    good='{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}]}',
    messages={"invalid_value": say.INVALID_URL},
    screens={
        ("messages", "content", ANY, where("type", "image_url"), "image_url", "url"): _other_scheme
    },
)
def image_url_scheme(body: object, context: Context) -> Iterator[Hit]:
    for path, message in walk.messages(body, context):
        for index, part in walk.parts(message, "image_url"):
            image = part.get("image_url")
            url = image.get("url") if isinstance(image, dict) else None
            if not isinstance(url, str) or url[:8].lower().startswith(URL_SCHEMES):
                continue
            hint = (
                " The Assistants API does not take data: URLs; upload the image as a file and send "
                "an image_file part instead."
                if url[:5].lower() == "data:"
                else " The Assistants API takes http and https URLs only."
            )
            where = path + ("content", index, "image_url", "url")
            yield Hit(where, "invalid_value", {"detail": "", "hint": hint})


# A place an ID may sit: the path of its container, the key or index in it, and the value. The
# path is joined only for an ID that fails: a clean body costs no path building.
Candidates = Iterable[tuple[Path, "str | int", Any]]


def _id_prefix_rule(family: str) -> Callable[[Callable[[object, Context], Candidates]], Check]:
    """A check that every ID of ``family`` the decorated function finds has the server's prefix."""

    def decorate(places: Callable[[object, Context], Candidates]) -> Check:
        def check(body: object, context: Context) -> Iterator[Hit]:
            prefixes = context.server.id_prefixes[family]
            for base, token, value in places(body, context):
                if type(value) is str and not value.startswith(prefixes):
                    fields = {
                        "shown": excerpt(value),
                        "prefixes": " or ".join(quote(prefix) for prefix in prefixes),
                    }
                    yield Hit((*base, token), "invalid_value", fields)

        check.__name__ = check.__qualname__ = places.__name__
        check.__doc__ = places.__doc__
        return check

    return decorate


def _unprefixed(family: str, *, of_any_type: bool = False) -> Screen:
    """A screen of ID lists: True when one of its items may lack the server's prefix.

    The ID lists' own places give lists only; a place below them (``of_any_type``) any value.
    """
    # The family written in: the scanner reads the prefixes of a family once (``_warnings``).
    test = f"unprefixed(value, context.server.id_prefixes[{family!r}])"
    return screen(
        f"isinstance(value, list) and {test}" if of_any_type else test,
        unprefixed=runtime.any_unprefixed,
    )


def _unprefixed_declared(family: str) -> Callable[[Any, Context], bool]:
    """A screen of the kind's declared IDs (``(family, value)`` pairs)."""

    def screen(entry: tuple[str, Any], context: Context) -> bool:
        of_family, value = entry
        return (
            of_family == family
            and type(value) is str
            and not value.startswith(context.server.id_prefixes[family])
        )

    return screen


# True when an image_file part's or an attachment's file ID lacks the server's prefix.
_unprefixed_file_id = screen(
    "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"
)


def _declared_ids(body: object, context: Context, family: str) -> Candidates:
    """The IDs the kind declares of ``family`` (a thread object's own id)."""
    for place, of_family in context.kind.ids.items():
        if of_family == family:
            for path, value in find(body, place):
                yield path[:-1], path[-1], value


def _listed(lists: Iterable[tuple[Path, list[Any]]]) -> Candidates:
    for path, ids in lists:
        for index, value in enumerate(ids):
            yield path, index, value


@rule(
    "O304",
    "file-id-prefix",
    "warning",
    summary="A file ID does not begin with 'file-' (with --server azure: 'assistant-' or 'file-').",
    explanation="Checked in attachments, image_file parts, tool_resources and v1 message file_ids. "
    "Every file ID OpenAI's live API returned begins with 'file-' (openai-dotnet session records, "
    "2025), and the API answers \"Expected an ID that begins with 'file'\" for file IDs of other "
    "endpoints; a refusal in a thread body was not recorded, so the rule is inferred. Azure "
    "OpenAI's files API issues 'assistant-' IDs, and its Assistants accepted them in vector "
    'stores: with --server azure (or server = "azure" in [tool.thread-validator]) both '
    "prefixes pass. Placeholders such as 'string' or 'file_id' in generated SDK tests trip it.",
    bad='{"role": "user", "content": "x", "attachments": [{"file_id": "abc123", "tools": [{"type": "file_search"}]}]}',
    good='{"role": "user", "content": "x", "attachments": [{"file_id": "file-abc123", "tools": [{"type": "file_search"}]}]}',
    messages={"invalid_value": say.ID_PREFIX},
    screens={
        ("messages", "content", ANY, where("type", "image_file"), "image_file", "file_id"): (
            _unprefixed_file_id
        ),
        ("messages", "attachments", ANY, "file_id"): _unprefixed_file_id,
        ("messages", "file_ids"): _unprefixed("file", of_any_type=True),
        "file_id_lists": _unprefixed("file"),
        "ids": _unprefixed_declared("file"),
    },
)
@_id_prefix_rule("file")
def file_id_prefix(body: object, context: Context) -> Candidates:
    for path, message in walk.messages(body, context):
        for index, part in walk.parts(message, "image_file"):
            image = part.get("image_file")
            if isinstance(image, dict) and "file_id" in image:
                yield (*path, "content", index, "image_file"), "file_id", image["file_id"]
        for index, attachment in walk.items(message.get("attachments")):
            if isinstance(attachment, dict) and "file_id" in attachment:
                yield (*path, "attachments", index), "file_id", attachment["file_id"]
        # A v1 message's file_ids (in v2 they are an unknown parameter, and get no warning).
        file_ids = message.get("file_ids")
        if isinstance(file_ids, list):
            yield from _listed([((*path, "file_ids"), file_ids)])
    yield from _listed(walk.file_id_lists(body, context))
    yield from _declared_ids(body, context, "file")


@rule(
    "O305",
    "vector-store-id-prefix",
    "warning",
    summary="A vector store ID does not begin with 'vs_'.",
    explanation="Every vector store ID the live API returned begins with 'vs_' (openai-dotnet "
    "session records, 2025), and the API checks ID prefixes elsewhere; a refusal in a thread body "
    "was not recorded, so the rule is inferred.",
    bad='{"tool_resources": {"file_search": {"vector_store_ids": ["store1"]}}}',
    good='{"tool_resources": {"file_search": {"vector_store_ids": ["vs_abc123"]}}}',
    messages={"invalid_value": say.ID_PREFIX},
    screens={
        "vector_store_id_lists": _unprefixed("vector_store"),
        "ids": _unprefixed_declared("vector_store"),
    },
)
@_id_prefix_rule("vector_store")
def vector_store_id_prefix(body: object, context: Context) -> Candidates:
    yield from _listed(walk.vector_store_ids(body, context))
    yield from _declared_ids(body, context, "vector_store")


@rule(
    "O306",
    "thread-id-prefix",
    "warning",
    summary="A thread object's id does not begin with 'thread_' (kind thread_object).",
    explanation="For contract tests of servers and mocks: every thread the live API returned has an "
    "id beginning with 'thread_', and the API refuses a thread_id without it (\"Expected an ID "
    "that begins with 'thread'\", openai/openai-node#1545).",
    bad='{"id": "123", "object": "thread", "created_at": 0, "metadata": {}, "tool_resources": {}}',
    good='{"id": "thread_abc123", "object": "thread", "created_at": 0, "metadata": {}, "tool_resources": {}}',
    messages={"invalid_value": say.ID_PREFIX},
    screens={"ids": _unprefixed_declared("thread")},
)
@_id_prefix_rule("thread")
def thread_id_prefix(body: object, context: Context) -> Candidates:
    return _declared_ids(body, context, "thread")


# The definition in the bundled schema of each tool an attachment takes, and of each content part,
# by its type: the keys the API knows are the definition's properties.
ATTACHMENT_TOOLS = {
    "code_interpreter": "AssistantToolsCode",
    "file_search": "AssistantToolsFileSearchTypeOnly",
}
CONTENT_PARTS = {
    "text": "MessageRequestContentTextObject",
    "image_url": "MessageContentImageUrlObject",
    "image_file": "MessageContentImageFileObject",
}


# The keys the v2 schema names in each content part, and in its image object, as constants: the
# screens below are tests written in place (no call, no look into the schema). A test holds them
# equal to what the bundled schema gives (``_known_keys``); in v1 there are no such parts.
PART_KEYS = {
    "text": frozenset({"type", "text"}),
    "image_url": frozenset({"type", "image_url"}),
    "image_file": frozenset({"type", "image_file"}),
}
IMAGE_KEYS = {
    "image_url": frozenset({"url", "detail"}),
    "image_file": frozenset({"file_id", "detail"}),
}
_PARTS = ("messages", "content", ANY)
_OTHER_KEYS_IN_PARTS: dict[Any, Screen] = {
    (*_PARTS, where("type", part_type)): screen("not keys.issuperset(value)", keys=keys)
    for part_type, keys in PART_KEYS.items()
} | {
    (*_PARTS, where("type", part_type), part_type): screen(
        "isinstance(value, dict) and not keys.issuperset(value)", keys=keys
    )
    for part_type, keys in IMAGE_KEYS.items()
}


@rule(
    "O307",
    "unknown-parameter-in-open-object",
    "warning",
    summary="An attachment's tool, a content part or an image object has a key the API does not "
    "know.",
    explanation="The spec leaves these objects open (no additionalProperties: false), so the schema "
    "accepts any key there. Evidence: the live API refused an attachment tool with a "
    'file_search member, {"type": "file_search", "file_search": {"max_num_results": 5}}, '
    "with \"Unknown parameter: 'attachments[0].tools[0].file_search'.\" (openai/openai-node#886, "
    "2024-06, reproduced by an SDK maintainer, who removed the key from the spec as included in "
    "error; again in openai/openai-dotnet#552, 2025-07); max_num_results belongs on the run's or "
    "the assistant's file_search tool. Inference: content parts (text, image_url, image_file) "
    "and the image_url and image_file objects are closed on the server as well: the API answers "
    "unknown keys with 'Unknown parameter' in every object where it was seen (the body, messages, "
    "tool_resources, attachment tools), and no recorded body the API accepted (openai-dotnet "
    "sessions, 28 bodies) has a key there beyond the spec's; no refusal of such a key was "
    "recorded either. Chunking strategies need no rule: the spec closes them, and S105 reports "
    "their unknown keys.",
    bad='{"role": "user", "content": "x", "attachments": [{"file_id": "file-abc123", "tools": [{"type": "file_search", "file_search": {"max_num_results": 5}}]}]}',
    good='{"role": "user", "content": "x", "attachments": [{"file_id": "file-abc123", "tools": [{"type": "file_search"}]}]}',
    messages={"unknown_parameter": say.UNKNOWN_PARAMETER},
    screens={
        # A tool of one key has its "type" at most, which every tool's schema names.
        ("messages", "attachments", ANY, "tools", ANY): screen(
            "isinstance(value, dict) and len(value) > 1 and unknown(value, context)",
            unknown=runtime.tool_keys_unknown,
        ),
        **_OTHER_KEYS_IN_PARTS,
    },
)
def unknown_parameter_in_open_object(body: object, context: Context) -> Iterator[Hit]:
    tools, parts = _known_keys(context.api_version)
    if not tools and not parts:
        return
    for path, message in walk.messages(body, context):
        for index, attachment in walk.items(message.get("attachments")):
            listed = attachment.get("tools") if isinstance(attachment, dict) else None
            for tool_index, tool in walk.items(listed):
                tool_type = tool.get("type") if isinstance(tool, dict) else None
                known = tools.get(tool_type) if isinstance(tool_type, str) else None
                if known is not None and not tool.keys() <= known:
                    where = (*path, "attachments", index, "tools", tool_index)
                    yield from _unknown(where, tool, known, _TOOL_HINT)
        for index, part in walk.parts(message):
            part_type = part.get("type")
            if not isinstance(part_type, str) or part_type not in parts:
                continue
            entry = parts[part_type]
            known, inner_known = entry
            if not part.keys() <= known:
                yield from _unknown((*path, "content", index), part, known)
            inner = part.get(part_type)
            if (
                isinstance(inner, dict)
                and inner_known is not None
                and not inner.keys() <= inner_known
            ):
                yield from _unknown((*path, "content", index, part_type), inner, inner_known)


_TOOL_HINT = (
    " An attachment's tool takes only its type: set file_search options such as max_num_results "
    "on the run's or the assistant's tools."
)


def _unknown(
    path: Path, value: dict[str, Any], known: frozenset[str], hint: str = ""
) -> Iterator[Hit]:
    for key in value:
        # A key that is not a string is reported as such (S101), wherever it is.
        if key not in known and isinstance(key, str):
            yield Hit(
                (*path, key),
                "unknown_parameter",
                {"hint": hint or _did_you_mean(key, known)},
                on_key=True,
            )


@functools.cache
def _known_keys(
    api_version: str,
) -> tuple[dict[str, frozenset[str]], dict[str, tuple[frozenset[str], frozenset[str] | None]]]:
    """The keys the schema knows in each attachment tool and each content part (and its image),
    by type; read from the bundled document once."""
    from ._schema import document

    defs = document(api_version)["$defs"]
    tools = {
        tool_type: frozenset(defs[name].get("properties", {}))
        for tool_type, name in ATTACHMENT_TOOLS.items()
        if name in defs
    }
    parts: dict[str, tuple[frozenset[str], frozenset[str] | None]] = {}
    for part_type, name in CONTENT_PARTS.items():
        if name in defs:
            properties = defs[name].get("properties", {})
            inner = properties.get(part_type, {}).get("properties")
            parts[part_type] = (frozenset(properties), None if inner is None else frozenset(inner))
    return tools, parts


def _did_you_mean(key: object, known: Iterable[str]) -> str:
    match = close_match(key, known)
    return f" Did you mean {quote(match)}?" if match else ""


#: The check of each server rule, by id (in catalogue order).
RULE_FUNCTIONS: dict[str, Check] = {
    rule_id: found.check
    for rule_id, found in sorted(RULE_BY_ID.items())
    if rule_id.startswith("O") and found.check is not None
}
