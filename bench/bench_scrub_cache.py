"""CPU seconds of de-identification (the 去除个人信息 stage) with and without the scrub cache.

    .venv/bin/python bench/bench_scrub_cache.py [--sizes 10000,30000] [--keep DIR]

For each N: a synthetic data folder of N entities (scripts/make_sample.py) and its 1% update
(bench_build.update_one_percent), each loaded and validated once (not timed). Then, in this
process, `deidentify_records` as the build calls it, timed with `time.process_time` (the stage
runs in the build's own process), the cache's `save` included, after one run not counted (what a
process pays once: rjieba's dictionary, the detector's tables):

- off: `CREDITSITE_SCRUB_CACHE=off`, each column scrubs its own distinct texts (before the cache);
- memo: one memo for the whole build, no file;
- full: the cache on, an empty state folder (a first build: it writes the file);
- again: the same data again (every text found in the file);
- update: the 1% update, with the state the full build left (what a daily update pays);
- update off: the update without the cache, whose frames must equal the cached run's.

The whole build's figures (and its byte-identical check) come from bench_build.py --scrub-cache on,off.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_build import AS_OF, sample_folder, update_one_percent  # noqa: E402 (run as bench/bench_scrub_cache.py: bench/ is on the path)

from generator.deidentify import Deidentified, deidentify_records, site_chrome  # noqa: E402
from generator.load import load_sources  # noqa: E402
from generator.scrub_cache import ENVIRONMENT, ScrubCache  # noqa: E402
from generator.settings import load_settings  # noqa: E402
from generator.validate import validate_records  # noqa: E402

SECRET = b"bench scrub cache secret 32 byte"


def stage(data: Path, state: Path | None, mode: str) -> tuple[float, Deidentified, ScrubCache | None]:
    """De-identify one data folder as the build does; CPU seconds, the result and the cache used."""
    settings = load_settings(None, data)
    sources = load_sources(data)
    validated = validate_records(sources, dt.date.fromisoformat(AS_OF), settings)
    chrome = site_chrome(settings.site_title, settings.publisher, settings.licence_title)
    os.environ[ENVIRONMENT] = mode
    started = time.process_time()
    cache = ScrubCache(state, "bench", SECRET) if state is not None else None
    result = deidentify_records(validated, sources, chrome, key_secret=SECRET, scrub_cache=cache,
                                public_numbers=[settings.contact.phone])
    if cache is not None:
        cache.save()
    return time.process_time() - started, result, cache


def same(a: Deidentified, b: Deidentified) -> bool:
    return a.frames.keys() == b.frames.keys() and all(a.frames[k].equals(b.frames[k]) for k in a.frames)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,30000")
    parser.add_argument("--keep", type=Path, default=None, help="keep (and reuse) the data folders here")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-scrub-"))
    print("entities | off s | memo s | full s | again s | update s | update off s | update equal | file MB")
    print("--- | --- | --- | --- | --- | --- | --- | --- | ---")
    sizes = [int(s) for s in args.sizes.split(",")]
    for n in sizes:
        data, updated = sample_folder(base, n), base / f"data-{n}-update"
        if not updated.is_dir():
            update_one_percent(data, updated)
        state = base / f"scrub-state-{n}"
        shutil.rmtree(state, ignore_errors=True)
        if n == sizes[0]:
            stage(data, None, "off")  # not counted: what the first call pays once (rjieba's dictionary, tables)
        off, _, _ = stage(data, None, "off")
        memo, _, _ = stage(data, None, "memo")
        full, _, _ = stage(data, state, "on")
        again, _, _ = stage(data, state, "on")
        shutil.rmtree(state)
        stage(data, state, "on")  # the state a full build of the data leaves
        update, cached, cache = stage(updated, state, "on")
        update_off, plain, _ = stage(updated, None, "off")
        size = (state / "cache.bin").stat().st_size / 1e6
        assert cache is not None
        print(f"{n:,} | {off:.1f} | {memo:.1f} | {full:.1f} | {again:.1f} | {update:.1f} ({cache.misses:,} of "
              f"{cache.hits + cache.misses:,} scrubbed) | {update_off:.1f} | {'yes' if same(cached, plain) else 'NO'} | "
              f"{size:.1f}", flush=True)
    os.environ.pop(ENVIRONMENT, None)
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
