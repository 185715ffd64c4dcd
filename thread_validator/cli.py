"""Command line: ``thread-validator PATH...`` (a first cut; JSON files, text output)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from ._validator import validator_for


def run(argv: Sequence[str] | None = None, stdout: TextIO = sys.stdout, stderr: TextIO = sys.stderr) -> int:
    parser = argparse.ArgumentParser(prog="thread-validator", description=__doc__)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--kind", choices=["thread", "message"], default="thread")
    args = parser.parse_args(argv)
    validator = validator_for(args.kind)
    files = [p for path in args.paths for p in (sorted(path.rglob("*.json")) if path.is_dir() else [path])]
    failed = 0
    for path in files:
        try:
            body = json.loads(path.read_bytes())
        except (OSError, ValueError, RecursionError) as error:
            stdout.write(f"{path}: error invalid_json {error}\n")
            failed += 1
            continue
        problems = validator.validate(body)
        for problem in problems:
            stdout.write(f"{path}: {problem.severity} {problem.code} {problem.message}\n")
        failed += any(problem.severity == "error" for problem in problems)
    stdout.write(f"{len(files)} files checked, {failed} with errors\n")
    return 1 if failed else 0


def main() -> None:
    sys.exit(run())
