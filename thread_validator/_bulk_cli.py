"""The command line for recorded traffic: JSON Lines, recordings, ``--jobs`` and Dask.

:mod:`.cli` hands over to :func:`run` when a path is traffic by its name (``.jsonl``,
``.ndjson``, ``.har``, gzipped or not, or a directory holding one) or a traffic option is given.
The linter's own options (``--kind``, ``--select``, ``--config``, ...) mean the same here.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, BinaryIO, TextIO

#: Options that only a bulk run has; any of them makes a run a bulk run.
BULK_FLAGS = (
    "--jsonl",
    "--traffic",
    "--jobs",
    "--preset",
    "--body-pointer",
    "--url-pointer",
    "--method-pointer",
    "--id-pointer",
    "--responses",
    "--problems",
    "--max-invalid-rate",
    "--max-record-bytes",
    "--engine",
    "--scheduler",
    "--progress",
    "--no-progress",
)


def wants_bulk(argv: Sequence[str]) -> bool:
    """Whether the arguments ask for a bulk run (cheap: no import of the traffic package)."""
    from .traffic._names import has_traffic

    paths = []
    for arg in argv:
        if arg == "--":
            continue
        # --help too: the full help documents the traffic options beside the linter's.
        if arg.split("=", 1)[0] in BULK_FLAGS or arg in ("-h", "--help"):
            return True
        if not arg.startswith("-"):
            paths.append(arg)
    return has_traffic(paths)


TRAFFIC_EPILOG = """
recorded traffic:
  A .jsonl, .ndjson or .har path (also gzipped), a directory holding one, or any option of the
  group above audits traffic: every record checked, a summary at the end, exit 1 when a record
  has an error (or, with --max-invalid-rate R, when more than R of them fail).

  thread-validator --preset batch requests.jsonl     one's own request log (Batch shape)
  zcat logs.jsonl.gz | thread-validator --jsonl -    bare bodies from standard input
  thread-validator --traffic tests/cassettes/        VCR cassettes and other recordings
  thread-validator --format json --problems p.jsonl logs/   summary as JSON, problems to a file
  thread-validator --engine dask --scheduler tcp://host:8786 's3://bucket/logs/*.jsonl'
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .traffic._endpoints import PRESETS

    parser.epilog = (parser.epilog or "") + TRAFFIC_EPILOG
    group = parser.add_argument_group(
        "recorded traffic (JSON Lines, VCR cassettes, Azure test-proxy recordings, HAR)"
    )
    group.add_argument(
        "--jsonl",
        action="store_true",
        help="read standard input and files of any name as JSON Lines",
    )
    group.add_argument(
        "--traffic",
        action="store_true",
        help="audit as traffic: JSON and YAML files that are recordings are read as such",
    )
    group.add_argument(
        "--preset", choices=sorted(PRESETS), help="the pointers of a known export's records"
    )
    group.add_argument(
        "--body-pointer", metavar="POINTER", help="JSON Pointer to the body in each record"
    )
    group.add_argument(
        "--url-pointer", metavar="POINTER", help="JSON Pointer to the request URL or path"
    )
    group.add_argument(
        "--method-pointer", metavar="POINTER", help="JSON Pointer to the HTTP method (default POST)"
    )
    group.add_argument(
        "--id-pointer",
        action="append",
        metavar="POINTER",
        help="JSON Pointer to the record id (repeat: the first present wins)",
    )
    group.add_argument(
        "--responses",
        action="store_true",
        help="also check the recorded answers of successful thread creates as thread objects",
    )
    group.add_argument(
        "--problems", metavar="FILE", help="write every problem to FILE as JSON Lines, as found"
    )
    group.add_argument(
        "--max-invalid-rate",
        type=_rate,
        metavar="R",
        help="exit 1 only when the share of invalid records exceeds R (0 to 1)",
    )
    group.add_argument(
        "--max-record-bytes",
        type=_positive_int,
        metavar="N",
        help="records larger than N bytes (default 10 MiB) are a problem, not read",
    )
    group.add_argument(
        "--jobs", type=_positive_int, metavar="N", help="processes to use (default: every core)"
    )
    group.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local processes (default) or Dask (pip install 'thread-validator[dask]')",
    )
    group.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="the Dask scheduler to use (default: a local cluster on 127.0.0.1)",
    )
    group.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar (default: only when standard error is a terminal)",
    )
    group.add_argument("--no-progress", dest="progress", action="store_false")


def _positive_int(text: str) -> int:
    from .cli import _positive_int as positive

    return positive(text)


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {text!r}")
    return value


def run(
    argv: Sequence[str],
    stdout: TextIO,
    stderr: TextIO,
    stdin: BinaryIO | None = None,
) -> int:
    from . import cli

    parser = cli.build_parser(stdout, stderr)
    add_arguments(parser)
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return cli.EXIT_OK if stop.code in (0, None) else cli.EXIT_USAGE

    from ._config import ConfigError
    from ._display import display_path
    from .traffic._check import DEFAULT_MAX_RECORD_BYTES, Checker, Options, printable
    from .traffic._endpoints import parse_pointer
    from .traffic._summary import Summary

    if args.explain is not None:
        return cli._explain(args.explain, stdout, stderr)  # noqa: SLF001 (the linter's own)

    def usage(message: str) -> int:
        stderr.write(f"thread-validator: error: {message}\n")
        return cli.EXIT_USAGE

    if not args.paths:
        parser.print_usage(stderr)
        return usage("give at least one PATH (- for standard input)")
    try:
        settings, values = cli._settings(args)  # noqa: SLF001 (the linter's own settings)
    except ConfigError as error:
        return usage(str(error))
    if args.format is None and values["format"] not in ("text", "json"):
        # A project's configured file format (sarif, github) is for its fixtures, not traffic.
        values["format"] = "text"
    if values["format"] not in ("text", "json"):
        return usage(
            f"--format {values['format']} is for files; traffic is reported as text or json "
            "(every problem as JSON Lines with --problems FILE)"
        )
    if args.scheduler and args.engine != "dask":
        return usage("--scheduler is for --engine dask")
    try:
        options = Options.from_preset(args.preset) if args.preset else Options()
        for name, pointer in (
            ("body", args.body_pointer),
            ("url", args.url_pointer),
            ("method", args.method_pointer),
        ):
            if pointer is not None:
                parse_pointer(pointer)
                options = options._replace(**{name: pointer})
        if args.id_pointer:
            for pointer in args.id_pointer:
                parse_pointer(pointer)
            options = options._replace(ids=tuple(args.id_pointer))
    except ValueError as error:
        return usage(str(error))
    options = options._replace(
        kind=values["kind"],
        api_version=values["api-version"],
        responses=args.responses,
        max_record_bytes=args.max_record_bytes or DEFAULT_MAX_RECORD_BYTES,
        strict=bool(values["strict"]),
        settings=_portable(settings),
    )

    from ._plain import STDIN
    from .traffic._names import expand

    usage_failed = False
    files: list[str] = []
    given = args.paths
    if args.engine == "dask":
        # URLs and globs are fsspec's to resolve, on the cluster's side; local folders are ours.
        files = [path for path in given if "://" in path or any(char in path for char in "*?[")]
        given = [path for path in given if path not in files]
    else:
        urls = [path for path in given if "://" in path]
        if urls:
            return usage(f"{urls[0]} is a URL: URLs are read with --engine dask (fsspec)")
    for path in expand(given):
        if isinstance(path, OSError):
            stderr.write(f"thread-validator: error: {path}\n")
            usage_failed = True
        elif path != STDIN and not os.access(path, os.R_OK):
            stderr.write(
                f"thread-validator: error: cannot read {display_path(path)}: permission denied\n"
            )
            usage_failed = True
        else:
            files.append(path)
    if args.engine == "dask" and STDIN in files:
        return usage("--engine dask reads files (local or fsspec URLs), not standard input")

    out: Any = None  # an _Output: a text stream's write() that tells write failures apart
    render: str | None = None
    problems_file: TextIO | None = None
    unwritten: OSError | None = None
    if args.problems is not None:
        if args.engine == "dask":
            render = None
        else:
            try:
                problems_file = open(args.problems, "w", encoding="utf-8")  # noqa: SIM115
            except OSError as error:
                return usage(
                    f"cannot write {display_path(args.problems)}: {error.strerror or error}"
                )
            out, render = _Output(problems_file), "jsonl"
    elif values["format"] == "text":
        out, render = _Output(stdout), "text"

    total = Summary()
    try:
        if args.engine == "dask":
            from .traffic import dask as engine

            try:
                total = engine.audit(
                    files,
                    options,
                    scheduler=args.scheduler,
                    workers=args.jobs,
                    problems=args.problems,
                    max_bytes=values["max-bytes"],
                    jsonl=args.jsonl,
                )
            except engine.MissingDask as error:
                return usage(str(error))
        else:
            from .traffic._pool import audit

            show = args.progress if args.progress is not None else _isatty(stderr)
            bar = _Progress(files, stderr) if show else None
            # Files go to the pool in runs; standard input is read here, in its place.
            run_of: list[str] = []
            for entry in [*files, None]:
                if entry is not None and entry != STDIN:
                    run_of.append(entry)
                    continue
                if run_of:
                    total = total + audit(
                        run_of,
                        options,
                        jobs=args.jobs,
                        render=render,
                        out=out,
                        max_bytes=values["max-bytes"],
                        progress=bar.update if bar else None,
                        jsonl=args.jsonl,
                    )
                    run_of = []
                if entry == STDIN:
                    part = Summary()
                    renderer = _renderer(render)
                    sink = _writer(out, renderer) if out and renderer else None
                    from .traffic._sources import check_file

                    check_file(
                        Checker(options, part, sink),
                        "<stdin>",
                        "jsonl",
                        values["max-bytes"],
                        stream=stdin or sys.stdin.buffer,
                    )
                    total = total + part
            if bar:
                bar.close()
    except BrokenPipeError:
        raise  # the reader went away: main() ends quietly
    except _CannotWrite as error:
        return usage(f"cannot write the report: {error.strerror or error}")
    except OSError as error:
        # A file that went away or turned unreadable after it was listed, a remote store's refusal.
        where = f" {display_path(str(error.filename))}" if error.filename else ""
        return usage(f"cannot read{where}: {error.strerror or error}")
    finally:
        if problems_file is not None:
            try:
                problems_file.close()
            except OSError as error:
                # What was buffered for the problems file could not be written (a full disk).
                unwritten = error
    if unwritten is not None:
        return usage(f"cannot write the report: {unwritten.strerror or unwritten}")

    hint = _envelope_hint(total, options)
    if hint:
        stderr.write(f"thread-validator: hint: {hint}\n")
    if values["format"] == "json":
        document: dict[str, Any] = {"summary": total.to_dict()}
        if args.problems:
            document["problems"] = args.problems
        text = json.dumps(document, indent=2, ensure_ascii=False)
        if printable(text) != text:
            text = json.dumps(document, indent=2)  # lone surrogates survive only as escapes
        text += "\n"
    else:
        text = summary_text(total)
    try:
        stdout.write(text)
        stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        # A full disk (> /dev/full), a closed descriptor: the report is lost, so say so.
        return usage(f"cannot write the report: {error.strerror or error}")
    if usage_failed:
        return cli.EXIT_USAGE
    failed = total.failed > 0
    if args.max_invalid_rate is not None:
        failed = total.invalid_rate() > args.max_invalid_rate
    return cli.EXIT_INVALID if failed else cli.EXIT_OK


#: Keys of known envelopes, and the preset that reads each (checked in this order).
_ENVELOPES = (
    ("/proxy_server_request", "litellm"),
    ("/request_body", "helicone"),
    ("/request", "portkey"),
    ("/body", "batch"),
)


def _envelope_hint(summary: Any, options: Any) -> str | None:
    """A preset to try when bare bodies were read and the records look like envelopes."""
    if options.body or options.url is not None or options.call_type is not None:
        return None
    unknown = {locator["pointer"] for locator in summary.first.get("S105", [])}
    for pointer, preset in _ENVELOPES:
        if pointer in unknown:
            return (
                f"the records have {pointer[1:]!r} beside the body's keys: they look like request "
                f"records; read them with --preset {preset} (or --body-pointer)"
            )
    return None


class _CannotWrite(OSError):
    """Writing the problems failed (a full disk): not a file that could not be read."""


class _Output:
    """The stream problems go to; a failure to write is told apart from a failure to read."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _CannotWrite(error.errno, error.strerror or str(error)) from error


def _writer(out: TextIO, renderer: Any) -> Any:
    return lambda found: out.write(renderer(found))


def _renderer(render: str | None) -> Any:
    from .traffic._pool import RENDERERS

    return RENDERERS[render] if render else None


def _portable(settings: Any) -> Any:
    """The settings as plain values: mapping proxies do not pickle, and workers need them."""
    return settings._replace(
        severity=dict(settings.severity),
        per_file_ignores=dict(settings.per_file_ignores),
        options={},
    )


def _isatty(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class _Progress:
    """A tqdm bar over the bytes to read, with records per second; nothing if tqdm is missing."""

    def __init__(self, files: list[str], stream: TextIO) -> None:
        import time

        try:
            from tqdm import tqdm
        except ImportError:  # the bar is a convenience, never a reason to fail
            self._bar = None
            return
        total = sum(os.path.getsize(path) for path in files if path != "-")
        self._bar = tqdm(
            total=total,
            unit="B",
            unit_scale=True,
            file=stream,
            desc="thread-validator",
            leave=False,
        )
        self._start = time.monotonic()
        self._clock = time.monotonic

    def update(self, done: int, summary: Any) -> None:
        if self._bar is None:
            return
        self._bar.update(done)
        elapsed = max(self._clock() - self._start, 1e-9)
        self._bar.set_postfix(
            records=f"{summary.records:,}",
            rate=f"{summary.records / elapsed:,.0f}/s",
            refresh=False,
        )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def summary_text(summary: Any) -> str:
    """The summary for a terminal: the counts, then by endpoint and by rule with first places."""
    from ._rules import RULE_BY_ID

    def plural(count: int, word: str) -> str:
        return f"{count:,} {word}{'' if count == 1 else 's'}"

    rate = f" ({summary.invalid_rate():.2%} of checked records fail)" if summary.checked else ""
    lines = [
        (
            f"{plural(summary.records, 'record')} read: {summary.valid:,} valid, "
            f"{summary.invalid:,} invalid, {summary.unparseable:,} unparseable, "
            f"{summary.skipped:,} skipped{rate}; {plural(summary.errors, 'error')}, "
            f"{plural(summary.warnings, 'warning')}."
        )
    ]
    if summary.by_endpoint:
        lines.append("by endpoint:")
        width = max(map(len, summary.by_endpoint))
        for label, (records, invalid) in sorted(summary.by_endpoint.items()):
            lines.append(
                f"  {label:<{width}}  {plural(records, 'record'):>16}  {invalid:>10,} failing"
            )
    if summary.by_rule:
        lines.append("by rule:")
        for rule, count in sorted(summary.by_rule.items(), key=lambda item: (-item[1], item[0])):
            name = RULE_BY_ID[rule].name if rule in RULE_BY_ID else ""
            first = summary.first.get(rule, [])
            places = ", ".join(_place(locator) for locator in first[:3])
            lines.append(f"  {rule} {name:<28} {count:>10,}  first: {places}")
    if summary.by_code:
        counts = ", ".join(f"{code} {count:,}" for code, count in sorted(summary.by_code.items()))
        lines.append(f"by code: {counts}")
    else:
        lines.append("no problems.")
    from .traffic._check import printable

    return printable("\n".join(lines) + "\n")


def _place(locator: dict[str, Any]) -> str:
    record = f" [{locator['record']}]" if locator.get("record") is not None else ""
    pointer = f" {locator['pointer']}" if locator.get("pointer") else ""
    from ._display import display_path

    return f"{display_path(locator['source'])}:{locator['line']}{record}{pointer}"
