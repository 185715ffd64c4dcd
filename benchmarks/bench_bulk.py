"""Bulk: auditing JSON Lines traffic, against json.loads per line, engines and the native peer.

Questions (issue 14), on a 200,000-line file of typical bodies, one in ten a single-fault body
(the ``invalid_*`` payloads in turn):

1. The API per line, parsing included (``check_lines``), against ``json.loads`` per line (the
   floor) and against the bare loop ``validate(json.loads(line))``. Target: at most 3x the floor.
2. The command line (``--jobs 1``) in bodies per second, against the bare loop. Target: >= 0.8x.
3. ``--jobs 2`` against ``--jobs 1``: total CPU (target <= 1.15x) and wall (target >= 1.4x faster
   when a core is free).
4. ``--engine dask`` (a two-worker local cluster, started by the run) against ``--jobs 2``.
5. sourcemeta's ``jsonschema validate --continue`` (C++, reads JSON Lines), if installed (found
   as the other benchmarks find it: ``_common.sourcemeta``, which says how; a path that does not
   exist leaves its rows out).
6. Peak memory on a 2 GB file (``--memory``; writes 2 GB to the temporary folder): the RSS of
   the whole process tree, sampled, for ``--jobs 1`` and ``--jobs 2``. Target: under 200 MB.

Run: ``python benchmarks/bench_bulk.py [--lines N] [--memory]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import PAYLOADS, manifest, process_env, sourcemeta, standalone_schema

FAULTS = sorted(name for name, entry in manifest().items() if entry["set"] == "invalid")


def write_traffic(path: Path, lines: int) -> None:
    typical = json.dumps(json.loads((PAYLOADS / "typical.json").read_text()))
    faulty = [json.dumps(json.loads((PAYLOADS / f"{name}.json").read_text())) for name in FAULTS]
    with path.open("w", encoding="utf-8") as out:
        for index in range(lines):
            out.write((faulty[(index // 10) % len(faulty)] if index % 10 == 9 else typical) + "\n")


def timed(function) -> tuple[float, float]:
    """(wall, CPU) seconds of a call in this process."""
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - wall, time.process_time() - cpu


def in_process(path: Path, rounds: int) -> dict[str, tuple[float, float]]:
    from thread_validator import Validator
    from thread_validator.bulk import Options, check_lines

    validator = Validator("thread")
    loads = json.loads

    def floor() -> None:
        with path.open("rb") as lines:
            for line in lines:
                loads(line)

    def bare() -> None:
        validate = validator.validate
        with path.open("rb") as lines:
            for line in lines:
                validate(loads(line))

    def bulk() -> None:
        with path.open("rb") as lines:
            check_lines(lines, Options(), source=str(path))

    candidates = {
        "json.loads per line (floor)": floor,
        "validate(json.loads(line))": bare,
        "bulk check_lines": bulk,
    }
    bulk()  # compile the validator and warm the file cache
    best: dict[str, tuple[float, float]] = {}
    for _ in range(rounds):  # interleaved rounds; the least disturbed one counts
        for name, function in candidates.items():
            measured = timed(function)
            best[name] = min(best.get(name, measured), measured, key=lambda pair: pair[1])
    return best


def process(argv: list[str]) -> tuple[float, float, int]:
    """(wall, CPU of the process and its reaped descendants, exit status) of one command."""
    before = os.times()
    start = time.perf_counter()
    result = subprocess.run(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=process_env(), check=False
    )
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu, result.returncode


def cli(path: Path, *flags: str) -> list[str]:
    """The command line on ``path``, writing every problem (as sourcemeta prints each error)."""
    problems = path.with_name("problems")
    problems.mkdir(exist_ok=True)
    return [
        sys.executable,
        "-m",
        "thread_validator",
        "--jsonl",
        "--format",
        "json",
        "--no-progress",
        # A file for the local engine; a folder of part files for Dask.
        "--problems",
        str(problems / ("parts" if "dask" in flags else "problems.jsonl")),
        *flags,
        str(path),
    ]


def peak_tree_rss(argv: list[str]) -> tuple[int, float]:
    """(peak summed RSS of the process and its descendants, wall) sampled every 50 ms."""
    import psutil  # installed with distributed; only this question needs it

    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        try:
            members = [root, *root.children(recursive=True)]
            peak = max(peak, sum(member.memory_info().rss for member in members))
        except psutil.Error:
            pass
        time.sleep(0.05)
    return peak, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--memory", action="store_true", help="also the 2 GB peak-memory run")
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-bulk-"))
    try:
        path = folder / "traffic.jsonl"
        write_traffic(path, args.lines)
        size = path.stat().st_size
        print(
            f"{args.lines:,} lines, {size / 2**20:.0f} MiB, one in ten a single fault; "
            f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}"
        )
        best = in_process(path, args.rounds)
        # CPU time is the measure on a shared machine: wall time counts the neighbours' work too.
        floor = best["json.loads per line (floor)"][1]
        print(
            "\n| in one process | wall s | CPU s | x json.loads (CPU) | lines per CPU s |"
            "\n|---|---|---|---|---|"
        )
        for name, (wall, cpu) in best.items():
            print(
                f"| {name} | {wall:.2f} | {cpu:.2f} | {cpu / floor:.2f} | {args.lines / cpu:,.0f} |"
            )

        commands = {
            "--jobs 1": cli(path, "--jobs", "1"),
            "--jobs 2": cli(path, "--jobs", "2"),
        }
        if not args.no_dask:
            commands["--engine dask --jobs 2"] = cli(path, "--engine", "dask", "--jobs", "2")
        native = sourcemeta()
        if native:
            schema = folder / "schema.json"
            schema.write_text(json.dumps(standalone_schema()))
            commands["sourcemeta validate --continue"] = [
                native,
                "validate",
                str(schema),
                str(path),
                "--continue",
            ]
            commands["sourcemeta validate --continue --fast"] = [
                native,
                "validate",
                str(schema),
                str(path),
                "--continue",
                "--fast",
            ]
        warm = folder / "warm.jsonl"
        write_traffic(warm, 1_000)
        for argv in commands.values():
            # Bytecode and the dependencies' files warmed on a small file; the large one is in the
            # page cache already, from the in-process questions.
            process([str(warm) if part == str(path) else part for part in argv])
        runs: dict[str, list[tuple[float, float, int]]] = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, argv in commands.items():
                runs[name].append(process(argv))
        print(
            "\n| command line | wall s | CPU s | lines per CPU s | x the bare loop's lines per CPU s |"
            "\n|---|---|---|---|---|"
        )
        bare = best["validate(json.loads(line))"][1]
        chosen = {name: min(values, key=lambda run: run[1]) for name, values in runs.items()}
        for name, (wall, cpu, _) in chosen.items():
            print(
                f"| {name} | {wall:.2f} | {cpu:.2f} | {args.lines / cpu:,.0f} | {bare / cpu:.2f} |"
            )
        one, two = chosen["--jobs 1"], chosen["--jobs 2"]
        print(
            f"\n--jobs 2: CPU {two[1] / one[1]:.2f}x of --jobs 1, wall {one[0] / two[0]:.2f}x faster"
        )
        if "--engine dask --jobs 2" in chosen:
            dask = chosen["--engine dask --jobs 2"]
            print(f"dask: wall {dask[0] / two[0]:.2f}x and CPU {dask[1] / two[1]:.2f}x of --jobs 2")
        if args.memory:
            big = folder / "big.jsonl"
            large = json.dumps(json.loads((PAYLOADS / "large.json").read_text()))
            faulty = json.dumps(json.loads((PAYLOADS / "invalid_wrong_role.json").read_text()))
            with big.open("w", encoding="utf-8") as out:
                written = 0
                index = 0
                while written < 2 * 10**9:
                    line = (faulty if index % 10 == 9 else large) + "\n"
                    out.write(line)
                    written += len(line)
                    index += 1
            print(f"\n2 GB file: {big.stat().st_size / 2**30:.2f} GiB, {index:,} lines")
            for jobs in ("1", "2"):
                peak, wall = peak_tree_rss(cli(big, "--jobs", jobs))
                print(
                    f"| --jobs {jobs} | peak RSS of the process tree {peak / 2**20:.0f} MiB | wall {wall:.0f} s |"
                )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
