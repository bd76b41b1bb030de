"""Fixtures shared by every test: a fixed cast of people in two councils, and sign-in helpers.

Council A (North Harbour) holds almost everyone; council B (Southmere) exists so every access
test can try to reach another council's records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from councillor_safety.accounts.models import Council, User
from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import CouncilFactory, UserFactory
from councillor_safety.incidents.models import Incident
from councillor_safety.incidents.tests.factories import EvidenceFactory, IncidentFactory

# Fixtures for a real IMAP account on the test Dovecot server.
pytest_plugins = ["councillor_safety.screening.tests.mail_fixtures"]


@pytest.fixture(autouse=True)
def evidence_root(tmp_path: Path, settings) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """Each test writes evidence to its own empty folder, so 'nothing left on disk' is checkable."""
    root = tmp_path / "evidence"
    root.mkdir()
    settings.STORAGES = {
        **settings.STORAGES,
        "evidence": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(root), "base_url": None},
        },
    }
    from django.core.files.storage import storages

    storages._storages.pop("evidence", None)  # type: ignore[attr-defined]
    yield root
    storages._storages.pop("evidence", None)  # type: ignore[attr-defined]


@pytest.fixture
def council(db) -> Council:  # type: ignore[no-untyped-def]
    return CouncilFactory(
        name="North Harbour District Council", reference_prefix="NH", slug="north-harbour"
    )


@pytest.fixture
def other_council(db) -> Council:  # type: ignore[no-untyped-def]
    return CouncilFactory(name="Southmere Borough Council", reference_prefix="SM", slug="southmere")


@pytest.fixture
def councillor(council: Council) -> User:
    return UserFactory(
        council=council, role=Role.COUNCILLOR, username="councillor", ward="Quayside"
    )


@pytest.fixture
def other_councillor(council: Council) -> User:
    return UserFactory(
        council=council, role=Role.COUNCILLOR, username="other_councillor", ward="Millbrook"
    )


@pytest.fixture
def officer(council: Council) -> User:
    return UserFactory(council=council, role=Role.SPOC_OFFICER, username="officer")


@pytest.fixture
def manager(council: Council) -> User:
    return UserFactory(council=council, role=Role.SENIOR_MANAGER, username="manager")


@pytest.fixture
def administrator(council: Council) -> User:
    return UserFactory(council=council, role=Role.ADMINISTRATOR, username="administrator")


@pytest.fixture
def other_council_officer(other_council: Council) -> User:
    return UserFactory(council=other_council, role=Role.SPOC_OFFICER, username="other_officer")


@pytest.fixture
def other_council_councillor(other_council: Council) -> User:
    return UserFactory(
        council=other_council, role=Role.COUNCILLOR, username="other_council_councillor"
    )


@pytest.fixture
def cast(council: Council, other_council: Council) -> dict[str, User]:
    """One person per role in council A, plus an officer and a councillor in council B."""
    people = {
        role.value: UserFactory(council=council, role=role, username=role.value) for role in Role
    }
    people["other_councillor"] = UserFactory(
        council=council, role=Role.COUNCILLOR, username="other_councillor"
    )
    people["other_council_officer"] = UserFactory(
        council=other_council, role=Role.SPOC_OFFICER, username="other_council_officer"
    )
    people["other_council_councillor"] = UserFactory(
        council=other_council, role=Role.COUNCILLOR, username="other_council_councillor"
    )
    return people


def verified_client(user: User) -> Client:
    """A client signed in as `user`, with the second factor completed where the role needs it."""
    user.refresh_from_db()  # another fixture may have reset the password of this same person
    client = Client()
    client.force_login(user)
    if user.requires_two_factor:
        device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
        session = client.session
        session["otp_device_id"] = device.persistent_id
        session.save()
    return client


@pytest.fixture
def client_for() -> Callable[[User], Client]:
    return verified_client


@pytest.fixture
def incident(councillor: User) -> Incident:
    return IncidentFactory(councillor=councillor)


@pytest.fixture
def evidence_file(incident: Incident):  # type: ignore[no-untyped-def]
    return EvidenceFactory(incident=incident)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[object]:
    """A real IMAP server (Debian's Dovecot) on a loopback port, for the whole test run."""
    from tests import dovecot_server

    server = dovecot_server.start()
    yield server
    server.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "e2e" in Path(str(item.fspath)).parts:
            item.add_marker(pytest.mark.e2e)
