"""assess_batch(): many profiles scored at once with numpy, the same numbers as assess().

The numbers are computed column-wise (columns.py reads the profiles, column_scores.py
runs every stage over whole columns, bit-identical to evaluate()). The Assessments it
returns carry their headline Scores (composite, tier, risk class, decision, ceiling,
confidence); anything else (needs, reasons, flags, what to ask next) is worked out by
the per-profile code the first time it is read.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional, Union

import numpy as np

from scoring.assessment import Assessment, Scores, assess
from scoring.column_probes import rank_missing_many
from scoring.column_scores import OUTCOMES, RISK_CLASSES, TIERS, said_flags, score_columns
from scoring.columns import Columns
from scoring.models import Profile
from scoring.rules import Rules, load_rules
from scoring.tables import tables_for

CHUNK = 8192  # rows per pass: arrays this size stay in cache and keep memory flat


def scores_of(s: Mapping[str, np.ndarray], c: Columns) -> list[Optional[Scores]]:
    """Per row, the Scores an Assessment carries (None where a row must be scored alone)."""
    tier = [TIERS[i] for i in s["tier"].tolist()]
    risk = [RISK_CLASSES[i] for i in s["risk_class"].tolist()]
    outcome = [OUTCOMES[i] for i in s["outcome"].tolist()]
    return [Scores(composite, tr, rc, oc[0], ceiling, conf) if exact else None
            for composite, tr, rc, oc, ceiling, conf, exact in zip(
                s["composite"].tolist(), tier, risk, outcome, s["ceiling"].tolist(),
                c.confidence.tolist(), c.exact.tolist())]


def assess_batch(profiles: Iterable[Union[Profile, Mapping[str, Any]]], rules: Optional[Rules] = None,
                 peers: Optional[Iterable[Any]] = None, missing: bool = False) -> list[Assessment]:
    """assess() for every profile, the numbers computed column-wise; same results, in order.

    ``missing``: also rank each profile's missing facts (what to ask next, which
    to_dict() and the reasons read) with all the what-if probes scored column-wise.
    A profile holding an integer too large for a float (2**53 and up) is scored by assess().
    """
    if rules is None:
        rules = load_rules()
    t = tables_for(rules)
    peers = None if peers is None else list(peers)
    parsed = [p if isinstance(p, Profile) else Profile.from_facts(p) for p in profiles]
    out: list[Assessment] = []
    for start in range(0, len(parsed), CHUNK):
        chunk = parsed[start:start + CHUNK]
        c = Columns([p.values for p in chunk], [p.confidence for p in chunk], t)
        said = said_flags(c, chunk, rules)
        s = score_columns(c, said, t)
        ranked = rank_missing_many(chunk, c, said, s, rules) if missing else [None] * len(chunk)
        out += [Assessment(p, rules, None, peers, x, m) if x is not None else assess(p, rules, peers)
                for p, x, m in zip(chunk, scores_of(s, c), ranked)]
    return out
