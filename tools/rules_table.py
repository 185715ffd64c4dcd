"""Generate the README's rules table from the catalogue.

``python tools/rules_table.py README.md`` rewrites the table between the markers;
``tests/test_rules.py`` fails when the README and the catalogue have drifted apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

from thread_validator._rules import catalogue

START = (
    "<!-- rules-table:start (generated from the rules' declarations: "
    "python tools/rules_table.py) -->"
)
END = "<!-- rules-table:end -->"


def table() -> str:
    lines = [
        "| id | name | severity | source | what it reports | codes |",
        "|---|---|---|---|---|---|",
    ]
    for rule in catalogue():
        codes = ", ".join(f"`{code}`" for code in rule.codes)
        lines.append(
            f"| {rule.id} | {rule.name} | {rule.severity} | {rule.source} | {rule.summary} | {codes} |"
        )
    return "\n".join(lines)


def rewrite(text: str) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{table()}\n{END}{tail}"


if __name__ == "__main__":
    readme = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    readme.write_text(rewrite(readme.read_text("utf-8")), encoding="utf-8")
