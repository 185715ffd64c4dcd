"""Which rules run, at which severity: ``[tool.thread-validator]`` in pyproject.toml and the flags.

The configuration file is found as ruff finds its own: walking up from the current directory to
the first ``pyproject.toml`` that has a ``[tool.thread-validator]`` table. Command-line settings win
over the file's, setting by setting.
"""

from __future__ import annotations

import contextlib
import fnmatch
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path, PurePath
from types import MappingProxyType
from typing import Any, NamedTuple

# Shared with the console script's plain path, which looks for the table without this module.
from ._plain import MAX_CONFIG_BYTES, SECTION, has_table
from ._problem import Problem, Severity
from ._rules import catalogue

SEVERITIES: tuple[str, ...] = ("error", "warning")
KNOWN_SETTINGS = (
    "select",
    "ignore",
    "severity",
    "per-file-ignores",
    "strict",
    "kind",
    "api-version",
    "format",
    "max-bytes",
    "server",
)


class ConfigError(ValueError):
    """The configuration or a flag names something that does not exist (exit code 2)."""


class Settings(NamedTuple):
    """Which rules run, at which severity; ``override`` puts the command line's on top.

    ``root`` is the folder per-file patterns are rooted at (that of the pyproject.toml that set
    them); ``options`` holds the file's other settings (kind, strict, format, ...) for the CLI.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = MappingProxyType({})
    per_file_ignores: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    root: Path | None = None
    source: Path | None = None
    options: Mapping[str, Any] = MappingProxyType({})

    def override(self, **flags: Any) -> Settings:
        """These settings with the command line's on top (a flag given wins over the file)."""
        changes: dict[str, Any] = {}
        if flags.get("select") is not None:
            changes["select"] = tuple(expand_selectors(flags["select"], "--select"))
        if flags.get("ignore") is not None:
            changes["ignore"] = tuple(expand_selectors(flags["ignore"], "--ignore"))
        if flags.get("severity"):
            changes["severity"] = {
                **self.severity,
                **parse_severities(flags["severity"], "--severity"),
            }
        return self._replace(**changes)

    def enabled(self, rule_id: str, path: str | None = None) -> bool:
        if self.select and not _matches(rule_id, self.select):
            return False
        if _matches(rule_id, self.ignore):
            return False
        return not (path is not None and _matches(rule_id, self._file_ignores(path)))

    def apply(self, problems: Iterable[Problem], path: str | None = None) -> list[Problem]:
        """Drop the problems of rules not selected here, and set the configured severities."""
        return [
            kept
            for kept in (self.apply_one(problem, path) for problem in problems)
            if kept is not None
        ]

    def apply_one(self, problem: Problem, path: str | None = None) -> Problem | None:
        """The problem as configured, or ``None`` when its rule is not selected for ``path``."""
        rule = problem.rule or ""
        if not self.enabled(rule, path):
            return None
        severity = self._severity_of(rule)
        return (
            problem if severity in (None, problem.severity) else problem.replace(severity=severity)
        )

    def _severity_of(self, rule_id: str) -> Severity | None:
        # The most specific setting wins: "L501" over "L5" over "L".
        best: tuple[int, Severity] | None = None
        for selector, severity in self.severity.items():
            if rule_id.startswith(selector) and (best is None or len(selector) > best[0]):
                best = (len(selector), severity)
        return best[1] if best else None

    def _file_ignores(self, path: str) -> tuple[str, ...]:
        if not self.per_file_ignores:
            return ()
        candidate = PurePath(path)
        if self.root is not None:
            with contextlib.suppress(ValueError):  # a file outside the root: its own path
                candidate = Path(path).resolve().relative_to(self.root.resolve())
        text = candidate.as_posix()
        found: list[str] = []
        for pattern, ids in self.per_file_ignores.items():
            if fnmatch.fnmatchcase(text, pattern) or fnmatch.fnmatchcase(candidate.name, pattern):
                found.extend(ids)
        return tuple(found)


def _matches(rule_id: str, selectors: Sequence[str]) -> bool:
    return any(rule_id.startswith(selector) for selector in selectors)


def expand_selectors(values: Iterable[str], where: str) -> list[str]:
    """Rule ids, id prefixes ("L", "S1") or rule names, comma-separated or not, checked."""
    selectors = []
    for value in values:
        for item in str(value).split(","):
            item = item.strip()
            if item:
                selectors.append(check_selector(item, where))
    return selectors


def check_selector(selector: str, where: str) -> str:
    upper = selector.upper()
    if upper == "ALL":
        return ""
    rules = catalogue()
    if any(rule.id.startswith(upper) for rule in rules):
        return upper
    by_name = {rule.name: rule.id for rule in rules}
    if selector in by_name:
        return by_name[selector]
    candidates = [rule.id for rule in rules] + list(by_name)
    import difflib  # only for a mistake: it costs import time on every run

    match = difflib.get_close_matches(selector, candidates, n=1, cutoff=0.6)
    hint = f"; did you mean {match[0]!r}?" if match else ""
    raise ConfigError(
        f"{where}: unknown rule {selector!r}{hint} (see the rules table in the README)"
    )


def parse_severities(values: Iterable[str] | Mapping[str, str], where: str) -> dict[str, Severity]:
    pairs: list[tuple[str, str]] = []
    if isinstance(values, Mapping):
        pairs = [(str(key), str(value)) for key, value in values.items()]
    else:
        for value in values:
            for item in str(value).split(","):
                if not item.strip():
                    continue
                if "=" not in item:
                    raise ConfigError(f"{where}: expected RULE=LEVEL, got {item.strip()!r}")
                rule, level = item.split("=", 1)
                pairs.append((rule.strip(), level.strip()))
    result: dict[str, Severity] = {}
    for rule, level in pairs:
        if level not in SEVERITIES:
            raise ConfigError(
                f"{where}: severity for {rule!r} must be 'error' or 'warning', not {level!r}"
            )
        result[check_selector(rule, where)] = level  # type: ignore[assignment]
    return result


def find_pyproject(start: Path) -> Path | None:
    """The closest pyproject.toml, from ``start`` upwards, with a [tool.thread-validator] table."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and _has_section(candidate):
            return candidate
    return None


def _read(path: Path) -> str:
    """The text of a configuration file; raises OSError, UnicodeDecodeError or ConfigError."""
    from ._files import read_at_most

    with path.open("rb") as stream:
        data = read_at_most(stream, MAX_CONFIG_BYTES)
    if data is None:
        raise ConfigError(
            f"{path}: cannot read the configuration: larger than {MAX_CONFIG_BYTES:,} bytes"
        )
    return data.decode("utf-8")


def _has_section(path: Path) -> bool:
    try:
        text = _read(path)
    except (OSError, UnicodeDecodeError, ConfigError):
        return False
    return has_table(text)


def load(path: Path) -> Settings:
    """Read and check ``[tool.thread-validator]`` of one pyproject.toml."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # a dependency on Python 3.10 only
        import tomli as tomllib

    try:
        data = tomllib.loads(_read(path))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the configuration: {error}") from None
    table = data.get("tool", {}).get(SECTION, {})
    where = f"{path} [tool.{SECTION}]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table")
    for key in table:
        if key not in KNOWN_SETTINGS:
            import difflib

            match = difflib.get_close_matches(key, KNOWN_SETTINGS, n=1)
            hint = f"; did you mean {match[0]!r}?" if match else ""
            raise ConfigError(f"{where}: unknown setting {key!r}{hint}")
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f"{where}: per-file-ignores must be a table of pattern = [rules]")
    return Settings(
        select=tuple(
            expand_selectors(_list(table.get("select", []), where, "select"), f"{where} select")
        ),
        ignore=tuple(
            expand_selectors(_list(table.get("ignore", []), where, "ignore"), f"{where} ignore")
        ),
        severity=parse_severities(_table(table.get("severity", {}), where), f"{where} severity"),
        per_file_ignores={
            str(pattern): tuple(
                expand_selectors(
                    _list(ids, where, f"per-file-ignores {pattern!r}"), f"{where} per-file-ignores"
                )
            )
            for pattern, ids in per_file.items()
        },
        root=path.parent,
        source=path,
        options={
            key: value
            for key, value in table.items()
            if key not in ("select", "ignore", "severity", "per-file-ignores")
        },
    )


def discover(start: Path) -> Settings:
    found = find_pyproject(start)
    return load(found) if found else Settings()


def _list(value: Any, where: str, name: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: {name} must be a list of rule ids")
    return value


def _table(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError(f'{where}: severity must be a table of RULE = "error" | "warning"')
    return value
