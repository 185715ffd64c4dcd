"""The 89 real bodies from the SDKs, the docs and recorded live-API sessions.

Every body the live API accepted must come out valid. Every other one gets the spec's verdict,
and each invalid one is invalid for a reason this file names: the SDKs' generated tests were
written against a transformed spec (anyOf instead of oneOf) and against older API versions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from thread_validator import Problem, validate

RECORDS = json.loads((Path(__file__).parent / "data" / "sdk_payloads.json").read_text("utf-8"))
KIND = {
    "threads.create": "thread",
    "threads.create_and_run.thread": "thread",
    "threads.messages.create": "message",
}


def record_id(record: dict) -> str:
    repo_path, commit = record["source"].rsplit("@", 1)
    return f"{record['origin']}:{repo_path.rsplit('/', 1)[-1]}@{commit[:8]}:{record['kind']}"


def errors(record: dict) -> list[Problem]:
    return [
        p for p in validate(record["payload"], kind=KIND[record["kind"]]) if p.severity == "error"
    ]


# Why an SDK test body fails the spec, by the place and code of the error.
EXPLANATIONS = {
    # The generator's spec turns file_search's oneOf into anyOf, so its tests send both keys.
    ("file_search", "conflicting_parameters"),
    # v1 (2023-11 to 2024-04) put file_ids on messages; v2 has attachments instead.
    ("file_ids", "unknown_parameter"),
    # 2024-04-17 tests attach with add_to and no tools: the spec's misplaced required, enforced.
    ("attachments[]", "missing_required_parameter"),
    # 2024-04-18 tests send tools as bare strings instead of {"type": ...} objects.
    ("tools[]", "invalid_type"),
}


def explanation(problem: Problem) -> tuple[str, str]:
    last = problem.path[-1] if problem.path else ""
    if isinstance(last, int):
        last = f"{problem.path[-2]}[]"
    return (str(last), problem.code)


def test_corpus_is_complete() -> None:
    assert len(RECORDS) == 89
    assert sum(r["origin"] == "live_api_recording" for r in RECORDS) == 28


@pytest.mark.parametrize(
    "record", [r for r in RECORDS if r["origin"] == "live_api_recording"], ids=record_id
)
def test_bodies_the_live_api_accepted_are_valid(record: dict) -> None:
    assert validate(record["payload"], kind=KIND[record["kind"]]) == []


@pytest.mark.parametrize("record", RECORDS, ids=record_id)
def test_verdict_is_the_specs(record: dict) -> None:
    """Valid exactly when the seed spec and its prose rules (recorded at collection) accept it."""
    expected = (
        record["validation"]["seed001"]["valid"] and record["validation"]["custom_checks"]["valid"]
    )
    found = errors(record)
    assert (not found) == expected
    assert {explanation(p) for p in found} <= EXPLANATIONS


def test_every_explanation_is_seen() -> None:
    seen = {explanation(p) for record in RECORDS for p in errors(record)}
    assert seen == EXPLANATIONS


def test_both_vector_store_keys_is_the_commonest_failure() -> None:
    """28 SDK bodies fail the spec's own schema only by sending vector_store_ids and vector_stores.

    Four of those also attach files with the 2024-04-17 ``add_to`` and no ``tools``, which is
    invalid once the spec's misplaced ``required`` is enforced; the other 24 have nothing else.
    """
    both = ("file_search", "conflicting_parameters")
    add_to = ("attachments[]", "missing_required_parameter")
    found = [{explanation(p) for p in errors(r)} for r in RECORDS]
    assert sum(reasons == {both} for reasons in found) == 24
    assert sum(reasons == {both, add_to} for reasons in found) == 4
