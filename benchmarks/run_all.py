"""Run every benchmark and print one table, the machine it ran on, and the targets of issue 5.

python benchmarks/run_all.py            # about three minutes on two cores
"""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Callable

import bench_cli
import bench_create
import bench_import
import bench_memory
import bench_migrate
import bench_single_fault
import bench_valid_large
import bench_valid_minimal
import bench_valid_typical
from _common import Row, table

QUESTIONS: list[Callable[[], list[Row]]] = [
    bench_valid_typical.rows,
    bench_valid_large.rows,
    bench_valid_minimal.rows,
    bench_single_fault.rows,
    bench_import.rows,
    bench_create.rows,
    bench_cli.rows,
    bench_memory.rows,
    bench_migrate.rows,
]


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            cpu = next(
                line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")
            )
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}, Python {platform.python_version()}"


def find(rows: list[Row], question: str, candidate: str) -> Row:
    return next(
        row
        for row in rows
        if row.question.startswith(question) and row.candidate.startswith(candidate)
    )


def targets(rows: list[Row]) -> list[str]:
    def line(name: str, value: float, limit: float, unit: str, at_most: bool = True) -> str:
        met = value <= limit if at_most else value >= limit
        return f"- {name}: {value:,.2f}{unit} (target {'≤' if at_most else '≥'} {limit}{unit}) {'met' if met else 'MISSED'}"

    import_row = find(rows, "import", "import thread_validator")
    floor = find(rows, "import", "bare")
    cli_1, cli_1000 = (
        [row for row in rows if row.question.startswith(f"CLI, {count}")]
        for count in ("1 ", "1,000")
    )

    def cli_speedup(group: list[Row]) -> float:
        ours = next(row for row in group if row.candidate == "thread-validator")
        theirs = next(row for row in group if row.candidate == "check-jsonschema")
        return theirs.seconds / ours.seconds

    return [
        line(
            "valid typical, is_valid",
            find(rows, "valid typical", "thread-validator is_valid").ratio or 0,
            1.0,
            "×",
        ),
        line(
            "valid typical, validate + warning rules",
            find(rows, "valid typical", "thread-validator validate").ratio or 0,
            1.0,
            "×",
        ),
        line(
            "valid large, is_valid",
            find(rows, "valid large", "thread-validator is_valid").ratio or 0,
            0.5,
            "×",
        ),
        line(
            "valid large, validate + warning rules",
            find(rows, "valid large", "thread-validator validate").ratio or 0,
            0.5,
            "×",
        ),
        line(
            "one fault, full report (median body)",
            find(rows, "one fault", "thread-validator").ratio or 0,
            5.0,
            "×",
        ),
        line("import over bare start", (import_row.seconds - floor.seconds) * 1e3, 30.0, " ms"),
        line(
            "CLI 1 file, speed-up over check-jsonschema",
            cli_speedup(cli_1),
            5.0,
            "×",
            at_most=False,
        ),
        line(
            "CLI 1,000 files, speed-up over check-jsonschema",
            cli_speedup(cli_1000),
            5.0,
            "×",
            at_most=False,
        ),
    ]


def main() -> None:
    rows: list[Row] = []
    for question in QUESTIONS:
        rows += question()
        print(f"... {rows[-1].question}", file=sys.stderr, flush=True)
    print(f"Machine: {machine()}\n")
    print(table(rows))
    print("\nTargets (issue 5):")
    print("\n".join(targets(rows)))


if __name__ == "__main__":
    main()
