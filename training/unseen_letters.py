"""Intimidation of a councillor inside longer messages, and ordinary long messages beside it.

Letters, e-mails and long social-media posts, written in one sitting by a writer who read none
of the screener's texts, to confirm or refute the reading of a longer message's sentences chosen
on the twenty-fourth probe (``unseen_intimidation.py``). Never fitted on, and no rule is written
from them; ``councillor_safety/screening/tests/test_unseen_sets.py`` keeps them apart.

    .venv/bin/python training/unseen_letters.py        # flagged counts

Runs in the app environment (no torch): it scores with the shipped screener.
"""

from __future__ import annotations

THREATS = [
    (
        "Dear Councillor Hargreaves, I am writing about the decision to approve the 140 homes "
        "on the field behind Mill Lane. Residents raised flooding, school places and the "
        "single-track access at every stage and were ignored. You live on Church Row, two "
        "minutes from that field, so you will know exactly what the traffic is going to be "
        "like. It would be a shame if something happened to that nice house of yours while the "
        "diggers are in. Yours faithfully, D. Pritchard"
    ),
    (
        "Three weeks now and no green bin collection on Alder Road, the whole street stinks "
        "and there are rats by the school gate. Cllr Okafor promised at the last meeting it "
        "was sorted. If I see that liar in Tesco again I'll smash his face in, I swear to god. "
        "Anyone else on the estate had the same? Tag your neighbours and let's get this on the "
        "local news."
    ),
    (
        "Evening Cllr Shaw. Saw you dropping the kids at St Anne's again this morning, 8.20 on "
        "the dot, blue Corsa. Funny how you can drive right through your own low traffic zone "
        "while the rest of us sit on the ring road for forty minutes. We know your routine "
        "now. Might want to think about that before the vote on Thursday."
    ),
    (
        "Keep ignoring Quarry Hill, Councillor, and your car might end up with a few dents of "
        "its own, the kind that don't come from potholes. I have reported the hole outside "
        "number 42 five times on FixMyStreet and each time it is closed as 'inspected'. My "
        "daughter came off her bike there last week and needed stitches. I want a date for the "
        "repair, not another automated reply. R. Lowe"
    ),
    (
        "The Grange Hotel is now full of young men nobody has vetted and our councillors sit "
        "on their hands. Councillor Bexley lives at the top of Fernleigh Avenue, big white "
        "house with the electric gates, everyone knows it. Maybe a few of us should pay him a "
        "visit one night and show him what it's like to feel unsafe in your own home. Share "
        "this post before Facebook takes it down."
    ),
    (
        "Dear Cllr Mahmood, Thank you for your reply regarding the proposed closure of "
        "Highfield Primary. I note that you feel the consultation was 'robust'. Many parents "
        "feel very strongly, and not all of them are as reasonable as I am. I would hate for "
        "anything to happen to you or your family because of a decision you could still "
        "reverse. Kind regards, Mrs J. Ellison"
    ),
    (
        "Councillor Price, the turbines on Garth Mountain will be visible from every house in "
        "the valley and you voted for them knowing that. People here have long memories. If "
        "this goes through, don't expect to walk through Cwmfelin on your own again without "
        "someone making you sorry for it. We have had enough of being told what is good for us "
        "by people who don't live here."
    ),
    (
        "council tax up AGAIN 4.99% n the leisure centre still shut?? wtf do we even pay for. "
        "cllr jenkins u better watch ur back, ppl round here r proper fed up n sum of them "
        "dont just talk. sort it or dont come knocking for votes in may"
    ),
    (
        "Dear Councillor Whitlock, I am writing as a resident of Brook Farm Close about the "
        "proposed transit site on the old depot land. We were told at the parish meeting that "
        "there would be a full consultation and there has been nothing. I know where your "
        "office is and I know where you park. Things will get very unpleasant for you "
        "personally if those pitches go in. Regards, Mr K. Dobson"
    ),
    (
        "I see Cllr Fenwick is still pushing ahead with closing Westbury library, the one "
        "place my mum goes all week. She put pictures of her cocker spaniel all over her "
        "election leaflets, lovely dog. Be a real shame if it went missing off that front lawn "
        "one day. Think on, councillor."
    ),
    (
        "To Councillor Adeyemi. I came to your surgery at the community centre on Saturday "
        "about my housing transfer and you gave me five minutes and a leaflet. My kids are "
        "sleeping in a damp room with black mould on the ceiling. Next time I come to that "
        "surgery I'm bringing something with me and I'm not leaving till you've learned your "
        "lesson. Three years on the list is three years too long."
    ),
    (
        "Dear Cllr Rowntree, the new controlled parking zone on Harcourt Street means I now "
        "pay £120 a year to park outside my own house, and I still can't find a space after "
        "six. Your name is on the cabinet report so I am holding you responsible. I've found "
        "out which car is yours and I'd keep an eye on those tyres if I were you. I expect a "
        "reply within ten working days. Sincerely, P. Morgan"
    ),
    (
        "Right, the planters are back on Elm Grove despite 3000 signatures against. Cllr "
        "Hussain has his surgery at the library every second Tuesday, 6 till 7. I say we all "
        "turn up, wait for him in the car park after and give him a proper kicking so he gets "
        "the message. Nothing else has worked. Who's in?"
    ),
    (
        "Dear Councillor Ashworth, I write once again regarding the proposed closure of the "
        "Ash Lane recycling centre. The alternative site is eleven miles away and fly-tipping "
        "in our lanes has already doubled. I understand your daughter is in Year 9 at Kings "
        "Meadow and gets the 3.40 bus home. Perhaps you should consider whether you want her "
        "making that journey alone while feelings in this village run so high. I look forward "
        "to your response. Yours sincerely, G. Thornton"
    ),
    (
        "Cllr Bradley, your committee has waved through yet another HMO conversion on Victoria "
        "Street, that's nine in one road. Families are being pushed out and the landlords are "
        "laughing all the way to the bank. You drive home down the bypass every night after "
        "the meetings, and it's a dark road, accidents happen. Just saying. Reverse it."
    ),
    (
        "Councillor Greaves stood up in the chamber and called us racists for objecting to the "
        "barracks. Fine. Let's see how she likes it when her constituency office goes up in "
        "flames, because that's where this is heading. We have protested peacefully for six "
        "months and nobody has listened. Last warning."
    ),
    (
        "Since the council started switching the street lights off at midnight my wife won't "
        "walk back from her shift at the Co-op. Councillor Reid told the paper it saves £200k "
        "a year. Well, he might find the dark isn't so friendly when it's his turn to walk "
        "home from the Red Lion and there's a few of us waiting. Put them back on."
    ),
    (
        "Councillor Lambert, I will be blunt: if you vote to sell the Pavilion playing fields "
        "on the 14th, I will make it my business to ruin you, and not through the ballot box. "
        "I have coached junior football there for 22 years. Over 300 children use those "
        "pitches every weekend. You were elected on a promise to protect green space. Yours, "
        "Martin Hale"
    ),
    (
        "Hi Cllr Yates, just so you know, the new one-way system on Station Road has added "
        "twenty minutes to every school run in Bramley. You told the Gazette it was 'working "
        "well'. Your silver Audi is parked on Linden Crescent most nights, isn't it? Shame if "
        "somebody keyed it end to end, or worse. Have a think about the one-way system. "
        "Regards, a Bramley parent"
    ),
    (
        "I'm a single dad and you've just cut the after-school club at Oakfield, so now I "
        "either lose my job or leave my kid home alone. Councillor Moss, you've got kids too. "
        "How would you feel if someone came for them the way you've come for mine? Keep going "
        "like this and you'll find out. There are a lot of angry parents on this estate."
    ),
    (
        "To the councillor who voted for the solar farm at Hollins Farm. We farmed that land "
        "for four generations until the council's friends made the landlord an offer he "
        "couldn't refuse. We are not going quietly. We have found out where you live and we "
        "will be paying you a visit, and not to talk. Good luck sleeping."
    ),
    (
        "@CllrDanielsLab you blocked me for asking why the Beacon Road bus route was cut. My "
        "nan now walks 25 mins to the nearest stop with her frame. Blocking me doesn't stop me "
        "knowing where you drink on a Friday mate. See you there. Won't be a friendly chat."
    ),
    (
        "Dear Councilor Hughes, I have wrote to you three times about the drains on Pen y Bryn "
        "they flood every time it rains and my kitchen was under water in Febuary. Nobody has "
        "come out. I am not a violant man but I am at the end of my tether and if I have to "
        "come to the civic centre and sort this out myself then someone is going to get hurt "
        "and it wont be me. Please send someone. Alan Price"
    ),
    (
        "Dear Councillor Nkemelu, my council tax bill has arrived and the band has been moved "
        "from C to D without any explanation or inspection. I have phoned the revenues team "
        "four times. If I don't get an answer by Friday I'll be at your ward office with a can "
        "of petrol and we'll see if you answer me then. I have kept every letter. Mr T. "
        "Halloran"
    ),
    (
        "Guys the planning committee meets on Weds re the phone mast next to the primary "
        "school. Cllr Holloway is the swing vote. My cousin says he walks his greyhound round "
        "Pickering Park every morning around 7, on his own. Maybe someone should have a quiet "
        "word with him there. Not a polite word either."
    ),
    (
        "Councillor Sandhu, we note your continued support for the Clean Air Zone charges, "
        "which are crippling small traders like ourselves in the Jewellery Quarter. We also "
        "note that your sons attend Edgbaston Park and finish at 3.30. We are sure you would "
        "want them kept well out of all this. Please reconsider your position before the "
        "scrutiny meeting. The Traders' Group"
    ),
    (
        "Cllr Marsh. You closed the day centre my brother went to every day for 15 years and "
        "now he sits in his room and doesn't speak. I watched you at the meeting laughing with "
        "the officer. If anything happens to him I will kill you, I mean that. You've been "
        "warned."
    ),
    (
        "Whoever is in charge of these bus gate fines on Mill Road needs stringing up. It's "
        "Cllr Patel, isn't it? Someone find out where he lives and post it here, we'll sort "
        "the rest. £70 for driving 10 metres to get into the Tesco car park is daylight "
        "robbery."
    ),
    (
        "Dear Cllr O'Rourke, I attended the licensing hearing on Tuesday regarding the late "
        "licence for The Anchor. You and your colleagues took less than ten minutes to grant "
        "it despite the fights and the noise every weekend. Your wife runs that florist on the "
        "High Street, doesn't she? Be a pity if her windows ended up like ours did last "
        "Saturday night. I trust you will look at this again. J. Whelan"
    ),
    (
        "heard cllr dixon voted 2 shut the youth club on marsh rd. ima find him n batter him, "
        "no joke. wer r the kids spose 2 go now, the park?? then u all moan about asb"
    ),
    (
        "Dear Councillor Fairbrother, Following the cabinet's decision to close Greenhill Road "
        "care home, I write on behalf of the relatives' group. Our parents were given four "
        "weeks' notice to move after twenty years. We have photographs of your house, your car "
        "and your comings and goings, and we will keep taking them. You will never again feel "
        "that you are not being watched. Yours faithfully, Greenhill Relatives"
    ),
    (
        "Cllr Turnbull, the dog fouling on the Rec is a disgrace and your 'enforcement "
        "officers' are never seen after 4pm. I know you love that ginger cat of yours, it sits "
        "on your wall on Ashby Road all day. Cats wander, councillor, and they don't always "
        "come back. Get the wardens out."
    ),
    (
        "Councillor Whitfield, people who push through decisions like this sometimes find "
        "their lives become very difficult, very quickly. I refer to the cabinet decision to "
        "move the market from the town square to the car park behind the bus station. Traders "
        "have been given no say and footfall will collapse. I would strongly advise you to "
        "reconsider. Yours, a market trader of thirty years"
    ),
    (
        "The Park Inn is being handed over to the Home Office and Cllr Rahman says there's "
        "nothing the council can do. Rubbish. If the council can't stop it, we will, and we'll "
        "start with the councillors who waved it through. Your house will burn same as that "
        "hotel. Meeting at the Crown 7pm Friday for anyone serious."
    ),
    (
        "Dear Cllr Ellis, Re: Objection to application 23/01456/FUL, land adjacent to 9 "
        "Orchard Way. The proposed extension will remove all light from our rear garden and "
        "the plans misrepresent the boundary. I have enclosed the surveyor's letter. Should "
        "the committee approve it, I would remind you that I know which members live in this "
        "village and where, and there are others here who will pay them a call. Regards, S. "
        "Burrows"
    ),
    (
        "How did I get this number? Doesn't matter. What matters is you vote against the "
        "quarry extension on Monday. My lads work there and if they lose their jobs because of "
        "you, you'll lose a lot more than your seat. Don't bother reporting this. We'll know."
    ),
    (
        "I have been trying to get through to Councillor Gibbs about the cladding on Tower "
        "View for six months. His office keeps fobbing me off with 'he'll be in touch'. Tell "
        "him from me, next time I come down there and get told he's busy I will put a brick "
        "through that office window with him behind it. I'm done being polite. Flat 14, Tower "
        "View"
    ),
    (
        "Cllr Dawn Kerr lives at 23 Beech Drive, Hollingworth. She voted to close the Moss "
        "Lane tip. Just putting it out there. Do with that what you will lads. She's in most "
        "evenings after 6."
    ),
    (
        "Cllr Osei, the cycle lane on Wilmslow Road has turned a 10 minute drive into 35 and "
        "the shops are dying. I see you cycle it every morning in your hi-vis, smug as "
        "anything. One of these mornings a van might not see you, if you get my drift. Think "
        "about the businesses before you think about your Strava."
    ),
    (
        "Annwyl Gynghorydd Evans, I write in English so there is no misunderstanding. The "
        "closure of Ysgol Bro Teifi will rip the heart out of this village and you have done "
        "nothing to stop it. Your mother still lives in Llanfair, on her own, in the cottage "
        "by the chapel. Whatever happens to our school, remember that she is here with us and "
        "you are not. Yr eiddoch, Gwyn Roberts"
    ),
    (
        "Councillor Booth. This is your final warning. You were told in March and again in "
        "June to stop backing the Kingsway regeneration scheme. The next letter will not come "
        "through the post, it will come through your window. Think of your family."
    ),
    (
        "Dear Cllr Latham, I run a small cafe on Bridge Street and the 18-month roadworks for "
        "the flood scheme have cut my takings by half. No business rate relief, no "
        "compensation, nothing. I've asked politely. Now I'm telling you: if I go under, I'll "
        "make sure you go down with me, and I don't mean politically. I've got nothing left to "
        "lose. Claire, Bridge St Cafe"
    ),
    (
        "Another illegal encampment on Riverside Park, 3rd time this year, and the council "
        "takes a week to even serve notice. Cllr Stanton reckons his hands are tied. I'll tie "
        "his hands for him and drop him in the river, see how he likes it. Kids can't use the "
        "play area because of the mess."
    ),
    (
        "Cllr Fisher. Saw your family at the fireworks on the Common last night. Nice kids. "
        "The little one in the red coat especially. Hope you're going to do the right thing on "
        "the skate park vote. Be a shame for them to get caught up in any of this."
    ),
    (
        "Dear Councillor Adams, I have reported the noise from the industrial unit behind "
        "Foxglove Close 27 times and environmental health still haven't issued a notice. I "
        "have not slept properly since April. I'm warning you now that the next time I'm woken "
        "at 3am I'm coming round to your house to wake you up, and I'll be bringing a bat. "
        "Perhaps then it'll get dealt with. Regards, Neil Carver"
    ),
    (
        "Hello Councillor Quinn, I am contacting you as chair of the Friends of Marsh Lane "
        "Allotments. We understand the council intends to sell part of the site for housing. "
        "Forty plot holders, some of whom have tended their plots for over thirty years, will "
        "lose them. People in this town have a way of making sure councillors who cross them "
        "have accidents, and I'd hate to see that happen to you. Please meet us on site before "
        "the decision is taken. Best wishes, Rosemary Platt"
    ),
    (
        "Every councillor who voted for the Southfields LTN should get a brick through their "
        "window tonight. Their addresses are on the register of interests if you look. I'm not "
        "saying do it, I'm just saying they'd deserve it. The ambulance took 40 mins to reach "
        "my neighbour last week because of their bollards."
    ),
    (
        "Dear Councillor Ward, Re: Proposed closure of Castle Street public toilets. For "
        "elderly and disabled visitors to the town these facilities are essential, and the "
        "alternative arrangement with the cafes is unworkable. I have copied this letter to "
        "the Gazette. Councillors who keep making decisions like this tend to disappear one "
        "way or another, and I don't just mean at the ballot box. Yours faithfully, E. Harding "
        "(Mrs)"
    ),
    (
        "This is the third missed collection on Cedar Avenue, bins been out since Monday, "
        "foxes everywhere. Councillor Mills, I know your reg and I know which gym you use. Get "
        "it sorted or I'll be waiting by your car when you come out. Not a threat, a promise."
    ),
    (
        "Councillor Blake, the withdrawal of free school transport for sixth formers in "
        "Hawkshead means my son now has a two-hour round trip. You said at the hustings you'd "
        "'always put rural families first'. There are fifty of us who drive past your farm "
        "every day, and if the decision stands we'll stop by and settle this the old way. We "
        "will not let it go. Regards, S. Nicholson"
    ),
]

ORDINARY = [
    (
        "Dear Councillor Harwood, I am appalled that you voted to approve the Mill Lane "
        "development after promising residents at the hustings that you would oppose it. "
        "Flooding, school places and the single-track access were all raised and ignored. I "
        "will be campaigning actively against you at the next election and I will make sure "
        "every household in the ward knows how you voted. Yours faithfully, D. Pritchard"
    ),
    (
        "Dear Cllr Rowntree, I am writing to give notice that our residents' association has "
        "instructed solicitors to seek a judicial review of the decision to introduce the "
        "Harcourt Street parking zone. The consultation failed to consider the responses from "
        "disabled residents and the equality impact assessment was never published. You will "
        "receive a pre-action protocol letter within fourteen days. Sincerely, P. Morgan, "
        "Chair, Harcourt Residents"
    ),
    (
        "Just a heads up for everyone in the Save Westbury Library group: Cllr Fenwick is "
        "holding her surgery at the community centre this Saturday, 10 till 12. Let's turn up "
        "in numbers, bring the petition and the kids' drawings, and ask her to her face why "
        "she voted for closure. Peaceful and polite please, we want the Gazette photos on our "
        "side. Placards will be at mine from 9."
    ),
    (
        "Councillor Lambert, over 300 children use the Pavilion playing fields every weekend "
        "and you were elected on a promise to protect green space. We will be watching very "
        "closely how you vote on the 14th, and so will every family at the junior football "
        "club. Please do the right thing. Yours, Martin Hale"
    ),
    (
        "Cllr Latham, this decision will kill the high street stone dead. Eighteen months of "
        "roadworks with no business rate relief is a death sentence for half the shops on "
        "Bridge Street, mine included. I've asked politely and I'll keep asking, and I'll be "
        "at full council on the 12th to say so in public. Claire, Bridge St Cafe"
    ),
    (
        "Dear Cllr Bexley, I wanted to let you know that someone has posted your home address "
        "and a photo of your gates in the Fernleigh residents' Facebook group, alongside some "
        "pretty nasty comments about the hotel. I've reported it to the admins and to the "
        "police on 101, reference 14/55821. I don't agree with you on the Grange, but nobody "
        "deserves that. Please take care. Sarah (Fernleigh Avenue)"
    ),
    (
        "Dear Councillor Okafor, I am the secretary of the Alder Road tenants' association and "
        "I'm forwarding a comment posted on our page last night which said, and I quote, 'if I "
        "see that liar in Tesco I'll smash his face in'. We've removed it and banned the "
        "account, but I thought you and the council's safety officer should see it. The bin "
        "problem itself is real and we'd still like a meeting. Best, Tom Reece"
    ),
    (
        "Cllr Turnbull, I wanted to report that three cars on Ashby Road had their tyres "
        "slashed overnight on Tuesday, including mine. We've reported it to the police but "
        "there's no CCTV on our stretch. Could you push the council to look at a camera near "
        "the junction with Wharf Street? Several older residents are now scared to leave their "
        "cars out. Thank you."
    ),
    (
        "Dear Councillor Mahmood, I was so sorry to hear of the death of your father last "
        "week. We have disagreed strongly about Highfield Primary, as you know, but I have "
        "always respected the way you came to every parents' meeting and listened. Please "
        "don't feel you need to reply to any of my emails for now. With deepest sympathy, Jane "
        "Ellison"
    ),
    (
        "Well Cllr Shaw, you've really shot yourself in the foot with this one. Closing Elm "
        "Grove to through traffic without asking a single resident has united the whole ward "
        "against you, and the by-election is only four months away. I hope the cycle lobby "
        "votes for you, because nobody on my street will. Regards, a former supporter"
    ),
    (
        "cllr jenkins ur a joke mate. council tax up 5% n the leisure centre still shut, pool "
        "been drained since 2022. we r all voting u out in may n telling every1 we know. shame "
        "on u"
    ),
    (
        "Dear Councillor Adeyemi, I just wanted to say thank you. When I came to your surgery "
        "in March about the mould in my children's bedroom I honestly didn't expect anything "
        "to happen, but the housing officer came within a week and the room has now been "
        "treated and re-plastered. My youngest's cough has already cleared up. I will be "
        "telling everyone on the estate. With thanks, Grace"
    ),
    (
        "Hi Cllr Holloway, I often see you walking your greyhound in Pickering Park around 7 "
        "and wondered if I could grab five minutes with you there one morning about the phone "
        "mast next to the school? I don't do emails well and the surgeries clash with my "
        "shifts. If that's an imposition no worries at all, just let me know another way to "
        "catch you. Cheers, Dev"
    ),
    (
        "The council have absolutely butchered the hedgerows along Kiln Lane for the new "
        "footpath. Cllr Greaves said there'd be 'minimal impact'. It looks like a bomb's gone "
        "off. Anyone who cares about the nesting birds please come to the parish meeting on "
        "Thursday and let's make some noise, this is a scandal."
    ),
    (
        "Dear Cllr Rahman, I'm writing to let you know, as a courtesy, that the Park Inn "
        "Residents' Group will hold a peaceful vigil outside the town hall from 5pm this "
        "Friday ahead of the full council meeting. We have notified the police and will keep "
        "the entrance clear. We would welcome it if you came out to speak to us. Yours "
        "sincerely, Hannah Cole"
    ),
    (
        "Councillor Marsh, I watched the webcast of Tuesday's meeting and I am disgusted. You "
        "closed the day centre my brother went to for fifteen years, and you laughed with the "
        "officer while his carer was speaking. I have made a formal complaint to the "
        "Monitoring Officer under the code of conduct and I will be sending the clip to every "
        "paper that will take it. You should resign. Ellen Doyle"
    ),
    (
        "Cllr Reid, I know the street light switch-off saves money, but I walked home from the "
        "Red Lion past the rec last night and it was pitch black, and I'm a six-foot bloke. "
        "Someone is going to get hurt or mugged on that path, quite possibly you or me. Could "
        "the lights at least stay on along the footpaths until 1am? Thanks, Gareth"
    ),
    (
        "Dear Cllr Gibbs, I'm writing to apologise on behalf of the Tower View residents' "
        "group for the man who shouted at your caseworker on Monday. He does not speak for us. "
        "We are all exhausted by the cladding delays but threats against your staff are not "
        "acceptable, and we've told him so. Could we arrange a proper meeting with the "
        "building safety team? Kind regards, Priya, Flat 9"
    ),
    (
        "Dear Councillor Nkemelu, my council tax band was changed from C to D without "
        "inspection or explanation and four calls to the revenues team have got me nowhere. If "
        "I don't have a written explanation by the end of the month I will be taking this to "
        "the Valuation Tribunal and the Local Government Ombudsman. I have kept every letter. "
        "Mr T. Halloran"
    ),
    (
        "Cllr Dixon, you voted to shut the youth club on Marsh Road and you didn't even have "
        "the guts to turn up to the meeting where the kids spoke. I'm standing against you "
        "next May as an independent, and I'm going to knock on every door in Riverside ward "
        "until you're gone. See you on the doorstep. Jade Walsh"
    ),
    (
        "Dear Cllr Fisher, it was lovely to see you and your family at the fireworks on the "
        "Common last night, the kids looked like they were having a great time. Thank you for "
        "pushing for the extra marshals this year, it felt much safer. While I have you, is "
        "there any update on the skate park vote? My two are desperate for it. Best, Lorna"
    ),
    (
        "Cllr Ward, I thought you should know there's graffiti on the bus shelter at the end "
        "of your road saying councillors should hang, with your name underneath. I've "
        "photographed it and reported it to the police and to the council's graffiti team. "
        "Whatever we think about the toilets closing, that's not on. Hope you're OK. Eileen "
        "Harding"
    ),
    (
        "I'm furious about how the Grange Hotel decision was handled. No consultation, no "
        "information for residents, and our councillors found out from the newspaper, same as "
        "us. I want Cllr Bexley and the leader to hold a public meeting this month and answer "
        "questions properly. If they won't, we'll organise one ourselves and invite the MP. "
        "Who's with me?"
    ),
    (
        "omg the bins AGAIN. 3 weeks no collection on cedar ave. cllr mills ur days r "
        "numbered, ur getting voted out so fast ur head will spin. gonna print ur voting "
        "record n put it thru every door x"
    ),
    (
        "Councillor Price, the people of this valley have declared war on the Garth Mountain "
        "turbines and we intend to win it. We have a barrister, a landscape expert and two "
        "hundred and forty written objections, and we will be at the planning inquiry every "
        "single day. You can still change your mind and stand with us. Gweneth Bowen, Save "
        "Garth Mountain"
    ),
    (
        "Hi Councillor Kerr, the Moss Lane tip petition has 1,812 signatures now. We'd like to "
        "hand it to you in person and wondered if we could drop it at your house on Beech "
        "Drive on Saturday morning, or would the ward office be better? A few of us will come "
        "with the local paper if that's alright. Thanks, Steve"
    ),
    (
        "Cllr Osei, I see you cycle down Wilmslow Road every morning, so you'll know as well "
        "as anyone that the lane is blocked by delivery vans outside the parade most days. "
        "Somebody is going to get killed there, and it could easily be you. Please get the "
        "enforcement cameras installed before that happens. Kind regards, Ruth, Fallowfield"
    ),
    (
        "Dear Cllr Bradley, if the council cuts the Victoria Street night shelter, you will "
        "have blood on your hands this winter. Two men died in doorways in this town last "
        "February. I am asking you, as a constituent and a volunteer, to vote against the cut "
        "on Thursday. Yours sincerely, Fr. Michael Doherty"
    ),
    (
        "Went to the consultation on the Riverside traveller site last night and honestly it "
        "was a shambles. Cllr Stanton tried to answer questions and got shouted down by a "
        "lynch mob at the back, which didn't help anyone. Whatever you think of the plans, we "
        "need to ask proper questions in writing. I've put the formal objection template in "
        "the comments."
    ),
    (
        "Dear Councillor Yates, I know you live on Linden Crescent yourself, so you'll have "
        "seen the queues on Station Road since the one-way system went in. It now takes me "
        "twenty-five minutes to do what used to be a five-minute school run. Could you ask "
        "highways to look at the signal timings at the Bramley crossroads? Regards, Kate Oduya"
    ),
    (
        "Dear Cllr Sandhu, I want to report that a large dog off its lead attacked my "
        "neighbour's terrier in Edgbaston Park on Sunday and the owner walked off. Children "
        "were playing nearby. We've reported it to West Midlands Police but the dog warden "
        "service says it can't act without the owner's name. Could you ask about more patrols "
        "at weekends? Thanks, Amrit"
    ),
    (
        "The audit report on the Kingsway regeneration is damning: £14 million over budget and "
        "nobody in cabinet asked a single question. Heads should roll for this, starting with "
        "Councillor Booth as portfolio holder. I have written to the chief executive asking "
        "for an independent inquiry and I'd urge everyone in the group to do the same. "
        "Template letter below."
    ),
    (
        "Cllr Quinn, just wanted to say a big thank you for coming down to the allotments "
        "every Sunday morning over the summer to talk to the plot holders. It meant a lot to "
        "people that you turned up in your wellies rather than sending an email. We're all "
        "very relieved the site is staying. Rosemary and everyone at Marsh Lane"
    ),
    (
        "Dear Monitoring Officer, I wish to make a formal complaint about Councillor "
        "O'Rourke's conduct at the licensing hearing for The Anchor on Tuesday. He appeared to "
        "have pre-determined the outcome and did not declare that his wife's business is a "
        "neighbouring premises. I would ask that this be investigated under the members' code "
        "of conduct. I can provide witnesses. Yours faithfully, J. Whelan"
    ),
    (
        "Councillor Whitfield, there is a storm coming over the market relocation and you'd do "
        "well to get ahead of it. Every trader I've spoken to is ready to go to the press, the "
        "petition is at 4,000 and the chamber of trade is talking about a judicial review. "
        "Meet us before the decision and you might still find a compromise. Yours, a market "
        "trader of thirty years"
    ),
    (
        "Dear Councillor Holloway, I'm in a residents' WhatsApp group about the phone mast and "
        "someone has just posted that you walk your dog alone in Pickering Park at 7 and that "
        "'someone should have a quiet word, not a polite one'. I've left the group and I'm "
        "sending you the screenshot so you can pass it to the police. Please vary your route "
        "for a while. A concerned resident"
    ),
    (
        "Cllr Lowe, my car is in the garage with a cracked alloy and a buckled suspension arm "
        "thanks to the crater outside 42 Quarry Hill, which I reported five times. That's "
        "£640. I've submitted a claim to highways and if it's rejected I'll see the council in "
        "the small claims court. I'd also like to know why FixMyStreet keeps marking it "
        "'inspected'. Robert"
    ),
    (
        "We will fight the closure of Ysgol Bro Teifi every step of the way. Cllr Evans has "
        "had three letters from the governors and not one reply. Come to the rally at the "
        "school gates on Saturday at 11, bring your children, your grandparents and your "
        "banners. Dewch yn llu! This village is not giving up its school without a fight."
    ),
    (
        "@CllrDanielsLab thanks for unblocking me, and sorry if my tweets last week were out "
        "of order. I was upset about the Beacon Road bus cut because my nan relies on it. If "
        "you're at the Fox on Friday for the quiz I'd like to buy you a pint and explain "
        "properly. No hard feelings."
    ),
    (
        "Councillor Blake, withdrawing free sixth-form transport in Hawkshead means my son now "
        "has a two-hour round trip on two buses. You promised at the hustings to put rural "
        "families first. You'll pay for this at the ballot box, and there are fifty families "
        "on our lane who feel exactly the same. Regards, S. Nicholson"
    ),
    (
        "Dear Cllr Hussain, I'm one of the organisers of the Elm Grove petition and I'm "
        "horrified that someone in our Facebook group suggested waiting for you after your "
        "library surgery. That post has been deleted and the person removed, and I've passed "
        "their details to the police. We want the planters gone but we want it done through "
        "the ballot box and the courts, not like that. Best wishes, Lucy Grant"
    ),
    (
        "Honestly I could scream. Fourth time I've rung the council about the leak in my mum's "
        "sheltered flat at Rowan Court and fourth time I've been told a surveyor will call. "
        "Cllr Gill, she's 87 and there's a bucket in her bedroom. Please, please can you chase "
        "this today. Mandy"
    ),
    (
        "Hi Cllr Rowntree, sorry to bother you at home, but I think your silver Golf has its "
        "lights on outside your house on Harcourt Street, I noticed when I was walking the "
        "dog. Didn't want you coming out to a flat battery in the morning. Also, any news on "
        "the parking zone review? Cheers, Phil at number 31"
    ),
    (
        "Councillor Ashworth, I will be a thorn in your side until the Ash Lane recycling "
        "centre reopens. Every week I'll be writing, every full council I'll be in the public "
        "gallery, and every fly-tipped mattress in our lanes will be photographed and sent to "
        "your inbox. Eleven miles to the next tip is not a service. Yours sincerely, G. "
        "Thornton"
    ),
    (
        "Dear Cllr Greaves, I was so sorry to read that your constituency office was "
        "vandalised over the weekend. Whatever people think of the barracks decision, "
        "attacking a building where staff work is vile and I hope the police catch whoever did "
        "it. If you need volunteers to help clear up, a few of us from the Baptist church are "
        "free on Saturday. With good wishes, Ann"
    ),
    (
        "Cllr Whitlock, you have ruined this village. The transit site was pushed through "
        "without a proper consultation and the parish council was told nothing until the "
        "notice went up. I'm resigning from your party's local association in protest and "
        "taking my subscription with me. You'll regret this come May. K. Dobson"
    ),
    (
        "Councillor Mills, this might be nothing, but I live opposite you on Cedar Avenue and "
        "there was a man sitting in a car outside your house for most of yesterday evening, "
        "taking photos. I took his registration and rang 101 just in case. Wanted you to know "
        "so you can keep an eye out. Regards, Pauline"
    ),
    (
        "Dear Cllr Ellis, the application at 9 Orchard Way is a ticking time bomb for the "
        "whole street. If that extension is approved the drainage will fail and our gardens "
        "will flood, as the enclosed surveyor's letter makes clear. I'd urge you to call it in "
        "to committee and visit the site yourself. Regards, S. Burrows"
    ),
    (
        "Whoever designed the new bus gate on Mill Road wants their head examining. £70 fine "
        "for driving ten metres into the Tesco car park and no signs until you're already "
        "through it. I appealed mine and won, so here's how: photos of the signage, the PCN "
        "number and the timing. Cllr Patel, please get this reviewed. Thread below."
    ),
    (
        "Hi, sorry for texting your personal number, Cllr Norris, I got it off your leaflet. "
        "Just wanted to say good luck for the quarry vote on Monday. My lads work there and "
        "everyone's nervous, so whatever happens please come down to the site after and tell "
        "the workforce yourself. They'd respect that. Thanks, Dave"
    ),
]


def main() -> None:
    from unseen_mail import print_pair_counts  # beside this script

    print_pair_counts(THREATS, ORDINARY)


if __name__ == "__main__":
    main()
