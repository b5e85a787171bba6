"""The sum asked for when the wish is in the clause before ("enough to clear the loan, so
probably 250 grand"), a sum "payable to" someone, cover the prospect already gets ("I get
life cover of ... through work") and an open-plan office that is no plan. New phrasings.
"""

from __future__ import annotations

import pytest

CASES = [
    ("enough to clear the house, so probably 280 grand", "requested_cover", 280000),
    ("I'd want enough for the family to be ok, probably about 500k", "requested_cover", 500000),
    ("maybe 400k payable to my wife", "requested_cover", 400000),
    ("we get a critical illness benefit of 60k through the union", "existing_ci_cover", 60000),
    ("I receive life cover of 200k with the job", "existing_life_cover", 200000),
    ("could I get life cover of 350k?", "requested_cover", 350000),
]


@pytest.mark.parametrize("text,fact,value", CASES)
def test_cover_amount(facts, text: str, fact: str, value: int) -> None:
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text", ["our open plan office has about 80 desks", "my house is worth 300k, so not bad"])
def test_no_cover_asked(facts, text: str) -> None:
    assert "requested_cover" not in facts(text)
