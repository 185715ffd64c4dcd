"""Problems as the API's own error bodies, for servers and mocks that implement the endpoints.

The API answers a bad request with HTTP 400 and one error at a time::

    {"error": {"message": "...", "type": "invalid_request_error", "param": "...", "code": "..."}}

``param`` is the API's path form (``messages[0].content[1].image_url.url``, or ``null`` for the
body itself), ``code`` one of the codes thread-validator reports, and ``message`` the problem's
message, which follows the API's recorded wording and may add a hint after it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._problem import Problem

STATUS = 400
ERROR_TYPE = "invalid_request_error"


def api_errors(problems: Iterable[Problem], *, warnings: bool = False) -> list[dict[str, Any]]:
    """Every refusing problem as an error envelope, in the order given.

    Errors always refuse; warnings (the server-side rules, limits the live API enforces beyond
    its spec) refuse too when ``warnings`` is true, as they do on OpenAI's servers.
    """
    return [
        {
            "error": {
                "message": problem.message,
                "type": ERROR_TYPE,
                "param": problem.param,
                "code": problem.code,
            }
        }
        for problem in problems
        if warnings or problem.severity == "error"
    ]


def api_error(problems: Iterable[Problem], *, warnings: bool = False) -> dict[str, Any] | None:
    """The error body the API would answer with, or ``None``.

    Send it with status :data:`STATUS` (400). ``warnings=True`` also refuses bodies that only
    break a server-side rule, which is what a mock that behaves like OpenAI's servers wants. The
    answer is the first problem at the first place that has one; where several problems sit at
    that place, the one the server would send: an error, then a server rule (O), then lint.
    """
    refusing = [p for p in problems if warnings or p.severity == "error"]
    if not refusing:
        return None
    first = refusing[0].path
    at_first = [p for p in refusing if p.path == first]
    chosen = min(at_first, key=_precedence)
    return api_errors([chosen], warnings=True)[0]


def _precedence(problem: Problem) -> int:
    if problem.severity == "error":
        return 0
    return 1 if (problem.rule or "").startswith("O") else 2
