"""The applicators that only descend, made to skip what the fast path already knows is valid.

Used by jsonschema's engine, which reports only what the engine-free walker (``_diagnose``, pruned
the same way) refuses, and serves as the reference the walker is tested against. An invalid body
is mostly valid: one wrong role among fifty messages. jsonschema's own
``properties``, ``items`` and ``$ref`` walk every part of it; these first ask the compiled check
of the subschema (``_fast.schema_checker``), and descend only where it does not pass. A part that
passes has no error to report, so the report is the same, found in a fraction of the time. The
rest of each function is jsonschema's (``jsonschema/_keywords.py``), for the forms the bundled
schemas use.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from jsonschema import _keywords as standard
from jsonschema.exceptions import ValidationError

from ._fast import schema_checker

Keyword = Callable[..., Iterator[ValidationError]]


@functools.cache
def pruning(api_version: str) -> dict[str, Keyword]:
    """``properties``, ``items`` and ``$ref`` for the bundled document of ``api_version``."""

    def passes(schema: Any, instance: Any) -> bool:
        check = schema_checker(schema, api_version)
        return check is not None and check(instance) is True

    def properties(
        validator: Any, properties: Mapping[str, Any], instance: Any, schema: Mapping[str, Any]
    ) -> Iterator[ValidationError]:
        if not validator.is_type(instance, "object"):
            return
        for name, subschema in properties.items():
            if name in instance and not passes(subschema, instance[name]):
                yield from validator.descend(instance[name], subschema, path=name, schema_path=name)

    def items(
        validator: Any, items: Any, instance: Any, schema: Mapping[str, Any]
    ) -> Iterator[ValidationError]:
        if "prefixItems" in schema or items is False or not validator.is_type(instance, "array"):
            yield from standard.items(validator, items, instance, schema)
            return
        for index, item in enumerate(instance):
            if not passes(items, item):
                yield from validator.descend(instance=item, schema=items, path=index)

    # One schema object per reference, so that its compiled check is found again by identity.
    references: dict[str, dict[str, str]] = {}

    def ref(
        validator: Any, ref: str, instance: Any, schema: Mapping[str, Any]
    ) -> Iterator[ValidationError]:
        if not passes(references.setdefault(ref, {"$ref": ref}), instance):
            yield from standard.ref(validator, ref, instance, schema)

    return {"properties": properties, "items": items, "$ref": ref}
