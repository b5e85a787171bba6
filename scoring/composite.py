"""The composite score (0–1000) and the confidence that discounts it.

Composite = 1000 × (weighted value, insurability, need and affordability) × a factor
that grows with how much of the profile is known, minus a penalty per flag. Knowing a
fact can only raise the confidence factor, so an unknown fact never scores above the
best value it could take.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from scoring.affordability import affordability_fit
from scoring.flags import RawFlag
from scoring.models import Affordability, Profile, RiskAssessment, ValueAssessment
from scoring.needs import LifeFigures, NeedRow
from scoring.tables import RuleTables


def confidence(profile: Profile, t: RuleTables, extra: Optional[str] = None) -> float:
    """Weighted share of the decision facts that are known, each at its confidence (0..1).

    ``extra`` counts one more fact as known for certain (a what-if probe).
    """
    got = 0.0
    values, conf = profile.values, profile.confidence
    if not conf:  # every fact given plainly counts in full (w × 1.0 is w)
        for name, w in t.confidence_weights:
            if name in values or name == extra:
                got += w
    else:
        for name, w in t.confidence_weights:
            if name == extra:
                got += w
            elif name in values:
                got += w * conf.get(name, 1.0)
    total = t.confidence_total
    return got / total if total else 1.0


def components(v: dict[str, Any], lf: LifeFigures, needs: Iterable[NeedRow], risk: RiskAssessment,
               afford: Affordability, value: ValueAssessment, t: RuleTables) -> dict[str, float]:
    """The four 0..1 parts of the composite."""
    income = v["annual_income"] or v["spouse_income"] or t.income_assumed
    gap = sum([gap for line, gap, *_ in needs if line == "life" or line == "critical_illness"])
    insurable = 0.0 if risk.risk_class == "refer" else 1.0 - min(
        1.0, risk.insurability_debits / t.rated_max)
    return {
        "value": value.score,
        "insurability": insurable,
        "need": min(1.0, gap / (income * t.need_full_multiple)),
        "affordability": affordability_fit(afford, t),
    }


def composite_score(parts: dict[str, float], conf: float, flags: Iterable[RawFlag], t: RuleTables) -> int:
    raw = sum([w * parts[k] for k, w in t.composite_weights])
    floor = t.confidence_floor
    score = 1000.0 * raw * (floor + (1.0 - floor) * conf)
    if flags:
        penalty = t.flag_penalty
        score -= sum([penalty[f.severity] for f in flags])
    return int(round(min(1000.0, max(0.0, score))))
