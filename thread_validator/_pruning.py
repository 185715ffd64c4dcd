"""The applicators that only descend, made to skip what the fast path already knows is valid.

An invalid body is mostly valid: one wrong role among fifty messages. jsonschema's own
``properties``, ``items`` and ``$ref`` walk every part of it; these first ask the compiled check
of the subschema (``_fast.schema_checker``), and descend only where it does not pass. A part that
passes has no error to report, so the report is the same, found in a fraction of the time. The
rest of each function is jsonschema's (``jsonschema/_keywords.py``), for the forms the bundled
schema uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from jsonschema import _keywords as standard
from jsonschema.exceptions import ValidationError

from ._fast import schema_checker


def _passes(schema: Any, instance: Any) -> bool:
    check = schema_checker(schema)
    return check is not None and check(instance)


def properties(validator: Any, properties: Mapping[str, Any], instance: Any, schema: Mapping[str, Any]) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    for name, subschema in properties.items():
        if name in instance and not _passes(subschema, instance[name]):
            yield from validator.descend(instance[name], subschema, path=name, schema_path=name)


def items(validator: Any, items: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[ValidationError]:
    if "prefixItems" in schema or items is False or not validator.is_type(instance, "array"):
        yield from standard.items(validator, items, instance, schema)
        return
    for index, item in enumerate(instance):
        if not _passes(items, item):
            yield from validator.descend(instance=item, schema=items, path=index)


def ref(validator: Any, ref: str, instance: Any, schema: Mapping[str, Any]) -> Iterator[ValidationError]:
    if not _passes(_ref_schema(ref), instance):
        yield from standard.ref(validator, ref, instance, schema)


# One schema object per reference, so that its compiled check is found again by identity.
_REFS: dict[str, dict[str, str]] = {}


def _ref_schema(ref: str) -> dict[str, str]:
    return _REFS.setdefault(ref, {"$ref": ref})


PRUNING: dict[str, Callable[..., Iterator[ValidationError]]] = {
    "properties": properties,
    "items": items,
    "$ref": ref,
}
