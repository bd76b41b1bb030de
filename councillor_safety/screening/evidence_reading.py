"""The words in a report's evidence files, and what the screener finds in them.

A councillor's report usually comes with screenshots of the abuse, and the councillor's own
answers may undersell it: "abusive social media", no risk signs, and a screenshot that says
"I know where you live". After the report is committed, each file is read (a picture by OCR, a
PDF's text layer, a saved message as mail) and screened. The officer sees the words under the
file, and a likely threat raises the report's provisional priority as the policy says for a
threat found by screening, unless an officer has already confirmed it.

The report never waits on this: it runs in the background, and a file that cannot be read is
noted on the file and nothing else changes.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from councillor_safety.core.audit import audit_record
from councillor_safety.incidents.evidence_files import evidence_storage
from councillor_safety.incidents.models import Evidence, Incident
from councillor_safety.screening import outlook
from councillor_safety.screening.attachments import MAX_ATTACHMENT_BYTES, attachment_text
from councillor_safety.screening.models import ScreenedMessage
from councillor_safety.screening.parsing import MAX_TEXT_CHARS, parse
from councillor_safety.screening.verdicts import (
    MAX_ATTACHED_READINGS,
    MAX_CHAT_READINGS,
    Classifier,
    Verdict,
    asides_of,
    merged_readings_with_part,
    parts_of,
    screen,
)

logger = logging.getLogger(__name__)

# All of one report's files are read within this time; the rest are noted as not read.
READ_SECONDS = 60.0
# A file the screener failed on is read again after this long, for as long as unread files are.
RESCREEN_AFTER = timedelta(minutes=15)
NOT_SCREENED = "not screened: the screener failed"
# a mail as it was sent, or as Outlook saves one; either may hold files larger than one
# attachment may be, and each is read within the mail's own limits
_SAVED_MESSAGES = ("message/rfc822", outlook.CONTENT_TYPE)


def _due(now: datetime) -> Q:
    """Files not yet read, and files the screener failed on, last tried a while ago."""
    return Q(read_at__isnull=True) | Q(
        words_note__startswith=NOT_SCREENED, read_at__lte=now - RESCREEN_AFTER
    )


def read_incident_evidence(*, incident_id: int, classify: Classifier | None = None) -> int:
    """Reads and screens each of the incident's files not yet read, and reads again those the
    screener failed on; returns how many were read.

    Safe to run twice: a file is read once, and again only if the screener failed on it.
    """
    items = list(Evidence.objects.filter(_due(timezone.now()), incident_id=incident_id))
    if not items:
        return 0
    # A forwarded or held mail was screened as it arrived: its reading is taken, not redone.
    screened = {m.raw_sha256: m for m in ScreenedMessage.objects.filter(incident_id=incident_id)}
    deadline = time.monotonic() + READ_SECONDS
    readings: list[Reading] = []
    known: dict[int, Verdict] = {}
    for index, item in enumerate(items):
        message = screened.get(item.sha256)
        if message is None:
            readings.append(_read(item, deadline))
        else:
            readings.append(Reading(message.text))
            known[index] = Verdict(scores=message.scores, flags=list(message.flags))
    fresh = _screened(
        classify or screen,
        [[] if index in known else reading.texts for index, reading in enumerate(readings)],
        [[] if index in known else reading.in_parts for index, reading in enumerate(readings)],
    )
    verdicts = [known.get(index, verdict) for index, (verdict, _) in enumerate(fresh)]
    flagged_parts = [part for _, part in fresh]
    threats = 0
    with transaction.atomic():
        incident = Incident.objects.select_related("council").get(pk=incident_id)
        for item, reading, verdict, flagged in zip(
            items, readings, verdicts, flagged_parts, strict=True
        ):
            words, note = reading.words, reading.note
            if verdict is None and words:
                note = NOT_SCREENED + (f"; {note}" if note else "")
            found = verdict is not None and verdict.likely_threat
            # as loaded: a run that overlaps this one has not recorded it in between
            recorded = Evidence.objects.filter(pk=item.pk, read_at=item.read_at).update(
                words=words,
                words_note=note[:300],
                screened_flags=verdict.flags if verdict else [],
                likely_threat=found,
                flagged_words=flagged if verdict is not None else "",
                read_at=timezone.now(),
            )
            # only the run that records the reading counts it, if two ever overlap
            threats += bool(found and recorded)
        if threats:
            audit_record(
                actor=None,
                action="evidence.likely_threat",
                council=incident.council,
                target=incident,
                summary=f"Screening found a likely threat in {threats} evidence "
                f"file{'s' if threats != 1 else ''}",
            )
    if threats:
        from councillor_safety.triage.services import triage_raise_for_new_facts

        triage_raise_for_new_facts(
            incident_id=incident_id, because="screening found a likely threat in its evidence"
        )
    logger.info("evidence read incident=%s files=%s threats=%s", incident_id, len(items), threats)
    return len(items)


@dataclass(frozen=True)
class Reading:
    words: str  # what the officer is shown
    note: str = ""  # why some or all of it could not be read (never the words)
    # what the screener reads on its own as well: a saved mail's body without its subject, its
    # attachments, and its subject and senders' names (as `verdicts.screen_mail` reads mail), a
    # screenshot's posts (`AttachmentText.alone`), an exported chat's messages
    # (`AttachmentText.messages`)
    also: tuple[str, ...] = ()

    # whether its words are read by their paragraphs and lines too, as a mail's are: not an
    # exported chat's, whose messages are read one by one already, nor words read by OCR, whose
    # lines are where the picture's lines end and whose posts are read one by one already
    by_parts: bool = True
    # a saved mail's: what was written as mail, read by its parts instead of all its words
    written: tuple[str, ...] | None = None

    @property
    def texts(self) -> list[str]:
        return [t for t in (self.words, *self.also) if t.strip()]

    @property
    def in_parts(self) -> list[str]:
        if self.written is not None:
            return list(self.written)
        return [self.words] if self.by_parts and self.words.strip() else []


def _read(item: Evidence, deadline: float) -> Reading:
    """The words in one file, and why some could not be read."""
    if item.size > MAX_ATTACHMENT_BYTES and item.content_type not in _SAVED_MESSAGES:
        return Reading(
            "", f"not read: files over {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB are not read"
        )
    try:
        with evidence_storage().open(item.stored_name, "rb") as stored:
            data = stored.read()
    except OSError:
        logger.exception("evidence file not opened id=%s", item.pk)
        return Reading("", "not read: the stored file could not be opened")
    unread = ""
    if item.content_type == outlook.CONTENT_TYPE:
        try:
            converted = outlook.to_mime(data)
        except outlook.OutlookMessageError as exc:
            return Reading("", f"not read: {exc}")
        data, unread = converted.mime, "; ".join(dict.fromkeys(converted.problems))
    if item.content_type in _SAVED_MESSAGES or item.original_name.lower().endswith(".eml"):
        parsed = parse(data, attachment_seconds=max(0.0, deadline - time.monotonic()))
        return Reading(
            parsed.text,
            unread,
            also=(
                parsed.body,
                *parsed.attached_texts[:MAX_ATTACHED_READINGS],
                *parsed.chat_messages[:MAX_CHAT_READINGS],
                *(text for _, texts in asides_of(parsed) for text in texts),
            ),
            written=tuple(parsed.written),
        )
    read = attachment_text(
        data,
        name=item.original_name,
        content_type=item.content_type,
        charset=None,
        limit=MAX_TEXT_CHARS,
        deadline=deadline,
    )
    # each of a screenshot's posts read without the names, times and buttons around it
    also = (
        *[text for text in read.alone if text != read.text][:MAX_ATTACHED_READINGS],
        *read.messages[:MAX_CHAT_READINGS],  # an exported chat's messages
    )
    if read.from_picture and read.text:
        return Reading(
            read.text,
            "read from the picture by OCR, which can misread: the picture is the evidence",
            also=also,
            by_parts=False,
        )
    if read.scanned or read.pictures:
        how = "scanned pages" if read.scanned else "words in its pictures"
        ocr_note = f"{how} read by OCR, which can misread: the file is the evidence"
        return Reading(
            read.text,
            f"{ocr_note}; {read.problem}" if read.problem else ocr_note,
            also=also,
            by_parts=False,
        )
    if read.problem.startswith("attachment not readable"):
        return Reading("", "not read: the file is damaged, or of a kind whose words cannot be read")
    return Reading(read.text, read.problem, also=also, by_parts=not read.messages)


def _screened(
    classify: Classifier, readings: list[list[str]], in_parts: list[list[str]]
) -> list[tuple[Verdict | None, str]]:
    """The screener's verdict on each file's texts, merged, with the paragraphs and lines of its
    texts ``in_parts`` read on their own as a mail's are (`verdicts.parts_of`); None where it
    has no words or the screener failed. Beside each, the part that raised its strongest flag
    if that is not its whole words (`verdicts.merged_readings_with_part`)."""
    items = [[*texts, *parts_of(parts)] for texts, parts in zip(readings, in_parts, strict=True)]
    try:
        read = merged_readings_with_part(classify, items)
    except Exception:  # any failure of the model: the words are still kept for the officer
        logger.exception("evidence not screened: the screener failed")
        return [(None, "")] * len(readings)
    return [
        (verdict, "" if texts and part == texts[0] else part[:2_000])
        for texts, (verdict, part) in zip(readings, read, strict=True)
    ]


def unread_evidence(*, older_than: timedelta = timedelta(minutes=5)) -> list[int]:
    """Incidents with a file still unread some minutes after it arrived (a lost queue entry),
    or one the screener failed on and is due to be read again.

    Only files of the last week: a file from before the service read files is left unread,
    rather than paging on call about an old report.
    """
    now = timezone.now()
    return list(
        Evidence.objects.filter(
            _due(now),
            incident__isnull=False,
            uploaded_at__lte=now - older_than,
            uploaded_at__gte=now - timedelta(days=7),
        )
        .values_list("incident_id", flat=True)
        .distinct()
    )
