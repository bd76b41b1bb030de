"""Cases: opening, incidents, every transition, tasks, notes and council actions."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.cases import selectors, services
from councillor_safety.cases.models import ActionChange, AdviceArticle, Case, CaseEvent
from councillor_safety.cases.services import CaseRuleBroken
from councillor_safety.cases.states import (
    ACTION_FLOWS,
    CASE_TRANSITIONS,
    initial_status,
    next_statuses,
    plain_words,
)
from councillor_safety.cases.taxonomy import ActionKind, ActionStatus, CaseStatus
from councillor_safety.cases.tests.factories import case_for
from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.tests.factories import IncidentFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


def test_opening_a_case_numbers_it_links_incidents_and_audits(councillor, officer):
    first = case_for(councillor, officer)
    second = case_for(councillor, officer, incidents=1)
    year = timezone.now().year
    assert first.reference == f"NH-C-{year}-0001"
    assert second.reference == f"NH-C-{year}-0002"
    assert first.incidents.count() == 2
    assert first.status == CaseStatus.OPEN
    assert AuditEvent.objects.filter(action="case.opened", object_id=str(first.pk)).exists()
    assert CaseEvent.objects.get(case=first).what == "Case opened"


def test_case_numbers_do_not_take_incident_numbers(councillor, officer):
    from councillor_safety.incidents.services import allocate_number

    case_for(councillor, officer)
    assert allocate_number(council=councillor.council, series="incident", year=2030) == 1


def test_a_case_holds_one_councillors_incidents(councillor, other_councillor, officer):
    theirs = IncidentFactory(councillor=other_councillor)
    with pytest.raises(CaseRuleBroken, match="reported by another councillor"):
        services.case_open(
            councillor=councillor,
            incidents=[IncidentFactory(councillor=councillor), theirs],
            title="t",
            summary="",
            owner=officer,
            acting_user=officer,
        )
    assert not Case.objects.exists()


def test_a_case_needs_an_incident_and_an_officer_owner(councillor, officer):
    with pytest.raises(CaseRuleBroken, match="at least one incident"):
        services.case_open(
            councillor=councillor,
            incidents=[],
            title="t",
            summary="",
            owner=officer,
            acting_user=officer,
        )
    with pytest.raises(CaseRuleBroken, match="owner"):
        services.case_open(
            councillor=councillor,
            incidents=[IncidentFactory(councillor=councillor)],
            title="t",
            summary="",
            owner=councillor,
            acting_user=officer,
        )


def test_other_councils_incidents_are_refused(councillor, officer, other_council_councillor):
    with pytest.raises(CaseRuleBroken):
        services.case_open(
            councillor=councillor,
            incidents=[IncidentFactory(councillor=other_council_councillor)],
            title="t",
            summary="",
            owner=officer,
            acting_user=officer,
        )


def test_adding_incidents_skips_none_and_refuses_duplicates(councillor, officer):
    case = case_for(councillor, officer)
    extra = IncidentFactory(councillor=councillor)
    assert services.case_add_incidents(case=case, incidents=[extra], acting_user=officer) == 1
    with pytest.raises(CaseRuleBroken, match="already in this case"):
        services.case_add_incidents(case=case, incidents=[extra], acting_user=officer)
    assert case.incidents.count() == 3


def test_similar_open_cases_match_councillor_and_sender(councillor, other_councillor, officer):
    same_councillor = case_for(councillor, officer, incidents=1)
    same_sender = case_for(other_councillor, officer, incidents=1, sender_email="Troll@Example.com")
    closed = case_for(other_councillor, officer, incidents=1, sender_email="troll@example.com")
    services.case_transition(
        case=closed, transition_name="close", reason="done", acting_user=officer
    )
    unrelated = case_for(other_councillor, officer, incidents=1, sender_email="someone@else.org")
    new = IncidentFactory(councillor=councillor, sender_email="troll@example.com")
    found = set(
        selectors.similar_open_cases(
            council_id=councillor.council_id, councillor_id=councillor.pk, incidents=[new]
        )
    )
    assert found == {same_councillor, same_sender}
    assert unrelated not in found


# Every (status, transition) pair: allowed ones move, the rest are refused and change nothing.
PAIRS = [(status, name) for status in CaseStatus for name in CASE_TRANSITIONS]


@pytest.mark.parametrize(("status", "name"), PAIRS)
def test_every_case_transition(councillor, officer, status, name):
    case = case_for(councillor, officer, incidents=1)
    Case.objects.filter(pk=case.pk).update(status=status)
    case.refresh_from_db()
    transition = CASE_TRANSITIONS[name]
    if status in transition.sources:
        services.case_transition(
            case=case, transition_name=name, reason="Because", acting_user=officer
        )
        case.refresh_from_db()
        assert case.status == transition.target
        assert (case.closed_at is not None) == (transition.target == CaseStatus.CLOSED)
    else:
        with pytest.raises(CaseRuleBroken, match="cannot be moved"):
            services.case_transition(
                case=case, transition_name=name, reason="Because", acting_user=officer
            )
        case.refresh_from_db()
        assert case.status == status


@pytest.mark.parametrize("name", [n for n, t in CASE_TRANSITIONS.items() if t.needs_reason])
def test_closing_and_reopening_need_a_reason(councillor, officer, name):
    case = case_for(councillor, officer, incidents=1)
    with pytest.raises(CaseRuleBroken, match="Enter a reason"):
        services.case_transition(case=case, transition_name=name, reason="  ", acting_user=officer)


def test_unknown_transition_is_refused(councillor, officer):
    case = case_for(councillor, officer, incidents=1)
    with pytest.raises(CaseRuleBroken, match="not an action"):
        services.case_transition(
            case=case, transition_name="delete", reason="", acting_user=officer
        )


def test_tasks_are_assigned_to_officers_and_done_once(councillor, officer, manager):
    case = case_for(councillor, officer, incidents=1)
    with pytest.raises(CaseRuleBroken, match="officer of this council"):
        services.task_add(
            case=case, title="Call", assignee=councillor, due_on=TODAY(), acting_user=officer
        )
    task = services.task_add(
        case=case,
        title="Call the sender's MP",
        assignee=manager,
        due_on=TODAY() - datetime.timedelta(days=1),
        acting_user=officer,
    )
    assert task.is_overdue
    services.task_complete(task=task, acting_user=manager)
    assert task.done_by == manager
    assert not task.is_overdue
    with pytest.raises(CaseRuleBroken, match="already done"):
        services.task_complete(task=task, acting_user=manager)


def test_next_update_cannot_be_in_the_past(councillor, officer):
    case = case_for(councillor, officer, incidents=1)
    with pytest.raises(CaseRuleBroken):
        services.case_set_next_update(
            case=case, on=TODAY() - datetime.timedelta(days=1), acting_user=officer
        )
    services.case_set_next_update(
        case=case, on=TODAY() + datetime.timedelta(days=7), acting_user=officer
    )
    case.refresh_from_db()
    assert case.next_update_due == TODAY() + datetime.timedelta(days=7)


# --- council actions ---


def _add(case, kind, officer, **extra):
    return services.action_add(
        case=case, kind=kind, started_on=TODAY(), detail="", acting_user=officer, **extra
    )


def test_advice_comes_from_the_library(councillor, officer, other_council):
    case = case_for(councillor, officer, incidents=1)
    with pytest.raises(CaseRuleBroken, match="advice"):
        _add(case, ActionKind.ADVICE, officer)
    article = AdviceArticle.objects.filter(council=councillor.council).first()
    assert article is not None, "each council starts with the standard advice library"
    action = _add(case, ActionKind.ADVICE, officer, advice=[article])
    assert action.status == ActionStatus.DONE
    assert action.completed_on == TODAY()
    other = AdviceArticle.objects.exclude(council=councillor.council).first()
    assert other is not None
    with pytest.raises(CaseRuleBroken, match="this council's library"):
        _add(case, ActionKind.ADVICE, officer, advice=[other])


def test_single_point_of_contact_names_an_officer(councillor, officer):
    case = case_for(councillor, officer, incidents=1)
    with pytest.raises(CaseRuleBroken, match="one officer"):
        _add(case, ActionKind.SINGLE_CONTACT, officer)
    action = _add(case, ActionKind.SINGLE_CONTACT, officer, named_officer=officer)
    assert action.named_officer == officer


def test_takedown_names_the_platform(councillor, officer):
    case = case_for(councillor, officer, incidents=1)
    with pytest.raises(CaseRuleBroken, match="platform"):
        _add(case, ActionKind.TAKEDOWN, officer)
    assert (
        _add(case, ActionKind.TAKEDOWN, officer, platform="Facebook").status
        == ActionStatus.REQUESTED
    )


def test_actions_cannot_start_in_the_future_or_on_a_closed_case(councillor, officer):
    case = case_for(councillor, officer, incidents=1)
    with pytest.raises(CaseRuleBroken, match="today or in the past"):
        services.action_add(
            case=case,
            kind=ActionKind.LEGAL,
            started_on=TODAY() + datetime.timedelta(days=1),
            detail="",
            acting_user=officer,
        )
    services.case_transition(
        case=case, transition_name="close", reason="Resolved", acting_user=officer
    )
    with pytest.raises(CaseRuleBroken, match="Reopen"):
        _add(case, ActionKind.LEGAL, officer)


ACTION_PAIRS = [
    (kind, start, target)
    for kind, (_initial, flow) in ACTION_FLOWS.items()
    for start in ActionStatus
    for target in ActionStatus
    if start in flow or start == _initial
]


@pytest.mark.parametrize(("kind", "start", "target"), ACTION_PAIRS)
def test_every_action_status_change(councillor, officer, kind, start, target):
    case = case_for(councillor, officer, incidents=1)
    extra = {"named_officer": officer} if kind == ActionKind.SINGLE_CONTACT else {}
    if kind == ActionKind.TAKEDOWN:
        extra = {"platform": "X"}
    if kind == ActionKind.ADVICE:
        extra = {"advice": list(AdviceArticle.objects.filter(council=case.council)[:1])}
    action = _add(case, kind, officer, **extra)
    type(action).objects.filter(pk=action.pk).update(status=start)
    action.refresh_from_db()
    allowed = target in next_statuses(kind, start)
    if allowed:
        services.action_move(
            action=action, to_status=target, on=TODAY(), note="n", acting_user=officer
        )
        action.refresh_from_db()
        assert action.status == target
        assert ActionChange.objects.filter(
            action=action, from_status=start, to_status=target
        ).exists()
    else:
        with pytest.raises(CaseRuleBroken):
            services.action_move(
                action=action, to_status=target, on=TODAY(), note="", acting_user=officer
            )
        action.refresh_from_db()
        assert action.status == start


def test_injunction_lifecycle_with_repeated_breaches(councillor, officer):
    case = case_for(councillor, officer, incidents=1)
    action = _add(case, ActionKind.INJUNCTION, officer)
    assert action.status == initial_status(ActionKind.INJUNCTION) == ActionStatus.PLANNED
    for status in ("applied", "granted", "breached", "breached"):
        services.action_move(
            action=action, to_status=status, on=TODAY(), note="", acting_user=officer
        )
    assert [c.to_status for c in action.changes.all()] == [
        "planned",
        "applied",
        "granted",
        "breached",
        "breached",
    ]
    assert "breached" in plain_words(action.kind, action.status)


def test_action_dates_must_be_after_the_start(councillor, officer):
    case = case_for(councillor, officer, incidents=1)
    action = _add(case, ActionKind.LEGAL, officer)
    with pytest.raises(CaseRuleBroken, match="between"):
        services.action_move(
            action=action,
            to_status="done",
            on=TODAY() - datetime.timedelta(days=3),
            note="",
            acting_user=officer,
        )


@pytest.mark.parametrize("kind", list(ActionKind))
def test_every_action_has_plain_words_for_every_status(kind):
    for status in ActionStatus:
        words = plain_words(kind, status)
        assert words.endswith(".")
        assert "internal" not in words.lower()


def test_the_councillor_view_shows_actions_in_plain_words_not_notes(
    councillor, officer, client_for
):
    case = case_for(councillor, officer, incidents=1)
    services.note_add(case=case, text="Sender known to police; internal only", acting_user=officer)
    action = _add(
        case,
        ActionKind.TAKEDOWN,
        officer,
        platform="Facebook",
        content_url="https://facebook.example/p/1",
    )
    services.action_move(
        action=action,
        to_status="taken_down",
        on=TODAY(),
        note="Removed at 14:00",
        acting_user=officer,
    )
    services.case_set_next_update(
        case=case, on=TODAY() + datetime.timedelta(days=3), acting_user=officer
    )
    response = client_for(councillor).get(f"/cases/{case.reference}/")
    text = response.content.decode()
    assert response.status_code == 200
    assert "The platform removed the content." in text
    assert (TODAY() + datetime.timedelta(days=3)).strftime("%-d %B %Y") in text
    for secret in ("internal only", "Removed at 14:00", "facebook.example", "Timeline"):
        assert secret not in text


def test_officer_must_belong_to_council(councillor, officer, other_council_officer):
    case = case_for(councillor, officer, incidents=1)
    with pytest.raises(CaseRuleBroken):
        _add(case, ActionKind.SINGLE_CONTACT, officer, named_officer=other_council_officer)
    wellbeing = UserFactory(council=councillor.council, role=Role.WELLBEING_LEAD, username="wb")
    with pytest.raises(CaseRuleBroken):
        services.task_add(
            case=case, title="x", assignee=wellbeing, due_on=TODAY(), acting_user=officer
        )


def test_similar_cases_include_the_same_subject_under_other_spellings(
    councillor, other_councillor, officer
):
    from councillor_safety.subjects.linking import incident_link

    earlier = case_for(
        other_councillor, officer, incidents=1, sender_email="Pat.Sender+news@gmail.com"
    )
    incident_link(incident_id=earlier.incidents.get().pk)
    new = IncidentFactory(councillor=councillor, sender_email="patsender@googlemail.com")
    incident_link(incident_id=new.pk)
    found = selectors.similar_open_cases(
        council_id=councillor.council_id, councillor_id=None, incidents=[new]
    )
    assert list(found) == [earlier]


def test_advice_given_twice_is_listed_once_for_the_councillor(councillor, officer):
    case = case_for(councillor, officer, incidents=1)
    article = AdviceArticle.objects.filter(council=councillor.council).first()
    _add(case, ActionKind.ADVICE, officer, advice=[article])
    _add(case, ActionKind.ADVICE, officer, advice=[article])
    assert selectors.councillor_view(case)["advice"] == [article]
