"""A longer mail's paragraphs are each read on their own too, for every label but threat."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from councillor_safety.screening.parsing import parse
from councillor_safety.screening.verdicts import Verdict, paragraphs, screen, screen_mail

CASEWORK = [
    "I am writing about the street lighting on Mill Lane. It has been out for a fortnight and"
    " children walk past here every day on the way to school.",
    "The officer I spoke to said it would be looked at but nothing has happened since. My"
    " neighbours feel the same and several of them have written to the council already.",
    "I would be grateful for a reply at your earliest convenience.",
]
ABUSIVE = "You are a vile transgender person."


def mail(*paragraphs: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "resident@example.net"
    message["Subject"] = "Street lighting"
    message.set_content("\n\n".join(["Dear Councillor,", *paragraphs, "Kind regards,\nSam"]))
    return message


def test_a_body_is_split_at_blank_lines():
    assert paragraphs("One.\nStill one.\n\n  \nTwo.\n \t\nThree.") == [
        "One.\nStill one.",
        "Two.",
        "Three.",
    ]
    assert paragraphs("One paragraph.\nOn two lines.") == []


def test_a_paragraph_a_colon_introduces_is_left_to_the_whole():
    text = "Thought you should know.\n\nThis was posted about you:\n\nQuoted words.\n\nTake care."
    assert paragraphs(text) == [
        "Thought you should know.",
        "This was posted about you:",
        "Take care.",
    ]


@pytest.mark.django_db
def test_one_abusive_paragraph_in_a_long_mail_is_found():
    message = mail(CASEWORK[0], CASEWORK[1], ABUSIVE, CASEWORK[2])
    parsed = parse(bytes(message))
    assert not screen([parsed.text])[0].flags  # read whole, the casework dilutes it
    assert {"abuse", "identity_attack"} <= set(screen_mail(screen, [parsed])[0].flags)


@pytest.mark.django_db
def test_an_ordinary_long_mail_is_not_flagged():
    parsed = parse(bytes(mail(*CASEWORK)))
    assert screen_mail(screen, [parsed])[0].flags == []


@pytest.mark.django_db
def test_abuse_quoted_after_a_colon_to_report_it_is_read_as_the_whole_reads_it():
    parsed = parse(
        bytes(
            mail(
                "This comment appeared under your post last night:",
                ABUSIVE,
                "I've reported it to the moderators. Hope you're OK.",
            )
        )
    )
    assert screen_mail(screen, [parsed])[0].flags == screen([parsed.text])[0].flags


def test_a_paragraph_read_alone_never_raises_a_threat():
    """A threat is read in its sentences within the whole; a paragraph read apart from what
    reports it ("I've reported it to the police") would page on call for a supportive mail."""

    def classify(texts):
        return [
            Verdict(scores={"threat": 0.99, "abuse": 0.9}, flags=["threat", "abuse"])
            if text == "The quoted threat."
            else Verdict(scores={"threat": 0.0, "abuse": 0.0}, flags=[])
            for text in texts
        ]

    parsed = parse(bytes(mail("Someone posted this.", "The quoted threat.", "Reported it.")))
    verdict = screen_mail(classify, [parsed])[0]
    assert verdict.flags == ["abuse"]
    assert verdict.scores["threat"] == 0.0
    assert not verdict.likely_threat
