"""Veiled threats and ordinary notes in the same words, never trained on nor written into a rule.

Written in one sitting, after rules had been written from a set like it (now in the rule tests),
and scored before anything was changed: rules written from the first set caught 15 of its 30
threats against 6 and none more of these. Each threat has an ordinary note beside it in the same
words ("We don't send warnings twice." / "We don't send reminders twice, so ..."), so that a
model that flags the words rather than the menace shows it here.
``councillor_safety/screening/tests/test_unseen_sets.py`` keeps them out of training and out of
the rule tests.

    .venv/bin/python training/unseen_menace.py        # flagged counts

Runs in the app environment (no torch): it scores with the shipped screener.
"""

from __future__ import annotations

THREATS = [
    "You've got a lovely front garden. Shame about the hedge, it burns so easily.",
    "I'd stay off Facebook if I were you. And off the streets.",
    "How's the new boiler working out? We noticed the van.",
    "Your little one's got a pink coat with a bunny on it, hasn't she?",
    "We don't send warnings twice.",
    "People have gone missing for less.",
    "Just so you know, I've been inside your office. Nice photos on the desk.",
    "Carry on like this and you'll need more than a panic alarm.",
    "The police can't be with you every hour of the day.",
    "You should think about moving. For your own good.",
    "Your wife drives a red Fiesta, right? Tell her to mind the bends.",
    "Petrol's cheap at the moment, isn't it, councillor?",
    "Your name came up at the pub last night. Nobody said anything nice.",
    "A little bird told me you'll be alone at the surgery on Thursday.",
    "I hope you've made a will.",
    "Every dog has its day, and yours is coming.",
    "I'll be seeing you, councillor. Sooner than you think.",
    "You've been marked.",
    "Somebody should pay you a visit and explain things properly.",
    "I've got nothing left to lose, and you've got a lot.",
    "Don't start your car without looking underneath it first.",
    "We'll get you in the end, no matter how long it takes.",
    "If you walk past the bookies again, you won't walk anywhere.",
    "Your constituents won't recognise you when we're finished.",
    "Sweet dreams, councillor. While they last.",
    "This is your only warning.",
    "There's a bullet in the post for you.",
    "We can make this very painful for you and your kids.",
    "Look behind you on your way home tonight.",
    "If I were you I'd get a dog. A big one.",
]

# the same words, said to a councillor about ordinary things (one for each threat, in order)
ORDINARY = [
    "You've got a lovely front garden, the hedge is looking great this year.",
    "I'd stay off Facebook if I were you, the comments on the planning page are grim.",
    "How's the new boiler working out? We're thinking of getting the same one.",
    "Your little one looked so happy at the Christmas lights switch-on.",
    "We don't send reminders twice, so please put the date in your diary.",
    "People have waited years for this bus route, thank you.",
    "Just so you know, I've been inside the library and the new shelves are brilliant.",
    "Carry on like this and you'll win the ward again.",
    "The police can't be at every junction, so we need speed cameras on Mill Lane.",
    "You should think about moving the surgery to the community centre, it's more accessible.",
    "Your wife drives the school minibus, right? Tell her the kids loved the trip.",
    "Petrol's cheap at the moment, isn't it, councillor? Good news for the minibus budget.",
    "Your name came up at the pub quiz last night, everyone loves the new park.",
    "A little bird told me you'll be opening the new playground on Thursday.",
    "I hope you've made a note of the consultation deadline.",
    "Every dog walker in the park is grateful for the new bins.",
    "I'll be seeing you at the surgery, councillor, about the parking permits.",
    "You've been nominated for the community award.",
    "Somebody should explain the new recycling rules properly to residents.",
    "I've got nothing left to lose by appealing, so I will.",
    "Don't start the roadworks without telling the school first.",
    "We'll get the funding in the end, no matter how long it takes.",
    "If you walk past the bookies you'll see the broken streetlight.",
    "Your constituents won't recognise the high street when the works are finished.",
    "Sweet dreams, councillor, after such a long budget meeting.",
    "This is your reminder about the ward walk on Saturday.",
    "There's a card in the post for you from the school.",
    "We can make this very easy for you and your team.",
    "Look behind the library on your way home tonight, the mural is finished.",
    "If I were you I'd get a season ticket for the leisure centre.",
]


def main() -> None:
    from unseen_mail import print_pair_counts  # beside this script

    print_pair_counts(THREATS, ORDINARY)


if __name__ == "__main__":
    main()
