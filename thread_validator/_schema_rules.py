"""The spec's rules (S: its schema, P: its prose), and which schema keyword reports for which.

The bundled schema and the keyword functions of ``_keywords`` are these rules' check; the table
:data:`KEYWORD_RULES` says, keyword by keyword (and code by code where one keyword reports for
several rules), which rule a problem belongs to. It is explicit so that no rule is found by the
order of the catalogue, and a keyword the table does not name is a test failure, not a guess.
"""

from __future__ import annotations

from collections.abc import Mapping

from ._rules import declare

declare(
    "S101",
    "invalid-type",
    "error",
    summary="A value has the wrong JSON type.",
    explanation="Every parameter has a JSON type in the spec: role is a string, messages an array, metadata "
    "an object or null. A content part or an attachment tool that is not an object is reported "
    "at the part. A value of the wrong type is reported once, not again for its enum or range.",
    bad='{"messages": [{"role": "user", "content": 42}]}',
    good='{"messages": [{"role": "user", "content": "42"}]}',
    codes=("invalid_type",),
)

declare(
    "S102",
    "invalid-value",
    "error",
    summary="A value is not one of those the spec allows.",
    explanation="role is user or assistant; detail is auto, low or high; a content part's type is text, "
    "image_url or image_file; an attachment tool's type is code_interpreter or file_search; a "
    "chunking strategy's type is auto or static. The message lists the allowed values and "
    "suggests the closest one.",
    bad='{"messages": [{"role": "system", "content": "Be brief."}]}',
    good='{"messages": [{"role": "assistant", "content": "I will be brief."}]}',
    codes=("invalid_value",),
)

declare(
    "S103",
    "invalid-url",
    "error",
    summary="image_url.url is not a URL.",
    explanation="The spec gives image_url.url `format: uri`. JSON Schema 2020-12 treats formats as notes; "
    "thread-validator asserts it (an absolute RFC 3986 URI, non-ASCII characters allowed), with "
    "the API's own wording for a malformed URL.",
    bad='{"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "cat.png"}}]}]}',
    good='{"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}]}]}',
    codes=("invalid_value",),
)

declare(
    "S104",
    "missing-parameter",
    "error",
    summary="A required parameter is absent.",
    explanation="A message needs role and content; a content part its type and its payload (text, "
    "image_url, image_file); an image its url or file_id; a static chunking strategy its "
    "static parameters. An attachment needs file_id and tools: the spec puts that `required` "
    "on the array, where JSON Schema ignores it, and thread-validator enforces it on each item. "
    "The problem points at the object that lacks the parameter; its param names the parameter.",
    bad='{"messages": [{"role": "user", "content": [{"type": "text", "txt": "hi"}]}]}',
    good='{"messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]}',
    codes=("missing_required_parameter",),
)

declare(
    "S105",
    "unknown-parameter",
    "error",
    summary="An object has a key the spec does not allow.",
    explanation="The body, each message, each static chunking strategy and its parameters are closed "
    "objects (additionalProperties: false); the API answers an unknown key with "
    "'Unknown parameter'. The message suggests the closest known key.",
    bad='{"messages": [{"role": "user", "content": "hi", "file_ids": ["file-abc123"]}]}',
    good='{"messages": [{"role": "user", "content": "hi", "attachments": [{"file_id": "file-abc123", "tools": [{"type": "file_search"}]}]}]}',
    codes=("unknown_parameter",),
)

declare(
    "S106",
    "empty-array",
    "error",
    summary="An array that must not be empty is empty.",
    explanation="Message content is either a string or an array of at least one content part (minItems: "
    "1). In the v1 API (--api-version v1), a message's file_ids, when given, hold at least one "
    "ID.",
    bad='{"messages": [{"role": "user", "content": []}]}',
    good='{"messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]}',
    codes=("empty_array", "array_below_min_length"),
)

declare(
    "S107",
    "too-many-items",
    "error",
    summary="An array is longer than the spec allows.",
    explanation="code_interpreter takes at most 20 file_ids; file_search at most one vector_store_ids entry "
    "and at most one vector_stores entry; a vector store at most 10,000 file_ids.",
    bad='{"tool_resources": {"file_search": {"vector_store_ids": ["vs_a", "vs_b"]}}}',
    good='{"tool_resources": {"file_search": {"vector_store_ids": ["vs_a"]}}}',
    codes=("array_above_max_length",),
)

declare(
    "S108",
    "out-of-range",
    "error",
    summary="A number is outside its range.",
    explanation="max_chunk_size_tokens is between 100 and 4096.",
    bad='{"tool_resources": {"file_search": {"vector_stores": [{"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 50, "chunk_overlap_tokens": 0}}}]}}}',
    good='{"tool_resources": {"file_search": {"vector_stores": [{"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 100, "chunk_overlap_tokens": 0}}}]}}}',
    codes=(
        "integer_below_min_value",
        "integer_above_max_value",
        "number_below_min_value",
        "number_above_max_value",
    ),
)

declare(
    "S109",
    "file-search-exactly-one",
    "error",
    summary="file_search has both vector_store_ids and vector_stores, or neither.",
    explanation="The spec's oneOf asks for exactly one: attach an existing vector store by ID, or have one "
    "created from file IDs. The SDKs' generated tests send both (their generator's spec says "
    "anyOf); the spec says no. The message says which case the body is in.",
    bad='{"tool_resources": {"file_search": {"vector_store_ids": ["vs_a"], "vector_stores": [{"file_ids": ["file-a"]}]}}}',
    good='{"tool_resources": {"file_search": {"vector_store_ids": ["vs_a"]}}}',
    codes=("conflicting_parameters", "missing_required_parameter"),
)

declare(
    "S110",
    "string-too-long",
    "error",
    summary="A string is longer than the spec allows.",
    explanation="In API v1 (--api-version v1) a message's content is a string of at most 32,768 "
    "characters (maxLength). Lengths are counted in characters (code points), not bytes.",
    bad='{"role": "user", "content": "<32,769 characters>"}',
    good='{"role": "user", "content": "<32,768 characters>"}',
    codes=("string_above_max_length",),
    api_version="v1",
)

declare(
    "S111",
    "empty-string",
    "error",
    summary="A string is shorter than the spec allows.",
    explanation="In API v1 (--api-version v1) a message's content is a string of at least one character "
    "(minLength: 1).",
    bad='{"role": "user", "content": ""}',
    good='{"role": "user", "content": "hi"}',
    codes=("empty_string", "string_below_min_length"),
    api_version="v1",
)

declare(
    "P201",
    "chunk-overlap-above-half",
    "error",
    summary="chunk_overlap_tokens is more than half of max_chunk_size_tokens.",
    explanation="The spec says in prose that the overlap must not exceed half of max_chunk_size_tokens; "
    "JSON Schema cannot compare two fields, so a custom keyword checks it. The message gives "
    "both numbers and the largest allowed overlap.",
    bad='{"tool_resources": {"file_search": {"vector_stores": [{"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 500}}}]}}}',
    good='{"tool_resources": {"file_search": {"vector_stores": [{"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}}]}}}',
    codes=("chunk_overlap_above_half",),
)

declare(
    "P202",
    "metadata-too-many-keys",
    "error",
    summary="A metadata object has more than 16 keys.",
    explanation="Metadata (of the thread, of each message, of each vector store) is 'a set of 16 key-value "
    "pairs'; the API answers more with object_above_max_properties.",
    bad='{"metadata": {"k1": "v", "k2": "v", "k3": "v", "k4": "v", "k5": "v", "k6": "v", "k7": "v", "k8": "v", "k9": "v", "k10": "v", "k11": "v", "k12": "v", "k13": "v", "k14": "v", "k15": "v", "k16": "v", "k17": "v"}}',
    good='{"metadata": {"k1": "v", "k2": "v"}}',
    codes=("object_above_max_properties",),
)

declare(
    "P203",
    "metadata-key-too-long",
    "error",
    summary="A metadata key is longer than 64 characters.",
    explanation="Keys are strings of at most 64 characters, counted in characters (code points), not bytes.",
    bad='{"metadata": {"a-key-of-sixty-five-characters-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx": "v"}}',
    good='{"metadata": {"a-short-key": "v"}}',
    codes=("property_name_above_max_length",),
)

declare(
    "P204",
    "metadata-value-too-long",
    "error",
    summary="A metadata value is longer than 512 characters.",
    explanation="Values are strings of at most 512 characters, counted in characters (code points), not "
    "bytes: 512 emoji are fine.",
    bad='{"metadata": {"note": "<513 characters>"}}',
    good='{"metadata": {"note": "<512 characters or fewer>"}}',
    codes=("string_above_max_length",),
)

#: The rule of each schema keyword; a keyword reporting for several rules maps each code.
KEYWORD_RULES: Mapping[str, str | Mapping[str, str]] = {
    "type": "S101",
    "enum": "S102",
    "const": "S102",
    "format": "S103",
    "required": "S104",
    "additionalProperties": "S105",
    "minItems": "S106",
    "maxItems": "S107",
    "minimum": "S108",
    "maximum": "S108",
    "exactlyOneOf": "S109",
    "maxLength": "S110",
    "minLength": "S111",
    # A oneOf decides the branch the body meant and reports at its tag or on its JSON type.
    "oneOf": {
        "invalid_type": "S101",
        "invalid_value": "S102",
        "missing_required_parameter": "S104",
    },
    # The successor's schema (issue 12): an anyOf decides its branch as a oneOf does; a pattern
    # is a value the spec does not allow; an input item is resolved by its type and role.
    "anyOf": {
        "invalid_type": "S101",
        "invalid_value": "S102",
        "missing_required_parameter": "S104",
    },
    "pattern": "S102",
    "itemByTypeAndRole": {"invalid_type": "S101", "invalid_value": "S102"},
    "chunkOverlapAtMostHalf": "P201",
    "maxProperties": "P202",
    "metadataLimits": {
        "object_above_max_properties": "P202",
        "property_name_above_max_length": "P203",
        "string_above_max_length": "P204",
    },
}


def schema_rule(keyword: str, code: str) -> str | None:
    """The id of the rule a problem of ``keyword`` with ``code`` belongs to, or None."""
    entry = KEYWORD_RULES.get(keyword)
    if isinstance(entry, str):
        return entry
    return entry.get(code) if entry is not None else None
