"""Recording audit events.

Writes call :func:`audit_record` inside the same ``transaction.atomic()`` block as the change, so
the change and its audit row commit or roll back together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models

from councillor_safety.core.models import AuditEvent
from councillor_safety.core.request_context import current_ip_address

if TYPE_CHECKING:
    from councillor_safety.accounts.models import Council, User


def audit_record(
    *,
    actor: User | None,
    action: str,
    council: Council | None,
    target: models.Model | None = None,
    summary: str = "",
    is_read: bool = False,
) -> AuditEvent:
    return AuditEvent.objects.create(
        actor=actor if actor is not None and actor.pk else None,
        actor_label=actor.username if actor is not None else "system",
        council=council,
        action=action,
        object_type=target._meta.label_lower if target is not None else "",
        object_id=str(target.pk) if target is not None else "",
        summary=summary[:300],
        ip_address=current_ip_address(),
        is_read=is_read,
    )


def audit_read(*, actor: User, target: models.Model, council: Council, action: str) -> AuditEvent:
    """Record that a person looked at a sensitive record."""
    return audit_record(actor=actor, action=action, council=council, target=target, is_read=True)


def audit_trail_for(target: models.Model, *, include_reads: bool = False) -> Any:
    events = AuditEvent.objects.filter(
        object_type=target._meta.label_lower, object_id=str(target.pk)
    ).select_related("actor")
    if not include_reads:
        events = events.filter(is_read=False)
    return events.order_by("occurred_at", "id")
