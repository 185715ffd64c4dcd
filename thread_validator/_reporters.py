"""Reporters: checked files in, one output format out. Only reporters write results.

A reporter is a class taking the output stream and a few options, with one method,
``report(results)``; :data:`REPORTER_BY_NAME` maps each ``--format`` name to its class, so a new
format is one class and one entry.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO
from urllib.parse import quote as url_quote

from ._files import FileResult, Finding
from ._loaders import LOAD_CODES
from ._problem import Problem

TOOL = "thread-validator"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

#: One line per validator code, for SARIF rule descriptions (loader codes are in LOAD_CODES).
SCHEMA_CODES: dict[str, str] = {
    "invalid_type": "A value has the wrong JSON type.",
    "invalid_value": "A value is not one the API accepts.",
    "missing_required_parameter": "A required parameter is missing.",
    "unknown_parameter": "A parameter the API does not know.",
    "empty_array": "An array that must not be empty is empty.",
    "array_above_max_length": "An array has more items than the API allows.",
    "array_below_min_length": "An array has fewer items than the API requires.",
    "string_above_max_length": "A string is longer than the API allows.",
    "empty_string": "A string that must not be empty is empty.",
    "object_above_max_properties": "An object has more properties than the API allows.",
    "property_name_above_max_length": "A property name is longer than the API allows.",
    "integer_below_min_value": "An integer is below the API's minimum.",
    "integer_above_max_value": "An integer is above the API's maximum.",
    "chunk_overlap_above_half": "A chunk overlap is more than half the chunk size.",
    "conflicting_parameters": "Parameters that cannot be used together.",
}


def describe(code: str) -> str:
    return LOAD_CODES.get(code) or SCHEMA_CODES.get(code) or code.replace("_", " ").capitalize() + "."


def summary(results: Sequence[FileResult]) -> str:
    errors = sum(result.errors for result in results)
    warnings = sum(result.warnings for result in results)
    failing = sum(not result.valid for result in results)
    files = f"{len(results)} {'file' if len(results) == 1 else 'files'} checked"
    if not errors and not warnings:
        return f"{files}: no problems."
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
    """``path:line:column: severity code message`` per problem, then a summary line."""

    _COLORS = {"error": "\033[31m", "warning": "\033[33m"}
    _BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"

    def report(self, results: Sequence[FileResult]) -> None:
        for result in results:
            for finding in result.findings:
                self.stream.write(self._line(result.path, finding.problem) + "\n")
        self.stream.write(self._paint(summary(results), self._BOLD) + "\n")

    def _line(self, path: str, problem: Problem) -> str:
        where = f"{path}:{problem.line or 1}:{problem.column or 1}:"
        severity = self._paint(problem.severity, self._COLORS[problem.severity])
        return f"{self._paint(where, self._BOLD)} {severity} {self._paint(problem.code, self._DIM)} {problem.message}"

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
                    "path": result.path,
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
        json.dump(document, self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")


class SarifReporter(Reporter):
    """SARIF 2.1.0: one run, one rule per code seen, one result per problem with its region."""

    def report(self, results: Sequence[FileResult]) -> None:
        from . import __version__

        codes = sorted({finding.problem.code for result in results for finding in result.findings})
        index = {code: position for position, code in enumerate(codes)}
        rules = [
            {"id": code, "name": _rule_name(code), "shortDescription": {"text": describe(code)}}
            for code in codes
        ]
        sarif_results = [
            {
                "ruleId": finding.problem.code,
                "ruleIndex": index[finding.problem.code],
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
                "properties": {"pointer": finding.problem.pointer, "param": finding.problem.param, "document": finding.document},
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
        json.dump(log, self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")


def _rule_name(code: str) -> str:
    return "".join(word.capitalize() for word in code.split("_"))


def _uri(path: str) -> str:
    """A relative URI reference for a path as given (what code scanning matches to the repo)."""
    return url_quote(path.replace("\\", "/").removeprefix("./"), safe="/")


class GithubReporter(Reporter):
    """GitHub Actions workflow commands: one ``::error``/``::warning`` annotation per problem."""

    def report(self, results: Sequence[FileResult]) -> None:
        for result in results:
            for finding in result.findings:
                problem = finding.problem
                properties = ",".join(
                    f"{name}={escape_property(str(value))}"
                    for name, value in (
                        ("file", result.path),
                        ("line", problem.line or 1),
                        ("col", problem.column or 1),
                        ("title", f"{TOOL} {problem.code}"),
                    )
                )
                self.stream.write(f"::{problem.severity} {properties}::{escape_data(problem.message)}\n")
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
