"""The worked example in README.md and docs/scoring.md is what the code really computes."""
from __future__ import annotations

import json
from pathlib import Path

from scoring import assess

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "worked_profile.json"


def _assessment(**changes: object) -> dict:
    facts = json.loads(EXAMPLE.read_text())
    facts.update(changes)
    for name in [k for k, v in changes.items() if v is None]:
        del facts[name]
    return assess(facts).to_dict()


def test_the_documented_figures():
    a = _assessment()
    needs = {n["line"]: n for n in a["needs"]}
    assert needs["life"]["gap"] == 675_000 and needs["life"]["priority"] == 1
    assert needs["critical_illness"]["gap"] == 180_000
    assert needs["retirement"]["gap"] == 400_000
    assert needs["education"]["gap"] == 100_000
    assert a["premium_ceiling"] == 200
    assert a["affordability"]["limited_by"] == "budget"
    assert round(a["affordability"]["recommended_premium"]) == 383
    assert [f["code"] for f in a["flags"]] == ["budget_below_need"]
    assert (a["risk_class"], a["risk"]["score"]) == ("standard", 50)
    assert (a["tier"], round(a["value"]["score"], 3)) == ("B", 0.563)
    assert round(a["confidence"], 3) == 0.903
    assert (a["composite_score"], a["decision"]) == (623, "proceed")
    assert a["reasons"][0]["text"] == "Composite 623 with standard risk and a high life need of USD 675,000."
    assert a["missing_facts"][:3] == ["alcohol", "hazardous_hobbies", "family_history"]


def test_without_the_occupation_the_assumed_class_makes_the_risk_rated():
    a = _assessment(occupation_class=None)
    assert (a["risk_class"], a["risk"]["score"]) == ("rated", 60)
