"""How long does a full report on a body with one fault take, against parsing its text?

thread-validator's report is every problem, with pointer, API param, code and message (and
``is_valid``, which answers from the compiled check without a report);
python-jsonschema and jsonschema-rs list all their errors (``iter_errors``); fastjsonschema stops
at the first. The others do not know the custom keywords, so some of these faults they miss.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable

from _common import (
    Row,
    body,
    compare,
    fastjsonschema_validate,
    jsonschema_rs_validator,
    jsonschema_validator,
    main,
    manifest,
    text,
)


def rows(rounds: int = 9) -> list[Row]:
    import thread_validator

    validator = thread_validator.Validator("thread")
    jsonschema = jsonschema_validator()
    fast = fastjsonschema_validate()
    rs = jsonschema_rs_validator()
    names = [name for name, entry in manifest().items() if entry["set"] == "invalid"]
    ratios: dict[str, list[float]] = {}
    seconds: dict[str, list[float]] = {}
    for name in names:
        raw, parsed = text(name), body(name)
        assert any(problem.severity == "error" for problem in validator.validate(parsed)), name
        candidates: dict[str, Callable[[], object]] = {
            "json.loads of the text (floor)": lambda: json.loads(raw),
            "thread-validator validate (full report)": lambda: validator.validate(parsed),
            "thread-validator is_valid": lambda: validator.is_valid(parsed),
            "python-jsonschema iter_errors": lambda: list(jsonschema.iter_errors(parsed)),
        }
        if fast is not None:
            candidates["fastjsonschema (first error)"] = lambda: _first_error(fast, parsed)
        if rs is not None:
            candidates["jsonschema-rs iter_errors"] = lambda: list(rs.iter_errors(parsed))
        medians = compare(candidates, rounds, budget=0.01)
        floor = medians["json.loads of the text (floor)"]
        for candidate, median in medians.items():
            ratios.setdefault(candidate, []).append(median / floor)
            seconds.setdefault(candidate, []).append(median)
    question = f"one fault ({len(names)} bodies, median)"
    return [
        Row(
            question,
            candidate,
            statistics.median(seconds[candidate]),
            statistics.median(ratio),
            _worst(names, ratio),
        )
        for candidate, ratio in ratios.items()
    ]


def _worst(names: list[str], ratios: list[float]) -> str:
    worst = max(range(len(names)), key=ratios.__getitem__)
    return f"worst: {names[worst]} {ratios[worst]:,.1f}×"


def _first_error(validate: Callable[[object], object], parsed: object) -> object:
    try:
        return validate(parsed)
    except Exception as error:  # noqa: BLE001 - fastjsonschema raises its JsonSchemaValueException
        return error


if __name__ == "__main__":
    main(rows)
