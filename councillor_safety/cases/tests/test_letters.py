"""Letters: drafted from a safe template, approved by the signatory role, immutable once sent."""

from __future__ import annotations

import hashlib
import io

import pytest
from docx import Document
from pypdf import PdfReader

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.cases import services
from councillor_safety.cases.models import Letter, LetterTemplate, SentLetterChanged
from councillor_safety.cases.services import CaseRuleBroken
from councillor_safety.cases.taxonomy import ActionKind, ActionStatus, LetterStatus, Signatory
from councillor_safety.cases.tests.factories import case_for, template_for
from councillor_safety.incidents.evidence_files import evidence_storage

pytestmark = pytest.mark.django_db


@pytest.fixture
def monitoring_officer(council):
    return UserFactory(
        council=council,
        role=Role.MONITORING_OFFICER,
        username="mo",
        first_name="Alex",
        last_name="Monitor",
    )


@pytest.fixture
def letter(councillor, officer):
    case = case_for(councillor, officer)
    return services.letter_draft(
        case=case,
        template=template_for(case.council_id),
        recipient_name="Pat Sender",
        recipient_address="1 High Street\nNorth Harbour\nNH1 2AB",
        acting_user=officer,
    )


def _stored(name: str) -> bytes:
    with evidence_storage().open(name, "rb") as handle:
        return handle.read()


def test_drafting_fills_the_safe_fields_and_opens_a_desist_action(letter, officer):
    assert letter.status == LetterStatus.DRAFT
    assert letter.body.startswith("Dear Pat Sender,")
    assert letter.case.reference in letter.body
    assert officer.display_name in letter.body
    assert letter.action is not None
    assert letter.action.kind == ActionKind.DESIST_LETTER


def test_the_signatory_approves_and_gets_pdf_and_docx_with_hashes(
    letter, officer, monitoring_officer
):
    services.letter_submit(letter=letter, acting_user=officer)
    services.letter_approve(letter=letter, acting_user=monitoring_officer)
    letter.refresh_from_db()
    assert letter.status == LetterStatus.APPROVED
    assert letter.approved_by == monitoring_officer
    pdf = _stored(letter.pdf_name)
    docx = _stored(letter.docx_name)
    assert hashlib.sha256(pdf).hexdigest() == letter.pdf_sha256
    assert hashlib.sha256(docx).hexdigest() == letter.docx_sha256
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Pat Sender" in pdf_text
    assert "Alex Monitor" in pdf_text
    assert letter.case.reference in pdf_text
    doc_text = "\n".join(p.text for p in Document(io.BytesIO(docx)).paragraphs)
    assert "This behaviour must stop." in doc_text
    assert "Monitoring Officer" in doc_text


def test_approval_rules(letter, officer, manager, monitoring_officer, other_council):
    with pytest.raises(CaseRuleBroken, match="waiting for approval"):
        services.letter_approve(letter=letter, acting_user=monitoring_officer)
    services.letter_submit(letter=letter, acting_user=officer)
    with pytest.raises(CaseRuleBroken, match="Only the monitoring officer"):
        services.letter_approve(letter=letter, acting_user=manager)
    with pytest.raises(CaseRuleBroken, match="Only the monitoring officer"):
        services.letter_approve(letter=letter, acting_user=officer)
    outsider = UserFactory(council=other_council, role=Role.MONITORING_OFFICER, username="mo2")
    with pytest.raises(CaseRuleBroken, match="cannot approve"):
        services.letter_approve(letter=letter, acting_user=outsider)
    letter.refresh_from_db()
    assert letter.status == LetterStatus.AWAITING_APPROVAL
    assert letter.pdf_name == ""


def test_the_drafter_cannot_approve_their_own_letter(councillor, manager):
    case = case_for(councillor, manager, incidents=1)
    letter = services.letter_draft(
        case=case,
        template=template_for(case.council_id, signatory=Signatory.SENIOR_MANAGER),
        recipient_name="P",
        recipient_address="A",
        acting_user=manager,
    )
    services.letter_submit(letter=letter, acting_user=manager)
    with pytest.raises(CaseRuleBroken, match="Someone other than the person who drafted"):
        services.letter_approve(letter=letter, acting_user=manager)


def test_editing_an_approved_letter_withdraws_the_approval(letter, officer, monitoring_officer):
    services.letter_submit(letter=letter, acting_user=officer)
    services.letter_approve(letter=letter, acting_user=monitoring_officer)
    services.letter_edit(
        letter=letter,
        recipient_name="Pat Sender",
        recipient_address="2 High Street",
        body="Changed.",
        acting_user=officer,
    )
    letter.refresh_from_db()
    assert letter.status == LetterStatus.DRAFT
    assert letter.approved_by is None
    assert letter.pdf_sha256 == ""


def test_the_signatory_can_return_a_letter_with_a_reason(letter, officer, monitoring_officer):
    services.letter_submit(letter=letter, acting_user=officer)
    with pytest.raises(CaseRuleBroken, match="Say what needs to change"):
        services.letter_return(letter=letter, reason="", acting_user=monitoring_officer)
    services.letter_return(
        letter=letter, reason="Soften paragraph 2", acting_user=monitoring_officer
    )
    assert letter.status == LetterStatus.DRAFT
    assert letter.case.events.filter(
        what="Letter returned for changes", detail="Soften paragraph 2"
    ).exists()


def test_a_sent_letter_cannot_be_changed_or_deleted(letter, officer, monitoring_officer):
    with pytest.raises(CaseRuleBroken):
        services.letter_mark_sent(letter=letter, acting_user=officer)  # not approved yet
    services.letter_submit(letter=letter, acting_user=officer)
    services.letter_approve(letter=letter, acting_user=monitoring_officer)
    services.letter_mark_sent(letter=letter, acting_user=officer)
    letter.refresh_from_db()
    assert letter.status == LetterStatus.SENT
    assert letter.sent_by == officer
    assert letter.action is not None
    assert letter.action.status == ActionStatus.DONE
    body = letter.body
    with pytest.raises(CaseRuleBroken, match="has been sent"):
        services.letter_edit(
            letter=letter, recipient_name="X", recipient_address="Y", body="Z", acting_user=officer
        )
    with pytest.raises(CaseRuleBroken):
        services.letter_submit(letter=letter, acting_user=officer)
    letter.body = "Rewritten"
    with pytest.raises(SentLetterChanged):
        letter.save()
    with pytest.raises(SentLetterChanged):
        letter.delete()
    assert Letter.objects.get(pk=letter.pk).body == body


def test_a_template_with_an_unknown_field_is_refused_at_save(administrator):
    with pytest.raises(CaseRuleBroken) as caught:
        services.template_save(
            council=administrator.council,
            name="Leaky",
            purpose=ActionKind.DESIST_LETTER,
            signatory=Signatory.MONITORING_OFFICER,
            signatory_title="MO",
            body="Dear {{ recipient.name }}\n{{ councillor.email }}",
            is_active=True,
            acting_user=administrator,
        )
    assert "Line 2: ‘councillor.email’ is not a field" in caught.value.messages[0]
    assert not LetterTemplate.objects.filter(name="Leaky").exists()


def test_saving_a_template_again_makes_a_new_version(administrator):
    template = template_for(administrator.council_id)
    services.template_save(
        council=administrator.council,
        template=template,
        name=template.name,
        purpose=template.purpose,
        signatory=template.signatory,
        signatory_title="Monitoring Officer",
        body="Dear {{ recipient.name }}",
        is_active=True,
        acting_user=administrator,
    )
    assert LetterTemplate.objects.get(pk=template.pk).version == 2


def test_a_letter_keeps_the_template_version_it_was_drafted_from(letter, administrator):
    template = letter.template
    services.template_save(
        council=template.council,
        template=template,
        name=template.name,
        purpose=template.purpose,
        signatory=template.signatory,
        signatory_title="Monitoring Officer",
        body="Completely different",
        is_active=True,
        acting_user=administrator,
    )
    letter.refresh_from_db()
    assert letter.template_version == 1
    assert "Completely different" not in letter.body


def test_an_inactive_or_other_councils_template_cannot_be_used(councillor, officer, other_council):
    case = case_for(councillor, officer, incidents=1)
    foreign = template_for(other_council.pk)
    with pytest.raises(CaseRuleBroken, match="template of this council"):
        services.letter_draft(
            case=case,
            template=foreign,
            recipient_name="P",
            recipient_address="A",
            acting_user=officer,
        )


def test_signatories_are_told_a_letter_waits(
    letter, officer, monitoring_officer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.letter_submit(letter=letter, acting_user=officer)
    assert [m.to for m in mailoutbox] == [[monitoring_officer.email]]
    assert str(letter.public_id) in mailoutbox[0].body
    assert "This behaviour must stop" not in mailoutbox[0].body
