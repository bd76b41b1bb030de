"""The address of the request being served, so audit rows can say where an action came from.

Kept in a context variable set by middleware rather than passed through every service call:
services stay usable from tasks and commands, where there is no request and the address is None.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar

from django.http import HttpRequest, HttpResponse

_ip_address: ContextVar[str | None] = ContextVar("ip_address", default=None)


def current_ip_address() -> str | None:
    return _ip_address.get()


class RequestContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _ip_address.set(request.META.get("REMOTE_ADDR") or None)
        try:
            return self.get_response(request)
        finally:
            _ip_address.reset(token)
