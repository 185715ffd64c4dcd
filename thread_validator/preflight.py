"""Pre-flight checks in the official ``openai`` client: refuse a bad thread body before it is sent.

The guard sits in the HTTP client the SDK is given (its public ``http_client`` option), so it sees
the exact bytes the SDK would send, whatever SDK call built them::

    import openai
    from thread_validator.preflight import guarded_http_client

    client = openai.OpenAI(http_client=guarded_http_client())
    client.beta.threads.create(messages=[{"role": "system", "content": "hi"}])
    # raises PreflightError: 1 error in the thread body: Invalid value for 'messages[0].role' ...

It checks ``POST …/threads`` (a thread body), ``POST …/threads/{thread_id}/messages`` (a message
body) and the ``thread`` member of ``POST …/threads/runs`` (``create_and_run``), and that those
requests carry ``OpenAI-Beta: assistants=v2``. Any other request passes untouched. Two ways in:

* :func:`guarded_http_client` / :func:`guarded_async_http_client`: a client with a request event
  hook (keyword arguments go to the client, including ``transport``);
* :class:`GuardedTransport` / :class:`AsyncGuardedTransport`: a transport that wraps another one,
  for code that builds its own client.

Only this module needs ``httpx2`` (what ``openai`` 3.x uses) or ``httpx``; it works with the
requests of either, and is not imported by ``import thread_validator``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any

from ._display import excerpt
from ._kinds import DEFAULT_SERVER, KINDS
from ._loaders import load
from ._problem import InvalidBody, Problem, make
from ._rules import with_rule
from ._schema import DEFAULT_API_VERSION, ApiVersion
from ._validator import validator_for

__all__ = [
    "AsyncGuardedTransport",
    "GuardedTransport",
    "Preflight",
    "PreflightError",
    "guarded_async_http_client",
    "guarded_http_client",
]

BETA_HEADER = "OpenAI-Beta"


class PreflightError(InvalidBody):
    """A request the guard refused to send; ``problems`` says why, ``method`` and ``url`` what.

    It is an :class:`~thread_validator.InvalidBody`, hence a :class:`ValueError`. The ``openai``
    SDK passes it through unchanged: it is not a transport error, so it is neither retried nor
    wrapped in ``APIConnectionError``.
    """

    def __init__(self, problems: tuple[Problem, ...], kind: str, method: str, url: str) -> None:
        super().__init__(problems, kind)
        self.method = method
        self.url = url

    def __str__(self) -> str:
        return f"refused to send {self.method} {self.url}: {super().__str__()}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions pickle as ``cls(*args)``, and args holds only what InvalidBody was given:
        # without this a process pool cannot hand the error back.
        return (type(self), (self.problems, self.kind, self.method, self.url), self.__dict__)


@dataclasses.dataclass(frozen=True)
class Preflight:
    """What the guard checks: the API version's schema and header, and whether warnings refuse.

    ``strict`` also refuses bodies that only break a server-side rule (a warning);
    ``check_beta_header`` can be turned off for servers that do not need the header; ``server``
    (``"openai"`` or ``"azure"``) is the server the client talks to, which decides the ID
    prefixes that pass.
    """

    api_version: ApiVersion = DEFAULT_API_VERSION
    strict: bool = False
    check_beta_header: bool = True
    server: str = DEFAULT_SERVER

    def inspect(
        self, method: str, path: str, headers: Mapping[str, str], content: bytes, url: str = ""
    ) -> None:
        """Raise :class:`PreflightError` if the request must not be sent."""
        if method.upper() != "POST":
            return
        route = _route(path)
        # The endpoints each kind declares (``_kinds``): the kind of body, and the member of the
        # body that holds it (None: the body itself).
        endpoint = next(
            (
                (kind.name, found.member)
                for kind in KINDS.values()
                if self.api_version in kind.api_versions
                and (found := kind.endpoint_for(route)) is not None
                and found.method == method.upper()
            ),
            None,
        )
        if endpoint is None:
            return
        kind, member = endpoint
        problems = self._header_problems(headers) + self._body_problems(content, kind, member)
        refusing = [p for p in problems if p.severity == "error" or self.strict]
        if refusing:
            if self.strict:
                # InvalidBody lists errors; under strict, warnings refuse and are listed as errors.
                problems = [p.replace(severity="error") for p in problems]
            raise PreflightError(tuple(problems), kind, method.upper(), url or path)

    def _header_problems(self, headers: Mapping[str, str]) -> list[Problem]:
        if not self.check_beta_header:
            return []
        wanted = f"assistants={self.api_version}"
        values = _header_values(headers, BETA_HEADER)
        setting = f"Please try again by setting the header '{BETA_HEADER}: {wanted}'."
        tokens = [token.strip() for value in values for token in value.split(",")]
        versions = sorted({token for token in tokens if token.lower().startswith("assistants=")})
        if not values:
            message = f"You must provide the '{BETA_HEADER}' header to access the Assistants API. {setting}"
        elif versions == [wanted]:
            return []
        elif len(versions) > 1:
            # Sent twice (or listed twice) with different versions: which one the server takes
            # is not defined, so the request may run against the wrong API.
            message = (
                f"The '{BETA_HEADER}' header names more than one Assistants API version "
                f"({', '.join(excerpt(version) for version in versions[:4])}): send only one. {setting}"
            )
        elif versions == ["assistants=v1"]:
            message = f"The v1 Assistants API has been deprecated. {setting}"
        else:
            message = f"Invalid '{BETA_HEADER}' header: {excerpt(', '.join(values))}. {setting}"
        # The API answers a v1 header with code invalid_beta; the code for a missing header was
        # not recorded, and is taken to be the same.
        return [make("invalid_beta", (), message)]

    def _body_problems(self, content: bytes, kind: str, member: str | None) -> list[Problem]:
        if not content.strip():
            return []  # No body: the API reads it as {} (the docs' own example sends -d '').
        # Read as the command line reads a .json file: a duplicate key (json.loads would keep
        # the last value silently), NaN, a number too long or nesting too deep is a problem.
        [document] = load(content, "json")
        problems = [with_rule(problem) for problem in document.problems]
        if not document.parsed:
            return problems
        body = document.body
        if member is not None:
            if not isinstance(body, dict) or body.get(member) is None:
                return problems
            validator = validator_for(kind, self.api_version, self.server)
            found = validator.validate(body[member], base=(member,))
        else:
            found = validator_for(kind, self.api_version, self.server).validate(body)
        # A value the reader already reported (a NaN) is not reported again by the schema.
        return problems + [
            problem for problem in found if problem.on_key or problem.path not in document.reported
        ]


def _route(path: str) -> str:
    """The endpoint a server routes a path to: percent-escapes decoded, case folded, empty and
    dot segments and a trailing slash dropped (``/v1/Threads/``, ``/v1//threads%2F``)."""
    from posixpath import normpath
    from urllib.parse import unquote

    return normpath("/" + unquote(path).lower()).rstrip("/")


def _header_values(headers: Mapping[str, str], name: str) -> list[str]:
    """Every value of a header, sent once or several times."""
    get_list = getattr(headers, "get_list", None)  # httpx's Headers keep repeated headers apart
    if get_list is not None:
        return list(get_list(name))
    value = headers.get(name)
    if value is None:
        value = next((v for k, v in headers.items() if k.lower() == name.lower()), None)
    return [] if value is None else [value]


def _request_parts(request: Any) -> tuple[str, str, Mapping[str, str], str]:
    return str(request.method), str(request.url.path), request.headers, str(request.url)


# --- transports ------------------------------------------------------------------------------


class GuardedTransport:
    """A sync transport that checks each request, then hands it to ``inner``."""

    def __init__(self, inner: Any, preflight: Preflight | None = None) -> None:
        self.inner = inner
        self.preflight = preflight or Preflight()

    def handle_request(self, request: Any) -> Any:
        method, path, headers, url = _request_parts(request)
        if method.upper() == "POST":
            self.preflight.inspect(method, path, headers, request.read(), url)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()

    def __enter__(self) -> GuardedTransport:
        self.inner.__enter__()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None = None,
        value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.inner.__exit__(kind, value, traceback)


class AsyncGuardedTransport:
    """An async transport that checks each request, then hands it to ``inner``."""

    def __init__(self, inner: Any, preflight: Preflight | None = None) -> None:
        self.inner = inner
        self.preflight = preflight or Preflight()

    async def handle_async_request(self, request: Any) -> Any:
        method, path, headers, url = _request_parts(request)
        if method.upper() == "POST":
            self.preflight.inspect(method, path, headers, await request.aread(), url)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()

    async def __aenter__(self) -> AsyncGuardedTransport:
        await self.inner.__aenter__()
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None = None,
        value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.inner.__aexit__(kind, value, traceback)


# --- clients ---------------------------------------------------------------------------------


def request_hook(preflight: Preflight | None = None) -> Callable[[Any], None]:
    """A ``"request"`` event hook for a sync client: ``client.event_hooks["request"].append(...)``."""
    checks = preflight or Preflight()

    def hook(request: Any) -> None:
        method, path, headers, url = _request_parts(request)
        if method.upper() == "POST":
            checks.inspect(method, path, headers, request.read(), url)

    return hook


def async_request_hook(preflight: Preflight | None = None) -> Callable[[Any], Awaitable[None]]:
    """A ``"request"`` event hook for an async client."""
    checks = preflight or Preflight()

    async def hook(request: Any) -> None:
        method, path, headers, url = _request_parts(request)
        if method.upper() == "POST":
            checks.inspect(method, path, headers, await request.aread(), url)

    return hook


def guarded_http_client(preflight: Preflight | None = None, **client_options: Any) -> Any:
    """A sync HTTP client for ``openai.OpenAI(http_client=...)`` that checks thread bodies.

    It is the SDK's own ``DefaultHttpxClient`` (the SDK's timeouts and connection limits) when
    ``openai`` is installed, else a plain ``httpx2``/``httpx`` client; ``client_options`` go to it.
    """
    factory = _client_factory(sync=True)
    return factory(**_with_hook(client_options, request_hook(preflight)))


def guarded_async_http_client(preflight: Preflight | None = None, **client_options: Any) -> Any:
    """An async HTTP client for ``openai.AsyncOpenAI(http_client=...)`` that checks thread bodies."""
    factory = _client_factory(sync=False)
    return factory(**_with_hook(client_options, async_request_hook(preflight)))


def _with_hook(options: dict[str, Any], hook: Callable[[Any], Any]) -> dict[str, Any]:
    hooks = {
        name: list(functions) for name, functions in (options.get("event_hooks") or {}).items()
    }
    hooks["request"] = [hook, *hooks.get("request", [])]
    return {**options, "event_hooks": hooks}


def _client_factory(*, sync: bool) -> Callable[..., Any]:
    try:
        import openai
    except ImportError:
        pass
    else:
        return openai.DefaultHttpxClient if sync else openai.DefaultAsyncHttpxClient
    try:
        import httpx2 as httpx
    except ImportError:
        import httpx  # type: ignore[no-redef]
    return httpx.Client if sync else httpx.AsyncClient
