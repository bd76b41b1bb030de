"""The review committee: redaction, conflicts of interest, quorum, and the outcome's return."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.incidents.models import IncidentNote
from councillor_safety.incidents.taxonomy import Category
from councillor_safety.incidents.tests.factories import IncidentFactory
from councillor_safety.triage import committee, services
from councillor_safety.triage.models import CommitteeReferral


@pytest.fixture
def members(council):
    return [
        UserFactory(council=council, role=Role.COMMITTEE_MEMBER, username=f"member{i}", ward=ward)
        for i, ward in enumerate(["Saltmarsh", "Old Town", "Fenwick", "Westcliff"])
    ]


@pytest.fixture
def referral(councillor, officer):
    incident = IncidentFactory(
        councillor=councillor,
        categories=[Category.INAPPROPRIATE_EMAIL],
        description="Cllr Quayside got rude e-mails from Gary Pendle",
    )
    services.triage_start(incident_id=incident.pk)
    return committee.referral_create(
        incident=incident,
        summary="A resident sent four rude e-mails about bin collections.",
        identity_needed=False,
        acting_user=officer,
    )


def review(referral, member, crossed=True, response="letter"):
    return committee.review_record(
        referral=referral,
        member=member,
        crossed_line=crossed,
        recommended_response=response,
        reasons="Personal insults, not debate",
    )


@pytest.mark.django_db
def test_members_see_a_redacted_summary(referral, members, client_for, councillor):
    page = (
        client_for(members[0])
        .get(reverse("triage:committee_case", args=[referral.public_id]))
        .content.decode()
    )
    assert "four rude e-mails about bin collections" in page
    # escaped as the page would show it: a raw "O'Donnell" is never in the page either way
    assert escape(councillor.display_name) not in page
    assert "Gary Pendle" not in page  # the original description is not shown
    assert "Withheld" in page
    referral.identity_needed = True
    referral.save()
    page = (
        client_for(members[0])
        .get(reverse("triage:committee_case", args=[referral.public_id]))
        .content.decode()
    )
    assert escape(councillor.display_name) in page  # "O'Donnell" is escaped


@pytest.mark.django_db
def test_a_member_cannot_review_their_own_case_or_a_ward_colleagues(
    council, officer, members, client_for
):
    same_ward = members[1]  # Old Town
    colleague = UserFactory(
        council=council, role=Role.COUNCILLOR, username="oldtown_cllr", ward="Old Town"
    )
    incident = IncidentFactory(councillor=colleague)
    services.triage_start(incident_id=incident.pk)
    services.priority_confirm(
        incident=incident, priority="P4", override_reason="Low level", acting_user=officer
    )
    referral = committee.referral_create(
        incident=incident, summary="Rude", identity_needed=False, acting_user=officer
    )
    assert (
        client_for(same_ward)
        .get(reverse("triage:committee_case", args=[referral.public_id]))
        .status_code
        == 404
    )
    listing = client_for(same_ward).get(reverse("triage:committee")).content.decode()
    assert "a councillor of your ward (Old Town): you cannot review it" in listing
    with pytest.raises(ValidationError, match="your ward"):
        review(referral, same_ward)
    assert committee.conflict_of_interest(colleague, incident) == "This case is about you"


@pytest.mark.django_db
def test_quorum_majority_and_the_outcome_returns_to_the_team(
    referral, members, officer, client_for
):
    review(referral, members[0], crossed=True, response="letter")
    review(referral, members[1], crossed=False, response="no_action")
    referral.refresh_from_db()
    assert referral.status == "open"  # 2 of 3
    review(referral, members[2], crossed=True, response="advice")
    referral.refresh_from_db()
    assert referral.status == "decided"
    assert referral.crossed_line is True
    assert (
        referral.recommended_response == "letter"
    )  # a tie between letter and advice goes to the more serious
    note = IncidentNote.objects.get(incident=referral.incident)
    assert "2 of 3 members found it crossed the line" in note.text
    queue = client_for(officer).get(reverse("triage:queue")).content.decode()
    assert "Committee decisions to act on" in queue
    assert referral.incident.reference in queue
    client_for(officer).post(reverse("triage:outcome_seen", args=[referral.public_id]))
    assert (
        "Committee decisions to act on"
        not in client_for(officer).get(reverse("triage:queue")).content.decode()
    )
    with pytest.raises(ValidationError, match="already decided"):
        review(referral, members[3])


@pytest.mark.django_db
def test_a_tie_waits_for_another_member(referral, members, council):
    from councillor_safety.triage.models import CommitteeReferral as Referral

    Referral.objects.filter(pk=referral.pk).update(quorum=2)
    referral.refresh_from_db()
    review(referral, members[0], crossed=True)
    review(referral, members[1], crossed=False, response="no_action")
    referral.refresh_from_db()
    assert referral.status == "open"
    review(referral, members[2], crossed=False, response="advice")
    referral.refresh_from_db()
    assert referral.status == "decided"
    assert referral.crossed_line is False


@pytest.mark.django_db
def test_one_review_per_member_and_sensible_answers(referral, members, client_for):
    review(referral, members[0])
    with pytest.raises(ValidationError, match="already reviewed"):
        review(referral, members[0])
    with pytest.raises(ValidationError, match="other than no action"):
        review(referral, members[1], crossed=True, response="no_action")
    response = client_for(members[1]).post(
        reverse("triage:committee_case", args=[referral.public_id]), {}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Select whether it crossed the line" in page
    assert "Give your reasons" in page


@pytest.mark.django_db
def test_only_low_level_cases_are_referred_and_only_once(councillor, officer, referral):
    urgent = IncidentFactory(councillor=councillor, in_danger=True)
    services.triage_start(incident_id=urgent.pk)
    with pytest.raises(ValidationError, match="Only P3 and P4"):
        committee.referral_create(
            incident=urgent, summary="x", identity_needed=False, acting_user=officer
        )
    with pytest.raises(ValidationError, match="already with the committee"):
        committee.referral_create(
            incident=referral.incident, summary="x", identity_needed=False, acting_user=officer
        )
    assert CommitteeReferral.objects.count() == 1


@pytest.mark.django_db
def test_the_quorum_comes_from_the_policy_in_force(councillor, officer, council, administrator):
    from dataclasses import replace

    from councillor_safety.triage.policy import policy_current, policy_update, spec_of

    policy_update(
        council=council,
        spec=replace(spec_of(policy_current(council)), committee_quorum=5),
        summary="Bigger committee",
        acting_user=administrator,
    )
    incident = IncidentFactory(councillor=councillor, categories=[Category.MISINFORMATION])
    services.triage_start(incident_id=incident.pk)
    assert (
        committee.referral_create(
            incident=incident, summary="x", identity_needed=False, acting_user=officer
        ).quorum
        == 5
    )
