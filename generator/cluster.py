"""Making the per-file partitions on a Dask cluster (`creditsite build --scheduler`, issue 19).

Entry point: `runner(scheduler)`: None for the build's own process, else a function that sends
each missing partition (`generator.partitions.make_partition`: load one input file, check its
rows, write the partition) to dask.distributed and waits for all of them:

- `local`: a `LocalCluster` of two worker processes on this machine, started for the build and
  stopped after it (only when some file has no partition yet);
- `tcp://host:8786`: an existing scheduler. Its workers must run the same creditsite version and
  see the data folder and the state folder at the same paths as the build (shared storage): they
  read the input files and write the partitions there; only the partitions' metadata comes back.

What stays on the build's machine: the checks across files (duplicates), de-identification,
publication rules, rendering, export, the leak gate and the swap (docs/scaling.md).
dask and distributed are optional (`pip install creditsite[cluster]`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from generator.partitions import Runner, Task, make_partition
from generator.problems import BuildAborted

LOCAL = "local"
LOCAL_WORKERS = 2


def runner(scheduler: str | None) -> Runner | None:
    """The partition maker for a --scheduler value (None: the build's own process)."""
    if not scheduler:
        return None
    if scheduler != LOCAL and not scheduler.startswith(("tcp://", "tls://", "inproc://")):
        raise BuildAborted(f"--scheduler 应为 local 或 Dask 调度器地址（如 tcp://host:8786），而不是“{scheduler}”。")

    def run(tasks: Sequence[Task]) -> list[dict[str, Any]]:
        return run_on_dask(tasks, scheduler)

    return run


def run_on_dask(tasks: Sequence[Task], scheduler: str) -> list[dict[str, Any]]:
    """Make the partitions on dask.distributed; their metadata in the order of `tasks`."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise BuildAborted("--scheduler 需要 dask.distributed：请先安装 pip install 'creditsite[cluster]'。") from exc
    if scheduler == LOCAL:
        with LocalCluster(n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            with Client(cluster) as client:
                return _map(client, tasks)
    try:
        client = Client(scheduler, timeout="30s")
    except OSError as exc:
        raise BuildAborted(f"无法连接 Dask 调度器 {scheduler}（{type(exc).__name__}）：请检查地址和网络后重新构建，"
                           "或去掉 --scheduler 在本机构建。") from exc
    with client:
        return _map(client, tasks)


def _map(client: Any, tasks: Sequence[Task]) -> list[dict[str, Any]]:
    # pure=False: a task is one file's bytes at one moment, never to be taken from another build's result.
    futures = client.map(make_partition, list(tasks), pure=False)
    return list(client.gather(futures))
