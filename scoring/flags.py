"""Flags for the agent: moral-hazard signals, contradictions and affordability warnings.

Moral hazard follows insurance-notes: cover out of line with income ("worth more dead
than alive"), an unusual focus on exclusions, answers that contradict each other, an
unusual beneficiary. A flag is (code, severity, facts it rests on, detail); explain.py
attaches the messages that gave those facts.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from needscout.facts import FACTS
from scoring.models import Affordability, Profile
from scoring.needs import PARTNERED, LifeFigures
from scoring.rules import Rules
from scoring.tables import RuleTables


class RawFlag(NamedTuple):
    code: str
    severity: str
    facts: tuple[str, ...]
    detail: str


def _money(x: float) -> str:
    return f"{x:,.0f}"


def moral_hazard_flags(v: dict[str, Any], lf: LifeFigures, t: RuleTables) -> list[RawFlag]:
    """Over-insurance, exclusions focus and an unusual beneficiary."""
    out: list[RawFlag] = []
    requested = v["requested_cover"]
    if requested:
        total = requested + v["existing_life_cover"]
        if total > lf.cap:
            out.append(RawFlag("over_insurance", "high",
                               ("requested_cover", "existing_life_cover", "annual_income", "age"),
                               f"requested {_money(requested)} brings total life cover to "
                               f"{_money(total)}, above the {_money(lf.cap)} income justifies at this age"))
        elif requested > t.over_need_ratio * max(lf.need, 1.0):
            out.append(RawFlag("cover_above_need", "warning", ("requested_cover",),
                               f"requested {_money(requested)} is over {t.over_need_ratio:g}× "
                               f"the assessed life need of {_money(lf.need)}"))
    if v["asked_about_exclusions"]:
        severity = "high" if out and out[0].code == "over_insurance" else "warning"
        out.append(RawFlag("exclusions_focus", severity, ("asked_about_exclusions",),
                           "asked what the policy does not cover (e.g. suicide or pre-existing clauses)"))
    ben = v["beneficiary_relation"]
    if ben in t.unusual_beneficiaries or (
            ben == "business_partner" and v["employment_type"] not in t.business_beneficiary_ok_for):
        out.append(RawFlag("unusual_beneficiary", "warning", ("beneficiary_relation",),
                           f"beneficiary is a {ben.replace('_', ' ')}: check insurable interest"))
    return out


def contradiction_flags(profile: Profile, rules: Rules) -> list[RawFlag]:
    """Answers that cannot all be true, and facts whose value changed during the chat."""
    mh = rules.risk.moral_hazard
    given = profile.values
    out: list[RawFlag] = []
    ages = given.get("children_ages")
    if ages is not None and "children_count" in given and len(ages) > given["children_count"]:
        out.append(RawFlag("contradiction", "warning", ("children_count", "children_ages"),
                           f"{given['children_count']} children but {len(ages)} ages given"))
    if ages and "age" in given and max(ages) > given["age"] - mh.contradiction_min_parent_age:
        out.append(RawFlag("contradiction", "warning", ("age", "children_ages"),
                           f"a child aged {max(ages)} for a parent aged {given['age']}"))
    if given.get("spouse_income") and given.get("marital_status") not in (None, *PARTNERED):
        out.append(RawFlag("contradiction", "warning", ("marital_status", "spouse_income"),
                           f"spouse income given while {given['marital_status']}"))
    if (given.get("employment_type") in ("unemployed", "homemaker", "student")
            and given.get("annual_income", 0) > mh.contradiction_income_when_unemployed):
        out.append(RawFlag("contradiction", "warning", ("employment_type", "annual_income"),
                           f"{given['employment_type']} with an income of {_money(given['annual_income'])}"))
    if "years_in_job" in given and "age" in given and given["years_in_job"] > given["age"] - 14:
        out.append(RawFlag("contradiction", "warning", ("age", "years_in_job"),
                           f"{given['years_in_job']:g} years in the job at age {given['age']}"))
    if given.get("beneficiary_relation") == "spouse" and given.get("marital_status") in (
            "single", "divorced", "widowed"):
        out.append(RawFlag("contradiction", "warning", ("beneficiary_relation", "marital_status"),
                           f"spouse named as beneficiary while {given['marital_status']}"))
    for name, earlier in profile.previous.items():
        current = given.get(name)
        changed = [value for value, _ in earlier if value is not None and value != current]
        if changed and current is not None:
            out.append(RawFlag("changed_answer", "warning", (name,),
                               f"{name} was {changed[-1]!r} earlier, now {current!r}"))
    return out


def affordability_flags(a: Affordability, t: RuleTables) -> list[RawFlag]:
    """A request the ceiling cannot pay for, and a ceiling below any viable plan."""
    out: list[RawFlag] = []
    if a.requested_premium is not None and a.requested_premium > a.premium_ceiling:
        out.append(RawFlag("unaffordable_request", "warning",
                           ("requested_cover", "annual_income", "monthly_expenses", "monthly_premium_budget"),
                           f"the requested cover costs about {_money(a.requested_premium)}/month, "
                           f"above the {_money(a.premium_ceiling)}/month ceiling"))
    if a.premium_ceiling < t.min_viable_premium:
        out.append(RawFlag("no_premium_capacity", "warning",
                           ("annual_income", "monthly_expenses", "monthly_premium_budget"),
                           f"the premium ceiling of {_money(a.premium_ceiling)}/month is below "
                           f"the smallest viable plan"))
    elif a.recommended_premium > a.premium_ceiling:
        out.append(RawFlag("budget_below_need", "info",
                           ("annual_income", "monthly_expenses", "monthly_premium_budget"),
                           f"the recommended cover costs about {_money(a.recommended_premium)}/month; "
                           f"the ceiling is {_money(a.premium_ceiling)}: cover the top priorities first"))
    return out


def declined_flags(profile: Profile) -> list[RawFlag]:
    """Declined health answers must be asked by the underwriter (lack of candour signal)."""
    health = tuple(sorted(n for n in profile.declined if FACTS[n].group == "health"))
    if not health:
        return []
    return [RawFlag("declined_health", "info", health,
                    f"declined to answer: {', '.join(health)}")]
