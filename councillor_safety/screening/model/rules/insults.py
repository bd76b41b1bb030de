"""An insult said to the reader's face or about a person by name or title."""

from __future__ import annotations

import re

from ..fastre import screened
from ..lexicon import INSULT_ADJECTIVES
from .patterns import CLAUSE_START, INSULT_NOUN, NAMED
from .speech import matched_words, reported_or_negated

# An insult said to the reader's face: "you fucking idiot", "you're a complete tosser". The model
# learnt from public sets in which swearing is often labelled harmless and scores these near its
# threshold; a council treats every one of them as abuse. (The nouns, ``patterns.INSULT_NOUN``,
# are shared with the threat rules.)
#
# What may stand between "you" and the insult: articles, intensifiers and abusive adjectives.
# Only ``INSULT_ADJECTIVES`` also send a text to the encoder; the others here ("disgusting",
# "incompetent", "old") are as common in complaints about things and count only before a noun.
_INSULT_MODIFIER = "|".join(
    (
        "a|an|such|so|the|complete|absolute|utter|total|fucking|bloody|lying|little|fat|corrupt|right",
        "two-faced|worthless|disgusting|vile|nasty|evil|incompetent|clueless|deluded|senile",
        "ignorant|arrogant|pompous|smug|sad|old",
        *INSULT_ADJECTIVES,
    )
)
# An insult noun that begins a compound is a job or a case, not an insult: "she is a fraud
# officer", "are you a dog walker", "he was a fraud victim".
_NOT_AN_INSULT_AFTER = (
    r"(?!\s+(?:officers?|investigat\w*|team|department|squad|unit|cases?|victims?|prevention|"
    r"teller|writer|shop|show|owner|walker|handler|catcher|specialist|expert|protection|talk\w*|"
    r"bags?|cans?|collection|pickers?)\b)"
)
# Or about a person by name or title: "Cllr Smith is a liar and a crook", "she's a disgrace".
# "They" and "it" are left out: they are as often the bins or the budget as a person.
_PERSON = rf"(?:he|she|{NAMED})"
_INSULT_WORDS = (
    rf"(?:(?:{_INSULT_MODIFIER})(?:,|\s+and)?\s+){{0,4}}(?:{INSULT_NOUN})s?\b{_NOT_AN_INSULT_AFTER}"
)
# ... or called out ("oi bellend") or exclaimed at ("what a tosspot you are").
_DIRECT_INSULT = screened(
    re.compile(
        rf"\b(?:you|u|ya|you'?re|(?:you|u)\s+(?:are|r)|ur|your(?=\s+an?\s)|{_PERSON}(?:'s|\s+is)|"
        rf"oi,?|hey,?)\s+{_INSULT_WORDS}|"
        rf"\bwhat\s+{_INSULT_WORDS}\s+(?:you\s+are|you'?re|u\s+(?:are|r)|{_PERSON}\s+is)\b|"
        # told to go away in so many words, or called a poor excuse for one
        rf"{CLAUSE_START}(?:just\s+|now\s+|so\s+|and\s+|oh\s+)?(?:fuck|piss|sod|bugger)\s+off\b|"
        r"\b(?:pathetic|poor|sorry|sad|useless|miserable|feeble)\s+excuse\s+for\s+an?\s+(?:councillor|"
        r"representative|human(?:\s+being)?|man|woman|leader|mayor|person|politician|mp)\b|"
        # or sent where animals, freaks or the mad are kept: "Dwarfs like you should be in a
        # circus, not the council." (stage one scored it 0.08 and kept it from the encoder),
        # "she belongs in a cage"; not "The animals belong in a zoo." nor "You should be in the
        # circus tent by 7pm"
        rf"\b(?:you|u|ya|[a-z]+\s+like\s+(?:you|u|him|her)|{_PERSON})\s+(?:should\s+(?:all\s+)?be|"
        r"ought\s+to\s+be|belongs?|needs?\s+to\s+be)\s+(?:locked\s+up\s+|kept\s+|put\s+)?in\s+(?:a|the)\s+"
        r"(?:zoo|circus|cage|kennel|freak\s*show|loony\s+bin|nut\s*house|mad\s*house|padded\s+cell)"
        r"(?=\s*(?:[,.!?;]|$|\s+(?:not|instead|where|with|councill?or|cllr|mate)\b))|"
        # or is a sentence of its own: "Paki.", "Useless idiot!", "... Cowards."; not "Absolute
        # disgrace." or "A joke.", which are as often said of the bins
        r"(?:^|[.!?]\s+)(?!(?:(?:an?|absolute|total|complete|utter|such\s+a)\s+)*(?:disgrace|joke)s?\b)"
        rf"(?:{_INSULT_WORDS})(?:,?\s+(?:councillor|cllr|mate))?\s*(?:[.!?]+|$)"
    )
)


def direct_insult(normalised: str) -> str:
    """The words that insult the reader or a named person, or "" (none, or reported/quoted)."""
    m = _DIRECT_INSULT.search(normalised)
    if m is None:
        return ""
    if reported_or_negated(m):
        return ""
    return matched_words(m)[1].rstrip(".!? ")
