"""Benchmark: does the screener find one abusive message in an exported chat?

Councillors give WhatsApp chats as evidence, exported as text. Cases are drawn from the
functional suite (`training/functional_suite.py`, a fixed sample of 150 threats, 150 abusive
cases that are not threats and 150 neutral cases), each put at a random place among 10 (then
40) of the suite's other neutral cases as the messages of a chat between a resident and a
councillor, written as an Android phone exports it for half the chats and as an iPhone does
for the rest. Each chat is read as a text file is (`attachments.attachment_text`) and
scored whole, and whole with each message on its own as well (`chat_export`, what the service
screens). Prints the share of chats flagged `threat` among the threats, and flagged at all
among the abusive and the neutral ones, read both ways, and the chats read a second; then the
seconds the worst of two hostile texts takes to be split into messages
(``hostile_chat_max_s``).

The neutral messages are the suite's, which name groups far more often than a chat does: a
neutral chat flagged here is the harder case.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from councillor_safety.screening.attachments import attachment_text  # noqa: E402
from councillor_safety.screening.chat_export import chat_messages  # noqa: E402
from councillor_safety.screening.model import Screener  # noqa: E402
from councillor_safety.screening.tests.training_modules import load_training_module  # noqa: E402

SAMPLE = 150


def export(messages: list[tuple[str, str]], *, iphone: bool) -> str:
    lines = []
    for n, (sender, text) in enumerate(messages):
        when = f"12/11/2026, {9 + n // 60:02d}:{n % 60:02d}"
        lines.append(f"[{when}:05] {sender}: {text}" if iphone else f"{when} - {sender}: {text}")
    return "\n".join(lines)


def main() -> None:
    def emit(metric: str, value: float) -> None:
        print(
            json.dumps(
                {"bench": "chat_exports", "metric": metric, "value": value, "backend": "none"}
            )
        )

    cases = load_training_module("functional_suite").build()
    rng = random.Random(0)
    threats = rng.sample([c.text for c in cases if c.threat], SAMPLE)
    abusive = rng.sample([c.text for c in cases if c.abusive and not c.threat], SAMPLE)
    neutral_pool = [c.text for c in cases if not (c.threat or c.abusive or c.hate)]
    neutral = rng.sample(neutral_pool, SAMPLE)
    screener = Screener.load()
    groups: list[tuple[str, list[str], Callable[[set[str]], bool]]] = [
        ("threat", threats, lambda flags: "threat" in flags),
        ("abusive", abusive, bool),
        ("neutral", neutral, bool),
    ]
    for around, suffix in ((10, ""), (40, "_long")):
        started = time.perf_counter()
        chats = 0
        for name, texts, counts in groups:
            whole = with_messages = 0
            for number, text in enumerate(texts):
                others = rng.sample([t for t in neutral_pool if t != text], around)
                said = [
                    ("Dave Smith" if k % 2 else "Cllr Jane Doe", t) for k, t in enumerate(others)
                ]
                said.insert(rng.randrange(around + 1), ("Dave Smith", text))
                read = attachment_text(
                    export(said, iphone=number % 2 == 1).encode(),
                    name="WhatsApp Chat with Dave Smith.txt",
                    content_type="text/plain",
                    charset=None,
                    limit=20_000,
                    deadline=time.monotonic() + 10,
                )
                results = screener.score_batch([read.text, *read.messages])
                whole += counts(set(results[0].flags))
                with_messages += counts({flag for r in results for flag in r.flags})
                chats += 1
            emit(f"{name}_flagged_whole{suffix}", round(whole / len(texts), 3))
            emit(f"{name}_flagged_with_messages{suffix}", round(with_messages / len(texts), 3))
        emit(f"chats_per_s{suffix}", round(chats / (time.perf_counter() - started), 1))
    # A text attachment is read to 5 MB, and every one is looked at as a chat might be: the
    # worst of a message of 2,000,000 spaces and 100,000 messages
    worst = 0.0
    for text in (
        "12/11/2026, 21:03 - A: x\n12/11/2026, 21:04 - B: " + " " * 2_000_000 + "y",
        "12/11/2026, 21:03 - A: x\n" * 100_000,
    ):
        started = time.perf_counter()
        chat_messages(text)
        worst = max(worst, time.perf_counter() - started)
    emit("hostile_chat_max_s", round(worst, 3))


if __name__ == "__main__":
    main()
