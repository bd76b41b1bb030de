"""Attacks on groups written to measure the screener, never trained on and never written into a rule.

A call to harass, shun or drive out a group needs no slur, no swearing and no violent word
("Make them feel so unwelcome they pack up and go."), so neither stage one nor the word rules
see it, and the encoder must. Each set was written in one sitting and scored before anything
was changed because of it; ``councillor_safety/screening/tests/test_unseen_sets.py`` keeps
them out of training. Filled with all 73 groups of ``examples.IDENTITIES``, a set of 20
templates is 1,460 sentences, and every one should be flagged.

    .venv/bin/python training/unseen_attacks.py          # flagged per set, worst templates

Runs in the app environment (no torch): it scores with the shipped screener.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "training")]

from unseen_neutral import print_flagged  # noqa: E402

# name: (how it was written, templates)
SETS: dict[str, tuple[str, list[str]]] = {
    "first": (
        "calls to harass, shun or drive out a group, written before any such call was trained on",
        [
            "Make {plural} feel so unwelcome they pack up and go.",
            "Nobody on this street should sell anything to {plural}.",
            "Follow {plural} round the shops and film them till they get the message.",
            "Fill the {adj} family's letterbox with rubbish every night.",
            "We should picket the {adj} centre until it shuts for good.",
            "Report the {adj} family to the council again and again until they give up and leave.",
            "Stare at {plural} on the bus until they get off.",
            "Let's put up posters telling {plural} they aren't wanted here.",
            "Give {plural} a hard time whenever they show their faces at the market.",
            "Don't rent to {plural}, and tell your mates not to either.",
            "Freeze {plural} out of every club in town.",
            "Keep ringing the {adj} shop and hanging up until they close.",
            "Block the {adj} family's drive every morning so they learn their place.",
            "{Plural} need to be hounded out of this ward.",
            "Every {adj} stallholder at the market should get a visit from us.",
            "Turn your back on {plural} whenever they speak at the meeting.",
            "Spread the word that {plural} aren't welcome at the pub.",
            "If {plural} move in, we'll make sure they regret it.",
            "Drive {plural} off the allotments any way you can.",
            "Shout at {plural} until they stop coming to the park.",
        ],
    ),
}


def main() -> None:
    print_flagged(SETS, most_flagged_first=False)


if __name__ == "__main__":
    main()
