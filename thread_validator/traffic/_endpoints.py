"""Where a record's body and endpoint sit, and which kind of body an endpoint takes.

A record is one logged request: a bare body, or an envelope with the body at a JSON Pointer and the
endpoint (URL or path, and method) beside it. The endpoint decides the kind of body:
``POST /v1/threads`` takes a thread, ``POST /v1/threads/{thread_id}/messages`` a message, and
``POST /v1/threads/runs`` a run whose ``thread`` member is a thread. Every other endpoint is
skipped (counted, not checked).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from .._display import unescape_pointer_token

#: The endpoints that carry thread bodies: (label, kind, the body member holding the thread).
THREADS = ("POST /v1/threads", "thread", ())
MESSAGES = ("POST /v1/threads/{thread_id}/messages", "message", ())
RUNS = ("POST /v1/threads/runs", "thread", ("thread",))

# The path's tail decides: OpenAI's own paths start /v1, Azure OpenAI's /openai, a gateway's may
# add its own prefix. The query string (``?api-version=``) is not part of the path.
_THREADS = re.compile(r"(?:^|/)threads/?$")
_MESSAGES = re.compile(r"(?:^|/)threads/([^/]+)/messages/?$")
_RUNS = re.compile(r"(?:^|/)threads/runs/?$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^/]*")
# Path segments that are ids (thread_abc, msg_abc, run_abc, 42) become {id} in the label of a
# skipped endpoint, so that a year of traffic gives a few labels, not one per thread.
_ID_SEGMENT = re.compile(r"^(?:[a-z]+_[A-Za-z0-9]+|[0-9a-f-]{8,}|[0-9]+)$")

#: LiteLLM's spend logs name the call (``call_type``) instead of the URL.
LITELLM_CALLS = {
    "create_thread": THREADS,
    "acreate_thread": THREADS,
    "add_message": MESSAGES,
    "a_add_message": MESSAGES,
}


class Preset(NamedTuple):
    """Where the body, the endpoint and the record id sit in a known export's records."""

    body: str
    url: str | None
    method: str | None
    ids: tuple[str, ...]
    call_type: str | None = None


#: ``--preset NAME``: the pointers of known exports (see the README's "Auditing traffic").
PRESETS: dict[str, Preset] = {
    # OpenAI's Batch input shape, the usual envelope of one's own request logs.
    "batch": Preset("/body", "/url", "/method", ("/custom_id",)),
    "litellm": Preset(
        "/proxy_server_request", None, None, ("/request_id",), call_type="/call_type"
    ),
    "helicone": Preset("/request_body", "/request_path", None, ("/request_id", "/id")),
    "portkey": Preset("/request/body", "/request_url", "/request_method", ("/id", "/trace_id")),
}


def parse_pointer(pointer: str) -> tuple[str, ...]:
    """The reference tokens of an RFC 6901 JSON Pointer; ValueError if it is not one."""
    if pointer == "":
        return ()
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON Pointer (it must be empty or start with '/'): {pointer!r}")
    return tuple(map(unescape_pointer_token, pointer[1:].split("/")))


_ABSENT: Any = object()


def resolve(value: Any, tokens: tuple[str, ...]) -> Any:
    """The value at ``tokens`` inside ``value``, or :data:`ABSENT`."""
    for token in tokens:
        if isinstance(value, dict):
            value = value.get(token, _ABSENT)
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return _ABSENT
        if value is _ABSENT:
            return value
    return value


ABSENT = _ABSENT


def path_of(url: str) -> str:
    """The path of a URL or of a path, without query or fragment."""
    return _SCHEME.sub("", url).split("?", 1)[0].split("#", 1)[0]


def classify(method: str | None, url: str) -> tuple[str, str | None, tuple[str, ...]]:
    """(endpoint label, kind or None when skipped, member holding the thread) of a request."""
    method = (method or "POST").upper()
    path = path_of(url)
    if method == "POST":
        if _RUNS.search(path):
            return RUNS
        if _THREADS.search(path):
            return THREADS
        if _MESSAGES.search(path):
            return MESSAGES
    segments = ["{id}" if _ID_SEGMENT.match(segment) else segment for segment in path.split("/")]
    return f"{method} {'/'.join(segments) or '/'}", None, ()
