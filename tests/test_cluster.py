"""`creditsite build --scheduler local`: the per-file partitions made on a two-worker Dask
LocalCluster give the same site and staff report, byte for byte (issue 19)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

import generator.build as build_module
import generator.cluster as cluster
from generator.build import BuildOptions, build_site
from generator.problems import BuildAborted
from tests.test_incremental import same_tree

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 11, 27)


def _options(root: Path, name: str, scheduler: str | None = None) -> BuildOptions:
    return BuildOptions(root / "data", root / name, root / f"report-{name}", AS_OF, state_dir=root / f"state-{name}",
                        scheduler=scheduler)


def test_the_sample_built_on_a_local_cluster_is_the_site_built_here(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    shutil.copytree(ROOT / "data" / "sample", tmp_path / "data")
    sent: list[int] = []
    original = cluster.run_on_dask

    def counted(tasks, scheduler):  # type: ignore[no-untyped-def]
        sent.append(len(tasks))
        return original(tasks, scheduler)

    monkeypatch.setattr(cluster, "run_on_dask", counted)
    build_site(_options(tmp_path, "dask", scheduler="local"))
    assert sent == [len([p for p in (tmp_path / "data").rglob("*") if p.is_file() and p.name != "site.toml"])]
    with monkeypatch.context() as patched:  # here, from whole tables: no partition at all
        patched.setattr(build_module, "PartitionOptions", lambda *args, **kwargs: None)
        build_site(_options(tmp_path, "here"))
    assert same_tree(tmp_path / "dask", tmp_path / "here") == []
    assert [rel for rel in same_tree(tmp_path / "report-dask", tmp_path / "report-here") if rel != "timings.json"] == []


def test_a_scheduler_that_is_not_an_address_stops_before_anything_is_read() -> None:
    with pytest.raises(BuildAborted, match="--scheduler"):
        cluster.runner("host:8786")
    assert cluster.runner(None) is None


def test_a_worker_running_another_program_refuses_to_cache_its_reading(tmp_path: Path) -> None:
    """A partition is keyed by the build's program digest: a worker of another version must not write one."""
    from generator.partitions import Task, make_partition, settings_digest
    from generator.settings import load_settings

    settings = load_settings()
    task = Task("penalties", str(ROOT / "data" / "sample" / "penalties" / "penalties-2026.csv"),
                "penalties/penalties-2026.csv", None, "digest", "key", str(tmp_path), AS_OF.isoformat(), settings,
                settings_digest(settings), program="another version")
    with pytest.raises(BuildAborted, match="版本"):
        make_partition(task)
    assert not list(tmp_path.iterdir())
