"""Whether a rule's words are the writer's own: reported speech, a quotation, a negation or a
condition cuts a threat rule's strength and silences an insult ("He said 'I know where you live'",
"I would never hurt anyone")."""

from __future__ import annotations

import re

# not the writer's own "I'm saying" ("I'm not saying I'd hurt you. I'm saying I'd enjoy it if
# somebody did."), nor an order passed on at the start of a clause ("Tell your husband to enjoy
# his last Christmas"; "someone told me to" and "they tell you to" stay reports), nor a warning
# about what someone says ("she should watch what she says if she wants to keep her teeth"), nor
# a dare to be reported ("Go on, report me, you'll be the one who ends up in A&E.")
REPORTING = re.compile(
    r"\b(?:said|(?<!watch\swhat\sshe\s)(?<!watch\swhat\she\s)says|"
    # others' words: "People who say Muslims should be shot are disgusting." (not "I say we ...",
    # "I should say they ...", "... has no right to say anything, and should be killed", nor "if
    # you say that, you need to be shot")
    r"(?:(?<=\bwho\s)|(?<=\bthey\s)|(?<=\bpeople\s)|(?<=\bothers\s)|(?<=\bthose\s)|(?<=\bever\s)|"
    r"(?<=\banyone\s))say|"
    # others' beliefs: "It's horrifying that people still think ..." (not "I still think ...")
    r"(?:(?<=\bwho\s)|(?<=\bthey\s)|(?<=\bpeople\s)|(?<=\bpeople\sstill\s)|(?<=\banyone\s)|"
    r"(?<=\bothers\s))think|"
    r"(?<!i'm\s)(?<!i\sam\s)saying|told|telling|(?<=[\w']\s)tell|"
    r"tell(?!\s+(?:your\s+)?[\w'-]+\s+to\b)|wrote|written|writes|posted|shouted|screamed|"
    r"yelled|(?<!i'm\s)(?<!i\sam\s)(?:shouting|screaming|yelling)|called|texted|messaged|emailed|received|got\s+a\s+(?:message|letter|email|call)|"
    r"message\s+saying|letter\s+saying|threatened|threats?\s+like|reported|report(?!\s+(?:me|us)\b)|"
    r"sentences?\s+like|"
    r"phrases?\s+like)\b"
)
# "why don't you ..." and "why not ..." urge, they do not deny; "I wouldn't mind seeing ..."
# wishes; "Don't worry, ..." reassures, and denies nothing that follows it
_NEGATION = re.compile(
    r"\b(?:never|(?<!why\s)not(?!\s+(?:forget|mind)\b)|(?<!why\s)don'?t(?!\s+(?:you\s+)?(?:forget|mind|worry|panic|fret)\b)|"
    r"wouldn'?t(?!\s+(?:it|you|that|mind)\b)|would\s+not(?!\s+mind\b)|won'?t(?!\s+(?:it|you|mind)\b)|"
    r"nobody|no\s+one|shouldn'?t)\b"
)
# ("wouldn't it be a shame if ..." and "won't you be sorry" ask, they do not deny; "don't forget
# what happened to ..." reminds)
# a condition put to the reader: a negation inside it ("if you do not resign, I will ...") is
# part of the demand, not a denial of the threat that follows
_CONDITION = re.compile(r"\b(?:if|unless|until|till|otherwise)\b")
# where a denial ends: "but", and a new clause with its own subject and "will" or "would" ("Next
# time I won't be writing, I'll be knocking, and it won't be gentle.", "She's lucky I'm not her
# dad, she'd have been beaten black and blue.")
_CONTRAST = re.compile(
    r"\bbut\b|,\s*(?=(?:i'?ll|(?:i|we|she|he|they|you)(?:'ll|\s+will|'d|\s+would)|we'?ll)\b)"
)
_SUBORDINATE = re.compile(r"\b(?:when|whenever|once)\b")
# double quotes anywhere; single quotes only when not an apostrophe inside a word (you'll)
_QUOTE = re.compile(r"[\"\u201c\u201d]|(?<![a-z])'|'(?![a-z])")
_WORD_AHEAD = re.compile(r"\s*[a-z]")


def _inside_quotes(norm: str, start: int) -> bool:
    """True when ``start`` falls inside a quotation. An apostrophe after a plural that owns the
    next word ("Cllr Roberts' kids", "the residents' association") is not a quote unless one is
    open ("his 'opinions' about Putin")."""
    double, single_open = 0, False
    for q in _QUOTE.finditer(norm):
        if q.start() >= start:
            break
        if q.group(0) != "'":
            double += 1
        elif (
            not single_open
            and norm[q.start() - 1 : q.start()] == "s"
            and _WORD_AHEAD.match(norm, q.end())
        ):
            continue
        else:
            single_open = not single_open
    return double % 2 == 1 or single_open


# what a match may begin with when its pattern starts at a clause (``CLAUSE_START``)
CLAUSE_PUNCTUATION = ".!?,;:\"'“‘ \t\n"


def matched_words(m: re.Match[str]) -> tuple[int, str]:
    """Where a match's words begin, and the words: a match that opens at a clause starts with
    the punctuation before it, and the sentence before that is not part of it."""
    words = m.group(0).lstrip(CLAUSE_PUNCTUATION)
    return m.end() - len(words), words


def reported_or_negated(m: re.Match[str]) -> bool:
    """True when a match is quoted, follows a reporting verb or is negated in its sentence."""
    norm, (start, words) = m.string, matched_words(m)
    before = norm[max(0, start - 60) : start]
    # cut at the last sentence boundary before the match
    for sep in (".", "!", "?", "\n"):
        pos = before.rfind(sep)
        if pos >= 0:
            before = before[pos + 1 :]
    # what follows "but", or a new clause with its own "I'll" or "she'd", is the writer's own,
    # whatever was denied before it: "I'm not saying I'll do anything, but I can't speak for the
    # lads." (read on into the match's own words, which may be that clause's subject and verb)
    contrast = [c for c in _CONTRAST.finditer(before + words) if c.end() <= len(before)]
    if contrast:
        before = before[contrast[-1].end() :]
    if _inside_quotes(norm, start) or REPORTING.search(before):
        return True
    # a negation before "when" belongs to the clause before it: "Your majority won't matter when
    # you're in a box."
    if _SUBORDINATE.match(words):
        return False
    condition = next((c.start() for c in reversed(list(_CONDITION.finditer(before)))), len(before))
    clause = next((c.end() for c in reversed(list(_SUBORDINATE.finditer(before)))), 0)
    return any(
        clause <= n.start() < condition
        for n in _NEGATION.finditer(before, max(0, len(before) - 30))
    )
