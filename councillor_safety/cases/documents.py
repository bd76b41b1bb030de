"""Letters as files: a PDF (WeasyPrint) and a Word document (python-docx), each stored with its hash.

Both are made from the letter's approved text at the moment of approval, so the files sent are
exactly what the signatory approved; the hashes go into the case record and the evidence pack.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils import timezone
from docx import Document
from docx.shared import Pt
from weasyprint import HTML

from councillor_safety.incidents.evidence_files import evidence_storage

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User
    from councillor_safety.cases.models import Letter


@dataclass(frozen=True)
class RenderedLetter:
    pdf_name: str
    pdf_sha256: str
    docx_name: str
    docx_sha256: str


def paragraphs(body: str) -> list[str]:
    return [p.strip() for p in body.replace("\r\n", "\n").split("\n\n") if p.strip()]


def _store(data: bytes, *, council_id: int, suffix: str) -> tuple[str, str]:
    name = evidence_storage().save(
        f"{council_id}/letters/{uuid.uuid4().hex}.{suffix}", ContentFile(data)
    )
    return str(name), hashlib.sha256(data).hexdigest()


def letter_pdf(letter: Letter, *, signatory: User, dated: datetime.date) -> bytes:
    html = render_to_string(
        "cases/letter_pdf.html",
        {
            "letter": letter,
            "case": letter.case,
            "council": letter.case.council,
            "paragraphs": paragraphs(letter.body),
            "signatory": signatory,
            "dated": dated,
        },
    )
    return bytes(HTML(string=html).write_pdf() or b"")


def letter_docx(letter: Letter, *, signatory: User, dated: datetime.date) -> bytes:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    document.core_properties.title = f"Letter {letter.case.reference}"
    document.core_properties.author = letter.case.council.name
    document.add_heading(letter.case.council.name, level=1)
    document.add_paragraph(f"Our reference: {letter.case.reference}")
    document.add_paragraph(f"{dated.day} {dated:%B %Y}")
    document.add_paragraph(
        "\n".join([letter.recipient_name, *letter.recipient_address.splitlines()])
    )
    for paragraph in paragraphs(letter.body):
        document.add_paragraph(paragraph)
    document.add_paragraph(
        "\n".join(
            [signatory.display_name, letter.template.signatory_title, letter.case.council.name]
        )
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render_letter_files(
    letter: Letter, *, signatory: User, approved_at: datetime.datetime
) -> RenderedLetter:
    dated = timezone.localtime(approved_at).date()
    council_id = letter.case.council_id
    pdf_name, pdf_sha = _store(
        letter_pdf(letter, signatory=signatory, dated=dated), council_id=council_id, suffix="pdf"
    )
    try:
        docx_name, docx_sha = _store(
            letter_docx(letter, signatory=signatory, dated=dated),
            council_id=council_id,
            suffix="docx",
        )
    except Exception:
        evidence_storage().delete(pdf_name)
        raise
    return RenderedLetter(pdf_name, pdf_sha, docx_name, docx_sha)


def discard(rendered: RenderedLetter) -> None:
    for name in (rendered.pdf_name, rendered.docx_name):
        evidence_storage().delete(name)
