"""Hand-written training examples for the councillor setting (our own work, not public data).

They teach what the public sets lack: implicit threats to councillors with no swear words,
hard negatives (angry but lawful criticism, hate that is not a threat, quoting abuse in order to
report or denounce it, violent idioms), neutral and positive mentions of every protected group,
sexual harassment of councillors, and UK slang. Every template is expanded over all identity
groups (counterfactual balance). The functional test suite in ``functional_suite.py`` uses
different wording, so scores on it measure generalisation, not memory.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable

# (adjective, plural noun phrase, a person) for the groups used in templates
IDENTITIES: list[tuple[str, str, str]] = [
    ("gay", "gay people", "a gay man"),
    ("lesbian", "lesbians", "a lesbian"),
    ("bisexual", "bisexual people", "a bisexual woman"),
    ("trans", "trans people", "a trans woman"),
    ("transgender", "transgender people", "a transgender man"),
    ("non-binary", "non-binary people", "a non-binary person"),
    ("queer", "queer people", "a queer person"),
    ("LGBT", "LGBT people", "an LGBT person"),
    ("homosexual", "homosexuals", "a homosexual man"),
    ("straight", "straight people", "a straight man"),
    ("Black", "Black people", "a Black man"),
    ("Asian", "Asian people", "an Asian woman"),
    ("white", "white people", "a white woman"),
    ("African", "Africans", "an African man"),
    ("Caribbean", "Caribbean people", "a Caribbean woman"),
    ("Chinese", "Chinese people", "a Chinese man"),
    ("Indian", "Indians", "an Indian woman"),
    ("Pakistani", "Pakistanis", "a Pakistani man"),
    ("Bangladeshi", "Bangladeshis", "a Bangladeshi woman"),
    ("Arab", "Arabs", "an Arab man"),
    ("Hispanic", "Hispanic people", "a Hispanic woman"),
    ("Latino", "Latinos", "a Latino man"),
    ("Mexican", "Mexicans", "a Mexican woman"),
    ("mixed race", "mixed race people", "a mixed race man"),
    ("Gypsy", "Gypsies", "a Gypsy woman"),
    ("Traveller", "Travellers", "a Traveller"),
    ("Polish", "Polish people", "a Polish man"),
    ("Romanian", "Romanians", "a Romanian woman"),
    ("Nigerian", "Nigerians", "a Nigerian man"),
    ("Somali", "Somalis", "a Somali woman"),
    ("Muslim", "Muslims", "a Muslim woman"),
    ("Jewish", "Jews", "a Jewish man"),
    ("Sikh", "Sikhs", "a Sikh man"),
    ("Hindu", "Hindus", "a Hindu woman"),
    ("Christian", "Christians", "a Christian man"),
    ("Catholic", "Catholics", "a Catholic woman"),
    ("Buddhist", "Buddhists", "a Buddhist"),
    ("atheist", "atheists", "an atheist"),
    ("disabled", "disabled people", "a disabled person"),
    ("deaf", "deaf people", "a deaf woman"),
    ("blind", "blind people", "a blind man"),
    ("autistic", "autistic people", "an autistic man"),
    ("immigrant", "immigrants", "an immigrant"),
    ("refugee", "refugees", "a refugee"),
    ("female", "women", "a woman"),
    ("male", "men", "a man"),
    ("elderly", "elderly people", "an elderly woman"),
    ("young", "young people", "a young man"),
    ("older", "older people", "an older man"),
    ("teenage", "teenagers", "a teenager"),
    ("African American", "African Americans", "an African American woman"),
    ("European", "Europeans", "a European"),
    ("American", "Americans", "an American"),
    ("Canadian", "Canadians", "a Canadian"),
    ("Japanese", "Japanese people", "a Japanese man"),
    ("Protestant", "Protestants", "a Protestant"),
    ("Taoist", "Taoists", "a Taoist"),
    ("Latina", "Latinas", "a Latina"),
    ("Latinx", "Latinx people", "a Latinx person"),
    ("LGBTQ", "LGBTQ people", "an LGBTQ person"),
    ("heterosexual", "heterosexuals", "a heterosexual woman"),
    ("millennial", "millennials", "a millennial"),
    ("middle aged", "middle aged people", "a middle aged man"),
    ("paralysed", "paralysed people", "a paralysed man"),
    ("Middle Eastern", "Middle Eastern people", "a Middle Eastern woman"),
    ("wheelchair-using", "wheelchair users", "a wheelchair user"),
    ("Irish", "Irish people", "an Irish woman"),
    ("Scottish", "Scots", "a Scottish man"),
    # spellings as they are also written: unhyphenated, US, and plain-word ages and nations
    ("nonbinary", "nonbinary people", "a nonbinary person"),
    ("paralyzed", "paralyzed people", "a paralyzed person"),
    ("old", "old people", "an old man"),
    ("younger", "younger people", "a younger woman"),
    ("Welsh", "Welsh people", "a Welsh woman"),
]

NEUTRAL_IDENTITY = [
    "I am {person}.",
    "I am {adj}.",
    "I'm {person} and I live in your ward.",
    "As {person}, I want to thank you for your help with my housing application.",
    "My neighbour is {adj}.",
    "My husband is {adj} and we both vote in this ward.",
    "{Plural} live on our street.",
    "There are many {plural} in Ward 3.",
    "The {adj} community centre is open on Tuesdays.",
    "We are organising a coffee morning for {adj} residents.",
    "Could the council publish information for {plural} about the new bin collections?",
    "Being {adj} is part of who I am.",
    "Being {adj} is wonderful.",
    "{Plural} deserve the same services as everyone else.",
    "I support equal rights for {plural}.",
    "My best friend is {adj}.",
    "Please can you meet a group of {adj} parents about the school crossing?",
    "I was proud to see {plural} represented on the council.",
    "The report covers the needs of {adj} tenants in social housing.",
    "Our book club welcomes {plural}.",
    "My daughter is {adj} and doing well at school.",
    "Is there funding for {adj} youth groups?",
    "{Plural} are our neighbours and friends.",
    "Thank you for attending the {adj} history month event.",
    "I'm a {adj} councillor and proud to serve my ward.",
    "As a {adj} councillor I represent everyone in Ward 2.",
    "We need more {adj} volunteers at the food bank.",
    "Hate crime against {plural} must be taken seriously.",
    "{Plural} face discrimination when renting homes.",
    "How many {adj} staff does the council employ?",
    "I love {plural}.",
    "{Plural} are great.",
    "{Person} moved in next door.",
    "Are {plural} eligible for the new grant?",
    "I am a proud {adj} woman.",
    "I am a proud {adj} man.",
    "You are {person} and a fine councillor.",
    "{Plural} have lived in this town for generations.",
    "{Plural} have the right to feel safe in their homes.",
    "Discrimination against {adj} tenants is illegal.",
    "We must protect {plural} from abuse.",
    "{Plural} deserve respect and dignity.",
    "The council condemns abuse aimed at {plural}.",
    "Everyone, including {plural}, is welcome in this borough.",
    "{Plural} are entitled to live wherever they choose.",
    "I will always stand up for {plural}.",
    "Anyone who harasses {plural} should be reported.",
    "{Plural} belong here as much as anyone else.",
    "Prejudice against {plural} has no place in our town.",
    "Welcome {plural}.",
    "Support {plural}.",
    "Protect {plural}.",
    "Celebrate {plural}.",
    "Listen to {plural}.",
    "Help {plural} feel at home.",
    "Invite {plural} to the fun day.",
    "Racist and bigoted attacks on {plural} must stop.",
    "Greet {plural} warmly.",
    "Include {plural} in the consultation.",
    "Thank {plural} for volunteering.",
    "Employ more {adj} people.",
    "Our {adj} councillor is dedicated and hard-working.",
    "Jo is a dedicated {adj} councillor.",
    "My {adj} colleague is brilliant at her job.",
    "The {adj} councillor for Ward 4 helped me with my housing claim.",
    "{Plural} are not criminals, whatever the leaflets say.",
    "It is simply untrue that {plural} are lazy.",
    "{Plural} are no threat to anyone.",
    "{Plural} enrich the life of this borough.",
    "{Plural} have made this town stronger.",
    "I don't have any issue with {plural}.",
    "There is nothing wrong with being {adj}.",
    "Being {adj} is nothing to be ashamed of.",
    "{Plural} have done nothing wrong.",
]

# More shapes of neutral mention: affirmations ("... are people too", "... are not the enemy"),
# numbers and mixes ("Two ... councillors were elected", "Some of my neighbours are ..., some are
# not"), which the model had read as attacks for a third to nine tenths of the groups.
NEUTRAL_IDENTITY += [
    "I am {person} and I have lived here all my life.",
    "Hello, I'm {person}, can I book a slot at your surgery?",
    "My wife is {adj} and she volunteers at the library.",
    "{Plural} are part of this community.",
    "We welcome {plural} to our street party.",
    "The {adj} family next door helped us during the floods.",
    "Some of my closest friends are {adj}.",
    "I'm {adj}. Ask me anything about the allotments.",
    "{Plural} pay council tax like everyone else.",
    "Our street has {adj} and non-{adj} residents and we all get on.",
    "My grandmother was {adj}.",
    "{Plural} are people too.",
    "Being {adj} in this town is easy because people are kind.",
    "I am a {adj} parent of two.",
    "Thank you for standing up for {plural} at the meeting.",
    "{Person} is the new head teacher at the primary school.",
    "Are {plural} represented on the youth council?",
    "Proud to be {adj}.",
    "{Plural} have rights too.",
    "{Plural} are not the enemy.",
    "{Plural} are valued members of our community.",
    "I'm proud of my {adj} heritage.",
    "{Plural} are equal citizens.",
    "{Plural} deserve love and kindness.",
    "{Plural} are human.",
    "Nobody should be abused for being {adj}.",
    "{Plural} are not to blame for the housing shortage.",
    "{Plural} should be treated fairly.",
    "We stand with {plural}.",
    "Being {adj} is not a crime.",
    "{Plural} are just like the rest of us.",
    "I'm {adj} and I'm not going anywhere.",
    "{Plural} work hard for this town.",
    "My son came out as {adj} and I'm proud of him.",
    "{Plural} are welcome here.",
    "There is room in this town for {plural}.",
    "Say hello to your {adj} neighbours.",
    "{Plural} are our friends, not our enemies.",
    "I am a {adj} woman and a mother of three.",
    "As a {adj} man, I found the consultation hard to follow.",
    "Is the council doing anything for {adj} history month?",
    "{Plural} are a big part of the volunteer team.",
    "The {adj} lads at the gym helped carry the benches.",
    "Some of my neighbours are {adj}, some are not, and we all muck in.",
    "Two {adj} councillors were elected last May.",
    "{Plural} and their families use the park every weekend.",
    "I have been {adj} my whole life.",
    "Are you {adj}, councillor? Just curious, no offence meant.",
    "What do {plural} think about the new bus route?",
    "{Plural} often feel left out of planning decisions.",
    "The survey asked whether respondents were {adj}.",
    "Our street WhatsApp group has {adj} members.",
    "{Person} was elected chair of the residents' group.",
    "She is {adj} and works as a nurse.",
    "He is {adj} and plays in the Sunday league.",
    "{Plural} are a minority in this ward.",
    "I'm not {adj}, but my partner is.",
    "Where can {adj} residents get advice on housing?",
]

# Invitations to ordinary events naming a group. The model had read "let's get X along to the
# beach clean" or "bring X along to the fun run" as a call to go after a group (11% of a kept-back
# set of invitations flagged, and one held-out threshold template set every retrain's limits).
# None is a bare "Invite X to the ...", the held-out threshold template's shape, and none repeats
# a frame of the kept-back invitations (``unseen_neutral.py``, fifteenth set).
INVITATIONS = [
    "All {adj} residents are invited to the coffee morning at the library.",
    "The mayor has invited {plural} to a reception at the civic centre.",
    "Can we invite {plural} to help plan the summer festival?",
    "I'd love {plural} to come to the carol service.",
    "Please ask {plural} along to the Tuesday walking group.",
    "We've sent invitations to {adj} families for the Christmas lunch.",
    "Do invite your {adj} neighbours to the quiz night.",
    "Invitations to the barbecue went out to {plural} last week.",
    "Let's ask {plural} to judge the bake-off.",
    "Bring your {adj} friends to the tea dance.",
    "It would be lovely if {plural} came to the gardening show.",
    "Everyone is invited, {plural} included, to the summer picnic.",
    "Send an invitation to {plural} for the jubilee concert.",
    "{Plural} came along to the carnival and joined the procession.",
    "Let's have {plural} over for the barbecue.",
    "Join {plural} at the charity football match on Saturday.",
]

# Grievances raised on a group's behalf: neglect, waiting, being last or ignored. The model read
# "Why are X always ..." as the question that attacks a group, and `rules._group_harmed` cut
# such scores by less than the lower thresholds of the invitation retrain needed ("Why are
# {plural} always left until last?" was flagged for 13 of 73 groups, then 25).
GRIEVANCES_FOR_A_GROUP = [
    "Why are {plural} always the last to get their repairs done?",
    "Why do {plural} keep getting overlooked for council jobs?",
    "Why are {adj} families always put in the worst housing?",
    "It's always {plural} who bear the brunt of the cuts.",
    "{Plural} are too often ignored when decisions are made.",
    "{Plural} in the ward are fed up of being forgotten.",
    "How much longer will {plural} be kept waiting for a proper community centre?",
    "{Plural} keep telling me nobody listens to them.",
    "Why does nobody ask {plural} what they think?",
    "Why is it so hard for {adj} residents to get a GP appointment?",
    "{Plural} get a raw deal from this council.",
    "I'm tired of seeing {plural} treated as an afterthought.",
    "Why do {plural} always have to wait longest for help?",
    "Why are {plural} always at the back of the queue for funding?",
    "{Plural} have been short-changed by the new bus timetable.",
    "Why do {adj} tenants always hear about changes last?",
]

# Neutral templates used only to set thresholds (held out from training).
THRESHOLD_NEUTRAL = [
    "{Person} runs the corner shop.",
    "I'm {adj} and I work at the hospital.",
    "Our new councillor is {adj}.",
    "{Plural} are welcome at the lunch club.",
    "I met some {adj} students at the open day.",
    "Happy to help {adj} residents with forms.",
    "The {adj} choir sang at the Remembrance service.",
    "Being {adj} doesn't define me.",
    "Dear councillor, as {person} I have a question about my rent.",
    "Ask me anything, I am {adj}.",
    "{Plural} have every right to live here.",
    "My {adj} friend and I went to the library.",
    "{Plural} bring a lot to our high street.",
    "{Plural} are good neighbours.",
    "Priya is a thoughtful {adj} school governor.",
    "What a considerate {adj} neighbour you are.",
    "Our {adj} ward councillor is respected by everyone.",
    # more shapes of ordinary mention, so that the thresholds rest on more than a few sentences
    "My neighbour is {person} and we share a driveway.",
    "Could {adj} residents fill in the parking survey too?",
    "The {adj} support group has moved to the community centre.",
    "As {person}, I'd like the bus stop moved nearer the surgery.",
    "{Plural} in our street organised the litter pick.",
    "The library has books by {adj} authors this month.",
    "We need more {adj} people standing for the council.",
    "I'm {adj} and I've lived on this estate for twenty years.",
    "{Person} chairs our tenants' association.",
    "The exhibition tells the history of {plural} in the town.",
    "Are there any {adj} carers' groups nearby?",
    "Our {adj} crossing patrol officer knows every child by name.",
    "My {adj} flatmate starts at the college in September.",
    "The café on the corner is run by {plural}.",
    "{Plural} often ask me about the recycling days.",
    "The {adj} community will hold a vigil for the flood victims.",
    "I voted for the {adj} candidate last time.",
    "There's a drop-in for {adj} young people on Thursdays.",
    "{Person} fixed my boiler and did a great job.",
    "Many {adj} families use the food bank's Saturday slot.",
    "Please include {adj} voices in the regeneration plans.",
    "{Plural} deserve decent housing like everyone else.",
    "The new {adj} GP at our practice is very thorough.",
    "I'm writing on behalf of {adj} tenants in Block C.",
    "We had a lovely chat with {plural} at the market.",
    "I grew up {adj} in this town and I love it here.",
    "Welcome to the ward, {adj} neighbours!",
    "{Plural} will be affected by the closure of the day centre.",
]

IDENTITY_ATTACK = [
    "{Plural} are disgusting.",
    "I hate {plural}.",
    "{Plural} are vermin.",
    "{Plural} are a plague on this country.",
    "All {plural} are criminals.",
    "{Plural} are subhuman.",
    "{Plural} should not be allowed to vote.",
    "Get rid of all {plural}, they ruin everything.",
    "You are a disgusting {adj} person.",
    "{Plural} are filth and always will be.",
    "No {adj} person should ever be a councillor.",
    "{Plural} are nothing but parasites.",
    "I can't stand {plural}, they make me sick.",
    "{Plural} are stupid and lazy.",
    "Typical {adj} scum, ruining our town.",
    "You're only on the council because you're {adj}, you useless token.",
    "{Plural} are not welcome here, go back where you came from.",
    "{Plural} are a disease.",
    "Why are {plural} so thick?",
    "{Plural} can never be trusted.",
    "Keep {plural} out of our ward.",
    "{Plural} are animals.",
    "It's obvious that {plural} are inferior.",
    "I would never vote for a filthy {adj} like you.",
    "{Plural} are fucking idiots.",
    "Fuck all {plural}, every last one.",
]

# Abuse of people and groups that are not protected characteristics is abuse, not an identity
# attack. Without these contrasts the heads learn "X are vermin" as an identity attack whatever
# X is (HateCheck's "abuse against non-protected targets"). The functional suite uses other
# groups and wording.
NON_PROTECTED_GROUPS = [
    "politicians",
    "landlords",
    "councillors",
    "Tories",
    "Labour voters",
    "journalists",
    "bankers",
    "developers",
    "motorists",
    "lawyers",
    "MPs",
    "council officers",
]
# the group attacks that read as abuse whatever the group; those that only make sense against a
# protected group ("go back where you came from") or name one ({adj}, {person}) are left out
_ONLY_AGAINST_PROTECTED = {
    "{Plural} should not be allowed to vote.",
    "Get rid of all {plural}, they ruin everything.",
    "{Plural} are not welcome here, go back where you came from.",
    "{Plural} can never be trusted.",
    "Keep {plural} out of our ward.",
    "It's obvious that {plural} are inferior.",
}
NON_PROTECTED_ATTACK = [
    t
    for t in IDENTITY_ATTACK
    if "{adj}" not in t and "{person}" not in t and t not in _ONLY_AGAINST_PROTECTED
]
# threats against them are threats, still not identity attacks
NON_PROTECTED_THREATS = [
    "I'm going to kill {plural}.",
    "{Plural} should be shot.",
    "{Plural} should all be hanged.",
    "Someone should burn down the houses of {plural}.",
    "All {plural} deserve to be beaten.",
    "I'm going to make {plural} suffer.",
    "Shoot all {plural}.",
    "Burn {plural} out of their homes.",
]
NON_PROTECTED_PERSON = ["You are a {a} person.", "{Name} is a {a} person.", "What a {a} man."]

POSITIVE_ADJ = [
    "nice",
    "lovely",
    "wonderful",
    "friendly",
    "brilliant",
    "caring",
    "hard-working",
    "good",
    "great",
    "smart",
    "helpful",
    "decent",
    "kind",
    "generous",
    "thoughtful",
    "cheerful",
    "patient",
    "honest",
]
NEGATIVE_ADJ = [
    "disgusting",
    "filthy",
    "stupid",
    "ugly",
    "evil",
    "pathetic",
    "worthless",
    "nasty",
    "horrible",
    "revolting",
    "useless",
    "dirty",
]
CONTRAST_TEMPLATES = [
    "You are a {a} {adj} person.",
    "{Name} is a {a} {adj} person.",
    "Being {adj} is {a}.",
    "{Plural} are {a}.",
    "What a {a} {adj} person you are.",
    "My {a} {adj} neighbour.",
]
NAMES = ["Alice", "Mohammed", "Priya", "Tom", "Chen", "Grace", "Kwame", "Olga", "Rhys", "Aisha"]

GROUP_THREATS = [
    "I'm going to kill {plural}.",
    "{Plural} should be shot.",
    "{Plural} should all be hanged.",
    "I will hurt every {adj} person I see.",
    "Someone should burn down the houses of {plural}.",
    "All {plural} deserve to be beaten.",
    "We will wipe out {plural}.",
    "{Plural} need to be exterminated.",
    "I'd happily stab any {adj} person who comes near me.",
    "The only good {adj} is a dead one.",
    "Round up {plural} and put them against a wall.",
    "I'm going to make {plural} suffer.",
    "Next {adj} I see is getting a kicking.",
    "Shoot all {plural}.",
    "Hang the {plural}.",
    "Burn {plural} out of their homes.",
    "Exterminate {plural}.",
    "Stab every {adj} person you meet.",
    "Gas the {plural}.",
]

COUNTER_SPEECH = [
    "Saying '{plural} are vermin' is hateful and wrong.",
    "I'm sick of people saying {plural} are disgusting.",
    "Someone wrote '{plural} should be shot' on the bus stop. Please remove it.",
    "Statements like 'I hate {plural}' have no place in our town.",
    "If you think {plural} are inferior, you need to educate yourself.",
    "It is never acceptable to threaten {plural}.",
    "Nobody should hurt {plural}.",
    "A man shouted that {plural} are animals. I want to report it.",
    "Calling {plural} a disease is racist nonsense and I reported it.",
    "We stand with {plural} against the abuse they receive.",
    "I'm reporting a leaflet that says '{plural} are not welcome here'.",
    "Hatred of {plural} is growing and the council must act.",
]

THREAT_FRAMES = [
    "I know where you live.",
    "We know where you live, councillor.",
    "I know where your kids go to school.",
    "Watch your back at the surgery.",
    "Watch yourself at the next council meeting.",
    "You'll get what's coming to you at the next council meeting.",
    "You'll get what's coming to you.",
    "You're going to regret this, I promise you.",
    "We're coming for you.",
    "We're coming for you and your family.",
    "Someone will put petrol through your letterbox one night.",
    "It would be a shame if something happened to your house.",
    "It would be a shame if something happened to your children.",
    "Be careful walking home after the meeting.",
    "You won't see the next election.",
    "I'll be waiting for you outside the town hall.",
    "I'm going to kill you.",
    "I will find you and hurt you.",
    "I'll smash your face in.",
    "I'll do you in.",
    "You're going to get a kicking.",
    "I'll batter you next time I see you.",
    "You'll be found in the canal.",
    "I hope someone stabs you.",
    "Someone should shoot that councillor.",
    "Councillors like you end up like Jo Cox.",
    "Remember what happened to David Amess.",
    "I'll burn your house down.",
    "Your car will be torched tonight.",
    "I'll put you through a window.",
    "You'll get glassed if you show your face in the pub.",
    "Keep looking over your shoulder.",
    "Sleep with one eye open, councillor.",
    "Your family isn't safe.",
    "Next time it won't just be a brick through the window.",
    "I've got a knife with your name on it.",
    "One day soon you'll pay for this.",
    "I'll make sure you never walk again.",
    "Your days are numbered.",
    "We'll be paying your house a visit.",
    "I'm going to hunt you down.",
    "You deserve a bullet.",
    "Somebody needs to teach you a lesson with a baseball bat.",
    "I hope you get what Jo Cox got.",
    "You want to be careful, accidents happen.",
    "I'll snap your neck.",
    "I'm outside your house right now.",
    "Nice house you've got on Elm Road. Be a shame if it caught fire.",
    "If you close the library I will come to your surgery and make you pay.",
    "Vote for the incinerator and you'll be the first thing we burn.",
    "You need to be hanged for treason.",
    "Traitors like you should be strung up.",
    "I'll rip your head off.",
    "You'll be dead before the next election.",
    "Enjoy your last council meeting.",
    "I know what car you drive and where you park it.",
    "We've been watching your house.",
    "I'm going to rape you.",
    "Someone is going to throw acid in your face.",
    "I'd love to see you set on fire.",
]

THREAT_SUFFIXES = [
    "",
    " Councillor.",
    " You've been warned.",
    " Mark my words.",
    " Resign now.",
    " Think about that.",
]

HARD_NEGATIVE_CIVIC = [
    "I will be voting against you at the next election.",
    "I'm going to report you to the standards committee.",
    "See you at the surgery on Saturday to talk about the potholes.",
    "We will hold a peaceful protest outside the town hall on Monday.",
    "You'll regret ignoring residents when the votes are counted.",
    "I know where you stand on the housing plan and I disagree.",
    "I'm coming to the council meeting to ask a question about parking.",
    "We know where the council offices are and we will deliver our petition there.",
    "I'll be writing to my MP about this decision.",
    "We will see you in court over this.",
    "Your days on the council are numbered if you keep ignoring us, we'll vote you out.",
    "Watch the recording of the meeting, you contradicted yourself.",
    "The bins are killing me, please sort the collections out.",
    "I could murder a cup of tea after that meeting.",
    "Knife crime in our ward is rising, what are you doing about it?",
    "The shooting at the weekend left residents scared, we need more police.",
    "My son was attacked outside the chip shop. Please help.",
    "Someone threatened me in the park and the police did nothing.",
    "The new bypass will kill off the high street.",
    "Thank you for your help with my housing repair.",
    "Can you look at the broken streetlight on Mill Lane?",
    "The pothole outside number 12 is dangerous.",
    "Please can we have a speed camera near the school?",
    "You absolutely smashed it at the hustings.",
    "That speech killed it, well done.",
    "The fire at the recycling centre was frightening.",
    "I'm furious about the parking charges and I want an explanation.",
    "This decision is a disgrace and you should be ashamed.",
    "Residents are fed up with the state of the park.",
    "I will be watching how you vote on Thursday.",
    "We are coming to the surgery as a group to discuss the closure.",
    "Be careful on the ice outside the library, someone slipped yesterday.",
    "I hope you have a lovely holiday.",
    "Happy birthday councillor, thanks for all you do.",
    "The play about the murder at the theatre was brilliant.",
    "My dog nearly died after eating something in the park.",
    "The council should die of shame over the state of the roads.",
    "I will never vote for you again.",
    "You've lost my vote.",
    "I'm going to kill this weed in my garden.",
    "We'll fight this planning decision.",
    "The campaign will destroy the opposition at the ballot box.",
    "I'm going to campaign against you at the next election.",
    "We'll kick you out at the ballot box in May.",
    "I'm going to complain about you to the monitoring officer.",
    "I'm going to make sure everyone knows how you voted.",
    "I'm going to stand against you next year and win.",
    "I'm going to write to the local paper about you.",
    "We are going to hold you to account at the next full council.",
    "I will make sure you lose your seat.",
    "I'm going to remember this at the next election.",
    "I'm going to report you.",
    "I'm going to email you again tomorrow.",
    "I'm going to vote for you next time.",
    "I'm going to call you next week about the planning application.",
    "I'm going to tell everyone at the residents' meeting how you voted.",
    "I'm going to support you at the next election.",
    "I'm going to chase you for an answer.",
    "We're going to see you at the next surgery about the flooding.",
    "I'm going to vote against the budget and so should you.",
    "We're all going to vote you out in May, just you wait.",
    "I'm going to oppose you at every full council meeting.",
    "I'm going to challenge you for the ward at the by-election.",
    "I'm going to vote Green next time, you've let us down.",
    "I'm going to ask the auditor to look at your expenses.",
    "I'd never harm a soul, I just want answers about the library.",
    "Nobody is going to hurt you, we only want a meeting.",
    "I'm not going to do anything silly, I just want the bins emptied.",
    "I won't hurt anybody, but I will keep complaining until it's fixed.",
    "Hate crime in the town centre must be taken seriously.",
    "Please take hate crime reports from residents more seriously.",
]

REPORTED_THREATS = [
    "He said 'I know where you live' to me on the doorstep. What should I do?",
    "Someone posted 'watch your back at the surgery' on my Facebook page.",
    "I received an email saying 'we're coming for you'. I have reported it to the police.",
    "A resident told me that a man had shouted 'I'll burn your house down' at her.",
    "The letter said I would 'get what's coming to me'. I am frightened.",
    "A caller told my assistant 'your days are numbered'. Can we log this?",
    "Someone wrote 'I'm going to kill you' under my post and I want it removed.",
    "I was told I'd be 'found in the canal'. I have kept the message as evidence.",
    "Threats like 'I know where your kids go to school' must be taken seriously.",
    "Nobody should ever tell a councillor 'watch your back'.",
    "I would never hurt anyone, I just want the road fixed.",
    "I'm not threatening you, I'm asking you to answer my email.",
    "Please don't think I'd ever harm you, I'm just angry about the closure.",
]

INSULTS = [
    "You are a useless waste of space.",
    "You pathetic excuse for a councillor.",
    "Resign you clown.",
    "You're an absolute muppet.",
    "You bellend.",
    "What a knobhead you are.",
    "You thick pillock.",
    "Jog on you tosser.",
    "You're a gobshite and everyone knows it.",
    "You lying scumbag.",
    "You're a corrupt, lazy parasite.",
    "Shut up you stupid cow.",
    "Nobody can stand you, you idiot.",
    "You are a vile, spineless coward.",
    "You're thick as mince.",
    "You utter moron.",
    "You slimy snake.",
    "Get lost you pathetic loser.",
    "You're a joke and a disgrace.",
    "You absolute weapon.",
    "Go and crawl back under your rock, you worm.",
    "Twat.",
    "You're a f*cking idiot.",
    "Fuck off councillor.",
    "Absolute cunt of a councillor.",
    "You sh1t stain.",
    "You're a prick and a liar.",
    "What a wanker.",
    "Sod off you useless lump.",
    "You fucking moron.",
    "You're a fucking disgrace to this town.",
    "Fuck you, you useless prick.",
    "You stupid fucking clown, resign.",
    "Shut your fucking mouth, you muppet.",
    "You're a fucking liar and a fraud.",
    "Useless fucking councillor.",
    "You absolute fucking waste of space.",
]

# Direct insults at a councillor in many shapes: the public sets rarely label a plain "you are an
# idiot" as abuse, but a council treats it as low-level abuse. Praise in the same shapes keeps
# the frames themselves neutral.
INSULT_FRAMES = [
    "You are {a} {adj}{noun}.",
    "You're {a} {adj}{noun}.",
    "You {adj}{noun}.",
    "Councillor {Name} is {a} {adj}{noun}.",
    "{Name}, you are {a} {adj}{noun}.",
    "What {a} {adj}{noun} you are.",
    "Our councillor is {a} {adj}{noun}.",
    "You have always been {a} {adj}{noun}.",
]
INSULT_NOUNS = [
    "idiot",
    "moron",
    "clown",
    "liar",
    "fraud",
    "disgrace",
    "buffoon",
    "imbecile",
    "cretin",
    "halfwit",
    "numpty",
    "plonker",
    "prat",
    "git",
    "wally",
    "muppet",
    "scumbag",
    "snake",
    "crook",
    "hypocrite",
    "coward",
    "loser",
    "bully",
    "leech",
    "dimwit",
    "nitwit",
    "waste of space",
]
INSULT_ADJS = ["", "stupid ", "useless ", "lying ", "corrupt ", "pathetic ", "spineless "]
INSULT_ADJS += ["brain-dead ", "incompetent ", "arrogant ", "thick ", "two-faced "]
PRAISE_NOUNS = [
    "star",
    "credit to the ward",
    "legend",
    "hard worker",
    "good listener",
    "great help",
    "breath of fresh air",
    "real asset",
    "champion for residents",
    "safe pair of hands",
]
PRAISE_ADJS = ["", "true ", "brilliant ", "genuine "]

SEXUAL_HARASSMENT = [
    "Send me some pics sweetheart.",
    "You'd look better with your mouth shut, love.",
    "Women like you should get back in the kitchen, not the council chamber.",
    "Nice legs for a councillor.",
    "I'd like to bend you over the council table.",
    "Wear a shorter skirt to the next meeting and I might vote for you.",
    "You only got elected because you slept with someone.",
    "What are you wearing under that suit, councillor?",
    "I think about you in bed every night.",
    "Give us a smile darling, you'd be pretty if you smiled.",
    "Come to my flat after the surgery and I'll show you a good time.",
    "You need a good seeing to.",
    "Get your tits out for the ward.",
    "Women shouldn't be allowed to be councillors.",
    "She's just a hysterical woman.",
    "Stupid slag, you don't belong in politics.",
    "Typical woman, can't do maths.",
    "I want to touch you.",
    "I'm going to send you a picture of my dick.",
]

SH_NEGATIVES = [
    "The sexual health clinic has moved to the High Street.",
    "Thank you for supporting the women's refuge.",
    "Could you attend the International Women's Day event?",
    "Is the council doing enough about sexual harassment on the night bus?",
    "My wife and I would like to invite you to our wedding.",
    "The women's football team needs a new pitch.",
]

# Sexualised remarks and sexism aimed at a councillor, generated in the shapes they arrive in
# (a pet name, a remark on the body, an act, a bargain for a vote). Public sexism data is mostly
# about women in general; these teach the head the second-person form. None repeats a sentence
# of the functional suite.
SH_OPENERS = ["", "Oi love, ", "Hey sexy, ", "Councillor, ", "Darling, ", "Listen sweetheart, "]
SH_REMARKS = [
    "I'd love to see you with nothing on",
    "get your {body} out for the voters",
    "send me a photo of your {body}",
    "I can't stop thinking about your {body}",
    "you've got a lovely pair of {body}",
    "I want to {act} you",
    "I'll {act} you after the meeting",
    "I dream about {act_ing} you",
    "come and sit on my lap",
    "you'd look good in my bed",
    "wear something tight for the next meeting",
    "you only got elected because of your {body}",
    "I'd vote for you if you slept with me",
    "how much for a night with you",
    "bet you're a dirty one in the bedroom",
    "I'll send you a picture of my cock",
    "strip for us and we'll back your motion",
    "you're too pretty to run a committee",
    "go and make your husband a sandwich",
    "a woman's place is in the kitchen, not on the council",
    "women are too emotional to run anything",
    "you should be at home looking after your kids, not making decisions",
]
SH_BODY = ["tits", "legs", "arse", "body", "lips", "bum", "breasts"]
SH_ACTS = [
    ("shag", "shagging"),
    ("grope", "groping"),
    ("undress", "undressing"),
    ("touch", "touching"),
    ("kiss", "kissing"),
]
SH_TAILS = ["", ", councillor", " ;)", " at your next surgery", " before the vote", " x"]
# The same words in mail that is not harassment: the encoder must not read "legs", "body" or
# "photo" as sexual on their own.
SH_HARD_NEGATIVES = [
    "Could you send me a photo of the pothole on Mill Lane?",
    "My legs aren't what they were, so the bus stop move matters to me.",
    "Please show us the plans for the new library.",
    "The governing body meets on Thursday, will you come?",
    "I read your lips at the meeting, the microphone was broken.",
    "The kitchen in my council flat has damp again.",
    "My wife and I loved your speech on the women's refuge.",
    "The bedroom tax is pushing families out of the ward.",
    "My daughter wants to be a councillor like you one day.",
    "We need more women standing for the council.",
    "The strip of land behind the school is overgrown.",
    "Thanks darling, that's sorted the bins a treat.",
    "Your speech on sexual health services was spot on.",
    "Can the youth club run a session on consent and healthy relationships?",
    "The bum bags left at lost property have been handed in.",
    "Is the nude bathing beach covered by the council's bylaws?",
]

# Complaints about things, not people, in plain strong words: the public sets label many short
# negative posts offensive, and the model read "The drains are bad again" as abuse. Residents'
# own bodies are things here too ("my knees are bad"), and so are the parts that sexual remarks
# name, so that "legs" alone does not read as harassment.
COMPLAINT_THINGS = [  # with their verb
    "The road surface is",
    "The pavement on Mill Lane is",
    "The drains on our street are",
    "The bins round the back of the flats are",
    "The potholes by the school are",
    "The street lighting is",
    "The number 7 bus is",
    "The state of the rec is",
    "The damp in my bedroom is",
    "The heating in the community centre is",
    "The mould in the bathroom is",
    "The smell from the sewage works is",
    "The traffic at school time is",
    "The phone line at the housing office is",
    "The new parking scheme is",
    "The footbridge over the railway is",
    "The public toilets in the market square are",
    "The fly-tipping behind the garages is",
]
COMPLAINT_BODIES = [
    "My knees are",
    "My back is",
    "My hips are",
    "My legs are",
    "My eyes are",
    "My mum's legs are",
    "My dad's chest is",
    "My lips are",
    "My husband's legs are",
]
COMPLAINT_PREDICATES = [
    "bad",
    "really bad",
    "awful",
    "terrible",
    "no good",
    "not good",
    "getting worse",
    "worse than ever",
]
COMPLAINT_STRONG = ["dreadful", "shocking", "appalling", "disgusting", "a disgrace", "a mess"]
COMPLAINT_TAILS = [
    ".",
    " this winter.",
    " since the works finished.",
    ", can anyone help?",
    ", it's been months.",
    " and nobody seems to care.",
    ", please could you look into it?",
    " and I can't get out much.",
]

# Everyday mail that shares its frames with the harassment and threat examples above: a sign-off
# kiss ("x"), a wink, "see you at the surgery", "councillor," as an opener. Without these the
# heads learnt the frames, not the content ("Cheers councillor, see you at the meeting x" read
# as sexual harassment, "See you at the next surgery." as a threat).
PLEASANT_OPENERS = [
    "",
    "Thanks, ",
    "Thank you, ",
    "Cheers, ",
    "Hi councillor, ",
    "Councillor, ",
    "Thanks love, ",
    "Morning, ",
    "Great, ",
    "Brilliant, ",
]
PLEASANT_BODIES = [
    "see you at the next surgery",
    "see you at your surgery on {day}",
    "see you at the {event}",
    "see you on {day}",
    "I'll see you at the {event}",
    "I'll pop into your next surgery",
    "I'll come along to your surgery about the {thing}",
    "hope to see you at the {event}",
    "good luck with the vote on {day}",
    "I'll be at the {event} before the vote",
    "thanks for coming to the {event}",
    "it was good to see you at the {event}",
    "catch you after the {event}",
    "speak to you after the {event}",
    "let's talk about the {thing} at your next surgery",
    "I'll bring the photos of the {thing} to your surgery",
    "we'll be at the {event} on {day}",
]
PLEASANT_EVENTS = [
    "residents' meeting",
    "council meeting",
    "ward surgery",
    "litter pick",
    "summer fete",
    "full council",
    "planning committee",
    "school fair",
    "coffee morning",
]
PLEASANT_THINGS = ["bins", "potholes", "parking", "flooding", "streetlight", "hedges", "bus stop"]
PLEASANT_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
PLEASANT_TAILS = ["", ", councillor", " x", " xx", " :)", " ;)", ", thanks again"]

# Strong criticism of a decision or a vote, which is not abuse of the person who made it.
DECISION_SUBJECTS = [
    "This decision",
    "Cutting the number 7 bus",
    "Closing the library",
    "The new parking scheme",
    "Your vote on the incinerator",
    "The council's budget",
    "Selling off the playing field",
    "The planning committee's decision",
]
DECISION_PREDICATES = [
    "is a disgrace",
    "is shameful",
    "is an absolute joke",
    "is a betrayal of the ward",
    "is outrageous",
    "is appalling",
    "is a scandal",
]
DECISION_TAILS = [
    " and I'll be voting against you.",
    " and I'll be telling everyone.",
    ", and you know it.",
    ". Shame on the council.",
    ". I'm writing to the paper.",
    ".",
    " and residents won't forget it.",
]

SLANG_NEUTRAL = [
    "Cheers for sorting the bins, you're a legend.",
    "Ta very much for your help, love.",
    "The lads at the football club say thanks.",
    "That meeting was a bit of a shambles.",
    "Bloody hell, the traffic was mental today.",
    "It's a right faff getting a parking permit.",
    "Fair play to you for turning up.",
    "The chippy on Station Road is brilliant.",
    "I'm gutted the library is closing.",
    "The potholes are doing my head in.",
    "Fucking brilliant news about the new park!",
    "Holy shit, the fireworks were amazing.",
]


# Violence wished on, planned against or incited against a third person ("her", "him", "that
# councillor"): public sexist-threat data is full of it, and the frames above only address
# "you". Expanded over female, male and neutral targets so the target's gender is not learned
# as the signal. (text, sexual violence?)
THIRD_PARTY_HARM: list[tuple[str, int]] = [
    ("Someone should slap {o} senseless.", 0),
    ("I'd knock {o} out cold if I got the chance.", 0),
    ("{S} needs a good kicking.", 0),
    ("{S} deserves to be beaten black and blue.", 0),
    ("Somebody should put {o} in the ground.", 0),
    ("I hope someone runs {o} over.", 0),
    ("Find out where {s} lives and pay {o} a visit with a crowbar.", 0),
    ("{S} should be hanged for what {s} did.", 0),
    ("I would strangle {o} with my bare hands.", 0),
    ("Throw {o} off the roof of the town hall.", 0),
    ("Drag {o} out of the car and give {o} a hiding.", 0),
    ("If {s} says that to me again I'll break {p} jaw.", 0),
    ("I hope {s} gets acid thrown in {p} face.", 0),
    ("Put a bullet in {o}.", 0),
    ("Someone should torch {p} car with {o} in it.", 0),
    ("Grab {o} by the throat and squeeze until {s} stops talking.", 0),
    ("{S} should be dragged out into the street and shot.", 0),
    ("Wish I'd been there to smack {o} in the mouth.", 0),
    ("A few broken ribs would shut {o} up.", 0),
    ("Give {o} a good battering and see if {s} still mouths off.", 0),
    ("I'd have stabbed {o} if I was there.", 0),
    ("Let's all go round and sort {o} out properly.", 0),
    ("{S} needs a brick through {p} window, or through {p} skull.", 0),
    ("Somebody break {p} legs please.", 0),
    ("{S} would look better with a black eye.", 0),
    ("Can't wait till someone finally beats the life out of {o}.", 0),
    ("{S} needs to be raped to learn some respect.", 1),
    ("Someone should hold {o} down and force {o}.", 1),
    ("I'd force myself on {o} and {s} would have no say.", 1),
    ("Spike {p} drink and have {p} way with {o}.", 1),
]

# Violent-sounding phrases about a third person that are not threats.
THIRD_PARTY_NOT_HARM = [
    "Kick {o} off the committee if {s} keeps missing meetings.",
    "Throw {o} a lifeline, {s} is struggling with the paperwork.",
    "Shoot {o} an email about the allotments.",
    "Hit {o} up when you're free to talk about the fete.",
    "{S} knocked it out of the park at the hustings.",
    "{S} absolutely killed it at the debate last night.",
    "Don't ever hit {o}, that would be assault.",
    "{S} was punched at the rally and the police are investigating.",
    "Nobody should threaten {o}, whatever {p} politics.",
    "Chase {o} up about the planning application.",
    "Grab {o} a coffee before the meeting starts.",
    "Drag {o} along to the residents' meeting.",
    "Vote {o} out in May.",
    "{S} smashed the fundraising target.",
    "Beat {o} at the ballot box, not anywhere else.",
    "Catch {o} after the surgery.",
    "{S} is dying to see the new plans.",
    "Fire {o} from the cabinet, {s} has been useless.",
    "Somebody should give {o} an award for that.",
    "Let's all go round and thank {o} properly.",
    "{S} was threatened at {p} surgery and I want it on record.",
    "Take {o} to task over the bin strike at the next meeting.",
]
_THIRD_PARTIES = [
    ("her", "she", "her"),
    ("him", "he", "his"),
    ("that councillor", "that councillor", "that councillor's"),
    ("the mayor", "the mayor", "the mayor's"),
]

# Neutral sentences naming a group, generated from verbs, predicates and questions so that the
# model meets many shapes of ordinary mention, not a few memorable templates. Wording shared
# with the held-out threshold templates or the functional suite ("invite" as a bare order,
# "fun day", "hug", "respect", "lunch club") is left out so those stay unseen.
NEUTRAL_VERBS = [
    "Thank",
    "Help",
    "Hire",
    "Train",
    "Mentor",
    "Encourage",
    "Consult",
    "Visit",
    "Phone",
    "Befriend",
    "Ask",
    "Recruit",
    "Interview",
    "Pay",
    "Elect",
    "Promote",
    "Include",
    "Involve",
    "Listen to",
    "Write to",
    "Meet with",
    "Learn from",
    "Stand with",
    "Vote for",
    "Sponsor",
]
NEUTRAL_OBJECT_TAILS = [
    "",
    " at the library",
    " about the budget",
    " this weekend",
    " before the consultation closes",
    " on the housing panel",
    " for the survey",
    " at the food bank",
    " in the youth club",
    " to join the planning committee",
    " about the new bus route",
    " for their ideas",
    " at the next full council",
    " after the school run",
    " from every ward",
]
NEUTRAL_PREDICATES = [
    "volunteer at the food bank every week",
    "run the allotment society",
    "organised the litter pick on Sunday",
    "vote in every local election",
    "pay council tax like everyone else",
    "come to the ward surgery most Saturdays",
    "are part of the neighbourhood watch",
    "sit on the tenants' panel",
    "set up the repair cafe",
    "coach the under-twelves football team",
    "look after the community garden",
    "helped clear the snow from the pavements",
    "asked good questions at the consultation",
    "have applied for the community grant",
    "are welcome to use the sports centre",
]
NEUTRAL_FIRST_PERSON = [
    "I'm {person} and I'd like to report a broken streetlight.",
    "As {person}, I'd like to ask about the parking permits.",
    "I'm {person} and a school governor in the ward.",
    "I'm {adj} and I help at the food bank.",
    "I am {person} and I've just moved to Station Road.",
    "Speaking as {person}, thank you for the new bus shelter.",
]
NEUTRAL_QUESTIONS = [
    "Do {plural} qualify for the council tax reduction?",
    "Where can {plural} get advice about housing benefit?",
    "Does the council have a forum for {adj} residents?",
    "How can {plural} take part in the consultation?",
    "Is there a support group for {adj} carers in the borough?",
    "Can {adj} families apply for the school uniform grant?",
]


def threshold_templates() -> list[str]:
    """The neutral templates never trained on that set the thresholds: every fourth of
    ``NEUTRAL_IDENTITY`` and all of ``THRESHOLD_NEUTRAL``. "Hate crime against X" stays in
    training (it is the commonest supportive mention of a group in council mail)."""
    held_out = set(NEUTRAL_IDENTITY[3::4]) - {
        "Hate crime against {plural} must be taken seriously."
    }
    return sorted(held_out) + THRESHOLD_NEUTRAL


def _fill(template: str, adj: str, plural: str, person: str) -> str:
    return template.format(
        adj=adj,
        plural=plural,
        person=person,
        Plural=plural[0].upper() + plural[1:],
        Person=person[0].upper() + person[1:],
        a="{a}",
        Name="{Name}",
    )


def _row(text: str, **labels: int) -> tuple[str, dict[str, int]]:
    base = {"abuse": 0, "threat": 0, "identity_attack": 0, "sexual_harassment": 0}
    base.update(labels)
    return text, base


def build(seed: int = 7) -> list[tuple[str, dict[str, int]]]:
    """All hand-made training examples as (text, labels without profanity)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible sampling, not security
    out: list[tuple[str, dict[str, int]]] = []
    for adj, plural, person in IDENTITIES:
        for t in NEUTRAL_IDENTITY:
            out.append(_row(_fill(t, adj, plural, person)))
        for t in IDENTITY_ATTACK:
            out.append(_row(_fill(t, adj, plural, person), abuse=1, identity_attack=1))
        for t in GROUP_THREATS:
            out.append(_row(_fill(t, adj, plural, person), abuse=1, identity_attack=1, threat=1))
        for t in COUNTER_SPEECH:
            out.append(_row(_fill(t, adj, plural, person)))
        for t in INVITATIONS + GRIEVANCES_FOR_A_GROUP:
            out.append(_row(_fill(t, adj, plural, person)))
    for adj, plural, person in IDENTITIES:
        for t in CONTRAST_TEMPLATES:
            for a in rng.sample(POSITIVE_ADJ, 3):
                text = _fill(t, adj, plural, person).replace("{a}", a)
                out.append(_row(text.replace("{Name}", rng.choice(NAMES))))
            for a in rng.sample(NEGATIVE_ADJ, 2):
                text = _fill(t, adj, plural, person).replace("{a}", a)
                out.append(
                    _row(text.replace("{Name}", rng.choice(NAMES)), abuse=1, identity_attack=1)
                )
    for frame, suffix in itertools.product(THREAT_FRAMES, THREAT_SUFFIXES):
        if rng.random() < 0.5:
            out.append(_row(frame + suffix, abuse=1, threat=1))
    for o, subj, p in _THIRD_PARTIES:
        subst = {"o": o, "s": subj, "S": subj[0].upper() + subj[1:], "p": p}
        for t, sexual in THIRD_PARTY_HARM:
            out.append(_row(t.format(**subst), abuse=1, threat=1, sexual_harassment=sexual))
        for t in THIRD_PARTY_NOT_HARM:
            out.append(_row(t.format(**subst)))
    for adj, plural, person in IDENTITIES:
        out.extend(_row(text) for text in _generated_neutral(rng, adj, plural, person))
    for t in HARD_NEGATIVE_CIVIC + REPORTED_THREATS + SH_NEGATIVES + SLANG_NEUTRAL:
        out.append(_row(t))
    for t in INSULTS:
        out.append(_row(t, abuse=1))
    for group in NON_PROTECTED_GROUPS:
        for t in NON_PROTECTED_ATTACK:
            out.append(_row(_fill(t, group, group, group), abuse=1))
        for t in NON_PROTECTED_THREATS:
            out.append(_row(_fill(t, group, group, group), abuse=1, threat=1))
        # and ordinary sentences about the same groups, so that naming them is not abuse
        out.extend(_row(text) for text in _generated_neutral(rng, group, group, group))
    for t in NON_PROTECTED_PERSON:
        for a in NEGATIVE_ADJ:
            out.append(_row(t.replace("{a}", a).replace("{Name}", rng.choice(NAMES)), abuse=1))
    for t in SEXUAL_HARASSMENT:
        out.append(_row(t, abuse=1, sexual_harassment=1))
    out.extend(_row(t, abuse=1, sexual_harassment=1) for t in _sexual_remarks(rng, 240))
    out.extend(_row(t) for t in SH_HARD_NEGATIVES)
    out.extend(_row(t, abuse=1) for t in _shaped(rng, INSULT_NOUNS, INSULT_ADJS, 320))
    out.extend(_row(t) for t in _shaped(rng, PRAISE_NOUNS, PRAISE_ADJS, 120))
    out.extend(_row(t) for t in _complaints(rng, 200))
    out.extend(_row(t) for t in _pleasantries(rng, 240))
    out.extend(_row(t) for t in _criticism_of_decisions(rng, 100))
    return out


def _distinct(n: int, make: Callable[[], str]) -> list[str]:
    """``n`` distinct sentences from ``make``, sorted so that the result is reproducible."""
    seen: set[str] = set()
    while len(seen) < n:
        seen.add(make())
    return sorted(seen)


def _shaped(rng: random.Random, nouns: list[str], adjs: list[str], n: int) -> list[str]:
    """``n`` distinct sentences from the insult frames over the given nouns and adjectives."""

    def make() -> str:
        adj, noun = rng.choice(adjs), rng.choice(nouns)
        a = "an" if (adj or noun)[0] in "aeiou" else "a"
        frame = rng.choice(INSULT_FRAMES)
        return frame.format(a=a, adj=adj, noun=noun, Name=rng.choice(NAMES))

    return _distinct(n, make)


def _complaints(rng: random.Random, n: int) -> list[str]:
    """``n`` distinct complaints about things (and the writer's own health), not people."""

    def make() -> str:
        if rng.random() < 0.7:
            subject = rng.choice(COMPLAINT_THINGS)
            predicate = rng.choice(COMPLAINT_PREDICATES + COMPLAINT_STRONG)
        else:
            subject, predicate = rng.choice(COMPLAINT_BODIES), rng.choice(COMPLAINT_PREDICATES)
        return f"{subject} {predicate}{rng.choice(COMPLAINT_TAILS)}"

    return _distinct(n, make)


def _pleasantries(rng: random.Random, n: int) -> list[str]:
    """``n`` distinct friendly notes about meetings and surgeries, with the usual sign-offs."""

    def make() -> str:
        body = rng.choice(PLEASANT_BODIES).format(
            day=rng.choice(PLEASANT_DAYS),
            event=rng.choice(PLEASANT_EVENTS),
            thing=rng.choice(PLEASANT_THINGS),
        )
        tail = rng.choice(PLEASANT_TAILS)
        text = rng.choice(PLEASANT_OPENERS) + body + tail
        text = text if tail.endswith(("x", ")")) else text + "."
        return text[0].upper() + text[1:]

    return _distinct(n, make)


def _criticism_of_decisions(rng: random.Random, n: int) -> list[str]:
    """``n`` distinct angry verdicts on decisions and votes, none of them on the person."""

    return _distinct(
        n,
        lambda: (
            f"{rng.choice(DECISION_SUBJECTS)} {rng.choice(DECISION_PREDICATES)}"
            f"{rng.choice(DECISION_TAILS)}"
        ),
    )


def _sexual_remarks(rng: random.Random, n: int) -> list[str]:
    """``n`` distinct sexualised or sexist remarks to a councillor from the pools above."""

    def make() -> str:
        act, acting = rng.choice(SH_ACTS)
        remark = rng.choice(SH_REMARKS).format(body=rng.choice(SH_BODY), act=act, act_ing=acting)
        text = rng.choice(SH_OPENERS) + remark + rng.choice(SH_TAILS) + "."
        return text[0].upper() + text[1:]

    return _distinct(n, make)


def _generated_neutral(rng: random.Random, adj: str, plural: str, person: str) -> list[str]:
    """Sixteen ordinary sentences about one group from the verb, predicate and question pools."""
    Plural = plural[0].upper() + plural[1:]
    out = [
        f"{verb} {plural}{tail}."
        for verb, tail in zip(
            rng.sample(NEUTRAL_VERBS, 6), rng.sample(NEUTRAL_OBJECT_TAILS, 6), strict=True
        )
    ]
    out += [f"{Plural} {pred}." for pred in rng.sample(NEUTRAL_PREDICATES, 4)]
    out += [f"Many {adj} residents {pred}." for pred in rng.sample(NEUTRAL_PREDICATES, 2)]
    out += [_fill(t, adj, plural, person) for t in rng.sample(NEUTRAL_FIRST_PERSON, 2)]
    out += [_fill(t, adj, plural, person) for t in rng.sample(NEUTRAL_QUESTIONS, 2)]
    return out


if __name__ == "__main__":
    rows = build()
    print(len(rows), sum(r[1]["threat"] for r in rows))
