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

For the bundled documents the walk is also written out at build time (``walk_source``, into
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
from ._fast import schema_checker
from ._keywords import _UNSET, Fault
from ._runtime import keys_in
from ._schema import DOCUMENTS, branch_types, document

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
        yield from self.iter_errors(instance, self._resolve(ref))

    def _resolve(self, ref: str) -> Any:
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
    """Whether an object anywhere in ``body`` has a key that is not a string.

    The validator reports such keys wherever they are, inside values the schema does not look
    at too, which the walk never visits: a body that has one is left to the full path.
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
    out: list[Fault],
    faults: Iterator[Fault],
    keyword: str,
    value: Any,
    instance: Any,
    schema: Any,
    path: tuple[Any, ...],
    schema_path: tuple[Any, ...],
) -> None:
    """Add a keyword function's errors to ``out``, placed as the walk places them: the keyword
    recorded on each error that has none, then its path and schema path from the body down."""
    for error in faults:
        if error.validator is _UNSET:
            error._set(validator=keyword, validator_value=value, instance=instance, schema=schema)
        error.schema_path.appendleft(keyword)
        error.schema_path.extendleft(reversed(schema_path))
        error.path.extendleft(reversed(path))
        out.append(error)


def schema_at(api_version: str, pointer: str) -> Any:
    """The schema object at ``pointer`` (a JSON Pointer) in the bundled document."""
    node: Any = document(api_version)
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if type(node) is list else node[token]
    return node


def _escape(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


_TYPE_TESTS = {
    "object": "t is dict",
    "string": "t is str",
    "array": "t is list",
    "integer": "t is int or (t is float and inst.is_integer())",
    "number": "t is int or t is float",
    "boolean": "t is bool",
    "null": "inst is None",
}


class _WalkWriter:
    """Writes the walk of one bundled document as Python: for each schema object the walker can
    visit, a function ``(instance, path, schema_path, out)`` that runs its keywords as
    :meth:`Walker.iter_errors` does, in its order, with the quick passes inline and each error
    placed once, by :func:`collect`, instead of at every level on its way up.

    Anything the walker would not do the same way raises :class:`Unsupported` (from ``_fast``),
    and the document keeps the walker itself.
    """

    def __init__(self, api_version: str) -> None:
        from ._fast import Unsupported

        self.unsupported = Unsupported
        self.api_version = api_version
        self.reference = Walker(api_version)
        self.prefix = f"{api_version}_".replace("-", "_").replace(".", "_")
        self.names: dict[int, str] = {}
        self.pending: list[tuple[str, Any, str]] = []
        self.lines: list[str] = []
        # Module-level names the functions read: each schema object (S_), then what is made
        # from them (c_ their checks, known_ their property names).
        self.schemas: list[str] = []
        self.derived: dict[str, str] = {}
        # Whether the keywords written so far account for the whole value (``_uncovered``): no,
        # always (a $ref), or when a discriminated branch was walked (``covered`` at run time).
        self._covered = "no"

    def function(self, schema: Any, pointer: str) -> str:
        """The name of the function that walks ``schema`` (written once per schema object)."""
        name = self.names.get(id(schema))
        if name is None:
            name = self.names[id(schema)] = f"w_{self.prefix}{len(self.names)}"
            self.pending.append((name, schema, pointer))
        return name

    def checked(self, schema: Any, pointer: str) -> str:
        """The walk of ``schema``, with its compiled check bound as ``c_`` and the name."""
        walk = self.function(schema, pointer)
        # The table of checks written at build time first, by place (as ``schema_checker`` finds
        # them, without indexing the document's places on the first invalid body).
        self.derived[f"c_{walk}"] = (
            f"SUBSCHEMA_CHECKS.get(({self.api_version!r}, {pointer!r})) "
            f"or _check(S_{walk}, {self.api_version!r})"
        )
        return walk

    def write(self) -> None:
        while self.pending:
            name, schema, pointer = self.pending.pop(0)
            self.lines += ["", "", *self._function(name, schema, pointer)]

    def _function(self, name: str, schema: Any, pointer: str) -> list[str]:
        header = f"def {name}(inst, path, spath, out):"
        if schema is True:
            # Nothing to report here, but the value is still the walk's to look through.
            return [header, *_indented(self._look("inst"))]
        if type(schema) is not dict:
            raise self.unsupported(f"a schema that is not an object at {pointer}")
        self.schemas.append(f"S_{name} = schema_at({self.api_version!r}, {pointer!r})")
        body = [
            "t = type(inst)",
            "if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')",
            "if t is dict and countOf(map(type, inst), str) != len(inst):",
            "    raise Refused('a key that is not a string')",
        ]
        keywords = self.reference.keywords
        for keyword in schema:
            if keyword not in keywords and keyword in _NOT_WALKED:
                body.append(f"raise Refused({f'keyword {keyword!r}'!r})")
                return [header, *_indented(body)]
        self._covered = "no"
        for keyword, value in schema.items():
            if keyword in keywords:
                body += self._keyword(name, keyword, value, schema, pointer)
        body += self._uncovered(name, schema)
        return [header, *_indented(body)]

    # --- keys that are not strings: every value of the body is the walk's to account for -------

    # A key that is not a string is reported wherever it is, and a dict or list subclass anywhere
    # leaves the body to jsonschema (``has_non_string_key``). The walk accounts for every value
    # instead of a look through the whole body first: a value it visits has its keys counted on
    # the way in; one whose compiled check passes needs nothing more (a compiled check answers
    # True only after looking at every key inside, ``_fast``); any other, a member or item no
    # keyword of its schema descends into, is looked through.

    def _look(self, value: str) -> list[str]:
        return [f"if has_non_string_key({value}): raise Refused('a key that is not a string')"]

    def _uncovered(self, name: str, schema: Any) -> list[str]:
        """The look through the members and items of the value that no keyword of ``schema``
        accounts for; none when its ``$ref`` walks the same value (a definition accounts for all
        of it), or only when the discriminated branch was not walked."""
        if self._covered == "always":
            return []
        items = schema.get("items")
        lines = []
        if type(items) is not dict:
            lines += ["if t is list:", *_indented(self._look("inst"))]
        additional = schema.get("additionalProperties", True)
        if type(additional) is not dict:
            properties = schema.get("properties")
            if type(properties) is dict and properties:
                self.derived[f"props_{name}"] = f"frozenset(S_{name}['properties'])"
                lines += [
                    "if t is dict:",
                    "    for k, x in inst.items():",
                    f"        if k not in props_{name} and type(x) is not str:",
                    *_indented(_indented(_indented(self._look("x")))),
                ]
            else:
                lines += ["if t is dict:", *_indented(self._look("inst"))]
        if lines and self._covered == "branch":
            return ["if not covered:", *_indented(lines)]
        return lines

    def _generic(self, name: str, keyword: str, function: str = "") -> str:
        value = f"S_{name}[{keyword!r}]"
        function = function or f"K[{keyword!r}]"
        return (
            f"collect(out, {function}(W_{self.prefix}, {value}, inst, S_{name}), {keyword!r}, "
            f"{value}, inst, S_{name}, path, spath)"
        )

    def _keyword(self, name: str, keyword: str, value: Any, schema: Any, pointer: str) -> list[str]:
        here = f"{pointer}/{_escape(keyword)}"
        if keyword == "type":
            names = [value] if type(value) is str else value
            if type(names) is not list or not names or any(n not in _TYPE_TESTS for n in names):
                raise self.unsupported(f"type {value!r} at {pointer}")
            test = " or ".join(f"({_TYPE_TESTS[n]})" for n in names)
            return [f"if not ({test}):", f"    {self._generic(name, keyword, 'type_')}"]
        if keyword == "required":
            if type(value) is not list or any(type(n) is not str for n in value):
                raise self.unsupported(f"required at {pointer}")
            if not value:
                return []
            test = " and ".join(f"{n!r} in inst" for n in value)
            return [
                f"if t is dict and not ({test}):",
                f"    {self._generic(name, keyword, 'required')}",
            ]
        if keyword == "properties":
            if type(value) is not dict:
                raise self.unsupported(f"properties at {pointer}")
            lines = []
            for member, sub in value.items():
                if sub is True:
                    # Nothing to report there (the walker's check passes it), but its value is
                    # the walk's to look through.
                    look = self._look(f"inst[{member!r}]")
                    lines += [f"    if {member!r} in inst:", *_indented(_indented(look))]
                    continue
                at = f"{here}/{_escape(member)}"
                place = f"path + ({member!r},), spath + ('properties', {member!r}), out"
                if self._of_objects(sub):
                    # The walk of an array of objects asks the check of each item: asking the
                    # array's first would check each valid item twice when one is not.
                    walk = self.function(sub, at)
                    lines += [
                        f"    if {member!r} in inst:",
                        f"        {walk}(inst[{member!r}], {place})",
                    ]
                    continue
                walk = self.checked(sub, at)
                lines += [
                    f"    if {member!r} in inst:",
                    f"        x = inst[{member!r}]",
                    f"        if c_{walk}(x) is not True:",
                    f"            {walk}(x, {place})",
                ]
            return ["if t is dict:", *lines] if lines else []
        if keyword == "items":
            if type(value) is not dict:
                return ["if t is list: raise Refused('items that is not a schema')"]
            walk = self.checked(value, here)
            return [
                "if t is list:",
                "    for i, x in enumerate(inst):",
                f"        if c_{walk}(x) is not True:",
                f"            {walk}(x, path + (i,), spath + ('items',), out)",
            ]
        if keyword == "additionalProperties":
            known = schema.get("properties", {})
            if type(known) is not dict:
                raise self.unsupported(f"properties at {pointer}")
            if value is False:
                self.derived[f"known_{name}"] = f"frozenset(S_{name}.get('properties', {{}}))"
                return [
                    f"if t is dict and not known_{name}.issuperset(inst):",
                    f"    {self._generic(name, keyword, 'additionalProperties')}",
                ]
            if value is True:
                return []
            if type(value) is not dict:
                return ["if t is dict: raise Refused('additionalProperties')"]
            walk = self.checked(value, here)
            self.derived[f"known_{name}"] = f"S_{name}.get('properties', {{}})"
            return [
                "if t is dict:",
                "    for k, x in inst.items():",
                f"        if k in known_{name}:",
                "            continue",
                f"        if c_{walk}(x) is not True:",
                f"            {walk}(x, path + (k,), spath + ('additionalProperties',), out)",
            ]
        if keyword == "$ref":
            try:
                target = self.reference._resolve(value)
            except Refused:
                return [f"raise Refused({f'$ref {value!r}'!r})"]
            name_ = value.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
            self._covered = "always"
            return [f"{self.function(target, '/$defs/' + _escape(name_))}(inst, path, spath, out)"]
        if keyword == "oneOf":
            return self._one_of(name, value, schema, pointer)
        return [self._generic(name, keyword)]

    def _of_objects(self, schema: Any) -> bool:
        """Whether ``schema`` is an array whose items are objects (each checked by a compiled
        check of its own as the walk goes through them)."""
        if type(schema) is not dict or schema.get("type") != "array":
            return False
        items = schema.get("items")
        if type(items) is dict and type(items.get("$ref")) is str and len(items) == 1:
            try:
                items = self.reference._resolve(items["$ref"])
            except Refused:
                return False
        return type(items) is dict and (
            items.get("type") == "object" or ("discriminator" in items and "oneOf" in items)
        )

    def _one_of(self, name: str, branches: Any, schema: Any, pointer: str) -> list[str]:
        fallback = self._generic(name, "oneOf", "oneOf")
        discriminator = schema.get("discriminator")
        if "exactlyOneOf" in schema:
            return []  # the custom keyword reports instead (``_keywords.oneOf`` yields nothing)
        if discriminator is None:
            return self._one_of_by_type(name, branches, pointer, fallback)
        try:
            tag, mapping = discriminator["propertyName"], discriminator["mapping"]
        except (KeyError, TypeError):
            raise self.unsupported(f"discriminator at {pointer}") from None
        if type(branches) is not list or type(tag) is not str or type(mapping) is not dict:
            raise self.unsupported(f"discriminator at {pointer}")
        calls: list[str] = []
        for value, target in mapping.items():
            found = [
                i for i, branch in enumerate(branches)
                if type(branch) is dict and branch.get("$ref") == target
            ]  # fmt: skip
            if type(value) is not str or not found:
                raise self.unsupported(f"discriminator at {pointer}")
            index = found[0]
            test = f"{'if' if not calls else 'elif'} tag == {value!r}:"
            calls += _indented(self._branch(test, branches, index, pointer))
        if self._covered == "no":
            self._covered = "branch"
        return [
            "covered = False",
            f"tag = inst.get({tag!r}) if t is dict else None",
            "if type(tag) is str:",
            *calls,
            "    else:",
            f"        {fallback}",
            "else:",
            f"    {fallback}",
        ]

    def _branch(self, test: str, branches: list[Any], index: int, pointer: str) -> list[str]:
        """Under ``test``, the walk of the ``index``-th branch of a oneOf, which then accounts
        for the whole value (``covered``)."""
        walk = self.function(branches[index], f"{pointer}/oneOf/{index}")
        return [
            test,
            f"    {walk}(inst, path, spath + ('oneOf', {index}), out)",
            "    covered = True",
        ]

    def _one_of_by_type(self, name: str, branches: Any, pointer: str, fallback: str) -> list[str]:
        """``_keywords.oneOf`` without a discriminator: the one branch whose ``type`` admits
        the value is walked (``_keywords._fitting``, whose branches the walker takes as
        written); none or several, the keyword function decides."""
        if type(branches) is not list or not branches:
            return [fallback]
        tests = []
        for branch in branches:
            names = branch_types(branch)
            if names is None:
                tests.append("True")
            elif type(names) is list and names and all(n in _TYPE_TESTS for n in names):
                tests.append(" or ".join(f"({_TYPE_TESTS[n]})" for n in names))
            else:
                return [fallback]
        calls: list[str] = []
        for index in range(len(branches)):
            test = f"{'if' if not calls else 'elif'} fits == ({index},):"
            calls += self._branch(test, branches, index, pointer)
        if self._covered == "no":
            self._covered = "branch"
        fits = ", ".join(f"{index} if {test} else -1" for index, test in enumerate(tests))
        return [
            "covered = False",
            f"fits = tuple(i for i in ({fits},) if i >= 0)",
            *calls,
            "else:",
            f"    {fallback}",
        ]


def _indented(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


GENERATED_WALK = "_generated_walk.py"


def _checked_documents() -> list[str]:
    """The bundled documents (keys of ``_schema.DOCUMENTS``) with a kind the compiled check
    covers: the full diagnostics walk only the bodies of those (others go to jsonschema)."""
    from ._fast import Unsupported, source
    from ._schema import KINDS_BY_VERSION, document_key

    found: list[str] = []
    for version, kinds in KINDS_BY_VERSION.items():
        for kind in kinds:
            key = document_key(kind, version)
            if key in found:
                continue
            try:
                source(kind, api_version=key)
            except Unsupported:
                continue
            found.append(key)
    return found


def walk_source() -> str:
    """The text of ``_generated_walk``: the walk of every bundled document with a compiled
    check written out (``_WalkWriter``), and ``LOADERS``, by document, the function that binds
    its schema objects and checks (on the first body of that document: a process that checks
    v2 bodies never reads v1's) and gives its walk of each definition, by name.

    A document with anything the writer refuses keeps the walker (it is left out of ``LOADERS``).
    """
    from ._fast import Unsupported

    lines = [
        '"""The engine-free walk of ``_diagnose`` written out for the bundled documents, at build time.',
        "",
        "One function per schema object, which runs its keywords as ``_diagnose.Walker`` does. Written",
        "by ``python -m thread_validator._write_generated``: do not edit. tests/test_generated.py fails",
        "when this file differs from what the documents give.",
        '"""',
        "# fmt: off",
        "# ruff: noqa",
        "",
        "from operator import countOf",
        "",
        "from ._diagnose import (",
        "    JSON_TYPES, Refused, checker as _check, collect, has_non_string_key, schema_at, walker,",
        ")",
        "from ._generated import SUBSCHEMA_CHECKS",
        "from ._keywords import KEYWORDS as K, additionalProperties, oneOf, required, type as type_",
    ]
    loaders: list[str] = []
    for api_version in _checked_documents():
        writer = _WalkWriter(api_version)
        roots = {
            name: writer.function(definition, f"/$defs/{_escape(name)}")
            for name, definition in writer.reference.defs.items()
        }
        try:
            writer.write()
        except Unsupported:
            continue
        bound = [f"W_{writer.prefix} = walker({api_version!r})", *writer.schemas]
        bound += [f"{name} = {value}" for name, value in writer.derived.items()]
        names = [line.split(" = ", 1)[0] for line in bound]
        lines += [
            *writer.lines,
            "",
            "",
            f"def load_{writer.prefix}():",
            *(f"    global {name}" for name in names),
            *(f"    {line}" for line in bound),
            "    return {",
            *(f"        {name!r}: {walk}," for name, walk in roots.items()),
            "    }",
        ]
        loaders.append(f"    {api_version!r}: load_{writer.prefix},")
    lines += ["", "", "LOADERS = {", *loaders, "}"]
    return "\n".join(lines) + "\n"


@functools.cache
def written_walks(document_key: str) -> dict[str, Callable[..., None]]:
    """The walk written out of each definition of a bundled document, by name (none: the
    document keeps the walker)."""
    from ._generated_walk import LOADERS

    load: Callable[[], dict[str, Callable[..., None]]] | None = LOADERS.get(document_key)
    return load() if load is not None else {}


def checker(schema: Any, api_version: str) -> Callable[[Any], Any]:
    """What the walker asks first of a value it may descend into: the compiled check of its
    subschema, or one that is never sure."""
    return schema_checker(schema, api_version) or _never
