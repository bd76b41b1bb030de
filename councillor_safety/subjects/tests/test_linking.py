"""Linking reports to subjects: exact matches link, similar ones are suggested, officers decide."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.tests.factories import IncidentFactory
from councillor_safety.subjects import services
from councillor_safety.subjects.linking import incident_link
from councillor_safety.subjects.models import (
    IncidentLink,
    LinkSuggestion,
    Subject,
    SubjectHistory,
    SubjectIdentifier,
)
from councillor_safety.subjects.tests.factories import reported, subject_of

pytestmark = pytest.mark.django_db


def test_the_same_email_written_differently_links_to_one_subject(councillor, other_councillor):
    first = reported(councillor, sender_email="John.Smith+news@GoogleMail.com")
    second = reported(other_councillor, sender_email="johnsmith@gmail.com")
    assert subject_of(first) == subject_of(second)
    assert IncidentLink.objects.get(incident=second).how == IncidentLink.How.EXACT
    assert Subject.objects.count() == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"sender_phone": "07700 900123"}, {"sender_phone": "+44 (0)7700 900123"}),
        (
            {"sender_social_handle": "@Handle"},
            {"sender_social_handle": "https://twitter.com/handle"},
        ),
        (
            {"sender_address": "14 Gull Street, North Harbour NH4 2QT"},
            {"sender_address": "14 gull st north harbour nh42qt"},
        ),
    ],
)
def test_exact_matches_link(councillor, first, second):
    assert subject_of(reported(councillor, **first)) == subject_of(reported(councillor, **second))


def test_a_new_sender_becomes_a_subject_with_every_identifier(councillor):
    incident = reported(
        councillor,
        sender_name="Gary Pendle",
        sender_email="g.pendle@example.net",
        sender_phone="07700 900123",
        sender_description="Grey beard, red van",
    )
    subject = subject_of(incident)
    assert subject.display_name == "Gary Pendle"
    kinds = dict(subject.identifiers.values_list("kind", "normalised"))
    assert kinds["phone"] == "+447700900123"
    assert kinds["description"] == "grey beard, red van"
    assert SubjectHistory.objects.get(subject=subject).action == "created"
    assert AuditEvent.objects.filter(action="subjects.incident_linked").count() == 1


def test_names_alone_never_link_but_similar_names_are_suggested(councillor):
    first = reported(councillor, sender_name="Gary Pendle")
    second = reported(councillor, sender_name="Gary Pendel")
    assert subject_of(first) != subject_of(second)
    suggestion = LinkSuggestion.objects.get(incident=second)
    assert suggestion.subject == subject_of(first)
    assert suggestion.score >= 88


def test_neighbours_are_not_suggested(councillor):
    reported(councillor, sender_address="12 Gull Street, NH4 2QT")
    reported(councillor, sender_address="14 Gull Street, NH4 2QT")
    assert not LinkSuggestion.objects.exists()


def test_a_similar_address_is_suggested(councillor):
    reported(councillor, sender_address="14 Gull Street, North Harbour, NH4 2QT")
    second = reported(councillor, sender_address="14 Gull Streeet NH4 2QT")
    assert LinkSuggestion.objects.filter(incident=second, kind="address").exists()


def test_different_names_are_not_suggested(councillor):
    reported(councillor, sender_name="Gary Pendle")
    reported(councillor, sender_name="Gareth Williams")
    assert not LinkSuggestion.objects.exists()


def test_linking_twice_does_nothing(councillor):
    incident = reported(councillor, sender_email="a@example.org")
    assert incident_link(incident_id=incident.pk) is None
    assert IncidentLink.objects.count() == 1
    assert SubjectIdentifier.objects.count() == 1


def test_an_unknown_sender_makes_no_subject(councillor):
    incident = IncidentFactory(councillor=councillor)
    assert incident_link(incident_id=incident.pk).subject_ids == []
    assert not Subject.objects.exists()


def test_malformed_identifiers_are_kept_flagged_and_never_crash(councillor):
    incident = reported(
        councillor,
        sender_email="john at example dot com",
        sender_phone="call me",
        sender_social_handle="https://example.com/x y",
        sender_name="???",
        sender_address="somewhere",
    )
    subject = subject_of(incident)
    identifiers = subject.identifiers.all()
    assert {i.raw for i in identifiers} == {
        "john at example dot com",
        "call me",
        "https://example.com/x y",
        "???",
        "somewhere",
    }
    assert all(i.is_malformed for i in identifiers)
    # A flagged value is not trusted enough to link another report on its own.
    again = reported(councillor, sender_email="john at example dot com")
    assert subject_of(again) != subject


def test_other_councils_subjects_are_never_matched(councillor, other_council_councillor):
    ours = reported(councillor, sender_email="a@example.org")
    theirs = reported(other_council_councillor, sender_email="a@example.org")
    assert subject_of(ours) != subject_of(theirs)


def test_confirming_a_suggestion_merges_the_new_subject_in(councillor, officer):
    first = reported(councillor, sender_name="Gary Pendle", sender_email="gp@example.net")
    second = reported(councillor, sender_name="Gary Pendel", sender_phone="07700 900123")
    suggestion = LinkSuggestion.objects.get(incident=second)
    throwaway = subject_of(second)
    services.suggestion_confirm(suggestion=suggestion, acting_user=officer)
    target = subject_of(first)
    assert set(target.links.values_list("incident_id", flat=True)) == {first.pk, second.pk}
    throwaway.refresh_from_db()
    assert throwaway.status == "merged"
    assert throwaway.merged_into == target
    # The phone number came along, so the next report by phone links at once.
    assert subject_of(reported(councillor, sender_phone="+447700900123")) == target
    assert SubjectHistory.objects.filter(subject=target, action="link_confirmed").exists()
    with pytest.raises(ValidationError):
        services.suggestion_confirm(suggestion=suggestion, acting_user=officer)


def test_rejecting_a_suggestion_is_recorded(councillor, officer):
    reported(councillor, sender_name="Gary Pendle")
    second = reported(councillor, sender_name="Gary Pendel")
    suggestion = LinkSuggestion.objects.get(incident=second)
    services.suggestion_reject(suggestion=suggestion, acting_user=officer)
    suggestion.refresh_from_db()
    assert suggestion.status == "rejected"
    assert suggestion.decided_by == officer
    assert subject_of(second) != suggestion.subject
    assert AuditEvent.objects.filter(action="subjects.match_rejected", actor=officer).exists()


def test_merge_moves_everything_and_keeps_history(councillor, officer):
    a = subject_of(reported(councillor, sender_email="a@example.org"))
    b = subject_of(reported(councillor, sender_phone="07700 900123"))
    services.subject_merge(source=b, target=a, reason="Same person", acting_user=officer)
    b.refresh_from_db()
    assert b.status == "merged"
    assert b.merged_into == a
    assert a.links.count() == 2
    assert set(a.identifiers.values_list("kind", flat=True)) == {"email", "phone"}
    assert SubjectHistory.objects.get(subject=a, action="merged_in").other_subject == b
    assert SubjectHistory.objects.get(subject=b, action="merged_into").actor == officer
    assert AuditEvent.objects.filter(action="subjects.merged", actor=officer).exists()
    # A later report with the merged subject's phone links to the subject it joined.
    assert subject_of(reported(councillor, sender_phone="07700900123")) == a
    with pytest.raises(ValidationError, match="already been merged"):
        services.subject_merge(source=b, target=a, reason="again", acting_user=officer)


def test_merging_subjects_of_different_councils_is_refused(
    councillor, other_council_councillor, officer
):
    ours = subject_of(reported(councillor, sender_email="a@example.org"))
    theirs = subject_of(reported(other_council_councillor, sender_email="b@example.org"))
    with pytest.raises(ValidationError, match="different councils"):
        services.subject_merge(source=theirs, target=ours, reason="x", acting_user=officer)
    assert theirs.links.count() == 1
    assert Subject.objects.filter(status="merged").count() == 0


def test_split_moves_the_chosen_parts_to_a_new_subject(councillor, other_councillor, officer):
    first = reported(councillor, sender_email="shared@example.org", sender_name="Ann Lee")
    second = reported(
        other_councillor, sender_email="shared@example.org", sender_phone="07700 900999"
    )
    subject = subject_of(first)
    phone = subject.identifiers.get(kind="phone")
    new = services.subject_split(
        subject=subject,
        identifier_ids=[phone.pk],
        incident_ids=[second.pk],
        display_name="Ann Lee's neighbour",
        acting_user=officer,
    )
    assert list(new.identifiers.all()) == [phone]
    assert list(new.links.values_list("incident_id", flat=True)) == [second.pk]
    assert list(subject.links.values_list("incident_id", flat=True)) == [first.pk]
    assert SubjectHistory.objects.get(subject=subject, action="split_out").other_subject == new
    assert SubjectHistory.objects.get(subject=new, action="split_from").other_subject == subject
    with pytest.raises(ValidationError):
        services.subject_split(
            subject=subject,
            identifier_ids=[],
            incident_ids=[],
            display_name="x",
            acting_user=officer,
        )
    with pytest.raises(ValidationError, match="only identifiers and incidents of this subject"):
        services.subject_split(
            subject=subject,
            identifier_ids=[phone.pk],
            incident_ids=[],
            display_name="x",
            acting_user=officer,
        )


def test_a_report_is_linked_when_it_is_sent(councillor, django_capture_on_commit_callbacks):
    from councillor_safety.incidents import services as incident_services

    draft = incident_services.draft_start(author=councillor)
    incident_services.draft_save_answers(
        draft=draft,
        answers={
            "in_danger": "no",
            "categories": ["verbal_abuse"],
            "channel": "email",
            "occurred_on": "2026-11-01",
            "sender_known": "known",
            "sender_email": "Someone@Example.org",
            "description": "Rude e-mail",
            "risk_signs": ["none"],
            "characteristics": ["none"],
        },
    )
    with django_capture_on_commit_callbacks(execute=True):
        incident = incident_services.incident_report(draft=draft, acting_user=councillor)
    assert subject_of(incident).identifiers.get().normalised == "someone@example.org"


def test_an_address_without_a_postcode_is_suggested_not_linked(councillor):
    first = reported(councillor, sender_address="14 High Street")
    second = reported(councillor, sender_address="14 High St")
    assert subject_of(first) != subject_of(second)
    assert LinkSuggestion.objects.filter(incident=second, subject=subject_of(first)).exists()
