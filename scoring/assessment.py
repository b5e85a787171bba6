"""assess(): a profile in, an Assessment an agent can trust out.

The numbers (needs, risk, affordability, value, composite, decision) are computed at
once; the words (reasons, evidence), the ranking of what to ask next and the cohort
comparison are built on first access and kept, so a batch that stores only scores
does not pay for prose it never reads.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, NamedTuple, Optional, Union

from scoring.cohort import cohort_key, compare
from scoring.completeness import rank_missing
from scoring.evaluate import Evaluation, evaluate
from scoring.explain import Words, decision_reasons, word_flags, word_needs
from scoring.models import (Affordability, Flag, MissingFact, Need, Profile, Reason, RiskAssessment,
                            ValueAssessment)
from scoring.rules import Rules, load_rules


class Scores(NamedTuple):
    """The headline numbers, as a batch (batch.py) computes them without an Evaluation."""

    composite: int
    tier: str
    risk_class: str
    decision: str
    premium_ceiling: float
    confidence: float


class Assessment:
    """What scoring concluded about one profile, with everything needed to explain it.

    Made by assess() with its Evaluation, or by assess_batch() with only its Scores: the
    Evaluation (needs, risk detail, flags ...) is then worked out when first read.
    """

    __slots__ = ("profile", "rules", "_evaluation", "_scores", "_peers", "_missing", "_reasons",
                 "_flags", "_cohort", "_worded", "_key", "_words")

    def __init__(self, profile: Profile, rules: Rules, ev: Optional[Evaluation],
                 peers: Optional[Iterable[Any]] = None, scores: Optional[Scores] = None,
                 missing: Optional[list[MissingFact]] = None) -> None:
        self.profile = profile
        self.rules = rules
        self._evaluation = ev
        self._scores = scores
        self._peers = None if peers is None else list(peers)
        self._missing = missing
        self._reasons: Optional[list[Reason]] = None
        self._flags: Optional[list[Flag]] = None
        self._cohort: Optional[dict[str, Any]] = None
        self._worded = False
        self._key: Optional[dict[str, Any]] = None
        self._words: Optional[Words] = None

    @property
    def _ev(self) -> Evaluation:
        ev = self._evaluation
        if ev is None:
            ev = self._evaluation = evaluate(self.profile, self.rules)
        return ev

    # -- the numbers -------------------------------------------------------------
    @property
    def composite_score(self) -> int:
        s = self._scores
        return self._ev.composite if s is None else s.composite

    @property
    def tier(self) -> str:
        s = self._scores
        return self._ev.value.tier if s is None else s.tier

    @property
    def risk_class(self) -> str:
        s = self._scores
        return self._ev.risk.risk_class if s is None else s.risk_class

    @property
    def decision(self) -> str:
        s = self._scores
        return self._ev.decision if s is None else s.decision

    @property
    def premium_ceiling(self) -> float:
        s = self._scores
        return self._ev.affordability.premium_ceiling if s is None else s.premium_ceiling

    @property
    def rules_version(self) -> str:
        return self.rules.version

    @property
    def currency(self) -> str:
        return self.rules.currency

    @property
    def confidence(self) -> float:
        s = self._scores
        return self._ev.confidence if s is None else s.confidence

    @property
    def risk(self) -> RiskAssessment:
        return self._ev.risk

    @property
    def value(self) -> ValueAssessment:
        return self._ev.value

    @property
    def affordability(self) -> Affordability:
        return self._ev.affordability

    @property
    def components(self) -> dict[str, float]:
        return self._ev.components

    # -- the words and the what-ifs, built when first read -----------------------------
    @property
    def words(self) -> Words:
        """Money formatting and the evidence of each fact, shared by needs, flags and reasons."""
        if self._words is None:
            self._words = Words(self.rules, self.profile, self._ev.v)
        return self._words

    @property
    def needs(self) -> list[Need]:
        """Every line, priority 1 first, each with a one-sentence reason for the prospect."""
        if not self._worded:
            word_needs(self._ev, self.profile, self.rules, self.words)
            self._worded = True
        return self._ev.needs

    @property
    def flags(self) -> list[Flag]:
        if self._flags is None:
            self._flags = word_flags(self._ev.flags, self.profile, self._ev.v, self.words)
        return self._flags

    @property
    def missing(self) -> list[MissingFact]:
        """Missing or uncertain facts that move the composite or decision, biggest first."""
        if self._missing is None:
            self._missing = rank_missing(self.profile, self._ev, self.rules)
        return self._missing

    @property
    def missing_facts(self) -> list[str]:
        """Fact names to ask next, most decision-changing first."""
        return [m.fact for m in self.missing]

    @property
    def reasons(self) -> list[Reason]:
        if self._reasons is None:
            self._reasons = decision_reasons(self._ev, self.profile, self.missing, self.rules,
                                             self.words)
        return self._reasons

    @property
    def cohort_key(self) -> dict[str, Any]:
        if self._key is None:
            self._key = cohort_key(self._ev.v, self.rules)
        return self._key

    @property
    def metrics(self) -> dict[str, float]:
        """The figures stored for cohort comparison."""
        ev = self._ev
        life = next(n for n in ev.needs if n.line == "life")
        out = {"composite_score": float(ev.composite),
               "premium_ceiling": ev.affordability.premium_ceiling,
               "life_gap": life.gap, "risk_score": ev.risk.score, "value_score": ev.value.score}
        if "annual_income" in self.profile.values:
            out["annual_income"] = float(self.profile.values["annual_income"])
        return out

    @property
    def cohort(self) -> Optional[dict[str, Any]]:
        """Where this profile stands among the peers given to assess() (None without peers)."""
        if self._cohort is None and self._peers is not None:
            self._cohort = compare(self.cohort_key, self.metrics, self._peers, self.rules)
        return self._cohort

    # -- views -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The agent's full view as plain JSON types."""
        return {
            "composite_score": self.composite_score,
            "tier": self.tier,
            "risk_class": self.risk_class,
            "decision": self.decision,
            "needs": [n.to_dict() for n in self.needs],
            "premium_ceiling": round(self.premium_ceiling, 2),
            "flags": [f.to_dict() for f in self.flags],
            "reasons": [r.to_dict() for r in self.reasons],
            "missing_facts": self.missing_facts,
            "missing_detail": [m.to_dict() for m in self.missing],
            "rules_version": self.rules_version,
            "confidence": round(self.confidence, 4),
            "currency": self.currency,
            "risk": self.risk.to_dict(),
            "value": self.value.to_dict(),
            "affordability": self.affordability.to_dict(),
            "components": {k: round(v, 4) for k, v in self.components.items()},
            "cohort_key": dict(self.cohort_key),
            "metrics": {k: round(v, 4) for k, v in self.metrics.items()},
            "cohort": self.cohort,
        }

    def agent_view(self) -> dict[str, Any]:
        """Everything, risk class, flags and decision included: never show it to a prospect."""
        return self.to_dict()

    def prospect_view(self) -> dict[str, Any]:
        """What the prospect may see: needs and what they cost, never risk, flags or decision."""
        return {
            "currency": self.currency,
            "needs": [{"line": n.line, "recommended_sum": round(n.recommended_sum, 2),
                       "unit": n.unit, "priority": n.priority, "level": n.level,
                       "reason": n.reason,
                       "monthly_saving": None if n.monthly_saving is None else round(n.monthly_saving, 2),
                       "estimate": bool(n.assumed)}
                      for n in self.needs if n.gap > 0],
            "monthly_budget_guide": round(self.premium_ceiling, 2),
            "rules_version": self.rules_version,
        }

    def scores_view(self) -> dict[str, Any]:
        """The headline numbers only (agent-side): what a batch over a whole book stores."""
        return {
            "composite_score": self.composite_score,
            "tier": self.tier,
            "risk_class": self.risk_class,
            "decision": self.decision,
            "premium_ceiling": round(self.premium_ceiling, 2),
            "confidence": round(self.confidence, 4),
            "rules_version": self.rules_version,
        }

    def __repr__(self) -> str:
        return (f"Assessment(decision={self.decision!r}, composite_score={self.composite_score}, "
                f"tier={self.tier!r}, risk_class={self.risk_class!r})")


def assess(profile: Union[Profile, Mapping[str, Any]], rules: Optional[Rules] = None,
           peers: Optional[Iterable[Any]] = None) -> Assessment:
    """Assess one profile (a Profile or a facts dict) under ``rules`` (default: rules.yml).

    ``peers``: stored assessments (Assessment or to_dict() JSON) for the cohort comparison.
    """
    if rules is None:
        rules = load_rules()
    if not isinstance(profile, Profile):
        profile = Profile.from_facts(profile)
    return Assessment(profile, rules, evaluate(profile, rules), peers)
