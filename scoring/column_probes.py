"""What to ask next for many profiles at once: completeness.rank_missing() over columns.

Each what-if probe (one missing or uncertain fact set to its plausible low or high
value) is a row like any other: the profile's given facts plus that one, counted as
known for certain, with the base profile's said-flags. A probe of a plain number is its
base row's columns with that number changed; a probe of an enum, a list, the children,
the occupation class or the build is read again from the facts. All probe rows of a
batch are scored together by column_scores.py, then ranked exactly as rank_missing()
ranks them.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence

import numpy as np

from scoring.column_scores import OUTCOMES, Said, score_columns
from scoring.columns import PLAIN, Columns
from scoring.completeness import candidate_facts, order_missing
from scoring.models import MissingFact, Profile
from scoring.rules import Rules
from scoring.situation import probe_value
from scoring.tables import tables_for

PROBE_CHUNK = 8192  # probe rows scored per pass


class _Probes:
    """Probe rows waiting to be scored, and the composite and decision of those scored.

    A probe of a PLAIN fact is its base row with one number changed; any other probe is
    read again from the profile's facts with the probed one added.
    """

    def __init__(self, base: Columns, said: Said, rules: Rules) -> None:
        self.columns, self.said, self.t = base, said, tables_for(rules)
        self.plain: list[tuple[int, int, str, float, Mapping[str, float]]] = []  # id, base row, fact, value, conf
        self.read: list[tuple[int, int, Mapping[str, Any], Mapping[str, float]]] = []  # id, base row, row, conf
        self.composite: dict[int, int] = {}
        self.decision: dict[int, str] = {}
        self.exact: dict[int, bool] = {}
        self.count = 0

    def add(self, profile: Profile, index: int, name: str, value: Any) -> int:
        """Queue one probe of profile ``index``; its number in the results."""
        conf = profile.confidence
        if conf:  # the probed fact counts as known for certain (confidence(extra=name))
            conf = dict(conf)
            conf[name] = 1.0
        probe = self.count
        self.count += 1
        if name in PLAIN:
            self.plain.append((probe, index, name, float(value), conf))
        else:
            row = dict(profile.values)
            row[name] = value
            self.read.append((probe, index, row, conf))
        if len(self.plain) >= PROBE_CHUNK or len(self.read) >= PROBE_CHUNK:
            self.flush()
        return probe

    def flush(self) -> None:
        if self.plain:
            ids, at, names, values, confs = zip(*self.plain)
            c = self.columns.take(np.asarray(at))
            names_at = np.asarray(names, dtype=object)
            values_at = np.asarray(values, dtype=float)
            for name in set(names):
                rows = np.flatnonzero(names_at == name)
                c.set_plain(rows, name, values_at[rows])
            c.refresh(confs, self.t)
            self._score(ids, at, c)
        if self.read:
            ids, at, rows, confs = zip(*self.read)
            self._score(ids, at, Columns(rows, confs, self.t))
        self.plain, self.read = [], []

    def _score(self, ids: Sequence[int], at: Sequence[int], c: Columns) -> None:
        index = np.asarray(at)
        said = Said([column[index] for column in self.said.penalties], self.said.high[index])
        s = score_columns(c, said, self.t)
        self.exact.update(zip(ids, c.exact.tolist()))
        self.composite.update(zip(ids, s["composite"].tolist()))
        self.decision.update(zip(ids, [OUTCOMES[i][0] for i in s["outcome"].tolist()]))


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
