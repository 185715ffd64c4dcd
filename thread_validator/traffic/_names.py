"""Which files are traffic, by their names alone: cheap enough for the command line's first look.

Nothing here imports a parser: ``thread-validator --help`` and a plain lint run stay as light as
they were.
"""

from __future__ import annotations

import os
import stat

# The linter's own light layer (the console script's plain path): what it reads as body files,
# standard input's name, and which files found in a folder are read.
from .._plain import BODY_SUFFIXES, STDIN, display_path, files_in

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy reads it the same)
if TYPE_CHECKING:
    # Annotations only: the command line's plain path imports this module, and importing
    # collections.abc there cost each run about 0.15 ms.
    from collections.abc import Iterable, Iterator

#: JSON Lines by name; ``.gz`` on top of any traffic name is read through gzip.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HAR_SUFFIXES = (".har",)


def base_name(path: str) -> str:
    return path.lower().removesuffix(".gz")


def format_of(path: str) -> str | None:
    """``jsonl``, ``recording`` (a HAR, or a JSON/YAML file that may be a recording) or None."""
    name = base_name(path)
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HAR_SUFFIXES) or os.path.splitext(name)[1] in BODY_SUFFIXES:
        return "recording"
    return None


def is_traffic(path: str) -> bool:
    """Whether a name alone says the file is traffic (JSON Lines or HAR, gzipped or not)."""
    return base_name(path).endswith(JSONL_SUFFIXES + HAR_SUFFIXES)


def expand(paths: Iterable[str]) -> Iterator[str | OSError]:
    """Files named by ``paths``; directories searched for traffic, JSON and YAML files, sorted."""
    for path in paths:
        if path == STDIN or os.path.isfile(path) or _is_pipe(path):
            yield path
        elif os.path.isdir(path):
            yield from files_in(path, lambda name: format_of(name) is not None)
        elif os.path.exists(path):
            yield OSError(f"not a file or a directory: {display_path(path)}")
        else:
            yield FileNotFoundError(f"no such file or directory: {display_path(path)}")


def _is_pipe(path: str) -> bool:
    """A named pipe given by name (``<(zcat logs.jsonl.gz)``): JSON Lines stream from it."""
    try:
        return stat.S_ISFIFO(os.stat(path).st_mode)
    except OSError:
        return False


def has_traffic(paths: Iterable[str]) -> bool:
    """Whether any path is traffic by name, or a directory holding such a file."""
    for path in paths:
        if is_traffic(path):
            return True
        if os.path.isdir(path):
            for _root, directories, files in os.walk(path):
                directories[:] = [name for name in directories if not name.startswith(".")]
                if any(is_traffic(name) for name in files if not name.startswith(".")):
                    return True
    return False
