"""Rules stage: decide, as of a date, which valid record is public and until when.

Entry point: `apply_rules(deidentified, validated, as_of, settings)`. Every accepted row
ends `published` or withheld with exactly one reason code; derived columns carry the
tier, the stop date and the date from which repair may be requested.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import pandas as pd

# The contract's internal columns and the record model, importable from here as before (other
# modules and branches still do).
from generator import detect
from generator.contract import BADGE as BADGE
from generator.contract import BIRTH_DATE as BIRTH_DATE
from generator.contract import (
    BIRTH_UNKNOWN,
    CONTROL_CATEGORY,
    CONTROL_EFFECT,
    CONTROL_TARGET_ISSUER,
    CONTROL_TARGET_NO,
    DEGREE,
    DOMAIN,
    FINE,
    KIND_RULES,
    LICENCE_STATE,
    PARTY_CATEGORY_FIELD,
    PARTY_NAME_FIELD,
    PENALTY_TYPES,
    PROCEDURE,
    PUBLICATION_UNTIL,
    REG_NO_FIELD,
    REPAIRS,
    USCC_FIELD,
    VALID_UNTIL,
    WITHDRAWALS,
    KindRules,
    party_tokens,
    record_key,
)
from generator.contract import CURRENT as CURRENT
from generator.contract import ENTITY as ENTITY
from generator.contract import FILE as FILE
from generator.contract import ISSUER as ISSUER
from generator.contract import KEY as KEY
from generator.contract import PUBLISHED as PUBLISHED
from generator.contract import RECORD_ID as RECORD_ID
from generator.contract import REPAIR_FROM as REPAIR_FROM
from generator.contract import ROW as ROW
from generator.contract import STATUS as STATUS
from generator.contract import STOP as STOP
from generator.contract import TIER as TIER
from generator.contract import WHERE_TO_APPLY as WHERE_TO_APPLY
from generator.contract import WITHHELD_REASONS as WITHHELD_REASONS
from generator.contract import Decided as Decided
from generator.contract import record_id as record_id
from generator.dates import day_after
from generator.deidentify import Deidentified
from generator.problems import WARNING, Problem
from generator.schema import (
    INDIVIDUAL_BUSINESS,
    KINDS,
    LONG_TERM,
    NATURAL_PERSON,
    PENALTY_CATEGORIES,
    PENALTY_CATEGORY_WORDS,
    PLACEHOLDER_USCC,
    RECORD_KINDS,
    Kind,
)
from generator.settings import Settings
from generator.validate import REG_NO_SHAPE, Validated
from generator.values import normalize_decision_no, normalize_decision_nos, split_other

_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's end (2025-11-30 + 3 = 2026-02-28)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def penalty_tier(row: Any, settings: Settings) -> str:
    """Tier of a penalty (publication-rules.md, in order); `row` maps column names to cells."""
    return _tier(row.get(DEGREE), row[PENALTY_TYPES], row.get(PROCEDURE), row.get(FINE), settings)


def _tier(degree: Any, kinds: Any, procedure: Any, amount: Any, settings: Settings) -> str:
    """`penalty_tier` of one row's 失信程度, 处罚类别, 案件程序 and 罚款金额(万元) (None: no such column)."""
    if degree:
        return str(degree)
    categories = {_named_category(c.strip()) for c in str(kinds).replace("；", ";").replace("、", ";").split(";")
                  if c.strip()}
    if procedure == "简易" or (categories and categories <= settings.minor_only_categories):
        return "轻微"
    fine = amount or ""
    if settings.low_fine_threshold and categories == {"罚款"} and fine and float(fine) < settings.low_fine_threshold:
        return "轻微"
    if categories & settings.serious_categories:
        return "严重"
    return "一般"


_CATEGORY_WORDS = dict(PENALTY_CATEGORY_WORDS)


def _named_category(category: str) -> str:
    """The category a `其他-<kind>` names when that kind is one of the law's (其他-吊销营业执照 is 吊销许可证件, so
    严重, as 吊销营业执照 alone is: h21l), for the tier only; the record still shows the category as written."""
    other = split_other(category)
    if other is None or not other[1]:
        return category
    named = _CATEGORY_WORDS.get(other[1], other[1])
    return named if named in PENALTY_CATEGORIES else category


def _each(values: Iterable[_K], func: Callable[[_K], _V]) -> list[_V]:
    """`func` of each value, computed once per distinct value (dates, tiers, authorities repeat)."""
    cache: dict[_K, _V] = {}
    out = []
    for value in values:
        if value not in cache:
            cache[value] = func(value)
        out.append(cache[value])
    return out


def _column(frame: pd.DataFrame, name: str) -> list[Any]:
    """A column as a Python list, or Nones where the frame has no such column (like `Series.get`)."""
    return frame[name].tolist() if name in frame else [None] * len(frame)


def apply_rules(deid: Deidentified, validated: Validated, as_of: dt.date, settings: Settings,
                release_frames: bool = False) -> Decided:
    """Give every accepted row of every record kind its status as of `as_of`.

    `release_frames`: `deid.frames` is emptied as the rules read it (each record kind's frame becomes
    its decided frame, not a copy; the control kinds' go once applied), for a caller that reads no
    de-identified frame after the rules (the build): every kind's de-identified frame was held beside
    its decided one to the end of the stage. Otherwise `deid` is left as it was.
    """
    frames: dict[str, pd.DataFrame] = {}
    for name in [n for n in deid.frames if not KINDS[n].control]:
        frame = deid.frames.pop(name) if release_frames else deid.frames[name].copy()
        frames[name] = _prepare(name, frame, as_of, settings)
        del frame
    _minor_operators_across_records(frames, settings)
    decided = Decided(frames, {})
    # The records by number, once for both control kinds: applying withdrawals changes statuses only,
    # not the numbers, issuers and parties the index holds (it took a sixth of the stage, built twice).
    index = _RecordIndex.of(decided, deid.withheld_keys)
    for control in (WITHDRAWALS, REPAIRS):
        _apply_control(decided, control, deid.frames[control], validated.kinds[control].rejected, as_of,
                       deid.withheld_keys, index)
        if release_frames:
            del deid.frames[control]
    # The index (every record's number, issuer and party as Python strings) is read by the controls only:
    # let go before the current marks allocate theirs (the two side by side were the stage's peak).
    del index
    for name, frame in frames.items():
        if KIND_RULES[name].current_per:
            _mark_current(frame, KINDS[name], KIND_RULES[name].current_per)
        frames[name] = frame.drop(columns=[c for c in (BIRTH_DATE,) if c in frame])
    return decided


def _prepare(name: str, frame: pd.DataFrame, as_of: dt.date, settings: Settings) -> pd.DataFrame:
    """Each row's key, identity and entity, then its tier, stop date and status as of `as_of`, as the
    kind's rules say (`KIND_RULES`)."""
    kind = KINDS[name]
    rules = KIND_RULES[name]
    if rules.entity_rows:
        return _prepare_registry(name, frame)
    today = as_of.isoformat()
    frame[KEY] = record_key(frame, kind)
    frame[ISSUER] = frame[kind.issuer_code] if kind.issuer_code else ""
    category = frame[PARTY_CATEGORY_FIELD]
    code = frame[USCC_FIELD]
    placeholder = (category == INDIVIDUAL_BUSINESS) & code.isin([PLACEHOLDER_USCC, ""])
    frame[ENTITY] = code.where(~placeholder, frame[REG_NO_FIELD]).where(category != NATURAL_PERSON, "")
    frame[RECORD_ID] = _record_ids(name, frame)
    for column in (TIER, STOP, REPAIR_FROM, WHERE_TO_APPLY, BADGE):
        frame[column] = ""
    decision = frame[kind.decision_date]

    # Minors: under the minor age on the decision date, whatever the kind.
    reasons: dict[str, pd.Series] = {}
    birth = frame[BIRTH_DATE]
    adult_from = pd.Series(_each(birth.tolist(), lambda b: _adult_from(b, settings.minor_age)
                                 if b and b != BIRTH_UNKNOWN else ""), index=frame.index, dtype=birth.dtype)
    reasons["minor"] = (birth != "") & (birth != BIRTH_UNKNOWN) & (decision < adult_from)
    reasons["age-unknown"] = _age_unknown(frame)

    stop = pd.Series("", index=frame.index)
    if rules.tier:
        stop, reasons["not-published"] = _dishonesty(frame, kind, rules, decision, settings)
    stop = _stop_date(frame, kind, rules, stop, settings)
    if rules.lapses:
        invalid = (frame[LICENCE_STATE] == "无效") | ((frame[VALID_UNTIL] != "") & (frame[VALID_UNTIL] < today))
        frame[BADGE] = invalid.map({True: "已失效", False: "有效"})
    frame[STOP] = stop
    reasons["expired"] = (stop != "") & (stop <= today)
    reasons.setdefault("not-published", pd.Series(False, index=frame.index))
    frame[STATUS] = PUBLISHED
    for reason in reversed(WITHHELD_REASONS):  # later assignments win: the first reason in the list
        if reason in reasons:
            frame.loc[reasons[reason].astype(bool), STATUS] = reason
    return frame


def _record_ids(name: str, frame: pd.DataFrame) -> list[str]:
    """Each record's `record_id`; each party of a decision that names several (共同违法: one key, one row per party,
    as validation let them through) with its `party_token` too, so that every party's record is its own."""
    keys, issuers = frame[KEY].tolist(), frame[ISSUER].tolist()
    tokens = party_tokens(normalize_decision_nos(keys), issuers, frame[ENTITY].tolist(),
                          frame[PARTY_NAME_FIELD].tolist() if PARTY_NAME_FIELD in frame else [""] * len(keys))
    return [record_id(name, k, i, t) for k, i, t in zip(keys, issuers, tokens)]


def _minor_operators_across_records(frames: dict[str, pd.DataFrame], settings: Settings) -> None:
    """A 个体工商户 whose operator's birth date one record gives (the penalty with the operator's ID) is
    that operator's in the business's other records too (a licence or complaint without it): each such
    record decided while the operator was a minor is withheld (adversarial round 6,
    getihu-minor-one-record-only: the penalty was withheld, the same business's licence published)."""
    births: dict[str, str] = {}
    for frame in frames.values():
        if BIRTH_DATE not in frame or PARTY_CATEGORY_FIELD not in frame:
            continue
        known = (frame[PARTY_CATEGORY_FIELD] == INDIVIDUAL_BUSINESS) & (frame[ENTITY] != "") \
            & (frame[BIRTH_DATE] != "") & (frame[BIRTH_DATE] != BIRTH_UNKNOWN)
        for entity, birth in zip(frame.loc[known, ENTITY].tolist(), frame.loc[known, BIRTH_DATE].tolist()):
            births[entity] = max(births.get(entity, ""), birth)  # the later date: the younger reading
    if not births:
        return
    for name, frame in frames.items():
        if BIRTH_DATE not in frame or PARTY_CATEGORY_FIELD not in frame:
            continue
        unknown = (frame[PARTY_CATEGORY_FIELD] == INDIVIDUAL_BUSINESS) & frame[ENTITY].isin(births.keys()) \
            & ((frame[BIRTH_DATE] == "") | (frame[BIRTH_DATE] == BIRTH_UNKNOWN))
        if not unknown.any():
            continue
        decision = frame.loc[unknown, KINDS[name].decision_date].tolist()
        adult = [_adult_from(births[e], settings.minor_age) for e in frame.loc[unknown, ENTITY].tolist()]
        minor = [bool(d) and d < a for d, a in zip(decision, adult)]
        frame.loc[frame.index[unknown.to_numpy()][minor], STATUS] = "minor"


def _prepare_registry(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The registry's rows are the entities: keyed by their code (the 工商注册号 behind a placeholder
    credit code), always published."""
    frame[KEY] = frame[USCC_FIELD]
    frame[ISSUER] = ""
    frame[ENTITY] = frame[USCC_FIELD].where(frame[USCC_FIELD] != PLACEHOLDER_USCC, frame[REG_NO_FIELD])
    frame[RECORD_ID] = [record_id(name, k, "") for k in frame[KEY].tolist()]
    frame[STATUS] = PUBLISHED
    return frame


def _dishonesty(frame: pd.DataFrame, kind: Kind, rules: KindRules, decision: pd.Series,
                settings: Settings) -> tuple[pd.Series, pd.Series]:
    """A dishonesty kind's tier, repair date and where to apply (set in `frame`); returns the stop
    date its tier gives and whether its tier is published at all (rules.toml `tiers`)."""
    if rules.tier == "derived":
        rows = zip(*(_column(frame, c) for c in (DEGREE, PENALTY_TYPES, PROCEDURE, FINE)))
        tiers = pd.Series(_each(rows, lambda r: _tier(r[0], r[1], r[2], r[3], settings)), index=frame.index,
                          dtype="str")
    else:
        tiers = frame[DEGREE].where(frame[DEGREE] != "", settings.blacklist_default_tier)
    frame[TIER] = tiers
    domain = frame[DOMAIN] if DOMAIN in frame else pd.Series("", index=frame.index)
    tier_list = tiers.tolist()
    min_months = pd.Series(_each(tier_list, lambda t: settings.tiers[t].min_months), index=frame.index)
    longer = pd.Series(_each(domain.tolist(), lambda d: any(x in d for x in settings.one_year_minimum_domains)),
                       index=frame.index, dtype=bool)
    min_months = min_months.where(~longer, min_months.clip(lower=12))
    max_months = _each(tier_list, lambda t: settings.tiers[t].max_months)
    days = decision.tolist()
    frame[REPAIR_FROM] = _each(zip(days, min_months.tolist()), lambda dm: _months_later(*dm))
    frame[WHERE_TO_APPLY] = _each(frame[kind.issuer_name].tolist(),
                                  lambda authority: _where_to_apply(rules, str(authority), settings))
    stop = pd.Series(_each(zip(days, max_months), lambda dm: _months_later(*dm)), index=frame.index)
    unpublished = pd.Series(_each(tier_list, lambda t: not settings.tiers[t].published), index=frame.index,
                            dtype=bool)
    return stop, unpublished


def _stop_date(frame: pd.DataFrame, kind: Kind, rules: KindRules, stop: pd.Series, settings: Settings) -> pd.Series:
    """The day publication stops (the first day the record is withheld): the earliest of `stop` (a
    tier's), the export's 公示截止期 and, for the kinds that stop there, 有效期至 (长期 sets none) or, for
    a kind valid through that day (`valid_through_valid_until`: a grade), the day after it; where none
    is found and the kind counts its publication from a date (`stop_counted_from`), that date plus the
    rules.toml months."""
    if PUBLICATION_UNTIL in frame:  # 长期 (LONG_TERM) sets no stop of its own
        stop = _earliest(stop, frame[PUBLICATION_UNTIL].where(frame[PUBLICATION_UNTIL] != LONG_TERM, ""))
    if rules.stops_at_valid_until:
        until = frame[VALID_UNTIL].where(frame[VALID_UNTIL] != LONG_TERM, "")
        if rules.valid_through_valid_until:  # a grade still holds on its 有效期至: withheld from the next day
            until = pd.Series(_each(until.tolist(), day_after), index=frame.index, dtype=until.dtype)
        stop = _earliest(stop, until)
    if rules.stop_counted_from:
        counted = rules.stop_counted_from
        handled = frame[counted].where(frame[counted] != "", frame[kind.decision_date])
        default_stop = pd.Series(_each(handled.tolist(), lambda d: _months_later(d, settings.complaint_months)),
                                 index=frame.index, dtype=handled.dtype)
        stop = stop.where(stop != "", default_stop)
    return stop


def _apply_control(decided: Decided, control: str, rows: pd.DataFrame, rejected: int, as_of: dt.date,
                   withheld_keys: dict[str, dict[int, str]] | None = None, index: _RecordIndex | None = None) -> None:
    """Withhold the records that repairs / withdrawals point at, from their date on.

    A key withheld as personal data (an ID-shaped 文书号 or 许可编号, `Deidentified.withheld_keys`) is
    matched as the export wrote it, on both sides, in memory: its record can still be revoked."""
    withheld_keys = withheld_keys or {}
    counts = {"read": len(rows) + rejected, "rejected": rejected, "applied": 0, "pending": 0, "unmatched": 0}
    reason, effective_field = CONTROL_EFFECT[control]
    index = index or _RecordIndex.of(decided, withheld_keys)
    statuses: dict[str, list[str]] = {}
    changed: set[str] = set()
    own_withheld = withheld_keys.get(control, {})
    for position, row in enumerate(rows.to_dict("records")):
        target_no = own_withheld.get(position, str(row[CONTROL_TARGET_NO]))
        party = str(row.get(USCC_FIELD, "") or "")
        if target_no.strip():
            matches = _matches_by_number(decided, control, row, target_no, party, index)
        else:  # no number, the party's code (validate.py lets only such a row through): the lists' entries
            matches = index.of_party(party, _control_targets(decided, control, row))
        effective = str(row[effective_field])
        if effective > as_of.isoformat():
            counts["pending"] += 1
            decided.pending.extend((effective, reason, name, i) for name, i in matches)
            continue
        if not matches:
            counts["unmatched"] += 1
            decided.problems.append(_unmatched(control, row, position in own_withheld))
            continue
        counts["applied"] += 1
        for name, i in matches:
            if name not in statuses:
                statuses[name] = decided.frames[name][STATUS].tolist()
            current = statuses[name][i]
            if current == PUBLISHED or WITHHELD_REASONS.index(reason) < WITHHELD_REASONS.index(current):
                statuses[name][i] = reason
                changed.add(name)
    for name in sorted(changed):
        frame = decided.frames[name]
        frame[STATUS] = pd.Series(statuses[name], index=frame.index, dtype=frame[STATUS].dtype)
    decided.control[control] = counts


@dataclass
class _RecordIndex:
    """The records of every kind by decision number (as normalize_decision_no writes it: 〔〕/[]/（）,
    full-width digits, spaces), with their issuers and parties by row position: plain lists, since
    looking cells up with `.at` per match was most of the time."""

    by_number: dict[str, list[tuple[str, int]]]
    issuers: dict[str, list[str]]
    parties: dict[str, list[str] | None]
    # The parties' old 工商注册号, which a control row may name them by (validate.REG_NO_SHAPE, h9s).
    reg_nos: dict[str, list[str] | None]
    keys: dict[str, list[str]] = dataclasses.field(default_factory=dict)  # each record's key, normalised

    @classmethod
    def of(cls, decided: Decided, withheld_keys: dict[str, dict[int, str]]) -> _RecordIndex:
        index = cls({}, {}, {}, {})
        for name in RECORD_KINDS:
            frame = decided.frames.get(name)
            if frame is None:
                continue
            index.keys[name] = normalize_decision_nos(frame[KEY].tolist())
            for i, key in enumerate(index.keys[name]):
                if key:
                    index.by_number.setdefault(key, []).append((name, i))
            for i, key in withheld_keys.get(name, {}).items():  # under the number, not its public stand-in
                index.by_number.setdefault(normalize_decision_no(key), []).append((name, i))
            # A licence is named by its 许可编号 too, not only when it stands in for an empty 文书号 (h19s's S6: a
            # withdrawal naming JY16207020001076 left the licence published because it also had a 文书号).
            fallback = KINDS[name].key_fallback
            if fallback and fallback in frame:
                keys = frame[KEY].tolist()
                for i, other in enumerate(normalize_decision_nos(frame[fallback].tolist())):
                    if other and other != keys[i]:
                        index.by_number.setdefault(other, []).append((name, i))
            index.issuers[name] = _shared_values(frame[ISSUER])
            index.parties[name] = _shared_values(frame[USCC_FIELD]) if USCC_FIELD in frame else None
            index.reg_nos[name] = _shared_values(frame[REG_NO_FIELD]) if REG_NO_FIELD in frame else None
        return index

    def of_party(self, party: str, targets: tuple[str, ...]) -> list[tuple[str, int]]:
        """(kind, row position) of the entries of `party` in the kinds of `targets` whose entries carry no
        number of their own (KindRules.matched_by_party)."""
        return [(name, i) for name in targets if KIND_RULES[name].matched_by_party and party
                for i, code in enumerate(self.parties.get(name) or []) if party in (code, self._reg_no(name, i))]

    def _may_be_of(self, name: str, position: int, party: str, code: str) -> bool:
        """Whether the record may be the party's: its credit code, or its 工商注册号 for a party named by
        an old 注册号, is the party's or unknown."""
        if re.fullmatch(REG_NO_SHAPE, party):
            return self._reg_no(name, position) in (party, "")
        return code in (party, "")

    def _party(self, name: str, position: int) -> str:
        """The credit code of a record's party ("" where its kind has none)."""
        codes = self.parties.get(name)
        return str(codes[position] or "") if codes is not None else ""

    def _reg_no(self, name: str, position: int) -> str:
        """The 工商注册号 of a record ("" where its kind has none)."""
        reg_nos = self.reg_nos.get(name)
        return str(reg_nos[position] or "") if reg_nos is not None else ""

    def decision(self, match: tuple[str, int]) -> tuple[str, str, str]:
        """The decision a record is of: its kind, key (normalised) and issuer — shared by the parties of one."""
        name, i = match
        return name, self.keys[name][i], self.issuers[name][i]

    def of_named_party(self, matches: list[tuple[str, int]], party: str) -> list[tuple[str, int]]:
        """`matches` with each decision that names several parties narrowed to `party`'s record where the
        decision has one (a control row that names a co-party's code stops that party's record only)."""
        by_decision: dict[tuple[str, str, str], list[tuple[str, int]]] = {}
        for match in matches:
            by_decision.setdefault(self.decision(match), []).append(match)
        kept: list[tuple[str, int]] = []
        for found in by_decision.values():
            named = [(name, i) for name, i in found if party in (self._party(name, i), self._reg_no(name, i))]
            kept.extend(named if len(found) > 1 and named else found)
        return [m for m in matches if m in set(kept)]

    def matches(self, number: str, targets: tuple[str, ...], issuer: str, party: str) -> list[tuple[str, int]]:
        """(kind, row position) of the records of `targets` decided under `number`, by `issuer` and for
        `party` where the control row names them and the record has them."""
        found = []
        for name, i in self.by_number.get(normalize_decision_no(number), []):
            if name not in targets:
                continue
            if issuer and self.issuers[name][i] and self.issuers[name][i] != issuer:
                continue
            codes = self.parties[name]
            if party and codes is not None and not self._may_be_of(name, i, party, codes[i]):
                continue
            found.append((name, i))
        return found


def _shared_values(column: pd.Series) -> list[Any]:
    """`column.tolist()` with each distinct value one Python object: the index holds every record's issuer,
    party and 工商注册号, which repeat (a few issuers, an entity's records), a string per row each."""
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    return np.asarray(uniques, dtype=object)[codes].tolist()  # type: ignore[no-any-return]


def _control_targets(decided: Decided, control: str, row: dict[str, Any]) -> tuple[str, ...]:
    """The kinds a repair or withdrawal row may apply to, by its 信息类别 (KindRules.targets_by_category);
    every record kind for another category (with a warning where the control kind asks for one)."""
    category = str(row[CONTROL_CATEGORY])
    targets = KIND_RULES[control].targets_by_category.get(category)
    if targets is not None:
        return targets
    if KIND_RULES[control].warn_unknown_category:
        decided.problems.append(Problem(control, row[FILE], int(row[ROW]), CONTROL_CATEGORY, "control-unknown-category",
                                        WARNING, f"{row[FILE]} 第 {row[ROW]} 行“信息类别”：“{category}”不在已知类别中，"
                                                 "将在所有类别中查找原记录"))
    return tuple(RECORD_KINDS)


def _matches_by_number(decided: Decided, control: str, row: dict[str, Any], target_no: str, party: str,
                       index: _RecordIndex) -> list[tuple[str, int]]:
    """The records a control row names by number: in the kinds its 信息类别 names, by the original issuer
    and party where it names them; failing that (each said in a warning, h9s), each number of a cell that
    lists several, then in every kind the control kind may stop, then by the number alone when the issuer
    named is another body's (a number holds its body's abbreviation: 甘州市监罚〔2026〕77号)."""
    # (KindRules.party_narrows_number: a withdrawal's party column may hold the body's own code.)
    issuer = str(row.get(CONTROL_TARGET_ISSUER, "") or "")
    narrowing = party if KIND_RULES[control].party_narrows_number else ""
    targets = _control_targets(decided, control, row)
    numbers = [target_no]
    matches = index.matches(target_no, targets, issuer, narrowing)
    if not matches and len(listed := _listed_numbers(target_no)) > 1:
        numbers = listed
        matches = [m for number in numbers for m in index.matches(number, targets, issuer, narrowing)]
    if not matches and targets != _any_target(control):
        # 信息类别 names another kind than the record's (a 严重失信主体名单 entry repaired as 行政处罚).
        matches = [m for number in numbers for m in index.matches(number, _any_target(control), issuer, narrowing)]
        if matches:
            decided.problems.append(_other_category(control, row, matches[0][0]))
    if not matches and issuer:
        full = [number for number in numbers if _FULL_NUMBER.search(normalize_decision_no(number))]
        matches = [m for number in full for m in index.matches(number, _any_target(control), "", narrowing)]
        if matches:
            decided.problems.append(_control_warning(
                control, row, CONTROL_TARGET_ISSUER, "control-other-issuer",
                "与文书号所指原记录的机关代码不同；已按文书号找到原记录并按此决定处理。请核对机关代码"))
    if not matches:
        # The year run into the serial or written with two digits (甘州市监罚202677号, 甘州市监罚〔26〕77号: round 10, h9s's
        # left case): read so only when exactly one record of the named kinds, issuer and party fits every reading —
        # a reading that fits two records, or none, leaves the row unmatched (a wrong record withheld is a record lost).
        read = list(dict.fromkeys(m for number in numbers for reading in _year_readings(number)
                                  for m in index.matches(reading, targets, issuer, party)))
        if len({index.decision(m) for m in read}) == 1:  # one decision (with its parties, if several)
            matches = read
            decided.problems.append(_control_warning(
                control, row, CONTROL_TARGET_NO, "control-number-read",
                "年份未写成四位数字加括号（如〔2026〕）；按唯一相符的原记录处理。请在源系统中改正文书号"))
    matches = list(dict.fromkeys(matches))
    if party and not narrowing and len(matches) > 1:
        # A withdrawal's 统一社会信用代码 narrows only a decision with several parties, and only when it names one of
        # them (it may hold the deciding body's own code, hx8): one co-party's record withdrawn, the others kept.
        matches = index.of_named_party(matches, party)
    return matches


# A number whose year is run into its serial (甘州市监罚202677号), or parted from it by 年 or a dash with no bracket
# (甘州市监罚2026年60号, 甘州市监罚2026-33号: h19s's S1), or written with two digits (〔26〕), as normalised.
_GLUED_YEAR = re.compile(r"([^\d〔〕]{2,})((?:19|20)\d{2})(\d{1,6})号")
_PARTED_YEAR = re.compile(r"([^\d〔〕]{2,}?)[-—–]?((?:19|20)\d{2})(?:年|[-—–])第?0*(\d{1,6})号?")
_TWO_DIGIT_YEAR = re.compile(r"〔(\d{2})〕")


def _year_readings(number: str) -> list[str]:
    """The numbers `number` may be read as when its year is not 〔yyyy〕: 甘州市监罚202677号, 甘州市监罚2026年77号 and
    甘州市监罚2026-77号 → 甘州市监罚〔2026〕77号, 甘州市监罚〔26〕77号 → 〔2026〕 and 〔1926〕 (the rule above keeps a reading only where one record fits)."""
    value = normalize_decision_no(number)
    glued = _GLUED_YEAR.fullmatch(value) or _PARTED_YEAR.fullmatch(value)
    if glued and "〔" not in value:
        return [f"{glued[1]}〔{glued[2]}〕{glued[3]}号"]
    two = _TWO_DIGIT_YEAR.search(value)
    if two:
        return [value[:two.start()] + f"〔{century}{two[1]}〕" + value[two.end():] for century in ("20", "19")]
    return []


# A number with its body's abbreviation and year (甘州市监罚〔2026〕77号), not a bare serial (第77号).
_FULL_NUMBER = re.compile(r"[^\d〔〕]{3,}〔\d{4}〕\d+号")
# The separators of a cell that lists several numbers (甘州市监罚〔2026〕76号、77号; …77号；…78号; …77号及78号).
_NUMBER_LIST = re.compile(r"\s*(?:[、,，;；\n]|(?<=号)(?:及|和|与))\s*")
_SERIAL_ONLY = re.compile(r"第?\d+号?")


def _listed_numbers(cell: str) -> list[str]:
    """The numbers of a control row's cell that lists several decisions (a withdrawal of a batch), a
    serial alone taking the first number's body and year (甘州市监罚〔2026〕76号、77号); [cell] otherwise."""
    pieces = [p for p in _NUMBER_LIST.split(cell) if p.strip()]
    if len(pieces) < 2 or not all(re.search(r"\d", p) for p in pieces):
        return [cell]
    first = normalize_decision_no(pieces[0])
    prefix = first[: first.rfind("〕") + 1] if "〕" in first else ""
    return [prefix + p if prefix and _SERIAL_ONLY.fullmatch(p) else p for p in pieces]


def _any_target(control: str) -> tuple[str, ...]:
    """The kinds a `control` row may stop whatever its 信息类别: those its categories name (repairs: penalties
    and the serious-dishonesty list), every record kind where it names any (withdrawals)."""
    named = tuple(dict.fromkeys(kind for kinds in KIND_RULES[control].targets_by_category.values() for kind in kinds))
    return named if not KIND_RULES[control].warn_unknown_category else tuple(RECORD_KINDS)


def _other_category(control: str, row: dict[str, Any], kind: str) -> Problem:
    """The warning for a control row whose record was found under another kind than its 信息类别 names."""
    return _control_warning(control, row, CONTROL_CATEGORY, "control-other-category",
                            f"“{row[CONTROL_CATEGORY]}”与原记录的类别（{KINDS[kind].title}）不符；"
                            "已按文书号找到原记录并按此决定处理。请核对信息类别")


def _control_warning(control: str, row: dict[str, Any], column: str, code: str, message: str) -> Problem:
    """A warning on one cell of a control row whose record was found another way than its cells say."""
    return Problem(control, row[FILE], int(row[ROW]), column, code, WARNING,
                   f"{row[FILE]} 第 {row[ROW]} 行“{column}”：{message}")


def _unmatched(control: str, row: dict[str, Any], number_withheld: bool) -> Problem:
    """The warning for a control row whose record is not in the data. A 原决定文书号 withheld as
    personal data (an ID typed into it) is blank in the row: say so rather than quote an empty
    number (issue 16); the number itself is never quoted."""
    # (Quoted as staff outputs quote any cell, and only when it is a number: a cell with no digit may be
    # words or a name, 祁瑾二的处罚决定, adversarial round 6.)
    number = str(row[CONTROL_TARGET_NO])
    quoted = ("（该文书号含身份证件号码等个人信息，已隐去，不在此引用）" if number_withheld
              else f"为“{detect.mask_cell(number)}”" if re.search(r"\d", number)
              else "（该单元格不是文书号的写法，未在此引用）")
    return Problem(control, row[FILE], int(row[ROW]), CONTROL_TARGET_NO, "control-unmatched",
                   WARNING, f"{row[FILE]} 第 {row[ROW]} 行：本次数据中没有文书号{quoted}"
                            "的原记录（已按括号、全角数字和空格统一后比较）。该决定已保留，"
                            "原记录以后导入时将按此决定不予公示；如原记录已在网站公示，"
                            "请核对文书号和机关代码")


def _age_unknown(frame: pd.DataFrame) -> pd.Series:
    """Natural persons whose age cannot be derived (no birth date in their document), and 个体工商户 whose
    operator's document is given but shows none (BIRTH_UNKNOWN): withheld until staff give it
    (privacy.md; issue 16); deidentify reports each row as `age-unknown`."""
    return ((frame[PARTY_CATEGORY_FIELD] == NATURAL_PERSON) & (frame[BIRTH_DATE] == "")) | (frame[BIRTH_DATE] == BIRTH_UNKNOWN)


def _mark_current(frame: pd.DataFrame, kind: Kind, per: str) -> None:
    """Mark the latest published record per entity (a natural person's: per record) and `per` current:
    an evaluation's current grade per 评价类型 (KindRules.current_per)."""
    frame[CURRENT] = False
    # Only the columns read below are taken of the published rows (taking every column was a copy of the
    # kind's published rows, and the sorted one a second, beside the frame).
    live = frame.loc[frame[STATUS] == PUBLISHED, list(dict.fromkeys([ENTITY, RECORD_ID, kind.decision_date, KEY, per]))]
    if live.empty:
        return
    owner = live[ENTITY].where(live[ENTITY] != "", live[RECORD_ID])
    order = live.assign(_owner=owner).sort_values([kind.decision_date, KEY])
    latest = order.groupby(["_owner", per]).tail(1).index
    frame.loc[latest, CURRENT] = True


def _where_to_apply(rules: KindRules, authority: str, settings: Settings) -> str:
    if rules.repair_where_by_authority and any(m in authority for m in settings.market_regulation_markers):
        return "国家企业信用信息公示系统"
    return "信用中国"


def _months_later(day: str, months: int) -> str:
    if not day:
        return ""
    return add_months(dt.date.fromisoformat(day), int(months)).isoformat()


def _adult_from(birth: str, years: int) -> str:
    """The first day a person born on `birth` is `years` 周岁 old: the day AFTER the birthday
    (最高人民法院: 周岁从周岁生日的第二天起算); a 02-29 birthday falls on 03-01 in other years."""
    born = dt.date.fromisoformat(birth)
    try:
        birthday = born.replace(year=born.year + years)
    except ValueError:  # 02-29 in a year that has none
        birthday = dt.date(born.year + years, 3, 1)
    return (birthday + dt.timedelta(days=1)).isoformat()


def _years_later(day: str, years: int) -> str:
    return _months_later(day, 12 * years)


def _earliest(a: pd.Series, b: pd.Series) -> pd.Series:
    both = (a != "") & (b != "")
    out = a.where(a != "", b)
    return out.where(~both, a.where(a <= b, b))
