from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from councillor_safety.demo.council import DEMO_BACKUP_CODES, DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Create (or refresh) the fictional North Harbour demo council. Only with DEBUG on."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--incidents", type=int, default=200, help="How many incidents to create."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError(
                "The demo council has published passwords, so it can only be loaded with DJANGO_DEBUG=true."
            )
        if options["incidents"] < 0:
            raise CommandError("--incidents must be 0 or more")
        summary = load_demo(incidents=options["incidents"])
        self.stdout.write(
            f"Demo council ready: {summary.council.name}, {summary.users} people, {summary.incidents} incidents.\n"
            f"Sign in as officer / {DEMO_PASSWORD} with backup code {DEMO_BACKUP_CODES[0]} "
            f"(each code works once; run this command again to reset them)."
        )
