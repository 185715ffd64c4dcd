"""The rule catalogue: every problem thread-validator reports belongs to one rule here.

A rule has a stable id (the letter says where it comes from: S the spec's schema, P the spec's
prose, O behaviour observed on the live API, F file hygiene, L lint), a name, a default severity,
an explanation with a failing and a passing example, and the problem codes it reports. The README's
rules table is generated from this data (``python -m thread_validator.rules_doc``; a test fails when
they drift apart) and ``thread-validator --explain ID`` prints a rule's page.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from ._problem import Problem, Severity

Source = Literal[
    "spec", "spec prose", "observed server behaviour", "file hygiene", "lint", "migration"
]

SOURCE_BY_PREFIX: dict[str, Source] = {
    "S": "spec",
    "P": "spec prose",
    "O": "observed server behaviour",
    "F": "file hygiene",
    "L": "lint",
    "M": "migration",
}


class Rule(NamedTuple):
    id: str
    name: str
    severity: Severity
    summary: str
    explanation: str
    bad: str
    good: str
    codes: tuple[str, ...]
    # The schema keyword that tells this rule's problems from another rule's with the same code.
    keyword: str | None = None
    # The API version the examples are written for (``--api-version``).
    api_version: str = "v2"

    @property
    def source(self) -> Source:
        return SOURCE_BY_PREFIX[self.id[0]]

    def page(self) -> str:
        """The rule's documentation, as ``--explain`` prints it."""
        import textwrap

        return (
            f"{self.id} {self.name} ({self.severity}, from the {self.source})\n\n"
            f"{self.summary}\n\n{textwrap.fill(self.explanation, 88)}\n\n"
            f"Fails:\n    {self.bad}\n\nPasses:\n    {self.good}\n\n"
            f"Problem codes: {', '.join(self.codes)}\n"
        )


RULES: tuple[Rule, ...] = (
    Rule(
        "S101",
        "invalid-type",
        "error",
        "A value has the wrong JSON type.",
        "Every parameter has a JSON type in the spec: role is a string, messages an array, metadata "
        "an object or null. A content part or an attachment tool that is not an object is reported "
        "at the part. A value of the wrong type is reported once, not again for its enum or range.",
        '{"messages": [{"role": "user", "content": 42}]}',
        '{"messages": [{"role": "user", "content": "42"}]}',
        ("invalid_type",),
    ),
    Rule(
        "S102",
        "invalid-value",
        "error",
        "A value is not one of those the spec allows.",
        "role is user or assistant; detail is auto, low or high; a content part's type is text, "
        "image_url or image_file; an attachment tool's type is code_interpreter or file_search; a "
        "chunking strategy's type is auto or static. The message lists the allowed values and "
        "suggests the closest one.",
        '{"messages": [{"role": "system", "content": "Be brief."}]}',
        '{"messages": [{"role": "assistant", "content": "I will be brief."}]}',
        ("invalid_value",),
        "enum",
    ),
    Rule(
        "S103",
        "invalid-url",
        "error",
        "image_url.url is not a URL.",
        "The spec gives image_url.url `format: uri`. JSON Schema 2020-12 treats formats as notes; "
        "thread-validator asserts it (an absolute RFC 3986 URI, non-ASCII characters allowed), with "
        "the API's own wording for a malformed URL.",
        '{"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "cat.png"}}]}]}',
        '{"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}]}]}',
        ("invalid_value",),
        "format",
    ),
    Rule(
        "S104",
        "missing-parameter",
        "error",
        "A required parameter is absent.",
        "A message needs role and content; a content part its type and its payload (text, "
        "image_url, image_file); an image its url or file_id; a static chunking strategy its "
        "static parameters. An attachment needs file_id and tools: the spec puts that `required` "
        "on the array, where JSON Schema ignores it, and thread-validator enforces it on each item. "
        "The problem points at the object that lacks the parameter; its param names the parameter.",
        '{"messages": [{"role": "user", "content": [{"type": "text", "txt": "hi"}]}]}',
        '{"messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]}',
        ("missing_required_parameter",),
        "required",
    ),
    Rule(
        "S105",
        "unknown-parameter",
        "error",
        "An object has a key the spec does not allow.",
        "The body, each message, each static chunking strategy and its parameters are closed "
        "objects (additionalProperties: false); the API answers an unknown key with "
        "'Unknown parameter'. The message suggests the closest known key.",
        '{"messages": [{"role": "user", "content": "hi", "file_ids": ["file-abc123"]}]}',
        '{"messages": [{"role": "user", "content": "hi", "attachments": [{"file_id": "file-abc123", "tools": [{"type": "file_search"}]}]}]}',
        ("unknown_parameter",),
    ),
    Rule(
        "S106",
        "empty-array",
        "error",
        "An array that must not be empty is empty.",
        "Message content is either a string or an array of at least one content part (minItems: "
        "1). In the v1 API (--api-version v1), a message's file_ids, when given, hold at least one "
        "ID.",
        '{"messages": [{"role": "user", "content": []}]}',
        '{"messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]}',
        ("empty_array", "array_below_min_length"),
    ),
    Rule(
        "S107",
        "too-many-items",
        "error",
        "An array is longer than the spec allows.",
        "code_interpreter takes at most 20 file_ids; file_search at most one vector_store_ids entry "
        "and at most one vector_stores entry; a vector store at most 10,000 file_ids.",
        '{"tool_resources": {"file_search": {"vector_store_ids": ["vs_a", "vs_b"]}}}',
        '{"tool_resources": {"file_search": {"vector_store_ids": ["vs_a"]}}}',
        ("array_above_max_length",),
        "maxItems",
    ),
    Rule(
        "S108",
        "out-of-range",
        "error",
        "A number is outside its range.",
        "max_chunk_size_tokens is between 100 and 4096.",
        '{"tool_resources": {"file_search": {"vector_stores": [{"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 50, "chunk_overlap_tokens": 0}}}]}}}',
        '{"tool_resources": {"file_search": {"vector_stores": [{"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 100, "chunk_overlap_tokens": 0}}}]}}}',
        (
            "integer_below_min_value",
            "integer_above_max_value",
            "number_below_min_value",
            "number_above_max_value",
        ),
    ),
    Rule(
        "S109",
        "file-search-exactly-one",
        "error",
        "file_search has both vector_store_ids and vector_stores, or neither.",
        "The spec's oneOf asks for exactly one: attach an existing vector store by ID, or have one "
        "created from file IDs. The SDKs' generated tests send both (their generator's spec says "
        "anyOf); the spec says no. The message says which case the body is in.",
        '{"tool_resources": {"file_search": {"vector_store_ids": ["vs_a"], "vector_stores": [{"file_ids": ["file-a"]}]}}}',
        '{"tool_resources": {"file_search": {"vector_store_ids": ["vs_a"]}}}',
        ("conflicting_parameters", "missing_required_parameter"),
        "exactlyOneOf",
    ),
    Rule(
        "S110",
        "string-too-long",
        "error",
        "A string is longer than the spec allows.",
        "In API v1 (--api-version v1) a message's content is a string of at most 32,768 "
        "characters (maxLength). Lengths are counted in characters (code points), not bytes.",
        '{"role": "user", "content": "<32,769 characters>"}',
        '{"role": "user", "content": "<32,768 characters>"}',
        ("string_above_max_length",),
        "maxLength",
        "v1",
    ),
    Rule(
        "S111",
        "empty-string",
        "error",
        "A string is shorter than the spec allows.",
        "In API v1 (--api-version v1) a message's content is a string of at least one character "
        "(minLength: 1).",
        '{"role": "user", "content": ""}',
        '{"role": "user", "content": "hi"}',
        ("empty_string", "string_below_min_length"),
        "minLength",
        "v1",
    ),
    Rule(
        "P201",
        "chunk-overlap-above-half",
        "error",
        "chunk_overlap_tokens is more than half of max_chunk_size_tokens.",
        "The spec says in prose that the overlap must not exceed half of max_chunk_size_tokens; "
        "JSON Schema cannot compare two fields, so a custom keyword checks it. The message gives "
        "both numbers and the largest allowed overlap.",
        '{"tool_resources": {"file_search": {"vector_stores": [{"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 500}}}]}}}',
        '{"tool_resources": {"file_search": {"vector_stores": [{"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}}]}}}',
        ("chunk_overlap_above_half",),
    ),
    Rule(
        "P202",
        "metadata-too-many-keys",
        "error",
        "A metadata object has more than 16 keys.",
        "Metadata (of the thread, of each message, of each vector store) is 'a set of 16 key-value "
        "pairs'; the API answers more with object_above_max_properties.",
        '{"metadata": {"k1": "v", "k2": "v", "k3": "v", "k4": "v", "k5": "v", "k6": "v", "k7": "v", "k8": "v", "k9": "v", "k10": "v", "k11": "v", "k12": "v", "k13": "v", "k14": "v", "k15": "v", "k16": "v", "k17": "v"}}',
        '{"metadata": {"k1": "v", "k2": "v"}}',
        ("object_above_max_properties",),
    ),
    Rule(
        "P203",
        "metadata-key-too-long",
        "error",
        "A metadata key is longer than 64 characters.",
        "Keys are strings of at most 64 characters, counted in characters (code points), not bytes.",
        '{"metadata": {"a-key-of-sixty-five-characters-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx": "v"}}',
        '{"metadata": {"a-short-key": "v"}}',
        ("property_name_above_max_length",),
    ),
    Rule(
        "P204",
        "metadata-value-too-long",
        "error",
        "A metadata value is longer than 512 characters.",
        "Values are strings of at most 512 characters, counted in characters (code points), not "
        "bytes: 512 emoji are fine.",
        '{"metadata": {"note": "<513 characters>"}}',
        '{"metadata": {"note": "<512 characters or fewer>"}}',
        ("string_above_max_length",),
        "metadataLimits",
    ),
    Rule(
        "O301",
        "too-many-messages",
        "warning",
        "A thread create has more than 32 messages.",
        "The spec sets no maxItems on messages, but the API refused more than 32 in v1 "
        "(openai-php/client#269, 2023: 'ensure this value has at most 32 items') and still did in "
        "v2 (dimagi/open-chat-studio#688, 2024: 'There is a 32 message limit when creating a new "
        "thread'). Create the thread with 32 and add the rest with POST "
        "/v1/threads/{thread_id}/messages.",
        '{"messages": [' + ", ".join(['{"role": "user", "content": "hi"}'] * 33) + "]}",
        '{"messages": [' + ", ".join(['{"role": "user", "content": "hi"}'] * 32) + "]}",
        ("array_above_max_length",),
    ),
    Rule(
        "O302",
        "content-too-long",
        "warning",
        "Message content (a string, or a text part) is longer than 256,000 characters.",
        "The spec had maxLength 256000 on content from 2024-04-09 (openai-openapi 5fd86c8) until "
        '2024-05-09 (451aa0b) dropped it; the live messages.create still answered "Invalid '
        "'content': string too long. Expected a string with maximum length 256000\" afterwards. "
        "That the limit also holds for each text part is inferred.",
        '{"role": "user", "content": "<256,001 characters>"}',
        '{"role": "user", "content": "<256,000 characters>"}',
        ("string_above_max_length",),
    ),
    Rule(
        "O303",
        "image-url-scheme",
        "warning",
        "image_url.url is not an http or https URL (a data: URL, for instance).",
        "A data: URL is a valid URI, so the spec's format: uri accepts it, but the live API refused "
        'one in threads.create with "Expected a valid URL, but got a value with an invalid '
        'format" (openai/openai-python#1483, 2024). Other schemes are inferred to fail alike. '
        "Upload the image as a file and send an image_file part instead.",
        '{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]}',
        '{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}]}',
        ("invalid_value",),
    ),
    Rule(
        "O304",
        "file-id-prefix",
        "warning",
        "A file ID does not begin with 'file-'.",
        "Checked in attachments, image_file parts, tool_resources and v1 message file_ids. Every "
        "file ID the live API returned begins with 'file-' (openai-dotnet session records, 2025), "
        "and the API answers \"Expected an ID that begins with 'file'\" for file IDs of other "
        "endpoints; a refusal in a thread body was not recorded, so the rule is inferred. "
        "Placeholders such as 'string' or 'file_id' in generated SDK tests trip it.",
        '{"role": "user", "content": "x", "attachments": [{"file_id": "abc123", "tools": [{"type": "file_search"}]}]}',
        '{"role": "user", "content": "x", "attachments": [{"file_id": "file-abc123", "tools": [{"type": "file_search"}]}]}',
        ("invalid_value",),
    ),
    Rule(
        "O305",
        "vector-store-id-prefix",
        "warning",
        "A vector store ID does not begin with 'vs_'.",
        "Every vector store ID the live API returned begins with 'vs_' (openai-dotnet session "
        "records, 2025), and the API checks ID prefixes elsewhere; a refusal in a thread body was "
        "not recorded, so the rule is inferred.",
        '{"tool_resources": {"file_search": {"vector_store_ids": ["store1"]}}}',
        '{"tool_resources": {"file_search": {"vector_store_ids": ["vs_abc123"]}}}',
        ("invalid_value",),
    ),
    Rule(
        "O306",
        "thread-id-prefix",
        "warning",
        "A thread object's id does not begin with 'thread_' (kind thread_object).",
        "For contract tests of servers and mocks: every thread the live API returned has an id "
        "beginning with 'thread_', and the API refuses a thread_id without it (\"Expected an ID "
        "that begins with 'thread'\", openai/openai-node#1545).",
        '{"id": "123", "object": "thread", "created_at": 0, "metadata": {}, "tool_resources": {}}',
        '{"id": "thread_abc123", "object": "thread", "created_at": 0, "metadata": {}, "tool_resources": {}}',
        ("invalid_value",),
    ),
    Rule(
        "L501",
        "duplicate-id",
        "warning",
        "The same ID appears twice in one list.",
        "code_interpreter.file_ids, vector_store_ids and a vector store's file_ids are sets in "
        "effect: a repeated ID adds nothing, and usually means another ID was meant.",
        '{"tool_resources": {"code_interpreter": {"file_ids": ["file-a", "file-a"]}}}',
        '{"tool_resources": {"code_interpreter": {"file_ids": ["file-a", "file-b"]}}}',
        ("duplicate_id",),
    ),
    Rule(
        "L502",
        "duplicate-attachment",
        "warning",
        "A message attaches the same file to the same tool twice.",
        "Attaching one file to two different tools is normal (the live API accepts it); giving it "
        "to the same tool twice adds nothing.",
        '{"role": "user", "content": "x", "attachments": [{"file_id": "file-a", "tools": [{"type": "file_search"}]}, {"file_id": "file-a", "tools": [{"type": "file_search"}]}]}',
        '{"role": "user", "content": "x", "attachments": [{"file_id": "file-a", "tools": [{"type": "file_search"}, {"type": "code_interpreter"}]}]}',
        ("duplicate_attachment",),
    ),
    Rule(
        "L503",
        "empty-text",
        "warning",
        "A message or text part has empty text.",
        "The spec allows an empty string, but the model gets nothing to read; usually a template "
        "variable was not filled in.",
        '{"messages": [{"role": "user", "content": ""}]}',
        '{"messages": [{"role": "user", "content": "Summarise the file."}]}',
        ("empty_text",),
    ),
    Rule(
        "L504",
        "metadata-key-case",
        "warning",
        "Two metadata keys differ only in case.",
        "Metadata keys are case-sensitive: 'Owner' and 'owner' are two keys, and a query for one "
        "misses the other.",
        '{"metadata": {"Owner": "a", "owner": "b"}}',
        '{"metadata": {"owner": "a"}}',
        ("metadata_key_case",),
    ),
    Rule(
        "L505",
        "unsupported-image-extension",
        "warning",
        "An image URL ends in an extension the API does not support.",
        "The spec says image URLs must be of a supported image type: jpeg, jpg, png, gif or webp. "
        "A URL with another extension (.bmp, .svg, .tiff) is probably not one; a URL with no "
        "extension is not warned about.",
        '{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/a.bmp"}}]}',
        '{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]}',
        ("unsupported_image_extension",),
    ),
    Rule(
        "F401",
        "parse-error",
        "error",
        "The file is not valid JSON or YAML.",
        "Nothing can be checked in a file that does not parse; the problem gives the parser's line "
        "and column. Examples of file rules are the file's bytes.",
        "b'{\"messages\": [}'",
        "b'{\"messages\": []}'",
        ("invalid_json", "invalid_yaml"),
    ),
    Rule(
        "F402",
        "duplicate-key",
        "error",
        "An object has the same key twice.",
        "JSON parsers (and the API's) keep one of the values silently, so the fixture says "
        "something other than what is sent. Reported at the second key, in JSON and in YAML.",
        'b\'{"metadata": {"k": "a", "k": "b"}}\'',
        'b\'{"metadata": {"k": "a", "k2": "b"}}\'',
        ("duplicate_key",),
    ),
    Rule(
        "F403",
        "non-json-number",
        "error",
        "A number JSON cannot carry: NaN, Infinity, or one too long to read.",
        "Python's json module reads NaN and Infinity, but they are not JSON and the API's parser "
        "rejects them; YAML's .nan and .inf likewise. A number literal of thousands of digits is "
        "refused rather than converted.",
        'b\'{"tool_resources": {"file_search": {"vector_stores": [{"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": NaN, "chunk_overlap_tokens": 0}}}]}}}\'',
        'b\'{"tool_resources": {"file_search": {"vector_stores": [{"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 0}}}]}}}\'',
        ("non_json_number", "number_too_long"),
    ),
    Rule(
        "F404",
        "yaml-not-json",
        "error",
        "YAML read something JSON cannot hold.",
        "An unquoted date (2024-01-01) becomes a date, a key like on: becomes a boolean, a tag "
        "such as !!binary or !!python/object asks for a type JSON does not have. Tags are never "
        "constructed (only safe loading); each is reported. Quote the value to keep it a string. "
        "Where a string is expected, yes, no, on, off, 1.0 and null are reported as S101 invalid-type, "
        "with how YAML read them.",
        "b'metadata:\\n  released: 2024-01-01\\n'",
        "b'metadata:\\n  released: \"2024-01-01\"\\n'",
        ("yaml_non_json_value", "yaml_non_string_key", "yaml_unsupported_tag"),
    ),
    Rule(
        "F405",
        "byte-order-mark",
        "error",
        "The file starts with a byte-order mark.",
        "RFC 8259 forbids a BOM in JSON and many JSON parsers reject it; YAML allows it, so there "
        "it is a warning. The rest of the file is still checked.",
        "b'\\xef\\xbb\\xbf{}'",
        "b'{}'",
        ("byte_order_mark",),
    ),
    Rule(
        "F406",
        "not-utf8-text",
        "error",
        "The file is not UTF-8 text.",
        "Request bodies are UTF-8 JSON. Invalid UTF-8 is reported at the line and column of the "
        "first bad byte; a file with NUL bytes is reported as binary.",
        'b\'{"metadata": {"k": "caf\\xe9"}}\'',
        'b\'{"metadata": {"k": "caf\\xc3\\xa9"}}\'',
        ("invalid_utf8", "binary_file"),
    ),
    Rule(
        "F407",
        "empty-file",
        "error",
        "The file is empty (or only white space).",
        "An empty fixture is almost always a mistake; the API's smallest body is {}.",
        "b''",
        "b'{}'",
        ("empty_file",),
    ),
    Rule(
        "F408",
        "resource-limit",
        "error",
        "The file is too large, nested too deep, or a YAML alias bomb.",
        "Files above the size cap (--max-bytes, 10 MiB by default) are not read; nesting deeper "
        "than 500 levels and aliases that expand to more than 10,000 values are refused at once, "
        "in bounded time and memory. No real body comes near these limits.",
        "b'a: &a [x, x, x, x, x, x, x, x, x, x]\\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\\n'",
        "b'{\"messages\": []}'",
        ("file_too_large", "nesting_too_deep", "yaml_alias_bomb"),
    ),
)

# Losses of a migration (``thread-validator migrate``): what a thread body holds that the
# Conversations and Responses APIs have no place for. Reported by ``to_conversation`` only.
MIGRATION_RULES: tuple[Rule, ...] = (
    Rule(
        "M601",
        "message-metadata-dropped",
        "warning",
        "A message's metadata has no place in a conversation item.",
        "Conversation items carry no metadata; only the conversation itself has metadata. The "
        "message's keys are not carried over; keep them elsewhere if they matter.",
        '{"messages": [{"role": "user", "content": "hi", "metadata": {"source": "import"}}]}',
        '{"messages": [{"role": "user", "content": "hi"}], "metadata": {"source": "import"}}',
        ("message_metadata_dropped",),
    ),
    Rule(
        "M602",
        "assistant-image-dropped",
        "warning",
        "An assistant message's image has no equivalent in a conversation.",
        "An assistant item's content is a string (an output_text part needs the id and status "
        "the API assigned, and the server refuses assistant input parts), so image parts of an "
        "assistant message are dropped; an assistant message with only images becomes no item.",
        '{"messages": [{"role": "assistant", "content": [{"type": "image_file", "image_file": {"file_id": "file-abc123"}}]}]}',
        '{"messages": [{"role": "assistant", "content": "Here is the chart."}]}',
        ("assistant_image_dropped", "assistant_message_dropped"),
    ),
    Rule(
        "M603",
        "assistant-parts-joined",
        "warning",
        "An assistant message's text parts become one string.",
        "Each text part keeps its text exactly; the parts are joined with a blank line, so where "
        "one part ended and the next began is no longer marked.",
        '{"messages": [{"role": "assistant", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}]}',
        '{"messages": [{"role": "assistant", "content": [{"type": "text", "text": "a b"}]}]}',
        ("assistant_parts_joined",),
    ),
    Rule(
        "M604",
        "v1-file-tool-assumed",
        "warning",
        "A v1 message file is given to file_search, since v1 does not say which tool read it.",
        "A v1 message's file_ids reached whichever tools the assistant had. The migration gives "
        "them to file_search (v1's retrieval); move a file to the code_interpreter container if "
        "the assistant ran code on it.",
        '{"messages": [{"role": "user", "content": "Summarise", "file_ids": ["file-abc123"]}]}',
        '{"messages": [{"role": "user", "content": "Summarise"}]}',
        ("v1_file_tool_assumed",),
        api_version="v1",
    ),
    Rule(
        "M605",
        "container-files-above-limit",
        "warning",
        "More files than a code_interpreter container takes (50).",
        "The Responses code_interpreter tool's automatic container takes at most 50 file_ids; the "
        "thread's code_interpreter files come first, then its attachments'. The files past 50 are "
        "left out.",
        "a thread whose code_interpreter files and attachments name 51 files",
        "at most 50 files for code_interpreter",
        ("container_files_above_limit",),
    ),
    Rule(
        "M606",
        "attachment-to-vector-store",
        "warning",
        "An assistant message's file-search attachment goes to a vector store, not an input_file.",
        "With --attachments input_file, user messages carry their files as input_file parts; an "
        "assistant item cannot (its content is a string), so its files join the attachments "
        "vector store given to file_search.",
        '{"messages": [{"role": "assistant", "content": "See file", "attachments": [{"file_id": "file-abc123", "tools": [{"type": "file_search"}]}]}]}',
        '{"messages": [{"role": "user", "content": "See file", "attachments": [{"file_id": "file-abc123", "tools": [{"type": "file_search"}]}]}]}',
        ("attachment_to_vector_store",),
    ),
)

RULES += MIGRATION_RULES

RULE_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}


def _index() -> tuple[dict[tuple[str, str], Rule], dict[str, Rule]]:
    by_keyword: dict[tuple[str, str], Rule] = {}
    by_code: dict[str, Rule] = {}
    for rule in RULES:
        for code in rule.codes:
            if rule.keyword is not None:
                by_keyword[(code, rule.keyword)] = rule
            by_code.setdefault(code, rule)
    return by_keyword, by_code


_BY_KEYWORD, _BY_CODE = _index()


def rule_for(problem: Problem) -> Rule:
    """The rule a problem belongs to, by its code and the schema keyword that raised it."""
    if problem.rule in RULE_BY_ID:
        # Server rules report with the API's own codes, shared with schema rules; they name
        # their rule themselves.
        return RULE_BY_ID[problem.rule]
    keyword = problem.schema_path.rsplit("/", 1)[-1] if problem.schema_path else ""
    rule = _BY_KEYWORD.get((problem.code, keyword)) or _BY_CODE.get(problem.code)
    if rule is None:
        raise LookupError(f"no rule reports the problem code {problem.code!r}")
    return rule
