"""Political speech to a councillor, and threats tied to politics, written afresh and kept back.

Written in one sitting by a writer who read none of the screener's texts, to measure whether
lawful, angry political speech (demands to resign, votes, courts, complaints, protests,
slogans, hyperbole) is flagged, and whether threats tied to a vote or a decision are still
caught. Never fitted on, and no rule is written from them;
``councillor_safety/screening/tests/test_unseen_sets.py`` keeps them apart.

    .venv/bin/python training/unseen_politics.py        # flagged counts

Runs in the app environment (no torch): it scores with the shipped screener.
"""

from __future__ import annotations

THREATS = [
    "Vote yes and you're dead.",
    "Pass it, I'll kill you.",
    "Vote yes. We know your address.",
    "Hang every yes voter.",
    "Nice car. Vote carefully.",
    "Approve it, lose your kids.",
    "Vote it through, get stabbed.",
    "Vote no. Your wife walks alone.",
    "Yes vote? Torch her house.",
    "Your house next, Cllr Shah.",
    "Beat him senseless after cabinet.",
    "Last warning before the vote.",
    "Close the pool, watch your back.",
    "Vote yes, get hurt.",
    "We'll be waiting outside, councillor.",
    (
        "Vote for the asylum hotel on Thursday and I will personally come round and put a "
        "brick through your skull."
    ),
    (
        "Back the Hollins Farm scheme and see how long that lovely conservatory of yours "
        "stays in one piece."
    ),
    (
        "If the cabinet closes the Millbank centre, I will find you and I will hurt you, "
        "simple as that."
    ),
    (
        "You voted for the LTN, so I've been watching you leave your house at twenty to "
        "eight every morning, and so have my mates."
    ),
    ("Scrap the bin changes or your car gets torched, and that silver Qashqai isn't hard to spot."),
    (
        "Every councillor who votes for the incinerator should be dragged out and hanged in "
        "the market square."
    ),
    (
        "Your daughter goes to St Anne's, doesn't she? Worth thinking about before the "
        "planning vote."
    ),
    (
        "I know which ward surgery you do on Saturdays and I know there's only one way out "
        "of that church hall."
    ),
    ("Pass that council tax rise and I'll beat you so hard your own family won't know you."),
    (
        "Keep pushing the green belt sell-off and one night your house will go up in flames "
        "with you inside it."
    ),
    "If you win Eastfield ward in May I'll make sure you don't live long enough to take your seat.",
    (
        "we know your address, we know your car, we know when your wife gets home. vote no "
        "on tuesday."
    ),
    ("One more yes vote for that bus gate and you'll be picking your teeth up off Station Road."),
    (
        "Shame about your garden fence, councillor. Next time it'll be the front door, so "
        "think about that before cabinet."
    ),
    (
        "Its not a threat its a promise, close the pool and ill stab you the next time i "
        "see you in Tesco."
    ),
    ("Vote against the hotel or you'll end up like that MP, and you know which one I mean."),
    (
        "Someone should put a bullet in every one of you who voted for the cuts, and I "
        "might be that someone."
    ),
    (
        "You won't always have the police outside the town hall. The vote's on the 14th. "
        "So is the rest of your life."
    ),
    (
        "People round here have been asking which house is yours since the library vote. "
        "I've been telling them."
    ),
    "Support the airport expansion and I'll burn down your office with you in it.",
    (
        "Dear Councillor Brennan, I have written to you three times about the Tanners Lane "
        "closure and had no reply. I have complained to the ombudsman and signed the "
        "petition like a good citizen. Frankly I'm done with doing it properly. If you vote "
        "for the closure on the 9th, I will be waiting in the car park afterwards and I will "
        "hurt you. Yours faithfully, a Tanners Lane resident."
    ),
    (
        "I am seventy-eight and have lived on Coronation Terrace all my life, and in all "
        "that time I have never seen a council treat its people with such contempt. "
        "Fortnightly bins in this heat is a disgrace. My grandson has found out where you "
        "live, councillor, and if those bins go fortnightly I shan't be the one stopping "
        "him from paying you a visit."
    ),
    (
        "Been to every consultation. Signed the petition. Marched in the rain. Wrote to "
        "the MP. Nothing. So here's the new plan: every councillor who votes for that "
        "hotel on Monday gets their windows put through, then their car, then whatever "
        "else we can reach. We've got the addresses already."
    ),
    (
        "u think ur safe coz ur a councillor?? lol. u voted 4 the bus gate, u ruined my "
        "business. i no wot u drive and i no wher u park it. vote yes again on thurs n ur "
        "getting stabbed, simple"
    ),
    (
        "We'll beat you at the ballot box in May, no question about that, the whole of "
        "Ashcombe is sick of you. But in case you're planning to push the green belt plan "
        "through before then, remember petrol is cheap, nights are long, and your house "
        "is timber-framed."
    ),
    (
        "Our solicitors are preparing a judicial review of the Pennington Fields decision "
        "and we fully expect to win. But win or lose in court, you should understand this: "
        "you will never again feel safe walking home from the town hall on your own. We've "
        "made sure of that."
    ),
    (
        "I have been polite at every planning meeting. I have submitted objections, I have "
        "spoken for my three minutes, I have watched you nod along and then vote with the "
        "developer every time. So I'll say it plainly, and it is not a figure of speech: if "
        "the Hollins Farm scheme is approved, I will kill you."
    ),
    (
        "I've been following your voting record very closely, Cllr Devlin. I've been "
        "following you, too. Lovely walk along the canal with the spaniel on Sunday, "
        "wasn't it? Blue coat, left the car by the lock at ten past nine. Think about all "
        "that when the LTN comes back to cabinet."
    ),
    (
        "You tell the press you're 'protecting the green belt' while you wave through four "
        "hundred houses on it. Fine, we'll see you at the election. In the meantime, your "
        "two are at Brookfield Primary, aren't they? Vote the wrong way on Thursday and it "
        "won't be the green belt that needs protecting."
    ),
    (
        "Traitors used to be hanged from the gate at Castle Hill, and some of us think it's "
        "high time the custom came back. Every councillor who voted to hand the old "
        "barracks to the Home Office should be strung up there, starting with you, "
        "Councillor Pike. We know what you look like."
    ),
    (
        "I'm not standing against you, I don't need to. If you get re-elected after what "
        "you did to the Marlow House tenants, I'll come to your count and I'll smash your "
        "face in in front of the cameras and every one of your smug colleagues."
    ),
    (
        "The planters on Albion Road have been moved three times now and you keep putting "
        "them back. Next time it won't be a planter that gets moved in the night, "
        "councillor, it'll be you, and you'll be going out in a bin bag."
    ),
    (
        "I've signed every petition, I've sat in your public gallery, I've written to the "
        "Gazette. None of it worked. So if the cabinet closes the Northgate pool next week "
        "I'm going to set fire to your house while you sleep, and then you'll know what "
        "it's like to lose something."
    ),
    (
        "We've got 6,000 signatures against the incinerator and we're handing them in on "
        "Wednesday. If you ignore them, there are lads in this ward who'll break your legs "
        "for you and I won't lift a finger to stop them. Your call, councillor."
    ),
    (
        "This is a courtesy notice from residents of Dene Vale. We hold your home address, "
        "your vehicle registration and the times your husband leaves for work. We expect "
        "you to vote against the asylum accommodation proposal on the 3rd. We trust no "
        "further notice will be needed."
    ),
]

ORDINARY = [
    "Resign.",
    "Resign now, Cllr Hartley.",
    "Save Elmfield Library!",
    "Hands off our green belt.",
    "Not in our name.",
    "Councillor Pryce out!",
    "Scrap the LTN now.",
    "Heads should roll for this.",
    "Shame on you.",
    "Vote them all out.",
    "See you at the polls.",
    "Bring back weekly bins!",
    "No asylum hotel in Ravensholme.",
    "Council tax up again? Resign.",
    "Not one more closure.",
    (
        "You'll pay for this at the election in May, Councillor Okafor, and I'll be "
        "knocking doors to make sure of it."
    ),
    "I'm standing against you in Westbrook ward next year, and I intend to win.",
    (
        "If the Brackley Road crossing stays shut and someone is hit by a lorry, that's on "
        "you and every cabinet member who signed it off."
    ),
    (
        "We have instructed solicitors and will be seeking a judicial review of the planning "
        "committee's decision on the Hollins Farm site."
    ),
    (
        "I have lodged a formal complaint with the council's standards committee about your "
        "conduct at Tuesday's meeting."
    ),
    ("FOI request going in tonight for every email you sent about the Carver Street depot deal."),
    ("You should be ashamed, councillor, you sold out the very people who voted for you."),
    (
        "The petition to reopen the Millbank day centre has passed 4,000 signatures and "
        "we'll be handing it in at full council."
    ),
    "We'll fight this tooth and nail, through every committee and every court we can.",
    ("This will come back to bite you, mark my words, the voters of Ashcombe have long memories."),
    ("Wow, great job closing the only library in Northfield, really showing you care about kids."),
    (
        "I'm taking this to the Local Government Ombudsman, as your complaints team has "
        "ignored me for four months."
    ),
    (
        "Expect to see us in the public gallery every single meeting until the cabinet "
        "reverses the cuts."
    ),
    (
        "The Echo is running my story on Thursday about how you voted for the incinerator "
        "after promising not to."
    ),
    ("we r marching from the clock tower to the town hall sat 11am, bring ur placards and ur kids"),
    (
        "Voting for the 8% council tax rise was political suicide and I hope your party "
        "realises it before May."
    ),
    "I've voted for you for twenty years and I never will again.",
    ("lol you actually think anyone in Dene Vale will vote for you after this? enjoy opposition"),
    (
        "Our residents' association will be tabling a motion of no confidence in the "
        "cabinet member for highways at the next council meeting."
    ),
    (
        "Dear Councillor Whitlock, I am writing to say how bitterly disappointed I am that "
        "you broke your pledge on the Tanners Lane bus route."
    ),
    (
        "Dear Councillor Mbeki, I write on behalf of the Hollins Farm Action Group. We "
        "believe the planning committee's approval of application 24/0918/FUL was unlawful, "
        "as the officers' report failed to consider the council's own green belt policy. "
        "Our solicitors, Garside & Webb, will be sending a pre-action protocol letter this "
        "week, and we intend to apply for judicial review if the decision is not withdrawn. "
        "We would much rather this were resolved without the expense of court, but we are "
        "prepared to go all the way."
    ),
    (
        "Dear Councillor Fairbrother, I am eighty-one years of age and have paid my rates "
        "in this borough since 1968. Since you and your colleagues moved us to fortnightly "
        "collections my bin has been left three times and the foxes have had the rest. I "
        "have written to the Gazette, and I have written to my MP, and now I am writing to "
        "you to say that I have never once failed to vote and I shall not fail this May. "
        "You will not be getting my vote, nor my sister's, nor anyone's at the Thursday "
        "lunch club if I have anything to do with it."
    ),
    (
        "Right, so Cllr Dunmore thinks a low traffic neighbourhood is what Coldharbour "
        "needs. Ambulances stuck on the ring road, shops losing trade, and not one "
        "resident asked. We've set up a campaign page, we've got leaflets at the printers, "
        "and we are going to make sure every single household in this ward knows exactly "
        "how you voted. See you on the doorstep, Rachel."
    ),
    (
        "To the cabinet member for environment: the refuse crews at Kingsmead depot have "
        "been balloted and the result is clear. From Monday there will be a picket outside "
        "the depot gates from 6am, and residents are joining it. We will be there every "
        "morning until the council comes back to the table with a fair offer. You can end "
        "this any time you like."
    ),
    (
        "Councillor Ainsworth, you told this ward in 2022 that you would oppose any attempt "
        "to use the Lakeside Hotel for asylum accommodation, and last week you abstained. "
        "Whatever anyone thinks about the policy itself, you misled the people who elected "
        "you. We are organising a peaceful protest outside the civic centre on the 21st "
        "and we will be calling on you to resign your seat and fight a by-election on your "
        "record."
    ),
    (
        "Dear Cllr Quarrie, I have now submitted a complaint to the Local Government and "
        "Social Care Ombudsman about the handling of the Pennington Fields consultation, "
        "along with a Freedom of Information request for all correspondence between your "
        "office and the developer. I have also spoken to a reporter at the Herald who is "
        "very interested. If there is nothing to hide, you have nothing to fear from any "
        "of this. If there is, I suspect your political career is over."
    ),
    (
        "We are the Friends of Elmfield Library and on Saturday we are going to occupy it. "
        "Peacefully, with story time, a knitting circle and about two hundred neighbours. "
        "We will stay until the doors are locked, and then we will be back in the public "
        "gallery on Wednesday when the cabinet meets. You can close a building but you "
        "cannot close a community."
    ),
    (
        "Councillor Grieve, I know there is no formal recall process for councillors, "
        "which is a pity, because I would start one tomorrow. In its absence I have written "
        "to every member of your group asking them to back a motion of no confidence in "
        "your leadership. Three have already replied that they share my concerns. I would "
        "consider your position very carefully before full council."
    ),
    (
        "Forty million pounds lost on the Riverside regeneration company and not a single "
        "resignation. In any business heads would roll, starting with the cabinet member "
        "for finance and ending with the chief executive. The auditors' report is damning, "
        "the public interest report is damning, and the silence from the leader's office "
        "is deafening. Do the decent thing and go."
    ),
    (
        "The Northgate Leisure Centre is the only pool within six miles for hundreds of "
        "families, and you have voted to close it to save a sum smaller than the council's "
        "consultancy bill. There is blood on your hands if a single child drowns this "
        "summer in the reservoir because they never learned to swim. We will fight this "
        "all the way, and we will remember every name on that vote."
    ),
    (
        "omg so the council found money for new signs at the civic centre but cant fix the "
        "lifts at Marlow House?? my nan has been stuck on the 9th floor for 3 weeks. ive "
        "emailed, ive rung, ive tagged u on every platform. next step is the local news and "
        "a petition and honestly hun ur not getting back in"
    ),
    (
        "Dear Councillor Ostrowska, cutting the school crossing patrol on Fenwick Road to "
        "save eleven thousand pounds a year is the most short-sighted decision I have seen "
        "in thirty years as a governor. I have written to the Director of Children's "
        "Services and to the Chair of Scrutiny, and I am asking for the decision to be "
        "called in. If it is not, I will be standing as an independent in Fenwick ward, "
        "and I suspect I will not be alone."
    ),
    (
        "Oh well done, truly. You've doubled parking charges on the high street, the "
        "butcher's shut, the bakery's shut, and now you've announced a consultation on "
        "'revitalising the town centre'. Genius. I look forward to the leaflet telling me "
        "how hard you've been working for Castlebridge. It'll go straight in the "
        "recycling, which, to be fair, does still get collected once a fortnight."
    ),
    (
        "I have supported your party all my adult life, delivered your leaflets in the rain "
        "and sat in on your count. Watching you vote to sell the Carver Street allotments "
        "to a developer was the most bitter disappointment I have had in politics. I have "
        "resigned my membership this morning and I will be telling everyone on my delivery "
        "round why. Hang your head in shame."
    ),
    (
        "Councillor Thackeray, my family has been living with black mould in our council "
        "flat on Ferris Court for two winters. My son's asthma is worse every month. The "
        "housing team closes my repair tickets without visiting. I have now made a formal "
        "complaint, copied in the Housing Ombudsman and my MP, and I am going to the "
        "Evening Post on Monday with the photographs. If this is how you treat tenants, "
        "you do not deserve to represent them."
    ),
]


def main() -> None:
    from unseen_mail import print_pair_counts  # beside this script

    print_pair_counts(THREATS, ORDINARY)


if __name__ == "__main__":
    main()
