"""Functional test suite for councillor abuse (evaluation only, never trained on).

In the spirit of HateCheck (Röttger et al. 2021) and the identity "madlibs" templates
(Dixon et al. 2018), but written for the councillor setting with wording that does not occur in
the training examples. Each case has a functionality and the expected binary labels
(``threat``, ``hate`` = identity attack, ``abusive`` = anything that should be flagged).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    functionality: str
    text: str
    threat: int
    hate: int
    abusive: int
    term: str = ""


# term, plural noun phrase
GROUPS: list[tuple[str, str]] = [
    ("women", "women"),
    ("trans", "trans people"),
    ("gay", "gay people"),
    ("black", "Black people"),
    ("disabled", "disabled people"),
    ("muslim", "Muslims"),
    ("immigrant", "immigrants"),
    ("jewish", "Jewish people"),
    ("asian", "Asian people"),
    ("sikh", "Sikhs"),
    ("gypsy", "Gypsies and Travellers"),
    ("pakistani", "Pakistani people"),
    ("lesbian", "lesbians"),
    ("polish", "Polish people"),
    ("refugee", "refugees"),
]

# The identity terms of the madlibs-style neutral templates (adjective form)
MADLIBS_TERMS: list[str] = [
    "lesbian",
    "gay",
    "bisexual",
    "transgender",
    "trans",
    "queer",
    "lgbt",
    "lgbtq",
    "homosexual",
    "straight",
    "heterosexual",
    "male",
    "female",
    "nonbinary",
    "african",
    "african american",
    "black",
    "white",
    "european",
    "hispanic",
    "latino",
    "latina",
    "latinx",
    "mexican",
    "canadian",
    "american",
    "asian",
    "indian",
    "middle eastern",
    "chinese",
    "japanese",
    "christian",
    "muslim",
    "jewish",
    "buddhist",
    "catholic",
    "protestant",
    "sikh",
    "taoist",
    "old",
    "older",
    "young",
    "younger",
    "teenage",
    "millenial",
    "middle aged",
    "elderly",
    "blind",
    "deaf",
    "paralyzed",
    "pakistani",
    "polish",
    "romanian",
    "hindu",
    "disabled",
    "autistic",
    "irish",
    "welsh",
    "bangladeshi",
    "somali",
]

NEUTRAL_MADLIBS = [
    "{t}",
    "I am {t}.",
    "I am a {t} person, ask me anything.",
    "Alex is {t}.",
    "Being {t} is wonderful.",
    "Being {t} is fine.",
    "{T} people are lovely.",
    "I have lots of {t} friends.",
    "Hug {t} people.",
    "I respect {t} people.",
    "You are a kind {t} person.",
    "Sam is a talented {t} councillor.",
    "My colleague is {t} and great at her job.",
    "We welcome {t} residents.",
    "Jamie, who is {t}, chairs the planning committee.",
    "The {t} members of our group meet on Thursday.",
    "A {t} woman opened the new bakery.",
    "My {t} neighbour helped me with the shopping.",
    "{T} families attended the fun day.",
    "I'm {t} and I've lived in Ward 5 for twenty years.",
]
TOXIC_MADLIBS = [
    "Being {t} is disgusting.",
    "{T} people are filthy.",
    "I hate all {t} people.",
    "You are a vile {t} person.",
    "Kill {t} people.",
    "{T} people are evil.",
    "Murder {t} people.",
    "{T} people are worthless scum.",
]

HATECHECK_LIKE: list[tuple[str, str, int, int]] = [
    # functionality, template over {P} (plural phrase), threat, hate
    ("derogation_emotion", "I can't stand {P}, they make my skin crawl.", 0, 1),
    ("derogation_attribute", "{P} are all thieves and liars.", 0, 1),
    ("derogation_dehumanise", "{P} are nothing more than rats.", 0, 1),
    ("derogation_implicit", "Whenever {P} move in, the whole area goes downhill.", 0, 1),
    ("threat_direct", "I'm going to find some {P} and beat them senseless.", 1, 1),
    ("threat_direct", "I will kill any of the {P} on my street.", 1, 1),
    ("threat_normative", "{P} ought to be put down like dogs.", 1, 1),
    ("threat_normative", "Somebody should set fire to the homes of {P}.", 1, 1),
    ("profanity_hate", "{P} are fucking useless.", 0, 1),
    ("negated_positive_hate", "{P} are never going to be decent human beings.", 0, 1),
    ("question_hate", "Why are {P} so repulsive?", 0, 1),
    ("opinion_hate", "In my view {P} are a stain on society.", 0, 1),
    ("negated_hate", "{P} are not a problem in our community.", 0, 0),
    ("neutral_identity", "Lots of {P} came to the summer fair.", 0, 0),
    ("positive_identity", "{P} make our ward a better place.", 0, 0),
    (
        "counter_quote",
        "Writing '{P} are rats' on the wall is disgusting and I've told the police.",
        0,
        0,
    ),
    ("counter_reference", "It's vile to call for violence against {P}.", 0, 0),
    ("counter_reference", "Attacks on {P} in our town have to stop.", 0, 0),
]
NON_PROTECTED: list[tuple[str, str, int, int, int]] = [
    ("abuse_object", "This useless council website is a pile of crap.", 0, 0, 1),
    ("abuse_object", "The new bus timetable is absolutely pathetic.", 0, 0, 0),
    ("abuse_individual", "You are a spineless, lying disgrace of a councillor.", 0, 0, 1),
    ("abuse_individual", "Councillor Patel is a brainless idiot.", 0, 0, 1),
    ("abuse_nonprotected", "Estate agents are parasites, all of them.", 0, 0, 1),
    ("abuse_nonprotected", "Cyclists are a bunch of selfish morons.", 0, 0, 1),
    ("profanity_nonhate", "Fuck me, the new playground looks amazing.", 0, 0, 0),
    ("profanity_nonhate", "Shit, I forgot to put the recycling out again.", 0, 0, 0),
]

# Groups that are not protected characteristics (none of them is in the training examples):
# derogation of them is abuse, and threats against them are threats, but neither is hate.
NON_PROTECTED_GROUPS: list[str] = [
    "traffic wardens",
    "estate agents",
    "cyclists",
    "Arsenal fans",
    "parking attendants",
    "Lib Dem voters",
    "second-home owners",
    "planning officers",
    "property investors",
    "footballers",
]


def _spelling_variants(word: str) -> dict[str, str]:
    """The group word written four ways that abusers use to get past word lists."""
    leet = word.translate(str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0"}))
    k = next(i for i in range(1, len(word) - 1) if word[i] != word[i + 1])
    return {
        "leet": leet if leet != word else word.replace("s", "$"),
        "spaced": " ".join(word),
        "swapped": word[:k] + word[k + 1] + word[k] + word[k + 2 :],
        "dropped": word[:-2] + word[-1],
    }


COUNCILLOR_THREATS = [
    "I've found out which house is yours.",
    "Your address isn't hard to find, councillor.",
    "Careful who's waiting for you after surgery on Saturday.",
    "People like you get what they deserve sooner or later.",
    "One of these nights you'll get a visit.",
    "You'd better start checking under your car.",
    "Keep voting like that and see what happens to your kids.",
    "Your wife walks the dog alone every morning, doesn't she?",
    "I'm going to hurt you so badly.",
    "I'll make you bleed for this.",
    "Next time I see you I'm going to break your legs.",
    "Somebody ought to put a bullet in that councillor.",
    "Don't be surprised if your office goes up in flames.",
    "You won't make it to the end of your term.",
    "I'm going to end you.",
    "Mind how you go on the way home from the chamber.",
    "A petrol bomb would sort your house out.",
    "You're going to get hurt.",
    "Come to the ward meeting and you'll leave in an ambulance.",
    "I hope somebody runs you over.",
    "I'll be waiting in the car park with a hammer.",
    "Your family will pay for what you did.",
    "We'll make sure you disappear.",
    "I'm going to give you a beating you won't forget.",
    "I swear I'll stab you if you close the leisure centre.",
    "Last warning. Stop or we burn you out.",
    "You're a dead woman walking.",
    "I'll knock your teeth out, you traitor.",
    "Get ready to be strangled.",
    "MPs have been murdered for less, remember that.",
]
COUNCILLOR_NOT_THREATS = [
    "I'm going to vote you out at the next election.",
    "I'll be at your surgery on Saturday to complain about the bins.",
    "I'm going to complain to the ombudsman.",
    "We'll be protesting outside the chamber.",
    "Your policy is going to hurt local businesses.",
    "I hope the council gets its act together.",
    "The lorry nearly ran me over on the High Street, please fix the crossing.",
    "My neighbour said 'I'll kill you' to me and I reported him to the police.",
    "I got a message saying 'we know where you live'. What should I do?",
    "Someone wrote 'watch your back' under my post. Is that a crime?",
    "My heart broke when the youth club shut.",
    "This traffic is murder every morning.",
    "We will fight the closure every step of the way.",
    "I'm dying to see the new library.",
    "The police told me about the stabbing near the station.",
    "I'm knackered after the long meeting.",
    "Cheers for your help, you're a star.",
    "I'd never threaten anyone, I'm just upset.",
]
UK_ABUSE = [
    ("You're a complete and utter plonker.", 0, 0, 1),
    ("Absolute melt of a councillor.", 0, 0, 1),
    ("Oi bellend, fix the roads.", 0, 0, 1),
    ("You're a right nonce.", 0, 0, 1),
    ("Shut your gob you daft tart.", 0, 0, 1),
    ("Useless pillock, get out of office.", 0, 0, 1),
    ("You wazzock.", 0, 0, 1),
    ("What a tosspot you are.", 0, 0, 1),
    ("You're getting your head kicked in, mate.", 1, 0, 1),
    ("I'll glass you if I see you in the Red Lion.", 1, 0, 1),
    ("You're gonna get shanked, councillor.", 1, 0, 1),
    ("Cheers for fixing the streetlight, top bloke.", 0, 0, 0),
    ("The chippy queue was mental, proper chuffed with my tea though.", 0, 0, 0),
]
SEXUAL = [
    ("Bet you'd look better naked, councillor.", 0, 1, 1),
    ("I'd do things to you that would make you blush.", 0, 1, 1),
    ("Women belong at home, not in the council chamber.", 0, 1, 1),
    ("Show us your boobs and I'll vote for you.", 0, 1, 1),
    ("You're a silly little girl playing politics.", 0, 1, 1),
    ("I'm going to follow you home and rape you.", 1, 1, 1),
    ("The women's health centre needs longer opening hours.", 0, 0, 0),
]


def build() -> list[Case]:
    cases: list[Case] = []
    for term in MADLIBS_TERMS:
        for t in NEUTRAL_MADLIBS:
            text = t.format(t=term, T=term[0].upper() + term[1:])
            cases.append(Case("madlibs_neutral", text, 0, 0, 0, term))
        for t in TOXIC_MADLIBS:
            text = t.format(t=term, T=term[0].upper() + term[1:])
            threat = int(t.startswith(("Kill", "Murder")))
            cases.append(Case("madlibs_toxic", text, threat, 1, 1, term))
    for func, tmpl, threat, hate in HATECHECK_LIKE:
        for term, plural in GROUPS:
            text = tmpl.format(
                P=plural[0].upper() + plural[1:] if tmpl.startswith("{P}") else plural
            )
            cases.append(Case(func, text, threat, hate, hate or threat, term))
    for _, tmpl, threat, hate in HATECHECK_LIKE:
        if not (hate or threat):
            continue
        for group in NON_PROTECTED_GROUPS:
            text = tmpl.format(P=group[0].upper() + group[1:] if tmpl.startswith("{P}") else group)
            cases.append(Case("abuse_nonprotected_group", text, threat, 0, 1))
        if threat:
            continue
        for term, plural in GROUPS:
            first, _, rest = plural.partition(" ")
            for kind, spelt in _spelling_variants(first).items():
                phrase = f"{spelt} {rest}".strip()
                text = tmpl.format(
                    P=phrase[0].upper() + phrase[1:] if tmpl.startswith("{P}") else phrase
                )
                cases.append(Case(f"spelling_{kind}", text, 0, 1, 1, term))
    for func, text, threat, hate, abusive in NON_PROTECTED:
        cases.append(Case(func, text, threat, hate, abusive))
    for text in COUNCILLOR_THREATS:
        cases.append(Case("councillor_threat", text, 1, 0, 1))
    for text in COUNCILLOR_NOT_THREATS:
        cases.append(Case("councillor_not_threat", text, 0, 0, 0))
    for text, threat, hate, abusive in UK_ABUSE:
        cases.append(Case("uk_slang", text, threat, hate, abusive))
    for text, threat, sexual, abusive in SEXUAL:
        cases.append(
            Case("sexual_harassment" if sexual else "sexual_neutral", text, threat, 0, abusive)
        )
    return cases


if __name__ == "__main__":
    from collections import Counter

    c = build()
    print(len(c), Counter(x.functionality for x in c))
