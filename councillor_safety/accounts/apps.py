from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "councillor_safety.accounts"
    label = "accounts"
    verbose_name = "Accounts and councils"

    def ready(self) -> None:
        from councillor_safety.accounts import signals  # noqa: F401  (connects audit receivers)
