"""Round 5 of work and pay phrasings: income stability, employment type, titles and
their class, tenure, job changes, own and spouse's pay (fresh wordings, not corpus
sentences; today is 2026-11-25)."""

from __future__ import annotations

import pytest

# income_stability -------------------------------------------------------------

VARIABLE = [
    "my current contract finishes at the end of January and then who knows",
    "there are often gaps between contracts, a month or two with nothing",
    "clients come and go so the money does too",
    "I do shifts at the bar and what I take home depends how many I pick up",
    "honestly my pay depends on the week",
    "work has been really patchy this year",
    "the bonus could be anything from nothing to 20 grand",
    "tips make up about half of what I earn",
    "income goes up n down depending on the season",
    "summer is always quieter for me, work dries up",
    "I sell ice cream so I earn way more in summer",
    "sales are slow most of the year but during the festive season it is much more",
    "my earnings swing a lot month to month",
    "my income is never the same from one month to the next",
    "my salary isn't what you'd call stable",
]


@pytest.mark.parametrize("text", VARIABLE)
def test_variable_income_phrasings(facts, text):
    assert facts(text).get("income_stability") == "variable"


STABLE = [
    "the pay lands like clockwork on the 28th",
    "I'm in a permanent position with the county",
]


@pytest.mark.parametrize("text", STABLE)
def test_stable_income_phrasings(facts, text):
    assert facts(text).get("income_stability") == "stable"


@pytest.mark.parametrize("text", [
    "we spend a bit more on heating in winter",
    "never the same again after the accident",
    "full time, permanent contract",  # as a plain statement: neither
])
def test_not_income_stability(facts, text):
    assert "income_stability" not in facts(text)


# employment_type --------------------------------------------------------------

EMPLOYMENT = [
    ("mostly delivery apps and a bit of driving, gig economy basically", "self_employed"),
    ("I employ about 12 people at the garage", "business_owner"),
    ("we've got 25 staff between the two shops", "business_owner"),
    ("I'm a partner in a small accountancy practice", "business_owner"),
    ("shareholder-director of a little IT consultancy", "business_owner"),
    ("I'm working as a data analyst in Leeds at a big bank", "employed"),
    ("just qualified, now a junior architect working for a large firm", "employed"),
    ("I work nights at a distribution centre", "employed"),
    ("I'm still studying, final year", "student"),
    ("currently at university doing law", "student"),
]


@pytest.mark.parametrize("text,value", EMPLOYMENT)
def test_employment_round5(facts, text, value):
    assert facts(text).get("employment_type") == value


@pytest.mark.parametrize("text", [
    "my student loan is about 20k",
    "we met at uni years ago",
    "I used to party a lot at college",
    "our eldest is studying medicine",
    "married to a stay-at-home mum, 3 kids",
    "my sister is a housewife",
    "I'm a receptionist at a dental surgery",  # a title at a place is not "employed" for most labellers
])
def test_not_employment_round5(facts, text):
    got = facts(text).get("employment_type")
    assert got in (None,), got


def test_permanent_contract_answers_employment(facts):
    assert facts("permanent contract", expect="employment_type").get("employment_type") == "employed"


# spouse_income = 0 ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'm married to a stay at home dad",
    "the wife is on unpaid leave till spring",
    "my husband now stay home with the baby",
])
def test_spouse_no_income(facts, text):
    assert facts(text).get("spouse_income") == 0


def test_mother_not_working_is_not_spouse(facts):
    assert "spouse_income" not in facts("I live with my mum. she doesn't work at all")


# titles and class ---------------------------------------------------------------

def test_offshore_setting_makes_class_4(facts):
    got = facts("I'm a mechanic on an oil rig, two weeks on two off")
    assert got.get("occupation") == "mechanic" and got.get("occupation_class") == 4


def test_underground_setting_makes_class_4(facts):
    got = facts("I'm an electrician, I work underground at a coal mine")
    assert got.get("occupation_class") == 4


def test_drill_operator_title(facts):
    assert facts("I'm a drill operator at a quarry").get("occupation") == "drilling technician"


def test_law_firm_partner(facts):
    got = facts("I'm 51, a partner at a big London law firm")
    assert got.get("occupation") == "partner in a firm" and got.get("occupation_class") == 1


def test_rideshare_without_for(facts):
    assert facts("I drive uber most evenings").get("occupation") == "taxi driver"


def test_freelance_designer_keeps_the_title(facts):
    got = facts("I'm a freelance designer, mostly logos")
    assert got.get("occupation") == "graphic designer" and got.get("employment_type") == "self_employed"


def test_explicit_title_beats_workplace(facts):
    assert facts("I work in a factory, forklift operator").get("occupation") == "forklift driver"


@pytest.mark.parametrize("text", [
    "no life cover rn, just looking",
    "I'm in the second year of a nursing degree",
    "I work 30 hrs a week",
])
def test_not_a_title(facts, text):
    assert "occupation" not in facts(text)


def test_porter_has_no_class(facts):
    got = facts("I'm a porter at the hospital")
    assert got.get("occupation") == "porter" and "occupation_class" not in got


# years_in_job -------------------------------------------------------------------

TENURE = [
    ("plumber, my own firm. 9 yrs.", 9),
    ("I'm a partner in a dental practice. about 6 years", 6),
    ("Hello, I am Deepak, 35 years, I run a pharmacy with my brother for 10 years", 10),
    ("I'm a barber, I rent a chair in a shop so I'm self employed, 3 years now", 3),
]


@pytest.mark.parametrize("text,years", TENURE)
def test_tenure_round5(facts, text, years):
    got = facts(text).get("years_in_job")
    assert got is not None and abs(got - years) <= 0.05, got


@pytest.mark.parametrize("text", [
    "Hi, I am Tomasz, 44 yrs, working as a welder at a shipyard",
    "I was laid off in May after 12 years at the same company",
    "I'd want something if I can't work for a few months",
    "this is my third job since 2022",
    "I'm married, 12 years.",  # a duration with no job said
])
def test_not_tenure_round5(facts, text):
    assert "years_in_job" not in facts(text)


# job_changes_5y -----------------------------------------------------------------

@pytest.mark.parametrize("text,expect,n", [
    ("same employer the whole time", "job_changes_5y", 0),
    ("been at the bank 3 years, before that the insurance company, so only the one move", None, 1),
    ("been at the hospital 8 years now, before that I switched jobs a lot", None, 0),
])
def test_job_changes_round5(facts, text, expect, n):
    assert facts(text, expect=expect).get("job_changes_5y") == n


def test_recent_changes_before_a_short_tenure_are_not_zero(facts):
    assert facts("been here 3 years, before that I moved jobs a lot").get("job_changes_5y") != 0


# annual_income / spouse_income --------------------------------------------------

INCOME = [
    ("my husband's on 70k and I'm on about 45", 45000),
    ("bar work, around 20 hours a week at 12.50 an hour", 13000),
    ("self employed joiner, 180 a day, 4 days a week", 37440),
    ("a good month maybe 5k, a bad month like 3k", 48000),
    ("I get 1900 euro net every month", 22800),
    ("working in Pune, package is 12 LPA", 1200000),
    ("I'm a sole trader, my drawings are roughly 45k", 45000),
    ("averaged around 70k over the last few years", 70000),
    ("together we make about 120k, I bring in 50 of that", 50000),
]


@pytest.mark.parametrize("text,income", INCOME)
def test_income_round5(facts, text, income):
    got = facts(text).get("annual_income")
    assert got is not None and abs(got - income) <= max(0.5, 0.01 * income), got


@pytest.mark.parametrize("text", [
    "I transfer about 2000 a month back home to my family",
    "I was on 52k at my last place",
    "between us we earn 110k",
])
def test_not_own_income_round5(facts, text):
    assert "annual_income" not in facts(text)


SPOUSE = [
    ("I make 80k, my wife's on about 35", 35000),
    ("together we make about 120k, I bring in 50 of that", 70000),
    ("household is 150k all in, she earns about 60 of that", 60000),
    ("my husband is 58 and still working part time, around 15k", 15000),
    ("the wife runs a little stall at the market, maybe 800 a month", 9600),
    ("my wife is a nurse, her take home is 2,500 a month", 30000),
    ("my husband is covering the mortgage on his 45k", 45000),
]


@pytest.mark.parametrize("text,income", SPOUSE)
def test_spouse_income_round5(facts, text, income):
    got = facts(text).get("spouse_income")
    assert got is not None and abs(got - income) <= max(0.5, 0.01 * income), got


def test_spouse_policy_is_not_pay(facts):
    assert "spouse_income" not in facts("my husband has a 300k policy on himself through work")


def test_household_minus_share_keeps_own(facts):
    got = facts("household is 150k all in, she earns about 60 of that")
    assert got.get("annual_income") == 90000


# round 5b: pay beside an employer, a year's figure, a spouse by name, pension living ---

@pytest.mark.parametrize("text,income", [
    ("41, married, I work for an insurer, about 72k, two kids", 72000),
    ("I do tutoring from home for about 15k", 15000),
    ("It varies. Last year about 60k, the year before nearer 40k.", 60000),
])
def test_income_round5b(facts, text, income):
    got = facts(text).get("annual_income")
    assert got is not None and abs(got - income) <= max(0.5, 0.01 * income), got


def test_spouse_named_after_introduction(facts):
    got = facts("I'm married to my wife Claire, 2 kids. Claire's a pharmacist, on about 55k.")
    assert got.get("spouse_income") == 55000 and "annual_income" not in got


def test_cover_multiple_of_ctc_is_not_pay(facts):
    assert "annual_income" not in facts("the company gives term cover of 4x CTC, so 60 lakhs")


@pytest.mark.parametrize("text", [
    "we get by on my army pension",
    "the state pension lands every four weeks like clockwork",
])
def test_living_on_a_pension_is_retired(facts, text):
    assert facts(text).get("employment_type") == "retired"


def test_student_loan_opening_is_not_student(facts):
    assert "employment_type" not in facts("student loan is around 30k still")


def test_own_pay_word_makes_title_own(facts):
    assert facts("my pay is all over the place as a freelance photographer").get("occupation") == "photographer"


# round 5c ---------------------------------------------------------------------------

def test_spouse_job_then_sum(facts):
    got = facts("My husband is an electrician, about 48k, and I'm a nurse on 33k.")
    assert got.get("spouse_income") == 48000 and got.get("annual_income") == 33000


def test_business_partner_is_not_spouse(facts):
    got = facts("Vet, partner in the practice, earn around 120k")
    assert "spouse_income" not in got and got.get("annual_income") == 120000


def test_pay_band_between_title_and_sum(facts):
    assert facts("staff nurse, band 6, about 38k").get("annual_income") == 38000


def test_small_sum_said_of_months_is_monthly(facts):
    assert facts("self employed, my income changes month to month, roughly 3,000").get("annual_income") == 36000


@pytest.mark.parametrize("text,n", [
    ("job changes... hmm I'd say 3 over that time", 3),
    ("career changes, probably two", 2),
])
def test_job_change_count_after_topic(facts, text, n):
    assert facts(text).get("job_changes_5y") == n


@pytest.mark.parametrize("text", [
    "I'm a retained firefighter on call, day job is in IT",
    "I volunteer as a paramedic at festivals",
    "Spent 30 years as a welder, now I'm retired",
])
def test_unpaid_or_past_roles_are_not_the_job(facts, text):
    got = facts(text).get("occupation")
    assert got not in ("firefighter", "paramedic", "welder"), got


def test_pension_after_service_word_is_not_a_title(facts):
    assert "occupation" not in facts("my navy pension is about 18k")


@pytest.mark.parametrize("text,title", [
    ("I'm head of finance at a logistics firm", "head of department"),
    ("I work in the civil service", "civil servant"),
    ("labouring on building sites mostly", "labourer"),
    ("moved jobs a lot lately. currently a project manager", "project manager"),
])
def test_titles_round5c(facts, text, title):
    assert facts(text).get("occupation") == title


@pytest.mark.parametrize("text", [
    "I own a haulage firm, 30 drivers",
    "we own a small hotel on the coast",
    "I own a landscaping business with 5 staff",
])
def test_owning_a_business_is_no_job_title(facts, text):
    got = facts(text)
    assert got.get("employment_type") == "business_owner" and "occupation" not in got and "occupation_class" not in got


@pytest.mark.parametrize("text", [
    "my phone contract ends in march, work is fine",
    "the wifi at work is patchy",
    "it depends how many kids we end up having, money wise",
    "my mood swings a lot at work",
])
def test_not_variable_income_near_misses(facts, text):
    assert "income_stability" not in facts(text)


@pytest.mark.parametrize("text", [
    "only four months in the new job",
    "I'll sort this once the new job starts",
    "started a new job three weeks ago after being laid off",
])
def test_a_new_job_alone_counts_no_changes(facts, text):
    assert "job_changes_5y" not in facts(text)


def test_seasonal_contrast_is_variable(facts):
    assert facts("I earn good money in the summer but hardly anything over the winter").get("income_stability") == "variable"


def test_monthly_wage_right_after_own_title(facts):
    got = facts("I'm a cleaner, part time, about 650 a month")
    assert got.get("annual_income") == 7800


def test_monthly_sum_after_someone_elses_title_is_not_own_pay(facts):
    assert "annual_income" not in facts("my daughter is a cleaner, part time, about 650 a month")


# round 5g: whose pay, whose job ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "my brother is a roofer and earns 40k",
    "my dad makes about 80k a year",
    "my daughter's a dental nurse on 26k",
])
def test_relatives_pay_is_not_own(facts, text):
    got = facts(text)
    assert "annual_income" not in got and "spouse_income" not in got


def test_partner_pay_through_a_pay_cue_is_spouse(facts):
    assert facts("my fiance's a mechanic and makes about 38k").get("spouse_income") == 38000


@pytest.mark.parametrize("text", [
    "do you cover scaffolders?",
    "would you insure a tree surgeon?",
    "I'd love to become a paramedic one day",
    "I'm a student paramedic",
])
def test_asked_or_wished_titles_are_not_the_job(facts, text):
    assert "occupation" not in facts(text)


def test_own_title_before_a_cover_question(facts):
    assert facts("I'm a roofer, do you cover that?").get("occupation") == "roofer"


@pytest.mark.parametrize("text", [
    "thinking of going self employed next year",
    "might go freelance after the baby",
])
def test_planned_self_employment_is_not_employment(facts, text):
    assert "employment_type" not in facts(text)


# round 5h -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,income", [
    ("I'm on 16 quid an hour, 30 hours a week", 24960),
    ("I earn 20 an hour and do about 25 hours a week", 26000),
])
def test_rate_with_hours_beats_a_pay_cue(facts, text, income):
    got = facts(text).get("annual_income")
    assert got is not None and abs(got - income) <= 1, got


@pytest.mark.parametrize("text,years", [
    ("just started a new role last month", 0.08),
    ("joined the bank last week", 0.02),
])
def test_started_last_month_or_week(facts, text, years):
    got = facts(text).get("years_in_job")
    assert got is not None and abs(got - years) <= 0.02, got


def test_joined_a_gym_last_month_is_no_tenure(facts):
    assert "years_in_job" not in facts("I joined the gym last month")


def test_takings_vary_is_variable(facts):
    assert facts("I run a market stall, takings vary a lot week to week").get("income_stability") == "variable"


def test_subjectless_been_a_modified_title(facts):
    assert facts("Been a self-employed joiner since 2012").get("occupation") == "carpenter"


def test_subjectless_been_with_spouse_title_is_not_own(facts):
    assert "occupation" not in facts("been married 10 years, she's a teacher")
