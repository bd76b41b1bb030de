"""Every new council starts with the standard advice library, which its administrators then edit."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from councillor_safety.accounts.models import Council
from councillor_safety.cases.advice_library import seed_advice_library


@receiver(post_save, sender=Council, dispatch_uid="cases-seed-advice")
def _seed_advice(sender: type[Council], instance: Council, created: bool, **kwargs: Any) -> None:
    if created and not kwargs.get("raw"):
        seed_advice_library(instance)
