"""How long does ``import thread_validator`` take, over a bare interpreter start?

Whole processes, timed from outside; bytecode caching on (as an installed package has it).
"""

from __future__ import annotations

import sys

from _common import Row, compare_processes, main, process_env


def rows(rounds: int = 21) -> list[Row]:
    modules = {
        "bare interpreter (floor)": "pass",
        "import thread_validator": "import thread_validator",
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
