"""A prototype (not wired into the build): the never-public values of every kind on DuckDB, from the partitions.

    .venv/bin/python bench/bench_secrets_duckdb.py STATE [--engines pandas,duckdb] [--memory-limit 1GB]

STATE is a build's state folder (`<state>/partitions/*.raw.arrow`: every input file's loaded rows,
zstd-compressed Arrow IPC, `generator/partitions.py`). Each engine, in a child process of its own
(peak RSS: the kernel's high-water mark of that process), does per kind what
`deidentify._collect_secrets` does with the columns `deidentify.privacy_columns` keeps: every
non-empty never-public and clerk cell, and the party's codes, name and operator where the party is a
natural person (the operator for a 个体工商户 too; in the registry, rows of 个体工商户 and natural
persons), at least two characters, not a number of six digits or fewer, not a placeholder of seven or
eight digits; with kind, file, row and column, in file and row order; written to one Parquet file per
kind in WORK (`--work`, default STATE/../secrets-bench).

- `pandas`: each kind's partitions read whole and concatenated (what the build does today), the
  masks as in `_collect_secrets`;
- `duckdb`: the partitions scanned as an Arrow dataset (record batches, decompressed one at a
  time), one SQL statement per kind, `memory_limit` set, written with `COPY ... TO` Parquet.

Not covered (the prototype's limits): the bare name of a role-suffixed cell (柏瑜珩（经营者）) and the
person implied by a 个体工商户's name (`_implied_operator_secrets`, which needs the name reader). The two
engines must give the same rows (the script stops otherwise). No figure is asserted anywhere.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.contract import (  # noqa: E402
    BIRTH_DATE_FIELD,
    FILE,
    ID_TYPE_FIELD,
    KIND_RULES,
    PARTY_CATEGORY_FIELD,
    PARTY_CODES,
    REGISTRY_TYPE,
    REP_ID_TYPE_FIELD,
    ROW,
    USCC_FIELD,
)
from generator.schema import (  # noqa: E402
    CLERK,
    INDIVIDUAL_BUSINESS,
    KINDS,
    NATURAL_PERSON,
    NEVER,
    OPERATOR,
    PARTY_NAME,
    PLACEHOLDER_USCC,
)

SKIPPED = (ID_TYPE_FIELD, REP_ID_TYPE_FIELD, BIRTH_DATE_FIELD)  # as `_collect_secrets`


def _rules(name: str) -> list[tuple[str, str]]:
    """(field, who): "all" rows, "person" rows, "person-or-business" rows, "registry-person" rows."""
    kind = KINDS[name]
    out = []
    for f in kind.fields:
        if f.name in SKIPPED:
            continue
        if f.privacy in (NEVER, CLERK):
            out.append((f.name, "all"))
        elif kind.has_party and f.name in PARTY_CODES:
            out.append((f.name, "person-code"))
        elif kind.has_party and f.privacy == PARTY_NAME:
            out.append((f.name, "person"))
        elif kind.has_party and f.privacy == OPERATOR:
            out.append((f.name, "person-or-business"))
        elif KIND_RULES[name].entity_rows and f.privacy == OPERATOR:
            out.append((f.name, "registry-person"))
    return out


def _partitions(state: Path) -> dict[str, list[Path]]:
    by_kind: dict[str, list[Path]] = {}
    folder = state / "partitions"
    for meta_path in sorted(folder.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("rows") and not meta.get("suffix"):
            by_kind.setdefault(meta["kind"], []).append(folder / f"{meta['key']}.raw.arrow")
    return by_kind


def run_pandas(state: Path, work: Path) -> dict[str, int]:
    import pandas as pd
    import pyarrow as pa
    import pyarrow.ipc as ipc

    counts = {}
    for name, paths in _partitions(state).items():
        frames = []
        for path in paths:
            with pa.memory_map(str(path), "r") as source:
                frames.append(ipc.open_file(source).read_all().to_pandas())
        frame = pd.concat(frames, ignore_index=True).sort_values([FILE, ROW], kind="stable")
        del frames
        out = []
        category = frame[PARTY_CATEGORY_FIELD].str.strip() if KINDS[name].has_party else None
        for field, who in _rules(name):
            col = frame[field].astype(str).str.strip()
            mask = col != ""
            if who == "person-code":
                mask &= (category == NATURAL_PERSON) & (col != PLACEHOLDER_USCC)
            elif who == "person":
                mask &= category == NATURAL_PERSON
            elif who == "person-or-business":
                mask &= category.isin([NATURAL_PERSON, INDIVIDUAL_BUSINESS])
            elif who == "registry-person":
                registry = frame[REGISTRY_TYPE].str.strip()
                mask &= registry.str.contains("个体", regex=False) | (registry == NATURAL_PERSON) | \
                    frame[USCC_FIELD].str.startswith("92")
            mask &= col.str.len() >= 2
            mask &= ~col.str.fullmatch(r"\d{1,6}")
            mask &= ~col.str.fullmatch(r"(\d)\1{6,7}|0?1234567(?:8|89)?")
            out.append(pd.DataFrame({"value": col[mask], "file": frame.loc[mask, FILE], "row": frame.loc[mask, ROW],
                                     "column": field}))
        result = pd.concat(out, ignore_index=True) if out else pd.DataFrame()
        result.to_parquet(work / f"{name}.pandas.parquet", index=False)
        counts[name] = len(result)
        del frame, out, result
    return counts


def _sql_mask(name: str, field: str, who: str) -> str:
    col = f'trim(CAST("{field}" AS VARCHAR))'
    conds = [f"{col} <> ''", f"length({col}) >= 2", f"NOT regexp_full_match({col}, '[0-9]{{1,6}}')",
             # (\d)\1{6,7} (RE2 has no back-references): seven or eight times the same digit
             f"NOT (length({col}) IN (7, 8) AND regexp_full_match({col}, '[0-9]+') AND {col} = repeat(left({col}, 1), length({col})))",
             f"NOT regexp_full_match({col}, '0?1234567(?:8|89)?')"]
    category = f'trim("{PARTY_CATEGORY_FIELD}")'
    if who == "person-code":
        conds += [f"{category} = '{NATURAL_PERSON}'", f"{col} <> '{PLACEHOLDER_USCC}'"]
    elif who == "person":
        conds.append(f"{category} = '{NATURAL_PERSON}'")
    elif who == "person-or-business":
        conds.append(f"{category} IN ('{NATURAL_PERSON}', '{INDIVIDUAL_BUSINESS}')")
    elif who == "registry-person":
        registry = f'trim("{REGISTRY_TYPE}")'
        conds.append(f"(contains({registry}, '个体') OR {registry} = '{NATURAL_PERSON}' OR starts_with(\"{USCC_FIELD}\", '92'))")
    return " AND ".join(conds)


def run_duckdb(state: Path, work: Path, memory_limit: str) -> dict[str, int]:
    import duckdb
    import pyarrow.dataset as ds

    con = duckdb.connect()
    con.execute(f"SET memory_limit = '{memory_limit}'")
    con.execute("SET threads = 2")
    con.execute("SET preserve_insertion_order = true")
    counts = {}
    for name, paths in _partitions(state).items():
        con.register("raw", ds.dataset([str(p) for p in paths], format="ipc"))
        parts = [f"SELECT trim(CAST(\"{field}\" AS VARCHAR)) AS value, \"{FILE}\" AS file, \"{ROW}\" AS \"row\", "
                 f"'{field}' AS \"column\", {i} AS rule FROM raw WHERE {_sql_mask(name, field, who)}"
                 for i, (field, who) in enumerate(_rules(name))]
        if not parts:
            counts[name] = 0
            continue
        target = work / f"{name}.duckdb.parquet"
        # The order of `_collect_secrets`: field by field (the rule's index), each in file and row order.
        con.execute(f"COPY (SELECT value, file, \"row\", \"column\" FROM ({' UNION ALL '.join(parts)}) "
                    f"ORDER BY rule, file, \"row\") TO '{target}' (FORMAT parquet)")
        counts[name] = con.execute(f"SELECT count(*) FROM '{target}'").fetchall()[0][0]
        con.unregister("raw")
    return counts


def _child(args: argparse.Namespace) -> None:
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    counts = run_pandas(args.state, work) if args.child == "pandas" else run_duckdb(args.state, work, args.memory_limit)
    print(json.dumps({"seconds": time.perf_counter() - started, "counts": counts,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def _same_rows(work: Path, kinds: list[str]) -> list[str]:
    import pandas as pd

    wrong = []
    for name in kinds:
        if not (work / f"{name}.duckdb.parquet").exists():
            continue
        a = pd.read_parquet(work / f"{name}.pandas.parquet")
        b = pd.read_parquet(work / f"{name}.duckdb.parquet")
        # pandas wrote field by field with each field's rows in file order: the same as duckdb's ORDER BY
        order = {field: i for i, (field, _) in enumerate(_rules(name))}
        a = a.assign(rule=a["column"].map(order)).sort_values(["rule", "file", "row"], kind="stable")
        if a["value"].tolist() != b["value"].tolist() or a["row"].tolist() != b["row"].tolist():
            wrong.append(name)
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("state", type=Path)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--engines", default="pandas,duckdb")
    parser.add_argument("--memory-limit", default="1GB")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.work = args.work or args.state.parent / "secrets-bench"
    if args.child:
        _child(args)
        return
    results: dict[str, Any] = {}
    for engine in args.engines.split(","):
        done = subprocess.run([sys.executable, __file__, str(args.state), "--work", str(args.work), "--child", engine,
                               "--memory-limit", args.memory_limit], check=True, capture_output=True, text=True)
        results[engine] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"partitions {args.state / 'partitions'}; DuckDB memory_limit {args.memory_limit}")
    print("engine | seconds | peak RSS MB | never-public cells")
    print("--- | --- | --- | ---")
    for engine, r in results.items():
        print(f"{engine} | {r['seconds']:.1f} | {r['peak_mb']:.0f} | {sum(r['counts'].values()):,}")
    if {"pandas", "duckdb"} <= results.keys():
        if results["pandas"]["counts"] != results["duckdb"]["counts"]:
            sys.exit(f"the engines disagree: {results['pandas']['counts']} != {results['duckdb']['counts']}")
        wrong = _same_rows(args.work, list(results["pandas"]["counts"]))
        if wrong:
            sys.exit(f"the engines give other rows for {wrong}")
        print("same rows from both engines, in the same order")


if __name__ == "__main__":
    main()
