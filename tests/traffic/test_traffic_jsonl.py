"""JSON Lines: positions, record ids, endpoints, presets, and lines that are not records."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from thread_validator import cli
from thread_validator.bulk import Options, Summary, check_lines, validate_lines

DATA = Path(__file__).parent / "data"


def run(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), out, err, io.BytesIO(stdin))
    return code, out.getvalue(), err.getvalue()


def found(lines, **keywords):
    results = validate_lines(lines, **keywords)
    return [
        (
            item.line,
            item.offset,
            item.record,
            item.endpoint,
            item.problem.pointer,
            item.problem.code,
        )
        for item in results
    ], results.summary


def test_bare_bodies_report_line_and_byte_offset():
    lines = [
        b'{"messages": []}\n',
        b"\n",  # blank: not a record
        b'{"messages": [{"role": "system", "content": "x"}]}\n',
        b'{"metadata": {"k": 7}}\r\n',
    ]
    problems, summary = found(lines)
    assert problems == [
        (3, 18, None, "thread body", "/messages/0/role", "invalid_value"),
        (4, 69, None, "thread body", "/metadata/k", "invalid_type"),
    ]
    assert (summary.records, summary.valid, summary.invalid, summary.unparseable) == (3, 1, 2, 0)
    assert summary.bytes == sum(map(len, lines))


def test_a_line_that_is_not_json_is_a_problem_there_and_the_run_goes_on():
    lines = ['{"messages": [}', "{'single': 'quotes'}", '{"a": NaN}', "[1, 2]", '{"messages": []}']
    problems, summary = found(lines)
    assert [(line, code) for line, _, _, _, _, code in problems] == [
        (1, "invalid_json"),
        (2, "invalid_json"),
        (3, "non_json_number"),
        (4, "invalid_type"),  # JSON, but not an object: checked, and wrong
    ]
    assert (summary.unparseable, summary.invalid, summary.valid) == (3, 1, 1)


def test_invalid_utf8_and_oversized_records_are_problems_not_failures():
    summary = check_lines(
        [b'{"metadata": {"k": "caf\xe9"}}\n', b"{" + b" " * 200 + b"}\n"],
        Options(max_record_bytes=100),
    )
    assert summary.by_code == {"invalid_utf8": 1, "record_too_large": 1}
    assert summary.unparseable == 2


def test_the_batch_envelope_gives_ids_endpoints_and_skips(tmp_path):
    problems, summary = found(
        (DATA / "requests.jsonl").read_bytes().splitlines(keepends=True), preset="batch"
    )
    assert [
        (line, record, endpoint, pointer, code)
        for line, _, record, endpoint, pointer, code in problems
    ] == [
        (2, "req-2", "POST /v1/threads", "/messages/0/role", "invalid_value"),
        (
            4,
            "req-4",
            "POST /v1/threads/{thread_id}/messages",
            "/content/0",
            "missing_required_parameter",
        ),
        (6, None, None, "", "invalid_json"),  # a cut line: no id can be read from it
        # A run's thread is checked where it sits in the run body.
        (8, "req-7", "POST /v1/threads/runs", "/thread/messages/0/file_ids", "unknown_parameter"),
        # A body sent as a JSON string is parsed and checked.
        (10, "req-9", "POST /v1/threads", "/metadata/team", "invalid_type"),
    ]
    assert summary.skipped == 2  # GET a thread; chat completions
    assert summary.by_endpoint["GET /v1/threads/{id}"] == [1, 0]
    assert summary.by_endpoint["POST /v1/chat/completions"] == [1, 0]
    # req-1 and req-5 (no body: {}) are valid.
    assert summary.valid == 2
    assert summary.records == 9


def test_a_run_message_names_the_param_where_it_sits():
    [item] = validate_lines(
        [
            '{"url": "/v1/threads/runs", "body": {"thread": {"messages": [{"role": "x", "content": "y"}]}}}'
        ],
        body_pointer="/body",
        url_pointer="/url",
    )
    assert item.problem.param == "thread.messages[0].role"
    assert "'thread.messages[0].role'" in item.problem.message


@pytest.mark.parametrize(
    ("preset", "record"),
    [
        (
            "litellm",
            {
                "request_id": "chatcmpl-1",
                "call_type": "acreate_thread",
                "proxy_server_request": {"messages": [{"role": "tool", "content": "x"}]},
            },
        ),
        (
            "helicone",
            {
                "request_id": "6f1c",
                "request_path": "/v1/threads",
                "request_body": {"messages": [{"role": "tool", "content": "x"}]},
            },
        ),
        (
            "portkey",
            {
                "id": "pk-1",
                "request_url": "https://api.portkey.ai/v1/threads",
                "request_method": "post",
                "request": {"body": {"messages": [{"role": "tool", "content": "x"}]}},
            },
        ),
    ],
)
def test_presets_read_their_exports(preset, record):
    [item] = validate_lines([json.dumps(record)], preset=preset)
    assert item.problem.pointer == "/messages/0/role"
    assert item.record == next(iter(record.values()))
    assert item.endpoint == "POST /v1/threads"


def test_message_kind_for_bare_bodies():
    assert list(validate_lines(['{"role": "user", "content": "hi"}'], kind="message")) == []


def test_summary_merges_pickles_and_serialises():
    import pickle

    lines = (DATA / "requests.jsonl").read_bytes().splitlines(keepends=True)
    whole = check_lines(lines, Options.from_preset("batch"))
    offsets = [0]
    for data in lines:
        offsets.append(offsets[-1] + len(data))
    parts = [
        check_lines(
            lines[start:end],
            Options.from_preset("batch"),
            first_line=start + 1,
            offset=offsets[start],
        )
        for start, end in ((0, 3), (3, 7), (7, len(lines)))
    ]
    assert parts[0] + parts[1] + parts[2] == whole
    assert parts[0] + (parts[1] + parts[2]) == whole
    assert sum(parts) == whole
    assert pickle.loads(pickle.dumps(whole)) == whole
    assert Summary.from_json(whole.to_json()) == whole
    assert whole != Summary()


def test_command_line_on_a_jsonl_file(tmp_path):
    code, out, err = run("--preset", "batch", str(DATA / "requests.jsonl"))
    assert code == 1, err
    first = out.splitlines()[0]
    assert first.startswith(f"{DATA / 'requests.jsonl'}:2: error invalid_value ")
    assert first.endswith("[S102] (record req-2)")
    assert "9 records read: 2 valid, 4 invalid, 1 unparseable, 2 skipped" in out


def test_command_line_json_summary_and_problems_file(tmp_path):
    problems = tmp_path / "problems.jsonl"
    code, out, _ = run(
        "--preset",
        "batch",
        "--format",
        "json",
        "--problems",
        str(problems),
        str(DATA / "requests.jsonl"),
    )
    assert code == 1
    document = json.loads(out)
    assert document["summary"]["records"] == 9
    assert document["summary"]["by_rule"] == {"F401": 1, "S101": 1, "S102": 1, "S104": 1, "S105": 1}
    rows = [json.loads(line) for line in problems.read_text().splitlines()]
    assert len(rows) == 5
    assert rows[0] == {
        "source": str(DATA / "requests.jsonl"),
        "line": 2,
        "column": None,
        "offset": 125,
        "record": "req-2",
        "endpoint": "POST /v1/threads",
        "kind": "thread",
        "pointer": "/messages/0/role",
        "param": "messages[0].role",
        "severity": "error",
        "code": "invalid_value",
        "message": "Invalid value for 'messages[0].role': 'system'. Supported values are: 'user' and 'assistant'.",
        "schema_path": "#/$defs/CreateMessageRequest/properties/role/enum",
        "rule": "S102",
    }


def test_max_invalid_rate_and_usage_errors(tmp_path):
    path = str(DATA / "requests.jsonl")
    assert run("--preset", "batch", "--max-invalid-rate", "0.8", path)[0] == 0
    assert run("--preset", "batch", "--max-invalid-rate", "0.5", path)[0] == 1
    assert run("--preset", "batch", "--format", "sarif", path)[0] == 2
    assert run("--body-pointer", "body", path)[0] == 2  # not a JSON Pointer
    assert run("--max-invalid-rate", "2", path)[0] == 2
    assert run(path, str(tmp_path / "missing.jsonl"))[0] == 2
    code, _, err = run("s3://bucket/logs.jsonl")
    assert code == 2 and "--engine dask" in err


def test_standard_input_and_directories(tmp_path):
    code, out, _ = run("--jsonl", "-", stdin=b'{"messages": []}\n{"messages": [{}]}\n')
    assert code == 1
    assert out.startswith("<stdin>:2: error missing_required_parameter")
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "a.ndjson").write_text('{"messages": []}\n')
    (tmp_path / "logs" / "body.json").write_text(
        '{"messages": [{"role": "user", "content": "x", "x": 1}]}'
    )
    # A directory with traffic in it: both the JSON Lines and the body file are checked.
    code, out, _ = run(str(tmp_path / "logs"))
    assert code == 1
    assert "body.json:1:48: error unknown_parameter" in out
    assert "2 records read: 1 valid, 1 invalid" in out


def test_strict_and_rule_selection_apply_to_records():
    line = b'{"messages": [{"role": "user", "content": ""}]}\n'  # L503 empty text: a warning
    assert run("--jsonl", "-", stdin=line)[0] == 0
    assert run("--jsonl", "--strict", "-", stdin=line)[0] == 1
    code, out, _ = run("--jsonl", "--strict", "--ignore", "L503", "-", stdin=line)
    assert code == 0
    assert "1 record read: 1 valid" in out


def test_the_readme_example_prints_what_it_says(capsys):
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1]))
    try:
        from readme_blocks import python_blocks
        from test_readme_beyond import expected_output
    finally:
        sys.path.pop(0)
    [code] = [block for block in python_blocks("Auditing traffic") if "validate_lines" in block]
    exec(
        compile(code, "README.md", "exec"), {"__name__": "readme_example"}
    )  # the README's own example
    printed = " ".join(capsys.readouterr().out.split())
    assert printed and printed == " ".join(expected_output(code).split())


def test_the_readme_console_example_is_the_real_output(monkeypatch):
    import re
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1]))
    try:
        from readme_blocks import README
    finally:
        sys.path.pop(0)
    text = README.read_text("utf-8")
    [block] = re.findall(
        r"```console\n\$ thread-validator --preset batch tests/traffic/data/requests.jsonl\n(.*?)```",
        text,
        re.DOTALL,
    )
    monkeypatch.chdir(README.parent)
    code, out, _ = run("--preset", "batch", "tests/traffic/data/requests.jsonl")
    assert code == 1
    assert out == block


def test_traffic_names_know_the_linters_body_suffixes():
    from thread_validator._files import SUFFIXES
    from thread_validator.traffic._names import BODY_SUFFIXES

    assert set(BODY_SUFFIXES) == set(SUFFIXES)


def test_progress_bar_only_when_asked_or_on_a_terminal(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"messages": []}\n' * 50)
    out, err = io.StringIO(), io.StringIO()
    assert cli.run([str(path), "--jobs", "1"], out, err, io.BytesIO()) == 0
    assert err.getvalue() == ""  # not a terminal: silent
    out, err = io.StringIO(), io.StringIO()
    assert cli.run([str(path), "--jobs", "1", "--progress"], out, err, io.BytesIO()) == 0
    assert "thread-validator:" in err.getvalue() and "/850" in err.getvalue()  # of 850 bytes
    assert out.getvalue().startswith("50 records read: 50 valid")


def test_help_documents_the_traffic_options():
    code, out, _ = run("--help")
    assert code == 0
    assert "--max-invalid-rate" in out and "--preset" in out and "recorded traffic:" in out


def test_an_id_pointer_names_bare_bodies_too():
    [item] = validate_lines(
        ['{"metadata": {"trace": "t-1"}, "messages": [{"role": "x", "content": "y"}]}'],
        id_pointers=["/metadata/trace"],
    )
    assert item.record == "t-1"


def test_a_configured_file_format_does_not_stop_a_traffic_audit(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.thread-validator]\nformat = "sarif"\n')
    (tmp_path / "a.jsonl").write_text('{"messages": []}\n')
    monkeypatch.chdir(tmp_path)
    code, out, err = run("a.jsonl")
    assert (code, err) == (0, "")
    assert out.startswith("1 record read: 1 valid")


def test_envelopes_read_as_bodies_get_a_hint():
    code, _, err = run(str(DATA / "requests.jsonl"))
    assert code == 1
    assert err == (
        "thread-validator: hint: the records have 'body' beside the body's keys: they look like "
        "request records; read them with --preset batch (or --body-pointer)\n"
    )


def test_partitions_as_spark_and_ray_hand_them_over_add_up_to_the_whole():
    """Lines without newlines, partition by partition, no offsets: the README's recipes."""
    lines = (DATA / "requests.jsonl").read_text().splitlines()
    options = Options.from_preset("batch")
    whole = check_lines(lines, options, offset=None)
    parts = [
        Summary.from_dict(
            check_lines(part, options, source=f"partition {i}", offset=None).to_dict()
        )
        for i, part in enumerate((lines[:4], lines[4:5], lines[5:]))
    ]
    total = parts[0]
    for part in parts[1:]:
        total = total + part
    counts = ("records", "valid", "invalid", "unparseable", "skipped", "errors", "bytes")
    assert [getattr(total, name) for name in counts] == [getattr(whole, name) for name in counts]
    assert total.by_rule == whole.by_rule and total.by_endpoint == whole.by_endpoint


def test_the_modules_examples_run():
    import doctest

    import thread_validator.bulk
    import thread_validator.traffic.dask

    for module in (thread_validator.bulk, thread_validator.traffic.dask):
        result = doctest.testmod(module)
        assert result.failed == 0, module
    assert doctest.testmod(thread_validator.bulk).attempted >= 3


def test_gzipped_json_lines_and_cassettes(tmp_path):
    import gzip
    import shutil

    with gzip.open(tmp_path / "requests.jsonl.gz", "wb") as out:
        out.write((DATA / "requests.jsonl").read_bytes())
    with (
        (DATA / "old-cassette.yaml").open("rb") as source,
        gzip.open(tmp_path / "c.yaml.gz", "wb") as out,
    ):
        shutil.copyfileobj(source, out)
    code, out, _ = run("--preset", "batch", "--jobs", "2", str(tmp_path / "requests.jsonl.gz"))
    assert code == 1
    assert "9 records read: 2 valid, 4 invalid, 1 unparseable, 2 skipped" in out
    code, out, _ = run("--traffic", str(tmp_path / "c.yaml.gz"))
    assert "4 records read: 1 valid, 2 invalid, 1 unparseable" in out


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_streams_json_lines(tmp_path):
    import os
    import threading

    # Found in a folder, a pipe is left alone (reading it could block forever).
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "folder" / "stuck.jsonl")
    (tmp_path / "folder" / "a.jsonl").write_text('{"messages": []}\n')
    assert run(str(tmp_path / "folder"))[1].startswith("1 record read: 1 valid")

    pipe = tmp_path / "logs.jsonl"
    os.mkfifo(pipe)

    def feed() -> None:
        with pipe.open("wb") as out:
            out.write((DATA / "requests.jsonl").read_bytes())

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        code, out, _ = run("--preset", "batch", "--jobs", "2", str(pipe))
    finally:
        writer.join(timeout=10)
    assert code == 1
    assert "9 records read: 2 valid, 4 invalid, 1 unparseable, 2 skipped" in out


def test_a_line_too_long_is_skipped_in_chunks_and_later_offsets_stay_right():
    """A stream read in place (as files are): the long line is not read whole, and the record
    after it keeps its true line number and byte offset."""
    from thread_validator.traffic._check import Checker
    from thread_validator.traffic._jsonl import CHUNK, check_stream

    long_line = b'{"metadata": {"k": "' + b"x" * (3 * CHUNK) + b'"}}\n'
    after = b'{"messages": [{"role": "system", "content": "hi"}]}\n'
    data = b'{"messages": []}\n' + long_line + after
    summary = Summary()
    found = []
    checker = Checker(Options(max_record_bytes=100), summary, found.append)
    assert check_stream(checker, io.BytesIO(data), "log.jsonl") == 3
    assert [(p.line, p.offset, p.problem.code) for p in found] == [
        (2, len(b'{"messages": []}\n'), "record_too_large"),
        (3, len(b'{"messages": []}\n') + len(long_line), "invalid_value"),
    ]
    assert summary.bytes == len(data)
    assert (summary.records, summary.valid, summary.invalid) == (3, 1, 1)


class _Full(io.StringIO):
    def write(self, _text: str) -> int:
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize("problems_file", [False, True], ids=["summary", "problems-file"])
def test_an_audit_whose_report_cannot_be_written_is_a_usage_error(tmp_path, problems_file):
    """A full disk while the summary or the problems file is written: one line, exit 2."""
    if problems_file and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    log = tmp_path / "log.jsonl"
    log.write_text('{"messages": [{"role": "system", "content": "hi"}]}\n', encoding="utf-8")
    argv = [str(log), "--jobs", "1"] + (["--problems", "/dev/full"] if problems_file else [])
    err = io.StringIO()
    out = io.StringIO() if problems_file else _Full()
    assert cli.run(argv, out, err, io.BytesIO()) == cli.EXIT_USAGE
    assert err.getvalue().endswith("cannot write the report: No space left on device\n")
    assert "Traceback" not in err.getvalue()
