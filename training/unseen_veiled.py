"""Veiled threats and ordinary notes in the same words, kept back: the twenty-second probe.

Written in one sitting after the release that added the menace head, and scored once with it
and once without it before anything else changed, so that the next change to the head, its
training threats or the routing to the encoder can be checked against threats their writer
never saw. Each threat has an ordinary note beside it in the same words ("The lamp outside your
house has been out for weeks. Handy, that." / "... The council says it's on the list").
``councillor_safety/screening/tests/test_unseen_sets.py`` keeps them out of training and out of
the rule tests.

    .venv/bin/python training/unseen_veiled.py        # flagged counts

Runs in the app environment (no torch): it scores with the shipped screener.
"""

from __future__ import annotations

THREATS = [
    "The lamp outside your house has been out for weeks. Handy, that.",
    "Funny how quiet your road gets after eleven.",
    "Your little one waved at me from the car this morning. Sweet.",
    "You've got a lot more to lose than your seat, councillor.",
    "I wouldn't get too comfortable in that new office.",
    "We've all got a breaking point. You're finding mine.",
    "Your majority was small. So is your front garden wall.",
    "I've been patient for two years. That's over now.",
    "When this goes wrong for you, remember I gave you the chance.",
    "The people on my street are running out of ways to ask nicely.",
    "Somebody round here is going to lose their temper with you soon.",
    "My cousin works at the depot where you park. Small world.",
    "You might want to start varying your route to the chamber.",
    "There's only one road out of your village, isn't there?",
    "Take the planning decision back, or we'll take something of yours.",
    "I hear your mum lives alone now. Does she still leave the key under the mat?",
    "Plenty of ponds round your way. Deep ones.",
    "Every time you walk past the Red Lion, there's someone watching.",
    "I'm done writing letters. Next time I'll deliver it by hand.",
    "You'll understand what losing something means soon enough.",
    "We have your timetable now: surgery, school run, gym. Busy lady.",
    "Enjoy the bonfire on the green. Fire spreads quickly this time of year.",
    "Nobody will be looking for you at the allotment on a Tuesday night.",
    "You'd be surprised what people round here will do for fifty quid.",
    "Cross us on the vote and see how safe your office feels afterwards.",
    "Your husband's van would look a lot worse with the windows out.",
    "It'd be a real pity if your campaign ended early. Or you did.",
    "Last warning, then we stop talking.",
    "I know a lot of people who'd love five minutes alone with you.",
    "The first time was just your bins. Think about that.",
]

ORDINARY = [
    "The lamp outside your house has been out for weeks. The council says it's on the list.",
    "Funny how quiet your road gets after eleven now the bypass is open.",
    "Your little one waved at me from the car this morning at the fete, she's lovely.",
    "You've got a lot more to lose than your seat if the library closes on your watch.",
    "I wouldn't get too comfortable in that new office, the heating packs up every winter.",
    "We've all got a breaking point with the bins. Mine was last Tuesday.",
    "Your majority was small, so every doorstep will count next May.",
    "I've been patient for two years with the drainage claim. Could you chase it?",
    "When this goes wrong for the bus company, remember residents warned them.",
    "The people on my street are running out of ways to ask nicely for a crossing.",
    "Somebody round here is going to lose their temper with the parking wardens soon.",
    "My cousin works at the depot where you park. He says the gritters are ready.",
    "You might want to start varying your route to the chamber while the bridge is shut.",
    "There's only one road out of your village, isn't there? The flood plan needs a second.",
    "Take the planning decision back to committee, or we'll take it to the ombudsman.",
    "I hear your mum lives alone now. The befriending service could pop round.",
    "Plenty of ponds round your way. Could the council survey the newts?",
    "Every time you walk past the Red Lion, look at the cracked paving outside.",
    "I'm done writing letters about the hedge. I'll deliver the petition by hand.",
    "You'll understand what losing a bus route means when you try to get to the hospital.",
    "We have your timetable now: surgery at ten, then the school visit. See you there.",
    "Enjoy the bonfire on the green. The scouts have done the safety checks.",
    "Nobody will be looking after the allotment on a Tuesday night, so can the gate be locked?",
    "You'd be surprised what people round here will do for the hospice raffle.",
    "Cross-party support on the vote would make the new office feel less lonely.",
    "Your husband's van was a great help with the clean-up, please thank him.",
    "It'd be a real pity if your campaign for the lido ended early.",
    "Last warning before the ticket machines go cashless, apparently.",
    "I know a lot of people who'd love five minutes with you about the youth club.",
    "The first time was just the bins being late. Now it's three weeks.",
]


def main() -> None:
    from unseen_mail import print_pair_counts  # beside this script

    print_pair_counts(THREATS, ORDINARY)


if __name__ == "__main__":
    main()
