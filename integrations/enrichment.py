"""Enrichment lookups (credit score, fraud and blacklist) as HTTP clients behind one interface.

Each check is configured by URL in settings and bounded by a timeout. A check that is not
configured, times out or answers badly returns ``done=False`` with a detail saying
"not done: ...", so the assessment states the check was not done instead of guessing.
Only the facts a provider needs are sent.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Mapping, Optional, Protocol

import requests

from needscout.settings import Settings


@dataclass(frozen=True)
class EnrichmentResult:
    """What one check found; ``done`` is False when it could not be run."""

    name: str
    done: bool
    outcome: Optional[dict[str, Any]]
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class EnrichmentCheck(Protocol):
    name: str

    def check(self, profile_facts: Mapping[str, Any]) -> EnrichmentResult: ...


def _value(fact: Any) -> Any:
    """Accept plain values or the extractor's {"value": ...} dicts; declined -> None."""
    if isinstance(fact, Mapping) and "value" in fact:
        return None if fact.get("declined") else fact.get("value")
    return fact


@dataclass
class HttpCheck:
    """POST the needed facts as JSON to ``url``; ``parse`` validates the answer."""

    name: str
    url: Optional[str]
    timeout_s: float
    sends: tuple[str, ...]
    expects: tuple[str, ...]
    setting: str
    http: Optional[requests.Session] = field(default=None, repr=False)

    def request_body(self, profile_facts: Mapping[str, Any]) -> dict[str, Any]:
        body = {name: _value(profile_facts.get(name)) for name in self.sends}
        if profile_facts.get("subject"):
            body["subject"] = str(profile_facts["subject"])
        return {k: v for k, v in body.items() if v is not None}

    def check(self, profile_facts: Mapping[str, Any]) -> EnrichmentResult:
        if not self.url:
            return self._not_done(f"not configured ({self.setting} unset)")
        try:
            response = (self.http or requests).post(self.url, json=self.request_body(profile_facts),
                                      timeout=self.timeout_s)
        except requests.Timeout:
            return self._not_done(f"no answer within {self.timeout_s:g} s")
        except requests.RequestException as error:
            return self._not_done(f"unreachable ({type(error).__name__})")
        if response.status_code != 200:
            return self._not_done(f"provider answered HTTP {response.status_code}")
        try:
            outcome = response.json()
        except ValueError:
            return self._not_done("provider answered with something other than JSON")
        if not isinstance(outcome, dict):
            return self._not_done("provider answer is not a JSON object")
        missing = [key for key in self.expects if key not in outcome]
        if missing:
            return self._not_done(f"provider answer lacks {', '.join(missing)}")
        return EnrichmentResult(self.name, True, outcome,
                                f"{self.name} done")

    def _not_done(self, why: str) -> EnrichmentResult:
        return EnrichmentResult(self.name, False, None, f"not done: {self.name} {why}")


def credit_score_check(settings: Settings) -> HttpCheck:
    return HttpCheck("credit_score", settings.enrichment_credit_url, settings.enrichment_timeout_s,
                     sends=("age", "annual_income", "other_debts", "mortgage_balance",
                            "employment_type", "years_in_job"),
                     expects=("score", "band"), setting="NEEDSCOUT_ENRICHMENT_CREDIT_URL")


def fraud_blacklist_check(settings: Settings) -> HttpCheck:
    return HttpCheck("fraud_blacklist", settings.enrichment_fraud_url, settings.enrichment_timeout_s,
                     sends=("age", "annual_income", "requested_cover", "occupation",
                            "employment_type"),
                     expects=("fraud_risk", "blacklisted"), setting="NEEDSCOUT_ENRICHMENT_FRAUD_URL")


def enrichment_checks(settings: Settings) -> list[HttpCheck]:
    """Every check NeedScout knows, configured from settings (unconfigured ones say so)."""
    return [credit_score_check(settings), fraud_blacklist_check(settings)]


def run_checks(settings: Settings, profile_facts: Mapping[str, Any]) -> list[EnrichmentResult]:
    """Run all checks in turn; each is bounded by the timeout, none raises."""
    return [check.check(profile_facts) for check in enrichment_checks(settings)]
