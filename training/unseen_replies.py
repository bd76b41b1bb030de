"""Veiled threats to a councillor and short replies that are not, written afresh and kept back.

Written in one sitting, after the design of a fine-tuned reader for the menace head was chosen,
to confirm or refute that design on texts its writer never saw. Never fitted on, and no rule is
written from them; ``councillor_safety/screening/tests/test_unseen_sets.py`` keeps them apart.
``menace_layer.py`` counts them over its readers' cuts.

    .venv/bin/python training/unseen_replies.py        # flagged counts

Runs in the app environment (no torch): it scores with the shipped screener.
"""

from __future__ import annotations

THREATS = [
    (
        "Cllr Hartwell, your Vauxhall is parked on Linden Grove every night by half ten. Shame if"
        " something happened to it while you're asleep upstairs."
    ),
    (
        "Accidents happen on that unlit lane you cycle home along, Councillor. Especially to "
        "people who close libraries."
    ),
    (
        "It'd be a real shame if your daughter's walk back from St Aidan's went wrong one "
        "afternoon, wouldn't it?"
    ),
    (
        "We've been watching your house on Maple Close. Blue door, two bins, lights off by "
        "eleven. Sleep well, Cllr Pryce."
    ),
    "People like you end up in the canal, councillor. Vote for that incinerator and see.",
    "We'll see how brave you are when there's nobody from the council standing next to you.",
    "You won't see it coming, Cllr Dobson. Not in the car park, not at the surgery, not at home.",
    "Last warning. Withdraw the planning objection or your family will be the ones paying for it.",
    "Someone should pay her a visit at that flat above the chemist's and explain things properly.",
    "Do your kids still walk home alone past the rec on Thursdays? Just asking, Cllr Mensah.",
    (
        "Petrol's cheap enough at the Esso, and your front door is very old wood. Think on, "
        "councillor."
    ),
    "Already picked out the flowers for your funeral, Cllr Whitlock. Lilies, I reckon.",
    "ur getting done in m8, we know which pub u drink in after full council",
    "Keep pushing the low traffic scheme and the lads will sort you out proper, Councillor Reeve.",
    "Your husband finishes his night shift at the Royal at 7am. Long walk to the bus stop, that.",
    (
        "How much does a coffin cost these days, Cllr Atwal? Might want to find out before the "
        "budget vote."
    ),
    "Box of matches and a bit of luck, that's all it'd take for your office on Fore Street.",
    (
        "Cllr Bramley, your wife's car was outside the Co-op at 4.15 again today. Regular as "
        "clockwork, isn't she."
    ),
    (
        "close the leisure centre and see what happens to you. we know ur address, we know ur reg"
        " plate."
    ),
    (
        "You'll be looking over your shoulder for the rest of your life after what you did to "
        "Harrow Street."
    ),
    (
        "Nice house you've got on Ashdown Road. Be a pity if you came home one night and it "
        "wasn't there."
    ),
    "Someone needs to go round to Cllr Fenwick's and teach him a lesson he won't get up from.",
    "Enjoy your last surgery at the community centre, councillor. There won't be another one.",
    "We followed you home from the town hall on Tuesday. You should really lock your back gate.",
    (
        "Your little lad's got a red coat and goes to Meadowbank Primary. Cute. Wouldn't want "
        "anything to happen to him."
    ),
    (
        "people who sell off the allotments tend to have nasty falls. stairs, kerbs, canal "
        "towpaths. mind how you go"
    ),
    (
        "Councillor Osei, nobody would miss you if you went in the river one dark night after the"
        " ward meeting."
    ),
    "Vote yes to those flats and you'll be carried out of the chamber, not walking.",
    "Keep it up, Cllr Tranter, and you'll need more than a police panic alarm at that bungalow.",
    (
        "Every Saturday, 9am, parkrun at Brockwell Meadows. You're easy to find, councillor. Easy"
        " to catch up with too."
    ),
    "The brakes on a car like yours are easy enough to tamper with. Just saying, Cllr Nwosu.",
    "By the time anyone thinks to check on you it'll be too late, Councillor Lamb.",
    (
        "wait till ur on ur own cllr, then we'll have our little chat about the bin strike. u "
        "won't enjoy it"
    ),
    "Your mum's care home is on Priory Lane, isn't it? Lovely garden. Very easy to walk into.",
    "There's a spot in Foxley Woods with your name on it, councillor. Dug it myself.",
    "Cllr Haigh should be taken outside and dealt with the old-fashioned way. Anyone up for it?",
    "We know where your kids catch the school bus, Cllr Patel. Keep voting for the depot and see.",
    (
        "You'll end up in hospital or worse if you carry on closing our children's centres. Your "
        "choice."
    ),
    "Sleep tight, Councillor Greaves. Keep the windows shut, smoke travels fast through terraces.",
    "Next time you knock on doors in Eastfield, make sure you've told someone where you're going.",
    "Bet your windows would make a lovely sound going in at three in the morning, Cllr Roper.",
    (
        "Been sat outside your house in a car three nights now. You never even noticed. Think "
        "about that."
    ),
    "Your daughter's netball practice finishes at six, doesn't it? Dark by then this time of year.",
    (
        "We'll be waiting for you after the licensing committee, Cllr Ahmed. Not with a petition "
        "either."
    ),
    (
        "Mind you don't trip on the steps of the civic centre, councillor. Awful what a broken "
        "neck does to a family."
    ),
    "one more u-turn on the parking charges and ur going in the boot of a car, simple as",
    "Whoever gets to Cllr Dunmore first, I'll buy them a pint. Address is on the electoral roll.",
    "Tell your wife to enjoy the school run while she still can, Cllr Byrne.",
    (
        "I've got a can of fuel in the shed and all night to decide whose house it goes through, "
        "councillor."
    ),
    (
        "You'll be lucky to make it to Christmas if that incinerator gets built, Councillor "
        "Marsh. Count the days."
    ),
]

REPLIES = [
    (
        "Cllr Hartwell, closing the Linden Grove library is a disgrace and I'll be telling every "
        "neighbour on the street exactly how you voted."
    ),
    (
        "This isn't over. We're taking the planning decision to the Local Government Ombudsman "
        "next week."
    ),
    "We'll be watching how you vote on the incinerator, Councillor, and so will the Gazette.",
    "Saw your car outside the Co-op on Saturday, Cllr Bramley. Meant to say hello but you'd gone.",
    (
        "You'll kill the high street with these parking charges, councillor. Half the shops on "
        "Fore Street are already empty."
    ),
    "Great speech at full council last night, Cllr Mensah. You absolutely smashed it.",
    (
        "Watch out when you leave the civic centre tonight, the car park lights are out again by "
        "the bins."
    ),
    (
        "Frankly you're the worst ward councillor we've had in thirty years and I'll be "
        "campaigning to vote you out in May."
    ),
    (
        "Your daughter was brilliant in the St Aidan's nativity, Cllr Pryce. Please pass on our "
        "congratulations."
    ),
    (
        "Is it true you live on Maple Close? The potholes there are dreadful too, so you'll know "
        "how we feel."
    ),
    (
        "I've copied this complaint to the monitoring officer and my MP. I expect a written "
        "answer within ten working days."
    ),
    "Oh well done, another consultation nobody read. Truly inspired work, councillor.",
    "Your husband was so kind when my mum was on his ward at the Royal. Please thank him from us.",
    (
        "If you go ahead with this, the residents' association will fight it all the way to "
        "judicial review."
    ),
    (
        "Cllr Dobson, you're a coward for dodging the public meeting and everyone in Eastfield "
        "knows it."
    ),
    (
        "The Echo is running our story on Friday, so you might want to prepare a statement about "
        "the bin strike."
    ),
    (
        "Just a heads up, there's black ice on the steps outside the community centre this "
        "morning. Mind how you go."
    ),
    (
        "We know your surgery is on Thursdays, so we'll be there in numbers with the petition. "
        "Bring a pen."
    ),
    "Nice to see you at parkrun on Saturday, Councillor. You're getting quicker every week!",
    (
        "You've lost my vote and my whole family's. Enjoy your last term, because it will be your"
        " last."
    ),
    "Honestly Cllr Reeve, this low traffic scheme is going to be the death of my corner shop.",
    "ur a joke m8, cant even fill a pothole on harrow st. shocking",
    (
        "Your office window on Fore Street has been left open all weekend, might be worth letting"
        " someone know."
    ),
    "I'll be standing against you at the next election, Cllr Tranter, and I fully intend to win.",
    "The allotment holders will remember this at the ballot box. Shameful decision, councillor.",
    (
        "Cllr Atwal, we'd love to have you along to the Priory Lane care home summer fete if "
        "you're free."
    ),
    (
        "Your leaflets went straight in the recycling, which is more than the council manages "
        "with our bins."
    ),
    (
        "We're organising a peaceful protest outside the town hall before the budget vote. Expect"
        " a crowd."
    ),
    (
        "I'm formally requesting under the Freedom of Information Act all correspondence about "
        "the depot contract."
    ),
    (
        "Spotted your lad at Meadowbank Primary sports day, he flew in the egg and spoon! Lovely "
        "afternoon."
    ),
    (
        "You should be ashamed of yourself. Shutting the children's centres is cruel and "
        "short-sighted."
    ),
    "Mark my words, councillor, this decision will come back to bite you at the polls.",
    (
        "Your bins were left out on Ashdown Road again, Cllr Whitlock. Even the councillor "
        "forgets bin day, then!"
    ),
    "Congratulations on the new baby, Cllr Osei. Hope you're getting some sleep!",
    (
        "Careful on the towpath on your bike, Councillor, the council still hasn't fixed the "
        "collapsed bit by the lock."
    ),
    (
        "I've reported your conduct to the standards committee. Sitting on your phone during a "
        "hearing is unacceptable."
    ),
    (
        "We'll be at every single committee meeting until you reverse this. You haven't heard the"
        " last of us."
    ),
    (
        "You're completely out of touch with Brockwell, councillor, and the by-election result "
        "will prove it."
    ),
    (
        "Thanks for getting the streetlight fixed outside my house, Cllr Lamb. First time "
        "anyone's bothered."
    ),
    (
        "Your car's got a flat rear tyre, Cllr Nwosu, parked by the library. Thought you'd want "
        "to know."
    ),
    "Don't bother knocking on my door in Eastfield again. The answer's no and it'll stay no.",
    (
        "The licensing committee made a dog's dinner of this, Cllr Ahmed, and the whole town is "
        "laughing."
    ),
    "Your wife does a cracking job running the school crossing, Cllr Byrne. The kids adore her.",
    (
        "I'll be writing to every paper in the county about how you've treated the Harrow Street "
        "tenants."
    ),
    (
        "Absolutely killing it with the new recycling scheme, Cllr Marsh. Best thing the "
        "council's done in years."
    ),
    "cllr haigh ur a disgrace n i hope the voters sack u. rubbish councillor",
    (
        "Councillor, we'll see you in court over the footpath closure. Our solicitor has the "
        "papers ready."
    ),
    "That incinerator will be the end of your political career, mark my words, councillor.",
    (
        "Please drive carefully on the Foxley Woods road tonight, councillor, the flooding's bad "
        "near the ford."
    ),
    "Counting the days until polling day so we can finally be rid of you, Cllr Greaves.",
]


def main() -> None:
    from unseen_mail import print_pair_counts  # beside this script

    print_pair_counts(THREATS, REPLIES)


if __name__ == "__main__":
    main()
