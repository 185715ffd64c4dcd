"""The fixture corpus under tests/files: a new file is a new test, its name the test id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from thread_validator._files import check_path

FILES = Path(__file__).parent / "files"
EXPECTED = json.loads((FILES / "expected.json").read_text("utf-8"))


@pytest.mark.parametrize("path", sorted((FILES / "valid").iterdir()), ids=lambda path: path.name)
def test_valid_file_has_no_problem(path):
    """Every file under valid/ is a clean body."""
    result = check_path(str(path), None)  # type: ignore[arg-type]
    assert result.findings == ()


@pytest.mark.parametrize("path", sorted((FILES / "invalid").iterdir()), ids=lambda path: path.name)
def test_invalid_file_reports_its_problems_in_place(path):
    """Every file under invalid/ reports exactly the problems listed for it, at their places."""
    result = check_path(str(path), None)  # type: ignore[arg-type]
    found = [
        f"{f.problem.line}:{f.problem.column} {f.problem.severity} {f.problem.code}"
        for f in result.findings
    ]
    assert found == EXPECTED[path.name]


def test_every_invalid_file_has_expectations():
    """expected.json lists exactly the files of invalid/."""
    assert sorted(EXPECTED.keys() - {"$comment"}) == sorted(
        path.name for path in (FILES / "invalid").iterdir()
    )
