from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from councillor_safety.triage.tasks import tick


class Command(BaseCommand):
    help = "Queue the clock tick (escalations, reminders, on-call warnings) every interval."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--interval", type=int, default=60, help="Seconds between ticks (default 60)."
        )
        parser.add_argument("--once", action="store_true", help="Queue one tick and exit.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["interval"] < 1:
            self.stderr.write("--interval must be at least 1 second")
            raise SystemExit(2)
        while True:
            tick.enqueue()
            if options["once"]:
                return
            time.sleep(options["interval"])
