"""Which allocator a build's Arrow buffers come from, and memory handed back between stages (issue 19).

pyarrow's default memory pool (mimalloc in the wheels) keeps what it frees: at 3x10^4 entities,
when the export starts, the build's main process held 789 MB, of which 108 MB were live Arrow
buffers and about 160 MB pages mimalloc had freed but kept (not given back by its own
`release_unused`). With the C library's allocator (`pa.system_memory_pool()`) and the freed pages
handed back after the rules (`give_back`), the same point held 606 MB, and every anonymous page is
accounted for: Python's object arenas, malloc's live blocks (Arrow's among them) and what
`malloc_trim` can hand back.
bench/RESULTS-build.md has the figures; the output does not depend on the allocator.

`tuning.arrow_system_pool` = 0 keeps pyarrow's default (for a measurement).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pyarrow as pa

from generator import tuning


@contextmanager
def arrow_buffers_from_malloc() -> Iterator[None]:
    """Inside the block, new Arrow buffers (pandas' text columns among them) come from the C
    library's allocator, unless `tuning.arrow_system_pool` is 0; the pool before is restored after
    (a process that builds several times, a test session, gets back what it had)."""
    if not tuning.current().arrow_system_pool:
        yield
        return
    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(before)


def start_worker(settings: tuning.Tuning) -> None:
    """A build's worker process: its thresholds and its Arrow allocator those of the build (workers.py)."""
    tuning.install(settings)
    if settings.arrow_system_pool:
        pa.set_memory_pool(pa.system_memory_pool())


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none (musl, macOS, Windows)."""
    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None
    if trim is None:
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim  # type: ignore[no-any-return]


def give_back() -> None:
    """Hand the pages this process has freed back to the system: the Arrow pool's unused memory and
    malloc's free pages (glibc keeps them otherwise), unless `tuning.memory_give_back` is 0. The
    build calls it where a stage has freed much that the next does not reuse at once (after the
    data stages, the export, the pages): the render and gate workers then start beside a smaller
    main process. Costs a few hundredths of a second."""
    if not tuning.current().memory_give_back:
        return
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
