"""The reporting address: a councillor forwards an abusive message and it becomes an incident.

A forward from a known councillor's address becomes an incident for them, with the forward as
evidence and the original sender taken from the forward where it carries one; the councillor is
sent an acknowledgement with the reference. The forward is screened like any mail, so that its
incident is filed under what the screener finds (a threat as a threat of harm) and a likely
threat is triaged as one found in screened mail: a councillor who forwards a threat at night
should not wait days for it to be read. A forward from any other address is not accepted as a
report (anyone can write From: anything) and is queued for an officer instead. Handled messages
are moved to the mailbox's "handled" folder, never deleted, with the same crash-safe order as
screening: record first, then move.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
from dataclasses import dataclass
from email.utils import getaddresses, parseaddr

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from councillor_safety.accounts.models import User
from councillor_safety.core.audit import audit_record
from councillor_safety.incidents import services as incident_services
from councillor_safety.incidents.evidence_files import evidence_storage
from councillor_safety.incidents.models import Evidence, Incident
from councillor_safety.screening import mailbox_sync
from councillor_safety.screening.models import MailboxConnection, ScreenedMessage
from councillor_safety.screening.parsing import ParsedMessage, parse
from councillor_safety.screening.services import CATEGORY_FOR_FLAG
from councillor_safety.screening.verdicts import Classifier, Verdict, screen, screen_mail
from councillor_safety.triage.services import page_held_threat

logger = logging.getLogger(__name__)

# "From: Name <address>" inside a forwarded message, as Outlook, Gmail and Apple Mail write it.
# Only spaces and tabs around it, never line breaks: "\s*" twice at each line start made a
# forward with 20,000 blank lines take more than five minutes to read.
_FORWARDED_FROM = re.compile(
    r"^[ \t]*>?[ \t]*(?:From|Van|De)[ \t]*:[ \t]*(?P<value>[^\n]+?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Councillors forward screenshots of abuse, several to a mail, and each is read by OCR.
ATTACHMENT_SECONDS = 30.0
_FORWARD_MARKERS = (
    "forwarded message",
    "original message",
    "begin forwarded message",
    "________________",  # Outlook separates a forward with a line of underscores
)


@dataclass
class IntakeResult:
    reports: int = 0
    queued: int = 0


def original_sender(parsed: ParsedMessage) -> str:
    """The address the abuse came from, if the forward carries it; else an empty string.

    A message forwarded as an attachment names its sender in its own header; a forward written
    out in the mail names it in a "From:" line after the forward's marker.
    """
    for sender in parsed.attached_senders:
        _, address = parseaddr(sender)
        if "@" in address:
            return address
    text = parsed.text
    lowered = text.lower()
    start = min((lowered.find(m) for m in _FORWARD_MARKERS if m in lowered), default=-1)
    if start < 0:
        return ""
    match = _FORWARDED_FROM.search(text, start)
    if match is None:
        return ""
    _, address = parseaddr(match["value"].replace("[mailto:", "<").replace("]", ">"))
    return address if "@" in address else ""


def _screened(classify: Classifier, parsed: ParsedMessage) -> Verdict:
    """The screener's verdict on a forward; if the screener fails, none, and the report goes on.

    A councillor's report must never wait on advice: the officer reads it whatever it scores.
    """
    try:
        return screen_mail(classify, [parsed])[0]
    except Exception:  # any failure of the model, whose errors are not ours to list
        logger.exception("forward not screened: the screener failed")
        return Verdict(scores={}, flags=[], explanation={"screening": "not screened (it failed)"})


def _councillor_for(connection: MailboxConnection, sender: str) -> User | None:
    addresses = [a.lower() for _, a in getaddresses([sender]) if a]
    if len(addresses) != 1:
        return None
    return User.objects.filter(
        council_id=connection.council_id,
        role="councillor",
        is_active=True,
        email__iexact=addresses[0],
    ).first()


def intake_sync(*, connection_id: int, classify: Classifier | None = None) -> IntakeResult:
    classify = classify or screen
    connection = MailboxConnection.objects.select_related("council").get(pk=connection_id)
    result = IntakeResult()
    client = mailbox_sync.connect(connection)
    try:
        if not client.folder_exists(connection.quarantine_folder):
            client.create_folder(connection.quarantine_folder)
        _finish_moves(client, connection)
        info = client.select_folder(connection.inbox_folder)
        uidvalidity = int(info[b"UIDVALIDITY"])
        if connection.uidvalidity != uidvalidity:
            connection.uidvalidity, connection.last_uid = uidvalidity, 0
            connection.save(update_fields=["uidvalidity", "last_uid"])
        uids = sorted(
            u
            for u in client.search(["UID", f"{connection.last_uid + 1}:*"])
            if u > connection.last_uid
        )
        for uid in uids:
            data = client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {})
            raw = next(
                (v for k, v in data.items() if k.startswith(b"BODY[") and isinstance(v, bytes)), b""
            )
            item = _take(connection, uid, raw, result, classify)
            if item is not None:
                client.move([uid], connection.quarantine_folder)
                ScreenedMessage.objects.filter(
                    pk=item.pk, status=ScreenedMessage.Status.MOVING
                ).update(status=ScreenedMessage.Status.QUARANTINED)
    except (OSError, IMAPClientError) as exc:
        raise mailbox_sync.MailboxUnavailable(str(exc)[:300]) from exc
    finally:
        with contextlib.suppress(OSError, IMAPClientError):
            client.logout()
    MailboxConnection.objects.filter(pk=connection.pk).update(
        last_checked_at=timezone.now(), last_error="", consecutive_failures=0, next_attempt_at=None
    )
    return result


def _take(
    connection: MailboxConnection,
    uid: int,
    raw: bytes,
    result: IntakeResult,
    classify: Classifier,
) -> ScreenedMessage | None:
    parsed = parse(raw, attachment_seconds=ATTACHMENT_SECONDS)
    digest = hashlib.sha256(raw).hexdigest()
    councillor = _councillor_for(connection, parsed.sender)
    verdict = _screened(classify, parsed)
    with transaction.atomic():
        MailboxConnection.objects.filter(pk=connection.pk, last_uid__lt=uid).update(last_uid=uid)
        if ScreenedMessage.objects.filter(connection=connection, raw_sha256=digest).exists():
            return None
        stored = evidence_storage().save(
            f"{connection.council_id}/forward-{digest[:16]}.eml", ContentFile(raw)
        )
        item = ScreenedMessage.objects.create(
            council_id=connection.council_id,
            connection=connection,
            source=ScreenedMessage.Source.FORWARD,
            uidvalidity=connection.uidvalidity,
            uid=uid,
            message_id=parsed.message_id,
            sender=parsed.sender,
            subject=parsed.subject,
            received_at=parsed.date,
            text=parsed.text,
            raw_sha256=digest,
            raw_stored_name=stored,
            status=ScreenedMessage.Status.MOVING,
            scores=verdict.scores,
            flags=verdict.flags,
            likely_threat=verdict.likely_threat,
            explanation={"intake": "forwarded to the reporting address", **verdict.explanation},
        )
        if councillor is None:
            if verdict.likely_threat:
                page_held_threat(council=connection.council)
            audit_record(
                actor=None,
                action="screening.forward_queued",
                council=connection.council,
                target=item,
                summary="Forward from an address that is not a councillor's: queued for an officer",
            )
            result.queued += 1
            return item
        incident = _report(connection, councillor, parsed, raw, digest, verdict)
        # Linked before the transaction commits, so triage reads the screener's finding.
        ScreenedMessage.objects.filter(pk=item.pk).update(
            incident=incident,
            status=ScreenedMessage.Status.REPORTED,
            note=f"Reported as {incident.reference}",
            decided_by=councillor,
            decided_at=timezone.now(),
        )
        incident_id = incident.pk
        transaction.on_commit(lambda: _acknowledge(incident_id))
        result.reports += 1
    return item


def _report(
    connection: MailboxConnection,
    councillor: User,
    parsed: ParsedMessage,
    raw: bytes,
    digest: str,
    verdict: Verdict,
) -> Incident:
    sender = original_sender(parsed)
    # Filed as e-mail, and as what the screener found in it; an officer can change either.
    categories = ["inappropriate_email"]
    categories += sorted({CATEGORY_FOR_FLAG[f] for f in verdict.flags} - set(categories))
    received = timezone.localtime(parsed.date).date() if parsed.date else timezone.localdate()
    draft = incident_services.draft_start(author=councillor)
    incident_services.draft_save_answers(
        draft=draft,
        answers={
            "in_danger": "no",
            "categories": categories,
            "channel": "email",
            "occurred_on": received.isoformat(),
            "occurred_time": "",
            "location": "",
            "sender_known": "known" if sender else "unknown",
            "sender_email": sender,
            "description": f"Forwarded to the reporting address. Subject: {parsed.subject}\n\n{parsed.text}"[
                :10_000
            ],
            "risk_signs": ["none"],
            "impact": "",
            "characteristics": ["not_sure"],
        },
    )
    stored = evidence_storage().save(f"{connection.council_id}/{digest[:32]}", ContentFile(raw))
    Evidence.objects.create(
        council_id=connection.council_id,
        draft=draft,
        stored_name=stored,
        original_name=f"{(parsed.subject or 'forwarded message')[:80]}.eml",
        content_type="message/rfc822",
        size=len(raw),
        sha256=digest,
        uploaded_by=councillor,
    )
    return incident_services.incident_report(draft=draft, acting_user=councillor)


def _acknowledge(incident_id: int) -> None:
    from councillor_safety.screening.tasks import send_report_acknowledgement

    send_report_acknowledgement.enqueue(incident_id)


def _finish_moves(client: IMAPClient, connection: MailboxConnection) -> None:
    # Reported forwards left in the inbox by a crash stay there: already reported, nothing lost.
    pending = ScreenedMessage.objects.filter(
        connection=connection, status=ScreenedMessage.Status.MOVING
    )
    if not pending.exists():
        return
    client.select_folder(connection.inbox_folder)
    for item in pending:
        if item.uid in client.search(["UID", str(item.uid)]):
            client.move([item.uid], connection.quarantine_folder)
        ScreenedMessage.objects.filter(pk=item.pk).update(status=ScreenedMessage.Status.QUARANTINED)
