"""Atom feeds: well-formed, published records only, newest first, no entity link for persons."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.feeds import write_feeds
from generator.schema import RECORD_KINDS
from tests.conftest import Run, make_ric, make_uscc, penalty, run_pipeline, write_csv, write_folder

AS_OF = "2026-06-30"
A = "{http://www.w3.org/2005/Atom}"
SITE = "https://credit.example.gov.cn/"
TRICKY = "甘州<区>&丹霞\"商贸\"有限公司"


@pytest.fixture
def run(data_dir: Path) -> Run:
    person = {"category": "自然人", "name": "张三丰", "证件类型": "身份证", "证件号码": make_ric("19800101")}
    write_folder(data_dir, {"penalties": [
        penalty("P1", "2026-03-05", serial=101, name=TRICKY),
        penalty("P2", "2026-04-10", serial=102),
        penalty("P3", "2026-04-20", **person),
        penalty("P4", "2025-01-10", serial=104),  # expired
        penalty("P5", "2026-05-15", serial=105),  # repaired
        penalty("P6", "2026-05-01", serial=106, 处罚类别="警告"),  # 轻微: not published
    ]})
    write_csv(data_dir / "repairs" / "r.csv", [
        {"信息类别": "行政处罚", "原决定文书号": "P5", "修复方式": "终止公示", "修复决定日期": "2026-06-01",
         "修复决定机关": "甘州区发展和改革局"}])
    return run_pipeline(data_dir, AS_OF)


def _ids(run: Run) -> dict[str, str]:
    frame = run.decided.frames["penalties"]
    return dict(zip(frame["_key"], frame["_id"]))


def _first(run: Run) -> dict[str, str]:
    ids = _ids(run)
    dates = {"P1": "2026-03-10", "P2": "2026-04-12", "P3": "2026-04-12", "P4": "2025-01-15", "P5": "2026-06-20",
             "P6": "2026-06-29"}
    return {ids[k]: d for k, d in dates.items()}


def _write(run: Run, out: Path, site_url: str = SITE, limit: int = 50) -> list[Path]:
    return write_feeds(run.decided, _first(run), out, site_url=site_url, as_of=AS_OF, build_id="b-0123abcd",
                       site_title="张掖市信用信息公示", limit=limit)


def _entries(path: Path) -> list[ET.Element]:
    return ET.parse(path).getroot().findall(f"{A}entry")


def test_one_well_formed_atom_feed_per_kind(run: Run, tmp_path: Path) -> None:
    paths = _write(run, tmp_path / "feeds")
    assert [p.name for p in paths] == [f"{k}.xml" for k in RECORD_KINDS]
    for path in paths:
        raw = path.read_bytes()
        assert raw.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
        raw.decode("utf-8")
        feed = ET.fromstring(raw)
        assert feed.tag == f"{A}feed"
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-CN"
        for tag in ("id", "title", "updated", "author"):  # RFC 4287 4.1.1
            assert feed.find(f"{A}{tag}") is not None, tag
        assert feed.findtext(f"{A}updated") == "2026-06-30T00:00:00Z"
        assert feed.findtext(f"{A}author/{A}name") == "张掖市信用信息公示"
        kind = path.stem
        self_link = feed.find(f"{A}link[@rel='self']")
        assert self_link is not None and self_link.get("href") == f"{SITE}feeds/{kind}.xml"
        for entry in feed.findall(f"{A}entry"):
            for tag in ("id", "title", "updated", "link", "summary"):
                assert entry.find(f"{A}{tag}") is not None, tag
            assert (entry.findtext(f"{A}id") or "").startswith("urn:creditsite:")
    assert _entries(tmp_path / "feeds" / "licenses.xml") == []


def test_only_published_records_newest_first(run: Run, tmp_path: Path) -> None:
    _write(run, tmp_path)
    ids = _ids(run)
    entries = _entries(tmp_path / "penalties.xml")
    # P2 and P3 were first published on the same day: the later decision (P3) comes first.
    assert [e.findtext(f"{A}id") for e in entries] == [f"urn:creditsite:{ids[k]}" for k in ("P3", "P2", "P1")]
    assert [e.findtext(f"{A}updated") for e in entries] == ["2026-04-12T00:00:00Z", "2026-04-12T00:00:00Z",
                                                            "2026-03-10T00:00:00Z"]
    text = (tmp_path / "penalties.xml").read_text(encoding="utf-8")
    for withheld in ("P4", "P5", "P6"):
        assert ids[withheld] not in text
    assert [e.findtext(f"{A}id") for e in _entries(_write(run, tmp_path / "one", limit=1)[1])] == [
        f"urn:creditsite:{ids['P3']}"]


def test_titles_and_links(run: Run, tmp_path: Path) -> None:
    _write(run, tmp_path)
    by_key = {e.findtext(f"{A}title", "").rsplit(" · ", 1)[-1]: e for e in _entries(tmp_path / "penalties.xml")}
    org = by_key["P2"]
    assert org.findtext(f"{A}title") == "行政处罚：张掖市丹霞商贸有限公司 · 销售过期食品 · P2"
    link = org.find(f"{A}link")
    assert link is not None and link.get("href") == f"{SITE}entity/{make_uscc(102)}/"
    person = by_key["P3"]
    assert person.findtext(f"{A}title") == "行政处罚：张** · 销售过期食品 · P3"  # masked, never the full name
    link = person.find(f"{A}link")
    assert link is not None and link.get("href") == f"{SITE}lists/penalties/"
    assert "张三丰" not in (tmp_path / "penalties.xml").read_text(encoding="utf-8")
    assert "entity/" not in ET.tostring(person, encoding="unicode")


def test_names_are_escaped(run: Run, tmp_path: Path) -> None:
    _write(run, tmp_path)
    raw = (tmp_path / "penalties.xml").read_text(encoding="utf-8")
    assert "甘州&lt;区&gt;&amp;丹霞" in raw and TRICKY not in raw
    titles = [e.findtext(f"{A}title") for e in _entries(tmp_path / "penalties.xml")]
    assert f"行政处罚：{TRICKY} · 销售过期食品 · P1" in titles  # round-trips exactly


def test_relative_links_without_site_url(run: Run, tmp_path: Path) -> None:
    _write(run, tmp_path, site_url="")
    feed = ET.parse(tmp_path / "penalties.xml").getroot()
    assert feed.find(f"{A}link[@rel='self']") is None
    hrefs = [link.get("href") for link in feed.iter(f"{A}link")]
    assert hrefs[0] == "../lists/penalties/" and f"../entity/{make_uscc(102)}/" in hrefs
    assert all(h and not h.startswith(("/", "http")) for h in hrefs)
    with pytest.raises(ValueError):
        _write(run, tmp_path, site_url="https://credit.example.gov.cn")


def test_feeds_are_deterministic(run: Run, tmp_path: Path) -> None:
    a = [p.read_bytes() for p in _write(run, tmp_path / "a")]
    b = [p.read_bytes() for p in _write(run, tmp_path / "b")]
    assert a == b
