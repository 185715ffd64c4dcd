"""The command line on arbitrary files: an exit code of 0 or 1, and never a traceback."""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile

from _property_support import any_json, examples
from hypothesis import example, given
from hypothesis import strategies as st

from thread_validator.cli import run
from thread_validator.strategies import invalid_thread_bodies, thread_bodies


def _json_bytes(value: object, ensure_ascii: bool) -> bytes:
    # Lone surrogates survive only as \u escapes; written raw they are not UTF-8 at all. Integers
    # beyond 4,300 digits are written too: reading them back is the command line's problem.
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return json.dumps(value, ensure_ascii=ensure_ascii).encode("utf-8", "surrogatepass")
    finally:
        sys.set_int_max_str_digits(limit)


file_bytes = st.one_of(
    st.binary(max_size=300),
    st.builds(_json_bytes, any_json, st.booleans()),
    st.builds(_json_bytes, thread_bodies(), st.booleans()),
    st.builds(_json_bytes, invalid_thread_bodies().map(lambda case: case.body), st.booleans()),
    # Truncated, re-encoded or prefixed JSON text.
    st.builds(
        lambda data, cut: data[:cut],
        st.builds(_json_bytes, thread_bodies(), st.just(False)),
        st.integers(0, 200),
    ),
    st.builds(
        lambda data, codec: data.decode("utf-8").encode(codec),
        st.builds(_json_bytes, thread_bodies(), st.just(False)),
        st.sampled_from(["utf-16", "utf-32", "utf-8-sig"]),
    ),
    st.sampled_from(
        [
            b"",
            b"\xef\xbb\xbf{}",
            b"[" * 100_000,
            b"1" * 5_000,
            b"NaN",
            b'{"messages": [}',
            b"\x00",
            b"\xff\xfe",
        ]
    ),
)


def _stream() -> io.TextIOWrapper:
    # A strict UTF-8 stream, as a real terminal or pipe is: unencodable output must not slip by.
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="")


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8")


@examples(0.3)
@given(data=file_bytes, suffix=st.sampled_from([".json", ".JSON", ".txt", ""]))
@example(data=b'{"metadata": {"\\ud800": "\\udfff"}}', suffix=".json")
@example(data=b'{"\\ud800' + b"x" * 50_000 + b'": 1}', suffix=".json")
def test_any_file_gives_exit_0_or_1_and_no_traceback(data: bytes, suffix: str) -> None:
    """Whatever bytes a file holds, the command line reports and exits 0 or 1; it never crashes."""
    handle, name = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        stdout, stderr = _stream(), _stream()
        code = run([name], stdout, stderr)
        output = _text(stdout) + _text(stderr)
    finally:
        os.unlink(name)
    assert code in (0, 1)
    assert "Traceback" not in output
