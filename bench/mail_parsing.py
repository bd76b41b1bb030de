"""Benchmark: turning raw mail into text, for ordinary HTML mail and for mail written to stall it.

A sender can write markup that makes a careless pattern rescan the rest of the message at every
"<", or a forward with thousands of blank lines; one such message must not hold up a mailbox.
Prints JSON lines: html_messages_per_s for 2,000 ordinary HTML mails (half with a plain
version beside the HTML), and the seconds the worst hostile shape of 1 MB
(``hostile_html_max_s``) and a forward of 20,000 blank lines (``forward_blank_lines_s``) take.
Both should stay well under a second.
"""

from __future__ import annotations

import json
import os
import sys
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")

import django  # noqa: E402

django.setup()

from councillor_safety.screening.forward_intake import original_sender  # noqa: E402
from councillor_safety.screening.parsing import ParsedMessage, html_to_text, parse  # noqa: E402

N_MESSAGES = 2_000
HOSTILE_CHARS = 1_000_000
LINES = [
    "Dear Councillor Pryce",
    "Nobody has answered about the bins on Gull Street since June",
    "The streetlight outside number 14 has been out for a fortnight",
    "I will raise it at the next ward surgery",
    "Kind regards",
]


def html_mail(n: int) -> bytes:
    gmail = '<div dir="ltr">' + LINES[0] + "".join(f"<div>{line}</div>" for line in LINES[1:])
    outlook = "".join(f"<p class=MsoNormal>{line}<o:p></o:p></p>" for line in LINES)
    msg = EmailMessage()
    msg["From"] = f"resident{n}@example.net"
    msg["Subject"] = f"Message {n}"
    html = (
        f"<html><head><style>p {{margin: 0}}</style></head><body>{gmail if n % 2 else outlook}"
        "</div></body></html>"
    )
    if n % 4 < 2:
        msg.set_content(html, subtype="html")
    else:
        # most mail programs send a plain version too, which the HTML is checked against
        msg.set_content("\n".join(LINES))
        msg.add_alternative(html, subtype="html")
    return bytes(msg)


def hostile_shapes() -> dict[str, str]:
    def fill(piece: str) -> str:
        return piece * (HOSTILE_CHARS // len(piece))

    return {
        "open_brackets": fill("<"),
        "unclosed_attributes": fill('<p class="'),
        "unclosed_tags": fill("<a"),
        "unclosed_scripts": fill("<script"),
        "unclosed_comments": fill("<!--"),
        "line_breaks": fill("<br"),
        "nested_blocks": fill("<div>a"),
    }


def main() -> None:
    common = {"bench": "mail_parsing", "backend": "none"}
    mails = [html_mail(n) for n in range(N_MESSAGES)]
    started = time.perf_counter()
    for raw in mails:
        parse(raw)
    per_s = N_MESSAGES / (time.perf_counter() - started)
    print(json.dumps({**common, "metric": "html_messages_per_s", "value": round(per_s, 1)}))
    worst = 0.0
    for markup in hostile_shapes().values():
        started = time.perf_counter()
        html_to_text(markup)
        worst = max(worst, time.perf_counter() - started)
    print(json.dumps({**common, "metric": "hostile_html_max_s", "value": round(worst, 3)}))
    forward = ParsedMessage(text="---------- Forwarded message ---------" + "\n" * 20_000)
    started = time.perf_counter()
    original_sender(forward)
    print(
        json.dumps(
            {
                **common,
                "metric": "forward_blank_lines_s",
                "value": round(time.perf_counter() - started, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
