"""Signals other parts of the service listen to. Sent after the change has been committed."""

from django.dispatch import Signal

# Sent with `incident_id` once a new incident has been committed.
incident_reported = Signal()
