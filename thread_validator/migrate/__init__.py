"""Migrating thread bodies to the Conversations and Responses APIs.

``to_conversation(body)`` turns a ``POST /v1/threads`` body (or a message body) into a
:class:`Migration`: the vector stores to create, the ``POST /v1/conversations`` body, the item
batches past the first 20, the Responses ``tools``, and the losses (what has no equivalent).
``apply(migration, client)`` performs it with the official ``openai`` SDK.
"""

from ._apply import Applied, ApplyError, apply, resolve_tools
from ._convert import Migration, to_conversation

__all__ = ["Applied", "ApplyError", "Migration", "apply", "resolve_tools", "to_conversation"]
