"""Encrypting stored credentials (mailbox passwords) at rest.

Fernet (AES-128-CBC with HMAC-SHA256) from the `cryptography` package. The key comes from
`CREDENTIALS_KEY` (a Fernet key) or, when unset, is derived from `SECRET_KEY` with HKDF, so a
database dump alone never reveals a mailbox password.
"""

from __future__ import annotations

import base64
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings


class CredentialUnreadable(RuntimeError):
    """The stored credential cannot be decrypted with the configured key."""


@lru_cache(maxsize=4)
def _fernet(secret: str, explicit_key: str) -> Fernet:
    if explicit_key:
        return Fernet(explicit_key.encode())
    derived = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=b"councillor-safety", info=b"credentials"
    ).derive(secret.encode())
    return Fernet(base64.urlsafe_b64encode(derived))


def _box() -> Fernet:
    return _fernet(settings.SECRET_KEY, settings.CREDENTIALS_KEY)


def seal(plaintext: str) -> str:
    return _box().encrypt(plaintext.encode()).decode()


def unseal(token: str) -> str:
    try:
        return _box().decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise CredentialUnreadable("The stored password cannot be read: enter it again") from exc
