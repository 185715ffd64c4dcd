"""The rule catalogue: complete, documented, and true to its own examples."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from repo_tools import load_tool

from thread_validator import validate
from thread_validator._files import check_bytes, check_path
from thread_validator._rules import RULE_BY_ID, RULES, rule_for

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
SDK = json.loads((ROOT / "tests" / "data" / "sdk_payloads.json").read_text("utf-8"))
SDK_KIND = {
    "threads.create": "thread",
    "threads.create_and_run.thread": "thread",
    "threads.messages.create": "message",
}


def test_readme_table_is_generated_from_the_catalogue() -> None:
    """Run `python tools/rules_table.py README.md` after changing a rule."""
    tool = load_tool("rules_table")
    readme = (ROOT / "README.md").read_text("utf-8")
    assert readme == tool.rewrite(readme)


def test_ids_are_unique_and_well_formed() -> None:
    assert len(RULE_BY_ID) == len(RULES)
    for rule in RULES:
        assert re.fullmatch(r"[SPOFLM]\d{3}", rule.id)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
        assert rule.summary.endswith(".") and rule.explanation.endswith(".")


def every_corpus_problem():
    for path in sorted(CORPUS.glob("*/*/*.json")):
        kind = path.parts[-3]
        case = json.loads(path.read_text("utf-8"))
        body = case["body"] if path.parts[-2] == "invalid" else case
        yield from validate(body, kind=kind)
    for record in SDK:
        yield from validate(record["payload"], kind=SDK_KIND[record["kind"]])


def every_file_fixture_problem():
    for path in sorted((ROOT / "tests" / "files").rglob("*")):
        if path.suffix in (".json", ".yaml", ".yml") and path.name != "expected.json":
            yield from (finding.problem for finding in check_path(str(path), None).findings)


def test_every_reported_problem_has_its_rule() -> None:
    problems = [*every_corpus_problem(), *every_file_fixture_problem()]
    assert {p.rule[0] for p in problems} >= {"S", "P", "L", "F"}
    assert problems
    for problem in problems:
        assert problem.rule == rule_for(problem).id
        assert problem.code in RULE_BY_ID[problem.rule].codes
        assert problem.severity == RULE_BY_ID[problem.rule].severity


def example_body(text: str) -> tuple[object, str]:
    # Some examples stand for values too long to print; expand them to the length they name.
    text = text.replace("<512 characters or fewer>", "x" * 512)
    text = re.sub(r"<([\d,]+) characters>", lambda m: "x" * int(m[1].replace(",", "")), text)
    body = json.loads(text)
    if isinstance(body, dict) and body.get("object") == "thread":
        return body, "thread_object"
    return body, "message" if isinstance(body, dict) and "role" in body else "thread"


def file_rule_ids(text: str) -> list[str]:
    """File-hygiene examples are a file's bytes, written as a Python bytes literal."""
    result = check_bytes(ast.literal_eval(text), "example")
    return [finding.problem.rule for finding in result.findings]


@pytest.mark.parametrize(
    "rule", [rule for rule in RULES if rule.id.startswith("F")], ids=lambda rule: rule.id
)
def test_each_file_rule_fails_its_bad_example_and_passes_its_good_one(rule) -> None:
    assert rule.id in file_rule_ids(rule.bad)
    assert file_rule_ids(rule.good) == []


@pytest.mark.parametrize(
    # Migration losses (M) are reported by the converter; tests/test_migrate.py checks theirs.
    "rule",
    [rule for rule in RULES if not rule.id.startswith(("F", "M"))],
    ids=lambda rule: rule.id,
)
def test_each_rule_fails_its_bad_example_and_passes_its_good_one(rule) -> None:
    bad, kind = example_body(rule.bad)
    assert rule.id in {p.rule for p in validate(bad, kind=kind, api_version=rule.api_version)}
    good, kind = example_body(rule.good)
    assert validate(good, kind=kind, api_version=rule.api_version) == []


def test_explain_page_names_everything() -> None:
    page = RULE_BY_ID["P201"].page()
    assert page.startswith("P201 chunk-overlap-above-half (error, from the spec prose)")
    assert "Fails:" in page and "Passes:" in page and "chunk_overlap_above_half" in page


def test_every_keyword_that_reports_has_its_rule_in_the_table() -> None:
    """A keyword function the table does not name would report problems without a rule."""
    from thread_validator._keywords import KEYWORDS
    from thread_validator._schema_rules import KEYWORD_RULES

    assert set(KEYWORDS) <= set(KEYWORD_RULES)
    for keyword, entry in KEYWORD_RULES.items():
        for code, rule_id in entry.items() if isinstance(entry, dict) else [(None, entry)]:
            assert rule_id in RULE_BY_ID, keyword
            assert code is None or code in RULE_BY_ID[rule_id].codes, (keyword, code)
