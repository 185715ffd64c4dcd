"""Corpus tests: every file under tests/corpus is a test, named after the file.

``<kind>/valid/*.json`` are bodies that must come out with no problem at all. ``<kind>/invalid/*.json``
wrap a body with the exact list of errors it must give, as ``{"pointer", "code"}`` pairs: nothing
missing, and nothing reported anywhere else.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from thread_validator import validate

CORPUS = Path(__file__).parent / "corpus"


def corpus_files(kind: str, verdict: str) -> list[Path]:
    return sorted((CORPUS / kind / verdict).glob("*.json"))


def ids(paths: list[Path]) -> list[str]:
    return [path.stem for path in paths]


@pytest.mark.parametrize("kind", ["thread", "message"])
def test_corpus_has_both_verdicts(kind: str) -> None:
    assert corpus_files(kind, "valid") and corpus_files(kind, "invalid")


@pytest.mark.parametrize(
    "path", corpus_files("thread", "valid"), ids=ids(corpus_files("thread", "valid"))
)
def test_valid_thread_bodies(path: Path) -> None:
    assert validate(json.loads(path.read_text("utf-8"))) == []


@pytest.mark.parametrize(
    "path", corpus_files("message", "valid"), ids=ids(corpus_files("message", "valid"))
)
def test_valid_message_bodies(path: Path) -> None:
    assert validate(json.loads(path.read_text("utf-8")), kind="message") == []


def _check_invalid(path: Path, kind: str) -> None:
    case = json.loads(path.read_text("utf-8"))
    problems = validate(case["body"], kind=kind)
    found = [(p.pointer, p.code) for p in problems if p.severity == "error"]
    expected = [(e["pointer"], e["code"]) for e in case["expect"]]
    assert found == expected, case["description"]
    for problem in problems:
        assert (
            problem.message
            and problem.message[0].isupper()
            and problem.message.endswith((".", "?"))
        )


@pytest.mark.parametrize(
    "path", corpus_files("thread", "invalid"), ids=ids(corpus_files("thread", "invalid"))
)
def test_invalid_thread_bodies(path: Path) -> None:
    _check_invalid(path, "thread")


@pytest.mark.parametrize(
    "path", corpus_files("message", "invalid"), ids=ids(corpus_files("message", "invalid"))
)
def test_invalid_message_bodies(path: Path) -> None:
    _check_invalid(path, "message")
