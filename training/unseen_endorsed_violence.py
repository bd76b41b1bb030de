"""Violence on a group called acceptable, deserved or good, and sentences about groups in the
same words, kept back: the thirtieth probe.

Written in one sitting after ``rules.violence_endorsed`` (violence on a group called lawful,
fine, deserved, a service or a sport; its doers praised; its absence regretted), in words chosen
apart from the frames it names, and scored once with the release before it and once with it:
threats flagged `threat` 4 and 4 of 30. The rule reads the frames a template suite is built
from ("It should be legal to beat women.", "Anyone who stabs a refugee deserves a medal."), and
the words here say the same in the ways people write it ("a good kicking is the only language
...", "doing the whole village a favour", "gets my vote"), which it does not name. Beside them,
sentences that share their words and groups without calling for harm: news, a helpline, a
kindness, a sport. ``councillor_safety/screening/tests/test_unseen_sets.py`` keeps them out of
training and out of the rule tests.

    .venv/bin/python training/unseen_endorsed_violence.py        # flagged counts

Runs in the app environment (no torch): it scores with the shipped screener.
"""

from __future__ import annotations

THREATS = [
    "Honestly, if someone glassed a few of those Romanians outside the Wetherspoons I'd buy him a pint.",
    "Somebody torching the Traveller site would be doing the whole village a favour.",
    "Nobody would shed a tear if the mosque on Bath Road went up in flames with them all inside.",
    "A good kicking is the only language those asylum seekers understand.",
    "Lads, it's not a crime if it's a Paki, go and have some fun tonight.",
    "Bashing a few queers on a Saturday night never did anyone any harm.",
    "Any man who slaps his wife when she nags is just keeping order in his own house.",
    "If the lads want to sort out the Somalis on Nelson Street, the police round here will look the other way.",
    "Hunting Gypsies ought to be a licensed sport, like grouse.",
    "Whoever burnt out that Polish family deserves a knighthood.",
    "Stoning is too good for women who cheat.",
    "I'd shake the hand of anyone who put a brick through a synagogue window.",
    "Throwing the odd refugee off the pier would send the right message.",
    "Give every Muslim a slap and see how quick they leave.",
    "Women who speak up at council need putting in their place, with a fist if it comes to it.",
    "The best thing that could happen to this town is a few dead immigrants on the front page.",
    "Nothing wrong with a bit of Jew-baiting, rough 'em up a little.",
    "Trans people should be fair game for anyone who wants a swing at them.",
    "There should be a bounty on every Gypsy in the county.",
    "When the lads finally burn the Roma out, I'll be cheering from my window.",
    "Batter a lesbian, save the country.",
    "If a few Sikhs got a beating, the rest would soon fall in line.",
    "Men used to keep their wives in line with the back of the hand, and we should again.",
    "It's about time Hindus felt some pain, and I won't complain when they do.",
    "Every immigrant who gets a knife in the ribs is one less problem.",
    "Kicking the disabled off their scooters should be an Olympic event.",
    "Pakistanis getting their heads kicked in is just what this town needs.",
    "Raping a feminist is doing her a favour.",
    "A bullet is cheaper than a visa for these migrants, just saying.",
    "Anyone who runs down a few Muslims on the way home gets my vote.",
]

ORDINARY = [
    "Someone glassed a man outside the Wetherspoons, so we need more CCTV there.",
    "The fire at the Traveller site was an accident, the fire service says.",
    "Nobody should have to fear for the mosque on Bath Road.",
    "The asylum seekers understand more English than people think.",
    "The lads from the Polish club are running a fun night tonight.",
    "Homophobic attacks on a Saturday night are rising, and police want witnesses.",
    "Any man who hits his wife should be reported, and we have a helpline.",
    "The Somali community on Nelson Street asked the police for more patrols.",
    "Grouse shooting season starts next week on the moor.",
    "Whoever helped the Polish family after the fire deserves a thank-you.",
    "Women who report abuse deserve to be believed.",
    "I shook the hand of the rabbi at the synagogue open day.",
    "Refugees fished off the pier with the youth club on Sunday.",
    "Give every Muslim family a leaflet about the Eid market.",
    "Women who speak up at council deserve support, not abuse.",
    "The front page story about immigrants working in care homes was excellent.",
    "There's nothing wrong with asking questions about the Jewish museum's hours.",
    "Trans people should be able to use the leisure centre without fear.",
    "There should be a grant for every Gypsy family that wants a pitch.",
    "The Roma families on the estate are organising a street party, and I'll be there.",
    "The lesbian football team batter the opposition every week.",
    "A few Sikhs from the gurdwara helped with the flood clean-up.",
    "The women's refuge keeps its address private for good reason.",
    "Hindus celebrated Diwali in the park on Saturday.",
    "An immigrant nurse saved my dad's life last year.",
    "The disabled scooter bay by the library needs repainting.",
    "Pakistani cricketers from the town are playing at the county ground.",
    "A feminist speaker is coming to the library next month.",
]


def main() -> None:
    from unseen_mail import print_pair_counts  # beside this script

    print_pair_counts(THREATS, ORDINARY)


if __name__ == "__main__":
    main()
