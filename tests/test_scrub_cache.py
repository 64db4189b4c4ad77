"""The scrubber's results kept in the state folder (generator/scrub_cache.py, issue 19 part C): a build
with them publishes what a build without them publishes, scrubs again only the texts it has not seen
with the same code, settings and day, and never trusts a damaged file or keeps a private value in it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import stat
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.ipc as ipc
import pytest

import generator.deidentify as deidentify
from generator.build import BuildOptions, build_site
from generator.scrub_cache import ENVIRONMENT, FILE, FOLDER, ScrubCache, _spells_one_of
from tests.helpers import license_, make_id, penalty, rules_file, site_settings, write_csv
from tests.test_incremental import same_tree

AS_OF = dt.date(2026, 6, 30)
LATER = dt.date(2026, 7, 1)
PHONE = "13912345678"  # a complainant's mobile, written into a public text
THIRD_ID = make_id("19800101", 7)  # a third person's ID number, written into a public text
OFFICE = "0936-8212345"  # the office's own phone (the settings' [contact] phone), written into a text


def _data(root: Path, fine: str = "罚款2000元") -> Path:
    """Penalties and licences whose texts repeat across rows and kinds, hold a planted mobile and ID, a
    person named elsewhere in the input, and the office's phone."""
    data = root / "data"
    shutil.rmtree(data, ignore_errors=True)
    facts = f"经举报人（电话{PHONE}，身份证号{THIRD_ID}）举报，当事人销售超过保质期的食品，咨询电话{OFFICE}。"
    write_csv(data / "penalties" / "a.csv", [
        penalty(f"甘州市监罚〔2026〕{i}号", "2026-06-01", name=f"张掖市第{i}商贸有限公司", serial=300 + i,
                违法事实=facts if i % 2 else "当事人销售超过保质期的食品。", 处罚内容=fine if i == 1 else "罚款2000元")
        for i in range(1, 7)])
    write_csv(data / "penalties" / "b.csv", [
        penalty("甘州市监罚〔2026〕9号", "2026-05-01", name="郝翀然", category="自然人", code="",
                证件类型="身份证", 证件号码=make_id("19850312", 8), 违法事实="郝翀然销售超过保质期的食品。"),
    ])
    write_csv(data / "licenses" / "a.csv", [
        license_(f"甘州市监许〔2026〕{i}号", name=f"张掖市第{i}商贸有限公司", serial=300 + i,
                 许可内容="预包装食品销售（郝翀然代办）")  # the person of penalties/b.csv, named in another kind
        for i in range(1, 4)])
    return data


def _options(root: Path, out: str = "site", state: str = "state", report: str = "report", full: bool = False,
             rules: Path | None = None, as_of: dt.date = AS_OF) -> BuildOptions:
    return BuildOptions(root / "data", root / out, root / report, as_of, state_dir=root / state, full=full,
                        rules_file=rules)


def _scrubbed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts `scrub_text` is asked to scrub for a whole column (not a row's own step), in order."""
    seen: list[str] = []
    real = deidentify.scrub_text

    def counting(text: str, names: tuple[str, ...] = (), *args: Any, **kwargs: Any) -> str:
        if not names and not args and not kwargs.get("values") and not kwargs.get("person"):
            seen.append(text)
        return real(text, names, *args, **kwargs)

    monkeypatch.setattr(deidentify, "scrub_text", counting)
    return seen


def _twin(root: Path, name: str) -> None:
    """A copy of the state without its scrubbed texts (the same record-key secret), owned by site `name`."""
    shutil.copytree(root / "state", root / f"state-{name}", ignore=shutil.ignore_patterns(FOLDER))
    (root / f"state-{name}" / "site.json").write_text(json.dumps({"out_dir": str(root / name)}))


def _same_report(a: Path, b: Path) -> list[str]:
    return [rel for rel in same_tree(a, b) if rel != "timings.json"]


def _entries(state: Path) -> pa.Table:
    """The cache file's table, decoded (the checksum and magic cut off)."""
    data = (state / FOLDER / FILE).read_bytes()
    return ipc.open_stream(pa.BufferReader(data[8:-32])).read_all()


def _no_planted_value_in_the_cache(tmp_path: Path) -> None:
    """The cache is owner-only, keeps no planted value and no text left as it was (a keyed digest only)."""
    folder = tmp_path / "state" / FOLDER
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / FILE).stat().st_mode) == 0o600
    raw = (folder / FILE).read_bytes()
    table = _entries(tmp_path / "state")
    results = [r for r in table.column("result").to_pylist() if r is not None]
    assert results and any("[已隐去]" in r for r in results)
    for value in (PHONE, THIRD_ID, THIRD_ID[-6:], OFFICE):
        assert value.encode() not in raw and not any(value in r for r in results)
    # Texts left as they were are a digest only, and a keyed one: not the plain hash of the text.
    plain = {hashlib.blake2b(f"1{t}".encode(), digest_size=16).digest() for t in ("罚款2000元", "预包装食品销售（郝**代办）")}
    plain |= {hashlib.sha256(f"1{t}".encode()).digest()[:16] for t in ("罚款2000元",)}
    assert table.column("result").null_count > 0
    assert not plain & set(table.column("digest").to_pylist())
    assert "罚款2000元".encode() not in raw


def test_an_update_scrubs_only_its_new_texts_and_publishes_what_a_build_without_the_cache_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _scrubbed(monkeypatch)
    _data(tmp_path)
    build_site(_options(tmp_path))
    first = list(seen)
    _no_planted_value_in_the_cache(tmp_path)
    # Each distinct text once in the whole build, though the texts repeat across rows, columns and kinds.
    assert first and len(first) == len(set(first))
    assert "张掖市甘州区市场监督管理局" in first  # penalties' 处罚机关 and 数据来源单位, licences' 许可机关 …: once
    _twin(tmp_path, "twin")
    _data(tmp_path, fine="罚款3000元")
    seen.clear()
    result = build_site(_options(tmp_path))
    assert not result.unchanged
    assert seen == ["罚款3000元"]  # the one new text; every other one is the last build's result
    monkeypatch.setenv(ENVIRONMENT, "off")  # the twin: the same data, no memo and no cache
    seen.clear()
    build_site(_options(tmp_path, out="twin", state="state-twin", report="report-twin", full=True))
    assert len(seen) > len(first)  # each column its own distinct texts, as before the cache
    assert same_tree(tmp_path / "site", tmp_path / "twin") == []
    assert _same_report(tmp_path / "report", tmp_path / "report-twin") == []
    page = next((tmp_path / "site" / "entity").glob("*/index.html")).parent.parent
    published = "".join(p.read_text(encoding="utf-8") for p in page.rglob("*.html"))
    assert PHONE not in published and THIRD_ID not in published and "郝翀然" not in published
    assert "郝**" in published  # named in a licence, masked there as everywhere (NameMasker, uncached)


def test_the_cache_serves_another_date_but_not_other_code_or_other_public_numbers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _scrubbed(monkeypatch)
    data = _data(tmp_path)
    build_site(_options(tmp_path))
    texts = len(seen)
    # The office's phone is no public number yet: masked in the texts.
    assert OFFICE not in "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site").rglob("*.html"))
    # The same data as of another date: every text from the cache.
    seen.clear()
    assert not build_site(_options(tmp_path, as_of=LATER)).unchanged
    assert seen == []
    # Another rules file (the code fingerprint): every text again.
    rules = rules_file(tmp_path / "rules.toml", site_title="信用甘州（测试）")
    seen.clear()
    build_site(_options(tmp_path, rules=rules, as_of=LATER))
    assert len(seen) == texts
    # The office's phone in the settings: left as written in the texts, so every text is scrubbed again.
    site_settings(data, phone=OFFICE, address="甘州区示例路1号")
    seen.clear()
    build_site(_options(tmp_path, rules=rules, as_of=LATER))
    assert len(seen) == texts
    pages = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site" / "entity").rglob("*.html"))
    assert f"咨询电话{OFFICE}" in pages and PHONE not in pages


def test_a_damaged_cache_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _scrubbed(monkeypatch)
    _data(tmp_path)
    build_site(_options(tmp_path))
    texts = len(seen)
    path = tmp_path / "state" / FOLDER / FILE
    path.write_bytes(path.read_bytes()[:-100])  # truncated (a full disk, a copy cut short)
    _data(tmp_path, fine="罚款3000元")
    seen.clear()
    build_site(_options(tmp_path))
    assert len(seen) == texts + 1 and "罚款3000元" in seen  # every text scrubbed again, and the new fine
    pages = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site" / "entity").rglob("*.html"))
    assert "罚款3000元" in pages and PHONE not in pages and "罚款2000元" in pages
    assert len(_entries(tmp_path / "state")) >= texts + 1  # and a sound file written in its place


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "foreign", "stray", "refresh"])
def test_a_damaged_file_is_never_read(tmp_path: Path, damage: str) -> None:
    texts = ["罚款2000元", f"举报人电话{PHONE}", "张掖市甘州区市场监督管理局"]
    first = ScrubCache(tmp_path, "code", b"s" * 32)
    first.start(frozenset())
    first.scrub(texts, True, frozenset())
    first.save()
    path = tmp_path / FILE
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[:len(data) // 2])
    elif damage == "flipped":  # one byte of the entries changed: the checksum no longer matches
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1:])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "foreign":  # another state's file (another secret): its checksum cannot be this state's
        other = ScrubCache(tmp_path / "other", "code", b"t" * 32)
        other.start(frozenset())
        other.scrub(texts, True, frozenset())
        other.save()
        shutil.copy(tmp_path / "other" / FILE, path)
    elif damage == "stray":  # a killed build's unfinished write beside the file: not read, removed by the next save
        (tmp_path / f".{FILE}.123.tmp").write_bytes(data[:10])
    # ("refresh": a sound file, and a --full build, which reads none)
    again = ScrubCache(tmp_path, "code", b"s" * 32, refresh=damage == "refresh")
    again.start(frozenset())
    assert again.scrub(texts, True, frozenset()) == [deidentify.scrub_text(t, prose=True) for t in texts]
    assert (again.hits, again.misses) == ((3, 0) if damage == "stray" else (0, 3))
    again.save()
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == [FILE]


def test_results_of_an_earlier_day_are_used_only_for_texts_that_spell_no_day_since(tmp_path: Path) -> None:
    """The detector compares birth dates with today's date: a text whose digits may spell a day after
    the cache's is scrubbed again on a later day; another year reads nothing of the file."""
    monday, wednesday = dt.date(2026, 12, 7), dt.date(2026, 12, 9)
    newborn = "出生证明编号6207022026120812343"  # digits holding 20261208
    texts = ["罚款2000元", newborn, "于2026年12月8日立案", "电话1391234５678"]
    first = ScrubCache(tmp_path, "code", b"s" * 32, today=monday)
    first.start(frozenset())
    first.scrub(texts, True, frozenset())
    first.save()
    later = ScrubCache(tmp_path, "code", b"s" * 32, today=wednesday)
    later.start(frozenset())
    assert later.scrub(texts, True, frozenset()) == [deidentify.scrub_text(t, prose=True) for t in texts]
    assert (later.hits, later.misses) == (3, 1)  # only the text that spells 20261208 again
    later.save()
    same_day = ScrubCache(tmp_path, "code", b"s" * 32, today=wednesday)
    same_day.start(frozenset())
    same_day.scrub(texts, True, frozenset())
    assert (same_day.hits, same_day.misses) == (4, 0)
    next_year = ScrubCache(tmp_path, "code", b"s" * 32, today=dt.date(2027, 1, 2))
    next_year.start(frozenset())
    next_year.scrub(texts, True, frozenset())
    assert next_year.hits == 0
    yesterday = ScrubCache(tmp_path, "code", b"s" * 32, today=dt.date(2026, 12, 8))  # a clock put back
    yesterday.start(frozenset())
    yesterday.scrub(texts, True, frozenset())
    assert yesterday.hits == 0


@pytest.mark.parametrize("text", [
    "6207022026120812343", "620702 2026 1208 1234", "６２０７０２２０２６１２０８１２３４",
    "620702二〇二六一二〇八1234", "62070220261２08", "&#50;&#48;&#50;&#54;&#49;&#50;&#48;&#56;",
    "%32%30%32%36%31%32%30%38", "62O7O22O26l2O8", "身份证号:620702-2026-12-08-1234", "➁⓪➁➅➀➁⓪➇",
])
def test_a_day_spelled_in_any_way_the_detector_reads_digits_counts(text: str) -> None:
    assert _spells_one_of(text, dt.date(2026, 12, 7), dt.date(2026, 12, 9))
    assert not _spells_one_of(text, dt.date(2026, 12, 8), dt.date(2026, 12, 9))


@pytest.mark.parametrize("folder", [False, True])
def test_a_text_repeated_in_a_build_is_scrubbed_once_and_masked_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                       folder: bool) -> None:
    """Texts repeat across rows, columns and kinds: within a build each distinct text is scrubbed once (the memo of
    a cache without a file, the entries a build's cache keeps), and every repeat gets the same result — the
    planted mobile masked, the decision's facts and the office's phone published (privacy.md, free text)."""
    calls: list[str] = []
    scrub = deidentify.scrub_text
    monkeypatch.setattr(deidentify, "scrub_text", lambda text, **kw: calls.append(text) or scrub(text, **kw))
    cache = ScrubCache(tmp_path / FOLDER if folder else None, "code", b"s" * 32, today=AS_OF)
    keep = deidentify.detect.public_tokens([OFFICE])
    cache.start(keep)
    texts = [f"举报人电话{PHONE}，当事人销售过期食品，咨询电话{OFFICE}。", "当事人销售过期食品。", ""]
    first = cache.scrub(texts, True, keep)
    again = cache.scrub([texts[1], texts[0], texts[0]], True, keep)
    assert first[0] == again[1] == again[2] == f"举报人电话{deidentify.MASK}，当事人销售过期食品，咨询电话{OFFICE}。"
    assert first[1] == again[0] == "当事人销售过期食品。" and first[2] == ""
    assert calls == texts[:2]  # once each
    cache.scrub([texts[1]], False, keep)  # (another prose setting: another result, scrubbed on its own)
    assert calls == [*texts[:2], texts[1]]


def test_many_texts_are_found_again_in_the_build_and_in_the_next(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build's results are kept as arrays of a few thousand entries with a sorted index of the texts' digests
    (`_Entries`): with a chunk of 3 entries and an index merged every 4 texts, every text scrubbed is found again
    in the same build (scrubbed once) and in the next build's file (scrubbed never), each with its own result —
    the planted mobiles masked, the decision numbers beside them published."""
    from generator import scrub_cache as module

    monkeypatch.setattr(module._Entries, "_CHUNK", 3)
    monkeypatch.setattr(module._Entries, "_RECENT", 4)
    calls: list[str] = []
    scrub = deidentify.scrub_text
    monkeypatch.setattr(deidentify, "scrub_text", lambda text, **kw: calls.append(text) or scrub(text, **kw))
    keep = deidentify.detect.public_tokens([OFFICE])
    texts = [f"甘州市监罚〔2026〕{i}号：举报人电话1391234{i:04d}反映。" if i % 3 else f"甘州市监罚〔2026〕{i}号：当事人销售过期食品。"
             for i in range(23)]
    cache = ScrubCache(tmp_path / FOLDER, "code", b"s" * 32, today=AS_OF)
    cache.start(keep)
    first = cache.scrub(texts, True, keep)
    assert [cache.scrub([t], True, keep)[0] for t in reversed(texts)] == first[::-1]
    assert calls == texts  # once each
    for i, done in enumerate(first):
        assert done.startswith(f"甘州市监罚〔2026〕{i}号：")
        assert (f"1391234{i:04d}" not in done and deidentify.MASK in done) if i % 3 else done == texts[i]
    cache.save()
    later = ScrubCache(tmp_path / FOLDER, "code", b"s" * 32, today=AS_OF)
    later.start(keep)
    assert later.scrub(texts, True, keep) == first and calls == texts
    assert (later.hits, later.misses) == (len(texts), 0)
