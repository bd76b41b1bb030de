"""An officer's decisions on quarantined items. The screener only advises: every outcome here is
a person's decision, recorded with their id.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from imapclient.exceptions import IMAPClientError

from councillor_safety.core.audit import audit_record
from councillor_safety.incidents import services as incident_services
from councillor_safety.incidents.evidence_files import evidence_storage
from councillor_safety.incidents.models import Evidence, Incident
from councillor_safety.screening import mailbox_sync
from councillor_safety.screening.models import ScreenedMessage

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User

OPEN = (ScreenedMessage.Status.QUARANTINED, ScreenedMessage.Status.KEPT)
# What each screening label means in the reporting taxonomy.
CATEGORY_FOR_FLAG = {
    "threat": "threat_of_harm",
    "abuse": "inappropriate_email",
    "identity_attack": "inappropriate_email",
    "sexual_harassment": "sexual_harassment",
    "profanity": "inappropriate_email",
}


def _check(item: ScreenedMessage, acting_user: User) -> None:
    if not acting_user.manages_incidents or acting_user.council_id != item.council_id:
        raise ValidationError("Only the member-support team can act on quarantined mail")
    if item.status not in OPEN:
        raise ValidationError(f"This item has already been {item.get_status_display().lower()}")


def item_release(*, item: ScreenedMessage, acting_user: User) -> ScreenedMessage:
    """A false positive: the message goes back to the inbox, and the decision is kept to tune thresholds."""
    _check(item, acting_user)
    if item.connection is not None:
        try:
            client = mailbox_sync.connect(item.connection)
        except mailbox_sync.MailboxUnavailable as exc:
            raise ValidationError(
                f"The mailbox cannot be reached just now ({exc}). Try again later"
            ) from exc
        try:
            moved = mailbox_sync.quarantine_release(
                client=client, connection=item.connection, item=item
            )
        except (OSError, IMAPClientError) as exc:
            raise ValidationError("The mail server refused the move. Try again later") from exc
        finally:
            with contextlib.suppress(OSError, IMAPClientError):
                client.logout()
        if not moved:
            raise ValidationError(
                "The message is no longer in the quarantine folder; someone may have moved it"
            )
    with transaction.atomic():
        _decide(item, ScreenedMessage.Status.RELEASED, acting_user, note="")
        audit_record(
            actor=acting_user,
            action="screening.released",
            council=item.council,
            target=item,
            summary=f"False positive: {', '.join(item.flags)}",
        )
    return item


def item_keep(*, item: ScreenedMessage, note: str, acting_user: User) -> ScreenedMessage:
    _check(item, acting_user)
    if not note.strip():
        raise ValidationError("Say why the message stays in quarantine")
    with transaction.atomic():
        _decide(item, ScreenedMessage.Status.KEPT, acting_user, note=note.strip())
        audit_record(
            actor=acting_user,
            action="screening.kept",
            council=item.council,
            target=item,
            summary="Kept in quarantine",
        )
    return item


def _description(item: ScreenedMessage) -> str:
    if item.source == ScreenedMessage.Source.SOCIAL:
        where = f" at {item.url}" if item.url else ""
        return f"Screened {item.platform or 'social-media'} comment{where}.\n\n{item.text}"
    return f"Screened e-mail. Subject: {item.subject}\n\n{item.text}"


def item_report(
    *, item: ScreenedMessage, acting_user: User, councillor: User | None = None
) -> Incident:
    """Reports the message as an incident for the councillor, with the original as hashed evidence."""
    _check(item, acting_user)
    if item.incident is not None:
        # Screening already raised it as a likely threat: the officer's report confirms that incident.
        with transaction.atomic():
            _decide(
                item,
                ScreenedMessage.Status.REPORTED,
                acting_user,
                note=f"Reported as {item.incident.reference}",
            )
            audit_record(
                actor=acting_user,
                action="screening.reported",
                council=item.council,
                target=item,
                summary=f"Confirmed as {item.incident.reference}",
            )
        return item.incident
    social = item.source == ScreenedMessage.Source.SOCIAL
    councillor = councillor or (
        item.connection.councillor
        if item.connection
        else item.comment_import.councillor
        if item.comment_import
        else None
    )
    if (
        councillor is None
        or councillor.council_id != item.council_id
        or not councillor.is_councillor
    ):
        raise ValidationError("Choose the councillor this message was sent to")
    # abuse said in a comment is "inappropriate social media", in mail "inappropriate e-mail"
    inappropriate = "inappropriate_social_media" if social else "inappropriate_email"
    categories = sorted(
        {
            inappropriate if category == "inappropriate_email" else category
            for category in (CATEGORY_FOR_FLAG.get(flag, inappropriate) for flag in item.flags)
        }
    ) or [inappropriate]
    received = (
        timezone.localtime(item.received_at).date() if item.received_at else timezone.localdate()
    )
    draft = incident_services.draft_start(author=acting_user)
    incident_services.draft_save_answers(
        draft=draft,
        answers={
            "councillor_id": councillor.pk,
            "in_danger": "no",
            "categories": categories,
            "channel": "social_media" if social else "email",
            "occurred_on": received.isoformat(),
            "occurred_time": "",
            "location": "",
            "sender_known": "known" if item.sender else "unknown",
            "sender_email": "" if social else item.sender[:254],
            "sender_social_handle": item.sender[:200] if social else "",
            "description": _description(item)[:10_000],
            "risk_signs": ["threat_to_harm"] if item.likely_threat else ["none"],
            "impact": "",
            "characteristics": ["not_sure"] if "identity_attack" in item.flags else ["none"],
        },
    )
    with transaction.atomic():
        if item.raw_stored_name:
            raw = evidence_storage().open(item.raw_stored_name, "rb").read()
            stored = evidence_storage().save(
                f"{item.council_id}/{item.public_id.hex}", ContentFile(raw)
            )
            Evidence.objects.create(
                council_id=item.council_id,
                draft=draft,
                stored_name=stored,
                original_name=f"{(item.subject or 'message')[:80]}.eml",
                content_type="message/rfc822",
                size=len(raw),
                sha256=item.raw_sha256,
                uploaded_by=acting_user,
            )
        incident = incident_services.incident_report(draft=draft, acting_user=acting_user)
        ScreenedMessage.objects.filter(pk=item.pk).update(incident=incident)
        _decide(
            item,
            ScreenedMessage.Status.REPORTED,
            acting_user,
            note=f"Reported as {incident.reference}",
        )
        audit_record(
            actor=acting_user,
            action="screening.reported",
            council=item.council,
            target=item,
            summary=f"Reported as {incident.reference}",
        )
    return incident


def _decide(item: ScreenedMessage, status: str, acting_user: User, note: str) -> None:
    changed = ScreenedMessage.objects.filter(pk=item.pk, status__in=OPEN).update(
        status=status, decided_by=acting_user, decided_at=timezone.now(), note=note
    )
    if not changed:
        raise ValidationError("Someone else has just dealt with this item")
    item.refresh_from_db()


def items_bulk(
    *, items: list[ScreenedMessage], action: str, note: str, acting_user: User
) -> tuple[int, list[str]]:
    """Applies one action to many items; each succeeds or fails on its own, with a reason."""
    done, problems = 0, []
    for item in items:
        try:
            if action == "release":
                item_release(item=item, acting_user=acting_user)
            elif action == "keep":
                item_keep(item=item, note=note, acting_user=acting_user)
            elif action == "report":
                item_report(item=item, acting_user=acting_user)
            else:
                raise ValidationError("Choose what to do with the selected items")
            done += 1
        except ValidationError as exc:
            problems.append(f"{item.subject or item.public_id}: {exc.messages[0]}")
    return done, problems
