"""Where a few paths of a JSON text start, found without scanning the whole text.

A file with a problem needs the line and column of the problem's value, not of every value in
the file: :func:`locate_json` walks the text along each reported path only, stepping over each
sibling value with json's C scanner (``raw_decode``), and records the positions
``Positions.locate`` would find in the full map of :func:`_loaders.scan_json` for those paths:
every ancestor on the way, the value, and the key. The full scan (about 20 times the cost of
``json.loads``) stays for what only it finds: nesting too deep to report on, and the texts the
loader already scanned (duplicate keys, NaN).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from ._loaders import MAX_DEPTH, Positions

_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
# Beyond this many paths one full scan is cheaper than a walk per path.
MAX_PATHS = 64


class Unlocatable(Exception):
    """The walk cannot promise the full scan's answer: the caller scans the whole text."""


def may_locate(text: str, paths: list[tuple[Any, ...]]) -> bool:
    """Whether :func:`locate_json` can stand in for the full scan on ``text``.

    With no more brackets than the depth limit, no value can be nested beyond it, so the full
    scan would not refuse the text for its depth.
    """
    return len(paths) <= MAX_PATHS and text.count("{") + text.count("[") <= MAX_DEPTH


def locate_json(text: str, paths: Iterable[tuple[Any, ...]]) -> Positions:
    """The positions of ``paths`` (their values, ancestors and keys) in a JSON text that
    ``json.loads`` accepted without duplicate keys."""
    positions = Positions()
    for path in paths:
        try:
            _walk(text, path, positions)
        except (ValueError, IndexError, RecursionError) as error:
            raise Unlocatable(str(error)) from error
    return positions


def _walk(text: str, path: tuple[Any, ...], positions: Positions) -> None:
    position = _skip(text, 0)
    positions.values[()] = _line_column(text, position)
    for depth, token in enumerate(path):
        char = text[position]
        if char == "{" and isinstance(token, str):
            found = _member(text, position, token)
            if found is None:
                return
            key_at, position = found
            positions.keys[path[: depth + 1]] = _line_column(text, key_at)
        elif char == "[" and type(token) is int and token >= 0:
            found_item = _item(text, position, token)
            if found_item is None:
                return
            position = found_item
        else:
            return
        positions.values[path[: depth + 1]] = _line_column(text, position)


def _member(text: str, position: int, name: str) -> tuple[int, int] | None:
    """The offsets of the key ``name`` and of its value in the object at ``position``."""
    position = _skip(text, position + 1)
    if text[position] == "}":
        return None
    while True:
        key_at = position
        key, position = scanstring(text, position + 1)
        position = _skip(text, _skip(text, position) + 1)  # past the ':'
        if key == name:
            return key_at, position
        position = _skip(text, _DECODER.raw_decode(text, position)[1])
        if text[position] != ",":
            return None  # the closing brace: no such key
        position = _skip(text, position + 1)


def _item(text: str, position: int, index: int) -> int | None:
    """The offset of item ``index`` of the array at ``position``."""
    position = _skip(text, position + 1)
    if text[position] == "]":
        return None
    for _ in range(index):
        position = _skip(text, _DECODER.raw_decode(text, position)[1])
        if text[position] != ",":
            return None  # the closing bracket: fewer items
        position = _skip(text, position + 1)
    return position


def _skip(text: str, position: int) -> int:
    return _WS.match(text, position).end()  # type: ignore[union-attr]


def _line_column(text: str, offset: int) -> tuple[int, int]:
    # 1-based, columns in characters, as _loaders._Lines counts them.
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1
