from django.apps import AppConfig


class IncidentsConfig(AppConfig):
    name = "councillor_safety.incidents"
    label = "incidents"
    verbose_name = "Incidents"
