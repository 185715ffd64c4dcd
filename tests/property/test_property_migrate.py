"""Properties of the successor's kinds and of the converter, over the public strategies."""

from __future__ import annotations

import copy
import json

import pytest
from _property_support import examples, related, same
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from thread_validator import validate
from thread_validator._schema import document
from thread_validator.migrate import to_conversation
from thread_validator.strategies import (
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
        {"$defs": document("conversations")["$defs"], "$ref": "#/$defs/CreateConversationBody"}
    )
    assert plain.is_valid(body)


@examples()
@given(case=invalid_conversation_bodies())
def test_a_single_conversation_fault_is_reported_at_its_place_and_nowhere_else(case) -> None:
    errors = [p for p in validate(case.body, kind="conversation") if p.severity == "error"]
    assert (case.pointer, case.code) in [(p.pointer, p.code) for p in errors]
    assert [p for p in errors if not related(p.pointer, case.pointer)] == []
