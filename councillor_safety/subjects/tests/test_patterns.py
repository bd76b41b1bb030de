"""Each pattern rule, positive and negative, at its window boundary, and de-duplicated alerts."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.subjects import pattern_rules as rules
from councillor_safety.subjects import services
from councillor_safety.subjects.models import PatternAlert, SubjectSettings
from councillor_safety.subjects.pattern_rules import Fact
from councillor_safety.subjects.patterns import patterns_recompute
from councillor_safety.subjects.tests.factories import reported, subject_of

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 6, 1)


def fact(i: int, day: date, *, councillor: int = 1, severity: int = 1, hour: int = 0) -> Fact:
    return Fact(
        incident_id=i,
        councillor_id=councillor,
        occurred_on=day,
        occurred_at=datetime.combine(day, time(hour), tzinfo=LONDON),
        severity=severity,
    )


# --- the rules on plain facts ------------------------------------------------------------------


@pytest.mark.parametrize(("gap", "alert"), [(0, True), (30, True), (31, False)])
def test_course_of_conduct_window_boundary(gap, alert):
    facts = [fact(1, DAY), fact(2, DAY + timedelta(days=gap))]
    found = rules.course_of_conduct(7, facts, window_days=30)
    assert bool(found) is alert
    if alert:
        assert found[0].incident_ids == {1, 2}
        assert found[0].suggests_police_referral
        assert found[0].key == "s7:c1"


def test_course_of_conduct_needs_the_same_councillor():
    facts = [fact(1, DAY, councillor=1), fact(2, DAY, councillor=2)]
    assert rules.course_of_conduct(7, facts, window_days=365) == []
    assert rules.course_of_conduct(7, [fact(1, DAY)], window_days=365) == []


def test_escalation_by_severity():
    worse = [fact(1, DAY, severity=1), fact(2, DAY + timedelta(days=5), severity=3)]
    found = rules.escalation(7, worse, window_days=28, history_days=365)
    assert found
    assert "more serious" in found[0].summary
    same = [fact(1, DAY, severity=3), fact(2, DAY + timedelta(days=5), severity=3)]
    assert rules.escalation(7, same, window_days=28, history_days=365) == []
    milder = [fact(1, DAY, severity=3), fact(2, DAY + timedelta(days=5), severity=1)]
    assert rules.escalation(7, milder, window_days=28, history_days=365) == []
    # A milder report after an escalation does not make it disappear.
    after = [*worse, fact(3, DAY + timedelta(days=60), severity=1)]
    assert rules.escalation(7, after, window_days=28, history_days=365)[0].incident_ids == {1, 2}
    # An escalation from beyond the history does not count.
    old = [fact(1, DAY, severity=1), fact(2, DAY + timedelta(days=400), severity=3)]
    assert rules.escalation(7, old, window_days=28, history_days=365) == []


def test_escalation_by_frequency():
    before = [fact(1, DAY)]
    recent = [fact(i, DAY + timedelta(days=30 + i)) for i in range(2, 5)]
    found = rules.escalation(7, before + recent, window_days=28, history_days=365)
    assert found
    assert "3 in 28 days, 1 in the 28 before" in found[0].summary
    steady = [fact(i, DAY + timedelta(days=i * 10)) for i in range(8)]
    assert rules.escalation(7, steady, window_days=28, history_days=365) == []


@pytest.mark.parametrize(("gap", "alert"), [(365, True), (366, False)])
def test_several_targets(gap, alert):
    facts = [fact(1, DAY, councillor=1), fact(2, DAY + timedelta(days=gap), councillor=2)]
    assert bool(rules.several_targets(7, facts, window_days=365, minimum=2)) is alert
    same = [fact(1, DAY, councillor=1), fact(2, DAY, councillor=1)]
    assert rules.several_targets(7, same, window_days=365, minimum=2) == []


def test_pile_on_within_hours():
    facts = [(fact(i, DAY, hour=i), f"s{i}") for i in range(5)]
    found = rules.pile_on(1, facts, hours=24, min_senders=5)
    assert len(found) == 1
    assert found[0].incident_ids == {0, 1, 2, 3, 4}


def test_pile_on_needs_distinct_senders_and_a_short_window():
    same_sender = [(fact(i, DAY, hour=i), "s1") for i in range(6)]
    assert rules.pile_on(1, same_sender, hours=24, min_senders=5) == []
    spread = [(fact(i, DAY + timedelta(days=i)), f"s{i}") for i in range(6)]
    assert rules.pile_on(1, spread, hours=24, min_senders=5) == []
    # Exactly 24 hours from first to last still counts; a minute more does not.
    edge = [(fact(i, DAY, hour=i), f"s{i}") for i in range(4)]
    edge.append((fact(9, DAY + timedelta(days=1)), "s9"))
    assert rules.pile_on(1, edge, hours=24, min_senders=5)
    late = Fact(
        9,
        1,
        DAY + timedelta(days=1),
        datetime.combine(DAY + timedelta(days=1), time(0, 1), tzinfo=LONDON),
        1,
    )
    assert rules.pile_on(1, [*edge[:4], (late, "s9")], hours=24, min_senders=5) == []


# --- alerts in the database ---------------------------------------------------------------------


@pytest.mark.django_db
def test_a_second_incident_raises_a_course_of_conduct_alert(councillor):
    first = reported(councillor, sender_email="x@example.org", occurred_on=DAY)
    assert not PatternAlert.objects.exists()
    second = reported(councillor, sender_email="x@example.org", occurred_on=DAY + timedelta(days=3))
    alert = PatternAlert.objects.get(rule="course_of_conduct")
    assert set(alert.incidents.all()) == {first, second}
    assert alert.subject == subject_of(first)
    assert alert.councillor == councillor


@pytest.mark.django_db
def test_the_window_is_a_council_setting(councillor):
    SubjectSettings.objects.create(council=councillor.council, harassment_window_days=2)
    reported(councillor, sender_email="x@example.org", occurred_on=DAY)
    reported(councillor, sender_email="x@example.org", occurred_on=DAY + timedelta(days=3))
    assert not PatternAlert.objects.filter(rule="course_of_conduct").exists()


@pytest.mark.django_db
def test_recompute_updates_instead_of_duplicating(councillor, officer):
    for offset in range(3):
        reported(councillor, sender_email="x@example.org", occurred_on=DAY + timedelta(days=offset))
    assert PatternAlert.objects.filter(rule="course_of_conduct").count() == 1
    counts = patterns_recompute(council=councillor.council)
    assert counts.raised == 0
    assert PatternAlert.objects.filter(rule="course_of_conduct").count() == 1
    alert = PatternAlert.objects.get(rule="course_of_conduct")
    assert alert.incidents.count() == 3
    # Acknowledged, it stays quiet until a new incident adds to the pattern.
    services.alert_acknowledge(alert=alert, acting_user=officer)
    patterns_recompute(council=councillor.council)
    assert not PatternAlert.objects.filter(rule="course_of_conduct", status="open").exists()
    reported(councillor, sender_email="x@example.org", occurred_on=DAY + timedelta(days=4))
    assert PatternAlert.objects.filter(rule="course_of_conduct", status="open").count() == 1
    call_command("subjects_recompute", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert PatternAlert.objects.filter(rule="course_of_conduct", status="open").count() == 1


@pytest.mark.django_db
def test_an_alert_lapses_when_a_split_removes_its_evidence(councillor, officer):
    first = reported(councillor, sender_email="x@example.org", occurred_on=DAY)
    second = reported(councillor, sender_email="x@example.org", occurred_on=DAY + timedelta(days=1))
    subject = subject_of(first)
    services.subject_split(
        subject=subject,
        identifier_ids=[],
        incident_ids=[second.pk],
        display_name="Someone else",
        acting_user=officer,
    )
    assert PatternAlert.objects.get(rule="course_of_conduct").status == "lapsed"


@pytest.mark.django_db
def test_several_councillors_targeted(councillor, other_councillor):
    reported(councillor, sender_social_handle="@troll", occurred_on=DAY)
    reported(other_councillor, sender_social_handle="twitter.com/Troll", occurred_on=DAY)
    assert PatternAlert.objects.get(rule="several_targets").incidents.count() == 2


@pytest.mark.django_db
def test_escalation_alert(councillor):
    reported(councillor, sender_email="x@example.org", occurred_on=DAY, categories=["verbal_abuse"])
    reported(
        councillor,
        sender_email="x@example.org",
        occurred_on=DAY + timedelta(days=2),
        categories=["threat_of_harm"],
    )
    assert PatternAlert.objects.filter(rule="escalation").count() == 1


@pytest.mark.django_db
def test_pile_on_alert_is_raised_once(councillor):
    for i in range(6):
        reported(
            councillor,
            sender_social_handle=f"@account{i}",
            occurred_on=DAY,
            occurred_time=time(9 + i),
        )
    alert = PatternAlert.objects.get(rule="pile_on")
    assert alert.incidents.count() == 6
    assert alert.councillor == councillor
    patterns_recompute(council=councillor.council)
    assert PatternAlert.objects.filter(rule="pile_on").count() == 1


@pytest.mark.django_db
def test_matching_across_councils_only_when_both_share(councillor, other_council_councillor):
    reported(councillor, sender_email="x@example.org")
    reported(other_council_councillor, sender_email="X@Example.org")
    patterns_recompute(council=councillor.council)
    assert not PatternAlert.objects.filter(rule="several_councils").exists()
    SubjectSettings.objects.create(council=councillor.council, shares_matching=True)
    patterns_recompute(council=councillor.council)
    assert not PatternAlert.objects.filter(rule="several_councils").exists()
    SubjectSettings.objects.create(council=other_council_councillor.council, shares_matching=True)
    patterns_recompute(council=councillor.council)
    alert = PatternAlert.objects.get(rule="several_councils")
    assert alert.council == councillor.council
    assert "Southmere" in alert.summary
    # Only this council's incidents are evidence: the other council's stay with it.
    assert {i.council for i in alert.incidents.all()} == {councillor.council}


@pytest.mark.django_db
def test_a_third_councillor_is_not_needed_for_other_rules(council):
    people = [UserFactory(council=council, role=Role.COUNCILLOR) for _ in range(3)]
    for person in people:
        reported(person, sender_email="x@example.org", occurred_on=DAY)
    assert not PatternAlert.objects.filter(rule="course_of_conduct").exists()
    assert PatternAlert.objects.get(rule="several_targets").incidents.count() == 3


@pytest.mark.django_db
def test_the_tick_links_what_was_missed_and_recomputes_once_a_day(councillor):
    from django.utils import timezone

    from councillor_safety.incidents.tests.factories import IncidentFactory
    from councillor_safety.subjects.services import subjects_tick

    missed = IncidentFactory(councillor=councillor, sender_email="a@example.org")
    now = timezone.now()
    assert subjects_tick(now=now) == {"linked": 1, "recomputed": 1}
    assert subject_of(missed)
    assert subjects_tick(now=now + timedelta(hours=1)) == {"linked": 0, "recomputed": 0}
    assert subjects_tick(now=now + timedelta(hours=25))["recomputed"] == 1
