"""The review committee: low-level abuse judged by members, not by the councillor who received it.

Members see a redacted summary. A member cannot review a case about themself or about a
councillor of their own ward. Once a quorum has reviewed, the majority view becomes the outcome
and the case returns to the member-support team's queue.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from councillor_safety.core.audit import audit_record
from councillor_safety.incidents.models import Incident, IncidentNote
from councillor_safety.triage.models import CommitteeReferral, CommitteeReview, IncidentTriage
from councillor_safety.triage.policy import policy_current
from councillor_safety.triage.taxonomy import SERIOUSNESS, Priority, RecommendedResponse

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User

REFERABLE = {Priority.P3, Priority.P4}


def conflict_of_interest(member: User, incident: Incident) -> str | None:
    """Why this member may not review this incident, or None."""
    councillor = incident.councillor
    if member.pk == councillor.pk:
        return "This case is about you"
    if member.ward and councillor.ward and member.ward == councillor.ward:
        return f"This case is about a councillor of your ward ({member.ward})"
    return None


def referrals_for_member(member: User) -> QuerySet[CommitteeReferral]:
    if not member.reviews_referrals or not member.is_active:
        return CommitteeReferral.objects.none()
    return CommitteeReferral.objects.filter(council_id=member.council_id).select_related(
        "incident__councillor"
    )


def get_referral_for_member(member: User, public_id: str) -> CommitteeReferral:
    try:
        referral = referrals_for_member(member).get(public_id=public_id)
    except (CommitteeReferral.DoesNotExist, ValueError) as exc:
        raise Http404 from exc
    if conflict_of_interest(member, referral.incident) is not None:
        raise Http404
    return referral


def referral_create(
    *, incident: Incident, summary: str, identity_needed: bool, acting_user: User
) -> CommitteeReferral:
    if not acting_user.manages_incidents or acting_user.council_id != incident.council_id:
        raise ValidationError("Only the member-support team can refer a case to the committee")
    triage = IncidentTriage.objects.filter(incident=incident).first()
    if triage is None or triage.priority not in REFERABLE:
        raise ValidationError(
            "Only P3 and P4 cases go to the committee; higher priorities are handled at once"
        )
    if not summary.strip():
        raise ValidationError("Write a summary for the committee")
    if CommitteeReferral.objects.filter(
        incident=incident, status=CommitteeReferral.Status.OPEN
    ).exists():
        raise ValidationError("This case is already with the committee")
    with transaction.atomic():
        referral = CommitteeReferral.objects.create(
            council=incident.council,
            incident=incident,
            summary=summary.strip(),
            identity_needed=identity_needed,
            referred_by=acting_user,
            quorum=policy_current(incident.council).committee_quorum,
        )
        audit_record(
            actor=acting_user,
            action="committee.referred",
            council=incident.council,
            target=incident,
            summary=f"Referred to the review committee (quorum {referral.quorum})",
        )
    return referral


def review_record(
    *,
    referral: CommitteeReferral,
    member: User,
    crossed_line: bool,
    recommended_response: str,
    reasons: str,
) -> CommitteeReview:
    if not member.reviews_referrals or member.council_id != referral.council_id:
        raise ValidationError("Only members of this council's review committee can review")
    conflict = conflict_of_interest(member, referral.incident)
    if conflict is not None:
        raise ValidationError(f"{conflict}: you cannot review it")
    if recommended_response not in RecommendedResponse.values:
        raise ValidationError("Choose a recommended response")
    if not reasons.strip():
        raise ValidationError("Give your reasons")
    if crossed_line and recommended_response == RecommendedResponse.NO_ACTION:
        raise ValidationError("If it crossed the line, recommend a response other than no action")
    with transaction.atomic():
        locked = CommitteeReferral.objects.select_for_update().get(pk=referral.pk)
        if locked.status != CommitteeReferral.Status.OPEN:
            raise ValidationError("The committee has already decided this case")
        if CommitteeReview.objects.filter(referral=locked, member=member).exists():
            raise ValidationError("You have already reviewed this case")
        review = CommitteeReview.objects.create(
            referral=locked,
            member=member,
            crossed_line=crossed_line,
            recommended_response=recommended_response,
            reasons=reasons.strip(),
        )
        audit_record(
            actor=member,
            action="committee.reviewed",
            council=locked.council,
            target=locked.incident,
            summary="Committee review recorded",
        )
        _decide_if_quorate(locked)
    referral.refresh_from_db()
    return review


def _decide_if_quorate(referral: CommitteeReferral) -> None:
    reviews = list(referral.reviews.all())
    if len(reviews) < referral.quorum:
        return
    crossed = sum(r.crossed_line for r in reviews)
    if crossed * 2 == len(reviews):
        return  # a tie waits for one more member
    crossed_line = crossed * 2 > len(reviews)
    agreeing = [r for r in reviews if r.crossed_line == crossed_line]
    votes = Counter(r.recommended_response for r in agreeing)
    top = max(votes.values())
    response = next(r for r in SERIOUSNESS if votes.get(r) == top)  # a tie goes to the more serious
    referral.status = CommitteeReferral.Status.DECIDED
    referral.crossed_line = crossed_line
    referral.recommended_response = response
    referral.decided_at = timezone.now()
    referral.save(update_fields=["status", "crossed_line", "recommended_response", "decided_at"])
    verdict = "crossed the line" if crossed_line else "did not cross the line"
    IncidentNote.objects.create(
        incident=referral.incident,
        author=referral.referred_by,
        text=f"Review committee decision ({crossed} of {len(reviews)} members found it crossed the line): "
        f"it {verdict}. Recommended: {RecommendedResponse(response).label}.",
    )
    audit_record(
        actor=None,
        action="committee.decided",
        council=referral.council,
        target=referral.incident,
        summary=f"Committee: {verdict}; {RecommendedResponse(response).label}",
    )


def outcome_seen(*, referral: CommitteeReferral, acting_user: User) -> None:
    if not acting_user.manages_incidents or acting_user.council_id != referral.council_id:
        raise ValidationError("Only the member-support team acts on committee outcomes")
    with transaction.atomic():
        CommitteeReferral.objects.filter(pk=referral.pk, outcome_seen_at__isnull=True).update(
            outcome_seen_at=timezone.now(), outcome_seen_by=acting_user
        )
        audit_record(
            actor=acting_user,
            action="committee.outcome_seen",
            council=referral.council,
            target=referral.incident,
        )
