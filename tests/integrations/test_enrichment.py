"""Enrichment adapters against the reference service, and when they cannot run."""

from __future__ import annotations

import socket
import threading

from integrations.enrichment import run_checks
from needscout.settings import load_settings

PROFILE = {"age": {"value": 40, "confidence": 0.9}, "annual_income": 80000.0,
           "other_debts": 20000.0, "years_in_job": 6, "employment_type": "employed",
           "requested_cover": 500000.0, "occupation": "teacher"}


def settings_for(credit: str | None, fraud: str | None, timeout: float = 2.0):
    env = {"NEEDSCOUT_ENRICHMENT_TIMEOUT": str(timeout)}
    if credit:
        env["NEEDSCOUT_ENRICHMENT_CREDIT_URL"] = credit
    if fraud:
        env["NEEDSCOUT_ENRICHMENT_FRAUD_URL"] = fraud
    return load_settings(env)


def test_checks_done_against_the_reference_service(reference_service) -> None:
    url = reference_service.url
    credit, fraud = run_checks(settings_for(url + "/enrichment/credit-score",
                                            url + "/enrichment/fraud-check"), PROFILE)
    assert credit.done and credit.outcome == {"score": 793, "band": "excellent"}  # 800-37+30
    assert fraud.done and fraud.outcome["fraud_risk"] == "low" and fraud.outcome["blacklisted"] is False
    _, listed = run_checks(settings_for(None, url + "/enrichment/fraud-check"),
                           {**PROFILE, "subject": "blocked-subject"})
    assert listed.outcome["blacklisted"] is True


def test_unconfigured_checks_say_not_done() -> None:
    results = run_checks(settings_for(None, None), PROFILE)
    assert [r.done for r in results] == [False, False]
    assert results[0].detail == "not done: credit_score not configured (NEEDSCOUT_ENRICHMENT_CREDIT_URL unset)"


def test_unreachable_and_wrong_answers_say_not_done(reference_service) -> None:
    credit, fraud = run_checks(settings_for("http://127.0.0.1:9/x",
                                            reference_service.url + "/nowhere"), PROFILE)
    assert not credit.done and credit.detail.startswith("not done: credit_score unreachable")
    assert not fraud.done and "HTTP 404" in fraud.detail


def test_a_silent_provider_times_out() -> None:
    with socket.socket() as listener:  # accepts connections, never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        held = []
        threading.Thread(target=lambda: held.append(listener.accept()), daemon=True).start()
        credit, _ = run_checks(settings_for(f"http://127.0.0.1:{port}/", None, timeout=0.3), PROFILE)
    assert not credit.done and credit.detail == "not done: credit_score no answer within 0.3 s"
