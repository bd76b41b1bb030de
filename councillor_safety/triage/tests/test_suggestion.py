"""Every default rule, aggravation and safeguarding, as plain functions."""

from __future__ import annotations

import pytest

from councillor_safety.triage.default_policy import DEFAULT_RULES
from councillor_safety.triage.suggestion import Facts, suggest
from councillor_safety.triage.taxonomy import Priority, Question, raised


def run(**facts) -> tuple[Priority, list[str], bool]:
    frozen = {k: frozenset(v) if isinstance(v, (set, list)) else v for k, v in facts.items()}
    result = suggest(DEFAULT_RULES, Facts(**frozen), aggravation_raises=True)
    return result.priority, result.reasons, result.safeguarding


@pytest.mark.parametrize(("factors", "priority"), DEFAULT_RULES, ids=lambda x: str(x))
def test_each_default_rule_fires_on_its_own_facts(factors, priority):
    facts = {"in_danger": False, "categories": set(), "answers": set()}
    for factor in factors:
        if factor in ("in_danger", "screened_threat"):
            facts[factor] = True
        elif factor.startswith("category:"):
            facts["categories"].add(factor.removeprefix("category:"))
        else:
            facts["answers"].add(factor)
    got, reasons, _ = run(**facts)
    assert got == priority
    assert reasons[0].startswith(priority.value)


@pytest.mark.parametrize(
    ("facts", "priority"),
    [
        ({}, Priority.P4),
        ({"categories": {"inappropriate_email"}}, Priority.P4),
        ({"categories": {"misinformation"}}, Priority.P4),
        ({"categories": {"verbal_abuse"}}, Priority.P3),
        ({"categories": {"verbal_abuse", "threat_of_harm"}}, Priority.P2),
        ({"answers": {Question.THREAT_TO_HARM}}, Priority.P2),
        ({"answers": {Question.THREAT_TO_HARM, Question.KNOWS_ADDRESS}}, Priority.P1),
        ({"answers": {Question.KNOWS_ADDRESS}}, Priority.P2),
        ({"answers": {Question.EARLIER_INCIDENTS}}, Priority.P4),
        ({"answers": {Question.EARLIER_INCIDENTS, Question.FREQUENT}}, Priority.P2),
        ({"in_danger": True, "categories": {"misinformation"}}, Priority.P1),
    ],
)
def test_combinations(facts, priority):
    assert run(**facts)[0] == priority


def test_the_most_urgent_match_wins_and_all_matches_are_explained():
    priority, reasons, _ = run(categories={"verbal_abuse", "stalked"}, answers={Question.WEAPONS})
    assert priority == Priority.P1
    assert [r[:2] for r in reasons] == ["P1", "P2", "P3"]
    assert "weapons" in reasons[0]


@pytest.mark.parametrize(
    ("base_categories", "expected"),
    [
        ({"inappropriate_email"}, Priority.P3),  # P4 raised to P3
        ({"verbal_abuse"}, Priority.P2),  # P3 raised to P2
        ({"stalked"}, Priority.P2),  # P2 stays: aggravation alone never makes an emergency
    ],
)
def test_hate_crime_strands_raise_the_priority_up_to_p2(base_categories, expected):
    priority, reasons, _ = run(categories=base_categories, characteristics={"race"})
    assert priority == expected
    assert any("race or ethnicity" in r for r in reasons)


def test_aggravation_can_be_switched_off_by_policy():
    result = suggest(
        DEFAULT_RULES,
        Facts(categories=frozenset({"verbal_abuse"}), characteristics=frozenset({"religion"})),
        aggravation_raises=False,
    )
    assert result.priority == Priority.P3


def test_a_mental_health_crisis_suggests_safeguarding_without_changing_priority():
    priority, reasons, safeguarding = run(
        categories={"verbal_abuse"}, answers={Question.MENTAL_HEALTH_CRISIS}
    )
    assert priority == Priority.P3
    assert safeguarding
    assert "safeguarding or fixated-threat referral" in reasons[-1]


def test_raising():
    assert raised(Priority.P4, ceiling=Priority.P2) == Priority.P3
    assert raised(Priority.P3, ceiling=Priority.P2) == Priority.P2
    assert raised(Priority.P2, ceiling=Priority.P2) == Priority.P2
    assert raised(Priority.P1, ceiling=Priority.P2) == Priority.P1


def test_a_rule_with_no_facts_never_matches():
    assert suggest([([], Priority.P1)], Facts(), aggravation_raises=True).priority == Priority.P4
