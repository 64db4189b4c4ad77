"""An update assembles only the entity pages whose rows changed (issue 19, render stage).

Each entity page has a row key (views.entity_row_keys: a hash of the published rows that reach
it, over the columns its view reads, with their kinds and order, and of what else the page
shows). An update whose key for an entity equals the last build's takes its summary (search
index, check index, sitemap), content key and date of last change from the build's state and
leaves its page and JSON as the live site has them: not assembled, written nor scanned. The
site stays byte-identical to a full build of the same data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import generator.render as render_module
from generator.build import BuildOptions, BuildResult, build_site
from generator.schema import KINDS
from generator.tuning import Tuning
from generator.views import entity_row_keys, record_view, view_columns
from tests.helpers import license_, make_uscc, penalty, rules_file, write_folder

AS_OF = dt.date(2026, 11, 27)
NAMES = {s: f"张掖市第{s}商贸有限公司" for s in range(400, 406)}
A, B, C, D = (make_uscc(s) for s in (400, 401, 402, 403))


def data(text: str = "罚款2000元", status_b: str = "存续", with_d: bool = True) -> dict[str, list[dict[str, str]]]:
    """Six companies, each with a penalty and a licence, four of them in the registry; the 4th
    (D) has one penalty only and no registry row. `text` is the 处罚内容 of A's penalty (shown on
    its page only), `status_b` B's 登记状态 (its profile; no record of B changes with it). C's
    licence is valid up to AS_OF: from the next day it shows as 已失效."""
    penalties, licences, registry = [], [], []
    for i, serial in enumerate(NAMES):
        if serial == 403 and not with_d:
            continue
        party = {"name": NAMES[serial], "serial": serial}
        penalties.append(penalty(f"甘州市监罚〔2026〕{i + 1}号", f"2026-0{i + 1}-10", **party,
                                 处罚内容=text if serial == 400 else "罚款2000元"))
        if serial != 403:
            licences.append(license_(f"甘州市监许〔2026〕{i + 1}号", f"2026-0{i + 1}-12", **party,
                                     有效期至=AS_OF.isoformat() if serial == 402 else "2031-05-31"))
        if serial in (400, 401, 402, 404):
            registry.append({"统一社会信用代码": make_uscc(serial), "主体名称": NAMES[serial], "主体类型": "有限责任公司",
                             "法定代表人": "康振涛", "成立日期": "2003-01-06", "住所": "张掖市甘州区",
                             "登记状态": status_b if serial == 401 else "存续"})
    return {"penalties": penalties, "licenses": licences, "entities": registry}


def options(root: Path, out: str = "site", state: str = "state", full: bool = False, as_of: dt.date = AS_OF,
            rules: Path | None = None) -> BuildOptions:
    return BuildOptions(root / "data", root / out, root / "report", as_of, state_dir=root / state, full=full,
                        rules_file=rules)


def differing(a: Path, b: Path) -> list[str]:
    left = {p.relative_to(a).as_posix(): p for p in a.rglob("*") if p.is_file()}
    right = {p.relative_to(b).as_posix(): p for p in b.rglob("*") if p.is_file()}
    return sorted(set(left) ^ set(right)) + [r for r in sorted(set(left) & set(right))
                                             if left[r].read_bytes() != right[r].read_bytes()]


@pytest.fixture
def assembled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The codes of the entities whose view the render stage assembles (in this process: the
    site is far below `render_parallel_from`)."""
    codes: list[str] = []
    real = render_module.batch_entities

    def spy(batch: list[str], rows: dict[str, pd.DataFrame]) -> Any:
        codes.extend(batch)
        return real(batch, rows)

    monkeypatch.setattr(render_module, "batch_entities", spy)
    return codes


@pytest.fixture
def root(tmp_path: Path) -> Path:
    write_folder(tmp_path / "data", data())
    build_site(options(tmp_path))
    return tmp_path


def update(root: Path, rows: dict[str, list[dict[str, str]]], assembled: list[str], as_of: dt.date = AS_OF,
           rules: Path | None = None) -> tuple[BuildResult, list[str], Path]:
    """New data, an update build (and the entities it assembled), and a full build of the same
    data from a copy of the same state."""
    shutil.rmtree(root / "data")
    write_folder(root / "data", rows)
    twin_state = root / "state-twin"
    shutil.rmtree(twin_state, ignore_errors=True)
    shutil.rmtree(root / "twin", ignore_errors=True)
    shutil.copytree(root / "state", twin_state)
    (twin_state / "site.json").write_text(json.dumps({"out_dir": str(root / "twin")}))
    assembled.clear()
    result = build_site(options(root, as_of=as_of, rules=rules))
    now = sorted(assembled)
    build_site(options(root, out="twin", state=twin_state.name, full=True, as_of=as_of, rules=rules))
    return result, now, root / "twin"


def entity_files(site: Path) -> dict[str, tuple[int, bytes]]:
    """Every entity page and JSON: inode and bytes."""
    return {p.relative_to(site).as_posix(): (p.stat().st_ino, p.read_bytes())
            for p in sorted((site / "entity").rglob("*")) if p.is_file()}


def search_entry(site: Path, code: str) -> str:
    """The search index's text about one entity (its lines in the index files)."""
    lines = [line for p in sorted((site / "search").rglob("*")) if p.is_file() and p.suffix in (".json", ".js")
             for line in p.read_text(encoding="utf-8").splitlines() if code in line]
    assert lines, code
    return "\n".join(lines)


def test_an_update_assembles_only_the_entities_whose_rows_changed(root: Path, assembled: list[str]) -> None:
    before = entity_files(root / "site")
    everyone = sorted(c for c in (make_uscc(s) for s in NAMES))

    # A row changed in one kind only (a penalty text shown on A's page): A alone is assembled,
    # its page and JSON alone rewritten; the others keep the live files.
    result, now, twin = update(root, data(text="罚款3000元"), assembled)
    assert now == [A]
    after = entity_files(root / "site")
    rewritten = {rel for rel in after if after[rel][0] != before[rel][0]}
    assert rewritten == {f"entity/{A}.json", f"entity/{A}/index.html"}
    assert "罚款3000元" in after[f"entity/{A}/index.html"][1].decode()
    assert result.kept_pages == len(everyone) - 1
    assert differing(root / "site", twin) == []
    # The summary of an entity kept unassembled (from the state) is the full build's.
    assert search_entry(root / "site", C) == search_entry(twin, C)

    # A registry profile change (B's status) and no record of B changed: B is assembled again;
    # its page, its summary line (the verdict names the closure) and the search index say so.
    result, now, twin = update(root, data(text="罚款3000元", status_b="注销"), assembled)
    assert now == [B]
    assert "已注销" in (root / "site" / "entity" / B / "index.html").read_text(encoding="utf-8")
    assert "已注销" in search_entry(root / "site", B)
    assert differing(root / "site", twin) == []

    # D loses its last record: its page becomes the neutral one, nobody is assembled.
    result, now, twin = update(root, data(text="罚款3000元", status_b="注销", with_d=False), assembled)
    assert now == []
    assert "无公示信息" in (root / "site" / "entity" / D / "index.html").read_text(encoding="utf-8")
    assert not (root / "site" / "entity" / f"{D}.json").exists()
    assert differing(root / "site", twin) == []

    # The next day, nothing else changed: C's licence lapsed (its status badge, a column the rules
    # derive from the as-of date), so C is assembled and shows it; the rest stays unassembled.
    before = entity_files(root / "site")
    result, now, twin = update(root, data(text="罚款3000元", status_b="注销", with_d=False), assembled,
                               as_of=AS_OF + dt.timedelta(days=1))
    assert now == [C]
    page = (root / "site" / "entity" / C / "index.html").read_text(encoding="utf-8")
    assert "已失效" in page and "已失效" not in before[f"entity/{C}/index.html"][1].decode()
    assert differing(root / "site", twin) == []


def test_a_change_of_templates_or_settings_assembles_every_entity(root: Path, assembled: list[str]) -> None:
    """The site's title (on every entity page) is in the rules file, part of the code fingerprint:
    nothing is kept, every entity is assembled and written again."""
    result, now, twin = update(root, data(), assembled, rules=rules_file(root / "rules.toml", title="张掖市甘州区信用公示"))
    assert now == sorted(make_uscc(s) for s in NAMES)
    assert result.kept_pages == 0
    assert "张掖市甘州区信用公示" in (root / "site" / "entity" / A / "index.html").read_text(encoding="utf-8")
    assert differing(root / "site", twin) == []


def test_render_keep_entities_0_assembles_every_entity_and_keeps_the_same_pages(root: Path,
                                                                               assembled: list[str]) -> None:
    """The measurement's switch (tuning.py): every entity assembled and compared by content key,
    as before the row keys; the same pages kept, the same site."""
    shutil.rmtree(root / "data")
    write_folder(root / "data", data(text="罚款3000元"))
    before = entity_files(root / "site")
    result = build_site(dataclasses.replace(options(root), tuning=Tuning(render_keep_entities=0)))
    assert sorted(assembled) == sorted(make_uscc(s) for s in NAMES)
    after = entity_files(root / "site")
    assert {rel for rel in after if after[rel][0] != before[rel][0]} == {f"entity/{A}.json", f"entity/{A}/index.html"}
    assert result.kept_pages == len(NAMES) - 1


# --- the row keys themselves ------------------------------------------------------------------

def tables(frames: dict[str, pd.DataFrame]) -> dict[str, tuple[pd.DataFrame, np.ndarray, np.ndarray]]:
    """views.entity_rows of some frames (every row on a page, sorted by entity, stable)."""
    out = {}
    for kind, frame in frames.items():
        codes = frame["_entity"].to_numpy(dtype=object)
        order = np.argsort(codes, kind="stable")
        out[kind] = (frame, order, codes[order])
    return out


def keys_of(frames: dict[str, pd.DataFrame], fingerprint: str = "f") -> dict[str, str]:
    codes, keys = entity_row_keys(tables(frames), fingerprint)
    return dict(zip(codes.tolist(), keys.tolist()))


def frame(rows: list[dict[str, str]], kind: str = "penalties") -> pd.DataFrame:
    columns = sorted({c for r in rows for c in r} | set(view_columns(kind)) | {"_entity", "_file", "_row"})
    return pd.DataFrame([{c: r.get(c, "") for c in columns} for r in rows], dtype="str")


def test_row_keys_follow_what_the_view_reads_and_nothing_else() -> None:
    """A column record_view reads (all of them: a change to any is a new key) against one it does
    not (the input file and row: the same key, and the view is the same)."""
    base = [dict(penalty(f"甘州市监罚〔2026〕{i}号", "2026-06-01", serial=400 + i // 2), _entity=make_uscc(400 + i // 2),
                 _file="penalties/a.csv", _row=str(i)) for i in range(4)]
    first = keys_of({"penalties": frame(base)})
    assert len(first) == 2
    shown = view_columns("penalties")
    assert {"处罚内容", "_tier", "_stop_date", "_badge", "行政相对人名称"} <= set(shown)
    for column in shown:
        if column == "_entity":
            continue
        changed = [dict(r) for r in base]
        changed[1][column] = "另一个值"
        keys = keys_of({"penalties": frame(changed)})
        assert keys[make_uscc(400)] != first[make_uscc(400)], column
        assert keys[make_uscc(401)] == first[make_uscc(401)], column
    hidden = [dict(r, _file="penalties/b.csv", _row=str(10 + i)) for i, r in enumerate(base)]
    assert keys_of({"penalties": frame(hidden)}) == first
    assert [record_view("penalties", r) for r in hidden] == [record_view("penalties", r) for r in base]
    # Every column of the kind record_view does not read leaves its view as it was.
    others = [f.name for f in KINDS["penalties"].fields if f.name not in shown]
    assert [record_view("penalties", dict(r, **{c: "另一个值" for c in others})) for r in base] == \
        [record_view("penalties", r) for r in base]


def test_row_keys_see_order_kind_count_and_the_fingerprint() -> None:
    rows = [dict(penalty(f"甘州市监罚〔2026〕{i}号", "2026-06-01", serial=400), _entity=A) for i in range(3)]
    first = keys_of({"penalties": frame(rows)})
    assert keys_of({"penalties": frame(rows[::-1])}) != first  # ties are shown in row order
    assert keys_of({"penalties": frame(rows[:2])}) != first  # a record gone
    assert keys_of({"penalties": frame(rows + rows[:1])}) != first  # a record twice
    assert keys_of({"penalties": frame(rows)}, fingerprint="g") != first  # templates, shell, title …
    moved = {"penalties": frame(rows[:2]), "actions": frame(rows[2:], "actions")}
    assert keys_of(moved) != first and keys_of(moved) != keys_of({"penalties": frame(rows[:2])})
    # Another entity's rows of a kind new to the site leave this one's key alone.
    other = dict(penalty("甘州市监罚〔2026〕9号", "2026-06-01", serial=401), _entity=B)
    assert keys_of({"penalties": frame(rows), "actions": frame([other], "actions")})[A] == first[A]
    # An empty cell and a missing one (NA) are told apart: the view shows them differently.
    missing = frame(rows)
    missing.loc[0, "处罚内容"] = None
    assert keys_of({"penalties": missing}) != first
