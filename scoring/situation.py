"""The situation scoring computes on: every fact the rules read, given or assumed.

A thin profile still gets an assessment because each missing fact takes the value the
rules' ``unknown_facts`` table assumes for it; the set of assumed facts travels along so
reasons can say "estimate" and confidence can drop. Plain dicts keep this fast.
"""

from __future__ import annotations

from typing import Any, Collection, Optional

from scoring.models import Profile
from scoring.rules import Rules
from scoring.tables import RuleTables, tables_for


def assumptions(rules: Rules) -> dict[str, Any]:
    """The assumed value of every fact, as the rules give it (built once per rules object)."""
    return tables_for(rules).assumed


def resolve(profile: Profile, rules: Rules, override: Optional[tuple[str, Any]] = None) -> dict[str, Any]:
    """Given facts over assumed ones; ``override`` sets one fact as if it were said."""
    return situation(profile, tables_for(rules), override)


def situation(profile: Profile, t: RuleTables, override: Optional[tuple[str, Any]] = None) -> dict[str, Any]:
    """resolve() on the rules' tables."""
    given = profile.values
    v = dict(t.assumed)
    v.update(given)
    known: Collection[str] = given
    if override is not None:
        v[override[0]] = override[1]
        known = set(given) | {override[0]}
    finish(v, known, t)
    return v


# What finish() derives, and the facts (values or being known) it derives them from;
# every other fact's value is what was said or assumed.
DERIVED = ("monthly_expenses", "children_count", "children_ages")
FINISH_READS = frozenset({"annual_income", *DERIVED})


def probe_situation(profile: Profile, t: RuleTables, override: tuple[str, Any],
                    base: dict[str, Any]) -> dict[str, Any]:
    """situation(profile, t, override), starting from the situation without the override."""
    if override[0] in FINISH_READS:
        return situation(profile, t, override)
    v = dict(base)
    v[override[0]] = override[1]
    return v


def finish(v: dict[str, Any], known: Collection[str], t: RuleTables) -> None:
    """Derive what depends on other facts: income-scaled assumptions, one age per child."""
    if "monthly_expenses" not in known:
        v["monthly_expenses"] = t.expenses_share * v["annual_income"] / 12.0
    ages = v["children_ages"] if "children_ages" in known else []
    count = v["children_count"] if "children_count" in known else len(ages)
    count = v["children_count"] = max(count, len(ages))
    if len(ages) < count:
        ages = list(ages) + [t.child_age_assumed] * (count - len(ages))
    v["children_ages"] = ages


def probe_value(name: str, which: str, v: dict[str, Any], rules: Rules) -> Any:
    """The plausible low/high value of a fact for what-if probes, in the fact's units."""
    spec = rules.unknown_facts[name]
    value = getattr(spec, which)
    if spec.scale == "monthly_income":
        return value * v["annual_income"] / 12.0
    if name == "children_ages":
        return [value] * max(1, v["children_count"])
    return value
