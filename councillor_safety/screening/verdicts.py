"""What the screener says about a text, in the form the Django side stores and routes.

The screening model is plain Python with no Django in it; this module is the one place that
calls it, so the rest of the service depends on `Verdict`, not on the model's internals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
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


# A mail's paragraphs are read on their own as well, to this many a mail (see `paragraphs`).
MAX_PARAGRAPH_READINGS = 20
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def paragraphs(text: str) -> list[str]:
    """A text's paragraphs (blocks between blank lines), or [] if it is one.

    Read within a whole mail, one abusive paragraph among ordinary ones is diluted as one
    message of a chat is: over the functional suite's abusive cases each written as a paragraph
    among three of casework, 40 of 300 such mails were flagged read whole, 284 with each
    paragraph read alone as well. A paragraph that a colon introduces ("This was posted about
    you:", "On Monday Dave wrote:") is someone else's words, quoted: it is left to the whole,
    where what introduces and answers it is read with it. Read with only its introduction,
    abuse quoted in a supportive mail was flagged in 59% of such mails, against 21% read whole.
    """
    blocks = [block.strip() for block in _BLANK_LINE.split(text) if block.strip()]
    if len(blocks) < 2:
        return []
    return [
        block
        for block, before in zip(blocks, ["", *blocks], strict=False)
        if not before.endswith(":")
    ]


def paragraph_readings(
    classify: Classifier, texts: Sequence[Sequence[str]]
) -> list[Verdict | None]:
    """Each item's texts' paragraphs read on their own and merged, for every label but `threat`;
    None for an item with none.

    A threat is read in its sentences within the whole already (the screener's own reading of
    menace), and a paragraph read apart from the one after it loses what reports or disowns it
    ("I've reported it to the police"): over 100 threats quoted so in a supportive mail, reading
    paragraphs for threats flagged 25 against 22 read whole, and a flag of `threat` pages.
    """
    parts = [
        [p for text in item for p in paragraphs(text)][:MAX_PARAGRAPH_READINGS] for item in texts
    ]
    return [
        None if verdict is None else _without_threat(verdict)
        for verdict in merged_readings(classify, parts)
    ]


def _without_threat(verdict: Verdict) -> Verdict:
    return replace(
        verdict,
        scores={**verdict.scores, "threat": 0.0},
        flags=[flag for flag in verdict.flags if flag != "threat"],
    )


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
    each message of an exported chat. The body's paragraphs are read on their own too, always,
    for every label but `threat` (`paragraph_readings`): an abusive paragraph diluted below the
    re-reading floor is the case they are read for.
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
    alone = merged_readings(classify, again)
    by_paragraph = paragraph_readings(classify, [[m.body] for m in messages])
    return [
        _merged(v, more, paragraph)
        for v, more, paragraph in zip(whole, alone, by_paragraph, strict=True)
    ]


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
    flat = [(i, text) for i, texts in enumerate(readings) for text in texts]
    merged: list[Verdict | None] = [None] * len(readings)
    if not flat:
        return merged
    for (i, _), verdict in zip(flat, classify([text for _, text in flat]), strict=True):
        held = merged[i]
        merged[i] = verdict if held is None else held.merged_with(verdict)
    return merged


def screen(texts: Sequence[str]) -> list[Verdict]:
    """Scores texts with the shipped screening model (loaded once per process)."""
    from councillor_safety.screening.model_adapter import classify

    return classify(texts)
