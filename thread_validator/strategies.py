"""Hypothesis strategies for Create-thread and Create-message request bodies.

Use them to test your own client or server against the same bodies thread-validator is tested
with::

    from hypothesis import given
    from thread_validator.strategies import invalid_thread_bodies, thread_bodies

    @given(thread_bodies())
    def test_my_server_accepts_every_valid_body(body): ...

    @given(invalid_thread_bodies())
    def test_my_server_rejects_the_fault(case):
        body, pointer, code = case

* :func:`thread_bodies` / :func:`message_bodies` draw valid bodies: every field, every content part
  type, both ``file_search`` forms, both chunking strategies, ``null`` where the spec allows it,
  metadata up to its limits (counted in characters, non-BMP characters included) and Unicode text.
  Values are realistic (``file-…`` and ``vs_…`` ids, ``https`` image URLs ending in ``.png``), so
  the bodies are also free of thread-validator's warnings.
* :func:`conversation_bodies` draws valid ``CreateConversationBody`` bodies of the successor API
  (``POST /v1/conversations``): up to 20 message items of every role, input parts of every type
  (``detail`` always set, as the spec requires), metadata up to its limits.
* :func:`invalid_thread_bodies` / :func:`invalid_message_bodies` /
  :func:`invalid_conversation_bodies` draw a :class:`SingleFault`
  ``(body, pointer, code)``: a valid body with exactly one mutation, the RFC 6901 pointer of the
  place a validator must report, and the API error code. For a missing member the pointer is the
  object that lacks it; for an unknown or too long key it is the key's own place.

The strategies describe the API independently of the bundled JSON Schema (from the spec and its
prose), which is what makes them useful for testing the validator itself.

Hypothesis is an optional dependency: ``pip install 'thread-validator[hypothesis]'``.
"""

from __future__ import annotations

import copy
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised without the extra installed
    raise ImportError(
        "thread_validator.strategies needs Hypothesis, which is an optional dependency: "
        "install it with  pip install 'thread-validator[hypothesis]'"
    ) from error

from ._display import json_pointer

__all__ = [
    "SingleFault",
    "bodies",
    "conversation_bodies",
    "invalid_bodies",
    "invalid_conversation_bodies",
    "invalid_message_bodies",
    "invalid_thread_bodies",
    "message_bodies",
    "thread_bodies",
]

METADATA_MAX_KEYS = 16
METADATA_MAX_KEY_LENGTH = 64
METADATA_MAX_VALUE_LENGTH = 512
IMAGE_EXTENSIONS = ("png", "jpg", "jpeg", "gif", "webp")
DETAILS = ("auto", "low", "high")

_BASE62 = string.ascii_letters + string.digits


class SingleFault(NamedTuple):
    """A body wrong in exactly one place: where a validator must report it, and with what code."""

    body: Any
    pointer: str
    code: str


# --- valid values ----------------------------------------------------------------------------

# Any Unicode text but surrogates (not encodable as UTF-8): CJK, emoji, combining marks, controls.
_text = st.text(min_size=1, max_size=40).filter(str.strip)
# Characters outside the Basic Multilingual Plane: one character, two UTF-16 units, four bytes.
_astral = st.characters(min_codepoint=0x10000, max_codepoint=0x2FFFF, categories=("L", "S"))


def _ids(prefix: str, alphabet: str, size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=size, max_size=size).map(lambda tail: prefix + tail)


# The shapes the live API hands out (recorded sessions): file- + 22 base62, vs_ + 32 hex.
_file_ids = st.one_of(_ids("file-", _BASE62, 22), _ids("file-", _BASE62, 6))
_vector_store_ids = _ids("vs_", "0123456789abcdef", 32)


@st.composite
def _image_urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["https", "http"]))
    labels = draw(
        st.lists(
            st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=10),
            min_size=1,
            max_size=3,
        )
    )
    tld = draw(st.sampled_from(["com", "org", "net", "io", "example"]))
    segments = draw(st.lists(st.text(_BASE62 + "-_", min_size=1, max_size=12), max_size=3))
    stem = draw(st.text(_BASE62 + "-_", min_size=1, max_size=16))
    extension = draw(st.sampled_from(IMAGE_EXTENSIONS))
    path = "/".join([*segments, f"{stem}.{extension}"])
    return f"{scheme}://{'.'.join(labels)}.{tld}/{path}"


def _distinct_keys(
    strategy: st.SearchStrategy[str], *, min_size: int = 0, max_size: int
) -> st.SearchStrategy[list[str]]:
    # Keys that differ only in case read as the same key to people (and to a warning rule).
    return st.lists(
        strategy,
        unique_by=(str.casefold, str.lower, str.upper),
        min_size=min_size,
        max_size=max_size,
    )


_long_keys = st.text(_astral, min_size=METADATA_MAX_KEY_LENGTH, max_size=METADATA_MAX_KEY_LENGTH)
_long_values = st.text(
    _astral, min_size=METADATA_MAX_VALUE_LENGTH, max_size=METADATA_MAX_VALUE_LENGTH
)


@st.composite
def _metadata_at_limits(draw: st.DrawFn) -> dict[str, str]:
    """Metadata at every limit at once: 16 keys of 64 characters, values of 512 characters."""
    key = st.text(
        st.one_of(_astral, st.characters(codec="utf-8")),
        min_size=METADATA_MAX_KEY_LENGTH,
        max_size=METADATA_MAX_KEY_LENGTH,
    )
    keys = draw(_distinct_keys(key, min_size=METADATA_MAX_KEYS, max_size=METADATA_MAX_KEYS))
    # One long value shared by every key keeps the example within Hypothesis's size budget.
    value = draw(_long_values)
    return dict.fromkeys(keys, value)


def _rarely(draw: st.DrawFn) -> bool:
    # Values at the limits are long, and long values make slow examples: one in eight.
    return draw(st.integers(0, 7)) == 0


@st.composite
def _some_metadata(draw: st.DrawFn) -> dict[str, str]:
    keys = draw(_distinct_keys(st.text(min_size=1, max_size=24), max_size=METADATA_MAX_KEYS))
    metadata = {key: draw(st.text(max_size=24)) for key in keys}
    if _rarely(draw):
        if len(metadata) == METADATA_MAX_KEYS:
            del metadata[next(iter(metadata))]
        metadata[draw(_long_keys)] = draw(st.text(max_size=24))
    if metadata and _rarely(draw):
        metadata[draw(st.sampled_from(sorted(metadata)))] = draw(_long_values)
    return metadata


@st.composite
def _metadata(draw: st.DrawFn) -> dict[str, str] | None:
    how = draw(st.integers(0, 9))
    if how == 0:
        return None
    # Rarely at every limit: such a body is large, and one per example is plenty.
    return draw(_metadata_at_limits() if how == 9 else _some_metadata())


def _detail() -> dict[str, st.SearchStrategy[str]]:
    return {"detail": st.sampled_from(DETAILS)}


_text_parts = st.fixed_dictionaries({"type": st.just("text"), "text": _text})
_image_url_parts = st.fixed_dictionaries(
    {
        "type": st.just("image_url"),
        "image_url": st.fixed_dictionaries({"url": _image_urls()}, optional=_detail()),
    }
)
_image_file_parts = st.fixed_dictionaries(
    {
        "type": st.just("image_file"),
        "image_file": st.fixed_dictionaries({"file_id": _file_ids}, optional=_detail()),
    }
)
_content = st.one_of(
    _text,
    st.lists(st.one_of(_text_parts, _image_url_parts, _image_file_parts), min_size=1, max_size=4),
)

_tools = st.lists(
    st.sampled_from(["code_interpreter", "file_search"]), unique=True, max_size=2
).map(lambda names: [{"type": name} for name in names])


def _object(
    required: dict[str, st.SearchStrategy[Any]],
    optional: dict[str, st.SearchStrategy[Any]],
    dense: bool,
) -> st.SearchStrategy[dict[str, Any]]:
    # Dense bodies have every optional member, so that a single fault can land anywhere.
    if dense:
        return st.fixed_dictionaries({**required, **optional})
    return st.fixed_dictionaries(required, optional=optional)


def _nullable(strategy: st.SearchStrategy[Any], dense: bool) -> st.SearchStrategy[Any]:
    return strategy if dense else st.one_of(st.none(), strategy)


@st.composite
def _attachments(draw: st.DrawFn, dense: bool = False) -> list[dict[str, Any]]:
    # Distinct files, so that no (file, tool) pair repeats.
    files = draw(st.lists(_file_ids, unique=True, min_size=int(dense), max_size=3))
    return [{"file_id": file_id, "tools": draw(_tools)} for file_id in files]


def _messages(dense: bool) -> st.SearchStrategy[dict[str, Any]]:
    return _object(
        {"role": st.sampled_from(["user", "assistant"]), "content": _content},
        {"attachments": _nullable(_attachments(dense), dense), "metadata": _metadata()},
        dense,
    )


def message_bodies() -> st.SearchStrategy[dict[str, Any]]:
    """Valid ``CreateMessageRequest`` bodies (``POST /v1/threads/{thread_id}/messages``)."""
    return st.one_of(_messages(dense=False), _messages(dense=True))


@st.composite
def _static_chunking(draw: st.DrawFn) -> dict[str, Any]:
    size = draw(st.one_of(st.integers(100, 4096), st.sampled_from([100, 800, 4096])))
    overlap = draw(st.one_of(st.integers(0, size // 2), st.just(size // 2)))
    return {
        "type": "static",
        "static": {"max_chunk_size_tokens": size, "chunk_overlap_tokens": overlap},
    }


# st.builds, not st.just: just() hands out the same dict every time, so a test that changes one
# drawn body would change every later one (the deep run found this).
_auto_chunking = st.builds(lambda: {"type": "auto"})
_chunking_strategies = st.one_of(_auto_chunking, _static_chunking())
# Dense bodies lean to the static strategy, the one with places inside it.
_dense_chunking_strategies = st.one_of(_static_chunking(), _static_chunking(), _auto_chunking)


def _tool_resources(dense: bool) -> st.SearchStrategy[dict[str, Any]]:
    vector_stores = _object(
        {},
        {
            "file_ids": st.lists(_file_ids, unique=True, max_size=3),
            "chunking_strategy": _dense_chunking_strategies if dense else _chunking_strategies,
            "metadata": _metadata(),
        },
        dense,
    )
    ids = st.fixed_dictionaries({"vector_store_ids": st.lists(_vector_store_ids, max_size=1)})
    stores = st.fixed_dictionaries(
        {"vector_stores": st.lists(vector_stores, min_size=int(dense), max_size=1)}
    )
    # Dense bodies take the helper form, the one with places inside (chunking, metadata).
    file_search = stores if dense else st.one_of(ids, stores)
    code_interpreter = _object(
        {}, {"file_ids": st.lists(_file_ids, unique=True, max_size=20)}, dense
    )
    return _object({}, {"code_interpreter": code_interpreter, "file_search": file_search}, dense)


def _threads(dense: bool) -> st.SearchStrategy[dict[str, Any]]:
    return _object(
        {},
        {
            "messages": st.lists(_messages(dense), min_size=int(dense), max_size=4),
            "tool_resources": _nullable(_tool_resources(dense), dense),
            "metadata": _metadata(),
        },
        dense,
    )


def thread_bodies() -> st.SearchStrategy[dict[str, Any]]:
    """Valid ``CreateThreadRequest`` bodies (``POST /v1/threads``)."""
    # Half sparse (any subset of the optional members), half dense (all of them, nested through
    # to the chunking strategy), so that deep places are drawn as often as shallow ones.
    return st.one_of(_threads(dense=False), _threads(dense=True))


# --- conversations (the successor API) ---------------------------------------------------------

# Every item type of the successor's InputItem; strategies draw messages, the others are tags a
# mutated ``type`` must not land on.
ITEM_TYPES = (
    "message", "item_reference", "compaction_trigger", "program", "program_output",
    "file_search_call", "computer_call", "computer_call_output", "web_search_call",
    "function_call", "function_call_output", "tool_search_call", "tool_search_output",
    "additional_tools", "reasoning", "compaction", "image_generation_call",
    "code_interpreter_call", "local_shell_call", "local_shell_call_output", "shell_call",
    "shell_call_output", "apply_patch_call", "apply_patch_call_output", "mcp_list_tools",
    "mcp_approval_request", "mcp_approval_response", "mcp_call", "custom_tool_call_output",
    "custom_tool_call",
)  # fmt: skip
IMAGE_DETAILS = ("low", "high", "auto", "original")
MAX_CONVERSATION_ITEMS = 20

_input_text_parts = st.fixed_dictionaries({"type": st.just("input_text"), "text": _text})
_input_image_parts = st.one_of(
    st.fixed_dictionaries(
        {
            "type": st.just("input_image"),
            "image_url": _image_urls(),
            "detail": st.sampled_from(IMAGE_DETAILS),
        }
    ),
    st.fixed_dictionaries(
        {
            "type": st.just("input_image"),
            "file_id": _file_ids,
            "detail": st.sampled_from(IMAGE_DETAILS),
        }
    ),
)
_input_file_parts = st.fixed_dictionaries({"type": st.just("input_file"), "file_id": _file_ids})
_input_content = st.one_of(
    _text,
    st.lists(
        st.one_of(_input_text_parts, _input_image_parts, _input_file_parts), min_size=1, max_size=4
    ),
)


def _conversation_items() -> st.SearchStrategy[dict[str, Any]]:
    # Assistant items carry string content: the server refuses assistant input parts, and an
    # output_text part needs the id and status the API assigned.
    return st.one_of(
        st.fixed_dictionaries(
            {
                "type": st.just("message"),
                "role": st.sampled_from(["user", "system", "developer"]),
                "content": _input_content,
            }
        ),
        st.fixed_dictionaries(
            {"type": st.just("message"), "role": st.just("assistant"), "content": _text}
        ),
    )


def _conversations(dense: bool) -> st.SearchStrategy[dict[str, Any]]:
    items = st.lists(_conversation_items(), min_size=int(dense), max_size=4)
    if not dense:
        # Now and then exactly at the limit: a list drawn up to 20 rarely reaches it.
        full = st.lists(
            _conversation_items(),
            min_size=MAX_CONVERSATION_ITEMS,
            max_size=MAX_CONVERSATION_ITEMS,
        )
        items = st.one_of(items, items, items, full)
    return _object({}, {"items": _nullable(items, dense), "metadata": _metadata()}, dense)


def conversation_bodies() -> st.SearchStrategy[dict[str, Any]]:
    """Valid ``CreateConversationBody`` bodies (``POST /v1/conversations``)."""
    return st.one_of(_conversations(dense=False), _conversations(dense=True))


# --- where a body can go wrong -----------------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    """What the API expects at one kind of place in a body."""

    types: tuple[str, ...]
    properties: Mapping[str, str] = field(default_factory=dict)  # key -> place name
    required: tuple[str, ...] = ()
    closed: bool = False  # unknown keys are rejected
    items: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    enum: tuple[str, ...] = ()
    tags: Mapping[str, str] = field(default_factory=dict)  # discriminated union: type -> place
    values: str | None = None  # every value of the object (metadata)


_TAGS = {
    "part": {"text": "part_text", "image_url": "part_image_url", "image_file": "part_image_file"},
    "tool": {"code_interpreter": "tool_type_only", "file_search": "tool_type_only"},
    "chunking": {"auto": "chunking_auto", "static": "chunking_static"},
    "item": {"message": "item_message"},
    "input_part": {
        "input_text": "part_input_text",
        "input_image": "part_input_image",
        "input_file": "part_input_file",
    },
}

_PLACES: dict[str, _Place] = {
    "thread": _Place(
        ("object",),
        {"messages": "messages", "tool_resources": "tool_resources", "metadata": "metadata"},
        closed=True,
    ),
    "messages": _Place(("array",), items="message"),
    "message": _Place(
        ("object",),
        {
            "role": "role",
            "content": "content",
            "attachments": "attachments",
            "metadata": "metadata",
        },
        required=("role", "content"),
        closed=True,
    ),
    "role": _Place(("string",), enum=("user", "assistant")),
    "content": _Place(("string", "array"), items="part", min_items=1),
    "part": _Place(("object",), tags=_TAGS["part"]),
    "part_text": _Place(
        ("object",), {"type": "tag_part", "text": "string"}, required=("type", "text")
    ),
    "part_image_url": _Place(
        ("object",), {"type": "tag_part", "image_url": "image_url"}, required=("type", "image_url")
    ),
    "part_image_file": _Place(
        ("object",),
        {"type": "tag_part", "image_file": "image_file"},
        required=("type", "image_file"),
    ),
    "tag_part": _Place(("string",), enum=tuple(_TAGS["part"])),
    "image_url": _Place(("object",), {"url": "url", "detail": "detail"}, required=("url",)),
    "url": _Place(("string",)),
    "detail": _Place(("string",), enum=DETAILS),
    "image_file": _Place(
        ("object",), {"file_id": "string", "detail": "detail"}, required=("file_id",)
    ),
    "attachments": _Place(("array", "null"), items="attachment"),
    "attachment": _Place(
        ("object",), {"file_id": "string", "tools": "tools"}, required=("file_id", "tools")
    ),
    "tools": _Place(("array",), items="tool"),
    "tool": _Place(("object",), tags=_TAGS["tool"]),
    "tool_type_only": _Place(("object",), {"type": "tag_tool"}, required=("type",)),
    "tag_tool": _Place(("string",), enum=tuple(_TAGS["tool"])),
    "metadata": _Place(("object", "null"), values="string"),
    "tool_resources": _Place(
        ("object", "null"), {"code_interpreter": "code_interpreter", "file_search": "file_search"}
    ),
    "code_interpreter": _Place(("object",), {"file_ids": "code_interpreter_file_ids"}),
    "code_interpreter_file_ids": _Place(("array",), items="string", max_items=20),
    "file_search": _Place(
        ("object",), {"vector_store_ids": "vector_store_ids", "vector_stores": "vector_stores"}
    ),
    "vector_store_ids": _Place(("array",), items="string", max_items=1),
    "vector_stores": _Place(("array",), items="vector_store", max_items=1),
    "vector_store": _Place(
        ("object",),
        {
            "file_ids": "vector_store_file_ids",
            "chunking_strategy": "chunking",
            "metadata": "metadata",
        },
    ),
    "vector_store_file_ids": _Place(("array",), items="string", max_items=10000),
    "chunking": _Place(("object",), tags=_TAGS["chunking"]),
    "chunking_auto": _Place(("object",), {"type": "tag_chunking"}, required=("type",), closed=True),
    "chunking_static": _Place(
        ("object",),
        {"type": "tag_chunking", "static": "static"},
        required=("type", "static"),
        closed=True,
    ),
    "tag_chunking": _Place(("string",), enum=tuple(_TAGS["chunking"])),
    "static": _Place(
        ("object",),
        {
            "max_chunk_size_tokens": "max_chunk_size_tokens",
            "chunk_overlap_tokens": "chunk_overlap_tokens",
        },
        required=("max_chunk_size_tokens", "chunk_overlap_tokens"),
        closed=True,
    ),
    "max_chunk_size_tokens": _Place(("integer",)),
    "chunk_overlap_tokens": _Place(("integer",)),
    "string": _Place(("string",)),
    # The successor's CreateConversationBody (closed, as the API treats request bodies).
    "conversation": _Place(
        ("object",), {"items": "conversation_items", "metadata": "metadata"}, closed=True
    ),
    "conversation_items": _Place(("array", "null"), items="item", max_items=20),
    "item": _Place(("object",), tags=_TAGS["item"]),
    # type is optional on a message item; null would make it an item reference.
    "item_message": _Place(
        ("object",),
        {"type": "tag_item", "role": "item_role", "content": "item_content"},
        required=("role", "content"),
    ),
    "tag_item": _Place(("string", "null"), enum=ITEM_TYPES),
    "item_role": _Place(("string",), enum=("user", "assistant", "system", "developer")),
    "item_content": _Place(("string", "array"), items="input_part"),
    "input_part": _Place(("object",), tags=_TAGS["input_part"]),
    "part_input_text": _Place(
        ("object",), {"type": "tag_input_part", "text": "string"}, required=("type", "text")
    ),
    "part_input_image": _Place(
        ("object",),
        {
            "type": "tag_input_part",
            "image_url": "url_or_null",
            "file_id": "string_or_null",
            "detail": "image_detail",
        },
        required=("type", "detail"),
    ),
    "part_input_file": _Place(
        ("object",), {"type": "tag_input_part", "file_id": "string_or_null"}, required=("type",)
    ),
    "tag_input_part": _Place(("string",), enum=tuple(_TAGS["input_part"])),
    "url_or_null": _Place(("string", "null")),
    "string_or_null": _Place(("string", "null")),
    "image_detail": _Place(("string",), enum=IMAGE_DETAILS),
}

Path = tuple[str | int, ...]


def _places(value: Any, name: str, path: Path = ()) -> Iterator[tuple[Path, str, Any]]:
    """Every place of a valid body: its path, the name of what belongs there, and its value."""
    place = _PLACES[name]
    if place.tags and isinstance(value, dict):
        # A member of a discriminated union: its own kind of place, chosen by its tag.
        name, place = place.tags[value["type"]], _PLACES[place.tags[value["type"]]]
    yield path, name, value
    if isinstance(value, dict):
        for key, member in value.items():
            member_place = place.properties.get(key, place.values)
            if member_place is not None:
                yield from _places(member, member_place, (*path, key))
    elif isinstance(value, list) and place.items is not None:
        for index, item in enumerate(value):
            yield from _places(item, place.items, (*path, index))


def _pointer(path: Path) -> str:
    return json_pointer(path)


def _set(body: Any, path: Path, value: Any) -> Any:
    if not path:
        return value
    parent = body
    for token in path[:-1]:
        parent = parent[token]
    parent[path[-1]] = value
    return body


def _get(body: Any, path: Path) -> Any:
    for token in path:
        body = body[token]
    return body


# --- mutations: each takes (draw, body, path, place) and returns (body, path of fault, code) ----

_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8))
_WRONG = {
    "null": st.none(),
    "boolean": st.booleans(),
    "integer": st.integers(),
    # Not integral: 3.0 is an integer to JSON Schema.
    "number": st.builds(
        lambda whole, part: whole + part,
        st.integers(-(10**6), 10**6),
        st.sampled_from([0.5, 0.25, 0.1]),
    ),
    "string": st.text(max_size=12),
    "array": st.lists(_scalars, max_size=3),
    "object": st.dictionaries(st.text(max_size=8), _scalars, max_size=3),
}


def _wrong_type(draw: st.DrawFn, body: Any, path: Path, place: _Place) -> SingleFault:
    wrong = draw(st.sampled_from([name for name in _WRONG if name not in place.types]))
    return SingleFault(_set(body, path, draw(_WRONG[wrong])), _pointer(path), "invalid_type")


def _unknown_key(draw: st.DrawFn, body: Any, path: Path, place: _Place) -> SingleFault:
    key = draw(
        st.one_of(
            st.sampled_from(["file_ids", "tools", "assistant_id", "name", "Role", "a/b", "~1", ""]),
            st.text(max_size=12),
        ).filter(lambda key: key not in place.properties)
    )
    _get(body, path)[key] = draw(_scalars)
    return SingleFault(body, _pointer((*path, key)), "unknown_parameter")


def _missing(draw: st.DrawFn, body: Any, path: Path, place: _Place) -> SingleFault:
    value = _get(body, path)
    del value[draw(st.sampled_from([key for key in place.required if key in value]))]
    return SingleFault(body, _pointer(path), "missing_required_parameter")


def _bad_enum(draw: st.DrawFn, body: Any, path: Path, place: _Place) -> SingleFault:
    near = [
        variant
        for allowed in place.enum
        for variant in (allowed.upper(), allowed + " ", allowed[:-1])
    ]
    value = draw(
        st.one_of(
            st.sampled_from([*near, "system", "video", "none", ""]), st.text(max_size=12)
        ).filter(lambda v: v not in place.enum)
    )
    return SingleFault(_set(body, path, value), _pointer(path), "invalid_value")


_EXTRA_ITEM = {
    "string": st.integers(0, 10**9).map(lambda n: f"file-extra{n}"),
    "vector_store": st.builds(dict),
    "item": st.builds(lambda: {"type": "message", "role": "user", "content": "more"}),
}


def _too_many(draw: st.DrawFn, body: Any, path: Path, place: _Place) -> SingleFault:
    # The table of places gives every array place both; a KeyError-free guard for mypy.
    assert place.max_items is not None  # noqa: S101
    assert place.items is not None  # noqa: S101
    items = _get(body, path)
    wanted = place.max_items + draw(st.integers(1, 3 if place.max_items < 100 else 1))
    item = _EXTRA_ITEM[place.items]
    while len(items) < wanted:
        items.append(draw(item) if place.max_items < 100 else f"file-{len(items):022d}")
    return SingleFault(body, _pointer(path), "array_above_max_length")


def _empty_array(draw: st.DrawFn, body: Any, path: Path, place: _Place) -> SingleFault:
    return SingleFault(_set(body, path, []), _pointer(path), "empty_array")


def _too_many_keys(draw: st.DrawFn, body: Any, path: Path, place: _Place) -> SingleFault:
    count = draw(st.integers(METADATA_MAX_KEYS + 1, METADATA_MAX_KEYS + 8))
    keys = draw(
        st.lists(
            st.text(max_size=METADATA_MAX_KEY_LENGTH), unique=True, min_size=count, max_size=count
        )
    )
    return SingleFault(
        _set(body, path, dict.fromkeys(keys, "v")), _pointer(path), "object_above_max_properties"
    )


def _long_key(draw: st.DrawFn, body: Any, path: Path, place: _Place) -> SingleFault:
    old = _get(body, path)
    metadata = dict(list(old.items())[: METADATA_MAX_KEYS - 1]) if isinstance(old, dict) else {}
    size = draw(st.integers(METADATA_MAX_KEY_LENGTH + 1, METADATA_MAX_KEY_LENGTH + 40))
    key = draw(
        st.text(st.one_of(_astral, st.characters(codec="utf-8")), min_size=size, max_size=size)
    )
    metadata[key] = draw(st.text(max_size=8))
    return SingleFault(
        _set(body, path, metadata), _pointer((*path, key)), "property_name_above_max_length"
    )


def _long_value(draw: st.DrawFn, body: Any, path: Path, place: _Place) -> SingleFault:
    old = _get(body, path)
    metadata = dict(old) if isinstance(old, dict) else {}
    key = (
        draw(st.sampled_from(sorted(metadata)))
        if metadata
        else draw(st.text(min_size=1, max_size=8))
    )
    size = draw(st.integers(METADATA_MAX_VALUE_LENGTH + 1, METADATA_MAX_VALUE_LENGTH + 100))
    metadata[key] = draw(
        st.text(st.one_of(_astral, st.characters(codec="utf-8")), min_size=size, max_size=size)
    )
    return SingleFault(
        _set(body, path, metadata), _pointer((*path, key)), "string_above_max_length"
    )


def _overlap_above_half(draw: st.DrawFn, body: Any, path: Path, place: _Place) -> SingleFault:
    static = _get(body, path)
    static["chunk_overlap_tokens"] = static["max_chunk_size_tokens"] // 2 + draw(
        st.integers(1, 10**6)
    )
    return SingleFault(body, _pointer((*path, "chunk_overlap_tokens")), "chunk_overlap_above_half")


def _chunk_size_out_of_range(draw: st.DrawFn, body: Any, path: Path, place: _Place) -> SingleFault:
    static = _get(body, path)
    size = draw(st.one_of(st.integers(max_value=99), st.integers(min_value=4097)))
    static["max_chunk_size_tokens"] = size
    # Keep the overlap within half of the new size, or the body would be wrong in two places.
    static["chunk_overlap_tokens"] = min(static["chunk_overlap_tokens"], size // 2)
    code = "integer_below_min_value" if size < 100 else "integer_above_max_value"
    return SingleFault(body, _pointer((*path, "max_chunk_size_tokens")), code)


def _both_or_neither(draw: st.DrawFn, body: Any, path: Path, place: _Place) -> SingleFault:
    file_search = _get(body, path)
    if draw(st.booleans()):
        file_search.clear()
        return SingleFault(body, _pointer(path), "missing_required_parameter")
    file_search.setdefault("vector_store_ids", draw(st.lists(_vector_store_ids, max_size=1)))
    file_search.setdefault("vector_stores", draw(st.lists(st.builds(dict), max_size=1)))
    return SingleFault(body, _pointer(path), "conflicting_parameters")


@st.composite
def _bad_uris(draw: st.DrawFn) -> str:
    url = draw(_image_urls())
    how = draw(st.sampled_from(["no scheme", "bad character", "bad scheme", "bad escape", "empty"]))
    if how == "no scheme":
        return url.split("://", 1)[1]
    if how == "bad scheme":
        return draw(st.sampled_from(["1http", "ht tp", "-https", "://"])) + url[url.index(":") :]
    if how == "bad escape":
        return url + "%" + draw(st.sampled_from(["", "g1", "zz", "4"]))
    if how == "empty":
        return ""
    at = draw(st.integers(0, len(url)))
    bad = draw(
        st.sampled_from([" ", '"', "<", ">", "\\", "^", "`", "{", "|", "}", "\x00", "\n", "\x7f"])
    )
    return url[:at] + bad + url[at:]


def _bad_uri(draw: st.DrawFn, body: Any, path: Path, place: _Place) -> SingleFault:
    return SingleFault(_set(body, path, draw(_bad_uris())), _pointer(path), "invalid_value")


def _mutations(name: str, place: _Place, value: Any) -> Iterator[Any]:
    yield _wrong_type
    if isinstance(value, dict):
        if place.closed:
            yield _unknown_key
        if any(key in value for key in place.required):
            yield _missing
    if place.enum:
        yield _bad_enum
    if place.max_items is not None and isinstance(value, list):
        yield _too_many
    if place.min_items and isinstance(value, list):
        yield _empty_array
    if name == "metadata":
        yield from (_too_many_keys, _long_key, _long_value)
    if name == "static":
        yield from (_overlap_above_half, _chunk_size_out_of_range)
    if name == "file_search":
        yield _both_or_neither
    if name in ("url", "url_or_null"):
        yield _bad_uri


# In this order because Hypothesis draws the first entries more often: the faults that need a
# rare place (a static chunking strategy, an image URL) come first, the ones possible anywhere last.
_ALL_MUTATIONS = (
    _overlap_above_half,
    _chunk_size_out_of_range,
    _bad_uri,
    _both_or_neither,
    _too_many,
    _empty_array,
    _bad_enum,
    _missing,
    _too_many_keys,
    _long_key,
    _long_value,
    _unknown_key,
    _wrong_type,
)


@st.composite
def _single_faults(draw: st.DrawFn, root: str) -> SingleFault:
    # The kind of fault and its place are drawn before the body: Hypothesis leans towards the
    # simplest choice for what is drawn after a large value, which would make nearly every fault
    # a wrong type at the root.
    wanted = draw(st.sampled_from(_ALL_MUTATIONS))
    spot = draw(st.integers(0, 9999))
    builder = _BUILDERS[root]
    body = draw(st.one_of(builder(dense=False), builder(dense=True)))
    by_mutation: dict[Any, list[tuple[Path, str]]] = {}
    for path, name, value in _places(body, root):
        for mutation in _mutations(name, _PLACES[name], value):
            by_mutation.setdefault(mutation, []).append((path, name))
    # Every kind of fault as often as the body allows, however many more places a wrong type has.
    start = _ALL_MUTATIONS.index(wanted)
    mutation = next(
        each for each in _ALL_MUTATIONS[start:] + _ALL_MUTATIONS[:start] if each in by_mutation
    )
    places = by_mutation[mutation]
    path, name = places[spot * len(places) // 10000]
    return mutation(draw, copy.deepcopy(body), path, _PLACES[name])


_BUILDERS = {"thread": _threads, "message": _messages, "conversation": _conversations}


def invalid_thread_bodies() -> st.SearchStrategy[SingleFault]:
    """``CreateThreadRequest`` bodies wrong in exactly one place, as ``(body, pointer, code)``."""
    return _single_faults("thread")


def invalid_message_bodies() -> st.SearchStrategy[SingleFault]:
    """``CreateMessageRequest`` bodies wrong in exactly one place, as ``(body, pointer, code)``."""
    return _single_faults("message")


def invalid_conversation_bodies() -> st.SearchStrategy[SingleFault]:
    """``CreateConversationBody`` bodies wrong in exactly one place, as ``(body, pointer, code)``."""
    return _single_faults("conversation")


def bodies(kind: str) -> st.SearchStrategy[Any]:
    """Valid bodies of ``kind``, by the strategies its declaration names (``_kinds``)."""
    return _declared(kind, 0)()  # type: ignore[no-any-return]


def invalid_bodies(kind: str) -> st.SearchStrategy[SingleFault]:
    """Bodies of ``kind`` wrong in exactly one place, by the strategies its declaration names."""
    return _declared(kind, 1)()  # type: ignore[no-any-return]


def _declared(kind: str, which: int) -> Any:
    from ._kinds import KINDS

    declared = KINDS.get(kind)
    if declared is None or declared.strategies is None:
        raise ValueError(f"no strategies for kind {kind!r}")
    return globals()[declared.strategies[which]]
