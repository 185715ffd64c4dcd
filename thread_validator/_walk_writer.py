"""Writes the full diagnostics' walk of the bundled documents as Python, at build time.

``walk_source`` gives the text of ``_generated_walk``: for each schema object the walker
(``_diagnose.Walker``) can visit, a function that runs its keywords as the walker does, and per
document the function that binds its schema objects and checks on first use. Run by
``python -m thread_validator._write_generated``; not imported by the package at run time (a
report loads only what it writes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._diagnose import _NOT_WALKED, Refused, Walker
from ._display import escape_pointer_token
from ._fast import Unsupported, source
from ._schema import branch_types

_TYPE_TESTS = {
    "object": "t is dict",
    "string": "t is str",
    "array": "t is list",
    "integer": "t is int or (t is float and inst.is_integer())",
    "number": "t is int or t is float",
    "boolean": "t is bool",
    "null": "inst is None",
}


# The type tests of ``_TYPE_TESTS`` for a member or item ``x`` that has no keys to look through.
_SCALAR_TESTS = {
    "string": "type(x) is str",
    "boolean": "type(x) is bool",
    "null": "x is None",
    "number": "type(x) is int or type(x) is float",
}


class _WalkWriter:
    """Writes the walk of one bundled document as Python: for each schema object the walker can
    visit, a function ``(instance, path, out)`` that runs its keywords as
    :meth:`Walker.iter_errors` does, in its order, with the quick passes inline and each error
    placed once, by :func:`collect`, instead of at every level on its way up, with its keyword's
    place in the document written in as a constant.

    Anything the walker would not do the same way raises :class:`Unsupported` (from ``_fast``),
    and the document keeps the walker itself.
    """

    def __init__(self, api_version: str) -> None:
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
        # The place in the document of the schema object whose function is being written.
        self._pointer = ""

    def function(self, schema: Any, pointer: str) -> str:
        """The name of the function that walks ``schema`` (written once per schema object)."""
        target = self._referred(schema)
        if target is not None:
            # A schema that only refers to another is walked as that one, without a call more
            # and the same look at the value's type and keys twice.
            return self.function(*target)
        name = self.names.get(id(schema))
        if name is None:
            name = self.names[id(schema)] = f"w_{self.prefix}{len(self.names)}"
            self.pending.append((name, schema, pointer))
        return name

    def name_of(self, schema: Any) -> str | None:
        """The function already written for ``schema`` (or for the schema it only refers to)."""
        target = self._referred(schema)
        if target is not None:
            return self.name_of(target[0])
        return self.names.get(id(schema))

    def _fails(self, schema: Any, walk: str) -> str:
        """The test that ``x`` may not be valid under ``schema``, whose walk is ``walk``: its
        compiled check, or for a schema that only names one type of scalar (a metadata value),
        the type test the check would make, without the call."""
        if type(schema) is dict and self._asserting(schema) == ["type"]:
            kind = schema["type"]
            if type(kind) is str and kind in _SCALAR_TESTS:
                return f"not ({_SCALAR_TESTS[kind]})"
        return f"c_{walk}(x) is not True"

    def _asserting(self, schema: dict[str, Any]) -> list[str]:
        """The keywords of ``schema`` that are not annotations: those the walker runs, and
        those it refuses."""
        keywords = self.reference.keywords
        return [key for key in schema if key in keywords or key in _NOT_WALKED]

    def _referred(self, schema: Any) -> tuple[Any, str] | None:
        """The schema and place a schema of a ``$ref`` and annotations only refers to."""
        if type(schema) is not dict or type(schema.get("$ref")) is not str:
            return None
        if self._asserting(schema) != ["$ref"]:
            return None
        try:
            return self.reference.resolve(schema["$ref"]), schema["$ref"].partition("#")[2]
        except Refused:
            return None

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
        header = f"def {name}(inst, path, out):"
        if schema is True:
            # Nothing to report here, but the value is still the walk's to look through.
            return [header, *_indented(self._look("inst"))]
        if type(schema) is not dict:
            raise Unsupported(f"a schema that is not an object at {pointer}")
        self.schemas.append(f"S_{name} = schema_at({self.api_version!r}, {pointer!r})")
        self._pointer = pointer
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

    def _known(self, name: str) -> str:
        """The name bound to the property names of the schema of ``name`` (one for all uses)."""
        self.derived[f"known_{name}"] = f"frozenset(S_{name}.get('properties', {{}}))"
        return f"known_{name}"

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
                known = self._known(name)
                lines += [
                    "if t is dict:",
                    "    for k, x in inst.items():",
                    f"        if k not in {known} and type(x) is not str:",
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
        # The keyword's place in the document, as ``Validator`` finds it for jsonschema's errors
        # (the schema path followed through each reference): the place of its schema object.
        location = f"#{self._pointer}/{escape_pointer_token(keyword)}"
        return (
            f"collect(out, {function}(W_{self.prefix}, {value}, inst, S_{name}), {keyword!r}, "
            f"{location!r}, path, {self.api_version!r})"
        )

    def _keyword(self, name: str, keyword: str, value: Any, schema: Any, pointer: str) -> list[str]:
        here = f"{pointer}/{escape_pointer_token(keyword)}"
        if keyword == "type":
            names = [value] if type(value) is str else value
            if type(names) is not list or not names or any(n not in _TYPE_TESTS for n in names):
                raise Unsupported(f"type {value!r} at {pointer}")
            test = " or ".join(f"({_TYPE_TESTS[n]})" for n in names)
            return [f"if not ({test}):", f"    {self._generic(name, keyword, 'type_')}"]
        if keyword == "required":
            if type(value) is not list or any(type(n) is not str for n in value):
                raise Unsupported(f"required at {pointer}")
            if not value:
                return []
            test = " and ".join(f"{n!r} in inst" for n in value)
            return [
                f"if t is dict and not ({test}):",
                f"    {self._generic(name, keyword, 'required')}",
            ]
        if keyword == "properties":
            if type(value) is not dict:
                raise Unsupported(f"properties at {pointer}")
            lines = []
            for member, sub in value.items():
                if sub is True:
                    # Nothing to report there (the walker's check passes it), but its value is
                    # the walk's to look through.
                    look = self._look(f"inst[{member!r}]")
                    lines += [f"    if {member!r} in inst:", *_indented(_indented(look))]
                    continue
                at = f"{here}/{escape_pointer_token(member)}"
                place = f"path + ({member!r},), out"
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
                    f"        if {self._fails(sub, walk)}:",
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
                f"        if {self._fails(value, walk)}:",
                f"            {walk}(x, path + (i,), out)",
            ]
        if keyword == "additionalProperties":
            known = schema.get("properties", {})
            if type(known) is not dict:
                raise Unsupported(f"properties at {pointer}")
            if value is False:
                known = self._known(name)
                return [
                    f"if t is dict and not {known}.issuperset(inst):",
                    f"    {self._generic(name, keyword, 'additionalProperties')}",
                ]
            if value is True:
                return []
            if type(value) is not dict:
                return ["if t is dict: raise Refused('additionalProperties')"]
            walk = self.checked(value, here)
            known = self._known(name)
            return [
                "if t is dict:",
                "    for k, x in inst.items():",
                f"        if k in {known}:",
                "            continue",
                f"        if {self._fails(value, walk)}:",
                f"            {walk}(x, path + (k,), out)",
            ]
        if keyword == "$ref":
            try:
                target = self.reference.resolve(value)
            except Refused:
                return [f"raise Refused({f'$ref {value!r}'!r})"]
            self._covered = "always"
            # The target's place is the reference's fragment (a pointer, escaped as it stands).
            walk = self.function(target, value.partition("#")[2])
            return [f"{walk}(inst, path, out)"]
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
                items = self.reference.resolve(items["$ref"])
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
            return self._one_of_by_type(branches, pointer, fallback)
        try:
            tag, mapping = discriminator["propertyName"], discriminator["mapping"]
        except (KeyError, TypeError):
            raise Unsupported(f"discriminator at {pointer}") from None
        if type(branches) is not list or type(tag) is not str or type(mapping) is not dict:
            raise Unsupported(f"discriminator at {pointer}")
        calls: list[str] = []
        for value, target in mapping.items():
            found = [
                i for i, branch in enumerate(branches)
                if type(branch) is dict and branch.get("$ref") == target
            ]  # fmt: skip
            if type(value) is not str or not found:
                raise Unsupported(f"discriminator at {pointer}")
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
            f"    {walk}(inst, path, out)",
            "    covered = True",
        ]

    def _one_of_by_type(self, branches: Any, pointer: str, fallback: str) -> list[str]:
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


def _written(api_version: str) -> tuple[_WalkWriter, dict[str, str]] | None:
    """The writer of a document's walk, once it has written every function, with the walk of
    each definition by name; None when it refuses the document."""
    writer = _WalkWriter(api_version)
    roots = {
        name: writer.function(definition, f"/$defs/{escape_pointer_token(name)}")
        for name, definition in writer.reference.defs.items()
    }
    try:
        writer.write()
    except Unsupported:
        return None
    return writer, roots


def walk_names(api_version: str) -> Callable[[Any], str | None] | None:
    """The name in ``_generated_walk`` of the walk of each schema object of a document (None for
    one it has none of), or None when the document has no walk written out: what a scanner's
    handlers call (``_fast.scanner_source``)."""
    if api_version not in _checked_documents():
        return None
    written = _written(api_version)
    return None if written is None else written[0].name_of


def walk_source() -> str:
    """The text of ``_generated_walk``: the walk of every bundled document with a compiled
    check written out (``_WalkWriter``), and ``LOADERS``, by document, the function that binds
    its schema objects and checks (on the first body of that document: a process that checks
    v2 bodies never reads v1's) and gives its walk of each definition, by name.

    A document with anything the writer refuses keeps the walker (it is left out of ``LOADERS``).
    """
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
        written = _written(api_version)
        if written is None:
            continue
        writer, roots = written
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
