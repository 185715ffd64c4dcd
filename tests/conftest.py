"""Shared fixtures, and the Hypothesis profiles for every property test.

``ci`` (the default) is fast and deterministic: the same examples on every run, no example
database, no deadline (a shared 2-core runner has noisy timings). ``quick`` is ``ci`` with a
fifth of the examples, for the secondary runs of ``.ci/run`` (lowest versions, other Pythons),
where old Hypothesis releases draw large bodies several times slower. ``deep`` is for a deliberate
long run: ``HYPOTHESIS_PROFILE=deep python -m pytest tests/property tests/test_fast.py``. Each
property scales its own count from the profile's ``max_examples`` (see
``tests/property/_property_support.examples``).
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, settings

from thread_validator._files import FileResult, check_bytes


def _summaries(result: FileResult) -> list[str]:
    return [
        f"{f.problem.line}:{f.problem.column} {f.problem.severity} {f.problem.code}"
        for f in result.findings
    ]


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


# Bodies at the metadata limits are large by design; that is what the strategies are for.
_LARGE = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile(
    "ci",
    max_examples=100,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=_LARGE,
    print_blob=True,
)
settings.register_profile("quick", settings.get_profile("ci"), max_examples=20)
settings.register_profile(
    "deep",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=_LARGE,
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
