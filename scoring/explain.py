"""Words for the numbers: need reasons for the prospect, decision reasons for the agent.

Each reason is one plain sentence with its figure; the agent's reasons and flags carry
Evidence: the fact, its value, and the message (and span) that gave it, or `assumed`
when the rules filled it in.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from scoring.evaluate import Evaluation
from scoring.flags import RawFlag
from scoring.models import Evidence, Flag, MissingFact, Need, Profile, Reason
from scoring.rules import Rules

# The facts each line's figure rests on: if one was assumed, the reason says so.
LINE_FACTS: dict[str, tuple[str, ...]] = {
    "life": ("annual_income", "children_count", "children_ages", "marital_status", "mortgage_balance",
             "other_debts", "existing_life_cover", "liquid_savings"),
    "critical_illness": ("annual_income", "existing_ci_cover"),
    "medical": ("has_medical_cover",),
    "accident": ("annual_income", "existing_accident_cover"),
    "disability": ("annual_income", "employment_type"),
    "education": ("children_count", "children_ages"),
    "retirement": ("age", "annual_income", "liquid_savings"),
}


class Words:
    """Formats money in the rules' currency; with a profile, also its evidence, each fact's
    made once (the same facts back many reasons and flags)."""

    def __init__(self, rules: Rules, profile: Optional[Profile] = None,
                 v: Optional[dict[str, Any]] = None) -> None:
        self.currency = rules.currency
        self.profile, self.v = profile, v
        self._evidence: dict[str, Evidence] = {}

    def money(self, x: float) -> str:
        return f"{self.currency} {x:,.0f}"

    def evidence(self, *names: str) -> tuple[Evidence, ...]:
        cache = self._evidence
        out = []
        for name in names:
            item = cache.get(name)
            if item is None:
                item = cache[name] = fact_evidence(self.profile, self.v, name)
            out.append(item)
        return tuple(out)


def fact_evidence(profile: Profile, v: dict[str, Any], name: str) -> Evidence:
    """The fact with the message that gave it, or marked assumed."""
    if name in profile.values:
        src = profile.sources.get(name)
        return Evidence(name, profile.values[name], src.message_id if src else None,
                        src.span if src else None)
    if name in profile.declined:
        return Evidence(name, None, None, None, assumed=True)
    return Evidence(name, v.get(name), None, None, assumed=True)


def evidence(profile: Profile, v: dict[str, Any], names: Iterable[str]) -> tuple[Evidence, ...]:
    """Each fact with the message that gave it, or marked assumed."""
    return tuple(fact_evidence(profile, v, name) for name in names)


def _children(n: int) -> str:
    return "1 child" if n == 1 else f"{n} children"


def need_reason(need: Need, ev: Evaluation, rules: Rules, w: Words) -> str:
    """One sentence a prospect can read, with the figure that matters."""
    v, n, m = ev.v, rules.needs, w.money
    line = need.line
    if line == "life":
        lf = ev.life
        held = lf.existing + lf.savings
        if need.gap <= 0:
            return f"Your existing cover and savings ({m(held)}) already meet your life need of {m(lf.need)}."
        if lf.dependants:
            parts = []
            if lf.debts + lf.mortgage:
                parts.append(f"debts and mortgage {m(lf.debts + lf.mortgage)}")
            if lf.income_part:
                parts.append(f"{lf.support_years:g} years of income {m(lf.income_part)}")
            if lf.education:
                parts.append(f"education {m(lf.education)}")
            if lf.parents:
                parts.append(f"support for parents {m(lf.parents)}")
            parts.append(f"final expenses {m(lf.final_expenses)}")
            text = (f"Your family would need about {m(lf.need)} ({', '.join(parts)}); after "
                    f"{m(held)} of existing cover and savings the gap is {m(need.gap)}")
        else:
            text = (f"With no one depending on your income, {n.life.no_dependents_income_multiple:g}× "
                    f"income plus debts and final expenses ({m(lf.need)}) is enough; after {m(held)} "
                    f"of existing cover and savings the gap is {m(need.gap)}")
        if need.recommended_sum < need.gap:
            text += f", and {m(need.recommended_sum)} is the most your income supports at your age"
        return text + "."
    if line == "critical_illness":
        if need.gap <= 0:
            return "Your critical illness cover already meets the usual 2–3 years of income."
        return (f"Recovery from a serious illness can take {n.critical_illness.income_years:g} years "
                f"without pay, so cover of {m(need.gap + v['existing_ci_cover'])} is the target and "
                f"{m(need.gap)} is still missing.")
    if line == "medical":
        if need.gap <= 0:
            return "You already have medical cover."
        return (f"Without medical cover one hospital stay can outrun your savings; a plan with a "
                f"{m(need.recommended_sum)} yearly limit closes that gap.")
    if line == "accident":
        if need.gap <= 0:
            return "Your accident cover already meets the usual amount."
        return (f"Accident cover of {n.accident.income_multiple:g}× income protects against sudden "
                f"death or disablement; {m(need.gap)} is still missing.")
    if line == "disability":
        if need.gap <= 0:
            return "Income protection applies while you earn from work, so it is not needed now."
        return (f"If illness or injury stopped your work, a benefit of {m(need.recommended_sum)} a year "
                f"({n.disability.replacement_ratio:.0%} of income) would keep the household running.")
    if line == "education":
        if need.gap <= 0:
            return "No education costs are ahead for your children."
        ages = ", ".join(str(a) for a in v["children_ages"])
        return (f"Education for {_children(v['children_count'])} "
                f"({'age' if len(v['children_ages']) == 1 else 'ages'} {ages}) will cost about {m(need.gap)}; saving about "
                f"{m(need.monthly_saving or 0)} a month builds it in time.")
    r = n.retirement
    if need.gap <= 0:
        return "Your savings already cover the retirement income we estimated."
    return (f"To retire at {r.retirement_age} on {r.replacement_ratio:.0%} of your income for "
            f"{r.years_in_retirement:g} years you need about {m(need.gap)} beyond a state pension and "
            f"your savings; about {m(need.monthly_saving or 0)} a month gets you there.")


def word_needs(ev: Evaluation, profile: Profile, rules: Rules, w: Words) -> None:
    """Fill each need's reason and the facts it assumed."""
    for need in ev.needs:
        assumed = tuple(f for f in LINE_FACTS[need.line] if f not in profile.values)
        if need.line != "life" and "children_ages" in assumed and not ev.v["children_count"]:
            assumed = tuple(f for f in assumed if f != "children_ages")
        need.assumed = assumed
        text = need_reason(need, ev, rules, w)
        if need.gap > 0 and assumed:
            shown = ", ".join(f"{f.replace('_', ' ')} {_show(ev.v[f], w)}" for f in assumed[:2])
            text = text[:-1] + f" (an estimate assuming {shown})."
        need.reason = text


def _show(value: Any, w: Words) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(x) for x in value) or "none"
    if isinstance(value, (int, float)):
        return f"{value:,.0f}"
    return str(value)


def word_flags(flags: Iterable[RawFlag], profile: Profile, v: dict[str, Any],
               w: Optional[Words] = None) -> list[Flag]:
    order = {"high": 0, "warning": 1, "info": 2}
    ev_of = w.evidence if w is not None and w.profile is profile else (
        lambda *names: evidence(profile, v, names))
    out = [Flag(f.code, f.severity, ev_of(*f.facts), f.detail) for f in flags]
    out.sort(key=lambda f: order[f.severity])
    return out


def decision_reasons(ev: Evaluation, profile: Profile, missing: list[MissingFact], rules: Rules,
                     w: Words) -> list[Reason]:
    """Why this decision, first; then the figures an agent checks, each with its evidence."""
    v, d, m = ev.v, rules.decision, w.money
    ev_of = w.evidence if w.profile is profile else (lambda *names: evidence(profile, v, names))
    risk, afford = ev.risk, ev.affordability
    top_drivers = sorted(risk.drivers, key=lambda x: -x.points)[:3]
    driver_facts = tuple(dict.fromkeys(f for x in top_drivers for f in x.facts))
    t = ev.trigger
    if t == "age_out_of_range":
        first = Reason(f"Age {v['age']} is outside the {d.min_age}–{d.max_age} we cover.", ev_of("age"))
    elif t == "risk_refer":
        drivers = ", ".join(x.code for x in top_drivers) or "no single driver"
        first = Reason(f"Risk class refer ({risk.insurability_debits:g} debits; {drivers}): an "
                       f"underwriter must review before any quote.", ev_of(*driver_facts))
    elif t == "high_flag":
        flag = next(f for f in ev.flags if f.severity == "high")
        first = Reason(f"Underwriter review: {flag.detail}.", ev_of(*flag.facts))
    elif t == "no_need":
        first = Reason("Existing cover and savings already meet every need we assessed.",
                       ev_of("existing_life_cover", "existing_ci_cover", "has_medical_cover",
                             "liquid_savings"))
    elif t == "no_capacity":
        first = Reason(f"The premium ceiling of {m(afford.premium_ceiling)}/month is below the smallest "
                       f"viable plan ({m(rules.affordability.min_viable_monthly_premium)}/month).",
                       ev_of("annual_income", "monthly_expenses", "monthly_premium_budget"))
    elif t == "low_confidence":
        ask = ", ".join(x.fact for x in missing[:3]) or "more facts"
        first = Reason(f"Only {ev.confidence:.0%} of what the decision rests on is known; ask about "
                       f"{ask} next.", ())
    elif t in ("low_composite", "weak_case"):
        weakest = min(ev.components, key=ev.components.get)
        bar = d.proceed_min_composite if t == "low_composite" else d.nurture_min_composite
        first = Reason(f"Composite {ev.composite} is below {bar:g}; weakest part: {weakest} "
                       f"({ev.components[weakest]:.2f}).", ())
    else:
        top = ev.needs[0]
        first = Reason(f"Composite {ev.composite} with {risk.risk_class} risk and a {top.level} "
                       f"{top.line.replace('_', ' ')} need of {m(top.recommended_sum)}.",
                       ev_of(*LINE_FACTS[top.line][:2]))
    reasons = [first]
    open_needs = [n for n in ev.needs if n.level in ("high", "medium")]
    if open_needs:
        listed = "; ".join(f"{n.line.replace('_', ' ')} {m(n.recommended_sum)}" for n in open_needs[:3])
        reasons.append(Reason(f"Needs to address first: {listed}.",
                              ev_of(*dict.fromkeys(f for n in open_needs[:3] for f in LINE_FACTS[n.line][:2]))))
    drivers = ", ".join(f"{x.code} {x.points:+g}" for x in top_drivers) or "no debits"
    reasons.append(Reason(f"Risk {risk.risk_class} (score {risk.score:g}): {drivers}.", ev_of(*driver_facts)))
    reasons.append(Reason(f"Premium ceiling {m(afford.premium_ceiling)}/month (limited by "
                          f"{afford.limited_by}); recommended cover costs about "
                          f"{m(afford.recommended_premium)}/month.",
                          ev_of("annual_income", "monthly_expenses", "monthly_premium_budget")))
    reasons.append(Reason(f"Customer value tier {ev.value.tier} ({ev.value.score:.2f}).",
                          ev_of("age", "annual_income", "referral_potential")))
    return reasons
