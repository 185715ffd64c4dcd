"""Command line: ``thread-validator PATH...`` checks request-body files for OpenAI's threads API.

The CLI parses arguments and wires the layers together: :mod:`._files` reads, loads and
validates each file, a reporter from :mod:`._reporters` writes the results.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from ._config import ConfigError, Settings, discover, expand_selectors, load
from ._display import display_path, excerpt
from ._files import FileResult, check_path
from ._kinds import DEFAULT_SERVER, KINDS, SERVERS, kinds_for
from ._plain import (
    DEFAULT_MAX_BYTES,
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    expand,
    main,
)
from ._reporters import REPORTER_BY_NAME
from ._rules import RULE_BY_ID
from ._schema import API_VERSIONS

__all__ = [
    "EXIT_INTERRUPTED",
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_USAGE",
    "build_parser",
    "main",
    "run",
]

DESCRIPTION = """\
Check JSON and YAML files holding request bodies for OpenAI's Assistants threads API:
POST /v1/threads (--kind thread, the default) or POST /v1/threads/{thread_id}/messages
(--kind message), or what the API returns. Every problem is reported with its file, line and
column.
`thread-validator migrate --help`: convert them for the Conversations and Responses APIs.
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

configuration:
  Settings are read from the closest pyproject.toml, from the current directory upwards, that
  has a [tool.thread-validator] table (select, ignore, severity, per-file-ignores, kind,
  api-version, server, strict, format, max-bytes). Options given here win over the file's.

examples:
  thread-validator fixtures/                        check every JSON and YAML file
  thread-validator --kind message message.yaml      check a message body
  curl-args.json | thread-validator -               check standard input
  thread-validator --format github payloads/        annotations in GitHub Actions
  thread-validator --format sarif . > results.sarif for GitHub code scanning
  thread-validator --format json --strict bodies/   machine-readable; warnings fail
  thread-validator --api-version v1 old-fixtures/   bodies for the 2023 (v1) API
  thread-validator --kind thread_object responses/  thread objects returned by a server
  thread-validator --kind auto bodies/              each body checked as the kind it looks like
  thread-validator --server azure fixtures/         Azure OpenAI's IDs (assistant-…) pass
  thread-validator --ignore L --select S,P,O,F .    choose rules by id or prefix
  thread-validator --severity O301=error .          make a rule an error
  thread-validator --explain P201                   what a rule checks, with examples
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
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files, directories, or - for standard input"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    bodies = parser.add_argument_group("what is checked")
    kinds = ", ".join(f"{kind.label} ({name})" for name, kind in KINDS.items())
    bodies.add_argument(
        "--kind",
        choices=[*KINDS, "auto"],
        help=f"what each file holds: {kinds}; the default is thread. auto decides each body by "
        "its shape and says what it decided",
    )
    bodies.add_argument(
        "--server",
        choices=list(SERVERS),
        help="the server the bodies are sent to, which decides the ID prefixes it issues: "
        + ", ".join(f"{name} ({server.label})" for name, server in SERVERS.items())
        + f"; default {DEFAULT_SERVER}",
    )
    bodies.add_argument(
        "--api-version",
        choices=list(API_VERSIONS),
        help="the API version the bodies are written for: v2 (default, OpenAI-Beta: assistants=v2) "
        "or v1 (2023)",
    )
    bodies.add_argument(
        "--max-bytes",
        type=_positive_int,
        metavar="N",
        help=f"refuse files larger than N bytes, as a problem in that file (default {DEFAULT_MAX_BYTES:,})",
    )
    outcome = parser.add_argument_group("what fails")
    outcome.add_argument(
        "--strict", action="store_true", default=None, help="warnings fail too (exit status 1)"
    )
    rules = parser.add_argument_group(
        "rules (ids, id prefixes such as L or S1, or names; comma-separated)"
    )
    rules.add_argument("--select", action="append", metavar="RULES", help="check only these rules")
    rules.add_argument(
        "--ignore", action="append", metavar="RULES", help="do not check these rules"
    )
    rules.add_argument(
        "--severity",
        action="append",
        metavar="RULE=LEVEL",
        help="report a rule as error or warning",
    )
    rules.add_argument(
        "--explain", metavar="RULE", help="print what a rule checks, with examples, and exit"
    )
    rules.add_argument("--config", metavar="FILE", help="read settings from this pyproject.toml")
    rules.add_argument("--isolated", action="store_true", help="ignore configuration files")
    output = parser.add_argument_group("output")
    output.add_argument(
        "--format",
        choices=sorted(REPORTER_BY_NAME),
        help="text (default), json, sarif (SARIF 2.1.0) or github (Actions annotations)",
    )
    output.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour the text output: auto (default) colours only a terminal, and never when NO_COLOR is set",
    )
    output.add_argument(
        "--no-color",
        dest="color",
        action="store_const",
        const="never",
        help="same as --color never",
    )
    return parser


def defaults(paths: Sequence[str]) -> argparse.Namespace:
    """The arguments :func:`build_parser` gives for ``paths`` and no option (a test holds the
    two to the same)."""
    return argparse.Namespace(
        paths=list(paths),
        kind=None,
        server=None,
        api_version=None,
        max_bytes=None,
        strict=None,
        select=None,
        ignore=None,
        severity=None,
        explain=None,
        config=None,
        isolated=False,
        format=None,
        color="auto",
    )


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:  # not digits, or more than Python reads (4,300)
        raise argparse.ArgumentTypeError(f"not a whole number: {excerpt(text)}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {excerpt(text)}")
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
    *,
    clean: Collection[str] = (),
    files: Sequence[str] | None = None,
) -> int:
    """Run the command line with ``argv``; return the exit status. Streams default to sys's.

    ``clean``: paths the console script's plain path (``_plain``) found clean under the default
    settings; they are not read again. ``files``: the files it found the arguments to name
    (``expand``), which are then not looked for again; it has also found that the run is not
    the bulk one. Both only for a run whose settings are the defaults.
    """
    stdout = stdout or sys.stdout
    # With standard error closed (2>&-) there is nowhere to say anything: the status must do.
    stderr = stderr or sys.stderr or open(os.devnull, "w")  # noqa: SIM115, PTH123 (lives for the run)
    if stdout is None:
        # Started with standard output closed (>&-): Python then has no sys.stdout at all.
        stderr.write("thread-validator: error: standard output is closed: nowhere to report\n")
        return EXIT_USAGE
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments[:1] == ["migrate"]:
        from .migrate.cli import run as migrate

        return migrate(arguments[1:], stdout, stderr, stdin)
    from ._bulk_cli import wants_bulk

    if files is None and wants_bulk(arguments):
        # Recorded traffic (JSON Lines, recordings, --jobs, Dask): its own module.
        from ._bulk_cli import run as run_bulk

        return run_bulk(arguments, stdout, stderr, stdin)
    if files is not None:
        # Paths and no option: what the parser would give, without building it (its help
        # formatter imports shutil and locale, in every run that has a problem to report).
        args = defaults(arguments)
    else:
        parser = build_parser(stdout, stderr)
        try:
            args = parser.parse_args(argv)
        except SystemExit as exit:  # noqa: A001 (argparse's exit, read for its code)
            # --help and --version exit 0 through argparse; a bad option exits 2.
            return EXIT_OK if exit.code in (0, None) else EXIT_USAGE
        if args.explain is not None:
            return _explain(args.explain, stdout, stderr)
        if not args.paths:
            parser.print_usage(stderr)
            stderr.write("thread-validator: error: give at least one PATH (or --explain RULE)\n")
            return EXIT_USAGE
    try:
        settings, options = _settings(args)
    except ConfigError as error:
        stderr.write(f"thread-validator: error: {error}\n")
        return EXIT_USAGE
    reporter = REPORTER_BY_NAME[options["format"]](stdout, color=_use_color(args.color, stdout))
    results: list[FileResult] = []
    usage_failed = False
    for path in expand(args.paths) if files is None else files:
        if isinstance(path, OSError):
            stderr.write(f"thread-validator: error: {path}\n")
            usage_failed = True
            continue
        if path in clean:
            results.append(FileResult(path, (), 1, (DEFAULTS["kind"],)))
            continue
        try:
            result = check_path(
                path,
                stdin or sys.stdin.buffer,
                options["kind"],
                options["max-bytes"],
                options["api-version"],
                server=options["server"],
            )
        except OSError as error:
            stderr.write(
                f"thread-validator: error: cannot read {display_path(path)}: "
                f"{error.strerror or error}\n"
            )
            usage_failed = True
            continue
        if options["kind"] == "auto":
            decided = ", ".join(KINDS[kind].label for kind in result.kinds) or "nothing to check"
            stderr.write(
                f"thread-validator: {display_path(result.path)}: --kind auto checked {decided}\n"
            )
        results.append(_selected(result, settings))
    try:
        reporter.report(results)
        stdout.flush()
    except BrokenPipeError:
        raise  # the reader went away: main() ends quietly
    except OSError as error:
        # A full disk (> /dev/full), a closed descriptor: the report is lost, so say so.
        stderr.write(
            f"thread-validator: error: cannot write the report: {error.strerror or error}\n"
        )
        return EXIT_USAGE
    if usage_failed:
        return EXIT_USAGE
    failed = any(not result.valid or (options["strict"] and result.warnings) for result in results)
    return EXIT_INVALID if failed else EXIT_OK


# What each setting is when neither the command line nor a configuration file gives it.
DEFAULTS: dict[str, Any] = {
    "kind": "thread",
    "api-version": "v2",
    "strict": False,
    "format": "text",
    "max-bytes": DEFAULT_MAX_BYTES,
    "server": DEFAULT_SERVER,
}


def _settings(args: argparse.Namespace) -> tuple[Settings, dict[str, Any]]:
    """The rule settings and the options in force: defaults, then the file, then the flags."""
    if args.isolated:
        settings = Settings()
    elif args.config is not None:
        settings = load(Path(args.config))
    else:
        settings = discover(Path.cwd())
    settings = settings.override(select=args.select, ignore=args.ignore, severity=args.severity)
    options = dict(DEFAULTS)
    where = f"{settings.source} [tool.thread-validator]"
    for name, value in settings.options.items():
        _check_option(name, value, where)
        options[name] = value
    flags = {
        "kind": args.kind,
        "api-version": args.api_version,
        "strict": args.strict,
        "format": args.format,
        "max-bytes": args.max_bytes,
        "server": args.server,
    }
    options.update({name: value for name, value in flags.items() if value is not None})
    if options["kind"] != "auto" and options["kind"] not in kinds_for(options["api-version"]):
        raise ConfigError(f"--kind {options['kind']} has no schema in API {options['api-version']}")
    return settings, options


def _check_option(name: str, value: Any, where: str) -> None:
    allowed: dict[str, Sequence[Any]] = {
        "kind": [*KINDS, "auto"],
        "api-version": list(API_VERSIONS),
        "server": list(SERVERS),
        "format": sorted(REPORTER_BY_NAME),
        "strict": [True, False],
    }
    if name in allowed and value not in allowed[name]:
        raise ConfigError(
            f"{where}: {name} must be one of {', '.join(map(repr, allowed[name]))}, "
            f"not {excerpt(value)}"
        )
    if name == "max-bytes" and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ConfigError(
            f"{where}: max-bytes must be a whole number of at least 1, not {excerpt(value)}"
        )


def _selected(result: FileResult, settings: Settings) -> FileResult:
    findings = []
    for finding in result.findings:
        problem = settings.apply_one(finding.problem, result.path)
        if problem is not None:
            findings.append(finding._replace(problem=problem))
    return result._replace(findings=tuple(findings))


def _explain(name: str, stdout: TextIO, stderr: TextIO) -> int:
    try:
        selectors = expand_selectors([name], "--explain")
    except ConfigError as error:
        stderr.write(f"thread-validator: error: {error}\n")
        return EXIT_USAGE
    if len(selectors) != 1:
        stderr.write("thread-validator: error: --explain takes one rule id or name, such as P201\n")
        return EXIT_USAGE
    [rule_id] = selectors
    if rule_id not in RULE_BY_ID:
        matching = ", ".join(rule.id for rule in RULE_BY_ID.values() if rule.id.startswith(rule_id))
        stderr.write(
            f"thread-validator: error: --explain takes one rule; {name!r} names several: {matching}\n"
        )
        return EXIT_USAGE
    stdout.write(RULE_BY_ID[rule_id].page())
    return EXIT_OK
