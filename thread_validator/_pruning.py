"""The applicators that only descend, made to skip what the fast path already knows is valid.

Used by jsonschema's engine, which reports only what the engine-free walker (``_diagnose``, pruned
the same way) refuses, and serves as the reference the walker is tested against. An invalid body
is mostly valid: one wrong role among fifty messages. jsonschema's own
``properties``, ``items`` and ``$ref`` walk every part of it; these first ask the compiled check
of the subschema (``_fast.schema_checker``) which parts do not pass, and hand only those to
jsonschema's own function (the public ``Draft202012Validator.VALIDATORS``). A part that passes has
no error to report, so the report is the same, found in a fraction of the time; how to descend
stays jsonschema's.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from ._fast import schema_checker

Keyword = Callable[[Any, Any, Any, Mapping[str, Any]], Iterator[ValidationError]]

_STANDARD: Mapping[str, Keyword] = Draft202012Validator.VALIDATORS


@functools.cache
def pruning(api_version: str) -> dict[str, Keyword]:
    """``properties``, ``items`` and ``$ref`` for the bundled document of ``api_version``."""

    def passes(schema: Any, instance: Any) -> bool:
        check = schema_checker(schema, api_version)
        return check is not None and check(instance) is True

    def properties(
        validator: Any, properties: Mapping[str, Any], instance: Any, schema: Mapping[str, Any]
    ) -> Iterator[ValidationError]:
        if validator.is_type(instance, "object"):
            properties = {
                name: subschema
                for name, subschema in properties.items()
                if name in instance and not passes(subschema, instance[name])
            }
        return _STANDARD["properties"](validator, properties, instance, schema)

    def items(
        validator: Any, items: Any, instance: Any, schema: Mapping[str, Any]
    ) -> Iterator[ValidationError]:
        standard = _STANDARD["items"]
        if "prefixItems" in schema or items is False or not validator.is_type(instance, "array"):
            yield from standard(validator, items, instance, schema)
            return
        failing = [index for index, item in enumerate(instance) if not passes(items, item)]
        if not failing:
            return
        # jsonschema descends into the items that fail, each error's path starting at the index
        # within that selection: put back the index within the body's array.
        for error in standard(validator, items, [instance[index] for index in failing], schema):
            error.path[0] = failing[error.path[0]]
            yield error

    # One schema object per reference, so that its compiled check is found again by identity.
    references: dict[str, dict[str, str]] = {}

    def ref(
        validator: Any, ref: str, instance: Any, schema: Mapping[str, Any]
    ) -> Iterator[ValidationError]:
        if not passes(references.setdefault(ref, {"$ref": ref}), instance):
            yield from _STANDARD["$ref"](validator, ref, instance, schema)

    return {"properties": properties, "items": items, "$ref": ref}
