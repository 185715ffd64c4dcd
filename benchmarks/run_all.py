"""Run every benchmark several times and print one table, the machine, and the targets of issue 13.

python benchmarks/run_all.py [--runs 3]     # about three minutes a run on two cores

Time it from an environment where the package is installed from a wheel (see README.md): an
editable install's import hook slows every process and flatters the process ratios. Each row is
the median over the runs of the time, and the median of the per-run ratios with their min and max;
each target is evaluated in each run, and said to hold only if it holds in every run.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
from collections.abc import Callable

import bench_cli
import bench_create
import bench_first_invalid
import bench_import
import bench_memory
import bench_migrate
import bench_single_fault
import bench_valid_large
import bench_valid_minimal
import bench_valid_typical
from _common import Row, format_seconds, installed_from_wheel

QUESTIONS: list[Callable[[], list[Row]]] = [
    bench_valid_typical.rows,
    bench_valid_large.rows,
    bench_valid_minimal.rows,
    bench_single_fault.rows,
    bench_first_invalid.rows,
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
    load = ""
    if hasattr(os, "getloadavg"):
        load = ", load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}{load}"
    )


def find(rows: list[Row], question: str, candidate: str) -> Row:
    return next(
        row
        for row in rows
        if row.question.startswith(question) and row.candidate.startswith(candidate)
    )


# name, the value in one run's rows, the limit, the unit, whether the value must be at most it
Target = tuple[str, Callable[[list[Row]], float], float, str, bool]


def _ratio(question: str, candidate: str) -> Callable[[list[Row]], float]:
    return lambda rows: find(rows, question, candidate).ratio or 0.0


def _worst(question: str, candidate: str) -> Callable[[list[Row]], float]:
    # The note of a one-fault row ends with the worst body's ratio: "worst: name 4.2" and the sign.
    return lambda rows: float(find(rows, question, candidate).note.rsplit(" ", 1)[-1].rstrip("×"))


def _faster(count: str, peer: str) -> Callable[[list[Row]], float]:
    def value(rows: list[Row]) -> float:
        group = [row for row in rows if row.question.startswith(f"CLI, {count}")]
        ours = next(row for row in group if row.candidate == "thread-validator")
        theirs = next(row for row in group if row.candidate.startswith(peer))
        return theirs.seconds / ours.seconds

    return value


def _extra_ms(rows: list[Row]) -> float:
    first = find(rows, "first invalid body", "first invalid body")
    later = find(rows, "first invalid body", "the same body again")
    return (first.seconds - later.seconds) * 1e3


TARGETS: list[Target] = [
    ("valid typical, validate (warnings included)", _ratio("valid typical", "thread-validator validate"), 1.5, "×", True),
    ("valid large, validate (warnings included)", _ratio("valid large", "thread-validator validate"), 1.8, "×", True),
    ("valid minimal, validate (warnings included)", _ratio("valid minimal", "thread-validator validate"), 0.6, "×", True),
    ("one fault, is_valid (median of 7 bodies)", _ratio("one fault", "thread-validator is_valid"), 1.0, "×", True),
    ("one fault, is_valid (worst body)", _worst("one fault", "thread-validator is_valid"), 1.0, "×", True),
    ("one fault, full report (median of 7 bodies)", _ratio("one fault", "thread-validator validate"), 3.0, "×", True),
    ("one fault, full report (worst body)", _worst("one fault", "thread-validator validate"), 5.0, "×", True),
    ("first invalid body over a later one", _extra_ms, 5.0, " ms", True),
    ("CLI 1 file, × the floor process", _ratio("CLI, 1 file", "thread-validator"), 1.3, "×", True),
    ("CLI 1 file, faster than check-jsonschema", _faster("1 file", "check-jsonschema"), 12.0, "×", False),
    ("CLI 1,000 files, faster than check-jsonschema", _faster("1,000", "check-jsonschema"), 8.0, "×", False),
    ("CLI 1,000 files, faster than sourcemeta", _faster("1,000", "sourcemeta"), 1.0, "×", False),
]  # fmt: skip


def summarize(runs: list[list[Row]]) -> list[tuple[Row, float, float]]:
    """One row per question and candidate: median time and ratio, with the ratios' min and max."""
    merged: list[tuple[Row, float, float]] = []
    for index, row in enumerate(runs[0]):
        same = [run[index] for run in runs if index < len(run)]
        ratios = [each.ratio for each in same if each.ratio is not None]
        seconds = statistics.median(each.seconds for each in same)
        ratio = statistics.median(ratios) if ratios else None
        low, high = (min(ratios), max(ratios)) if ratios else (0.0, 0.0)
        merged.append((Row(row.question, row.candidate, seconds, ratio, row.note), low, high))
    return merged


def table(merged: list[tuple[Row, float, float]], runs: int) -> str:
    lines = [
        f"| question | candidate | median time | × floor, median of {runs} runs (min–max) | note (last run) |",
        "|---|---|---:|---:|---|",
    ]
    for row, low, high in merged:
        ratio = "" if row.ratio is None else f"{row.ratio:,.2f}× ({low:,.2f}–{high:,.2f})"
        lines.append(
            f"| {row.question} | {row.candidate} | {format_seconds(row.seconds)} | {ratio} | {row.note} |"
        )
    return "\n".join(lines)


def targets(runs: list[list[Row]]) -> list[str]:
    lines = []
    for name, value, limit, unit, at_most in TARGETS:
        try:
            values = [value(rows) for rows in runs]
        except StopIteration:
            lines.append(f"- {name}: not measured (a candidate is missing)")
            continue
        held = [v <= limit if at_most else v >= limit for v in values]
        verdict = (
            "met in every run"
            if all(held)
            else f"MISSED in {held.count(False)} of {len(held)} runs"
        )
        lines.append(
            f"- {name}: {statistics.median(values):,.2f}{unit} ({min(values):,.2f}–{max(values):,.2f}) "
            f"(target {'≤' if at_most else '≥'} {limit}{unit}): {verdict}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of every question (default 3)")
    options = parser.parse_args()
    if not installed_from_wheel():
        print(
            "warning: thread_validator is imported from the repository (an editable install); "
            "process timings are not comparable (see benchmarks/README.md)",
            file=sys.stderr,
        )
    runs: list[list[Row]] = []
    for run in range(options.runs):
        rows: list[Row] = []
        for question in QUESTIONS:
            rows += question()
            print(f"... run {run + 1}: {rows[-1].question}", file=sys.stderr, flush=True)
        runs.append(rows)
    print(f"Machine: {machine()}\n")
    print(table(summarize(runs), len(runs)))
    print(f"\nTargets (issue 13), over {len(runs)} runs:")
    print("\n".join(targets(runs)))


if __name__ == "__main__":
    main()
