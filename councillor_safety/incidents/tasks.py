"""Background work for incidents. Tasks take ids, load fresh rows and call plain functions."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django_tasks import task

from councillor_safety.incidents.models import Incident


@task()
def notify_new_incident(incident_id: int) -> None:
    """Tells the council's SPoC team that a report has arrived, without its contents.

    The e-mail carries the reference and a link only: what happened stays behind sign-in.
    """
    incident = Incident.objects.select_related("council").filter(pk=incident_id).first()
    if incident is None:
        return
    context = {
        "incident": incident,
        "url": settings.SITE_URL.rstrip("/")
        + reverse("incidents:detail", args=[incident.reference]),
    }
    subject = f"{'URGENT – councillor in danger – ' if incident.in_danger else ''}New report {incident.reference}"
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("incidents/email/new_incident.txt", context),
        to=[incident.council.spoc_team_email],
    )
    message.attach_alternative(
        render_to_string("incidents/email/new_incident.html", context), "text/html"
    )
    message.send()
