"""Server-side rules: limits the live API enforced beyond what its spec says.

Each rule is a warning with its own id (``O3xx``); its catalogue entry in ``_rules.py`` says what
it checks and the evidence for it, and :data:`RULE_FUNCTIONS` maps the id to its check. A body that passes the schema can still be refused by the server for these; a
server or mock that wants to answer as OpenAI does should refuse them too
(:func:`thread_validator.api_error` with ``warnings=True``), and ``--strict`` makes them fail a
lint run.

Rules look only at places the schema gives a meaning, and tolerate any value there: a place the
schema already reports as an error gets no warning (the validator drops it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from . import _walk as walk
from ._display import api_param, excerpt, json_pointer, quote
from ._problem import Problem
from ._walk import Path

MAX_MESSAGES = 32
MAX_CONTENT_LENGTH = 256_000
URL_SCHEMES = ("http://", "https://")


def too_many_messages(body: object, kind: str) -> Iterator[Problem]:
    if kind != "thread" or not isinstance(body, dict):
        return
    messages = body.get("messages")
    if isinstance(messages, list) and len(messages) > MAX_MESSAGES:
        size = len(messages)
        yield _warning(
            "O301",
            ("messages",),
            lambda where: (
                f"Invalid {where}: array too long. Expected an array with maximum length "
                f"{MAX_MESSAGES}, but got an array with length {size} instead."
            ),
        )


def content_too_long(body: object, kind: str) -> Iterator[Problem]:
    for path, message in walk.messages(body, kind):
        content = message.get("content")
        if isinstance(content, str):
            places: Iterable[tuple[Path, Any]] = [(path + ("content",), content)]
        else:
            places = [
                (path + ("content", index, "text"), part.get("text"))
                for index, part in walk.parts(message, "text")
            ]
        for place, text in places:
            if isinstance(text, str) and len(text) > MAX_CONTENT_LENGTH:
                size = len(text)
                # The API writes the length without separators (observed: "length 1620133").
                yield _warning(
                    "O302",
                    place,
                    lambda where: (
                        f"Invalid {where}: string too long. Expected a string "
                        f"with maximum length {MAX_CONTENT_LENGTH}, but got a string with length {size} instead."  # noqa: B023 (_warning calls it at once)
                    ),
                )


def image_url_scheme(body: object, kind: str) -> Iterator[Problem]:
    for path, message in walk.messages(body, kind):
        for index, part in walk.parts(message, "image_url"):
            image = part.get("image_url")
            url = image.get("url") if isinstance(image, dict) else None
            if not isinstance(url, str) or url[:8].lower().startswith(URL_SCHEMES):
                continue
            hint = (
                " The Assistants API does not take data: URLs; upload the image as a file and send "
                "an image_file part instead."
                if url[:5].lower() == "data:"
                else " The Assistants API takes http and https URLs only."
            )
            yield _warning(
                "O303",
                path + ("content", index, "image_url", "url"),
                lambda where: (
                    f"Invalid {where}. Expected a valid URL, but got a value "
                    f"with an invalid format.{hint}"  # noqa: B023 (_warning calls it at once)
                ),
            )


def file_id_prefix(body: object, kind: str) -> Iterator[Problem]:
    for path, message in walk.messages(body, kind):
        for index, part in walk.parts(message, "image_file"):
            image = part.get("image_file")
            if isinstance(image, dict):
                yield from _prefixed(
                    "O304",
                    "file-",
                    path + ("content", index, "image_file"),
                    [("file_id", image.get("file_id"))],
                )
        for index, attachment in walk.items(message.get("attachments")):
            if isinstance(attachment, dict):
                yield from _prefixed(
                    "O304",
                    "file-",
                    path + ("attachments", index),
                    [("file_id", attachment.get("file_id"))],
                )
        # A v1 message's file_ids (in v2 they are an unknown parameter, and get no warning).
        yield from _prefixed(
            "O304", "file-", path + ("file_ids",), walk.items(message.get("file_ids"))
        )
    for path, ids in walk.file_id_lists(body, kind):
        yield from _prefixed("O304", "file-", path, enumerate(ids))


def vector_store_id_prefix(body: object, kind: str) -> Iterator[Problem]:
    for path, ids in walk.vector_store_ids(body, kind):
        yield from _prefixed("O305", "vs_", path, enumerate(ids))


def thread_id_prefix(body: object, kind: str) -> Iterator[Problem]:
    if kind == "thread_object" and isinstance(body, dict):
        yield from _prefixed("O306", "thread_", (), [("id", body.get("id"))])


# The API's own code for each rule's problems (the same codes its schema checks use).
_CODES = {
    "O301": "array_above_max_length",
    "O302": "string_above_max_length",
    "O303": "invalid_value",
    "O304": "invalid_value",
    "O305": "invalid_value",
    "O306": "invalid_value",
}

# The rule function of each id, in the order they run.
RULE_FUNCTIONS: dict[str, Callable[[object, str], Iterable[Problem]]] = {
    "O301": too_many_messages,
    "O302": content_too_long,
    "O303": image_url_scheme,
    "O304": file_id_prefix,
    "O305": vector_store_id_prefix,
    "O306": thread_id_prefix,
}


def _prefixed(
    rule: str, prefix: str, base: Path, places: Iterable[tuple[str | int, Any]]
) -> Iterator[Problem]:
    """Warn for each string under ``base`` (by key or index) that does not start with ``prefix``."""
    for token, value in places:
        if isinstance(value, str) and not value.startswith(prefix):
            shown = excerpt(value)
            yield _warning(
                rule,
                base + (token,),
                lambda where: (
                    f"Invalid {where}: {shown}. Expected an ID that begins with {quote(prefix)}."  # noqa: B023 (_warning calls it at once)
                ),
            )


def _warning(rule: str, path: Path, phrase: Callable[[str], str]) -> Problem:
    # The phrase is used at once, so it may read the caller's loop variables.
    param = api_param(path)
    return Problem(
        pointer=json_pointer(path),
        param=param,
        code=_CODES[rule],
        message=phrase(quote(param)),
        severity="warning",
        path=path,
        rule=rule,
    )
