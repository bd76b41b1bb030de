from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = "Queue each scheduled task (settings.SCHEDULED_TASKS) every interval, for the worker to run."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--interval", type=int, default=60, help="Seconds between ticks (default 60)."
        )
        parser.add_argument("--once", action="store_true", help="Queue one round and exit.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["interval"] < 1:
            raise CommandError("--interval must be at least 1 second")
        tasks = [import_string(path) for path in settings.SCHEDULED_TASKS]
        while True:
            for task in tasks:
                task.enqueue()
            if options["once"]:
                return
            time.sleep(options["interval"])
