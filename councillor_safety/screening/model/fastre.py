"""A quick "cannot match" test in front of the big patterns that every text is searched with.

Python's ``re`` tries a large alternation afresh at every position of a text: the threat rules
together cost about 100 µs a message and the lexicons about 70 µs more (measured with nine
rules), a sixth of the screener's time on ordinary mail. RE2 (Google's engine, ``google-re2``) compiles the same
pattern into an automaton that reads the text once, in 1–5 µs. It is used here only to say that
a pattern cannot match, so that most mail skips ``re`` altogether; where it might match, ``re``
finds the matches, spans and groups exactly as before.

RE2 has no lookarounds, and its ``\\b``, ``\\w`` and ``\\s`` are ASCII. So its copy of a pattern
has every lookaround removed (it can then match more, never less), ``\\s`` and ``$`` widened to
what ``re`` accepts, and it reads only ASCII texts; any other text goes straight to ``re``. On
ASCII, ``re`` and RE2 agree on classes and boundaries, so a text RE2 rejects has no match.

All the copies live in one RE2 set, which reads a text once and names every pattern that could
match it: a dozen separate searches cost about 80 µs a message through the ``re2`` module's
per-call overhead, the set about 5 µs. The answer is kept for the last texts read, because the
screener asks about each text once per pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import cast

import re2

_EDGE_LOOKBEHIND = re.compile(r"\(\?<!\[([a-z0-9-]+)\]\)")
_EDGE_LOOKAHEAD = re.compile(r"\(\?!\[([a-z0-9-]+)\]\)\Z")
_LOOKAROUND_OPENERS = ("(?=", "(?!", "(?<=", "(?<!")
# re's \s on ASCII text (RE2's lacks \v and the four separators \x1c-\x1f)
_RE_SPACE = r"\t\n\v\f\r\x1c-\x1f "
# escapes that mean the same in both engines on ASCII text (RE2's \S and \W are supersets)
_SAME_ESCAPES = frozenset("bBdDwWSAntrfvx")


def _closing_paren(src: str, start: int) -> int:
    """Index of the parenthesis closing the group that opens at ``src[start]``."""
    depth, i, in_class = 0, start, False
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if src[i + 1 : i + 2] == "]" or src[i + 1 : i + 3] == "^]":  # "[]...]", "[^]...]"
                i += 2 if src[i + 1] == "]" else 3
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced parentheses in {src!r}")


def rejecting_copy(src: str) -> str:
    """RE2 source that matches wherever ``src`` does in ASCII text under ``re`` (and maybe more).

    Lookarounds are removed; ``\\s`` becomes re's ASCII class; ``$`` also matches before a final
    newline, as it does in ``re``. Raises ``ValueError`` for what it cannot translate safely.
    """
    # A one-character lookbehind that opens the pattern, or lookahead that closes it, may
    # consume its character instead: the same texts match ("(?<![a-z])gay(?![a-z])" must not
    # pass every "many" and "gayle" through).
    head = _EDGE_LOOKBEHIND.match(src)
    tail = _EDGE_LOOKAHEAD.search(src)
    if tail and src.endswith("\\" + tail.group(0)):
        tail = None
    prefix = rf"(?:\A|[^{head.group(1)}])" if head else ""
    suffix = rf"(?:[^{tail.group(1)}]|\z)" if tail else ""
    src = src[head.end() if head else 0 : tail.start() if tail else len(src)]
    out: list[str] = [prefix]
    i, in_class = 0, False
    while i < len(src):
        c = src[i]
        if c == "\\":
            escape = src[i : i + 2]
            if escape == r"\s":
                out.append(_RE_SPACE if in_class else f"[{_RE_SPACE}]")
            elif escape[1:].isalnum() and escape[1:] not in _SAME_ESCAPES:
                raise ValueError(f"{escape} is not translated: {src!r}")
            else:
                out.append(escape)
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
        elif src.startswith(_LOOKAROUND_OPENERS, i):
            i = _closing_paren(src, i) + 1
            continue
        elif c == "$":
            out.append(r"(?:\n?\z)")
        else:
            out.append(c)
        i += 1
    out.append(suffix)
    return "".join(out)


class _Screen:
    """Every screened pattern's RE2 copy in one set, and its answers for the last texts read."""

    # two forms of each text of a CLI batch (512): as normalisation reads it and as normalised,
    # which differ where mail has line breaks, so that each is read once
    MEMO_TEXTS = 2048
    MEMO_CHARS = 2000  # longer texts are read again rather than held

    def __init__(self) -> None:
        self._sources: list[str] = []
        self._set: re2.Set | None = None
        self._memo: dict[str, frozenset[int]] = {}

    def add(self, source: str) -> int:
        re2.compile(source)  # fails here, at import, on a copy RE2 cannot compile
        self._sources.append(source)
        self._set = None
        self._memo = {}
        return len(self._sources) - 1

    def _compiled(self) -> re2.Set:
        if self._set is None:
            # a generous budget: a set whose automaton ran out of memory would answer "no match"
            options = re2.Options()
            options.max_mem = 256 << 20
            compiled = re2.Set.SearchSet(options)
            for source in self._sources:
                compiled.Add(source)
            compiled.Compile()
            self._set = compiled
        return self._set

    def possible(self, text: str) -> frozenset[int]:
        """The indices of the patterns that could match ASCII ``text``."""
        found = self._memo.get(text)
        if found is None:
            # the set returns the indices that match, or None (the stubs say bool)
            matched = cast("list[int] | None", self._compiled().Match(text))
            found = frozenset(matched or ())
            if len(text) <= self.MEMO_CHARS:
                if len(self._memo) >= self.MEMO_TEXTS:
                    self._memo = {}
                self._memo[text] = found
        return found


_SCREEN = _Screen()


class ScreenedPattern:
    """A compiled ``re`` pattern with an RE2 test in front that rules out most texts at once."""

    def __init__(self, pattern: re.Pattern[str], copy: str | None = None) -> None:
        if pattern.flags & ~re.UNICODE:
            raise ValueError("flags are not translated; write the pattern for lower-case text")
        self.pattern = pattern
        self._index = _SCREEN.add(rejecting_copy(pattern.pattern) if copy is None else copy)

    def could_match(self, text: str) -> bool:
        """False only when ``text`` certainly has no match."""
        return not text.isascii() or self._index in _SCREEN.possible(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.could_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.could_match(text) else iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.pattern.sub(repl, text) if self.could_match(text) else text


def screened(pattern: re.Pattern[str], copy: str | None = None) -> ScreenedPattern:
    """``pattern`` behind the RE2 test; ``copy`` is RE2 source to use where no copy can be made
    (a backreference), which must match wherever ``pattern`` does."""
    return ScreenedPattern(pattern, copy)
