from __future__ import annotations

from councillor_safety.accounts.models import User
from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.cases import services
from councillor_safety.cases.models import Case, LetterTemplate
from councillor_safety.cases.taxonomy import ActionKind, Signatory
from councillor_safety.incidents.models import Incident
from councillor_safety.incidents.tests.factories import IncidentFactory

DESIST_BODY = """Dear {{ recipient.name }},

I am writing on behalf of {{ council.name }} about your contact with {{ councillor.name }}{% if councillor.ward %}, councillor for {{ councillor.ward }}{% endif %}, on {{ incidents.dates }}.

This behaviour must stop. From today, contact the council only through {{ contact_officer.name }} ({{ contact_officer.email }}), quoting reference {{ case.reference }}.

Yours sincerely,"""


def template_for(
    council_id: int, *, signatory: str = Signatory.MONITORING_OFFICER
) -> LetterTemplate:
    admin = UserFactory(
        council_id=council_id, role=Role.ADMINISTRATOR, username=f"admin-{council_id}"
    )
    return services.template_save(
        council=admin.council,
        name="Desist letter",
        purpose=ActionKind.DESIST_LETTER,
        signatory=signatory,
        signatory_title="Monitoring Officer",
        body=DESIST_BODY,
        is_active=True,
        acting_user=admin,
    )


def case_for(
    councillor: User, officer: User, *, incidents: int = 2, **incident_kwargs: object
) -> Case:
    made: list[Incident] = [
        IncidentFactory(councillor=councillor, **incident_kwargs) for _ in range(incidents)
    ]
    return services.case_open(
        councillor=councillor,
        incidents=made,
        title="Repeated e-mails from one sender",
        summary="",
        owner=officer,
        acting_user=officer,
    )
