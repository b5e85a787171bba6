"""Typed models: the Profile scoring reads and the Assessment it writes.

A Profile keeps what the prospect said (value, confidence, source message, declined)
and nothing else: keys that are not registered facts, protected attributes among them,
are dropped on the way in. Models are slotted dataclasses because a batch scores
tens of thousands of them per second.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from collections.abc import Mapping
from typing import Any, Iterable, Optional, Union

from needscout.facts import FACTS

Priority = int  # 1 = address first; see Need.level for the high/medium/low band
RISK_CLASSES = ("preferred", "standard", "rated", "refer")
DECISIONS = ("proceed", "refer_to_underwriter", "nurture", "not_a_fit")
SEVERITIES = ("info", "warning", "high")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact came from: the message id and the character span in it."""

    message_id: str
    span: Optional[tuple[int, int]] = None

    def to_dict(self) -> dict[str, Any]:
        return {"message_id": self.message_id, "span": list(self.span) if self.span else None}


@dataclass(frozen=True, slots=True)
class FactValue:
    """One fact as the prospect gave it (or declined to)."""

    name: str
    value: Any = None
    confidence: float = 1.0
    source: Optional[Source] = None
    declined: bool = False
    previous: tuple[tuple[Any, Optional[Source]], ...] = ()


def _bad(name: str, value: Any, why: str) -> ValueError:
    return ValueError(f"fact {name!r}: {value!r} {why}")


def _coerce_value(name: str, value: Any) -> Any:
    """The value in the registry's type, or ValueError naming the fact."""
    f = FACTS[name]
    if f.kind == "int" and isinstance(value, float) and value.is_integer():
        value = int(value)
    elif f.kind == "list" and isinstance(value, (list, tuple)):
        value = [int(x) if f.item == "int" and isinstance(x, float) and x.is_integer() else x
                 for x in value]
    if not f.is_valid(value):
        allowed = f" (allowed: {', '.join(f.values)})" if f.values else ""
        raise _bad(name, value, f"is not a valid {f.kind}{'[' + f.item + ']' if f.item else ''}{allowed}")
    if f.kind in ("int", "number"):
        if not math.isfinite(value) or value < 0:
            raise _bad(name, value, "must be a finite number >= 0")
    elif f.kind == "list" and f.item == "int" and any(x < 0 for x in value):
        raise _bad(name, value, "must hold numbers >= 0")
    return value


def _source(name: str, raw: Any) -> Optional[Source]:
    if raw is None:
        return None
    if isinstance(raw, Source):
        return raw
    if not isinstance(raw, Mapping) or not isinstance(raw.get("message_id"), (str, int)):
        raise _bad(name, raw, "source must be {'message_id': str, 'span': [start, end]}")
    span = raw.get("span")
    if span is not None:
        if (not isinstance(span, (list, tuple)) or len(span) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)):
            raise _bad(name, raw, "source span must be [start, end] integers")
        span = (span[0], span[1])
    return Source(str(raw["message_id"]), span)


def _non_negative(value: Any) -> bool:
    return value >= 0 and value == value and value != float("inf")


def _items_non_negative(value: Any) -> bool:
    return all(x >= 0 for x in value)


def _always(value: Any) -> bool:
    return True


# The extra check a value already of the right type must pass to skip coercion.
_FAST_OK = {name: (_non_negative if f.kind in ("int", "number")
                   else _items_non_negative if f.kind == "list" and f.item == "int" else _always)
            for name, f in FACTS.items()}

# Each fact's kind, and the values an enum allows: from_facts takes a plain number, flag,
# word or enum value of exactly the right type with one lookup and a comparison or two
# (a batch parses tens of thousands of profiles); anything else takes the full path.
_KIND = {name: f.kind for name, f in FACTS.items()}
_ENUM_VALUES = {name: frozenset(f.values) for name, f in FACTS.items() if f.kind == "enum"}
_INF = float("inf")


class Profile:
    """The facts known about one prospect, each with confidence, source and declined mark.

    ``values`` holds only facts actually given; what scoring assumes for the rest is
    decided by the rules (see situation.py), never stored here.
    """

    __slots__ = ("values", "confidence", "sources", "declined", "previous")

    def __init__(self, values: Optional[dict[str, Any]] = None,
                 confidence: Optional[dict[str, float]] = None,
                 sources: Optional[dict[str, Source]] = None,
                 declined: Iterable[str] = (),
                 previous: Optional[dict[str, tuple[tuple[Any, Optional[Source]], ...]]] = None) -> None:
        self.values: dict[str, Any] = values or {}
        self.confidence: dict[str, float] = confidence or {}
        self.sources: dict[str, Source] = sources or {}
        self.declined: frozenset[str] = frozenset(declined)
        self.previous = previous or {}

    @classmethod
    def from_facts(cls, facts: Mapping[str, Any]) -> "Profile":
        """Build from plain values or {value, confidence, source, declined, previous} dicts.

        Keys that are not facts are ignored; a bad value raises ValueError naming the fact.
        """
        if not isinstance(facts, Mapping):
            raise ValueError(f"a profile must be a mapping of fact names, got {type(facts).__name__}")
        values: dict[str, Any] = {}
        confidence: dict[str, float] = {}
        sources: dict[str, Source] = {}
        declined: list[str] = []
        previous: dict[str, tuple[tuple[Any, Optional[Source]], ...]] = {}
        for name, raw in facts.items():
            kind = _KIND.get(name)
            if kind is None:
                continue
            t = type(raw)
            if ((t is float and kind == "number" and 0 <= raw < _INF)
                    or (t is int and (kind == "number" or kind == "int") and raw >= 0)
                    or (t is bool and kind == "bool")
                    or (t is str and (kind == "str" or (kind == "enum" and raw in _ENUM_VALUES[name])))):
                values[name] = raw  # already in the registry's type
                continue
            if t is dict or (t is not list and isinstance(raw, Mapping)):
                if raw.get("declined"):
                    declined.append(name)
                    continue
                conf = raw.get("confidence", 1.0)
                if isinstance(conf, bool) or not isinstance(conf, (int, float)) or not 0 <= conf <= 1:
                    raise _bad(name, conf, "confidence must be a number in 0..1")
                src = _source(name, raw.get("source"))
                prev = raw.get("previous") or ()
                if prev:
                    previous[name] = tuple(_previous(name, p) for p in prev)
                raw = raw.get("value")
                if raw is None:
                    continue
                confidence[name] = float(conf)
                if src is not None:
                    sources[name] = src
            elif raw is None:
                continue
            elif FACTS[name].is_valid(raw) and _FAST_OK.get(name, _non_negative)(raw):
                values[name] = raw  # already in the registry's type: skip coercion
                continue
            values[name] = _coerce_value(name, raw)
        return cls(values, confidence, sources, declined, previous)

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)

    def is_known(self, name: str) -> bool:
        return name in self.values

    def is_declined(self, name: str) -> bool:
        return name in self.declined

    def confidence_of(self, name: str) -> float:
        """1.0 for a plain value, the extractor's figure otherwise, 0 when unknown."""
        if name not in self.values:
            return 0.0
        return self.confidence.get(name, 1.0)

    def fact(self, name: str) -> FactValue:
        return FactValue(name, self.values.get(name), self.confidence_of(name),
                         self.sources.get(name), name in self.declined, self.previous.get(name, ()))

    def with_fact(self, name: str, value: Any, confidence: float = 1.0) -> "Profile":
        """A copy with one fact set (validated); used by what-if probes and tests."""
        values = dict(self.values)
        values[name] = _coerce_value(name, value)
        conf = dict(self.confidence)
        conf[name] = confidence
        return Profile(values, conf, self.sources, self.declined - {name}, self.previous)

    def without(self, name: str) -> "Profile":
        """A copy where ``name`` is unknown."""
        values = {k: v for k, v in self.values.items() if k != name}
        return Profile(values, self.confidence, self.sources, self.declined - {name}, self.previous)

    def to_facts(self) -> dict[str, Any]:
        """The inverse of from_facts, for storing and round-trips."""
        out: dict[str, Any] = {}
        for name, value in self.values.items():
            item: dict[str, Any] = {"value": value, "confidence": self.confidence_of(name)}
            if name in self.sources:
                item["source"] = self.sources[name].to_dict()
            out[name] = item
        for name in self.declined:
            out[name] = {"value": None, "declined": True}
        return out

    def __repr__(self) -> str:
        return f"Profile({self.values!r}, declined={sorted(self.declined)!r})"


def _previous(name: str, raw: Any) -> tuple[Any, Optional[Source]]:
    if isinstance(raw, Mapping):
        return raw.get("value"), _source(name, raw.get("source"))
    return raw, None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A fact a reason or flag rests on, with the message that gave it."""

    fact: str
    value: Any
    message_id: Optional[str] = None
    span: Optional[tuple[int, int]] = None
    assumed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"fact": self.fact, "value": self.value, "message_id": self.message_id,
                "span": list(self.span) if self.span else None, "assumed": self.assumed}


@dataclass(frozen=True, slots=True)
class Flag:
    code: str
    severity: str  # info | warning | high
    evidence: tuple[Evidence, ...]
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "detail": self.detail,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(slots=True)
class Need:
    """One line of cover: how much is missing, what to buy and why (prospect-facing)."""

    line: str
    gap: float
    recommended_sum: float
    urgency: float
    level: str = "low"
    priority: Priority = 0
    reason: str = ""
    unit: str = "lump_sum"  # lump_sum | per_year (disability benefit, medical limit)
    monthly_saving: Optional[float] = None  # education and retirement: to build the fund
    assumed: tuple[str, ...] = ()  # facts this figure assumed because nobody gave them

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "gap": round(self.gap, 2),
                "recommended_sum": round(self.recommended_sum, 2), "priority": self.priority,
                "level": self.level, "reason": self.reason, "unit": self.unit,
                "monthly_saving": None if self.monthly_saving is None else round(self.monthly_saving, 2),
                "assumed": list(self.assumed)}


@dataclass(frozen=True, slots=True)
class Driver:
    """Debit points one fact added to the risk score (negative = credit)."""

    code: str
    points: float
    facts: tuple[str, ...]
    kind: str  # health | occupation | financial

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "points": self.points, "facts": list(self.facts), "kind": self.kind}


class RiskAssessment:
    """The class and its debits; the drivers are kept as (code, points, facts, kind) rows
    and become Driver objects when first read, since a batch rarely reads them."""

    __slots__ = ("risk_class", "score", "insurability_debits", "financial_debits", "table", "loading",
                 "_rows", "_drivers")

    def __init__(self, risk_class: str, score: float, insurability_debits: float,
                 financial_debits: float, table: int, loading: float,
                 drivers: Iterable[Union[Driver, tuple[str, float, tuple[str, ...], str]]]) -> None:
        self.risk_class = risk_class
        self.score = score  # all debits, capped; 0 = best
        self.insurability_debits = insurability_debits
        self.financial_debits = financial_debits
        self.table = table  # substandard table step, 0 unless rated
        self.loading = loading  # premium multiplier: 1.0, 1.25, 1.5 ...
        self._rows = drivers
        self._drivers: Optional[list[Driver]] = None

    @property
    def drivers(self) -> list[Driver]:
        if self._drivers is None:
            self._drivers = [d if isinstance(d, Driver) else Driver(*d) for d in self._rows]
        return self._drivers

    def to_dict(self) -> dict[str, Any]:
        return {"risk_class": self.risk_class, "score": self.score,
                "insurability_debits": self.insurability_debits,
                "financial_debits": self.financial_debits, "table": self.table,
                "loading": self.loading, "drivers": [d.to_dict() for d in self.drivers]}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RiskAssessment) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return (f"RiskAssessment(risk_class={self.risk_class!r}, score={self.score!r}, "
                f"table={self.table!r}, loading={self.loading!r}, drivers={self.drivers!r})")


@dataclass(slots=True)
class Affordability:
    premium_ceiling: float  # monthly
    income_cap: float
    disposable_cap: float
    budget: Optional[float]
    limited_by: str  # income | disposable | budget
    recommended_premium: float  # monthly estimate for the high and medium needs
    requested_premium: Optional[float]  # monthly estimate for requested_cover, if any

    def to_dict(self) -> dict[str, Any]:
        return {"premium_ceiling": round(self.premium_ceiling, 2),
                "income_cap": round(self.income_cap, 2),
                "disposable_cap": round(self.disposable_cap, 2), "budget": self.budget,
                "limited_by": self.limited_by,
                "recommended_premium": round(self.recommended_premium, 2),
                "requested_premium": None if self.requested_premium is None
                else round(self.requested_premium, 2)}


@dataclass(slots=True)
class ValueAssessment:
    score: float  # 0..1
    tier: str  # A..D
    parts: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        return {"score": round(self.score, 4), "tier": self.tier,
                "parts": {k: round(v, 4) for k, v in self.parts.items()}}


@dataclass(frozen=True, slots=True)
class Reason:
    text: str
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True, slots=True)
class MissingFact:
    fact: str
    status: str  # missing | uncertain
    impact: float  # largest composite change over the plausible values
    can_change_decision: bool

    def to_dict(self) -> dict[str, Any]:
        return {"fact": self.fact, "status": self.status, "impact": round(self.impact, 1),
                "can_change_decision": self.can_change_decision}
