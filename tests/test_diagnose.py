"""The engine-free walker (``_diagnose``) gives jsonschema's report, without importing it.

jsonschema's engine with the same keyword functions is the reference: on valid, single-fault and
arbitrary JSON bodies, for every kind and API version, the walker's problems are its problems
(pointer, param, code, message, schema path, rule, order). ``test_fast`` compares
``Validator.validate`` with and without the compiled paths too; here the walker is also shown not
to refuse plain JSON, so that those comparisons really exercise it.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_fast import (
    AGREEMENT,
    FULL,
    PAIRS,
    SEEDS,
    json_values,
    places,
    single_faults,
    valid_bodies,
)

from thread_validator import Validator
from thread_validator._diagnose import Refused, walker, written_walks
from thread_validator._kinds import KINDS
from thread_validator._schema import document_key, root_schema
from thread_validator._validator import _DocumentOrder
from thread_validator.strategies import invalid_message_bodies, invalid_thread_bodies

WALKED = {pair: Validator(*pair) for pair in PAIRS}


def written_walk(body: object, kind: str, version: str) -> list[Any]:
    """The problems (drafts) of the walk written out at build time (``_generated_walk``)."""
    drafts: list[Any] = []
    written_walks(document_key(kind, version))[KINDS[kind].definition](body, (), drafts)
    return drafts


def assert_walker_agrees(body: object, kind: str, version: str) -> None:
    # The walker must not refuse plain JSON: otherwise the comparison below proves nothing.
    reference = list(walker(version).iter_errors(body, root_schema(kind, version)))
    # The walk written out gives the walker's errors, each placed and recorded the same: path,
    # code, message template and fields, rule, and the keyword's place in the document, which
    # the walk writes in as a constant and the validator finds by following the schema path.
    drafts = [WALKED[kind, version]._draft(error) for error in reference]
    assert written_walk(body, kind, version) == drafts
    assert WALKED[kind, version].validate(body) == FULL[kind, version].validate(body)


@AGREEMENT
@given(json_values, st.sampled_from(PAIRS))
def test_arbitrary_json(body: Any, pair: tuple[str, str]) -> None:
    """Any JSON value, as any kind and version: the same problems in the same order."""
    assert_walker_agrees(body, *pair)


@AGREEMENT
@given(single_faults(), st.sampled_from(PAIRS))
def test_single_fault_bodies(case: tuple[str, Any], pair: tuple[str, str]) -> None:
    """A valid body with one change, as any kind and version."""
    assert_walker_agrees(case[1], *pair)


@AGREEMENT
@given(valid_bodies, st.sampled_from(PAIRS))
def test_valid_bodies_as_every_kind(case: tuple[str, Any], pair: tuple[str, str]) -> None:
    """A valid body of one kind is full of faults as another: the same report."""
    assert_walker_agrees(case[1], *pair)


@AGREEMENT
@given(
    st.tuples(st.just("thread"), invalid_thread_bodies())
    | st.tuples(st.just("message"), invalid_message_bodies()),
    st.sampled_from(["v2", "v1"]),
)
def test_the_strategies_single_faults(case: tuple[str, Any], version: str) -> None:
    """The package's own single-fault strategies (every fault they promise)."""
    assert_walker_agrees(case[1].body, case[0], version)


@pytest.mark.parametrize(("kind", "version"), PAIRS)
def test_seed_bodies(kind: str, version: str) -> None:
    """The corpus, the SDK bodies and the benchmark payloads, as every kind and version."""
    for body in [*SEEDS["thread"], *SEEDS["message"]]:
        assert_walker_agrees(body, kind, version)


@AGREEMENT
@given(
    st.one_of(
        json_values,
        single_faults().map(lambda case: case[1]),
        (invalid_thread_bodies() | invalid_message_bodies()).map(lambda fault: fault.body),
    ),
    st.sampled_from(PAIRS),
)
def test_a_place_below_a_keyword_is_found_as_from_the_definition(
    body: Any, pair: tuple[str, str]
) -> None:
    """``location_below`` (a fault of a keyword below another, placed from the keyword's
    constant place) follows references as the validator does from the definition: from the
    definition's own place, every error of the walker lands where ``_schema_location`` says."""
    from thread_validator._validator import _schema_location, location_below

    kind, version = pair
    definition, key = KINDS[kind].definition, document_key(kind, version)
    for error in walker(version).iter_errors(body, root_schema(kind, version)):
        keyword_path = tuple(error.absolute_schema_path)
        start = f"#/$defs/{definition}"
        assert location_below(start, keyword_path, key) == _schema_location(
            definition, keyword_path, key
        )
        # From the place of any leading part of the path, too, as a keyword below another has it.
        for depth in range(1, len(keyword_path)):
            above = _schema_location(definition, keyword_path[:depth], key)
            assert location_below(above, keyword_path[depth:], key) == _schema_location(
                definition, keyword_path, key
            )


def test_a_fault_from_below_its_keyword_is_placed_through_the_references() -> None:
    """A keyword that walks a branch itself yields faults with paths below its own: the walk
    written out places them from the keyword's constant place, through the ``$ref`` of the
    items, where the validator places jsonschema's."""
    from thread_validator._diagnose import collect
    from thread_validator._keywords import Fault
    from thread_validator._validator import _schema_location

    fault = Fault("invalid_value", "Invalid {where}.{hint}", hint="")
    fault.path.extend([0, "role"])
    fault.schema_path.extend(["items", "properties", "role", "enum"])
    drafts: list[Any] = []
    location = "#/$defs/CreateThreadRequest/properties/messages"
    collect(drafts, iter([fault]), "enum", location, ("messages",), "v2")
    [draft] = drafts
    assert draft.path == ("messages", 0, "role")
    full = ("properties", "messages", "items", "properties", "role", "enum")
    assert draft.schema_path == _schema_location("CreateThreadRequest", full, "v2")
    assert draft.schema_path == "#/$defs/CreateMessageRequest/properties/role/enum"
    assert draft.rule == "S102"


class Stringish(str):
    pass


@pytest.mark.parametrize(
    "body",
    [
        {"messages": ({"role": "user", "content": "hi"},)},
        {"messages": [{"role": Stringish("system"), "content": "hi"}]},
        {"metadata": {1: "one"}, "bogus": 1},
    ],
)
def test_values_that_are_not_json_are_refused_and_reported_by_jsonschema(body: Any) -> None:
    """The walker refuses what is not plain JSON; the validator still reports it, as before."""
    with pytest.raises(Refused):
        list(walker("v2").iter_errors(body, root_schema("thread")))
    with pytest.raises(Refused):
        written_walk(body, "thread", "v2")
    assert Validator("thread").validate(body) == FULL["thread", "v2"].validate(body)


def test_an_ordinary_fault_is_reported_without_importing_jsonschema() -> None:
    """A body with faults of every common sort gets its full report; jsonschema stays unloaded."""
    script = (
        "import sys, thread_validator as tv\n"
        "body = {'messages': [{'role': 'system', 'content': [{'type': 'text', 'txt': 'hi'}]}],\n"
        "        'metadata': {'k' * 65: 'v'}, 'bogus': 1,\n"
        "        'tool_resources': {'file_search': {'vector_store_ids': [], 'vector_stores': []}}}\n"
        "problems = tv.validate(body)\n"
        "assert len([p for p in problems if p.severity == 'error']) >= 5, problems\n"
        "assert not tv.is_valid(body)\n"
        "print('jsonschema' in sys.modules, 'referencing' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


PYTHON_VALUES = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.text(max_size=3), st.tuples(st.integers())
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.one_of(st.text(max_size=2), st.integers(), st.none()), inner, max_size=4
        ),
    ),
    max_leaves=30,
)


@given(PYTHON_VALUES)
def test_the_quick_look_for_non_string_keys_is_the_iterative_one(body: Any) -> None:
    """The recursive look (the common case) answers as the iterative one (deep nesting, cycles)
    does, on values from the Python API: keys of any type, tuples among the values."""
    from thread_validator._diagnose import (
        _has_non_string_key_iteratively,
        has_non_string_key,
    )

    assert has_non_string_key(body) == _has_non_string_key_iteratively(body)


def test_a_body_too_deep_or_holding_itself_is_looked_through_all_the_same() -> None:
    from thread_validator._diagnose import has_non_string_key

    looped: dict[str, Any] = {"a": [1]}
    looped["self"] = looped
    assert not has_non_string_key(looped)
    looped["bad"] = {2: 1}
    assert has_non_string_key(looped)
    deep: Any = {3: "x"}
    for _ in range(20_000):
        deep = [deep]
    assert has_non_string_key(deep)


class OddDict(dict):  # type: ignore[type-arg]
    pass


class OddList(list):  # type: ignore[type-arg]
    pass


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ({"a": ["x", {"b": [1, None, {"c": True}]}]}, False),
        ({"a": ["x", {"b": [1, None, {2: True}]}]}, True),
        ([["id"] * 3, {"k": {"k": {None: 1}}}], True),
        ({"a": OddDict(b=1)}, True),
        ({"a": [OddList([1])]}, True),
        (OddDict(a=1), True),
        (OddList(), True),
        ("text", False),
    ],
)
def test_the_look_finds_a_key_that_is_not_a_string_or_a_container_that_is_not_plain(
    body: Any, found: bool
) -> None:
    """Subclasses of dict and list go to the full path too, wherever they are."""
    from thread_validator._diagnose import (
        _has_non_string_key_iteratively,
        has_non_string_key,
    )

    assert has_non_string_key(body) is found
    assert _has_non_string_key_iteratively(body) is found


@st.composite
def not_quite_json(draw: st.DrawFn) -> tuple[str, Any]:
    """A valid or single-fault body with, at one random place, a key that is not a string, a
    dict or list subclass, or a new object holding a key that is not a string."""
    kind, body = draw(single_faults() | valid_bodies)
    body = copy.deepcopy(body)
    path = draw(st.sampled_from(places(body)))
    parent, token, target = None, None, body
    for token in path:
        parent, target = target, target[token]
    odd_key = draw(st.sampled_from([1, None, True, 2.5]))
    change = draw(st.sampled_from(["key", "subclass", "new object"]))
    if change == "key" and isinstance(target, dict):
        target[odd_key] = draw(json_values)
        return kind, body
    if change == "subclass":
        replaced: Any = OddDict(target) if isinstance(target, dict) else OddList(target)
    else:
        replaced = {odd_key: draw(json_values)}
    if parent is None:
        return kind, replaced
    parent[token] = replaced
    return kind, body


@AGREEMENT
@given(not_quite_json(), st.sampled_from(["v2", "v1"]))
def test_a_key_that_is_not_a_string_is_reported_wherever_it_is(
    case: tuple[str, Any], version: str
) -> None:
    """The walk written out accounts for every value: a key that is not a string, or a
    container that is not plain JSON, anywhere in a body (inside a part a compiled check
    passes, an unknown parameter, a value of the wrong type) leaves the body to jsonschema,
    whose report has it, as the look through the whole body first did."""
    kind, body = case
    assert Validator(kind, version).validate(body) == FULL[kind, version].validate(body)


WRONG_ROLE = {"role": "system", "content": "hi"}


@pytest.mark.parametrize(
    ("version", "body"),
    [
        # Inside a member an open object leaves unchecked (its check tests the keys there).
        ("v2", {"messages": [WRONG_ROLE], "tool_resources": {"code_interpreter": {"x": [{1: 2}]}}}),
        (
            "v2",
            {"messages": [WRONG_ROLE], "tool_resources": {"code_interpreter": {"x": [OddDict()]}}},
        ),
        (
            "v2",
            {"messages": [WRONG_ROLE], "tool_resources": {"code_interpreter": {"x": OddList()}}},
        ),
        # Inside a value v1's metadata does not look into (its check passes it).
        ("v1", {"messages": [WRONG_ROLE], "metadata": {"a": {1: "x"}}}),
        ("v1", {"messages": [WRONG_ROLE], "metadata": {"a": [OddDict(b=1)]}}),
        # Inside an unknown parameter, and a value of the wrong type.
        ("v2", {"messages": [WRONG_ROLE], "bogus": {"a": [{None: 1}]}}),
        ("v2", {"messages": [{"role": "user", "content": {"a": {True: 1}}}]}),
    ],
)
def test_a_key_that_is_not_a_string_where_the_walk_does_not_go(version: str, body: Any) -> None:
    """Each place the walk accounts for without visiting: the body goes to jsonschema, and the
    report has the key (or, for a subclass, is jsonschema's)."""
    with pytest.raises(Refused):
        written_walk(body, "thread", version)
    assert Validator("thread", version).validate(body) == FULL["thread", version].validate(body)


def test_a_document_without_its_walk_written_out_keeps_the_walker(monkeypatch: Any) -> None:
    """The walker is the path of a document the writer refused (none of the bundled ones): the
    same report, a key that is not a string found by a look first."""
    from thread_validator import _diagnose

    monkeypatch.setattr(_diagnose, "written_walks", lambda key: {})
    odd = [
        {"messages": [WRONG_ROLE], "metadata": {1: "x"}},
        {"messages": [WRONG_ROLE], "tool_resources": {"code_interpreter": {"x": [{1: "y"}]}}},
    ]
    for kind, version in PAIRS:
        validator = Validator(kind, version)
        for body in [*SEEDS["thread"][:8], *SEEDS["message"][:8], *odd]:
            assert validator.validate(body) == FULL[kind, version].validate(body)
        assert validator._walk is not None  # the walker's, not the one written out


def test_a_property_the_schema_leaves_free_is_looked_through() -> None:
    from thread_validator._walk_writer import _WalkWriter

    writer = _WalkWriter("v2")
    lines = writer._keyword("w", "properties", {"a": True}, {"properties": {"a": True}}, "/x")
    assert "has_non_string_key(inst['a'])" in "\n".join(lines)


PATH_TOKENS = st.one_of(
    st.sampled_from(["messages", "content", "role", "a", "b"]), st.integers(-1, 3)
)


@given(
    body=st.one_of(valid_bodies.map(lambda pair: pair[1]), json_values),
    path=st.lists(PATH_TOKENS, max_size=5),
    other=st.lists(PATH_TOKENS, max_size=5),
    shared=st.integers(0, 5),
)
def test_two_places_are_ordered_as_their_keys_are(
    body: Any, path: list[Any], other: list[Any], shared: int
) -> None:
    """``before`` (two problems put in order without their keys) agrees with the sort keys,
    for places that share a start or not, inside the body or beyond it."""
    other = path[:shared] + other
    order = _DocumentOrder(body)
    assert order.before(tuple(path), tuple(other)) is (order.key(path) < order.key(other))
