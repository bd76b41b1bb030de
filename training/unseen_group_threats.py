"""Threats against a group and sentences about groups in the same words, kept back: the
twenty-ninth probe.

Written in one sitting after ``rules.harm_to_a_group`` (violence promised, called for or wished
on a group, in the grammar such threats share), in words chosen apart from the frames it names,
and scored once with the release before it and once with it: threats flagged `threat` 16 and
17 of 30. Beside them, sentences that share their verbs and groups without threatening anyone:
history, news, hardship, a contest, a meal, a camera, a wish for a group's safety. Two more were
written with them and have since moved to the rule tests, as the guards for them were written
from them ("Racists want to see Muslims killed ...", "Someone should shoot a documentary ...").
``councillor_safety/screening/tests/test_unseen_sets.py`` keeps the rest out of training and
out of the rule tests.

    .venv/bin/python training/unseen_group_threats.py        # flagged counts

Runs in the app environment (no torch): it scores with the shipped screener.
"""

from __future__ import annotations

THREATS = [
    "Bet the Albanians would float nicely if we chucked them off the pier.",
    "Gonna put every Nigerian on our street in the ground.",
    "We should napalm the whole Muslim quarter.",
    "The only cure for Travellers is a rope.",
    "Somebody should knife that Jewish lad who runs the deli.",
    "Send the gays to the gas chamber.",
    "Let's firebomb the refugee hostel.",
    "I'll be waiting at the mosque with my shotgun.",
    "The Poles on our road won't see Christmas.",
    "Run the trans protesters down with a lorry.",
    "Put the Roma in a pit and cover them in lime.",
    "Honestly someone needs to stab the Somali kids who hang round the park.",
    "We'll take care of the Pakistanis the old-fashioned way, with petrol.",
    "Next time a Black lad comes in my shop I'm getting the machete out.",
    "Women who drive should be shot.",
    "Any Muslim I see tomorrow is dead.",
    "Burn down every asylum hotel and let them cook.",
    "These immigrants deserve a bullet in the back of the head.",
    "I'll slaughter the Kurdish family next door.",
    "Round the Chinese up and shoot them.",
    "We should poison the water at the Hindu temple.",
    "Deport them in body bags, the lot of them, these refugees.",
    "Hanging's too good for the Travellers, they need burning.",
    "I'm going down the gay club tonight with a knife.",
    "Bisexual people should be stoned.",
    "Every Sikh that walks past my house is getting a bullet.",
    "Eritreans need culling.",
    "I will personally execute every Jew on the council.",
    "Gypsies are going to be burnt out of their caravans this weekend.",
    "Lesbians need correcting with a bat.",
]

ORDINARY = [
    "Hindus were slaughtered during Partition, my gran remembers it.",
    "I'm going to shoot the Sikh wedding on Saturday, they've booked me as photographer.",
    "The Irish will be beaten in the semi-final.",
    "Disabled people are being killed by the cuts, says the charity.",
    "If the hostel closes, refugees will die on the streets this winter.",
    "We need to kill the idea that immigrants are a burden.",
    "She was stabbed because she was Muslim, and the court gave him life.",
    "Travellers deserve to be treated fairly by the council.",
    "The Polish community want the council to cut the grass at the cemetery.",
    "Let's blow up balloons for the Eid party at the Bangladeshi centre.",
    "I'm going to murder a Thai green curry tonight.",
    "We'll burn the old Hindu temple leaflets in the recycling bin.",
    "The Jewish school will be hit hardest by the budget cuts.",
    "Gay men were executed in Iran last year.",
    "Women will be shot down in the debate if they raise it, I fear.",
    "It's time we stopped blaming immigrants.",
    "Nothing would make me happier than seeing refugees welcomed here.",
    "I want to see every Muslim in this town feel safe.",
    "The Chinese lanterns will be burnt at the end of the festival.",
    "Asylum seekers deserve to be housed properly.",
    "Black people should be able to walk home safely.",
    "Trans people need to be protected, not attacked.",
    "We should hang the Ukrainian artwork in the foyer.",
    "Pakistani families will be hit by the changes to housing benefit.",
    "Somali mums are running the food bank this week.",
    "We will fight the far right, who want Jews dead.",
    "I dream of the day Gypsies are treated as equals.",
    "The Sikhs at number 12 are getting a new front door fitted.",
]


def main() -> None:
    from unseen_mail import print_pair_counts  # beside this script

    print_pair_counts(THREATS, ORDINARY)


if __name__ == "__main__":
    main()
