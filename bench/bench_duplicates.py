"""The duplicate checks across rows (validate.py `_check_duplicates`) on penalties of which a share are decisions
naming two parties (共同违法, one row per party under one 文号) and a share copies of one record in a second export.

    nice -n 10 .venv/bin/python bench/bench_duplicates.py [rows] [co-party share] [copy share] [list]

With `list`, the co-party rows are instead one decision naming them all (a list entered under one 认定文号).

Prints the seconds of the cross-row checks (`finish_kind`) and of the row checks beside them, for the same rows.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.contract import EXTRA_CELLS, FILE, ROW, UNWRITTEN, unwritten_bits  # noqa: E402
from generator.schema import KINDS  # noqa: E402
from generator.settings import load_settings  # noqa: E402
from generator.validate import check_rows, finish_kind  # noqa: E402
from tests.helpers import make_uscc, penalty_row  # noqa: E402


def rows(n: int, co_party: float, copies: float, one_list: bool = False) -> pd.DataFrame:
    kind = KINDS["penalties"]
    out = []
    pairs, copied = int(n * co_party / 2), int(n * copies / 2)
    for i in range(n - pairs * 2 - copied * 2):
        out.append(penalty_row(行政处罚决定书文号=f"甘州市监罚〔2026〕{i}号", 统一社会信用代码=make_uscc(10_000 + i)))
    for j in range(pairs):
        no = "甘州市监罚〔2026〕共1号" if one_list else f"甘州市监罚〔2026〕共{j}号"
        out.append(penalty_row(行政处罚决定书文号=no, 统一社会信用代码=make_uscc(200_000 + 2 * j)))
        out.append(penalty_row(行政处罚决定书文号=no, 统一社会信用代码=make_uscc(200_001 + 2 * j), 罚款金额="0.5"))
    for j in range(copied):
        no = f"甘州市监罚〔2026〕复{j}号"
        out.append(penalty_row(行政处罚决定书文号=no, 统一社会信用代码=make_uscc(400_000 + j)))
        out.append(penalty_row(行政处罚决定书文号=no, 统一社会信用代码=make_uscc(400_000 + j), 处罚有效期="长期"))
    frame = pd.DataFrame([{name: r.get(name, "") for name in kind.names} for r in out], dtype="str")
    frame[FILE] = "penalties/p.csv"
    frame[ROW] = range(2, len(frame) + 2)
    frame[EXTRA_CELLS] = False
    frame[UNWRITTEN] = 0
    copies_at = frame[kind.key].str.contains("复") & (frame[ROW] % 2 == 1)
    frame.loc[copies_at, UNWRITTEN] = unwritten_bits(kind, set(kind.names) - {"处罚有效期"})
    return frame


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    co_party = float(sys.argv[2]) if len(sys.argv) > 2 else 0.1
    copies = float(sys.argv[3]) if len(sys.argv) > 3 else 0.05
    kind, settings, as_of = KINDS["penalties"], load_settings(), dt.date(2026, 11, 27)
    one_list = len(sys.argv) > 4 and sys.argv[4] == "list"
    frame = rows(n, co_party, copies, one_list)
    started = time.perf_counter()
    checked = check_rows(kind, frame, as_of, settings)
    row_checks = time.perf_counter() - started
    started = time.perf_counter()
    valid, problems = finish_kind(kind, [checked], frame.iloc[:0], as_of, settings)
    across = time.perf_counter() - started
    codes = pd.Series([p.code for p in problems]).value_counts().to_dict()
    print(f"rows {n:,}  co-party share {co_party}{' (one decision)' if one_list else ''}  copy share {copies}")
    print(f"row checks {row_checks:.2f} s   cross-row checks {across:.2f} s   accepted {len(valid.accepted):,}")
    print("problems", {k: v for k, v in codes.items() if k in ("decision-several-parties", "duplicate-record",
                                                               "conflicting-duplicate")})


if __name__ == "__main__":
    main()
