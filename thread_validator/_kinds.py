"""Kinds of bodies as data: one declaration per kind, read by the validator, the rules, the CLI,
pre-flight and the strategies.

A kind names its schema definition in the bundled documents, how messages call it, its endpoints
(what pre-flight guards) and where its parts sit: message lists, messages, metadata objects, lists
of file IDs and vector store IDs, IDs with a server-issued prefix. The rules read those tables
instead of branching on the kind's name, so adding a kind is one :func:`declare` call here (or in
any module imported before use) plus its definition in the schema.

A place is a tuple of keys, with ``"*"`` for every item of a list: ``("messages", "*")`` is each
message of a thread body; ``()`` is the body itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

Place = tuple[str, ...]
ANY = "*"


def where(key: str, value: str) -> str:
    """A token of a screen's place (``_rules.SCREEN_PLACES``) that goes on only into an object
    whose ``key`` is the string ``value``: ``where("type", "image_url")`` for image_url parts."""
    return f"?{key}={value}"


def condition(token: str) -> tuple[str, str] | None:
    """The (key, value) of a :func:`where` token; None for a key or ``ANY``."""
    if not token.startswith("?") or "=" not in token:
        return None
    key, _, value = token[1:].partition("=")
    return key, value


class Endpoint(NamedTuple):
    """An HTTP endpoint that takes (or returns) a body of the kind."""

    method: str
    # The documented path, for people (``/v1/threads/{thread_id}/messages``).
    path: str
    # What pre-flight matches at the end of a request's URL path, whatever the base URL.
    pattern: str
    # The member of the request body that holds this kind (``thread`` of create-and-run); None:
    # the whole body.
    member: str | None = None


class Kind(NamedTuple):
    name: str
    # The definition in the bundled document (``$defs``) a body of this kind is checked against.
    definition: str
    # How help and hints name a body of this kind ("a Create thread body").
    label: str
    # How a message names the body itself, whose param is empty ("the request body").
    body_name: str = "the request body"
    endpoints: tuple[Endpoint, ...] = ()
    # The API versions it is checked in.
    api_versions: tuple[str, ...] = ("v2",)
    # The bundled document that holds its definition, as (file name in ``thread_validator.schemas``,
    # ``$id``); None: the threads document of the API version checked (``_schema.DOCUMENTS``).
    document: tuple[str, str] | None = None
    # Where its parts sit (see the module docstring for places).
    message_lists: tuple[Place, ...] = ()
    messages: tuple[Place, ...] = ()
    metadata: tuple[Place, ...] = ()
    file_id_lists: tuple[Place, ...] = ()
    vector_store_id_lists: tuple[Place, ...] = ()
    # IDs the server issues, by family (``thread``, ``file``, ``vector_store``): each place's value
    # must carry the family's prefix on the targeted server (rule O304-O306).
    ids: Mapping[Place, str] = MappingProxyType({})
    # A body sent to the API (a request), not one it returns: lint rules about what was meant
    # (L501) look only at requests.
    request: bool = True
    # The names of its Hypothesis strategies in ``thread_validator.strategies`` (valid bodies,
    # bodies wrong in one place), when there are some.
    strategies: tuple[str, str] | None = None

    def endpoint_for(self, path: str) -> Endpoint | None:
        return next((each for each in self.endpoints if re.search(each.pattern, path)), None)


KINDS: dict[str, Kind] = {}


def declare(kind: Kind) -> Kind:
    """Add a kind; the CLI's ``--kind``, pre-flight's endpoints and the rules pick it up."""
    if kind.name in KINDS or kind.name == "auto":
        raise ValueError(f"kind {kind.name!r} is already declared (or reserved)")
    KINDS[kind.name] = kind
    _SHAPES.clear()
    return kind


def undeclare(name: str) -> None:
    """Take a kind out (for tests that declare a throwaway kind)."""
    KINDS.pop(name, None)
    _SHAPES.clear()


# Each API version's kinds as guess() compares a body with them: (name, the definition's
# property names, its required ones). Cleared when a kind is declared or taken out.
_SHAPES: dict[str, list[tuple[str, frozenset[str], tuple[str, ...]]]] = {}


def kinds_for(api_version: str) -> dict[str, Kind]:
    return {name: kind for name, kind in KINDS.items() if api_version in kind.api_versions}


_VECTOR_STORES = ("tool_resources", "file_search", "vector_stores", ANY)

declare(
    Kind(
        "thread",
        "CreateThreadRequest",
        "a Create thread body",
        endpoints=(
            Endpoint("POST", "/v1/threads", r"(?:^|/)threads$"),
            Endpoint("POST", "/v1/threads/runs", r"(?:^|/)threads/runs$", member="thread"),
        ),
        api_versions=("v2", "v1"),
        message_lists=(("messages",),),
        messages=(("messages", ANY),),
        metadata=(("metadata",), ("messages", ANY, "metadata"), (*_VECTOR_STORES, "metadata")),
        file_id_lists=(
            ("tool_resources", "code_interpreter", "file_ids"),
            (*_VECTOR_STORES, "file_ids"),
        ),
        vector_store_id_lists=(("tool_resources", "file_search", "vector_store_ids"),),
        strategies=("thread_bodies", "invalid_thread_bodies"),
    )
)
declare(
    Kind(
        "message",
        "CreateMessageRequest",
        "a Create message body",
        endpoints=(
            Endpoint("POST", "/v1/threads/{thread_id}/messages", r"(?:^|/)threads/[^/]+/messages$"),
        ),
        api_versions=("v2", "v1"),
        messages=((),),
        metadata=(("metadata",),),
        strategies=("message_bodies", "invalid_message_bodies"),
    )
)
declare(
    Kind(
        "thread_object",
        "ThreadObject",
        "a thread object returned by the API",
        body_name="the thread object",
        request=False,
        metadata=(("metadata",),),
        file_id_lists=(("tool_resources", "code_interpreter", "file_ids"),),
        vector_store_id_lists=(("tool_resources", "file_search", "vector_store_ids"),),
        ids=MappingProxyType({("id",): "thread"}),
    )
)


# The successor's bodies (issue 12): Conversations, vector stores and the Responses tools, checked
# against their own document in the v2 run (the successor has no API versions of its own). No
# endpoints: pre-flight guards the Assistants API, whose beta header these requests do not carry.
CONVERSATIONS_DOCUMENT = (
    "openai-conversations.schema.json",
    "urn:thread-validator:openai-conversations",
)
# File IDs in a conversation's input parts (input_image, input_file).
_ITEM_FILE_IDS: Mapping[Place, str] = MappingProxyType(
    {("items", ANY, "content", ANY, "file_id"): "file"}
)

declare(
    Kind(
        "conversation",
        "CreateConversationBody",
        "a Create conversation body",
        document=CONVERSATIONS_DOCUMENT,
        metadata=(("metadata",),),
        ids=_ITEM_FILE_IDS,
        strategies=("conversation_bodies", "invalid_conversation_bodies"),
    )
)
declare(
    Kind(
        "conversation_items",
        "CreateConversationItemsBody",
        "a Create conversation items body",
        document=CONVERSATIONS_DOCUMENT,
        ids=_ITEM_FILE_IDS,
    )
)
declare(
    Kind(
        "vector_store",
        "CreateVectorStoreRequest",
        "a Create vector store body",
        document=CONVERSATIONS_DOCUMENT,
        metadata=(("metadata",),),
        file_id_lists=(("file_ids",),),
    )
)
declare(
    Kind(
        "vector_store_file_batch",
        "CreateVectorStoreFileBatchRequest",
        "a Create vector store file batch body",
        document=CONVERSATIONS_DOCUMENT,
        file_id_lists=(("file_ids",),),
    )
)
declare(
    Kind(
        "response_tool",
        "Tool",
        "a Responses tool",
        body_name="the tool",
        document=CONVERSATIONS_DOCUMENT,
        # Its vector_store_ids are not declared: a migration plan holds placeholders there
        # ("$vector_stores[0].id") until the stores exist.
        file_id_lists=(("container", "file_ids"),),
    )
)

SUCCESSOR_KINDS = (
    "conversation",
    "conversation_items",
    "vector_store",
    "vector_store_file_batch",
    "response_tool",
)


Found = list[tuple[tuple[str | int, ...], Any]]


def find(body: object, place: Place, memo: dict[Place, Found] | None = None) -> Found:
    """Each value at ``place`` in ``body``, with its path; tolerates any value on the way.

    ``memo`` keeps what each leading part of a place found in this body, so that the places
    that share a start (each message, each message's metadata) walk it once.
    """
    start = 0
    found: Found = [((), body)]
    if memo is not None:
        for start in range(len(place), 0, -1):
            if place[:start] in memo:
                found = memo[place[:start]]
                break
        else:
            start = 0
    for depth in range(start, len(place)):
        token = place[depth]
        following: list[tuple[tuple[str | int, ...], Any]] = []
        for path, node in found:
            if token == ANY:
                if isinstance(node, list):
                    following += [((*path, index), item) for index, item in enumerate(node)]
            elif isinstance(node, dict) and token in node:
                following.append(((*path, token), node[token]))
        found = following
        if memo is not None:
            memo[place[: depth + 1]] = found
        if not found:
            break
    return found


def guess(body: object, api_version: str = "v2") -> list[str]:
    """The kinds whose definition ``body`` fits by shape: its keys all known, its required present.

    Decides ``--kind auto`` and the hint for a body given to the wrong kind. Only the top level
    is looked at, which is what tells the kinds apart.
    """
    if not isinstance(body, dict):
        return []
    shapes = _SHAPES.get(api_version)
    if shapes is None:
        from ._schema import document, document_key

        shapes = []
        for name, kind in kinds_for(api_version).items():
            definition = document(document_key(name, api_version))["$defs"].get(kind.definition, {})
            known = frozenset(definition.get("properties", {}))
            shapes.append((name, known, tuple(definition.get("required", ()))))
        _SHAPES[api_version] = shapes
    return [
        name
        for name, known, required in shapes
        if known.issuperset(body) and all(key in body for key in required)
    ]


def decide(body: object, api_version: str = "v2") -> str:
    """The kind ``--kind auto`` checks a body as: the one it fits, else the closest by its keys.

    Closest: the most top-level keys the kind knows, then the fewest required keys missing; a tie
    goes to the first declared (thread).
    """
    fitting = guess(body, api_version)
    if len(fitting) == 1:
        return fitting[0]
    from ._schema import document, document_key

    keys = list(body) if isinstance(body, dict) else []

    def closeness(name: str) -> tuple[int, int]:
        defs = document(document_key(name, api_version))["$defs"]
        definition = defs.get(KINDS[name].definition, {})
        known = sum(key in definition.get("properties", {}) for key in keys)
        missing = sum(key not in keys for key in definition.get("required", ()))
        return known, -missing

    candidates = fitting or list(kinds_for(api_version))
    return max(candidates, key=closeness)


class Server(NamedTuple):
    """A server that implements the API, and the prefixes of the IDs it issues, by family."""

    name: str
    label: str
    id_prefixes: Mapping[str, tuple[str, ...]]


SERVERS: dict[str, Server] = {
    "openai": Server(
        "openai",
        "OpenAI",
        MappingProxyType({"file": ("file-",), "vector_store": ("vs_",), "thread": ("thread_",)}),
    ),
    # Azure OpenAI's files API issues assistant files as ``assistant-…`` and its Assistants
    # accepted them in vector stores (issue 11); ``file-`` IDs are issued there too.
    "azure": Server(
        "azure",
        "Azure OpenAI",
        MappingProxyType(
            {"file": ("assistant-", "file-"), "vector_store": ("vs_",), "thread": ("thread_",)}
        ),
    ),
}
DEFAULT_SERVER = "openai"


class Context(NamedTuple):
    """What a rule's check knows besides the body: its kind, API version and target server."""

    kind: Kind
    api_version: str = "v2"
    server: Server = SERVERS[DEFAULT_SERVER]
    # What ``_walk`` found in the body being checked, by place: every rule walks the same
    # messages, so they are found once per body. A fresh dict for each body (``for_body``).
    found: dict[Any, list[Any]] | None = None

    def for_body(self) -> Context:
        # Built directly: NamedTuple._replace costs a few microseconds, on every body.
        return Context(self.kind, self.api_version, self.server, {})
