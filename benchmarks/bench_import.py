"""How long does importing the validator take, over a bare interpreter start?

Whole processes, timed from outside; bytecode caching on (as an installed package has it).
``import thread_validator`` alone loads nothing but the package's names (they are imported on
first use), so the row that counts is ``from thread_validator import Validator``: what a
program that validates imports.
"""

from __future__ import annotations

import sys

from _common import Row, compare_processes, main, process_env


def rows(rounds: int = 21) -> list[Row]:
    modules = {
        "bare interpreter (floor)": "pass",
        "import thread_validator": "import thread_validator",
        "from thread_validator import Validator": "from thread_validator import Validator",
        "import jsonschema": "import jsonschema",
        "import fastjsonschema": "import fastjsonschema",
        "import jsonschema_rs": "import jsonschema_rs",
    }
    medians = compare_processes(
        {name: [sys.executable, "-c", code] for name, code in modules.items()},
        rounds,
        process_env(),
    )
    floor = medians["bare interpreter (floor)"]
    return [
        Row(
            "import",
            name,
            seconds,
            seconds / floor,
            "" if name.startswith("bare") else f"+{(seconds - floor) * 1e3:.1f} ms over bare",
        )
        for name, seconds in medians.items()
    ]


if __name__ == "__main__":
    main(rows)
