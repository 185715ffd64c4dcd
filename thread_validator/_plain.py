"""The console script, and its plain path: clean files answered without the full command line.

``thread-validator a.json fixtures/``, with no option and no ``[tool.thread-validator]`` settings
on the way up from the current directory, checks each file the paths name (directories expanded
as the full command line does) under the defaults (a thread body, API v2, OpenAI's server). A
file is *clean* when it is a regular ``.json`` file of plain UTF-8 JSON (no byte-order mark,
duplicate key or NaN) whose body the generated scanner (``_generated_plain``) finds valid with no
warning rule to run: nothing to report. When every file is clean, the run ends here with the text
reporter's summary; otherwise the full command line (``cli.run``) runs, told which files are
clean so that it does not read them again. Everything else (an option, standard input, recorded
traffic, a path that cannot be used, a file that is not clean) is the full path's: the plain path
never reports a problem itself, so the two cannot differ on one.

Why: a process that imports ``json`` and parses a file takes about 20 ms; the package, argparse,
``pathlib`` and ``typing`` add about 30 ms more. This module imports only what ``json`` already
loaded (and ``types``), so a clean run costs little more than parsing its files.
"""

from __future__ import annotations

import json
import os
import stat
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy reads it the same)
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from typing import Any

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130

#: The default size cap: far above any real body (the API's own request limit is lower).
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: The largest configuration file read: a pyproject.toml is a few kilobytes (``--config
#: /dev/zero`` must not read forever).
MAX_CONFIG_BYTES = 1 << 20
#: The name of the settings table, as ``[tool.thread-validator]`` in a pyproject.toml.
SECTION = "thread-validator"
#: What the linter reads in a directory (``_files.SUFFIXES`` says how), and standard input's name.
BODY_SUFFIXES = (".json", ".yaml", ".yml")
STDIN = "-"


def main() -> None:
    """The ``thread-validator`` console script."""
    try:
        code = _run(sys.argv[1:])
        if sys.stdout is not None:
            sys.stdout.flush()
    except KeyboardInterrupt:
        sys.stderr.write("thread-validator: interrupted\n")
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): send what is left nowhere, so that the interpreter's
        # final flush does not fail again, and say so through the exit status.
        _discard_stdout()
        code = EXIT_INVALID
    except OSError as error:
        # The final flush failed (a full disk): the report is lost.
        if sys.stderr is not None:
            sys.stderr.write(
                f"thread-validator: error: cannot write the report: {error.strerror or error}\n"
            )
        code = EXIT_USAGE
    if code == EXIT_USAGE and sys.stdout is not None:
        _discard_stdout()
    sys.exit(code)


def _run(arguments: list[str]) -> int:
    found = clean_files(arguments)
    files, clean = found if found is not None else ([], frozenset())
    if found is not None and sys.stdout is not None and all(path in clean for path in files):
        color = not os.environ.get("NO_COLOR") and sys.stdout.isatty()
        line = no_problems(len(files))
        sys.stdout.write(f"\033[1m{line}\033[0m\n" if color else f"{line}\n")
        return EXIT_OK
    from .cli import run

    return run(arguments, clean=clean, files=files if found is not None else None)


def no_problems(files: int) -> str:
    """The text reporter's summary of ``files`` files without a problem."""
    return f"{files} {'file' if files == 1 else 'files'} checked: no problems."


def _discard_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's final flush of what
    could not be written does not fail again (with a traceback) on the way out."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def clean_files(arguments: Sequence[str]) -> tuple[list[str], frozenset[str]] | None:
    """The files the arguments name (``expand``) and those of them that are clean (see the
    module); None when the defaults may not hold (an option, ``-`` included, the ``migrate``
    command, a pyproject.toml on the way up that may have settings) or the run is not the
    linter's (recorded traffic), or a path cannot be used (the full path says why)."""
    if not arguments or arguments[0] == "migrate":
        return None
    if any(argument.startswith("-") for argument in arguments):
        return None
    try:
        if _configured(os.getcwd()):
            return None
    except OSError:  # the current directory is gone: the full path says so
        return None
    from .traffic._names import has_traffic

    if has_traffic(arguments):
        return None
    files = []
    for found in expand(arguments):
        if isinstance(found, OSError):
            return None
        files.append(found)
    from ._generated_plain import CONTEXT, scan

    clean = set()
    for path in files:
        if path not in clean and path[-5:].lower() == ".json" and _clean(path, scan, CONTEXT):
            clean.add(path)
    return files, frozenset(clean)


def expand(paths: Iterable[str]) -> Iterator[str | OSError]:
    """The files named by ``paths``: directories searched for JSON and YAML files, in order.

    Hidden directories and files (``.git``, ``.venv``) are skipped inside a directory, and so is
    anything there that is not a regular file (a FIFO named ``x.json`` would block the read
    forever). A path that cannot be used comes out as an :class:`OSError`, for the caller to report.
    """
    for path in paths:
        if path == STDIN:
            yield path
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError as error:
            yield _path_error(error, path)
            continue
        if stat.S_ISREG(mode):
            yield path
        elif stat.S_ISDIR(mode):
            yield from files_in(path, _is_body_file)
        else:
            yield OSError(f"not a file or a directory: {display_path(path)}")


def _path_error(error: OSError, path: str) -> OSError:
    if isinstance(error, FileNotFoundError):
        return FileNotFoundError(f"no such file or directory: {display_path(path)}")
    reason = error.strerror or str(error)
    return type(error)(f"{reason[:1].lower()}{reason[1:]}: {display_path(path)}")


def files_in(folder: str, wanted: Callable[[str], bool]) -> list[str]:
    """The files below ``folder`` whose names are ``wanted``, sorted; hidden files and folders
    skipped, and anything that is not a regular file (``regular_or_unreadable``)."""
    found: list[str] = []
    for root, directories, files in os.walk(folder):
        directories[:] = [name for name in directories if not name.startswith(".")]
        found.extend(
            os.path.join(root, name)
            for name in files
            if not name.startswith(".")
            and wanted(name)
            and regular_or_unreadable(os.path.join(root, name))
        )
    return sorted(found)


def _is_body_file(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in BODY_SUFFIXES


def regular_or_unreadable(path: str) -> bool:
    """Whether a file found in a folder is to be checked: a regular file, or one whose ``stat``
    fails (a dangling link), which checking then reports."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


def display_path(path: str) -> str:
    """``_display.display_path``, imported only for a path that cannot be used."""
    from . import _display

    return _display.display_path(path)


def _configured(folder: str) -> bool:
    """Whether a pyproject.toml from ``folder`` upwards has a [tool.thread-validator] table, as
    ``_config.find_pyproject`` finds one (a project that only depends on thread-validator has
    none)."""
    while True:
        data = _read_regular(os.path.join(folder, "pyproject.toml"), MAX_CONFIG_BYTES)
        # Decoded leniently: a file that is not UTF-8 is no configuration to the full path, and
        # a table found in it here only sends the run there.
        if data is not None and has_table(data.decode("utf-8", "replace")):
            return True
        parent = os.path.dirname(folder)
        if parent == folder:
            return False
        folder = parent


def has_table(text: str) -> bool:
    """Whether a pyproject.toml's text has the [tool.thread-validator] table: a cheap look, before
    parsing, at what most pyproject.toml files on the way up are not."""
    return f"[tool.{SECTION}" in text or f'[tool."{SECTION}"' in text


def _read_regular(path: str, limit: int) -> bytes | None:
    """The bytes of a regular file of at most ``limit`` bytes; None for anything else (missing,
    unreadable, a directory, a FIFO: opened without blocking, so one never hangs the run)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or status.st_size > limit:
            return None
        chunks = []
        size = 0
        while chunk := os.read(descriptor, max(status.st_size + 1 - size, 1 << 16)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # it grew since fstat
                return None
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(descriptor)


class _NotPlain(Exception):
    """A duplicate key or a number JSON cannot carry: the full path reports it."""


def _pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(items)
    if len(result) != len(items):
        raise _NotPlain
    return result


def _constant(name: str) -> float:
    raise _NotPlain


def _clean(path: str, scan: Any, context: Any) -> bool:
    data = _read_regular(path, DEFAULT_MAX_BYTES)
    # A NUL byte, a byte-order mark, UTF-16 or UTF-32: the loaders have something to say.
    if (
        data is None
        or b"\x00" in data
        or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    ):
        return False
    try:
        body = json.loads(data.decode("utf-8"), object_pairs_hook=_pairs, parse_constant=_constant)
    except (ValueError, RecursionError, _NotPlain):
        # Not UTF-8, not JSON (an empty file too), too deep, an integer too long, a duplicate key.
        return False
    flags = scan(body, context)
    # 1: valid, and no rule may fire (True, which equals 1, is not an answer the scanner gives).
    return flags is not True and flags == 1
