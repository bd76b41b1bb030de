"""Screening a real IMAP mailbox (Debian's Dovecot on loopback): what moves, what stays, and
what happens when things break part-way.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.core.models import AuditEvent
from councillor_safety.screening import mailbox_sync
from councillor_safety.screening.models import MailboxConnection, ScreenedMessage
from councillor_safety.screening.secrets_box import seal, unseal
from councillor_safety.screening.tests.mail_fixtures import (
    MIX,
    folder_subjects,
    keyword_classifier,
    message,
)
from councillor_safety.subjects.services import subject_merge, subject_settings_update
from councillor_safety.subjects.tests.factories import reported, subject_of


def sync(connection, classifier=keyword_classifier):
    return mailbox_sync.mailbox_sync(connection_id=connection.pk, classify=classifier)


@pytest.mark.django_db(transaction=True)
def test_abusive_mail_moves_to_quarantine_and_is_queued(mailbox):
    connection, client = mailbox
    for raw in MIX:
        client.append("INBOX", raw)
    result = sync(connection)
    assert result.screened == 5
    assert result.quarantined == 2
    assert folder_subjects(client, "INBOX") == ["Bins", "Library", "Planning"]
    assert folder_subjects(client, "Quarantine") == ["Vote", "You"]
    items = {i.subject: i for i in ScreenedMessage.objects.all()}
    assert set(items) == {"Vote", "You"}
    assert items["Vote"].likely_threat
    assert items["Vote"].status == "quarantined"
    assert "know where you live" in items["Vote"].text
    assert items["You"].flags == ["abuse"]
    assert AuditEvent.objects.filter(action="screening.quarantined").count() == 2
    connection.refresh_from_db()
    assert connection.last_error == ""
    assert connection.last_checked_at is not None


@pytest.mark.django_db(transaction=True)
def test_a_second_run_screens_only_new_mail(mailbox):
    connection, client = mailbox
    client.append("INBOX", MIX[0])
    client.append("INBOX", MIX[1])
    sync(connection)
    client.append("INBOX", MIX[3])
    result = sync(connection)
    assert result.screened == 1
    assert ScreenedMessage.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_crash_before_the_move_loses_nothing_and_duplicates_nothing(mailbox, monkeypatch):
    connection, client = mailbox
    for raw in MIX:
        client.append("INBOX", raw)
    real_move = mailbox_sync._move_to_quarantine

    def die(*args, **kwargs):
        raise SystemExit("worker killed")  # after the review item is committed, before the move

    monkeypatch.setattr(mailbox_sync, "_move_to_quarantine", die)
    with pytest.raises(SystemExit):
        sync(connection)
    # Both review items were committed before anything moved.
    assert list(ScreenedMessage.objects.values_list("status", flat=True)) == ["moving", "moving"]
    assert folder_subjects(client, "Quarantine") == []
    monkeypatch.setattr(mailbox_sync, "_move_to_quarantine", real_move)
    result = sync(connection)
    assert result.finished_moves == 2
    assert folder_subjects(client, "Quarantine") == ["Vote", "You"]
    assert folder_subjects(client, "INBOX") == ["Bins", "Library", "Planning"]
    assert ScreenedMessage.objects.count() == 2
    assert set(ScreenedMessage.objects.values_list("status", flat=True)) == {"quarantined"}


@pytest.mark.django_db(transaction=True)
def test_a_crash_while_scoring_rescreens_on_the_next_run(mailbox):
    connection, client = mailbox
    for raw in MIX:
        client.append("INBOX", raw)

    def broken(texts):
        raise MemoryError("the worker ran out of memory")

    with pytest.raises(MemoryError):
        sync(connection, classifier=broken)
    assert not ScreenedMessage.objects.exists()
    assert folder_subjects(client, "Quarantine") == []
    sync(connection)
    assert ScreenedMessage.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_uidvalidity_change_screens_again_without_duplicates(mailbox):
    connection, client = mailbox
    client.append("INBOX", MIX[3])
    sync(connection)
    client.select_folder("Quarantine")
    client.move(client.search("ALL"), "INBOX")  # an officer's mail client put it back
    MailboxConnection.objects.filter(pk=connection.pk).update(
        uidvalidity=1
    )  # as after a server rebuild
    result = sync(connection)
    assert result.uidvalidity_reset
    assert ScreenedMessage.objects.count() == 1  # the same message is recognised by its hash


@pytest.mark.django_db(transaction=True)
def test_malformed_and_oddly_encoded_mail_is_screened_and_logged(mailbox):
    connection, client = mailbox
    broken_mime = (
        b"From: x@example.net\r\nSubject: =?utf-8?q?broken?=\r\nContent-Type: multipart/mixed; boundary=zzz\r\n\r\n"
        b"--zzz\r\nContent-Type: text/plain; charset=klingon\r\n\r\nYou idiot\r\n--zz"
    )
    latin1 = (
        b"From: y@example.net\r\nSubject: caf\xe9\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n"
        b"I know where you live, caf\xe9 owner\r\n"
    )
    html_only = message("Html", "placeholder").replace(b"placeholder", b"")
    client.append("INBOX", broken_mime)
    client.append("INBOX", latin1)
    client.append("INBOX", html_only)
    result = sync(connection)
    assert result.screened == 3
    assert sorted(ScreenedMessage.objects.values_list("flags", flat=True)) == [
        ["abuse"],
        ["threat"],
    ]


@pytest.mark.django_db(transaction=True)
def test_a_huge_message_is_screened_on_its_start_and_left_whole(mailbox, monkeypatch):
    connection, client = mailbox
    monkeypatch.setattr(mailbox_sync, "MAX_FETCH_BYTES", 4096)
    client.append("INBOX", message("Huge", "You idiot. " + "padding " * 5000))
    result = sync(connection)
    assert result.quarantined == 1
    assert any("screened on its start" in p for p in result.problems)
    client.select_folder("Quarantine", readonly=True)
    size = next(iter(client.fetch(client.search("ALL"), ["RFC822.SIZE"]).values()))[b"RFC822.SIZE"]
    assert size > 40_000


@pytest.mark.django_db(transaction=True)
def test_a_server_that_is_down_backs_off_and_says_why(mailbox):
    connection, _ = mailbox
    MailboxConnection.objects.filter(pk=connection.pk).update(port=1)
    for attempt in (1, 2):
        with pytest.raises(mailbox_sync.MailboxUnavailable):
            sync(connection)
        connection.refresh_from_db()
        assert connection.consecutive_failures == attempt
    assert "ConnectionRefusedError" in connection.last_error
    assert connection.next_attempt_at > connection.last_checked_at


@pytest.mark.django_db(transaction=True)
def test_a_wrong_password_is_reported(mailbox):
    connection, _ = mailbox
    MailboxConnection.objects.filter(pk=connection.pk).update(password_sealed=seal("wrong"))
    with pytest.raises(mailbox_sync.MailboxUnavailable, match="LoginError"):
        sync(connection)


def test_passwords_are_sealed(settings):
    token = seal("imap-secret")
    assert "imap-secret" not in token
    assert unseal(token) == "imap-secret"
    settings.SECRET_KEY = "a-different-secret-key-" + "x" * 40
    from councillor_safety.screening.secrets_box import CredentialUnreadable

    with pytest.raises(CredentialUnreadable, match="enter it again"):
        unseal(token)


def on_call(officer, manager):
    """Puts ``officer`` on call from an hour ago for eight hours; returns now."""
    from datetime import timedelta

    from django.utils import timezone

    from councillor_safety.triage import services as triage_services

    now = timezone.now()
    triage_services.shift_add(
        council=officer.council,
        officer=officer,
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=8),
        acting_user=manager,
    )
    return now


@pytest.mark.django_db(transaction=True)
def test_a_likely_threat_raises_an_urgent_incident_and_pages_on_call(
    mailbox, councillor, officer, manager
):
    from councillor_safety.incidents.models import Incident
    from councillor_safety.triage.models import IncidentTriage, Page

    connection, client = mailbox
    MailboxConnection.objects.filter(pk=connection.pk).update(councillor=councillor)
    on_call(officer, manager)
    client.append("INBOX", MIX[1])  # "I know where you live"
    client.append("INBOX", MIX[3])  # abusive, not a threat
    sync(connection)
    incident = Incident.objects.get()
    assert incident.reported_via == "screening"
    assert incident.reported_by is None
    assert incident.councillor == councillor
    assert (
        incident.evidence.get().sha256 == ScreenedMessage.objects.get(likely_threat=True).raw_sha256
    )
    triage = IncidentTriage.objects.get(incident=incident)
    assert triage.priority == "P1"
    assert not triage.confirmed
    assert Page.objects.get(incident=incident).recipient == officer
    item = ScreenedMessage.objects.get(likely_threat=True)
    assert item.status == "quarantined"  # a person still reviews the message itself
    assert incident.reference in item.note


@pytest.mark.django_db(transaction=True)
def test_a_likely_threat_in_a_shared_mailbox_pages_on_call_once(
    mailbox, officer, manager, smtp, client_for
):
    """No councillor to raise an incident for: the page is all that tells anyone before morning."""
    from datetime import timedelta

    from councillor_safety.incidents.models import Incident
    from councillor_safety.triage import services as triage_services
    from councillor_safety.triage.models import Page

    connection, client = mailbox  # a shared mailbox: no councillor
    now = on_call(officer, manager)
    client.append("INBOX", MIX[1])  # "I know where you live"
    sync(connection)
    page = Page.objects.get()
    assert (page.recipient, page.reason, page.incident) == (officer, "held_threat", None)
    assert not Incident.objects.exists()
    # the e-mail says where to look, never what the message says
    sent = [m for rcpt, m in smtp.messages if rcpt == [officer.email]]
    assert len(sent) == 1
    assert "likely threat" in sent[0]["Subject"]
    assert b"know where you live" not in sent[0].as_bytes()
    # a second threat while the page waits adds no page; half an hour on, the next one pages
    client.append("INBOX", message("Again", "I know where you live, councillor."))
    sync(connection)
    assert Page.objects.count() == 1
    Page.objects.filter(pk=page.pk).update(created_at=now - timedelta(minutes=31))
    client.append("INBOX", message("Later", "I know where you live, you know."))
    sync(connection)
    assert Page.objects.count() == 2
    # and once the pages are acknowledged, so does the next
    for sent_page in Page.objects.all():
        triage_services.page_acknowledge(page=sent_page, acting_user=officer)
    client.append("INBOX", message("Rude", "You idiot."))
    sync(connection)
    assert Page.objects.filter(reason="held_threat").count() == 2  # abuse alone pages no one
    client.append("INBOX", message("Fourth", "I know where you live and where you park."))
    sync(connection)
    assert Page.objects.filter(reason="held_threat").count() == 3
    # the page links the on-call officer to the likely threats in the quarantine
    latest = Page.objects.filter(reason="held_threat").first()
    html = client_for(officer).get(reverse("triage:page", args=[latest.public_id])).content
    assert b"?band=threat" in html


@pytest.mark.django_db(transaction=True)
def test_the_shipped_model_screens_a_real_mailbox(mailbox):
    """The whole path with the real screener: what it flags moves, what it does not stays."""
    connection, client = mailbox
    client.append("INBOX", message("Vote", "I know where you live and you will regret the vote."))
    client.append("INBOX", message("Surgery", "Watch your back at the next surgery."))
    client.append("INBOX", message("Bins", "When will the bins be collected on Gull Street?"))
    client.append(
        "INBOX", message("Thanks", "Thank you for your help with my housing application.")
    )
    client.append("INBOX", message("Identity", "I am a gay man and I live in your ward."))
    mailbox_sync.mailbox_sync(
        connection_id=connection.pk
    )  # the default classifier: the shipped model
    assert folder_subjects(client, "Quarantine") == ["Surgery", "Vote"]
    assert folder_subjects(client, "INBOX") == ["Bins", "Identity", "Thanks"]
    for item in ScreenedMessage.objects.all():
        assert item.likely_threat
        assert item.explanation["stage"] in ("lexical", "encoder")
        assert 0.0 <= item.scores["threat"] <= 1.0


@pytest.mark.django_db(transaction=True)
def test_mail_from_a_known_sender_is_held_whatever_the_screener_finds(
    mailbox, councillor, other_council, officer, client_for
):
    connection, client = mailbox
    known = subject_of(reported(councillor, sender_email="g.pendle+council@gmail.com"))
    # recorded in another council only: not known here
    reported(UserFactory(council=other_council, role="councillor"), sender_email="j@example.org")
    client.append(
        "INBOX", message("Bins", "When are the bins collected?", "Gary <GPendle@gmail.com>")
    )
    client.append("INBOX", message("Park", "Lovely day at the park.", "j@example.org"))
    client.append("INBOX", message("You", "You are an idiot.", "g.pendle@gmail.com"))
    client.append("INBOX", message("Library", "Keep the library open.", "resident@example.net"))
    result = sync(connection)
    assert result.quarantined == 2
    assert folder_subjects(client, "Quarantine") == ["Bins", "You"]
    assert folder_subjects(client, "INBOX") == ["Library", "Park"]
    items = {i.subject: i for i in ScreenedMessage.objects.all()}
    # held with no flag, and the subject named for the officer who reads it
    assert items["Bins"].flags == []
    assert not items["Bins"].likely_threat
    assert items["Bins"].explanation["known_sender"] == str(known.public_id)
    assert items["You"].flags == ["abuse"]
    assert items["You"].explanation["known_sender"] == str(known.public_id)
    summaries = sorted(
        AuditEvent.objects.filter(action="screening.quarantined").values_list("summary", flat=True)
    )
    assert summaries == [
        f"abuse, from a known sender in {connection.label}",
        f"from a known sender in {connection.label}",
    ]
    # the officer sees why each was held, in the queue and on the message's page
    client = client_for(officer)
    queue = client.get(reverse("screening:queue")).content.decode()
    assert queue.count("Known sender</strong>") == 2
    page = client.get(reverse("screening:item", args=[items["Bins"].public_id])).content
    assert "Message from a known sender</h1>" in page.decode()
    # who the sender is and what they wrote stay out of the log
    assert not [s for s in summaries if "pendle" in s.lower() or "bins" in s.lower()]


@pytest.mark.django_db(transaction=True)
def test_a_merged_subjects_address_is_known_as_the_subject_it_joined(mailbox, councillor, officer):
    connection, client = mailbox
    first = subject_of(reported(councillor, sender_email="old@example.org"))
    second = subject_of(reported(councillor, sender_email="new@example.org"))
    subject_merge(source=first, target=second, reason="Same person", acting_user=officer)
    client.append("INBOX", message("Bins", "When are the bins collected?", "old@example.org"))
    sync(connection)
    item = ScreenedMessage.objects.get()
    assert item.explanation["known_sender"] == str(second.public_id)


@pytest.mark.django_db(transaction=True)
def test_a_council_may_hold_a_known_senders_mail_only_when_it_is_flagged(
    mailbox, councillor, manager
):
    connection, client = mailbox
    reported(councillor, sender_email="g.pendle@example.net")
    subject_settings_update(
        council=connection.council,
        values={"holds_known_senders": False},
        acting_user=manager,
    )
    client.append("INBOX", message("Bins", "When are the bins collected?", "g.pendle@example.net"))
    client.append("INBOX", message("You", "You are an idiot.", "g.pendle@example.net"))
    assert sync(connection).quarantined == 1
    assert folder_subjects(client, "Quarantine") == ["You"]
    assert "known_sender" not in ScreenedMessage.objects.get().explanation
