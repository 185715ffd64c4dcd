"""How long does the command line take on 1 file and on 1,000 files, whole process included?

thread-validator's console script against check-jsonschema (``--schemafile`` on the bundled
document pointed at CreateThreadRequest) and sourcemeta's native ``jsonschema validate`` (C++,
when installed: see ``_common.sourcemeta``). The floor is a Python process that only parses the
same files. Neither peer knows the custom keywords or the warning rules. The 1,000 fixtures are the benchmark payloads repeated: nine valid bodies in ten
(typical and minimal), one with a single fault.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from _common import (
    Row,
    compare_processes,
    main,
    manifest,
    process_env,
    script,
    sourcemeta,
    standalone_schema,
    text,
)

FLOOR = "import json, sys\nfor path in sys.argv[1:]:\n    json.loads(open(path, 'rb').read())\n"


def fixtures(directory: Path, count: int) -> list[str]:
    invalid = [name for name, entry in manifest().items() if entry["set"] == "invalid"]
    directory.mkdir()
    paths = []
    for index in range(count):
        if index % 10 == 9:
            name = invalid[(index // 10) % len(invalid)]
        else:
            name = "typical" if index % 2 else "minimal"
        path = directory / f"body-{index:04d}.json"
        path.write_text(text(name), "utf-8")
        paths.append(str(path))
    return paths


def rows(rounds: int = 5) -> list[Row]:
    ours, theirs, native = script("thread-validator"), script("check-jsonschema"), sourcemeta()
    result: list[Row] = []
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        schema = directory / "create-thread.schema.json"
        schema.write_text(json.dumps(standalone_schema()), "utf-8")
        for count in (1, 1000):
            files = (
                [str(directory / "one.json")] if count == 1 else fixtures(directory / "many", count)
            )
            if count == 1:
                Path(files[0]).write_text(text("typical"), "utf-8")
            commands = {
                "python: json.loads of each file (floor)": [sys.executable, "-c", FLOOR, *files]
            }
            if ours:
                commands["thread-validator"] = [ours, *files]
            if theirs:
                commands["check-jsonschema"] = [theirs, "--schemafile", str(schema), *files]
            if native:
                # --continue: report every file, not stop at the first invalid one, as the others do.
                commands["sourcemeta jsonschema validate"] = [
                    native,
                    "validate",
                    "--continue",
                    str(schema),
                    *files,
                ]
            medians = compare_processes(
                commands, rounds if count == 1 else max(3, rounds // 2), process_env()
            )
            floor = medians["python: json.loads of each file (floor)"]
            faster = ""
            if ours and theirs:
                faster = f"{medians['check-jsonschema'] / medians['thread-validator']:.1f}× faster than check-jsonschema"
            if ours and native:
                faster += f"; {medians['sourcemeta jsonschema validate'] / medians['thread-validator']:.2f}× sourcemeta's speed"
            for name, seconds in medians.items():
                note = faster if name == "thread-validator" else ""
                result.append(
                    Row(
                        f"CLI, {count:,} file{'s' if count > 1 else ''}",
                        name,
                        seconds,
                        seconds / floor,
                        note,
                    )
                )
    return result


if __name__ == "__main__":
    main(rows)
