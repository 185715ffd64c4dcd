"""The fast path (``_fast``) agrees with the full jsonschema validator, and refuses what it can't do.

The property tests compare, body by body, the compiled check's verdict with "the full validator
reports no error", and ``Validator.validate`` with the fast path on and off. Bodies: valid ones
built from the schema's parts, the corpus and SDK bodies, single-fault mutations of those, and
arbitrary JSON.
"""

from __future__ import annotations

import copy
import json
import math
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from thread_validator import Validator, _fast, _generated, _keywords, _runtime
from thread_validator._keywords import is_uri
from thread_validator._kinds import SUCCESSOR_KINDS
from thread_validator._schema import KINDS_BY_VERSION, document

TESTS = Path(__file__).parent
SEEDS: dict[str, list[Any]] = {"thread": [], "message": []}
for _path in sorted((TESTS / "corpus").glob("*/*/*.json")):
    if _path.parts[-3] not in SEEDS:
        continue  # the successor's kinds have no compiled check (tests/test_conversations.py)
    _data = json.loads(_path.read_text("utf-8"))
    SEEDS[_path.parts[-3]].append(_data["body"] if _path.parts[-2] == "invalid" else _data)
for _entry in json.loads((TESTS / "data" / "sdk_payloads.json").read_text("utf-8")):
    if _entry["kind"] in SEEDS:
        SEEDS[_entry["kind"]].append(_entry["payload"])
for _path in sorted((TESTS.parent / "benchmarks" / "payloads").glob("*.json")):
    if _path.name != "manifest.json":
        SEEDS["thread"].append(json.loads(_path.read_text("utf-8")))

PAIRS = [
    (kind, version)
    for version, kinds in KINDS_BY_VERSION.items()
    for kind in kinds
    if kind not in SUCCESSOR_KINDS  # no compiled check yet: see tests/test_conversations.py
]
# 150 examples in the ci profile; the deep profile's own count (HYPOTHESIS_PROFILE=deep).
AGREEMENT = settings(
    max_examples=max(150, settings.default.max_examples),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
FAST = {(kind, version): Validator(kind, version) for kind, version in PAIRS}
FULL = {(kind, version): Validator(kind, version) for kind, version in PAIRS}
for _validator in FULL.values():
    _validator._fast_check = None  # the full jsonschema path on every body


def full_verdict(body: object, kind: str, version: str = "v2") -> bool:
    return not any(problem.severity == "error" for problem in FULL[kind, version].validate(body))


def assert_agrees(body: object, kind: str, version: str = "v2") -> None:
    check = _fast.checker(kind, version)
    assert check is not None
    assert check(body) == full_verdict(body, kind, version)
    assert FAST[kind, version].validate(body) == FULL[kind, version].validate(body)


# --- bodies ----------------------------------------------------------------------------------


def with_static_chunking(size: object, overlap: object) -> dict[str, Any]:
    """A thread body whose one vector store has a static chunking strategy of these sizes."""
    static = {"max_chunk_size_tokens": size, "chunk_overlap_tokens": overlap}
    store = {"chunking_strategy": {"type": "static", "static": static}}
    return {"tool_resources": {"file_search": {"vector_stores": [store]}}}


KNOWN_KEYS = [
    "messages", "role", "content", "type", "text", "image_url", "image_file", "url", "file_id",
    "detail", "attachments", "tools", "metadata", "tool_resources", "code_interpreter",
    "file_search", "file_ids", "vector_store_ids", "vector_stores", "chunking_strategy", "static",
    "max_chunk_size_tokens", "chunk_overlap_tokens",
]  # fmt: skip
KNOWN_VALUES = [
    "user", "assistant", "text", "image_url", "image_file", "auto", "static", "low", "high",
    "code_interpreter", "file_search", "https://example.com/a.png", "not a url", 800, 400, 800.0, 0,
    99, 100, 4096, 4097, 401, 1.5, -1, "", {}, [],
]  # fmt: skip

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats()
    | st.text(max_size=8)
    | st.sampled_from(KNOWN_VALUES)
)
keys = st.sampled_from(KNOWN_KEYS) | st.text(max_size=8)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=12,
)

file_ids = st.text("0123456789abcdef", min_size=1, max_size=8).map("file-{}".format)
texts = st.text(max_size=12)
details = st.sampled_from(["auto", "low", "high"])
urls = st.sampled_from(
    [
        "https://example.com/a.png",
        "http://x.io/i%20.jpg?q=1",
        "data:image/png;base64,AAAA",
        "https://例え.jp/画像.gif",
    ]
)
metadata = st.none() | st.dictionaries(st.text(max_size=64), st.text(max_size=20), max_size=16)
parts = st.one_of(
    st.fixed_dictionaries({"type": st.just("text"), "text": texts}),
    st.fixed_dictionaries(
        {
            "type": st.just("image_url"),
            "image_url": st.fixed_dictionaries({"url": urls}, optional={"detail": details}),
        }
    ),
    st.fixed_dictionaries(
        {
            "type": st.just("image_file"),
            "image_file": st.fixed_dictionaries(
                {"file_id": file_ids}, optional={"detail": details}
            ),
        }
    ),
)
tools = st.sampled_from([{"type": "code_interpreter"}, {"type": "file_search"}])
attachments = st.none() | st.lists(
    st.fixed_dictionaries({"file_id": file_ids, "tools": st.lists(tools, max_size=2)}), max_size=2
)
messages = st.fixed_dictionaries(
    {
        "role": st.sampled_from(["user", "assistant"]),
        "content": texts | st.lists(parts, min_size=1, max_size=3),
    },
    optional={"attachments": attachments, "metadata": metadata},
)
chunk_sizes = st.integers(100, 4096) | st.integers(100, 4096).map(float)


@st.composite
def static_chunking(draw: st.DrawFn) -> dict[str, Any]:
    size = draw(chunk_sizes)
    overlap = draw(st.integers(0, int(size) // 2))
    return {
        "type": "static",
        "static": {"max_chunk_size_tokens": size, "chunk_overlap_tokens": overlap},
    }


vector_store = st.fixed_dictionaries(
    {},
    optional={
        "file_ids": st.lists(file_ids, max_size=20),
        "chunking_strategy": st.just({"type": "auto"}) | static_chunking(),
        "metadata": metadata,
    },
)
file_search = st.fixed_dictionaries(
    {"vector_store_ids": st.lists(file_ids, max_size=1)}
) | st.fixed_dictionaries({"vector_stores": st.lists(vector_store, max_size=1)})
tool_resources = st.none() | st.fixed_dictionaries(
    {},
    optional={
        "code_interpreter": st.fixed_dictionaries(
            {}, optional={"file_ids": st.lists(file_ids, max_size=20)}
        ),
        "file_search": file_search,
    },
)
threads = st.fixed_dictionaries(
    {},
    optional={
        "messages": st.lists(messages, max_size=3),
        "tool_resources": tool_resources,
        "metadata": metadata,
    },
)
VALID_SEEDS = {
    kind: [body for body in bodies if full_verdict(body, kind)] for kind, bodies in SEEDS.items()
}
valid_bodies = st.one_of(
    st.tuples(st.just("thread"), threads | st.sampled_from(VALID_SEEDS["thread"])),
    st.tuples(st.just("message"), messages | st.sampled_from(VALID_SEEDS["message"])),
)


def places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every container in ``node``, itself included."""
    found = [path] if isinstance(node, (dict, list)) else []
    children = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, child in children:
        found += places(child, (*path, key))
    return found


@st.composite
def single_faults(draw: st.DrawFn) -> tuple[str, Any]:
    """A valid body with one change at a random place: a deletion, a replacement or an insertion."""
    kind, body = draw(valid_bodies)
    body = copy.deepcopy(body)
    target = body
    for key in draw(st.sampled_from(places(body))):
        target = target[key]
    operation = draw(st.sampled_from(["delete", "replace", "insert"]))
    if isinstance(target, dict):
        existing = list(target)
        if operation == "insert" or not existing:
            target[draw(keys)] = draw(json_values)
        else:
            key = draw(st.sampled_from(existing))
            if operation == "delete":
                del target[key]
            else:
                target[key] = draw(json_values | st.sampled_from(KNOWN_VALUES))
    elif operation == "insert" or not target:
        target.insert(draw(st.integers(0, len(target))), draw(json_values))
    elif operation == "delete":
        del target[draw(st.integers(0, len(target) - 1))]
    else:
        target[draw(st.integers(0, len(target) - 1))] = draw(json_values)
    return kind, body


# --- agreement -------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "version"), PAIRS)
def test_the_bundled_schemas_compile(kind: str, version: str) -> None:
    """Every keyword the bundled schemas use is one the compiler translates."""
    assert _fast.checker(kind, version) is not None


@AGREEMENT
@given(st.sampled_from(PAIRS), json_values)
def test_arbitrary_json_agrees_for_every_kind_and_version(pair: tuple[str, str], body: Any) -> None:
    """Any JSON value, checked as any kind of any API version: the verdicts agree."""
    assert_agrees(body, *pair)


@pytest.mark.parametrize(("kind", "version"), PAIRS)
def test_seed_bodies_and_their_deletions_agree_for_every_kind_and_version(
    kind: str, version: str
) -> None:
    """Every seed, and each single deletion from the small ones, checked as each kind and version."""
    for body in [*SEEDS["thread"][:20], *SEEDS["message"][:20]]:
        assert_agrees(body, kind, version)
        if len(json.dumps(body)) < 600:
            for mutant in deletions(body):
                assert_agrees(mutant, kind, version)


@pytest.mark.parametrize("kind", ["thread", "message"])
def test_seed_bodies_agree(kind: str) -> None:
    """On the corpus, the SDK bodies and the benchmark payloads, both paths say the same."""
    assert VALID_SEEDS[kind] and len(VALID_SEEDS[kind]) < len(SEEDS[kind])
    for body in SEEDS[kind]:
        assert_agrees(body, kind)


@AGREEMENT
@given(valid_bodies)
def test_valid_bodies_agree(case: tuple[str, Any]) -> None:
    """Valid bodies built from the schema's parts: the fast check accepts them, as the full does."""
    assert full_verdict(case[1], case[0])
    assert_agrees(case[1], case[0])


@AGREEMENT
@given(single_faults())
def test_single_fault_bodies_agree(case: tuple[str, Any]) -> None:
    """A valid body with one deletion, replacement or insertion: the verdicts agree."""
    assert_agrees(case[1], case[0])


@AGREEMENT
@given(st.sampled_from(["thread", "message"]), json_values)
@example("thread", with_static_chunking(800.0, 400.0))
@example("thread", with_static_chunking(True, 1))
@example("thread", with_static_chunking(800.5, 1))
@example(
    "thread", {"tool_resources": {"file_search": {"vector_store_ids": [], "vector_stores": []}}}
)
@example("thread", {"tool_resources": {"file_search": {}}})
@example("thread", with_static_chunking(801, 401))
@example("thread", with_static_chunking(801, 400))
@example("thread", {"metadata": {"k" * 65: "v"}})
@example("thread", {"metadata": {"k": "v" * 513, "n": None}})
@example(
    "message",
    {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://a/\ud800"}}]},
)
@example(
    "message",
    {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "http://a/%zz"}}]},
)
@example("message", {"role": "user", "content": []})
def test_arbitrary_json_agrees(kind: str, body: Any) -> None:
    """Any JSON value at all: the verdicts agree."""
    assert_agrees(body, kind)


# --- values that are not JSON ----------------------------------------------------------------


class Stringish(str):
    pass


def deep(levels: int) -> Any:
    node: Any = "x"
    for _ in range(levels):
        node = [node]
    return node


ODD_BODIES = [
    {"messages": ({"role": "user", "content": "hi"},)},
    {"messages": [{"role": Stringish("user"), "content": "hi"}]},
    {"messages": [{"role": "user", "content": b"hi"}]},
    {"metadata": {1: "one"}},
    {"metadata": {"a": {1, 2}}},
    {"metadata": {"a": Stringish("x" * 600)}},
    {"tool_resources": {"code_interpreter": {"file_ids": ["a", 10**5000]}}},
    {"messages": deep(100_000)},
    {"metadata": deep(100_000)},
    with_static_chunking(math.nan, math.inf),
    (1, 2),
    {1: 2},
    object(),
]


@pytest.mark.parametrize("body", ODD_BODIES, ids=range(len(ODD_BODIES)))
def test_values_that_are_not_plain_json_never_raise_and_are_never_wrongly_accepted(
    body: Any,
) -> None:
    """The fast check answers without raising: valid or invalid only where the full path agrees,
    otherwise "not sure" (None)."""
    check = _fast.checker("thread")
    assert check is not None
    verdict = check(body)
    assert verdict in (True, False, None)
    if verdict is not None:
        assert verdict == full_verdict(body, "thread")
    assert Validator("thread").is_valid(body) == full_verdict(body, "thread")


# --- the compiler ----------------------------------------------------------------------------


def defs_with(change: dict[str, Any], definition: str = "CreateMessageRequest") -> dict[str, Any]:
    defs = copy.deepcopy(document()["$defs"])
    defs[definition].update(change)
    return defs


@pytest.mark.parametrize(
    "change",
    [
        {"pattern": "^a"},
        {"allOf": [{"type": "object"}]},
        {"format": "email"},
        {"type": "thing"},
        {"$ref": "https://example.com/elsewhere.json"},
        {"$ref": "#/$defs/CreateMessageRequest"},
        {"oneOf": [{"type": "object"}, {"required": ["role"]}]},
        {"enum": [{"role": "user"}]},
        {"metadataLimits": {"maxKeys": 16}},
        {"exactlyOneOf": "role"},
    ],
    ids=[
        "pattern",
        "allOf",
        "format-email",
        "unknown-type",
        "remote-ref",
        "recursive-ref",
        "ambiguous-oneOf",
        "enum-of-objects",
        "partial-limits",
        "exactlyOneOf-string",
    ],
)
def test_the_compiler_refuses_what_it_does_not_translate(change: dict[str, Any]) -> None:
    """An unknown keyword or form raises Unsupported rather than being ignored."""
    with pytest.raises(_fast.Unsupported):
        _fast.compile_check("message", defs_with(change))


def test_without_a_compiled_check_every_body_takes_the_full_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the schema cannot be compiled, the validator still reports every problem."""
    monkeypatch.setattr(
        _fast,
        "compile_check",
        lambda *args, **kwargs: (_ for _ in ()).throw(_fast.Unsupported("test")),
    )
    monkeypatch.setattr(_generated, "CHECKS", {})
    _fast.checker.cache_clear()
    try:
        validator = Validator("message")
        problems = validator.validate({"role": "system", "content": "hi"})
        assert validator._fast_check is None
        assert [problem.code for problem in problems] == ["invalid_value"]
    finally:
        _fast.checker.cache_clear()


@settings(max_examples=max(300, settings.default.max_examples), deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("aZ09:/?#[]%2fF-._~ \x7féぁ\U0001f600") + ["\ud800", "\udfff"]
        ),
        max_size=10,
    )
    | st.text()
)
@example("%4F")
@example("a:%4")
@example("a:\ud800")
def test_the_uri_expression_accepts_exactly_what_is_uri_does(text: str) -> None:
    """The unrolled expression of ``_fast`` and ``_keywords.is_uri`` accept the same strings."""
    assert (_runtime.uri_pattern().fullmatch(text) is not None) == is_uri(text)


def test_the_uri_language_has_one_source() -> None:
    """``format: uri`` is decided by the fast path's function, held to its one expression above."""
    assert _keywords.is_uri is _runtime.is_uri
    assert not hasattr(_keywords, "_URI")


def test_the_uri_expression_is_built_from_the_uri_characters() -> None:
    """The character class ``_fast`` unrolls admits exactly RFC 3986's URI characters one by one
    and every character beyond ASCII but the surrogates (which ``is_uri`` refuses)."""
    single = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|[^\x00-\x7f]")
    unrolled = re.compile(_runtime._URI_CHARACTER)
    for code in [*range(0x800), *range(0xD780, 0xE100), *range(0x10000, 0x10100), 0x10FFFF]:
        char = chr(code)
        expected = single.fullmatch(char) is not None and not 0xD800 <= code <= 0xDFFF
        assert (unrolled.fullmatch(char) is not None) == expected, hex(code)


def test_the_search_for_a_non_uri_character_is_the_complement_of_the_class() -> None:
    """``is_uri``'s short class finds exactly the characters the unrolled class does not admit,
    "%" aside (it starts an escape, checked on its own)."""
    admitted = re.compile(_runtime._URI_CHARACTER)
    refused = re.compile(_runtime._NOT_URI_CHARACTER)
    for code in [*range(0x800), *range(0xD780, 0xE100), *range(0x10000, 0x10100), 0x10FFFF]:
        char = chr(code)
        expected = char != "%" and admitted.fullmatch(char) is None
        assert (refused.fullmatch(char) is not None) == expected, hex(code)


def test_a_valid_body_never_imports_jsonschema() -> None:
    """Importing the package and validating a valid body leave jsonschema unimported."""
    script = (
        "import sys, thread_validator as tv\n"
        "assert tv.validate({'messages': [{'role': 'user', 'content': 'hi'}]}) == []\n"
        "assert tv.is_valid({'metadata': {'a': 'b'}})\n"
        "print('jsonschema' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def deletions(body: Any) -> list[Any]:
    """Every body that lacks exactly one key or item of ``body``."""
    found = []
    for path in places(body):
        node = body
        for key in path:
            node = node[key]
        for key in list(node) if isinstance(node, dict) else range(len(node)):
            mutant = copy.deepcopy(body)
            target = mutant
            for step in path:
                target = target[step]
            del target[key]
            found.append(mutant)
    return found


@pytest.mark.parametrize("kind", ["thread", "message"])
def test_every_single_deletion_from_a_small_seed_agrees(kind: str) -> None:
    """Each key or item removed, one at a time, from each small valid seed: the verdicts agree."""
    small = [body for body in VALID_SEEDS[kind] if len(json.dumps(body)) < 4000]
    for body in small:
        for mutant in deletions(body):
            assert_agrees(mutant, kind)


# Forms the compiler translates though the bundled schemas do not use them today: a schema for
# additional properties (with and without named ones), integer and number limits, const, arrays
# of plain types, True and False schemas. Each must decide exactly as jsonschema does.
UNUSED_FORMS = {
    "additional-schema": {"type": "object", "additionalProperties": {"type": "integer"}},
    "additional-beside-properties": {
        "type": "object",
        "properties": {"name": {"type": "string"}},
        "additionalProperties": {"type": "object", "required": ["id"]},
    },
    "additional-any-types": {"additionalProperties": {"type": ["string", "null"]}},
    "number-limits": {"type": "number", "minimum": -1.5, "maximum": 2},
    "const": {"const": "auto"},
    "array-of-plain-types": {"type": "array", "items": {"type": ["integer", "boolean"]}},
    "array-of-objects": {"type": "array", "items": {"type": "object", "maxProperties": 1}},
    "true": True,
    "false": False,
}
INSTANCES = [
    None,
    True,
    False,
    0,
    1,
    -2,
    2.5,
    1.0,
    "auto",
    "",
    [],
    [1, True],
    [1, "a"],
    [{}],
    [{"a": 1, "b": 2}],
    {},
    {"a": 1},
    {"a": "x"},
    {"a": None},
    {"name": "n"},
    {"name": 1},
    {"other": {"id": 1}},
    {"other": {}},
    {"a": 1.0},
]


@pytest.mark.parametrize("schema", UNUSED_FORMS.values(), ids=UNUSED_FORMS.keys())
def test_forms_the_bundled_schemas_do_not_use_compile_to_jsonschemas_verdict(schema: Any) -> None:
    from jsonschema import Draft202012Validator

    check = _fast.compile_check("custom", schema=schema)
    reference = Draft202012Validator(schema)
    for instance in INSTANCES:
        assert check(instance) == reference.is_valid(instance), instance


class _OddDict(dict):  # type: ignore[type-arg]
    pass


_LIMITS = {"maxKeys": 16, "maxKeyLength": 64, "maxValueLength": 512}


@pytest.mark.parametrize(
    ("schema", "holder"),
    [
        ({}, lambda inner: {"a": inner}),
        (True, lambda inner: [{"a": [inner]}]),
        ({"type": "object"}, lambda inner: {"a": [inner]}),
        ({"type": "object", "properties": {}}, lambda inner: {"x": inner}),
        ({"type": "object", "properties": {"a": {}}}, lambda inner: {"a": {"b": inner}}),
        (
            {"type": "object", "properties": {"a": True}, "additionalProperties": False},
            lambda inner: {"a": inner},
        ),
        ({"type": "object", "additionalProperties": {}}, lambda inner: {"a": inner}),
        ({"type": "array"}, lambda inner: [[inner]]),
        ({"type": "array", "items": {}}, lambda inner: [inner]),
        ({"type": ["array", "null"], "maxItems": 3}, lambda inner: [inner]),
        ({"type": "object", "metadataLimits": _LIMITS}, lambda inner: {"a": inner}),  # v1's
        ({"type": "object", "metadataLimits": _LIMITS}, lambda inner: {"a": [inner]}),
    ],
)
def test_a_check_passes_a_value_only_after_looking_at_every_key_inside(
    schema: Any, holder: Any
) -> None:
    """A key that is not a string is reported wherever it is (S101): a compiled check never
    answers True for a value that holds one where the schema leaves the value open, and is not
    sure of a dict subclass there. The full diagnostics rely on it: they look no further into
    a value whose check passes."""
    from thread_validator._fast import compile_check

    check = compile_check("", schema=schema)
    assert check(holder({"b": 1})) is True
    assert check(holder({1: "x"})) is False
    assert check(holder(_OddDict(b=1))) is None
    assert check(holder({Stringish("b"): 1})) is None  # a string, but not plain JSON


@pytest.mark.parametrize(
    "body",
    [
        {"metadata": {Stringish("a"): "x"}},
        {"tool_resources": {"code_interpreter": {Stringish("zz"): 1}}},
        {"messages": [{"role": "user", "content": "x", "metadata": {Stringish("k"): "v"}}]},
        {"tool_resources": {"code_interpreter": {"zz": [{Stringish("k"): 1}]}}},
    ],
)
def test_a_key_that_is_a_str_subclass_is_a_string(body: Any) -> None:
    """A ``str`` subclass key is a string to the full validator: the compiled check is not sure
    of it (it used to answer invalid, and ``is_valid`` said False of a valid body)."""
    assert _fast.checker("thread", "v2")(body) is None  # type: ignore[misc]
    assert Validator("thread").is_valid(body) is full_verdict(body, "thread")
    assert Validator("thread").validate(body) == FULL["thread", "v2"].validate(body)


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "object", "additionalProperties": {"type": "string"}},
        {"type": "object", "properties": {"a": {}}, "additionalProperties": {"type": "string"}},
    ],
)
def test_the_keys_of_an_object_with_an_additional_schema_are_strings(schema: Any) -> None:
    from thread_validator._fast import compile_check

    check = compile_check("", schema=schema)
    assert check({"x": "y"}) is True
    assert check({1: "y"}) is False
    assert check({Stringish("x"): "y"}) is None


# --- the scanner's handlers (the report made in the scan) ------------------------------------


def reported_by_the_scan(body: object, kind: str = "thread") -> list[Any] | None:
    """What the scanner's handlers reported for ``body``, or None when it answered otherwise."""
    validator = FAST[kind, "v2"]
    validator.validate({})
    plan = validator._plan
    assert plan is not None and plan.scan is not None
    found = plan.scan(body, validator._context)
    return found[1] if type(found) is tuple else None


def static_chunking(size: object, overlap: object) -> dict[str, Any]:
    body = with_static_chunking(size, overlap)
    body["messages"] = [{"role": "user", "content": "hi"}]
    return body


@pytest.mark.parametrize(
    "body",
    [
        # A member's fault, and its object's own check failing after it: the object's handler
        # reports the object again, in place of what the member's had reported.
        static_chunking(100, 4000),
        static_chunking(5000, 4000),
        # Faults in two messages, and in a message and the metadata.
        {"messages": [{"role": "system", "content": "a"}, {"role": "user", "content": 5}]},
        {"messages": [{"role": "x", "content": ""}], "metadata": {"k" * 65: "v"}},
        # A part with an unknown type, beside one with a warning (an insecure image URL).
        {
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {"type": "video", "video": {}},
                        {"type": "image_url", "image_url": {"url": "http://example.com/a.png"}},
                    ],
                }
            ]
        },
    ],
)
def test_what_the_handlers_report_agrees_with_the_full_path(body: dict[str, Any]) -> None:
    reported = reported_by_the_scan(body)
    assert reported, "the scanner's handlers did not report this body"
    places = [(draft.path, draft.code) for draft in reported]
    assert len(places) == len(set(places))  # an object reported again replaces its members'
    assert_agrees(body, "thread")


def test_the_same_faulty_message_twice_is_reported_at_both_indices() -> None:
    """The handler of an item names its index from the loop, not by looking the item up."""
    message = {"role": "system", "content": "hi"}
    body = {"messages": [{"role": "user", "content": "a"}, message, message]}
    reported = reported_by_the_scan(body)
    assert reported is not None
    assert [draft.path for draft in reported] == [("messages", 1, "role"), ("messages", 2, "role")]
    assert_agrees(body, "thread")


def test_a_value_that_is_not_json_beside_a_fault_takes_the_full_path() -> None:
    body = {"messages": [{"role": "system", "content": "hi"}], "metadata": {"k": ("a", "tuple")}}
    assert reported_by_the_scan(body) is None
    problems = FAST["thread", "v2"].validate(body)
    assert problems == FULL["thread", "v2"].validate(body)
    assert {problem.pointer for problem in problems} == {"/messages/0/role", "/metadata/k"}


def test_the_scanner_with_handlers_refuses_a_statement_it_cannot_raise_from() -> None:
    assert _fast._raising("if x: return False") == "if x: raise _Fail"
    with pytest.raises(_fast.Unsupported):
        _fast._raising("if x: return 1")
