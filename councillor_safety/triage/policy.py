"""Reading and changing a council's triage policy. Every change is a new, audited version."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction

from councillor_safety.core.audit import audit_record
from councillor_safety.triage.default_policy import DEFAULT_CLOCKS, DEFAULT_RULES
from councillor_safety.triage.models import PolicyVersion, PriorityClock, TriageRule
from councillor_safety.triage.taxonomy import FACTOR_LABELS, URGENCY, ClockKind, Priority
from councillor_safety.triage.working_time import WorkingCalendar

if TYPE_CHECKING:
    from councillor_safety.accounts.models import Council, User

WEEKDAYS = [0, 1, 2, 3, 4]
MAX_CLOCK_MINUTES = 60 * 24 * 90  # a clock longer than 90 days is a typing mistake


@dataclass
class ClockSpec:
    priority: Priority
    kind: str
    acknowledge_minutes: int
    update_minutes: int
    escalate_minutes: int
    default_actions: str


@dataclass
class PolicySpec:
    clocks: list[ClockSpec]
    rules: list[tuple[list[str], Priority]]
    day_start: time = time(9, 0)
    day_end: time = time(17, 0)
    working_weekdays: tuple[int, ...] = tuple(WEEKDAYS)
    bank_holiday_region: str = "ENG"
    aggravation_raises_priority: bool = True
    committee_quorum: int = 3


def default_spec() -> PolicySpec:
    return PolicySpec(
        clocks=[ClockSpec(priority=p, **values) for p, values in DEFAULT_CLOCKS.items()],  # type: ignore[arg-type]
        rules=[(list(factors), priority) for factors, priority in DEFAULT_RULES],
    )


def spec_of(policy: PolicyVersion) -> PolicySpec:
    return PolicySpec(
        clocks=[
            ClockSpec(
                Priority(c.priority),
                c.kind,
                c.acknowledge_minutes,
                c.update_minutes,
                c.escalate_minutes,
                c.default_actions,
            )
            for c in policy.clocks.all()
        ],
        rules=[(list(r.factors), Priority(r.priority)) for r in policy.rules.all()],
        day_start=policy.day_start,
        day_end=policy.day_end,
        working_weekdays=tuple(policy.working_weekdays),
        bank_holiday_region=policy.bank_holiday_region,
        aggravation_raises_priority=policy.aggravation_raises_priority,
        committee_quorum=policy.committee_quorum,
    )


def validate_spec(spec: PolicySpec) -> None:
    """Refuses an impossible policy with messages an administrator can act on."""
    errors: list[str] = []
    by_priority = {c.priority: c for c in spec.clocks}
    if set(by_priority) != set(Priority) or len(spec.clocks) != len(Priority):
        errors.append("Give exactly one clock for each of P1, P2, P3 and P4")
    for clock in spec.clocks:
        for name, value in (
            ("acknowledgement", clock.acknowledge_minutes),
            ("update", clock.update_minutes),
            ("escalation", clock.escalate_minutes),
        ):
            if value <= 0:
                errors.append(
                    f"The {clock.priority.value} {name} clock must be more than 0 minutes"
                )
            elif value > MAX_CLOCK_MINUTES:
                errors.append(f"The {clock.priority.value} {name} clock must be 90 days or less")
        if clock.kind not in ClockKind.values:
            errors.append(
                f"Choose whether the {clock.priority.value} clock runs round the clock or in working hours"
            )
    if Priority.P1 in by_priority and by_priority[Priority.P1].kind != ClockKind.ROUND_THE_CLOCK:
        errors.append("The P1 clock must run round the clock: emergencies happen out of hours")
    for rule_factors, priority in spec.rules:
        if not rule_factors:
            errors.append("Each rule needs at least one fact")
        unknown = [f for f in rule_factors if f not in FACTOR_LABELS]
        if unknown:
            errors.append(f"Unknown fact in a rule: {', '.join(unknown)}")
        if priority not in Priority.values:
            errors.append("Each rule needs a priority from P1 to P4")
    try:
        WorkingCalendar(
            day_start=spec.day_start,
            day_end=spec.day_end,
            weekdays=frozenset(spec.working_weekdays),
            region=spec.bank_holiday_region,
        )
    except ValueError as exc:
        errors.append(str(exc))
    if not 1 <= spec.committee_quorum <= 15:
        errors.append("The committee quorum must be between 1 and 15 members")
    if errors:
        raise ValidationError(errors)


def _create_version(
    *, council: Council, spec: PolicySpec, summary: str, acting_user: User | None
) -> PolicyVersion:
    validate_spec(spec)
    previous = (
        PolicyVersion.objects.select_for_update().filter(council=council, is_current=True).first()
    )
    number = 1 if previous is None else previous.number + 1
    if previous is not None:
        PolicyVersion.objects.filter(pk=previous.pk).update(is_current=False)
    policy = PolicyVersion.objects.create(
        council=council,
        number=number,
        created_by=acting_user,
        change_summary=summary,
        day_start=spec.day_start,
        day_end=spec.day_end,
        working_weekdays=sorted(spec.working_weekdays),
        bank_holiday_region=spec.bank_holiday_region,
        aggravation_raises_priority=spec.aggravation_raises_priority,
        committee_quorum=spec.committee_quorum,
    )
    PriorityClock.objects.bulk_create(
        [
            PriorityClock(
                policy=policy,
                priority=c.priority,
                kind=c.kind,
                acknowledge_minutes=c.acknowledge_minutes,
                update_minutes=c.update_minutes,
                escalate_minutes=c.escalate_minutes,
                default_actions=c.default_actions,
            )
            for c in sorted(spec.clocks, key=lambda c: URGENCY[c.priority])
        ]
    )
    TriageRule.objects.bulk_create(
        [
            TriageRule(policy=policy, factors=list(f), priority=p, position=i)
            for i, (f, p) in enumerate(spec.rules)
        ]
    )
    audit_record(
        actor=acting_user,
        action="triage.policy_changed",
        council=council,
        target=policy,
        summary=f"Version {number}: {summary}"[:300],
    )
    return policy


def policy_current(council: Council) -> PolicyVersion:
    """The policy in force, creating the default one the first time a council needs it."""
    policy = PolicyVersion.objects.filter(council=council, is_current=True).first()
    if policy is not None:
        return policy
    with transaction.atomic():
        existing = (
            PolicyVersion.objects.select_for_update()
            .filter(council=council, is_current=True)
            .first()
        )
        if existing is not None:
            return existing
        return _create_version(
            council=council, spec=default_spec(), summary="Default policy", acting_user=None
        )


def policy_update(
    *, council: Council, spec: PolicySpec, summary: str, acting_user: User
) -> PolicyVersion:
    if not acting_user.is_administrator or acting_user.council_id != council.pk:
        raise ValidationError("Only an administrator of this council can change its triage policy")
    if not summary.strip():
        raise ValidationError("Say what changed and why")
    policy_current(council)
    with transaction.atomic():
        return _create_version(
            council=council, spec=spec, summary=summary.strip(), acting_user=acting_user
        )


def clock_for(policy: PolicyVersion, priority: str) -> PriorityClock:
    return next(c for c in policy.clocks.all() if c.priority == priority)
