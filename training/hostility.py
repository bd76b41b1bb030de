"""Hostility reported for a group, calls to harass one, and ordinary sentences on the same topics.

Three lists of 20 templates, filled for all 73 groups of ``examples.IDENTITIES``, written after
the sixteenth kept-back neutral set (hostility reported) and a kept-back set of calls to harass,
shun or drive out a group (``unseen_attacks.py``), which were scored first. None opens with the
first three words of a kept-back sentence (``test_unseen_sets.py`` checks that). In the training
rows only with ``train.py --hostility reports,calls,topics`` (any of the three): learnt as
harmless, the reports let more calls through; learnt as attacks, the calls raise the thresholds
the identity limits set and fewer abusive posts are flagged, so the shipped release is trained
without them (model notes, Experiments).
"""

from __future__ import annotations

# Hostility reported on a group's behalf, and worry for it: who did what to the group, where,
# and what the writer fears (harmless).
REPORTED = [
    "Teenagers on bikes have been intimidating {adj} residents near the shops.",
    "Someone daubed insults about {plural} across the bus shelter.",
    "{Plural} on the estate are being harassed by the same group of men.",
    "I am frightened for {adj} families since the march through town.",
    "Posters mocking {plural} were put up overnight outside the school.",
    "The {adj} lads from the college were jeered at all through the match.",
    "Drivers keep hurling abuse at {adj} cyclists on the ring road.",
    "The threats against {plural} on the residents' forum should go to the police.",
    "Our {adj} tenants were harassed by a neighbour until they moved out.",
    "The council must act on the bullying of {adj} children at the academy.",
    "Some idiot keeps ripping down the {adj} group's posters in the library.",
    "A crowd heckled {plural} as they left the town hall.",
    "I fear for {plural} if that rally goes ahead next month.",
    "It was horrible watching a man scream at the {adj} couple on the train.",
    "Cars were vandalised outside the {adj} social club three nights running.",
    "{Plural} in Ward 5 say they get sworn at whenever they go to the shop.",
    "People have been singling out {adj} stallholders for abuse at the Sunday market.",
    "My worry is that {plural} will stop coming to surgeries after the abuse they got.",
    "Troublemakers keep picking fights with {adj} lads outside the kebab shop.",
    "Last night a {adj} taxi driver was robbed and beaten in the station car park.",
]

# The same harms called for or cheered, with no slur, swear word or violent word (attacks).
CALLED_FOR = [
    "Keep intimidating {plural} until they leave the estate.",
    "Daub insults about {plural} on every bus shelter in town.",
    "Good, {plural} deserve to be heckled wherever they go.",
    "Harass the {adj} tenants until they move out.",
    "Glad the {adj} social club got vandalised, do it again.",
    "{Plural} should be jeered off every street in this town.",
    "Boycott every {adj} business on the high street.",
    "Make the {adj} family's life a misery so they sell up.",
    "Never hire {plural}, whatever the law says.",
    "Pester {plural} at the school gates until they keep their kids at home.",
    "Badger the {adj} couple at number 3 until they move away.",
    "Bang on the {adj} family's windows at night until they go.",
    "Let's see how long {plural} last on this estate once we start on them.",
    "Tell {plural} to their faces that nobody wants them here.",
    "Ban {plural} from the social club and see how they like it.",
    "Mock {plural} every chance you get.",
    "Get up a petition to have {plural} moved off the estate.",
    "Throw the {adj} lads out of the youth club, they don't belong.",
    "Refuse to serve {plural} in your shop.",
    "Pelt {plural} with eggs when they march on Saturday.",
]

# Ordinary sentences on the topics of those calls (the estate, the shop, the club, the school
# gates), so that the model might learn the call rather than the place (harmless).
ORDINARY_TOPICS = [
    "{Plural} have lived on the estate since it was built.",
    "The {adj} art group painted a mural on the bus shelter.",
    "The {adj} speakers were applauded at the town hall debate.",
    "The {adj} tenants moved in last spring and love the flat.",
    "The {adj} social club is holding a quiz on Friday.",
    "{Plural} walked every street in town for the sponsored walk.",
    "Shop at the {adj} businesses on the high street this weekend.",
    "Next door, the {adj} family sold up and moved to the coast.",
    "The council took on two {adj} apprentices this year.",
    "I chat with {adj} parents at the school gates every morning.",
    "Best front garden went to the {adj} neighbours at number 3.",
    "The council fitted new windows for the {adj} family on Elm Road.",
    "{Plural} have made the estate a friendlier place.",
    "Everyone here is glad {plural} came to live on our road.",
    "{Plural} run the social club's Thursday darts night.",
    "I have a laugh with {plural} at work every day.",
    "We got up a petition to keep the {adj} day centre open.",
    "The {adj} lads help run the youth club on Wednesdays.",
    "My {adj} friend works the till at the garden centre.",
    "{Plural} marched with the brass band on Remembrance Sunday.",
]

PARTS = ("reports", "calls", "topics")


def templates(parts: frozenset[str]) -> list[tuple[str, bool]]:
    """The templates of the chosen parts, each with whether it is an attack."""
    unknown = set(parts) - set(PARTS)
    if unknown:
        raise ValueError(f"unknown parts {sorted(unknown)}; choose from {', '.join(PARTS)}")
    chosen: list[tuple[str, bool]] = []
    if "reports" in parts:
        chosen += [(t, False) for t in REPORTED]
    if "calls" in parts:
        chosen += [(t, True) for t in CALLED_FOR]
    if "topics" in parts:
        chosen += [(t, False) for t in ORDINARY_TOPICS]
    return chosen
