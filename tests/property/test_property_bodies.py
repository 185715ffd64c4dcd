"""The public strategies against the validator: valid bodies pass, single faults are found where they are."""

from __future__ import annotations

import json

import pytest
from _property_support import INVALID, VALID, examples, related
from hypothesis import example, given
from hypothesis import strategies as st

from thread_validator import validate
from thread_validator.strategies import SingleFault


@pytest.mark.parametrize("kind", ["thread", "message"])
@examples()
@given(data=st.data())
def test_every_drawn_valid_body_has_no_problem(kind: str, data: st.DataObject) -> None:
    """A valid body gives no error and no warning, and is sendable: it encodes as UTF-8 JSON."""
    body = data.draw(VALID[kind](), label="body")
    json.dumps(body, ensure_ascii=False).encode("utf-8")
    assert validate(body, kind=kind) == []


@pytest.mark.parametrize("kind", ["thread", "message"])
@examples()
@given(data=st.data())
def test_a_single_fault_is_reported_at_its_place_and_nowhere_else(
    kind: str, data: st.DataObject
) -> None:
    """The error with the fault's code is at its pointer; every error is there or inside it."""
    body, pointer, code = data.draw(INVALID[kind](), label="case")
    errors = [problem for problem in validate(body, kind=kind) if problem.severity == "error"]
    assert (pointer, code) in [(problem.pointer, problem.code) for problem in errors]
    strays = [problem for problem in errors if not related(problem.pointer, pointer)]
    assert strays == []


@examples(0.5)
@given(case=INVALID["thread"]())
@example(
    case=SingleFault(
        {
            "tool_resources": {
                "file_search": {
                    "vector_stores": [
                        {
                            "chunking_strategy": {
                                "type": "static",
                                "static": {"max_chunk_size_tokens": 99, "chunk_overlap_tokens": 49},
                            }
                        }
                    ]
                }
            }
        },
        "/tool_resources/file_search/vector_stores/0/chunking_strategy/static/max_chunk_size_tokens",
        "integer_below_min_value",
    )
)
def test_the_param_names_the_same_place_as_the_pointer(case: SingleFault) -> None:
    """Each error's API-style param is its pointer's path, plus the member for a missing one."""
    for problem in validate(case.body):
        tokens = [str(token) for token in problem.path]
        assert (
            "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in tokens)
            == problem.pointer
        )
        if (
            problem.code == "missing_required_parameter"
            and problem.param
            and problem.param != _param(problem.path)
        ):
            assert problem.param.startswith(_param(problem.path))
        else:
            # None is the body itself; an empty key is '' (issue 10: it was None too).
            assert problem.param == (_param(problem.path) if problem.path else None)


def _param(path: tuple[object, ...]) -> str:
    text = ""
    for token in path:
        text += f"[{token}]" if isinstance(token, int) else (f".{token}" if text else str(token))
    return text
