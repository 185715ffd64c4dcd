"""Lint warnings: valid bodies that are probably not what their author meant."""

from __future__ import annotations

import pytest

from thread_validator import is_valid, validate


def warnings(body: object, kind: str = "thread") -> list[tuple[str, str]]:
    return [(p.pointer, p.code) for p in validate(body, kind=kind) if p.severity == "warning"]


def user(content: object, **extra: object) -> dict:
    return {"messages": [{"role": "user", "content": content, **extra}]}


def test_warnings_do_not_make_a_body_invalid() -> None:
    body = user("")
    assert warnings(body) == [("/messages/0/content", "empty_text")]
    assert is_valid(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"tool_resources": {"code_interpreter": {"file_ids": ["file-a", "file-b", "file-a"]}}},
            [("/tool_resources/code_interpreter/file_ids/2", "duplicate_id")],
        ),
        (
            {
                "tool_resources": {
                    "file_search": {"vector_stores": [{"file_ids": ["file-a", "file-a"]}]}
                }
            },
            [("/tool_resources/file_search/vector_stores/0/file_ids/1", "duplicate_id")],
        ),
        ({"tool_resources": {"code_interpreter": {"file_ids": ["file-a", "file-A"]}}}, []),
    ],
)
def test_duplicate_ids(body: dict, expected: list) -> None:
    assert warnings(body) == expected


def test_same_file_with_the_same_tool_twice() -> None:
    attachments = [
        {"file_id": "file-a", "tools": [{"type": "file_search"}]},
        {"file_id": "file-a", "tools": [{"type": "code_interpreter"}, {"type": "file_search"}]},
    ]
    assert warnings(user("x", attachments=attachments)) == [
        ("/messages/0/attachments/1/tools/1", "duplicate_attachment")
    ]


def test_same_file_with_different_tools_is_fine() -> None:
    """The live API accepted this (recorded openai-dotnet session)."""
    attachments = [
        {"file_id": "file-a", "tools": [{"type": "file_search"}]},
        {"file_id": "file-a", "tools": [{"type": "code_interpreter"}]},
    ]
    assert warnings(user("x", attachments=attachments)) == []


def test_empty_text_part_and_message_kind() -> None:
    assert warnings(
        {"role": "user", "content": [{"type": "text", "text": ""}]}, kind="message"
    ) == [("/content/0/text", "empty_text")]


def test_metadata_keys_differing_in_case_everywhere() -> None:
    body = {
        "metadata": {"Owner": "a", "owner": "b"},
        "messages": [{"role": "user", "content": "x", "metadata": {"k": "1", "K": "2"}}],
        "tool_resources": {"file_search": {"vector_stores": [{"metadata": {"ß": "1", "SS": "2"}}]}},
    }
    found = validate(body)
    assert [(p.pointer, p.code) for p in found] == [
        ("/metadata/owner", "metadata_key_case"),
        ("/messages/0/metadata/K", "metadata_key_case"),
        ("/tool_resources/file_search/vector_stores/0/metadata/SS", "metadata_key_case"),
    ]
    assert all(p.on_key for p in found)


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("https://example.com/a.png", False),
        ("https://example.com/a.JPEG?size=large#x", False),
        ("https://example.com/images/cat", False),
        ("https://example.com/a.bmp", True),
        ("https://example.com/a.svg?x=.png", True),
        ("https://example.com/a.tiff", True),
    ],
)
def test_image_url_extension(url: str, warned: bool) -> None:
    body = user([{"type": "image_url", "image_url": {"url": url}}])
    assert warnings(body) == (
        [("/messages/0/content/0/image_url/url", "unsupported_image_extension")] if warned else []
    )


def test_rules_ignore_values_the_schema_already_rejects() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": [{"type": "text", "text": 5}, "x"],
                "attachments": [{"file_id": 1, "tools": "x"}],
            }
        ],
        "metadata": ["a"],
        "tool_resources": {"code_interpreter": {"file_ids": [1, 1]}},
    }
    assert warnings(body) == []
    assert validate(body)
