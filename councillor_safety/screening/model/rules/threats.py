"""Explicit threat rules: named patterns for the implicit threats councillors receive.

The learned heads find threats by meaning; these rules make sure that the common implicit forms
("I know where you live", "watch your back at the surgery", "petrol through the letterbox") are
never missed even when a message has no violent or abusive word in it. A rule raises the threat
score (noisy-OR with the model's probability, see ``Screener``) but never to certainty, and its
strength is cut when the match is reported speech, a quotation or a negation ("He said 'I know
where you live'", "I would never hurt anyone"): reporting a threat still deserves a human read,
but it is not itself a threat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from ..fastre import ScreenedPattern, screened
from ..lexicon import GROUP_WORDS, INSULT_ADJECTIVES, SLUR_NOUN_WORDS
from .patterns import (
    A_MESSAGE,
    ANY_WORD_BUT_A_DENIAL,
    CLAUSE_START,
    ELECTION,
    FAMILY,
    HARM,
    HARM_A_PERSON,
    HAZARD,
    HUNG_FOR_SHOW,
    INSULT_NOUN,
    MURDERED_MP,
    NAMED,
    NO_HAZARD_AFTER,
    NO_THING_AFTER,
    NOT_OF_A_THING,
    NOT_ON_A_SCREEN,
    WILL,
    WILL_OR_MAY,
    YOU,
)
from .speech import matched_words, reported_or_negated


@dataclass(frozen=True)
class ThreatRule:
    name: str
    description: str
    pattern: re.Pattern[str]
    strength: float
    # the words are as often about lawful action ("you'll pay for this at the ballot box"), so a
    # lawful action named in the same message answers them (see ``peaceful_intent``)
    may_be_lawful: bool = False
    # the pattern behind its RE2 test (see ``fastre``): most mail matches no rule, and where
    # one may match, the others need no search in ``re``, at up to 250 µs each
    screen: ScreenedPattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "screen", screened(self.pattern))


def _rule(
    name: str, description: str, pattern: str, strength: float, *, may_be_lawful: bool = False
) -> ThreatRule:
    return ThreatRule(name, description, re.compile(pattern), strength, may_be_lawful)


# a group by name, or by a slur for it
_GROUP = rf"(?:{GROUP_WORDS}|{SLUR_NOUN_WORDS})s?"
# people a death is wished on, by name of group or kind, and how it is wished ("should all
# just", "deserve to"), for the clauses of ``wish_or_call_for_harm`` that read death words
_PEOPLE = rf"{_GROUP}|they|he|she|you|people|folk|councillors|politicians|mps|traitors|tories"
_WISHED_TO = r"(?:all\s+)?(?:should|must|ought\s+to|deserves?\s+to|needs?\s+to)\s+(?:all\s+|just\s+|really\s+)*"
_DEATH = r"(?:hurry\s+up\s+and\s+)?die|drop\s+dead|be\s+left\s+to\s+(?:die|rot)|rot\s+in\s+hell"
# a contest lost, later in the sentence: "... beaten at the polls", "... battered in the final"
_NOT_AT_THE_POLLS = (
    r"(?![^.!?]*\b(?:elections?|by-elections?|ballot|polls?|votes?|voting|match|matches|game|race|quiz|"
    r"final|league|cup|contest|debate)\b)"
)
# the group as the head of its phrase, not a word that goes on to name something else ("the
# Romanians on our street", "those gypsies", not "the Romanian embassy" or "a Chinese takeaway")
_AS_HEAD = (
    r"(?=\s*(?:[.!?,;:)]|$)|\s+(?:and|or|in|on|at|from|who|that|now|today|tonight|too|round|around|here|"
    r"there|of|once|one|near)\b)"
)
# what makes a step worth watching: "Watch your step on the ramp if I were you, it's wet."
_UNDERFOOT = (
    r"\b(?:wet|slippy|slippery|uneven|broken|loose|steep|cracked|icy|ice|mud|muddy|ramp|kerb)\b"
)
# a car's brakes failing ("Be a shame if the brakes went.")
_BRAKES_FAIL = r"(?:went|failed|gave\s+(?:way|out)|stopped\s+working)"


# a person, not a thing, after "that": "that silly cow", "that woman", not "that project"
_THAT_PERSON = rf"that\s+(?:[\w'-]+\s+)?(?:{INSULT_NOUN}|woman|man|girl|boy|lad|bloke|councill?or|cow|witch|mp)\b"
# harm to come to "someone", for a demand or a dare to hold over the reader
_SOMEONE_GETS_HURT = (
    r"(?:someone|somebody|people|anyone)(?:\s+(?:gets?|ends\s+up)|(?:'ll|\s+will|\s+is\s+going\s+to|"
    r"'s\s+going\s+to)\s+get)\s+(?:seriously\s+|badly\s+)?(?:hurt|killed|injured|harmed)\b"
)


THREAT_RULES: Final[tuple[ThreatRule, ...]] = (
    _rule(
        "knows_where_you_live",
        "claims to know where the person or their family lives, works or parks",
        rf"\b(?:i|we|they)\s+(?:know|found\s+out|have\s+found)\s+(?:where|which\s+house)\s+"
        rf"(?:{YOU}|your\s+\w+)\s*(?:\w+\s+)?(?:live|lives|sleep|work|park|go\s+to\s+school|"
        rf"is\s+yours)(?!\s+(?:is|isn'?t|was|wasn'?t)\b)|\bwhich\s+house\s+is\s+yours\b|"
        r"\bknow\s+what\s+car\s+you\s+drive\b|"
        # "Have you ever wondered how easy it would be to find your address?"
        r"\bhow\s+easy\s+it\s+(?:would\s+be|is|'d\s+be)\s+to\s+(?:find|get\s+to|get\s+into|break\s+into)\s+"
        r"your\s+(?:address|house|home|car|office|family|kids)\b|"
        # of a councillor named: "I know where Cllr Ahmed lives", "Post Cllr Taylor's address"
        rf"\b(?:i|we|they)\s+know\s+where\s+(?:{NAMED}|he|she)\s+(?:lives|sleeps|parks)\b|"
        rf"\b(?:post|share|anyone\s+(?:got|have|know))\s+{NAMED}'?s?\s+(?:home\s+)?address\b|"
        rf"\b(?:i|we|they)\s+know\s+where\s+(?:the|that|those)\s+(?:{GROUP_WORDS})\s+(?:family|families|man|"
        r"woman|lad|girl|couple|lot|people|kids)\b[^.!?]{0,30}?\blives?\b(?![^\n]*\b(?:lovely|nice|friendly|"
        r"kind|leaflets?|welcome|help\w*|visit\w*|cards?|presents?|thank\w*|neighbours?)\b)|"
        # "We'll find out where you live, it's not hard." (not to send the permit)
        r"\b(?:i|we|they)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|\s+can|'m\s+going\s+to)\s+"
        r"(?:easily\s+|soon\s+)?find\s+out\s+where\s+you\s+(?:live|sleep|park)\b"
        r"(?![^.!?]*\bto\s+(?:send|deliver|post|drop|return)\b)|"
        rf"\byour\s+address\s+(?:isn'?t|is\s+not)\s+hard\s+to\s+find\b|"
        r"\b(?:i|we|they)\s+know\s+(?:the\s+way|how\s+to\s+get)\s+to\s+your\s+(?:house|home|door|"
        r"office|flat)\b(?![^.!?]*\b(?:cake|cards?|flowers|biscuits|present|gift|petition|leaflets?|"
        r"signatures|thank\w*)\b)|"
        # "I know which door you use to leave the town hall." (not "..., I'll meet you there", nor
        # "I know which bus you take, can the council chase it?")
        r"\b(?:i|we|they)\s+know\s+(?:which|what)\s+(?:train|bus|car|route|way|school|gym|time|door|exit|"
        r"entrance)\s+"
        # not a fellow parent: "I know which school your kids go to because mine go there too",
        # nor one coming to the surgery: "I know what time your surgery finishes, so I'll come ..."
        r"(?:you|your)\b(?![^.!?]*\b(?:too|as\s+well|like\s+mine|mine\s+(?:go|goes|do|does)|with\s+my|"
        r"same)\b)"
        r"(?!\s+(?:surgery|surgeries|meetings?|office\s+hours|clinic|drop-?in)\b[^.!?]*\bso\s+(?:i|we)"
        r"(?:'ll|\s+will|\s+can|\s+could)\s+(?:come|pop|drop|see|catch|get|arrive)\b)"
        r"(?![^.!?]*\b(?:(?:could|can|may)\s+(?:i|we)|(?:can|could|would)\s+(?:you|the\s+council)|please|"
        r"(?:i'?ll|we'?ll)\s+(?:meet|catch|see)\s+you)\b)|"
        r"\b(?:i|we|they)\s+know\s+(?:which|what)\s+(?:car|house|door|one)\s+"
        r"(?:is\s+)?yours\b|\byour\s+(?:home\s+)?address\s+is\s+(?:now\s+)?(?:all\s+over|on)\s+"
        r"(?:facebook|twitter|x|telegram|whatsapp|reddit|social\s+media|the\s+(?:internet|web)|the\s+"
        r"(?:[\w-]+\s+){0,2}?group\s+chat|every\s+group\s+chat)\b|"
        # a family member's name, or which room they sleep in: not "I know your husband's name is
        # on the register"
        rf"\b(?:i|we|they)\s+know\s+your\s+{FAMILY}(?:'s|s')?\s+names?\b(?!\s+(?:is|was|are|'s|from)\b)|"
        r"\b(?:i|we|they)\s+know\s+which\s+(?:window|room)\s+is\s+(?:your\s+(?:bed)?room|yours)\b|"
        r"\b(?:i|we|they)\s+know\s+when\s+you(?:'re|\s+are)?\s+(?:alone|home|leave|"
        r"get\s+home)\b|"
        # not "I know your routine is busy, so an email is fine"
        r"\b(?:i|we|they)\s+know\s+(?:all\s+)?your\s+(?:(?:daily\s+)?(?:(?:walk(?:ing)?|running|jogging|"
        r"dog\s+walking|school)\s+)?route(?:\s+home)?|routine|movements|daily\s+(?:routine|movements)|"
        r"every\s+move)\b(?!\s+(?:is|was|must|can|gets?|'s|goes|takes|passes|to\s+work)\b)"
        r"(?![^.!?]*\b(?:could|can|would)\s+you\b)|"
        # not "told me where you live so I could drop the petition round"
        r"\b(?:told|tells|showed|texted)\s+(?:me|us)\s+where\s+you\s+(?:live|park|sleep|work)\b"
        r"(?![^.!?]*\bso\s+(?:i|we)\s+(?:could|can)\b)|"
        # the address handed round: not "shared with electoral services"
        r"\byour\s+(?:home\s+)?address\s+(?:is|has\s+been|'s)\s+(?:now\s+)?(?:being\s+)?(?:shared|"
        r"posted|passed\s+(?:a)?round|circulated|going\s+(?:a)?round|handed\s+out)\b"
        r"(?!\s+(?:with|by|to)\s+(?:the\s+)?(?:council|electoral|officers?|planning|register))|"
        # not "Your address is out there on the council website, is that wise?"
        r"\byour\s+(?:home\s+)?address\s+(?:is|'s)\s+(?:now\s+)?out\s+there\b"
        r"(?![^.!?]*(?:\?|\b(?:website|register|electoral|published)\b))|"
        r"\b(?:posted|shared|put|stuck)\s+your\s+(?:home\s+)?address\s+(?:up\s+)?(?:in|on)\b[^.!?]{0,40}?"
        r"\b(?:see\s+who\s+turns\s+up|let'?s\s+see|enjoy|good\s+luck|have\s+fun)\b|"
        r"\bfound\s+your\s+(?:home\s+)?address\b[^\n]{0,60}?\bsee\s+you\s+(?:soon|shortly|tonight|later)"
        r"(?=\s*(?:[.!]|$))|"
        r"\b(?:everyone|everybody|the\s+whole\s+(?:estate|town|street|group|village|ward)|the\s+lads)\s+"
        r"(?:(?:in|on)\s+(?:the\s+)?[\w-]+\s+)?knows?\s+where\s+you\s+live\s+now(?=\s*(?:[.!,]|$))|"
        # the writer's own telling, which the reported-speech check would otherwise take for a report
        r"\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+told\s+(?:the\s+lads|my\s+mates|everyone|people)\s+"
        r"(?:which\s+house\s+is\s+yours|where\s+you\s+live)(?=\s*(?:[.!]|$|now))|"
        # when the house is empty, a door left open, a bedroom light
        r"\b(?:i|we|they)\s+know\s+when\s+your\s+(?:house|home|flat|place)\s+is\s+empty\b|"
        r"\b(?:i|we|they)\s+know\s+(?:that\s+)?you\s+(?:leave|keep)\s+your\s+(?:[\w-]+\s+)?(?:door|gate|"
        r"windows?|car|shed)\s+(?:unlocked|open)\b(?:(?!\b(?:so|and|but|because|cos|for|could|can|mine)\b)"
        r"[^.!?,]){0,30}(?=\s*(?:[.!]|$))|"
        r"\byour\s+(?:bedroom|landing|kitchen|bathroom|front\s+room|living\s+room)\s+lights?\s+(?:goes|go|"
        r"went|switches|is\s+switched)\s+(?:off|out|on)\b|"
        r"\b(?:notes|tabs|records?|a\s+log|track)\s+(?:on|of)\s+(?:all\s+)?your\s+(?:movements|comings\s+"
        r"and\s+goings|routine)\b|"
        r"\b(?:chat|word|talk)\s+with\s+your\s+neighbours?\s+about\s+(?:when|where)\s+you(?:'re|\s+are)?\s+"
        r"(?:usually\s+|normally\s+)?(?:out|away|alone)\b",
        0.75,
    ),
    _rule(
        "watch_your_back",
        "tells the person to watch their back or to fear for their safety, or mentions a weapon",
        # not a colleague's warning about others: "watch your back with those developers"
        r"\b(?:watch|mind)\s+(?:your|yer)\s+back\b(?!\s+with\s+(?:those|these|the|that|them)\b)|"
        r"\bwatch\s+yourself\b|"
        rf"\b(?:{NAMED}|he|she)\s+(?:should|had\s+better|'d\s+better|better|wants\s+to|needs\s+to)\s+"
        r"(?:watch|mind)\s+(?:his|her|their)\s+back\b|"
        r"\b(?:had|'d)\s+better\s+not\s+show\s+(?:his|her|their|your)\s+face\b|"
        r"\blook(?:ing)?\s+over\s+(?:your|yer)\s+shoulder\b|\bsleep\s+with\s+one\s+eye\s+open\b|"
        # "I'd think twice before walking to your car alone tonight.", "You should hire a bodyguard."
        r"\b(?:i'?d|i\s+would)\s+think\s+twice\s+before\s+(?:walking|going|driving|heading)\s+(?:back\s+)?"
        r"to\s+your\s+(?:car|house|home|office|door)\b[^.!?]*\b(?:alone|tonight|at\s+night|after\s+dark|"
        r"on\s+your\s+own)\b|"
        r"\byou\s+(?:should|might\s+want\s+to|better|'d\s+better)\s+(?:hire|get)\s+(?:a\s+|yourself\s+a\s+)?"
        r"(?:bodyguard|bullet-?proof\s+vest|stab\s+vest)\b|"
        # not the everyday "mind how you go on the icy pavements"
        r"\bmind\s+how\s+you\s+go\b(?![^.!?]*\b(?:ice|icy|snow\w*|roads?|pavements?|paths?|weather|rain\w*|"
        r"fog\w*|dark|floods?|flooding|wind\w*|storm\w*|frost\w*|slippery|potholes?|roadworks)\b)|"
        # not a winter plea to look for cats sheltering there
        r"(?:\bcheck(?:ing)?\s+under(?:neath)?\s+your\s+car\b|\b(?:(?:don'?t|do\s+not|never)\s+)?"
        r"(?:start|drive|get\s+in(?:to)?)\s+"
        r"your\s+car\b[^.!?]{0,40}?\bcheck(?:ing)?\s+under(?:neath)?\b)"
        r"(?![^.!?]*\b(?:cats?|kittens?|hedgehogs?|animals?|wildlife|leaks?|oil)\b)|"
        r"\b(?:bring|get)\s+(?:yourself\s+)?(?:a\s+|your\s+)?bodyguards?\b|\byou'?ll\s+need\s+(?:a|your)\s+"
        r"bodyguard\b|"
        # said of the family with nothing after it but where they go: not "tell your kids to be
        # careful crossing", "... on the roads"
        rf"\btell\s+your\s+{FAMILY}\s+to\s+(?:be\s+careful|watch\s+(?:out|(?:her|his|their)\s+backs?)|"
        r"stay\s+(?:indoors|inside|at\s+home))(?:\s+(?:at|near|outside|by)\s+the\s+(?:shops|school|school\s+"
        r"gates?|gates?|park|station|bus\s+stop|market))?(?=\s*(?:[.!]|$))|"
        r"\b(?:like|love|value|enjoy|fond\s+of)\s+(?:having\s+)?(?:your\s+|working\s+)(?:kneecaps|knees|legs|"
        r"teeth|fingers)\b|"
        # menace put as a question: "How fast can you run, councillor?" (not "... run 5k"), "Can you
        # swim, councillor? Asking for a reason.", "How long do you think you'd last in a fight?"
        r"\bhow\s+fast\s+can\s+you\s+run\b(?!\s+(?:\d|(?:a|the|five|ten|in|for|at|round|around|with)\b))|"
        r"\bcan\s+you\s+swim\b[^\n]{0,40}\basking\s+for\s+a\s+reason\b|"
        r"\bcan\s+you\s+(?:run\s+faster\s+than|outrun)\s+a\s+(?:car|van|bullet|knife|dog)\b|"
        r"\bhow\s+easy\s+it\s+(?:would\s+be|is|'d\s+be)\s+to\s+(?:hurt|kill|stab|shoot|hit|attack|burn)\s+you\b|"
        r"\byou\s+with\s+a\s+(?:broken|smashed|scarred|slashed|burnt)\s+(?:face|nose|jaw|skull)\b|"
        rf"\bhow\s+much\s+danger\s+(?:you'?re|you\s+are)\s+in\b{NO_HAZARD_AFTER}|"
        r"\b(?:find|found|identify|bury|dump)\s+your\s+(?:dead\s+)?(?:body|corpse|remains)\b|"
        r"\bconcrete\s+(?:boots|shoes|wellies|overcoat)\b|"
        # not a crime-prevention leaflet: "Is your door strong enough to keep burglars out?"
        r"\b(?:are\s+you\s+sure|do\s+you\s+think)\s+your\s+(?:front\s+|back\s+)?(?:door|doors|windows|locks?)\s+"
        r"(?:is|are)\s+(?:strong|thick|solid|sturdy)\s+enough\b(?![^\n]*\b(?:burglar\w*|crime|security|"
        r"scheme|check|police|winds?|storms?|gales?|winter|weather|draughts?|insulat\w*)\b)|"
        r"\b(?:walk|drive|run|jog|journey|way)\s+home\b[^\n]{0,60}?\byou\s+(?:weren'?t|were\s+not)\s+alone\s*"
        r"(?:[.!]|$)|"
        r"\bwhat\s+if\s+(?:someone|somebody|i|we)\s+(?:was|were)\s+waiting\s+(?:for\s+you\s+)?(?:in|outside|at|"
        r"by)\s+your\s+(?:garden|house|home|door|car|flat|drive|bedroom|hallway|gate)\b|"
        r"(?:^|[.!?]\s*)(?:have\s+you\s+)?ever\s+had\s+your\s+(?:legs|kneecaps|jaw|fingers)\s+(?:broken|"
        r"smashed|snapped)\s*\?|"
        # not the fence mended or the cricket: "I'll come round with a hammer to fix the shed"
        r"\b(?:come|pop|be)\s+round\b[^.!?]{0,40}?\bwith\s+(?:a|my)\s+(?:baseball\s+bat|bat|machete|knife|"
        r"axe)\b(?![^.!?]*\b(?:fix|repair|mend|help|fence|shed|garden|match|game|cricket|nets|practice)\b)|"
        r"\bmeet\s+(?:me|us)\s+(?:in|at|down)\s+(?:a|the)\s+dark\s+(?:car\s+park|alley|lane|park|street)\b|"
        r"\bhow\s+long\s+(?:do\s+you\s+think\s+)?(?:you'?d|would\s+you|you\s+would)\s+last\s+(?:in\s+a\s+fight|"
        r"against\s+(?:me|us)|with\s+(?:me|us)|alone\s+with)\b|"
        r"\bare\s+you\s+sure\s+your\s+(?:doors?|windows|car|house)\s+(?:is|are)\s+locked\b|"
        rf"\b(?:do|does)\s+your\s+{FAMILY}\s+know\s+how\s+to\s+(?:dial|call|ring)\s+999\b|"
        r"\bwho\s+(?:do\s+you\s+think\s+)?(?:will|'ll|is\s+going\s+to)\s+find\s+(?:you|your\s+body)\s+first\b|"
        # advice that is menace: "I'd be careful if I were you", "... looking over my shoulder"
        r"\b(?:careful|looking\s+over\s+my\s+shoulder|watch(?:ing)?\s+my\s+back|lock\s+my\s+doors?|"
        r"keep\s+my\s+head\s+down|stay\s+indoors|leave\s+town|move\s+house)\s+if\s+i\s+were\s+you"
        r"(?=\s*(?:[.!,]|$))|"
        rf"\b(?:i'?d|i\s+would)\s+keep\s+an\s+eye\s+on\s+your\s+{FAMILY}\b[^.!?]{{0,40}}\bif\s+i\s+"
        r"were\s+you\b|"
        r"\b(?:watch|check|mind|see|pay\s+attention\s+to|careful|look\s+at)\s+who'?s\s+(?:behind|"
        r"following)\s+you\b|"
        # alone is what makes it menace: "be careful walking home, the streetlights are out" is not
        r"\bcareful\s+(?:walking|going|driving|getting|cycling|out)\s+(?:home\s+)?(?:alone|"
        r"on\s+your\s+own|by\s+yourself)\b(?![^.!?]*\b(?:street\s*lights?|lights?|lamps?|unlit|icy|"
        r"ice|slippery|flood\w*|potholes?|pavements?|muggings?|robber(?:y|ies)|thefts?)\b)|"
        # not as advice with its reason ("better lock your car, there have been thefts"); "make
        # sure you lock your doors" only for tonight, not the police's advice for every day
        r"\b(?:(?:better|best)\s+lock\s+your\s+(?:doors?|windows?|car|gates?)\b|make\s+sure\s+(?:you\s+)?"
        r"lock\s+your\s+(?:doors?|windows?|car|gates?)(?:\s+and\s+\w+)?\s+(?:tonight|at\s+night|every\s+"
        r"night|from\s+now\s+on)\b)(?![^.!?]*\b(?:burglar|burglaries|burgled|thefts?|thieves|break-ins?|"
        r"broken\s+into|robber(?:y|ies)|stolen)\b)|"
        # "Hope your burglar alarm works." (not "... in this storm", nor of the council's cameras)
        r"\bhope\s+your\s+(?:burglar\s+|house\s+|home\s+)?(?:alarm|locks?|doors?|windows?)\s+(?:works?(?!\s+better)|"
        r"(?:is|are)\s+(?:working|good|strong|up\s+to\s+(?:it|the\s+job))|holds?)\b(?![^.!?]*\b(?:storm|"
        r"wind|winds|gales?|weather|flood\w*|rain|snow|frost|cold|heat)\b)|"
        # a weapon mentioned out of the blue ("I've got a shotgun and a long memory")
        r"\bi(?:'ve|\s+have)?\s+(?:got|own|have|keep)\s+an?\s+(?:gun|shotgun|rifle|knife|machete|"
        r"crossbow)\b|"
        # protection that will not be enough: not "more than a consultation to fix this"
        r"\b(?:need|take)\s+(?:a\s+lot\s+|much\s+)?more\s+than\s+(?:a|an|the|your)\s+(?:restraining\s+order|"
        r"injunction|panic\s+(?:alarm|button)|bodyguards?|police(?:\s+escort)?|security(?:\s+guards?)?|"
        r"locks?|cctv)\b(?:\s+to\s+(?:stop|save|protect|keep)\s+(?:me|us|you))?(?=\s*(?:[.!,]|$|councillor))|"
        # a weapon brought to where the person is: not a knife for the cake
        r"\b(?:bring|bringing|brought|take|taking)\s+(?:a|my|an|the)\s+(?:gun|shotgun|rifle|knife|machete|"
        r"crossbow|baseball\s+bat|axe|crowbar|acid|petrol)\s+(?:to|along\s+to|round\s+to|down\s+to)\s+"
        r"(?:the\s+|your\s+|next\s+)*(?:surgery|surgeries|meeting|council|town\s+hall|hustings|house|"
        r"home|office|door)\b(?![^.!?]*\bto\s+(?:cut|carve|slice|chop|fix|mend|clear|trim)\b)|"
        # "Remember, councillor, accidents happen on dark roads." (not a plea for streetlights)
        r"(?:^|[.!?]\s*)(?:remember,?\s+(?:councillor,?\s+)?|councillor,?\s+)accidents\s+(?:can\s+|do\s+|"
        r"will\s+)?happen\s+"
        r"(?:on|in)\s+(?:dark|quiet|lonely|country|unlit)\s+(?:roads|lanes|streets|nights|car\s+parks|"
        r"alleys)(?=\s*(?:[.!,]|$))(?![^\n]*\b(?:street\s*lights?|lights?|lighting|lamps?|speed\w*|"
        r"crossing|pavements?|signs?|repairs?)\b)|"
        # the person's routine, then "Alone.": "You go jogging in the park at 6am. Alone."
        r"\byou\s+(?:[\w'-]+\s+){0,3}?(?:go|goes|walk|jog|run|cycle|leave|drive|get|come|park|sit|work)"
        r"(?:s|ing)?\b[^.!?]{0,60}[.!?]\s*(?:alone|on\s+your\s+own|by\s+yourself)\s*[.!](?:\s|$)"
        r"(?![^\n]*\b(?:lights?|unlit|lifts?|company|escort|buddy|with\s+you|safe|dangerous)\b)|"
        # "Your wife should be more careful who she talks to." (not advice on scams)
        rf"\b(?:you|she|he|they|your\s+{FAMILY})\s+(?:should|wants?\s+to|needs?\s+to|had\s+better|"
        r"'d\s+better|better)\s+be\s+(?:more\s+|very\s+|a\s+(?:bit|lot)\s+more\s+)?careful\s+who\s+"
        r"(?:she|he|you|they)\s+(?:talks?|speaks?|mixes?|hangs?\s+(?:out|around)|associates?)\b"
        r"(?![^.!?]*\b(?:scam\w*|fraud\w*|banks?|online|phone|doorstep|details|passwords?|cold\s+"
        r"callers?|internet|committee|predetermin\w*|planning|applications?|declare|interests?|conduct|"
        r"press|journalists?|media|record)\b)|"
        # "Next time you won't get home so easily." (not the bridge closed for repairs)
        r"(?:^|[.!?]\s*)(?:and\s+)?(?:next\s+time,?\s+)?you\s+(?:won'?t|will\s+not|might\s+not|may\s+not)\s+"
        r"(?:get|make\s+it)\s+(?:home|back)\s+(?:so\s+easily|in\s+one\s+piece|alive)(?=\s*(?:[.!,]|$|next\s+"
        r"time|councillor))(?![^\n]*\b(?:bridge|roads?|closures?|closed|bus(?:es)?|trains?|traffic|"
        r"diversions?|roadworks|ice|icy|snow|floods?|flooding|strikes?)\b)|"
        # "I'd think very carefully about coming to the next surgery."
        r"\b(?:i'?d|i\s+would|you\s+should|you'?d\s+better|better)\s+think\s+(?:very\s+|really\s+|long\s+"
        r"and\s+)?(?:carefully|hard|twice)\s+(?:about|before)\s+(?:coming|turning\s+up|showing\s+(?:up|"
        r"your\s+face)|attending)\s+(?:to\s+|at\s+)?(?:the\s+|your\s+)?(?:next\s+)?(?:surgery|surgeries|"
        r"meeting|hustings|count|town\s+hall|event|fun\s+day|fete)"
        r"(?=\s*(?:[.!]|$|,\s*councillor|,?\s*if\s+i\s+were\s+you))|"
        # "Sleep tight, councillor. Make sure the doors are locked." (not after burglaries)
        r"\bsleep\s+(?:tight|well|safe|soundly)\b[^\n]{0,40}?\b(?:lock(?:ed)?|bolt(?:ed)?)\b"
        r"(?![^\n]*\b(?:burglar\w*|thefts?|thieves|break-ins?|robber\w*|stolen|storm|wind)\b)|"
        r"\baccidents\s+(?:can\s+|do\s+|will\s+)?happen(?:\s*(?:[.!,]|$)|\s+to\s+(?:(?:nosy|mouthy|"
        r"gobby|greedy|lying|corrupt|bent|traitorous)\s+)?(?:people|councillors|you|those|politicians|"
        r"anyone))|\bcareful\s+(?:who'?s|who\s+is)\s+waiting\b|"
        # "people like you tend to have accidents"
        r"\b(?:people|councillors|politicians|those|folk)\s+(?:like\s+you\s+(?:(?:tend\s+to|often|always|"
        r"usually|seem\s+to|have\s+a\s+way\s+of)\s+)?|who\s+[^.!?]{1,40}?\s+(?:tend\s+to|often|always|"
        r"usually|seem\s+to|have\s+a\s+way\s+of)\s+)(?:have|having|meet\s+with|suffer)\s+(?:an?\s+|"
        r"nasty\s+|terrible\s+)*(?:accidents?|falls?)\b(?![^.!?]*\b(?:rail|handrail|more\s+often|please|"
        r"older|elderly|ice|icy|slippery|wet)\b)|"
        # advice made menace by its last word: "I'd stay away if I were you. Permanently."
        r"\bif\s+i\s+were\s+you\s*[.,]?\s*(?:permanently|for\s+good|forever)\b|"
        # not for the storm or the roadworks: "for your own safety, move your car"
        r"\b(?:move|leave|stay\s+away|keep\s+away|get\s+out|look(?:ing)?\s+for\s+a\s+new\s+(?:address|"
        r"house|home))\b[^.!?]{0,40}?\bfor\s+your\s+own\s+safety\b(?![^.!?]*\b(?:storm|"
        r"flood\w*|ice|icy|snow|wind|heat|weather|works|roadworks|asbestos|gas|fire|smoke|water)\b)|"
        r"\b(?:knife|blade|gun|shotgun|machete)\s+(?:at|to|against)\s+your\s+(?:throat|neck|head|"
        r"back|face|ribs|chest)\b|"
        r"\b(?:no\s*one|nobody)\s+(?:will|would|'ll|can|could)\s+hear\s+you\s+scream\b|"
        # the reader told they are not safe: not "you're not safe on that bike, the lane is a mess"
        r"(?:\byou(?:'re|\s+are|'ll\s+never\s+be|\s+will\s+never\s+be|\s+won'?t\s+be)\s+(?:not\s+)?"
        r"safe\s+(?:anywhere|at\s+(?:home|the\s+surgery|your\s+\w+)|in\s+(?:this|your)\s+(?:town|ward|"
        r"house|home|bed))\b|\byou'?ll\s+never\s+feel\s+safe\s+again\b|\bnot\s+safe\s+anywhere\b)|"
        # a sentence of its own or aimed at the reader: not "kindness finds you when you least
        # expect it"
        r"(?:(?:^|[.!?]\s*)|\b(?:get|find|hit|strike|come\s+for|catch|visit)\s+you\s+|\byou'?ll\s+get\s+it\s+)when\s+you\s+"
        r"least\s+(?:expect|want)\s+it\b|\beyes\s+in\s+the\s+back\s+of\s+your\s+head\b|"
        # not "it only takes one match to start a heath fire"
        r"\b(?:it\s+)?only\s+takes\s+one\s+match\s*(?:[.!]|$|,\s*councillor)|"
        r"\byou\s+won'?t\s+always\s+have\s+(?:a\s+|the\s+|your\s+)?(?:police\s+)?(?:escort|protection|"
        r"bodyguards?|minders?|security)\b|\b(?:enough|many)\s+bodyguards\s+to\s+(?:save|protect)\s+you\b|"
        r"\bnot\s+the\s+forgiving\s+kind\b|\blong\s+memory\s+and\s+a\s+short\s+(?:temper|fuse)\b|"
        r"\b(?:so\s+|very\s+|really\s+)?easy\s+(?:enough\s+)?to\s+find\s+you\b(?!\s+(?:a|an|some|the|another|"
        r"somewhere|someone|on|online|in\s+the)\b)|"
        r"\bsee\s+if\s+you\s+(?:make\s+it|get)\s+(?:home|back|to\s+your\s+car|out)\b|"
        # not the smoke from a fire or the fireworks: "keep your windows shut tonight"
        r"(?:^|[.!?]\s*)keep\s+your\s+(?:curtains|doors?|windows?)\s+(?:closed|shut|drawn|locked)\s+"
        r"tonight(?=\s*(?:[.!]|$|,\s*you\s+won'?t\s+like\s+what\s+you\s+(?:see|find)))(?![^\n]*\b(?:smoke|fumes|fire|storm|wind|cold|frost|weather|noise|"
        r"fireworks|burglar\w*|thefts?|mosquito\w*|gales?)\b)",
        0.6,
    ),
    _rule(
        "coming_for_you",
        "says that they are coming for, waiting for or visiting the person",
        rf"\b(?:we'?re|we\s+are|i'?m|i\s+am|they'?re|they\s+are)\s+coming\s+for\s+{YOU}\b"
        # not a contest for the office: "I'm coming for your seat at the next election"
        r"(?!\s+(?:council\s+)?(?:seat|job|post|position|majority|ward|votes?|title|crown)\b)|"
        # waiting with nowhere named, or somewhere the person is alone; not "We'll be waiting for you
        # at the station" or "... with cake"
        r"\b(?:i'?ll|i\s+will|we'll|we\s+will)\s+be\s+waiting\s+(?:for\s+you(?=\s*(?:[.!]|$)|,?\s*(?:councillor|"
        r"cllr|mate|love|pal)\b|\s+outside\b|\s+(?:at|in|by|near)\s+(?:your|the\s+(?:dark|shadows|bushes|"
        r"car\s+park))\b|"
        r"\s+(?:after|when|once|tonight|one\s+night|in\s+the\s+dark|every\s+night)\b)|"
        r"(?:outside|in|by|at|near)\s+(?:your|the\s+(?:dark|shadows|bushes))\b|"
        r"(?:outside|in)\s+the\s+car\s+park\b|"
        r"outside\s+(?:[\w-]+\s+){1,4}for\s+you\b)"
        # not waiting with an errand: "... in the car park after the meeting to give you the petition"
        r"(?![^.!?]*\bto\s+(?:give|hand|pass|show|return|drop|collect|pick\s+up|meet|talk|chat|"
        r"discuss|sign|deliver|say|thank|help|walk)\b)|"
        # a deadline before the visit: "You have until Friday before I come for you."
        rf"\b(?:before|when|once|until|till)\s+(?:i|we|they)\s+come\s+(?:for|after)\s+{YOU}\b|"
        # "My lads are coming round yours tonight." (not "... to fix the fence")
        r"\b(?:my|our|the|some)\s+(?:lads|boys|mates|friends|brothers|cousins|crew|firm)\s+"
        r"(?:are|'re|will\s+be|'ll\s+be)\s+(?:coming|popping|going)\s+(?:round|over|down)\s+(?:to\s+)?"
        r"(?:yours|your\s+(?:house|home|place|flat|door|surgery|office))\b"
        r"(?![^.!?]*\bto\s+(?!(?:sort|teach|deal|have\s+a\s+word)\b))|"
        rf"\b(?:pay|paying)\s+(?:you|u|ya|your\s+\w+|him|her|{NAMED})\s+a\s+(?:little\s+|proper\s+|"
        r"personal\s+|special\s+|late-night\s+|night-time\s+)?visit\b"
        # not a visit with a friendly purpose: "... to say thanks"
        r"(?!\s+(?:to\s+(?:say|thank|discuss|talk|show|ask|see|welcome|present)|about|at\s+(?:your|his|"
        r"her|their|the)\s+(?:surgery|office))\b)"
        # nor the way to do it: "Anyone who wants to pay her a visit, her surgery times are online."
        r"(?![^.!?]*\b(?:surgery\s+times|office\s+hours|appointments?|website)\b)"
        r"(?!\s+and\s+(?:remind\s+(?:him|her|them)\s+(?:about|of)|ask|tell|thank)\b)|"
        rf"\b(?:needs?|wants?|deserves?)\s+a\s+(?:little\s+)?visit\s+from\s+(?:the\s+lads|the\s+boys|us|me|"
        r"my\s+(?:mates|lads|boys|friends))\b|"
        # a crowd sent to a councillor's home: "Let's all turn up at Cllr Green's house tonight"
        rf"\blet'?s\s+(?:all\s+)?(?:go|turn\s+up|head|pop|get)\s+(?:round\s+|down\s+|over\s+)?(?:to|at)\s+"
        rf"{NAMED}'?s?\s+(?:house|home|place|door|address)\b"
        # not a visit with a kind purpose: "... and see how big the new extension is", "... with cards"
        r"(?![^.!?]*\b(?:to\s+(?:deliver|drop|give|sing|say|thank|wish|help|celebrate)|with\s+(?:\w+\s+)?"
        r"(?:cards?|flowers|cakes?|presents?|gifts?)|carols?|parade|extension)\b)|"
        r"\byou'?ll\s+get\s+a\s+visit\b|\bget\s+a\s+visit\b|"
        r"\bbe\s+waiting\s+(?:for\s+(?:them|you|him|her)\s+)?with\s+(?:bats|baseball\s+bats|knives|bricks|"
        r"petrol|clubs|sticks|crowbars|hammers|machetes|guns|a\s+(?:bat|knife|brick|gun|machete|crowbar|"
        r"hammer|rope|noose))\b|"
        # a mob called out: "Grab your torches, we're visiting the asylum hotel tonight."
        r"\b(?:grab|bring|get)\s+(?:your|the)\s+(?:pitchforks|petrol|ropes|bricks|(?:burning|flaming)\s+"
        r"torches|torches\s+and\s+pitchforks)\b[^.!?]{0,40}?"
        r"\b(?:we'?re|we\s+are|let'?s)\s+(?:visiting|going\s+(?:to|down|round)|paying\s+(?:\w+\s+)?a\s+visit)\b|"
        # "One day you'll be on your own and we'll be there."
        r"\byou(?:'ll|\s+will)?\s+(?:be|are|'re)\s+(?:on\s+your\s+own|alone|by\s+yourself)\b"
        r"(?:(?!\bbut\b)[^.!?]){0,30}?\b(?:we|i|they)(?:'ll|\s+will)\s+be\s+(?:there|waiting|ready)\b"
        # not company promised: "... we'll be there to support you", "... in the gallery"
        r"(?![^.!?]*\b(?:support|help|cheer\w*|back\s+you|with\s+you|for\s+you|gallery|applaud\w*)\b)|"
        r"\bsee\s+who'?s\s+waiting\s+(?:at\s+home\s+|outside\s+|in\s+the\s+car\s+park\s+)?for\s+you\b|"
        r"\b(?:they|we|he|the\s+lads)\s+don'?t\s+do\s+(?:talking|words|chatting)\b(?!\s+shops?)|"
        r"\bcan'?t\s+(?:promise|guarantee)\s+(?:the\s+lads|they|people|everyone|my\s+\w+|the\s+crowd)\s+"
        r"(?:will|'ll)\s+(?:stay|keep|remain)\s+(?:calm|peaceful|civil|polite)\b[^.!?]*\bif\s+you\s+(?:show|"
        r"turn\s+up|come|dare)\b|"
        # a countdown to the visit: "Tick tock, councillor. We're coming."
        r"\btick[\s,-]*tock\b[^\n]{0,40}?\b(?:we'?re|we\s+are|they'?re|they\s+are|i'?m)\s+coming\b|"
        # "Fancy a knife in the back, councillor?" (not the leader's party knifing him)
        r"\b(?:fancy|want|like|how\s+about|need|deserve|deserves|you'?ll\s+get|getting)\s+a\s+(?:knife|blade|"
        r"bullet)\s+in\s+(?:the|your)\s+(?:back|head|gut|ribs|chest|face|neck)\b|"
        # "One of these nights someone is going to be waiting for you."
        r"\bone\s+of\s+these\s+(?:nights|days|evenings)\b[^.!?]*\bwaiting\s+for\s+you\b|"
        # outside now, calling the person out: "I'm outside your surgery now. Come out." (not
        # "... come out and sign the petition")
        r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:right\s+)?outside\s+your\s+(?:house|home|surgery|"
        r"office|door|flat|place)\b[^?]{0,40}?\bcome\s+out(?:side)?\b(?!\s+and\s+(?:meet|see|say|"
        r"talk|chat|help|sign|join|collect|get)\b)|"
        # company that will not talk: "I'm bringing friends to your surgery and we're not there to talk"
        r"\b(?:we'?re|we\s+are|they'?re|they\s+are)\s+not\s+(?:there|coming|"
        r"coming\s+round|going\s+there)\s+to\s+(?:talk|chat|discuss|debate)\b"
        r"(?![^.!?]*\bto\s+(?:listen|help|learn|support|protest|campaign|watch)\b)|"
        # armed at a place: "I'll be at the count with a knife" (not "... for the cake")
        r"\b(?:i'?ll|i\s+will|we'll|we\s+will)\s+be\s+(?:at|outside|in|round|by)\s+(?:[\w'-]+\s+){0,3}?"
        r"with\s+(?:a|my|some|an)\s+(?:knife|gun|shotgun|machete|baseball\s+bat|axe|blade|pistol|"
        r"rifle|crossbow|acid)\b(?![^.!?]*\bfor\s+the\s+(?:cake|bread|food|sandwiches|cheese|buffet)\b)|"
        r"\b(?:getting|got)\s+a\s+(?:little\s+)?visit\s+from\s+(?:me|us|the\s+(?:lads|boys)|my\s+(?:mates|friends|"
        r"boys|lads))\b|"
        # not "expect a visit from the planning inspector"
        r"\bexpect\s+(?:a\s+(?:little\s+)?visit|company|visitors)\s+(?:from\s+(?:the\s+(?:lads|boys)|my\s+"
        r"(?:mates|friends|boys|lads)|some\s+(?:friends|mates|lads)|us|me)\b|soon\b|tonight\b)|"
        r"\boutside\s+your\s+(?:house|home|flat|window|bedroom\s+window|front\s+door)\s+"
        r"right\s+now\b|"
        # not "we will come after you in the courts"
        rf"\b{WILL}\s+come\s+(?:for|after)\s+{YOU}\b(?![^.!?]*\b(?:courts?|legal\w*|ballot|"
        rf"{ELECTION}|tribunal|ombudsman|standards|solicitors?|lawyers?|press|papers)\b)|"
        r"\b(?:get\s+to|find|reach|catch|protect)\s+you\s+before\s+(?:we|i|they)\s+do\b|"
        # not "We've been watching your videos", "... you on the webcast"
        r"\bwe'?ve\s+been\s+watching\s+you\b(?!\s+(?:on|online|in|at\s+the\s+(?:meeting|debate)|speak)\b)"
        rf"{NOT_ON_A_SCREEN}|"
        r"\b(?:got|have|has)\s+(?:people|someone|somebody|eyes|men|lads)\s+watching\s+(?:you|your)\b|"
        r"\bwhen\s+(?:we|i|they)\s+(?:catch\s+up\s+with|get\s+hold\s+of|get\s+our\s+hands\s+on)\s+"
        r"you\b|\byou\s+won'?t\s+be\s+(?:smiling|laughing)\s+(?:when|for\s+(?:much\s+)?long(?:er)?|after|"
        r"much\s+longer)\b"
        rf"(?!\s+(?:the\s+)?(?:next\s+)?{ELECTION}\b)"
        # not a complaint: "You won't be smiling when you see the state of the playground."
        r"(?!\s+you\s+(?:see|hear|read|get|open)\s+(?:the|your)\s+(?:state|bill|cost|price|results?|"
        r"figures|news|report|survey|plans?|queue|traffic|council\s+tax|parking)\b)|"
        # "Pray you never meet me in a dark car park."
        r"\bpray\s+(?:that\s+)?(?:you|we)\s+never\s+(?:meet|bump\s+into|run\s+into|cross\s+paths\s+with)\s+"
        r"(?:me|us|my\s+(?:mates|lads|boys|friends))\b|"
        r"\byou\s+(?:never\s+)?(?:meet|see|catch|find|bump\s+into|run\s+into)\s+(?:me|us)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:in|down)\s+a\s+dark\s+(?:alley|car\s+park|lane|street|underpass)\b|"
        r"\b(?:to|round|at|outside)\s+your\s+(?:surgery|house|home|door|doorstep|office|street)\s+"
        r"mob[- ]?handed\b|\byou\s+(?:[\w-]+\s+){0,3}(?:in|down)\s+a\s+dark\s+alley\b|"
        # not when the reader loses office: "You won't be so smug when you're in opposition."
        r"\byou\s+won'?t\s+be\s+so\s+(?:brave|tough|cocky|smug|clever|gobby)\s+when\b(?![^.!?]*\b(?:"
        r"opposition|elections?|by-elections?|ballot|polls?|votes?|voted|count|results?|deselected|"
        r"(?:lose|lost)\s+(?:your\s+|the\s+|in\s+)?(?:seat|majority|job|ward|deposit|may)|defeated|out\s+of\s+"
        r"(?:office|a\s+job|power)|papers|press|ombudsman|standards)\b)|"
        r"\bsee\s+how\s+(?:brave|tough|hard|cocky|smug|clever|gobby)\s+you\s+are\s+when\b|"
        r"\bbe\s+waiting,?\s+(?:and\s+)?so\s+will\s+(?:my|the|some\s+of\s+my)\s+(?:friends|mates|lads|"
        r"boys)\b|"
        r"\ba\s+word\s+with\s+you\b[^.!?]{0,25}?\boutside\s*(?:[.!]|$)|"
        r"\bknowing\s+(?:we'?re|we\s+are|i'?m|i\s+am|they'?re|they\s+are)\s+(?:nearby|close\s+by|"
        r"close|around|outside|watching)\b|"
        r"\bfind\s+out\s+(?:the\s+hard\s+way\s+)?what\s+happens\s+to\s+(?:traitors|grasses|people\s+"
        r"like\s+you|councillors\s+(?:like\s+you|who))\b|"
        r"\boutside\b[^.!?]{0,40}?\bjust\s+(?:you\s+and\s+me|me\s+and\s+you)\b|"
        r"\bjust\s+(?:you\s+and\s+me|me\s+and\s+you)\b[^.!?]{0,20}?\boutside\b|"
        # watched or followed: not "I've been watching you on the webcast"
        r"\b(?:i|they)(?:'ve|\s+have)\s+been\s+watching\s+you(?=\s*(?:[.!,]|$|closely|every|come|"
        r"go|leave|for\s+(?:a\s+while|weeks|months|days|some\s+time)))|"
        # and the home or the family watched (not while the person is away)
        rf"\b(?:i|we|they)(?:'ve|\s+have)\s+been\s+watching\s+your\s+(?:house|home|flat|place|street|door|"
        rf"office|surgery|car|{FAMILY})\b(?=\s*(?:[.!]|$|closely|every|come|go|leave|walk|for\s+(?:a\s+"
        r"while|weeks|months|days|some\s+time)))(?![^.!?]*\b(?:while\s+you|away|holidays?|for\s+you)\b)|"
        # "Smile, we're watching you at the surgery every week." (not on the webcast)
        r"\b(?:i'?m|i\s+am|we'?re|we\s+are|they'?re|they\s+are)\s+(?:always\s+)?watching\s+you\b"
        r"(?=\s*(?:[.!]|$|,\s*councillor\s*(?:[.!]|$)|(?:at|outside|in)\s+(?:your|the)\s+(?:surgery|house|"
        r"home|office|flat|street|car\s+park)|every\s+(?:day|night|week|morning|evening|time|step)|all\s+"
        rf"the\s+time|wherever|when\s+you|day\s+and\s+night|24/?7)){NOT_ON_A_SCREEN}|"
        rf"\b(?:i|we|they|someone|somebody)\s+(?:followed|(?:have\s+|'ve\s+)?been\s+following)\s+"
        rf"(?:you|your\s+{FAMILY})\s+(?:home|to\s+(?:your|school|work)|back\s+to)\b",
        0.6,
    ),
    _rule(
        "what_is_coming",
        "promises that the person will get what is coming to them, or that time is running out",
        r"\bget\s+what'?s\s+coming\b|\bget\s+what\s+(?:is\s+)?coming\b|"
        # of another, wished: "I hope every lesbian in this town gets what's coming." (not "Guess she
        # gets what's coming to her like everyone else", which is her due)
        r"\b(?:hope|hoping|wish|make\s+sure)\s+(?:[\w'-]+\s+){1,6}?gets\s+what(?:'s|\s+is)\s+coming\b|"
        # not praise: "Can't wait to see you get what you deserve at the awards, you've worked hard."
        r"\bget\s+what\s+(?:you|they)\s+deserve\b(?![^.!?]*\b(?:awards?|prizes?|medals?|promotion|"
        r"worked|well\s+done|congratulat\w*|credit|thanks|recognition)\b)|"
        # what a kind of woman gets: "She'll get what all lippy birds get in the end.", "Can't wait to
        # see you get what women like you deserve."
        r"\bget\s+what\s+(?:all\s+)?(?:[\w-]+\s+)?(?:birds|women|girls|bitches|slags|cows|feminists|traitors|"
        r"grasses|snitches)\s+(?:get|deserve)\b|"
        r"\bget\s+what\s+(?:women|girls|people|men|councillors|traitors)\s+like\s+(?:you|her|him)\s+"
        r"(?:get|deserve)\b|"
        # death foretold: "You're gonna die.", "you are going to die for this", not "you're
        # gonna die a virgin", "... die of embarrassment", "... die laughing when you see it"
        r"\b(?:you'?re|you\s+are|ur|u\s+r|you\s+r)\s+(?:going\s+to|gonna|gunna)\s+die\b"
        r"(?=\s*(?:[.!,;]|$|soon|tonight|tomorrow|today|now|slowly|painfully|for\s+(?:this|that|what)|"
        r"like\s+(?:a|the|your)|when\s+(?:i|we)|if\s+you|you\b|councillor|cllr|bitch|scum|mate))|"
        # "You won't see it coming." opening a sentence (not the past "I never saw it coming", nor a
        # twist in a plot: "The ending is brilliant, you won't see it coming.")
        r"(?:^|[.!?]\s*)(?:and\s+|so\s+)?you\s+(?:won'?t|will\s+not|will\s+never|'ll\s+never)\s+(?:even\s+)?"
        r"see\s+(?:it|us|me|them|what'?s)\s+coming\b(?![^\n]*\b(?:twists?|endings?|plot|films?|movies?|books?|"
        r"novels?|episodes?|series|show|panto|pantomime|party|punchline|finale|quiz)\b)|"
        # harm others would pay to watch: "plenty round here who'd pay to see you hurt"
        r"\b(?:pay|queue\s+up|line\s+up)\s+to\s+see\s+you\s+(?:hurt|dead|suffer|bleed|beaten|battered|"
        r"swing|hang|hanged|burn|in\s+(?:a\s+box|a\s+coffin|hospital|a\s+wheelchair))\b|"
        # a life called short: "you'll regret it for the rest of your short life"
        r"\b(?:rest|remainder|what'?s\s+left)\s+of\s+your\s+(?:\w+\s+)?short\s+(?:life|time)\b|"
        # not "Your days are numbered as chair, I hear you're stepping down"
        r"\byour\s+days\s+are\s+numbered\b(?!\s+as\s+(?:chair|leader|mayor|the\s+\w+))|"
        # the seat and then the life: "Your days as a councillor are numbered, and so are your days."
        r"\bnumbered\b[^.!?]{0,20}?\band\s+so\s+(?:are|is)\s+your\s+(?:days|life)\b|"
        # not "my final warning before I go to the ombudsman"
        r"\b(?:last|final)\s+warning\b(?![^.!?]*\b(?:before\s+(?:i|we)\s+(?:go|complain|report|"
        r"contact|write|take|call|escalate)|ombudsman|solicitor|legal|court|complaint|standards|"
        r"press|papers?|media|mp|election|vote)\b)|"
        r"\byou(?:'?ve|\s+have)\s+been\s+warned\b"
        # not a warning of a lawful action: "You have been warned, we will hold you to account"
        r"(?![^.!?]*\b(?:hold\s+you\s+(?:to\s+account|accountable|responsible)|ombudsman|solicitor|"
        r"legal|court|complaint|standards|press|papers?|media|election|vote|petition)\b)|"
        r"\bone\s+day\s+soon\b|"
        r"\b(?:do\s+you\s+)?know\s+what\s+happens\s+to\s+(?:councillors|people|politicians|traitors|grasses|"
        r"snitches|those|folk|women|men)\s+(?:who|like\s+you)\b|"
        r"\b(?:people|folk|everyone|half\s+the\s+town|the\s+whole\s+estate)\s+(?:who\s+)?want\s+you\s+dead\b|"
        r"\bdeserves?\s+(?:everything|all|whatever)\s+(?:that'?s|that\s+is|is)\s+coming\s+to\s+"
        r"(?:him|her|them|you)\b|"
        # "The leader of the council will be lucky to see Christmas." (not the next election)
        r"\b(?:will|'ll|would|'d)\s+be\s+lucky\s+to\s+(?:see|make\s+it\s+to|live\s+to\s+see|survive)\s+"
        r"(?:christmas|new\s+year|easter|the\s+(?:summer|weekend|end\s+of\s+the\s+(?:year|month|week))|"
        r"(?:his|her|your|their)\s+next\s+birthday|next\s+(?:week|month|year))\b|"
        r"\byou(?:'re|\s+are)\s+(?:living\s+)?on\s+borrowed\s+time\b|"
        # "it's the last vote you'll ever cast", "the last mistake you'll ever make"
        r"\blast\s+(?:vote|speech|meeting|decision|mistake|breath|election|surgery)\s+you'?(?:ll|\s+will)\s+"
        r"ever\b|"
        # "The next brick won't be through your window."
        r"\bnext\s+(?:brick|one|rock|stone|bottle|firework)\s+(?:won'?t|will\s+not)\s+(?:be|go)\s+"
        r"(?:through|at)\s+(?:your|the)\s+(?:window|door|windscreen)\b|"
        # "you'll be sorry you were ever born", "you'll rue the day"
        r"\bsorry\s+you\s+(?:were\s+ever|were|was\s+ever|was)\s+born\b|\brue\s+the\s+day\b|"
        r"\b(?:you'?ll|you\s+will|you'?re\s+going\s+to|you\s+are\s+going\s+to)\s+(?:live\s+to\s+)?"
        r"regret\s+the\s+day\b|"
        r"\bwish\s+you'?d\s+never\s+been\s+born\b|"
        r"\b(?:next|last)\s+one\s+won'?t\s+be\s+(?:so\s+)?(?:friendly|nice|polite|a\s+warning)\b|"
        r"\bmatter\s+of\s+time\s+(?:before|until|till)\s+(?:someone|somebody|they|we|something)\s+"
        r"(?:gets|get|hurts|catches|finds|comes\s+for|happens\s+to)\s+you\b|"
        r"\bmatter\s+of\s+time\s+(?:before|until|till)\s+(?:a\s+brick|something|petrol|a\s+fire|"
        r"someone|somebody)\s+(?:comes?|goes|is\s+thrown|gets\s+thrown|gets\s+put)\s+(?:through|"
        r"in|into)\s+your\b|"
        # "councillors like you don't last long round here", "you won't be around much longer"
        r"\b(?:people|councillors|politicians|men|women|folk|the\s+likes\s+of\s+you)\s+like\s+you\s+"
        r"(?:don'?t|never|won'?t)\s+last\s+(?:long|five\s+minutes)\b|"
        # not the bills: "Residents are in for a nasty surprise when the council tax lands"
        rf"\b{_GROUP}\b[^.!?]{{0,40}}?\b(?:are|is|'re)\s+(?:going\s+to|gonna|about\s+to)\s+get\s+a\s+(?:nasty|big|"
        r"rude|horrible|little)\s+surprise\b(?![^.!?]*\b(?:bills?|tax|prices?|rent|fees?|charges?|costs?)\b)|"
        rf"\b{WILL}\s+make\s+sure\s+(?:no|none\s+of\s+(?:them|you)|you\s+never|they\s+never)\b[^.!?]{{0,30}}?"
        r"\b(?:feels?|is|are|will\s+be)\s+safe\b|"
        r"\b(?:your|the|that|their)\s+(?:[\w'-]+\s+){0,2}?(?:house|home|car|office|surgery|shop|takeaway|"
        r"restaurant|mosque|synagogue|church|temple|gurdwara|camp|caravans?|hotel|hostel|flat)\s+(?:will|'ll|"
        r"is\s+going\s+to|is\s+gonna)\s+go\s+up\s+in\s+(?:flames|smoke)\b(?![^\n]*\b(?:demoli\w*|fire\s+"
        r"safety|inspect\w*|wiring|chip\s+pan|unless\s+(?:the|they|you)\s+(?:fix|repair|replace))\b)|"
        # a group told it will not last: "Those Somalis won't last long round here."
        rf"\b(?:those|these|the|any|no)\s+{_GROUP}\s+(?:won'?t|don'?t|never|will\s+not|do\s+not)\s+last\s+"
        r"(?:long|five\s+minutes|a\s+week)\s+(?:round|around|in|on|here)\b|"
        r"\bpay\s+(?:for\s+(?:it|this|that)\s+)?(?:with|in)\s+(?:their|your|his|her)\s+(?:own\s+)?(?:blood|"
        r"lives|life)\b|"
        r"\byou\s+won'?t\s+be\s+around\s+(?:much\s+longer|for\s+long|long)\b(?!\s+(?:as|on\s+the|in\s+"
        r"(?:the\s+)?(?:council|office|post|charge)|to\s+(?:chair|lead)))|"
        r"\b(?:they|the\s+police|police|your\s+(?:minders|security|bodyguards?))\s+(?:can'?t|cannot|"
        r"won'?t)\s+protect\s+you\s+(?:forever|for\s+ever|all\s+the\s+time|every\s+night|24/7)\b|"
        # an order with a body part running out: "Retire now, while you can still walk."
        # "You better pray I don't find you.", "Count your days."
        r"\bpray\s+(?:that\s+)?(?:i|we)\s+(?:don'?t|never|do\s+not)\s+(?:find|catch|see|meet)\s+you\b|"
        r"\bcount\s+your\s+days\b|\bcount\s+your\s+blessings\s+while\s+you\s+(?:still\s+)?can\b|"
        # tit for tat with a life: "If I lose my house, you lose your life."
        r"\bif\s+(?:i|we)\s+[^.!?]{1,40}?,?\s*(?:then\s+)?(?:you|u)\s+(?:lose|'ll\s+lose|will\s+lose)\s+your\s+"
        r"(?:life|lives|head|kneecaps|teeth|legs)\b|"
        r"\bwhile\s+you\s+(?:can\s+still|still\s+can|still\s+have\s+the\s+legs\s+to)\s+(?:walk|see|talk|"
        r"breathe|stand|run)\b|"
        r"\bwhile\s+you\s+(?:still\s+have|'ve\s+still\s+got|still\s+got)\s+(?:a\s+face|(?:your|all\s+your|"
        r"the\s+use\s+of\s+your)\s+(?:face|legs|teeth|kneecaps|fingers)|legs|teeth|kneecaps)\b|"
        # a compliment on the family with its menace after it: "Your little girl has a lovely
        # smile. For now."
        rf"\byour\s+(?:little\s+|lovely\s+|pretty\s+)?{FAMILY}\b[^\n]{{0,80}}?[.!,]\s*for\s+now\s*(?:[.!]|$)|"
        r"\b(?:are\s+you|you)\s+ready\s+to\s+die\b(?!\s+for\b)|"
        r"\bif\s+you\s+(?:just\s+)?(?:disappeared|vanished|went\s+missing|died)\s+(?:for\s+good|forever|"
        r"permanently|one\s+day)\b|"
        # "This town will be your grave."
        r"\b(?:this|that)\s+(?:town|place|estate|street|chamber|council|ward|city|village)\s+(?:will|'ll)\s+be\s+"
        r"your\s+(?:grave|graveyard|coffin|tomb|final\s+resting\s+place)\b|"
        r"\bevery\s+time\s+you\s+(?:open|lock|close|walk\s+out\s+of|leave|start)\s+your\s+(?:front\s+)?(?:door|"
        r"car|house|office)\b[^.!?]{0,10}?,?\s*(?:think\s+of|remember)\s+(?:me|us|this)\b|"
        r"\byou'?ll\s+lose\s+(?:a\s+lot\s+)?more\s+than\s+(?:your|the)\s+(?:seat|job|election|vote|majority|"
        r"deposit)\b(?![^.!?]*\b(?:respect|votes?|support|friends|reputation|credibility|dignity|trust)\b)|"
        # "I'll be at your next surgery. With friends. You won't like it."
        rf"\b{WILL}\s+be\s+at\s+your\s+(?:next\s+)?(?:surgery|house|home|door|office|meeting)\b[^\n]{{0,40}}?"
        r"\byou\s+(?:won'?t|will\s+not)\s+(?:like|enjoy)\s+it(?=\s*(?:[.!]|$))|"
        r"\byou\s+(?:(?:don'?t|do\s+not)\s+(?:want\s+to\s+(?:find\s+out|know|see)|know)|(?:have|'ve\s+got|"
        r"'ve|got)\s+no\s+idea)\s+what\s+(?:i'?m|i\s+am|we'?re|we\s+are|they'?re|they\s+are)\s+capable\s+"
        r"of\b|"
        r"\bnothing\s+to\s+lose,?\s+(?:and|but)\s+you(?:'ve|\s+have)\s+(?:got\s+)?everything\b|"
        r"\b(?:be\s+)?seeing\s+you\b[^.!?]{0,10}[.!,]?\s*sooner\s+than\s+you(?:'d|\s+would)?\s+"
        r"(?:like|think|expect)\b|"
        # not "your name is on the list" of speakers or guests
        r"\byour\s+name(?:\s+is|'s)\s+(?:now\s+)?on\s+(?:(?:a|our|my)\s+list\s*(?:[.!,]|$|now|councillor)|"
        r"(?:a|the|our|my)\s+hit\s+list\b)|"
        r"\bpeople\s+(?:have\s+been|get|got)\s+(?:hurt|killed|stabbed|beaten)\s+for\s+(?:less|a\s+lot\s+"
        r"less)\b|"
        r"\bpeople\s+(?:have|'ve)\s+(?:disappeared|vanished|gone\s+missing)\s+for\s+(?:a\s+lot\s+)?less"
        r"(?:\s+than\s+(?:that|this|what\s+you(?:'ve|\s+have)\s+done))?(?=\s*(?:[.!,]|$))|"
        # an ultimatum left open: "Resign or else."
        r"\bor\s+else\s*(?:[.!]|$)|"
        r"\byou(?:'ll|\s+will)?\s+(?:deserve|get)\s+(?:everything|all|whatever)\s+(?:that'?s|"
        r"that\s+is|what'?s|what\s+is|that)\s+coming\b|"
        # not a will-writing service: "make your will for free at the library"
        r"\b(?:hope|hoping|trust)\s+you(?:'ve|\s+have)\s+(?:made|written|got|updated|sorted)\s+"
        r"(?:a|your)\s+will\b|\b(?:make|write|update|sort\s+out)\s+your\s+will\b(?![^.!?]*\b(?:"
        r"solicitors?|advice|free|service|clinic|week|scheme|workshop|session|charity|library)\b)|"
        r"\bevery\s+dog\s+has\s+its\s+day\b[^.!?]{0,30}?\byours\b|\byour\s+day\s+(?:is|'s)\s+"
        r"coming\b(?!\s+(?:to|at|in|on|up)\b)|"
        rf"\b(?:say\s+goodbye\s+to|enjoy|make\s+the\s+most\s+of|hug|kiss|spend\s+time\s+with)\s+"
        rf"(?:your\s+(?:{FAMILY}|life|legs|face|teeth|loved\s+ones)|them|her|him)\s+while\s+you\s+"
        r"(?:still\s+)?can\b|"
        r"\b(?:shut|silence)\s+you\s+(?:up\s+)?(?:for\s+good|permanently|forever|once\s+and\s+for\s+"
        r"all)\b|"
        r"\b(?:until|till|before)\s+(?:someone|somebody)\s+(?:finally\s+)?(?:shuts?\s+you\s+up|"
        r"gets?\s+(?:to\s+)?you|deals?\s+with\s+you|sorts?\s+you\s+out|does\s+you\s+in|finish(?:es)?\s+"
        r"you\s+off|ends?\s+you)\b|"
        # "you're not going to make it to polling day", said of the writer's reader
        r"\byou(?:'re|\s+are)\s+not\s+(?:going\s+to|gonna)\s+(?:make\s+it\s+to|see|live\s+to\s+see|"
        r"survive)\s+(?:polling\s+day|christmas|new\s+year|easter|your\s+next\s+birthday|the\s+"
        r"(?:weekend|summer|spring|new\s+year)|next\s+(?:week|month|year))(?=\s*(?:[.!,]|$|alive|if|"
        r"unless|councillor))",
        0.55,
    ),
    _rule(
        "you_will_pay",
        "says the person will pay, suffer or regret it (weak alone: also used of elections)",
        r"\b(?:you'?ll|you\s+will|you'?re\s+going\s+to|you\s+are\s+going\s+to|your\s+\w+\s+will)\s+"
        r"(?:pay|regret|suffer)\b(?!\s+(?:this|that|your|the)\s+(?:decision|vote|policy|plan|"
        r"choice|scheme)\b)|\bmake\s+you\s+(?:pay|suffer|bleed|regret)\b|"
        r"\byou(?:'ll|\s+will)\s+be\s+sorry\b",
        0.3,
        may_be_lawful=True,
    ),
    _rule(
        "harm_to_home_or_family",
        "threatens the person's home, car, office or family (fire, bricks, 'a shame if ...')",
        r"\b(?:shame|pity|awful|terrible|tragic|sad)\s+if\s+(?:something|anything)\s+(?:\w+\s+)?"
        r"(?:happened|were\s+to\s+happen|was\s+to\s+happen|happens)\b|"
        r"\bpray\s+(?:that\s+)?nothing\s+(?:bad\s+)?happens\s+to\s+(?:you|your)\b|"
        # "Your office would go up like a tinderbox.", "The flat above your office would go up nicely."
        r"\b(?:the\s+\w+\s+(?:above|next\s+to|behind|below|beside|opposite)\s+)?your\s+(?:[\w'-]+\s+)?"
        r"(?:house|home|car|office|surgery|shop|flat|place)\s+would\s+go\s+up\s+(?:like\s+(?:a\s+)?"
        r"(?:tinderbox|bonfire|torch|matchbox|rocket)|nicely|a\s+treat|in\s+(?:flames|smoke|seconds)|"
        r"so\s+(?:easily|quickly|fast))\b|"
        r"\bdon'?t\s+bother\s+locking\s+your\s+(?:doors?|car|house|windows)\b|"
        # menace put as a question: "How would you feel if your house burned down one night?" (not
        # "... flooded every winter"), "What would you do if someone hurt your kids?"
        rf"\bhow\s+would\s+you\s+feel\s+if\s+your\s+(?:{FAMILY}|house|home|car|office|surgery|windows)\s+"
        r"(?:burned|burnt|got\s+(?:burned|burnt|torched|hurt|attacked|bricked|smashed)|caught\s+fire|went\s+up|"
        r"(?:was|were)\s+(?:attacked|torched|burned|burnt|hurt|taken))\b|"
        r"\bwhat\s+would\s+you\s+do\s+if\s+(?:someone|somebody|we|i)\s+(?:hurt|attacked|burned|torched|"
        r"took|followed|found)\s+your\b|"
        r"\bwhat\s+would\s+you\s+do\s+if\s+(?:someone|somebody|we|i)\s+set\s+(?:fire\s+to\s+your\b|your\s+"
        r"(?:[\w'-]+\s+)?\w+\s+(?:alight|on\s+fire|ablaze)\b)|"
        rf"\bwhat\s+would\s+your\s+{FAMILY}\s+do\s+without\s+you\b|"
        rf"\bhow\s+would\s+your\s+{FAMILY}\s+cope\b[^.!?]*\b(?:widow|widower|orphans?|without\s+you)\b|"
        r"\b(?:ever\s+seen|seen|know|imagine)\s+what\s+(?:petrol|acid|a\s+brick|fire|a\s+petrol\s+bomb)\s+"
        r"(?:does|can\s+do)\s+to\s+(?:a|your)\s+(?:front\s+)?(?:door|face|house|car|skin)\b|"
        # the protection racket: "What's it worth to you to keep your windows intact?"
        r"\bkeep\s+your\s+(?:windows|car|house|face|legs|kneecaps|shop|office)\s+(?:intact|in\s+one\s+piece)\b|"
        # not an advice session: "Is your life insurance in order? Our free session can help."
        r"\bis\s+your\s+life\s+insurance\s+(?:up\s+to\s+date|paid\s+up|sorted|in\s+order)\b(?![^\n]*\b(?:advice|"
        r"advisers?|sessions?|free|reviews?|scheme|workshops?|seminars?|quotes?|compare|broker)\b)|"
        # "That councillor's windows are going in tonight."
        rf"\b(?:your|his|her|their|{NAMED}'?s?)\s+(?:front\s+|car\s+|office\s+)?windows?\s+(?:are|is|'re|'s)\s+"
        r"(?:going\s+in|getting\s+(?:put\s+|smashed\s+)?in|coming\s+in)\b"
        r"(?![^.!?]*\b(?:fitter|fitters|fitted|fitting|glazier|glazing|installed|installer|replacement|"
        r"builders?|contractors?)\b)|"
        # "We've been following your wife's car." (not "your blog")
        rf"\b(?:we'?ve|i'?ve|we\s+have|i\s+have)\s+been\s+(?:following|tailing|photographing)\s+"
        rf"your\s+(?:{FAMILY}|car|house|home|wife's|husband's|kids'|son's|daughter's|partner's)\b|"
        r"\b(?:i'?ve|i\s+have|we'?ve|we\s+have|someone'?s|someone\s+has)\s+been\s+(?:parked|sat|sitting|"
        r"waiting|standing)\s+outside\s+your\s+(?:house|home|flat|door)\s+(?:since|for\s+(?:days|"
        r"hours|weeks|a\s+week)|every\s+(?:night|day|evening))\b|\b(?:shame|pity)\s+if\s+it\s+caught\s+fire\b|"
        r"\byour\s+(?:family|kids|children|wife|husband|partner|house|home)\s+"
        r"(?:isn'?t|aren'?t|is\s+not|are\s+not|won'?t\s+be)\s+safe\b|"
        r"\b(?:petrol|fire|a\s+brick|bricks|acid|a\s+petrol\s+bomb)\s+(?:through|in|into)\s+"
        r"(?:your|the)\s+(?:letterbox|windows?|windscreen|front\s+window|door|face)\b|"
        r"\bpetrol\s+bomb\b|"
        # the means and the address: "I've got a can of petrol and your address."
        r"\b(?:i'?ve\s+got|i\s+have|i\s+got|we'?ve\s+got|we\s+have)\s+(?:a\s+|an\s+|some\s+|my\s+)?"
        r"(?:(?:can|gallon|jerry\s+can|bottle)\s+of\s+)?(?:petrol|knife|gun|shotgun|machete|baseball\s+bat|"
        r"axe|acid|rope|crowbar|lighter|matches)\b[^.!?]{0,40}?\byour\s+(?:address|postcode|house|home|car)\b|"
        # "Your office is very easy to get into at night."
        r"\byour\s+(?:office|house|home|flat|surgery|car|garage|shop)\s+(?:is|looks)\s+(?:very\s+|"
        r"really\s+|so\s+|pretty\s+|quite\s+)?easy\s+to\s+(?:break\s+into|get\s+into\s+(?:at\s+night|after\s+"
        r"dark)|set\s+(?:on\s+)?fire|burn)\b|"
        # "Your office windows are very easy to break." (not a plea for better locks)
        r"\byour\s+(?:[\w'-]+\s+)?(?:windows?|doors?|tyres|windscreen|letterbox)\s+(?:are|is|look|looks)\s+"
        r"(?:very\s+|really\s+|so\s+|pretty\s+|quite\s+)?easy\s+to\s+(?:break|smash|kick\s+in|put\s+in|slash|"
        r"puncture|force|set\s+(?:on\s+)?fire|burn)\b(?![^.!?]*\b(?:locks?|security|burglar\w*|thieves|"
        r"thefts?|insurance|glazing|glass|police|replace\w*|repair\w*)\b)|"
        # the reader's brakes, or "the brakes" said alone: not "... on that old minibus"
        rf"\b(?:shame|pity|terrible|awful|tragic)\s+if\s+(?:your\s+(?:car\s+)?brakes\s+{_BRAKES_FAIL}\b|"
        rf"the\s+(?:car\s+)?brakes\s+{_BRAKES_FAIL}(?=\s*(?:[.!,]|$))|(?:the|your)\s+(?:car\s+)?brakes\s+"
        r"(?:were|got)\s+(?:cut|tampered\s+with)\b)|"
        # the address spread about: "Your name's been passed around. Some of the lads are very
        # interested.", "people who know your address now"; not a friend warning the person
        r"(?:\byour\s+(?:name|details|photo|picture|face|number|phone\s+number|"
        r"car\s+reg|reg(?:istration)?)(?:'s|\s+has|\s+have|\s+is|\s+are)\s+(?:been\s+)?(?:(?:passed|handed|"
        r"spread|going|sent)\s+(?:a)?round|doing\s+the\s+rounds)\b|\bknows?\s+your\s+(?:home\s+)?address\s+"
        r"now\b)(?!\s+(?:as|for|that)\b)(?![^\n]*\b(?:thought\s+you|heads\s+up|let\s+you\s+know|warn\w*|"
        r"police|report\w*|remove\w*|taken\s+down|take\s+(?:it|them)\s+down|sorry|admins?|moderators?|"
        r"candidates?|nominat\w*|shortlist\w*|mayor|chair|leader|awards?|recommend\w*|praise\w*|"
        r"register|delivery|deliveries|parcels?|listens?|helpful|kind\w*|lovely|brilliant|someone\s+who|"
        r"thanks|thank\s+you|great\s+(?:job|work|councillor)|good\s+(?:councillor|egg|person|job|work))\b)|"
        # what is theirs not there tomorrow: "Your car won't be there tomorrow." (not towed away)
        r"\byour\s+(?:[\w'-]+\s+)?(?:car|van|house|home|shop|office|surgery|garage|shed|caravan)\s+"
        r"(?:won'?t|will\s+not|might\s+not|may\s+not)\s+(?:be\s+(?:there|standing|in\s+one\s+piece)|"
        r"last\s+the\s+night|see\s+the\s+morning)(?:\s+(?:tomorrow|in\s+the\s+morning|for\s+long|much\s+"
        r"longer|by\s+morning))?(?=\s*(?:[.!,]|$))(?![^\n]*\b(?:tow\w*|clamp\w*|parking|market|"
        r"resurfac\w*|roadworks|flood\w*|storm|demolition|sold|lease|landlord)\b)|"
        # "Wait until you see what I do to your car."
        r"\b(?:wait\s+(?:until|till|'?til)\s+you\s+see|you'?ll\s+see)\s+what\s+(?:i|we|they)(?:'ll|\s+will|"
        r"'m\s+going\s+to|'re\s+going\s+to)?\s+(?:do|does)\s+to\s+(?:you|your\s+(?:car|house|home|family|"
        r"kids|wife|husband|face|office|windows|surgery))\b|"
        # not for the weather: "Hope your insurance covers the flood damage, what a week."
        r"\b(?:hope|hoping|trust)\s+your\s+(?:house\s+|home\s+|car\s+|life\s+)?insurance\s+"
        r"(?:is|covers)\b(?![^.!?]*\b(?:flood\w*|storms?|water|leaks?|subsidence|weather|wind|gales?|"
        r"roof|burst|pipes?|hail|lightning|trees?|dents?|scratch\w*|potholes?|damp|snow|frost|boiler)\b)|\b(?:hope|hoping|trust)\s+you(?:'re|\s+are)\s+(?:well\s+|fully\s+)?insured\b"
        r"(?!\s+(?:for|against)\s+(?:flood|storm|the\s+(?:flood|storm|weather)))|"
        # a fate named for what is theirs: "be a shame to see it in pieces", "be a pity if your
        # dog went missing", "terrible if she didn't come home"
        r"\b(?:shame|pity)\s+to\s+see\s+(?:(?:it|that|them)\s+|your\s+(?:[\w'-]+\s+){1,2}?)(?:in\s+pieces|"
        r"smashed|broken|burn(?:ed|t|ing)|on\s+fire|go\s+up\s+in\s+(?:flames|smoke))\b|"
        r"\b(?:shame|pity)\s+(?:to\s+see|if\s+(?:someone|somebody|anyone)\s+\w+)\s+(?:her|his|their|your)\s+"
        r"(?:(?:pretty|lovely|little|nice|handsome)\s+)?faces?\s+(?:scarred|cut(?:\s+up)?|smashed(?:\s+in)?|"
        r"ruined|burnt|burned|messed\s+up|rearranged|slashed)\b|"
        r"\b(?:shame|pity|terrible|awful|tragic|tragedy)\s+if\s+(?:(?:she|he|they)\s+|your\s+"
        r"(?:[\w'-]+\s+){1,2}?)(?:went|goes|go)\s+missing\b|"
        rf"\b(?:shame|pity|terrible|awful|tragic|tragedy)\s+if\s+(?:she|he|they|your\s+{FAMILY})\s+"
        r"(?:didn'?t|never|did\s+not)\s+(?:come|came|get|got|make\s+it|made\s+it)\s+home\b"
        r"(?![^.!?]*\b(?:street\s*lights?|lights?|lamps?|unlit|crossing|bus(?:es)?|trains?)\b)|"
        r"\byour\s+(?:[\w'-]+\s+){0,2}?(?:car|house|home|van|shop|office|front)\s+would\s+look\s+"
        r"(?:(?:much|far|a\s+lot|so\s+much|way|even)\s+)?(?:better|nicer|good)\s+(?:with\s+(?:no|its|the)\s+"
        r"(?:windows|windscreen|tyres)|on\s+fire|"
        r"burnt\s+out|smashed\s+up)\b|"
        # orphaned or widowed by what is coming
        rf"\byour\s+{FAMILY}\s+(?:will|'ll|are\s+going\s+to|is\s+going\s+to)\s+be\s+(?:orphans?|"
        r"orphaned|a\s+widow(?:er)?|widowed|fatherless|motherless)\b|"
        # "your surgery would make a great bonfire", "your car looks very flammable"
        r"\byour\s+(?:[\w'-]+\s+)?(?:house|home|car|office|surgery|shop|door|flat|caravan|van|garage|"
        r"shed|place|curtains|windows?)\s+(?:would|will|'d|could)\s+(?:make\s+a\s+(?:\w+\s+)?bonfire|"
        r"burn\s+(?:nicely|well|beautifully|easily|lovely|a\s+treat|quickly))\b|"
        # "Your house will burn just like the library you closed."; not a boiler that will burn
        # less oil
        r"\byour\s+(?:[\w'-]+\s+)?(?:house|home|car|office|surgery|shop|flat|caravan|van|garage|"
        r"place)\s+(?:will|'ll|is\s+going\s+to|is\s+gonna)\s+(?:burn|go\s+up\s+in\s+(?:flames|smoke))"
        r"\b(?!\s+(?:less|more|through|off|energy|fuel|oil|gas|coal|wood|calories))|"
        # "Your constituency office will be ash by Monday." (not a demolition notice)
        r"\byour\s+(?:[\w'-]+\s+)?(?:house|home|car|office|surgery|shop|flat|caravan|van|garage|"
        r"place)\s+(?:will|'ll|is\s+going\s+to)\s+be\s+(?:(?:a\s+pile\s+of\s+)?ash(?:es)?|burnt\s+out|"
        r"burned\s+out|(?:a\s+)?smoking\s+ruins?|in\s+flames|on\s+fire|a\s+crater|burnt\s+to\s+the\s+"
        r"ground|burned\s+to\s+the\s+ground)(?=\s*(?:[.!,]|$|by|tonight|tomorrow|soon|before|within|"
        r"this|next|if|when|once))(?![^\n]*\b(?:demoli\w*|contractors?|redevelop\w*)\b)|"
        r"\byour\s+(?:[\w'-]+\s+)?(?:house|home|car|office|surgery|shop|door|flat|caravan|van|garage|"
        r"shed|place|curtains)\s+(?:looks?|is|seems?)\s+(?:very\s+|quite\s+|really\s+|awfully\s+|"
        r"rather\s+)?(?:flammable|combustible|inflammable)\b|"
        r"\b(?:hope|hoping|trust)\s+your\s+(?:car\s+)?brakes\s+(?:are|work)\b|"
        r"\bbetter\s+hope\s+(?:the|your)\s+(?:car\s+)?brakes\s+(?:hold|work|don'?t\s+fail|are\s+good)(?:\s+on\s+"
        r"(?:that|the)\s+(?:hill|bend|lane|road))?(?=\s*(?:[.!]|$|,?\s*councillor))|"
        r"\byour\s+(?:kids|children|son|daughter|sons|daughters)\s+(?:will|'ll)\s+grow\s+up\s+without\s+"
        r"(?:a|their|his|her)\s+(?:mother|father|mum|dad|parent)\b|"
        r"\b(?:shame|pity)\s+if\s+your\s+(?:\w+\s+){0,2}(?:burn(?:ed|t)\s+down|caught\s+fire|"
        r"went\s+up\s+in\s+flames|got\s+(?:smashed|burn(?:ed|t)|torched|vandalised|wrecked|"
        r"damaged)|had\s+an\s+accident)\b|"
        # windows put in after dark: not new ones fitted ("... got put in before the frames dried")
        r"\b(?:shame|pity)\s+if\s+your\s+(?:\w+\s+)?windows?\s+(?:got|were|was|went)\s+(?:put\s+|kicked\s+|"
        r"smashed\s+)?in\b(?=\s*(?:[.!,]|$|one\s+night|tonight|some\s+night|overnight|by\s+accident))|"
        # to the person or theirs: "Resign before something happens to your family."
        r"\bbefore\s+(?:something|anything)\s+(?:bad\s+|nasty\s+)?happens\s+to\s+"
        rf"(?:you\b|your\s+(?:{FAMILY}|house|home|car)\b)|"
        r"\bsomething\s+(?:bad\s+|nasty\s+|terrible\s+)?(?:will|is\s+going\s+to|'s\s+going\s+to)\s+"
        r"happen\s+to\s+you\b|"
        r"\b(?:slash(?:ed)?|let\s+down|knife)\s+your\s+tyres\b|\b(?:hope\s+you\s+like|enjoy)\s+your\s+"
        r"(?:new\s+)?tyres\b|"
        r"\b(?:burn|torch)\s+(?:your|you)\b|\bburn\s+you\s+out\b|\bgoes?\s+up\s+in\s+flames\b|"
        r"\bwhat\s+happens\s+to\s+your\s+(?:kids|children|family)\b|"
        # a dare ("Keep talking and see what happens.", "See what happens if you vote for it"), or
        # what happens to the person; not the everyday "let's wait and see what happens at the
        # meeting", "try the new route and see what happens", or "... at the ballot box"
        r"\b(?:keep|carry\s+on|go\s+ahead|do\s+(?:it|that|this)|try\s+(?:it|me|that)|push\s+(?:it|me)|"
        r"cross\s+me|say\s+that|touch|vote|push|ignore\s+(?:me|us|this)|dare)\b"
        # not a complaint taken further: "Say that to the planning committee and see what happens."
        r"(?![^.!?]*\b(?:committee|ombudsman|inspector|tribunal|court|officers?)\b)[^.!?]{0,40}?\band\s+"
        r"(?:just\s+)?(?:see|watch)\s+what\s+happens\b(?=\s*(?:[.!]|$|,?\s*councillor|to\s+(?:you|your|ya|u)\b))|"
        r"(?:^|[.!?]\s*)(?:just\s+)?(?:see|watch)\s+what\s+happens\s+(?:if|when)\s+you\b|"
        r"\b(?:see|watch)\s+what\s+happens\s+to\s+(?:you|ya|u|your\s+(?:[\w'-]+\s+)?(?:house|home|car|"
        r"office|surgery|family|kids|children|wife|husband|windows?|door|shop|dog|cat|face))\b|"
        r"\bwhat\s+happens\s+to\s+(?:[\w-]+\s+){1,2}like\s+(?:you|ya|u)\b|"
        # "I'd hate for your kids to find out what happens to liars." (not at the ballot box)
        r"\b(?:find\s+out|learn|see|know|remember|discover)\s+what\s+happens\s+to\s+(?:liars|traitors|"
        r"grasses|snitches|rats|people\s+(?:who|that)\s+(?:lie|cross|betray|grass|snitch))\b"
        rf"(?![^.!?]*\b(?:{ELECTION}|polls?|voters?)\b)|"
        r"\bwalks?\s+the\s+dog\s+alone\b|"
        r"\bnice\s+(?:family|house|home|car|kids|wife|husband)\s+(?:you'?ve\s+got|you\s+have|you\s+got)\b|"
        r"\b(?:don'?t|do\s+not|wouldn'?t)\s+be\s+surprised\s+if\s+(?:your|you|something|someone)\b"
        r"(?!\s+(?:get|gets|receive|see|hear|start\s+getting)\s+(?:a\s+lot\s+of|lots\s+of|loads\s+of|more|"
        r"many|some|plenty\s+of|a\s+flood\s+of|a\s+few|a\s+petition|letters|emails|complaints|calls)\b)"
        r"(?![^.!?]*\b(?:lose|losing|lost)\s+(?:your\s+|the\s+|a\s+lot\s+of\s+)?(?:seat|majority|deposit|"
        r"election|votes?|vote|support)\b)"
        r"(?![^.!?]*\b(?:are|were|i'?m|i\s+am|we'?re|we\s+are)\s+(?:so\s+|that\s+|very\s+|really\s+)?"
        r"(?:keen|grateful|thankful|delighted|pleased|excited)\b)|"
        r"\byour\s+windows?\s+(?:go|goes|get|gets)\s+(?:in|put\s+in|smashed|broken)\b|"
        # the family made to pay for what the person did; not "your kids will pay more council
        # tax" or "your children will suffer for this decision", which are complaints
        rf"\byour\s+{FAMILY}\s+(?:will|'ll|are\s+going\s+to|is\s+going\s+to)\s+(?:pay|suffer)"
        r"(?:\s*(?:[.!]|$)|\s+for\s+(?:it|this|that)\s*(?:[.!]|$)|\s+for\s+what\s+you)",
        0.65,
    ),
    _rule(
        "knows_family_routine",
        "shows they know the routine of the person's family ('your kids walk to school past "
        "our estate, don't they?')",
        # the family named, then "she" or "he": "Tell your wife I said hello. She walks the dog at
        # seven, doesn't she?" (the greeting's "tell" is the writer's, not a report)
        rf"\b(?:your\s+(?:{FAMILY}|kid)(?:'s|')?|(?:tell\s+)?your\s+{FAMILY}\b[^.!?]{{0,40}}[.!?]\s+(?:she|he|they))\s+"
        r"(?:[\w'-]+\s+){0,4}(?:walks?|goes|go|leaves?|gets?|plays?|drives?|parks?|ends?|"
        r"catch(?:es)?|takes?|comes?|waits?|finish(?:es)?|starts?)\b[^.?!]{0,60}?"
        # the route, the hour or being alone is what makes it menace: "your son plays for the
        # under-12s, doesn't he?" is small talk
        r"\b(?:past|alone|on\s+(?:their|her|his)\s+own|by\s+(?:herself|himself|themselves)|"
        r"every\s+(?:day|morning|night|evening|week)|(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:car|van|fiesta|"
        r"corsa|golf|polo|focus|mini|estate|hatchback|suv|4x4)|at\s+(?:\d|one|two|three|four|five|six|seven|eight|"
        r"nine|ten|eleven|twelve|half|quarter)|the\s+same\s+(?:time|way)|"
        r"(?:down|along|through|via|across)\s+(?:[\w'-]+\s+)?(?:lane|road|street|avenue|way|close|drive|"
        r"park|alley|path|estate|woods?|fields?|rec))\b"
        r"[^.?!]{0,60}?,?\s+"
        rf"(?:don'?t|doesn'?t|do|does|isn'?t|aren'?t|won'?t|didn'?t)\s+(?:they|she|he|it|you)\s*[?.]"
        # nor a hazard on the way: "... past the canal, don't they? The towpath lights are out."
        rf"{NO_HAZARD_AFTER}"
        # not a fellow parent: "... doesn't he? Mine too, the pavement is awful."
        r"(?!\s*(?:mine|ours|my\s+\w+|our\s+\w+|so\s+(?:does|do|is|are)\s+(?:mine|ours))\b)|"
        # not a fellow parent: "I know your kids go to St Mary's too, so ...", "I know which school
        # your kids go to because mine go there too"
        rf"(?:\b(?:i|we|they)\s+know\s+(?:what\s+time|when|which\s+way|which\s+school|where)\s+"
        rf"your\s+{FAMILY}\b|"
        rf"\b(?:i|we|they)\s+know\s+(?:that\s+)?your\s+{FAMILY}\s+(?:go|goes|attend|attends|"
        r"walk|walks|play|plays)\s+(?:to|at|in|past)\b)"
        r"(?![^.!?]*\b(?:too|as\s+well|so\s+you|like\s+mine|mine\s+(?:go|goes|do|does)|with\s+my|"
        r"same)\b)|"
        # where the children go to school, and "Just saying."
        r"\b(?:kids|children|son|daughter|boy|girl)\s+(?:go|goes|attend|attends)\s+(?:to\s+)?[^.!?]{1,40}[.!?]\s*"
        r"just\s+sayin[g']?\b|"
        # seen where a child is left alone ("I saw your daughter at the school gates today")
        rf"\b(?:i|we)(?:'ve|\s+have)?\s+(?:saw|seen|spotted|watched)\s+your\s+{FAMILY}\s+"
        r"(?:[\w'-]+\s+){0,2}?(?:(?:at|outside|near|by|leaving)\s+(?:the\s+)?(?:school\s+gates?|"
        r"nursery|bus\s+stop|school(?=\s*(?:[.,!]|$|today|yesterday|this|again)))|"
        r"alone|on\s+(?:her|his|their)\s+own|walking\s+home)\b",
        0.6,
    ),
    _rule(
        "direct_harm",
        "states an intention to kill, hurt or attack the person or a group",
        rf"\b{WILL}\s+{ANY_WORD_BUT_A_DENIAL}{HARM}\w*\s+(?:{YOU}|him|her|them|every|any|all|some|the\s+next|"
        r"that|this\s+councillor|councillors?)\b|"
        rf"\b{WILL}\s+{ANY_WORD_BUT_A_DENIAL}{HARM_A_PERSON}\w*\s+(?:you|u|ya|yer|yourself)\b"
        # not sought out for a photo: "I'll be hunting you down at the fete for a selfie"
        r"(?!\s+down\b[^.!?]{0,40}?\bfor\s+(?:a|an|the|your)\s+(?:photo|selfie|picture|chat|signature|"
        r"autograph|quote|interview|coffee|pint|drink|copy)\b)|"
        rf"\b{WILL}\s+(?:find|hunt)\s+{YOU}\b|\bi'?m\s+going\s+to\s+end\s+you\b|"
        # harm after an order, its "will" left out: "Fix it before I kill you.", "Shut up or I
        # kill you." (not an apology, "sorry if I or we hurt you", nor "... or we beat you at the
        # election")
        r"(?:^|[.!?]\s*)(?:(?!\b(?:sorry|apologi[sz]e|whether|never|didn'?t\s+mean)\b)[^.!?])*?"
        r"\b(?:before|or(?:\s+else)?|otherwise|until|till)\s+(?:i|we)\s+(?:come\s+(?:round\s+)?and\s+)?"
        rf"(?:{HARM}|{HARM_A_PERSON})\w*\s+(?:you|u|ya|yer)\b(?!\s+(?:off|short|to\s+it|up\s+on|"
        rf"some\s+slack)\b){_NOT_AT_THE_POLLS}|"
        rf"\b{WILL}\s+make\s+your\s+life\s+(?:a\s+)?(?:living\s+)?(?:hell|misery|nightmare)\b|"
        rf"\b{WILL}\s+do\s+(?:you|u|ya)\s+(?:so\s+bad|good\s+and\s+proper|over|in)\b|"
        # British words for a blow, each only as it is, before "you" ("I'll deck you", not "we'll
        # deck you out in the team colours", "lampoon you" or "nutmeg you"); "I'll do you." ending it
        rf"\b{WILL}\s+{ANY_WORD_BUT_A_DENIAL}(?:deck|leather|stripe|twat|lamp|chin|nut|floor|kneecap|bottle)\s+"
        r"(?:you|u|ya|yer)\b(?!\s+out\b)|"
        rf"\b{WILL}\s+do\s+(?:you|u|ya)\s*(?:[.!]|$)|"
        rf"\b{WILL}\s+set\s+(?:you|u|ya|yer|your\s+\w+)\s+(?:alight|on\s+fire|ablaze)\b|"
        r"\bput\s+(?:you|u|ya|yer)\s+down\s+like\s+(?:a\s+)?(?:dog|animal)\b|"
        r"\b(?:you'?re|you\s+are|you'?ll\s+be|ur)\s+brown\s+bread\b|"
        # safety sold on a condition: "I won't hurt you if you resign.", "... as long as you do
        # what we say."
        r"\b(?:i|we)(?:\s+won'?t|\s+will\s+not|\s+wouldn'?t|\s+would\s+not|'?m\s+not\s+going\s+to|"
        r"\s+am\s+not\s+going\s+to|'?re\s+not\s+going\s+to)\s+(?:hurt|harm|touch)\s+"
        rf"(?:you|u|ya|your\s+{FAMILY}),?\s+(?:if|as\s+long\s+as|so\s+long\s+as|provided(?:\s+that)?|"
        r"unless)\s+(?:you|u)\b|"
        # harm offered as a question: "Do you want to die?" (not "... to die of boredom"), "Want a
        # slap?", "Fancy a trip to A&E?", "Shall I come round and sort you out?"
        r"\b(?:(?:do|d'?)\s*)?(?:you|u|ya)\s+want\s+(?:to\s+die|a\s+(?:slap|kicking|beating|smack|punch|"
        r"good\s+hiding))\s*(?:[?.!,]|$|or\b)|\b(?:want|fancy)\s+a\s+(?:slap|kicking|beating|smack)\s*\?|"
        r"\bfancy\s+a\s+(?:trip|visit|night|stay)\s+(?:to|in)\s+(?:a&e|a\s+and\s+e|hospital|the\s+morgue|"
        r"intensive\s+care)\s*(?:[?.!]|,?\s*(?:councillor|cllr|mate)\b|$)|"
        rf"\b(?:shall|should)\s+(?:i|we)\s+(?:come\s+round\s+and\s+)?(?:{HARM}|sort|deal\s+with|"
        r"batter|do)\s+(?:you|u|ya)(?:\s+out|\s+in)?\s*\?|"
        # "One more word and you're getting it.", "Better hope I never catch you alone."
        r"\bone\s+more\s+(?:word|peep|post|tweet|vote|complaint|comment)(?:\s+(?:out\s+of|from)\s+you)?"
        r",?\s+and\s+(?:you'?re|you\s+are|you'?ll\s+be|ur)\s+(?:getting\s+it(?!\s+(?:done|fixed|sorted|"
        r"sent|back|in|out|repaired|looked|checked))|dead|done\s+for|finished|in\s+hospital)\b|"
        r"\b(?:better|best)\s+hope\s+(?:i|we)\s+(?:never|don'?t)\s+(?:catch|see|find|meet)\s+you\b|"
        r"\b(?:got|have)\s+your\s+(?:home\s+)?address\b[^.!?]{0,30}?\band\s+(?:a|some|my)\s+(?:can\s+of\s+"
        r"petrol|petrol|knife|gun|bat|baseball\s+bat|crowbar|hammer|machete|matches|lighter)\b|"
        # bones broken by the writer or on an order: "I'll break your jaw", "Kick her out and then
        # break her legs"; not the warning "you'll break your neck on those steps"
        rf"(?:\b{WILL}\s+{ANY_WORD_BUT_A_DENIAL}|{CLAUSE_START}(?:and\s+)?(?:then\s+)?|\band\s+(?:then\s+)?)"
        r"(?:break|snap|smash)\s+(?:your|ur|yer|her|his|their)\s+(?:\w+\s+)?(?:legs?|arms?|jaw|nose|"
        r"fingers?|kneecaps?|knees?|ribs?|skull|teeth|wrists?|neck)\b|"
        rf"\b(?:someone|somebody|one\s+of\s+us)(?:'s|\s+is)\s+(?:going\s+to|gonna)\s+{ANY_WORD_BUT_A_DENIAL}"
        rf"(?:{HARM}|{HARM_A_PERSON})\w*\s+(?:you|u|ya|yer)\b|"
        r"\bset\s+(?:the|my|our|a)\s+dogs?\s+on\s+you\b|"
        # harm promised at the person's home in a longer message: "I will come to your house
        # and smash every window"
        rf"\b{WILL}\s+(?:come|go|turn\s+up|be)\s+(?:to|round|over|round\s+to|at)\s+your\s+(?:house|"
        rf"home|place|office|surgery|door)\s+and\s+(?:[\w'-]+\s+){{0,2}}?(?:{HARM}|{HARM_A_PERSON}|"
        r"throw|put\s+(?:a\s+brick|bricks|petrol)|kick|wreck)\b|"
        r"\b(?:smash|put\s+in|break)\s+(?:every|all\s+(?:the|your)|your)\s+(?:\w+\s+)?windows?\b|"
        # a beating promised to anyone: "beat" alone is as often an election or a match
        rf"\b{WILL}\s+(?:[\w'-]+\s+){{0,6}}?beat\s+(?:[\w'-]+\s+){{0,2}}?(?:senseless|to\s+a\s+pulp|"
        r"to\s+death|black\s+and\s+blue)\b|"
        # not "could" or "might": "you could end up in hospital on these slabs" is a warning
        r"\b(?:your\s+kind|the\s+likes\s+of\s+you|(?:people|councillors)\s+like\s+you)\s+(?:always\s+|"
        r"usually\s+|tend\s+to\s+|often\s+)?end\s+up\s+(?:(?:floating|face\s+down)\s+)?(?:in\s+)?(?:a&e|"
        r"a\s+and\s+e|hospital|intensive\s+"
        r"care|the\s+morgue|the\s+canal|the\s+river|a\s+ditch)\b|"
        # "Mouthy women like you end up in ditches." (not "... end up running the country")
        r"\b(?:(?:people|women|girls|men|councillors)\s+like\s+(?:her|him)|(?:(?:people|women|girls|men|"
        r"councillors)\s+like\s+)?you(?:\s+will|'ll)?)\s+(?:tend\s+to\s+|always\s+|usually\s+)?(?:end|wind)\s+"
        r"up\s+(?:(?:floating|face\s+down)\s+)?(?:dead|hurt|in\s+(?:the\s+|a\s+)?(?:canal|river|hospital|"
        r"ditch(?:es)?|ground|morgue|body\s+bag|bin\s+bag|skip|shallow\s+grave|box|wheelchair))\b|"
        r"\b(?:next|last)\s+\w+\s+i\s+see\s+is\s+getting\b|\b(?:you'?re|you\s+are|ur|u\s+r)\s+"
        r"(?:going\s+to|gonna)\s+(?:get|be)\s+(?:hurt|killed|stabbed|shot|glassed|shanked|a\s+kicking|"
        r"beaten|knifed|jumped|battered|done\s+in)(?!\s+(?:of|by|for|on\s+(?:by|for))\b)|"
        # "You'll be raped and nobody will care." (not "shot down in the vote")
        r"\byou'?ll\s+(?:get|be)\s+(?:hurt|killed|stabbed|shot|glassed|shanked|beaten|found|knifed|"
        r"jumped|raped|kneecapped|lynched|strangled|battered)\b(?!\s+(?:of|by|for|down|on\s+(?:by|for))\b)|"
        # not "you're getting shot of the old bins"
        r"\b(?:you'?re|you\s+are|ur|u\s+r)\s+getting\s+(?:your\s+head\s+kicked|a\s+kicking|glassed|"
        r"battered|stabbed|shot|knifed|jumped|done\s+in|beaten\s+up)\b(?!\s+(?:of|by|for|on\s+(?:by|for))\b)|"
        # "Next time I see you, you're in hospital."
        r"\b(?:next\s+time|when|if|once)\s+(?:i|we)\s+(?:see|catch|find|get\s+hold\s+of)\s+(?:you|u|ya)"
        r"\b,?\s*(?:you'?re|you\s+are|ur|u\s+r|you'?ll\s+be)\s+(?:in\s+(?:hospital|a&e|a\s+wheelchair|"
        r"a\s+coffin|the\s+ground|traction|intensive\s+care)|dead|finished|done\s+for|getting\s+it)\b|"
        # "Your majority won't matter when you're in a box."
        r"\bwhen\s+(?:you'?re|you\s+are|ur)\s+in\s+(?:a\s+box|a\s+coffin|a\s+body\s+bag|the\s+morgue|"
        r"the\s+ground|a\s+wheelchair)\b|"
        r"\bleave\s+in\s+an\s+ambulance\b|\bdead\s+(?:man|woman)\s+walking\b|"
        r"\byou'?(?:ll|\s+will)\s+be\s+(?:leaving|going\s+home|carried\s+out)\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:on\s+a\s+stretcher|in\s+an\s+ambulance|in\s+a\s+(?:box|bag|coffin|body\s+bag))\b|"
        # an injury as an improvement: "You'd look better with a few less teeth.", "She'd be less
        # mouthy with a few teeth missing.", "He'd look better with a broken jaw."
        r"\b(?:you|she|he|they)(?:'?d|\s+would)\s+(?:look|be|sound|talk)\s+(?:a\s+lot\s+|much\s+|far\s+)?"
        r"(?:good|better|nicer|prettier|quieter|less\s+\w+)\s+with\s+(?:a\s+few\s+|some\s+)?(?:(?:less|fewer|"
        r"no|missing|broken|knocked-out|smashed)\s+(?:teeth|fingers|eyes|legs|arms|ribs|kneecaps)|(?:teeth|"
        r"fingers)\s+missing|(?:a|her|his|your|their)\s+(?:black\s+eye|fat\s+lip|bloody\s+nose|(?:broken|"
        r"wired|smashed)\s+(?:jaw|nose|neck|arm|leg|kneecap)|jaw\s+wired(?:\s+shut)?|mouth\s+wired\s+"
        r"shut))\b|"
        # "She won't look so smug when she's face down in the canal."
        r"\b(?:won'?t|wouldn'?t|will\s+not|would\s+not)\s+(?:look|be|feel|sound|act)\s+so\s+(?:[\w-]+\s+){1,3}?"
        r"when\s+(?:you'?re|you\s+are|ur|she'?s|she\s+is|he'?s|he\s+is|they'?re|they\s+are)\s+(?:lying\s+|"
        r"found\s+|left\s+)?(?:face\s+down|floating|bleeding|on\s+fire|six\s+(?:feet|foot)\s+under|"
        r"dead(?=\s*(?:[.!,;]|$|and\b))|in\s+"
        r"(?:a|the)\s+(?:box|coffin|ground|morgue|canal|river|ditch|gutter|body\s+bag|boot))\b|"
        r"\b(?:at|on|to|round|outside)\s+your\s+(?:door|doorstep|house|home|surgery|office)\s+with\s+"
        r"(?:a|my|some)\s+(?:baseball\s+bat|bat|crowbar|hammer|knife|machete|gun|shotgun|axe|"
        r"petrol\s+can|can\s+of\s+petrol|cricket\s+bat|golf\s+club)\b|"
        rf"\b(?:you'?re|you\s+are|ur|u\s+r)\s+{ANY_WORD_BUT_A_DENIAL}dead\s+meat\b|"
        # not "sleep when you're dead"
        r"(?:^|[.!?,;:]\s*|\b(?:and|then|so|or)\s+)(?:you'?re|you\s+are|ur|u\s+r)\s+(?:a\s+)?dead"
        # or with a weapon drawn after it (an emoji read as its name); said to the reader ("you're
        # dead, mate.", not "you're dead right mate"); a dead man; or when they are found
        r"(?:\s*(?:[.!]|$|(?:water\s+)?pistol|gun|kitchen\s+knife|dagger|bomb|coffin|skull)|"
        r",?\s+(?:mate|m8|pal|bruv|bro|son|sunshine|lad|councillor|cllr)\s*(?:[.!]|$)|"
        r"\s+(?:man|woman)\b(?!')|,?\s+(?:when|once|if|the\s+(?:minute|moment|second))\s+(?:i|we)\s+"
        r"(?:find|catch|see|get\s+hold\s+of|get\s+my\s+hands\s+on)\s+(?:you|u|ya)\b)|"
        # done in, put in hospital or through a window; not put through to the housing team, put
        # in touch or in the diary, nor seen in the morning
        r"\bdo\s+(?:you|u|ya|yer)\s+in\s*(?:[.!,;]|$|\b(?:good\s+and\s+proper|proper|for\s+good|one\s+"
        r"(?:night|day|of\s+these))\b)|"
        r"\bput\s+(?:you|u|ya|yer)\s+in(?:to)?\s+(?:(?:a|an|the|your)\s+)?(?:early\s+)?(?:hospital|a&e|"
        r"ground|grave|coffin|box|wheelchair|intensive\s+care|icu|morgue|mortuary|body\s*bag|canal|river|"
        r"boot|bin|skip|ambulance|traction|plaster|neck\s+brace)\b|"
        r"\bput\s+(?:you|u|ya|yer)\s+through\s+(?:a|the|your|that|my|our)\s+(?:\w+\s+){0,2}(?:window|wall|door|"
        r"windscreen|table|floor|glass|hedge|fence|railings)\b|\brip\s+your\s+\w+\s+off\b|"
        r"\b(?:knife|bullet|grave|coffin|noose)\b[^.!?]{0,20}?\bwith\s+your\s+name\b|\bnever\s+walk\s+again\b|"
        r"\byou\s+and\s+(?:your|ur)\s+(?:[\w'-]+\s+){0,2}?\w+\s+(?:are|'re)\s+dead\s+meat\b|"
        rf"\b{WILL}\s+make\s+sure\s+(?:you|he|she|they)\s+(?:never|can'?t|won'?t|cannot)\s+(?:speak|talk|walk|see|"
        r"breathe|wake\s+up|open\s+(?:your|his|her|their)\s+mouths?)\s+again\b|"
        # "Step foot on our estate again and you won't walk off it."
        r"\byou\s+(?:won'?t|will\s+not)\s+(?:walk|limp)\s+(?:off|out\s+of|away\s+from)\s+it\b|"
        r"\byou\s+(?:won'?t|will\s+not)\s+(?:leave|get\s+out\s+of|walk\s+out\s+of)\s+(?:[\w'-]+\s+){1,2}?"
        r"(?:alive|in\s+one\s+piece)\b(?![^.!?]*\b(?:agenda|queue|traffic|paperwork|forms?|ha|haha|lol)\b)|"
        # not the standards committee's example
        rf"\b{WILL}\s+make\s+an\s+example\s+(?:out\s+)?of\s+(?:you|u|ya|him|her)\b(?![^.!?]*\b(?:standards|"
        r"committee|court|election|ballot|polls?|votes?|press|papers?|complaint|ombudsman)\b)|"
        r"\b(?:written|put|carved|scratched|engraved)\s+your\s+name\s+on\s+(?:a|the|my)\s+(?:bullet|knife|"
        r"blade|coffin|headstone|gravestone)\b|"
        # "Keep your mouth shut or we'll shut it for you.", "Touch our green belt and we'll touch you."
        r"\bor\s+(?:we'll|i'?ll|we\s+will|i\s+will)\s+(?:shut|close)\s+it\s+for\s+you\b|"
        r"\btouch\s+(?:our|my|the)\s+[^.!?]{1,40}?\s+and\s+(?:we'll|i'?ll|we\s+will|i\s+will)\s+touch\s+"
        r"you\b|"
        # of a person: "Somebody ought to teach that silly cow a lesson she won't forget." (not the
        # council, or "them", "a lesson they won't forget" at the next election)
        rf"\bteach\s+{_THAT_PERSON}\s+a\s+(?:\w+\s+)?lesson\s+(?:that\s+)?(?:she|"
        r"he)(?:'ll|\s+will)?\s+(?:won'?t|will\s+not|never|will\s+never|'ll\s+never)\s+(?:ever\s+)?"
        rf"forget\b{_NOT_AT_THE_POLLS}|"
        r"\bteach\s+(?:you|him|her)\s+(?:a\s+lesson|some\s+(?:manners|respect))\b[^.!?]*\b(?:the\s+hard\s+way|"
        r"won'?t\s+forget|never\s+forget)\b|"
        r"\bteach\s+you\s+a\s+lesson\b|"
        # "... she'd get the back of my hand", "A woman like her wants putting in her place with the
        # back of a hand."
        r"\b(?:get|gets|getting|feel|feels|in\s+(?:her|his|your|their)\s+place\s+with|deserves?|needs?|"
        r"wants?|give\s+(?:her|him|you|them|that\s+\w+))\s+(?:a\s+(?:taste|feel)\s+of\s+)?the\s+back\s+of\s+"
        r"(?:a|my|his|the)\s+hand\b|"
        r"\b(?:i'?d|i\s+would|i'?ll|i\s+will|we'?d|we'?ll)\s+(?:break|smash|bust|snap)\s+(?:her|his|their|your)\s+"
        r"(?:jaw|nose|neck|legs?|arms?|face|skull|teeth|fingers|ribs)\b|"
        # "Someone needs to run that bitch over." (not "run them over to the library")
        r"\b(?:someone|somebody|anyone|we|i|you)\s+(?:needs?\s+to|should|ought\s+to|must|'?d\s+love\s+to)\s+"
        r"run\s+(?:her|him|them|that\s+(?:[\w'-]+\s+)?\w+)\s+over\b(?!\s+(?:to|with|for)\b)|"
        rf"\b{WILL}\s+drown\s+(?:you|u|ya|him|her|them|that|this|every|all)\b(?![^.!?]*\bout\b)|"
        r"\btie\s+(?:her|him|them|you)\s+up\s+and\s+(?:leave|dump|throw|beat|rape|burn)\b|"
        # "Keep your mouth shut or we'll do it for you." (not "fill the form in or we'll do it for you")
        r"\b(?:shut|keep\s+(?:it|(?:your|that)\s+(?:[\w'-]+\s+)?(?:mouth|gob|trap))\s+shut)\b[^.!?]{0,40}?\bor\s+"
        r"(?:we'?ll|i'?ll|we\s+will|i\s+will)\s+do\s+it\s+for\s+you\b|"
        r"\bbe\s+(?:swallowing|spitting\s+out|picking\s+up)\s+(?:your|ur)\s+(?:own\s+)?teeth\b|"
        r"\bpicking\s+your\s+teeth\s+up\s+off\b|"
        r"\beating\s+through\s+a\s+straw\b(?![^.!?]*\b(?:dentist|dental|operation|braces)\b)|"
        rf"\b{WILL}\s+close\s+your\s+eyes\s+(?:for\s+good|forever|for\s+ever|permanently)\b|"
        # a knife put in the person, not in their back as a party does to its leader
        r"\b(?:stick|put|plant|sink|shove)\s+a\s+(?:knife|blade)\s+in(?:to)?\s+(?:you|u|ya|him|her|them|your\s+"
        r"(?:neck|chest|ribs|gut|belly|throat|face|heart|eye))\b|"
        # "If I ever meet her in a dark alley she's finished." (not "... he's finished as leader")
        r"\b(?:when|if|once)\s+(?:i|we)\s+(?:ever\s+)?(?:see|catch|find|meet|get\s+hold\s+of)\s+(?:her|him|"
        r"them|you)\b(?!\s+(?:a|an|some|the|new|somewhere|work|jobs?|housing|places?)\b)[^.!?]{0,40}?"
        r"\b(?:she'?s|she\s+is|she'?ll\s+be|he'?s|he\s+is|he'?ll\s+be|they'?re|"
        r"they\s+are|they'?ll\s+be|you'?re|you\s+are|you'?ll\s+be)\s+(?:finished|dead|done\s+for|in\s+"
        r"(?:hospital|a\s+wheelchair|a\s+coffin|intensive\s+care))\b(?!\s+(?:as|in\s+politics|politically|"
        r"on\s+the\s+council|less|more|again|for)\b)|"
        r"\b(?:you|u)\s+(?:need|deserve|want|ought|are\s+going|'re\s+going|'re\s+gonna|are\s+gonna)\s+"
        r"(?:to\s+be\s+)?(?:teaching|taught)\s+a\s+lesson\b[^.!?]*\b(?:the\s+hard\s+way|won'?t\s+forget|"
        r"never\s+forget)\b|\bsee\s+you\s+(?:set\s+on\s+fire|burn|hang|dead)\b|"
        # the last thing done: "Raise my council tax again and it'll be the last thing you do.",
        # "Say one more word and it'll be your last." (not "... your last chance")
        r"\b(?:it'?ll|it\s+will|that'?ll|that\s+will|it'?s\s+going\s+to)\s+be\s+the\s+last\s+thing\s+you\s+"
        r"(?:ever\s+)?do(?=\s*(?:[.!,]|$))|"
        r"\bmake\s+sure\s+(?:it'?s|it\s+is|that'?s|it\s+will\s+be)\s+(?:your\s+last|the\s+last\s+"
        r"(?:one|thing)\s+"
        r"you\s+(?:ever\s+)?\w+)(?=\s*(?:[.!,]|$))|"
        r"\band\s+(?:it'?ll|it\s+will|that'?ll|that\s+will)\s+be\s+your\s+(?:very\s+)?last(?:\s+"
        r"(?:words?|breath))?"
        r"(?=\s*(?:[.!,]|$))|"
        # "Someone's going to do you at the hustings." (not "do you a favour", "do you for fraud",
        # nor a hairdresser's "we'll do you at 10")
        r"\b(?:someone|somebody|i|we|they|the\s+lads)(?:'s|'m|'re|\s+is|\s+am|\s+are)\s+(?:going\s+to|"
        r"gonna)\s+"
        r"do\s+(?:you|u|ya)(?:\s+(?:over|in))?(?=\s*(?:[.!,]|$|at\s+the\s+(?:hustings|surgery|meeting|"
        r"count|pub|"
        r"rally|next)|one\s+day|tonight|soon|properly|good\s+and\s+proper))|"
        r"\b(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+(?:cut|break|smash|slash|burn)\s+something\s+of\s+yours"
        r"(?=\s*(?:[.!,]|$|too|next|instead))|"
        r"\b(?:shut|close)\s+(?:you|your\s+(?:mouth|gob|trap))\s+(?:up\s+)?(?:for\s+good|permanently|"
        r"forever)\b|"
        # a blow given: "I'll give you a Glasgow kiss.", "Gonna give you a right pasting." (not "a
        # slap on the back", nor "a hiding at the quiz")
        rf"\b(?:{WILL}|(?:someone|somebody)(?:'s|\s+is)\s+(?:going\s+to|gonna))\s*give\s+(?:you|u|ya|her|him|"
        r"them)\s+(?:[\w'-]+\s+){0,5}?(?:right\s+hook|left\s+hook|uppercut|slap|kicking|hiding|pasting|"
        r"battering|beating|glasgow\s+kiss|black\s+eye|fat\s+lip|bloody\s+nose|thick\s+ear|smack|clip\s+"
        rf"round\s+the\s+ear)\b(?!\s+on\s+the\s+back){_NOT_AT_THE_POLLS}|"
        # "I'll have you, and your little mate." (not "I'll have you know ...")
        r"\b(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+have\s+(?:you|ya|u)(?:,?\s+and\s+your\s+[\w\s]{1,20}?)?"
        r"(?=\s*(?:[.!]|$))|"
        r"\b(?:i'?d|i\s+would|i'?ll|i\s+will|who'?d|who\s+would)\s+(?:happily\s+|gladly\s+)?(?:do|serve)\s+"
        r"(?:time|bird|a\s+stretch)\s+for\s+(?:you|u|ya|him|her|(?:hurting|killing|battering|doing)\s+"
        r"(?:you|him|her))(?=\s*(?:[.!,]|$|and|i\s+swear))",
        0.7,
    ),
    _rule(
        "wish_or_call_for_harm",
        "wishes death or violence on someone, or calls on others to inflict it",
        # "I hope someone stabs you", "I wished she'd get hit by a truck"
        rf"\b(?:hope|wish)(?:ed|es)?\s+(?:that\s+)?(?:someone|somebody|you|they|she|he)(?:'d|\s+would|'ll|\s+will)?"
        rf"\s+{ANY_WORD_BUT_A_DENIAL}(?:gets?\s+hit\s+by\s+a\s+(?:truck|bus|car|lorry|train)|stabs?|shoots?|kills?|"
        r"lamps?\s+you|decks?\s+you|glass(?:es)?\s+you|batters?\s+you|punch(?:es)?\s+you|smacks?\s+you|"
        r"slaps?\s+you|beats?\s+you\s+up|knifes?\s+you|firebombs?|"
        r"runs?\s+you\s+over|dies?|die|gets?\s+(?:killed|shot|stabbed|raped|beaten|cancer)|"
        r"execute|hangs?|stones?|lynch(?:es)?|behead)|"
        # "I'd remove you from this earth", "rid the planet of you": not "the world of paperwork"
        r"\b(?:remov(?:e|ing)|wip(?:e|ing)(?:\s+out)?|eras(?:e|ing))\s+you\s+(?:all\s+)?(?:from|off)\s+"
        r"(?:the\s+face\s+of\s+)?(?:this|the)\s+(?:earth|planet|world)\b(?!\s+of\b)|"
        r"\brid\s+(?:this|the)\s+(?:earth|planet|world)\s+of\s+you\b|"
        # a beating wished afterwards: "I wish the officer could have beat her with a club."
        r"\bwish\s+(?:that\s+)?(?:the\s+\w+|someone|somebody|he|she|they|i|we)\s+(?:could\s+have|could'?ve|"
        r"had|would\s+have|would'?ve|'d)\s+(?:(?:shot|punched|slapped|stabbed|killed|strangled|run\s+over)\s+"
        r"(?:her|him|them)\b|(?:beat|beaten|hit|kicked)\s+(?:her|him|them)\s+(?:up|senseless|to\s+death|"
        r"black\s+and\s+blue|with\s+(?:a|his|her|their)\s+(?:club|bat|baton|stick|brick|hammer|belt|fist|"
        r"bottle|chair|cosh)))\b|"
        r"\byou\s+deserve\s+(?:a\s+bullet|to\s+die|to\s+be\s+\w+ed)\b|"
        r"\b(?:deserves?|should\s+get|should\s+face)\s+the\s+death\s+(?:sentence|penalty)\b|"
        # not of a thing: "the hedge should be burned", "eggs must be beaten until stiff"
        rf"\b(?=should|must|ought|need|deserve){NOT_OF_A_THING}(?:should|must|ought\s+to|need\s+to|needs\s+to|deserves?\s+to)\s+(?:all\s+)?"
        # what is done to a person first: "should be imprisoned or shot", "... tried and hanged"
        r"be\s+(?:(?:imprisoned|jailed|arrested|tried|locked\s+up|deported|prosecuted|convicted|sentenced|"
        r"tortured|beaten|raped|castrated|lined\s+up|rounded\s+up|taken\s+out(?:side)?|tied\s+up|chained\s+up|"
        r"stripped|dragged\s+(?:out|outside|through\s+the\s+streets)|locked\s+in\s+a\s+(?:cage|cell|basement|"
        r"room))\s+(?:or|and|then)\s+)?"
        r"(?:shot|hanged|"
        # beaten or battered at the polls is a defeat: "Labour must be beaten at the next election."
        rf"hung|killed|strung\s+up|executed|put\s+down|lynched|stabbed|beaten{_NOT_AT_THE_POLLS}|burned|burnt|"
        rf"gassed|exterminated|wiped\s+out|murdered|culled|slapped|battered{_NOT_AT_THE_POLLS}|raped|tortured|"
        r"drowned|stoned|minced|horsewhipped|birched|tarred\s+and\s+feathered|kneecapped|"
        r"beheaded|whipped|flogged|castrated|set\s+on\s+fire|kicked\s+to\s+death|"
        r"choked(?!\s+off)|strangled(?!\s+at\s+birth)|"
        r"throttled|punched|smacked|kicked\s+(?:in\s+the\s+\w+|senseless|around|about)|"
        r"knocked\s+(?:out\s+cold|around|about|senseless|unconscious))\b|"
        # "she needs slapped" (Scots and Ulster English), "he needs a bullet"
        r"\bneeds?\s+(?:shot|slapped|battered|strung\s+up|put\s+down)\b|"
        # "He wants shooting.", "that slag wants her throat cut", "needs her face rearranged"
        r"\b(?:he|she|they|you)\s+(?:wants?|needs?)\s+(?:shooting|hanging|stringing\s+up|a\s+bullet|stabbing|"
        r"drowning)(?=\s*(?:[.!,;?]|$|for\b|and\b|if\b))|"
        r"\b(?:wants?|needs?|deserves?)\s+(?:her|his|their|your)\s+(?:throats?\s+(?:cut|slit)|faces?\s+"
        r"(?:rearranged|smashed\s+in|kicked\s+in|caved\s+in|punched\s+in|slashed)|heads?\s+(?:kicked|smashed|"
        r"caved)\s+in)\b|"
        # victims blamed: "Some women are just asking to be smacked."; not "a slap-up meal"
        r"\b(?:asking|begging|gagging)\s+(?:to\s+be\s+(?:smacked|slapped|hit|punched|beaten|battered|raped|"
        r"hurt|killed|shot|stabbed|strangled)|for\s+a\s+(?:slap|smack|kicking|beating|punch|good\s+hiding|"
        r"hiding|thump|bullet)(?!-))\b|"
        r"\bdeserves?\s+whatever\s+(?:they|she|he)\s+gets?(?=\s*(?:[.!,]|$))|"
        # a beating as a cure: "A few smacks would do these girls a world of good.", "She'd shut up
        # quick after a few punches."
        r"\ba\s+(?:few|couple\s+of|good)\s+(?:punches|slaps|smacks|kicks|thumps|hidings?|beatings?|slap|"
        r"smack|kicking|thump)\s+(?:would|will|'d|'ll|should)\s+(?:do|sort|shut|teach|fix|soon)\b|"
        r"\b(?:shut\s+up|learn|behave|listen|pipe\s+down)\b[^.!?]{0,20}\bafter\s+a\s+(?:few|couple\s+of|good)\s+"
        r"(?:punches|slaps|smacks|kicks|thumps|hidings?|beatings?|slap|smack|kicking|hiding|beating)\b|"
        # not "thrown under the bus", which is betrayal
        r"\b(?:should|must|ought\s+to)\s+(?:all\s+)?be\s+(?:pushed|thrown)\s+(?:off\s+(?:a|the)\s+(?:cliff|bridge|"
        r"roof|building|pier)|in\s+front\s+of\s+(?:a|the)\s+(?:bus|train|lorry)|in(?:to)?\s+the\s+(?:sea|river|"
        r"canal))\b|"
        # "Feminists will be first against the wall."
        r"\b(?:will|'ll|should|must|would|'d)\s+be\s+(?:the\s+)?first\s+(?:ones?\s+)?(?:to\s+be\s+(?:hunted|"
        r"lynched|strung\s+up|hanged|hung|shot|"
        r"rounded\s+up|killed|executed|burned|burnt)|(?:up\s+)?against\s+the\s+wall)\b|"
        # "people like you need putting down", not the old dog
        rf"\b(?:you|(?:people|councillors|politicians|folk|scum|traitors|(?:{GROUP_WORDS})s?)\s+like\s+"
        r"(?:you|him|her|them)|your\s+(?:kind|sort|lot)|the\s+likes\s+of\s+you)\s+(?:all\s+|just\s+)?"
        r"(?:needs?|wants?|deserves?)\s+putting\s+down\b|"
        # "old people should just hurry up and die": of a person or a group, not "this scheme
        # should die a quiet death"; and a group wished off "the face of the earth", not an idea
        # ("socialism deserves to be eliminated from the face of the earth")
        rf"\b(?:{_PEOPLE}|lot|all|[a-z]+ists|[a-z]+ers)\s+{_WISHED_TO}"
        rf"(?:(?:{_DEATH}|burn\s+in\s+hell)(?=\s*(?:[.!,;]|$|out|off|already|now|for|in\s+a|to|so|and|then))|"
        r"be\s+(?:\w+\s+(?:down\s+)?and\s+)?(?:removed|wiped|erased|eradicated|purged|cleansed|"
        r"eliminated|banished|exterminated)\s+(?:off|from)\s+(?:the\s+)?face\s+of\s+(?:the\s+)?"
        r"(?:earth|planet)\b)|"
        # after what the group is said to be ("Gays are sick and should die.", "Pagans are devil
        # worshippers and should burn."), or burnt or hanged in a word ("they should swing"): of
        # people only, not "the logs should burn for an hour"
        rf"\b(?:{_PEOPLE})(?:(?:\s+(?:are|is)|'re)\s+(?:[\w'-]+\s+){{1,4}}?and)?\s+{_WISHED_TO}"
        rf"(?:{_DEATH}|burn(?:\s+in\s+hell)?|hang|swing(?:\s+for\s+(?:it|this|that))?)(?=\s*(?:[.!,;]|$))|"
        # not a thing named after them: "a bullet point", "a kicking tee"
        r"\b(?:needs?|deserves?)\s+an\s+acid\s+attack\b|"
        # "She needs a slap.", "Women like her deserved a belt across the backside." (not a slap on
        # the wrist, which is a light sentence, nor a slap-up meal; and a team that "deserved a good
        # hiding" lost a match)
        r"\b(?:(?:needs?|deserves?|wants?)\s+a\s+(?:bullet|kicking|good\s+(?:kicking|hiding|beating))|"
        r"(?:needs?|deserve[sd]?|wants?)\s+a\s+(?:(?:good\s+)?(?:slap|smack|slapping|backhander)|black\s+eye|"
        r"fat\s+lip|thick\s+ear|clip\s+round\s+the\s+ear|belt\s+(?:across|round)\s+the\s+\w+))\b"
        r"(?!\s+on\s+the\s+wrist|-|\s+up\b)"
        r"(?![\s-]+(?:points?|lists?|proof|train|journal|tees?|machines?|practice|"
        r"sessions?|drills?|bags?|nets?|coach|wall|game)\b)|"
        rf"\b{NAMED}\s+needs\s+to\s+(?:disappear|go\s+missing|vanish)\b|"
        # not at the polls or in a game: "Give Cllr Smith a kicking at the ballot box"
        rf"\bgive\s+(?:him|her|{NAMED})\s+a\s+(?:good\s+)?(?:kicking|hiding|beating|slapping|battering)\b"
        r"(?![^.!?]*\b(?:election|ballot|polls|votes?|voting|match|game|quiz|pitch)\b)|"
        rf"\b(?:{NAMED}(?:'s\s+{FAMILY})?|your\s+{FAMILY}|you|he|she)\s+(?:should|ought\s+to|had\s+better)\s+"
        r"be\s+(?:[\w'-]+,?\s+){0,3}?(?:very\s+)?(?:scared|afraid|frightened|terrified)\b(?!\s+(?:of|for|about)\b)|"
        # not of a thing: "Someone should burn the rubbish", "... beat the record"
        rf"\b(?:someone|somebody|people)\s+(?:should|ought\s+to|needs?\s+to)\s+{ANY_WORD_BUT_A_DENIAL}"
        rf"(?:kill|shoot|stab|hurt|burn|hang|beat|attack|murder|bomb|put\s+a\s+bullet|set\s+fire){NO_THING_AFTER}|"
        r"\bput\s+a\s+bullet\s+in\b|\bwon'?t\s+(?:see|make\s+it\s+to|survive)\s+the\s+(?:next|end)\b|"
        # not "you won't see Christmas lights on the high street this year"
        r"\byou\s+won'?t\s+(?:see|live\s+to\s+see|make\s+it\s+to)\s+(?:christmas|new\s+year|easter|"
        r"your\s+next\s+birthday|the\s+(?:weekend|summer|spring|new\s+year)|next\s+(?:week|month|"
        r"year))(?=\s*(?:[.!,]|$|alive|if|unless|councillor))|"
        r"\bbe\s+dead\s+before\b|\benjoy\s+your\s+last\b"
        # not your last time in office: "Enjoy your last term, councillor", "... your last
        # meeting as leader" (but "Enjoy your last council meeting." is menace)
        r"(?!\s+(?:\w+\s+)?(?:term|terms|election)\b"
        # nor the end of a holiday: "Enjoy your last week of the holidays!"
        r"|\s+(?:\w+\s+)?(?:week|weekend|day|days|night)\s+(?:of|at|in|on|before)\s+(?:the\s+|your\s+)?"
        r"(?:holidays?|summer|break|half\s+term|leave|trip|course|job|work|school)\b"
        r"|[^.!?]*\b(?:in\s+(?:office|post|the\s+job|the\s+chair|charge|power)|as\s+(?:our\s+|a\s+|the\s+)?"
        r"(?:councillor|leader|mayor|chair|mp|cabinet\s+member))\b"
        # nor a send-off: "Enjoy your last surgery, and thank you for twelve years of service."
        r"|[^.!?]*\b(?:thank\w*|retire\w*|retiring|well\s+deserved|congratulations|service|miss\s+you)\b)|"
        r"\benjoy\s+(?:his|her|their)\s+last\s+(?:christmas|birthday|summer|holiday|days?|weeks?|months?|nights?)\s+with\s+"
        r"you\b|"
        # not "this could be your last chance to comment"
        r"\b(?:might|could|may)\s+(?:well\s+)?be\s+your\s+(?:very\s+)?last\b(?!\s+(?:chance|"
        r"opportunity|term|year\s+in\s+office|go|word|say|attempt|warning))|"
        # "Cancel the scheme or the next meeting will be your last."
        r"\b(?:meeting|surgery|speech|vote|trip|walk|day|night|christmas)\s+(?:will|'ll|is\s+going\s+to)\s+"
        r"be\s+your\s+(?:very\s+)?last\s*(?:[.!]|$)|"
        r"\bdental\s+records\s+to\s+identify\s+(?:you|him|her)\b|\b(?:nobody|no\s*one|they)\s+"
        r"(?:will|would|'ll)\s+(?:ever\s+)?find\s+(?:the|your)\s+body\b|"
        r"\b(?:wouldn'?t|won'?t|would\s+not|will\s+not)\s+(?:cry|lose\s+(?:any\s+)?sleep|shed\s+a\s+tear)"
        r"\s+if\s+(?:someone|somebody|anyone|you)\s+(?:\w+\s+){0,2}?(?:hurt|killed|died|attacked|"
        r"stabbed|shot|did)\b|\b(?:i'?d|i\s+would)\s+enjoy\s+it\s+if\s+(?:someone|somebody)\s+did\b|"
        # rape ordered or called for: "Rape her.", "go rape your wife", "the only way is to rape
        # them" (not "rape a handshake")
        r"(?:(?:^|[.!?,]\s*)(?:just\s+|go\s+(?:and\s+)?|let'?s\s+)?|\b(?:is|was)\s+to\s+|"
        r"\b(?:should|must|gotta|need\s+to|ought\s+to)\s+(?:just\s+|all\s+)?)rape\s+(?:her|them|him|"
        r"your\s+(?:wife|daughter|mum|mother|sister|girlfriend)|(?:every|all(?:\s+(?:of\s+)?the)?|those|"
        r"these)\s+(?:\w+\s+)?(?:women|girls|wives|daughters|females|one))\b|"
        # killing begun on people: "Time to start shooting traitors", not "start shooting the
        # film" or "start hanging out with them"
        r"\b(?:start|begin)\s+(?:killing|shooting|hanging|stabbing|lynching|executing|gassing|"
        r"bombing|butchering|slaughtering)\s+(?:(?:all|the|these|those|some|a\s+few|every)\s+)?"
        rf"(?:[\w-]+\s+)?(?:people|them|traitors|councillors|politicians|mps|reporters|journalists|"
        rf"{_GROUP})\b|"
        # a place of worship attacked: "Torch the mosque", "bomb every synagogue"
        r"\b(?:torch|burn|burn\s+down|firebomb|petrol\s+bomb|bomb|blow\s+up|smash\s+up)\s+"
        r"(?:down\s+)?(?:the|their|that|this|every|all\s+the|those|these)\s+(?:local\s+)?"
        r"(?:mosques?|synagogues?|gurdwaras?|mandirs?|temples?|churches|church)\b"
        r"(?!\s+(?:candles?|incense|roof\s+fund|mortgage|debt))|"
        # and their homes, or the boats they cross in, ordered or called for: "Those Romanians are
        # vermin. Burn their caravans.", "We should sink their boats." (not "burn their bridges")
        r"(?:(?:^|[.!?,;:]\s*)(?:just\s+|let'?s\s+|go\s+(?:and\s+)?)?|\b(?:we|you|they|someone|somebody|"
        r"someone\s+needs\s+to)\s+(?:should|must|need\s+to|ought\s+to|have\s+to)\s+(?:just\s+)?)"
        r"(?:(?:torch|burn(?:\s+down)?|firebomb|petrol\s+bomb|smash\s+up)\s+(?:their|them\s+in\s+their|those|"
        r"these)\s+(?:[\w-]+\s+)?(?:houses?|homes?|caravans?|shops?|businesses|flats|camps?|mosques?)|"
        r"sink\s+(?:the|their|those|these)\s+(?:small\s+|migrant\s+|refugee\s+)?(?:boats?|dinghies|"
        r"dinghy))\b(?!')|"
        # a lynching ordered: "Travellers are thieves, string them all up." (not bunting strung up
        # on the railings)
        r"(?:^|[.!?,;:]\s*)(?:just\s+|let'?s\s+)?string\s+(?:them|'em|the\s+lot(?:\s+of\s+them)?)\s+"
        r"(?:all\s+)?up\b(?=\s*(?:[.!,;]|$|by\s+the\s+neck|from\s+(?:a|the)\s+(?:lamp|tree|bridge)))|"
        # death ordered on a group or the reader: "Die, you scum.", "die fucking arab", not "live
        # by the sword, die by the sword" or "die hard fans"
        rf"(?:^|[.!?,]\s*)die,?\s+(?:(?:you|all|soon|now)\s+|(?:dirty|filthy|little|fat|old|"
        rf"{'|'.join(INSULT_ADJECTIVES)})\s+)*"
        rf"(?:(?:{GROUP_WORDS}|{SLUR_NOUN_WORDS}|{INSULT_NOUN})s?|scum|bitches|traitors?|vermin|pigs?|"
        r"rats?)\b|"
        # an execution asked for ("Why haven't they been hanged for treason?"), a beating called
        # for ("He needs the snot beat outta him", "Beat that tranny's ass", not at the quiz), a
        # dare to do it ("I dare you to choke her"), and killing a group called good
        r"\bwhy\s+(?:haven'?t|hasn'?t|have|has|aren'?t|isn'?t|weren'?t|wasn'?t)\s+(?:they|he|she|"
        r"(?:[\w'-]+\s+){1,2})\s*(?:not\s+)?(?:been|being|yet\s+been)\s+(?:hung|hanged|shot|executed|"
        r"lynched|strung\s+up)\b|"
        r"\b(?:needs?|deserves?|wants?|should\s+(?:have|get))\s+(?:the\s+)?(?:snot|shit|crap|hell|living\s+"
        r"daylights|piss)\s+(?:beat|beaten|kicked|knocked|slapped)\s+(?:out\s+of|outta|out\s+ta)\s+"
        r"(?:him|her|them|you|u)\b|"
        r"(?:^|[.!?]\s*)(?:let'?s\s+(?:go\s+)?)?(?:beat|kick|whip|whoop)\s+(?:that\s+|this\s+|those\s+)?"
        r"(?:his|her|their|your|ur|[\w-]+(?:'s|s'))\s+(?:ass|arse)\b(?![^.!?]*\b(?:at|in)\s+(?:the\s+)?"
        r"(?:quiz|game|match|chess|pool|darts|cards|debate|election|polls?|ballot)\b)|"
        # a blow longed for or promised as a lesson: "I'd love to smack that smug feminist", "If my
        # wife spoke like that she'd get a backhander" (not "a slap on the wrist", nor at the polls)
        r"\b(?:i'?d|i\s+would)\s+(?:love|like)\s+to\s+(?:smack|slap|punch|thump|deck|throttle|strangle|"
        r"kick|hit|batter|lamp|headbutt)\s+(?:that|this|those|her|him|them|you|u)\b(?!\s+(?:out|off|up\s+the|"
        r"with\s+a\s+(?:writ|fine|bill|lawsuit))\b)|"
        # a blow the writer or any man "would have" given: "If she was my wife I'd have knocked her
        # teeth out.", "Any man would have put her through a wall by now." (not "I'd have hit him if I
        # hadn't braked", of a cyclist, nor "would never have")
        r"\b(?:i|any\s+(?:real\s+|decent\s+)?man|a\s+real\s+man|most\s+men|(?:a|her|any)\s+husband|"
        r"someone|somebody)(?:'d|\s+would|\s+should)(?:\s+(?:happily|gladly|cheerfully))?(?:'ve|\s+have|"
        r"\s+of)\s+(?:happily\s+|gladly\s+|just\s+)?(?:(?:slapped|smacked|punched|decked|lamped|chinned|"
        r"throttled|strangled|battered|backhanded|headbutted)\s+(?:(?:the\s+)?(?:\w+\s+)?(?:out\s+of|outta)\s+)?"
        rf"(?:her|him|you|them|{_THAT_PERSON})|knocked\s+(?:(?:her|his|your|their)\s+(?:\w+\s+)?teeth\s+"
        r"(?:out|in)|(?:her|him|you|them)\s+(?:out(?!\s+of\b)|spark\s+out|senseless|into\s+next\s+week|"
        r"flat))|put\s+(?:her|him|you|them)\s+(?:through\s+(?:a|the)\s+(?:wall|window|door|table)|in\s+(?:hospital|a&e|a\s+wheelchair))|wrung\s+"
        r"(?:her|his|your|their)\s+(?:\w+\s+)?neck|given\s+(?:her|him|you|them)\s+a\s+(?:good\s+|proper\s+|"
        r"right\s+)?(?:hiding|slap|smack|backhander|kicking|beating|black\s+eye|fat\s+lip|thick\s+ear|"
        rf"battering|pasting))\b(?!\s+on\s+the\s+wrist){_NOT_AT_THE_POLLS}|"
        # a beating urged: "Smack her about a bit and she'll soon learn.", "... an invitation to slap
        # her around" (not "He used to slap her around", a survivor's account)
        rf"(?:{CLAUSE_START}(?:just\s+|go\s+(?:and\s+)?)?|\b(?:should|must|gotta|got\s+to|need\s+to|needs\s+to|"
        r"have\s+to|invitation\s+to|excuse\s+to)\s+(?:just\s+)?)(?:(?:slap|smack)\s+(?:her|them|women|your\s+"
        r"(?:wife|woman|missus|girlfriend|girl))|(?:knock|kick)\s+(?:her|women|your\s+(?:wife|woman|missus|"
        r"girlfriend|girl)))\s+(?:around|about|round)\b|"
        # "Degenerates like her belong on a cross." (not the guy on the bonfire)
        r"\b(?:(?:[\w-]+s|people|women|men|scum)\s+like\s+(?:her|him|them|you)|she|he|you|they)\s+belongs?\s+"
        r"(?:on\s+(?:a|the)\s+(?:cross|gallows|stake|end\s+of\s+a\s+rope)|at\s+the\s+(?:stake|end\s+of\s+a\s+"
        r"rope)|in\s+(?:a|the)\s+(?:noose|ground|ditch|body\s+bag|oven|gas\s+chamber|morgue|grave))\b|"
        # "Should have drowned her at birth." (not a scheme "strangled at birth")
        r"\b(?:should|ought\s+to)\s+(?:have|'ve|of)\s+(?:drowned|strangled|smothered)\s+(?:her|him|you)\s+"
        r"at\s+birth\b|\b(?:you|she|he)\s+should\s+(?:have|'ve|of)\s+been\s+(?:drowned|strangled|"
        r"smothered)\s+at\s+birth\b|"
        # a blow ordered: "Give her a black eye and see if she still wants to be leader." (not a
        # slap on the back or the wrist)
        rf"{CLAUSE_START}(?:just\s+|go\s+(?:and\s+)?|someone\s+|somebody\s+)?give\s+(?:her|him|them|"
        rf"{_THAT_PERSON})\s+a\s+(?:good\s+|proper\s+|right\s+)?(?:slap|smack|backhander|black\s+eye|"
        r"fat\s+lip|thick\s+ear|glasgow\s+kiss|clip\s+round\s+the\s+ear)\b(?!\s+on\s+the\s+(?:back|wrist))|"
        r"\b(?:she|he|you|they)(?:'d|\s+would|'ll|\s+will)\s+get\s+a\s+(?:good\s+|proper\s+)?(?:backhander|"
        r"slap|smack|clip\s+round\s+the\s+ear|hiding|kicking|black\s+eye|thump|punch|beating|battering)\b"
        r"(?!\s+on\s+the\s+wrist)(?![^.!?]*\b(?:election|ballot|polls|votes?|voting|match|game)\b)|"
        r"\bdare\s+(?:you|u|ya|someone|somebody|anyone)\s+to\s+(?:choke|hit|punch|stab|shoot|kill|rape|slap|"
        r"kick|beat|burn|strangle)\s+(?:her|him|them|every\s+one|one\s+of\s+them)\b|"
        rf"(?:^|[.!?]\s*)(?:killing|shooting|gassing|hanging|lynching)\s+(?:all\s+)?(?:the\s+)?"
        rf"(?:{_GROUP})\s+(?:is|its|it'?s|would\s+be)\s+(?:[\w-]+\s+)?"
        r"(?:good|great|fine|fun|the\s+answer|the\s+solution|justified|right)\b|"
        # imperative incitement at the start of a sentence: "Kill all the ... people"; not pictures
        # hung ("Hang them up by the door"), discs burnt, kindness or an e-mail
        rf"(?:^|[.!?]\s*)(?!{HUNG_FOR_SHOW}|burn\s+(?:them|these|those)\s+(?:onto|on\s+to|to\s+"
        r"(?:a\s+)?(?:disc|cd|dvd|usb)|off)\b|kill\s+(?:them|him|her|you)\s+with\s+kindness\b|"
        rf"shoot\s+(?:them|him|her)\s+{A_MESSAGE})"
        r"(?:kill|murder|shoot|stab|hang|gas|lynch|exterminate|slaughter|burn|"
        r"behead|execute|castrate)\s+(?:all\s+(?:the\s+|of\s+the\s+)?|every\s+|the\s+|those\s+)?"
        r"(?:[\w-]+\s+){0,2}(?:people|them|him|her|you|folk|scum|lot)\b|"
        # harm urged on her or him after a comma with "just" or a swear ("..., just fucking hang
        # her from a lamp post"), asked ("can we burn her too?"), or urged on wives and women
        # ("Kill your ... wives"); not an e-mail shot to her
        r"(?:(?:^|[.!?,;:]\s*)(?:just\s+|go\s+(?:and\s+)?|(?:fucking|effing|bloody)\s+)+|"
        r"\b(?:can|could|shall|should)\s+we\s+(?:just\s+)?(?:also\s+)?)(?:kill|murder|shoot|stab|hang|lynch|"
        rf"execute|behead|stone|strangle|choke|burn|drown)\s+(?:her|him)\b(?!\s+{A_MESSAGE})|"
        r"(?:^|[.!?,;:]\s*)(?:just\s+)?(?:kill|murder|shoot|stab|hang|lynch|execute|behead|stone|strangle|burn|"
        r"rape)\s+(?:your|the|these|those|all\s+(?:the\s+)?|every)\s+(?:[\w-]+\s+){0,5}?(?:wives|wife|women|"
        r"girls|girlfriends|bitch(?:es)?|whores?|sluts?|females|feminists)\b(?!')|"
        # and with the group or a slur for it as the head: "Kill all the pakis", "gas every Jew";
        # the model scored "kill all muzzies" 0.03, not knowing the slur. The head, not a word
        # that goes on to name something else: "Kill all the young shoots", "Burn all the white
        # paper", "Kill all the black spot on the roses"
        r"(?:^|[.!?]\s*)(?:just\s+)?(?:kill|murder|shoot|stab|hang|gas|lynch|exterminate|slaughter|"
        r"burn|behead|execute|bomb|nuke)\s+(?:all|every|each)\s+(?:(?:of\s+)?(?:the|those|these)\s+)?"
        rf"(?:[\w-]+\s+)?{_GROUP}\b"
        r"(?=\s*(?:[.!?,;:)]|$)|\s+(?:and|or|in|on|at|"
        r"from|who|that|you|now|today|tonight|too|as|for|with|then|before|everywhere|here|there|of|"
        r"burn|kill|shoot|hang|gas|person|people|man|men|woman|women|kids?|child|children|lads?|"
        r"girls?|boys?|bastards?|scum|vermin)\b)|"
        # a group to be got rid of "once and for all", deported "or worse", "sorted out", given a
        # "final solution" or the gas chamber, or got hold of
        rf"\bget\s+rid\s+of\s+(?:the\s+|all\s+(?:the\s+)?|these\s+|those\s+)?{_GROUP}\b[^.!?]{{0,20}}?\bonce\s+"
        r"and\s+for\s+all\b|"
        r"\b(?:deported|removed|kicked\s+out|sent\s+back)\s+or\s+worse\b|"
        r"\b(?:let'?s|we'?ll|we\s+will|i'?ll|time\s+to|someone\s+needs\s+to)\s+(?:go\s+(?:and\s+)?)?"
        rf"sort\s+out\s+(?:those|the|these|all\s+the|every)\s+{_GROUP}{_AS_HEAD}"
        r"(?![^.!?]*\b(?:complaints?|concerns?|requests?|applications?|needs|housing|paperwork|issues)\b)|"
        rf"\b(?:deal\s+with|sort\s+out)\s+(?:those|the|these)\s+{_GROUP}{_AS_HEAD}[^.!?]{{0,30}}?"
        r"\bone\s+way\s+or\s+"
        r"(?:another|the\s+other)\b|"
        # called for, not the rhetoric that diversity "is the final solution to the white problem"
        r"\b(?:need|needs|want|wants|time\s+for|bring\s+(?:on|back)|implement\w*|start|carry\s+out|deserve|"
        r"deserves)\s+(?:a\s+|the\s+|another\s+)?"
        rf"final\s+solution\s+(?:for|to)\s+(?:the\s+|that\s+)?(?:[\w-]+\s+)?(?:{GROUP_WORDS}|{SLUR_NOUN_WORDS})"
        r"(?:s|\s+(?:question|problem))?\b|"
        # the ovens, not a recipe's oven
        r"\b(?:put|send|shove|throw|march)\s+(?:them(?:\s+all)?|(?:every|each)\s+(?:one\s+of\s+them|\w+)|"
        r"all\s+of\s+"
        r"them|the\s+lot(?:\s+of\s+them)?)\s+(?:in|into)\s+(?:a|the)\s+(?:gas\s+chambers?|ovens)\b|"
        r"\b(?:wait|just\s+wait)\s+(?:till|until|'?til)\s+(?:we|i|they)\s+get\s+(?:our|my|their)\s+hands\s+on\s+"
        rf"(?:you|him|her|them|(?:the|those|these)\s+(?:[\w-]+\s+)?(?:{_GROUP}|activists|councillors|"
        r"protesters|lefties|tories))\b|"
        # the places a group gathers: "The travellers' camp needs burning to the ground."
        r"\b(?:camp|site|mosque|synagogue|church|temple|gurdwara|hotel|hostel|shop|takeaway|house|home|"
        r"office|surgery|caravans?)\s+(?:needs?|wants?|deserves?|should\s+be|ought\s+to\s+be|must\s+be)\s+"
        r"(?:burning|torching|bombing|burnt|burned|torched|bombed|firebombed|razed)\b|"
        # "Women like her need putting in their place, by force if necessary."
        r"\b(?:need|needs)\s+(?:putting|to\s+be\s+put)\s+(?:back\s+)?in\s+(?:their|her|his|your)\s+place\b"
        r"[^.!?]{0,20}?\bby\s+force\b|"
        # others called on to act, with the person's whereabouts: "If anyone sees Cllr Hart at the
        # market on Saturday, you know what to do." (not "..., you know what to do: ask her about
        # the bins!"), "Her surgery is at the library at 10, lads. Do what needs doing."
        r"\bif\s+(?:anyone|anybody|you|any\s+of\s+you)\s+(?:sees?|spots?|finds?|catch(?:es)?|bumps?\s+"
        r"into)\s+"
        rf"(?:{NAMED}|him|her|them)\b[^.!?]{{0,60}}?,?\s*you\s+(?:all\s+)?know\s+what\s+to\s+"
        r"do(?=\s*(?:[.!]|$))|"
        rf"\b(?:his|her|their|{NAMED}'?s?)\s+(?:surgery|house|address|car|"
        r"office)\b[^\n]{0,60}?\bdo\s+what\s+"
        r"(?:needs|has)\s+(?:doing|to\s+be\s+done)(?=\s*(?:[.!]|$))|"
        # a reward for harm done: "Whoever sorts Cllr Patel out gets a drink on me.", "If someone put
        # a brick through his window, I'd buy them a beer." (not for mending the streetlight)
        r"\b(?:whoever|anyone\s+who|anybody\s+who|(?:the\s+)?first\s+(?:person|one)\s+(?:to|who))\s+"
        r"(?:slaps?|hits?|punch(?:es)?|hurts?|batters?|decks?|chins?|lamps?|kicks?|sorts?\s+(?:him|her|them|"
        rf"{NAMED}|that\s+\w+)\s+out|deals?\s+with\s+(?:him|her|{NAMED})|gives?\s+(?:him|her|{NAMED}|"
        r"that\s+\w+)\s+"
        r"(?:what\s+(?:he|she)\s+deserves|a\s+(?:slap|kicking|hiding|smack))|teach(?:es)?\s+(?:him|"
        r"her)\s+a\s+"
        r"lesson)\b[^.!?]{0,40}?\b(?:gets?|wins?|earns?|deserves?)\s+(?:a\s+)?(?:free\s+)?(?:drink|pint|beer|"
        r"reward|tenner|medal|round)\b|"
        r"\breward\s+for\s+(?:anyone|anybody|whoever)\s+(?:who\s+)?gives?\s+(?:that\s+\w+|him|her|"
        rf"{NAMED})\s+what\s+(?:he|she|they)\s+deserves?\b|"
        # the harm done to him or his (not "If someone sorted out the potholes, I'd buy them a pint")
        r"\bif\s+(?:someone|somebody|anyone|anybody)\s+(?:happened\s+to\s+|were\s+to\s+|was\s+to\s+)?"
        r"(?:(?:hurts?|hits?|slap(?:s|ped)?|punch(?:es|ed)?|batter(?:s|ed)?|deck(?:s|ed)?|stab(?:s|bed)?|"
        r"torch(?:es|ed)?|burn(?:s|t|ed)?|smash(?:es|ed)?|brick(?:s|ed)?)\s+(?:him|her|that\s+\w+|(?:his|"
        rf"her)\s+\w+|{NAMED})|(?:puts?|threw|throws|chucked)\s+a\s+(?:brick|rock|stone|match)\s+(?:through|"
        r"in|into)\s+(?:his|her)\s+\w+|(?:did|does|sorted|sorts)\s+(?:him|her)\s+(?:in|out|over))\b"
        r"[^.!?]{0,40}?,?\s*(?:(?:i'?d|i\s+would|i'?ll|i\s+will)\s+(?:buy|get|stand)\s+(?:them|him|her|'?em)\s+"
        r"a\s+(?:beer|pint|drink|medal|round)|(?:who'?d|who\s+(?:would|could)|nobody\s+would|no\s+one\s+"
        r"would)\s+blame\s+(?:them|him|her))\b|"
        # "I'm not saying anyone should hurt him. But if they did, I wouldn't cry."
        r"\bif\s+(?:they|someone|somebody|anyone|anybody)\s+(?:did|does|do)(?:\s+it)?,?\s+(?:i\s+"
        r")?(?:wouldn'?t|"
        r"won'?t|would\s+not)\s+(?:cry|shed\s+a\s+tear|lose\s+(?:any\s+)?sleep|be\s+(?:sad|sorry|upset))\b|"
        # a named councillor's address or haunt, put out for others
        rf"\b(?:{NAMED}|he|she)\s+lives\s+(?:at|on)\b[^.!?]{{1,40}}[.!?]\s*(?:just\s+(?:putting\s+"
        r"(?:that|it)\s+out\s+there|saying|so\s+you\s+(?:all\s+)?know)|you\s+know\s+what\s+to\s+do)"
        r"(?=\s*(?:[.!]|$))|"
        rf"\b(?:{NAMED}|he|she)\s+(?:drinks|parks|jogs|runs|walks(?:\s+(?:his|her)\s+dog)?|shops)\b"
        r"[^.!?]{0,60}?,?\s*in\s+case\s+(?:anyone|anybody)\s+(?:wants|fancies)\s+(?:a\s+word|a\s+chat|to\s+"
        r"have\s+a\s+word)\b|"
        r"\b(?:anyone|anybody|whoever)\s+(?:who\s+)?wants?\s+to\s+(?:teach\s+(?:him|her|them)\s+a\s+lesson|"
        r"sort\s+(?:him|her|them)\s+out|pay\s+(?:him|her|them)\s+a\s+visit)\b[^.!?]{0,10}?,?\s*"
        r"(?:(?:his|her|their)\s+address|(?:he|she|they)\s+(?:lives?|drinks?|parks?))\b|"
        rf"\bwhere\s+(?:that\s+\w+|{NAMED}|he|she)\s+lives\?\s*asking\s+for\s+(?:a\s+)?(?:few\s+|some\s+)?"
        r"(?:friends?|mates?|lads)\b|"
        # a crowd sent to the door: "Everyone meet outside the councillor's house tonight, bring
        # whatever you've got.", "Let's all go round to his house and see how brave he is then."
        rf"\bmeet\s+(?:up\s+)?(?:outside|at)\s+(?:his|her|the\s+councill?or'?s|{NAMED}'?s)\s+(?:house|home|"
        r"place)\b[^.!?]{0,40}\bbring\s+(?:whatever\s+you'?ve\s+got|weapons|bats|sticks|bricks|petrol)\b|"
        r"\bgo\s+round\s+to\s+(?:his|her|their|the\s+councill?or'?s)\s+(?:house|home|place)\b[^.!?]{0,30}\b"
        r"see\s+how\s+(?:brave|tough|cocky|smug|big)\s+(?:he|she|they)\s+(?:is|are)\b|"
        r"\b(?:someone|somebody|people)\s+(?:should|needs?\s+to|ought\s+to)\s+follow\s+(?:him|her|them|"
        rf"{NAMED})\s+home\b|"
        r"\btime\s+(?:the\s+[\w\s]{1,30}?|we|someone)\s+got\s+(?:their|our|his)\s+hands\s+on\s+"
        rf"(?:{NAMED}|him|"
        r"her|you)\b|"
        r"\b(?:someone|somebody)\s+(?:needs?\s+to|should|ought\s+to)\s+make\s+an\s+example\s+(?:out\s+"
        r")?of\s+"
        rf"(?:{NAMED}|him|her)\b(?![^.!?]*\b(?:fine|fined|court|prosecut\w*|standards|committee)\b)|"
        r"\bpay\s+(?:that|the)\s+(?:councill?or|leader|mayor)\s+a\s+(?:little\s+)?visit\s+and\s+(?:remind\s+"
        r"(?:him|her)\s+who\s+(?:he|she)\s+works\s+for|teach|show\s+(?:him|her)\s+what|sort)\b|"
        r"\b(?:i'?d|i\s+would|we'?d)\s+be\s+waiting\s+for\s+(?:her|him|them|you)\s+after\s+(?:the|her|his|"
        r"your)\s+(?:surgery|meeting|count|hustings)(?=\s*(?:[.!]|$))|"
        # "Don't do anything stupid lads. Unless you see him alone."
        r"\bunless\s+you\s+(?:see|catch|find|get)\s+(?:him|her|them)\s+(?:alone|on\s+(?:his|her|their)\s+"
        r"own)(?=\s*(?:[.!]|$))|"
        # "Women in politics should be hunted down one by one." (not the fly-tippers, to be fined)
        r"\b(?:women|men|girls|people|councillors|politicians|traitors|feminists|they|he|she|you|"
        rf"{_GROUP})(?:\s+(?:in|on|of)\s+(?:the\s+)?[\w-]+)?\s+(?:should|must|ought\s+to|need\s+to|"
        r"needs\s+to|"
        r"deserve\s+to)\s+be\s+hunted\s+(?:down|out)\b"
        r"(?![^.!?]*\b(?:fined|prosecuted|named|shamed|caught|justice|arrested|banned|reported|court|"
        r"punished|evicted)\b)",
        0.6,
    ),
    _rule(
        "urges_self_harm",
        "tells the person to kill or harm themselves, or that the world would be better off "
        "without them",
        # "kill yourself" only as an order or a wish: "you'll kill yourself on that kerb" is a
        # warning, "don't kill yourself over it" is negated (and weakened) and "kill yourself
        # laughing" is not about death
        rf"(?:{CLAUSE_START}|\b(?:just|please|pls|plz|go|and|should|ought\s+to|needs?\s+to|"
        r"better|why\s+(?:don'?t|not)\s+you)\s+)(?:go\s+(?:and\s+)?|all\s+)?"
        # not "drown yourself in paperwork"
        r"(?:kill|hang|top|off|neck|poison|gas|shoot|stab|"
        r"drown(?!\s+\w+\s+in\s+(?!(?:the|a)\s+(?:canal|river|sea|lake|pond|bath)\b)))\s+"
        r"(?:yourself|yourselves|themselves|himself|herself|urself)\b(?!\s+(?:laughing|with\s+laughter))|"
        r"\bkys\b|"
        r"\bwhy\s+(?:don'?t|not)\s+you\s+(?:just\s+)?end\s+it(?:\s+all)?\b|"
        r"\b(?:jump|throw\s+yourself)\s+(?:off|from)\s+(?:a|the)\s+(?:bridge|cliff|building|roof|"
        r"multi-storey)\b|\b(?:jump|throw\s+yourself)\s+(?:under|in\s+front\s+of)\s+(?:a|the)\s+"
        r"(?:train|bus|lorry)\b|\bdrink\s+(?:some\s+)?bleach\b|\bslit\s+your\s+(?:wrists|throat)\b|"
        # "go and die" as an order, not "my dad would go and die for his country"
        rf"(?:{CLAUSE_START}|\b(?:just|please)\s+)"
        r"(?:go\s+(?:and\s+)?die|drop\s+dead(?!\s+(?:gorgeous|easy|simple)))\b(?!-)|"
        r"\bdie\s+in\s+a\s+(?:fire|ditch|hole)\b|"
        r"\bdo\s+(?:us\s+all|us|everyone|everybody|the\s+world|the\s+town|the\s+ward)\s+a\s+"
        r"favou?r\s+and\s+(?:die|disappear\s+for\s+good|jump|drop\s+dead|end\s+it)\b|"
        # not "the ward would be better off without you", which is about an election
        r"\bthe\s+world\s+(?:would|will|'d)\s+be\s+better\s+off\s+without\s+you\b|"
        r"\bbetter\s+off\s+without\s+you\s+(?:alive|breathing|on\s+(?:this|the)\s+(?:earth|planet))\b|"
        r"\b(?:nobody|no\s+one)\s+(?:would|will)\s+miss\s+you\s+if\s+you\s+(?:died|were\s+dead|"
        r"killed\s+yourself|were\s+gone\s+for\s+good)\b",
        0.6,
    ),
    _rule(
        "harm_at_your_place",
        "says someone will get hurt where the person works or lives ('someone is going to get "
        "hurt at your surgery'), or that the one hurt will be the person",
        r"\b(?:someone|somebody|people|one\s+of\s+(?:you|us|them)|you|things)"
        rf"{WILL_OR_MAY}(?:get|be)\s+(?:badly\s+|seriously\s+)?(?:hurt|killed|injured|attacked|stabbed|shot|"
        r"beaten|glassed|nasty|ugly)\s+(?:at|outside|near|in|by|after|on\s+the\s+way\s+(?:to|"
        r"home\s+from))\s+your\s+(?:next\s+)?(?:surgery|surgeries|home|house|office|door|"
        r"doorstep|street|meeting|car|work|place)\b|"
        # "Cllr Murphy is going to get hurt if he carries on like this."
        rf"\b(?:{NAMED}|he|she|you){WILL_OR_MAY}(?:get|be)\s+(?:badly\s+|seriously\s+)?(?:hurt|killed|"
        r"injured|beaten|battered)\s+if\s+(?:he|she|you|they)\s+(?:carries|carry|keeps?|continues?|goes|"
        r"go|does|do|doesn'?t|don'?t)\b|"
        # "We'll see how Cllr Lee likes it when it's her house that gets burned."
        r"\bwhen\s+it'?s\s+(?:his|her|your|their)\s+(?:house|home|car|office|family|kids)\s+(?:that\s+)?"
        r"(?:gets?|is|being)\s+(?:burned|burnt|torched|attacked|smashed|bricked|targeted)\b|"
        # "Someone will get killed on that crossing, and it will be you."
        r"\b(?:killed|hurt|injured|die|dies|dead|stabbed|shot|attacked)\b[^.!?]{0,80}?\b(?:it\s+will|"
        r"it'?ll)\s+be\s+you\b",
        0.6,
    ),
    _rule(
        "violent_imagery",
        "describes violence in a picture rather than a verb ('I'll rearrange your face', 'you "
        "won't get out alive', 'cracking skulls', 'lined up and shot')",
        r"\brearrange\s+(?:your|his|her|their)\s+faces?\b|\bbreak\s+every\s+bone\b|"
        r"\bfaces?\s+(?:got|gets|get|being)\s+rearranged\b|"
        r"\byou'?(?:ll|\s+will)\s+be\s+(?:wearing\s+a\s+neck\s+brace|in\s+a\s+wheelchair|in\s+plaster|"
        r"in\s+traction|in\s+intensive\s+care|in\s+a\s+coma)\b|"
        r"\b(?:a\s+brick|a\s+bullet|a\s+knife|a\s+blade|petrol|a\s+rope|an?\s+(?:hammer|bat|baseball\s+bat|"
        r"machete|axe|crowbar|shotgun|gun|noose|tyre\s+iron))\s+(?:has|with)\s+your\s+name\s+on\s+it\b|"
        # "Bet your kids would look good in a coffin", "your blood will be on the pavement"
        r"\b(?:look|looks)\s+(?:good|better|nice|lovely|great)\s+in\s+an?\s+(?:coffin|body\s+bag|"
        r"wheelchair|neck\s+brace)\b|"
        r"\b(?:(?:put|see|have|want)\s+(?:you|u|him|her|them)|you(?:'ll|\s+will)\s+be)\s+six\s+feet\s+under\b|"
        # "Someone should put you under a lorry." (not "thrown under the bus", betrayed)
        r"\b(?:put|push|shove|drag|kick)\s+(?:you|u|him|her|them)\s+under\s+(?:a|the|an?\s+\w+)\s+"
        r"(?:lorry|lorries|bus|train|truck|car|van|tractor|steamroller|hgv)\b|"
        r"\byour\s+blood\s+(?:will\s+be|'ll\s+be|is\s+going\s+to\s+be)\s+(?:all\s+)?(?:on|over)\s+(?:the|my)\s+"
        r"(?:pavement|streets?|floor|walls?|hands|carpet|road)\b|"
        r"\b(?:mum|mother|own\s+mother|family|wife|husband|kids)\s+(?:won'?t|wouldn'?t|will\s+not|"
        r"would\s+not)\s+(?:even\s+)?recogni[sz]e\s+(?:you|u|ya)\b|"
        r"\b(?:get\s+ready|prepare|be\s+ready)\s+to\s+(?:bleed|die|suffer)\b|"
        r"\bthere\s+will\s+be\s+blood\b|\bblood\s+on\s+the\s+streets\b|"
        r"\bopen\s+season\s+on\s+(?:you|traitor|councillors|politicians|mps|them)\b|"
        r"\b(?:know|knows)\s+how\s+to\s+deal\s+with\s+(?:councillors|people|traitors|scum|the\s+likes)\s+"
        r"(?:like|of)\s+you\b|"
        r"\bstring\s+(?:you|him|her|them|'?em)\s+up\b|"
        # "slice your throat" said alone ("slit your throat" is read as urging self-harm), not
        # "cut your own throat"
        r"\b(?:slice|cut|slash)\s+(?:your|ur|yer)\s+throat\b|"
        r"\b(?:slit|slice|cut|slash)\s+(?:his|her|their)\s+throats?\b|"
        r"\bgut\s+(?:you|him|her|them)\b|\bpushing\s+up\s+(?:the\s+)?daisies\b|"
        r"\bdrag\s+(?:you|him|her|them)\s+(?:[\w'-]+\s+){0,5}?by\s+(?:your|his|her|their)\s+(?:hair|"
        r"throat|neck|ears)\b|"
        r"\b(?:eat|eating|drink|drinking)\s+through\s+a\s+straw\b(?![^.!?]*\b(?:dentist|dental|operation|"
        r"braces)\b)|"
        r"\byou'?(?:ll|\s+will)\s+need\s+a\s+new\s+(?:face|nose|jaw|set\s+of\s+teeth|kneecaps?)\b(?!\s+mask)|"
        r"\b(?:nobody|no\s+one|no-one)\s+(?:would|will|'d)\s+miss\s+you\s+if\s+you\s+(?:disappeared|vanished|"
        r"were\s+gone|went\s+missing)\b|"
        r"\b(?:already|just)\s+bought\s+(?:the\s+rope|a\s+noose|the\s+noose)\s*(?:[.!]|$)|"
        # "I have a rope ready for you." (not "the knife is ready for you to cut the ribbon")
        r"\b(?:a|the|my)\s+(?:rope|noose|bullet|grave|coffin|body\s+bag)\s+(?:is\s+|'s\s+)?(?:ready|waiting|"
        r"reserved|saved|dug)\s+for\s+(?:you|him|her)\b(?!\s+to\b)|"
        r"\bscrap(?:e|ing)\s+(?:you|him|her|them)\s+off\s+the\s+(?:pavement|road|floor|walls?|tarmac)\b|"
        r"\bblood\s+(?:will|'ll|is\s+going\s+to)\s+(?:be\s+)?(?:spilled|spilt|shed|flow|run)\b|"
        # "You're going in the canal", "you'll be in the river" (not the charity swim)
        r"(?:\b(?:you'?re|you\s+are|ur)\s+(?:going|gonna\s+go|going\s+to\s+go)\s+(?:in|into)|"
        r"\byou'?(?:ll|\s+will)\s+(?:be|end\s+up)\s+(?:floating\s+)?(?:in|at\s+the\s+bottom\s+of))\s+the\s+"
        r"(?:canal|river|reservoir|quarry|docks?|harbour)\b(?![^.!?]*\b(?:charity|swim|dip|paddle|race|"
        r"boat|kayak|canoe|fun)\b)|"
        # "You won't be so smug with a broken jaw."
        r"\b(?:won'?t|wouldn'?t|will\s+not)\s+be\s+(?:so\s+)?(?:smug|cocky|brave|clever|mouthy|tough|gobby|"
        r"smiling|laughing|pretty|lippy)\s+with\s+(?:a\s+)?(?:broken|smashed|bust|busted)\s+(?:jaw|nose|face|"
        r"teeth|legs?|arms?|ribs?|knees?)\b|"
        # "run you over" as a threat, not "I'll run you over the figures"
        r"\brun\s+(?:you|him|her|them)\s+(?:off\s+the\s+road\b|over(?=\s*(?:[.!,]|$|with|in\s+my|"
        r"if|when|next)))|"
        r"\b(?:see|put)\s+(?:you|him|her|them)\s+in\s+(?:the\s+|an?\s+(?:early\s+)?)(?:ground|grave)\b|"
        # not leaving alive: "you won't get out of the chamber alive"
        r"\b(?:won'?t|never|not|no)\s+(?:[\w'-]+\s+){0,4}?(?:leave|leaves|get\s+out\s+of|gets\s+out\s+of|"
        r"make\s+it\s+out\s+of|walk\s+out\s+of|come\s+out\s+of)\s+(?:[\w'-]+\s+){0,3}?alive\b|"
        rf"\b(?:do|doing|serve)\s+(?:time|life|a\s+stretch)\s+for\s+(?:you|him|her|{NAMED})\b|"
        r"\bhave\s+(?:you|him|her|them)\s+(?:done\s+in|done\s+over|seen\s+to|kneecapped)\b|"
        r"\b(?:people|someone|somebody|lads|blokes)\s+who\s+(?:would|'d)\s+do\s+(?:you|him|her)\s+"
        r"(?:in\s+)?for\b|"
        r"\ba\s+bullet\s+(?:is|'s)\s+too\s+good\s+for\b|\bbullet\s+between\s+(?:the|your|his|her)\s+"
        r"eyes\b|"
        r"\b(?:five|ten|two|a\s+few)\s+minutes\s+(?:alone\s+with|(?:alone\s+)?in\s+a\s+room\s+with)\s+"
        r"(?:you|him|her)\b|"
        r"\blamp\s*posts?\b[^.!?]{0,30}?\b(?:rope|ropes|strung)\b|"
        # "You'll be swinging from a lamp post", not the hanging baskets
        r"\b(?:you|u|ya)(?:'ll|\s+will)?\s+(?:be\s+)?(?:swinging|hanging|dangling|swing|hang|dangle)\s+"
        r"from\s+(?:a|the|your|my)\s+(?:lamp\s*post|tree|rope|gallows|noose|bridge|rafters?|beam)\b|"
        r"\b(?:rope|ropes)\b[^.!?]{0,30}?\blamp\s*posts?\b|\bday\s+of\s+the\s+rope\b|"
        r"\b(?:i|and)\s+don'?t\s+mean\s+politically\b|"
        # a weapon asked after, and where the councillor will be: "Dave, have you still got that
        # baseball bat? Cllr Wright's surgery is on Thursday."
        r"\b(?:baseball\s+bat|machete|shotgun|crowbar|knuckle\s*duster|axe|gun|knife)\b[^\n]{0,80}?"
        rf"\b{NAMED}'?s?\s+(?:surgery|house|home|address|office)\s+(?:is|'s)\b|"
        r"\b(?:crack|cracking|break|breaking|bash|bashing)\s+(?:some\s+|a\s+few\s+)?(?:skulls|heads)\b|"
        r"\b(?:cave|kick|boot|smash|stamp)\s+(?:your|his|her|their|some)\s+heads?\s+in\b|"
        # not asked to condemn it: "who would want to see women suffer?"
        r"(?<!who\swould\s)(?<!who\sdoes\s)\b(?:wait|want|love|like|long|dying)\s+to\s+(?:see|watch)\s+"
        r"(?:[\w'-]+\s+){0,3}?(?:bleed|hang|burn|"
        r"suffer|hanged|lynched)\b|"
        r"\blined\s+up\s+(?:and\s+(?:shot|hanged|executed)|against\s+(?:a|the)\s+wall)\b|"
        r"\bline\s+(?:them|you|'?em|\w+)\s+up\s+(?:and\s+shoot|against\s+(?:a|the)\s+wall)\b|"
        rf"\b{WILL}\s+take\s+(?:you|him|her|them)\s+out(?=\s*(?:[.!,]|$|permanently|for\s+good))|"
        r"\b(?:move|send|bury|lay|plant)\s+(?:you|u|him|her|them)\s+six\s+(?:feet|foot)\s+under\b|"
        # "... and you won't be leaving in one piece", "you won't walk out of that chamber."
        r"\byou\s+(?:won'?t|will\s+not)\s+be\s+(?:leaving|going\s+home|walking\s+out|getting\s+"
        r"out)\b[^.!?]{0,30}?"
        r"\b(?:alive|in\s+one\s+piece|on\s+your\s+(?:own\s+)?(?:two\s+)?feet)\b"
        r"(?![^.!?]*\b(?:agenda|queue|traffic|paperwork|forms?|ha|haha|lol)\b)|"
        r"\byou\s+(?:won'?t|will\s+not)\s+(?:walk|get|come)\s+out\s+of\s+(?:that|the|this)\s+"
        r"(?:chamber|meeting|"
        r"room|hall|building|town\s+hall|surgery)(?=\s*(?:[.!]|$|alive|standing|on\s+your\s+feet))|"
        r"\byou'?ll\s+be\s+(?:(?:carried|stretchered)\s+(?:out|off)\b|carried\s+away\s+from\b|"
        r"(?:leaving|going\s+"
        r"home|carried\s+out)\s+in\s+an?\s+(?:ambulance|body\s+bag|box|coffin|stretcher)\b)|"
        # harm pictured on the home: "Your windows would look better smashed.", "Those roses would
        # look better with petrol on them.", "... if it burned down with you in it." (the reader's,
        # not an eyesore: "That old bus shelter would look better smashed to bits.")
        r"\b(?:your|you)\b[^.!?]{0,40}?\bwould\s+look\s+(?:better|nicer|good|great|lovely)\s+"
        r"(?:smashed(?:\s+in)?|burnt|burned|on\s+"
        r"fire|in\s+"
        r"flames|in\s+(?:pieces|bits)|with\s+(?:petrol|acid|paraffin|a\s+brick|bricks)\b)|"
        # and with the place named between: "Burn the library down with you in it."
        r"\b(?:burn(?:ed|t|s)?\s+(?:[\w'-]+\s+){0,4}?down|go(?:es)?\s+up\s+in\s+flames|"
        r"went\s+up\s+in\s+flames)\s+with\s+"
        r"(?:you|them|"
        rf"your\s+{FAMILY})\s+(?:still\s+)?in(?:side)?\b|"
        r"\bneeds?\s+(?:her|his|their|your)\s+(?:teeth|head|face|lights)\s+(?:knocked|kicked|punched|"
        r"smashed|bashed)\s+(?:out|in)\b|"
        r"\byou'?ll\s+be\s+(?:breathing|feeding)\s+through\s+a\s+tube\b"
        r"(?![^.!?]*\b(?:dentist|dental|operation|surgeon|hospital\s+appointment)\b)|"
        r"\bwipe\s+(?:that|the)\s+(?:smile|smirk|grin)\s+off\s+(?:your|his|her)\s+face\s+"
        r"(?:permanently|for\s+"
        r"good|forever)\b|"
        r"\bthe\s+only\s+(?:thing|language)\s+(?:that\s+)?(?:shuts?\s+(?:a\s+|her\s+|them\s+|women\s+|"
        r"you\s+)?"
        r"(?:\w+\s+)?up|(?:she|they|he|women)\s+understands?)\s+(?:is\s+)?(?:a\s+)?(?:fist|slap|punch|"
        r"beating|"
        r"kicking|bullet|violence|backhander|back\s+of\s+(?:a|my)\s+hand)\b|"
        r"\ba\s+(?:good\s+)?(?:hiding|slap|kicking|beating|smack|battering|thumping|backhander)\s+"
        r"is\s+what\s+"
        r"(?:she|he|you|they|that\s+\w+)\s+(?:needs?|deserves?)\b|"
        r"\bface\b[^.!?]{0,50}?\bbefore\s+(?:someone|somebody|i|we)\s+(?:rearranges?|smash(?:es)?)\s+it\b|"
        r"\bhope\s+(?:your|you\s+have\s+a\s+good)\s+(?:dentist|surgeon|plastic\s+surgeon|undertaker)\b"
        r"[^.!?]{0,20}?\byou'?ll\s+(?:be\s+)?need(?:ing)?\s+(?:him|her|them|one)\b|"
        r"(?:^|[.!?]\s*)next\s+time,?\s+you'?ll\s+need\s+an?\s+(?:ambulance|undertaker|hearse|coffin|"
        r"priest)\b|"
        r"\band\s+you'?ll\s+(?:be\s+)?need(?:ing)?\s+(?:dental\s+records|a\s+body\s+bag|a\s+coffin|"
        r"plastic\s+surgery|"
        r"a\s+new\s+face)\b",
        0.65,
    ),
    _rule(
        "attack_on_politicians",
        "refers to the murders of MPs Jo Cox or David Amess, or says politicians get killed",
        # a murdered MP held up to the reader: "You'll end up like Jo Cox", "Remember what happened
        # to David Amess", "Someone will Jo Cox you"; not the foundation, a minute's silence, or the
        # review of surgeries' security that followed
        r"(?:\b(?:like|as|happened\s+to|remember|forget|do\s+an?|get|gets|fate\s+of|next\s+after)\s+"
        rf"(?:poor\s+|sir\s+)?{MURDERED_MP}\b(?!'s\s+(?:maiden|speech|words|legacy|"
        r"foundation|memory|family|murder\w*|killer|death))|"
        rf"\b{MURDERED_MP}(?:\s+(?:you|u|ya|him|her|them)\b|\s+treatment\b|\s+(?:was|is)\s+"
        r"(?:only|just)\s+the\s+(?:start|beginning)\b|\s+(?:got|had)\s+what\b|\s+deserved\b|\s+got(?=\s*(?:[.!,]|"
        r"$))|\s+(?:did\s+not|didn'?t|never)\s+learn\b|\s+learn(?:ed|t)\s+the\s+hard\s+way\b|"
        r"\s+(?:did\s+not|didn'?t|never)\s+see\s+(?:it|that)\s+coming\b)|"
        rf"\bwhat\s+{MURDERED_MP}\s+got\b|\bend\s+up\s+like\s+(?:that|the)\s+(?:mp|councillor)\b|"
        r"\b(?:mps|councillors|politicians)\s+(?:have\s+been|get|got)\s+(?:murdered|killed|stabbed|shot)\b)"
        r"(?![^\n]*\b(?:foundation|get\s+together|more\s+in\s+common|memorial|silence|tribute|in\s+memory|"
        r"legacy|vigil|reviews?|security|safety|protect\w*|inquiry|inquest|anniversary|condolences|"
        r"rest\s+in\s+peace|honou?r\w*)\b)",
        0.6,
    ),
    _rule(
        "veiled_menace",
        "menace put as advice, pity or a remark: going nowhere alone, a lock or brakes pitied, "
        "protection that will run out, visitors the person won't enjoy, a wait after a question",
        # advice to go nowhere alone: "Don't go to the allotment alone, councillor."; not the
        # safety advice councillors are given ("don't canvass alone, take a colleague")
        r"(?<!please\s)\b(?:don'?t|do\s+not|never|wouldn'?t|would\s+not|shouldn'?t|careful|be\s+careful)\s+"
        r"(?:\w+\s+){0,2}?(?:go|going|walk|walking|jog|jogging|run|running|drive|driving|cycle|"
        r"cycling|wander|wandering|stay|staying|head|heading)\b[^.!?]{0,50}?\b(?:alone|"
        rf"on\s+your\s+own|by\s+yourself)\b{NO_HAZARD_AFTER}(?![^.!?]*\b(?:take|bring|colleagues?|"
        r"buddy|friends?|partner|guidance|advice|policy|training|always|please|lift)\b)|"
        # harm to "someone" held over a demand: "Step down before somebody gets hurt.", "Unless
        # you resign, someone will get hurt.", "Keep going and someone will get hurt." (not a
        # danger the council is asked to deal with: "Drop the speed limit before someone gets
        # killed", which ``peaceful`` names)
        rf"{CLAUSE_START}(?![^.!?]*\b{HAZARD}\b)(?:(?:just|now|please|so)\s+)?(?:resign|step\s+down|"
        r"stand\s+down|quit|back\s+(?:off|down)|clear\s+off|go\s+away|stay\s+away|keep\s+away|shut\s+up|"
        r"keep\s+quiet|keep\s+your\s+(?:nose|mouth)\s+(?:out|shut)|butt\s+out|leave|get\s+out|walk\s+away|"
        r"pull\s+out|change\s+your\s+vote|(?:drop|withdraw|reverse)\s+(?:it|this|that|the\s+\w+)|"
        r"vote\s+(?:for|against)\s+(?:it|this|that|the\s+\w+))\b[^.!?]{0,40}?,?\s*(?:before|or(?:\s+else)?|"
        rf"otherwise)\s+{_SOMEONE_GETS_HURT}|"
        rf"\bunless\s+(?:you|u)\s+(?![^.!?]*\b{HAZARD}\b)(?:[\w'-]+\s+){{0,4}}?[\w'-]+,?\s+{_SOMEONE_GETS_HURT}|"
        r"\b(?:keep\s+(?:it|this|that|going|pushing|ignoring)(?:\s+up)?|carry\s+on|push\s+(?:me|it|your\s+luck))\s+"
        rf"(?:[\w'-]+\s+){{0,4}}?and\s+{_SOMEONE_GETS_HURT}|"
        # waiting till they are alone: "I'll get you when you're alone." (not "I'll catch you when
        # you're on your own", a word in private)
        r"\b(?:get|have|sort)\s+you\s+(?:when|once|while)\s+(?:you'?re|you\s+are)\s+(?:alone|"
        r"on\s+your\s+own|by\s+yourself)\b|"
        # what keeps them safe, pitied: "Pity the brakes on your car are so old.", "Shame about the
        # lock." (not "the tyres on the council van")
        r"\b(?:shame|pity)\s+(?:about\s+)?(?:your\s+(?:[\w'-]+\s+){0,2}?(?=(?:locks?|brakes|tyres|alarm|"
        r"cctv|cameras?)\b)|the\s+(?:locks?|brakes|tyres|alarm|cctv|cameras?)\s+(?:on|of|at|in)\s+your\b|"
        r"the\s+(?:locks?|brakes|tyres|alarm|cctv|cameras?)\s*[.!]|the\s+(?:locks?|brakes|alarm)\s*$)"
        rf"{NO_HAZARD_AFTER}|"
        # a body part kept on a condition: "if she wants to keep her teeth" (not the dentist's)
        r"\bif\s+(?:you|she|he|they)\s+(?:wants?|would\s+like|'d\s+like)\s+to\s+keep\s+"
        r"(?:your|her|his|their)\s+(?:teeth|legs|kneecaps|knees|fingers)\b(?![^.!?]*\b(?:brush\w*|"
        r"floss\w*|dentists?|sweets|sugar\w*|health\w*|diet|exercise|stretch\w*|walking|shoes|"
        r"trainers|warm\s+up|doctors?|gp|physio\w*)\b)|"
        r"\b(?:shame|pity)\s+if\s+(?:she|he|they|you)\s+lost\s+(?:her|his|their|your)\s+(?:smile|"
        r"teeth|looks|sight|legs)\b|"
        # protection that will run out: "You can't hide behind the police forever."; not the
        # complaint "you can't hide behind your officers forever"
        r"\byou(?:'re|\s+are)\s+not\s+untouchable\b|\b(?:nobody|no\s+one|no-one)(?:'s|\s+is)\s+"
        r"untouchable(?=\s*(?:[.!]|$|,?\s*(?:councillor|not\s+even\s+you)))|"
        r"\byou\s+can'?t\s+hide\s+(?:behind\s+(?:the\s+police|your\s+(?:minders|bodyguards?|security|"
        r"police\s+escort|front\s+door|locked\s+doors?)|security)\b|from\s+(?:me|us)\b(?![^.!?]*\b(?:"
        r"vote|votes|voters|election|ballot|polls|press|papers|questions|scrutiny|foi)\b))|"
        r"\bhow\s+(?:brave|tough|hard|smug|cocky)\s+you\s+are\s+without\s+(?:your|the)\s+(?:minders|"
        r"bodyguards?|police(?:\s+escort)?|security|escort)\b|"
        r"\byou(?:'ll|\s+will|'re\s+going\s+to)\s+need\s+(?:police\s+protection|(?:a\s+)?police\s+"
        r"escort|(?:protecting|protection)(?=\s*(?:[.!]|$|,?\s*councillor)))|"
        # nobody would notice them gone (not "at the quiz")
        r"\b(?:nobody|no\s+one|no-one)\s+(?:would|will|'d)\s+(?:miss|notice\s+if\s+you)\s+"
        rf"(?:you|{NAMED}|him|her)\b(?!\s+(?:at|in|on|for|if\s+you\s+(?:left|resigned|stood\s+down|"
        r"went\s+on))\b)|"
        # unwelcome visitors: "you'll have visitors you won't enjoy", "Not in a friendly way."
        r"\b(?:visitors|visit|company|guests)\s+(?:that\s+|who\s+)?you\s+(?:won'?t|will\s+not|"
        r"wouldn'?t)\s+(?:enjoy|like|want|forget)\b(?!\s+to\b)|"
        r"\b(?:asking|talking|asked)\s+about\s+you\b[^\n]{0,20}\bnot\s+in\s+a\s+(?:friendly|nice|"
        r"good)\s+way\b|"
        # luck that will run out (not the raffle's)
        r"\b(?:next\s+time|one\s+day|soon)\s*,?\s+you\s+(?:won'?t|will\s+not)\s+be\s+(?:so\s+|as\s+)?"
        r"lucky(?=\s*(?:[.!,]|$))|\byou\s+(?:were|got)\s+lucky\s+(?:this\s+time|today|tonight)"
        r"(?=\s*(?:[.!,]|$))(?![^.!?]*\b(?:weather|rain|sun|draw|raffle|tombola|quiz)\b)|"
        # watched where they are open to harm (not for the survey or the newsletter)
        r"\b(?:i'?ve|we'?ve|i\s+have|we\s+have|someone'?s|someone\s+has)\s+(?:taken|got|been\s+taking)\s+"
        rf"(?:some\s+)?(?:photos|pictures|videos|footage)\s+of\s+your\s+(?:{FAMILY}|house|home|car|"
        r"door|front\s+door|kids'|children's|windows|street|drive)\b(?![^.!?]*\b(?:for\s+(?:the|our|a)|"
        r"to\s+(?:show|send|share)|survey|planning|conservation|newsletter|leaflet|website|"
        r"competition|calendar|album)\b)|"
        r"\b(?:i|we|they|the\s+(?:lads|boys)|my\s+(?:mates|lads|boys))\s+know\s+your\s+(?:car|reg|"
        r"registration|number\s+plate|house|routine)\s*(?:[.!]|$)|"
        # pity for their brakes: "The brakes on that old Volvo of yours don't look great." (not
        # advice to get them seen to)
        r"\bbrakes\s+on\s+(?:your\s+(?:[\w'-]+\s+){0,2}?(?:car|van|motor|bike)|that\s+(?:[\w'-]+\s+){0,3}?"
        r"of\s+yours)\s+(?:don'?t|do\s+not)\s+look\s+(?:great|good|safe|right|too\s+(?:good|safe|clever))\b"
        r"(?![^.!?]*\b(?:check\w*|garage|mot|servic\w*|mechanic|looked\s+at|seen\s+to)\b)|"
        # "Enjoy your morning runs along the canal while you still can." (not the seat or the
        # summer: "Enjoy your majority while you still can.")
        r"\benjoy\s+your\s+(?:(?!(?:seat|job|position|majority|salary|expenses|perks|power|allowances?|"
        r"office|title|role|summer|holidays?|weekend|sunshine|break|free|lie-?in)\b)[\w'-]+\s+){1,5}?"
        r"while\s+you\s+(?:still\s+)?can\b|"
        r"\b(?:yours|your\s+car|your\s+van)\b[^.!?]{0,30}\bparked\s+(?:in\s+)?(?:a|such\s+a)\s+"
        r"(?:very\s+|really\s+|nice\s+)?(?:quiet|dark|lonely|secluded|isolated)\s+(?:spot|place|street|"
        r"corner)\b|"
        # a time asked, then a wait: "What time does your surgery finish on Friday? I'll wait."
        r"\b(?:what\s+time|when)\s+(?:does|do|will|is)\s+your\s+[^?]{1,40}\?\s*(?:i'?ll|we'll|i\s+will|"
        r"we\s+will)\s+(?:wait|be\s+waiting)\s*(?:[.!]|$)|"
        r"\b(?:i'?ll|we'll|i\s+will|we\s+will)\s+be\s+(?:waiting\s+)?(?:outside|at|by)\s+"
        r"(?:(?!\bwith\b|\bto\b)[^.!?]){0,40}[.!]\s*don'?t\s+be\s+late\b|"
        r"\b(?:i'?ll|we'll|i\s+will|we\s+will)\s+be\s+waiting\s+(?:at|by|on)\s+(?:the\s+(?:bottom|end|"
        r"top)\s+of\s+)?your\s+(?:drive|driveway|road|street|path|garden|gate|stairs)\b(?![^.!?]*\b(?:"
        r"to\s+(?:give|hand|pass|show|return|drop|collect|pick|meet|talk|sign|deliver|say|thank|help|"
        r"walk|take|drive)|with\s+(?:the|a|my)\s+(?:car|van|lift|taxi|petition|leaflets?|keys?))\b)|"
        # sent from home "for your own good" (not for the damp)
        rf"\b(?:you|you\s+and\s+your\s+{FAMILY})\s+(?:moved|move|got|get|left|leave)\s+(?:away|house|"
        r"out|town|the\s+area|the\s+ward|the\s+country)\b[^.!?]{0,20}?\bfor\s+(?:your|their)\s+"
        rf"(?:own\s+)?(?:good|sake|safety)\b{NO_HAZARD_AFTER}(?![^.!?]*\b(?:damp|mould|rent|"
        r"commute|schools?|jobs?|work)\b)|"
        # dealt with, and the reader knows how
        r"\b(?:dealt\s+with|sorted(?:\s+out)?|taken\s+care\s+of|seen\s+to|handled)\b[^.!?]{0,30}?"
        r"\bif\s+you\s+(?:know|get|catch)\s+(?:what|my)\s+(?:i\s+mean|meaning|drift)\b|"
        # hired help: "I know people who do this sort of thing for fifty quid." (not a roofer)
        r"\b(?:people|someone|somebody|lads|blokes|a\s+(?:man|bloke|guy|lad))\s+who\s+(?:do|does|"
        r"'d\s+do|would\s+do|will\s+do|can\s+do)\s+(?:this|that|these|those)\s+(?:sort|kind)s?\s+of\s+"
        r"(?:thing|things|job|jobs|work)\b(?![^.!?]*\b(?:number|recommend\w*|contact|details|ring|call|"
        r"send|happy\s+to|living|trade|business|roofs?|boilers?|gardens?|gutters?)\b)|"
        r"\byou\s+won'?t\s+recognise\s+(?:your|her|his)\s+(?:car|house|face|home|office)\b[^.!?]{0,20}"
        r"\bwhen\s+(?:i|we|they)\b|"
        # what is theirs in the news, said as a wish: "Be a shame to see it on the news."
        r"(?:\b(?:would|'d|could)\s+be\s+a|(?:^|[.!?]\s*)be\s+a)\s+(?:shame|pity)\s+to\s+see\s+(?:it|that|"
        r"them|your\s+(?:[\w'-]+\s+){1,2}?)\s*(?:on\s+the\s+(?:news|front\s+page)|in\s+the\s+"
        r"(?:papers?|news))\b|"
        # luck that spared the reader: "You're lucky I haven't come round yet.", "You're lucky I'm
        # not a violent man." (not the press, a complaint or the ballot box)
        r"\byou(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been)\s+(?:very\s+|so\s+|damn\s+|bloody\s+)?"
        r"lucky\s+(?:that\s+)?(?:i|we|the\s+lads|my\s+(?:lads|boys|mates|brothers?))(?:'m|'re|\s+am|\s+are|"
        r"\s+was|\s+were)?\s+(?:haven'?t|hasn'?t|didn'?t|don'?t|never|wasn'?t|weren'?t|not)\s+(?:\w+\s+){0,2}?"
        r"(?:come|came|coming|been\s+round|got\s+hold\s+of\s+you|(?:caught|find|found)\s+you|found\s+out\s+"
        r"where|knows?\s+where\s+you|knew\s+where\s+you|(?:hit|punch\w*|smack\w*|deck\w*|lamp\w*|"
        r"batter\w*|thump\w*|kill\w*|hurt|stab\w*)\s+you|snapped|(?:lost|lose)\s+(?:my\s+(?:temper|rag|"
        r"head|cool|patience)|it)|a\s+violent|violent|there|armed|tooled)\b"
        rf"(?![^.!?]*\b(?:complain\w*|report\w*|ombudsman|solicitors?|lawyers?|press|papers?|court|"
        rf"standards|vote|votes|voting|election|ballot|council\s+tax|bill|{HAZARD})\b)|"
        r"\byou(?:'re|\s+are|\s+were|\s+got)\s+(?:very\s+|so\s+)?lucky\s+(?:that\s+)?there\s+(?:were|was)\s+"
        r"(?:\w+\s+){0,2}?(?:witnesses|cameras|cctv|people\s+(?:around|about|there|watching)|police)\b|"
        r"(?:\b(?:would|'d)\s+|(?:^|[.!?]\s*))hate\s+for\s+(?:anything|something)\s+to\s+(?:happen\s+to\s+"
        r"(?:it|them)|spoil\s+(?:it|that)|ruin\s+(?:it|that))\s*(?:[.!]|$)|"
        r"\b(?:i'?d|i\s+would)\s+(?:love|like)\s+to\s+see\s+you\s+try\s+(?:walking|coming|going|"
        r"showing\s+your\s+face)\b[^.!?]*\bnow(?=\s*(?:[.!]|$))|"
        # a dare: "Shut the youth club and see how safe your street feels after."
        r"\b(?:shut|close|cut|scrap|axe|keep|carry\s+on|do\s+(?:it|that)|vote)\b[^.!?]{0,60}?\band\s+"
        r"see\s+how\s+safe\s+(?:your\s+\w+|you)\s+(?:feels?|are|is)\b|"
        r"\b(?:some|a\s+few|plenty)\s+of\s+(?:them|us|the\s+lads|my\s+\w+)\s+(?:aren'?t|are\s+not)\s+"
        r"(?:very\s+)?patient\b|"
        r"\blong\s+memories\b[^.!?]{0,20}\blong(?:er)?\s+(?:arms|reach)\b|"
        # a lovely smile that could be lost: "Your wee girl has a lovely smile. Be a pity if she
        # lost it."
        r"\b(?:lovely|nice|beautiful|pretty|cheeky)\s+(?:smile|face|teeth|eyes)\b[^\n]{0,40}?\b(?:shame|pity)\s+"
        r"if\s+(?:she|he|they|you)\s+lost\s+(?:it|them)\b|"
        # the dark way home: "Plenty of dark lanes between the town hall and your place."
        r"\bdark\s+(?:lanes|alleys|alleyways|streets|roads|corners|paths)\s+between\s+[^.!?]{1,40}?\band\s+"
        rf"your\s+(?:place|house|home|flat|door|car)\b{NO_HAZARD_AFTER}|"
        r"\byou(?:'ll|\s+will|\s+might|\s+may)\s+want\s+to\s+get\s+(?:a\s+big\s+dog|a\s+dog,\s+a\s+big\s+one)\b|"
        r"\byou(?:'re|\s+are)\s+(?:about\s+to|going\s+to)\s+(?:find|reach|meet)\s+(?:mine|my\s+breaking\s+"
        r"point)\b|"
        # "The last councillor who crossed us moved away in a hurry."
        r"\bthe\s+last\s+(?:councillor|one|person|bloke|man|woman|mp|guy)\s+who\s+(?:crossed|upset|annoyed|"
        r"stood\s+up\s+to|messed\s+with|tried\s+that\s+with)\s+(?:us|me|them|him)\b[^.!?]{0,30}?\b(?:moved\s+"
        r"away|left|disappeared|ended\s+up|regretted|didn'?t\s+last|was\s+never\s+seen|went\s+missing|"
        r"had\s+an\s+accident)\b|"
        r"\b(?:sleep\s+(?:well|tight)|rest\s+easy)\s+(?:tonight)?\s*[.!,]?\s*while\s+you\s+(?:still\s+)?can\b|"
        r"\bwith\s+you\b[^.!?]{0,40},\s*a\s+proper\s+(?:word|chat|talk)\s*(?:[.!]|$)|"
        # the number and the address, then "Be seeing you."
        r"\byour\s+(?:\w+\s+)?(?:number|address)\b[^\n]{0,30}?[.!]\s*(?:i'?ll\s+|we'll\s+)?be\s+seeing\s+"
        r"you\b|"
        # "If that planning application goes through, so will your front window."
        r"\bso\s+will\s+(?:your|his|her)\s+(?:front\s+|car\s+|office\s+)?(?:windows?|windscreen|door|face|"
        r"head|teeth|eyes|legs|kneecaps|skull)\b|"
        r"\bwhat\s+(?:a|my|our)\s+(?:fist|boot|brick|knife|bullet|punch|slap|kicking|hiding|beating|"
        r"baseball\s+bat)\s+feels\s+like\b|"
        # a haunt known: "We know which pub you drink in on a Friday." (not the quiz invitation)
        r"\b(?:i|we|they|(?:the|my|our)\s+(?:lads|boys|mates)|(?:plenty|a\s+lot|lots)\s+of\s+(?:[\w'-]+\s+)?"
        r"(?:people|folk|lads)\s+(?:who|that)|(?:people|folk|someone|somebody)\s+(?:who|that))\s+knows?\s+"
        r"(?:which|what)\s+(?:pub|club|gym|church|mosque|cafe|park)\s+you\b"
        r"(?![^\n]*\b(?:quiz|come|join|pint|round|buy\s+you|see\s+you\s+there|too|as\s+well)\b)|"
        r"[.!]\s*safer,?\s+too\s*[.!]?\s*$|"
        r"\bnext\s+time\s+(?:i|we)\s+see\s+you\b[^.!?]{0,40}\b(?:there\s+(?:won'?t|will\s+not)\s+be\s+"
        r"any|there'?ll\s+be\s+no|there\s+will\s+be\s+no)\s+(?:cameras|cctv|witnesses|police)\b|"
        r"\byou\s+(?:might|may|will|'ll)\s+want\s+to\s+(?:move\s+house|move\s+away|leave\s+town|"
        r"get\s+out\s+of\s+town)\s+(?:before|after)\s+(?:the\s+)?(?:vote|meeting|decision|election|"
        r"count)\b|"
        r"\b(?:hope|trust)\s+your\s+(?:windows|doors?|locks?)\s+(?:are|is)\s+(?:double[\s-]glazed|strong|"
        r"reinforced|good\s+ones|sturdy|solid)\b[^.!?]{0,10}?,?\s*you'?ll\s+need\s+(?:it|them)\b|"
        r"\byour\s+(?:kids'|children's|son's|daughter's|family's|wife's|husband's|partner's)\s+(?:bikes?|"
        r"cars?|scooters?|toys)\s+(?:are|is)\s+(?:always\s+)?(?:left|parked)\s+(?:outside|out|unlocked)\b"
        r"[^.?!]{0,30},\s*(?:aren'?t|isn'?t)\s+(?:they|it)\b|"
        r"\bthink\s+about\s+who\s+opens\s+your\s+(?:post|mail|letters|parcels)\b|"
        r"\bmake\s+(?:you|him|her)\s+disappear\b[^.!?]{0,30}\bone\s+way\s+or\s+(?:another|the\s+other)\b|"
        # damage to what is theirs, pitied in advance: "Shame if your shop windows got put
        # through." (not "... got damaged in the storm")
        r"\b(?:shame|pity)\s+if\s+your\s+(?:[\w'-]+\s+){0,2}?(?:windows?|car|tyres|door|house|shop|office|"
        r"fence|garden|van)\s+(?:got|were|was|gets?)\s+(?:put\s+through|smashed|broken|burnt|burned|torched|"
        rf"slashed|kicked\s+in|done\s+in){NO_HAZARD_AFTER}|"
        # protection that will not keep them out: "Don't think a locked door will keep us out."
        r"\b(?:don'?t|do\s+not)\s+think\s+(?:a|an|the|your)\s+(?:locked\s+doors?|locks?|alarms?|cameras?|"
        r"cctv|gates?|fences?|police|bodyguards?)\s+(?:will|can|is\s+going\s+to|are\s+going\s+to)\s+"
        r"(?:keep\s+(?:us|me|them)\s+out|stop\s+(?:us|me|them)|save\s+you|protect\s+you)\b|"
        # harm left to others: "I won't do anything myself. I've got friends who will."
        r"\b(?:won'?t|will\s+not)\s+(?:do\s+anything|touch\s+you|lay\s+a\s+finger\s+on\s+you)"
        r"(?:\s+(?:myself|personally))?[.!,]?\s+(?:but\s+)?i(?:'ve|\s+have)?\s+got\s+(?:friends|mates|"
        r"people|lads)\s+who\s+(?:will|would)\b|"
        r"\b(?:someone|somebody)(?:'s|\s+is)\s+going\s+to\s+do\s+something\s+about\s+you\b(?!r)|"
        # a deadline, then: "You've got till the end of the month, then we stop being polite."
        r"\b(?:you'?ve\s+got|you\s+have)\s+(?:until|till|til)\b[^.!?]{1,40}?,?\s*then\s+(?:we|i)\s+"
        r"stop\s+being\s+(?:polite|nice|civil|friendly)\b|"
        rf"\bone\s+(?:of\s+these\s+)?(?:nights|days|night|day|evenings?),?\s+you\s+(?:won'?t|will\s+not|"
        rf"might\s+not|may\s+not)\s+make\s+it\s+(?:home|back)\b{NO_HAZARD_AFTER}|"
        # hospital as what is coming: "I hope you enjoy hospital food."
        r"\bhope\s+you\s+(?:enjoy|like)\s+hospital\s+food\b|"
        r"\b(?:looking\s+at|see)\s+the\s+world\s+through\s+a\s+hospital\s+window\b|"
        r"\b(?:following|watching|behind)\s+you\b[^.!?]*[.!?]\s*(?:and\s+)?you\s+(?:didn'?t|never)\s+"
        r"(?:notice|see|spot)(?:\s+me)?\b|"
        r"\bkeep\s+an\s+eye\s+on\s+your\s+(?:post|letterbox|mail|doorstep|door|car)\b[^.!?]{0,10}?,?\s*"
        r"you\s+(?:might|may|could|will|'ll)\s+(?:get|find|have)\s+a\s+(?:little\s+|nasty\s+|big\s+)?"
        r"surprise\b|"
        r"\bremember\s+what\s+happened\s+to\s+the\s+(?:last|other)\s+(?:councillor|one|person|bloke|"
        r"woman|man|guy|mp)\s+who\s+(?:crossed|upset|messed\s+with|went\s+against|stood\s+up\s+to|"
        r"ignored)\s+(?:me|us)\b|"
        # a second time, worse: "Next time it won't just be a brick." (not "... a leaflet")
        r"\bnext\s+time\s+it\s+(?:won'?t|will\s+not)\s+(?:just\s+|only\s+)?be\s+(?:a|an)\s+(?:brick|"
        r"stone|rock|egg|punch|slap|warning\s+shot)\b|"
        # "Next time it won't just be a letter." said as the last word, with no lawful step named
        r"\bnext\s+time\s+it\s+(?:won'?t|will\s+not)\s+(?:just\s+|only\s+)?be\s+(?:a|an)\s+(?:letter|note|"
        r"e-?mail|message|warning|phone\s+call)\s*(?:[.!]|$)(?![^\n]*\b(?:solicitors?|legal|court|"
        r"ombudsman|complaints?|standards|press|papers?|media|petition|election|vote|mp|police|"
        r"councillors?|officers?|chief\s+executive)\b)|"
        r"\b(?:the\s+)?next\s+(?:letter|email|e-mail|message|note|warning|card)\s+(?:won'?t|will\s+not)\s+"
        r"be\s+(?:just\s+|only\s+|so\s+)?(?:a\s+|an\s+)?(?:letter|email|e-mail|message|note|warning|card|"
        r"words|polite|friendly)\b|"
        # the family to be sorry too: "You'll be sorry you stood, and so will your family."
        r"\b(?:sorry|regret\s+(?:it|this|that)|pay\s+for\s+(?:it|this|that))\b[^.!?]{0,50}?,?\s+and\s+so\s+"
        rf"will\s+your\s+{FAMILY}\b|"
        # said alone, as the last word: not "You've had your warning from the auditors, ..."
        r"\byou(?:'ve|\s+have)\s+(?:had|been\s+given)\s+your\s+(?:last\s+|final\s+|one\s+|only\s+)?"
        r"warning(?=\s*(?:[.!]|$))|"
        r"\b(?:coming\s+round|come\s+round|pay\s+you\s+a\s+visit|have\s+a\s+word)\b[^.!?]*\bit\s+"
        r"(?:won'?t|will\s+not)\s+be\s+(?:a\s+)?friendly\b|"
        r"\b(?:make\s+sure|see\s+to\s+it(?:\s+that)?|ensure)\s+you\s+(?:never|don'?t\s+ever)\s+feel\s+"
        r"safe\b|"
        # what is theirs said to burn well: not "... very flammable, please cut them back"
        r"\b(?:your|you'?ve\s+got)\b[^.!?]{0,40}[.!?,]?\s*(?:very|so|highly|awfully|dead|quite)\s+"
        r"(?:in)?flammable\b(?![^.!?]*\b(?:cut|trim|remove|risk|fire\s+service|careful|safety|please)\b)|"
        # a bomb hinted at: "I wouldn't start your car tomorrow if I were you." (not "Don't start
        # your car in the garage with the door shut.")
        r"\b(?:wouldn'?t|would\s+not|don'?t|do\s+not|i'?d\s+not)\s+start\s+(?:your|ur)\s+(?:car|van|"
        rf"engine)\b{NO_HAZARD_AFTER}|"
        # a dare: "Keep voting like that and see how long you last." (not "... in the job" or
        # "... without America's help")
        r"\bsee\s+how\s+long\s+you\s+(?:last|survive)\b(?!\s+(?:without\b|(?:in|as|on)\s+(?:office|post|"
        r"the\s+job|the\s+role|the\s+chair|charge|the\s+council|cabinet|leader|chair|mayor)\b))|"
        # the family named as the stake of a decision: "I'd think very carefully about your next
        # vote, for your family's sake." (not kind advice: "Take a break, for your family's sake.")
        r"\b(?:vote|voting|decision|decide|planning|application|scheme|motion|back\s+off|drop\s+it|"
        r"keep\s+(?:quiet|out\s+of\s+it|your\s+(?:mouth|nose)\s+(?:shut|out)))\b"
        r"[^.!?]{0,60}\bfor\s+(?:your\s+(?:family|kids|children|wife|husband)(?:'s|s'|')?\s+sake|the\s+"
        r"sake\s+of\s+your\s+(?:family|kids|children|wife|husband))\b|"
        # others less kind sent after the person: "some people who aren't as nice as me", "a few
        # mates who'd like a word with you" (not "neighbours who'd like a word about parking")
        r"\bpeople\s+who\s+(?:aren'?t|are\s+not|won'?t\s+be)\s+(?:as|so)\s+(?:nice|friendly|patient|"
        r"polite|kind|forgiving|understanding)\s+as\s+(?:me|us|i\s+am|we\s+are)\b|"
        r"\b(?:mates|lads|boys|pals)\s+who(?:'d|\s+would)\s+(?:like|love|want)\s+(?:to\s+have\s+)?"
        r"(?:a\s+(?:quiet\s+|little\s+)?(?:word|chat))\s+with\s+you\b(?!\s+about\b)|"
        r"(?:^|[.!?]\s*)come\s+alone\s*(?:[.!]|$)|"
        r"\b(?:be|i'?d\s+be)\s+(?:very\s+|really\s+|more\s+)?careful\s+who\s+you\s+(?:upset|cross|annoy|anger|"
        r"piss\s+off|mess\s+with)(?=\s*(?:[.!]|$)|,\s*(?:councillor|cllr|accidents|people|things))|"
        r"\b(?:people|lads|folk)\s+(?:round|around)\s+here\s+(?:have|has|own|carry)\s+(?:guns|knives|shotguns|"
        r"weapons)(?=\s*(?:[.!]|$)|,?\s*(?:you\s+know|councillor|just\s+saying))|"
        r"(?:^|[.!?]\s*)(?:and\s+)?i\s+know\s+people\s*(?:[.!]|$)|"
        r"\bnext\s+thing\s+you\s+get\s+(?:won'?t|will\s+not)\s+be\s+(?:an?\s+)?(?:e-?mail|letter|message|note|"
        r"warning|text)\s*(?:[.!]|$)(?![^\n]*\b(?:solicitors?|legal|court|ombudsman|complaints?|standards|"
        r"press|papers?|media|petition|election|vote|mp|police)\b)|"
        # a dare to come alone: "Why don't you come down to the estate alone and say that?"
        r"\bcome\s+(?:down|round|over|up|out)\s+(?:to\s+)?[^.!?]{0,30}?\b(?:alone|on\s+your\s+own|by\s+"
        r"yourself|without\s+your\s+\w+)\s+and\s+say\s+(?:that|it)(?:\s+to\s+(?:my|our)\s+faces?)?"
        r"(?=\s*(?:[.!?]|$))|"
        r"\bwithout\s+(?:police\s+protection|(?:your|a|the)\s+(?:bodyguards?|minders|police\s+escort|"
        r"security))\b[^.!?]{0,40}?\band\s+see\s+(?:how\s+far\s+you\s+get|what\s+happens)\b|"
        # "I'd like to see her try walking home after the meeting." ending the sentence (not "...
        # now they've cut the bus", "... she used to walk everywhere")
        r"\b(?:like|love)\s+to\s+see\s+(?:her|him|you|them)\s+try\s+(?:walking|getting|going|driving|cycling)\s+"
        r"home(?:\s+(?:after|from)\s+(?:the\s+|her\s+|his\s+|your\s+)?\w+)?(?:\s+(?:tonight|alone|on\s+"
        r"(?:her|his|their|your)\s+own))?(?=\s*(?:[.!]|$))|"
        # bravado taken away with the police: "You won't be so brave without the police outside."
        r"\b(?:won'?t|will\s+not|wouldn'?t)\s+be\s+so\s+(?:brave|cocky|smug|mouthy|gobby|tough)\s+"
        r"(?:without|when|once)\s+(?:the\s+police|your\s+(?:minders|bodyguards?|security|police)|"
        r"security|you'?re\s+(?:on\s+your\s+own|alone))\b|"
        # protection the person will need: "You'd better have security at the meeting, you'll need it."
        r"\b(?:security|protection|bodyguards?|a\s+bodyguard|a\s+police\s+escort|a\s+stab\s+vest|body\s+"
        r"armou?r)\b[^.!?]{0,60}?,?\s*(?:because\s+|cos\s+|'cause\s+)?you'?ll\s+need\s+(?:it|them|one)\b"
        rf"{NO_HAZARD_AFTER}|"
        r"\byou'?d\s+better\s+hope\s+(?:the\s+)?(?:police|security|coppers|cops|someone|somebody)\s+"
        r"(?:is|are|'s|"
        r"'re)\s+(?:there|at|around|nearby|with\s+you)\b|"
        r"\bmore\s+than\s+(?:questions|a\s+petition|petitions|words|a\s+letter|letters|banners|placards|a\s+"
        r"protest)\s+waiting\s+for\s+you\b|"
        r"\byour\s+[\w\s]{1,30}?\b(?:has|have|'s\s+got|got)\s+no\s+(?:locks?|cameras?|cctv|security|guards?|"
        r"alarms?)\b[^.!?]{0,40}[.!?]\s*just\s+sayin[g']?(?=\s*(?:[.!]|$))|"
        r"\b(?:i'?m|i\s+am|we'?re|we\s+are|i'?ll\s+be|we'?ll\s+be)\s+bringing\s+(?:something|a\s+"
        r"(?:little\s+)?"
        r"something|a\s+present|a\s+gift)\s+for\s+you\b[^.!?]{0,20}?\b(?:it\s+isn'?t|it'?s\s+not|it\s+is\s+"
        r"not)\s+(?:an?\s+[\w-]+|flowers)(?=\s*(?:[.!]|$))|"
        r"\bpeople\s+like\s+you\s+(?:tend\s+to\s+|always\s+|usually\s+)?get\s+(?:hurt|killed|"
        rf"stabbed|beaten(?:\s+up)?|attacked|found\s+in)\b{NO_HAZARD_AFTER}|"
        r"\b(?:nice|quiet|good|perfect|lonely|handy)\s+(?:quiet\s+|little\s+)?(?:spot|place)\s+for\s+an\s+"
        r"accident\b|"
        r"\bon\s+your\s+own\b[^.!?]{0,60}[.!?]\s*(?:bad|dangerous|risky|silly)\s+habit\b|"
        rf"\bwatch\s+your\s+step\b(?:(?!{_UNDERFOOT})[^.!?]){{0,60}}?\bif\s+i\s+were\s+you\b{NO_HAZARD_AFTER}"
        rf"(?![^.!?]*{_UNDERFOOT})|"
        rf"\bif\s+i\s+were\s+you,?\s+i'?d\s+watch\s+your\s+step\b{NO_HAZARD_AFTER}(?![^.!?]*{_UNDERFOOT})|"
        r"\band\s+you'?ll\s+(?:soon\s+)?find\s+out\s+what\s+(?:i\s+mean|i'?m\s+capable\s+of|we\s+do\s+to|"
        r"happens\s+to\s+(?:[\w-]+\s+)?(?:people|councillors|traitors|snitches|grasses|women|girls|men))"
        r"(?=\s*(?:[.!]|$|like\s+(?:you|her|him)|who))|"
        rf"\b(?:you|your\s+{FAMILY})\s+will\s+(?:soon\s+)?find\s+out\s+what\s+(?:real\s+)?consequences\b|"
        r"\b(?:won'?t|will\s+not|refuse\s+to)\s+be\s+(?:held\s+)?responsible\s+for\s+(?:what\s+i\s+do|my\s+"
        r"actions|what\s+happens\s+to\s+you)\b|"
        r"\byou'?ll\s+never\s+know\s+when\s+(?:i'?m|we'?re|i\s+am|we\s+are|someone'?s|someone\s+is|"
        r"they'?re)\s+"
        r"(?:watching|behind\s+you|coming|outside)\b|"
        r"\bbeing\s+(?:followed|watched)\?\s*you\s+should(?:\s+be)?(?=\s*(?:[.!]|$))|"
        r"\byou\s+look(?:ed)?\s+(?:nervous|scared|worried|frightened|jumpy|terrified)\b[^.!?]{0,30}[.!?]\s*"
        r"you\s+should\s+be(?=\s*(?:[.!]|$))|"
        r"\bblock\s+me\b[^.!?]{0,30}?\b(?:can'?t|cannot|won'?t)\s+stop\s+me\s+(?:from\s+)?(?:turning\s+"
        r"up|coming|"
        r"finding|knocking|visiting)\b|"
        r"\b(?:don'?t\s+bother\s+)?chang(?:e|ing)\s+your\s+(?:number|address|locks?|"
        r"email)\b[^.!?]{0,30}?\b(?:i'?ll|we'?ll|i\s+will|we\s+"
        r"will)\s+(?:just\s+)?find\b|"
        r"\b(?:i|we)(?:'ve|\s+have)\s+got\s+(?:a\s+|the\s+)?keys?\s+to\s+your\s+(?:house|home|flat|"
        r"building|office|"
        r"car|place)(?=\s*(?:now)?\s*(?:[.!]|$))|"
        r"\bkeep\s+an\s+eye\s+on\s+(?:your\s+\w+|them|her|him)\b[^.!?]{0,30}[.!?]\s*(?:someone|"
        r"somebody)\s+else\s+"
        r"is\b|"
        # the family to pay, be hurt or be drawn in: "I'd hate for your family to get caught up in
        # this." (not a hazard: "I'd hate for your kids to get hurt on that crossing")
        rf"\bhate\s+(?:for\s+)?(?:your\s+{FAMILY}|anyone\s+close\s+to\s+you)\s+to\s+(?:pay|suffer|"
        r"(?:get|be)\s+(?:hurt|harmed|caught\s+up|dragged|drawn|involved|in\s+the\s+(?:crossfire|middle)))\b"
        rf"(?![^.!?]*\b{HAZARD}\b){NO_HAZARD_AFTER}|"
        rf"\bhope\s+your\s+{FAMILY}\s+(?:has|have|'s\s+got|has\s+got)\s+(?:a\s+)?(?:good\s+)?(?:life\s+)?"
        r"insurance\b|"
        rf"\byour\s+{FAMILY}\b[^\n]{{0,80}}?\btell\s+(?:her|him|them)\s+to\s+be\s+(?:very\s+)?careful"
        rf"(?=\s*(?:[.!]|$)){NO_HAZARD_AFTER}|"
        rf"\byour\s+{FAMILY}\b[^.!?]{{0,80}}[.!?]\s*(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+be\s+watching"
        r"(?:\s+(?:you|them|her|him))?(?=\s*(?:[.!]|$))|"
        rf"\byour\s+{FAMILY}\b[^.!?]{{0,60}}[.!?]?\s*(?:i\s+know\s+because\s+)?(?:i|we)(?:'ve|\s+have)\s+"
        r"(?:been\s+)?watch(?:ed|ing)\s+(?:her|him|them)(?=\s*(?:[.!]|$|for\s+(?:weeks|months|days)|closely))"
        rf"{NOT_ON_A_SCREEN}|"
        r"\bpast\s+your\s+(?:house|home|place|flat)\b[^.!?]{0,20}?\band\s+(?:think|wonder)\s+about\s+"
        r"(?:it|you)"
        r"(?=\s*(?:[.!]|$))|"
        r"\b(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+be\s+(?:parked|waiting|sat|sitting|standing)\s+"
        r"outside\s+your\s+"
        r"(?:house|home|flat|place|door)\b(?![^.!?]*\b(?:to\s+(?:give|drop|pick|collect|deliver|bring|"
        r"hand|take|"
        r"show)|with\s+(?:the|a|my)\s+(?:car|van|lift|taxi|petition|leaflets?|keys?))\b)|"
        r"\bin\s+person\b[^.!?]{0,20}?\byou\s+(?:won'?t|will\s+not)\s+(?:like|enjoy)\s+it(?=\s*(?:[.!]|$))|"
        # alone with her: "I'd love to get you alone in a room." (not "for five minutes to talk about
        # the budget"), "Wait till your husband's not home, sweetheart."
        r"\b(?:love|like|want|wait|can'?t\s+wait)\s+to\s+get\s+(?:you|her|him)\s+(?:alone|on\s+"
        r"(?:your|her|his)\s+"
        r"own)(?:\s+in\s+(?:a|the|my)\s+(?:room|car|van|flat|house|alley))?(?=\s*(?:[.!,]|$))|"
        rf"\bwait\s+(?:till|until)\s+your\s+{FAMILY}(?:'s|\s+is)\s+(?:not|n'?t)\s+(?:home|around|in|there)\b|"
        r"\bif\s+(?:someone|somebody|i|we)\s+pinned\s+(?:you|her)\s+down\b|"
        r"\byou'?ll\s+be\s+the\s+one\s+(?:who|that)\s+ends?\s+"
        r"up\s+in\s+(?:a&e|a\s+and\s+e|hospital|intensive\s+"
        r"care|casualty|the\s+morgue|a\s+coffin|a\s+wheelchair)\b|"
        # the person's whereabouts, and someone waiting: "Cllr Wright will be at the school gates at 3.
        # Be a shame if someone was waiting." (not waiting in the rain for the bus)
        r"\b(?:shame|pity)\s+if\s+(?:someone|somebody|anyone)\s+(?:was|were|is)\s+(?:waiting|there)"
        r"(?:\s+for\s+(?:him|her|them|you))?(?=\s*(?:[.!]|$))|"
        r"\bhave\s+a\s+word\s+(?:he|she|they|you)\s+(?:won'?t|will\s+not|will\s+never)\s+"
        r"forget(?=\s*(?:[.!]|$))|"
        r"\b(?:send-?off|visit|lesson|seeing\s+to|going\s+over)\b[^.!?]{0,20}?,?\s*if\s+you\s+"
        r"(?:get|know|catch)\s+(?:my|what\s+i)\s+(?:meaning|mean|drift)(?=\s*(?:[.!]|$))|"
        r"\b(?:people|lads|blokes|men)\s+who'?d\s+(?:happily\s+|gladly\s+)?(?:sort\s+(?:him|her|them|"
        r"you)\s+out|"
        r"do\s+(?:him|her|them|you)\s+in|deal\s+with\s+(?:him|her|them|you))\s+for\s+(?:a\s+"
        r")?(?:tenner|fiver|"
        r"twenty|fifty|hundred|quid|pint|few\s+quid|\d+)\b|"
        rf"\b(?:{NAMED}|he|she|him|her)\s+needs?\s+sorting(?:\s+out)?(?=\s*(?:[.,!]|"
        r"and\b))[^.!?]{0,30}\bi\s+"
        r"know\s+(?:just\s+)?"
        r"the\s+(?:blokes|lads|people|men|guys)\b|"
        r"\bwon'?t\s+be\s+so\s+(?:brave|cocky|smug|mouthy|gobby|tough)\s+when\s+(?:the\s+(?:whole\s+"
        r")?(?:estate|"
        r"town|street|village|lads)|we|they|everyone)\s+turns?\s+up\s+at\s+(?:his|her|your|their)\s+(?:door|"
        r"house|home)\b(?![^.!?]*\bwith\s+(?:\w+\s+)?(?:cards?|flowers|cakes?|presents?|gifts?|thanks|"
        r"balloons|petitions?)\b)|"
        r"\band\s+you'?d\s+better\s+(?:move\s+(?:house|away|out|abroad)|leave\s+(?:town|the\s+area|"
        r"the\s+country)|"
        r"start\s+running)\b(?![^.!?]*\b(?:flood\w*|damp|rent|prices?|rates?|tax)\b)|"
        r"\band\s+your\s+(?:house|home|car|office|family|kids|children|windows)\s+(?:will\s+be|is|'s|"
        r"are)\s+next"
        r"(?=\s*(?:[.!,]|$))|"
        r"\b(?:cancel|call\s+off|don'?t\s+come\s+(?:back|to))\b[^.!?]{0,40}[.!?,]?\s*"
        r"(?:it'?s\s+|just\s+)?for\s+your\s+own\s+(?:good|safety)(?=\s*(?:[.!]|$))|"
        # "Little girls who play at politics get hurt.", "People who stick their noses in end up hurt."
        r"\b(?:girls?|women|boys|people|councillors|politicians|those|anyone|folk|lads)\s+(?:who|that)\s+"
        r"(?:play\s+at\s+politics|meddle|poke\s+(?:their|her|his|your)\s+noses?|stick\s+(?:their|her|his|your)\s+"
        r"noses?|cross\s+(?:me|us|the\s+wrong\s+people)|mess\s+(?:with|about\s+with)\s+(?:me|us|the\s+wrong\s+"
        r"people)|run\s+(?:their|her|his)\s+mouths?|talk\s+too\s+much|don'?t\s+know\s+when\s+to\s+shut\s+up)\b"
        r"[^.!?]{0,40}?\b(?:get|gets|end\s+up|tend\s+to\s+get|usually\s+get|always\s+get)\s+(?:badly\s+)?"
        rf"(?:hurt|killed)\b(?!\s+feelings){_NOT_AT_THE_POLLS}",
        0.5,
    ),
)


@dataclass(frozen=True)
class RuleHit:
    name: str
    matched: str
    strength: float
    reported: bool
    may_be_lawful: bool = False


# A swear or "bloody" put in for force changes no threat's meaning: "you're gonna fucking die",
# "gays should fucking die", "you should be fucking shot". Each rule would need it between
# every pair of its words, so the rules read the text without it, where another word follows.
# No rule names these words; "bleeding" is not among them, as it is more often meant.
_INTENSIFIER = re.compile(
    r"\b(?:fucking|fuckin|fkn|fking|effing|effin|frigging|friggin|fricking|frickin|freaking|freakin|"
    r"fecking|feckin|bloody|sodding|goddamn|goddamned)\s+(?=[a-z])"
)
# most mail has none of them: a few substring tests cost less than the pattern's search
_INTENSIFIER_STEMS = (
    "fuckin",
    "fk",
    "effin",
    "friggin",
    "frickin",
    "freakin",
    "feckin",
    "bloody",
    "sodding",
    "goddamn",
)


def threat_rule_hits(normalised: str) -> list[RuleHit]:
    """Rules that match normalised text; reported/quoted/negated matches are weakened."""
    hits: list[RuleHit] = []
    if any(w in normalised for w in _INTENSIFIER_STEMS):
        normalised = _INTENSIFIER.sub("", normalised)
    for rule in THREAT_RULES:
        m = rule.screen.search(normalised)
        if m is None:
            continue
        reported = reported_or_negated(m)
        strength = rule.strength * (0.25 if reported else 1.0)
        hits.append(RuleHit(rule.name, matched_words(m)[1], strength, reported, rule.may_be_lawful))
    return hits


def rule_threat_probability(hits: list[RuleHit]) -> float:
    """Combined rule evidence (noisy-OR over the rules that fired), below 1 by construction."""
    p = 1.0
    for h in hits:
        p *= 1.0 - h.strength
    return min(1.0 - p, 0.9)
