"""Importing social-media comments for screening.

The format (CSV with a header row, or JSON Lines), one comment per row:

| field | required | meaning |
| --- | --- | --- |
| `platform` | yes | e.g. facebook, x, instagram, youtube, tiktok, nextdoor |
| `author_handle` | yes | the commenter's handle or display name |
| `text` | yes | the comment (may be empty only if a URL is given) |
| `url` | no | a link to the comment (http or https) |
| `posted_at` | yes | ISO 8601 with a time zone, e.g. 2026-11-21T23:30:00+00:00 |

The whole file is checked before anything is saved: one bad row refuses the file, with the line
number of every problem, and nothing is imported.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from councillor_safety.core.audit import audit_record
from councillor_safety.screening.models import CommentImport, ScreenedMessage
from councillor_safety.screening.verdicts import Classifier, screen, screen_from_senders
from councillor_safety.subjects.linking import known_senders
from councillor_safety.subjects.normalisation import Kind
from councillor_safety.triage.services import on_call_officer, page_held_threat

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User

MAX_ROWS = 20_000
MAX_BYTES = 20 * 1024 * 1024
MAX_TEXT = 20_000
REQUIRED = ("platform", "author_handle", "text", "posted_at")
SHOWN_PROBLEMS = 20


class ImportRefused(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0] if problems else "The file could not be imported")
        self.problems = problems


@dataclass(frozen=True)
class Imported:
    batch: CommentImport
    likely_threats: int
    paged: bool  # whoever is on call was paged (the importer was not on call)


@dataclass(frozen=True)
class Comment:
    line: int
    platform: str
    author_handle: str
    text: str
    url: str
    posted_at: datetime


def _rows(data: bytes, file_name: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = data[: exc.start].count(b"\n") + 1
        raise ImportRefused([f"Line {bad_line}: the file must be saved as UTF-8 text"]) from exc
    if file_name.lower().endswith((".jsonl", ".ndjson", ".json")):
        rows: list[tuple[int, dict[str, Any]]] = []
        problems: list[str] = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"Line {number}: not valid JSON ({exc.msg})")
                continue
            if not isinstance(value, dict):
                problems.append(f"Line {number}: each line must be a JSON object")
                continue
            rows.append((number, value))
        if problems:
            raise ImportRefused(problems)
        return rows
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        header = reader.fieldnames or []
        missing = [f for f in REQUIRED if f not in header]
        if missing:
            raise ImportRefused([f"Line 1: the header row is missing {', '.join(missing)}"])
        return [(reader.line_num, dict(row)) for row in reader]
    except csv.Error as exc:
        raise ImportRefused([f"Line {reader.line_num}: {exc}"]) from exc


def parse_comments(data: bytes, file_name: str) -> list[Comment]:
    if len(data) > MAX_BYTES:
        raise ImportRefused([f"The file must be smaller than {MAX_BYTES // (1024 * 1024)}MB"])
    if not data.strip():
        raise ImportRefused(["The file is empty"])
    rows = _rows(data, file_name)
    if len(rows) > MAX_ROWS:
        raise ImportRefused(
            [f"The file has {len(rows):,} comments; import at most {MAX_ROWS:,} at a time"]
        )
    comments: list[Comment] = []
    problems: list[str] = []
    url_ok = URLValidator(schemes=["http", "https"])
    for line, row in rows:
        if None in row:
            problems.append(f"Line {line}: more values than columns")
            continue
        values = {k: str(v if v is not None else "").strip() for k, v in row.items()}
        missing = [f for f in ("platform", "author_handle", "posted_at") if not values.get(f)]
        if missing:
            problems.append(f"Line {line}: {', '.join(missing)} must not be empty")
            continue
        if not values.get("text") and not values.get("url"):
            problems.append(f"Line {line}: give the comment's text or its url")
            continue
        try:
            posted = datetime.fromisoformat(values["posted_at"].replace("Z", "+00:00"))
        except ValueError:
            problems.append(
                f"Line {line}: posted_at must be a date and time like 2026-11-21T23:30:00+00:00"
            )
            continue
        if posted.tzinfo is None:
            problems.append(f"Line {line}: posted_at needs a time zone, like +00:00")
            continue
        if values.get("url"):
            try:
                url_ok(values["url"])
            except ValidationError:
                problems.append(f"Line {line}: url must start with http:// or https://")
                continue
        comments.append(
            Comment(
                line=line,
                platform=values["platform"][:40].lower(),
                author_handle=values["author_handle"][:998],
                text=values.get("text", "")[:MAX_TEXT],
                url=values.get("url", ""),
                posted_at=posted,
            )
        )
    if problems:
        shown = problems[:SHOWN_PROBLEMS]
        if len(problems) > SHOWN_PROBLEMS:
            shown.append(f"… and {len(problems) - SHOWN_PROBLEMS} more problems")
        raise ImportRefused(shown)
    return comments


def comments_import(
    *,
    data: bytes,
    file_name: str,
    councillor: User,
    acting_user: User,
    classify: Classifier | None = None,
) -> Imported:
    if (
        not acting_user.manages_incidents
        or councillor.council_id != acting_user.council_id
        or not councillor.is_councillor
    ):
        raise ImportRefused(["Choose a councillor of your council"])
    comments = parse_comments(data, file_name)
    # a handle is the commenter's own words too ("@HangTheTraitors"), read with each comment
    verdicts = screen_from_senders(
        classify or screen, [c.text for c in comments], [c.author_handle for c in comments]
    )
    # a known sender's comments are read by a person whatever the screener finds (as mail is)
    known = known_senders(acting_user.council_id, [c.author_handle for c in comments], Kind.HANDLE)
    verdicts = [
        v.with_known_sender(sender.public_id)
        if (sender := known.get(c.author_handle)) is not None
        else v
        for c, v in zip(comments, verdicts, strict=True)
    ]
    with transaction.atomic():
        batch = CommentImport.objects.create(
            council_id=acting_user.council_id,
            councillor=councillor,
            uploaded_by=acting_user,
            file_name=file_name[:255],
            sha256=hashlib.sha256(data).hexdigest(),
            rows=len(comments),
            flagged=sum(v.flagged for v in verdicts),
        )
        ScreenedMessage.objects.bulk_create(
            [
                ScreenedMessage(
                    council_id=acting_user.council_id,
                    source=ScreenedMessage.Source.SOCIAL,
                    comment_import=batch,
                    platform=c.platform,
                    url=c.url,
                    sender=c.author_handle,
                    received_at=c.posted_at,
                    text=c.text,
                    raw_sha256=hashlib.sha256(
                        f"{c.platform}\n{c.author_handle}\n{c.posted_at.isoformat()}\n{c.text}".encode()
                    ).hexdigest(),
                    scores=v.scores,
                    flags=v.flags,
                    explanation=v.explanation,
                    likely_threat=v.likely_threat,
                    status=ScreenedMessage.Status.QUARANTINED
                    if v.held
                    else ScreenedMessage.Status.CLEAR,
                )
                for c, v in zip(comments, verdicts, strict=True)
            ],
            batch_size=1000,
        )
        audit_record(
            actor=acting_user,
            action="screening.comments_imported",
            council=acting_user.council,
            target=batch,
            summary=f"{batch.rows} comments, {batch.flagged} flagged, "
            f"{sum(v.held for v in verdicts) - batch.flagged} more held from known senders",
        )
        # A likely threat pages whoever is on call, as one held from mail does: the officer
        # importing may be clearing a weekend's comments while someone else holds the phone.
        # Not when the importer is on call, who sees the threats first in the queue.
        threats = sum(v.likely_threat for v in verdicts)
        paged = (
            bool(threats) and on_call_officer(acting_user.council, timezone.now()) != acting_user
        )
        if paged:
            page_held_threat(council=acting_user.council)
    return Imported(batch, threats, paged)
