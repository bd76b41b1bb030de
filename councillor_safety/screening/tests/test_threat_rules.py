"""Each named threat rule fires on its own phrasing and is weakened for reported speech."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

from councillor_safety.screening import model as screening_model
from councillor_safety.screening.model.fastre import ScreenedPattern
from councillor_safety.screening.model.rules import (
    THREAT_RULES,
    ThreatRule,
    a_groups_need,
    bare_mention,
    call_to_shun,
    campaign_call,
    complains_about_a_thing,
    defends_a_group,
    denounced_quote,
    direct_insult,
    group_trope,
    lawful_recourse,
    names_the_hatred,
    others_words,
    others_words_in,
    peaceful_intent,
    rejects_a_claim,
    rule_threat_probability,
    sexist_line,
    sexual_violence,
    threat_rule_hits,
    welcomes_harm_to_a_group,
    xenophobic_line,
)
from councillor_safety.screening.model.text import normalise

RULE_EXAMPLES = {
    "knows_where_you_live": "I know where you live.",
    "watch_your_back": "Watch your back at the surgery.",
    "coming_for_you": "We're coming for you, councillor.",
    "what_is_coming": "You'll get what's coming to you at the next council meeting.",
    "you_will_pay": "You will pay for this.",
    "harm_to_home_or_family": "Someone will put petrol through your letterbox.",
    "knows_family_routine": "Your kids walk to school past our estate, don't they?",
    "direct_harm": "I'm going to hurt you.",
    "wish_or_call_for_harm": "Someone should shoot that councillor.",
    "harm_to_a_group": "We should string up every Somali in town.",
    "violence_endorsed": "It should be legal to beat women.",
    "urges_self_harm": "Do us all a favour and kill yourself.",
    "harm_at_your_place": "Someone is going to get hurt at your surgery.",
    "violent_imagery": "I'll rearrange your face.",
    "attack_on_politicians": "Remember what happened to Jo Cox.",
    "veiled_menace": "Don't go to the allotment alone, councillor.",
}


def names(text: str) -> set[str]:
    return {h.name for h in threat_rule_hits(normalise(text))}


def assert_fires_as_the_writers_own(text: str, rule: str) -> None:
    """The rule matches, and not as words quoted, reported or denied."""
    hits = [h for h in threat_rule_hits(normalise(text)) if h.name == rule]
    assert hits
    assert not any(h.reported for h in hits)


def test_every_rule_has_an_example() -> None:
    assert {r.name for r in THREAT_RULES} == set(RULE_EXAMPLES)


@pytest.mark.parametrize(("rule", "text"), sorted(RULE_EXAMPLES.items()))
def test_rule_fires(rule: str, text: str) -> None:
    hits = threat_rule_hits(normalise(text))
    assert rule in {h.name for h in hits}
    hit = next(h for h in hits if h.name == rule)
    assert not hit.reported
    assert 0 < rule_threat_probability(hits) < 1


@pytest.mark.parametrize(
    "text",
    [
        "He said 'I know where you live' to me on the doorstep.",
        'I received an email saying "watch your back". I have told the police.',
        "Someone wrote 'I'm going to kill you' under my post.",
        "Nobody should ever tell a councillor 'watch your back'.",
        "Have you ever had someone tell you to go kill yourself?",
        "She was screaming that she wished she could kill all of them, so I left.",
        "I have reported 'you'll be the one who ends up in A&E' to the police.",
    ],
)
def test_reported_quoted_or_negated_threats_are_weakened(text: str) -> None:
    hits = threat_rule_hits(normalise(text))
    assert hits, "the rule should still notice the quoted threat"
    assert all(h.reported for h in hits)
    assert rule_threat_probability(hits) < 0.3


@pytest.mark.parametrize(
    "text",
    [
        "I'm not saying I'd hurt you. I'm saying I'd enjoy it if somebody did.",
        "All I am saying is I know where you live.",
        "Tell your husband to enjoy his last Christmas with you.",
        "I'm shouting so you hear me: I know where you live.",
        "Go on, report me, you'll be the one who ends up in A&E.",
    ],
)
def test_the_writers_own_words_are_not_a_report(text: str) -> None:
    hits = threat_rule_hits(normalise(text))
    assert hits
    assert not any(h.reported for h in hits)


@pytest.mark.parametrize(
    ("text", "shown_by"),
    [
        ("He said he knows which school my daughter goes to.", "said"),
        ("I got a message saying my days in this ward are numbered.", "got a message"),
        ('Someone wrote "we\'ll be seeing you soon" under my post.', '"we\'ll be seeing you soon"'),
        ("A man called the office and asked what time I leave.", "called"),
    ],
)
def test_others_words_anywhere_in_a_text_are_found(text: str, shown_by: str) -> None:
    assert others_words(normalise(text)) == shown_by


@pytest.mark.parametrize(
    "text",
    [
        "We'll be seeing you soon, councillor.",
        "Your daughter's school is on my way to work.",
        "Go on, report me.",
        "The residents' association meets on Tuesday.",
    ],
)
def test_a_text_in_the_writers_own_words_reports_no_one(text: str) -> None:
    assert others_words(normalise(text)) == ""


def test_others_words_in_a_sentence_are_its_own_or_a_quotation_spanning_it() -> None:
    sinister = "your family won't always have the police outside."
    letter = f"i have written to you twice. the drains are blocked. {sinister}"
    assert others_words(letter) == "written"  # anywhere in the text
    assert others_words_in(letter, sinister) == ""  # not in the sentence read
    said = f"the drains are blocked. a man in the queue said {sinister}"
    assert others_words_in(said, f"a man in the queue said {sinister}") == "said"
    # a quotation of several sentences sets aside each sentence in it
    quoted = f'a note came through the door. "the drains can wait. {sinister}" signed, a friend.'
    assert others_words_in(quoted, f'{sinister}"') == f'"the drains can wait. {sinister}"'
    assert others_words_in(quoted, "signed, a friend.") == ""


@pytest.mark.parametrize(
    "text",
    [
        "I'll do you in.",
        "Someone will do you in one of these nights.",
        "We'll put you in hospital.",
        "They'll put you in a wheelchair.",
        "I'll put you in an early grave.",
        "I'll put you through a window.",
        "We'll put you through your own front window.",
    ],
)
def test_done_in_or_put_in_hospital_is_harm(text: str) -> None:
    assert "direct_harm" in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # what a council officer says on the phone every day
        "I'll put you through to the housing team.",
        "Can I put you in touch with our tenancy officer?",
        "Shall I put you in the diary for Tuesday?",
        "I'll put you in for the volunteer award.",
        "We can do you in the morning or the afternoon.",
        "I'll put you through the wringer at scrutiny.",
    ],
)
def test_put_through_to_someone_or_in_touch_is_no_harm(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for sorting out the bins on Elm Street.",
        "I'm going to kill this weed in my garden.",
        "I know where you stand on the housing plan.",
        "See you at the surgery on Saturday to talk about the potholes.",
        "I'll be writing to my MP about this decision.",
        # verbs that are violent only with a person as their object
        "We'll deal with your complaint next week.",
        "I'll sort your parking permit out tomorrow.",
        "We'll hang your portrait in the town hall.",
        "Accidents happen on this road every week, we need a crossing.",
        "I'll be waiting outside the town hall with the petition at 6pm.",
        "Don't be surprised if the meeting runs late.",
        "You could end up in hospital if you trip on these paving slabs.",
        # small talk about family, and family named in a complaint
        "Your son plays for the under-12s, doesn't he? Great match on Sunday.",
        "Your daughter goes to St Mary's, doesn't she? Could you ask about the crossing?",
        "Your kids walk to school past the broken streetlight too, so you know the problem.",
        # "beat" of elections and of crimes reported
        "We will beat them at the election in May.",
        "The gang beat him senseless outside the pub, we need CCTV.",
        # death and "kill yourself" as figures of speech, and elections
        "You'll kill yourself on that pavement one day.",
        "Don't kill yourself over the paperwork, it can wait.",
        "Kill yourself laughing at the panto this Christmas!",
        "My dad would go and die for his country.",
        "Drop dead gorgeous dress at the mayor's ball.",
        "I'll drop dead if they ever fix this road.",
        "We go die-hard for the local team.",
        "The ward would be better off without you as councillor.",
        "Nobody would miss you if you stood down.",
        "The hedge needs cut back.",
        "He deserves a good rest after the campaign.",
        "The bus driver told us to jump off the bus at the stop.",
        # the look-alikes of watching, following, ultimatums and warnings
        "I've been watching you on the webcast, great speech.",
        "I've been following you on Twitter for years.",
        "I saw your son at the school play, he was brilliant.",
        "I know your children go to St Mary's too, so you'll understand the parking problem.",
        "Fix the potholes or else the council will face claims.",
        "It would be a shame if your hard work went to waste.",
        "Somebody slashed my tyres outside your office.",
        "Did the nails on Elm Road damage your tyres too?",
        "Be careful walking home alone, the streetlights on Elm Road are out.",
        "I'd be careful if I were you before signing that contract.",
        "This is your final warning, fix the bins or I'm going to the press.",
        "This is my final warning before I go to the ombudsman.",
        "You won't see Christmas lights in the high street this year.",
        "You're dead right about the bins.",
        "You can sleep when you're dead.",
        "You can sleep when you're dead, mate.",
        "You're dead right, mate.",
        "You're dead on, mate, the bins were late again.",
        "You're dead lucky, mate, the road was fixed the next day.",
        "It's dead man's shoes in that department.",
        "We'll deck you out in the team colours for the parade.",
        "I'll lampoon you in the newsletter.",
        "I'll nutmeg you at five-a-side on Thursday.",
        "This news will floor you.",
        "I'll do you a favour and chase the planning team.",
        "That'll do you.",
        "Well do you?",
        "I'll set your mind at rest about the flooding.",
        "Do you want to die of boredom at these meetings?",
        "Fancy a trip to the hospital open day?",
        "Shall I sort you out a parking permit?",
        "One more complaint and you're getting it done, I promise.",
        "I've got your address and a form for you to sign.",
        "Do you want a punch card for the cafe?",
        "Each section of the report wants a bullet list.",
        "The club wants a kicking tee for the juniors.",
        "Do you want a kicking machine for the club?",
        "See you outside the town hall at the protest.",
        "Something will happen to the library if you cut the budget.",
        "Keep voting for the incinerator and see what happens at the ballot box.",
        # the same election words step aside every rule that names them
        "You won't be smiling after May.",
        "Keep it up and see what happens at the count.",
        "Someone will die on that road and it will be your fault.",
        # the look-alikes of violent pictures
        "I'll run you over the figures before the meeting.",
        "I'll take you out for lunch after the surgery.",
        "We'll take you out to see the flooding on Mill Lane.",
        "Who would want to see women suffer?",
        "We'll string the bunting up along the high street.",
        "Nobody leaves the budget meeting happy.",
        "The hedge is breaking every rule in the planning book.",
        "Could we have lamp posts on Mill Lane, it's pitch black.",
        "Expect a visit from the planning inspector next month.",
        "Tell your kids to be careful crossing Mill Lane, the lights are broken.",
        "Watch what happens at the next election.",
        "I'll come to your surgery and bring the petition.",
        "The lads from the football club want to pay you a visit to say thanks.",
        "You'll regret this decision when the traffic builds up.",
        "There's a letter with your name on it at reception.",
        "It's open season on potholes this winter.",
        "I'll be waiting at the bus stop on the corner with the residents.",
        # in text-speak, spelt out before the rules read it
        "when is ur next surgery?",
        "ur only option is 2 appeal",
        "ur in-laws live on my street lol",
        "u did a u-turn on the bus lane",
        "hope u n ur family r well",
        "good luck at the count, u deserve it",
        "I have 2 children and 4 cars",
        "Ill health kept me from the meeting, ill be there next time",
        "ur right about the parking, it's a nightmare",
        # "well" is not "we'll"
        "You might as well shoot your shot and ask the mayor.",
        "You don't know me very well do you.",
        # the words of the threats above, of things or in kind advice
        "The hedge should be burned, it's dead.",
        "Garden waste should be burnt at the tip, not in back gardens.",
        "Eggs must be beaten until stiff.",
        "The pictures should be hung in the foyer.",
        "The bunting must be strung up by Friday.",
        "Someone should burn the rubbish on the allotment.",
        "Someone needs to kill the weeds on the verge.",
        "Somebody should hang the bunting before Friday.",
        "You're going to die laughing at this year's panto.",
        "you're gonna die a happy man when you see the new pool",
        "Live by the sword, die by the sword.",
        "The plants will die, idiot, if you don't water them.",
        "Die-hard fans queued all night.",
        "We will start shooting the film on Monday.",
        "Start hanging the pictures in the hall at ten.",
        "Burn the church candles down to the end.",
        "Socialism deserves to be eliminated from the face of the earth.",
        "We'll remove you from the mailing list straight away.",
        "The new system will remove you from the world of paperwork.",
        "This holiday will take you off the face of the earth for a week.",
        "The fucking bins still haven't been emptied.",
        "You'd be cutting your own throat voting for that.",
        "Why do people feel the need to rape a handshake?",
        "I wouldn't park on Mill Lane tomorrow if I were you, they're resurfacing.",
        "Don't start your car in the garage with the door shut.",
        "I wouldn't start your car tomorrow if I were you, the road is flooded.",
        "Let's see how long you last in the job, the last leader managed a year.",
        "Let them walk out and see how long you last without our help.",
        "Think about taking a break, for your family's sake.",
        "Please be careful on the icy roads, for your kids' sake.",
        "I've got a few neighbours who'd like a word with you about the parking.",
        "My lads would like a word with you about sponsoring the under-12s.",
        "You won't be so confident when you see the figures.",
        "We're watching you on the livestream tonight, good luck!",
        "We're watching you, councillor, and we like what we see.",
        "I'm watching you every week on the council webcast.",
        "We've been watching your videos, councillor, they're very good.",
        "I've been watching your house for you while you were away, all fine.",
        "I've been watching your son play football, he's brilliant.",
        "Your son walks home down Mill Lane, doesn't he? Mine too, the pavement is awful.",
        "You leave at 6pm. Alone? We can walk with you.",
        "You walk to the station every day. On your own. Is that safe with the lights out?",
        "She should be more careful who she talks to online.",
        "You should be careful who you talk to about the planning application before committee.",
        "Everyone knows your address now that it's on the register.",
        "Your name's been passed around as a possible candidate for mayor.",
        "Your windows are easy to break into, you should get better locks.",
        "Shame if the brakes failed on that old minibus.",
        "Your car won't be there tomorrow, they tow from the market square.",
        "Your office won't be there for long, the lease ends in May.",
        "Your car won't be there tomorrow if you park on the square.",
        "Sleep tight and make sure the back door is locked, there have been burglaries.",
        "Accidents happen on dark roads; we need more street lights.",
        "Next time you won't get home so easily if the buses are cut.",
        "I'd think carefully about coming to the next meeting if you're unwell.",
        "You have no idea what our volunteers are capable of.",
        "I regret the day we voted for this scheme.",
        "Don't be surprised if you get a lot of emails about the bins.",
        "Your days as chair are numbered, and so are mine as treasurer.",
        "The old sheds should be cleaned and burned.",
        "Kick his ass at the quiz tonight!",
        "I'd love to kick them out of office.",
        "I'd love to hit the gym more often.",
        "You'll get a slap on the wrist from the standards committee.",
        "You'll get a kicking at the next election.",
        "I dare you to kick the ball over the fence.",
        "Why hasn't the bin been emptied yet?",
        "The Jo Cox Foundation is running a Great Get Together in the park.",
        "We held a minute's silence for Sir David Amess.",
        "After what happened to Jo Cox, councillors need better security at surgeries.",
        "The Speaker's review after David Amess's murder changed how surgeries are run.",
        "Remember Jo Cox: more in common.",
        # harm denied, where the word between "I will" and the verb is the denial
        "I will not hurt you.",
        "I'll never hurt you, I only want the road fixed.",
        "As an ex-member I will not promote that group. I will not bash them either.",
        "Someone's going to not like this, but the bins move to Tuesdays.",
        "I won't hurt your feelings if you tell me the truth.",
        # the same words as a threat, in ordinary mail
        "You won't be smiling when you see the state of the playground.",
        "Your name's been passed around at the WI as someone who listens.",
        "Don't be surprised if you get a visitor at the surgery, the residents are keen.",
        "Don't be surprised if you lose your seat in May.",
        "Tell your wife I said hello, it was lovely to see her at the fete.",
        "Voters will show you what happens to liars at the ballot box.",
        "We know where you live is a long way from the ward, so thanks for coming.",
        "I know what time your surgery finishes, so I'll come at the end.",
        "Keep up the good work, and watch your back with those developers!",
        "We know the way to your office, we'll bring the cake on Friday.",
        "Don't be surprised if you see me at every meeting from now on, I'm that keen.",
        "Someone should shoot a video of the flooding for the council's website.",
        "I'll be hunting you down at the fete for a photo with the mayor.",
        "I'll beat you to the car park.",
        "We'll beat you there, the traffic's light.",
        "Kill the lights when you leave the chamber, please.",
        "Kill the lights when you lock up.",
        "I'll shoot you a quick reply after the meeting.",
        "I'll shoot you the minutes tonight.",
        # pictures hung, discs burnt, kindness and messages are not people harmed
        "Hang them up by the door please.",
        "Can we hang them in the foyer? The children's paintings are lovely.",
        "Burn them onto a disc and send them to the clerk.",
        "Kill them with kindness, that's what my nan always said.",
        "Just shoot her an email and she'll sort it.",
        "Just shoot her a quick friendly text about the fete.",
        "Shoot them a message about the fete.",
        "I wish she'd get the recognition she deserves.",
        "I hope he gets a bus pass soon, he's 80 next week.",
        "Our wives and girlfriends run the tea stall, just thank them.",
        "Can we stone the path by the church? It's muddy.",
        "The logs are dry and should burn.",
        "The logs should burn for an hour.",
        "The pictures should hang in the hall.",
        "They should hang the pictures by the door.",
        "The flowers are spent and should die off.",
        "Refugees are not criminals and should not die in the Channel.",
        "They should swing by the office on Friday.",
        "The council should burn their bridges with the developer.",
        "Burn their leaflets, they're rubbish.",
        "Don't burn their caravans, it's wrong.",
        "We must burn these old flats' records.",
        "We should sink the cost into the new pool.",
        # a defeat at the polls or in a game, and a death talked of after it happened
        "Labour must be beaten at the next election.",
        "He should be beaten at the polls in May.",
        "The Reds deserve to be battered in the cup final.",
        "They say he somehow deserved to be shot.",
        # the same words, meant otherwise
        "The old shop front would look much better with a lick of paint.",
        "Be a shame if your new windows got put in before the frames were painted.",
        "Older people end up in hospital because the buses are cut.",
        "The plot twist is brilliant, you won't see it coming.",
        "I never saw it coming when the council closed the pool.",
        "I'd pay to see you in the panto again next year, you were brilliant.",
        "Thank you for your kind words about my son, who had a short life but a happy one.",
        "Next time it won't just be a letter, I'll be making a formal complaint.",
        "Next time it won't just be a letter. I will go to the ombudsman.",
        "Your husband drives a lovely old car, doesn't he? My dad had one just like it.",
        "You'll be on your own in the chamber, but we will be there in the gallery cheering you on.",
        "You won't be on your own at the surgery, we'll be there to support you.",
        "You need to be taught a lesson at the ballot box.",
        "Fill the form in by Friday or we'll do it for you at the surgery.",
        "We'll find out where you live from the register to send your ballot papers.",
        "I'd like to see you try getting home on the 42 now they've cut the bus.",
        "I'd love to see her try walking home after the meeting, she used to walk everywhere.",
        "When I see him at the meeting he's finished as leader, the group has had enough.",
        "If we ever find them a home, they'll be in hospital less often.",
        "His own party will stick a knife in his back at the AGM.",
        "Come down to the estate alone and say that, and you'll find people are friendlier.",
        "Come round to the centre on your own and say it to the committee.",
        "Close your eyes and imagine the park without the car park.",
        "While you still have a chance, please sign the petition.",
        "Your office will be on fire with ideas after the training day.",
        "Your old house will be a pile of ashes after the demolition contractors are done.",
        "What a shame to see her face so sad at the funeral.",
        "People have disappeared for less reason than that in the books I read.",
        "The kids were begging for a slap-up meal after the gala.",
        "You deserve whatever you get in the pay award, nurses work so hard.",
        "A couple of slaps of paint would sort that fence out.",
        "Could you run them over to the library on Thursday?",
        "We'll drown them out with music at the protest.",
        "Tie her up at the post, the pony is fine there.",
        "She'd look better with a few more votes behind her.",
        "The first to be shot were the soldiers at the front, as the museum explains.",
        "He wants hanging baskets on every lamppost.",
        "Who needs a bullet point list of the changes?",
        "That dog wants shooting, it bit my son.",
        "I'll break your fall if you slip on the ice.",
        "All the women MRAs should be thrown under the bus.",
        "I wish I had beaten him at chess.",
        "I wish we had beat them in the final.",
        "We should get rid of the potholes on Church Street once and for all.",
        "Let's sort out the Romanian community's housing applications this week.",
        "Time to take care of the elderly in this town properly.",
        "The final solution to the parking problem is a new multi-storey.",
        "The garden waste needs burning, can the council collect it?",
        "We'll be waiting for you with cake and balloons at the centre.",
        "We'll be waiting for you at the station.",
        "Bring your torches, we're going round the nature reserve to see the bats tonight.",
        "I know where the Polish family on my road lives, they're lovely and I'll take the leaflet.",
        "Residents are going to get a nasty surprise when the council tax bills land.",
        "Muslims in this town are going to get a nice surprise at the Eid lunch.",
        "The takeaway will go up in flames unless they fix the wiring, says the fire officer.",
        "The whole plan will go up in smoke if the funding is cut.",
        "Those Somali restaurants won't last long in this economy.",
        "Nurses pay for this with their own money for parking.",
        "Wait till I get my hands on the new timetable.",
        "Your daughter did brilliantly at the gala, she's top of the league. For now, anyway!",
        "This town will be your home for the next three years, welcome.",
        "There's a letter in the post with your name on it, the new parking permit.",
        "Every time you open your door you'll see the new park, thanks to you.",
        "Come alone or bring a friend, everyone is welcome at the coffee morning.",
        "Be careful who you upset on the planning committee, they hold grudges, ha.",
        "A lot of people round here have shotguns for the farms and the pigeons.",
        "I know people who could help with the garden.",
        "The next thing you get will be the council tax bill.",
        "You'll lose more than your seat if you back this, you'll lose my respect.",
        "I'll be at your next surgery with my neighbours. You won't like what we have to say.",
        "We'll make an example of you at the standards committee.",
        "Better hope the brakes hold on the new buses, they're ancient.",
        "Are you ready to die for your country, as our veterans were?",
        "I'll make sure you never have to walk to the bus stop again.",
        "It would be nice if the potholes disappeared for good.",
        "Your plan is dead meat.",
        "Can you run faster than me at the charity 5k?",
        "He came home with a broken nose after the match, poor lad.",
        "Do you realise how much danger you're in crossing that junction with the lights out?",
        "The police found the body of a swan in the river.",
        "Is your door strong enough to keep burglars out? Ask for a free security check.",
        "Are you sure your windows are strong enough for the winter storms?",
        "Did you enjoy the walk home last night? You weren't alone in getting soaked!",
        "What if someone was waiting at your stall to buy the cakes?",
        "Have you ever had your legs waxed?",
        "I'll pop round with my bat for the match on Sunday.",
        "Meet me at the dark skies event in the park.",
        "What would you do if someone set up a food bank in your ward?",
        "Is your life insurance in order? Our free advice session can help.",
        # luck, a family, a murdered MP and a shift in the words of ordinary mail
        "You're lucky I haven't reported you to the standards committee.",
        "You're lucky I didn't go to the papers.",
        "You're lucky nobody got hurt when the tree fell.",
        "You were lucky there were no cars coming when the lights failed.",
        "I'd hate for your kids to get hurt on that crossing.",
        "David Amess didn't see the funding cuts coming either.",
        "Count your blessings, councillor, the budget could be worse.",
        "Your son's shift at the hospital ends at ten, doesn't it? My wife works there too.",
        "Plenty of people who know which pub you drink in will come to the quiz.",
    ],
)
def test_rules_stay_quiet_on_ordinary_mail(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # watching, following and knowing a routine
        ("They've got people watching your house.", "coming_for_you"),
        ("You won't be laughing when we catch up with you.", "coming_for_you"),
        ("I'll be waiting outside the library for you.", "coming_for_you"),
        ("We know what time you leave the office.", "knows_where_you_live"),
        ("Your daughter walks home alone, doesn't she?", "knows_family_routine"),
        ("Your wife leaves work at 6 every day, doesn't she?", "knows_family_routine"),
        ("I know which school your kids go to.", "knows_family_routine"),
        ("We know your kids go to St Mary's.", "knows_family_routine"),
        ("I saw your daughter at the school gates today. Pretty girl.", "knows_family_routine"),
        ("I've been watching you.", "coming_for_you"),
        ("I followed you home last night.", "coming_for_you"),
        ("See you outside the town hall, just you and me.", "coming_for_you"),
        ("I'd be looking over my shoulder if I were you.", "watch_your_back"),
        ("I'd be careful if I were you.", "watch_your_back"),
        ("Pay attention to who's behind you tomorrow.", "watch_your_back"),
        ("You should be careful walking home alone at night.", "watch_your_back"),
        # ultimatums and warnings with nothing said of what follows
        ("Resign or else.", "what_is_coming"),
        ("This is your final warning.", "what_is_coming"),
        ("Vote for the mast and you'll be sorry.", "you_will_pay"),
        ("You won't see Christmas.", "wish_or_call_for_harm"),
        ("You're dead meat.", "direct_harm"),
        ("When I find you, you're dead.", "direct_harm"),
        ("Accidents happen to councillors like you.", "watch_your_back"),
        # harm named without a violent word, or by someone unnamed
        ("Somebody is going to sort you out one of these days.", "direct_harm"),
        ("I'll set my dogs on you.", "direct_harm"),
        ("You'll end up in the river.", "direct_harm"),
        ("There's a grave with your name on it.", "direct_harm"),
        ("I'll knock you out.", "direct_harm"),
        ("We're going to find a few of them and beat them black and blue.", "direct_harm"),
        ("I have a crossbow, remember that.", "watch_your_back"),
        # the mafia's politeness
        ("Nice house you've got there.", "harm_to_home_or_family"),
        ("Wouldn't be surprised if something happened to your car.", "harm_to_home_or_family"),
        ("Your windows get smashed next.", "harm_to_home_or_family"),
        ("Step down before something happens to you.", "harm_to_home_or_family"),
        ("Resign before something happens to your family.", "harm_to_home_or_family"),
        ("Vote no, before anything happens to your house.", "harm_to_home_or_family"),
        ("It would be a pity if your office burned down.", "harm_to_home_or_family"),
        (
            "Your car would look better with a brick through the windscreen.",
            "harm_to_home_or_family",
        ),
        ("Hope you like your new tyres, shame about the nails.", "harm_to_home_or_family"),
        ("Your family will pay for what you did.", "harm_to_home_or_family"),
        ("You and your family will pay.", "harm_to_home_or_family"),
        ("Your wife is going to pay for it.", "harm_to_home_or_family"),
        ("You are going to regret this.", "you_will_pay"),
        # urging someone to kill themselves, in so many words or not
        ("Please kill yourself.", "urges_self_harm"),
        ("Kys you useless prick.", "urges_self_harm"),
        ("Go jump off a bridge.", "urges_self_harm"),
        ("Drink bleach, councillor.", "urges_self_harm"),
        ("Go die in a fire.", "urges_self_harm"),
        ("The world would be better off without you in it.", "urges_self_harm"),
        ("Why don't you just end it all, nobody would miss you.", "urges_self_harm"),
        ("Do everyone a favour and top yourself.", "urges_self_harm"),
        ("They should all kill themselves.", "urges_self_harm"),
        # violence called for in so many words
        ("She needs slapped around.", "wish_or_call_for_harm"),
        ("She needs to be choked.", "wish_or_call_for_harm"),
        ("We're coming for your kids.", "coming_for_you"),
        ("Enjoy your last Christmas.", "wish_or_call_for_harm"),
        ("Enjoy your last day.", "wish_or_call_for_harm"),
        ("You have been warned.", "what_is_coming"),
        ("Women like that deserve to be knocked around a bit.", "wish_or_call_for_harm"),
        ("He should be punched in the face.", "wish_or_call_for_harm"),
        # killing a group ordered, the group named or a slur for it
        ("kill all muzzies", "wish_or_call_for_harm"),
        ("Kill all the pakis.", "wish_or_call_for_harm"),
        ("Gas every Jew.", "wish_or_call_for_harm"),
        ("Thanks Merkel! Shoot all of those refugees.", "wish_or_call_for_harm"),
        # death wished after what the group is said to be, or burning and hanging in a word
        ("Gays are sick and should die.", "wish_or_call_for_harm"),
        ("They are scum and deserve to die.", "wish_or_call_for_harm"),
        ("Pagans are devil worshippers and should burn.", "wish_or_call_for_harm"),
        ("Jews are filth and should burn in hell.", "wish_or_call_for_harm"),
        ("You're a traitor and should hang.", "wish_or_call_for_harm"),
        ("Those filthy traitors must hang!!!", "wish_or_call_for_harm"),
        ("Trannies are freaks, they should swing.", "wish_or_call_for_harm"),
        ("Travellers are thieves, string them all up.", "wish_or_call_for_harm"),
        # homes burnt, boats sunk
        ("Those Romanians are vermin. Burn their caravans.", "wish_or_call_for_harm"),
        ("Let's torch their houses tonight.", "wish_or_call_for_harm"),
        ("Refugees are invaders and we should sink their boats.", "wish_or_call_for_harm"),
        # "deserves", as "deserve" always did
        ("She deserves to be slapped.", "wish_or_call_for_harm"),
        ("That councillor deserves to be beaten black and blue.", "wish_or_call_for_harm"),
        # violence in a picture rather than a verb
        ("I'll break every bone in your body.", "violent_imagery"),
        ("I'll string you up.", "violent_imagery"),
        ("Someone's going to run you off the road.", "violent_imagery"),
        ("I'll run you over.", "violent_imagery"),
        ("I'm going to gut you like a fish.", "violent_imagery"),
        ("I'll see you in the ground.", "violent_imagery"),
        ("You won't get out of the chamber alive.", "violent_imagery"),
        ("We'll make sure no immigrants leave this town alive.", "violent_imagery"),
        ("You'll be pushing up daisies soon.", "violent_imagery"),
        ("Keep it up and you'll be eating through a straw.", "violent_imagery"),
        ("I'd happily do time for you.", "violent_imagery"),
        ("I'll have you done in.", "violent_imagery"),
        ("I know people who would do you for fifty quid.", "violent_imagery"),
        ("A bullet is too good for you.", "violent_imagery"),
        ("Give me five minutes alone with you.", "violent_imagery"),
        ("Lamp posts and rope, that's what you lot need.", "violent_imagery"),
        ("You're finished, and I don't mean politically.", "violent_imagery"),
        ("Time to start cracking skulls of Muslims.", "violent_imagery"),
        ("I can't wait to see refugees bleed.", "violent_imagery"),
        ("Travellers will be lined up and shot when our day comes.", "violent_imagery"),
        ("I'll take you out.", "violent_imagery"),
        ("Someone will get killed on that crossing, and it will be you.", "harm_at_your_place"),
        # slang, and harm promised at the door in a longer message
        ("Ima find u and shank ya.", "direct_harm"),
        ("Gonna do u in mate.", "direct_harm"),
        (
            "Dear Councillor, the bins are a disgrace. If they are not collected this week I will "
            "come to your house and smash every window.",
            "direct_harm",
        ),
        ("Watch what happens to your office tonight.", "harm_to_home_or_family"),
        ("Hope your house insurance is up to date.", "harm_to_home_or_family"),
        ("Expect a visit from the lads.", "coming_for_you"),
        ("Bring your bodyguard to the surgery, you'll need him.", "watch_your_back"),
        ("Tell your wife to be careful.", "watch_your_back"),
        ("Do you like your kneecaps?", "watch_your_back"),
        ("It's only a matter of time before someone gets you.", "what_is_coming"),
        ("I hope they hang her for this.", "wish_or_call_for_harm"),
        ("Remember, we know the way to your house.", "knows_where_you_live"),
        ("Vote yes again and I'll be waiting by your car.", "coming_for_you"),
        ("You won't be so brave when it's dark and you're on your own.", "coming_for_you"),
        ("Think of this as a friendly warning. The next one won't be friendly.", "what_is_coming"),
        ("I hope your car brakes are working properly.", "harm_to_home_or_family"),
        ("Your kids will grow up without a mother if you carry on.", "harm_to_home_or_family"),
        ("Be a pity if your face got rearranged.", "violent_imagery"),
        (
            "Keep pushing the low traffic zone and you'll be wearing a neck brace.",
            "violent_imagery",
        ),
        ("You'll be in a wheelchair by Christmas.", "violent_imagery"),
        ("A brick has your name on it.", "violent_imagery"),
        (
            "If the mosque gets planning permission, there will be blood on the streets.",
            "violent_imagery",
        ),
        ("It's open season on traitor councillors now.", "violent_imagery"),
        ("People round here know how to deal with councillors like you.", "violent_imagery"),
        ("That councillor deserves the death penalty.", "wish_or_call_for_harm"),
        ("He needs a bullet.", "wish_or_call_for_harm"),
        ("People like her should be raped.", "wish_or_call_for_harm"),
        # veiled: a fate for what is theirs, their life recited, time running out
        ("People like you tend to have accidents.", "watch_your_back"),
        ("Don't start your car tomorrow without checking underneath it.", "watch_your_back"),
        ("I'd stay away from the high street if I were you. Permanently.", "watch_your_back"),
        ("You should look for a new address, for your own safety.", "watch_your_back"),
        ("I wonder how brave you'd be with a blade at your throat.", "watch_your_back"),
        ("Nobody will hear you scream in that car park.", "watch_your_back"),
        ("Keep your curtains closed tonight.", "watch_your_back"),
        ("We know your route home.", "knows_where_you_live"),
        ("I know your husband's name and the gym he goes to.", "knows_where_you_live"),
        ("I know which window is your bedroom.", "knows_where_you_live"),
        (
            "We've seen your son at the bus stop every morning at ten past eight.",
            "knows_family_routine",
        ),
        ("A little birdie told me where you park at the civic centre.", "knows_where_you_live"),
        ("Your address is being shared in the group chat tonight.", "knows_where_you_live"),
        ("If the bypass goes ahead I will come for you.", "coming_for_you"),
        ("You'd better hope the police get to you before we do.", "coming_for_you"),
        ("I'm outside your window right now.", "coming_for_you"),
        ("I hope your insurance covers arson.", "harm_to_home_or_family"),
        ("Your car looks very flammable parked on that drive.", "harm_to_home_or_family"),
        ("Your surgery would make a great bonfire.", "harm_to_home_or_family"),
        ("Be a shame to see it in pieces.", "harm_to_home_or_family"),
        ("Be a pity if your dog went missing.", "harm_to_home_or_family"),
        ("It'd be terrible if your daughter didn't come home.", "harm_to_home_or_family"),
        ("Your kids will be orphans by Christmas.", "harm_to_home_or_family"),
        ("Hope you've made a will.", "what_is_coming"),
        ("Every dog has its day and yours is coming, councillor.", "what_is_coming"),
        ("Say goodbye to your family while you still can.", "what_is_coming"),
        ("I'm counting the days until someone shuts you up for good.", "what_is_coming"),
        ("Drop the scheme before someone ends you.", "what_is_coming"),
        ("You're not going to make it to polling day.", "what_is_coming"),
        ("I hope somebody lamps you when you're out canvassing.", "wish_or_call_for_harm"),
        ("Old people should just hurry up and die to free up housing.", "wish_or_call_for_harm"),
        ("I'll drag you out of that chamber by your hair.", "violent_imagery"),
        ("When you least expect it, councillor.", "watch_your_back"),
        ("You'd better grow eyes in the back of your head.", "watch_your_back"),
        ("The people you've upset are not the forgiving kind.", "watch_your_back"),
        ("You're not safe at the surgery, at home, anywhere.", "watch_your_back"),
        ("You'll never feel safe again, I'll make sure of it.", "watch_your_back"),
        ("Go on, vote for it. See if you make it to your car afterwards.", "watch_your_back"),
        ("I've got a long memory and a short temper.", "watch_your_back"),
        ("It would be so easy to find you.", "watch_your_back"),
        ("They'll need dental records to identify you.", "wish_or_call_for_harm"),
        ("Nobody will find the body on the moors.", "wish_or_call_for_harm"),
        ("Smile for the camera, it might be your last photo.", "wish_or_call_for_harm"),
        ("I wouldn't cry if someone hurt you.", "wish_or_call_for_harm"),
        ("It's only a matter of time before a brick comes through your window.", "what_is_coming"),
        ("Men like you don't last long around here.", "what_is_coming"),
        ("You won't be around much longer to vote on anything.", "what_is_coming"),
        ("Don't bother calling the police, they can't protect you forever.", "what_is_coming"),
        ("Your name is on a list, councillor.", "what_is_coming"),
        ("People have been hurt for less than what you've done.", "what_is_coming"),
        ("You'll be leaving that meeting on a stretcher.", "direct_harm"),
        ("You'd look good with a few less teeth.", "direct_harm"),
        ("One more vote like that and I'll be at your door with a baseball bat.", "direct_harm"),
        ("It would be awful if anything were to happen to it.", "harm_to_home_or_family"),
        (
            "Pray nothing happens to your grandchildren on the way to school.",
            "harm_to_home_or_family",
        ),
        ("Your office would go up like a tinderbox.", "harm_to_home_or_family"),
        ("I've been parked outside your house since Tuesday.", "harm_to_home_or_family"),
        ("We'll see how tough you are when it's dark.", "coming_for_you"),
        ("Some of the lads want a word with you, a proper word, outside.", "coming_for_you"),
        ("Hope you sleep well tonight, knowing we're nearby.", "coming_for_you"),
        ("Your children will find out what happens to traitors.", "coming_for_you"),
        ("Retire now, while you can still walk.", "what_is_coming"),
        ("Your little girl has a lovely smile. For now.", "what_is_coming"),
        ("You don't want to find out what I'm capable of.", "what_is_coming"),
        ("I've got nothing to lose, and you've got everything.", "what_is_coming"),
        ("Be seeing you. Sooner than you'd like.", "what_is_coming"),
        ("You won't always have a police escort.", "watch_your_back"),
        ("The council can't afford enough bodyguards to save you.", "watch_your_back"),
        ("It only takes one match, councillor.", "watch_your_back"),
        ("We've got a present for you. You'll get it when you least want it.", "watch_your_back"),
        ("Your wife's car would look better with no windows.", "harm_to_home_or_family"),
        ("Tell your husband to enjoy his last Christmas with you.", "wish_or_call_for_harm"),
        ("Funny how your kind always end up in A&E.", "direct_harm"),
        ("If the plan goes through I'll be waiting, and so will my friends.", "coming_for_you"),
        ("Ill burn ur house down with u in it", "direct_harm"),
        ("Ur gonna get jumped on the way home", "direct_harm"),
        ("Touch my allotment again and you're getting stabbed.", "direct_harm"),
        ("Next time I see you, you're in hospital.", "direct_harm"),
        ("You're dead 🔫", "direct_harm"),
        ("You're dead, mate.", "direct_harm"),
        ("ur dead m8", "direct_harm"),
        ("You're a dead man.", "direct_harm"),
        ("You're dead when I find you.", "direct_harm"),
        ("You're dead if I see you round here again.", "direct_harm"),
        ("I'll deck you.", "direct_harm"),  # British words for a blow
        ("I'll leather you, councillor.", "direct_harm"),
        ("I'll stripe you.", "direct_harm"),
        ("I'll chin you.", "direct_harm"),
        ("I'll do you.", "direct_harm"),
        ("I'll set you alight.", "direct_harm"),
        ("Someone should put you down like a dog.", "direct_harm"),
        ("You'll be brown bread.", "direct_harm"),
        ("Do you want to die?", "direct_harm"),  # harm offered as a question
        ("Do you want a kicking, councillor?", "direct_harm"),
        ("Fancy a trip to A&E?", "direct_harm"),
        ("Shall I come round and sort you out?", "direct_harm"),
        ("One more word and you're getting it.", "direct_harm"),
        ("Better hope I never catch you alone.", "direct_harm"),
        ("I've got your address and a can of petrol.", "direct_harm"),
        ("I'm gonna do u so bad ur mum won't recognise u", "direct_harm"),
        ("You have until Friday before I come for you.", "coming_for_you"),
        ("My lads are coming round yours tonight.", "coming_for_you"),
        ("My lads are coming round yours tonight to sort you out.", "coming_for_you"),
        ("You're getting a visit from me and a tyre iron.", "coming_for_you"),
        ("Gonna pay you a proper visit with the boys.", "coming_for_you"),
        ("If you vote for the scheme you'll be sorry you were ever born.", "what_is_coming"),
        ("You better pray I don't find you.", "what_is_coming"),
        ("Count your days, councillor.", "what_is_coming"),
        ("If I lose my house, you lose your life.", "what_is_coming"),
        ("I'm bringing a machete to the next surgery.", "watch_your_back"),
        ("You'll need more than a restraining order.", "watch_your_back"),
        ("People like you need putting down.", "wish_or_call_for_harm"),
        ("Drown yourself, nobody wants you here.", "urges_self_harm"),
        ("You'll be swinging from a lamp post before long.", "violent_imagery"),
        ("I want to watch you bleed.", "violent_imagery"),
        ("I've got a hammer with your name on it.", "violent_imagery"),
        ("Bet ur kids would look good in a coffin.", "violent_imagery"),
        ("Someone's going to put you six feet under.", "violent_imagery"),
        ("Your blood will be on the pavement.", "violent_imagery"),
        ("Get ready to bleed.", "violent_imagery"),
        ("Filthy traitor, hope you get what Amess got.", "attack_on_politicians"),
        ("Kick her out and then break her legs.", "direct_harm"),
        ("I'm gonna snap your fingers one by one.", "direct_harm"),
        ("Your house will burn just like the library you closed.", "harm_to_home_or_family"),
        ("Keep talking and see what happens.", "harm_to_home_or_family"),
        ("See what happens if you vote for it.", "harm_to_home_or_family"),
        ("They'll see what happens to traitors like you.", "harm_to_home_or_family"),
        # a fresh probe of threats in a councillor's mail, and forms one slot away from a rule
        ("Someone's going to get hurt at your surgery.", "harm_at_your_place"),
        ("Your kid's school finishes at 3:15, doesn't it?", "knows_family_routine"),
        ("I've got a can of petrol and your address.", "harm_to_home_or_family"),
        ("Your office is very easy to get into at night.", "harm_to_home_or_family"),
        ("Wait until you see what I do to your car.", "harm_to_home_or_family"),
        ("The flat above your office would go up nicely.", "harm_to_home_or_family"),
        ("Don't bother locking your doors.", "harm_to_home_or_family"),
        ("We've been following your wife's car.", "harm_to_home_or_family"),
        ("I'm outside your surgery now. Come out.", "coming_for_you"),
        ("One of these nights someone is going to be waiting for you.", "coming_for_you"),
        (
            "I'm bringing friends to your next surgery and we're not there to talk.",
            "coming_for_you",
        ),
        ("I'll be at the count with a knife.", "coming_for_you"),
        ("Go ahead, vote for it, and see who's waiting at home for you.", "coming_for_you"),
        ("Some of the lads want a word with you, and they don't do talking.", "coming_for_you"),
        ("I'd think twice before walking to your car alone tonight.", "watch_your_back"),
        (
            "I can't promise the lads will stay calm if you show your face.",
            "coming_for_you",
        ),
        ("You should hire a bodyguard.", "watch_your_back"),
        ("You're on borrowed time.", "what_is_coming"),
        ("Vote yes on Thursday and it's the last vote you'll ever cast.", "what_is_coming"),
        ("The next brick won't be through your window.", "what_is_coming"),
        ("Cancel the scheme or the next meeting will be your last.", "wish_or_call_for_harm"),
        ("Tell your husband to enjoy his last weeks with you.", "wish_or_call_for_harm"),
        ("Accidents happen to nosy councillors.", "watch_your_back"),
        ("I will make your life a living hell.", "direct_harm"),
        ("They'll be scraping you off the pavement.", "violent_imagery"),
        ("If the mosque gets built, blood will be spilled.", "violent_imagery"),
        ("You're going in the canal, councillor.", "violent_imagery"),
        ("One phone call and you'll be in the river.", "violent_imagery"),
        ("You won't be so smug with a broken jaw.", "violent_imagery"),
        ("When this is over you'll need a new face.", "violent_imagery"),
        ("Nobody would miss you if you disappeared.", "violent_imagery"),
        ("I've written your name on a bullet.", "direct_harm"),
        ("Keep your mouth shut about the estate or we'll shut it for you.", "direct_harm"),
        ("Touch our green belt and we'll touch you.", "direct_harm"),
        ("I'm going to teach you some manners, the hard way.", "direct_harm"),
        ("I have a rope ready for you.", "violent_imagery"),
        # the councillor spoken of, as in comments posted about them
        ("I know where Cllr Ahmed lives, anyone fancy a trip?", "knows_where_you_live"),
        ("Post Cllr Taylor's address and let's see how brave he is then.", "knows_where_you_live"),
        ("Cllr Scott should watch his back when he leaves the chamber.", "watch_your_back"),
        ("Cllr Wood had better not show her face at the market on Saturday.", "watch_your_back"),
        ("Someone should pay Cllr Jones a visit and explain things to him.", "coming_for_you"),
        ("Cllr Clarke needs a visit from the lads.", "coming_for_you"),
        (
            "Let's all turn up at Cllr Green's house tonight and show her what we think.",
            "coming_for_you",
        ),
        ("Cllr White deserves everything that's coming to her.", "what_is_coming"),
        ("The leader of the council will be lucky to see Christmas.", "what_is_coming"),
        ("Cllr Smith wants a good slap.", "wish_or_call_for_harm"),
        ("That traitor Cllr Hussain needs to disappear.", "wish_or_call_for_harm"),
        ("Somebody give Cllr Hill a kicking please.", "wish_or_call_for_harm"),
        ("Cllr King's family should be ashamed, and scared.", "wish_or_call_for_harm"),
        ("Cllr Murphy is going to get hurt if he carries on like this.", "harm_at_your_place"),
        (
            "We'll see how Cllr Lee likes it when it's her house that gets burned.",
            "harm_at_your_place",
        ),
        ("I'd happily do time for Cllr Walker.", "violent_imagery"),
        ("That councillor's windows are going in tonight.", "harm_to_home_or_family"),
        ("Tick tock, councillor. We're coming.", "coming_for_you"),
        ("Councillor, I've already bought the rope.", "violent_imagery"),
        # menace put as a question
        ("How would you feel if your house burned down one night?", "harm_to_home_or_family"),
        ("What would you do if someone hurt your kids?", "harm_to_home_or_family"),
        ("What would your family do without you?", "harm_to_home_or_family"),
        ("How would your wife cope as a widow?", "harm_to_home_or_family"),
        ("Ever seen what petrol does to a front door?", "harm_to_home_or_family"),
        ("What's it worth to you to keep your windows intact?", "harm_to_home_or_family"),
        ("Is your life insurance up to date?", "harm_to_home_or_family"),
        ("Wouldn't it be a shame if your car had an accident?", "harm_to_home_or_family"),
        ("Do you know what happens to councillors who lie to residents?", "what_is_coming"),
        ("Do you know how many people want you dead?", "what_is_coming"),
        ("How fast can you run, councillor?", "watch_your_back"),
        ("Do you like having working kneecaps?", "watch_your_back"),
        ("Can you swim, councillor? Asking for a reason.", "watch_your_back"),
        ("How long do you think you'd last in a fight with me?", "watch_your_back"),
        ("Are you sure your doors are locked tonight?", "watch_your_back"),
        ("Do your kids know how to dial 999?", "watch_your_back"),
        ("Who do you think will find you first?", "watch_your_back"),
        (
            "Have you ever wondered how easy it would be to find your address?",
            "knows_where_you_live",
        ),
        ("Fancy a knife in the back, councillor?", "coming_for_you"),
        ("Tell your wife to be careful at the shops.", "watch_your_back"),
        ("I'd keep an eye on your kids at the school gate if I were you.", "watch_your_back"),
        ("Cllr Roberts' kids go to St Mary's. Just saying.", "knows_family_routine"),
        (
            "Tell your wife I said hello. She walks the dog at seven, doesn't she?",
            "knows_family_routine",
        ),
        ("You won't be smiling for much longer.", "coming_for_you"),
        ("I know what time your surgery finishes. I'll be waiting.", "knows_where_you_live"),
        ("We know the way to your house. Sleep well.", "knows_where_you_live"),
        ("Pray you never meet me in a dark car park.", "coming_for_you"),
        ("I'd hate for your kids to find out what happens to liars.", "harm_to_home_or_family"),
        (
            "Dave, have you still got that baseball bat? Cllr Wright's surgery is on Thursday.",
            "violent_imagery",
        ),
    ],
)
def test_implicit_threats_fire(text: str, rule: str) -> None:
    assert rule in names(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a swear put in for force
        ("you're gonna fucking die", "what_is_coming"),
        ("gays should fucking die", "wish_or_call_for_harm"),
        ("You should be bloody shot.", "wish_or_call_for_harm"),
        ("just go fucking die", "urges_self_harm"),
        ("You're gonna feckin die, councillor.", "what_is_coming"),
        ("I'll fucking kill you.", "direct_harm"),
        # "must" as "should"
        ("Trans people must die.", "wish_or_call_for_harm"),
        ("Women must be raped.", "wish_or_call_for_harm"),
        ("Lying politicians must be shot.", "wish_or_call_for_harm"),
        ("You are going to die for this.", "what_is_coming"),
        ("Die, you scum.", "wish_or_call_for_harm"),
        ("Die fucking arab", "wish_or_call_for_harm"),
        ("Die, idiot.", "wish_or_call_for_harm"),
        ("Die you useless wanker", "wish_or_call_for_harm"),
        ("Gays should be removed from the face of the earth.", "wish_or_call_for_harm"),
        ("I'd remove you from this earth if I could.", "wish_or_call_for_harm"),
        ("Someone should wipe you off the face of the planet.", "wish_or_call_for_harm"),
        ("Somebody needs to rid the world of you.", "wish_or_call_for_harm"),
        ("Time to start shooting traitors.", "wish_or_call_for_harm"),
        ("Torch the mosque.", "wish_or_call_for_harm"),
        ("Let's bomb every synagogue in the country.", "wish_or_call_for_harm"),
        ("go rape your wife", "wish_or_call_for_harm"),
        ("The only way to deal with women like her is to rape them.", "wish_or_call_for_harm"),
        ("slice your throat", "violent_imagery"),
        ("Someone cut her throat.", "violent_imagery"),
        # menace with no violent word
        ("I wouldn't start your car tomorrow if I were you.", "veiled_menace"),
        ("Keep voting like that and see how long you last.", "veiled_menace"),
        ("I'd think very carefully about your next vote, for your family's sake.", "veiled_menace"),
        ("I've sent your address to some people who aren't as nice as me.", "veiled_menace"),
        ("I've got a few mates who'd like a word with you after the meeting.", "veiled_menace"),
        ("You won't be so brave without the police outside.", "veiled_menace"),
        # watched, followed and found: the person's home, family and routine
        ("I've been watching your house. The lights go off at eleven.", "coming_for_you"),
        ("Smile, we're watching you at the surgery every week.", "coming_for_you"),
        ("We're watching you.", "coming_for_you"),
        ("Your lad walks home from school down Mill Lane, doesn't he?", "knows_family_routine"),
        ("You go jogging in the park at 6am. Alone. Every day.", "watch_your_back"),
        (
            "I saw your wife at Tesco. She should be more careful who she talks to.",
            "watch_your_back",
        ),
        ("There are people in this town who know your address now.", "harm_to_home_or_family"),
        (
            "Your name's been passed around. Some of the lads are very interested.",
            "harm_to_home_or_family",
        ),
        # what is theirs made fragile, and warnings that are not
        ("Your office windows are very easy to break.", "harm_to_home_or_family"),
        ("Nice blue Golf you drive. Be a shame if the brakes went.", "harm_to_home_or_family"),
        ("Your car won't be there tomorrow.", "harm_to_home_or_family"),
        ("Your house won't be standing by morning, councillor.", "harm_to_home_or_family"),
        ("Sleep tight, councillor. Make sure the doors are locked.", "watch_your_back"),
        ("Remember, councillor, accidents happen on dark roads.", "watch_your_back"),
        ("Next time you won't get home so easily.", "watch_your_back"),
        ("I'd think very carefully about coming to the next surgery.", "watch_your_back"),
        ("You have no idea what I'm capable of.", "what_is_coming"),
        ("You'll regret the day you approved that planning application.", "what_is_coming"),
        ("Your days as a councillor are numbered, and so are your days.", "what_is_coming"),
        # an execution asked for, a beating called for or dared, killing a group called good
        ("Doctors should be imprisoned or shot for this.", "wish_or_call_for_harm"),
        ("Why haven't they been hung for treason?", "wish_or_call_for_harm"),
        ("He needs the snot beat outta him.", "wish_or_call_for_harm"),
        ("Beat that tranny's ass.", "wish_or_call_for_harm"),
        ("I dare you to choke her next time.", "wish_or_call_for_harm"),
        ("Castrate him and send him back.", "wish_or_call_for_harm"),
        ("Killing Muslims is good.", "wish_or_call_for_harm"),
        ("I'd love to smack that smug feminist.", "wish_or_call_for_harm"),
        ("If my wife spoke like that she'd get a backhander.", "wish_or_call_for_harm"),
        # a murdered MP held up to the reader
        ("Don't forget what happened to Jo Cox, councillor.", "attack_on_politicians"),
        ("Do you want to go the same way as Jo Cox?", "attack_on_politicians"),
        ("Someone will Jo Cox you one day.", "attack_on_politicians"),
        ("Jo Cox was only the start.", "attack_on_politicians"),
        ("Cllr Evans will get what Jo Cox got if she keeps this up.", "attack_on_politicians"),
        ("Jo Cox didn't learn either, just saying.", "attack_on_politicians"),
        ("You're next after Amess.", "attack_on_politicians"),
        ("Keep this up and you'll end up like that MP in Essex.", "attack_on_politicians"),
        # a word between "I will" and the harm that does not deny it
        ("I'll really hurt you.", "direct_harm"),
        ("I will personally batter you.", "direct_harm"),
        # safety sold on a condition
        ("I won't hurt you if you resign.", "direct_harm"),
        ("I won't hurt you as long as you do what we say.", "direct_harm"),
        ("We're not going to harm your family, provided you vote the right way.", "direct_harm"),
        # harm urged on a woman after a comma, asked for, or urged on wives and women
        (
            "She lied to the committee, just fucking hang her from a lamp post.",
            "wish_or_call_for_harm",
        ),
        ("She forgot she was a mum... can we burn her too?", "wish_or_call_for_harm"),
        ("Husbands, kill your useless lefty wives.", "wish_or_call_for_harm"),
        ("Hang the bitch for treason.", "wish_or_call_for_harm"),
        # hung for show steps aside, not hanged by the neck
        ("Hang them up by their necks.", "wish_or_call_for_harm"),
        # harm wished on a third person, an acid attack deserved
        ("I just wished she'd get hit by a truck.", "wish_or_call_for_harm"),
        ("I hope he gets hit by a bus on the way to the meeting.", "wish_or_call_for_harm"),
        ("No poppy? You deserve an acid attack.", "wish_or_call_for_harm"),
        (
            "Women like her need putting in their place, by force if necessary.",
            "wish_or_call_for_harm",
        ),
        # the person's things, with a word more or a fate named
        ("Your car would look much better on fire.", "harm_to_home_or_family"),
        ("Be a shame if your windows got put in one night.", "harm_to_home_or_family"),
        ("Your constituency office will be ash by Monday.", "harm_to_home_or_family"),
        (
            "Lovely daughter you've got. Be a shame to see her face scarred.",
            "harm_to_home_or_family",
        ),
        ("Your wife drives a blue Fiesta, doesn't she.", "knows_family_routine"),
        ("We'll find out where you live, it's not hard.", "knows_where_you_live"),
        # the end foretold in other words
        ("People like you end up floating in the canal.", "direct_harm"),
        ("You won't see it coming.", "what_is_coming"),
        ("There are plenty of people round here who'd pay to see you hurt.", "what_is_coming"),
        ("Vote for it and you'll regret it for the rest of your short life.", "what_is_coming"),
        ("People have disappeared for less than what you've done.", "what_is_coming"),
        ("Get out of town while you still have a face.", "what_is_coming"),
        ("Next time it won't just be a letter.", "veiled_menace"),
        ("If the library closes, so will your eyes, permanently.", "veiled_menace"),
        ("One day you'll be on your own and we'll be there.", "coming_for_you"),
        # harm promised in idiom
        ("You need to be taught a lesson you won't forget.", "direct_harm"),
        ("Keep your legs crossed and your mouth shut or we'll do it for you.", "direct_harm"),
        ("Watch what you say or you'll be swallowing your teeth.", "direct_harm"),
        ("If you close our school, I will close your eyes for good.", "direct_harm"),
        ("Someone will stick a knife in you one of these days.", "direct_harm"),
        ("If I ever meet her in a dark alley she's finished.", "direct_harm"),
        # dares
        ("Why don't you come down to the estate alone and say that?", "veiled_menace"),
        (
            "Try holding a surgery without police protection and see how far you get.",
            "veiled_menace",
        ),
        ("I'd like to see her try walking home after the meeting tonight.", "veiled_menace"),
        # violence against women, written as it is on social media
        ("If my wife spoke to me like that she'd get the back of my hand.", "direct_harm"),
        ("If a woman ever tried that with me I'd break her jaw.", "direct_harm"),
        ("Honestly someone needs to run that bitch over.", "direct_harm"),
        ("I'd love to drown that smug cow in the canal.", "direct_harm"),
        ("Tie her up and leave her in the woods.", "direct_harm"),
        ("She'd look better with a few broken teeth.", "direct_harm"),
        ("Some women are just asking to be smacked.", "wish_or_call_for_harm"),
        ("She'd shut up quick after a few punches.", "wish_or_call_for_harm"),
        ("A few smacks would do these entitled girls a world of good.", "wish_or_call_for_harm"),
        ("That slag wants her throat cut.", "wish_or_call_for_harm"),
        ("Honestly a woman like that needs her face rearranged.", "wish_or_call_for_harm"),
        ("He wants shooting.", "wish_or_call_for_harm"),
        ("Girls who lie should be locked in a cage and beaten.", "wish_or_call_for_harm"),
        ("Women drivers should be pushed off a cliff.", "wish_or_call_for_harm"),
        ("Women who wear that deserve whatever they get.", "wish_or_call_for_harm"),
        ("Feminists will be first against the wall.", "wish_or_call_for_harm"),
        (
            "When it all collapses women like her will be the first to be hunted.",
            "wish_or_call_for_harm",
        ),
        ("I wish the officer could have beat her with a club.", "wish_or_call_for_harm"),
        # threats to a group, with the group named as the head of its phrase
        ("We should get rid of the Jews once and for all.", "wish_or_call_for_harm"),
        ("All Pakistanis deserve to be deported or worse.", "wish_or_call_for_harm"),
        ("Let's go and sort out those gypsies on the common tonight.", "wish_or_call_for_harm"),
        ("The travellers' camp needs burning to the ground.", "wish_or_call_for_harm"),
        ("We need a final solution for the Irish travellers.", "wish_or_call_for_harm"),
        ("Put them all into the gas chambers.", "wish_or_call_for_harm"),
        ("Wait till we get our hands on the trans activists.", "wish_or_call_for_harm"),
        ("Next time there's a Pride march we'll be waiting with bats.", "coming_for_you"),
        ("Grab your pitchforks, we're visiting the asylum hotel tonight.", "coming_for_you"),
        (
            "I know where the Jewish family on my road lives, and so will everyone else.",
            "knows_where_you_live",
        ),
        ("I hope every lesbian in this town gets what's coming.", "what_is_coming"),
        ("Those Somalis won't last long round here.", "what_is_coming"),
        (
            "We'll deal with the Romanians on our street, one way or another.",
            "wish_or_call_for_harm",
        ),
        # veiled, in the councillor's own town
        ("I've seen your kids at the park. They looked happy. For now.", "what_is_coming"),
        ("This town will be your grave.", "what_is_coming"),
        ("Every time you open your door, think of me.", "what_is_coming"),
        ("If I lose my home you'll lose more than your seat.", "what_is_coming"),
        ("I'll be at your next surgery. With friends. You won't like it.", "what_is_coming"),
        ("There's a bullet in the post with your name on it.", "direct_harm"),
        ("Step foot on our estate again and you won't walk off it.", "direct_harm"),
        ("You won't leave the chamber alive.", "direct_harm"),
        ("We'll make an example of you.", "direct_harm"),
        ("Better hope the brakes hold on that hill.", "harm_to_home_or_family"),
        ("Your surgery is on Tuesdays, yes? See you there. Come alone.", "veiled_menace"),
        ("I'd be very careful who you upset.", "veiled_menace"),
        ("A lot of people round here have guns, you know.", "veiled_menace"),
        ("Just wait. I know people.", "veiled_menace"),
        ("I won't warn you again. The next thing you get won't be an email.", "veiled_menace"),
        ("Are you ready to die, councillor?", "what_is_coming"),
        ("Wouldn't it be nice if you just disappeared for good?", "what_is_coming"),
        ("You and your kids are dead meat.", "direct_harm"),
        ("I'll make sure you never speak again.", "direct_harm"),
        # menace put as a question
        ("Do you know how easy it would be to hurt you?", "watch_your_back"),
        ("Would your wife still love you with a broken face?", "watch_your_back"),
        ("What would you do if someone set your car alight?", "harm_to_home_or_family"),
        ("Does your family know how much danger you're in?", "watch_your_back"),
        ("Who do you think will find your body?", "watch_your_back"),
        ("Fancy a swim in the canal with concrete boots?", "watch_your_back"),
        ("Are you sure your front door is strong enough?", "watch_your_back"),
        ("Can you run faster than a car, councillor?", "watch_your_back"),
        ("Did you enjoy your walk home last night? You weren't alone.", "watch_your_back"),
        ("Is your life insurance in order?", "harm_to_home_or_family"),
        ("What if someone was waiting in your garden tonight?", "watch_your_back"),
        ("Ever had your legs broken?", "watch_your_back"),
        ("Shall I come round and explain it to you with a bat?", "watch_your_back"),
        ("How would you like to meet me in a dark car park?", "watch_your_back"),
        ("Hindus will pay for this with their blood.", "what_is_coming"),
        ("The Muslims on Church Street are going to get a nasty surprise.", "what_is_coming"),
        ("I'll make sure no Sikh feels safe walking home here again.", "what_is_coming"),
        ("Mark my words, the Chinese takeaway will go up in flames.", "what_is_coming"),
        # harm after an order, its "will" left out
        ("Fix the pothole before I kill you.", "direct_harm"),
        ("Shut up or I kill you.", "direct_harm"),
        ("Resign, or else we batter you.", "direct_harm"),
        ("Fix it before I kill you, and I'm not sorry.", "direct_harm"),
        # harm to "someone" held over a demand
        ("Step down before somebody gets hurt.", "veiled_menace"),
        ("Resign or someone gets hurt.", "veiled_menace"),
        ("Drop the motion before someone gets hurt.", "veiled_menace"),
        ("Withdraw the proposal or someone will get killed.", "veiled_menace"),
        ("Keep your nose out before someone gets hurt.", "veiled_menace"),
        ("Unless you resign, someone will get hurt.", "veiled_menace"),
        ("Keep ignoring us and someone will get hurt.", "veiled_menace"),
        ("Someone should put you under a lorry on this road.", "violent_imagery"),
        # luck that spared the reader, a family drawn in, a haunt known, a murdered MP's fate
        ("You're lucky I haven't come round yet.", "veiled_menace"),
        ("Your address is all over the group chat now.", "knows_where_you_live"),
        ("Hope your burglar alarm works.", "watch_your_back"),
        ("Make sure you lock your doors tonight.", "watch_your_back"),
        ("Hope your doors are strong, councillor.", "watch_your_back"),
        ("You're lucky I'm not a violent man.", "veiled_menace"),
        ("You're lucky there were witnesses.", "veiled_menace"),
        ("I'd hate for your family to get caught up in this.", "veiled_menace"),
        ("There are a lot of angry people who know which pub you drink in.", "veiled_menace"),
        ("David Amess didn't see it coming either.", "attack_on_politicians"),
        ("Count your blessings while you still can.", "what_is_coming"),
        ("Your wife's shift at the hospital ends at ten, doesn't it?", "knows_family_routine"),
    ],
)
def test_threats_in_the_forms_people_write_them(text: str, rule: str) -> None:
    assert rule in names(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # about the councillor's surgeries, family, movements and votes, written afresh
        (
            "You'd better have security at the full council meeting, you'll need it.",
            "veiled_menace",
        ),
        (
            "If you show your face at the fete I'll make sure it's the last one you open.",
            "direct_harm",
        ),
        ("I know which door you use to leave the town hall.", "knows_where_you_live"),
        ("Cancel the surgery, councillor. For your own good.", "veiled_menace"),
        (
            "There'll be more than questions waiting for you at the next public meeting.",
            "veiled_menace",
        ),
        (
            "Don't bother coming to the residents' meeting, you won't be leaving in one piece.",
            "violent_imagery",
        ),
        ("Someone's going to do you at the hustings.", "direct_harm"),
        ("Your surgery has no locks and no cameras. Just saying.", "veiled_menace"),
        (
            "At the next cabinet meeting I'm bringing something for you and it isn't a petition.",
            "veiled_menace",
        ),
        ("People like you get hurt at public meetings.", "veiled_menace"),
        (
            "Next time you knock on my door canvassing you'll be carried away from it.",
            "violent_imagery",
        ),
        ("I'd watch your step on the town hall stairs if I were you.", "veiled_menace"),
        ("Do your surgeries alone again and you'll find out what I mean.", "veiled_menace"),
        ("You'd better hope the police are at the meeting, because I will be.", "veiled_menace"),
        ("Vote for the incinerator and you won't walk out of that chamber.", "violent_imagery"),
        ("The library surgery is a nice quiet spot for an accident.", "veiled_menace"),
        (
            "I've seen you leave the leisure centre on your own every Thursday. Bad habit.",
            "veiled_menace",
        ),
        ("Your daughter looks just like you. Tell her to be careful.", "veiled_menace"),
        ("Your wife finishes work at six. I know because I've watched her.", "veiled_menace"),
        ("I hope your family has a good insurance policy.", "veiled_menace"),
        ("Your son plays football on Sundays at Victoria Park. I'll be watching.", "veiled_menace"),
        (
            "Those roses in your front garden would look better with petrol on them.",
            "violent_imagery",
        ),
        ("Your windows would look better smashed.", "violent_imagery"),
        ("Keep an eye on your kids, councillor. Somebody else is.", "veiled_menace"),
        ("I'd hate for your family to pay for your decisions.", "veiled_menace"),
        (
            "You have a lovely house. It would be terrible if it burned down with you in it.",
            "violent_imagery",
        ),
        ("Burn the library down with you in it.", "violent_imagery"),
        ("I'll burn the council offices down with your kids inside.", "violent_imagery"),
        ("Every night I drive past your house and think about it.", "veiled_menace"),
        ("Found your home address on the electoral roll. See you soon.", "knows_where_you_live"),
        ("Posted your address in the group, let's see who turns up.", "knows_where_you_live"),
        ("Ever get the feeling you're being followed? You should.", "veiled_menace"),
        ("Everyone in the group knows where you live now. Enjoy.", "knows_where_you_live"),
        ("We've been taking notes on your movements.", "knows_where_you_live"),
        ("I know you leave your back gate unlocked.", "knows_where_you_live"),
        (
            "I'll be parked outside your house tonight. And tomorrow. And the night after.",
            "veiled_menace",
        ),
        ("Don't bother changing your number, I'll find the new one.", "veiled_menace"),
        (
            "Someone's going to pay you a home visit now your address is out there.",
            "knows_where_you_live",
        ),
        ("We know your daily walk route by heart.", "knows_where_you_live"),
        (
            "Had a nice chat with your neighbour about when you're usually out.",
            "knows_where_you_live",
        ),
        (
            "I sat behind you on the 42 bus this morning. You looked nervous. You should be.",
            "veiled_menace",
        ),
        ("I've got a key to your building now.", "veiled_menace"),
        ("Your bedroom light goes off at 11. I know.", "knows_where_you_live"),
        ("You can block me but you can't stop me turning up.", "veiled_menace"),
        ("Nice holiday in Cornwall? We know when your house is empty.", "knows_where_you_live"),
        ("I've told the lads which house is yours.", "knows_where_you_live"),
        ("You'll never know when I'm watching.", "veiled_menace"),
        ("Pass this budget and you'd better move house.", "veiled_menace"),
        ("Cut the bus route and I'll cut something of yours.", "direct_harm"),
        ("Raise my council tax again and it'll be the last thing you do.", "direct_harm"),
        ("Keep pushing the housing plan and your house will be next.", "veiled_menace"),
        ("Shut the youth club and I'll shut your mouth for good.", "direct_harm"),
        (
            "Approve that scheme and your family will find out what real consequences are.",
            "veiled_menace",
        ),
        (
            "Keep ignoring my emails and I'll have to speak to you in person, and you won't like it.",
            "veiled_menace",
        ),
        (
            "If that planning application is refused, I'll refuse to be responsible for what I do.",
            "veiled_menace",
        ),
        ("Say one more word about the wind farm and it'll be your last.", "direct_harm"),
        ("Move that bus stop and I'll move you six feet under.", "violent_imagery"),
    ],
)
def test_threats_about_the_councillors_life_fire(text: str, rule: str) -> None:
    assert rule in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same words with an ordinary reason: a lift, a thank-you, a hazard, a request
        "That old bus shelter would look better smashed to bits and replaced.",
        "I know which door you use for the surgery, the side one, I'll meet you there.",
        "I know which bus you take, the 42 is always late, can the council chase it?",
        "We know when your office is empty so we'll deliver the leaflets on Monday.",
        "I know you leave your back gate open for the bin men, mine is the same.",
        "Your bedroom light was on all night at the office, someone left it on.",
        "We keep notes on all your visits to the estate for the newsletter.",
        "Had a chat with your neighbour about when you're usually in, she said Thursdays.",
        "Your address is out there on the council website already, is that wise?",
        "Posted your address in the group so people can send their Christmas cards, enjoy!",
        "Found your address on the council site. See you soon at the surgery with my letter.",
        "Everyone in the village knows where you live now you've put the poster up, ha.",
        "I've told everyone where you live so they can drop their petitions off.",
        "It'll be the last thing you do before the recess, the budget vote.",
        "Make sure it's the last one you sign before the deadline.",
        "Buy a raffle ticket and it'll be your last chance to win the hamper.",
        "Someone's going to do you a favour and fix the bench.",
        "We're going to do you proud at the carnival.",
        "They're going to do you at 3pm for the interview, the studio is booked.",
        "I'll cut something of yours out of the newsletter, it's too long.",
        "Shut the office for good and move online, it costs less.",
        "Move that bench six feet under the tree for shade.",
        "You won't be leaving in one piece if you try the zip wire, ha ha.",
        "You won't walk out of that chamber before midnight, the agenda is huge.",
        "You'll be carried away by the brass band, they're wonderful.",
        "The old shop front would look better with a lick of paint.",
        "The bonfire will burn down with the guy still in it.",
        "Eat another pie and you'll need a bigger belt.",
        "Get some security on the shed, you'll need it, there were thefts last week.",
        "You'd better hope the sun is out for the gala.",
        "There'll be more than questions at the public meeting, there'll be cake.",
        "No locks on the allotment gate again. Just saying, someone should fix it.",
        (
            "I'm bringing something for you to the surgery, it's not a complaint, "
            "it's a thank-you card."
        ),
        "People like you get things done.",
        "The crossing is a nice spot for a bench.",
        "You walk on your own a lot. Good habit, walking is healthy.",
        "Watch your step on the ramp if I were you, it's wet.",
        "Read the report and you'll find out what happens to the library.",
        "Your family will find out what the new bin days are from the leaflet.",
        "I won't be responsible for what happens to the hall if the roof isn't fixed.",
        "You'll never know when the bus is coming, the timetable is a joke.",
        "Ever get the feeling you're being followed by the same survey? You should unsubscribe.",
        "You looked nervous at the debate. You should be proud, you did well.",
        "You can block the road but you can't stop me turning up to object.",
        "Changing your number? I'll find the new one in the directory.",
        "I've got the keys to your office now, the caretaker gave them to me.",
        "Keep an eye on your inbox, somebody else is sending the minutes.",
        "I'd hate for your family to miss the fireworks.",
        "I hope your family has a good Christmas.",
        "Your daughter was brilliant in the play. Tell her to be proud.",
        "Your son scored twice on Sunday. I'll be watching next week too.",
        "Your mum is lovely. I've watched her at the bingo, she always wins.",
        "I walk past your house and think about how lovely the garden is.",
        "I'll be waiting outside your house at 8 to give you a lift to the count.",
        "Close the pool and you'd better move the swimming club somewhere else.",
        "Build the flats and your house will be next to a building site.",
        "Cancel the surgery, for your own safety, the storm is due at noon.",
        "I'd like to speak to you in person, and you won't regret it, it's good news.",
        "Resign from the committee for your own sake, you're doing too much, get some rest.",
        "I know your daily route to work goes past the school, could you check the crossing?",
        "Enjoy your last surgery, councillor, and thank you for twelve years of service.",
        "Your kids walk to school past the canal, don't they? The towpath lights are out again.",
        "I know your routine is busy, so an email is fine.",
    ],
)
def test_the_same_words_about_the_councillors_life_with_an_ordinary_reason_stay_quiet(
    text: str,
) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # others called on to harm a named councillor, threats to women, and British slang
        ("You'll be raped and nobody will care, councillor.", "direct_harm"),
        ("I'd love to get you alone in a room, you silly little girl.", "veiled_menace"),
        ("Keep talking, love, and you'll find out what happens to mouthy women.", "veiled_menace"),
        ("She needs her teeth knocked out for opening her gob in that meeting.", "violent_imagery"),
        ("Mouthy women like you end up in ditches.", "direct_harm"),
        ("Wait till your husband's not home, sweetheart.", "veiled_menace"),
        ("You want equality? I'll give you equal rights to a right hook.", "direct_harm"),
        ("Bet you'd cry if someone pinned you down.", "veiled_menace"),
        ("Women in politics should be hunted down one by one.", "wish_or_call_for_harm"),
        ("The only thing that shuts a woman up is a fist.", "violent_imagery"),
        ("She'll get what all lippy birds get in the end.", "what_is_coming"),
        ("Can't wait to see you get what women like you deserve.", "what_is_coming"),
        ("Go on, report me, you'll be the one who ends up in A&E, love.", "veiled_menace"),
        ("If somebody sorted him out, I'd buy them a pint.", "wish_or_call_for_harm"),
        ("A good hiding is what that madam needs.", "violent_imagery"),
        ("Keep your pretty face out of politics before someone rearranges it.", "violent_imagery"),
        (
            "If anyone sees Cllr Hart at the market on Saturday, you know what to do.",
            "wish_or_call_for_harm",
        ),
        (
            "Someone should pay that councillor a visit and remind him who he works for.",
            "coming_for_you",
        ),
        (
            "Her surgery is at the library at 10, lads. Do what needs doing.",
            "wish_or_call_for_harm",
        ),
        ("Whoever sorts Cllr Patel out gets a drink on me.", "wish_or_call_for_harm"),
        (
            "I'm not saying anyone should hurt him. But if they did, I wouldn't cry.",
            "wish_or_call_for_harm",
        ),
        ("Cllr Evans lives at 14 Mill Road. Just putting that out there.", "wish_or_call_for_harm"),
        (
            "There's a reward for anyone who gives that councillor what he deserves.",
            "wish_or_call_for_harm",
        ),
        ("Someone needs to make an example of the leader before Friday.", "wish_or_call_for_harm"),
        (
            "Everyone meet outside the councillor's house tonight, bring whatever you've got.",
            "wish_or_call_for_harm",
        ),
        (
            "Somebody should follow him home after the meeting and have a word he won't forget.",
            "veiled_menace",
        ),
        (
            "If I were one of the lads on the estate I'd be waiting for her after the surgery.",
            "wish_or_call_for_harm",
        ),
        ("I know a few people who'd happily sort him out for a tenner.", "veiled_menace"),
        (
            "That councillor won't be so brave when the whole estate turns up at his door.",
            "veiled_menace",
        ),
        ("If someone happened to torch his car, who'd blame them?", "wish_or_call_for_harm"),
        (
            "The leader drinks in the Red Lion every Friday, in case anyone wants a word.",
            "wish_or_call_for_harm",
        ),
        ("Don't do anything stupid lads. Unless you see him alone.", "wish_or_call_for_harm"),
        ("Time the people of this town got their hands on Cllr Moore.", "wish_or_call_for_harm"),
        (
            "Anybody who wants to teach her a lesson, her address is in the comments.",
            "wish_or_call_for_harm",
        ),
        ("First person to slap the councillor gets a free pint.", "wish_or_call_for_harm"),
        (
            "Cllr Wright will be at the school gates at 3. Be a shame if someone was waiting.",
            "veiled_menace",
        ),
        (
            "We need volunteers to give the councillor a proper send-off, if you get my meaning.",
            "veiled_menace",
        ),
        ("The councillor needs sorting and I know just the blokes.", "veiled_menace"),
        ("Let's all go round to his house and see how brave he is then.", "wish_or_call_for_harm"),
        (
            "If someone put a brick through his window, I'd buy them a beer.",
            "wish_or_call_for_harm",
        ),
        (
            "Anyone know where that traitor lives? Asking for a few friends.",
            "wish_or_call_for_harm",
        ),
        (
            "There are people in this ward who'd do time for hurting you, and they'd be proud.",
            "direct_harm",
        ),
        ("Gonna give you a right pasting.", "direct_harm"),
        ("Someone's going to give you a good hiding.", "direct_harm"),
        ("You'll be breathing through a tube when I'm done.", "violent_imagery"),
        ("I'll do time for you, I swear.", "direct_harm"),
        ("I'm gonna wipe that smile off your face permanently.", "violent_imagery"),
        ("Next time you'll need an ambulance, not a vote.", "violent_imagery"),
        ("Hope your dentist is good, you'll be needing him.", "violent_imagery"),
        ("I'll have you, and your little mate.", "direct_harm"),
        ("I'll give you a Glasgow kiss.", "direct_harm"),
    ],
)
def test_incitement_threats_to_women_and_slang_fire(text: str, rule: str) -> None:
    assert rule in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same words about a fete, a quiz, the dentist or a thank-you
        "If someone sorted out the potholes, I'd buy them a pint.",
        "If anyone did the litter pick, I'd buy them a beer.",
        "If someone hit the fundraising target, who'd blame them for celebrating?",
        (
            "If anyone sees Cllr Hart at the market on Saturday, you know what to "
            "do: ask her about the bins!"
        ),
        "If you see the councillor at the fete, you know what to do, sign the petition.",
        "Whoever sorts the Christmas lights out gets a drink on me.",
        "The first person to finish the fun run gets a free pint.",
        "If someone fixes that streetlight, I'd buy them a beer.",
        "There's a reward for anyone who finds my lost cat.",
        "Cllr Evans holds a surgery at the library every Friday, in case anyone wants a word.",
        "The councillor's surgery is at 10, lads. Do bring your questions.",
        "Somebody should follow up with the councillor after the meeting.",
        "If I were you I'd be waiting for her after the surgery to ask about the grant.",
        "I know a few people who'd happily sort the garden out for a tenner.",
        "The bins need sorting and I know just the people.",
        "Let's all go round to the community centre and see how the new kitchen looks.",
        "Everyone meet outside the town hall tonight, bring a candle for the vigil.",
        "Time the people of this town got their hands on the new library books.",
        "We need volunteers to give the retiring caretaker a proper send-off.",
        "Anyone know where the new councillor lives? Asking because I want to deliver a card.",
        "I'd do time for a slice of that cake, ha ha.",
        "Unless you see him alone at the surgery, it's best to book an appointment.",
        "Don't do anything stupid, lads, the fireworks need a licence.",
        "It would be a shame if someone was waiting in the rain because the bus didn't come.",
        "Someone needs to make an example of the fly-tippers, fine them properly.",
        "If they did fix the road, I wouldn't complain.",
        "If someone happened to fix the swings, who'd complain?",
        "Make sure the councillor gets a warm welcome at the fete, lads, with tea and cake.",
        "Your son will get shot of that old car at last.",
        "You'll be shot of the paperwork by Friday.",
        "I'd love to get you alone for five minutes to talk about the allotment budget.",
        "Keep talking to residents and you'll find out what happens to the money.",
        "She needs her teeth checked, the dentist said.",
        "Women like you end up running the country, well done.",
        "Wait till your husband is home and ask him to call me about the fence.",
        "I'll give you a slap on the back when you win, well done.",
        "We'll give you a good hiding at the quiz night.",
        "We're going to give you a pasting at the election.",
        "Bet you'd cry if someone read you that poem, it's beautiful.",
        "The rats should be hunted down and the landlord fined.",
        "The only thing that shuts my dog up is a biscuit.",
        "She'll get what all the volunteers get, a certificate and a cake.",
        "Can't wait to see you get what you deserve at the awards, you've worked so hard.",
        "You'll be the one who ends up in the paper, well done on the award.",
        "A good rest is what that councillor needs.",
        "Keep your face out of the sun before you burn.",
        "I'll knock your socks off with this proposal.",
        "You're getting a slap-up meal at the awards dinner.",
        "I'll stick one on you if you want a badge, we've got plenty.",
        "You'll be pushing for a new library by spring, I hope.",
        "Hope your dentist is good, mine has just retired.",
        "I'll have you know I've lived here forty years.",
        "Next time you'll need an umbrella, not a hat.",
        "You'll be breathing a sigh of relief when the budget passes.",
        "I'm gonna wipe the floor with the opposition at the quiz.",
        "Say that to the planning committee and see what happens.",
        "You'll be in a better position by Christmas.",
        "Go on, report it, you'll be the one who gets the thanks.",
        "She'll get what all the volunteers deserve, a medal.",
        "Make sure the girls get what women like them deserve: equal pay.",
        "If you spot Cllr Hart at the fete, you know what to do, buy her a raffle ticket!",
        "Her surgery is at the library at 10. Do what needs doing and bring your council tax bill.",
        "Whoever sorts the leak out gets a pint on me.",
        "The first person to finish the quiz gets a free drink.",
        "If someone put a bench by the pond, I'd buy them a pint.",
        "If someone did paint over the graffiti, who'd blame them?",
        "If they did cut the grass, I wouldn't complain.",
        "Cllr Evans lives in the ward. Just saying, she's very approachable.",
        "He jogs round the park every morning, in case anyone wants a running partner.",
        "Anyone who wants to pay her a visit, her surgery times are on the website.",
        "Anyone know where the councillor lives? Asking for the Christmas card list.",
        "Meet outside the councillor's house at 6, bring your lanterns for the parade.",
        "Let's go round to the councillor's house and see how big the new extension is.",
        "Somebody should follow him up on that promise.",
        "Time the people of this town got their hands on the new sports centre.",
        "Someone needs to make an example of him, the standards committee should act.",
        "Pay the councillor a visit and remind him about the library, he's very helpful.",
        "I'd be waiting for her after the surgery if I had a question about housing.",
        "Unless you see him alone, don't raise the personal matter.",
        "The escaped cows should be hunted down and returned to the farmer.",
        "We'll give you a good hiding in the pub quiz, ha ha.",
        "I'll give you a hand with the leaflets.",
        "I'll have you round for dinner.",
        "You'll get shot down in the vote, the numbers aren't there.",
        "I'd do time for that lasagne, honestly.",
        "She needs her teeth cleaned.",
        "You'll be eating through a straw after the dentist, take soup.",
        "I'll wipe that smile off your face when I beat you at bowls!",
        "The only thing that shuts the dog up is a walk.",
        "A good rest is what she needs after the election.",
        "Keep your face covered before someone rearranges the photo shoot.",
        "Hope your dentist is good, mine is on holiday.",
        "Next time you'll need a ticket, the car park is pay and display.",
        "Keep talking to people and you'll find out what happens to women in the housing queue.",
        "Women like you end up as mayor, well done.",
        "I'd love to get you alone for a chat about the allotments.",
        "Wait till your husband is home and we'll sort the fence.",
        "If someone pinned the poster down, it wouldn't blow away.",
        "Report it and you'll be the one who ends up with the credit.",
        "It'd be a shame if someone was waiting at the stop with no shelter.",
        "He had a word he won't forget from the mayor, a lovely thank-you.",
        "Give her a warm welcome at the fete, if you know what I mean, she loves a cuppa.",
        "I know people who'd happily sort the garden out for a tenner.",
        "The councillor needs sorting out with a new laptop, I know just the people.",
        "He won't be so brave when the whole town turns up at his door with birthday cards.",
    ],
)
def test_the_same_words_as_incitement_or_slang_with_an_ordinary_reason_stay_quiet(
    text: str,
) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a blow the writer, or any man, would have given
        ("If she was my wife I'd have knocked her teeth out by now.", "wish_or_call_for_harm"),
        ("Any man would have put her through a wall by now.", "wish_or_call_for_harm"),
        ("I would have knocked her out if she spoke to me like that.", "wish_or_call_for_harm"),
        ("I'd have decked him if he'd said that to my face.", "wish_or_call_for_harm"),
        ("Her husband should have given her a good hiding years ago.", "wish_or_call_for_harm"),
        ("I would happily have throttled her at the meeting.", "wish_or_call_for_harm"),
        ("Stupid cow, I'd have slapped the life out of her.", "wish_or_call_for_harm"),
        # a blow deserved, wanted or ordered
        ("She needs a backhander.", "wish_or_call_for_harm"),
        (
            "Women like her deserved a belt across the backside back in the day.",
            "wish_or_call_for_harm",
        ),
        ("Give her a black eye and see if she still wants to be leader.", "wish_or_call_for_harm"),
        ("Just give that woman a smack and be done with it.", "wish_or_call_for_harm"),
        (
            "A woman like her wants putting in her place with the back of a hand.",
            "direct_harm",
        ),
        ("Women who vote for this should be horsewhipped.", "wish_or_call_for_harm"),
        ("Should have drowned her at birth.", "wish_or_call_for_harm"),
        ("Knock her about a bit and she'll soon learn.", "wish_or_call_for_harm"),
        (
            "Mouthing off like that is an open invitation to slap her around.",
            "wish_or_call_for_harm",
        ),
        ("Women like her belong at the end of a rope.", "wish_or_call_for_harm"),
        # an injury as an improvement, or a body in the canal
        ("She'd be less mouthy with a few teeth missing.", "direct_harm"),
        ("She'd look better with a broken jaw.", "direct_harm"),
        ("You'd be quieter with your jaw wired shut.", "direct_harm"),
        ("She won't look so smug when she's face down in the canal.", "direct_harm"),
        ("Somebody ought to teach that silly cow a lesson she won't forget.", "direct_harm"),
        ("Little girls who play at politics get hurt.", "veiled_menace"),
        ("Councillors who cross us get hurt, simple as.", "veiled_menace"),
    ],
)
def test_violence_against_a_woman_wished_boasted_of_or_ordered_fires(text: str, rule: str) -> None:
    assert rule in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "I would have punched the air if we'd won the vote.",
        "I'd have slapped a fine on them if I could.",
        "I would have battered them in the quiz if I'd known the answers.",
        "I'd have knocked him out of the quiz in round one.",
        "The cyclist came out of nowhere, I'd have hit him if I hadn't braked.",
        "Someone would have strangled that project at birth.",
        "The scheme should have been strangled at birth.",
        "Most men would have given her a lift home.",
        "I would never have slapped her, whatever she said.",
        "The team deserved a good hiding after that performance.",
        "He needs a slap on the wrist at most.",
        "Give them a slap on the back for the great work.",
        "She'd be a lot happier with her teeth fixed.",
        "He'd be less grumpy with a few more hours' sleep.",
        "They won't be so cocky when they're dead last in the league.",
        "You won't be so smug when you're in opposition.",
        "Teach them a lesson they won't forget at the ballot box in May.",
        "Kids who play near the railway get hurt every year.",
        "People who talk too much at meetings get hurt feelings.",
        "He slapped her around for years before she left him.",
        "He used to slap her around when he was drunk.",
        "Kick them around the pitch, lads.",
        "The guy belongs on the bonfire.",
        "She belongs in the chamber, she's the best councillor we've had.",
        "He threatened to put her through a wall, so she called the police.",
    ],
)
def test_the_words_of_a_blow_with_an_ordinary_reason_stay_quiet(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # company for the visit, and others eager or free to act
        ("The lads are itching to meet you.", "coming_for_you"),
        ("I'm coming to the surgery on Saturday and I'm bringing friends.", "coming_for_you"),
        ("I'll be seeing you very soon, and it won't be a friendly chat.", "coming_for_you"),
        ("There are people round here who'd happily sort you out.", "veiled_menace"),
        ("I'm not saying I'll do anything, but I can't speak for the lads.", "veiled_menace"),
        ("I'd hate to be in your shoes when the lads find out.", "veiled_menace"),
        # the way home, a weapon made ready, a place to keep away from
        ("My shotgun's cleaned and ready.", "watch_your_back"),
        ("It's a long dark walk back from the civic centre.", "watch_your_back"),
        ("Be careful on those dark country lanes, councillor.", "watch_your_back"),
        ("Your little office isn't as safe as you think.", "watch_your_back"),
        ("I'd stay away from the market on Saturday if I were you.", "watch_your_back"),
        ("Enjoy the walk to your car tonight.", "veiled_menace"),
        ("Don't go out tonight.", "veiled_menace"),
        (
            "The planning officer who signed this off needs to watch himself in the car park.",
            "watch_your_back",
        ),
        ("I've been to prison before and I'm not scared of going back.", "watch_your_back"),
        # what is coming, and a countdown to it
        ("Tick tock, councillor.", "what_is_coming"),
        ("You have no idea what's coming.", "what_is_coming"),
        ("Count yourself lucky it was only your windows this time.", "what_is_coming"),
        ("Things could get very nasty for you.", "what_is_coming"),
        ("People have had accidents for less.", "what_is_coming"),
        ("It's only a matter of time, councillor.", "veiled_menace"),
        ("You'd better hope I never see you in the street.", "what_is_coming"),
        ("That mosque-loving councillor won't be smiling much longer.", "what_is_coming"),
        ("People are angry, councillor, and angry people do stupid things.", "what_is_coming"),
        (
            "This is your final chance to reverse the decision. After Friday, it's out of my hands.",
            "what_is_coming",
        ),
        ("Step down now while you still have a choice.", "what_is_coming"),
        # what happens disowned, dared or hinted at
        ("If I see Cllr Patel in town I'm not responsible for what happens.", "veiled_menace"),
        ("I can't be held responsible for my actions if you close the centre.", "veiled_menace"),
        (
            "Somebody should go round to his house and have a quiet word, if you know what I mean.",
            "veiled_menace",
        ),
        ("Don't make me come down there.", "veiled_menace"),
        ("We don't forget and we don't forgive, councillor.", "veiled_menace"),
        ("I've got nothing left to lose, remember that.", "veiled_menace"),
        ("I'll make sure you never set foot in this ward again.", "veiled_menace"),
        ("Keep your head down if you know what's good for you.", "veiled_menace"),
        ("Do that again and see what happens.", "veiled_menace"),
        ("Vote for it and you'll find out what happens.", "veiled_menace"),
        ("There's a special place for people like you, and we'll take you there.", "veiled_menace"),
        (
            "I'll be at the next full council meeting and I'll settle this properly.",
            "veiled_menace",
        ),
        ("We're watching your every move.", "veiled_menace"),
        ("You really think a police escort will help you?", "veiled_menace"),
        ("Bet he wouldn't be so brave without his minders.", "veiled_menace"),
        ("someone shud teach that cllr a lesson he wont forget", "direct_harm"),
        # the family, the home and the car
        ("I wonder how your husband would cope on his own.", "veiled_menace"),
        ("Your daughter's got a lovely walk to school past the woods.", "veiled_menace"),
        ("Say hi to your kids for me. Lovely school they go to.", "veiled_menace"),
        ("Your wife's car is the blue Fiesta, isn't it?", "watch_your_back"),
        ("Your windows look very breakable.", "veiled_menace"),
        ("Be a shame if your tyres went flat again.", "veiled_menace"),
        ("Nice car. Be a shame if it got keyed outside the chamber.", "veiled_menace"),
        (
            "Your grandchildren are very sweet. It would be a shame if they got hurt.",
            "veiled_menace",
        ),
        ("Funny, I drove past your house last night. Lights were on late.", "coming_for_you"),
        (
            "If the bins aren't collected by Monday I'll dump them on your drive and I won't stop "
            "there.",
            "coming_for_you",
        ),
        # the address known, posted or spread
        ("You'd be surprised how many people know your address now.", "veiled_menace"),
        ("Lovely photo of your house on Google. Very distinctive door.", "veiled_menace"),
        (
            "I have had no reply. I know where your surgery is and I will be waiting.",
            "knows_where_you_live",
        ),
        (
            "Cllr Jones lives on Mill Lane btw, in case anyone wants to drop round and give him "
            "their views in person",
            "knows_where_you_live",
        ),
        (
            "Your name and address are going on every Facebook group in the county tonight.",
            "knows_where_you_live",
        ),
        ("Hope someone finds out where she lives.", "knows_where_you_live"),
        ("Everyone knows where he drinks on a Friday.", "knows_where_you_live"),
        ("We've all got your number now, and your address.", "knows_where_you_live"),
        ("Her surgery's every Saturday at the library, just saying.", "veiled_menace"),
        # said of the councillor to others
        ("Who's going to sort this clown out then?", "veiled_menace"),
        ("Somebody needs to pay this clown a visit.", "coming_for_you"),
        ("Let's see how she likes it when fifty of us turn up at her door.", "coming_for_you"),
        (
            "A few of us are going to make sure she gets the message in person.",
            "coming_for_you",
        ),
        ("He'll get his, one way or another.", "what_is_coming"),
        ("Round here we deal with people like him the old way.", "veiled_menace"),
        ("If the police won't deal with him, we will.", "veiled_menace"),
        ("Would be a shame if her windows got a visit.", "veiled_menace"),
        ("How many bricks does it take to change a councillor's mind?", "what_is_coming"),
        ("You think you're safe in that town hall?", "what_is_coming"),
        ("Not long now, councillor. Not long at all.", "what_is_coming"),
        # menace in a resident's casework mail
        (
            "I have lived here for thirty years and this is the thanks I get. If the "
            "eviction goes ahead, I will take matters into my own hands.",
            "veiled_menace",
        ),
        (
            "I've reported the noise nine times. Nothing. Somebody is going to get hurt soon "
            "and it won't be me.",
            "veiled_menace",
        ),
        (
            "My son has waited two years for an assessment. You'll see what happens when "
            "people are pushed too far.",
            "veiled_menace",
        ),
        (
            "I have kept a list of everyone who voted for the closure, and I know where each "
            "of them lives.",
            "veiled_menace",
        ),
        ("You might want to reconsider before this gets physical.", "veiled_menace"),
        (
            "The planning decision is a disgrace. I'm done writing letters; next time I'll "
            "come and see you myself, and I won't be polite.",
            "veiled_menace",
        ),
        (
            "I am formally complaining about the bin collection. Also, your car is very easy "
            "to spot in the council car park.",
            "veiled_menace",
        ),
        (
            "Thank you for your reply. I'm afraid words are no longer enough, councillor. "
            "Actions will follow.",
            "veiled_menace",
        ),
        (
            "Please pass this on to the leader: he should enjoy his last few months of "
            "feeling safe.",
            "veiled_menace",
        ),
        (
            "My family has been let down by social services. If they take my kids, I'll make "
            "sure you lose yours.",
            "veiled_menace",
        ),
        (
            "I've had enough of the council. Someone's going to end up in hospital over this "
            "and I hope it's you.",
            "veiled_menace",
        ),
        (
            "Re: parking permit. Don't push me, councillor. You won't like what I do when "
            "I'm pushed.",
            "veiled_menace",
        ),
        (
            "This is my last email. From now on I'll be dealing with this face to face, at "
            "your front door.",
            "veiled_menace",
        ),
        (
            "The fly-tipping continues. I have photos of your house now too, so we're even. ",
            "veiled_menace",
        ),
        (
            "I'm calm now, but I won't be if that decision isn't reversed, and neither will "
            "my brothers.",
            "veiled_menace",
        ),
        (
            "If you vote for the development, you'd better move house too, because you won't "
            "be welcome on this street.",
            "veiled_menace",
        ),
        (
            "Our road floods every winter and you do nothing. Maybe when your own house is "
            "under water you'll listen, I can arrange that.",
            "veiled_menace",
        ),
        (
            "The council has ruined my life. I've got nothing to live for, and I'm taking "
            "you with me.",
            "veiled_menace",
        ),
        (
            "Dear Cllr, I will be attending the next meeting with a can of petrol to make my "
            "point.",
            "veiled_menace",
        ),
        ("I'm not a violent man, but you're testing me.", "veiled_menace"),
        ("I'm warning you now, in writing, so nobody can say I didn't.", "veiled_menace"),
        (
            "You have 48 hours to fix my boiler or there'll be consequences for you personally.",
            "veiled_menace",
        ),
        ("I know you walk your dog on the common at 7. Lovely spot. Very quiet.", "veiled_menace"),
        ("I'll be keeping an eye on your comings and goings from now on.", "veiled_menace"),
        ("There are worse things than losing an election, councillor.", "veiled_menace"),
        ("Further to my complaint, I've bought a crossbow.", "watch_your_back"),
        ("People like you end up in the canal.", "veiled_menace"),
        (
            "Dear Councillor Hughes, thank you for your letter about the parking scheme. "
            "I'm afraid it doesn't change anything. If the scheme goes in, you'll need more "
            "than a parking warden to protect you. Regards, Mr Black.",
            "veiled_menace",
        ),
        (
            "To whoever reads this: the housing officer who lied to me will regret it. I "
            "know which office she works in and what time she leaves.",
            "veiled_menace",
        ),
        (
            "I've been a Labour voter all my life but after this I'll be voting with my fists.",
            "veiled_menace",
        ),
        (
            "Re: the travellers' site. Residents are meeting on Thursday to decide what to "
            "do about you. Bring a helmet.",
            "veiled_menace",
        ),
        (
            "Good morning. Re the tree outside number 12 - it's still not cut. My patience "
            "is gone. Next time I won't be writing, I'll be knocking, and it won't be "
            "gentle.",
            "veiled_menace",
        ),
        (
            "I'm writing about the closure of the day centre. My brother is disabled and "
            "this will kill him. If he goes, you go.",
            "veiled_menace",
        ),
        (
            "Hello, I'm the guy who complained about the bins. Just letting you know I've "
            "found your Facebook, your wife's Facebook and your kids' school.",
            "veiled_menace",
        ),
        (
            "Please log this as a formal complaint. And for the record, if I ever see the "
            "chief executive in the street he'll need an ambulance.",
            "veiled_menace",
        ),
        (
            "I'd like to invite you to visit my street to see the potholes. Come alone, "
            "after dark, and we'll show you how we feel about them.",
            "veiled_menace",
        ),
        (
            "The council tax rise is theft. Next year I'm not paying, and if bailiffs come "
            "round I'll have something waiting for them and for you.",
            "veiled_menace",
        ),
        (
            "Kind regards, and do give my best to your daughter. She's at Oakfield Primary, "
            "isn't she?",
            "veiled_menace",
        ),
        (
            "Thanks for nothing. You and your cabinet are going to find out what real anger "
            "looks like.",
            "veiled_menace",
        ),
        (
            "Hi, this is about the new cycle lane. It's ruined our business. You've ruined "
            "my family so I'll ruin yours. Simple as that.",
            "veiled_menace",
        ),
        (
            "The school transport has been cancelled again. My daughter missed her exam. "
            "Whoever made this decision had better keep their head down, because I'm going "
            "to find out who it was.",
            "veiled_menace",
        ),
        (
            "Regarding my council tax arrears: if the bailiffs come to my door, the next "
            "visit will be to yours, and I won't be bringing paperwork.",
            "veiled_menace",
        ),
        (
            "Good evening. I have asked politely about the streetlight three times. Next "
            "time I ask, it'll be in a way you'll remember.",
            "veiled_menace",
        ),
        (
            "Thanks for finally replying. Too late though. I've already made up my mind "
            "about what I'm going to do to you.",
            "veiled_menace",
        ),
        (
            "Hello Councillor. Since you voted to close the pool, I've been following your "
            "movements. You go to the gym on Mondays. You should stop.",
            "veiled_menace",
        ),
        (
            "My neighbour's extension was approved despite my objection. Someone on that "
            "committee is going to have a very bad day soon.",
            "veiled_menace",
        ),
        (
            "Just to say: when the lads heard what you said about the estate, they weren't "
            "happy. I'd stay indoors this weekend.",
            "veiled_menace",
        ),
        (
            "Another missed collection. I'm keeping your bins for you. I'll be emptying "
            "them through your letterbox tonight, petrol and all.",
            "veiled_menace",
        ),
        (
            "Your officers keep fobbing me off. I've been patient for the last time. From "
            "now on my fists do the talking.",
            "veiled_menace",
        ),
    ],
)
def test_veiled_threats_in_everyday_words_fire(text: str, rule: str) -> None:
    assert_fires_as_the_writers_own(text, rule)


@pytest.mark.parametrize(
    "text",
    [
        # the same words as the veiled threats above, with a reason that is not menace
        "The lads are itching to meet you at the club dinner and show you the new pitch.",
        "The lads can't wait to get hold of you to ask about the allotments.",
        "I'm coming to the surgery on Saturday and I'm bringing friends who also have problems "
        "with the drains.",
        "I'll see you at the meeting and it won't be a friendly chat about the budget.",
        "There are people round here who'd happily sort you out a lift to the count.",
        "I can't speak for the lads at the club, but most of us would like a new pitch.",
        "My shotgun's cleaned and ready for the pheasant season.",
        "Our knives are sharpened and ready for the cookery class.",
        "It's a long dark walk back from the civic centre because half the streetlights are out.",
        "Be careful on those dark country lanes, there are deer everywhere this time of year.",
        "Your house isn't as safe as you think without a working smoke alarm.",
        "I'd stay away from the market on Saturday if I were you, it gets so busy.",
        "Enjoy the walk home tonight, the Christmas lights are lovely.",
        "Don't go out tonight without a coat, it's freezing.",
        "He needs to watch himself, he's putting on weight.",
        "She should watch herself on Twitter or she'll get sued.",
        "I've been to prison before, I volunteer with ex-offenders now.",
        "Tick tock, councillor, still waiting for an answer on the potholes.",
        "You have no idea what's coming with these council tax rises.",
        "Count yourself lucky it was only your fence that blew down in the storm.",
        "Things could get very nasty for you at the next election.",
        "People have had accidents on that junction for years.",
        "The leader won't be smiling much longer after the election results.",
        "Angry people do stupid things like vote for Brexit.",
        "If you don't reply by Friday, it's out of my hands and goes to the ombudsman.",
        "Step down while you still have a choice, before the no confidence vote.",
        "The council says it is not responsible for what happens on private land.",
        "I can't be held responsible for the state of the road, it's county highways.",
        "Could you pop round to his house and have a quick look at the damp, if you get a moment?",
        "We don't forget and we don't forgive, and we will remember in May.",
        "I'd hate to be in your shoes when the budget comes out.",
        "Everyone knows your address because it's on the register of interests.",
        "I've got nothing to lose by asking, so here goes.",
        "I'll make sure you never set foot in the council again, we're voting you out.",
        "Try the lemon cake if you know what's good for you.",
        "If you know what's good for you, you'll vote against it.",
        "Say hi to your kids for me, see you at the school fete!",
        "Do that again and see what happens to the turnout.",
        "Vote for it and see what happens at the next election.",
        "There's a special place in hell for people who fly-tip.",
        "I'll settle this properly with a formal complaint.",
        "We're watching your every move on this planning application.",
        "Your windows look very draughty, have you applied for the insulation grant?",
        "Do you think the police will help us with the parking?",
        "My daughter's got a lovely walk to school past the woods now the path is fixed.",
        "I wonder how your husband copes with all the late meetings.",
        "Your wife's car is the blue Fiesta, isn't it? It's blocking the dropped kerb.",
        "Nice garden. Shame if it got flooded again, can the drains be cleared?",
        "It would be a shame if they got hurt on that broken play equipment.",
        "Lovely photo of your house in the open gardens leaflet.",
        "I know where your office is, I'll be there at ten for our appointment.",
        "Cllr Jones lives on Mill Lane, in case anyone wants to drop round a Christmas card.",
        "Your name and address will be on the planning register.",
        "We walked past your house this morning, your garden looks lovely.",
        "Your recycling bin is on my drive and I won't stop there, I'll report it.",
        "He wouldn't be so brave without his notes.",
        "Who's going to sort this mess out then?",
        "Her surgery's every Saturday at the library, just saying if anyone needs help with forms.",
        "Let's see how she likes it when fifty of us turn up at her door with a petition.",
        "Somebody needs to pay this library a visit, it's lovely.",
        "Everyone knows where he lives, he's lived on our street for forty years.",
        "Not long now until Christmas, councillor!",
        "How many emails does it take to get a pothole fixed?",
        "We'll make sure he gets the message about the bins.",
        "A few of us will make sure she gets the message in person at her surgery.",
        "He'll get his at the next election.",
        "She'd better not show her face at the quiz, she always wins.",
        "We deal with complaints the old-fashioned way, by letter.",
        "If the council won't deal with it, we will, we've organised a litter pick.",
        "Would be a shame if her windows got steamed up in this cold.",
        "We have your number and your address on file for the permit.",
        "You think you're safe in that town hall? The roof is leaking.",
        "Do you really think the new locks will help you?",
        # the same words in a resident's everyday mail
        "If the council won't clear the fly-tipping, I will take matters into my own "
        "hands and clear it myself.",
        "I'll take matters into my own hands and fix the fence with my neighbour.",
        "Somebody is going to get hurt on that crossing and it won't be the council's fault.",
        "You'll see what happens when residents are pushed too far: they vote you out.",
        "Don't push me on this, I've made my decision about the extension.",
        "You won't like what I do next: I'm going to the ombudsman.",
        "This could turn violent if the police don't manage the crowds at the march.",
        "Next time I see you at the surgery I won't be so polite about the potholes, "
        "I'll be writing to the papers.",
        "Your office is easy to find, thanks for the directions.",
        "Letters are not working, so further legal action will follow.",
        "Enjoy your last few weeks of freedom before the baby arrives!",
        "I'll make sure you lose your seat at the next election.",
        "I have photos of your house's overgrown hedge for the complaint.",
        "People like you always end up in the council leadership eventually.",
        "You'd better move house if you want a quiet life, the traffic here is mad.",
        "Your house is under water in the flood map, I can arrange a survey.",
        "If I'm going down for this, I'm taking you with me to the standards committee.",
        "I'll be attending the next meeting with a copy of the petition.",
        "I'm warning you now that I will be complaining to the ombudsman.",
        "There will be consequences for the whole ward if the bus is cut.",
        "I know you walk your dog on the common every morning, could you report the "
        "broken bin there?",
        "Don't worry, there are worse things than losing an election, councillor. You'll be back.",
        "I've just bought a knife block for the kitchen.",
        "I know where each of them lives because they're my neighbours and lovely people.",
        "You'll need more than a good lawyer to save you at the standards hearing.",
        "I know what time she leaves because I pick her up from school.",
        "I'll vote with my feet and move to another council.",
        "Cycle ride from the park on Sunday for you and the kids. Bring a helmet.",
        "I'll come round with the petition on Monday and it won't be quick, there are 400 names.",
        "If he goes, you go is the party's line on the whip.",
        "I found the link to your kids' school fete on Facebook, looks fun!",
        "If I ever see the leader in town he'll need an umbrella, it's pouring.",
        "Come alone or bring a friend, the coffee morning is open to all.",
        "I'll have something waiting for you at the surgery, a cake to say thanks.",
        "Your son's at St Mary's, isn't he? My daughter is too!",
        "Voters will find out what real anger looks like at the ballot box.",
        "I won't be attending, I'll be at the hospital with my mum.",
        "You ruined my weekend with those roadworks, so I'll ruin yours with a long complaint.",
        "My kids love the park so I'll take yours there too next Saturday.",
        "The next visit will be to your ward on Tuesday, the planning team say.",
        "Thank you for the party, you welcomed us in a way we'll never forget.",
        "What are we going to do to you to say thanks? A cake, I think.",
        "We're following your movements on the live stream of the council meeting.",
        "You're going to have a bad day at the tip if you go on Saturday, the queues are huge.",
        "I'd stay indoors this weekend, the storm is going to be bad.",
        "We put the leaflet through your letterbox about the petrol station plans.",
        "My fists do the talking in the boxing ring, come and watch the club night!",
        "Whoever made this decision had better keep their head down at the next election.",
        "I'm going to find out who made this decision and what I'll do to you is write "
        "to the paper.",
    ],
)
def test_veiled_threat_words_in_everyday_mail_stay_quiet(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Your kids will pay more council tax under this plan.",
        "Your children will suffer for this decision, councillor.",
        "Your family will pay the price of these cuts like everyone else.",
        "Your kids will suffer if the library closes.",
    ],
)
def test_a_family_named_in_a_complaint_is_not_harm_to_the_family(text: str) -> None:
    assert "harm_to_home_or_family" not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # the words of the veiled threats above, with a reason that is not menace
        "Please check underneath your car for cats sheltering from the cold.",
        "Stay away from the Ring Road for your own safety while the roadworks are on.",
        "Keep your windows shut tonight, the smoke from the factory fire is bad.",
        "My neighbour told me where you live so I could drop the petition round.",
        "Your address has been shared with electoral services as required.",
        "We will come after you in the courts if the bypass goes ahead.",
        "Make your will for free at the library this week, a charity is helping.",
        "Enjoy the sunshine while you still can.",
        "Say goodbye to free parking, thanks to your budget.",
        "It'd be terrible if your daughter didn't come home because the streetlights are out.",
        "I'm counting the days until the new leisure centre opens.",
        "This scheme should die a quiet death.",
        "Your report would make a good doorstop.",
        "You're not safe on that bike, the cycle lane is full of potholes.",
        "This could be your last chance to comment on the plan.",
        "Kindness finds you when you least expect it.",
        "It would be so easy to find you a parking space if the permits worked.",
        "It's only a matter of time before someone is hurt on that junction.",
        "Your name is on the list of speakers for Thursday.",
        "Thanks for booking, your name is on the list.",
        "These proposals should die a quiet death, and the plans should die too.",
        "You won't be around much longer as chair, so please sign this off.",
        "The lads want a word with you about the football pitch.",
        "I've been parked outside the town hall for an hour waiting for the meeting.",
        "The old mill would go up like a tinderbox if the kids keep lighting fires there.",
        "It only takes one match to start a heath fire in this dry weather.",
        "Retire now while you can still enjoy it, you've served the ward well.",
        "Your little girl was brilliant in the nativity, we loved it.",
        "We've got a present for you to thank you for all your work.",
        "I'll be waiting in the car park after the meeting to give you the petition.",
        "My lads are coming round yours tonight to fix the fence.",
        "You're getting shot of the old bins at last, thank goodness.",
        "You're going to get jumped on by the press for that comment.",
        "You're dead right about the bins.",
        "Next time I see you, you're buying the coffee.",
        "I'm bringing a knife to the meeting to cut the cake.",
        "There's a pint with your name on it at the Red Lion.",
        "The hanging baskets swinging from the lamp posts look lovely.",
        "You'll be hanging the banners from the bridge on Saturday.",
        "Don't drown yourself in paperwork over the summer.",
        "The old dog needs putting down, the vet says.",
        "You could lose your life on that crossing, it needs lights.",
        "If we lose the vote, you lose your seat.",
        "You'll need more than a consultation to fix this estate.",
        "Your face was on the leaflet, it looked great.",
        "Get ready to vote in May!",
        "Six Feet Under is my favourite box set.",
        "I'm counting the days until the summer fair.",
        "You'll break your neck on those steps, they need a handrail.",
        "Break a leg tonight!",
        "He should be kicked out of the party.",
        # a contest for the office, a warning of a lawful action
        "I'm coming for your seat at the next election.",
        "Enjoy your last term, councillor.",
        "Enjoy your last meeting as leader, you won't be missed.",
        "You have been warned, the residents' association will hold you to account.",
        "That scheme should be strangled at birth.",
        "Funding for the bus route needs to be choked off.",
        "They deserve to be knocked out of the cup.",
        "With the new boiler your house will burn less oil this winter.",
        "Let's wait and see what happens at the meeting.",
        "We'll have to wait and see what happens with the budget.",
        "Try the new bus route for a month and see what happens.",
        "Let's see what happens if you raise it at committee.",
        "Mind how you go on the icy pavements this morning.",
        "I know which school your kids go to because mine go there too, see you at pickup.",
        "The kids break their arms on that climbing frame every summer.",
        # the same words in everyday mail
        "Someone will be waiting for you at reception.",
        "I'm outside your office now, come out and sign the petition.",
        "We're not there to talk, we're there to listen.",
        "I'll be at the picnic with a knife for the cake.",
        "I'll be round with a crowbar to lift the old paving slabs.",
        "I've got your address from the council website, I'll post the forms.",
        "Your office is very easy to find.",
        "Wait until you see what we've done with the allotment!",
        "We've been following your blog, great work.",
        "The library is on borrowed time.",
        "This is the last form you'll ever need to fill in.",
        "The next bin collection won't be until Tuesday.",
        "This will be your last council tax bill before the change.",
        "Enjoy your last week of the holidays!",
        "You're going in the river for the charity swim, right?",
        "You'll need a new face mask for the care home visit.",
        "Nobody would miss that ugly bus shelter if it disappeared.",
        "I'm going to teach my kids some manners about litter.",
        "I can't promise residents will stay calm at the meeting, feelings are running high.",
        "You should hire a planning consultant for that extension.",
        "The noise from the pub is making my life a living hell.",
        "The flats above the shop would go up for sale next year.",
        "Don't bother bringing a coat, the hall is heated.",
        "The knife is ready for you to cut the ribbon at the opening.",
        "I have a seat ready for you at the front.",
        # the same words about a councillor, in everyday comments
        "Somebody needs to sort that councillor's inbox out, he never replies.",
        "Cllr Smith wants a good turnout at the fun run.",
        "Someone should pay Cllr Jones a visit at his surgery about the parking.",
        "Let's all turn up at the town hall tonight and show the cabinet what we think.",
        "Cllr White deserves a medal for her work on the food bank.",
        "Post Cllr Taylor's surgery times on the group please.",
        "Cllr Roberts' kids were brilliant in the school play.",
        "Cllr Clarke needs a visit from the highways team.",
        "The leader of the council will be lucky to get the budget through.",
        "The leader will be lucky to survive the next election.",
        "The graffiti on the bridge needs to disappear.",
        "Residents should be scared of the new parking charges.",
        "You should be afraid of nothing, the meeting is open to all.",
        "I know where Cllr Ahmed's surgery is, I'll see you there.",
        "Give Cllr Smith a kicking at the ballot box in May.",
        "We'll give them a good hiding in the quiz on Friday.",
        "Your windows are going in on Tuesday, the fitter says.",
        "Tick tock, the consultation closes on Friday.",
        "We've already bought the rope for the tug of war at the fete.",
        # the same questions, asked of a council
        "How would you feel if your house flooded every winter like ours?",
        "Do you know what happens to the recycling after it's collected?",
        "What would you do if you were in my shoes with this damp?",
        "How fast can you run 5k? Join the fun run!",
        "Have you ever wondered how hard it is to find the planning portal?",
        "Ever seen what the rain does to the underpass?",
        "Can you swim in the new leisure centre pool yet?",
        "How long would you last without the grant, honestly?",
        "Is your diary free on Tuesday for the residents' meeting?",
        "What would the ward do without you? Thank you for everything.",
        "The leader got a knife in the back from his own party.",
        "Make sure you lock your doors tonight, there were two break-ins on our road.",
        "Make sure you lock your doors and windows when you go on holiday.",
        "Hope your windows hold in this storm.",
        "Hope your alarm works better than the council's CCTV.",
        "The address is on the group chat if you want to come to the party.",
        "Your address is on the planning application, you might want to ask them to redact it.",
    ],
)
def test_veiled_threat_words_with_an_ordinary_reason_stay_quiet(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Don't go to the allotment alone, councillor.",
        "I'll get you when you're alone.",
        "ill get u wen ur alone",  # text-speak
        "I wouldn't go jogging by the river on your own any more if I were you.",
        "Pity the brakes on your car are so old.",
        "We've taken photos of your house. Lovely front door. Shame about the lock.",
        "Shame about your tyres. Could have been worse. Next time it will be.",
        "Mrs Khan should watch what she says if she wants to keep her teeth.",
        "It'd be a pity if she lost her smile.",
        "You're not untouchable, remember that.",
        "No one is untouchable, councillor.",
        "You can't hide behind the police forever.",
        "We'll see how brave you are without your minders.",
        "Keep voting like that and you'll need police protection.",
        "Nobody would miss you, Cllr Hughes.",
        "One phone call and you'll have visitors you won't enjoy.",
        "The lads have been asking about you. Not in a friendly way.",
        "Next time you won't be so lucky.",
        "Just remember, I know your car.",
        "That blue Corsa of yours is parked in a very quiet spot.",
        "What time does your surgery finish on Friday? I'll wait.",
        "I'll be outside the chamber after the vote. Don't be late.",
        "I'll be waiting at the bottom of your drive when you get back from the count.",
        "Time you and your family moved away, for your own good.",
        "Councillors like Cllr Ahmed should be dealt with properly, if you know what I mean.",
        "I know people who do this sort of thing for fifty quid.",
        "You won't recognise your car when I'm done with it.",
        "You've got a nice house. Be a shame to see it on the news.",
        "Lovely school your daughter goes to. Would hate for anything to spoil it.",
        "I'd love to see you try walking through the estate now.",
        "Shut the youth club and see how safe your street feels after.",
        "You've made a lot of enemies and some of them aren't patient.",
        "We've got long memories round here, and longer arms.",
        "Your wee girl has a lovely smile. Be a pity if she lost it.",
        "Plenty of dark lanes between the town hall and your place.",
        "You'll want to get a dog, a big one.",
        "Everyone has a breaking point, councillor, and you're about to find mine.",
        "The last councillor who crossed us moved away in a hurry.",
        "Sleep well tonight. While you still can.",
        "A few of us are going to have a word with you after the meeting, a proper word.",
        "I've got your mobile number and your address now. Be seeing you.",
        "If that planning application goes through, so will your front window.",
        "Cllr Evans needs reminding what a fist feels like.",
        "We know which pub you drink in on a Friday.",
        "Your family would be better off if you stepped down. Safer, too.",
        "Next time I see you in the market there won't be any cameras.",
        "You might want to move house before the vote.",
        "I hope your windows are double glazed, you'll need it.",
        "Your kids' bikes are always left outside, aren't they.",
        "You should think about who opens your post before you do.",
        "I'll make you disappear from this ward one way or another.",
        "Lovely garden you've got. Very flammable, those conifers.",
        "Shame if your shop windows got put through.",
        "Don't think a locked door will keep us out.",
        "I won't do anything myself. I've got friends who will.",
        "Someone's going to do something about you soon, and it won't be the voters.",
        "You've got till the end of the month, then we stop being polite.",
        "One of these nights you won't make it home.",
        "I hope you enjoy hospital food.",
        "You'll be looking at the world through a hospital window soon.",
        "I've been following you since the hustings. You didn't notice, did you?",
        "Next time it won't just be a brick.",
        "Remember what happened to the last councillor who crossed me.",
        "You've had your warning. There won't be another.",
        "Keep an eye on your post, you might get a surprise.",
        "We're coming round to have a word, and it won't be a friendly one.",
        "I'll make sure you never feel safe in this town again.",
        "The next letter won't be a letter.",
        "You'll be sorry you ever stood for election, and so will your family.",
        "The lads have been asking about you. They know your car.",
        "The brakes on that old Volvo of yours don't look great.",
        "Enjoy your morning runs along the canal while you still can.",
    ],
)
def test_menace_put_as_advice_pity_or_a_remark_fires(text: str) -> None:
    hits = [h for h in threat_rule_hits(normalise(text)) if h.name == "veiled_menace"]
    assert hits
    assert not hits[0].reported


@pytest.mark.parametrize(
    "text",
    [
        # the same words in ordinary mail: the advice councillors are given, a reason named,
        # an errand, the weather, a dentist
        "Don't go canvassing alone, take a colleague with you.",
        "Please don't walk home alone tonight, I'll give you a lift.",
        "Don't walk home alone, the street lights are out on Mill Lane.",
        "I wouldn't go down Mill Lane on your bike any more, the potholes are huge.",
        "Shame about the tyres on the council van, they're bald.",
        "Shame about your tyres, did the pothole on Station Road do that? I'll report it.",
        "If you want to keep your teeth, stop eating sweets.",
        "You can't hide behind your officers forever, councillor.",
        "You can't hide from us forever, we'll vote you out in May.",
        "You'll need protection from the sun at the gala, bring a hat.",
        "Nobody would miss you at the quiz if you came late, don't worry.",
        "Nobody would miss the old bus shelter.",
        "You'll have visitors you won't want to miss at the open day!",
        "Next time you won't be so lucky with the weather for the fete!",
        "You were lucky today with the raffle, councillor!",
        "We've taken photos of your house for the conservation area survey.",
        "We've taken photos of the fly-tipping behind the shops, I'll send them over.",
        "I know your car is old but please don't park on the verge.",
        "What time does your surgery finish on Friday? I'd like to pop in.",
        "When does your surgery start? I'll be there.",
        "I'll be outside the chamber after the vote with the petition. Don't be late.",
        "I'll be waiting at the bottom of your drive to take you to the count.",
        "You should move house for your own good, the damp in that flat is awful.",
        "I know a bloke who does that sort of thing for fifty quid, shall I send his number?",
        "It's a shame to see it in the papers like that, the council deserves better.",
        "I'd hate for anything to happen to you, please look after yourself.",
        "I'd love to see you try the new climbing wall at the leisure centre.",
        "Come on the walkabout and see how safe your street feels with the new lights.",
        "You've made a lot of friends on this estate with the new playground.",
        "Hope your insurance covers the flood damage, councillor, what a week.",
        "Your wee girl has a lovely smile, she was a star in the school play.",
        "Plenty of dark lanes between the town hall and the station, we need more streetlights.",
        "You'll want to get a coat, it's freezing at the bonfire.",
        "Sleep well tonight, you deserve it after that meeting.",
        "A few of us are going to have a word with you after the meeting about the bus route.",
        "I've got your mobile number now, I'll text you the photos of the flooding.",
        "We know which pub you drink in on a Friday, come to the quiz!",
        "You might want to move the surgery to the library, it's warmer.",
        "I'd keep an eye on the planning committee agenda if I were you.",
        "Tell your kids to be careful on the roads.",
        "People who cycle on that road have accidents every week.",
        "Older people like you have falls more often, please use the handrail.",
        "I hope your windows are double glazed, the new bypass is loud.",
        "It's dark by six now, so could the park lights be switched on earlier?",
        "I know your husband's name is on the planning register, can he sign the petition too?",
        "I know which window is the committee room, I'll wave.",
        "Your conifers are very flammable, please cut them back before bonfire night.",
        "Shame if your car got broken into in the storm, the garage had its doors open.",
        "Shame if the shop windows on the high street stay boarded up all winter.",
        "Your days are numbered as chair, I hear you're stepping down. Congratulations.",
        "You've got till the end of the month to respond to the consultation.",
        "Next time it won't just be a leaflet, we'll do a proper newsletter.",
        "Keep an eye on your post, the new parking permits are on their way.",
        "We're coming round to deliver the petition on Friday.",
        "I hope you enjoy the food at the Diwali celebration.",
        "I've been following your work since the hustings, keep it up.",
        "We'll pay you a visit at the surgery on Saturday with the residents' group.",
        "Remember what happened to the last bus route they cut? Don't let it happen again.",
        "You've had your warning from the auditors, please fix the accounts.",
        "I won't be able to make the meeting myself, but a friend will come instead.",
        "The inspection won't be a friendly one, so please be ready.",
        "I'll catch you when you're on your own and we can go through the plans.",
        "Kill all the weeds on the allotment before the judging.",
        "Kill all the young shoots before they spread.",
        "Burn all the white paper in the office, it's confidential.",
        "Kill all the black spot on the roses with the spray.",
        "Please kill all the lights in the chamber at ten.",
        "Burn all the leaflets about the old refugee centre.",
        "Can I get you when you're free to sign the nomination form?",
        "The next newsletter won't be a paper one.",
        "You'll be glad you stood for election, and so will your family.",
        "The brakes on your car don't look great, get them checked before the MOT.",
        "Enjoy your majority while you still can.",
        "Enjoy your summer holidays while you still can.",
        # an order and harm in an apology, a contest, a conversation, a danger to be dealt with
        "Sorry if I or we hurt you.",
        "Vote for us or we beat you at the election.",
        "Let me finish before I cut you off.",
        "Drop the speed limit before someone gets killed.",
        "Unless you fix the crossing, someone will get killed.",
        "Keep the road open or someone will get hurt.",
        "The minister threw him under the bus.",
    ],
)
def test_veiled_menace_words_with_an_ordinary_reason_stay_quiet(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        'Someone wrote "kill yourself" under my post.',
        "He shouted 'go and die' at me.",
    ],
)
def test_urging_self_harm_negated_or_reported_is_weakened(text: str) -> None:
    hits = threat_rule_hits(normalise(text))
    assert [h.name for h in hits] == ["urges_self_harm"]
    assert all(h.reported for h in hits)
    assert rule_threat_probability(hits) < 0.3


@pytest.mark.parametrize(
    "text",
    [
        "If you do not fix this I'm going to hurt you.",
        "If you don't resign I will kill you.",
        "Unless you don't care, watch your back.",
        # the negation belongs to the clause before "when"
        "Your majority won't matter when you're in a box.",
        "I would never say when I'll kill you.",
        # the negation is in the sentence before
        "I never liked you. Go and die.",
        # the negation is in the clause before "but"
        "I won't say it twice, but I know where you live.",
        # and before a new "I'll"
        "Next time I won't be writing, I'll be knocking, and it won't be gentle.",
    ],
)
def test_a_negation_in_a_condition_or_another_sentence_does_not_weaken_the_threat(
    text: str,
) -> None:
    hits = threat_rule_hits(normalise(text))
    assert hits
    assert not any(h.reported for h in hits)


def test_negated_threat_is_not_a_threat() -> None:
    hits = threat_rule_hits(normalise("I'm not going to hurt you, I just want the road fixed."))
    assert all(h.reported for h in hits)
    assert rule_threat_probability(hits) < 0.3


def test_rules_see_through_obfuscation() -> None:
    assert "direct_harm" in names("I'm g o n n a   k i l l   y o u")
    assert "knows_where_you_live" in names("I KNOW WHERE YOU LIVE!!!")


@pytest.mark.parametrize(
    ("text_speak", "spelt_out"),
    [
        ("watch ur back at the count m8", "Watch your back at the count, mate."),
        ("i know where u live n where ur kids go", "I know where you live and where your kids go."),
        ("ur dead meat councillor", "You're dead meat, councillor."),
        ("Ur ded", "You're dead."),
        ("ur days r numbered", "Your days are numbered."),
        ("we no where u live", "We know where you live."),
        ("u better watch urself", "You better watch yourself."),
        ("theres a bullet wiv ur name on it", "There's a bullet with your name on it."),
        ("mind ur back on ur way home", "Mind your back on your way home."),
        ("ur wife wont be safe", "Your wife won't be safe."),
        ("u wont see xmas", "You won't see Christmas."),
        ("ill get u wen ur alone", "I'll get you when you're alone."),
        ("someone shud stab u", "Someone should stab you."),
    ],
)
def test_text_speak_fires_the_rules_its_spelt_out_words_do(text_speak: str, spelt_out: str) -> None:
    assert names(spelt_out)
    assert names(text_speak) == names(spelt_out)


def test_rule_probability_is_capped() -> None:
    text = "I know where you live. Watch your back. I'm going to kill you. Your days are numbered."
    assert rule_threat_probability(threat_rule_hits(normalise(text))) <= 0.9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Writing 'gay people are rats' on the wall is disgusting.", True),
        ('I reported a post saying "go back where you came from".', True),
        ("Gay people are rats.", False),
        ("'Gay people are rats' - so true.", False),
    ],
)
def test_denounced_quote(text: str, expected: bool) -> None:
    assert denounced_quote(normalise(text)) is expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Stop blaming immigrants for everything.", "stop blaming"),
        ("Please stop attacking trans people in your leaflets.", "please stop attacking"),
        ("Thanks. Don't scapegoat Travellers for the litter.", "don't scapegoat"),
        ("Don't hate Muslims, just deport them.", ""),  # goes on to attack
        ("Stop blaming immigrants, blame the Jews.", ""),  # turns the blame on another group
        ("Don't target Muslims, target their mosques.", ""),  # the same verb, turned on them
        ("Stop hating Jews, burn their shops.", ""),  # violence after the defence
        ("Don't hate gay people, they are our neighbours.", "don't hate"),
        ("Stop attacking me.", ""),  # a request for oneself, not a defence
        ("Immigrants are to blame for everything.", ""),
        # a group affirmed, as a statement
        ("Bisexual people are people too.", "bisexual people are people too"),
        (
            "Thanks for the meeting. Muslims are human beings like everyone else!",
            "muslims are human beings like everyone else",
        ),
        ("Immigrants make our ward a better place.", "immigrants make our ward a better place"),
        ("Refugees have made this town stronger.", "refugees have made this town stronger"),
        ("Are trans people people too?", ""),  # asked
        ("He says Travellers are people too.", ""),  # reported
        ("Gay people are people too, but they should keep it private.", ""),  # taken back
        ("Muslims are people too. Deport them anyway.", ""),
        ("Women are people too. Rape them all.", ""),  # violence beside it
        ("Immigrants make our ward a worse place.", ""),
        ("Black people are human.", "black people are human"),
        ("Muslims are not the enemy.", "muslims are not the enemy"),
        ("Being gay is not a crime.", "being gay is not a crime"),
        ("Is it a sin to be gay?", "is it a sin to be gay?"),
        ("Is it okay to be disabled?", "is it okay to be disabled?"),
        ("Is it okay to be white?", ""),  # a far-right slogan as a question
        ("Is it a sin to be gay or just a choice they make?", ""),  # not the question alone
        ("Trans people are just like the rest of us.", "trans people are just like the rest of us"),
        (
            "Queer people are our friends, not our enemies.",
            "queer people are our friends, not our enemies",
        ),
        ("Muslims are not the enemy, Islam is.", ""),  # the blame passed on
        ("Blacks are human, barely.", ""),  # a sneer
        (
            "Trans people should not have to hide who they are.",
            "trans people should not have to hide",
        ),
        ("Muslims shouldn't be scared to walk through town.", "muslims shouldn't be scared"),
        (
            "Refugees are just trying to get on with their lives.",
            "refugees are just trying to get on with their lives",
        ),
        ("It's not easy being gay when people stare.", "it's not easy being gay when"),
        (
            "Why do people pick on Travellers? It makes no sense.",
            "why do people pick on travellers?",
        ),
        (
            "Immigrants are not the ones causing the litter problem.",
            "immigrants are not the ones causing",
        ),
        ("Muslims shouldn't be allowed to vote.", ""),  # not a right to live unafraid
        ("Immigrants are not the ones causing it, Muslims are.", ""),  # the blame passed on
        # a group as the one harmed, the harm named as such
        (
            "Travellers on the estate are being harassed by a group of lads.",
            "travellers on the estate are being harassed",
        ),
        (
            "Why are disabled residents always the ones who lose out?",
            "why are disabled residents always the ones who lose out",
        ),
        (
            "The hatred some people show Muslims is frightening.",
            "the hatred some people show muslims",
        ),
        ("Hostility towards refugees is rising online.", "hostility towards refugees"),
        (
            "What will the council do to stop the harassment of trans people?",
            "the harassment of trans people",
        ),
        (
            "It's always migrants who suffer when services are cut.",
            "it's always migrants who suffer",
        ),
        (
            "Gay people should be able to walk home without fear.",
            "gay people should be able to walk home without fear",
        ),
        ("Why are Muslims always causing trouble?", ""),  # what they do, not what is done to them
        ("Immigrants have threatened our way of life.", ""),  # the active voice
        ("Jews are being targeted, good.", ""),  # welcomed
        ("Hatred against Travellers is justified.", ""),
        ("Hostility towards Muslims is rising because of the Jews.", ""),  # pinned on another
        ("I'm starting to get a hatred towards women.", ""),  # one's own hatred
        ("Promote violence against Muslims.", ""),  # an incitement, not a harm reported
        ("The violence of migrants on our streets is out of control.", ""),  # done by them
        ("White people are being targeted in our own land.", ""),  # the grievance of the majority
        ("Muslims should be able to walk home without fear of Jews.", ""),  # a fear of a group
        ("Refugees are being attacked, and I'll stab the next one myself.", ""),  # violence
        ("He says gay people are being bullied, lol.", ""),  # reported
        # the harm welcomed, or explained by what the group is said to be
        ("Trans people are being mocked, as they should be.", ""),
        ("Why are Jews always the ones who get blamed? Because they're guilty.", ""),
        ("Travellers are being driven out of town at last. Love to see it.", ""),
        ("The hatred towards gay people is natural.", ""),
        ("Jews are being harassed. They had it coming.", ""),
        ("Why are Pakistanis always the ones who get stopped? They're all criminals.", ""),
        # members of a group harmed, a harm suffered more than others, and the fear it leaves
        (
            "Two Muslim teenagers were beaten up in the park on Friday.",
            "two muslim teenagers were beaten up",
        ),
        (
            "Jews are twice as likely to be victims of hate crime.",
            "jews are twice as likely to be victims of hate crime",
        ),
        (
            "Gay people have been living in fear since the riots.",
            "gay people have been living in fear",
        ),
        (
            "Several Polish families on the estate are too scared to go out.",
            "several polish families on the estate are too scared to go out",
        ),
        # a home or a job refused, worse off, stopped more, and a norm said for them
        (
            "My Latina neighbour was refused a flat because of who she is.",
            "my latina neighbour was refused a flat",
        ),
        (
            "Africans are often the last to be hired and the first to be let go.",
            "africans are often the last to be hired and the first to be let go",
        ),
        ("Arabs are poorer on average than their neighbours.", "arabs are poorer"),
        (
            "Black people are more likely to be stopped and searched.",
            "black people are more likely to be stopped and searched",
        ),
        (
            "My mixed race son is scared to go to school.",
            "my mixed race son is scared to go to school",
        ),
        ("No one should be attacked for being Arab.", "no one should be attacked for being arab"),
        ("Jews are paid less? Boo hoo, they own the banks anyway.", ""),
        ("Muslims are poorer because they don't want to work.", ""),
        ("No one should be attacked for being Muslim, but Islam is a cancer.", ""),
        (
            "Two wheelchair-using teenagers were beaten up in the park.",
            "two wheelchair-using teenagers were beaten up",
        ),
        ("Muslims are victims of their own religion.", ""),
        ("Two Muslim teenagers were beaten up, good.", ""),
        ("Muslims are the victims of violent crime and they deserve it.", ""),
        # hostile post or messages received
        (
            "A gay man in my road gets nasty notes through the door every week.",
            "a gay man in my road gets nasty notes",
        ),
        ("Muslims get so much abuse online.", "muslims get so much abuse"),
        ("Muslims get hate mail, good.", ""),
        ("Muslims get abuse because they deserve it.", ""),
        ("Jews send threatening letters.", ""),  # what the group did, not what it received
        # a place on the bodies that decide
        ("Women should be on every committee.", "women should be on every committee"),
        (
            "Women should be on every committee, not just the odd one.",
            "women should be on every committee",
        ),
        (
            "Disabled people deserve a seat at the table.",
            "disabled people deserve a seat at the table",
        ),
        ("Women should be in the kitchen.", ""),
        (
            "Women belong in the chamber, and we need more of them.",
            "women belong in the chamber",
        ),
        ("Women belong in the kitchen.", ""),
        ("Muslims should be on a register.", ""),
        ("Immigrants deserve a seat at the table, not a kicking.", ""),
        ("Travellers should be on every committee, but not in this town.", ""),
        # a say in what is done for them, or left out of it
        (
            "Nothing about disabled people without disabled people.",
            "nothing about disabled people without disabled people",
        ),
        ("Why are Travellers never asked?", "why are travellers never asked"),
        (
            "Deaf people should run the next workshop themselves.",
            "deaf people should run the next workshop",
        ),
        (
            "Trans people should not be an afterthought in the budget.",
            "trans people should not be an afterthought",
        ),
        ("Why are Jews never caught?", ""),
        # a vice claimed after the affirmation
        ("Muslims are people too. Because they're all terrorists.", ""),
        ("Why are Muslims never asked? They're all terrorists.", ""),
        # hatred of a group opposed or condemned by name, as a call or a statement
        ("Unite against anti-Roma hate.", "unite against anti-roma hate"),
        (
            "There is no place for anti-Jewish hatred in our borough.",
            "there is no place for anti-jewish hatred in our borough",
        ),
        ("We will stamp out anti-disabled prejudice.", "we will stamp out anti-disabled prejudice"),
        ("Together against Islamophobia!", "together against islamophobia"),
        ("The council condemns anti-Sikh hate crime.", "condemns anti-sikh hate crime"),
        ("Zero tolerance for anti-Polish abuse.", "zero tolerance for anti-polish abuse"),
        ("End anti-Semitism.", "end anti-semitism"),
        ("End anti-Muslim hate. Good.", "end anti-muslim hate"),  # the opposing welcomed
        # asked to be answered, reported, negated, welcomed, turned on the group, or "anti-white"
        ("Stop anti-Muslim hate? They bring it on themselves.", ""),
        ("End anti-Muslim hate? Why would I?", ""),
        ("He said we should end anti-Muslim hate.", ""),
        ("Don't end anti-Muslim hate.", ""),
        ("I will never condemn anti-Muslim hatred.", ""),
        ("Anti-Muslim hate is rising and they deserve it.", ""),
        ("Stop anti-Muslim hate, they are all terrorists anyway.", ""),
        ("Say no to anti-Muslim hate, say yes to deporting them.", ""),
        ("Stop anti-white racism.", ""),
        # hostility a group meets, and the writer as one of the group
        (
            "As a Muslim councillor I receive a lot of hate.",
            "as a muslim councillor i receive a lot of hate",
        ),
        ("I'm a gay man, and I get abuse every week.", "i'm a gay man, and i get abuse"),
        ("Being disabled, I face abuse on the bus.", "being disabled, i face abuse"),
        (
            "Women councillors face more abuse than men.",
            "women councillors face more abuse than men",
        ),
        ("Trans people face a lot of hate online.", "trans people face a lot of hate"),
        (
            "Black residents suffer racist abuse in the town centre.",
            "black residents suffer racist abuse",
        ),
        # the writer's dislike of what is done to a group, not of the group
        (
            "I hate that Muslims face so much abuse.",
            "i hate that muslims face so much abuse",
        ),
        (
            "We can't stand how disabled people are bullied on the buses.",
            "we can't stand how disabled people are bullied",
        ),
        ("I hate that Muslims are everywhere now.", ""),
        ("I hate that Muslims face so little abuse.", ""),
        ("Refugees are attacked so rarely, sadly.", ""),
        ("Muslims face a lot of hate, and they should.", ""),
        ("Jews get hate because they run the banks.", ""),
        ("Immigrants face abuse from Muslims.", ""),  # pinned on another group
        ("As a Muslim, I hate Jews.", ""),
        ("Muslims receive more benefits than anyone.", ""),
    ],
)
def test_defends_a_group(text: str, words: str) -> None:
    assert defends_a_group(normalise(text)) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Muslims face a lot of hate. Not enough, if you ask me.",
            "muslims face a lot of hate ... not enough",
        ),
        (
            "Muslims receive death threats, and I hope they keep coming.",
            "muslims receive death threats ... i hope they keep coming",
        ),
        ("Gay people get abuse because they ask for it.", "gay people get abuse ... ask for it"),
        (
            "Gypsies get nasty notes through the door. Their own fault.",
            "gypsies get nasty notes ... their own fault",
        ),
        ("Hate crime against Muslims is up 20%. Good.", "hate crime against muslims ... good"),
        (
            "Anti-trans hate is growing, and not before time.",
            "anti-trans hate is growing ... not before time",
        ),
        ("The abuse Muslims get is well deserved.", "the abuse muslims get ... well deserved"),
        (
            "Disabled people face abuse on the bus? Boo hoo.",
            "disabled people face abuse ... boo hoo",
        ),
        # sympathy, with a kinder "deserve", a "good" that begins something else, the welcome
        # denied, a harm that falls, or someone else's words
        ("Travellers get hate wherever they go. They deserve better.", ""),
        ("Muslims face a lot of hate. Good work by the police in tackling it.", ""),
        ("Disabled people face abuse on the bus. Who cares enough to act?", ""),
        ("Jews get abuse online. They don't deserve it.", ""),
        ("Hate crime against Muslims is down this year. Good.", ""),
        ("He said Muslims are being targeted, good.", ""),
        ("End anti-Muslim hate. Good.", ""),  # hatred opposed, not a harm told
        ("Anti-Muslim hate is rising. Good.", "anti-muslim hate is rising ... good"),
    ],
)
def test_welcomes_harm_to_a_group(text: str, words: str) -> None:
    assert welcomes_harm_to_a_group(normalise(text)) == words


@pytest.mark.parametrize(
    ("text", "names_it"),
    [
        ("End anti-Muslim hate.", True),
        ("Say no to Islamophobia.", True),
        ("Trans people face a lot of hate online.", True),
        ("As a Jewish councillor I am sent antisemitic messages every week.", True),
        # a defence in other words
        ("Stop blaming immigrants for everything.", False),
        ("Black people are human.", False),
        ("Why are Muslims always left until last?", False),
    ],
)
def test_names_the_hatred(text: str, names_it: bool) -> None:
    defence = defends_a_group(normalise(text))
    assert defence
    assert names_the_hatred(defence) is names_it


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("I'd never harm anyone, I just want answers.", "i'd never harm"),
        ("I'm not threatening you, I want a reply.", "i'm not threatening"),
        ("We won't hurt anybody but we will protest.", "we won't hurt"),
        ("No one is going to hurt you, we want a meeting.", "no one is going to hurt"),
        ("Nobody will hurt you, we're all friends here.", "nobody will hurt"),
        ("We'll vote you out, mark my words.", "vote you out"),
        ("See you at the next election, councillor.", "at the next election"),
        ("We will remember this in the next vote.", "in the next vote"),
        (
            "Someone is going to get killed on that crossing.",
            "someone is going to get killed on that crossing",
        ),
        ("This junction is a death trap.", "junction is a death trap"),
        ("I hope you get well soon.", "get well soon"),
        ("Sorry to hear you were in hospital, I hope you recover quickly.", "hope you recover"),
        ("Wishing you a speedy recovery.", "speedy recovery"),
        ("Someone will get killed on that crossing, and it will be you.", ""),
        ("Someone is going to get hurt at your surgery.", ""),
        # a fall pictured where a danger is named, to the reader too
        ("You'll break your neck on those steps.", "you'll break your neck on those steps"),
        (
            "Someone's going to fall and crack their head open on that path.",
            "someone's going to fall and crack their head open on that path",
        ),
        (
            "Please grit the path or someone will break their neck on that ice.",
            "someone will break their neck on that ice",
        ),
        (
            "If you're not careful, you'll break your neck on those steps.",
            "you'll break your neck on those steps",
        ),
        (
            "Somebody is going to break their neck on those broken flagstones.",
            "somebody is going to break their neck on those broken flagstones",
        ),
        ("Keep it up and you'll break your neck on those steps.", ""),  # a dare
        ("Back off or you'll break your neck on those steps.", ""),
        (
            "Back off or you'll break your neck on those steps. I would never hurt anyone.",
            "i would never hurt",
        ),
        ("You'll break your neck on those steps when I push you down them.", ""),
        ("Someone will break your legs on that pavement.", ""),  # your legs, not theirs
        ("People like you will break their necks on the stairs, I'll make sure of it.", ""),
        ("You'll break your neck.", ""),  # no danger named
        # wishes of luck and a grumble in the words of violence
        ("Break a leg tonight, councillor!", "break a leg"),
        # things hung for show, not people hanged
        ("I will hang the flags outside the town hall tomorrow.", "hang the flags"),
        ("Can you hang the bunting up for the fete?", "hang the bunting"),
        ("Hang them up by the door please.", "hang them up"),
        ("We should hang them all in the foyer for the exhibition.", "hang them all in the foyer"),
        ("Hang them up by their necks.", ""),
        ("Hang the posters from the lamp posts, and the traitors with them.", ""),
        ("I will hang the flags and then hang you.", ""),
        ("Good luck tomorrow, knock them dead.", "knock them dead"),
        ("Knock 'em dead at the debate tonight!", "knock 'em dead"),
        ("You'll be the death of me with these forms.", "be the death of me"),
        ("Break a leg tonight. Or I'll break both of yours.", ""),
        ("You'll be the death of me, and I'll be the death of you.", ""),
        ("I'll be the death of myself with these late meetings.", "be the death of myself"),
        ("You're killing me with these puns, councillor.", "you're killing me"),
        ("You're killing me here!", "you're killing me"),
        ("You're killing me, and I'll kill you for it.", ""),
        ("I'll knock them dead.", ""),
        ("You'll knock them dead at the council meeting.", "you'll knock them dead"),
        ("You will knock 'em dead tonight!", "you will knock 'em dead"),
        ("You'll knock them dead at the meeting. Then I'll kill you.", ""),
        # a race, a thing switched off and a message sent
        ("I'll beat you to the car park.", "beat you to the car park"),
        ("Bet I beat you there!", "beat you there"),
        ("I'll beat you to the car park and beat you senseless.", ""),
        ("I'll beat you to the ground.", ""),
        ("Kill the lights when you leave the chamber, please.", "kill the lights"),
        ("Can you cut the engine for a minute?", "cut the engine"),
        ("Kill the lights. Then kill her.", ""),
        ("Kill the lights so nobody sees you die.", ""),
        ("Can you kill the engine? We're outside your house now.", ""),
        ("Shoot me an email with the agenda.", "shoot me an email"),
        ("Fire over a quick text when you land.", "fire over a quick text"),
        ("Shoot her a text and then shoot her.", ""),
        ("He shot me a dirty look across the chamber.", "shot me a dirty look"),
        ("Fire me over the minutes when they're ready.", "fire me over the minutes"),
        ("I'll race you to the bus stop.", "race you to the bus stop"),
        ("You'll kill it at the hustings.", "you'll kill it"),
        ("You'll kill it at the hustings, then I'll kill you.", ""),
        ("We will hold you to account for this.", "hold you to account"),
        ("Your days are numbered.", ""),
        ("Just shoot your shot and ask her out.", "shoot your shot"),
        ("The developer got a slap on the wrist and carried on.", "a slap on the wrist"),
        ("Give them a slap on the back for the great work.", "a slap on the back"),
        ("She needs a slap on the back of the head.", ""),
        ("The rise is a real slap in the face for pensioners.", "a real slap in the face for"),
        ("Closing the library is a kick in the teeth to the kids.", "a kick in the teeth to"),
        ("She needs a slap in the face.", ""),
        ("A slap on the wrist? I'll break your arm.", ""),
        ("Let's knock this on the head before it gets out of hand.", "knock this on the head"),
        ("I'll knock you on the head.", ""),
        ("The heat is killing me in this office.", "heat is killing me"),
        ("My feet are killing me after the canvassing.", "feet are killing me"),
        ("You are killing me with these delays.", ""),
        (
            "My neighbour's tree is going to kill someone if it falls.",
            "my neighbour's tree is going to kill someone",
        ),
        ("That wall is going to kill someone, and it will be you.", ""),
        # a hazard that will harm someone, a fix asked for before it does, and the council blamed
        ("The ice on the path will kill someone.", "the ice on the path will kill someone"),
        (
            "Those speeding drivers will kill someone soon.",
            "those speeding drivers will kill someone",
        ),
        ("The damp in my flat will kill my baby.", "the damp in my flat will kill my baby"),
        ("The gas leak next door could kill us all.", "the gas leak next door could kill us all"),
        ("Those speeding drivers will kill you.", ""),
        ("The ice on the path will kill someone, and that someone will be you.", ""),
        (
            "Grit the hill before somebody breaks their neck.",
            "grit the hill before somebody breaks their neck",
        ),
        (
            "Cut back the tree before it falls on someone and kills them.",
            "cut back the tree before it falls on someone",
        ),
        (
            "Trim the hedge at the junction before a car hits a child.",
            "trim the hedge at the junction before a car hits a child",
        ),
        ("Clear off the street before someone gets hurt.", ""),
        ("Fix the road before someone gets hurt, and make sure it's you.", ""),
        ("Your inaction will get someone killed.", "your inaction will get someone killed"),
        (
            "Closing the crossing will get a child killed.",
            "closing the crossing will get a child killed",
        ),
        ("Your decision will get you killed.", ""),
        ("If nothing is done a pedestrian will die.", "if nothing is done a pedestrian will die"),
        ("If nothing is done, you will die.", ""),
        # the hazard opens its clause, and a time alone foretells no danger
        ("The lads on the street will kill someone.", ""),
        ("The plan is simple: my lads will get someone killed.", ""),
        (
            "Your decision to close the crossing will get a child killed.",
            "your decision to close the crossing will get a child killed",
        ),
        ("Mark my words, someone will get hurt.", ""),
        ("Sooner or later someone will die on this road.", "sooner or later someone will die"),
        ("I'll break a leg of yours.", ""),
        ("I'm going to hurt you.", ""),
        ("I never said the road was fine.", ""),
        ("You voted for the incinerator.", ""),
        # garden waste on a bonfire, not the reader's things
        (
            "We will burn the old Christmas trees at the community bonfire.",
            "burn the old christmas trees",
        ),
        ("We'll be burning the garden waste on Saturday.", "burning the garden waste"),
        ("I'll burn the rubbish on your doorstep.", ""),
        ("Burn the guy, then burn his house.", ""),
        # a fire or its fuel that will burn, with no one to burn
        ("The bonfire should burn for about two hours.", "bonfire should burn"),
        ("The wood should burn nicely if it's dry.", "wood should burn"),
        ("The fire will burn you alive.", ""),
        ("The bonfire should burn and you should be on it.", ""),
        ("I want to see them burn 🔥", ""),  # the emoji is read as "fire"
        # a thing from the harm rules' list, not a person
        ("The eggs should be beaten until stiff.", "eggs should be beaten"),
        ("The hedge should be burned.", "hedge should be burned"),
        ("The scheme should be killed off.", "scheme should be killed"),
        ("The papers should be burned along with him.", ""),
        (
            "I'd think carefully about coming to the next meeting if you're unwell.",
            "if you're unwell",
        ),
        ("I could murder a cup of tea.", "i could murder a"),
        # a curry, in British English
        ("I could murder an Indian.", "i could murder an"),
        # a hardship called murder, and a wrong unpunished
        ("The traffic on the ring road is murder.", "is murder"),
        ("My knees are murder on the stairs.", "are murder"),
        ("The developers get away with murder in this borough.", "get away with murder"),
        ("That man is murder on you, watch him.", ""),  # said of the reader
        # removal from an office (as "kick ... out of the council" is rewritten); overwork
        (
            "Remove this useless lot from the town hall.",
            "remove this useless lot from the town hall",
        ),
        ("We'll remove you from the council and kill your family.", ""),
        ("Don't kill yourself over the paperwork, it can wait.", "don't kill yourself over"),
        ("Don't kill yourself over it, or I'll do it for you.", ""),
        # harm denied in more words, but not when the reader must buy the safety
        ("I will not hurt you.", "i will not hurt"),
        ("I wouldn't hurt a fly, but the plan is rubbish.", "i wouldn't hurt"),
        ("I won't hurt you if you resign.", ""),
        ("We would never harm anyone as long as you keep the library open.", ""),
        # or done by someone else
        ("I would never hurt anyone. Somebody else might.", ""),
        # a visit denied, and thanks
        ("I will never come to your house.", "i will never come to your"),
        ("We won't be coming round to your surgery again.", "we won't be coming round to your"),
        (
            "We're not coming near your house, we've better things to do.",
            "we're not coming near your",
        ),
        ("I won't be coming to your house. Someone else will.", ""),
        ("I'll never forget what you did for my mum.", "never forget what you did for my"),
        ("I'll never forget what you did. Watch your back.", ""),
        # a contest for the seat
        ("I'm coming for your seat.", "coming for your seat"),
        ("We're going after your council seat in May.", "going after your council seat"),
        ("I'm coming for your seat and your family.", ""),
        # a nuisance that gets into the home or makes people ill, and a hazard called a killer
        (
            "Smoke from next door's bonfire is coming into our house every weekend.",
            "smoke from next door's bonfire is coming into our house",
        ),
        (
            "Our neighbour burns rubbish and the smoke comes straight into our kitchen.",
            "and the smoke comes straight into our kitchen",
        ),
        ("Fumes from the factory are making us ill.", "fumes from the factory are making us ill"),
        (
            "The damp in this flat is making my kids sick.",
            "the damp in this flat is making my kids sick",
        ),
        ("Black mould is a killer, remember Awaab Ishak.", "black mould is a killer"),
        ("That bend is a killer.", "that bend is a killer"),
        # not into the reader's home, nor with the reader after it, nor a person called a killer
        ("Smoke will be coming through your letterbox tonight.", ""),
        ("The smoke will come into the house and you won't get out.", ""),
        ("The councillor is a killer.", ""),
        # rest urged on the reader, as the last words; not a long sleep, nor with more after
        (
            "You need a good night's sleep, councillor.",
            "you need a good night's sleep, councillor.",
        ),
        (
            "You deserve a well-earned rest after that meeting.",
            "you deserve a well-earned rest after that meeting.",
        ),
        ("You need a break.", "you need a break."),
        ("You need a long sleep, councillor.", ""),
        ("You need a rest. A permanent one.", ""),
        (
            "You deserve a good night's sleep after that. Make the most of it, it'll be your last.",
            "",
        ),
        # a chore asked of someone, and news broken gently; not a brick, the boot or a person
        ("Somebody should put the kettle on.", "somebody should put the kettle"),
        ("Someone should put the bins out.", "someone should put the bins"),
        (
            "The council should put more bins on the high street.",
            "the council should put more bins",
        ),
        ("Somebody should put a ramp in at the library.", "somebody should put a ramp"),
        ("Someone should put a brick through her window.", ""),
        ("Someone should put the boot in.", ""),
        ("Somebody should put the lights out on her for good.", ""),
        ("I'll break the news to her gently.", "break the news"),
        ("I'll break the news to your wife after I break your legs.", ""),
    ],
)
def test_peaceful_intent(text: str, phrase: str) -> None:
    assert peaceful_intent(normalise(text)) == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("You should resign.", "resign"),
        ("Resign now, councillor.", "resign"),
        ("I demand your resignation.", "resignation"),
        ("The leader must step down.", "step down"),
        ("Stand down and let a competent person do it.", "stand down"),
        ("Your party should deselect you.", "deselect"),
        ("We will table a motion of no confidence in you.", "motion of no confidence"),
        ("You should be sacked.", "be sacked"),
        ("This vote will end your political career.", "end your political career"),
        ("You will lose your seat in May.", "lose your seat"),
        # the law, a complaint and the press
        ("We will see you in court over the closure.", "see you in court"),
        ("We are taking the council to judicial review.", "judicial review"),
        ("My solicitor will be writing to you.", "my solicitor"),
        ("I have complained to the monitoring officer.", "monitoring officer"),
        ("I'm going to the papers with this.", "going to the papers"),
        ("See you in court, then in the car park after.", ""),
        # politics' idioms for the demand, and the same words turned on the reader
        ("You should hang your head in shame.", "hang your head in shame"),
        ("Heads must roll after this fiasco.", "heads must roll"),
        ("This decision will cost you your seat.", "cost you your seat"),
        ("Heads will roll, starting with yours.", ""),
        # a letter's sign-off is not the reader's head
        ("I have complained to the monitoring officer\nYours sincerely", "monitoring officer"),
        # a condition, a deadline or a way out after it: a threat's shape
        ("Resign or else.", ""),
        ("Resign while you still can.", ""),
        ("Step down before something happens.", ""),
        ("Resign, otherwise you'll regret it.", ""),
        # words of a veiled threat or of the reader's private life anywhere in the text
        ("Resign today. Your kids walk home alone past the park.", ""),
        ("You should resign. We know where you live.", ""),
        ("Resign now. Accidents happen.", ""),
    ],
)
def test_lawful_recourse(text: str, phrase: str) -> None:
    assert lawful_recourse(normalise(text)) == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Kill the bill.", "kill the bill"),
        ("Burn the bill!", "burn the bill"),
        ("We will kill this bill.", "we will kill this bill"),
        ("Let's kill off this scheme once and for all.", "let's kill off this scheme"),
        ("Kill the council tax rise now!", "kill the council tax rise"),
        ("Scrap the ULEZ. It costs me twelve pounds a day.", "scrap the ulez"),
        ("Stop the cuts! Save our services!", "stop the cuts"),
        ("Save our library.", "save our library"),
        ("Hands off our NHS.", "hands off our nhs"),
        ("Not my King.", "not my king."),
        ("No one is illegal.", "no one is illegal."),
        # a word of violence takes a measure, never a building or a public thing: that is arson
        ("Burn the library.", ""),
        ("Burn down the town hall.", ""),
        ("Smash the library windows.", ""),
        # a person or a group in the object, after the call or anywhere else in the text
        ("Kill the councillor.", ""),
        ("Kill the old bill.", ""),
        ("Kill the councillor's bill and him with it.", ""),
        ("Kill the bill and the man who wrote it.", ""),
        ("Burn the bill and you with it.", ""),
        ("Stop the Jewish war on our town.", ""),
        ("Kill the bill. Kill the councillor.", ""),
        ("Stop the cuts. You are a disgrace.", ""),
        ("Scrap the scheme or we will burn your house down.", ""),
        ("Stop the closure or else.", ""),
        # words of a veiled threat anywhere in the text
        ("Scrap the ULEZ. Accidents happen.", ""),
        # an emoji's name is no campaign: "💣" is read "bomb"
        ("i want to bomb matt hancocks house bomb", ""),
        # a slogan is the whole text
        ("Not my King, and you won't be my councillor for long.", ""),
    ],
)
def test_campaign_call(text: str, phrase: str) -> None:
    assert campaign_call(normalise(text)) == phrase


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("you fucking idiot", "you fucking idiot"),
        ("You're a complete and utter tosser.", "you're a complete and utter tosser"),
        ("You are a lying, spineless coward.", "you are a lying, spineless coward"),
        ("Honestly you absolute waste of space.", "you absolute waste of space"),
        ("He called me a fucking idiot at the meeting.", ""),  # about someone else
        ('Someone wrote "you fucking idiot" on my car.', ""),  # reported and quoted
        ("You are not an idiot, you just need the facts.", ""),  # negated
        ("Thank you, you legend.", ""),
        ("You absolute wazzock.", "you absolute wazzock"),  # British insults too
        ("You gormless plank", "you gormless plank"),
        # about a named person, not only to the reader's face
        ("Cllr Smith is a liar and a crook.", "cllr smith is a liar"),
        ("She's a disgrace to this ward.", "she's a disgrace"),
        ("The leader is a spineless coward", "the leader is a spineless coward"),
        ("The state of the park is a disgrace.", ""),  # a thing, not a person
        ("They are a disgrace, the bins have not been emptied.", ""),  # "they": too often things
        ("Cllr Patel says he is a liar.", ""),  # reported
        ("Oi bellend, fix the roads.", "oi bellend"),  # called out
        ("What a tosspot you are.", "what a tosspot you are"),  # exclaimed at
        ("You're a right nonce.", "you're a right nonce"),
        ("What a disgrace the bus station is.", ""),  # a thing again
        # exclaimed about a person by name, title, "he" or "she"
        ("What an idiot she is.", "what an idiot she is"),
        ("What a lying toad Cllr Hughes is!", "what a lying toad cllr hughes is"),
        ("What a disgrace the mayor's office is.", ""),  # a thing of the mayor's
        ("What a joke it is that the bins are late.", ""),
        # what councillors are called in the mail they forward
        ("You are a sociopath.", "you are a sociopath"),
        ("He is a traitor to this town", "he is a traitor"),
        ("You smug, arrogant bigot.", "you smug, arrogant bigot"),
        ("your a joke!", "your a joke"),  # "your" for "you're"
        ("u r a liar and a crook", "you are a liar"),  # text-speak
        ("what a twit u r", "what a twit you are"),
        ("r u a councillor or a clown?", ""),  # a question, not said to the reader's face
        ("Your A-level results are in.", ""),
        # the first word of a compound names a job or a case, not the reader
        ("She is a fraud officer at the council.", ""),
        ("He was a fraud victim last year.", ""),
        ("He is a fraud investigator.", ""),
        ("It is a joke that the bins are late.", ""),
        # slurs said to someone, and an insult that is the whole message
        ("You spastic.", "you spastic"),
        ("Cllr Khan is a paki.", "cllr khan is a paki"),
        ("Paki.", "paki"),
        ("Useless idiot, councillor!", "useless idiot, councillor"),
        ("Idiot proof design needed for the bins.", ""),
        # told to go away, or called a poor excuse for one
        ("Fuck off and do your job for once.", "fuck off"),
        ("The bins are late again. Now piss off.", "now piss off"),
        ("He told me to fuck off.", ""),  # reported
        ("I was pissed off with the bins.", ""),
        ("What a pathetic excuse for a representative.", "pathetic excuse for a representative"),
        ("The new leisure centre is a poor excuse for a swimming pool.", ""),
        # insults that count only when said of a person, and insults as sentences of their own
        ("He is a failure in every way possible.", "he is a failure"),
        ("You weasel.", "you weasel"),
        ("The bins are late. Cowards.", "cowards"),
        ("The failure to collect the bins is a disgrace.", ""),
        ("Why are you trash talking?", ""),
        ("Absolute disgrace.", ""),
        # sent where animals, freaks or the mad are kept
        (
            "Dwarfs like you should be in a circus, not the council.",
            "dwarfs like you should be in a circus",
        ),
        ("You belong in a zoo, councillor.", "you belong in a zoo"),
        (
            "Cllr Smith should be locked up in a loony bin.",
            "cllr smith should be locked up in a loony bin",
        ),
        ("The animals belong in a zoo, not a back garden.", ""),
        ("You should be in the circus tent by 7pm for the show.", ""),
        ("My dog should be in a kennel while we are away.", ""),
        ("He said you belong in a zoo.", ""),  # reported
    ],
)
def test_direct_insult(text: str, insult: str) -> None:
    assert direct_insult(normalise(text)) == insult


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        ("Women belong at home, not in the council chamber", "women belong at home"),
        ("Get back in the kitchen, you daft tart.", "get back in the kitchen"),
        ("A woman's place is in the home.", "a woman's place is in the home"),
        (
            "Women shouldn't be allowed to vote, let alone be councillors",
            "women shouldn't be allowed to vote",
        ),
        ("Women should not vote.", "women should not vote"),
        ("Calm down, dear.", "calm down, dear"),
        ("Women have no business in politics.", "women have no business in politics"),
        (
            "Women like you shouldn't be allowed near the council chamber.",
            "women like you shouldn't be allowed near the council chamber",
        ),
        # sexual remarks made to the reader
        ("Love to bend you over the council desk.", "love to bend you over"),
        ("You need a good seeing to.", "good seeing to"),
        ("Send me a pic of you in the bath.", "send me a pic of you in the bath"),
        ("send nudes", "send nudes"),
        ("wanna see u in ur undies", "wanna see you in your undies"),
        ("I'd love to see you naked, councillor.", "love to see you naked"),
        ("Send us your nude portrait for the art trail.", ""),  # a nude, not nudes
        ("I'd love to see you in your mayoral robes.", ""),
        ("What colour are your knickers, councillor?", "what colour are your knickers"),
        ("The council keeps bending over backwards for developers.", ""),
        ("Please send me a photo of you at the opening for the newsletter.", ""),
        ("Nice rack, councillor.", "nice rack"),
        ("A nice rack of lamb for the Sunday lunch club.", ""),
        ("Show us your boobs and I'll vote for you.", "show us your boobs"),
        ("You look like you give good head.", "give good head"),
        ("Give head office a call about the bins.", ""),
        ("I bet you're a dirty girl.", "bet you're a dirty girl"),
        # a woman's office put down to her looks
        ("She only got elected because she's pretty.", "only got elected because she's pretty"),
        ("She slept her way to the top.", "slept her way to the top"),
        ("She slept her way to Leeds on the night bus.", ""),
        ("She only got in because she's a local.", ""),
        # rejected, reported or negated: not the writer's own line
        ("The idea that women belong at home is outdated.", ""),
        ("He told me women belong in the kitchen.", ""),
        ("Nobody thinks women belong at home any more.", ""),
        ("Women in our ward need to get home safely after late meetings.", ""),
        ("Please clean the kitchen at the community centre.", ""),
    ],
)
def test_sexist_remark(text: str, remark: str) -> None:
    assert sexist_line(normalise(text))[0] == remark


@pytest.mark.parametrize(
    ("text", "meant", "rejected"),
    [
        ("Go back to Pakistan, Cllr Khan.", "go back to pakistan", ""),
        ("Why don't you go back to where you came from?", "you go back to where you came from", ""),
        ("You should go back to your own country.", "should go back to your own country", ""),
        ("Send them all back home.", "send them all back home", ""),
        # the group named, or a slur for it
        ("send the polacks back", "send the polacks back", ""),
        ("Pikeys out!", "pikeys out!", ""),
        ("Poles go home.", "poles go home.", ""),
        ("Go home, krauts.", "go home, krauts.", ""),
        ("No more Muslims in our town.", "no more muslims in our town", ""),
        # condemned or reported: counter-speech, not the writer's own line
        (
            "Telling Cllr Khan to go back to Pakistan is racist and I've reported it.",
            "",
            "to go back to pakistan",
        ),
        ("He told me to go back to where I came from.", "", ""),
        # the same words, not said to anyone
        ("We go back to India every winter to see family.", "", ""),
        ("I really need to go back home to Jamaica to see my mum.", "", ""),
        ("My parents went back to Jamaica when they retired.", "", ""),
        ("They go back to school next week.", "", ""),
        ("Can we send them back to the housing office with the forms?", "", ""),
        ("Can the council move the Travellers out of our park?", "", ""),
        ("The Poles go home for Christmas every year.", "", ""),
        ("Muslims out in force at the vigil last night.", "", ""),
        ("Please send the refugees back the forms they filled in.", "", ""),
        ("No more women in the cabinet than last year.", "", ""),
        ("Send the white back, I ordered red.", "", ""),  # a weak term, most often not a group
        (
            "Go back to where you came from? Disgraceful thing to shout at a child.",
            "",
            "go back to where you came from",
        ),
    ],
)
def test_xenophobic_line(text: str, meant: str, rejected: str) -> None:
    assert xenophobic_line(normalise(text)) == (meant, rejected)


@pytest.mark.parametrize(
    ("text", "meant", "rejected"),
    [
        ("Jews control the banks and the media, wake up.", "jews control the banks", ""),
        ("Muslims are taking over this country.", "muslims are taking over this country", ""),
        ("The great replacement is happening.", "great replacement is happening", ""),
        ("No Irish, no blacks, no dogs, like the good old days.", "no irish, no blacks", ""),
        ("Lesbians just need a real man.", "lesbians just need a real man", ""),
        ("Muslim men are all groomers.", "muslim men are all groomers", ""),
        ("Asian shopkeepers are all tax dodgers.", "asian shopkeepers are all tax dodgers", ""),
        ("Gypsies don't deserve human rights.", "gypsies don't deserve human rights", ""),
        ("Disabled people are a burden on society.", "disabled people are a burden", ""),
        ("Immigrants are a drain on the NHS.", "immigrants are a drain", ""),
        ("Gypsies are nothing but a plague.", "gypsies are nothing but a plague", ""),
        ("It's wrong to say disabled people are a burden.", "", "disabled people are a burden"),
        ("Disabled people are not a burden.", "", ""),
        ("The new parking charges are a burden on disabled people.", "", ""),
        ("Caring for my disabled son is a burden some days.", "", ""),
        (
            "It is a common misconception that Travellers are all thieves.",
            "",
            "travellers are all thieves",
        ),
        ("Muslims are all welcome at the fete.", "", ""),
        ("Young people are all on their phones.", "", ""),
        # refuted or reported: counter-speech
        (
            "The claim that Jews control the banks is an antisemitic conspiracy theory.",
            "",
            "jews control the banks",
        ),
        (
            "He said immigrants are replacing us and I reported him.",
            "",
            "immigrants are replacing us",
        ),
        ("He said immigrants are replacing us.", "", ""),
        # the same words about something else
        ("Immigrants run half the shops on the high street.", "", ""),
        ("Jewish people run the food bank on Tuesdays.", "", ""),
        # the hate a group meets called play-acting, and that answered or reported
        ("Muslims always play the victim card.", "muslims always play the victim card", ""),
        ("Gays just love playing the victim.", "gays just love playing the victim", ""),
        ("Travellers always pull the race card.", "travellers always pull the race card", ""),
        (
            "Muslims always play the victim card? That is a racist lie.",
            "",
            "muslims always play the victim card",
        ),
        ("He says Muslims always play the victim card.", "", ""),
        ("Our kids played the victim in the school play.", "", ""),
        # the group cast as the real haters, and prejudice against it called sense
        (
            "The real hate in this town comes from Muslims.",
            "the real hate in this town comes from muslims",
            "",
        ),
        (
            "Being wary of Muslims is just common sense.",
            "being wary of muslims is just common sense",
            "",
        ),
        (
            "Not trusting immigrants isn't racist, it's common sense.",
            "not trusting immigrants isn't racist",
            "",
        ),
        ("The real hate in this town comes from a tiny minority of bigots.", "", ""),
        (
            "Staying clear of Travellers is sensible.",
            "staying clear of travellers is sensible",
            "",
        ),
        ("Being wary of scam callers is common sense.", "", ""),
        ("Hating Muslims is not common sense, it's bigotry.", "", ""),
        # the group told to stop complaining, or to be put in its place
        (
            "Black people need to stop whining about racism.",
            "black people need to stop whining",
            "",
        ),
        (
            "Disabled people need to stop scrounging off the rest of us.",
            "disabled people need to stop scrounging",
            "",
        ),
        (
            "Travellers need to be taught some respect.",
            "travellers need to be taught some respect",
            "",
        ),
        ("Women need to know their place.", "women need to know their place", ""),
        (
            "Muslims need a lesson in British values.",
            "muslims need a lesson in british values",
            "",
        ),
        ("Trans people need help, not rights.", "trans people need help, not rights", ""),
        # the same words of the young or old, of rights, forms and queues
        ("Young people need to be taught some respect for the park.", "", ""),
        ("Disabled people need to stop being treated as an afterthought.", "", ""),
        ("Black people need to know their rights when stopped by police.", "", ""),
        ("Gay men need to know their place in the queue for the clinic is safe.", "", ""),
        ("Muslim families need a reminder in Urdu about the bin changes.", "", ""),
        ("Trans people need help with the new forms, not more delays.", "", ""),
        ("Disabled people need help, not sanctions.", "", ""),
        ("Women should stop complaining to me and complain to the council directly.", "", ""),
        # a place ruined by the group, the group told it is all one
        ("Gypsies have ruined this town.", "gypsies have ruined this town", ""),
        ("Immigrants are destroying our country.", "immigrants are destroying our country", ""),
        ("You Sikhs are all the same.", "you sikhs are all the same", ""),
        ("Immigrants have not ruined this town.", "", ""),
        ("The roadworks have ruined our high street.", "", ""),
        ("Young people have ruined this town.", "", ""),
        ("You councillors are all the same.", "", ""),
        # homes taken, a stain, tired of the group, kept out of public life
        (
            "Refugees are taking all the council houses.",
            "refugees are taking all the council houses",
            "",
        ),
        ("Muslims are a stain on this town.", "muslims are a stain", ""),
        ("I'm sick of Travellers.", "i'm sick of travellers", ""),
        ("Women have no place in politics.", "women have no place in politics", ""),
        (
            "It's not true that immigrants are taking our jobs.",
            "",
            "immigrants are taking our jobs",
        ),
        ("I'm sick of people blaming Muslims.", "", ""),
        ("I'm sick of pensioners.", "", ""),
        ("Racism has no place in politics.", "", ""),
        (
            "Jews have no place in a civilised country.",
            "jews have no place in a civilised country",
            "",
        ),
        ("Hate has no place in a civilised country.", "", ""),
        # worth, respect or trust denied to the whole group; crime said to follow it
        ("Muslims are not decent people.", "muslims are not decent people", ""),
        ("Travellers are not real citizens.", "travellers are not real citizens", ""),
        ("Immigrants are not bad people.", "", ""),
        ("I don't respect Sikhs and I never will.", "i don't respect sikhs", ""),
        ("We will never trust Romanians.", "we will never trust romanians", ""),
        ("I don't trust the council to treat Travellers fairly.", "", ""),
        ("I don't respect people who abuse Muslims.", "", ""),
        ("Wherever Pakistanis go, crime follows.", "wherever pakistanis go, crime follows", ""),
        ("Wherever Sikhs go, a langar follows.", "", ""),
        # named as if rejected, then agreed with
        ("I was shocked to hear a councillor say Sikhs are a plague.", "", "sikhs are a plague"),
        (
            "I was shocked to hear a councillor say Sikhs are a plague. He's right though.",
            "sikhs are a plague",
            "",
        ),
        ("Anyone who says Travellers are not real citizens is a bigot.", "", ""),
        # the group as the object of what is said
        ("Racism towards Travellers is a stain on this town.", "", ""),
        ("Hostility to refugees has no place in our ward.", "", ""),
    ],
)
def test_group_trope(text: str, meant: str, rejected: str) -> None:
    assert group_trope(normalise(text)) == (meant, rejected)


@pytest.mark.parametrize(
    ("text", "meant", "rejected"),
    [
        ("Refuse to serve Somalis in your shops.", "refuse to serve somalis", ""),
        (
            "Nobody on this street should sell their house to Muslims.",
            "nobody on this street should sell their house to muslims",
            "",
        ),
        ("Don't give immigrants jobs, hire our own.", "don't give immigrants jobs", ""),
        ("Ban gay people from the leisure centre.", "ban gay people from", ""),
        ("Let's stop Jews joining the bowls club.", "stop jews joining", ""),
        (
            "Don't let Travellers anywhere near the youth club.",
            "don't let travellers anywhere near",
            "",
        ),
        ("We need to hound refugees out of this town.", "hound refugees out", ""),
        ("Make lesbians feel unwelcome wherever they go.", "make lesbians feel unwelcome", ""),
        ("Shout at Sikhs whenever they walk past.", "shout at sikhs whenever", ""),
        ("Put up posters telling Romanians to leave.", "posters telling romanians to leave", ""),
        ("Spread the word: Somalis aren't wanted on this estate.", "somalis aren't wanted", ""),
        ("Refugees need locking up.", "refugees need locking up", ""),
        ("Travellers need running out of town.", "travellers need running out of town", ""),
        ("Those Poles need shipping home.", "those poles need shipping home", ""),
        # condemned, answered or another's call reported
        (
            "Refuse to serve Muslims? That shop should lose its licence.",
            "",
            "refuse to serve muslims",
        ),
        (
            "Immigrants are not welcome? Rubbish, they are our neighbours.",
            "",
            "immigrants are not welcome",
        ),
        ("They want to ban Muslims from the leisure centre, which is disgraceful.", "", ""),
        # not a group shut out
        ("Don't serve teenagers alcohol, it's the law.", "", ""),
        ("Don't let elderly people sit alone this Christmas, join our lunch club.", "", ""),
        ("We must stop pensioners being scammed on the doorstep.", "", ""),
        ("Nobody should sit next to the driver on the minibus.", "", ""),
        ("Dogs are not welcome in the play area.", "", ""),
        ("Please don't give pensioners the runaround on their bus passes.", "", ""),
        ("The Travellers on the rec need moving on.", "", ""),
        ("The students need sending home early because of the snow.", "", ""),
        ("Refugees need housing before the winter.", "", ""),
        ("Nobody wants Somalis here.", "nobody wants somalis here", ""),
        ("Nobody wants refugees to be afraid here.", "", ""),
    ],
)
def test_call_to_shun(text: str, meant: str, rejected: str) -> None:
    assert call_to_shun(normalise(text)) == (meant, rejected)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Not all Muslims are terrorists.", "not all muslims are terrorists"),
        ("Not every Traveller is a thief.", "not every traveller is a thief"),
        ("Immigrants aren't criminals.", "immigrants aren't criminals"),
        (
            "No, Polish workers are not stealing our jobs.",
            "polish workers are not stealing our jobs",
        ),
        ("Saying Gypsies are dirty is racist, full stop.", "saying gypsies are dirty is racist"),
        (
            "The idea that disabled people are a burden is disgusting.",
            "the idea that disabled people are a burden is disgusting",
        ),
        (
            "It's simply not true that gay people are paedophiles.",
            "not true that gay people are paedophiles",
        ),
        (
            "Trans people aren't dangerous, they just want to be left alone.",
            "trans people aren't dangerous",
        ),
        ("Muslims are not evil.", "muslims are not evil"),
        ("Gypsies are not bad people.", "gypsies are not bad"),
        ("I would never say Jews are scum.", "i would never say jews are scum"),
        ("We'd never call refugees animals.", "we'd never call refugees animals"),
        ("I've never said Hindus are parasites.", "i've never said hindus are parasites"),
        (
            "I don't think disabled people are inferior.",
            "i don't think disabled people are inferior",
        ),
        # the denial taken back, a negated kindness, a movement, a clause about some of them
        ("Muslims aren't evil, just stupid.", ""),
        ("Gypsies are not thieves, they are the worst people alive.", ""),
        ("I'd never call Travellers thieves. Scumbags, yes.", ""),
        ("Jews are not disgusting, they're filthy rats.", ""),
        ("I don't think Pakistanis are inferior, I know they are.", ""),
        ("Refugees are not thieves, and never thieves.", "refugees are not thieves"),
        (
            "Immigrants aren't criminals, and calling them that is disgusting.",
            "immigrants aren't criminals",
        ),
        # an end to the claim asked for, its right denied, shock at hearing it
        (
            "Posting that Muslims should be deported is vile.",
            "posting that muslims should be deported is vile",
        ),
        ("You have to stop calling Jews disgusting.", "stop calling jews disgusting"),
        (
            "Nobody gets to call Travellers filth in my ward.",
            "nobody gets to call travellers filth",
        ),
        ("Nobody should call Sikhs vermin.", "nobody should call sikhs vermin"),
        ("Stop calling Muslims disgusting, they're vermin.", ""),
        (
            "I was shocked to hear a councillor say Sikhs are a plague.",
            "shocked to hear a councillor say sikhs are a plague",
        ),
        ("Not all Muslims are terrorists, but all terrorists are Muslims.", ""),
        ("Not all Gypsies are thieves, only most of them.", ""),
        ("Immigrants aren't criminals, just scroungers.", ""),
        ("Gay people are not normal.", ""),
        ("Immigrants are not welcome here.", ""),
        ("White nationalists aren't violent.", ""),
        ("There should be more women who aren't greedy.", ""),
        ("So you're saying all white people are racist?", ""),
        ("He said immigrants aren't criminals.", ""),
    ],
)
def test_rejects_a_claim(text: str, words: str) -> None:
    assert rejects_a_claim(normalise(text)) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'm going to follow you home and rape you.", "rape"),
        ("Someone should sexually assault her.", "sexually assault"),
        ("I hope someone rapes you.", "rapes"),
        ("I'm going to hurt you.", ""),
        ('He wrote "I\'ll rape you" under my post.', ""),  # reported and quoted
        ("Nobody should be groped on the bus home.", ""),  # negated
    ],
)
def test_sexual_violence(text: str, words: str) -> None:
    assert sexual_violence(normalise(text)) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The idea that women belong at home is outdated, vote for Jo.", "women belong at home"),
        ("Saying women should stay in the kitchen is sexist.", "women should stay in the kitchen"),
        ("Women belong at home, not in the council chamber.", ""),  # meant, not rejected
        # echoed as a question and answered
        (
            "Women belong in the kitchen? Rubbish, we need more women.",
            "women belong in the kitchen",
        ),
        ("Women belong in the kitchen?", ""),  # asked, not answered: meant
        ("Thank you for the women's safety walk.", ""),
    ],
)
def test_rejected_sexist_remark(text: str, words: str) -> None:
    meant, rejected = sexist_line(normalise(text))
    assert rejected == words
    assert not (meant and rejected)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The state of the park is disgusting.", "the state of the park is disgusting"),
        (
            "Thanks. The bus station has been a total shambles",
            "the bus station has been a total shambles",
        ),
        ("The new councillor is pathetic.", ""),
        ("Your park is filthy.", ""),
        (
            "The office windows are very dirty, can someone clean them?",
            "the office windows are very dirty",
        ),
        ("Your office windows are very dirty.", ""),
        ("This woman is a disgrace.", ""),
        ("The Labour group is a joke.", ""),
        ("The tenants next door are filthy.", ""),
        ("The Poles on our street are filthy.", ""),
        ("The park is lovely.", ""),
    ],
)
def test_complaints_about_a_thing(text: str, found: str) -> None:
    assert complains_about_a_thing(normalise(text)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Blind people", "blind people"),
        ("A Black man", "a black man"),
        ("Re: Polish residents", "re: polish residents"),
        ("Some older Muslim families.", "some older muslim families"),
        ("Gypsies, Roma and Travellers", "gypsies, roma and travellers"),
        ("the LGBT community?", "the lgbt community"),
        ("JEWS", "jews"),
        ("Feminists.", "feminists"),
        ("Black British people", "black british people"),
        ("white immigrants", "white immigrants"),
        ("heterosexuals", "heterosexuals"),
        # something is said of the group, or to someone
        ("Blind people are vermin.", ""),
        ("Kill blind people", ""),
        ("Blind people, get out.", ""),
        ("You Black man", ""),
        ("Muslims?? Really??", ""),
        # a slur is not a group word
        ("Pakis", ""),
        ("Trannies.", ""),
        # nor an ordinary word
        ("People", ""),
        ("Residents", ""),
    ],
)
def test_bare_mentions_of_a_group(text: str, found: str) -> None:
    assert bare_mention(normalise(text)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The women's football team needs a changing room with a lock.",
            "the women's football team needs a changing room",
        ),
        (
            "Single mothers on the estate are struggling with the cost of living.",
            "single mothers on the estate are struggling",
        ),
        ("Women like her deserve a seat at the cabinet table.", "women like her deserve a seat"),
        (
            "Pregnant women need somewhere to sit at the benefits office.",
            "pregnant women need somewhere to sit",
        ),
        (
            "Deaf residents can't get through on the council's phone line.",
            "deaf residents can't get through",
        ),
        ("Thanks. Muslim pupils need a quiet room to pray.", "muslim pupils need a quiet room"),
        # a thing done to the group, or an order to it, is no need
        ("Immigrants need to be sent back where they came from.", ""),
        ("Refugees need locking up, the lot of them.", ""),
        ("Muslims need a lesson in British values.", ""),
        ("Women need a man to keep them in line.", ""),
        ("Gay people deserve to be shunned.", ""),
        ("Trans women need to stay out of our toilets.", ""),
        # nor a need with no group named, nor a long text, which says more of the group
        ("Residents need a crossing outside the school.", ""),
        ("Older women need help with the forms. " + "The rest of this letter is long. " * 6, ""),
    ],
)
def test_a_groups_need(text: str, found: str) -> None:
    assert a_groups_need(normalise(text)) == found


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # an apostrophe after a plural that owns the next word opens no quotation
        ("The residents' association can wait. I'm going to hurt you.", False),
        ("Cllr Roberts' kids go to St Mary's. Just saying.", False),
        # a quotation that ends after a plural is still one
        ("Look at his 'opinions' about it. Go and slit your wrists.", False),
        ("Graffiti by the library: 'watch your back, councillors' - disgusting.", True),
        ("Someone wrote 'I'm going to hurt you' on my door.", True),
    ],
)
def test_apostrophes_and_quotation_marks(text: str, reported: bool) -> None:
    hits = threat_rule_hits(normalise(text))
    assert hits
    assert all(h.reported == reported for h in hits), hits


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # violence wished on a woman who speaks up, or called on others to do it
        ("I hope she gets gang raped by the people she keeps letting in.", "wish_or_call_for_harm"),
        ("Someone should throw acid in that stuck-up cow's face.", "wish_or_call_for_harm"),
        ("Time someone strangled that harpy.", "wish_or_call_for_harm"),
        ("Someone needs to break that bitch's jaw.", "wish_or_call_for_harm"),
        ("Someone give that witch a shove down the council stairs.", "wish_or_call_for_harm"),
        (
            "Can't wait till someone finally gives that cow a proper kicking.",
            "wish_or_call_for_harm",
        ),
        (
            "Someone douse her in petrol and we'll see how loud she is then.",
            "wish_or_call_for_harm",
        ),
        ("somebody run that bitch over", "wish_or_call_for_harm"),
        ("Somebody should put her in her place with a fist.", "violent_imagery"),
        (
            "a woman like that needs a husband who'll keep her in line with his fists",
            "violent_imagery",
        ),
        ("I hope some bloke drags her into an alley one night.", "wish_or_call_for_harm"),
        ("A woman who votes like that wants her head kicking in.", "wish_or_call_for_harm"),
        ("She needs a good raping to sort her attitude out.", "wish_or_call_for_harm"),
        ("feminists deserve the bullet, every last one", "wish_or_call_for_harm"),
        ("The mayor deserves a crowbar across the knees.", "wish_or_call_for_harm"),
        ("That mouthy tart wants a brick through her window.", "wish_or_call_for_harm"),
        ("women drivers should be banned or shot, preferably shot", "wish_or_call_for_harm"),
        ("roasties should be hunted for sport", "wish_or_call_for_harm"),
        (
            "Women like that should be stripped and paraded through the town.",
            "wish_or_call_for_harm",
        ),
        ("that woman needs to be dragged out of parliament by her hair", "wish_or_call_for_harm"),
        ("she should be tied up in the basement until she learns to obey", "wish_or_call_for_harm"),
        ("She wants locking in a cellar and forgetting about.", "wish_or_call_for_harm"),
        ("time to bring back the ducking stool for gobby women", "wish_or_call_for_harm"),
        # violence pictured, as a cure or as what she has earned
        ("a few broken bones would teach her some respect", "wish_or_call_for_harm"),
        ("A good kicking would put that wench in her place.", "wish_or_call_for_harm"),
        ("One slap and she'd soon learn some manners.", "wish_or_call_for_harm"),
        (
            "she's lucky i'm not her dad, she'd have been beaten black and blue",
            "wish_or_call_for_harm",
        ),
        ("wouldn't mind seeing her face smashed into the pavement", "wish_or_call_for_harm"),
        (
            "if a woman ever spoke to me like that she'd be picking her teeth up off the floor",
            "violent_imagery",
        ),
        ("bitches like that need to get smacked back into the kitchen", "violent_imagery"),
        ("someone needs to shut that feminist up permanently", "direct_harm"),
        ("One day she'll get jumped on the way home and nobody will cry.", "wish_or_call_for_harm"),
        (
            "she's going to end up in a bin bag one day and she'll have earned it",
            "direct_harm",
        ),
        ("The sooner she's six foot under the better.", "wish_or_call_for_harm"),
        ("I'd bury her in the woods and nobody would know.", "wish_or_call_for_harm"),
        ("Send her back to her husband in a box.", "wish_or_call_for_harm"),
        ("I'd happily do time for that woman.", "wish_or_call_for_harm"),
        ("her husband should beat some sense into her", "wish_or_call_for_harm"),
        ("i'll make sure she never walks again", "direct_harm"),
        ("I'll make sure she never speaks again.", "direct_harm"),
        ("They all deserve to be sex slaves.", "wish_or_call_for_harm"),
        ("May she die a slow painful death.", "wish_or_call_for_harm"),
        ("Too bad they didn't shoot her.", "wish_or_call_for_harm"),
        ("Shame nobody finished him off.", "wish_or_call_for_harm"),
        ("Let the mob beat her to death.", "wish_or_call_for_harm"),
        ("those two will get what coming to them one way or another", "what_is_coming"),
        ("We will make her life a living hell.", "direct_harm"),
        (
            "Somebody should teach that mouthy cow what a real man's fist feels like.",
            "violent_imagery",
        ),
        (
            "Wait till she's on her own in the car park, then we'll see how brave she is.",
            "wish_or_call_for_harm",
        ),
        (
            "That councillor needs dragging out of her house and giving a hiding.",
            "wish_or_call_for_harm",
        ),
        (
            "If she was my daughter I'd lock her in her room and take the belt to her.",
            "violent_imagery",
        ),
        (
            "I'd love five minutes alone with that woman and a baseball bat.",
            "violent_imagery",
        ),
        ("She's the sort that ends up found in a ditch, and good riddance.", "direct_harm"),
        ("Hope that traitorous witch gets a bullet for Christmas.", "wish_or_call_for_harm"),
        ("The mayoress deserves every punch she's got coming.", "wish_or_call_for_harm"),
        (
            "One of these days someone's going to shut her mouth for her, for good.",
            "direct_harm",
        ),
        (
            "Women like Cllr Shah need reminding who's in charge, by force if necessary.",
            "wish_or_call_for_harm",
        ),
        ("Her face would look better with my boot in it.", "violent_imagery"),
        ("Somebody pour petrol through that slag's letterbox.", "wish_or_call_for_harm"),
        (
            "Whoever takes her home tonight, make sure she doesn't get there.",
            "wish_or_call_for_harm",
        ),
        # by the writer, or foretold
        ("I'll beat the crap out of her.", "direct_harm"),
        (
            "If I were her husband I'd have beaten the nonsense out of her years ago.",
            "direct_harm",
        ),
        (
            "Next feminist that speaks to me like that is getting her face rearranged.",
            "violent_imagery",
        ),
        ("Gobby women get their teeth knocked in round here.", "violent_imagery"),
        ("Bet she'd shut up quick with a knife at her throat.", "violent_imagery"),
        (
            "Cllr Ahmed is going to get herself hurt if she keeps mouthing off.",
            "harm_at_your_place",
        ),
    ],
)
def test_violence_against_a_woman_in_public_life_fires(text: str, rule: str) -> None:
    assert_fires_as_the_writers_own(text, rule)


@pytest.mark.parametrize(
    "text",
    [
        # the same words as the threats above, with nothing violent meant
        "I hope she gets hurt feelings over nothing, she always does.",
        "Someone should give her a lift to the meeting.",
        "Somebody give that councillor a pay rise.",
        "Someone should push him for an answer on the bins.",
        "Someone should kick him off the planning committee.",
        "Someone needs to choke off the funding for that vanity project.",
        "Somebody should break her record for the longest council speech.",
        "About time someone shot that councillor's portrait for the town hall.",
        "We'll beat the pants off them at the quiz.",
        "We'll knock the stuffing out of them in the final.",
        "She'll get jumped on by the press if she says that, and nobody will be surprised.",
        "He'll get hurt if he keeps climbing that ladder without anyone holding it.",
        "She'll get herself hurt if she keeps cycling on that road without lights.",
        "He'll get himself killed if he keeps working those hours.",
        "I hope someone drags her into the twenty-first century.",
        "The prisoner held a knife to her throat, the court heard.",
        "He'd only agree to it with a gun to his head.",
        "She wouldn't back it even with a gun to her head.",
        "Somebody should put her in her place with a vote of no confidence.",
        "She wants her head examining for voting for that.",
        "Someone needs to knock some sense into the planning department.",
        "She wants a brick through her window fixed, the council still hasn't been.",
        "One slap on the wrist and she'd be back to fly-tipping.",
        "I'd happily do overtime for that woman.",
        "The winners will be paraded through the town on an open-top bus.",
        "The sooner she's in the cabinet the better.",
        "We had to bury him in the garden, he was fourteen, the best dog ever.",
        "Send her back to school in a box of new uniform, the grant covers it.",
        "He is getting his teeth knocked out at the dentist on Friday.",
        "Someone douse that bonfire in water before it spreads.",
        "A good night out would put him in a better mood.",
        "time to bring back the ducking stool at the village fete, the kids loved it",
        "I'd love to see her get what's coming, a promotion.",
        "hope that girl gets what's coming to her, a first class degree",
        "i'll make sure she never walks home alone, I'll give her a lift",
        "someone needs to shut that shop up permanently, it's always selling booze to kids",
        "she's going to end up in the cabinet one day and she'll have earned it",
        "She's going to end up dead if she keeps taking those pills, please help her.",
        "May she rest in peace, a wonderful councillor.",
        "May he get well soon.",
        "We will make her life a lot easier with the new ramp.",
        "Too bad they didn't shoot her segment for the news after all.",
        "Shame nobody finished the roadworks before Christmas.",
        "Let the kids beat him at chess, he loves it.",
        "Let them kill the scheme at the next committee vote.",
        "Too bad they didn't kill the bypass plan.",
        "Somebody should teach that lovely woman what a real community feels like.",
        "Wait till she's on her own in the office, then ask her about the grant.",
        "That hedge needs cutting back and giving a good trim.",
        "I'd love five minutes alone with that woman and a cup of tea to talk about the library.",
        "She's the sort that ends up running the country, and good for her.",
        "Hope that lovely woman gets a medal for Christmas.",
        "I hope the councillor gets a bullet point in the minutes about this.",
        "The mayoress deserves every penny of her allowance.",
        "Someone's going to shut her office for good when the budget cuts come.",
        "The bailiffs will remove them by force if necessary, the court has ordered it.",
        "Somebody put a leaflet through that woman's letterbox about the meeting.",
        "Please make sure she doesn't get home too late, she's only fourteen.",
    ],
)
def test_violent_words_said_of_a_woman_for_an_ordinary_reason_stay_quiet(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # harm or a visit denied for now: the limit, which ends the sentence, is the menace
        "I'm not going to hurt you. Yet.",
        "I won't hurt you... yet.",
        "Nobody's going to hurt you, for now.",
        "I won't touch you this time.",
        "I'm not threatening you. Yet.",
        "I would never hurt you. Not yet anyway.",
        "We won't come to your house. Not yet.",
        "I'm not going to hurt you, not today.",
        "Don't worry, nobody's coming for you. Not yet, anyway.",
        "Nobody has touched your car yet.",
        "Nobody's laid a finger on you. Yet.",
        "The lads haven't paid you a visit yet.",
        "We haven't come for you yet.",
        "I haven't done anything to you. Yet.",
        "The lads won't touch you, for the time being.",
        "Nothing will happen to you. For now.",
        # the reader or their family safe for now
        "You're safe for now.",
        "You're safe, for the time being.",
        "Your windows are still in one piece. For now.",
        "Your kids are fine. For the moment.",
        "Your house is still standing. For now.",
        "You're okay. For the moment.",
        "Your lads haven't been hurt. Yet.",
        "Rest easy. For now.",
        "No harm has come to your family yet.",
        # or on a condition the reader must meet
        "Your kids will be okay as long as you keep your mouth shut.",
        "Your family will be fine if you drop the complaint.",
        "You'll stay safe as long as you keep your nose out.",
        "If you want your family to stay safe, drop it.",
        "Enjoy your kneecaps while you still have them.",
    ],
)
def test_safety_promised_for_now_or_on_a_condition_fires(text: str) -> None:
    assert_fires_as_the_writers_own(text, "veiled_menace")


@pytest.mark.parametrize(
    "text",
    [
        # the same words, with the limit a fact of the day and not the end of the sentence
        "The bins won't be collected yet.",
        "You're safe to park there for now, the restrictions start in May.",
        "Your home is safe for now; the landlord cannot evict you until the hearing.",
        "Your seat is safe for now, but the boundary review could change that.",
        "You're safe for now, the storm has passed.",
        "Nobody has been hurt yet, but that crossing is dangerous.",
        "I'm not going to vote for it yet, I need more information.",
        "Your planning application is safe for the time being.",
        "We won't come to the meeting this time, sorry.",
        "I won't come to your surgery this time, I'll email instead.",
        "I won't hurt your feelings by voting against it.",
        "Don't worry, the dog won't hurt you, he's friendly.",
        "Your car is fine for now, but the MOT is due next month.",
        "We're safe for now, the flood water has gone down.",
        "Nobody is going to hurt you, you're safe here at the refuge.",
        "Your kids are fine, they're at their nan's for now.",
        "Your kids will be okay at the new school as long as you fill in the form.",
        "Your children will be safe at school if you vote for the new crossing.",
        "If you want your kids to stay safe, slow down on Park Road.",
        "You'll be fine if you take a coat.",
        "Enjoy the sunshine while it lasts.",
        "Enjoy your holiday while it lasts.",
        "We haven't come to a decision yet.",
        "Nobody has replied to my letter yet.",
        "Thanks for fixing the light, it's fine. For now.",
        "The library is staying open. For now.",
        "You can relax about the bins. For now.",
        "Your planning application is fine. For now.",
        "Have you fixed the streetlight? Not yet.",
    ],
)
def test_safety_for_a_while_in_ordinary_mail_stays_quiet(text: str) -> None:
    assert "veiled_menace" not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # restraint that may not hold, the writer's own or others'
        "You're lucky I'm a patient man.",
        "Lucky for you I'm not a violent man.",
        "Be thankful I'm not the violent type.",
        "Good job I'm a calm person.",
        "Count yourself lucky I'm a Christian.",
        "Not everyone is as nice as me.",
        "Some people round here aren't as forgiving as I am.",
        "My mates aren't as patient as me.",
        "Others won't be so forgiving.",
        "I can't control what the lads do.",
        "I won't be held responsible for what my lads do.",
        "I can't answer for what others might do to you.",
        "The only thing stopping me from paying you a visit is my wife.",
        "Only my kids are stopping me from doing something I'd regret.",
        "I'm trying very hard not to do something I'll regret.",
        "Whatever happens to you now is your own fault.",
        "Thank your lucky stars I'm not the type.",
        "Be grateful I've got self-control.",
        "The boys aren't as understanding as me.",
        "I can't stop what happens to you now.",
    ],
)
def test_restraint_that_may_not_hold_fires(text: str) -> None:
    assert_fires_as_the_writers_own(text, "veiled_menace")


@pytest.mark.parametrize(
    "text",
    [
        "You're lucky I'm a patient man, most people would have gone to the ombudsman by now.",
        "You're lucky I'm a patient man, I've waited six months for a reply.",
        "Lucky for you I'm not a violent man, I'm a very litigious one, see you in court.",
        "You should be glad I'm a patient man with the paperwork, it took weeks.",
        "You're lucky you're not a patient at that surgery.",
        "Not everyone is as patient as me when it comes to the bins.",
        "Some people aren't as reasonable as me.",
        "The lads are as patient as me, we'll wait for the decision.",
        "I can't control what other people do.",
        "I've asked them to stop parking there but I can't control what other people do.",
        "We can't control what the council does with its budget.",
        "I can't speak for the others, but I'll support it.",
        "The only thing stopping me from coming round to the surgery is my hip.",
        "The only thing stopping me doing something about the hedge is the cost.",
        "I'm about to do something about the parking, I've written to the council.",
        "Whatever happens to you at the hearing, we'll support you.",
        "I can't control what happens next, it's up to the planning committee.",
        "Thank your lucky stars I'm not the type to complain, most would have.",
    ],
)
def test_patience_and_others_in_ordinary_mail_stay_quiet(text: str) -> None:
    assert "veiled_menace" not in names(text)


def test_what_happens_to_the_reader_at_the_polls_is_politics() -> None:
    assert names("I'd hate to see what happens to you if you lose at the election.") == set()
    assert_fires_as_the_writers_own(
        "I'd hate to see what happens to you.", "harm_to_home_or_family"
    )
    assert_fires_as_the_writers_own(
        "Vote for it and see what happens to you.", "harm_to_home_or_family"
    )


@pytest.mark.parametrize(
    "text",
    ["Don't worry, I'll kill you quickly.", "Don't panic, we know where you live."],
)
def test_a_reassurance_before_a_threat_denies_nothing(text: str) -> None:
    hits = threat_rule_hits(normalise(text))
    assert hits
    assert not any(h.reported for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "I've got nothing left to lose, remember that.",
        "I have nothing to lose any more, councillor. Think about what that means.",
        "I've got nothing to lose now. You should know that.",
        "Remember, I have nothing left to lose.",
        "A man with nothing to lose is a dangerous man.",
        "Someone with nothing to lose is dangerous, you know.",
        "I know a few lads who'd happily sort you out.",
        "I know some blokes who would gladly deal with you.",
        "The lads on the estate would do you in for a pint.",
        "Sleep easy tonight. Tomorrow's another matter.",
        "Rest easy tonight. Tomorrow's another matter entirely.",
        "Sleep well tonight, councillor. Tomorrow is a different story.",
        "We've left your car alone so far.",
        "We have left your family alone up to now.",
        "They've left your house alone so far. So far.",
        "Nobody has touched your car so far.",
        "I can't stop what happens next.",
        "I can't control what happens now.",
        "We can't stop what happens next.",
        "Still got all your windows? For now.",
    ],
)
def test_what_is_left_to_lose_and_safety_so_far_fire(text: str) -> None:
    assert_fires_as_the_writers_own(text, "veiled_menace")


@pytest.mark.parametrize(
    "text",
    [
        "I know people who would do it for free if the council provided the skips.",
        "I know a few lads who'd happily sort you out with a new fence, very reasonable rates.",
        "I know some people who would happily help with the litter pick.",
        "I have nothing to lose by asking, so here goes.",
        "Residents on the estate feel they have nothing left to lose.",
        "I have nothing to lose any more, councillor, so I am taking it to the ombudsman.",
        "I've got nothing left to lose, the bailiffs have taken everything. Please help.",
        "Remember, I have nothing left to lose by complaining.",
        "A man with nothing to lose will often try anything, which is why we need support.",
        "Someone with nothing to lose is dangerous to the whole street, so please rehouse him.",
        "Sleep well tonight; tomorrow's another story if the river rises.",
        "Sleep easy tonight, you did well. Tomorrow is another day.",
        "Sleep well tonight, councillor. Tomorrow's a different matter, the budget vote.",
        "The foxes have left your bins alone so far this week.",
        "We have left your application alone so far pending the survey.",
        "We've left you alone so far because we know you're busy, but the bins are still full.",
        "The river has dropped and your house is safe so far.",
        "Nobody has touched your car so far, the CCTV shows it parked all night.",
        "I haven't threatened you so far, and I won't.",
        "We haven't visited you so far because of the snow.",
        "I can't stop what happens next, that's up to the planning committee.",
        "I can't stop what happens next. The developer has the permission and I have no say.",
        "I can't control what happens now. It's with the planning inspector.",
        "Still got your car? The permit runs out next week.",
        "The lads on the estate would do the gardens for a pint.",
    ],
)
def test_what_is_left_to_lose_and_safety_so_far_in_ordinary_mail_stay_quiet(text: str) -> None:
    assert "veiled_menace" not in names(text)


def test_waiting_outside_then_just_the_two_of_us_is_a_threat() -> None:
    assert_fires_as_the_writers_own(
        "I'll be outside your surgery on Saturday. Just me and you.", "coming_for_you"
    )
    assert_fires_as_the_writers_own(
        "We'll be outside your house tonight. Just you and me, councillor.", "coming_for_you"
    )
    assert (
        names(
            "I'll be outside your surgery on Saturday with the petition. Just me and you, no press."
        )
        == set()
    )
    assert names("I'll be outside the town hall on Saturday. Just me and a few placards.") == set()


def _module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every pattern the model's modules hold at module level, by its module and name."""
    found = []
    for info in pkgutil.walk_packages(screening_model.__path__, f"{screening_model.__name__}."):
        for name, value in vars(importlib.import_module(info.name)).items():
            pattern = value.pattern if isinstance(value, ScreenedPattern) else value
            if isinstance(pattern, re.Pattern):
                found.append((f"{info.name}.{name}", pattern))
    return found


_UNFILLED_NAME = re.compile(r"\{_?[A-Z][A-Z_]*\}")


@pytest.mark.parametrize("rule", THREAT_RULES, ids=lambda rule: rule.name)
def test_no_rule_holds_a_name_left_unfilled(rule: ThreatRule) -> None:
    # a piece written as r"...{_SENTENCE_ENDS}" where rf"..." was meant matches nothing, silently
    assert not _UNFILLED_NAME.search(rule.pattern.pattern)


def test_no_pattern_of_the_model_holds_a_name_left_unfilled() -> None:
    patterns = _module_patterns()
    assert len(patterns) > 50  # the peaceful, speech, lexicon and other patterns are all read
    assert [name for name, pattern in patterns if _UNFILLED_NAME.search(pattern.pattern)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Consider this a warning.",
        "Consider yourself warned, councillor.",
        "Consider this your only warning.",
        "You're upsetting the wrong people, councillor.",
        "You have been crossing the wrong people for too long.",
        "You've made some very powerful enemies.",
        "You should think about who you're upsetting.",
        "Say one more word about it and see what happens.",
        "Write one more thing about me and see what happens.",
        "Keep it up and you'll find out.",
        "Nobody would hear you out there on your own.",
        "No one could hear you down there at night.",
        "One phone call is all it would take.",
        "It would only take a single phone call.",
        "We'll be in touch. Soon.",
        "Funny how quiet your road is at night.",
        "Tell your husband to drive carefully.",
        "Make sure your kids look both ways when they cross.",
    ],
)
def test_warnings_enemies_and_the_reader_alone_fire(text: str) -> None:
    assert threat_rule_hits(normalise(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Say one more word about the budget and see what happens at the election.",
        "Keep it up and you'll see results, the residents are noticing.",
        "Keep it up and you'll find out how popular you are at the polls.",
        "Consider this a formal complaint.",
        "Consider this a warning: the car park floods in heavy rain.",
        "Consider this a warning. I will be taking it to the ombudsman.",
        "Consider yourself warned, the standards committee will hear about this.",
        "You're upsetting the wrong people by cutting the library hours, they vote.",
        "You're upsetting the wrong people, councillor. Pensioners vote.",
        "You've made some powerful enemies on the planning committee.",
        "You should think about who you're upsetting with these cuts at the next election.",
        "Nobody would hear you out there if you fell, the phone signal is terrible.",
        "One phone call is all it would take to get the bins emptied.",
        "We'll be in touch soon.",
        "We'll be in touch. Soon, I hope, with the survey results.",
        "Funny how quiet your road is at night compared with ours, we have the lorries.",
        "Tell your husband to drive carefully, the roads are icy.",
        "Make sure your kids look both ways on Station Road, the crossing is broken.",
        "Your son's match finishes at five, right? I'll drop the kit off after.",
        "It's funny how quiet the road is at night now the bypass is open.",
    ],
)
def test_warnings_enemies_and_the_reader_alone_in_ordinary_mail_stay_quiet(text: str) -> None:
    assert names(text) == set()


def test_a_routine_of_the_family_asked_after_last_is_a_threat() -> None:
    assert_fires_as_the_writers_own(
        "Your daughter's netball practice finishes at five, right?", "knows_family_routine"
    )


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("I hope someone rapes you.", "wish_or_call_for_harm"),
        ("I hope someone rapes some sense into you.", "wish_or_call_for_harm"),
        ("Somebody needs to rape some respect into you.", "wish_or_call_for_harm"),
        ("You need raping.", "veiled_menace"),
        ("You deserve to be raped, you vile woman.", "veiled_menace"),
        ("Back to the kitchen before someone drags you there.", "veiled_menace"),
        ("Uppity women end up in the river.", "veiled_menace"),
        ("Gobby women like you end up in a ditch.", "veiled_menace"),
        ("My wife knew her place. You'll learn yours.", "veiled_menace"),
        ("You'll learn your place, sweetheart.", "veiled_menace"),
        ("You'll be begging by the time I'm done with you.", "veiled_menace"),
        ("I'd teach you some manners if I got hold of you.", "veiled_menace"),
        ("You should be grateful nobody's touched you yet, love.", "veiled_menace"),
        ("Careful, darling, accidents happen to women who walk home alone.", "watch_your_back"),
        ("Somebody needs to shut that pretty mouth of yours for good.", "direct_harm"),
        ("You won't be so mouthy when we get you alone.", "coming_for_you"),
        ("I'd like to see you try that mouth on me in a dark car park.", "coming_for_you"),
    ],
)
def test_threats_to_a_woman_in_public_life_fire(text: str, rule: str) -> None:
    assert_fires_as_the_writers_own(text, rule)


@pytest.mark.parametrize(
    "text",
    [
        "Rapes reported in the borough rose by 10% last year.",
        "I was raped in 2019 and the support service saved my life. Please keep it open.",
        "Accidents happen to women who walk home alone on unlit paths; please fix the lights.",
        "Shut that door of yours for good, the draught is terrible.",
        "You won't be so loud when the new windows are in, the noise will drop.",
        "I parked in a dark car park last night and felt unsafe, please fix the lights.",
        "I'd like to see you try that on me at the surgery, the new booking system I mean.",
        "Back to the office before someone drags you there, ha ha, enjoy the holiday!",
        "Mouthy teenagers end up in the river every summer, the lifeguards say; we need fencing.",
        "The children were begging for more by the time we were done with the story.",
        "I'd give you a call if I got hold of your number.",
        "I'd show you the damage if I ever got hold of you, you're never in.",
        "Somebody should give you a proper send-off when you retire.",
        "Nobody's touched the hedge yet, love.",
        "You're safe for now, love; the flood warning has been lifted.",
        "Nobody has hurt you yet, love, and nobody will: this is a safe space.",
    ],
)
def test_the_same_words_in_ordinary_mail_to_a_woman_stay_quiet(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("I saw you at the school gates this morning with your daughter.", "veiled_menace"),
        ("You looked tired walking home from the station last night.", "veiled_menace"),
        (
            "I watched you lock up the surgery on Thursday. You were the last one out.",
            "veiled_menace",
        ),
        ("Your lad plays football at the rec on Sundays, doesn't he.", "knows_family_routine"),
        ("I know people who would do it for free.", "veiled_menace"),
        ("Plenty round here would do it for nothing, councillor.", "veiled_menace"),
        ("Women like you need to be taught a lesson.", "direct_harm"),
        ("Keep talking, sweetheart, and see where it gets you.", "veiled_menace"),
        ("Wear a shorter skirt to the next meeting and see what happens.", "veiled_menace"),
        ("Some people only learn the hard way. You're one of them.", "veiled_menace"),
        ("A real man would put you in your place.", "veiled_menace"),
        ("What you need is a real man to put you in line.", "veiled_menace"),
        ("That car of yours would look better with four flat tyres.", "veiled_menace"),
        ("We've got your address now. See you soon.", "knows_where_you_live"),
        ("I'd hate for your pretty face to get hurt.", "veiled_menace"),
        ("We know which room your daughter sleeps in.", "knows_where_you_live"),
        (
            "Your husband works late on Tuesdays, doesn't he. All alone in that house.",
            "knows_family_routine",
        ),
        ("Touch that library and you'll be touching nothing ever again.", "veiled_menace"),
    ],
)
def test_sightings_routines_and_dares_fire(text: str, rule: str) -> None:
    assert_fires_as_the_writers_own(text, rule)


@pytest.mark.parametrize(
    "text",
    [
        "I saw you at the school gates this morning and forgot to ask about the fete.",
        "Nice coat you had on at the remembrance service, councillor.",
        "You looked tired at the meeting last night. Please look after yourself.",
        "I watched the debate on Thursday. You made some good points.",
        "Your lad played brilliantly at the rec on Sunday, well done to him.",
        "I know volunteers who would do it for free if the council asked.",
        "Plenty round here would help for nothing, councillor, just ask.",
        "Those hedges round the park need cutting back before they block the path.",
        "Friendly tip: the fire service will check your smoke alarms for free.",
        "Women like you need to be in more council seats.",
        "The scheme needs to teach children road safety.",
        "Keep talking to residents, councillor, it makes a difference.",
        "I'll wear a hat to the next meeting, it's freezing in there.",
        "We learnt the hard way that the old boiler needed replacing.",
        "Some people only learn about the scheme from the newsletter.",
        "A real leader would put residents first.",
        "What we need is a real plan to put the budget in line.",
        "You won't be smiling when you see the state of the bins on our road.",
        "Enjoy your holiday, councillor, you've earned it.",
        "I'd start looking at the parking budget if I were you.",
        "Nice family photo in the newsletter. Lovely to see.",
        "That car park would look better with some trees.",
        "Dogs have gone missing from the park lately, can you warn residents?",
        "You're lucky the rain held off for the carnival.",
        "It's a long dark walk from the station. Can we have more streetlights?",
        "We've got your address for the invitation now. See you at the party.",
        "The kids walk to school on their own now the crossing is in, thank you.",
        "Don't be surprised when the turnout is huge on Saturday.",
        "You have no idea how grateful we are for your help.",
        "I hope you've got good weather for the fun run.",
        "Mark my words, this park will be packed all summer.",
        "This won't end well for the budget if the contract overruns.",
        "You're going to get a lot of letters about the bins, one way or another.",
        "I'd hate for the new library to close so soon.",
        "Somebody should fix that streetlight permanently, it keeps failing.",
        "Carry on like this and you'll end up as mayor.",
        "We know which room the meeting is in, thanks.",
        "My husband works late on Tuesdays, so I'll come on Wednesday.",
        "I'll be waiting for you after the meeting to hand over the petition.",
        "Touch wood, the library will stay open.",
        "I saw you at the fete with your daughter. Lovely to see.",
        "We saw you at the carnival with your son.",
        "I saw you walking home last night, can I give you a lift next time?",
        "I saw you walking home in the rain and felt awful I didn't stop.",
        "You looked tired walking home, please rest this weekend.",
        "I watched you lock up the surgery on Thursday. You were the last one out, as always, thank you.",
        "My mum is 90. She's all alone in that house.",
        "Mum has been on her own since Dad died. Alone in that house, it worries me. Can someone visit?",
        "I know people who would do it for free if you asked at the church.",
        "There are plenty of people who would do it for free, we just need a coordinator.",
        "Plenty round here would do it for nothing if the council provided the paint.",
        "We don't need contractors to paint the bandstand, plenty of people round here would do it for free.",
        "Keep talking to residents and see where it gets you.",
        "Keep it up, councillor, and see where it gets you: a bigger majority next May.",
        "Keep going with the campaign and see where it gets you!",
        "Wear a short dress to the gala? It's black tie, so no.",
        "Some people only learn the hard way, sadly.",
        "People like you learn the hard way that the council never listens.",
        "A real man would put his family first.",
        "Real men would put the kettle on.",
        "Enjoy it while you can, the sunshine won't last.",
        "Your house would look better with a new front door.",
        "Your car would look better with new tyres.",
        "Your office would look better with some plants.",
        "You'll be signing nothing ever again after the election.",
        "You won't be signing anything ever again if the cabinet loses the vote.",
        "Women like you need to be taught about the pension changes.",
        "You need teaching about the new recycling rules, ha.",
        "I'd hate for your lovely face to be missed at the carol service.",
        "We know which room your daughter sleeps in at the hospice because the nurse told us, she's comfortable.",
        "We've got your address on file now. See you soon at the surgery.",
        "Your son plays football on Sundays, doesn't he? Could he help at the tournament?",
        "Your wife walks the dog past the park every morning, doesn't she? Say hello from me.",
        "Saw your daughter at the bus stop yesterday, she's grown so tall!",
        "Saw your son at the school gates, please tell him well done on the play.",
        "We spotted you leaving the town hall at six this morning. Do you ever sleep? Great work.",
        "I saw you leaving the surgery late again, councillor. Please look after yourself.",
        "There's a few lads on the estate who'd clear your garden for a crate of lager, just ask.",
        "Your wife drives the school minibus, doesn't she? Could she do the Tuesday run?",
        "You've been lucky so far with the weather. Luck runs out though, bring a coat.",
        "You've been lucky so far. Luck runs out in the raffle eventually.",
        "Better hope your husband is home tonight to take the parcel in.",
        "Better hope your husband's home tonight, the delivery is coming at eight.",
        "We know which window is your daughter's because she put a rainbow in it. Lovely.",
        "A real man would have put his name down for the litter pick.",
    ],
)
def test_the_same_words_as_a_neighbours_remark_or_a_request_stay_quiet(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Pretty girls like you go missing all the time, councillor.", "veiled_menace"),
        ("Your husband should keep you under control before someone else does.", "veiled_menace"),
        ("Women who don't know when to shut up get shut up.", "veiled_menace"),
        ("A woman's place is in the home. Or in the ground.", "veiled_menace"),
        ("Careful, sweetheart. Bad things happen to girls who talk too much.", "veiled_menace"),
        ("Somebody should put you over their knee.", "veiled_menace"),
        ("Shame about your face. It won't stay pretty forever.", "veiled_menace"),
        ("I'd love to get you alone for five minutes.", "veiled_menace"),
        ("It'd be a pity if that nice hair of yours caught fire.", "veiled_menace"),
        ("You're asking for it, dressing like that at council.", "veiled_menace"),
        ("I hope you get what that MP got.", "veiled_menace"),
        ("You want to be careful, a woman living alone.", "veiled_menace"),
        ("Nobody would miss one more mouthy councillor.", "veiled_menace"),
        ("Do that again and I'll break your pretty little nose.", "direct_harm"),
        ("Saw your daughter waiting at the bus stop on her own yesterday.", "knows_family_routine"),
        ("We spotted you leaving the gym at six this morning.", "veiled_menace"),
        (
            "There's a few lads on the estate who'd sort you out for a crate of lager.",
            "veiled_menace",
        ),
        ("Girls like you end up hurt, councillor.", "veiled_menace"),
        (
            "Your wife drives the red Corsa, doesn't she. Parks it on Elm Road every night.",
            "knows_family_routine",
        ),
        ("Nobody would miss one more useless councillor.", "veiled_menace"),
        ("Better hope your husband's home tonight.", "veiled_menace"),
        ("Keep mouthing off and see where it lands you, sweetheart.", "veiled_menace"),
        ("You've been lucky so far. Luck runs out.", "veiled_menace"),
        ("I'd hate for your pretty little face to get scarred.", "veiled_menace"),
        ("Bad things happen to women who stick their noses in.", "veiled_menace"),
        ("A real man would have put you back in your place years ago.", "veiled_menace"),
        ("We know which window is your daughter's.", "knows_where_you_live"),
    ],
)
def test_more_threats_to_a_woman_in_public_life_fire(text: str, rule: str) -> None:
    assert_fires_as_the_writers_own(text, rule)


@pytest.mark.parametrize(
    "text",
    [
        "Young people like you go missing from local politics because of the abuse, it's a scandal.",
        "Girls like you get attacked online far too often, and the council must act.",
        "Bad things happen to people who don't get their flu jab, so book it now.",
        "Bad things happen to councillors who don't declare their interests: ask the standards committee.",
        "Women who don't keep quiet about abuse get results, the report says.",
        "The board should keep you in line with the budget before someone else does the review.",
        "A woman's place is in the home, said the 1950s. Or in the boardroom, say we.",
        "My dad put me over his knee once and I never forgot it, different times.",
        "Your face was on the front page. It won't stay pretty for long if you keep missing sleep, ha.",
        "I'd love to get you alone for five minutes at the fete to talk about the allotments.",
        "I'd love to get you on your own to talk about the budget.",
        "You're asking for it, putting the parking charges up like that.",
        "You want to be careful, a woman living alone should have a smoke alarm.",
        "Nobody would miss one more councillor meeting about parking.",
        "Nobody will miss one more empty shop unit when it's turned into flats.",
        "I hope you get what the MP got for her campaign: a standing ovation!",
        "It'd be a pity if that nice dress of yours got ruined in the rain, bring a brolly.",
        "I'll break the news to her gently.",
        "I'd break your fall if you slipped.",
        "Pretty girls like you should stand for mayor.",
        "Someone should clean the graffiti off the bus shelter.",
        "Pretty gardens like yours win prizes every year, councillor.",
        "Your husband kindly helped set up the hall, please thank him.",
        "Women who don't get help early often end up in crisis, the report says.",
        "You'd look better with a bit of sleep, love, you work too hard.",
        "I'll make you a cup of tea when you visit.",
        "Get back in touch before the consultation closes.",
        "A woman's place is in the cabinet.",
        "I hope your daughter enjoys university.",
        "One of these nights you'll be walking home alone in the dark, so please ask for the streetlight to be fixed.",
        "Careful, sweetheart, the steps are icy.",
        "You need a good holiday to recharge.",
        "Somebody should put the kettle on.",
        "Shame about the weather for the fete.",
        "I'd love to get you along to our book club.",
        "Wait till you see the new playground, councillor.",
        "Women like you are exactly what this council needs.",
        "You'll be pleased to hear we raised five hundred pounds.",
        "Better lock your bike up at the station, thefts are up.",
        "It'd be a pity if the fireworks were cancelled.",
        "You want to be careful, the pavement on Mill Lane is broken.",
        "Nobody would miss the old bus station, knock it down.",
        "Do come again, we loved having you.",
    ],
)
def test_more_of_the_same_words_to_a_woman_in_ordinary_mail_stay_quiet(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "I have reported the damp in my flat six times and nobody has come. My kids are ill. I know you live on Beech Grove, maybe I should bring the mould round to show you.",
            "knows_where_you_live",
        ),
        (
            "Third letter about the bin collections. Ignored again. I'm done being polite. Next time I won't be writing.",
            "veiled_menace",
        ),
        (
            "You promised the crossing would be fixed by September. It's November. My patience has run out and so has my good nature.",
            "veiled_menace",
        ),
        (
            "The planning decision is a disgrace. People round here have long memories, councillor, and so do I.",
            "veiled_menace",
        ),
        (
            "My benefits have been stopped and the council won't listen. I've got nothing to lose now. You'll see.",
            "veiled_menace",
        ),
        (
            "I've waited eight months for a housing assessment. If my family ends up on the street, yours will know how it feels.",
            "veiled_menace",
        ),
        (
            "I've emailed, phoned and turned up in person. Next time I turn up, it won't be to talk.",
            "veiled_menace",
        ),
        (
            "You closed the day centre my mum relied on. I hope someone takes away something you love.",
            "veiled_menace",
        ),
        (
            "The noise from the pub is unbearable and you do nothing. Maybe I'll come and make some noise outside your house at 3am, see how you like it.",
            "veiled_menace",
        ),
        (
            "Nobody at the council cares. I've told my lads where you hold your surgery.",
            "knows_where_you_live",
        ),
        (
            "Fourth complaint about the fly-tipping. My brother did time for less than what I'd like to do to you.",
            "veiled_menace",
        ),
        (
            "The rent increase is criminal. You'll be hearing from me, and not by email.",
            "veiled_menace",
        ),
        (
            "I've been patient for a year about the repairs. That patience ends on Friday at your surgery.",
            "veiled_menace",
        ),
        (
            "Still no reply about the tree. Don't make me come down there, you won't like me when I'm angry.",
            "veiled_menace",
        ),
        (
            "Five weeks and no answer about the fence. I'm a reasonable man but everyone has a limit, and I'm at mine.",
            "veiled_menace",
        ),
        (
            "You've ignored my emails about the mould. I've found out where you live now, so I'll bring my complaint to you in person.",
            "knows_where_you_live",
        ),
        (
            "The council took my allotment. I'll take something of yours and we'll call it even.",
            "veiled_menace",
        ),
        (
            "I'm sick of being passed from officer to officer. Next time it won't be an email you get from me.",
            "veiled_menace",
        ),
        (
            "My dad died waiting for that care package. Someone in your family should know what that's like.",
            "veiled_menace",
        ),
        (
            "Nobody listens until something bad happens. Maybe something bad needs to happen to you.",
            "harm_to_home_or_family",
        ),
        (
            "I've been reasonable for too long about the flooding. I'm not going to be reasonable any more, councillor.",
            "veiled_menace",
        ),
        (
            "Your decision wrecked my business. I'm going to wreck your life the same way.",
            "veiled_menace",
        ),
        (
            "If the library closes, don't expect to be safe walking through this town again.",
            "veiled_menace",
        ),
        (
            "The council made me homeless. I've got a lot of free time now, and I know where you shop.",
            "knows_where_you_live",
        ),
        ("I gave you a chance to fix the streetlights. Now I'm done asking.", "veiled_menace"),
        (
            "Three complaints and nothing. I'm not the sort to let things go, ask anyone.",
            "veiled_menace",
        ),
        (
            "I hope you're proud of yourself for the cuts. People like me don't forget, and we don't forgive.",
            "veiled_menace",
        ),
        (
            "The parking fine ruined my month. I'll ruin your Christmas, mark my words.",
            "veiled_menace",
        ),
        (
            "Six months on the waiting list and my daughter is sleeping on a sofa. You've got a nice house, I've seen it. Must be lovely.",
            "veiled_menace",
        ),
        ("I've asked nicely four times. There won't be a fifth time.", "veiled_menace"),
        (
            "I've been to every meeting. I've got your car registration written down, by the way.",
            "veiled_menace",
        ),
        (
            "My landlord is evicting us because of your policy. My kids will be on the street and so, one day, will yours.",
            "veiled_menace",
        ),
        ("You blocked my extension. I hope your roof caves in with you under it.", "veiled_menace"),
        (
            "The school transport cut means my disabled son can't get to school. I'll make you pay for this personally.",
            "veiled_menace",
        ),
        (
            "This is the last time I'll be asking. After this, I'll be dealing with it my own way.",
            "veiled_menace",
        ),
        ("You're lucky I'm writing and not standing at your door.", "veiled_menace"),
        (
            "Nobody from the council came when the ceiling fell in. Maybe your ceiling will fall in one night.",
            "veiled_menace",
        ),
    ],
)
def test_menace_after_a_grievance_in_casework_fires(text: str, rule: str) -> None:
    assert_fires_as_the_writers_own(text, rule)


@pytest.mark.parametrize(
    "text",
    [
        "People have done time for less than what this council has done to our high street.",
        "I know you live on Beech Grove too, so you'll know about the potholes.",
        "I know you live in the ward, surely you've seen the state of the park?",
        "We know you live on Mill Road, could you pop in to see the flooding?",
        "Next time I won't be writing, I'll be going to the ombudsman.",
        "Next time we won't be so polite about it at the public meeting, we'll bring placards.",
        "It won't be to talk about the budget, the agenda is all planning.",
        "You'll be hearing from me, and from my solicitor.",
        "My patience has run out and so has my goodwill towards this administration, I'm voting Green.",
        "People round here have long memories, and so do I. See you at the ballot box in May.",
        "If my kids end up in temporary accommodation, yours will know how it feels when I tell the papers.",
        "I hope someone takes away something you love, like your majority, at the next election.",
        "Outside your house the streetlight is broken, see how you like it in the dark, we've put up with it for months.",
        "My patience ends on Friday, the deadline for the consultation.",
        "You won't like me when I'm angry about the bins, ha ha.",
        "I've told my lads where you hold your surgery so they can come and ask about the youth club.",
        "I've got nothing to lose now, the shop has closed. You'll see me at the jobcentre.",
        "Everyone has a limit, and I'm at mine, so I've made a formal complaint.",
        "I'm not going to be polite any more. I'm going to the press.",
        "I'm done being nice about the potholes, I'm writing to the papers.",
        "Now I'm done asking, I'll take it to the ombudsman.",
        "I'm not the sort to let things go, so I've asked the standards committee to look at it.",
        "We don't forget and we don't forgive: see you at the election.",
        "I'll take something of yours to the lost property office, you left your scarf.",
        "Your daughter should know what it's like to volunteer, she'd love it.",
        "Next time it won't be an email, I'll ring the office instead.",
        "I'm going to ruin your Christmas surprise if I tell you, so I won't.",
        "Don't expect to be safe from criticism if you close the library.",
        "I've found out where your surgery is held, so I'll come on Saturday with my questions.",
        "I know where you shop, I saw you in Aldi, do you know if they take the food bank donations?",
        "Something bad needs to happen to the old bus station, it's an eyesore.",
        "My mother always said everyone has a limit. I hope you're looking after yourself.",
        "I've got your car registration written down for the visitor permit.",
        "I've noted your number plate, the permit will be posted tomorrow.",
        "You're lucky I'm writing and not phoning, my phone bill is huge.",
        "I've asked three times. There won't be a fourth time, I'm going to the ombudsman.",
        "I'll be dealing with it my own way, by writing to the MP.",
        "I hope your roof is fixed before the storm.",
        "Maybe your ceiling will need checking, ours fell in one night last winter.",
        "My kids will be at the fete and so will yours, I expect.",
        "You've got a nice house, I've seen it in the open garden scheme.",
        "There's nothing they can do, they said. I can do something, and I will: I'll start a petition.",
        "I have reported the damp in my flat six times and nobody has come. My kids are ill. Please can you chase housing?",
        "Third letter about the bin collections. Ignored again. I'm done being polite, I'm going to the ombudsman.",
        "You promised the crossing would be fixed by September. It's November. My patience has run out and I will be raising it at full council.",
        "The planning decision is a disgrace. People round here have long memories, councillor, and we will remember at the ballot box.",
        "My benefits have been stopped and the council won't listen. I've got nothing left, I can't feed my kids. Please help.",
        "I've emailed, phoned and turned up in person. Next time I turn up, I'll bring the local paper.",
        "The noise from the pub is unbearable and you do nothing. I'm keeping a noise diary and sending it to environmental health.",
        "Keep ignoring me and watch what happens at the next election.",
        "Still no reply about the tree. Don't make me come down to the surgery again, I'm 82 and it's a long walk.",
        "The rent increase is criminal. You'll be hearing from my solicitor.",
        "Six months on the waiting list and my daughter is sleeping on a sofa. Please help us.",
        "The consultation was a sham. When this goes through, I'll be taking it to judicial review.",
        "You voted to close the swimming pool. I won't forget that at the election, councillor.",
        "I've asked nicely four times. There won't be a fifth time: I'm going to the ombudsman.",
        "I've been to every meeting and written down every promise you made.",
        "Your officers said there's nothing they can do. I can do something: I'll start a petition.",
        "This is the last time I'll be asking. After this, I'll be going to the local paper.",
        "The ceiling fell in and nobody came. Maybe you could send someone tomorrow?",
    ],
)
def test_a_grievance_with_a_lawful_step_or_a_request_stays_quiet(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Be careful on those icy steps, councillor. Someone might give you a helping hand down them.",
        "Careful on the stairs at the town hall, love. They're steep and nobody would see.",
        "Mind how you go in the dark, sweetheart. Anything could happen on that towpath.",
        "Take care on the towpath, councillor. It's a long way down to the water.",
        "Be careful out in the snow, darling, it'd be easy for someone to lose you in it.",
        "Mind yourself on the steps, love, or I'll mind you.",
        "Careful on the roads tonight, your tyres look a bit soft. Wonder why.",
        "Be careful on the stairs, councillor, someone might push you.",
        "I'd hate for your kids to get hurt on that crossing, and it will be your kids, I'll make sure.",
    ],
)
def test_menace_dressed_as_care_on_a_hazard_fires(text: str) -> None:
    assert_fires_as_the_writers_own(text, "veiled_menace")


@pytest.mark.parametrize(
    "text",
    [
        "The towpath is dark and quiet and nobody would see if someone fell in; please light it.",
        "Anything could happen on that towpath, it's unlit, please fix the lights.",
        "It's a long way down to the water from the bridge and the railings are loose.",
        "Your tyres look a bit soft. Wonder why, it's been cold. Pop to the garage.",
        "The hill is steep and no one would see a child on a bike until too late.",
        "Give the volunteers a helping hand down the hall with the chairs.",
        "Someone could push you in the queue at the fair, it's always a crush.",
        "Someone will get hurt on that road and it will be your constituents who pay.",
        "Watch yourself on the towpath, it floods after rain.",
        "Watch yourself on the stairs, they're steep.",
        "Accidents happen to people who don't wear helmets.",
        "Accidents happen to cyclists who ride without lights, please remind people.",
    ],
)
def test_care_on_a_hazard_in_ordinary_mail_stays_quiet(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Careful, sweetheart, the steps are icy.", "careful, sweetheart, the steps"),
        ("Be careful on those stairs, darling, they're steep.", "be careful on those stairs"),
        ("Mind yourself on the ice outside the town hall, love.", "mind yourself on the ice"),
        (
            "You'll catch your death in this weather without a coat, dear.",
            "catch your death",
        ),
        (
            "I'd hate for your grandchildren to get knocked down on that road, it needs a crossing.",
            "hate for your grandchildren to get knocked down on that road",
        ),
        # not where more is said after the care, nor with a push, a fall or someone in it
        ("Careful on the stairs at the town hall, love. They're steep and nobody would see.", ""),
        ("Careful on the icy steps, love. It'd be a shame if you fell.", ""),
        ("Be careful out in the snow, darling, it'd be easy for someone to lose you in it.", ""),
        ("Mind yourself on the steps, love, or I'll mind you.", ""),
        ("You'll catch your death out there, councillor, and I'll be waiting.", ""),
    ],
)
def test_care_for_the_reader_on_a_hazard_is_peaceful(text: str, phrase: str) -> None:
    assert peaceful_intent(normalise(text)) == phrase


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Keep voting against us and your family will pay for it, one way or another.",
            "harm_to_home_or_family",
        ),
        (
            "Your missus catches the 7.40 bus every morning, doesn't she. On her own.",
            "knows_family_routine",
        ),
        (
            "If the shelter closes, some of the lads there know where you live.",
            "knows_where_you_live",
        ),
        ("I'll be at your surgery on Friday and I won't be alone.", "veiled_menace"),
        (
            "I'll be at your surgery on Friday and I won't be alone, and I won't be asking questions.",
            "veiled_menace",
        ),
    ],
)
def test_the_family_paying_others_who_know_the_address_and_company_brought_fire(
    text: str, rule: str
) -> None:
    assert_fires_as_the_writers_own(text, rule)


@pytest.mark.parametrize(
    "text",
    [
        "Your brother walks past our shop every morning, doesn't he? He always waves.",
        "Your nan goes to the lunch club on Tuesdays, doesn't she? She's a treasure.",
        "Your wife catches the 7.40 bus, doesn't she? Could she drop a form in?",
        "Your other half works at the hospital, doesn't he? Thank him for us.",
        "Your girlfriend parks on Mill Road every night, doesn't she? The potholes are awful there.",
        "I saw your sister at the school gates, she's grown so tall!",
        "I'll be at your surgery on Friday and I won't be alone, I'm bringing my neighbours about the flooding.",
        "People round here know where you live, you're one of us.",
    ],
)
def test_the_same_words_of_a_family_or_a_visit_in_ordinary_mail_stay_quiet(text: str) -> None:
    assert names(text) == set()


def test_a_family_that_will_pay_more_tax_is_no_harm_to_the_family() -> None:
    assert "harm_to_home_or_family" not in names(
        "Your kids will pay more council tax, one way or another."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Your grandad will suffer in this heat without a fan, can the council help?",
        "You'll suffer in the cold without heating, please chase the repair.",
    ],
)
def test_suffering_from_the_weather_or_a_want_is_not_you_will_pay(text: str) -> None:
    assert names(text) == set()


def test_you_will_suffer_for_it_is_still_you_will_pay() -> None:
    assert_fires_as_the_writers_own("You'll suffer for this.", "you_will_pay")
