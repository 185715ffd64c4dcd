"""What the benchmark scripts share: payloads, the alternatives, a timer and the table.

Every script answers one question with ``rows() -> list[Row]`` and prints its table when run on
its own; ``run_all.py`` prints all of them as one. Times are medians of interleaved rounds (each
candidate timed once per round, so that a busy machine slows them all alike); ratios are against
the first row of the same question, the floor (``json.loads`` of the body's text).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
PAYLOADS = HERE / "payloads"
BIN = Path(sys.executable).parent


@dataclass
class Row:
    question: str
    candidate: str
    seconds: float  # median per operation (0: not a time)
    ratio: float | None = None  # against the question's floor
    note: str = ""


def text(name: str) -> str:
    return (PAYLOADS / f"{name}.json").read_text("utf-8")


def body(name: str) -> Any:
    return json.loads(text(name))


def manifest() -> dict[str, Any]:
    return json.loads(text("manifest"))


@cache
def standalone_schema(definition: str = "CreateThreadRequest") -> dict[str, Any]:
    """The bundled document with its root pointing at one definition, for the other validators.

    Their custom keywords (metadataLimits, chunkOverlapAtMostHalf, exactlyOneOf) are unknown
    keywords to them, and ignored: they check less than thread-validator does.
    """
    from thread_validator._schema import document

    return {**document(), "$ref": f"#/$defs/{definition}"}


def per_call(function: Callable[[], object], budget: float = 0.02) -> int:
    """How many calls make one timed batch of about ``budget`` seconds."""
    number = 1
    while True:
        start = time.perf_counter_ns()
        for _ in range(number):
            function()
        if (time.perf_counter_ns() - start) / 1e9 >= budget or number >= 1 << 20:
            return number
        number *= 2


def compare(
    candidates: dict[str, Callable[[], object]], rounds: int = 15, budget: float = 0.02
) -> dict[str, float]:
    """Median seconds per call of each candidate, timed in interleaved rounds."""
    numbers = {name: per_call(function, budget) for name, function in candidates.items()}
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(rounds):
        for name, function in candidates.items():
            number = numbers[name]
            start = time.perf_counter_ns()
            for _ in range(number):
                function()
            samples[name].append((time.perf_counter_ns() - start) / 1e9 / number)
    return {name: statistics.median(values) for name, values in samples.items()}


def rows_for(
    question: str, medians: dict[str, float], notes: dict[str, str] | None = None
) -> list[Row]:
    floor = next(iter(medians.values()))
    return [
        Row(question, name, seconds, seconds / floor, (notes or {}).get(name, ""))
        for name, seconds in medians.items()
    ]


# Processes run from here: ``python -c`` puts its working directory first on sys.path, and run
# from the repository it would import the source tree instead of the installed package.
NEUTRAL_DIRECTORY = tempfile.gettempdir()


def run_process(argv: list[str], env: dict[str, str] | None = None) -> float:
    """Wall-clock seconds of one whole process (its exit status is not the point here)."""
    start = time.perf_counter_ns()
    subprocess.run(
        argv,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        check=False,
        cwd=NEUTRAL_DIRECTORY,
    )
    return (time.perf_counter_ns() - start) / 1e9


def compare_processes(
    commands: dict[str, list[str]], rounds: int, env: dict[str, str] | None = None
) -> dict[str, float]:
    for argv in commands.values():  # warm the file cache and write bytecode
        run_process(argv, env)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, argv in commands.items():
            samples[name].append(run_process(argv, env))
    return {name: statistics.median(values) for name, values in samples.items()}


def process_env() -> dict[str, str]:
    """The environment for timed processes: bytecode caching on, as in a normal installation."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def script(name: str) -> str | None:
    found = BIN / name
    return str(found) if found.exists() else shutil.which(name)


def sourcemeta() -> str | None:
    """sourcemeta's native ``jsonschema`` binary (npm package ``@sourcemeta/jsonschema``).

    ``SOURCEMETA_JSONSCHEMA`` names the binary, or ``SOURCEMETA_PREFIX`` the folder it was
    installed into with ``npm install --prefix FOLDER @sourcemeta/jsonschema`` (default
    ``~/.cache/thread-validator-bench/sourcemeta``). The binary is run directly: the package's
    ``npm/cli.js`` wrapper would add a Node.js start (about 40 ms) to every process.
    """
    named = os.environ.get("SOURCEMETA_JSONSCHEMA")
    if named:
        return named if Path(named).exists() else None
    prefix = Path(
        os.environ.get(
            "SOURCEMETA_PREFIX", Path.home() / ".cache" / "thread-validator-bench" / "sourcemeta"
        )
    )
    machine = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}.get(
        os.uname().machine.lower(), os.uname().machine
    )
    system = "darwin" if sys.platform == "darwin" else "linux"
    binary = (
        prefix
        / "node_modules/@sourcemeta/jsonschema/build/github-releases"
        / f"jsonschema-{system}-{machine}"
    )
    return str(binary) if binary.exists() else None


def installed_from_wheel() -> bool:
    """Whether ``thread_validator`` is imported from an installed copy, not the repository.

    An editable install's import hook adds 25-50 ms to every process (``python -c pass``
    included) and flatters the process ratios: time processes from a wheel install.
    """
    import thread_validator

    return HERE.parent.resolve() not in Path(thread_validator.__file__).resolve().parents


# --- the alternatives ------------------------------------------------------------------------


def jsonschema_validator(definition: str = "CreateThreadRequest") -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(standalone_schema(definition))


def fastjsonschema_validate(definition: str = "CreateThreadRequest") -> Callable[[Any], Any] | None:
    try:
        import fastjsonschema
    except ImportError:
        return None
    # fastjsonschema knows drafts 4, 6 and 7; this schema's keywords mean the same there.
    schema = {
        key: value for key, value in standalone_schema(definition).items() if key != "$schema"
    }
    return fastjsonschema.compile(schema)  # type: ignore[no-any-return]


def jsonschema_rs_validator(definition: str = "CreateThreadRequest") -> Any:
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs.validator_for(standalone_schema(definition))


def format_seconds(seconds: float) -> str:
    if seconds <= 0:
        return ""
    if seconds >= 0.1:
        return f"{seconds * 1e3:,.0f} ms"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:,.1f} ms"
    return f"{seconds * 1e6:,.1f} µs"


def table(rows: list[Row]) -> str:
    lines = ["| question | candidate | median | × floor | note |", "|---|---|---:|---:|---|"]
    for row in rows:
        ratio = "" if row.ratio is None else f"{row.ratio:,.2f}×"
        lines.append(
            f"| {row.question} | {row.candidate} | {format_seconds(row.seconds)} | {ratio} | {row.note} |"
        )
    return "\n".join(lines)


def main(rows: Callable[[], list[Row]]) -> None:
    print(table(rows()))


def valid_body_rows(name: str, rounds: int = 15) -> list[Row]:
    """One valid body: every validator's verdict, against parsing its text."""
    import thread_validator

    raw, parsed = text(name), body(name)
    validator = thread_validator.Validator("thread")
    assert validator.validate(parsed) == [] or all(
        p.severity == "warning" for p in validator.validate(parsed)
    )
    candidates: dict[str, Callable[[], object]] = {
        "json.loads of the text (floor)": lambda: json.loads(raw),
        "thread-validator is_valid": lambda: validator.is_valid(parsed),
        "thread-validator validate (+ warning rules)": lambda: validator.validate(parsed),
    }
    jsonschema = jsonschema_validator()
    candidates["python-jsonschema is_valid"] = lambda: jsonschema.is_valid(parsed)
    fast = fastjsonschema_validate()
    if fast is not None:
        candidates["fastjsonschema"] = lambda: fast(parsed)
    rs = jsonschema_rs_validator()
    if rs is not None:
        candidates["jsonschema-rs is_valid"] = lambda: rs.is_valid(parsed)
    notes = {
        "thread-validator is_valid": "full check, custom keywords included",
        "thread-validator validate (+ warning rules)": "the same, plus the lint warning rules",
        "python-jsonschema is_valid": "Draft 2020-12, no custom keywords",
        "fastjsonschema": "no custom keywords",
        "jsonschema-rs is_valid": "no custom keywords",
    }
    return rows_for(f"valid {name} ({len(raw.encode()):,} B)", compare(candidates, rounds), notes)
