"""Identifiers as people write them, turned into one comparable form (plain Python, no Django).

Every function returns a :class:`Normalised` and never raises: a value that cannot be
understood is kept as given, marked malformed, and still compared on its tidied text, because
linking must never lose or refuse what a councillor reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

import phonenumbers


class Kind(StrEnum):
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    HANDLE = "handle"
    ADDRESS = "address"
    DESCRIPTION = "description"


@dataclass(frozen=True)
class Normalised:
    kind: Kind
    raw: str
    value: str
    malformed: bool = False
    # Keys that put likely matches in the same small group, so fuzzy scoring never scans a whole
    # council: name-token prefixes for names, the postcode for addresses.
    blocking_keys: tuple[str, ...] = field(default=())


def _tidy(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text).strip()


def _fold(text: str) -> str:
    """Case- and accent-insensitive text: 'Zoë' and 'ZOE' compare equal."""
    decomposed = unicodedata.normalize("NFKD", _tidy(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# --- e-mail --------------------------------------------------------------------------------------

# Providers that deliver `first.last+tag@` to `firstlast@`: the dots and the tag identify no one.
DOTS_AND_PLUS_IGNORED = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}
# Providers that deliver `name+tag@` to `name@` but treat dots as part of the name.
PLUS_IGNORED = {
    "outlook.com",
    "hotmail.com",
    "hotmail.co.uk",
    "live.com",
    "live.co.uk",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "protonmail.com",
    "proton.me",
    "pm.me",
    "fastmail.com",
    "yahoo.com",
    "yahoo.co.uk",
}
EMAIL = re.compile(
    r"^[^@\s<>]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$"
)


def normalise_email(raw: str) -> Normalised:
    text = _tidy(raw)
    # "Gary <g.pendle@example.net>" and "mailto:" links are common in forwarded mail.
    if (bracketed := re.search(r"<([^<>]+)>", text)) is not None:
        text = bracketed.group(1)
    text = re.sub(r"^mailto:", "", text, flags=re.IGNORECASE).strip().casefold()
    if not EMAIL.match(text):
        return Normalised(Kind.EMAIL, raw, text, malformed=True)
    local, domain = text.rsplit("@", 1)
    if domain in DOTS_AND_PLUS_IGNORED:
        domain = DOTS_AND_PLUS_IGNORED[domain]
        local = local.split("+", 1)[0].replace(".", "")
    elif domain in PLUS_IGNORED:
        local = local.split("+", 1)[0]
    if not local:
        return Normalised(Kind.EMAIL, raw, text, malformed=True)
    return Normalised(Kind.EMAIL, raw, f"{local}@{domain}")


# --- phone ---------------------------------------------------------------------------------------


def normalise_phone(raw: str, *, region: str = "GB") -> Normalised:
    text = _tidy(raw)
    # "+44 (0)7700 900123": the bracketed trunk zero is never dialled after a country code.
    cleaned = re.sub(r"\(0\)", "", text)
    digits = re.sub(r"\D", "", cleaned)
    try:
        number = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException:
        return Normalised(Kind.PHONE, raw, digits or text.casefold(), malformed=True)
    if not phonenumbers.is_possible_number(number):
        return Normalised(Kind.PHONE, raw, digits, malformed=True)
    return Normalised(
        Kind.PHONE, raw, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    )


# --- social-media handles ------------------------------------------------------------------------

PLATFORM_HOSTS = {
    "twitter.com": "x",
    "x.com": "x",
    "mobile.twitter.com": "x",
    "facebook.com": "facebook",
    "m.facebook.com": "facebook",
    "fb.com": "facebook",
    "instagram.com": "instagram",
    "tiktok.com": "tiktok",
    "youtube.com": "youtube",
    "threads.net": "threads",
    "bsky.app": "bluesky",
    "linkedin.com": "linkedin",
    "nextdoor.co.uk": "nextdoor",
}
HANDLE = re.compile(r"^[a-z0-9_.\-]{1,100}$")


def normalise_handle(raw: str) -> Normalised:
    """The handle without '@', case or a platform's URL: '@Handle' and twitter.com/handle match.

    The platform is not part of the value: reports rarely say it, and one person tends to reuse
    a handle across platforms.
    """
    text = _tidy(raw).casefold()
    url = re.match(r"^(?:https?://)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})/(.*)$", text)
    if url is not None:
        host, path = url.groups()
        path = path.split("?", 1)[0].split("#", 1)[0].strip("/")
        if host in PLATFORM_HOSTS and path:
            segments = [s for s in path.split("/") if s]
            # bsky.app/profile/<name>, linkedin.com/in/<name>, youtube.com/@name
            if segments[0] in {"profile", "in", "user", "c"} and len(segments) > 1:
                segments = segments[1:]
            text = segments[0]
        else:
            return Normalised(Kind.HANDLE, raw, text, malformed=True)
    text = text.lstrip("@").strip()
    if not HANDLE.match(text):
        return Normalised(Kind.HANDLE, raw, text, malformed=True)
    return Normalised(Kind.HANDLE, raw, text)


# --- names ---------------------------------------------------------------------------------------

TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "rev", "cllr", "councillor"}
# What people write when they do not know a name; these never identify anyone.
NOT_A_NAME = re.compile(r"^(unknown|anonymous|anon|not known|no name|n/?a|none)\b")


def normalise_name(raw: str) -> Normalised:
    folded = _fold(raw)
    tokens = [t for t in re.split(r"[^\w']+", folded.replace("'", "")) if t]
    tokens = [t for t in tokens if t not in TITLES]
    value = " ".join(tokens)
    if not value or NOT_A_NAME.match(folded) or not any(c.isalpha() for c in value):
        return Normalised(Kind.NAME, raw, value, malformed=True)
    # First initial with the start of the surname, both ways round ("Smith, John"): blocks stay
    # small even for common names, and still meet "J. Smith" and a typo late in a name.
    if len(tokens) >= 2:
        first, last = tokens[0], tokens[-1]
        keys = tuple(sorted({f"n:{first[0]}:{last[:3]}", f"n:{last[0]}:{first[:3]}"}))
    else:
        keys = (f"n:{tokens[0][:4]}",)
    return Normalised(Kind.NAME, raw, value, blocking_keys=keys)


# --- addresses -----------------------------------------------------------------------------------

POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\b")
STREET_WORDS = {
    "st": "street",
    "rd": "road",
    "ave": "avenue",
    "av": "avenue",
    "ln": "lane",
    "cl": "close",
    "ct": "court",
    "cres": "crescent",
    "dr": "drive",
    "gdns": "gardens",
    "gr": "grove",
    "pl": "place",
    "sq": "square",
    "ter": "terrace",
    "terr": "terrace",
    "flt": "flat",
}


def normalise_postcode(raw: str) -> str | None:
    """'sw1a1aa' → 'SW1A 1AA'; None when the text holds no UK postcode."""
    match = POSTCODE.search(_tidy(raw).upper())
    return f"{match.group(1)} {match.group(2)}" if match else None


def normalise_address(raw: str) -> Normalised:
    text = _tidy(raw)
    postcode = normalise_postcode(text)
    # A postcode written without its space inside a longer address: match it on its own too.
    if postcode is None and (
        bare := re.search(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2})\b", text.upper())
    ):
        postcode = normalise_postcode(bare.group(1))
    folded = _fold(text)
    if postcode is not None:
        folded = re.sub(
            re.escape(postcode.replace(" ", "").casefold()) + "|" + re.escape(postcode.casefold()),
            " ",
            folded,
        )
    words = [STREET_WORDS.get(w, w) for w in re.split(r"[^\w]+", folded) if w]
    value = " ".join(words + ([postcode] if postcode else []))
    if not value:
        return Normalised(Kind.ADDRESS, raw, text, malformed=True)
    if postcode is not None:
        keys: tuple[str, ...] = (f"p:{postcode}",)
    else:
        street = next((w for w in words if not w.isdigit() and len(w) > 2), "")
        keys = (f"s:{street[:6]}",) if street else ()
    # Without a postcode, or a number and a street, an address is too vague to visit: keep it,
    # flagged.
    malformed = postcode is None and not (
        any(w[:1].isdigit() for w in words) and any(w.isalpha() and len(w) > 2 for w in words)
    )
    return Normalised(Kind.ADDRESS, raw, value, malformed=malformed, blocking_keys=keys)


def house_numbers(normalised_address: str) -> set[str]:
    """The numbers in an address, without the postcode: 12 and 14 Gull Street are not a match."""
    without_postcode = POSTCODE.sub(" ", normalised_address)
    return set(re.findall(r"\b\d+[a-z]?\b", without_postcode))


def normalise_description(raw: str) -> Normalised:
    return Normalised(Kind.DESCRIPTION, raw, _fold(raw))


NORMALISERS: dict[Kind, Callable[[str], Normalised]] = {
    Kind.NAME: normalise_name,
    Kind.EMAIL: normalise_email,
    Kind.PHONE: normalise_phone,
    Kind.HANDLE: normalise_handle,
    Kind.ADDRESS: normalise_address,
    Kind.DESCRIPTION: normalise_description,
}


def normalise(kind: Kind, raw: str) -> Normalised:
    try:
        return NORMALISERS[kind](raw)
    except Exception:
        # A library surprise on strange input must not stop a report being linked.
        return Normalised(kind, raw, _fold(raw), malformed=True)
