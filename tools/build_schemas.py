"""Build the bundled JSON Schemas from the spec excerpts in ``schemas/source/``.

Run ``python tools/build_schemas.py`` after changing this file or a source; the test suite checks that
the committed ``openai-threads-2.3.0.schema.json`` (API v2, the default) and
``openai-threads-v1.schema.json`` (the 2023 v1 API) are exactly what this script produces, so a
bundled schema can never drift from its spec without the departure being written down here.

Every change to the spec's meaning is one function below, listed in ``DEPARTURES`` together with
the reason, and the list is copied into the schema document (``x-departures``) so that the data
carries its own provenance.
"""

from __future__ import annotations

import copy
import hashlib
import html
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

# A build-time tool, kept out of the installed package: it writes into the repository's schemas/.
HERE = Path(__file__).resolve().parents[1] / "schemas"
SOURCE = HERE / "source" / "openapi-2.3.0-create-thread.yaml"
TARGET = HERE / "openai-threads-2.3.0.schema.json"
SCHEMA_ID = "urn:thread-validator:openai-threads:2.3.0"

# Annotations that only drive OpenAI's documentation site; they carry no validation meaning.
DOCS_ONLY_KEYS = frozenset({"x-oaiExpandable", "x-stainless-const", "x-oaiTypeLabel", "x-oaiMeta"})


def openapi_to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema objects -> JSON Schema 2020-12, without changing what validates.

    ``nullable: true`` becomes a ``"null"`` member of ``type``; component references become
    ``$defs`` references; documentation-only ``x-`` annotations are dropped.
    """
    if isinstance(node, list):
        return [openapi_to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in DOCS_ONLY_KEYS or key == "nullable":
            continue
        if key == "$ref":
            out[key] = value.replace("#/components/schemas/", "#/$defs/")
        else:
            out[key] = openapi_to_json_schema(value)
    if node.get("nullable") is True:
        out["type"] = [node["type"], "null"]
    return out


def required_on_attachment_items(defs: dict[str, Any]) -> str:
    attachments = defs["CreateMessageRequest"]["properties"]["attachments"]
    required = attachments.pop("required")
    attachments["items"]["required"] = required
    return (
        "CreateMessageRequest.attachments: `required: [file_id, tools]` moved from the array, where "
        "JSON Schema ignores it, to each attachment item, where the spec evidently means it."
    )


def named_chunking_strategies(defs: dict[str, Any]) -> str:
    strategy = _vector_store_item(defs)["properties"]["chunking_strategy"]
    auto, static = strategy["oneOf"]
    defs["AutoChunkingStrategyRequestParam"] = auto
    defs["StaticChunkingStrategyRequestParam"] = static
    strategy["oneOf"] = [
        {"$ref": "#/$defs/AutoChunkingStrategyRequestParam"},
        {"$ref": "#/$defs/StaticChunkingStrategyRequestParam"},
    ]
    return (
        "vector_stores[].chunking_strategy: the two inline oneOf branches moved to $defs under the "
        "names the upstream spec gives them elsewhere (no change in meaning; lets the discriminator "
        "name them)."
    )


def discriminators(defs: dict[str, Any]) -> str:
    def mark(schema: dict[str, Any], mapping: dict[str, str]) -> None:
        assert [branch["$ref"] for branch in schema["oneOf"]] == list(mapping.values())
        schema["discriminator"] = {"propertyName": "type", "mapping": mapping}

    content_parts = defs["CreateMessageRequest"]["properties"]["content"]["oneOf"][1]["items"]
    mark(
        content_parts,
        {
            "image_file": "#/$defs/MessageContentImageFileObject",
            "image_url": "#/$defs/MessageContentImageUrlObject",
            "text": "#/$defs/MessageRequestContentTextObject",
        },
    )
    tools = defs["CreateMessageRequest"]["properties"]["attachments"]["items"]["properties"][
        "tools"
    ]
    mark(
        tools["items"],
        {
            "code_interpreter": "#/$defs/AssistantToolsCode",
            "file_search": "#/$defs/AssistantToolsFileSearchTypeOnly",
        },
    )
    mark(
        _vector_store_item(defs)["properties"]["chunking_strategy"],
        {
            "auto": "#/$defs/AutoChunkingStrategyRequestParam",
            "static": "#/$defs/StaticChunkingStrategyRequestParam",
        },
    )
    return (
        "OpenAPI `discriminator` annotations (propertyName `type`) beside the oneOfs of content "
        "parts, attachment tools and chunking strategies. Plain JSON Schema validators ignore "
        "them; thread-validator uses them to report a problem in the branch the body meant."
    )


def custom_keywords(defs: dict[str, Any]) -> str:
    defs["Metadata"]["metadataLimits"] = {"maxKeys": 16, "maxKeyLength": 64, "maxValueLength": 512}
    static = defs["StaticChunkingStrategyRequestParam"]["properties"]["static"]
    static["chunkOverlapAtMostHalf"] = True
    file_search = defs["CreateThreadRequest"]["properties"]["tool_resources"]["properties"][
        "file_search"
    ]
    file_search["exactlyOneOf"] = ["vector_store_ids", "vector_stores"]
    return (
        "Custom keywords for rules the spec states in prose: `metadataLimits` (16 keys, keys of at "
        "most 64 characters, string values of at most 512 characters) on Metadata, "
        "`chunkOverlapAtMostHalf` on the static chunking parameters, and `exactlyOneOf` on "
        "file_search, which says which case a body is in (both keys or neither). The spec's own "
        "file_search oneOf is kept, so plain JSON Schema validators still enforce it."
    )


def migration_hints(defs: dict[str, Any]) -> str:
    message = defs["CreateMessageRequest"]
    message["x-migration"] = {
        "file_ids": (
            "'file_ids' on a message is API v1. In v2, attach each file with the tools that use it: "
            "'attachments': [{'file_id': 'file-…', 'tools': [{'type': 'file_search'}]}]."
        ),
    }
    tools = message["properties"]["attachments"]["items"]["properties"]["tools"]["items"]
    tools["x-migration"] = {
        "retrieval": "The v1 'retrieval' tool is called 'file_search' in API v2.",
    }
    return (
        "`x-migration` annotations (no validation meaning) on CreateMessageRequest and on "
        "attachment tools: the v1 names a v2 body may still use (message `file_ids`, the "
        "`retrieval` tool), each with how to write it in v2; thread-validator appends that hint "
        "to the problem."
    )


def _vector_store_item(defs: dict[str, Any]) -> dict[str, Any]:
    tool_resources = defs["CreateThreadRequest"]["properties"]["tool_resources"]
    return tool_resources["properties"]["file_search"]["properties"]["vector_stores"]["items"]


DEPARTURES = (
    required_on_attachment_items,
    named_chunking_strategies,
    discriminators,
    custom_keywords,
    migration_hints,
)

NOT_DEPARTURES = [
    'OpenAPI 3.0 `nullable: true` is written as a `"null"` member of `type` (same meaning).',
    "Documentation-only annotations (x-oaiExpandable, x-stainless-const, x-oaiTypeLabel, "
    "x-oaiMeta) are dropped.",
    "`format: uri` on image_url.url is kept; thread-validator asserts it (RFC 3986 absolute URI, "
    "non-ASCII characters allowed as in RFC 3987), where 2020-12 treats format as an annotation.",
    "vector_stores[].file_ids keeps the seed's maxItems 10000 (upstream raised it to 100000000 "
    "for vector stores created after Nov 2025).",
]


def build() -> dict[str, Any]:
    source_text = SOURCE.read_text(encoding="utf-8")
    spec = yaml.safe_load(source_text)
    defs = openapi_to_json_schema(copy.deepcopy(spec["components"]["schemas"]))
    departures = [departure(defs) for departure in DEPARTURES]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "$comment": (
            "Generated by tools/build_schemas.py from schemas/source/openapi-2.3.0-create-thread.yaml "
            "(OpenAI OpenAPI spec 2.3.0, the hand-maintained spec of openai/openai-openapi at "
            "498c71dd, 2025-04-29). Do not edit by hand."
        ),
        "x-provenance": {
            "spec": "OpenAI OpenAPI " + str(spec["info"]["version"]),
            "source": "schemas/source/" + SOURCE.name,
            "source_sha256": hashlib.sha256(source_text.encode("utf-8")).hexdigest(),
        },
        "x-departures": departures,
        "x-conversions": NOT_DEPARTURES,
        "$defs": defs,
    }


# --- API v1 (2023-11) ------------------------------------------------------------------------

V1_SOURCE = HERE / "source" / "v1-2023-11-create-thread.html"
V1_TARGET = HERE / "openai-threads-v1.schema.json"
V1_SCHEMA_ID = "urn:thread-validator:openai-threads:v1"


def v1_request_schema(page: str) -> dict[str, Any]:
    """The request-body schema of the rendered v1 page (its ``<pre class="schema">`` block)."""
    match = re.search(r'<pre class="schema">(.*?)</pre>', page, re.DOTALL)
    if match is None:
        raise ValueError(f'{V1_SOURCE.name}: no <pre class="schema"> block')
    return json.loads(html.unescape(match.group(1)))


def v1_named_definitions(request: dict[str, Any]) -> tuple[dict[str, Any], str]:
    message = request["properties"]["messages"].pop("items")
    request["properties"]["messages"]["items"] = {"$ref": "#/$defs/CreateMessageRequest"}
    metadata = message["properties"]["metadata"]
    assert request["properties"]["metadata"] == metadata
    message["properties"]["metadata"] = {"$ref": "#/$defs/Metadata"}
    request["properties"]["metadata"] = {"$ref": "#/$defs/Metadata"}
    defs = {"CreateThreadRequest": request, "CreateMessageRequest": message, "Metadata": metadata}
    return defs, (
        "The page writes the message and metadata schemas inline; they are named "
        "CreateMessageRequest (the v1 spec's own name, also the body of POST "
        "/v1/threads/{thread_id}/messages) and Metadata, as in v2 (no change in meaning)."
    )


def v1_metadata_limits(defs: dict[str, Any]) -> str:
    defs["Metadata"]["metadataLimits"] = {"maxKeys": 16, "maxKeyLength": 64, "maxValueLength": 512}
    return (
        "Custom keyword `metadataLimits` on Metadata for the 16 keys / 64 / 512 characters that "
        "the v1 description states in prose, as in v2."
    )


def build_v1() -> dict[str, Any]:
    page = V1_SOURCE.read_text(encoding="utf-8")
    defs, named = v1_named_definitions(openapi_to_json_schema(v1_request_schema(page)))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": V1_SCHEMA_ID,
        "$comment": (
            "Generated by tools/build_schemas.py from schemas/source/v1-2023-11-create-thread.html, a "
            "rendered request page of the v1 Assistants API ('OpenAI-Beta: assistants=v1', "
            "introduced 2023-11-06; openai/openai-openapi 802d487), copied verbatim from the "
            "project's seed 000. It covers CreateThreadRequest and its message; v1 response "
            "objects are not included. Do not edit by hand."
        ),
        "x-provenance": {
            "spec": "OpenAI Assistants API v1 (2023-11)",
            "source": "schemas/source/" + V1_SOURCE.name,
            "source_sha256": hashlib.sha256(page.encode("utf-8")).hexdigest(),
        },
        "x-departures": [named, v1_metadata_limits(defs)],
        "x-conversions": NOT_DEPARTURES[:2],
        "$defs": defs,
    }


TARGETS = {TARGET: build, V1_TARGET: build_v1}


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    for target, builder in TARGETS.items():
        target.write_text(render(builder()), encoding="utf-8")
        sys.stdout.write(f"wrote {target.relative_to(HERE.parent)}\n")
