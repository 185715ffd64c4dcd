"""How long does one ``thread-validator`` run take over many fixture files, and how long to start?

Writes N copies of a typical body (half JSON, half YAML; one in ten invalid, so positions are
built too) to a temporary directory, then times the console script over the directory, and
``--help`` (start-up alone), each the best of a few runs.

    python benchmarks/cli_many_files.py [N]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

JSON_BODY = '{"messages": [{"role": "user", "content": "Summarise the report."}], "metadata": {"n": "%d"}}\n'
YAML_BODY = "messages:\n  - role: user\n    content: Summarise the report.\nmetadata:\n  n: '%d'\n"
BAD_JSON = '{"messages": [{"role": "system", "content": "hi"}], "metadata": {"n": %d}}\n'


def best(command: list[str], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    script = shutil.which("thread-validator") or str(
        Path(sys.executable).with_name("thread-validator")
    )
    with tempfile.TemporaryDirectory() as directory:
        for index in range(count):
            if index % 10 == 0:
                Path(directory, f"{index:05}.json").write_text(BAD_JSON % index)
            elif index % 2:
                Path(directory, f"{index:05}.yaml").write_text(YAML_BODY % index)
            else:
                Path(directory, f"{index:05}.json").write_text(JSON_BODY % index)
        start_up = best([script, "--help"])
        run = best([script, directory])
        python = best([sys.executable, "-c", "pass"])
        imported = best([sys.executable, "-c", "import thread_validator"])
    print(f"{count} files in one run: {run * 1000:.0f} ms ({run / count * 1e6:.0f} µs a file)")
    print(f"start-up (--help): {start_up * 1000:.0f} ms; bare python {python * 1000:.0f} ms")
    print(f"import thread_validator: {(imported - python) * 1000:.1f} ms over bare python")


if __name__ == "__main__":
    main()
