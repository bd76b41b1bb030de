"""What a mail says outside its text, the name its sender gives (and a commenter's handle) and
its subject over a body, is read by the screener too."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from councillor_safety.screening.parsing import parse
from councillor_safety.screening.tests.mail_fixtures import keyword_classifier
from councillor_safety.screening.tests.test_paragraphs import CASEWORK
from councillor_safety.screening.verdicts import (
    MAX_NAMES_READ,
    asides_of,
    name_readings,
    reasons,
    screen,
    screen_from_senders,
    screen_mail,
    sender_name,
    senders_of,
)

ORDINARY = "Please could someone look at the street light on Mill Lane? It has been out a week."


def mail(sender: str, body: str = ORDINARY, subject: str = "Street light") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


def test_the_display_name_is_taken_from_the_header_and_an_address_is_not_a_name():
    assert sender_name("Jo Bloggs <jo@example.net>") == "Jo Bloggs"
    assert sender_name('"Bloggs, Jo" <jo@example.net>') == "Bloggs, Jo"
    assert sender_name("jo@example.net") == ""
    assert sender_name('"jo@example.net" <jo@example.net>') == ""
    assert sender_name("") == ""


def test_a_name_is_read_as_a_mail_names_its_sender_and_a_handle_is_parted_into_words():
    assert name_readings("Jo Bloggs") == ["Sent by Jo Bloggs.", "Jo Bloggs wrote:"]
    assert name_readings("@HangTheTraitors")[0] == "Sent by Hang The Traitors."
    assert name_readings("hang_the.traitors")[1] == "hang the traitors wrote:"
    assert name_readings("  Jo \n  Bloggs ") == ["Sent by Jo Bloggs.", "Jo Bloggs wrote:"]
    # too few letters to say anything, and a hostile length cut
    assert name_readings("@J1") == []
    assert name_readings("") == []
    assert len(name_readings("x " * 10_000)[0]) < 140


def test_each_senders_name_is_read_once_the_mails_own_first():
    message = EmailMessage()
    message["From"] = "Cllr Sam Patel <sam@council.example>"
    message.set_content("Forwarding this, see below.")
    attached = EmailMessage()
    attached["From"] = "Die Traitor <x@example.org>"
    attached.set_content("You know what you did.")
    message.add_attachment(attached)
    again = EmailMessage()
    again["From"] = "Die Traitor <x@example.org>"
    again.set_content("And again.")
    message.add_attachment(again)
    assert senders_of(parse(bytes(message))) == ["Cllr Sam Patel", "Die Traitor"]
    many = EmailMessage()
    many["From"] = "A One <a@example.org>"
    many.set_content("x")
    for n in range(MAX_NAMES_READ + 3):
        inner = EmailMessage()
        inner["From"] = f"Name Number{n} <n{n}@example.org>"
        inner.set_content("y")
        many.add_attachment(inner)
    assert len(senders_of(parse(bytes(many)))) == MAX_NAMES_READ


@pytest.mark.django_db
def test_a_threat_in_the_senders_name_is_found_and_said_to_be_there():
    parsed = parse(mail("Watch Your Back Councillor <resident@example.net>"))
    assert not screen([parsed.text])[0].flags  # the mail's own words are ordinary
    verdict = screen_mail(screen, [parsed])[0]
    assert verdict.likely_threat
    assert reasons(verdict.explanation)[0] == (
        "read in the sender's name: Watch Your Back Councillor"
    )


@pytest.mark.django_db
def test_ordinary_names_of_people_and_groups_are_not_flagged():
    senders = [
        "Sam Patel <sam@example.net>",
        "Mill Lane Residents Association <mlra@example.org>",
        "Black Lives Matter Leeds <blm@example.org>",
        "Gay Street Allotment Society <gsas@example.org>",
        "Amir Black <amir@example.net>",
        "resident@example.net",
    ]
    verdicts = screen_mail(screen, [parse(mail(s)) for s in senders])
    assert [v.flags for v in verdicts] == [[]] * len(senders)


@pytest.mark.django_db
def test_a_forwarded_messages_sender_is_read_too():
    message = EmailMessage()
    message["From"] = "Cllr Sam Patel <sam@council.example>"
    message["Subject"] = "Fwd: lighting"
    message.set_content("Another one from him.")
    attached = EmailMessage()
    attached["From"] = "I Know Where You Live <x@example.org>"
    attached["Subject"] = "Lighting"
    attached.set_content(ORDINARY)
    message.add_attachment(attached)
    assert screen_mail(screen, [parse(bytes(message))])[0].likely_threat


def test_a_handle_is_read_with_each_comment_once():
    read: list[str] = []

    def counting(texts):
        read.extend(texts)
        return keyword_classifier(texts)

    verdicts = screen_from_senders(
        counting,
        ["Thanks for the bins update", "See you at the surgery", "Nice one"],
        ["@ScumCouncillor", "@ScumCouncillor", "@friendly"],
    )
    assert [v.flags for v in verdicts] == [["abuse"], ["abuse"], []]
    assert reasons(verdicts[0].explanation) == ["read in the sender's name: @ScumCouncillor"]
    assert read.count("Sent by Scum Councillor.") == 1


@pytest.mark.django_db
def test_an_abusive_subject_over_an_ordinary_body_is_found_and_said_to_be_there():
    casework = "\n\n".join(["Dear Councillor,", *CASEWORK, "Kind regards,\nSam"])
    parsed = parse(mail("resident@example.net", casework, "You are a vile transgender person"))
    assert not screen([parsed.text])[0].flags  # the body dilutes the subject that heads it
    verdict = screen_mail(screen, [parsed])[0]
    assert "abuse" in verdict.flags
    assert reasons(verdict.explanation)[0] == (
        "read in the subject: You are a vile transgender person"
    )


def test_a_subject_is_read_framed_and_only_over_a_body():
    assert asides_of(parse(mail("resident@example.net", subject="Bins    again"))) == [
        ("the subject: Bins again", ["Subject: Bins again"])
    ]
    message = EmailMessage()
    message["From"] = "Jo Bloggs <jo@example.net>"
    message["Subject"] = "You are a disgrace"
    # no body: the subject is the whole text, read already
    assert [where for where, _ in asides_of(parse(bytes(message)))] == [
        "the sender's name: Jo Bloggs"
    ]


@pytest.mark.django_db
def test_ordinary_subjects_are_not_flagged():
    subjects = [
        "Pothole on Mill Lane",
        "Re: Fwd: bin collection complaint",
        "Traveller encampment on the playing field",
        "Mosque parking",
        "Asylum hotel consultation",
        "Immigration",
        "Resign",
        "Disgusted with the bins",
    ]
    verdicts = screen_mail(
        screen, [parse(mail("resident@example.net", subject=s)) for s in subjects]
    )
    assert {s: v.flags for s, v in zip(subjects, verdicts, strict=True) if v.flags} == {}
