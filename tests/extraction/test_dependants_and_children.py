"""Parents helped out, children grown up, and babies not yet born (fresh phrasings,
not corpus sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,n", [
    ("I help my dad out most months", 1),
    ("I'm helping my mother-in-law with her bills", 1),
    ("we pay her care home fees, my nan's", 1),
    ("helping out both my parents these days", 2),
])
def test_helping_a_parent_out_is_a_dependant(facts, text, n):
    assert facts(text).get("dependent_parents") == n


def test_a_parent_who_helps_us_is_not_a_dependant(facts):
    assert "dependent_parents" not in facts("my mum helps out with the school run")


@pytest.mark.parametrize("text,count", [
    ("both my girls are at uni now", 2),
    ("both of our boys have moved out", 2),
    ("I have twins, they're 6", 2),
])
def test_children_counted(facts, text, count):
    assert facts(text).get("children_count") == count


@pytest.mark.parametrize("text", ["we're expecting twins in the spring", "twins due in April!"])
def test_twins_not_yet_born_are_not_children(facts, text):
    assert "children_count" not in facts(text)


@pytest.mark.parametrize("text", ["I've been supporting both my parents since my dad got made redundant",
                                  "we support my mum and dad, dad's pension is tiny"])
def test_a_parent_named_again_is_not_a_third(facts, text):
    assert facts(text).get("dependent_parents") == 2


def test_a_parent_beside_the_pair_still_counts(facts):
    assert facts("I support my parents and my grandma").get("dependent_parents") == 3


@pytest.mark.parametrize("text,count", [
    ("we have one and another on the way", 1),
    ("I've got one plus a baby due in october", 1),
    ("she's pregnant with our first, due in the spring", 0),
])
def test_only_born_children_count(facts, text, count):
    assert facts(text).get("children_count") == count


def test_an_older_first_child_is_not_zero(facts):
    assert facts("our first is 7 and the second is due soon").get("children_count") != 0
