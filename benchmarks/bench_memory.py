"""How much memory does checking the large body take, against the body's own size?

tracemalloc's peak of new allocations while checking an already parsed body, beside the size of
its text and the memory its parsed form holds (measured the same way, while ``json.loads`` runs).
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Callable

from _common import Row, body, jsonschema_rs_validator, jsonschema_validator, main, text


def peak(function: Callable[[], object]) -> int:
    function()  # first-use work (compiling, caches) is not the question
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        result = function()
        size = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    del result
    return size


def rows() -> list[Row]:
    import thread_validator

    raw, parsed = text("large"), body("large")
    validator = thread_validator.Validator("thread")
    jsonschema = jsonschema_validator()
    candidates: dict[str, Callable[[], object]] = {
        "json.loads of the text (floor)": lambda: json.loads(raw),
        "thread-validator is_valid": lambda: validator.is_valid(parsed),
        "thread-validator validate (+ warning rules)": lambda: validator.validate(parsed),
        "python-jsonschema is_valid": lambda: jsonschema.is_valid(parsed),
    }
    rs = jsonschema_rs_validator()
    if rs is not None:
        candidates["jsonschema-rs is_valid"] = lambda: rs.is_valid(parsed)
    size = len(raw.encode())
    result = []
    floor = None
    for name, function in candidates.items():
        used = peak(function)
        floor = floor or used
        note = f"{used / 1024:,.1f} KiB peak = {used / size:.2f}× the text ({size / 1024:,.0f} KiB)"
        result.append(Row("memory, large body", name, 0.0, used / floor, note))
    return result


if __name__ == "__main__":
    main(rows)
