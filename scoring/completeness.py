"""Which missing or uncertain facts could change the decision, ranked, to ask next.

For each fact nobody gave (or gave with low confidence), rerun the numbers with its
plausible low and high values from rules.yml and measure how far the composite moves
and whether the decision flips. Flips rank first, then the size of the move.
"""

from __future__ import annotations

from needscout.facts import FACT_NAMES
from scoring.evaluate import Evaluation, evaluate
from scoring.models import MissingFact, Profile
from scoring.needs import PARTNERED
from scoring.rules import Rules
from scoring.situation import probe_value

_ORDER = {name: i for i, name in enumerate(FACT_NAMES)}


def _candidates(profile: Profile, base: Evaluation, rules: Rules) -> list[tuple[str, str]]:
    """(fact, missing|uncertain) for every probe-able fact worth asking about."""
    return candidate_facts(profile, base.v["marital_status"] in PARTNERED, rules)


def candidate_facts(profile: Profile, partnered: bool, rules: Rules) -> list[tuple[str, str]]:
    """_candidates() given whether the situation has a spouse or partner."""
    given, declined = profile.values, profile.declined
    uncertain_below = rules.decision.uncertain_below
    out = []
    for name in rules.unknown_facts:
        if name in declined:
            continue  # never ask again what the prospect declined to say
        if name in given:
            if profile.confidence.get(name, 1.0) >= uncertain_below:
                continue
            status = "uncertain"
        else:
            status = "missing"
        if name == "children_ages" and not given.get("children_count"):
            continue  # ask how many children first
        if name == "spouse_income" and not partnered:
            continue
        out.append((name, status))
    return out


def rank_missing(profile: Profile, base: Evaluation, rules: Rules) -> list[MissingFact]:
    """Facts whose plausible values move the composite or flip the decision, biggest first."""
    said = [f for f in base.flags if f.code in ("contradiction", "changed_answer", "declined_health")]
    ranked = []
    for name, status in _candidates(profile, base, rules):
        impact, flips = 0.0, False
        for which in ("low", "high"):
            value = probe_value(name, which, base.v, rules)
            if value is None:
                continue
            probe = evaluate(profile, rules, (name, value), said, base)
            impact = max(impact, abs(probe.composite - base.composite))
            flips = flips or probe.decision != base.decision
        if impact > 0 or flips:
            ranked.append(MissingFact(name, status, impact, flips))
    return order_missing(ranked, rules)


def order_missing(ranked: list[MissingFact], rules: Rules) -> list[MissingFact]:
    """Decision flips first, then the largest move, then the fact's confidence weight."""
    weights = rules.decision.confidence_weights
    ranked.sort(key=lambda x: (not x.can_change_decision, -x.impact, -weights.get(x.fact, 0.0),
                               _ORDER[x.fact]))
    return ranked
