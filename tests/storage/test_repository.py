"""Round trips through store.repository on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from store import repository as repo
from tests.storage.samples import assessment, fact


def consented(db, sender: str = "alice") -> str:
    repo.record_consent(db.sessions, sender, True, "consent-v1")
    return sender


def test_facts_round_trip_with_provenance(db) -> None:
    sender = consented(db)
    repo.save_facts(db.sessions, sender, {
        "age": fact(34, 0.95, "m1", (10, 12)),
        "annual_income": fact(85000.0, 0.8, "m2", (8, 15)),
        "conditions": fact(["asthma", "hypertension"], 0.7, "m3", (0, 20)),
        "smoker": fact(None, None, "m4", (0, 0), declined=True),
    })
    loaded = repo.load_facts(db.sessions, sender)
    assert loaded["age"]["value"] == 34
    assert loaded["age"]["source"] == {"message_id": "m1", "span": [10, 12]}
    assert loaded["annual_income"]["value"] == 85000.0
    assert loaded["annual_income"]["confidence"] == 0.8
    assert loaded["conditions"]["value"] == ["asthma", "hypertension"]
    assert loaded["smoker"]["declined"] is True and loaded["smoker"]["value"] is None


def test_correction_keeps_the_old_value_in_history(db) -> None:
    sender = consented(db)
    repo.save_facts(db.sessions, sender, {"annual_income": fact(60000, message_id="m1")})
    repo.save_facts(db.sessions, sender, {"annual_income": fact(60000, message_id="m1")})
    repo.save_facts(db.sessions, sender, {"annual_income": fact(72000, message_id="m5")})
    assert repo.load_facts(db.sessions, sender)["annual_income"]["value"] == 72000
    history = repo.fact_history(db.sessions, sender, "annual_income")
    assert [h["value"] for h in history] == [60000, 72000]  # the repeat is not a revision
    assert [h["source"]["message_id"] for h in history] == ["m1", "m5"]


def test_facts_need_consent(db) -> None:
    with pytest.raises(repo.ConsentRequired):
        repo.save_facts(db.sessions, "bob", {"age": fact(40)})
    repo.record_consent(db.sessions, "bob", False, "consent-v1")
    with pytest.raises(repo.ConsentRequired):
        repo.save_facts(db.sessions, "bob", {"age": fact(40)})
    with pytest.raises(repo.ConsentRequired):
        repo.save_assessment(db.sessions, "bob", {"age": fact(40)}, assessment())
    assert repo.load_facts(db.sessions, "bob") == {}


def test_unknown_or_mistyped_facts_are_refused_whole(db) -> None:
    sender = consented(db)
    with pytest.raises(repo.InvalidFact):
        repo.save_facts(db.sessions, sender, {"age": fact(30), "shoe_size": fact(42)})
    with pytest.raises(repo.InvalidFact):
        repo.save_facts(db.sessions, sender, {"smoker": fact("sometimes")})
    assert repo.load_facts(db.sessions, sender) == {}


def test_assessment_is_stored_once_per_id_with_its_outbox_row(db) -> None:
    sender = consented(db)
    facts = {"age": fact(34), "occupation_class": fact(1), "annual_income": fact(85000)}
    first = repo.save_assessment(db.sessions, sender, facts, assessment(id="a-1"))
    again = repo.save_assessment(db.sessions, sender, facts, assessment(id="a-1"))
    assert first == again == "a-1"
    assert db.raw_rows("SELECT count(*) FROM assessments") == [(1,)]
    assert db.raw_rows("SELECT id, state FROM deliveries") == [("a-1", "pending")]
    assert db.raw_rows("SELECT rules_version, tier FROM assessments") == [("2025.11-1", "gold")]


def test_assessment_requires_the_scoring_fields(db) -> None:
    sender = consented(db)
    incomplete = assessment()
    del incomplete["rules_version"]
    with pytest.raises(ValueError, match="rules_version"):
        repo.save_assessment(db.sessions, sender, {}, incomplete)


def test_peers_share_age_band_and_occupation_class(db) -> None:
    for sender, age, occ, tier in [("p1", 31, 1, "gold"), ("p2", 38, 1, "silver"),
                                   ("p3", 45, 1, "gold"), ("p4", 63, 3, "bronze")]:
        consented(db, sender)
        repo.save_assessment(db.sessions, sender,
                             {"age": fact(age), "occupation_class": fact(occ),
                              "annual_income": fact(50000 + age)}, assessment(tier=tier))
    cohort = repo.peers(db.sessions, "30-39", 1)
    assert sorted(p["tier"] for p in cohort) == ["gold", "silver"]
    assert sorted(p["profile_facts"]["annual_income"] for p in cohort) == [50031, 50038]
    assert len(repo.peers(db.sessions, "60+", 3)) == 1


def test_peers_use_scorings_cohort_key_and_keep_its_metrics(db) -> None:
    # scoring's Assessment.to_dict() carries cohort_key and metrics; cohort.compare reads them.
    consented(db, "q1")
    key = {"age_band": "40-49", "occupation_class": 2}
    repo.save_assessment(db.sessions, "q1", {"age": fact(47)},
                         assessment(cohort_key=key, metrics={"composite_score": 61.0}))
    consented(db, "q2")  # a newer assessment replaces the older one in the cohort
    repo.save_assessment(db.sessions, "q2", {"age": fact(44)}, assessment(cohort_key=key, tier="a"))
    repo.save_assessment(db.sessions, "q2", {"age": fact(44)}, assessment(cohort_key=key, tier="b"))
    cohort = repo.peers(db.sessions, "40-49", 2)
    assert [p["cohort_key"] for p in cohort] == [key, key]
    assert sorted(p["tier"] for p in cohort) == ["b", "gold"]
    assert {"composite_score": 61.0} in [p.get("metrics") for p in cohort]


def test_handoff_request_is_recorded(db) -> None:
    request_id = repo.request_handoff(db.sessions, "carol", "asked_for_human")
    assert request_id > 0
    assert db.raw_rows("SELECT reason, status FROM handoff_requests") == [("asked_for_human", "open")]
