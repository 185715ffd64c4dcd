"""The command line's rule layer: --select/--ignore/--severity, pyproject.toml, --explain."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from thread_validator.cli import run

NOISY = {
    "metadata": {"Owner": "a", "owner": "b", "k": 1},
    "tool_resources": {"code_interpreter": {"file_ids": ["file-a", "file-a"]}},
}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch project with fixtures; the tests run from a folder inside it."""
    (tmp_path / "fixtures" / "negative").mkdir(parents=True)
    (tmp_path / "fixtures" / "noisy.json").write_text(json.dumps(NOISY, indent=2))
    (tmp_path / "fixtures" / "negative" / "bad-role.json").write_text(
        '{"messages": [{"role": "bot", "content": "x"}]}'
    )
    monkeypatch.chdir(tmp_path / "fixtures")
    return tmp_path


def cli(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(
        ["--format", "json", *argv] if "--explain" not in argv else list(argv), stdout, stderr
    )
    return code, stdout.getvalue(), stderr.getvalue()


def rules_found(output: str) -> dict[str, list[tuple[str, str]]]:
    return {
        Path(file["path"]).name: [(p["rule"], p["severity"]) for p in file["problems"]]
        for file in json.loads(output)["files"]
    }


def test_without_configuration_every_rule_reports(project: Path) -> None:
    code, out, _ = cli(".")
    assert code == 1
    assert rules_found(out) == {
        "bad-role.json": [("S102", "error")],
        "noisy.json": [("L504", "warning"), ("S101", "error"), ("L501", "warning")],
    }


def test_pyproject_settings_apply_from_a_subfolder(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        "[tool.thread-validator]\n"
        'ignore = ["L504"]\n'
        'severity = { L501 = "error" }\n'
        "[tool.thread-validator.per-file-ignores]\n"
        '"fixtures/negative/*" = ["S"]\n'
    )
    code, out, _ = cli(".")
    assert rules_found(out) == {
        "bad-role.json": [],
        "noisy.json": [("S101", "error"), ("L501", "error")],
    }
    assert code == 1


def test_flags_win_over_the_file(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.thread-validator]\nselect = ["S"]\nstrict = true\n'
    )
    code, out, _ = cli("--select", "L501", "--severity", "L501=warning", "noisy.json")
    assert rules_found(out) == {"noisy.json": [("L501", "warning")]}
    assert code == 1  # strict = true in the file: the warning fails
    code, out, _ = cli("--isolated", "--select", "L501", "noisy.json")
    assert code == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--select", "F4O2", "."], "unknown rule 'F4O2'; did you mean 'F402'?"),
        (["--ignore", "duplicate-ids", "."], "did you mean 'duplicate-id'?"),
        (["--severity", "L501=loud", "."], "must be 'error' or 'warning'"),
        (["--explain", "P2O1"], "did you mean 'P201'?"),
        (["--explain", "L"], "names several: L501, L502"),
        (["--api-version", "v1", "--kind", "thread_object", "."], "has no schema in API v1"),
    ],
)
def test_bad_rule_names_are_usage_errors(project: Path, argv: list[str], message: str) -> None:
    code, out, err = cli(*argv)
    assert code == 2
    assert message in err


def test_bad_configuration_is_a_usage_error(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.thread-validator]\nignore = ["L5O1"]\n')
    code, _, err = cli(".")
    assert code == 2 and "unknown rule 'L5O1'; did you mean 'L501'?" in err
    (project / "pyproject.toml").write_text('[tool.thread-validator]\nkind = "assistant"\n')
    code, _, err = cli(".")
    assert code == 2 and "kind must be one of" in err


def test_explain_prints_the_rules_page(project: Path) -> None:
    code, out, _ = cli("--explain", "chunk-overlap-above-half")
    assert code == 0
    assert out.startswith("P201 chunk-overlap-above-half (error, from the spec prose)")
    assert "Fails:" in out and "Passes:" in out


def test_api_version_and_kind_from_the_command_line(project: Path) -> None:
    (project / "fixtures" / "v1.json").write_text(
        '{"messages": [{"role": "user", "content": "hi", "file_ids": ["file-a"]}]}'
    )
    assert rules_found(cli("v1.json")[1]) == {"v1.json": [("S105", "error")]}
    assert cli("--api-version", "v1", "v1.json")[0] == 0
    (project / "fixtures" / "thread.json").write_text(
        '{"id": "thread_abc123", "object": "thread", "created_at": 1, "metadata": {}, "tool_resources": {}}'
    )
    assert cli("--kind", "thread_object", "thread.json")[0] == 0


def test_text_output_names_the_rule(project: Path) -> None:
    stdout = io.StringIO()
    run(["negative/bad-role.json"], stdout, io.StringIO())
    assert stdout.getvalue().splitlines()[0].endswith("[S102]")


@pytest.mark.slow
def test_as_a_new_user_sets_it_up(project: Path) -> None:
    """The console script, in a scratch project configured only through pyproject.toml."""
    (project / "pyproject.toml").write_text(
        '[project]\nname = "mine"\n\n[tool.thread-validator]\nignore = ["L"]\n'
    )
    script = Path(sys.executable).with_name("thread-validator")
    result = subprocess.run(
        [str(script), "noisy.json"],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "noisy.json:5:10: error invalid_type Invalid type for 'metadata.k': expected a string, but got an integer instead. [S101]",
        "1 file checked: 1 error, 0 warnings; 1 file with errors.",
    ]
