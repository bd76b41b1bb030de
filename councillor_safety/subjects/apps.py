from django.apps import AppConfig


class SubjectsConfig(AppConfig):
    name = "councillor_safety.subjects"
    label = "subjects"
    verbose_name = "Subjects, linking, pattern alerts and the Potentially Violent Persons Register"

    def ready(self) -> None:
        from councillor_safety.subjects import receivers  # noqa: F401  (links each new report)
