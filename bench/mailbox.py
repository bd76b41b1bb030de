"""Benchmark: 10,000 messages in a local Dovecot mailbox, fetched, screened and filed.

Prints JSON lines: messages_per_s (target at least 200) and the share quarantined. Each comes
from a resident with a name (Faker's British names, fixed seed), which is screened too. Uses a
throw-away SQLite database and a Dovecot server of its own on loopback.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.test_settings"
os.environ["VAR_DIR"] = tempfile.mkdtemp(prefix="councillor-safety-bench-")
os.environ.setdefault("LOG_LEVEL", "WARNING")

MESSAGES = int(os.environ.get("BENCH_MESSAGES", "10000"))

BENIGN = [
    "When will the bins be collected on Gull Street? They were missed again this week.",
    "Thank you for coming to the residents' meeting last night, it was really helpful.",
    "Could you look into the potholes on Harbour Road before someone is hurt?",
    "I support the new cycle lane and wanted you to know that many of us do.",
    "Please can the library keep its Saturday opening hours.",
    "The streetlight outside number 14 has been out for a fortnight.",
    "I disagree with your vote on the budget, and I will say so at the next election.",
]
ABUSIVE = [
    "You are a useless idiot and a disgrace to this town.",
    "Pathetic corrupt scum, everyone knows you are on the take.",
    "Shut up and resign, nobody wants you here you clown.",
]
THREATS = [
    "I know where you live and you will regret this vote.",
    "Watch your back at the next surgery.",
    "Someone should put petrol through your letterbox.",
]


def build_message(n: int, rng: random.Random, name: str) -> bytes:
    roll = rng.random()
    body = rng.choice(THREATS if roll < 0.02 else ABUSIVE if roll < 0.12 else BENIGN)
    msg = EmailMessage()
    msg["From"] = f"{name} <resident{n}@example.net>"
    msg["To"] = "cllr@northharbour.example"
    msg["Subject"] = f"Message {n}"
    msg["Message-ID"] = f"<bench-{n}@example.net>"
    msg["Date"] = "Sat, 21 Nov 2026 23:30:00 +0000"
    msg.set_content(f"{body}\n\nSent from my phone, message {n}.")
    return bytes(msg).replace(b"\n", b"\r\n")


def fill_maildir(maildir: Path, count: int, uid: int, gid: int) -> None:
    rng = random.Random(20261122)
    names = Faker("en_GB")
    names.seed_instance(20261122)
    new = maildir / "new"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (new / f"{1700000000 + n}.M{n}P1.bench").write_bytes(build_message(n, rng, names.name()))
    for path in [maildir, *maildir.rglob("*")]:
        os.chown(path, uid, gid)


def main() -> None:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    import pwd

    from councillor_safety.accounts.models import Council, User
    from councillor_safety.screening import mailbox_sync
    from councillor_safety.screening.models import MailboxConnection, ScreenedMessage
    from councillor_safety.screening.secrets_box import seal
    from tests import dovecot_server

    server = dovecot_server.start()
    try:
        council = Council.objects.create(
            name="Bench Council",
            slug="bench",
            reference_prefix="BE",
            spoc_team_email="t@example.org",
        )
        admin = User.objects.create(username="bench-admin", council=council, role="administrator")
        account = server.new_account()
        owner = pwd.getpwnam("mail") if os.geteuid() == 0 else pwd.getpwuid(os.geteuid())
        fill_maildir(
            server.root / "home" / account / "Maildir", MESSAGES, owner.pw_uid, owner.pw_gid
        )
        connection = MailboxConnection.objects.create(
            council=council,
            label="bench",
            host=server.host,
            port=server.port,
            security=MailboxConnection.Security.NONE,
            username=account,
            password_sealed=seal(server.password),
            created_by=admin,
        )
        started = time.perf_counter()
        result = mailbox_sync.mailbox_sync(connection_id=connection.pk)
        elapsed = time.perf_counter() - started
        assert result.screened == MESSAGES, result
        quarantined = ScreenedMessage.objects.count()
        for metric, value in (
            ("messages_per_s", round(MESSAGES / elapsed, 1)),
            ("quarantined_share", round(quarantined / MESSAGES, 4)),
            ("seconds", round(elapsed, 2)),
        ):
            print(
                json.dumps(
                    {"bench": "mailbox", "metric": metric, "value": value, "backend": "sqlite"}
                )
            )
    finally:
        server.stop()


if __name__ == "__main__":
    main()
