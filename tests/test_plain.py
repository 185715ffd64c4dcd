"""The console script's plain path (``_plain``): what it answers alone is what the full command
line answers, it leaves everything else to it, and it imports nothing the answer does not need."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import thread_validator
from thread_validator import _plain, cli
from thread_validator._config import find_pyproject
from thread_validator._rules import checks

CORPUS = Path(__file__).resolve().parent / "corpus"
VALID = '{"messages": [{"role": "user", "content": "hi"}]}'


def full(arguments: list[str]) -> tuple[int, str, str]:
    """The full command line's answer, without the plain path."""
    out, err = io.StringIO(), io.StringIO()
    return cli.run(arguments, out, err), out.getvalue(), err.getvalue()


def console(arguments: list[str], monkeypatch: pytest.MonkeyPatch, capsys) -> tuple[int, str, str]:
    """The console script's answer, plain path first (in-process)."""
    monkeypatch.setattr(sys, "argv", ["thread-validator", *arguments])
    with pytest.raises(SystemExit) as stop:
        _plain.main()
    captured = capsys.readouterr()
    return stop.value.code, captured.out, captured.err  # type: ignore[return-value]


def odd_files(folder: Path) -> list[str]:
    """Files of every kind the plain path must leave to the full one, and two clean ones."""
    files = {
        "clean.json": VALID.encode(),
        "also-clean.JSON": b"{}",
        "duplicate.json": b'{"metadata": {"k": "a", "k": "b"}}',
        "nan.json": b'{"metadata": {"k": NaN}}',
        "bom.json": b"\xef\xbb\xbf" + VALID.encode(),
        "utf16.json": VALID.encode("utf-16"),
        "latin1.json": '{"metadata": {"k": "caf\xe9"}}'.encode("latin-1"),
        "nul.json": b'{"metadata": {"k": "\x00"}}',
        "empty.json": b"  \n",
        "broken.json": b'{"messages": [}',
        "deep.json": b"[" * 100_000 + b"]" * 100_000,
        "long-int.json": b'{"metadata": {"k": ' + b"9" * 5000 + b"}}",
        "invalid.json": b'{"messages": [{"role": "system", "content": "hi"}]}',
        "warning.json": b'{"metadata": {"Owner": "a", "owner": "b"}}',
        "scalar.json": b'"a string"',
        "body.yaml": VALID.encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [str(folder / name) for name in files]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder without settings on the way up, as the current directory."""
    folder = tmp_path / "project"
    folder.mkdir()
    monkeypatch.chdir(folder)
    if _plain._configured(str(folder)):
        pytest.skip("a pyproject.toml above the temporary folder mentions thread-validator")
    return folder


def test_only_clean_files_are_clean(project: Path) -> None:
    paths = odd_files(project)
    assert _plain.clean_files(paths) == (
        paths,
        {str(project / "clean.json"), str(project / "also-clean.JSON")},
    )


def test_the_console_script_answers_as_the_full_command_line(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """On every odd file alone, on all of them at once, and on clean files only."""
    paths = odd_files(project)
    runs = [[path] for path in paths] + [paths, paths[:2], paths[:2] * 2]
    for arguments in runs:
        assert console(arguments, monkeypatch, capsys) == full(arguments), arguments


def test_every_corpus_file_gets_the_full_command_line_s_answer(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    files = sorted(str(path) for path in CORPUS.rglob("*.json"))
    found = _plain.clean_files(files)
    assert found is not None and found[1], "no corpus file is clean: the plain path never answers"
    for path in files:
        assert console([path], monkeypatch, capsys) == full([path]), path
    assert console(files, monkeypatch, capsys) == full(files)


def test_clean_files_are_not_read_again(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    paths = odd_files(project)
    read: list[str] = []
    check_path = cli.check_path

    def reading(path: str, *args: object, **kwargs: object) -> object:
        read.append(path)
        return check_path(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "check_path", reading)
    console(paths, monkeypatch, capsys)
    clean = {str(project / "clean.json"), str(project / "also-clean.JSON")}
    assert read == [path for path in paths if path not in clean]


@pytest.mark.parametrize(
    "arguments",
    [
        [],
        ["-"],
        ["--strict", "a.json"],
        ["a.json", "--format=json"],
        ["--", "a.json"],
        ["migrate", "a.json"],
    ],
)
def test_options_leave_the_run_to_the_full_command_line(
    project: Path, arguments: list[str]
) -> None:
    (project / "a.json").write_text(VALID)
    assert _plain.clean_files(arguments) is None


@pytest.mark.parametrize(
    ("text", "configured"),
    [
        ('[project]\nname = "x"\n', False),
        ('[project]\nname = "x"\ndependencies = ["thread-validator>=0.1"]\n', False),
        ("[tool.thread-validator]\nstrict = true\n", True),
        ('[tool."thread-validator"]\nignore = ["L"]\n', True),
    ],
)
def test_settings_on_the_way_up_leave_the_run_to_the_full_command_line(
    project: Path, monkeypatch: pytest.MonkeyPatch, text: str, configured: bool
) -> None:
    (project / "pyproject.toml").write_text(text)
    inner = project / "fixtures" / "deeper"
    inner.mkdir(parents=True)
    (inner / "a.json").write_text(VALID)
    monkeypatch.chdir(inner)
    assert (_plain.clean_files(["a.json"]) is None) is configured
    # The full command line finds a configuration in exactly the same files.
    assert (find_pyproject(inner) is not None) is configured


def test_settings_that_change_the_answer_are_kept(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """A clean file under the defaults, and a configuration that makes its warning-free body
    fail (--kind message: a thread body is no message)."""
    (project / "a.json").write_text(VALID)
    (project / "pyproject.toml").write_text('[tool.thread-validator]\nkind = "message"\n')
    status, out, _ = console(["a.json"], monkeypatch, capsys)
    assert status == 1 and "no problems" not in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_not_read(project: Path) -> None:
    """Opened without blocking: a FIFO named x.json (or pyproject.toml) never hangs the run."""
    os.mkfifo(project / "x.json")
    os.mkfifo(project / "pyproject.toml")
    assert _plain.clean_files([str(project / "x.json")]) is None  # the full path reports it


def test_a_screen_calling_a_function_outside_runtime_is_refused() -> None:
    """``plain_source`` binds the screens' functions by importing them from ``_runtime``; a
    rule whose screen calls another function gets no plain scanner written (the generation
    fails, and with it tests/test_generated.py)."""
    from test_warnings_pass import throwaway_rule

    from thread_validator import _fast

    with throwaway_rule({"metadata": lambda metadata, context: "flag" in metadata}):
        with pytest.raises(_fast.Unsupported, match="_runtime only"):
            _fast.plain_source()
    assert "def scan(body, context):" in _fast.plain_source()


def test_a_screen_reading_more_of_the_context_is_refused() -> None:
    """The plain context holds the server's ID prefixes, the kind's request flag and the API
    version: a screen that reads anything else gets no plain scanner written."""
    from test_warnings_pass import throwaway_rule

    from thread_validator import _fast, _rules

    with throwaway_rule({"metadata": _rules.screen("context.kind.name == 'thread'")}):
        with pytest.raises(_fast.Unsupported, match=r"kind\.name"):
            _fast.plain_source()


def test_a_clean_run_imports_nothing_the_answer_does_not_need(tmp_path: Path) -> None:
    """Neither typing, pathlib, argparse, the package's public API, the rule catalogue nor the
    full command line: the plain path's whole point."""
    (tmp_path / "a.json").write_text(VALID)
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "sys.argv = ['thread-validator', 'a.json']\n"
        "from thread_validator._plain import main\n"
        "try:\n    main()\nexcept SystemExit as stop:\n    status = stop.code\n"
        "heavy = ('typing', 'pathlib', 'argparse', 'thread_validator.cli', "
        "'thread_validator._validator', 'thread_validator._rules', 'thread_validator._kinds', "
        "'jsonschema', 'yaml')\n"
        "print(status, sorted(m for m in heavy if m in sys.modules and m not in before))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    if "no problems" not in done.stdout:
        pytest.skip(f"not a plain run here (settings above {tmp_path}?): {done.stdout}")
    assert done.stdout.splitlines()[-1] == "0 []"


@pytest.mark.parametrize("paths", [["a.json"], ["a.json", "fixtures/", "b.yaml"]])
def test_the_arguments_the_plain_path_hands_over_are_the_parser_s(paths: list[str]) -> None:
    """Handed the files (paths and no option), the full command line takes the defaults
    without building its parser: they must be what the parser gives."""
    parser = cli.build_parser(io.StringIO(), io.StringIO())
    assert vars(cli.defaults(paths)) == vars(parser.parse_args(paths))


def test_a_run_with_a_problem_builds_no_argument_parser(tmp_path: Path) -> None:
    """The plain path hands a file with a problem to the full command line with the files it
    found: the report is the full path's, without argparse's parser (its help formatter
    imports shutil) or a second look for the files."""
    (tmp_path / "a.json").write_text(VALID)
    (tmp_path / "b.json").write_text('{"messages": [{"role": "system", "content": "hi"}]}')
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "sys.argv = ['thread-validator', 'a.json', 'b.json']\n"
        "from thread_validator import cli\n"
        "def refuse(*args, **kwargs):\n    raise AssertionError('the parser was built')\n"
        "cli.build_parser = refuse\n"
        "from thread_validator._plain import main\n"
        "try:\n    main()\nexcept SystemExit as stop:\n    status = stop.code\n"
        "print(status, 'shutil' in sys.modules and 'shutil' not in before)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    if "b.json" not in done.stdout:
        pytest.skip(f"not a plain run here (settings above {tmp_path}?): {done.stdout}")
    assert "invalid_value" in done.stdout
    assert done.stdout.splitlines()[-1] == "1 False"


def test_the_package_imports_its_public_names_on_first_use() -> None:
    code = (
        "import sys, thread_validator\n"
        "print(sorted(m for m in sys.modules if m.startswith('thread_validator.')))\n"
        "from thread_validator import validate\n"
        "print(validate.__module__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["[]", "thread_validator._validator"]
    assert set(thread_validator._MODULE_OF) == set(thread_validator.__all__)
    for name in thread_validator.__all__:
        assert getattr(thread_validator, name) is not None
        assert name in dir(thread_validator)
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        thread_validator.nothing  # noqa: B018 - the lookup is the test


@pytest.mark.parametrize(
    ("redirect", "status", "said"),
    [
        ("> /dev/full", 2, "thread-validator: error: cannot write the report: "),
        (">&-", 2, "thread-validator: error: standard output is closed"),
    ],
)
def test_a_clean_report_that_cannot_be_written(
    tmp_path: Path, redirect: str, status: int, said: str
) -> None:
    """The plain path's one line, to a full disk or a closed stream: a status and one line."""
    if redirect == "> /dev/full" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    (tmp_path / "a.json").write_text(VALID)
    command = f'exec "{sys.executable}" -m thread_validator a.json {redirect}'
    done = subprocess.run(
        ["sh", "-c", command],
        capture_output=False,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == status
    assert done.stderr.decode().startswith(said) and done.stderr.decode().count("\n") == 1


def test_a_clean_report_to_a_closed_pipe(tmp_path: Path) -> None:
    """The reader went away: status 1, nothing said, no traceback."""
    (tmp_path / "a.json").write_text(VALID)
    code = (
        "import os, sys, runpy; r, w = os.pipe(); os.close(r); os.dup2(w, 1); "
        "sys.argv = ['thread-validator', 'a.json']; runpy.run_module('thread_validator', run_name='__main__')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert (done.returncode, done.stderr) == (1, "")


def test_the_plain_scanner_s_names_stand_for_what_the_registry_binds() -> None:
    """Each name the plain scanner's screens use is what ``_fast.bind`` binds the generated
    scanner's same name to, from the registered rules: the same function, or an equal value."""
    from thread_validator import _fast, _generated, _generated_plain
    from thread_validator._schema import document_key

    kind = cli.DEFAULTS["kind"]
    key = (kind, document_key(kind, cli.DEFAULTS["api-version"]))
    scan = _fast.bind("SCANS", key, checks())
    assert scan is _generated.SCANS[key][0]
    names = _generated.SCANS[key][2]
    prefix = f"_scan_{key[0]}_{key[1]}"
    # The plain scanner has no handlers, so none of the functions that run the screens below
    # a reported value (``_sm``): every other name is its.
    used = [name for name in names if not name.startswith(f"{prefix}_sm")]
    assert used and len(used) < len(names)
    for name in used:
        bound, plain = scan.__globals__[name], vars(_generated_plain)[name.removeprefix(prefix)]
        assert bound is plain or (not callable(bound) and bound == plain), name


def test_directories_are_expanded_as_the_full_command_line_does(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """Clean and odd files side by side, hidden files and folders, YAML: the same answer, and
    the files the full path's expansion lists."""
    odd_files(project)
    (project / ".hidden").mkdir()
    (project / ".hidden" / "skipped.json").write_text("{")
    (project / "nested" / "deeper").mkdir(parents=True)
    (project / "nested" / "deeper" / "z.json").write_text(VALID)
    (project / "nested" / ".dot.json").write_text("{")
    clean_only = project / "nested"
    for arguments in (
        [str(project)],
        [str(clean_only)],
        [str(CORPUS / "thread" / "valid")],
        [str(CORPUS)],
    ):
        found = _plain.clean_files(arguments)
        assert found is not None
        assert found[0] == list(_plain.expand(arguments))
        assert console(arguments, monkeypatch, capsys) == full(arguments), arguments
    assert _plain.clean_files([str(clean_only)]) == (
        [str(clean_only / "deeper" / "z.json")],
        {str(clean_only / "deeper" / "z.json")},
    )


def test_traffic_and_missing_paths_leave_the_run_to_the_full_command_line(project: Path) -> None:
    (project / "a.json").write_text(VALID)
    (project / "logs").mkdir()
    (project / "logs" / "requests.jsonl").write_text(VALID + "\n")
    assert _plain.clean_files([str(project / "logs")]) is None
    assert _plain.clean_files([str(project / "logs" / "requests.jsonl")]) is None
    assert _plain.clean_files(["a.json", "missing.json"]) is None


def test_the_plain_path_lists_the_suffixes_the_loaders_read() -> None:
    from thread_validator._files import SUFFIXES

    assert _plain.BODY_SUFFIXES == tuple(SUFFIXES)
