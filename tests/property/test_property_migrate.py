"""Properties of the successor's kinds and of the converter, over the public strategies."""

from __future__ import annotations

import copy
import json

import pytest
from _property_support import any_json, examples, mutated_bodies, places, related, resolve, same
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from thread_validator import InvalidBody, validate
from thread_validator._schema import document, document_key
from thread_validator.migrate import to_conversation
from thread_validator.strategies import (
    _set,
    conversation_bodies,
    invalid_conversation_bodies,
    message_bodies,
    thread_bodies,
)

BODIES = {"thread": thread_bodies, "message": message_bodies}


@pytest.mark.parametrize("kind", ["thread", "message"])
@pytest.mark.parametrize("attachments", ["vector_store", "input_file"])
@examples(0.5)
@given(data=st.data())
def test_everything_to_conversation_returns_validates_under_the_new_kinds(
    kind: str, attachments: str, data: st.DataObject
) -> None:
    """Every request of the plan (stores, batches, conversation, items, tools) has no problem."""
    body = data.draw(BODIES[kind](), label="body")
    before = copy.deepcopy(body)
    migration = to_conversation(body, kind=kind, attachments=attachments)
    assert migration.validate() == []
    assert same(body, before)
    plan = migration.to_dict()
    assert json.loads(json.dumps(plan)) == plan
    batches = migration.item_batches
    assert all(1 <= len(batch["items"]) <= 20 for batch in batches)
    if kind == "thread" and batches:
        assert len(migration.conversation["items"]) == 20
    # Every message becomes one item, in order, but an assistant message with no text part.
    messages = [body] if kind == "message" else body.get("messages") or []
    kept = [
        m
        for m in messages
        if m["role"] == "user"
        or isinstance(m["content"], str)
        or any(part["type"] == "text" for part in m["content"])
    ]
    items = [*((migration.conversation or {}).get("items") or [])]
    items += [item for batch in batches for item in batch["items"]]
    assert [item["role"] for item in items] == [m["role"] for m in kept]
    for loss in migration.losses:
        assert loss.severity == "warning" and loss.rule and loss.rule.startswith("M")


@examples()
@given(body=conversation_bodies())
def test_every_drawn_conversation_body_is_valid_here_and_for_plain_json_schema(body) -> None:
    assert validate(body, kind="conversation") == []
    plain = Draft202012Validator(
        {
            "$defs": document(document_key("conversation"))["$defs"],
            "$ref": "#/$defs/CreateConversationBody",
        }
    )
    assert plain.is_valid(body)


@examples()
@given(case=invalid_conversation_bodies())
def test_a_single_conversation_fault_is_reported_at_its_place_and_nowhere_else(case) -> None:
    errors = [p for p in validate(case.body, kind="conversation") if p.severity == "error"]
    assert (case.pointer, case.code) in [(p.pointer, p.code) for p in errors]
    assert [p for p in errors if not related(p.pointer, case.pointer)] == []


def _items(body) -> list:
    return body.get("items") or []


def _input_parts(body):
    for item in _items(body):
        if isinstance(item["content"], list):
            yield from item["content"]


CONVERSATION_CASES = {
    **{
        f"role {role}": lambda body, role=role: any(i["role"] == role for i in _items(body))
        for role in ("user", "assistant", "system", "developer")
    },
    "input_image by URL": lambda body: any("image_url" in p for p in _input_parts(body)),
    "input_image by file": lambda body: any(
        p["type"] == "input_image" and "file_id" in p for p in _input_parts(body)
    ),
    "input_file": lambda body: any(p["type"] == "input_file" for p in _input_parts(body)),
    "detail original": lambda body: any(p.get("detail") == "original" for p in _input_parts(body)),
    "20 items": lambda body: len(_items(body)) == 20,
    "null items": lambda body: "items" in body and body["items"] is None,
    "null metadata": lambda body: "metadata" in body and body["metadata"] is None,
    "metadata of 16 keys": lambda body: len(body.get("metadata") or {}) == 16,
}

CONVERSATION_FAULTS = {
    "wrong type in a part": lambda c: c.code == "invalid_type" and "/content/" in c.pointer,
    "unknown key": lambda c: c.code == "unknown_parameter",
    "missing role or content": lambda c: (
        c.code == "missing_required_parameter" and c.pointer.count("/") == 2
    ),
    "missing detail": lambda c: (
        c.code == "missing_required_parameter" and c.pointer.count("/") == 4
    ),
    "bad item type": lambda c: (
        c.code == "invalid_value" and c.pointer.endswith("/type") and c.pointer.count("/") == 3
    ),
    "bad role": lambda c: c.code == "invalid_value" and c.pointer.endswith("/role"),
    "bad detail": lambda c: c.code == "invalid_value" and c.pointer.endswith("/detail"),
    "bad image URL": lambda c: c.code == "invalid_value" and c.pointer.endswith("/image_url"),
    "21 items": lambda c: c.code == "array_above_max_length",
    "metadata over a limit": lambda c: (
        c.code
        in (
            "object_above_max_properties",
            "property_name_above_max_length",
            "string_above_max_length",
        )
    ),
}


def test_conversation_strategies_reach_every_promised_case() -> None:
    """What the README promises of conversation_bodies() and its single faults is drawn."""
    from test_property_strategies import _reaches_all

    _reaches_all(conversation_bodies(), CONVERSATION_CASES, batch=200)
    _reaches_all(invalid_conversation_bodies(), CONVERSATION_FAULTS, batch=300)


@st.composite
def _grafted_conversations(draw: st.DrawFn):
    """A valid conversation body with one subtree replaced by arbitrary JSON."""
    spot = draw(st.integers(0, 9999))
    body = draw(conversation_bodies())
    candidates = list(places(body))
    path = candidates[spot * len(candidates) // 10000]
    return _set(body, path, draw(any_json))


SUCCESSOR = ["conversation", "conversation_items", "vector_store", "vector_store_file_batch"]


@examples()
@given(
    kind=st.sampled_from(SUCCESSOR),
    body=st.one_of(any_json, _grafted_conversations(), conversation_bodies()),
)
def test_any_json_gives_successor_problems_that_point_inside_it(kind: str, body) -> None:
    """The successor's kinds never raise either; every pointer resolves; messages stay short."""
    before = copy.deepcopy(body)
    for problem in validate(body, kind=kind):
        resolve(body, problem.pointer)
        assert 0 < len(problem.message) <= 2_000
        assert problem.rule
    assert same(body, before)


@examples()
@given(
    kind=st.sampled_from(["thread", "message"]),
    body=st.one_of(any_json, mutated_bodies("thread"), mutated_bodies("message")),
)
def test_the_converter_refuses_any_invalid_json_with_its_problems_and_nothing_else(
    kind: str, body
) -> None:
    """Whatever it is given, to_conversation converts it or raises InvalidBody, never a traceback."""
    try:
        migration = to_conversation(body, kind=kind)
    except InvalidBody as refusal:
        assert refusal.errors
        assert refusal.errors == tuple(
            p for p in validate(body, kind=kind) if p.severity == "error"
        )
    else:
        assert migration.validate() == []
