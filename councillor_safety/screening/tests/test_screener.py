"""The model's public behaviour: scores, flags, explanations, must-catch and must-not-flag."""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from councillor_safety.screening.model import LABELS, Screener, ScreeningResult
from councillor_safety.screening.model.lexicon import menacing_sentences
from councillor_safety.screening.model.rules import THREAT_RULES
from councillor_safety.screening.model.screener import (
    ASSETS,
    NO_PROFANE_WORD_CAP,
    PROFANITY_THRESHOLD,
    highest_menace,
    prepare,
    sentence_source,
)
from councillor_safety.screening.tests.training_modules import load_training_module

MUST_CATCH_THREATS = [
    "I know where you live.",
    "Watch your back at the surgery.",
    "You'll get what's coming to you at the next council meeting.",
    "We're coming for you and your family.",
    "Someone will put petrol through your letterbox one night.",
    "I'm going to kill you.",
    "It would be a shame if something happened to your children.",
    "I'll be waiting for you outside the town hall after the meeting.",
    "Remember what happened to Jo Cox.",
    "You're going to get a kicking, councillor.",
    "I hope someone stabs you.",
    "Your days are numbered.",
    "Your kids walk to school past our estate, don't they?",
    "Your family will pay for what you did.",
    "Please kill yourself.",
    "Do everyone a favour and top yourself.",
    # intimidation without a word of violence, which the model alone scored under 0.2
    "We know which car is yours.",
    "Your address is all over Facebook now, enjoy.",
    "There are plenty of people round here who would like a word with you in a dark alley.",
    "Better lock your doors tonight.",
    "We are coming to your surgery mob-handed.",
    "You deserve everything that is coming to you.",
    "You won't be smiling after Saturday.",
    "You have been warned, councillor.",
    # ultimatums, watching and following, and harm named politely: the model alone scored each
    # of these under 0.26
    "Resign or else.",
    "Step down before something happens to you.",
    "I saw your daughter at the school gates today. Pretty girl.",
    "Hope you like your new tyres, shame about the nails.",
    "I've been watching you.",
    "I followed you home last night.",
    "We know your kids go to St Mary's.",
    "I'd be looking over my shoulder if I were you.",
    "This is your final warning.",
    "You won't see Christmas.",
    "It would be a pity if your office burned down.",
    "You're dead meat.",
    "Your car would look better with a brick through the windscreen.",
    "Pay attention to who's behind you tomorrow.",
    # text-speak: the model alone scored the first three under 0.2
    "watch ur back at the count m8",
    "ur ded councillor",
    "u better watch urself",
    "i know where u live n where ur kids go",
    "Sleep with 1 eye open, councillor.",  # a digit for a word: 0.04 before it was read
    "I will ki ll you at the surgery.",  # a violent word split inside
    "I'm going to kiiiiill you",  # a letter held down: no threat score before it was squeezed
    "I hope you diiiie",
    "I will kílł you, councillor.",  # accents and a stroke: flagged by nothing before
    "ur dead m8",
    "You're a dead man.",
    # safety sold on a condition, however it is denied, and a contest for the seat with a family
    # added
    "I won't hurt you if you resign.",
    "I'm coming for your seat and your family.",
]

# violence wished on or incited against someone other than the reader (worded unlike training)
THIRD_PARTY_THREATS = [
    "Somebody should beat her until she shuts up.",
    "I'd punch him if I saw him in the street.",
    "Someone ought to run that councillor off the road.",
]

MUST_NOT_FLAG = [
    "She smashed it at the hustings.",
    "Give her a ring about the bins.",
    "He got knocked out of the quiz in the first round.",
    "I am a gay man",
    "I am a Muslim woman",
    "My neighbour is disabled",
    "As a Black councillor I represent Ward 3",
    "I am a trans woman and I live on Mill Lane.",
    "Our Jewish community centre is hosting an open day.",
    "The refugee support group meets on Tuesdays.",
    "Thank you for sorting out the bins on Elm Street.",
    "Can you look at the broken streetlight on Mill Lane?",
    "I'm going to vote against you at the next election.",
    "He said 'I know where you live' to me on the doorstep. What should I do?",
    "Saying that immigrants are vermin is disgusting and I've reported it.",
    "Stop blaming immigrants for everything.",
    "Please stop attacking Muslims in your leaflets, councillor.",
    "I could murder a cup of tea after that meeting.",
    "I would never hurt anyone, I just want the road fixed.",
    "Don't kill yourself over the paperwork, it can wait.",
    "The Travellers site on Mill Lane needs new bins.",
    # the same words as the intimidation above, meant otherwise
    "Better lock your car, there have been thefts on Elm Grove.",
    "We will be at the meeting mob-handed to object.",
    "The police turned up mob-handed to a noise complaint.",
    "Residents get everything that is coming to them under this budget: nothing.",
    "You won't be smiling after the election.",
    "Your address is on the council website, is that right?",
    "The lighting in the dark alley behind the shops is broken.",
    "I saw your son at the school play, he was brilliant.",
    "I've been watching you on the webcast, great speech.",
    "This is my final warning before I go to the ombudsman.",
    "Keep voting for the incinerator and see what happens at the ballot box.",
    # a get-well wish, which the model alone read as a wish of harm (threat 0.36)
    "I hope you get well soon.",
    # rest urged on the reader, which the model read as "a good hiding" (threat 0.83, 0.78)
    "You need a good night's sleep, councillor.",
    "You deserve a good night's sleep after that.",
    "",
    "sorry 2 bother u again",  # flagged as abuse until text-speak was spelt out
    "thanks 4 ur help with the bins",
    "when is ur next surgery?",
    "hope u n ur family r well",
    # harm denied: "not" scored 0.93 for threat when a rule took it for the word allowed between
    # "I will" and the harm
    "I will not hurt you.",
    # a visit denied, thanks and a contest for the seat, which the model alone reads as menace
    # (abuse 0.82, 0.40; threat 0.93)
    "I will never come to your house.",
    "I'll never forget what you did for my mum.",
    "I'm coming for your seat.",
    "Women should be on every committee, not just the odd one.",
    "Muslims deserve a seat at the table.",
    "Someone should shoot a video of the flooding for the council's website.",
    "We know the way to your office, we'll bring the cake on Friday.",
]


# Everyday council mail, written as a check on frames the generated training examples use ("x",
# ";)", "see you at the surgery", "councillor,"): the model shipped before the friendly notes
# were added to its training data flagged seven of these
EVERYDAY_MAIL = [
    "See you at the next surgery.",
    # things hung for show, which the model alone read as hangings
    "I will hang the flags outside the town hall tomorrow.",
    "Hang them up by the door please.",
    "Thanks, see you at the next surgery.",
    "See you Saturday at the community centre.",
    "Great to meet you at the fete, see you soon.",
    "Cheers councillor, see you at the meeting x",
    "Thanks love, see you Friday x",
    "Lovely to see you at the surgery this morning.",
    "I'll pop along to your surgery next week.",
    "Will you be at the residents' meeting on Thursday?",
    "Good luck with the vote tonight!",
    "Thanks so much for your help, you're a star.",
    "You are a kind old person.",
    "You're a lovely young woman and a credit to the ward.",
    "My elderly mum says thank you for visiting her.",
    "My son is autistic and the school won't assess him.",
    "The disabled parking bay outside number 12 is always taken.",
    "We are a Muslim family and the mosque car park floods every winter.",
    "The Polish shop on the corner has been broken into again.",
    "The gay pride picnic needs a permit for the park.",
    "Can we have a bench for older people at the bus stop?",
    "Your kids use this crossing too, don't they? Please get it fixed.",
    "My daughter walks home past the broken streetlight every night.",
    "I'm furious about the parking charges.",
    "This decision is a disgrace and I'll be voting against you.",
    "The bins haven't been collected for three weeks, it's ridiculous.",
    "Why has nobody fixed the damn pothole?",
    "The new cycle lane is killing local businesses.",
    "This heat is killing me, can we have more water fountains in the park?",
    "The planning committee shot down our extension.",
    "Our street is dead at night since the pub shut.",
    "The kids were attacking their dinner after the football.",
    "I'll fight this planning decision all the way.",
    "I'm going to the police station to report the fly-tipping.",
    "Please call me back about the housing repair, it's urgent.",
    "We're coming to the council meeting in numbers to object.",
    "Watch out for the roadworks on the high street next week.",
    "Happy to help deliver leaflets for you.",
    "I hope you have a lovely Christmas with your family.",
    "Sorry to hear you were unwell, get well soon.",
    "Your speech at full council was brilliant.",
    "Lovely to see you at the surgery this morning x",
    "Cheers for today, councillor, see you at the next one x",
    "Thanks for listening at the surgery, see you soon ;)",
    "My nan is a sweet old lady who needs a dropped kerb.",
    "Scrapping the night bus is a scandal and you know it.",
    "What a generous young man your son is, thanks for the help.",
]


def _flagged(screener: Screener, texts: list[str]) -> dict[str, dict[str, float]]:
    """The texts the screener flags, each with the scores of the labels it flagged."""
    results = screener.score_batch(texts)
    return {
        t: {k: r.scores[k] for k in r.flags} for t, r in zip(texts, results, strict=True) if r.flags
    }


def _threats_not_read_as(screener: Screener, texts: list[str], reading: str) -> list[str]:
    """The texts the screener does not flag `threat`, or reads with ``reading`` (an explanation
    field such as "recourse") set: a threat must be flagged, and not excused."""
    results = screener.score_batch(texts)
    return [
        t
        for t, r in zip(texts, results, strict=True)
        if "threat" not in r.flags or getattr(r.explanation, reading)
    ]


def test_scores_are_probabilities_for_every_label(screener: Screener) -> None:
    results = screener.score_batch(["hello", "You useless idiot, resign.", ""])
    assert len(results) == 3
    for r in results:
        assert isinstance(r, ScreeningResult)
        assert list(r.scores) == list(LABELS)
        assert all(0.0 <= v <= 1.0 for v in r.scores.values())
        assert r.flags == [k for k in LABELS if r.scores[k] >= screener.thresholds[k]]


def test_any_unicode_and_odd_input(screener: Screener) -> None:
    texts = [
        "I know where you live \ud83d",  # lone surrogate: not valid Unicode
        "\x00\x01\x02",
        "\U0001f52a\U0001f52a \U0001f473\U0001f3fe",
        "\u0627\u0642\u062a\u0644\u0643",
        "x" * 200_000,
        "\u202e\u200b",
        "aaa " + "ab" * 10_000,  # a held-down letter beside a long word: read in one pass
    ]
    results = screener.score_batch(texts)
    assert len(results) == len(texts)
    assert "threat" in results[0].flags
    for r in results[1:]:
        assert all(0.0 <= v <= 1.0 for v in r.scores.values())


def test_empty_batch(screener: Screener) -> None:
    assert screener.score_batch([]) == []


@pytest.mark.parametrize("text", MUST_CATCH_THREATS)
def test_must_catch_threats(screener: Screener, text: str) -> None:
    result = screener.score(text)
    assert "threat" in result.flags, (text, result.scores)


@pytest.mark.parametrize("text", THIRD_PARTY_THREATS)
def test_threats_against_a_third_person(screener: Screener, text: str) -> None:
    assert "threat" in screener.score(text).flags


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_must_not_flag(screener: Screener, text: str) -> None:
    result = screener.score(text)
    assert result.flags == [], (text, result.scores)


# Abuse in disguise (accents, small capitals, fancy letters, digits, letters held down, spaced out)
# and ordinary mail that uses the same devices for fun or for a name: written together, after the
# normalisation that reads them, as a check that one is caught and the other left alone.
DISGUISED_ABUSE = [
    "Ǐ'm ġoing to ƀreak your ńeck",
    "wē'll bürn ÿour ŏffice down",
    "yoooou are finissshed, scum",
    "I'll str4ngle you with your own ch4in of office",
    "𝔂𝓸𝓾 𝓪𝓻𝓮 𝓪 𝓭𝓮𝓪𝓭 𝔀𝓸𝓶𝓪𝓷",
    "ᴡᴀᴛᴄʜ ʏᴏᴜʀ ʙᴀᴄᴋ ᴀᴛ ᴛʜᴇ ᴄᴏᴜɴᴛ",
    "🅶🅾 🅳🅸🅴",
    "p.a.k.i.s out of our town",
    "go b@ck to @fric@ you monkeyyyy",
    "n1gg3rs ruin everything",
    "shooot the lot of them",
    "I hope your house burnssss down with you inside",
    "stuuupid fat cowww",
    "you ugly b!tch, I'll sl@p you",
    "g@s the kikes",
    "I knöw where yöu live",
    "kíll yoursélf",
    "I'll g u t you like a fish",
    "f.u.c.k.i.n.g t.w.a.t",
    "whore whore whooooore",
    "m u r d e r all the gypsies",
    "hope u get r@p3d",
    "Y0u'll b3 h4ng3d",
    "I will hυrt you",
    "𝓘'𝓵𝓵 𝓼𝓽𝓪𝓫 𝔂𝓸𝓾",
    "t r a n n i e s are freaks",
    "die in a fiiiire",
    "neck yourself, uselesssss",
    "ᴋɪʟʟ ᴀʟʟ ᴍᴜꜱʟɪᴍꜱ",
    "sl1ce y0ur thr0at",
    "I will 🇰🇮🇱🇱 you",
    "ƙill yourself",
    "|<ill all the gypsies",
]
SAME_DEVICES_IN_ORDINARY_MAIL = [
    "Thaaaank you sooo much for sorting the bins!!!",
    "Pleeease can we have a bench by the pond?",
    "Zoë and Jürgen from the allotment society send their thanks.",
    "The café on Mill Lane has reopened, come for a crème brûlée.",
    "Our Noël concert is at St Mary's on the 14th.",
    "I'm sooooo pleased the library is staying open.",
    "Meeting at 10am in room 1B, then 2pm site visit.",
    "Yessss! The crossing is finally going in!",
    "Hmmm, not sure about the new parking layout.",
    "Ｃｏｕｎｃｉｌ ｍｅｅｔｉｎｇ ｔｏｎｉｇｈｔ",
    "𝐓𝐡𝐚𝐧𝐤 𝐲𝐨𝐮 for visiting the school",
    "ɢʀᴇᴀᴛ ᴊᴏʙ on the park clean-up",
    "Our group 🅰️ team won the quiz",
    "Bring a 🍰 and a 🥤 to the fun day",
    "The kids loved the stab-proof vest demo by the police at school.",
    "I'm dying to see the new skate park, it looks killer!",
    "Ahhh the fireworks were amazing last night",
    "Noooo, not another road closure on the high street",
    "B4 the meeting pls send the agenda, thx",
    "Room 101 is booked for the residents' group.",
    "Muchas gracias from the Spanish conversation club, ¡olé!",
    "José's bakery wants to put tables outside.",
    "The Łódź twinning delegation arrives on Monday.",
    "Can u send me the minutes? ta",
    "Grrr, the bus was late again",
    "Soooo many potholes on Station Road",
    "Wooow the Christmas lights look gorgeous",
    "I'd kill for a parking space near the surgery lol",
    "Dead chuffed with the new playground.",
    "The murder mystery night at the village hall raised £400.",
    "Go 🇬🇧 at the Commonwealth Games!",
    "Our twin town in 🇫🇷 sends its best wishes 🇫🇷🇩🇪",
    "Nguyễn Văn An will speak at the Vietnamese community centre.",
]


@pytest.mark.parametrize("text", DISGUISED_ABUSE)
def test_abuse_in_disguise_is_flagged(screener: Screener, text: str) -> None:
    result = screener.score(text)
    assert set(result.flags) - {"profanity"}, (text, result.scores)


@pytest.mark.parametrize("text", SAME_DEVICES_IN_ORDINARY_MAIL)
def test_ordinary_mail_in_the_same_devices_is_not_flagged(screener: Screener, text: str) -> None:
    result = screener.score(text)
    assert result.flags == [], (text, result.scores)


def test_a_rule_that_is_weak_alone_does_not_flag_alone(screener: Screener) -> None:
    weakest = max(r.strength for r in THREAT_RULES if r.may_be_lawful)
    assert screener.thresholds["threat"] > weakest
    regret = screener.score(
        "You'll regret voting for the mast when the phone signal is still rubbish."
    )
    assert [h.name for h in regret.explanation.rules] == ["you_will_pay"]
    assert "threat" not in regret.flags


def test_a_group_affirmed_is_not_flagged(screener: Screener) -> None:
    # "X are people too" was flagged for 37 of 73 groups, at identity attack up to 0.79
    groups = [
        "Bisexual people",
        "Women",
        "Muslims",
        "Refugees",
        "Deaf people",
        "Arabs",
        "Immigrants",
    ]
    texts = [f"{g} are people too." for g in groups] + ["Immigrants make our ward a better place."]
    flagged = _flagged(screener, texts)
    assert flagged == {}
    # taken back, it is read as before
    assert screener.score("Muslims are people too. Deport them anyway.").flags


def test_a_groups_rights_and_hatred_of_it_denied_are_not_flagged(screener: Screener) -> None:
    # each shape was flagged for most of ten groups: "... should be allowed to marry." and "It's
    # wrong to call ... scum." 10 of 10, "I don't dislike ..." 9
    texts = [
        "Muslims should be allowed to marry.",
        "Trans people should be free to worship.",
        "Refugees should be able to work here.",
        "I don't dislike Jews.",
        "I don't hate Travellers.",
        "Nobody should hate gay people.",
        "Hating refugees is never acceptable.",
        "Calling immigrants vermin is disgraceful.",
        "It's wrong to call Gypsies scum.",
        "Immigrants are just ordinary people.",
        "There's nothing wrong with being a lesbian.",
        "Refugees deserve better than this.",
    ]
    assert _flagged(screener, texts) == {}
    # taken back, turned on the group or sneered, it is read as before
    for text in [
        "I don't hate Muslims, I just want them all deported.",
        "Muslims should be allowed to marry their cousins, apparently.",
        "Nobody should hate gay people. But they are disgusting.",
    ]:
        assert screener.score(text).flags, text


def test_slogans_for_a_group_are_not_flagged_and_their_answers_are(screener: Screener) -> None:
    # "X lives matter." was flagged for 52 of the suite's 61 one-word groups; "Stop Asian hate."
    # at identity attack 0.74, "Trans women are women." at 0.61
    groups = ["Black", "Trans", "Disabled", "Muslim", "Jewish", "Gay", "Asian", "Traveller"]
    texts = [
        *(f"{g} lives matter." for g in groups),
        "I support Black Lives Matter.",
        "Black lives matter too!",
        "Trans women are women.",
        "Trans men are men.",
        "Stop Asian hate.",
        "Say no to Islamophobia.",
        "Sent by Black Lives Matter Leeds.",
        "The panto has men in dresses every year.",
        "Calling trans women blokes in dresses is transphobic.",
        # a group's safety called for: "Protect {adj} kids!" was flagged for 32 of 61 groups
        "Protect trans kids!",
        "Keep Black children safe.",
        "Disabled kids deserve to be safe at school.",
    ]
    flagged = _flagged(screener, texts)
    assert flagged == {}
    # its answer, the slogan turned, sneered at or taken back, and the claim it denies
    answers = [
        "White lives matter.",
        "Black lives matter less.",
        "Black lives matter? Not round here.",
        "Black lives matter, but they are all criminals.",
        "Trans women are men.",
        "Stop Asian hate? They should all go home.",
        # a group as a danger to children, which the model flagged for 3 of 61 groups
        "Protect our kids from trans people.",
        "Keep our children safe from Muslims.",
        # trans women called men the worn way, which the model let through
        "Trans women are blokes in dresses.",
        "No men in dresses in our toilets.",
    ]
    kept = [r.flags for r in screener.score_batch(answers)]
    assert all(kept), dict(zip(answers, kept, strict=True))


def test_hatred_of_a_group_opposed_or_met_is_not_flagged(screener: Screener) -> None:
    # the model read the name of the hatred as the hatred: "End anti-{group} hate." was flagged
    # for 54 of 60 groups, "Unite against anti-{group} hate." for 60, "{Group} people face a lot
    # of hate." for 58, "As a {group} councillor I receive a lot of hate." for 35
    groups = ["Muslim", "Jewish", "trans", "gay", "Black", "disabled", "Polish", "Gypsy"]
    templates = [
        "End anti-{g} hate.",
        "Unite against anti-{g} hate.",
        "There is no place for anti-{g} hatred here.",
        "{G} people face a lot of hate.",
        "As a {g} councillor I receive a lot of hate.",
    ]
    texts = [t.format(g=g, G=g[0].upper() + g[1:]) for t in templates for g in groups]
    texts += ["Women councillors face more abuse than men.", "Women in politics face abuse daily."]
    flagged = _flagged(screener, texts)
    assert flagged == {}
    explanation = screener.score("End anti-Muslim hate.").explanation
    assert explanation.hatred_named == "end anti-muslim hate"
    assert 'opposes or tells of hatred of a group "end anti-muslim hate"' in " ".join(
        explanation.reasons()
    )
    assert explanation.to_dict()["hatred_named"] == "end anti-muslim hate"
    # the same words asked and answered, welcomed, turned on the group or set beside violence
    answers = [
        "End anti-Muslim hate? No, Muslims deserve it.",
        "Say no to anti-Muslim hate, say yes to deporting them.",
        "Stop anti-Muslim hate, kick them all out.",
        "End anti-Muslim hate, then hang every last one of them.",
        "Trans people face a lot of hate because they are perverts.",
        "Gays face hate? Good.",
        "Jews face more abuse than anyone? Boo hoo.",
        "Muslims suffer abuse. About time.",
        "Black people face racism because they are criminals.",
        "As a Muslim, I get a lot of hate, you stupid bitch.",
    ]
    kept = [r.flags for r in screener.score_batch(answers)]
    assert all(kept), dict(zip(answers, kept, strict=True))


def test_a_harm_to_a_group_welcomed_is_an_identity_attack(screener: Screener) -> None:
    # the model read the harm told as sympathy and missed the welcome after it: 13 of these 20
    # were not flagged
    attacks = [
        "Muslims face a lot of hate. Not enough, if you ask me.",
        "Muslims receive death threats, and I hope they keep coming.",
        "Muslims face a lot of hate and they deserve every bit of it.",
        "Trans people face a lot of hate, and rightly so.",
        "Gay people get abuse because they ask for it.",
        "Travellers get hate wherever they go. They bring it on themselves.",
        "Jews get abuse online? Serves them right.",
        "Immigrants face hostility. Keep it up.",
        "Disabled people face abuse on the bus? Boo hoo.",
        "Muslims are being attacked in the street and frankly they had it coming.",
        "Somali families are being harassed. More of it, I say.",
        "Anti-trans hate is growing, and not before time.",
        "The abuse Muslims get is well deserved.",
    ]
    results = screener.score_batch(attacks)
    missed = [t for t, r in zip(attacks, results, strict=True) if "identity_attack" not in r.flags]
    assert missed == []
    assert 'about a group "immigrants face hostility ... keep it up"' in " ".join(
        results[7].explanation.reasons()
    )
    # sympathy in the same words is not flagged, a kinder "deserve" and a "good" that begins
    # something else included (three of these were flagged before)
    sympathy = [
        "Muslims face a lot of hate. Good work by the police in tackling it.",
        "Gypsies get nasty notes through the door. They deserve our support.",
        "Trans people face a lot of hate, and they deserve to be safe.",
        "Travellers get hate wherever they go. They deserve better.",
        "Jews get abuse online. It is not their fault.",
    ]
    flagged = _flagged(screener, sympathy)
    assert flagged == {}


def test_a_group_harmed_is_not_flagged(screener: Screener) -> None:
    # the model read these as attacks on the group for 44 to 73 of 73 groups
    texts = [
        "Why are Muslims always left until last?",
        "Why are disabled residents always the ones who lose out?",
        "The hatred some people show Travellers is frightening.",
        "Gay people should be able to walk home without fear.",
        "Refugees on the estate are being harassed by a group of lads.",
        # members of the group harmed, harm suffered more than others, fear
        "Two African teenagers were beaten up in the park on Friday.",
        "Africans are twice as likely to be victims of violent crime.",
        "Muslims have been living in fear since the riots.",
        # a home or a job refused, worse off, stopped more, and a norm said for them
        "My Latina neighbour was refused a flat because of who she is.",
        "Africans are often the last to be hired and the first to be let go.",
        "Arabs are poorer on average than their neighbours.",
        "Black people are more likely to be stopped and searched.",
        "No one should be attacked for being Arab.",
        # hostile post received
        "A Muslim woman in my road gets abusive letters every week.",
    ]
    flagged = _flagged(screener, texts)
    assert flagged == {}
    # an attack in the same shape is read as before
    for attack in (
        "Why are Muslims always causing trouble?",
        "Jews are being targeted, good.",
        "Muslims are victims of their own religion.",
        "Jews are paid less? Boo hoo, they own the banks anyway.",
        "Muslims are poorer because they don't want to work.",
    ):
        assert "identity_attack" in screener.score(attack).flags, attack


def test_everyday_council_mail_is_not_flagged(screener: Screener) -> None:
    flagged = _flagged(screener, EVERYDAY_MAIL)
    assert flagged == {}


def test_a_text_scores_the_same_alone_and_in_any_batch(screener: Screener) -> None:
    # the int8 graph quantises activations per call, so texts are encoded one at a time: a
    # message's scores must not depend on the mail it arrived with
    texts = [
        "Get back to where you came from, nobody wants your sort here.",
        "Absolute disgrace. You lot couldn't organise a piss-up in a brewery.",
        "I know where you live and I'll be paying you a visit.",
        "Whenever immigrants move in, the whole area goes downhill.",
        *MUST_NOT_FLAG[:3],
    ]
    batch = screener.score_batch(texts)
    assert sum(r.explanation.stage == "encoder" for r in batch) >= 4
    reversed_batch = screener.score_batch(texts[::-1])[::-1]
    for text, r, r2 in zip(texts, batch, reversed_batch, strict=True):
        single = screener.score(text)
        assert single.scores == r.scores == r2.scores, text
        assert single.flags == r.flags == r2.flags


def test_explanation_names_rule_words_and_stage(screener: Screener) -> None:
    r = screener.score("I know where you live, you useless piece of shit.")
    assert r.explanation.stage == "encoder"
    assert "knows_where_you_live" in [x.name for x in r.explanation.rules]
    assert "shit" in r.explanation.profane_words
    assert r.explanation.top_words, "flagged labels come with their heaviest words"
    summary = r.explanation.summary()
    assert summary.startswith("read in full by the language model; ")
    # the officer reads what the rule looks for and the words it matched, not its name
    assert (
        'a threat rule matched "i know where you live": claims to know where the person or '
        "their family lives"
    ) in summary
    assert "knows_where_you_live" not in summary
    assert "words that weighed most for abuse: " in summary
    assert "identity_attack" not in summary
    as_dict = r.to_dict()
    assert json.dumps(as_dict)  # serialisable for the web app
    assert as_dict["explanation"]["reasons"] == r.explanation.reasons()
    assert summary == "; ".join(r.explanation.reasons())
    assert as_dict["explanation"]["rules"][0]["name"] == "knows_where_you_live"
    quiet = screener.score("Thanks for sorting the bins.")
    assert quiet.explanation.stage == "lexical"
    assert quiet.explanation.summary() == "read by the word model only"


def test_explanation_marks_reported_speech(screener: Screener) -> None:
    r = screener.score("He wrote 'watch your back' on my office door.")
    assert r.explanation.rules
    assert all(x.reported for x in r.explanation.rules)
    assert "reported or quoted" in r.explanation.summary()


@pytest.mark.parametrize(
    "text",
    [
        "Planning application\n\nKill all Muslims.",  # a mail's subject over its body
        "Dave Smith 2h\nKill paralyzed people.\nLike Reply",  # a screenshot read by OCR
        "Dear Councillor Pryce\n\nMurder the lot of them.\n\nSent from my iPhone",
    ],
)
def test_a_threat_under_a_line_with_no_stop_is_read(screener: Screener, text: str) -> None:
    assert "threat" in screener.score(text).flags


def test_a_line_that_runs_on_keeps_reported_speech(screener: Screener) -> None:
    r = screener.score("He wrote on my office door:\nWatch your back.")
    assert r.explanation.rules
    assert all(x.reported for x in r.explanation.rules)


def test_counter_speech_is_recognised(screener: Screener) -> None:
    quoted = screener.score("Someone wrote 'Muslims are rats' on the bus shelter, it's vile.")
    assert quoted.explanation.counter_speech
    assert "counter" in quoted.explanation.summary() or "condemn" in quoted.explanation.summary()
    plain = screener.score("Muslims are rats.")
    assert not plain.explanation.counter_speech
    assert quoted.scores["identity_attack"] < plain.scores["identity_attack"]
    # abuse quoted is cut to 0.4 of the model's, a claim denied to 0.3, and each says which
    assert quoted.explanation.abuse_quoted
    assert quoted.explanation.to_dict()["abuse_quoted"] is True
    assert any(
        "quotes abuse to report or condemn it (abuse scores cut to 0.4)" in r
        for r in quoted.explanation.reasons()
    )
    denied = screener.score("Muslims are not evil.")
    assert denied.explanation.counter_speech
    assert not denied.explanation.abuse_quoted
    assert any(
        "rejects a sexist line or a claim about a group" in r and "cut to 0.3" in r
        for r in denied.explanation.reasons()
    )


@pytest.mark.parametrize(
    ("framed", "plain"),
    [
        ("In my view Muslims are vermin.", "Muslims are vermin."),
        (
            "I think Black people are nothing more than rats.",
            "Black people are nothing more than rats.",
        ),
        ("Disabled people, to be honest, are parasites.", "Disabled people are parasites."),
    ],
)
def test_an_opinion_frame_does_not_hide_hate(screener: Screener, framed: str, plain: str) -> None:
    # "In my view" pulled the sentence embedding towards ordinary opinion: "In my view Muslims
    # are a stain on society" scored a tenth of the bare sentence
    assert screener.score(framed).scores == screener.score(plain).scores
    assert "identity_attack" in screener.score(framed).flags


def test_a_group_defended_from_blame_is_counter_speech(screener: Screener) -> None:
    defended = screener.score("Stop blaming Muslims for everything.")
    assert defended.explanation.counter_speech
    assert not defended.flags
    turned = screener.score("Don't hate Muslims, just deport them.")
    assert not turned.explanation.counter_speech
    assert "identity_attack" in turned.flags


def test_identity_attack_names_target_group(screener: Screener) -> None:
    r = screener.score("Muslims are vermin and should be driven out of this town.")
    assert "identity_attack" in r.flags
    assert "religion/belief" in r.explanation.target_groups
    words = [w for w, _ in r.explanation.top_words["identity_attack"]]
    assert "vermin" in words


def test_a_group_named_by_a_plural_noun_is_a_group(screener: Screener) -> None:
    # "Travellers" used to name no group, and the identity-attack score was halved
    r = screener.score("Travellers are vermin.")
    assert "identity_attack" in r.flags, r.scores
    assert r.explanation.target_groups == ["race/ethnicity"]


@pytest.mark.parametrize(
    ("hidden", "plain"),
    [
        ("Bl4ck people are nothing more than rats.", "Black people are nothing more than rats."),
        ("M u s l i m s are vermin.", "Muslims are vermin."),
        ("\uff2a\uff45\uff57\uff53 are scum.", "Jews are scum."),  # full-width letters
    ],
)
def test_the_encoder_reads_through_spelling_tricks(
    screener: Screener, hidden: str, plain: str
) -> None:
    # every stage reads the normalised text, so the hidden spelling scores as the plain one
    assert screener.score(hidden).scores == screener.score(plain).scores
    assert "identity_attack" in screener.score(hidden).flags


@pytest.mark.parametrize(
    "text",
    [
        "Traffic wardens are vermin, every last one of them.",
        "Estate agents are scum and I hate the lot of them.",
        "Go away you horrible little troll.",
    ],
)
def test_abuse_of_unprotected_targets_is_abuse_not_identity_attack(
    screener: Screener, text: str
) -> None:
    r = screener.score(text)
    assert "abuse" in r.flags
    assert "identity_attack" not in r.flags


def test_disavowed_harm_lowers_the_threat_score_unless_a_rule_fires(
    screener: Screener,
) -> None:
    calm = screener.score("I would never hurt anyone, I just want the road fixed.")
    assert calm.explanation.peaceful == "i would never hurt"
    assert "threat" not in calm.flags
    # the lawful threat a councillor hears most often
    vote = screener.score("I'm going to vote you out at the next election.")
    assert vote.explanation.peaceful == "vote you out"
    assert vote.flags == []
    # "you'll pay" answered by a lawful action is politics, though its rule fired
    price = screener.score(
        "You'll pay a political price for closing the library, I'll campaign against you."
    )
    assert [h.name for h in price.explanation.rules] == ["you_will_pay"]
    assert price.explanation.peaceful == "political price"
    assert "threat" not in price.flags
    # a threat that comes with a disavowal is still a threat
    mixed = screener.score("I would never hurt anyone, but I'm going to hurt you.")
    assert mixed.explanation.peaceful == ""
    assert "threat" in mixed.flags


@pytest.mark.parametrize(
    "text",
    [
        "Somebody should put the kettle on.",
        "Someone should put the lights on in the hall.",
        "Somebody should put the bins out.",
        "Someone should put the flags at half mast for the late mayor.",
        "I'll break the news to her gently.",
    ],
)
def test_a_chore_asked_of_someone_or_news_broken_is_no_threat(
    screener: Screener, text: str
) -> None:
    # the model alone flagged each `threat` (0.44-0.76), as if "put her down"
    r = screener.score(text)
    assert r.explanation.peaceful
    assert "threat" not in r.flags


@pytest.mark.parametrize(
    "text",
    [
        "Careful, sweetheart, the steps are icy.",
        "Be careful on those stairs, darling, they're steep.",
        "Be careful, hun, the car park is like an ice rink.",
        "Careful driving home tonight, councillor, the roads are treacherous.",
        "You'll catch your death in this weather without a coat, dear.",
        "I'd hate for your grandchildren to get knocked down on that road, it needs a crossing.",
    ],
)
def test_care_for_the_reader_on_a_hazard_is_not_flagged(screener: Screener, text: str) -> None:
    # the model alone flagged each `abuse` (0.37-0.57), reading the pet name or the harm
    r = screener.score(text)
    assert r.explanation.peaceful
    assert r.flags == []


def test_a_chore_of_violence_is_still_a_threat(screener: Screener) -> None:
    for text in ("Someone should put a brick through her window.", "Someone should put her down."):
        r = screener.score(text)
        assert r.explanation.peaceful == ""
        assert "threat" in r.flags, text


def test_a_disavowal_with_a_time_limit_is_a_threat(screener: Screener) -> None:
    calm = screener.score("I'm not going to hurt you, I just want to talk.")
    assert "threat" not in calm.flags
    for text in ("I'm not going to hurt you. Yet.", "Nobody's going to hurt you, for now."):
        limited = screener.score(text)
        assert "veiled_menace" in [h.name for h in limited.explanation.rules]
        assert limited.explanation.peaceful == ""
        assert "threat" in limited.flags, text


def test_the_title_of_address_alone_does_not_make_a_note_abuse(screener: Screener) -> None:
    # each was flagged `abuse` (0.71-0.86) with ", councillor" at its end, and not without it
    for text in (
        "Get some rest, councillor.",
        "Take care of yourself, councillor.",
        "Your days off are your own, enjoy them, councillor.",
    ):
        assert screener.score(text).flags == [], text
    # ("I will see you at your next surgery, councillor." was one of them; the model reads the
    # bare sentence as menace too now, `abuse` 0.44, and a person reads it)
    # an insult keeps its flag with the title or without it
    assert "abuse" in screener.score("You are a useless idiot, councillor.").flags


def test_hazard_warnings_and_wishes_of_luck_are_not_threats(screener: Screener) -> None:
    # each was flagged `abuse` and `threat` by the model alone (0.46-0.90)
    for text in (
        "You'll break your neck on those steps.",
        "Careful, you'll break your neck on the stairs outside the town hall.",
        "Someone will break their legs on that pavement.",
        "Knock 'em dead at the debate tonight, councillor!",
        "You'll be the death of me with these forms.",
        # a thing burnt or beaten: the model alone read "X should be beaten" as a threat
        "The eggs should be beaten until stiff.",
        "The hedge should be burned.",
        # a race against something that is no one, and a wish that an event passes safely
        "I'll beat the traffic out of town if I leave at six.",
        "I hope nobody gets hurt at the bonfire this year.",
    ):
        r = screener.score(text)
        assert r.explanation.peaceful, text
        assert not {"threat", "abuse"} & set(r.flags), (text, r.flags)
    # a dare or a promise of harm keeps the model's reading
    for text in (
        "Back off or you'll break your neck on those steps.",
        "You'll be the death of me, and I'll be the death of you.",
        "Traitors should be hanged.",
        "I'll beat the traffic warden senseless.",
        "I'll beat the traffic and then I'll beat you.",
        "I hope nobody gets hurt at your surgery.",
    ):
        r = screener.score(text)
        assert r.explanation.peaceful == ""
        assert "threat" in r.flags, (text, r.scores)


def test_kill_as_a_figure_of_speech_is_not_a_threat(screener: Screener) -> None:
    streetlight = screener.score("I'd kill for a working streetlight on Mill Lane.")
    assert streetlight.explanation.peaceful == "i'd kill for a"
    assert streetlight.flags == []
    # not when someone is named in the same sentence, nor beside a real threat
    assert screener.score("I'd kill for a minute alone with you.").explanation.peaceful == ""
    both = screener.score("I'd kill for a working streetlight. I'm going to kill you.")
    assert both.explanation.peaceful == ""
    assert "threat" in both.flags


@pytest.mark.parametrize(
    "text",
    [
        "We should kick them out of the council.",
        "Kick the councillor out.",
        "Kick her out of office at the next election.",
        "Time to boot this useless lot out of the town hall.",
        "They kicked him out of the party, and rightly so.",
    ],
)
def test_kicking_someone_out_of_office_is_not_a_threat(screener: Screener, text: str) -> None:
    assert "threat" not in screener.score(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "I will kick the shit out of you.",
        "Throw him out of the window.",
        "Kick her out and then break her legs.",
        "We'll kick you out of the council and kill your family.",
    ],
)
def test_kicking_that_is_violence_is_still_a_threat(screener: Screener, text: str) -> None:
    assert "threat" in screener.score(text).flags


def test_kicking_a_group_out_is_read_as_written() -> None:
    # only offices: "kick them out" of a group or a country stays as it is
    assert prepare("Kick the councillor out.") == "remove the councillor."
    assert prepare("They kicked her out of the party.") == "they removed her from the party."
    assert prepare("Kick them out of the country.") == "kick them out of the country."
    assert prepare("Kick them out!") == "kick them out!"  # councillors, or a group?
    assert prepare("Stop blaming immigrants, kick them out!") == (
        "stop blaming immigrants, kick them out!"
    )


def test_strong_complaints_about_places_are_not_abuse(screener: Screener) -> None:
    heads = ["The state of the", "The condition of the", "The mess in the", "The smell from the"]
    places = ["park", "road", "toilets", "bus station", "estate", "playground", "car park"]
    words = ["disgusting", "disgraceful", "vile", "filthy", "pathetic", "a disgrace", "a joke"]
    texts = [f"{h} {p} is {w}." for h in heads for p in places for w in words]
    results = screener.score_batch(texts)
    assert [t for t, r in zip(texts, results, strict=True) if r.flags] == []
    assert all(r.explanation.about_a_thing for r in results)
    assert "complains about a place or service" in results[0].explanation.summary()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The new councillor is pathetic.", "abuse"),
        ("The state of you is disgusting.", "abuse"),
        ("The Muslims on my street are filthy.", "identity_attack"),
        ("The Poles on our street are filthy.", "abuse"),
        ("These scroungers are pathetic.", "abuse"),
        ("The park is filthy. You are a useless idiot.", "abuse"),
        ("The bins are a disgrace, I will burn your house down.", "threat"),
    ],
)
def test_strong_words_about_a_person_are_read_as_written(
    screener: Screener, text: str, label: str
) -> None:
    r = screener.score(text)
    assert label in r.flags
    assert r.explanation.about_a_thing == ""


def test_a_group_named_with_nothing_said_of_it_is_not_flagged(screener: Screener) -> None:
    identities = load_training_module("examples").IDENTITIES
    forms = ["{adj} people", "{Plural}.", "{Person}", "Re: {adj} residents"]
    texts = [
        f.format(adj=adj, Plural=plural.capitalize(), Person=person.capitalize())
        for adj, plural, person in identities
        for f in forms
    ]
    results = screener.score_batch(texts)
    assert [t for t, r in zip(texts, results, strict=True) if r.flags] == []
    # each of these was flagged from the group word alone
    for text in [
        "Blind people",
        "A Black man",
        "old people",
        "A disabled person",
        "Welsh people",
        "Asexual people",
        "Feminist",
        "Heterosexuals",
        "Black British people",
        "Wiccan",
        "Pregnant people",
    ]:
        r = screener.score(text)
        assert r.flags == []
        assert r.explanation.bare_mention == text.lower()
        assert "names a group and says nothing of it" in r.explanation.summary()


def test_the_reader_addressed_through_their_group_is_read_by_the_encoder(
    screener: Screener,
) -> None:
    # stage one scored the first 0.06 and kept it from the encoder, though it names a group
    hostile = screener.score("Muslims like you are not welcome on the council.")
    assert "abuse" in hostile.flags
    assert hostile.explanation.stage == "encoder"
    praise = screener.score("Women like you make this ward proud.")
    assert praise.flags == []
    assert praise.explanation.stage == "encoder"


def test_a_defeat_at_the_polls_is_not_a_threat(screener: Screener) -> None:
    # the call for a beating read "beaten" at the polls as a beating: both were flagged `threat`
    for text in [
        "Labour must be beaten at the next election.",
        "He should be beaten at the polls in May.",
    ]:
        assert screener.score(text).flags == [], text
    assert "threat" in screener.score("He should be beaten to a pulp.").flags


def test_a_demand_to_resign_or_a_day_in_court_is_not_a_threat(screener: Screener) -> None:
    # the heads and the menace head read "resign" as menace: "You should resign." was flagged
    # `threat` at 0.68 and `abuse` at 0.87, "Resign now, councillor." `threat` at 0.54
    demands = [
        "You should resign.",
        "Resign now, councillor.",
        "You must resign.",
        "You should step down.",
        "I demand your resignation.",
        "We will table a motion of no confidence in you.",
        "Councillor Smith should resign over this scandal.",
        # `threat` 0.87 and 0.78, the second a trained hard negative
        "We will see you in court.",
        "We will see you in court over this.",
        # `threat` 0.97
        "You should hang your head in shame.",
    ]
    flagged = _flagged(screener, demands)
    assert flagged == {}
    # an insult beside it is abuse still
    assert screener.score("Resign, you useless clown.").flags == ["abuse"]
    recourse = screener.score("You should resign.").explanation
    assert recourse.recourse == "resign"
    assert any("asks the person to resign" in r for r in recourse.reasons())
    # with a condition, a deadline or the reader's private life, it is a threat's shape
    threats = [
        "Resign or else.",
        "Resign before something happens to your family.",
        "Resign or I will burn your house down.",
        "You should resign. I know where you live.",
        "I'll see you in court, then I'll see you in the car park after.",
    ]
    assert _threats_not_read_as(screener, threats, "recourse") == []


def test_a_campaign_call_on_a_measure_is_not_a_threat_or_abuse(screener: Screener) -> None:
    # the model read the verb as menace whatever its object ("Burn the bill." 0.92 for `threat`
    # and 0.91 for `abuse`) and short slogans' words as abuse ("Stop the sewage." 0.68, "No one
    # is illegal." 0.87 and 0.42 for `identity_attack`): council mail fills with them around a
    # contentious decision
    calls = [
        "Kill the bill.",
        "Burn the bill.",
        "We will kill this bill.",
        "Kill the cuts.",
        "Kill the LTN now!",
        "Kill off the bypass.",
        "Scrap the ULEZ.",
        "Stop the sewage.",
        "Clean up our rivers.",
        "Ban the bomb.",
        "Smash the patriarchy.",
        "Not my King.",
        "No one is illegal.",
        "Kill the bill. It will criminalise peaceful protest.",
        "We have to kill this scheme before it ruins the high street.",
    ]
    assert _flagged(screener, calls) == {}
    campaign = screener.score("Burn the bill.").explanation
    assert campaign.campaign == "burn the bill"
    assert campaign.to_dict()["campaign"] == "burn the bill"
    assert any("campaign's call on a measure" in r for r in campaign.reasons())
    # an insult beside it is abuse still, and the same verbs on a person or a building threaten
    assert screener.score("Kill the bill, you fucking traitor.").flags == ["abuse", "profanity"]
    threats = [
        "Kill the councillor.",
        "Burn down the town hall.",
        "Kill the bill and you with it.",
        "Kill the bill. Kill the councillor.",
        "Kill the bill. We know where you live.",
        "Kill the bill or your kids will pay.",
        "Scrap the scheme or we will burn your house down.",
        "Save our library, or your car will be next.",
    ]
    assert _threats_not_read_as(screener, threats, "campaign") == []


def test_an_insult_to_the_reader_as_one_of_a_group_attacks_the_group(screener: Screener) -> None:
    # the insult rule read "Dwarfs like you should be in a circus" as abuse, but `identity_attack`
    # stayed at 0.12: the encoder saw an insult to a person, not to a group
    r = screener.score("Dwarfs like you should be in a circus, not the council.")
    assert {"abuse", "identity_attack"} <= set(r.flags)
    assert r.explanation.target_groups == ["disability"]
    assert "identity_attack" not in screener.score("You should be in a circus, mate.").flags


def test_ordinary_sentences_about_feminists_are_not_flagged(screener: Screener) -> None:
    # feminists were the group the release read most harshly: "My daughter is a feminist." was
    # flagged as sexual harassment and "Being a feminist is not a crime." as abuse, because
    # stage one had learnt the word itself from the sexist posts it trains on
    ordinary = [
        "My daughter is a feminist.",
        "As a feminist, I ask you to support the women's refuge.",
        "I'm a feminist and I voted for you.",
        "Being a feminist is not a crime.",
        "My sister is a feminist and I love her.",
        "Is it okay to be a feminist?",
        "My wife is a feminist and a teacher.",
        "We need more feminist voices on the council.",
        "Can feminists join the residents' association?",
    ]
    hostile = {
        "Feminists are ugly and bitter.": "identity_attack",
        "Feminists should be shot.": "threat",
        "Shut up you stupid feminist.": "abuse",
        "Typical feminist, all mouth and no brains.": "identity_attack",
        "Feminists need a good slap.": "threat",
    }
    results = screener.score_batch(ordinary + list(hostile))
    assert [t for t, r in zip(ordinary, results, strict=False) if r.flags] == []
    for (text, label), r in zip(hostile.items(), results[len(ordinary) :], strict=True):
        assert label in r.flags, text


@pytest.mark.parametrize(
    ("group", "kind"),
    [
        ("Eritrean", "nationality/migration"),
        ("Ethiopian", "nationality/migration"),
        ("Palestinian", "nationality/migration"),
        ("Wiccan", "religion/belief"),
        ("Mormon", "religion/belief"),
        ("Tamil", "race/ethnicity"),
        ("Methodist", "religion/belief"),
        ("Colombian", "nationality/migration"),
        ("Estonian", "nationality/migration"),
        ("Nepali", "nationality/migration"),
    ],
)
def test_groups_the_lexicon_names_are_defended_and_attacked_as_groups(
    screener: Screener, group: str, kind: str
) -> None:
    # "Being Eritrean is not a crime." scored `abuse` 0.64 while the lexicon did not know the
    # group, so the counter-speech reading that "Being Muslim is not a crime." gets never came
    defended = screener.score(f"Being {group} is not a crime.")
    assert defended.flags == []
    assert defended.explanation.counter_speech
    attacked = screener.score(f"{group}s are filthy vermin and should all be deported.")
    assert "identity_attack" in attacked.flags
    assert kind in attacked.explanation.target_groups


def test_a_group_of_two_words_written_with_a_hyphen_is_a_group(screener: Screener) -> None:
    # "hearing-impaired" named no group, so the attack's identity score was halved (0.26, not
    # flagged), and "Being mixed-race ..." never had the counter-speech reading (`abuse` 0.42);
    # the list spells "non-binary" and "afro-caribbean" with a hyphen, writers often with a space
    for text in ["Being mixed-race is not a crime.", "Being Afro Caribbean is not a crime."]:
        defended = screener.score(text)
        assert defended.flags == [], text
        assert defended.explanation.counter_speech, text
    for text, group in [
        ("Hearing-impaired people are a waste of space.", "disability"),
        ("Non binary people are freaks.", "gender identity"),
    ]:
        attacked = screener.score(text)
        assert "identity_attack" in attacked.flags, text
        assert attacked.explanation.target_groups == [group], text


def test_a_question_whether_a_group_may_be_itself_is_not_flagged(screener: Screener) -> None:
    # "Is it a sin to be Black?" was `identity_attack` 0.38, and the question was flagged for 16
    # of 73 groups: the encoder reads "a sin to be ..." as said of the group
    groups = ["Black", "gay", "Muslim", "trans", "disabled", "Peruvian", "Nepalese", "Jewish"]
    asked = [f"Is it a sin to be {g}?" for g in groups] + [
        "Is it a crime to be a Muslim?",
        "Is it okay to be disabled?",
    ]
    results = screener.score_batch(asked)
    assert [t for t, r in zip(asked, results, strict=True) if r.flags] == []
    assert all(r.explanation.counter_speech for r in results)
    slogan = screener.score("Is it okay to be white?")
    assert not slogan.explanation.counter_speech


def test_death_wished_after_what_a_group_is_said_to_be_is_a_threat(screener: Screener) -> None:
    # "Pagans are devil worshippers and should burn." was `threat` 0.13: the rule read "Muslims
    # should burn." but not the verb after a clause about the group
    for text in [
        "Pagans are devil worshippers and should burn.",
        "Gays are sick and should die.",
        "They are scum and deserve to die.",
    ]:
        r = screener.score(text)
        assert "threat" in r.flags, text
        assert "wish_or_call_for_harm" in [h.name for h in r.explanation.rules], text
    assert "threat" not in screener.score("The logs are dry and should burn.").flags


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Blind people are vermin.", "abuse"),
        ("Kill blind people", "threat"),
        ("Tranny", "identity_attack"),
        ("Asexual people are freaks.", "identity_attack"),
    ],
)
def test_a_group_named_with_something_said_of_it_is_read_as_written(
    screener: Screener, text: str, label: str
) -> None:
    r = screener.score(text)
    assert label in r.flags
    assert r.explanation.bare_mention == ""


@pytest.mark.parametrize(
    "text",
    [
        "Someone will get hurt on that junction.",
        "Somebody is going to die at that roundabout.",
        "This road is a death trap and someone will be killed.",
        "A child is going to be killed on this road if you do not act.",
        "Someone will die on that road and it will be your fault.",
    ],
)
def test_a_danger_on_the_road_is_not_a_threat(screener: Screener, text: str) -> None:
    assert screener.score(text).flags == []


def test_a_hazard_complained_of_is_not_a_threat_but_harm_held_over_a_demand_is(
    screener: Screener,
) -> None:
    # half of these were flagged (`abuse`, `threat`, even `identity_attack`): the model reads
    # "will kill someone" as menace whoever or whatever is to do it
    complaints = [
        "The ice on the path will kill someone.",
        "Those speeding drivers will kill someone soon.",
        "Grit the hill before somebody breaks their neck.",
        "Cut back the tree before it falls on someone and kills them.",
        "Your inaction will get someone killed.",
        "If nothing is done a pedestrian will die.",
        "That pothole will hurt someone.",
        "Boy racers on the high street will kill someone.",
        "This decision will get somebody killed.",
        "Closing the crossing will get a child killed.",
        "Those e-scooters are going to kill somebody.",
        "The gas leak next door could kill us all.",
        "Mark my words, the bend will kill someone.",
        "Sort the drains out before someone drowns in the underpass.",
    ]
    assert _flagged(screener, complaints) == {}
    # the same words with the reader as the one to come to harm, or harm held over a demand
    threats = [
        "Those speeding drivers will kill you if I tell them to.",
        "Fix the road or someone will get hurt, and it will be you.",
        "Fix the pothole before I kill you.",
        "Step down before somebody gets hurt.",
        "Unless you resign, someone will get hurt.",
        "Drop the plan before someone gets killed.",
        "Keep ignoring us and someone will get hurt.",
        "Clear off before someone gets hurt.",
    ]
    assert _threats_not_read_as(screener, threats, "peaceful") == []


def test_casework_about_mould_smoke_and_bins_is_not_abuse_or_an_attack_on_a_group(
    screener: Screener,
) -> None:
    # "black" of a thing read as a group, "thick" of smoke read as an insult, and smoke in the
    # home read as arson: six of these were flagged (`abuse`, `identity_attack`, `threat`)
    complaints = [
        "The black mould is going to make my children ill.",
        "The black water coming out of the taps is disgusting.",
        "The brown water from the taps is disgusting.",
        "Thick black smoke from the bonfire is coming into our house.",
        "Our neighbour burns rubbish and the smoke comes straight into our kitchen.",
        "Smoke from next door's bonfire is coming into our house every weekend.",
        "Fumes from the factory are making us ill.",
        "Black mould is a killer, remember Awaab Ishak.",
    ]
    assert _flagged(screener, complaints) == {}
    # menace in the same words is read as written
    threats = [
        "Smoke will be coming through your letterbox tonight.",
        "Thick smoke from the bonfire is coming into our house and you will be next.",
        "The black lads on the corner will kill you.",
    ]
    assert all("threat" in screener.score(t).flags for t in threats)


def test_violence_against_a_woman_is_a_threat_and_idioms_of_a_blow_are_not(
    screener: Screener,
) -> None:
    # none of these was flagged `threat`: the model read them as sexism or abuse alone
    threats = [
        "If she was my wife I'd have knocked her teeth out by now.",
        "Any man would have put her through a wall by now.",
        "She'd be less mouthy with a few teeth missing.",
        "She won't look so smug when she's face down in the canal.",
        "Women who vote for this should be horsewhipped.",
        "Little girls who play at politics get hurt.",
        "Should have drowned her at birth.",
    ]
    assert _threats_not_read_as(screener, threats, "peaceful") == []
    # the model flagged the first three `threat` and the last `abuse`
    idioms = [
        "He needs a slap on the wrist at most.",
        "Give them a slap on the back for the great work.",
        "You won't be so smug when you're in opposition.",
        "The rise is a real slap in the face for pensioners.",
    ]
    assert _flagged(screener, idioms) == {}


def test_a_groups_need_said_plainly_is_not_sexism_or_an_attack(screener: Screener) -> None:
    # the model read the group word as sexism or an attack: each of these was flagged
    needs = [
        "The women's football team needs a changing room with a lock.",
        "Single mothers on the estate are struggling with the cost of living.",
        "Women like her deserve a seat at the cabinet table.",
        "Autistic children need quieter sessions at the swimming pool.",
    ]
    assert _flagged(screener, needs) == {}
    assert all(r.explanation.group_need for r in screener.score_batch(needs))
    # an order to a group, or a thing done to it, is read as written
    attacks = [
        "Immigrants need to be sent back where they came from.",
        "Trans women need to stay out of our toilets.",
        "Women need a man to keep them in line.",
        # the model flagged neither: a call to lock up or drive out a group
        "Refugees need locking up.",
        "Travellers need running out of town.",
    ]
    assert all("identity_attack" in screener.score(t).flags for t in attacks)


def test_a_danger_named_with_no_group_is_no_attack_on_a_group(screener: Screener) -> None:
    # the model read "Someone will be killed on this road." as an identity attack (0.40)
    warning = screener.score("Someone will be killed on this road.")
    assert warning.explanation.peaceful == "someone will be killed on this road"
    assert warning.scores["identity_attack"] < 0.15
    assert warning.flags == []


def test_thanks_with_no_sexual_word_is_not_harassment(screener: Screener) -> None:
    # the model gave it `sexual_harassment` 0.17, at or over the threshold on some CPUs
    thanks = screener.score("I'll never forget what you did for my mum.")
    assert thanks.explanation.peaceful
    assert thanks.scores["sexual_harassment"] < 0.1
    # the same reading with a sexual word keeps the model's score
    innuendo = screener.score("I'll never forget what you did for me last night, sexy.")
    assert innuendo.explanation.peaceful
    assert "sexual_harassment" in innuendo.flags


@pytest.mark.parametrize(
    "text",
    [
        "Someone is going to get hurt at your surgery.",
        "Things could get nasty at your next surgery.",
        "Someone will get killed on that crossing, and it will be you.",
        "Watch your back, someone will get hurt on that road.",
    ],
)
def test_harm_where_the_councillor_is_is_a_threat(screener: Screener, text: str) -> None:
    assert "threat" in screener.score(text).flags


def test_an_insult_to_the_readers_face_is_abuse(screener: Screener) -> None:
    r = screener.score("you fucking idiot")
    assert r.explanation.insult == "you fucking idiot"
    assert r.scores["abuse"] >= 0.8
    assert {"abuse", "profanity"} <= set(r.flags)
    reported = screener.score("He called me a fucking idiot at the meeting.")
    assert reported.explanation.insult == ""


@pytest.mark.parametrize(
    "text",
    ["Could you tell me when the library reopens?", "The bloody streetlight is out again."],
)
def test_harmless_mail_skips_the_encoder(screener: Screener, text: str) -> None:
    # mild swearing alone does not send a text to the encoder
    r = screener.score(text)
    assert r.explanation.stage == "lexical"
    assert r.flags == []


def _assets_changed(
    folder: Path,
    config: dict[str, object],
    drop: tuple[str, ...] = (),
    heads_drop: tuple[str, ...] = (),
) -> Screener:
    """A screener on a copy of the shipped assets with ``config`` set in ``config.json`` and the
    keys ``drop`` and the head arrays ``heads_drop`` taken out, as older assets were built."""
    shutil.copytree(ASSETS, folder)
    settings = json.loads((folder / "config.json").read_text()) | config
    (folder / "config.json").write_text(
        json.dumps({k: v for k, v in settings.items() if k not in drop})
    )
    if heads_drop:
        with np.load(folder / "heads.npz") as heads:
            kept = {k: heads[k] for k in heads.files if k not in heads_drop}
        np.savez(folder / "heads.npz", **kept)
    return Screener(folder)


def test_words_of_menace_route_only_for_heads_that_learnt_them(
    tmp_path: Path, screener: Screener
) -> None:
    text = "I know your daughter's school."
    # the shipped heads never learnt veiled threats: reading it would only cost time
    assert not screener.routes_menace
    assert screener.score(text).explanation.stage == "lexical"
    routed = _assets_changed(tmp_path / "assets", {"routes_menace": True})
    assert routed.score(text).explanation.stage == "encoder"
    assert routed.score("Could you tell me when the library reopens?").explanation.stage == (
        "lexical"
    )


# threats in words no rule names, which the heads alone scored under the threat threshold
MENACE_HEAD_THREATS = [
    "Don't be surprised when something happens to you.",
    "We don't forget people like you round here.",
    "I'd keep the curtains closed at night if I were you.",
    "Your luck will run out one of these nights.",
]


@pytest.fixture(scope="module")
def headless(tmp_path_factory: pytest.TempPathFactory) -> Screener:
    """The shipped screener without its menace head, as assets trained before it were built:
    no cut in the config, no head in the head file."""
    return _assets_changed(
        tmp_path_factory.mktemp("headless") / "assets",
        {},
        drop=("menace_cut",),
        heads_drop=("menace_w", "menace_b"),
    )


@pytest.mark.parametrize("text", MENACE_HEAD_THREATS)
def test_the_menace_head_reads_threats_no_rule_names(
    screener: Screener, headless: Screener, text: str
) -> None:
    r = screener.score(text)
    assert r.explanation.rules == []
    assert r.explanation.menace >= screener.menace_cut
    assert not r.explanation.menace_reported
    assert "threat" in r.flags
    assert r.scores["threat"] >= screener.thresholds["threat"]
    assert "its meaning reads as a threat" in r.explanation.summary()
    assert r.to_dict()["explanation"]["menace"] == r.explanation.menace
    # the head is what flags it: without it the same text is no threat
    assert headless.menace_cut == math.inf
    assert headless.heads.menace_w is None
    without = headless.score(text)
    assert "threat" not in without.flags
    assert without.explanation.menace == 0.0


# one sinister sentence among ordinary ones, in the words no rule names (written for this test)
LONGER_MESSAGE = (
    "Councillor Reid, I have written four times about the flooding on Mill Lane and had no "
    "answer. The drains have not been cleared since spring. Your family won't always have the "
    "police outside, you know."
)


def test_the_highest_menace_is_the_whole_texts_or_a_sentence_of_menaces() -> None:
    texts = [
        "the drains are blocked. we know where you live.",
        "we know where you live.",  # one sentence: read whole only
        "the drains are blocked. the bins are late.",  # no words of menace
        "we know where you live. see you tonight.",
    ]
    scored: list[list[str]] = []

    def score(sentences: list[str]) -> np.ndarray:
        scored.append(sentences)  # every sentence read apart, in one call
        return np.array([0.9 if "live" in t else 0.2 for t in sentences])

    scores, read_in = highest_menace(texts, np.array([0.5, 0.8, 0.1, 0.95]), score)
    assert scored == [["we know where you live.", "we know where you live.", "see you tonight."]]
    assert scores.tolist() == [0.9, 0.8, 0.1, 0.95]
    assert read_in == ["we know where you live.", "", "", ""]
    nothing_apart, _ = highest_menace(texts[1:3], np.array([0.8, 0.1]), score)
    assert len(scored) == 1  # no sentence to read apart: no call
    assert nothing_apart.tolist() == [0.8, 0.1]


def test_the_menace_head_reads_a_sinister_sentence_apart_from_a_longer_message(
    screener: Screener, headless: Screener
) -> None:
    r = screener.score(LONGER_MESSAGE)
    sentence = "your family won't always have the police outside, you know."
    assert r.explanation.rules == []
    assert r.explanation.menace_sentence == sentence
    assert r.explanation.menace >= screener.menace_cut
    # "I have written" is the writer's own letter: the sentence read reports no one's words
    assert not r.explanation.menace_reported
    assert "threat" in r.flags
    assert f'in the sentence "{sentence}"' in r.explanation.summary()
    assert r.to_dict()["explanation"]["menace_sentence"] == sentence
    # the whole message's vector dilutes it under the cut
    whole = screener.encoder.encode([prepare(LONGER_MESSAGE)])
    assert screener.heads.menace(whole)[0] < screener.menace_cut
    assert "threat" not in headless.score(LONGER_MESSAGE).flags
    # a threat the head reads in the whole text names no sentence
    short = screener.score(MENACE_HEAD_THREATS[0])
    assert short.explanation.menace >= screener.menace_cut
    assert short.explanation.menace_sentence == ""
    assert "in the sentence" not in short.explanation.summary()
    # reported where the head read it, it is set aside as a reported threat is
    reported = screener.score(LONGER_MESSAGE.replace("Your family", "Someone told me your family"))
    assert reported.explanation.menace_sentence.startswith("someone told me your family")
    assert reported.explanation.menace_reported
    assert "threat" not in reported.flags


# Casework that stage one reads as ordinary, with one sinister sentence that no rule names
SINISTER = "Your family should be careful walking home in the dark"
QUIET_LETTER = (
    "Councillor Pryce, I am writing again about the parking permits on Vale Road. Nobody has "
    f"answered since June. {SINISTER}."
)
# The same casework, written on a phone: a line break and no stop after each sentence
PHONE_LETTER = (
    "Councillor Pryce\n\nI am writing again about the parking permits on Vale Road\n"
    f"Nobody has answered since June\n{SINISTER}\n"
)


@pytest.mark.parametrize(
    ("letter", "sentence"),
    [
        (QUIET_LETTER, "your family should be careful walking home in the dark."),
        (PHONE_LETTER, "your family should be careful walking home in the dark"),
    ],
)
def test_a_sinister_sentence_is_read_apart_where_the_whole_message_stays_in_stage_one(
    screener: Screener, headless: Screener, letter: str, sentence: str
) -> None:
    r = screener.score(letter)
    # stage one sends the whole message no further, and no rule names the threat
    assert r.explanation.stage == "lexical"
    assert r.explanation.rules == []
    assert r.explanation.menace_sentence == sentence
    assert r.explanation.menace >= screener.menace_cut
    assert r.flags == ["threat"]  # only the threat: the other labels are stage one's, unflagged
    assert f'in the sentence "{sentence}"' in r.explanation.summary()
    assert headless.score(letter).flags == []
    # the same message without the sentence has nothing read apart
    ordinary = screener.score(letter.replace(SINISTER, ""))
    assert ordinary.explanation.menace_sentence == ""
    assert ordinary.flags == []


def test_a_line_break_ends_a_sentence_where_a_blank_line_or_a_capital_follows() -> None:
    phone = "Dear Cllr Pryce\n\nStill no permits on Vale Road\nYour kids walk home alone\n"
    assert sentence_source(phone, prepare(phone)) == (
        "dear cllr pryce\nstill no permits on vale road\nyour kids walk home alone"
    )
    # normalising alone joins the lines into one sentence, in which the menace is diluted
    assert menacing_sentences(prepare(PHONE_LETTER)) == []
    windows = "Still no permits on Vale Road\r\nYour kids walk home alone"
    assert sentence_source(windows, prepare(windows)).split("\n") == [
        "still no permits on vale road",
        "your kids walk home alone",
    ]
    # hard-wrapped mail goes on with its sentence in lower case: read as the normalised text
    wrapped = "Still no permits on Vale Road and your\nkids walk home alone past it."
    assert sentence_source(wrapped, prepare(wrapped)) == prepare(wrapped)
    # with no words of menace anywhere, there is no sentence to find: the lines are not prepared
    plain = "Dear Cllr Pryce\n\nStill no permits on Vale Road\nThanks\n"
    assert sentence_source(plain, prepare(plain)) == prepare(plain)
    assert sentence_source("One line only.", "one line only.") == "one line only."
    assert sentence_source(None, "") == ""


def test_the_menace_head_sets_aside_reported_words_and_answers_to_a_disavowal(
    screener: Screener,
) -> None:
    reported = screener.score("He said you should think carefully about your next walk home.")
    assert reported.explanation.menace >= screener.menace_cut
    assert reported.explanation.menace_reported
    assert "threat" not in reported.flags
    assert "set aside" in reported.explanation.summary()
    disavowed = screener.score(
        "People have long memories round here, and so do I, but I would never hurt anyone."
    )
    assert disavowed.explanation.menace >= screener.menace_cut
    assert disavowed.explanation.peaceful == "i would never hurt"
    assert "threat" not in disavowed.flags


def test_the_menace_head_reads_only_what_the_encoder_reads(screener: Screener) -> None:
    # ordinary mail stage one lets through costs no encoder time and gets no menace reading
    r = screener.score("People have long memories round here, so the history society records them.")
    assert r.explanation.stage == "lexical"
    assert r.explanation.menace == 0.0
    assert r.flags == []


def test_the_menace_score_starts_at_the_threat_threshold(screener: Screener) -> None:
    cut, threshold = screener.menace_cut, screener.thresholds["threat"]
    assert 0.5 < cut < 1.0
    assert screener._menace_score(cut) == pytest.approx(threshold)
    assert screener._menace_score((cut + 1.0) / 2) == pytest.approx((threshold + 0.9) / 2)
    assert screener._menace_score(1.0) == pytest.approx(0.9)


def test_profanity_is_flagged_without_other_labels(screener: Screener) -> None:
    r = screener.score("Fucking brilliant news about the new park!")
    assert "profanity" in r.flags
    assert "threat" not in r.flags
    assert "identity_attack" not in r.flags


def test_obfuscated_abuse_is_seen(screener: Screener) -> None:
    hidden = screener.score("What a u$ele$$ cl0wn you are.")
    assert hidden.scores == screener.score("What a useless clown you are.").scores
    assert "abuse" in hidden.flags
    sworn = screener.score("you f*cking 1d10t")
    assert "profanity" in sworn.flags
    assert sworn.explanation.stage == "encoder"


@pytest.mark.parametrize(
    ("hidden", "plain"),
    [
        ("M.u.s.l.i.m.s are vermin", "Muslims are vermin"),
        ("m-u-s-l-i-m-s are vermin", "Muslims are vermin"),
        ("Musl!ms are vermin", "Muslims are vermin"),
        ("I'll kiII you", "I'll kill you"),
        ("watch ur back", "watch your back"),
        ("I htae Muslims.", "I hate Muslims."),
        ("Travellers are sucm.", "Travellers are scum."),
        ("Ihate women.", "I hate women."),
    ],
)
def test_a_hidden_spelling_scores_as_the_plain_one(
    screener: Screener, hidden: str, plain: str
) -> None:
    assert screener.score(hidden).scores == screener.score(plain).scores


def test_killing_a_group_ordered_is_a_threat_whatever_names_the_group(screener: Screener) -> None:
    # the model alone scored this 0.03 for `threat`: it does not know the slur
    assert "threat" in screener.score("kill all muzzies").flags


@pytest.mark.parametrize(
    "text", ["You are an idiot.", "Councillor Smith is a moron.", "You lying scumbag."]
)
def test_short_insults_reach_the_encoder_and_are_flagged(screener: Screener, text: str) -> None:
    r = screener.score(text)
    assert r.explanation.stage == "encoder"
    assert "abuse" in r.flags


@pytest.mark.parametrize("text", ["I really hate Muslims.", "We all despise Travellers."])
def test_hatred_of_a_group_said_outright_reaches_the_encoder_and_is_flagged(
    screener: Screener, text: str
) -> None:
    # stage one, blind to the group word, scored these under the gate (`abuse` 0.14)
    r = screener.score(text)
    assert r.explanation.stage == "encoder"
    assert {"abuse", "identity_attack"} <= set(r.flags)


def test_a_groups_own_dislikes_are_not_routed_as_hatred(screener: Screener) -> None:
    r = screener.score("Women hate being talked over in meetings, and so do I.")
    assert r.explanation.stage == "lexical"
    assert not r.flags


@pytest.mark.parametrize("text", ["Get ready to be strangled.", "Nice legs, councillor."])
def test_words_of_violence_or_sex_reach_the_encoder(screener: Screener, text: str) -> None:
    # stage one scores these short texts as harmless; the encoder must read them
    assert screener.score(text).explanation.stage == "encoder"


@pytest.mark.parametrize(
    "text",
    [
        "Bet you'd look better naked, councillor.",
        "Show us your boobs and I'll vote for you.",
        # scored under 0.1 for sexual harassment by the model alone
        "Love to bend you over the council desk.",
        "Bet you're a right goer.",
        "Sit on my knee and tell me about the budget, love.",
    ],
)
def test_sexual_remarks_to_a_councillor_are_sexual_harassment(
    screener: Screener, text: str
) -> None:
    assert "sexual_harassment" in screener.score(text).flags


def test_a_slur_said_to_someone_is_abuse_and_an_identity_attack(screener: Screener) -> None:
    # the model alone scored "You spastic." 0.40 for abuse and 0.04 for identity_attack
    for text, group in [("You spastic.", "disability"), ("Cllr Khan is a paki.", "race/ethnicity")]:
        r = screener.score(text)
        assert {"abuse", "identity_attack"} <= set(r.flags)
        assert group in r.explanation.target_groups


def test_a_stereotype_pinned_on_a_group_is_an_identity_attack(screener: Screener) -> None:
    # flagged as sexual harassment alone before, identity_attack 0.39
    r = screener.score("Typical Jew, always after the money.")
    assert "identity_attack" in r.flags
    assert r.explanation.racism == "typical jew"
    assert r.explanation.target_groups == ["religion/belief"]


@pytest.mark.parametrize(
    "text",
    [
        # "fag" in British English: the model read the slur (abuse 0.85)
        "I went out for a fag and someone had dumped rubbish.",
        "Fag ends all over the pavement outside the shop.",
    ],
)
def test_a_cigarette_is_not_a_slur(screener: Screener, text: str) -> None:
    assert screener.score(text).flags == []


def test_a_trope_about_a_group_is_an_identity_attack_on_it(screener: Screener) -> None:
    # the model alone scored this 0.08 for identity_attack
    r = screener.score("Jews control the banks and the media, wake up.")
    assert "identity_attack" in r.flags
    assert r.explanation.racism == "jews control the banks"
    assert r.explanation.target_groups == ["religion/belief"]
    refuted = screener.score(
        "The claim that Jews control the banks is an antisemitic conspiracy theory."
    )
    assert "identity_attack" not in refuted.flags
    # the model alone scored these 0.12-0.24
    for text, group in [
        ("Disabled people are a burden on the taxpayer.", "disability"),
        ("Immigrants are a burden on the NHS.", "nationality/migration"),
    ]:
        r = screener.score(text)
        assert "identity_attack" in r.flags
        assert r.explanation.target_groups == [group]
    assert screener.score("Disabled people are not a burden.").flags == []
    # the hate a group meets called its play-acting: the model alone scored these 0.06-0.10
    # ... the group cast as the real haters, and prejudice called sense: 0.02-0.25 alone
    for text in (
        "Muslims always play the victim card.",
        "Travellers always pull the race card.",
        "The real hate in this town comes from Muslims.",
        "Being wary of Muslims is just common sense.",
    ):
        assert "identity_attack" in screener.score(text).flags, text
    assert screener.score("Muslims always play the victim card? That is a racist lie.").flags == []


def test_a_call_to_shut_a_group_out_is_an_identity_attack_on_it(screener: Screener) -> None:
    # the model alone flagged none of these
    for text, group in [
        ("Refuse to serve Somalis in your shops, that's the only way.", "nationality/migration"),
        ("Ban gay people from the leisure centre.", "sexual orientation"),
        ("Make disabled people feel unwelcome wherever they go.", "disability"),
    ]:
        r = screener.score(text)
        assert "identity_attack" in r.flags, text
        assert r.explanation.target_groups == [group]
    answered = screener.score("Refuse to serve Muslims? That shop should lose its licence.")
    assert "identity_attack" not in answered.flags
    assert screener.score("Don't serve teenagers alcohol, it's the law.").flags == []
    # a refuted trope with no call to shun in the text stays refuted
    assert (
        screener.score("People say Gypsies are all thieves, which is a racist trope.").flags == []
    )
    refuted = "The claim that Jews control the banks is an antisemitic conspiracy theory."
    assert screener.score(refuted).flags == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the model alone flagged the first three as identity attacks (0.56-0.87)
        ("Immigrants aren't criminals.", False),
        ("Saying Gypsies are dirty is racist, full stop.", False),
        ("The idea that disabled people are a burden is disgusting.", False),
        ("Not all Muslims are terrorists, but all terrorists are Muslims.", True),
        ("Gay people are not normal.", True),
        # the model scored these 0.95 and 0.74 for identity attack, over the threshold at 0.4
        ("Muslims are not evil.", False),
        ("I would never say Jews are scum.", False),
        ("Lesbians aren't any worse than the rest of us.", False),
        ("Immigrants are no more dangerous than anyone else.", False),
        ("Muslims aren't evil, they're vermin.", True),
        # flagged for 20 of 20 groups before
        ("Posting that Romanians should be deported is vile.", False),
        ("I was shocked to hear a councillor say Hindus are a plague.", False),
        ("I was shocked to hear a councillor say Hindus are a plague. He's right though.", True),
    ],
)
def test_a_hateful_claim_denied_is_counter_speech(
    screener: Screener, text: str, flagged: bool
) -> None:
    r = screener.score(text)
    assert ("identity_attack" in r.flags) is flagged
    assert r.explanation.counter_speech is not flagged


def test_a_racist_line_is_an_identity_attack_on_race(screener: Screener) -> None:
    # the model alone scored this 0.15 for identity_attack: it names no group
    r = screener.score("Go back to Pakistan, Cllr Khan.")
    assert "identity_attack" in r.flags
    assert r.explanation.racism == "go back to pakistan"
    assert r.explanation.target_groups == ["race/ethnicity"]
    assert 'hateful line, trope or stereotype about a group "go back to pakistan"' in (
        r.explanation.summary()
    )
    reported = screener.score(
        "Telling Cllr Khan to go back to Pakistan is racist and I've reported it."
    )
    assert reported.flags == []
    assert reported.explanation.counter_speech


@pytest.mark.parametrize(
    "text",
    [
        "Can you send me a picture of the broken streetlight?",
        "My legs are bad, so please keep the bus stop where it is.",
    ],
)
def test_the_same_words_in_ordinary_mail_are_not_flagged(screener: Screener, text: str) -> None:
    assert screener.score(text).flags == []


@pytest.mark.parametrize(
    "text",
    [
        "The drains are bad again.",
        "The state of the park is disgusting.",
        "Please keep the bus stop where it is, my knees are bad.",
    ],
)
def test_strong_words_about_things_are_not_abuse(screener: Screener, text: str) -> None:
    # a complaint about a thing, or about the writer's own health, attacks nobody
    assert screener.score(text).flags == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("She is a \U0001f921", "abuse"),
        ("\U0001f595 you councillor", "profanity"),
        ("I'll \U0001f52a you at the surgery \U0001f52a\U0001f52a", "threat"),
    ],
)
def test_emoji_carry_their_meaning(screener: Screener, text: str, label: str) -> None:
    r = screener.score(text)
    assert label in r.flags
    assert r.explanation.stage == "encoder"


@pytest.mark.parametrize(
    "text",
    [
        "we know \U0001f3e0 where u live",
        "I know where \U0001f449 you live",
        "your days \U0001f4c5 are numbered",
    ],
)
def test_a_picture_between_the_words_of_a_threat_does_not_hide_it(
    screener: Screener, text: str
) -> None:
    # read as words, the picture broke the phrase: "we know house where you live"
    r = screener.score(text)
    assert "threat" in r.flags
    assert r.explanation.rules


def test_pictures_in_ordinary_mail_make_no_threat(screener: Screener) -> None:
    texts = [
        "Great to see you at the \U0001f384 fair, we know where the hall is \U0001f44d",
        "Thanks for fixing the \U0001f6a6 lights, I know where you stand on parking now",
    ]
    results = screener.score_batch(texts)
    assert [r.flags for r in results] == [[], []]
    assert [r.explanation.rules for r in results] == [[], []]


def test_insults_about_a_named_person_are_abuse(screener: Screener) -> None:
    r = screener.score("Cllr Smith is a liar and a crook.")
    assert r.explanation.insult == "cllr smith is a liar"
    assert "abuse" in r.flags
    assert "insults someone" in r.explanation.summary()
    # a thing called a disgrace insults nobody
    assert screener.score("The state of the bus station is a disgrace.").explanation.insult == ""


@pytest.mark.parametrize("text", ["You absolute wazzock.", "You gormless plank, fix the road."])
def test_british_insults_are_abuse(screener: Screener, text: str) -> None:
    assert "abuse" in screener.score(text).flags


def test_sexist_lines_and_sexual_violence_are_sexual_harassment(screener: Screener) -> None:
    sexist = screener.score("Women belong at home, not in the council chamber.")
    assert "sexual_harassment" in sexist.flags
    assert sexist.explanation.sexism == "women belong at home"
    assert 'sexist remark or sexual violence "women belong at home"' in sexist.explanation.summary()
    rape = screener.score("I'm going to follow you home and rape you.")
    assert {"threat", "sexual_harassment"} <= set(rape.flags)
    rejected = screener.score("The idea that women belong at home is outdated, vote for Jo.")
    assert rejected.explanation.sexism == ""
    assert rejected.explanation.counter_speech
    assert "sexual_harassment" not in rejected.flags


def test_masked_and_compound_swearing_is_profanity(screener: Screener) -> None:
    for text in ("Go f*** yourself", "The council are shitheads."):
        r = screener.score(text)
        assert "profanity" in r.flags, text
    assert screener.score("We mishit the ball all afternoon in Scunthorpe.").flags == []
    # why it cannot: without a lexicon word the score is capped below the threshold
    assert screener.thresholds["profanity"] == PROFANITY_THRESHOLD > NO_PROFANE_WORD_CAP
    assert "profanity" not in screener.score("The bloody streetlight is out again.").flags


def test_manifest_records_encoder_hash_and_data() -> None:
    import hashlib

    manifest = json.loads((ASSETS / "manifest.json").read_text())
    digest = hashlib.sha256((ASSETS / "encoder-int8.onnx").read_bytes()).hexdigest()
    assert manifest["encoder"]["sha256"] == digest
    # the heads, thresholds and lexical stage shipped are the ones the training run recorded
    assert set(manifest["assets_sha256"]) == {"lexical.npz", "heads.npz", "config.json"}
    for name, recorded in manifest["assets_sha256"].items():
        assert hashlib.sha256((ASSETS / name).read_bytes()).hexdigest() == recorded, name
    for name, info in manifest["training_data"].items():
        assert info["train_csv_sha256"], name
        assert info["use"] in {"train+validation", "validation only"}
    assert manifest["training_data"]["ethos"]["use"] == "validation only"
    assert manifest["training_data"]["olid"]["use"] == "validation only"


def test_no_django_imports_in_model_or_cli() -> None:
    root = Path(__file__).resolve().parents[1]
    pattern = re.compile(r"^\s*(from|import)\s+django", re.MULTILINE)
    for path in [*root.glob("model/*.py"), root / "__main__.py"]:
        assert not pattern.search(path.read_text(encoding="utf-8")), path


def test_everyday_figures_of_a_race_a_switch_and_a_message_are_not_threats(
    screener: Screener,
) -> None:
    # the model flagged each: `threat` 0.99, 0.98, 0.84 and 0.40, and `abuse` 0.33 for the last
    figures = [
        "You'll knock them dead at the council meeting.",
        "I'll beat you to the car park.",
        "Kill the lights when you leave the chamber, please.",
        "Shoot me an email.",
        "Shoot me a text when you get to the town hall.",
    ]
    assert _flagged(screener, figures) == {}
    # harm said beside the same words is read as written
    threats = [
        "I'll beat you to the car park and beat you senseless.",
        "Kill the lights. Then kill her.",
        "Shoot her a text and then shoot her.",
        "Can you kill the engine? We're outside your house now.",
    ]
    assert all("threat" in screener.score(t).flags for t in threats)


def test_worth_or_trust_denied_to_a_group_is_an_attack_and_a_denied_slur_is_not(
    screener: Screener,
) -> None:
    # stage one scored each under the gate, and none was flagged, for any of 20 groups
    attacks = [
        "Muslims are not decent people.",
        "I don't respect women and I never will.",
        "Wherever immigrants go, crime follows.",
        "Travellers have no place in a civilised country.",
    ]
    assert all("identity_attack" in screener.score(t).flags for t in attacks)
    # the model flagged each of these for all 20 groups, or nearly
    denials = [
        "Black people are not bad people.",
        "Refugees are not disgusting.",
        "I would never say gay people are scum.",
        "Asians aren't any worse than the rest of us.",
    ]
    assert _flagged(screener, denials) == {}
