"""Every core of one machine: files and byte ranges of large JSON Lines files over processes.

The parent plans tasks in input order: a JSON Lines file larger than a partition is cut into byte
ranges that start at line boundaries, with the number of the first line of each range counted in
the parent (a newline count runs at memory speed, far ahead of validation). Workers check their
task, write what they find to a temporary file and return the task's summary; the parent copies
those files to the output in task order and adds the summaries up in that order. So the output,
its order and the summary are those of ``--jobs 1``, and memory stays bounded: one line per
worker, a summary per task.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, NamedTuple

from ._check import Checker, Options, RecordProblem
from ._names import format_of
from ._sources import check_file
from ._summary import Summary

#: The largest byte range a task takes; smaller files are one task each.
PARTITION_BYTES = 32 * 1024 * 1024
#: The smallest byte range worth a task of its own.
MIN_PARTITION_BYTES = 1024 * 1024


class Task(NamedTuple):
    path: str
    fmt: str
    start: int
    end: int | None
    first_line: int
    size: int  # bytes, for the progress estimate


Render = Callable[[RecordProblem], str]


def render_text(found: RecordProblem) -> str:
    return f"{found}\n"


def render_json(found: RecordProblem) -> str:
    return found.to_json() + "\n"


RENDERERS: dict[str, Render] = {"text": render_text, "jsonl": render_json}


def boundaries(stream: IO[bytes], size: int, parts: int) -> list[int]:
    """Offsets cutting a file into about ``parts`` ranges, each starting at a line."""
    cuts = [0]
    for index in range(1, parts):
        target = size * index // parts
        if target <= cuts[-1]:
            continue
        cut = _next_line_start(stream, target, size)
        if cut >= size:
            break
        if cut > cuts[-1]:
            cuts.append(cut)
    return cuts


def _next_line_start(stream: IO[bytes], offset: int, size: int) -> int:
    """The first line start at or after ``offset``, found in chunks (a line may be huge)."""
    position = offset - 1
    stream.seek(position)
    while True:
        chunk = stream.read(1 << 16)
        if not chunk:
            return size
        found = chunk.find(b"\n")
        if found >= 0:
            return position + found + 1
        position += len(chunk)


def count_lines(stream: IO[bytes], start: int, end: int) -> int:
    stream.seek(start)
    remaining = end - start
    count = 0
    while remaining > 0:
        chunk = stream.read(min(remaining, 1 << 20))
        if not chunk:
            break
        count += chunk.count(b"\n")
        remaining -= len(chunk)
    return count


def plan(paths: Iterable[str], jobs: int, jsonl: bool = False) -> Iterator[Task]:
    """The tasks for ``paths`` in input order (a generator: big files are cut as it goes).

    ``jsonl`` reads every file as JSON Lines, whatever its name. With ``jobs`` 1 the ranges are
    read one after the other, each starting where the last ended, so their first lines are not
    counted here (``first_line`` 0: the caller carries it on); they exist for the progress bar.
    """
    for path in paths:
        fmt = "jsonl" if jsonl else format_of(path) or "recording"
        status = os.stat(path)
        size = status.st_size
        if fmt != "jsonl" or path.lower().endswith(".gz") or not stat.S_ISREG(status.st_mode):
            # Read whole, in one task: a recording, a gzipped file, a pipe (no size, no seeking).
            yield Task(path, fmt, 0, None, 1, size)
            continue
        if jobs == 1:
            wanted = max(1, -(-size // PARTITION_BYTES))
        else:
            wanted = max(
                1, min(-(-size // MIN_PARTITION_BYTES), max(jobs * 4, -(-size // PARTITION_BYTES)))
            )
        with open(path, "rb") as stream:
            cuts = boundaries(stream, size, wanted)
            ends = [*cuts[1:], size]
            first_line = 1
            for start, end in zip(cuts, ends, strict=True):
                yield Task(
                    path, fmt, start, end, first_line if start == 0 or jobs > 1 else 0, end - start
                )
                if end < size and jobs > 1:
                    first_line += count_lines(stream, start, end)


# -- in the workers ---------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init(options: Options, render: str | None, folder: str, max_bytes: int) -> None:
    import signal

    # Ctrl-C reaches the whole process group: the parent answers it (and ends the pool); a
    # worker's own KeyboardInterrupt would only print a traceback per process.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER.update(options=options, render=render, folder=folder, max_bytes=max_bytes)


def _run_task(numbered: tuple[int, Task]) -> tuple[Summary, str | None]:
    index, task = numbered
    render = RENDERERS[_WORKER["render"]] if _WORKER["render"] else None
    summary = Summary()
    if render is None:
        check_file(
            Checker(_WORKER["options"], summary, None),
            task.path,
            task.fmt,
            _WORKER["max_bytes"],
            task.start,
            task.end,
            task.first_line,
        )
        return summary, None
    name = os.path.join(_WORKER["folder"], f"{index:08d}.out")
    with open(name, "w", encoding="utf-8", newline="") as out:
        write = out.write
        checker = Checker(_WORKER["options"], summary, lambda found: write(render(found)))
        check_file(
            checker,
            task.path,
            task.fmt,
            _WORKER["max_bytes"],
            task.start,
            task.end,
            task.first_line,
        )
    return summary, name


# -- in the parent ------------------------------------------------------------------------------


def available_cores() -> int:
    """The cores this process may run on (a container's or taskset's share, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # reported when it is read


def audit(
    paths: list[str],
    options: Options,
    *,
    jobs: int | None = None,
    render: str | None = None,
    out: IO[str] | None = None,
    max_bytes: int = 10 * 1024 * 1024,
    progress: Callable[[int, Summary], None] | None = None,
    jsonl: bool = False,
) -> Summary:
    """Check ``paths`` with ``jobs`` processes (default: every core); the summary.

    ``render`` (``"text"`` or ``"jsonl"``) writes each problem to ``out`` in input order.
    ``progress(bytes_done, summary_so_far)`` is called as tasks finish.
    """
    jobs = jobs or available_cores()
    total = Summary()
    if jobs > 1 and len(paths) <= 2 and sum(map(_size, paths)) < 2 * MIN_PARTITION_BYTES:
        # One small file, or two: starting processes would cost more than it saves.
        jobs = 1
    if jobs == 1:
        write = out.write if out is not None and render else None
        renderer = RENDERERS[render] if render else None
        next_line = 1
        for task in plan(paths, 1, jsonl):
            part = Summary()
            sink = (lambda found: write(renderer(found))) if write and renderer else None
            first_line = task.first_line or next_line
            read = check_file(
                Checker(options, part, sink),
                task.path,
                task.fmt,
                max_bytes,
                task.start,
                task.end,
                first_line,
            )
            next_line = first_line + read
            total = total + part
            if progress is not None:
                progress(task.size, total)
        return total
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with (
        tempfile.TemporaryDirectory(prefix="thread-validator-") as folder,
        context.Pool(jobs, _init, (options, render if out else None, folder, max_bytes)) as pool,
    ):
        tasks = plan(paths, jobs, jsonl)
        sizes: dict[int, int] = {}

        def numbered() -> Iterator[tuple[int, Task]]:
            for index, task in enumerate(tasks):
                sizes[index] = task.size
                yield index, task

        for index, (part, name) in enumerate(pool.imap(_run_task, numbered())):
            total = total + part
            if name is not None:
                if out is None:  # a part file is written only when there is an output
                    raise RuntimeError(name)
                with open(name, encoding="utf-8", newline="") as produced:
                    shutil.copyfileobj(produced, out)
                os.unlink(name)
            if progress is not None:
                progress(sizes.pop(index, 0), total)
        # Every task is done: let the workers end on their own. Leaving the block alone would
        # terminate them, cutting short what they do at exit (coverage writes its data then).
        pool.close()
        pool.join()
    return total
