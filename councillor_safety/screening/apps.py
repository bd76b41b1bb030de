from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "councillor_safety.screening"
    label = "screening"
    verbose_name = "Screening: mailboxes and the review queue"
