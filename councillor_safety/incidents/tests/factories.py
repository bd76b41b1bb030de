from __future__ import annotations

import hashlib
import io
from datetime import date

import factory
from django.core.files.base import ContentFile
from PIL import Image

from councillor_safety.incidents.evidence_files import evidence_storage
from councillor_safety.incidents.models import Evidence, Incident, IncidentCategory
from councillor_safety.incidents.taxonomy import Category, Channel, ReportedVia, SenderKnown, Status


def png_bytes(width: int = 8, height: int = 8, colour: str = "red") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


class IncidentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Incident
        skip_postgeneration_save = True

    council = factory.SelfAttribute("councillor.council")
    reference = factory.Sequence(lambda n: f"TST-2026-{n + 1:05d}")
    councillor = factory.SubFactory("councillor_safety.accounts.tests.factories.UserFactory")
    reported_by = factory.SelfAttribute("councillor")
    reported_via = ReportedVia.ONLINE
    in_danger = False
    channel = Channel.EMAIL
    occurred_on = date(2026, 11, 1)
    sender_known = SenderKnown.UNKNOWN
    description = "An e-mail said I would regret my vote on the cycle lane."
    status = Status.NEW

    @factory.post_generation
    def categories(
        obj: Incident, create: bool, extracted: list[str] | None, **kwargs: object
    ) -> None:  # type: ignore[misc]
        if create:
            for category in extracted or [Category.INAPPROPRIATE_EMAIL]:
                IncidentCategory.objects.create(incident=obj, category=category)


class EvidenceFactory(factory.django.DjangoModelFactory):
    """Evidence with a real PNG written to the evidence storage."""

    class Meta:
        model = Evidence

    incident = factory.SubFactory(IncidentFactory)
    council = factory.SelfAttribute("incident.council")
    original_name = "screenshot.png"
    content_type = "image/png"
    uploaded_by = factory.SelfAttribute("incident.councillor")

    @classmethod
    def _create(cls, model_class: type[Evidence], *args: object, **kwargs: object) -> Evidence:
        content = png_bytes()
        council = kwargs["council"]
        kwargs.setdefault(
            "stored_name", evidence_storage().save(f"{council.pk}/factory", ContentFile(content))
        )  # type: ignore[attr-defined]
        kwargs.setdefault("size", len(content))
        kwargs.setdefault("sha256", hashlib.sha256(content).hexdigest())
        return super()._create(model_class, *args, **kwargs)  # type: ignore[no-any-return]
