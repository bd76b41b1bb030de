"""Every route in the URLconf, with sample arguments, for tests that must cover all of them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver


@dataclass(frozen=True)
class Route:
    name: str
    pattern: str
    converters: dict[str, str]


def all_routes() -> Iterator[Route]:
    def walk(patterns: list, prefix: str, namespace: str) -> Iterator[Route]:  # type: ignore[type-arg]
        for entry in patterns:
            if isinstance(entry, URLResolver):
                ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                yield from walk(entry.url_patterns, prefix + str(entry.pattern), ns)
            elif isinstance(entry, URLPattern):
                converters = {k: type(v).__name__ for k, v in entry.pattern.converters.items()}
                yield Route(f"{namespace}{entry.name}", prefix + str(entry.pattern), converters)

    yield from walk(get_resolver().url_patterns, "", "")


SAMPLE_ARGUMENTS = {
    "UUIDConverter": str(uuid.UUID(int=1)),
    "StringConverter": "NH-2026-00001",
    "SlugConverter": "start_review",
    "IntConverter": "1",
    "PathConverter": "x",
}


def sample_kwargs(route: Route) -> dict[str, str]:
    return {name: SAMPLE_ARGUMENTS[conv] for name, conv in route.converters.items()}
