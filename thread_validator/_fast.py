"""The fast path: the bundled schema compiled into one plain Python function per kind of body.

``checker(kind, api_version)`` returns a function ``body -> True | False | None``: True only when
the full validator (the keyword functions of ``_keywords``) would report no error, False only
when it would report one, None when it cannot tell (below). Each schema becomes straight-line
code (``$ref``\\ s inlined, one ``type()`` dispatch per value, discriminated ``oneOf``\\ s as
``if``/``elif`` on the tag, an object's own checks before its values'). The functions for the
bundled documents are written at build time into ``_generated`` (``module_source``; a test fails
when it is stale), so a process neither reads the schema nor compiles anything before its first
answer; anything else is compiled and ``exec``'d on first use.

``schema_checker`` gives the check of one subschema, with which the
full diagnostics skip the valid parts of an invalid body. ``scanner`` gives the check of a kind
with the warning rules' cheap tests (``Rule.screens``) folded in where the check reaches their
values, so that a valid body is walked once for its verdict and its warnings (``_warnings``).

Two rules keep it honest:

* It mirrors ``_keywords`` exactly on JSON values (dict, list, str, int, float, bool, None): the
  agreement is a property test. Anything else (a tuple, a ``str`` subclass, a ``Decimal``), and
  any exception (a nesting deep enough to exhaust the stack), makes it answer None: "ask the
  full validator".
* A keyword or form it does not know makes the compiler refuse (``Unsupported``), and ``checker``
  then returns ``None``: the full validator runs on every body. It never accepts what it does not
  understand.
* It answers True only after looking at every key of every object in the value, in members and
  items the schema leaves open too (``_runtime._string_keys``, ``_keys_inside``): a key that is
  not a string is reported wherever it is, and the full diagnostics (``_diagnose``) look no
  further into a value whose check passes.

jsonschema is not imported here.
"""

from __future__ import annotations

import builtins
import functools
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._kinds import ANY, condition, where
from ._runtime import PYTHON_TYPES
from ._runtime import names as _runtime
from ._schema import DEFAULT_API_VERSION, DOCUMENTS, branch_types, document

if TYPE_CHECKING:
    from ._warnings import Node

Check = Callable[[object], "bool | None"]

# Keywords that only annotate: the full validator ignores them, so may the fast path.
_ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "default",
        "examples",
        "$comment",
        "deprecated",
        "readOnly",
        "writeOnly",
        "discriminator",
    }
)
_KEYWORDS = frozenset(
    {
        "type", "enum", "const", "properties", "additionalProperties", "required", "items",
        "minItems", "maxItems", "minLength", "maxLength", "maxProperties", "minimum", "maximum",
        "format", "oneOf", "$ref", "metadataLimits", "chunkOverlapAtMostHalf", "exactlyOneOf",
    }
)  # fmt: skip

# The Python types a JSON value can have, as the dispatch names them (``PYTHON_TYPES``, whose
# test each is).
_KINDS = tuple(PYTHON_TYPES)
_JSON_TYPE_KINDS = {
    "object": ("dict",),
    "array": ("list",),
    "string": ("str",),
    "null": ("null",),
    "boolean": ("bool",),
    "integer": ("int", "float"),
    "number": ("int", "float"),
}


class Unsupported(Exception):
    """The schema uses something the compiler does not translate; the full path must be used."""


# A compiled schema: for each kind, the statements that check a value of that kind (they
# ``return False`` on a fault, ``return None`` when they are not sure: a value that is not JSON),
# or None when no value of that kind can be valid.
Code = dict[str, "list[str] | None"]


def _add(code: Code, kind: str, lines: list[str]) -> None:
    statements = code[kind]
    if statements is not None:  # an impossible kind needs no further checks
        statements.extend(lines)


def _indent(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


class _Compiler:
    def __init__(
        self,
        defs: Mapping[str, Any],
        schema_id: str,
    ) -> None:
        self.defs = defs
        self.schema_id = schema_id
        self.constant_stem = "_c"
        self.constants: dict[str, Any] = {}
        self._names = 0
        self._inlining: list[str] = []
        # What a discriminated branch already knows about its value: variable -> (tag name, tag).
        self._facts: dict[str, tuple[str, str]] = {}
        # The warning pass folded in (``scanner_source``): the node of the screens' tree
        # (``_warnings.screen_tree``) at the value being compiled (None: no screen looks there, or
        # a plain check), and the tokens below it that each value's code goes through.
        self._node: Node | None = None
        self._handled: list[set[str]] = [set()]
        # What each name the screens' code uses stands for: (rule id, the screen's place, and the
        # name in the screen's expression, or None for the screen itself).
        self.screens: dict[str, tuple[str, Any, str | None]] = {}
        self._screen_count = 0
        self.screen_functions: dict[str, Any] = {}
        self.screen_stem = "_s"
        # The chains of attributes of ``context`` the screens read, by the name each is read
        # into once, at its first use (``_warnings.screen_test``).
        self.hoisted: dict[str, str] = {}
        # A scanner with handlers (``scanner_source`` given the walk's names): the name of the
        # walk written out of a schema object, the document those are in, the path of each
        # value's variable in the body (as the source of its tokens: a key, or the variable of
        # a loop's index), and the functions that run the screens below a node of the screens'
        # tree (by the node's id; the nodes are kept so that the ids stay theirs).
        self.walk_of: Callable[[Any], str | None] | None = None
        self.document_key = ""
        self.paths: dict[str, list[str]] = {}
        self.markers: dict[int, tuple[str, Node]] = {}
        self.marker_texts: list[str] = []

    def fresh(self, stem: str) -> str:
        self._names += 1
        return f"{stem}{self._names}"

    def constant(self, value: Any) -> str:
        name = self.fresh(self.constant_stem)
        self.constants[name] = value
        return name

    # --- the screens of the warning pass ----------------------------------------------------

    def compile_at(self, node: Node | None, schema: Any, v: str) -> Code:
        """``compile`` for a value at ``node`` of the screens' tree (None: no screen below).

        The screens below a value are folded in only when its code goes through every place
        they look at wherever a valid body can have one: a key of an object the schema leaves
        open, or a list the schema does not look into, would hide a value from its screen, and
        the compiler refuses (``Unsupported``) rather than let a warning go unseen.
        """
        saved = self._node
        self._node = node
        self._handled.append(set())
        try:
            code = self.compile(schema, v)
        finally:
            handled = self._handled.pop()
            self._node = saved
        if node is not None:
            self._require(node, code, handled)
        return code

    def _require(self, node: Node, code: Code, handled: set[str]) -> None:
        for token in node[1]:
            if code["list" if token == ANY else "dict"] is not None and token not in handled:
                raise Unsupported(f"a screen looks at {token!r}, where the check does not go")

    def screened(self, node: Node | None, v: str) -> list[str]:
        """The calls of the screens at ``node`` on ``v``, each setting its rule's bit (above the
        lowest, which says "valid")."""
        from ._warnings import screen_test

        # The screens that need the value of one type share its test.
        by_type: dict[str, list[str]] = {}
        for entry in node[0] if node is not None else ():
            prefix = f"{self.screen_stem}{self._screen_count}"
            self._screen_count += 1
            test, names = screen_test(entry, prefix, v, hoisted=self.hoisted)
            for name, (stands_for, used) in names.items():
                # Bound at run time from the registry: the screen, or a name its expression uses.
                self.screens[name] = (entry.rule, entry.key, used)
                self.screen_functions[name] = stands_for
            of_type = "" if entry.of_type is None else entry.of_type.__name__
            by_type.setdefault(of_type, []).append(f"if {test}: flags |= {1 << (entry.bit + 1)}")
        lines = by_type.pop("", [])
        for of_type, tests in by_type.items():
            lines += [f"if type({v}) is {of_type}:", *_indent(tests)]
        return lines

    def handled(self, schema: Any, node: Node | None, x: str, body: list[str]) -> list[str]:
        """``body`` (the code of the value ``x`` under ``schema``, at ``node``) in a handler that
        reports a fault in it and lets the scan go on: the screens below ``node`` that the scan
        may not have reached are run on the value, and its walk written out finds its problems
        (``_runtime._report``). Unchanged when there is no walk of the schema or path of ``x``."""
        path = self.paths.get(x)
        walk = None if self.walk_of is None or path is None else self.walk_of(schema)
        if walk is None or path is None:
            return body
        handler = []
        if node is not None and _screens_below(node):
            handler.append(f"flags |= {self.marker(node)}({x}, context) << 1")
        handler.append(
            f"out = _report(out, {x}, ({', '.join(path)},), {walk!r}, {self.document_key!r})"
        )
        return ["try:", *_indent(body), "except _Fail:", *_indent(handler)]

    def marker(self, node: Node) -> str:
        """The function that runs the screens at and below ``node`` on a value (one per node)."""
        from ._warnings import node_marker_source

        found = self.markers.get(id(node))
        if found is None:
            name = f"{self.screen_stem}m{len(self.markers)}"
            text, names = node_marker_source(node, name, f"{name}_s", inline=True)
            for each, (stands_for, rule, place, used) in names.items():
                self.screens[each] = (rule, place, used)
                self.screen_functions[each] = stands_for
            self.marker_texts.append(text)
            found = self.markers[id(node)] = (name, node)
        return found[0]

    def _child(self, token: str) -> Node | None:
        return None if self._node is None else self._node[1].get(token)

    # --- schemas ---------------------------------------------------------------------------

    def compile(self, schema: Any, v: str) -> Code:
        if schema is True:
            schema = {}  # anything, with the same look inside objects and arrays as {}
        if schema is False:
            return dict.fromkeys(_KINDS)
        if not isinstance(schema, dict):
            raise Unsupported(f"schema {schema!r}")
        unknown = set(schema) - _KEYWORDS - _ANNOTATIONS
        unknown = {
            name for name in unknown if not (isinstance(name, str) and name.startswith("x-"))
        }
        if unknown:
            raise Unsupported(f"keywords {sorted(map(str, unknown))}")
        code: Code = {kind: [] for kind in _KINDS}
        if "type" in schema:
            _merge(code, self.type(schema["type"], v))
        if "enum" in schema or "const" in schema:
            if "enum" in schema and "const" in schema:
                raise Unsupported("enum beside const")
            values = schema["enum"] if "enum" in schema else [schema["const"]]
            _merge(code, self.enum(values, v))
        if "required" in schema:
            _add(code, "dict", self.required(schema["required"], v))
        present = schema.get("required", [])
        additional = schema.get("additionalProperties", True)
        # Whether the keys of an object (and of any inside it) are looked at: a key that is not
        # a string is reported wherever it is, in members the schema leaves open too.
        keys_looked_at = "properties" in schema or additional is not True
        if "metadataLimits" in schema:
            # With values that must be strings (the Metadata definition), one loop checks both.
            strings_only = _plain_types(self.compile_at(None, additional, "_")) == [
                str
            ] and not schema.get("properties")
            _add(code, "dict", self.metadata_limits(schema["metadataLimits"], strings_only, v))
            if strings_only:
                additional = True
        # Checks of the object itself come before those of its values: an invalid body is told
        # sooner (is_valid), and the order does not change a yes-or-no answer.
        if "maxProperties" in schema:
            _add(code, "dict", [f"if len({v}) > {_count(schema['maxProperties'])}: return False"])
        if "exactlyOneOf" in schema:
            names = schema["exactlyOneOf"]
            if not (isinstance(names, list) and names and all(isinstance(n, str) for n in names)):
                raise Unsupported("exactlyOneOf must list property names")
            count = " + ".join(f"({name!r} in {v})" for name in names)
            _add(code, "dict", [f"if {count} != 1: return False"])
        for keyword, kind, comparison, cast in _LIMITS:
            if keyword in schema:
                limit = cast(schema[keyword])
                for each in (kind,) if isinstance(kind, str) else kind:
                    _add(code, each, [f"if {comparison.format(v)} {limit!r}: return False"])
        if "properties" in schema or additional is not True:
            _add(
                code, "dict", self.properties(schema.get("properties", {}), additional, present, v)
            )
        if "items" in schema:
            _add(code, "list", self.items(schema["items"], v))
        # An object or array the schema does not look into (no properties, no items; not left
        # to a $ref or to the branches of a oneOf, which look for themselves) is looked through
        # for keys that are not strings, and dict or list subclasses ("not sure").
        if "$ref" not in schema and ("oneOf" not in schema or "exactlyOneOf" in schema):
            if not keys_looked_at:
                _add(code, "dict", [f"if {v} and (_r := _keys_inside({v})) is not True: return _r"])
            if "items" not in schema:
                _add(code, "list", [f"if {v} and (_r := _keys_inside({v})) is not True: return _r"])
        if "format" in schema:
            if schema["format"] != "uri":
                raise Unsupported(f"format {schema['format']!r}")
            _add(code, "str", [f"if not _is_uri({v}): return False"])
        if "chunkOverlapAtMostHalf" in schema:
            enabled = schema["chunkOverlapAtMostHalf"]
            if not isinstance(enabled, bool):
                raise Unsupported("chunkOverlapAtMostHalf must be a boolean")
            if enabled:
                test = (
                    f"if (_r := _overlap_at_most_half({v}.get('max_chunk_size_tokens'), "
                    f"{v}.get('chunk_overlap_tokens'))) is not True: return _r"
                )
                _add(code, "dict", [test])
        # Like ``_keywords.oneOf``: the custom keyword beside it reports the same rule instead.
        if "oneOf" in schema and "exactlyOneOf" not in schema:
            _merge(code, self.one_of(schema["oneOf"], schema.get("discriminator"), v))
        if "$ref" in schema:
            _merge(code, self.ref(schema["$ref"], v))
        # An object check only makes sense once the value is known to be a dict, and so on: a
        # kind that is already impossible keeps None.
        return code

    def ref(self, reference: Any, v: str) -> Code:
        name = _definition_name(reference, self.schema_id)
        if name not in self.defs:
            raise Unsupported(f"$ref {reference!r}")
        if name in self._inlining:
            raise Unsupported(f"recursive $ref {reference!r}")
        self._inlining.append(name)
        try:
            return self.compile(self.defs[name], v)
        finally:
            self._inlining.pop()

    def type(self, types: Any, v: str) -> Code:
        names = [types] if isinstance(types, str) else types
        if not isinstance(names, list) or not all(name in _JSON_TYPE_KINDS for name in names):
            raise Unsupported(f"type {types!r}")
        code: Code = dict.fromkeys(_KINDS)
        for name in names:
            for kind in _JSON_TYPE_KINDS[name]:
                code[kind] = []
        if "integer" in names and "number" not in names:
            # JSON integers include 1.0 (draft 6 and later), not 1.5.
            code["float"] = [f"if not {v}.is_integer(): return False"]
        return code

    def enum(self, values: Any, v: str) -> Code:
        # ``_keywords._json_equal``: a string equals only a string, a boolean only a boolean, a
        # number any equal number (1 == 1.0), null only null.
        if not isinstance(values, list):
            raise Unsupported("enum must be an array")
        if any(isinstance(value, (dict, list)) for value in values):
            raise Unsupported("enum of containers")
        strings = frozenset(value for value in values if isinstance(value, str))
        booleans = frozenset(value for value in values if isinstance(value, bool))
        numbers = frozenset(
            value
            for value in values
            if isinstance(value, (int, float)) and not isinstance(value, bool)
        )
        code: Code = dict.fromkeys(_KINDS)
        if strings:
            code["str"] = [f"if {v} not in {self.constant(strings)}: return False"]
        if booleans:
            code["bool"] = [f"if {v} not in {self.constant(booleans)}: return False"]
        if numbers:
            # Set membership is hash then ==, the same as comparing with each (nan equals nothing).
            test = f"if {v} not in {self.constant(numbers)}: return False"
            code["int"], code["float"] = [test], [test]
        if None in values:
            code["null"] = []
        return code

    def required(self, names: Any, v: str) -> list[str]:
        if not (isinstance(names, list) and all(isinstance(name, str) for name in names)):
            raise Unsupported("required must list property names")
        tag = self._facts.get(v, ("", ""))[0]
        return [f"if {name!r} not in {v}: return False" for name in names if name != tag]

    def properties(self, properties: Any, additional: Any, present: list[str], v: str) -> list[str]:
        if not isinstance(properties, dict) or not all(
            isinstance(name, str) for name in properties
        ):
            raise Unsupported("properties must be an object")
        blocks: list[list[str]] = []
        tag = self._facts.get(v)
        for name, subschema in properties.items():
            child = self._child(name)
            if child is not None:
                self._handled[-1].add(name)
            elif tag is not None and name == tag[0] and self.accepts(subschema, tag[1]):
                continue  # the discriminator already compared it with a value this schema allows
            x = self.fresh("v")
            if v in self.paths:
                self.paths[x] = [*self.paths[v], repr(name)]
            body = self.screened(child, x) + self.emit(self.compile_at(child, subschema, x), x)
            if not body:
                continue
            body = self.handled(subschema, child, x, body)
            if name in present:
                # ``required`` has already returned if it is absent.
                blocks.append([f"{x} = {v}[{name!r}]", *body])
            else:
                blocks.append([f"if {name!r} in {v}:", f"    {x} = {v}[{name!r}]", *_indent(body)])
        # The shortest checks first: a fault in a small part of an invalid body (its metadata) is
        # found before the large parts (its messages) are gone through, and the answer for the
        # whole body does not depend on the order.
        lines = [line for block in sorted(blocks, key=len) for line in block]
        known = frozenset(properties)
        if additional is False and self._node is not None:
            # No other key can be in a valid body: nothing there for a screen to see.
            self._handled[-1].update(token for token in self._node[1] if token != ANY)
        if additional is True:
            # Members the schema leaves open are not checked, but their keys (and those of any
            # object inside them) must be strings, as the full validator reports; a dict or list
            # subclass inside them is not plain JSON: not sure.
            # Only an object with a key beyond ``known`` needs the look. The required ones are
            # there (checked above), so an object of no more keys than those has no other: the
            # common case costs one length test.
            required = len(known.intersection(present))
            lines.append(
                f"if len({v}) > {required} and not {self.constant(known.issuperset)}({v}) and "
                f"(_r := _string_keys({v}, {self.constant(known)})) is not True: return _r"
            )
        elif additional is False:
            lines.insert(0, f"if not {self.constant(known.issuperset)}({v}): return False")
        elif additional is not True:
            x = self.fresh("v")
            code = self.compile_at(None, additional, x)
            types = _plain_types(code)
            if types is not None and not known:
                if types is not _ANY:
                    lines += self.only_types(types, f"{v}.values()", v)
            else:
                body = self.emit(code, x)
                if body:
                    key = self.fresh("k")
                    if known:
                        lines += [
                            f"for {key}, {x} in {v}.items():",
                            f"    if {key} in {self.constant(known)}: continue",
                            *_indent(body),
                        ]
                    else:
                        lines += [f"for {x} in {v}.values():", *_indent(body)]
            # The values are checked, the keys not yet: each must be a string.
            lines.append(f"if _count_of(map(type, {v}), str) != len({v}): return _key_fault({v})")
        return lines

    def items(self, subschema: Any, v: str) -> list[str]:
        if isinstance(subschema, list):
            raise Unsupported("items as an array (draft 4 tuple form)")
        x = self.fresh("v")
        child = self._child(ANY)
        # A handler inside an item names its index from the loop's iterator (``_runtime._index``):
        # counting with ``enumerate`` would cost every valid body about 4% more.
        index = ""
        if v in self.paths:
            index = self.fresh("i")
            self.paths[x] = [*self.paths[v], f"_index({v}, {index})"]
        code = self.compile_at(child, subschema, x)
        screens = self.screened(child, x)
        if child is not None:
            self._handled[-1].add(ANY)
        types = _plain_types(code)
        if not screens and types is _ANY:
            return []
        if not screens and types is not None:
            return self.only_types(types, v, v)
        body = screens + self.emit(code, x)
        if not body:
            return []
        body = self.handled(subschema, child, x, body)
        # The index is counted only where a handler may name it in a path.
        if index and any(re.search(rf"\b{index}\b", line) for line in body):
            return [f"for {x} in ({index} := iter({v})):", *_indent(body)]
        return [f"for {x} in {v}:", *_indent(body)]

    def only_types(self, types: list[builtins.type], values: str, container: str) -> list[str]:
        """Every one of ``values`` is of one of ``types`` (exactly: no subclasses)."""
        x = self.fresh("v")
        test = " and ".join(
            f"{x} is not None" if each is type(None) else f"type({x}) is not {each.__name__}"
            for each in types
        )
        if len(types) == 1:
            # Counting by identity in C is the quickest pass: about 15 ns a value.
            long = f"elif _count_of(map(type, {values}), {self.constant(types[0])}) != len({container}): return _json_faults({values})"
        else:
            long = f"elif not {self.constant(frozenset(types).issuperset)}(map(type, {values})): return _json_faults({values})"
        return [
            # Short ones in a plain loop; long ones in one pass in C over the values' types.
            f"if len({container}) < 16:",
            f"    for {x} in {values}:",
            f"        if {test}: return _json_fault({x})",
            long,
        ]

    def metadata_limits(self, limits: Any, strings_only: bool, v: str) -> list[str]:
        if not isinstance(limits, dict) or set(limits) != {
            "maxKeys",
            "maxKeyLength",
            "maxValueLength",
        }:
            raise Unsupported("metadataLimits needs exactly maxKeys, maxKeyLength, maxValueLength")
        keys, key_length, value_length = (
            _count(limits[name]) for name in ("maxKeys", "maxKeyLength", "maxValueLength")
        )
        key, value = self.fresh("k"), self.fresh("v")
        lines = [
            f"if len({v}) > {keys}: return False",
            f"for {key}, {value} in {v}.items():",
            # A key that is not a string is reported wherever it is (``_validator``): a fault; a
            # str subclass is a string, but not plain JSON: not sure.
            f"    if type({key}) is not str: return _key_fault({v})",
            f"    if len({key}) > {key_length}: return False",
        ]
        if strings_only:
            return [
                *lines,
                f"    if type({value}) is not str: return _json_fault({value})",
                f"    if len({value}) > {value_length}: return False",
            ]
        return [
            *lines,
            f"    if type({value}) is str:",
            f"        if len({value}) > {value_length}: return False",
            f"    elif isinstance({value}, str): return None",
        ]

    def one_of(self, branches: Any, discriminator: Any, v: str) -> Code:
        if not isinstance(branches, list) or not branches:
            raise Unsupported("oneOf must be a non-empty array")
        if discriminator is not None:
            return self.discriminated(branches, discriminator, v)
        # ``_keywords.oneOf`` takes the one branch whose ``type`` admits the value; it falls back
        # to counting valid branches only when several admit it, which is not translated here.
        code: Code = dict.fromkeys(_KINDS)
        for kind in _KINDS:
            fitting = [branch for branch in branches if _admits(branch, kind)]
            if len(fitting) > 1:
                raise Unsupported("oneOf whose branches are not told apart by type")
            if fitting:
                code[kind] = self.compile(fitting[0], v)[kind]
        return code

    def discriminated(self, branches: list[Any], discriminator: Any, v: str) -> Code:
        try:
            name, mapping = discriminator["propertyName"], discriminator["mapping"]
        except (KeyError, TypeError):
            raise Unsupported("discriminator without propertyName and mapping") from None
        if not isinstance(name, str) or not isinstance(mapping, dict):
            raise Unsupported("discriminator")
        tag = self.fresh("tag")
        lines = [
            f"if {name!r} not in {v}: return False",
            f"{tag} = {v}[{name!r}]",
            f"if type({tag}) is not str: return _json_fault({tag})",
        ]
        keyword = "if"
        node = self._node
        for value, target in mapping.items():
            chosen = [
                branch
                for branch in branches
                if isinstance(branch, dict) and branch.get("$ref") == target
            ]
            if not chosen:
                raise Unsupported(f"discriminator target {target!r} is not a branch")
            # In this branch the screens of ``where(name, value)`` look at the same value.
            branch_node, screens = self._branch(node, name, value, v)
            self._facts[v] = (name, value)
            try:
                body = self.compile_at(branch_node, chosen[0], v)["dict"]
            finally:
                del self._facts[v]
            if body is not None:
                body = screens + body
            lines += [
                f"{keyword} {tag} == {value!r}:",
                *_indent(["return False"] if body is None else body or ["pass"]),
            ]
            keyword = "elif"
        lines += ["else:", "    return False"]
        if node is not None:
            # Every branch went through the keys (``compile_at``), and any other tag is refused.
            self._handled[-1].update(
                token for token in node[1] if token != ANY and _condition_on(token, name)
            )
        code: Code = dict.fromkeys(_KINDS)
        code["dict"] = lines
        return code

    def _branch(
        self, node: Node | None, name: str, value: str, v: str
    ) -> tuple[Node | None, list[str]]:
        """The node of a discriminated branch (the keys below ``node``, with those below its
        ``where(name, value)``), and the calls of the screens at that condition."""
        if node is None:
            return None, []
        children = {token: child for token, child in node[1].items() if condition(token) is None}
        met = node[1].get(where(name, value))
        if met is None:
            return ([], children), []
        return ([], _merged(children, met[1])), self.screened(met, v)

    def accepts(self, schema: Any, value: str) -> bool:
        """Whether ``schema`` holds for the string ``value``, decided now by its compiled check."""
        inner = _Compiler(self.defs, self.schema_id)
        text = "\n".join(
            [
                "def check(value):",
                *_indent([*inner.emit(inner.compile(schema, "value"), "value"), "return True"]),
            ]
        )
        namespace: dict[str, Any] = {**_runtime(), **inner.constants}
        exec(text, namespace)
        return bool(namespace["check"](value))

    # --- code ------------------------------------------------------------------------------

    def emit(self, code: Code, v: str) -> list[str]:
        """Statements that check ``v`` against ``code``: one dispatch on its Python type."""
        possible = [kind for kind in _KINDS if code[kind] is not None]
        if len(possible) == len(_KINDS) and not any(code.values()):
            return []  # no constraint at all, whatever the value is
        if not possible:
            return ["return False"]
        if len(possible) == 1:
            (kind,) = possible
            return [f"if not {_test(kind, v)}: return _json_fault({v})", *code[kind]]  # type: ignore[misc]
        t = self.fresh("t")
        lines = [f"{t} = type({v})"]
        for index, kind in enumerate(possible):
            test = f"{v} is None" if kind == "null" else f"{t} is {PYTHON_TYPES[kind].__name__}"
            lines += [f"{'if' if index == 0 else 'elif'} {test}:", *_indent(code[kind] or ["pass"])]
        # Another kind the schema does not admit, or a value that is not JSON at all.
        lines += ["else:", f"    return _json_fault({v})"]
        return lines


def _screens_below(node: Node) -> bool:
    """Whether a screen looks at ``node`` or below it."""
    return bool(node[0]) or any(_screens_below(child) for child in node[1].values())


# A scanner with handlers raises where a check returns (``_runtime._Fail``): each ending of a
# statement of the check, and what it becomes. A key that is not a string ends the scan ("not
# sure"): the walk written out refuses it, and the full path reports it.
_RAISING = [
    (re.compile(r"return False$"), "raise _Fail"),
    (re.compile(r"return _json_fault\((.*)\)$"), r"raise _json_fail(\1)"),
    (re.compile(r"return _json_faults\((.*)\)$"), r"raise _json_fails(\1)"),
    (re.compile(r"return _key_fault\((.*)\)$"), "return None"),
    (re.compile(r"return _r$"), "raise _verdict(_r)"),
]


def _raising(line: str) -> str:
    for pattern, replacement in _RAISING:
        line = pattern.sub(replacement, line)
    if "return " in line and not line.endswith("return None"):
        raise Unsupported(f"a statement the scanner with handlers cannot raise from: {line!r}")
    return line


def _condition_on(token: str, name: str) -> bool:
    """Whether ``token`` is a key, or a condition on the discriminator ``name``."""
    met = condition(token)
    return met is None or met[0] == name


def _merged(children: dict[str, Any], others: dict[str, Any]) -> dict[str, Any]:
    """The children of two nodes of the screens' tree as one node's."""
    merged = dict(children)
    for token, (entries, below) in others.items():
        if token in merged:
            mine = merged[token]
            merged[token] = (mine[0] + entries, _merged(mine[1], below))
        else:
            merged[token] = (entries, below)
    return merged


def _merge(code: Code, other: Code) -> None:
    for kind in _KINDS:
        mine, theirs = code[kind], other[kind]
        code[kind] = None if mine is None or theirs is None else mine + theirs


_ANY = object()


def _plain_types(code: Code) -> Any:
    """The Python types admitted if the code checks nothing but the type; _ANY if not even that."""
    if any(code.values()):
        return None
    possible = [kind for kind in _KINDS if code[kind] is not None]
    if len(possible) == len(_KINDS):
        return _ANY
    return [PYTHON_TYPES[kind] for kind in possible]


def _test(kind: str, v: str) -> str:
    return f"({v} is None)" if kind == "null" else f"(type({v}) is {PYTHON_TYPES[kind].__name__})"


def _admits(branch: Any, kind: str) -> bool:
    names = branch_types(branch)
    if names is None:
        return True
    types = branch["type"]
    if not isinstance(names, list) or not all(name in _JSON_TYPE_KINDS for name in names):
        raise Unsupported(f"type {types!r}")
    if kind == "float" and "integer" in names and "number" not in names:
        raise Unsupported("oneOf branch admitting a float only when it is integral")
    return any(kind in _JSON_TYPE_KINDS[name] for name in names)


def _count(value: Any) -> int:
    if type(value) is not int or value < 0:
        raise Unsupported(f"limit {value!r}")
    return value


def _number(value: Any) -> int | float:
    if type(value) not in (int, float) or value != value or value in (float("inf"), float("-inf")):
        raise Unsupported(f"bound {value!r}")
    return value  # type: ignore[no-any-return]


# keyword, kinds it applies to, the failing comparison, the check of the keyword's value
_LIMITS: tuple[tuple[str, Any, str, Callable[[Any], Any]], ...] = (
    ("minItems", "list", "len({}) <", _count),
    ("maxItems", "list", "len({}) >", _count),
    ("minLength", "str", "len({}) <", _count),
    ("maxLength", "str", "len({}) >", _count),
    ("minimum", ("int", "float"), "{} <", _number),
    ("maximum", ("int", "float"), "{} >", _number),
)


# The fast path looks definitions up by name rather than through the ``referencing`` registry the
# full validator resolves with (``_schema.resolve``): importing ``referencing`` costs about 50 ms,
# more than a valid body may, and only local ``#/$defs/Name`` references are compiled; any other
# is Unsupported, and the full validator (which resolves through the registry) decides.
def _definition_name(reference: Any, schema_id: str) -> str:
    for prefix in ("#/$defs/", f"{schema_id}#/$defs/"):
        if isinstance(reference, str) and reference.startswith(prefix):
            name = reference[len(prefix) :]
            if "/" not in name and "~" not in name and "%" not in name:
                return name
    raise Unsupported(f"$ref {reference!r}")


def source(
    kind: str,
    defs: Mapping[str, Any] | None = None,
    *,
    schema: Any = None,
    api_version: str = DEFAULT_API_VERSION,
    name: str | None = None,
) -> tuple[str, dict[str, Any]]:
    """The Python source of the check for ``kind`` (or a subschema), and the constants it uses.

    The check (``def check``) returns True (valid), False (invalid) or None (not sure: a value
    that is not JSON, or an exception).
    """
    compiler = _Compiler(
        document(api_version)["$defs"] if defs is None else defs, DOCUMENTS[api_version][1]
    )
    name = name or "check"
    if name != "check":
        compiler.constant_stem = f"_{name}_c"  # one module holds several functions
    if schema is None:
        from ._kinds import KINDS

        code = compiler.ref(f"#/$defs/{KINDS[kind].definition}", "body")
    else:
        code = compiler.compile(schema, "body")
    lines = [
        f"def {name}(body):",
        "    try:",
        # A schema with no constraint at all (True) emits nothing: the try block needs a statement.
        *_indent(_indent(compiler.emit(code, "body") or ["pass"])),
        # Whatever goes wrong (a RecursionError, a MemoryError), "not sure" sends the body to
        # the full validator, which reports it properly.
        "    except Exception:",
        "        return None",
        "    return True",
    ]
    text = "\n".join(lines) + "\n"
    return text, compiler.constants


def scanner_source(
    kind: str,
    api_version: str,
    rules: tuple[Any, ...],
    name: str = "scan",
    walks: Callable[[Any], str | None] | None = None,
) -> tuple[str, dict[str, Any], _Compiler]:
    """The Python source of the check for ``kind`` with the warning pass folded in, its
    constants, and the compiler (whose ``screens`` name the screens the source calls).

    The scanner (``def scan(body, context)``) answers as the check does when the body is invalid
    or it is not sure (False, None), and for a valid body an odd number: bit 0 says "valid",
    bit ``i + 1`` that the ``i``-th screened rule (``_warnings.screen_tree``) may fire. The
    screens are called where the check itself reaches their values, so a valid body is walked
    once for both. Raises :class:`Unsupported` when the schema or a screen's place is beyond it.

    With ``walks`` (the name of the walk written out of each schema object: ``_walk_writer``'s
    ``walk_names``), the scanner also reports (the full diagnostics in the same pass): a fault
    in a member or item goes to that value's handler (``_Compiler.handled``), which adds its
    problems from its walk and the screens below it that the scan skipped, and the scan goes
    on; a body with faults so reported gives ``(flags, problems)``, the flags as for a valid
    one. A fault in the body itself (an unknown top-level key) still gives False.
    """
    from ._kinds import KINDS
    from ._warnings import screen_tree

    root, _ = screen_tree(KINDS[kind], rules)
    compiler = _Compiler(document(api_version)["$defs"], DOCUMENTS[api_version][1])
    if name != "scan":
        compiler.constant_stem, compiler.screen_stem = f"_{name}_c", f"_{name}_s"
    if walks is not None:
        compiler.walk_of, compiler.document_key = walks, api_version
        compiler.paths["body"] = []
    code = compiler.compile_at(root, {"$ref": f"#/$defs/{KINDS[kind].definition}"}, "body")
    body = [*compiler.screened(root, "body"), *compiler.emit(code, "body")]
    hoisted = [f"{each} = None" for each in compiler.hoisted]
    if walks is None:
        lines = [
            f"def {name}(body, context):",
            "    flags = 1",
            "    try:",
            *_indent(_indent([*hoisted, *body])),
            "    except Exception:",
            "        return None",
            "    return flags",
        ]
    else:
        lines = [
            f"def {name}(body, context):",
            "    flags = 1",
            "    out = None",
            "    try:",
            *_indent(_indent([*hoisted, *map(_raising, body)])),
            "    except _Fail:",
            "        return False",
            "    except Exception:",
            "        return None",
            "    return flags if out is None else (flags, out)",
        ]
        for text in compiler.marker_texts:
            lines += ["", "", text.rstrip("\n")]
    return "\n".join(lines) + "\n", compiler.constants, compiler


Scan = Callable[[object, Any], "int | bool | tuple[int, list[Any]] | None"]


def scanner(kind: str, api_version: str, rules: tuple[Any, ...]) -> Scan | None:
    """The scanner of ``kind`` (``scanner_source``) for the registered ``rules``, or None when
    there is none (the compiler refuses the schema, or a screen's place).

    Written at build time into ``_generated`` for the rules as the package declares them (its
    screens are bound to the registered functions here); compiled on first use for any other
    catalogue, such as one with a rule a test registered.
    """
    found = bind("SCANS", (kind, api_version), rules)
    if found is not None:
        scan: Scan = found
        return scan
    try:
        text, constants, compiler = scanner_source(kind, api_version, rules)
    except Unsupported:
        return None
    namespace: dict[str, Any] = {**_runtime(), **constants, **compiler.screen_functions}
    exec(compile(text, f"<thread_validator fast scan: {kind}>", "exec"), namespace)
    compiled: Scan = namespace["scan"]
    return compiled


def bind(table: str, key: Any, rules: tuple[Any, ...]) -> Any:
    """The function ``_generated``'s ``table`` (``SCANS``, ``MARKERS``) holds for ``key``, with
    the names its screens use bound to the registered ones; None when it was written for
    another catalogue of rules (``scan_signature``), or there is none."""
    from . import _generated

    # (the function, what it was written from, what its screens' names stand for).
    entry: Any = getattr(_generated, table).get(key)
    if entry is None or entry[1] != scan_signature(rules):
        return None
    function, _, bindings = entry
    screens = {rule.id: rule.screens for rule in rules}
    for name, (rule_id, place, used) in bindings.items():
        screen = screens[rule_id][place]
        # The signature holds each expression: one that was written from is one now.
        function.__globals__[name] = screen if used is None else _names_of(screen)[used]
    return function


def scan_signature(rules: tuple[Any, ...]) -> tuple[tuple[str, tuple[Any, ...]], ...]:
    """What a scanner was compiled from: each screened rule's id, and its screens' places with
    the expression each is written as (None: a function)."""
    from ._rules import expression_of

    return tuple(
        (
            rule.id,
            tuple(
                (key, None if (written := expression_of(function)) is None else written[0])
                for key, function in rule.screens.items()
            ),
        )
        for rule in rules
        if rule.screens
    )


def _names_of(function: Any) -> Mapping[str, Any]:
    from ._rules import expression_of

    written = expression_of(function)
    return {} if written is None else written[1]


def compile_check(
    kind: str,
    defs: Mapping[str, Any] | None = None,
    *,
    schema: Any = None,
    api_version: str = DEFAULT_API_VERSION,
) -> Check:
    """Compile the check for ``kind``; raises :class:`Unsupported` if the schema is beyond it."""
    text, constants = source(kind, defs, schema=schema, api_version=api_version)
    namespace: dict[str, Any] = {**_runtime(), **constants}
    exec(compile(text, f"<thread_validator fast check: {kind}>", "exec"), namespace)
    check: Check = namespace["check"]
    return check


@functools.cache
def checker(kind: str, api_version: str = DEFAULT_API_VERSION) -> Check | None:
    """The fast check for ``kind``, or None when the bundled schema cannot be compiled.

    Written at build time into ``_generated`` (so that a process does not read the schema and
    compile it before its first answer); compiled here for anything it lacks.
    """
    from . import _generated

    check: Check | None = _generated.CHECKS.get((kind, api_version))
    if check is not None:
        return check
    try:
        return compile_check(kind, api_version=api_version)
    except Unsupported:
        return None


_SCHEMA_CHECKS: dict[tuple[int, str], tuple[Any, Check | None]] = {}


def schema_checker(schema: Any, api_version: str = DEFAULT_API_VERSION) -> Check | None:
    """The fast check for one subschema of the bundled document, or None if there is none.

    The full validator uses it to skip the parts of an invalid body that are valid: a value that
    passes the check of its subschema cannot yield an error there. The subschemas the walker
    prunes at are written at build time (``_generated.SUBSCHEMA_CHECKS``, by place); any other is
    compiled on first use.
    """
    entry = _SCHEMA_CHECKS.get((id(schema), api_version))
    if entry is None:
        from . import _generated

        place = _places(api_version).get(id(schema))
        check: Check | None = (
            _generated.SUBSCHEMA_CHECKS.get((api_version, place)) if place is not None else None
        )
        if check is None:
            try:
                check = compile_check("", schema=schema, api_version=api_version)
            except Unsupported:
                check = None
        # The schema is kept with its check, so that its id() is not reused by another object.
        entry = _SCHEMA_CHECKS[id(schema), api_version] = (schema, check)
    return entry[1]


@functools.cache
def _places(api_version: str) -> dict[int, str]:
    """The JSON Pointer of each subschema of the bundled document, by the subschema's id()."""
    return {id(schema): pointer for pointer, schema in subschemas(api_version)}


def subschemas(api_version: str) -> list[tuple[str, Any]]:
    """The subschemas the walker (``_diagnose``) prunes at, with their JSON Pointers: values of
    ``properties``, ``items`` and ``additionalProperties`` that are schema objects, in the
    definitions and in what they hold (their branches of ``oneOf`` too)."""
    found: list[tuple[str, Any]] = []

    def visit(schema: Any, pointer: str) -> None:
        if not isinstance(schema, dict):
            return
        children = [
            (f"{pointer}/properties/{name.replace('~', '~0').replace('/', '~1')}", sub)
            for name, sub in (schema.get("properties") or {}).items()
        ]
        children += [
            (f"{pointer}/{keyword}", schema[keyword])
            for keyword in ("items", "additionalProperties")
            if isinstance(schema.get(keyword), dict)
        ]
        for child_pointer, child in children:
            if isinstance(child, dict):
                found.append((child_pointer, child))
                visit(child, child_pointer)
        # A branch of a oneOf is walked as a whole, never pruned at, but what it holds may be.
        for index, branch in enumerate(schema.get("oneOf") or ()):
            visit(branch, f"{pointer}/oneOf/{index}")

    for name, definition in document(api_version)["$defs"].items():
        visit(definition, f"/$defs/{name}")
    return found


GENERATED = "_generated.py"


def module_source() -> str:
    """The text of ``_generated``: the check of every kind of every API version, its scanner
    (the check with the warning rules' screens folded in), the check of each subschema the walker
    prunes at, and the separate warning pass of every kind (``_warnings.marker_source``). The
    scanners and passes are written for the rules as the package declares them: the names of
    their screens are bound to the registered ones on first use (``bind``).

    Constants are written as Python literals; the functions find the runtime helpers of
    :func:`_runtime.names` in their globals, as when compiled here.
    """
    lines = [
        '"""The compiled checks of ``_fast`` for the bundled schemas, written at build time.',
        "",
        "Also the scanners (the checks with the warning rules' screens folded in) and each kind's",
        "separate warning pass (``_warnings``). Written by ``python -m thread_validator._write_generated``",
        "from the bundled documents and the rules' screens: do not edit. tests/test_generated.py fails",
        "when this file differs from what they give.",
        '"""',
        "# fmt: off",
        "# ruff: noqa",
        "",
        "from ._runtime import names",
        "",
        "globals().update(names())",
        "NoneType = type(None)",
    ]
    from ._rules import checks
    from ._schema import KINDS_BY_VERSION, document_key
    from ._walk_writer import walk_names

    rules = checks()
    # The scanners' handlers call the walk written out (``_walk_writer``), by name.
    walks: dict[str, Callable[[Any], str | None] | None] = {}
    tables: dict[str, list[str]] = {"CHECKS": [], "SCANS": []}
    written: set[tuple[str, str]] = set()
    for version, kinds in KINDS_BY_VERSION.items():
        for kind in kinds:
            # Keyed as ``checker`` looks them up: by the document that holds the definition.
            api_version = document_key(kind, version)
            if (kind, api_version) in written:
                continue
            written.add((kind, api_version))
            name = f"check_{kind}_{api_version}".replace("-", "_").replace(".", "_")
            try:
                text, constants = source(kind, api_version=api_version, name=name)
            except Unsupported:
                continue  # a schema beyond the compiler: jsonschema decides its bodies
            lines += ["", ""]
            lines += [f"{constant} = {_literal(value)}" for constant, value in constants.items()]
            lines += ["", "", text.rstrip("\n")]
            tables["CHECKS"].append(f"    ({kind!r}, {api_version!r}): {name},")
            scan_name = name.replace("check_", "scan_", 1)
            if api_version not in walks:
                walks[api_version] = walk_names(api_version)
            try:
                text, constants, compiler = scanner_source(
                    kind, api_version, rules, scan_name, walks[api_version]
                )
            except Unsupported:
                continue  # a screen beyond the compiler: the separate warning pass runs
            lines += ["", ""]
            lines += [f"{constant} = {_literal(value)}" for constant, value in constants.items()]
            lines += ["", "", text.rstrip("\n")]
            tables["SCANS"].append(
                f"    ({kind!r}, {api_version!r}): ({scan_name}, "
                f"{scan_signature(rules)!r}, {compiler.screens!r}),"
            )
    tables["SUBSCHEMA_CHECKS"] = []
    for api_version in KINDS_BY_VERSION:
        for index, (pointer, schema) in enumerate(subschemas(api_version)):
            name = f"sub_{api_version}_{index}"
            try:
                text, constants = source("", schema=schema, api_version=api_version, name=name)
            except Unsupported:
                continue
            lines += ["", ""]
            lines += [f"{constant} = {_literal(value)}" for constant, value in constants.items()]
            lines += ["", "", text.rstrip("\n")]
            tables["SUBSCHEMA_CHECKS"].append(f"    ({api_version!r}, {pointer!r}): {name},")
    # The separate warning pass of every kind (the successor's too): for bodies the scanner does
    # not find valid, and kinds without one.
    from ._kinds import KINDS
    from ._warnings import marker_source

    tables["MARKERS"] = []
    for kind in KINDS.values():
        name = f"mark_{kind.name}"
        text, names = marker_source(kind, rules, name, inline=True)
        lines += ["", "", text.rstrip("\n")]
        bindings = {each: (rule, place, used) for each, (_, rule, place, used) in names.items()}
        tables["MARKERS"].append(
            f"    {kind.name!r}: ({name}, {scan_signature(rules)!r}, {bindings!r}),"
        )
    for table, entries in tables.items():
        lines += ["", "", f"{table} = {{", *entries, "}"]
    return "\n".join(lines) + "\n"


GENERATED_PLAIN = "_generated_plain.py"


def plain_source() -> str:
    """The text of ``_generated_plain``: the scanner of the command line's default kind for the
    rules as the package declares them, with its screens' names bound in the module itself (data
    as literals, functions imported from ``_runtime``) and the default context, so that the plain
    path (``_plain``) runs it without the rule catalogue, the kinds or the schema.

    Raises :class:`Unsupported` when a screen calls a function defined outside ``_runtime``, or
    the scanner reads something of its context the plain one does not hold.
    """
    import re
    import types

    from . import _runtime as runtime
    from ._kinds import KINDS, SERVERS
    from ._rules import checks
    from ._schema import document_key
    from .cli import DEFAULTS  # at build time only: what the plain path stands in for

    kind, api_version = DEFAULTS["kind"], DEFAULTS["api-version"]
    rules = checks()
    text, constants, compiler = scanner_source(kind, document_key(kind, api_version), rules, "scan")
    bound: list[str] = []
    for name, value in compiler.screen_functions.items():
        if isinstance(value, types.FunctionType):
            function = value.__name__
            if getattr(runtime, function, None) is not value:
                raise Unsupported(
                    f"a screen calls {value.__module__}.{value.__qualname__}: "
                    "the plain path imports the screens' functions from _runtime only"
                )
            bound.append(f"from ._runtime import {function} as {name}")
        else:
            bound.append(f"{name} = {_literal(value)}")
    # What the scanner reads of its context (the functions it passes the context to read
    # api_version): the plain context below holds these and nothing else.
    read = set(re.findall(r"\bcontext((?:\.\w+)+)", text))
    if not read <= {".api_version", ".kind.request", ".server.id_prefixes"}:
        raise Unsupported(f"the scanner reads context{sorted(read)}: the plain context lacks it")
    prefixes = dict(SERVERS[DEFAULTS["server"]].id_prefixes)
    if not all(
        isinstance(family, str) and type(each) is tuple and all(type(p) is str for p in each)
        for family, each in prefixes.items()
    ):
        raise Unsupported(f"ID prefixes that cannot be written: {prefixes!r}")
    lines = [
        '"""The scanner of the command line\'s default kind, for its plain path (``_plain``).',
        "",
        (
            f"``scan_{kind}_{api_version}`` of ``_generated`` with the names of its "
            "screens bound here, for the rules"
        ),
        "as the package declares them, and the context of the default server. Written by",
        "``python -m thread_validator._write_generated`` (``_fast.plain_source``): do not edit.",
        "tests/test_generated.py fails when this file differs from what they give.",
        '"""',
        "# fmt: off",
        "# ruff: noqa",
        "",
        "from types import SimpleNamespace",
        "",
        "from ._runtime import names",
        *sorted(line for line in bound if line.startswith("from ")),
        "",
        "globals().update(names())",
        "NoneType = type(None)",
        "",
        "CONTEXT = SimpleNamespace(",
        f"    api_version={api_version!r},",
        f"    kind=SimpleNamespace(request={KINDS[kind].request!r}),",
        f"    server=SimpleNamespace(id_prefixes={prefixes!r}),",
        ")",
        "",
        *[line for line in bound if not line.startswith("from ")],
        *[f"{constant} = {_literal(value)}" for constant, value in constants.items()],
        "",
        "",
        text.rstrip("\n"),
    ]
    return "\n".join(lines) + "\n"


def _literal(value: Any) -> str:
    """Python source for a constant of the compiled code."""
    if isinstance(value, frozenset):
        return (
            f"frozenset({{{', '.join(sorted(map(_literal, value)))}}})" if value else "frozenset()"
        )
    if isinstance(value, type):
        return "NoneType" if value is type(None) else value.__name__
    owner = getattr(value, "__self__", None)
    if isinstance(owner, frozenset) and callable(value):
        return f"{_literal(owner)}.{value.__name__}"
    if isinstance(value, (str, int, float, bool)) or value is None:
        return repr(value)
    if type(value) is tuple:
        return f"({', '.join(map(_literal, value))}{',' if len(value) == 1 else ''})"
    raise Unsupported(f"a constant that cannot be written: {value!r}")
