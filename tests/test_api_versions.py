"""API versions: the v1 (2023) schema on request, v2 by default, and v1 bodies told how to migrate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from repo_tools import load_tool

from thread_validator import Validator, _schema, is_valid, validate

ROOT = Path(__file__).resolve().parents[1]
RECORDS = json.loads((ROOT / "tests" / "data" / "sdk_payloads.json").read_text("utf-8"))
KIND = {
    "threads.create": "thread",
    "threads.create_and_run.thread": "thread",
    "threads.messages.create": "message",
}


def message_level_file_ids(record: dict) -> bool:
    payload = record["payload"]
    messages = payload.get("messages", []) if KIND[record["kind"]] == "thread" else [payload]
    return any("file_ids" in message for message in messages)


# The SDKs' generated tests of 2023-11 to 2024-04, written for the v1 API.
V1_RECORDS = [record for record in RECORDS if message_level_file_ids(record)]


def test_the_v1_schema_is_what_the_builder_makes_from_its_source() -> None:
    """Run `python tools/build_schemas.py` after changing the builder or the v1 source."""
    builder = load_tool("build_schemas")
    committed = (ROOT / "schemas" / "openai-threads-v1.schema.json").read_text("utf-8")
    assert committed == builder.render(builder.build_v1())


def test_the_v1_document_names_its_source() -> None:
    document = _schema.document("v1")
    assert document["x-provenance"]["source"] == "schemas/source/v1-2023-11-create-thread.html"
    assert "seed 000" in document["$comment"]
    message = document["$defs"]["CreateMessageRequest"]
    assert message["properties"]["role"]["enum"] == ["user"]
    assert message["properties"]["content"]["maxLength"] == 32768


def test_the_corpus_holds_v1_bodies() -> None:
    assert len(V1_RECORDS) >= 5
    assert {KIND[record["kind"]] for record in V1_RECORDS} == {"thread", "message"}


@pytest.mark.parametrize(
    "record", V1_RECORDS, ids=lambda record: record["source"].rsplit("/", 1)[-1][:40]
)
def test_v1_bodies_are_valid_under_v1(record: dict) -> None:
    problems = validate(record["payload"], kind=KIND[record["kind"]], api_version="v1")
    # Only the generator's placeholder file IDs ("string") draw a warning.
    assert problems and {(p.severity, p.rule) for p in problems} == {("warning", "O304")}


@pytest.mark.parametrize(
    "record", V1_RECORDS, ids=lambda record: record["source"].rsplit("/", 1)[-1][:40]
)
def test_v1_bodies_under_v2_are_told_to_use_attachments(record: dict) -> None:
    errors = [
        p for p in validate(record["payload"], kind=KIND[record["kind"]]) if p.severity == "error"
    ]
    assert errors
    for problem in errors:
        assert problem.code == "unknown_parameter" and problem.param.endswith("file_ids")
        assert "'attachments'" in problem.message and "'tools'" in problem.message


def test_v2_is_the_default() -> None:
    body = {"messages": [{"role": "assistant", "content": [{"type": "text", "text": "hi"}]}]}
    assert is_valid(body)
    assert is_valid(body, api_version="v2")
    assert {p.param for p in validate(body, api_version="v1")} == {
        "messages[0].role",
        "messages[0].content",
    }


def test_v1_limits() -> None:
    cases = {
        "x" * 32769: ("string_above_max_length", "S110"),
        "": ("empty_string", "S111"),
    }
    for content, (code, rule) in cases.items():
        [problem] = validate({"role": "user", "content": content}, kind="message", api_version="v1")
        assert (problem.code, problem.rule, problem.param) == (code, rule, "content")
    assert is_valid({"role": "user", "content": "x" * 32768}, kind="message", api_version="v1")
    [problem] = validate(
        {"role": "user", "content": "x", "file_ids": ["file-a"] * 11},
        kind="message",
        api_version="v1",
    )
    assert (problem.code, problem.param) == ("array_above_max_length", "file_ids")


def test_a_v2_body_under_v1_names_what_v1_lacks() -> None:
    body = {"messages": [{"role": "user", "content": "x", "attachments": []}], "tool_resources": {}}
    assert [(p.param, p.code) for p in validate(body, api_version="v1")] == [
        ("messages[0].attachments", "unknown_parameter"),
        ("tool_resources", "unknown_parameter"),
    ]


def test_the_retrieval_tool_is_renamed_file_search() -> None:
    body = {
        "role": "user",
        "content": "x",
        "attachments": [{"file_id": "file-a", "tools": [{"type": "retrieval"}]}],
    }
    [problem] = validate(body, kind="message")
    assert problem.param == "attachments[0].tools[0].type"
    assert problem.code == "invalid_value"
    assert "'retrieval' tool is called 'file_search'" in problem.message


def test_bare_tool_names_are_told_to_become_objects() -> None:
    """The SDKs' tests of 2024-04-18 wrote tools as bare strings."""
    [record] = [
        r
        for r in RECORDS
        if r["kind"] == "threads.messages.create"
        and '"tools": ["file_search"' in json.dumps(r["payload"])
    ][:1]
    errors = [p for p in validate(record["payload"], kind="message") if p.severity == "error"]
    assert errors and all(p.code == "invalid_type" for p in errors)
    assert errors[0].param == "attachments[0].tools[0]"
    assert errors[0].message.endswith("Write {'type': 'file_search'}.")


def test_unknown_versions_and_kinds_are_refused() -> None:
    with pytest.raises(ValueError, match="api_version 'v3'"):
        Validator("thread", api_version="v3")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="for API v1"):
        Validator("thread_object", api_version="v1")
    assert (
        repr(Validator("message", api_version="v1"))
        == "Validator(kind='message', api_version='v1')"
    )
