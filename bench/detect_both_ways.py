"""The detector's windowed passes against its whole-text passes, on real outputs and real builds.

    .venv/bin/python bench/detect_both_ways.py site DIR
    .venv/bin/python bench/detect_both_ways.py build --data DIR --out ... --report ... --state ... [build options]

`site`: every file under DIR, decoded as the leak gate reads it (`scan._Doc.of_raw`), is searched
with `detect.find` both ways (the windowed way even below `WINDOWED_FROM`); prints the files, the
characters, the hits, the texts whose hits differ and the CPU seconds of each way.

`build`: runs `generator build` in this one process (no worker processes) with every `detect.find`
call of the build (the scrubber, the report, the leak gate) made both ways; the build uses the
windowed way's answer and the differing calls are printed at the end (and make the exit code 3).

Both must report 0 differing: the windowed passes are a speed-up only (detect.py, "windows").
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _site(site: Path) -> None:
    from generator import detect, scan

    detect.find("warm-up " * 1000, names=False)
    files = chars = hits = differ = 0
    whole_s = windowed_s = 0.0
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        try:
            text = scan._Doc.of_raw(path.read_bytes()).text
        except Exception:  # noqa: BLE001 - the gate reports an unreadable output itself
            continue
        if len(text) > detect.WINDOWED_UP_TO:
            continue
        files, chars = files + 1, chars + len(text)
        detect.WINDOWED_FROM = len(text) + 1
        start = time.process_time()
        whole = detect.find(text, names=False)
        whole_s += time.process_time() - start
        detect.WINDOWED_FROM = 0
        start = time.process_time()
        windowed = detect.find(text, names=False)
        windowed_s += time.process_time() - start
        hits += len(whole)
        if whole != windowed:
            differ += 1
            print("differs:", path.relative_to(site), len(whole), len(windowed))
    print(f"files {files:,} | M chars {chars / 1e6:.1f} | hits {hits:,} | differing {differ} | "
          f"whole-text {whole_s:.1f} s | windowed {windowed_s:.1f} s")


def _build(args: list[str]) -> int:
    import generator.workers as workers

    workers.worker_count = lambda: 1  # every call in this process, where it is compared
    import generator.detect as detect

    one_way = detect.find
    counts = {"calls": 0, "long": 0, "hits": 0, "differing": 0}

    def both_ways(text: str, person: bool = False, document: str = "", names: bool | None = None) -> list[detect.Hit]:
        found = one_way(text, person, document, names)
        saved = detect.WINDOWED_FROM
        detect.WINDOWED_FROM = 0 if len(text) < saved else len(text) + 1
        try:
            other = one_way(text, person, document, names)
        finally:
            detect.WINDOWED_FROM = saved
        counts["calls"] += 1
        counts["long"] += len(text) >= saved
        counts["hits"] += len(found)
        if found != other:
            counts["differing"] += 1
            print(f"differs: a text of {len(text)} characters: {len(found)} / {len(other)} hits", file=sys.stderr)
        return found

    detect.find = both_ways  # type: ignore[assignment]  (before the stages import it by name)
    from generator.cli import main

    sys.argv = ["generator", "build", *args]
    code = 0
    try:
        main()
    except SystemExit as stop:
        code = int(stop.code or 0)
    print(f"find calls {counts['calls']:,} (long {counts['long']:,}) | hits {counts['hits']:,} | "
          f"differing {counts['differing']} | build exit {code}")
    return 3 if counts["differing"] else code


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "site":
        _site(Path(sys.argv[2]))
    elif len(sys.argv) >= 2 and sys.argv[1] == "build":
        sys.exit(_build(sys.argv[2:]))
    else:
        sys.exit(__doc__)
