"""A chat exported from WhatsApp, read message by message.

WhatsApp's "Export chat" writes a text file, one message a line under its date, time and
sender ("12/11/2026, 21:14 - Dave Smith: ..." from Android, "[12/11/2026, 21:14:05] Dave
Smith: ..." from an iPhone), and councillors give it as evidence or mail it to the reporting
address. Read whole, one abusive message among ordinary ones is diluted below every threshold
(of the functional suite's abusive cases each put among ten ordinary messages, 3 of 300 were
flagged, against 300 read alone). So each message is screened on its own as well, as each post
of a screenshot is (`post_chrome`), without its date, time and sender.

A long chat is kept from its end: a chat is exported after the abuse, so its latest messages
are the ones to read when not all can be.

An iPhone exports a chat as a zip archive, its text in "_chat.txt" beside the photos sent in
it; Android does so when media are included ("WhatsApp Chat with Dave Smith.txt" inside).

Plain Python, no Django.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

# A message's first line: its date (day, month and year in the phone's order), its time (24-hour
# or 12-hour, seconds from an iPhone), then " - " (Android) or in brackets (iPhone). Phones put
# marks that set text direction, and a narrow no-break space before "pm", into the line.
_DATE = r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[\s\u202f\u00a0]?[aApP]\.?\s?[mM]\.?)?"
_HEADER = re.compile(
    rf"^[\u200e\u200f\u202a-\u202e\ufeff]*(?:\[(?P<idate>{_DATE}),?\s{_TIME}\]\s|"
    rf"(?P<adate>{_DATE}),?\s{_TIME}\s[-\u2013]\s)(?P<rest>.*)$"
)
# a sender's name, then ": " (a line with no sender is WhatsApp's own: "Dave joined")
_SENDER = re.compile(r"^(?P<sender>[^:\n]{1,80}?):\s(?P<text>.*)$", re.DOTALL)
# what WhatsApp writes in place of a message it did not export, or after one that was edited
_PLACEHOLDER = re.compile(
    r"^[\u200e\u200f]*(?:<media omitted>|<attached: [^>]*>|(?:image|video|audio|sticker|gif|"
    r"document|contact card) omitted|this message was deleted|you deleted this message|"
    r"missed (?:voice|video) call|null|waiting for this message\..*)$",
    re.IGNORECASE,
)
_EDITED = "<this message was edited>"
_DIRECTION_MARKS = re.compile(r"[\u200e\u200f\u202a-\u202e]")
# fewer messages than this and the file is a note that happens to start with a date
MIN_MESSAGES = 2
_ARCHIVED_CHAT = re.compile(r"(?:^|/)(?:_chat|WhatsApp Chat (?:with|-) [^/]{1,200})\.txt$", re.I)
# the photos of an archived chat, by WhatsApp's names ("00000012-PHOTO-2026-11-12-21-05-30.jpg"
# from an iPhone, "IMG-20261112-WA0003.jpg" from Android), which sort as they were sent
_ARCHIVED_PICTURE = re.compile(r"\.(?:jpe?g|png|webp|heic)$", re.IGNORECASE)


@dataclass(frozen=True)
class ChatMessage:
    line: str  # as the export wrote it, with its date, time and sender: what the officer sees
    sender: str
    text: str  # the message's own words, which the screener reads alone


def chat_messages(text: str) -> list[ChatMessage]:
    """The messages of a WhatsApp export in order, or [] if the text is not one.

    It is one when its first line that is not blank starts a message, and at least two do;
    lines between are a message's further lines.
    """
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not _HEADER.match(first):
        return []
    grouped: list[tuple[str, list[str]]] = []  # a message's first line's words, all its lines
    for line in lines:
        if header := _HEADER.match(line):
            grouped.append((header["rest"], [line]))
        elif grouped:
            grouped[-1][1].append(line)
    if len(grouped) < MIN_MESSAGES:
        return []
    messages = []
    for rest, group in grouped:
        said = _SENDER.match("\n".join([rest, *group[1:]]).strip())
        if said is None:
            continue  # WhatsApp's own line: encryption notice, someone joined or left
        words = said["text"].strip()
        if words.lower().endswith(_EDITED):
            words = words[: -len(_EDITED)].rstrip()
        if not words or _PLACEHOLDER.match(words):
            continue
        sender = _DIRECTION_MARKS.sub("", said["sender"]).strip()
        messages.append(ChatMessage("\n".join(group).strip(), sender, words))
    return messages


def latest(messages: list[ChatMessage], limit: int) -> list[ChatMessage]:
    """The last messages whose lines fit in ``limit`` characters, in order; the last one cut to
    fit if even it is longer."""
    kept: list[ChatMessage] = []
    length = 0
    for message in reversed(messages):
        length += len(message.line) + 1
        if length > limit:
            break
        kept.append(message)
    if not kept and messages:
        last = messages[-1]
        return [ChatMessage(last.line[:limit], last.sender, last.text[:limit])]
    return kept[::-1]


def archived_chat(archive: zipfile.ZipFile) -> zipfile.ZipInfo | None:
    """The chat's text in a WhatsApp export's zip archive, or None if it is another archive."""
    return next((i for i in archive.infolist() if _ARCHIVED_CHAT.search(i.filename)), None)


def archived_pictures(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The photos in a WhatsApp export's archive, in the order they were sent."""
    pictures = [i for i in archive.infolist() if _ARCHIVED_PICTURE.search(i.filename)]
    return sorted(pictures, key=lambda i: i.filename.rsplit("/", 1)[-1])
