"""A fictional council with people in every role and a history of varied incidents.

Everything here is invented: the council, its wards, its people and what happened to them.
The same seed always gives the same data, so screenshots and walkthroughs stay stable.
"""

from __future__ import annotations

import io
import itertools
import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from PIL import Image, ImageDraw

from councillor_safety.accounts.models import Council, User
from councillor_safety.accounts.roles import Role
from councillor_safety.core.models import AuditEvent
from councillor_safety.demo.cases import make_cases
from councillor_safety.demo.screening import make_screened_comments
from councillor_safety.demo.subjects import make_subjects
from councillor_safety.demo.triage import make_triage_history
from councillor_safety.incidents import evidence_files
from councillor_safety.incidents.models import (
    Evidence,
    Incident,
    IncidentCategory,
    IncidentNote,
    ReferenceCounter,
)
from councillor_safety.incidents.taxonomy import (
    Category,
    Channel,
    Characteristic,
    ReportedVia,
    RiskSign,
    SenderKnown,
    Status,
)

COUNCIL_NAME = "North Harbour District Council"
DEMO_PASSWORD = "harbour-demo-2026"  # noqa: S105 - published on purpose; demo accounts need DEBUG
DEMO_BACKUP_CODES = [f"{n:08d}" for n in range(11110001, 11110011)]
LONDON = ZoneInfo("Europe/London")

WARDS = [
    "Quayside",
    "Saltmarsh",
    "Old Town",
    "Harbour Heights",
    "Millbrook",
    "Westcliff",
    "Fenwick",
    "Lighthouse",
]

STAFF = [
    ("officer", "Sam", "Okafor", Role.SPOC_OFFICER),
    ("officer2", "Priya", "Lund", Role.SPOC_OFFICER),
    ("manager", "Helen", "Marsh", Role.SENIOR_MANAGER),
    ("monitoring", "Gareth", "Pryce", Role.MONITORING_OFFICER),
    ("committee", "Ruth", "Abbott", Role.COMMITTEE_MEMBER),
    ("committee2", "Ahmed", "Farouk", Role.COMMITTEE_MEMBER),
    ("committee3", "Carys", "Penhale", Role.COMMITTEE_MEMBER),
    ("police", "Dev", "Khanna", Role.POLICE_LIAISON),
    ("wellbeing", "Morag", "Fennel", Role.WELLBEING_LEAD),
    ("admin", "Tom", "Ashworth", Role.ADMINISTRATOR),
]

COUNCILLORS = [
    ("cllr.reyes", "Ana", "Reyes"),
    ("cllr.bright", "Oliver", "Bright"),
    ("cllr.osei", "Grace", "Osei"),
    ("cllr.patel", "Nikhil", "Patel"),
    ("cllr.hughes", "Bethan", "Hughes"),
    ("cllr.campbell", "Iain", "Campbell"),
    ("cllr.novak", "Marta", "Novak"),
    ("cllr.adeyemi", "Tunde", "Adeyemi"),
    ("cllr.walsh", "Siobhan", "Walsh"),
    ("cllr.forde", "Kieran", "Forde"),
    ("cllr.lindqvist", "Elin", "Lindqvist"),
    ("cllr.haddad", "Yusuf", "Haddad"),
    ("cllr.moss", "Jenny", "Moss"),
    ("cllr.tran", "Linh", "Tran"),
]

TOPICS = [
    "the new cycle lane on Harbour Road",
    "the closure of Millbrook library",
    "the low-traffic neighbourhood in Old Town",
    "the planning decision on the Quayside flats",
    "the council tax rise",
    "parking charges at the seafront",
    "the traveller site consultation",
    "the school crossing patrol cuts",
    "bin collections going fortnightly",
    "the asylum hotel on Westcliff Parade",
    "the wind farm application",
    "the budget vote",
]

DESCRIPTIONS: dict[str, list[str]] = {
    Category.VERBAL_ABUSE: [
        "A man shouted at me across the car park after the meeting about {topic}, calling me a liar and a disgrace, and kept shouting while I walked to my car.",
        "At my ward surgery a resident swore at me repeatedly about {topic} and refused to leave when asked.",
        "Someone stopped me in the supermarket and told me loudly that people like me should be run out of town because of {topic}.",
    ],
    Category.PHYSICAL_ATTACK: [
        "After the public meeting on {topic} a man pushed me against the door of the community centre. A colleague pulled him away.",
        "While I was leafleting, someone knocked the leaflets out of my hands and shoved me into a hedge.",
    ],
    Category.STALKED: [
        "The same car has been parked opposite my house three evenings this week. The driver watches the house and drives off when I come out.",
        "A man who has e-mailed me about {topic} turned up at my daughter's school gate and again outside my gym.",
        "Someone has been following me home after council meetings. I have seen the same person at the bus stop twice.",
    ],
    Category.THREAT_OF_HARM: [
        "I received a message saying 'we know where you live and you'll regret voting for {topic}'.",
        "A voicemail said that if the vote on {topic} goes ahead I should 'watch my back at the next surgery'.",
        "A letter pushed through my door said my family would 'pay for' {topic}. It was not signed.",
    ],
    Category.MISINFORMATION: [
        "A local Facebook group is sharing a post claiming I took money from developers over {topic}. It is untrue and has been shared hundreds of times.",
        "A leaflet is going round my ward saying I voted to close the library. I voted against.",
    ],
    Category.CHARACTER_ASSASSINATION: [
        "A blogger has written a series of posts calling me corrupt and a paedophile, with my photo, linked to {topic}.",
        "Posters with my face and the word 'traitor' have been put up around the ward after {topic}.",
    ],
    Category.INAPPROPRIATE_EMAIL: [
        "I have had over twenty e-mails in two days from the same person about {topic}, each more abusive than the last.",
        "An e-mail called me a 'stupid little girl who should stay in the kitchen' because of my vote on {topic}.",
    ],
    Category.INAPPROPRIATE_LETTER: [
        "An anonymous letter arrived at my home address, which is not published, full of insults about {topic}.",
    ],
    Category.INAPPROPRIATE_PHONE: [
        "I get silent calls late at night on my mobile, several times a week, since the debate on {topic}.",
        "Someone keeps texting my personal phone with abuse about {topic}.",
    ],
    Category.INAPPROPRIATE_SOCIAL_MEDIA: [
        "After I spoke about {topic}, dozens of accounts replied to my post with insults within a few hours.",
        "An account keeps tagging me in posts calling me vermin and telling me to get out of the country.",
        "A comment under the council's post about {topic} said someone should 'sort me out' and got many likes.",
    ],
    Category.SEXUAL_HARASSMENT: [
        "A man at the planning committee made comments about my body and tried to put his arm round me in the corridor.",
        "I have been sent sexual images by an account that also comments on my posts about {topic}.",
    ],
    Category.OTHER_THREATENING: [
        "Dog mess was posted through my letterbox the night after the vote on {topic}.",
        "My car tyres were slashed outside my home the morning after the meeting about {topic}.",
    ],
}

IMPACTS = [
    "",
    "I feel anxious going to ward surgeries now.",
    "My partner is worried and wants me to stand down.",
    "I have stopped posting on social media.",
    "I no longer feel safe at home.",
    "I have changed my route home and I am not sleeping well.",
    "It has made me think twice about speaking in debates.",
]

CHANNEL_FOR: dict[str, list[str]] = {
    Category.VERBAL_ABUSE: [Channel.IN_PERSON, Channel.ONLINE_MEETING],
    Category.PHYSICAL_ATTACK: [Channel.IN_PERSON],
    Category.STALKED: [Channel.IN_PERSON, Channel.AT_HOME],
    Category.THREAT_OF_HARM: [Channel.EMAIL, Channel.PHONE, Channel.LETTER, Channel.SOCIAL_MEDIA],
    Category.MISINFORMATION: [Channel.SOCIAL_MEDIA, Channel.LETTER],
    Category.CHARACTER_ASSASSINATION: [Channel.SOCIAL_MEDIA, Channel.OTHER],
    Category.INAPPROPRIATE_EMAIL: [Channel.EMAIL],
    Category.INAPPROPRIATE_LETTER: [Channel.LETTER, Channel.AT_HOME],
    Category.INAPPROPRIATE_PHONE: [Channel.PHONE],
    Category.INAPPROPRIATE_SOCIAL_MEDIA: [Channel.SOCIAL_MEDIA],
    Category.SEXUAL_HARASSMENT: [Channel.IN_PERSON, Channel.SOCIAL_MEDIA],
    Category.OTHER_THREATENING: [Channel.AT_HOME, Channel.OTHER],
}

RISK_SIGNS_FOR: dict[str, list[str]] = {
    Category.THREAT_OF_HARM: [
        RiskSign.THREAT_TO_HARM,
        RiskSign.KNOWS_ADDRESS,
        RiskSign.VERY_FRIGHTENED,
    ],
    Category.STALKED: [RiskSign.FOLLOWED, RiskSign.TURNED_UP, RiskSign.KNOWS_ADDRESS],
    Category.PHYSICAL_ATTACK: [RiskSign.TURNED_UP, RiskSign.VERY_FRIGHTENED],
    Category.OTHER_THREATENING: [RiskSign.PROPERTY_DAMAGED, RiskSign.KNOWS_ADDRESS],
    Category.INAPPROPRIATE_EMAIL: [RiskSign.FREQUENT, RiskSign.ESCALATING],
    Category.INAPPROPRIATE_PHONE: [RiskSign.FREQUENT],
}

SENDERS = [
    {"sender_name": "Gary Pendle", "sender_email": "g.pendle@example.net"},
    {"sender_social_handle": "@HarbourTruth99"},
    {"sender_social_handle": "@NoMoreLTN_NH"},
    {"sender_name": "D. Crane", "sender_address": "14 Gull Street, North Harbour NH4 2QT"},
    {"sender_email": "angry.resident77@example.org"},
    {"sender_phone": "07700 900123"},
    {
        "sender_name": "Unknown man, about 50",
        "sender_description": "Grey beard, red van, about 50.",
    },
]


@dataclass
class DemoSummary:
    council: Council
    users: int
    incidents: int


def _make_user(
    council: Council, username: str, first: str, last_name: str, role: Role, ward: str = ""
) -> User:
    user, _ = User.objects.update_or_create(
        username=username,
        defaults={
            "council": council,
            "first_name": first,
            "last_name": last_name,
            "email": f"{username}@northharbour.example",
            "role": role,
            "ward": ward,
            "is_demo": True,
            "is_active": True,
        },
    )
    user.set_password(DEMO_PASSWORD)
    user.save(update_fields=["password"])
    return user


def reset_backup_codes(user: User) -> None:
    """Gives a demo user the README's backup codes again (each works once)."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name="Backup codes", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    StaticToken.objects.bulk_create(
        [StaticToken(device=device, token=c) for c in DEMO_BACKUP_CODES]
    )


def _screenshot_png(text: str) -> bytes:
    image = Image.new("RGB", (640, 240), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 10, 630, 230), outline="#b1b4b6", width=2)
    draw.text((24, 24), "Screenshot", fill="#505a5f")
    for i, line in enumerate(text[i : i + 80] for i in range(0, min(len(text), 480), 80)):
        draw.text((24, 60 + i * 22), line, fill="#0b0c0c")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def load_demo(*, incidents: int = 200, seed: int = 20260511) -> DemoSummary:
    rng = random.Random(seed)  # noqa: S311 - demo data, not security
    with transaction.atomic():
        council, _ = Council.objects.update_or_create(
            name=COUNCIL_NAME,
            defaults={
                "slug": "north-harbour",
                "reference_prefix": "NH",
                "spoc_team_email": "member-support@northharbour.example",
                "out_of_hours_phone": "01632 960 000",
                "police_force": "Harbourshire Police",
            },
        )
        staff = [_make_user(council, u, f, ln, r) for u, f, ln, r in STAFF]
        councillors = [
            _make_user(council, u, f, ln, Role.COUNCILLOR, ward=WARDS[i % len(WARDS)])
            for i, (u, f, ln) in enumerate(COUNCILLORS)
        ]
        for user in staff:
            reset_backup_codes(user)
        existing = Incident.objects.filter(council=council).count()
        created = 0
        if existing == 0:
            created = _make_incidents(council, councillors, staff, incidents, rng)
            make_triage_history(council, staff, rng)
            make_cases(council, staff)
            make_subjects(council, staff)
            # after the subjects: a known sender's ordinary comment is held too
            make_screened_comments(council, staff, councillors)
    return DemoSummary(
        council=council, users=len(staff) + len(councillors), incidents=existing + created
    )


def _make_incidents(
    council: Council, councillors: list[User], staff: list[User], count: int, rng: random.Random
) -> int:
    officers = [u for u in staff if u.role in (Role.SPOC_OFFICER, Role.SENIOR_MANAGER)]
    now = timezone.now()
    counters: dict[int, int] = {}
    made: list[tuple[Incident, list[str], datetime]] = []
    for _ in range(count):
        councillor = rng.choice(councillors)
        main = rng.choice(list(DESCRIPTIONS))
        extra = rng.sample([c for c in Category.values if c != main], k=rng.choice([0, 0, 0, 1]))
        created_at = now - timedelta(days=rng.uniform(0, 540), minutes=rng.randint(0, 600))
        occurred = (created_at - timedelta(days=rng.choice([0, 0, 1, 2, 5]))).astimezone(LONDON)
        age_days = (now - created_at).days
        status = (
            Status.NEW
            if age_days < 3
            else rng.choice([Status.UNDER_REVIEW, Status.ACTION_IN_PROGRESS])
            if age_days < 45
            else rng.choice(
                [Status.CLOSED, Status.CLOSED, Status.CLOSED, Status.ACTION_IN_PROGRESS]
            )
        )
        known = rng.random() < 0.55
        sender = rng.choice(SENDERS) if known else {}
        year = created_at.year
        counters[year] = counters.get(year, 0)
        on_behalf = rng.random() < 0.15
        incident = Incident(
            council=council,
            reference="",
            councillor=councillor,
            reported_by=rng.choice(officers) if on_behalf else councillor,
            reported_via=ReportedVia.ON_BEHALF if on_behalf else ReportedVia.ONLINE,
            in_danger=main in (Category.PHYSICAL_ATTACK, Category.STALKED) and rng.random() < 0.3,
            channel=rng.choice(CHANNEL_FOR[main]),
            occurred_on=occurred.date(),
            occurred_time=time(occurred.hour, occurred.minute) if rng.random() < 0.6 else None,
            location=rng.choice(
                [
                    "",
                    "Town hall car park",
                    "Ward surgery, Millbrook library",
                    "Online",
                    "Outside my home",
                    "Harbour Road",
                ]
            ),
            sender_known=SenderKnown.KNOWN if known else SenderKnown.UNKNOWN,
            sender_name=sender.get("sender_name", ""),
            sender_email=sender.get("sender_email", ""),
            sender_phone=sender.get("sender_phone", ""),
            sender_social_handle=sender.get("sender_social_handle", ""),
            sender_address=sender.get("sender_address", ""),
            sender_description=sender.get("sender_description", ""),
            description=rng.choice(DESCRIPTIONS[main]).format(topic=rng.choice(TOPICS)),
            impact=rng.choice(IMPACTS),
            characteristics=rng.sample(Characteristic.values, k=1) if rng.random() < 0.25 else [],
            risk_signs=rng.sample(
                RISK_SIGNS_FOR.get(main, []),
                k=min(len(RISK_SIGNS_FOR.get(main, [])), rng.choice([0, 1, 2])),
            ),
            status=status,
            assigned_to=rng.choice(officers) if status != Status.NEW else None,
            created_at=created_at,
            closed_at=created_at + timedelta(days=rng.randint(5, 40))
            if status == Status.CLOSED
            else None,
        )
        made.append((incident, [main, *extra], created_at))
    made.sort(key=lambda item: item[2])
    for incident, _, created_at in made:
        counters[created_at.year] = counters.get(created_at.year, 0) + 1
        incident.reference = (
            f"{council.reference_prefix}-{created_at.year}-{counters[created_at.year]:05d}"
        )
    Incident.objects.bulk_create([m[0] for m in made])
    saved = {i.reference: i for i in Incident.objects.filter(council=council)}
    IncidentCategory.objects.bulk_create(
        [
            IncidentCategory(incident=saved[i.reference], category=c)
            for i, cats, _ in made
            for c in cats
        ]
    )
    for year, last in counters.items():
        ReferenceCounter.objects.update_or_create(
            council=council, series="incident", year=year, defaults={"last_number": last}
        )
    _make_history(council, [saved[i.reference] for i, _, _ in made], officers, rng)
    _make_evidence(council, [saved[i.reference] for i, _, _ in made][-12:], rng)
    return len(made)


def _make_history(
    council: Council, incidents: list[Incident], officers: list[User], rng: random.Random
) -> None:
    events: list[AuditEvent] = []
    notes: list[IncidentNote] = []
    for incident in incidents:
        at = incident.created_at
        reporter = (
            incident.reported_by or incident.councillor
        )  # demo incidents always have a reporter
        events.append(
            AuditEvent(
                actor=reporter,
                actor_label=reporter.username,
                council=council,
                action="incident.reported",
                object_type="incidents.incident",
                object_id=str(incident.pk),
                summary=incident.reference,
                occurred_at=at,
            )
        )
        if incident.assigned_to is None:
            continue
        officer = incident.assigned_to
        at += timedelta(hours=rng.randint(1, 20))
        events.append(
            AuditEvent(
                actor=officer,
                actor_label=officer.username,
                council=council,
                action="incident.assigned",
                object_type="incidents.incident",
                object_id=str(incident.pk),
                summary=f"Assigned to {officer.display_name}",
                occurred_at=at,
            )
        )
        path = [Status.NEW, Status.UNDER_REVIEW, Status.ACTION_IN_PROGRESS, Status.CLOSED]
        for before, after in itertools.pairwise(path):
            at += timedelta(hours=rng.randint(2, 72))
            events.append(
                AuditEvent(
                    actor=officer,
                    actor_label=officer.username,
                    council=council,
                    action="incident.status_changed",
                    object_type="incidents.incident",
                    object_id=str(incident.pk),
                    summary=f"{before.label} → {after.label}",
                    occurred_at=at,
                )
            )
            if after == Status.ACTION_IN_PROGRESS:
                notes.append(
                    IncidentNote(
                        incident=incident,
                        author=officer,
                        text=rng.choice(
                            [
                                "Spoke to the councillor by phone. Advised on blocking and reporting the account.",
                                "Referred to the police liaison officer; awaiting a crime reference.",
                                "Desist letter to be drafted for the monitoring officer to sign.",
                                "Councillor asked for a risk assessment before the next ward surgery.",
                            ]
                        ),
                        created_at=at,
                    )
                )
            if after == incident.status:
                break
    AuditEvent.objects.bulk_create(events)
    IncidentNote.objects.bulk_create(notes)


def _make_evidence(council: Council, incidents: list[Incident], rng: random.Random) -> None:
    for incident in incidents:
        png = _screenshot_png(incident.description)
        upload = SimpleUploadedFile(
            f"screenshot-{incident.reference}.png", png, content_type="image/png"
        )
        checked = evidence_files.check_file(upload, max_bytes=settings.EVIDENCE_MAX_BYTES)
        stored = evidence_files.store_file(checked, council_id=council.pk)
        Evidence.objects.create(
            council=council,
            incident=incident,
            stored_name=stored,
            original_name=checked.original_name,
            content_type=checked.content_type,
            size=checked.size,
            sha256=checked.sha256,
            uploaded_by=incident.reported_by or incident.councillor,
        )
