"""Keyword functions for the jsonschema-based validator.

Two kinds live here, each one function named after its keyword and registered in ``KEYWORDS``:

* the custom keywords of the bundled schema, for the rules the spec states only in prose
  (``metadataLimits``, ``chunkOverlapAtMostHalf``, ``exactlyOneOf``);
* replacements for the standard keywords that produce errors. jsonschema's own embed ``repr()`` of
  the whole instance in the message, which is unbounded (a 100,000-level list overflows the
  stack, an integer of 10,000 digits cannot be printed at all), and its ``oneOf`` reports "not
  valid under any of the given schemas" on the parent instead of the fault inside the branch the
  body meant. Ours yield :class:`Fault`\\ s that know their API error code and phrase themselves
  once the path is known.

Applicators that only descend (``properties``, ``items``, ``$ref``) are jsonschema's, or the
engine-free walker's (``_diagnose``): the functions here need of their ``validator`` only
``is_type`` and ``descend``, and import jsonschema only for the forms the bundled schema does not
use (``additionalProperties`` as a schema, an ambiguous ``oneOf``), so that a body with an
ordinary fault is reported without it.
"""

from __future__ import annotations

import functools
import re
from builtins import type as _type  # ``type`` is the keyword's function here
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from . import _messages as say
from ._display import (
    close_match,
    excerpt,
    expected_types,
    int_text,
    json_type_name,
    plural,
    quote,
    quoted_choices,
)
from ._runtime import is_uri
from ._schema import branch_types

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

_UNSET: Any = object()


def _standard(keyword: str) -> Any:
    """The keyword function of jsonschema itself, for the forms our replacements leave to it (public since
    4.18; the private module ``_keywords`` appeared only in 4.19.1). Imported when first needed:
    jsonschema costs about 100 ms to import, and an ordinary fault is reported without it."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator.VALIDATORS[keyword]


class Fault:
    """A validation error that knows its problem code and how to say itself.

    ``template`` (from ``_messages``) has a place for the location, ``{where}``, filled once the
    path is known (by ``_problem.make``), and places for ``fields``. ``member`` names a key that is not in the body (a missing parameter): it is
    part of the param but not of the pointer, which must resolve inside the body. ``on_key`` marks
    faults in the key itself (an unknown or too long key). ``of_parent`` makes the phrase name the
    object that holds the fault ("Invalid property name in 'metadata'") rather than the fault.

    It is not a jsonschema ``ValidationError`` (importing jsonschema costs about 100 ms), but has
    what jsonschema's engine does with one: ``_set``, the ``path`` and ``schema_path`` it prepends
    to while descending, ``parent``, and the absolute paths.
    """

    # What jsonschema's engine reads of an error it did not make, and sets through ``_set``
    # unless the keyword did: class defaults, so that a fault costs only what it says.
    parent: Any = None
    cause: Any = None
    context: tuple[Any, ...] = ()
    validator: Any = _UNSET
    validator_value: Any = _UNSET
    instance: Any = _UNSET
    schema: Any = _UNSET

    def __init__(
        self,
        code: str,
        template: str,
        *,
        path: tuple[str | int, ...] = (),
        member: str | None = None,
        on_key: bool = False,
        of_parent: bool = False,
        **fields: Any,
    ) -> None:
        self.message = self.code = code
        self.template = template
        self.fields = fields
        self.member = member
        self.on_key = on_key
        self.of_parent = of_parent
        # The paths below the value the keyword looked at, as deques jsonschema's engine
        # prepends to while descending; made on first use (the walk written out reads
        # ``_below`` and ``_schema_below``: None, for almost every fault).
        self._below: deque[Any] | None = deque(path) if path else None
        self._schema_below: deque[Any] | None = None

    @property
    def path(self) -> deque[Any]:
        below = self._below
        if below is None:
            below = self._below = deque()
        return below

    relative_path = path

    @property
    def schema_path(self) -> deque[Any]:
        below = self._schema_below
        if below is None:
            below = self._schema_below = deque()
        return below

    relative_schema_path = schema_path

    def _set(self, type_checker: Any = None, **fields: Any) -> None:  # noqa: ARG002 - jsonschema passes it
        # jsonschema's engine records where the error arose, unless the keyword already did.
        for name, value in fields.items():
            if getattr(self, name, _UNSET) is _UNSET:
                setattr(self, name, value)

    @property
    def absolute_path(self) -> deque[Any]:
        if self.parent is None:
            return self.path
        return deque([*self.parent.absolute_path, *self.path])

    @property
    def absolute_schema_path(self) -> deque[Any]:
        if self.parent is None:
            return self.schema_path
        return deque([*self.parent.absolute_schema_path, *self.schema_path])

    def __repr__(self) -> str:
        return f"<Fault {self.code} at {list(self.absolute_path)}>"


def did_you_mean(word: object, candidates: Any) -> str:
    match = close_match(word, candidates)
    return f" Did you mean {quote(match)}?" if match else ""


# --- standard keywords -----------------------------------------------------------------------


def _invalid_type(expected: str, instance: Any, hint: str = "") -> Fault:
    """The value has the wrong type: ``expected`` says what was wanted, in words."""
    return Fault(
        "invalid_type",
        say.INVALID_TYPE,
        expected=expected,
        got=json_type_name(instance),
        hint=hint,
    )


def type(validator: Any, types: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[Fault]:  # noqa: A001
    names = [types] if isinstance(types, str) else types
    if not any(validator.is_type(instance, name) for name in names):
        yield _invalid_type(expected_types(names), instance)


def enum(
    validator: Any, enums: list[Any], instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    # A string is JSON-equal only to the same string (the common case: a role, a type tag).
    if _type(instance) is str:
        if instance in enums:
            return
    elif any(_json_equal(instance, allowed) for allowed in enums):
        return
    yield Fault(
        "invalid_value",
        say.INVALID_VALUE,
        shown=excerpt(instance),
        choices=_choices(enums),
        hint=did_you_mean(instance, enums),
    )


def _choices(values: list[Any], conjunction: str = "and") -> str:
    """Values of the schema (an enum's, exactlyOneOf's names) joined for a message: the same
    few lists, so their text is remembered."""
    if all(_type(value) is str for value in values):
        # Remembered for strings only: 1 and True, or 1 and 1.0, are equal keys but not texts.
        return _quoted_choices(tuple(values), conjunction)
    return quoted_choices(values, conjunction)


@functools.lru_cache(maxsize=256)
def _quoted_choices(values: tuple[Any, ...], conjunction: str) -> str:
    return quoted_choices(values, conjunction)


def const(validator: Any, const: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[Fault]:
    yield from enum(validator, [const], instance, schema)


def required(
    validator: Any, required: list[str], instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if not validator.is_type(instance, "object"):
        return
    known = schema.get("properties", {})
    for name in required:
        if name in instance:
            continue
        # A near-miss key the object does have ("txt" for "text") is the likely cause.
        strays = [key for key in instance if key not in known]
        stray = close_match(name, strays) if strays else None
        hint = f" The object has {quote(stray)}: did you mean {quote(name)}?" if stray else ""
        yield Fault("missing_required_parameter", say.MISSING_PARAMETER, member=name, hint=hint)


def additionalProperties(
    validator: Any, allowed: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if allowed is not False:
        yield from _standard("additionalProperties")(validator, allowed, instance, schema)
        return
    if not validator.is_type(instance, "object"):
        return
    known = schema.get("properties", {})
    # Names an older API version used here, each with how to write it now (built into the schema).
    migrations = schema.get("x-migration", {})
    for key in instance:
        if key in known or not isinstance(key, str):
            continue  # a key that is not a string is reported as such, wherever it is
        hint = f" {migrations[key]}" if key in migrations else did_you_mean(key, known)
        yield Fault("unknown_parameter", say.UNKNOWN_PARAMETER, path=(key,), on_key=True, hint=hint)


def minItems(
    validator: Any, minimum: int, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if validator.is_type(instance, "array") and len(instance) < minimum:
        if not instance:
            yield Fault("empty_array", say.EMPTY_ARRAY, minimum=minimum)
            return
        yield Fault(
            "array_below_min_length", say.ARRAY_TOO_SHORT, minimum=minimum, size=len(instance)
        )


def maxItems(
    validator: Any, maximum: int, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if validator.is_type(instance, "array") and len(instance) > maximum:
        yield Fault(
            "array_above_max_length", say.ARRAY_TOO_LONG, maximum=maximum, size=len(instance)
        )


def minLength(
    validator: Any, minimum: int, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if validator.is_type(instance, "string") and len(instance) < minimum:
        if not instance:
            yield Fault("empty_string", say.EMPTY_STRING, minimum=minimum)
            return
        yield Fault(
            "string_below_min_length", say.STRING_TOO_SHORT, minimum=minimum, size=len(instance)
        )


def maxLength(
    validator: Any, maximum: int, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if validator.is_type(instance, "string") and len(instance) > maximum:
        yield _string_too_long(maximum, len(instance))


def maxProperties(
    validator: Any, maximum: int, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if validator.is_type(instance, "object") and len(instance) > maximum:
        yield _too_many_properties(maximum, len(instance))


def minimum(
    validator: Any, minimum: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if validator.is_type(instance, "number") and instance < minimum:
        noun = _number_noun(validator, schema)
        yield Fault(
            f"{noun}_below_min_value",
            say.BELOW_MINIMUM,
            noun=noun,
            minimum=minimum,
            shown=excerpt(instance),
        )


def maximum(
    validator: Any, maximum: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if validator.is_type(instance, "number") and instance > maximum:
        noun = _number_noun(validator, schema)
        yield Fault(
            f"{noun}_above_max_value",
            say.ABOVE_MAXIMUM,
            noun=noun,
            maximum=maximum,
            shown=excerpt(instance),
        )


def format(  # noqa: A001 (named after its keyword, like every function here)
    validator: Any,
    format: str,  # noqa: A002 (jsonschema passes the keyword's value under its name)
    instance: Any,
    schema: Mapping[str, Any],
) -> Iterator[Fault]:
    # The spec's only format is "uri"; the API's wording for a bad one is reused verbatim.
    if format == "uri" and validator.is_type(instance, "string") and not is_uri(instance):
        yield Fault("invalid_value", say.INVALID_URL, detail=f": {excerpt(instance)}", hint="")


def oneOf(
    validator: Any, branches: list[Any], instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """Validate against the branch the body meant, and report faults inside that branch.

    A discriminator picks the branch by the value of its property (``type``); otherwise the
    branches are told apart by JSON type (message content: a string or an array of parts). Only
    when neither decides does it fall back to plain ``oneOf`` semantics.
    """
    if "exactlyOneOf" in schema:
        # The custom keyword beside it reports the same rule, and says which case the body is in.
        return
    discriminator = schema.get("discriminator")
    if discriminator is not None and "mapping" in discriminator:
        yield from _discriminated(
            validator, branches, discriminator, instance, schema.get("x-migration", {})
        )
        return
    fitting = _fitting(validator, branches, instance)
    if len(fitting) == 1:
        yield from validator.descend(instance, branches[fitting[0]], schema_path=fitting[0])
    elif not fitting:
        yield _no_branch_fits(validator, branches, instance)
    else:
        for _ in _standard("oneOf")(validator, branches, instance, schema):
            yield Fault("invalid_value", say.NO_SINGLE_FORM)


def anyOf(
    validator: Any, branches: list[Any], instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """At least one branch holds; otherwise report the faults of the branch the body meant.

    Branches are told apart by JSON type (``metadata``: an object or null): the one branch that
    admits the value is the one meant. When several admit it and none holds, the first of them is
    taken as meant (the spec lists the usual form first). ``itemByTypeAndRole`` beside it decides
    alone.
    """
    if "itemByTypeAndRole" in schema:
        return
    fitting = _fitting(validator, branches, instance)
    if not fitting:
        yield _no_branch_fits(validator, branches, instance)
        return
    if len(fitting) > 1 and any(
        validator.evolve(schema=branches[index]).is_valid(instance) for index in fitting
    ):
        return
    yield from validator.descend(instance, branches[fitting[0]], schema_path=fitting[0])


def pattern(
    validator: Any, pattern: str, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if validator.is_type(instance, "string") and re.search(pattern, instance) is None:
        yield Fault("invalid_value", say.NO_MATCH, shown=excerpt(instance), pattern=quote(pattern))


def _discriminated(
    validator: Any,
    branches: list[Any],
    discriminator: Mapping[str, Any],
    instance: Any,
    migrations: Mapping[str, str],
) -> Iterator[ValidationError]:
    name = discriminator["propertyName"]
    mapping = discriminator["mapping"]
    choices = quoted_choices(mapping)
    if not validator.is_type(instance, "object"):
        # A bare tag ("file_search" for {"type": "file_search"}) is how SDKs of April 2024 wrote it.
        bare = (
            f" Write {{{quote(name)}: {quote(instance)}}}."
            if isinstance(instance, str) and instance in mapping
            else ""
        )
        yield _invalid_type(
            f"an object with a {quote(name)} of {choices.replace(' and ', ' or ')}", instance, bare
        )
        return
    if name not in instance:
        yield Fault(
            "missing_required_parameter",
            say.MISSING_PARAMETER,
            member=name,
            hint=f" Supported values are: {choices}.",
        )
        return
    tag = instance[name]
    target = mapping.get(tag) if isinstance(tag, str) else None
    if target is None:
        if isinstance(tag, str) and tag in migrations:
            yield Fault(
                "invalid_value",
                say.INVALID_VALUE,
                path=(name,),
                shown=excerpt(tag),
                choices=choices,
                hint=f" {migrations[tag]}",
            )
            return
        faults = (
            enum(validator, list(mapping), tag, {})
            if isinstance(tag, str)
            else type(validator, "string", tag, {})
        )
        for fault in faults:
            fault.path.appendleft(name)
            yield fault
        return
    index = next(i for i, branch in enumerate(branches) if branch.get("$ref") == target)
    yield from validator.descend(instance, branches[index], schema_path=index)


# --- custom keywords -------------------------------------------------------------------------


def metadataLimits(
    validator: Any, limits: Mapping[str, int], instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    """Metadata: at most ``maxKeys`` keys, keys and string values within their lengths.

    Lengths are counted in characters (code points), not bytes, as the API documents them. A value
    that is not a string is left to the schema's ``additionalProperties: {type: string}``.
    """
    if not validator.is_type(instance, "object"):
        return
    if len(instance) > limits["maxKeys"]:
        yield _too_many_properties(limits["maxKeys"], len(instance))
    for key, value in instance.items():
        if isinstance(key, str) and len(key) > limits["maxKeyLength"]:
            yield Fault(
                "property_name_above_max_length",
                say.PROPERTY_NAME_TOO_LONG,
                path=(key,),
                on_key=True,
                of_parent=True,
                shown=excerpt(key),
                maximum=limits["maxKeyLength"],
                size=len(key),
            )
        if isinstance(value, str) and len(value) > limits["maxValueLength"]:
            fault = _string_too_long(limits["maxValueLength"], len(value))
            fault.path.appendleft(key)
            yield fault


def chunkOverlapAtMostHalf(
    validator: Any, enabled: bool, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    """Static chunking: ``chunk_overlap_tokens`` must not exceed half of ``max_chunk_size_tokens``."""
    if not enabled or not validator.is_type(instance, "object"):
        return
    size = instance.get("max_chunk_size_tokens")
    overlap = instance.get("chunk_overlap_tokens")
    if not (validator.is_type(size, "integer") and validator.is_type(overlap, "integer")):
        return
    if overlap * 2 > size:
        yield Fault(
            "chunk_overlap_above_half",
            say.CHUNK_OVERLAP_ABOVE_HALF,
            path=("chunk_overlap_tokens",),
            overlap=excerpt(overlap),
            size=excerpt(size),
            largest=int_text(int(size) // 2),
        )


def exactlyOneOf(
    validator: Any, names: list[str], instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    """Exactly one of ``names`` is present (file_search: vector_store_ids or vector_stores)."""
    if not validator.is_type(instance, "object"):
        return
    present = [name for name in names if name in instance]
    if not present:
        yield Fault(
            "missing_required_parameter",
            say.NEITHER_OF,
            alternatives=_choices(names, "or"),
        )
    elif len(present) > 1:
        yield Fault(
            "conflicting_parameters",
            say.BOTH_OF,
            given=_choices(present),
            alternatives=_choices(names, "or"),
        )


def itemByTypeAndRole(
    validator: Any, branches: Mapping[str, Any], instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """A conversation input item, checked against the one branch it means.

    ``branches`` maps each item ``type`` to its schema, plus ``output_message``. A ``message``
    (or an item with a ``role`` and no ``type``) is an input message, unless it is an assistant
    message in output form (an ``id`` or ``status``, or ``output_text``/``refusal`` parts): an
    OutputMessage, which requires ``id`` and ``status``. An item with neither ``type`` nor
    ``role`` but an ``id``, or with ``type: null``, is an item reference.
    """
    if not validator.is_type(instance, "object"):
        yield _invalid_type("an object", instance)
        return
    tags = [tag for tag in branches if tag != "output_message"]
    if "type" in instance:
        tag = instance["type"]
        if tag is None:
            key = "item_reference"
        elif tag == "message":
            key = _message_form(instance)
        elif isinstance(tag, str) and tag in tags:
            key = tag
        else:
            faults = (
                enum(validator, tags, tag, {})
                if isinstance(tag, str)
                else type(validator, ["string", "null"], tag, {})
            )
            for fault in faults:
                fault.path.appendleft("type")
                yield fault
            return
    elif "role" in instance or "id" not in instance:
        key = _message_form(instance)
    else:
        key = "item_reference"
    yield from validator.descend(instance, branches[key], schema_path=key)


def _message_form(message: Mapping[str, Any]) -> str:
    if message.get("role") != "assistant":
        return "message"
    if "id" in message or "status" in message:
        return "output_message"
    content = message.get("content")
    if isinstance(content, list) and any(
        isinstance(part, dict) and part.get("type") in ("output_text", "refusal")
        for part in content
    ):
        return "output_message"
    return "message"


# --- helpers ---------------------------------------------------------------------------------


def _string_too_long(maximum: int, size: int) -> Fault:
    return Fault("string_above_max_length", say.STRING_TOO_LONG, maximum=maximum, size=f"{size:,}")


def _too_many_properties(maximum: int, size: int) -> Fault:
    return Fault(
        "object_above_max_properties",
        say.TOO_MANY_PROPERTIES,
        maximum=maximum,
        noun=plural(maximum, "property", "properties"),
        size=size,
        size_noun=plural(size, "property", "properties"),
    )


def _number_noun(validator: Any, schema: Mapping[str, Any]) -> str:
    return "integer" if schema.get("type") == "integer" else "number"


def _fitting(validator: Any, branches: list[Any], instance: Any) -> list[int]:
    """The indices of the branches (``oneOf``, ``anyOf``) whose type admits the value."""
    return [
        index for index, branch in enumerate(branches) if _type_admits(validator, branch, instance)
    ]


def _no_branch_fits(validator: Any, branches: list[Any], instance: Any) -> Fault:
    """The value is of a type no branch admits: one invalid_type naming the types they take."""
    typed = [_typed(validator, branch) for branch in branches]
    wanted = [branch["type"] for branch in typed if isinstance(branch, dict) and "type" in branch]
    return _invalid_type(expected_types(wanted), instance)


def _type_admits(validator: Any, branch: Any, instance: Any) -> bool:
    names = branch_types(_typed(validator, branch))
    return names is None or any(validator.is_type(instance, name) for name in names)


def _typed(validator: Any, branch: Any) -> Any:
    """A ``{"$ref": ...}`` branch as the schema it names, when that says its ``type``.

    The conversations schema writes union members as references (message content: a string, or
    ``$ref: InputMessageContentList``, an array); their type tells the branches apart. Looked up
    through the validator's resolver (jsonschema's own, private but stable since 4.18); a branch
    that cannot be looked up is left as it is.
    """
    if not (isinstance(branch, dict) and "$ref" in branch and "type" not in branch):
        return branch
    resolver = getattr(validator, "_resolver", None)
    try:
        target = resolver.lookup(branch["$ref"]).contents  # type: ignore[union-attr]
    except Exception:  # noqa: BLE001 - no resolver, or a reference it cannot follow: as written
        return branch
    return target if isinstance(target, dict) and "type" in target else branch


def _json_equal(one: Any, other: Any) -> bool:
    # JSON equality for scalars: true is not 1, and 1 equals 1.0. Containers never occur in the
    # bundled schema's enums.
    if isinstance(one, bool) or isinstance(other, bool):
        return isinstance(one, bool) and isinstance(other, bool) and one == other
    if isinstance(one, (str, int, float)) and isinstance(other, (str, int, float)):
        return (isinstance(one, str) == isinstance(other, str)) and one == other
    return one is None and other is None


KEYWORDS: dict[str, Callable[..., Iterator[ValidationError]]] = {
    "type": type,
    "enum": enum,
    "const": const,
    "required": required,
    "additionalProperties": additionalProperties,
    "minItems": minItems,
    "maxItems": maxItems,
    "minLength": minLength,
    "maxLength": maxLength,
    "maxProperties": maxProperties,
    "minimum": minimum,
    "maximum": maximum,
    "format": format,
    "oneOf": oneOf,
    "anyOf": anyOf,
    "pattern": pattern,
    "metadataLimits": metadataLimits,
    "chunkOverlapAtMostHalf": chunkOverlapAtMostHalf,
    "exactlyOneOf": exactlyOneOf,
    "itemByTypeAndRole": itemByTypeAndRole,
}
