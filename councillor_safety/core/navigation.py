"""The service navigation each role sees."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.two_factor import is_verified


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"navigation": []}
    if user.requires_two_factor and not is_verified(user):
        return {"navigation": []}
    items: list[tuple[str, str]] = []
    if user.is_councillor:
        items += [
            ("Report abuse", reverse("incidents:report_start")),
            ("My reports", reverse("incidents:my_reports")),
        ]
    if user.reads_all_incidents:
        items.append(("What is due", reverse("triage:queue")))
        items.append(("Incidents", reverse("incidents:inbox")))
        items.append(("Quarantine", reverse("screening:queue")))
        items.append(("Cases", reverse("cases:list")))
    if user.reports_on_behalf:
        items.append(("Log a report", reverse("incidents:report_start")))
    if user.manages_incidents:
        items.append(("Police liaison", reverse("cases:liaison")))
    if user.role == Role.POLICE_LIAISON:
        items.append(("Shared with you", reverse("cases:police_home")))
    if user.reads_subjects:
        items.append(("Subjects", reverse("subjects:list")))
    if user.runs_visit_checks:
        items.append(("Check before a visit", reverse("subjects:check")))
    if user.reviews_referrals:
        items.append(("Review committee", reverse("triage:committee")))
    if user.reads_all_incidents or user.manages_rota:
        items.append(("On call", reverse("triage:rota")))
    if user.is_administrator:
        items.append(("Triage policy", reverse("triage:policy")))
        items.append(("Mailboxes", reverse("screening:mailboxes")))
        items.append(("Letters and advice", reverse("cases:library")))
    if user.reads_audit_log:
        items.append(("Audit log", reverse("core:audit_log")))
    items.append(("Your account", reverse("accounts:account")))
    path = request.path
    return {
        "navigation": [
            {"text": text, "href": href, "current": path.startswith(href)} for text, href in items
        ]
    }
