"""What the screener says about a text, in the form the Django side stores and routes.

The screening model is plain Python with no Django in it; this module is the one place that
calls it, so the rest of the service depends on `Verdict`, not on the model's internals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from email.utils import parseaddr
from itertools import islice
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from councillor_safety.screening.parsing import ParsedMessage

# The key of a held message's explanation that names the known subject who sent it (the
# subject's public id): such mail is held for a person to read whatever the screener found.
KNOWN_SENDER = "known_sender"

# The screener's labels in the order a reader meets them, named as the pages name them.
LABEL_NAMES = {
    "threat": "Threat",
    "abuse": "Abuse",
    "identity_attack": "Identity attack",
    "sexual_harassment": "Sexual harassment",
    "profanity": "Profanity",
}


@dataclass(frozen=True)
class Verdict:
    scores: dict[str, float]
    flags: list[str]
    explanation: dict[str, Any] = field(default_factory=dict)

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    @property
    def likely_threat(self) -> bool:
        return "threat" in self.flags

    @property
    def from_known_sender(self) -> bool:
        return KNOWN_SENDER in self.explanation

    @property
    def held(self) -> bool:
        """Held for a person: flagged, or from a known sender whatever its flags."""
        return self.flagged or self.from_known_sender

    def merged_with(self, other: Verdict) -> Verdict:
        """This verdict with ``other``'s on another reading of the same message: each label's
        higher score, every flag either raised, and the explanation of the reading that found a
        threat, or else raised more flags (this one's on a tie)."""
        scores = {
            k: max(self.scores.get(k, 0.0), other.scores.get(k, 0.0))
            for k in {**self.scores, **other.scores}
        }
        flags = [*self.flags, *(f for f in other.flags if f not in self.flags)]
        # the officer is told why a threat was found first, then why the most was found
        fuller = (
            other
            if (other.likely_threat, len(other.flags)) > (self.likely_threat, len(self.flags))
            else self
        )
        return Verdict(scores=scores, flags=flags, explanation=fuller.explanation)

    def with_known_sender(self, subject_id: object) -> Verdict:
        """This verdict for a message from the subject with public id ``subject_id``."""
        return replace(self, explanation={**self.explanation, KNOWN_SENDER: str(subject_id)})


Classifier = Callable[[Sequence[str]], list[Verdict]]

KNOWN_SENDER_REASON = (
    "sent from an e-mail address or handle recorded for a known sender, so held for a person to "
    "read whatever the screener found"
)


def reasons(explanation: dict[str, Any]) -> list[str]:
    """Why an item was held, one reason a line, for the officer reading it: the screener's own
    reasons as it stored them, or the one-line summary an older release stored, or the fields
    of a note that is not the screener's (a forwarded report's). Reading them never loads the
    screening model, which a web process does not need."""
    held = [KNOWN_SENDER_REASON] if explanation.get(KNOWN_SENDER) else []
    stored = explanation.get("reasons")
    if isinstance(stored, list) and stored:
        return [*held, *map(str, stored)]
    if explanation.get("summary"):
        return [*held, str(explanation["summary"])]
    return [
        *held,
        *(
            f"{key.replace('_', ' ')}: {value}"
            for key, value in explanation.items()
            if value and key != KNOWN_SENDER
        ),
    ]


# A whole mail's reading below this on every harm label, by the word model alone, is left as
# it is: over the functional suite's abusive cases under a subject line, every one that the body
# alone flags scored at least 0.16 of a threshold read whole (about 0.05), and a floor of 0.05
# re-reads a quarter to a third of ordinary mail rather than all of it.
REREAD_FLOOR = 0.05
_HARM_LABELS = ("abuse", "threat", "identity_attack", "sexual_harassment")
# A mail's attachments are read on their own to this many readings: a message or file gives one,
# a screenshot one a post (a thread of comments gives several).
MAX_ATTACHED_READINGS = 20
# An exported chat's messages are each read too: they are short, and the characters read of a
# mail's attachments (20,000) hold a few hundred of them; this bounds them all the same.
MAX_CHAT_READINGS = 1_000


# A mail's paragraphs and lines are read on their own as well, to this many a mail (see
# `paragraphs`).
MAX_PARAGRAPH_READINGS = 30
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
# plain text is wrapped at 72 to 78 characters, and a wrapped line is cut at a space before it
_WRAPPED = 60
_WIDEST = 80


def paragraphs(text: str) -> list[str]:
    """A text's paragraphs (blocks between blank lines) and lines, each a part to read on its
    own, or [] if the text is one.

    Read within a whole mail, one abusive paragraph among ordinary ones is diluted as one
    message of a chat is: over the functional suite's abusive cases each written as a paragraph
    among three of casework, 40 of 300 such mails were flagged read whole, 284 with each
    paragraph read alone as well. Mail written on a phone or in a web form puts each sentence
    on a line of its own with no blank line between, and is diluted the same way, so a
    paragraph's lines are its parts, unless they are one text wrapped at a width (`_wrapped`);
    a line that starts in lower case carries on the one before. A part that a colon introduces
    ("This was posted about you:", "On Monday Dave wrote:") is someone else's words, quoted,
    and so is a line quoted with ">" under a reply: they are left to the whole, where what
    introduces and answers them is read with them. Read with only its introduction, abuse
    quoted in a supportive mail was flagged in 59% of such mails, against 21% read whole.
    `bench/long_mail.py` measures each layout.
    """
    parts: list[str] = []
    quoted_next = False
    for block in _BLANK_LINE.split(text):
        lines = [line.strip() for line in block.splitlines()]
        lines = [line for line in lines if line and not line.startswith(">")]
        if quoted_next and lines:
            quoted_next = False
            continue
        wrapped = _wrapped(lines)
        block_parts: list[list[str]] = []  # each part's lines
        for number, line in enumerate(lines):
            if block_parts and (wrapped or line[0].islower()):
                block_parts[-1].append(line)
            else:
                block_parts.append([line])
            if line.endswith(":"):  # the rest of the paragraph, or the next one, is quoted
                quoted_next = number == len(lines) - 1
                break
        parts.extend(" ".join(part) for part in block_parts)
    if len(parts) < 2:
        return []
    # A phone's lines have no full stop, and the screener reads a sentence without its stop a
    # little differently: of the functional suite's 1,314 neutral cases, 1 is flagged as
    # written, 6 with the stop taken off, 1 with it put back.
    return [f"{part}." if part[-1].isalnum() else part for part in parts]


def _wrapped(lines: list[str]) -> bool:
    """Whether a paragraph's lines are one text wrapped at a width, as a mail program wraps
    plain text: every line but the last about as long as that width. A phone's lines, each a
    sentence, are of every length."""
    return len(lines) > 1 and all(_WRAPPED <= len(line) <= _WIDEST for line in lines[:-1])


def parts_of(texts: Sequence[str]) -> list[str]:
    """The paragraphs and lines of these texts (`paragraphs`) that are read on their own, to
    ``MAX_PARAGRAPH_READINGS``."""
    return list(islice((p for text in texts for p in paragraphs(text)), MAX_PARAGRAPH_READINGS))


# A sender's display name, or a commenter's handle, is chosen by the sender and can be the
# abuse itself. Read bare, a name is not a sentence, and the encoder reads ordinary surnames as
# abuse (87 of 6,930 names in nine countries' forms flagged); framed as a mail names its sender,
# 3 (`bench/sender_names.py`). "Sent by ..." keeps most abuse, "... wrote:" most threats: of the
# functional suite's short hostile cases as names, 89% are flagged with both.
_NAME_FRAMES = ("Sent by {}.", "{} wrote:")
MAX_NAME_CHARS = 120
MAX_NAMES_READ = 4
_SUBJECT_FRAME = "Subject: {}"
MAX_SUBJECT_CHARS = 200
_HANDLE_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])|[_.\-]+")


def sender_name(header: str) -> str:
    """The display name in a From header ("Jo Bloggs <jo@example.org>"), or "" if it has none
    or it is only an address."""
    name = parseaddr(header)[0].strip()
    return "" if "@" in name and " " not in name else name


def name_readings(name: str) -> list[str]:
    """The texts a sender's name or handle is read as (`_NAME_FRAMES`), or none if it has no
    words. A handle's words are parted where it runs them together ("@HangTheTraitor",
    "hang_the_traitor")."""
    words = " ".join(name.split())[:MAX_NAME_CHARS].lstrip("@")
    if " " not in words:
        words = _HANDLE_WORDS.sub(" ", words).strip()
    if sum(ch.isalpha() for ch in words) < 3:
        return []
    return [frame.format(words) for frame in _NAME_FRAMES]


def found_in(verdict: Verdict | None, where: str) -> Verdict | None:
    """A verdict on what a mail's headers say (`asides_of`), saying where when it
    raised a flag: the officer reads the mail's words, and is told where the words flagged are."""
    if verdict is None or not verdict.flags:
        return verdict
    stored = verdict.explanation.get("reasons")
    said = [f"read in {where}"]
    reasons = [*said, *stored] if isinstance(stored, list) else said
    return replace(verdict, explanation={**verdict.explanation, "reasons": reasons})


def _in_name(name: str) -> str:
    return f"the sender's name: {name[:MAX_NAME_CHARS]}"


def screen_from_senders(
    classify: Classifier, texts: Sequence[str], senders: Sequence[str]
) -> list[Verdict]:
    """Each text read with the name or handle of whoever wrote it (`name_readings`, each name
    once): an imported comment and its author's handle."""
    names = list(dict.fromkeys(senders))
    read = merged_readings(classify, [name_readings(name) for name in names])
    by_name = {name: found_in(v, _in_name(name)) for name, v in zip(names, read, strict=True)}
    return [
        _merged(verdict, by_name[sender])
        for verdict, sender in zip(classify(texts), senders, strict=True)
    ]


def screen_mail(classify: Classifier, messages: Sequence[ParsedMessage]) -> list[Verdict]:
    """Each mail read whole; then its body without its subject, and each message or file
    attached to it, read on their own where that can matter.

    A mail's text begins with its subject, and a short subject over a short message dilutes
    what the encoder reads: over the functional suite's abusive cases, "Planning application"
    above each took the share flagged from 0.945 to 0.654. A screenshot's words after a
    councillor's note are diluted the same way. Reading each on its own as well gives its own
    reading back, while a subject that is itself the abuse is still read with the body. The
    body is read again only where the language model read the whole or it scored near a harm
    label; attachments always (few mails have them), the first twenty readings of each mail, and
    each message of an exported chat. The paragraphs, and a phone's lines, of what was written
    as mail (its body and attached messages', not files' text) are read on their own too,
    always (`parts_of`): an abusive paragraph diluted below the re-reading floor is
    the case they are read for. So is what its headers say (`asides_of`): the names its
    senders gave, and its subject.
    """
    whole = classify([m.text for m in messages])
    again: list[list[str]] = []
    for m, v in zip(messages, whole, strict=True):
        near = v.explanation.get("stage") == "encoder" or any(
            v.scores.get(k, 0.0) >= REREAD_FLOOR for k in _HARM_LABELS
        )
        body = [m.body] if m.body and m.body != m.text and near else []
        attached = [*m.attached_texts[:MAX_ATTACHED_READINGS], *m.chat_messages[:MAX_CHAT_READINGS]]
        again.append(body + [t for t in attached if t.strip()])
    asides = [asides_of(m) for m in messages]
    # one batch: the readings above, then each mail's parts, then what its headers say
    merged = merged_readings(
        classify,
        [
            *again,
            *(parts_of(m.written) for m in messages),
            *(texts for mail in asides for _, texts in mail),
        ],
    )
    n = len(messages)
    alone, by_paragraph, by_aside = merged[:n], merged[n : 2 * n], iter(merged[2 * n :])
    return [
        _merged(v, more, paragraph, *(found_in(next(by_aside), where) for where, _ in mail))
        for v, more, paragraph, mail in zip(whole, alone, by_paragraph, asides, strict=True)
    ]


def senders_of(message: ParsedMessage) -> list[str]:
    """The names a mail's senders chose for themselves, its own and its attached messages'
    (a forward's abuser), each once, to `MAX_NAMES_READ`."""
    names = (sender_name(header) for header in (message.sender, *message.attached_senders))
    return list(islice(dict.fromkeys(name for name in names if name), MAX_NAMES_READ))


def asides_of(message: ParsedMessage) -> list[tuple[str, list[str]]]:
    """What a mail's headers say, read apart from its text, each with where it is said and the
    texts it is read as: the names its senders gave (`senders_of`; an attached message's is in
    the text, diluted), and its subject over a body. The subject
    heads the text, where a long body dilutes it: of the functional suite's abusive cases as
    the subject over three paragraphs of casework, 5% were flagged. Read bare, a terse subject
    is not a sentence ("Resign", "Immigration" were flagged); as "Subject: ...", 85% of those
    cases are flagged, and 3 of 364 ordinary subjects (`bench/long_mail.py`)."""
    asides = [(_in_name(name), name_readings(name)) for name in senders_of(message)]
    subject = " ".join(message.subject.split())[:MAX_SUBJECT_CHARS]
    if subject and message.body:
        asides.append((f"the subject: {subject}", [_SUBJECT_FRAME.format(subject)]))
    return [(where, texts) for where, texts in asides if texts]


def _merged(verdict: Verdict, *others: Verdict | None) -> Verdict:
    for other in others:
        if other is not None:
            verdict = verdict.merged_with(other)
    return verdict


def merged_readings(
    classify: Classifier, readings: Sequence[Sequence[str]]
) -> list[Verdict | None]:
    """Each item's texts read in one batch, and merged into one verdict an item (each label's
    higher score, every flag: ``Verdict.merged_with``); None for an item with no text."""
    return [verdict for verdict, _ in merged_readings_with_part(classify, readings)]


def merged_readings_with_part(
    classify: Classifier, readings: Sequence[Sequence[str]]
) -> list[tuple[Verdict | None, str]]:
    """`merged_readings`, with the shortest of each item's texts that raised its strongest flag
    (a threat, else any but profanity), or "" if none did: a chat's message, a letter's
    paragraph, a screenshot's post, which tells a person where to look."""
    flat = [(i, text) for i, texts in enumerate(readings) for text in texts]
    merged: list[Verdict | None] = [None] * len(readings)
    if not flat:
        return [(None, "")] * len(readings)
    verdicts = classify([text for _, text in flat])
    for (i, _), verdict in zip(flat, verdicts, strict=True):
        held = merged[i]
        merged[i] = verdict if held is None else held.merged_with(verdict)
    flagged = [""] * len(readings)
    for (i, text), verdict in sorted(zip(flat, verdicts, strict=True), key=lambda r: len(r[0][1])):
        whole = merged[i]
        harmful = any(flag != "profanity" for flag in verdict.flags)
        if flagged[i] or whole is None or not harmful:
            continue
        if verdict.likely_threat or not whole.likely_threat:
            flagged[i] = text
    return list(zip(merged, flagged, strict=True))


def screen(texts: Sequence[str]) -> list[Verdict]:
    """Scores texts with the shipped screening model (loaded once per process)."""
    from councillor_safety.screening.model_adapter import classify

    return classify(texts)
