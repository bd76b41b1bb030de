"""Benchmark: does the screener read a threat as well in a screenshot as in text?

Most abuse reaches the council as a screenshot, read by Tesseract before it is screened. Cases
are drawn from the functional suite (`training/functional_suite.py`, a fixed sample of 150
threats, 150 abusive cases that are not threats and 150 neutral cases), each drawn as a phone's
screenshot of a post in one of nine layouts in turn, eight feeds' and a WhatsApp chat's (a name,
handle or time above, buttons and counts below, the text wrapped as a phone wraps it), read back
by OCR and scored; the same cases are scored as text beside them. Prints the share flagged
`threat` among the threats, and flagged at all among the abusive and the neutral cases: as text,
as the words read from the screenshot, and as the posts' own words (`post_chrome.post_text`,
what the service screens beside the whole), and as the posts' own words in the same screenshots
shrunk to a quarter and compressed as a messaging app sends them on
(`..._small_screenshot_posts`); and screenshots read a second. Then screenshots of threads of
three comments: 50 with one abusive case between two neutral ones, 50 of three neutral ones; the
share flagged read as the posts' words together, and with each post read on its own (what the
service does).
"""

from __future__ import annotations

import io
import json
import random
import sys
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from councillor_safety.screening.image_text import picture_words  # noqa: E402
from councillor_safety.screening.model import Screener  # noqa: E402
from councillor_safety.screening.post_chrome import post_text, posts  # noqa: E402
from councillor_safety.screening.tests.attachment_files import (  # noqa: E402
    FEEDS,
    feed_post,
    screenshot,
)
from councillor_safety.screening.tests.training_modules import load_training_module  # noqa: E402

SAMPLE = 150
THREADS = 50


def shrunk(png: bytes) -> bytes:
    """A screenshot as a messaging app sends it on: a quarter of its size, compressed."""
    picture = Image.open(io.BytesIO(png)).convert("RGB")
    small = picture.resize((picture.width // 4, picture.height // 4), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=50)
    return out.getvalue()


def main() -> None:
    def emit(metric: str, value: float) -> None:
        print(
            json.dumps(
                {"bench": "screenshots", "metric": metric, "value": value, "backend": "none"}
            )
        )

    cases = load_training_module("functional_suite").build()
    rng = random.Random(0)
    threats = rng.sample([c.text for c in cases if c.threat], SAMPLE)
    abusive = rng.sample([c.text for c in cases if c.abusive and not c.threat], SAMPLE)
    neutral = rng.sample([c.text for c in cases if not (c.threat or c.abusive or c.hate)], SAMPLE)
    texts = threats + abusive + neutral
    feeds = list(FEEDS)
    started = time.perf_counter()
    read = [
        picture_words(
            screenshot(*feed_post(text, feeds[number % len(feeds)]), size=(1080, 1600)),
            deadline=time.monotonic() + 30,
        )
        for number, text in enumerate(texts)
    ]
    emit("screenshots_per_s", round(len(texts) / (time.perf_counter() - started), 2))
    small = [
        picture_words(
            shrunk(screenshot(*feed_post(text, feeds[number % len(feeds)]), size=(1080, 1600))),
            deadline=time.monotonic() + 30,
        )
        for number, text in enumerate(texts)
    ]
    screener = Screener.load()
    alone = [post_text(words) for words in read]
    small_alone = [post_text(words) for words in small]
    for way, batch in (
        ("text", texts),
        ("screenshot", read),
        ("screenshot_posts", alone),
        ("small_screenshot_posts", small_alone),
    ):
        results = screener.score_batch(batch)
        threat_share = sum("threat" in r.flags for r in results[:SAMPLE]) / SAMPLE
        abusive_share = sum(bool(r.flags) for r in results[SAMPLE : 2 * SAMPLE]) / SAMPLE
        neutral_share = sum(bool(r.flags) for r in results[2 * SAMPLE :]) / SAMPLE
        emit(f"threats_flagged_threat_{way}", round(threat_share, 3))
        emit(f"abusive_flagged_{way}", round(abusive_share, 3))
        emit(f"neutral_flagged_{way}", round(neutral_share, 3))
    # Threads: one abusive comment between two ordinary ones, and three ordinary ones.
    threads = [[neutral[2 * n], abusive[n], neutral[2 * n + 1]] for n in range(THREADS)] + [
        [neutral[n], neutral[n + THREADS], neutral[n + 2 * THREADS]] for n in range(THREADS)
    ]
    read = [
        picture_words(
            screenshot(
                *(line for text in thread for line in feed_post(text, feeds[n % len(feeds)])),
                size=(1080, 2800),
            ),
            deadline=time.monotonic() + 30,
        )
        for n, thread in enumerate(threads)
    ]
    joined = screener.score_batch([post_text(words) for words in read])
    each = [screener.score_batch(posts(words)) for words in read]
    flagged_each = [any(r.flags for r in results) for results in each]
    emit("thread_abusive_flagged_joined", sum(bool(r.flags) for r in joined[:THREADS]) / THREADS)
    emit("thread_abusive_flagged_each_post", sum(flagged_each[:THREADS]) / THREADS)
    emit("thread_neutral_flagged_each_post", sum(flagged_each[THREADS:]) / THREADS)


if __name__ == "__main__":
    main()
