"""Server-side rules (O301-O306): warnings for limits the live API enforced beyond its spec."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from thread_validator import is_valid, validate
from thread_validator._kinds import KINDS, Context
from thread_validator._rules import RULE_BY_ID
from thread_validator._server_rules import RULE_FUNCTIONS

RECORDS = json.loads((Path(__file__).parent / "data" / "sdk_payloads.json").read_text("utf-8"))
KIND = {
    "threads.create": "thread",
    "threads.create_and_run.thread": "thread",
    "threads.messages.create": "message",
}


def user(content: object, **more: object) -> dict:
    return {"role": "user", "content": content, **more}


def warnings(
    body: object, kind: str = "thread", api_version: str = "v2"
) -> list[tuple[str | None, str | None, str]]:
    problems = validate(body, kind=kind, api_version=api_version)  # type: ignore[arg-type]
    return [(p.param, p.rule, p.code) for p in problems if p.severity == "warning"]


def test_every_server_rule_is_in_the_catalogue_as_observed_behaviour() -> None:
    for rule_id in RULE_FUNCTIONS:
        rule = RULE_BY_ID[rule_id]
        assert rule.severity == "warning" and rule.source == "observed server behaviour"


@pytest.mark.parametrize(
    "record",
    [r for r in RECORDS if r["origin"] == "live_api_recording"],
    ids=lambda r: r["source"].rsplit("/", 1)[-1][:50],
)
def test_bodies_the_live_api_accepted_break_no_server_rule(record: dict) -> None:
    assert warnings(record["payload"], KIND[record["kind"]]) == []


def test_o301_at_most_32_messages_in_a_create() -> None:
    assert warnings({"messages": [user("hi")] * 32}) == []
    assert warnings({"messages": [user("hi")] * 33}) == [
        ("messages", "O301", "array_above_max_length")
    ]
    [problem] = validate({"messages": [user("hi")] * 40})
    assert problem.message == (
        "Invalid 'messages': array too long. Expected an array with maximum length 32, but got an "
        "array with length 40 instead."
    )
    assert is_valid({"messages": [user("hi")] * 40})  # a warning, not an error


def test_o302_content_of_at_most_256000_characters() -> None:
    assert warnings(user("x" * 256_000), "message") == []
    [problem] = validate(user("x" * 1_620_133), kind="message")
    # The live API's own message for this case.
    assert problem.message == (
        "Invalid 'content': string too long. Expected a string with maximum length 256000, but got "
        "a string with length 1620133 instead."
    )
    parts = [{"type": "text", "text": "short"}, {"type": "text", "text": "x" * 256_001}]
    assert warnings({"messages": [user(parts)]}) == [
        ("messages[0].content[1].text", "O302", "string_above_max_length")
    ]


def test_o303_image_urls_are_http_or_https() -> None:
    def part(url: str) -> dict:
        return user(
            [{"type": "text", "text": "look"}, {"type": "image_url", "image_url": {"url": url}}]
        )

    for url in (
        "https://example.com/a.png",
        "http://example.com/a.png",
        "HTTPS://EXAMPLE.COM/A.PNG",
    ):
        assert warnings({"messages": [part(url)]}) == []
    [problem] = validate({"messages": [part("data:image/jpeg;base64,/9j/4AAQ")]})
    # openai/openai-python#1483: the live API's error for exactly this body shape.
    assert problem.param == "messages[0].content[1].image_url.url"
    assert problem.message.startswith(
        "Invalid 'messages[0].content[1].image_url.url'. Expected a valid URL, but got a value with an invalid format."
    )
    assert "image_file" in problem.message
    assert warnings({"messages": [part("ftp://example.com/a.png")]}) == [
        ("messages[0].content[1].image_url.url", "O303", "invalid_value")
    ]


def test_o304_file_ids_begin_with_file_dash() -> None:
    body = {
        "messages": [
            user(
                [{"type": "image_file", "image_file": {"file_id": "img-1"}}],
                attachments=[
                    {"file_id": "file-ok", "tools": [{"type": "file_search"}]},
                    {"file_id": "abc", "tools": []},
                ],
            )
        ],
        "tool_resources": {
            "code_interpreter": {"file_ids": ["file-a", "b"]},
            "file_search": {"vector_stores": [{"file_ids": ["c", "file-d"]}]},
        },
    }
    assert [param for param, rule, _ in warnings(body) if rule == "O304"] == [
        "messages[0].content[0].image_file.file_id",
        "messages[0].attachments[1].file_id",
        "tool_resources.code_interpreter.file_ids[1]",
        "tool_resources.file_search.vector_stores[0].file_ids[0]",
    ]
    [problem] = validate(user("x", attachments=[{"file_id": "abc", "tools": []}]), kind="message")
    assert (
        problem.message
        == "Invalid 'attachments[0].file_id': 'abc'. Expected an ID that begins with 'file-'."
    )


def test_o305_vector_store_ids_begin_with_vs() -> None:
    body = {"tool_resources": {"file_search": {"vector_store_ids": ["store"]}}}
    assert warnings(body) == [
        ("tool_resources.file_search.vector_store_ids[0]", "O305", "invalid_value")
    ]
    body["tool_resources"]["file_search"]["vector_store_ids"] = ["vs_abc"]
    assert warnings(body) == []


def test_o306_thread_object_ids_begin_with_thread() -> None:
    thread = {
        "id": "thr_1",
        "object": "thread",
        "created_at": 0,
        "metadata": {},
        "tool_resources": {},
    }
    assert warnings(thread, "thread_object") == [("id", "O306", "invalid_value")]
    assert warnings({**thread, "id": "thread_1"}, "thread_object") == []


def test_no_warning_where_the_schema_already_reports_an_error() -> None:
    """A place gets one problem: the schema's error, not also a server rule's warning."""
    # v1 caps content at 32,768, so the 256,000 rule has nothing to add.
    [problem] = validate(user("x" * 300_000), kind="message", api_version="v1")
    assert (problem.severity, problem.rule) == ("error", "S110")
    # A message's file_ids are unknown in v2: its IDs have no meaning to check.
    problems = validate({"messages": [user("x", file_ids=["bad"])]})
    assert [(p.code, p.severity) for p in problems] == [("unknown_parameter", "error")]
    # ...but in v1 they are file IDs.
    assert warnings({"messages": [user("x", file_ids=["bad"])]}, api_version="v1") == [
        ("messages[0].file_ids[0]", "O304", "invalid_value")
    ]
    # Parts under v1, where content must be a string: the type error says it all.
    parts = [{"type": "image_url", "image_url": {"url": "data:,x"}}]
    problems = validate({"messages": [user(parts)]}, api_version="v1")
    assert [(p.code, p.severity) for p in problems] == [("invalid_type", "error")]
    # A too-long vector_store_ids list is an error; its items' prefixes are still checked.
    body = {"tool_resources": {"file_search": {"vector_store_ids": ["vs_a", "b"]}}}
    assert [(p.param, p.severity) for p in validate(body)] == [
        ("tool_resources.file_search.vector_store_ids", "error"),
        ("tool_resources.file_search.vector_store_ids[1]", "warning"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        None,
        1,
        "x",
        [],
        {"messages": "x"},
        {"messages": [1, None, {"content": 5}]},
        {"tool_resources": {"file_search": {"vector_store_ids": [1], "vector_stores": [None]}}},
        {
            "messages": [
                user([None, {"type": "image_url"}, {"type": "image_url", "image_url": {"url": 3}}])
            ]
        },
    ],
)
def test_rules_tolerate_any_value(body: object) -> None:
    for kind in KINDS.values():
        for rule in RULE_FUNCTIONS.values():
            list(rule(body, Context(kind)))


def test_the_part_keys_the_screens_know_are_the_schema_s() -> None:
    """O307's screens test content parts against constants (no look into the schema on the way);
    they must be the keys the bundled schema names, in every API version that has such parts."""
    from thread_validator._schema import API_VERSIONS
    from thread_validator._server_rules import IMAGE_KEYS, PART_KEYS, _known_keys

    for version in API_VERSIONS:
        _, parts = _known_keys(version)
        if not parts:
            continue  # v1: no content parts, and O307 says nothing
        assert {part: known for part, (known, _) in parts.items()} == PART_KEYS
        assert {part: inner for part, (_, inner) in parts.items() if inner} == IMAGE_KEYS
