"""The full report without jsonschema: an engine-free walk over the keyword functions.

A body with an error needs every problem, with its message, code and schema path. jsonschema's
engine gives them, through the keyword functions of ``_keywords``, at a cost: about 100 ms to
import it, and per value it visits, a new validator (``evolve``) and a reference lookup. This
walker calls the same keyword functions, in the same order (each schema's keywords as the schema
lists them, ``$ref`` in its place), and gives each error the same path and schema path, so the
report is the same (the agreement property tests hold it to jsonschema's). It asks the compiled
check of each subschema first (``_fast.schema_checker``) and descends only where it fails, as
``_pruning`` does for jsonschema (``properties``, ``items``, additional properties).

It refuses (:class:`Refused`), and the validator falls back to jsonschema, on what it does not
know: a keyword of JSON Schema that the bundled schemas do not use, a value that is not plain JSON
(a tuple, a ``str`` subclass, a ``Decimal``, a key that is not a string), or nesting deep enough
to exhaust the stack.

For the bundled documents the walk is also written out at build time (``_walk_writer``, into
``_generated_walk``): one function per schema object, the same keywords in the same order, each
error placed once instead of at every level on its way up, and every value of the body accounted
for on the way, so that a key that is not a string needs no look through the whole body first.
The walker stays the reference (a property test holds the two to the same errors) and the path
for any other document.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from operator import countOf
from typing import Any

from . import _keywords
from ._display import unescape_pointer_token
from ._fast import schema_checker
from ._keywords import _UNSET, Fault
from ._problem import Draft
from ._runtime import keys_in
from ._schema import DOCUMENTS, document
from ._schema_rules import schema_rule

JSON_TYPES = frozenset({dict, list, str, int, float, bool, type(None)})

# Keywords of JSON Schema 2020-12 that assert or apply and that the walker does not implement:
# a schema using one is left to jsonschema. (Annotations and unknown keywords are ignored, as
# jsonschema ignores them.)
_NOT_WALKED = frozenset(
    {
        "allOf", "anyOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems",
        "contains", "patternProperties", "propertyNames", "unevaluatedItems",
        "unevaluatedProperties", "dependentRequired", "minProperties", "uniqueItems", "pattern",
        "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minContains", "maxContains",
        "$dynamicRef", "$recursiveRef", "dependencies",
    }
)  # fmt: skip


class Refused(Exception):
    """The walker cannot promise jsonschema's report for this body or schema."""


class Walker:
    """Walks one bundled document; ``validator`` to the keyword functions."""

    def __init__(self, api_version: str) -> None:
        self.api_version = api_version
        self.defs = document(api_version)["$defs"]
        # Each schema object's plan and compiled check, and each properties object's checks, by
        # identity (the object is kept with them, so that its id is not reused).
        self._plans: dict[int, tuple[Any, list[tuple[str, Any, Any]]]] = {}
        self._checks: dict[int, tuple[Any, Callable[[Any], Any]]] = {}
        self._property_checks: dict[int, tuple[Any, list[tuple[str, Any, Any]]]] = {}
        self.schema_id = DOCUMENTS[api_version][1]
        self.keywords: dict[str, Callable[..., Iterator[Fault]]] = {
            **_keywords.KEYWORDS,
            "properties": self._properties,
            "items": self._items,
            "$ref": self._ref,
            "additionalProperties": self._additional_properties,
            "type": self._type,
            "required": self._required,
            "oneOf": self._one_of,
        }

    # --- what the keyword functions use ------------------------------------------------------

    def is_type(self, instance: Any, name: str) -> bool:
        # jsonschema's draft 2020-12 type checker, on plain JSON values (the walk refuses others).
        kind = type(instance)
        if name == "object":
            return kind is dict
        if name == "string":
            return kind is str
        if name == "array":
            return kind is list
        if name == "integer":
            return kind is int or (kind is float and instance.is_integer())
        if name == "number":
            return kind is int or kind is float
        if name == "boolean":
            return kind is bool
        if name == "null":
            return instance is None
        raise Refused(f"type {name!r}")

    def evolve(self, **changes: Any) -> Any:
        # Only jsonschema's own oneOf asks for it, for branches the type does not tell apart.
        raise Refused("a oneOf whose branches are not told apart")

    def descend(
        self,
        instance: Any,
        schema: Any,
        path: str | int | None = None,
        schema_path: str | int | None = None,
    ) -> Iterator[Fault]:
        for error in self.iter_errors(instance, schema):
            if path is not None:
                error.path.appendleft(path)
            if schema_path is not None:
                error.schema_path.appendleft(schema_path)
            yield error

    def iter_errors(self, instance: Any, schema: Any) -> Iterator[Fault]:
        if schema is True:
            return
        if type(instance) not in JSON_TYPES:
            raise Refused(f"a value of type {type(instance).__name__}")
        if type(instance) is dict and countOf(map(type, instance), str) != len(instance):
            raise Refused("a key that is not a string")
        entry = self._plans.get(id(schema))
        if entry is None or entry[0] is not schema:
            entry = self._plans[id(schema)] = (schema, self._plan(schema))
        for keyword, function, value in entry[1]:
            for error in function(self, value, instance, schema):
                # As jsonschema's engine: the innermost keyword is the error's (its rule).
                if error.validator is _UNSET:
                    error._set(
                        validator=keyword, validator_value=value, instance=instance, schema=schema
                    )
                if keyword != "$ref":
                    error.schema_path.appendleft(keyword)
                yield error

    def _plan(self, schema: Any) -> list[tuple[str, Callable[..., Iterator[Fault]], Any]]:
        """The keyword functions a schema runs, in its order (jsonschema's order)."""
        if type(schema) is not dict:
            raise Refused("a schema that is not an object")
        plan = []
        for keyword, value in schema.items():
            function = self.keywords.get(keyword)
            if function is not None:
                plan.append((keyword, function, value))
            elif keyword in _NOT_WALKED:
                raise Refused(f"keyword {keyword!r}")
        return plan

    # --- quick passes: the keyword function runs only where there is a fault ----------------

    def _type(self, validator: Any, types: Any, instance: Any, schema: Any) -> Iterator[Fault]:
        if type(types) is str:
            if self.is_type(instance, types):
                return
        elif any(self.is_type(instance, name) for name in types):
            return
        yield from _keywords.type(self, types, instance, schema)

    def _required(
        self, validator: Any, required: Any, instance: Any, schema: Any
    ) -> Iterator[Fault]:
        if type(instance) is not dict:
            return
        for name in required:
            if name not in instance:
                yield from _keywords.required(self, required, instance, schema)
                return

    def _one_of(self, validator: Any, branches: Any, instance: Any, schema: Any) -> Iterator[Fault]:
        # The branch a discriminator's tag names, as ``_keywords.oneOf`` picks it, without
        # spelling out the allowed tags first; any other case is the keyword function's.
        discriminator = schema.get("discriminator")
        if discriminator is not None and "exactlyOneOf" not in schema and type(instance) is dict:
            tag = instance.get(discriminator["propertyName"])
            target = discriminator["mapping"].get(tag) if type(tag) is str else None
            if target is not None:
                index = next(i for i, branch in enumerate(branches) if branch.get("$ref") == target)
                yield from self.descend(instance, branches[index], schema_path=index)
                return
        yield from _keywords.oneOf(self, branches, instance, schema)

    # --- the applicators, pruned by the compiled checks -------------------------------------

    def _check(self, schema: Any) -> Callable[[Any], Any]:
        """The compiled check of a subschema (one that never passes if there is none)."""
        entry = self._checks.get(id(schema))
        if entry is None or entry[0] is not schema:
            check = schema_checker(schema, self.api_version) or _never
            entry = self._checks[id(schema)] = (schema, check)
        return entry[1]

    def _passes(self, schema: Any, instance: Any) -> bool:
        return self._check(schema)(instance) is True

    def _properties(
        self, validator: Any, properties: Mapping[str, Any], instance: Any, schema: Any
    ) -> Iterator[Fault]:
        if type(instance) is not dict:
            return
        entry = self._property_checks.get(id(properties))
        if entry is None or entry[0] is not properties:
            plan = [(name, sub, self._check(sub)) for name, sub in properties.items()]
            entry = self._property_checks[id(properties)] = (properties, plan)
        for name, subschema, check in entry[1]:
            if name in instance and check(instance[name]) is not True:
                yield from self.descend(instance[name], subschema, path=name, schema_path=name)

    def _items(self, validator: Any, items: Any, instance: Any, schema: Any) -> Iterator[Fault]:
        if type(instance) is not list:
            return
        if type(items) is not dict:
            raise Refused("items that is not a schema")
        check = self._check(items)
        for index, item in enumerate(instance):
            if check(item) is not True:
                yield from self.descend(item, items, path=index)

    def _ref(self, validator: Any, ref: str, instance: Any, schema: Any) -> Iterator[Fault]:
        # Not pruned: the walk gets here only where the check of the schema holding the $ref
        # (a property's, an item's, the body's) failed, and asking again would repeat it.
        yield from self.iter_errors(instance, self.resolve(ref))

    def resolve(self, ref: str) -> Any:
        for prefix in ("#/$defs/", f"{self.schema_id}#/$defs/"):
            if ref.startswith(prefix):
                name = ref[len(prefix) :]
                if name in self.defs:
                    return self.defs[name]
        raise Refused(f"$ref {ref!r}")

    def _additional_properties(
        self, validator: Any, allowed: Any, instance: Any, schema: Any
    ) -> Iterator[Fault]:
        if allowed is False:
            yield from _keywords.additionalProperties(self, allowed, instance, schema)
            return
        if type(instance) is not dict or allowed is True:
            return
        if type(allowed) is not dict:
            raise Refused("additionalProperties")
        known = schema.get("properties", {})
        for key, value in instance.items():
            if key not in known and not self._passes(allowed, value):
                yield from self.descend(value, allowed, path=key)


def _never(instance: Any) -> None:
    return None  # "not sure": the walk descends


def has_non_string_key(body: object) -> bool:
    """Whether an object anywhere in ``body`` has a key that is not (exactly) a string, or a dict
    or list subclass is in it.

    The validator reports such keys wherever they are, inside values the schema does not look
    at too, which a walk does not visit: a body that has one is left to the full path. The walk
    written out asks it of the values it does not visit; the walker, of the whole body first.
    Each object's keys are counted in C. A recursive walk first (a function for objects and one
    for arrays, each testing its values' types before any call), which is about twice as quick
    as keeping a stack and the identities seen; a body nested deeper than the stack allows, or
    a Python structure that holds itself, goes to the iterative one.
    """
    try:
        return _has_non_string_key(body)
    except RecursionError:
        return _has_non_string_key_iteratively(body)


def _has_non_string_key(node: Any) -> bool:
    kind = type(node)
    if kind is dict:
        return _in_object(node)
    if kind is list:
        return _in_array(node)
    return isinstance(node, (dict, list))  # a subclass: not plain JSON either way


def _in_object(node: dict[Any, Any]) -> bool:
    if countOf(map(type, node), str) != len(node):
        return True
    for value in node.values():
        kind = type(value)
        # Strings first: the common value (IDs, texts), one identity test.
        if kind is str or kind in _SCALARS:
            continue
        if kind is dict:
            if _in_object(value):
                return True
        elif kind is list:
            if _in_array(value):
                return True
        elif isinstance(value, (dict, list)):
            return True  # a subclass: not plain JSON either way
    return False


def _in_array(node: list[Any]) -> bool:
    if countOf(map(type, node), str) == len(node):
        return False  # strings only (a list of IDs), in one pass in C
    for value in node:
        kind = type(value)
        if kind is dict:
            if _in_object(value):
                return True
        elif kind is list:
            if _in_array(value):
                return True
        elif kind not in _SCALARS and isinstance(value, (dict, list)):
            return True
    return False


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _has_non_string_key_iteratively(body: object) -> bool:
    if type(body) is not dict and type(body) is not list:
        return isinstance(body, (dict, list))  # a subclass: not plain JSON either way
    return keys_in([body]) is not True  # a key that is not a string, or a subclass inside


@functools.cache
def walker(api_version: str) -> Walker:
    return Walker(api_version)


# --- the walk written out: one function per schema object --------------------------------------


def collect(
    out: list[Draft],
    faults: Iterator[Fault],
    keyword: str,
    location: str,
    path: tuple[Any, ...],
    api_version: str,
) -> None:
    """Add a keyword function's errors to ``out`` as the problems they are, placed as the walker
    places them: at ``path`` (the value the keyword looked at) and the fault's own path below
    it, with ``location`` (the keyword's place in the bundled document, a constant of the walk
    written out) as its schema path, and its rule."""
    for fault in faults:
        below = fault._below
        schema_below = fault._schema_below
        if schema_below:
            # A fault from below (a oneOf's branch that the keyword walked itself): its place
            # from the keyword's, following references as ``Validator`` does for jsonschema's.
            from ._validator import location_below

            location = location_below(location, tuple(schema_below), api_version)
        validator = fault.validator
        out.append(
            Draft(
                (*path, *below) if below else path,
                fault.code,
                fault.template,
                fault.fields,
                "error",
                schema_rule(keyword if validator is _UNSET else str(validator), fault.code),
                location,
                fault.on_key,
                fault.member,
                fault.of_parent,
            )
        )


def schema_at(api_version: str, pointer: str) -> Any:
    """The schema object at ``pointer`` (a JSON Pointer) in the bundled document."""
    node: Any = document(api_version)
    for token in map(unescape_pointer_token, pointer.split("/")[1:]):
        node = node[int(token)] if type(node) is list else node[token]
    return node


@functools.cache
def written_walks(document_key: str) -> dict[str, Callable[..., None]]:
    """The walk written out of each definition of a bundled document, by name (none: the
    document keeps the walker)."""
    from ._generated_walk import LOADERS

    load: Callable[[], dict[str, Callable[..., None]]] | None = LOADERS.get(document_key)
    return load() if load is not None else {}


def written_walk(document_key: str, name: str) -> Callable[..., None]:
    """The function ``name`` of the walk written out of a bundled document, its document's
    schema objects and checks bound (a scanner's handlers call the walk of the value they
    guard by name: ``_runtime._report``)."""
    from . import _generated_walk

    written_walks(document_key)  # binds them, once a process (it is cached)
    walk: Callable[..., None] = getattr(_generated_walk, name)
    return walk


def checker(schema: Any, api_version: str) -> Callable[[Any], Any]:
    """What the walker asks first of a value it may descend into: the compiled check of its
    subschema, or one that is never sure."""
    return schema_checker(schema, api_version) or _never
