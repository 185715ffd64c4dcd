"""The Python API: what validate, is_valid, check and Validator promise."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import thread_validator
from thread_validator import InvalidBody, Problem, Validator, check, is_valid, validate
from thread_validator._display import json_pointer

TYPICAL = json.loads(
    (Path(__file__).parent / "corpus" / "thread" / "valid" / "typical.json").read_text("utf-8")
)


def test_public_names() -> None:
    assert set(thread_validator.__all__) == {
        "ApiVersion",
        "InvalidBody",
        "Kind",
        "Problem",
        "Severity",
        "Validator",
        "api_error",
        "api_errors",
        "check",
        "is_valid",
        "validate",
    }


def test_problem_fields_for_a_nested_fault() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "a"},
                    {"type": "image_url", "image_url": {"url": "::"}},
                ],
            }
        ]
    }
    [problem] = validate(body)
    assert problem.pointer == "/messages/0/content/1/image_url/url"
    assert problem.param == "messages[0].content[1].image_url.url"
    assert problem.path == ("messages", 0, "content", 1, "image_url", "url")
    assert problem.code == "invalid_value"
    assert problem.severity == "error"
    assert (
        problem.schema_path
        == "#/$defs/MessageContentImageUrlObject/properties/image_url/properties/url/format"
    )
    assert "'::'" in problem.message and "Expected a valid URL" in problem.message


def test_problems_are_frozen_and_serialisable() -> None:
    [problem] = validate({"metadata": {"k": 1}})
    with pytest.raises(AttributeError):
        problem.code = "x"  # type: ignore[misc]
    assert json.loads(json.dumps(problem.to_dict()))["param"] == "metadata.k"


def test_discriminated_part_reports_the_missing_member_not_a_oneof_failure() -> None:
    [problem] = validate(
        {"messages": [{"role": "user", "content": [{"type": "text", "txt": "hi"}]}]}
    )
    assert (problem.pointer, problem.param, problem.code) == (
        "/messages/0/content/0",
        "messages[0].content[0].text",
        "missing_required_parameter",
    )
    assert "did you mean 'text'?" in problem.message
    assert "any of the given schemas" not in problem.message


def test_unknown_type_lists_the_allowed_values() -> None:
    [problem] = validate({"messages": [{"role": "user", "content": [{"type": "image"}]}]})
    assert problem.pointer == "/messages/0/content/0/type"
    assert "'image_file', 'image_url' and 'text'" in problem.message


def test_unknown_key_hint() -> None:
    [problem] = validate({"messages": [{"role": "user", "contents": "hi"}]}, kind="thread")[1:]
    assert problem.code == "unknown_parameter" and problem.on_key
    assert problem.message == "Unknown parameter: 'messages[0].contents'. Did you mean 'content'?"


def test_file_search_message_says_which_case() -> None:
    both = validate(
        {"tool_resources": {"file_search": {"vector_store_ids": [], "vector_stores": []}}}
    )
    neither = validate({"tool_resources": {"file_search": {}}})
    assert "has both" in both[0].message
    assert "has neither" in neither[0].message


def test_overlap_message_gives_both_numbers_and_the_largest_allowed() -> None:
    body = {
        "tool_resources": {
            "file_search": {
                "vector_stores": [
                    {
                        "chunking_strategy": {
                            "type": "static",
                            "static": {"max_chunk_size_tokens": 301, "chunk_overlap_tokens": 151},
                        }
                    }
                ]
            }
        }
    }
    [problem] = validate(body)
    assert (
        "151" in problem.message and "301" in problem.message and "at most 150" in problem.message
    )


def test_metadata_limits_count_characters_not_bytes() -> None:
    assert is_valid({"metadata": {"é" * 64: "😀" * 512}})
    [problem] = validate({"metadata": {"é" * 65: "v"}})
    assert problem.code == "property_name_above_max_length" and problem.on_key


def test_wrong_type_is_reported_once() -> None:
    """A mistyped value fails its enum too, but only the type is reported."""
    assert [p.code for p in validate({"messages": [{"role": 7, "content": "x"}]})] == [
        "invalid_type"
    ]


def test_document_order() -> None:
    body = {"metadata": {"a": 1}, "messages": [{"role": "x", "content": "y"}], "zzz": 1}
    assert [p.pointer for p in validate(body)] == ["/metadata/a", "/messages/0/role", "/zzz"]


@pytest.mark.parametrize(
    "body",
    [
        None,
        [],
        "x",
        0,
        1.5,
        True,
        [[[]]],
        {"messages": None},
        {1: 2},
        {"messages": ({"role": "user"},)},
        {"metadata": {"k": b"bytes"}},
        {"messages": [{"role": "user", "content": {"a", "b"}}]},
        {
            "tool_resources": {
                "file_search": {
                    "vector_stores": [
                        {
                            "chunking_strategy": {
                                "type": "static",
                                "static": {
                                    "max_chunk_size_tokens": 10**5000,
                                    "chunk_overlap_tokens": float("nan"),
                                },
                            }
                        }
                    ]
                }
            }
        },
    ],
    ids=lambda body: type(body).__name__,
)
def test_never_raises_on_odd_values(body: object) -> None:
    problems = validate(body)
    assert all(isinstance(p, Problem) and p.message for p in problems)


def test_deep_nesting_does_not_overflow() -> None:
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    for body in (
        {"messages": deep},
        {"messages": [{"role": "user", "content": deep}]},
        {"metadata": {"k": deep}},
        deep,
    ):
        problems = validate(body)
        assert problems and all(len(p.message) < 300 for p in problems)


def test_huge_values_are_excerpted() -> None:
    [problem] = validate({"messages": [{"role": "r" * 1_000_000, "content": "x"}]})
    assert len(problem.message) < 300 and "1,000,000 characters" in problem.message


def test_input_is_not_mutated() -> None:
    body = {
        "messages": [{"role": "bot", "content": [{"type": "text"}]}],
        "metadata": {f"k{i}": "v" for i in range(20)},
    }
    before = copy.deepcopy(body)
    validate(body)
    assert body == before


def test_is_valid_and_check() -> None:
    assert is_valid(TYPICAL) and check(TYPICAL) == []
    assert not is_valid([])
    with pytest.raises(InvalidBody) as raised:
        check({"messages": [{"role": "bot", "content": "x"}]})
    assert isinstance(raised.value, ValueError)
    assert [p.param for p in raised.value.problems] == ["messages[0].role"]
    assert "messages[0].role" in str(raised.value)


def test_message_kind() -> None:
    validator = Validator("message")
    assert validator.is_valid({"role": "user", "content": "hi"})
    [problem] = validator.validate({"role": "user", "content": "hi", "file_ids": []})
    assert problem.param == "file_ids"
    assert not Validator("thread").is_valid({"role": "user", "content": "hi"})


def test_unknown_kind_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        Validator("assistant")  # type: ignore[arg-type]


def test_validator_is_reusable() -> None:
    validator = Validator()
    first = validator.validate({"messages": [{}]})
    assert validator.validate({"messages": [{}]}) == first
    assert validator.validate({}) == []


def test_a_problem_prints_as_its_place_severity_code_and_message() -> None:
    """str(Problem): line and column when the body came from a file, then the rest."""
    [problem] = validate({"messages": [{"role": "system", "content": "hi"}]})
    assert str(problem) == f"error invalid_value {problem.message}"
    placed = problem.replace(line=3, column=14)
    assert str(placed) == f"3:14: error invalid_value {problem.message}"


@given(st.lists(st.text(alphabet="a~/0", max_size=4) | st.integers(0, 12), max_size=6))
def test_the_pointer_of_any_path_reads_back_as_the_path(path: list[Any]) -> None:
    """RFC 6901: each token escaped ('~' as '~0', '/' as '~1'), whichever form builds it."""
    pointer = json_pointer(tuple(path))
    assert pointer == "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in path)
    tokens = pointer.split("/")[1:] if pointer else []
    assert [t.replace("~1", "/").replace("~0", "~") for t in tokens] == [str(t) for t in path]


@pytest.mark.parametrize(
    ("kind", "api_version", "server"),
    [("thread", "v2", "openai"), ("message", "v1", "openai"), ("thread", "v2", "azure")],
)
def test_a_validator_pickles_as_what_it_was_built_from(
    kind: Any, api_version: Any, server: str
) -> None:
    """Fresh or after use (its compiled paths looked up), a validator crosses to another process
    (a process pool, Dask) and answers there as here."""
    import pickle

    bodies = [
        {"messages": [{"role": "system", "content": "hi"}]},
        {"role": "user", "content": "hi", "attachments": [{"file_id": "x", "tools": []}]},
        {"messages": [{"role": "user", "content": "hi"}], "metadata": {"a": 1}},
    ]
    validator = Validator(kind, api_version, server=server)
    copy_before = pickle.loads(pickle.dumps(validator))
    expected = [validator.validate(body) for body in bodies]
    copy_after = pickle.loads(pickle.dumps(validator))
    for copy_ in (copy_before, copy_after):
        assert repr(copy_) == repr(validator)
        assert [copy_.validate(body) for body in bodies] == expected


def test_a_process_pool_takes_validate() -> None:
    from concurrent.futures import ProcessPoolExecutor

    validator = Validator("thread")
    bodies = [{"messages": [{"role": role, "content": "hi"}]} for role in ("user", "system")]
    with ProcessPoolExecutor(max_workers=1) as pool:
        answers = list(pool.map(validator.validate, bodies))
    assert answers == [validator.validate(body) for body in bodies]
    assert answers[0] == [] and answers[1][0].code == "invalid_value"


class OwnValidator(Validator):
    pass


def test_a_validator_subclass_pickles_as_itself() -> None:
    import pickle

    copy_ = pickle.loads(pickle.dumps(OwnValidator("message", "v1")))
    assert type(copy_) is OwnValidator
    assert repr(copy_) == "Validator(kind='message', api_version='v1')"
