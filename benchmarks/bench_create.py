"""How long does building a validator take, ready to check its first (valid) body?

thread-validator's compiled check is written at build time (``_generated``; compiling it at run
time is timed too); the diagnostics (the schema document, the walk written out bound to it) are
loaded only when a body has an error, and are timed separately. In one process,
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
    from thread_validator import _diagnose, _fast, _schema

    typical = body("typical")
    invalid = body("invalid_wrong_role")
    raw = json.dumps(typical)

    def ours() -> object:
        _fast.checker.cache_clear()
        return thread_validator.Validator("thread").is_valid(typical)

    def compiled() -> object:
        return _fast.compile_check("thread")(typical)

    def ours_diagnostics() -> object:
        _diagnose.walker.cache_clear()
        _diagnose.written_walks.cache_clear()
        _schema.document.cache_clear()
        _fast._places.cache_clear()
        _fast._SCHEMA_CHECKS.clear()
        return thread_validator.Validator("thread").validate(invalid)

    candidates: dict[str, Callable[[], object]] = {
        "json.loads of typical (floor)": lambda: json.loads(raw),
        "thread-validator (check generated at build time)": ours,
        "thread-validator, the check compiled at run time": compiled,
        "thread-validator, first invalid body (schema read, walk loaded)": ours_diagnostics,
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
