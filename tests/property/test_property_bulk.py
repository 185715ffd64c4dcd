"""validate_lines on any lines says, line by line, what validate says of each line's body."""

from __future__ import annotations

import json
from typing import Any

from _property_support import INVALID, VALID, examples, json_values
from hypothesis import example, given
from hypothesis import strategies as st

from thread_validator import validate
from thread_validator.bulk import validate_lines

UNPARSEABLE = {"invalid_json", "non_json_number", "nesting_too_deep", "number_too_long"}


def _dumps(value: Any, ascii_only: bool) -> str:
    try:
        return json.dumps(value, ensure_ascii=ascii_only)
    except ValueError:  # an integer beyond Python's digit limit cannot be written
        return "[]"


def _refuse(name: str) -> Any:
    raise ValueError(name)


def _strict_loads(line: str) -> tuple[bool, Any]:
    """Strict JSON (no NaN or Infinity), written here apart from the module under test."""
    try:
        return True, json.loads(line, parse_constant=_refuse)
    except (ValueError, RecursionError):
        return False, None


lines = st.lists(
    st.one_of(
        st.builds(_dumps, json_values, st.booleans()),
        st.builds(_dumps, VALID["thread"](), st.booleans()),
        st.builds(lambda case: json.dumps(case.body), INVALID["thread"]()),
        st.text(max_size=40),  # mostly not JSON; sometimes blank, sometimes a number
        st.sampled_from(
            ["", "  ", "\x1c", "\u2028", "NaN", '{"a": Infinity}', "{", "[1,]", "null", '"x"']
        ),
    ),
    max_size=8,
)


@examples(0.5)
@given(lines)
def test_validate_lines_equals_validate_on_each_line(texts: list[str]) -> None:
    results = validate_lines(texts)
    by_line: dict[int, list[Any]] = {}
    for found in results:
        by_line.setdefault(found.line, []).append(found.problem)
    records = 0
    for number, text in enumerate(texts, 1):
        got = by_line.pop(number, [])
        if not text.strip(" \t\r\n"):  # JSON's white space only: "\x1c" is no blank line
            assert got == []
            continue
        records += 1
        parsed, body = _strict_loads(text)
        if parsed:
            assert [problem.replace(line=None) for problem in got] == validate(body)
        else:
            assert [problem.code for problem in got] in [[code] for code in UNPARSEABLE]
    assert by_line == {}
    assert results.summary.records == records


def _json_bytes(value: Any) -> bytes:
    try:
        return json.dumps(value).encode()
    except ValueError:  # an integer beyond Python's digit limit cannot be written
        return b"[]"


line_bytes = st.one_of(
    st.binary(max_size=60).map(lambda data: data.replace(b"\n", b"")),
    st.builds(_json_bytes, json_values),
    st.builds(
        lambda case: _json_bytes({"url": "/v1/threads", "body": case.body}), INVALID["thread"]()
    ),
    st.sampled_from([b'{"metadata": {"\\ud800": "\\udfff"}}', b'{"url": 7, "body": "{"}', b"\xff"]),
)


@examples(0.3)
@given(st.lists(line_bytes, max_size=6), st.sampled_from([(), ("--preset", "batch")]))
@example([b'{"\\ud800": 1, "metadata": {"\\udfff": 1}}'], ())
@example(
    [b'{"url": "/v1/threads", "custom_id": "\\ud800", "body": {"x": 1}}'], ("--preset", "batch")
)
def test_any_jsonl_file_gives_exit_0_or_1_and_no_traceback(
    items: list[bytes], preset: tuple[str, ...]
) -> None:
    """Whatever a JSON Lines file holds, the audit reports it on strict UTF-8 streams and files."""
    import io
    import os
    import tempfile

    from thread_validator.cli import run

    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "traffic.jsonl")
    problems = os.path.join(folder, "problems.jsonl")
    try:
        with open(path, "wb") as file:
            file.write(b"\n".join(items))
        for extra in ((), ("--problems", problems), ("--format", "json")):
            stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
            stderr = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
            code = run([*preset, *extra, "--jobs", "1", path], stdout, stderr)
            stdout.flush()
            stderr.flush()
            assert code in (0, 1), stderr.buffer.getvalue()  # type: ignore[attr-defined]
            if extra and extra[0] == "--problems":
                with open(problems, encoding="utf-8") as written:
                    for line in written:
                        json.loads(line)
    finally:
        for name in (path, problems):
            if os.path.exists(name):
                os.unlink(name)
        os.rmdir(folder)


recording_bytes = st.one_of(
    st.binary(max_size=200),
    st.builds(
        lambda interactions: _json_bytes({"interactions": interactions, "version": 1}),
        st.lists(
            st.dictionaries(st.sampled_from(["request", "response"]), json_values), max_size=3
        ),
    ),
    st.builds(
        lambda entries: _json_bytes({"log": {"version": "1.2", "entries": entries}}),
        st.lists(json_values, max_size=3),
    ),
    st.builds(lambda entries: _json_bytes({"Entries": entries}), st.lists(json_values, max_size=3)),
    st.sampled_from(
        [
            b"interactions:\n- request: !!python/tuple {a: 1}\n",
            b"interactions:\n- request: {body: !!binary 'not base64!', uri: 7}\n",
            b"interactions:\n- {? {a: 1} : 2}\n",
            b"interactions: [{request: {body: " + b"1" * 5000 + b"}}]\n",
            b"interactions: [{request: {body: !!python/object/new:_io.BytesIO [1]}}]\n",
            b"interactions: [{request: {body: !!python/object/apply:builtins.iter {args: [[1]]}}}]\n",
            b"Entries: " + b"[" * 2000,
        ]
    ),
)


@examples(0.3)
@given(recording_bytes, st.sampled_from([".yaml", ".json", ".har"]))
def test_any_recording_gives_exit_0_or_1_and_no_traceback(data: bytes, suffix: str) -> None:
    """Whatever a would-be recording holds, --traffic reports it and exits 0 or 1."""
    import io
    import os
    import tempfile

    from thread_validator.cli import run

    handle, name = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
        stderr = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
        code = run(["--traffic", "--responses", "--jobs", "1", name], stdout, stderr)
        stdout.flush()
        stderr.flush()
    finally:
        os.unlink(name)
    assert code in (0, 1), stderr.buffer.getvalue()  # type: ignore[attr-defined]
