"""More hand-made threats to a councillor, each beside an ordinary note in the same words.

Veiled, conditional, watchful, "concerned" and plain threats, in UK spelling and slang, some in
text-speak, written afresh from no kept-back text; each ordinary note reuses its threat's words
about casework, events or thanks, so that the words alone are not the threat. Measured as more
training threats for the menace head (``menace.training_texts(..., more_threats=True)``,
``menace_head.py --more-threats``) and not shipped: fitted on them, the head's cut rose with its
reach and it read about as many of the kept-back threats (model notes, Experiments).
"""

from __future__ import annotations

# the first writer's pairs come first, then the second writer's (written apart)
FIRST_WRITER = 100

PAIRS: list[tuple[str, str]] = [
    (
        "I saw you in Tesco on Saturday with your wife. She looked happy. For now.",
        "I saw you in Tesco on Saturday with your wife, thanks for stopping to chat about the park.",
    ),
    (
        "Your lad plays for the under-twelves on Sunday mornings, doesn't he? I'll be watching.",
        "Your lad plays for the under-twelves on Sunday mornings, doesn't he? The pitch needs draining.",
    ),
    (
        "Nice blue Volvo you've got. Shame if the brakes went.",
        "Nice to see the blue Volvo back at the depot, shame the brakes went on the old van.",
    ),
    (
        "You'll be looking over your shoulder for the rest of your life.",
        "You'll be looking at the new plans for the rest of the month, I expect.",
    ),
    (
        "Accidents happen to people who don't listen.",
        "Accidents happen on that bend because nobody listens to the speed limit.",
    ),
    (
        "We'll sort you out, don't worry about that.",
        "We'll sort the hedge out ourselves, don't worry about that.",
    ),
    (
        "You've been warned. There won't be another letter.",
        "You've been warned about the road closure, there won't be another letter from highways.",
    ),
    (
        "Your card is marked, councillor.",
        "Your card arrived, councillor, thank you for the kind words.",
    ),
    ("You're living on borrowed time.", "You're living proof that the scheme works, thank you."),
    (
        "Sleep tight tonight. If you can.",
        "Sleep tight tonight, the noise from the depot has finally stopped.",
    ),
    (
        "Enjoy your last few weeks in that nice house.",
        "Enjoy your last few weeks in office before the new ward boundaries.",
    ),
    (
        "We know the school run, the gym, the pub on Fridays. We know it all.",
        "We know the school run is busy, the gym car park too, could we have a crossing?",
    ),
    (
        "It would be terrible if your shop had a fire. Terrible.",
        "It would be terrible if the shop on the corner closed, it's the only one left.",
    ),
    (
        "Your daughter walks home past the canal on her own. Brave girl.",
        "My daughter walks home past the canal on her own, can the towpath be lit?",
    ),
    (
        "You don't want to find out what happens next.",
        "You'll want to find out what happens next at the planning committee.",
    ),
    (
        "Someone should teach you a lesson you won't forget.",
        "Someone should teach a first aid lesson at the community centre.",
    ),
    ("People like you end up in the river.", "People like you make the river clean-up a success."),
    (
        "We're coming for you and your family.",
        "We're coming to the fete with the family, see you there.",
    ),
    (
        "It only takes one match.",
        "It only takes one match to fill the allotment bonfire, please ban them.",
    ),
    (
        "You can run but there's nowhere in this town you can hide.",
        "You can run the 5k on Saturday, there's nowhere better in this town to do it.",
    ),
    (
        "Your days as a councillor are numbered, and not just as a councillor.",
        "Your days at the surgery are numbered on the leaflet, thank you.",
    ),
    (
        "I followed you home from the meeting last night. Just so you know.",
        "I walked home from the meeting last night, the lights on Elm Street are out.",
    ),
    (
        "Check under your car before you drive to work.",
        "Check the car park before you drive to work, the barrier is broken again.",
    ),
    (
        "The lads know your face now. Every one of them.",
        "The lads at the youth club know your face now, thanks for visiting.",
    ),
    ("You won't see the next election.", "You won't see the new bus shelter until the spring."),
    (
        "One phone call and you're finished. Properly finished.",
        "One phone call and the skip was collected. Brilliant service.",
    ),
    (
        "Keep smiling for the cameras while you still can.",
        "Keep smiling for the cameras at the opening, the paper is coming.",
    ),
    (
        "We've been through your bins. We know everything about you now.",
        "We've been waiting for our bins for three weeks now.",
    ),
    (
        "That's a nice family photo on your Facebook. I've saved it.",
        "That's a nice photo of the litter pick on your Facebook, I've shared it.",
    ),
    (
        "If the vote goes through on Thursday, you'd better not go home.",
        "If the vote goes through on Thursday, the library stays open for good.",
    ),
    (
        "There's a lot of people round here who'd like five minutes alone with you.",
        "There's a lot of people round here who'd like five minutes at your surgery.",
    ),
    (
        "Tell your wife to be careful when she locks up the salon.",
        "Tell your wife the salon's new sign looks great.",
    ),
    (
        "We know which car is yours in the council car park.",
        "We know which bay is yours in the council car park, someone keeps parking in it.",
    ),
    (
        "You'll get yours, sooner than you think.",
        "You'll get your answer from highways sooner than you think.",
    ),
    (
        "It's a shame about your windows. It'll be a bigger shame next time.",
        "It's a shame about the school windows, will they be fixed by next term?",
    ),
    (
        "Lovely garden. Be a pity if something happened to it. Or you.",
        "Lovely garden you've made by the war memorial, it's a credit to the village.",
    ),
    (
        "Keep your curtains shut, councillor, we're outside.",
        "Keep the curtains shut in the hall for the film night, it's too bright.",
    ),
    (
        "When you're alone at the surgery next week, remember this message.",
        "When you're at the surgery next week, remember the dropped kerb on Mill Lane.",
    ),
    (
        "I'm not going to warn you twice.",
        "I'm not going to the meeting twice, so please send the minutes.",
    ),
    (
        "Your mum's still at number 14, isn't she?",
        "My mum's still at number 14 and the pavement outside is broken.",
    ),
    (
        "Get out of this town while you still can walk.",
        "Get out and see the new riverside walk while the weather holds.",
    ),
    (
        "We'll be paying you a visit. Not a friendly one.",
        "We'll be paying you a visit at the surgery, about the parking.",
    ),
    (
        "Some people in this ward would happily do time for you.",
        "Some people in this ward would happily give time to the food bank.",
    ),
    (
        "Funny how quickly a house can burn with the family inside.",
        "Funny how quickly the new houses went up on the old depot site.",
    ),
    (
        "You're going to regret ever standing for election. Really regret it.",
        "You're going to love the new library when it opens, it's wonderful.",
    ),
    ("Tick tock, councillor. Tick tock.", "Tick box on the form, councillor, we missed it."),
    (
        "Nobody would miss you. Remember that when you're walking home.",
        "Nobody would miss the old bus stop, but please keep the bench.",
    ),
    (
        "Mark my words, you'll pay for this, one way or another.",
        "Mark my words, the new one-way system will cause problems.",
    ),
    (
        "I wonder how long it would take an ambulance to reach your street.",
        "I wonder how long it would take the gritter to reach our street.",
    ),
    (
        "We're outside your house right now. Look out of the window.",
        "We're outside the town hall right now with the petition, come and see us.",
    ),
    (
        "u better watch urself m8 we no wer u drink",
        "u better come to the quiz m8 its at the pub where we drink",
    ),
    (
        "keep voting like that and see what happens to ur kids",
        "keep voting for the play park, our kids love it",
    ),
    (
        "The brake lines on a car are very easy to get at.",
        "The drains on our road are very easy to get at, they just need clearing.",
    ),
    ("Next time it won't be eggs.", "Next time the market's on, could it not be on bin day?"),
    (
        "I know people who'd do it for fifty quid.",
        "I know people who'd volunteer for the litter pick for free.",
    ),
    (
        "You will answer for this, and not at the ballot box.",
        "You will answer our letter about the bus route, I hope.",
    ),
    (
        "Better hope the streetlights are working when you leave tonight.",
        "Better hope the streetlights are fixed before the dark nights.",
    ),
    (
        "Hope you've got good insurance on that house.",
        "Hope you've got good weather for the carnival on Saturday.",
    ),
    (
        "You won't be so smug when you're lying on the pavement.",
        "You won't believe how bad the pavement is on Church Street.",
    ),
    (
        "Your kids will grow up without a dad if you carry on like this.",
        "Our kids will grow up without a youth club if the cuts carry on.",
    ),
    (
        "We can get to you whenever we like.",
        "We can get to the surgery whenever it suits, thank you.",
    ),
    (
        "Just a friendly reminder that we know your address, your car and your routine.",
        "Just a friendly reminder that the bin collection changes next week.",
    ),
    (
        "There's a bullet with your name on it.",
        "There's a bench with your name on it in the park, a lovely gift.",
    ),
    (
        "Don't start your car in the morning without thinking of me.",
        "Don't start the roadworks in the morning rush, please.",
    ),
    (
        "If anything happens to our estate, something happens to you.",
        "If anything happens to the estate's funding, please let us know.",
    ),
    (
        "I've got your shifts, your address and your wife's name. Your move.",
        "I've got the forms, the photos and the neighbours' names for the complaint.",
    ),
    (
        "We'll make sure you never feel safe again, in the chamber or at home.",
        "We'll make sure the chamber is ready for the school visit.",
    ),
    (
        "Your family deserve to know what's coming to you.",
        "Your family deserve a rest after all the campaigning.",
    ),
    (
        "You'll be carried out of that town hall, not walking.",
        "You'll be walking out of the town hall to the new square.",
    ),
    (
        "The next knock on your door won't be a canvasser.",
        "The next knock on your door will be a canvasser, I'm afraid.",
    ),
    (
        "Make peace with whatever god you believe in.",
        "Make peace with the allotment committee, they mean well.",
    ),
    (
        "Don't be surprised when your house is on the news.",
        "Don't be surprised when the festival is on the news, it's brilliant.",
    ),
    (
        "You have no idea who you're dealing with, but you soon will.",
        "You have no idea how grateful we are for the new crossing.",
    ),
    (
        "You've got a week to change your vote. After that, it's out of my hands.",
        "You've got a week to reply to the consultation.",
    ),
    (
        "I'll be waiting by your car after the meeting.",
        "I'll be waiting by the hall after the meeting to give you the petition.",
    ),
    (
        "Shame your wife works late on her own. Anything could happen.",
        "Shame the library works late on its own rota, anything could be done to help.",
    ),
    (
        "People disappear all the time, councillor.",
        "People move away all the time, councillor, the village needs houses.",
    ),
    (
        "You're going to get what's coming to you, and your family with you.",
        "You're going to get a letter from us, and the residents' association with it.",
    ),
    (
        "One day soon you'll open your front door and regret it.",
        "One day soon you'll open the new community hall, we can't wait.",
    ),
    (
        "Enjoy your holiday in Spain. We'll be here when you get back.",
        "Enjoy your holiday in Spain, the fete will be here when you get back.",
    ),
    (
        "Don't think the police can be outside your house every night.",
        "Don't think the police can be on every corner, but a patrol would help.",
    ),
    (
        "We'll find out which school your kids go to. It won't take long.",
        "We'll find out which school is getting the new crossing soon.",
    ),
    (
        "You've made a lot of enemies, and enemies have long memories.",
        "You've made a lot of friends at the lunch club, they remember your visit.",
    ),
    (
        "Cross us again and you'll be limping to your next meeting.",
        "Cross the road at the lights and you'll see the new meeting room.",
    ),
    (
        "There's a rope with your name on it.",
        "There's a plaque with your name on it at the new library.",
    ),
    (
        "Careful on those stairs at the town hall, councillor. They're steep.",
        "Careful on those stairs at the town hall, councillor, the handrail is loose.",
    ),
    (
        "It'd be a terrible shame if your little dog went missing.",
        "It was a terrible shame when my little dog went missing, the wardens were great.",
    ),
    (
        "You keep pushing and we'll push back, harder than you can imagine.",
        "You keep pushing for the bus route and we'll back you all the way.",
    ),
    (
        "I've done time before and I'm not scared of doing it again for you.",
        "I've done the litter pick before and I'm happy to do it again.",
    ),
    (
        "Your surgery on Saturday, ten till twelve. We'll be there. All of us.",
        "Your surgery on Saturday, ten till twelve, we'll be there about the bins.",
    ),
    (
        "Last warning. We're done talking.",
        "Last call for the bulky waste collection, we're done with the old sofa.",
    ),
    ("You'd look good in a wooden box.", "You'd look good in the photo with the wooden planters."),
    (
        "Nothing personal, but you won't be around much longer.",
        "Nothing personal, but the bins won't be collected much longer at this rate.",
    ),
    (
        "I'd think very carefully before leaving the house this weekend.",
        "I'd think very carefully before closing the leisure centre this weekend.",
    ),
    (
        "We've got friends who know how to make things look like an accident.",
        "We've got friends who know how to make the garden look like new.",
    ),
    (
        "Your name's on a list, and it's not a good list.",
        "Your name's on the list for the allotment, it's a long list.",
    ),
    (
        "Go on, vote for it. See what happens to you.",
        "Go on, vote for it, see what happens to the high street, it'll be great.",
    ),
    (
        "The next time you stand up in that chamber will be your last.",
        "The next time you stand up in that chamber, please mention the flooding.",
    ),
    ("Hope your kids like hospital food.", "Hope your kids like the new school dinners."),
    (
        "We're patient. We'll wait until you're on your own.",
        "We're patient, we'll wait for the road to be resurfaced.",
    ),
    (
        "Lovely red front door you've got on Elm Close. Be a shame if anything happened to it.",
        "Lovely to see the new red doors on the Elm Close community centre, thanks for pushing the grant through.",
    ),
    (
        "Your daughter looked happy at the school gates this morning. Blue coat suits her.",
        "Your daughter's school looked great at the fun day this morning, the blue bunting on the gates really suited it.",
    ),
    (
        "vote it through and see what happens to you",
        "vote it through and see what happens to the bus route, I reckon usage will double",
    ),
    (
        "We've got a file on you now. Every move, every meeting, every night you go home.",
        "We've got a file on the drainage problem now, every complaint and every meeting logged, if that helps.",
    ),
    (
        "You've been warned. There won't be a second letter, councillor.",
        "You've been warned about the parking bay suspension, councillor, there won't be a second letter before works start.",
    ),
    (
        "Nice car. Silver Astra, on the drive every night from about six. Petrol's very flammable, isn't it.",
        "Nice to see the silver Astra finally moved off the verge, it was parked there every night from about six blocking the footpath.",
    ),
    (
        "People like you end up regretting the day they ever stood for election.",
        "People like you end up doing the thankless jobs, so cheers for standing for election.",
    ),
    (
        "Someone should pay your surgery a proper visit and teach you some manners.",
        "Someone should pay your surgery a visit on Saturday, my neighbour has a housing question for you.",
    ),
    (
        "tick tock councillor. clocks running down on you",
        "tick tock councillor, the clock's running down on the consultation so get your response in",
    ),
    (
        "I'd check your brakes before you drive anywhere if I were you.",
        "I'd check the brakes on the council minibus before the pensioners' trip if I were you, it squealed all the way to Margate.",
    ),
    (
        "We'll sort you out. Properly. When you're not expecting it.",
        "We'll sort the hedge out on Tuesday, properly this time, so you won't need to keep chasing it.",
    ),
    (
        "Funny how quickly a wheelie bin goes up when someone pushes it against a front door.",
        "Funny how quickly the wheelie bins fill up now collections are fortnightly, could we get a bigger one?",
    ),
    (
        "Your dog barks every time someone walks past your back gate. Not for much longer though.",
        "The dog at number 12 barks every time someone walks past our back gate, could the dog warden have a word? Not urgent though.",
    ),
    (
        "Accidents happen to people who don't listen. Just saying.",
        "Accidents happen at that junction because people don't look, just saying we need a mirror there.",
    ),
    (
        "Saw you at Tesco on Sunday with the little one. You didn't see me though.",
        "Saw you at the Tesco litter pick on Sunday with the little one, sorry I didn't get to say hello.",
    ),
    (
        "Every night you walk the same way home from the council offices. Every single night.",
        "Every night the streetlight on the way home from the council offices is out, every single night for a month.",
    ),
    (
        "You'll get what's coming to you, and your family will be there to watch.",
        "You'll get the ward budget report on Friday, and the family hub team will be watching the figures closely.",
    ),
    (
        "Keep pushing this planning application and your house might not be standing next year.",
        "Keep pushing this planning application and the community hall might finally be standing next year.",
    ),
    (
        "how's the wife. still doing the school run at 8.15 is she",
        "how's the wife getting on with the school run now the 8.15 bus is back on",
    ),
    (
        "Don't get too comfortable in that office. Windows break.",
        "Don't get too comfortable in that office, the windows are being replaced next week so you'll be hot-desking.",
    ),
    (
        "We are many and we are watching you, councillor. Day and night.",
        "We are many residents who were watching the meeting online, councillor, thanks for speaking up for us.",
    ),
    (
        "You should think about your kids before you vote on Thursday. Really think about them.",
        "You should think about the kids on the estate before you vote on Thursday, the youth club really matters to them.",
    ),
    (
        "A little bird told me you're on your own at the house this weekend.",
        "A little bird told me you're opening the new housing scheme this weekend, congratulations.",
    ),
    (
        "Shame about your cat. They wander off and never come back sometimes, don't they. Especially yours.",
        "So sorry your cat's gone missing, hopefully it's just wandered off, they do come back. I'll share the poster.",
    ),
    (
        "I've got your number, your address and your reg. What do you reckon I'm going to do with them.",
        "I've got the number and the reg of the van fly-tipping behind the shops, what do you reckon I should do with them?",
    ),
    (
        "Your ward, your streets, your problem when things start going up in flames round your place.",
        "Your ward, your streets, so thanks for getting the fire-damaged bench replaced after bonfire night.",
    ),
    (
        "It'd be a terrible shame if your Saturday surgery got a visitor you weren't expecting. Just the one.",
        "It'd be a terrible shame if your Saturday surgery closed, it's the only time I can see you in person.",
    ),
    (
        "mate you've got no idea whats coming your way",
        "mate you've got no idea what's coming your way on the agenda, 40 items on Thursday",
    ),
    (
        "Keep your curtains shut tonight. We're nearer than you think.",
        "Keep your curtains open tonight for the lantern parade, it passes nearer to your road than you think.",
    ),
    (
        "Your son plays football at the rec on Saturdays. Lot of strangers hang about the rec.",
        "Your son's team plays football at the rec on Saturdays, could the council cut the grass before the season?",
    ),
    (
        "If this goes through, I won't be responsible for what the lads do to you.",
        "If this goes through, I won't be responsible for the lads' five-a-side any more, the pitch will be gone.",
    ),
    (
        "You can't hide behind the council forever. We'll catch you on your own.",
        "You can't hide the bins issue behind the council forever, we'd like to catch you on your ward walk.",
    ),
    (
        "Be careful crossing roads, councillor. Drivers round here get very careless with people they don't like.",
        "Be careful crossing Station Road, councillor, drivers round here are very careless since the lights broke.",
    ),
    (
        "Wouldn't want your lovely garden to catch light now, would we.",
        "Wouldn't want the lovely memorial garden to go to waste now, would we, can we get volunteers to weed it?",
    ),
    (
        "Consider this your final warning. After this it's not words any more.",
        "Consider this your final reminder, after Friday it's not the online form any more, it's the paper one.",
    ),
    (
        "We've had a good look at your house. Lots of ways in.",
        "We've had a good look at the empty house on the corner for the community scheme, lots of ways it could be used.",
    ),
    (
        "Your husband leaves for work at 6.40. You stay in till 8. We've noticed.",
        "Your husband said at the residents' meeting the 6.40 bus is always late, we've noticed it too.",
    ),
    (
        "I followed you home from the meeting last night. You didn't notice, did you.",
        "I followed the meeting last night from home on the livestream, did you notice the sound kept cutting out?",
    ),
    (
        "one way or another you WILL be stopped",
        "one way or another the rat running WILL be stopped, thanks for backing the bollards",
    ),
    (
        "There's a lot of angry people who know your face now. Not all of them just want a chat.",
        "There's a lot of people who know your face now after the newspaper piece, not all of them just want a chat about bins though.",
    ),
    (
        "Hope your insurance covers arson, councillor.",
        "Hope your insurance covers the ward office flood, councillor, sorry to hear about it.",
    ),
    (
        "Sleep well tonight. While you still can.",
        "Sleep well tonight, you've earned it after that marathon planning meeting.",
    ),
    (
        "We've been round your mum's as well. She's very chatty, isn't she. Told us loads.",
        "We've been round your mum's care home with the choir, she's very chatty, lovely lady.",
    ),
    (
        "Keep it up and you won't make it to the next election in one piece.",
        "Keep it up and the high street might make it to the next election in one piece.",
    ),
    (
        "Pretty little village, yours. Be a pity if it was the last place you ever saw.",
        "Pretty little village, yours. The last place I saw with a proper post office.",
    ),
    (
        "Vote for the housing estate and someone will give you a good beating, no doubt about it.",
        "Vote for the housing estate and someone will give the scheme a good review, no doubt about it, the plans look great.",
    ),
    (
        "You'll be dead meat if you close our library.",
        "You'll be dead popular if you keep our library open.",
    ),
    (
        "Somebody's going to hurt you badly one of these days and I won't lift a finger.",
        "Somebody's going to get hurt on that broken paving one of these days, please send an inspector.",
    ),
    (
        "I'll put you in hospital if that mast goes up.",
        "I'll be in hospital when the mast consultation closes, can I submit my objection early?",
    ),
    (
        "ur number plate is on a lot of phones now. just so u know",
        "ur number plate is on the residents' permit list now, just so u know, it came through this morning",
    ),
    (
        "The lads from the estate have been asking about you. I told them where you drink on a Friday.",
        "The lads from the estate have been asking about you, they want you at the Friday youth club quiz.",
    ),
    (
        "Councillor, a word to the wise: men who cross this town tend to have unfortunate falls.",
        "Councillor, a word to the wise: the steps by the town hall are icy and people tend to have falls there.",
    ),
    (
        "We know which window is the baby's room.",
        "We know which window is the baby clinic's room at the health centre, it's the one with the broken blind, could you chase it?",
    ),
    (
        "Your office glass is very thin. So is my patience.",
        "Your office glass is very thin, so the traffic noise gets in, is secondary glazing in the budget?",
    ),
    (
        "Do the right thing or we'll do something you really won't like.",
        "Do the right thing and we'll do something you'll really like, a thank-you card from the whole street.",
    ),
    (
        "Your car's been keyed once. Next time it'll be more than paint.",
        "The leisure centre car park has been resurfaced once, next time it needs more than paint for the bays.",
    ),
    (
        "Just remember whose estate you have to drive through to get home.",
        "Just remember which estate you have to drive through to get home, the speed bumps there are wrecking suspensions.",
    ),
    (
        "this is ur last chance to resign before it gets personal",
        "this is ur last chance to sign the petition before it goes to full council",
    ),
    (
        "Keep your phone on. We'll be ringing. Day and night until you crack.",
        "Keep your phone on Thursday, we'll be ringing about the street party, day or night is fine.",
    ),
    (
        "How much is your family worth to you, compared to one traffic scheme?",
        "How much is the traffic scheme worth to families on our road, compared to the cost of a crossing?",
    ),
    (
        "Men have gone missing for less than what you did at that meeting.",
        "Residents have gone home happy for less than what you did at that meeting, thank you.",
    ),
    (
        "I'll be waiting outside after the meeting. Just you and me, no cameras.",
        "I'll be waiting outside after the meeting with the petition, just you and me and the clerk to hand it over.",
    ),
    (
        "The estate doesn't forget, councillor, and it doesn't forgive. You'll find out.",
        "The estate doesn't forget what you did for the community garden, councillor, and we're all grateful.",
    ),
    (
        "nice school your twins go to. easy to get in, easy to get out",
        "nice school your twins go to, easy to get to by bike now the cycle lane is in",
    ),
    (
        "Remember the fella who had your seat before? Ask him why he moved away so quick.",
        "Remember the fella who had your seat before? Ask him about the allotment waiting list, he started it.",
    ),
    (
        "You've got till Friday. After that, what happens at your house is out of my hands.",
        "You've got till Friday to comment on the licence, after that it's out of the committee's hands.",
    ),
    (
        "Funny old world. One day you're a councillor, the next you're a headline about a house fire.",
        "Funny old world, one day you're a councillor, the next you're in the headlines for opening a fire station.",
    ),
    (
        "Shame your CCTV only covers the front.",
        "Shame the CCTV only covers the front of the precinct, the back alley is where the fly-tipping happens.",
    ),
    (
        "We're coming to your surgery on Saturday, all of us, and we won't be leaving politely.",
        "We're coming to your surgery on Saturday, all of us from the allotments, and we'll bring cake.",
    ),
    (
        "Some of us have long memories and short tempers. You've not met either yet.",
        "Some of us have long memories of the old lido, would you back a plaque where it stood?",
    ),
    (
        "Be a good boy and drop the objection, or your mum finds out the hard way.",
        "Be a good sport and drop in to the objection meeting, my mum found it really useful last time.",
    ),
    (
        "I can see your lounge light from where I'm parked. Still up late, I see.",
        "I can see the new streetlight from my lounge, still on late into the morning though, might be a fault.",
    ),
    (
        "Dog's a friendly thing, isn't it. Takes food from anyone through the fence.",
        "Dog's a friendly thing, isn't it, took treats from everyone at the park opening.",
    ),
    (
        "Enjoy your holiday. Your house will be all alone for a fortnight.",
        "Enjoy your holiday, the ward will be in good hands with the other two councillors for a fortnight.",
    ),
    (
        "We've put your home address on the group chat. 400 members and counting. Do the maths.",
        "We've put your surgery address on the group chat, 400 members and counting, expect a busy Saturday!",
    ),
    (
        "Should've thought about your kiddies before you shut our youth club. Too late now.",
        "Should've thought about the kiddies before the youth club shut, but glad you're reopening it now.",
    ),
    (
        "i'll be seeing you councillor. sooner than you'd like",
        "i'll be seeing you at the gala councillor, sooner than you'd think, it's only two weeks",
    ),
    (
        "People who ignore letters like this one tend to get visits instead.",
        "People who ignore letters like the parking one tend to get reminders, so I thought I'd check with you.",
    ),
    (
        "Walk to your car carefully tonight. It's very dark in that council car park, and you'll be alone.",
        "Please walk to your car carefully tonight, it's very dark in the council car park since the lights failed.",
    ),
    (
        "Wouldn't it be awful if your lad came home with a broken arm one day.",
        "Wouldn't it be awful if a lad came off his bike and broke an arm on that pothole one day, please fill it.",
    ),
    (
        "This isn't politics anymore. It's personal, and we know your routine.",
        "This isn't politics for us, it's personal, we know the bin crews' routine by heart and they keep missing our road.",
    ),
    (
        "Your bins go out on a Tuesday night. Plenty of time for someone to have a rummage and learn even more about you.",
        "Our bins go out on a Tuesday night but aren't collected till Thursday, plenty of time for foxes to have a rummage.",
    ),
    (
        "Smile for the camera, councillor. We've got hundreds of you coming out of your front door.",
        "Smile for the camera, councillor, we've got hundreds of lovely photos of you coming out of the library door at the opening.",
    ),
    (
        "Someone ought to teach that councillor a lesson she won't forget, and I know a few lads who'd volunteer.",
        "Someone ought to thank that councillor for the lesson she gave at the primary school, and I know a few parents who'd volunteer to.",
    ),
    (
        "Cross us again and your name will be on more than a ballot paper.",
        "Cross off my old address and put my name on the register for the ballot paper, I've moved.",
    ),
    (
        "No security guards at your house though, are there. Not like the town hall.",
        "No security guards at the community hall though, are there? Not like the town hall, could we get a caretaker at least?",
    ),
    (
        "The van outside yours last night wasn't the council. Just so you know how close we can get.",
        "The van outside ours last night wasn't the council, it was the fly-tippers again, just so you know.",
    ),
    (
        "We'll be burning more than leaflets if you back that site.",
        "We'll be recycling more than leaflets if you back that site, the new depot looks great.",
    ),
    (
        "Your wife works at the surgery on Mill Road, doesn't she. We've started writing to her too.",
        "Your wife works at the surgery on Mill Road, doesn't she? We've started writing to her about the flu clinic too.",
    ),
    (
        "Keep smiling councillor. Won't be smiling for long.",
        "Keep smiling councillor, the village won't stop smiling about the new play park for a long time.",
    ),
    (
        "I know a man who sorts out problems. You're a problem.",
        "I know a man who sorts out drainage problems, and this culvert is definitely a problem.",
    ),
    (
        "Them that vote for the incinerator might find things at home get very warm indeed.",
        "Them that vote for the incinerator might find the heat network keeps homes very warm indeed, so it's not all bad.",
    ),
    (
        "We've been patient. Patience ran out this morning. Expect company.",
        "We've been patient with the bin collections but patience ran out this morning, so expect an email from the residents' group.",
    ),
    (
        "It's only a matter of time before somebody gets to you.",
        "It's only a matter of time before somebody gets the gritters out, please prioritise Hill Road.",
    ),
    (
        "Next time you knock on my door canvassing I'll break your legs.",
        "Next time you knock on my door canvassing, please leave a leaflet if I'm out, I'd like to read it.",
    ),
    (
        "Shut the tip and I'll burn your house down with you in it.",
        "Shut the tip on Mondays if you must, but keep Saturdays, my house clearance relies on it.",
    ),
    (
        "people like you deserve a good kicking and youll get one",
        "people like you deserve a good thank you and you'll get one at the awards",
    ),
    (
        "If the bypass goes through I'll come down there and smash your face in.",
        "If the bypass goes through I'll come down to the ward forum and say thank you to your face.",
    ),
    (
        "You'll end up dead in a ditch if you keep poking your nose into our business.",
        "You'll end up knee-deep in a ditch if you keep walking that footpath, it's flooded again by the farm.",
    ),
    (
        "I'm going to hurt you where it hurts most. Your children.",
        "The cuts are going to hurt where it hurts most, the children's centres, please vote against.",
    ),
    (
        "One phone call and you get a beating you won't walk away from.",
        "One phone call and you got the pothole fixed, a result nobody on our road can walk past without smiling.",
    ),
    (
        "We'll kill your dog first so you know we're serious.",
        "We'll kill two birds with one stone and raise the dog fouling issue at your surgery, we're serious about it.",
    ),
    (
        "someone will stab you in a car park one night and no one will care",
        "someone will stab you in the back on that committee one day, councillor, but the ward will always care about you",
    ),
    (
        "Drop the scheme or somebody will put a brick through your window and you through it after.",
        "Could the scheme fix the window at the scout hut? Somebody put a brick through it and they're still waiting.",
    ),
    (
        "I'll be at your surgery with a knife next week, see how brave you are then.",
        "I'll be at your surgery with my neighbour next week, see how she gets on with the housing form then.",
    ),
    (
        "You and your family are going to die in that house.",
        "You and your family are going to love that house, congratulations on the move, councillor.",
    ),
    (
        "We'll beat it out of you if you won't tell us who signed it off.",
        "We'll get it out of you eventually, who signed off the new bus shelter? It's brilliant.",
    ),
    (
        "One more cut to our centre and I'll attack your car, then you.",
        "One more cut to our centre and I'll attack the problem myself, fundraising starts Monday.",
    ),
    (
        "Whoever murdered our high street is going to pay in blood, and I'm looking at you.",
        "Whoever murdered our high street with these parking charges should bring back the free hour, and I'm looking to you to fix it.",
    ),
    (
        "Get off our backs or you'll get a proper hiding.",
        "Get off the fence on the library vote and you'll get proper support from us.",
    ),
    (
        "Your mother's bungalow has no alarm. We checked.",
        "My mother's bungalow has no smoke alarm, we checked, does the council fit them for pensioners?",
    ),
    (
        "tell ur missus to stop posting where she is, makes it too easy lol",
        "tell ur missus to keep posting where the litter picks are, makes it so easy to join lol",
    ),
    (
        "If I were you I'd stop parking on the street. Tyres are so easy to slash.",
        "If I were you I'd stop parking on the street during the resurfacing, the tyres get covered in tar.",
    ),
    (
        "We'll be watching the count, and then we'll be watching you. Closely.",
        "We'll be watching the count on Thursday night and then watching you give your speech, good luck!",
    ),
    (
        "You've made a lot of enemies this week. Enemies don't write letters.",
        "You've made a lot of friends this week on the estate, and friends write letters, so here's mine.",
    ),
    (
        "that surgery of yours is in a wooden hut isnt it. wooden huts burn lovely",
        "that surgery of yours is in a wooden hut isnt it, wooden huts get freezing, can you get a heater in",
    ),
]
