"""Violence promised, called for or wished on a group, in the grammar such threats share.

The other threat rules grew from the threats councillors are sent, one shape at a time, and
read a group only in the shapes someone had written ("Kill all the Jews.", "Gypsies deserve to
be gassed."). Of 300 threats against a group made from 25 frames and 29 ways to kill or maim,
204 were flagged `threat`, and of 30 written by hand, 15: "Africans need to be gunned down at
Dover.", "We'll string up the Somalis from the bridge.", "Nothing would make me happier than
seeing immigrants gassed." read as hateful but not as threats. The encoder barely tells a
promise of violence against a group from other hate about it, so the grammar is named here:
a way to kill or maim, in each of its forms, in the frames that make it a promise, a call or a
wish, with a group (or people of one) as its object.

What keeps it from ordinary mail: the object must be people of a group, the group word the
head of its phrase ("the Polish shop", "Chinese food" and "the women's team" are not people);
the frame must be the writer's intent, a call or a wish, never a report of what was done; and
a contest named after the words ("We'll slaughter the Scots in the final") or the food idiom
("I could murder an Indian") is not violence. Quotation, reported speech and negation weaken it
as they do every threat rule.

``ENDORSED_VIOLENCE`` reads the same violence, and lesser violence (a punch, a slap, a beating),
called acceptable rather than promised: lawful, fine or no crime ("It should be legal to beat
women."), deserved or all a group understands, a service or a sport, its doers heroes, its
absence a shame ("Why hasn't anyone shot those Sikhs yet?"), or urged as a matter of course ("Go
out and punch a Jew today."). Of 300 such sentences made from 30 frames, 20 ways to kill or hurt
and 20 groups, 109 were flagged `threat`: the model reads most as hateful, not as incitement.
"""

from __future__ import annotations

from ..lexicon import PEOPLE_GROUP_WORDS, SLUR_NOUN_WORDS
from .patterns import CLAUSE_START, CONTEST, WILL

# Each way to kill or maim in the forms the frames need: (base, third person, -ing, -ed). A
# phrasal verb keeps its particle in every form ("string up", "strung up").
_WAYS_TO_KILL: tuple[tuple[str, str, str, str], ...] = (
    ("kill", "kills", "killing", "killed"),
    ("murder", "murders", "murdering", "murdered"),
    ("shoot", "shoots", "shooting", "shot"),
    ("gun down", "guns down", "gunning down", "gunned down"),
    ("mow down", "mows down", "mowing down", "mown down|mowed down"),
    ("machine-gun", "machine-guns", "machine-gunning", "machine-gunned"),
    ("stab", "stabs", "stabbing", "stabbed"),
    ("knife", "knifes", "knifing", "knifed"),
    ("hang", "hangs", "hanging", "hanged|hung"),
    ("string up", "strings up", "stringing up", "strung up"),
    ("lynch", "lynches", "lynching", "lynched"),
    ("burn", "burns", "burning", "burned|burnt"),
    ("torch", "torches", "torching", "torched"),
    ("firebomb", "firebombs", "firebombing", "firebombed"),
    ("petrol bomb", "petrol bombs", "petrol bombing", "petrol bombed"),
    ("bomb", "bombs", "bombing", "bombed"),
    ("blow up", "blows up", "blowing up", "blown up"),
    ("gas", "gasses|gases", "gassing", "gassed"),
    ("drown", "drowns", "drowning", "drowned"),
    ("behead", "beheads", "beheading", "beheaded"),
    ("decapitate", "decapitates", "decapitating", "decapitated"),
    ("strangle", "strangles", "strangling", "strangled"),
    ("poison", "poisons", "poisoning", "poisoned"),
    ("butcher", "butchers", "butchering", "butchered"),
    ("slaughter", "slaughters", "slaughtering", "slaughtered"),
    ("massacre", "massacres", "massacring", "massacred"),
    ("execute", "executes", "executing", "executed"),
    ("exterminate", "exterminates", "exterminating", "exterminated"),
    ("eradicate", "eradicates", "eradicating", "eradicated"),
    ("annihilate", "annihilates", "annihilating", "annihilated"),
    ("wipe out", "wipes out", "wiping out", "wiped out"),
    ("cull", "culls", "culling", "culled"),
    ("torture", "tortures", "torturing", "tortured"),
    ("maim", "maims", "maiming", "maimed"),
    ("mutilate", "mutilates", "mutilating", "mutilated"),
    ("crucify", "crucifies", "crucifying", "crucified"),
    ("stone", "stones", "stoning", "stoned to death"),
    ("beat to death", "beats to death", "beating to death", "beaten to death"),
    ("kick to death", "kicks to death", "kicking to death", "kicked to death"),
    ("beat up", "beats up", "beating up", "beaten up"),
    ("burn alive", "burns alive", "burning alive", "burned alive|burnt alive"),
    ("bury alive", "buries alive", "burying alive", "buried alive"),
    ("skin alive", "skins alive", "skinning alive", "skinned alive"),
    ("run over", "runs over", "running over", "run over"),
    ("cut up", "cuts up", "cutting up", "cut up"),
    ("chop up", "chops up", "chopping up", "chopped up"),
    ("set fire to", "sets fire to", "setting fire to", "set fire to"),
    ("set on fire", "sets on fire", "setting on fire", "set on fire|set alight"),
    ("throw acid on", "throws acid on", "throwing acid on", "covered in acid|doused in acid"),
    ("rape", "rapes", "raping", "raped"),
    ("bash", "bashes", "bashing", "bashed"),
    (
        "put down like a dog",
        "puts down like a dog",
        "putting down like a dog",
        "put down like dogs|put down like animals|put down like vermin|put down like rats",
    ),
    ("wipe off the map", "wipes off the map", "wiping off the map", "wiped off the map"),
)


def _forms(table: tuple[tuple[str, str, str, str], ...], index: int) -> str:
    forms = {f for row in table for f in row[index].split("|")}
    # the longest first, so that "burn alive" is tried before "burn"
    return "|".join(
        f.replace(" ", r"\s+").replace("-", r"[\s-]?") for f in sorted(forms, key=len, reverse=True)
    )


_BASE = rf"(?:{_forms(_WAYS_TO_KILL, 0)})"
_THIRD = rf"(?:{_forms(_WAYS_TO_KILL, 1)})"
_ING = rf"(?:{_forms(_WAYS_TO_KILL, 2)})"
_DONE = rf"(?:{_forms(_WAYS_TO_KILL, 3)})"

# what a group word may be the adjective of and still name people: "gay men", "the Polish lads"
_PEOPLE_NOUN = (
    r"(?:people|persons?|folk|men|man|women|woman|lads?|blokes?|boys?|girls?|kids|children|child|"
    r"famil(?:y|ies)|lot|scum|bastards|vermin|freaks|weirdos|scroungers?|invaders|immigrants?|"
    r"migrants?|refugees?|couples?|communit(?:y|ies)|neighbours?|residents|tenants|families|mps|"
    r"councillors?|queers|crowd|camps?|sites?)"
)
# the group as the head of its phrase: a stop, or a word that goes on without naming a thing
# ("the Chinese in this town", "every Muslim I see"), not "the Chinese takeaway"
_HEAD_ENDS = (
    r"(?=\s*(?:[.!?,;:)\"”]|['’](?!s\b)|$)|\s+(?:and|or|in|on|at|from|who|that|now|today|tonight|this|next|too|"
    r"round|around|here|there|of|once|one|near|i|we|you|they|he|she|like|off|out|with|for|if|when|"
    r"until|till|soon|alive|first|all|already|then|before|after|by|as|down|up|into|across|over|"
    r"under|is|are|was|were|will|would|'ll|should|must|need|needs|deserve|deserves|ought|have|has|yet|"
    r"keeps?|does|never|without|"
    r"can|could|get|gets|getting|to|so|every|each|along|outside|inside|behind|being|again|instead|"
    r"[a-z]+ly)\b|"
    rf"\s+(?:{_DONE})\b)"
)
# a word before the group: an adjective ("every last Labour-voting Muslim"), or others named
# with it ("cyclists and Pakis"); not a verb of saying, which makes the rest another's words
# ("Saying gay people should be killed is hate speech"), nor a word that ends the verb's phrase
# ("hang out", "shoot yourself") or starts another ("a massacre of women", "kill by men")
_A_WORD_BEFORE = (
    r"(?:(?!(?:say|says|saying|said|told|tell|claim\w*|think|thinks|believe\w*|that|if|when|because|of|"
    r"by|to|for|with|from|in|on|at|about|as|than|no|not|never|none|out|up|down|off|around|me|us|you|"
    r"him|her|them|it|yourself|yourselves|himself|herself|themselves|myself)\b)"
    r"[\w'-]+\s+(?:(?:and|&)\s+)?)"
)
# a group as people: "Muslims", "the Polish lads", "every last Jew", "the Somalis", a slur
_A_GROUP = (
    rf"(?:{_A_WORD_BEFORE}?(?:{PEOPLE_GROUP_WORDS}|{SLUR_NOUN_WORDS})s?(?:\s+{_PEOPLE_NOUN})?)"
    rf"{_HEAD_ENDS}"
)
# how many, or which: "all the", "every last", "the next", "a few", "them"
_WHICH = (
    r"(?:(?:all|every|each)\s+(?:(?:last|single|one)\s+)?(?:(?:one\s+)?of\s+)?(?:the|those|these|them)?\s*|"
    r"(?:the\s+)?next\s+|any\s+|some\s+|more\s+|a\s+(?:few|couple\s+of|bunch\s+of|load\s+of|lot\s+of)\s+|"
    r"loads\s+of\s+|as\s+many\s+|(?:the|those|these|them)\s+|a\s+|an\s+)?"
)
_GROUP_OBJECT = rf"{_WHICH}{_A_GROUP}"
# a place of worship, for the ways to kill that fire and bombs are
_PLACE_OF_WORSHIP = r"(?:(?:the|that|this|their|every|a|any)\s+)?(?:[\w'-]+\s+)?(?:mosques?|synagogues?|gurdwaras?|temples?)\b"
_BY_FIRE = r"(?:burn(?:\s+down)?|torch|firebomb|petrol\s+bomb|bomb|blow\s+up|set\s+fire\s+to|set\s+(?:on\s+fire|alight))"

# the writer's intent, a call on others, or a wish: "I'm going to", "we should", "let's",
# "someone needs to", "it's time to", "the day we", "I hope someone would"
_INTENT = (
    rf"(?:{WILL}|i\s+(?:want|wanna|intend|plan|mean|am\s+going)\s+to|i'?d\s+(?:love|like|gladly|"
    r"happily)(?:\s+to)?|i\s+would\s+(?:love\s+to|like\s+to|gladly|happily)|i\s+(?:can'?t|cannot)\s+"
    r"wait\s+to|i\s+swear\s+to|let'?s(?:\s+go)?|let\s+us|we\s+(?:should|must|need\s+to|ought\s+to|have\s+"
    r"to|gotta|got\s+to|can)|(?:it'?s|it\s+is)\s+(?:about\s+)?time\s+(?:to|we|someone)|"
    r"(?:someone|somebody|people|anyone)\s+(?:should|needs?\s+to|ought\s+to|must|has\s+to|gotta|"
    r"go\s+and|just)|"
    r"(?:hope|wish)\s+(?:someone|somebody|they|we)\s+(?:would|will|'d|'ll|could|can|gets?\s+to)|"
    r"the\s+day\s+(?:we|i|someone|they)|until\s+we\s+can)"
)
# the wish to see it done or to do it: "I dream of gassing ...", "... than seeing Sikhs shot"
_WISHED = (
    r"(?:dream(?:s|ing|t|ed)?\s+(?:of|about)|fantasi[sz](?:e|es|ed|ing)\s+about|look(?:ing)?\s+forward\s+"
    r"to|can'?t\s+wait\s+to\s+(?:start|go)|fancy|fancies|get\s+(?:on\s+with|round\s+to)|(?:go|get)\s+"
    r"back\s+to|start(?:ed|ing)?|began|begin|go)"
)
_TO_SEE = (
    r"(?:want(?:s)?\s+to|wanna|like\s+to|love\s+to|happier\s+than|more\s+than|wait\s+to|dream\s+of|"
    r"hope\s+to|enjoy|pleasure\s+of|live\s+to)\s+(?:see(?:ing)?|watch(?:ing)?)"
)
# the writer, and what may come between: "I'd", "Nothing would make me", "we all"
_I_OR_WE = r"\b(?:i|we|me|i'?d|we'?d)\b(?:(?!\b(?:not|never|no|don'?t|wouldn'?t|won'?t|nobody)\b)[^.!?,]){0,30}?\b"
# a contest, a vote or a meal named after the words: "We'll slaughter the Scots in the final."
# (the threat rules' contests, and a camera's words: not a place where people meet, "the pool" or
# "the pitch", which a threat names as often as a game does)
_CONTEST_OR_CAMERA = (
    rf"{CONTEST}|competition|kindness|photos?|photograph\w*|camera|film|video|portraits?"
)
_NOT_A_CONTEST = rf"(?![^.!?]*\b(?:{_CONTEST_OR_CAMERA})\b)"
# a modal or a future for a group as the subject: "... should be", "... need to be", "... will
# all be", "... are going to be"
_MODAL = (
    r"(?:should|must|need\s+to|needs\s+to|ought\s+to|deserve\s+to|deserves\s+to|have\s+to|has\s+to)"
)
_FUTURE = r"(?:will|'ll|are\s+going\s+to|is\s+going\s+to|are\s+gonna|is\s+gonna)"
_BE = (
    r"\s+(?:all\s+|just\s+|each\s+|soon\s+|finally\s+)*be\s+(?:(?:rounded\s+up|lined\s+up|dragged\s+"
    r"(?:out|outside)|taken\s+out(?:side)?)\s+and\s+)?"
)
_TO_BE = rf"(?:{_MODAL}|{_FUTURE}){_BE}"
# a warning, a danger told or a fear for the group, not a promise: "Refugees will be drowned if
# the routes stay closed.", "... will be killed by the smugglers", "We are afraid Sikhs will be
# shot again" (a call, "... should be shot by firing squad", keeps its agent)
_NOT_A_WARNING = r"(?![^.!?]*\b(?:unless|if|by|because|in\s+(?:the|a|this)\s+(?:attack|war|fire|crash|flood|riots?))\b)"
_NO_FEAR_BEFORE = (
    r"(?<!afraid\s)(?<!worried\s)(?<!scared\s)(?<!fear\s)(?<!feared\s)(?<!concerned\s)(?<!worry\s)"
)

# where the group is: "Every Muslim in Bradford", "the Romanians round here"
_WHERE = r"(?:\s+(?:in|on|round|around|at|from|near|across|of|down)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?"
# the group as the subject of its clause
_GROUP_SUBJECT = (
    rf"{_NO_FEAR_BEFORE}(?:{CLAUSE_START}|\b(?:all|every|each|the|those|these|any|you)\s+)"
    rf"(?:(?:single|last|one\s+of\s+the|of\s+the)\s+)?{_A_GROUP}{_WHERE}"
)
# the writer's own, not denied: a word may stand between ("I'll personally ...")
_ONE_WORD_NOT_A_DENIAL = r"(?:(?!(?:not|never|no)\b)[\w'-]+\s+)?"

# where an order begins: a sentence, not a clause after a comma ("Muslim father and brother
# murder, mutilate girl for ...", "Sure, murder a bunch of men, way better than ..."), nor a
# quotation, which is another's order ('Posting "hang the Hindus" should get you banned.')
_SENTENCE_START = r"(?:^|[.!?:;]\s*)"

_CLAUSES = (
    # "I'm going to stab every Muslim I can find.", "Let's gas the Jews.", "The day we hang
    # every Muslim from a lamppost", "I hope someone would butcher the Hindus", "Shoot every
    # migrant on sight." (an order at a clause's start)
    rf"(?:\b{_INTENT}\s+{_ONE_WORD_NOT_A_DENIAL}|{_SENTENCE_START}(?:just\s+|go\s+(?:and\s+)?)?)"
    # (not a meal: "I could murder an Indian")
    r"(?!murder\s+an?\s+(?:indian|chinese|thai|greek|mexican|italian|turkish|japanese|korean)\b)"
    rf"{_BASE}\s+{_GROUP_OBJECT}{_NOT_A_CONTEST}",
    # "It's about time someone lynched the Pakistanis round here."
    rf"\b(?:it'?s|it\s+is)\s+(?:about\s+|high\s+)?time\s+(?:we|someone|somebody|they|people)\s+"
    rf"(?:{_DONE}|blew\s+up|ran\s+over|took\s+out)\s+{_GROUP_OBJECT}{_NOT_A_CONTEST}",
    # "Mark my words, I'll be gunning down Muslims by Christmas."
    rf"\b{WILL}\s+be\s+{_ING}\s+{_GROUP_OBJECT}{_NOT_A_CONTEST}",
    # "I hope someone butchers the Hindus at the community centre."
    rf"\b(?:hope|wish)\s+(?:that\s+)?(?:someone|somebody)\s+{_THIRD}\s+{_GROUP_OBJECT}{_NOT_A_CONTEST}",
    # "I fantasise about beheading Gypsies."
    rf"\b{_WISHED}\s+{_ING}\s+{_GROUP_OBJECT}{_NOT_A_CONTEST}",
    # "Let's go gay bashing on Saturday night.", "... a bit of Paki-bashing"
    rf"\b(?:go|going|went|fancy|up\s+for|bit\s+of|night\s+of)\s+(?:{PEOPLE_GROUP_WORDS}|{SLUR_NOUN_WORDS})"
    r"[\s-]?(?:bashing|hunting|stabbing|shooting)\b",
    # "Nothing would make me happier than seeing immigrants gassed.", "I'd love to see a few
    # Poles strung up.", "I want every Hindu in this city dead."
    # (the writer's wish, not others': "Racists want to see Muslims killed, and we must stop them.")
    rf"{_I_OR_WE}{_TO_SEE}\s+{_GROUP_OBJECT}\s+(?:all\s+)?(?:being\s+|get(?:ting)?\s+)?{_DONE}\b"
    rf"{_NOT_A_CONTEST}",
    rf"{_I_OR_WE}(?:want|wanna|like|love)\s+(?:to\s+see\s+)?{_GROUP_OBJECT}{_WHERE}\s+(?:all\s+)?dead\b",
    # "Every Muslim on this estate is going to be poisoned.", "Africans need to be gunned down
    # at Dover.", "Those trans freaks will all be strung up." (not a warning or a fear)
    rf"{_GROUP_SUBJECT}\s+{_MODAL}{_BE}{_DONE}\b{_NOT_A_CONTEST}",
    rf"{_GROUP_SUBJECT}\s+{_FUTURE}{_BE}{_DONE}\b{_NOT_A_WARNING}{_NOT_A_CONTEST}",
    # "If I had my way, Hindus would be butchered."
    rf"\bif\s+i\s+(?:had|got)\s+my\s+way,?\s+(?:all\s+|the\s+)?{_A_GROUP}{_WHERE}\s+would\s+(?:all\s+)?be\s+"
    rf"{_DONE}\b",
    # "The lesbians down the road need setting on fire.", "Poles need shooting."
    rf"{_GROUP_SUBJECT}\s+(?:need|needs|want|wants|deserve|deserves)\s+(?:a\s+good\s+)?{_ING}"
    r"(?=\s*(?:[.!,;]|$|and\b|too\b|for\b))",
    # "Those trans weirdos will be hanging from lampposts soon.", "Jews deserve the ovens."
    rf"{_GROUP_SUBJECT}\s+(?:will|'ll|should|are\s+going\s+to|need\s+to)\s+(?:all\s+)?be\s+(?:hanging|"
    r"swinging|dangling)\s+from\s+(?:the\s+|a\s+)?(?:lamp[\s-]?posts?|trees?|bridges?|gallows|ropes?)\b",
    rf"{_GROUP_SUBJECT}\s+(?:deserve|deserves|belong\s+in|should\s+(?:go|be\s+sent)\s+(?:back\s+)?to)\s+the\s+"
    r"(?:ovens?|gas\s+chambers?|concentration\s+camps|gallows|rope|noose)\b",
    # "A bullet for every migrant.", "It's time someone took a knife to the Chinese."
    rf"\ba\s+bullet\s+(?:for|in)\s+(?:every|each|all|any)\s+{_A_GROUP}",
    rf"\b(?:take|takes|taking|took)\s+a\s+(?:knife|machete|blade|hammer|baseball\s+bat|bat|axe|gun)\s+to\s+"
    rf"{_GROUP_OBJECT}",
    # "The next Pole who speaks to me gets cut up.", "Next Jew I see gets his throat slit."
    rf"\b(?:the\s+next|next|any|every)\s+{_A_GROUP}[^.!?]{{0,50}}?\b(?:gets?|will\s+get|'ll\s+get|is\s+"
    rf"getting|is\s+going\s+to\s+get|gonna\s+get)\s+(?:{_DONE}|(?:his|her|their)\s+(?:throats?|heads?|"
    r"faces?)\s+(?:slit|cut|kicked\s+in|smashed\s+in|blown\s+off|caved\s+in))\b",
    # a place shot up: "Someone go and shoot up the Polish club on Friday." (not prices that
    # shoot up)
    rf"\b{_INTENT}\s+{_ONE_WORD_NOT_A_DENIAL}shoot\s+up\s+(?:the|that|this|a|their|every)\s+(?:[\w'-]+\s+)?"
    r"(?:club|pub|bar|mosque|synagogue|church|temple|gurdwara|school|shop|centre|office|meeting|march|"
    r"parade|party|festival|surgery|hotel|camp|site)\b",
    # "Round up the Travellers and burn them.", "I'm going to find a Sikh and stab him.", "drive
    # the Gypsies out and burn whatever's left of them"
    rf"\b(?:(?:find|grab|catch|get|round\s+up|pick\s+out|drag\s+out|drive\s+out|smoke\s+out)\s+"
    rf"{_GROUP_OBJECT}|(?:drive|drag|smoke|round)\s+{_GROUP_OBJECT}\s+(?:out|up)){_WHERE}\s+(?:and|then)\s+"
    rf"(?:then\s+)?(?:[\w'-]+\s+)?(?:{_BASE}|{_THIRD})\s+(?:them|him|her|'em|whatever'?s\s+left(?:\s+of\s+"
    r"them)?)\b",
    # a place of worship burnt or bombed: "We need to burn the mosque down.", "I would gladly
    # torch the gurdwara."; a home burnt with people in it
    rf"\b{_INTENT}\s+{_ONE_WORD_NOT_A_DENIAL}{_BY_FIRE}\s+{_PLACE_OF_WORSHIP}",
    rf"{_PLACE_OF_WORSHIP}\s+{_TO_BE}(?:burn(?:ed|t)\s+(?:down|to\s+the\s+ground)|torched|firebombed|"
    r"bombed|blown\s+up|set\s+(?:on\s+fire|alight))\b",
    rf"\b{_INTENT}\s+{_ONE_WORD_NOT_A_DENIAL}{_BY_FIRE}\s+(?:the|that|this|their|a|every)\s+(?:[\w'-]+\s+){{0,2}}?"
    r"(?:shop|house|home|flat|hotel|caravans?|mosque|church|centre|restaurant|takeaway)\s+with\s+(?:the\s+"
    r"(?:family|kids|children)|them|people|everyone|the\s+\w+)\s+(?:still\s+)?(?:inside|in\s+it|upstairs|"
    r"in\s+(?:their|the)\s+beds)\b",
    # "I'm going to find where the Travellers camp and set their caravans alight."
    rf"\b{WILL}\s+[^.!?]{{0,60}}?\bset\s+(?:their|his|her)\s+(?:caravans?|houses?|homes?|cars?|vans?|flats?|"
    r"shops?|tents?)\s+(?:alight|on\s+fire|ablaze)\b",
    # "The Sikhs at number 12 are getting a petrol bomb through the letterbox."
    rf"{_GROUP_SUBJECT}\s+(?:are|is|'re|will\s+be|'ll\s+be)\s+getting\s+a\s+(?:petrol\s+bomb|firebomb|"
    r"molotov(?:\s+cocktail)?|brick|bullet|burning\s+rag)\s+through\s+(?:the|their|his|her)\s+(?:letter[\s-]?box|"
    r"windows?|door)\b",
)
HARM_TO_A_GROUP = "|".join(_CLAUSES)


# Lesser violence, which the frames below call acceptable, deserved or good as readily as
# killing: "It should be legal to beat women.", "Go out and punch a Jew today." Not "attack",
# as often said of criticism ("Why is it fine to attack Christians?").
_LESSER_VIOLENCE: tuple[tuple[str, str, str, str], ...] = (
    ("punch", "punches", "punching", "punched"),
    ("slap", "slaps", "slapping", "slapped"),
    ("smack", "smacks", "smacking", "smacked"),
    ("kick", "kicks", "kicking", "kicked"),
    ("batter", "batters", "battering", "battered"),
    ("thump", "thumps", "thumping", "thumped"),
    ("headbutt", "headbutts", "headbutting", "headbutted"),
    ("assault", "assaults", "assaulting", "assaulted"),
    ("rough up", "roughs up", "roughing up", "roughed up"),
    (
        "knock about|knock around",
        "knocks about|knocks around",
        "knocking about|knocking around",
        "knocked about|knocked around",
    ),
    ("spit on", "spits on", "spitting on", "spat on"),
    ("curb stomp", "curb stomps", "curb stomping", "curb stomped"),
    ("waterboard", "waterboards", "waterboarding", "waterboarded"),
)
# "beat" and "hit" name a team beaten or a group hit by a policy as often as violence: with
# "the" they are read as that ("beat the Scots", "hitting the Chinese with tariffs")
_BEAT_OR_HIT: tuple[tuple[str, str, str, str], ...] = (
    ("beat", "beats", "beating", "beaten|beat"),
    ("hit", "hits", "hitting", "hit"),
)


# someone, not a team, and not a place or a thing of theirs: "kick immigrants out", "hit
# Poles with a fine", "punch above their weight", "Muslims' beliefs"
_PARTNER = (
    r"(?:your|ur|his|their|a|the|my)\s+(?:own\s+)?(?:wi(?:fe|ves)|missus|girlfriends?|gf|wom[ae]n|girls?|"
    r"bitch(?:es)?|whores?|sluts?)\b"
)
_NOT_A_THING_OF_THEIRS = (
    r"(?!\s*['’])(?!\s+(?:out|off|up|back|around|about|away|with\s+(?:a\s+|the\s+|more\s+)?(?:fines?|tax(?:es)?|"
    r"tariffs?|cuts|charges?|bills?|sanctions|penalt(?:y|ies)|levy|levies|truth|facts?))\b)"
)
# a contest or a camera, as for the promises above, and the games a team or a person is beaten at
_NOT_A_GAME = (
    rf"(?![^.!?]*\b(?:{_CONTEST_OR_CAMERA}|chess|darts|cards|pool|snooker|tennis|golf|scrabble|"
    r"monopoly|arm[\s-]?wrestl\w*|argument|arguments)\b)"
)
_ENDORSED_OBJECT = rf"(?:{_GROUP_OBJECT}|{_PARTNER}){_NOT_A_THING_OF_THEIRS}{_NOT_A_GAME}"


def _hurting(*forms: int) -> str:
    """Every way to kill or hurt in the forms given, the verbs alone."""
    tables = (_WAYS_TO_KILL, _LESSER_VIOLENCE, _BEAT_OR_HIT)
    return "|".join(_forms(t, i) for i in forms for t in tables)


def _violence(*forms: int) -> str:
    """A way to kill or hurt in the forms given, and whom: "punch a Muslim", "beating women".

    The forms share one copy of the object: each copy of the group words costs about a
    megabyte compiled."""
    kill_or_hurt = "|".join(_forms(t, i) for i in forms for t in (_WAYS_TO_KILL, _LESSER_VIOLENCE))
    beat_or_hit = "|".join(_forms(_BEAT_OR_HIT, i) for i in forms)
    return rf"(?:(?:{kill_or_hurt})|(?:{beat_or_hit})(?!\s+the\s))\s+{_ENDORSED_OBJECT}"


# done to the group as the subject: "Women should be beaten."
_HURT_DONE = rf"(?:{_hurting(3)})\b{_NOT_A_THING_OF_THEIRS}{_NOT_A_GAME}"
# a beating as a noun: "Women need a good slap."
_A_BEATING = (
    r"(?:a\s+)?(?:good\s+|proper\s+|damn\s+good\s+|bloody\s+good\s+)?(?:beating|kicking|slap(?:ping)?|"
    r"smack(?:ing)?|hiding|thrashing|battering|hammering|punch(?![\s-]?lines?)|bullet|rope|noose|"
    r"back\s+of\s+(?:a|the)\s+"
    r"hand|fist|boot)\b"
)
# it is fine, legal, deserved or good
_ACCEPTABLE = (
    r"(?:(?:perfectly|totally|completely|absolutely|entirely|quite|so|only|just|always|actually)\s+)?"
    r"(?:ok|okay|fine|alright|all\s+right|legal|lawful|acceptable|justified|justifiable|right|good|fun|"
    r"allowed|permitted|a\s+(?:duty|pleasure|public\s+service)|(?:our|your|a\s+man'?s)\s+duty)"
)
_VERDICT = (
    r"(?:(?:is|are|'s|should\s+be|would\s+be|ought\s+to\s+be|must\s+be)\s+(?:(?:not|no)\s+(?:a\s+)?crime|"
    rf"{_ACCEPTABLE}|(?:totally\s+|perfectly\s+)?(?:harmless|patriotic)|a\s+(?:public\s+service|"
    r"(?:national\s+)?sport|good\s+thing|pleasure|hobby|(?:moral\s+|civic\s+)?duty)|the\s+(?:only\s+)?"
    r"(?:answer|solution|way\s+forward|right\s+thing)|(?:doing\s+)?(?:god'?s|the\s+lord'?s)\s+work|"
    r"self[\s-]defen[cs]e)|should(?:\s+not|n'?t)\s+be\s+(?:a\s+crime|illegal|against\s+the\s+law)|"
    r"(?:does|do)\s+(?:no|them\s+no|nobody\s+any)\s+harm|never\s+(?:hurt|harmed)\s+any(?:one|body)|"
    r"keeps?\s+them\s+in\s+(?:line|check|their\s+place)|(?:is|does\s+them)\s+good\s+for\s+them)"
)
_PRAISED = (
    r"(?:(?:is|are|'s|'re)\s+(?:a\s+|an\s+|my\s+)?(?:(?:absolute|national|true|real|bloody)\s+)?"
    r"(?:hero(?:es)?|legends?|saints?|patriots?)|deserves?\s+(?:a\s+|the\s+)?(?:medal|knighthood|award|"
    r"reward|pay\s+rise|pint|statue|thanks)|(?:is|are|you'?re|you\s+are|they'?re)\s+doing\s+(?:god'?s|"
    r"the\s+lord'?s)\s+work)"
)
_SOMEONE_WHO = (
    r"\b(?:anyone|anybody|whoever|any\s+(?:man|one|bloke|lad)|the\s+(?:man|guy|bloke|lad|person|one)|"
    r"people|those)\s+(?:who|that)\s+"
)

# a claim asked back in disbelief is not made: "but raping women is ok?"
_NOT_ASKED = r"(?![^.!?]*\?)"

# Violence on a group called acceptable, deserved or good: incitement, not a promise, and as
# plain a call for it to be done
_ENDORSEMENTS = (
    # "It should be legal to beat women.", "It's ok to punch a Muslim.", "We should be allowed
    # to shoot asylum seekers on sight.", "I'd happily pay someone to stab a Somali."
    r"\b(?:(?:it'?s|it\s+is|it\s+(?:should|ought\s+to|must|would|will)\s+be|it'?d\s+be|it'?ll\s+be)\s+"
    rf"{_ACCEPTABLE}\s+(?:for\s+(?:a\s+man|men|us|you|anyone|people)\s+)?|(?:we|you|i|people|men|"
    r"everyone|police|the\s+police|citizens)\s+(?:should|must|ought\s+to)\s+be\s+(?:allowed|able|free|"
    r"permitted|licensed|encouraged|paid)\s+|(?:pay|paid|reward)\s+(?:someone|somebody|anyone|good\s+"
    rf"money\s+(?:for|to)\s+(?:someone|anyone))\s+)to\s+{_violence(0)}{_NOT_ASKED}",
    # "There's nothing wrong with slapping your wife.", "No jury would convict you for killing a
    # Pakistani.", "I wouldn't blame anyone for stabbing gay people."
    r"\b(?:(?:there'?s|there\s+is|i\s+see|i'?ve\s+got|i\s+have)\s+(?:absolutely\s+)?nothing\s+wrong\s+"
    r"with\s+(?:(?:a\s+man|men|you|people|anyone|someone)\s+)?|no\s+(?:jury|court|judge|magistrate)\s+"
    r"(?:in\s+(?:the|this)\s+(?:land|country)\s+)?(?:would|will|could)\s+(?:ever\s+)?convict\s+(?:you|"
    r"anyone|anybody|a\s+man|me|him|them|us)\s+(?:for|of)\s+|(?:wouldn'?t|would\s+not|couldn'?t|could\s+"
    r"not|can'?t|cannot|don'?t|do\s+not)\s+blame\s+(?:anyone|anybody|someone|people|you|him|them|a\s+"
    rf"man|the\s+lads?)\s+(?:at\s+all\s+)?for\s+){_violence(2)}",
    # "Killing Muslims is the only answer.", "Hitting women should not be a crime."
    rf"(?:{_SENTENCE_START}|\b(?:and|but|so|honestly|frankly|seriously)\s+){_violence(2)}(?:\s+(?:now\s+"
    r"and\s+then|once\s+in\s+a\s+while|every\s+(?:now\s+and\s+then|so\s+often)|regularly))?,?\s+"
    rf"{_VERDICT}{_NOT_ASKED}",
    # "Anyone who stabs a refugee deserves a medal.", "If you kill a Jew, you're doing God's
    # work.", "I'd give a medal to anyone who tortures a Catholic."
    rf"(?:{_SOMEONE_WHO}(?:has\s+|have\s+)?|\bif\s+you\s+){_violence(1, 0, 3)}[^.!?]{{0,40}}?\s{_PRAISED}",
    r"\b(?:medal|pint|drink|knighthood|reward|prize|fiver|tenner)\s+(?:to|for)\s+(?:anyone|anybody|whoever|"
    rf"the\s+(?:man|guy|bloke|first\s+\w+))\s+(?:who|that)\s+(?:has\s+)?{_violence(1, 3)}",
    # "Shame nobody has lynched the Romanians yet.", "Why hasn't anyone shot those Sikhs yet?"
    r"\b(?:(?:(?:a\s+|such\s+a\s+|what\s+a\s+)?(?:shame|pity)|too\s+bad)\s+(?:that\s+)?(?:nobody|no\s+"
    r"one|no-one|noone)\s+(?:has\s+|have\s+|had\s+)?|why\s+(?:hasn'?t|hasnt|haven'?t|havent|has\s+no\s+"
    r"one|has\s+nobody|has\s+not)\s+(?:anyone|anybody|someone|somebody|we|they|the\s+police|people)?\s*)"
    rf"(?:yet\s+)?{_violence(3)}",
    # "The world would be better if all the Gypsies were gassed."
    r"\b(?:world|country|town|city|britain|england|uk|place|estate)\s+(?:would\s+be|'d\s+be|will\s+be)\s+"
    r"(?:a\s+)?(?:much\s+|far\s+|so\s+)?(?:better|nicer|safer|happier|cleaner)(?:\s+place)?\s+(?:if|when|"
    rf"once)\s+(?:all\s+|every\s+)?(?:the\s+|those\s+)?{_A_GROUP}\s+(?:were|was|got|are|is|have\s+been|"
    rf"had\s+been)\s+(?:all\s+)?{_HURT_DONE}",
    # "Go out and punch a Jew today.", "Hit your woman today!"
    rf"{_SENTENCE_START}(?:(?:just|now|so)\s+)?(?:go\s+(?:out\s+)?(?:and\s+)?)?{_violence(0)}\s*[,!]?\s*"
    r"(?:today|tonight|this\s+week(?:end)?|on\s+sight|every\s+day|daily|for\s+fun|whenever\s+you\s+"
    r"(?:can|see\s+one))\b",
    # "Trans people are begging to be kicked.", "Immigrants only understand violence.", "Women
    # need a good slap.", "Muslims should be punched." (killing, so said, is for
    # ``HARM_TO_A_GROUP``)
    rf"{_GROUP_SUBJECT}\s+(?:(?:are|is|'re)\s+(?:just\s+|all\s+|really\s+)*(?:begging|asking)\s+(?:to\s+"
    rf"(?:be|get)\s+{_HURT_DONE}|for\s+{_A_BEATING})|(?:only|just)\s+(?:understand|respond\s+to|respect|"
    rf"listen\s+to)\s+(?:violence|{_A_BEATING}|the\s+(?:fist|boot|bullet|rope|whip)|being\s+"
    rf"{_HURT_DONE})|(?:need|needs|deserve|deserves|could\s+do\s+with)\s+{_A_BEATING}|(?:{_MODAL}|"
    rf"{_FUTURE}){_BE}(?:{_forms(_LESSER_VIOLENCE, 3)}|{_forms(_BEAT_OR_HIT, 3)})\b"
    rf"{_NOT_A_THING_OF_THEIRS}{_NOT_A_GAME}{_NOT_A_WARNING})",
    # "Open season on Gypsies.", "Teach the Romanians a lesson and lynch them."
    rf"\b(?:open|hunting|shooting)\s+season\s+(?:on|for)\s+{_ENDORSED_OBJECT}",
    rf"\bteach\s+(?:the|those|these|them|some|a\s+few)\s+(?:{PEOPLE_GROUP_WORDS}|{SLUR_NOUN_WORDS})s?"
    rf"(?:\s+{_PEOPLE_NOUN})?\s+a\s+lesson\s+(?:and|by|with)\s+"
    rf"(?:{_hurting(0, 2)}|{_A_BEATING})",
)
ENDORSED_VIOLENCE = "|".join(_ENDORSEMENTS)
