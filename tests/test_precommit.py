"""The pre-commit hook: its file matches the package, and the real pre-commit runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

if sys.version_info >= (3, 11):
    import tomllib
else:  # the package's own dependency on Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
GIT = {
    "GIT_AUTHOR_NAME": "test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def test_hook_entry_is_the_console_script():
    """The hook runs the console script that pyproject.toml declares."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    (hook,) = HOOKS
    assert hook["id"] == "thread-validator"
    assert hook["language"] == "python"
    assert scripts[hook["entry"]] == "thread_validator._plain:main"


def test_hook_files_pattern_matches_json_and_yaml():
    """The hook takes .json, .yaml and .yml files, leaving out dotfiles and dot-directories."""
    import re

    (hook,) = HOOKS
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])
    names = [
        "a.json",
        "d/b.yaml",
        "c.yml",
        "d.txt",
        "e.jsonl",
        ".pre-commit-config.yaml",
        ".github/ci.yml",
        "x/.y.json",
    ]
    assert [name for name in names if files.search(name) and not exclude.search(name)] == [
        "a.json",
        "d/b.yaml",
        "c.yml",
    ]


def git(*args: str, cwd: Path) -> str:
    result = subprocess.run(
        ["git", *args],
        cwd=cwd,
        env={**os.environ, **GIT},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout.strip()


@pytest.fixture
def hook_repo(tmp_path: Path) -> tuple[Path, str]:
    """A committed copy of this working tree, so the hook is tested as it is now."""
    copy = tmp_path / "thread-validator"
    ignore = shutil.ignore_patterns(
        ".git", ".venv", "__pycache__", "*.egg-info", "build", ".pytest_cache", ".hypothesis"
    )
    shutil.copytree(ROOT, copy, ignore=ignore)
    git("init", "-q", cwd=copy)
    git("add", "-A", cwd=copy)
    git("commit", "-q", "-m", "snapshot", cwd=copy)
    return copy, git("rev-parse", "HEAD", cwd=copy)


@pytest.mark.skipif(
    shutil.which("pre-commit") is None
    and not Path(sys.executable).with_name("pre-commit").exists(),
    reason="pre-commit is not installed (it is in the test extra)",
)
def test_real_pre_commit_run(tmp_path, hook_repo):
    """pre-commit installs the hook from a local repository and fails on the bad fixture only."""
    source, rev = hook_repo
    project = tmp_path / "project"
    (project / "fixtures").mkdir(parents=True)
    (project / "fixtures" / "good.json").write_text(
        '{"messages": [{"role": "user", "content": "hi"}]}\n'
    )
    (project / "fixtures" / "bad.yaml").write_text(
        "messages:\n  - role: user\n    content: hi\n    bogus: 1\n"
    )
    (project / "notes.txt").write_text("not checked\n")
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {source}\n    rev: {rev}\n    hooks:\n      - id: thread-validator\n"
    )
    git("init", "-q", cwd=project)
    git("add", "-A", cwd=project)
    executable = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))
    env = {**os.environ, **GIT, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    result = subprocess.run(
        [executable, "run", "--all-files", "--color", "never"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        "fixtures/bad.yaml:4:5: error unknown_parameter Unknown parameter: 'messages[0].bogus'."
        in result.stdout
    )
    assert "good.json:" not in result.stdout and "notes.txt" not in result.stdout

    (project / "fixtures" / "bad.yaml").unlink()
    git("add", "-A", cwd=project)
    result = subprocess.run(
        [executable, "run", "--all-files", "--color", "never"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
