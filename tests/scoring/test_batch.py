"""assess_batch() must give exactly what assess() gives, profile for profile.

Every number evaluate() computes (needs in priority order, risk, affordability, flag
penalties, value, components, composite, decision and trigger) is compared with ``==``
on many seeded random profiles: thin and full, declined, low-confidence and changed
answers, contradictions, edge ages and amounts, all conditions, requests and
beneficiaries; then the JSON of whole assessments.
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from needscout.facts import FACTS
from scoring import Profile, assess
from scoring.batch import assess_batch
from scoring.column_scores import (LEVELS, LIMITED_BY, OUTCOMES, RISK_CLASSES, TIERS, said_flags,
                                   score_columns)
from scoring.columns import Columns
from scoring.evaluate import evaluate
from scoring.rules import LINES
from scoring.tables import tables_for

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "scoring" / "golden.jsonl"


def _money(rng: random.Random) -> Any:
    return rng.choice((0, 0.0, 1, 999.99, 12_345, 50_000.0, 250_000, 1e6, 3.3e7, round(rng.uniform(0, 9e5), 2)))


def random_facts(rng: random.Random) -> dict[str, Any]:
    """Any valid value for each fact, often missing, declined, uncertain or changed."""
    def pick(name: str) -> Any:
        f = FACTS[name]
        if f.kind == "enum":
            return rng.choice(f.values)
        if f.kind == "list" and f.item == "int":
            return [rng.randint(0, 30) for _ in range(rng.choice((0, 1, 2, 3, 5)))]
        if f.kind == "list":
            return rng.sample(f.values, rng.choice((0, 0, 1, 2, 3, len(f.values))))
        if f.kind == "bool":
            return rng.random() < 0.5
        if name == "age":
            return rng.choice((16, 17, 18, 25, 40, 44, 45, 49, 50, 64, 65, 69, 70, 75, 76, 90))
        if name == "occupation_class":
            return rng.randint(1, 4)
        if name in ("children_count", "dependent_parents", "claims_5y", "job_changes_5y"):
            return rng.choice((0, 0, 1, 2, 3, 4, 7))
        if name == "height_cm":
            return rng.choice((0.0, 150, 165.5, 172, 185, 201.3))
        if name == "weight_kg":
            return rng.choice((40, 55.5, 70, 88, 110, 160.2))
        if name == "years_in_job":
            return rng.choice((0, 2.5, 10, 40))
        if name == "monthly_premium_budget":
            return rng.choice((0, 10, 14.99, 15, 100, 250.5, 5000))
        if name == "monthly_expenses":
            return rng.choice((0, 800, 3200.5, 9000))
        return _money(rng)

    keep = rng.choice((1.0, 0.9, 0.6, 0.2))
    facts: dict[str, Any] = {}
    for i, name in enumerate(FACTS):
        if name == "occupation" or rng.random() > keep:
            continue
        value = pick(name)
        roll = rng.random()
        if roll < 0.04:
            facts[name] = {"declined": True}
        elif roll < 0.10:
            facts[name] = {"value": value, "confidence": rng.choice((0.0, 0.3, 0.59, 0.6, 0.95))}
        elif roll < 0.13:
            facts[name] = {"value": value, "previous": [{"value": pick(name), "source": {"message_id": "m1"}}]}
        else:
            facts[name] = value
    return facts


EDGES: list[dict[str, Any]] = [
    {}, {"age": 16}, {"age": 80}, {"annual_income": 0}, {"annual_income": 0, "marital_status": "married",
                                                         "spouse_income": 40_000},
    {"children_count": 3}, {"children_ages": [2, 30]}, {"children_count": 1, "children_ages": [4, 6]},
    {"marital_status": "single", "spouse_income": 10_000, "beneficiary_relation": "spouse"},
    {"employment_type": "unemployed", "annual_income": 90_000}, {"age": 30, "years_in_job": 20},
    {"beneficiary_relation": "business_partner", "employment_type": "employed"},
    {"requested_cover": 5e6, "asked_about_exclusions": True},
    {"requested_cover": 1, "existing_life_cover": 0}, {"conditions": list(FACTS["conditions"].values)},
    {"height_cm": 0, "weight_kg": 80}, {"height_cm": 190, "weight_kg": 300}, {"monthly_premium_budget": 0},
    {"annual_income": 2 ** 60, "age": 40}, {"mortgage_balance": 2 ** 53, "annual_income": 50_000},
    {"smoker": {"declined": True}, "conditions": {"declined": True}},
]


def profiles(n: int, seed: int) -> list[Profile]:
    rng = random.Random(seed)
    rows = [json.loads(line)["facts"] for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows += EDGES + [random_facts(rng) for _ in range(n)]
    return [Profile.from_facts(r) for r in rows]


@pytest.fixture(scope="module")
def sample() -> list[Profile]:
    return profiles(3000, 23)


def _same(a: float, b: Any) -> bool:
    """Equal as floats, NaN standing for None."""
    return (b is None and math.isnan(a)) or a == b


def test_every_number_equals_evaluate(rules, sample):
    t = tables_for(rules)
    c = Columns([p.values for p in sample], [p.confidence for p in sample], t)
    s = score_columns(c, said_flags(c, sample, rules), t)
    checked = 0
    for i, p in enumerate(sample):
        if not c.exact[i]:
            continue
        checked += 1
        ev = evaluate(p, rules)
        where = f"profile {i}: {p.values}"
        assert OUTCOMES[s["outcome"][i]] == (ev.decision, ev.trigger), where
        assert s["composite"][i] == ev.composite and c.confidence[i] == ev.confidence, where
        for j, (line, gap, rec, level, urgency, _, monthly) in enumerate(ev.need_rows):
            k = s["order"][i, j]
            assert LINES[k] == line, where
            assert (s["gap"][i, k], s["recommended"][i, k], s["urgency"][i, k]) == (gap, rec, urgency), where
            assert LEVELS[s["level"][i, k]] == level and _same(s["monthly_saving"][i, k], monthly), where
        r = ev.risk
        assert RISK_CLASSES[s["risk_class"][i]] == r.risk_class, where
        assert (s["insurability"][i], s["financial"][i], s["table"][i], s["loading"][i], s["risk_score"][i]) == (
            r.insurability_debits, r.financial_debits, r.table, r.loading, r.score), where
        a = ev.affordability
        assert (s["ceiling"][i], s["income_cap"][i], s["disposable_cap"][i], s["recommended_premium"][i]) == (
            a.premium_ceiling, a.income_cap, a.disposable_cap, a.recommended_premium), where
        assert LIMITED_BY[s["limited_by"][i]] == a.limited_by, where
        assert _same(s["requested_premium"][i], a.requested_premium), where
        assert TIERS[s["tier"][i]] == ev.value.tier and s["value"][i] == ev.value.score, where
        assert {k: v[i] for k, v in s["value_parts"].items()} == ev.value.parts, where
        assert {k: v[i] for k, v in s["components"].items()} == ev.components, where
        assert s["flag_penalty"][i] == sum(t.flag_penalty[f.severity] for f in ev.flags), where
    assert checked > 2900


def test_batch_assessments_equal_assess(rules, sample):
    batch = assess_batch(sample, rules)
    assert len(batch) == len(sample)
    for p, b in zip(sample, batch):
        a = assess(p, rules)
        assert (b.composite_score, b.tier, b.risk_class, b.decision, b.premium_ceiling, b.confidence) == (
            a.composite_score, a.tier, a.risk_class, a.decision, a.premium_ceiling, a.confidence), p.values
    for p, b in list(zip(sample, batch))[::10]:  # the whole JSON, types included
        assert json.dumps(b.to_dict(), sort_keys=True) == json.dumps(assess(p, rules).to_dict(), sort_keys=True)


def test_integers_too_large_for_a_float_are_scored_one_at_a_time(rules):
    big = Profile.from_facts({"annual_income": 2 ** 60 + 1, "age": 40})
    c = Columns([big.values], [big.confidence], tables_for(rules))
    assert not c.exact[0]
    b = assess_batch([big], rules)[0]
    assert b.composite_score == assess(big, rules).composite_score


def test_batch_keeps_order_across_chunks_and_takes_fact_dicts(rules, monkeypatch):
    monkeypatch.setattr("scoring.batch.CHUNK", 7)
    rows = [{"age": 20 + i, "annual_income": 1000.0 * i} for i in range(30)]
    batch = assess_batch(rows, rules)
    assert [b.composite_score for b in batch] == [assess(r, rules).composite_score for r in rows]
    assert assess_batch([], rules) == []


def test_columns_sum_list_items_in_the_per_profile_order():
    from scoring.columns import padded

    cols = padded([[0.1, 0.2, 0.3], [], [0.3]])
    total = np.zeros(3)
    for col in cols:
        total = total + col
    assert total.tolist() == [0.1 + 0.2 + 0.3, 0.0, 0.3] and len(cols) == 3


def test_missing_facts_ranked_column_wise_equal_rank_missing(rules, sample):
    batch = assess_batch(sample, rules, missing=True)
    for p, b in zip(sample, batch):
        a = assess(p, rules)
        assert [(m.fact, m.status, type(m.impact), m.impact, m.can_change_decision) for m in b.missing] == [
            (m.fact, m.status, type(m.impact), m.impact, m.can_change_decision) for m in a.missing], p.values
    for p, b in list(zip(sample, batch))[5::10]:
        assert json.dumps(b.to_dict(), sort_keys=True) == json.dumps(assess(p, rules).to_dict(), sort_keys=True)


def test_probe_rows_are_scored_across_several_passes(rules, sample, monkeypatch):
    monkeypatch.setattr("scoring.column_probes.PROBE_CHUNK", 5)
    few = sample[:40]
    for p, b in zip(few, assess_batch(few, rules, missing=True)):
        assert b.missing_facts == assess(p, rules).missing_facts
