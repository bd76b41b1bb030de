"""Benchmark: does mail screening find one abusive paragraph in a longer mail?

A resident's long mail about casework may hold one abusive paragraph, and read whole it is
diluted by the rest. Cases are drawn from the functional suite (`training/functional_suite.py`,
a fixed sample of 150 threats, 150 abusive cases that are not threats and 150 neutral cases),
each written as one paragraph at a random place among three paragraphs of casework (from
`bench/screening.py`'s sentences), under a greeting, over a sign-off, with a subject: parsed as
mail and screened as the service screens mail (`verdicts.screen_mail`), and by the same with
the paragraphs and lines not read alone (`..._whole`). The same again written as a phone
writes mail, a sentence a line with no stop and no blank line (`..._lines`), and as a mail
program wraps plain text at 72 characters (`..._wrapped`); `threat_lines_held` is the share of
the phone's threats flagged with any label (held for a person). Then the abusive and threatening
cases quoted in a supportive mail ("This was posted about you:", the case, "I've reported
it."), which the screener is meant not to flag: the share flagged shows what reading paragraphs
costs there; a paragraph a colon introduces is not read alone, so the cases are quoted once more
with the introduction ending "Here it is." instead (``reported_no_colon_...``). Then each case
as the subject over three paragraphs of casework (``..._subject``), which the text begins with
and the body dilutes; the subject is read on its own too (`verdicts.asides_of`), and so is the
sender's name, which the ``..._whole`` figures leave out with the parts. ``ordinary_subject``
is the same over subjects of ordinary mail (casework, complaints, terse headings).
Prints the share of threats flagged `threat`, and of the others flagged with any label but
profanity; mails screened a second; and the seconds the worst of three hostile bodies of 20,000
characters (wrapped lines, short lines, paragraphs each ending in a colon) takes to split
(``hostile_parts_max_s``).
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.test_settings"
os.environ["VAR_DIR"] = tempfile.mkdtemp(prefix="councillor-safety-bench-")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from bench.screening import BENIGN, FILLER, SERVICES, STREETS  # noqa: E402
from councillor_safety.screening import verdicts  # noqa: E402
from councillor_safety.screening.parsing import ParsedMessage, parse  # noqa: E402
from councillor_safety.screening.tests.training_modules import load_training_module  # noqa: E402

SAMPLE = 150
INTRODUCTIONS = [
    "I wanted to let you know that this was posted about you on the community page:",
    "Someone sent this to the parish office about you:",
    "This comment appeared under your post last night:",
]
CLOSINGS = [
    "I've reported it to the moderators. Hope you're OK.",
    "Please let me know if you want me to pass it to the police.",
    "Nobody should have to put up with that. Take care.",
]


# Subjects of ordinary mail: casework, complaint and terse headings, some about groups
SUBJECT_FORMS = [
    "{s} on {t}",
    "Re: {s}",
    "Fwd: {s} complaint",
    "Complaint about the {s}",
    "Urgent: {s} on {t}",
    "Question about the {s}",
    "RE: RE: {s} - {t}",
    "{s} still not fixed!!",
    "Thank you re {s}",
    "Disgraceful {s}",
    "Useless {s} AGAIN",
    "Fed up with the {s}",
    "The {s} is a joke",
]
TERSE_SUBJECTS = [
    "Black bin",
    "Traveller encampment",
    "Traveller site consultation",
    "Mosque parking",
    "Gender neutral toilets",
    "Refugee housing",
    "Asylum seekers in the Grand Hotel",
    "Pride event",
    "Eid prayers in the park",
    "Synagogue security",
    "Disabled parking bay",
    "Migrants",
    "Immigration",
    "Polish shop",
    "Gay bar licence",
    "Dead badger on the road",
    "Fireworks",
    "Hanging baskets",
    "Kill switch for the lights",
    "Attack on the budget",
    "Last warning",
    "Hello",
    "Help!!!",
    "Disgusted",
    "Shame on you",
    "Resign",
]


def as_mail(subject: str, paragraphs: list[str], layout: str = "paragraphs") -> ParsedMessage:
    """A mail of these paragraphs: a blank line between them; or as a phone writes one, each
    sentence a line with no stop and no blank line ("lines"); or as a mail program wraps plain
    text, at 72 characters ("wrapped")."""
    body = ["Dear Councillor,", *paragraphs, "Kind regards,\nSam"]
    if layout == "lines":
        text = "\n".join(s.rstrip(".") for p in body for s in re.split(r"(?<=[.!?]) ", p))
    elif layout == "wrapped":
        text = "\n\n".join(textwrap.fill(p, 72) for p in body)
    else:
        text = "\n\n".join(body)
    message = EmailMessage()
    message["From"] = "resident@example.net"
    message["Subject"] = subject
    message.set_content(text)
    return parse(bytes(message))


def main() -> None:
    def emit(metric: str, value: float) -> None:
        print(
            json.dumps({"bench": "long_mail", "metric": metric, "value": value, "backend": "none"})
        )

    cases = load_training_module("functional_suite").build()
    rng = random.Random(0)
    threats = rng.sample([c.text for c in cases if c.threat], SAMPLE)
    abusive = rng.sample([c.text for c in cases if c.abusive and not c.threat], SAMPLE)
    neutral = rng.sample([c.text for c in cases if not (c.threat or c.abusive or c.hate)], SAMPLE)

    def casework() -> str:
        service, street = rng.choice(SERVICES), rng.choice(STREETS)
        sentences = [rng.choice(BENIGN).format(service=service, street=street)]
        sentences += rng.sample(FILLER, k=rng.randint(1, 3))
        rng.shuffle(sentences)
        return " ".join(sentences)

    def among_casework(case: str, layout: str = "paragraphs") -> ParsedMessage:
        paragraphs = [casework() for _ in range(3)]
        paragraphs.insert(rng.randrange(4), case)
        return as_mail(f"Re: {rng.choice(SERVICES)}", paragraphs, layout)

    def reported(case: str, *, colon: bool = True) -> ParsedMessage:
        introduction = rng.choice(INTRODUCTIONS)
        if not colon:
            introduction = introduction.replace(":", ". Here it is.")
        return as_mail("Thought you should see this", [introduction, case, rng.choice(CLOSINGS)])

    ordinary_subjects = [
        form.format(s=service.capitalize() if form.startswith("{s}") else service, t=street)
        for form in SUBJECT_FORMS
        for service in SERVICES
        for street in STREETS[:2]
    ] + TERSE_SUBJECTS

    def as_subject(case: str) -> ParsedMessage:
        return as_mail(case, [casework() for _ in range(3)])

    def share(mails: list[ParsedMessage], counts: Callable[[list[str]], bool]) -> float:
        return round(
            sum(counts(v.flags) for v in verdicts.screen_mail(verdicts.screen, mails)) / len(mails),
            3,
        )

    def is_threat(flags: list[str]) -> bool:
        return "threat" in flags

    def is_harm(flags: list[str]) -> bool:
        return bool(set(flags) - {"profanity"})

    shapes = [
        ("threat", [among_casework(t) for t in threats], is_threat),
        ("abusive", [among_casework(t) for t in abusive], is_harm),
        ("neutral", [among_casework(t) for t in neutral], is_harm),
        ("threat_lines", [among_casework(t, "lines") for t in threats], is_threat),
        ("threat_lines_held", [among_casework(t, "lines") for t in threats], is_harm),
        ("abusive_lines", [among_casework(t, "lines") for t in abusive], is_harm),
        ("neutral_lines", [among_casework(t, "lines") for t in neutral], is_harm),
        ("threat_wrapped", [among_casework(t, "wrapped") for t in threats], is_threat),
        ("abusive_wrapped", [among_casework(t, "wrapped") for t in abusive], is_harm),
        ("neutral_wrapped", [among_casework(t, "wrapped") for t in neutral], is_harm),
        ("reported_threat", [reported(t) for t in threats], is_threat),
        ("reported_abusive", [reported(t) for t in abusive], is_harm),
        ("reported_no_colon_threat", [reported(t, colon=False) for t in threats], is_threat),
        ("reported_no_colon_abusive", [reported(t, colon=False) for t in abusive], is_harm),
        ("threat_subject", [as_subject(t) for t in threats], is_threat),
        ("abusive_subject", [as_subject(t) for t in abusive], is_harm),
        ("neutral_subject", [as_subject(t) for t in neutral], is_harm),
        ("ordinary_subject", [as_subject(t) for t in ordinary_subjects], is_harm),
    ]
    verdicts.screen([""])  # the model's load
    started = time.perf_counter()
    for name, mails, counts in shapes:
        emit(f"{name}_flagged", share(mails, counts))
    emit(
        "mails_per_s", round(sum(len(m) for _, m, _ in shapes) / (time.perf_counter() - started), 1)
    )
    # a mail's text is read to 20,000 characters: the worst shapes of that many for splitting
    hostile = ["\n".join(["x" * 70] * 280), "\n".join(["Ab"] * 6_600), "\n\n".join(["Ab:"] * 4_000)]
    worst = 0.0
    for text in hostile:
        started = time.perf_counter()
        verdicts.paragraphs(text)
        worst = max(worst, time.perf_counter() - started)
    emit("hostile_parts_max_s", round(worst, 4))
    read_in_parts, read_asides = verdicts.parts_of, verdicts.asides_of
    verdicts.parts_of = lambda texts: []
    verdicts.asides_of = lambda message: []
    try:
        for name, mails, counts in shapes:
            emit(f"{name}_flagged_whole", share(mails, counts))
    finally:
        verdicts.parts_of, verdicts.asides_of = read_in_parts, read_asides


if __name__ == "__main__":
    main()
