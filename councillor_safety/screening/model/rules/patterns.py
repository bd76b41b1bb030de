"""Pieces of pattern the rules share: the reader, harm, family, a person named or titled, a vote,
where a clause begins, and the things that may be burnt or beaten without a threat to anyone."""

from __future__ import annotations

import re

from ..lexicon import INSULT_NOUNS, PERSONAL_INSULT_NOUNS, PROFANE_INSULT_NOUNS, SLUR_NOUNS

YOU = r"(?:you|your|u|ur|ya|yer|yourself|urself)"
HARM = (
    r"(?:kill|hurt|stab|shoot|murder|batter|smash|strangle|rape|glass|burn|torch|bomb|slit|"
    r"slash|shank|lynch|execute|harm|bash|punch|throttle|choke|butcher|slaughter|maim)"
)
FAMILY = (
    r"(?:kids|children|child|son|sons|daughter|daughters|wife|husband|partner|family|mum|mother|"
    r"dad|father|grandchildren|grandkids|little\s+ones|boy|girl|lad|lass|missus|hubby|other\s+half|"
    r"girlfriend|boyfriend|brother|sister|nan|gran|grandma|grandad|granddad|grandson|granddaughter|"
    r"baby|stepson|stepdaughter)"
)
# Verbs that are violent only with a person as their object: "I'll sort you out", but "I'll
# sort your parking permit", "we'll deal with your complaint", "I'll hang your picture".
HARM_A_PERSON = r"(?:beat|hunt|break|snap|knock|cut|hang|attack|end|finish|deal\s+with|sort)"
# a vote named as what the writer means ("at the next election", "after the count", "in May"):
# one list for the rules that step aside for it and for ``peaceful_intent``
ELECTION = r"(?:election|by-election|ballot(?:\s+box)?|polls|votes?|count|results|may)"
# a vote or a contest named after violent words, which makes them a defeat, not harm: "Labour
# must be beaten at the next election.", "We'll slaughter the Welsh in the rugby."
CONTEST = (
    r"(?:elections?|by-elections?|ballot|polls?|votes?|voting|match|matches|game|race|quiz|final|league|"
    r"cup|contest|debate|rugby|football|cricket|derby|tournament)"
)
# where an order or a wish can begin: the start of the text, a clause or a quotation
CLAUSE_START = r"(?:^|[.!?,;:\"'“‘]\s*)"
# a person spoken of by name or title rather than to, as in comments posted about a councillor:
# "Cllr Smith", "that councillor", "the leader of the council" (the threat rules, and with "he"
# and "she" the insults, ``insults._PERSON``)
NAMED = (
    r"(?:(?:cllr|councill?or|mr|mrs|ms|miss|dr)\.?\s+[a-z][a-z'-]+|(?:the|that|this|your|our)\s+"
    r"(?:councill?or|leader(?:\s+of\s+the\s+council)?|mayor|council\s+leader|cabinet\s+member|mp|chair|"
    r"chairman|chairwoman))"
)
# a word that may stand between "I'll" and the harm ("I'll really hurt you", "I'll personally
# batter you"), but not one that denies it ("I will not hurt you", "I'll never hurt you")
ANY_WORD_BUT_A_DENIAL = r"(?:(?!(?:not|never|no)\b)\w+\s+)?"
# after who: "someone is going to", "someone's going to", "someone'll", "you could"
WILL_OR_MAY = (
    r"(?:(?:\s+(?:is|are)|'s|'re)?\s+(?:going\s+to|gonna)|\s+(?:will|could|might|may)|'ll)\s+"
)
# "i'll" may lose its apostrophe ("ill kill you"), but "we'll" may not: "well" is a word ("might
# as well shoot your shot", "you don't know me very well do you?")
WILL = (
    r"(?:i'?ll|i\s+will|i\s+shall|i'?m\s+(?:going|gonna)\s+to|i'?m\s+gonna|i\s+am\s+going\s+to|i'?m+a|"
    r"we'll|we\s+will|we'?re\s+(?:going\s+to|gonna)|gonna|i\s+swear\s+i'?ll|i'?d\s+(?:happily|love\s+to))"
)


# Things that may be burnt, beaten, hung or culled without a threat to anyone. Not animals in
# general ("those rabid dogs need to be shot" is said of people), not what a person is seen in
# ("the man in the video should be hanged") and not the words that end emoji names ("heavy
# dollar sign"), which the text spells out.
THINGS_DONE_TO = [
    "hedge",
    "hedges",
    "tree",
    "trees",
    "waste",
    "rubbish",
    "litter",
    "leaves",
    "weeds",
    "grass",
    "bracken",
    "stubble",
    "wood",
    "logs",
    "timber",
    "bonfire",
    "papers",
    "documents",
    "files",
    "records",
    "record",
    "evidence",
    "egg",
    "eggs",
    "whites",
    "cream",
    "mixture",
    "batter",
    "meat",
    "fish",
    "fruit",
    "cherries",
    "olives",
    "pictures",
    "paintings",
    "artwork",
    "portrait",
    "banner",
    "banners",
    "bunting",
    "posters",
    "decorations",
    "flags",
    "wreaths",
    "curtains",
    "bill",
    "motion",
    "plan",
    "plans",
    "scheme",
    "proposal",
    "policy",
    "contract",
    "order",
    "warrant",
    "deer",
    "badgers",
    "foxes",
    "pigeons",
    "squirrels",
    "geese",
    "gulls",
    "seagulls",
    "mink",
    "carpet",
    "carpets",
    "rug",
    "rugs",
]
# one fixed-width lookbehind a word, as ``re`` needs: "the hedge should be burned"
NOT_OF_A_THING = "".join(rf"(?<!\b{w}\s)" for w in THINGS_DONE_TO)
# what is shot with a camera, after the verb only: "someone should shoot a video of the flooding"
# (before "should", as in "the men in her video should be killed", the word is not the subject)
FILMED = ["video", "videos", "film", "footage", "photo", "photos", "documentary", "documentaries"]
# a message sent, not a shot fired: "shoot her an email", "shoot them a quick friendly text"
A_MESSAGE = (
    r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:email|e-mail|message|text|line|note|dm|look|smile|"
    r"question|photo|picture|video)\b"
)
# what is sent, shot or fired over to someone, not at them: "I'll shoot you the minutes",
# "Fire over the agenda"
SENT_PAPERS = (
    r"(?:minutes|agendas?|papers|reports?|details|figures|numbers|links?|files?|docs?|documents?|"
    r"drafts?|invites?|invitations?|updates?|reminders?|notes?|repl(?:y|ies)|responses?|answers?|"
    r"slides|forms?|requests?|quotes?|questions?)"
)
# nothing hung by the neck, from a lamp post or a tree, nor on railings
NOT_HUNG_ON_SOMEONE = (
    r"(?![^.!?]*\b(?:necks?|throats?|lamp\s*posts?|lampposts?|trees?|nooses?|ropes?|gallows|"
    r"railings|bridge)\b)"
)
# things hung for show, not people hanged: "Hang them up by the door", "hang them all in the
# foyer" (the imperative threat rule steps aside for it, and it reads as peaceful)
HUNG_FOR_SHOW = (
    r"hang\s+(?:them|it|these|those)\s+(?:all\s+)?(?:(?:up|out)\b|(?:on|in|along|across|around|"
    r"round)\s+(?:the|our|a)\s+(?:[\w-]+\s+)?(?:wall|walls|foyer|hall|window|windows|library|"
    r"office|noticeboard|door|corridor|reception|gallery|chamber|entrance|porch|classroom|cafe)\b)"
    + NOT_HUNG_ON_SOMEONE
)
# and the thing after the verb: "someone should burn the rubbish"
NO_THING_AFTER = (
    r"(?!\s+(?:(?:the|those|these|that|this|our|my|your|some|all\s+the|all\s+those|a|an)\s+)?"
    rf"(?:{'|'.join(THINGS_DONE_TO + FILMED)})\b)"
)


# the lexicon's insults, for an insult said to the reader's face and after "Die, ..."
INSULT_NOUN = "|".join(
    re.escape(n).replace(r"\ ", r"\s+")
    for n in (*INSULT_NOUNS, *PROFANE_INSULT_NOUNS, *PERSONAL_INSULT_NOUNS, *SLUR_NOUNS)
)


# what makes a warning a warning: "don't go down there alone, the path is icy"
NO_HAZARD_AFTER = (
    r"(?![^.!?]*\b(?:ice|icy|slippery|flood\w*|potholes?|unlit|street\s*lights?|lights?|muggings?|"
    r"robber\w*|thefts?|thieves|burglar\w*|weather|storm|snow|tide|currents?|deep|cold|traffic|"
    r"roadworks|dogs?|cows?|bulls?|mud|muddy|signal|repairs?|garage|mechanic|mot)\b)"
)


# roads and sites where a danger is named to get it fixed (``peaceful``)
ROAD_PLACE = (
    r"(?:road|junction|crossing|roundabout|bend|corner|pavement|path|footpath|street|lane|"
    r"bridge|cycle\s+lane|bus\s+stop|school\s+gates?|car\s+park|site|playground|slope|steps|"
    r"hill|stretch|stairs|ice|flagstones|paving(?:\s+slabs)?|slabs|kerb|potholes?|"
    r"climbing\s+frame|slide|swings)"
)
# a danger residents ask the council to deal with: such a place, its traffic, and what may fall,
# flood or rot (``peaceful`` names the harm it may do; the rules' demands step aside for it)
HAZARD = (
    rf"(?:{ROAD_PLACE}s?|underpass|subway|black\s+ice|speed(?:ing|\s+limits?|\s+bumps?|\s+cameras?)?|"
    r"speeders|traffic|drivers|lorries|hgvs|vans|cars|buses|boy\s+racers|e-scooters|scooters|trees?|"
    r"branch(?:es)?|hedges?|walls?|roofs?|chimneys?|fences?|scaffolding|railings|lamp\s*posts?|"
    r"street\s*lights?|lights|lighting|damp|mould|fumes|pollution|gas\s+leak|leaks?|wiring|drains?|"
    r"floods?|flooding|sewage|dogs?|grit(?:ting)?)"
)


# watched on a screen, not in the street: "We're watching you on the livestream"
NOT_ON_A_SCREEN = (
    r"(?![^.!?]*\b(?:webcast|live\s*stream\w*|stream\w*|online|tv|television|telly|youtube|facebook|"
    r"broadcast|radio|channel|debates?|speeches|speak|interviews?|videos?)\b)"
)
# no person or what is theirs after a thing burnt or beaten: "... burn the rubbish", not "... and
# then your house"
NO_PERSON_AFTER = r"(?![^.!?]*\b(?:you|your|u|him|her|them|house|home|car|family)\b)"


# where a race ends, after "beat you": "I'll beat you to the car park", "... to it", "... there"
RACED_TO = (
    r"(?:there|home|first|to\s+(?:it|there|the\s+punch|the\s+(?:[\w'-]+\s+)?(?:car\s+park|bar|door|"
    r"front|top|finish(?:ing)?(?:\s+line)?|station|shops?|chippy|pub|buffet|exit|queue|seats?|tables?|"
    r"bus\s+stop|bus|train|lift|counter|mic|microphone|car|kettle|biscuits|last\s+\w+|end|corner|"
    r"gate|school|office|town\s+hall|count)))\b"
)
# things switched off, not people killed: "Kill the lights when you leave"
SWITCHED_OFF = (
    r"(?:lights?|lamps?|engine|motor|music|sound|volume|power|mic|microphone|tv|telly|radio|"
    r"heating|fans?|projector|screen|stream|feed|recording|video|camera|wi-?fi|alarm)"
)


# MPs murdered at or near their surgeries, whose names are used to menace councillors
MURDERED_MP = r"(?:jo\s+cox|david\s+amess|amess)"
