"""Violence on a group called acceptable, deserved or good (``violence_endorsed``), and the words
that share its frames without calling for anyone to be hurt."""

from __future__ import annotations

import pytest

from councillor_safety.screening.model import Screener
from councillor_safety.screening.model.rules import threat_rule_hits
from councillor_safety.screening.model.text import normalise


def _hits(text: str) -> dict[str, bool]:
    """The rules that fire, each with whether its words were reported, quoted or denied."""
    return {h.name: h.reported for h in threat_rule_hits(normalise(text))}


# each frame the rule names, with a different group and a way to kill or hurt in each
ENDORSEMENTS = [
    # permitted, lawful, no wrong in it
    "It should be legal to beat women.",
    "It's ok to punch a Muslim.",
    "It's perfectly fine for men to slap their wives.",
    "We should be allowed to shoot asylum seekers on sight.",
    "You should be able to rape Travellers without going to prison.",
    "There's nothing wrong with slapping your wife.",
    # a verdict on doing it
    "Killing Muslims is the only answer.",
    "Hitting refugees should not be a crime.",
    "Stabbing Catholics is not a crime.",
    "Beating women keeps them in line.",
    "Gassing Gypsies would be a public service.",
    "Torturing Kurds should be a sport.",
    "Honestly, hitting a Sikh now and then does no harm.",
    # praise for whoever does it
    "Anyone who stabs a refugee deserves a medal.",
    "The man who burned those Albanians is a hero.",
    "I'd give a medal to anyone who tortures a Catholic.",
    "If you kill a Jew, you're doing God's work.",
    # sorry it has not been done
    "Shame nobody has lynched the Romanians yet.",
    "Why hasn't anyone shot those Sikhs yet?",
    # excused
    "No jury would convict you for killing a Pakistani.",
    "I wouldn't blame anyone for stabbing gay people.",
    "The world would be a better place if all the Roma were gassed.",
    # urged as a matter of course
    "Go out and punch a Jew today.",
    "Hit your woman today!",
    "Open season on Gypsies.",
    "Teach the Romanians a lesson and lynch them.",
    "I'd happily pay someone to stab a Somali.",
    # deserved, begged for, all they understand
    "Trans people are asking for a kicking.",
    "Immigrants only understand violence.",
    "Lesbians only understand being slapped.",
    "Women need a good slap.",
    "Muslims should be punched.",
]


@pytest.mark.parametrize("text", ENDORSEMENTS)
def test_violence_on_a_group_called_acceptable_fires_as_the_writers_own(text: str) -> None:
    assert _hits(text).get("violence_endorsed") is False


# the same frames and verbs, about a team, a policy, a thing or a kindness
NOT_ENDORSEMENTS = [
    "It's not okay to hit women.",
    "Hitting women is never okay.",
    "There's nothing wrong with being Muslim.",
    "Anyone who helps a refugee is a hero in my book.",
    "Anyone who attacks a Jew is a coward.",
    "It's okay to hang out with gay people.",
    "It's okay to hit on women at the bar, just respect a no.",
    "We should be allowed to kick out asylum seekers who break the law.",
    "Refugees will be kicked out of the hotel next month.",
    "Poles should be hit with a fine for parking there.",
    "Disabled people will be hit hardest by the cuts.",
    "Honestly, hitting women with another tax rise is the only answer they have.",
    # a team beaten, a game won
    "It's fine to beat the Scots at rugby.",
    "I'd give a medal to anyone who beats the Welsh.",
    "Anyone who beats a Scot at golf deserves a medal.",
    "Beating women at chess is not a crime.",
    "Why hasn't anyone beaten those Aussies at cricket yet?",
    # a camera, a thing of theirs, a joke
    "It's fine to shoot the Sikh wedding for the magazine.",
    "There's nothing wrong with shooting Muslims for the photo essay.",
    "It's fine to shoot the Muslims' Eid celebration for the newsletter.",
    "It's fine to hang Jewish art in the town hall.",
    "It's okay to burn Hindu incense in the garden.",
    "Women need a good punch line for the speech.",
    "Young people need a good kick up the backside to get off their phones.",
    # kindness in the same frames
    "There's nothing wrong with hiring immigrants.",
    "Why hasn't anyone housed those families yet?",
    "Shame nobody has thanked the Polish volunteers yet.",
    "The town would be a better place if all the gay bars were reopened.",
    "Open season on potholes has begun, report them here.",
    "Go out and hit the shops today!",
    "It should be legal to hang washing out in the communal garden.",
    # a claim asked back in disbelief
    "It's ok to punch a Muslim? Are you serious?",
    "But raping women is ok? Listen to yourself.",
]


@pytest.mark.parametrize("text", NOT_ENDORSEMENTS)
def test_the_same_frames_calling_for_no_violence_do_not_fire(text: str) -> None:
    assert "violence_endorsed" not in _hits(text)


@pytest.mark.parametrize(
    "text",
    [
        "People who say it's fine to kill Muslims are monsters.",
        'He posted "it should be legal to beat women" and I have reported him.',
    ],
)
def test_anothers_words_are_weakened(text: str) -> None:
    assert _hits(text).get("violence_endorsed") is True


def test_the_screener_flags_violence_endorsed_and_names_the_rule(screener: Screener) -> None:
    legal, medal, rugby, reported = screener.score_batch(
        [
            "It should be legal to beat women.",
            "Anyone who stabs a refugee deserves a medal.",
            "It's fine to beat the Scots at rugby.",
            "People who say it's fine to kill Muslims are monsters.",
        ]
    )
    for result in (legal, medal):
        assert "threat" in result.flags
        assert "violence_endorsed" in {r.name for r in result.explanation.rules}
    assert "threat" not in rugby.flags
    assert "threat" not in reported.flags
