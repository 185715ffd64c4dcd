"""Differential: on the rules plain JSON Schema can express, the verdict is plain jsonschema's.

Two references: stock ``Draft202012Validator`` on the bundled schema (custom keywords and
discriminators ignored, format not asserted), and the same on the spec excerpt converted from
OpenAPI 3.0 here, independently of ``tools/build_schemas.py``. Bodies that a rule beyond plain JSON
Schema may concern (metadata limits, chunk overlap, the uri format) are left out; the exactly-one
``file_search`` rule stays in, since the spec's own ``oneOf`` expresses it.
"""

from __future__ import annotations

import sys

import pytest
from _property_support import (
    beyond_plain_schema,
    bodies_of_every_sort,
    examples,
    only_on_attachment_items,
    plain_validator,
)
from hypothesis import assume, example, given

from thread_validator import validate


def _plain_verdict(source: str, kind: str, body: object) -> bool:
    # jsonschema's messages repr() the instance; Python refuses to print integers beyond 4,300
    # digits unless told otherwise.
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return bool(plain_validator(source, kind).is_valid(body))
    finally:
        sys.set_int_max_str_digits(limit)


@examples()
@given(case=bodies_of_every_sort())
@example(
    case=(
        "thread",
        {"tool_resources": {"file_search": {"vector_store_ids": [], "vector_stores": []}}},
    )
)
@example(
    case=("message", {"role": "user", "content": "hi", "attachments": [{"file_id": "file-abc123"}]})
)
@example(
    case=(
        "thread",
        {
            "messages": [
                {"role": "user", "content": [{"type": "text", "text": "a", "image_url": 1}]}
            ]
        },
    )
)
def test_the_verdict_agrees_with_plain_jsonschema(case: tuple[str, object]) -> None:
    """Valid for thread-validator exactly when valid for plain jsonschema, on both schemas.

    The literal spec misplaces ``required: [file_id, tools]`` on the attachments array, so plain
    jsonschema does not enforce it there; the bundled schema moves it onto each item. That is
    the one expected difference, and it is accounted for by name.
    """
    kind, body = case
    assume(not beyond_plain_schema(body, kind))
    errors = [problem for problem in validate(body, kind=kind) if problem.severity == "error"]
    assert _plain_verdict("bundled", kind, body) is (not errors)
    errors_the_spec_states = [
        problem for problem in errors if not only_on_attachment_items(problem, kind)
    ]
    assert _plain_verdict("spec", kind, body) is (not errors_the_spec_states)


@pytest.mark.parametrize(
    ("body", "bundled", "spec"),
    [
        (
            {"role": "user", "content": "hi", "attachments": [{"file_id": "file-abc123"}]},
            False,
            True,
        ),
        ({"role": "user", "content": "hi", "attachments": [{"tools": []}]}, False, True),
        (
            {
                "role": "user",
                "content": "hi",
                "attachments": [{"file_id": "file-abc123", "tools": []}],
            },
            True,
            True,
        ),
    ],
)
def test_the_attachment_departure_is_real(body: object, bundled: bool, spec: bool) -> None:
    """The literal spec lets an attachment without file_id or tools through; the bundled schema does not."""
    assert _plain_verdict("bundled", "message", body) is bundled
    assert _plain_verdict("spec", "message", body) is spec
