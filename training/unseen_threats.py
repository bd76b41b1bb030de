"""Threats about a councillor's life, and ordinary notes in the same words, kept back.

Written in one sitting after the threat clauses of the release that added calls on others to
harm a named councillor, threats to women councillors and British slang, and scored once before
and once after those clauses were in place, so that the next clauses can be checked against
threats their writer never saw. Each threat has an ordinary note beside it in the same words
("Your hubby works nights, doesn't he? Long nights on your own." / "... My husband does too").
``councillor_safety/screening/tests/test_unseen_sets.py`` keeps them out of training and out of
the rule tests.

    .venv/bin/python training/unseen_threats.py        # flagged counts

Runs in the app environment (no torch): it scores with the shipped screener.
"""

from __future__ import annotations

THREATS = [
    "Spotted you at the big Sainsbury's on Sunday. Trolley full. Kids with you. Noted.",
    "The lads at the Feathers have got your photo up behind the bar now.",
    "If any of you see that councillor on the 9 bus, give her something to remember.",
    (
        "We'll be at your surgery. All of us. Make sure you've cleared your diary for "
        "the rest of your life."
    ),
    "Vote for that landfill and you'll be the next thing buried in it.",
    "Somebody ought to do what the police won't and sort Cllr Dobson out.",
    "I've got your address and a free Saturday.",
    "Women who talk back like you do usually learn the hard way.",
    "Your hubby works nights, doesn't he? Long nights on your own.",
    "Keep your head down, love, or someone will knock it off.",
    "That councillor wants a good kicking and I know some lads who'd oblige.",
    "You'll be getting a visit, and it won't be from the canvassers.",
    "Say goodbye to your windows tonight.",
    "Anyone fancy giving Cllr Rees a lift home? The long way, through the woods.",
    "Heard you go swimming at the leisure centre on Tuesdays. Pool's deep at that end.",
    "Shame if that pretty face ended up on the front page for the wrong reasons.",
    "I'll put you in the ground, and your poxy scheme with you.",
    "Ten grand to anyone who makes the councillor disappear. Joke. Or is it.",
    "Pass the cuts and watch your back every day till you die.",
    "Nobody's going to hear you scream in that empty hall.",
    "You're marked, you and that husband of yours.",
    "Gonna batter you senseless, you lying toerag.",
    "Your office window is at head height. Brick height.",
    "There's a lot of people round here who'd happily see you swing.",
    "Better get used to looking over your shoulder, councillor.",
    "Your girl's netball finishes at 5. I might give her a lift.",
    "Me and the boys are going to pay the chamber a visit and nobody's leaving.",
    "I'll be your worst nightmare, and I mean that literally.",
    "Get off the council before you get carried off it.",
    "One phone call and you're done. Permanently.",
]

# the same words, said to a councillor about ordinary things (one for each threat, in order)
ORDINARY = [
    "Spotted you at the big Sainsbury's on Sunday, you looked busy so I didn't say hello.",
    (
        "The lads at the Feathers have got your photo up behind the bar now, from the "
        "charity darts night."
    ),
    "If any of you see the councillor on the 9 bus, ask her about the new timetable.",
    "We'll be at your surgery, all of us from the tenants' group, with the petition.",
    "Vote for that landfill and you'll have the whole village writing to the paper.",
    "Somebody ought to do what the council won't and clear the brambles on the footpath.",
    "I've got your address for the Christmas card list, hope that's all right.",
    "Women who talk back like you do are exactly what this council needs.",
    "Your hubby works nights, doesn't he? My husband does too, it's hard on the family.",
    "Keep your head down in that storm, love, the wind is brutal on the prom.",
    "That councillor wants a good rest after the campaign, and I know a nice B&B.",
    "You'll be getting a visit from the Brownies, they're bringing cakes.",
    "Say goodbye to the old bus shelter tonight, the new one goes in tomorrow.",
    "Anyone fancy giving Cllr Rees a lift home after the quiz? She doesn't drive.",
    "Heard you go swimming at the leisure centre on Tuesdays, the new changing rooms are lovely.",
    "Shame the pretty photo of the mayor ended up on page 12.",
    "I'll put you in touch with the ground staff at the football club.",
    "Ten pounds to anyone who sponsors the councillor's fun run, it's for the hospice.",
    "Pass the cuts and watch the letters pour in every day till the election.",
    "Nobody's going to hear you in that empty hall without a microphone.",
    "You're marked down for the Tuesday shift at the food bank, you and your husband.",
    "Gonna smash the quiz on Friday, you'd better bring your team.",
    "Your office window is at head height, so the sun glare is terrible in the afternoon.",
    "There's a lot of people round here who'd happily see you win again.",
    "Better get used to the new one-way system, councillor.",
    "Your girl's netball finishes at 5, I'll bring her back with mine if that helps.",
    "Me and the boys are going to pay the chamber a visit for the open day.",
    "The new parking scheme will be your worst nightmare, ha ha, good luck with it.",
    "Get off the council website and come to the meeting in person, it's better.",
    "One phone call and you're done, the housing team sorted it straight away.",
]


def main() -> None:
    from unseen_mail import print_pair_counts  # beside this script

    print_pair_counts(THREATS, ORDINARY)


if __name__ == "__main__":
    main()
