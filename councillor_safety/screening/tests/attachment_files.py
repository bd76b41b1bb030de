"""Files attached to mail in the tests: screenshots, and PDFs built by hand to test the readers'
limits (shared with the parsing and screenshot benchmarks)."""

from __future__ import annotations

import io
import textwrap
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

# A note pushed through a councillor's door, photographed by an iPhone: a HEIC file (HEVC in an
# ISO media container), made once from a picture drawn with Pillow, saved by `pillow-heif`
# (whose HEVC encoder the service does not install) at quality 40.
NOTE_PHOTO = Path(__file__).parent / "files" / "note_through_the_door.heic"


def raw_pdf(content: bytes, pages: int = 1) -> bytes:
    """A PDF of ``pages`` pages each drawn by ``content``, one compressed stream they share.

    Written out rather than made by WeasyPrint, because what is tested is what no PDF writer
    would make: pages of a million operations, or strings of megabytes.
    """
    stream = zlib.compress(content)
    kids = " ".join(f"{5 + n} 0 R" for n in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ] + [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R"
        b" /Resources << /Font << /F1 4 0 R >> >> >>"
    ] * pages
    return _pdf_file(objects)


def _pdf_file(objects: list[bytes]) -> bytes:
    """``objects``, numbered from 1 (the first the catalogue), written out as a PDF file."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


# What feeds print above and below a post, as their phone apps lay it out: a name, handle or
# time above, buttons and counts below.
FEEDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "facebook_post": (
        ("Dave Smith", "2h · Public"),
        ("12 comments  3 shares", "Like  Comment  Share"),
    ),
    "facebook_comment": (("Dave Smith  Top fan",), ("2h   Like   Reply   3",)),
    "facebook_reply": (("Dave Smith",), ("2h   Like   Reply",)),
    "x_timeline": (("Dave Smith @dsmith88 · 2h",), ("12     4     31     1.2K",)),
    "x_post": (
        ("Dave Smith", "@dsmith88"),
        ("12:04 PM · Dec 3, 2026 · 1,234 Views", "12 Reposts  3 Quotes  45 Likes"),
    ),
    "instagram": (("dsmith88 2d",), ("Reply   See translation", "View all 3 replies")),
    "nextdoor": (("Dave Smith · Elm Grove · 2 hr ago",), ("Like   Reply   Share",)),
    "youtube": (("@dsmith88  3 days ago",), ("Reply", "12 replies")),
    "whatsapp": (("< Dave Smith", "online", "Today"), ("Type a message",)),
}


def feed_post(text: str, feed: str, width: int = 38) -> list[str]:
    """``text`` as ``feed`` shows a post: its lines wrapped as a phone wraps them, between the
    feed's own lines."""
    head, foot = FEEDS[feed]
    return [*head, *textwrap.wrap(text, width), *foot]


def screenshot(
    *lines: str, dark: bool = False, transparent: bool = False, size: tuple[int, int] = (1080, 1400)
) -> bytes:
    """A phone's screenshot of a social-media post, drawn in a font Debian ships: black words
    on white, white on black (``dark``), or black on nothing (``transparent``, as a cut-out)."""
    font = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 40)
    background = (0, 0, 0, 0) if transparent else ("black" if dark else "white")
    picture = Image.new("RGBA" if transparent else "RGB", size, background)
    draw = ImageDraw.Draw(picture)
    for number, line in enumerate(lines):
        draw.text((60, 150 + 90 * number), line, fill="white" if dark else "black", font=font)
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def screenshots_document(*shots: bytes, letterhead: bytes = b"") -> bytes:
    """A Word file of screenshots gathered for a report, each under a caption as people paste
    them, with a logo in the page's header when ``letterhead`` is given."""
    import docx
    from docx.shared import Inches

    document = docx.Document()
    if letterhead:
        header = document.sections[0].header.paragraphs[0]
        header.add_run().add_picture(io.BytesIO(letterhead), width=Inches(2))
    for number, shot in enumerate(shots, 1):
        document.add_paragraph(f"Screenshot {number}, from Facebook on 3 December")
        document.add_picture(io.BytesIO(shot), width=Inches(3))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def scanned_pdf(*pages: tuple[str, ...], fax: bool = False) -> bytes:
    """A letter as a scanner makes it: each page a picture of A4 at 300 dpi with no text layer,
    grey and JPEG-compressed, or black and white in CCITT fax coding (``fax``), as Pillow writes
    them."""
    font = ImageFont.truetype(
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", 50
    )
    pictures = []
    for lines in pages:
        picture = Image.new("L", (2480, 3508), 255)
        draw = ImageDraw.Draw(picture)
        for number, line in enumerate(lines):
            draw.text((250, 300 + 75 * number), line, fill=0, font=font)
        pictures.append(picture.convert("1") if fax else picture)
    out = io.BytesIO()
    pictures[0].save(out, "PDF", resolution=300, save_all=True, append_images=pictures[1:])
    return out.getvalue()


def jbig2_scanned_pdf() -> bytes:
    """A page whose one picture is JBIG2-coded, as large office scanners write them (decoding it
    needs a program the service never starts on a stranger's file)."""
    coded = b"\x00" * 100
    draw = b"q 612 0 0 792 0 0 cm /Im0 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /XObject << /Im0 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 /BitsPerComponent 1"
        b" /ColorSpace /DeviceGray /Filter /JBIG2Decode /Length %d >>\nstream\n"
        % len(coded)
        + coded
        + b"\nendstream",
    ]
    return _pdf_file(objects)
