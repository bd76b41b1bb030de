"""Text normalisation shared by the lexical stage, the lexicons and the threat rules.

Abusive mail hides words: ``f*ck``, ``sh1t``, ``k i l l``, ``idiiiot``. ``normalise`` folds
Unicode look-alikes (NFKC), lower-cases, maps common digit/symbol substitutions inside words
back to letters, squeezes long character runs and re-joins single letters spaced out.
"""

from __future__ import annotations

import re
import unicodedata

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
# A word may start with "$" ("$hit"), but not with "@", which starts a handle ("@user"), and may
# end with either ("u$ele$$").
_WORD_WITH_LEET = re.compile(
    r"(?:(?<![a-z0-9@$])(?=\$)|\b)(?=[a-z0-9@$]*[a-z])(?=[a-z0-9@$]*[0-9@$])[a-z0-9@$]{3,}"
    r"(?![a-z0-9@$])"
)
_LEET_CHAR = re.compile(r"[0-9@$]")
_MASKED = re.compile(r"\b([a-z]{1,2})[*#%_.]+([a-z]{1,6})\b")
_RUNS = re.compile(r"([a-z])\1{2,}")
_SPACED = re.compile(r"(?<!\S)(?:[a-z] ){2,}[a-z](?!\S)")
_TOKEN = re.compile(r"[a-z][a-z']*[a-z]|[a-z]")
_SPACES = re.compile(r"\s+")
_ZERO_WIDTH = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})

# Masked spellings whose letters we can restore unambiguously.
_UNMASK = {
    ("f", "ck"): "fuck",
    ("f", "king"): "fucking",
    ("f", "cking"): "fucking",
    ("s", "it"): "shit",
    ("s", "t"): "shit",
    ("c", "nt"): "cunt",
    ("b", "tch"): "bitch",
    ("tw", "t"): "twat",
    ("f", "k"): "fuck",
    ("f", "kin"): "fucking",
    ("f", "ing"): "fucking",
    ("f", "cker"): "fucker",
    ("sh", "t"): "shit",
    ("sh", "te"): "shite",
    ("c", "t"): "cunt",
    ("b", "ch"): "bitch",
    ("a", "hole"): "asshole",
    ("w", "nker"): "wanker",
    ("pr", "ck"): "prick",
    ("b", "stard"): "bastard",
}


def _unmask(match: re.Match[str]) -> str:
    key = (match.group(1), match.group(2))
    return _UNMASK.get(key, match.group(1) + match.group(2))


def normalise(text: str) -> str:
    """Return a lower-case, de-obfuscated form of ``text`` for lexical matching."""
    # NFKC and the quote/zero-width maps change nothing in ASCII text, most mail
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH).translate(_QUOTES)
    text = text.lower()
    if _LEET_CHAR.search(text):
        text = _WORD_WITH_LEET.sub(lambda m: m.group(0).translate(_LEET), text)
    text = _MASKED.sub(_unmask, text)
    text = _RUNS.sub(r"\1\1", text)
    text = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _SPACES.sub(" ", text).strip()


def words(normalised: str) -> list[str]:
    """Split normalised text into word tokens (letters and inner apostrophes)."""
    return _TOKEN.findall(normalised)
