from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "councillor_safety.cases"
    label = "cases"
    verbose_name = "Cases, council actions, letters, police liaison and evidence packs"

    def ready(self) -> None:
        from councillor_safety.cases import receivers  # noqa: F401  (seeds each new council's advice library)
