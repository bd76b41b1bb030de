from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "councillor_safety.screening"
    label = "screening"
    verbose_name = "Screening: mailboxes and the review queue"

    def ready(self) -> None:
        from councillor_safety.screening import receivers  # noqa: F401  (reads each report's evidence)
