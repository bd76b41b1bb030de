"""A P1 reported at 23:30 on a Saturday, through the real queue, worker, scheduler, SMTP and Notify.

The mail server is aiosmtpd listening on loopback; GOV.UK Notify is a small HTTP server on
loopback that answers as Notify's API does. Nothing is mocked inside the service.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.incidents.tests.test_reporting_journey import (
    ANSWERS,
    answer_all,
    start_draft,
)
from councillor_safety.triage import services
from councillor_safety.triage.models import IncidentTriage, Page
from councillor_safety.triage.working_time import LONDON

SATURDAY_2330 = datetime(2026, 11, 21, 23, 30, tzinfo=LONDON)


@pytest.fixture
def notify(settings) -> Iterator[list[dict]]:
    received: list[dict] = []

    class FakeNotify(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            received.append(
                {"path": self.path, "auth": self.headers.get("Authorization", ""), **body}
            )
            self.send_response(201)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(
                json.dumps(
                    {
                        "id": "740e5834-3a29-46b4-9a6f-16142fde533a",
                        "reference": body.get("reference"),
                    }
                ).encode()
            )

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), FakeNotify)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.NOTIFY_API_KEY = (
        "test_key-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0"
    )
    settings.NOTIFY_SMS_TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a"
    settings.NOTIFY_BASE_URL = f"http://127.0.0.1:{server.server_port}"
    yield received
    server.shutdown()


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


def run_worker() -> None:
    call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_a_saturday_night_p1_pages_on_call_then_escalates(
    council, councillor, smtp, notify, database_queue, client_for
):
    on_call = UserFactory(
        council=council, role=Role.SPOC_OFFICER, username="on_call", phone="07700900123"
    )
    manager = UserFactory(council=council, role=Role.SENIOR_MANAGER, username="duty_manager")
    rota_keeper = UserFactory(council=council, role=Role.ADMINISTRATOR, username="rota_keeper")
    services.shift_add(
        council=council,
        officer=on_call,
        starts_at=SATURDAY_2330 - timedelta(hours=6),
        ends_at=SATURDAY_2330 + timedelta(hours=10),
        acting_user=rota_keeper,
    )

    with time_machine.travel(SATURDAY_2330, tick=False):
        client = client_for(councillor)
        draft_id = start_draft(client)
        answers = [("danger", {"in_danger": "yes"}), *ANSWERS[1:]]
        answer_all(client, draft_id, answers)
        client.post(reverse("incidents:report_check", args=[draft_id]))
        run_worker()  # the new-report notice, triage, then the page it queues
        run_worker()

    triage = IncidentTriage.objects.get()
    assert triage.priority == "P1"
    to_on_call = [m for rcpt, m in smtp.messages if rcpt == [on_call.email]]
    assert len(to_on_call) == 1
    assert to_on_call[0]["Subject"].startswith("URGENT P1")
    assert [n["phone_number"] for n in notify] == ["07700900123"]
    assert notify[0]["path"] == "/v2/notifications/sms"
    assert notify[0]["auth"].startswith("Bearer ")
    assert triage.incident.reference in notify[0]["personalisation"]["message"]
    assert not [m for rcpt, m in smtp.messages if rcpt == [manager.email]]

    # One scheduler tick before the 15 minutes are up: nothing more.
    with time_machine.travel(SATURDAY_2330 + timedelta(minutes=14), tick=False):
        call_command("run_scheduler", once=True)
        run_worker()
    assert not [m for rcpt, m in smtp.messages if rcpt == [manager.email]]

    # Unacknowledged at 23:46: the next tick escalates to the senior manager.
    with time_machine.travel(SATURDAY_2330 + timedelta(minutes=16), tick=False):
        call_command("run_scheduler", once=True)
        run_worker()
        run_worker()
    escalations = [m for rcpt, m in smtp.messages if rcpt == [manager.email]]
    assert len(escalations) == 1
    assert escalations[0]["Subject"].startswith("ESCALATED")
    assert Page.objects.filter(
        reason="escalation", recipient=manager, emailed_at__isnull=False
    ).exists()


@pytest.mark.django_db(transaction=True)
def test_a_page_is_sent_again_if_the_mail_server_was_down(
    council, councillor, smtp, database_queue, settings
):
    on_call = UserFactory(council=council, role=Role.SPOC_OFFICER, username="on_call2")
    page = Page.objects.create(
        council=council, recipient=on_call, reason=Page.Reason.NO_ONE_ON_CALL
    )
    good_port = settings.EMAIL_PORT
    settings.EMAIL_PORT = 1  # nothing listens there
    from councillor_safety.triage.tasks import send_page

    send_page.enqueue(page.pk)
    run_worker()
    page.refresh_from_db()
    assert page.emailed_at is None  # the delivery failed; the page is kept
    settings.EMAIL_PORT = good_port
    with time_machine.travel(datetime.now(tz=LONDON) + timedelta(minutes=2), tick=False):
        call_command("run_scheduler", once=True)
        run_worker()
        run_worker()
    page.refresh_from_db()
    assert page.emailed_at is not None
    assert [rcpt for rcpt, _ in smtp.messages] == [[on_call.email]]
