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

Applicators that only descend (``properties``, ``items``, ``$ref``) are jsonschema's, and so are
the forms of replaced keywords that ours leave alone; both come from the public
``Draft202012Validator.VALIDATORS``, never from jsonschema's private modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

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

# Decided without backtracking: ``_URI.fullmatch`` pushes a state per character (1.25 GB for a
# 10 MB string); the fast path's function accepts the same language (a test holds them together).
from ._fast import is_uri

Phrase = Callable[[str], str]

# jsonschema's own keyword functions, for the forms our replacements leave to them.
_STANDARD = Draft202012Validator.VALIDATORS


# jsonschema ships no type information, so its ValidationError is Any to mypy.
class Fault(ValidationError):  # type: ignore[misc]
    """A validation error that knows its problem code and how to say itself.

    ``phrase`` receives the quoted parameter (``'messages[0].role'``, or "the request body") once
    the path is known. ``member`` names a key that is not in the body (a missing parameter): it is
    part of the param but not of the pointer, which must resolve inside the body. ``on_key`` marks
    faults in the key itself (an unknown or too long key). ``of_parent`` makes the phrase name the
    object that holds the fault ("Invalid property name in 'metadata'") rather than the fault.
    """

    def __init__(
        self,
        code: str,
        phrase: Phrase,
        *,
        path: tuple[str | int, ...] = (),
        member: str | None = None,
        on_key: bool = False,
        of_parent: bool = False,
    ) -> None:
        super().__init__(code, path=path)
        self.of_parent = of_parent
        self.code = code
        self.phrase = phrase
        self.member = member
        self.on_key = on_key


def did_you_mean(word: object, candidates: Any) -> str:
    match = close_match(word, candidates)
    return f" Did you mean {quote(match)}?" if match else ""


# --- standard keywords -----------------------------------------------------------------------


def type(validator: Any, types: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[Fault]:  # noqa: A001
    names = [types] if isinstance(types, str) else types
    if not any(validator.is_type(instance, name) for name in names):
        got = json_type_name(instance)
        yield Fault(
            "invalid_type",
            lambda where: (
                f"Invalid type for {where}: expected {expected_types(names)}, "
                f"but got {got} instead."
            ),
        )


def enum(
    validator: Any, enums: list[Any], instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if any(_json_equal(instance, allowed) for allowed in enums):
        return
    shown = excerpt(instance)
    choices = quoted_choices(enums)
    hint = did_you_mean(instance, enums)
    yield Fault(
        "invalid_value",
        lambda where: f"Invalid value for {where}: {shown}. Supported values are: {choices}.{hint}",
    )


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

        def missing(where: str, hint: str = hint) -> str:
            return f"Missing required parameter: {where}.{hint}"

        yield Fault("missing_required_parameter", missing, member=name)


def additionalProperties(
    validator: Any, allowed: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if allowed is not False:
        yield from _STANDARD["additionalProperties"](validator, allowed, instance, schema)
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

        def unknown(where: str, hint: str = hint) -> str:
            return f"Unknown parameter: {where}.{hint}"

        yield Fault("unknown_parameter", unknown, path=(key,), on_key=True)


def minItems(
    validator: Any, minimum: int, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if validator.is_type(instance, "array") and len(instance) < minimum:
        if not instance:
            yield Fault(
                "empty_array",
                lambda where: (
                    f"Invalid {where}: empty array. Expected an array with minimum "
                    f"length {minimum}, but got an empty array instead."
                ),
            )
            return
        size = len(instance)
        yield Fault(
            "array_below_min_length",
            lambda where: (
                f"Invalid {where}: array too short. Expected an array with minimum "
                f"length {minimum}, but got an array with length {size} instead."
            ),
        )


def maxItems(
    validator: Any, maximum: int, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if validator.is_type(instance, "array") and len(instance) > maximum:
        size = len(instance)
        yield Fault(
            "array_above_max_length",
            lambda where: (
                f"Invalid {where}: array too long. Expected an array with maximum "
                f"length {maximum}, but got an array with length {size} instead."
            ),
        )


def minLength(
    validator: Any, minimum: int, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if validator.is_type(instance, "string") and len(instance) < minimum:
        if not instance:
            yield Fault(
                "empty_string",
                lambda where: (
                    f"Invalid {where}: empty string. Expected a string with minimum "
                    f"length {minimum}, but got an empty string instead."
                ),
            )
            return
        size = len(instance)
        yield Fault(
            "string_below_min_length",
            lambda where: (
                f"Invalid {where}: string too short. Expected a string with minimum "
                f"length {minimum}, but got a string with length {size} instead."
            ),
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
        shown, noun = excerpt(instance), _number_noun(validator, schema)
        yield Fault(
            f"{noun}_below_min_value",
            lambda where: (
                f"Invalid {where}: {noun} below minimum value. Expected a value >= "
                f"{minimum}, but got {shown} instead."
            ),
        )


def maximum(
    validator: Any, maximum: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    if validator.is_type(instance, "number") and instance > maximum:
        shown, noun = excerpt(instance), _number_noun(validator, schema)
        yield Fault(
            f"{noun}_above_max_value",
            lambda where: (
                f"Invalid {where}: {noun} above maximum value. Expected a value <= "
                f"{maximum}, but got {shown} instead."
            ),
        )


# RFC 3986 absolute URI: a scheme, then only URI characters or percent-escapes. Characters beyond
# ASCII are let through as RFC 3987 (IRIs) does: clients percent-encode them, and rejecting a URL
# the API accepts would report a problem where there is none. The reference definition of the
# language (``is_uri`` decides it without backtracking; tests compare them).
_URI = re.compile(
    r"[A-Za-z][A-Za-z0-9+.\-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2}|[^\x00-\x7f])*"
)


def format(  # noqa: A001 (named after its keyword, like every function here)
    validator: Any,
    format: str,  # noqa: A002 (jsonschema passes the keyword's value under its name)
    instance: Any,
    schema: Mapping[str, Any],
) -> Iterator[Fault]:
    # The spec's only format is "uri"; the API's wording for a bad one is reused verbatim.
    if format == "uri" and validator.is_type(instance, "string") and not is_uri(instance):
        yield Fault(
            "invalid_value",
            lambda where: (
                f"Invalid {where}. Expected a valid URL, but got a value with an "
                f"invalid format: {excerpt(instance)}."
            ),
        )


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
    if discriminator is not None:
        yield from _discriminated(
            validator, branches, discriminator, instance, schema.get("x-migration", {})
        )
        return
    fitting = [
        index for index, branch in enumerate(branches) if _type_admits(validator, branch, instance)
    ]
    if len(fitting) == 1:
        yield from validator.descend(instance, branches[fitting[0]], schema_path=fitting[0])
    elif not fitting:
        wanted = [
            branch["type"] for branch in branches if isinstance(branch, dict) and "type" in branch
        ]
        got = json_type_name(instance)
        yield Fault(
            "invalid_type",
            lambda where: (
                f"Invalid type for {where}: expected {expected_types(wanted)}, "
                f"but got {got} instead."
            ),
        )
    else:
        for _ in _STANDARD["oneOf"](validator, branches, instance, schema):
            yield Fault(
                "invalid_value",
                lambda where: f"Invalid {where}: it matches none or several of the allowed forms.",
            )


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
        got = json_type_name(instance)
        # A bare tag ("file_search" for {"type": "file_search"}) is how SDKs of April 2024 wrote it.
        bare = (
            f" Write {{{quote(name)}: {quote(instance)}}}."
            if isinstance(instance, str) and instance in mapping
            else ""
        )
        yield Fault(
            "invalid_type",
            lambda where: (
                f"Invalid type for {where}: expected an object with a {quote(name)} "
                f"of {choices.replace(' and ', ' or ')}, but got {got} instead.{bare}"
            ),
        )
        return
    if name not in instance:
        yield Fault(
            "missing_required_parameter",
            lambda where: f"Missing required parameter: {where}. Supported values are: {choices}.",
            member=name,
        )
        return
    tag = instance[name]
    target = mapping.get(tag) if isinstance(tag, str) else None
    if target is None:
        if isinstance(tag, str) and tag in migrations:
            shown, choices_hint = excerpt(tag), migrations[tag]
            yield Fault(
                "invalid_value",
                lambda where: (
                    f"Invalid value for {where}: {shown}. Supported values are: {choices}. {choices_hint}"
                ),
                path=(name,),
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
            detail = (
                f"{excerpt(key)} is too long. Expected a string with maximum length "
                f"{limits['maxKeyLength']}, but got a string with length {len(key)} instead."
            )

            def too_long(where: str, detail: str = detail) -> str:
                return f"Invalid property name in {where}: {detail}"

            yield Fault(
                "property_name_above_max_length",
                too_long,
                path=(key,),
                on_key=True,
                of_parent=True,
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
        largest = int(size) // 2
        shown_overlap, shown_size = excerpt(overlap), excerpt(size)
        yield Fault(
            "chunk_overlap_above_half",
            lambda where: (
                f"Invalid {where}: chunk_overlap_tokens {shown_overlap} is more than "
                f"half of max_chunk_size_tokens {shown_size}. The overlap must not exceed half of "
                f"the chunk size: at most {int_text(largest)} here."
            ),
            path=("chunk_overlap_tokens",),
        )


def exactlyOneOf(
    validator: Any, names: list[str], instance: Any, schema: Mapping[str, Any]
) -> Iterator[Fault]:
    """Exactly one of ``names`` is present (file_search: vector_store_ids or vector_stores)."""
    if not validator.is_type(instance, "object"):
        return
    present = [name for name in names if name in instance]
    alternatives = quoted_choices(names, "or")
    if not present:
        yield Fault(
            "missing_required_parameter",
            lambda where: (
                f"Missing required parameter: {where} needs exactly one of "
                f"{alternatives}, and it has neither."
            ),
        )
    elif len(present) > 1:
        given = quoted_choices(present)
        yield Fault(
            "conflicting_parameters",
            lambda where: (
                f"Invalid {where}: it has both {given}. Give exactly one of "
                f"{alternatives}, not both."
            ),
        )


# --- helpers ---------------------------------------------------------------------------------


def _string_too_long(maximum: int, size: int) -> Fault:
    return Fault(
        "string_above_max_length",
        lambda where: (
            f"Invalid {where}: string too long. Expected a string with maximum length "
            f"{maximum}, but got a string with length {size:,} instead."
        ),
    )


def _too_many_properties(maximum: int, size: int) -> Fault:
    return Fault(
        "object_above_max_properties",
        lambda where: (
            f"Invalid {where}: too many properties. Expected an object with at most "
            f"{maximum} {plural(maximum, 'property', 'properties')}, but got an object with {size} "
            f"{plural(size, 'property', 'properties')} instead."
        ),
    )


def _number_noun(validator: Any, schema: Mapping[str, Any]) -> str:
    return "integer" if schema.get("type") == "integer" else "number"


def _type_admits(validator: Any, branch: Any, instance: Any) -> bool:
    if not isinstance(branch, dict) or "type" not in branch:
        return True
    types = branch["type"]
    names = [types] if isinstance(types, str) else types
    return any(validator.is_type(instance, name) for name in names)


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
    "metadataLimits": metadataLimits,
    "chunkOverlapAtMostHalf": chunkOverlapAtMostHalf,
    "exactlyOneOf": exactlyOneOf,
}
