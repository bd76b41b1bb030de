"""Evidence packs: complete, hashed, with chain of custody, and checkable afterwards."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from pypdf import PdfReader

from councillor_safety.cases.evidence_pack import (
    MANIFEST_NAME,
    PDF_NAME,
    SUMS_NAME,
    build_evidence_pack,
    verify_pack_file,
)
from councillor_safety.cases.models import EvidencePack
from councillor_safety.cases.tests.factories import case_for
from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.evidence_files import evidence_storage
from councillor_safety.incidents.tests.factories import EvidenceFactory

pytestmark = pytest.mark.django_db


def _write_pack(pack: EvidencePack, folder: Path) -> Path:
    target = folder / "pack.zip"
    with evidence_storage().open(pack.stored_name, "rb") as handle:
        target.write_bytes(handle.read())
    return target


def _alter_member(source: Path, member: str, target: Path) -> None:
    """Rewrite the ZIP with one byte of one member flipped."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == member:
                data = bytes([data[0] ^ 0x01]) + data[1:]
            new.writestr(info, data)


@pytest.fixture
def big_case(councillor, officer, client_for):
    case = case_for(
        councillor, officer, incidents=50, description="Another message calling me a traitor"
    )
    for incident in case.incidents.all():
        item = EvidenceFactory(incident=incident, uploaded_by=councillor)
        client_for(officer).get(reverse("incidents:evidence_download", args=[item.public_id]))
    return case


def test_a_fifty_incident_pack_renders_and_verifies(big_case, officer, tmp_path, capsys):
    pack = build_evidence_pack(case=big_case, acting_user=officer)
    assert (pack.incident_count, pack.evidence_count) == (50, 50)
    path = _write_pack(pack, tmp_path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == pack.sha256
    with zipfile.ZipFile(path) as bundle:
        manifest = json.loads(bundle.read(MANIFEST_NAME))
        assert len(manifest["files"]) == 50
        first = manifest["files"][0]
        assert hashlib.sha256(bundle.read(first["path"])).hexdigest() == first["sha256"]
        assert first["sha256"] == first["recorded_sha256"]
        sums = bundle.read(SUMS_NAME).decode().splitlines()
        assert len(sums) == 51
        assert sums[0].endswith(f"  {PDF_NAME}")
        pdf = PdfReader(io.BytesIO(bundle.read(PDF_NAME)))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert f"Evidence pack: case {big_case.reference}" in text
    assert "Chronology" in text
    assert "Chain of custody" in text
    incident = big_case.incidents.order_by("occurred_on", "created_at").first()
    item = incident.evidence.get()
    assert item.sha256 in text.replace("\n", "")
    # Custody names the upload, the officer's download and this pack.
    assert "evidence.downloaded" in text
    assert "evidence.packed" in text
    assert AuditEvent.objects.filter(action="evidence.packed").count() == 50

    call_command("verify_evidence_pack", str(path))
    assert "every SHA-256 matches" in capsys.readouterr().out


def test_verify_fails_after_one_byte_of_one_file_changes(big_case, officer, tmp_path):
    pack = build_evidence_pack(case=big_case, acting_user=officer)
    path = _write_pack(pack, tmp_path)
    with zipfile.ZipFile(path) as bundle:
        member = json.loads(bundle.read(MANIFEST_NAME))["files"][7]["path"]
    altered = tmp_path / "altered.zip"
    _alter_member(path, member, altered)
    problems = verify_pack_file(altered)
    assert len(problems) == 1
    assert problems[0].startswith(f"{member}: SHA-256")
    with pytest.raises(CommandError, match="1 problem"):
        call_command("verify_evidence_pack", str(altered))


def test_verify_reports_missing_and_extra_files(councillor, officer, tmp_path):
    case = case_for(councillor, officer, incidents=1)
    EvidenceFactory(incident=case.incidents.get())
    path = _write_pack(build_evidence_pack(case=case, acting_user=officer), tmp_path)
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(broken, "w") as new:
        for info in old.infolist():
            if not info.filename.startswith("evidence/"):
                new.writestr(info, old.read(info))
        new.writestr("evidence/extra.txt", b"planted")
    problems = verify_pack_file(broken)
    assert any("missing from the pack" in p for p in problems)
    assert any("extra.txt: in the pack but not in the manifest" in p for p in problems)
    assert verify_pack_file(tmp_path / "nothing.zip")[0].startswith("Not a readable evidence pack")


def test_verify_case_checks_stored_files_against_upload_hashes(councillor, officer):
    case = case_for(councillor, officer, incidents=2)
    items = [EvidenceFactory(incident=i) for i in case.incidents.all()]
    call_command("verify_evidence_pack", case=case.reference)
    path = Path(evidence_storage().path(items[1].stored_name))
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(CommandError, match="1 problem"):
        call_command("verify_evidence_pack", case=case.reference)
    # A pack made from the altered store says so on its cover and in its manifest.
    pack = build_evidence_pack(case=case, acting_user=officer)
    with zipfile.ZipFile(_reopen(pack)) as bundle:
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(bundle.read(PDF_NAME))).pages)
    problems = verify_pack_file(_reopen(pack))
    assert "Integrity warning" in text
    assert any("differed from the hash recorded at upload" in p for p in problems)


def _reopen(pack: EvidencePack) -> io.BytesIO:
    with evidence_storage().open(pack.stored_name, "rb") as handle:
        return io.BytesIO(handle.read())


def test_the_command_needs_a_pack_or_a_case():
    with pytest.raises(CommandError, match="either"):
        call_command("verify_evidence_pack")


def test_making_and_downloading_a_pack_over_http(
    councillor, officer, client_for, django_capture_on_commit_callbacks
):
    case = case_for(councillor, officer, incidents=1)
    EvidenceFactory(incident=case.incidents.get())
    client = client_for(officer)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("cases:pack_create", args=[case.reference])).status_code == 302
    pack = EvidencePack.objects.get(case=case)
    assert pack.status == EvidencePack.Status.READY
    page = client.get(reverse("cases:detail", args=[case.reference])).content.decode()
    assert reverse("cases:pack_download", args=[pack.public_id]) in page
    response = client.get(reverse("cases:pack_download", args=[pack.public_id]))
    assert response.status_code == 200
    assert hashlib.sha256(b"".join(response.streaming_content)).hexdigest() == pack.sha256


def test_a_pack_being_made_is_shown_and_not_asked_for_twice(councillor, officer, client_for):
    case = case_for(councillor, officer, incidents=1)
    client = client_for(officer)
    client.post(reverse("cases:pack_create", args=[case.reference]))  # the task runs after commit
    pack = EvidencePack.objects.get(case=case)
    assert pack.status == EvidencePack.Status.PREPARING
    again = client.post(reverse("cases:pack_create", args=[case.reference]), follow=True)
    assert "already being made" in again.content.decode()
    assert EvidencePack.objects.filter(case=case).count() == 1
    assert "Being made" in again.content.decode()
    assert client.get(reverse("cases:pack_download", args=[pack.public_id])).status_code == 404


def test_a_failed_build_is_shown_and_can_be_asked_for_again(
    councillor, officer, client_for, django_capture_on_commit_callbacks, monkeypatch
):
    from councillor_safety.cases import tasks

    def broken(pack):
        raise OSError("disk full")

    monkeypatch.setattr(tasks, "pack_complete", broken)
    case = case_for(councillor, officer, incidents=1)
    client = client_for(officer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("cases:pack_create", args=[case.reference]))
    pack = EvidencePack.objects.get(case=case)
    assert pack.status == EvidencePack.Status.FAILED
    assert (
        "Could not be made"
        in client.get(reverse("cases:detail", args=[case.reference])).content.decode()
    )
    monkeypatch.undo()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("cases:pack_create", args=[case.reference]))
    assert EvidencePack.objects.filter(case=case, status=EvidencePack.Status.READY).count() == 1
