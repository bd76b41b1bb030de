"""Audit rows for signing in and out, and for failed attempts."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest

from councillor_safety.core.audit import audit_record


@receiver(user_logged_in)
def _audit_login(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    audit_record(actor=user, action="auth.login", council=user.council, target=user)


@receiver(user_logged_out)
def _audit_logout(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit_record(actor=user, action="auth.logout", council=user.council, target=user)


@receiver(user_login_failed)
def _audit_login_failed(sender: Any, credentials: dict[str, Any], **kwargs: Any) -> None:
    # The attempted name is recorded; the password never is (Django masks it in `credentials`).
    attempted = str(credentials.get("username", ""))[:150]
    audit_record(actor=None, action="auth.login_failed", council=None, summary=f"as {attempted!r}")
