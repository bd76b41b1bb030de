"""A councillor reports abuse with a screenshot from a phone, then sees it in their reports."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from councillor_safety.accounts.tests.factories import TEST_PASSWORD
from councillor_safety.incidents.models import Evidence, Incident
from councillor_safety.incidents.tests.factories import png_bytes
from e2e.conftest import checked


def sign_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/sign-in/")
    checked(page)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Sign in").click()


@pytest.mark.django_db(transaction=True)
def test_councillor_reports_from_a_phone(phone_page: Page, live_server, councillor, tmp_path):
    page = phone_page
    sign_in(page, live_server.url, councillor.username)
    expect(page.get_by_role("heading", name="Your reports")).to_be_visible()
    checked(page)

    page.get_by_role("link", name="Report abuse").first.click()
    checked(page)
    page.get_by_role("button", name="Start now").click()

    # Continuing without an answer gets a GOV.UK error summary, itself accessible.
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    checked(page)
    page.get_by_label("No").check()
    page.get_by_role("button", name="Continue").click()

    checked(page)
    page.get_by_label("Threat of harm").check()
    page.get_by_label("Inappropriate e-mail").check()
    page.get_by_role("button", name="Continue").click()

    checked(page)
    page.get_by_label("E-mail", exact=True).check()
    page.get_by_role("button", name="Continue").click()

    checked(page)
    page.get_by_label("Day").fill("3")
    page.get_by_label("Month").fill("11")
    page.get_by_label("Year").fill("2026")
    page.get_by_label("Time (optional)").fill("21:15")
    page.get_by_role("button", name="Continue").click()

    checked(page)
    page.get_by_label("Yes, I know who it was").check()
    page.get_by_label("E-mail address (optional)").fill("angry@example.net")
    page.get_by_role("button", name="Continue").click()

    checked(page)
    page.get_by_label("Tell us what happened").fill(
        "He wrote that he knows where I live and I will regret my vote."
    )
    page.get_by_role("button", name="Continue").click()

    checked(page)
    page.get_by_label("They threatened to kill or hurt me or my family").check()
    page.get_by_role("button", name="Continue").click()

    checked(page)
    page.get_by_role("button", name="Continue").click()  # impact is optional

    checked(page)
    page.get_by_label("Sex, including misogyny").check()
    page.get_by_role("button", name="Continue").click()

    checked(page)
    shot = tmp_path / "threat-email.png"
    shot.write_bytes(png_bytes(320, 200))
    page.get_by_label("Upload a file").set_input_files(str(shot))
    page.get_by_role("button", name="Upload file").click()
    expect(page.get_by_role("term").filter(has_text="threat-email.png")).to_be_visible()
    checked(page)
    page.get_by_role("button", name="Continue").click()

    expect(
        page.get_by_role("heading", name="Check your answers before sending your report")
    ).to_be_visible()
    checked(page)
    page.get_by_role("button", name="Send report").click()

    expect(page.get_by_role("heading", name="Report sent")).to_be_visible()
    checked(page)
    reference = re.search(r"NH-\d{4}-\d{5}", page.content()).group(0)
    incident = Incident.objects.get(reference=reference)
    assert incident.councillor == councillor
    assert Evidence.objects.get(incident=incident).original_name == "threat-email.png"

    page.get_by_role("link", name="your reports").click()
    expect(page.get_by_role("link", name=reference)).to_be_visible()
    checked(page)
    page.get_by_role("link", name=reference).click()
    expect(page.get_by_role("link", name="threat-email.png")).to_be_visible()
    checked(page)
