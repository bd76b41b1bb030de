"""Background notices for cases. Like incident notices they carry a reference and a link only:
what the police wrote, or what a letter says, stays behind sign-in."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django_tasks import task

from councillor_safety.accounts.models import User
from councillor_safety.cases.evidence_pack import pack_complete, pack_failed
from councillor_safety.cases.models import EvidencePack, Letter, PoliceMessage

logger = logging.getLogger(__name__)


def _link(name: str, *args: object) -> str:
    return settings.SITE_URL.rstrip("/") + reverse(name, args=args)


@task()
def notify_police_message(message_id: int) -> None:
    """Tells the case owner that the police added a reference, advice or a request."""
    message = (
        PoliceMessage.objects.select_related("share__case__owner", "share__case__council")
        .filter(pk=message_id)
        .first()
    )
    if message is None or not message.share.case.owner.email:
        return
    case = message.share.case
    send_mail(
        subject=f"Police update on case {case.reference}",
        message=render_to_string(
            "cases/email/police_message.txt",
            {
                "case": case,
                "kind": message.get_kind_display(),
                "url": _link("cases:share", message.share.public_id),
            },
        ),
        from_email=None,
        recipient_list=[case.owner.email],
    )


@task()
def notify_letter_awaiting_approval(letter_id: int) -> None:
    """Tells everyone holding the template's signatory role that a letter waits for them."""
    letter = Letter.objects.select_related("case", "template").filter(pk=letter_id).first()
    if letter is None:
        return
    signatories = (
        User.objects.filter(
            council_id=letter.case.council_id, role=letter.template.signatory, is_active=True
        )
        .exclude(pk=letter.drafted_by_id)
        .exclude(email="")
    )
    recipients = list(signatories.values_list("email", flat=True))
    if not recipients:
        return
    send_mail(
        subject=f"A letter on case {letter.case.reference} is waiting for your approval",
        message=render_to_string(
            "cases/email/letter_awaiting_approval.txt",
            {"letter": letter, "url": _link("cases:letter", letter.public_id)},
        ),
        from_email=None,
        recipient_list=recipients,
    )


@task()
def build_evidence_pack_task(pack_id: int) -> None:
    """Makes a requested pack. A failure is shown on the case page; the officer can ask again."""
    pack = (
        EvidencePack.objects.select_related("case__council", "created_by")
        .filter(pk=pack_id, status=EvidencePack.Status.PREPARING)
        .first()
    )
    if pack is None:
        return
    try:
        pack_complete(pack)
    except Exception:
        logger.exception("evidence pack failed pack=%s case=%s", pack.pk, pack.case_id)
        pack_failed(pack.pk)
