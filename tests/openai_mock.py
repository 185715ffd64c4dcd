"""A stand-in for the successor's API: it validates every request body with thread-validator's own
kinds (answering 400 with the API's error body when one is wrong) and records the requests in
order. Used through the real ``openai`` SDK, either as an ``httpx2.MockTransport`` handler or
behind a local HTTP server for the command line.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from thread_validator import api_error, validate

# (method, path pattern) -> (kind of the body, the object the API answers with)
ROUTES = [
    (re.compile(r"/v1/vector_stores"), "vector_store"),
    (re.compile(r"/v1/vector_stores/(?P<id>[^/]+)/file_batches"), "vector_store_file_batch"),
    (re.compile(r"/v1/conversations"), "conversation"),
    (re.compile(r"/v1/conversations/(?P<id>[^/]+)/items"), "conversation_items"),
    # Only its tools are checked (each a response_tool); the rest of the body is not ours.
    (re.compile(r"/v1/responses"), "response"),
]


class Server:
    """The API's side: ``handle(method, path, body) -> (status, answer)``; ``requests`` in order.

    ``fail_at`` makes the request with that 0-based number fail (once) with ``fail_status``: a
    500, as a server outage part-way through a migration would, or a 403, which the SDK does not
    retry.
    """

    def __init__(self, fail_at: int | None = None, fail_status: int = 500) -> None:
        self.fail_status = fail_status
        self.requests: list[tuple[str, str, str, Any]] = []  # method, path, kind, body
        self.refused: list[tuple[str, dict[str, Any]]] = []
        self.fail_at = fail_at
        self._count = itertools.count()
        self._ids = itertools.count(1)

    def handle(self, method: str, path: str, raw: bytes) -> tuple[int, dict[str, Any]]:
        number = next(self._count)
        if self.fail_at is not None and number == self.fail_at:
            self.fail_at = None
            message = f"Simulated failure of request {number}."
            return self.fail_status, {"error": {"message": message, "type": "server_error"}}
        for pattern, kind in ROUTES:
            match = pattern.fullmatch(path)
            if method == "POST" and match:
                break
        else:
            return 404, {"error": {"message": f"no route {method} {path}", "type": "not_found"}}
        body = json.loads(raw or b"{}")
        if kind == "response":
            problems = [
                problem.replace(param=f"tools[{index}].{problem.param or ''}".rstrip("."))
                for index, tool in enumerate(body.get("tools") or [])
                for problem in validate(tool, kind="response_tool")
            ]
        else:
            problems = validate(body, kind=kind)
        error = api_error(problems)
        if error is not None:
            self.refused.append((path, error))
            return 400, error
        self.requests.append((method, path, kind, body))
        return 200, self._answer(kind, match.groupdict().get("id"), body)

    def _answer(self, kind: str, parent: str | None, body: Any) -> dict[str, Any]:
        serial = next(self._ids)
        counts = {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, "total": 0}
        if kind == "vector_store":
            return {
                "id": f"vs_{serial:032d}",
                "object": "vector_store",
                "created_at": 0,
                "name": body.get("name", ""),
                "usage_bytes": 0,
                "file_counts": counts,
                "status": "in_progress",
                "last_active_at": None,
                "metadata": body.get("metadata"),
            }
        if kind == "vector_store_file_batch":
            return {
                "id": f"vsfb_{serial}",
                "object": "vector_store.files_batch",
                "created_at": 0,
                "vector_store_id": parent,
                "status": "in_progress",
                "file_counts": counts,
            }
        if kind == "conversation":
            return {
                "id": f"conv_{serial}",
                "object": "conversation",
                "created_at": 0,
                "metadata": body.get("metadata") or {},
            }
        if kind == "response":
            return {"id": f"resp_{serial}", "object": "response", "created_at": 0, "output": []}
        return {"object": "list", "data": [], "first_id": "", "last_id": "", "has_more": False}

    def paths(self) -> list[str]:
        return [path for _, path, _, _ in self.requests]


def sdk_client(server: Server) -> Any:
    """The real ``openai`` SDK, its HTTP going to ``server`` through a mock transport."""
    import httpx2
    import openai

    def handler(request: Any) -> Any:
        status, answer = server.handle(request.method, request.url.path, request.content)
        return httpx2.Response(status, json=answer)

    return openai.OpenAI(
        api_key="sk-test",
        base_url="http://api.test/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )


@contextmanager
def http_server(server: Server) -> Iterator[str]:
    """``server`` behind a local HTTP server on 127.0.0.1; yields its base URL (``…/v1``)."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            size = int(self.headers.get("Content-Length") or 0)
            status, answer = server.handle("POST", self.path, self.rfile.read(size))
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
