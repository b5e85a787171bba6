"""Occupation class only where the title settles it (labelling guideline, HELDOUT.md), and
a job named after "my" belongs to someone else."""

from __future__ import annotations

import pytest

UNSETTLED = [
    ("I'm a vet", "vet"),
    ("dairy farmer, always have been", "farmer"),
    ("I work as a paramedic", "paramedic"),
    ("I'm a wedding photographer", "photographer"),
    ("social worker for the county", "social worker"),
    ("I'm a pharmacist at Boots", "pharmacist"),
    ("I'm a pastor", "pastor"),
]


@pytest.mark.parametrize("text,title", UNSETTLED)
def test_title_without_a_settled_class_gives_no_class(facts, text, title):
    got = facts(text)
    assert got.get("occupation") == title
    assert "occupation_class" not in got


def test_farm_hand_is_manual_work(facts):
    assert facts("I'm a farm hand")["occupation_class"] == 3


@pytest.mark.parametrize("text", ["my accountant does my tax return", "our plumber said the boiler is shot",
                                  "her dentist is in town"])
def test_someone_elses_job_is_not_the_prospects(facts, text):
    assert "occupation" not in facts(text)
