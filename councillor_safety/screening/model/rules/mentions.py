"""A group named and nothing said of it: "Blind people", "A Black man", "Re: Polish residents".

Such a text makes no claim, so all the model can read into it is the group word; it read an
attack into it for some groups and not others ("blind people", "old people", "A Black man",
"A disabled person" were flagged; "Sikh people" was not). Of the public posts that are nothing
but a group named, 15 of 16 are labelled harmless. Slurs are not group words here, so "Pakis"
alone is read as written.
"""

from __future__ import annotations

import re

from ..fastre import screened
from ..lexicon import GROUP_WORDS

# what may follow the group word: a person, a community, or a thing of theirs
_NOUN = (
    r"(?:people|persons?|man|woman|men|women|residents?|communit(?:y|ies)|famil(?:y|ies)|"
    r"couples?|boys?|girls?|kids|children|students?|pupils?|voters?|folk|citizens|neighbours?|"
    r"councill?ors?|members?|staff|workers?|groups?|friends?|lives|rights|history|culture|heritage)"
)
# what may come before it: a subject line's "Re:", an article, a few ordinary words of number,
# age or place ("Some older Polish residents"); group words may stand side by side ("Black
# British people") or in a list
_BEFORE = (
    r"(?:(?:re|about|fao|for)\s*:?\s+)?"
    r"(?:(?:a|an|the|some|many|our|my|local|young|older|elderly)\s+){0,2}"
)
_BARE_MENTION = screened(
    re.compile(
        rf"^[\W_]*{_BEFORE}(?:{GROUP_WORDS})(?:(?:\s*(?:,|and|or|&)\s*|\s+)(?:{GROUP_WORDS}))*"
        rf"(?:\s+{_NOUN})?[\W_]*$"
    )
)


def bare_mention(normalised: str) -> str:
    """The words, where the whole text is a group named with nothing said of it, or ""."""
    m = _BARE_MENTION.search(normalised)
    return m.group(0).strip(" \t\n.,;:!?*()[]\"'") if m else ""


# A group's need or hardship, said plainly: "The women's football team needs a changing room with
# a lock.", "Single mothers on the estate are struggling with the cost of living.", "Women like her
# deserve a seat at the cabinet table." Residents write so when they ask the council for something,
# and the model read the group word as sexism or an attack (the women's team 0.25 for
# `sexual_harassment`, over its threshold; the single mothers 0.22). Only what a person or a
# service gives (help, a place, a voice, a ramp ...), never a thing done to the group ("need
# locking up", "need to be sent back", "need a lesson") and never "need to": what a group "needs
# to" do is as often an order to it. Nor what a group "wants" ("all they want is money" is a
# trope), nor the groups that grievance posts mock ("white people can't get ...").
_MOCKED = r"(?:white|whites|men|man|males?|straight|english|british)"
_AS_SUBJECT = (
    r"(?:^|[.!?]\s+)(?:(?:the|our|many|some|local|all|young|older|elderly|single|pregnant|new)\s+)"
    rf"{{0,2}}(?:[\w'-]+\s+)?(?!{_MOCKED}\b)(?:{GROUP_WORDS})(?:'s|s')?(?:\s+{_NOUN}(?:'s|s')?)?"
    r"(?:\s+(?:[\w'-]+\s+)?(?:team|club|group|refuge|centre|network|forum))?(?:\s+(?:on|in|at|from|"
    r"across|around|near)\s+(?:the\s+|our\s+|this\s+|my\s+)?[\w'-]+|\s+like\s+(?:her|him|them|me|us))?\s+"
)
_GIVEN = (
    r"(?:help|support|funding|money|access|space|room|rooms|places?|seats?|voice|say|pay|chance|"
    r"respect|protection|advice|care|services?|housing|homes?|jobs|training|representation|childcare|"
    r"refuges?|shelters?|toilets?|ramps?|crossings?|lighting|security|clubs?|sessions?|appointments?|"
    r"safety|justice|equality|rights|transport|buses|benches|parking|site|translation|interpreters?|"
    r"welcome|changing\s+rooms?|somewhere\s+to\s+[\w'-]+)"
)
_NEEDS = (
    r"(?:(?:still|really|urgently|badly|also)\s+)?(?:need|needs|deserve|deserves|would\s+like|are\s+"
    r"asking\s+for|are\s+calling\s+for)\s+(?:a|an|the|more|better|proper|extra|equal|their\s+own|our|"
    rf"some|safe|quiet|free|decent)?\s*(?:[\w'-]+\s+){{0,2}}?{_GIVEN}\b"
)
_HARDSHIP = (
    r"(?:are|is)\s+(?:still\s+|really\s+|being\s+)?(?:struggling|hit\s+hardest|worst\s+hit|"
    r"lonely|isolated|left\s+behind|finding\s+it\s+hard|losing\s+out|priced\s+out|in\s+need)\b|"
    r"(?:can'?t|cannot|are\s+unable\s+to)\s+(?:get|afford|find|access|reach|use)\s+(?:a|an|the|to|"
    r"through|on|in|into|any|enough\s+(?:help|support))\b"
)
_GROUP_NEED = screened(re.compile(rf"{_AS_SUBJECT}(?:{_NEEDS}|{_HARDSHIP})"))
# in a note of a few words only: a longer text says more of the group than its need
_NEED_WORDS = 30


def a_groups_need(normalised: str) -> str:
    """The words, where a short text says what a group needs or goes without, or ""."""
    if len(normalised.split()) > _NEED_WORDS:
        return ""
    m = _GROUP_NEED.search(normalised)
    return m.group(0).strip(" \t\n.,;:!?*()[]\"'") if m else ""
