"""The situation scoring computes on: every fact the rules read, given or assumed.

A thin profile still gets an assessment because each missing fact takes the value the
rules' ``unknown_facts`` table assumes for it; the set of assumed facts travels along so
reasons can say "estimate" and confidence can drop. Plain dicts keep this fast.
"""

from __future__ import annotations

from typing import Any, Optional

from scoring.models import Profile
from scoring.rules import Rules

# Facts the rules table does not assume: "not said" simply means none / no.
_EMPTY_DEFAULTS: dict[str, Any] = {
    "occupation": None, "goals": [], "requested_cover": None, "concerns": [],
    "asked_about_exclusions": False, "beneficiary_relation": None,
}

_base_cache: dict[int, tuple[Rules, dict[str, Any]]] = {}


def assumptions(rules: Rules) -> dict[str, Any]:
    """The assumed value of every fact, as the rules give it (cached per rules object)."""
    hit = _base_cache.get(id(rules))
    if hit is not None and hit[0] is rules:
        return hit[1]
    base = dict(_EMPTY_DEFAULTS)
    for name, spec in rules.unknown_facts.items():
        base[name] = spec.assume
    _base_cache[id(rules)] = (rules, base)
    return base


def resolve(profile: Profile, rules: Rules, override: Optional[tuple[str, Any]] = None) -> dict[str, Any]:
    """Given facts over assumed ones; ``override`` sets one fact as if it were said."""
    given = profile.values
    v = dict(assumptions(rules))
    v.update(given)
    known = given.keys()
    if override is not None:
        v[override[0]] = override[1]
        known = set(known) | {override[0]}
    finish(v, known, rules)
    return v


def finish(v: dict[str, Any], known: Any, rules: Rules) -> None:
    """Derive what depends on other facts: income-scaled assumptions, one age per child."""
    unknown = rules.unknown_facts
    if "monthly_expenses" not in known:
        v["monthly_expenses"] = unknown["monthly_expenses"].assume * v["annual_income"] / 12.0
    ages = v["children_ages"] if "children_ages" in known else []
    count = v["children_count"] if "children_count" in known else len(ages)
    v["children_count"] = max(count, len(ages))
    if len(ages) < v["children_count"]:
        ages = list(ages) + [unknown["children_ages"].assume] * (v["children_count"] - len(ages))
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
