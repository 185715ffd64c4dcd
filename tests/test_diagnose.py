"""The engine-free walker (``_diagnose``) gives jsonschema's report, without importing it.

jsonschema's engine with the same keyword functions is the reference: on valid, single-fault and
arbitrary JSON bodies, for every kind and API version, the walker's problems are its problems
(pointer, param, code, message, schema path, rule, order). ``test_fast`` compares
``Validator.validate`` with and without the compiled paths too; here the walker is also shown not
to refuse plain JSON, so that those comparisons really exercise it.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_fast import AGREEMENT, FULL, PAIRS, SEEDS, json_values, single_faults, valid_bodies

from thread_validator import Validator
from thread_validator._diagnose import Refused, walker
from thread_validator._schema import root_schema
from thread_validator.strategies import invalid_message_bodies, invalid_thread_bodies

WALKED = {pair: Validator(*pair) for pair in PAIRS}


def assert_walker_agrees(body: object, kind: str, version: str) -> None:
    # The walker must not refuse plain JSON: otherwise the comparison below proves nothing.
    list(walker(version).iter_errors(body, root_schema(kind, version)))
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
