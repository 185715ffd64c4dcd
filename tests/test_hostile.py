"""Defects found by hostile input (issue 10, part 5): each test failed on the code before its fix.

Memory and time are bounded without clocks: memory by ``tracemalloc`` peaks, time by showing that
the expensive path is not taken or by input sizes that would take minutes on the old code.
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
import subprocess
import sys
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from thread_validator import Validator, validate
from thread_validator._display import MAX_EXCERPT, close_match, display_path, int_text
from thread_validator._files import check_bytes, check_path
from thread_validator._keywords import is_uri
from thread_validator._loaders import load_json, load_yaml
from thread_validator._plain import expand
from thread_validator._runtime import uri_pattern
from thread_validator.cli import run

LOADERS = {
    "libyaml": lambda text: load_yaml(text),
    "pure-python": lambda text: load_yaml(text, pure_python=True),
}


def codes(path: Path | str, data: bytes, **options: Any) -> list[str]:
    return [f.problem.code for f in check_bytes(data, str(path), **options).findings]


def cli(argv: list[str], stdout: Any = None) -> tuple[int, str, str]:
    out = stdout if stdout is not None else io.StringIO()
    err = io.StringIO()
    status = run(argv, out, err)
    return status, out.getvalue() if isinstance(out, io.StringIO) else "", err.getvalue()


def peak_bytes(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def chunking(size: object, overlap: object) -> dict[str, Any]:
    strategy = {
        "type": "static",
        "static": {"max_chunk_size_tokens": size, "chunk_overlap_tokens": overlap},
    }
    return {"tool_resources": {"file_search": {"vector_stores": [{"chunking_strategy": strategy}]}}}


# --- numbers YAML reads past what can be printed --------------------------------------------


def test_a_sexagesimal_float_too_large_for_a_double_is_a_problem_not_a_crash(
    tmp_path: Path,
) -> None:
    """PyYAML's constructor raised OverflowError; the run lost every other file's report."""
    bad = tmp_path / "a.yaml"
    bad.write_text("a: 1:" + ":".join(["0"] * 174) + ".5\n")
    assert len(bad.read_bytes()) < 400
    good = tmp_path / "b.yaml"
    good.write_text("metadata: {}\n")
    status, out, err = cli([str(bad), str(good)])
    assert status == 1 and err == ""
    assert "non_json_number" in out and "2 files checked" in out


@pytest.mark.parametrize("loader", LOADERS)
def test_a_huge_hex_integer_as_a_key_or_chunk_size_is_number_too_long(loader: str) -> None:
    """3,600 hex digits are more than 4,300 decimal ones: str() of it raised ValueError."""
    huge = "0x" + "f" * 3600
    key = LOADERS[loader](f"metadata:\n  ? {huge}\n  : b\n")
    sizes = LOADERS[loader](
        "tool_resources: {file_search: {vector_stores: [{chunking_strategy: {type: static, "
        f"static: {{max_chunk_size_tokens: {huge}, chunk_overlap_tokens: {huge}}}}}}}]}}}}\n"
    )
    for [document] in (key, sizes):
        assert "number_too_long" in [p.code for p in document.problems]
        assert all(len(p.message) < 300 for p in document.problems)


def test_huge_integers_are_written_through_one_bounded_function() -> None:
    from thread_validator._loaders import _key_text

    assert _key_text(16**3600) == int_text(16**3600)
    assert int_text(16**3600).startswith("an integer of about 4,3")
    assert int_text(-12) == "-12"


@pytest.mark.parametrize("value", [10**9000, 16**3600], ids=["10**9000", "16**3600"])
def test_validate_takes_huge_chunk_sizes(value: int) -> None:
    """Both sizes 10**9000: the P201 message's "at most {size // 2}" raised ValueError."""
    problems = validate(chunking(value, value))
    p201 = next(p for p in problems if p.code == "chunk_overlap_above_half")
    assert "at most an integer of about" in p201.message


def test_the_p201_message_quotes_at_most_40_characters_of_a_value() -> None:
    [p201] = [p for p in validate(chunking(10**39, 10**39)) if p.rule == "P201"]
    assert re.search(f"[0-9]{{{MAX_EXCERPT + 1},}}", p201.message) is None
    assert "at most an integer of about 39 digits" in p201.message


@pytest.mark.parametrize("size", [1j, 2.5 + 0j])
def test_a_complex_chunk_size_is_a_type_problem(size: complex) -> None:
    """jsonschema's "number" admitted complex, and the range keywords raised TypeError."""
    for body in (chunking(size, 1), chunking(800, size)):
        [problem] = [p for p in validate(body) if p.severity == "error"]
        assert problem.code == "invalid_type"
        assert "a Python complex (not a JSON value)" in problem.message


@pytest.mark.parametrize("loader", LOADERS)
def test_sexagesimal_integers_do_not_take_pyyaml_quadratic_path(
    loader: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyYAML's sexagesimal loop is quadratic (3 MB: 93 s): it is never called, and an integer
    past the digit limit is refused before any arithmetic, so 3 MB is read at once."""

    def refuse(*args: object) -> object:
        raise AssertionError("PyYAML's integer constructor was called")

    monkeypatch.setattr(yaml.constructor.SafeConstructor, "construct_yaml_int", refuse)
    monkeypatch.setattr(yaml.constructor.SafeConstructor, "construct_yaml_float", refuse)
    [document] = LOADERS[loader]("metadata: {a: 1:" + ":".join(["00"] * 1_000_000) + "}\n")
    assert [p.code for p in document.problems] == ["number_too_long"]


@pytest.mark.parametrize(
    "text", ["1:30:00", "-1:0:0", "1_0:30", "0x1F", "0b101", "017", "+12", "1:30:00.5", "-0.5e+3"]
)
def test_yaml_numbers_are_read_as_pyyaml_reads_them(text: str) -> None:
    expected = yaml.load(f"a: {text}", Loader=yaml.SafeLoader)["a"]
    for load in LOADERS.values():
        [document] = load(f"metadata: {{a: {text}}}\n")
        assert document.body["metadata"]["a"] == expected


def test_an_integer_too_long_to_read_is_not_also_a_string_too_long() -> None:
    found = codes("a.yaml", b"metadata:\n  a: " + b"1" * 5000 + b"\n", fmt="yaml")
    assert found == ["number_too_long"]


# --- output that cannot be broken -------------------------------------------------------------


def utf8_stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="")


def written(stream: io.TextIOWrapper) -> bytes:
    stream.flush()
    return stream.buffer.getvalue()  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_lone_surrogate_key_is_escaped_in_json_and_sarif(tmp_path: Path, fmt: str) -> None:
    """json.dump(ensure_ascii=False) wrote the surrogate raw: UnicodeEncodeError mid-document."""
    (tmp_path / "a.json").write_text('{"metadata": {"\\ud800": 1}}')
    stream = utf8_stream()
    assert run(["--format", fmt, str(tmp_path / "a.json")], stream, io.StringIO()) == 1
    data = written(stream)
    data.decode("utf-8")  # valid UTF-8 all through
    assert "/metadata/\ud800" in data.decode("utf-8").encode().decode("unicode_escape")
    assert b'"/metadata/\\ud800"' in data


@pytest.fixture
def odd_name(tmp_path: Path) -> Iterator[str]:
    """A file whose name is not UTF-8 (as the OS hands it over: with surrogate escapes)."""
    name = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"bad\xff.json"))
    try:
        with open(name, "w") as stream:
            stream.write('{"metadata": 1}')
    except (OSError, UnicodeError):
        pytest.skip("the file system takes only UTF-8 names")
    yield name


def test_a_file_name_that_is_not_utf8_is_escaped_in_every_format(odd_name: str) -> None:
    for fmt in ("text", "json", "sarif", "github"):
        stream = utf8_stream()
        assert run(["--format", fmt, odd_name], stream, io.StringIO()) == 1
        text = written(stream).decode("utf-8")
        assert "\udcff" not in text and "\xff" not in text
        if fmt == "sarif":
            assert json.loads(text)["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
                "artifactLocation"
            ]["uri"].endswith("bad%FF.json")
        elif fmt == "json":
            assert json.loads(text)["files"][0]["path"].endswith("bad\\xff.json")
        else:
            assert "bad\\xff.json" in text


def test_file_names_cannot_forge_lines_or_reach_the_terminal(tmp_path: Path) -> None:
    name = tmp_path / "x\n::error file=forged.json::forged\r\x1b[31mred\u2028.json"
    name.write_text('{"metadata": 1}')
    for fmt in ("text", "github"):
        status, out, _ = cli(["--format", fmt, str(name)])
        assert status == 1
        lines = out.splitlines()
        assert len(lines) == 2, lines  # one problem, one summary
        assert not lines[1].startswith("::")
        assert "\x1b" not in out and "\r" not in out and "\u2028" not in out
        assert "x\\n" in lines[0]
    assert display_path("a\tb\u202ec.json") == "a\\tb\\u202ec.json"
    assert display_path("ok ünïcode 名前.json") == "ok ünïcode 名前.json"


def test_json_keeps_file_names_in_its_own_escapes(tmp_path: Path) -> None:
    name = tmp_path / "line\nbreak.json"
    name.write_text("{}")
    status, out, _ = cli(["--format", "json", str(name)])
    assert status == 0
    assert json.loads(out)["files"][0]["path"].endswith("line\\nbreak.json")


@pytest.mark.skipif(os.sep != "/", reason="a backslash is a separator on Windows")
def test_sarif_keeps_a_backslash_in_a_posix_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = tmp_path / "back\\slash.json"
    name.write_text('{"metadata": 1}')
    monkeypatch.chdir(tmp_path)  # undone after the test: later tests read paths from the root
    _, out, _ = cli(["--format", "sarif", "back\\slash.json"])
    location = json.loads(out)["runs"][0]["results"][0]["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == "back%5Cslash.json"


@pytest.mark.parametrize("redirect", ["> /dev/full", ">&-"])
def test_a_report_that_cannot_be_written_is_exit_2_without_a_traceback(
    tmp_path: Path, redirect: str
) -> None:
    if redirect == "> /dev/full" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    body = tmp_path / "a.json"
    body.write_text('{"metadata": 1}' if redirect == ">&-" else '{"metadata": {"k": 1}}' * 1)
    # Enough output to fill the stream's buffer, so that the write itself fails too.
    many = [str(body)] * 300
    command = f'exec "{sys.executable}" -m thread_validator "$@" {redirect}'
    done = subprocess.run(
        ["sh", "-c", command, "sh", *many],
        capture_output=False,
        stderr=subprocess.PIPE,
        check=False,
    )
    assert done.returncode == 2
    message = done.stderr.decode()
    assert "Traceback" not in message and "Exception ignored" not in message
    assert message.startswith("thread-validator: error: ")
    assert message.count("\n") == 1


# --- files and folders ----------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_folder_yields_regular_files_only(tmp_path: Path) -> None:
    """A FIFO named x.json inside a scanned folder blocked the run forever."""
    os.mkfifo(tmp_path / "x.json")
    (tmp_path / "y.json").write_text("{}")
    assert list(expand([str(tmp_path)])) == [str(tmp_path / "y.json")]
    with pytest.raises(OSError, match="not a regular file"):
        check_path(str(tmp_path / "x.json"), io.BytesIO())


def test_a_symlink_loop_is_named_as_such(tmp_path: Path) -> None:
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    status, _, err = cli([str(loop)])
    assert status == 2
    assert "too many levels of symbolic links" in err and "no such file" not in err


@pytest.mark.parametrize("max_bytes", ["100000000000", str(2**64), "9" * 40])
def test_a_huge_max_bytes_reads_a_small_file(tmp_path: Path, max_bytes: str) -> None:
    """read(max_bytes + 1) allocated the cap up front: MemoryError, or OverflowError past 2**63."""
    small = tmp_path / "a.json"
    small.write_text("{}")
    assert cli(["--max-bytes", max_bytes, str(small)])[0] == 0
    (tmp_path / "pyproject.toml").write_text(f"[tool.thread-validator]\nmax-bytes = {2**62}\n")
    assert cli(["--config", str(tmp_path / "pyproject.toml"), str(small)])[0] == 0


def test_the_size_cap_does_not_cost_memory(tmp_path: Path) -> None:
    small = tmp_path / "a.json"
    small.write_text("{}")
    from thread_validator._files import check_stream

    def read() -> None:
        with open(small, "rb") as stream:
            check_stream(stream, "a.json", max_bytes=10**9)

    assert peak_bytes(read) < 5_000_000


def test_the_config_file_is_read_with_a_limit(tmp_path: Path) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    (tmp_path / "a.json").write_text("{}")
    status, _, err = cli(["--config", "/dev/zero", str(tmp_path / "a.json")])
    assert status == 2 and "larger than" in err


# --- memory far inside the size cap ---------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_a_long_array_in_the_wrong_place_costs_about_its_own_size(fmt: str) -> None:
    """{"metadata": [0, 0, ...]}: a position (and a YAML typing note) was kept for every value,
    1.2 GB for 10 MiB of JSON, 1.9 GB of YAML. Now only the problems' places are looked up."""
    items = 1_000_000 if fmt == "json" else 100_000
    data = ('{"metadata": [' + ",".join(["0"] * items) + "]}").encode()
    found: list[Any] = []
    peak = peak_bytes(lambda: found.append(check_bytes(data, "a", fmt=fmt)))
    [finding] = found[0].findings
    assert (finding.problem.code, finding.problem.line, finding.problem.column) == (
        "invalid_type",
        1,
        14,
    )
    # The body's list is 8 bytes an item; the old maps cost over 200 an item.
    assert peak < 40 * items + len(data) * 4


def test_a_yaml_stream_is_read_again_once_for_all_its_problems(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Positions are found on demand; a stream of many faulty documents must not be re-read
    once per document (quadratic)."""
    calls = []
    parse = yaml.parse

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return parse(*args, **kwargs)

    monkeypatch.setattr(yaml, "parse", counting)
    data = "".join(f"---\nmetadata: {n}\n" for n in range(50)).encode()
    result = check_bytes(data, "a.yaml", fmt="yaml")
    assert [(f.problem.line, f.document) for f in result.findings] == [
        (2 * n + 2, n) for n in range(50)
    ]
    assert len(calls) == 2


def test_a_long_invalid_url_is_checked_in_little_memory() -> None:
    """The keyword path's URI expression kept a backtracking state per character: 1.25 GB."""
    url = "http://" + "a" * 2_000_000 + " "
    assert peak_bytes(lambda: is_uri(url)) < 1_000_000
    body = {
        "messages": [
            {"role": "user", "content": [{"type": "image_url", "image_url": {"url": url}}]}
        ]
    }
    assert peak_bytes(lambda: validate(body)) < 20_000_000


@pytest.mark.parametrize(
    "text",
    [
        "http://a b",
        "a:%4",
        "a:%4G",
        "a:%41",
        "1a:b",
        "a",
        "",
        "a:\ud800",
        "ab+.-:x",
        "a:\x7f",
        "a:é",
    ],
)
def test_is_uri_keeps_the_language_of_the_uri_expression(text: str) -> None:
    # The one expression of the language (issue 11); it refuses lone surrogates itself.
    assert is_uri(text) == (uri_pattern().fullmatch(text) is not None)


@pytest.mark.parametrize("where", ["key", "role"])
def test_did_you_mean_on_a_huge_word_costs_no_memory(where: str) -> None:
    """difflib indexed every character of a 10 MB unknown key or role: 450 MB."""

    def body(word: str) -> dict[str, Any]:
        return {word: 1} if where == "key" else {"messages": [{"role": word, "content": "x"}]}

    # Once with a short word first: what the first invalid body of a process loads (the
    # generated code, the schema, the walker) is not what this measures.
    validate(body("kk"))
    assert peak_bytes(lambda: validate(body("k" * 2_000_000))) < 10_000_000


# --- bodies from the Python API -------------------------------------------------------------


def test_non_string_metadata_keys_are_reported() -> None:
    """{1: "a", "1": "b"} was valid, though json.dumps sends two keys "1"."""
    [problem] = validate({"metadata": {1: "a", "1": "b"}})
    assert (problem.code, problem.param, problem.on_key) == ("invalid_type", "metadata.1", True)
    assert "one of the two values would be lost" in problem.message
    [problem] = validate({"metadata": {("t",): "a"}})
    assert "cannot be serialised as JSON" in problem.message
    body = {"messages": [{"role": "user", "content": [{"type": "text", "text": "x", 2: "y"}]}]}
    assert [p.param for p in validate(body)] == ["messages[0].content[0].2"]
    deep = {
        "messages": [{"role": "user", "content": [{"type": "text", "text": "x", "e": [{None: 1}]}]}]
    }
    # The text part's unknown key 'e' is also a warning (O307): the server refuses it.
    assert [(p.param, p.rule) for p in validate(deep)] == [
        ("messages[0].content[0].e", "O307"),
        ("messages[0].content[0].e[0].null", "S101"),
    ]


def test_a_non_string_key_deep_inside_is_reported_at_its_whole_path() -> None:
    """The search for non-string keys once copied each path at every level: 100,000 levels of
    lists took 12-15 s (quadratic). The path of what it finds is spelt out only for the find."""
    inner: Any = {"metadata": {7: "a"}}
    for _ in range(20_000):
        inner = [inner]
    problems = Validator("thread", api_version="v2").validate({"metadata": {"k": "v"}, "x": inner})
    [on_key] = [p for p in problems if p.on_key and p.code == "invalid_type"]
    assert on_key.path == ("x", *[0] * 20_000, "metadata", "7")


@pytest.mark.parametrize(
    "body",
    [
        {"metadata": {1: "a"}},
        {1: "a"},
        {"messages": [{"role": "user", "content": [{"type": "text", "text": "x", 2: "y"}]}]},
        {"messages": [{"role": "user", "content": [{"type": "text", "text": "x", "e": {3: 1}}]}]},
        {"tool_resources": {"code_interpreter": {"file_ids": [], None: 1}}},
        {
            "messages": [
                {
                    "role": "user",
                    "content": "x",
                    "attachments": [
                        {"file_id": "file-1", "tools": [{"type": "file_search", 1.5: 0}]}
                    ],
                }
            ]
        },
    ],
)
def test_the_fast_path_never_passes_a_non_string_key(body: dict[Any, Any]) -> None:
    from thread_validator._fast import checker

    assert checker("thread")(body) is False
    assert any(p.code == "invalid_type" and p.on_key for p in validate(body))


def test_an_empty_key_has_a_param_of_its_own() -> None:
    """param null means "the body itself"; an empty key is ''."""
    [problem] = validate({"": 1})
    assert (problem.pointer, problem.param) == ("/", "")
    [problem] = validate({"metadata": {"": 1}})
    assert problem.param == "metadata."


# --- line numbers -------------------------------------------------------------------------


def test_a_cr_only_json_file_has_lines() -> None:
    [document] = load_json('{\r"metadata":\r1}')
    document.place()
    assert document.positions is not None
    assert document.positions.locate(("metadata",)) == (3, 1)
    [problem] = load_json('{\r"metadata":\r1,}')[0].problems
    # The line is ours to count; the column is where the json module stops (Python 3.13 points at
    # the trailing comma itself, 3.10 to 3.12 just after it).
    assert problem.line == 3
    assert problem.column in {2, 3}


@pytest.mark.parametrize("loader", LOADERS)
@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_unicode_line_separators_in_yaml_strings_do_not_shift_lines(
    loader: str, separator: str
) -> None:
    [document] = LOADERS[loader](f'a: "x{separator}y"\nmetadata: 1\n')
    document.place()
    assert document.positions is not None
    assert document.positions.locate(("metadata",)) == (2, 11)


# --- smaller ------------------------------------------------------------------------------


def test_explain_with_an_empty_name_is_a_usage_error() -> None:
    status, _, err = cli(["--explain", ""])
    assert status == 2 and "unpack" not in err and "--explain takes one rule" in err


def test_utf32_is_called_utf32() -> None:
    [problem] = check_bytes("{}".encode("utf-32"), "a.json", fmt="json").findings
    assert "UTF-32" in problem.problem.message


def test_a_merge_of_non_mappings_is_reported_once() -> None:
    assert codes("a.yaml", b"metadata:\n  <<: [1, 2]\n", fmt="yaml") == ["invalid_yaml"]


def test_stat_module_is_what_folders_use() -> None:
    # Guards the regular-file test above against a platform where FIFOs are regular files.
    assert not stat.S_ISREG(stat.S_IFIFO)


WORDS = st.text(alphabet="abcdesyrtu_-ß", max_size=12) | st.text(
    alphabet="abcdesyrtu_-ß", min_size=60, max_size=80
)


@given(WORDS, st.lists(WORDS, max_size=6), st.sampled_from([0.6, 0.7, 0.8]))
def test_did_you_mean_answers_as_difflib_does(
    word: str, candidates: list[str], cutoff: float
) -> None:
    """Its two quick bounds only spare difflib the names difflib itself would drop, and the
    answers it remembers for short words (64 characters at most) are difflib's: asked twice,
    the same."""
    import difflib

    expected = difflib.get_close_matches(word, candidates, n=1, cutoff=cutoff)
    assert close_match(word, candidates, cutoff) == (expected[0] if expected else None)
    assert close_match(word, candidates, cutoff) == (expected[0] if expected else None)


def test_did_you_mean_among_candidates_that_cannot_be_hashed() -> None:
    """Candidates of any JSON type (a list among an enum's values, from a declared kind) are
    asked afresh instead of remembered; the strings among them still answer."""
    assert close_match("asistant", [["x"], {"y": 1}, "assistant", 3]) == "assistant"
    assert close_match("zzz", [["x"], "assistant"]) is None


def test_an_enum_of_equal_values_of_other_types_says_its_own() -> None:
    """1 and True, or 1 and 1.0, are equal as Python keys: each enum's message lists its own
    values, never another's text remembered under an equal key."""
    from thread_validator._diagnose import walker
    from thread_validator._keywords import enum

    messages = [
        next(enum(walker("v2"), values, "x", {})).fields["choices"]
        for values in ([1, True], [True, 1], [1.0], [1], ["a", "b"], ["a", "b"])
    ]
    assert messages == ["1 and true", "true and 1", "1.0", "1", "'a' and 'b'", "'a' and 'b'"]


def test_a_wrong_role_is_told_without_importing_difflib() -> None:
    """No candidate can come close to 'system' among the roles: difflib (a few milliseconds of
    import) is not needed to say so."""
    script = (
        "import sys, thread_validator as tv\n"
        "[problem] = tv.validate({'messages': [{'role': 'system', 'content': 'x'}]})\n"
        "assert 'Did you mean' not in problem.message, problem.message\n"
        "assert 'difflib' not in sys.modules\n"
        "[problem] = tv.validate({'messages': [{'role': 'usr', 'content': 'x'}]})\n"
        "assert \"Did you mean 'user'\" in problem.message, problem.message\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
