"""Pattern alerts: load the facts, run the rules, and store each finding as one alert.

A recompute updates the open alert with the same key instead of raising another; an alert an
officer acknowledged comes back only when new incidents add to it; an open alert whose evidence
has gone (after a split, say) lapses rather than disappearing.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Q

from councillor_safety.accounts.models import Council
from councillor_safety.incidents.models import Incident, IncidentCategory
from councillor_safety.subjects import pattern_rules as rules
from councillor_safety.subjects.models import (
    IncidentLink,
    PatternAlert,
    Subject,
    SubjectIdentifier,
    SubjectSettings,
)
from councillor_safety.subjects.normalisation import Kind
from councillor_safety.subjects.pattern_rules import Fact, Finding

LONDON = ZoneInfo("Europe/London")
SUBJECT_RULES = (
    rules.COURSE_OF_CONDUCT,
    rules.ESCALATION,
    rules.SEVERAL_TARGETS,
    rules.SEVERAL_COUNCILS,
)
SHARED_KINDS = (Kind.EMAIL, Kind.PHONE, Kind.HANDLE)


def settings_for(council_id: int) -> SubjectSettings:
    """The council's settings, or unsaved defaults: reading never writes."""
    found = SubjectSettings.objects.filter(council_id=council_id).first()
    return found if found is not None else SubjectSettings(council_id=council_id)


@dataclass
class Counts:
    raised: int = 0
    updated: int = 0
    lapsed: int = 0


def _facts(incident_filter: Q, *, with_severity: bool = True) -> dict[int, Fact]:
    severities: dict[int, int] = {}
    categories: dict[int, list[str]] = defaultdict(list)
    rows = Incident.objects.filter(incident_filter).values_list(
        "id", "councillor_id", "occurred_on", "occurred_time"
    )
    facts_rows = list(rows)
    ids = [r[0] for r in facts_rows]
    # Chunks keep each IN (...) under SQLite's limit on query parameters.
    for start in range(0, len(ids) if with_severity else 0, 20_000):
        chunk = ids[start : start + 20_000]
        for incident_id, category in IncidentCategory.objects.filter(
            incident_id__in=chunk
        ).values_list("incident_id", "category"):
            categories[incident_id].append(category)
    for incident_id in ids:
        severities[incident_id] = rules.severity_of(categories.get(incident_id, ()))
    return {
        incident_id: Fact(
            incident_id=incident_id,
            councillor_id=councillor_id,
            occurred_on=occurred_on,
            # An unknown time of day counts from the start of that day.
            occurred_at=datetime.combine(occurred_on, occurred_time or time(0), tzinfo=LONDON),
            severity=severities[incident_id],
        )
        for incident_id, councillor_id, occurred_on, occurred_time in facts_rows
    }


def _subject_findings(
    subject_incidents: dict[int, list[int]], facts: dict[int, Fact], config: SubjectSettings
) -> list[Finding]:
    findings: list[Finding] = []
    for subject_id, incident_ids in subject_incidents.items():
        theirs = [facts[i] for i in incident_ids if i in facts]
        findings += rules.course_of_conduct(
            subject_id, theirs, window_days=config.harassment_window_days
        )
        findings += rules.escalation(
            subject_id,
            theirs,
            window_days=config.escalation_window_days,
            history_days=config.harassment_window_days,
        )
        findings += rules.several_targets(
            subject_id,
            theirs,
            window_days=config.harassment_window_days,
            minimum=config.several_targets_min,
        )
    return findings


def _pile_on_findings(
    councillor_ids: Iterable[int],
    facts: dict[int, Fact],
    sender_of: dict[int, int],
    config: SubjectSettings,
) -> list[Finding]:
    by_councillor: dict[int, list[tuple[Fact, str]]] = defaultdict(list)
    wanted = set(councillor_ids)
    for fact in facts.values():
        if fact.councillor_id in wanted:
            subject_id = sender_of.get(fact.incident_id)
            # A report with no identifiable sender counts as a sender of its own.
            sender = f"s{subject_id}" if subject_id is not None else f"i{fact.incident_id}"
            by_councillor[fact.councillor_id].append((fact, sender))
    findings: list[Finding] = []
    for councillor_id, pairs in by_councillor.items():
        findings += rules.pile_on(
            councillor_id, pairs, hours=config.pile_on_hours, min_senders=config.pile_on_min_senders
        )
    return findings


def _several_councils_findings(council_id: int, links: dict[int, list[int]]) -> list[Finding]:
    """The same e-mail, phone or handle in reports to councils that have all agreed to compare."""
    sharing = list(
        SubjectSettings.objects.filter(shares_matching=True).values_list("council_id", flat=True)
    )
    if council_id not in sharing or len(sharing) < 2:
        return []
    ours = SubjectIdentifier.objects.filter(
        council_id=council_id,
        kind__in=SHARED_KINDS,
        is_malformed=False,
        subject__status=Subject.Status.ACTIVE,
    ).values_list("kind", "normalised", "subject_id")
    by_value = {(kind, value): subject_id for kind, value, subject_id in ours}
    if not by_value:
        return []
    elsewhere = (
        SubjectIdentifier.objects.filter(
            council_id__in=[c for c in sharing if c != council_id],
            kind__in=SHARED_KINDS,
            is_malformed=False,
            normalised__in={value for _, value in by_value},
        )
        .values_list("kind", "normalised", "council__name")
        .distinct()
    )
    councils: dict[tuple[str, str], set[str]] = defaultdict(set)
    for kind, value, name in elsewhere:
        if (kind, value) in by_value:
            councils[(kind, value)].add(name)
    findings = []
    for (kind, value), names in sorted(councils.items()):
        subject_id = by_value[(kind, value)]
        digest = hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()[:24]
        findings.append(
            Finding(
                rule=rules.SEVERAL_COUNCILS,
                key=f"s{subject_id}:{digest}",
                incident_ids=frozenset(links.get(subject_id, ())),
                summary=f"The same {Kind(kind).value} appears in reports to {', '.join(sorted(names))}"[
                    :300
                ],
                subject_id=subject_id,
            )
        )
    return findings


def _store(
    council_id: int,
    findings: list[Finding],
    existing: list[PatternAlert],
    grow_only: frozenset[str] = frozenset(),
) -> Counts:
    counts = Counts()
    Through = PatternAlert.incidents.through
    evidence: dict[int, set[int]] = defaultdict(set)
    for alert_id, incident_id in Through.objects.filter(
        patternalert_id__in=[a.pk for a in existing]
    ).values_list("patternalert_id", "incident_id"):
        evidence[alert_id].add(incident_id)
    open_by_key = {(a.rule, a.key): a for a in existing if a.status == PatternAlert.Status.OPEN}
    acknowledged: dict[tuple[str, str], list[PatternAlert]] = defaultdict(list)
    for previous in existing:
        if previous.status == PatternAlert.Status.ACKNOWLEDGED:
            acknowledged[(previous.rule, previous.key)].append(previous)
    open_pile_ons = [a for a in open_by_key.values() if a.rule == rules.PILE_ON]
    seen: set[int] = set()
    to_create: list[tuple[PatternAlert, frozenset[int]]] = []
    to_update: list[PatternAlert] = []
    add_rows: list[tuple[int, int]] = []
    remove: dict[int, set[int]] = {}
    for finding in findings:
        alert: PatternAlert | None = open_by_key.get((finding.rule, finding.key))
        if alert is None and finding.rule == rules.PILE_ON:
            # The same pile-on, recomputed after an earlier report arrived late.
            alert = next(
                (
                    a
                    for a in open_pile_ons
                    if a.councillor_id == finding.councillor_id
                    and a.pk not in seen
                    and evidence[a.pk] & finding.incident_ids
                ),
                None,
            )
        if alert is not None:
            seen.add(alert.pk)
            current = evidence[alert.pk]
            wanted = finding.incident_ids
            if alert.rule in grow_only:
                wanted = wanted | current
            if current != wanted or alert.summary != finding.summary:
                alert.summary = finding.summary
                to_update.append(alert)
                add_rows += [(alert.pk, i) for i in wanted - current]
                remove[alert.pk] = current - wanted
                counts.updated += 1
            continue
        if any(
            finding.incident_ids <= evidence[a.pk]
            for a in acknowledged.get((finding.rule, finding.key), [])
        ):
            continue
        to_create.append(
            (
                PatternAlert(
                    council_id=council_id,
                    rule=finding.rule,
                    key=finding.key,
                    subject_id=finding.subject_id,
                    councillor_id=finding.councillor_id,
                    summary=finding.summary,
                    suggests_police_referral=finding.suggests_police_referral,
                ),
                finding.incident_ids,
            )
        )
    lapsing = [a for a in open_by_key.values() if a.pk not in seen and a.rule not in grow_only]
    with transaction.atomic():
        if to_update:
            PatternAlert.objects.bulk_update(to_update, ["summary", "updated_at"])
        for alert_id, gone in remove.items():
            if gone:
                Through.objects.filter(patternalert_id=alert_id, incident_id__in=gone).delete()
        if lapsing:
            PatternAlert.objects.filter(pk__in=[a.pk for a in lapsing]).update(
                status=PatternAlert.Status.LAPSED
            )
            counts.lapsed = len(lapsing)
        created = PatternAlert.objects.bulk_create([a for a, _ in to_create], batch_size=2000)
        if created and created[0].pk is None:
            # Databases that do not return ids from a bulk insert: read them back by key.
            ids = {
                (rule, key): pk
                for rule, key, pk in PatternAlert.objects.filter(
                    council_id=council_id,
                    status=PatternAlert.Status.OPEN,
                    key__in=[a.key for a in created],
                ).values_list("rule", "key", "pk")
            }
            for alert in created:
                alert.pk = ids[(alert.rule, alert.key)]
        add_rows += [
            (alert.pk, i) for alert, (_, ids_) in zip(created, to_create, strict=True) for i in ids_
        ]
        Through.objects.bulk_create(
            [Through(patternalert_id=a, incident_id=i) for a, i in add_rows], batch_size=5000
        )
        counts.raised = len(created)
    return counts


def patterns_recompute(*, council: Council) -> Counts:
    """Every pattern for one council, from scratch; safe to run as often as wanted."""
    config = settings_for(council.pk)
    links: dict[int, list[int]] = defaultdict(list)
    sender_of: dict[int, int] = {}
    for subject_id, incident_id in IncidentLink.objects.filter(
        council=council, subject__status=Subject.Status.ACTIVE
    ).values_list("subject_id", "incident_id"):
        links[subject_id].append(incident_id)
        sender_of.setdefault(incident_id, subject_id)
    facts = _facts(Q(council=council))
    findings = _subject_findings(links, facts, config)
    findings += _pile_on_findings(
        {f.councillor_id for f in facts.values()}, facts, sender_of, config
    )
    findings += _several_councils_findings(council.pk, links)
    existing = list(
        PatternAlert.objects.filter(council=council).exclude(status=PatternAlert.Status.LAPSED)
    )
    return _store(council.pk, findings, existing)


def patterns_recompute_all() -> dict[str, Counts]:
    return {c.name: patterns_recompute(council=c) for c in Council.objects.all()}


def patterns_refresh(
    *,
    council_id: int,
    subject_ids: Iterable[int],
    councillor_id: int | None = None,
    around: date | None = None,
) -> Counts:
    """The patterns one new or re-linked incident can change: its subjects' and its councillor's.

    Pile-ons are looked for only near the incident's date, so here they may grow but never
    shrink or lapse; the full recompute is the one that trims them.
    """
    config = settings_for(council_id)
    subject_ids = set(subject_ids)
    links: dict[int, list[int]] = defaultdict(list)
    for subject_id, incident_id in IncidentLink.objects.filter(
        subject_id__in=subject_ids, subject__status=Subject.Status.ACTIVE
    ).values_list("subject_id", "incident_id"):
        links[subject_id].append(incident_id)
    subject_facts = _facts(Q(pk__in=[i for ids in links.values() for i in ids]))
    findings = _subject_findings(links, subject_facts, config)
    existing = list(
        PatternAlert.objects.filter(
            subject_id__in=subject_ids, council_id=council_id, rule__in=SUBJECT_RULES[:3]
        ).exclude(status=PatternAlert.Status.LAPSED)
    )
    if councillor_id is None or around is None:
        return _store(council_id, findings, existing)
    reach = timedelta(hours=config.pile_on_hours) + timedelta(days=1)
    councillor_facts = _facts(
        Q(
            council_id=council_id,
            councillor_id=councillor_id,
            occurred_on__range=(around - reach, around + reach),
        ),
        with_severity=False,
    )
    sender_of: dict[int, int] = {}
    for incident_id, subject_id in IncidentLink.objects.filter(
        incident_id__in=list(councillor_facts), subject__status=Subject.Status.ACTIVE
    ).values_list("incident_id", "subject_id"):
        sender_of.setdefault(incident_id, subject_id)
    findings += _pile_on_findings([councillor_id], councillor_facts, sender_of, config)
    # Only pile-ons that share an incident with this stretch of time: the others cannot change
    # here, and a busy councillor may have many.
    existing += list(
        PatternAlert.objects.filter(
            councillor_id=councillor_id,
            council_id=council_id,
            rule=rules.PILE_ON,
            incidents__in=list(councillor_facts),
        )
        .exclude(status=PatternAlert.Status.LAPSED)
        .distinct()
    )
    return _store(council_id, findings, existing, grow_only=frozenset({rules.PILE_ON}))
