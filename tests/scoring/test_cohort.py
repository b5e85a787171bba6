"""Cohort comparison: peers of the same age band and occupation class, passed in."""

from __future__ import annotations

from scoring import assess


def peer(age: int, income: float, occupation_class: int = 1) -> dict:
    return {"age": age, "annual_income": income, "occupation_class": occupation_class,
            "marital_status": "single", "children_count": 0}


def test_stands_out_against_same_cohort_peers(family):
    peers = [assess(peer(30 + i % 9, 40000 + 1000 * i)) for i in range(20)]
    peers.append(assess(peer(35, 900000, occupation_class=4)))  # other cohort: ignored
    stored = [p.to_dict() for p in peers[:10]] + peers[10:]  # dicts (store) or Assessments
    a = assess(family, peers=stored)
    cohort = a.to_dict()["cohort"]
    assert cohort["key"] == {"age_band": "30-39", "occupation_class": 1}
    assert cohort["peers"] == 20
    income = cohort["metrics"]["annual_income"]
    assert income["percentile"] == 100.0 and income["peer_median"] == 49500
    assert any(s["metric"] == "annual_income" and s["direction"] == "above"
               for s in cohort["standouts"])


def test_too_few_peers_says_so(family):
    cohort = assess(family, peers=[assess(peer(33, 50000))]).cohort
    assert cohort["peers"] == 1 and "note" in cohort and cohort["standouts"] == []


def test_no_peers_no_cohort(family):
    assert assess(family).cohort is None
