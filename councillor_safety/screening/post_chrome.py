"""The words of the posts in a screenshot, without the names, times and buttons around them.

OCR reads everything in a screenshot: the poster's name and handle, "2h", "Like  Reply", "12
reposts". Screened with the post, those lines dilute it as a subject line dilutes a short mail:
drawn as posts under a name and time, with "Like  Reply" below, the functional suite's abusive
cases flagged fell from 0.967 as text to 0.740 (`bench/screenshots.py`). The screener reads
the post's own words as well, with those lines taken out; the officer is shown every word read,
because who posted and when is evidence.

Only whole lines are taken out (but for the time a chat prints at the end of a message), and
only lines that are made of a feed's furniture: buttons, headings and counts; a time or a handle
with at most a short capitalised name beside it; a name alone directly above such a line at the
start of a post, or of two to four words over a post's first sentence (Facebook prints a
commenter's name so, with the time below); the phone's status bar and rows of icons (which OCR
reads as stray letters and signs between a clock or counts); the comment box ("Write a
comment..."); and in a chat's screenshot (text messages, WhatsApp), its heading ("< Dave
Smith"), "online", the days between messages, and its message box. A feed's words that OCR
misreads in a small screenshot ("i2 replies", "See transiation") are put right before they are
judged. A line with any other word in it is the post's and stays: "I will see you at 10:30" is
kept, because "will" and "you" are not a feed's words. This is a second reading, not a
replacement: the words as read are screened too.

A screenshot of a thread holds several posts, and the feed's lines stand between them: each post
is also read on its own, as the screener reads an imported comment, since one abusive reply
among ordinary ones is diluted by them as by a name and time.
"""

from __future__ import annotations

import re


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# A feed's own words that are rarely a post's whole line: buttons, counts' nouns, badges.
_UI_WORDS = _word_set(
    """
    like likes liked love reply replies replied comment comments share shares shared repost
    reposts reposted retweet retweets quote quotes bookmark bookmarks view views viewed see all
    more less translation translate translated follow following followers public friends only
    top fan author admin moderator edited pinned sponsored send message write hide report
    original replying to show post posts most relevant newest oldest recent
    """
)
_LONG_UI_WORDS = tuple(sorted(word for word in _UI_WORDS if len(word) >= 7))
_MISREAD_COUNT = re.compile(r"[\dilIoO][\d,.ilIoO]*[km%]?")
_DIGIT_LOOKALIKES = str.maketrans("ilIoO", "11100")
# Words that on a line of their own are a feed's buttons and counts, not a post's words.
_BUTTONS = _word_set(
    """
    like likes reply replies comment comments share shares repost reposts retweet retweets
    quote quotes bookmark bookmarks views translation follow following followers edited pinned
    sponsored replying post posts relevant newest oldest
    """
)
_MONTHS = _word_set(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
    "august september october november december"
)
# Names for a time: clear only beside a number ("2 hr ago", "Dec 3") or as a feed writes them.
_TIME_WORDS = _MONTHS | _word_set(
    """
    s sec secs second seconds m min mins minute minutes h hr hrs hour hours d day days w wk wks
    week weeks mo mos month months y yr yrs year years ago am pm at just now today yesterday
    """
)
_BADGES = frozenset({"author", "admin", "moderator"})
# "2h", "3d", "12:04", "9pm", "3/12/26": a post's time as feeds print it
_TIME = re.compile(
    r"\d{1,2}(?:[smhdwy]|min|mins|hr|hrs|wk|wks|mo|yr|yrs)"
    r"|\d{1,2}:\d{2}(?:[ap]m)?|\d{1,2}[ap]m|\d{1,2}/\d{1,2}(?:/\d{2,4})?",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"@[\w.]+")
_COUNT = re.compile(r"\d[\d,.]*[km%]?", re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
# A comment box's invitation, and who liked a post: "Write a comment...", "Post your reply",
# "Add a comment for cllrpryce...", "Comment as Cllr Pryce", "Liked by dsmith88 and 45 others"
_FEED_PHRASE = re.compile(
    r"(?:write|add|post|leave) (?:a |your )?(?:public )?(?:comment|reply)\b.*"
    r"|(?:comment|reply) (?:as|to) .*"
    r"|liked by \S+(?: and [\d,.]+k? others)?"
    # a chat's message box: "Type a message", "iMessage", "Text Message"
    r"|(?:type|write|send) a message.*|i?message|text message",
    re.IGNORECASE,
)
# Whether a chat's other person is there, under their name: "online", "typing...", "last seen
# today at 14:02", "Active 5m ago"; and whether a message was delivered or read.
_PRESENCE = re.compile(
    r"online|typing\W*|active now|active \S+(?: \S+)? ago|last seen .*"
    r"|delivered|seen|read(?: \d{1,2}:\d{2})?",
    re.IGNORECASE,
)
# The time a chat prints after each message, and the ticks after it as OCR reads them ("will find
# you 14:03 W"); not a time the message names ("outside at 10:30")
_SENT_AT = re.compile(
    r"(?<!\bat)(?<!\bby)(?<!\bfrom)(?<!\buntil)(?<!\btill)(?<!\bbefore)(?<!\bafter)(?<!\bfor)"
    r"(?<!\bto)\s+\d{1,2}:\d{2}(?:\s?[ap]m)?(?:\s+\S{1,2})?$",
    re.IGNORECASE,
)
# A chat's day between its messages: "Today", "Yesterday", "Monday"
_DAYS = _word_set(
    "today yesterday monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun"
)
_SENTENCE_END = re.compile(r"[.!?]\s")
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._]*", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_EDGE_PUNCTUATION = "\"'“”‘’.,:;!?()[]{}<>*"


def post_text(words: str) -> str:
    """``words`` read from a screenshot, without the lines that are a feed's, not a post's;
    "" when every line is a feed's."""
    return "\n".join(posts(words))


def posts(words: str) -> list[str]:
    """Each post's own words in ``words`` read from a screenshot, in order: the lines between
    the feed's, which stand between one post and the next."""
    lines = [line.strip() for line in words.splitlines()]
    dropped = [_is_chrome(line) for line in lines]
    # a name on its own line over its time or handle ("Dave Smith" / "2h · Public"), where a
    # post begins: at the top or after another post's buttons
    for index, line in enumerate(lines):
        if (
            not dropped[index]
            and index + 1 < len(lines)
            and dropped[index + 1]
            and (_marks_poster(lines[index + 1]) or _PRESENCE.fullmatch(lines[index + 1]))
            and (index == 0 or dropped[index - 1] or not lines[index - 1])
            and _is_name(_tokens(line))
        ):
            dropped[index] = True
    found: list[list[str]] = [[]]
    for line, chrome in zip(lines, dropped, strict=True):
        if chrome:
            found.append([])
        elif line:
            found[-1].append(_SENT_AT.sub("", line))
    # Facebook prints a commenter's name alone over the comment, with the time only below it:
    # a first line of two to four names over a line that begins a sentence is the poster's; a
    # post's own first line runs on ("Black Lives Matter" / "protesters are ..."), and a
    # headline's goes on in capitals ("Black Mother Kills Four" / "Children In ...")
    return [
        "\n".join(post[1:] if len(post) > 1 and _is_poster_name(post[0], post[1]) else post)
        for post in found
        if post
    ]


def _is_poster_name(first: str, below: str) -> bool:
    """Whether a post's first line is its poster's name, from the line below it."""
    long_words = [t for t in _tokens(below) if t[0].isalpha() and len(t) > 3]
    headline = len(long_words) > 1 and all(t[0].isupper() for t in long_words)
    return _is_full_name(first) and below[:1].isupper() and not headline


def _is_full_name(line: str) -> bool:
    tokens = _tokens(line)
    return len(tokens) >= 2 and _is_name(tokens) and not any(c in line for c in ",.!?:;")


def _tokens(line: str) -> list[str]:
    tokens = (token.strip(_EDGE_PUNCTUATION) for token in line.split())
    return [_as_meant(token) for token in tokens if token]


def _as_meant(token: str) -> str:
    """A feed's count or word as OCR misreads it in a small screenshot, put right: "i2" for
    "12", "transiation" for "translation" (long words only, one letter wrong)."""
    if _MISREAD_COUNT.fullmatch(token) and any(ch.isdigit() for ch in token):
        return token.translate(_DIGIT_LOOKALIKES)
    lowered = token.lower()
    if len(token) >= 7 and lowered not in _UI_WORDS:
        for word in _LONG_UI_WORDS:
            if (
                len(word) == len(lowered)
                and sum(a != b for a, b in zip(word, lowered, strict=True)) == 1
            ):
                return word.capitalize() if token[0].isupper() else word
    return token


def _is_mark(token: str) -> bool:
    """A separator or an icon OCR read as a sign ("·", "-", "©")."""
    return not any(ch.isalnum() for ch in token)


def _is_strong(token: str) -> bool:
    """A time or handle: a feed's, whatever words stand beside it."""
    return bool(_TIME.fullmatch(token) or _HANDLE.fullmatch(token))


def _is_furniture(token: str) -> bool:
    lowered = token.lower()
    return (
        _is_mark(token)
        or _is_strong(token)
        or bool(_COUNT.fullmatch(token))
        or lowered in _UI_WORDS
        or lowered in _TIME_WORDS
    )


def _is_name(tokens: list[str]) -> bool:
    """One to four words written as names are ("Dave", "O'Neil", "Smith-Jones"), not shouted."""
    return 1 <= len(tokens) <= 4 and all(
        _NAME_WORD.fullmatch(t) and t[0].isupper() and not (len(t) > 1 and t.isupper())
        for t in tokens
    )


def _marks_poster(line: str) -> bool:
    return _first_mark(_tokens(line)) is not None


def _first_mark(tokens: list[str]) -> int | None:
    """Where the first time ("2h", "2 hr ago", "Dec 3"), handle or badge ("Top fan", "Author")
    stands: what follows a poster's name."""
    lowered = [t.lower() for t in tokens]
    for index, word in enumerate(lowered):
        following = lowered[index + 1] if index + 1 < len(lowered) else ""
        badge = tokens[index][0].isupper() and (
            word in _BADGES or (word, following) == ("top", "fan")
        )
        if (
            badge
            or _is_strong(word)
            or word == "ago"
            or (_COUNT.fullmatch(word) and following in _TIME_WORDS)
            or (word in _MONTHS and _COUNT.fullmatch(following))
        ):
            return index
    return None


def _is_buttons(tokens: list[str]) -> bool:
    """A row of buttons or a heading as feeds print them, capitalised: "Like  Comment  Share",
    "Reply  See translation", "Show more replies", "< Comments"."""
    return (
        all(_is_mark(t) or _is_stray(t) or t.lower() in _UI_WORDS for t in tokens)
        and any(t.lower() in _BUTTONS for t in tokens)
        and any(t[0].isupper() and t.lower() in _UI_WORDS for t in tokens)
    )


def _is_stray(token: str) -> bool:
    """A letter on its own that is not a word: an icon or a chevron as OCR reads it ("v")."""
    return len(token) == 1 and token not in ("I", "a", "A")


def _is_icon_row(tokens: list[str]) -> bool:
    """A phone's status bar ("9:41 al F 87%") or a row of icons with their counts ("Q 12 tl 4
    © 31"): a clock or counts among tokens too short to be words, which is how OCR reads
    icons."""
    counts = sum(bool(_COUNT.fullmatch(t)) for t in tokens)
    others = [t for t in tokens if not (_COUNT.fullmatch(t) or _CLOCK.fullmatch(t))]
    if not all(len(t) <= 3 for t in others):
        return False
    # a post's short words between numbers ("of 1 to 10") are two letters or three
    return (
        bool(_CLOCK.fullmatch(tokens[0]))
        or counts >= max(3, len(others))
        or (counts >= 2 and all(len(t) == 1 or _is_mark(t) for t in others))
    )


def _is_chrome(line: str) -> bool:
    tokens = _tokens(line)
    if not tokens:
        return False
    if _FEED_PHRASE.fullmatch(line) or _is_icon_row(tokens) or _is_buttons(tokens):
        return True
    if _PRESENCE.fullmatch(line):
        return True
    if line[:1] in "<‹←" and _is_name(tokens):  # a chat's or a post's heading, by its back arrow
        return True
    last = line.split()[-1]
    if len(last) > 1 and last.endswith((".", "!", "?")):
        return False  # a post's sentence, however short: "for 7 days.", "western fan?"
    if len(tokens) == 1 and tokens[0].lower() in _DAYS:
        return True  # a chat's day between its messages
    mark = _first_mark(tokens)
    others = [t for t in tokens if not _is_furniture(t)]
    if not others:
        # "12 reposts", "2h · Public", "@dsmith88", "Like  Comment  Share"
        return mark is not None or any(_COUNT.fullmatch(t) for t in tokens)
    # a byline: the poster's name or username, then a time, a handle or a badge; not a post
    # that begins by naming whom it answers ("@dsmith88 Shut up")
    # nor the end of a post's sentence before the time a chat prints ("disgusting. 14:03")
    if (
        mark is None
        or "," in line
        or _SENTENCE_END.search(line)
        or any(not _is_furniture(t) for t in tokens[mark:])
    ):
        return False
    if _is_name(others):
        return True
    # a username then a time, as Instagram and TikTok print them ("dsmith88 2d")
    return (
        len(others) == 1
        and mark == 1
        and tokens[0] == others[0]
        and len(others[0]) >= 3
        and bool(_USERNAME.fullmatch(others[0]))
        and bool(_TIME.fullmatch(tokens[mark]))
    )
