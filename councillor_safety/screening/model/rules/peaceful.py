"""Words of violence that threaten no one: a disavowal, a lawful action ("you'll pay at the ballot
box"), a danger warned of, a thing burnt or beaten, a campaign's call on a measure ("Kill the
bill"), and complaints about a place or a service in strong words."""

from __future__ import annotations

import re

from ..fastre import screened
from ..lexicon import GROUP_WORDS, SLUR_NOUN_WORDS, hints_at_menace
from .patterns import (
    A_MESSAGE,
    ELECTION,
    FAMILY,
    HARM,
    HARM_A_PERSON,
    HAZARD,
    HUNG_FOR_SHOW,
    NO_PERSON_AFTER,
    NOT_HUNG_ON_SOMEONE,
    RACED_TO,
    ROAD_PLACE,
    SENT_PAPERS,
    SWITCHED_OFF,
    THINGS_DONE_TO,
    WILL_OR_MAY,
    YOU,
)
from .speech import CLAUSE_PUNCTUATION

# who may come to harm where a danger is named: "Someone is going to get killed", "An old lady
# will break her hip"
_AT_RISK = (
    r"(?:someone|somebody|a\s+child|a\s+kid|children|kids|people(?!\s+like)|pedestrians?|a\s+pedestrian|"
    r"cyclists?|a\s+cyclist|an\s+old\s+(?:person|lady|man))"
)
# where a clause starts: the hazard or the nuisance must open it, so that "the lads on the street
# will kill someone" is not read as a hazard's harm
_CLAUSE_START = r"(?:^|[.!?,;:]\s*|\b(?:and|but|because|cos|as|so)\s+)"


def _a_nuisance(*more: str) -> str:
    """A nuisance (smoke, fumes, a smell ...; and ``more``) and where it comes from, as a clause
    after ``_CLAUSE_START`` opens with it: "the thick smoke from next door's bonfire", "fumes off
    the bypass"."""
    words = "|".join(
        ("smoke", "fumes", "smell", "stench", "soot", "dust", "smog", "exhaust", *more)
    )
    return (
        rf"(?:(?:the|that|this|those|these|our|my|all\s+the)\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{words})"
        r"(?:\s+(?:from|of|off|in)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?"
    )


_FALL = r"(?:(?:fall|slip|trip)\s+(?:over\s+)?and\s+)?(?:break|crack|snap)\s+"
# and, where a hazard is named, the writer's own family, or everyone: "The damp will kill my
# baby", "The gas leak could kill us all"
_AT_RISK_NEAR = (
    rf"(?:{_AT_RISK}|my\s+(?:{FAMILY}|baby|babies|nan|gran|grandad|grandma|neighbours?)|us\s+all|"
    r"everyone|anyone)"
)
# how they come to harm: "before someone gets killed", "... breaks their neck", "... drowns"
_HARMED = (
    r"(?:(?:gets?|is|are)\s+(?:seriously\s+|badly\s+)?(?:killed|hurt|injured|run\s+over|hit|"
    r"knocked\s+(?:down|over)|attacked|electrocuted|crushed)|dies|die|drowns?|"
    r"(?:falls?|slips?|trips?)(?:\s+over)?(?:\s+and\s+(?:breaks?|cracks?)\s+(?:their|his|her|a)\s+\w+)?|"
    r"(?:breaks?|cracks?)\s+(?:their|his|her|a)\s+(?:necks?|legs?|ankles?|hips?|wrists?|arms?|heads?|"
    r"skulls?))"
)
# unless menace follows: "... and it will be you"
_NOT_MENACE_AFTER = (
    r"(?![^.!?]*\b(?:it\s+will\s+be\s+you|it'?ll\s+be\s+you|you'?(?:ll|\s+will)\s+be\s+next|"
    r"will\s+be\s+you|and\s+you|your\s+(?:family|kids|children|wife|husband|house|home|car|surgery)|"
    r"push\w*|shove\w*|make\s+sure|see\s+to\s+it|when\s+(?:i|we)|with\s+(?:my|our)\s+help)\b)"
)
# nor harm promised anywhere after a wish of luck or a fall pictured: "Break a leg tonight. Or
# I'll break both of yours."
_NO_HARM_PROMISED_AFTER = (
    r"(?![\s\S]*\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|"
    r"\s+are\s+going\s+to)\s+(?:\w+\s+)?(?:break|knock|kill|hurt|smash|kick|push|shove|stab|"
    r"be\s+the\s+death)\b)"
)
# nor harm done to anyone, nor a death, anywhere after a figure of speech: "Shoot her a text and
# then shoot her."
_NO_HARM_NAMED_AFTER = (
    rf"(?![\s\S]*\b(?:(?:{HARM}|{HARM_A_PERSON})\w*\s+(?:you|u|ya|yer|her|him|them)|"
    r"dead|die|death)\b)"
)
# a dare before a fall pictured for the reader: "Keep it up and you'll break your neck on those
# steps" (where "Fix the steps or someone will break their neck" is a complaint)
_DARE_BEFORE = re.compile(
    r"\b(?:keep\s+(?:it|this|that|going|talking|pushing)|carry\s+on|push\s+(?:me|it|your\s+luck)|"
    r"one\s+more\s+(?:word|time)|or\s+else|or|otherwise)\b[^.!?]*$"
)

# Harm disavowed, a lawful action announced or a danger named where a threat might be read: "I
# would never hurt anyone", "I'm not threatening you", "we'll vote you out at the next
# election", "someone will get killed on that crossing". Councillor mail is full of these, and
# the model alone reads "hurt", "killed" and "going to ... you" as menace.
# The same goes for "kill" as a figure of speech.
_PEACEFUL = screened(
    re.compile(
        r"(?:\b(?:i|we)(?:'d|\s+would|'ll|\s+will)?\s+never\s+(?:hurt|harm|touch|threaten)\b"
        r"|\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+not\s+(?:threatening|going\s+to\s+(?:hurt|harm))\b"
        r"|\b(?:i|we)\s+(?:won'?t|will\s+not|wouldn'?t|would\s+not)\s+(?:hurt|harm)\b"
        r"|\b(?:nobody|no\s+one)(?:(?:'s|\s+is)\s+going\s+to|\s+will|'ll)\s+(?:hurt|harm)\b"
        # a visit denied: "I will never come to your house.", "We won't be coming round to your
        # surgery again."
        r"|\b(?:i|we)(?:(?:'ll|\s+will|'d|\s+would|'m|\s+am|'re|\s+are)?\s+(?:not|never)|\s+won'?t|"
        r"\s+wouldn'?t)\s+(?:be\s+)?(?:com(?:e|ing)|go(?:ing)?|turn(?:ing)?\s+up)\s+(?:round\s+|back\s+)?"
        r"(?:to|near)\s+your\b"
        # thanks: "I'll never forget what you did for my mum."
        r"|\bnever\s+forget\s+what\s+you(?:\s+did|'ve\s+done|\s+have\s+done)\s+for\s+"
        r"(?:me|my|us|our|the|this|everyone)\b)"
        # unless the reader buys safety with it ("I won't hurt you if you resign."), or someone
        # else is to do it ("I won't be coming to your house. Someone else will.")
        r"(?![^.!?]*\b(?:if|as\s+long\s+as|so\s+long\s+as|provided|unless)\s+(?:you|u)\b)"
        r"(?![\s\S]*\b(?:(?:someone|somebody)\s+else|others|(?:my|our)\s+(?:friends|mates|lads|boys))\s+"
        r"(?:will|might|may|could|would|is\s+going\s+to|are\s+going\s+to)\b)"
        r"|\bvot(?:e|ing)\s+(?:against\s+you|you\s+out)\b"
        rf"|\b(?:at|in)\s+the\s+(?:next\s+|coming\s+)?{ELECTION}\b"
        r"|\bcampaign(?:ing)?\s+against\s+you\b|\bpolitical\s+price\b"
        # a contest for the seat: "I'm coming for your seat." (the model: `threat` 0.93)
        # (not "... and your family")
        r"|\b(?:com(?:e|ing)|go(?:ing)?)\s+(?:for|after)\s+your\s+(?:council\s+)?seat\b"
        rf"(?![^.!?]*\b(?:and|then)\s+(?:you\b|your\s+(?:{FAMILY}|house|home)\b))"
        r"|\bhold\s+you\s+(?:to\s+account|accountable)\b"
        # removal from an office, as ``text.plain_removal`` writes "kick/boot ... out of the
        # council": "Time to boot this useless lot out of the town hall." (the menace head read
        # it as menace); not with harm after it ("... and kill your family")
        r"|\bremov(?:e|es|ed|ing)\s+(?:[\w']+\s+){1,3}?from\s+(?:(?:the|this|our|your|his|her|their)\s+)?"
        rf"(?:council|office|party|group|cabinet|committee|chamber|job|post|role|seat|town\s+hall)\b"
        rf"{_NOT_MENACE_AFTER}"
        # overwork: "Don't kill yourself over the paperwork, it can wait." (not with the reader
        # named after it: "... if you walk into the road i will carry on driving straight at you")
        r"|\b(?:don'?t|do\s+not|no\s+need\s+to|not\s+worth)\s+(?:\w+\s+)?kill(?:ing)?\s+yourself\s+"
        r"(?:over|with|trying|for|doing|on)\b(?![^.!?]*\b(?:you|your|u|him|her|them)\b)"
        # a wish for the reader's recovery: the model reads "I hope you get ..." as a wish of harm
        r"|\bget\s+well\s+soon\b|\bspeedy\s+recovery\b|\b(?:hope|hoping|wish)\s+you(?:'re|\s+are)?\s+"
        r"(?:feel(?:ing)?\s+better|recover|get\s+better|on\s+the\s+mend|back\s+on\s+your\s+feet)\b"
        # rest urged on the reader, as the last words: "You need a good night's sleep, councillor."
        # (the model: `threat` 0.83, as if "a good hiding"); not "a long sleep", nor with more after
        r"|\byou\s+(?:(?:really\s+)?(?:need|deserve)|could\s+do\s+with|should\s+(?:get|have|take))\s+(?:a\s+)?"
        r"(?:(?:good|proper|decent|nice|well[\s-]earned|quiet|relaxing)\s+){0,2}(?:night'?s\s+(?:sleep|rest)|"
        r"rest|break|holiday|day\s+off|lie-in|breather|cuppa|cup\s+of\s+tea|(?:weekend|week)\s+off)"
        r"(?:,?\s+councill?or|\s+(?:after|before|this|tonight)\b[^.!?]{0,40})?[.!]*\s*$"
        # a chore asked of someone: "Somebody should put the kettle on.", "Someone should put the
        # bins out." (the model: `threat` 0.65 and 0.47, as if "put her down"); not a brick or the
        # boot, which are no chores, nor with a person after it ("... the lights out on her")
        r"|\b(?:someone|somebody|anyone|we|you|the\s+council)\s+(?:should|ought\s+to|needs?\s+to|must|"
        r"could|can)\s+(?:really\s+|just\s+|please\s+)?put\s+(?:up\s+)?(?:the|a|some|more|new)\s+"
        r"(?:[\w-]+\s+)?(?:kettle|bins?|bin\s+bags|lights?|heating|bench(?:es)?|signs?|notices?|posters?|"
        r"bollards?|barriers?|fence|gates?|cones|grit|salt|flowers|plants|trees|speed\s+bumps?|ramp|"
        r"handrails?|chairs|tables|rubbish|recycling|clocks|flags?|bunting|decorations|lids?|covers?|"
        r"shelters?|planters|railings|cameras?|crossing)\b(?![^.!?]*\b(?:you|her|him|them|your)\b)"
        # care for the reader on a hazard or in the weather: "Careful, sweetheart, the steps are
        # icy." (the model: `abuse` 0.41), "Be careful on those stairs, darling, they're steep."
        # (0.50), "You'll catch your death in this weather without a coat, dear." (0.48); as the
        # whole message, one sentence ("Careful on the stairs, love. They're steep and nobody would
        # see." is not one), and not with a shame, a fall or a push in it
        r"|^\s*(?:be\s+)?(?:careful|mind\s+how\s+you\s+go|take\s+care|watch\s+(?:your\s+step|"
        r"yourself|out)|mind\s+(?:your\s+step|yourself))\b(?:,?\s+(?:love|dear|darling|sweetheart|pet|hun|"
        r"councill?or|cllr))?[^.!?]{0,40}?\b(?:icy|ice|slippery|slippy|steep|wet|like\s+glass|frost\w*|"
        r"fog\w*|storm\w*|snow\w*|flood\w*|weather|freezing|bitter|stairs|steps|kerb|potholes?|"
        r"roadworks|treacherous|mud|muddy|roads)\b"
        r"(?![\s\S]*\b(?:shame|pity|accidents?|hate\s+for|fall\s+(?:down|over)|fell|push\w*|shove\w*|"
        r"trip\s+you|make\s+sure|or\s+else|next\s+time|hurt|kill\w*|dead|run\s+you\s+over|brakes|or\s+(?:i|we)|"
        r"someone|somebody|nobody|no\s+one|lose\s+you|find\s+you|wonder\s+why)\b)"
        r"(?=[^.!?]*[.!]*\s*$)"
        r"|\bcatch\s+your\s+death\b(?:\s+of\s+cold)?(?=[^\n]*\b(?:cold|weather|coat|rain|snow|wet|freezing|"
        r"jumper|hat|scarf|wrap\s+up|chill)\b)"
        # a child's safety on a road the council can fix: "I'd hate for your kids to get hurt on
        # that crossing." (the model: `abuse` 0.50)
        rf"|\bhate\s+for\s+(?:your|my|our|the|any)\s+(?:{FAMILY}|kids|children|grandchildren|little\s+ones)\s+"
        r"to\s+(?:get\s+|be\s+)?(?:hurt|injured|knocked\s+down|run\s+over)\s+(?:on|at|crossing|near|by)\s+"
        rf"(?:that|this|the|those|these)\s+(?:[\w-]+\s+)?{ROAD_PLACE}\b{_NOT_MENACE_AFTER}"
        # news told gently: "I'll break the news to her gently." (the model: `threat` 0.44)
        r"|\bbreak(?:ing)?\s+(?:the|this|that)\s+(?:(?:sad|bad|good)\s+)?news\b(?![^\n]*\b(?:legs?|arms?|"
        r"necks?|jaw|skull|nose|teeth|dead|die|kill\w*|hurt|stab\w*|beat\w*|batter\w*|punch\w*|finished)\b)"
        # a danger on a road or a site, named to get it fixed: "Someone is going to get killed
        # on that crossing", "This junction is a death trap"; not with menace after it ("...
        # and it will be you")
        rf"|\b{_AT_RISK}{WILL_OR_MAY}"
        r"(?:get\s+|be\s+)?(?:seriously\s+|badly\s+)?(?:killed|hurt|injured|run\s+over|"
        r"knocked\s+(?:down|over)|die)\s+(?:on|at|in|near|outside|crossing|by)\s+"
        rf"(?:that|this|the|those|these)\s+(?:\w+\s+)?{ROAD_PLACE}\b{_NOT_MENACE_AFTER}"
        # a fall pictured, to the reader too: "You'll break your neck on those steps",
        # "Someone's going to fall and crack their head open on that path"
        rf"|\b(?:(?P<your_fall>you{WILL_OR_MAY}{_FALL}your)|{_AT_RISK}{WILL_OR_MAY}{_FALL}"
        r"(?:their|his|her|a))\s+"
        r"(?:necks?|legs?|ankles?|hips?|wrists?|arms?|heads?|skulls?)(?:\s+open)?\s+"
        r"(?:on|at|in|near|outside|by|going\s+(?:up|down))\s+"
        rf"(?:that|this|the|those|these)\s+(?:\w+\s+)?{ROAD_PLACE}\b{_NOT_MENACE_AFTER}"
        rf"{_NO_HARM_PROMISED_AFTER}"
        # a thing that will fall on someone: "My neighbour's tree is going to kill someone"
        r"|\b(?:tree|branch|wall|roof|sign|chimney|fence|scaffolding|lamp\s*post|railings)"
        rf"{WILL_OR_MAY}(?:kill|hurt|injure)\s+(?:someone|somebody|a\s+child|a\s+kid|people)\b"
        rf"{_NOT_MENACE_AFTER}"
        # a hazard that will harm someone, and a fix asked for before it does: "The ice on the
        # path will kill someone", "Those speeding drivers will kill someone", "Grit the hill
        # before somebody breaks their neck", "Cut back the tree before it falls on someone"
        # (the model flagged half of 40 such complaints); not the reader ("... will kill you")
        # (the hazard opens its clause, so that "the lads on the street will ..." is not one)
        rf"|{_CLAUSE_START}(?:(?:the|that|this|those|these|our|my|"
        r"a|an|all\s+the)\s+)?(?:[\w'-]+\s+){0,2}?"
        rf"{HAZARD}(?:\s+(?:on|at|in|near|outside|along|by|round|around|up|down|from|behind|"
        r"next\s+to)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?(?:\s+(?:next\s+door|upstairs|downstairs|outside|here))?"
        r"(?:\s+(?:is|are))?"
        rf"{WILL_OR_MAY}(?:\w+\s+)?(?:(?:kill|hurt|injure|maim|poison|fall\s+on)\s+{_AT_RISK_NEAR}|"
        rf"make\s+{_AT_RISK_NEAR}\s+(?:ill|sick|poorly))\b{_NOT_MENACE_AFTER}"
        r"|\b(?:fix|grit|repair|mend|sort|resurface|fill|trim|cut\s+(?:back|down)|light|secure|"
        r"replace|install|lower|reduce|enforce|close|fence\s+off|tackle|deal\s+with|make\s+safe|"
        r"remove|treat|inspect|put|clear(?!\s+off)|stop|scrap|ban|slow|calm|"
        r"get\s+(?=(?:the|that|this|those|these|our|my|some)\b))"
        rf"\b[^.!?]{{0,60}}?\b{HAZARD}\b[^.!?]{{0,40}}?\bbefore\s+(?:{_AT_RISK_NEAR}\s+{_HARMED}|"
        r"(?:it|they|the\s+\w+|a\s+(?:car|lorry|bus|van|driver|branch))\s+(?:falls?\s+on|comes?\s+down\s+on|"
        rf"collapses?\s+on|hits?|runs?\s+over|kills?|knocks?\s+(?:down|over)|injures?|hurts?)\s+{_AT_RISK_NEAR})"
        rf"\b{_NOT_MENACE_AFTER}"
        # the council blamed for a harm to come: "Your inaction will get someone killed",
        # "Closing the crossing will get a child killed"; not "... will get you killed"
        r"|\b(?:(?:your|the\s+council'?s|their|his|her|this|that|the)\s+(?:[\w'-]+\s+){0,2}?"
        r"(?:inaction|negligence|incompetence|failure(?:\s+to\s+act)?|decision|cuts?|policy|plan|"
        r"scheme|closure|refusal|delays?|neglect)\b(?:\s+(?:to|of|on|at|in|for|over|about)\s+"
        r"[^.!?:;]{1,40}?)?|(?:closing|removing|cutting|scrapping|"
        r"shutting|moving|losing)\s+(?:the|that|this|our|a)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)"
        rf"{WILL_OR_MAY}(?:\w+\s+)?get\s+{_AT_RISK_NEAR}\s+(?:seriously\s+|badly\s+)?"
        rf"(?:killed|hurt|injured)\b{_NOT_MENACE_AFTER}"
        # and a harm foretold if nothing is done: "If nothing is done a pedestrian will die"
        # (with a hazard named, after a time: "Mark my words, someone will get hurt." may be menace)
        r"|\b(?:if\s+nothing\s+(?:is|gets)\s+done|if\s+nothing\s+changes|if\s+the\s+council\s+"
        r"(?:does|do)\s+nothing|unless\s+something\s+(?:is\s+done|changes)|(?:sooner\s+or\s+later|"
        rf"at\s+this\s+rate|before\s+long|one\s+of\s+these\s+days|mark\s+my\s+words)(?=[^.!?]*\b{HAZARD}\b))\W+"
        rf"(?:[\w'-]+\s+){{0,3}}?{_AT_RISK_NEAR}{WILL_OR_MAY}(?:get\s+|be\s+)?(?:seriously\s+|badly\s+)?"
        rf"(?:killed|hurt|injured|die)\b{_NOT_MENACE_AFTER}"
        # a nuisance that gets into the home or makes people ill: "Smoke from next door's bonfire
        # is coming into our house", "Fumes from the factory are making us ill" (the model read
        # smoke and burning as arson and flagged three of eight such reports); it opens its
        # clause, and the home is the writer's or everyone's, never the reader's
        rf"|(?:{_CLAUSE_START}|\b(?:when|whenever)\s+){_a_nuisance('ash')}"
        r"(?:\s+(?:is|are|was|were|keeps?|kept|has\s+been|have\s+been))?\s+(?:always\s+|still\s+)?"
        r"(?:com(?:e|es|ing)|came|blow(?:s|ing|n)?|blew|get(?:s|ting)?|got|(?:pour|drift|seep|billow|"
        r"waft)(?:s|ing|ed)?)\s+(?:straight\s+|"
        r"right\s+)?(?:in(?:to)?|through|over|across)\s+(?:our|my|the|people'?s|residents'?|"
        r"everyone'?s|all\s+the)\s+(?:[\w'-]+\s+)?(?:house|houses|home|homes|flat|flats|garden|"
        r"gardens|kitchen|bedrooms?|windows?|street|estate|washing)\b"
        rf"(?![^.!?]*\b(?:you|your|u)\b){_NOT_MENACE_AFTER}"
        rf"|{_CLAUSE_START}{_a_nuisance('pollution', 'damp', 'mould', 'mold')}\s+"
        r"(?:is|are|has\s+been|have\s+been|keeps?)\s+(?:\w+\s+)?making\s+(?:us|me|my\s+[\w'-]+|"
        r"our\s+[\w'-]+|residents|people|everyone|the\s+(?:kids|children))\s+(?:all\s+)?"
        rf"(?:ill|sick|poorly|cough|wheez\w*)\b{_NOT_MENACE_AFTER}"
        # and a hazard called a killer: "Black mould is a killer", "That bend is a killer"
        rf"|{_CLAUSE_START}(?:(?:the|that|this|those|these|our|"
        rf"my)\s+)?(?:[\w'-]+\s+){{0,2}}?{HAZARD}\s+(?:is|are|can\s+be)\s+(?:a\s+)?(?:silent\s+|real\s+|"
        rf"proper\s+|known\s+)?killers?\b{_NOT_MENACE_AFTER}"
        rf"|\b{ROAD_PLACE}\s+is\s+(?:a\s+)?(?:death\s+trap|an\s+accident\s+"
        r"waiting\s+to\s+happen)\b"
        # a figure of speech for wanting something badly, with no one to harm in the sentence:
        # "I'd kill for a working streetlight", "I could murder a cup of tea"
        r"|\b(?:i'?d|i\s+would|i\s+could|we'?d|we\s+would|we\s+could)\s+(?:\w+\s+)?"
        r"(?:kill\s+for|murder)\s+(?:a|an|some)\b(?![^.!?]*\b(?:you|your|u|him|her|them)\b)"
        # a hardship called murder, and a wrong that goes unpunished: "The traffic on the ring
        # road is murder", "My knees are murder on the stairs", "The developers get away with
        # murder" (the menace head read the first as menace); not when someone is named after it
        r"|\b(?:is|are|was|were|it'?s|that'?s)\s+(?:(?:absolute|sheer|pure|bloody|just)\s+)?"
        r"murder\b(?!\s+(?:by|of)\b)(?!\s+(?:on\s+)?(?:you|your|u|him|her|them)\b)"
        rf"|\bget(?:s|ting)?\s+away\s+with\s+murder\b{NO_PERSON_AFTER}"
        # garden waste and old wood burnt on a bonfire: "We will burn the old Christmas trees at
        # the community bonfire." (the model scored it 0.69 for `threat`)
        r"|\bburn(?:ing|t|ed)?\s+(?:the\s+|our\s+|some\s+|all\s+the\s+|your\s+)?(?:old\s+|dead\s+|dry\s+)?"
        r"(?:christmas\s+trees?|leaves|garden\s+waste|green\s+waste|rubbish|branches|brash|wood|logs|"
        r"pallets|guy|effigy|hedge\s+cuttings|cuttings|brambles|stubble|scrub|heather)\b"
        rf"{NO_PERSON_AFTER}"
        # and a fire or its fuel that will burn: "The bonfire should burn for about two hours.",
        # "The wood should burn nicely if it's dry." (the model scored them 0.44 for `abuse` and
        # 0.60 for `threat`); not "The fire will burn you". A list of its own: as things burnt,
        # "fire" and "coal" would let "burn 🔥" (read "burn fire") and the racist "burn the coal"
        # through
        r"|\b(?:bonfires?|fires?|wood|logs?|candles?|coal|charcoal|embers|flames?|stove|log\s+burner|"
        r"wax|fuel|kindling|pallets|fireworks?|sparklers?)\s+(?:should|will|would|must|needs?\s+to|"
        r"ought\s+to|can|could|might|may)\s+(?:\w+\s+)?burn\b"
        rf"{NO_PERSON_AFTER}"
        # things hung for show: "I will hang the flags outside the town hall tomorrow", "Hang
        # them up by the door please" (the model read them as hangings, 0.79 and 0.75); not by
        # the neck, from a lamp post or a tree, nor on railings
        r"|\bhang(?:ing|s)?\s+(?:up\s+)?(?:(?:the|our|some|these|those|all\s+the|a|an|new|more|"
        r"his|her|their|your)\s+)?(?:[\w-]+\s+)?(?:pictures?|paintings?|artwork|portraits?|banners?|"
        r"bunting|posters?|decorations|flags?|curtains|blinds|(?:hanging\s+)?baskets|(?:fairy\s+)?lights|"
        r"wreaths?|signs?|notices?|washing|coats?|lanterns|baubles|tinsel|clocks?|mirrors?|plaques?|"
        r"photos|photographs|drawings|displays?)\b"
        rf"{NO_PERSON_AFTER}{NOT_HUNG_ON_SOMEONE}|\b{HUNG_FOR_SHOW}"
        # wishes of luck and a grumble in the words of violence: "Break a leg tonight!", "Knock
        # 'em dead at the debate", "You'll be the death of me with these forms"; the model reads
        # most such figures right ("you killed it at the debate"), not these
        r"|(?:^|[.!?,]\s*|\bgood\s+luck\W+|\bgo\s+(?:out\s+there\s+)?(?:and\s+)?)"
        r"(?:break\s+a\s+leg|knock\s+(?:'?em|them)\s+dead)\b"
        rf"{_NO_HARM_PROMISED_AFTER}"
        # and foretold of the reader, at an event: "You'll knock them dead at the hustings."
        r"|\byou(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'re\s+gonna)\s+(?:absolutely\s+|"
        r"totally\s+|so\s+)?knock\s+(?:'?em|them)\s+dead\b(?=\s*(?:[.!,]|$|\s+(?:at|in|on|with|"
        rf"tonight|tomorrow|today|this)\b)){_NO_HARM_PROMISED_AFTER}"
        rf"|\b(?:be|been)\s+the\s+death\s+of\s+(?:me|us|myself|ourselves)\b{_NO_HARM_PROMISED_AFTER}"
        # success foretold: "You'll kill it at the hustings." (the model: `abuse` 0.35)
        r"|\byou(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'re\s+gonna)\s+(?:absolutely\s+|"
        r"totally\s+|so\s+)?(?:kill|smash|nail|slay|crush|ace|own)\s+it\b(?=\s*(?:[.!,]|$|\s+(?:at|in|on|"
        rf"tonight|tomorrow|today|this)\b)){_NO_HARM_NAMED_AFTER}"
        # and laughter: "You're killing me with these puns." (the model: `abuse` 0.51)
        r"|\byou(?:'re|\s+are)\s+(?:literally\s+|actually\s+|absolutely\s+|honestly\s+)?killing\s+me\b"
        r"(?=\s+here\b|\s*,?\s*(?:lol|haha|😂|🤣)|\s+with\s+(?:these|those|your|all\s+(?:these|your|the)|the)\s+"
        r"(?:[\w-]+\s+)?(?:jokes|puns|stories|quips|one-liners|banter|gags|impressions|memes))"
        rf"{_NO_HARM_NAMED_AFTER}"
        # and "shoot your shot" (take your chance), "knock it on the head" (put a stop to it)
        r"|\bshoot\s+(?:your|my|his|her|their|our)\s+shot\b"
        # a light sentence, praise, and an insult to a group by a decision: "a slap on the wrist",
        # "a slap on the back", "a real slap in the face for pensioners" (not "... on the back of
        # the head", nor "She needs a slap in the face.", nor "a slap in the face for you next")
        r"|\ba\s+(?:(?:real|complete|total|massive|huge|proper|right|bit\s+of\s+a)\s+)?(?:(?:slap|pat)\s+"
        r"on\s+the\s+(?:wrist|back)\b(?!\s+of\b)|(?:slap\s+in\s+the\s+face|kick\s+in\s+the\s+teeth|punch\s+"
        rf"in\s+the\s+(?:gut|stomach))\s+(?:to|for)\b(?!\s+(?:you|u|ya)\b)){_NO_HARM_PROMISED_AFTER}"
        # and a complaint of discomfort: "The heat is killing me", "My feet are killing me"
        r"|\b(?:heat|cold|noise|traffic|commute|wait|suspense|back|feet|knees|head|hay\s*fever)\s+"
        r"(?:is|are|'s|'re)\s+(?:literally\s+|actually\s+|really\s+)?killing\s+me\b"
        rf"|\bknock\s+(?:it|this|that)\s+on\s+the\s+head\b{_NO_HARM_PROMISED_AFTER}"
        # a message asked for or sent: "Shoot me an email.", "Fire over a text when you land." (the
        # model: `threat` 0.40)
        r"|\b(?:shoot|shoots|shot|shooting|fire|fires|fired|firing)\s+(?:(?:me|us|him|her|them|you|it)\s+)?"
        rf"(?:over\s+|across\s+|back\s+)?(?:{A_MESSAGE}|(?:the|a|an|your|those|these)\s+(?:[\w-]+\s+)?"
        rf"{SENT_PAPERS}\b)"
        rf"(?!\s+(?:of|at)\b){_NOT_MENACE_AFTER}{_NO_HARM_NAMED_AFTER}"
        # a race, and a thing switched off: "I'll beat you to the car park", "Kill the lights when
        # you leave the chamber" (the model: `threat` 0.98 and 0.84); not with menace after it
        rf"|\b(?:beat|race)\s+(?:you|u|ya|me|him|her|them|us|everyone|everybody)\s+{RACED_TO}"
        rf"{_NOT_MENACE_AFTER}{_NO_HARM_NAMED_AFTER}"
        rf"|\b(?:kill|cut)\s+(?:the|that|this|your|my|our|those|these)\s+(?:[\w-]+\s+)?{SWITCHED_OFF}\b"
        rf"(?![\w-])(?![\s\S]*\b(?:{HARM}\w*|him|her|them|die|dies|dead|death|blood|body|outside|"
        rf"watch\w*|coming|know\s+where|your\s+(?:{FAMILY}|house|home|door|car|street|address))\b)"
        rf"{_NOT_MENACE_AFTER}"
        # a race against something that is no one: "I'll beat the traffic out of town", "We need to
        # beat the deadline" (the model read the verb: `threat` 0.81); not "the traffic warden", nor
        # "the system", said in rants whose abuse score this reading would cut
        r"|\bbeat(?:ing)?\s+the\s+(?:traffic|queues?|rush(?:\s+hour)?|crowds?|deadline|heat|rain|weather|"
        r"snow|odds|record|clock|bus|train|tide|price\s+rises?)\b(?!\s+(?:wardens?|officers?|"
        rf"cops?|police|man|woman|lady|guy|lads?|drivers?)\b){NO_PERSON_AFTER}{_NO_HARM_PROMISED_AFTER}"
        # a contest won: "We'll slaughter the Welsh in the rugby.", "We will murder them in the
        # quiz on Friday." (the model: `threat` 0.47 and 0.81); never the reader as the side beaten
        r"|\b(?:we|our\s+(?:lads|girls|team|side|boys|club|school)|the\s+(?:lads|girls|team|under-?\d+s))"
        r"(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'re\s+gonna|\s+are\s+gonna)\s+(?:slaughter|"
        r"murder|kill|destroy|thrash|hammer|annihilate|massacre|batter|smash|crush|demolish|wipe\s+the\s+"
        r"floor\s+with)\s+(?!you\b|your\b|ya\b)(?:[\w'-]+\s+){1,3}?(?:in|at|on)\s+(?:the\s+)?(?:[\w-]+\s+)?"
        r"(?:rugby|football|match|game|derby|final|semi-?final|quiz|league|cup|tournament|race|darts|pool|"
        r"snooker|cricket|bowls|netball|hockey|five-a-side|tug\s+of\s+war|bake-?off)\b"
        rf"{NO_PERSON_AFTER}{_NO_HARM_PROMISED_AFTER}"
        # and a wish that an event passes safely: "I hope nobody gets hurt at the bonfire this
        # year." (the model: 0.40)
        r"|\b(?:hope|hoping|hopefully|pray(?:ing)?)\s+(?:that\s+)?(?:nobody|no\s+one|no-one)\s+(?:gets?|got|"
        r"was|were|is|will\s+be)\s+(?:seriously\s+|badly\s+)?(?:hurt|injured|harmed|killed)\s+(?:at|in|"
        r"during|on)\s+(?:the|this|that|tonight'?s|today'?s|tomorrow'?s|saturday'?s|sunday'?s)\s+"
        r"(?:[\w'-]+\s+)?(?:bonfire|fireworks?|display|match|game|march|parade|protest|demo|festival|fete|"
        r"carnival|storm|floods?|fire|crash|accident|collision|race|event|party|concert|gala|marathon|"
        rf"fun\s+run)\b{NO_PERSON_AFTER}{_NO_HARM_PROMISED_AFTER}"
        # a reason to stay away that is the reader's health: "I'd think carefully about coming to
        # the next meeting if you're unwell" (the model read the advice as menace, 0.53)
        r"|\bif\s+(?:you'?re|you\s+are|you\s+feel|you'?ve\s+got|you\s+have)\s+(?:still\s+|feeling\s+)?"
        r"(?:unwell|ill|poorly|sick|contagious|isolating|covid|flu|a\s+(?:cold|temperature|fever)|"
        r"symptoms)\b(?!\s+(?:of|and\s+tired|to\s+death|in\s+the\s+head|with\s+(?:worry|them|it|this)))"
        # a thing to be burnt, beaten or hung, the harm rules' own list: "The eggs should be
        # beaten until stiff", "The hedge should be burned" (the model scored them 0.79 and 0.49)
        rf"|\b(?:{'|'.join(THINGS_DONE_TO)})\s+(?:should|must|need\s+to|needs\s+to|ought\s+to|can|"
        r"could|will|are\s+to|is\s+to)\s+be\s+(?:\w+\s+)?(?:beaten|whipped|burned|burnt|hung|shot|cut|"
        r"chopped|smashed|destroyed|killed|culled|torched)\b"
        rf"{NO_PERSON_AFTER}"
    )
)


# A complaint about a place or a service in strong words: "The state of the park is
# disgusting", "The bus station is filthy", "The consultation was a joke". The model reads the
# adjective as abuse whatever it describes (a fifth of 720 such sentences were flagged), and
# councils get these every day. Only where the subject of the sentence names no person: "The
# new councillor is pathetic" and "The state of you is disgusting" are read as written.
_ABOUT_A_THING = screened(
    re.compile(
        r"(?:^|[.!?]\s+)(?:the|this|that|these|those|our|my)\s+(?P<subject>[a-z' -]{1,60}?)\s+"
        r"(?:is|are|was|were|has\s+been|have\s+been|looks?|smells?)\s+"
        r"(?:(?:absolutely|really|totally|utterly|just|so|truly|frankly|now|getting|becoming|"
        r"quite|completely|simply|very|too|pretty|rather)\s+)*"
        r"(?:disgusting|disgraceful|vile|appalling|shocking|filthy|dirty|grotty|squalid|pathetic|horrendous|"
        r"horrible|awful|terrible|diabolical|atrocious|dreadful|rank|grim|"
        r"an?\s+(?:(?:absolute|total|complete|utter|bloody|national)\s+)?(?:disgrace|joke|"
        r"shambles|mess|tip|eyesore|embarrassment|farce))\b"
    )
)
# The subject must start with a place, a service or a state of things (after a few words such
# as "new"), and name no person: "The Poles on our street are filthy", "These scroungers are
# pathetic" and "The residents of that estate are vile" are about people and read as written.
_THING_WORDS = frozenset(
    [
        "state",
        "condition",
        "conditions",
        "mess",
        "smell",
        "stench",
        "rubbish",
        "litter",
        "graffiti",
        "fly-tipping",
        "flytipping",
        "dog",
        "park",
        "parks",
        "road",
        "roads",
        "street",
        "streets",
        "pavement",
        "pavements",
        "path",
        "paths",
        "footpath",
        "lane",
        "toilets",
        "toilet",
        "bins",
        "bin",
        "bus",
        "buses",
        "station",
        "service",
        "services",
        "consultation",
        "decision",
        "decisions",
        "plan",
        "plans",
        "proposal",
        "proposals",
        "scheme",
        "council",
        "system",
        "website",
        "traffic",
        "parking",
        "car",
        "potholes",
        "pothole",
        "drains",
        "drain",
        "lighting",
        "streetlights",
        "library",
        "office",
        "offices",
        "windows",
        "playground",
        "estate",
        "flats",
        "building",
        "buildings",
        "centre",
        "pool",
        "area",
        "town",
        "high",
        "square",
        "market",
        "junction",
        "crossing",
        "roundabout",
        "bridge",
        "river",
        "canal",
        "field",
        "green",
        "verge",
        "grass",
        "noise",
        "fouling",
        "tip",
        "site",
        "housing",
        "repairs",
        "repair",
        "roof",
        "damp",
        "mould",
        "heating",
        "lift",
        "stairs",
        "stairwell",
        "signage",
        "water",
        "sewage",
        "shelter",
        "timetable",
        "response",
        "reply",
        "answer",
        "handling",
        "way",
        "situation",
        "process",
        "meeting",
        "report",
        "letter",
        "cycle",
        "cemetery",
        "allotments",
        "allotment",
        "hedges",
        "trees",
        "food",
        "queue",
        "wait",
        "delays",
        "delay",
        "collection",
        "collections",
        "budget",
        "cuts",
        "increase",
        "rise",
        "charges",
        "charge",
        "fees",
        "fine",
        "fines",
        "tax",
        "bill",
        "bills",
        "price",
        "prices",
        "cost",
        "costs",
        "development",
        "planning",
        "application",
    ]
)
_MODIFIERS = frozenset(
    [
        "new",
        "old",
        "whole",
        "local",
        "current",
        "recent",
        "main",
        "public",
        "same",
        "entire",
        "latest",
        "proposed",
        "planned",
        "so-called",
        # a colour: "the black water from the taps", "the brown bins"
        "black",
        "white",
        "brown",
        "grey",
        "green",
        "yellow",
        "blue",
        "red",
    ]
)
_A_PERSON = re.compile(
    rf"\b(?:{YOU}|{FAMILY}|yours|ur|he|she|him|her|his|they|them|their|councill?ors?|cllr|"
    r"mayor|leader|officers?|staff|man|men|woman|women|boys|girls|guy|lady|ladies|person|people|"
    r"members?|mp|chair|chairman|chairwoman|kid|neighbours?|bloke|clerk|manager|director|chief|"
    r"executive|cabinet|candidate|opposition|tories|tory|labour|lib\s+dems?|reform|greens?|snp)\b"
)


def complains_about_a_thing(normalised: str) -> str:
    """The words that complain about a place or service in strong terms, or ""."""
    for m in _ABOUT_A_THING.finditer(normalised):
        subject = m.group("subject")
        head = next((w for w in subject.split() if w not in _MODIFIERS), "").removesuffix("'s")
        if head in _THING_WORDS and not _A_PERSON.search(subject):
            return m.group(0).lstrip(".!? ")
    return ""


# A demand that the reader leave office, or a lawful recourse against them: "You should
# resign.", "Step down now.", "We will table a motion of no confidence in you.", "We will see
# you in court.", "I have complained to the monitoring officer.", "The papers will hear of
# this.", and politics' idioms for the demand ("Heads should roll.", "Hang your head in
# shame."). The heads and the menace head read them as menace ("You should resign." 0.68 for
# `threat`, "We will see you in court." 0.87, "You should hang your head in shame." 0.97):
# councillors' mail says them daily, and the hand-made threats end with "Resign now." one
# time in six. Not with a condition, a deadline or more to come after it in the sentence
# ("Resign or else.", "Resign while you still can.", "... before something happens", "See you
# in court, then in the car park after.", "Heads will roll, starting with yours.").
_RECOURSE = screened(
    re.compile(
        r"\b(?:resign(?:s|ed|ing|ation)?|step(?:s|ping)?\s+(?:down|aside)|"
        r"stand(?:s|ing)?\s+down|deselect(?:s|ed|ing|ion)?|"
        r"(?:motion|vote)\s+of\s+no\s+confidence|no\s+confidence\s+in|"
        r"(?:be|get|got|been|getting)\s+sacked|los(?:e|ing)\s+your\s+(?:council\s+)?seat|"
        r"your\s+(?:political\s+|council\s+)?career\s+is\s+(?:over|finished|done)|"
        r"(?:end|finish)(?:s|es|ed)?\s+your\s+(?:political\s+|council\s+)?career|"
        r"end\s+of\s+your\s+(?:political\s+|council\s+)?career|"
        r"cost\s+(?:you|u)\s+(?:your|the)\s+(?:council\s+)?(?:seat|election)|"
        # politics' idioms for it
        r"heads?\s+(?:should|will|must|need\s+to|have\s+to|are\s+going\s+to|ought\s+to)\s+roll|"
        r"hang\s+(?:your|his|her|their|our|my)\s+heads?\s+in\s+shame|"
        # the law, a complaint and the press
        r"(?:see|meet)\s+(?:you|u)\s+in\s+court|"
        r"(?:take|taking|took|taken)\s+(?:you|u|the\s+council|this|it|them|the\s+matter)\s+to\s+"
        r"(?:court|(?:a\s+)?tribunal|the\s+(?:ombudsman|high\s+court|press|papers))|"
        r"judicial\s+review|legal\s+action|(?:my|our)\s+(?:solicitors?|lawyers?|barrister)|"
        r"ombudsman|standards\s+(?:committee|board|panel)|monitoring\s+officer|"
        r"formal\s+complaint|"
        r"(?:go|going|went|gone)\s+to\s+the\s+(?:press|papers|local\s+paper|media|police)|"
        r"(?:the\s+)?(?:press|papers|local\s+paper)\s+will\s+(?:hear|know|be\s+interested))\b"
        r"(?![^.!?\n]*\b(?:or|else|otherwise|before|unless|while\s+(?:you|u)\s+(?:still\s+)?can|"
        r"then\s+(?:i|we|you|u|they|my|our)|so\s+will|afterwards|after(?=\s*(?:[.!?]|$))|"
        r"yours(?!\s+(?:sincerely|faithfully|truly))|literally|starting\s+with)\b)"
    )
)


def lawful_recourse(normalised: str) -> str:
    """The phrase that asks the reader to leave office (resign, step down, a vote of no
    confidence) or names a lawful recourse (a court, a complaint, the press), or "" where there
    is none or where the text also has words of a veiled threat or of the reader's private life
    ("Resign. Your kids walk home alone.")."""
    m = _RECOURSE.search(normalised)  # first: most texts have no such phrase
    return m.group(0) if m and not hints_at_menace(normalised) else ""


def peaceful_intent(normalised: str) -> str:
    """The phrase that disavows harm, names a lawful action or a danger, or speaks of violence
    figuratively ("I'd kill for a ...", "break a leg", "you'll break your neck on those steps"),
    or ""."""
    for m in _PEACEFUL.finditer(normalised):
        # a fall pictured for the reader after a dare is menace, not a warning
        if not (m.group("your_fall") and _DARE_BEFORE.search(normalised, 0, m.start())):
            return m.group(0).lstrip(CLAUSE_PUNCTUATION)
    return ""


# A campaign's call for or against a measure, and a protest's slogan: "Kill the bill.", "Burn
# the bill!", "Scrap the ULEZ.", "Stop the sewage.", "Not my King.", "No one is illegal." Council
# mail fills with them around a contentious decision. The model reads the verb as menace whatever
# its object ("Burn the bill." 0.92 for `threat` and 0.91 for `abuse`, "Kill the bill." 0.51 and
# 0.73) and a short slogan's words as abuse ("Stop the sewage." 0.68, "No one is illegal." 0.87).
# Only where the object is a measure or a public thing and no person is named with it: "Burn the
# town hall down", "Kill the councillor" and "Kill the bill and the man who wrote it" are read
# as written. Words of violence take only a measure (a bill, a tax, a scheme), never a building.
_MEASURE_WORDS = (
    r"bills?|cuts?|tax|taxes|levy|precept|charges?|fees?|fines?|schemes?|plans?|proposals?|"
    r"polic(?:y|ies)|budget|motion|ltns?|ulez|caz|laws?|legislation|reforms?|rise|hikes?|"
    r"increases?|closures?|consultation|deal|cap|order|orders|changes|decision|strategy|project|"
    r"merger|sell-?off|privati[sz]ation|austerity|development|application|expansion|extension|"
    r"bypass|relief\s+road|runway|incinerator|pylons|fracking|patriarchy"
)
# public things a campaign saves, funds, cleans up or stops; never the object of a word of
# violence ("Burn the library" is arson, and "bomb" may be an emoji's name: "bomb his house 💣")
_PUBLIC_THINGS = (
    r"bombs?|war|wars|"
    r"nhs|library|libraries|hospital|a\s*&\s*e|pool|baths|park|parks|green\s+belt|green\s+spaces?|"
    r"woods?|trees|fields?|meadows?|rivers?|seas?|beaches|canal|sewage|air|bus(?:es)?|"
    r"bus\s+routes?|services|schools?|nurseries|youth\s+clubs?|pubs?|post\s+office|high\s+street|"
    r"market|roads|pavements|potholes|bins|tip|lido|museum|theatre|pier|centre"
)
_VIOLENT_VERB = (
    r"kill(?:\s+off)?|burn|drown|smash|crush|torch|bin|axe|scrap|sink|bury|torpedo|strangle|"
    r"destroy|shoot\s+down|gut|slay|knife|wreck|trash"
)
_CAMPAIGN_VERB = (
    r"stop|block|fight|end|halt|reverse|ditch|dump|oppose|reject|ban|veto|vote\s+down|"
    r"throw\s+out|defeat|cancel|pause|freeze|cut|lower|say\s+no\s+to|no\s+to|save|fund|protect|"
    r"fix|clean\s+up|keep|reopen|restore|bring\s+back|defend|support|back|free|hands\s+off"
)
_CALLER = (
    r"(?:let'?s\s+|time\s+to\s+|help\s+(?:us\s+)?|(?:i|we)(?:'ll|\s+will|'re\s+going\s+to|"
    r"\s+are\s+going\s+to|\s+must|\s+need\s+to|\s+have\s+to|\s+should|\s+can|\s+want\s+to)\s+"
    r"(?:all\s+)?)?"
)
_CAMPAIGN_CALL = screened(
    re.compile(
        rf"(?:^|[.!?]\s+){_CALLER}(?:(?P<violent>{_VIOLENT_VERB})|{_CAMPAIGN_VERB})\s+"
        r"(?:(?:the|this|that|these|those|our|their|your|his|her|its|any|all|every)\s+)?"
        r"(?P<words>(?:[\w'&-]+\s+){0,3}?)"
        rf"(?:(?P<measure>{_MEASURE_WORDS})|{_PUBLIC_THINGS})\b"
        # the call ends there, or says where, when or why
        r"(?=\s*(?:[.!?,;]|$|\s(?:now|today|tonight|at|in|on|before|once|for|and\s+(?:save|stop|"
        r"fund|keep|protect|scrap|bin|axe|kill|end)|off|down)\b))"
        # slogans without a verb
        r"|^(?:say\s+)?not\s+(?:in\s+)?my\s+(?:name|king|queen|monarch|prime\s+minister|pm|"
        r"president|government|council|mayor)\s*[.!]*$"
        r"|^(?:no\s+one|nobody|no\s+human(?:\s+being)?|no\s+person)\s+is\s+illegal\s*[.!]*$"
    )
)
# no person or group in the object's words: "Kill the councillor's bill" names one beside the
# measure, "Stop the Jewish war on ..." a group
_PERSON_IN_OBJECT = re.compile(
    rf"\b(?:{GROUP_WORDS}|{SLUR_NOUN_WORDS}|{YOU}|{FAMILY}|him|her|his|them|their|he|she|they|"
    r"and|or|with|councill?ors?|cllr|mayor|leader|officers?|staff|man|men|woman|women|person|people|members?|mp|chair|tories|"
    r"tory|labour|old)\b"
)
# the object a person ("Stop the councillor") or followed by one ("Burn the bill and you with it")
_PERSON_AFTER = re.compile(
    rf"[^.!?]*\b(?:{YOU}|him|her|them|they|he|she|councill?ors?|cllr|mayor|family|house|home|"
    r"car|alive|dead|inside)\b"
)
# nor, in the rest of the text, a person or a word of harm: "Kill the bill. Kill the
# councillor.", "Stop the cuts. You are a disgrace." (the call may not be what the model read)
_REST_NAMES_SOMEONE = re.compile(
    rf"\b(?:{YOU}|{FAMILY}|{HARM}|{HARM_A_PERSON}|him|her|them|they|he|she|councill?ors?|cllr|"
    r"mayor|house|home|car|die|dead|death|regret|else|watch|pay|sorry)\b"
)


def campaign_call(normalised: str) -> str:
    """The words of a campaign's call for or against a measure or a public thing ("Kill the
    bill", "Save our library"), or of a protest slogan ("Not my King"), where no person is named
    in them, after them in the sentence or elsewhere in the text, nor any harm, and the text has
    no words of a veiled threat or of the reader's private life; or ""."""
    calls = []
    for m in _CAMPAIGN_CALL.finditer(normalised):
        words = m.group("words") or ""
        if m.group("violent") and not m.group("measure"):
            return ""  # "Burn the library" is arson, not a campaign
        if _PERSON_IN_OBJECT.search(words) or _PERSON_AFTER.match(normalised, m.end()):
            return ""
        calls.append(m)
    if not calls:
        return ""
    rest = "".join(
        normalised[start:end]
        for start, end in zip(
            [0] + [m.end() for m in calls],
            [m.start() for m in calls] + [len(normalised)],
            strict=True,
        )
    )
    if _REST_NAMES_SOMEONE.search(rest) or hints_at_menace(normalised):
        return ""
    return calls[0].group(0).lstrip(CLAUSE_PUNCTUATION)
