"""The fact registry: the one place in code that defines every fact of shared/facts.md.

Every layer uses these names: Rasa slots (domain.yml), the extractor's output keys,
scoring's profile fields and the stored records. ``tests/test_fact_registry.py`` fails
when any of them drifts from this list. Add facts freely; never rename or re-mean one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

Kind = Literal["int", "number", "bool", "str", "enum", "list"]

CONDITIONS = (
    "hypertension", "diabetes", "heart_disease", "asthma", "copd", "cancer", "stroke",
    "kidney_disease", "liver_disease", "mental_health", "arthritis", "thyroid",
    "sleep_apnea", "epilepsy", "hiv", "other",
)


@dataclass(frozen=True)
class Fact:
    """One fact: its name, type, unit, allowed values and topic."""

    name: str
    kind: Kind
    group: str
    description: str
    unit: Optional[str] = None
    values: tuple[str, ...] = ()
    item: Optional[Literal["int", "enum"]] = None  # element type of a list fact
    sensitive: bool = False  # health and money: encrypted at rest
    bounds: Optional[tuple[float, float]] = None  # plausible range of a number (or list item)

    def is_valid(self, value: object) -> bool:
        """True when ``value`` has this fact's type and, for enums, an allowed value."""
        if self.kind == "list":
            return isinstance(value, list) and all(self._item_ok(v) for v in value)
        return self._scalar_ok(self.kind, value)

    def is_plausible(self, value: object) -> bool:
        """Valid and inside the plausible range: 30,000 dependants is a misread, not a fact."""
        if not self.is_valid(value):
            return False
        if self.bounds is None:
            return True
        low, high = self.bounds
        items = value if isinstance(value, list) else [value]
        return all(low <= v <= high for v in items if isinstance(v, (int, float)))

    def _item_ok(self, value: object) -> bool:
        return self._scalar_ok(self.item or "enum", value)

    def _scalar_ok(self, kind: str, value: object) -> bool:
        if kind == "int":
            return isinstance(value, int) and not isinstance(value, bool)
        if kind == "number":
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        if kind == "bool":
            return isinstance(value, bool)
        if kind == "str":
            return isinstance(value, str)
        if kind == "enum":
            return isinstance(value, str) and value in self.values
        return False


def _f(name: str, kind: Kind, group: str, description: str, **kw: object) -> Fact:
    return Fact(name, kind, group, description, **kw)  # type: ignore[arg-type]


_FACTS: tuple[Fact, ...] = (
    # Person and family
    _f("age", "int", "person", "age in years", unit="years", bounds=(16, 100)),
    _f("marital_status", "enum", "person", "marital status",
       values=("single", "married", "partnered", "divorced", "widowed")),
    _f("children_count", "int", "person", "number of children, 0 allowed", bounds=(0, 15)),
    _f("children_ages", "list", "person", "age of each child where known", item="int", unit="years",
       bounds=(0, 70)),
    _f("dependent_parents", "int", "person", "parents or elderly relatives supported financially",
       bounds=(0, 6)),
    _f("spouse_income", "number", "person", "spouse's income per year, 0 when none",
       unit="currency/year", sensitive=True),
    # Work
    _f("occupation", "str", "work", "job title as normalised lowercase words"),
    _f("occupation_class", "int", "work",
       "1 office/professional, 2 light manual or much travel, 3 manual/industrial, 4 hazardous"),
    _f("employment_type", "enum", "work", "employment type",
       values=("employed", "self_employed", "business_owner", "unemployed", "retired",
               "student", "homemaker")),
    _f("years_in_job", "number", "work", "years in the current job", unit="years", bounds=(0, 60)),
    _f("job_changes_5y", "int", "work", "job changes in the last five years", bounds=(0, 20)),
    # Money
    _f("annual_income", "number", "money", "own income per year", unit="currency/year", sensitive=True),
    _f("income_stability", "enum", "money", "income stability", values=("stable", "variable"),
       sensitive=True),
    _f("monthly_expenses", "number", "money", "household expenses per month",
       unit="currency/month", sensitive=True),
    _f("mortgage_balance", "number", "money", "outstanding mortgage", unit="currency", sensitive=True),
    _f("other_debts", "number", "money", "outstanding car, student, card, personal, business loans",
       unit="currency", sensitive=True),
    _f("liquid_savings", "number", "money", "cash, deposits, easily sold investments",
       unit="currency", sensitive=True),
    _f("monthly_premium_budget", "number", "money", "what they will spend on cover per month",
       unit="currency/month", sensitive=True),
    # Health and lifestyle
    _f("smoker", "bool", "health", "current smoker or vaper; quit over 12 months ago = false",
       sensitive=True),
    _f("alcohol", "enum", "health", "alcohol use", values=("none", "light", "moderate", "heavy"),
       sensitive=True),
    _f("exercise", "enum", "health", "exercise", values=("none", "occasional", "regular"),
       sensitive=True),
    _f("height_cm", "number", "health", "height", unit="cm", sensitive=True, bounds=(90, 240)),
    _f("weight_kg", "number", "health", "weight", unit="kg", sensitive=True, bounds=(30, 300)),
    _f("conditions", "list", "health", "medical conditions", item="enum", values=CONDITIONS,
       sensitive=True),
    _f("hospitalized_5y", "bool", "health", "hospital stay or surgery in the last five years",
       sensitive=True),
    _f("family_history", "list", "health", "conditions of parents and siblings", item="enum",
       values=CONDITIONS, sensitive=True),
    _f("hazardous_hobbies", "list", "health", "hazardous hobbies", item="enum",
       values=("skydiving", "scuba", "motor_racing", "climbing", "aviation", "martial_arts", "other"),
       sensitive=True),
    # Existing cover and history
    _f("existing_life_cover", "number", "cover", "life sum assured held", unit="currency",
       sensitive=True),
    _f("existing_ci_cover", "number", "cover", "critical illness sum assured held", unit="currency",
       sensitive=True),
    _f("has_medical_cover", "bool", "cover", "holds medical cover"),
    _f("existing_accident_cover", "number", "cover", "accident sum assured held", unit="currency",
       sensitive=True),
    _f("claims_5y", "int", "cover", "insurance claims in the last five years", bounds=(0, 50)),
    # Goals, attitude and signals
    _f("goals", "list", "goals", "what the prospect wants cover for", item="enum",
       values=("protect_family", "pay_off_mortgage", "children_education", "retirement",
               "health_costs", "critical_illness", "income_protection", "wealth_transfer",
               "savings")),
    _f("requested_cover", "number", "goals", "a sum assured the prospect asks for", unit="currency",
       sensitive=True),
    _f("concerns", "list", "goals", "worries about cover", item="enum",
       values=("cost", "trust", "complexity", "claims_denial", "not_needed", "timing", "privacy")),
    _f("asked_about_exclusions", "bool", "goals", "asked what is not covered"),
    _f("beneficiary_relation", "enum", "goals", "who would receive the benefit",
       values=("spouse", "child", "parent", "sibling", "business_partner", "friend", "other")),
    _f("referral_potential", "enum", "goals", "how many people they could introduce",
       values=("low", "medium", "high")),
)

FACTS: dict[str, Fact] = {fact.name: fact for fact in _FACTS}
FACT_NAMES: tuple[str, ...] = tuple(FACTS)
GROUPS: tuple[str, ...] = ("person", "work", "money", "health", "cover", "goals")


def fact(name: str) -> Fact:
    """The fact called ``name``; KeyError names the unknown fact."""
    try:
        return FACTS[name]
    except KeyError:
        raise KeyError(f"unknown fact {name!r}; see needscout/facts.py") from None


def facts_in(group: str) -> list[Fact]:
    """The facts of one topic, in registry order."""
    return [f for f in _FACTS if f.group == group]
