"""The notification goes through the real database queue and the worker command."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks import task_backends
from django_tasks_db.models import DBTaskResult

from councillor_safety.incidents.tasks import notify_new_incident


@pytest.fixture
def database_queue(settings):
    """The production queue instead of the tests' immediate one (django-tasks resets on the change)."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    assert type(task_backends["default"]).__name__ == "DatabaseBackend"


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_the_new_incident_notice(incident, database_queue):
    notify_new_incident.using(backend="default").enqueue(incident.pk)
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    assert mail.outbox == []
    call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    assert len(mail.outbox) == 1
    assert incident.reference in mail.outbox[0].subject


@pytest.mark.django_db(transaction=True)
def test_a_notice_for_a_vanished_incident_is_a_no_op(database_queue):
    notify_new_incident.using(backend="default").enqueue(123456)
    call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    assert mail.outbox == []
