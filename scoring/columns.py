"""Many situations as columns: one numpy array per fact or per figure derived from one.

The batch path (batch.py) scores a whole list of profiles with array arithmetic. This
module does the part that must stay Python: reading each profile's given facts, then
filling what was not said with what the rules assume (as situation.py does), and turning
enums and lists into the numbers the stages read. Python work per row is kept to a few
C-level calls (``map(row.get, names)``); each distinct enum value or list is worked out
once. Lists whose items are added up (condition debits, concern costs) are kept one
column per position, so column_scores.py adds them in the per-profile code's order and
gets the same floats to the last bit.
"""

from __future__ import annotations

import math
from itertools import repeat
from operator import is_not
from typing import Any, Callable, Mapping, Optional, Sequence

import numpy as np

from scoring.needs import PARTNERED, WORKING, education_costs
from scoring.rules import LINES
from scoring.tables import RuleTables

# Integers from here on lose digits as floats: a row holding one is scored one at a time.
EXACT_INT = 2.0 ** 53

# Facts read as numbers (booleans as 0/1), NaN where not given.
NUMBERS = ("age", "annual_income", "spouse_income", "children_count", "dependent_parents",
           "other_debts", "mortgage_balance", "existing_life_cover", "liquid_savings",
           "existing_ci_cover", "existing_accident_cover", "occupation_class", "claims_5y",
           "job_changes_5y", "monthly_premium_budget", "requested_cover", "monthly_expenses",
           "height_cm", "weight_kg", "years_in_job")
FLAGS = ("has_medical_cover", "smoker", "hospitalized_5y", "asked_about_exclusions")
# Facts read as Python objects (enums, lists), None where not given.
OBJECTS = ("marital_status", "employment_type", "income_stability", "alcohol", "exercise",
           "referral_potential", "beneficiary_relation", "children_ages", "conditions",
           "family_history", "hazardous_hobbies", "goals", "concerns")
NO_WORK = ("unemployed", "homemaker", "student")  # flags.contradiction_flags: income while not working
NOT_PARTNERED = ("single", "divorced", "widowed")  # ... a spouse beneficiary while one of these


def padded(lists: Sequence[Sequence[float]]) -> list[np.ndarray]:
    """Column k holds every row's k-th item, 0.0 where a row has fewer."""
    width = max(map(len, lists), default=0)
    return [np.array([x[k] if len(x) > k else 0.0 for x in lists], dtype=float) for k in range(width)]


def per_value(keys: Sequence[Any], figures: Callable[[Any], tuple]) -> np.ndarray:
    """``figures(key)`` for each row, worked out once per distinct key, as a 2-D float array."""
    table = {k: figures(k) for k in set(keys)}
    return np.array(list(map(table.__getitem__, keys)), dtype=float).reshape(len(keys), -1)


def _as_key(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _keys(values: Sequence[Any], assumed: Any) -> list[tuple]:
    """A list fact's values as hashable keys, the assumed list where not given."""
    default = tuple(assumed)
    return [default if x is None else tuple(x) for x in values]


def _marital(values: Sequence[Any], t: RuleTables) -> dict[str, Any]:
    assumed = t.assumed["marital_status"]
    f = per_value(values, lambda m: ((assumed if m is None else m) in PARTNERED,
                                     m is not None and m not in PARTNERED, m in NOT_PARTNERED))
    return dict(zip(("partnered", "given_not_partnered", "given_single"), f.T.astype(bool)))


def _employment(values: Sequence[Any], t: RuleTables) -> dict[str, Any]:
    assumed = t.assumed["employment_type"]

    def figures(e: Any) -> tuple:
        x = assumed if e is None else e
        return (x in WORKING, x == "employed", x == "retired", x in ("self_employed", "business_owner"),
                x in t.business_beneficiary_ok_for, e in NO_WORK, t.employment_trajectory[x])

    f = per_value(values, figures)
    out = dict(zip(("working", "employed", "retired", "self_run", "business_ok", "given_no_work"),
                   f[:, :6].T.astype(bool)))
    out["trajectory"] = f[:, 6]
    return out


def _beneficiary(values: Sequence[Any], t: RuleTables) -> dict[str, Any]:
    assumed = t.assumed["beneficiary_relation"]

    def figures(b: Any) -> tuple:
        x = assumed if b is None else b
        return x in t.unusual_beneficiaries, x == "business_partner", b == "spouse"

    return dict(zip(("unusual_relation", "business_partner", "given_spouse_beneficiary"),
                    per_value(values, figures).T.astype(bool)))


def _lookup(name: str, attribute: str, table: Callable[[RuleTables], Mapping[Any, float]]
            ) -> Callable[[Sequence[Any], RuleTables], dict[str, Any]]:
    """Figures of an enum that is one table lookup (the assumed value where not given)."""
    def figures(values: Sequence[Any], t: RuleTables) -> dict[str, Any]:
        assumed, tab = t.assumed[name], table(t)
        return {attribute: per_value(values, lambda x: (tab[assumed if x is None else x],))[:, 0]}
    return figures


def _stability(values: Sequence[Any], t: RuleTables) -> dict[str, Any]:
    assumed = t.assumed["income_stability"]
    return {"variable": per_value(values, lambda x: ((assumed if x is None else x) == "variable",))[:, 0]
            .astype(bool)}


def _conditions(values: Sequence[Any], t: RuleTables) -> dict[str, Any]:
    keys = _keys(values, t.assumed["conditions"])
    f = per_value(keys, lambda k: (len(k), not t.refer_conditions.isdisjoint(k)))
    return {"n_conditions": f[:, 0], "refer_condition": f[:, 1].astype(bool), "any_condition": f[:, 0] > 0,
            "condition_debits": padded(list(map(
                {k: [t.condition_debits[c] for c in k] for k in set(keys)}.__getitem__, keys)))}


def _family(values: Sequence[Any], t: RuleTables) -> dict[str, Any]:
    def figures(history: tuple) -> tuple:
        points = sum(t.family_debits.get(c, 0.0) for c in set(history)) if history else 0.0
        return (min(points, t.family_max) if points else 0.0, bool(history),
                any(c in ("heart_disease", "cancer") for c in history))

    f = per_value(_keys(values, t.assumed["family_history"]), figures)
    return {"family_debits": f[:, 0], "any_family": f[:, 1].astype(bool),
            "family_heart_or_cancer": f[:, 2].astype(bool)}


def _hobbies(values: Sequence[Any], t: RuleTables) -> dict[str, Any]:
    keys = _keys(values, t.assumed["hazardous_hobbies"])
    return {"hobby_debits": padded(list(map({k: [t.hobby_debits[h] for h in k] for k in set(keys)}.__getitem__,
                                            keys))),
            "any_hobby": np.array(list(map(bool, keys)), dtype=bool)}


def _goals(values: Sequence[Any], t: RuleTables) -> dict[str, Any]:
    return {"goal_lines": per_value(_keys(values, t.assumed["goals"]), lambda k: tuple(
        line in t.goal_lines_of(list(k)) for line in LINES)).astype(bool)}


def _concerns(values: Sequence[Any], t: RuleTables) -> dict[str, Any]:
    keys = _keys(values, t.assumed["concerns"])
    return {"concern_costs": padded(list(map({k: [t.concern_costs[c] for c in k] for k in set(keys)}.__getitem__,
                                             keys))),
            "any_concern": np.array(list(map(bool, keys)), dtype=bool)}


# The figures each enum or list fact gives, from its values (None where not given).
OBJECT_FIGURES: dict[str, Callable[[Sequence[Any], RuleTables], dict[str, Any]]] = {
    "marital_status": _marital, "employment_type": _employment, "income_stability": _stability,
    "alcohol": _lookup("alcohol", "alcohol", lambda t: t.alcohol_debits),
    "exercise": _lookup("exercise", "exercise", lambda t: t.exercise_credit),
    "referral_potential": _lookup("referral_potential", "referral", lambda t: t.referral),
    "beneficiary_relation": _beneficiary, "conditions": _conditions, "family_history": _family,
    "hazardous_hobbies": _hobbies, "goals": _goals, "concerns": _concerns,
}


def _children(keys: Sequence[tuple], t: RuleTables) -> dict[str, Any]:
    """Count and ages as finish() completes them, and the figures read from the ages;
    keys are (given ages as a tuple or None, given count or -1)."""
    assumed_age = t.child_age_assumed

    def figures(key: tuple) -> tuple:
        given_ages, given_count = key
        ages = list(given_ages) if given_ages is not None else []
        count = int(given_count) if given_count >= 0 else len(ages)
        count = max(count, len(ages))
        if len(ages) < count:
            ages += [assumed_age] * (count - len(ages))
        total, monthly = education_costs(ages, t)
        youngest = min(ages) if ages else math.nan
        said = given_ages or ()
        return (count, youngest, total, monthly, bool(ages) and min(ages) < 10,
                len(said), max(said) if said else math.nan)

    c = per_value(keys, figures)
    return {"children_count": c[:, 0], "youngest": c[:, 1], "education_total": c[:, 2],
            "education_monthly": c[:, 3], "young_child": c[:, 4].astype(bool),
            "ages_given_count": c[:, 5], "oldest_given": c[:, 6]}


def _bmi(heights: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The BMI exactly as risk.bmi() computes it, once per distinct height and weight."""
    pairs = list(zip(heights.tolist(), weights.tolist()))
    table = {(h, w): w / ((h / 100.0) ** 2) if h else 0.0 for h, w in set(pairs)}
    return np.array(list(map(table.__getitem__, pairs)), dtype=float)


def _occupation(classes: np.ndarray, t: RuleTables) -> np.ndarray:
    values = classes.tolist()
    table = {c: t.occupation_debits[int(c)] for c in set(values)}
    return np.array(list(map(table.__getitem__, values)), dtype=float)


class Columns:
    """The situation of ``len(rows)`` profiles; attribute names follow the facts they come from.

    ``rows`` hold the given facts of each profile, ``confs`` their confidence dicts. A
    what-if probe is a base row taken (take()) with one fact set (set_fact(), refresh()).
    """

    def __init__(self, rows: Sequence[Mapping[str, Any]], confs: Sequence[Mapping[str, float]],
                 t: RuleTables) -> None:
        a = t.assumed
        n = self.n = len(rows)
        nan = math.nan
        defaults = tuple(repeat(nan, len(NUMBERS) + len(FLAGS)))
        names = NUMBERS + FLAGS
        given = np.array([tuple(map(r.get, names, defaults)) for r in rows], dtype=float).reshape(n, len(names))
        objects = list(zip(*[tuple(map(r.get, OBJECTS)) for r in rows])) or [()] * len(OBJECTS)
        self.given = {name: ~np.isnan(given[:, i]) for i, name in enumerate(names)}
        self.given.update((name, np.fromiter(map(is_not, col, repeat(None)), bool, n))
                          for name, col in zip(OBJECTS, objects))
        self.given_values = {name: given[:, i] for i, name in enumerate(names)}
        for name in {*t.preferred_requires_known, *(w for w, _ in t.confidence_weights)} - set(self.given):
            self.given[name] = np.array([name in r for r in rows], dtype=bool)  # facts read as neither
        self.exact = ~(given[:, :len(NUMBERS)] >= EXACT_INT).any(axis=1)
        for i, name in enumerate(names):
            assumed = a.get(name)
            value = given[:, i]
            if name != "monthly_expenses":
                value = np.where(self.given[name], value, nan if assumed is None else float(assumed))
            setattr(self, name, value.astype(bool) if name in FLAGS else value)
        obj = dict(zip(OBJECTS, objects))
        for name, figures in OBJECT_FIGURES.items():
            vars(self).update(figures(obj[name], t))
        self.ages_given = tuple(map(_as_key, obj["children_ages"]))
        self._children(t)
        self.occupation_debits = _occupation(self.occupation_class, t)
        self.bmi = _bmi(self.height_cm, self.weight_kg)
        self._contradictions(t)
        self.refresh(confs, t)

    def refresh(self, confs: Sequence[Mapping[str, float]], t: RuleTables) -> None:
        """The figures read from which facts are known, and expenses scaled from income (finish())."""
        self.monthly_expenses = np.where(self.given["monthly_expenses"], self.given_values["monthly_expenses"],
                                         t.expenses_share * self.annual_income / 12.0)
        self.preferred_known = np.ones(self.n, dtype=bool)
        for name in t.preferred_requires_known:
            self.preferred_known &= self.given[name]
        self.unusual_beneficiary = self.unusual_relation | (self.business_partner & ~self.business_ok)
        self._confidence(confs, t)

    def take(self, index: np.ndarray) -> "Columns":
        """The rows ``index`` of these columns, as new columns (copies)."""
        new = object.__new__(Columns)
        for key, value in vars(self).items():
            if isinstance(value, np.ndarray):
                value = value[index]
            elif isinstance(value, list):  # padded columns
                value = [column[index] for column in value]
            elif isinstance(value, tuple):  # a Python value per row
                value = tuple(value[i] for i in index.tolist())
            elif isinstance(value, dict):
                value = {k: v[index] for k, v in value.items()}
            setattr(new, key, value)
        new.n = len(index)
        return new

    def set_plain(self, rows: np.ndarray, name: str, values: np.ndarray) -> None:
        """Make a number or flag given at ``rows`` with ``values`` (set_fact() redoes what it feeds)."""
        getattr(self, name)[rows] = values
        self.given[name][rows] = True
        self.given_values[name][rows] = values
        if name in NUMBERS:
            self.exact[rows] &= ~(values >= EXACT_INT)

    def _children(self, t: RuleTables, rows: Optional[np.ndarray] = None) -> None:
        """The children figures of every row, or of ``rows`` only."""
        at = np.arange(self.n) if rows is None else rows
        counts = np.where(self.given["children_count"][at], self.given_values["children_count"][at], -1.0)
        ages = [self.ages_given[i] for i in at.tolist()]
        self._scatter(at, _children(list(zip(ages, counts.tolist())), t), rows is None)

    def _scatter(self, rows: np.ndarray, figures: Mapping[str, Any], whole: bool = False) -> None:
        """Write figures computed for ``rows`` into the columns (padded columns widen as needed)."""
        for key, value in figures.items():
            if whole:
                setattr(self, key, value)
            elif isinstance(value, list):
                columns = getattr(self, key)
                columns += [np.zeros(self.n) for _ in range(len(value) - len(columns))]
                for j, column in enumerate(columns):
                    column[rows] = value[j] if j < len(value) else 0.0
            else:
                getattr(self, key)[rows] = value

    def set_fact(self, rows: np.ndarray, name: str, values: Sequence[Any], t: RuleTables) -> None:
        """Make fact ``name`` given at ``rows`` with ``values`` and redo what it feeds (refresh() after)."""
        if name in OBJECT_FIGURES or name == "children_ages":
            self.given[name][rows] = True
            if name == "children_ages":
                ages = list(self.ages_given)
                for i, v in zip(rows.tolist(), values):
                    ages[i] = _as_key(v)
                self.ages_given = tuple(ages)
            else:
                self._scatter(rows, OBJECT_FIGURES[name](values, t))
        else:
            self.set_plain(rows, name, np.asarray(values, dtype=float))
        if name in ("children_ages", "children_count"):
            self._children(t, rows)
        elif name == "occupation_class":
            self.occupation_debits[rows] = _occupation(self.occupation_class[rows], t)
        elif name in ("height_cm", "weight_kg"):
            self.bmi[rows] = _bmi(self.height_cm[rows], self.weight_kg[rows])

    def _confidence(self, confs: Sequence[Mapping[str, float]], t: RuleTables) -> None:
        """composite.confidence(): known weights added in the rules' order (0.0 for unknown)."""
        got = np.zeros(self.n)
        known = [self.given[name] for name, _ in t.confidence_weights]
        for (name, w), mask in zip(t.confidence_weights, known):
            got = got + np.where(mask, w, 0.0)
        rows = [i for i, conf in enumerate(confs) if conf]
        if rows:  # an extractor's confidence weighs its fact down: per row, in the same order
            table = np.stack(known, axis=1)[rows].tolist()
            for i, row_known in zip(rows, table):
                conf, g = confs[i], 0.0
                for (name, w), is_known in zip(t.confidence_weights, row_known):
                    if is_known:
                        g += w * conf.get(name, 1.0)
                got[i] = g
        total = t.confidence_total
        self.confidence = got / total if total else np.ones(self.n)

    def _contradictions(self, t: RuleTables) -> None:
        """How many contradiction flags (flags.contradiction_flags) the given facts raise."""
        g, v = self.given, self.given_values
        age = v["age"]
        min_parent_age = t.rules.risk.moral_hazard.contradiction_min_parent_age
        no_work_income = t.rules.risk.moral_hazard.contradiction_income_when_unemployed
        income = np.where(g["annual_income"], v["annual_income"], 0.0)
        raised = [
            g["children_ages"] & g["children_count"] & (self.ages_given_count > v["children_count"]),
            (self.ages_given_count > 0) & g["age"] & (self.oldest_given > age - min_parent_age),
            g["spouse_income"] & (v["spouse_income"] != 0) & self.given_not_partnered,
            self.given_no_work & (income > no_work_income),
            g["years_in_job"] & g["age"] & (v["years_in_job"] > age - 14),
            self.given_spouse_beneficiary & self.given_single,
        ]
        self.contradictions = np.sum(raised, axis=0)
