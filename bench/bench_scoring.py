"""Score a seeded batch of generated profiles on one process and print profiles per second.

    .venv/bin/python bench/bench_scoring.py [--n 100000] [--seed 7] [--repeat 3]

Figures, each on the same generated profiles:
- `Profile.from_facts` (parsing, timed apart from scoring);
- `assess()` one profile at a time (every number: needs, risk, affordability, value,
  composite, decision);
- `assess_batch()` on the whole list (the same numbers computed column-wise with numpy,
  returned as Assessments), the path issue 4's target (>= 20,000 profiles/s on one core)
  is measured on; and `assess_batch()` from the raw fact dicts, parsing included;
- the full agent JSON (`.to_dict()`: reasons, evidence and the ranked missing facts, which
  reruns the numbers per missing fact) from `assess()`, and from
  `assess_batch(missing=True)`, which scores all those what-if probes column-wise too.
Each figure is the median of ``--repeat`` runs, by the wall clock and by the process's
CPU time: on a shared machine the CPU figure is what one core does, the wall figure what
this process got. The process is single-threaded (numpy's element-wise arithmetic does
not use threads).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from needscout.facts import FACTS  # noqa: E402
from scoring import Profile, assess, load_rules  # noqa: E402

TARGET = 20_000  # issue 4: profiles per second on one core, batch of 100,000


def _pick(rng: random.Random, name: str) -> Any:
    return rng.choice(FACTS[name].values)


def generate(rng: random.Random) -> dict[str, Any]:
    """One plausible prospect; about one optional fact in ten is missing, as after an interview."""
    age = rng.randint(18, 75)
    n_children = rng.choice((0, 0, 1, 2, 2, 3))
    income = round(rng.lognormvariate(11.0, 0.6), -2)
    facts: dict[str, Any] = {
        "age": age, "marital_status": _pick(rng, "marital_status"), "children_count": n_children,
        "children_ages": [rng.randint(0, 25) for _ in range(n_children)],
        "dependent_parents": rng.choice((0, 0, 0, 1, 2)), "spouse_income": rng.choice((0.0, income * 0.6)),
        "occupation_class": rng.choice((1, 1, 1, 2, 2, 3, 4)),
        "employment_type": rng.choice(("employed",) * 6 + ("self_employed", "business_owner", "unemployed",
                                                           "retired", "student", "homemaker")),
        "years_in_job": float(rng.randint(0, 20)), "job_changes_5y": rng.randint(0, 5),
        "annual_income": income, "income_stability": rng.choice(("stable", "stable", "variable")),
        "monthly_expenses": round(income / 12 * rng.uniform(0.3, 0.9)),
        "mortgage_balance": rng.choice((0.0, round(income * rng.uniform(1, 5), -3))),
        "other_debts": rng.choice((0.0, float(rng.randint(1, 60)) * 1000)),
        "liquid_savings": float(rng.randint(0, 100)) * 1000,
        "monthly_premium_budget": float(rng.choice((50, 100, 200, 400, 800))),
        "smoker": rng.random() < 0.15, "alcohol": _pick(rng, "alcohol"), "exercise": _pick(rng, "exercise"),
        "height_cm": float(rng.randint(150, 195)), "weight_kg": float(rng.randint(48, 130)),
        "conditions": rng.sample(FACTS["conditions"].values, rng.choice((0, 0, 0, 1, 2))),
        "hospitalized_5y": rng.random() < 0.1,
        "family_history": rng.sample(FACTS["family_history"].values, rng.choice((0, 0, 1))),
        "hazardous_hobbies": rng.sample(FACTS["hazardous_hobbies"].values, rng.choice((0, 0, 0, 0, 1))),
        "existing_life_cover": rng.choice((0.0, 100000.0, 250000.0)),
        "existing_ci_cover": rng.choice((0.0, 0.0, 50000.0)), "has_medical_cover": rng.random() < 0.5,
        "existing_accident_cover": 0.0, "claims_5y": rng.choice((0, 0, 0, 1, 2)),
        "goals": rng.sample(FACTS["goals"].values, 2), "concerns": rng.sample(FACTS["concerns"].values, 1),
        "asked_about_exclusions": rng.random() < 0.05, "beneficiary_relation": _pick(rng, "beneficiary_relation"),
        "referral_potential": _pick(rng, "referral_potential"),
    }
    if rng.random() < 0.05:
        facts["requested_cover"] = round(income * rng.uniform(5, 40), -3)
    for name in list(facts):
        if name not in ("age", "annual_income") and rng.random() < 0.1:
            del facts[name]
    return facts


def timed(run: Callable[[], None], n: int, repeat: int) -> tuple[str, float]:
    """Median profiles/s over ``repeat`` runs, by wall clock and by CPU time; and the CPU rate."""
    wall, cpu = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        run()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    w, c = statistics.median(wall), statistics.median(cpu)
    return (f"{n / w:>7,.0f} profiles/s wall ({w:.2f} s), {n / c:>7,.0f} profiles/s CPU ({c:.2f} s)",
            n / c)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--full-n", type=int, default=10_000, help="profiles for the full-JSON figures")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure; the median is printed")
    args = ap.parse_args()
    from scoring.batch import assess_batch  # here: check_scoring_equivalence imports generate() on old trees

    rng = random.Random(args.seed)
    raw = [generate(rng) for _ in range(args.n)]
    rules = load_rules()
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs (one process, one thread), Python {platform.python_version()}, "
          f"numpy {np.__version__}, load average {os.getloadavg()[0]:.1f} at start; "
          f"median of {args.repeat} runs")

    profiles: list[Profile] = []
    n_full = min(args.full_n, args.n)

    def parse() -> None:
        profiles[:] = [Profile.from_facts(f) for f in raw]

    def numbers() -> None:
        for p in profiles:
            assess(p, rules)

    def batch() -> None:
        assess_batch(profiles, rules)

    def batch_from_facts() -> None:
        assess_batch(raw, rules)

    def full() -> None:
        for p in profiles[:n_full]:
            assess(p, rules).to_dict()

    def full_batch() -> None:
        for a in assess_batch(profiles[:n_full], rules, missing=True):
            a.to_dict()

    print(f"Profile.from_facts              {timed(parse, args.n, args.repeat)[0]}")
    print(f"assess() one by one             {timed(numbers, args.n, args.repeat)[0]}  on {args.n:,} profiles")
    line, rate = timed(batch, args.n, args.repeat)
    print(f"assess_batch() (numpy columns)  {line}  on {args.n:,} profiles")
    print(f"assess_batch(fact dicts)        {timed(batch_from_facts, args.n, args.repeat)[0]}  "
          f"parsing included")
    print(f"assess().to_dict()              {timed(full, n_full, args.repeat)[0]}  on {n_full:,} profiles "
          f"(words + ranked missing facts)")
    print(f"assess_batch(missing=True)      {timed(full_batch, n_full, args.repeat)[0]}  on {n_full:,} profiles "
          f"+ .to_dict() (probes column-wise)")
    verdict = "MET" if rate >= TARGET and args.n >= 100_000 else "NOT met"
    print(f"target >= {TARGET:,} profiles/s on one core (CPU time), batch of 100,000 via assess_batch(): "
          f"{rate:,.0f}/s, {verdict}")
    decisions = Counter(a.decision for a in assess_batch(profiles, rules))
    print("decisions:", ", ".join(f"{k} {v / args.n:.1%}" for k, v in sorted(decisions.items())))
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
