"""Check that scoring gives the same JSON as an earlier commit, and the batch path the same as assess().

    .venv/bin/python bench/check_scoring_equivalence.py [--baseline REV] [--n 2000] [--seed 11]

Takes `scoring/` at ``REV`` (git archive, default HEAD) into a temporary folder, scores
the golden profiles and ``n`` seeded random ones there and here, and compares every
`to_dict()` (plus `prospect_view()` and a cohort comparison). Then scores the same
profiles here with `assess_batch(missing=True)` (numbers and what-if probes column-wise)
and with `assess()` one at a time and compares the
headline numbers (composite, tier, risk class, decision, ceiling, confidence: ``==``,
types included) and every `to_dict()`. Exits 1 naming the first profiles that differ.
The random profiles mix full and thin ones, low-confidence, declined and changed
answers, and sources, so every branch of the ranking is probed.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "data" / "scoring" / "golden.jsonl"


def varied(rng: random.Random, facts: dict[str, Any]) -> dict[str, Any]:
    """Thin some profiles out; give some facts a confidence, a source, a decline or an earlier answer."""
    keep = rng.choice((1.0, 1.0, 0.7, 0.3))
    out: dict[str, Any] = {}
    for i, (name, value) in enumerate(facts.items()):
        if name != "age" and rng.random() > keep:
            continue
        roll = rng.random()
        if roll < 0.05:
            out[name] = {"declined": True}
        elif roll < 0.15:
            out[name] = {"value": value, "confidence": rng.choice((0.3, 0.55, 0.8, 1.0))}
        elif roll < 0.25:
            out[name] = {"value": value, "source": {"message_id": f"m{i}", "span": [i, i + 3]}}
        elif roll < 0.28 and not isinstance(value, (list, bool)):
            out[name] = {"value": value, "previous": [{"value": "earlier", "source": {"message_id": "m0"}}]}
        else:
            out[name] = value
    if rng.random() < 0.1:
        out["requested_cover"] = float(rng.choice((100_000, 1_000_000, 5_000_000)))
    if rng.random() < 0.05:
        out["asked_about_exclusions"] = True
    return out


def sample(n: int, seed: int) -> list[dict[str, Any]]:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_scoring import generate  # the benchmark's generator, then varied

    rng = random.Random(seed)
    rows = [json.loads(line)["facts"] for line in GOLDEN.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    rows += [{}, {"age": 16, "annual_income": 10000}, {"age": 80}, {"annual_income": 0.0}]
    return rows + [varied(rng, generate(rng)) for _ in range(n)]


def dump(n: int, seed: int) -> list[str]:
    """Every profile's views as one canonical JSON line, with whichever `scoring` is imported."""
    from scoring import assess, load_rules

    rules = load_rules()
    lines, done = [], []
    for facts in sample(n, seed):
        a = assess(facts, rules, peers=done[-40:])
        done.append(a.to_dict())
        lines.append(json.dumps({"agent": done[-1], "prospect": a.prospect_view()}, sort_keys=True))
    return lines


def baseline(rev: str, n: int, seed: int) -> list[str]:
    """dump() run in a subprocess on `scoring/` as it was at ``rev``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev, "scoring"],
                             capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp)
        code = (f"import sys; sys.path[:0] = [{tmp!r}, {str(ROOT)!r}, {str(ROOT / 'bench')!r}]; "
                f"from check_scoring_equivalence import dump; "
                f"sys.stdout.write('\\n'.join(dump({n}, {seed})))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             cwd=tmp)
    return out.stdout.split("\n")


def batch_differences(n: int, seed: int) -> tuple[int, list[int]]:
    """(profiles, indexes where assess_batch() and assess() differ) on the same sample."""
    from scoring import assess, load_rules
    from scoring.batch import assess_batch

    rules = load_rules()
    rows = sample(n, seed)
    differ = []
    for i, (facts, b) in enumerate(zip(rows, assess_batch(rows, rules, missing=True))):
        a = assess(facts, rules)
        heads = [(x.composite_score, x.tier, x.risk_class, x.decision, x.premium_ceiling, x.confidence)
                 for x in (a, b)]
        if ([[(type(v), v) for v in h] for h in heads][0] != [[(type(v), v) for v in h] for h in heads][1]
                or json.dumps(a.to_dict(), sort_keys=True) != json.dumps(b.to_dict(), sort_keys=True)):
            differ.append(i)
    return len(rows), differ


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="HEAD", help="git revision to compare against")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    before = baseline(args.baseline, args.n, args.seed)
    sys.path.insert(0, str(ROOT))
    after = dump(args.n, args.seed)
    differ = [i for i, (x, y) in enumerate(zip(before, after)) if x != y]
    if len(before) != len(after) or differ:
        print(f"DIFFERENT: {len(differ)} of {len(after)} profiles (first: {differ[:10]})")
        for i in differ[:2]:
            print("before:", before[i][:2000], "\nafter: ", after[i][:2000], sep="\n")
        return 1
    print(f"identical: {len(after)} profiles (golden + {args.n} random, seed {args.seed}) "
          f"against scoring/ at {args.baseline}")
    total, differ = batch_differences(args.n, args.seed)
    if differ:
        print(f"DIFFERENT: assess_batch(missing=True) and assess() differ on {len(differ)} of {total} profiles "
              f"(first: {differ[:10]})")
        return 1
    print(f"identical: assess_batch(missing=True) and assess() on the same {total} profiles "
          f"(headline numbers with their types, and every to_dict())")
    return 0


if __name__ == "__main__":
    sys.exit(main())
