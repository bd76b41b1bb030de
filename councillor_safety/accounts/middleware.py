from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from councillor_safety.accounts.two_factor import has_confirmed_device, is_verified

SESSION_LAST_SEEN = "last_seen"
SESSION_SIGNED_IN_AT = "signed_in_at"


class SessionTimeoutMiddleware:
    """Ends a session on the server after a spell of idleness, and after an absolute lifetime."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = time.time()
            last_seen = request.session.get(SESSION_LAST_SEEN, now)
            signed_in_at = request.session.setdefault(SESSION_SIGNED_IN_AT, now)
            idle = now - float(last_seen) > settings.SESSION_IDLE_TIMEOUT
            too_old = now - float(signed_in_at) > settings.SESSION_COOKIE_AGE
            if idle or too_old:
                logout(request)
                return redirect(f"{reverse('accounts:login')}?timed_out=1")
            request.session[SESSION_LAST_SEEN] = now
        return self.get_response(request)


# Pages a signed-in person can reach before completing the second factor.
_TWO_FACTOR_EXEMPT = (
    "accounts:verify",
    "accounts:two_factor_setup",
    "accounts:logout",
)


class TwoFactorRequiredMiddleware:
    """Holds a signed-in person at the second-factor step until they complete it.

    Staff, committee and police roles must verify a code at every sign-in (setting up an
    authenticator the first time). A councillor who has chosen to set one up must verify too.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self._exempt_paths: tuple[str, ...] | None = None

    def _exempt(self, path: str) -> bool:
        if self._exempt_paths is None:
            self._exempt_paths = tuple(reverse(name) for name in _TWO_FACTOR_EXEMPT)
        return path in self._exempt_paths or path.startswith(settings.STATIC_URL)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated and not is_verified(user) and not self._exempt(request.path):
            if has_confirmed_device(user):
                return redirect("accounts:verify")
            if user.requires_two_factor:
                return redirect("accounts:two_factor_setup")
        return self.get_response(request)
