"""ASVS 8.2.2: every role × every incident and evidence URL × own, other and other-council records.

Expectations are written out per role rather than derived from the code under test, so a change
to the access rules has to change this table too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from councillor_safety.accounts.roles import Role
from councillor_safety.incidents.models import Incident
from councillor_safety.incidents.tests.factories import EvidenceFactory, IncidentFactory, png_bytes
from tests.urlconf import all_routes

# Who is acting: one person per role, plus people of the other council.
ACTORS = [r.value for r in Role] + ["other_council_officer", "other_council_councillor"]
# Whose record: the acting councillor's own, another councillor's in the same council, another council's.
OWNERS = {
    "own": "councillor",
    "other": "other_councillor",
    "other_council": "other_council_councillor",
}

# What each actor may read, by owner. Anything absent is 404.
READS = {
    "councillor": {"own"},
    "spoc_officer": {"own", "other"},
    "senior_manager": {"own", "other"},
    "monitoring_officer": {"own", "other"},
    "committee_member": set(),
    "police_liaison": set(),
    "wellbeing_lead": set(),
    "administrator": set(),
    "other_council_officer": {"other_council"},
    "other_council_councillor": {"other_council"},
}
# What each actor may change (assign, note, move on). Readable but not changeable is 403.
WRITES = {
    "spoc_officer": {"own", "other"},
    "senior_manager": {"own", "other"},
    "other_council_officer": {"other_council"},
}

OBJECT_ROUTES = {
    "incidents:detail",
    "incidents:assign",
    "incidents:note",
    "incidents:transition",
    "incidents:evidence_download",
    "incidents:report_done",
}
DRAFT_ROUTES = {
    "incidents:report_step",
    "incidents:report_danger",
    "incidents:report_evidence",
    "incidents:report_evidence_remove",
    "incidents:report_check",
}
LIST_ROUTES = {
    # route: roles that get 200
    "incidents:inbox": {
        "spoc_officer",
        "senior_manager",
        "monitoring_officer",
        "other_council_officer",
    },
    "incidents:my_reports": {"councillor", "other_council_councillor"},
    "incidents:report_start": {
        "councillor",
        "spoc_officer",
        "senior_manager",
        "other_council_officer",
        "other_council_councillor",
    },
    "core:audit_log": {"administrator", "senior_manager"},
}


def test_the_matrix_covers_every_route():
    """A new route must be added to one of the tables above (or to the public allowlist)."""
    from tests.test_permissions_anonymous import PUBLIC
    from tests.test_permissions_cases import ROUTES as CASE_ROUTES
    from tests.test_permissions_screening import ROUTES as SCREENING_ROUTES
    from tests.test_permissions_subjects import ROUTES as SUBJECT_ROUTES
    from tests.test_permissions_triage import ROUTES as TRIAGE_ROUTES

    covered = (
        CASE_ROUTES
        | TRIAGE_ROUTES
        | SCREENING_ROUTES
        | SUBJECT_ROUTES
        | (
            OBJECT_ROUTES
            | DRAFT_ROUTES
            | set(LIST_ROUTES)
            | PUBLIC
            | {
                "core:home",
                "accounts:logout",
                "accounts:verify",
                "accounts:two_factor_setup",
                "accounts:backup_codes",
                "accounts:account",
            }
        )
    )
    assert {r.name for r in all_routes()} == covered


@dataclass
class World:
    people: dict
    incidents: dict[str, Incident]
    evidence: dict


@pytest.fixture
def world(cast) -> World:
    incidents = {key: IncidentFactory(councillor=cast[owner]) for key, owner in OWNERS.items()}
    evidence = {key: EvidenceFactory(incident=incident) for key, incident in incidents.items()}
    return World(people=cast, incidents=incidents, evidence=evidence)


def object_request(route: str, world: World, owner: str) -> tuple[str, str, dict]:
    ref = world.incidents[owner].reference
    if route == "incidents:evidence_download":
        return "get", reverse(route, args=[world.evidence[owner].public_id]), {}
    if route == "incidents:transition":
        return "post", reverse(route, args=[ref, "start_review"]), {}
    if route == "incidents:assign":
        return "post", reverse(route, args=[ref]), {"assignee": world.people["spoc_officer"].pk}
    if route == "incidents:note":
        return "post", reverse(route, args=[ref]), {"text": "A note"}
    return "get", reverse(route, args=[ref]), {}


def expected_status(route: str, actor: str, owner: str) -> set[int]:
    readable = owner in READS[actor]
    if route in {"incidents:assign", "incidents:note", "incidents:transition"}:
        if owner in WRITES.get(actor, set()):
            return {302}
        return {403} if readable else {404}
    if route == "incidents:report_done":
        # Without having just sent it, the confirmation redirects to the incident itself.
        return {302} if readable else {404}
    return {200} if readable else {404}


@pytest.mark.django_db
@pytest.mark.parametrize("route", sorted(OBJECT_ROUTES))
@pytest.mark.parametrize("actor", ACTORS)
def test_object_urls(world: World, client_for: Callable, route: str, actor: str):
    client = client_for(world.people[actor])
    for owner in OWNERS:
        method, url, data = object_request(route, world, owner)
        response = getattr(client, method)(url, data)
        assert response.status_code in expected_status(route, actor, owner), (
            actor,
            owner,
            url,
            response.status_code,
        )


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_unchanged_unless_permitted(world: World, client_for: Callable, actor: str):
    client = client_for(world.people[actor])
    for owner, incident in world.incidents.items():
        client.post(reverse("incidents:transition", args=[incident.reference, "start_review"]))
        incident.refresh_from_db()
        assert (incident.status == "under_review") == (owner in WRITES.get(actor, set()))


@pytest.mark.django_db
@pytest.mark.parametrize("route", sorted(LIST_ROUTES))
@pytest.mark.parametrize("actor", ACTORS)
def test_list_pages(world: World, client_for: Callable, route: str, actor: str):
    response = client_for(world.people[actor]).get(reverse(route))
    assert response.status_code == (200 if actor in LIST_ROUTES[route] else 404)
    if response.status_code == 200 and route in {"incidents:inbox", "incidents:my_reports"}:
        shown = set(re.findall(r"TST-\d{4}-\d{5}", response.content.decode()))
        visible = {world.incidents[o].reference for o in OWNERS if o in READS[actor]}
        if route == "incidents:my_reports":
            visible = {
                world.incidents[o].reference
                for o, owner in OWNERS.items()
                if world.people[owner] == world.people[actor]
            }
        assert shown == visible


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_drafts_belong_to_their_author(world: World, client_for: Callable, actor: str):
    author = world.people["councillor"]
    author_client = client_for(author)
    start = author_client.post(reverse("incidents:report_start"))
    draft_id = re.search(r"/report/([0-9a-f-]+)/", start["Location"]).group(1)
    author_client.post(
        reverse("incidents:report_evidence", args=[draft_id]),
        {"action": "upload", "evidence": [SimpleUploadedFile("a.png", png_bytes())]},
    )
    from councillor_safety.incidents.models import Evidence

    evidence_id = Evidence.objects.get(draft__isnull=False).public_id
    urls = [
        ("get", reverse("incidents:report_step", args=[draft_id, "danger"])),
        ("post", reverse("incidents:report_step", args=[draft_id, "danger"])),
        ("get", reverse("incidents:report_danger", args=[draft_id])),
        ("get", reverse("incidents:report_evidence", args=[draft_id])),
        ("get", reverse("incidents:report_check", args=[draft_id])),
        ("get", reverse("incidents:evidence_download", args=[evidence_id])),
        ("post", reverse("incidents:report_evidence_remove", args=[draft_id, evidence_id])),
    ]
    client = client_for(world.people[actor])
    # Sending the report last: the draft is gone afterwards.
    urls.append(("post", reverse("incidents:report_check", args=[draft_id])))
    for method, url in urls:
        response = getattr(client, method)(url)
        if actor == "councillor":
            assert response.status_code in (200, 302), (url, response.status_code)
        else:
            assert response.status_code == 404, (actor, url, response.status_code)
