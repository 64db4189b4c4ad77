"""Which engine for the data stages: pandas (today), DuckDB or Polars (streaming), measured.

    .venv/bin/python bench/bench_engines.py --data DIR --work DIR [--engines pandas,duckdb,polars]
                                            [--generator] [--memory-limit 2GB]

The data stages of a build on one data folder (scripts/make_sample.py writes one of any size),
the same work in each engine, each in a child process of its own (time, and peak RSS from the
kernel's high-water mark of that process):

1. **load**: every file of the record kinds and the registry, its columns mapped to the data
   contract's fields by the loader's own header reading (`generator.load._plan`), all text;
2. **validate** (the row-local part): cells trimmed; a row is accepted when its decision number
   (or the licence number standing in for it) is present, its party's 统一社会信用代码 is empty
   or of the right shape, and its decision date reads as a date (YYYY-MM-DD, YYYY/MM/DD or
   YYYYMMDD, written back as YYYY-MM-DD);
3. **dedupe by key**: of the accepted rows with the same (decision number, issuer code), the first
   in file order is kept (validate's duplicate check needs all rows of a key at once);
4. **group by entity**: the kept rows of each kind sorted by entity code (what the entity pages
   are rendered from), written to Parquet in the work folder, and the entities counted.

Inputs that no engine reads natively are converted once before, streamed, and timed apart
(`prepare`): the GB18030 CSV to UTF-8, each XLSX sheet to Parquet (python-calamine, as the
loader reads it). The engines must agree on every count; the script stops if they do not.

With --generator, the project's own `load_sources` + `validate_records` (the whole validation,
which does much more per row than step 2) are timed the same way, for scale.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

USCC_SHAPE = r"^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$"
ISO_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
PARTY_CODE = "统一社会信用代码"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- prepare: one plan per input file ----------------------------------------------------------------

def prepare(data: Path, work: Path, scale: int = 1) -> list[dict[str, Any]]:
    """For each data file of a record kind or the registry: a readable path and its field -> column map."""
    import csv

    import pyarrow as pa
    import pyarrow.parquet as pq
    from python_calamine import CalamineWorkbook

    from generator.load import _plan, decode_bytes, list_inputs
    from generator.schema import KINDS, RECORD_KINDS

    plans = []
    folder = work / "prepared"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {*RECORD_KINDS, "entities"}
    for entry in list_inputs(data):
        if entry.role != "data" or entry.kind not in wanted or entry.path is None:
            continue
        kind = KINDS[entry.kind]
        path, suffix = entry.path, entry.path.suffix.lower()
        target = folder / f"{len(plans):03d}-{path.stem}"
        if suffix == ".csv":
            raw = path.read_bytes()[:4096]
            try:
                codecs.getincrementaldecoder("utf-8")().decode(raw, final=False)  # a character may be cut
                encoding = "utf-8-sig"
                readable = path
            except UnicodeDecodeError:
                encoding = "gb18030"
                readable = target.with_suffix(".csv")
                readable.write_text(decode_bytes(path.read_bytes()), encoding="utf-8", newline="")
            with readable.open(encoding="utf-8-sig" if encoding == "utf-8-sig" else "utf-8", newline="") as handle:
                header = next(csv.reader(handle))
            fmt = "csv"
        elif suffix in (".xlsx", ".parquet"):
            if suffix == ".xlsx":
                sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
                header = [str(h) for h in sheet[0]]
                columns = list(zip(*sheet[1:])) if len(sheet) > 1 else [() for _ in header]
                readable = target.with_suffix(".parquet")
                table = pa.table({f"c{i}": pa.array([_cell(v) for v in col], pa.string())
                                  for i, col in enumerate(columns)})
                pq.write_table(table, readable)
                del sheet, columns, table
            else:
                readable = path
                header = pq.read_schema(path).names
            fmt = "parquet"
        else:
            continue
        plan = _plan(kind, header, entry.rel, 0, None)
        fields = {name: spots[0] for name, spots in plan.positions.items() if name in kind.names}
        names = header if fmt == "csv" or readable == path else [f"c{i}" for i in range(len(header))]
        if scale > 1:  # the same rows `scale` times, each copy its own entities and decision numbers
            keyed = sorted({i for f, i in fields.items() if f in (kind.key, kind.key_fallback, kind.issuer_code,
                                                                    PARTY_CODE)})
            scaled = folder / f"{len(plans):03d}-{path.stem}-x{scale}{'.csv' if fmt == 'csv' else '.parquet'}"
            if fmt == "csv":
                with (readable.open(encoding="utf-8-sig", newline="") as src,
                      scaled.open("w", encoding="utf-8", newline="") as dst):
                    reader, writer = csv.reader(src), csv.writer(dst, lineterminator="\n")
                    writer.writerow(next(reader))
                    rows = list(reader)
                    for copy in range(scale):
                        for row in rows:
                            writer.writerow([_copied(v, copy) if i in keyed else v for i, v in enumerate(row)])
                    del rows
            else:
                table = pq.read_table(readable)
                with pq.ParquetWriter(scaled, table.schema) as writer:
                    for copy in range(scale):
                        columns = [pa.array([_copied(v, copy) for v in table.column(i).to_pylist()], pa.string())
                                   if i in keyed else table.column(i) for i in range(table.num_columns)]
                        writer.write_table(pa.Table.from_arrays(columns, schema=table.schema))
                del table
            if readable != path:
                readable.unlink()
            readable = scaled
        plans.append({"kind": entry.kind, "rel": entry.rel, "path": str(readable), "format": fmt,
                      "columns": len(header), "header": header, "names": names, "fields": fields})
    return plans


def _copied(value: str | None, copy: int) -> str | None:
    """A code or decision number of copy `copy`: codes keep their shape (GB 32100 positions 3-4,
    the province, become the copy's number), other values get a suffix; copy 0 is the original."""
    if not value or copy == 0:
        return value
    if len(value) == 18 and value[2:4].isdigit():
        return value[:2] + f"{copy:02d}" + value[4:]
    return f"{value}-{copy}"


def _cell(value: Any) -> str:
    import datetime as dt

    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _kind_info(kind_name: str) -> dict[str, str]:
    from generator.schema import KINDS

    kind = KINDS[kind_name]
    return {"key": kind.key, "fallback": kind.key_fallback, "issuer": kind.issuer_code,
            "date": kind.decision_date if kind_name != "entities" else "成立日期"}


# -- the three engines ---------------------------------------------------------------------------------

def run_pandas(plans: list[dict[str, Any]], out: Path) -> dict[str, Any]:
    """pandas as the stages use it today: whole frames of Arrow-backed text columns per kind."""
    import pandas as pd

    counts: dict[str, Any] = {}
    for kind in sorted({p["kind"] for p in plans}):
        info = _kind_info(kind)
        frames = []
        for p in (p for p in plans if p["kind"] == kind):
            names = {i: f for f, i in p["fields"].items()}
            if p["format"] == "csv":
                frame = pd.read_csv(p["path"], dtype=str, keep_default_na=False, header=None, skiprows=1,
                                    usecols=sorted(names), encoding="utf-8-sig")
                frame.columns = [names[i] for i in sorted(names)]
            else:
                raw = pd.read_parquet(p["path"])
                frame = pd.DataFrame({names[i]: raw.iloc[:, i].astype("str") for i in sorted(names)})
            frame["_file"] = p["rel"]
            frame["_row"] = range(2, len(frame) + 2)
            frames.append(frame)
        frame = pd.concat(frames, ignore_index=True)
        del frames
        for column in frame.columns[:-2]:
            frame[column] = frame[column].fillna("").str.strip()
        read = len(frame)
        key = frame[info["key"]] if info["key"] in frame else pd.Series("", index=frame.index)
        if info["fallback"] in frame:
            key = key.where(key != "", frame[info["fallback"]])
        date = frame[info["date"]] if info["date"] in frame else pd.Series("", index=frame.index)
        slashed = date.str.match(r"^\d{4}/\d{1,2}/\d{1,2}$")
        if slashed.any():
            iso = pd.to_datetime(date[slashed], format="%Y/%m/%d", errors="coerce").dt.strftime("%Y-%m-%d")
            date = date.mask(slashed, iso.fillna(date[slashed]))
        date = date.str.replace(r"^(\d{4})(\d{2})(\d{2})$", r"\1-\2-\3", regex=True)
        code = frame[PARTY_CODE] if PARTY_CODE in frame else pd.Series("", index=frame.index)
        ok = (key != "") & date.str.match(ISO_DATE) & ((code == "") | code.str.match(USCC_SHAPE))
        frame = frame.assign(_key=key, _date=date)[ok.to_numpy()]
        issuer = frame[info["issuer"]] if info["issuer"] in frame else ""
        frame = frame[~(frame["_key"] + "\x1f" + issuer).duplicated(keep="first")]
        frame = frame.assign(_entity=frame[PARTY_CODE] if PARTY_CODE in frame else "")
        frame = frame.sort_values("_entity", kind="stable")
        frame.to_parquet(out / f"{kind}.parquet", index=False)
        counts[kind] = {"read": read, "accepted": int(ok.sum()), "kept": len(frame),
                        "entities": int(frame["_entity"][frame["_entity"] != ""].nunique())}
        del frame, key, date, code, ok
    return counts


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def run_duckdb(plans: list[dict[str, Any]], out: Path, memory_limit: str, temp: Path) -> dict[str, Any]:
    """DuckDB: each kind one SQL statement from the files to Parquet, spilling to disk past memory_limit."""
    import duckdb

    con = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": str(temp), "threads": 2,
                                 "preserve_insertion_order": True})
    counts: dict[str, Any] = {}
    for kind in sorted({p["kind"] for p in plans}):
        info = _kind_info(kind)
        fields = sorted({f for p in plans if p["kind"] == kind for f in p["fields"]})
        parts = []
        for n, p in enumerate(p for p in plans if p["kind"] == kind):
            if p["format"] == "csv":
                spec = ", ".join(f"'column{i}': 'VARCHAR'" for i in range(p["columns"]))
                source = (f"read_csv({_sql_string(p['path'])}, header=false, skip=1, "
                          f"columns={{{spec}}}, "
                          "quote='\"', escape='\"', strict_mode=false, null_padding=true)")
                col = {f: f'"column{i}"' for f, i in p["fields"].items()}
            else:
                source = f"read_parquet({_sql_string(p['path'])})"
                names = p["names"]
                col = {f: f'"{names[i]}"' for f, i in p["fields"].items()}
            select = ", ".join(f"trim(coalesce(CAST({col[f]} AS VARCHAR), '')) AS \"{f}\"" if f in col else f"'' AS \"{f}\""
                               for f in fields)
            parts.append(f"SELECT {select}, {_sql_string(p['rel'])} AS _file, {n} AS _part, "
                         f"row_number() OVER () + 1 AS _row FROM {source}")
        union = " UNION ALL ".join(parts)
        key = f'"{info["key"]}"' if info["key"] in fields else "''"
        if info["fallback"] in fields:
            key = f"CASE WHEN {key} <> '' THEN {key} ELSE \"{info['fallback']}\" END"
        date = f'"{info["date"]}"' if info["date"] in fields else "''"
        date = (f"CASE WHEN regexp_full_match({date}, '\\d{{4}}/\\d{{1,2}}/\\d{{1,2}}') THEN "
                f"strftime(strptime({date}, '%Y/%m/%d'), '%Y-%m-%d') "
                f"WHEN regexp_full_match({date}, '\\d{{8}}') THEN substr({date},1,4)||'-'||substr({date},5,2)||'-'||substr({date},7,2) "
                f"ELSE {date} END")
        code = f'"{PARTY_CODE}"' if PARTY_CODE in fields else "''"
        issuer = f'"{info["issuer"]}"' if info["issuer"] in fields else "''"
        con.execute(f"CREATE OR REPLACE TEMP TABLE rows_ AS SELECT *, {key} AS _key, {date} AS _date, "
                    f"({key} <> '' AND regexp_full_match({date}, '{ISO_DATE[1:-1]}') AND ({code} = '' OR "
                    f"regexp_full_match({code}, '{USCC_SHAPE[1:-1]}'))) AS _ok FROM ({union})")
        read, accepted = con.execute("SELECT count(*), count(*) FILTER (WHERE _ok) FROM rows_").fetchone()
        con.execute(f"COPY (SELECT * EXCLUDE (_ok, _first), {code} AS _entity FROM ("
                    f"SELECT *, row_number() OVER (PARTITION BY _key, {issuer} ORDER BY _part, _row) AS _first "
                    f"FROM rows_ WHERE _ok) WHERE _first = 1 ORDER BY _entity, _part, _row) "
                    f"TO {_sql_string(str(out / f'{kind}.parquet'))} (FORMAT parquet)")
        kept, entities = con.execute(
            f"SELECT count(*), count(DISTINCT NULLIF(_entity, '')) FROM read_parquet({_sql_string(str(out / f'{kind}.parquet'))})").fetchone()
        counts[kind] = {"read": read, "accepted": accepted, "kept": kept, "entities": entities}
        con.execute("DROP TABLE rows_")
    return counts


def run_polars(plans: list[dict[str, Any]], out: Path) -> dict[str, Any]:
    """Polars: lazy scans of the files, the streaming engine, each kind sunk to Parquet."""
    import polars as pl

    counts: dict[str, Any] = {}
    for kind in sorted({p["kind"] for p in plans}):
        info = _kind_info(kind)
        fields = sorted({f for p in plans if p["kind"] == kind for f in p["fields"]})
        frames = []
        for n, p in enumerate(p for p in plans if p["kind"] == kind):
            if p["format"] == "csv":
                scan = pl.scan_csv(p["path"], has_header=False, skip_rows=1, infer_schema=False,
                                   truncate_ragged_lines=True, encoding="utf8")
                names = [f"column_{i}" for i in range(p["columns"])]
            else:
                scan = pl.scan_parquet(p["path"])
                names = p["names"]
            cols = {f: names[i] for f, i in p["fields"].items()}
            frames.append(scan.with_row_index("_row", offset=2).select(
                *[(pl.col(cols[f]).cast(pl.String).fill_null("").str.strip_chars() if f in cols else pl.lit(""))
                  .alias(f) for f in fields],
                pl.lit(p["rel"]).alias("_file"), pl.lit(n).alias("_part"), pl.col("_row").cast(pl.Int64)))
        rows = pl.concat(frames, how="vertical")
        key = pl.col(info["key"]) if info["key"] in fields else pl.lit("")
        if info["fallback"] in fields:
            key = pl.when(key != "").then(key).otherwise(pl.col(info["fallback"]))
        raw_date = pl.col(info["date"]) if info["date"] in fields else pl.lit("")
        date = (pl.when(raw_date.str.contains(r"^\d{4}/\d{1,2}/\d{1,2}$"))
                .then(raw_date.str.strptime(pl.Date, "%Y/%m/%d", strict=False).dt.strftime("%Y-%m-%d"))
                .when(raw_date.str.contains(r"^\d{8}$"))
                .then(raw_date.str.slice(0, 4) + "-" + raw_date.str.slice(4, 2) + "-" + raw_date.str.slice(6, 2))
                .otherwise(raw_date))
        code = pl.col(PARTY_CODE) if PARTY_CODE in fields else pl.lit("")
        issuer = pl.col(info["issuer"]) if info["issuer"] in fields else pl.lit("")
        rows = rows.with_columns(key.alias("_key"), date.alias("_date"))
        ok = ((pl.col("_key") != "") & pl.col("_date").str.contains(ISO_DATE)
              & ((code == "") | code.str.contains(USCC_SHAPE)))
        tally = rows.select(pl.len().alias("read"), ok.sum().alias("accepted")).collect(engine="streaming")
        kept = (rows.filter(ok).with_columns(issuer.alias("_issuer"))
                .unique(subset=["_key", "_issuer"], keep="first", maintain_order=True)
                .drop("_issuer").with_columns(code.alias("_entity"))
                .sort(["_entity", "_part", "_row"]))
        target = out / f"{kind}.parquet"
        kept.sink_parquet(target, engine="streaming")
        result = pl.scan_parquet(target).select(
            pl.len().alias("kept"), pl.col("_entity").filter(pl.col("_entity") != "").n_unique().alias("entities")
        ).collect(engine="streaming")
        counts[kind] = {"read": int(tally["read"][0]), "accepted": int(tally["accepted"][0]),
                        "kept": int(result["kept"][0]), "entities": int(result["entities"][0])}
    return counts


def run_generator(data: Path) -> dict[str, Any]:
    """The project's own load and validate stages (all checks), for scale."""
    import datetime as dt

    from generator.load import load_sources
    from generator.settings import load_settings
    from generator.validate import validate_records

    sources = load_sources(data)
    validated = validate_records(sources, dt.date(2026, 11, 27), load_settings(None))
    return {k: {"read": v.read, "accepted": len(v.accepted)} for k, v in validated.kinds.items()}


# -- driver ---------------------------------------------------------------------------------------------

def child(args: argparse.Namespace) -> None:
    """One engine in this process; prints one JSON line."""
    started = time.perf_counter()
    out = args.work / f"out-{args.engine}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    if args.engine == "prepare":
        result: Any = prepare(args.data, args.work, args.scale)
        (args.work / "plans.json").write_text(json.dumps(result, ensure_ascii=False))
        result = {"files": len(result)}
    elif args.engine == "generator":
        result = run_generator(args.data)
    else:
        plans = json.loads((args.work / "plans.json").read_text())
        if args.engine == "pandas":
            result = run_pandas(plans, out)
        elif args.engine == "duckdb":
            temp = args.work / "duckdb-spill"
            temp.mkdir(exist_ok=True)
            result = run_duckdb(plans, out, args.memory_limit, temp)
        else:
            result = run_polars(plans, out)
    print(json.dumps({"engine": args.engine, "seconds": round(time.perf_counter() - started, 1),
                      "peak_mb": round(_peak_mb()), "counts": result}, ensure_ascii=False), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--engines", default="pandas,duckdb,polars")
    parser.add_argument("--generator", action="store_true", help="also time the project's own load + validate")
    parser.add_argument("--memory-limit", default="2GB", help="DuckDB's memory_limit (it spills past it)")
    parser.add_argument("--scale", type=int, default=1,
                        help="write every input this many times (copies with their own entities and numbers)")
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine:
        child(args)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    engines = ["prepare", *args.engines.split(","), *(["generator"] if args.generator else [])]
    results = []
    for engine in engines:
        done = subprocess.run([sys.executable, __file__, "--data", str(args.data), "--work", str(args.work),
                               "--memory-limit", args.memory_limit, "--scale", str(args.scale), "--engine", engine],
                              capture_output=True, text=True, env={**os.environ, "POLARS_MAX_THREADS": "2"})
        if done.returncode != 0:
            print(f"{engine} failed:\n{done.stderr[-3000:]}", flush=True)
            continue
        result = json.loads(done.stdout.strip().splitlines()[-1])
        results.append(result)
        print(f"{engine}: {result['seconds']} s, peak RSS {result['peak_mb']} MB", flush=True)
    engines_done = [r for r in results if r["engine"] in ("pandas", "duckdb", "polars")]
    for r in engines_done[1:]:
        if r["counts"] != engines_done[0]["counts"]:
            raise SystemExit(f"{r['engine']} disagrees with {engines_done[0]['engine']}:\n{r['counts']}\n"
                             f"{engines_done[0]['counts']}")
    if engines_done:
        counts = engines_done[0]["counts"]
        print("counts (all engines agree): " + json.dumps(counts, ensure_ascii=False))
    print("\nengine | seconds | peak RSS MB")
    print("--- | --- | ---")
    for r in results:
        print(f"{r['engine']} | {r['seconds']} | {r['peak_mb']}")


if __name__ == "__main__":
    main()
