"""Benchmark: the evidence pack of a 50-incident case (PDF, ZIP of originals, manifest).

Each incident carries two evidence files (a screenshot and a saved e-mail) that have been opened
a few times, so every custody list has entries. Prints JSON lines: render_s (target under 15 s on
the 2-core reference machine), the pack's page count, and verify_s for checking it afterwards.
Uses a throw-away SQLite database.
"""

from __future__ import annotations

import datetime
import io
import json
import os
import random
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.test_settings"
os.environ["VAR_DIR"] = tempfile.mkdtemp(prefix="councillor-safety-bench-")
os.environ.setdefault("LOG_LEVEL", "WARNING")

INCIDENTS = int(os.environ.get("BENCH_INCIDENTS", "50"))


def emit(metric: str, value: float) -> None:
    print(
        json.dumps(
            {"bench": "evidence_pack", "metric": metric, "value": value, "backend": "sqlite"}
        )
    )


def main() -> None:
    import django

    django.setup()
    import hashlib

    from django.core.files.base import ContentFile
    from django.core.management import call_command
    from PIL import Image
    from pypdf import PdfReader

    call_command("migrate", verbosity=0)
    from councillor_safety.accounts.models import Council, User
    from councillor_safety.accounts.roles import Role
    from councillor_safety.cases import services
    from councillor_safety.cases.evidence_pack import (
        PDF_NAME,
        build_evidence_pack,
        verify_pack_file,
    )
    from councillor_safety.core.audit import audit_read
    from councillor_safety.incidents.evidence_files import evidence_storage
    from councillor_safety.incidents.models import Evidence, Incident
    from councillor_safety.incidents.taxonomy import Channel, ReportedVia, SenderKnown

    rng = random.Random(7)
    council = Council.objects.create(
        name="Bench Council", slug="bench", reference_prefix="BC", spoc_team_email="s@example.org"
    )
    councillor = User.objects.create(
        council=council, role=Role.COUNCILLOR, username="cllr", first_name="Ada", last_name="Ward"
    )
    officer = User.objects.create(
        council=council,
        role=Role.SPOC_OFFICER,
        username="spoc",
        first_name="Sam",
        last_name="Officer",
    )
    incidents = []
    for n in range(INCIDENTS):
        incident = Incident.objects.create(
            council=council,
            reference=f"BC-2026-{n + 1:05d}",
            councillor=councillor,
            reported_by=councillor,
            reported_via=ReportedVia.ONLINE,
            in_danger=False,
            channel=rng.choice([Channel.EMAIL, Channel.SOCIAL_MEDIA, Channel.PHONE]),
            occurred_on=datetime.date(2026, 1, 1) + datetime.timedelta(days=n * 3),
            sender_known=SenderKnown.KNOWN,
            sender_name="Pat Sender",
            sender_email="pat.sender@example.net",
            description=" ".join(
                rng.choice(
                    [
                        "You",
                        "will",
                        "regret",
                        "this",
                        "vote",
                        "traitor",
                        "we",
                        "know",
                        "where",
                        "you",
                        "live",
                    ]
                )
                for _ in range(60)
            ),
        )
        incidents.append(incident)
        image = io.BytesIO()
        Image.effect_noise((320, 240), 40).convert("RGB").save(image, format="PNG")
        email = f"From: pat.sender@example.net\r\nSubject: message {n}\r\n\r\n{incident.description}\r\n".encode()
        for name, data, kind in (
            ("screenshot.png", image.getvalue(), "image/png"),
            ("message.eml", email, "message/rfc822"),
        ):
            stored = evidence_storage().save(f"{council.pk}/bench", ContentFile(data))
            item = Evidence.objects.create(
                council=council,
                incident=incident,
                stored_name=stored,
                original_name=name,
                content_type=kind,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                uploaded_by=councillor,
            )
            for _ in range(3):
                audit_read(
                    actor=officer, target=item, council=council, action="evidence.downloaded"
                )
    case = services.case_open(
        councillor=councillor,
        incidents=incidents,
        title="Campaign of e-mails",
        summary="",
        owner=officer,
        acting_user=officer,
    )

    started = time.perf_counter()
    pack = build_evidence_pack(case=case, acting_user=officer)
    render_s = time.perf_counter() - started
    with evidence_storage().open(pack.stored_name, "rb") as handle:
        data = handle.read()
    with zipfile.ZipFile(io.BytesIO(data)) as bundle:
        pages = len(PdfReader(io.BytesIO(bundle.read(PDF_NAME))).pages)
    started = time.perf_counter()
    problems = verify_pack_file(io.BytesIO(data))
    verify_s = time.perf_counter() - started
    assert problems == [], problems
    emit("render_s", round(render_s, 2))
    emit("pdf_pages", pages)
    emit("pack_mb", round(len(data) / 1e6, 2))
    emit("verify_s", round(verify_s, 3))


if __name__ == "__main__":
    main()
