"""Pre-flight in the real openai client: bad thread bodies are refused before anything is sent."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from typing import Any

import pytest
from readme_blocks import python_blocks

from thread_validator import InvalidBody
from thread_validator.preflight import (
    AsyncGuardedTransport,
    GuardedTransport,
    Preflight,
    PreflightError,
    guarded_async_http_client,
    guarded_http_client,
)

openai = pytest.importorskip("openai")
httpx2 = pytest.importorskip("httpx2")

# The SDK marks every Assistants method deprecated; the calls are what is under test.
pytestmark = pytest.mark.filterwarnings(
    "ignore:The Assistants API is deprecated:DeprecationWarning"
)

THREAD = {
    "id": "thread_abc123",
    "object": "thread",
    "created_at": 0,
    "metadata": {},
    "tool_resources": {},
}
MESSAGE = {
    "id": "msg_abc123",
    "object": "thread.message",
    "created_at": 0,
    "thread_id": "thread_abc123",
    "role": "user",
    "content": [],
    "attachments": [],
    "metadata": {},
    "status": "completed",
    "assistant_id": None,
    "run_id": None,
    "completed_at": None,
    "incomplete_at": None,
    "incomplete_details": None,
}
RUN = {
    "id": "run_abc123",
    "object": "thread.run",
    "created_at": 0,
    "thread_id": "thread_abc123",
    "assistant_id": "asst_abc123",
    "status": "queued",
    "instructions": "",
    "model": "gpt-4o",
    "tools": [],
    "parallel_tool_calls": True,
}


class Recorder:
    """A mock transport's handler that records each request it sees and answers like the API."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, dict[str, Any]]] = []

    def __call__(self, request: Any) -> Any:
        body = json.loads(request.content or b"{}")
        self.seen.append((request.method, request.url.path, body))
        path = request.url.path
        answer = (
            MESSAGE if path.endswith("/messages") else RUN if path.endswith("/runs") else THREAD
        )
        return httpx2.Response(200, json=answer)


def sync_client(recorder: Recorder, how: str, preflight: Preflight | None = None) -> Any:
    mock = httpx2.MockTransport(recorder)
    if how == "hook":
        http_client = guarded_http_client(preflight, transport=mock)
    else:
        http_client = httpx2.Client(transport=GuardedTransport(mock, preflight))
    return openai.OpenAI(
        api_key="test", base_url="http://mock.test/v1", http_client=http_client, max_retries=0
    )


def async_client(recorder: Recorder, how: str, preflight: Preflight | None = None) -> Any:
    mock = httpx2.MockTransport(recorder)
    if how == "hook":
        http_client = guarded_async_http_client(preflight, transport=mock)
    else:
        http_client = httpx2.AsyncClient(transport=AsyncGuardedTransport(mock, preflight))
    return openai.AsyncOpenAI(
        api_key="test", base_url="http://mock.test/v1", http_client=http_client, max_retries=0
    )


# Each SDK call with a valid and an invalid body, and the param the refusal must name.
Call = Callable[[Any, bool], Any]
CALLS: dict[str, tuple[Call, str]] = {
    "threads.create": (
        lambda threads, ok: threads.create(
            messages=[{"role": "user" if ok else "system", "content": "hi"}]
        ),
        "messages[0].role",
    ),
    "threads.messages.create": (
        lambda threads, ok: threads.messages.create(
            "thread_abc123",
            role="user",
            content="hi",
            attachments=[
                {"file_id": "file-abc", "tools": [{"type": "file_search" if ok else "retrieval"}]}
            ],
        ),
        "attachments[0].tools[0].type",
    ),
    "threads.create_and_run": (
        lambda threads, ok: threads.create_and_run(
            assistant_id="asst_abc123",
            thread={"metadata": {str(n): "v" for n in range(16 if ok else 17)}},
        ),
        "thread.metadata",
    ),
}


@pytest.mark.parametrize("how", ["hook", "transport"])
@pytest.mark.parametrize("name", CALLS)
def test_sync_client(name: str, how: str) -> None:
    call, param = CALLS[name]
    recorder = Recorder()
    client = sync_client(recorder, how)
    with pytest.raises(PreflightError) as caught:
        call(client.beta.threads, False)
    assert recorder.seen == []
    assert [p.param for p in caught.value.errors] == [param]
    call(client.beta.threads, True)
    assert len(recorder.seen) == 1 and recorder.seen[0][0] == "POST"


@pytest.mark.parametrize("how", ["hook", "transport"])
@pytest.mark.parametrize("name", CALLS)
def test_async_client(name: str, how: str) -> None:
    call, param = CALLS[name]
    recorder = Recorder()

    async def scenario() -> None:
        client = async_client(recorder, how)
        with pytest.raises(PreflightError) as caught:
            await call(client.beta.threads, False)
        assert recorder.seen == []
        assert [p.param for p in caught.value.errors] == [param]
        await call(client.beta.threads, True)
        await client.close()

    asyncio.run(scenario())
    assert len(recorder.seen) == 1


def test_the_refusal_is_an_invalid_body_naming_the_request() -> None:
    recorder = Recorder()
    client = sync_client(recorder, "hook")
    with pytest.raises(InvalidBody) as caught:
        client.beta.threads.create_and_run(
            assistant_id="asst_abc123", thread={"messages": [{"role": "user"}]}
        )
    error = caught.value
    assert isinstance(error, PreflightError) and isinstance(error, ValueError)
    assert (error.method, error.url, error.kind) == (
        "POST",
        "http://mock.test/v1/threads/runs",
        "thread",
    )
    [problem] = error.problems
    assert (problem.pointer, problem.param) == ("/thread/messages/0", "thread.messages[0].content")
    assert problem.message == "Missing required parameter: 'thread.messages[0].content'."
    assert str(error).startswith(
        "refused to send POST http://mock.test/v1/threads/runs: 1 error in the thread body:"
    )


def test_the_beta_header_is_checked() -> None:
    recorder = Recorder()
    client = sync_client(recorder, "transport")
    with pytest.raises(PreflightError) as caught:
        client.beta.threads.create(extra_headers={"OpenAI-Beta": "assistants=v1"})
    [problem] = caught.value.problems
    assert problem.code == "invalid_beta"
    assert problem.message.startswith("The v1 Assistants API has been deprecated.")
    with pytest.raises(PreflightError, match="You must provide the 'OpenAI-Beta' header"):
        client.beta.threads.create(extra_headers={"OpenAI-Beta": openai.Omit()})
    assert recorder.seen == []
    client.beta.threads.create(extra_headers={"OpenAI-Beta": "realtime=v1, assistants=v2"})
    assert recorder.seen == [("POST", "/v1/threads", {})]


def test_warnings_pass_unless_strict() -> None:
    data_url = [{"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]
    recorder = Recorder()
    sync_client(recorder, "hook").beta.threads.create(
        messages=[{"role": "user", "content": data_url}]
    )
    assert len(recorder.seen) == 1
    strict = sync_client(recorder, "hook", Preflight(strict=True))
    with pytest.raises(PreflightError) as caught:
        strict.beta.threads.create(messages=[{"role": "user", "content": data_url}])
    assert [(p.rule, p.severity) for p in caught.value.problems] == [("O303", "error")]
    assert len(recorder.seen) == 1


def test_v1_bodies_with_the_v1_header() -> None:
    recorder = Recorder()
    client = sync_client(recorder, "transport", Preflight(api_version="v1"))
    v1_message = {"role": "user", "content": "hi", "file_ids": ["file-abc"]}
    with pytest.raises(PreflightError, match="assistants=v1"):
        client.beta.threads.create(messages=[v1_message])  # the SDK sends assistants=v2
    client.beta.threads.create(
        messages=[v1_message], extra_headers={"OpenAI-Beta": "assistants=v1"}
    )
    assert recorder.seen[0][2] == {"messages": [v1_message]}


def test_other_requests_pass_untouched() -> None:
    recorder = Recorder()
    client = sync_client(recorder, "hook")
    client.beta.threads.update("thread_abc123", metadata={"role": "system"})  # POST /threads/{id}
    client.beta.threads.retrieve("thread_abc123")
    assert [(method, path) for method, path, _ in recorder.seen] == [
        ("POST", "/v1/threads/thread_abc123"),
        ("GET", "/v1/threads/thread_abc123"),
    ]


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2"])
def test_a_body_that_is_not_json_is_refused(content: bytes) -> None:
    with pytest.raises(PreflightError) as caught:
        Preflight().inspect("POST", "/v1/threads", {"OpenAI-Beta": "assistants=v2"}, content)
    assert [p.code for p in caught.value.problems] == ["invalid_json"]


def test_an_empty_body_is_an_empty_thread() -> None:
    Preflight().inspect("POST", "/v1/threads", {"OpenAI-Beta": "assistants=v2"}, b"")


def test_the_readme_example_refuses_before_sending(capsys: pytest.CaptureFixture[str]) -> None:
    [code] = python_blocks("Pre-flight in the openai client")
    exec(compile(code, "README.md", "exec"), {"__name__": "readme_example"})
    printed = capsys.readouterr().out
    assert printed.startswith("refused to send POST ")
    assert "Invalid value for 'messages[0].role': 'system'." in printed


class Lifecycle:
    """An inner transport that records being entered, left and closed."""

    def __init__(self) -> None:
        self.events: list[str] = []

    def __enter__(self) -> Lifecycle:
        self.events.append("enter")
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.events.append(f"exit {exc_info[0].__name__ if exc_info[0] else None}")

    def close(self) -> None:
        self.events.append("close")

    async def __aenter__(self) -> Lifecycle:
        self.events.append("aenter")
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.events.append(f"aexit {exc_info[0].__name__ if exc_info[0] else None}")

    async def aclose(self) -> None:
        self.events.append("aclose")


def test_the_sync_transport_passes_its_lifecycle_to_the_inner_one() -> None:
    """httpx enters, leaves and closes its transport; the guard does each to the one it wraps,
    the exception that left the block included, and stays itself the transport entered."""
    inner = Lifecycle()
    guard = GuardedTransport(inner)
    with guard as entered:
        assert entered is guard
    with pytest.raises(KeyError), guard:
        raise KeyError
    guard.close()
    assert inner.events == ["enter", "exit None", "enter", "exit KeyError", "close"]


def test_the_async_transport_passes_its_lifecycle_to_the_inner_one() -> None:
    inner = Lifecycle()
    guard = AsyncGuardedTransport(inner)

    async def use() -> None:
        async with guard as entered:
            assert entered is guard
        await guard.aclose()

    asyncio.run(use())
    assert inner.events == ["aenter", "aexit None", "aclose"]


def test_the_real_client_closes_the_guarded_transport() -> None:
    """A client used as a context manager enters and leaves the guard's inner transport."""
    inner = Lifecycle()
    with httpx2.Client(transport=GuardedTransport(inner)):
        pass
    assert inner.events == ["enter", "exit None"]


def test_without_openai_the_guarded_clients_are_plain_httpx2_clients(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The guard needs no SDK: without ``openai`` it builds httpx2 clients that still refuse."""
    monkeypatch.setitem(sys.modules, "openai", None)  # an import of openai now fails
    recorder = Recorder()
    client = guarded_http_client(transport=httpx2.MockTransport(recorder))
    assert type(client) is httpx2.Client
    headers = {"OpenAI-Beta": "assistants=v2"}
    with client:
        with pytest.raises(PreflightError):
            client.post("http://mock.test/v1/threads", json={"messages": [{}]}, headers=headers)
        assert client.post("http://mock.test/v1/threads", json={}, headers=headers).is_success
    assert len(recorder.seen) == 1
    async_client = guarded_async_http_client(transport=httpx2.MockTransport(recorder))
    assert type(async_client) is httpx2.AsyncClient
    asyncio.run(async_client.aclose())
