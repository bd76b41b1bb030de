"""Cases for the demo council: letter templates, actions, a sent letter, a police share."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from django.utils import timezone

from councillor_safety.accounts.models import Council, User
from councillor_safety.accounts.roles import Role
from councillor_safety.cases import services
from councillor_safety.cases.models import AdviceArticle, LetterTemplate
from councillor_safety.cases.taxonomy import ActionKind, LawfulBasis, SharedField, Signatory
from councillor_safety.incidents.models import Incident

DESIST = """Dear {{ recipient.name }},

I am the Monitoring Officer of {{ council.name }}. I am writing about your communications with {{ councillor.name }}, councillor for {{ councillor.ward }}, on {{ incidents.dates }}.

The council regards the content and frequency of these communications as harassment. Councillors welcome robust debate, but abuse, threats and intimidation are not acceptable, and the council will protect its members.

I ask you to stop contacting {{ councillor.name }} directly. From today, please send anything you wish the council to consider to {{ contact_officer.name }} at {{ contact_officer.email }}, quoting reference {{ case.reference }}. Your messages will be read and answered where appropriate.

If this behaviour continues, the council may refer the matter to the police or apply to the court for an injunction.

Yours sincerely,"""

SINGLE_CONTACT = """Dear {{ recipient.name }},

Reference {{ case.reference }}

To make sure your correspondence with {{ council.name }} is handled consistently, one officer will now deal with everything you send us: {{ contact_officer.name }}, {{ contact_officer.email }}{% if contact_officer.phone %}, telephone {{ contact_officer.phone }}{% endif %}.

Please contact only this officer. Messages sent to councillors or other staff will be passed to them.

Yours sincerely,"""


def make_cases(council: Council, staff: list[User]) -> None:
    role = {u.role: u for u in staff}
    officer, admin = role[Role.SPOC_OFFICER], role[Role.ADMINISTRATOR]
    monitoring, police = role[Role.MONITORING_OFFICER], role[Role.POLICE_LIAISON]
    desist = _template(council, admin, "Desist letter", ActionKind.DESIST_LETTER, DESIST)
    _template(council, admin, "Single point of contact", ActionKind.SINGLE_CONTACT, SINGLE_CONTACT)

    by_sender: dict[tuple[int, str], list[Incident]] = defaultdict(list)
    for incident in (
        Incident.objects.filter(council=council).exclude(sender_email="").order_by("occurred_on")
    ):
        by_sender[(incident.councillor_id, incident.sender_email.lower())].append(incident)
    groups = sorted(by_sender.values(), key=len, reverse=True)
    if not groups:
        return
    today = timezone.localdate()

    main = services.case_open(
        councillor=groups[0][0].councillor,
        incidents=groups[0][:4],
        title=f"Repeated e-mails from {groups[0][0].sender_name or groups[0][0].sender_email}",
        summary="The same sender has written several times; tone escalating.",
        owner=officer,
        acting_user=officer,
    )
    services.action_add(
        case=main,
        kind=ActionKind.ADVICE,
        started_on=today - timedelta(days=10),
        detail="Phoned the councillor and sent the articles.",
        advice=AdviceArticle.objects.filter(council=council, topic__in=["block", "filters"])[:2],
        acting_user=officer,
    )
    letter = services.letter_draft(
        case=main,
        template=desist,
        recipient_name=groups[0][0].sender_name or "The sender",
        recipient_address="14 Gull Street\nNorth Harbour\nNH4 7QT",
        acting_user=officer,
    )
    services.letter_submit(letter=letter, acting_user=officer)
    services.letter_approve(letter=letter, acting_user=monitoring)
    services.letter_mark_sent(letter=letter, acting_user=officer)
    services.task_add(
        case=main,
        title="Check for further contact after the letter",
        assignee=officer,
        due_on=today + timedelta(days=14),
        acting_user=officer,
    )
    services.case_set_next_update(case=main, on=today + timedelta(days=7), acting_user=officer)
    share = services.share_create(
        case=main,
        officer=police,
        lawful_basis=LawfulBasis.CRIME_PREVENTION,
        basis_detail="Possible offence under the Protection from Harassment Act 1997.",
        fields=[
            SharedField.OCCURRED,
            SharedField.CHANNEL,
            SharedField.DESCRIPTION,
            SharedField.SENDER,
        ],
        incidents=list(main.incidents.all()),
        evidence=[],
        notes=[],
        acting_user=officer,
    )
    services.police_record(
        share=share, kind="crime_reference", text="HP/26/0412", acting_user=police
    )
    services.police_record(
        share=share,
        kind="advice",
        text="Keep all further messages; call 101 quoting the reference.",
        acting_user=police,
    )
    services.liaison_meeting_record(
        council=council, held_at=timezone.now() - timedelta(days=14), acting_user=officer
    )

    if len(groups) > 1:
        second = services.case_open(
            councillor=groups[1][0].councillor,
            incidents=groups[1][:2],
            title="Posts naming the councillor's family",
            summary="",
            owner=role[Role.SENIOR_MANAGER],
            acting_user=officer,
        )
        services.action_add(
            case=second,
            kind=ActionKind.TAKEDOWN,
            started_on=today - timedelta(days=2),
            detail="Reported through the platform's form for elected officials.",
            platform="Facebook",
            acting_user=officer,
        )
        services.task_add(
            case=second,
            title="Chase the platform",
            assignee=officer,
            due_on=today - timedelta(days=1),
            acting_user=officer,
        )


def _template(council: Council, admin: User, name: str, purpose: str, body: str) -> LetterTemplate:
    return services.template_save(
        council=council,
        name=name,
        purpose=purpose,
        signatory=Signatory.MONITORING_OFFICER,
        signatory_title="Monitoring Officer",
        body=body,
        is_active=True,
        acting_user=admin,
    )
