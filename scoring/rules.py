"""The scoring rules: a versioned YAML file, validated when loaded and cached.

Every weight, threshold and table lives in ``rules.yml``; this module only checks its
shape (pydantic 1.10, installed with Rasa) so a bad file fails at load time with the
dotted path of the field, never halfway through an assessment.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Union

import yaml
from pydantic import BaseModel, Extra, Field, ValidationError, root_validator, validator

from needscout.facts import FACTS

DEFAULT_RULES_PATH = Path(__file__).with_name("rules.yml")
LINES = ("life", "critical_illness", "medical", "accident", "disability", "education", "retirement")


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the file and the field."""


class _Strict(BaseModel):
    """Unknown keys are typos: refuse them instead of silently ignoring a rule."""

    class Config:
        extra = Extra.forbid
        allow_mutation = False


Fraction = Field(..., ge=0, le=1)
NonNeg = Field(..., ge=0)


class AgeBand(_Strict):
    max_age: int = Field(..., ge=0, le=130)


class CapBand(AgeBand):
    income_multiple: float = NonNeg


class RateBand(AgeBand):
    rate: float = NonNeg


class ScoreBand(AgeBand):
    score: float = Fraction


class LabelBand(AgeBand):
    label: str


def _ascending(bands: list) -> list:
    ages = [b.max_age for b in bands]
    if not bands or ages != sorted(ages) or len(set(ages)) != len(ages):
        raise ValueError("bands must be non-empty with strictly ascending max_age")
    return bands


class UnderwritingCaps(_Strict):
    source: str
    bands: List[CapBand]
    _check = validator("bands", allow_reuse=True)(_ascending)


class LifeRules(_Strict):
    source: str
    final_expenses: float = NonNeg
    income_replacement_ratio: float = Fraction
    child_independence_age: int = Field(..., ge=1, le=30)
    spouse_support_years: float = NonNeg
    partner_income_independent_at: float = NonNeg
    parent_support_per_year: float = NonNeg
    parent_support_years: float = NonNeg
    no_dependents_income_multiple: float = NonNeg
    underwriting_caps: UnderwritingCaps


class CiRules(_Strict):
    source: str
    income_years: float = NonNeg


class MedicalRules(_Strict):
    source: str
    annual_limit: float = NonNeg


class AccidentRules(_Strict):
    source: str
    income_multiple: float = NonNeg


class DisabilityRules(_Strict):
    source: str
    replacement_ratio: float = Fraction


class EducationRules(_Strict):
    source: str
    cost_per_child: float = NonNeg
    start_age: int = Field(..., ge=1, le=40)
    duration_years: int = Field(..., ge=1, le=10)


class RetirementRules(_Strict):
    source: str
    retirement_age: int = Field(..., ge=40, le=90)
    years_in_retirement: float = NonNeg
    replacement_ratio: float = Fraction
    public_pension_share: float = Fraction


class PriorityRules(_Strict):
    source: str
    full_size_income_multiple: Dict[str, float]
    line_weight: Dict[str, float]
    goal_boost: float = NonNeg
    situation_boost: float = NonNeg
    level_thresholds: Dict[str, float]
    goal_lines: Dict[str, List[str]]

    @validator("line_weight", "full_size_income_multiple")
    def _all_lines(cls, v: Dict[str, float]) -> Dict[str, float]:
        missing = set(LINES) - set(v)
        if missing or set(v) - set(LINES):
            raise ValueError(f"needs exactly the lines {list(LINES)}; missing {sorted(missing)}")
        if any(x <= 0 for x in v.values()):
            raise ValueError("every line needs a number > 0")
        return v

    @validator("level_thresholds")
    def _levels(cls, v: Dict[str, float]) -> Dict[str, float]:
        if set(v) != {"high", "medium"} or v["high"] < v["medium"]:
            raise ValueError("needs high >= medium")
        return v

    @validator("goal_lines")
    def _goals(cls, v: Dict[str, List[str]]) -> Dict[str, List[str]]:
        goals = set(FACTS["goals"].values)
        for goal, lines in v.items():
            if goal not in goals:
                raise ValueError(f"{goal!r} is not a value of the fact 'goals'")
            bad = set(lines) - set(LINES)
            if bad:
                raise ValueError(f"{goal}: unknown lines {sorted(bad)}")
        return v


class NeedsRules(_Strict):
    life: LifeRules
    critical_illness: CiRules
    medical: MedicalRules
    accident: AccidentRules
    disability: DisabilityRules
    education: EducationRules
    retirement: RetirementRules
    rounding: float = Field(..., gt=0)
    priority: PriorityRules


class PremiumRates(_Strict):
    source: str
    life_per_1000: List[RateBand]
    ci_to_life_ratio: float = NonNeg
    smoker_multiplier: float = Field(..., ge=1)
    medical_per_year: float = NonNeg
    accident_per_1000: float = NonNeg
    disability_share_of_benefit: float = Fraction
    _check = validator("life_per_1000", allow_reuse=True)(_ascending)


class AffordabilityRules(_Strict):
    source: str
    income_share: float = Fraction
    disposable_share: float = Fraction
    other_debt_repayment_years: float = Field(..., gt=0)
    min_viable_monthly_premium: float = NonNeg
    premium_rates: PremiumRates


class BmiBand(_Strict):
    below: float = Field(..., gt=0)
    debits: float


class BmiRules(_Strict):
    source: str
    bands: List[BmiBand]
    preferred_max: float = Field(..., gt=0)

    @validator("bands")
    def _ascending_bmi(cls, v: List[BmiBand]) -> List[BmiBand]:
        if not v or [b.below for b in v] != sorted(b.below for b in v):
            raise ValueError("bands must be non-empty with ascending 'below'")
        return v


class FamilyHistoryRules(_Strict):
    source: str
    debits: Dict[str, float]
    max_debits: float = NonNeg


class ClassRules(_Strict):
    source: str
    preferred_max: float = NonNeg
    standard_max: float = NonNeg
    rated_max: float = NonNeg
    table_step_debits: float = Field(..., gt=0)
    table_step_loading: float = NonNeg

    @root_validator(skip_on_failure=True)
    def _ordered(cls, v: Dict[str, Any]) -> Dict[str, Any]:
        if not v["preferred_max"] <= v["standard_max"] <= v["rated_max"]:
            raise ValueError("needs preferred_max <= standard_max <= rated_max")
        return v


class FinancialRules(_Strict):
    source: str
    debt_to_income_warn: float = NonNeg
    debt_to_income_high: float = NonNeg
    debt_to_income_debits: Dict[str, float]
    savings_months_min: float = NonNeg
    savings_months_min_variable: float = NonNeg
    low_savings_debits: float = NonNeg
    job_changes_warn: int = NonNeg
    job_changes_debits: float = NonNeg
    variable_income_debits: float = NonNeg


class MoralHazardRules(_Strict):
    source: str
    over_need_ratio: float = Field(..., gt=1)
    unusual_beneficiaries: List[str]
    business_beneficiary_ok_for: List[str]
    contradiction_min_parent_age: int = NonNeg
    contradiction_income_when_unemployed: float = NonNeg


class RiskRules(_Strict):
    source: str
    bmi: BmiRules
    smoker_debits: float = NonNeg
    alcohol_debits: Dict[str, float]
    exercise_credit: Dict[str, float]
    condition_debits: Dict[str, float]
    hospitalized_debits: float = NonNeg
    family_history: FamilyHistoryRules
    occupation_class_debits: Dict[int, float]
    hobby_debits: Dict[str, float]
    claims_debits_per_claim: float = NonNeg
    classes: ClassRules
    preferred_requires_known: List[str]
    refer_conditions: List[str]
    financial: FinancialRules
    score_cap: float = Field(..., gt=0)
    moral_hazard: MoralHazardRules

    @validator("condition_debits")
    def _every_condition(cls, v: Dict[str, float]) -> Dict[str, float]:
        return _covers("conditions", v, negative_ok=False)

    @validator("alcohol_debits")
    def _every_alcohol(cls, v: Dict[str, float]) -> Dict[str, float]:
        return _covers("alcohol", v, negative_ok=False)

    @validator("exercise_credit")
    def _every_exercise(cls, v: Dict[str, float]) -> Dict[str, float]:
        return _covers("exercise", v, negative_ok=False)

    @validator("hobby_debits")
    def _every_hobby(cls, v: Dict[str, float]) -> Dict[str, float]:
        return _covers("hazardous_hobbies", v, negative_ok=False)

    @validator("occupation_class_debits")
    def _every_class(cls, v: Dict[int, float]) -> Dict[int, float]:
        if set(v) != {1, 2, 3, 4}:
            raise ValueError("needs occupation classes 1, 2, 3 and 4")
        return v

    @validator("preferred_requires_known", "refer_conditions", each_item=False)
    def _known_names(cls, v: List[str], field: Any) -> List[str]:
        allowed = set(FACTS) if field.name == "preferred_requires_known" else set(FACTS["conditions"].values)
        bad = [x for x in v if x not in allowed]
        if bad:
            raise ValueError(f"unknown names {bad}")
        return v


def _covers(fact_name: str, table: Dict[str, float], negative_ok: bool) -> Dict[str, float]:
    """A table keyed by a fact's vocabulary must give every value a number (>= 0)."""
    values = set(FACTS[fact_name].values)
    missing, extra = values - set(table), set(table) - values
    if missing or extra:
        raise ValueError(f"must cover exactly the values of {fact_name!r}: missing {sorted(missing)}, "
                         f"unknown {sorted(extra)}")
    if not negative_ok and any(x < 0 for x in table.values()):
        raise ValueError("values must be >= 0")
    return table


class ServiceCostRules(_Strict):
    per_claim: float = NonNeg
    per_condition: float = NonNeg
    concern_costs: Dict[str, float]
    max: float = Fraction

    @validator("concern_costs")
    def _every_concern(cls, v: Dict[str, float]) -> Dict[str, float]:
        return _covers("concerns", v, negative_ok=False)


class ValueRules(_Strict):
    source: str
    age_curve: List[ScoreBand]
    income_floor: float = NonNeg
    income_full: float = Field(..., gt=0)
    employment_trajectory: Dict[str, float]
    variable_income_factor: float = Fraction
    referral: Dict[str, float]
    service_cost: ServiceCostRules
    weights: Dict[str, float]
    tiers: Dict[str, float]
    _check = validator("age_curve", allow_reuse=True)(_ascending)

    @validator("employment_trajectory")
    def _every_employment(cls, v: Dict[str, float]) -> Dict[str, float]:
        return _covers("employment_type", v, negative_ok=False)

    @validator("referral")
    def _every_referral(cls, v: Dict[str, float]) -> Dict[str, float]:
        return _covers("referral_potential", v, negative_ok=False)

    @validator("weights")
    def _weights(cls, v: Dict[str, float]) -> Dict[str, float]:
        return _weights_sum_to_one(v, {"age", "income", "cross_sell", "referral", "service"})

    @validator("tiers")
    def _tiers(cls, v: Dict[str, float]) -> Dict[str, float]:
        if set(v) != {"A", "B", "C"} or not v["A"] >= v["B"] >= v["C"]:
            raise ValueError("needs A >= B >= C")
        return v


def _weights_sum_to_one(v: Dict[str, float], keys: set) -> Dict[str, float]:
    if set(v) != keys:
        raise ValueError(f"needs exactly the keys {sorted(keys)}")
    if abs(sum(v.values()) - 1.0) > 1e-6 or any(x < 0 for x in v.values()):
        raise ValueError(f"weights must be >= 0 and sum to 1 (they sum to {sum(v.values()):.3f})")
    return v


class CompositeRules(_Strict):
    source: str
    weights: Dict[str, float]
    need_full_at_income_multiple: float = Field(..., gt=0)
    confidence_floor: float = Fraction
    flag_penalty: Dict[str, float]

    @validator("weights")
    def _weights(cls, v: Dict[str, float]) -> Dict[str, float]:
        return _weights_sum_to_one(v, {"value", "insurability", "need", "affordability"})

    @validator("flag_penalty")
    def _severities(cls, v: Dict[str, float]) -> Dict[str, float]:
        if set(v) != {"info", "warning", "high"} or any(x < 0 for x in v.values()):
            raise ValueError("needs info, warning and high, each >= 0")
        return v


class DecisionRules(_Strict):
    source: str
    min_age: int = NonNeg
    max_age: int = NonNeg
    proceed_min_composite: float = Field(..., ge=0, le=1000)
    proceed_min_confidence: float = Fraction
    nurture_min_composite: float = Field(..., ge=0, le=1000)
    confidence_weights: Dict[str, float]
    uncertain_below: float = Fraction

    @validator("confidence_weights")
    def _facts(cls, v: Dict[str, float]) -> Dict[str, float]:
        bad = [k for k in v if k not in FACTS]
        if bad:
            raise ValueError(f"unknown facts {bad}")
        return v


class UnknownFact(_Strict):
    assume: Any = None
    low: Any = None
    high: Any = None
    scale: Optional[str] = None

    @validator("scale")
    def _scale(cls, v: Optional[str]) -> Optional[str]:
        if v not in (None, "monthly_income"):
            raise ValueError("scale can only be monthly_income")
        return v


class CohortRules(_Strict):
    source: str
    age_bands: List[LabelBand]
    min_peers: int = Field(..., ge=1)
    standout_low_percentile: float = Field(..., ge=0, le=100)
    standout_high_percentile: float = Field(..., ge=0, le=100)
    metrics: List[str]
    _check = validator("age_bands", allow_reuse=True)(_ascending)


class Rules(_Strict):
    """The whole rules file; ``version`` is recorded in every assessment."""

    version: str = Field(..., min_length=1)
    currency: str = Field(..., min_length=1)
    protected_attributes: List[str]
    needs: NeedsRules
    affordability: AffordabilityRules
    risk: RiskRules
    value: ValueRules
    composite: CompositeRules
    decision: DecisionRules
    unknown_facts: Dict[str, UnknownFact]
    cohort: CohortRules

    @validator("protected_attributes")
    def _not_facts(cls, v: List[str]) -> List[str]:
        used = [a for a in v if a in FACTS]
        if used:
            raise ValueError(f"protected attributes must not be facts scoring reads: {used}")
        return v

    @validator("unknown_facts")
    def _unknown_valid(cls, v: Dict[str, UnknownFact]) -> Dict[str, UnknownFact]:
        for name, spec in v.items():
            if name not in FACTS:
                raise ValueError(f"{name!r} is not a fact")
            fact = FACTS[name]
            for key in ("assume", "low", "high"):
                value = getattr(spec, key)
                if value is None or spec.scale:
                    continue
                ok = fact.is_valid(value) or (fact.kind == "list" and fact.item == "int"
                                              and isinstance(value, int))
                if not ok:
                    raise ValueError(f"{name}.{key}: {value!r} is not a valid {fact.kind} for this fact")
        return v


def _format_error(path: Union[str, Path], err: ValidationError) -> str:
    lines = [f"invalid rules file {path}:"]
    for e in err.errors():
        where = ".".join(str(p) for p in e["loc"] if p != "__root__") or "(top level)"
        lines.append(f"  field {where}: {e['msg']}")
    return "\n".join(lines)


def parse_rules(data: Any, path: Union[str, Path] = "<data>") -> Rules:
    """Validate already-parsed YAML; RulesError names every bad field."""
    if not isinstance(data, dict):
        raise RulesError(f"invalid rules file {path}: the top level must be a mapping")
    try:
        return Rules.parse_obj(data)
    except ValidationError as err:
        raise RulesError(_format_error(path, err)) from None


@lru_cache(maxsize=8)
def _load_cached(path: str) -> Rules:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise RulesError(f"cannot read rules file {path}: {err}") from None
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as err:
        raise RulesError(f"invalid YAML in rules file {path}: {err}") from None
    return parse_rules(data, path)


def load_rules(path: Union[str, Path, None] = None) -> Rules:
    """The rules at ``path`` (default: the packaged rules.yml), parsed once per path."""
    return _load_cached(str(Path(path or DEFAULT_RULES_PATH).resolve()))
