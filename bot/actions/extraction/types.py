"""Value types shared by the extractor's components and its callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class ExtractedFact:
    """One fact found in an utterance, with how sure we are and where it came from.

    ``span`` is a pair of character offsets into the ORIGINAL text, so the interview can
    store provenance and show the prospect what was understood.
    """

    value: object
    confidence: float
    span: tuple[int, int]
    range: Optional[tuple[float, float]] = None
    declined: bool = False

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready form; ``range``/``declined`` only when they say something."""
        out: dict[str, object] = {
            "value": self.value,
            "confidence": round(float(self.confidence), 3),
            "span": [int(self.span[0]), int(self.span[1])],
        }
        if self.range is not None:
            out["range"] = [self.range[0], self.range[1]]
        if self.declined:
            out["declined"] = True
        return out


@dataclass
class Quantity:
    """A number found in text, before any fact claims it.

    Money and plain counts share this type: which fact a quantity belongs to is decided
    later by the cue words around it, not by the number parser.
    """

    start: int
    end: int
    value: float
    low: Optional[float] = None
    high: Optional[float] = None
    currency: bool = False
    scaled: bool = False  # had k / thousand / million / grand
    period: Optional[str] = None  # year, month, week, fortnight, day, hour
    unit: Optional[str] = None  # years, months, weeks, days, times, %, year (calendar)
    approx: bool = False
    words: bool = False  # written as number words
    claimed: bool = field(default=False, compare=False)

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None

    @property
    def moneyish(self) -> bool:
        """Could be an amount of money (not a duration, percentage, year, etc.)."""
        if self.unit is not None:
            return False
        return self.currency or self.scaled or self.period is not None or self.value >= 100
