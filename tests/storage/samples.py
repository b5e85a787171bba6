"""Fact and assessment dicts in the shapes the extractor and scoring produce."""

from __future__ import annotations


def fact(value, confidence: float = 0.9, message_id: str = "m1", span=(0, 4), declined=False):
    """A fact dict in the shape the extractor produces."""
    return {"value": value, "confidence": confidence,
            "source": {"message_id": message_id, "span": list(span)}, "declined": declined}


def assessment(**overrides) -> dict:
    """An assessment dict in the shape scoring produces."""
    base = {
        "composite_score": 72.5, "tier": "gold", "risk_class": "standard",
        "decision": "refer_to_agent", "needs": {"life": 850000, "ci": 120000},
        "premium_ceiling": 180.0, "flags": ["high_debt"], "reasons": ["income supports cover"],
        "missing_facts": ["family_history"], "rules_version": "2025.11-1",
    }
    base.update(overrides)
    return base
