"""Dask: the same partition function past one machine (``pip install 'thread-validator[dask]'``).

Files are local paths or fsspec URLs (``s3://``, ``gs://``, ``memory://``, ...). A JSON Lines file
is cut into blocks; a first pass counts each block's lines (so every problem carries its true line
number), a second checks each block from its first whole line to the first line of the next, as
``fsspec``'s delimited reads do. Each partition writes its problems to a file of its own under
``problems`` (``part-00000-00000.jsonl``, in input order) and returns its summary; the summaries
are added up pairwise on the cluster, a tree of merges, and only the total comes back.

>>> from thread_validator.traffic.dask import audit     # doctest: +SKIP
>>> audit(["s3://bucket/logs/*.jsonl"], Options.from_preset("batch"), scheduler="tcp://10.0.0.5:8786",
...       problems="s3://bucket/audit/")                  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._check import DEFAULT_OPTIONS, Checker, Options, RecordProblem
from ._summary import Summary

#: Bytes per partition: large enough that a task's overhead is noise.
BLOCK_BYTES = 64 * 1024 * 1024


class MissingDask(RuntimeError):
    """Dask (or distributed, or fsspec) is not installed."""

    def __init__(self, name: str) -> None:
        """Name the missing package and how to install it."""
        super().__init__(f"--engine dask needs {name}: pip install 'thread-validator[dask]'")


def _imports() -> tuple[Any, Any]:
    try:
        import dask
        import fsspec
    except ImportError as error:
        raise MissingDask(error.name or "dask") from None
    return dask, fsspec


def _block_range(
    urlpath: str, offset: int, length: int, size: int, storage: dict[str, Any]
) -> tuple[int, int, int]:
    """(start, end, newlines) of a block: from its first line start to the next block's."""
    import fsspec

    # Ranged reads (cat_file), not a shared file position: file systems may hand every opener
    # the same file object (memory:// does), and object stores serve ranges natively.
    fs, path = fsspec.core.url_to_fs(urlpath, **storage)
    start = _line_start(fs, path, offset, size)
    end = _line_start(fs, path, offset + length, size) if offset + length < size else size
    count = 0
    position = start
    while position < end:
        chunk = fs.cat_file(path, position, min(position + (1 << 20), end))
        if not chunk:
            break
        count += chunk.count(b"\n")
        position += len(chunk)
    return start, end, count


def _line_start(fs: Any, path: str, offset: int, size: int) -> int:
    """The offset of the first line that starts at or after ``offset``."""
    if offset == 0:
        return 0
    position = offset - 1
    while position < size:
        chunk = fs.cat_file(path, position, min(position + (1 << 16), size))
        if not chunk:
            break
        found = chunk.find(b"\n")
        if found >= 0:
            return position + found + 1
        position += len(chunk)
    return size


def _check_block(
    urlpath: str,
    fmt: str,
    span: tuple[int, int, int],
    first_line: int,
    options: Options,
    out: str | None,
    storage: dict[str, Any],
    max_bytes: int,
) -> Summary:
    import io

    import fsspec

    from ._jsonl import check_stream
    from ._sources import check_document

    start, end, _ = span
    summary = Summary()
    writer = fsspec.open(out, "w", encoding="utf-8", **storage).open() if out else None
    sink = (lambda found: writer.write(found.to_json() + "\n")) if writer else None
    try:
        checker = Checker(options, summary, sink)
        if fmt == "jsonl" and urlpath.lower().endswith(".gz"):
            with fsspec.open(urlpath, "rb", compression="gzip", **storage) as stream:
                check_stream(checker, stream, urlpath, 0, None, 1)
        elif fmt == "jsonl":
            # One block in memory (BLOCK_BYTES), read as one ranged request.
            fs, path = fsspec.core.url_to_fs(urlpath, **storage)
            block = io.BytesIO(fs.cat_file(path, start, end))
            check_stream(checker, block, urlpath, start, end, first_line)
        else:
            with fsspec.open(urlpath, "rb", compression="infer", **storage) as stream:
                check_document(checker, stream.read(), urlpath, max_bytes)
    finally:
        if writer is not None:
            writer.close()
    return summary


def _add(left: Summary, right: Summary) -> Summary:
    return left + right


def _tree(dask: Any, parts: list[Any]) -> Any:
    """Pairwise sums of delayed summaries, in order: a tree, not a chain, and never the client."""
    add = dask.delayed(_add, pure=True)
    while len(parts) > 1:
        pairs = [add(parts[i], parts[i + 1]) for i in range(0, len(parts) - 1, 2)]
        if len(parts) % 2:
            pairs.append(parts[-1])
        parts = pairs
    return parts[0]


def audit(
    paths: Iterable[str],
    options: Options = DEFAULT_OPTIONS,
    *,
    scheduler: str | Any | None = None,
    workers: int | None = None,
    problems: str | None = None,
    block_bytes: int = BLOCK_BYTES,
    storage_options: dict[str, Any] | None = None,
    max_bytes: int = 10 * 1024 * 1024,
    jsonl: bool = False,
) -> Summary:
    """Check files on Dask; the total summary (problems go to files under ``problems``).

    ``scheduler`` is a scheduler address, a ``distributed.Client``, or None for a local cluster
    bound to 127.0.0.1 with its dashboard off (``workers`` processes; default every core).
    Paths may hold globs (``logs/*.jsonl``); ``storage_options`` go to fsspec. ``jsonl`` reads
    every file as JSON Lines, whatever its name.
    """
    dask, fsspec = _imports()
    from ._names import base_name, format_of

    storage = dict(storage_options or {})
    files: list[tuple[str, int, str]] = []
    for urlpath in paths:
        found = fsspec.open_files(urlpath, "rb", **storage)
        for opened in found:
            # Sources are named as given (a local path stays a path), or by their full URL.
            if len(found) == 1 and not any(char in urlpath for char in "*?["):
                name = urlpath
            elif "file" in _protocols(opened.fs):
                name = opened.path
            else:
                name = opened.fs.unstrip_protocol(opened.path)
            fmt = "jsonl" if jsonl else format_of(name) or "recording"
            files.append((name, int(opened.fs.size(opened.path)), fmt))
    if problems is not None:
        fs, root = fsspec.core.url_to_fs(problems, **storage)
        fs.makedirs(root, exist_ok=True)
    client, owned = _client(scheduler, workers)
    try:
        spans: list[tuple[str, str, Any]] = []
        for name, size, fmt in files:
            if fmt != "jsonl" or base_name(name) != name.lower():
                # A recording, or a compressed file: read whole, one partition.
                spans.append((name, fmt, dask.delayed((0, size, 0), pure=True)))
                continue
            spans.extend(
                (
                    name,
                    fmt,
                    dask.delayed(_block_range, pure=True)(name, offset, block_bytes, size, storage),
                )
                for offset in range(0, max(size, 1), block_bytes)
            )
        # The line counts come back (one small tuple a block) so that each block knows its first
        # line; problems and summaries stay on the cluster.
        computed = client.gather(client.compute([span for _, _, span in spans]))
        parts = []
        first_line = 1
        previous = None
        file_index = -1
        block = 0
        for (name, fmt, _), span in zip(spans, computed, strict=True):
            if name != previous:
                first_line, previous, block = 1, name, 0
                file_index += 1
            out = None
            if problems is not None:
                out = f"{problems.rstrip('/')}/part-{file_index:05d}-{block:05d}.jsonl"
            if span[1] > span[0] or fmt != "jsonl":
                parts.append(
                    dask.delayed(_check_block, pure=True)(
                        name, fmt, span, first_line, options, out, storage, max_bytes
                    )
                )
            first_line += span[2]
            block += 1
        if not parts:
            return Summary()
        return client.compute(_tree(dask, parts)).result()
    finally:
        for resource in owned:  # what this run started, last first
            resource.close()


def _protocols(fs: Any) -> tuple[str, ...]:
    protocol = fs.protocol
    return (protocol,) if isinstance(protocol, str) else tuple(protocol)


def _client(scheduler: Any, workers: int | None) -> tuple[Any, list[Any]]:
    """The client to run on, and what the run opened itself (to close at the end)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise MissingDask("distributed") from None
    if scheduler is None:
        from ._pool import available_cores

        cluster = LocalCluster(
            n_workers=workers or available_cores(),
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
        return client, [client, cluster]
    if isinstance(scheduler, str):
        client = Client(scheduler)
        return client, [client]
    return scheduler, []


__all__ = ["BLOCK_BYTES", "MissingDask", "RecordProblem", "audit"]
