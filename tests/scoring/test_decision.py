"""Golden profiles with expected decisions; reasons that cite the message behind each fact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scoring import assess

GOLDEN = [json.loads(line) for line in
          (Path(__file__).resolve().parents[1] / "data" / "scoring" / "golden.jsonl").read_text().splitlines()
          if line.strip()]


@pytest.mark.parametrize("row", GOLDEN, ids=[r["id"] for r in GOLDEN])
def test_golden_profile(row):
    a = assess(row["facts"])
    want = row["expect"]
    assert a.decision == want["decision"], a.reasons[0].text
    if "risk_class" in want:
        assert a.risk_class == want["risk_class"]
    if "tier" in want:
        assert a.tier == want["tier"]
    if "top_need" in want:
        assert a.needs[0].line == want["top_need"]
    codes = {f.code for f in a.flags}
    assert set(want.get("flags", [])) <= codes
    assert not set(want.get("no_flags", [])) & codes
    assert set(want.get("missing_top3_include", [])) <= set(a.missing_facts[:3])
    assert a.reasons and a.reasons[0].text


def test_reasons_cite_the_message_that_gave_each_fact():
    facts = {"age": {"value": 52, "source": {"message_id": "m1", "span": [4, 6]}},
             "conditions": {"value": ["cancer"], "confidence": 0.9,
                            "source": {"message_id": "m7", "span": [12, 18]}},
             "annual_income": 80000}
    a = assess(facts)
    assert a.decision == "refer_to_underwriter"
    cited = {e.fact: e for e in a.reasons[0].evidence}
    assert cited["conditions"].message_id == "m7" and cited["conditions"].span == (12, 18)
    income = next(e for r in a.reasons for e in r.evidence if e.fact == "annual_income")
    assert income.message_id is None and not income.assumed
    assumed = next(e for r in a.reasons for e in r.evidence if e.fact == "monthly_expenses")
    assert assumed.assumed


def test_age_outside_cover_is_not_a_fit_even_when_healthy():
    a = assess({"age": 16, "annual_income": 10000})
    assert a.decision == "not_a_fit" and "outside" in a.reasons[0].text


def test_value_tier_rises_with_referrals_and_income(family):
    low = assess(dict(family, referral_potential="low", annual_income=30000))
    high = assess(dict(family, referral_potential="high", annual_income=150000))
    assert high.value.score > low.value.score
    assert high.tier <= low.tier  # "A" < "D"


def test_service_cost_lowers_value(family):
    calm = assess(family)
    costly = assess(dict(family, claims_5y=3, concerns=["trust", "complexity", "claims_denial"]))
    assert costly.value.parts["service"] < calm.value.parts["service"]
    assert costly.value.score < calm.value.score


def test_composite_on_a_0_1000_scale(family):
    for facts in (family, {}, {"age": 30}, dict(family, conditions=["hiv"], smoker=True)):
        assert 0 <= assess(facts).composite_score <= 1000


def test_to_dict_has_the_contract_fields_in_plain_json(family):
    import json as _json

    d = assess(family).to_dict()
    for key in ("composite_score", "tier", "risk_class", "decision", "needs", "premium_ceiling",
                "flags", "reasons", "missing_facts", "rules_version"):
        assert key in d
    assert set(d["needs"][0]) >= {"line", "gap", "recommended_sum", "priority", "reason"}
    assert _json.loads(_json.dumps(d)) == d


def test_prospect_view_hides_risk_flags_and_decision(family):
    a = assess(dict(family, requested_cover=9_000_000, conditions=["diabetes"]))
    view = a.prospect_view()
    text = json_text = str(view)
    for secret in ("risk", "decision", "flags", "composite", "tier", "over_insurance", "diabetes"):
        assert secret not in json_text
    assert view["needs"] and all(n["reason"] for n in view["needs"])
    assert a.agent_view() == a.to_dict() and text
