"""Sending a page: an e-mail always, and a text message through GOV.UK Notify where configured."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from notifications_python_client.notifications import NotificationsAPIClient

from councillor_safety.triage.models import Page

logger = logging.getLogger(__name__)


def page_url(page: Page) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("triage:page", args=[page.public_id])


def deliver(page: Page) -> None:
    context = {"page": page, "url": page_url(page), "incident": page.incident}
    if page.emailed_at is None and page.recipient.email:
        subject = render_to_string("triage/email/page_subject.txt", context).strip()
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string("triage/email/page.txt", context),
            to=[page.recipient.email],
        )
        message.attach_alternative(render_to_string("triage/email/page.html", context), "text/html")
        message.send()
        Page.objects.filter(pk=page.pk).update(emailed_at=timezone.now())
    if page.texted_at is None and page.recipient.phone and settings.NOTIFY_API_KEY:
        client = NotificationsAPIClient(settings.NOTIFY_API_KEY, base_url=settings.NOTIFY_BASE_URL)  # type: ignore[no-untyped-call]
        client.send_sms_notification(  # type: ignore[no-untyped-call]
            phone_number=page.recipient.phone,
            template_id=settings.NOTIFY_SMS_TEMPLATE_ID,
            personalisation={
                "message": render_to_string("triage/email/page_sms.txt", context).strip()
            },
            reference=str(page.public_id),
        )
        Page.objects.filter(pk=page.pk).update(texted_at=timezone.now())
    logger.info("page delivered id=%s reason=%s", page.pk, page.reason)
