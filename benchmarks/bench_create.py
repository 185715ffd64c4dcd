"""How long does building a validator take, ready to check its first (valid) body?

thread-validator compiles its fast check on first use (``_fast``); the jsonschema-based
diagnostics are built only when a body has an error, and are timed separately. In one process,
caches cleared between rounds; the modules are already imported (see bench_import.py).
"""

from __future__ import annotations

from collections.abc import Callable

from _common import (
    Row,
    body,
    compare,
    fastjsonschema_validate,
    jsonschema_rs_validator,
    jsonschema_validator,
    main,
)


def rows(rounds: int = 9) -> list[Row]:
    import json

    import thread_validator
    from thread_validator import _fast, _validator

    typical = body("typical")
    invalid = body("invalid_wrong_role")
    raw = json.dumps(typical)

    def ours() -> object:
        _fast.checker.cache_clear()
        return thread_validator.Validator("thread").is_valid(typical)

    def ours_diagnostics() -> object:
        _validator._validator_class.cache_clear()
        return thread_validator.Validator("thread").validate(invalid)

    candidates: dict[str, Callable[[], object]] = {
        "json.loads of typical (floor)": lambda: json.loads(raw),
        "thread-validator (fast check compiled)": ours,
        "thread-validator, first invalid body (full diagnostics built)": ours_diagnostics,
        "python-jsonschema Draft202012Validator": lambda: jsonschema_validator().is_valid(typical),
    }
    if fastjsonschema_validate() is not None:
        candidates["fastjsonschema.compile"] = lambda: fastjsonschema_validate()(typical)  # type: ignore[misc]
    if jsonschema_rs_validator() is not None:
        candidates["jsonschema_rs.validator_for"] = lambda: jsonschema_rs_validator().is_valid(
            typical
        )
    return [
        Row(row.question, row.candidate, row.seconds, None, row.note)
        for row in _rows(compare(candidates, rounds, budget=0.05))
    ]


def _rows(medians: dict[str, float]) -> list[Row]:
    return [Row("validator creation", name, seconds) for name, seconds in medians.items()]


if __name__ == "__main__":
    main(rows)
