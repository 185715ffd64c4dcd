"""Response objects: the ThreadObject that create returns, for contract tests of servers and mocks."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from thread_validator import validate

DATA = Path(__file__).parent / "data"
SEED_EXAMPLE = json.loads((DATA / "thread_object_seed002.json").read_text("utf-8"))
RECORDS = json.loads((DATA / "sdk_payloads.json").read_text("utf-8"))
LIVE_RESPONSES = [
    record["live_response_body"]
    for record in RECORDS
    if record.get("live_response_body") is not None
]


def test_the_corpus_holds_live_thread_objects() -> None:
    assert len(LIVE_RESPONSES) >= 10


@pytest.mark.parametrize("thread", LIVE_RESPONSES, ids=lambda thread: thread["id"])
def test_live_thread_objects_are_valid_without_warnings(thread: dict) -> None:
    assert validate(thread, kind="thread_object") == []


def test_the_reference_example_is_valid_with_its_placeholder_ids_flagged() -> None:
    problems = validate(SEED_EXAMPLE, kind="thread_object")
    assert {p.severity for p in problems} == {"warning"}
    assert [(p.param, p.rule) for p in problems] == [
        ("id", "O306"),
        ("tool_resources.code_interpreter.file_ids[0]", "O304"),
        ("tool_resources.file_search.vector_store_ids[0]", "O305"),
    ]


def test_a_request_body_is_not_a_thread_object() -> None:
    problems = validate({"messages": []}, kind="thread_object")
    assert [(p.param, p.code) for p in problems if p.severity == "error"] == [
        ("id", "missing_required_parameter"),
        ("object", "missing_required_parameter"),
        ("created_at", "missing_required_parameter"),
        ("tool_resources", "missing_required_parameter"),
        ("metadata", "missing_required_parameter"),
    ]


@pytest.mark.parametrize(
    ("change", "param", "code"),
    [
        (("object", "threads"), "object", "invalid_value"),
        (("created_at", "2025-10-30"), "created_at", "invalid_type"),
        (("created_at", 1.5), "created_at", "invalid_type"),
        (("metadata", {str(n): "v" for n in range(17)}), "metadata", "object_above_max_properties"),
        (
            ("tool_resources", {"code_interpreter": {"file_ids": ["file-a"] * 21}}),
            "tool_resources.code_interpreter.file_ids",
            "array_above_max_length",
        ),
    ],
)
def test_a_broken_thread_object_is_reported_at_its_place(
    change: tuple, param: str, code: str
) -> None:
    thread = copy.deepcopy(LIVE_RESPONSES[0])
    key, value = change
    thread[key] = value
    [problem] = validate(thread, kind="thread_object")
    assert (problem.param, problem.code, problem.severity) == (param, code, "error")


def test_null_tool_resources_is_allowed_but_absent_is_not() -> None:
    thread = copy.deepcopy(LIVE_RESPONSES[0])
    thread["tool_resources"] = None
    assert validate(thread, kind="thread_object") == []
    del thread["tool_resources"]
    [problem] = validate(thread, kind="thread_object")
    assert problem.message == "Missing required parameter: 'tool_resources'."
