"""What-if probes reuse the stages a fact cannot reach: the declared reads must be true.

Each stage runs on a situation that records which facts it reads; every read fact must
be in the stage's declared set (evaluate.py), or a probe would reuse a stale figure.
And a probe evaluated with its base must equal the same probe evaluated from scratch.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from scoring import Profile
from scoring.affordability import assess_affordability
from scoring.composite import components
from scoring.completeness import _candidates
from scoring.evaluate import (AFFORD_READS, COMPONENT_READS, FLAG_READS, NEEDS_READS, RISK_READS,
                              VALUE_READS, evaluate)
from scoring.flags import moral_hazard_flags
from scoring.needs import analyse_needs
from scoring.risk import assess_risk
from scoring.situation import probe_value, situation
from scoring.tables import tables_for
from scoring.value import assess_value

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "scoring" / "golden.jsonl"


class Recorded(dict):
    """A situation that notes every fact read from it."""

    def __init__(self, v: dict[str, Any]) -> None:
        super().__init__(v)
        self.read: set[str] = set()

    def __getitem__(self, key: str) -> Any:
        self.read.add(key)
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self.read.add(key)
        return super().get(key, default)


class KnownRecorded(set):
    def __init__(self, names: Any) -> None:
        super().__init__(names)
        self.asked: set[str] = set()

    def __contains__(self, key: object) -> bool:
        self.asked.add(str(key))
        return super().__contains__(key)


def varied_profiles(rules: Any, n: int = 150) -> list[Profile]:
    """Golden profiles thinned out and pushed to the plausible low/high values."""
    rng = random.Random(5)
    rows = [json.loads(line)["facts"] for line in GOLDEN.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    out = []
    for _ in range(n):
        facts = dict(rng.choice(rows))
        for name, spec in rules.unknown_facts.items():
            roll = rng.random()
            if roll < 0.25:
                facts.pop(name, None)
            elif roll < 0.45 and spec.scale is None and name != "children_ages":
                value = getattr(spec, rng.choice(("low", "high")))
                if value is not None:
                    facts[name] = value
        if "children_ages" in facts and len(facts["children_ages"]) != facts.get("children_count"):
            facts.pop("children_ages")
        out.append(Profile.from_facts(facts))
    return out


def test_each_stage_reads_only_the_facts_it_declares(rules):
    t = tables_for(rules)
    for profile in varied_profiles(rules):
        base = evaluate(profile, rules)
        v = situation(profile, t)
        checks = []
        rv = Recorded(v)
        rows, lf = analyse_needs(rv, t)
        checks.append(("needs", rv.read, NEEDS_READS))
        rv, known = Recorded(v), KnownRecorded(profile.values)
        risk = assess_risk(rv, known, t)
        checks.append(("risk", rv.read | known.asked, RISK_READS | set(t.preferred_requires_known)))
        rv = Recorded(v)
        afford = assess_affordability(rv, rows, risk.loading, t)
        checks.append(("affordability", rv.read, AFFORD_READS))
        rv = Recorded(v)
        moral_hazard_flags(rv, lf, t)
        checks.append(("flags", rv.read, FLAG_READS))
        rv = Recorded(v)
        value = assess_value(rv, rows, t)
        checks.append(("value", rv.read, VALUE_READS))
        rv = Recorded(v)
        components(rv, lf, rows, risk, afford, value, t)
        checks.append(("components", rv.read, COMPONENT_READS))
        for stage, read, declared in checks:
            assert read <= declared, f"{stage} reads {sorted(read - declared)} it does not declare"
        assert base.composite >= 0


@pytest.mark.parametrize("which", ["low", "high"])
def test_a_probe_reusing_its_base_equals_a_probe_from_scratch(rules, which):
    for profile in varied_profiles(rules, 80):
        base = evaluate(profile, rules)
        for name, _ in _candidates(profile, base, rules):
            value = probe_value(name, which, base.v, rules)
            if value is None:
                continue
            fast = evaluate(profile, rules, (name, value), None, base)
            slow = evaluate(profile, rules, (name, value))
            assert (fast.composite, fast.decision, fast.trigger) == (slow.composite, slow.decision,
                                                                     slow.trigger), name
            assert fast.v == slow.v and fast.components == slow.components, name
            assert fast.need_rows == slow.need_rows and fast.flags == slow.flags, name
            assert fast.risk == slow.risk and fast.affordability == slow.affordability, name
