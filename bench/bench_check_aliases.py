"""What the check index's older codes (工商注册号, 组织机构代码: generator/check.py ``check_aliases``) cost.

    .venv/bin/python bench/bench_check_aliases.py [--sizes 10000,100000] [--regno-share 0.3]

For N synthetic entities (bench/bench_check.py ``synthetic_decided``: the same published records the
check benchmark uses), a share of them also published with a 15-digit 工商注册号 beside the credit
code, it prints the time of ``check_facts``, of ``check_aliases`` (the 组织机构代码 of every credit
code, the published registration numbers, and the leak detector run on each digit code of 10 or more
digits) and the files and bytes of check/ written without and with the older codes.

Then the same with the state's memo of the detector's answers (``AliasMemo``, in a temporary folder):
a first build (every number new: the detector runs on each, the memo is written) and a 1% update (1% of
the entities' registration numbers replaced by new ones, the memo read back: the detector runs on those
only), each checked to give the aliases a build without the memo gives.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_check import synthetic_decided  # noqa: E402
from generator.check import AliasMemo, check_aliases, check_facts, write_check_index  # noqa: E402
from generator.contract import REG_NO_FIELD  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--regno-share", type=float, default=0.3)
    args = parser.parse_args()
    print("entities | reg. numbers | check_facts s | check_aliases s | aliases | check/ files, MB without | with"
          " | with the memo: first build s | 1% update s (update without the memo s)")
    for n in (int(s) for s in args.sizes.split(",")):
        decided, entities = synthetic_decided(n)
        rng = random.Random(n)
        registry = decided.frames["entities"]
        registry[REG_NO_FIELD] = ["620702" + str(rng.randint(6, 9)) + f"{rng.randrange(10 ** 8):08d}"
                                  if rng.random() < args.regno_share else "" for _ in range(len(registry))]
        started = time.perf_counter()
        facts = check_facts(decided, entities, "2026-11-27")
        facts_s = time.perf_counter() - started
        started = time.perf_counter()
        aliases = check_aliases(decided, facts)
        aliases_s = time.perf_counter() - started
        sizes = []
        for given in (None, aliases):
            with tempfile.TemporaryDirectory() as tmp:
                written = write_check_index(facts, Path(tmp) / "check", "2026-11-27", "bench", aliases=given)
                sizes.append(f"{written['files']:,}, {written['bytes'] / 1e6:.1f}")
        regnos = sum(1 for v in registry[REG_NO_FIELD] if v)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "aliases-bench.parquet"
            started = time.perf_counter()
            memo = AliasMemo(path, b"k" * 32)
            assert check_aliases(decided, facts, memo) == aliases
            memo.save()
            first_s = time.perf_counter() - started
            numbers = registry[REG_NO_FIELD].tolist()
            for row in rng.sample(range(len(numbers)), max(1, len(numbers) // 100)):  # 1% of the entities
                numbers[row] = "620702" + str(rng.randint(6, 9)) + f"{rng.randrange(10 ** 8):08d}"
            registry[REG_NO_FIELD] = numbers
            decided.forget_published()
            started = time.perf_counter()
            plain = check_aliases(decided, facts)
            plain_s = time.perf_counter() - started
            started = time.perf_counter()
            memo = AliasMemo(path, b"k" * 32)
            assert check_aliases(decided, facts, memo) == plain
            memo.save()
            update_s = time.perf_counter() - started
        print(f"{n:,} | {regnos:,} | {facts_s:.2f} | {aliases_s:.2f} | {len(aliases):,} | {sizes[0]} | {sizes[1]}"
              f" | {first_s:.2f} | {update_s:.2f} ({plain_s:.2f})", flush=True)


if __name__ == "__main__":
    main()
