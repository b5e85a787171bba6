"""The data files the extractor is built from stay well-formed and big enough."""

from __future__ import annotations

import json
from pathlib import Path

from bot.actions.extraction.resources import lexicon, money_cues, occupations, phrase_rules
from needscout.facts import FACTS

DEV = Path(__file__).resolve().parents[1] / "data" / "extraction" / "dev.jsonl"


def test_occupation_table_has_at_least_300_titles_with_valid_classes():
    table = occupations()
    assert len(table) >= 300
    assert all(o.occupation_class in (None, 0, 1, 2, 3, 4) for o in table.by_phrase.values())


def test_vocabularies_use_registry_values():
    for value in lexicon()["CONDITION"]:
        assert value in FACTS["conditions"].values
    for value in lexicon()["HOBBY"]:
        assert value in FACTS["hazardous_hobbies"].values


def test_rule_values_are_valid_for_their_fact():
    for fact, rules in phrase_rules().items():
        for rule in rules.rules:
            value = rule.value if FACTS[fact].kind != "list" or isinstance(rule.value, list) else [rule.value]
            assert FACTS[fact].is_valid(value), (fact, rule.value)


def test_money_cues_name_real_facts_or_documented_pseudo_facts():
    pseudo = {"household_income", "retirement_pot", "rent", "other_spending", "current_premium", "other_purpose", "claim_payout", "cover_multiple", "cover", "future_mortgage", "house_value", "original_loan"}
    assert set(money_cues()) <= set(FACTS) | pseudo


def test_dev_corpus_covers_every_fact_five_times():
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 300
    counts = {name: 0 for name in FACTS}
    for row in rows:
        assert set(row) >= {"id", "text", "expect", "facts"}
        for name in row["facts"]:
            counts[name] += 1
    assert min(counts.values()) >= 5, counts
