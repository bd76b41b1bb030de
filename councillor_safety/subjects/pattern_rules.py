"""The pattern rules on plain facts about incidents (no Django): each returns findings.

A finding names its rule, a key that makes a later computation of the same pattern the same
alert, and the incidents it rests on. Storing findings as alerts is in ``patterns.py``.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from councillor_safety.incidents.taxonomy import Category

COURSE_OF_CONDUCT = "course_of_conduct"
ESCALATION = "escalation"
SEVERAL_TARGETS = "several_targets"
SEVERAL_COUNCILS = "several_councils"
PILE_ON = "pile_on"

# How serious each kind of abuse is, for "is it getting worse?". The order follows the default
# triage policy: contact and threats above stalking, stalking above abuse in words.
CATEGORY_SEVERITY = {
    Category.PHYSICAL_ATTACK: 4,
    Category.THREAT_OF_HARM: 3,
    Category.STALKED: 3,
    Category.SEXUAL_HARASSMENT: 3,
    Category.OTHER_THREATENING: 2,
}


def severity_of(categories: Iterable[str]) -> int:
    return max((CATEGORY_SEVERITY.get(Category(c), 1) for c in categories), default=1)


@dataclass(frozen=True)
class Fact:
    incident_id: int
    councillor_id: int
    occurred_on: date
    occurred_at: datetime
    severity: int


@dataclass(frozen=True)
class Finding:
    rule: str
    key: str
    incident_ids: frozenset[int]
    summary: str
    subject_id: int | None = None
    councillor_id: int | None = None
    suggests_police_referral: bool = False


def course_of_conduct(subject_id: int, facts: Sequence[Fact], *, window_days: int) -> list[Finding]:
    """Two or more incidents from one subject against one councillor, no more than the window apart."""
    by_councillor: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_councillor[fact.councillor_id].append(fact)
    findings = []
    for councillor_id, theirs in sorted(by_councillor.items()):
        theirs.sort(key=lambda f: (f.occurred_on, f.incident_id))
        evidence: set[int] = set()
        for earlier, later in itertools.pairwise(theirs):
            if (later.occurred_on - earlier.occurred_on).days <= window_days:
                evidence |= {earlier.incident_id, later.incident_id}
        if evidence:
            findings.append(
                Finding(
                    rule=COURSE_OF_CONDUCT,
                    key=f"s{subject_id}:c{councillor_id}",
                    incident_ids=frozenset(evidence),
                    summary=f"{len(evidence)} incidents against one councillor within {window_days} days: consider a police referral for harassment",
                    subject_id=subject_id,
                    councillor_id=councillor_id,
                    suggests_police_referral=True,
                )
            )
    return findings


# A subject's escalation is looked for among its latest incidents only: enough for any window.
ESCALATION_LOOKBACK = 200


def escalation(
    subject_id: int, facts: Sequence[Fact], *, window_days: int, history_days: int
) -> list[Finding]:
    """Worse, or more often.

    Worse: an incident more serious than any before it within the history. Every incident is
    considered, so a milder report afterwards does not make an unacknowledged escalation vanish.
    More often: the latest window holds at least three incidents and twice as many as the window
    before; that is about now, so it is judged at the latest incident only.
    """
    ordered = sorted(facts, key=lambda f: (f.occurred_on, f.incident_id))[-ESCALATION_LOOKBACK:]
    if len(ordered) < 2:
        return []
    reasons = []
    evidence: set[int] = set()
    for k in range(len(ordered) - 1, 0, -1):
        worse = ordered[k]
        earlier = [
            f for f in ordered[:k] if (worse.occurred_on - f.occurred_on).days <= history_days
        ]
        if earlier and worse.severity > max(f.severity for f in earlier):
            reasons.append("more serious than before")
            evidence |= {f.incident_id for f in earlier} | {worse.incident_id}
            break
    latest = ordered[-1]
    recent_start = latest.occurred_on - timedelta(days=window_days)
    before_start = recent_start - timedelta(days=window_days)
    recent = [f for f in ordered if f.occurred_on > recent_start]
    before = [f for f in ordered if before_start < f.occurred_on <= recent_start]
    if len(recent) >= 3 and len(recent) >= 2 * len(before):
        reasons.append(
            f"{len(recent)} in {window_days} days, {len(before)} in the {window_days} before"
        )
        evidence |= {f.incident_id for f in recent + before}
    if not reasons:
        return []
    return [
        Finding(
            rule=ESCALATION,
            key=f"s{subject_id}",
            incident_ids=frozenset(evidence),
            summary="Escalating: " + "; ".join(reasons),
            subject_id=subject_id,
        )
    ]


def several_targets(
    subject_id: int, facts: Sequence[Fact], *, window_days: int, minimum: int
) -> list[Finding]:
    if not facts:
        return []
    latest = max(f.occurred_on for f in facts)
    recent = [f for f in facts if (latest - f.occurred_on).days <= window_days]
    targets = {f.councillor_id for f in recent}
    if len(targets) < minimum:
        return []
    return [
        Finding(
            rule=SEVERAL_TARGETS,
            key=f"s{subject_id}",
            incident_ids=frozenset(f.incident_id for f in recent),
            summary=f"{len(targets)} councillors targeted within {window_days} days",
            subject_id=subject_id,
        )
    ]


def pile_on(
    councillor_id: int,
    facts_with_senders: Sequence[tuple[Fact, str]],
    *,
    hours: int,
    min_senders: int,
) -> list[Finding]:
    """Many distinct senders against one councillor within a few hours.

    Overlapping busy windows join into one pile-on; its key is its first incident, and
    ``patterns.py`` also matches a re-computed pile-on to an existing alert that shares incidents.
    """
    ordered = sorted(facts_with_senders, key=lambda p: (p[0].occurred_at, p[0].incident_id))
    span = timedelta(hours=hours)
    clusters: list[set[int]] = []
    start = 0
    senders_in_window: dict[str, int] = defaultdict(int)
    for end, (fact, sender) in enumerate(ordered):
        senders_in_window[sender] += 1
        while fact.occurred_at - ordered[start][0].occurred_at > span:
            dropped = ordered[start][1]
            senders_in_window[dropped] -= 1
            if senders_in_window[dropped] == 0:
                del senders_in_window[dropped]
            start += 1
        if len(senders_in_window) >= min_senders:
            window = {p[0].incident_id for p in ordered[start : end + 1]}
            if clusters and clusters[-1] & window:
                clusters[-1] |= window
            else:
                clusters.append(window)
    findings = []
    for cluster in clusters:
        senders = {s for f, s in ordered if f.incident_id in cluster}
        findings.append(
            Finding(
                rule=PILE_ON,
                key=f"c{councillor_id}:i{min(cluster)}",
                incident_ids=frozenset(cluster),
                summary=f"Pile-on: {len(senders)} different senders within {hours} hours",
                councillor_id=councillor_id,
            )
        )
    return findings
