"""The published views: one record and one entity as the public sees them, built once.

An entity page (`site_templates/entity.html`), its JSON (`entity/<code>.json`), the search
index's entity entries and the check index's names all read the same entity view; list pages,
the home page and the entity view read the same record view. They are made from the decided,
published records only, with no HTML and no template: the search index can be built without
rendering a page (`entity_summaries` then `search_entries`).

- `record_view(kind, row)`: one published record;
- `entity_batches(decided)` and `batch_entities(codes, rows)`: the entity views, a batch at a time
  (the render stage hands batches to its workers);
- `entity_document(entity)` / `entity_json(entity)`: what `entity/<code>.json` holds;
- `entity_summary(entity)` / `entity_summaries(decided)`: what the search and check indexes use;
- `search_entries(summaries)`: the search index's entity entries;
- `entity_rows(decided)` and `entity_row_keys(tables, fingerprint)`: a key per entity page from its
  published rows alone, without assembling its view (an update assembles only the entities whose
  key changed: render.py).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from generator import tuning
from generator.contract import (
    BADGE,
    CURRENT,
    DOMAIN,
    ENTITY,
    GRADE,
    GRADE_SCHEME,
    KEY,
    KIND_RULES,
    PARTY_CATEGORY_FIELD,
    PARTY_CODES,
    PARTY_NAME_FIELD,
    REG_NO_FIELD,
    REGISTRY,
    REGISTRY_NAME,
    REGISTRY_STATUS,
    REP_FIELD,
    REPAIR_FROM,
    SECTION_ORDER,
    STOP,
    TIER,
    USCC_FIELD,
    WHERE_TO_APPLY,
    Decided,
)
from generator.due import HIDE_ON
from generator.policy import complaint_outcomes, grade_meaning
from generator.records import SAFE_CODE, records_of
from generator.schema import HEADLINE, KINDS, NATURAL_PERSON, NEVER, PLACEHOLDER_USCC, RECORD_KINDS, TIERS
from generator.values import shown_value

if TYPE_CHECKING:
    from generator.index import SearchEntry

# A registry status containing one of these closes the entity (crosscheck.py flags honours of such).
CLOSED_MARKERS = ("注销", "吊销")

# The party block: shown once at the head of an entity page, not again in each record.
PARTY_FIELDS = {PARTY_NAME_FIELD, PARTY_CATEGORY_FIELD, *PARTY_CODES, REP_FIELD}

SUMMARY_KEYS = ("code", "name", "summary", "keys", "category")  # what the search and check indexes use


class View(dict[str, Any]):
    """A dict whose keys templates read as attributes without jinja2 first failing a getattr."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def shown_fields(kind: str) -> list[Any]:
    """The fields of a kind a record view lists: the public ones outside the party block."""
    return [f for f in KINDS[kind].fields if f.privacy != NEVER and f.name not in PARTY_FIELDS]


def shown_code(uscc: str, reg_no: str) -> tuple[str, str]:
    """(label, value) of the code to show for a party: the placeholder 00000000000000000X is never a code."""
    if uscc and uscc != PLACEHOLDER_USCC:
        return USCC_FIELD, uscc
    if reg_no:
        return REG_NO_FIELD, reg_no
    return "", ""


def older_codes(code: str, uscc: str, reg_no: str) -> list[str]:
    """The codes an entity was known by before its 统一社会信用代码, as a clerk or a reader may still type them into
    the site's search: the 工商注册号 its records published, and the 组织机构代码 inside its credit code (characters
    9-17, GB 32100-2015 4.1). `creditsite check` reads both the same way (check.check_aliases)."""
    codes = []
    if reg_no and reg_no != code and SAFE_CODE.match(reg_no):
        codes.append(reg_no)
    if len(uscc) == 18 and uscc != PLACEHOLDER_USCC and SAFE_CODE.match(uscc) and uscc[8:17] != code:
        codes.append(uscc[8:17])
    return codes


def record_view(kind: str, row: dict[str, Any], shown: list[Any] | None = None) -> dict[str, Any]:
    """One published record as the pages and the entity JSON see it (`row`: a decided row)."""
    spec = KINDS[kind]
    if shown is None:
        shown = shown_fields(kind)
    entity = row.get(ENTITY, "")
    return View({
        "kind": kind,
        "kind_title": spec.title,
        "key": row.get(KEY, ""),
        "date": row.get(spec.decision_date, ""),
        "headline": row.get(HEADLINE.get(kind, ""), "") or spec.title,
        "authority": row.get(spec.issuer_name, "") if spec.issuer_name else "",
        "party": row.get(PARTY_NAME_FIELD, ""),
        "party_category": row.get(PARTY_CATEGORY_FIELD, ""),
        "person": row.get(PARTY_CATEGORY_FIELD) == NATURAL_PERSON,
        "entity": entity if SAFE_CODE.match(entity or "") else "",
        "fields": [(f.name, shown_value(f, row.get(f.name, ""))) for f in shown if row.get(f.name, "")],
        "tier": row.get(TIER, ""),
        "stop": row.get(STOP, ""),
        # the day stale.js hides it (data-stop): a pending repair or withdrawal's, when earlier (due.mark_hide_dates)
        "hide_on": row.get(HIDE_ON) or row.get(STOP, ""),
        "repair_from": row.get(REPAIR_FROM, ""),
        "apply_at": row.get(WHERE_TO_APPLY, ""),
        "badge": row.get(BADGE, ""),
        "current": bool(row.get(CURRENT, False)),
        "legal_rep": row.get(REP_FIELD, ""),
        "domain": row.get(DOMAIN, ""),
        "uscc": row.get(USCC_FIELD, ""),
        "reg_no": row.get(REG_NO_FIELD, ""),
    })


def entity_views(codes: list[str], records: list[dict[str, Any]],
                 profiles: dict[str, dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One view per entity page: its registry profile (if any) and its record views grouped by kind.

    `records` are record views (`record_view`) of any entities; `profiles` the registry rows by code.
    """
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        if record["entity"] and not record["person"]:
            by_entity.setdefault(record["entity"], []).append(record)
    order = [*(k for k in SECTION_ORDER if k in RECORD_KINDS), *(k for k in RECORD_KINDS if k not in SECTION_ORDER)]
    for code in codes:
        own = sorted(by_entity.get(code, []), key=lambda r: (r["date"], r["key"]), reverse=True)
        profile = profiles.get(code)
        name = (profile or {}).get(REGISTRY_NAME) or (own[0]["party"] if own else code)
        groups = [(k, KINDS[k].title, [r for r in own if r["kind"] == k]) for k in order]
        groups = [g for g in groups if g[2]]
        status = str((profile or {}).get(REGISTRY_STATUS, "") or "")
        closed = next((m for m in CLOSED_MARKERS if m in status), "")
        blacklisted = [r for r in own if KIND_RULES[r["kind"]].serious_list]
        tiers: dict[str, int] = {}
        for r in own:
            if KIND_RULES[r["kind"]].tiers_in_verdict and r["tier"]:
                tiers[r["tier"]] = tiers.get(r["tier"], 0) + 1
        grades = [r for r in own if KIND_RULES[r["kind"]].current_per and r["current"]]
        for grade in grades:
            fields = dict(grade["fields"])
            grade["meaning"] = grade_meaning(fields.get(GRADE_SCHEME, ""), fields.get(GRADE, ""))
        outcomes = [r for r in own if KIND_RULES[r["kind"]].outcomes_in_verdict]
        summary = _summary_line(groups, closed, bool(blacklisted), grades)
        uscc = (profile or {}).get(USCC_FIELD) or (own[0]["uscc"] if own else "")
        reg_no = (profile or {}).get(REG_NO_FIELD) or next((r["reg_no"] for r in own if r["reg_no"]), "")
        code_label, code_value = shown_code(str(uscc or ""), str(reg_no or ""))
        yield View({
            "code": code,
            "name": name,
            "status": status,
            "closed": closed,
            "blacklisted": blacklisted,
            # the worst tier first
            "tiers": sorted(tiers.items(), key=lambda t: TIERS[::-1].index(t[0]) if t[0] in TIERS else 9),
            "code_label": code_label,
            "code_value": code_value,
            "profile": profile,
            "profile_fields": _profile_fields(profile),
            "uscc": uscc or code,
            "category": own[0]["party_category"] if own else "",
            "legal_rep": (profile or {}).get(REP_FIELD) or (own[0]["legal_rep"] if own else ""),
            "groups": groups,
            "summary": summary,
            # The decision numbers, then the entity's older codes, which its search finds it by too (older_codes)
            "keys": sorted({r["key"] for r in own if r["key"]}) + older_codes(code, str(uscc or ""), str(reg_no or "")),
            "grades": grades,
            "complaint_outcomes": complaint_outcomes(outcomes) if outcomes else [],
            "record_count": len(own),
        })


def _summary_line(groups: list[tuple[str, str, list[dict[str, Any]]]], closed: str, blacklisted: bool,
                  grades: list[dict[str, Any]]) -> str:
    """The line under an entity's name in search results: the verdict first (closed, or on the
    serious-dishonesty list), then its records by kind and its current grades."""
    summary = "；".join(f"{len(rs)} 条{title}" for _, title, rs in groups)
    flags = [f"已{closed}" if closed else "", "严重失信主体名单" if blacklisted else ""]
    if any(flags):
        summary = " · ".join(f for f in flags if f) + (" · " + summary if summary else "")
    if grades:
        summary += " · " + "、".join(f"{dict(g['fields']).get(GRADE_SCHEME, '')} {dict(g['fields']).get(GRADE, '')}"
                                      for g in grades)
    return summary or "无公示记录"


def _profile_fields(profile: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The registry's public fields of an entity, its name aside (the page's title)."""
    if not profile:
        return []
    return [(f.name, profile.get(f.name, "")) for f in KINDS[REGISTRY].fields
            if f.privacy != NEVER and profile.get(f.name, "") and f.name != REGISTRY_NAME
            and profile.get(f.name) != PLACEHOLDER_USCC]


def entity_document(entity: dict[str, Any]) -> dict[str, Any]:
    """What `entity/<code>.json` holds: the entity page's facts, machine-readable (`entity["updated"]`
    is the day its content last changed, set by the render stage)."""
    records: dict[str, list[dict[str, Any]]] = {}
    for kind, _, rows in entity["groups"]:
        records[kind] = [{
            "key": r["key"], "date": r["date"], "authority": r["authority"], "fields": dict(r["fields"]),
            **({"publication_ends": r["stop"]} if r["stop"] else {}),  # every record with a stop date (issue 22)
            **({"tier": r["tier"], "repair_from": r["repair_from"], "publication_ends": r["stop"],
                "apply_at": r["apply_at"]} if r["tier"] else {}),
            **({"status_badge": r["badge"]} if r["badge"] else {}),
            **({"current": r["current"]} if KIND_RULES[kind].current_per else {}),
        } for r in rows]
    return {"code": entity["code"], "name": entity["name"], "uscc": entity["uscc"],
            "category": entity["category"], "legal_representative": entity["legal_rep"],
            "profile": dict(entity["profile_fields"]), "records": records,
            "updated": entity["updated"]}


def entity_json(entity: dict[str, Any]) -> bytes:
    """`entity_document` as the bytes of `entity/<code>.json`."""
    return (json.dumps(entity_document(entity), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            + "\n").encode("utf-8")


EntityTables = dict[str, tuple[pd.DataFrame, np.ndarray, np.ndarray]]


def entity_rows(decided: Decided) -> EntityTables:
    """Published rows that belong on entity pages, per kind (the registry's too): the published
    frame, the positions of those rows sorted by entity (stable: row order kept) and their entity
    codes in that order.

    Positions rather than a sorted copy: the copy of every published row held through the whole
    render was the largest allocation of the stage (gigabytes at 10^6 entities); each batch takes
    its few rows from the positions instead.
    """
    def pageable(frame: pd.DataFrame, organisations_only: bool) -> tuple[np.ndarray, np.ndarray]:
        if frame.empty or ENTITY not in frame:
            return np.empty(0, dtype=np.intp), np.empty(0, dtype=object)
        codes = frame[ENTITY].astype(object).fillna("").astype(str)
        mask = codes.str.fullmatch(SAFE_CODE.pattern.strip("^$")).to_numpy(dtype=bool)
        if organisations_only and PARTY_CATEGORY_FIELD in frame:
            mask = mask & (frame[PARTY_CATEGORY_FIELD] != NATURAL_PERSON).to_numpy(dtype=bool)
        positions = np.flatnonzero(mask)
        chosen = codes.to_numpy(dtype=object)[positions]
        order = np.argsort(chosen, kind="stable")
        return positions[order], chosen[order]

    tables: EntityTables = {}
    registries = [k for k in decided.frames if KIND_RULES[k].entity_rows]
    for kind in [*(k for k in RECORD_KINDS if k in decided.frames), *registries]:
        frame = decided.published(kind)
        positions, codes = pageable(frame, not KIND_RULES[kind].entity_rows)
        if len(positions):
            tables[kind] = (frame, positions, codes)
    return tables


def entity_codes(tables: EntityTables) -> list[str]:
    """The codes of every entity with a page, sorted."""
    return sorted(set().union(*(set(codes) for _, _, codes in tables.values()))) if tables else []


class _Reads(dict[str, Any]):
    """An empty row that notes which columns are asked of it (`view_columns`)."""

    def __init__(self) -> None:
        super().__init__()
        self.read: list[str] = []

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        self.read.append(key)
        return default


@functools.cache
def view_columns(kind: str) -> tuple[str, ...]:
    """The columns of a kind's row that reach an entity page, sorted: those `record_view` reads
    (found by asking it to read an empty row, so that a column it starts to read is covered
    without a second list to keep), and every column of the registry, whose whole row is the
    entity view's `profile`."""
    if KIND_RULES[kind].entity_rows:
        return ()  # all of them (`_row_hashes`)
    row = _Reads()
    record_view(kind, row)
    return tuple(sorted(set(row.read)))


@functools.cache
def list_view_columns(kind: str) -> tuple[str, ...]:
    """The columns of a kind's row that a list page's record view reads, sorted: those `record_view`
    reads when it is given no fields to show. A list page shows none of a record's fields (its
    template reads only render.LIST_ROW_KEYS, tests/test_render_update.py), so its jobs carry only
    these columns of their rows to the renderers, and their views are made without fields."""
    row = _Reads()
    record_view(kind, row, [])
    return tuple(sorted(set(row.read)))


# Stands for the format of the keys below: changing how they are made changes every key.
ROW_KEY_VERSION = "entity-row-key/1"


def _mix(values: np.ndarray) -> np.ndarray:
    """A 64-bit mix of each value (pandas' splitmix finaliser): equal in, equal out, spread otherwise."""
    return np.asarray(pd.util.hash_array(np.ascontiguousarray(values, dtype=np.uint64)), dtype=np.uint64)


def _text64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def _row_hashes(kind: str, frame: pd.DataFrame) -> tuple[np.ndarray, list[str]]:
    """A 64-bit hash of each row of `frame` over the columns that reach an entity page
    (`view_columns`; the registry's: all), which columns those were; an empty cell and a
    missing one (NA) hash apart."""
    columns = list(frame.columns) if KIND_RULES[kind].entity_rows else [c for c in view_columns(kind) if c in frame]
    if not columns or frame.empty:
        return np.zeros(len(frame), dtype=np.uint64), columns
    shown = frame[columns]
    hashes = pd.util.hash_pandas_object(shown, index=False).to_numpy(dtype=np.uint64)
    missing = shown.isna()
    if missing.to_numpy(dtype=bool).any():
        hashes = _mix(hashes ^ pd.util.hash_pandas_object(missing, index=False).to_numpy(dtype=np.uint64))
    return hashes, columns


def row_hashes(kind: str, frame: pd.DataFrame) -> tuple[np.ndarray, list[str]]:
    """A 64-bit hash of each row of `frame` over the columns its record view reads (`view_columns`;
    the registry's: all), and which columns those were: two rows with the same hash give the same
    record view (but for a 64-bit collision). The list pages' row keys (render.list_row_key)."""
    return _row_hashes(kind, frame)


def entity_row_keys(tables: EntityTables, fingerprint: str) -> tuple[np.ndarray, np.ndarray]:
    """A key per entity page made from its published rows alone, without assembling its view:
    (codes sorted, their keys as 16 hex digits).

    Each row that reaches the page is hashed over the columns the view reads (`_row_hashes`);
    an entity's key combines its rows' hashes with their kind and their place in the entity's
    rows (kinds in `tables`' order, rows in their order: the view sorts ties by row order) and
    the columns hashed, their count, and `fingerprint` (what the page shows besides its rows).
    The same key means the same rows in the same order, so the same view, page and JSON: two
    builds of the same code giving an entity the same key may keep its page. An entity whose
    rows changed gets a new key (but for a 64-bit collision); one whose key changed may still
    have the same view (a column the page does not show changed): the render stage assembles
    it and compares its content key.
    """
    if not tables:
        return np.empty(0, dtype=object), np.empty(0, dtype=object)
    codes_of, hashes_of = [], []
    for kind, (frame, positions, codes) in tables.items():
        hashes, columns = _row_hashes(kind, frame)
        codes_of.append(codes)
        # the kind and the columns hashed go with each row: a kind's first rows, or a column new to
        # its files, change the keys of the entities that have rows of it, not everyone's
        tag = np.uint64(_text64(json.dumps([kind, columns], ensure_ascii=False)))
        hashes_of.append(_mix(hashes[positions] ^ tag))
    codes = np.concatenate(codes_of)
    hashes = np.concatenate(hashes_of)
    order = np.argsort(codes, kind="stable")  # per entity: kinds in order, rows in order within a kind
    codes, hashes = codes[order], hashes[order]
    starts = np.flatnonzero(np.concatenate(([True], codes[1:] != codes[:-1])))
    counts = np.diff(np.append(starts, len(codes)))
    rank = np.arange(len(codes), dtype=np.uint64) - np.repeat(starts, counts).astype(np.uint64)
    with np.errstate(over="ignore"):
        placed = _mix(hashes + rank * np.uint64(0x9E3779B97F4A7C15))
        sums = np.add.reduceat(placed, starts)
        salt = np.uint64(_text64(json.dumps([ROW_KEY_VERSION, fingerprint], ensure_ascii=False)))
        keys = _mix(_mix(sums ^ _mix(counts.astype(np.uint64))) + salt)
    return codes[starts], np.array([f"{k:016x}" for k in keys.tolist()], dtype=object)


def entity_batches(decided: Decided, previous_keys: pd.DataFrame | None = None, size: int | None = None,
                   codes: list[str] | None = None, tables: EntityTables | None = None) -> Iterator[tuple[Any, ...]]:
    """Batches of `size` entities with a page (by default `render_entity_batch`, generator/tuning.py:
    a render worker's job): their codes in order, their published rows per kind (the registry's too),
    the last build's (content key, updated) of those of them it had.

    `codes` (sorted): only these entities (default: every one); `tables`: `entity_rows(decided)`
    when the caller has it already.
    """
    size = size or tuning.current().render_entity_batch
    tables = entity_rows(decided) if tables is None else tables
    codes = entity_codes(tables) if codes is None else codes
    previous: dict[str, tuple[str, str]] = {}
    if previous_keys is not None and not previous_keys.empty:
        previous = dict(zip(previous_keys["code"], zip(previous_keys["data_key"], previous_keys["updated"])))
    # A record kind's rows go to the renderers with only the columns its record views read
    # (`view_columns`: what the entity view, its content key and JSON can hold of them); the
    # registry's whole (its row is the view's `profile`).
    shown = {kind: slice(None) if KIND_RULES[kind].entity_rows else
             [i for i, c in enumerate(frame.columns) if c in set(view_columns(kind))]
             for kind, (frame, _, _) in tables.items()}
    for start in range(0, len(codes), size):
        batch = codes[start:start + size]
        wanted = np.array(batch, dtype=object)
        rows = {}
        for kind, (frame, positions, values) in tables.items():
            lo = np.searchsorted(values, wanted, "left")
            hi = np.searchsorted(values, wanted, "right")
            counts = hi - lo
            # the rows of each wanted entity, in entity order: runs lo..hi of the sorted positions
            at = np.repeat(lo - np.concatenate(([0], np.cumsum(counts)[:-1])), counts) + np.arange(int(counts.sum()))
            rows[kind] = frame.iloc[positions[at], shown[kind]]
        yield batch, rows, {c: previous[c] for c in batch if c in previous}


def batch_entities(codes: list[str], rows: dict[str, pd.DataFrame]) -> Iterator[dict[str, Any]]:
    """The entity views of one batch (`entity_batches`)."""
    records: list[dict[str, Any]] = []
    for kind in RECORD_KINDS:
        if kind in rows:
            shown = shown_fields(kind)
            records.extend(record_view(kind, row, shown) for row in records_of(rows[kind]))
    registry = next((rows[k] for k in rows if KIND_RULES[k].entity_rows), None)
    profiles = {r[ENTITY]: r for r in records_of(registry)} if registry is not None else {}
    yield from entity_views(codes, records, profiles)


def entity_summary(entity: dict[str, Any]) -> dict[str, Any]:
    """What the search and check indexes keep of an entity view (SUMMARY_KEYS)."""
    return {k: entity[k] for k in SUMMARY_KEYS}


def entity_summaries(decided: Decided) -> list[dict[str, Any]]:
    """The summary of every entity with a page, from the views alone: no page is rendered.

    The same entities, names, summaries and categories as a build of the same records shows
    (the search index, `creditsite check --data`).
    """
    return [entity_summary(entity) for codes, rows, _ in entity_batches(decided)
            for entity in batch_entities(codes, rows)]


def search_entries(summaries: Iterable[dict[str, Any]]) -> list[SearchEntry]:
    """The search index's entry of each entity (`entity_summary`): its page, name, code, summary line
    and decision numbers."""
    from generator.index import SearchEntry

    return [SearchEntry(url=f"entity/{e['code']}/", title=e["name"], code=e["code"], summary=e["summary"],
                        keys=tuple(e["keys"]), kind="entity") for e in summaries]
