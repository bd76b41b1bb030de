"""The register: approval, lapse and review, and a check that never says more than one sentence."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.core.models import AuditEvent
from councillor_safety.subjects import pvpr
from councillor_safety.subjects.models import PvprCheck, PvprMarker
from councillor_safety.subjects.tests.factories import reported, subject_of
from councillor_safety.subjects.views import CHECK_CONTEXT

pytestmark = pytest.mark.django_db

ADDRESS = "14 Gull Street, North Harbour NH4 2QT"
RISK = "Threatened an officer with a knife at the door"
MITIGATIONS = "Visit in pairs; meet at the council offices"


@pytest.fixture
def second_manager(council):
    return UserFactory(council=council, role=Role.SENIOR_MANAGER, username="manager2")


@pytest.fixture
def marker(councillor, officer):
    incident = reported(councillor, sender_name="Zebedee Quillfeather", sender_address=ADDRESS)
    return pvpr.marker_propose(
        subject=subject_of(incident),
        incident_ids=[incident.pk],
        risk=RISK,
        mitigations=MITIGATIONS,
        person_told=False,
        person_told_on=None,
        acting_user=officer,
    )


def approve(marker, manager, months=6):
    return pvpr.marker_approve(
        marker=marker,
        review_due_on=pvpr.add_months(timezone.localdate(), months),
        acting_user=manager,
    )


def answer(user, **terms):
    return pvpr.pvpr_check(
        name=terms.get("name", ""), address=terms.get("address", ""), acting_user=user
    ).answer


def test_an_unapproved_marker_never_answers(marker, councillor):
    assert answer(councillor, address=ADDRESS) == pvpr.NO_CONCERNS
    assert answer(councillor, name="Zebedee Quillfeather") == pvpr.NO_CONCERNS


def test_an_approved_marker_answers_by_name_or_address(marker, councillor, manager):
    approve(marker, manager)
    assert answer(councillor, address="14 gull st nh42qt") == pvpr.CONTACT_SPOC
    assert answer(councillor, address="NH4 2QT") == pvpr.CONTACT_SPOC
    assert answer(councillor, name="zebedee quillfeather") == pvpr.CONTACT_SPOC
    assert answer(councillor, name="Zebedee Quilfeather") == pvpr.CONTACT_SPOC
    assert answer(councillor, address="12 Gull Street NH4 2QT") == pvpr.NO_CONCERNS
    assert answer(councillor, name="Gary Pendle") == pvpr.NO_CONCERNS


def test_a_lapsed_marker_never_answers(marker, councillor, manager):
    approve(marker, manager, months=1)
    with time_machine.travel(timezone.now() + timedelta(days=40)):
        assert answer(councillor, address=ADDRESS) == pvpr.NO_CONCERNS
        assert marker in pvpr.markers_due_for_review(marker.council_id)


def test_a_withdrawn_marker_never_answers(marker, councillor, manager, officer):
    approve(marker, manager)
    pvpr.marker_withdraw(marker=marker, reason="Moved away", acting_user=officer)
    assert answer(councillor, address=ADDRESS) == pvpr.NO_CONCERNS
    with pytest.raises(ValidationError):
        approve(marker, manager)


def test_another_councils_marker_never_answers(marker, manager, other_council_councillor):
    approve(marker, manager)
    assert answer(other_council_councillor, address=ADDRESS) == pvpr.NO_CONCERNS


def test_only_a_senior_manager_other_than_the_proposer_approves(marker, officer, manager, council):
    with pytest.raises(PermissionDenied):
        approve(marker, officer)
    own = pvpr.marker_propose(
        subject=marker.subject,
        incident_ids=list(marker.incidents.values_list("pk", flat=True)),
        risk=RISK,
        mitigations=MITIGATIONS,
        person_told=False,
        person_told_on=None,
        acting_user=manager,
    )
    with pytest.raises(ValidationError, match="Another senior manager"):
        approve(own, manager)
    approved = approve(marker, manager)
    assert approved.approved_by == manager
    assert AuditEvent.objects.filter(action="pvpr.marker_approved", actor=manager).exists()


def test_review_dates_are_at_most_twelve_months_away(marker, manager):
    today = timezone.localdate()
    with pytest.raises(ValidationError, match="no later than"):
        pvpr.marker_approve(
            marker=marker,
            review_due_on=pvpr.add_months(today, 12) + timedelta(days=1),
            acting_user=manager,
        )
    with pytest.raises(ValidationError, match="future"):
        pvpr.marker_approve(marker=marker, review_due_on=today, acting_user=manager)
    approved = pvpr.marker_approve(
        marker=marker, review_due_on=pvpr.add_months(today, 12), acting_user=manager
    )
    assert approved.status == PvprMarker.Status.APPROVED


def test_a_marker_rests_on_the_subjects_incidents(councillor, officer):
    ours = reported(councillor, sender_email="a@example.org")
    other = reported(councillor, sender_email="b@example.org")
    with pytest.raises(ValidationError, match="incidents of this subject"):
        pvpr.marker_propose(
            subject=subject_of(ours),
            incident_ids=[other.pk],
            risk=RISK,
            mitigations=MITIGATIONS,
            person_told=False,
            person_told_on=None,
            acting_user=officer,
        )


def test_telling_the_person_is_recorded(marker, officer):
    pvpr.marker_record_told(marker=marker, told_on=date(2026, 1, 5), acting_user=officer)
    marker.refresh_from_db()
    assert marker.person_told
    assert marker.person_told_on == date(2026, 1, 5)


def test_every_check_is_logged_without_its_answer_in_the_audit_log(marker, manager, councillor):
    approve(marker, manager)
    answer(councillor, address=ADDRESS)
    event = AuditEvent.objects.get(action="pvpr.checked")
    assert event.actor == councillor
    assert "contact" not in event.summary.lower()
    assert "Gull" not in event.summary
    check = PvprCheck.objects.get()
    assert check.answer == PvprCheck.Answer.CONTACT_SPOC
    assert list(check.matched_markers.all()) == [marker]


def test_roles_that_may_not_check(cast):
    for role in (
        "police_liaison",
        "committee_member",
        "wellbeing_lead",
        "administrator",
        "monitoring_officer",
    ):
        with pytest.raises(PermissionDenied):
            answer(cast[role], name="x")


@pytest.mark.parametrize("role", ["councillor", "spoc_officer", "senior_manager"])
def test_the_answer_page_carries_no_details_for_any_role(
    cast, client_for, role, officer, monkeypatch
):
    from councillor_safety.subjects import views

    given = []
    real_render = views.render

    def capturing_render(request, template, context=None, **kwargs):
        given.append(context)
        return real_render(request, template, context, **kwargs)

    monkeypatch.setattr(views, "render", capturing_render)
    incident = reported(
        cast["councillor"], sender_name="Zebedee Quillfeather", sender_address=ADDRESS
    )
    marker = pvpr.marker_propose(
        subject=subject_of(incident),
        incident_ids=[incident.pk],
        risk=RISK,
        mitigations=MITIGATIONS,
        person_told=False,
        person_told_on=None,
        acting_user=officer,
    )
    approve(marker, cast["senior_manager"])
    response = client_for(cast[role]).post(
        reverse("subjects:check"), {"address": "14 Gull St NH4 2QT"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Contact the SPoC team before visiting" in page
    for detail in (
        RISK,
        "knife",
        "Visit in pairs",
        "Zebedee",
        "Quillfeather",
        incident.reference,
        str(marker.public_id),
        str(marker.subject.public_id),
    ):
        assert detail not in page
    # The view hands the template nothing beyond the allowlist, and the answer is one sentence.
    (context,) = given
    assert set(context) <= set(CHECK_CONTEXT)
    assert context["answer_text"] == "Contact the SPoC team before visiting"
    assert context["contact_spoc"] is True
    assert not context["form"].is_bound


def test_no_concerns_page(cast, client_for):
    response = client_for(cast["councillor"]).post(
        reverse("subjects:check"), {"name": "Nobody Known"}
    )
    assert "No concerns recorded" in response.content.decode()


def test_an_empty_check_is_refused_and_not_logged(cast, client_for):
    response = client_for(cast["councillor"]).post(reverse("subjects:check"), {})
    assert "Enter the name or the address" in response.content.decode()
    assert not PvprCheck.objects.exists()
