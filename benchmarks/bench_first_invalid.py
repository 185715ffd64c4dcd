"""How much more does the first invalid body in a fresh process cost than a later one?

The first report loads what only a report needs (the keyword functions, the schema document, the
walk written out); the question is whether that stays a few milliseconds. Each fresh process
first checks a valid body (what every process pays, the compiled checks' module included), then
times its first ``validate`` of an invalid body and a second of the same body; the rows are
medians over the processes, the floor the later body's time.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

from _common import NEUTRAL_DIRECTORY, PAYLOADS, Row, main, process_env

PROBE = """
import json, sys, time
import thread_validator
body = json.loads(open(sys.argv[1], encoding="utf-8").read())
assert thread_validator.validate({"messages": [{"role": "user", "content": "hi"}]}) == []
start = time.perf_counter(); thread_validator.validate(body); first = time.perf_counter() - start
start = time.perf_counter(); thread_validator.validate(body); later = time.perf_counter() - start
print(first, later, "jsonschema" in sys.modules)
"""


def rows(processes: int = 11) -> list[Row]:
    path = str(PAYLOADS / "invalid_wrong_role.json")
    env = process_env()
    subprocess.run(
        [sys.executable, "-c", PROBE, path],
        env=env,
        check=True,
        capture_output=True,
        cwd=NEUTRAL_DIRECTORY,
    )
    firsts, laters, imported = [], [], False
    for _ in range(processes):
        out = subprocess.run(
            [sys.executable, "-c", PROBE, path],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            cwd=NEUTRAL_DIRECTORY,
        ).stdout.split()
        firsts.append(float(out[0]))
        laters.append(float(out[1]))
        imported = imported or out[2] == "True"
    first, later = statistics.median(firsts), statistics.median(laters)
    question = "first invalid body in a fresh process"
    return [
        Row(question, "the same body again (floor)", later, 1.0),
        Row(
            question,
            "first invalid body",
            first,
            first / later,
            f"+{(first - later) * 1e3:.1f} ms; jsonschema {'imported' if imported else 'not imported'}",
        ),
    ]


if __name__ == "__main__":
    main(rows)
