"""The summary of a run: counts that merge (``a + b``), pickle and serialise.

A summary is what every engine returns per partition and reduces; it is bounded whatever the input
(counts, plus the first few locators of each rule), so a reduction never grows with the traffic.
Merging is associative and keeps order: ``left + right`` lists ``left``'s locators first, so any
tree of merges over partitions in input order gives the summary of one sequential run.
"""

from __future__ import annotations

import json
from typing import Any

#: How many locators of each rule a summary keeps (the first ones, in input order).
FIRST = 5
#: Distinct endpoint labels kept; further ones are counted under ``OTHER``.
MAX_ENDPOINTS = 100
OTHER = "(other endpoints)"

_COUNTS = (
    "records",
    "valid",
    "invalid",
    "unparseable",
    "skipped",
    "warned",
    "errors",
    "warnings",
    "bytes",
)


class Summary:
    """Records read and how they fared.

    ``records`` = ``valid`` + ``invalid`` + ``unparseable`` + ``skipped``: a record is unparseable
    when it (or the body it carries as a string) is not JSON, invalid when its body has an error,
    skipped when its endpoint carries no thread body. ``warned`` counts records with warnings,
    ``errors`` and ``warnings`` count problems. ``by_endpoint`` maps an endpoint label to
    ``[records, invalid]``, ``by_rule`` and ``by_code`` count problems, ``first`` holds the first
    few locators of each rule.
    """

    __slots__ = (*_COUNTS, "by_endpoint", "by_rule", "by_code", "first")

    def __init__(self) -> None:
        self.records = self.valid = self.invalid = self.unparseable = self.skipped = 0
        self.warned = self.errors = self.warnings = self.bytes = 0
        self.by_endpoint: dict[str, list[int]] = {}
        self.by_rule: dict[str, int] = {}
        self.by_code: dict[str, int] = {}
        self.first: dict[str, list[dict[str, Any]]] = {}

    # Pickling: __slots__ classes without __dict__ need the state spelled out.
    def __getstate__(self) -> dict[str, Any]:
        return self.to_dict()

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()  # type: ignore[misc]  # re-initialise in place, as from_dict does
        self._load(state)

    def endpoint(self, label: str, *, invalid: bool) -> None:
        counts = self.by_endpoint.get(label)
        if counts is None:
            if len(self.by_endpoint) >= MAX_ENDPOINTS:
                label = OTHER
            counts = self.by_endpoint.setdefault(label, [0, 0])
        counts[0] += 1
        counts[1] += invalid

    def problem(self, rule: str, code: str, locator: dict[str, Any]) -> None:
        self.by_rule[rule] = self.by_rule.get(rule, 0) + 1
        self.by_code[code] = self.by_code.get(code, 0) + 1
        first = self.first.setdefault(rule, [])
        if len(first) < FIRST:
            first.append(locator)

    @property
    def checked(self) -> int:
        """Records whose body was read (not skipped)."""
        return self.records - self.skipped

    @property
    def failed(self) -> int:
        """Records with an error: invalid or unparseable."""
        return self.invalid + self.unparseable

    def invalid_rate(self) -> float:
        return self.failed / self.checked if self.checked else 0.0

    def __add__(self, other: Summary) -> Summary:
        if not isinstance(other, Summary):
            return NotImplemented
        merged = Summary()
        for name in _COUNTS:
            setattr(merged, name, getattr(self, name) + getattr(other, name))
        for source in (self, other):
            for label, (records, invalid) in source.by_endpoint.items():
                counts = merged.by_endpoint.get(label)
                if counts is None:
                    key = label if len(merged.by_endpoint) < MAX_ENDPOINTS else OTHER
                    counts = merged.by_endpoint.setdefault(key, [0, 0])
                counts[0] += records
                counts[1] += invalid
            for rule, count in source.by_rule.items():
                merged.by_rule[rule] = merged.by_rule.get(rule, 0) + count
            for code, count in source.by_code.items():
                merged.by_code[code] = merged.by_code.get(code, 0) + count
            for rule, locators in source.first.items():
                first = merged.first.setdefault(rule, [])
                first.extend(locators[: FIRST - len(first)])
        return merged

    def __radd__(self, other: object) -> Summary:
        # sum(summaries) starts from 0.
        if other == 0:
            return self
        return NotImplemented

    # A summary grows as records are read (mutable): equal by value, never a dict key.
    __hash__ = None  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Summary) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return (
            f"Summary(records={self.records}, valid={self.valid}, invalid={self.invalid}, "
            f"unparseable={self.unparseable}, skipped={self.skipped})"
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data; keys in a stable order, maps sorted by key."""
        data: dict[str, Any] = {name: getattr(self, name) for name in _COUNTS}
        data["by_endpoint"] = {
            label: {"records": records, "invalid": invalid}
            for label, (records, invalid) in sorted(self.by_endpoint.items())
        }
        data["by_rule"] = dict(sorted(self.by_rule.items()))
        data["by_code"] = dict(sorted(self.by_code.items()))
        data["first"] = {rule: list(self.first[rule]) for rule in sorted(self.first)}
        return data

    def to_json(self) -> str:
        from ._check import dumps

        return dumps(self.to_dict())

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        summary = cls()
        summary._load(data)
        return summary

    @classmethod
    def from_json(cls, text: str) -> Summary:
        return cls.from_dict(json.loads(text))

    def _load(self, data: dict[str, Any]) -> None:
        for name in _COUNTS:
            setattr(self, name, int(data.get(name, 0)))
        self.by_endpoint = {
            label: [int(counts["records"]), int(counts["invalid"])]
            for label, counts in data.get("by_endpoint", {}).items()
        }
        self.by_rule = {rule: int(count) for rule, count in data.get("by_rule", {}).items()}
        self.by_code = {code: int(count) for code, count in data.get("by_code", {}).items()}
        self.first = {rule: list(items) for rule, items in data.get("first", {}).items()}
