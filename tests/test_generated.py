"""The compiled checks written at build time (``_generated``) are what the bundled schemas give."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from thread_validator import (
    _diagnose,
    _fast,
    _generated,
    _generated_plain,
    _generated_walk,
    _walk_writer,
)
from thread_validator._kinds import KINDS, kinds_for
from thread_validator._schema import KINDS_BY_VERSION, document_key


def test_the_generated_module_is_up_to_date() -> None:
    """Fails when the schemas, the compiler or the warning rules' cheap tests changed since
    ``python -m thread_validator._write_generated`` last ran: run it again."""
    written = Path(_generated.__file__).read_text("utf-8")
    assert written == _fast.module_source(), "run: python -m thread_validator._write_generated"
    written = Path(_generated_plain.__file__).read_text("utf-8")
    assert written == _fast.plain_source(), "run: python -m thread_validator._write_generated"
    written = Path(_generated_walk.__file__).read_text("utf-8")
    assert written == _walk_writer.walk_source(), "run: python -m thread_validator._write_generated"


def test_the_walk_is_written_out_for_every_definition_of_every_document() -> None:
    """The full diagnostics of every kind with a compiled check take the walk written out, not
    the walker: no definition of a bundled document is left to it."""
    from thread_validator._schema import document

    documents = {key for _, key in _generated.CHECKS}
    assert documents == {"v1", "v2"} == set(_generated_walk.LOADERS)
    for key in documents:
        assert set(_diagnose.written_walks(key)) == set(document(key)["$defs"])


def test_every_kind_of_every_version_is_generated_and_used() -> None:
    """The validator uses the generated functions; nothing is compiled for the bundled kinds.

    The kinds whose schema the compiler refuses (the successor's: ``anyOf``, ``pattern``) have
    none, and no check at run time either: jsonschema decides their bodies."""
    pairs = {
        (kind, document_key(kind, version))
        for version, kinds in KINDS_BY_VERSION.items()
        for kind in kinds
    }
    for pair in pairs:
        if pair in _generated.CHECKS:
            assert _fast.checker(*pair) is _generated.CHECKS[pair]
        else:
            assert _fast.checker(*pair) is None, pair
    assert set(_generated.CHECKS) <= pairs
    threads = {(kind, version) for version in ("v2", "v1") for kind in kinds_for(version)}
    assert {pair for pair in threads if KINDS[pair[0]].document is None} <= set(_generated.CHECKS)


def test_the_scanners_are_generated_and_used() -> None:
    """Every kind with a generated check has its scanner (the check with the warning rules'
    screens folded in) generated too, and the warning pass uses it."""
    from thread_validator._kinds import SERVERS, Context
    from thread_validator._warnings import plan_for

    assert set(_generated.SCANS) == set(_generated.CHECKS)
    for kind, version in _generated.SCANS:
        context = Context(KINDS[kind], version, SERVERS["openai"])
        assert plan_for(context).scan is _generated.SCANS[kind, version][0]


def test_the_separate_warning_passes_are_generated_and_used() -> None:
    """Every kind, the successor's too, has its separate warning pass written at build time:
    the first body that is not valid compiles nothing."""
    from thread_validator._rules import checks
    from thread_validator._warnings import _marker

    assert set(_generated.MARKERS) == set(KINDS)
    for name, kind in KINDS.items():
        assert _marker(kind, checks()) is _generated.MARKERS[name][0]


def test_a_valid_body_is_checked_without_reading_the_schema() -> None:
    """A fresh process answers for a valid body (warnings included) without the schema file."""
    script = (
        "import sys, thread_validator as tv\n"
        "from thread_validator import _schema\n"
        "assert tv.validate({'messages': [{'role': 'user', 'content': 'hi'}]}) == []\n"
        "parts = [{'type': 'text', 'text': 'a'}, {'type': 'image_url', 'image_url': {'url': 'https://a.example/b.png'}}]\n"
        "assert tv.validate({'messages': [{'role': 'user', 'content': parts}]}) == []\n"
        "assert tv.is_valid({'metadata': {'a': 'b'}}, kind='thread', api_version='v1')\n"
        "assert not tv.is_valid({'bogus': 1})\n"
        "print(_schema.document.cache_info().currsize)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "0"


def test_the_walk_finds_every_check_it_prunes_with_written(monkeypatch: Any) -> None:
    """Loading the walk of a document compiles nothing: each check it prunes with is in
    ``SUBSCHEMA_CHECKS`` (the branches of a oneOf are looked into when they are written), so the
    first invalid body of a process costs no compilation."""

    def compiled(schema: object, api_version: str) -> None:
        raise AssertionError(f"a check compiled on first use, in {api_version}")

    monkeypatch.setattr(_generated_walk, "_check", compiled)
    for load in _generated_walk.LOADERS.values():
        assert load()
