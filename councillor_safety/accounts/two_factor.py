"""Second-factor devices: authenticator apps (TOTP) and single-use backup codes."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

import segno
from django.db import transaction
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from councillor_safety.core.audit import audit_record

if TYPE_CHECKING:
    from django_otp.models import Device

    from councillor_safety.accounts.models import User

BACKUP_CODE_COUNT = 10


def is_verified(user: object) -> bool:
    """Whether this session completed a second factor (django-otp adds the method at runtime)."""
    check = getattr(user, "is_verified", None)
    return bool(check()) if callable(check) else False


def has_confirmed_device(user: User) -> bool:
    return any(True for _ in devices_for_user(user, confirmed=True))


def totp_device_pending(*, user: User) -> TOTPDevice:
    """The unconfirmed authenticator being set up, created on first use."""
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, confirmed=False, defaults={"name": "Authenticator app"}
    )
    return device


def totp_qr_svg(device: TOTPDevice) -> str:
    return str(segno.make(device.config_url, error="m").svg_inline(scale=5, border=2))


def totp_secret_for_display(device: TOTPDevice) -> str:
    import base64

    secret = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def verify_token(*, user: User, token: str) -> Device | None:
    """The device that accepts this code, or None. Accepted codes cannot be used again."""
    cleaned = token.replace(" ", "").strip()
    if not cleaned:
        return None
    for device in devices_for_user(user, confirmed=True):
        if device.verify_token(cleaned):
            return device
    return None


def totp_confirm(*, user: User, device: TOTPDevice, token: str) -> bool:
    cleaned = token.replace(" ", "").strip()
    if not device.verify_token(cleaned):
        return False
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        audit_record(
            actor=user, action="auth.two_factor_enabled", council=user.council, target=user
        )
    return True


def backup_codes_regenerate(*, user: User, acting_user: User) -> list[str]:
    """Replace a person's backup codes with a new set, returned once for them to keep."""
    codes = [f"{secrets.randbelow(10**8):08d}" for _ in range(BACKUP_CODE_COUNT)]
    with transaction.atomic():
        device, _ = StaticDevice.objects.get_or_create(
            user=user, name="Backup codes", defaults={"confirmed": True}
        )
        device.token_set.all().delete()
        StaticToken.objects.bulk_create([StaticToken(device=device, token=c) for c in codes])
        audit_record(
            actor=acting_user,
            action="auth.backup_codes_issued",
            council=user.council,
            target=user,
        )
    return codes
