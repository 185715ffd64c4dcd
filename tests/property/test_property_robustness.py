"""Any JSON value at all: the validator answers with problems, never an exception, and keeps its promises."""

from __future__ import annotations

import copy

import pytest
from _property_support import (
    any_json,
    bodies_of_every_sort,
    examples,
    mutated_bodies,
    resolve,
    same,
)
from hypothesis import example, given
from hypothesis import strategies as st

from thread_validator import InvalidBody, check, is_valid, validate

# A bounded message whatever the body holds; the longest legitimate ones name two long params.
MESSAGE_BOUND = 2_000


def _assert_well_placed(body: object, kind: str) -> None:
    for problem in validate(body, kind=kind):
        resolve(body, problem.pointer)
        if problem.on_key:
            assert problem.pointer, "a fault in a key has the key's place"
        assert isinstance(problem.message, str) and 0 < len(problem.message) <= MESSAGE_BOUND
        assert problem.severity in ("error", "warning")


@examples()
@given(kind=st.sampled_from(["thread", "message"]), body=any_json)
@example(
    kind="thread",
    body={"messages": [{"role": "user", "content": [{"type": "text", "text": "\ud800"}]}]},
)
@example(kind="thread", body={"a/b": 1, "~": {"~1": None}})
# Found by the subtree property: a long key made a message as long as the key (the param was
# quoted whole); messages now cut each key to an excerpt.
@example(kind="thread", body={"x" * 10_000: None})
@example(kind="thread", body={"metadata": {"x" * 100_000: "y" * 100_000}})
@example(kind="message", body={"content": float("inf"), "role": float("nan")})
def test_any_json_value_gives_problems_that_point_inside_it(kind: str, body: object) -> None:
    """validate() never raises; every problem's pointer resolves in the body; messages stay short."""
    _assert_well_placed(body, kind)


@pytest.mark.parametrize("kind", ["thread", "message"])
@examples()
@given(data=st.data())
def test_valid_bodies_with_one_subtree_replaced_give_well_placed_problems(
    kind: str, data: st.DataObject
) -> None:
    """Arbitrary JSON grafted deep into a valid body is reported where it is, without raising."""
    _assert_well_placed(data.draw(mutated_bodies(kind), label="body"), kind)


@examples()
@given(case=bodies_of_every_sort())
def test_is_valid_and_check_agree_with_the_error_severity_problems(
    case: tuple[str, object],
) -> None:
    """is_valid is "no error-severity problem"; check raises InvalidBody exactly then, with them all."""
    kind, body = case
    problems = validate(body, kind=kind)
    has_error = any(problem.severity == "error" for problem in problems)
    assert is_valid(body, kind=kind) is not has_error
    if has_error:
        with pytest.raises(InvalidBody) as raised:
            check(body, kind=kind)
        assert list(raised.value.problems) == problems
        assert isinstance(raised.value, ValueError)
    else:
        assert check(body, kind=kind) == problems


@examples()
@given(case=bodies_of_every_sort())
def test_validation_leaves_the_body_alone_and_repeats_itself(case: tuple[str, object]) -> None:
    """The body is never mutated, and validating it twice gives the same problems."""
    kind, body = case
    before = copy.deepcopy(body)
    first = validate(body, kind=kind)
    assert same(body, before)
    assert validate(body, kind=kind) == first
    assert same(body, before)
