"""``thread-validator migrate PATH...``: one plan per thread body, losses with line and column.

Reads the bodies as the linter does (same loaders, same checks), converts each valid one with
:func:`to_conversation`, and writes its plan as JSON (YAML for YAML input) into ``--out`` or to
standard output. Inputs are only read. ``--apply`` then performs the plans with the ``openai``
SDK, which reads ``OPENAI_API_KEY`` and ``OPENAI_BASE_URL`` itself.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from .._files import SUFFIXES, check_bytes
from .._loaders import Document, load, sniff
from .._plain import DEFAULT_MAX_BYTES, STDIN, expand
from .._problem import Problem
from ..cli import _Parser
from ._apply import ApplyError, apply
from ._convert import Migration, to_conversation

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
PROG = "thread-validator migrate"
# Plans written by an earlier run into a folder that is also an input are not bodies.
PLAN_SUFFIXES = (".plan.json", ".plan.yaml", ".plan.yml", ".applied.json")

DESCRIPTION = """\
Convert Create thread bodies (or message bodies) into plans for the Conversations and Responses
APIs: the vector stores to create, the POST /v1/conversations body, item batches past 20 items,
the Responses tools, and what has no equivalent (printed as problems with file, line and column).
Inputs are never modified.
"""

EPILOG = """\
exit status: 0 every body converted, 1 a body was invalid (or --apply failed), 2 usage error

examples:
  thread-validator migrate fixtures/ --out plans/       one plan per body, in plans/
  thread-validator migrate thread.json | jq .tools       the plan on standard output
  thread-validator migrate thread.json --out plans/ --apply   create it (OPENAI_API_KEY)
"""


def build_parser(stdout: TextIO, stderr: TextIO) -> argparse.ArgumentParser:
    """The parser of ``thread-validator migrate``, writing help and errors to the given streams."""
    parser = _Parser(
        stdout,
        stderr,
        prog=PROG,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files, directories, or - for standard input"
    )
    parser.add_argument(
        "--out",
        metavar="DIR",
        help="write NAME.plan.json (or .yaml) per input file into DIR (default: standard output)",
    )
    parser.add_argument(
        "--attachments",
        choices=["vector_store", "input_file"],
        default="vector_store",
        help="file_search attachments go to a vector store (default) or become input_file parts",
    )
    parser.add_argument(
        "--kind",
        choices=["thread", "message"],
        default="thread",
        help="what the files hold: Create thread bodies (default) or Create message bodies",
    )
    parser.add_argument(
        "--api-version", choices=["v2", "v1"], default="v2", help="of the input bodies"
    )
    parser.add_argument(
        "--apply",
        action="store_true",
        help="perform the plans with the openai SDK (OPENAI_API_KEY, OPENAI_BASE_URL)",
    )
    parser.add_argument(
        "--conversation",
        metavar="ID",
        help="with --kind message --apply: the conversation the items are added to",
    )
    return parser


class _Plan:
    """One input body's outcome: its migration (None if it was invalid) and its place."""

    def __init__(self, path: str, document: int, migration: Migration | None) -> None:
        self.path = path
        self.document = document
        self.migration = migration
        # The plan file in --out (None: standard output); its apply record sits beside it.
        self.target: Path | None = None

    @property
    def record(self) -> Path | None:
        if self.target is None:
            return None
        stem = self.target.name.rsplit(".plan.", 1)[0]
        return self.target.with_name(f"{stem}.{self.document}.applied.json")


def run(  # noqa: D103 (documented by its --help and the README's "Command line" under Migrating)
    argv: Sequence[str],
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: BinaryIO | None = None,
) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser(stdout, stderr)
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as stop:
        return EXIT_OK if stop.code in (0, None) else EXIT_USAGE
    if not args.paths:
        parser.print_usage(stderr)
        stderr.write(f"{PROG}: error: give at least one PATH\n")
        return EXIT_USAGE
    if args.conversation is not None and args.kind != "message":
        stderr.write(f"{PROG}: error: --conversation is for --kind message\n")
        return EXIT_USAGE
    out = Path(args.out) if args.out is not None else None
    if out is not None and out.exists() and not out.is_dir():
        stderr.write(f"{PROG}: error: --out {args.out} is not a directory\n")
        return EXIT_USAGE
    # Losses and progress go where the plans do not.
    notes = stdout if out is not None else stderr

    plans: list[_Plan] = []
    failed = usage_failed = False
    for given in args.paths:
        for path in expand([given]):
            if isinstance(path, OSError):
                stderr.write(f"{PROG}: error: {path}\n")
                usage_failed = True
                continue
            if path != given and path.endswith(PLAN_SUFFIXES):
                continue
            try:
                data = _read(path, stdin or sys.stdin.buffer)
            except OSError as error:
                stderr.write(f"{PROG}: error: cannot read {path}: {error.strerror or error}\n")
                usage_failed = True
                continue
            name = "<stdin>" if path == STDIN else path
            fmt = SUFFIXES.get(Path(path).suffix.lower()) or sniff(
                data[:1024].decode("utf-8", errors="replace")
            )
            converted = _convert_file(data, name, fmt, args, notes)
            failed |= any(plan.migration is None for plan in converted)
            if not any(plan.migration is not None for plan in converted):
                continue  # nothing to write: the file's only bodies were invalid
            if out is not None:
                target = out / _plan_name(given, path, fmt)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(_render([p.migration for p in converted], fmt), "utf-8")
                notes.write(f"{name}: plan written to {target}\n")
                for plan in converted:
                    plan.target = target
            else:
                stdout.write(_render([p.migration for p in converted], fmt))
            plans += [plan for plan in converted if plan.migration is not None]
    if usage_failed:
        return EXIT_USAGE
    if args.apply and plans:
        status = _apply_all(plans, args, notes, stderr)
        if status != EXIT_OK:
            return status
    return EXIT_INVALID if failed else EXIT_OK


def _read(path: str, stdin: BinaryIO) -> bytes:
    if path == STDIN:
        return stdin.read(DEFAULT_MAX_BYTES + 1)
    with open(path, "rb") as stream:
        return stream.read(DEFAULT_MAX_BYTES + 1)


def _convert_file(
    data: bytes, name: str, fmt: Any, args: argparse.Namespace, notes: TextIO
) -> list[_Plan]:
    """Check, then convert, each body of one file; print its errors or its losses."""
    if len(data) > DEFAULT_MAX_BYTES:
        notes.write(
            f"{name}:1:1: error file_too_large The file is larger than the "
            f"{DEFAULT_MAX_BYTES:,}-byte size cap; it was not read. [F408]\n"
        )
        return [_Plan(name, 0, None)]
    result = check_bytes(data, name, args.kind, fmt, args.api_version)
    errors = [f for f in result.findings if f.problem.severity == "error"]
    notes.writelines(_line(name, finding.problem) for finding in errors)
    invalid = {finding.document for finding in errors}
    documents: list[Document] = load(data, fmt)
    plans = []
    for index, document in enumerate(documents):
        if index in invalid or not document.parsed:
            plans.append(_Plan(name, index, None))
            continue
        migration = to_conversation(
            document.body,
            kind=args.kind,
            api_version=args.api_version,
            attachments=args.attachments,
        )
        if migration.losses:
            document.place([loss.path for loss in migration.losses])
        placed = []
        for loss in migration.losses:
            line, column = document.positions.locate(loss.path) if document.positions else (1, 1)
            placed.append(loss.replace(line=line, column=column))
        migration.losses = tuple(placed)
        notes.writelines(_line(name, loss) for loss in placed)
        plans.append(_Plan(name, index, migration))
    return plans


def _line(path: str, problem: Problem) -> str:
    return (
        f"{path}:{problem.line or 1}:{problem.column or 1}: {problem.severity} {problem.code} "
        f"{problem.message} [{problem.rule}]\n"
    )


def _plan_name(given: str, path: str, fmt: Any) -> Path:
    """The plan's path inside --out: the input's path below the directory given, renamed."""
    if path == STDIN:
        relative = Path("stdin")
    elif os.path.isdir(given):
        relative = Path(os.path.relpath(path, given))
    else:
        relative = Path(Path(path).name)
    suffix = ".plan.yaml" if fmt == "yaml" else ".plan.json"
    return relative.with_name(relative.stem + suffix)


def _render(migrations: list[Migration | None], fmt: Any) -> str:
    """The plans of one file: JSON (one document per body), or a YAML stream for YAML input."""
    plans = [m.to_dict() if m is not None else None for m in migrations]
    if fmt == "yaml":
        import yaml

        return yaml.safe_dump_all(plans, sort_keys=False, allow_unicode=True, width=100)
    return "".join(json.dumps(plan, indent=2, ensure_ascii=False) + "\n" for plan in plans)


def _apply_all(plans: list[_Plan], args: argparse.Namespace, notes: TextIO, stderr: TextIO) -> int:
    try:
        import openai
    except ImportError:
        stderr.write(f"{PROG}: error: --apply needs the openai SDK: pip install openai\n")
        return EXIT_USAGE
    if args.kind == "message" and args.conversation is None:
        stderr.write(f"{PROG}: error: --kind message --apply needs --conversation ID\n")
        return EXIT_USAGE
    try:
        client = openai.OpenAI()
    except openai.OpenAIError as error:
        stderr.write(f"{PROG}: error: {error}\n")
        return EXIT_USAGE
    for plan in plans:
        migration = plan.migration
        if migration is None:  # plans that reach here were converted; this tells the type checker
            continue
        where = (
            plan.path
            if len([p for p in plans if p.path == plan.path]) == 1
            else (f"{plan.path}#{plan.document}")
        )
        record = plan.record
        if record is not None and record.exists():
            migration.applied = json.loads(record.read_text("utf-8")).get("applied", {})
            notes.write(f"{where}: resuming from {record}\n")
        notes.write(f"{where}: will create {_summary(migration)}\n")
        try:
            applied = apply(migration, client, conversation_id=args.conversation)
        except ApplyError as error:
            notes.write(f"{where}: error: {error}\n")
            if record is not None:
                _write_record(record, migration, None)
                notes.write(
                    f"{where}: what was created is recorded in {record}; run again to resume\n"
                )
            else:
                notes.write(f"{where}: created so far: {json.dumps(error.applied)}\n")
            return EXIT_INVALID
        if record is not None:
            _write_record(record, migration, applied.tools)
        notes.write(f"{where}: conversation {applied.conversation_id}\n")
        notes.write(f"{where}: tools {json.dumps(applied.tools, ensure_ascii=False)}\n")
    return EXIT_OK


def _summary(migration: Migration) -> str:
    parts = []
    for index, store in enumerate(migration.vector_stores):
        files = len(store["create"].get("file_ids", [])) + sum(
            len(batch["file_ids"]) for batch in store["file_batches"]
        )
        parts.append(
            f"vector store {index} ({files} files, {len(store['file_batches'])} file batches)"
        )
    items = sum(len(batch["items"]) for batch in migration.item_batches)
    if migration.conversation is not None:
        first = len(migration.conversation.get("items") or [])
        parts.append(f"a conversation with {first} items")
        items_text = f"{len(migration.item_batches)} further item batches ({items} items)"
    else:
        items_text = f"{len(migration.item_batches)} item batch ({items} items)"
    if migration.item_batches:
        parts.append(items_text)
    return ", ".join(parts) if parts else "an empty conversation"


def _write_record(record: Path, migration: Migration, tools: list[dict[str, Any]] | None) -> None:
    document = {"applied": migration.applied, "tools": tools}
    record.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
