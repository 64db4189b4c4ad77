"""One pool of worker processes per build, shared by the stages that work in parallel.

The export writes its largest tables, the render stage its entity and list pages, and the leak
gate scans large sites, each in parallel. They share one `Workers` object, created once per
build (`build._build_locked`) and passed down: its processes are started the first time a stage
asks for them, and stopped when the build ends. Once the pages are rendered the build recycles
them (`recycle`): the render stage's processes, which hold what rendering made them import and
allocate, end, and the gate starts new ones. A stage called on its own (a test, `creditsite check`) makes a
short-lived one (`Workers.own`).

What every job of a stage needs (the render stage's shells and templates, the gate's values) is
handed over once per process, not with every job: `share` writes it to a file, and each process
reads it at its first job of that stage (`shared`).
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import shutil
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import tuning
from generator.memory import start_worker
from generator.tempfolders import make_temp_folder

MAX_WORKERS = 8  # beyond this the stages wait on the disk, not on the processors


def worker_count() -> int:
    """The number of processes a pool has: one per core, at most MAX_WORKERS."""
    return min(os.cpu_count() or 1, MAX_WORKERS)


@dataclass(frozen=True)
class Shared:
    """A handle on an object handed to every worker once (`Workers.share`)."""

    path: str
    token: int
    build: Callable[[Any], Any] | None = None  # what each worker makes of it once (a scanner, templates)


_LOADED: dict[int, Any] = {}  # in a worker: the shared object of the stage it works for, by token
_TOKENS = itertools.count(1)


def shared(handle: Shared) -> Any:
    """In a worker: the object behind handle, read from its file at the first job that needs it."""
    if handle.token not in _LOADED:
        _LOADED.clear()  # one stage at a time: the previous stage's setup is not needed again
        with open(handle.path, "rb") as source:
            value = pickle.load(source)
        _LOADED[handle.token] = handle.build(value) if handle.build is not None else value
    return _LOADED[handle.token]


def _with_shared(function: Callable[[Any, Any], Any], handle: Shared, job: Any) -> Any:
    return function(shared(handle), job)


class Workers:
    """A lazily started pool of `worker_count()` spawned processes, shared by a build's stages."""

    def __init__(self) -> None:
        self.size = worker_count()
        self._pool: ProcessPoolExecutor | None = None
        self._folder: Path | None = None  # marked as this process's: a killed build's is removed by the next
        self.started = 0  # process pools started (one at a time): read by tests

    @classmethod
    @contextmanager
    def own(cls, given: Workers | None) -> Iterator[Workers]:
        """The given workers, or a pool of its own for a stage called outside a build."""
        if given is not None:
            yield given
            return
        with cls() as workers:
            yield workers

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the processes (cancelling what was not started) and remove the shared files."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def recycle(self) -> None:
        """Stop the processes, so that the next stage that asks for them gets new ones.

        A process keeps what a stage made it import and allocate (the render stage's pandas,
        Jinja and templates, its heap) until it ends: idle through the search index, and the leak
        gate, which needs none of it, grew on top of it (a 3,000-entity build: 35-60 MB more in
        the gate than with processes of its own). Still one pool at a time, of the same size.
        """
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    @property
    def pool(self) -> ProcessPoolExecutor:
        """The processes, started at the first use."""
        if self._pool is None:
            # The workers size their work by the thresholds in force here (a tuned build's too), and
            # take their Arrow buffers from the same allocator (memory.py).
            self._pool = ProcessPoolExecutor(max_workers=self.size, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=start_worker, initargs=(tuning.current(),))
            self.started += 1
        return self._pool

    def share(self, value: Any, build: Callable[[Any], Any] | None = None) -> Shared:
        """Hand value to the workers: written once, read once by each process that needs it.

        With `build` (a module-level function), a job gets `build(value)`, made once per process.
        """
        if self._folder is None:
            self._folder = make_temp_folder("creditsite-workers-")  # (tempfolders.py: the values pickled may be private)
        token = next(_TOKENS)  # a new pool's processes start empty: unique within this process is enough
        handle = Shared(os.path.join(self._folder, f"{token}.pickle"), token, build)
        with open(handle.path, "wb") as target:
            pickle.dump(value, target, protocol=pickle.HIGHEST_PROTOCOL)
        return handle

    def ordered(self, function: Callable[[Any, Any], Any], setup: Shared, jobs: Iterable[Any],
                ahead: int | None = None) -> Iterator[Any]:
        """function(setup, job) for each job in the workers, results in job order.

        Jobs are handed out as they are made, `ahead` (default twice the processes) at most
        waiting, so that only a few jobs' data are in memory at once, however many there are.
        """
        pending: deque[Any] = deque()
        limit = ahead or 2 * self.size
        for job in jobs:
            pending.append(self.pool.submit(_with_shared, function, setup, job))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def map(self, function: Callable[[Any], Any], jobs: list[Any]) -> list[Any]:
        """function(job) for each job in the workers, results in job order.

        A job is handed over when a process is free for it: one per process at a time. Submitted
        all at once, the pool pickled one job more than it had processes into its queue, where its
        bytes waited in this process for a whole job's time (the export's third largest table:
        hundreds of MB at 10^6 entities, beside the two the writers held).
        """
        results: list[Any] = [None] * len(jobs)
        running: dict[Future[Any], int] = {}
        for index, job in enumerate(jobs):
            if len(running) >= self.size:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    results[running.pop(future)] = future.result()
            running[self.pool.submit(function, job)] = index
        for future, index in running.items():
            results[index] = future.result()
        return results
