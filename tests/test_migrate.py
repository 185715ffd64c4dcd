"""The converter: thread bodies to Conversations plans, the mapping, the losses, and applying a
plan through the real openai SDK against a mock that validates every request with our own kinds."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import pytest
import yaml
from openai_mock import Server, http_server, sdk_client

from thread_validator import InvalidBody, validate
from thread_validator._rules import RULE_BY_ID, catalogue
from thread_validator.cli import run
from thread_validator.migrate import ApplyError, Migration, apply, resolve_tools, to_conversation

ROOT = Path(__file__).resolve().parents[1]
SDK = json.loads((ROOT / "tests" / "data" / "sdk_payloads.json").read_text("utf-8"))
SDK_KIND = {
    "threads.create": "thread",
    "threads.create_and_run.thread": "thread",
    "threads.messages.create": "message",
}
PLAN_KEYS = ["vector_stores", "conversation", "item_batches", "tools", "losses"]


def user(text: str) -> dict:
    return {"role": "user", "content": text}


def losses(migration: Migration) -> list[tuple[str, str, str]]:
    return [(loss.pointer, loss.code, loss.rule) for loss in migration.losses]


# --- the mapping ----------------------------------------------------------------------------


def test_plan_has_exactly_the_documented_keys_and_is_json() -> None:
    plan = to_conversation({"messages": [user("hi")]}).to_dict()
    assert list(plan) == PLAN_KEYS
    assert json.loads(json.dumps(plan)) == plan


def test_user_parts_become_input_parts_with_detail_always_set() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "  exactly this\n"},
                    {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
                    {
                        "type": "image_url",
                        "image_url": {"url": "https://example.com/b.png", "detail": "low"},
                    },
                    {"type": "image_file", "image_file": {"file_id": "file-abc"}},
                    {"type": "image_file", "image_file": {"file_id": "file-def", "detail": "high"}},
                ],
            }
        ]
    }
    migration = to_conversation(body)
    assert migration.conversation == {
        "items": [
            {
                "type": "message",
                "role": "user",
                "content": [
                    {"type": "input_text", "text": "  exactly this\n"},
                    {
                        "type": "input_image",
                        "image_url": "https://example.com/a.png",
                        "detail": "auto",
                    },
                    {
                        "type": "input_image",
                        "image_url": "https://example.com/b.png",
                        "detail": "low",
                    },
                    {"type": "input_image", "file_id": "file-abc", "detail": "auto"},
                    {"type": "input_image", "file_id": "file-def", "detail": "high"},
                ],
            }
        ]
    }
    assert migration.losses == () and migration.validate() == []


def test_string_content_keeps_its_text_and_every_item_has_type_message() -> None:
    migration = to_conversation(
        {"messages": [user("héllo 👋"), {"role": "assistant", "content": ""}]}
    )
    assert migration.conversation["items"] == [
        {"type": "message", "role": "user", "content": "héllo 👋"},
        {"type": "message", "role": "assistant", "content": ""},
    ]


def test_assistant_text_parts_are_joined_into_string_content_and_the_join_is_reported() -> None:
    body = {
        "messages": [
            {
                "role": "assistant",
                "content": [{"type": "text", "text": "one"}, {"type": "text", "text": "two"}],
            }
        ]
    }
    migration = to_conversation(body)
    assert migration.conversation["items"][0]["content"] == "one\n\ntwo"
    assert losses(migration) == [("/messages/0/content", "assistant_parts_joined", "M603")]


def test_assistant_image_parts_are_losses_and_an_image_only_message_becomes_no_item() -> None:
    image = {"type": "image_file", "image_file": {"file_id": "file-img"}}
    body = {
        "messages": [
            {"role": "assistant", "content": [{"type": "text", "text": "chart:"}, image]},
            {"role": "assistant", "content": [image]},
            user("thanks"),
        ]
    }
    migration = to_conversation(body)
    assert [item["content"] for item in migration.conversation["items"]] == ["chart:", "thanks"]
    assert losses(migration) == [
        ("/messages/0/content/1", "assistant_image_dropped", "M602"),
        ("/messages/1/content/0", "assistant_image_dropped", "M602"),
        ("/messages/1", "assistant_message_dropped", "M602"),
    ]


def test_message_metadata_is_a_loss_and_thread_metadata_is_kept() -> None:
    body = {"metadata": {"team": "a"}, "messages": [{**user("hi"), "metadata": {"k": "v"}}]}
    migration = to_conversation(body)
    assert migration.conversation["metadata"] == {"team": "a"}
    (loss,) = migration.losses
    assert (loss.pointer, loss.param, loss.code, loss.rule) == (
        "/messages/0/metadata",
        "messages[0].metadata",
        "message_metadata_dropped",
        "M601",
    )
    assert loss.severity == "warning"


def test_45_messages_give_20_items_then_batches_of_20_and_5_in_order() -> None:
    body = {"messages": [user(f"message {n}") for n in range(45)]}
    migration = to_conversation(body)
    assert len(migration.conversation["items"]) == 20
    assert [len(batch["items"]) for batch in migration.item_batches] == [20, 5]
    texts = [item["content"] for item in migration.conversation["items"]] + [
        item["content"] for batch in migration.item_batches for item in batch["items"]
    ]
    assert texts == [f"message {n}" for n in range(45)]
    assert migration.validate() == []


def test_a_vector_store_of_1200_files_gives_500_in_the_create_and_the_rest_in_batches() -> None:
    files = [f"file-{n:04d}" for n in range(1200)]
    strategy = {
        "type": "static",
        "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400},
    }
    body = {
        "tool_resources": {
            "file_search": {
                "vector_stores": [
                    {"file_ids": files, "chunking_strategy": strategy, "metadata": {"a": "b"}}
                ]
            }
        }
    }
    migration = to_conversation(body)
    (store,) = migration.vector_stores
    assert store["create"] == {
        "file_ids": files[:500],
        "chunking_strategy": strategy,
        "metadata": {"a": "b"},
    }
    assert store["file_batches"] == [{"file_ids": files[500:], "chunking_strategy": strategy}]
    assert migration.tools == [
        {"type": "file_search", "vector_store_ids": ["$vector_stores[0].id"]}
    ]
    assert migration.validate() == []


def test_batches_hold_at_most_2000_files() -> None:
    files = [f"file-{n:05d}" for n in range(5000)]
    body = {"tool_resources": {"file_search": {"vector_stores": [{"file_ids": files}]}}}
    (store,) = to_conversation(body).vector_stores
    assert [len(batch["file_ids"]) for batch in store["file_batches"]] == [2000, 2000, 500]


def test_tool_resources_become_responses_tools() -> None:
    body = {
        "tool_resources": {
            "code_interpreter": {"file_ids": ["file-a", "file-b"]},
            "file_search": {"vector_store_ids": ["vs_existing"]},
        }
    }
    assert to_conversation(body).tools == [
        {"type": "file_search", "vector_store_ids": ["vs_existing"]},
        {
            "type": "code_interpreter",
            "container": {"type": "auto", "file_ids": ["file-a", "file-b"]},
        },
    ]


def test_attachments_go_to_the_container_and_to_a_vector_store_by_default() -> None:
    body = {
        "tool_resources": {"code_interpreter": {"file_ids": ["file-ci"]}},
        "messages": [
            {
                **user("see files"),
                "attachments": [
                    {
                        "file_id": "file-both",
                        "tools": [{"type": "file_search"}, {"type": "code_interpreter"}],
                    },
                    {"file_id": "file-fs", "tools": [{"type": "file_search"}]},
                ],
            }
        ],
    }
    migration = to_conversation(body)
    assert migration.conversation["items"][0]["content"] == "see files"
    assert migration.vector_stores == [
        {
            "create": {"name": "Thread attachments", "file_ids": ["file-both", "file-fs"]},
            "file_batches": [],
        }
    ]
    assert migration.tools == [
        {"type": "file_search", "vector_store_ids": ["$vector_stores[0].id"]},
        {
            "type": "code_interpreter",
            "container": {"type": "auto", "file_ids": ["file-ci", "file-both"]},
        },
    ]
    assert migration.validate() == []


def test_attachments_as_input_file_parts() -> None:
    body = {
        "messages": [
            {
                **user("see file"),
                "attachments": [{"file_id": "file-fs", "tools": [{"type": "file_search"}]}],
            },
            {
                "role": "assistant",
                "content": "mine",
                "attachments": [{"file_id": "file-as", "tools": [{"type": "file_search"}]}],
            },
        ]
    }
    migration = to_conversation(body, attachments="input_file")
    assert migration.conversation["items"][0]["content"] == [
        {"type": "input_text", "text": "see file"},
        {"type": "input_file", "file_id": "file-fs"},
    ]
    # An assistant item cannot carry input_file: its file goes to the vector store, reported.
    assert migration.vector_stores[0]["create"]["file_ids"] == ["file-as"]
    assert losses(migration) == [("/messages/1/attachments", "attachment_to_vector_store", "M606")]
    assert migration.validate() == []


def test_v1_bodies_convert_and_their_file_ids_go_to_file_search() -> None:
    body = {"messages": [{"role": "user", "content": "Summarise", "file_ids": ["file-v1"]}]}
    migration = to_conversation(body, api_version="v1")
    assert migration.conversation["items"] == [
        {"type": "message", "role": "user", "content": "Summarise"}
    ]
    assert migration.vector_stores[0]["create"]["file_ids"] == ["file-v1"]
    assert losses(migration) == [("/messages/0/file_ids/0", "v1_file_tool_assumed", "M604")]


def test_more_than_50_container_files_are_reported_past_the_limit() -> None:
    ci = [f"file-t{n:02d}" for n in range(20)]
    attached = [f"file-a{n:02d}" for n in range(40)]
    body = {
        "tool_resources": {"code_interpreter": {"file_ids": ci}},
        "messages": [
            {
                **user("x"),
                "attachments": [
                    {"file_id": f, "tools": [{"type": "code_interpreter"}]} for f in attached
                ],
            }
        ],
    }
    migration = to_conversation(body)
    assert migration.tools[0]["container"]["file_ids"] == ci + attached[:30]
    assert [loss.pointer for loss in migration.losses] == [
        f"/messages/0/attachments/{n}/file_id" for n in range(30, 40)
    ]
    assert {loss.rule for loss in migration.losses} == {"M605"}
    assert migration.validate() == []


def test_a_message_body_converts_into_one_items_body() -> None:
    migration = to_conversation(
        {"role": "user", "content": "hi", "metadata": {"k": "v"}}, kind="message"
    )
    assert migration.conversation is None
    assert migration.item_batches == [
        {"items": [{"type": "message", "role": "user", "content": "hi"}]}
    ]
    assert losses(migration) == [("/metadata", "message_metadata_dropped", "M601")]
    assert migration.validate() == []


def test_an_invalid_body_is_refused_with_its_problems() -> None:
    with pytest.raises(InvalidBody) as caught:
        to_conversation({"messages": [{"role": "system", "content": "x"}]})
    assert [(p.pointer, p.code) for p in caught.value.errors] == [
        ("/messages/0/role", "invalid_value")
    ]
    with pytest.raises(InvalidBody):
        to_conversation(["not", "a", "body"])


def test_bad_arguments_are_value_errors() -> None:
    with pytest.raises(ValueError, match="kind"):
        to_conversation({}, kind="thread_object")
    with pytest.raises(ValueError, match="attachments"):
        to_conversation({}, attachments="inline")


def test_the_body_is_never_modified_and_the_plan_is_a_copy() -> None:
    body = {
        "metadata": {"a": "b"},
        "messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
        "tool_resources": {
            "file_search": {"vector_stores": [{"chunking_strategy": {"type": "auto"}}]}
        },
    }
    before = copy.deepcopy(body)
    migration = to_conversation(body)
    plan = migration.to_dict()
    plan["conversation"]["metadata"]["a"] = "changed"
    plan["vector_stores"][0]["create"]["chunking_strategy"]["type"] = "static"
    assert body == before
    assert migration.to_dict()["conversation"]["metadata"] == {"a": "b"}


def test_an_empty_thread_is_an_empty_conversation() -> None:
    migration = to_conversation({})
    assert migration.to_dict() == {
        "vector_stores": [],
        "conversation": {},
        "item_batches": [],
        "tools": [],
        "losses": [],
    }


# --- the real bodies and the fixtures --------------------------------------------------------


def _valid_sdk_records():
    for record in SDK:
        kind = SDK_KIND[record["kind"]]
        if not [p for p in validate(record["payload"], kind=kind) if p.severity == "error"]:
            yield record, kind


def test_every_real_body_valid_by_the_spec_converts_into_valid_requests() -> None:
    converted = 0
    for record, kind in _valid_sdk_records():
        migration = to_conversation(record["payload"], kind=kind)
        problems = migration.validate()
        assert [p for p in problems if p.severity == "error"] == [], record["source"]
        # A warning the plan carries is one the thread had (an SDK test's placeholder file ID).
        warned = {p.rule for p in validate(record["payload"], kind=kind)}
        assert {p.rule for p in problems} <= warned, record["source"]
        converted += 1
    assert converted == 48


@pytest.mark.parametrize("attachments", ["vector_store", "input_file"])
def test_every_valid_fixture_converts_into_valid_requests(attachments: str) -> None:
    paths = sorted((ROOT / "tests" / "corpus").glob("*/valid/*.json"))
    assert paths
    for path in paths:
        kind = path.parts[-3]
        if kind not in ("thread", "message"):
            continue
        migration = to_conversation(
            json.loads(path.read_text("utf-8")), kind=kind, attachments=attachments
        )
        assert migration.validate() == [], path.name


# --- the loss rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rule", [each for each in catalogue() if each.id.startswith("M")], ids=lambda rule: rule.id
)
def test_each_loss_rule_is_reported_for_its_bad_example_and_not_its_good_one(rule) -> None:
    if rule.id == "M605":  # its examples describe 51 files; see the container test above
        return
    kind = "thread"
    attachments = "input_file" if rule.id == "M606" else "vector_store"
    bad = to_conversation(
        json.loads(rule.bad), kind=kind, api_version=rule.api_version, attachments=attachments
    )
    assert rule.id in {loss.rule for loss in bad.losses}
    good = to_conversation(
        json.loads(rule.good), kind=kind, api_version=rule.api_version, attachments=attachments
    )
    assert good.losses == ()
    for loss in bad.losses:
        assert loss.code in RULE_BY_ID[loss.rule].codes


# --- applying a plan through the SDK -------------------------------------------------------------


def _big_thread() -> dict:
    return {
        "metadata": {"origin": "import"},
        "messages": [user(f"m{n}") for n in range(45)],
        "tool_resources": {
            "code_interpreter": {"file_ids": ["file-ci"]},
            "file_search": {
                "vector_stores": [{"file_ids": [f"file-{n:04d}" for n in range(1200)]}]
            },
        },
    }


def test_apply_creates_stores_then_batches_then_the_conversation_then_items_in_order() -> None:
    server = Server()
    migration = to_conversation(_big_thread())
    applied = apply(migration, sdk_client(server))
    assert server.refused == []
    store = "vs_" + f"{1:032d}"
    assert server.paths() == [
        "/v1/vector_stores",
        f"/v1/vector_stores/{store}/file_batches",
        "/v1/conversations",
        f"/v1/conversations/{applied.conversation_id}/items",
        f"/v1/conversations/{applied.conversation_id}/items",
    ]
    sent_items = [
        body["items"]
        for _, _, kind, body in server.requests
        if kind != "vector_store" and "items" in body
    ]
    assert [len(items) for items in sent_items] == [20, 20, 5]
    assert applied.tools == [
        {"type": "file_search", "vector_store_ids": [store]},
        {"type": "code_interpreter", "container": {"type": "auto", "file_ids": ["file-ci"]}},
    ]
    assert validate(applied.tools[0], kind="response_tool") == []


def test_the_mock_refuses_what_the_new_kinds_refuse() -> None:
    """The mock is a real check: a plan spoiled by hand is answered 400 and the SDK raises."""
    server = Server()
    migration = to_conversation({"messages": [user("hi")]})
    migration.conversation["items"][0]["content"] = [{"type": "input_image", "file_id": "file-x"}]
    with pytest.raises(ApplyError) as caught:
        apply(migration, sdk_client(server))
    assert "detail" in str(caught.value)
    assert server.refused[0][1]["error"]["code"] == "missing_required_parameter"


@pytest.mark.parametrize("fail_at", range(5))
def test_a_failure_part_way_resumes_without_creating_anything_twice(fail_at: int) -> None:
    server = Server(fail_at=fail_at)
    migration = to_conversation(_big_thread())
    client = sdk_client(server)
    with pytest.raises(ApplyError) as caught:
        apply(migration, client)
    assert caught.value.applied is migration.applied
    done_before = list(server.paths())
    applied = apply(migration, client)
    # Every request went through exactly once, in the plan's order.
    assert len(server.paths()) == 5 and server.paths()[: len(done_before)] == done_before
    assert [kind for _, _, kind, _ in server.requests] == [
        "vector_store",
        "vector_store_file_batch",
        "conversation",
        "conversation_items",
        "conversation_items",
    ]
    assert applied.conversation_id.startswith("conv_")


def test_the_record_survives_json_so_a_new_process_can_resume() -> None:
    server = Server(fail_at=3)
    migration = to_conversation(_big_thread())
    with pytest.raises(ApplyError):
        apply(migration, sdk_client(server))
    again = to_conversation(_big_thread())
    again.applied = json.loads(json.dumps(migration.applied))
    apply(again, sdk_client(server))
    assert len(server.requests) == 5


def test_a_message_plan_adds_its_items_to_the_conversation_given() -> None:
    server = Server()
    migration = to_conversation(user("hi"), kind="message")
    with pytest.raises(ValueError, match="conversation_id"):
        apply(migration, sdk_client(server))
    applied = apply(migration, sdk_client(server), conversation_id="conv_existing")
    assert server.paths() == ["/v1/conversations/conv_existing/items"]
    assert applied.conversation_id == "conv_existing"


def test_resolve_tools_substitutes_only_placeholders() -> None:
    tools = [{"type": "file_search", "vector_store_ids": ["vs_kept", "$vector_stores[1].id"]}]
    assert resolve_tools(tools, ["vs_a", "vs_b"]) == [
        {"type": "file_search", "vector_store_ids": ["vs_kept", "vs_b"]}
    ]
    assert tools[0]["vector_store_ids"][1] == "$vector_stores[1].id"


# --- command line -----------------------------------------------------------------------------


def _run(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["migrate", *argv], out, err, io.BytesIO(stdin))
    return code, out.getvalue(), err.getvalue()


THREAD_YAML = """\
metadata:
  project: demo
messages:
  - role: user
    content: Summarise the report
    metadata: {source: import}
  - role: assistant
    content:
      - type: text
        text: Here it is.
      - type: image_file
        image_file: {file_id: file-chart}
"""


def test_cli_writes_the_plan_to_stdout_and_losses_with_line_and_column(tmp_path: Path) -> None:
    source = tmp_path / "thread.json"
    source.write_text(json.dumps({"messages": [{**user("hi"), "metadata": {"k": "v"}}]}, indent=2))
    before = source.read_bytes()
    code, out, err = _run(str(source))
    assert code == 0
    plan = json.loads(out)
    assert list(plan) == PLAN_KEYS
    assert plan["conversation"]["items"] == [{"type": "message", "role": "user", "content": "hi"}]
    assert err == (
        f"{source}:6:19: warning message_metadata_dropped A conversation item has no metadata: "
        "the message's metadata (1 key) is not carried over. [M601]\n"
    )
    assert plan["losses"][0]["line"] == 6
    assert source.read_bytes() == before


def test_cli_writes_yaml_plans_for_yaml_input_into_out(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures" / "nested"
    fixtures.mkdir(parents=True)
    (fixtures / "thread.yaml").write_text(THREAD_YAML)
    (tmp_path / "fixtures" / "other.json").write_text(json.dumps({"messages": [user("x")]}))
    out = tmp_path / "plans"
    code, stdout, _ = _run(str(tmp_path / "fixtures"), "--out", str(out))
    assert code == 0
    plan = yaml.safe_load((out / "nested" / "thread.plan.yaml").read_text())
    assert plan["conversation"]["metadata"] == {"project": "demo"}
    assert [loss["rule"] for loss in plan["losses"]] == ["M601", "M602"]
    assert (
        json.loads((out / "other.plan.json").read_text())["conversation"]["items"][0]["content"]
        == "x"
    )
    assert "thread.yaml:6:15: warning message_metadata_dropped" in stdout
    assert "thread.yaml:11:9: warning assistant_image_dropped" in stdout
    # Running again over a folder that now holds plans reads only the bodies.
    code, _, _ = _run(str(tmp_path), "--out", str(out))
    assert code == 0


def test_cli_invalid_body_exits_1_with_its_problems_and_writes_no_plan(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"messages": [{"role": "system", "content": "x"}]}')
    code, out, _ = _run(str(bad), "--out", str(tmp_path / "plans"))
    assert code == 1
    assert f"{bad}:1:24: error invalid_value" in out
    assert not (tmp_path / "plans" / "bad.plan.json").exists()


def test_cli_usage_errors_exit_2(tmp_path: Path) -> None:
    assert _run()[0] == 2
    assert _run(str(tmp_path / "missing.json"))[0] == 2
    assert _run("--attachments", "inline", "x.json")[0] == 2
    file = tmp_path / "file"
    file.write_text("")
    assert _run(str(tmp_path), "--out", str(file))[0] == 2


def test_cli_usage_goes_to_the_error_stream_it_was_given() -> None:
    """Without a PATH, the usage line and the error go to standard error, as for a bad option
    (the usage went to the output stream when the streams were not sys's)."""
    code, out, err = _run()
    assert (code, out) == (2, "")
    assert err.startswith("usage: thread-validator migrate")
    assert err.endswith("error: give at least one PATH\n")


def test_cli_reads_standard_input_and_input_file_attachments() -> None:
    body = {
        "messages": [
            {
                **user("see"),
                "attachments": [{"file_id": "file-1", "tools": [{"type": "file_search"}]}],
            }
        ]
    }
    code, out, _ = _run("-", "--attachments", "input_file", stdin=json.dumps(body).encode())
    assert code == 0
    assert json.loads(out)["conversation"]["items"][0]["content"][1] == {
        "type": "input_file",
        "file_id": "file-1",
    }


def test_cli_help_names_the_options() -> None:
    code, out, _ = _run("--help")
    assert code == 0
    for option in ("--out", "--attachments", "--apply", "--kind", "--api-version"):
        assert option in out


def test_cli_apply_runs_the_plans_against_openai_base_url(tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "thread.json"
    source.write_text(json.dumps(_big_thread()))
    # A 403, which the SDK does not retry by itself (a 500 or a 409 it would, with back-off).
    server = Server(fail_at=2, fail_status=403)
    with http_server(server) as base_url:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        monkeypatch.setenv("OPENAI_BASE_URL", base_url)
        code, out, _ = _run(str(source), "--out", str(tmp_path / "plans"), "--apply")
        assert code == 1
        first = list(server.paths())
        code_again, out_again, _ = _run(str(source), "--out", str(tmp_path / "plans"), "--apply")
    assert server.refused == []
    assert code_again == 0, out_again
    assert (
        "will create vector store 0 (1200 files, 1 file batches), a conversation with 20 items"
        in out
    )
    assert "resuming from" in out_again
    assert len(server.paths()) == 5 and server.paths()[: len(first)] == first
    record = json.loads((tmp_path / "plans" / "thread.0.applied.json").read_text())
    assert record["tools"][0]["vector_store_ids"][0].startswith("vs_")
    assert "conversation conv_" in out_again


def test_a_message_of_assistant_images_only_adds_nothing() -> None:
    image = {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}
    migration = to_conversation({"role": "assistant", "content": [image]}, kind="message")
    assert migration.item_batches == []
    assert [loss.code for loss in migration.losses] == [
        "assistant_image_dropped",
        "assistant_message_dropped",
    ]


# --- the README -------------------------------------------------------------------------------

SECTION = "Migrating to Conversations and Responses"


def test_the_readme_example_prints_what_it_says_and_its_plan_is_the_json_shown(capsys) -> None:
    from readme_blocks import README, python_blocks
    from test_readme_beyond import expected_output

    example, _, checking = python_blocks(SECTION)
    namespace = {"__name__": "readme_example"}
    exec(compile(example, "<README.md: migrate>", "exec"), namespace)
    printed = " ".join(capsys.readouterr().out.split())
    assert printed == " ".join(expected_output(example).split())
    text = README.read_text("utf-8")
    section = text[text.index(f"\n## {SECTION}\n") :]
    shown = json.loads(section.split("```json\n", 1)[1].split("```", 1)[0])
    assert shown == namespace["migration"].to_dict()

    exec(compile(checking, "<README.md: successor kinds>", "exec"), {"__name__": "readme_example"})
    printed = " ".join(capsys.readouterr().out.split())
    assert printed == " ".join(expected_output(checking).split())


def test_the_readme_apply_example_runs_against_the_mock(monkeypatch, capsys) -> None:
    from readme_blocks import python_blocks

    example, applying, _ = python_blocks(SECTION)
    server = Server()
    with http_server(server) as base_url:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        monkeypatch.setenv("OPENAI_BASE_URL", base_url)
        namespace = {"__name__": "readme_example"}
        exec(compile(example, "<README.md: migrate>", "exec"), namespace)
        exec(compile(applying, "<README.md: apply>", "exec"), namespace)
    assert server.refused == []
    assert server.paths()[-1] == "/v1/responses"
    assert [kind for _, _, kind, _ in server.requests] == [
        "vector_store",
        "conversation",
        "response",
    ]
    assert namespace["response"].id.startswith("resp_")


def test_an_installed_wheel_carries_the_converter_and_the_conversations_schema(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys
    import zipfile

    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("thread_validator-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "thread_validator/migrate/__init__.py" in names
    assert "thread_validator/schemas/openai-conversations.schema.json" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "from thread_validator.migrate import to_conversation;"
        "m = to_conversation({'messages': [{'role': 'user', 'content': 'hi'}]});"
        "print(m.validate(), m.conversation)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site)},
        check=True,
        capture_output=True,
        text=True,
    )
    assert result.stdout == "[] {'items': [{'type': 'message', 'role': 'user', 'content': 'hi'}]}\n"


def _plan_problems(plan: dict) -> list:
    """Every problem of a plan read back from a file, each request under its successor kind."""
    requests = []
    for store in plan["vector_stores"]:
        requests.append(("vector_store", store["create"]))
        requests += [("vector_store_file_batch", batch) for batch in store["file_batches"]]
    if plan["conversation"] is not None:
        requests.append(("conversation", plan["conversation"]))
    requests += [("conversation_items", batch) for batch in plan["item_batches"]]
    requests += [("response_tool", tool) for tool in plan["tools"]]
    return [problem for kind, body in requests for problem in validate(body, kind=kind)]


@pytest.mark.parametrize("folder", ["tests/files/valid", "tests/corpus/thread/valid"])
def test_cli_converts_a_fixture_folder_into_valid_plans(folder: str, tmp_path: Path) -> None:
    code, _, err = _run(str(ROOT / folder), "--out", str(tmp_path))
    assert code == 0, err
    plans = sorted(tmp_path.rglob("*.plan.*"))
    inputs = [p for p in (ROOT / folder).iterdir() if p.suffix in (".json", ".yaml", ".yml")]
    assert len(plans) == len(inputs)
    for path in plans:
        text = path.read_text("utf-8")
        documents = list(yaml.safe_load_all(text)) if path.suffix == ".yaml" else [json.loads(text)]
        for plan in documents:
            assert list(plan) == PLAN_KEYS
            assert _plan_problems(plan) == [], path.name


def test_cli_yaml_stream_gives_one_plan_per_document_and_v1_and_message_kinds(
    tmp_path: Path,
) -> None:
    stream = tmp_path / "stream.yaml"
    stream.write_text(
        "messages: [{role: user, content: one}]\n---\nmessages: [{role: user, content: two}]\n"
    )
    code, out, _ = _run(str(stream))
    assert code == 0
    plans = list(yaml.safe_load_all(out))
    assert [p["conversation"]["items"][0]["content"] for p in plans] == ["one", "two"]

    v1 = tmp_path / "v1.json"
    v1.write_text('{"messages": [{"role": "user", "content": "x", "file_ids": ["file-1"]}]}')
    code, out, err = _run(str(v1), "--api-version", "v1")
    assert code == 0 and "[M604]" in err
    assert _run(str(v1))[0] == 1  # file_ids are not v2

    message = tmp_path / "message.json"
    message.write_text('{"role": "user", "content": "hi"}')
    code, out, _ = _run(str(message), "--kind", "message")
    assert code == 0
    assert json.loads(out)["item_batches"] == [
        {"items": [{"type": "message", "role": "user", "content": "hi"}]}
    ]
