"""Threats to a councillor inside long casework messages, and ordinary long casework beside them.

Threats sit in one or two sentences of e-mails, letters, contact-form submissions and long
messages on social media that are otherwise ordinary casework; the ordinary messages beside them
are long casework of the same kinds. Written in one sitting by a writer who read none of the
screener's texts, to confirm or refute a change to how longer messages reach the screener's
encoder, chosen on the twenty-fourth and twenty-fifth probes (``unseen_intimidation.py``,
``unseen_letters.py``). Never fitted on, and no rule is written from them;
``councillor_safety/screening/tests/test_unseen_sets.py`` keeps them apart.

    .venv/bin/python training/unseen_casework.py        # flagged counts

Runs in the app environment (no torch): it scores with the shipped screener.
"""

from __future__ import annotations

THREATS = [
    (
        "Dear Councillor Hughes, I am writing for the fourth time about the leylandii hedge at "
        "number 14 Orchard Close, which now blocks all light to my kitchen and back garden. "
        "Environmental health told me it was a matter for the high hedges procedure, and your "
        "office promised to chase it in March. Nothing has happened and the fee I paid seems to "
        "have vanished. I notice you park your silver Audi on Beech Grove most evenings after "
        "your meetings. It would be a shame if it started getting the same treatment my garden "
        "has had."
    ),
    (
        "hi cllr its Jade from flat 6 Marlowe House again. damp is back in the babys room and "
        "the black mould is all up the wall behind the cot, housing said 8 weeks for a surveyor. "
        "i know u live on the new estate by the garden centre, my brother drives past it every "
        "day. u might want to get this sorted before he stops bothering to just drive past. the "
        "health visitor says the babys chest is getting worse and i am not having it"
    ),
    (
        "Councillor Patel, the new residents' parking zone on Albert Road has left me paying "
        "forty pounds a year to park outside my own house, and half the time I still cannot find "
        "a space because of commuters with visitor permits. I've emailed you three times and got "
        "an automated reply. If I see you round here canvassing in May I will put you through "
        "your own front window. Sort the permits out or stay off my street."
    ),
    (
        "Dear Cllr Morrison, I object in the strongest terms to application 23/01874/FUL for "
        "forty-two dwellings on the paddock behind Mill Lane. The access onto the B4089 is "
        "already dangerous and the primary school is full. I am aware of certain conversations "
        "between you and the developer at the golf club, and I am prepared to make them public. "
        "I would also suggest you think carefully about walking your dog along the bridleway "
        "alone at night while feelings in the village are running this high. I look forward to "
        "your vote against the scheme at committee."
    ),
    (
        "Councillor Baird, my boy's been telt he's no getting the school bus anymore because "
        "we're 2.9 mile fae the academy instead of 3. He's eleven and the road has nae pavement "
        "for half of it. You sat in my mother's kitchen at the election and promised you'd look "
        "efter families like ours. If anything happens tae him on that road I'll be coming tae "
        "find you, and I ken where your wean goes tae school an aw. Get the decision changed."
    ),
    (
        "Dear Councillor Evans, the lay-by on Pant Road has had fridges, mattresses and "
        "builders' rubble dumped in it every week since Christmas. We've reported it through the "
        "app eleven times and the council clears it a month later. A few of us have been talking "
        "in the pub and we reckon we know who is doing it, and we also know the council isn't "
        "going to do anything. If it comes to us sorting it out ourselves, we'll be sorting out "
        "whoever let it get this bad as well, starting with you."
    ),
    (
        "You should know before you read the rest of this that people who ignore my mother end "
        "up regretting it. Mum is 87, lives alone in Cherry Tree Court, and her care package was "
        "cut from four visits to two a day after a review nobody told us about. Last Tuesday she "
        "was found on the bathroom floor by the milkman. The social worker is on leave and the "
        "duty team just keep taking messages. I expect a call from you by Friday, councillor, "
        "not from an assistant."
    ),
    (
        "cllr Wright you voted to take my premisis licence off me at the hearing on the 12th "
        "over a few noise complaints from people who moved next to a pub and knew it was a pub. "
        "22 years ive ran that place. my staff are out of work now becaus of you. you have took "
        "my living so i dont see why you should keep yours or your nice house on Park Crescent. "
        "theres lads who drank in my bar for years who are very upset and i cant be responsible "
        "for what they do"
    ),
    (
        "Dear Councillor Lomax, I have received a summons for council tax arrears of £1,140 "
        "which I dispute, as I was in hospital for most of the period and had applied for a "
        "single person discount that was never processed. The bailiffs have now written to me. "
        "I'm telling you this as a friend really, but there are a lot of people on the Moorside "
        "estate in the same boat and they know your name is on the cabinet papers. I'd not be "
        "going door-knocking round here on your own for a while if I were you. Please look at my "
        "account."
    ),
    (
        "Cllr Dunmore, there are now fourteen caravans on the playing field at Hollins Park and "
        "the council says it has to do welfare checks before it can serve notice. My kids can't "
        "use the park, there's rubbish everywhere and my shed was broken into on Sunday. You "
        "have until Monday to get them moved. If they're still there on Monday night we will "
        "move them ourselves, and then we'll be paying your house a visit to explain why we had "
        "to."
    ),
    (
        "Dear Councillor Shah, the closure of Station Road for the gas main works has added "
        "forty minutes to my journey to work each way, and the diversion signs send lorries down "
        "Church Lane past the primary school. Nobody consulted the businesses on the parade, and "
        "the bakery has lost half its trade. I would like to know who signed off a twelve week "
        "closure with no phasing. Yours, D. Carter. P.S. Your wife's florist shop is on the "
        "diversion route too. Be a shame if she lost her windows as well as her customers."
    ),
    (
        "Councillor Reeve. The 20mph zone on the main road through our village is a joke and you "
        "know it. Speed cameras on a road with no houses on one side, just to raise money. I've "
        "had two fines in a month and I will lose my licence and my job. You pushed this through "
        "at the parish meeting and laughed at people who objected. I will kill you if I lose my "
        "job over this, I mean it."
    ),
    (
        "Dear Councillor Adeyemi, I write on behalf of the Friends of Brookfield Library "
        "regarding the proposal to close the branch and replace it with a 'community hub' in the "
        "leisure centre foyer. The library is used by over four hundred people a week, many of "
        "them elderly or without internet at home. I gather you have been unwell recently. It "
        "would be a pity if the stress of this decision made things worse, and there are people "
        "in Brookfield a good deal angrier than I am who know exactly which house is yours. We "
        "will be attending the scrutiny meeting in numbers."
    ),
    (
        "Cllr Hassan, I'm writing to object to the extension at the Madina mosque on Clifton "
        "Street. The parking on a Friday is already a nightmare and the residents were never "
        "properly consulted. We all know why you are supporting it. Your surgery at the "
        "community centre on Thursdays is very easy to get into and out of, and nobody checks "
        "who comes in. You might want to think about that before committee."
    ),
    (
        "To the Parish Clerk, Mrs Jenkins. The parish council's decision to support the vestry "
        "extension at St Mary's while refusing my garage is hypocrisy of the highest order. I've "
        "lived in this parish forty years. You wrote the minutes that twisted what I said, and I "
        "know it was you. You go past my house every morning on your way to the bus stop at ten "
        "to eight. I'll be waiting one of these mornings and we can discuss the minutes "
        "properly, just you and me."
    ),
    (
        "Now then Councillor Booth. Them 300 houses going up on the old Brickworks site, you "
        "told us at the meeting there'd be a new doctors and a road. There's no doctors, there's "
        "no road, and the traffic down Low Lane is solid from seven. Our lass can't get an "
        "appointment for love nor money. You've been warned enough times nicely. Next time it "
        "won't be nicely, and it won't be at a meeting, it'll be at your door."
    ),
    (
        "Dear Councillor Fraser, the family at number 9 are running a car repair business from "
        "their drive, revving engines until midnight and leaving oil all over the pavement. The "
        "ASB team closed my case because I 'didn't keep the diary correctly'. You said you would "
        "attend the case review and then didn't turn up. That lovely spaniel of yours is often "
        "in your front garden on her own. Dogs do get out, and dogs do go missing. I expect you "
        "at the next review."
    ),
    (
        "Name: Gary Tolland. Subject: Disabled bay outside 41 Victoria Terrace. Message: I "
        "applied for a disabled bay outside my house in September for my wife, who has MS, and "
        "was turned down because we have a drive, which is too steep for her chair. I have sent "
        "photos and a letter from her consultant. Your officers just don't care. If this is not "
        "reviewed I'll put a brick through your window and see how you like getting in and out "
        "of your house with it boarded up."
    ),
    (
        "Councillor Whitaker, the decision to close Elmhurst residential home gives families six "
        "weeks to find placements for relatives with advanced dementia. My father has lived "
        "there for five years and a move could kill him. You voted for this. Let me be clear: if "
        "my father dies because of your decision, you will not be far behind him. I want a "
        "meeting with the director of adult social care."
    ),
    (
        "Dear Cllr O'Neill, closing the swimming pool at Greenway Leisure Centre leaves the "
        "whole east of the borough with no pool within six miles. My daughter is in the swimming "
        "club and they now train at 5.30am in the next district. I have screenshots of your "
        "messages from the group chat calling the campaigners 'moaners' and I will put them "
        "everywhere. And when people recognise you in the street after that, don't expect me to "
        "call them off. You've brought this on yourself."
    ),
    (
        "Dear Councillor Rahman, I am copying you into my complaint about Mr Steven Pike in "
        "planning enforcement, who has served a notice requiring me to take down my rear "
        "extension. He measured it wrongly and refuses to come back. I have spent £38,000 on "
        "that extension. I want you to pass a message on to Mr Pike: I know which car is his in "
        "the Civic Centre car park, and if that extension comes down, so does he. I need this "
        "resolved urgently."
    ),
    (
        "@CllrTomBates 3 weeks no bin collection on Kestrel Way, maggots everywhere, kids "
        "playing right next to it. reported it 4 times. you were happy enough to knock on my "
        "door for a vote. maybe ill knock on yours, 22 Linden Ave isnt it, and tip the lot on "
        "your doorstep with a few extras you wont like. sort it"
    ),
    (
        "Dear Councillor Pritchard, I wish to complain about the community council's decision to "
        "hand the lease of the village hall to the new trust without a public meeting. As "
        "treasurer of the old hall committee for nineteen years, I was not even informed. "
        "Everyone in Llanfair knows you swim at the leisure centre at seven every morning and "
        "walk back by the river. It is a lonely path at that hour, and people are very angry. I "
        "suggest you reconsider the lease before the next meeting."
    ),
    (
        "Councillor Green. I have been on the housing register for six years in band C with "
        "three kids in a one bed flat. My neighbour got a four bed house after eighteen months. "
        "Don't tell me it's a points system. You've got kids too, I've seen them on your "
        "Facebook at the school gates at St Anne's. How would you like it if they couldn't sleep "
        "safe at night? Think about that when you next look at my case."
    ),
    (
        "Dear Councillor Mason, I hit the pothole on Quarry Hill on the 3rd and it cost me a "
        "tyre, a wheel and tracking, £420 in total. My claim was rejected because the hole was "
        "'below the intervention depth'. It was deep enough to bust a wheel. I'm done with "
        "polite letters. Next time I see you I'm going to break your jaw, and you can put in a "
        "claim for that."
    ),
    (
        "Councillor i am a hackney driver 14 years and the licencing comitee has refused my "
        "renewal because of one complaint from a passenger who was drunk. my family depend on "
        "this. you are chairman of this comitee you could of stopped it. my cousins are very "
        "angry, they say they will find you after the next meeting. i am not saying i agree with "
        "them but i cannot control them. please give me my badge back"
    ),
    (
        "Dear Councillor MacLeod, I am writing regarding the HMO licence granted for 17 Gilmour "
        "Street, which now has eight students in a three bedroom flat above mine. The noise is "
        "constant and the bins are overflowing. The licensing board ignored every objection from "
        "the stair. I have found out you own a rental flat in Marchmont yourself, and I will be "
        "writing to the papers about that. Once your address is in print, I would not be "
        "surprised if your windows went in some night."
    ),
    (
        "Everyone needs to know what Councillor Diane Ellis has done to our area. The low "
        "traffic neighbourhood she forced in has turned Grove Road into a car park and my 10 "
        "minute school run is now 35. Ambulances can't get through. She doesn't even live here, "
        "she lives in a big detached on Manor Drive and drives a red Mini. I'm not saying anyone "
        "should do anything. I'm just saying we all know where she lives now, and what she "
        "drives. Share this."
    ),
    (
        "To Ms Kaur, housing officer. You have told me my homelessness application is closed "
        "because I 'failed to engage'. I was in hospital. I sent the discharge letter twice. I "
        "am sleeping on my sister's sofa with my son. I know you finish at five and walk to the "
        "Metro at St James. You had better reopen my case, because I've got nothing left to lose "
        "now. I am copying in Councillor Burns."
    ),
    (
        "Councillor Lane, the fly tip at the back of the garages on Heath Road has now been "
        "there nine weeks, rats are in my garden and my grandson has asthma. I have been "
        "patient. You have until the end of the month. After that I'll be collecting it all up "
        "and delivering it to your house personally, and I'll bring a can of petrol to help you "
        "get rid of it."
    ),
    (
        "Cllr Stewart, you approved that phone mast right outside the nursery on Braeside Road "
        "against the wishes of every parent in the scheme. Ye didnae even come tae the site "
        "visit. My man works nights and he's got a lot of time on his hands during the day. He "
        "says he'll be giving you a wee visit tae let you know what he thinks of your mast, and "
        "he's no a man for talking. Think on."
    ),
    (
        "Dear Councillor Nkemelu, I am writing about my council tax band, which I believe is "
        "wrong, and the refusal of the revenues team to forward my appeal to the Valuation "
        "Office. I have enclosed the details of three identical houses on my road in band C "
        "while mine is in band D. I have been driven to the point where I have stopped caring "
        "what happens to me. People in that state do things, councillor, and they do them to the "
        "people who put them there. Please act on this before it is too late for both of us."
    ),
    (
        "Dear Councillor Shaw, please pass this to the head of adult services. The social worker "
        "assigned to my brother, a Ms Lorna Briggs, has reduced his direct payments without any "
        "assessment. He has learning disabilities and now has no one to take him out. Ms Briggs "
        "drives a blue Fiesta and parks it on Tennyson Street, I've seen it. Tell her she wants "
        "to be checking her brakes if she's going to keep treating vulnerable people like this. "
        "I want his hours reinstated."
    ),
    (
        "Councillor Mbeki, my daughter has been refused a place at Highfield Primary even though "
        "we live 0.4 miles away, because of the new catchment boundaries your cabinet approved. "
        "She'll have to go to a school two buses away. I hear your two go to Highfield. It must "
        "be nice knowing your children are safe at a good school. It would be a real shame if "
        "that changed. We'll be at the appeal, and we'll be at the school gate."
    ),
    (
        "Dear Chairman, I have been an allotment holder on the Fieldside site for twenty-three "
        "years and I am appalled that the parish council has voted to raise rents by 60% and "
        "sell the bottom strip for parking. Nobody asked the allotment society. I would ask that "
        "the matter be put back on the agenda for the next meeting. Yours faithfully, R. "
        "Tomlinson. P.S. Your greenhouse down the bottom of plot 12 is very fragile. So are you, "
        "I'd imagine."
    ),
    (
        "Councillor Harker you've cut the 42 bus and there's now no way for me mam to get to the "
        "hospital for her dialysis three times a week. Taxi is £30 a go. She's 79. Don't give me "
        "that combined authority rubbish, you're on the transport committee. Honest to god if "
        "she misses one session cos of this I'll do you in. You'll need a hospital yourself when "
        "I'm done."
    ),
    (
        "Subject: Proposed transit site at Wharf Lane. I object to the proposal to build a "
        "permanent transit site at Wharf Lane, next to the canal and the play area. The "
        "consultation ran over the summer holidays and most residents did not know about it. The "
        "council did not consider the site at Ferry Road, which is further from houses. If this "
        "goes through, councillor, there are people round here who will burn it down before it "
        "opens, and they won't stop at the site. Your place is only half a mile away."
    ),
    (
        "Councillor Ahmed, I am going to keep this polite for now, but you need to understand "
        "that my patience has a limit and so does my temper, and you won't like what's past it. "
        "For eighteen months the tenant above me in the council block at Caxton House has played "
        "music until 4am. I work early shifts at the hospital. Environmental health installed a "
        "noise monitor that didn't work. The housing officer says mediation. I want him moved."
    ),
    (
        "Our county councillor @JulieFordCC voted to switch off the street lights on Mill Road "
        "after midnight to 'save money'. Two women have been followed home already this winter. "
        "Funny how she's never out after dark herself. Maybe someone should help her find out "
        "what it's like walking home in the pitch black, and see how safe she feels then. I'm "
        "just saying what everyone's thinking."
    ),
    (
        "Dear Cllr Walsh, for the third time: my application for a dropped kerb outside 6 Rowan "
        "Close was refused because of a lamp post the council itself put in the wrong place. I "
        "have quotes from two contractors to move it at my own expense. Your officer says no "
        "without giving reasons. You have 48 hours to call me. After that I stop asking nicely, "
        "and you'll find I'm not the only one on this estate who's tired of being ignored, and "
        "we all know your surgery times."
    ),
    (
        "Councillor Greaves, I'm writing about the licence review for my shop, Kings Convenience "
        "on Hope Street, which your ward colleagues have requested. I've run the shop for eleven "
        "years without a single incident. The people complaining are the ones who want my unit "
        "for a coffee place. I have a lot of friends in this community, councillor, good "
        "friends, and they don't like seeing me treated this way. I'd hate for one of them to "
        "run into you on a dark night and lose their temper. Please withdraw the review."
    ),
    (
        "Cllr Morgan, my housing benefit has been suspended for seven weeks while they 'verify' "
        "my tenancy and now my landlord has given me a section 21. I've phoned the council every "
        "day. Nobody calls back. If I end up on the street with my kids then I swear I will come "
        "down that council chamber with a knife and you'll be the first one I go for. I'm not "
        "joking anymore."
    ),
    (
        "Dear Councillor Barker, the felling of the six mature limes on Queens Avenue was "
        "carried out without notice, and the council's own tree officer had recommended they be "
        "kept. This is vandalism. I have obtained the emails showing you pushed it through for "
        "your friend's development. I will be sending them to every resident and pinning them to "
        "the lamp posts outside your house on Elm Grove, where your wife and kids can read them. "
        "After that, what people decide to do about you is their business."
    ),
    (
        "Dear Councillor Ingram, my son, who is autistic, has been without school transport "
        "since half term because the contract with the taxi firm lapsed. I have had to give up "
        "my job to drive him. The SEN team keep saying it is in hand. I am giving you one week. "
        "I have reached the end of my rope, and when I go, I will not be going quietly or alone. "
        "I know exactly where to find you."
    ),
    (
        "cllr mcgregor the bins in our back court havnae been emptied in 3 wk, rats the size of "
        "cats. phoned the council 6 times. u were quick enough tae post a selfie at the new "
        "cycle lane. if they bins are no emptied by friday am gonnae batter ye next time ye show "
        "yer face in the toon, nae joke"
    ),
    (
        "Dear Councillor Osei, I would like you to look into the conduct of Ms Harriet Doyle, "
        "the case officer on my application for a garden room. She has recommended refusal twice "
        "on grounds that did not apply to my neighbour's identical building. I have been very "
        "patient. I happen to know Ms Doyle lives in the same village as my brother-in-law and "
        "has a little girl at the village school. People talk in small villages, and things get "
        "said to children at the gate. I'd like this resolved before it gets any more personal."
    ),
    (
        "Councillor Fenwick, as a member of St Barnabas for fifty years I am disgusted that you "
        "supported the sale of the church hall car park for flats. Where will the elderly "
        "congregation park? You sit in the pew behind us some Sundays as if nothing happened. "
        "I've been praying for you, councillor, praying something happens to you so you know how "
        "it feels to lose something precious. And if God is slow, I may have to help Him along."
    ),
    (
        "For the attention of Mr D. Rowe, Revenues Manager, cc Councillor Ellison. I refer to "
        "your letter of 14 February regarding my liability order and the instruction to "
        "enforcement agents. I have made every payment under the arrangement agreed in November, "
        "and I enclose the bank statements. Your staff have now sent bailiffs to my elderly "
        "mother's address, which is not mine. If one more enforcement agent turns up at her "
        "door, I will turn up at yours, Mr Rowe, and you will understand how she felt."
    ),
    (
        "Long post sorry. The Hawthorn Fields development was supposed to come with a new "
        "primary school, and now Councillor Steve Peel says the developer has 'viability issues' "
        "and the school is off. 450 houses, no school, no GP. Peel lives in the old rectory with "
        "a nice long drive and no neighbours to hear anything. Seems to me a man like that ought "
        "to be more careful who he upsets. Some of the lads on the estate have said they'll be "
        "going round there. Don't say you weren't told."
    ),
    (
        "Dear Councillor Hart, I'm writing again about the abandoned van outside number 30, "
        "which has been there since October with a smashed window and now has people sleeping in "
        "it. Police say it's the council, the council says it's the DVLA. I feel I should warn "
        "you, as someone who voted for you, that my husband is not a well man and he has been "
        "talking a lot about you lately, about where you live and what he'd like to do. I'd feel "
        "better if the van were gone and he had something else to think about."
    ),
]

ORDINARY = [
    (
        "Dear Councillor Hughes, this is my final letter before I escalate. The leak in the "
        "bathroom ceiling at 23 Fenton Court was first reported in June and the repairs team "
        "have cancelled four appointments, twice without telling me. I have taken a day off work "
        "each time. If I do not have a confirmed date by the end of next week I will be going to "
        "the Housing Ombudsman and copying in the local paper. I would much rather you sorted "
        "it."
    ),
    (
        "Councillor Reeve, I have voted for you at every election for twelve years and I am "
        "done. The 20mph scheme on the bypass was pushed through without proper consultation, "
        "and the way you laughed off people's concerns at the parish meeting was insulting. I'll "
        "be standing against you myself in May, and so far I have eighty signatures from people "
        "who say they'll vote for me. Consider this your notice."
    ),
    (
        "Dear Cllr Morrison, I wish to object to application 23/01874/FUL. This development will "
        "be the death of the village as we know it. Forty-two houses on a single-track lane with "
        "no footway, and a primary school already turning children away, is madness. I have "
        "lived here for thirty years and have watched the bus service disappear and the pub "
        "close. Please speak against it at committee and ask for a site visit."
    ),
    (
        "Dear Councillor Okafor, I wanted to let you know, quietly, that there is a post going "
        "round the Westfield Residents Facebook group with your home address and a photo of your "
        "car, over the library closure. I don't agree with what you voted for, but this is not "
        "right, and some of the comments are nasty. I have reported it to the group admin and to "
        "Facebook. You might want to tell the police and the council's security people. Take "
        "care."
    ),
    (
        "Dear Councillor Singh, I need help urgently. My neighbour at number 12, with whom we "
        "have had a long dispute over the shared driveway, shouted at my husband yesterday that "
        "he would 'burn the house down with us in it'. We have reported it to the police, crime "
        "number 14/22981/24, but we are council tenants and the housing officer says she can't "
        "move us without more evidence. We have two young children. Please can you speak to "
        "housing about a management transfer?"
    ),
    (
        "Councillor Patel, I am ready to explode. For the third time this month I've been given "
        "a parking ticket outside my own house on Albert Road while displaying a valid "
        "resident's permit, because the warden couldn't read the date through the windscreen. "
        "Each appeal takes six weeks. I am a carer for my dad and I cannot keep wasting "
        "afternoons on this. Please can you raise it with parking services and get the permits "
        "redesigned."
    ),
    (
        "Hi Cllr Bates, I think we're practically neighbours, I'm at the top of Linden Ave, a "
        "few doors up from you. I wanted to flag that the bins on Kestrel Way haven't been "
        "collected for three weeks and there are maggots in the ones by the play area. I've "
        "reported it on the app four times. I know you walk past there with your little boy, so "
        "you've probably seen it. Anything you can do would be great."
    ),
    (
        "Dear Councillor Evans, I just wanted to say thank you. After two years of reporting "
        "fly-tipping in the lay-by on Pant Road, the new camera and the barrier have made a real "
        "difference, and nothing has been dumped since February. I know you had to push hard at "
        "committee for the money. My dad, who walks his dog there every morning, says it's like "
        "a different place. Please pass our thanks to the enforcement officers too."
    ),
    (
        "Councillor Whitaker, I am absolutely furious. My mother's care package was cut from "
        "four calls to two after a review conducted over the phone while she was confused and I "
        "was not present. She has fallen twice since. This is negligence, plain and simple, and "
        "if she is harmed I will hold the council responsible and take legal advice. I have "
        "already contacted Age UK and a solicitor. I want an urgent reassessment with me "
        "present."
    ),
    (
        "Dear Cllr O'Neill, the closure of the Greenway pool is a scandal, and I have been told "
        "by a member of staff that the maintenance survey was exaggerated to justify it. I will "
        "be taking what I know to the Echo, and I have already spoken to a reporter from BBC "
        "Look North who is interested. You have a chance to get ahead of this by publishing the "
        "full survey. I hope you will take it."
    ),
    (
        "Dear Councillor Dunmore, I'm a 74-year-old widow living alone on Hollins Park Road, and "
        "since the encampment arrived on the playing field I have been frightened to go out "
        "after dark. I'm sure most of them are decent people, but there have been fires and loud "
        "dogs at night and my garden gate was left open twice. I don't want anyone hounded, I "
        "just want to know what the council is doing and how long it will be. Could someone "
        "please call me?"
    ),
    (
        "Dear Councillor Fraser, I want to report that the people at 9 Westmoor Road appear to "
        "be dealing drugs. Cars pull up at all hours, someone goes out for thirty seconds and "
        "they drive off. Last week there was a fight on the pavement and a man was hit with a "
        "bottle. I have told the police on 101 but nothing happens. I'm frightened to give my "
        "name publicly, so please keep this confidential. Could you raise it at the next ward "
        "panel meeting?"
    ),
    (
        "Councillor Wright, the licensing sub-committee's decision to revoke my premises licence "
        "was procedurally flawed. The objectors' evidence was submitted after the deadline and I "
        "was not given a copy. Twenty-two years I have run that pub without a single police "
        "call-out. I have instructed solicitors and will be appealing to the magistrates' court, "
        "and I will seek costs. I would also like to know why you didn't declare that one of the "
        "objectors is your business partner."
    ),
    (
        "Dear Cllr Mbeki, I know your own children are at Highfield, so you'll know how bad the "
        "traffic is at drop-off now the school bus from Pennington has been cut. Parents from "
        "the estate are driving because the walk is along the A road. Yesterday a little lad was "
        "nearly hit outside the main gate. Would you back our request for a crossing patrol and "
        "for the bus to be reinstated? I'm happy to meet you at the school gates any morning."
    ),
    (
        "Dear Councillor Barker, I have obtained through a Freedom of Information request the "
        "emails between you and the tree officer about the felling of the limes on Queens "
        "Avenue. They show that the officer's recommendation was overruled on your instruction. "
        "I will be submitting a complaint to the Monitoring Officer under the code of conduct "
        "and publishing the emails on our residents' website. I think the community deserves an "
        "explanation, and I'd invite you to give one at the next residents' meeting."
    ),
    (
        "Dear Councillor Lomax, I am writing because I don't know who else to turn to. I owe "
        "£1,140 in council tax after my hours were cut, and the bailiffs have written to say "
        "they will be coming to take goods. I have nothing worth taking. I haven't slept "
        "properly in weeks and some days I feel like I can't go on. Please can you help me get a "
        "payment plan I can actually afford? I can manage £20 a month."
    ),
    (
        "Cllr Harker, cutting the 42 bus is killing this village, slowly but surely. My mam has "
        "dialysis three times a week at the General and the only alternative is a £30 taxi. The "
        "combined authority says it's down to the council and the council says it's the combined "
        "authority. Someone needs to take responsibility. I'm going to be at the transport "
        "committee on the 14th and I'll be asking a question from the public gallery."
    ),
    (
        "Dear Councillor Ahmed, I'm scared of the man in the flat above me at Caxton House. Last "
        "night he banged on my door at 3am shouting that he'd 'sort me out' if I reported his "
        "music again. I've logged it with the police. I work early shifts and I can't keep "
        "living like this. The housing officer has suggested mediation, but I'm not going to sit "
        "in a room with him. Is there anything you can do to get me moved or get him an "
        "injunction?"
    ),
    (
        "Dear Cllr Hassan, as a neighbour of the Madina mosque on Clifton Street for twenty "
        "years I would like to support the extension. The mosque has always been a good "
        "neighbour; they run the food bank on Saturdays and opened up as a warm space last "
        "winter. I understand there are worries about Friday parking, and I'd suggest the "
        "council looks at a marshalled arrangement with the school car park. Please give my best "
        "to your mother, I saw her at the Eid open day."
    ),
    (
        "Councillor Booth, you promised us a GP surgery and a relief road with the Brickworks "
        "estate and we've got neither. The traffic on Low Lane is solid from seven and my wife "
        "waited three weeks for a phone appointment. People feel lied to. I'll be watching how "
        "you vote on the section 106 variation very closely, and so will everyone else on the "
        "estate, and we'll remember it at the ballot box."
    ),
    (
        "Dear Mrs Jenkins, I am writing to you as clerk to ask that my objection to the vestry "
        "extension at St Mary's be recorded accurately in the minutes. The draft minutes say I "
        "'raised no material concerns', whereas I spoke for five minutes about the loss of the "
        "yew tree and the parking on Church Walk. If this is not corrected I will ask the "
        "chairman to raise it at the next meeting and, if necessary, complain to the county "
        "association of local councils."
    ),
    (
        "Dear Councillor Burns, I want to say how grateful I am to Ms Kaur in the housing "
        "options team. When I was discharged from hospital with my son and nowhere to go, she "
        "reopened my homelessness application the same afternoon and found us temporary "
        "accommodation by evening. She rang me twice afterwards to check we were settled. People "
        "only ever write to complain, so I wanted you to know. Could you please pass this on to "
        "her manager?"
    ),
    (
        "Cllr Walsh, I've been trying to get through to highways about my dropped kerb "
        "application at 6 Rowan Close for four months. It was refused because of a lamp post the "
        "council put in the wrong place, and I've offered to pay to move it. I'm going to come "
        "along to your surgery at the community centre on Saturday at ten with all my paperwork, "
        "and I'll keep coming until someone listens. Please make sure you've had a look at the "
        "file first."
    ),
    (
        "Dear Councillor Ford, since the street lights on Mill Road were switched off after "
        "midnight, two women I know have been followed home from the station. I work late shifts "
        "at the care home and I now pay for a taxi for a five minute walk because I'm too "
        "frightened. I understand the council needs to save money, but surely this stretch could "
        "be kept lit. I've started a petition and have 340 names so far. Could I hand it in to "
        "you?"
    ),
    (
        "Councillor Mason, I honestly could have murdered someone on Tuesday when I hit that "
        "pothole on Quarry Hill for the second time this year. It took out the front tyre and "
        "the alloy, £420. Your highways department rejected my claim because the hole was 'below "
        "intervention depth'. I have photos with a tape measure showing it's 60mm. Please can "
        "you get it looked at before somebody on a bike gets killed there."
    ),
    (
        "Dear Councillor MacLeod, I'd invite you to spend one Friday night in my flat on Gilmour "
        "Street and see how you like it. The HMO above me has eight students who party until "
        "five, and the back court is full of broken glass. I have recorded the noise on my phone "
        "on twenty-three nights since September. I'd ask that the licensing board reviews the "
        "licence and that the antisocial behaviour team contacts the landlord. I know it's not "
        "entirely the students' fault."
    ),
    (
        "Long post, sorry. Cllr Diane Ellis has finally agreed to come to a public meeting about "
        "the low traffic neighbourhood on Grove Road. She doesn't live in the zone, she's over "
        "on the Manor estate, so it's important she hears from people who actually do. Thursday "
        "7pm, St Luke's hall. Please come, be civil, and bring your school run times and any "
        "evidence of ambulances being delayed. Shouting won't help, numbers and facts will."
    ),
    (
        "Dear Councillor Adeyemi, I was sorry to hear you have been unwell and I hope you are on "
        "the mend. I don't want to add to your worries, but the Friends of Brookfield Library "
        "would be grateful if you could find time to meet us before the scrutiny meeting on the "
        "branch closure. We have usage figures from the last three years and a proposal for "
        "volunteer-supported opening hours. We could come to you, or meet online if that's "
        "easier."
    ),
    (
        "Cllr Baird, I'm pure raging. They've telt my boy he's no eligible for the school bus "
        "cos we're a few hunner yards short o' three mile. There's nae pavement on the Lochside "
        "road and it's pitch black in the winter mornings. You said at the election you'd stand "
        "up for families in the scheme. Well, here's your chance. I've put in an appeal and I "
        "want you there wi' me."
    ),
    (
        "@CllrMcGregor 3 wks no bin collection in our back court, rats everywhere, my weans cant "
        "play oot. phoned 6 times, naebody calls back. absolute joke. if its no done by friday "
        "am taking photos tae the Record and environmental health. sort it pal"
    ),
    (
        "Councillor Dunmore, this is the third unauthorised encampment on Hollins Park this "
        "year. I understand the council has to carry out welfare checks, but it took eleven days "
        "to serve notice last time and the clean-up cost thousands. I want to know why the "
        "council has still not identified a transit site, which would give it powers to move "
        "groups on quickly. If I don't get an answer I'll be raising it as a public question at "
        "full council."
    ),
    (
        "Dear Councillor Peel, I thought you should know that at the Hawthorn Fields residents' "
        "meeting last night a couple of men were talking about 'paying you a visit' over the "
        "school being dropped. Most people there told them to calm down, and I don't think it "
        "was serious, but I didn't like the tone. I've mentioned it to PCSO Daniels. I'm as "
        "angry as anyone about the school, but not like that. Please be careful."
    ),
    (
        "Dear Cllr Rahman, I attended your surgery at the Civic Centre annexe on Saturday and "
        "was a bit concerned that you were on your own in the room with no one on the front "
        "desk. A man came in before me who was shouting about his planning enforcement notice. I "
        "know councillors have to be accessible, but you should have somebody with you. Anyway, "
        "my own question is about the footpath behind Mallard Way, which has been closed for six "
        "months."
    ),
    (
        "Dear Councillor Hughes, the leylandii at 14 Orchard Close have now reached twenty feet "
        "and my vegetable garden is in permanent shade. I paid the £350 high hedges fee in "
        "January and have heard nothing since. This dispute is slowly driving me round the bend. "
        "If I have not had a decision by the end of the month I will complain formally and then "
        "go to the Local Government Ombudsman. Please chase the planning team."
    ),
    (
        "Councillor Whitaker, we will fight the closure of Elmhurst with everything we have. We "
        "have a petition of 2,800 names, a barrister looking at the consultation, and families "
        "ready to speak at cabinet. My father has lived there for five years and moving him "
        "could be devastating. We will be outside the Town Hall on Wednesday morning with "
        "banners, peacefully. I hope you'll come out and talk to us."
    ),
    (
        "Dear Councillor Pritchard, I am writing about the cockerel kept by my neighbour at Ty "
        "Newydd, which starts crowing at 4.30 every morning directly under our bedroom window. I "
        "have asked nicely, and my husband has said that if it goes on much longer he'll wring "
        "its neck himself, though of course he won't. Environmental health say a cockerel in a "
        "rural area is not a statutory nuisance. Could the community council have a word, or is "
        "there anything else we can do?"
    ),
    (
        "Dear Chairman, on behalf of the Fieldside Allotment Society, thank you for the parish "
        "council's decision to keep the rent rise to 5% and to withdraw the plan to sell the "
        "bottom strip. Your visit to the site in April clearly made a difference. The society "
        "would like to invite you and the councillors to our open day on 20 July, with tea, cake "
        "and a very competitive marrow show. My wife has asked me to say your greenhouse tips "
        "were very useful."
    ),
    (
        "Councillor Lane, I know who has been dumping rubbish behind the garages on Heath Road. "
        "It's a man with a white Transit who does house clearances, and I've got photos of him "
        "unloading on three separate days with his number plate visible. I'm happy to give a "
        "statement to the enforcement team. I don't want my name passed to him, because he lives "
        "locally and I'm worried about what he'd do. Please tell me how to send the photos "
        "securely."
    ),
    (
        "Dear Councillor Nkemelu, the revenues team have refused to forward my banding appeal to "
        "the Valuation Office, which I understand they have no right to do. Three identical "
        "houses on my road are in band C and mine is in band D. I have been paying the extra for "
        "eleven years. You'll be hearing from me, and from my MP, until this is put right. I "
        "attach the details of the other properties."
    ),
    (
        "Councillor, I have been a hackney driver for fourteen years and the licensing committee "
        "refused my renewal because of a single complaint from a drunk passenger, with no CCTV "
        "and no police involvement. I have three children and this is my only income. I will "
        "appeal to the magistrates, but that takes months. Please, as chair, can you ask the "
        "licensing manager to review it? I am not a dangerous man, I just want to work."
    ),
    (
        "Hi Councillor Green, I hope you don't mind, but I dropped a copy of our petition about "
        "the Beacon Road play area through your letterbox on Sunday, as the council offices were "
        "closed. A neighbour told me which house was yours. It has 212 signatures from parents "
        "on the estate asking for the broken swings to be replaced before summer. Sorry for "
        "coming to your home, I know it's not ideal. I've also emailed it to democratic "
        "services."
    ),
    (
        "Councillor Greaves, I'm writing about the review of the licence for Kings Convenience "
        "on Hope Street. I have a lot of friends in this community and over three hundred of "
        "them have signed letters of support, which I'll bring to the hearing. I've run the shop "
        "for eleven years with no incidents. I believe the review has been requested by people "
        "who want my unit. I'd be grateful if you could meet me before the hearing and look at "
        "my CCTV and refusals log."
    ),
    (
        "Dear Councillor Shaw, I want to make a formal complaint about the social worker "
        "handling my brother's case, Ms Lorna Briggs. She cut his direct payments without an "
        "assessment and has not returned my calls in six weeks. He has learning disabilities and "
        "is now stuck at home. I'm not trying to get anyone into trouble, but this is not "
        "acceptable and I'll be using the complaints procedure and then the Ombudsman if needed. "
        "I'd like his hours reinstated immediately."
    ),
    (
        "Councillor Ellison, heads should roll over what happened to my mother. Enforcement "
        "agents came to her flat three times over a council tax debt that is mine, not hers, at "
        "an address she has lived at alone since 1998. She is 84 and was terrified. I had "
        "already agreed a payment plan and have the bank statements to prove it. I want a "
        "written apology to her from the revenues manager and an explanation of how this "
        "happened."
    ),
    (
        "Dear Councillor Shah, the twelve week closure of Station Road is going to finish my "
        "business. The bakery has lost half its trade in three weeks because the diversion sends "
        "everyone away from the parade. I have a mortgage on the shop and two staff. I'm not "
        "asking for the works to stop, just for the road to be opened in phases and for proper "
        "signs saying the shops are open. Could the council consider a business rates holiday "
        "for the parade?"
    ),
    (
        "Dear Cllr Hart, I was so sorry to see that someone scratched your car outside your "
        "house on Saturday night. Whatever people think about the abandoned van row, that's not "
        "on, and most of us on Fenwick Street are appalled. I wanted to let you know I have a "
        "doorbell camera that faces your side of the road, and I'm happy to give the footage to "
        "the police. On the van itself, it's still there, and people are now sleeping in it."
    ),
    (
        "Cllr Stewart, that phone mast will go up outside the nursery on Braeside Road over my "
        "dead body. I've been through the planning papers and the council never even did a site "
        "visit, never mind consulted the parents. Every family in the scheme has signed our "
        "objection. I've asked about an appeal to the Scottish Government reporter, and we're "
        "organising a protest at the nursery on Monday, with the bairns and their drawings."
    ),
    (
        "Councillor Mbeki, I'm at breaking point. I have been on the housing register for six "
        "years in band C with three children in a one-bedroom flat in Clarence House. The eldest "
        "sleeps on the sofa and is revising for his GCSEs in the kitchen. My GP has written to "
        "support a medical priority and nobody has acknowledged it. I'm not threatening anybody, "
        "I just need someone to look at the case properly before I crack up."
    ),
    (
        "Dear Councillor Booth, the residents of Low Lane are declaring war on the Brickworks "
        "phase two application. We've formed an action group, hired a planning consultant and "
        "got a traffic survey showing three thousand extra movements a day. We'll be speaking at "
        "committee, leafleting every house, and if it's approved we'll be asking for it to be "
        "called in. Consider yourself warned, councillor: we won't go away."
    ),
    (
        "Dear Councillor Patel, I witnessed a civil enforcement officer being shoved and sworn "
        "at by a driver on Albert Road yesterday afternoon, after he'd given a ticket. The "
        "officer kept his cool, but it was nasty, and the man told him he'd 'know where to find "
        "him'. I've given my details to the police. Can you make sure the council supports him "
        "and thinks about body cameras? For what it's worth, I think the parking scheme needs "
        "changing, but nobody deserves that."
    ),
]


def main() -> None:
    from unseen_mail import print_pair_counts  # beside this script

    print_pair_counts(THREATS, ORDINARY)


if __name__ == "__main__":
    main()
