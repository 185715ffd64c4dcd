"""What real servers refused and accepted (issue 11), built from the bodies that showed it.

* The live API refused an attachment tool with a ``file_search`` member (openai/openai-node#886,
  2024-06; openai/openai-dotnet#552, 2025-07): rule O307, with the API's code and message.
* A ``data:`` image URL: the server answers ``invalid_value`` on the URL (O303), and lint L505 no
  longer claims the URL "ends in '.'"; ``api_error`` answers as the server would.
* Azure OpenAI accepted vector-store ``file_ids`` beginning ``assistant-``: ``--server azure``.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from thread_validator import Problem, api_error, validate
from thread_validator.cli import run

RECORDS = json.loads((Path(__file__).parent / "data" / "sdk_payloads.json").read_text("utf-8"))
KIND = {
    "threads.create": "thread",
    "threads.create_and_run.thread": "thread",
    "threads.messages.create": "message",
}

# The attachment of openai/openai-node#886 (the issue quotes max_num_results 5; the report had 50).
ATTACHMENT = {
    "file_id": "file-abc123",
    "tools": [{"type": "file_search", "file_search": {"max_num_results": 5}}],
}


def cli(*argv: str, cwd: Path | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return run(list(argv), out, err), out.getvalue(), err.getvalue()


def test_an_attachment_tool_with_options_is_refused_as_the_api_did() -> None:
    body = {"role": "user", "content": "Find it", "attachments": [ATTACHMENT]}
    [problem] = validate(body, kind="message")
    assert (problem.rule, problem.severity, problem.code) == (
        "O307",
        "warning",
        "unknown_parameter",
    )
    assert problem.param == "attachments[0].tools[0].file_search" and problem.on_key
    assert problem.message.startswith("Unknown parameter: 'attachments[0].tools[0].file_search'.")
    assert "max_num_results on the run's or the assistant's tools" in problem.message
    assert api_error([problem], warnings=True) == {
        "error": {
            "message": problem.message,
            "type": "invalid_request_error",
            "param": "attachments[0].tools[0].file_search",
            "code": "unknown_parameter",
        }
    }
    thread = {"messages": [{"role": "user", "content": "x", "attachments": [ATTACHMENT]}]}
    [problem] = validate(thread)
    assert problem.param == "messages[0].attachments[0].tools[0].file_search"


@pytest.mark.parametrize(
    ("part", "param", "hint"),
    [
        ({"type": "text", "text": "hi", "annotations": []}, "content[0].annotations", ""),
        (
            {"type": "image_url", "image_url": {"url": "https://a.example/c.png", "detial": "low"}},
            "content[0].image_url.detial",
            " Did you mean 'detail'?",
        ),
        (
            {"type": "image_file", "image_file": {"file_id": "file-a"}, "image_url": {}},
            "content[0].image_url",
            " Did you mean 'image_file'?",
        ),
    ],
)
def test_unknown_keys_in_parts_and_images_are_warned_as_inferred(
    part: dict, param: str, hint: str
) -> None:
    [problem] = validate({"role": "user", "content": [part]}, kind="message")
    assert (problem.rule, problem.param) == ("O307", param)
    assert problem.message == f"Unknown parameter: '{param}'.{hint}"


def test_chunking_strategies_are_closed_by_the_spec_itself() -> None:
    store = {"file_ids": ["file-a"], "chunking_strategy": {"type": "auto", "size": 1}}
    [problem] = validate({"tool_resources": {"file_search": {"vector_stores": [store]}}})
    assert (problem.rule, problem.severity) == ("S105", "error")


def test_no_recorded_body_the_api_accepted_has_an_unknown_key_in_an_open_object() -> None:
    """The evidence O307's page cites: the live recordings carry only the spec's keys there."""
    live = [record for record in RECORDS if record["origin"] == "live_api_recording"]
    assert len(live) == 28
    for record in live:
        rules = {p.rule for p in validate(record["payload"], kind=KIND[record["kind"]])}
        assert "O307" not in rules, record["source"]


def test_a_data_url_is_answered_with_the_servers_error_not_the_extension_lint() -> None:
    url = "data:image/png;base64,iVBORw0KGgo="
    body = {"messages": [{"role": "user", "content": [
        {"type": "text", "text": "What is this?"},
        {"type": "image_url", "image_url": {"url": url}},
    ]}]}  # fmt: skip
    problems = validate(body)
    assert [p.rule for p in problems] == ["O303"]
    error = api_error(problems, warnings=True)
    assert error is not None and error["error"]["code"] == "invalid_value"
    assert error["error"]["message"].startswith(
        "Invalid 'messages[0].content[1].image_url.url'. Expected a valid URL, but got a value "
        "with an invalid format."
    )
    # An http(s) URL is still linted for its extension.
    body["messages"][0]["content"][1]["image_url"]["url"] = "https://example.com/a.bmp"
    assert [p.rule for p in validate(body)] == ["L505"]


def test_api_error_answers_errors_then_server_rules_then_lint_at_one_place() -> None:
    def at(rule: str, severity: str) -> Problem:
        return Problem("/a", "a", f"code_{rule}", rule, severity, path=("a",), rule=rule)  # type: ignore[arg-type]

    lint, server, error = at("L505", "warning"), at("O303", "warning"), at("S103", "error")
    assert api_error([lint, server], warnings=True)["error"]["code"] == "code_O303"  # type: ignore[index]
    assert api_error([lint, server, error], warnings=True)["error"]["code"] == "code_S103"  # type: ignore[index]
    assert api_error([lint, server, error])["error"]["code"] == "code_S103"  # type: ignore[index]
    # Another place earlier in the body still comes first.
    earlier = at("L503", "warning")._replace(path=(), pointer="", param=None)
    assert api_error([earlier, server], warnings=True)["error"]["code"] == "code_L503"  # type: ignore[index]


# The vector store of the Azure finding: its files API issues assistant- IDs.
AZURE = {
    "tool_resources": {
        "file_search": {"vector_stores": [{"file_ids": ["assistant-Q2d8ZJ3bUxJqPkZrRs8GoE"]}]}
    }
}


def test_azure_file_ids_pass_when_the_project_targets_azure() -> None:
    [problem] = validate(AZURE)
    assert problem.rule == "O304"
    assert problem.message.endswith("Expected an ID that begins with 'file-'.")
    assert validate(AZURE, server="azure") == []
    [problem] = validate(
        {"tool_resources": {"code_interpreter": {"file_ids": ["x"]}}}, server="azure"
    )
    assert problem.message.endswith("Expected an ID that begins with 'assistant-' or 'file-'.")
    with pytest.raises(ValueError, match="unknown server"):
        validate(AZURE, server="anthropic")


def test_server_is_a_flag_and_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = tmp_path / "azure.json"
    body.write_text(json.dumps(AZURE), "utf-8")
    status, out, _ = cli("--isolated", "--strict", str(body))
    assert status == 1 and "O304" in out
    assert cli("--isolated", "--strict", "--server", "azure", str(body))[0] == 0
    assert cli("--isolated", "--server", "bogus", str(body))[0] == 2
    (tmp_path / "pyproject.toml").write_text('[tool.thread-validator]\nserver = "azure"\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli("--strict", str(body))[0] == 0
    assert cli("--strict", "--server", "openai", str(body))[0] == 1
    (tmp_path / "pyproject.toml").write_text('[tool.thread-validator]\nserver = "bogus"\n', "utf-8")
    status, _, err = cli(str(body))
    assert status == 2 and "server must be one of 'openai', 'azure'" in err


def test_a_body_of_another_kind_says_which_kind_it_looks_like() -> None:
    problems = validate({"role": "user", "content": "Hello"})
    assert [p.param for p in problems] == ["role", "content"]
    assert problems[0].message == (
        "Unknown parameter: 'role'. The body looks like a Create message body: check it as kind "
        "'message' (--kind message)."
    )
    assert problems[1].message == "Unknown parameter: 'content'."
    # A thread body with a stray key looks like no other kind: no hint.
    [problem] = validate({"messages": [], "bogus": 1})
    assert problem.message == "Unknown parameter: 'bogus'."


def test_kind_auto_decides_by_shape_and_says_what_it_decided(tmp_path: Path) -> None:
    (tmp_path / "a_message.json").write_text('{"role": "user", "content": "Hello"}', "utf-8")
    (tmp_path / "b_thread.json").write_text('{"messages": []}', "utf-8")
    (tmp_path / "c_object.yaml").write_text(
        "id: thread_abc\nobject: thread\ncreated_at: 0\nmetadata: {}\ntool_resources: {}\n"
        "---\nrole: user\ncontent: 7\n",
        "utf-8",
    )
    status, out, err = cli("--isolated", "--kind", "auto", str(tmp_path))
    assert status == 1
    assert f"{tmp_path / 'a_message.json'}: --kind auto checked a Create message body" in err
    assert f"{tmp_path / 'b_thread.json'}: --kind auto checked a Create thread body" in err
    assert (
        f"{tmp_path / 'c_object.yaml'}: --kind auto checked a thread object returned by the API, "
        "a Create message body" in err
    )
    assert "Invalid type for 'content'" in out and out.count("error") >= 1


def test_preflight_targets_a_server_too() -> None:
    from thread_validator.preflight import Preflight, PreflightError

    headers = {"OpenAI-Beta": "assistants=v2"}
    content = json.dumps(AZURE).encode()
    Preflight(strict=True, server="azure").inspect("POST", "/openai/threads", headers, content)
    with pytest.raises(PreflightError) as raised:
        Preflight(strict=True).inspect("POST", "/v1/threads", headers, content)
    [problem] = raised.value.problems
    assert problem.param == "tool_resources.file_search.vector_stores[0].file_ids[0]"
    # The thread of a create-and-run request is addressed, and named, from the whole body.
    run_body = json.dumps({"assistant_id": "asst_a", "thread": AZURE}).encode()
    with pytest.raises(PreflightError) as raised:
        Preflight(strict=True).inspect("POST", "/v1/threads/runs", headers, run_body)
    [problem] = raised.value.problems
    assert problem.param == "thread.tool_resources.file_search.vector_stores[0].file_ids[0]"
    assert problem.message.startswith(
        "Invalid 'thread.tool_resources.file_search.vector_stores[0].file_ids[0]': "
    )
