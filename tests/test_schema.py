"""The bundled schema: reproducible from the spec, documented departures, found through resources.

That an installed wheel carries it and finds it is tests/test_packaging.py's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from repo_tools import load_tool

from thread_validator import _schema

ROOT = Path(__file__).resolve().parents[1]


def refs(node: Any) -> Iterator[str]:
    """Every ``$ref`` in a schema document, in document order."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            yield from refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs(item)


def test_committed_schema_is_what_the_builder_makes() -> None:
    """Run `python tools/build_schemas.py` after changing the builder or the source."""
    builder = load_tool("build_schemas")
    committed = (ROOT / "schemas" / _schema.SCHEMA_FILE).read_text("utf-8")
    assert committed == builder.render(builder.build())


def test_the_document_records_its_provenance_and_departures() -> None:
    document = _schema.document()
    assert document["$id"] == _schema.SCHEMA_ID
    assert document["x-provenance"]["spec"] == "OpenAI OpenAPI 2.3.0"
    assert len(document["x-departures"]) == len(load_tool("build_schemas").DEPARTURES)
    assert any("attachments" in text for text in document["x-departures"])


def test_attachment_required_sits_on_the_items() -> None:
    attachments = _schema.document()["$defs"]["CreateMessageRequest"]["properties"]["attachments"]
    assert "required" not in attachments
    assert attachments["items"]["required"] == ["file_id", "tools"]


def test_the_schema_is_valid_2020_12_and_every_reference_resolves() -> None:
    from jsonschema import Draft202012Validator

    document = _schema.document()
    Draft202012Validator.check_schema(document)
    resolver = _schema.registry().resolver()

    found = list(refs(document))
    assert found
    for ref in found:
        assert resolver.lookup(_schema.SCHEMA_ID + ref).contents


def test_nullable_became_a_null_type() -> None:
    defs = _schema.document()["$defs"]
    assert defs["Metadata"]["type"] == ["object", "null"]
    assert defs["CreateThreadRequest"]["properties"]["tool_resources"]["type"] == ["object", "null"]
    assert "nullable" not in json.dumps(defs)


def test_found_through_importlib_resources_from_the_source_tree() -> None:
    """The editable install maps schemas/ to thread_validator.schemas."""
    located = resources.files("thread_validator.schemas").joinpath(_schema.SCHEMA_FILE)
    assert Path(str(located)).resolve() == (ROOT / "schemas" / _schema.SCHEMA_FILE).resolve()
