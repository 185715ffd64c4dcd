"""How many machine instructions does a full report take, against parsing the same text?

Times on a shared VM swing by a third from one minute to the next; instruction counts do not.
This runs each question in a child Python under valgrind's callgrind (which counts every
instruction executed, ``Ir``) twice, with 0 and with N calls, and reports the difference per call:
``validate`` on each single-fault payload and on the valid typical body, and ``json.loads`` of
each one's text. A ratio of counts is not a ratio of times (the C parser runs more instructions
per cycle than the interpreter: a count ratio of 3.2 was a time ratio of about 4 on the same
machine), but it moves only when the code does, so it shows what a change saved.

    python benchmarks/count_instructions.py [N]      # valgrind must be installed; 2-3 minutes

Nothing here asserts: it prints a table.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PAYLOADS = Path(__file__).with_name("payloads")

CHILD = """
import json, sys
import thread_validator
name, what, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(sys.argv[4], encoding="utf-8").read()
body = json.loads(text)
validator = thread_validator.Validator("thread")
validator.validate(body)
call = (lambda: validator.validate(body)) if what == "validate" else (lambda: json.loads(text))
for _ in range(count):
    call()
"""


def instructions(name: str, what: str, count: int) -> int:
    """The instructions callgrind counts for a child process that makes ``count`` calls."""
    result = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={os.devnull}",
            sys.executable,
            "-c",
            CHILD,
            name,
            what,
            str(count),
            str(PAYLOADS / f"{name}.json"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise RuntimeError(f"no count from callgrind:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: nothing to count with")
    names = ["typical"] + sorted(p.stem for p in PAYLOADS.glob("invalid_*.json"))
    jobs = [(name, what, n) for name in names for what in ("validate", "loads") for n in (0, count)]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        counted = dict(zip(jobs, pool.map(lambda job: instructions(*job), jobs), strict=True))
    print(f"{count} calls each, instructions per call (callgrind Ir)\n")
    print("| body | json.loads | validate | ratio |")
    print("|---|---:|---:|---:|")
    ratios = []
    for name in names:
        per = {
            what: (counted[name, what, count] - counted[name, what, 0]) / count
            for what in ("validate", "loads")
        }
        ratio = per["validate"] / per["loads"]
        if name != "typical":
            ratios.append(ratio)
        print(f"| {name} | {per['loads']:,.0f} | {per['validate']:,.0f} | {ratio:.2f} |")
    ratios.sort()
    print(
        f"\nsingle-fault bodies: median ratio {ratios[len(ratios) // 2]:.2f}, "
        f"worst {ratios[-1]:.2f}"
    )


if __name__ == "__main__":
    main()
