"""Pre-flight defects found by hostile input (issue 10, part 5): each failed before its fix.

The real openai SDK's HTTP layer (httpx2) with a mock transport, as in test_preflight.py.
"""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from thread_validator.preflight import GuardedTransport, Preflight, PreflightError

httpx2 = pytest.importorskip("httpx2")

# --- the pre-flight guard -------------------------------------------------------------------

V2 = {"OpenAI-Beta": "assistants=v2"}


def send(path: str, body: bytes, headers: list[tuple[str, str]] | None = None) -> list[str]:
    """POST through a guarded client over a mock transport; the paths the server saw."""
    seen: list[str] = []

    def answer(request: Any) -> Any:
        seen.append(request.url.path)
        return httpx2.Response(200, json={})

    client = httpx2.Client(transport=GuardedTransport(httpx2.MockTransport(answer)))
    client.post(
        "http://mock.test" + path,
        content=body,
        headers=headers if headers is not None else list(V2.items()),
    )
    return seen


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/threads/", b'{"messages": [{"role": "system", "content": "x"}]}'),
        ("/v1/threads%2F", b'{"messages": [{"role": "system", "content": "x"}]}'),
        ("/v1/Threads", b'{"messages": [{"role": "system", "content": "x"}]}'),
        ("/v1//threads", b'{"messages": [{"role": "system", "content": "x"}]}'),
        ("/v1/threads/t1/messages/", b'{"role": "system", "content": "x"}'),
        ("/v1/threads/t1/Messages", b'{"role": "system", "content": "x"}'),
        ("/v1/threads/runs/", b'{"thread": {"messages": [{"role": "system", "content": "x"}]}}'),
    ],
)
def test_the_guard_checks_every_spelling_of_its_routes(path: str, body: bytes) -> None:
    with pytest.raises(PreflightError) as caught:
        send(path, body)
    assert [p.code for p in caught.value.problems] == ["invalid_value"]


def test_other_routes_still_pass() -> None:
    assert send("/v1/threads/thread_1", b'{"metadata": {"role": "system"}}') == [
        "/v1/threads/thread_1"
    ]


def test_the_guard_reports_duplicate_keys_as_the_linter_does() -> None:
    """json.loads kept the last of two "role" keys: the body passed."""
    with pytest.raises(PreflightError) as caught:
        send("/v1/threads/t1/messages", b'{"role": "system", "role": "user", "content": "x"}')
    assert [p.code for p in caught.value.problems] == ["duplicate_key"]
    with pytest.raises(PreflightError) as caught:
        Preflight().inspect("POST", "/v1/threads", V2, b'{"metadata": {"a": NaN}}')
    assert [p.code for p in caught.value.problems] == ["non_json_number"]


def test_the_beta_header_sent_twice_with_two_versions_is_refused() -> None:
    headers = [("OpenAI-Beta", "assistants=v1"), ("OpenAI-Beta", "assistants=v2")]
    with pytest.raises(PreflightError, match="more than one Assistants API version"):
        send("/v1/threads", b"{}", headers)
    with pytest.raises(PreflightError, match="more than one"):
        Preflight().inspect(
            "POST", "/v1/threads", {"OpenAI-Beta": "assistants=v2,assistants=v1"}, b"{}"
        )
    twice = [("OpenAI-Beta", "assistants=v2"), ("OpenAI-Beta", "assistants=v2")]
    assert send("/v1/threads", b"{}", twice) == ["/v1/threads"]


def test_a_preflight_error_survives_pickling() -> None:
    """It could not be unpickled, which broke process pools."""
    with pytest.raises(PreflightError) as caught:
        Preflight().inspect("POST", "/v1/threads", V2, b'{"messages": 1}')
    again = pickle.loads(pickle.dumps(caught.value))
    assert (again.method, again.url, again.kind) == ("POST", "/v1/threads", "thread")
    assert again.problems == caught.value.problems
    assert str(again) == str(caught.value)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("path", ["/threads/", "/Threads", "/threads%2F", "/threads/t1/messages/"])
def test_the_openai_sdk_cannot_send_a_bad_body_by_respelling_the_route(path: str) -> None:
    openai = pytest.importorskip("openai")
    from thread_validator.preflight import guarded_http_client

    seen: list[str] = []

    def answer(request: Any) -> Any:
        seen.append(request.url.path)
        return httpx2.Response(200, json={})

    client = openai.OpenAI(
        api_key="test",
        base_url="http://mock.test/v1",
        http_client=guarded_http_client(transport=httpx2.MockTransport(answer)),
        max_retries=0,
    )
    message = {"role": "system", "content": "x"}
    body = message if path.endswith("messages/") else {"messages": [message]}
    with pytest.raises(PreflightError) as caught:
        client.post(path, cast_to=object, body=body, options={"headers": V2})
    assert [p.code for p in caught.value.problems] == ["invalid_value"]
    assert seen == []
