"""Build state: what earlier builds published, kept outside the public site.

Entry points: `load_history(state_dir, out_dir, build_id)` and `save_build(...)`.
The state is only used to describe change (release notes, the removal ledger, first
publication dates for timeliness, neutral pages at removed entities' old URLs). What is
public is decided from the data and the as-of date alone, so losing the state folder can
never republish anything.

A build is stored under its build id. A rebuild of the same data as of the same date has
the same id and is compared with the build *before* it, so two such builds write
byte-identical sites.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from generator.rules import ENTITY, PUBLISHED, RECORD_ID, STATUS, Decided
from generator.schema import KINDS

KEEP_BUILDS = 20
STATE_COLUMNS = ["id", "kind", "entity", "content", "first_published"]
GONE = "source-removed"  # the record is no longer in the data folder (or was rejected)


@dataclass
class History:
    """The builds before this one."""

    previous_build: str | None
    previous: pd.DataFrame  # STATE_COLUMNS of the previous build's published records
    previous_pages: set[str]
    ledger: list[dict[str, str]] = field(default_factory=list)  # removal entries of earlier builds


@dataclass
class Changes:
    """What this build changed, by kind; removed records by count and reason only."""

    build_id: str
    as_of: str
    previous_build: str | None
    kinds: dict[str, dict[str, Any]]
    removals: list[dict[str, str]]  # ledger entries added by this build (hash, kind, reason, date)
    current: pd.DataFrame  # STATE_COLUMNS of this build

    def as_json(self) -> dict[str, Any]:
        return {"build_id": self.build_id, "as_of": self.as_of, "previous_build": self.previous_build,
                "kinds": self.kinds}


def _builds_index(state_dir: Path) -> list[dict[str, str]]:
    path = state_dir / "builds.json"
    if path.is_file():
        return list(json.loads(path.read_text(encoding="utf-8")))
    return []


def load_history(state_dir: Path, out_dir: Path, build_id: str) -> History:
    """The latest earlier build (not this build id); seeded from the live site when state is lost."""
    builds = [b for b in _builds_index(state_dir) if b["build_id"] != build_id]
    ledger: list[dict[str, str]] = []
    if builds:
        last = builds[-1]
        previous = pd.read_parquet(state_dir / "builds" / f"{last['build_id']}.parquet")
        pages = set(json.loads((state_dir / "builds" / f"{last['build_id']}.pages.json").read_text()))
        ledger_path = state_dir / "builds" / f"{last['build_id']}.ledger.jsonl"
        if ledger_path.is_file():
            ledger = [json.loads(line) for line in ledger_path.read_text(encoding="utf-8").splitlines() if line]
        return History(last["build_id"], previous, pages, ledger)
    # No state: keep what the live site already shows (its ledger, its entity page URLs).
    live_ledger = out_dir / "data" / "removals.jsonl"
    if live_ledger.is_file():
        ledger = [json.loads(line) for line in live_ledger.read_text(encoding="utf-8").splitlines() if line]
    pages = {p.name for p in (out_dir / "entity").iterdir() if p.is_dir()} if (out_dir / "entity").is_dir() else set()
    return History(None, pd.DataFrame(columns=STATE_COLUMNS), pages, ledger)


def published_state(decided: Decided, content_columns: dict[str, list[str]]) -> pd.DataFrame:
    """id, kind, entity and a content hash for every published record, in a stable order."""
    parts = []
    for kind, columns in content_columns.items():
        frame = decided.published(kind)
        if frame.empty:
            continue
        cols = [c for c in columns if c in frame]
        content = pd.util.hash_pandas_object(frame[cols].astype(str), index=False).map("{:016x}".format)
        parts.append(pd.DataFrame({"id": frame[RECORD_ID].to_numpy(), "kind": kind,
                                   "entity": frame[ENTITY].to_numpy(), "content": content.to_numpy()}))
    current = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=STATE_COLUMNS[:-1])
    return current.sort_values(["kind", "id"]).reset_index(drop=True)


def state_build_id(state: pd.DataFrame, as_of: str) -> str:
    """A build id that changes whenever the as-of date or any published content changes."""
    digest = hashlib.sha256(as_of.encode())
    for rid, content in zip(state["id"], state["content"]):
        digest.update(f"{rid}:{content}\n".encode())
    return f"{as_of.replace('-', '')}-{digest.hexdigest()[:8]}"


def with_first_published(state: pd.DataFrame, history: History, as_of: str) -> pd.DataFrame:
    """Add the date each record was first published (this build's as-of date for new ones)."""
    first = dict(zip(history.previous["id"], history.previous["first_published"]))
    out = state.copy()
    out["first_published"] = [first.get(i, as_of) for i in out["id"]]
    return out[STATE_COLUMNS]


def compare(decided: Decided, current: pd.DataFrame, history: History, build_id: str, as_of: str) -> Changes:
    """Added / changed / removed per kind against the previous build; ledger entries for removals."""
    previous = history.previous
    status_by_id: dict[str, str] = {}
    for frame in decided.frames.values():
        status_by_id.update(zip(frame[RECORD_ID], frame[STATUS]))
    before = dict(zip(previous["id"], previous["content"]))
    before_kind = dict(zip(previous["id"], previous["kind"]))
    now = dict(zip(current["id"], current["content"]))
    kinds: dict[str, dict[str, Any]] = {
        k: {"added": 0, "changed": 0, "removed": {}, "published": 0} for k in KINDS if not KINDS[k].control
    }
    for rid, kind in zip(current["id"], current["kind"]):
        entry = kinds[kind]
        entry["published"] += 1
        if rid not in before:
            entry["added"] += 1
        elif before[rid] != now[rid]:
            entry["changed"] += 1
    removals: list[dict[str, str]] = []
    for rid in sorted(set(before) - set(now)):
        kind = before_kind[rid]
        status = status_by_id.get(rid, GONE)
        reason = GONE if status == PUBLISHED else status
        removed = kinds[kind]["removed"]
        removed[reason] = removed.get(reason, 0) + 1
        removals.append({"hash": rid, "kind": kind, "reason": reason, "date": as_of, "build": build_id})
    return Changes(build_id, as_of, history.previous_build, kinds, removals, current)


def save_build(state_dir: Path, changes: Changes, pages: set[str], ledger: list[dict[str, str]]) -> None:
    """Store this build (called only after it was published)."""
    builds_dir = state_dir / "builds"
    builds_dir.mkdir(parents=True, exist_ok=True)
    changes.current.to_parquet(builds_dir / f"{changes.build_id}.parquet", index=False)
    (builds_dir / f"{changes.build_id}.pages.json").write_text(json.dumps(sorted(pages)), encoding="utf-8")
    (builds_dir / f"{changes.build_id}.ledger.jsonl").write_text(
        "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in ledger), encoding="utf-8")
    builds = [b for b in _builds_index(state_dir) if b["build_id"] != changes.build_id]
    builds.append({"build_id": changes.build_id, "as_of": changes.as_of,
                   "saved": dt.date.today().isoformat()})
    for old in builds[:-KEEP_BUILDS]:
        for suffix in (".parquet", ".pages.json", ".ledger.jsonl"):
            (builds_dir / f"{old['build_id']}{suffix}").unlink(missing_ok=True)
    (state_dir / "builds.json").write_text(json.dumps(builds[-KEEP_BUILDS:], indent=1), encoding="utf-8")
