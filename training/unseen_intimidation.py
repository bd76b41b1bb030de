"""Intimidation of a councillor in words no rule names, and ordinary mail beside it, kept back.

Written in one sitting by a writer who read none of the screener's texts, to confirm or refute
a change to the menace head chosen on the twenty-third probe (``unseen_replies.py``). Never
fitted on, and no rule is written from them;
``councillor_safety/screening/tests/test_unseen_sets.py`` keeps them apart.

    .venv/bin/python training/unseen_intimidation.py        # flagged counts

Runs in the app environment (no torch): it scores with the shipped screener.
"""

from __future__ import annotations

THREATS = [
    (
        "Cllr Hendry, you signed off those flats behind Orchard Lane. Lovely house you've got"
        " on Mill Rise, the one with the blue door. Be a shame if your family stopped feeling"
        " safe in it."
    ),
    (
        "Dear Councillor Patel, I note you leave the Civic Centre at 6.10 most Thursdays and "
        "park in bay 14. I would vary that routine if I were you. Regards, a resident."
    ),
    (
        "Saw your little girl at the school gates on Ashby Road this morning, Cllr Morris. "
        "Pink coat. Keep backing that asylum hotel and see how long she gets to walk home on "
        "her own."
    ),
    (
        "Oi Councillor Briggs, your silver Astra is parked outside 22 Fenwick Street every "
        "night. Tyres don't last forever, mate. Neither do windscreens. Neither does luck."
    ),
    (
        "We've counted. Nine days until the turbine vote, Cllr Okafor. Nine days to change "
        "your mind before we change things for you. No need to reply, we'll know your answer."
    ),
    (
        "Everyone in Thornbury who is sick of Cllr Dawes and his bin cuts, he lives at 4 "
        "Larch Close. Go and tell him personally. Tonight. Bring your mates and don't be "
        "polite about it."
    ),
    (
        "ur address is on the group chat now cllr jones. low traffic neighbourhood my arse. "
        "we r coming round 2nite to discuss it proper, lights off or not"
    ),
    (
        "Councillor Reid, people who shut libraries in this town tend to have accidents. "
        "Stairs, ice, busy roads, that sort of thing. Just an observation from a concerned "
        "taxpayer."
    ),
    (
        "Yer wife's a bonny lass, Councillor Gilmour. Works the tills at the Co-op on Kirk "
        "Street, doesn't she? Finishes at six. Be a pity if she had to find oot what Dalry "
        "thinks of you."
    ),
    (
        "Cllr Singh, thanks ever so much for closing St Anne's Primary. Some of us have made "
        "a list of everyone who voted for it and where they sleep. You're at the top. Sweet "
        "dreams."
    ),
    (
        "Dear Councillor Whitfield, regarding application 23/0456/FUL. If it is approved on "
        "Tuesday, you will not enjoy Wednesday. Nor will your children. Yours faithfully, A "
        "Neighbour."
    ),
    (
        "Nice drive you've got, Councillor Baxter. Those conifers along it would go up like a"
        " torch in a dry July, and it's been a very dry July. Think about that before the "
        "parking vote."
    ),
    (
        "We followed you home from the ward surgery last night, Cllr Evans. You didn't notice"
        " us once. Next time we won't stay in the car."
    ),
    (
        "Councillor Amin, your son plays for Hartley Juniors on Sunday mornings. Lot of us "
        "parents on that touchline. Lot of us very unhappy about the council tax. Accidents "
        "happen in football."
    ),
    (
        "Tick tock Cllr Fraser. Three weeks till they move the migrants into the Grand Hotel."
        " You've got two to stop it. After that whatever happens is on you and yours."
    ),
    (
        "You won't be a councillor much longer, Maguire, and you won't be walking straight "
        "either if that cycle lane goes in on Holloway Road. Plenty of us have agreed on "
        "that."
    ),
    (
        "Someone should pay Cllr Lowe a visit at 31 Beech Grove and explain the parking "
        "permits to him the old fashioned way. Anyone in Redditch up for it? DM me, I'll "
        "drive."
    ),
    (
        "Hi Cllr Kemp, it's me again. I've been sitting outside your office on Market Street "
        "since eight. I'll still be here when you come out, and I'll follow you till we "
        "finish our chat."
    ),
    (
        "Dear Cllr Thompson, your caseworker Jade seems a nice young woman. Parks behind the "
        "Co-op in Mansfield, walks the last bit alone. She should be more careful who she "
        "works for."
    ),
    (
        "The brake lines on a Golf are surprisingly easy to get at on a driveway, Councillor "
        "Hughes. Just something I read. Anyway, good luck with the school closure "
        "consultation."
    ),
    (
        "Councillor O'Neill, keep pushing the wind farm on Carrick Moor and there'll be more "
        "than paint on your front door next time. Count yourself lucky it was only paint."
    ),
    (
        "Me and the lads know your week better than you do now Cllr Price. Monday surgery, "
        "Wednesday gym, Friday the Red Lion, car park round the back. Enjoy ur freedom while "
        "it lasts."
    ),
    (
        "Thought you'd like to know your daughter's posts show exactly which halls she's in "
        "at Leeds, Councillor Barker. And which room. Someone from Kirkstall might pop by and"
        " say hello."
    ),
    (
        "This is your last polite email, Cllr Nolan. The next one won't be an email, it'll be"
        " on your doorstep. Reverse the bin collection change or find out how angry Kirkby "
        "really is."
    ),
    (
        "Scrap the LTN or we shut you down. Permanently. Your house, your car, your kids' "
        "school, we've got photos of all of it. Cllr Webb, your move."
    ),
    (
        "Cllr Ahmed, a friendly reminder that the library lot know your address on Sefton "
        "Park Road. I can't promise they'll stay peaceful once it shuts. I'd move the family "
        "out for a bit."
    ),
    (
        "Ye'll no be sleepin sound, Councillor Munro. We ken the hoose, we ken the motor, and"
        " we ken when the bairns get hame fae the school. Think on afore the vote."
    ),
    (
        "Lovely photo of your husband walking the dog on Castle Mound at 7am, Cllr Ridley. "
        "Same time, same path, every single day. Predictable people make things so easy."
    ),
    (
        "If Cllr Foster votes for the 500 homes on the green belt, somebody needs to make "
        "sure he never makes another meeting. I'll buy a pint for whoever sees to it."
    ),
    (
        "We'll be waiting for you at the bottom of your road tonight, Councillor Grant. No "
        "cameras, no police, just us and a proper conversation about Holm Lane. You'll "
        "remember it."
    ),
    (
        "Dear Cllr Osei, I have obtained the layout of your property and your wife's working "
        "pattern. Should the hotel contract be renewed, I will act on both. I trust I am "
        "clear."
    ),
    (
        "congrats on the 9.9% council tax rise cllr mills!! hope ur house insurance covers "
        "everything lol. genuinely. check ur policy. soon."
    ),
    (
        "Councillor Byrne, your car was on its roof in my dream last night and your name was "
        "on the wreath. Funny how dreams come true when councillors don't listen about "
        "Station Road."
    ),
    (
        "Cllr Hamid you've got 48 hours to withdraw the Riverside parking charges. After that"
        " your home address and your kids' names go to every page in Bolton. Then it's out of"
        " my hands."
    ),
    (
        "A word to Councillor Pearce: the traffic scheme on Wellington Road is going to cost "
        "you a lot more than your seat. Look under your car before you start it of a morning."
    ),
    (
        "We know which GP surgery your mum uses, Cllr Kaur, and which bus she takes back to "
        "Smethwick. Reconsider the depot closure. For her sake, not yours."
    ),
    (
        "To the councillor at number 12 Hawthorn Way: you closed our youth club, so our lads "
        "have nothing to do of an evening. Maybe they'll spend them outside your place "
        "instead. Every night."
    ),
    (
        "I've put a tracker on Cllr Doyle's Qashqai. Anyone who wants to know where the bin "
        "cuts man is at any given minute, message me. Let's make sure he feels it."
    ),
    (
        "Councillor Lambert, enjoy this Christmas in that house, because it's your last one "
        "there. Between the planning fiasco and the turbines, people have had enough, and so "
        "have I."
    ),
    (
        "Tell Cllr Murphy her kids won't be safe at Greenfield Academy once it merges, and "
        "tell her some of us will be making sure of that personally."
    ),
    (
        "Dear Councillor Fairbairn, I sat right behind you at full council. I could have "
        "reached out and put my hands round your neck. Next time I might. Vote against the "
        "hotel."
    ),
    (
        "No more petitions, Cllr Walsh. Petitions don't work. What works is you opening your "
        "front door at 2am and finding six of us on the step. Think on."
    ),
    (
        "Cllr Ellis: the swimming pool closes, you get closed too. One way or another. Plenty"
        " of us would happily do the time for it."
    ),
    (
        "Hiya Councillor Bright, get home OK last night? You looked tired walking from the "
        "station. Dark along Elm Street, isn't it. Anything could happen to a person down "
        "there."
    ),
    (
        "Shame about your neighbour's cat, Cllr Hussain. Terrible what some people do. Your "
        "dog's next, and then we'll see, if that 20mph zone goes ahead on Bury Road."
    ),
    (
        "Three names on our list now: the planning officer, the chair and Cllr Rowe. Three "
        "cars, three houses. The appeal is on the 14th. We'll be busy on the 15th."
    ),
    (
        "Councillor Marsh, we've pinned your wife's office address and photo in the Facebook "
        "group. 4,000 angry members. Can't control what they do next, can I? Not my problem."
    ),
    (
        "Do you lock your back gate, Cllr Stevens? You should. Plenty of people in Hexham "
        "would love a private chat about the library in your garden after dark, without you "
        "inviting them."
    ),
    (
        "Wee reminder, Cllr MacLeod. Your lassie gets the 22 bus at half three. Shame if she "
        "got off at the wrong stop one day because of something her daddy voted for."
    ),
    (
        "Cllr Pritchard, I'm outside your house now. Lights on in the back bedroom. Withdraw "
        "your support for the asylum hotel tonight or I'm coming through the door."
    ),
]

ORDINARY = [
    (
        "Cllr Hendry, the flats behind Orchard Lane have blocked the light to my kitchen "
        "completely. I'm taking this to the Local Government Ombudsman and I'll be copying in"
        " the Echo."
    ),
    (
        "Dear Councillor Patel, I know you're at the Civic Centre on Thursday evenings. Could"
        " I book ten minutes after the meeting to talk about the bin store on Gower Street?"
    ),
    (
        "Cllr Morris, I saw you at the school gates on Ashby Road this morning with your "
        "little girl. Would you come back at pick-up time and see how dangerous that crossing"
        " is?"
    ),
    (
        "Councillor Briggs, your silver Astra is parked across the dropped kerb outside 22 "
        "Fenwick Street again. Please move it, my mum uses a mobility scooter. Third time "
        "this month."
    ),
    (
        "Nine days until the turbine vote, Cllr Okafor. We'll be outside the town hall with "
        "banners from 5pm. Come down and talk to us, we'd rather argue it out than shout."
    ),
    (
        "Everyone in Thornbury who's fed up with the bin cuts: public meeting at the village "
        "hall tonight at 7. Cllr Dawes has agreed to come and answer questions. Bring your "
        "mates."
    ),
    (
        "cllr jones this LTN is a joke mate, took me 40 mins to get to work. see u at the "
        "consultation drop in 2nite, ill be the one with the spreadsheet"
    ),
    (
        "Councillor Reid, closing the library will kill this town. Where are the kids "
        "supposed to do homework now? You should be ashamed, and I'll be voting for anyone "
        "but you."
    ),
    (
        "Yer wife was grand at the Co-op on Kirk Street yesterday, Councillor Gilmour. Tell "
        "her thanks for sorting my parcel. And tell yersel the potholes on Dalry Brae are a "
        "disgrace."
    ),
    (
        "Cllr Singh, we've made a list of everyone who voted to close St Anne's Primary and "
        "we'll be sending it to every parent before May. Enjoy your campaign."
    ),
    (
        "Dear Councillor Whitfield, regarding application 23/0456/FUL. If it is approved on "
        "Tuesday we will seek a judicial review. Our solicitor has already written to the "
        "monitoring officer."
    ),
    (
        "Nice drive you've got, Councillor Baxter. Shame the rest of us on Maple Avenue can't"
        " get onto ours for commuters' cars. When is the residents' permit scheme actually "
        "coming?"
    ),
    (
        "Cllr Evans, I was in the car behind you leaving the surgery last night and noticed "
        "the streetlight on Heol Las is out again. Could you report it? Thanks."
    ),
    (
        "Councillor Amin, your son played brilliantly for Hartley Juniors on Sunday. The "
        "pitch is a mud bath though. Any chance the council could fix the drainage before the"
        " cup final?"
    ),
    (
        "Tick tock, Cllr Fraser. Three weeks until the budget and still no answer on the "
        "Grand Hotel contract. The residents' association wants the figures published before "
        "the vote."
    ),
    (
        "You won't be a councillor much longer, Maguire. That cycle lane on Holloway Road has"
        " cost you every vote on our street, and we'll be out leafleting for your opponent."
    ),
    (
        "Someone should show Cllr Lowe round Beech Grove at 8am on a weekday, then he'd see "
        "why the parking permits need changing. Happy to give him the tour myself."
    ),
    (
        "Hi Cllr Kemp, it's me again from the tenants' group. I'll be waiting outside your "
        "office on Market Street at ten as agreed. Bring the damp survey if you have it."
    ),
    (
        "Dear Cllr Thompson, please pass my thanks to your caseworker Jade. She sorted my "
        "housing benefit in a week after six months of getting nowhere. She's a credit to "
        "you."
    ),
    (
        "My bus driver slammed the brakes on three times on Gorse Hill this morning because "
        "of the new chicanes, Councillor Hughes. Someone will get injured. Please review the "
        "scheme."
    ),
    (
        "Councillor O'Neill, if you push the wind farm on Carrick Moor through, we'll fight "
        "it at every stage: the inquiry, the courts and the ballot box. Don't say you weren't"
        " told."
    ),
    (
        "Cllr Price, I know your week's packed, Monday surgery and Wednesday committee. Could"
        " you squeeze in a visit to the allotments on Friday? The fly-tipping is out of hand."
    ),
    (
        "Councillor Barker, my daughter's at Leeds too and says the bus from the halls is "
        "hopeless. Not your patch, I know, but could you have a word with the combined "
        "authority?"
    ),
    (
        "This is my last polite email, Cllr Nolan. Next step is a formal complaint and a "
        "letter to the Echo. Reverse the bin collection change; fortnightly isn't working in "
        "Kirkby."
    ),
    (
        "Cllr Webb, we've got timestamped photos of every blocked junction in the LTN and "
        "we're handing them to the scrutiny committee on Monday. Your move."
    ),
    (
        "Cllr Ahmed, a heads-up: Saturday's library march goes past Sefton Park Road. It'll "
        "be peaceful and stewarded, and you'd be welcome to come out and hear us."
    ),
    (
        "Councillor Munro, ye'll ken fine the bairns have nae safe road tae the school since "
        "the lollipop man went. Think on afore the vote, and come walk it wi us some morning."
    ),
    (
        "Lovely to see you and your husband walking the dog on Castle Mound this morning, "
        "Cllr Ridley. Any news on the bins by the bench? They overflow every weekend."
    ),
    (
        "If Cllr Foster votes for the 500 homes on the green belt, we'll make sure everyone "
        "in Oakley knows it by polling day. The leaflets are printed and ready."
    ),
    (
        "We'll be waiting for you at the bottom of Holm Lane tonight, Councillor Grant, with "
        "clipboards and a speed gun from the police. Come and see how fast they go after "
        "dark."
    ),
    (
        "Dear Cllr Osei, I have read the hotel contract papers and your declaration of "
        "interests. I intend to raise both at full council under public questions. I trust "
        "that is in order."
    ),
    (
        "congrats on the 9.9% council tax rise cllr mills!! really looking forward to paying "
        "more for less lol. see u at the ballot box x"
    ),
    (
        "Councillor Byrne, I dreamt last night the Station Road roadworks were finally "
        "finished. Then I woke up. Any chance of a date? My shop is losing customers every "
        "day."
    ),
    (
        "Cllr Hamid, you've got until Friday to answer my FOI request on the Riverside "
        "parking charges. After that it goes to the Information Commissioner and the Bolton "
        "News."
    ),
    (
        "A word to Councillor Pearce: the traffic scheme on Wellington Road will cost you "
        "your seat. And look under your car sometime, mine's lost two hubcaps to those "
        "potholes."
    ),
    (
        "Cllr Kaur, my mum takes the 87 back to Smethwick from her GP surgery and the depot "
        "closure will cut that route. Please reconsider, for her sake and thousands like her."
    ),
    (
        "To the councillor at number 12 Hawthorn Way: you closed our youth club and the lads "
        "have nowhere to go of an evening. Come to the community centre on Tuesday and "
        "explain why."
    ),
    (
        "Cllr Doyle, I've been logging the bin lorry on Ashfield Road all month. Tuesday, "
        "Thursday, no show. Log attached. Anyone else affected, please send yours to him too."
    ),
    (
        "Councillor Lambert, thank you for the Christmas card and for sorting the planning "
        "mess on Croft Lane. My kids loved the drawing of the turbines on the front."
    ),
    (
        "Tell Cllr Murphy the parents at Greenfield Academy want a meeting before the merger "
        "consultation closes. We'll be there personally, all forty of us, with questions."
    ),
    (
        "Dear Councillor Fairbairn, I sat behind you at full council and you were brilliant "
        "on the hotel motion. Let me know if you need volunteers for the residents' petition."
    ),
    (
        "No more petitions, Cllr Walsh? Fine. We'll see you at the judicial review instead, "
        "and then at the ballot box in May. Remember that when you're counting votes."
    ),
    (
        "Cllr Ellis, closing the swimming pool would be the death of this town for kids. Half"
        " of Wythall learned to swim there. Shameful decision, and I'll say so at your "
        "surgery."
    ),
    (
        "Hiya Councillor Bright, get home OK last night? The lights along Elm Street are out "
        "again and it was pitch black by the station. Could you chase highways?"
    ),
    (
        "Cllr Hussain, my neighbour's cat was nearly flattened on Bury Road again. Please get"
        " that 20mph zone in before a pet or a child is next. Full support from number 40."
    ),
    (
        "Three names on our list for the hustings: the planning chair, Cllr Rowe and the Lib "
        "Dem candidate. The appeal is on the 14th; the hustings on the 15th. Please confirm."
    ),
    (
        "Councillor Marsh, we've pinned your surgery dates and office address in the Facebook"
        " group so residents know where to find you. 4,000 members, lots of parking "
        "questions."
    ),
    (
        "Do you lock your back gate, Cllr Stevens? Someone in Hexham had theirs forced last "
        "week. Police say check your locks and think about a doorbell camera. Stay safe."
    ),
    (
        "Wee reminder, Cllr MacLeod: the 22 bus at half three is always rammed with school "
        "kids. One more bus on that route would make a big difference. Thanks for listening."
    ),
    (
        "Cllr Pritchard, I'm outside the town hall now with the other protesters. We'll stay "
        "till you come out and hear us on the asylum hotel. Peaceful, we promise."
    ),
]


def main() -> None:
    from unseen_mail import print_pair_counts  # beside this script

    print_pair_counts(THREATS, ORDINARY)


if __name__ == "__main__":
    main()
