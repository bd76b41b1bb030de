"""Shared pieces for the mailbox tests: a real IMAP account, sample mail, and a fixed classifier."""

from __future__ import annotations

import socket
from collections.abc import Iterator, Sequence
from email import message_from_bytes
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from imapclient import IMAPClient

from councillor_safety.screening.models import MailboxConnection
from councillor_safety.screening.secrets_box import seal
from councillor_safety.screening.verdicts import Verdict


def keyword_classifier(texts: Sequence[str]) -> list[Verdict]:
    """A fixed stand-in for the model in these plumbing tests: what moves is decided by the text."""
    verdicts = []
    for text in texts:
        lowered = text.lower()
        flags = []
        if "know where you live" in lowered:
            flags.append("threat")
        if "idiot" in lowered or "scum" in lowered:
            flags.append("abuse")
        verdicts.append(
            Verdict(scores=dict.fromkeys(flags, 0.9), flags=flags, explanation={"words": flags})
        )
    return verdicts


def message(subject: str, body: str, sender: str = "resident@example.net", **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "cllr@northharbour.example"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{abs(hash((subject, body)))}@example.net>"
    for name, value in headers.items():
        msg[name] = value
    msg.set_content(body)
    return bytes(msg)


MIX = [
    message("Bins", "When will the bins be collected on Gull Street?"),
    message("Vote", "I know where you live and you will regret the vote."),
    message("Planning", "Thank you for your help with the planning application."),
    message("You", "You are an idiot and a disgrace."),
    message("Library", "Please keep the library open."),
]


@pytest.fixture
def mailbox(dovecot, council, administrator):
    username = dovecot.new_account()
    connection = MailboxConnection.objects.create(
        council=council,
        label=f"{username}'s mailbox",
        host=dovecot.host,
        port=dovecot.port,
        security=MailboxConnection.Security.NONE,
        username=username,
        password_sealed=seal("imap-secret"),
        created_by=administrator,
    )
    client = IMAPClient(dovecot.host, port=dovecot.port, ssl=False)
    client.login(username, "imap-secret")
    yield connection, client
    client.logout()


def folder_subjects(client: IMAPClient, folder: str) -> list[str]:
    if not client.folder_exists(folder):
        return []
    client.select_folder(folder, readonly=True)
    uids = client.search("ALL")
    if not uids:
        return []
    data = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (SUBJECT)]"])
    return sorted(
        v[b"BODY[HEADER.FIELDS (SUBJECT)]"].decode().split(":", 1)[1].strip() for v in data.values()
    )


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], object]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp(settings) -> Iterator[Inbox]:
    inbox = Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    yield inbox
    controller.stop()
