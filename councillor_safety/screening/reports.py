"""A report of selected screened items, for a platform's abuse team or the police.

Like the better harassment-documentation tools: one row per item with where and when it was
posted, who posted it, the text, what the screener found, and a hash that identifies the record.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.template.loader import render_to_string
from django.utils import timezone
from weasyprint import HTML

from councillor_safety.core.audit import audit_record
from councillor_safety.screening.models import ScreenedMessage

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User

COLUMNS = [
    "source",
    "platform",
    "author",
    "posted_at",
    "url",
    "text",
    "flags",
    "scores",
    "sha256",
    "status",
]


def _rows(items: Sequence[ScreenedMessage]) -> list[dict[str, str]]:
    return [
        {
            "source": item.get_source_display(),
            "platform": item.platform,
            "author": item.sender,
            "posted_at": timezone.localtime(item.received_at).isoformat()
            if item.received_at
            else "",
            "url": item.url,
            "text": item.text,
            "flags": ";".join(item.flags),
            "scores": ";".join(f"{k}={v:.2f}" for k, v in sorted(item.scores.items())),
            "sha256": item.raw_sha256,
            "status": item.get_status_display(),
        }
        for item in items
    ]


def _neutralise(value: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheet programs; abuse text is hostile input.
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def report_csv(*, items: Sequence[ScreenedMessage], acting_user: User) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    for row in _rows(items):
        writer.writerow({k: _neutralise(v) for k, v in row.items()})
    _audit(items, acting_user, "csv")
    return buffer.getvalue().encode("utf-8-sig")


def report_pdf(*, items: Sequence[ScreenedMessage], acting_user: User) -> bytes:
    html = render_to_string(
        "screening/report.html",
        {
            "rows": _rows(items),
            "council": acting_user.council,
            "by": acting_user,
            "at": timezone.localtime(),
        },
    )
    pdf = HTML(string=html).write_pdf()
    _audit(items, acting_user, "pdf")
    return bytes(pdf or b"")


def _audit(items: Sequence[ScreenedMessage], acting_user: User, kind: str) -> None:
    for item in items:
        audit_record(
            actor=acting_user,
            action="screening.exported",
            council=acting_user.council,
            target=item,
            summary=f"In a {kind.upper()} report",
            is_read=True,
        )
