"""Browser journeys: Playwright drives Debian's Chromium against a live test server.

Playwright's own browser downloads are never used: the tests launch /usr/bin/chromium.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

# Playwright runs an event loop in this thread; the test server and ORM calls here are synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = (
    Path(__file__).resolve().parent.parent / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
)
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    args = [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-gpu",
        "--disable-dev-shm-usage",
    ]
    if os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium's sandbox cannot start as root
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args, headless=True)
        yield browser
        browser.close()


def new_page(browser: Browser, viewport: dict[str, int]) -> Page:
    # bypass_csp lets the test inject axe-core; the policy itself is tested without a browser.
    context = browser.new_context(viewport=viewport, bypass_csp=True, locale="en-GB")
    context.set_default_timeout(10_000)
    return context.new_page()


@pytest.fixture
def phone_page(browser: Browser) -> Iterator[Page]:
    page = new_page(browser, PHONE)
    yield page
    page.context.close()


@pytest.fixture
def desktop_page(browser: Browser) -> Iterator[Page]:
    page = new_page(browser, DESKTOP)
    yield page
    page.context.close()


def assert_accessible(page: Page) -> None:
    """No axe-core WCAG 2.2 A/AA violations on the page as it is now."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_22_AA,
    )
    violations = [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]
    assert violations == [], f"{page.url}: {json.dumps(violations, indent=2)}"


def assert_fits_phone(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} scrolls sideways on a phone: {width}px"


def checked(page: Page) -> None:
    assert_accessible(page)
    if page.viewport_size and page.viewport_size["width"] == PHONE["width"]:
        assert_fits_phone(page)
