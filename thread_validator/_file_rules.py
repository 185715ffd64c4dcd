"""File-hygiene rules (F): what ``_loaders`` reports about a file before its body is checked.

The loaders are these rules' check; each code they report belongs to exactly one rule here.
Examples are a file's bytes, written as Python bytes literals.
"""

from __future__ import annotations

from ._rules import declare

declare(
    "F401",
    "parse-error",
    "error",
    summary="The file is not valid JSON or YAML.",
    explanation="Nothing can be checked in a file that does not parse; the problem gives the parser's line "
    "and column. Examples of file rules are the file's bytes.",
    bad="b'{\"messages\": [}'",
    good="b'{\"messages\": []}'",
    codes=("invalid_json", "invalid_yaml"),
)

declare(
    "F402",
    "duplicate-key",
    "error",
    summary="An object has the same key twice.",
    explanation="JSON parsers (and the API's) keep one of the values silently, so the fixture says "
    "something other than what is sent. Reported at the second key, in JSON and in YAML.",
    bad='b\'{"metadata": {"k": "a", "k": "b"}}\'',
    good='b\'{"metadata": {"k": "a", "k2": "b"}}\'',
    codes=("duplicate_key",),
)

declare(
    "F403",
    "non-json-number",
    "error",
    summary="A number JSON cannot carry: NaN, Infinity, or one too long to read.",
    explanation="Python's json module reads NaN and Infinity, but they are not JSON and the API's parser "
    "rejects them; YAML's .nan and .inf likewise. A number literal of thousands of digits is "
    "refused rather than converted.",
    bad='b\'{"tool_resources": {"file_search": {"vector_stores": [{"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": NaN, "chunk_overlap_tokens": 0}}}]}}}\'',
    good='b\'{"tool_resources": {"file_search": {"vector_stores": [{"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 0}}}]}}}\'',
    codes=("non_json_number", "number_too_long"),
)

declare(
    "F404",
    "yaml-not-json",
    "error",
    summary="YAML read something JSON cannot hold.",
    explanation="An unquoted date (2024-01-01) becomes a date, a key like on: becomes a boolean, a tag "
    "such as !!binary or !!python/object asks for a type JSON does not have. Tags are never "
    "constructed (only safe loading); each is reported. Quote the value to keep it a string. "
    "Where a string is expected, yes, no, on, off, 1.0 and null are reported as S101 invalid-type, "
    "with how YAML read them.",
    bad="b'metadata:\\n  released: 2024-01-01\\n'",
    good="b'metadata:\\n  released: \"2024-01-01\"\\n'",
    codes=("yaml_non_json_value", "yaml_non_string_key", "yaml_unsupported_tag"),
)

declare(
    "F405",
    "byte-order-mark",
    "error",
    summary="The file starts with a byte-order mark.",
    explanation="RFC 8259 forbids a BOM in JSON and many JSON parsers reject it; YAML allows it, so there "
    "it is a warning. The rest of the file is still checked.",
    bad="b'\\xef\\xbb\\xbf{}'",
    good="b'{}'",
    codes=("byte_order_mark",),
)

declare(
    "F406",
    "not-utf8-text",
    "error",
    summary="The file is not UTF-8 text.",
    explanation="Request bodies are UTF-8 JSON. Invalid UTF-8 is reported at the line and column of the "
    "first bad byte; a file with NUL bytes is reported as binary.",
    bad='b\'{"metadata": {"k": "caf\\xe9"}}\'',
    good='b\'{"metadata": {"k": "caf\\xc3\\xa9"}}\'',
    codes=("invalid_utf8", "binary_file"),
)

declare(
    "F407",
    "empty-file",
    "error",
    summary="The file is empty (or only white space).",
    explanation="An empty fixture is almost always a mistake; the API's smallest body is {}.",
    bad="b''",
    good="b'{}'",
    codes=("empty_file",),
)

declare(
    "F408",
    "resource-limit",
    "error",
    summary="The file is too large, nested too deep, or a YAML alias bomb.",
    explanation="Files above the size cap (--max-bytes, 10 MiB by default) are not read, nor are "
    "records of recorded traffic above theirs (--max-record-bytes, 10 MiB); nesting deeper "
    "than 500 levels and aliases that expand to more than 10,000 values are refused at once, "
    "in bounded time and memory. No real body comes near these limits.",
    bad="b'a: &a [x, x, x, x, x, x, x, x, x, x]\\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\\n'",
    good="b'{\"messages\": []}'",
    codes=("file_too_large", "nesting_too_deep", "yaml_alias_bomb", "record_too_large"),
)
