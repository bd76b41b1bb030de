"""Connecting a mailbox: tried against the real server first; the password is stored sealed."""

from __future__ import annotations

import pytest
from django.db import connection as db
from django.urls import reverse

from councillor_safety.core.models import AuditEvent
from councillor_safety.screening.models import MailboxConnection
from councillor_safety.screening.secrets_box import unseal


def form(dovecot, username, password, councillor=None, **extra):
    data = {
        "purpose": "screen",
        "label": "Cllr mailbox",
        "councillor": councillor.pk if councillor else "",
        "host": dovecot.host,
        "port": dovecot.port,
        "security": "none",
        "username": username,
        "password": password,
        "inbox_folder": "INBOX",
        "quarantine_folder": "Quarantine",
    }
    return data | extra


@pytest.mark.django_db(transaction=True)
def test_an_administrator_connects_a_mailbox(dovecot, administrator, councillor, client_for):
    username = dovecot.new_account()
    response = client_for(administrator).post(
        reverse("screening:mailboxes"), form(dovecot, username, dovecot.password, councillor)
    )
    assert response.status_code == 302
    connection = MailboxConnection.objects.get()
    assert connection.councillor == councillor
    assert unseal(connection.password_sealed) == dovecot.password
    with db.cursor() as cursor:
        cursor.execute("SELECT password_sealed FROM screening_mailboxconnection")
        assert dovecot.password not in cursor.fetchone()[0]
    assert AuditEvent.objects.filter(action="screening.mailbox_connected").exists()
    assert (
        "Cllr mailbox"
        in client_for(administrator).get(reverse("screening:mailboxes")).content.decode()
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"password": "wrong"}, "Could not sign in to the mailbox"),
        ({"port": 1}, "Could not sign in to the mailbox"),
        ({"inbox_folder": "Nope"}, "no folder called"),
        ({"quarantine_folder": "INBOX"}, "must not be the inbox"),
        ({"port": 70000}, "less than or equal to 65535"),
    ],
)
def test_a_mailbox_that_does_not_work_is_refused(
    dovecot, administrator, client_for, change, message
):
    username = dovecot.new_account()
    password = change.pop("password", dovecot.password)
    response = client_for(administrator).post(
        reverse("screening:mailboxes"), form(dovecot, username, password, **change)
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not MailboxConnection.objects.exists()
