"""A rule is one registration, a kind is one declaration: everything else picks them up.

These tests add a throwaway rule and a throwaway kind the way a new one is added (one ``rule``
decorator on a check; one ``Kind`` declaration whose definition is in the bundled schema), and
check that validation, the README's rules table, ``--explain``, ``--select``/``--ignore``, SARIF,
``--kind``, ``--kind auto`` and pre-flight all see them, with nothing else edited.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from repo_tools import load_tool

from thread_validator import validate
from thread_validator._kinds import Endpoint, Kind, declare, undeclare
from thread_validator._problem import Problem
from thread_validator._rules import RULE_BY_ID, Hit, catalogue, rule, rule_for, unregister
from thread_validator._walk import messages
from thread_validator.cli import run
from thread_validator.preflight import Preflight, PreflightError


def table() -> str:
    """The README's rules table as tools/rules_table.py writes it (the tool is not installed)."""
    return str(load_tool("rules_table").table())


@pytest.fixture
def shouting_rule() -> Iterator[str]:
    @rule(
        "L599",
        "shouting-text",
        "warning",
        summary="A message is written in capitals.",
        explanation="Capitals read as shouting; a throwaway rule of the registration tests.",
        bad='{"messages": [{"role": "user", "content": "HELLO THERE"}]}',
        good='{"messages": [{"role": "user", "content": "Hello there"}]}',
        messages={"shouting_text": "Shouting in {where}: {size} capital letters."},
    )
    def shouting(body, context):
        for path, message in messages(body, context):
            content = message.get("content")
            if isinstance(content, str) and content.isupper():
                yield Hit((*path, "content"), "shouting_text", {"size": len(content)})

    yield "L599"
    unregister("L599")


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return run(["--isolated", *argv], out, err), out.getvalue(), err.getvalue()


def test_a_registered_rule_checks_bodies_from_its_template(shouting_rule: str) -> None:
    [problem] = validate({"messages": [{"role": "user", "content": "HELLO"}]})
    assert problem.rule == "L599" and problem.code == "shouting_text"
    assert problem.severity == "warning" and problem.param == "messages[0].content"
    assert problem.message == "Shouting in 'messages[0].content': 5 capital letters."
    assert validate({"messages": [{"role": "user", "content": "Hello"}]}) == []


def test_a_registered_rule_is_in_the_catalogue_table_and_explain(
    shouting_rule: str, tmp_path: Path
) -> None:
    ids = [each.id for each in catalogue()]
    assert ids.index("L599") == ids.index("L505") + 1  # after the other lint rules
    assert ids.index("L599") < ids.index("F401")
    assert "| L599 | shouting-text | warning | lint | A message is written in capitals." in table()
    status, out, _ = cli("--explain", "shouting-text")
    assert status == 0 and out.startswith("L599 shouting-text (warning, from the lint)")

    body = tmp_path / "body.json"
    body.write_text('{"messages": [{"role": "user", "content": "HELLO"}]}', "utf-8")
    status, out, _ = cli("--format", "sarif", str(body))
    [run_] = json.loads(out)["runs"]
    [described] = run_["tool"]["driver"]["rules"]
    assert described["id"] == "L599" and described["name"] == "ShoutingText"
    assert described["properties"]["codes"] == ["shouting_text"]
    status, out, _ = cli("--strict", "--ignore", "shouting-text", str(body))
    assert status == 0 and "L599" not in out


def test_registration_refuses_a_rule_that_is_not_well_formed(shouting_rule: str) -> None:
    with pytest.raises(ValueError, match="already registered"):
        rule(
            "L599",
            "other-name",
            "warning",
            summary="",
            explanation="",
            bad="",
            good="",
            messages={"x": "{where}"},
        )(lambda body, context: ())
    with pytest.raises(ValueError, match="template for each of its codes"):
        rule(
            "L598",
            "no-template",
            "warning",
            summary="",
            explanation="",
            bad="",
            good="",
            codes=("x",),
        )(lambda body, context: ())
    assert "L598" not in RULE_BY_ID


def test_rule_for_never_raises() -> None:
    unknown = Problem("", None, "a_code_no_rule_reports", "message")
    assert rule_for(unknown) is None
    assert rule_for(unknown._replace(rule="Z999")) is None
    assert rule_for(unknown._replace(schema_path="#/$defs/X/notAKeyword")) is None


@pytest.fixture
def note_kind() -> Iterator[str]:
    # A kind whose definition is already in the bundled schema: a metadata object on its own,
    # sent (in this test's imagination) to POST /v1/notes.
    declare(
        Kind(
            "note",
            "Metadata",
            "a note (a metadata object)",
            endpoints=(Endpoint("POST", "/v1/notes", r"(?:^|/)notes$"),),
            metadata=((),),
        )
    )
    yield "note"
    undeclare("note")


def test_a_declared_kind_is_checked_by_its_definition_and_tables(note_kind: str) -> None:
    assert validate({"a": "b"}, kind="note") == []
    problems = validate({f"k{i}": "v" for i in range(17)}, kind="note")
    assert [(p.rule, p.param) for p in problems] == [("P202", None)]
    # The rules read where metadata sits from the declaration: here, the body itself.
    [problem] = validate({"Owner": "a", "owner": "b"}, kind="note")
    assert problem.rule == "L504" and problem.param == "owner"


def test_a_declared_kind_is_a_cli_kind(note_kind: str, tmp_path: Path) -> None:
    body = tmp_path / "note.json"
    body.write_text('{"a": 1}', "utf-8")
    status, out, _ = cli("--kind", "note", str(body))
    assert status == 1 and "Invalid type for 'a': expected a string" in out
    status, out, _ = cli("--help")
    assert "a note (a metadata object) (note)" in " ".join(out.split())


def test_a_declared_kind_is_guarded_by_preflight(note_kind: str) -> None:
    with pytest.raises(PreflightError) as raised:
        Preflight().inspect(
            "POST",
            "/v1/notes",
            {"OpenAI-Beta": "assistants=v2"},
            json.dumps({"a": 1}).encode(),
        )
    assert [p.param for p in raised.value.problems] == ["a"]
    Preflight().inspect("POST", "/v1/notes", {"OpenAI-Beta": "assistants=v2"}, b'{"a": "b"}')


@pytest.fixture
def kind_with_its_own_document() -> Iterator[str]:
    # The conversations kinds will bring their own bundled document; the v1 threads document
    # stands in for one here (its message content has maxLength 32768; the v2 document's has none).
    declare(
        Kind(
            "old_message",
            "CreateMessageRequest",
            "a message body of the 2023 API",
            document=("openai-threads-v1.schema.json", "urn:thread-validator:openai-threads:v1"),
            messages=((),),
        )
    )
    yield "old_message"
    undeclare("old_message")


def test_a_kind_is_checked_against_its_own_document(kind_with_its_own_document: str) -> None:
    long_body = {"role": "user", "content": "x" * 32_769}
    [problem] = validate(long_body, kind="old_message")  # api_version is v2, the document v1's
    assert (problem.rule, problem.code) == ("S110", "string_above_max_length")
    assert problem.schema_path == "#/$defs/CreateMessageRequest/properties/content/maxLength"
    assert validate({"role": "user", "content": "hi"}, kind="old_message") == []
    assert [p.code for p in validate({"role": "user", "content": 5}, kind="old_message")] == [
        "invalid_type"
    ]


def test_strategies_are_found_through_the_kind_declaration() -> None:
    from hypothesis import given, settings

    from thread_validator import strategies

    @settings(max_examples=10, deadline=None)
    @given(body=strategies.bodies("message"), fault=strategies.invalid_bodies("thread"))
    def check(body: object, fault: strategies.SingleFault) -> None:
        assert validate(body, kind="message") == []
        assert fault.code in {p.code for p in validate(fault.body)}

    check()
    with pytest.raises(ValueError, match="no strategies for kind 'thread_object'"):
        strategies.bodies("thread_object")
