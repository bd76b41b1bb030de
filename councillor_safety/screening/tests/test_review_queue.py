"""Officers review quarantined mail: read it behind a warning, then release, keep or report it."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest
from django.urls import reverse

from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.evidence_files import evidence_storage
from councillor_safety.incidents.models import Incident
from councillor_safety.screening import mailbox_sync
from councillor_safety.screening.model import Screener
from councillor_safety.screening.models import MailboxConnection, ScreenedMessage
from councillor_safety.screening.tests.mail_fixtures import MIX, folder_subjects, keyword_classifier
from councillor_safety.subjects.tests.factories import reported, subject_of


@pytest.fixture
def quarantined(mailbox, councillor):
    connection, client = mailbox
    MailboxConnection.objects.filter(pk=connection.pk).update(councillor=councillor)
    for raw in MIX:
        client.append("INBOX", raw)
    mailbox_sync.mailbox_sync(connection_id=connection.pk, classify=keyword_classifier)
    return {i.subject: i for i in ScreenedMessage.objects.all()}, client


@pytest.mark.django_db(transaction=True)
def test_threats_come_first_behind_a_content_warning(quarantined, officer, client_for):
    items, _ = quarantined
    client = client_for(officer)
    page = client.get(reverse("screening:queue")).content.decode()
    assert page.index("Likely threat") < page.index(items["You"].sender)
    detail = client.get(reverse("screening:item", args=[items["Vote"].public_id])).content.decode()
    assert "Content warning" in detail
    warning_at = detail.index("Content warning")
    assert detail.index("know where you live") > detail.index("Show the message") > warning_at
    assert AuditEvent.objects.filter(action="screening.viewed", actor=officer).exists()


@pytest.mark.django_db(transaction=True)
def test_the_reason_for_a_flag_reads_as_a_sentence(quarantined, officer, client_for):
    items, _ = quarantined
    item = items["Vote"]
    item.explanation = (
        Screener.load().score("I know where you live, you fucking idiot.").explanation.to_dict()
    )
    item.save(update_fields=["explanation"])
    detail = client_for(officer).get(reverse("screening:item", args=[item.public_id]))
    page = detail.content.decode()
    # one reason a line, each in plain words: what the rule looks for, not its name
    assert (
        "<li>A threat rule matched &quot;i know where you live&quot;: claims to know where the "
        "person or their family lives, works or parks</li>"
    ) in page
    assert "knows_where_you_live" not in page
    assert "<li>Insults someone" in page
    assert "topwords" not in page  # no raw field dumps
    assert "peaceful:" not in page


@pytest.mark.django_db(transaction=True)
def test_a_reason_stored_by_an_older_release_reads_as_it_was_stored(
    quarantined, officer, client_for
):
    items, _ = quarantined
    item = items["Vote"]
    # an older release stored a one-line summary and no list of reasons
    item.explanation = {
        "summary": "decided by the encoder stage; insults someone",
        "stage": "encoder",
        "rules": [],
    }
    item.save(update_fields=["explanation"])
    client = client_for(officer)
    page = client.get(reverse("screening:item", args=[item.public_id])).content.decode()
    assert "<li>Decided by the encoder stage; insults someone</li>" in page
    # a note that is not the screener's shows its fields
    item.explanation = {"intake": "forwarded to the reporting address", "empty": ""}
    item.save(update_fields=["explanation"])
    page = client.get(reverse("screening:item", args=[item.public_id])).content.decode()
    assert "<li>Intake: forwarded to the reporting address</li>" in page
    assert "empty" not in page


def test_reading_a_held_items_reasons_never_loads_the_screening_model():
    # the web process shows stored reasons; loading the model would cost every web worker
    # seconds and tens of megabytes (ONNX Runtime and the rules' patterns)
    code = (
        "import sys, django; django.setup(); "
        "from django.urls import get_resolver; get_resolver().url_patterns; "  # every view
        "import councillor_safety.screening.comment_import; "
        "print(sorted(m for m in ('onnxruntime', 'councillor_safety.screening.model.screener') "
        "if m in sys.modules))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.test_settings"}
    result = subprocess.run(  # noqa: S603 - this interpreter on fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.django_db(transaction=True)
def test_a_known_senders_message_says_so_first_and_links_to_their_record(
    quarantined, officer, councillor, client_for
):
    items, _ = quarantined
    item = items["Vote"]
    known = subject_of(reported(councillor, sender_email="g.pendle@example.net"))
    item.explanation = {**item.explanation, "known_sender": str(known.public_id)}
    item.save(update_fields=["explanation"])
    client = client_for(officer)
    page = client.get(reverse("screening:item", args=[item.public_id])).content.decode()
    reasons = page[page.index(">Why<") :]
    assert reasons.index(
        "<li>Sent from an e-mail address or handle recorded for a known sender, so held"
    ) < (reasons.index("<li>Words: "))
    record = reverse("subjects:detail", args=[known.public_id])
    assert f'href="{record}"' in page
    assert client.get(record).status_code == 200
    # a stored id that is not one links nowhere
    item.explanation = {**item.explanation, "known_sender": "not-an-id"}
    item.save(update_fields=["explanation"])
    page = client.get(reverse("screening:item", args=[item.public_id])).content.decode()
    assert "See the known sender" not in page
    assert "Sent from an e-mail address or handle recorded for a known sender" in page


@pytest.mark.django_db(transaction=True)
def test_release_returns_the_message_to_the_inbox(quarantined, officer, client_for):
    items, imap = quarantined
    client_for(officer).post(
        reverse("screening:item_action", args=[items["You"].public_id, "release"])
    )
    item = ScreenedMessage.objects.get(pk=items["You"].pk)
    assert item.status == "released"
    assert item.decided_by == officer
    assert "You" in folder_subjects(imap, "INBOX")
    assert folder_subjects(imap, "Quarantine") == ["Vote"]
    assert AuditEvent.objects.filter(action="screening.released").exists()


@pytest.mark.django_db(transaction=True)
def test_keeping_needs_a_reason(quarantined, officer, client_for):
    items, _ = quarantined
    client = client_for(officer)
    response = client.post(
        reverse("screening:item_action", args=[items["You"].public_id, "keep"]),
        {"note": ""},
        follow=True,
    )
    assert "Say why the message stays in quarantine" in response.content.decode()
    client.post(
        reverse("screening:item_action", args=[items["You"].public_id, "keep"]),
        {"note": "Repeat sender"},
    )
    assert ScreenedMessage.objects.get(pk=items["You"].pk).status == "kept"


@pytest.mark.django_db(transaction=True)
def test_reporting_creates_an_incident_with_the_original_as_hashed_evidence(
    quarantined, officer, councillor, client_for, django_capture_on_commit_callbacks
):
    items, _ = quarantined
    vote = items["Vote"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(officer).post(
            reverse("screening:item_action", args=[vote.public_id, "report"]), follow=True
        )
    incident = Incident.objects.get()  # the one screening raised for the threat; not a second
    assert f"Reported as incident {incident.reference}" in response.content.decode()
    assert incident.councillor == councillor
    assert incident.reported_via == "screening"
    assert incident.sender_email == vote.sender
    assert list(incident.categories.values_list("category", flat=True)) == ["threat_of_harm"]
    evidence = incident.evidence.get()
    assert evidence.content_type == "message/rfc822"
    stored = evidence_storage().open(evidence.stored_name, "rb").read()
    assert hashlib.sha256(stored).hexdigest() == evidence.sha256 == vote.raw_sha256
    assert incident.triage.priority in ("P1", "P2")
    vote.refresh_from_db()
    assert vote.status == "reported"
    assert incident.reference in vote.note


@pytest.mark.django_db(transaction=True)
def test_bulk_actions_and_a_second_decision_is_refused(quarantined, officer, client_for):
    items, _ = quarantined
    client = client_for(officer)
    ids = [str(i.public_id) for i in items.values()]
    client.post(
        reverse("screening:bulk"), {"items": ids, "action": "keep", "note": "Known campaign"}
    )
    assert set(ScreenedMessage.objects.values_list("status", flat=True)) == {"kept"}
    response = client.post(
        reverse("screening:bulk"), {"items": ids, "action": "release"}, follow=True
    )
    assert "2 items done" in response.content.decode()
    again = client.post(
        reverse("screening:bulk"), {"items": ids, "action": "keep", "note": "x"}, follow=True
    )
    assert "already been released" in again.content.decode()
    nothing = client.post(
        reverse("screening:bulk"), {"items": ["not-a-uuid"], "action": "keep"}, follow=True
    )
    assert "Select at least one item" in nothing.content.decode()


@pytest.mark.django_db(transaction=True)
def test_an_unreachable_mail_server_leaves_the_item_as_it_was(quarantined, officer, client_for):
    items, _ = quarantined
    MailboxConnection.objects.update(port=1)
    response = client_for(officer).post(
        reverse("screening:item_action", args=[items["You"].public_id, "release"]), follow=True
    )
    assert "cannot be reached just now" in response.content.decode()
    assert ScreenedMessage.objects.get(pk=items["You"].pk).status == "quarantined"
