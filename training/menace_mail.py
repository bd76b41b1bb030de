"""Longer messages to a councillor with a threat in a sentence or two, each beside its ordinary twin.

Casework, complaints and comments of two to eight sentences, in every channel of a council's
inbox, in which one or two sentences carry a threat, most of them veiled; each twin is the same
message with those sentences made harmless in the same words, so that the words alone are not the
threat. Written by a writer who read none of the screener's texts or rules, as a development set
for how the screener finds menace in a longer message: read and measured on freely, and never
fitted on by the shipped heads.
"""

from __future__ import annotations

PAIRS: list[tuple[str, str]] = [
    (
        (
            "Dear Councillor Hebden, I am writing again about application 24/0913/FUL for the "
            "six flats on the old garage site at the end of Marlow Close. The committee meets on "
            "the 14th and I understand you are minded to support it despite forty-two objections "
            "from residents. Plenty of us walk past your house on Ferndale Road each evening and "
            "we have all noticed how little there is between your front door and the pavement. I "
            "would ask you to reconsider before the 14th. Yours sincerely, Graham Oakes"
        ),
        (
            "Dear Councillor Hebden, I am writing again about application 24/0913/FUL for the "
            "six flats on the old garage site at the end of Marlow Close. The committee meets on "
            "the 14th and I understand you are minded to support it despite forty-two objections "
            "from residents. Plenty of us walk past your house on Ferndale Road each evening and "
            "we have all noticed how well you keep the front garden, so we know you care about "
            "the street. I would ask you to reconsider before the 14th. Yours sincerely, Graham "
            "Oakes"
        ),
    ),
    (
        (
            "bins not been done on larch grove for 3 weeks now and the foxes have had the lot "
            "all over the road tell your lot to sort it or a few bags might end up emptied on "
            "your drive at 2 in the morning see how you like the smell photos attached"
        ),
        (
            "bins not been done on larch grove for 3 weeks now and the foxes have had the lot "
            "all over the road tell your lot to sort it or a few of us will be bringing the bags "
            "down to the council offices on monday see how they like the smell photos attached"
        ),
    ),
    (
        (
            "Councillor Akers, you posted last month that the pothole on Station Hill was on the "
            "list. My daughter came off her bike in it on Saturday and needed four stitches in "
            "her chin. You drive that silver Octavia down Station Hill every morning at ten past "
            "eight, and one of these mornings somebody might decide you should find out first "
            "hand how much it hurts to meet that tarmac face first. When is it actually getting "
            "filled?"
        ),
        (
            "Councillor Akers, you posted last month that the pothole on Station Hill was on the "
            "list. My daughter came off her bike in it on Saturday and needed four stitches in "
            "her chin. You drive that silver Octavia down Station Hill every morning at ten past "
            "eight, so you must have seen first hand how much it would hurt to meet that tarmac "
            "face first. When is it actually getting filled?"
        ),
    ),
    (
        (
            "Dear Cllr Pryce, I have received a summons for council tax arrears of £1,146 which "
            "I dispute, as I was in hospital for most of the period concerned and the single "
            "person discount was removed without notice. I have written to the revenues team "
            "three times without a reply. I have very little left to lose at this point, and men "
            "with very little left to lose tend to stop caring what happens to the people who "
            "put them there. I would be grateful if you could raise this with the department "
            "before the hearing date. Yours sincerely, Derek Allsop"
        ),
        (
            "Dear Cllr Pryce, I have received a summons for council tax arrears of £1,146 which "
            "I dispute, as I was in hospital for most of the period concerned and the single "
            "person discount was removed without notice. I have written to the revenues team "
            "three times without a reply. I have very little left to lose at this point, and I "
            "am told the Local Government Ombudsman is the place for people who feel nobody is "
            "listening. I would be grateful if you could raise this with the department before "
            "the hearing date. Yours sincerely, Derek Allsop"
        ),
    ),
    (
        (
            "Cllr Fenwick\nThe residents' permit scheme on Queens Road is a joke, I have paid "
            "£90 and still cannot park within three streets of my own house.\nYour wife parks "
            "her Mini outside the school on Kenilworth Avenue every afternoon on the zigzags. "
            "Plenty of people round here would happily smash the windows of that little car "
            "while she's waiting, and I'd not stop them.\nSort the scheme out."
        ),
        (
            "Cllr Fenwick\nThe residents' permit scheme on Queens Road is a joke, I have paid "
            "£90 and still cannot park within three streets of my own house.\nYour wife parks "
            "her Mini outside the school on Kenilworth Avenue every afternoon on the zigzags. "
            "Would be good if the wardens spent a bit of time there instead of on Queens Road "
            "while she's waiting.\nSort the scheme out."
        ),
    ),
    (
        (
            "Dear Councillor Mensah, The low traffic neighbourhood in Brampton Park has added "
            "twenty minutes to every journey I make to my mother's care home. You voted for it "
            "and you refused to meet residents. There are three hundred people in the Brampton "
            "Park Residents group and a few of them have started talking about paying a visit to "
            "your surgery at the community centre all at once, and I cannot promise they will be "
            "in a talking mood. Please publish the traffic monitoring data before the review."
        ),
        (
            "Dear Councillor Mensah, The low traffic neighbourhood in Brampton Park has added "
            "twenty minutes to every journey I make to my mother's care home. You voted for it "
            "and you refused to meet residents. There are three hundred people in the Brampton "
            "Park Residents group and a few of them have started talking about coming to your "
            "surgery at the community centre all at once, so please be ready for a full room. "
            "Please publish the traffic monitoring data before the review."
        ),
    ),
    (
        (
            "my kids have had chest infections all winter from the black mould in the back "
            "bedroom\nand the housing officer just says open a window\nyou got kids too i seen "
            "them at st barnabas school gates\nmaybe they need to sleep in a room like that for "
            "a week and then you'll get it sorted\nplease can someone come out this week"
        ),
        (
            "my kids have had chest infections all winter from the black mould in the back "
            "bedroom\nand the housing officer just says open a window\nyou got kids too i seen "
            "you at st barnabas school gates\nso you know what its like when they are poorly all "
            "the time\nplease can someone come out this week"
        ),
    ),
    (
        (
            "Dear Councillor Whitlock, My son has been allocated a place at Hadley Moor Academy, "
            "eleven miles and two buses from our home, while children on the next street have "
            "been given Oakfield. The appeal was rejected in nine minutes. I have been told you "
            "sat on the panel that drew up the new catchment lines, and I would like you to know "
            "that I will be making it my business to be wherever you are until this is put "
            "right, whatever that costs either of us. I look forward to your reply. Yours "
            "sincerely, Helen Carver"
        ),
        (
            "Dear Councillor Whitlock, My son has been allocated a place at Hadley Moor Academy, "
            "eleven miles and two buses from our home, while children on the next street have "
            "been given Oakfield. The appeal was rejected in nine minutes. I have been told you "
            "sat on the panel that drew up the new catchment lines, and I would like you to know "
            "that I will be making a complaint to the Ombudsman and writing to the local paper "
            "until this is put right. I look forward to your reply. Yours sincerely, Helen Carver"
        ),
    ),
    (
        (
            "Voicemail, 14:32: Yeah, this is Kevin Doyle from Parkside Avenue, I've had three "
            "fines in a month from that new camera on the bus gate by the Co-op and nobody told "
            "us it was going live. The last camera on that junction got taken down with an angle "
            "grinder and a can of petrol, and it's funny how the people who put it up got a lot "
            "quieter after. Mind yourself. My number's 07700 900412."
        ),
        (
            "Voicemail, 14:32: Yeah, this is Kevin Doyle from Parkside Avenue, I've had three "
            "fines in a month from that new camera on the bus gate by the Co-op and nobody told "
            "us it was going live. The last camera on that junction got taken down after a "
            "consultation, and it's funny how the people who put it up got a lot quieter after. "
            "Call me back. My number's 07700 900412."
        ),
    ),
    (
        (
            "So the council has decided the old depot at Crossways Lane is going to be a "
            "permanent travellers' site and Cllr Ramsay is the one who pushed it through "
            "cabinet. Ramsay lives in one of those big houses on the Lanchester estate with no "
            "fence at the back onto the fields. Just saying, fields work both ways, and dry "
            "hedges burn. Public meeting at the village hall Thursday 7pm, everyone come."
        ),
        (
            "So the council has decided the old depot at Crossways Lane is going to be a "
            "permanent travellers' site and Cllr Ramsay is the one who pushed it through "
            "cabinet. Ramsay lives in one of those big houses on the Lanchester estate with the "
            "fields at the back, so he'd not be the one living next to it. Just saying. Public "
            "meeting at the village hall Thursday 7pm, everyone come."
        ),
    ),
    (
        (
            "Cllr Bashir you stood up at full council and said the Regency Hotel was a Home "
            "Office matter and nothing to do with you. People round here remember what happened "
            "at the hotels last summer, the windows and the fires, and if the Regency gets the "
            "same treatment your name will be the first one they come looking for. Answer the "
            "question you were asked."
        ),
        (
            "Cllr Bashir you stood up at full council and said the Regency Hotel was a Home "
            "Office matter and nothing to do with you. People round here remember what happened "
            "at the hotels last summer, and if the Regency gets the same attention your name "
            "will be the first one they ask about at the election. Answer the question you were "
            "asked."
        ),
    ),
    (
        (
            "Dear Councillor Tremayne, The proposal for eleven turbines on Carrick Down will be "
            "visible from every window of our farmhouse, and the noise survey was carried out in "
            "a week of flat calm. You told the parish meeting you had an open mind and then "
            "voted it through at the first opportunity. Farming folk up here have long memories "
            "and short tempers, and your horses graze unattended in the paddock by the Polwithen "
            "road all winter. I ask you to call the application back in for a full hearing. "
            "Yours faithfully, Jenna Polglase"
        ),
        (
            "Dear Councillor Tremayne, The proposal for eleven turbines on Carrick Down will be "
            "visible from every window of our farmhouse, and the noise survey was carried out in "
            "a week of flat calm. You told the parish meeting you had an open mind and then "
            "voted it through at the first opportunity. Farming folk up here have long memories, "
            "and plenty of them sold you the hay your horses eat in the paddock by the Polwithen "
            "road all winter. I ask you to call the application back in for a full hearing. "
            "Yours faithfully, Jenna Polglase"
        ),
    ),
    (
        (
            "Contact form - Subject: Closure of Eastfield Library. Message: Eastfield Library is "
            "the only warm place my dad goes during the day and the only place with free "
            "computers for a mile. The consultation was online only, which rather defeats the "
            "point. A lot of the regulars have worked out which evenings you leave the Civic "
            "Centre on your own by the rear car park, and they would quite like a word with you "
            "there, out of sight of the cameras. Please keep it open."
        ),
        (
            "Contact form - Subject: Closure of Eastfield Library. Message: Eastfield Library is "
            "the only warm place my dad goes during the day and the only place with free "
            "computers for a mile. The consultation was online only, which rather defeats the "
            "point. A lot of the regulars have worked out which evenings you hold your drop-in "
            "at the Civic Centre, and they would quite like a word with you there, so expect a "
            "few of them. Please keep it open."
        ),
    ),
    (
        (
            "Cllr Hussain, your licensing sub-committee has just taken away my late licence at "
            "the Anchor after one complaint from a bloke who moved in next door six months ago. "
            "Twenty years I've run that pub without a single incident. Some of my regulars are "
            "big lads who don't take kindly to losing their local, and they know what you drink "
            "and where you drink it. I'd steer clear of the Anchor and the Crown for a good "
            "while if I were you, they've given better men than you a beating for less. I'm "
            "appealing to the magistrates either way."
        ),
        (
            "Cllr Hussain, your licensing sub-committee has just taken away my late licence at "
            "the Anchor after one complaint from a bloke who moved in next door six months ago. "
            "Twenty years I've run that pub without a single incident. Some of my regulars are "
            "big lads who don't take kindly to losing their local, and they've signed a petition "
            "with four hundred names on it. I'd come down to the Anchor and the Crown and hear "
            "them out if I were you. I'm appealing to the magistrates either way."
        ),
    ),
    (
        (
            "wot is the point of the fines if there is never a warden on the rec at millbrook "
            "the whole path is covered i see you walking your little westie round there every "
            "sunday, dogs eat all sorts off that grass and some of it gets put there on purpose, "
            "poison works quicker than fines can we get a bin at the bottom gate at least"
        ),
        (
            "wot is the point of the fines if there is never a warden on the rec at millbrook "
            "the whole path is covered i see you walking your little westie round there every "
            "sunday so you must of noticed, dogs step in all sorts on that grass and some of it "
            "gets left there on purpose can we get a bin at the bottom gate at least"
        ),
    ),
    (
        (
            "Dear Cllr Greaves,\n\nThe flat above mine at 14 Hartington Court has had music on "
            "until 4am five nights out of seven since August. Environmental health have sent a "
            "diary sheet and nothing else.\n\nI am not sleeping and I am not thinking straight, "
            "and if I end up putting my fist through somebody it could just as easily be the "
            "councillor who has ignored nine emails as the lad upstairs.\n\nPlease call me.\n"
            "Martin Lowe"
        ),
        (
            "Dear Cllr Greaves,\n\nThe flat above mine at 14 Hartington Court has had music on "
            "until 4am five nights out of seven since August. Environmental health have sent a "
            "diary sheet and nothing else.\n\nI am not sleeping and I am not thinking straight, "
            "and I honestly don't know whether to go to the housing association, the police or "
            "the councillor who has ignored nine emails.\n\nPlease call me.\nMartin Lowe"
        ),
    ),
    (
        (
            "Dear Councillor Osei, Residents of Albany Terrace are opposed to the conversion of "
            "number 31 into a nine-bed HMO, the fourth on a street of forty houses. We have "
            "submitted a petition and a parking survey. We note that you own two lets yourself "
            "on Gladstone Street, and it would not take many of us to make those two houses very "
            "difficult places to let. Yours faithfully, the Albany Terrace Residents' Association"
        ),
        (
            "Dear Councillor Osei, Residents of Albany Terrace are opposed to the conversion of "
            "number 31 into a nine-bed HMO, the fourth on a street of forty houses. We have "
            "submitted a petition and a parking survey. We note that you own two lets yourself "
            "on Gladstone Street, and we would ask you to declare that interest and take no part "
            "in the decision. Yours faithfully, the Albany Terrace Residents' Association"
        ),
    ),
    (
        (
            "Voicemail, Tuesday 09:15: Hi, it's Sandra Kell, I'm ringing again about my mum, "
            "Joan Kell, on Beech Road. Her care package has been cut from four visits to two and "
            "she was found on the floor on Sunday morning having been there since the night "
            "before. If anything happens to my mum because of your cuts, I'll make sure "
            "something happens to yours, and I know she's in Elmwood House. Please ring me back "
            "on 07700 900318."
        ),
        (
            "Voicemail, Tuesday 09:15: Hi, it's Sandra Kell, I'm ringing again about my mum, "
            "Joan Kell, on Beech Road. Her care package has been cut from four visits to two and "
            "she was found on the floor on Sunday morning having been there since the night "
            "before. If anything happens to my mum because of your cuts, I'll make sure the "
            "papers hear about it, and I know your own mum's in Elmwood House so you know what "
            "good care looks like. Please ring me back on 07700 900318."
        ),
    ),
    (
        (
            "mate that extension next door to me on cedar way has gone up 2 metres higher than "
            "the plans and enforcement say they'll look at it in 8 weeks 8 weeks is long enough "
            "for your car to get a brick through the windscreen and nobody to see who did it pls "
            "chase it"
        ),
        (
            "mate that extension next door to me on cedar way has gone up 2 metres higher than "
            "the plans and enforcement say they'll look at it in 8 weeks 8 weeks is long enough "
            "for them to finish the roof and then nobody will ever make them take it down pls "
            "chase it"
        ),
    ),
    (
        (
            "Third missed collection on Orchard Rise this month and the council page just says "
            "'operational issues'. The bin wagon crews park up at the Greenbank depot at half "
            "six every morning and a couple of crews getting a kicking before they set off might "
            "get things moving quicker than your emails. Cllr Dunmore can you get an answer "
            "please"
        ),
        (
            "Third missed collection on Orchard Rise this month and the council page just says "
            "'operational issues'. The bin wagon crews park up at the Greenbank depot at half "
            "six every morning and they've told some of us it's a shortage of drivers, so just "
            "be honest about it. Cllr Dunmore can you get an answer please"
        ),
    ),
    (
        (
            "Councillor Fraser, bailiffs came to my door yesterday for a council tax debt that I "
            "cleared in March, and I have the bank statement to prove it. They frightened my "
            "children and tried to take my van, which is how I earn a living. If another bailiff "
            "comes up my path I'll be sending him back with a message for you, and it won't be "
            "written down. Please get this stopped."
        ),
        (
            "Councillor Fraser, bailiffs came to my door yesterday for a council tax debt that I "
            "cleared in March, and I have the bank statement to prove it. They frightened my "
            "children and tried to take my van, which is how I earn a living. If another bailiff "
            "comes up my path I'll be sending him back with a copy of the bank statement for "
            "you, and a written complaint. Please get this stopped."
        ),
    ),
    (
        (
            "Dear Councillor Barraclough, The road surface on Moor Lane between the school and "
            "the crossroads has deteriorated to the point where cars are driving on the verge. I "
            "reported it on the council website in January and again in April. Somebody will "
            "eventually be killed on that stretch, and the people of Moor Lane have agreed that "
            "if it is one of ours, it will not be the council's solicitor who answers for it but "
            "you, personally, at your own front door. I would welcome a site visit. Yours "
            "sincerely, Philip Naylor"
        ),
        (
            "Dear Councillor Barraclough, The road surface on Moor Lane between the school and "
            "the crossroads has deteriorated to the point where cars are driving on the verge. I "
            "reported it on the council website in January and again in April. Somebody will "
            "eventually be killed on that stretch, and the people of Moor Lane have agreed that "
            "if it is one of ours, it will not be the council's solicitor who answers for it but "
            "you, personally, at the inquest. I would welcome a site visit. Yours sincerely, "
            "Philip Naylor"
        ),
    ),
    (
        (
            "hi cllr its tasha from flat 6 the new double yellows on canal street mean i cant "
            "park anywhere near my mums and she needs me every day your lad works the bar at the "
            "kings head dont he, lot of people drink in there who are proper fed up with his "
            "dads parking rules and a few of them would happily give him a kicking for it can we "
            "get a permit or something"
        ),
        (
            "hi cllr its tasha from flat 6 the new double yellows on canal street mean i cant "
            "park anywhere near my mums and she needs me every day your lad works the bar at the "
            "kings head dont he, lot of people drink in there who are proper fed up with his "
            "dads parking rules, ask him what they say can we get a permit or something"
        ),
    ),
    (
        (
            "@CllrJaneLittle the planters on Elm Grove have done nothing but push all the "
            "traffic onto Harcourt Road where the primary school is. Planters can be smashed up "
            "in the night, and so can the people who put them there. Plenty of us have vans. "
            "#ScrapTheLTN"
        ),
        (
            "@CllrJaneLittle the planters on Elm Grove have done nothing but push all the "
            "traffic onto Harcourt Road where the primary school is. Planters can be moved by a "
            "cabinet decision, and so can the people who put them there at the next election. "
            "Plenty of us vote. #ScrapTheLTN"
        ),
    ),
    (
        (
            "Dear Councillor Adeyemi, I have been waiting fourteen months for the council to "
            "repair the collapsed ceiling in my bathroom at 22 Rowan House. I have a disabled "
            "son and we have to use the neighbour's shower. You hold your surgery in the Rowan "
            "House community room on the first Saturday, and the lifts and stairwells in this "
            "block are very dark on the way out. I would take someone with you. Yours sincerely, "
            "Grace Ogunleye"
        ),
        (
            "Dear Councillor Adeyemi, I have been waiting fourteen months for the council to "
            "repair the collapsed ceiling in my bathroom at 22 Rowan House. I have a disabled "
            "son and we have to use the neighbour's shower. You hold your surgery in the Rowan "
            "House community room on the first Saturday, and I would ask you to come up the "
            "stairs afterwards and see the ceiling for yourself. I would take someone from "
            "repairs with you. Yours sincerely, Grace Ogunleye"
        ),
    ),
    (
        (
            "Cllr Patel its Nadia from the parents group. 38 kids from Hollins Park didnt get a "
            "place at Greenway again this year and the council says build a new school in 2029. "
            "Some of the dads are saying if their kids cant go to Greenway then why should "
            "yours, and they know which class your two are in and what time they come out. "
            "Nobody wants kids getting hurt. Can you come to our meeting on Weds"
        ),
        (
            "Cllr Patel its Nadia from the parents group. 38 kids from Hollins Park didnt get a "
            "place at Greenway again this year and the council says build a new school in 2029. "
            "Some of the dads are saying if their kids cant go to Greenway then why do yours, "
            "and I've told them your two went there before the new lines. Can you come to our "
            "meeting on Weds"
        ),
    ),
    (
        (
            "Cllr Hammond\n\nThe average speed cameras on the A614 through Beckingham have been "
            "set at 20 and they are fining people doing 24 at two in the morning.\nI've got your "
            "registration off the Beckingham Facebook group and I reckon your car goes a lot "
            "faster once someone has seen to the brake lines. Think on.\nRegards\nStuart Keeling"
        ),
        (
            "Cllr Hammond\n\nThe average speed cameras on the A614 through Beckingham have been "
            "set at 20 and they are fining people doing 24 at two in the morning.\nSomebody on "
            "the Beckingham Facebook group has posted your registration and reckons your car "
            "goes a lot faster than 20 past the cameras. Think on.\nRegards\nStuart Keeling"
        ),
    ),
    (
        (
            "Dear Councillor Whitfield, I write on behalf of residents of Hoggs Lane about the "
            "proposed transit site on the former allotments. We were promised a consultation and "
            "received a leaflet after the decision had been taken. Feeling in the village is "
            "running very high, and I would not wish to be responsible for what some of the "
            "younger men might do if they see your Range Rover in the lane again before this is "
            "reversed. Yours sincerely, Colin Ashby, Chair, Hoggs Lane Residents"
        ),
        (
            "Dear Councillor Whitfield, I write on behalf of residents of Hoggs Lane about the "
            "proposed transit site on the former allotments. We were promised a consultation and "
            "received a leaflet after the decision had been taken. Feeling in the village is "
            "running very high, and I would ask you to meet residents in the village hall rather "
            "than driving through in your Range Rover and leaving again before anyone can speak "
            "to you. Yours sincerely, Colin Ashby, Chair, Hoggs Lane Residents"
        ),
    ),
    (
        (
            "Councillor Begum posting smiley photos at the food bank while the Swallow Hotel on "
            "the bypass fills up with blokes nobody has checked. She's got a flat above the "
            "pharmacy on Market Street, windows at head height from the bus shelter, wouldn't "
            "take much. Fucking disgrace. Share this."
        ),
        (
            "Councillor Begum posting smiley photos at the food bank while the Swallow Hotel on "
            "the bypass fills up with blokes nobody has checked. She's got her surgery above the "
            "pharmacy on Market Street, right by the bus shelter, so go and ask her yourself. "
            "Fucking disgrace. Share this."
        ),
    ),
    (
        (
            "so ur backing the turbines on hatherton moor after saying at the hustings u were "
            "against turbines catch fire all the time apparently so do barns so do houses out on "
            "the moor road like yours liar"
        ),
        (
            "so ur backing the turbines on hatherton moor after saying at the hustings u were "
            "against turbines catch fire all the time apparently theres a report on it ask the "
            "fire service how long they take to get to houses out on the moor road like yours "
            "liar"
        ),
    ),
    (
        (
            "Dear Cllr Moffat, I am the secretary of the Friends of Penwortham Library. We have "
            "collected 3,200 signatures against closure and the cabinet report does not mention "
            "them once. Some of our members are less patient than I am, and one of them has "
            "taken to sitting in his car opposite your house in the evenings, I think to remind "
            "himself what you look like. I have not asked him to stop. Yours sincerely, Margaret "
            "Tully"
        ),
        (
            "Dear Cllr Moffat, I am the secretary of the Friends of Penwortham Library. We have "
            "collected 3,200 signatures against closure and the cabinet report does not mention "
            "them once. Some of our members are less patient than I am, and one of them has "
            "taken to writing to your house in the evenings, I think to remind you what the "
            "library means to him. I have asked him to use the council address. Yours sincerely, "
            "Margaret Tully"
        ),
    ),
    (
        (
            "Councillor Rahman, I have driven a hackney in this borough for seventeen years and "
            "the licensing committee has suspended me over a complaint I was never shown. My "
            "family depends on that badge. You sat on that committee and looked at the floor the "
            "whole time. Lots of drivers know your face now, and lots of drivers know your "
            "roads, and a car can hit a man at forty and be gone before anyone sees the plate. I "
            "want a proper hearing."
        ),
        (
            "Councillor Rahman, I have driven a hackney in this borough for seventeen years and "
            "the licensing committee has suspended me over a complaint I was never shown. My "
            "family depends on that badge. You sat on that committee and looked at the floor the "
            "whole time. Lots of drivers know me, and lots of drivers will give evidence for me, "
            "and they have written to you all week. I want a proper hearing."
        ),
    ),
    (
        (
            "Has anyone else seen the state of the path behind Wenlock Drive?\nCouncillor Ellis "
            "promised a new bin in June.\nHe's got a lovely front lawn on Sycamore Way. Maybe we "
            "should all start walking our dogs there and leaving it for him, every single night, "
            "until he gets the message. Among other things.\nTag him."
        ),
        (
            "Has anyone else seen the state of the path behind Wenlock Drive?\nCouncillor Ellis "
            "promised a new bin in June.\nHe's got a lovely front lawn on Sycamore Way. Maybe we "
            "should all invite him to walk our path instead, every single night, until he gets "
            "the message.\nTag him."
        ),
    ),
    (
        (
            "Voicemail, 23:48: It's gone midnight, no, quarter to, and the Rialto is still "
            "banging away like every Friday, and I've got work at six. Councillor, you said "
            "you'd deal with it. Next time I ring, I'll be ringing from outside your house with "
            "a speaker the size of a wardrobe and a cricket bat, and we'll see how you sleep. "
            "Ring me back."
        ),
        (
            "Voicemail, 23:48: It's gone midnight, no, quarter to, and the Rialto is still "
            "banging away like every Friday, and I've got work at six. Councillor, you said "
            "you'd deal with it. Next time I ring, I'll hold the phone up to the window so you "
            "can hear the speaker the size of a wardrobe, and we'll see how you'd sleep. Ring me "
            "back."
        ),
    ),
    (
        (
            "another hmo on our road thats 5 now bins everywhere cars on the pavement and a "
            "party every weekend you voted it thru so dont be surprised if your address ends up "
            "on the group chat the lads from number 12 use to find parties they're not fussy "
            "whose door sort it"
        ),
        (
            "another hmo on our road thats 5 now bins everywhere cars on the pavement and a "
            "party every weekend you voted it thru so come and see for yourself the lads from "
            "number 12 had a party till 3am saturday they're not fussy whose door they block "
            "sort it"
        ),
    ),
    (
        (
            "Dear Councillor Hargreaves, My brother Alan has learning disabilities and the "
            "council's reassessment has cut his supported living hours by half. Since then he "
            "has been exploited by people who befriended him on the estate and he has lost his "
            "savings. I have decided that if the council will not protect him I will protect him "
            "myself, and I will start with the people responsible, beginning with the one whose "
            "signature is on the reassessment letter and whose photograph is on the council "
            "website. I would be grateful for an urgent meeting. Yours sincerely, Carol Ingham"
        ),
        (
            "Dear Councillor Hargreaves, My brother Alan has learning disabilities and the "
            "council's reassessment has cut his supported living hours by half. Since then he "
            "has been exploited by people who befriended him on the estate and he has lost his "
            "savings. I have decided that if the council will not protect him I will protect him "
            "myself, and I will start with a formal complaint about the people responsible, "
            "beginning with the one whose signature is on the reassessment letter. I would be "
            "grateful for an urgent meeting. Yours sincerely, Carol Ingham"
        ),
    ),
    (
        (
            "Councillor Drake, the planning committee approved the convenience store on Mill "
            "Lane despite the highways objection, and the delivery lorries are now reversing "
            "across the pavement outside my front door at five in the morning. You have a lot of "
            "glass on the front of that new house on Ridgeway. Glass is expensive, and it only "
            "takes one lad with a decent throwing arm and a brick. Please ask highways to look "
            "at it again."
        ),
        (
            "Councillor Drake, the planning committee approved the convenience store on Mill "
            "Lane despite the highways objection, and the delivery lorries are now reversing "
            "across the pavement outside my front door at five in the morning. You have a lot of "
            "glass on the front of that new house on Ridgeway. Glass keeps out a lot of noise, "
            "and I only wish I could afford the same. Please ask highways to look at it again."
        ),
    ),
    (
        (
            "Contact form - Name: Lee Barton. Ward: Hillside. Message: The garden waste "
            "subscription went up to £65 and my brown bin has been emptied twice since April. "
            "Cllr Stokes keeps boasting about his brown bin on Facebook. A wheelie bin full of "
            "dry hedge clippings goes up like a bonfire with one match, especially when it's "
            "parked right up against a front door. Please refund or collect."
        ),
        (
            "Contact form - Name: Lee Barton. Ward: Hillside. Message: The garden waste "
            "subscription went up to £65 and my brown bin has been emptied twice since April. "
            "Cllr Stokes keeps boasting about his brown bin on Facebook. A wheelie bin full of "
            "dry hedge clippings is what mine has been for nine weeks, parked right up against "
            "my front door. Please refund or collect."
        ),
    ),
    (
        (
            "cllr webb my wheel is bent from the crater on fosse road and the council says it "
            "wasnt reported before, it was i reported it twice £340 for a new alloy, might send "
            "a couple of lads round with a hammer to take it out of your car, or out of you ive "
            "got the receipts"
        ),
        (
            "cllr webb my wheel is bent from the crater on fosse road and the council says it "
            "wasnt reported before, it was i reported it twice £340 for a new alloy, might send "
            "the invoice round with a photo of the wheel to take it out of your allowance, or "
            "out of the roads budget ive got the receipts"
        ),
    ),
    (
        (
            "Voicemail, Monday 10:02: This is for Councillor Naylor. My name is Terry Walsh, I'm "
            "on Brook Street. You lot have put my band up from B to D after my neighbour's "
            "extension, not mine. I've had a drink and I'm being honest, I've thought about "
            "coming down to that office and making somebody bleed for it, and I know which desk "
            "is yours. Ring me."
        ),
        (
            "Voicemail, Monday 10:02: This is for Councillor Naylor. My name is Terry Walsh, I'm "
            "on Brook Street. You lot have put my band up from B to D after my neighbour's "
            "extension, not mine. I've had a drink and I'm being honest, I've thought about "
            "coming down to that office and making somebody listen, but I'll ring you sober "
            "tomorrow instead. Ring me."
        ),
    ),
    (
        (
            "Dear Councillor Lindqvist, My wife is a blue badge holder and the new "
            "pay-and-display machines on Abbey Street cannot be reached from a wheelchair. I "
            "raised this at your surgery in February and you promised a reply within a "
            "fortnight. Your daughter drives to the sixth form at Abbey Street every morning, "
            "and I am sure she would not like to find out how easily a young woman can be "
            "attacked on her own in that car park after dark. I await your reply. Yours "
            "sincerely, Anders Holm"
        ),
        (
            "Dear Councillor Lindqvist, My wife is a blue badge holder and the new "
            "pay-and-display machines on Abbey Street cannot be reached from a wheelchair. I "
            "raised this at your surgery in February and you promised a reply within a "
            "fortnight. Your daughter drives to the sixth form at Abbey Street every morning, "
            "and I am sure she could tell you how awkward those machines are even for a young "
            "woman on her own in that car park after dark. I await your reply. Yours sincerely, "
            "Anders Holm"
        ),
    ),
    (
        (
            "Cllr Okafor,\nThe camera on the Lordship Road filter has fined my elderly father "
            "£130 for driving to his own GP.\nYou said the scheme would be reviewed after six "
            "months. It's been eleven.\nThe cameras keep getting smashed and you keep replacing "
            "them. Cameras are cheap. Councillors aren't so easy to replace.\nPaul Adebayo"
        ),
        (
            "Cllr Okafor,\nThe camera on the Lordship Road filter has fined my elderly father "
            "£130 for driving to his own GP.\nYou said the scheme would be reviewed after six "
            "months. It's been eleven.\nThe cameras keep getting smashed and you keep replacing "
            "them. Cameras are cheap. Councillors are easy to replace at the ballot box.\nPaul "
            "Adebayo"
        ),
    ),
    (
        (
            "hiya its kerry-ann from the flats on wharf road\nthe damp in my babys room is so "
            "bad the wallpaper is falling off and the mould is back a week after they painted "
            "over it\nif my baby ends up in hospital with her chest again i swear down ill find "
            "out which house is yours and ill be putting a brick through every window it has\n"
            "pls help"
        ),
        (
            "hiya its kerry-ann from the flats on wharf road\nthe damp in my babys room is so "
            "bad the wallpaper is falling off and the mould is back a week after they painted "
            "over it\nif my baby ends up in hospital with her chest again i swear down ill find "
            "out which department is yours and ill be putting a complaint through every "
            "letterbox it has\npls help"
        ),
    ),
    (
        (
            "Dear Councillor Quinn, I have now lodged a second appeal for my daughter's place at "
            "St Aidan's, which is 400 metres from our door. The authority has given her a place "
            "at a school she would need to leave home at seven to reach. You leave St Aidan's "
            "yourself each weekday at 3.20 with your own children, turning left onto Fir Street "
            "and cutting through the alley by the launderette. I mention this only so that you "
            "understand I have had a great deal of time to think. Yours sincerely, Bernadette Foy"
        ),
        (
            "Dear Councillor Quinn, I have now lodged a second appeal for my daughter's place at "
            "St Aidan's, which is 400 metres from our door. The authority has given her a place "
            "at a school she would need to leave home at seven to reach. You leave St Aidan's "
            "yourself each weekday at 3.20 with your own children, so you will understand what "
            "that walk means to a family. I mention this only so that you understand why it "
            "matters so much. Yours sincerely, Bernadette Foy"
        ),
    ),
    (
        (
            "that new speed camera on church lane has done me twice and i only go 34 in a 30 its "
            "a cash cow and u know it ur car goes past it every day same as mine would be easy "
            "for someone to make sure yours crashes just after it some people round here have "
            "got nothing to lose"
        ),
        (
            "that new speed camera on church lane has done me twice and i only go 34 in a 30 its "
            "a cash cow and u know it ur car goes past it every day same as mine would be easy "
            "for u to count how many people get done just after it some people round here have "
            "got nothing left after the fines"
        ),
    ),
    (
        (
            "Cllr Hollis you told the Echo the encampment on Brindley Park would be moved within "
            "48 hours. It's been three weeks and the football club can't use the pitches. Maybe "
            "the lads should camp on your front lawn on Beaconsfield Road instead and see how "
            "quick you find the paperwork then, and they won't be bringing tents, they'll be "
            "bringing bats. Pathetic."
        ),
        (
            "Cllr Hollis you told the Echo the encampment on Brindley Park would be moved within "
            "48 hours. It's been three weeks and the football club can't use the pitches. Maybe "
            "the lads should camp outside the town hall on Beaconsfield Road instead and see how "
            "quick you find the paperwork then, and they'll be bringing banners and a petition. "
            "Pathetic."
        ),
    ),
    (
        (
            "Dear Councillor Stanhope, Following the Home Office decision to place 180 single "
            "men in the Crown Plaza on Dock Road, residents of Seaton have been given no "
            "information about safeguarding near the primary school. There is a great deal of "
            "anger in this town, and some of it has begun to settle on you personally. I am told "
            "people have been photographing your house, your car and your children's school run, "
            "and I doubt I could talk them out of whatever comes next, whether that is a brick "
            "or something worse. Yours sincerely, Ian Cormack"
        ),
        (
            "Dear Councillor Stanhope, Following the Home Office decision to place 180 single "
            "men in the Crown Plaza on Dock Road, residents of Seaton have been given no "
            "information about safeguarding near the primary school. There is a great deal of "
            "anger in this town, and some of it has begun to settle on you personally. I am told "
            "people have been photographing your house and your car and posting them online, and "
            "you should report that to the police. Yours sincerely, Ian Cormack"
        ),
    ),
    (
        (
            "Voicemail, 19:40: Councillor Pascoe, it's Dennis Trewin from Higher Bosvean. You'll "
            "have seen the cable route for the wind farm goes straight through my top field and "
            "the compensation is an insult. You've got a barn of your own down at Trelissick "
            "full of hay. Hay is funny stuff in a dry summer, it can burn with nobody anywhere "
            "near it, or so the insurers say. Give me a ring back."
        ),
        (
            "Voicemail, 19:40: Councillor Pascoe, it's Dennis Trewin from Higher Bosvean. You'll "
            "have seen the cable route for the wind farm goes straight through my top field and "
            "the compensation is an insult. You've got a barn of your own down at Trelissick "
            "full of hay. Hay is funny stuff, you'd not want a cable trench through your field "
            "in a dry summer either, or so the insurers say. Give me a ring back."
        ),
    ),
    (
        (
            "cllr jones\nwhy is cwmbach library closing when the new leisure centre got 3 "
            "million\nmy nan has used it 40 year\nu walk ur dog past there every nite at 10 on "
            "ur own\nmight want to change ur route\nanswer me"
        ),
        (
            "cllr jones\nwhy is cwmbach library closing when the new leisure centre got 3 "
            "million\nmy nan has used it 40 year\nu walk ur dog past there every nite at 10\n"
            "might want to pop in and see how busy it is in the day\nanswer me"
        ),
    ),
    (
        (
            "Councillor Murray, I am writing as the owner of Velvet on Queen Street, which your "
            "committee has closed for three months after a fight that took place two streets "
            "away. Some of the security firms in this city have long memories, and some of the "
            "doormen I have employed over the years are not people you would want taking an "
            "interest in your family. I am not saying they will. I am saying I will not be "
            "asking them not to. I will be appealing to the magistrates' court."
        ),
        (
            "Councillor Murray, I am writing as the owner of Velvet on Queen Street, which your "
            "committee has closed for three months after a fight that took place two streets "
            "away. Some of the security firms in this city have long memories, and some of the "
            "doormen I have employed over the years are willing to give evidence at the review. "
            "I am not saying they will change your mind. I am saying I will be asking them to "
            "try. I will be appealing to the magistrates' court."
        ),
    ),
    (
        (
            "Cllr Barnes wants to ban dogs off the lead on Cockle Park but says nothing about "
            "the muck left by the posh lot from Mayfield. Her spaniel runs about off the lead on "
            "there every morning. Dogs eat all sorts. Rat poison looks a lot like a sausage roll "
            "if you wrap it right. Rules for thee not for me."
        ),
        (
            "Cllr Barnes wants to ban dogs off the lead on Cockle Park but says nothing about "
            "the muck left by the posh lot from Mayfield. Her spaniel runs about off the lead on "
            "there every morning. Dogs eat all sorts. Someone left rat poison by the gate last "
            "year and the council never found out who. Rules for thee not for me."
        ),
    ),
    (
        (
            "Dear Councillor Kaur, The piling on the Westgate development begins at 7am every "
            "day, including Saturdays, in breach of the hours in the construction management "
            "plan. My partner works nights at the hospital and has not slept properly in a "
            "month. A man who has not slept for a month is capable of anything, and I would "
            "remind you that your office window faces the street, and that glass breaks as "
            "easily as sleep does. Yours sincerely, Robert Lacey"
        ),
        (
            "Dear Councillor Kaur, The piling on the Westgate development begins at 7am every "
            "day, including Saturdays, in breach of the hours in the construction management "
            "plan. My partner works nights at the hospital and has not slept properly in a "
            "month. A man who has not slept for a month is not at his best, and I would remind "
            "you that your office window faces the street, so you can hear the piling as easily "
            "as we do. Yours sincerely, Robert Lacey"
        ),
    ),
    (
        (
            "Cllr Dean the student HMO next door has had its bins out front for five weeks and "
            "the rats are in my shed now I'll put the bloody rats through your letterbox on "
            "Priory Road and the next thing through it will be worse"
        ),
        (
            "Cllr Dean the student HMO next door has had its bins out front for five weeks and "
            "the rats are in my shed now I'll put the bloody photos of the rats through your "
            "letterbox on Priory Road and the next lot to environmental health"
        ),
    ),
    (
        (
            "Councillor Akhtar,\n\nI care for my husband who has advanced Parkinson's and the "
            "social worker assigned to us, a Ms Jennings, has cancelled his assessment four "
            "times.\n\nI know Ms Jennings parks behind the Moorside office and leaves at five, "
            "and I am past caring what I do. If she cancels again somebody is going to get hurt, "
            "and it will not be my husband.\n\nPlease intervene.\nJoyce Petty"
        ),
        (
            "Councillor Akhtar,\n\nI care for my husband who has advanced Parkinson's and the "
            "social worker assigned to us, a Ms Jennings, has cancelled his assessment four "
            "times.\n\nI know Ms Jennings is overworked and leaves the Moorside office at five, "
            "and I am past knowing what to do. If she cancels again somebody is going to get "
            "hurt, and it will be my husband.\n\nPlease intervene.\nJoyce Petty"
        ),
    ),
    (
        (
            "Cllr Newbold, your planning committee waved through 300 houses on Pasture Farm with "
            "no new GP surgery, no school and one road in. You hold a surgery in the Methodist "
            "hall every second Tuesday. Those old halls have wooden floors and only one way out, "
            "and it would take a fire engine twenty minutes to get up Pasture Lane. Think about "
            "that next time."
        ),
        (
            "Cllr Newbold, your planning committee waved through 300 houses on Pasture Farm with "
            "no new GP surgery, no school and one road in. You hold a surgery in the Methodist "
            "hall every second Tuesday. Those old halls have wooden floors and only one way out, "
            "a bit like the new estate, and it would take a fire engine twenty minutes to get up "
            "Pasture Lane. Think about that next time."
        ),
    ),
    (
        (
            "Voicemail, Thursday 17:20: Councillor, it's Mo from the shop on Lytton Road. "
            "Someone has dumped a sofa and three mattresses in the alley behind my shop and the "
            "council says it's on private land. If it's still there on Monday I'll have it "
            "dragged round to your place and set on fire on your drive, see if it's private land "
            "then. Thanks."
        ),
        (
            "Voicemail, Thursday 17:20: Councillor, it's Mo from the shop on Lytton Road. "
            "Someone has dumped a sofa and three mattresses in the alley behind my shop and the "
            "council says it's on private land. If it's still there on Monday I'll have it "
            "dragged round to the front and photographed on the pavement, see if it's private "
            "land then. Thanks."
        ),
    ),
    (
        (
            "Councillor Frost\n\nFour months since I reported the sunken drain on Oak Avenue. "
            "Yesterday a cyclist went over the bars right in front of me.\n\nYour Tesla's on the "
            "drive at 9 Copse Rise most nights. Would be ironic if its tyres got slashed and it "
            "ended up sitting useless like the road. Get it fixed.\n\nNina Castell"
        ),
        (
            "Councillor Frost\n\nFour months since I reported the sunken drain on Oak Avenue. "
            "Yesterday a cyclist went over the bars right in front of me.\n\nYour Tesla's on the "
            "drive at council HQ most days. Would be ironic if its tyres went in that drain and "
            "it ended up sitting useless like the road. Get it fixed.\n\nNina Castell"
        ),
    ),
    (
        (
            "u lot took my single person discount off cos u reckon my ex still lives here he "
            "left 2 year ago ill be at ur surgery saturday and if u dont sort it ill make sure u "
            "never hold another one ur not safe in that community centre and u know it"
        ),
        (
            "u lot took my single person discount off cos u reckon my ex still lives here he "
            "left 2 year ago ill be at ur surgery saturday with his new tenancy agreement if u "
            "dont sort it ill make sure the ombudsman knows ur the one who told me to come to "
            "the community centre"
        ),
    ),
    (
        (
            "Dear Councillor Vaughan, The School Street scheme outside Lindfield Primary now "
            "prevents me dropping off my grandson, who has cerebral palsy, at the gate. The "
            "exemption form was returned unanswered. I understand you cycle home along the canal "
            "towpath past the lock each evening. It is very narrow there, and very easy for a "
            "cyclist to drown there with no witnesses. Yours sincerely, Eileen Marsh"
        ),
        (
            "Dear Councillor Vaughan, The School Street scheme outside Lindfield Primary now "
            "prevents me dropping off my grandson, who has cerebral palsy, at the gate. The "
            "exemption form was returned unanswered. I understand you cycle home along the canal "
            "towpath past the lock each evening. It is very narrow there, and I would ask the "
            "council to put a rail in before a cyclist ends up in the water. Yours sincerely, "
            "Eileen Marsh"
        ),
    ),
    (
        (
            "the bollards on cromwell road have trapped my mum in her own street\nthe ambulance "
            "took 40 mins last week cos it couldnt get through\nif she dies waiting for one i "
            "swear ill come and find you and you wont need an ambulance after\nopen it up"
        ),
        (
            "the bollards on cromwell road have trapped my mum in her own street\nthe ambulance "
            "took 40 mins last week cos it couldnt get through\nif she dies waiting for one i "
            "swear ill make sure the whole town knows your name and the coroner hears it\nopen "
            "it up"
        ),
    ),
    (
        (
            "Dear Councillor Rowntree,\n\nMy elderly mother at 7 Hawthorn Court has been without "
            "heating since the boiler failed on 2 December. The contractor has cancelled five "
            "appointments.\n\nIf she spends one more night in a cold flat, I will be spending "
            "one at your house, and you will not enjoy the way I keep warm. I have the petrol "
            "already.\n\nYours sincerely,\nFrancis Hale"
        ),
        (
            "Dear Councillor Rowntree,\n\nMy elderly mother at 7 Hawthorn Court has been without "
            "heating since the boiler failed on 2 December. The contractor has cancelled five "
            "appointments.\n\nIf she spends one more night in a cold flat, I will be bringing "
            "her to stay at my house, and I will be sending the council the bill for her "
            "heating. I have the receipts already.\n\nYours sincerely,\nFrancis Hale"
        ),
    ),
    (
        (
            "Cllr Mortimer has blocked me on here for asking why the Rowley Park expansion was "
            "shelved. Fine. I don't need Facebook to talk to her. Her kids do swimming at "
            "Deepdale baths on a Wednesday and there's only one exit to that car park, and some "
            "of the dads from Rowley Park have fists like shovels. Answer the question, "
            "Councillor."
        ),
        (
            "Cllr Mortimer has blocked me on here for asking why the Rowley Park expansion was "
            "shelved. Fine. I don't need Facebook to talk to her. Her kids do swimming at "
            "Deepdale baths on a Wednesday, same as mine, so I'll just write to her at the "
            "council offices instead. Answer the question, Councillor."
        ),
    ),
    (
        (
            "Voicemail, 08:05: Councillor Ahmed, it's Glen from the garage on Wharf Street. The "
            "new box junction camera has fined every one of my customers coming out of the "
            "forecourt. A lot of them are not nice people, Councillor, and they've asked me "
            "who's responsible and I've told them. I gave them your name and your ward surgery "
            "times, and I don't think they're coming for a chat. Bye."
        ),
        (
            "Voicemail, 08:05: Councillor Ahmed, it's Glen from the garage on Wharf Street. The "
            "new box junction camera has fined every one of my customers coming out of the "
            "forecourt. A lot of them are not happy people, Councillor, and they've asked me "
            "who's responsible and I've told them. I gave them your name and your ward surgery "
            "times, and I think they're coming for a chat. Bye."
        ),
    ),
    (
        (
            "Councillor Blakemore, I farm the land next to the Sandy Lane transit site and I "
            "have lost two gates, a quad bike and forty metres of fencing since it opened. I "
            "have a shotgun licence and a lot of time on my hands, and you have a habit of "
            "driving past my yard on your way home. I would take the long way round. Regards, "
            "Tom Ellery"
        ),
        (
            "Councillor Blakemore, I farm the land next to the Sandy Lane transit site and I "
            "have lost two gates, a quad bike and forty metres of fencing since it opened. I "
            "have a shotgun licence and a lot of time on my hands, and the police have asked me "
            "to keep both well away from the site. I would ask you to come past my yard on your "
            "way home and see the damage. Regards, Tom Ellery"
        ),
    ),
    (
        (
            "ur the one who said the holiday inn express was safe for families well the families "
            "arent happy lot of people want to make sure u understand how they feel and they r "
            "talking about doing it at ur house with torches and whatever else they can carry "
            "not saying im one of them"
        ),
        (
            "ur the one who said the holiday inn express was safe for families well the families "
            "arent happy lot of people want to make sure u understand how they feel and they r "
            "talking about a peaceful vigil outside the hotel with candles and banners not "
            "saying im one of them"
        ),
    ),
    (
        (
            "Dear Councillor Gillespie, Residents of Glenmorrow strongly oppose the Carn Dubh "
            "wind farm extension. The visual impact assessment omitted every house on the north "
            "side of the glen. I noticed your son has started working at the hotel in the "
            "village over the summer. Glenmorrow is a small place, people talk, and not everyone "
            "is as restrained as I am when they meet someone connected to this decision. Yours "
            "sincerely, Alasdair Munro"
        ),
        (
            "Dear Councillor Gillespie, Residents of Glenmorrow strongly oppose the Carn Dubh "
            "wind farm extension. The visual impact assessment omitted every house on the north "
            "side of the glen. I noticed your son has started working at the hotel in the "
            "village over the summer. Glenmorrow is a small place, people talk, and he will hear "
            "how strongly people feel about this decision, which you are welcome to come and "
            "hear too. Yours sincerely, Alasdair Munro"
        ),
    ),
    (
        (
            "Councillor Pritchard, You said at the budget meeting that Hillcrest Library 'serves "
            "a declining audience'. I have been in there every Tuesday for the rhyme time "
            "session with my twins and it is standing room only. Libraries are full of paper, "
            "Councillor, and so is your ward office next door, and paper burns very nicely in a "
            "dry spell. Close one and the other might not last long either. Please come and see "
            "it."
        ),
        (
            "Councillor Pritchard, You said at the budget meeting that Hillcrest Library 'serves "
            "a declining audience'. I have been in there every Tuesday for the rhyme time "
            "session with my twins and it is standing room only. Libraries are full of paper, "
            "Councillor, and so is your ward office next door, and the paper in yours says you "
            "backed libraries. Close one and the other might not last long either. Please come "
            "and see it."
        ),
    ),
    (
        (
            "so u lot took my pitch on market square after 11 yrs and gave it to a coffee van ur "
            "husband runs that deli on high st dont he, them shutters dont look very strong, one "
            "good kick and a bit of petrol and hes got no pitch either"
        ),
        (
            "so u lot took my pitch on market square after 11 yrs and gave it to a coffee van ur "
            "husband runs that deli on high st dont he, ask him how he would feel after 11 yrs "
            "if a van got his pitch and he got a letter"
        ),
    ),
    (
        (
            "Councillor Farrell, the green at the end of Bramble Way is now a toilet for every "
            "dog in the estate and the kids can't play football on it. I've bagged up a week's "
            "worth and I'll be leaving it on your car and in your porch every day until "
            "something changes, and if anyone at your place gets in my way about it they'll get "
            "more than a bag of shit. Regards, Nigel Platt"
        ),
        (
            "Councillor Farrell, the green at the end of Bramble Way is now a toilet for every "
            "dog in the estate and the kids can't play football on it. I've bagged up a week's "
            "worth and I'll be bringing it to the council offices in a box every day until "
            "something changes, and if anyone at reception asks I'll tell them it's a bag of "
            "shit from Bramble Way. Regards, Nigel Platt"
        ),
    ),
    (
        (
            "Voicemail, Saturday 02:14: Councillor Lowther, it's Joanne at 3 Kestrel Walk, I'm "
            "sorry it's late but the dog next door has been barking for six hours straight and "
            "the council's out-of-hours number goes to an answering machine. Since nobody else "
            "is sleeping tonight, I don't see why you should. I'm going to keep ringing, and "
            "then I'm going to drive round to yours, and I won't be ringing the bell. Bye."
        ),
        (
            "Voicemail, Saturday 02:14: Councillor Lowther, it's Joanne at 3 Kestrel Walk, I'm "
            "sorry it's late but the dog next door has been barking for six hours straight and "
            "the council's out-of-hours number goes to an answering machine. Since nobody else "
            "is sleeping tonight, I'm leaving this on your answering machine too. I'm going to "
            "keep recording it, and then I'm going to send you the file, so you'll hear it. Bye."
        ),
    ),
    (
        (
            "Dear Councillor Sandhu, I am the landlord of 44 Ruskin Road and your article 4 "
            "direction means I can no longer convert the property as I had planned when I bought "
            "it. I stand to lose £90,000. I have friends who are a good deal less patient than I "
            "am about money, and when they lose out, someone usually ends up with broken bones. "
            "I would not want that to be you. Yours sincerely, Raj Malhotra"
        ),
        (
            "Dear Councillor Sandhu, I am the landlord of 44 Ruskin Road and your article 4 "
            "direction means I can no longer convert the property as I had planned when I bought "
            "it. I stand to lose £90,000. I have friends who are a good deal less patient than I "
            "am about money, and when they lose out, someone usually ends up in court. I would "
            "rather it was not the council, but that is where this is heading. Yours sincerely, "
            "Raj Malhotra"
        ),
    ),
    (
        (
            "Dear Councillor O'Hare, Your adult social care department has moved my father from "
            "Ashcroft Lodge to a home forty miles away because it was cheaper, without "
            "consulting the family. He has dementia and no longer recognises anyone. I have "
            "found out which of your officers signed off the move, where she lives and what time "
            "her train gets in. She will be seeing a lot of me until my father comes home. Yours "
            "sincerely, Siobhan Carey"
        ),
        (
            "Dear Councillor O'Hare, Your adult social care department has moved my father from "
            "Ashcroft Lodge to a home forty miles away because it was cheaper, without "
            "consulting the family. He has dementia and no longer recognises anyone. I have "
            "found out which of your officers signed off the move, and I have written to her and "
            "to her director. She will be hearing a lot from me until my father comes home. "
            "Yours sincerely, Siobhan Carey"
        ),
    ),
    (
        (
            "so the phone mast is going up right outside my kids bedroom on beech drive and u "
            "voted for it masts get burnt down all the time and so do the cars of councillors "
            "who vote for them no one asked us"
        ),
        (
            "so the phone mast is going up right outside my kids bedroom on beech drive and u "
            "voted for it masts get burnt down all the time by idiots and then the councillors "
            "who vote for them just put them up again somewhere worse no one asked us"
        ),
    ),
    (
        (
            "Dear Cllr Whitby,\n\nRe: assisted bin collection, 12 Larkspur Close\n\nMy husband "
            "is registered blind and I have had two hip replacements. Our assisted collection "
            "has been withdrawn without explanation.\n\nMy grandson tells me he has seen your "
            "wife at the Larkspur Close shops most mornings. He is a big lad and he is very "
            "protective of his nan, and I have not asked him to be any less so.\n\nYours "
            "sincerely,\nPatricia Dunn"
        ),
        (
            "Dear Cllr Whitby,\n\nRe: assisted bin collection, 12 Larkspur Close\n\nMy husband "
            "is registered blind and I have had two hip replacements. Our assisted collection "
            "has been withdrawn without explanation.\n\nMy grandson tells me he has seen your "
            "wife at the Larkspur Close shops most mornings. He is a good lad and he helps his "
            "nan with the bins when he can, but he cannot be here every week.\n\nYours "
            "sincerely,\nPatricia Dunn"
        ),
    ),
    (
        (
            "Cllr Sheldon posting photos of the new cycle lane while Gorse Hill Road is "
            "basically a quarry. Saw him out jogging on Gorse Hill at six this morning on his "
            "own. Lot of holes on that road, easy to fall down one and break your neck, or be "
            "helped down one. Priorities."
        ),
        (
            "Cllr Sheldon posting photos of the new cycle lane while Gorse Hill Road is "
            "basically a quarry. Saw him out jogging on Gorse Hill at six this morning on his "
            "own. Lot of holes on that road, he should be careful not to fall down one and break "
            "an ankle. Priorities."
        ),
    ),
    (
        (
            "Dear Councillor Abbott, The council's decision to raise council tax by 9.99% is an "
            "insult to pensioners on fixed incomes like me. I have paid my council tax for forty "
            "years. I am eighty-one and I have nothing to fear from prison, which gives a man a "
            "certain freedom. You would do well to remember that when you next knock on doors in "
            "Elmhurst. Yours sincerely, Arthur Penrose"
        ),
        (
            "Dear Councillor Abbott, The council's decision to raise council tax by 9.99% is an "
            "insult to pensioners on fixed incomes like me. I have paid my council tax for forty "
            "years. I am eighty-one and I have nothing to fear from the council, which gives a "
            "man a certain freedom to speak his mind. You would do well to remember that when "
            "you next knock on doors in Elmhurst. Yours sincerely, Arthur Penrose"
        ),
    ),
    (
        (
            "@CllrTomBryce enjoy your free councillor parking permit while we pay £6 an hour to "
            "visit the hospital. Your black Volvo sits in bay 3 behind the town hall all day "
            "with no camera on it. A bag of nails and a brick would cost less than one hour's "
            "parking. #HospitalParking"
        ),
        (
            "@CllrTomBryce enjoy your free councillor parking permit while we pay £6 an hour to "
            "visit the hospital. Your black Volvo sits in bay 3 behind the town hall all day for "
            "free. A coffee and a sandwich would cost less than one hour's parking. "
            "#HospitalParking"
        ),
    ),
    (
        (
            "Dear Councillor Fairbairn, I run a dog-walking business and the Kingsley Road "
            "filter has doubled my journey times between clients. I have lost three clients "
            "already. One of the dogs I walk lives two doors from you, so I see your cat in your "
            "front window most afternoons. Cats go missing round here all the time, and some of "
            "them turn up dead in the canal. Yours sincerely, Jade Whitmore"
        ),
        (
            "Dear Councillor Fairbairn, I run a dog-walking business and the Kingsley Road "
            "filter has doubled my journey times between clients. I have lost three clients "
            "already. One of the dogs I walk lives two doors from you, so I see your cat in your "
            "front window most afternoons. Your neighbour would tell you the traffic on Kingsley "
            "Road has got much worse too. Yours sincerely, Jade Whitmore"
        ),
    ),
    (
        (
            "the lift in delamere tower has been out 7 weeks and im on floor 14 with a pram if u "
            "dont get it fixed ill carry the pram up to ur flat on the 3rd floor of kingsmead "
            "and ill be bringing a few mates and baseball bats not nappies"
        ),
        (
            "the lift in delamere tower has been out 7 weeks and im on floor 14 with a pram if u "
            "dont get it fixed ill carry the pram up to ur office on the 3rd floor of kingsmead "
            "and ill be bringing a few mates and the nappies and a camera"
        ),
    ),
    (
        (
            "Voicemail, Wednesday 16:55: Councillor Hardy, it's Lisa Brennan, my son's been "
            "refused a place at Meadowbank for the second year and he's been out of school since "
            "September because nowhere will take him. You look at my son like he's a number. "
            "You've got two boys of your own at Meadowbank, and if mine can't be safe at school, "
            "I don't see why yours should be safe walking there either, kids get beaten up on "
            "that path all the time. Call me."
        ),
        (
            "Voicemail, Wednesday 16:55: Councillor Hardy, it's Lisa Brennan, my son's been "
            "refused a place at Meadowbank for the second year and he's been out of school since "
            "September because nowhere will take him. You look at my son like he's a number. "
            "You've got two boys of your own at Meadowbank, and if mine can't be at school, I'd "
            "like you to imagine yours sitting at home all day. Call me."
        ),
    ),
    (
        (
            "Cllr Lister\n\nThe new bus lane camera on Kirkgate went live with no signs and "
            "caught 2,400 drivers in a week. I'm one of them.\n\nSomeone's already taken a "
            "sledgehammer to the camera pole, and frankly the pole is the wrong target. Have a "
            "think about who's next.\n\nDean Morley"
        ),
        (
            "Cllr Lister\n\nThe new bus lane camera on Kirkgate went live with no signs and "
            "caught 2,400 drivers in a week. I'm one of them.\n\nSomeone's already taken a "
            "sledgehammer to the camera pole, and frankly that's the wrong way to go about it. "
            "Have a think about refunding the first week.\n\nDean Morley"
        ),
    ),
    (
        (
            "theyve pulled up on the rec again\nthe kids cant use the swings\nrubbish "
            "everywhere\nu wont move them so maybe we'll move u, ur house backs onto the rec and "
            "theres a lot of lads with petrol cans and nothing to do\nsort it"
        ),
        (
            "theyve pulled up on the rec again\nthe kids cant use the swings\nrubbish "
            "everywhere\nu wont move them so maybe we'll move the kids to ur street, ur house "
            "backs onto the other park and theres a lot of lads with footballs and nothing to "
            "do\nsort it"
        ),
    ),
    (
        (
            "Dear Councillor Lomax, As a former soldier I am appalled at the council's support "
            "for the conversion of the Ashworth Barracks site into asylum accommodation while "
            "veterans sleep rough in the town centre. I was trained to find people and I have "
            "not forgotten how. Your house, your routine and your wife's car are already known "
            "to me, and there are others who served with me who feel the same. Yours faithfully, "
            "Sgt (retd) Brian Hulme"
        ),
        (
            "Dear Councillor Lomax, As a former soldier I am appalled at the council's support "
            "for the conversion of the Ashworth Barracks site into asylum accommodation while "
            "veterans sleep rough in the town centre. I was trained to serve people and I have "
            "not forgotten how. The Legion, the housing charity and my wife's church are already "
            "helping veterans, and there are others who served with me who feel the same. Yours "
            "faithfully, Sgt (retd) Brian Hulme"
        ),
    ),
    (
        (
            "The turbine at Windy Knowe has been shut down for a gearbox fire for the third time "
            "and Cllr Fotheringham still calls it a success. He lives in the old manse under the "
            "ridge. If the next fire in that glen happens to be at his place, nobody in Glenbuck "
            "will be rushing to put it out. Share if you agree."
        ),
        (
            "The turbine at Windy Knowe has been shut down for a gearbox fire for the third time "
            "and Cllr Fotheringham still calls it a success. He lives in the old manse under the "
            "ridge. If the next fire in that glen happens near his place, he'll soon find out "
            "how long the fire service takes to reach Glenbuck. Share if you agree."
        ),
    ),
    (
        (
            "Voicemail, 11:40: Hello, this is a message for Councillor Beecham. I'm ringing "
            "about the Fenby library closure, I'm one of the volunteers. The lady from your "
            "office who came to tell us, the one with the red hair, she wants to be careful in "
            "that car park behind the library. People are very upset and someone might lash out. "
            "Thank you."
        ),
        (
            "Voicemail, 11:40: Hello, this is a message for Councillor Beecham. I'm ringing "
            "about the Fenby library closure, I'm one of the volunteers. The lady from your "
            "office who came to tell us, the one with the red hair, she was very kind. People "
            "are very upset and she took the time to listen, so please thank her. Thank you."
        ),
    ),
    (
        (
            "u lot cut my kebab shop hours to 11pm cos of 2 complaints friday and saturday after "
            "11 is half my takings my brothers are not as calm as me and they know ur face from "
            "the paper, if they see u in town after 11 i cant answer for them, they carry knives "
            "for the shop"
        ),
        (
            "u lot cut my kebab shop hours to 11pm cos of 2 complaints friday and saturday after "
            "11 is half my takings my brothers are not as calm as me and they know ur face from "
            "the paper, if they see u in town after 11 they'll tell u themselves, come in for a "
            "kebab on us"
        ),
    ),
    (
        (
            "Councillor Whiteley, Your new public spaces protection order bans dogs from the "
            "whole of Ridley Park, including the field that nobody else uses. My dogs have "
            "walked there every morning for nine years. Your retriever is very trusting, and it "
            "wanders down the lane from your cottage on its own most mornings. Dogs that wander "
            "do not always come home, and losing yours over a field would be a strange price to "
            "pay. Yours sincerely, Ruth Calloway"
        ),
        (
            "Councillor Whiteley, Your new public spaces protection order bans dogs from the "
            "whole of Ridley Park, including the field that nobody else uses. My dogs have "
            "walked there every morning for nine years. Your retriever is very trusting, and it "
            "wanders down the lane from your cottage on its own most mornings. Dogs like that "
            "need room to run, and I am sure you would not want yours banned from a field. Yours "
            "sincerely, Ruth Calloway"
        ),
    ),
    (
        (
            "Councillor Yates,\n\nThe outdoor events licence for Pemberton Park means twelve "
            "weekends of concerts this summer, finishing at 11pm, fifty metres from my bedroom "
            "window.\n\nI've worked out that your house is about fifty metres from the allotment "
            "where you keep your shed. It would be a very loud night for you if that shed went "
            "up in flames.\n\nRegards,\nClive Rudd"
        ),
        (
            "Councillor Yates,\n\nThe outdoor events licence for Pemberton Park means twelve "
            "weekends of concerts this summer, finishing at 11pm, fifty metres from my bedroom "
            "window.\n\nI've worked out that your house is about fifty metres from the allotment "
            "where you keep your shed. It would be a very loud night for you if a concert was "
            "held there, so you'll understand.\n\nRegards,\nClive Rudd"
        ),
    ),
    (
        (
            "hi its dev from 19 clement st the hmo next door has 11 people in a 4 bed house and "
            "the landlord laughs at us if ur not gonna do anything i'll tell them ur the one who "
            "reported them and give them ur home address they're not the type to send a letter"
        ),
        (
            "hi its dev from 19 clement st the hmo next door has 11 people in a 4 bed house and "
            "the landlord laughs at us if ur not gonna do anything i'll report them to the fire "
            "service myself and give them the address 11 people and one exit isnt safe"
        ),
    ),
    (
        (
            "Dear Councillor Mbeki, My sister Rose has motor neurone disease and her continuing "
            "healthcare funding was refused at panel last week. Our family has been paying for "
            "her night carers and the money has run out. We have been told that you chaired that "
            "panel. Rose may not have long, and when she goes I will have nothing left to "
            "protect, and no reason at all to hold back from you. Yours sincerely, Grace Mbatha"
        ),
        (
            "Dear Councillor Mbeki, My sister Rose has motor neurone disease and her continuing "
            "healthcare funding was refused at panel last week. Our family has been paying for "
            "her night carers and the money has run out. We have been told that you chaired that "
            "panel. Rose may not have long, and when she goes I want to know that somebody on "
            "that panel read her file properly, and I am asking you for that. Yours sincerely, "
            "Grace Mbatha"
        ),
    ),
    (
        (
            "Dear Councillor Ashworth, I object to the retrospective planning application for "
            "the 'leisure lodge' in the garden of 3 Wellfield Road, which is in reality a second "
            "dwelling let on Airbnb. I am told the applicant is a friend of yours, and I would "
            "therefore remind you that timber lodges burn quickly, that your summer house is "
            "built of the same stuff, and that fire is no respecter of friendships. Yours "
            "faithfully, Dr Anne Lacey"
        ),
        (
            "Dear Councillor Ashworth, I object to the retrospective planning application for "
            "the 'leisure lodge' in the garden of 3 Wellfield Road, which is in reality a second "
            "dwelling let on Airbnb. I am told the applicant is a friend of yours, and I would "
            "therefore remind you that timber lodges need fire separation from neighbouring "
            "houses, and that building regulations are no respecter of friendships. Yours "
            "faithfully, Dr Anne Lacey"
        ),
    ),
    (
        (
            "oi cllr crane 4 weeks no recycling collected on ash grove its piled up to the "
            "gutter im gonna load it all in the van and tip it in ur garden and if u come out "
            "shouting ull get a smack as well fuckin joke"
        ),
        (
            "oi cllr crane 4 weeks no recycling collected on ash grove its piled up to the "
            "gutter im gonna load it all in the van and take it to the tip myself and send u the "
            "bill for the fuel fuckin joke"
        ),
    ),
    (
        (
            "Voicemail, Friday 13:10: Hello Councillor Dunne, Rita Frame here from Sunnyside. My "
            "husband fell in the pothole outside the post office last Tuesday and fractured his "
            "wrist. Our son is very upset, he's just out of prison and he's not a patient lad, "
            "and he says he wants to find the man who's responsible and break his wrist too. I'm "
            "only passing it on. Thank you."
        ),
        (
            "Voicemail, Friday 13:10: Hello Councillor Dunne, Rita Frame here from Sunnyside. My "
            "husband fell in the pothole outside the post office last Tuesday and fractured his "
            "wrist. Our son is very upset, he's just taken the day off and he's not a patient "
            "lad, and he says he wants to find the man who's responsible and make a claim. I'm "
            "only passing it on. Thank you."
        ),
    ),
    (
        (
            "Cllr Moss you get £14k in allowances and you've just voted to put my council tax up "
            "another 5%. Keep spending our money and see what happens to that nice face of yours "
            "when you're knocking doors on Larch Road next spring. Lot of us have got steel "
            "toecaps and a good kick on us."
        ),
        (
            "Cllr Moss you get £14k in allowances and you've just voted to put my council tax up "
            "another 5%. Keep spending our money and see what happens to that nice majority of "
            "yours when you're knocking doors on Larch Road next spring. Lot of us have got long "
            "memories."
        ),
    ),
    (
        (
            "To Councillor Ibrahim\n\nYour civil enforcement officers gave my husband a ticket "
            "while he was helping our neighbour into an ambulance on Pennine Way.\nThe one who "
            "did it, the tall warden with the beard, patrols our street alone every Tuesday. If "
            "he tries that again he will end up in the same ambulance, with a lot more blood on "
            "him.\nSincerely,\nAmina Yusuf"
        ),
        (
            "To Councillor Ibrahim\n\nYour civil enforcement officers gave my husband a ticket "
            "while he was helping our neighbour into an ambulance on Pennine Way.\nThe one who "
            "did it, the tall warden with the beard, patrols our street alone every Tuesday. If "
            "he tries that again I will be making a formal complaint, and our neighbour's "
            "paramedic will give evidence.\nSincerely,\nAmina Yusuf"
        ),
    ),
    (
        (
            "Hands up who's had enough of Cllr Pereira's LTN. Forty-minute detour round the ring "
            "road to get to Aldi. He cycles through the filter on Brunswick Street at 8 every "
            "morning in his fluorescent jacket. Be very easy for a van to miss seeing him and "
            "leave him dead in the road. Nobody would blame the van. #ScrapIt"
        ),
        (
            "Hands up who's had enough of Cllr Pereira's LTN. Forty-minute detour round the ring "
            "road to get to Aldi. He cycles through the filter on Brunswick Street at 8 every "
            "morning in his fluorescent jacket. Be very easy for him to cycle the ring road "
            "instead and see what we see. Nobody would blame him for trying. #ScrapIt"
        ),
    ),
    (
        (
            "Dear Councillor Thornton, I enclose photographs of the damp and mould at 15 Millers "
            "Walk, which has caused my son's asthma to worsen to the point that he was admitted "
            "to hospital twice this winter. I have been reading about the Rochdale mould case, "
            "and I want you to understand that if my son dies in that flat, I will not be "
            "waiting for an inquest to find out who was responsible. I will already know, and so "
            "will the people I bring with me. Yours sincerely, Joseph Amankwah"
        ),
        (
            "Dear Councillor Thornton, I enclose photographs of the damp and mould at 15 Millers "
            "Walk, which has caused my son's asthma to worsen to the point that he was admitted "
            "to hospital twice this winter. I have been reading about the Rochdale mould case, "
            "and I want you to understand that if my son's health gets worse in that flat, I "
            "will not be waiting for an inquest to find out who was responsible. I will already "
            "have a solicitor, and so will the other tenants. Yours sincerely, Joseph Amankwah"
        ),
    ),
    (
        (
            "hiya cllr shah its becky\nmy daughter has been put on a bus 45 mins each way to "
            "year 7 and she is terrified shes 11\nur daughter walks home from the bus stop on "
            "holly lane by herself\nlets see how u like it when its ur girl whos scared of who's "
            "behind her\n"
        ),
        (
            "hiya cllr shah its becky\nmy daughter has been put on a bus 45 mins each way to "
            "year 7 and she is terrified shes 11\nur daughter walks home from the bus stop on "
            "holly lane by herself\nso u know how it feels when its ur girl out on her own\n"
        ),
    ),
    (
        (
            "Dear Councillor Greenhalgh, The ANPR camera at the end of Millfield Lane has issued "
            "my wife with seven penalty notices for entering a bus gate she could not see "
            "because it was hidden by an overgrown hedge. I am a reasonable man but I was not "
            "always one, and there are men I once knew who would happily do to you what I would "
            "like to do to that camera with a crowbar. I have not rung them yet. Yours "
            "sincerely, Howard Kemble"
        ),
        (
            "Dear Councillor Greenhalgh, The ANPR camera at the end of Millfield Lane has issued "
            "my wife with seven penalty notices for entering a bus gate she could not see "
            "because it was hidden by an overgrown hedge. I am a reasonable man but I was not "
            "always one, and there are days when I would happily do to that hedge what the "
            "council should have done with a chainsaw. I have rung the council instead. Yours "
            "sincerely, Howard Kemble"
        ),
    ),
    (
        (
            "Voicemail, Sunday 21:30: Councillor, it's Shaun Riley from Oakwood Farm. There's a "
            "dozen caravans gone on the field by the bypass and they've cut the padlock on my "
            "gate. I'm telling you now, if the council won't shift them the lads will, and after "
            "that the lads will come for the people who made them do your job for you. There'll "
            "be blood, and some of it will be on your doorstep. Call me."
        ),
        (
            "Voicemail, Sunday 21:30: Councillor, it's Shaun Riley from Oakwood Farm. There's a "
            "dozen caravans gone on the field by the bypass and they've cut the padlock on my "
            "gate. I'm telling you now, if the council won't shift them the lads will try, and "
            "after that the lads will be asking the people who made them do your job why. "
            "There'll be a meeting, and we'll want you at it. Call me."
        ),
    ),
    (
        (
            "Cllr Wragg says 'nothing to see' at the Britannia on Beach Road. Mate, everyone can "
            "see. Keep defending it and one morning you'll find your windows smashed in and your "
            "car on its roof, and don't act surprised."
        ),
        (
            "Cllr Wragg says 'nothing to see' at the Britannia on Beach Road. Mate, everyone can "
            "see. Keep defending it and one morning you'll find your inbox full and your seat "
            "gone at the election, and don't act surprised."
        ),
    ),
    (
        (
            "the sub station for the wind farm is going next to the school field in brackley and "
            "u said there was no alternative site theres a lot of us who know the lanes round ur "
            "place better than u do and its very dark down there in winter u should get some "
            "lights"
        ),
        (
            "the sub station for the wind farm is going next to the school field in brackley and "
            "u said there was no alternative site theres a lot of us who know the lanes round "
            "here better than u do and theres 3 fields by the bypass that would do u should come "
            "and look"
        ),
    ),
    (
        (
            "Dear Councillor Ferrier, The closure of Bankfoot Library was announced on the same "
            "day as a £1.2 million refurbishment of the council chamber. The irony is not lost "
            "on Bankfoot. You will remember, as I do, the councillor in this borough who had "
            "petrol poured through her letterbox in 2011. I mention her only so you can see how "
            "high feeling ran then, and how much higher it runs now. Yours sincerely, Moira Bell"
        ),
        (
            "Dear Councillor Ferrier, The closure of Bankfoot Library was announced on the same "
            "day as a £1.2 million refurbishment of the council chamber. The irony is not lost "
            "on Bankfoot. You will remember, as I do, the councillor in this borough who had "
            "petrol poured through her letterbox in 2011. I mention her only to say that nobody "
            "deserves that, however high feeling runs now. Yours sincerely, Moira Bell"
        ),
    ),
    (
        (
            "Councillor Tanaka, I note that the licensing committee granted a 24-hour licence to "
            "the new betting shop on Fore Street despite objections from the school and the "
            "church. My brother lost his house in a place just like it. If that shop opens I "
            "will smash its windows, then yours, and I'll be happy to explain why to the "
            "magistrates. Regards, Ewan Doherty"
        ),
        (
            "Councillor Tanaka, I note that the licensing committee granted a 24-hour licence to "
            "the new betting shop on Fore Street despite objections from the school and the "
            "church. My brother lost his house in a place just like it. If that shop opens I "
            "will stand outside its windows every day with a placard, and I'll be happy to "
            "explain why to the magistrates. Regards, Ewan Doherty"
        ),
    ),
    (
        (
            "ur the one who put the new fine signs up on the canal path but never once seen a "
            "warden there saw ur labrador tied up outside costa on sat nice dog be easy to untie "
            "it and walk it into the traffic dogs get hit by cars every day"
        ),
        (
            "ur the one who put the new fine signs up on the canal path but never once seen a "
            "warden there saw ur labrador tied up outside costa on sat nice dog be easy to pick "
            "up after it like the rest of us shame some people dont"
        ),
    ),
    (
        (
            "Councillor Bramwell, The extractor fan at the Golden Dragon on Station Parade runs "
            "until 2am and I can feel it through my bedroom wall. Environmental health have "
            "closed my case twice. I have started keeping a record of my own, of the evenings "
            "you and your husband come home from the golf club and the window you leave open at "
            "the back. Perhaps you would like someone to make noise under it. Yours sincerely, "
            "Keith Orme"
        ),
        (
            "Councillor Bramwell, The extractor fan at the Golden Dragon on Station Parade runs "
            "until 2am and I can feel it through my bedroom wall. Environmental health have "
            "closed my case twice. I have started keeping a record of my own, of the evenings "
            "the fan runs past midnight and the window I have to leave open at the back. Perhaps "
            "you would like to come and listen to it. Yours sincerely, Keith Orme"
        ),
    ),
    (
        (
            "Another HMO application on Victoria Avenue, the sixth this year, and guess who's on "
            "the planning committee. Cllr Hale, who happens to own two. Someone should pay his "
            "lets a visit with a can of petrol and see how much rent he collects then. I'm not "
            "saying me. Conflict of interest much?"
        ),
        (
            "Another HMO application on Victoria Avenue, the sixth this year, and guess who's on "
            "the planning committee. Cllr Hale, who happens to own two. Someone should pay his "
            "lets a visit with a clipboard and see how many of them meet the HMO licensing "
            "standards. I'm not saying me. Conflict of interest much?"
        ),
    ),
    (
        (
            "Voicemail, 18:25: Councillor Walsh, this is Pat Brady calling about my father "
            "Eamon, the carers missed him again today and he sat in a wet bed until half five. "
            "You've got your own dad in the Willows, haven't you. I hope they look after him "
            "well, because it would only take one person on that staff with a grudge, and I know "
            "two of them. Please ring me back."
        ),
        (
            "Voicemail, 18:25: Councillor Walsh, this is Pat Brady calling about my father "
            "Eamon, the carers missed him again today and he sat in a wet bed until half five. "
            "You've got your own dad in the Willows, haven't you. I hope they look after him "
            "well, because it only takes one person on that staff to make the difference, and I "
            "know two of them who are great. Please ring me back."
        ),
    ),
    (
        (
            "Cllr Nwosu you approved the 8 storey block on Canal Wharf which blocks out the sun "
            "for every house on Lock Street. Your constituency office is on the ground floor "
            "with a big glass front. Glass is easy to break and so are people. Think on before "
            "the next committee."
        ),
        (
            "Cllr Nwosu you approved the 8 storey block on Canal Wharf which blocks out the sun "
            "for every house on Lock Street. Your constituency office is on the ground floor "
            "with a big glass front. Come and stand in my garden at 3pm and see how much sun "
            "gets through. Think on before the next committee."
        ),
    ),
    (
        (
            "Dear Councillor Pemberton, I have been fined £100 for putting my recycling out a "
            "day early, on the evidence of a photograph taken by one of your waste officers. I "
            "have a photograph of that officer too, and of the van he drives, and of the house "
            "he goes home to. He may find that people with cameras are not always the ones who "
            "come off best. Yours sincerely, Gerald Finch"
        ),
        (
            "Dear Councillor Pemberton, I have been fined £100 for putting my recycling out a "
            "day early, on the evidence of a photograph taken by one of your waste officers. I "
            "have a photograph of that officer too, and of the van he drives, with its own bins "
            "left out overnight at the depot. He may find that people with cameras are not "
            "always the ones who are right. Yours sincerely, Gerald Finch"
        ),
    ),
    (
        (
            "cllr hughes\nthe hole on bryn road has swallowed another wheel\nthats 3 cars this "
            "week\nnext one that goes in there i'll dig out and bring round to urs and if ur in "
            "ill smash ur windscreen with the tyre iron so u know how it feels\n"
        ),
        (
            "cllr hughes\nthe hole on bryn road has swallowed another wheel\nthats 3 cars this "
            "week\nnext one that goes in there i'll dig out and bring round to urs and if ur in "
            "ill give u the bill for the tyre so u know how it feels\n"
        ),
    ),
    (
        (
            "Cllr Bhatt\n\nI am a carer on Universal Credit and your council tax support scheme "
            "has been cut so I now pay 30% instead of 0%.\n\nI cannot pay it.\n\nYou canvassed "
            "my street in May and I remember the house you went back to afterwards, the one with "
            "the blue door and the ramp. I think it's time I returned the visit.\n\nSunita"
        ),
        (
            "Cllr Bhatt\n\nI am a carer on Universal Credit and your council tax support scheme "
            "has been cut so I now pay 30% instead of 0%.\n\nI cannot pay it.\n\nYou canvassed "
            "my street in May and I remember you promising to protect carers, at the house with "
            "the blue door and the ramp. I think it's time you returned the visit.\n\nSunita"
        ),
    ),
    (
        (
            "Council have put pay and display on the seafront at Marsden Bay, £2.50 an hour, in "
            "a town where half the shops are empty. Cllr Rowe voted for it. His kid's moped is "
            "parked outside the chippy most nights. Wonder how long it takes to burn a moped. "
            "Rhetorical."
        ),
        (
            "Council have put pay and display on the seafront at Marsden Bay, £2.50 an hour, in "
            "a town where half the shops are empty. Cllr Rowe voted for it. His kid's moped is "
            "parked outside the chippy most nights for free. Wonder how long it takes to get a "
            "parking ticket on a moped. Rhetorical."
        ),
    ),
    (
        (
            "Voicemail, 07:50: Councillor Ling, it's Gary, I drive a cab, and your road closures "
            "on Gresham Street have cost me a third of my fares. I've got a lot of friends who "
            "drive for a living, and one of them nearly hit you on the zebra crossing outside "
            "the library last week. He says next time he won't brake. Have a think. Cheers."
        ),
        (
            "Voicemail, 07:50: Councillor Ling, it's Gary, I drive a cab, and your road closures "
            "on Gresham Street have cost me a third of my fares. I've got a lot of friends who "
            "drive for a living, and one of them nearly hit a cyclist on the zebra crossing "
            "outside the library last week because of the new layout. He says it's only a matter "
            "of time. Have a think. Cheers."
        ),
    ),
    (
        (
            "Cllr Daley its Marcus from 8 Kingfisher Court, the front door lock on the block has "
            "been faulty 2 months and we had a burglary on friday since ur happy for us to live "
            "with no locks maybe u won't mind if we leave ur front door open for u one night, u "
            "and ur missus, no locks, no one to stop whoever comes in"
        ),
        (
            "Cllr Daley its Marcus from 8 Kingfisher Court, the front door lock on the block has "
            "been faulty 2 months and we had a burglary on friday since ur happy for us to live "
            "with no locks maybe u can come and stay one night, u and ur missus, no locks, no "
            "one to stop whoever comes in, and see how u sleep"
        ),
    ),
    (
        (
            "Dear Councillor Aldridge, Our twins have been split between two primary schools "
            "three miles apart because the sibling rule was not applied to them. My wife does "
            "not drive. I have told the admissions team, and I am now telling you, that I will "
            "not be responsible for my actions if this is not reversed. I have already been to "
            "your house once to look, and I did not like what I wanted to do there with a "
            "hammer. Yours sincerely, Oliver Sharpe"
        ),
        (
            "Dear Councillor Aldridge, Our twins have been split between two primary schools "
            "three miles apart because the sibling rule was not applied to them. My wife does "
            "not drive. I have told the admissions team, and I am now telling you, that I will "
            "take this to appeal and to the Ombudsman if this is not reversed. I have already "
            "been to your surgery once to ask, and I did not get an answer there. Yours "
            "sincerely, Oliver Sharpe"
        ),
    ),
    (
        (
            "@CllrMegBuckley the red light camera on Station Road fined my son £100 on his first "
            "week of driving. Hope you like your little Fiat, because someone's going to torch "
            "it on your drive and I'll be clapping."
        ),
        (
            "@CllrMegBuckley the red light camera on Station Road fined my son £100 on his first "
            "week of driving. Hope you like your little Fiat, because it's parked in the "
            "ambulance bay at the station most mornings and I'll be reporting it."
        ),
    ),
    (
        (
            "Dear Councillor Gosling, The Local Plan allocation of land at Church Meadow for "
            "twelve Gypsy and Traveller pitches was made without any meaningful consultation "
            "with Brereton parish. Brereton is a small village, Councillor, and you live at the "
            "heart of it. There are a lot of people here who feel you have sold them out, and "
            "small villages have their own ways of settling accounts. Yours faithfully, Hugh "
            "Pargeter"
        ),
        (
            "Dear Councillor Gosling, The Local Plan allocation of land at Church Meadow for "
            "twelve Gypsy and Traveller pitches was made without any meaningful consultation "
            "with Brereton parish. Brereton is a small village, Councillor, and you live at the "
            "heart of it. There are a lot of people here who feel you have sold them out, and "
            "small villages have their own parish council, which will be objecting formally. "
            "Yours faithfully, Hugh Pargeter"
        ),
    ),
    (
        (
            "my daughter walks past the metropole every day on her way to college and u said "
            "there was nothing to worry about ur daughter goes to the same college dont she, "
            "lets see how relaxed u are when shes got people following her home every day, and i "
            "dont mean from the hotel, people who would hurt her to hurt u"
        ),
        (
            "my daughter walks past the metropole every day on her way to college and u said "
            "there was nothing to worry about ur daughter goes to the same college dont she, so "
            "ask her how relaxed she is walking past, she'll tell u"
        ),
    ),
    (
        (
            "Voicemail, Tuesday 20:05: Councillor Rennie, it's Fraser Kerr from Auchenbrae. The "
            "blasting for the turbine bases has cracked the walls of my steading and your "
            "planning officer won't return my calls. There's a good deal of leftover explosive "
            "in them quarries, Councillor, and a man who knows what he's doing could crack a few "
            "more walls with it, some of them nearer your place than mine. Call me back."
        ),
        (
            "Voicemail, Tuesday 20:05: Councillor Rennie, it's Fraser Kerr from Auchenbrae. The "
            "blasting for the turbine bases has cracked the walls of my steading and your "
            "planning officer won't return my calls. There's a good deal of leftover explosive "
            "in them quarries, Councillor, and it should be removed by someone who knows what "
            "he's doing before it cracks a few more walls, some of them nearer your place than "
            "mine. Call me back."
        ),
    ),
]
