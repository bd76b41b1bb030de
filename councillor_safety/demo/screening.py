"""Screened social-media comments for the demo council, scored by the shipped model."""

from __future__ import annotations

import json
from datetime import timedelta

from django.utils import timezone

from councillor_safety.accounts.models import Council, User
from councillor_safety.accounts.roles import Role
from councillor_safety.screening import services
from councillor_safety.screening.comment_import import comments_import
from councillor_safety.screening.models import ScreenedMessage

COMMENTS = [
    ("facebook", "@HarbourTruth99", "You are a useless idiot and everyone in Quayside knows it."),
    ("facebook", "@HarbourTruth99", "I know where you live. You'll regret the cycle lane vote."),
    ("x", "@NoMoreLTN_NH", "Watch your back at the next ward surgery, councillor."),
    ("x", "@NoMoreLTN_NH", "Corrupt clown. Resign."),
    ("x", "@NoMoreLTN_NH", "When is the next consultation on the Quayside road filter?"),
    ("facebook", "Sue Whitlow", "Thank you for sorting out the streetlights on Gull Street."),
    (
        "facebook",
        "Dan Prior",
        "I disagree with the closure of the library and will campaign against it.",
    ),
    ("nextdoor", "Harbour Mum", "Is there any news on the school crossing patrol?"),
    ("x", "@quaysidewatch", "Pathetic. Go back to where you came from."),
    ("instagram", "@harbour_lad", "Someone should sort her out properly."),
    ("facebook", "Pete Ames", "Great turnout at the beach clean, well done everyone."),
]


def make_screened_comments(council: Council, staff: list[User], councillors: list[User]) -> None:
    officer = next(u for u in staff if u.role == Role.SPOC_OFFICER)
    now = timezone.now()
    lines = [
        json.dumps(
            {
                "platform": platform,
                "author_handle": handle,
                "text": text,
                "posted_at": (now - timedelta(hours=3 * n)).isoformat(),
            }
        )
        for n, (platform, handle, text) in enumerate(COMMENTS)
    ]
    comments_import(
        data="\n".join(lines).encode(),
        file_name="demo-comments.jsonl",
        councillor=councillors[0],
        acting_user=officer,
    )
    # One decision already made, so the outcomes page has something to count.
    services.item_keep(
        item=ScreenedMessage.objects.get(council=council, text="Corrupt clown. Resign."),
        note="Rude, not a threat: kept with the sender's other comments.",
        acting_user=officer,
    )
