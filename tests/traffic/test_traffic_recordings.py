"""Recordings: VCR cassettes (recorded by the real vcrpy), old cassettes' Python tags, Azure
test-proxy recordings and HAR 1.2, each with the line of the body and the entry as record id."""

from __future__ import annotations

import io
import json
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from thread_validator import cli

DATA = Path(__file__).parent / "data"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), out, err, io.BytesIO())
    return code, out.getvalue(), err.getvalue()


def problems_of(tmp_path: Path, *argv: str) -> tuple[int, list[dict], dict]:
    target = tmp_path / "problems.jsonl"
    code, out, err = run("--traffic", "--format", "json", "--problems", str(target), *argv)
    assert code in (0, 1), err
    rows = [json.loads(line) for line in target.read_text().splitlines()]
    return code, rows, json.loads(out)["summary"]


class _Api(BaseHTTPRequestHandler):
    """Answers like the threads API: a thread for a create, a message list for a GET."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._reply(
            {
                "id": "thread_abc123",
                "object": "thread",
                "created_at": 1772359201,
                "metadata": {},
                "tool_resources": {},
            }
        )

    def do_GET(self) -> None:
        self._reply({"object": "list", "data": []})

    def _reply(self, payload: dict) -> None:
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def api():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Api)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _post(url: str, body: dict) -> None:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json", "OpenAI-Beta": "assistants=v2"},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        answer.read()


def test_a_cassette_recorded_by_vcrpy(tmp_path, api):
    vcr = pytest.importorskip("vcr")
    cassette = tmp_path / "cassettes" / "test_threads.yaml"
    with vcr.VCR(record_mode="once").use_cassette(str(cassette)):
        _post(f"{api}/v1/threads", {"messages": [{"role": "user", "content": "Hello"}]})
        with urllib.request.urlopen(
            f"{api}/v1/threads/thread_abc123/messages", timeout=10
        ) as answer:
            answer.read()
        _post(
            f"{api}/v1/threads/thread_abc123/messages",
            {"role": "user", "content": "Hi", "file_ids": ["file-1"]},
        )
        _post(f"{api}/v1/threads", {"messages": [{"role": "system", "content": "Be brief."}]})
    text = cassette.read_text()
    code, rows, summary = problems_of(tmp_path, "--responses", str(tmp_path / "cassettes"))
    assert code == 1
    # Each problem is on the line of its interaction's request body in the cassette.
    lines = text.splitlines()
    assert [(row["record"], row["endpoint"], row["pointer"], row["code"]) for row in rows] == [
        (
            "interactions[2]",
            "POST /v1/threads/{thread_id}/messages",
            "/file_ids",
            "unknown_parameter",
        ),
        ("interactions[3]", "POST /v1/threads", "/messages/0/role", "invalid_value"),
    ]
    for row in rows:
        assert lines[row["line"] - 1].lstrip().startswith("body:")
    assert rows[0]["line"] < rows[1]["line"]
    assert summary["skipped"] == 1  # the GET
    # Two creates answered 200: their thread objects are checked with --responses.
    assert summary["by_endpoint"]["response of POST /v1/threads"] == {"records": 2, "invalid": 0}


def test_old_cassette_tags_are_read_safely(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, rows, summary = problems_of(tmp_path, "--responses", str(DATA / "old-cassette.yaml"))
    assert code == 1
    assert [(row["line"], row["record"], row["pointer"], row["code"]) for row in rows] == [
        (15, "interactions[1]", "/file_ids", "unknown_parameter"),  # the BytesIO body
        (30, "interactions[2]", "/messages/0/content", "empty_array"),  # the iter body
        (42, "interactions[3]", "", "yaml_unsupported_tag"),
    ]
    assert "os.system" in rows[2]["message"]
    assert not (tmp_path / "pwned.txt").exists()  # the hostile tag never ran
    assert summary["valid"] == 2  # the !!python/unicode create and its recorded answer
    assert summary["unparseable"] == 1


def test_azure_test_proxy_recording(tmp_path):
    code, rows, summary = problems_of(tmp_path, "--responses", str(DATA / "SessionRecords"))
    assert code == 1
    [row] = rows
    # A body recorded as JSON: the problem is at the value itself.
    assert (row["line"], row["column"], row["record"]) == (65, 36, "Entries[2]")
    assert row["param"] == "messages[0].metadata.test_metadata_key"
    # The create with no body (null, Content-Length: 0) is {}: valid, as the live API said.
    assert summary["by_endpoint"]["POST /v1/threads"] == {"records": 2, "invalid": 1}
    assert summary["by_endpoint"]["POST /v1/threads/{thread_id}/messages"] == {
        "records": 1,
        "invalid": 0,
    }
    assert summary["by_endpoint"]["response of POST /v1/threads"] == {"records": 1, "invalid": 0}
    assert summary["skipped"] == 1


def test_har_with_a_byte_order_mark(tmp_path):
    assert (DATA / "browser.har").read_bytes().startswith(b"\xef\xbb\xbf")
    code, rows, summary = problems_of(tmp_path, "--responses", str(DATA / "browser.har"))
    assert code == 1
    assert [(row["line"], row["record"], row["rule"], row["severity"]) for row in rows] == [
        (166, "log.entries[2]", "O303", "warning"),
        (227, "log.entries[3]", "P203", "error"),
    ]
    assert summary["skipped"] == 1
    assert summary["warned"] == 1


def test_a_har_is_traffic_by_name_without_a_flag(tmp_path):
    code, out, _ = run(str(DATA / "browser.har"))
    assert code == 1
    assert "4 records read: 2 valid, 1 invalid, 0 unparseable, 1 skipped" in out


def test_json_and_yaml_files_stay_bodies_without_traffic(tmp_path):
    # Without --traffic (and no traffic by name), the linter's own behaviour is unchanged.
    code, out, _ = run(str(DATA / "old-cassette.yaml"))
    assert code == 1
    assert "yaml_unsupported_tag" in out
    assert "records read" not in out


def test_a_recorded_openai_beta_header_picks_the_api_version(tmp_path):
    body = json.dumps(
        {"messages": [{"role": "user", "content": "Hi", "file_ids": ["file-abc123"]}]}
    )
    cassette = tmp_path / "v1.yaml"
    interactions = [
        {
            "request": {
                "body": body,
                "headers": {"OpenAI-Beta": [beta]} if beta else {},
                "method": "POST",
                "uri": "https://api.openai.com/v1/threads",
            },
            "response": {
                "status": {"code": 200, "message": "OK"},
                "headers": {},
                "body": {"string": ""},
            },
        }
        for beta in ("assistants=v1", "assistants=v2", None)
    ]
    import yaml

    cassette.write_text(yaml.safe_dump({"interactions": interactions, "version": 1}))
    assert problems_of(tmp_path, str(cassette))[0] == 1
    _, rows, summary = problems_of(tmp_path, str(cassette))
    # v1 allowed file_ids on a message; v2 (and a request that does not say) does not.
    assert [row["record"] for row in rows] == ["interactions[1]", "interactions[2]"]
    assert summary["valid"] == 1
    _, rows, _ = problems_of(tmp_path, "--api-version", "v1", str(cassette))
    assert [row["record"] for row in rows] == ["interactions[1]"]  # the header wins over the option


def test_the_summary_counts_the_bytes_of_every_file(tmp_path):
    files = [DATA / "browser.har", DATA / "old-cassette.yaml", DATA / "requests.jsonl"]
    _, out, _ = run("--traffic", "--format", "json", *map(str, files))
    assert json.loads(out)["summary"]["bytes"] == sum(path.stat().st_size for path in files)
