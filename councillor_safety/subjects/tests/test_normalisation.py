"""Identifiers as people really write them."""

from __future__ import annotations

import pytest

from councillor_safety.subjects.normalisation import (
    Kind,
    house_numbers,
    normalise,
    normalise_postcode,
)

CASES = [
    # kind, as written, compared as, malformed
    (Kind.EMAIL, "John.Smith+news@GoogleMail.com", "johnsmith@gmail.com", False),
    (Kind.EMAIL, "j.o.h.n.smith@gmail.com", "johnsmith@gmail.com", False),
    (Kind.EMAIL, "Gary <G.Pendle@Example.net>", "g.pendle@example.net", False),
    (Kind.EMAIL, "mailto:angry@Example.org", "angry@example.org", False),
    (Kind.EMAIL, "first.last+spam@outlook.com", "first.last@outlook.com", False),
    (Kind.EMAIL, "Someone+x@Hotmail.co.uk", "someone@hotmail.co.uk", False),
    (Kind.EMAIL, "first.last+tag@example.org", "first.last+tag@example.org", False),
    (Kind.EMAIL, "john at example dot com", "john at example dot com", True),
    (Kind.EMAIL, "@gmail.com", "@gmail.com", True),
    (Kind.EMAIL, "+tag@gmail.com", "+tag@gmail.com", True),
    (Kind.PHONE, "07700 900123", "+447700900123", False),
    (Kind.PHONE, "+44 (0)7700 900123", "+447700900123", False),
    (Kind.PHONE, "0044 7700 900123", "+447700900123", False),
    (Kind.PHONE, "+447700900123", "+447700900123", False),
    (Kind.PHONE, "07700-900-123", "+447700900123", False),
    (Kind.PHONE, "020 7946 0018", "+442079460018", False),
    (Kind.PHONE, "+1 (202) 555-0143", "+12025550143", False),
    (Kind.PHONE, "12", "12", True),
    (Kind.PHONE, "call me maybe", "call me maybe", True),
    (Kind.HANDLE, "@Handle", "handle", False),
    (Kind.HANDLE, "https://twitter.com/handle", "handle", False),
    (Kind.HANDLE, "https://x.com/Handle?s=20", "handle", False),
    (Kind.HANDLE, "www.instagram.com/handle/", "handle", False),
    (Kind.HANDLE, "https://bsky.app/profile/handle", "handle", False),
    (Kind.HANDLE, "HarbourTruth99", "harbourtruth99", False),
    (Kind.HANDLE, "https://example.com/whatever", "https://example.com/whatever", True),
    (Kind.HANDLE, "two words", "two words", True),
    (Kind.NAME, "  Mr  JOHN   Smith ", "john smith", False),
    (Kind.NAME, "Zoë O'Brien", "zoe obrien", False),
    (Kind.NAME, "Unknown man, about 50", "unknown man about 50", True),
    (Kind.NAME, "???", "", True),
    (
        Kind.ADDRESS,
        "14 Gull St, North Harbour nh42qt",
        "14 gull street north harbour NH4 2QT",
        False,
    ),
    (
        Kind.ADDRESS,
        "14 Gull Street, North Harbour NH4 2QT",
        "14 gull street north harbour NH4 2QT",
        False,
    ),
    (Kind.ADDRESS, "sw1a1aa", "SW1A 1AA", False),
    (Kind.ADDRESS, "the big house on the hill", "the big house on the hill", True),
    (Kind.ADDRESS, "4", "4", True),
    (Kind.ADDRESS, "14 High Street", "14 high street", False),
]


@pytest.mark.parametrize(("kind", "raw", "expected", "malformed"), CASES)
def test_normalised_forms(kind, raw, expected, malformed):
    result = normalise(kind, raw)
    assert result.value == expected
    assert result.malformed is malformed
    assert result.raw == raw  # always kept as written


@pytest.mark.parametrize("raw", ["", " ", "\x00", "😀" * 500, "@", "http://", "+", "(0)"])
@pytest.mark.parametrize("kind", list(Kind))
def test_nothing_crashes(kind, raw):
    result = normalise(kind, raw)
    assert result.raw == raw


def test_postcodes():
    assert normalise_postcode("sw1a1aa") == "SW1A 1AA"
    assert normalise_postcode("Flat 2, ec1a 1bb") == "EC1A 1BB"
    assert normalise_postcode("no postcode here") is None


def test_blocking_keys():
    assert normalise(Kind.NAME, "Gary Pendle").blocking_keys == ("n:g:pen", "n:p:gar")
    assert normalise(Kind.NAME, "G. Pendle").blocking_keys == ("n:g:pen", "n:p:g")
    assert normalise(Kind.NAME, "Pendle").blocking_keys == ("n:pend",)
    assert normalise(Kind.ADDRESS, "14 Gull St NH4 2QT").blocking_keys == ("p:NH4 2QT",)


def test_house_numbers_ignore_the_postcode():
    value = normalise(Kind.ADDRESS, "Flat 3, 14 Gull Street NH4 2QT").value
    assert house_numbers(value) == {"3", "14"}
