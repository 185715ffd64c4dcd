"""Output formats: each reporter writes every problem with its file, line and column."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from jsonschema import Draft4Validator

from thread_validator._files import FileResult, Finding, check_bytes
from thread_validator._loaders import problem
from thread_validator._reporters import (
    REPORTER_BY_NAME,
    GithubReporter,
    JsonReporter,
    SarifReporter,
    TextReporter,
    escape_data,
    escape_property,
)

SARIF_SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text("utf-8")
)


@pytest.fixture
def results() -> list[FileResult]:
    bad = check_bytes(
        b'{\n  "messages": [{"role": "system", "content": "hi"}]\n}\n',
        "dir/bad file.json",
        "thread",
        "json",
    )
    good = check_bytes(b"{}", "good.json", "thread", "json")
    warned = check_bytes(b"\xef\xbb\xbfmetadata: {}\n", "warned.yaml", "thread", "yaml")
    return [bad, good, warned]


def render(reporter: type, results: list[FileResult], color: bool = False) -> str:
    stream = io.StringIO()
    reporter(stream, color=color).report(results)
    return stream.getvalue()


def test_reporters_are_looked_up_by_name():
    """Each --format name maps to its reporter class."""
    assert REPORTER_BY_NAME == {
        "text": TextReporter,
        "json": JsonReporter,
        "sarif": SarifReporter,
        "github": GithubReporter,
    }


def test_text_format(results):
    """Text is one 'path:line:column: severity code message' line per problem and a summary."""
    lines = render(TextReporter, results).splitlines()
    assert lines[0].startswith(
        "dir/bad file.json:2:25: error invalid_value Invalid value for 'messages[0].role'"
    )
    assert lines[1].startswith("warned.yaml:1:1: warning byte_order_mark ")
    assert lines[2] == "3 files checked: 1 error, 1 warning; 1 file with errors."
    assert "\033[" not in "".join(lines)


def test_text_format_colour(results):
    """With colour on, severities are coloured; the words are unchanged."""
    text = render(TextReporter, results, color=True)
    assert "\033[31merror\033[0m" in text and "\033[33mwarning\033[0m" in text


def test_text_summary_when_all_valid():
    """A clean run says so."""
    assert render(TextReporter, [check_bytes(b"{}", "a.json")]) == "1 file checked: no problems.\n"


def test_json_format(results):
    """The JSON document has the documented fields for each file and problem."""
    document = json.loads(render(JsonReporter, results))
    bad, good, warned = document["files"]
    assert bad["path"] == "dir/bad file.json" and bad["valid"] is False
    (found,) = bad["problems"]
    assert {
        key: found[key] for key in ("pointer", "param", "line", "column", "severity", "code")
    } == {
        "pointer": "/messages/0/role",
        "param": "messages[0].role",
        "line": 2,
        "column": 25,
        "severity": "error",
        "code": "invalid_value",
    }
    assert found["message"].startswith("Invalid value")
    assert good == {"path": "good.json", "valid": True, "documents": 1, "problems": []}
    assert warned["valid"] is True and warned["problems"][0]["severity"] == "warning"
    assert document["summary"] == {"files": 3, "invalid_files": 1, "errors": 1, "warnings": 1}


def test_sarif_format_is_valid_sarif(results):
    """The SARIF log validates against the SARIF 2.1.0 schema."""
    log = json.loads(render(SarifReporter, results))
    errors = sorted(Draft4Validator(SARIF_SCHEMA).iter_errors(log), key=str)
    assert not errors, errors[0].message if errors else ""


def test_sarif_results_have_regions_and_rules(results):
    """One result per problem, with its rule id, level and region; rules described once."""
    (run,) = json.loads(render(SarifReporter, results))["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == ["F405", "S102"]
    assert rules[1]["name"] == "InvalidValue" and rules[1]["defaultConfiguration"] == {
        "level": "error"
    }
    assert rules[1]["properties"] == {"source": "spec", "codes": ["invalid_value"]}
    first, second = run["results"]
    assert first["ruleId"] == "S102" and first["level"] == "error"
    assert first["properties"]["code"] == "invalid_value"
    assert rules[first["ruleIndex"]]["id"] == "S102"
    location = first["locations"][0]["physicalLocation"]
    assert location == {
        "artifactLocation": {"uri": "dir/bad%20file.json"},
        "region": {"startLine": 2, "startColumn": 25},
    }
    assert second["level"] == "warning"


def test_sarif_empty_run_is_valid():
    """No files and no problems is still a valid log."""
    log = json.loads(render(SarifReporter, []))
    assert not list(Draft4Validator(SARIF_SCHEMA).iter_errors(log))
    assert log["runs"][0]["results"] == []


def test_github_format(results):
    """Each problem is an ::error or ::warning workflow command with file, line and column."""
    lines = render(GithubReporter, results).splitlines()
    assert lines[0].startswith(
        "::error file=dir/bad file.json,line=2,col=25,title=thread-validator S102 invalid_value::Invalid value"
    )
    assert lines[1].startswith(
        "::warning file=warned.yaml,line=1,col=1,title=thread-validator F405 byte_order_mark::"
    )


def test_github_escaping():
    """Messages escape %, CR and LF; properties also escape ':' and ','."""
    assert escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    result = FileResult(
        "we:ird,name.json", (Finding(problem("invalid_json", "bad\nthing: 100%", 1, 2)),)
    )
    line = render(GithubReporter, [result]).splitlines()[0]
    assert (
        line
        == "::error file=we%3Aird%2Cname.json,line=1,col=2,title=thread-validator invalid_json::bad%0Athing: 100%25"
    )


def test_multi_document_findings_name_their_document():
    """In the JSON format, each problem says which YAML document it is in."""
    result = check_bytes(b"{}\n---\nmessages: 1\n", "two.yaml", "thread", "yaml")
    (found,) = json.loads(render(JsonReporter, [result]))["files"][0]["problems"]
    assert (found["document"], found["line"], found["pointer"]) == (1, 3, "/messages")
