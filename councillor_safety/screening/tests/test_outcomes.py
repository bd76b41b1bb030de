"""What officers decided about held messages, by flag: the council's own measure of the screener."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from councillor_safety.screening.models import ScreenedMessage
from councillor_safety.screening.selectors import screening_outcomes
from councillor_safety.screening.templatetags.screening_labels import hours_as_wait, label_name
from councillor_safety.screening.verdicts import KNOWN_SENDER

Status = ScreenedMessage.Status
NOON = timezone.localtime().replace(hour=12, minute=0, second=0, microsecond=0)


def held(
    council,
    status: str,
    flags: list[str],
    *,
    days_ago: int = 1,
    decided_after_hours: float | None = None,
    source: str = "mailbox",
    known: bool = False,
) -> ScreenedMessage:
    item = ScreenedMessage.objects.create(
        council=council,
        source=source,
        sender="troll@example.org",
        subject="A private subject line",
        text="A private message text",
        raw_sha256=uuid.uuid4().hex,
        scores=dict.fromkeys(flags, 0.9),
        flags=flags,
        explanation={KNOWN_SENDER: str(uuid.uuid4())} if known else {},
        likely_threat="threat" in flags,
        status=status,
    )
    held_at = NOON - timedelta(days=days_ago)
    decided_at = (
        held_at + timedelta(hours=decided_after_hours) if decided_after_hours is not None else None
    )
    ScreenedMessage.objects.filter(pk=item.pk).update(created_at=held_at, decided_at=decided_at)
    return item


@pytest.fixture
def decided(council, other_council):
    # In the period: three abuse holds (one released), a threat reported in an hour, a threat
    # still waiting, a known sender's unflagged mail released, and a held comment.
    held(council, Status.RELEASED, ["abuse"], decided_after_hours=2)
    held(council, Status.REPORTED, ["abuse", "identity_attack"], decided_after_hours=4)
    held(council, Status.KEPT, ["abuse", "profanity"], decided_after_hours=30)
    held(council, Status.REPORTED, ["threat"], decided_after_hours=1)
    held(council, Status.QUARANTINED, ["threat", "abuse"], days_ago=3)
    held(council, Status.RELEASED, [], known=True, decided_after_hours=6)
    held(council, Status.QUARANTINED, ["sexual_harassment"], source="social")
    # Not holds, or not this council's, or not in the period.
    held(council, Status.CLEAR, [], source="social")
    held(council, Status.CLEAR, [], source="social")
    held(council, Status.REPORTED, [], source="forward", decided_after_hours=0)
    held(council, Status.MOVING, ["abuse"])
    held(other_council, Status.RELEASED, ["abuse"], decided_after_hours=1)
    held(council, Status.QUARANTINED, ["abuse"], days_ago=200)
    held(council, Status.QUARANTINED, [], source="forward", days_ago=300)  # from another address


@pytest.mark.django_db
def test_each_flag_counts_what_officers_decided(council, decided):
    found = screening_outcomes(council.pk, (NOON - timedelta(days=30)).date(), NOON.date())
    everything = found.all_held
    assert (everything.held, everything.waiting, everything.reported) == (7, 2, 2)
    assert (everything.kept, everything.released, everything.decided) == (1, 2, 5)
    assert everything.released_share == pytest.approx(2 / 5)
    assert (found.mail_held, found.comments_held, found.comments_screened) == (6, 1, 3)
    assert found.forwarded == 1
    flags = {row.name: row for row in found.flags}
    assert list(flags) == ["Threat", "Abuse", "Identity attack", "Sexual harassment", "Profanity"]
    abuse = flags["Abuse"]
    assert (abuse.held, abuse.waiting, abuse.reported) == (4, 1, 1)
    assert (abuse.kept, abuse.released) == (1, 1)
    assert abuse.released_share == pytest.approx(1 / 3)
    assert flags["Threat"].released_share == 0
    assert flags["Sexual harassment"].released_share is None  # nothing decided yet
    assert (found.known_senders.held, found.known_senders.released) == (1, 1)
    # waits: 1, 2, 4, 6 and 30 hours
    assert everything.median_hours_to_decision == pytest.approx(4)
    assert everything.longest_hours_to_decision == pytest.approx(30)
    assert found.likely_threats.median_hours_to_decision == pytest.approx(1)
    assert (found.likely_threats.held, found.likely_threats.waiting) == (2, 1)
    # the oldest message waiting in the quarantine is found whatever the period or source
    assert found.oldest_waiting_since == NOON - timedelta(days=300)


@pytest.mark.django_db
def test_a_period_with_nothing_held_has_no_shares(council, decided):
    day = (NOON - timedelta(days=100)).date()
    found = screening_outcomes(council.pk, day, day)
    assert found.all_held.held == 0
    assert found.all_held.released_share is None
    assert found.all_held.median_hours_to_decision is None


@pytest.mark.django_db
def test_the_page_shows_the_last_quarter_and_never_a_message(council, decided, officer, client_for):
    page = client_for(officer).get(reverse("screening:outcomes"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "How held messages were decided" in html
    assert "Identity attack" in html
    assert "40%" in html  # all held: 2 of 5 decided were released
    assert "33%" in html  # abuse: 1 of 3
    assert "The oldest message still waiting was held on" in html
    for private in ("troll@example.org", "A private subject line", "A private message text"):
        assert private not in html


@pytest.mark.django_db
def test_a_period_that_ends_before_it_starts_is_refused(officer, client_for):
    page = client_for(officer).get(
        reverse("screening:outcomes"), {"held_from": "2026-05-02", "held_to": "2026-05-01"}
    )
    assert page.status_code == 400
    assert "‘Held to’ must be the same as or after ‘Held from’" in page.content.decode()
    page = client_for(officer).get(
        reverse("screening:outcomes"), {"held_from": "2026-02-30", "held_to": ""}
    )
    html = page.content.decode()
    assert page.status_code == 400
    assert "Enter a real date" in html
    assert "Enter the last date" in html


def test_labels_and_waits_read_as_words():
    assert label_name("identity_attack") == "Identity attack"
    assert label_name("some_new_label") == "Some new label"
    assert hours_as_wait(None) == "–"
    assert hours_as_wait(0.001) == "1 minute"
    assert hours_as_wait(0.5) == "30 minutes"
    assert hours_as_wait(1.0) == "1 hour"
    assert hours_as_wait(47.4) == "47 hours"
    assert hours_as_wait(72) == "3 days"


@pytest.mark.django_db
def test_another_councils_officer_sees_only_their_own_council(
    council, decided, other_council_officer, client_for
):
    html = client_for(other_council_officer).get(reverse("screening:outcomes")).content.decode()
    assert 'Messages held</dt><dd class="govuk-summary-list__value">1 (1 e-mail' in html
