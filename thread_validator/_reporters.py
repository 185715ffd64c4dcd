"""Reporters: checked files in, one output format out. Only reporters write results.

A reporter is a class taking the output stream and a few options, with one method,
``report(results)``; :data:`REPORTER_BY_NAME` maps each ``--format`` name to its class, so a new
format is one class and one entry.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import ClassVar, TextIO

from ._display import display_path, escape_surrogates
from ._files import FileResult, Finding
from ._plain import no_problems
from ._problem import Problem
from ._rules import RULE_BY_ID

TOOL = "thread-validator"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)


def summary(results: Sequence[FileResult]) -> str:
    errors = sum(result.errors for result in results)
    warnings = sum(result.warnings for result in results)
    failing = sum(not result.valid for result in results)
    if not errors and not warnings:
        return no_problems(len(results))
    files = f"{len(results)} {'file' if len(results) == 1 else 'files'} checked"
    counts = f"{errors} {'error' if errors == 1 else 'errors'}, {warnings} {'warning' if warnings == 1 else 'warnings'}"
    return f"{files}: {counts}; {failing} {'file' if failing == 1 else 'files'} with errors."


class Reporter:
    """Writes results to ``stream``; ``color`` asks for ANSI colours (only text uses them)."""

    def __init__(self, stream: TextIO, color: bool = False) -> None:
        self.stream = stream
        self.color = color

    def report(self, results: Sequence[FileResult]) -> None:
        raise NotImplementedError


class TextReporter(Reporter):
    """``path:line:column: severity code message [RULE]`` per problem, then a summary line."""

    _COLORS: ClassVar[dict[str, str]] = {"error": "\033[31m", "warning": "\033[33m"}
    _BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"

    def report(self, results: Sequence[FileResult]) -> None:
        for result in results:
            for finding in result.findings:
                self.stream.write(self._line(result.path, finding.problem) + "\n")
        self.stream.write(self._paint(summary(results), self._BOLD) + "\n")

    def _line(self, path: str, problem: Problem) -> str:
        where = f"{display_path(path)}:{problem.line or 1}:{problem.column or 1}:"
        severity = self._paint(problem.severity, self._COLORS[problem.severity])
        rule = f" {self._paint(f'[{problem.rule}]', self._DIM)}" if problem.rule else ""
        return f"{self._paint(where, self._BOLD)} {severity} {self._paint(problem.code, self._DIM)} {problem.message}{rule}"

    def _paint(self, text: str, style: str) -> str:
        return f"{style}{text}{self._RESET}" if self.color else text


def problem_document(finding: Finding) -> dict[str, object]:
    """A finding as the JSON format's problem object (its fields are documented and stable)."""
    data = finding.problem.to_dict()
    data["document"] = finding.document
    return data


class JsonReporter(Reporter):
    """``{"files": [{"path", "valid", "problems": [...]}], "summary": {...}}``."""

    def report(self, results: Sequence[FileResult]) -> None:
        document = {
            "files": [
                {
                    "path": display_path(result.path),
                    "valid": result.valid,
                    "documents": result.documents,
                    "problems": [problem_document(finding) for finding in result.findings],
                }
                for result in results
            ],
            "summary": {
                "files": len(results),
                "invalid_files": sum(not result.valid for result in results),
                "errors": sum(result.errors for result in results),
                "warnings": sum(result.warnings for result in results),
            },
        }
        write_json(document, self.stream)


class SarifReporter(Reporter):
    """SARIF 2.1.0: one run, the catalogue's rules that were seen, one result per problem."""

    def report(self, results: Sequence[FileResult]) -> None:
        from . import __version__

        ids = sorted(
            {finding.problem.rule or "" for result in results for finding in result.findings}
        )
        index = {rule_id: position for position, rule_id in enumerate(ids)}
        rules = [_sarif_rule(rule_id) for rule_id in ids]
        sarif_results = [
            {
                "ruleId": finding.problem.rule or "",
                "ruleIndex": index[finding.problem.rule or ""],
                "level": finding.problem.severity,
                "message": {"text": finding.problem.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(result.path)},
                            "region": {
                                "startLine": finding.problem.line or 1,
                                "startColumn": finding.problem.column or 1,
                            },
                        },
                    }
                ],
                "properties": {
                    "code": finding.problem.code,
                    "pointer": finding.problem.pointer,
                    "param": finding.problem.param,
                    "document": finding.document,
                },
            }
            for result in results
            for finding in result.findings
        ]
        log = {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": TOOL,
                            "version": __version__,
                            "rules": rules,
                        }
                    },
                    # Columns count characters, as in every other format, not UTF-16 code units.
                    "columnKind": "unicodeCodePoints",
                    "results": sarif_results,
                }
            ],
        }
        write_json(log, self.stream)


def write_json(document: object, stream: TextIO) -> None:
    """JSON readable as written (non-ASCII stays), and always valid UTF-8: lone surrogates, which
    a JSON body's keys may hold, are written as escapes."""
    stream.write(escape_surrogates(json.dumps(document, indent=2, ensure_ascii=False)) + "\n")


def _sarif_rule(rule_id: str) -> dict[str, object]:
    rule = RULE_BY_ID.get(rule_id)
    if rule is None:  # a problem no rule reports: named, without metadata
        return {"id": rule_id or "unknown"}
    return {
        "id": rule.id,
        "name": "".join(word.capitalize() for word in rule.name.split("-")),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation},
        "help": {"text": rule.page()},
        "defaultConfiguration": {"level": rule.severity},
        "properties": {"source": rule.source, "codes": list(rule.codes)},
    }


def _uri(path: str) -> str:
    """A relative URI reference for a path as given (what code scanning matches to the repo)."""
    from urllib.parse import quote  # only SARIF needs it; it costs 5 ms of start-up

    if os.sep != "/":
        # Only where the backslash separates folders: on POSIX it is part of a file's name.
        path = path.replace(os.sep, "/")
    # The name's bytes as the file system has them (a name that is not UTF-8 included).
    return quote(os.fsencode(path.removeprefix("./")), safe="/")


class GithubReporter(Reporter):
    """GitHub Actions workflow commands: one ``::error``/``::warning`` annotation per problem."""

    def report(self, results: Sequence[FileResult]) -> None:
        for result in results:
            for finding in result.findings:
                problem = finding.problem
                properties = ",".join(
                    f"{name}={escape_property(str(value))}"
                    for name, value in (
                        ("file", display_path(result.path)),
                        ("line", problem.line or 1),
                        ("col", problem.column or 1),
                        (
                            "title",
                            f"{TOOL} {problem.rule} {problem.code}"
                            if problem.rule
                            else f"{TOOL} {problem.code}",
                        ),
                    )
                )
                self.stream.write(
                    f"::{problem.severity} {properties}::{escape_data(problem.message)}\n"
                )
        self.stream.write(summary(results) + "\n")


def escape_data(text: str) -> str:
    """Escape a workflow command's message, as the Actions toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value, as the Actions toolkit does."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


REPORTER_BY_NAME: dict[str, type[Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "sarif": SarifReporter,
    "github": GithubReporter,
}
