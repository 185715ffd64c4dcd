"""Build the bundled JSON Schemas from the spec excerpts in ``schemas/source/``.

Run ``python tools/build_schemas.py`` after changing this file or a source; the test suite checks that
the committed ``openai-threads-2.3.0.schema.json`` (API v2, the default),
``openai-threads-v1.schema.json`` (the 2023 v1 API) and ``openai-conversations.schema.json`` (the
successor's Conversations and vector store bodies) are exactly what this script produces, so a
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


# --- the successor: Conversations, vector stores, Responses tools (2026-08) ------------------

CONVERSATIONS_SOURCE = HERE / "source" / "openapi-conversations-excerpt.yaml"
CONVERSATIONS_TARGET = HERE / "openai-conversations.schema.json"
CONVERSATIONS_SCHEMA_ID = "urn:thread-validator:openai-conversations"
ITEMS_PATH = "/conversations/{conversation_id}/items"


def named_items_body(defs: dict[str, Any], spec: dict[str, Any]) -> str:
    body = spec["paths"][ITEMS_PATH]["post"]["requestBody"]["content"]["application/json"]
    defs["CreateConversationItemsBody"] = {"type": "object", **copy.deepcopy(body["schema"])}
    defs["CreateConversationItemsBody"]["properties"]["items"]["items"]["$ref"] = (
        "#/$defs/InputItem"
    )
    return (
        "The body of POST /v1/conversations/{conversation_id}/items, written inline in the path, is "
        "named CreateConversationItemsBody in $defs with `type: object` (the API takes only an "
        "object body)."
    )


def closed_conversation_bodies(defs: dict[str, Any], spec: dict[str, Any]) -> str:
    for name in ("CreateConversationBody", "CreateConversationItemsBody"):
        defs[name]["additionalProperties"] = False
    del defs["CreateConversationBody"]["required"]
    return (
        "CreateConversationBody and CreateConversationItemsBody are closed "
        "(`additionalProperties: false`), as CreateVectorStoreRequest and the threads bodies are "
        "in the spec: the API answers a key it does not know with 'Unknown parameter'. The empty "
        "`required: []` of CreateConversationBody (invalid before Draft 2019-09) is dropped."
    )


def recursive_filter_reference(defs: dict[str, Any], spec: dict[str, Any]) -> str:
    compound = defs["CompoundFilter"]
    del compound["$recursiveAnchor"]
    branches = compound["properties"]["filters"]["items"]["oneOf"]
    assert branches[1] == {"$recursiveRef": "#"}
    branches[1] = {"$ref": "#/$defs/CompoundFilter"}
    return (
        "CompoundFilter.filters: `$recursiveRef: '#'` (Draft 2019-09, which 2020-12 ignores, so "
        "nested filters would go unchecked) is written `$ref: '#/$defs/CompoundFilter'`, the "
        "schema its `$recursiveAnchor` names."
    )


def _type_tags(defs: dict[str, Any], reference: str) -> list[str]:
    """The values of ``type`` a branch's objects carry (its enum, ignoring a null branch)."""
    branch = defs[reference.rsplit("/", 1)[-1]]
    tag = branch["properties"]["type"]
    if "anyOf" in tag:
        return [value for option in tag["anyOf"] for value in option.get("enum", [])]
    return list(tag["enum"])


def input_items_by_type_and_role(defs: dict[str, Any], spec: dict[str, Any]) -> str:
    item = defs["InputItem"]
    branches = item.pop("oneOf")
    del item["discriminator"]
    item["anyOf"] = branches
    branches_by_key: dict[str, dict[str, str]] = {}
    inner = defs["Item"]["oneOf"]
    for branch in [*branches, *inner]:
        reference = branch["$ref"]
        if reference in ("#/$defs/Item", "#/$defs/EasyInputMessage"):
            continue
        for tag in _type_tags(defs, reference):
            if tag != "message":
                assert tag not in branches_by_key, tag
                branches_by_key[tag] = {"$ref": reference}
    assert "output_message" not in branches_by_key
    # Keyed by tag, plus "output_message" (an assistant message in output form); each value is a
    # schema, so that a fault's schema path runs through it to the branch's definition.
    item["itemByTypeAndRole"] = {
        "message": {"$ref": "#/$defs/EasyInputMessage"},
        "output_message": {"$ref": "#/$defs/OutputMessage"},
        **branches_by_key,
    }
    return (
        "InputItem: the spec's `oneOf` accepts an ordinary user message with a list of parts under "
        "two branches (EasyInputMessage and Item > InputMessage), so strict oneOf rejects it. It "
        "becomes `anyOf` (as the official SDK's generated spec has it), and the custom keyword "
        "`itemByTypeAndRole` resolves each item to one branch: a `type` other than `message` to "
        "the item type that declares it; a `message` (or no `type`, with a `role`) to "
        "EasyInputMessage, except an assistant message whose content is a list of output parts "
        "(`output_text`, `refusal`) or that has an `id` or `status`, which is an OutputMessage "
        "(which requires `id` and `status`); no `type` and no `role`, or `type: null`, to "
        "ItemReferenceParam."
    )


def explicit_discriminator_mappings(defs: dict[str, Any], spec: dict[str, Any]) -> str:
    def tagged(branches: list[Any]) -> dict[str, str] | None:
        """Each branch's ``type`` tags, if every branch is a reference with a required tag."""
        mapping: dict[str, str] = {}
        for branch in branches:
            reference = branch.get("$ref") if isinstance(branch, dict) else None
            if reference is None:
                return None
            target = defs[reference.rsplit("/", 1)[-1]]
            if "type" not in target.get("required", []):
                return None
            for tag in _type_tags(defs, reference):
                if tag in mapping:
                    return None
                mapping[tag] = reference
        return mapping

    added: list[str] = []

    def visit(node: Any, where: str) -> None:
        if isinstance(node, dict):
            branches = node.get("oneOf")
            if branches is not None and node is not defs["Item"]:
                mapping = tagged(branches)
                if mapping is not None:
                    if "discriminator" not in node:
                        added.append(where)
                    node["discriminator"] = {"propertyName": "type", "mapping": mapping}
            for key, value in node.items():
                visit(value, f"{where}.{key}" if key not in ("properties", "$defs") else where)
        elif isinstance(node, list):
            for value in node:
                visit(value, where)

    for name, definition in defs.items():
        visit(definition, name)
    return (
        "Every `discriminator` (propertyName `type`) beside a `oneOf` gets an explicit `mapping` "
        "from each branch's `type` enum: OpenAPI's implicit mapping is by schema name, which no "
        "body carries. Item's (two branches share `message`) is left without one; InputItem's "
        "keyword above decides instead. The oneOfs of chunking strategies, whose branches are "
        "tagged by `type` but carry no discriminator in the spec, get one too ("
        + ", ".join(sorted(set(added)))
        + ")."
    )


def conversations_custom_keywords(defs: dict[str, Any], spec: dict[str, Any]) -> str:
    (object_branch,) = [b for b in defs["Metadata"]["anyOf"] if b.get("type") == "object"]
    object_branch["metadataLimits"] = {"maxKeys": 16, "maxKeyLength": 64, "maxValueLength": 512}
    defs["StaticChunkingStrategy"]["chunkOverlapAtMostHalf"] = True
    return (
        "Custom keywords for the rules the spec states in prose, as in the threads schema: "
        "`metadataLimits` (16 keys, keys of at most 64 characters, values of at most 512) on "
        "Metadata's object branch, and `chunkOverlapAtMostHalf` on StaticChunkingStrategy."
    )


CONVERSATIONS_DEPARTURES = (
    named_items_body,
    closed_conversation_bodies,
    recursive_filter_reference,
    input_items_by_type_and_role,
    explicit_discriminator_mappings,
    conversations_custom_keywords,
)

CONVERSATIONS_NOT_DEPARTURES = [
    "The source is OpenAPI 3.1, whose schema objects are JSON Schema 2020-12: only component "
    "references are rewritten to `$defs`.",
    NOT_DEPARTURES[1],
    "`format: uri` (input_image.image_url, input_file.file_url and others) is asserted as in the "
    "threads schema; data: URLs are URIs. Other formats are annotations.",
    "`example` (an OpenAPI annotation) is kept; validators ignore it.",
]


def build_conversations() -> dict[str, Any]:
    source_text = CONVERSATIONS_SOURCE.read_text(encoding="utf-8")
    spec = yaml.safe_load(source_text)
    defs = openapi_to_json_schema(copy.deepcopy(spec["components"]["schemas"]))
    spec = openapi_to_json_schema(spec)
    departures = [departure(defs, spec) for departure in CONVERSATIONS_DEPARTURES]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": CONVERSATIONS_SCHEMA_ID,
        "$comment": (
            "Generated by tools/build_schemas.py from schemas/source/openapi-conversations-excerpt.yaml "
            "(request bodies of POST /v1/conversations, /v1/conversations/{id}/items, "
            "/v1/vector_stores and /v1/vector_stores/{id}/file_batches, and the Responses "
            "file_search and code_interpreter tools, with the 171 schemas they reference, from "
            "openai/openai-openapi openapi.yaml at f85dbe223d40e1a31cba812ab2d755c7e98a92a3, "
            "2026-08-21, MIT licence). Do not edit by hand."
        ),
        "x-provenance": {
            "spec": "OpenAI OpenAPI " + str(spec["info"]["version"]) + " (2026-08-21)",
            "source": "schemas/source/" + CONVERSATIONS_SOURCE.name,
            "source_sha256": hashlib.sha256(source_text.encode("utf-8")).hexdigest(),
        },
        "x-departures": departures,
        "x-conversions": CONVERSATIONS_NOT_DEPARTURES,
        "$defs": defs,
    }


TARGETS = {
    TARGET: build,
    V1_TARGET: build_v1,
    CONVERSATIONS_TARGET: build_conversations,
}


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    for target, builder in TARGETS.items():
        target.write_text(render(builder()), encoding="utf-8")
        sys.stdout.write(f"wrote {target.relative_to(HERE.parent)}\n")
