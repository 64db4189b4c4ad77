"""Person-name recognisers compared on the labelled set (issue 16): recall, precision, speed.

    /work/main/.venv/bin/python bench/bench_names.py [--extra-path DIR] [--repeat N]

For each candidate library that ships its model inside its registry package, two rows:
- `raw`: every word it tags as a person's name (`nr`; thulac's `np`) is a predicted span;
- `combined`: `generator.person_names.find_in_tokens` on its words: the context rules OR its
  name tags, through the filters (surname, 张某, places, organisations, 《》 titles).
Plus `rules only` (context rules on jieba's words, no recogniser). Scoring is by exact span.

Candidates not installed in the venv are looked for in `--extra-path` (e.g. a `pip install --target`
folder), so the comparison can be rerun without adding them to the project. spacy-pkuseg is not a
candidate: its tagger model is downloaded at first use (`spacy_pkuseg/download.py`), which cannot
happen here. Speed is per 1,000 sentences of the labelled set, after loading; import time is the
first call (dictionary or model load) in this process.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import person_names  # noqa: E402
from generator.person_names import Span, Token, find_in_tokens  # noqa: E402

CHOSEN = "rjieba"  # the tagger generator/person_names.py uses
DECISIONS = ROOT / "tests" / "corpus" / "decisions.jsonl"
BOILERPLATE = ROOT / "tests" / "corpus" / "boilerplate.jsonl"  # standard sentences of decisions, no person
CORPORA = (
    ROOT / "tests" / "corpus" / "names_labelled.jsonl",  # the set the rules were tuned on
    ROOT / "tests" / "corpus" / "names_heldout.jsonl",  # measured once the rules stood, then tuned on
    ROOT / "tests" / "corpus" / "names_blind.jsonl",  # written last, never tuned on
)


def _offsets(pairs: list[tuple[str, str]], rename: dict[str, str] | None = None) -> list[Token]:
    out: list[Token] = []
    pos = 0
    for word, tag in pairs:
        tag = (rename or {}).get(tag, tag)
        out.append((pos, pos + len(word), word, tag))
        pos += len(word)
    return out


def load_jieba() -> Callable[[str], list[Token]]:
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return lambda text: _offsets([(p.word, p.flag) for p in jieba.posseg.dt.cut(text)])


def load_rjieba() -> Callable[[str], list[Token]]:
    person_names._load_tagger()
    return person_names.tokens


def load_thulac() -> Callable[[str], list[Token]]:
    import thulac

    model = thulac.thulac()
    # thulac's tags: np person, ns place, ni organisation, nz other proper noun; renamed to PKU's.
    rename = {"np": "nr", "ni": "nt"}
    return lambda text: _offsets([(w, t) for w, t in model.cut(text)], rename)


def load_snownlp() -> Callable[[str], list[Token]]:
    from snownlp import SnowNLP

    return lambda text: _offsets(list(SnowNLP(text).tags))


CANDIDATES: dict[str, tuple[str, Callable[[], Callable[[str], list[Token]]]]] = {
    "jieba": ("jieba", load_jieba),
    "rjieba": ("rjieba", load_rjieba),
    "thulac": ("thulac", load_thulac),
    "snownlp": ("snownlp", load_snownlp),
}


def score(gold: list[set[Span]], predicted: list[list[Span]]) -> tuple[float, float, int, int, int]:
    tp = sum(len(g & set(p)) for g, p in zip(gold, predicted))
    n_pred = sum(len(p) for p in predicted)
    n_gold = sum(len(g) for g in gold)
    recall = tp / n_gold if n_gold else 1.0
    precision = tp / n_pred if n_pred else 1.0
    return recall, precision, tp, n_pred, n_gold


def raw_spans(toks: list[Token]) -> list[Span]:
    return [(s, e) for s, e, _, tag in toks if tag in ("nr", "nrfg")]


def package_size(module: str) -> str:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return "?"
    folder = Path(next(iter(spec.submodule_search_locations)))
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    return f"{size / 2**20:.0f} MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra-path", help="folder with candidates installed by pip --target")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the set for the speed figure")
    parser.add_argument("--errors", action="store_true", help="print the chosen combination's misses")
    parser.add_argument("--texts", type=int, default=10_000, help="decision texts to mask for the speed figure")
    args = parser.parse_args()
    if args.extra_path:
        sys.path.append(args.extra_path)

    taggers: dict[str, tuple[Callable[[str], list[Token]], float, str]] = {}
    for name, (module, loader) in CANDIDATES.items():
        if importlib.util.find_spec(module) is None:
            print(f"{name}: not installed (pip install --target DIR {name}; then --extra-path DIR)")
            continue
        t0 = time.perf_counter()
        tag = loader()
        tag("当事人王建国")
        taggers[name] = (tag, time.perf_counter() - t0, package_size(module))
    for corpus in CORPORA:
        rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts = [r["text"] for r in rows]
        gold = [{(s, e) for s, e in r["names"]} for r in rows]
        print()
        print(f"{corpus.relative_to(ROOT)}: {len(rows)} sentences, {sum(map(len, gold))} names")
        header = (
            f"{'candidate':<22}{'recall':>8}{'precision':>11}{'TP/pred/gold':>16}"
            f"{'ms/1000 sent':>14}{'load s':>8}{'size':>9}"
        )
        print(header)
        print("-" * len(header))
        chosen_tokens = None
        for name, (tag, load, size) in taggers.items():
            t0 = time.perf_counter()
            for _ in range(args.repeat):
                toks = [tag(t) for t in texts]
            per_1000 = (time.perf_counter() - t0) / args.repeat / len(texts) * 1000 * 1000
            if name == CHOSEN:
                chosen_tokens = toks
            for variant, predicted in (
                ("raw", [raw_spans(t) for t in toks]),
                ("combined", [find_in_tokens(x, t) for x, t in zip(texts, toks)]),
            ):
                r, p, tp, n_pred, n_gold = score(gold, predicted)
                print(
                    f"{name + ' ' + variant:<22}{r:>8.3f}{p:>11.3f}{f'{tp}/{n_pred}/{n_gold}':>16}"
                    f"{per_1000:>14.0f}{load:>8.2f}{size:>9}"
                )
        if chosen_tokens is None:
            continue
        predicted = [find_in_tokens(x, t, recogniser=False) for x, t in zip(texts, chosen_tokens)]
        r, p, tp, n_pred, n_gold = score(gold, predicted)
        print(f"{'rules only (' + CHOSEN + ')':<22}{r:>8.3f}{p:>11.3f}{f'{tp}/{n_pred}/{n_gold}':>16}")
        # The chosen combination through its public entry point, timed end to end (pre-check included).
        t0 = time.perf_counter()
        for _ in range(args.repeat):
            person_names._find_cached.cache_clear()  # every pass tags every sentence
            predicted = [person_names.find_person_names(x) for x in texts]
        per_1000 = (time.perf_counter() - t0) / args.repeat / len(texts) * 1000 * 1000
        r, p, tp, n_pred, n_gold = score(gold, predicted)
        print(f"{'find_person_names':<22}{r:>8.3f}{p:>11.3f}{f'{tp}/{n_pred}/{n_gold}':>16}{per_1000:>14.0f}")
        if args.errors:
            for text, g, pred in zip(texts, gold, predicted):
                missed = sorted(g - set(pred))
                wrong = sorted(set(pred) - g)
                if missed or wrong:
                    print("  missed", [text[s:e] for s, e in missed], "wrong", [text[s:e] for s, e in wrong], "|", text)

    # The detector the scrubber runs (recogniser OR the role rule of generator.detect) on the same sets, and
    # the standard sentences of decisions (格式范本 boilerplate after 当事人): sentences changed by the scrubber.
    from generator.deidentify import scrub_text
    from generator.detect import person_name_spans

    print()
    for corpus in CORPORA:
        rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        gold = [{(s, e) for s, e in r["names"]} for r in rows]
        r, p, tp, n_pred, n_gold = score(gold, [person_name_spans(row["text"]) for row in rows])
        print(f"detect.person_name_spans on {corpus.name}: recall {r:.3f} precision {p:.3f} ({tp}/{n_pred}/{n_gold})")
    rows = [json.loads(line) for line in BOILERPLATE.read_text(encoding="utf-8").splitlines() if line.strip()]
    damaged = [r["text"] for r in rows if scrub_text(r["text"]) != r["text"] or scrub_text(r["text"], person=True) != r["text"]]
    print(f"{BOILERPLATE.relative_to(ROOT)}: {len(rows)} standard sentences, {len(damaged)} changed by scrub_text")

    # The chosen combination on whole published decisions (hundreds of characters each), the public tokens
    # they hold checked after masking, and the time per text at the size of a build's free-text cells.
    rows = [json.loads(line) for line in DECISIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [r["text"] for r in rows]
    n = max(args.texts, len(texts))
    batch = (texts * (n // len(texts) + 1))[:n]
    uncached = person_names._find_cached.__wrapped__  # as if every text were new
    t0 = time.perf_counter()
    for t in batch:
        uncached(t)
    elapsed = time.perf_counter() - t0
    person_names._find_cached.cache_clear()
    t0 = time.perf_counter()
    masked = [person_names.mask_person_names(t) for t in batch]
    cached = time.perf_counter() - t0
    destroyed = sum(
        m.count(token) != r["text"].count(token) for m, r in zip(masked, rows) for token in r["public_tokens"]
    )
    chars = sum(map(len, batch))
    print()
    print(
        f"{DECISIONS.relative_to(ROOT)}: {len(rows)} decisions, {sum(len(r['public_tokens']) for r in rows)} public"
        f" tokens, {destroyed} destroyed by mask_person_names"
    )
    print(
        f"mask_person_names on {n} decision texts ({chars / n:.0f} characters each): {elapsed:.2f} s,"
        f" {elapsed / n * 1000:.3f} ms a text, {chars / elapsed / 1e6:.2f} M characters/s, every text new;"
        f" {cached:.2f} s through the cache ({len(texts)} distinct texts repeated)"
    )


if __name__ == "__main__":
    main()
