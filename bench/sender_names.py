"""Benchmark: are senders' names and handles that are abuse found, and ordinary ones left alone?

A sender chooses the display name a mail comes under, and a commenter their handle, and either
can be the abuse itself ("Watch Your Back Councillor", "@HangTheTraitors"). The service reads
each name as a mail names its sender (`verdicts.name_readings`). Ordinary names are people's
and firms' names drawn by Faker (fixed seeds) in the forms of nine countries whose names
councils meet, councillors' names, and surnames that are group words ("Amir Black", "Jo Gay"):
as names (`ordinary_names_flagged`) and as handles, run together with "@", with "_", and as
sites' own user names (`ordinary_handles_flagged`). Hostile ones are the functional suite's
threatening and abusive cases of at most 60 characters, as display names
(`hostile_names_...`) and as handles in camel case (`hostile_handles_...`): the share flagged
with any label but profanity, and of the threats the share flagged `threat`. Also the ordinary
names read bare, with no frame (`ordinary_names_flagged_bare`), which the frame is for.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.test_settings"
os.environ["VAR_DIR"] = tempfile.mkdtemp(prefix="councillor-safety-bench-")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from faker import Faker  # noqa: E402

from councillor_safety.screening import verdicts  # noqa: E402
from councillor_safety.screening.tests.training_modules import load_training_module  # noqa: E402

LOCALES = ["en_GB", "en_US", "en_IE", "en_IN", "de_DE", "fr_FR", "pl_PL", "es_ES", "it_IT"]
GROUP_SURNAMES = ["Black", "White", "Gay", "English", "Scott", "Welsh", "Irish", "French", "Brown"]


def ordinary_names() -> list[str]:
    names: list[str] = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(1)
        names += [fake.name() for _ in range(600)]
        names += [fake.company() for _ in range(100)]
        names += [f"Cllr {fake.first_name()} {fake.last_name()}" for _ in range(50)]
    fake = Faker("en_GB")
    fake.seed_instance(2)
    names += [f"{fake.first_name()} {surname}" for surname in GROUP_SURNAMES for _ in range(20)]
    return names


def ordinary_handles(names: list[str]) -> list[str]:
    fake = Faker("en_GB")
    fake.seed_instance(3)
    return (
        [fake.user_name() for _ in range(3000)]
        + ["@" + name.replace(" ", "") for name in names[:2000]]
        + [name.replace(" ", "_").lower() for name in names[2000:4000]]
    )


def as_handle(text: str) -> str:
    return "@" + "".join(w.capitalize() for w in re.findall(r"[A-Za-z]+", text))


def main() -> None:
    def emit(metric: str, value: float) -> None:
        print(
            json.dumps(
                {"bench": "sender_names", "metric": metric, "value": value, "backend": "none"}
            )
        )

    def read(names: list[str], framed: bool = True) -> list[list[str]]:
        """The flags each name raises, read as the service reads it, or bare."""
        readings = [verdicts.name_readings(n) if framed else [n] for n in names]
        merged = verdicts.merged_readings(verdicts.screen, readings)
        return [[] if v is None else v.flags for v in merged]

    def harm(flags: list[str]) -> bool:
        return any(f != "profanity" for f in flags)

    cases = [
        c
        for c in load_training_module("functional_suite").build()
        if (c.threat or c.abusive) and len(c.text) <= 60
    ]
    threats = [c.threat for c in cases]
    names = ordinary_names()
    handles = ordinary_handles(names)
    started = time.perf_counter()
    for metric, items in (("ordinary_names", names), ("ordinary_handles", handles)):
        flags = read(items)
        emit(f"{metric}_flagged", round(sum(map(harm, flags)) / len(items), 5))
    emit("names_per_s", round((len(names) + len(handles)) / (time.perf_counter() - started), 1))
    emit("ordinary_names_flagged_bare", round(sum(map(harm, read(names, False))) / len(names), 5))
    for metric, items in (
        ("hostile_names", [c.text for c in cases]),
        ("hostile_handles", [as_handle(c.text) for c in cases]),
    ):
        flags = read(items)
        emit(f"{metric}_flagged", round(sum(map(harm, flags)) / len(items), 3))
        flagged_threat = sum("threat" in f for f, t in zip(flags, threats, strict=True) if t)
        emit(f"{metric}_threats_flagged_threat", round(flagged_threat / sum(threats), 3))


if __name__ == "__main__":
    main()
