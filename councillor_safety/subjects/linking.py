"""Linking a new incident's sender to subjects: exact matches link, similar names are suggested.

Exact matches on a normalised e-mail address, phone number, handle or full address link at once.
Names never link on their own, however exact: two people can share a name, and a wrong link
would put one person's record on another. Similar names and addresses become suggestions for an
officer. Fuzzy scoring uses rapidfuzz within blocking keys (name-token prefixes, postcodes), so
it compares a handful of candidates rather than a whole council.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Q
from rapidfuzz import fuzz

from councillor_safety.core.audit import audit_record
from councillor_safety.incidents.models import Incident
from councillor_safety.subjects.models import (
    IdentifierBlock,
    IncidentLink,
    IncidentLinking,
    LinkSuggestion,
    Subject,
    SubjectHistory,
    SubjectIdentifier,
)
from councillor_safety.subjects.normalisation import Kind, Normalised, house_numbers, normalise
from councillor_safety.subjects.patterns import patterns_refresh, settings_for

logger = logging.getLogger(__name__)

SENDER_FIELDS = (
    (Kind.NAME, "sender_name"),
    (Kind.EMAIL, "sender_email"),
    (Kind.PHONE, "sender_phone"),
    (Kind.HANDLE, "sender_social_handle"),
    (Kind.ADDRESS, "sender_address"),
)
# Fields where a report may list several values ("a@x.com; b@y.com").
MULTI_VALUED = {Kind.EMAIL, Kind.PHONE, Kind.HANDLE}
EXACT_LINK_KINDS = (Kind.EMAIL, Kind.PHONE, Kind.HANDLE, Kind.ADDRESS)
NAME_THRESHOLD = 88.0
ADDRESS_THRESHOLD = 85.0


@dataclass
class LinkOutcome:
    subject_ids: list[int] = field(default_factory=list)
    created_subject: bool = False
    suggestions: int = 0


def identifiers_of(incident: Incident) -> list[Normalised]:
    found: list[Normalised] = []
    for kind, attribute in SENDER_FIELDS:
        raw = (getattr(incident, attribute) or "").strip()
        if not raw:
            continue
        values = [v.strip() for v in re.split(r"[;,\n]", raw)] if kind in MULTI_VALUED else [raw]
        found += [normalise(kind, v) for v in values if v]
    return found


def _add_identifiers(
    subject: Subject, identifiers: list[Normalised], incident: Incident | None
) -> None:
    known = set(SubjectIdentifier.objects.filter(subject=subject).values_list("kind", "normalised"))
    new: list[tuple[SubjectIdentifier, Normalised]] = []
    for item in identifiers:
        if (item.kind.value, item.value[:300]) in known:
            continue
        known.add((item.kind.value, item.value[:300]))
        row = SubjectIdentifier(
            subject=subject,
            council_id=subject.council_id,
            kind=item.kind.value,
            raw=item.raw,
            normalised=item.value[:300],
            is_malformed=item.malformed,
            source_incident=incident,
        )
        new.append((row, item))
    if not new:
        return
    # Both SQLite and PostgreSQL return the new ids from a bulk insert.
    SubjectIdentifier.objects.bulk_create([row for row, _ in new])
    IdentifierBlock.objects.bulk_create(
        [
            IdentifierBlock(identifier_id=row.pk, council_id=subject.council_id, key=key)
            for row, item in new
            for key in item.blocking_keys
        ]
    )


def _display_name(identifiers: list[Normalised], incident: Incident) -> str:
    for kind in (Kind.NAME, Kind.HANDLE, Kind.EMAIL, Kind.PHONE, Kind.ADDRESS):
        for item in identifiers:
            if item.kind == kind and not (kind == Kind.NAME and item.malformed):
                return item.raw.strip()[:200]
    return f"Unnamed sender of {incident.reference}"


def _active(subject_ids: set[int]) -> set[int]:
    """Follow merges: an identifier still on a merged subject stands for the subject it joined."""
    found: set[int] = set()
    pending = set(subject_ids)
    for _ in range(10):
        if not pending:
            break
        rows = Subject.objects.filter(pk__in=pending).values_list("pk", "status", "merged_into_id")
        pending = set()
        for pk, status, merged_into in rows:
            if status == Subject.Status.ACTIVE:
                found.add(pk)
            elif merged_into is not None:
                pending.add(merged_into)
    return found


def exact_matches(council_id: int, identifiers: list[Normalised]) -> set[int]:
    wanted = Q()
    for item in identifiers:
        if item.kind not in EXACT_LINK_KINDS or item.malformed or not item.value:
            continue
        if item.kind == Kind.ADDRESS and not any(k.startswith("p:") for k in item.blocking_keys):
            continue  # "14 High Street" without a postcode may be in any of a council's towns
        wanted |= Q(kind=item.kind.value, normalised=item.value[:300])
    if not wanted:
        return set()
    rows = SubjectIdentifier.objects.filter(wanted, council_id=council_id, is_malformed=False)
    return _active(set(rows.values_list("subject_id", flat=True)))


def known_senders(
    council_id: int, senders: Sequence[str], kind: Kind = Kind.EMAIL
) -> dict[str, Subject]:
    """Each sender (an e-mail address as a mail header gives it, "Name <address>", or with
    ``kind`` a social-media handle) recorded for one of the council's subjects, with that
    subject (the one it was merged into, if it was): screening holds such a sender's messages
    for a person to read, whatever the screener finds in them. Others are left out, and all
    of them where the council has turned that off (``SubjectSettings.holds_known_senders``)."""
    if not settings_for(council_id).holds_known_senders:
        return {}
    addresses = {s: normalise(kind, s) for s in dict.fromkeys(senders) if s}
    wanted = {a.value[:300] for a in addresses.values() if not a.malformed and a.value}
    if not wanted:
        return {}
    recorded: dict[str, set[int]] = {}
    rows = SubjectIdentifier.objects.filter(
        council_id=council_id, kind=kind.value, is_malformed=False, normalised__in=wanted
    ).values_list("normalised", "subject_id")
    for address, subject_id in rows:
        recorded.setdefault(address, set()).add(subject_id)
    active = {address: sorted(_active(ids)) for address, ids in recorded.items()}
    subjects = Subject.objects.in_bulk({i for ids in active.values() for i in ids})
    found: dict[str, Subject] = {}
    for sender, normalised in addresses.items():
        if ids := active.get(normalised.value[:300]):
            found[sender] = subjects[ids[0]]
    return found


@dataclass(frozen=True)
class Candidate:
    subject_id: int
    kind: Kind
    reported: str
    matched: str
    score: float


def fuzzy_candidates(
    council_id: int, identifiers: list[Normalised], *, exclude: set[int]
) -> list[Candidate]:
    """Similar names and addresses among subjects that share a blocking key, best first."""
    best: dict[int, Candidate] = {}
    for item in identifiers:
        if item.kind not in (Kind.NAME, Kind.ADDRESS) or item.malformed or not item.blocking_keys:
            continue
        rows = (
            SubjectIdentifier.objects.filter(
                council_id=council_id,
                kind=item.kind.value,
                is_malformed=False,
                subject__status=Subject.Status.ACTIVE,
                blocks__council_id=council_id,
                blocks__key__in=item.blocking_keys,
            )
            .exclude(subject_id__in=exclude)
            .values_list("subject_id", "normalised", "raw")
            .distinct()
        )
        for subject_id, value, raw in rows:
            if item.kind == Kind.NAME:
                score = fuzz.token_sort_ratio(item.value, value)
                threshold = NAME_THRESHOLD
            else:
                ours, theirs = house_numbers(item.value), house_numbers(value)
                if ours and theirs and ours != theirs:
                    continue  # neighbours share a street and a postcode, not an identity
                score = fuzz.WRatio(item.value, value)
                threshold = ADDRESS_THRESHOLD
            if score >= threshold and (subject_id not in best or best[subject_id].score < score):
                best[subject_id] = Candidate(subject_id, item.kind, item.raw, raw, score)
    return sorted(best.values(), key=lambda c: -c.score)


def incident_link(*, incident_id: int, refresh_patterns: bool = True) -> LinkOutcome | None:
    """Link one incident to subjects. Runs once per incident: a second call returns None.

    Loading many old reports at once can skip the per-report pattern refresh and recompute once.
    """
    with transaction.atomic():
        incident = Incident.objects.select_related("council").filter(pk=incident_id).first()
        if incident is None:
            return None
        try:
            with transaction.atomic():
                IncidentLinking.objects.create(incident=incident)
        except IntegrityError:
            return None
        outcome = LinkOutcome()
        identifiers = identifiers_of(incident)
        usable = identifiers  # malformed ones too: kept as written, flagged
        if not usable:
            return outcome
        matched = sorted(exact_matches(incident.council_id, usable))
        if matched:
            subjects = list(Subject.objects.filter(pk__in=matched).order_by("pk"))
            how = IncidentLink.How.EXACT
        else:
            subjects = [
                Subject.objects.create(
                    council=incident.council, display_name=_display_name(usable, incident)
                )
            ]
            SubjectHistory.objects.create(
                subject=subjects[0],
                council=incident.council,
                action=SubjectHistory.Action.CREATED,
                detail={"incident": incident.reference},
            )
            how = IncidentLink.How.NEW
            outcome.created_subject = True
        IncidentLink.objects.bulk_create(
            [
                IncidentLink(incident=incident, subject=s, council=incident.council, how=how)
                for s in subjects
            ],
            ignore_conflicts=True,
        )
        description = (incident.sender_description or "").strip()
        extra = [normalise(Kind.DESCRIPTION, description)] if description else []
        _add_identifiers(subjects[0], usable + extra, incident)
        outcome.subject_ids = [s.pk for s in subjects]
        candidates = fuzzy_candidates(incident.council_id, usable, exclude=set(outcome.subject_ids))
        LinkSuggestion.objects.bulk_create(
            [
                LinkSuggestion(
                    council=incident.council,
                    incident=incident,
                    subject_id=c.subject_id,
                    kind=c.kind.value,
                    reported_value=c.reported,
                    matched_value=c.matched,
                    score=c.score,
                )
                for c in candidates[:5]
            ],
            ignore_conflicts=True,
        )
        outcome.suggestions = min(len(candidates), 5)
        audit_record(
            actor=None,
            action="subjects.incident_linked",
            council=incident.council,
            target=incident,
            summary=f"Linked to {len(subjects)} subject(s) ({how}); {outcome.suggestions} possible match(es) to review",
        )
    if not refresh_patterns:
        return outcome
    try:
        patterns_refresh(
            council_id=incident.council_id,
            subject_ids=outcome.subject_ids,
            councillor_id=incident.councillor_id,
            around=incident.occurred_on,
        )
    except IntegrityError:
        # A report linked at the same moment raised the same alert first; the link stands, and
        # the daily recompute reconciles the evidence.
        logger.info("Pattern refresh for incident %s overlapped another", incident.pk)
    return outcome
