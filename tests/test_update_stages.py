"""The data stages of an update reuse the last build's work (issue 19, part D): a kind's de-identified rows
kept in the state's scrub folder (`ScrubCache.known_rows`), the businesses' operator names
(`deidentify._BusinessNames`), the records' index built once for both control kinds. An update gives the
site and report of a `--full` build of the same data; the people of the whole input still mask every text;
the gate still stops a leak; a rules, columns.toml or code change, and a damaged or foreign file, are never
reused."""

from __future__ import annotations

import json
import shutil
import stat
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import generator.deidentify as deidentify
from generator.scrub_cache import FOLDER, PEOPLE, REUSE_ENVIRONMENT, ROWS
from tests.helpers import license_, make_id, make_uscc, penalty, rules_file, run_build, write_csv
from tests.test_incremental import same_tree

PHONE = "13912345678"  # a complainant's mobile in a public text: masked, and never kept in plain
PASSPORT = "E76543210"  # a number the scrubber leaves in a text (no keyword before it)
NEWCOMER = "雷翀鸣"  # named in a licence's text; a natural person of the data only after the update
# The licences name people as "（X经手）", which the scrubber masks only for the people of the data (X代办
# reads as a third person by itself since the ninth privacy pass): what these tests follow is the data's people.


def _data(root: Path, fine: str = "罚款2000元") -> Path:
    """Penalties of organisations (one text with a planted mobile), a natural person, a 个体工商户 named
    after its operator, licences whose texts name a person of another file, and two more kinds."""
    data = root / "data"
    shutil.rmtree(data, ignore_errors=True)
    write_csv(data / "penalties" / "a.csv", [
        penalty(f"甘州市监罚〔2026〕{i}号", "2026-06-01", name=f"张掖市第{i}商贸有限公司", serial=300 + i,
                违法事实=f"经举报人（电话{PHONE}）举报，当事人销售超过保质期的食品。" if i == 2 else "当事人销售超过保质期的食品。",
                处罚内容=fine if i == 1 else "罚款2000元")
        for i in range(1, 6)])
    write_csv(data / "penalties" / "b.csv", [
        penalty("甘州市监罚〔2026〕9号", "2026-05-01", name="郝翀然", category="自然人", code="",
                证件类型="身份证", 证件号码=make_id("19850312", 8), 违法事实="郝翀然销售超过保质期的食品。"),
        penalty("甘州市监罚〔2026〕10号", "2026-05-02", name="甘州区何瑾骁烧烤店", category="个体工商户",
                code=make_uscc(77, prefix="92"), 法定代表人="何瑾骁", 违法事实="甘州区何瑾骁烧烤店销售过期食品。"),
    ])
    write_csv(data / "licenses" / "a.csv", [
        license_(f"甘州市监许〔2026〕{i}号", name=f"张掖市第{i}商贸有限公司", serial=300 + i,
                 许可内容=["预包装食品销售（郝翀然经手）", f"预包装食品销售（{NEWCOMER}经手）",
                       f"预包装食品销售，档案号{PASSPORT}", "散装食品销售"][i - 1],
                 办理说明="经办窗口：三号窗口")
        for i in range(1, 5)])
    write_csv(data / "redlist" / "a.csv", [
        {"行政相对人名称": "张掖市第1商贸有限公司", "行政相对人类别": "法人及非法人组织",
         "统一社会信用代码": make_uscc(301), "名单名称": "A级纳税人", "认定文号": "甘税〔2026〕1号",
         "认定日期": "2026-04-01", "认定单位": "国家税务总局张掖市甘州区税务局",
         "认定单位统一社会信用代码": make_uscc(9005, prefix="11")}])
    return data


def _build(root: Path, *extra: str, out: str = "site", state: str = "state", report: str = "report",
           env: dict[str, str] | None = None) -> tuple[int, str]:
    return run_build(root / "data", root / out, root / report, *extra, state=root / state, env=env)


def _full_twin(root: Path, *extra: str) -> Path:
    """A `--full` build into `full` from a copy of the state as it is now (the same record-key secret) and
    the current data: what the update built from that state must equal."""
    shutil.rmtree(root / "state-full", ignore_errors=True)
    shutil.copytree(root / "state", root / "state-full")
    (root / "state-full" / "site.json").write_text(json.dumps({"out_dir": str(root / "full")}))
    code, output = _build(root, "--full", *extra, out="full", state="state-full", report="report-full")
    assert code == 0, output
    return root / "full"


def _computed(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Rows `_deidentify_kind` de-identifies, per kind (rows taken from the last build are not)."""
    seen: Counter[str] = Counter()
    real = deidentify._deidentify_kind

    def counting(kind: Any, frame: Any, *args: Any, **kwargs: Any) -> Any:
        seen[kind.name] += len(frame)
        return real(kind, frame, *args, **kwargs)

    monkeypatch.setattr(deidentify, "_deidentify_kind", counting)
    return seen


def _same_sites(root: Path, full: Path) -> None:
    assert same_tree(root / "site", full) == []
    # The staff report too, but for the stage times and the gate's memo figures (a --full build's gate
    # records its memo, an update's uses it).
    assert [rel for rel in same_tree(root / "report", root / "report-full")
            if rel not in ("timings.json", "gate.json")] == []


def _site_text(site: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(site.rglob("*"))
                     if p.is_file() and p.suffix in (".html", ".json", ".csv"))


def test_an_update_computes_only_its_changed_rows_and_publishes_what_a_full_build_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _data(tmp_path)
    assert _build(tmp_path)[0] == 0
    folder = tmp_path / "state" / FOLDER
    # Owner-only, and the planted mobile and the persons' names are in no kept file (people.bin: keyed
    # digests; the rows: de-identified).
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        raw = path.read_bytes()
        for value in (PHONE, "郝翀然", "何瑾骁"):
            assert value.encode() not in raw, (path.name, value)
    assert (folder / ROWS.format(kind="penalties")).is_file() and (folder / PEOPLE).is_file()
    _data(tmp_path, fine="罚款3000元")  # one row of penalties/a.csv changes
    seen = _computed(monkeypatch)
    code, output = _build(tmp_path)
    assert code == 0, output
    assert seen == Counter({"penalties": 1}), seen  # the other rows, of every kind, were the last build's
    monkeypatch.undo()
    _same_sites(tmp_path, _full_twin(tmp_path))
    public = _site_text(tmp_path / "site")
    assert "罚款3000元" in public and PHONE not in public and "甘州区何**烧烤店" in public


def test_a_person_added_in_a_changed_file_is_masked_in_the_unchanged_files_texts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _data(tmp_path)
    assert _build(tmp_path)[0] == 0
    assert f"{NEWCOMER}经手" in _site_text(tmp_path / "site")  # nobody of that name in the data yet
    write_csv(data / "penalties" / "c.csv", [
        penalty("甘州市监罚〔2026〕20号", "2026-06-02", name=NEWCOMER, category="自然人", code="",
                证件类型="身份证", 证件号码=make_id("19800101", 21), 违法事实="当事人销售超过保质期的食品。")])
    seen = _computed(monkeypatch)
    code, output = _build(tmp_path)
    assert code == 0, output
    # licenses/a.csv did not change: its row naming the newcomer is computed again, its others are not.
    assert seen["licenses"] == 1 and seen["redlist"] == 0, seen
    monkeypatch.undo()
    public = _site_text(tmp_path / "site")
    assert NEWCOMER not in public and "雷**经手" in public
    _same_sites(tmp_path, _full_twin(tmp_path))


def test_a_person_gone_from_the_data_turns_the_reuse_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _data(tmp_path)
    assert _build(tmp_path)[0] == 0
    (data / "penalties" / "b.csv").unlink()  # 郝翀然 is no longer a person of the data: unmasked elsewhere
    seen = _computed(monkeypatch)
    assert _build(tmp_path)[0] == 0
    assert seen["licenses"] == 4 and seen["redlist"] == 1, seen
    monkeypatch.undo()
    assert "郝翀然经手" in _site_text(tmp_path / "site")
    _same_sites(tmp_path, _full_twin(tmp_path))


def test_a_planted_id_in_a_changed_file_still_stops_the_build(tmp_path: Path) -> None:
    """The passport number of a person added in a changed file is written in an unchanged licence's text,
    which the scrubber leaves (no keyword): the row is taken from the last build, and the gate stops the
    update as it stops a full build."""
    data = _data(tmp_path)
    assert _build(tmp_path)[0] == 0
    before = _site_text(tmp_path / "site")
    write_csv(data / "penalties" / "c.csv", [
        penalty("甘州市监罚〔2026〕21号", "2026-06-02", name="蔺春来", category="自然人", code="",
                证件类型="护照", 证件号码=PASSPORT, 出生日期="1980-01-01", 违法事实="当事人销售超过保质期的食品。")])
    code, output = _build(tmp_path)
    assert code == 1, output
    assert _site_text(tmp_path / "site") == before  # the site is left as it was
    shutil.rmtree(tmp_path / "state-full", ignore_errors=True)
    shutil.copytree(tmp_path / "state", tmp_path / "state-full")
    (tmp_path / "state-full" / "site.json").write_text(json.dumps({"out_dir": str(tmp_path / "full")}))
    assert _build(tmp_path, "--full", out="full", state="state-full", report="report-full")[0] == 1


def test_a_columns_rules_or_code_change_is_never_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _data(tmp_path)
    rules = rules_file(tmp_path / "rules.toml")
    assert _build(tmp_path, "--rules", str(rules))[0] == 0
    seen = _computed(monkeypatch)
    # A column read as 备注 now: every licence row changes, the other kinds' rows are reused.
    (data / "licenses" / "columns.toml").write_text('[columns]\n"办理说明" = "备注"\n', encoding="utf-8")
    assert _build(tmp_path, "--rules", str(rules))[0] == 0
    assert seen == Counter({"licenses": 4}), seen
    assert "三号窗口" in _site_text(tmp_path / "site")
    everything = Counter({"licenses": 4, "penalties": 7, "redlist": 1})
    # Another rules file (part of the program's fingerprint): nothing is reused.
    seen.clear()
    rules = rules_file(tmp_path / "rules.toml", publisher="张掖市甘州区发展和改革局")
    assert _build(tmp_path, "--rules", str(rules))[0] == 0
    assert +seen == everything, seen
    # The switch the benchmark compares with (a new date: the build is not skipped).
    seen.clear()
    assert _build(tmp_path, "--rules", str(rules), "--as-of", "2026-11-28", env={REUSE_ENVIRONMENT: "off"})[0] == 0
    assert +seen == everything, seen
    # Another program version (its code fingerprint).
    import generator.build as build

    seen.clear()
    real = build.code_fingerprint
    monkeypatch.setattr(build, "code_fingerprint", lambda rules_file: "another version " + real(rules_file))
    assert _build(tmp_path, "--rules", str(rules), "--as-of", "2026-11-29")[0] == 0
    assert +seen == everything, seen
    monkeypatch.undo()
    _full_twin(tmp_path, "--rules", str(rules), "--as-of", "2026-11-29")
    _same_sites(tmp_path, tmp_path / "full")


def test_a_damaged_or_foreign_file_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _data(tmp_path)
    assert _build(tmp_path)[0] == 0
    folder = tmp_path / "state" / FOLDER
    rows = folder / ROWS.format(kind="penalties")
    other = tmp_path / "other"  # another state (another secret) of the same data
    shutil.copytree(data, other / "data")
    assert run_build(other / "data", other / "site", other / "report", state=other / "state")[0] == 0
    seen = _computed(monkeypatch)
    for day, damage in enumerate(("flipped", "truncated", "foreign", "people"), start=1):
        if damage == "flipped":
            raw = bytearray(rows.read_bytes())
            raw[len(raw) // 2] ^= 0x01
            rows.write_bytes(bytes(raw))
        elif damage == "truncated":
            rows.write_bytes(rows.read_bytes()[:-100])
        elif damage == "foreign":
            shutil.copy(other / "state" / FOLDER / ROWS.format(kind="penalties"), rows)
        else:
            people = folder / PEOPLE
            people.write_bytes(people.read_bytes()[:-1])
        seen.clear()
        # (a new date each time: the build is not skipped)
        assert _build(tmp_path, "--as-of", f"2026-12-0{day}")[0] == 0
        assert seen["penalties"] == 7, (damage, seen)
        assert seen["licenses"] == (4 if damage == "people" else 0), (damage, seen)
    monkeypatch.undo()
    _full_twin(tmp_path, "--as-of", "2026-12-05")
    assert _build(tmp_path, "--as-of", "2026-12-05")[0] == 0
    _same_sites(tmp_path, tmp_path / "full")
