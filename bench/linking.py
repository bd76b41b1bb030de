"""Benchmark: linking new reports to subjects, and recomputing every pattern alert, at scale.

Builds one council with 100,000 incidents from 20,000 synthetic subjects (bulk inserts, not the
linking service, so set-up stays quick), then measures:

- ``patterns_recompute_s``: every pattern alert recomputed from scratch (target under 60 s), and
  ``patterns_recompute_again_s`` when they already exist;
- ``link_p95_ms``: linking one new report, including the pattern refresh it triggers (target
  under 50 ms at the 95th percentile), over 300 reports: a third exact matches, a third similar
  names, a third new senders.

Runs on SQLite, then on a throw-away PostgreSQL cluster when its server binaries are installed.
Prints one JSON object per line. BENCH_INCIDENTS and BENCH_SUBJECTS scale it down for a quick try.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from datetime import time as dtime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

INCIDENTS = int(os.environ.get("BENCH_INCIDENTS", "100000"))
SUBJECTS = int(os.environ.get("BENCH_SUBJECTS", "20000"))
COUNCILLORS = 40
NEW_REPORTS = 300
FIRST = [
    "gary",
    "sarah",
    "john",
    "emma",
    "david",
    "lucy",
    "mark",
    "helen",
    "paul",
    "karen",
    "steve",
    "claire",
    "ian",
    "joanne",
    "neil",
    "rachel",
    "tony",
    "zoe",
    "dean",
    "amy",
    "kevin",
    "laura",
    "gareth",
    "megan",
    "colin",
    "julie",
    "derek",
    "tracy",
    "simon",
    "nicola",
]
LAST = [
    "pendle",
    "crane",
    "smith",
    "jones",
    "taylor",
    "brown",
    "williams",
    "wilson",
    "johnson",
    "davies",
    "robinson",
    "wright",
    "thompson",
    "evans",
    "walker",
    "white",
    "roberts",
    "green",
    "hall",
    "wood",
    "jackson",
    "clarke",
    "hughes",
    "edwards",
    "harris",
    "lewis",
    "martin",
    "cooper",
    "king",
    "baker",
    "harrison",
    "morgan",
    "allen",
    "james",
    "scott",
    "phillips",
    "watson",
    "davis",
    "parker",
    "price",
    "bennett",
    "young",
    "griffiths",
    "mitchell",
    "kelly",
    "cook",
    "carter",
    "richardson",
    "bailey",
    "collins",
    "bell",
    "shaw",
    "murphy",
    "miller",
    "cox",
    "richards",
    "khan",
    "marshall",
    "anderson",
    "simpson",
    "ellis",
    "adams",
    "singh",
    "begum",
    "wilkinson",
    "foster",
    "chapman",
    "powell",
    "webb",
    "rogers",
    "gray",
    "mason",
    "ali",
    "hunt",
    "hussain",
    "campbell",
    "matthews",
    "owen",
    "palmer",
    "holmes",
    "mills",
    "barnes",
    "knight",
    "lloyd",
    "butler",
    "russell",
    "barker",
    "fisher",
    "stevens",
    "jenkins",
    "murray",
    "dixon",
    "harvey",
]
STREETS = ["gull street", "harbour road", "mill lane", "quay side", "station road", "elm grove"]
CATEGORIES = ["verbal_abuse", "inappropriate_email", "inappropriate_social_media", "threat_of_harm"]


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word))
    return word[:i] + word[i:][::-1][:1] + word[i + 1 :] if len(word) > 3 else word + "e"


def child(backend: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.test_settings"
    os.environ.setdefault("VAR_DIR", tempfile.mkdtemp(prefix="councillor-safety-bench-"))
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    from councillor_safety.accounts.models import Council, User
    from councillor_safety.incidents.models import Incident, IncidentCategory
    from councillor_safety.subjects.linking import incident_link
    from councillor_safety.subjects.models import (
        IdentifierBlock,
        IncidentLink,
        IncidentLinking,
        Subject,
        SubjectIdentifier,
    )
    from councillor_safety.subjects.normalisation import Kind, normalise
    from councillor_safety.subjects.patterns import patterns_recompute

    call_command("migrate", verbosity=0)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode=WAL")
    rng = random.Random(20261122)
    council = Council.objects.create(
        name="Bench District Council",
        slug="bench",
        reference_prefix="BN",
        spoc_team_email="spoc@bench.example",
    )
    councillors = User.objects.bulk_create(
        [
            User(
                username=f"cllr{n}",
                council=council,
                role="councillor",
                password="!",  # noqa: S106 - an unusable password
            )
            for n in range(COUNCILLORS)
        ]
    )
    started = time.perf_counter()

    people = []
    for n in range(SUBJECTS):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        person: dict[str, str] = {
            "sender_name": f"{first.title()} {last.title()}",
            "sender_email": f"{first}.{last}{n}@example.net",
        }
        if rng.random() < 0.5:
            person["sender_phone"] = f"07700 9{n:05d}"
        if rng.random() < 0.4:
            person["sender_social_handle"] = f"@{first}{last}{n}"
        if rng.random() < 0.3:
            person["sender_address"] = (
                f"{rng.randint(1, 200)} {rng.choice(STREETS).title()}, North Harbour "
                f"NH{rng.randint(1, 9)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            )
        people.append(person)

    with transaction.atomic():
        subjects = Subject.objects.bulk_create(
            [Subject(council=council, display_name=p["sender_name"]) for p in people],
            batch_size=2000,
        )
        fields = {
            "sender_name": Kind.NAME,
            "sender_email": Kind.EMAIL,
            "sender_phone": Kind.PHONE,
            "sender_social_handle": Kind.HANDLE,
            "sender_address": Kind.ADDRESS,
        }
        pairs = []
        for subject, person in zip(subjects, people, strict=True):
            for field, kind in fields.items():
                if field in person:
                    item = normalise(kind, person[field])
                    row = SubjectIdentifier(
                        subject=subject,
                        council=council,
                        kind=kind.value,
                        raw=item.raw,
                        normalised=item.value,
                        is_malformed=item.malformed,
                    )
                    pairs.append((row, item))
        SubjectIdentifier.objects.bulk_create([r for r, _ in pairs], batch_size=2000)
        IdentifierBlock.objects.bulk_create(
            [
                IdentifierBlock(identifier_id=r.pk, council=council, key=key)
                for r, item in pairs
                for key in item.blocking_keys
            ],
            batch_size=5000,
        )
        first_day = date(2025, 1, 1)
        incidents = []
        owners = []
        for n in range(INCIDENTS):
            who = rng.randrange(SUBJECTS)
            owners.append(subjects[who])
            person = people[who]
            incidents.append(
                Incident(
                    council=council,
                    reference=f"BN-{n:07d}",
                    councillor=rng.choice(councillors),
                    reported_via="online",
                    in_danger=False,
                    channel="email",
                    occurred_on=first_day + timedelta(days=rng.randrange(700)),
                    occurred_time=dtime(rng.randrange(24), rng.randrange(60)),
                    sender_known="known",
                    description="Synthetic report",
                    **person,
                )
            )
        Incident.objects.bulk_create(incidents, batch_size=2000)
        IncidentCategory.objects.bulk_create(
            [IncidentCategory(incident=i, category=rng.choice(CATEGORIES)) for i in incidents],
            batch_size=5000,
        )
        IncidentLink.objects.bulk_create(
            [
                IncidentLink(incident=i, subject=s, council=council, how="exact")
                for i, s in zip(incidents, owners, strict=True)
            ],
            batch_size=5000,
        )
        IncidentLinking.objects.bulk_create(
            [IncidentLinking(incident=i) for i in incidents], batch_size=5000
        )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(
        f"set-up on {backend}: {INCIDENTS} incidents, {SUBJECTS} subjects in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )

    started = time.perf_counter()
    counts = patterns_recompute(council=council)
    recompute_s = time.perf_counter() - started
    print(f"alerts raised: {counts.raised}", file=sys.stderr)
    started = time.perf_counter()
    patterns_recompute(council=council)
    again_s = time.perf_counter() - started

    if connection.vendor == "postgresql":
        # As autovacuum would after the first recompute's bulk inserts: plans from fresh statistics.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    new_reports = []
    for n in range(NEW_REPORTS):
        person = dict(people[rng.randrange(SUBJECTS)])
        if n % 3 == 1:  # a similar name, reached by another address: a suggestion, not a link
            first, last = person["sender_name"].lower().split()
            person = {"sender_name": f"{first.title()} {typo(last, rng).title()}"}
            person["sender_email"] = f"new{n}@example.org"
        elif n % 3 == 2:  # someone new
            person = {"sender_email": f"brand.new{n}@example.org", "sender_name": f"Newcomer {n}"}
        new_reports.append(
            Incident(
                council=council,
                reference=f"BN-N{n:06d}",
                councillor=rng.choice(councillors),
                reported_via="online",
                in_danger=False,
                channel="email",
                occurred_on=first_day + timedelta(days=700),
                occurred_time=dtime(12, 0),
                sender_known="known",
                description="Synthetic report",
                **person,
            )
        )
    Incident.objects.bulk_create(new_reports)
    timings = []
    profiler = None
    if os.environ.get("BENCH_PROFILE"):
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    for incident in new_reports:
        started = time.perf_counter()
        incident_link(incident_id=incident.pk)
        timings.append((time.perf_counter() - started) * 1000)
    if profiler is not None:
        profiler.disable()
        profiler.print_stats("cumulative")
    p95 = statistics.quantiles(timings, n=20)[-1]
    for metric, value in (
        ("link_p95_ms", round(p95, 1)),
        ("link_median_ms", round(statistics.median(timings), 1)),
        ("patterns_recompute_s", round(recompute_s, 2)),
        ("patterns_recompute_again_s", round(again_s, 2)),
    ):
        print(
            json.dumps(
                {
                    "bench": "linking",
                    "metric": metric,
                    "value": value,
                    "backend": backend,
                    "incidents": INCIDENTS,
                    "subjects": SUBJECTS,
                }
            ),
            flush=True,
        )


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--backend":
        child(sys.argv[2])
        return
    here = str(Path(__file__).resolve())
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    subprocess.run([sys.executable, here, "--backend", "sqlite"], check=True, env=environment)  # noqa: S603
    if not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        print("PostgreSQL server binaries not found: skipping the PostgreSQL run", file=sys.stderr)
        return
    subprocess.run(  # noqa: S603
        [
            "/bin/bash",
            str(ROOT / "scripts" / "with-test-postgres.sh"),
            sys.executable,
            here,
            "--backend",
            "postgresql",
        ],
        check=True,
        env=environment,
        stdout=sys.stdout,
    )


if __name__ == "__main__":
    main()
