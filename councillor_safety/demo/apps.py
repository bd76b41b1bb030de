from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "councillor_safety.demo"
    label = "demo"
    verbose_name = "Demo council"
