from django.apps import AppConfig


class TriageConfig(AppConfig):
    name = "councillor_safety.triage"
    label = "triage"
    verbose_name = "Triage, clocks, on-call cover and the review committee"

    def ready(self) -> None:
        from councillor_safety.triage import receivers  # noqa: F401  (starts triage on each new report)
