"""How the screener's holds have fared: what officers decided about each kind of flag.

Every release of a held message is recorded as a false positive and every report or keep as a
hold that was right, so the council can see, on its own mail, how often each flag holds ordinary
mail and how long held mail waits for a person. Counts only: no text, no sender.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import BooleanField, ExpressionWrapper, Q

from councillor_safety.screening.models import ScreenedMessage
from councillor_safety.screening.verdicts import KNOWN_SENDER, LABEL_NAMES

Status = ScreenedMessage.Status
Source = ScreenedMessage.Source

# A held message's statuses: "moving" is not held yet, "clear" (a comment not flagged) never was.
HELD = (Status.QUARANTINED, Status.KEPT, Status.RELEASED, Status.REPORTED)


@dataclass
class Outcome:
    """What became of the held messages of one kind (one flag, likely threats, known senders)."""

    name: str
    held: int = 0
    waiting: int = 0
    reported: int = 0
    kept: int = 0
    released: int = 0
    hours_to_decision: list[float] = field(default_factory=list, repr=False)

    def add(self, status: str, hours: float | None) -> None:
        self.held += 1
        if status == Status.QUARANTINED:
            self.waiting += 1
        elif status == Status.REPORTED:
            self.reported += 1
        elif status == Status.KEPT:
            self.kept += 1
        elif status == Status.RELEASED:
            self.released += 1
        if hours is not None:
            self.hours_to_decision.append(hours)

    @property
    def decided(self) -> int:
        return self.reported + self.kept + self.released

    @property
    def released_share(self) -> float | None:
        """Of the decided holds, the share an officer released as not abusive."""
        return self.released / self.decided if self.decided else None

    @property
    def median_hours_to_decision(self) -> float | None:
        return statistics.median(self.hours_to_decision) if self.hours_to_decision else None

    @property
    def longest_hours_to_decision(self) -> float | None:
        return max(self.hours_to_decision) if self.hours_to_decision else None


@dataclass
class ScreeningOutcomes:
    start: date
    end: date
    all_held: Outcome
    likely_threats: Outcome
    known_senders: Outcome
    flags: list[Outcome]
    mail_held: int
    comments_held: int
    comments_screened: int
    # Mail councillors forwarded to the reporting address: abuse that reached them, some of it
    # perhaps mail the screener let through.
    forwarded: int
    # The oldest message still waiting for a first decision, whenever it was held.
    oldest_waiting_since: datetime | None


def _hours(held_at: datetime, decided_at: datetime | None) -> float | None:
    return (decided_at - held_at) / timedelta(hours=1) if decided_at else None


def screening_outcomes(council_id: int, start: date, end: date) -> ScreeningOutcomes:
    """The council's messages held between ``start`` and ``end`` (inclusive) and what became of them."""
    in_period = ScreenedMessage.objects.filter(
        council_id=council_id,
        # the screener's holds: a forward to the reporting address is a person's report
        source__in=(Source.MAILBOX, Source.SOCIAL),
        created_at__date__gte=start,
        created_at__date__lte=end,
    )
    rows: Iterable[tuple[str, str, list[str], bool, bool, datetime, datetime | None]] = (
        in_period.filter(status__in=HELD)
        .annotate(
            known=ExpressionWrapper(
                Q(explanation__has_key=KNOWN_SENDER), output_field=BooleanField()
            )
        )
        .values_list(
            "source", "status", "flags", "likely_threat", "known", "created_at", "decided_at"
        )
        .order_by()
        .iterator()
    )
    everything = Outcome("All held messages")
    threats = Outcome("Likely threats")
    known = Outcome("Known senders")
    flags = {label: Outcome(name) for label, name in LABEL_NAMES.items()}
    mail = comments = 0
    for source, status, item_flags, likely_threat, from_known, held_at, decided_at in rows:
        hours = _hours(held_at, decided_at)
        everything.add(status, hours)
        if likely_threat:
            threats.add(status, hours)
        if from_known:
            known.add(status, hours)
        for label in item_flags:
            if label in flags:
                flags[label].add(status, hours)
        if source == Source.MAILBOX:
            mail += 1
        else:
            comments += 1
    oldest = (
        # any message waiting in the quarantine, a forward from another address included
        ScreenedMessage.objects.filter(council_id=council_id, status=Status.QUARANTINED)
        .order_by("created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    return ScreeningOutcomes(
        start=start,
        end=end,
        all_held=everything,
        likely_threats=threats,
        known_senders=known,
        flags=list(flags.values()),
        mail_held=mail,
        comments_held=comments,
        comments_screened=in_period.filter(source=Source.SOCIAL).count(),
        forwarded=ScreenedMessage.objects.filter(
            council_id=council_id,
            source=Source.FORWARD,
            created_at__date__gte=start,
            created_at__date__lte=end,
        ).count(),
        oldest_waiting_since=oldest,
    )
