"""The subjects pages through HTTP: reads audited, officers' actions, and the navigation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from councillor_safety.core.models import AuditEvent
from councillor_safety.subjects.models import LinkSuggestion, PvprMarker, Subject
from councillor_safety.subjects.tests.factories import reported, subject_of

pytestmark = pytest.mark.django_db


def test_a_subject_page_is_an_audited_read(councillor, officer, client_for):
    subject = subject_of(reported(councillor, sender_email="a@example.org", sender_phone="12"))
    response = client_for(officer).get(reverse("subjects:detail", args=[subject.public_id]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "a@example.org" in page
    assert "Not understood" in page  # the malformed phone number, flagged
    assert AuditEvent.objects.filter(
        action="subjects.viewed", actor=officer, object_id=str(subject.pk), is_read=True
    ).exists()


def test_merging_through_the_page(councillor, officer, client_for, other_council_councillor):
    a = subject_of(reported(councillor, sender_email="a@example.org"))
    b = subject_of(reported(councillor, sender_email="b@example.org"))
    theirs = subject_of(reported(other_council_councillor, sender_email="c@example.org"))
    client = client_for(officer)
    url = reverse("subjects:merge", args=[a.public_id])
    response = client.post(url, {"other": str(theirs.public_id), "reason": "Same"}, follow=True)
    assert "There is no subject with that ID in your council" in response.content.decode()
    response = client.post(url, {"other": str(b.public_id), "reason": "Same writing"}, follow=True)
    assert "merged into this subject" in response.content.decode()
    assert Subject.objects.get(pk=b.pk).merged_into == a


def test_splitting_through_the_page(councillor, other_councillor, officer, client_for):
    first = reported(councillor, sender_email="a@example.org")
    second = reported(other_councillor, sender_email="a@example.org")
    subject = subject_of(first)
    client = client_for(officer)
    url = reverse("subjects:split", args=[subject.public_id])
    assert client.get(url).status_code == 200
    response = client.post(url, {"display_name": "Someone else"})
    assert "Choose the identifiers or incidents" in response.content.decode()
    response = client.post(url, {"display_name": "Someone else", "incidents": [second.pk]})
    assert response.status_code == 302
    assert subject_of(second).display_name == "Someone else"


def test_deciding_a_possible_match(councillor, officer, client_for):
    reported(councillor, sender_name="Gary Pendle")
    second = reported(councillor, sender_name="Gary Pendel")
    suggestion = LinkSuggestion.objects.get(incident=second)
    client = client_for(officer)
    listing = client.get(reverse("subjects:suggestions")).content.decode()
    assert second.reference in listing
    client.post(reverse("subjects:suggestion_decide", args=[suggestion.public_id, "confirm"]))
    suggestion.refresh_from_db()
    assert suggestion.status == "confirmed"
    missing = client.post(
        reverse("subjects:suggestion_decide", args=[suggestion.public_id, "maybe"])
    )
    assert missing.status_code == 404


def test_proposing_and_approving_a_marker(councillor, officer, manager, client_for):
    incident = reported(councillor, sender_name="Derek Crane")
    subject = subject_of(incident)
    response = client_for(officer).post(
        reverse("subjects:marker_new", args=[subject.public_id]),
        {
            "incidents": [incident.pk],
            "risk": "Threats at the door",
            "mitigations": "Visit in pairs",
        },
    )
    marker = PvprMarker.objects.get()
    assert response["Location"] == reverse("subjects:marker", args=[marker.public_id])
    review = timezone.localdate() + timedelta(days=100)
    client = client_for(manager)
    detail = client.get(reverse("subjects:marker", args=[marker.public_id])).content.decode()
    assert "Does not answer checks" in detail
    client.post(
        reverse("subjects:marker_approve", args=[marker.public_id]),
        {
            "review_due_on_0": review.day,
            "review_due_on_1": review.month,
            "review_due_on_2": review.year,
        },
    )
    marker.refresh_from_db()
    assert marker.status == "approved"
    assert marker.review_due_on == review
    detail = client.get(reverse("subjects:marker", args=[marker.public_id])).content.decode()
    assert "Answers checks" in detail
    assert AuditEvent.objects.filter(action="pvpr.marker_viewed", actor=manager).count() == 2


def test_alert_pages(councillor, officer, client_for, django_assert_max_num_queries):
    for day in range(3):
        reported(
            councillor,
            sender_email="a@example.org",
            occurred_on=timezone.localdate() - timedelta(days=day),
        )
    client = client_for(officer)
    with django_assert_max_num_queries(15):
        listing = client.get(reverse("subjects:alerts"))
    assert "Course of conduct" in listing.content.decode()


@pytest.mark.parametrize(
    ("role", "links"),
    [
        ("councillor", {"Check before a visit"}),
        ("spoc_officer", {"Subjects", "Check before a visit"}),
        ("senior_manager", {"Subjects", "Check before a visit"}),
        ("monitoring_officer", {"Subjects"}),
        ("police_liaison", set()),
        ("administrator", set()),
    ],
)
def test_navigation(cast, client_for, role, links):
    response = client_for(cast[role]).get(reverse("accounts:account"))
    shown = {item["text"] for item in response.context["navigation"]}
    assert shown & {"Subjects", "Check before a visit"} == links


def test_thresholds_are_set_by_a_senior_manager(cast, client_for):
    from councillor_safety.subjects.models import SubjectSettings

    url = reverse("subjects:settings")
    data = {
        "harassment_window_days": "90",
        "escalation_window_days": "14",
        "several_targets_min": "2",
        "pile_on_hours": "12",
        "pile_on_min_senders": "4",
        "marker_review_months": "6",
    }
    assert client_for(cast["spoc_officer"]).post(url, data).status_code == 403
    assert not SubjectSettings.objects.exists()
    response = client_for(cast["senior_manager"]).post(url, data)
    assert response.status_code == 302
    config = SubjectSettings.objects.get()
    assert config.harassment_window_days == 90
    assert config.shares_matching is False
    # a box left unticked turns the hold off; a council that has saved nothing holds them
    assert config.holds_known_senders is False
    assert SubjectSettings(council=config.council).holds_known_senders is True
    assert AuditEvent.objects.filter(action="subjects.settings_changed").count() == 1
    page = client_for(cast["monitoring_officer"]).get(url).content.decode()
    assert "within 90 days" in page
    assert "Held only when the screener flags them" in page
