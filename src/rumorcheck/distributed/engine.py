"""The batch as a Ray Data job: read articles, check them on long-lived workers, write results.

The flow is ``read -> map_batches(CheckArticles) -> write``:

* articles come from files and folders (walked here, read by the workers, so each file is
  checked exactly as ``--jobs`` checks it), or from JSON Lines or Parquet datasets whose records
  hold the article text (read by Ray's read tasks, from any filesystem pyarrow can open);
* each worker is an actor holding one :class:`~rumorcheck.checker.Checker`; a worker that dies
  (killed, out of memory, its machine gone) is restarted and its batch is run again;
* results are files of result records in the output folder, as JSON Lines (the lines
  ``--format jsonl`` writes) or Parquet (``path`` and ``record`` columns), and the totals of
  every written part come back to the driver for the summary and the exit code.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
import warnings
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import ray
from ray.data import ActorPoolStrategy, DataContext, Dataset
from ray.data.block import BlockAccessor
from ray.data.datasource import BlockBasedFileDatasink, FileBasedDatasource
from ray.util.annotations import RayDeprecationWarning

from ..batch import WalkError
from ..checker import Checker
from ..errors import EngineError, UsageError
from ..findings import ArticleResult
from ..summary import Totals
from ..workers import CHUNK
from .records import CheckArticles, jsonl_records, rows_table

INPUT_FORMATS = ("files", "jsonl", "parquet")
OUTPUT_FORMATS = ("jsonl", "parquet")
RETRIES = 3  # runs of a batch after its worker died: enough for chance deaths, not for an article that kills every time
ROWS_PER_TASK = 4 * CHUNK  # a worker takes a block of articles at a time: blocks of a few batches keep every
                          # worker busy to the end, whatever the input's own blocks (one per Parquet file...)
ROWS_PER_FILE = 4096  # result rows gathered into one output file, so a million articles are not a million files
LIGHT = 0  # cores for reading and writing: none, so that every core holds a checking worker and a read
           # or write never waits for a core a worker holds (they are light next to checking)
_ROWS_PER_BLOCK = 1024


def check_on_ray(articles: list[Path | WalkError] | list[str], checker: Checker, output: str, *,
                 input_format: str = "files", output_format: str = "jsonl", workers: int | None = None,
                 address: str | None = None, quiet: bool = False) -> Totals:
    """Check every article on Ray and write the result records under ``output``; the batch's totals.

    ``articles`` are walked files (``input_format="files"``) or dataset paths (``"jsonl"``,
    ``"parquet"``). Ray is joined at ``address`` (or ``RAY_ADDRESS``), or started on this machine;
    if this process is already connected, that cluster is used and left running.
    """
    if input_format not in INPUT_FORMATS or output_format not in OUTPUT_FORMATS:
        raise UsageError(f"formats: input one of {', '.join(INPUT_FORMATS)}, output one of {', '.join(OUTPUT_FORMATS)}")
    _check_output_folder(output)
    started = _connect(address, quiet)
    try:
        dataset = _articles(articles, input_format).repartition(target_num_rows_per_block=ROWS_PER_TASK)
        sink = ResultsSink(output, output_format)
        checked = _checked(dataset, checker, workers or _cluster_cpus())
        checked.write_datasink(sink, ray_remote_args={"num_cpus": LIGHT})
        return sink.totals
    except ray.exceptions.RayActorError:
        raise EngineError(f"the Ray job failed: a worker died {RETRIES + 1} times checking the same batch of "
                          f"articles (one that exhausts its memory or crashes it?); {output} may hold the "
                          "results of other batches") from None
    except ray.exceptions.RayError as exc:
        raise EngineError(f"the Ray job failed: {_gist(exc)}") from None
    finally:
        if started:
            ray.shutdown()


def _checked(dataset: Dataset, checker: Checker, workers: int) -> Dataset:
    """Results of checking the dataset's articles on actors of one core each, from one up to
    ``workers``: a pool that started full would hold every core before Parquet's file listing,
    which needs one, could run."""
    pool = ActorPoolStrategy(min_size=1, max_size=workers)
    with warnings.catch_warnings():
        # Ray 2.60 deprecates remote args in map_batches but has no other way to bound the retries
        # (pyproject keeps Ray below 2.64, which removes them)
        warnings.filterwarnings("ignore", "`ray_remote_args` is deprecated", RayDeprecationWarning)
        return dataset.map_batches(
            CheckArticles, fn_constructor_args=(checker.unused(),), batch_format="pyarrow", batch_size=CHUNK,
            compute=pool, num_cpus=1, max_restarts=-1, max_task_retries=RETRIES)


def _connect(address: str | None, quiet: bool) -> bool:
    """Join the cluster (or start a local one); True when this call did, so it also disconnects."""
    context = DataContext.get_current()
    context.enable_progress_bars = not quiet
    context.print_on_execution_start = not quiet
    level = logging.ERROR if quiet else logging.INFO
    logging.getLogger("ray.data").setLevel(level)
    if ray.is_initialized():
        return False
    on_sigterm = signal.getsignal(signal.SIGTERM)
    try:
        ray.init(address=address, logging_level=level, log_to_driver=not quiet)
    except (ConnectionError, ValueError, RuntimeError) as exc:
        raise EngineError(f"cannot reach Ray at {address or os.environ.get('RAY_ADDRESS')}: {_gist(exc)}") from None
    if on_sigterm is not None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_sigterm)  # Ray's handler aborts; the command's stops the job cleanly
    return True


def _cluster_cpus() -> int:
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


# -- reading -------------------------------------------------------------------------------------

def _articles(articles: list, input_format: str) -> Dataset:
    if input_format == "files":
        return ray.data.from_items([_file_row(item) for item in articles])
    paths = [str(a) for a in articles]
    try:
        if input_format == "jsonl":
            return ray.data.read_datasource(JsonLinesArticles(paths), num_cpus=LIGHT)
        return _parquet_articles(paths)
    except (FileNotFoundError, OSError, ValueError) as exc:
        raise UsageError(f"{', '.join(paths)}: cannot read {input_format} input ({_gist(exc)})") from None


def _file_row(item: Path | WalkError) -> dict:
    if isinstance(item, WalkError):
        return {"path": item.path, "problem": item.result().error}
    return {"path": str(item), "problem": None}


def _parquet_articles(paths: list[str]) -> Dataset:
    """Rows of ``path`` (or ``id``) and ``text``; other columns are not read."""
    dataset = ray.data.read_parquet(paths, num_cpus=LIGHT)
    names = dataset.schema().names  # from the files' metadata: nothing is read yet
    key = "path" if "path" in names else "id" if "id" in names else None
    if key is None or "text" not in names:
        raise UsageError(f"{paths[0]}: Parquet articles need a 'text' column and a 'path' or 'id' column "
                         f"(columns: {', '.join(names)})")
    dataset = dataset.select_columns([key, "text"])
    return dataset.rename_columns({"id": "path"}) if key == "id" else dataset


class JsonLinesArticles(FileBasedDatasource):
    """Articles from JSON Lines files (``.jsonl``, ``.json``, compressed forms too), one object a
    line; a malformed line is an error record, never a failed read."""

    _FILE_EXTENSIONS = ["jsonl", "json", "jsonl.gz", "json.gz", "jsonl.zst", "json.zst"]

    def _read_stream(self, f: pa.NativeFile, path: str) -> Iterator[pa.Table]:
        records = list(jsonl_records(f.readall(), path))
        for start in range(0, len(records), _ROWS_PER_BLOCK):
            yield rows_table(records[start:start + _ROWS_PER_BLOCK])


# -- writing -------------------------------------------------------------------------------------

class ResultsSink(BlockBasedFileDatasink):
    """Result records as files in a folder (any filesystem pyarrow can write), and their totals."""

    def __init__(self, path: str, output_format: str):
        super().__init__(path, file_format=output_format, min_rows_per_file=ROWS_PER_FILE)
        self.output_format = output_format
        self.totals = Totals()

    def write(self, blocks: Iterable, ctx) -> Totals:
        blocks = list(blocks)
        super().write(blocks, ctx)
        totals = Totals()
        for block in blocks:
            for line in BlockAccessor.for_block(block).to_arrow().column("record").to_pylist():
                totals.add(ArticleResult.from_dict(json.loads(line)))
        return totals

    def write_block_to_file(self, block: BlockAccessor, file: pa.NativeFile) -> None:
        table = block.to_arrow()
        if self.output_format == "parquet":
            pq.write_table(table.select(["path", "record"]), file)
        else:
            file.write("".join(line + "\n" for line in table.column("record").to_pylist()).encode("utf-8"))

    def on_write_complete(self, write_result) -> None:
        super().on_write_complete(write_result)
        for part in write_result.write_returns:
            if part is not None:
                self.totals.merge(part)


def _check_output_folder(output: str) -> None:
    """The output folder must be new or empty: results of another run would mix with these."""
    filesystem, where = pafs.FileSystem.from_uri(output if _is_uri(output) else os.path.abspath(output))
    info = filesystem.get_file_info(where)
    if info.type == pafs.FileType.File:
        raise UsageError(f"{output}: is a file; --output needs a folder with --engine ray")
    if info.type == pafs.FileType.Directory and filesystem.get_file_info(pafs.FileSelector(where)):
        raise UsageError(f"{output}: folder is not empty; results of another run would mix with these")


def _is_uri(path: str) -> bool:
    return "://" in path


def _gist(exc: BaseException) -> str:
    """The last line of an error: Ray's errors carry the remote traceback before it."""
    lines = [line for line in str(exc).splitlines() if line.strip()]
    return lines[-1].strip() if lines else type(exc).__name__
