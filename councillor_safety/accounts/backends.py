from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.backends import ModelBackend


class CouncilUserBackend(ModelBackend):
    """Django's password backend, refusing demo accounts unless the service runs with DEBUG on.

    Demo credentials are printed in the README, so they must never open a production system even
    if someone loads the demo council there by mistake.
    """

    def user_can_authenticate(self, user: Any) -> bool:
        if getattr(user, "is_demo", False) and not settings.DEBUG:
            return False
        return super().user_can_authenticate(user)
