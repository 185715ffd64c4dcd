"""API-shaped errors: problems as the API's own error bodies, served by the README's mock."""

from __future__ import annotations

import http.client
import json
import threading
import warnings
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest
from readme_blocks import python_blocks

from thread_validator import api_error, api_errors, validate


def test_the_envelope_of_an_observed_error() -> None:
    """The metadata error recorded from the live API (24 keys), word for word."""
    body = {"metadata": {f"key{n}": "v" for n in range(24)}}
    assert api_error(validate(body)) == {
        "error": {
            "message": "Invalid 'metadata': too many properties. Expected an object with at most 16 "
            "properties, but got an object with 24 properties instead.",
            "type": "invalid_request_error",
            "param": "metadata",
            "code": "object_above_max_properties",
        }
    }


def test_the_data_url_error_of_openai_python_1483() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "What is in this image?"},
                    {
                        "type": "image_url",
                        "image_url": {"url": "data:image/jpeg;base64,/9j/4AAQSkZJRg"},
                    },
                ],
            }
        ]
    }
    assert api_error(validate(body)) is None  # a warning: the spec allows it
    error = api_error(validate(body), warnings=True)["error"]
    assert error["param"] == "messages[0].content[1].image_url.url"
    assert error["code"] == "invalid_value"
    assert error["message"].startswith(
        "Invalid 'messages[0].content[1].image_url.url'. Expected a valid URL, but got a value with an invalid format."
    )


def test_the_first_error_in_document_order_and_the_list_form() -> None:
    body = {"messages": [{"role": "system"}], "metadata": 3}
    errors = api_errors(validate(body))
    # A missing member is reported at the object that lacks it, which comes before its members.
    assert [e["error"]["param"] for e in errors] == [
        "messages[0].content",
        "messages[0].role",
        "metadata",
    ]
    assert errors[0]["error"]["message"] == "Missing required parameter: 'messages[0].content'."
    assert api_error(validate(body)) == errors[0]
    assert api_error(validate({})) is None


def test_the_body_itself_has_a_null_param() -> None:
    [error] = api_errors(validate([]))
    assert error["error"]["param"] is None and error["error"]["code"] == "invalid_type"


@pytest.fixture
def readme_server() -> Iterator[int]:
    [code] = python_blocks("API-shaped errors (for servers and mocks)")
    namespace: dict = {"__name__": "readme_example"}
    exec(compile(code, "README.md", "exec"), namespace)
    server = ThreadingHTTPServer(("127.0.0.1", 0), namespace["Handler"])
    server.timeout = 5
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def post(port: int, payload: bytes) -> tuple[int, object]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("POST", "/v1/threads", payload, {"Content-Type": "application/json"})
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


def test_the_readme_mock_answers_as_openai_does(readme_server: int) -> None:
    status, answer = post(
        readme_server, json.dumps({"metadata": {str(n): "v" for n in range(17)}}).encode()
    )
    assert status == 400
    assert answer == {
        "error": {
            "message": "Invalid 'metadata': too many properties. Expected an object with at most 16 "
            "properties, but got an object with 17 properties instead.",
            "type": "invalid_request_error",
            "param": "metadata",
            "code": "object_above_max_properties",
        }
    }
    status, answer = post(readme_server, b'{"messages": [{"role": "user", "content": "hi"}]}')
    assert (status, answer["object"]) == (200, "thread")
    status, answer = post(readme_server, b"{not json")
    assert status == 400 and answer["error"]["code"] == "invalid_type"


def test_the_openai_sdk_reads_the_mock_error(readme_server: int) -> None:
    """The real SDK parses the body into BadRequestError's code and param."""
    openai = pytest.importorskip("openai")
    client = openai.OpenAI(
        api_key="test", base_url=f"http://127.0.0.1:{readme_server}/v1", max_retries=0, timeout=5
    )
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "The Assistants API is deprecated", DeprecationWarning)
        with pytest.raises(openai.BadRequestError) as caught:
            client.beta.threads.create(messages=[{"role": "system", "content": "hi"}])
    assert caught.value.status_code == 400
    assert caught.value.code == "invalid_value"
    assert caught.value.param == "messages[0].role"
