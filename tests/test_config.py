"""Rule selection: pyproject.toml's [tool.thread-validator], flags on top, per-file ignores."""

from __future__ import annotations

from pathlib import Path

import pytest

from thread_validator import validate
from thread_validator._config import ConfigError, Settings, discover, find_pyproject, load

NOISY = {
    "metadata": {"Owner": "a", "owner": "b", "k": 1},
    "tool_resources": {"code_interpreter": {"file_ids": ["file-a", "file-a"]}},
}


def rules(problems) -> list[tuple[str, str]]:
    return [(p.rule, p.severity) for p in problems]


def write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_keep_everything() -> None:
    assert rules(Settings().apply(validate(NOISY))) == [
        ("L504", "warning"),
        ("S101", "error"),
        ("L501", "warning"),
    ]


def test_select_and_ignore_by_id_prefix_and_name() -> None:
    problems = validate(NOISY)
    assert rules(Settings().override(select=["L"]).apply(problems)) == [
        ("L504", "warning"),
        ("L501", "warning"),
    ]
    assert rules(Settings().override(ignore=["L5"]).apply(problems)) == [("S101", "error")]
    assert rules(
        Settings().override(ignore=["duplicate-id,metadata-key-case"]).apply(problems)
    ) == [("S101", "error")]


def test_severity_most_specific_wins() -> None:
    settings = Settings().override(severity=["L=error", "L504=warning"])
    assert rules(settings.apply(validate(NOISY))) == [
        ("L504", "warning"),
        ("S101", "error"),
        ("L501", "error"),
    ]


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        ({"select": ["L5O1"]}, "unknown rule 'L5O1'; did you mean 'L501'?"),
        ({"ignore": ["duplicate-ids"]}, "did you mean 'duplicate-id'?"),
        ({"severity": ["L501=fatal"]}, "must be 'error' or 'warning'"),
        ({"severity": ["L501"]}, "expected RULE=LEVEL"),
    ],
)
def test_bad_flags_are_usage_errors_with_a_hint(flags: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("?", r"\?").replace("(", r"\(")):
        Settings().override(**flags)


def test_found_walking_up_like_ruff(tmp_path: Path) -> None:
    write(tmp_path, '[tool.thread-validator]\nignore = ["L"]\n')
    write(tmp_path / "pkg", '[project]\nname = "unrelated"\n')
    deep = tmp_path / "pkg" / "tests" / "fixtures"
    deep.mkdir(parents=True)
    assert find_pyproject(deep) == tmp_path / "pyproject.toml"
    assert rules(discover(deep).apply(validate(NOISY))) == [("S101", "error")]


def test_flags_win_over_the_file(tmp_path: Path) -> None:
    settings = load(
        write(tmp_path, '[tool.thread-validator]\nselect = ["S"]\nseverity = { L501 = "error" }\n')
    )
    assert rules(settings.apply(validate(NOISY))) == [("S101", "error")]
    assert rules(settings.override(select=["L501"]).apply(validate(NOISY))) == [("L501", "error")]
    assert rules(
        settings.override(severity=["L501=warning"], select=["L501"]).apply(validate(NOISY))
    ) == [("L501", "warning")]


def test_per_file_ignores_are_rooted_at_the_config(tmp_path: Path) -> None:
    settings = load(
        write(
            tmp_path,
            '[tool.thread-validator.per-file-ignores]\n"fixtures/negative/*.json" = ["S", "L"]\n',
        )
    )
    problems = validate(NOISY)
    assert settings.apply(problems, str(tmp_path / "fixtures" / "negative" / "bad.json")) == []
    assert len(settings.apply(problems, str(tmp_path / "fixtures" / "positive" / "bad.json"))) == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[tool.thread-validator]\nselct = ["S"]\n',
            "unknown setting 'selct'; did you mean 'select'?",
        ),
        ('[tool.thread-validator]\nignore = ["X999"]\n', "unknown rule 'X999'"),
        ('[tool.thread-validator]\nignore = "L501\n', "cannot read the configuration"),
        ('[tool.thread-validator]\nseverity = ["L501=error"]\n', "severity must be a table"),
    ],
)
def test_bad_configuration_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("?", r"\?")):
        load(write(tmp_path, text))


def test_config_file_on_the_command_line_wins_over_the_one_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--config FILE` reads that file instead of the closest pyproject.toml; `--isolated` reads
    none; a FILE that does not exist is a usage error (exit 2), not a traceback."""
    import io
    import json

    from thread_validator.cli import run

    write(tmp_path, '[tool.thread-validator]\nignore = ["L"]\n')
    chosen = write(tmp_path / "elsewhere", '[tool.thread-validator]\nignore = ["S"]\n')
    (tmp_path / "noisy.json").write_text(json.dumps(NOISY), encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def found(*args: str) -> tuple[int, list[str]]:
        stdout, stderr = io.StringIO(), io.StringIO()
        code = run(["--format", "json", *args, "noisy.json"], stdout, stderr)
        if code == 2:
            return code, [stderr.getvalue()]
        [file] = json.loads(stdout.getvalue())["files"]
        return code, [problem["rule"] for problem in file["problems"]]

    assert found() == (1, ["S101"])
    assert found("--config", str(chosen)) == (0, ["L504", "L501"])
    assert found("--isolated") == (1, ["L504", "S101", "L501"])
    code, [message] = found("--config", "missing.toml")
    assert code == 2
    assert "missing.toml" in message
    assert "Traceback" not in message
