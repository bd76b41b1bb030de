"""Violence promised, called for or wished on a group (``harm_to_a_group``), and the words that
share its verbs and groups without threatening anyone."""

from __future__ import annotations

import pytest

from councillor_safety.screening.model import Screener
from councillor_safety.screening.model.rules import (
    RuleHit,
    rule_threat_probability,
    threat_rule_hits,
)
from councillor_safety.screening.model.text import normalise


def _hits(text: str) -> dict[str, bool]:
    """The rules that fire, each with whether its words were reported, quoted or denied."""
    return {h.name: h.reported for h in threat_rule_hits(normalise(text))}


# each frame the rule names, with a different group and way to kill in each
THREATS_TO_A_GROUP = [
    # the writer's intent or a call on others
    "I'm going to knife every Sikh I can find.",
    "We should string up the Somalis from the bridge.",
    "Let's gas the Travellers tonight.",
    "It's about time someone lynched the Pakistanis round here.",
    "Someone needs to behead those Gypsies.",
    "I can't wait to run over a Romanian.",
    "I'd love to drown a few Albanians.",
    "I swear to god I'll be gunning down Muslims by Christmas.",
    "I'm counting the days until we can shoot the refugees legally.",
    "Shoot every migrant on sight.",
    "One day we will exterminate every last one of the Roma.",
    # a wish
    "I hope someone butchers the Hindus at the community centre.",
    "I dream of the day we hang every Muslim from a lamppost.",
    "I fantasise about beheading Catholics.",
    "Time we started lynching Asians again.",
    "Nothing would make me happier than seeing immigrants gassed.",
    "I'd love to see a few Kurds strung up.",
    "I want every Hindu in this city dead.",
    # a group as the subject of what is to be done
    "Africans need to be gunned down at Dover.",
    "Every Muslim on this estate is going to be poisoned.",
    "Asylum seekers should be machine-gunned on the beaches.",
    "Every single Jew in Bradford should be wiped off the map.",
    "Trans people need to be rounded up and executed.",
    "Disabled people will be put down like animals.",
    "If I had my way, lesbians would be burned alive.",
    "The lesbians down the road need setting on fire.",
    "Those trans weirdos will be hanging from lampposts soon.",
    "Jews deserve the ovens.",
    "The next Traveller who speaks to me gets stabbed.",
    "Next Jew I see gets his throat slit.",
    "Round up every trans person in the borough and hang them.",
    "We're going to drive the Gypsies out and burn whatever's left of them.",
    "A bullet for every migrant, that's my policy.",
    "It's time someone took a machete to the Chinese.",
    "Let's go gay bashing on Saturday night.",
    # places of worship and homes, burnt or bombed
    "I would gladly torch the gurdwara.",
    "We need to burn the mosque down.",
    "Somebody ought to firebomb that Polish shop with the family still upstairs.",
    "I'm going to find where the Travellers camp and set their caravans alight.",
    "The Sikhs at number 12 are getting a petrol bomb through the letterbox.",
    "Someone go and shoot up the Polish club on Friday.",
    # a place where people meet is no contest
    "I'll knife every Pakistani at the pool.",
    "Let's gas the Somalis on the pitch after training.",
]


@pytest.mark.parametrize("text", THREATS_TO_A_GROUP)
def test_a_threat_to_a_group_fires_as_the_writers_own(text: str) -> None:
    assert _hits(text).get("harm_to_a_group") is False


# the same verbs and groups, threatening no one: history and news, a fear for the group, a
# contest, a meal, a camera, a flag, a thing, a measure; and the group word naming a thing
NOT_THREATS = [
    "Six million Jews were murdered in the Holocaust.",
    "Gay men were beaten to death in the 1980s and the police did nothing.",
    "Black people were lynched across the American South.",
    "Trans people are being killed at record rates.",
    "Refugees will drown in the Channel if nothing changes.",
    "Refugees will be drowned if the safe routes stay closed.",
    "Muslim women will be attacked by thugs unless the police act.",
    "We are afraid Sikhs will be attacked again after last night.",
    "We'll slaughter the Welsh in the rugby on Saturday.",
    "The Irish lads will be slaughtered in the final.",
    "I could murder an Indian right now, I'm starving.",
    "I'm going to shoot some photos of the Polish festival on Saturday.",
    "I hope someone shoots the video of the Sikh parade.",
    "Let's shoot the Asian women's group for the calendar.",
    "I'm going to hang the Polish flag outside the community centre.",
    "Let's burn the old leaflets about the Hindu festival.",
    "We should cut up the old carpets at the Hindu temple.",
    "Let's kill the rumours about the Jewish school closing.",
    "We must eradicate poverty among Gypsy and Traveller families.",
    "We must eradicate disability discrimination.",
    "The Chinese takeaway will be bombed with bad reviews.",
    "I'm going to kill it at the Black History Month quiz.",
    "I want to see refugees treated with dignity.",
    "Lesbians deserve to be safe on our streets.",
    "Women must be protected from violence.",
    "The Romanian lads will be shot by the photographer at the fete.",
    "Prices at the Polish shop shoot up every winter.",
    "Muslims are being driven out by the new bylaws.",
    "I would never want to see Sikhs killed.",
    "Racists want to see Muslims killed, and we must stop them.",
    "Someone should shoot a documentary about the Roma on our estate.",
]


@pytest.mark.parametrize("text", NOT_THREATS)
def test_the_same_words_threatening_no_one_do_not_fire(text: str) -> None:
    assert "harm_to_a_group" not in _hits(text)


# another's words, reported or denounced, and a denial
OTHERS_WORDS = [
    "People who say Muslims should be shot are disgusting.",
    "Saying gay people should be killed is hate speech and I have reported it.",
    "She told me that Jews should be gassed, and I called the police.",
    "Nobody should ever say refugees deserve to be drowned.",
    'He wrote "we should hang every Muslim" on the bus shelter.',
    "How can anyone say disabled people should be gassed?",
    "It's horrifying that people still think Black people should be lynched.",
]


@pytest.mark.parametrize("text", OTHERS_WORDS)
def test_anothers_words_or_a_denial_are_weakened(text: str) -> None:
    hits = _hits(text)
    assert hits
    assert all(hits.values())


@pytest.mark.parametrize(
    "text",
    [
        "I'll shoot you an email tomorrow with the details.",
        "I will shoot them a message about the bins.",
        "We'll shoot some photos at the fete.",
        "I'll shoot you a quick text later, councillor.",
    ],
)
def test_a_message_sent_or_a_photo_taken_is_not_a_shooting(text: str) -> None:
    assert "direct_harm" not in _hits(text)


def test_the_screener_flags_a_threat_to_a_group_and_names_the_rule(screener: Screener) -> None:
    texts = [
        "Africans need to be gunned down at Dover.",
        "Nothing would make me happier than seeing immigrants gassed.",
        "I'm going to shoot some photos of the Polish festival on Saturday.",
        "Saying gay people should be killed is hate speech and I have reported it.",
    ]
    threat, seeing, photos, reported = screener.score_batch(texts)
    for result in (threat, seeing):
        assert "threat" in result.flags
        assert "harm_to_a_group" in {r.name for r in result.explanation.rules}
    assert "threat" not in photos.flags
    assert "threat" not in reported.flags


def test_a_contest_won_is_not_a_threat_but_the_reader_beaten_is(screener: Screener) -> None:
    quiz, rugby, car_park = screener.score_batch(
        [
            "We will murder them in the quiz on Friday.",
            "We'll slaughter the Welsh in the rugby.",
            "We'll slaughter you in the car park after the match.",
        ]
    )
    assert "threat" not in quiz.flags
    assert "threat" not in rugby.flags
    assert quiz.explanation.peaceful
    assert "threat" in car_park.flags


def test_threats_quoted_to_denounce_them_are_not_flagged(screener: Screener) -> None:
    results = screener.score_batch(
        [
            'Posting "hang the Hindus" should get you banned.',
            '"I will murder every immigrant" is the worst thing I\'ve read this year.',
            "People who say Muslims should be shot are disgusting.",
        ]
    )
    assert not [r for r in results if "threat" in r.flags]


def test_words_reported_count_once_however_many_rules_read_them() -> None:
    quoted = RuleHit("direct_harm", "i will murder every immigrant", 0.7 * 0.25, True)
    again = RuleHit("harm_to_a_group", "i will murder every immigrant", 0.7 * 0.25, True)
    own = RuleHit("watch_your_back", "watch your back", 0.6, False)
    assert rule_threat_probability([quoted, again]) == pytest.approx(0.175)
    assert rule_threat_probability([quoted, again, own]) == pytest.approx(1 - 0.825 * 0.4)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "He has no right to say anything to anyone, and should be killed for it.",
            "wish_or_call_for_harm",
        ),
        ("If you say that word again you need to be shot.", "wish_or_call_for_harm"),
        ("I should say they all deserve to be shot.", "wish_or_call_for_harm"),
    ],
)
def test_the_writers_own_say_is_not_a_report(text: str, rule: str) -> None:
    assert _hits(text).get(rule) is False
