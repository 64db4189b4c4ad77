"""De-identify stage: drop never-public fields, mask people's names, scrub free text.

Entry point: `deidentify_records(validated, sources)`. It also gathers, from every input
row (rejected ones too), the values that must never appear in any public byte; the scan
stage checks the built site against them.
"""

from __future__ import annotations

import calendar
import dataclasses
import difflib
import functools
import hashlib
import hmac
import json
import re
import secrets as secrets_module
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from generator import detect
from generator.contract import (
    BIRTH_DATE,
    BIRTH_DATE_FIELD,
    BIRTH_UNKNOWN,
    CLERK_FIELD,
    CONTROL_TARGET_NO,
    FILE,
    ID_NUMBER_FIELD,
    ID_TYPE_FIELD,
    KIND_RULES,
    PARTY_CATEGORY_FIELD,
    PARTY_CODES,
    PARTY_NAME_FIELD,
    PERSON_NAME_FIELDS,
    REGISTRY_NAME,
    REGISTRY_TYPE,
    REP_FIELD,
    REP_ID_NUMBER_FIELD,
    REP_ID_TYPE_FIELD,
    ROW,
    USCC_FIELD,
)
from generator.load import Sources
from generator.memory import give_back
from generator.person_names import (
    JOB_TITLES,
    ROLE_WORDS,
    carried_given_name_spans,
    find_person_names,
    given_name_spans,
    names_a_person_at,
    names_in_identifier,
    pinyin_spellings,
    reading_table,
    reversed_names,
)
from generator.problems import WARNING, Problem
from generator.schema import (
    AMOUNT,
    CLERK,
    DATE,
    FREE_TEXT,
    IDENT,
    INDIVIDUAL_BUSINESS,
    MULTI_ENUM,
    NATURAL_PERSON,
    NEVER,
    OPERATOR,
    ORG_ONLY,
    ORGANISATION,
    PARTY_NAME,
    PLACEHOLDER_USCC,
    PUBLIC,
    TEXT,
    USCC,
    Kind,
)
from generator.scrub_cache import ScrubCache, stage_reuse
from generator.scrub_cache import mode as scrub_cache_mode
from generator.validate import Validated, ric_birth_dates
from generator.values import normalize_decision_no, parse_date

MASK = detect.MASK

# Identifier columns: a personal ID typed into one is never public (privacy.md, "Never public").
# Amounts and dates too: an ID typed into 罚款金额 parses as a (huge) amount.
IDENTIFIER_TYPES = (IDENT, USCC, AMOUNT, DATE)
PERSON_TEXT_COLUMNS = (REP_FIELD, CLERK_FIELD)  # a 15-digit ID typed into 法定代表人 ...


@dataclass(frozen=True, slots=True)  # slots: there is one per never-public cell of the input
class Secret:
    """A never-public value and where it came from (for the leak gate's message)."""

    value: str
    kind: str
    file: str
    row: int
    column: str
    # Public names that hold the value (a 个体工商户 named after its operator, a homonym of a public
    # representative): the gate lets the value pass only where it is part of one of them.
    inside: tuple[str, ...] = ()


class Secrets:
    """The never-public values of a build, one per private cell, held as columns (issue 19).

    Read as a sequence of `Secret` (iteration, `len`, an index), each made when read. A `Secret` per
    cell held to the end of the build's plan was about 250 bytes a cell (the object, its value, its
    file name, its row): 96 MB at 10^5 entities, a gigabyte at 10^6. Here a batch of cells of one kind
    and column is one chunk: the values as one Arrow string array (a list where Arrow cannot encode
    them), where each came from as a small integer into the (kind, file, column) places, and the rows
    as integers. `Secret.inside` is a function of the value (`_drop_ambiguous`): kept per value.
    """

    def __init__(self) -> None:
        self._chunks: list[tuple[pa.Array | list[str], np.ndarray, np.ndarray]] = []
        self._ends: list[int] = []  # each chunk's end position, for an index
        self._places: list[tuple[str, str, str]] = []  # (kind, file, column)
        self._place_at: dict[tuple[str, str, str], int] = {}
        self.inside: dict[str, tuple[str, ...]] = {}  # value -> the public names and phrases holding it

    @classmethod
    def of(cls, secrets: Iterable[Secret]) -> Secrets:
        """The same values, in the same order (their `inside` kept per value)."""
        out = cls()
        out.extend(secrets)
        return out

    def add(self, values: list[str], kind: str, files: list[str], rows: list[int], column: str) -> None:
        """Cells of one kind and column: a value, its file and row each."""
        if not values:
            return
        places = np.fromiter((self._place(kind, file, column) for file in files), dtype=np.int32, count=len(files))
        self._append(values, places, np.asarray(rows, dtype=np.int64))

    def extend(self, secrets: Iterable[Secret]) -> None:
        """Append secrets (one chunk)."""
        values, places, rows = [], [], []
        for s in secrets:
            values.append(s.value)
            places.append(self._place(s.kind, s.file, s.column))
            rows.append(s.row)
            if s.inside:
                self.inside[s.value] = s.inside
        if values:
            self._append(values, np.asarray(places, dtype=np.int32), np.asarray(rows, dtype=np.int64))

    def _place(self, kind: str, file: str, column: str) -> int:
        key = (kind, file, column)
        at = self._place_at.get(key)
        if at is None:
            at = self._place_at[key] = len(self._places)
            self._places.append(key)
        return at

    def _append(self, values: list[str], places: np.ndarray, rows: np.ndarray) -> None:
        try:
            array: pa.Array | list[str] = pa.array(values, pa.string())
        except (pa.ArrowException, UnicodeError):  # (a lone surrogate: kept as Python strings)
            array = list(values)
        self._chunks.append((array, places, rows))
        self._ends.append(len(self) + len(values))

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def values(self) -> Iterator[str]:
        """Each cell's value, in order."""
        for array, _, _ in self._chunks:
            yield from _as_strings(array)

    def __iter__(self) -> Iterator[Secret]:
        inside, places = self.inside, self._places
        for array, where, rows in self._chunks:
            for value, place, row in zip(_as_strings(array), where.tolist(), rows.tolist()):
                kind, file, column = places[place]
                yield Secret(value, kind, file, row, column, inside.get(value, ()))

    def __getitem__(self, at: int) -> Secret:
        if at < 0:
            at += len(self)
        if not 0 <= at < len(self):
            raise IndexError(at)
        chunk = int(np.searchsorted(self._ends, at, side="right"))
        array, where, rows = self._chunks[chunk]
        i = at - (self._ends[chunk - 1] if chunk else 0)
        value = array[i].as_py() if isinstance(array, pa.Array) else array[i]
        kind, file, column = self._places[int(where[i])]
        return Secret(value, kind, file, int(rows[i]), column, self.inside.get(value, ()))

    def __repr__(self) -> str:
        return f"Secrets({list(self)!r})"

    def kept(self, keep: np.ndarray) -> Secrets:
        """The secrets at the positions where `keep` (one bool per secret) is true, in their order."""
        out = Secrets()
        out._places, out._place_at, out.inside = self._places, self._place_at, dict(self.inside)
        start = 0
        for array, where, rows in self._chunks:
            mask = keep[start:start + len(rows)]
            start += len(rows)
            if not mask.any():
                continue
            values = (array.filter(pa.array(mask)) if isinstance(array, pa.Array)
                      else [v for v, k in zip(array, mask.tolist()) if k])
            out._chunks.append((values, where[mask], rows[mask]))
            out._ends.append(len(out) + int(mask.sum()))
        return out


def _as_strings(values: pa.Array | list[str], slice_rows: int = 65_536) -> Iterator[str]:
    """The strings of an Arrow array (read a slice at a time: no Python string per value of the whole array at
    once) or of a list."""
    if not isinstance(values, pa.Array):
        yield from values
        return
    for start in range(0, len(values), slice_rows):
        yield from values.slice(start, slice_rows).to_pylist()


@dataclass
class Deidentified:
    """Public-safe rows per kind, and the never-public values to scan for."""

    frames: dict[str, pd.DataFrame]
    secrets: Secrets = field(default_factory=Secrets)
    ambiguous: int = 0  # never-public values left unchecked because a public name contains them
    problems: list[Problem] = field(default_factory=list)  # identifier cells withheld, ages unknown
    # Keys withheld as personal data, per kind: row position -> the key as the export wrote it (a record's
    # 文书号 / 许可编号, a repair's or withdrawal's 原决定文书号). In memory only, never written: the rules
    # match repairs and withdrawals on them, so a record keyed by an ID-shaped number can still be revoked.
    withheld_keys: dict[str, dict[int, str]] = field(default_factory=dict)


def mask_name(name: str) -> str:
    """Keep the first character of a person's name, one `*` for each further one."""
    name = name.strip()
    return name[:1] + "*" * (len(name) - 1) if name else ""


def scrub_text(text: str, names: tuple[str, ...] = (), person: bool = False, document: str = "",
               values: tuple[str, ...] = (), prose: bool = True, keep: frozenset[str] = frozenset()) -> str:
    """Free text with personal data masked (`generator.detect`: identity and document numbers,
    phones, cards, e-mails, WeChat/QQ, plates, names after role words; home addresses when
    `person`), the row's own never-public `values` however written, and the given names.

    `document` is the row's 证件类型: its numbers are masked wherever they are written. `keep`: the
    tokens of public numbers left as written (`detect.public_tokens`: the office's own phone)."""
    if not text:
        return text
    out = _mask_childrens_classes(_mask_named_children(mask_birth_dates(mask_home_addresses(_mask_table_columns(text), person))))
    # The row's own values and names first, whole, before the detector's name rules can cut into
    # them (阿不都热翀曼, the party 阿不都·热翀曼 written without its dot: the recogniser alone sees 阿不).
    out = _mask_values(out, values) if values else out
    out = _mask_names(out, names) if names else out
    out = detect.mask(out, person=person, document=document, names=prose, keep=keep)
    return mask_sensitive_facts(out) if _SENSITIVE_HINT.search(out) else out


# (Twenty-second pass, h22o's L16; privacy.md is silent) Sensitive personal information about a person in a decision's
# text: PIPL (《中华人民共和国个人信息保护法》) 第二十八条 names 宗教信仰, 医疗健康 and 特定身份 among the data whose leak easily harms a
# person's dignity, and privacy.md asks for the least personal data that serves the purpose. A person's faith
# (信仰伊斯兰教), a disease they carry or have (乙肝病毒携带者, （HIV感染者）, 艾滋病患者) and a criminal conviction
# (曾因盗窃罪被判处有期徒刑一年) say nothing about the penalty published and stay out; only the value is masked (信仰[已隐去],
# （[已隐去]）, 曾因[已隐去]), never the law's words about diseases (患有有碍食品安全疾病的人员, 未取得健康证明) nor a
# conviction that is the ground of the decision (食品安全法 第一百三十五条: 曾因生产、销售不符合安全标准的食品罪被判处…, 终身不得
# 从事食品生产经营: a 食品 or 药品 crime stays). The 民族 of a 当事人 block (回族) stays: it is not among 第二十八条's kinds,
# the 格式范本 of decisions writes it, and the name rules read a person from it (阿依古丽（维吾尔族）).
_RELIGIONS = "伊斯兰教|佛教|藏传佛教|基督教|天主教|东正教|道教|犹太教|印度教|锡克教|耶稣教|基督新教|新教"
_DISEASES = ("乙型肝炎|乙肝|丙型肝炎|丙肝|甲型肝炎|甲肝|戊型肝炎|戊肝|病毒性肝炎|艾滋病|HIV|hiv|人类免疫缺陷病毒|梅毒|淋病|尖锐湿疣|"
             "肺结核|活动性肺结核|结核病|精神分裂症|精神病|抑郁症|双相情感障碍|癫痫|麻风病|麻风|白血病|癌症")
_SENSITIVE_FACTS = re.compile(
    r"(?<=信仰)\s*(?:" + _RELIGIONS + r")|(?<=宗教信仰)[:：为是]?\s*(?:" + _RELIGIONS + r")"
    r"|(?:" + _RELIGIONS + r")(?:信徒|教徒)"
    r"|(?:" + _DISEASES + r")\s*(?:病毒|表面抗原)?\s*(?:携带者|感染者|患者|病人|阳性者?)"
    r"|(?<=患有)(?:" + _DISEASES + r")(?=[，,。；;）)、\s]|$)"
    r"|(?<=曾因)[^，,。；;（()）]{1,24}?罪(?:被判处[^，,。；;]{0,24})?")
_SENSITIVE_HINT = re.compile(r"信仰|信徒|教徒|携带者|感染者|患者|病人|阳性|患有|曾因")
_GROUND_CRIMES = re.compile(r"食品|药品|疫苗|农药|兽药")  # (食品安全法 第一百三十五条, 药品管理法 第一百一十八条: the ground of the ban)


def mask_sensitive_facts(text: str) -> str:
    """`text` with a person's faith, disease and criminal conviction masked (`_SENSITIVE_FACTS`), a crime that grounds
    a ban of the food and drug laws kept."""
    return _SENSITIVE_FACTS.sub(lambda m: m.group(0) if "罪" in m.group(0) and _GROUND_CRIMES.search(m.group(0))
                                else detect.MASK, text)


# A table pasted into a cell (adversarial round 8, people-tables-in-cells: `姓名|电话|住址` then a row a line, cells split by
# `|`, a tab or two spaces, as 人社's 拖欠工资 lists and 12315 attachments are copied from a spreadsheet): a column headed
# by a word for a home is masked cell by cell (南关村五社3号 under 住址 names no word the address rules know), and one
# headed by a word for a person's name is masked as a name (first character kept).
_TABLE_SPLIT = re.compile(r"\s*(?:[|｜\t]|\s{2,})\s*")
_TABLE_HOME_HEADERS = frozenset("住址 家庭住址 家庭地址 现住址 现住 户籍地址 户籍所在地 户籍地 居住地址 居住地 地址 联系地址 "
                                "通讯地址 家庭住所 住所".split())
_TABLE_BUSINESS_ADDRESS = frozenset("地址 联系地址 通讯地址 住所".split())
_TABLE_NAME_HEADERS = frozenset("姓名 名字 工人姓名 农民工姓名 职工姓名 员工姓名 学生姓名 家长姓名 患者姓名 联系人 负责人 "
                                "收款人 户名 户主 户主姓名 领款人 签名 签字".split())


def _mask_table_columns(text: str) -> str:
    """The cells of a pasted table's home and name columns masked (the rule above)."""
    if "\n" not in text or not ("住" in text or "地址" in text or "姓名" in text or "名字" in text):
        return text
    lines = text.split("\n")
    out = list(lines)
    columns: dict[int, str] = {}
    width = 0
    for k, line in enumerate(lines):
        cells = [c.strip() for c in _TABLE_SPLIT.split(line)]
        if len(cells) < 2:
            columns = {}
            continue
        found = {i: ("home" if c in _TABLE_HOME_HEADERS else "name") for i, c in enumerate(cells)
                 if c in _TABLE_HOME_HEADERS or c in _TABLE_NAME_HEADERS}
        if found:
            if any(re.search("单位|企业|公司|商户|店|厂|名称", c) and "姓名" not in c for c in cells):
                # a table of businesses (单位名称|地址): its 地址, 住所 are theirs, not homes
                found = {i: w for i, w in found.items() if w == "name" or cells[i] not in _TABLE_BUSINESS_ADDRESS}
            columns, width = found, len(cells)
            continue
        if not columns or len(cells) != width:
            continue
        parts = _TABLE_SPLIT.split(line)
        seps = _TABLE_SPLIT.findall(line)
        for i, what in columns.items():
            if i < len(parts) and parts[i].strip():
                cell = parts[i].strip()
                parts[i] = parts[i].replace(cell, MASK if what == "home" else mask_name(cell), 1)
        out[k] = "".join(p + (seps[j] if j < len(seps) else "") for j, p in enumerate(parts))
    return "\n".join(out)


# Home addresses (privacy.md: natural persons' home addresses are never public; adv3-report 1.6). A
# word that says "this is where a person lives" (家住, 户口所在地 …) is followed by the address in any
# record — a third person's home in an organisation's or a complaint's text too; in a natural person's
# own record also after 住址/住所/住/地址. The address runs, without punctuation, to its last unit
# (村、组、社、号、室、栋、幢、单元、楼、层、户、座) and the number after it (3栋2单元501, A座1201室, 南关村１４号).
# Lead words an organisation's address also follows (a shop's 退货地址, a company's 通讯地址): such an address is a
# home only where nothing in the clause before the word names a business (`_business_address`).
_CONTACT_LEADS = ("退回地址", "退货地址", "寄件人地址", "收件人地址", "寄件地址", "通讯地址", "通信地址", "联系地址", "邮寄地址")
_HOME_LEADS = ("寓所", "寓居", "家住", "家庭住址", "家庭地址", "户籍地", "户籍所在地", "户口所在地", "户口地址", "户籍", "居住于", "居住在",
               "现住址", "现住", "现居住", "暂住", "身份证住址", "身份证地址",
               # adversarial round 4 (address-new-lead-words): a consumer's delivery address, a domicile
               "收货地址", "收件地址", "送货地址", "配送地址", "寄件地址", "送货至", "送至", "寄至", "寄往", "老家在", "住所地",
               "租住于", "租住在", "居住地",
               # adversarial round 5 (address-lead-words-consumers): a consumer's address in a 12315 complaint
               # (e-commerce returns: 退货地址, 寄件人/收件人地址; where a person lives: 家在, 现居, 暂居, 租住 …)
               *_CONTACT_LEADS,
               "家在", "住处在", "住处", "现居", "暂居", "户口在", "老家是", "老家", "家位于", "本人住", "租住", "租房于",
               "租房在", "借住",
               # adversarial round 6 (long-decision-boilerplate): the 送达地址 a party confirms (《送达地址确认书》)
               "送达地址",
               # adversarial round 9 (a person's 籍贯 or 出生地 in the 当事人基本情况 of a decision: 籍贯甘肃省民乐县…乡…村): a
               # native place down to its village is the family's home and masked as one; a province or a county alone
               # (籍贯甘肃省民乐县) ends in no unit of an address and stays, as public as the office's own area
               "籍贯", "原籍", "出生地", "祖籍",
               # (round 12, h15n) a person's domicile in the words of 《民法典》 art. 25 (户籍登记 …记载的居所; 经常居所) and
               # of the 当事人基本情况 (户籍登记地, 暂住地址, 居住地址: a lead word above then 地址 or 地, which the run
               # after the lead could not cross)
               "户籍登记地", "户口登记地", "户籍地址", "经常居所地", "经常居所", "经常居住地", "居所地", "居所", "现住地",
               "现居住地", "居住地址", "暂住地址", "暂住地", "常住地址", "常住地", "住宅地址", "住房地址", "家庭住所",
               # (round 12, h15n) a 12315 summary's consumer's house: where the goods were sent or the fitter went, the
               # house a flat buyer bought (房屋坐落), the family's place
               "家庭所在地", "房屋坐落", "发货至", "送货到", "上门到", "入户至",
               "住宅位于", "住宅坐落于", "住房位于", "住处位于", "住宅在",
               # (round 13, h17n) persons named together who live at one house (当事人祁某、王某均住…: companies do not 住)
               "均住", "都住", "同住", "均居住在", "均居住于", "共同居住在")
_DELIVERY_LEADS = ("发货至", "送货到", "上门到", "入户至", "送货至", "送至", "寄至", "寄往")
_BUSINESS_BEFORE = re.compile(r"公司|商家|商户|卖家|店|厂|超市|单位|企业|被投诉|被诉|当事人|经营|平台|机关|局")
_PERSON_LEADS = ("住址", "住所地", "住所", "住在", "住于", "住", "地址")
# (Also a house number written No.12 / Ｎo.12: round 5, contacts-new-spellings.)
_ADDRESS_RUN = (r"(?:[\u4e00-\u9fffA-Za-z0-9０-９Ａ-Ｚａ-ｚ\-－#＃]|(?<=[NnＮｎ][OoＯｏ])[.．]"
                # (round 11, h12n) a line break or spaces between two parts of the address (a cell wrapped by the
                # export, 住址：甘州区新墩镇⏎南华村六社45号; 住甘州区 滨河路8号 金域蓝湾 3栋): after a place's or a unit's
                # last character, before a number or a place that reaches a unit within eight characters
                r"|(?=[ \t\u3000\r\n])(?<=[区县镇乡村社组队路街巷道号楼栋幢元苑园])[ \t\u3000]{0,2}\r?\n?[ \t\u3000]{0,2}"
                r"(?=[0-9０-９]|[\u4e00-\u9fff]{1,8}?(?:村|组|社|号|室|栋|幢|单元|小区|苑|花园|家园|镇|乡|路|街|巷))"
                # (round 13, h17n) a line break inside a place's name, where the cell wrapped (甘州区南华⏎村六社45号): before a
                # village's or a group's unit and its number within three characters; a Windows line end (\r\n) too; a
                # flat's numbers joined by a dash or a slash other than the hyphen (3—2—401, 3/2/401: `_FLAT`)
                r"|(?<=[\u4e00-\u9fff])\r?\n(?=[\u4e00-\u9fff]{0,3}?(?:村|社|组|号|室|单元)[0-9０-９一二三四五六七八九十])"
                r"|(?<=[0-9０-９])[—–/／](?=[0-9０-９]{1,2}[—–/／](?!(?:19|20)\d\d(?!\d))[0-9０-９]{3,4})"
                r"|(?:(?<=[0-9０-９][—–/／][0-9０-９])|(?<=[0-9０-９][—–/／][0-9０-９]{2}))[—–/／](?!(?:19|20)\d\d(?!\d))(?=[0-9０-９]{3,4}))"
                r"{2,40}")
# 3-2-511, 3#2-521: building, entrance, flat (round 13, h17n: also 3—2—401 and 3/2/401, not a date, 5/12/2026)
_FLAT = (r"\d{1,3}(?:[#＃\-－]\d{1,2}[\-－]|[—–]\d{1,2}[—–]|/\d{1,2}/(?!(?:19|20)\d\d(?!\d))|／\d{1,2}／)\d{3,4}")
# (adversarial round 8: an estate or a village named alone after a home word, 现住甘州区南关小区, 家住…锦绣花园: the
# seventh pass's "Left"; the estate ends the masked run, the city before it is masked with it as before.)
# (Fifteenth pass, h20o L9: up to eight characters after the unit, a building, entrance and flat after the street
# number, 16号4-2-501, whose last figure was left: [已隐去]1.)
# (Nineteenth pass, h21o L12: also a building numbered with # after the street number, 16号4#2-508, and a block lettered
# after it, 16号B区3-511, whose flats were left: [已隐去]#2-508.)
_ADDRESS_UNIT = re.compile(r"(?:(?:村|组|社|号|室|栋|幢|单元|楼(?![上下顶])|层(?![上下顶])|户|座)(?:(?<=号)[A-Za-zＡ-Ｚａ-ｚ]区?(?=[0-9０-９]))?"
                           r"(?:[0-9０-９\-－#＃]{0,8}|[〇零一二三四五六七八九]{3,4})(?:号|室|户)?"
                           # (round 12, h15n: a house's part, 45号之一, as Guangdong numbers it)
                           r"(?:之[一二三四五六七八九十0-9０-９]{1,2})?|"
                           # (round 12, h15n: an entrance written 梯 or 门 and the flat after it, as Guangzhou's and
                           # Beijing's addresses are, …大厦B座2梯1503房, …312号楼2门401; 楼上/楼下 is a place, not a unit)
                           r"(?<=[0-9０-９])(?:梯|门)(?:[0-9０-９]{3,4}(?:室|房|号|户)?)?|(?<=[0-9０-９]{3})房|"
                           # (round 11, h12n: a farm's team after 住, 住山丹军马场二场三队, 牧场三连)
                           r"(?<=[0-9０-９一二三四五六七八九十])(?:队|连)|" + _FLAT
                           + r"|小区|家属院|家属楼|公寓|花园|家园|新村|社区|[\u4e00-\u9fff]苑"
                           # (round 12, h15n: an estate named the way new ones are, 金域蓝湾, 滨河华庭, 紫金公馆, 南山名邸)
                           # (not a name running on: 金湾大酒店, 张掖华庭酒店 are hotels)
                           r"|[\u4e00-\u9fff](?:湾|华庭|公馆|名邸|山庄)(?![\u4e00-\u9fff])"
                           # (round 13, h17n: a hamlet of the north-east, where a rural address ends, …新兴乡太平屯, with no
                           # house number (GB/T 23705's 自然村); a building lettered before its number and the flat after
                           # it, 小区B3-1202)
                           r"|[\u4e00-\u9fff]屯(?![\u4e00-\u9fff])|(?<=[区苑园院寓])[A-Za-zＡ-Ｚａ-ｚ][0-9０-９]{1,3}[\-－][0-9０-９]{3,4}(?![0-9０-９]))")
# (Nineteenth pass, h21o L12: a form's sub-label between the lead and the address, 家庭住址门牌号：新乐路16-4-2-504, masked the
# label and kept the address.)
_SUB_LABEL = r"(?:(?:门牌号码?|门牌|详细地址|具体地址|详址)[:：为是]?\s*)?+"  # (possessive: the label alone is no address)
_HOME_LEAD = re.compile("(?:" + "|".join(sorted(_HOME_LEADS, key=len, reverse=True)) + r")[:：为在是于|｜]{0,2}\s*" + _SUB_LABEL + "("
                        + _ADDRESS_RUN + ")")
_PERSON_LEAD = re.compile("(?:" + "|".join(sorted(_HOME_LEADS + _PERSON_LEADS, key=len, reverse=True))
                          + r")[:：为在是于|｜]{0,2}\s*" + _SUB_LABEL + "(" + _ADDRESS_RUN + ")")
# What names a home after its address (…前进村二社7号家中, 位于…五社8号的房屋); also (adversarial round 6,
# home-addresses-marked-after-or-relatives, devices-network-vehicles-dates-homes): …的自家院内, …的宅基地,
# someone's home (…九社14号其岳父家, …26号祁某家), and a note in brackets (…14号（系当事人住宅）, （当事人暂住地）).
# (Round 12, h15n: also the words for a dwelling a 现场检查笔录 uses, …45号的老宅内, 祖宅, 宅院, 民房, 自住房, 卧室, 家门口; a
# neutral building, 房屋, 平房, 车库, stays a home's only in a person's own record, `_PERSON_TRAIL`.)
_HOME_WORDS = (r"的?(?:家中|住宅|住处|家里|住房|寓所|出租屋|自建房|自家|宅基地|老宅|祖宅|宅院|民房|自住房|自有住房|自有住宅|卧室"
               r"|家门口)")
_SOMEONES_HOME = r"[\u4e00-\u9fff]{0,4}?(?<![厂商店卖买国专农酒])家(?=[中里内（(，,。；;]|$)"
# (Round 12, h15n: also a person's name before 家 in the note, …45号（祁瑞峰家）, （户主祁某家）, and after a colon, 违法地点：
# …45号（当事人自家院内）, the 现场检查笔录's 检查地点.)
_HOME_NOTE = (r"[（(](?:系|为|是)?(?:当事人|其|本人|户主)?的?(?:住宅|住所|住处|居住地|暂住地|住房|家|自家)"
              r"|[（(](?:系|为|是)?(?:户主|业主|村民|居民)?[\u4e00-\u9fff·]{1,4}?(?<![厂商店卖买国专农酒])的?家(?=[中里内院）)])")
_TRAILED = (r"([^，。；;,、\s]{2,40}?(?:(?:村|组|社|号|室|栋|幢|单元|楼|层|户|座)[0-9０-９\-－]{0,6}(?:号|室|户)?|" + _FLAT
            + r"))(?=" + _HOME_WORDS + "|" + _SOMEONES_HOME + "|" + _HOME_NOTE + ")")
_HOME_TRAIL = re.compile(r"(?:位于|至|到|往|在|于|对|赴|将|把)" + _TRAILED)
_NOTED_HOME = re.compile(r"(?:地点|地址)[:：]" + _TRAILED)  # (违法地点：…45号（当事人自家院内）: round 12)
# (Round 13, h17n) A home named first and its address after it in the sentence (当事人在其家中私屠滥宰，地址为…六社45号).
_HOME_THEN_ADDRESS = re.compile(r"(?:家中|家里|住宅|住处|自家|住房|自建房|出租屋)[^。；;\n]{0,20}?(?:地址|地点|位置)(?:为|是|在|[:：])\s*("
                                + _ADDRESS_RUN + ")")
_PERSON_TRAIL = re.compile(r"(?:位于|至|到|往|在|于|对|赴|将|把)([^，。；;,、\s]{2,40}?(?:(?:村|组|社|号|室|栋|幢|单元|楼|层|户|座)"
                           r"[0-9０-９\-－]{0,6}(?:号|室|户)?|" + _FLAT + r"))"
                           r"(?=" + _HOME_WORDS + "|的?(?:房屋|院内|室内|住所|屋内)|" + _SOMEONES_HOME + "|（)")
# A village house's yard (…南关村九社29号院内): a household's, in any record (round 6).
_VILLAGE_YARD = re.compile(r"(?:位于|至|到|往|在|于)([^，。；;,、\s]{2,30}?(?:村|组|社)[^，。；;,、\s]{0,12}?号)(?=的?(?:院内|院子|院落))")
_YARD_BUSINESS = re.compile(r"的?(?:院内|院子|院落)[^，。；;]{0,4}?(?:设厂|办厂|建厂|厂房|车间|仓库|办公|经营场所|生产线)")
# A home's address in brackets after a word for it (在自家院内（…陈寨村三社）, 其家中（…）; round 6: 在家（…）,
# 在员工祁某家（…）, 其岳父祁某家（…）).
# (Fifteenth pass, h20o L9) An address that a bracket right after it says is a person's home (当事人地址：甘州区西关街3号院
# 5号（经营者住处）, …（业主自住房）, …（家庭住址）): the home of the 个体工商户's operator or another person, masked in any record.
# (Not （住所）, an organisation's registered seat, nor （经营场所）.)
# (Round 4, h20q L11) Also （经营者本人居所）, （户籍地） (a person's household registration: where they live, under
# 《户口登记条例》; an organisation has none), and the tag after a comma instead of a bracket (…8号，即经营者家庭住址).
_HOME_TAG = (r"(?:系|为|即|属|是)?\s*(?:经营者|业主|户主|店主|当事人|本人|其|举报人|投诉人)?(?:的|本人|自己)?(?:的)?"
             r"(?:住处|住宅|家庭住址|家庭住所|家庭地址|家|居所|自住房|住房|居住地|自住|户籍地|户籍所在地|户口所在地)")
_HOME_NOTED_AFTER = re.compile(r"(?:[:：为在于]|地址|住址|位于)\s*([^，。；;：:（()）\s]{2,40}?(?:村|组|社|号|室|栋|幢|单元|楼|层|户|座)"
                               r"[0-9０-９\-－]{0,8}(?:号|室|户)?)\s*(?:[（(]\s*" + _HOME_TAG + r"\s*[）)]"
                               r"|[，,]\s*(?:系|为|即|属|是)\s*" + _HOME_TAG + r"(?=\s*(?:[。；;，,]|$)))")
# (Fifteenth pass, h20o L12; privacy.md is silent, decided here) The number of a home's title (不动产权证书, the old 房屋所有权
# 证: 甘（2021）甘州区不动产权第0054321号, as 《不动产权证书》 prints it under 《不动产登记暂行条例实施细则》) names the home as its
# address does: masked where the clause ties it to a dwelling (员工…自有住房不动产权证号：…, 其住宅房产证号…), and in a natural
# person's or a 个体工商户's record wherever the title's word stands. A business's own title (厂房, 商铺) stays public.
_TITLE_NUMBER = (r"[\u4e00-\u9fff]{1,2}\s*[（(〔\[]\s*(?:19|20)\d{2}\s*[）)〕\]]\s*[\u4e00-\u9fff]{0,12}?第?\s*[0-9０-９]{4,10}\s*号?"
                 r"|[0-9A-Za-z０-９][0-9A-Za-z０-９\-－]{5,23}")
_TITLE_WORD = r"(?:不动产权证|不动产证|不动产登记证明|房产证|房屋所有权证|房权证)书?(?:号码|编号|证号|号)?\s*[:：为是]?\s*"
_HOME_TITLE = re.compile(r"(?:住房|住宅|自住|自有房|家庭|居所|家中|家里|住处)[^。；;，,！？]{0,12}?" + _TITLE_WORD + "(" + _TITLE_NUMBER + ")")
_PERSON_TITLE = re.compile(_TITLE_WORD + "(" + _TITLE_NUMBER + ")")
def _title_hint(text: str) -> bool:
    """Whether text may hold a home's title number (`_HOME_TITLE`, `_PERSON_TITLE`)."""
    return "不动产" in text or "房产证" in text or "房权证" in text or "所有权证" in text


_HOME_BRACKET = re.compile(r"(?:自家|其家|家中|家里|住处|住宅|自建房|出租屋|(?<![厂商店卖买国专农酒])家)[^，。；（(]{0,4}[（(]"
                           r"([^（）()]{2,40}?(?:村|组|社|号|室|栋|幢|单元|楼|层|户|座)[0-9０-９\-－]{0,6}(?:号|室|户)?)[）)]")
# A flat in a housing estate (甘州区南关小区3栋2单元501室): a home, in any record (round 6). Also (adversarial round 8,
# people-health-education-labour: 举报称某居民楼2栋401房有人无证行医, a 卫健 case) a building and a flat without 单元, the
# flat written …房 as well as …室.
_ESTATE_FLAT = re.compile(r"(?:位于|至|到|往|在|于|为|：|:)?([^，。；;,、\s（）()]{0,20}?(?:小区|家属院|家属楼|公寓|花园|新村|社区|苑)"
                          r"[^，。；;,、\s（）()]{0,12}?(?:\d+|[一二三四五六七八九十]+)(?:栋|幢|号楼|楼)[^，。；;,、\s（）()]{0,6}?"
                          r"单元[^，。；;,、\s（）()]{0,6}?(?:室|号|户|房))"
                          r"|(?:位于|至|到|往|在|于|为|：|:)?([^，。；;,、\s（）()]{0,20}?(?:小区|家属院|家属楼|居民楼|公寓|花园|新村|社区|苑)"
                          r"(?:\d+|[一二三四五六七八九十]+)(?:栋|幢|号楼)\d{3,4}(?:室|房|号|户)?)(?!\d)")
# A village house (…南关村九社32号) after a word for a place in a natural person's own record (adversarial round 7,
# actions-persons-homes: 停放在…九社32号门前的车辆, 在…九社33号的违法建筑 — a 征收/拆除/扣押 of a person names their house
# whatever word follows); in any record when a villager of it or a visit to it follows (…九社34号村民祁某; 到…刘家沟村
# 三组18号安装: the consumer's home).
_HOUSE_NUMBER = r"(?:[0-9０-９]{1,4}|[一二三四五六七八九十百]{1,4})\s*号(?![楼线])"
_VILLAGE_HOUSE = re.compile(r"(?:位于|至|到|往|在|于|向|从|为|系|：|:)([^，。；;,、\s（）()]{0,30}?村[^，。；;,、\s（）()]{0,12}?"
                            + _HOUSE_NUMBER + ")")
# (Round 13, h17n: also a house someone lives in, named right after it: 搬迁到…六社45号居住; not …45号厂房居住.)
_VILLAGER_AFTER = re.compile(r"[^，。；;,、\s（）()]{0,6}?(?:村民|居民|住户|农户|户主|家庭)|(?:居住|生活)")
_VISIT_AFTER = re.compile(r"(?:上门|入户)?(?:安装|维修|送货|送餐|配送|派送|投递|收货|取件|取货|测量|上门|入户|退货)")
_BUSINESS_PLACE = re.compile(r"经营|营业|住所|注册|办公|公司|门店|店铺|场所|厂|仓库|商铺|网点|门市|工作室|店")
_BEFORE_ADDRESS = re.compile(r".*(?:位于|在|于|到|至|往|为|是|：|:)")
# The words before a flat that say someone lives there (业主王某住…, 投诉人称其居住的小区3栋…): the mask starts after them
# (round 12, h15n: they were masked with the flat, and the role word and the name with them).
_LIVES_BEFORE = re.compile(r".*住(?:所地?|址|的)?(?![宅房户区])")
_HOME_HINT = re.compile(r"住|户籍|户口|家|宅|寓所|房屋|地址|送|寄|出租屋|自建房|院|室内|居|租房|单元|栋|幢|号楼|籍贯|原籍|出生地|祖籍")
# A person described in the 格式范本's order (姓名，性别，年龄/出生日期，民族，住址: 员工卜某，男，39岁，汉族，住…):
# 住 after that description is where the person lives, in any record (adversarial round 5).
# (Also after the birth date in that place: 申请人刘某，男，1990年3月出生，住…; 1975年生，住….)
_DESCRIBED_HOME = re.compile(r"(?:[男女]|\d{1,3}\s*岁|[\u4e00-\u9fff]族|出生|(?<=[\d年月日号])生"
                             # (adversarial round 8: …，初中文化，农民，住… — the 撤销行政处罚决定's description)
                             r"|文化|农民|无业|务工|个体户|个体工商户|退休|待业|居民"
                             # (h20o's L5, a complaint's 老人（78岁，独居，住南关小区3号楼）: how one lives, in the description)
                             r"|独居|丧偶|离异|孤寡|空巢|残疾|低保户|五保户"
                             # (adversarial round 8, people-court-repair-lists: 被执行人X，男，…，身份证号码6207…，住…)
                             r"|(?:身份证号码?|证件号码?|公民身份号码)\s*[:：]?\s*(?:[\dXx*＊]{15,18}|\[已隐去\]))\s*[，,、]\s*"
                             r"(?:住址|住所|现住|住)[:：为在于]?\s*("
                             + _ADDRESS_RUN + ")")
# 住 opening a bracket, or right after a person (员工郝某（住甘州区…3单元401室）, 消费者住…五社3号: the witness and the
# complainant of a 处罚决定书, ninth pass): where that person lives. (Not 住所, an organisation's registered address.)
# (经营者住…, 业主住…: the operator is a person, in an organisation's record too — the tenth session's last probe.)
# (Round 12, h15n: also 当事人住…, in a 处罚依据 or a 个体工商户's text: a party that lives somewhere is a person.)
_PERSON_HOME = re.compile(r"(?:[（(]\s*|(?<=某)|(?<=消费者)|(?<=投诉人)|(?<=举报人)|(?<=申请人)|(?<=经营者)|(?<=业主)|(?<=户主)"
                          r"|(?<=店主)|(?<=当事人))(?:住|家住|现住)(?![所宿院房])"
                          r"[:：在于]?\s*(" + _ADDRESS_RUN + ")")


# Birth dates of persons in texts (adversarial round 4, birthdate-third-person-in-text): the 格式范本
# describes a person as "姓名，性别，民族，1986年9月23日出生，住址…", a child worker as "童工卜某某（2012年4月
# 17日出生）". A person's birth date is part of their identity number and says a child's age: masked
# wherever 出生/生 follows a date or 出生日期/出生于/生于 precedes one. (No organisation is born: 成立于 stays.)
_CN_NUM = "〇零一二三四五六七八九十"
# 生于 ends words that are no birth: 先生于, 学生于, 医生于 (a person's title or role, then 于 and the day of the act:
# 消费者沈先生于2024年10月16日在…消费 — tests/corpus/names_labelled.jsonl template 54), 发生于, 产生于, 诞生于 (an
# event's or a brand's day): the date after them is a public fact (round 13, h15p).
_NOT_BORN = "(?<![先学医发产诞卫师考衍派寄滋丛招])"
_CN_YEAR = "[一二][〇零○一二三四五六七八九]{3}"
# (Twentieth pass, h21q Q6) 正月 and 元月 are January (1990年正月24日出生, 1990年元月22日), as calendars and forms write it.
_BIRTH_DATE = (rf"(?:(?:19|20)\d{{2}}|[一二][{_CN_NUM}]{{3}})\s*年\s*(?:\d{{1,2}}|[{_CN_NUM}]{{1,2}}|[正元])\s*月份?"
               rf"(?:\s*(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*[日号])?"
               r"|(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])(?:[-./](?:0?[1-9]|[12]\d|3[01]))?(?!\d)")
_BIRTH = re.compile(rf"(?:出生日期|出生年月日|出生年份|出生年度|出生年月|出生时间|出生于|{_NOT_BORN}生于|生日|出生(?=\s*[:：]))\s*[:：为是]?\s*({_BIRTH_DATE}"
                    # (adversarial round 8) the year alone after 生于/出生于 (生于1975年，现住…); (fifteenth pass, h20o L3)
                    # in Chinese numerals (出生于二〇一二年), and without 年 (出生年份：1988)
                    rf"|(?:(?:19|20)\d{{2}}|{_CN_YEAR})\s*年(?![\d月])|(?:19|20)\d{{2}}(?![\d年月.\-/])"
                    # (round 12, h15n) a two-digit year (出生日期：90年3月5日) and the day alone (生日为3月5日: the birthday is
                    # part of the identity number, privacy.md "in full or in part")
                    rf"|\d{{2}}\s*年\s*(?:\d{{1,2}}|[{_CN_NUM}]{{1,2}})\s*月(?:\s*(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*[日号])?"
                    rf"|(?:\d{{1,2}}|[{_CN_NUM}]{{1,2}})\s*月\s*(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*[日号])"
                    rf"|({_BIRTH_DATE}|\d{{2}}\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*[日号])?"
                    # (adversarial round 8) the year alone (当事人王某，女，汉族，1975年生，住…; 1975年出生): a year of birth
                    # beside a masked name, the sex, the people and the village singles the person out, as 八五年生人 did
                    # (fifteenth pass, h20o L3) a year in Chinese numerals (二〇一六年生), and 生 before the person it
                    # describes (2015年3月生的员工, 2015.3生员工; not 生产, 生效, 生鲜: no person follows)
                    rf"|(?:19|20)\d{{2}}\s*年|{_CN_YEAR}\s*年|(?<=[，,（(])\d{{2}}\s*年)\s*(?:出生|生人|生(?=[，,）)。；;、\s]|$"
                    r"|[的员职工学童女男子孩儿]))"
                    # (adversarial round 5, birthdates-and-homes-in-description-order) the 格式范本's order without
                    # 出生: a date right after the sex (and the ethnicity), ending its clause (员工卜某某，男，1987-10-24，
                    # 汉族; 童工卜某某，女，2012-03-28，初中学生); a lifespan left open in brackets (卜某（1990年1月27日—）)
                    rf"|(?:[男女])\s*[，,、]\s*(?:[\u4e00-\u9fff]{{1,3}}族\s*[，,、]\s*)?({_BIRTH_DATE})"
                    r"(?=\s*(?:[，,、；;。）)]|$))"
                    rf"|[（(]\s*({_BIRTH_DATE})\s*[—\-–~～－]+\s*[）)]")


# A child named by a kin word with their age under 18 after the name (当事人之子小明（8岁）, 其女儿晓晓（12周岁）):
# a minor's given name, often without the surname the name rules look for; masked like a name (小*).
_KIN_OF_CHILD = ("之子", "之女", "儿子", "女儿", "孙子", "孙女", "外孙", "外孙女", "侄子", "侄女", "孩子", "小孩", "幼子",
                 "长子", "次子", "长女", "次女", "养子", "养女", "继子", "继女", "子女")
_NAMED_CHILD = re.compile("(?:" + "|".join(sorted(_KIN_OF_CHILD, key=len, reverse=True)) + r")\s*[:：]?\s*"
                          r"([\u4e00-\u9fff]{2,3})\s*[（(]\s*(?:[1-9]|1[0-7])\s*(?:周岁|岁)")


# (h20o's L16) A flat written in brackets right after a person, its building and entrance (业主隗女士（5号楼2单元）, 消费者
# 王某（3栋2单元501）): where that person lives, masked as a home; the person is named, masked or called by a title.
_FLAT_IN_BRACKETS = re.compile(r"[（(]\s*((?:[^（）()，,。；;：:\s]{0,12}?)(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:号楼|栋|幢|座)"
                               r"\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})\s*单元(?:\s*[0-9０-９]{3,4}\s*(?:室|号|户|房)?)?"
                               # (Sixteenth pass, h20q L21: a tower and its flat, 华府B座1203, and building-entrance-flat
                               # in figures, 5-2-302, as property managers write them.)
                               r"|[^（）()，,。；;：:\s]{0,12}?[A-Za-z0-9０-９]{1,2}\s*座\s*[0-9０-９]{3,4}\s*(?:室|号|户|房)?"
                               r"|[0-9０-９]{1,3}\s*[-－]\s*[0-9０-９]{1,2}\s*[-－]\s*[0-9０-９]{3,4})\s*[）)]")
_TITLE_BEFORE = re.compile(r"(?:某某?|[*＊]|女士|先生|小姐|老人|阿姨|大爷|大妈|大娘|师傅|老师)$")


def _flats_after_persons(text: str) -> list[tuple[int, int]]:
    """The `_FLAT_IN_BRACKETS` spans right after a person (the rule above)."""
    out = []
    for m in _FLAT_IN_BRACKETS.finditer(text):
        before = re.split(r"[。；;，,！？\n：:]", text[max(0, m.start() - 30):m.start()])[-1]
        if _TITLE_BEFORE.search(before) or _name_ends(before):
            out.append(m.span(1))
    return out


# (h20o's L5 and L6) A pupil's class beside a child (童工隗**（12岁，南关小学三年级二班学生）, 孩子在南关小学三年级二班): the
# school is an organisation and stays public (privacy.md: organisation names stay intact), the grade and class is a
# few dozen children and, beside a child of the text, points at one: masked. A grade alone (六年级的学生家长) stays.
_CLASS = re.compile(r"(?:[一二三四五六七八九]|[1-9])\s*年级\s*(?:[（(]\s*)?(?:[一二三四五六七八九十]{1,2}|[0-9０-９]{1,2})\s*(?:[）)]\s*)?班"
                    r"|[初高][一二三]\s*(?:[（(]\s*)?(?:[一二三四五六七八九十]{1,2}|[0-9０-９]{1,2})\s*(?:[）)]\s*)?班"
                    r"|[大中小][一二三四五六七八九]班")
_CHILD_WORDS = re.compile(r"孩子|小孩|儿子|女儿|孙子|孙女|学生|该生|童工|儿童|幼儿|未成年|小学生|中学生|[0-9０-９一二三四五六七八九十]{1,2}\s*周?岁")


def _mask_childrens_classes(text: str) -> str:
    """A grade and class in a sentence that speaks of a child (the rule above) masked as `[已隐去]`."""
    if "班" not in text:
        return text
    spans = [m.span() for m in _CLASS.finditer(text)
             if _CHILD_WORDS.search(re.split(r"[。；;！？!?\n]", text[:m.start()])[-1]
                                    + re.split(r"[。；;！？!?\n]", text[m.start():])[0])]
    for start, end in reversed(spans):
        text = text[:start] + detect.MASK + text[end:]
    return text


def _mask_named_children(text: str) -> str:
    """Children named after a kin word with an age under 18 (`_NAMED_CHILD`) masked like names."""
    if "岁" not in text:
        return text
    return _masked(text, [m.span(1) for m in _NAMED_CHILD.finditer(text)
                          if not detect.common_word(m.group(1))])  # (其孩子今年（8岁）)


# (adversarial round 6, birthdates-more-spellings) a birth date in English (DOB 1985-08-15, Date of Birth: 15/08/1986),
# day first as passports print it (出生日期：15/08/1986), or month and day before the year (出生日期为八月十五日（1987年）).
_DAY_FIRST = r"(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d{2}(?!\d)"
_MONTH_DAY_YEAR = (rf"(?:\d{{1,2}}|[{_CN_NUM}]{{1,2}})\s*月\s*(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*[日号]\s*[（(]?\s*"
                   rf"(?:(?:19|20)\d{{2}}|[一二][{_CN_NUM}]{{3}})\s*年\s*[）)]?")
# (Round 4, h20q L7) Also b.1985-03-05 (the genealogist's and CV's "b."), and a year alone after born (born 2001).
_BIRTH_MORE = re.compile(rf"(?:(?<![A-Za-z])(?:DOB|D\.O\.B\.?|[Dd]ate\s+of\s+[Bb]irth|[Bb]irth\s*[Dd]ate|[Bb]orn(?:\s+(?:on|in))?|b\.)"
                         rf"\s*[:：]?\s*|出生日期|出生年月日|生日|出生于|{_NOT_BORN}生于)\s*[:：为是]?\s*"
                         rf"({_DAY_FIRST}|{_MONTH_DAY_YEAR}|{_BIRTH_DATE}|(?:19|20)\d{{6}}(?!\d)"
                         r"|(?<![A-Za-z.]b\.)(?<=[A-Za-z]\s)(?:19|20)\d{2}(?![\d年月.\-/:]))")

# (Nineteenth pass, h21o L14) Birth dates in shapes the rules above miss: a year of the Republic of China (出生日期：民國79年
# 1月1日, 民国79年1月2日出生: the calendar of Taiwan documents, year 1 = 1912), a two-digit year with slashes after the
# label (出生日期：90/01/05, as forms print YY/MM/DD), 出世 and 降生 after the date (1990年1月7日出世: colloquial for
# 出生), and a date in brackets right after the person's age (36岁（1990年1月12日）: the age and the birth it comes from).
_ROC_DATE = (rf"民[国國]\s*(?:\d{{1,3}}|[{_CN_NUM}百]{{1,6}})\s*年(?:\s*(?:\d{{1,2}}|[{_CN_NUM}]{{1,2}})\s*月"
             rf"(?:\s*(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*[日号])?)?")
_BIRTH_OTHER = re.compile(rf"(?:出生日期|出生年月日|出生年月|出生时间|出生于|{_NOT_BORN}生于|生日|出生(?=\s*[:：]))\s*[:：为是]?\s*"
                          rf"({_ROC_DATE}|\d{{2}}\s*[/.\-]\s*(?:0?[1-9]|1[0-2])\s*[/.\-]\s*(?:0?[1-9]|[12]\d|3[01])(?!\d))"
                          rf"|({_ROC_DATE})\s*(?:出生|生人|生(?=[，,）)。；;、\s]|$))"
                          rf"|({_BIRTH_DATE}|{_ROC_DATE})\s*(?:出世|降生)"
                          rf"|\d{{1,3}}\s*[周週]?[岁歲]\s*[（(]\s*({_BIRTH_DATE}|{_ROC_DATE})\s*[）)]")

# (Twentieth pass, h21q Q6) A compact 8-digit date (YYYYMMDD, as an identity number carries it) before 出生/生 (19900120出生,
# 19900121生) or after 出生： (出生：19900123): the month and day must be a calendar's, so a count or a code stays.
_COMPACT_DATE = r"(?<![\d.])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d.])"
_BIRTH_COMPACT = re.compile(rf"({_COMPACT_DATE})\s*(?:出生|生人|生(?=[，,）)。；;、\s]|$))"
                            rf"|(?:出生(?:日期|年月日|时间)?|出生于|{_NOT_BORN}生于|生日)\s*[:：为是]?\s*({_COMPACT_DATE})")


def mask_birth_dates(text: str) -> str:
    """Persons' birth dates written in a text masked (`_BIRTH`, `_BIRTH_MORE`). (Round 12, h15n: read with full-width
    digits as digits, １９９０年３月５日, and a lead word spaced to a form's column, 出 生 日 期：, as the address rules read.)"""
    if "生" not in text and "男" not in text and "女" not in text and "—" not in text and "-" not in text and "B" not in text \
            and "b" not in text and "世" not in text and "岁" not in text and "歲" not in text:
        return text  # (no rule below can match: each needs one of these)
    read, origin = _as_read(text, _SPACED_BIRTH)
    spans = _birth_spans(read)
    if origin is not None:
        spans = [(origin[start], origin[end - 1] + 1) for start, end in spans if end > start]
    return detect.mask_spans(text, spans) if spans else text


def _birth_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` `mask_birth_dates` masks."""
    more = [m.span(1) for m in _BIRTH_MORE.finditer(text) if not _no_birthday(text, m)] \
        if ("生" in text or "B" in text or "b" in text) else []
    if "生" in text:
        more += [m.span(1 if m.group(1) else 2) for m in _BIRTH_COMPACT.finditer(text) if not _no_birthday(text, m)]
    if any(c in text for c in "民/-.世降岁歲"):
        more += [m.span(next(k for k in range(1, 5) if m.group(k))) for m in _BIRTH_OTHER.finditer(text)
                 if not _no_birthday(text, m)]
        more.sort()
    if "生" not in text and "男" not in text and "女" not in text and "—" not in text and "-" not in text:
        return more
    spans = [m.span(next(k for k in range(1, 5) if m.group(k))) for m in _BIRTH.finditer(text) if not _no_birthday(text, m)]
    return detect.merge_spans(sorted([*spans, *more])) if more else spans


# (Round 12, h15n) 生日 ending a word that is no birthday (卫生日为3月5日, 发生日…): the day after it is the case's, public.
_NOT_A_BIRTHDAY = frozenset("卫发产学先师")


def _no_birthday(text: str, m: re.Match[str]) -> bool:
    """Whether the birth word of `m` is 生日 ending another word (`_NOT_A_BIRTHDAY`)."""
    return text.startswith("生日", m.start()) and m.start() > 0 and text[m.start() - 1] in _NOT_A_BIRTHDAY


# Homes written with no word for a home before them (adversarial round 9, h9a; the eighth pass's left case found by h9n:
# 消费者王某（甘州区南大街12号3单元401室）投诉). The 格式范本 (国市监法发〔2021〕42号) and the 12315 publicity texts write a
# person's address right after the person: in brackets after the name (投诉人李某（…南关村五社14号）, 向王某（…）送达), or
# as a clause of the person's description (当事人张某，男，1980年生，甘州区…陈寨村三社15号; 受送达人：王某，甘州区…301室),
# and a village's group before 村民 (系…石桥村四组村民). Such an address is a home when it ends in a unit only homes have — a
# flat (401室, 601户, 3-2-501), a rural group's house (…村五社14号, 三社, 九队) — and names a place (区, 镇, 村, 街, 小区 …).
# A street number alone (县府街58号), a shop's 门面, an estate or a road alone end in none of these and stay. It is a
# business's where the bracket follows a business (王记面馆（…）, 华强公司（…）, an organisation's 当事人（…）), or where
# the bracket or the words after it name one (（…101室，经营场所）, …101室）的门店).
# (Round 11, h12n: a flat written without 室 after its building, in digits or Chinese numerals, 3栋2单元401,
# 七号楼三单元602, 三号楼二单元四零一, 3#2-401, 3幢201, an estate's 3-201; a state farm's team, 山丹军马场三场二队, 牧场三连, as
# 《国有农场》 and 兵团 addresses are written: 场 (farm), 队 or 连 (team).)
_BUILDING_FLAT = (r"(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:栋|幢|号楼|座|#|＃)\s*(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})"
                  r"\s*单元\s*|[0-9０-９]{1,2}[\-－])?(?:[0-9０-９]{3,4}|[〇零一二三四五六七八九]{3,4})(?:室|户|号|房)?(?![0-9０-９])"
                  # (a floor and its flat, 4楼401, 4层402号房: a 居民楼 without entrances)
                  r"|(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})\s*(?:楼|层)\s*(?:[0-9０-９]{3,4}|[〇零一二三四五六七八九]{3,4})(?:号房|室|户|房|号)?(?![0-9０-９])"
                  r"|(?:(?<=小区)|(?<=苑)|(?<=花园)|(?<=家园)|(?<=公寓)|(?<=新村)|(?<=社区)|(?<=家属院))[0-9０-９]{1,3}[\-－][0-9０-９]{3,4}(?![0-9０-９])")
_FARM_TEAM = r"场\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*(?:场|分场)?\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*(?:队|连)"
_RESIDENTIAL_END = (r"(?:" + _BUILDING_FLAT + "|" + _FARM_TEAM + "|"
                    r"(?:[0-9０-９]{1,5}|[〇零一二三四五六七八九十]{2,5})\s*(?:室|户)|(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:社|组|队|屯|连)"
                    r"(?:\s*[0-9０-９]{1,4}\s*号)?|号院\s*(?:[0-9０-９]{1,3}\s*排\s*)?[0-9０-９]{1,4}\s*号房?|(?:村|(?<![饭山茶钱酒农])庄|寨|堡)[^（）()，,。；;]{0,12}?(?:[0-9０-９]{1,4}|[一二三四五六七八九十百]{1,4})\s*号院?"
                    r"|" + _FLAT + ")")
_PLACE_WORD = re.compile(r"省|市|区|县|镇|乡|街|路|巷|道|村|小区|苑|花园|家园|新村|社区|公寓|大厦|家属院|农场|牧场|马场|林场|[A-Za-z]")
_BARE_BRACKET = re.compile(r"[（(【\[]\s*([^（）()【】\[\]，,。；;：:]{2,50}?" + _RESIDENTIAL_END
                           + r")\s*(?=[）)】\]]|[，,；;]\s*[^（）()]{0,20}[）)])")  # (…401室，电话已隐去）: more after a comma
# A person right before the bracket: a role word with a name of up to four characters (or none), or a masked name.
_PERSON_ROLES = ("消费者", "投诉人", "举报人", "申请人", "被申请人", "申诉人", "反映人", "来电人", "求助人", "业主", "租户",
                 "承租人", "出租人", "房东", "住户", "村民", "居民", "户主", "被征收人", "被拆迁人", "受送达人", "员工", "证人",
                 "当事人", "驾驶人", "驾驶员", "骑手", "快递员", "买受人", "购买人", "收件人", "寄件人", "患者", "家属")
_PERSON_RIGHT_BEFORE = re.compile("(?:" + "|".join(sorted(_PERSON_ROLES, key=len, reverse=True))
                                  + r")[:：]?[\u4e00-\u9fff*＊×]{0,4}$|[\u4e00-\u9fff](?:某某?|[*＊×]{1,3})$")
_BUSINESS_NAMED = re.compile(r"公司|商家|商户|卖家|店|馆|厂|超市|单位|企业|经营|营业|平台|机关|局|门面|商铺|商行|摊|市场|"
                             r"仓库|办公|注册|住所|车间|作坊|合作社|中心|医院|学校|酒店|宾馆|银行|政府|委员会|委会|机构|研究院|检验|检测|"
                             r"部$|所$|站$")
_PREMISES = re.compile(r"[养殖种屠宰农牧林渔]场|基地|加工点|作坊|车间|工地|项目部")  # (当事人在其养殖场（…五社14号）: the farm's)
_BUSINESS_AFTER = re.compile(r"\s*[）)]?\s*的?(?:当事人|其)?的?(?:门店|店|经营|营业|仓库|办公|厂|车间|作坊|商铺|门面|摊位)")
# The address as a clause of a person's description: after a comma, running to the next punctuation.
# (Round 12, h15n: also after a space that follows a name not yet masked, 经营者祁瑞峰 甘州区…六社45号, a row of a table pasted
# into a cell; the clause before must still name the person.)
# (Round 13, h17n: also …六社45号人 at the end of the text, a native place with nothing after it.)
# (Round 13, h17n: also a row pasted with | between its cells, 当事人|祁某|…六社45号|无照经营, and a villager's house,
# 当事人祁某，…六社45号村民.)
_BARE_CLAUSE = re.compile(r"(?:[，,|｜]|(?<=[\u4e00-\u9fff*＊])[ \t\u3000]+)\s*([^，,。；;：:（）()\n|｜]{2,50}?" + _RESIDENTIAL_END
                          + r")\s*(?=(?:人|村民|居民|住户|农户)?(?:[，,。；;）)|｜]|\s|$))")
# A flat of a street address (…南大街12号3单元402室): 单元 and 室 together name a flat of a block of homes, in any record
# unless its clause names a business (a company's 住所 …3单元301室, …402室的当事人仓库), as an estate's flat is.
_STREET_FLAT = re.compile(r"(?:位于|至|到|往|在|于|为|将|把|：|:)?([^，。；;,、（）()\[\]【】]{0,20}?[0-9０-９]+\s*号(?:院|楼)?\s*"
                          r"(?:[0-9０-９]+\s*(?:栋|幢|号楼|楼)\s*)?[0-9０-９]+\s*单元\s*[0-9０-９]+\s*(?:室|户|号)?)(?![0-9０-９])")
_DESCRIBED_PERSON = re.compile(r"(?:^|[，,：:（(])\s*(?:[男女]|\d{1,3}\s*(?:周岁|岁)|[\u4e00-\u9fff]{1,3}族|[^，,]{0,12}出生"
                               r"|(?:19|20)\d{2}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?\s*生)\s*(?=[，,]|$)")
_NAMED_PERSON = re.compile("(?:^|[，,：:])\\s*(?:(?:" + "|".join(sorted(_PERSON_ROLES, key=len, reverse=True))
                           + r")[:：]?\s*)?[\u4e00-\u9fff]{1,3}(?:某某?|[*＊×]{1,3})\s*(?=[，,]|$)"
                           "|(?:^|[，,])\\s*(?:" + "|".join(sorted(_PERSON_ROLES, key=len, reverse=True))
                           + r")[:：]\s*[\u4e00-\u9fff·]{2,4}\s*(?=[，,]|$)")
_GROUP_OF_VILLAGE = (r"([^，,。；;：:（）()\s系是为]{1,30}?村[^，,。；;：:（）()\s]{0,8}?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})"
                     r"\s*(?:组|社|队|屯))")
# (Twenty-second pass, h22o L8) A person described by the group of the village they farm or live in, at the clause's end
# (祁连山，甘州区碱滩镇老寺庙村五社农民: a redlist 备注): the group is a few dozen households, the person's home, masked as the
# 籍贯 down to its village is; the villagers of a group who did something (南关村五社村民反映) stay.
_VILLAGER_OF_GROUP = re.compile(r"(?:^|[，,：:])\s*" + _GROUP_OF_VILLAGE
                                + r"(?=\s*(?:农民|牧民|村民|居民|住户|农户)\s*(?:[，,。；;）)]|$))")
# (one person: 系…四组村民, …九社农户张某; not the villagers of a group, 南关村五社村民反映, 五社村民委员会)
_VILLAGE_GROUP = re.compile(r"(?:系|是|为)\s*" + _GROUP_OF_VILLAGE + r"(?=\s*(?:村民|居民|住户|农户)(?!委员会|小组))"
                            r"|(?:^|[，,：:]|经查)\s*" + _GROUP_OF_VILLAGE
                            + r"(?=\s*(?:村民|居民|住户|农户|户主)\s*[\u4e00-\u9fff](?:某某?|[*＊×]{1,3}))")
# A group (社, 组, 队, 屯) is a home's only in a village (…陈寨村三社; not 执法三组, 第二组).
_RURAL_GROUP_END = re.compile(r"[社组队屯连](?:\s*[0-9０-９]{1,4}\s*号)?$")
_RURAL_PLACE = re.compile(r"村|庄|寨|堡|沟|湾|镇|乡|社区|农场|牧场|马场|林场|[0-9０-９一二三四五六七八九十]场|Cun|cun")
# A village house right after a person and 在 (经查，王某在甘州区…南关村五社14号私自屠宰生猪): the person's house, in any record,
# unless what is done there is a business (王某在…14号经营副食店, …14号的养殖场).
_PERSON_AT_HOUSE = re.compile(r"(?:[\u4e00-\u9fff](?:某某?|[*＊×]{1,3}))(?:在|于)([^，。；;,、\s（）()]{0,30}?村[^，。；;,、\s（）()]{0,12}?"
                              + _HOUSE_NUMBER + ")")
# (Round 12, h15n: every lead word of a home, 居住地为…, 经常居所地为…, which main masked with the address.)
_BARE_LEAD = re.compile("(?:其|本人|他|她)?(?:" + "|".join(sorted((*_HOME_LEADS, *_PERSON_LEADS, "位于", "在", "于", "系", "为", "是"), key=len,
                                                reverse=True)) + r")[:：为是在于|｜]{0,2}\s*")
# What a flat is used for, after it in its clause (…101室开设诊所, …101室从事美容服务, …101室的美容院): a business's premises.
_BUSINESS_USE_AFTER = re.compile(r"\s*(?:内|中)?\s*(?:开设|开办|设立|从事|经营|营业|生产|销售|办公|培训)"
                                 # (not the shop complained of: …401室 反映该店)
                                 r"|\s*的?[^，。；;,！？\n（）()投诉反映称购买]{0,6}?(?<![该此本其])(?:诊所|药店|超市|商店|门市|工作室|"
                                 r"美容院|理发店|公司|中心|机构|[馆店厂])")
_BUSINESS_NOTED_AFTER = re.compile(r"\s*[（(][^）)]{0,6}(?:经营|营业|店|公司|办公|仓库|厂)"
                                   r"|\s*[，,]\s*(?:系|为)?(?:当事人|其)?的?(?:经营|营业|办公|仓库|生产)")  # (…101室，经营场所）)
_BARE_HINT = re.compile(r"[0-9０-９〇零一二三四五六七八九十]\s*(?:室|户|单元)|\d[\-－]\d{1,2}[\-－]\d{3}|[0-9０-９一二三四五六七八九十]\s*[组社队屯]|村.{0,12}?号")
# (Round 11: 3#2-401, an estate's 3-201, a floor's flat 4楼401, a hamlet's house …庄12号, a farm's team 三连; 栋, 幢 and 号楼
# are in _HOME_HINT. One character class first, so the engine skips to those characters.)
# (Round 12: also a character of a text the address rules read otherwise, `_READ_HINT`'s, so that the gate takes no pass of
# its own for it.)
_MORE_HINT = re.compile(r"[#＃区苑园村院楼层庄寨堡连號區現單棟樓層戶鄉鎮縣組莊門於為係處園屬東陽歸寧遼廣興經營場０-９]"
                        r"(?:(?<=[#＃])\s*[0-9０-９]|(?<=[区苑园村院])[0-9０-９]{1,3}[\-－][0-9０-９]{3}"
                        r"|(?<=[楼层])\s*(?:[0-9０-９]{3}|[〇零一二三四五六七八九]{3})|(?<=[庄寨堡]).{0,12}?号|(?<=[0-9０-９一二三四五六七八九十]连)"
                        r"|(?<=[號區現單棟樓層戶鄉鎮縣組莊門於為係處園屬東陽歸寧遼廣興經營場０-９]))")


# A home a person lets, sells or lends (房东王某将甘州区南街7号院2号房出租给李某: round 10, h9a's left case): a residential
# unit (_RESIDENTIAL_END) after a person and 将/把, before the act. Not an organisation's own 当事人将…出租 (its premises).
_LET_HOME = re.compile(r"(?:将|把)\s*([^，。；;,、（）()\[\]【】]{2,50}?" + _RESIDENTIAL_END
                       + r")\s*(?=(?:房屋|住房|住宅)?(?:出租|转租|租给|出售|卖给|借给|抵押|出借))")


# 住 opening the clause right after a person named alone (当事人：张三丰，住甘州区…; 当事人李某，住…; 法定代表人赵某，现住…;
# 李某（个体工商户业主），住…: the 格式范本's 当事人基本情况 with the sex and the birth date left out; round 11, h12n): where
# that person lives, in any record. Not 住所 (an organisation's registered address), and not after a business.
# (Round 12, h15n: also with no comma, 住 right after the person's name, 经营者祁瑞峰住…, 法定代表人赵建国住…: round 11's left case;
# and after the roles of an organisation's people, 经营者、法定代表人、负责人 …, `_OWNER_ROLES`: 住 is where a person lives,
# a company has a 住所.)
_CLAUSE_HOME = re.compile(r"(?:[，,]\s*|(?<=[\u4e00-\u9fff*＊]))(?:住所|住址|现住址|现住|家住|住(?![所宿院房]))[:：为在于]?\s*("
                          + _ADDRESS_RUN + ")")
_OWNER_ROLES = ("经营者", "法定代表人", "法人代表", "负责人", "投资人", "店主", "老板", "股东", "合伙人", "监护人", "法定代理人",
                "委托代理人", "代理人", "户主", "业主", "实际控制人", "主要负责人", "经营户")
_OWNER_OPENING = re.compile("(?:" + "|".join(sorted((*_PERSON_ROLES, *_OWNER_ROLES), key=len, reverse=True)) + ")")
# 住所 is a person's only after the operator or the party named as a person (经营者：王某，住所：…; 当事人：王某，住所…): after a
# 法定代表人 it may be the company's, written after its representative (当事人：华强公司，法定代表人：赵某，住所：…).
_OWNER_BEFORE = re.compile(r"(?:经营者|业主|户主|店主|老板|委托代理人|代理人|当事人|投诉人|举报人|申请人)[:：]?\s*[\u4e00-\u9fff·*＊]{1,4}$")


# (Twentieth pass, h21q Q13) 住 after a clause naming a person by a role `_PERSON_ROLES` does not list — an agent or a
# contact (经办人佴浩洋，住甘州区南街3栋2单元301室, in a licence's 备注; 联系人, 委托代理人, 监护人) — is that person's home, as it is
# after 举报人: the rule read only the roles of complainants and parties, so the same sentence after 举报人 was masked in a
# penalty's 违法事实 and kept after 经办人 in a licence's 备注. Only 住 (a person lives), not 住所 (a company has one too).
_AGENT_NAMED = re.compile(r"(?:^|[：:由经系])\s*(?:经办人|联系人|委托代理人|代理人|受托人|法定代理人|监护人|法定代表人|负责人|经营者|店主)"
                          r"[:：]?\s*(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{1,3}(?:某某?|[*＊×]{1,3}))\s*$")


# (Round 12, h15n) A 住所 after the 法定代表人 or 负责人 when the organisation's own 住所 (or 经营场所, 地址) was written before
# it (当事人：华强公司，住所：…县府街58号，法定代表人：赵某，住所：…六社45号): the second is that person's; the company has one.
_SECOND_SEAT = re.compile(r"(?:住所|经营场所|营业场所|地址)(?:地)?[:：为是]")


def _after_lives(address: str, start: int) -> int:
    """Where the address in `address` starts: after `start` and after a word saying someone lives there (`_LIVES_BEFORE`)."""
    lives = _LIVES_BEFORE.match(address, start)
    return lives.end() if lives else start


def _person_clause_homes(text: str) -> list[re.Match[str]]:
    """The `_CLAUSE_HOME` matches whose clause before names a person and no business."""
    out = []
    for m in _CLAUSE_HOME.finditer(text):
        before = re.split(r"[。；;！？\n，,]", text[max(0, m.start() - 40):m.start()])[-1]
        if text[m.start()] not in "，,":  # (no comma: the person's name, masked or not, right before 住; not 住所)
            if "住所" not in text[m.start():m.start(1)] and _name_ends(before):
                out.append(m)
            continue
        clause = re.sub(r"[（(][^（）()]{0,16}[）)]", "", before).strip()
        if not clause or _BUSINESS_NAMED.search(re.sub(r"个体工商户|个体户|经营者", "", before)) or _PREMISES.search(before):
            continue  # (经营者 is the operator, a person: 经营者：王某，住所：…)
        if "住所" in text[m.start():m.start(1)] and not (_OWNER_BEFORE.search(clause) and (
                re.search(r"某某?$|[*＊]$", clause) or _named_by_real_name(re.split(r"[：:]", clause)[-1]))) \
                and not (_SECOND_SEAT.search(text, 0, max(0, m.start() - len(before))) and _name_ends(clause)):
            continue
        if _NAMED_PERSON.search(clause) or _named_by_real_name(re.split(r"[：:]", clause)[-1]) \
                or ("住所" not in text[m.start():m.start(1)] and _AGENT_NAMED.search(clause)) \
                or (re.search(r"[:：]", clause) and _named_by_real_name(clause.replace("：", "").replace(":", ""))):
            out.append(m)
    return out


_COMMITTEE_GROUP = re.compile(r"(?:村|居)民?委员?会(?=\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*[组社队])")


_ENDS_WITH_NAMED_ROLE = re.compile("(?:" + "|".join(sorted((*_PERSON_ROLES, *_OWNER_ROLES), key=len, reverse=True))
                                   + r")[:：]?\s*([\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff](?:某某?|[*＊]{1,3}))$")


def _name_ends(clause: str) -> bool:
    """Whether `clause` ends with a role word of a person and that person's name (经营者祁瑞峰, 法定代表人赵某, 业主王**), the
    name read as one by `find_person_names` unless it is already masked."""
    m = _ENDS_WITH_NAMED_ROLE.search(clause)
    if not m:
        return False
    if re.search(r"某某?$|[*＊]$", m.group(1)):
        return True
    return (m.start(1), m.end(1)) in find_person_names(clause + "，")


def _named_by_real_name(clause: str) -> bool:
    """Whether `clause` is a person's name, alone or after a person's role word (`_PERSON_ROLES`, `_OWNER_ROLES`)."""
    clause = clause.strip()
    role = _OWNER_OPENING.match(clause)
    name = clause[role.end():] if role else clause
    if not 2 <= len(name) <= 4 or not re.fullmatch(r"[\u4e00-\u9fff·]+", name):
        return False
    at = len(clause) - len(name)
    return (at, len(clause)) in find_person_names(clause + "，")


def _bare_homes(text: str, person: bool) -> list[tuple[int, int]]:
    """Homes written with no word for a home before them (the rules above)."""
    spans = []

    def business_or_no_place(m: re.Match[str]) -> bool:
        address = m.group(1)
        # (a group of a village or residents' committee is a home's: 南华村委会六组; round 11)
        named = _COMMITTEE_GROUP.sub("", address) if "委" in address else address
        return (not _PLACE_WORD.search(address) or _BUSINESS_NAMED.search(named) is not None
                or _BUSINESS_AFTER.match(text, m.end(1)) is not None
                or (_RURAL_GROUP_END.search(address) is not None and not _RURAL_PLACE.search(address)))

    for m in _BARE_BRACKET.finditer(text):
        rest = re.split(r"[（）()【】\[\]]", text[m.end(1):m.end(1) + 20])[0]
        if business_or_no_place(m) or _BUSINESS_NAMED.search(rest):
            continue  # (…101室，经营场所）: the business's
        before = re.split(r"[。；;，,！？\n]", text[max(0, m.start() - 40):m.start()])[-1]
        named = before[-6:] if _PERSON_RIGHT_BEFORE.search(before) else before  # (物业公司对业主李某（…）: 业主's)
        if _BUSINESS_NAMED.search(named) or _PREMISES.search(named):
            continue  # 当事人甘州区王记面馆（…）, 市场监督管理局（…）: the business's, the office's
        if not person and re.search(r"当事人[:：]?$", before):
            continue  # an organisation's 当事人（…）: the organisation
        spans.append(m.span(1))
    for m in _BARE_CLAUSE.finditer(text):
        if business_or_no_place(m):
            continue
        sentence = re.split(r"[。；;！？\n]", text[max(0, m.start() - 80):m.start()])[-1].replace("|", "，").replace("｜", "，")
        opened = max(sentence.rfind("（"), sentence.rfind("("))  # 王某（身份证号已隐去，…14号）: a bracket after the person
        in_person_bracket = (opened >= 0 and not re.search(r"[）)]", sentence[opened:])
                             and _PERSON_RIGHT_BEFORE.search(sentence[:opened]) is not None)
        if not (_DESCRIBED_PERSON.search(sentence) or _NAMED_PERSON.search(sentence) or in_person_bracket
                or _named_by_real_name(re.split(r"[，,：:]", sentence)[-1])):
            continue
        if _BUSINESS_NAMED.search(re.sub(r"个体工商户|个体户|经营者", "", re.split(r"[，,]", sentence)[-1])):
            continue  # 当事人：王记面馆，甘州区…: the business's (个体工商户 there is the person's occupation; 经营者 a person)
        lead = _BARE_LEAD.match(m.group(1))  # (…，住甘州区…: the word stays, as the lead-word rules leave it)
        spans.append((m.start(1) + (lead.end() if lead else 0), m.end(1)))
    for m in _LET_HOME.finditer(text):
        before = re.split(r"[。；;，,！？\n]", text[max(0, m.start() - 40):m.start()])[-1]
        if (not _PERSON_RIGHT_BEFORE.search(before) or (not person and re.search(r"当事人$", before))
                or business_or_no_place(m)):
            continue  # (an organisation's 当事人将…出租: its own premises)
        spans.append(m.span(1))
    for m in _PERSON_AT_HOUSE.finditer(text) if "村" in text else ():
        after = text[m.end(1):m.end(1) + 12]
        if not (_BUSINESS_USE_AFTER.match(after) or _PREMISES.search(after) or _BUSINESS_PLACE.search(after)):
            spans.append(m.span(1))
    for m in _VILLAGE_GROUP.finditer(text):
        spans.append(m.span(1) if m.group(1) else m.span(2))
    for m in _VILLAGER_OF_GROUP.finditer(text) if "村" in text else ():
        spans.append(m.span(1))
    for m in _STREET_FLAT.finditer(text) if "单元" in text else ():
        clause = _clause(text, m.start(), m.end(1))
        before = re.split(r"[。；;！？\n]", text[max(0, m.start() - 60):m.start()])[-1]
        business = (_BUSINESS_PLACE.search(clause) or _BUSINESS_AFTER.match(text, m.end(1))
                    or _BUSINESS_NOTED_AFTER.match(text, m.end(1))  # …301室（公司办公室）
                    or _BUSINESS_USE_AFTER.match(text, m.end(1))
                    # 当事人：华强公司，甘州区…301室: the business's address as the clause after it
                    or (clause.strip() == m.group(1).strip() and re.search(r"[，,]\s*$", before)
                        and _BUSINESS_NAMED.search(re.sub(r"个体工商户|个体户", "", re.split(r"[，,]", before.rstrip("，, "))[-1]))))
        if not person and business and not _operators_home(text, m.start(), clause):
            continue
        lead = re.match(r".*(?:位于|在|于|到|至|往|为|是|将|把|：|:)", m.group(1))
        start = m.start(1) + _after_lives(m.group(1), lead.end() if lead else 0)
        name = re.match(r"[^\s\d]{1,4}\s+", text[start:m.end(1)])  # (投诉人：王某 甘州区…401室: the address only)
        if name and not _PLACE_WORD.search(name.group(0)):
            start += name.end()
        spans.append((start, m.end(1)))
    return spans


# (Round 12, h15n) An address written in traditional characters (現住甘州區南華村六社45號, a party from Hong Kong, Macau or
# Taiwan, or a clerk's input method) is read as simplified, one character for one (privacy.md: the same values written in
# traditional characters); a lead word spaced to align a form's columns (住  址：, 住　址：, 家 庭 住 址: the 格式范本's
# 当事人基本情况 typed as a table) is read without the spaces. The mask falls on the text as written.
_TRADITIONAL_HINT = re.compile("[號區現單棟樓層戶鄉鎮縣組莊門於為係處園屬東陽歸寧遼廣興經營場]")
_TO_SIMPLIFIED = str.maketrans({t: s for t, s in detect.TRADITIONAL.items() if len(s) == 1})
_FULL_WIDTH_DIGIT = re.compile("[０-９]")
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _spaced_words(words: Iterable[str]) -> dict[str, frozenset[str]]:
    """For each character of `words`, the characters that follow it in one of them (住 → 址, 所 …): a space between two
    such characters is inside a lead word (住 址, 出 生 日 期)."""
    pairs: dict[str, set[str]] = {}
    for word in words:
        for first, second in zip(word, word[1:]):
            pairs.setdefault(first, set()).add(second)
    return {first: frozenset(seconds) for first, seconds in pairs.items()}


_SPACED_LEAD = _spaced_words((*_HOME_LEADS, *_PERSON_LEADS))
_SPACED_BIRTH = _spaced_words(("出生日期", "出生年月日", "出生时间", "出生于", "生于", "生日"))
_SPACED_HINT = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]{1,4}(?=[\u4e00-\u9fff])")
# (One search for both, after a look for a space, so that a text written plainly costs one pass: most are.)
_READ_HINT = re.compile(_TRADITIONAL_HINT.pattern[:-1] + "０-９]")


def _as_read(text: str, spaced: dict[str, frozenset[str]]) -> tuple[str, list[int] | None]:
    """`text` as the address and birth-date rules read it (the rule above; `spaced`: the spaces inside their lead words),
    and where each of its characters stands in `text` (None: the same place)."""
    if not (" " in text or "\u3000" in text or "\t" in text or _READ_HINT.search(text)):
        return text, None
    read = text.translate(_TO_SIMPLIFIED) if _TRADITIONAL_HINT.search(text) else text
    read = read.translate(_FULL_WIDTH_DIGITS) if _FULL_WIDTH_DIGIT.search(read) else read
    gaps = [m.span() for m in _SPACED_HINT.finditer(read)  # (two characters of one lead word either side)
            if read[m.end()] in spaced.get(read[m.start() - 1], ())] if " " in read or "\u3000" in read or "\t" in read else []
    if not gaps:
        return read, None
    kept: list[str] = []
    origin: list[int] = []
    last = 0
    for start, end in gaps:
        kept.append(read[last:start])
        origin.extend(range(last, start))
        last = end
    kept.append(read[last:])
    origin.extend(range(last, len(read)))
    return "".join(kept), origin


# (Twentieth pass, h21q Q11, decided where the spec is silent) A home given by its map position: coordinates (GPS坐标38.9271,
# 100.4497处的住户: decimal degrees, four places are ~10 m, one house) or an Open Location Code (住户位置8QXW+2F: Google's plus
# code, its alphabet 23456789CFGHJMPQRVWX) in a sentence that says a household or a home is there (住户, 住宅, 住处, 家中 …)
# points at the home as an address does: masked. A shop's or an inspection site's position (no home word) stays.
_COORDINATES = re.compile(r"(?<![\d.])-?\d{1,3}\.\d{3,}\s*[,，、/]\s*-?\d{1,3}\.\d{3,}(?![\d.])"
                          r"|(?<![0-9A-Za-z])[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2,3}(?![0-9A-Za-z])")
_HOME_BESIDE_POSITION = re.compile(r"住户|住宅|住处|住家|居所|住所|住址|家中|家门|其家|居住|民宅|宅院")


def _mask_home_coordinates(text: str) -> str:
    """Coordinates and plus codes in a sentence that speaks of a home (the rule above) masked."""
    spans = [m.span() for m in _COORDINATES.finditer(text)
             if _HOME_BESIDE_POSITION.search(re.split(r"[。；;！？\n]", text[:m.start()])[-1] + re.split(r"[。；;！？\n]", text[m.end():])[0])]
    return detect.mask_spans(text, spans) if spans else text


def mask_home_addresses(text: str, person: bool = False) -> str:
    """Home addresses in `text` masked (the rules above); `person`: the text is a natural person's
    own record, where 住址/住所/地址 and …的房屋 name the person's home too."""
    if not text:
        return text
    if ("住" in text or "家" in text or "居" in text or "宅" in text) and ("." in text or "+" in text):
        text = _mask_home_coordinates(text)
    if not (_EN_HINT.search(text) or _HOME_HINT.search(text) or ("村" in text and "号" in text) or _BARE_HINT.search(text)
            or _MORE_HINT.search(text) or _title_hint(text) or "座" in text) and not (" " in text or "\u3000" in text or "\t" in text):
        return text  # (the hints of `_home_spans`, or a text that reads otherwise: most texts are neither)
    read, origin = _as_read(text, _SPACED_LEAD)
    spans = _home_spans(read, person)
    if not spans:
        return text
    if origin is not None:
        spans = [(origin[start], origin[end - 1] + 1) for start, end in spans if end > start]
    return detect.mask_spans(text, detect.merge_spans(spans))


def _home_spans(text: str, person: bool) -> list[tuple[int, int]]:
    """The spans of `text` `mask_home_addresses` masks."""
    spans = _english_addresses(text) if _EN_HINT.search(text) else []
    if _title_hint(text):
        spans += [m.span(1) for m in (_PERSON_TITLE if person else _HOME_TITLE).finditer(text)]
    if not (spans or _HOME_HINT.search(text) or ("村" in text and "号" in text) or _BARE_HINT.search(text)
            or _MORE_HINT.search(text)):
        return _flats_after_persons(text) if "座" in text else spans  # (业主隗女士（华府B座1203）: h20q L21)
    spans.extend(_bare_homes(text, person))
    for m in (*(_PERSON_LEAD if person else _HOME_LEAD).finditer(text), *_DESCRIBED_HOME.finditer(text), *_PERSON_HOME.finditer(text),
              *(_person_clause_homes(text) if "住" in text else ()),
              *(_complainants_addresses(text) if not person and "址" in text else ()),
              *(_dwelling_addresses(text) if not person and "住址" in text else ()),
              *(_persons_seat_brackets(text) if not person and "住所" in text else ()),
              *(_persons_seats(text) if not person and ("住所" in text or "的家" in text) else ()),
              *(_HOME_THEN_ADDRESS.finditer(text) if "地" in text or "位置" in text else ())):
        units = list(_ADDRESS_UNIT.finditer(m.group(1)))
        if units and not person and text.startswith("送达地址", m.start()) and _business_service_address(text, m, units):
            continue  # 当事人的送达地址为甘州区县府街58号（公司办公室）: an organisation's office (adv6 overscrub-business-addresses-aec33ce)
        if units and re.match(r"\s*[（(][^）)]{0,6}(?:经营|营业|店|公司|办公)", text[m.start(1) + units[-1].end():]):
            continue  # …住所甘州区县府街5号（经营场所）: the business's (adversarial round 8)
        if units and not person and text.startswith(_DELIVERY_LEADS, m.start()) and _BUSINESS_NAMED.search(
                re.split(r"[，,。；;！？\n（(]", text[m.start(1) + units[-1].end():m.start(1) + units[-1].end() + 10])[0]):
            continue  # 当事人送货到…58号华强超市: a shop the goods went to (round 12)
        if units and not _business_address(text, m):
            start = m.start(1) + (text[m.start(1)] == "的")  # (居住的…: the word stays)
            spans.append((start, m.start(1) + units[-1].end()))
    for m in (_PERSON_TRAIL if person else _HOME_TRAIL).finditer(text):
        spans.append(m.span(1))
    if "单元" in text or "座" in text or "-" in text or "－" in text:
        spans.extend(_flats_after_persons(text))
    for m in _NOTED_HOME.finditer(text) if "地点" in text or "地址" in text else ():
        spans.append(m.span(1))
    for m in _HOME_BRACKET.finditer(text):  # 在自家院内（甘州区党寨镇陈寨村三社）: round 4
        spans.append(m.span(1))
    for m in _HOME_NOTED_AFTER.finditer(text) if "住" in text or "家" in text or "居" in text or "户" in text else ():
        spans.append(m.span(1))

    for m in _VILLAGE_YARD.finditer(text):
        if not person and _YARD_BUSINESS.match(text, m.end(1)):
            continue  # 在…东五村12号院内设厂生产白酒: a company's works (adv6 overscrub-business-addresses-aec33ce)
        spans.append(m.span(1))
    if "村" in text and "号" in text:
        spans.extend(_village_houses(text, person))
    for m in _ESTATE_FLAT.finditer(text):  # from after the last word before the address (消费者在…)
        k = 1 if m.group(1) else 2
        clause = _clause(text, m.start(), m.end(k))
        if k == 2:  # (the new shape: what the flat is used as may follow it, …101室为当事人的仓库)
            clause += re.split(r"[。；;，,！？\n]", text[m.end(k):m.end(k) + 12])[0]
            if not person and re.search(r"开设|开办|设立|超市|商店|门市|诊所|药店|工作室|办公", clause):
                continue
        if not person and k == 1 and _BUSINESS_AFTER.match(text, m.end(k)):
            continue  # …5号楼2单元101室的当事人仓库: the business's (adversarial round 9)
        if not person and _BUSINESS_PLACE.search(clause) and not _operators_home(text, m.start(), clause):
            continue  # 当事人经营场所位于…小区3号楼1单元101室: the business's address
        lead = (_BEFORE_ADDRESS.match(m.group(k)) or (re.match(r".*(?:称|发现|有)", m.group(k)) if k == 2 else None))
        spans.append((m.start(k) + _after_lives(m.group(k), lead.end() if lead else 0), m.end(k)))
    return [_without_leading_date(text, *span) for span in spans]


# A date before the address in a span (当事人于2026年3月10日在…五社14号家中, 责令刘某于2026年3月10日前拆除…22号院内: the rules
# that read an address from 于 on took the date and the act with it; adversarial round 9): the span starts after the last
# word before the address. A date is public (privacy.md: masking never destroys dates).
_LEADING_DATE = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\s*(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}")
_AFTER_DATE_LEAD = re.compile(r".*(?:位于|在|到|至|往|于|赴|对|向|从|拆除|清除|搭建|建设|清理|查封|扣押|征收)")


def _without_leading_date(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of an address without a date (and the words after it) it begins with (the rule above)."""
    date = _LEADING_DATE.match(text, start, end)
    if not date:
        return start, end
    lead = _AFTER_DATE_LEAD.match(text, date.end(), end)
    return (lead.end() if lead else date.end()), end


# Home addresses written in English or pinyin (adversarial round 6, names-minority-scripts-english-addresses: a foreign
# resident's complaint, `The complainant lives at Room 501, Unit 2, Building 3, Nanguan Community`, `resides at No. 18,
# Group 3, Liujiagou Village`; a clerk's pinyin `Nanguan Cun 9 She 32 Hao`). The address is a run of comma-separated parts,
# each a numbered unit (Room 1203, Unit 2, Bldg 5, No. 32, Group 3, 9 She) or a named estate or village (Jinxiu Garden,
# Nanguan Village, Nanguancun); the district and city after it stay. It is a home after a word saying so (lives at,
# home address, 住址：…), and a flat (Room … with Unit/Building) or a village house (No. … Village) is one in any
# record unless the sentence names a business (shop, office, Co., Ltd …).
_EN_NUMBERED = (r"(?:(?:Room|Rm|Flat|Apt|Apartment|Suite|Unit|Entrance|Building|Bldg|Blk|Block|Tower|Floor|Fl|House|"
                r"No|Number|Group|Team|Yard|Courtyard|Lane|Zu|She|Dui|Hao|Dong|Danyuan|Shi|Lou|Ceng|Hu)\.?\s*[#＃]?\s*\d{1,5}"
                r"[A-Za-z]?(?![\d.:])|\d{1,5}[A-Za-z]?\s*(?:Zu|She|Dui|Hao|Dong|Danyuan|Shi|Lou|Ceng|Hu|Hao\s*Lou)(?![a-z]))")
_EN_PLACE_WORDS = (r"Village|Community|Garden|Gardens|Estate|Residence|Residences|Compound|Apartments|Mansion|Court|"
                   r"Xiaoqu|Cun|Huayuan|Jiayuan|Shequ|Xincun|Gongyu|Hamlet|Neighbo(?:u)?rhood|New\s+Village")
_EN_PLACE = (r"(?:[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,3}\s+(?:" + _EN_PLACE_WORDS + r")(?![a-z])"
             r"|[A-Z][a-z]+(?:cun|xiaoqu|huayuan|jiayuan|shequ|xincun)(?![a-z]))")
_EN_PART = "(?:" + _EN_NUMBERED + "|" + _EN_PLACE + ")"
_EN_ADDRESS = re.compile(r"(?<![A-Za-z\d])" + _EN_PART + r"(?:\s*[,，]?\s*" + _EN_PART + ")*")
_EN_HINT = re.compile(r"(?:Room|Rm|Flat|Apt|Unit|Building|Bldg|Block|No|Group|Village|Cun|She|Zu|Hao|Xiaoqu|Garden|"
                      r"Community)\b", re.IGNORECASE)
_EN_HOME_LEAD = re.compile(r"(?:lives?|living|resides?|residing|resident|domiciled|home|domicile)\b[^.;。；]{0,24}?$|"
                           # (adversarial round 9) in brackets right after a person: The complainant Wang (Room 402, …)
                           r"\b(?:complainant|consumer|informant|tenant|resident|homeowner|owner|buyer|customer|party)"
                           r"\s+(?:(?:Mr|Ms|Mrs|Miss)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[(,]\s*$"
                           r"|\b(?:Mr|Ms|Mrs|Miss)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[(,]\s*$|(?:住址|"
                           r"家住|住在|户籍|居住地|现住址|现住)\s*[:：为在是于]?\s*$", re.IGNORECASE)
_EN_LEAD = re.compile(r"(?:address(?:ed)?|deliver(?:ed|y)?|shipped|sent|ship|stays?|staying)\b[^.;。；]{0,24}?$|(?:住所|地址|住|"
                      r"收货地址|送货至|送至|寄至)\s*[:：为在是于]?\s*$", re.IGNORECASE)
_EN_BUSINESS = re.compile(r"\b(?:shop|store|office|company|Co\.|Ltd|Inc|business|premises|factory|restaurant|hotel|mall|plaza|"
                          r"supermarket|branch|firm|warehouse|outlet)\b|公司|店|厂|经营|办公", re.IGNORECASE)


# (adversarial round 8, people-penalty-content) A person's 地址/住址 in a sentence that opens with the person (投诉人：X，
# 联系方式：…，地址：…; 举报人X，住址…): the complainant's home, in any record, unless the sentence names a business.
_PERSON_SENTENCE = re.compile(r"(?:^|[。；;\n])\s*(?:投诉人|举报人|消费者|申请人|被执行人|申诉人|来电人|反映人|求助人)[^。；;\n]*$")
_ADDRESS_LEAD = re.compile(r"(?:地址|住址)[:：为是]?\s*" + _SUB_LABEL + "(" + _ADDRESS_RUN + ")")


# (Round 13, h17n: h15n's left case, 住 址：…六社45号 in an organisation's record with no person named before it.) 住址 is the
# word of a person's 身份证 and of the 格式范本's 当事人基本情况 for a person (an organisation has a 住所, 《民法典》 art. 63):
# generator/detect.py masks an address after it in any record (`_HOME_BEFORE`), but reads no spaced word; read here as
# `_as_read` reads it (住 址：, 住　址：), the address with a unit of a house in it, as detect's rule.
_DWELLING_LEAD = re.compile(r"(?<![所场点])住址[:：为是]?\s*" + _SUB_LABEL + "(" + _ADDRESS_RUN + ")")
_HOUSE_UNIT = re.compile(r"[村组社号室栋幢户]|单元")


# (Round 13, h17n) 住所 opening a bracket right after a person (当事人祁某（住所：…3号楼2单元401室）, 经营者祁瑞峰（住所：…）): that
# person's domicile (《民法典》 art. 25), in an organisation's record too; after a business (当事人华强公司（住所：…）) its seat.
_SEAT_BRACKET = re.compile(r"[（(]\s*住所地?[:：为]?\s*(" + _ADDRESS_RUN + ")")

# (Nineteenth pass, h21o L2) 住所 right after a person's word, with or without the person's name (举报人住所：…, 员工住所…,
# 法定代表人赵立群住所：…, 举报人（住所：…）, 舉報人住所 read as simplified): that person's domicile (《民法典》 art. 25), in an
# organisation's record too. The party's own 当事人住所 stays the organisation's seat (art. 63). Words that may name a
# business or refer back to one — 经营者 (a 个体工商户's operator, but a shop in 《消费者权益保护法》's words), 店主, 户主, and
# 其/本人/他/她 (消费者…反映，其住所…) — count only where the address ends in a flat or a house's unit (…单元507室), which
# a business's registered seat seldom does.
_SEAT_PERSON_WORDS = ("举报人", "投诉人", "消费者", "申请人", "申诉人", "反映人", "来电人", "求助人", "员工", "职工", "雇员", "工人", "证人",
                      "受害人", "患者", "业主", "租户", "承租人", "住户", "村民", "居民", "法定代表人", "法人代表", "负责人", "监护人",
                      "家属", "被执行人", "受送达人", "驾驶人", "经营者", "店主", "户主", "其", "本人", "他", "她")
_SEAT_WEAK_WORDS = ("经营者", "店主", "户主", "其", "本人", "他", "她")
# (Twentieth pass, h21q Q2) Also with 的 or 之 between the person and 住所 (举报人的住所：…, 当事人员工的住所), and 家 after 的 with
# a colon or 在/位于 after it (举报人的家：…7栋2单元202室: the same home in plainer words). (h21q O2) Not after 被 (被申请人, 被投诉人,
# 被举报人, 被申诉人: in an organisation's record the party complained of, the organisation, whose 住所 is its registered
# seat, 《民法典》 art. 63: public); 被执行人 is its own word.
_PERSON_SEAT = re.compile("(?<!被)(?:" + "|".join(sorted(_SEAT_PERSON_WORDS, key=len, reverse=True))
                          + r")[:：]?\s*([\u4e00-\u9fff·*＊×]{0,4}?)\s*(?:[的之]\s*)?[（(]?\s*(?:住所地?|(?<=的)家(?=\s*(?:[:：]|位于|在)))"
                          r"(?:位于|[:：为在是于])?\s*(" + _ADDRESS_RUN + ")")
_NOT_A_NAME = re.compile(r"当事|公司|单位|企业|店|厂|称|反映|的|在|向|对|与|和|及|该|系|为|是")
_FLAT_UNIT = re.compile(r"[0-9０-９〇零一二三四五六七八九十]\s*(?:室|户(?!籍))|单元|" + _FLAT)


class _SeatMatch:
    """A `_PERSON_SEAT` match seen as the address rules' matches are: group 1 is the address."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def group(self, k: int = 0) -> str:
        return self._m.group(0 if k == 0 else 2)

    def start(self, k: int = 0) -> int:
        return self._m.start(0 if k == 0 else 2)

    def end(self, k: int = 0) -> int:
        return self._m.end(0 if k == 0 else 2)


# (Twenty-second pass, h22o O1) In the 当事人 block of an organisation's decision (《市场监督管理行政处罚文书格式范本》: 当事人,
# 统一社会信用代码, 法定代表人, 住所, a line each) the 住所 line after the 法定代表人 line is the organisation's registered seat
# (《民法典》 art. 63), public; 住所地 right after the organisation's name (当事人X有限公司，住所地…) too.
_BLOCK_REP_WORDS = frozenset(("法定代表人", "法人代表", "负责人"))
_ORG_PARTY_BEFORE = re.compile(r"(?:当事人|被投诉人|被举报人|被申请人|被投诉方)[:：]?\s*[^，,。；;：:]{2,40}?"
                               r"(?:公司|厂|店|合作社|中心|集团|商行|超市|医院|学校|协会|门市部|经营部)\s*[，,]\s*$")


def _persons_seats(text: str) -> list[_SeatMatch]:
    """The `_PERSON_SEAT` matches that name a person's domicile (the rule above)."""
    out = []
    for m in _PERSON_SEAT.finditer(text):
        if _NOT_A_NAME.search(m.group(1)):
            continue
        word = text[m.start():m.start(1)].rstrip(":： \t")
        if word in _SEAT_WEAK_WORDS and not _FLAT_UNIT.search(m.group(2)):
            continue
        if word in _BLOCK_REP_WORDS and "\n" in text[m.end(1):m.start(2)]:
            continue  # 法定代表人：刘占军⏎住所：…168号: the block's next line, the organisation's seat (h22o O1)
        out.append(_SeatMatch(m))
    return out


def _persons_seat_brackets(text: str) -> list[re.Match[str]]:
    """The `_SEAT_BRACKET` matches right after a person named or masked (the rule above)."""
    out = []
    for m in _SEAT_BRACKET.finditer(text):
        before = re.split(r"[。；;，,！？\n]", text[max(0, m.start() - 30):m.start()])[-1]
        if re.search(r"[\u4e00-\u9fff](?:某某?|[*＊]{1,3})$", before) or _name_ends(before):
            out.append(m)
    return out


def _dwelling_addresses(text: str) -> list[re.Match[str]]:
    """The `_DWELLING_LEAD` matches whose address names a dwelling (the rule above)."""
    return [m for m in _DWELLING_LEAD.finditer(text) if _HOUSE_UNIT.search(m.group(1))]


def _complainants_addresses(text: str) -> list[re.Match[str]]:
    """The `_ADDRESS_LEAD` matches of a sentence that opens with a person (`_PERSON_SENTENCE`) naming no business."""
    out = []
    for m in _ADDRESS_LEAD.finditer(text):
        before = text[max(0, m.start() - 80):m.start()]
        clause = re.split(r"[。；;\n]", before)[-1]
        if _PERSON_SENTENCE.search(before) and not re.search(r"公司|商家|商户|店|厂|单位|企业|经营|被投诉", clause):
            out.append(m)
    return out


def _english_addresses(text: str) -> list[tuple[int, int]]:
    """Home addresses written in English or pinyin (the rules above)."""
    spans = []
    for m in _EN_ADDRESS.finditer(text):
        parts = m.group(0)
        numbered = re.findall(_EN_NUMBERED, parts)
        place = re.search(_EN_PLACE, parts)
        if not numbered or len(numbered) + (1 if place else 0) < 2:
            continue  # one number alone (Building 3, No. 5 Middle School) names no house
        before = text[max(0, m.start() - 40):m.start()]
        sentence = re.split(r"[.;。；!?！？]\s", text[max(0, m.start() - 120):m.start()])[-1]
        tail = re.split(r"[.;。；]", text[m.end():m.end() + 60])[0]
        flat = re.search(r"Room|Rm|Flat|Apt|Apartment|Shi\b|\d\s*Shi|Hu\b", parts, re.IGNORECASE) and len(numbered) >= 2
        house = place is not None and re.search(r"(?:Village|Cun|cun|Hamlet)(?![a-z])", parts) is not None
        if _EN_HOME_LEAD.search(before) or ((flat or house or _EN_LEAD.search(before))
                                            and not _EN_BUSINESS.search(sentence + tail)):
            spans.append(m.span())
    return spans


# (Round 13, h17n: h15n's left case, 投诉人反映空调安装于…村六社45号: where the fitter put the goods is the buyer's house, as
# 到…三组18号安装 is; not a business's place named in the clause, …45号厂房内.)
_FITTED_AT = re.compile(r"(?:安装|装|铺设|架设)(?:于|在|到|至)$")


def _village_houses(text: str, person: bool) -> list[tuple[int, int]]:
    """Village houses (`_VILLAGE_HOUSE`) that are a home: any in a natural person's own record but where the clause
    names a business (在…村八社41号经营), in any record one a villager or a visit follows."""
    spans = []
    for m in _VILLAGE_HOUSE.finditer(text):
        lead = _BEFORE_ADDRESS.match(m.group(1))
        start = m.start(1) + (lead.end() if lead else 0)
        if not re.search(r"村.{0,12}?号", text[start:m.end(1)]):
            continue
        after = text[m.end(1):m.end(1) + 12]
        if _VILLAGER_AFTER.match(after) or (text[m.start():m.start() + 1] in "至到往" and _VISIT_AFTER.match(after)) \
                or (_FITTED_AT.search(text, max(0, m.start() - 4), m.start() + 1) and not _BUSINESS_PLACE.search(
                    _clause(text, m.start(), m.end()) + after[:6])):
            spans.append((start, m.end(1)))
        elif person and not _BUSINESS_PLACE.search(_clause(text, m.start(), m.end()) + after[:6]):
            spans.append((start, m.end(1)))
    return spans


# A person described before 住所/住址 (当事人甘州区祁记面馆，经营者祁七甲，住所甘州区南关小区8栋1单元402室: the 个体's
# operator in the 格式范本's 当事人基本情况; adv6 getihu-operator-home-in-own-text, open again after the business-address
# rule of round 6): the 住所 is that person's home, not the business's.
_PERSON_BEFORE = re.compile(r"(?:经营者|业主|户主|店主|老板|委托代理人|代理人|[男女])[：:]?[^，,。；;]{0,12}$")  # (法定代表人: a company's)


_PERSONS_OWN_HOME = re.compile(r"[\u4e00-\u9fff](?:某某?|[*＊]{1,3})的?(?:住所|住址|住处|家庭住址)(?:为|是|在|位于|[:：])")


def _operators_home(text: str, start: int, clause: str) -> bool:
    """Whether the estate flat's clause is a 住所/住址 after a person's description (`_PERSON_BEFORE`)."""
    if _PERSONS_OWN_HOME.search(clause):
        return True  # 经营者张某的住所为…: that person's (round 11)
    if not re.match(r"\s*(?:住所|住址|住)", clause) or _BUSINESS_PLACE.search(clause.replace("住所", "", 1)):
        return False
    before = re.split(r"[。；;]", text[max(0, start - 60):start])[-1]
    parts = re.split(r"[，,]", before)
    return len(parts) >= 2 and _PERSON_BEFORE.search(parts[-2]) is not None


def _business_service_address(text: str, lead: re.Match[str], units: list[re.Match[str]]) -> bool:
    """Whether a 送达地址 in a record not a natural person's is a business's: a street address (no village, group, estate
    or flat in it: 县府街58号), or one a note naming a business follows (（公司办公室）)."""
    address = lead.group(1)[:units[-1].end()]
    after = text[lead.start(1) + units[-1].end():lead.start(1) + units[-1].end() + 10]
    if re.match(r"\s*[（(][^）)]{0,8}(?:公司|办公|门店|店|厂|单位|营业)", after):
        return True
    return not re.search(r"村|组|社|小区|单元|室|户|家属院|公寓", address)


def _clause(text: str, start: int, end: int) -> str:
    """The clause of text that runs to `end`, looked for from 30 characters before `start`."""
    return re.split(r"[。；;，,！？\n]", text[max(0, start - 30):end])[-1]


def _business_address(text: str, lead: re.Match[str]) -> bool:
    """Whether an address after one of `_CONTACT_LEADS` is a business's: the clause before the lead word
    names one (商家退货地址, 当事人通讯地址, 被投诉方联系地址)."""
    word = text[lead.start():lead.start(1)]
    # (round 12: an organisation's seat, 当事人在其住所地以外…; the business's own delivery, 当事人送货到…)
    if not word.startswith((*_CONTACT_LEADS, "住所地", *_DELIVERY_LEADS[:4])):
        return False
    if word.startswith("住所地") and _ORG_PARTY_BEFORE.search(re.split(r"[。；;\n]", text[max(0, lead.start() - 60):lead.start()])[-1]):
        return True  # 当事人张掖市祁安商贸有限公司，住所地…58号: the organisation's seat (h22o O1)
    clause = _clause(text, lead.start(), lead.start())
    return _BUSINESS_BEFORE.search(clause) is not None


def _mask_values(text: str, values: tuple[str, ...]) -> str:
    """The row's own never-public values masked, matched after normalisation (a passport number
    written with dots, the ID with a zero-width space ...), and part of its own identity number."""
    spans = detect.find_values(text, values)
    out = detect.mask_spans(text, spans) if spans else text
    return _mask_own_id_parts(out, values)


_DIGIT_RUN = re.compile(r"[0-9xX]{6,}\**|\d{4,}\*{4,}")


def _mask_own_id_parts(text: str, values: tuple[str, ...]) -> str:
    """Part of the row's own 15/18-digit identity number (privacy.md: "in full or in part"): a whole
    run of six digits or more that is its end (尾号016083) or a run longer than the region code that
    is its start (62070219800101****, the `*` of a masked tail with it) is masked in the row's texts."""
    ids = [compact for compact in (detect.compact_value(v) for v in values)
           if len(compact) in (15, 18) and compact[:15].isdigit()]
    if not ids or not any(c.isdigit() for c in text):
        return text
    flat, origin = detect.compact(text)
    spans = []
    for m in _DIGIT_RUN.finditer(flat):
        if m.start() > 0 and flat[m.start() - 1].isalnum() and flat[m.start() - 1].isascii():
            continue  # inside a code (91620702…, JY1620…)
        digits = m.group(0).rstrip("*").lower()
        for own in ids:
            if (len(digits) >= 6 and own.endswith(digits)) or (len(digits) > 6 and own.startswith(digits)):
                spans.append((origin[m.start()], origin[m.end() - 1] + 1))
                break
    return detect.mask_spans(text, spans) if spans else text


def _mask_names(text: str, names: tuple[str, ...]) -> str:
    """The given names masked in text as whole names, however written (spaced, U+3000, ZWJ,
    another middle dot, traditional characters); never inside a place or organisation name."""
    names = tuple(n for n in names if len(n) >= 2)
    if not names:
        return text
    spans = detect.find_values(text, names, whole_names=True, words=False)
    if spans and any(detect.common_word(n.strip()) for n in names):
        # A name that is also an ordinary word (文明, 陈列) only where the text names the person with it
        # (当事人文明在集市…), not as the word (违反文明经营承诺, 陈列柜内: adversarial round 5).
        words = {n.strip() for n in names if detect.common_word(n.strip())}
        spans = [(a, b) for a, b in spans if text[a:b] not in words or names_a_person_at(text, a, b)]
    # The row's own names in pinyin (当事人Lin Xiuzhen for 蔺秀珍: adv5 follow-up, own-name-spelled-differently).
    spelled = [sp for sp in pinyin_spellings(text, names) if not any(a < sp[1] and sp[0] < b for a, b in spans)]
    # The name given name first (浩然隗 for 隗浩然: h20o's L7), masked whole as the given name alone is.
    turned = [sp for sp in reversed_names(text, names) if not any(a < sp[1] and sp[0] < b for a, b in [*spans, *spelled])]
    # The given name alone (该店由建华经营 for the operator 祁建华: adversarial round 9), masked whole (建华 → **).
    alone = [sp for sp in given_name_spans(text, names)
             if not any(a < sp[1] and sp[0] < b for a, b in [*spans, *spelled, *turned])]
    return _masked(text, sorted([*spans, *spelled, *turned, *alone]), whole=frozenset([*alone, *turned]))


def _masked(text: str, spans: list[tuple[int, int]], whole: frozenset[tuple[int, int]] = frozenset()) -> str:
    """text with each span (sorted, not overlapping) masked as a name (李**, L**********); a span in `whole` (a given
    name standing alone, no surname to keep) one `*` a character."""
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out.append(text[last:start])
        out.append("*" * (end - start) if (start, end) in whole else mask_name(text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


def deidentify_records(validated: Validated, sources: Sources, chrome: Iterable[str] = (),
                       key_secret: bytes | None = None, public_numbers: Iterable[str] = (),
                       scrub_cache: ScrubCache | None = None, release_accepted: bool = False,
                       release_sources: bool = False) -> Deidentified:
    """Apply privacy.md to the accepted rows of every kind; gather never-public values.

    `chrome`: the site's own fixed phrases (`site_chrome`): a person whose name is a word of them
    (a person named 甘州 and the site 信用甘州) is not a leak where the phrase is printed.

    `key_secret` keys the public stand-in of a record key withheld as personal data (`withheld_key_tag`):
    the build passes the state folder's (`state.record_key_secret`), so the stand-in and the record's
    记录标识 stay the same from build to build; without one (validate, check) a random one is used.

    `public_numbers`: numbers that are public wherever a text writes them (the office's own phone,
    `[contact] phone` of the settings, which the leak gate allows anywhere): left as written in the
    records' texts rather than masked as a landline (issue 16: over-scrubbing).

    `scrub_cache`: where the scrubbed texts are kept (`generator.scrub_cache`: the build passes one
    that reads and writes the state folder); without one, a memo of this call, shared by every column
    and kind. `CREDITSITE_SCRUB_CACHE=off`: none, each column scrubs its own distinct texts.

    `release_accepted`: each kind's accepted rows (`validated.kinds[k].accepted`) are replaced by an
    empty frame of their columns as soon as the kind's de-identified rows exist, so that the two are
    never whole together for every kind (the build: nothing reads the accepted rows past this stage;
    the counts and rejected rows the report and the rules read stay).

    `release_sources`: the loaded rows of every kind (`sources.kinds`, emptied) are let go as soon as the
    never-public values and the businesses' operators are read from them, before the kinds are
    de-identified (the build: nothing reads them past this stage; its problems and damaged files stay)."""
    keep = detect.public_tokens(public_numbers)
    cache = None if scrub_cache_mode() == "off" else scrub_cache or ScrubCache()
    if cache is not None:
        cache.start(keep)
    businesses = _BusinessNames(cache)
    secrets = _collect_secrets(sources, businesses)
    # A person whose name is an ordinary word (信用, 国庆: detect.common_word) is masked in their own
    # record and where another text names a person with it (消费者文明反映), not as that word in every
    # other text, and the gate does not look for the word.
    word_named = np.fromiter((s.column in PERSON_NAME_FIELDS and detect.common_word(s.value.strip()) for s in secrets),
                             dtype=bool, count=len(secrets))
    words = [s.value for s, word in zip(secrets, word_named.tolist()) if word]
    secrets = secrets.kept(~word_named)
    result = Deidentified(frames={}, secrets=secrets)
    people = NameMasker((s.value for s in result.secrets if s.column in PERSON_NAME_FIELDS),
                        _operator_businesses(sources, businesses), words)
    if release_sources:  # (the privacy columns of every input row: 107 MB at 10^5 entities, held through the kinds)
        sources.kinds.clear()
    key_secret = key_secret or secrets_module.token_bytes(32)
    rows = cache is not None and cache.keeps_rows()
    if cache is not None and rows:
        cache.start_rows(people.entries())
    for name, valid in validated.kinds.items():
        withheld: dict[int, str] = {}
        if cache is not None and rows:
            result.frames[name] = _deidentify_reusing(valid.kind, valid.accepted, result, key_secret, withheld,
                                                      people, keep, cache, businesses)
        else:
            frame = _withhold_personal_identifiers(valid.kind, valid.accepted, result.problems, key_secret, withheld)
            result.problems.extend(_operators_read_from_names(name, valid.kind, frame))
            result.frames[name] = _deidentify_kind(valid.kind, frame, people, keep, cache, businesses)
        if withheld:
            result.withheld_keys[name] = withheld
        result.problems.extend(_ages_unknown(valid.kind, result.frames[name]))
        if release_accepted:  # (the columns de-identification replaced were this frame's only copy of them)
            valid.accepted = valid.accepted.iloc[np.empty(0, dtype=np.intp)]
            # The kind's input rows and working memory, freed, handed back before the next kind allocates (malloc
            # keeps freed pages otherwise: at 3x10^4 entities 20-35 MB a large kind, h20m's probe).
            give_back()
    public = _public_names(result.frames) + _public_codes(result.frames)
    result.secrets, result.ambiguous = _drop_ambiguous(result.secrets, public, list(chrome))
    return result


def _deidentify_reusing(kind: Kind, accepted: pd.DataFrame, result: Deidentified, key_secret: bytes,
                        withheld: dict[int, str], people: NameMasker, keep: frozenset[str], cache: ScrubCache,
                        businesses: _BusinessNames) -> pd.DataFrame:
    """A kind's de-identified rows (`_withhold_personal_identifiers`, then `_deidentify_kind`), the rows the
    last build de-identified taken from the scrub cache (`ScrubCache.known_rows`: same cells, code and public
    numbers, no person of the whole input gone or added in them, no day since spelled in them) and only the
    others computed.

    Every step is row by row, so the rows come out as a build of the whole kind makes them; their file and
    row number are this build's. A row whose identifiers were withheld as personal data is never kept (its
    key is in memory only: `Deidentified.withheld_keys`), so it is computed again in every build."""
    known = cache.known_rows(kind.name, accepted)
    hashes = known[0] if known is not None else cache.row_hashes(accepted) if len(accepted) else None
    todo_at = np.arange(len(accepted)) if known is None else np.setdiff1d(np.arange(len(accepted)), known[1])
    todo = accepted if known is None else accepted.iloc[todo_at]
    own: dict[int, str] = {}
    touched: set[int] = set()
    frame = _withhold_personal_identifiers(kind, todo, result.problems, key_secret, own, touched)
    withheld.update({int(todo_at[p]): key for p, key in own.items()})
    left_out = {int(todo_at[p]) for p in touched}
    whole = accepted if frame is todo else _with_rows(accepted, todo_at, frame)
    result.problems.extend(_operators_read_from_names(kind.name, kind, whole))
    done = _deidentify_kind(kind, frame, people, keep, cache, businesses)
    if known is None:
        out = done
    else:
        reused = known[2]
        if len(todo_at):
            done.index = pd.Index(todo_at)
            out = pd.concat([reused, done]).sort_index()
        else:
            out = reused[list(done.columns)] if list(reused.columns) != list(done.columns) else reused
        out = out.reset_index(drop=True)
        for column in done.columns:  # the dtypes a build of the whole kind gives
            if out[column].dtype != done[column].dtype:
                out[column] = out[column].astype(done[column].dtype)
        for column in (FILE, ROW):  # a row found may have moved
            out[column] = accepted[column].to_numpy()
    if hashes is not None:
        cache.keep_rows(kind.name, accepted, out, hashes, left_out)
    return out


def _with_rows(frame: pd.DataFrame, at: np.ndarray, rows: pd.DataFrame) -> pd.DataFrame:
    """`frame` with its rows at the positions `at` replaced by `rows` (the same columns)."""
    out = frame.copy()
    for column in rows.columns:
        values = out[column].tolist()
        for p, v in zip(at.tolist(), rows[column].tolist()):
            values[p] = v
        out[column] = pd.Series(values, index=out.index, dtype=out[column].dtype)
    return out


_CJK_RUN = re.compile("[\u3400-\u9fff]{3,}")


def site_chrome(*texts: str) -> list[str]:
    """The site's fixed phrases: the runs of three or more ideographs of the given texts (the site's
    title, publisher …), of the content pages and of the page templates. None of them comes from the
    data folder, so a person's name inside one of them is that phrase's word, not the person
    (issue 16: a natural person named 甘州 stopped every build of 信用甘州)."""
    from generator.resources import CONTENT, REPORT_TEMPLATES, TEMPLATES

    sources = list(texts)
    for folder in (CONTENT, TEMPLATES):
        if folder.is_dir():
            # (the staff report's template is no page of the site: its phrases are never printed there)
            sources.extend(p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*"))
                           if p.is_file() and p.suffix in (".md", ".html", ".j2", ".jinja", ".txt", ".yml")
                           and REPORT_TEMPLATES not in p.parents)
    return sorted({run for text in sources for run in _CJK_RUN.findall(text)})


def _withhold_personal_identifiers(kind: Kind, frame: pd.DataFrame, problems: list[Problem], key_secret: bytes,
                                   withheld: dict[int, str], touched: set[int] | None = None) -> pd.DataFrame:
    """A personal ID (or phone, e-mail) typed into an identifier column is never public: the record
    publishes without it, so it is never a page address or a search key (warning
    `personal-id-in-identifier`, naming file, row and column, never the value).

    The cell that is the record's key (文书号 …, or a licence's 许可编号 when it has no 文书号) gets a
    stand-in instead (`withheld_key_tag`), so records stay apart and keep their 记录标识 from build to
    build; the withheld key itself (and a repair's or withdrawal's 原决定文书号) goes into `withheld`, by
    row position, for the rules to match revocations on.

    An ID-shaped key the detector reads as an ID is withheld even when its check digit is wrong: its first
    17 digits give the whole number of the person it may be, the check digit being computed from them;
    the record loses nothing else. (A wrong check digit with a date of the last 16 years is a date-coded
    number, 施工许可证 620702202605180101, which the detector leaves public.)"""
    # (The record's key whatever its type: a work order numbered by the complainant's mobile or ID,
    # 12315-13993680002-01, GZ620702198501017584A, adversarial round 6, keys-with-phone-or-id-inside.)
    columns = [f.name for f in kind.fields
               if f.name in frame and (f.type in IDENTIFIER_TYPES or f.name in PERSON_TEXT_COLUMNS
                                       or f.name in (kind.key, kind.key_fallback))]
    if frame.empty or not columns:
        return frame
    out = frame
    for column in columns:
        values = out[column].astype(str)
        # Cheap pre-check: a personal number shows as a raw run of seven digit-like characters or more
        # (dates, amounts and most decision numbers have none).
        # (法定代表人 / 经办人: an e-mail too, 王五 wangwu77@163.com.)
        may_hold = detect.may_hold if column in PERSON_TEXT_COLUMNS else detect.may_hold_number
        distinct = [v for v in values.unique().tolist() if v and may_hold(v)]
        bad = {v for v in distinct if (detect.personal_id_in(v) or detect.old_id_shape(v))
               and not detect.registration_number_shape(column, v)}
        if column in (kind.key, kind.key_fallback):
            bad |= {v for v in values.unique().tolist() if v and _key_holds_personal_number(v)}
        if column not in PERSON_TEXT_COLUMNS:
            out = _mask_names_in_identifiers(kind, out, column, {v for v in values.unique().tolist() if v and v not in bad},
                                             problems, touched)
            values = out[column].astype(str)
        if not bad:
            continue
        hit = values.isin(bad)
        if out is frame:
            out = frame.copy()
        for position, i, file, row in _flagged_cells(out, hit.to_numpy(), touched):
            problems.append(Problem(kind.name, file, row, column, "personal-id-in-identifier", WARNING,
                                    f"{file} 第 {row} 行“{column}”列含有身份证件号码等个人信息：该值不予公开"
                                    "（记录照常公示，不以其生成页面地址或搜索条目）。请改正该单元格后重新导出。"))
            value = str(out.at[i, column])
            is_key = column == kind.key or (column == kind.key_fallback and str(out.at[i, kind.key]) == "")
            if is_key or (kind.control and column == CONTROL_TARGET_NO):
                withheld[position] = value
            issuer = str(out.at[i, kind.issuer_code]) if kind.issuer_code else ""
            # A person's cell keeps the names it holds without the number (张珩瑄 13993629951 -> 张珩瑄: the
            # name inside a business named after its operator is then found and masked, adversarial round 5).
            names = "、".join(_operator_names(value)) if column in PERSON_TEXT_COLUMNS else ""
            out.at[i, column] = withheld_key_tag(key_secret, kind.name, value, issuer) if is_key else names
    return out


_DIGIT_RUNS = re.compile(r"\d{11,}[xX]?")


def _flagged_cells(frame: pd.DataFrame, flagged: np.ndarray, touched: set[int] | None) -> Iterator[tuple[int, Any, str, int]]:
    """Each flagged row of `frame`: its position (added to `touched`), index label, input file and row."""
    for position in np.flatnonzero(flagged).tolist():
        if touched is not None:
            touched.add(position)
        i = frame.index[position]
        yield position, i, str(frame.at[i, FILE]), int(frame.at[i, ROW])


def _mask_names_in_identifiers(kind: Kind, frame: pd.DataFrame, column: str, distinct: set[str], problems: list[Problem],
                               touched: set[int] | None) -> pd.DataFrame:
    """A person's name typed into an identifier cell (甘州市监罚〔2026〕881号（祁海琴）: `names_in_identifier`) masked like a
    name where the cell is written (the number stays, so the record keeps its key; a repair's or withdrawal's
    原决定文书号 written the same way is masked the same way and still finds it), with the same warning as a number."""
    masked = {}
    for value in distinct:
        cover = masked_identifier(value)
        if cover != value:
            masked[value] = cover
    if not masked:
        return frame
    out = frame.copy()
    for _, i, file, row in _flagged_cells(out, out[column].astype(str).isin(masked).to_numpy(), touched):
        problems.append(Problem(kind.name, file, row, column, "personal-id-in-identifier", WARNING,
                                f"{file} 第 {row} 行“{column}”列含有人名等个人信息：该姓名已隐去（记录照常公示）。"
                                "请改正该单元格后重新导出。"))
        out.at[i, column] = masked[str(out.at[i, column])]
    return out


# A clerk's note written after a key's number (甘州市监罚〔2026〕901号（举报人祁永年，住新乐小区5号楼2单元302室）,
# TS-2026-000903（…）, …515号（经营者马永乐）: h22o L1, S1): the bracket after a digit or 号 that opens words, not a
# year's bracket (〔2026〕). The note is read as text — names after role words, a home after 住 — the number kept.
_KEY_NOTE = re.compile(r"(?<=[0-9号])\s*[（(【\[](?=[^）)】\]]*[\u4e00-\u9fff])")


def masked_identifier(value: str) -> str:
    """An identifier cell with the persons' words in it masked where they are written, the number kept: a name
    (`names_in_identifier`: …881号（祁海琴）, …511号祁永福) and, in a note after the number (`_KEY_NOTE`), a name
    after a role word (举报人祁永年, 经营者马永乐) and a home (住新乐小区5号楼2单元302室)."""
    spans = names_in_identifier(value)
    note = _KEY_NOTE.search(value)
    if not note:
        return _masked(value, spans) if spans else value
    at = note.start()
    names = _merge_spans(spans + [(at + a, at + b) for a, b in find_person_names(value[at:])])
    return _masked_with_homes(value, names, [(at + a, at + b) for a, b in _home_spans(value[at:], True)])


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spans sorted, a span overlapping an earlier one dropped."""
    merged: list[tuple[int, int]] = []
    for span in sorted(set(spans)):
        if not merged or span[0] >= merged[-1][1]:
            merged.append(span)
    return merged


def _masked_with_homes(text: str, names: list[tuple[int, int]], homes: list[tuple[int, int]]) -> str:
    """text with names masked as names (祁**) and homes as `MASK`, a name inside a home going with the home."""
    homes = _merge_spans(homes)
    names = [n for n in names if not any(a < n[1] and n[0] < b for a, b in homes)]
    out, last = [], 0
    for start, end in sorted(names + homes):
        out.append(text[last:start])
        out.append(MASK if (start, end) in homes else mask_name(text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


def _key_holds_personal_number(key: str) -> bool:
    """Whether a record's key holds a person's number among letters and dashes (a work order numbered by
    the complainant's mobile or ID: TS13993680001, 12315-13993680002-01, GZ620702198501017584A): a run
    of digits that is a mobile or a valid ID, or what the detector reads as a personal number or card."""
    import unicodedata

    value = unicodedata.normalize("NFKC", key)
    for run in _DIGIT_RUNS.findall(value):
        run = run.lower()
        if (len(run) == 11 and run[0] == "1" and run[1] in "3456789") or (len(run) == 18 and detect.personal_id_in(run)):
            return True
        if len(run) > 18 and run.isdigit() and not detect.personal_id_in(run):
            # A longer run is judged whole (an ID and a suffix, or a date-coded number such as the 信用承诺 template's
            # region + date + serial), not by the 18-digit ID the detector finds inside it (tenth session).
            value = value.replace(run, "#" * len(run))
    return any(h.what in (detect.DOCUMENT, detect.MOBILE, detect.EMAIL)  # (a card-shaped 许可编号 is public)
               or (h.what == detect.ID and detect.personal_id_in(h.token))  # (not a date-coded 施工许可证 number)
               for h in detect.find(value, names=False))


def withheld_key_tag(key_secret: bytes, kind: str, key: str, issuer: str) -> str:
    """The public stand-in for a record key withheld as personal data: `[已隐去]-` and 12 hex digits
    of HMAC-SHA256(secret, kind|key|issuer), the key compared as repairs compare it.

    The same record gets the same stand-in in every build (a re-sorted export writes no false
    removal to the ledger), two records never share one, and without the secret — kept in the
    state folder, never in the site or the repository — it cannot be turned back into the number
    by trying all IDs, as a plain hash could (privacy.md, "Natural persons on the site")."""
    message = f"{kind}|{normalize_decision_no(key)}|{issuer}".encode()
    return f"{MASK}-{hmac.new(key_secret, message, hashlib.sha256).hexdigest()[:12]}"


def _birth_dates(persons: pd.DataFrame, decided: list[str]) -> list[str]:
    """Each natural person's birth date (ISO, "" if unknown) for the age rule: the one their 身份证
    number holds, or the 出生日期 column (read by validate with the project's date parser) for a
    document without one (passport, permits). Where both are given and differ, the later one: the
    younger reading withholds a minor rather than publish one (privacy first). A 15-digit number
    whose century cannot be told (`_century_unknown`; `decided`: each row's decision date) holds none."""
    numbers = persons[ID_NUMBER_FIELD].astype(str).tolist()
    from_id = ["" if birth and _century_unknown(number, day) else birth
               for birth, number, day in zip(ric_birth_dates(numbers), numbers, decided)]
    # (And the person's name cell, 隗浩然（17岁）, （2009年4月17日出生）: `_aside_birth_date`; fifteenth pass, h20o L20. Where
    # nothing else gives the age it counts only to withhold a minor: as the text's, it never makes a document's age known.)
    if PARTY_NAME_FIELD in persons:
        named = [_aside_birth_date(n, d) for n, d in zip(persons[PARTY_NAME_FIELD].astype(str).tolist(), decided)]
        from_id = [max(a, b) if a or (b and len(d) == 10 and b > _years_before(d, 18)) else a
                   for a, b, d in zip(from_id, named, decided)]
    if BIRTH_DATE_FIELD not in persons:
        return from_id
    given = persons[BIRTH_DATE_FIELD].astype(str).tolist()
    return [max(a, b) for a, b in zip(from_id, given)]


def _century_unknown(number: str, decided: str) -> bool:
    """Whether `number` is a 15-digit 身份证 number (GB 11643's first form: the year in two digits, read as 19YY) whose
    two-digit year may as well be 20YY: its date read in this century is a day not after the decision (`decided`, "" if
    none). Such a number is as often an 18-digit one cut to 15 by an old system or a clerk (620702100305170 of a child born
    2010-03-05, read as a man of 1910: round 13, h17n) as the number of a person over a hundred: the age cannot be derived
    (privacy.md), and the record waits for staff to give the 出生日期 (`age-unknown`)."""
    digits = detect.compact_value(number)
    if len(digits) != 15 or not digits.isascii() or not digits.isdigit():
        return False
    later = f"20{digits[6:8]}-{digits[8:10]}-{digits[10:12]}"
    return not decided or later <= decided


def _operators_read_from_names(name: str, kind: Kind, frame: pd.DataFrame) -> list[Problem]:
    """A warning per 个体工商户 whose operator is read from its name (`_operator`), so staff can fill in
    the operator where the name is a 字号 after all."""
    if frame.empty:
        return []
    column = PARTY_NAME_FIELD if kind.has_party else REGISTRY_NAME
    return [Problem(kind.name, str(file), int(row), column, "operator-read-from-name", WARNING,  # type: ignore[call-overload]
                    f"{file} 第 {row} 行：个体工商户未填写经营者，名称像是经营者姓名，已按姓名隐去（只保留姓）。"
                    "如名称是字号，请补填法定代表人（经营者）。")
            for shop, operator, file, row in zip(*_business_rows(name, frame, kind))
            if _no_operator(operator) and _operator(shop, "")]



def _ages_unknown(kind: Kind, frame: pd.DataFrame) -> list[Problem]:
    """Natural persons whose age cannot be derived (no birth date in their document, no 出生日期):
    the rules withhold them as `age-unknown`; the report lists each so staff can add the date."""
    if not kind.has_party or frame.empty:
        return []
    unknown = (frame[PARTY_CATEGORY_FIELD] == NATURAL_PERSON) & (frame[BIRTH_DATE] == "")
    problems = [Problem(kind.name, str(file), int(row), ID_NUMBER_FIELD, "age-unknown", WARNING,
                        f"{file} 第 {row} 行：自然人的证件号码不含出生日期（护照、通行证等），无法判断是否未成年，"
                        f"暂不公示。请核实后在该行“{BIRTH_DATE_FIELD}”列填写出生日期（如 1980-01-01；该列不公开，"
                        "没有该列时在表中加一列），重新导出后构建：成年人即公示，未成年人不公示。")
                for file, row in zip(frame.loc[unknown, FILE].tolist(), frame.loc[unknown, ROW].tolist())]
    operators = frame[BIRTH_DATE] == BIRTH_UNKNOWN
    problems += [Problem(kind.name, str(file), int(row), REP_ID_NUMBER_FIELD, "age-unknown", WARNING,
                         f"{file} 第 {row} 行：个体工商户经营者的证件（护照、通行证或无法识别的证件号码）不含出生日期，"
                         "无法判断经营者是否未成年，暂不公示。请核实证件号码，或填写身份证号码后重新导出：成年人即公示，"
                         "未成年人不公示。")
                 for file, row in zip(frame.loc[operators, FILE].tolist(), frame.loc[operators, ROW].tolist())]
    return problems


def _public_codes(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Party codes that stay public (organisations' and businesses'): a natural person's code that
    is also one of these is left to the scrubbing (it blanks it in the person's own rows)."""
    codes: set[str] = set()
    for frame in frames.values():
        if frame.empty or PARTY_CATEGORY_FIELD not in frame:
            continue
        public = frame[PARTY_CATEGORY_FIELD] != NATURAL_PERSON
        for column in PARTY_CODES:
            if column in frame:
                codes.update(frame.loc[public, column].tolist())
    return sorted(c for c in codes if c)


def _public_names(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Names that stay public: organisations' and businesses' names, organisations' representatives."""
    names: set[str] = set()
    for name, frame in frames.items():
        if frame.empty:
            continue
        if PARTY_CATEGORY_FIELD in frame:
            not_person = frame[PARTY_CATEGORY_FIELD] != NATURAL_PERSON
            names.update(frame.loc[not_person, PARTY_NAME_FIELD].tolist())
            names.update(frame.loc[frame[PARTY_CATEGORY_FIELD] == ORGANISATION, REP_FIELD].tolist())
        elif KIND_RULES[name].entity_rows:
            names.update(frame[REGISTRY_NAME].tolist())
            names.update(frame[REP_FIELD].tolist())
    return sorted(n for n in names if n)


AMBIGUOUS_NAMES_KEPT = 50  # public names remembered per value; a value inside more is exempt everywhere


def _drop_ambiguous(secrets: Secrets | Iterable[Secret], public: list[str], chrome: list[str] | None = None
                    ) -> tuple[Secrets, int]:
    """Secrets that also occur inside a public name: exempt from the leak gate only there.

    A natural person with the same name as a public legal representative, or a value inside a
    public business name, would otherwise stop every build. Each such secret carries the public
    names that hold it (`Secret.inside`): the gate ignores its occurrences inside those names
    and reports any other. A value inside more than AMBIGUOUS_NAMES_KEPT public names (a common
    two-character name) is left to the scrubbing. Returns the secrets and how many are exempt.
    The site's chrome phrases that hold a value are exempt the same way, but never count towards
    that limit, and a phrase that is the value itself exempts nothing (it would exempt every
    occurrence).
    """
    import ahocorasick

    if not isinstance(secrets, Secrets):
        secrets = Secrets.of(secrets)
    automaton = ahocorasick.Automaton()
    for value in secrets.values():
        if value not in automaton:
            automaton.add_word(value, value)
    if not len(automaton):
        return secrets, 0
    automaton.make_automaton()
    containing: dict[str, set[str]] = {}
    for text in public:
        for _, value in automaton.iter(text):
            containing.setdefault(value, set()).add(text)
    in_chrome: dict[str, set[str]] = {}
    for text in chrome or ():
        for _, value in automaton.iter(text):
            if value != text:
                in_chrome.setdefault(value, set()).add(text)
    # (`inside` is a function of the value: set once per value, the secrets too many kept by a mask)
    inside = dict(secrets.inside)
    for value in {*containing, *in_chrome}:
        names = containing.get(value)
        phrases = in_chrome.get(value, set())
        if not names:
            inside[value] = tuple(sorted(phrases))
        elif len(names) <= AMBIGUOUS_NAMES_KEPT:
            inside[value] = tuple(sorted(names | phrases))
    ambiguous = np.fromiter((len(containing.get(v, ())) > AMBIGUOUS_NAMES_KEPT for v in secrets.values()),
                            dtype=bool, count=len(secrets))
    kept = secrets.kept(~ambiguous)
    kept.inside = {v: names for v, names in inside.items() if names}
    return kept, sum(1 for v in secrets.values() if v in containing)


def privacy_columns(sources: Sources) -> Sources:
    """The loaded rows with only the columns `deidentify_records` reads from them (issue 19): the
    never-public and clerk columns, the party's category, codes, name and operator (the registry's
    name, type, code and representative), with file and row; the same rows in the same order, so the
    same never-public values in the same order. The free texts are de-identified from `validated`:
    the build keeps this instead of the whole input (every raw column of every row) past validation."""
    kinds = {name: dataclasses.replace(loaded, frame=loaded.frame[[
        c for c in _privacy_fields(name, loaded.kind) if c in loaded.frame.columns]])
        for name, loaded in sources.kinds.items()}
    return dataclasses.replace(sources, kinds=kinds)


def _privacy_fields(name: str, kind: Kind) -> list[str]:
    """The columns of one kind's loaded rows `_collect_secrets` and `_operator_businesses` read."""
    has_party, entity_rows = kind.has_party, KIND_RULES[name].entity_rows
    fields = [f.name for f in kind.fields if f.name not in _NOT_SECRETS and (
        f.privacy in (NEVER, CLERK) or (has_party and (f.name in PARTY_CODES or f.privacy in (PARTY_NAME, OPERATOR)))
        or (entity_rows and f.privacy == OPERATOR))]
    if has_party:  # who the party is (`person`, `business`) and the 个体工商户's names (`_business_rows`)
        fields += [PARTY_CATEGORY_FIELD, PARTY_NAME_FIELD, REP_FIELD]
    elif entity_rows:  # `_not_organisation` and `_business_rows`
        fields += [REGISTRY_TYPE, USCC_FIELD, REGISTRY_NAME, REP_FIELD]
    return list(dict.fromkeys([*fields, FILE, ROW]))


# Identity-document types ("身份证") are words, not personal data in themselves; a birth date
# alone identifies nobody, and as a value to scan for it would stop every build that
# publishes the same day as a decision date (the column itself is dropped like any never-public one).
_NOT_SECRETS = (ID_TYPE_FIELD, REP_ID_TYPE_FIELD, BIRTH_DATE_FIELD)


def _collect_secrets(sources: Sources, businesses: _BusinessNames | None = None) -> Secrets:
    secrets = Secrets()
    for name, loaded in sources.kinds.items():
        frame, kind = loaded.frame, loaded.kind
        if frame.empty:
            continue
        person = frame[PARTY_CATEGORY_FIELD].str.strip() == NATURAL_PERSON if kind.has_party else None
        business = frame[PARTY_CATEGORY_FIELD].str.strip() == INDIVIDUAL_BUSINESS if kind.has_party else None
        for f in kind.fields:
            if f.name in _NOT_SECRETS or f.name not in frame.columns:  # (one no rule below reads: `privacy_columns`)
                continue
            col = frame[f.name].astype(str).str.strip()
            if f.privacy == NEVER or f.privacy == CLERK:
                mask = col != ""
            elif f.name in PARTY_CODES and person is not None:
                mask = person & (col != "") & (col != PLACEHOLDER_USCC)
            elif f.privacy == PARTY_NAME and person is not None:
                mask = person & (col != "")
            elif f.privacy == OPERATOR and business is not None and person is not None:
                mask = (business | person) & (col != "")
            elif f.privacy == OPERATOR and KIND_RULES[name].entity_rows:
                mask = _not_organisation(frame) & (col != "")
            else:
                continue
            mask &= col.str.len() >= 2
            # A number of six digits or fewer identifies nobody (an ID has 15 or 18, a phone 7 or more): a
            # clerk's placeholder in a mandatory cell (123, 2026, 0936, 12315, the region code 620702) is not
            # searched for in every output, where it is part of public numbers and stopped whole builds
            # (adversarial round 5, stop-id-value-*). The scrubber's own rules still read such cells.
            mask &= ~col.str.fullmatch(r"\d{1,6}")
            # Nor a placeholder of seven or eight digits (0000000, 12345678: round 6, gate-placeholder-7-8-digits).
            mask &= ~col.str.fullmatch(r"(\d)\1{6,7}|0?1234567(?:8|89)?")
            values: list[str] = []
            files: list[str] = []
            rows: list[int] = []
            for value, file, row in zip(col[mask].tolist(), frame.loc[mask, FILE].tolist(),
                                        frame.loc[mask, ROW].tolist()):
                values.append(value)
                files.append(str(file))
                rows.append(int(row))
                bare = person_name_value(value) if f.name in PERSON_NAME_FIELDS else value
                if bare != value and len(bare) >= 2:  # 柏瑜珩（经营者）: the name alone is looked for too
                    values.append(bare)
                    files.append(files[-1])
                    rows.append(rows[-1])
            secrets.add(values, name, files, rows, f.name)
        secrets.extend(_implied_operator_secrets(name, frame, kind, businesses or _BusinessNames(None)))
    return secrets


def _business_rows(name: str, frame: pd.DataFrame, kind: Kind) -> tuple[list[str], list[str], list[object], list[object]]:
    """Names, operators, files and rows of the 个体工商户 of one input frame (any kind, the registry too)."""
    if kind.has_party:
        rows = frame[PARTY_CATEGORY_FIELD].str.strip() == INDIVIDUAL_BUSINESS
        names, operators = frame.loc[rows, PARTY_NAME_FIELD], frame.loc[rows, REP_FIELD]
    elif KIND_RULES[name].entity_rows:
        rows = _not_organisation(frame)
        names, operators = frame.loc[rows, REGISTRY_NAME], frame.loc[rows, REP_FIELD]
    else:
        return [], [], [], []
    return (names.astype(str).tolist(), operators.astype(str).tolist(), frame.loc[rows, FILE].tolist(),
            frame.loc[rows, ROW].tolist())


def _implied_operator_secrets(name: str, frame: pd.DataFrame, kind: Kind, businesses: _BusinessNames
                              ) -> list[Secret]:
    """The person's name of a 个体工商户 named after its operator with no operator given: never public
    as written (the gate checks it; other records' texts mask it)."""
    out = []
    for shop, operator, file, row in zip(*_business_rows(name, frame, kind)):
        # No operator given (or 本人/同上: the name above), or a business named after another person
        # than its operator (王翀璇 run by 李彧璇, adversarial round 4): the name it is, never public.
        implied = businesses.of(shop, operator)[1]
        column = PARTY_NAME_FIELD if kind.has_party else REGISTRY_NAME
        for person in dict.fromkeys((implied, *_other_names_in_shop(shop, _operator(shop, operator)))):
            if person and person != person_name_value(operator):
                out.append(Secret(person, name, str(file), int(row), column))  # type: ignore[call-overload]
    return out


# A role written after the operator's name in its cell (柏瑜珩（经营者）: the 2016 layout's 法定代表人
# column, adversarial round 4): the name is what comes before it.
_ROLE_SUFFIX = re.compile(r"\s*[（(]\s*(?:经营者|负责人|业主|户主|店主|老板|法定代表人|法人|投资人|经营人|女|男|个体|本人)\s*[）)]\s*$")


def person_name_value(value: str) -> str:
    """A person's name as typed into a name cell, without a role written after it (柏瑜珩（经营者）,
    鄢瑾瑜（女）)."""
    return _ROLE_SUFFIX.sub("", value.strip())


# What clerks type in the operator cell of a 个体工商户 listed under its operator's name: "the name
# above" (adversarial round 4, operator-cell-benren): read as no operator given.
_SAME_AS_NAME = frozenset({"本人", "同上", "同左", "同名称", "见名称", "见上", "同前", "个体", "个人", "业主本人"})


def _no_operator(operator: str) -> bool:
    value = person_name_value(operator)
    return not value or value in _SAME_AS_NAME


# The operator cell as clerks fill it (adversarial round 5, operator-cell-spelled-differently): a phone after the
# name (张珩瑄 13993629951), a title (赵琛瑄经理), the Chinese name in brackets after the pinyin (Liu Yanxuan（刘琰瑄）),
# two operators (陈璟瑄、陈婧瑄).
_OPERATOR_SPLIT = re.compile(r"[、，,;；/\s]+")
_BRACKETED = re.compile(r"[（(]\s*([\u3400-\u9fff·]{2,8})\s*[）)]")
_TRAILING_TITLE = re.compile("(?:" + "|".join(sorted(JOB_TITLES, key=len, reverse=True)) + ")$")


def _operator_names(operator: str) -> list[str]:
    """The persons' names an operator cell holds, each alone (see above)."""
    names = [m.group(1) for m in _BRACKETED.finditer(operator)]
    for part in _OPERATOR_SPLIT.split(re.sub(r"[（(][^（）()]*[）)]", " ", operator)):
        part = re.sub(r"[0-9+\-]+", "", part).strip()
        if len(part) > 3:
            part = _TRAILING_TITLE.sub("", part)
        if len(part) >= 2 and re.fullmatch(r"[\u3400-\u9fff·]+", part):
            names.append(part)
    return names


# How clerks write a 个体工商户 listed under its operator's name with a note, a street before the name, the
# shop and its operator in one cell, or a couple's shop (adversarial round 6, getihu-party-names-new-shapes,
# getihu-party-cell-shop-and-operator): 祁翀璋（个体工商户）, 祁珩璋个体户, 甘州区东街祁璟璋, 祁翀璜（甘州区祁记
# 一号面馆）, 甘州区祁记二号面馆（祁翀琮）, 祁翀琨/甘州区祁记四号面馆, …面馆 祁翀瑾, …面馆-祁翀瑜, 祁珺璋、祁珮璋夫妻店.
_BUSINESS_NOTE = re.compile(r"[（(]\s*(?:个体工商户|个体户|个体|无字号)\s*[）)]|个体工商户|个体户")
_CELL_PARTS = re.compile(r"[（(）)/／\\|｜\s\-－—–、,，;；]+")
_COUPLE_SHOP = re.compile(r"(?:夫妻|兄弟|兄妹|姐妹|姐弟|母子|父子|母女|父女)(?:店|档|铺|摊)$")
_STREET_BEFORE = re.compile(r"^.{1,8}?(?:大街|大道|街道|街|路|巷|关|道)(?=[\u3400-\u9fff·]{2,8}$)")


@functools.lru_cache(maxsize=1 << 14)
def names_in_shop_cell(shop: str) -> tuple[str, ...]:
    """The persons' names a 个体工商户's name cell holds (see above): each part of the cell that is a person's
    name (`person_names.name_in_business_name`), after a street too; none for a shop named by its 字号."""
    from generator.person_names import name_in_business_name

    cell = _BUSINESS_NOTE.sub(" ", person_name_value(shop)).strip()
    if cell.isascii() and name_in_business_name(cell):
        return (cell,)  # QI JIANHUA: one name in pinyin, its words not parts (adversarial round 8)
    names: list[str] = []
    for part in _CELL_PARTS.split(cell):
        part = _COUPLE_SHOP.sub("", part)
        if len(part) < 2:
            continue
        found = name_in_business_name(part)
        if not found:  # 甘州区东街祁璟璋: the name after a street
            street = _STREET_BEFORE.match(part)
            found = name_in_business_name(part[street.end():]) if street else ""
        if found and found not in names:
            names.append(found)
    return tuple(names)


def _other_names_in_shop(shop: str, operator: str) -> tuple[str, ...]:
    """`names_in_shop_cell(shop)`, unless an operator is given who is not the name the cell is: then only
    names written apart from the shop's (the spouse of a 夫妻店, …面馆（X）), not a 字号 that reads as a
    name once its note or street is dropped (甘州区常青（个体户）, 甘州区北街金龙 run by someone else)."""
    names = names_in_shop_cell(shop)
    if names and operator and operator != names[0] and len(_CELL_PARTS.split(_BUSINESS_NOTE.sub(" ", shop).strip())) < 2:
        return ()
    if names and operator:
        # (Round 4, h20q S1) A piece of the operator's own name typed apart (甘州区邝 志 远烧烤店: 区邝 read as a name once
        # the spaces split the cell) is no other person: it was a never-public value that the masked name of another
        # business of the same operator (甘州区邝**烤肉店) held, and the leak gate stopped the build.
        own = detect.find_values(shop, (operator,))
        names = tuple(n for n in names if not (at := shop.find(n)) >= 0
                      or not any(a < at + len(n) and at < b for a, b in own))
    return names


def _mask_shop(name: str, operator: str) -> str:
    """A 个体工商户's name with its operator's name masked, and every other person's name its cell holds
    (`_other_names_in_shop`: the spouse of a 夫妻店, the operator written beside the shop)."""
    person = _shop_person(name, operator)
    at = name.find(person) if person else -1
    if at >= 0 and name.find(person, at + 1) < 0 and len(person) >= 2:
        from generator.person_names import inside_public_word, operator_before_trade

        if inside_public_word(name, at, at + len(person)) and not operator_before_trade(name, at, at + len(person)):
            person = ""  # 甘州区祁连山土特产店 run by 祁连: the mountain's name, not the person (adv6 overscrub-person-named-qilian)
            # (but 甘州区文静服装店 run by 文静, h22o's L12: the operator's name as the 字号, right before the trade's words)
    masked = _mask_operator(name, person) if person else name
    for person in _other_names_in_shop(name, operator):
        masked = _mask_operator(masked, person)
    return masked


def _shop_person(shop: str, operator: str) -> str:
    """The person's name inside a business's name: its operator's where it holds it (李建国烧烤店), else
    the person's name the business is named with (王翀璇 run by 李彧璇: privacy first), else none."""
    for name in (operator, *_operator_names(operator)) if operator else ():
        if detect.find_values(shop, (name,)):
            return name
    for name in (operator, *_operator_names(operator)) if operator else ():
        clan = _clan_written(shop, person_name_value(name))
        if clan:
            return clan
    from generator.person_names import name_in_business_name

    return (name_in_business_name(person_name_value(shop)) or _near_operator(shop, operator)
            or operator)  # (隗翮瑜（个体）: the name before it)


def _clan_written(shop: str, operator: str) -> str:
    """The operator's name written with 氏 after the surname inside a business's name (甘州区邝氏志远烧烤店 run by 邝志远:
    round 4, h20q L18; 氏 marks a family name, as 王氏 and 李氏 shops do), or "". The name is the person's all the same."""
    if not 2 <= len(operator) <= 4 or not all("\u3400" <= c <= "\u9fff" for c in operator):
        return ""
    from generator.person_names import surname_length

    size = surname_length(operator, 0, rare=True) or 1
    written = operator[:size] + "氏" + operator[size:]
    return written if len(operator) > size and written in shop else ""


def _near_operator(shop: str, operator: str) -> str:
    """The name in a business's name that is its operator's but for one given character (甘州区郁建国烧烤店 run by
    郁健国, 甘州区郁建民烧烤店 by 郁建明: h19o's L7_getihu_operator_typo), or "". Privacy first: a clerk's slip in one of the
    two cells, or a relative's name the business was registered under, is a person's name either way, and the operator
    column alone being masked left the name published in every surface that shows the business's name."""
    operator = person_name_value(operator)
    if not 3 <= len(operator) <= 4 or not all("\u3400" <= c <= "\u9fff" for c in operator):
        return ""
    from generator.person_names import surname_length

    size = surname_length(operator, 0, rare=True) or 1
    at = shop.find(operator[:size])
    while at >= 0:
        written = shop[at:at + len(operator)]
        if len(written) == len(operator) and all("\u3400" <= c <= "\u9fff" for c in written) \
                and sum(a != b for a, b in zip(written[size:], operator[size:])) == 1:
            return written
        at = shop.find(operator[:size], at + 1)
    return ""


def _operator(shop: str, operator: str) -> str:
    """A 个体工商户's operator: the one given (without a role written after it), else — none given, or
    本人/同上 — the person's name its own name is or ends with (`person_names.name_in_business_name`:
    侯彧瑄, 甘州区蒋翀瑄), or holds before its trade (`person_names.name_before_trade`: 甘州区张晓明烧烤店), else none."""
    if not _no_operator(operator):
        return person_name_value(operator)
    names = names_in_shop_cell(shop)
    if names:
        return names[0]
    from generator.person_names import name_before_trade

    # 甘州區張曉明燒烤店 (h21o's L8): the name before the trade's words, traditional characters read as simplified
    return name_before_trade(_BUSINESS_NOTE.sub("", person_name_value(shop)).strip())


def _business(shop: str, cell: str) -> tuple[str, str, str]:
    """A 个体工商户's operator (`_operator`), the person's name inside its name (`_shop_person`) and its
    name with its persons masked (`_mask_shop`), from its name and operator cell."""
    operator = _operator(shop, cell)
    return operator, _shop_person(shop, operator), _mask_shop(shop, operator)


class _BusinessNames:
    """`_business` of each (name, operator cell) of a build's 个体工商户, computed once per distinct pair.

    Three passes read them (the never-public values, the businesses `NameMasker` masks in texts, the
    published name), and each reading costs a normalisation of the name per person tried: at 10^4
    entities that was a third of de-identification. With a scrub cache the results are also kept from
    build to build (`ScrubCache.get`/`put`) under a keyed digest of the pair, so an update works out
    again only the pairs it has not seen. The operator's and the person's names are kept as their place
    in the name or the cell, never written out (a pair where one is in neither is not kept); the masked
    name is what the site publishes. `CREDITSITE_STAGE_REUSE=off` (`scrub_cache.stage_reuse`): neither,
    every pass computes its own (the code path before).
    """

    def __init__(self, cache: ScrubCache | None) -> None:
        self.on = stage_reuse()
        self.cache = cache
        self.memo: dict[tuple[str, str], tuple[str, str, str]] = {}

    def of(self, shop: str, cell: str) -> tuple[str, str, str]:
        """(operator, person's name inside the name, the name with it masked)."""
        if not self.on:
            return _business(shop, cell)
        found = self.memo.get((shop, cell))
        if found is None:
            found = self._kept(shop, cell) if self.cache is not None else None
            if found is None:
                found = _business(shop, cell)
                if self.cache is not None:
                    self._keep(shop, cell, found)
            self.memo[(shop, cell)] = found
        return found

    def _kept(self, shop: str, cell: str) -> tuple[str, str, str] | None:
        assert self.cache is not None
        stored = self.cache.get(("business", shop, cell))
        if stored is None:
            return None
        try:
            operator, person, masked = json.loads(stored)
            return _from_place(operator, shop, cell), _from_place(person, shop, cell), str(masked)
        except (ValueError, TypeError, IndexError):
            return None

    def _keep(self, shop: str, cell: str, found: tuple[str, str, str]) -> None:
        assert self.cache is not None
        operator, person = _place(found[0], shop, cell), _place(found[1], shop, cell)
        if operator is not None and person is not None:
            self.cache.put(("business", shop, cell), json.dumps([operator, person, found[2]], ensure_ascii=False))


def _place(value: str, shop: str, cell: str) -> list[object] | None:
    """Where `value` is in the cell or the business's name (["c" or "s", start, end]), or None."""
    if not value:
        return ["", 0, 0]
    for tag, text in (("c", cell), ("s", shop)):
        at = text.find(value)
        if at >= 0:
            return [tag, at, at + len(value)]
    return None


def _from_place(place: list[object], shop: str, cell: str) -> str:
    tag, start, end = place
    text = {"c": cell, "s": shop, "": ""}[str(tag)]
    return text[int(start):int(end)]  # type: ignore[call-overload]


def _operator_birth_dates(business: pd.DataFrame, decided: list[str]) -> list[str]:
    """Birth dates of 个体工商户 operators (their natural person: a minor withholds the record): from
    法定代表人证件号码, or from 证件号码, where many exports of the 2019 template put the operator's ID;
    the later date (the younger reading) where both give one. A 15-digit number whose century cannot be
    told (`_century_unknown`; `decided`: each row's decision date) holds none, and says the age is unknown."""
    dates = [[""] * len(business)]
    cut = [False] * len(business)
    for column in (REP_ID_NUMBER_FIELD, ID_NUMBER_FIELD):
        if column in business:
            # Compared as the detector reads it (620702 2010 0305 5120, 620702.20100305.5120: adv3
            # minor-operator-spaced-id, still open in round 4): a minor's ID written with separators.
            # (And with look-alike letters or 年 typed inside: 620702年2012…, adversarial round 5,
            # minors-spelled-ids-and-dates, where the record of a 14-year-old operator was published.)
            values = business[column].astype(str).tolist()
            short = [_century_unknown(v, d) for v, d in zip(values, decided)]
            cut = [c or s for c, s in zip(cut, short)]
            dates.append(["" if s else birth for birth, s in zip(ric_birth_dates(
                [(detect.lookalike_id_reading(v) or detect.compact_value(v).upper()) if v else "" for v in values]), short)])
            # An ID the check digit does not hold, or written as Excel writes a number cell (6.20702201204177E+17),
            # with an IME's 一 or 〜 between its groups, or short of a digit: the birth date its region and date
            # digits still show (adversarial round 6, minors-operators-sci-and-dashes: a 14-year-old published).
            dates.append([_id_birth_reading(v) for v in values])
    if REP_FIELD in business:  # 鞠翀九（2012年4月17日出生）: a birth date written into the operator's cell
        dates.append([max(_written_birth_date(v), _aside_birth_date(v, d))
                      for v, d in zip(business[REP_FIELD].astype(str).tolist(), decided)])
    if BIRTH_DATE_FIELD in business:  # a business has none: a 出生日期 given on its row is its operator's
        dates.append(business[BIRTH_DATE_FIELD].astype(str).tolist())  # (adversarial round 5, minors-operators-2)
    found = [max(readings) for readings in zip(*dates)]
    # An operator document given that shows no birth date (a passport, a permit, an ID typed wrong): the
    # operator may be a minor, so the record waits like a natural person's (`age-unknown`). A masked ID
    # (620702********1234, as many exports give it) and an empty cell say nothing and are not counted.
    kinds = _column_or_blank(business, REP_ID_TYPE_FIELD)
    numbers = _column_or_blank(business, REP_ID_NUMBER_FIELD)
    # (An ID in 证件号码 that Excel rounded to a few digits, 6.20702E+17, shows no birth date either.)
    rounded = [_excel_number_id(v) for v in _column_or_blank(business, ID_NUMBER_FIELD)]
    return [BIRTH_UNKNOWN if not birth and (_unreadable_document(kind, number) or excel or century_unknown) else birth
            for birth, kind, number, excel, century_unknown in zip(found, kinds, numbers, rounded, cut)]


_EXCEL_NUMBER = re.compile(r"\s*([1-9])\.(\d+)[eE]\+?(1[4-8])\s*")
_ID_DIGITS = re.compile(r"[1-8]\d{5}((?:19|20)\d{6})[0-9xX*]{0,4}")


def _id_birth_reading(value: str) -> str:
    """The ISO birth date an identity number written carelessly still shows (see `_operator_birth_dates`):
    six region digits and a date of this or the last century, whatever is between or after them."""
    import unicodedata

    value = unicodedata.normalize("NFKC", value)
    sci = _EXCEL_NUMBER.fullmatch(value)
    digits = sci.group(1) + sci.group(2) if sci else re.sub(r"[^0-9A-Za-z*]", "", value)
    m = _ID_DIGITS.fullmatch(digits[:18]) or (_ID_DIGITS.fullmatch(digits) if sci else None)
    if not m:
        return ""
    iso, _ = parse_date(m.group(1))
    return iso or ""


def _excel_number_id(number: str) -> bool:
    """Whether a document cell is an ID that Excel wrote as a number in scientific notation (6.20702E+17)."""
    return _EXCEL_NUMBER.fullmatch(number) is not None


def _unreadable_document(kind: str, number: str) -> bool:
    number = number.strip()
    if not number or "*" in number or "＊" in number:
        return False
    if kind.strip() and "身份证" not in kind:
        return True  # 护照, 港澳居民来往内地通行证 …: no birth date in the number
    return len(detect.compact_value(number)) >= 15  # an ID typed wrong (Roman numerals, a letter too many)


# (Round 13, h17n) The party described in its own record's text, as the 格式范本's 当事人基本情况 does (当事人：祁某，男，
# 2010年3月5日出生，汉族…; 经营者祁某（16周岁）; 当事人祁某系未成年人): where the columns give no birth date (a 个体工商户's
# operator without a document, the usual export) or an older one, the text's says whether the person was a minor on the
# decision date (privacy.md: "Every record whose natural person was a minor"). Only the party's own description, right
# after the word for the party: a child worker's birth date in the same text (童工祁某（2011年1月1日出生）) is not the party's.
_PARTY_WORD = r"(?:当事人|经营者|业主|户主|店主|负责人|投资人)[:：]?\s*[\u4e00-\u9fff·*＊]{0,5}?\s*"
_PARTY_DESCRIPTION = r"[，,（(、]\s*(?:[男女]\s*[，,、]\s*)?(?:[\u4e00-\u9fff]{1,3}族\s*[，,、]\s*)?"
# (The date alone is the birth date only after the sex, 当事人祁某，男，2010-03-05，汉族, or after a label: right after the
# party it may be the day of the act, 当事人祁某，2026年3月5日在店内….)
_PARTY_BORN = re.compile(_PARTY_WORD + r"(?:" + _PARTY_DESCRIPTION + r"(?:出生(?:日期|年月日?)\s*[:：为]?\s*)?(" + _BIRTH_DATE
                         + r")\s*(?:出生|生(?=[，,、）)。；;\s]|$))|[，,（(、]\s*出生(?:日期|年月日?)\s*[:：为]?\s*(" + _BIRTH_DATE
                         + r")|[，,（(、]\s*[男女]\s*[，,、]\s*(?:[\u4e00-\u9fff]{1,3}族\s*[，,、]\s*)?(" + _BIRTH_DATE
                         + r")(?=\s*[，,、；;。）)]|$))")
_PARTY_AGE = re.compile(_PARTY_WORD + _PARTY_DESCRIPTION + r"(?:年龄\s*[:：]?\s*)?([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*周?岁")
_PARTY_MINOR = re.compile(_PARTY_WORD + r"(?:[（(，,]\s*|(?:系|是|为|属于?)\s*)(?:未成年人?|未满(?:十八|18)周?岁)(?=[，,。；;）)\s]|$)")
# (Twenty-second pass, h22o L7) The party's age after what the text says the party is (当事人马小军，男，系甘州区第二中学初二
# 学生（14周岁）; 经营者祁某系在校学生，15岁): the copula describes the party itself, so the age in brackets or after a comma
# right after that description is the party's, as 系未成年人 is. Not when the description names another person (系其子
# （12岁）的父亲, 系童工祁某（12岁）的雇主, 系…之女): that age is a third person's.
_PARTY_AGE_DESCRIBED = re.compile(_PARTY_WORD + r"(?:" + _PARTY_DESCRIPTION + r")?(?:系|是|为|现为|现系)\s*"
                                  r"(?P<what>[^，,。；;（()）\s]{1,24}?)\s*(?:[（(]\s*|[，,]\s*)(?:现年|年仅|时年|年龄\s*[:：]?)?\s*"
                                  r"(?P<age>[0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*周?岁(?!的|之)")
# (经营者祁某系其子（12岁）的监护人: the party word's up to five characters ran over 系其子 onto the child's age; 其 alone may be
# a surname, 其木格, so only the copula or 的 before 其/之/他/她, or a word for hiring)
_ANOTHER_AFTER_PARTY = re.compile(r"[系是为的](?:其|之|他|她)|雇|聘|招用")
_ANOTHER_PERSON = re.compile(r"其|之|的|雇|聘|招用|童工|儿子|女儿|孩子|子女|孙|监护|父|母|家长|亲属|哥|姐|弟|妹")


_AGE_HINT = re.compile(r"出生|生[，,、）)。；;]|岁|歲|未成年|未满|未滿|[男女]\s*[，,、]")  # (what each rule above needs)


# (Nineteenth pass, h21o L16–L18) Ages and birth years in the other ways they are written, rewritten to the shapes the rules
# above and below read: traditional 週歲 (週 is 周's traditional form only in this sense, so the detector's table, which
# reads 週 as 周 nowhere else, lacks it), years of the Republic of China (民國98年 = 1911 + 98 = 2009, the calendar Taiwan
# documents use), 实岁/足岁/周岁 before or after the number (the same full age), 虚岁 (the traditional count: one at
# birth, one more each lunar new year, so the full age is one or two less: read two less, the younger reading, privacy
# first), and English ages ((aged 17), (17 y/o), 17 years old).
_MINOR_TRADITIONAL = str.maketrans({"週": "周", "歳": "岁"})
_ROC_YEAR = re.compile(r"民国\s*([0-9]{1,3}|[〇零一二三四五六七八九十百]{1,6})\s*(?=年)")
_FULL_AGE_BEFORE = re.compile(r"(?:实|足|周)\s*岁\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})(?![0-9])")
_FULL_AGE_AFTER = re.compile(r"([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:实|足)\s*岁")
_NOMINAL_AGE = re.compile(r"虚\s*岁\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})(?![0-9])|([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*虚\s*岁")
_ENGLISH_AGE = re.compile(r"(?<![A-Za-z])(?:aged?\s*[:：]?\s*([0-9]{1,3})(?![0-9])"
                          r"|([0-9]{1,3})\s*(?:y\s*/\s*o|yo|yrs?\.?(?:\s*old)?|years?[\s-]*old|years?(?![A-Za-z])))(?![A-Za-z])",
                          re.IGNORECASE)


def _cn_number(text: str) -> int:
    """A year or an age in digits or Chinese numerals (九十八, 一百零五, 一〇五), or -1."""
    if text.isdigit():
        return int(text)
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        if hundreds not in ("", "一"):
            return -1
        rest = rest.lstrip("零〇")
        return 100 + (_chinese_age(rest) if rest else 0) if rest == "" or _chinese_age(rest) >= 0 else -1
    if "十" in text:
        return _chinese_age(text)
    digits = text.translate(_CN_YEAR_DIGIT)
    return int(digits) if digits.isdigit() else -1


def _age_written(text: str) -> str:
    """`text` with the ages and years of the rule above rewritten: traditional and full-width forms read, 民国N年 as
    its Gregorian year, 实岁17/17足岁 as 17周岁, 17虚岁 as 15周岁, aged 17 / 17 y/o as 17岁."""
    text = text.translate(_TO_SIMPLIFIED).translate(_FULL_WIDTH_DIGITS).translate(_MINOR_TRADITIONAL)
    if "民国" in text:
        text = _ROC_YEAR.sub(lambda m: str(1911 + n) if (n := _cn_number(m.group(1))) > 0 else m.group(0), text)
    if "岁" in text:
        text = _FULL_AGE_BEFORE.sub(lambda m: m.group(1) + "周岁", text)
        text = _FULL_AGE_AFTER.sub(lambda m: m.group(1) + "周岁", text)
        text = _NOMINAL_AGE.sub(lambda m: f"{max(_cn_number(m.group(1) or m.group(2)) - 2, 0)}周岁"
                                if _cn_number(m.group(1) or m.group(2)) >= 0 else m.group(0), text)
    if any(c.isascii() and c.isalpha() for c in text):
        text = _ENGLISH_AGE.sub(lambda m: (m.group(1) or m.group(2)) + "岁", text)
    return text


def _party_birth_in_text(text: str, decided: str) -> str:
    """The latest ISO birth date `text` gives its party on the decision date `decided` (the rule above), or ""."""
    text = _age_written(text)  # (當事人…漢族…出生, 經營者…（16週歲）, 民國99年3月5日出生)
    found = []
    for m in _PARTY_BORN.finditer(text):
        iso, _ = parse_date(re.sub(r"\s", "", m.group(1) or m.group(2) or m.group(3)))
        found.append(iso or "")
    for m in _PARTY_AGE.finditer(text):
        age = int(m.group(1)) if m.group(1).isdigit() else _chinese_age(m.group(1))
        if 0 <= age < 150 and not _ANOTHER_AFTER_PARTY.search(text, m.start(), m.start(1)):
            found.append(_years_before(decided, age))
    for m in _PARTY_AGE_DESCRIBED.finditer(text):
        age = int(m.group("age")) if m.group("age").isdigit() else _chinese_age(m.group("age"))
        party = text[m.start():m.start("what")]  # (当事人雇佣祁某系学生（14岁）: the hired person's age)
        if 0 <= age < 150 and not _ANOTHER_PERSON.search(m.group("what")) and not _ANOTHER_PERSON.search(party):
            found.append(_years_before(decided, age))
    if _PARTY_MINOR.search(text):
        found.append(decided)  # (born on the decision date at the latest: a minor on it, whatever the minor age)
    return max(found, default="")


def _chinese_age(text: str) -> int:
    """一 … 九十九 as a number (-1 if not one)."""
    digits = "一二三四五六七八九"
    tens, ten, units = text.partition("十")
    if not ten:
        return digits.index(text) + 1 if len(text) == 1 and text in digits else -1
    value = (digits.index(tens) + 1 if tens in digits and tens else (1 if not tens else -100)) * 10
    return value + (digits.index(units) + 1 if units in digits and units else (0 if not units else -100))


def _years_before(day: str, years: int) -> str:
    """The ISO day `years` years before the ISO `day` (28 February for a 29th)."""
    year, rest = int(day[:4]) - years, day[4:]
    if rest == "-02-29" and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        rest = "-02-28"
    return f"{year:04d}{rest}"


def _births_described(frame: pd.DataFrame, kind: Kind, natural: list[bool], decided: list[str]) -> list[str]:
    """For each row of a natural person or a 个体工商户 with a decision date, the birth date the row's free texts give its
    party (`_party_birth_in_text`), or ""."""
    columns = [frame[f.name].astype(str).tolist() for f in kind.fields if f.type == FREE_TEXT and f.name in frame]
    out = [""] * len(frame)
    for i, (wanted, day) in enumerate(zip(natural, decided)):
        if wanted and len(day) == 10:
            texts = [column[i] for column in columns if _AGE_HINT.search(column[i])]
            out[i] = max((_party_birth_in_text(t, day) for t in texts), default="")
    return out


# (Fifteenth pass, h20o L19/L20) The age or birth a party's own name cell gives in brackets after the name: an operator's
# (法定代表人 of a 个体工商户) or a natural person's (隗浩然（17岁）, （十七周岁）, （未成年）, （2009年生）, （学生，2010年生）,
# （2009年4月出生）, （二〇〇九年三月出生）, （生于2009年3月）, （出生日期：20090305）). Only a full day was read (（2009年4月17日出生）),
# and a minor with an adult's document in the ID column was published. A year or a month alone is read as its LAST
# day, as the 出生日期 column's 2009-04 is (validate._birth_date): the youngest reading, so a person who may have been
# under 18 on the decision date on any day of that year or month is withheld (privacy first; the spec is silent).
_ASIDE = re.compile(r"[（(]([^（()）]{1,30})[）)]")
_ASIDE_AGE = re.compile(r"([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*周?岁")
_ASIDE_MINOR = re.compile(r"未成年|未满(?:十八|18)周?岁")
_CN_YEAR_DIGIT = str.maketrans("〇零○一二三四五六七八九", "001123456789")
_ASIDE_BORN = re.compile(r"(?:出生(?:日期|年月日?|时间)?|生于|生日)\s*[:：为是]?\s*(?P<written>(?:19|20)\d{6}(?!\d)|[^，,、；;]{2,16}?)\s*$"
                         r"|^(?:.*[，,、；;]\s*)?(?P<before>[^，,、；;]{2,16}?)\s*(?:出生|生人|生)\s*$")
_ASIDE_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:年|[-./])?\s*(?:(\d{1,2})\s*(?:月|[-./])?\s*(?:(\d{1,2})\s*[日号]?)?)?")


def _aside_birth_date(cell: str, decided: str) -> str:
    """The latest ISO birth date a name cell's brackets give its person on the decision date `decided` (the rule
    above), or ""."""
    found = []
    for text in _name_cell_asides(_age_written(cell)):
        if len(decided) == 10:
            for m in _ASIDE_AGE.finditer(text):
                age = int(m.group(1)) if m.group(1).isdigit() else _chinese_age(m.group(1))
                if 0 <= age < 150:
                    found.append(_years_before(decided, age))
            sexed = _ASIDE_SEX_AGE.fullmatch(text)
            if sexed and 0 <= (age := _cn_number(sexed.group(1))) < 150:
                found.append(_years_before(decided, age))
            if _ASIDE_MINOR.search(text) or _ASIDE_MINOR_EN.search(text) or _ASIDE_PUPIL.search(text):
                found.append(decided)
        found.extend(_generation_or_short_date(text, decided))
        found.extend(_latest_day(clause) for clause in re.split(r"[，,、；;]", text) if _ASIDE_YEAR_ONLY.fullmatch(clause.strip()))
        text = _two_digit_year(text, decided)
        born = _ASIDE_BORN.search(text)
        if born:
            found.append(_latest_day(born.group("written") or born.group("before")))
        elif _ASIDE_DATE_ONLY.fullmatch(text):  # 宓晓东（2009-04-17）: a bare date beside a person's name is their birth
            found.append(_latest_day(text))
    return max(found, default="")


# (Round 4, h20q L5/L6) The asides a name cell gives after the name in other shapes than （…）: 隗浩然【17岁】, 隗浩然 17岁,
# 隗浩然，17周岁, 隗浩然/17岁, 宓晓东，2009年生; a two-digit year (（09年生）, （〇九年4月生）: read in the century that puts it at or
# before the decision year); DOB/born/b. cues; (minor); a guardian named (（监护人：隗大山）: only a minor has one in a
# party cell); a pupil (（初中生）, （在校学生，初三）). Decided where the spec is silent: a 高中 pupil (高一–高三, 高中生) is read
# as a minor too: most are under 18 and a wrongly withheld record is the privacy-first error.
_ASIDE_ANY = re.compile(r"[（(【\[〔［]([^（()）【】\[\]〔〕［］]{1,30})[）)】\]〕］]")
_ASIDE_TAIL = re.compile(r"^[^，,、；;/／\s（(【\[〔［]{1,12}(?:\s+|\s*[，,、；;/／]\s*)([^（(【\[〔［]{1,30})$")
_ASIDE_MINOR_EN = re.compile(r"(?<![A-Za-z])(?:minor|under\s*(?:age|18))(?![A-Za-z])|监护人|法定代理人", re.IGNORECASE)
_ASIDE_PUPIL = re.compile(r"小学|初中|初[一二三]|高中|高[一二三](?:学生|年级)?$|高[一二三](?=学生|年级)|中学生|幼儿园|"
                          r"[一二三四五六七八九]年级(?:学生)?$|"
                          # (Nineteenth pass, h21o L16/L18) Taiwan's 國中 (junior high: 初中), the words for a child
                          # (童工 is by law a worker under 16, 《禁止使用童工规定》第二条), and — decided where the spec is
                          # silent, as 高中 above — 中专/职高/技校/中职 pupils, mostly 15 to 18: read as minors.
                          r"国中|童工|儿童|少年|幼儿|幼童|婴儿|学龄前|(?:中专|职高|技校|中职)(?:在读|学生|生)?$")
# (男，17): an age right after the sex in a name cell's brackets, as the 格式范本's 当事人基本情况 lists them. A bare number
# alone, 隗浩然（17）, is not read: a cell may number namesakes so (decided: the sex makes it a description).
_ASIDE_SEX_AGE = re.compile(r"[男女]\s*[，,、/]\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*岁?")
# 10后 (born in 2010–2019: the generation words) and a bare six-digit dotted date, 09.04.17, which may be YY.MM.DD
# (2009-04-17), DD.MM.YY or MM.DD.YY (2017): every valid reading is taken and the latest kept (privacy first: decided for
# the ambiguous （09.04.17） beside a name — here every reading is a minor's).
_ASIDE_GENERATION = re.compile(r"^([0-9]{2})\s*后$")
_ASIDE_SHORT_DATE = re.compile(r"^([0-9]{2})\s*[./-]\s*([0-9]{1,2})\s*[./-]\s*([0-9]{1,2})$")


def _generation_or_short_date(text: str, decided: str) -> list[str]:
    """The latest birth days a name cell's aside gives by a generation word (10后) or a six-digit dotted date."""
    now = int(decided[:4]) if len(decided) >= 4 and decided[:4].isdigit() else 2099

    def year(yy: int) -> int:
        return 2000 + yy if 2000 + yy <= now else 1900 + yy
    generation = _ASIDE_GENERATION.match(text)
    if generation:
        return [f"{year(int(generation.group(1))) + 9:04d}-12-31"]
    short = _ASIDE_SHORT_DATE.match(text)
    if not short:
        return []
    a, b, c = (int(g) for g in short.groups())
    days = []
    for y, m, d in ((a, b, c), (c, b, a), (c, a, b)):
        if a < 100 and 1 <= m <= 12 and 1 <= d <= 31:
            iso, _ = parse_date(f"{year(y):04d}-{m:02d}-{d:02d}")
            if iso:
                days.append(iso)
    return days
_ASIDE_TWO_DIGIT_YEAR = re.compile(r"(?<![0-9〇零○一二三四五六七八九])([0-9]{2}|[〇零○一二三四五六七八九]{2})(?=\s*年)")
_ASIDE_DATE_ONLY = re.compile(r"(?:19|20)\d{2}\s*(?:[-./]\s*\d{1,2}\s*(?:[-./]\s*\d{1,2})?|年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)")
# (Twentieth pass, h21q Q10) A year alone in a clause of the name cell's brackets (隗浩辛（2010年）, （属虎，2010年）, （生肖猴，
# 2016年）): read as the person's birth year, its last day (decided where the spec is silent: the cell names the person, and
# the brackets beside a name describe that person — the case's own dates have their columns; a zodiac sign beside the
# year says as much). A zodiac sign alone is not read (it repeats every 12 years), nor a two-digit year (10年 may be a span).
_ASIDE_YEAR_ONLY = re.compile(r"(?:(?:属|生肖)\s*[鼠牛虎兔龙龍蛇马馬羊猴鸡雞狗猪豬]\s*)?(?:(?:19|20)\d{2}|[一二][〇零○一二三四五六七八九]{3})\s*年")
_ASIDE_EN_BORN = re.compile(r"(?<![A-Za-z])(?:DOB|D\.O\.B\.?|born|b\.)\s*[:：]?\s*", re.IGNORECASE)


def _name_cell_asides(cell: str) -> list[str]:
    """The texts a name cell adds beside the name: each bracket's content and a tail after a space, comma or slash."""
    texts = [m.group(1).strip() for m in _ASIDE_ANY.finditer(cell)]
    tail = _ASIDE_TAIL.match(cell.strip())
    if tail:
        texts.append(tail.group(1).strip())
    return [_ASIDE_EN_BORN.sub("出生日期：", t) for t in texts]


def _two_digit_year(text: str, decided: str) -> str:
    """`text` with a two-digit year (09年, 〇九年) written in full, in the century that puts it at or before the
    decision year (or this century where the decision date is unknown)."""
    def full(m: re.Match[str]) -> str:
        yy = int(m.group(1).translate(_CN_YEAR_DIGIT))
        now = int(decided[:4]) if len(decided) >= 4 and decided[:4].isdigit() else 2099
        year = 2000 + yy if 2000 + yy <= now else 1900 + yy
        return str(year)
    return _ASIDE_TWO_DIGIT_YEAR.sub(full, text)


def _latest_day(text: str) -> str:
    """The last ISO day a written birth date may be (a year alone: its 31 December; a year and month: the month's last
    day), Chinese numerals read (二〇〇九年三月), or ""."""
    iso, _ = parse_date(text.strip())
    if iso:
        return iso
    text = _CN_YEAR_MONTH.sub(lambda m: m.group(1).translate(_CN_YEAR_DIGIT) + "年"
                              + (f"{_chinese_age(m.group(2))}月" if m.group(2) else ""), text)
    m = _ASIDE_DATE.fullmatch(text.strip())
    if not m:
        return ""
    year, month, day = int(m.group(1)), int(m.group(2) or 12), m.group(3)
    if not 1 <= month <= 12:
        return ""
    if day:
        iso, _ = parse_date(f"{year}-{month:02d}-{int(day):02d}")
        return iso or ""
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


_CN_YEAR_MONTH = re.compile(r"([〇零○一二三四五六七八九]{4})年(?:([一二三四五六七八九十]{1,3})月)?")


def _written_birth_date(text: str) -> str:
    """The ISO birth date written in a text (…2012年4月17日出生, 出生日期：2012-04-17), or ""."""
    if "生" not in text:
        return ""
    m = _BIRTH.search(text)
    if not m:
        return ""
    iso, _ = parse_date((m.group(1) or m.group(2)).replace(" ", ""))
    return iso or ""


def _not_organisation(entities: pd.DataFrame) -> pd.Series:
    """Registry rows of 个体工商户 (by type, or by the credit code's category 92) and natural persons.

    A 有限责任公司（自然人独资） is an organisation: its representative and address stay public.
    """
    kind = entities[REGISTRY_TYPE].str.strip()
    return kind.str.contains("个体", regex=False) | (kind == NATURAL_PERSON) | entities[USCC_FIELD].str.startswith("92")


_REGION_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{1,7}?(?:省|自治区))?(?:[\u4e00-\u9fff]{1,7}?(?:市|自治州|地区|盟))?"
                            r"(?:[\u4e00-\u9fff]{1,7}?(?:区|县|旗|市))?")


def _operator_businesses(sources: Sources, businesses: _BusinessNames | None = None) -> dict[str, str]:
    """Every 个体工商户 named after its operator (甘州区何瑾骁烧烤店, operator 何瑾骁), from any kind, with
    its masked form (甘州区何**烧烤店): other records' texts that name the business name it the same
    way (privacy.md: the same on every surface)."""
    found: dict[str, str] = {}
    businesses = businesses or _BusinessNames(None)
    for name, loaded in sources.kinds.items():
        if loaded.frame.empty:
            continue
        shops, operators, _, _ = _business_rows(name, loaded.frame, loaded.kind)
        for shop, operator in zip(shops, operators):
            shop = shop.strip()
            _, person, masked = businesses.of(shop, operator)
            if masked != shop and len(shop) > len(person):
                found[shop] = masked
                # Named without its region too, as a supplier chain names it (从祁翀瑛小吃店购进: adversarial
                # round 6, getihu-name-quoted-elsewhere), as long as more than the person's name is left.
                short = _REGION_PREFIX.sub("", shop)
                if short != shop and len(short) > len(person) + 1 and short not in found:
                    found[short] = _mask_shop(short, person)
    return found


class NameMasker:
    """Masks every person named anywhere in the input wherever free text mentions them.

    A natural person who is the party of one record may be a third person in another record's
    违法事实 (privacy.md: names of people other than the party are never public).

    `words`: persons whose name is also an ordinary word (文明, 高峰, 陈列: `detect.common_word`), masked
    only where a text names a person with it (`person_names.names_a_person_at`: 消费者文明反映), never as
    the word (文明经营, 早高峰时段, 陈列柜: adversarial round 5, overscrub-persons-named-like-words).
    """

    def __init__(self, names: Iterable[str], businesses: dict[str, str] | None = None,
                 words: Iterable[str] = ()) -> None:
        import ahocorasick

        self.automaton = ahocorasick.Automaton()
        entries: dict[str, bool] = {}  # what the automaton holds: each name, and whether it is a word
        for word in {w.strip() for w in words if len(w.strip()) >= 2}:
            self.automaton.add_word(word, (word, True))
            entries[word] = True
        for name in {n.strip() for n in names if len(n.strip()) >= 2}:
            self.automaton.add_word(name, (name, False))
            entries[name] = False
        self._entries = entries
        # Businesses named after their operator, with their masked form (replaced first, whole).
        self.businesses = ahocorasick.Automaton()
        self._businesses = dict(businesses or {})
        for shop, masked in self._businesses.items():
            self.businesses.add_word(shop, (shop, masked))
        if len(self.businesses):
            self.businesses.make_automaton()
        # The same names as the leak gate reads them (traditional as simplified, no spaces or invisible characters
        # inside): a clerk's 陳璨瑆燒烤店, 刘 璨瑆烧烤店 or 王\u200b璨瑆烧烤店 for 陈璨瑆烧烤店 was left as written, and the
        # gate, finding the operator's name in it, stopped the whole publication (round 13, h17p's case).
        self._read_businesses = ahocorasick.Automaton()
        for shop, masked in self._businesses.items():
            read = _squeezed_read(shop)[0]
            if len(read) >= 2:
                self._read_businesses.add_word(read, (read, masked))
        if len(self._read_businesses):
            self._read_businesses.make_automaton()
        # (A text holding none of the characters the names' second character is read from has none of them: most
        # texts, tested in C before the text is read character by character.)
        seconds = {_squeezed_read(shop)[0][1:2] for shop in self._businesses} - {""}
        self._second_chars = frozenset(seconds | {chr(c) for c, read in reading_table().items() if read in seconds})
        self.active = len(self.automaton) > 0 or len(self.businesses) > 0
        if len(self.automaton):
            self.automaton.make_automaton()

    def entries(self) -> list[str]:
        """Everything the masking depends on, as sorted strings: two maskers with the same entries mask
        every text alike (a kind's rows kept from the last build are reused only then)."""
        return sorted([*(json.dumps(["w" if word else "n", name], ensure_ascii=False) for name, word in self._entries.items()),
                       *(json.dumps(["b", shop, masked], ensure_ascii=False) for shop, masked in self._businesses.items())])

    def mask(self, text: str) -> str:
        """The text with each mentioned person's name masked (longest match first), and each business
        named after its operator in its masked form."""
        if not self.active or not text:
            return text
        if len(self.businesses):
            text = self._mask_businesses(text)
        if not len(self.automaton):
            return text
        # Read one character for one as the recogniser reads it (a CJK radical for the surname, ⺩翀珂;
        # traditional characters), so the spans are those of the text as written.
        read = text.translate(reading_table())
        hits = list(self.automaton.iter_long(read))
        if not hits:
            return text
        out, last = [], 0
        for end, (name, word) in hits:
            start = end - len(name) + 1
            if word and not names_a_person_at(read, start, end + 1, own=False):
                continue  # 文明经营: the word, not the person named 文明
            if detect.inside_public_name(read, start, end + 1):  # 张掖 in 张掖市: not this person
                continue
            out.append(text[last:start])
            out.append(mask_name(text[start:end + 1]))
            last = end + 1
        out.append(text[last:])
        return "".join(out)

    def business_name(self, name: str) -> str:
        """A party or registry name with each 个体工商户 named after its operator in it masked (another
        record of the same business gave the operator: the name is masked here too)."""
        return self._mask_businesses(name) if name and len(self.businesses) else name

    def _mask_businesses(self, text: str) -> str:
        out, last = [], 0
        for end, (shop, masked) in self.businesses.iter_long(text):
            start = end - len(shop) + 1
            out.append(text[last:start])
            out.append(masked)
            last = end + 1
        if out:
            out.append(text[last:])
            text = "".join(out)
        if not len(self._read_businesses) or self._second_chars.isdisjoint(text):
            return text
        read, origin = _squeezed_read(text)
        if read == text:
            return text
        out, last = [], 0
        for end, (shop, masked) in self._read_businesses.iter_long(read):
            start, stop = origin[end - len(shop) + 1], origin[end] + 1
            if start < last:
                continue
            out.append(text[last:start])
            out.append(masked)
            last = stop
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)


def _squeezed_read(text: str) -> tuple[str, list[int]]:
    """text as names are read (`reading_table`: one character for one), without the spaces, invisible characters and
    combining marks a name may be written with; and where each character read stands in text."""
    kept = [i for i, c in enumerate(text) if not (c.isspace() or (c > "\x7f" and unicodedata.category(c) in _NOT_READ))]
    return "".join(text[i] for i in kept).translate(reading_table()), kept


_NOT_READ = frozenset(("Cf", "Mn", "Me", "Zs"))


@dataclass(frozen=True, slots=True)
class _Own:
    """What a row's own text is scrubbed of beyond the detector's patterns."""

    names: tuple[str, ...] = ()  # its people: the party (a natural person), operator, clerk
    person: bool = False  # a natural person's record: home addresses too
    document: str = ""  # 证件类型 naming a document without a birth date (护照 …)
    values: tuple[str, ...] = ()  # its never-public values (证件号码 …, a person's party codes)


def _scrub_column(values: pd.Series, own: list[_Own] | None = None, people: NameMasker | None = None,
                  prose: bool = False, keep: frozenset[str] = frozenset(), cache: ScrubCache | None = None
                  ) -> list[str] | pd.Series:
    """Scrub a column; a row with its own people, values, document or address also loses those.

    Texts repeat (authorities, legal bases, stock phrases): `scrub_text` and the people masking
    run once per distinct text (`scrub_text` once per build with a `cache`, or none where the cache
    kept its result from the last build); a row gets a step of its own only when its text may hold
    one of its own names or values, or an address in a person's record, or its document is named.

    A text column of which no cell changes is returned as it came (`values`, its Arrow array): most
    are (处罚依据, 处罚类别, 违法行为类型 …), and a new array of the same texts beside the input's was most
    of a kind's working memory. Otherwise the cells as a list.
    """
    masking = people is not None and people.active
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    texts = uniques.tolist()
    scrubbed = (cache.scrub(texts, prose, keep) if cache is not None
                else [scrub_text(v, prose=prose, keep=keep) for v in texts])
    masked = [people.mask(v) for v in scrubbed] if masking and people is not None else scrubbed
    # Kept as it came only where it is text as the list would be (pandas' `str`: what a list of strings
    # assigned to a column becomes) and every distinct text is left as written.
    kept = (values if isinstance(values, pd.Series) and values.dtype == "str" and len(masked) == len(texts)
            and all(isinstance(t, str) and m == t for m, t in zip(masked, texts)) else None)
    out: list[str] = [] if kept is not None else np.asarray(masked, dtype=object)[codes].tolist()
    if own is None:
        return kept if kept is not None else out

    def cells() -> list[str]:  # the list, made at the first cell a row's own step changes
        nonlocal kept
        if kept is not None:
            out[:] = np.asarray(masked, dtype=object)[codes].tolist()
            kept = None
        return out

    for i, (code, mine) in enumerate(zip(codes.tolist(), own)):
        text = texts[code]
        if not text or (not mine.names and not mine.values and not mine.person and not mine.document):
            continue
        if (mine.document or (mine.person and _ADDRESS_HINT.search(text))
                or any(detect.may_contain(text, v) for v in (*mine.names, *mine.values))
                or (mine.names and pinyin_spellings(text, mine.names))  # (lin xiuzhen: the own name in pinyin)
                # (round 14, h17p) the given name alone (经查，当事人大文在集市… for 陈大文): may_contain looks for the surname
                # or its traditional form, which such a text does not hold, so the row's own step never ran
                or (mine.names and given_name_spans(text, mine.names))):
            if cache is None:
                result = scrub_text(text, mine.names, mine.person, mine.document, mine.values, prose, keep)
            else:  # the last build's result for the same text, names and values (keyed: they are private)
                result = cache.result(("own", text, mine.names, mine.person, mine.document, mine.values, prose), text,
                                      functools.partial(scrub_text, text, mine.names, mine.person, mine.document,
                                                        mine.values, prose, keep))
            done = people.mask(result) if masking and people is not None else result
            if kept is None or done != text:
                cells()[i] = done
        elif mine.values and _OWN_PART_HINT.search(text):
            # Only a part of the row's own ID may be left (尾号016083): looked for in the text the
            # distinct-text step already scrubbed, not by scrubbing the whole text again for the row
            # (every text with a date has four digits: that was most of de-identification's time).
            before = out[i] if kept is None else text  # (kept: the distinct-text step left it as written)
            done = (_mask_own_id_parts(before, mine.values) if cache is None else
                    cache.result(("part", before, mine.values), before,
                                 functools.partial(_mask_own_id_parts, before, mine.values)))
            if kept is None or done != before:
                cells()[i] = done
    return kept if kept is not None else out


_ADDRESS_HINT = re.compile(r"住|家中|户籍|户口|房屋|地址|出租屋|自建房|院内|室内|寓所|寓居|居所")  # (寓所: h22o L4)
_OWN_PART_HINT = re.compile(r"\d{4,}")  # a part of the row's own ID may be written (尾号016083)


def _column_or_blank(frame: pd.DataFrame, name: str) -> list[str]:
    return frame[name].astype(str).tolist() if name in frame else [""] * len(frame)


def _deidentify_kind(kind: Kind, frame: pd.DataFrame, people: NameMasker | None = None,
                     keep: frozenset[str] = frozenset(), cache: ScrubCache | None = None,
                     businesses: _BusinessNames | None = None) -> pd.DataFrame:
    out = frame.copy()
    businesses = businesses or _BusinessNames(None)
    if kind.has_party:
        out[BIRTH_DATE] = ""
    if out.empty:
        return out.drop(columns=[f.name for f in kind.fields if f.privacy == NEVER])
    if kind.has_party:
        category = out[PARTY_CATEGORY_FIELD]
        person = category == NATURAL_PERSON
        business = category == INDIVIDUAL_BUSINESS
        decided = _column_or_blank(out, kind.decision_date) if kind.decision_date else [""] * len(out)
        out.loc[person, BIRTH_DATE] = _birth_dates(out.loc[person], [d for d, p in zip(decided, person.tolist()) if p])
        if business.any():
            out.loc[business, BIRTH_DATE] = _operator_birth_dates(out.loc[business],
                                                                  [d for d, b in zip(decided, business.tolist()) if b])
        # The party's age in its own record's text: the younger reading where the columns give one, a 个体工商户
        # operator's where they give none; a natural person without a birth date stays age-unknown (privacy.md).
        persons_now = person.tolist()
        described = _births_described(out, kind, [p or b for p, b in zip(persons_now, business.tolist())], decided)
        if any(described):
            out[BIRTH_DATE] = [b if not d or b == BIRTH_UNKNOWN or (not b and p) else max(b, d)
                               for b, d, p in zip(out[BIRTH_DATE].tolist(), described, persons_now)]
        # (殷翀璟（女）: the name without what was written after it, adversarial round 4)
        party_names = [person_name_value(n) for n in out[PARTY_NAME_FIELD].where(person, "").tolist()]
        # A 个体工商户 with no operator given whose name is a person's name (侯彧瑄, 甘州区蒋翀瑄): that name
        # is its operator's (issue 16, privacy first), masked like one.
        shops = [businesses.of(n, o) if b else None for n, o, b in
                 zip(out[PARTY_NAME_FIELD].tolist(), out[REP_FIELD].tolist(), business.tolist())]
        operators = [shop[0] if shop is not None else (o if p else "") for shop, o, p in
                     zip(shops, out[REP_FIELD].tolist(), person.tolist())]
        clerks = _column_or_blank(out, CLERK_FIELD)
        persons = person.tolist()
        raw: dict[str, pd.Series] = {}  # the texts as written, for what only their join shows
        documents = [d if p and detect.document_rule(d) else "" for d, p in
                     zip(_column_or_blank(out, ID_TYPE_FIELD), persons)]
        own_values = list(zip(_column_or_blank(out, ID_NUMBER_FIELD), _column_or_blank(out, REP_ID_NUMBER_FIELD),
                              *(_column_or_blank(out, c) if c != USCC_FIELD else [""] * len(out)
                                for c in PARTY_CODES)))
        own = [_Own(tuple(n for n in names if n), p, d,
                    tuple(v for k, v in enumerate(vals) if len(v) >= 2 and (k < 2 or p) and v != PLACEHOLDER_USCC))
               for names, p, d, vals in zip(zip(party_names, operators, clerks), persons, documents, own_values)]
        for f in kind.fields:
            if f.type in (FREE_TEXT, TEXT, MULTI_ENUM) and f.privacy not in (NEVER, PARTY_NAME, OPERATOR, CLERK):
                # Names too in short TEXT columns (处理结果, 承诺事项, 处罚机关 …): a complainant or an
                # employee is named there as often as in the prose (issue 16); once per distinct value.
                # And in a list of codes, whose 其他-… part is the clerk's own words (处罚类别 其他-责令向投诉人
                # 欧阳志明赔礼道歉: an outsider's thirteenth-pass case, published as typed).
                raw[f.name] = out[f.name]  # (the column as read: its Arrow buffers, no Python string per cell)
                out[f.name] = _scrub_column(out[f.name], own, people, prose=True, keep=keep, cache=cache)
        _mask_across_cells(out, raw, own, people, keep)
        _carry_third_persons(out, raw, [u or n for u, n in zip(_column_or_blank(out, USCC_FIELD),
                                                               out[PARTY_NAME_FIELD].tolist())],
                             out[REP_FIELD].tolist())
        _keep_public_representative(out, raw, (~person & ~business).tolist())
        # A business named after its operator: the operator's name masked inside it (李建国烧烤店 ->
        # 李**烧烤店), on every surface, since every surface publishes this column.
        out[PARTY_NAME_FIELD] = [n if shop is None else shop[2] for n, shop in zip(out[PARTY_NAME_FIELD].tolist(), shops)]
        if people is not None:
            # The same 个体工商户 with its operator given in another record or the registry and not in this
            # one (adversarial round 6, getihu-operator-in-one-record-only): its name masked the same way.
            out.loc[~person, PARTY_NAME_FIELD] = out.loc[~person, PARTY_NAME_FIELD].map(people.business_name)
        out.loc[person, PARTY_NAME_FIELD] = out.loc[person, PARTY_NAME_FIELD].map(mask_name)
        # An ID or phone typed after an organisation's name (…商贸有限公司620702…): masked there too.
        out.loc[~person, PARTY_NAME_FIELD] = out.loc[~person, PARTY_NAME_FIELD].map(_without_contact_numbers)
        out.loc[business, REP_FIELD] = out.loc[business, REP_FIELD].map(mask_name)
        # An organisation's representative is public, another person named beside it is not
        # (韦翮瑜（实际经营人韦珩瑜）: adversarial round 4).
        organisation = ~person & ~business
        out.loc[organisation, REP_FIELD] = out.loc[organisation, REP_FIELD].map(_representative_cell)
        out.loc[person, REP_FIELD] = ""
        # A natural person's party codes are never public (they link the person's records).
        for column in PARTY_CODES:
            if column in out:
                out.loc[person, column] = ""
        if CLERK_FIELD in out:
            out[CLERK_FIELD] = out[CLERK_FIELD].map(mask_name)
    elif KIND_RULES[kind.name].entity_rows:
        not_org = _not_organisation(out)
        shops = [businesses.of(n, o) if b else None for n, o, b in
                 zip(out[REGISTRY_NAME].tolist(), out[REP_FIELD].tolist(), not_org.tolist())]
        operators = [shop[0] if shop is not None else "" for shop in shops]
        out[REGISTRY_NAME] = [n if shop is None else shop[2] for n, shop in zip(out[REGISTRY_NAME].tolist(), shops)]
        if people is not None:
            out[REGISTRY_NAME] = out[REGISTRY_NAME].map(people.business_name)
        # A contact typed after the entity's name (…商行（店主微信…）): masked as in a record's party name.
        out[REGISTRY_NAME] = out[REGISTRY_NAME].map(_without_contact_numbers)
        out.loc[not_org, REP_FIELD] = out.loc[not_org, REP_FIELD].map(mask_name)
        out.loc[~not_org, REP_FIELD] = out.loc[~not_org, REP_FIELD].map(_representative_cell)
        for f in kind.fields:
            if f.privacy == ORG_ONLY:
                out.loc[not_org, f.name] = ""
            # An organisation's 住所 is published (org-only): scrubbed like any text (a contact person's
            # name, ID and mobile typed after the address stopped the gate, adversarial round 4).
            if f.type in (FREE_TEXT, TEXT) and f.privacy in (PUBLIC, ORG_ONLY):
                scrubbed = _scrub_column(out[f.name], [_Own((o,) if o else ()) for o in operators],
                                         people, prose=True, keep=keep, cache=cache)
                if f.privacy == ORG_ONLY:
                    scrubbed = [_org_address(text, keep, people) if org and done != text else done
                                for text, done, org in zip(out[f.name].tolist(), scrubbed, (~not_org).tolist())]
                out[f.name] = scrubbed
    else:
        texts = {f.name: out[f.name] for f in kind.fields if f.type in (FREE_TEXT, TEXT) and f.privacy == PUBLIC}
        for name in texts:
            out[name] = _scrub_column(out[name], people=people, prose=True, keep=keep, cache=cache)
        _mask_across_cells(out, texts, None, people, keep)
    return out.drop(columns=[f.name for f in kind.fields if f.privacy == NEVER])


# (h19o's L11_given_name_elsewhere) A third person named in full in one cell (举报人沈佳怡反映…, masked 沈**) and by the
# given name alone in another cell of the same row or another record of the same party (佳怡再次来电反映…; 备注
# 欣妍要求对其信息保密): whoever reads the entity's page reads the two together, so the given name is masked there too.
# Carried as far as one party's records of one kind (its entity page lists them together); not across parties (another
# 佳怡 is another person) nor across kinds (a kind is de-identified alone). A name is carried only from a cell whose
# masking shows it (the scrubbed cell differs and holds a `*`): most cells name no one and cost one comparison.
def _carry_third_persons(out: pd.DataFrame, raw: dict[str, list[str]], parties: list[str], reps: list[str]) -> None:
    """Mask, in every text cell of a party's records, the given names of third persons a cell of them names in full."""
    found: dict[str, set[str]] = {}
    for column, texts in raw.items():
        done = out[column].tolist()
        for i, (text, masked) in enumerate(zip(texts, done)):
            if not text or masked == text or "*" not in masked:
                continue
            names = _names_masked(text, masked) - {reps[i]}
            if names:
                found.setdefault(parties[i], set()).update(names)
    if not found:
        return
    for column in raw:
        done = out[column].tolist()
        changed = False
        for i, text in enumerate(done):
            carried = found.get(parties[i])
            if not carried or not text:
                continue
            spans = carried_given_name_spans(text, sorted(carried))
            if spans:
                done[i] = _masked(text, spans, whole=frozenset(spans))
                changed = True
        if changed:
            out[column] = done


_MASKED_NAME = re.compile(r"([\u3400-\u9fff])(\*{2,3})(?!\*)")
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")


def _names_masked(text: str, masked: str) -> set[str]:
    """The full names (a surname and two or three characters) `masked` shows as 沈** where `text`, as written, names them:
    read back from the text by the first character and the characters after it, without tagging the text again (at 10^5
    rows the tagger's cache no longer holds the texts scrubbed earlier)."""
    out: set[str] = set()
    for m in _MASKED_NAME.finditer(masked):
        first, size = m.group(1), len(m.group(2))
        after = masked[m.end():m.end() + 1]
        found = set()
        at = text.find(first)
        while at >= 0:
            name = text[at:at + 1 + size]
            if len(name) == 1 + size and all(_HAN_CHAR.match(c) for c in name) \
                    and (not after or text[at + 1 + size:at + 2 + size] == after):
                found.add(name)
            at = text.find(first, at + 1)
        out |= found
    return out


# (h19o's O6_org_rep_in_text) An organisation's legal representative is published in its own column (privacy.md): named
# in its own record's text after the word for the role (当事人法定代表人韦志国的弟弟韦志军…), the name stays; the person
# beside it (the brother) is still masked.
_PUBLIC_REP_WORDS = ("法定代表人", "法人代表", "法定代表")


def _keep_public_representative(out: pd.DataFrame, raw: dict[str, list[str]], organisation: list[bool]) -> None:
    """Put back an organisation's own representative's name where its record's text names it after the role word."""
    reps = out[REP_FIELD].tolist()
    for column, texts in raw.items():
        done = out[column].tolist()
        changed = False
        for i, (text, rep) in enumerate(zip(texts, reps)):
            rep = rep.strip()
            if not organisation[i] or not text or not 2 <= len(rep) <= 4 or rep not in text or rep == mask_name(rep):
                continue
            for word in _PUBLIC_REP_WORDS:
                written = text.count(word + rep)
                if written and word + mask_name(rep) in done[i]:
                    done[i] = done[i].replace(word + mask_name(rep), word + rep, written)
                    changed = True
        if changed:
            out[column] = done


# A value split between the end of one cell and the start of another of the same row (an outsider's case,
# split_columns: 违法事实 ending "…举报人联系电话139" and 处罚内容 starting "19361824。警告…"; an ID's last six digits
# after its first twelve; "举报人欧阳" + "明辉。"): each half scrubbed alone passes, the row publishes both. A text
# that ends in a sentence's closing mark, or starts with one, joins nothing.
_CLOSED_END = frozenset("。！？!?；;，,、：:)）]】》」』”\"'…　 \n\t\r")
_JOIN_WINDOW = 24  # characters of each side read together: longer than any number or name split across
# Where a join can make a value (each side read once per column, vectorised; only rows with both are joined and
# scrubbed): a number, e-mail or handle cut between two of its characters (or after a separator typed inside it:
# 举报人电话139， | 19361825, h19o's L12), or a person's name cut after the role word that announces it
# (举报人 | 欧阳明辉, 举报人欧阳 | 明辉).
_NUMBER_CHARS = "0-9０-９A-Za-zＡ-Ｚａ-ｚ@＠._\\-〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖"
_NUMBER_END = f"[{_NUMBER_CHARS}][，,、 \\-]?$"
_NUMBER_START = f"^[{_NUMBER_CHARS}]"
_NUMBER_RUN_END = re.compile(f"[{_NUMBER_CHARS}]+[，,、 \\-]?$")
_NUMBER_RUN_START = re.compile(f"[{_NUMBER_CHARS}]+")
_NAME_TAIL = 14  # a role word (委托代理人, 5 characters), two marks, three characters of a name
_JOIN_ROLES = {*ROLE_WORDS, "姓名", "名字", "名叫"}
_NAME_END = re.compile(  # (a role word's first character looked at before its alternation is tried)
    "(?:(?=[" + "".join(sorted({w[0] for w in _JOIN_ROLES})) + "])(?:"
    + "|".join(sorted(map(re.escape, _JOIN_ROLES), key=len, reverse=True))
    + r")|[\u4e00-\u9fff][人员者])[:：\s]{0,2}[\u3400-\u9fff·•]{0,3}$")
_NAME_START = r"^[\u3400-\u9fff]"
_DATE_AFTER = re.compile(r"\s*(?:年|月|日|时|点|分|秒|[-/.．](?:\d{1,2})(?:[-/.．]\d{1,2})?(?!\d))")


def _mask_across_cells(out: pd.DataFrame, raw: dict[str, pd.Series], own: list[_Own] | None,
                       people: NameMasker | None, keep: frozenset[str]) -> None:
    """Mask what only the join of two cells of a row shows (`raw`: those cells as written, by column; `out`: the
    same cells scrubbed one by one, changed in place): the end of one cell read with the start of another, and
    each part of a value the joined reading masks that the cell still publishes as written replaced — never more
    than the number or the name cut at the cells' edge (a URL in 备注 is no reason to mask the next column whole,
    h19o's O2; the year that opens the next cell is no part of a phone, O1). The columns are read vectorised; a
    cell is read as a Python string only in a row whose edges may join, and a column copied only if one changed
    (at 10^6 entities a list of every text cell was gigabytes)."""
    if len(raw) < 2 or not len(out):
        return
    sides = {}
    for name, texts in raw.items():
        column = texts.fillna("").astype(str)
        # (each pattern on the few characters it reads: a search for an end anchor tries every position of the text)
        ends, first = column.str[-2:], column.str[:1]
        number_end = ends.str.contains(_NUMBER_END).to_numpy(dtype=bool)
        name_end = ends.str.contains(r"[\u3400-\u9fff·•:：\s]$").to_numpy(dtype=bool, copy=True)
        if name_end.any():
            name_end[name_end] = column[name_end].str[-_NAME_TAIL:].str.contains(_NAME_END).to_numpy(dtype=bool)
        sides[name] = (number_end, first.str.contains(_NUMBER_START).to_numpy(dtype=bool), name_end,
                       first.str.contains(_NAME_START).to_numpy(dtype=bool))
    names = list(raw)
    edits: dict[str, dict[int, str]] = {}
    masking = people is not None and people.active
    for a in names:
        for b in names:
            if a == b:
                continue
            numbers, persons = sides[a][0] & sides[b][1], sides[a][2] & sides[b][3]
            for i in np.flatnonzero(numbers | persons).tolist():
                text_a, text_b = str(raw[a].iat[i]), str(raw[b].iat[i])
                if numbers[i]:
                    run_a = _NUMBER_RUN_END.search(text_a[-_JOIN_WINDOW:])
                    run_b = _NUMBER_RUN_START.match(text_b)
                    if run_b is not None and _DATE_AFTER.match(text_b, run_b.end()):
                        run_b = None  # (2026年8月12日 opening the next cell)
                    width = (len(run_a.group(0)) if run_a else 0, run_b.end() if run_b else 0)
                    if width[0] and width[1]:
                        _join_one(out, edits, a, b, i, text_a, text_b, width, own, people if masking else None, keep)
                if persons[i]:
                    _join_one(out, edits, a, b, i, text_a, text_b, (_NAME_TAIL, 4), own,
                              people if masking else None, keep, names_after=True)
    for name, changed in edits.items():
        values = out[name].tolist()
        for i, text in changed.items():
            values[i] = text
        out[name] = values


def _join_one(out: pd.DataFrame, edits: dict[str, dict[int, str]], a: str, b: str, i: int, text_a: str, text_b: str,
              width: tuple[int, int], own: list[_Own] | None, people: NameMasker | None, keep: frozenset[str],
              names_after: bool = False) -> None:
    """Read the end of row `i`'s cell `a` with the start of its cell `b` (at most `width` characters each side: all
    that a value cut at the edge may span) and note in `edits` each scrubbed cell's part of what the join reveals
    masked (`out`: the cells scrubbed one by one, as `edits` has not changed them yet)."""
    mine = own[i] if own is not None else _Own()
    tail, head = text_a[-_JOIN_WINDOW:], text_b[:_JOIN_WINDOW]
    edge = len(tail)
    low, high = edge - min(width[0], edge), edge + width[1]
    for start, end, replacement in _spans_across(tail, head, mine, people, keep, names_after):
        start, end = max(start, low), min(end, high)
        if end <= edge or start >= end:
            continue
        a_part = tail[start:] if start < edge else ""
        b_from, b_to = max(start - edge, 0), end - edge
        name = "*" in replacement and "已隐去" not in replacement  # a name's mask: one character for one
        if name:
            rest = head[b_to:]
            if detect.common_word(head[b_from:b_to]) and rest and rest[0] not in _CLOSED_END:
                continue  # (举报人欧阳 + 销售超过保质期…: the next cell's own word read as a given name)
        now_a = edits.get(a, {}).get(i, str(out[a].iat[i]))
        now_b = edits.get(b, {}).get(i, str(out[b].iat[i]))
        if a_part and now_a.endswith(a_part):
            edits.setdefault(a, {})[i] = now_a[:len(now_a) - len(a_part)] + ("*" * len(a_part) if name else replacement)
        if now_b.startswith(head[:b_to]):
            edits.setdefault(b, {})[i] = now_b[:b_from] + ("*" * (b_to - b_from) if name else replacement) + now_b[b_to:]


def _spans_across(tail: str, head: str, mine: _Own, people: NameMasker | None, keep: frozenset[str],
                  names_after: bool = False) -> list[tuple[int, int, str]]:
    """The masked spans of `tail + head` that cross the join, in its coordinates, each with what replaces it; with
    `names_after`, also those wholly in `head` (a name after the role word that ends `tail`: 举报人 | 欧阳明辉)."""
    joined = tail + head
    done = scrub_text(joined, mine.names, mine.person, mine.document, mine.values, True, keep)
    if people is not None:
        done = people.mask(done)
    if done == joined:
        return []
    cut = len(tail)
    spans = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, joined, done, autojunk=False).get_opcodes():
        if op != "equal" and (i1 < cut < i2 or (names_after and i1 >= cut and i2 > i1)):
            spans.append((i1, i2, done[j1:j2]))
    return spans


def _org_address(text: str, keep: frozenset[str], people: NameMasker | None) -> str:
    """An organisation's 住所 as published: its registered address, public (data-contract.md) even where it
    is a flat (…3号楼2单元301室), which in a text reads as a person's home; the contacts, numbers and
    people typed into the cell (…301室 联系人赵六 139…) are masked as in any text."""
    out = detect.mask(_mask_named_children(mask_birth_dates(_mask_table_columns(text))), person=False, names=True,
                      keep=keep)
    return people.mask(out) if people is not None and people.active else out


# A second person written into an organisation's 法定代表人 cell (adversarial round 6,
# never-public-columns-and-legal-rep-cells): 祁璘三（已故），现由其妻祁璘四代理, 祁璘五、祁璘六（夫妻）,
# 祁璘七（代：祁璘八）. The representative is public; the spouse or deputy beside them is not.
_SECOND_PERSON = re.compile(r"(?:、|/|／|及|和|与|其妻|其夫|妻子|丈夫|配偶|之妻|之夫|代[:：]|代理人[:：]?|委托人?[:：]?|"
                            r"现由(?:其[妻夫子女儿])?|由其?[妻夫子女儿])\s*([\u3400-\u9fff]{2,3})(?=[（(，,、)）/／]|代理|代为|$)")


@functools.lru_cache(maxsize=1 << 16)
def _representative_cell(cell: str) -> str:
    """An organisation's 法定代表人 cell with any other person named in it masked (`_SECOND_PERSON`, and
    a name after a role word: 韦翮瑜（实际经营人韦珩瑜）)."""
    cell = detect.mask_names_after_roles(mask_birth_dates(cell))  # (seventh pass: 赵六（出生日期：25/08/1985）)
    # (Round 13, h17n: the representative's home typed after the name, 赵六，住…九社9号, 赵六（家住…）: the cell is that
    # person's, so an address in it is read as in a person's own record; the gate stopped the whole publication on it.)
    cell = mask_home_addresses(cell, person=True) if len(cell) > 8 else cell  # (a name alone: most cells)
    cell = _contacts_masked(cell)  # (eighth pass: 赵六（微信qjh2026q）, 赵六 卡号6222…)
    spans = [m.span(1) for m in _SECOND_PERSON.finditer(cell) if m.start() > 0 and not detect.common_word(m.group(1))]
    return _masked(cell, spans) if spans else cell


@functools.lru_cache(maxsize=1 << 16)
def _without_contact_numbers(name: str) -> str:
    """A party name with an identity number, mobile, e-mail or birth date typed into it masked, and a person named
    after a role word in it (甘州区某商贸有限公司（联系人王翀婧）: adversarial round 4) masked as a name."""
    if not name:
        return name
    name = _contacts_masked(mask_birth_dates(name))  # (seventh pass: 甘州区恒通商行（DOB 1985-08-25）)
    # (Round 13, h17n: a person's home typed after the name, …公司（法定代表人赵六住…九社11号）; the company's own address
    # after its name stays, as the address rules leave a business's.)
    name = mask_home_addresses(name)
    return detect.mask_names_after_roles(name)


# What a party name or a representative's cell may hold that the detector finds and still publishes:
# the name itself (masked by the name rules, or public for an organisation's representative) and an
# organisation's address written after its name.
_PUBLIC_IN_PARTY_CELLS = (detect.NAME, detect.ADDRESS)


def _contacts_masked(cell: str) -> str:
    """A party or representative cell with every number, contact and account typed into it masked: an ID, a
    phone, an e-mail, a WeChat id, a card, a plate (甘州区琰恒商行（店主微信qjh2026p）, 赵六（收款卡号6222…）: the
    eighth pass found all but the first four published by `creditsite check --data`, and stopping the build)."""
    if not cell or not (detect.may_hold(cell) or detect.may_hold_number(cell)):
        return cell
    spans = [(h.start, h.end) for h in detect.find(cell, names=False) if h.what not in _PUBLIC_IN_PARTY_CELLS]
    return detect.mask_spans(cell, spans) if spans else cell


def _mask_operator(name: str, operator: str) -> str:
    """A business name with its operator's name inside masked (李建国烧烤店 -> 李**烧烤店), however the
    name is written there; the name unchanged if it does not hold the operator's."""
    if len(operator.strip()) < 2 or not name:
        return name
    spans = detect.find_values(name, (operator,))
    if not spans:  # 甘州区Lin Dexin小吃店 run by 蔺德新: the operator's name in pinyin (adv5 follow-up)
        return _masked(name, pinyin_spellings(name, (operator.strip(),)))
    return detect.mask_spans(name, spans, mask_name(operator)) if spans else name
