"""A longer mail's paragraphs, and a phone's lines, are each read on their own too."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from councillor_safety.screening.parsing import parse
from councillor_safety.screening.verdicts import paragraphs, screen, screen_mail

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
    assert paragraphs("One.\n\n  \nTwo.\n \t\nThree.") == ["One.", "Two.", "Three."]
    assert paragraphs("One paragraph on one line.") == []


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


@pytest.mark.django_db
def test_a_threat_on_a_line_of_a_mail_written_on_a_phone_is_found():
    """A phone puts each sentence on a line of its own with no full stop; read whole, the
    casework around the threat dilutes the screener's reading of menace below its cut."""
    lines = [
        "Dear Councillor",
        "I am writing about the street lighting on Mill Lane",
        "It has been out for a fortnight",
        "I'll make you bleed for this",
        "The officer I spoke to said it would be looked at but nothing has happened since",
        "Thanks",
    ]
    message = EmailMessage()
    message["Subject"] = "Lights"
    message.set_content("\n".join(lines))
    parsed = parse(bytes(message))
    assert not screen([parsed.text])[0].likely_threat  # why each line is read alone too
    assert screen_mail(screen, [parsed])[0].likely_threat


def test_a_phones_lines_are_parts_and_a_wrapped_paragraph_is_one():
    assert paragraphs("Dear Councillor\nThe bins were missed\nYou useless clown\nSam") == [
        "Dear Councillor.",
        "The bins were missed.",
        "You useless clown.",
        "Sam.",
    ]
    # as a mail program wraps plain text at 72: a line may start with a capital mid-sentence
    wrapped = (
        "Writing 'Gypsies and Travellers are rats' on the wall is disgusting and\n"
        "I've told the police, who said the council will clean it off on Monday\n"
        "morning."
    )
    assert [len(line) for line in wrapped.splitlines()] == [71, 70, 8]
    assert paragraphs(f"{wrapped}\n\nThanks") == [" ".join(wrapped.splitlines()), "Thanks."]


def test_lines_quoted_under_a_reply_are_left_to_the_whole():
    reply = "Thanks for this.\n\nOn Mon, Dave wrote:\n> You are a disgrace\n> Resign"
    assert paragraphs(reply) == ["Thanks for this.", "On Mon, Dave wrote:"]


def test_what_was_written_as_mail_is_read_in_parts_and_files_are_not():
    """A file's lines are where its pages or pictures end them; its own readings see to it."""
    forwarded = mail("You useless clown.", "Resign.")
    outer = mail("See the attached.", "Thanks for looking.")
    outer.add_attachment(forwarded)  # forwarded as an attachment, as Outlook does
    outer.add_attachment(
        b"Line one of a letter\nLine two", maintype="text", subtype="plain", filename="note.txt"
    )
    parsed = parse(bytes(outer))
    assert "Line one of a letter" in parsed.body
    own, attached = parsed.written  # the mail's own words first
    assert "See the attached." in own
    assert "You useless clown." in attached
    assert all("Line one of a letter" not in written for written in parsed.written)
