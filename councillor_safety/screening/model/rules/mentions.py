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
