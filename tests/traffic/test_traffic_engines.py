"""Engines: --jobs 2 and Dask give exactly what --jobs 1 gives, problems, order and summary."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest

from thread_validator import cli
from thread_validator.bulk import Options, Summary, audit

PAD = "x" * 800  # long lines that are cheap to check: a file of several partitions stays fast


def _lines(count: int, seed: int = 7) -> list[str]:
    chooser = random.Random(seed)
    lines = []
    for index in range(count):
        body: object = {
            "messages": [{"role": "user", "content": "Hi"}],
            "metadata": {"pad": PAD[:500]},
        }
        url = "/v1/threads"
        roll = chooser.random()
        if roll < 0.05:
            body = {
                "messages": [{"role": "system", "content": "x"}],
                "metadata": {"pad": PAD[:500]},
            }
        elif roll < 0.08:
            url = "/v1/threads/thread_abc/runs"  # runs on an existing thread: skipped
        elif roll < 0.10:
            lines.append('{"custom_id": "cut", "body": {"messages": [' + PAD[:300])
            continue
        record = {"custom_id": f"req-{index}", "method": "POST", "url": url, "body": body}
        lines.append(json.dumps(record))
    return lines


@pytest.fixture(scope="module")
def traffic(tmp_path_factory) -> Path:
    """About 2.6 MB: three partitions for --jobs 2 (partitions are at least 1 MiB)."""
    path = tmp_path_factory.mktemp("traffic") / "requests.jsonl"
    path.write_text("\n".join(_lines(3600)) + "\n")
    return path


def run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), out, err, io.BytesIO())
    assert not err.getvalue()
    return code, out.getvalue()


def test_jobs_2_gives_the_output_of_jobs_1(traffic, tmp_path):
    from thread_validator.traffic._pool import plan

    assert len(list(plan([str(traffic)], 2))) > 1  # the file really is cut
    one = run("--preset", "batch", "--jobs", "1", str(traffic))
    two = run("--preset", "batch", "--jobs", "2", str(traffic))
    assert one == two
    assert one[0] == 1
    assert "3,600 records read" in one[1]
    for jobs in ("1", "2"):
        run(
            "--preset",
            "batch",
            "--jobs",
            jobs,
            "--format",
            "json",
            "--problems",
            str(tmp_path / f"problems-{jobs}.jsonl"),
            str(traffic),
        )
    assert (tmp_path / "problems-1.jsonl").read_bytes() == (
        tmp_path / "problems-2.jsonl"
    ).read_bytes()
    rows = [json.loads(line) for line in (tmp_path / "problems-1.jsonl").read_text().splitlines()]
    lines = traffic.read_bytes().splitlines(keepends=True)
    for row in rows:
        # The line number and byte offset of every problem point at its record.
        assert sum(map(len, lines[: row["line"] - 1])) == row["offset"]
        assert lines[row["line"] - 1].startswith(
            b'{"custom_id": "%s"' % (row["record"] or "cut").encode()
        )


def _normalised(summary: Summary, source: str) -> dict:
    data = summary.to_dict()
    for locators in data["first"].values():
        for locator in locators:
            assert locator["source"] == source
            locator["source"] = "S"
    return data


def test_dask_on_memory_gives_the_answer_of_jobs_1(traffic, tmp_path):
    distributed = pytest.importorskip("distributed")
    fsspec = pytest.importorskip("fsspec")
    from thread_validator.traffic.dask import audit as dask_audit

    local = audit([str(traffic)], jobs=1, preset="batch", problems=str(tmp_path / "local.jsonl"))
    memory = fsspec.filesystem("memory")
    memory.pipe("/traffic/requests.jsonl", traffic.read_bytes())
    try:
        # Threads, not processes: the memory:// file system lives in this process.
        with (
            distributed.LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=False,
                protocol="tcp",
                host="127.0.0.1",
                dashboard_address=None,
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            total = dask_audit(
                ["memory://traffic/*.jsonl"],
                Options.from_preset("batch"),
                scheduler=client,
                problems="memory://audit",
                block_bytes=700_000,
            )
            # The command line on the same cluster, by its address, with a URL for a path.
            code, out = run(
                "--preset",
                "batch",
                "--engine",
                "dask",
                "--scheduler",
                cluster.scheduler_address,
                "--format",
                "json",
                "memory://traffic/requests.jsonl",
            )
            assert code == 1
            assert json.loads(out)["summary"]["records"] == total.records
        parts = sorted(memory.ls("/audit", detail=False))
        assert len(parts) == 4  # four blocks, one problems file each, in input order
        written = b"".join(memory.cat(part) for part in parts)
    finally:
        memory.rm("/traffic", recursive=True)
        if memory.exists("/audit"):
            memory.rm("/audit", recursive=True)
    assert _normalised(total, "memory:///traffic/requests.jsonl") == _normalised(
        local, str(traffic)
    )
    rows = [json.loads(line) for line in written.decode().splitlines()]
    expected = [json.loads(line) for line in (tmp_path / "local.jsonl").read_text().splitlines()]
    for row in expected:
        row["source"] = "memory:///traffic/requests.jsonl"
    assert rows == expected


@pytest.mark.slow
def test_engine_dask_on_the_command_line_starts_a_local_cluster(traffic):
    pytest.importorskip("distributed")
    code, out = run(
        "--preset", "batch", "--engine", "dask", "--jobs", "2", "--format", "json", str(traffic)
    )
    _, local = run("--preset", "batch", "--jobs", "1", "--format", "json", str(traffic))
    assert code == 1
    assert json.loads(out) == json.loads(local)
