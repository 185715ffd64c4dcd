from __future__ import annotations

from collections.abc import Callable

import pytest

from thread_validator._files import FileResult, check_bytes


def _summaries(result: FileResult) -> list[str]:
    return [f"{f.problem.line}:{f.problem.column} {f.problem.severity} {f.problem.code}" for f in result.findings]


@pytest.fixture
def check() -> Callable[..., FileResult]:
    """Check bytes (or text) as a file of the given format."""

    def run(content: bytes | str, fmt: str | None = "json", kind: str = "thread") -> FileResult:
        data = content.encode("utf-8") if isinstance(content, str) else content
        return check_bytes(data, "body", kind, fmt)  # type: ignore[arg-type]

    return run


@pytest.fixture
def summarize() -> Callable[[FileResult], list[str]]:
    """Each finding of a result as 'line:column severity code'."""
    return _summaries
