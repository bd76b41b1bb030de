"""Subjects for the demo council: its reports linked to senders, alerts, and a register marker."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from councillor_safety.accounts.models import Council, User
from councillor_safety.accounts.roles import Role
from councillor_safety.incidents.models import Incident
from councillor_safety.subjects import pvpr
from councillor_safety.subjects.linking import incident_link
from councillor_safety.subjects.models import IncidentLink, Subject, SubjectIdentifier
from councillor_safety.subjects.patterns import patterns_recompute


def make_subjects(council: Council, staff: list[User]) -> None:
    # One report gives a misspelt name and no e-mail: an officer is asked whether it is him.
    misspelt = (
        Incident.objects.filter(council=council, sender_name="Gary Pendle")
        .order_by("-created_at")
        .first()
    )
    if misspelt is not None:
        misspelt.sender_name = "Gary Pendel"
        misspelt.sender_email = ""
        misspelt.save(update_fields=["sender_name", "sender_email"])
    for incident_id in (
        Incident.objects.filter(council=council)
        .order_by("created_at", "pk")
        .values_list("pk", flat=True)
    ):
        incident_link(incident_id=incident_id, refresh_patterns=False)
    patterns_recompute(council=council)
    officer = next(u for u in staff if u.role == Role.SPOC_OFFICER)
    manager = next(u for u in staff if u.role == Role.SENIOR_MANAGER)
    crane = (
        Subject.objects.filter(
            council=council,
            identifiers__kind="address",
            identifiers__normalised__endswith="NH4 2QT",
        )
        .distinct()
        .first()
    )
    if crane is None:
        return
    if not SubjectIdentifier.objects.filter(
        subject=crane, kind="name", normalised="derek crane"
    ).exists():
        SubjectIdentifier.objects.create(
            subject=crane, council=council, kind="name", raw="Derek Crane", normalised="derek crane"
        )
    incident_ids = list(
        IncidentLink.objects.filter(subject=crane).values_list("incident_id", flat=True)[:3]
    )
    marker = pvpr.marker_propose(
        subject=crane,
        incident_ids=incident_ids,
        risk="Turned up at a councillor's surgery shouting and would not leave; has said he knows where councillors live.",
        mitigations="Visit in pairs. Meet at the council offices, not at his home. Tell the SPoC team before and after any visit.",
        person_told=True,
        person_told_on=timezone.localdate() - timedelta(days=20),
        acting_user=officer,
    )
    pvpr.marker_approve(
        marker=marker,
        review_due_on=timezone.localdate() + timedelta(days=180),
        acting_user=manager,
    )
