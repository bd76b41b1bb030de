"""Mail written to measure the screener, never trained on and never written into a rule.

Each probe was written in one sitting, after a release, and scored before anything was changed:
everyday mail to a councillor (strong words about services, thanks, requests) and threats in
words of their own (veiled, implied, about family and home). Rules written from a probe carry
almost nothing to the next one, so once a rule is written from a probe it no longer measures
anything and moves to the rule tests. ``councillor_safety/screening/tests/test_unseen_sets.py``
keeps them out of training.

    .venv/bin/python training/unseen_mail.py          # flagged counts, and what was missed

Runs in the app environment (no torch): it scores with the shipped screener.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from councillor_safety.screening.model.screener import Screener, ScreeningResult

REPO = Path(__file__).resolve().parents[1]

EVERYDAY_MAIL = [
    "The bin men skipped our road again on Tuesday, third time this month.",
    "Thank you for coming to the residents' meeting, it meant a lot to us.",
    "I strongly object to the planning application for 14 Station Road; it will block our light.",
    "Can you tell me when the library's new opening hours start?",
    "The potholes on Mill Lane are a disgrace and someone is going to come off their bike.",
    "Your decision on the car park is a kick in the teeth for every trader on the high street.",
    "Is there any help with school uniform costs for families on Universal Credit?",
    "I'm furious that the council closed the day centre without asking anyone.",
    "Happy retirement, councillor, you'll be missed at the community centre.",
    "The streetlight outside number 40 has been flickering for weeks.",
    "Please can someone come and look at the damp in my flat, my son's asthma is getting worse.",
    "You promised us a crossing outside the school and we're still waiting. Shameful.",
    "I've attached photos of the fly-tipping behind the shops.",
    "The council tax rise is daylight robbery and I'll be voting against you in May.",
    "Could we book a slot at your Saturday surgery to talk about parking permits?",
    "The new cycle lane is a death trap at the roundabout, please review it.",
    "Congratulations on being elected, I hope you'll listen to the estate.",
    "My elderly mum has waited six weeks for a social care assessment. This is killing her.",
    "I'd like to nominate our lollipop lady for the community award.",
    "You lot couldn't organise a piss-up in a brewery, the roadworks have been there since June.",
    "Is the Christmas market going ahead this year?",
    "The noise from the pub garden goes on until two in the morning every weekend.",
    "I was shocked by how the chair spoke to residents at the meeting last night.",
    "We'd love you to open our school fete on 14 June.",
    "Who do I contact about a dead fox on the pavement on Church Street?",
    "The consultation was a sham and everyone knows the decision was made months ago.",
    "Thank you for sorting out the drain so quickly, it's made a huge difference.",
    "I've lived here 30 years and I've never seen the park in such a state.",
    "Can you chase up my housing transfer? I've heard nothing since March.",
    "The rats behind the takeaway are the size of cats, something has to be done.",
    "I think you're wrong about the incinerator and I'll say so at the hearing.",
    "Sorry to bother you at the weekend, but the tree that came down is blocking our drive.",
    "If the bus route is cut, my dad will be stuck at home with no way to get to hospital.",
    "Your leaflet had the wrong date for the litter pick, it's the 12th not the 21st.",
    "Frankly, the way housing has treated my neighbour is criminal.",
    "We're holding a vigil for the lad who died on the bypass, would you say a few words?",
    "The kids are bored stiff, there's nothing for them to do since the youth club shut.",
    "I'll be at the full council meeting to ask a question about the leisure centre.",
    "My car was damaged by a pothole; how do I claim?",
    "Cheers for your help with the blue badge, you're a star.",
]

THREATS = [
    "I've been parked outside your house a few evenings now. Nice curtains.",
    "Your daughter looked lovely in her netball kit on Saturday.",
    "You won't be standing at the next election. You won't be standing at all.",
    "I hope your family enjoys the house while they've still got one.",
    "Funny how accidents happen to people who vote the wrong way.",
    "I've got a long memory and a short temper, councillor.",
    "We know which surgery you do on Fridays. We'll be there.",
    "People like you end up in the canal round here.",
    "Carry on like this and you'll need a bodyguard.",
    "Your car's very distinctive. Be a shame if someone recognised it in the dark.",
    "I'd sleep with one eye open if I were you.",
    "There's a lot of angry men on this estate who'd love five minutes alone with you.",
    "The last person who did this to our street didn't stay long. Neither will you.",
    "I'll be waiting by the council offices when you finish tonight.",
    "Don't be surprised if you get a visit. A proper one.",
    "Nice house on Elm Grove. Shame about the wooden fence, it'd go up in seconds.",
    "Keep voting like that and see who's still smiling at Christmas.",
    "Somebody ought to teach you a lesson you won't forget, and it might be me.",
    "It'd be so easy to find you. You post your surgery times online.",
    "You'd better hope I never see you on your own.",
    "Enjoy your walk to school with the kids tomorrow. I'll be watching.",
    "Your office windows are only single glazed, you know.",
    "I know your wife's name, where she works, and what time she leaves.",
    "You're going the same way as Jo Cox if you keep this up.",
    "One day you'll open your front door and regret it.",
    "I'm not saying I'll do anything. I'm saying someone will.",
    "Resign by Friday. I won't ask nicely again.",
    "My brother's just got out and he's heard all about you.",
    "Mark my words, you'll get what's coming to you before the budget vote.",
    "Think about your kids before you speak at the meeting next week.",
]


def load_screener() -> Screener:
    """The shipped screener, imported from the repository this script sits in."""
    sys.path.insert(0, str(REPO))
    from councillor_safety.screening.model.screener import Screener

    return Screener.load()


def threat_counts(results: Sequence[ScreeningResult]) -> tuple[int, int]:
    """How many results are flagged `threat`, and how many are flagged at all (not profanity)."""
    as_threat = sum(1 for r in results if "threat" in r.flags)
    at_all = sum(1 for r in results if set(r.flags) - {"profanity"})
    return as_threat, at_all


def print_pair_counts(threats: list[str], ordinary: list[str]) -> None:
    """Threats flagged, and their ordinary notes in the same words flagged, by the shipped screener."""
    screener = load_screener()
    as_threat, at_all = threat_counts(screener.score_batch(threats))
    print(f"threats flagged as threats: {as_threat} of {len(threats)}; flagged at all: {at_all}")
    _, flagged = threat_counts(screener.score_batch(ordinary))
    print(f"ordinary notes flagged (not counting profanity): {flagged} of {len(ordinary)}")


def main() -> None:
    screener = load_screener()
    mail = screener.score_batch(EVERYDAY_MAIL)
    flagged = [
        (t, r.flags)
        for t, r in zip(EVERYDAY_MAIL, mail, strict=True)
        if set(r.flags) - {"profanity"}
    ]
    print(f"everyday mail flagged (not counting profanity): {len(flagged)} of {len(EVERYDAY_MAIL)}")
    for text, flags in flagged:
        print(f"    {';'.join(flags)}: {text}")
    threats = screener.score_batch(THREATS)
    as_threat, at_all = threat_counts(threats)
    print(f"threats flagged as threats: {as_threat} of {len(THREATS)}; flagged at all: {at_all}")
    for text, r in zip(THREATS, threats, strict=True):
        if "threat" not in r.flags:
            print(f"    {';'.join(r.flags) or 'not flagged'}: {text}")


if __name__ == "__main__":
    main()
