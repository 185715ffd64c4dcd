"""Shared pieces of the property tests: JSON strategies, an RFC 6901 resolver, reference validators.

Everything here is written independently of thread_validator's own code, so that a property can
catch the validator and its helpers agreeing on the same mistake.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from hypothesis import settings
from hypothesis import strategies as st

from thread_validator.strategies import (
    invalid_message_bodies,
    invalid_thread_bodies,
    message_bodies,
    thread_bodies,
)

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "schemas" / "source" / "openapi-2.3.0-create-thread.yaml"
DEFINITIONS = {"thread": "CreateThreadRequest", "message": "CreateMessageRequest"}
VALID = {"thread": thread_bodies, "message": message_bodies}
INVALID = {"thread": invalid_thread_bodies, "message": invalid_message_bodies}


def examples(fraction: float = 1.0) -> settings:
    """This property's share of the profile's examples (the CI profile keeps the suite fast)."""
    return settings(max_examples=max(10, int(settings.default.max_examples * fraction)))


# --- RFC 6901 -----------------------------------------------------------------------------------


class Unresolvable(LookupError):
    pass


def resolve(document: Any, pointer: str) -> Any:
    """The value ``pointer`` designates in ``document`` (RFC 6901), or :class:`Unresolvable`."""
    if pointer == "":
        return document
    if not pointer.startswith("/"):
        raise Unresolvable(f"{pointer!r} does not start with '/'")
    node = document
    for raw in pointer[1:].split("/"):
        if re.search(r"~(?![01])", raw):
            raise Unresolvable(f"bad escape in {raw!r}")
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            if token not in node:
                raise Unresolvable(f"no member {token!r}")
            node = node[token]
        elif isinstance(node, list):
            if not re.fullmatch(r"0|[1-9][0-9]*", token) or int(token) >= len(node):
                raise Unresolvable(f"no item {token!r} in an array of {len(node)}")
            node = node[int(token)]
        else:
            raise Unresolvable(f"{token!r} inside a scalar")
    return node


def pointer(path: tuple[Any, ...]) -> str:
    return "".join("/" + str(token).replace("~", "~0").replace("/", "~1") for token in path)


def related(inner: str, outer: str) -> bool:
    """True when ``inner`` is ``outer`` or a place inside it."""
    return inner == outer or inner.startswith(outer + "/")


def same(one: Any, other: Any) -> bool:
    """Structural identity of JSON values: types, key order and NaN included."""
    if type(one) is not type(other):
        return False
    if isinstance(one, dict):
        return list(one) == list(other) and all(same(one[key], other[key]) for key in one)
    if isinstance(one, list):
        return len(one) == len(other) and all(map(same, one, other))
    if isinstance(one, float) and math.isnan(one):
        return math.isnan(other)
    return bool(one == other)


# --- any JSON value -----------------------------------------------------------------------------

# Names the schema gives meaning to, so that arbitrary values still reach deep places.
KNOWN_KEYS = [
    "messages", "role", "content", "type", "text", "image_url", "url", "detail", "image_file",
    "file_id", "attachments", "tools", "metadata", "tool_resources", "code_interpreter",
    "file_ids", "file_search", "vector_store_ids", "vector_stores", "chunking_strategy", "static",
    "max_chunk_size_tokens", "chunk_overlap_tokens",
]  # fmt: skip
KNOWN_VALUES = [
    "user",
    "assistant",
    "system",
    "text",
    "image_url",
    "image_file",
    "auto",
    "static",
    "low",
    "high",
    "code_interpreter",
    "file_search",
    "https://example.com/a.png",
    "::",
]

odd_strings = st.one_of(
    st.text(max_size=20),
    # Lone surrogates: valid in a JSON string escape, invalid as UTF-8.
    st.text(st.characters(categories=["Cs", "Co", "Cc", "Zs", "So"]), max_size=10),
    st.sampled_from(
        ["", "/", "~", "~0", "~1", "a/b~c", "\x00", "\ud800", "\udfff", "𝄞", "'", "\\", "\u202e"]
    ),
    st.sampled_from(KNOWN_VALUES),
    # Long strings, up to 100,000 characters.
    st.builds(
        lambda char, exponent: char * 10**exponent,
        st.sampled_from(["x", "é", "😀", "\ud800"]),
        st.integers(1, 5),
    ),
)
keys = st.one_of(st.sampled_from(KNOWN_KEYS), odd_strings)
numbers = st.one_of(
    st.integers(),
    st.floats(),  # NaN, infinities, -0.0 and subnormals included
    st.sampled_from([2**63, -(2**63) - 1, 2**53 + 1, 100, 4096, 4097, 99, 0, -1, 1e308, 5e-324]),
    # Beyond the 4,300 digits Python will turn into a string (built lazily: repr would fail).
    st.builds(
        lambda digits, sign: sign * 10**digits, st.integers(4300, 6000), st.sampled_from([1, -1])
    ),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, odd_strings)


def _nest(depth: int, leaf: Any, as_object: bool) -> Any:
    for _ in range(depth):
        leaf = {"content": leaf} if as_object else [leaf]
    return leaf


json_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(keys, children, max_size=5),
    ),
    max_leaves=25,
)
deep_values = st.builds(_nest, st.integers(50, 400), scalars, st.booleans())
any_json = st.one_of(json_values, deep_values)


def places(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, member in value.items():
            yield from places(member, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from places(item, (*path, index))


@st.composite
def mutated_bodies(draw: st.DrawFn, kind: str) -> Any:
    """A valid body with one random subtree replaced by arbitrary JSON, or one key added."""
    # Drawn before the body, or Hypothesis would nearly always pick the root (see strategies.py).
    spot = draw(st.integers(0, 9999))
    insert = draw(st.booleans())
    body = draw(VALID[kind]())
    candidates = list(places(body))
    if insert:
        candidates = [path for path in candidates if isinstance(_at(body, path), (dict, list))]
    path = candidates[spot * len(candidates) // 10000]
    value = draw(any_json)
    target = _at(body, path)
    if insert and isinstance(target, dict):
        target[draw(keys)] = value
    elif insert:
        target.insert(draw(st.integers(0, len(target))), value)
    elif path:
        _at(body, path[:-1])[path[-1]] = value
    else:
        body = value
    return body


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for token in path:
        value = value[token]
    return value


@st.composite
def bodies_of_every_sort(draw: st.DrawFn) -> tuple[str, Any]:
    """A kind and a body: valid, wrong in one place, a mutated valid body, or any JSON at all."""
    kind = draw(st.sampled_from(["thread", "message"]))
    body = draw(
        st.one_of(
            VALID[kind](),
            INVALID[kind]().map(lambda case: case.body),
            mutated_bodies(kind),
            any_json,
        )
    )
    return kind, body


# --- reference validators ----------------------------------------------------------------------

SCHEMA_FILE = "openai-threads-2.3.0.schema.json"


def _openapi_schema(node: Any) -> Any:
    """One OpenAPI 3.0 schema object as JSON Schema 2020-12, walking only schema positions."""
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "nullable" or key.startswith("x-"):
            continue
        if key == "$ref":
            out[key] = "#/$defs/" + value.removeprefix("#/components/schemas/")
        elif key in ("properties", "$defs"):
            out[key] = {name: _openapi_schema(schema) for name, schema in value.items()}
        elif key in ("items", "additionalProperties", "not"):
            out[key] = _openapi_schema(value)
        elif key in ("oneOf", "anyOf", "allOf"):
            out[key] = [_openapi_schema(schema) for schema in value]
        else:
            out[key] = value
    if node.get("nullable") is True:
        # OpenAPI 3.0: nullable widens the declared type by null.
        out["type"] = [node["type"], "null"]
    return out


@cache
def spec_document() -> dict[str, Any]:
    """The spec excerpt's components, converted here (not by tools/build_schemas.py), literally.

    Literally means the spec's misplaced ``required: [file_id, tools]`` stays on the attachments
    *array*, where JSON Schema ignores it; the bundled schema moves it onto each item.
    """
    spec = yaml.safe_load(SPEC.read_text("utf-8"))
    defs = {name: _openapi_schema(schema) for name, schema in spec["components"]["schemas"].items()}
    assert defs["CreateMessageRequest"]["properties"]["attachments"]["required"] == [
        "file_id",
        "tools",
    ]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:test:spec",
        "$defs": defs,
    }


@cache
def bundled_document() -> dict[str, Any]:
    import json

    text = resources.files("thread_validator.schemas").joinpath(SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)


@cache
def plain_validator(source: str, kind: str) -> Any:
    """A stock Draft 2020-12 validator: no custom keywords, format not asserted."""
    from jsonschema import Draft202012Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    document = bundled_document() if source == "bundled" else spec_document()
    registry = Registry().with_resource(document["$id"], DRAFT202012.create_resource(document))
    return Draft202012Validator(
        {"$ref": f"{document['$id']}#/$defs/{DEFINITIONS[kind]}"}, registry=registry
    )


# Where the rules of the custom keywords (and the asserted uri format) apply, by path pattern.
_METADATA = {
    "thread": [
        ("metadata",),
        ("messages", int, "metadata"),
        ("tool_resources", "file_search", "vector_stores", int, "metadata"),
    ],
    "message": [("metadata",)],
}
_URL = {
    "thread": [("messages", int, "content", int, "image_url", "url")],
    "message": [("content", int, "image_url", "url")],
}
_STATIC = {
    "thread": [
        ("tool_resources", "file_search", "vector_stores", int, "chunking_strategy", "static")
    ],
    "message": [],
}
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9.-]+(/[A-Za-z0-9._~-]*)*")


def _values_at(body: Any, pattern: tuple[Any, ...]) -> Iterator[Any]:
    if not pattern:
        yield body
        return
    head, rest = pattern[0], pattern[1:]
    if head is int and isinstance(body, list):
        for item in body:
            yield from _values_at(item, rest)
    elif isinstance(head, str) and isinstance(body, dict) and head in body:
        yield from _values_at(body[head], rest)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def beyond_plain_schema(body: Any, kind: str) -> bool:
    """True when a rule that plain JSON Schema does not check may apply somewhere in ``body``.

    Errs on the side of True: metadata over its limits, a static chunk overlap above half, or an
    image URL that is not plainly ``http(s)://host/path`` (the format plain validators ignore).
    """
    for pattern in _METADATA[kind]:
        for metadata in _values_at(body, pattern):
            if isinstance(metadata, dict) and (
                len(metadata) > 16
                or any(len(key) > 64 for key in metadata)
                or any(isinstance(value, str) and len(value) > 512 for value in metadata.values())
            ):
                return True
    for pattern in _URL[kind]:
        for url in _values_at(body, pattern):
            if isinstance(url, str) and not _PLAIN_URL.fullmatch(url):
                return True
    for pattern in _STATIC[kind]:
        for static in _values_at(body, pattern):
            if isinstance(static, dict):
                size, overlap = (
                    static.get("max_chunk_size_tokens"),
                    static.get("chunk_overlap_tokens"),
                )
                if _number(size) and _number(overlap) and overlap * 2 > size:
                    return True
    return False


def _matches(path: tuple[Any, ...], shape: tuple[Any, ...]) -> bool:
    return len(path) == len(shape) and all(
        isinstance(token, int) if want is int else token == want for token, want in zip(path, shape)
    )


def only_on_attachment_items(problem: Any, kind: str) -> bool:
    """The bundled schema's departure: a missing ``file_id``/``tools`` on an attachment item."""
    shape = ("messages", int, "attachments", int) if kind == "thread" else ("attachments", int)
    return (
        problem.code == "missing_required_parameter"
        and _matches(problem.path, shape)
        and (problem.param or "").rsplit(".", 1)[-1] in ("file_id", "tools")
    )
