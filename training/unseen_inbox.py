"""Threats to a councillor in every channel of a council's inbox, and ordinary messages beside them.

Threats, most of them veiled, in e-mails, letters, contact forms, direct messages, texts and
voicemail transcripts of every length, with ordinary messages of the same channels and topics
(furious but lawful complaints, lawful threats, friendly mentions of a councillor's family or
movements) beside them. Written in one sitting by a writer who read none of the screener's texts,
to check the next change to how the screener reads threats in words its rules do not name. Never
fitted on, and no rule is written from them;
``councillor_safety/screening/tests/test_unseen_sets.py`` keeps them apart.

    .venv/bin/python training/unseen_inbox.py        # flagged counts

Runs in the app environment (no torch): it scores with the shipped screener.
"""

from __future__ import annotations

THREATS = [
    (
        "Your lad gets the 7:40 from the stop by the Co-op, doesn't he. Vote the right "
        "way on Thursday."
    ),
    "saw the new fence going up at yours cllr. lovely dry timber that. goes up a treat",
    (
        "Funny how your car's always parked in the same spot behind the surgery. "
        "People are starting to take an interest in that."
    ),
    "we've got your wife's mobile number now as well. thought you'd want to know",
    "Keep backing the asylum hotel and see how long the windows at your place last.",
    (
        "Lovely spaniel you've got. He's let out in the front garden on his own every "
        "morning, isn't he."
    ),
    (
        "Councillor Pryce, the lads on the Moorside estate have had a whip-round for "
        "you. It isn't for flowers."
    ),
    "u shut that library and ur office wont be the only thing round here that gets shut down",
    (
        "Tell your daughter I said hello at the school gates this morning. She looked "
        "well. Tall for nine."
    ),
    (
        "Surgery's at St Barnabas hall again Saturday? Good. A few of us will be "
        "along, and we won't be bringing casework."
    ),
    (
        "Every time that LTN camera flashes I add it to what you owe us. We're keeping "
        "a tally, and we will collect."
    ),
    (
        "Noticed you take the towpath home on your own after full council. Very dark "
        "down there this time of year."
    ),
    (
        "Next time you're canvassing on Hollins Road make sure you skip number 14. "
        "You'll not be walking back down my path."
    ),
    "the wind farm goes through and so do your tyres. simple as",
    (
        "Your mother's care home is the one on Beech Lane, isn't it. They're very "
        "relaxed about visitors there."
    ),
    (
        "Dear Cllr Okafor, I'm writing again about the pothole on Mill Lane, which has "
        "now cost me two tyres. I've sent photos three times and nobody has come out. "
        "You drive down there yourself most mornings so you must have seen it. If your "
        "own car needed a lot more than new tyres after Friday, I doubt anyone round "
        "here would be surprised. Please get it sorted."
    ),
    (
        "Hi, bins not collected on Arkwright Street for the third week running and the "
        "foxes have had the lot. Your address is on the electoral roll so next week "
        "I'll bring the bags round to yours myself, along with a few other things "
        "you've earned. You won't like what's in them. Regards, D. Marsh"
    ),
    (
        "Re: parking permit refusal. I have lived here 22 years and now I can't park "
        "outside my own house, because you voted for this scheme. I have written down "
        "the registration of your grey Skoda and where you leave it on a Tuesday "
        "night. Consider the scheme extended to your car."
    ),
    (
        "so the travellers site is going on the playing field then. cheers for "
        "nothing. my boys r not happy and they know what u look like now. id stay off "
        "the rec if i was u"
    ),
    (
        "Councillor, I sat in the public gallery last night and watched you wave "
        "through the flats behind our street. You didn't look up at us once. We took a "
        "good long look at you though, and at who picked you up afterwards and which "
        "way they drove. There will be an appeal, of course, but that won't be all."
    ),
    (
        "Dear Sir, our council tax has gone up again and the library is closing, yet "
        "there you are at a civic dinner in the Gazette. People round here have long "
        "memories and short tempers, and that photo shows your face very clearly. I "
        "trust you will reconsider before they recognise you in the street."
    ),
    (
        "Cllr Hughes\n"
        "\n"
        "Still waiting on the damp in my kitchen. Three years now.\n"
        "\n"
        "My youngest has had a chest infection all winter.\n"
        "\n"
        "Your kids sleep somewhere warm. For now.\n"
        "\n"
        "Sent from my iPhone"
    ),
    (
        "Our son has been given a school place six miles away while the school at the "
        "end of our road has room. I know your two got into St Anne's without any "
        "bother. I'll be at the gates of St Anne's every morning from now on, keeping "
        "an eye on how they're getting on. You might want to think about whether "
        "that's what you want."
    ),
    (
        "Your office hung up on me again today. That lass on the front desk, the one "
        "with red hair who gets the 46 bus home about half five. Tell her she wants to "
        "be more polite to people. I'm a patient man but not that patient."
    ),
    (
        "Re the speed camera on the A59. Three points on my licence because of your "
        "cash cow. I found out which councillors pushed for it and yours is top of the "
        "list. Enjoy the rest of your term. Not everybody gets to finish theirs."
    ),
    (
        "hiya just letting u know the group chat has ur address pinned at the top now. "
        "loads of ppl fuming about the hotel. i wouldnt have the kids playing out the "
        "front for a bit. not a threat just saying x"
    ),
    (
        "Dear Councillor Bell, Thank you for your reply about the hedge, but it "
        "resolves nothing. I notice your own hedge on Larch Close is far taller than "
        "mine. I have taken photographs of your house from the lane, and of your "
        "comings and goings, and of your visitors, and I shall keep taking them until "
        "this is put right."
    ),
    (
        "Hi there, I rang your surgery line three times about my mum's care package "
        "and nobody rang back. I'm sure your mum gets seen to. Maybe one day soon "
        "you'll find out what it feels like to have family left on their own with "
        "nobody coming."
    ),
    (
        "Cllr Shah. The hotel on the ring road is full of men with nothing to do and "
        "our daughters walk past it every day. You signed off on it. Don't be "
        "surprised when somebody makes sure your own family learns what being unsafe "
        "feels like."
    ),
    (
        "Voicemail transcript: Hi, it's about the bin strike. Nothing's been collected "
        "in Kirkby for a fortnight and there's rats everywhere. Your drive's only "
        "round the corner from me, so I'll be tipping my bags on it tonight, and the "
        "petrol's already in the shed. Ring me back if you want to stop me."
    ),
    (
        "Just so you're aware, you were seen leaving the Red Lion last Friday at "
        "quarter past eleven, on foot, on your own. A lot of people would like a quiet "
        "word with you about the turbines. One of these Fridays they'll have it."
    ),
    (
        "Regarding the closure of Eastfield library. My mum volunteered there for "
        "thirty years. If it closes, people will start closing things of yours. Your "
        "constituency office has an awful lot of glass at the front."
    ),
    (
        "Councillor Dunne, I have written six times about the repairs to flat 4. I "
        "won't be writing a seventh. Instead I'll be visiting, and not at your "
        "surgery. I have the address, and I have all the time in the world."
    ),
    (
        "Good morning. The new cycle lane on Derby Road has cut my takings by a third. "
        "I see you ride it yourself most days in that yellow jacket. Lot of lorries on "
        "Derby Road. Drivers don't always look."
    ),
    (
        "Re: traveller site consultation. Residents are united against this. We've set "
        "up a rota to note who comes and goes at your address and your ward office. "
        "When we're ready you'll hear from us properly, and not by email."
    ),
    (
        "Dear Councillor Whitfield,\n"
        "\n"
        "I write as chair of the Northgate Residents' Group about the decision to "
        "approve 140 homes on Cowley Fields. We submitted over 600 objections, all of "
        "which appear to have been ignored. We have also noted your close relationship "
        "with the developer, which we intend to raise with the monitoring officer. "
        "That is the formal route, and I will follow it. There are, however, members "
        "of our group who are less attached to formal routes than I am. I cannot "
        "answer for what they do in their own time, and I would not want to. You may "
        "wish to vary your route home from the Civic Centre for a while.\n"
        "\n"
        "Yours sincerely,\n"
        "G. Hargreaves"
    ),
    (
        "mate ive been good about this. rang ur office, went to ur surgery, emailed "
        "twice. the damp is black up the walls and my missus is 7 months gone. council "
        "says no money. fine. but u had money for ur extension didnt u, i seen the "
        "skip outside. lot of stuff in skips. lot of stuff on drives. a car can go up "
        "like that in the night and no one sees nothing. sort the flat"
    ),
    (
        "Great post about the new 'community hub', Cllr Adeyemi. Pity the library it "
        "replaces was the only warm place for half this estate. Funny how your posts "
        "are always about events you're going to. The summer fete on Saturday, the "
        "school fun run on the 14th, the Rotary dinner at the Crown. Very handy of you "
        "to publish your diary for everyone. Some of us will be at every one of them. "
        "Looking forward to meeting you and the family in person."
    ),
    (
        "Name: withheld\n"
        "Ward: Southfields\n"
        "Subject: LTN\n"
        "\n"
        "Your low traffic neighbourhood has doubled my journey to work and left my "
        "father behind bollards an ambulance can't get past. Nobody consulted us "
        "properly and the online survey was a joke. I've seen you cycling through the "
        "filter on Albert Road most evenings around six. Bollards don't stop "
        "everything, councillor. There's only so long people will put up with being "
        "treated like this before someone does something about the person responsible."
    ),
    (
        "Voicemail received 21:47. Yeah, this is for Councillor Marsh. You don't know "
        "me. I'm ringing about the site on Hall Lane. You said in the paper it's a "
        "done deal. Well, nothing's a done deal. I've driven past yours a few times "
        "this week. Your wife's got a little blue Fiesta, hasn't she, parks it on the "
        "road. Have a think before the vote, that's all I'm saying. Have a good night."
    ),
    (
        "Councillor Reid\n"
        "\n"
        "Re: my eviction\n"
        "\n"
        "You said at your surgery you would speak to the housing officer. You didn't.\n"
        "We're out on Friday. Me and three kids.\n"
        "I've lost everything because of people like you.\n"
        "When a man has nothing left he has nothing left to lose either.\n"
        "I know what your house looks like now. Walked past it Sunday.\n"
        "You've got until Friday.\n"
        "\n"
        "Sent from my Samsung Galaxy"
    ),
    (
        "Dear Councillor Pennington,\n"
        "My family has farmed High Moor for four generations. Your support for the "
        "turbine scheme will put a cable route across my best fields, and the "
        "compensation offered is an insult. I have been to every consultation and "
        "spoken politely at each one. Politeness has got me nowhere. I'm told you keep "
        "horses at your place near Ashby, and that they graze right up by the road. "
        "Animals are very vulnerable, councillor, and gates are easily left open. I "
        "suggest you reflect on what you stand to lose as well as what I do.\n"
        "R. Thwaite"
    ),
    (
        "Text 1: Is this Cllr Farrah's number?\n"
        "Text 2: Good. About the bus route cut.\n"
        "Text 3: My nan can't get to the hospital now. Three buses.\n"
        "Text 4: You don't care because you've got a car.\n"
        "Text 5: Silver Audi, isn't it. Behind the Methodist church on Wednesdays.\n"
        "Text 6: Be very easy for you not to have a car.\n"
        "Text 7: Then you'd find out what the buses are like.\n"
        "Text 8: Sort it."
    ),
    (
        "You are a bloody disgrace, the lot of you. Twelve weeks I've waited for a "
        "blue badge assessment and I can barely walk to the end of the road. Your "
        "office says it's 'with the team'. Which team? You lot sit in meetings about "
        "flower beds while people like me are stuck indoors. I've got mates who aren't "
        "as patient as me and they've been asking about you. They know your face off "
        "the leaflets and they know which pub you drink in. I've told them to hold off "
        "till the end of the month. After that it's out of my hands."
    ),
    (
        "To Councillor Grant and whoever reads her emails,\n"
        "We have asked you repeatedly to oppose the use of the Bridge Hotel for asylum "
        "seekers. You have refused, and lectured us about compassion. Compassion "
        "starts at home, so let's talk about yours. Your son plays for the under-12s "
        "at Marsh Lane on Sunday mornings. Lots of parents on that touchline live near "
        "the hotel, and tempers are short. I'd hate for some misunderstanding to "
        "happen in front of him. Perhaps you'll find some compassion for your own "
        "residents before the next match."
    ),
    (
        "lol at cllr vaughan posting about community safety week 😂 community safety "
        "starts with u not shutting the youth club. my little brother got nothing to "
        "do now so hes out on the street. him and his mates are bored and they all "
        "know ur the one that shut it. seen them stood looking at ur office last "
        "night. if i was u id get better locks. actually id get a better job. just "
        "saying whats coming innit"
    ),
    (
        "Dear Cllr Osei, I have been a council tenant on the Linden estate for "
        "nineteen years. My bathroom ceiling came down in March and it is now October. "
        "I have complained formally, to the ombudsman and to you. What I have not done "
        "until now is take matters into my own hands. I have made a note of when you "
        "arrive at and leave your ward office on Tuesdays and Thursdays, which car you "
        "drive, and which way you walk to the car park. I am not a violent man by "
        "nature. I am telling you this so that you understand how far I have been "
        "pushed. Repair the ceiling."
    ),
    (
        "Voicemail, 08:12, Tuesday. Hi, this is for Councillor Lamb about the school "
        "transport cuts. My son is autistic and he can't walk three miles along the B "
        "road, there's no pavement. You knew that when you voted. I hear your "
        "daughter's at Queen Mary's, lovely school, and she walks there, doesn't she, "
        "down past the garage on Station Road. Funny old world, who walks where. "
        "Anyway, I'll let you think on that. Bye now."
    ),
    (
        "Hi Councillor.\n"
        "I'm the one who reported the fly tipping on Canal Street 8 times.\n"
        "Still there.\n"
        "Rats in my kids' bedroom now.\n"
        "So I've been thinking about where rubbish belongs.\n"
        "Seems to me it belongs where the people who won't clear it live.\n"
        "And if it happens to be alight when it gets there, well, that's your "
        "department isn't it.\n"
        "You've got a week."
    ),
    (
        "Councillor Bradshaw, this is the fourth PCN I've had on my own street since "
        "the controlled parking zone came in, and your wardens are treating it like a "
        "game. I run a plumbing business and I need my van outside my house. I've "
        "written to you, I've appealed, and I've been told to buy a second permit I "
        "can't afford. I went to your surgery and got five minutes and a leaflet. I've "
        "got lads working for me who reckon you should be taught what it's like to "
        "lose your livelihood. I've told them to leave it for now. I'm running out of "
        "reasons to tell them that."
    ),
]

ORDINARY = [
    (
        "Thanks so much for getting the streetlight on Fern Road fixed. Took a week "
        "after you rang them. Brilliant."
    ),
    "we'll slaughter the Lib Dems at the pub quiz on Thursday, bring your A game cllr",
    "Saw your wife at the farmers' market on Saturday, please thank her for the chutney recipe!",
    (
        "You've lost my vote over the LTN and I'll be telling everyone on the street "
        "to do the same in May."
    ),
    "bin not emptied again on cedar ave. 3rd time. sort it pls",
    (
        "Your car's been left with its lights on outside the community centre, just so "
        "you know. Silver Golf, reg ending KTX."
    ),
    (
        "If the library closes I'm going straight to the Echo with the whole story, "
        "and I mean every detail."
    ),
    (
        "Is your surgery still at the Scout hut this Saturday? I'd like to bring my "
        "neighbour about her rent arrears."
    ),
    (
        "My husband says if you approve that car park he'll kill you. By which he "
        "means he'll stop saying hello at church. He's very dramatic."
    ),
    (
        "The pothole on Quarry Hill is now big enough to need its own ward councillor. "
        "Any chance of it being filled before it stands?"
    ),
    (
        "We'll be protesting outside the town hall before Tuesday's cabinet meeting: "
        "peaceful, placards, flasks of tea. Just a courtesy heads-up."
    ),
    "Cheers for the help with the blue badge. Mum's made up.",
    "You're an absolute clown and that planning decision is a joke. See you at the ballot box.",
    "Spotted you jogging round Victoria Park at 6am in the rain. Dedication! See you at parkrun.",
    "Just to let you know, the traffic camera on Cross Street is pointing at the sky again.",
    (
        "Dear Cllr Okafor, I'm writing to complain formally about my housing repair. "
        "The boiler has been broken since November and I have a six-month-old. If it "
        "isn't fixed by the end of the month I'll be going to the Housing Ombudsman, "
        "and my solicitor has already drafted a letter. I'd rather not, so please "
        "chase it."
    ),
    (
        "Hi, I wanted to let you know a man was shouting outside your surgery on "
        "Saturday after you'd gone, saying he'd 'get' you over the asylum hotel. I've "
        "reported it to the police (ref 14/55231/24) and thought you should know. "
        "Please take care of yourself."
    ),
    (
        "Councillor, the residents' association has voted unanimously to seek a "
        "judicial review of the decision to approve the wind farm. We've instructed "
        "counsel and crowdfunded the first £8,000. Papers will be served within the "
        "six-week window. Nothing personal, but we believe the process was flawed."
    ),
    (
        "hiya its jade from no 42. ur cat got in our shed again lol hes fine just "
        "asleep on the deckchairs. ill pop him back over the fence when the kids r home"
    ),
    (
        "Dear Councillor, I'm worried about safety on the Greenway path. There's no "
        "lighting and two women were followed there last month. My daughter walks it "
        "home from college. Could the council look at lights or CCTV? I'd feel so much "
        "better."
    ),
    (
        "I have lived in this ward for forty years and I have never been so disgusted "
        "by a councillor. You promised to save Eastfield library and then voted to "
        "close it. You are a liar and a coward, and I will be standing against you in "
        "May. I hope you lose your deposit."
    ),
    (
        "Cllr Hughes\n"
        "\n"
        "Thanks for coming round to see the damp.\n"
        "\n"
        "The surveyor came Tuesday and the work starts next week.\n"
        "\n"
        "Really appreciate it.\n"
        "\n"
        "Sent from my iPhone"
    ),
    (
        "Good morning. Our school admission appeal is on the 12th. You kindly offered "
        "to write a supporting letter; is that still possible? Our son's anxiety has "
        "been much worse since he was told he'd be going to a school six miles away. "
        "Thank you so much."
    ),
    (
        "Re the new speed camera on the A59: I was caught doing 36 and fair enough, I "
        "was speeding. But the sign is hidden behind an overgrown hedge. I'll be "
        "challenging it and I'd appreciate you raising the signage with highways."
    ),
    (
        "Hi. Sandra in your office was brilliant on the phone yesterday. She went "
        "above and beyond to sort my council tax reduction. Please pass on my thanks, "
        "she deserves a medal."
    ),
    (
        "hi cllr, ur leaflet came through but it had next door's name on it lol. also "
        "ur photo makes u look about 12. voting for u anyway x"
    ),
    (
        "Dear Councillor Bell, I'm afraid I'm going to have to take my neighbour to "
        "court over the hedge, since the council's high hedges process has failed me. "
        "I wanted you to know I'll be citing the council's delays in my claim. I'm not "
        "happy about it but I can't see another option."
    ),
    (
        "Councillor, I watched the webcast of Tuesday's planning committee. Frankly "
        "the objectors tore you to shreds and you deserved every word. Your argument "
        "about housing need was absolute garbage. I'll be writing to the Chronicle "
        "letters page about it."
    ),
    (
        "Thanks for the reply about the travellers' encampment on the rec. I "
        "understand the council has to follow the process and serve notices. Some "
        "neighbours are getting heated on the WhatsApp group and I've told them to "
        "keep it civil and go through you. Please keep us updated."
    ),
    (
        "Voicemail transcript: Hiya, it's Pam from the allotments. Just to say your "
        "Mark left his drill in our shed after fixing the gate, I'll drop it round to "
        "yours Sunday if that's alright. Oh, and the committee says thank you for the "
        "water butts. Ta-ra."
    ),
    (
        "Our MP has taken up the bus cuts and I've written to the Secretary of State. "
        "If the council doesn't reverse the decision we'll march from the bus station "
        "to the Civic Centre on the 3rd. Hundreds have signed up. You'd be welcome to "
        "join us."
    ),
    (
        "Regarding the bin strike. I'm a refuse collector myself and I back my "
        "colleagues. But I know councillors get grief over this, so I wanted to say "
        "thank you for meeting the union. Hope it's sorted soon."
    ),
    (
        "Dear Cllr Dunne, this is my sixth email about the repairs to flat 4. I'm now "
        "going to the press and the ombudsman, and I've contacted Shelter. Sorry to go "
        "over your head, but I've run out of patience."
    ),
    (
        "Cllr, I'm the chap who cycles in behind you on Derby Road most mornings. Just "
        "wanted to say the new lane is fantastic, my kids cycle to school now. The "
        "loading bay by the bakery is a bit hairy though. Could someone look at it?"
    ),
    (
        "Hi councillor, sorry to bother you at home, but your letterbox flap was "
        "hanging off when I delivered the parish newsletter this morning. Worth a look "
        "before the wind has it. Cheers, Ron (Neighbourhood Watch)"
    ),
    (
        "Dear Councillor Whitfield,\n"
        "\n"
        "I write as chair of the Northgate Residents' Group about the decision to "
        "approve the development on Cowley Fields. We submitted over 600 objections, "
        "which appear to have been disregarded. We have concerns about your "
        "relationship with the developer and have lodged a complaint with the "
        "monitoring officer under the members' code of conduct. We have also asked the "
        "Local Government Ombudsman to examine the consultation. Our solicitors are "
        "considering a judicial review. Every household in Northgate will receive a "
        "leaflet before May setting out your voting record. I want to be clear that we "
        "will do all of this openly and by the book.\n"
        "\n"
        "Yours sincerely,\n"
        "Margaret Ellison"
    ),
    (
        "alright mate its dave from the darts. just to say we absolutely murdered the "
        "red lion last nite 7-2 lol. ur gonna lose ur place on the team if u keep "
        "doing council meetings on a thursday. also gaz says ur car alarm was going "
        "off on ur drive about 11 so he knocked but no one in. hes turned it off "
        "somehow dont ask. see u sat"
    ),
    (
        "Cllr Adeyemi, really pleased to see the new community hub opening, but I'll "
        "be honest, losing the library still stings. My mum used it every day for the "
        "warm space and the computers. I'll be at the summer fete on Saturday and "
        "would love five minutes with you about the digital help sessions. Bring your "
        "little one, there's a bouncy castle! Thanks for always posting where you'll "
        "be. It makes it so easy to catch you."
    ),
    (
        "Name: Priya Nair\n"
        "Ward: Southfields\n"
        "Subject: LTN - support and a concern\n"
        "\n"
        "I broadly support the low traffic neighbourhood; the streets are much quieter "
        "and the children play out again. However, the bollard on Albert Road is "
        "blocking my father's carer, who has to park three streets away. Is there any "
        "chance of an exemption for carers or blue badge holders? I know you cycle "
        "through the filter most evenings so you'll know the spot. I'd be happy to "
        "meet you there one evening to show you the problem."
    ),
    (
        "Voicemail received 19:02. Hello Councillor Marsh, it's Brian Tolley from Hall "
        "Lane. I'm ringing about the traveller site proposal. I'll be honest, I'm dead "
        "against it and so are most people round here, and we'll be handing in a "
        "petition with about two thousand names. Separately, I saw some lads hanging "
        "round your wife's car on the road outside yours on Sunday night. They cleared "
        "off when I came out with the dog. Might be nothing, but I'd mention it to the "
        "police. Anyway, ring me back about the petition when you've a minute."
    ),
    (
        "Councillor Reid\n"
        "\n"
        "Re: my housing\n"
        "\n"
        "Just wanted to say thank you.\n"
        "The eviction has been stopped and we've been offered a three bed on Poplar "
        "Road.\n"
        "The kids are over the moon.\n"
        "I know I was rude to you at your surgery and I'm sorry, I was at the end of "
        "my rope.\n"
        "You didn't have to help after that but you did.\n"
        "We walked past your house Sunday and the kids wanted to knock and say thanks, "
        "but we didn't want to intrude.\n"
        "\n"
        "Sent from my Samsung Galaxy"
    ),
    (
        "Dear Councillor Pennington,\n"
        "I write on behalf of the High Moor Farmers' Group about the turbine "
        "application. We are not against renewable energy in principle, but the cable "
        "route across the best grazing is unacceptable. We have commissioned an "
        "independent landscape assessment and will submit it to the Planning "
        "Inspectorate. If the application is approved we will seek a judicial review, "
        "and we have the funds to do so. We would welcome a site visit. I believe you "
        "keep horses yourself, so you'll understand what losing good grazing means.\n"
        "Yours faithfully,\n"
        "T. Ackroyd"
    ),
    (
        "Text 1: Is this Cllr Farrah's number?\n"
        "Text 2: It's Lorraine from the tenants' group, sorry to text.\n"
        "Text 3: Your Audi's got a flat on the back nearside, in the Methodist church "
        "car park.\n"
        "Text 4: Noticed when I was locking up the hall.\n"
        "Text 5: My Keith can change it for you if you leave the keys at the office.\n"
        "Text 6: Also are we still on for Wednesday about the bus route?\n"
        "Text 7: Nan rings me about it every day!"
    ),
    (
        "You are a bloody disgrace. Fourteen weeks for a blue badge assessment and I "
        "can barely get to the end of the road. Your office says it's 'with the team'. "
        "I'm stuck indoors while you lot debate hanging baskets. I'm taking this to "
        "the ombudsman, I've contacted the Echo, and I'll post about it on every local "
        "Facebook group until something happens. At the next election I'll be "
        "leafleting your ward myself, every sodding door. Get it sorted."
    ),
    (
        "Dear Councillor Grant,\n"
        "I'm writing because I'm genuinely frightened by the atmosphere in town over "
        "the Bridge Hotel. I don't agree with your position, but I saw the posts on "
        "the Marsh Lane parents' group naming you and your son, and some of them were "
        "vile. I've screenshotted them and sent them to the police. Nobody deserves "
        "that, and certainly not a child at a football match. Please make sure someone "
        "is looking out for you both. We can disagree about the hotel without any of "
        "this."
    ),
    (
        "cllr vaughan ur an absolute legend for getting the youth club funding back 🙌 "
        "my little brother was gutted when it shut. him and his mates are gonna kill "
        "it at the battle of the bands next month btw, they been practising in our "
        "garage and the neighbours r going mental lol. come down and watch, its at the "
        "club on the 20th. bring earplugs"
    ),
    (
        "Dear Cllr Osei, I have been a council tenant on the Linden estate for "
        "nineteen years. My bathroom ceiling came down in March and it is now October. "
        "I have complained formally twice and have now lodged a disrepair claim "
        "through a solicitor. I have kept a diary of every call, every missed "
        "appointment and every excuse, with dates and names. I'm sending you a copy "
        "because I think you should see how your council treats its tenants. I will "
        "also raise it at full council during public questions. I'd much rather it "
        "were simply fixed."
    ),
    (
        "Voicemail, 08:12, Tuesday. Hi, message for Councillor Lamb. It's Jo Kaur, one "
        "of the parents at Queen Mary's, I think our girls are in the same form. I "
        "wanted to say thank you for speaking up about the school transport cuts even "
        "though your party voted for them, that took guts. A few of us are setting up "
        "a walking bus down Station Road for the little ones. Would you come along one "
        "morning? Bye now."
    ),
    (
        "Hi Councillor.\n"
        "I'm the one who kept reporting the fly tipping on Canal Street.\n"
        "It's all gone!!\n"
        "The crew came yesterday and cleared the lot, even the burnt-out mattress.\n"
        "The kids can play out again.\n"
        "I honestly thought I'd be moaning at you forever.\n"
        "Thank you x"
    ),
    (
        "Councillor Bradshaw, this is my fourth PCN on my own street since the CPZ "
        "came in, and I'm starting to think your wardens are on commission. I run a "
        "plumbing business and I need the van outside the house. I've appealed all "
        "four and I'll be taking the latest to the Traffic Penalty Tribunal. My wife "
        "says if I get a fifth she'll murder me, so for the sake of my marriage please "
        "look at trade permits. I'd be happy to come to your surgery with the "
        "paperwork. Regards, Dean Fowler."
    ),
]


def main() -> None:
    from unseen_mail import print_pair_counts  # beside this script

    print_pair_counts(THREATS, ORDINARY)


if __name__ == "__main__":
    main()
