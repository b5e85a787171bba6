"""What to ask next for many profiles at once: completeness.rank_missing() over columns.

Each what-if probe (one missing or uncertain fact set to its plausible low or high
value) is a row like any other: the profile's given facts plus that one, counted as
known for certain, with the base profile's said-flags: its base row's columns with that
fact set and the figures it feeds worked out again for that row only (Columns.take,
set_fact, refresh), so no profile is read twice. All probe rows of a batch are scored
together by column_scores.py, then ranked exactly as rank_missing() ranks them.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence

import numpy as np

from scoring.column_scores import OUTCOMES, Said, score_columns
from scoring.columns import Columns
from scoring.completeness import candidate_facts, order_missing
from scoring.models import MissingFact, Profile
from scoring.rules import Rules
from scoring.situation import probe_value
from scoring.tables import tables_for

PROBE_CHUNK = 8192  # probe rows scored per pass


class _Probes:
    """Probe rows waiting to be scored, and the composite and decision of those scored.

    A probe is its base row's columns with one fact set (Columns.take, set_fact).
    """

    def __init__(self, base: Columns, said: Said, rules: Rules) -> None:
        self.columns, self.said, self.t = base, said, tables_for(rules)
        self.queue: list[tuple[int, int, str, Any, Mapping[str, float]]] = []  # id, base row, fact, value, conf
        self.composite: dict[int, int] = {}
        self.decision: dict[int, str] = {}
        self.exact: dict[int, bool] = {}

    def add(self, profile: Profile, index: int, name: str, value: Any) -> int:
        """Queue one probe of profile ``index``; its number in the results."""
        conf = profile.confidence
        if conf:  # the probed fact counts as known for certain (confidence(extra=name))
            conf = dict(conf)
            conf[name] = 1.0
        probe = len(self.composite) + len(self.queue)
        self.queue.append((probe, index, name, value, conf))
        if len(self.queue) >= PROBE_CHUNK:
            self.flush()
        return probe

    def flush(self) -> None:
        if not self.queue:
            return
        ids, at, names, values, confs = zip(*self.queue)
        index = np.asarray(at)
        c = self.columns.take(index)
        names_at = np.asarray(names, dtype=object)
        for name in set(names):
            rows = np.flatnonzero(names_at == name)
            c.set_fact(rows, name, [values[k] for k in rows.tolist()], self.t)
        c.refresh(confs, self.t)
        said = Said([column[index] for column in self.said.penalties], self.said.high[index])
        s = score_columns(c, said, self.t)
        self.exact.update(zip(ids, c.exact.tolist()))
        self.composite.update(zip(ids, s["composite"].tolist()))
        self.decision.update(zip(ids, [OUTCOMES[i][0] for i in s["outcome"].tolist()]))
        self.queue = []


def rank_missing_many(profiles: Sequence[Profile], c: Columns, said: Said, s: Mapping[str, np.ndarray],
                      rules: Rules) -> list[Optional[list[MissingFact]]]:
    """rank_missing() for each profile (None where a number is too large for the column path)."""
    probes = _Probes(c, said, rules)
    income, count = c.annual_income.tolist(), c.children_count.tolist()
    partnered, exact = c.partnered.tolist(), c.exact.tolist()
    plans: list[Optional[list[tuple[str, str, list[int]]]]] = []
    for i, profile in enumerate(profiles):
        if not exact[i]:
            plans.append(None)
            continue
        v = {"annual_income": income[i], "children_count": int(count[i])}
        plan = []
        for name, status in candidate_facts(profile, partnered[i], rules):
            queued = []
            for which in ("low", "high"):
                value = probe_value(name, which, v, rules)
                if value is not None:
                    queued.append(probes.add(profile, i, name, value))
            plan.append((name, status, queued))
        plans.append(plan)
    probes.flush()
    base_composite = s["composite"].tolist()
    base_decision = [OUTCOMES[i][0] for i in s["outcome"].tolist()]
    out: list[Optional[list[MissingFact]]] = []
    for i, plan in enumerate(plans):
        if plan is None:
            out.append(None)
            continue
        if not all(probes.exact[k] for _, _, queued in plan for k in queued):
            out.append(None)  # a probe value too large for a float: rank_missing() does this one
            continue
        ranked = []
        for name, status, queued in plan:
            impact, flips = 0.0, False
            for k in queued:
                impact = max(impact, abs(probes.composite[k] - base_composite[i]))
                flips = flips or probes.decision[k] != base_decision[i]
            if impact > 0 or flips:
                ranked.append(MissingFact(name, status, impact, flips))
        out.append(order_missing(ranked, rules))
    return out
