"""How long does converting a typical thread body, and checking what comes out, take against
parsing its text?

The typical body (1.4 KB) converts into a conversation body; the rows time the conversion (it
checks the thread body first), the conversion with every request of the plan checked under the
successor's kinds, and checking the conversation body alone.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from _common import Row, body, compare, main, rows_for, text


def rows() -> list[Row]:
    from jsonschema import Draft202012Validator

    import thread_validator
    from thread_validator._schema import document, document_key
    from thread_validator.migrate import to_conversation

    raw, parsed = text("typical"), body("typical")
    conversation = to_conversation(parsed).conversation
    checker = thread_validator.Validator("conversation")
    assert checker.validate(conversation) == []
    plain = Draft202012Validator(
        {
            "$defs": document(document_key("conversation"))["$defs"],
            "$ref": "#/$defs/CreateConversationBody",
        }
    )
    candidates: dict[str, Callable[[], object]] = {
        "json.loads of the text (floor)": lambda: json.loads(raw),
        "to_conversation": lambda: to_conversation(parsed),
        "to_conversation + validate the plan": lambda: to_conversation(parsed).validate(),
        "conversation body: is_valid": lambda: checker.is_valid(conversation),
        "conversation body: python-jsonschema is_valid": lambda: plain.is_valid(conversation),
    }
    notes = {
        "to_conversation": "checks the thread body (compiled fast path), then converts",
        "to_conversation + validate the plan": "every request of the plan under the new kinds",
        "conversation body: is_valid": "jsonschema with the keyword functions: no compiled path",
        "conversation body: python-jsonschema is_valid": "Draft 2020-12, no custom keywords",
    }
    question = f"migrate typical ({len(raw.encode()):,} B)"
    return rows_for(question, compare(candidates), notes)


if __name__ == "__main__":
    main(rows)
