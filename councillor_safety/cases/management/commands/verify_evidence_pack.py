"""Check an evidence pack ZIP against its manifest, or a case's stored files against their hashes.

    manage.py verify_evidence_pack pack.zip
    manage.py verify_evidence_pack --case NH-C-2026-0001

Exits 0 when every hash matches and 1 with one line per problem otherwise.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from councillor_safety.cases.evidence_pack import verify_pack_file, verify_stored_evidence
from councillor_safety.cases.models import Case


class Command(BaseCommand):
    help = "Recompute the SHA-256 of every file in an evidence pack (or a case's stored evidence)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("pack", nargs="?", help="Path to an evidence pack ZIP")
        parser.add_argument("--case", help="A case reference: check its stored evidence files")

    def handle(self, *args: Any, **options: Any) -> None:
        if bool(options["pack"]) == bool(options["case"]):
            raise CommandError("Give either the path of a pack or --case REFERENCE")
        if options["case"]:
            try:
                case = Case.objects.get(reference=options["case"])
            except Case.DoesNotExist as exc:
                raise CommandError(f"No case {options['case']}") from exc
            problems = verify_stored_evidence(case)
            what = f"stored evidence of {case.reference}"
        else:
            problems = verify_pack_file(Path(options["pack"]))
            what = options["pack"]
        for problem in problems:
            self.stderr.write(f"MISMATCH {problem}")
        if problems:
            raise CommandError(f"{what}: {len(problems)} problem(s) found", returncode=1)
        self.stdout.write(f"OK {what}: every SHA-256 matches")
