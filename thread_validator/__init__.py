"""Validate request bodies for OpenAI's Create-thread endpoint before they are sent.

>>> from thread_validator import validate
>>> [p.param for p in validate({"messages": [{"role": "system", "content": "hi"}]})]
['messages[0].role']
"""

# The public names are imported on first use (PEP 562): the console script imports this package
# before anything else, and its plain path (``_plain``) needs none of them.
TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy reads it the same)
if TYPE_CHECKING:
    from ._api_errors import api_error, api_errors
    from ._problem import InvalidBody, Problem, Severity
    from ._schema import ApiVersion, Kind
    from ._validator import Validator, check, is_valid, validate

__all__ = [
    "ApiVersion",
    "InvalidBody",
    "Kind",
    "Problem",
    "Severity",
    "Validator",
    "api_error",
    "api_errors",
    "check",
    "is_valid",
    "validate",
]
__version__ = "0.1.0"

_MODULE_OF = {
    "api_error": "._api_errors",
    "api_errors": "._api_errors",
    "InvalidBody": "._problem",
    "Problem": "._problem",
    "Severity": "._problem",
    "ApiVersion": "._schema",
    "Kind": "._schema",
    "Validator": "._validator",
    "check": "._validator",
    "is_valid": "._validator",
    "validate": "._validator",
}


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
