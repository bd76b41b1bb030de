"""The words in a picture attached to a mail, read by Tesseract (OCR).

Most abuse on social media reaches the council as a screenshot: a councillor forwards a picture
of a post to the reporting address, and a sender who knows that mail is screened can put a
threat in a picture. Reading the words lets the screener score them (a screenshot of a threat
is triaged as a threat) and lets an officer search and read them; the picture stays the
evidence, because OCR misreads.

Tesseract is called as a program, not through a wrapper library: a subprocess with a hard
timeout is the one thing needed, and `pytesseract` adds temporary files around the same call.
The picture is decoded and re-encoded by Pillow first (which the service already trusts with
uploads), so Tesseract's own image decoders only ever read a PNG this module wrote, and its size
is checked from the header before any pixel is decoded.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import time

import pi_heif
from PIL import Image, ImageOps, ImageStat

# iPhone photos are HEIC, which Pillow reads only through a plugin: `pi-heif`, libheif's
# decoder alone (no encoder is needed, and the full `pillow-heif` bundles a GPL one).
pi_heif.register_heif_opener()

# Smaller pictures are logos, icons and tracking pixels.
MIN_SIDE = 120
# A 48-megapixel phone photo is read; anything larger is not a picture of words.
MAX_PIXELS = 50_000_000
# Text in a larger picture is large enough to read at this size, and time grows with pixels.
MAX_SIDE = 3_000
# A smaller picture is scaled up to this, up to four times: a screenshot sent on through a
# messaging app or saved from a web page is often a third of the phone's size, its words a
# dozen pixels high, where Tesseract misreads (threats drawn as posts at a quarter of a phone
# screenshot's size and read back: 19 of 60 flagged `threat` as they were, 53 scaled up).
MIN_LONG_SIDE = 1_600
# One picture may take this long even when the mail's time allows more.
MAX_SECONDS = 20.0
# A line whose words Tesseract is less sure of than this, on average, is a photograph's texture
# or a smudge read as letters, not words: noise would reach the screener as text.
MIN_LINE_CONFIDENCE = 60.0
_LONE_BAR = re.compile(r"(?<![^\s\"'(])\|(?=\s)")  # "| know where you live": OCR's usual "I"
_WORD = re.compile(r"\w")


class PictureNotRead(Exception):
    """Why a picture's words could not be read, in words fit for a log (never the picture's)."""


def tesseract() -> str | None:
    return shutil.which("tesseract")


def picture_words(data: bytes, *, deadline: float) -> str:
    """The words Tesseract reads in ``data``; "" for a picture too small to hold any."""
    program = tesseract()
    if program is None:
        raise PictureNotRead("pictures not read: Tesseract is not installed")
    with Image.open(io.BytesIO(data)) as picture:
        width, height = picture.size  # from the header: nothing decoded yet
        if min(width, height) < MIN_SIDE:
            return ""
        if width * height > MAX_PIXELS:
            raise PictureNotRead(f"picture over {MAX_PIXELS // 1_000_000} megapixels not read")
        upright = ImageOps.exif_transpose(picture)
        if upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info:
            # a transparent background would turn black, under black words
            upright = Image.alpha_composite(
                Image.new("RGBA", upright.size, "white"), upright.convert("RGBA")
            )
        grey = upright.convert("L")
    grey.thumbnail((MAX_SIDE, MAX_SIDE))
    if max(grey.size) < MIN_LONG_SIDE:
        factor = min(4.0, MIN_LONG_SIDE / max(grey.size))
        grey = grey.resize(
            (round(grey.width * factor), round(grey.height * factor)), Image.Resampling.LANCZOS
        )
    if ImageStat.Stat(grey).mean[0] < 110:  # a dark-mode screenshot: light words on black
        grey = ImageOps.invert(grey)
    png = io.BytesIO()
    grey.save(png, "PNG")
    seconds = min(MAX_SECONDS, deadline - time.monotonic())
    if seconds <= 0:
        raise PictureNotRead("picture not read: the time for attachments was spent")
    try:
        done = subprocess.run(  # noqa: S603 (a fixed command; the sender's bytes are its input)
            [program, "stdin", "stdout", "-l", "eng", "--psm", "3", "tsv"],
            input=png.getvalue(),
            capture_output=True,
            timeout=seconds,
            # one thread: the worker already runs the screener on every core
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise PictureNotRead("picture not read in the time for attachments") from exc
    if done.returncode != 0:
        raise PictureNotRead(f"picture not readable: Tesseract exited with {done.returncode}")
    return _confident_lines(done.stdout.decode("utf-8", errors="replace"))


def _confident_lines(tsv: str) -> str:
    """The lines of Tesseract's TSV (a row a word, with its confidence) that are words."""
    lines: dict[tuple[str, ...], list[tuple[float, str]]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        # level 5 is a word; columns 2-4 number its block, paragraph and line
        if len(cells) == 12 and cells[0] == "5" and cells[11].strip():
            lines.setdefault(tuple(cells[2:5]), []).append((float(cells[10]), cells[11]))
    kept = [
        " ".join(word for _, word in words)
        for words in lines.values()
        if sum(c for c, _ in words) / len(words) >= MIN_LINE_CONFIDENCE
        # a lone sign or digit is a speck, read surely: a line of words has two letters or more
        and sum(len(_WORD.findall(word)) for _, word in words) >= 2
    ]
    return _LONE_BAR.sub("I", "\n".join(kept))
