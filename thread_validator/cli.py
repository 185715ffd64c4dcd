"""Command line: ``thread-validator PATH...`` checks request-body files for OpenAI's threads API.

The CLI parses arguments and wires the layers together: :mod:`._files` reads, loads and
validates each file, a reporter from :mod:`._reporters` writes the results.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import BinaryIO, TextIO

from ._files import DEFAULT_MAX_BYTES, FileResult, check_path, expand
from ._reporters import REPORTER_BY_NAME

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130

DESCRIPTION = """\
Check JSON and YAML files holding request bodies for OpenAI's Assistants threads API:
POST /v1/threads (--kind thread, the default) or POST /v1/threads/{thread_id}/messages
(--kind message). Every problem is reported with its file, line and column.
"""

EPILOG = """\
paths:
  A PATH is a file, a directory (searched recursively for .json, .yaml and .yml files,
  hidden directories skipped) or - for standard input (read as JSON when it starts with
  { or [, otherwise as YAML). A YAML file with several documents holds several bodies.

exit status:
  0  no file has an error (warnings alone do not fail, unless --strict)
  1  at least one file has an error (a file that does not parse included)
  2  the tool could not run as asked (a bad option, a path that does not exist or
     cannot be read)

examples:
  thread-validator fixtures/                        check every JSON and YAML file
  thread-validator --kind message message.yaml      check a message body
  curl-args.json | thread-validator -               check standard input
  thread-validator --format github payloads/        annotations in GitHub Actions
  thread-validator --format sarif . > results.sarif for GitHub code scanning
  thread-validator --format json --strict bodies/   machine-readable; warnings fail
"""


class _Parser(argparse.ArgumentParser):
    """An argument parser that writes help and errors to the streams ``run`` was given."""

    def __init__(self, stdout: TextIO, stderr: TextIO, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._stdout = stdout
        self._stderr = stderr

    def _print_message(self, message: str, file: object = None) -> None:
        if message:
            (self._stdout if file is sys.stdout else self._stderr).write(message)


def build_parser(stdout: TextIO, stderr: TextIO) -> argparse.ArgumentParser:
    """The argument parser; options come in groups so later ones slot in beside their kin."""
    parser = _Parser(
        stdout,
        stderr,
        prog="thread-validator",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for standard input")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    bodies = parser.add_argument_group("what is checked")
    bodies.add_argument(
        "--kind",
        choices=["thread", "message"],
        default="thread",
        help="what each file holds: a Create thread body (default) or a Create message body",
    )
    bodies.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse files larger than N bytes, as a problem in that file (default {DEFAULT_MAX_BYTES:,})",
    )
    outcome = parser.add_argument_group("what fails")
    outcome.add_argument("--strict", action="store_true", help="warnings fail too (exit status 1)")
    output = parser.add_argument_group("output")
    output.add_argument(
        "--format",
        choices=sorted(REPORTER_BY_NAME),
        default="text",
        help="text (default), json, sarif (SARIF 2.1.0) or github (Actions annotations)",
    )
    output.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour the text output: auto (default) colours only a terminal, and never when NO_COLOR is set",
    )
    output.add_argument("--no-color", dest="color", action="store_const", const="never", help="same as --color never")
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _version() -> str:
    from . import __version__

    return __version__


def _use_color(choice: str, stream: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def run(
    argv: Sequence[str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: BinaryIO | None = None,
) -> int:
    """Run the command line with ``argv``; return the exit status. Streams default to sys's."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser(stdout, stderr)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:
        # --help and --version exit 0 through argparse; a bad option exits 2.
        return EXIT_OK if exit.code in (0, None) else EXIT_USAGE
    reporter = REPORTER_BY_NAME[args.format](stdout, color=_use_color(args.color, stdout))
    results: list[FileResult] = []
    usage_failed = False
    for path in expand(args.paths):
        if isinstance(path, OSError):
            stderr.write(f"thread-validator: error: {path}\n")
            usage_failed = True
            continue
        try:
            results.append(check_path(path, stdin or sys.stdin.buffer, args.kind, args.max_bytes))
        except OSError as error:
            stderr.write(f"thread-validator: error: cannot read {path}: {error.strerror or error}\n")
            usage_failed = True
    reporter.report(results)
    if usage_failed:
        return EXIT_USAGE
    failed = any(not result.valid or (args.strict and result.warnings) for result in results)
    return EXIT_INVALID if failed else EXIT_OK


def main() -> None:
    """The ``thread-validator`` console script."""
    try:
        code = run()
        sys.stdout.flush()
    except KeyboardInterrupt:
        sys.stderr.write("thread-validator: interrupted\n")
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): send what is left nowhere, so that the interpreter's
        # final flush does not fail again, and say so through the exit status.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = EXIT_INVALID
    sys.exit(code)
