"""The permissions matrix for cases, letters, police shares, evidence packs and the case library.

Police see shared cases only (through the share, never the case); councillors their own case's
plain view only; committee members, wellbeing leads and administrators no case at all (the
committee sees referred incidents in its own redacted pages). Expectations are written out here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.cases import services
from councillor_safety.cases.models import (
    AdviceArticle,
    Case,
    CouncilAction,
    EvidencePack,
    Letter,
    LetterTemplate,
    PoliceShare,
)
from councillor_safety.cases.taxonomy import ActionKind, LawfulBasis, LetterStatus, SharedField
from councillor_safety.cases.tests.factories import DESIST_BODY
from councillor_safety.incidents.evidence_files import evidence_storage
from councillor_safety.incidents.tests.factories import EvidenceFactory, IncidentFactory
from tests.test_permissions_matrix import ACTORS, OWNERS

READERS = {"spoc_officer", "senior_manager", "monitoring_officer"}
MANAGERS = {"spoc_officer", "senior_manager"}


def _reads(actor: str, owner: str) -> bool:
    if owner == "other_council":
        return actor == "other_council_officer"
    return actor in READERS


def _manages(actor: str, owner: str) -> bool:
    if owner == "other_council":
        return actor == "other_council_officer"
    return actor in MANAGERS


def staff_read(actor: str, owner: str) -> set[int]:
    return {200} if _reads(actor, owner) else {404}


def manager_write(actor: str, owner: str) -> set[int]:
    if _manages(actor, owner):
        return {200, 302}
    return {403} if _reads(actor, owner) else {404}


def reader_action(actor: str, owner: str) -> set[int]:
    # Approving is checked against the template's signatory inside: others get a message.
    return {302} if _reads(actor, owner) else {404}


def case_page(actor: str, owner: str) -> set[int]:
    if actor == "councillor" and owner == "own":
        return {200}
    if actor == "other_councillor" and owner == "other":
        return {200}
    if actor == "other_council_councillor" and owner == "other_council":
        return {200}
    return staff_read(actor, owner)


def police(actor: str, owner: str) -> set[int]:
    return {200, 302} if actor == "police_liaison" and owner != "other_council" else {404}


def library(actor: str, owner: str) -> set[int]:
    return {200} if actor == "administrator" and owner != "other_council" else {404}


OBJECT_ROUTES: dict[str, tuple[str, Callable[[str, str], set[int]]]] = {
    "cases:detail": ("get", case_page),
    "cases:add_incidents": ("post", manager_write),
    "cases:transition": ("post", manager_write),
    "cases:next_update": ("post", manager_write),
    "cases:task_add": ("post", manager_write),
    "cases:task_done": ("post", manager_write),
    "cases:note": ("post", manager_write),
    "cases:action_new": ("get", manager_write),
    "cases:action_move": ("post", manager_write),
    "cases:letter_new": ("get", manager_write),
    "cases:share_new": ("get", manager_write),
    "cases:pack_create": ("post", manager_write),
    "cases:letter": ("get", staff_read),
    "cases:letter_submit": ("post", manager_write),
    "cases:letter_sent": ("post", manager_write),
    "cases:letter_approve": ("post", reader_action),
    "cases:letter_return": ("post", reader_action),
    "cases:letter_file": ("get", staff_read),
    "cases:share": ("get", manager_write),
    "cases:share_revoke": ("post", manager_write),
    "cases:share_reply": ("post", manager_write),
    "cases:pack_download": ("get", staff_read),
    "cases:police_share": ("get", police),
    "cases:police_add": ("post", police),
    "cases:police_evidence": ("get", police),
    "cases:template_edit": ("get", library),
    "cases:advice_edit": ("get", library),
}
LIST_ROUTES: dict[str, set[str]] = {
    "cases:list": READERS | {"other_council_officer"},
    "cases:open": MANAGERS | {"other_council_officer"},
    "cases:liaison": MANAGERS | {"other_council_officer"},
    "cases:liaison_pack": MANAGERS | {"other_council_officer"},
    "cases:police_home": {"police_liaison"},
    "cases:library": {"administrator"},
    "cases:template_new": {"administrator"},
    "cases:advice_new": {"administrator"},
}
POST_LIST_ROUTES = {"cases:liaison_meeting": MANAGERS | {"other_council_officer"}}
ROUTES = set(OBJECT_ROUTES) | set(LIST_ROUTES) | set(POST_LIST_ROUTES)


@dataclass
class Bundle:
    case: Case
    letter: Letter
    share: PoliceShare
    pack: EvidencePack
    action: CouncilAction
    template: LetterTemplate
    advice: AdviceArticle
    evidence_id: Any
    task_id: int


def _stored(council_id: int, data: bytes) -> tuple[str, str]:
    name = evidence_storage().save(f"{council_id}/matrix", ContentFile(data))
    return str(name), hashlib.sha256(data).hexdigest()


def _bundle(councillor, officer, police_officer, admin) -> Bundle:
    incident = IncidentFactory(councillor=councillor)
    evidence = EvidenceFactory(incident=incident)
    case = services.case_open(
        councillor=councillor,
        incidents=[incident],
        title="t",
        summary="",
        owner=officer,
        acting_user=officer,
    )
    template = services.template_save(
        council=councillor.council,
        name=f"Desist {councillor.username}",
        purpose=ActionKind.DESIST_LETTER,
        signatory="monitoring_officer",
        signatory_title="Monitoring Officer",
        body=DESIST_BODY,
        is_active=True,
        acting_user=admin,
    )
    letter = services.letter_draft(
        case=case, template=template, recipient_name="P", recipient_address="A", acting_user=officer
    )
    pdf_name, pdf_sha = _stored(case.council_id, b"%PDF-1.7 letter")
    Letter.objects.filter(pk=letter.pk).update(
        status=LetterStatus.AWAITING_APPROVAL, pdf_name=pdf_name, pdf_sha256=pdf_sha
    )
    share = services.share_create(
        case=case,
        officer=police_officer,
        lawful_basis=LawfulBasis.CRIME_PREVENTION,
        basis_detail="Investigation",
        fields=[SharedField.DESCRIPTION],
        incidents=[incident],
        evidence=[evidence],
        notes=[],
        acting_user=officer,
    )
    zip_name, zip_sha = _stored(case.council_id, b"PK zip")
    pack = EvidencePack.objects.create(
        case=case,
        status=EvidencePack.Status.READY,
        stored_name=zip_name,
        sha256=zip_sha,
        size=6,
        incident_count=1,
        evidence_count=1,
        created_by=officer,
    )
    action = services.action_add(
        case=case,
        kind=ActionKind.LEGAL,
        started_on=case.created_at.date(),
        detail="",
        acting_user=officer,
    )
    task = services.task_add(
        case=case,
        title="Call",
        assignee=officer,
        due_on=case.created_at.date(),
        acting_user=officer,
    )
    return Bundle(
        case=case,
        letter=letter,
        share=share,
        pack=pack,
        action=action,
        template=template,
        advice=AdviceArticle.objects.filter(council=case.council).first(),  # type: ignore[arg-type]
        evidence_id=evidence.public_id,
        task_id=task.pk,
    )


@pytest.fixture
def bundles(cast) -> dict[str, Bundle]:
    other_police = UserFactory(
        council=cast["other_council_officer"].council, role=Role.POLICE_LIAISON, username="pc_b"
    )
    other_admin = UserFactory(
        council=cast["other_council_officer"].council, role=Role.ADMINISTRATOR, username="admin_b"
    )
    return {
        owner: _bundle(
            cast[person],
            cast["other_council_officer"] if owner == "other_council" else cast["spoc_officer"],
            other_police if owner == "other_council" else cast["police_liaison"],
            other_admin if owner == "other_council" else cast["administrator"],
        )
        for owner, person in OWNERS.items()
    }


def _request(route: str, b: Bundle) -> tuple[str, dict[str, Any]]:
    ref = b.case.reference
    args: dict[str, list[Any]] = {
        "cases:transition": [ref, "start_action"],
        "cases:task_done": [ref, b.task_id],
        "cases:action_move": [ref, b.action.pk],
        "cases:letter": [b.letter.public_id],
        "cases:letter_submit": [b.letter.public_id],
        "cases:letter_sent": [b.letter.public_id],
        "cases:letter_approve": [b.letter.public_id],
        "cases:letter_return": [b.letter.public_id],
        "cases:letter_file": [b.letter.public_id, "pdf"],
        "cases:share": [b.share.public_id],
        "cases:share_revoke": [b.share.public_id],
        "cases:share_reply": [b.share.public_id],
        "cases:pack_download": [b.pack.public_id],
        "cases:police_share": [b.share.public_id],
        "cases:police_add": [b.share.public_id],
        "cases:police_evidence": [b.share.public_id, b.evidence_id],
        "cases:template_edit": [b.template.pk],
        "cases:advice_edit": [b.advice.pk],
    }
    data = {
        "cases:note": {"text": "n"},
        "cases:share_revoke": {"reason": "done"},
        "cases:share_reply": {"text": "r"},
        "cases:police_add": {"kind": "advice", "text": "a"},
        "cases:letter_return": {"reason": "r"},
    }.get(route, {})
    return reverse(route, args=args.get(route, [ref])), data


@pytest.mark.django_db
@pytest.mark.parametrize("route", sorted(OBJECT_ROUTES))
@pytest.mark.parametrize("actor", ACTORS)
def test_case_object_urls(bundles, cast, client_for: Callable, route: str, actor: str):
    method, expected = OBJECT_ROUTES[route]
    client = client_for(cast[actor])
    for owner, bundle in bundles.items():
        url, data = _request(route, bundle)
        response = getattr(client, method)(url, data)
        assert response.status_code in expected(actor, owner), (
            actor,
            owner,
            url,
            response.status_code,
        )


@pytest.mark.django_db
@pytest.mark.parametrize("route", sorted(LIST_ROUTES))
@pytest.mark.parametrize("actor", ACTORS)
def test_case_list_pages(bundles, cast, client_for: Callable, route: str, actor: str):
    response = client_for(cast[actor]).get(reverse(route))
    allowed = actor in LIST_ROUTES[route]
    expected = (
        {200}
        if allowed
        else ({403} if actor == "monitoring_officer" and route == "cases:open" else {404})
    )
    assert response.status_code in expected, (actor, route, response.status_code)
    if route == "cases:list" and allowed:
        shown = {
            b.case.reference
            for b in bundles.values()
            if b.case.reference in response.content.decode()
        }
        assert shown == {b.case.reference for o, b in bundles.items() if _reads(actor, o)}


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_recording_a_liaison_meeting(cast, client_for: Callable, actor: str):
    response = client_for(cast[actor]).post(
        reverse("cases:liaison_meeting"), {"held_on": "2026-01-05"}
    )
    assert response.status_code == (
        302 if actor in POST_LIST_ROUTES["cases:liaison_meeting"] else 404
    )


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_only_the_signatory_changes_a_letter_and_only_managers_revoke(
    bundles, cast, client_for: Callable, actor: str
):
    client = client_for(cast[actor])
    for owner, bundle in bundles.items():
        client.post(
            reverse("cases:letter_return", args=[bundle.letter.public_id]), {"reason": "Redo"}
        )
        client.post(
            reverse("cases:share_revoke", args=[bundle.share.public_id]), {"reason": "Stop"}
        )
        bundle.letter.refresh_from_db()
        bundle.share.refresh_from_db()
        assert (bundle.letter.status == LetterStatus.DRAFT) == (
            actor == "monitoring_officer" and owner != "other_council"
        )
        assert (bundle.share.revoked_at is not None) == _manages(actor, owner)
