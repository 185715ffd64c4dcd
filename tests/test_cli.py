"""The command line: paths, options, exit statuses; run in-process through ``run``."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from thread_validator import _plain, cli

FILES = Path(__file__).parent / "files"
VALID_BODY = '{"messages": [{"role": "user", "content": "hi"}]}'
INVALID_BODY = '{"messages": [{"role": "system", "content": "hi"}]}'


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, stdin: bytes = b"", stdout: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = stdout or io.StringIO(), io.StringIO()
    code = cli.run(list(argv), out, err, io.BytesIO(stdin))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "good.json").write_text(VALID_BODY)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bad.yaml").write_text("messages:\n  - role: system\n    content: hi\n")
    (tmp_path / "sub" / "notes.txt").write_text("not a body")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "skipped.json").write_text("[")
    return tmp_path


def test_exit_0_when_all_files_are_valid(tmp_path):
    """Valid files: exit status 0 and a summary."""
    (tmp_path / "a.json").write_text(VALID_BODY)
    code, out, err = run(str(tmp_path / "a.json"))
    assert (code, out, err) == (0, "1 file checked: no problems.\n", "")


def test_exit_1_when_a_file_has_an_error(tmp_path):
    """An invalid body fails the run, and its problem is placed."""
    (tmp_path / "a.json").write_text(INVALID_BODY)
    code, out, _ = run(str(tmp_path / "a.json"))
    assert code == 1
    assert out.startswith(f"{tmp_path / 'a.json'}:1:24: error invalid_value ")


def test_exit_1_for_a_file_that_does_not_parse_and_others_still_checked(tmp_path):
    """A parse failure is an error in that file; the next file is still checked."""
    (tmp_path / "a.json").write_text("{")
    (tmp_path / "b.json").write_text(INVALID_BODY)
    code, out, _ = run(str(tmp_path / "a.json"), str(tmp_path / "b.json"))
    assert code == 1
    assert [line.split(": ")[1].split()[1] for line in out.splitlines()[:2]] == [
        "invalid_json",
        "invalid_value",
    ]


@pytest.mark.parametrize(
    "argv", [["--bogus", "x.json"], ["--format", "xml", "x.json"], [], ["--max-bytes", "0", "x"]]
)
def test_exit_2_for_usage_problems(argv):
    """A bad option or no path: exit status 2, the reason on stderr, nothing on stdout."""
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert "usage: thread-validator" in err


def test_exit_2_for_a_missing_path_after_checking_the_others(tmp_path):
    """A path that does not exist is named on stderr; the existing files are still reported."""
    (tmp_path / "a.json").write_text(INVALID_BODY)
    code, out, err = run(str(tmp_path / "missing.json"), str(tmp_path / "a.json"))
    assert code == 2
    assert (
        err == f"thread-validator: error: no such file or directory: {tmp_path / 'missing.json'}\n"
    )
    assert "invalid_value" in out


def test_exit_2_for_an_unreadable_file(tmp_path, monkeypatch):
    """A file that cannot be opened is a usage problem, reported with the reason."""
    (tmp_path / "a.json").write_text(VALID_BODY)
    real_open = open

    def refuse(path, *args, **kwargs):
        if str(path).endswith("a.json"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refuse)
    code, _, err = run(str(tmp_path / "a.json"))
    assert code == 2 and "cannot read" in err and "Permission denied" in err


def test_directories_are_searched_recursively_in_order(tree):
    """A directory yields its .json/.yaml/.yml files, sorted, hidden ones skipped."""
    code, out, _ = run("--format", "json", str(tree))
    paths = [entry["path"] for entry in json.loads(out)["files"]]
    assert paths == [str(tree / "good.json"), str(tree / "sub" / "bad.yaml")]
    assert code == 1


def test_stdin_json_and_yaml():
    """'-' reads standard input, as JSON or YAML by its first character."""
    assert run("-", stdin=VALID_BODY.encode())[0] == 0
    code, out, _ = run("-", stdin=b"messages:\n  - role: system\n    content: hi\n")
    assert code == 1 and out.startswith("<stdin>:2:11: error invalid_value")


def test_kind_message():
    """--kind message checks a Create message body."""
    body = b'{"role": "user", "content": "hi"}'
    assert run("--kind", "message", "-", stdin=body)[0] == 0
    assert run("-", stdin=body)[0] == 1


def test_warnings_fail_only_with_strict(tmp_path):
    """A warning alone exits 0, or 1 under --strict."""
    (tmp_path / "a.yaml").write_bytes(b"\xef\xbb\xbfmetadata: {}\n")
    assert run(str(tmp_path / "a.yaml"))[0] == 0
    assert run("--strict", str(tmp_path / "a.yaml"))[0] == 1


def test_max_bytes(tmp_path):
    """A file over the size cap is a problem in that file, and is not read."""
    (tmp_path / "a.json").write_text(VALID_BODY)
    size = len(VALID_BODY)
    assert run("--max-bytes", str(size), str(tmp_path / "a.json"))[0] == 0
    code, out, _ = run("--max-bytes", str(size - 1), str(tmp_path / "a.json"))
    assert code == 1 and ":1:1: error file_too_large " in out


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_every_format_runs_and_keeps_exit_status(tmp_path, fmt):
    """Each format reports the problem's line; the exit status does not depend on the format."""
    (tmp_path / "a.json").write_text("{\n\n" + INVALID_BODY[1:])
    code, out, _ = run("--format", fmt, str(tmp_path / "a.json"))
    assert code == 1
    assert "3" in out and "invalid_value" in out


def test_colour_only_on_a_terminal_without_no_color(tmp_path, monkeypatch):
    """Auto colour: on for a TTY, off when NO_COLOR is set, off with --no-color."""
    (tmp_path / "a.json").write_text(INVALID_BODY)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\033[" in run(str(tmp_path / "a.json"), stdout=Tty())[1]
    assert "\033[" not in run("--no-color", str(tmp_path / "a.json"), stdout=Tty())[1]
    assert "\033[" not in run(str(tmp_path / "a.json"))[1]
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\033[" not in run(str(tmp_path / "a.json"), stdout=Tty())[1]
    assert "\033[" in run("--color", "always", str(tmp_path / "a.json"))[1]


def test_help_explains_with_examples():
    """--help exits 0 and documents exit statuses and examples."""
    code, out, _ = run("--help")
    assert code == 0
    for text in (
        "--kind",
        "--format",
        "--strict",
        "--max-bytes",
        "exit status",
        "examples:",
        "NO_COLOR",
    ):
        assert text in out


def _entry_point(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False, **kwargs)


def test_console_script(tmp_path):
    """The installed thread-validator script runs and returns the status."""
    (tmp_path / "a.yaml").write_text("messages:\n  - role: user\n    content: hi\n")
    script = Path(sys.executable).with_name("thread-validator")
    result = _entry_point(str(script), str(tmp_path / "a.yaml"))
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        "1 file checked: no problems.\n",
        "",
    )


def test_python_dash_m(tmp_path):
    """python -m thread_validator works the same, and a usage problem exits 2."""
    (tmp_path / "a.json").write_text(INVALID_BODY)
    result = _entry_point(sys.executable, "-m", "thread_validator", str(tmp_path / "a.json"))
    assert result.returncode == 1 and "invalid_value" in result.stdout
    result = _entry_point(sys.executable, "-m", "thread_validator", "--nope", "x")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_broken_pipe_is_not_a_traceback(tmp_path):
    """A reader that closes the pipe early gets no traceback on stderr."""
    for index in range(200):
        (tmp_path / f"{index:03}.json").write_text(INVALID_BODY)
    code = (
        "import os, sys, runpy; r, w = os.pipe(); os.close(r); os.dup2(w, 1); "
        "sys.argv = ['thread-validator', sys.argv[1]]; runpy.run_module('thread_validator', run_name='__main__')"
    )
    result = _entry_point(sys.executable, "-c", code, str(tmp_path))
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_keyboard_interrupt_exits_130(monkeypatch, capsys):
    """Ctrl-C ends the run with status 130 and one line, not a traceback."""

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "run", interrupted)
    monkeypatch.setattr(sys, "argv", ["thread-validator", "--strict", "x.json"])
    with pytest.raises(SystemExit) as exit:
        cli.main()
    assert exit.value.code == 130
    assert capsys.readouterr().err == "thread-validator: interrupted\n"


def test_cli_start_does_not_import_jsonschema_or_yaml_for_nothing():
    """Parsing arguments (--help) imports neither jsonschema nor yaml."""
    code = (
        "import sys, io; from thread_validator import cli; cli.run(['--help'], io.StringIO()); "
        "print(sorted(m for m in ('jsonschema', 'yaml') if m in sys.modules))"
    )
    assert _entry_point(sys.executable, "-c", code).stdout.strip() == "[]"


def test_valid_json_file_does_not_import_yaml(tmp_path):
    """Checking JSON files never imports the YAML library."""
    (tmp_path / "a.json").write_text(VALID_BODY)
    code = (
        "import sys, io; from thread_validator import cli; "
        f"cli.run([{str(tmp_path / 'a.json')!r}], io.StringIO()); print('yaml' in sys.modules)"
    )
    assert _entry_point(sys.executable, "-c", code, env={**os.environ}).stdout.strip() == "False"


def test_python_dash_m_runs_the_command_line(monkeypatch, capsys):
    """`python -m thread_validator PATH` is the console script (run here in-process)."""
    import runpy

    corpus = Path(__file__).resolve().parent / "corpus" / "thread" / "valid"
    monkeypatch.setattr(sys, "argv", ["thread_validator", str(corpus)])
    with pytest.raises(SystemExit) as stop:
        runpy.run_module("thread_validator", run_name="__main__")
    assert stop.value.code == 0
    assert "files checked" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("error", "status", "said"),
    [
        (KeyboardInterrupt(), cli.EXIT_INTERRUPTED, "thread-validator: interrupted"),
        (BrokenPipeError(32, "Broken pipe"), cli.EXIT_INVALID, ""),
        (OSError(28, "No space left on device"), cli.EXIT_USAGE, "No space left on device"),
    ],
    ids=["ctrl-c", "closed-pipe", "full-disk"],
)
def test_the_console_script_turns_interrupts_and_lost_output_into_statuses(
    monkeypatch, capsys, error, status, said
):
    """main() ends with a status and at most one line, never a traceback (in-process: the
    subprocess tests with /dev/full and a closed pipe are not seen by coverage)."""

    def fail(*_: object, **__: object) -> int:
        raise error

    monkeypatch.setattr(cli, "run", fail)
    monkeypatch.setattr(sys, "argv", ["thread-validator", "--strict", "x.json"])
    monkeypatch.setattr(_plain, "_discard_stdout", lambda: None)
    with pytest.raises(SystemExit) as stop:
        cli.main()
    assert stop.value.code == status
    err = capsys.readouterr().err
    assert said in err
    assert "Traceback" not in err


def test_a_report_that_cannot_be_written_is_a_usage_error():
    class Full(io.StringIO):
        def write(self, _text: str) -> int:
            raise OSError(28, "No space left on device")

    corpus = Path(__file__).resolve().parent / "corpus" / "thread" / "valid"
    err = io.StringIO()
    assert cli.run([str(corpus)], Full(), err) == cli.EXIT_USAGE
    assert err.getvalue() == (
        "thread-validator: error: cannot write the report: No space left on device\n"
    )
