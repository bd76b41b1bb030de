"""A raw e-mail becomes the text a person and the screener read, with its lines where the writer put them."""

from __future__ import annotations

from dataclasses import replace
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from councillor_safety.screening.model import Screener
from councillor_safety.screening.parsing import html_to_text, parse, unflow
from councillor_safety.screening.verdicts import Verdict, name_readings, screen, screen_mail


def raw_mail(body: bytes, content_type: str, headers: str = "") -> bytes:
    return (
        b"From: Resident <resident@example.org>\r\nTo: cllr@example.gov.uk\r\n"
        b"Subject: Parking\r\nMIME-Version: 1.0\r\n"
        + headers.encode()
        + f"Content-Type: {content_type}\r\n\r\n".encode()
        + body
    )


def test_html_mail_keeps_its_lines_and_drops_what_a_reader_never_sees():
    markup = (
        "<html><head><title>Mail</title><style>p {color: red}</style></head><body>"
        "<!--[if mso]><xml><o:OfficeDocumentSettings/></xml><![endif]-->"
        "<div>Councillor</div><div>Nobody has answered since June</div>"
        "<div>Your family should be careful walking home</div>"
        "<p>Fish&nbsp;&amp; chips<br>on Friday</p><ul><li>one</li><li>two</li></ul>"
        "<script>alert('x')</script></body></html>"
    )
    assert html_to_text(markup) == (
        "Councillor\nNobody has answered since June\nYour family should be careful walking home\n"
        "Fish & chips\non Friday\none\ntwo"
    )


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        # Gmail: the first line in the outer block, each next one in its own, blank as <br>
        (
            '<div dir="ltr">Hello<div>Second line</div><div><br></div><div>Fourth</div></div>',
            "Hello\nSecond line\n\nFourth",
        ),
        # Outlook: a paragraph a line, a blank line as a paragraph of one non-breaking space
        (
            "<p class=MsoNormal>a<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>b</p>",
            "a\n\nb",
        ),
        (
            "<table><tr><td>Ward</td><td>Quayside</td></tr><tr><td>Cllr</td><td>Pryce</td></tr>",
            "Ward Quayside\nCllr Pryce",
        ),
        ("<div>  <div>  nested </div> </div>", "nested"),
    ],
)
def test_mail_programs_html_reads_as_it_looks(markup, text):
    assert html_to_text(markup) == text


def test_an_unclosed_comment_hides_only_itself():
    assert html_to_text("<p>Before</p><!-- never closed <p>After</p>") == "Before"


def test_html_only_mail_is_read_line_by_line():
    body = b"<div>Dear Cllr Pryce</div><div>Nobody has answered since June</div>"
    parsed = parse(raw_mail(body, "text/html; charset=utf-8"))
    assert parsed.text == "Parking\n\nDear Cllr Pryce\nNobody has answered since June"


def test_flowed_text_has_its_soft_wraps_joined():
    flowed = (
        "I have written three times about the parking on Vale Road and \r\n"
        "Councillor Pryce has not answered once.\r\n"
        "\r\n"
        "> You said it would be looked at \r\n"
        "> in the spring.\r\n"
        "--\x20\r\n"
        "Sam\r\n"
    )
    assert unflow(flowed) == (
        "I have written three times about the parking on Vale Road and Councillor Pryce has not "
        "answered once.\n\n> You said it would be looked at in the spring.\n-- \nSam\n"
    )
    # DelSp=yes: the wrap's own space is not part of the text
    assert unflow("Vale \r\nRoad\r\n", delete_space=True) == "ValeRoad\n"
    # space-stuffing (a line that begins with a space or "From ") is undone
    assert unflow(" From the start\r\n") == "From the start\n"


def test_a_flowed_mail_is_parsed_as_paragraphs_and_plain_mail_keeps_its_lines():
    wrapped = b"I know the road you take \r\nHome each night.\r\n"
    flowed = parse(raw_mail(wrapped, 'text/plain; charset="utf-8"; format=flowed'))
    assert flowed.text == "Parking\n\nI know the road you take Home each night."
    fixed = parse(raw_mail(wrapped, "text/plain; charset=utf-8"))
    assert "take \nHome" in fixed.text or "take\nHome" in fixed.text


def test_plain_text_is_preferred_to_its_html_twin_and_attachments_are_named():
    message = MIMEMultipart("mixed")
    message["From"] = "resident@example.org"
    message["Subject"] = "Bins"
    alternative = MIMEMultipart("alternative")
    alternative.attach(MIMEText("The plain words", "plain", "utf-8"))
    alternative.attach(MIMEText("<p>The <b>plain</b> words</p>", "html", "utf-8"))
    message.attach(alternative)
    attachment = MIMEText("a,b\n1,2\n", "csv", "utf-8")
    attachment.add_header("Content-Disposition", "attachment", filename="rota.csv")
    message.attach(attachment)
    parsed = parse(message.as_bytes())
    assert parsed.text == "Bins\n\nThe plain words"
    assert parsed.attachment_names == ["rota.csv"]


def test_a_wrongly_labelled_charset_falls_back_rather_than_fails():
    parsed = parse(
        raw_mail("Caf\u00e9 on the corner".encode("cp1252"), "text/plain; charset=utf-8")
    )
    assert parsed.text.endswith("Café on the corner")


@pytest.mark.parametrize(
    "body",
    [
        b"<div>Cllr Pryce, nobody has answered about the bins since June</div>"
        b"<div>Your family should be careful walking home in the dark</div>",
    ],
)
def test_a_sinister_line_of_an_html_mail_is_read_on_its_own(screener: Screener, body):
    parsed = parse(raw_mail(body, "text/html; charset=utf-8"))
    result = screener.score_batch([parsed.text])[0]
    assert "threat" in result.flags
    assert "careful walking home" in result.explanation.menace_sentence


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        # a stray "<" hides nothing after it, however many there are
        ("<" * 5_000 + "<p>Still read</p>", "<" * 5_000 + "\nStill read"),
        ('<p class="' * 2_000 + "<div>Still read</div>", '<p class="' * 2_000 + "\nStill read"),
        # an unclosed script, style or title hides the rest, as it does in a browser
        ("<p>Shown</p><style>p {color: red} Hidden", "Shown"),
        ("<p>Shown</p>" + "<script>" * 2_000, "Shown"),
    ],
)
def test_hostile_markup_is_read_as_a_browser_would(markup, text):
    assert html_to_text(markup) == text


def test_a_threat_hidden_in_the_html_version_is_read_with_the_plain_one(screener: Screener):
    """A mail program shows the HTML; the plain version may say something else entirely."""
    message = MIMEMultipart("alternative")
    message["From"] = "resident@example.org"
    message["Subject"] = "Bins"
    message.attach(MIMEText("When will the bins be collected on Gull Street?", "plain", "utf-8"))
    message.attach(
        MIMEText("<p>I know where you live and you will regret the vote.</p>", "html", "utf-8")
    )
    parsed = parse(message.as_bytes())
    assert parsed.text == (
        "Bins\n\nWhen will the bins be collected on Gull Street?\n\n"
        "I know where you live and you will regret the vote."
    )
    assert "the HTML version has lines the plain text lacks: both read" in parsed.problems
    assert "threat" in screener.score_batch([parsed.text])[0].flags


def test_only_the_html_lines_the_plain_version_lacks_are_added():
    plain = "Nobody has answered about the bins on Gull Street since June,\nand I am tired of it."
    message = MIMEMultipart("alternative")
    message.attach(MIMEText(plain, "plain", "utf-8"))
    html = "<div>Nobody has answered about the bins on Gull Street since June, and I am tired"
    message.attach(MIMEText(f"{html} of it.</div><div>Sent from Outlook</div>", "html", "utf-8"))
    assert parse(message.as_bytes()).text == plain + "\n\nSent from Outlook"


def test_a_short_insult_is_not_hidden_by_its_subject_line():
    """The encoder reads a mail's subject with its body; "Planning application" over a one-line
    insult dilutes it below the threshold, so the body is read alone as well."""
    raw = raw_mail(b"You are a vile transgender person.", "text/plain; charset=utf-8")
    parsed = parse(raw.replace(b"Subject: Parking", b"Subject: Planning application"))
    assert parsed.body == "You are a vile transgender person."
    assert screen([parsed.text])[0].flags == []  # read whole, as before
    verdict = screen_mail(screen, [parsed])[0]
    assert {"abuse", "identity_attack"} <= set(verdict.flags)


def test_a_mail_without_a_subject_is_read_once():
    calls: list[list[str]] = []

    def classify(texts):
        calls.append(list(texts))
        return [Verdict(scores={"abuse": 0.1}, flags=[]) for _ in texts]

    parsed = parse(
        raw_mail(b"When are the bins collected?", "text/plain").replace(
            b"Subject: Parking\r\n", b""
        )
    )
    screen_mail(classify, [parsed])
    # the whole once, then the sender's name (not part of the text)
    assert calls == [["When are the bins collected?"], name_readings("Resident")]


def test_two_readings_keep_each_labels_higher_score_and_every_flag():
    whole = Verdict(
        scores={"abuse": 0.2, "threat": 0.7}, flags=["threat"], explanation={"reasons": ["a"]}
    )
    alone = Verdict(
        scores={"abuse": 0.8, "threat": 0.1},
        flags=["abuse", "identity_attack"],
        explanation={"reasons": ["b"]},
    )
    merged = whole.merged_with(alone)
    assert merged.scores == {"abuse": 0.8, "threat": 0.7}
    assert merged.flags == ["threat", "abuse", "identity_attack"]
    assert merged.explanation == {"reasons": ["a"]}  # why the threat was found comes first
    assert merged.likely_threat
    assert replace(whole, flags=[]).merged_with(alone).explanation == {"reasons": ["b"]}  # or more


@pytest.mark.parametrize(
    ("stage", "abuse", "readings"),
    [("lexical", 0.01, 1), ("lexical", 0.06, 2), ("encoder", 0.01, 2)],
)
def test_only_a_mail_near_a_flag_is_read_again_without_its_subject(stage, abuse, readings):
    calls: list[list[str]] = []

    def classify(texts):
        calls.append(list(texts))
        return [
            Verdict(scores={"abuse": abuse}, flags=[], explanation={"stage": stage}) for _ in texts
        ]

    screen_mail(classify, [parse(raw_mail(b"When are the bins collected?", "text/plain"))])
    again = ["When are the bins collected?"] if readings == 2 else []
    # with the sender's name and the subject
    assert calls[1:] == [[*again, *name_readings("Resident"), "Subject: Parking"]]
