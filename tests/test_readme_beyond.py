"""The README's examples for server-side rules, response objects and API versions run as shown."""

from __future__ import annotations

import pytest
from readme_blocks import python_blocks


def expected_output(code: str) -> str:
    """What the example says it prints: a print's trailing comment and the comment lines after it."""
    said: list[str] = []
    in_output = False
    for line in code.splitlines():
        if "print(" in line:
            in_output = True
            if "  # " in line:
                said.append(line.split("  # ", 1)[1].strip())
        elif in_output and line.startswith("# "):
            said.append(line[2:].strip())
        else:
            in_output = False
    return " ".join(said)


@pytest.mark.parametrize("heading", ["Server-side rules", "Response objects and API versions"])
def test_the_example_prints_what_it_says(heading: str, capsys: pytest.CaptureFixture[str]) -> None:
    [code] = python_blocks(heading)
    exec(compile(code, "README.md", "exec"), {"__name__": "readme_example"})
    printed = " ".join(capsys.readouterr().out.split())
    assert printed and printed == " ".join(expected_output(code).split())
