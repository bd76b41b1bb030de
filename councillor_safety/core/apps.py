from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "councillor_safety.core"
    label = "core"
    verbose_name = "Core"
