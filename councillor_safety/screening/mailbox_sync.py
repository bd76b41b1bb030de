"""Screening an IMAP mailbox: fetch new mail by UID, score it, move what is abusive to quarantine.

The order of steps is what makes a crash harmless:

1. a flagged message's review item is committed, together with the mailbox's new high-water UID,
   in status "moving";
2. only then is the message moved (never deleted) to the quarantine folder;
3. then the item becomes "quarantined".

A crash before 1 leaves the UID unscreened, so the next run screens it again: nothing lost. A
crash between 1 and 3 leaves an item in "moving", which the next run finishes: nothing twice.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import parseaddr

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from councillor_safety.core.audit import audit_record
from councillor_safety.incidents import services as incident_services
from councillor_safety.incidents.evidence_files import evidence_storage
from councillor_safety.screening.models import MailboxConnection, ScreenedMessage
from councillor_safety.screening.parsing import ParsedMessage, parse
from councillor_safety.screening.secrets_box import CredentialUnreadable, unseal
from councillor_safety.screening.verdicts import Classifier, Verdict, screen, screen_mail
from councillor_safety.subjects.linking import known_senders
from councillor_safety.triage.services import page_held_threat

logger = logging.getLogger(__name__)

MAX_FETCH_BYTES = 2 * 1024 * 1024  # larger messages are screened on their first 2 MB
BATCH = 200  # messages fetched and scored together: larger batches keep the encoder busy
MAX_BACKOFF = timedelta(hours=1)


@dataclass
class SyncResult:
    screened: int = 0
    quarantined: int = 0
    finished_moves: int = 0
    uidvalidity_reset: bool = False
    problems: list[str] = field(default_factory=list)


class MailboxUnavailable(RuntimeError):
    """The mail server could not be reached or refused the login; retried with backoff."""


def connect(connection: MailboxConnection) -> IMAPClient:
    context = ssl.create_default_context()
    try:
        client = IMAPClient(
            connection.host,
            port=connection.port,
            ssl=connection.security == MailboxConnection.Security.SSL,
            ssl_context=context,
            timeout=30,
        )
        if connection.security == MailboxConnection.Security.STARTTLS:
            client.starttls(context)
        client.login(connection.username, unseal(connection.password_sealed))
    except (OSError, IMAPClientError, CredentialUnreadable) as exc:
        raise MailboxUnavailable(_describe(exc)) from exc
    return client


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:300]


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def _raw_of(data: dict[bytes, object]) -> bytes:
    for key, value in data.items():
        if key.startswith(b"BODY[") and isinstance(value, bytes):
            return value
    return b""


def mailbox_sync(
    *, connection_id: int, classify: Classifier | None = None, now: datetime | None = None
) -> SyncResult:
    now = now or timezone.now()
    classify = classify or screen
    connection = MailboxConnection.objects.select_related("council", "councillor").get(
        pk=connection_id
    )
    result = SyncResult()
    try:
        client = connect(connection)
    except MailboxUnavailable as exc:
        _record_failure(connection, str(exc), now)
        raise
    try:
        _ensure_folder(client, connection.quarantine_folder)
        result.finished_moves = _finish_moves(client, connection)
        info = client.select_folder(connection.inbox_folder)
        uidvalidity = int(info[b"UIDVALIDITY"])
        if connection.uidvalidity != uidvalidity:
            if connection.uidvalidity is not None:
                logger.warning("mailbox %s UIDVALIDITY changed; screening it again", connection.pk)
                result.uidvalidity_reset = True
            connection.uidvalidity = uidvalidity
            connection.last_uid = 0
            connection.save(update_fields=["uidvalidity", "last_uid"])
        uids = sorted(
            u
            for u in client.search(["UID", f"{connection.last_uid + 1}:*"])
            if u > connection.last_uid
        )
        for chunk in _chunks(uids, BATCH):
            _screen_chunk(client, connection, chunk, classify, result)
    except (OSError, IMAPClientError) as exc:
        _record_failure(connection, _describe(exc), now)
        raise MailboxUnavailable(_describe(exc)) from exc
    finally:
        with contextlib.suppress(OSError, IMAPClientError):
            client.logout()
    MailboxConnection.objects.filter(pk=connection.pk).update(
        last_checked_at=now, last_error="", consecutive_failures=0, next_attempt_at=None
    )
    for problem in result.problems[:20]:
        # UIDs and defect names only: never subjects, senders or text.
        logger.warning("mailbox %s: %s", connection.pk, problem)
    logger.info(
        "mailbox screened id=%s screened=%s quarantined=%s",
        connection.pk,
        result.screened,
        result.quarantined,
    )
    return result


def _screen_chunk(
    client: IMAPClient,
    connection: MailboxConnection,
    uids: list[int],
    classify: Classifier,
    result: SyncResult,
) -> None:
    sizes = client.fetch(uids, ["RFC822.SIZE"])
    small = [u for u in uids if int(sizes.get(u, {}).get(b"RFC822.SIZE", 0)) <= MAX_FETCH_BYTES]
    large = [u for u in uids if u not in small]
    fetched: dict[int, bytes] = {}
    if small:
        fetched |= {u: _raw_of(d) for u, d in client.fetch(small, ["BODY.PEEK[]"]).items()}
    for uid in large:
        # Only the start of a huge message is needed to screen it; the whole stays on the server.
        data = client.fetch([uid], [f"BODY.PEEK[]<0.{MAX_FETCH_BYTES}>"]).get(uid, {})
        fetched[uid] = _raw_of(data)
        result.problems.append(
            f"UID {uid}: larger than {MAX_FETCH_BYTES // (1024 * 1024)} MB, screened on its start"
        )
    present = [u for u in uids if u in fetched]
    parsed = [parse(fetched[u]) for u in present]
    verdicts = screen_mail(classify, parsed)
    # A known sender's mail is read by a person whatever its scores: the screener misses many
    # veiled threats (model card, Known limits), and a harasser's next message may be one.
    known = known_senders(connection.council_id, [p.sender for p in parsed])
    held: list[ScreenedMessage] = []
    for uid, message, verdict in zip(present, parsed, verdicts, strict=True):
        result.screened += 1
        result.problems.extend(f"UID {uid}: {p}" for p in message.problems[:3])
        if (sender := known.get(message.sender)) is not None:
            verdict = verdict.with_known_sender(sender.public_id)
        if verdict.held:
            item = _hold(connection, uid, fetched[uid], message, verdict)
            if item is not None:
                held.append(item)
    # Every record is committed before anything moves; one MOVE for the chunk keeps the cost flat.
    MailboxConnection.objects.filter(pk=connection.pk, last_uid__lt=uids[-1]).update(
        last_uid=uids[-1]
    )
    if held:
        _move_to_quarantine(client, connection, held)
        result.quarantined += len(held)
    connection.refresh_from_db(fields=["last_uid"])


def _hold(
    connection: MailboxConnection, uid: int, raw: bytes, message: ParsedMessage, verdict: Verdict
) -> ScreenedMessage | None:
    digest = hashlib.sha256(raw).hexdigest()
    with transaction.atomic():
        MailboxConnection.objects.filter(pk=connection.pk, last_uid__lt=uid).update(last_uid=uid)
        if ScreenedMessage.objects.filter(connection=connection, raw_sha256=digest).exists():
            return None  # seen before, e.g. under an earlier UIDVALIDITY
        stored = evidence_storage().save(
            f"{connection.council_id}/mail-{digest[:16]}.eml", ContentFile(raw)
        )
        try:
            item = ScreenedMessage.objects.create(
                council_id=connection.council_id,
                connection=connection,
                source=ScreenedMessage.Source.MAILBOX,
                uidvalidity=connection.uidvalidity,
                uid=uid,
                message_id=message.message_id,
                sender=message.sender,
                subject=message.subject,
                received_at=message.date,
                text=message.text,
                raw_sha256=digest,
                raw_stored_name=stored,
                scores=verdict.scores,
                flags=verdict.flags,
                explanation=verdict.explanation,
                likely_threat=verdict.likely_threat,
                status=ScreenedMessage.Status.MOVING,
            )
            if verdict.likely_threat and connection.councillor is not None:
                incident = incident_services.incident_raise_from_screening(
                    councillor=connection.councillor,
                    description=f"Likely threat found by mail screening in {connection.label}.\n\n{message.text}",
                    sender_email=parseaddr(message.sender)[1],
                    occurred_on=timezone.localtime(message.date).date()
                    if message.date
                    else timezone.localdate(),
                    evidence_name=f"{(message.subject or 'message')[:80]}.eml",
                    evidence_raw=raw,
                    evidence_sha256=digest,
                )
                ScreenedMessage.objects.filter(pk=item.pk).update(
                    incident=incident, note=f"Raised as incident {incident.reference}"
                )
            elif verdict.likely_threat:
                # No councillor to raise an incident for, so no triage page: page on call here,
                # in the same transaction as the record, so that neither is lost without the other.
                page_held_threat(council=connection.council)
            audit_record(
                actor=None,
                action="screening.quarantined",
                council=connection.council,
                target=item,
                summary=f"{_held_for(verdict)} in {connection.label}",
            )
        except BaseException:
            evidence_storage().delete(stored)
            raise
    return item


def _held_for(verdict: Verdict) -> str:
    """Why a message was held, for the audit log: its flags and whether its sender is known
    (never who the sender is, nor what the message says)."""
    known = ["from a known sender"] if verdict.from_known_sender else []
    return ", ".join([*verdict.flags, *known])


def _move_to_quarantine(
    client: IMAPClient, connection: MailboxConnection, items: list[ScreenedMessage]
) -> None:
    client.move([item.uid for item in items], connection.quarantine_folder)
    ScreenedMessage.objects.filter(pk__in=[item.pk for item in items]).update(
        status=ScreenedMessage.Status.QUARANTINED
    )


def _finish_moves(client: IMAPClient, connection: MailboxConnection) -> int:
    """Completes moves interrupted by a crash: each item is in quarantine afterwards, once."""
    pending = list(
        ScreenedMessage.objects.filter(connection=connection, status=ScreenedMessage.Status.MOVING)
    )
    if not pending:
        return 0
    info = client.select_folder(connection.inbox_folder)
    same_validity = int(info[b"UIDVALIDITY"]) == connection.uidvalidity
    for item in pending:
        still_there = same_validity and item.uid in client.search(["UID", str(item.uid)])
        if still_there:
            client.move([item.uid], connection.quarantine_folder)
        ScreenedMessage.objects.filter(pk=item.pk).update(status=ScreenedMessage.Status.QUARANTINED)
    return len(pending)


def _ensure_folder(client: IMAPClient, folder: str) -> None:
    if not client.folder_exists(folder):
        client.create_folder(folder)


def _record_failure(connection: MailboxConnection, error: str, now: datetime) -> None:
    failures = connection.consecutive_failures + 1
    backoff = min(timedelta(minutes=2 ** min(failures, 10)), MAX_BACKOFF)
    MailboxConnection.objects.filter(pk=connection.pk).update(
        consecutive_failures=failures,
        last_error=error,
        next_attempt_at=now + backoff,
        last_checked_at=now,
    )
    logger.warning("mailbox unavailable id=%s failures=%s", connection.pk, failures)


def quarantine_release(
    *, client: IMAPClient, connection: MailboxConnection, item: ScreenedMessage
) -> bool:
    """Moves a quarantined message back to the inbox; False if it is no longer in quarantine."""
    client.select_folder(connection.quarantine_folder)
    found = client.search(["HEADER", "Message-ID", item.message_id]) if item.message_id else []
    if not found:
        return False
    client.move(found[:1], connection.inbox_folder)
    return True
