"""The fast path: the bundled schema compiled into one plain Python function per kind of body.

``checker(kind)`` returns a function ``body -> bool`` that is true only when the full validator
(jsonschema with the keyword functions of ``_keywords``) would report no error. It is built once,
on first use, from the bundled document: each schema becomes straight-line code (``$ref``\\ s
inlined, one ``type()`` dispatch per value, discriminated ``oneOf``\\ s as ``if``/``elif`` on the
tag), which is then ``exec``'d. ``Validator`` calls it first and runs the full diagnostics only
when it says no.

Two rules keep it honest:

* It mirrors ``_keywords`` exactly on JSON values (dict, list, str, int, float, bool, None): the
  agreement is a property test. Anything else (a tuple, a ``str`` subclass, a ``Decimal``) makes
  it answer "not valid", which only means "ask the full validator".
* A keyword or form it does not know makes the compiler refuse (``Unsupported``), and ``checker``
  then returns ``None``: the full validator runs on every body. It never accepts what it does not
  understand.

jsonschema is not imported here: this module is the reason a valid body never needs it.
"""

from __future__ import annotations

import builtins
import functools
import operator
import re
from collections.abc import Callable, Mapping
from typing import Any

from ._schema import DEFAULT_API_VERSION, DOCUMENTS, branch_types, document

Check = Callable[[object], bool]

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

# The Python types a JSON value can have, as the dispatch names them, and the test for each.
_KINDS = ("dict", "str", "list", "int", "float", "bool", "null")
_PYTHON_TYPE = {
    "dict": dict,
    "str": str,
    "list": list,
    "int": int,
    "float": float,
    "bool": bool,
    "null": type(None),
}
_JSON_TYPE_KINDS = {
    "object": ("dict",),
    "array": ("list",),
    "string": ("str",),
    "null": ("null",),
    "boolean": ("bool",),
    "integer": ("int", "float"),
    "number": ("int", "float"),
}

# RFC 3986 absolute URI: a scheme, then only URI characters or percent-escapes. Characters beyond
# ASCII are let through as RFC 3987 (IRIs) does: clients percent-encode them, and rejecting a URL
# the API accepts would report a problem where there is none. Lone surrogates are refused (they
# are not text). The one definition of the language of ``format: uri``, for the fast path and the
# keyword (``_keywords``) alike; ``is_uri`` decides it without backtracking (the expression
# backtracks through a long string that fails at its end), and a test holds the two together.
_URI_CHARACTER = "[A-Za-z0-9\\-._~!$&'()*+,;=:@/?#\\[\\]\\x80-\\ud7ff\\ue000-\\U0010ffff]"
_URI = f"[A-Za-z][A-Za-z0-9+.\\-]*:{_URI_CHARACTER}*(?:%[0-9A-Fa-f]{{2}}{_URI_CHARACTER}*)*"


@functools.cache
def uri_pattern() -> re.Pattern[str]:
    # Compiled on first use: its Unicode ranges take about 10 ms, too much for import time.
    return re.compile(_URI)


@functools.cache
def _uri_searches() -> tuple[Any, Any, Any]:
    return (
        re.compile("[A-Za-z][A-Za-z0-9+.\\-]*:").match,
        re.compile(_URI_CHARACTER.replace("[", "[^%", 1)).search,
        re.compile("%(?![0-9A-Fa-f]{2})").search,
    )


def is_uri(text: str) -> bool:
    """Whether ``text`` is in the language of :func:`uri_pattern` (and ``_keywords._URI``).

    Decided by a match and two searches, which keep no backtracking state and never backtrack:
    the expression itself, failing at the end of a 10 MB string, takes a second per call (and
    the full validator's, a state per character: 1.25 GB).
    """
    scheme, not_allowed, bad_escape = _uri_searches()
    start = scheme(text)
    if start is None:
        return False
    return not_allowed(text, start.end()) is None and bad_escape(text, start.end()) is None


class Unsupported(Exception):
    """The schema uses something the compiler does not translate; the full path must be used."""


def _is_integer(value: object) -> bool:
    return type(value) is int or (type(value) is float and value.is_integer())


def _overlap_at_most_half(size: object, overlap: object) -> bool:
    """``chunkOverlapAtMostHalf`` on the two values as ``dict.get`` finds them (None if absent)."""
    if not (type(size) in _EXACT and type(overlap) in _EXACT):
        return False  # not a JSON value: let the full validator decide
    if _is_integer(size) and _is_integer(overlap):
        return not overlap * 2 > size  # type: ignore[operator]
    return True


_EXACT = frozenset(_PYTHON_TYPE.values())


def _string_keys(value: dict[Any, Any], known: frozenset[str]) -> bool:
    """Every key is a string, and so is every key inside the members not in ``known``."""
    stack: list[Any] = []
    for key, member in value.items():
        if type(key) is not str:
            return False
        if key not in known and type(member) in (dict, list):
            stack.append(member)
    seen: set[int] = set()  # a Python structure may hold itself
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if type(node) is dict:
            if not all(type(key) is str for key in node):
                return False
            stack.extend(item for item in node.values() if type(item) in (dict, list))
        else:
            stack.extend(item for item in node if type(item) in (dict, list))
    return True


def _runtime() -> dict[str, Any]:
    """Names the generated code finds in its globals."""
    return {
        "_is_uri": is_uri,
        "_overlap_at_most_half": _overlap_at_most_half,
        "_count_of": operator.countOf,
        "_string_keys": _string_keys,
    }


# A compiled schema: for each kind, the statements that check a value of that kind (they
# ``return False`` on a fault), or None when no value of that kind can be valid.
Code = dict[str, "list[str] | None"]


def _add(code: Code, kind: str, lines: list[str]) -> None:
    statements = code[kind]
    if statements is not None:  # an impossible kind needs no further checks
        statements.extend(lines)


def _indent(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


class _Compiler:
    def __init__(self, defs: Mapping[str, Any], schema_id: str) -> None:
        self.defs = defs
        self.schema_id = schema_id
        self.constants: dict[str, Any] = {}
        self._names = 0
        self._inlining: list[str] = []
        # What a discriminated branch already knows about its value: variable -> (tag name, tag).
        self._facts: dict[str, tuple[str, str]] = {}

    def fresh(self, stem: str) -> str:
        self._names += 1
        return f"{stem}{self._names}"

    def constant(self, value: Any) -> str:
        name = self.fresh("_c")
        self.constants[name] = value
        return name

    # --- schemas ---------------------------------------------------------------------------

    def compile(self, schema: Any, v: str) -> Code:
        if schema is True:
            return {kind: [] for kind in _KINDS}
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
        if "metadataLimits" in schema:
            # With values that must be strings (the Metadata definition), one loop checks both.
            strings_only = _plain_types(self.compile(additional, "_")) == [str] and not schema.get(
                "properties"
            )
            _add(code, "dict", self.metadata_limits(schema["metadataLimits"], strings_only, v))
            if strings_only:
                additional = True
        if "properties" in schema or additional is not True:
            _add(
                code, "dict", self.properties(schema.get("properties", {}), additional, present, v)
            )
        if "maxProperties" in schema:
            _add(code, "dict", [f"if len({v}) > {_count(schema['maxProperties'])}: return False"])
        if "items" in schema:
            _add(code, "list", self.items(schema["items"], v))
        for keyword, kind, comparison, cast in _LIMITS:
            if keyword in schema:
                limit = cast(schema[keyword])
                for each in (kind,) if isinstance(kind, str) else kind:
                    _add(code, each, [f"if {comparison.format(v)} {limit!r}: return False"])
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
                    f"if not _overlap_at_most_half({v}.get('max_chunk_size_tokens'), "
                    f"{v}.get('chunk_overlap_tokens')): return False"
                )
                _add(code, "dict", [test])
        if "exactlyOneOf" in schema:
            names = schema["exactlyOneOf"]
            if not (isinstance(names, list) and names and all(isinstance(n, str) for n in names)):
                raise Unsupported("exactlyOneOf must list property names")
            present = " + ".join(f"({name!r} in {v})" for name in names)
            _add(code, "dict", [f"if {present} != 1: return False"])
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
        lines: list[str] = []
        tag = self._facts.get(v)
        for name, subschema in properties.items():
            if tag is not None and name == tag[0] and self.accepts(subschema, tag[1]):
                continue  # the discriminator already compared it with a value this schema allows
            x = self.fresh("v")
            body = self.emit(self.compile(subschema, x), x)
            if not body:
                continue
            if name in present:
                # ``required`` has already returned if it is absent.
                lines += [f"{x} = {v}[{name!r}]", *body]
            else:
                lines += [f"if {name!r} in {v}:", f"    {x} = {v}[{name!r}]", *_indent(body)]
        known = frozenset(properties)
        if additional is True:
            # Members the schema leaves open are not checked, but their keys (and those of any
            # object inside them) must be strings, as the full validator reports.
            # Only an object with a key beyond ``known`` needs the look. The required ones are
            # there (checked above), so an object of no more keys than those has no other: the
            # common case costs one length test.
            required = len(known.intersection(present))
            lines.append(
                f"if len({v}) > {required} and not {self.constant(known.issuperset)}({v}) and "
                f"not _string_keys({v}, {self.constant(known)}): return False"
            )
        elif additional is False:
            lines.append(f"if not {self.constant(known.issuperset)}({v}): return False")
        elif additional is not True:
            x = self.fresh("v")
            code = self.compile(additional, x)
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
        return lines

    def items(self, subschema: Any, v: str) -> list[str]:
        if isinstance(subschema, list):
            raise Unsupported("items as an array (draft 4 tuple form)")
        x = self.fresh("v")
        code = self.compile(subschema, x)
        types = _plain_types(code)
        if types is _ANY:
            return []
        if types is not None:
            return self.only_types(types, v, v)
        body = self.emit(code, x)
        return [f"for {x} in {v}:", *_indent(body)] if body else []

    def only_types(self, types: list[builtins.type], values: str, container: str) -> list[str]:
        """Every one of ``values`` is of one of ``types`` (exactly: no subclasses)."""
        x = self.fresh("v")
        test = " and ".join(
            f"{x} is not None" if each is type(None) else f"type({x}) is not {each.__name__}"
            for each in types
        )
        if len(types) == 1:
            # Counting by identity in C is the quickest pass: about 15 ns a value.
            long = f"elif _count_of(map(type, {values}), {self.constant(types[0])}) != len({container}): return False"
        else:
            long = f"elif not {self.constant(frozenset(types).issuperset)}(map(type, {values})): return False"
        return [
            # Short ones in a plain loop; long ones in one pass in C over the values' types.
            f"if len({container}) < 16:",
            f"    for {x} in {values}:",
            f"        if {test}: return False",
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
            # A key that is not a str cannot come from JSON: the full validator decides.
            f"    if type({key}) is not str or len({key}) > {key_length}: return False",
        ]
        if strings_only:
            return [
                *lines,
                f"    if type({value}) is not str or len({value}) > {value_length}: return False",
            ]
        return [
            *lines,
            f"    if type({value}) is str:",
            f"        if len({value}) > {value_length}: return False",
            f"    elif isinstance({value}, str): return False",
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
            f"if type({tag}) is not str: return False",
        ]
        keyword = "if"
        for value, target in mapping.items():
            chosen = [
                branch
                for branch in branches
                if isinstance(branch, dict) and branch.get("$ref") == target
            ]
            if not chosen:
                raise Unsupported(f"discriminator target {target!r} is not a branch")
            self._facts[v] = (name, value)
            try:
                body = self.compile(chosen[0], v)["dict"]
            finally:
                del self._facts[v]
            lines += [
                f"{keyword} {tag} == {value!r}:",
                *_indent(["return False"] if body is None else body or ["pass"]),
            ]
            keyword = "elif"
        lines += ["else:", "    return False"]
        code: Code = dict.fromkeys(_KINDS)
        code["dict"] = lines
        return code

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
            return [f"if not {_test(kind, v)}: return False", *code[kind]]  # type: ignore[misc]
        t = self.fresh("t")
        lines = [f"{t} = type({v})"]
        for index, kind in enumerate(possible):
            test = f"{v} is None" if kind == "null" else f"{t} is {_PYTHON_TYPE[kind].__name__}"
            lines += [f"{'if' if index == 0 else 'elif'} {test}:", *_indent(code[kind] or ["pass"])]
        # Another kind the schema does not admit, or a value that is not JSON at all.
        lines += ["else:", "    return False"]
        return lines


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
    return [_PYTHON_TYPE[kind] for kind in possible]


def _test(kind: str, v: str) -> str:
    return f"({v} is None)" if kind == "null" else f"(type({v}) is {_PYTHON_TYPE[kind].__name__})"


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
) -> tuple[str, dict[str, Any]]:
    """The Python source of the check for ``kind`` (or a subschema), and the constants it uses."""
    compiler = _Compiler(
        document(api_version)["$defs"] if defs is None else defs, DOCUMENTS[api_version][1]
    )
    if schema is None:
        from ._kinds import KINDS

        code = compiler.ref(f"#/$defs/{KINDS[kind].definition}", "body")
    else:
        code = compiler.compile(schema, "body")
    lines = [
        "def check(body):",
        "    try:",
        # A schema with no constraint at all (True) emits nothing: the try block needs a statement.
        *_indent(_indent(compiler.emit(code, "body") or ["pass"])),
        # Whatever goes wrong (a RecursionError, a MemoryError), "not sure" sends the body to
        # the full validator, which reports it properly.
        "    except Exception:",
        "        return False",
        "    return True",
    ]
    return "\n".join(lines) + "\n", compiler.constants


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
    """The fast check for ``kind``, or None when the bundled schema cannot be compiled."""
    try:
        return compile_check(kind, api_version=api_version)
    except Unsupported:
        return None


_SCHEMA_CHECKS: dict[tuple[int, str], tuple[Any, Check | None]] = {}


def schema_checker(schema: Any, api_version: str = DEFAULT_API_VERSION) -> Check | None:
    """The fast check for one subschema of the bundled document, or None if there is none.

    The full validator uses it to skip the parts of an invalid body that are valid: a value that
    passes the check of its subschema cannot yield an error there. Compiled on first use.
    """
    entry = _SCHEMA_CHECKS.get((id(schema), api_version))
    if entry is None:
        try:
            check: Check | None = compile_check("", schema=schema, api_version=api_version)
        except Unsupported:
            check = None
        # The schema is kept with its check, so that its id() is not reused by another object.
        entry = _SCHEMA_CHECKS[id(schema), api_version] = (schema, check)
    return entry[1]
