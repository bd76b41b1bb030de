from __future__ import annotations

import factory

from councillor_safety.accounts.models import Council, User
from councillor_safety.accounts.roles import Role

TEST_PASSWORD = "correct-horse-battery-staple-42"


class CouncilFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Council
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Test District Council {n}")
    slug = factory.Sequence(lambda n: f"test-{n}")
    reference_prefix = factory.Sequence(
        lambda n: (
            "T" + "ABCDEFGHJKLMNPQRSTUVWXYZ"[n % 24] + "ABCDEFGHJKLMNPQRSTUVWXYZ"[(n // 24) % 24]
        )
    )
    spoc_team_email = factory.LazyAttribute(lambda c: f"member-support@{c.slug}.example")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    council = factory.SubFactory(CouncilFactory)
    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name", locale="en_GB")
    last_name = factory.Faker("last_name", locale="en_GB")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    role = Role.COUNCILLOR

    @factory.post_generation
    def password(obj: User, create: bool, extracted: str | None, **kwargs: object) -> None:  # type: ignore[misc]
        obj.set_password(extracted or TEST_PASSWORD)
        if create:
            obj.save(update_fields=["password"])
