"""Normalisation: hidden spellings come back, on the ASCII fast path and the Unicode path alike."""

from __future__ import annotations

import unicodedata

import pytest

from councillor_safety.screening.model.text import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You SH1T", "you shit"),
        ("f*ck off", "fuck off"),
        ("sc@m artist", "scam artist"),
        ("$c@m artist", "scam artist"),  # a leading "$" too
        ("you $h1t", "you shit"),
        ("u$ele$$ cl0wn", "useless clown"),  # and a trailing one
        ("@user you idiot", "@user you idiot"),  # a handle is not leet
        ("costs $100", "costs $100"),
        ("idiiiiot", "idiiot"),
        ("k i l l you", "kill you"),
        ("\uff26\uff35\uff23\uff2b off", "fuck off"),  # full-width letters
        ("ki\u200bll you", "kill you"),  # zero-width space inside a word
        ("\u2018watch your back\u2019", "'watch your back'"),
        ("  many \t spaces\n", "many spaces"),
        ("Room 101 on floor 3", "room 101 on floor 3"),  # numbers alone stay numbers
        ("", ""),
    ],
)
def test_normalise_restores_hidden_spellings(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_nfkc_is_a_no_op_on_ascii() -> None:
    # why the fast path may skip it
    sample = "".join(chr(c) for c in range(128))
    assert unicodedata.normalize("NFKC", sample) == sample
