"""The demo council: every role, about 200 varied incidents, and only with DEBUG on."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from councillor_safety.accounts.models import User
from councillor_safety.accounts.roles import Role
from councillor_safety.core.models import AuditEvent
from councillor_safety.demo.council import COUNCILLORS, DEMO_BACKUP_CODES, DEMO_PASSWORD, STAFF
from councillor_safety.incidents.models import Evidence, Incident, IncidentCategory
from councillor_safety.incidents.taxonomy import Category, Status


@pytest.fixture
def demo(db, settings):
    settings.DEBUG = True
    call_command("load_demo", incidents=200, stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.django_db
def test_it_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG=true"):
        call_command("load_demo")
    assert not User.objects.exists()


def test_every_role_and_varied_incidents(demo):
    assert set(User.objects.values_list("role", flat=True)) == set(Role.values)
    assert User.objects.count() == len(STAFF) + len(COUNCILLORS)
    assert Incident.objects.count() == 200
    assert set(IncidentCategory.objects.values_list("category", flat=True)) == set(Category.values)
    assert set(Incident.objects.values_list("status", flat=True)) == set(Status.values)
    assert Incident.objects.values("councillor").distinct().count() == len(COUNCILLORS)
    assert Incident.objects.filter(in_danger=True).exists()
    assert Evidence.objects.filter(incident__isnull=False).count() >= 10
    references = list(Incident.objects.values_list("reference", flat=True))
    assert len(set(references)) == 200
    assert all(r.startswith("NH-") for r in references)
    assert AuditEvent.objects.filter(action="incident.reported").count() == 200


def test_triage_history_rota_and_committee(demo):
    from django.utils import timezone

    from councillor_safety.triage.models import CommitteeReferral, IncidentTriage, OnCallShift
    from councillor_safety.triage.services import on_call_officer

    assert IncidentTriage.objects.count() == Incident.objects.count()
    assert set(IncidentTriage.objects.values_list("priority", flat=True)) == {
        "P1",
        "P2",
        "P3",
        "P4",
    }
    council = Incident.objects.first().council
    assert on_call_officer(council, timezone.now()) is not None
    assert OnCallShift.objects.filter(council=council).count() >= 40
    open_cases = CommitteeReferral.objects.filter(status="open")
    assert open_cases.exists()
    assert any(r.reviews.count() == r.quorum - 1 for r in open_cases)


def test_the_quarantine_has_screened_comments(demo):
    from councillor_safety.screening.models import ScreenedMessage

    flagged = ScreenedMessage.objects.filter(status="quarantined")
    assert flagged.filter(likely_threat=True).exists()
    assert ScreenedMessage.objects.filter(status="clear").exists()
    # a known sender's ordinary question waits for an officer too
    question = ScreenedMessage.objects.get(text__startswith="When is the next consultation")
    assert question.status == "quarantined"
    assert question.flags == []
    assert question.explanation["known_sender"]
    # an officer has already kept one, so the outcomes page counts a decision
    assert ScreenedMessage.objects.get(text="Corrupt clown. Resign.").status == "kept"


def test_running_it_again_keeps_the_data_and_resets_the_codes(demo, settings):
    officer = User.objects.get(username="officer")
    client = Client()
    client.post(reverse("accounts:login"), {"username": "officer", "password": DEMO_PASSWORD})
    assert (
        client.post(reverse("accounts:verify"), {"token": DEMO_BACKUP_CODES[0]}).status_code == 302
    )
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Incident.objects.count() == 200
    assert officer.staticdevice_set.get().token_set.count() == len(DEMO_BACKUP_CODES)


def test_demo_people_can_sign_in_with_the_readme_credentials(demo):
    client = Client()
    client.post(reverse("accounts:login"), {"username": "officer", "password": DEMO_PASSWORD})
    client.post(reverse("accounts:verify"), {"token": DEMO_BACKUP_CODES[1]})
    assert client.get(reverse("incidents:inbox")).status_code == 200
    councillor = Client()
    councillor.post(
        reverse("accounts:login"), {"username": "cllr.reyes", "password": DEMO_PASSWORD}
    )
    assert councillor.get(reverse("incidents:my_reports")).status_code == 200


def test_readme_lists_the_demo_credentials():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text()
    assert DEMO_PASSWORD in readme
    assert DEMO_BACKUP_CODES[0] in readme
    for username, *_ in STAFF:
        assert f"`{username}`" in readme


def test_cases_letters_and_a_police_share(demo):
    from councillor_safety.cases.models import Case, Letter, LetterTemplate, PoliceShare
    from councillor_safety.cases.taxonomy import CaseStatus, LetterStatus

    assert LetterTemplate.objects.count() == 2
    assert Case.objects.count() == 2
    assert Case.objects.filter(status=CaseStatus.WITH_POLICE).count() == 1
    letter = Letter.objects.get()
    assert letter.status == LetterStatus.SENT
    assert letter.pdf_sha256
    assert PoliceShare.objects.get().crime_reference == "HP/26/0412"


def test_subjects_alerts_and_a_register_marker(demo):
    from councillor_safety.subjects import pvpr
    from councillor_safety.subjects.models import (
        IncidentLink,
        LinkSuggestion,
        PatternAlert,
        Subject,
    )

    assert Subject.objects.count() >= 5
    assert IncidentLink.objects.count() >= 50
    assert PatternAlert.objects.filter(rule="course_of_conduct", status="open").count() >= 2
    assert not PatternAlert.objects.filter(status="lapsed").exists()
    assert LinkSuggestion.objects.filter(reported_value="Gary Pendel").exists()
    council = Subject.objects.first().council
    assert pvpr.live_markers(council.pk).count() == 1
    checker = User.objects.get(username="cllr.reyes")
    check = pvpr.pvpr_check(name="", address="14 Gull Street NH4 2QT", acting_user=checker)
    assert check.answer == pvpr.CONTACT_SPOC
