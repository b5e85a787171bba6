"""Benchmark the fact extractor on the labelled corpus and measure its speed.

    .venv/bin/python bench/bench_extraction.py [--half dev|dev2|...|dev26|heldout] [--errors N] [--no-speed] [--runs N]

For each half present under tests/data/extraction/ it prints per-fact precision,
recall and F1 and the overall micro-F1: ``dev`` (the first tuning set), ``dev2`` (a
second tuning set written later, stressing goals, concerns, referrals, tenure, budgets,
marital wording and occupations), ``dev3`` (a third, written before it was run, from
chat phrasings: worries with and without a concern, goals, referrals, job titles),
``dev4`` (a fourth, written before it was run: beneficiaries, requested cover, tenure,
budgets, existing cover, worries, referrals, dependants), ``dev5`` (a fifth, written
before it was run: objections and their near-misses, referrals, tenure, cover held;
its labelling notes are in DEV5.md), ``dev6`` (a sixth, written before it was run:
long life-story messages, many Englishes, hedges and corrections, lay health words;
notes in DEV6.md), ``dev7`` (a seventh, written before it was run: a general sample
of an interview, every fact; notes in DEV7.md), ``dev8`` to ``dev26`` (later sets, each
written before it was run; notes in DEV8.md to DEV26.md) and ``heldout`` (never tuned on). Then utterances per
second on one core (single process, warm pipeline, dev + dev2 repeated; median of
--runs runs). Matching rules: lists compare as sets,
numbers within 1% or 0.5 (whichever is larger), occupations after mapping both sides
through the curated title table (synonyms name the same occupation), declines count as
no value.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from needscout.settings import silence_tensorflow  # noqa: E402

silence_tensorflow()  # the extractor's imports pull in TensorFlow through rasa_sdk's deps
os.environ.setdefault("NEEDSCOUT_STRICT_EXTRACTION", "1")  # count a component's crash, don't hide it

from bot.actions.extraction import extract  # noqa: E402
from bot.actions.extraction.resources import occupations  # noqa: E402

DATA = ROOT / "tests" / "data" / "extraction"
HALVES = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "heldout")


def load(half: str) -> list[dict]:
    path = DATA / f"{half}.jsonl"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def same(name: str, gold: object, pred: object) -> bool:
    """True when a predicted value counts as the labelled one (see module docstring)."""
    if isinstance(gold, bool) or isinstance(pred, bool):
        return isinstance(gold, bool) and isinstance(pred, bool) and gold == pred
    if isinstance(gold, list) and isinstance(pred, list):
        return {_key(v) for v in gold} == {_key(v) for v in pred}
    if isinstance(gold, (int, float)) and isinstance(pred, (int, float)):
        return abs(gold - pred) <= max(0.5, 0.01 * abs(gold))
    if isinstance(gold, str) and isinstance(pred, str):
        if name == "occupation":
            return _occupation(gold) == _occupation(pred)
        return gold.strip().lower() == pred.strip().lower()
    return gold == pred


def _key(v: object) -> object:
    return round(v, 1) if isinstance(v, float) else v


def _occupation(title: str) -> str:
    hit = occupations().lookup(title.strip().lower())
    return hit.title if hit else title.strip().lower()


def score(rows: list[dict], today: dt.date, show_errors: int = 0) -> tuple[dict[str, Counter], float]:
    counts: dict[str, Counter] = {}
    shown = 0
    for row in rows:
        got = extract(row["text"], expect=row.get("expect"), today=today)
        pred = {k: f.value for k, f in got.items() if not f.declined}
        gold = row.get("facts") or {}
        wrong = []
        for name in set(gold) | set(pred):
            c = counts.setdefault(name, Counter())
            if name in gold and name in pred and same(name, gold[name], pred[name]):
                c["tp"] += 1
                continue
            if name in pred:
                c["fp"] += 1
            if name in gold:
                c["fn"] += 1
            wrong.append((name, gold.get(name, "-"), pred.get(name, "-")))
        if wrong and shown < show_errors:
            shown += 1
            print(f"  {row['id']} expect={row.get('expect')} {row['text'][:90]!r}")
            for name, g, p in sorted(wrong, key=str):
                print(f"      {name}: gold={g} got={p}")
    tp = sum(c["tp"] for c in counts.values())
    fp = sum(c["fp"] for c in counts.values())
    fn = sum(c["fn"] for c in counts.values())
    micro = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return counts, micro


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(half: str, rows: list[dict], counts: dict[str, Counter], micro: float) -> None:
    print(f"\n== {half}: {len(rows)} utterances ==")
    print(f"{'fact':26} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
    for name in sorted(counts, key=lambda n: prf(counts[n])[2]):
        p, r, f = prf(counts[name])
        print(f"{name:26} {p:6.3f} {r:6.3f} {f:6.3f} {counts[name]['tp'] + counts[name]['fn']:5d}")
    print(f"{'micro-F1':26} {micro:20.3f}")


def speed(rows: list[dict], minimum: int = 3000) -> tuple[float, float]:
    """Utterances per second (wall clock, and per CPU-second of this process), one
    process pinned to one core, pipeline already warm. CPU time is the fairer figure on
    a shared machine; wall time is what a caller waits.
    """
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {_idlest_cpu()})
        except OSError:
            pass
    texts = [(r["text"], r.get("expect")) for r in rows] or [("I'm 35 and make 85k", None)]
    for text, expect in texts[:50]:
        extract(text, expect=expect)
    reps = max(1, minimum // len(texts))
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(reps):
        for text, expect in texts:
            extract(text, expect=expect)
    elapsed, cpu_elapsed = time.perf_counter() - start, time.process_time() - cpu
    n = reps * len(texts)
    return n / elapsed, n / cpu_elapsed


def _idlest_cpu(window: float = 0.3) -> int:
    """The allowed core with the most idle time over ``window`` seconds (Linux /proc/stat),
    so a shared machine's busy core (e.g. a Rasa training run) is not the one measured.
    """
    allowed = sorted(os.sched_getaffinity(0))

    def idle() -> dict[int, int]:
        out = {}
        try:
            with open("/proc/stat", encoding="ascii") as fh:
                for line in fh:
                    name, *fields = line.split()
                    if name.startswith("cpu") and name[3:].isdigit():
                        out[int(name[3:])] = int(fields[3]) + int(fields[4])  # idle + iowait
        except OSError:
            pass
        return out

    before = idle()
    time.sleep(window)
    after = idle()
    return max(allowed, key=lambda c: after.get(c, 0) - before.get(c, 0))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=HALVES, action="append", help="only this half (repeatable)")
    parser.add_argument("--errors", type=int, default=0, help="print the first N utterances with errors")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--runs", type=int, default=5, help="speed runs; the best and the median are reported")
    args = parser.parse_args(argv)
    today = dt.date.today()
    t0 = time.perf_counter()
    extract("warm up")
    print(f"pipeline built in {time.perf_counter() - t0:.2f} s; today={today}; {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    for half in args.half or HALVES:
        rows = load(half)
        if not rows:
            print(f"\n== {half}: not present ==")
            continue
        counts, micro = score(rows, today, args.errors)
        report(half, rows, counts, micro)
    if not args.no_speed:
        rows = load("dev") + load("dev2")
        runs = [speed(rows) for _ in range(max(1, args.runs))]
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        # On a shared VM other tenants only ever slow a run down, so the best run is the
        # code's own speed (as timeit advises) and the median is what a caller may see.
        best = max(r[1] for r in runs)
        print(f"\nspeed: {best:,.0f} utterances per CPU-second at best, {cpu:,.0f} median, {wall:,.0f}/s median wall clock, one core "
              f"(wall clock of {len(runs)} runs: {', '.join(f'{r[0]:,.0f}' for r in runs)}; dev + dev2 repeated, "
              f"warm pipeline; load average {', '.join(f'{x:.1f}' for x in os.getloadavg())})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
