"""Record keys withheld as personal data, and the 出生日期 column (issue 16: "nothing stale", "nothing lost").

An all-digit 18-character decision or licence number with a date inside has the shape of a 身份证 number
(施工许可证 numbers always do: region + date + serial + class) and is withheld as one. Such a record must
still be revoked by its withdrawal or repair, keep one 记录标识 from build to build (a re-sorted export is
not a removal), never share it with another record, and the identifier must not lead back to the number.
A natural person whose document holds no birth date (passport) is published once staff give 出生日期.

The cases are the adversarial review's (/work/notes/adv3-report.md section 7, folders
adv3-cases/stale-withdrawal-of-id-shaped-key, stale-repair-of-id-shaped-key,
lost-licences-withheld-fallback-key, lost-adult-passport-with-birthdate, minor-birthdate-column and
adv3-twobuild/ledger-reorder), rebuilt here with the same shapes but dates older than a date-coded
number's (the adversary's own 2026-dated numbers, e.g. 施工许可证 620702202605180101, are public since
detect's date-coded rule and are in the hostile corpus). Values are synthetic.

Two builds of one data folder (the second with every file's rows in reverse order), through
`build_site` as the CLI runs it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from generator.build import BuildOptions, build_site
from generator.contract import record_id
from generator.scan import decoded_text
from tests.helpers import AUTHORITY_USCC, bad_id, license_row, make_uscc, penalty_row, write_csv

FIRST, SECOND = dt.date(2026, 12, 1), dt.date(2026, 12, 2)

# ID-shaped keys: a real birth date inside, the ID check digit wrong, the date older than a
# date-coded number's (detect: an 18-digit cell with a wrong check digit and a date of the last 16
# years is a 施工许可证-style number and stays public; these are read as mistyped IDs and withheld).
WITHDRAWN_PENALTY_NO = bad_id("19850312", 12)
KEPT_PENALTY_NO = bad_id("19850312", 13)
LICENCE_NOS = (bad_id("19800518", 101), bad_id("19800519", 201))  # 许可编号 as the key (no 文书号)
WITHDRAWN_LICENCE_NO = bad_id("19800520", 101)
REPAIRED_LIST_NO = bad_id("19760301", 15)
ID_SHAPED = (WITHDRAWN_PENALTY_NO, KEPT_PENALTY_NO, *LICENCE_NOS, WITHDRAWN_LICENCE_NO, REPAIRED_LIST_NO)

PASSPORT_ADULT, PASSPORT_MINOR, PASSPORT_UNKNOWN = "E91345679", "E90345678", "E93345670"


def _penalty(code: int, number: str, fact: str, **more: str) -> dict[str, str]:
    row = {"行政相对人名称": f"甘州区宏{'翀翮彧珩琰'[code % 5]}商贸有限公司{code}号店", "统一社会信用代码": make_uscc(code),
           "行政处罚决定书文号": number, "违法事实": fact, "处罚决定日期": "2026-10-05", "处罚有效期": "2027-10-04"}
    return penalty_row(**{**row, **more})


def _passport(name: str, number: str, passport: str, fact: str, birth: str) -> dict[str, str]:
    return _penalty(30, number, fact, 行政相对人名称=name, 行政相对人类别="自然人", 统一社会信用代码="", 法定代表人="",
                    证件类型="护照", 证件号码=passport, 出生日期=birth)


def _licence(code: int, number: str, content: str) -> dict[str, str]:
    return license_row(行政相对人名称=f"甘州区宏{'翀翮彧珩琰'[code % 5]}建筑工程有限公司", 统一社会信用代码=make_uscc(code),
                       行政许可决定文书名称="建筑工程施工许可决定书", 行政许可决定文书号="", 许可证书名称="建筑工程施工许可证",
                       许可编号=number, 许可内容=content, 许可决定日期="2026-10-01", 有效期自="2026-10-01")


FILES: dict[str, list[dict[str, str]]] = {
    "penalties/cases.csv": [
        _penalty(11, WITHDRAWN_PENALTY_NO, "当事人撤销前记录甲。"),
        _penalty(12, KEPT_PENALTY_NO, "记录甲仍然有效。"),
        _penalty(13, "甘州市监罚〔2026〕8999号", "记录乙。"),
    ],
    "penalties/passports.csv": [
        _passport("柯翀璟", "甘州市监罚〔2026〕8991号", PASSPORT_ADULT, "成年护照持有人记录丙。", "1980-01-01"),
        _passport("柯翮瑄", "甘州市监罚〔2026〕8993号", PASSPORT_UNKNOWN, "无出生日期记录戊。", ""),
    ],
    "licenses/cases.csv": [
        _licence(21, LICENCE_NOS[0], "甲小区1#楼施工许可"),
        _licence(22, LICENCE_NOS[1], "乙小区2#楼施工许可"),
        _licence(23, WITHDRAWN_LICENCE_NO, "丙小区施工许可（已撤销）"),
    ],
    "blacklist/cases.csv": [{
        "行政相对人名称": "甘州区宏翮运输有限公司", "行政相对人类别": "法人及非法人组织", "统一社会信用代码": make_uscc(24),
        "名单名称": "严重失信主体名单", "列入文号": REPAIRED_LIST_NO, "列入原因": "已修复的列入记录乙",
        "列入依据": "《严重失信主体名单管理办法》", "列入日期": "2026-03-01", "有效期至": "2029-03-01",
        "列入单位": "甘州区交通运输局", "列入单位统一社会信用代码": AUTHORITY_USCC,
    }],
    "withdrawals/cases.csv": [
        {"信息类别": "行政处罚", "原决定文书号": WITHDRAWN_PENALTY_NO, "原决定机关统一社会信用代码": AUTHORITY_USCC,
         "撤销类型": "撤销", "撤销日期": "2026-11-20", "撤销原因": "认定事实错误", "作出机关": "甘州区市场监督管理局"},
        {"信息类别": "行政许可", "原决定文书号": WITHDRAWN_LICENCE_NO, "原决定机关统一社会信用代码": AUTHORITY_USCC,
         "撤销类型": "撤销", "撤销日期": "2026-11-20", "撤销原因": "认定事实错误", "作出机关": "甘州区住房和城乡建设局"},
    ],
    "repairs/cases.csv": [
        {"信息类别": "严重失信主体名单", "原决定文书号": REPAIRED_LIST_NO, "原决定机关统一社会信用代码": AUTHORITY_USCC,
         "统一社会信用代码": make_uscc(24), "修复方式": "移出名单", "修复决定日期": "2026-11-10", "修复决定机关": "甘州区交通运输局"},
    ],
}
# The alias 出生年月日, and a minor whose birth date is written 2010.3.5 (the project's date parser).
MINORS = [_passport("柯小翀", "甘州市监罚〔2026〕8992号", PASSPORT_MINOR, "未成年护照持有人记录丁。", "2010.3.5")]
# The alias 出生年月 with a year and month only: read as the month's last day (the youngest reading).
# Born 2008年10月, decided 2026-10-05: an adult if born on the 1st, a minor if born after the 5th.
MONTHS = [_passport("柯翀琛", "甘州市监罚〔2026〕8994号", "E94345671", "成年护照持有人记录己。", "1980年1月"),
          _passport("柯翮琛", "甘州市监罚〔2026〕8995号", "E95345672", "或未成年护照持有人记录庚。", "2008年10月")]


def _write(data: Path, reverse: bool) -> None:
    for name, rows in FILES.items():
        write_csv(data / name, rows[::-1] if reverse else rows)
    minors = [{("出生年月日" if k == "出生日期" else k): v for k, v in row.items()} for row in MINORS]
    write_csv(data / "penalties/minors.csv", minors)
    write_csv(data / "penalties/months.csv", [{("出生年月" if k == "出生日期" else k): v for k, v in row.items()}
                                              for row in MONTHS])


def _texts(folder: Path) -> str:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return "\n".join([*(p.relative_to(folder).as_posix() for p in files), *(decoded_text(p.read_bytes()) for p in files)])


def _records(site: Path, kind: str) -> list[dict[str, str]]:
    import csv

    with (site / "data" / f"{kind}.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("keys")
    out: dict[str, object] = {"root": root}
    for label, day, reverse in (("first", FIRST, False), ("second", SECOND, True)):
        data = root / f"data-{label}"
        _write(data, reverse)
        result = build_site(BuildOptions(data, root / "site", root / f"report-{label}", day, state_dir=root / "state"))
        site = (root / "site").resolve()
        out[label] = {
            "summary": result.summary, "site": _texts(site), "report": _texts(root / f"report-{label}"),
            "licenses": _records(site, "licenses"), "penalties": _records(site, "penalties"),
            "issues": [json.loads(line) for line in
                       (root / f"report-{label}" / "issues.jsonl").read_text(encoding="utf-8").splitlines()],
            "removals": (site / "data" / "removals.jsonl").read_text(encoding="utf-8"),
            "changes": json.loads((site / "data" / "changes.json").read_text(encoding="utf-8")),
        }
    return out


def test_withdrawals_and_repairs_match_records_whose_key_is_withheld(builds: dict[str, object]) -> None:
    first = builds["first"]
    kinds = first["summary"]["kinds"]  # type: ignore[index]
    assert kinds["penalties"]["withheld"].get("withdrawn") == 1
    assert kinds["licenses"]["withheld"] == {"withdrawn": 1} and kinds["licenses"]["published"] == 2
    assert kinds["blacklist"]["withheld"] == {"repaired": 1} and kinds["blacklist"]["published"] == 0
    assert kinds["withdrawals"]["applied"] == 2 and kinds["withdrawals"]["unmatched"] == 0
    assert kinds["repairs"]["applied"] == 1 and kinds["repairs"]["unmatched"] == 0
    site = first["site"]  # type: ignore[index]
    for revoked in ("撤销前记录甲", "丙小区施工许可", "已修复的列入记录乙"):
        assert revoked not in site
    assert "记录甲仍然有效" in site and "甲小区1#楼施工许可" in site and "乙小区2#楼施工许可" in site
    assert not any(i["code"] == "control-unmatched" for i in first["issues"])  # type: ignore[index]


def test_withheld_keys_reach_no_output_and_staff_are_told(builds: dict[str, object]) -> None:
    """Every key here has a wrong check digit and an old date, and is withheld all the same (README:
    the first 17 digits of an ID give the whole ID)."""
    from stdnum.cn import ric

    assert not any(ric.is_valid(number) for number in ID_SHAPED)
    for label in ("first", "second"):
        build = builds[label]
        for number in ID_SHAPED:
            assert number not in build["site"], (label, number)  # type: ignore[index]
            assert number not in build["report"], (label, number)  # type: ignore[index]
    issues = builds["first"]["issues"]  # type: ignore[index]
    withheld = {(i["file"], i["column"]) for i in issues if i["code"] == "personal-id-in-identifier"}
    assert ("licenses/cases.csv", "许可编号") in withheld and ("withdrawals/cases.csv", "原决定文书号") in withheld


def test_licences_keyed_by_a_withheld_number_keep_apart_and_irreversible_ids(builds: dict[str, object]) -> None:
    licences = builds["first"]["licenses"]  # type: ignore[index]
    ids = [r["记录标识"] for r in licences]
    assert len(ids) == 2 and len(set(ids)) == 2 and all(len(i) == 64 for i in ids)
    assert record_id("licenses", "", AUTHORITY_USCC) not in ids  # not the "no key" identity
    for number in LICENCE_NOS:  # not a plain hash of the number, which trying all IDs would reverse
        assert hashlib.sha256(f"licenses|{number}|{AUTHORITY_USCC}".encode()).hexdigest() not in ids
    assert all(r["许可编号"].startswith("[已隐去]-") for r in licences)
    secret = Path(builds["root"]) / "state" / "record-key.secret"  # type: ignore[arg-type]
    assert secret.is_file() and secret.stat().st_mode & 0o077 == 0


def test_a_resorted_export_writes_no_false_removal(builds: dict[str, object]) -> None:
    first, second = builds["first"], builds["second"]
    assert second["removals"] == first["removals"] == ""  # type: ignore[index]
    kinds = second["changes"]["kinds"]  # type: ignore[index]
    assert all(k["added"] == 0 and k["removed"] == {} for k in kinds.values()), kinds
    assert ({r["记录标识"] for r in first["penalties"]} == {r["记录标识"] for r in second["penalties"]})  # type: ignore[index]
    assert ({r["记录标识"] for r in first["licenses"]} == {r["记录标识"] for r in second["licenses"]})  # type: ignore[index]


def test_the_birth_date_column_decides_the_age_of_a_passport_holder(builds: dict[str, object]) -> None:
    first = builds["first"]
    site, issues = first["site"], first["issues"]  # type: ignore[index]
    assert "成年护照持有人记录丙" in site  # an adult with 出生日期: published, masked
    assert "柯*" in site and "柯翀璟" not in site and PASSPORT_ADULT not in site
    assert "未成年护照持有人记录丁" not in site  # a minor (出生年月日 2010.3.5): withheld
    assert "无出生日期记录戊" not in site  # no date: withheld until staff add it
    assert "成年护照持有人记录己" in site and "或未成年护照持有人记录庚" not in site  # 出生年月 1980年1月 / 2008年10月
    assert first["summary"]["kinds"]["penalties"]["withheld"].get("minor") == 2  # type: ignore[index]
    unknown = [i for i in issues if i["code"] == "age-unknown"]
    assert [(i["file"], i["row"]) for i in unknown] == [("penalties/passports.csv", 3)]
    assert "“出生日期”列" in unknown[0]["message"]
    assert not any("出生" in i["message"] and "不在数据规范" in i["message"] for i in issues)
    assert not any(i["column"] in ("出生日期", "出生年月日", "出生年月") for i in issues)
