"""Work and pay families from the dev10 first run: tenure phrasings, overtime and bonuses on a base,
someone else's employment status."""
import pytest


@pytest.mark.parametrize("text,years", [
    ("roofer, self employed going on 11 yrs now", 11),
    ("been a paramedic 15 odd years, love it", 15),
    ("I'm a payroll clerk, I work for an insurance company, 6 years there", 6),
])
def test_tenure_families(facts, text, years):
    assert facts(text).get("years_in_job") == years


def test_insured_for_years_is_no_tenure(facts):
    assert "years_in_job" not in facts("I've been insured with them for 4 years")


@pytest.mark.parametrize("text", [
    "70k basic plus overtime",
    "about 40k with overtime, normal hours",
    "110k base and a bonus which varies",
    "salary of 60k, the bonus is variable",
])
def test_extras_on_a_base_are_not_variable(facts, text):
    assert "income_stability" not in facts(text)


@pytest.mark.parametrize("text", [
    "I rely on overtime to pay the bills",
    "half my pay is overtime",
    "my pay varies a lot month to month",
])
def test_pay_that_varies(facts, text):
    assert facts(text).get("income_stability") == "variable"


@pytest.mark.parametrize("text", [
    "our two are both away at university so money's tight",
    "mum and dad are both retired now and I help them out",
    "my husband is a plasterer, self-employed, work comes and goes for him",
    "I'm a full time carer for my daughter so I don't work",
])
def test_someone_elses_status(facts, text):
    assert "employment_type" not in facts(text)


@pytest.mark.parametrize("text,value", [
    ("my wife and I are both retired", "retired"),
    ("I'm self employed, my partner is a nurse", "self_employed"),
    ("I'm at college doing accounts part time", "student"),
])
def test_own_status_still_read(facts, text, value):
    assert facts(text).get("employment_type") == value


@pytest.mark.parametrize("text,value", [
    ("Pharmacist, on 62k. My husband's a chef on 30", 30000),
    ("my partner has long covid and can't work at the moment", 0),
    ("husband is too ill to work since his stroke", 0),
])
def test_spouse_income_families(facts, text, value):
    assert facts(text).get("spouse_income") == value


@pytest.mark.parametrize("text", [
    "my ex husband gets nothing from this",
    "my ex-wife doesn't work but that's her business",
    "I'm on 70k. The kids are 14 and 11",
])
def test_spouse_income_near_misses(facts, text):
    assert "spouse_income" not in facts(text)


@pytest.mark.parametrize("text,value", [
    ("five different jobs since 2023 including this one", 4),
    ("2 employers since 2024, not counting this one", 2),
])
def test_jobs_since_a_year(facts, text, value):
    assert facts(text).get("job_changes_5y") == value


@pytest.mark.parametrize("text", [
    "my brother has had 4 jobs since 2022",
    "3 employers since 2009",
])
def test_jobs_since_near_misses(facts, text):
    assert "job_changes_5y" not in facts(text)


@pytest.mark.parametrize("text", [
    "got stung by a pushy broker years ago so I'm wary",
    "we spoke to a mortgage adviser about this last week",
    "finished up last spring after 30 years nursing, enjoying the garden now",
    "I'm a mature student, second year of midwifery",
])
def test_no_own_occupation(facts, text):
    assert "occupation" not in facts(text)


def test_own_adviser_still_read(facts):
    assert facts("I'm a mortgage adviser at a high street bank").get("occupation")


@pytest.mark.parametrize("text,title", [
    ("I work at Lidl on the tills, part time", "cashier"),
    ("I'm a compliance analyst at a building society", "compliance officer"),
    ("I'm a sole trader, landscaping mostly, some fencing", "gardener"),
])
def test_titles_said_plainly(facts, text, title):
    assert facts(text).get("occupation") == title


@pytest.mark.parametrize("text", [
    "I'm a sole trader, have been for years",
    "my son works on the tills at Morrisons",
    "we run a landscaping company with six lads",
])
def test_title_near_misses(facts, text):
    assert facts(text).get("occupation") in (None, "landscaping business owner")


def test_self_employed_then_duration(facts):
    assert facts("tiler, self employed 7 years").get("years_in_job") == 7


@pytest.mark.parametrize("text", [
    "my wife's a hairdresser, self employed 5 years",
    "my brother is a painter, 12 years",
])
def test_relatives_trade_time(facts, text):
    assert "years_in_job" not in facts(text)
