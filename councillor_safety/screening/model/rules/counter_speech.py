"""Counter-speech: abuse quoted to denounce it, a claim about a group rejected, a group affirmed or
defended, and a harm done to a group told with sympathy. Such texts use the words of abuse and
are read as what they are (Architecture step 9 of the model card)."""

from __future__ import annotations

import re

from ..fastre import screened
from ..lexicon import GROUP_WORDS, WEAK_IDENTITY_TERMS, identity_mentions, names_harm_or_sex
from ..text import HATE_VERBS
from .patterns import INSULT_NOUN
from .speech import REPORTING, matched_words, reported_or_negated

_QUOTED_SPAN = screened(
    re.compile(r"\"[^\"]{3,300}\"|(?<![a-z])'[^']{3,300}'(?![a-z])|\u201c[^\u201d]{3,300}\u201d"),
    # curly quotes are not ASCII, and the screen reads only ASCII text
    copy=r"\"[^\"]{3,}\"|'[^']{3,}'",
)
DENOUNCING = re.compile(
    r"\b(?:report(?:ed|ing)?|police|disgusting|unacceptable|wrong|hateful|hurtful|racist|sexist|"
    r"homophobic|transphobic|bigoted|bigotry|vile|no\s+place|ashamed|appalled|appalling|"
    r"sick\s+of|condemn(?:ed|s)?|can'?t\s+believe|shocking|offensive|nonsense|evidence|"
    r"complain(?:t|ed)?|remove|removed|abuse|hate\s+crime)\b"
)


# shock at hearing or seeing hate said: "I was shocked to hear a councillor say ..."
SHOCKED_TO_HEAR = (
    r"(?:shocked|appalled|disgusted|horrified|sickened|saddened|dismayed|outraged|upset|angry)\s+"
    r"(?:to\s+(?:hear|see|read)|when\s+(?:i|we)\s+(?:heard|saw|read))"
)


def denounced_quote(normalised: str) -> bool:
    """True when a quoted passage is reported or denounced by the text around it.

    Counter-speech ("Writing 'X are rats' on the wall is disgusting") quotes abuse in order to
    condemn or report it; the screener lowers its abuse scores (never its threat score).
    """
    if not _QUOTED_SPAN.search(normalised):
        return False
    outside = _QUOTED_SPAN.sub(" ", normalised)
    return bool(DENOUNCING.search(outside))


def others_words(normalised: str) -> str:
    """What shows that a text quotes or reports someone's words anywhere in it, or "".

    The menace head reads a whole text and cannot tell whose words weigh in it: "He said he
    knows where I live" reaches it as menace. A threat rule can be placed in its sentence
    (``speech.reported_or_negated``); the head's reading is set aside for the whole text.
    """
    found = _QUOTED_SPAN.search(normalised) or REPORTING.search(normalised)
    return found.group(0) if found else ""


def others_words_in(normalised: str, sentence: str) -> str:
    """What shows that ``sentence``, one of the text's, quotes or reports someone's words, or "".

    The menace head reads a longer message's sentences with words of menace apart too; the one
    it read a threat in is judged on its own words and on any quotation that spans it, so that
    "I have written four times" earlier in a letter does not set aside a threat later in it,
    while a quotation of several sentences still does.
    """
    found = others_words(sentence)
    start = normalised.find(sentence)
    if found or start < 0:
        return found
    end = start + len(sentence)
    spanning = (q for q in _QUOTED_SPAN.finditer(normalised) if q.start() < end and q.end() > start)
    return next((q.group(0) for q in spanning), "")


# Counter-speech that defends a group without quoting the abuse: "Stop blaming immigrants for
# everything", "Don't scapegoat Travellers". The model reads the group and the blame together as
# hate. Not when the message goes on to attack ("Don't hate Muslims, just deport them"), turns
# the same verb on someone or something else ("stop blaming immigrants, blame the Jews", "don't
# target Muslims, target their mosques") or names violence after the defence.
_DEFENDING = screened(
    re.compile(
        r"(?:^|[.!?]\s+)(?:please\s+)?(?:stop|quit|don'?t|do\s+not|never|no\s+more)\s+"
        r"(?P<verb>blam(?:e|ing)|scapegoat(?:ing)?|demoni[sz](?:e|ing)|vilify(?:ing)?|vilifying|"
        r"attack(?:ing)?|pick(?:ing)?\s+on|target(?:ing)?|hat(?:e|ing)|insult(?:ing)?|"
        r"harass(?:ing)?|smear(?:ing)?|stereotyp(?:e|ing)|abusing)\s+(?!(?:you|me|us|him|her)\b)"
    )
)
# what turns a defence or a denial back into an attack: "..., just deport them", "..., they're
# scum"
_ATTACK_AFTER = (
    r"deport(?:s|ed|ing|ation)?|kick(?:ing)?\s+(?:them|out)|remov(?:e|ing|al)|get(?:ting)?\s+rid|"
    r"send(?:ing)?\s+them|go\s+back|ban(?:s|ned|ning)?|scum|vermin|parasites?|"
    r"filth|scroungers?"
)
# ("not just" adds, it does not turn: "... on every committee, not just the odd one")
_TURNS_ON_SOMEONE = re.compile(
    rf"\b(?:but|(?<!\bnot\s)just|instead|rather|blame\s+the|{_ATTACK_AFTER})\b"
)


# crimes and vices pinned on a whole group ("are all groomers", "are just lazy")
GROUP_VICES = (
    r"(?:groomers|paedos|paedophiles|pedos|pedophiles|rapists|criminals|thieves|terrorists|"
    r"scroungers|spongers|dodgers|benefit\s+cheats|cheats|liars|drunks|druggies|junkies|layabouts|"
    r"parasites|vermin|animals|savages|scum|crooks|thugs|perverts|predators|invaders|beggars|"
    r"pickpockets|freeloaders|leeches|rats|cockroaches|idiots|morons|degenerates|subhumans?|"
    r"inbreds|lazy|filthy|dirty|stupid|thick|inferior|violent|evil)"
)


# What a hateful claim says of a group, to tell a claim rejected ("Immigrants aren't criminals")
# from one made or from a negated kindness ("Muslims are not decent people", which is hate)
_CLAIMED = (
    rf"(?:{GROUP_VICES}|thief|criminal|terrorist|paedophile|paedo|rapist|scrounger|groomer|"
    r"parasite|animal|rat|a\s+(?:threat|danger|problem|burden|drain|menace|plague|disease|cancer)|"
    r"dangerous|greedy|sick|mentally\s+ill|bad|disgusting|horrible|vile|nasty|gross|wicked|"
    r"worthless|monsters|a\s+danger|"
    r"more\s+(?:violent|dangerous|criminal)|stealing\s+(?:our\s+)?(?:jobs|homes|houses|benefits|"
    r"money))"
)
# a group by name, and perhaps one word more ("Polish workers"), but not a movement named after
# one ("white nationalists") or the start of a clause about some of them ("women who ...")
_CLAIM_GROUP = (
    # "wheelchair-using", "Muslim-owned": the group word with a suffix joined by a hyphen
    rf"(?:{GROUP_WORDS})s?(?:-[a-z]+)?(?!\s+(?:nationalis\w*|supremac\w*|power|pride|privilege|nazis?)\b)"
    r"(?:\s+(?!who\b|that\b|which\b|are\b|is\b|aren'?t\b|isn'?t\b)[\w-]+)?"
)
_DENOUNCED_AS = (
    r"(?:racist|disgusting|wrong|antisemitic|anti-semitic|homophobic|transphobic|sexist|"
    r"misogynistic|bigoted|bigotry|hateful|offensive|vile|nonsense|rubbish|a\s+lie|a\s+myth|untrue|"
    r"false|ignorant|prejudiced|islamophobic|xenophobic|ableist|unacceptable|shameful|hurtful|"
    r"disgraceful|appalling|outrageous|abhorrent|despicable|deplorable|horrible|awful|cruel|"
    r"sickening|dehumani[sz]ing|degrading|hate\s+speech|a\s+hate\s+crime|not\s+(?:ok|okay|"
    r"acceptable|on|right|fair)|never\s+(?:ok|okay|acceptable|right|justified))"
)
# A hateful claim about a group named in order to deny it: "Not all Muslims are terrorists",
# "Immigrants aren't criminals", "Saying Gypsies are dirty is racist", "It's simply not true that
# gay people are paedophiles". The model reads the claim inside and scored these 0.5-0.87 for
# identity attack.
_REJECTED_CLAIM = screened(
    re.compile(
        rf"\bnot\s+(?:all|every|every\s+single)\s+{_CLAIM_GROUP}\s+(?:are|is)\s+"
        rf"(?:all\s+|a\s+|an\s+)?(?:[\w-]+\s+)?{_CLAIMED}\b|"
        rf"\b{_CLAIM_GROUP}\s+(?:are\s+not|aren'?t|is\s+not|isn'?t)\s+(?:all\s+|a\s+|an\s+|any\s+)?"
        rf"(?:[\w-]+\s+)?{_CLAIMED}\b|"
        # a gerund or "the idea that" takes "is": "saying X are racist" is the claim itself
        r"\b(?:saying|calling|claiming|posting|writing|tweeting|suggesting|implying|shouting|"
        r"to\s+(?:say|call|claim)|(?:telling|to\s+tell)\s+(?:people|"
        r"everyone|residents|kids|children)|the\s+(?:idea|claim|notion|myth|lie|"
        r"stereotype|suggestion|belief)\s+that)\s+(?:that\s+)?(?:all\s+)?"
        rf"{_CLAIM_GROUP}\b[^.!?]{{0,60}}?\b(?:is|'s|was)\s+(?:just\s+|simply\s+|completely\s+|"
        rf"totally\s+|utterly\s+)?{_DENOUNCED_AS}\b|"
        # the claim disowned: "I would never say Muslims are scum.", "I'd never call Jews vermin."
        # "I've never said ...", "I don't think Sikhs are inferior."
        r"\b(?:i|we)(?:(?:'d|\s+would|'ll|\s+will|\s+could)?\s+never\s+(?:ever\s+)?(?:say|claim|think|believe|"
        r"suggest|pretend)|(?:'ve|\s+have)?\s+never\s+(?:ever\s+)?(?:said|claimed|thought|believed|suggested)|"
        r"\s+(?:don'?t|do\s+not)\s+(?:for\s+a\s+(?:minute|second|moment)\s+)?(?:think|believe))\s+(?:that\s+)?"
        rf"(?:all\s+)?(?:the\s+)?{_CLAIM_GROUP}\s+(?:are|is)\s+(?:all\s+|a\s+|an\s+)?(?:[\w-]+\s+)?{_CLAIMED}\b|"
        r"\b(?:i|we)(?:'d|\s+would|'ll|\s+will|\s+could)?\s+never\s+(?:ever\s+)?call\s+(?:all\s+)?(?:the\s+)?"
        rf"{_CLAIM_GROUP}\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?{_CLAIMED}\b|"
        # an end to the claim asked for, or its right denied: "Stop calling Muslims disgusting.",
        # "Nobody gets to call Travellers filth."
        r"\b(?:(?:stop|quit)\s+(?:calling|saying|claiming|suggesting|posting|pretending)|(?:nobody|no\s+one|"
        r"no-one)\s+(?:gets\s+to|should(?:\s+ever)?|has\s+(?:the|any)\s+right\s+to|can)\s+(?:call|say|"
        r"claim))\s+(?:that\s+)?(?:all\s+)?(?:the\s+)?"
        rf"{_CLAIM_GROUP}\s+(?:are\s+|is\s+)?(?:all\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:{_CLAIMED}|filth)\b|"
        # and shock at hearing it said: "I was shocked to hear a councillor say Sikhs are a plague."
        rf"\b{SHOCKED_TO_HEAR}\s+[^.!?]{{0,60}}?\b(?:say|said|saying|"
        r"claim|claimed|claiming|call|called|calling|post|posted|write|wrote|tweet|tweeted)\s+(?:that\s+)?"
        rf"(?:all\s+)?(?:the\s+)?{_CLAIM_GROUP}\b(?:\s+(?:are|is|should|must|need)\b[^.!?]{{0,60}})?|"
        # the denunciation first: "It's wrong to call Muslims scum."
        rf"\b(?:it'?s|it\s+is)\s+(?:always\s+|simply\s+|just\s+)?{_DENOUNCED_AS}\s+to\s+(?:say|call|claim|"
        rf"suggest|pretend|label)\s+(?:that\s+)?(?:all\s+)?(?:the\s+)?{_CLAIM_GROUP}\b[^.!?]{{0,40}}?"
        r"(?=\s*(?:[.!]|$))|"
        r"\b(?:not\s+true|untrue|false|a\s+lie|a\s+myth|nonsense|rubbish)\s+(?:that\s+|to\s+say\s+"
        rf"(?:that\s+)?)(?:all\s+)?{_CLAIM_GROUP}\s+(?:are|is)\s+(?:all\s+|a\s+|an\s+)?"
        rf"(?:[\w-]+\s+)?{_CLAIMED}\b"
    )
)


# the denial taken back: "Not all Muslims are evil, only some of them", "... but all terrorists
# are Muslims", "Immigrants aren't criminals, just scroungers"
_TAKEN_BACK = re.compile(
    rf"\b(?:but|only|some\s+of\s+them|most\s+(?:of\s+them\s+)?are|the\s+rest|{_ATTACK_AFTER})\b"
    # or a worse name given instead: "Muslims aren't evil, just stupid.", "Gypsies are not thieves,
    # they are the worst people alive.", "I'd never call Travellers thieves. Scumbags, yes."
    # (not denied again: "... modern white nationalists are non violent",
    # nor a word that denounces the claim: "..., and calling them that is disgusting")
    r"|(?<!\bnot\s)(?<!\bnon\s)(?<!\bnon-)(?<!n't\s)(?<!\bnever\s)(?<!\bis\s)(?<!'s\s)(?<!\bso\s)"
    r"(?<!\bbe\s)"
    rf"\b(?:{GROUP_VICES}|{_CLAIMED}|(?:{INSULT_NOUN})s?|rats?|yes|i\s+know\s+(?:they|it)|"
    r"(?:they'?re|they\s+are)\s+(?:even\s+|much\s+|far\s+)?(?:the\s+)?(?:worst|worse))\b"
)


def rejects_a_claim(normalised: str) -> str:
    """The words that deny a hateful claim about a group ("Immigrants aren't criminals"), or "".

    Not when the denial is itself negated or reported, or turns on the group after all ("Not
    all Muslims are terrorists, but ...").
    """
    m = _REJECTED_CLAIM.search(normalised)
    if not m or reported_or_negated(m) or _TAKEN_BACK.search(normalised, m.end()):
        return ""
    return matched_words(m)[1]


# A group affirmed as people like any other, as no enemy, or as good for the place: "Trans people
# are people too.", "Black people are human.", "Muslims are not the enemy.", "Being gay is not a
# crime.", "Immigrants make our ward a better place." The model scored such sentences 0.45-0.88
# for identity attack (for "... are not the enemy", 67 of 73 groups flagged), having learnt "X
# are ..." from the dehumanising claims they answer. A statement only: not asked, reported, said
# with a sneer, or turned on someone after ("..., but", "..., Islam is").
_END = r"(?=\s*(?:[.!]|$|,\s*(?:councillor|cllr)\b))"
# a sentence that opens on the group: "Trans people ...", "All Muslims ...", "... . The Roma ..."
_GROUP_AS_SUBJECT = rf"(?:^|[.!?]\s+)(?:all\s+|the\s+)?{_CLAIM_GROUP}\s+"
_LIVES_MATTER = rf"(?:the\s+)?(?!white\b|caucasian\b)(?:{GROUP_WORDS})\s+lives\s+(?:do\s+|still\s+|also\s+)?matter"
# a group's hatred named ("anti-Muslim hatred")
_ANTI_GROUP = (
    rf"anti[- ]?(?!white\b|caucasian\b)(?:{GROUP_WORDS})\s+(?:hate|hatred|racism|bigotry|prejudice|"
    r"discrimination|abuse)(?:\s+crimes?)?"
)
_AFFIRMED = screened(
    re.compile(
        rf"{_GROUP_AS_SUBJECT}(?:are|is)\s+(?:just\s+|simply\s+|also\s+|"
        r"only\s+)?(?:(?:ordinary|normal|regular|everyday|decent|real)\s+)?(?:people|human(?:\s+beings?)?|"
        r"humans|persons)(?:\s+(?:too|as\s+well|like\s+(?:us|you|me|"
        rf"everyone\s+else|anyone\s+else|the\s+rest\s+of\s+us)))?{_END}|"
        # no worse than anyone: "Muslims aren't any worse than the rest of us.", "... no more
        # dangerous than anyone else."
        rf"{_GROUP_AS_SUBJECT}(?:are\s+(?:not\s+)?|aren'?t\s+|is\s+(?:not\s+)?|isn'?t\s+)(?:any\s+|no\s+)"
        r"(?:worse|better|(?:more|less)\s+[\w-]+)\s+than\s+(?:the\s+rest\s+of\s+us|us|you\s+or\s+me|you\s+and\s+me|anyone(?:\s+else)?|"
        rf"anybody(?:\s+else)?|everyone\s+else|everybody\s+else|other\s+people|the\s+rest){_END}|"
        rf"{_GROUP_AS_SUBJECT}(?:are|is)\s+(?:just\s+)?(?:like|the\s+same\s+"
        r"as)\s+(?:the\s+rest\s+of\s+us|us|you\s+and\s+me|everyone\s+else|anyone\s+else|anybody\s+else|"
        rf"everybody\s+else){_END}|"
        rf"{_GROUP_AS_SUBJECT}(?:are\s+not|aren'?t|is\s+not|isn'?t)\s+(?:the|"
        rf"our|your)\s+(?:enemy|enemies){_END}|"
        rf"{_GROUP_AS_SUBJECT}(?:are|is)\s+(?:our|your)\s+(?:friends|"
        r"neighbours|family|brothers\s+and\s+sisters),?\s+not\s+(?:our|your|the)\s+(?:enemies|"
        rf"enemy){_END}|"
        rf"(?:^|[.!?]\s+)being\s+(?:an?\s+)?{_CLAIM_GROUP}\s+(?:is\s+not|isn'?t)\s+(?:a\s+crime|a\s+sin|"
        rf"a\s+choice|an\s+illness|a\s+disease|wrong|a\s+problem|a\s+threat){_END}|"
        rf"{_GROUP_AS_SUBJECT}deserve\s+(?:so\s+much\s+|much\s+|far\s+|a\s+lot\s+)?better(?:\s+than\s+(?:this|"
        rf"that|they\s+get|they'?re\s+getting))?{_END}|"
        r"(?:^|[.!?]\s+)there(?:'s|\s+is)\s+nothing\s+wrong\s+with\s+being\s+(?:an?\s+)?"
        rf"{_CLAIM_GROUP}{_END}|"
        # a right said to be the group's as anyone's: "Muslims should be allowed to marry.",
        # "Trans people should be free to worship." (a lone verb, not "... to marry their cousins")
        rf"{_GROUP_AS_SUBJECT}(?:should|must|deserve\s+to|ought\s+to)\s+be\s+(?:allowed|able|free|"
        r"welcome|entitled)\s+to\s+(?:vote|marry|work|worship|pray|stand|serve|adopt|speak|study|love|"
        r"live\s+(?:here|in\s+peace|freely|openly|safely)|be\s+themselves|walk\s+the\s+streets)"
        r"(?:\s+(?:here|freely|openly|safely|too|in\s+peace|like\s+(?:anyone|everyone)\s+else))?"
        rf"{_END}|"
        # hatred of the group denied or called wrong: "I don't hate Muslims.", "Nobody should hate
        # Travellers.", "Hating refugees is never acceptable."
        r"(?:^|[.!?]\s+)(?:i|we)\s+(?:honestly\s+|really\s+|genuinely\s+|personally\s+|truly\s+|"
        r"actually\s+)?(?:don'?t|do\s+not|never|have\s+never|'ve\s+never)\s+(?:hate|hated|"
        rf"despise|despised|dislike|disliked|resent|resented)\s+(?:the\s+)?{_CLAIM_GROUP}{_END}|"
        r"(?:^|[.!?]\s+)(?:nobody|no\s+one|no-one)\s+should\s+(?:ever\s+)?(?:hate|fear|abuse|target|"
        rf"harass|bully)\s+(?:the\s+)?{_CLAIM_GROUP}{_END}|"
        r"(?:^|[.!?]\s+)(?:hating|attacking|abusing|targeting|bullying|harassing)\s+(?:the\s+)?"
        rf"{_CLAIM_GROUP}\s+is\s+(?:always\s+)?{_DENOUNCED_AS}{_END}|"
        # the same asked: "Is it a sin to be gay?", "Is it okay to be disabled?" (not "Is it okay to
        # be white?", a far-right slogan put as a question)
        r"(?:^|[.!?]\s+)is\s+it\s+(?:a\s+crime|a\s+sin|wrong|a\s+problem|illegal|(?:okay|ok|alright|"
        rf"normal)(?!\s+to\s+be\s+white\b))\s+to\s+be\s+(?:an?\s+)?{_CLAIM_GROUP}\s*\?|"
        rf"{_GROUP_AS_SUBJECT}(?:make|makes|have\s+made|made)\s+(?:our|this|"
        r"the)\s+(?:ward|town|city|borough|country|street|estate|village|community|neighbourhood|area|"
        r"high\s+street|school)\s+(?:a\s+)?(?:better|stronger|richer|kinder|happier|safer|friendlier|"
        rf"more\s+\w+)(?:\s+place)?{_END}|"
        # a group's right to live unafraid, its hardship, or the blame taken off it: "Trans people
        # shouldn't have to hide who they are.", "It's not easy being gay when people stare.",
        # "Why do people pick on Travellers?", "Immigrants are not the ones causing the litter"
        rf"{_GROUP_AS_SUBJECT}(?:should\s+not|shouldn'?t|should\s+never)\s+"
        r"(?:have\s+to\s+(?:hide|apologi[sz]e|explain|justify|put\s+up\s+with|fear|live\s+in\s+fear)|"
        r"(?:need\s+to|have\s+to)\s+be\s+(?:scared|afraid|frightened)|be\s+(?:scared|afraid|frightened|made\s+"
        r"to\s+feel\s+unwelcome))\b|"
        rf"{_GROUP_AS_SUBJECT}are\s+(?:just\s+|only\s+)?trying\s+to\s+"
        r"(?:get\s+on\s+with\s+their\s+lives|live\s+their\s+lives|make\s+a\s+(?:living|life)|raise\s+their\s+"
        rf"(?:kids|children|families))\b|"
        rf"(?:^|[.!?]\s+)(?:it'?s|it\s+is)\s+(?:not|never)\s+easy\s+being\s+(?:an?\s+)?{_CLAIM_GROUP}\b|"
        r"(?:^|[.!?]\s+)why\s+do\s+(?:people|some\s+people|they|so\s+many\s+people)\s+(?:pick\s+on|hate|blame|"
        rf"target|attack|abuse|bully)\s+(?:the\s+)?{_CLAIM_GROUP}\s*\?|"
        rf"{_GROUP_AS_SUBJECT}(?:are\s+not|aren'?t)\s+the\s+ones\s+(?:causing|"
        r"to\s+blame|responsible|doing\s+(?:it|this|that))\b|"
        # a place on the bodies that decide: "Women should be on every committee.", "Women belong
        # in the chamber.", "Disabled people deserve a seat at the table." (not "... on a
        # register", "... in the kitchen")
        rf"{_GROUP_AS_SUBJECT}(?:(?:should|must|need\s+to|ought\s+to)\s+be|belongs?)\s+(?:on|in|part\s+of)\s+"
        r"(?:every|each|all\s+(?:the\s+)?|the|our|this|more)\s+(?:committees?|panels?|boards?|councils?|"
        r"cabinets?|shortlists?|juries|working\s+groups?|forums?|consultations?|chamber|boardrooms?|"
        r"town\s+hall|parliament)\b|"
        rf"{_GROUP_AS_SUBJECT}(?:deserve|need|should\s+have|must\s+have)\s+(?:a|an|their|equal)\s+"
        r"(?:seat|place|voice|say)\s+(?:at\s+the\s+table|on\s+(?:every|each|the|our)\s+[\w'-]+|in\s+"
        r"(?:every|each|the|our)\s+[\w'-]+)\b|"
        # a say in what is done for them, or left out of it: "Nothing about us without us.",
        # "Disabled people should run the next workshop themselves.", "Why are Travellers never
        # asked?", "... should not be an afterthought in the budget"
        rf"(?:^|[.!?]\s+)nothing\s+about\s+(?:us|{_CLAIM_GROUP})\s+without\s+(?:us|{_CLAIM_GROUP})\b|"
        rf"{_GROUP_AS_SUBJECT}(?:should|must|could|ought\s+to)\s+(?:run|lead|chair|organi[sz]e|host|design|"
        r"shape|co-?design)\s+(?:the|our|this|their\s+own)\s+(?:next\s+)?(?:workshops?|sessions?|meetings?|"
        r"groups?|projects?|events?|consultations?|services?|centres?|schemes?|reviews?|panels?|forums?|"
        r"training)\b|"
        rf"(?:^|[.!?]\s+)why\s+(?:are|were)\s+(?:the\s+)?{_CLAIM_GROUP}\s+(?:never|not|rarely|seldom)\s+"
        r"(?:asked|consulted|listened\s+to|heard|invited|included|involved|represented)\b|"
        rf"{_GROUP_AS_SUBJECT}(?:should|must)\s+(?:not|never)\s+be\s+an?\s+(?:afterthought|footnote|"
        r"tick-?box)\b|"
        # a group's safety called for: "Protect trans kids!", "Keep Black children safe.", "Trans
        # kids deserve to be safe." (not "Protect our kids from ...", "Keep X away from ...")
        r"(?:^|[.!?]\s+)(?:(?:please|we\s+must|let'?s)\s+)?(?:protect|defend|stand\s+up\s+for|look\s+after)\s+"
        rf"(?:our\s+|all\s+)?{_CLAIM_GROUP}{_END}|"
        rf"(?:^|[.!?]\s+)(?:(?:please|we\s+must|let'?s)\s+)?keep\s+(?:our\s+|all\s+)?{_CLAIM_GROUP}\s+safe{_END}|"
        rf"{_GROUP_AS_SUBJECT}(?:deserve|need|have\s+(?:a|the)\s+right)\s+to\s+(?:be|feel)\s+safe(?:\s+(?:at|in)\s+"
        rf"(?:school|home|work|the\s+\w+|our\s+\w+))?{_END}|"
        # a trans person's own sex affirmed ("Trans women are women."; not "... are men", the
        # claim it answers): the model read it as the attack whose words it shares
        r"(?:^|[.!?]\s+)trans(?:gender)?\s+(?:women\s+are\s+(?:real\s+|just\s+)?women|men\s+are\s+(?:real\s+|"
        rf"just\s+)?men)(?:\s+too)?{_END}|"
        # the slogan said or backed, and a group named for it as a sender: "Black lives matter.",
        # "I support Black Lives Matter.", "Sent by Black Lives Matter Leeds." Not "White lives
        # matter", a white supremacists' answer to it; not the slogan with more after it, which
        # may be a sneer ("... banana", as the normaliser names the emoji); nor the movement named
        # amid other words ("... violence from Black Lives Matter and antifa"), where the public
        # sets' posts that name it are as often attacks on it
        rf"(?:^|[.!?]\s+)(?:(?:i|we)\s+(?:support|back|stand\s+with|am\s+with|are\s+with)\s+)?"
        rf"{_LIVES_MATTER}(?:\s+(?:too|as\s+well|here))?{_END}|"
        rf"(?:^|[.!?]\s+)(?:sent|signed|organi[sz]ed|posted|run)\s+by\s+{_LIVES_MATTER}"
        rf"(?:\s+[a-z]+){{0,2}}{_END}|"
        rf"(?:^|[.!?]\s+){_LIVES_MATTER}(?:\s+[a-z]+){{0,2}}\s+(?:wrote|said|says)\s*:"
    )
)
# Hatred of a group opposed ("Stop Asian hate.", "Say no to Islamophobia.", "Unite against
# anti-Muslim hate.") or condemned by name as councils condemn it ("We condemn anti-Muslim
# hatred.", "Anti-Black racism must end.", "The rise in anti-Muslim hate crime is alarming."). The
# model read the name of the hatred as the hatred: "anti" and "hate" weighed most, and "End
# anti-{group} hate." was scored about 0.9 for 54 of 60 groups. Not "anti-white racism", the far
# right's name for what it answers, nor the name alone, which "I am proud of my ..." and "There
# is no such thing as ..." use too.
_OPPOSING = (
    r"(?:condemn(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|deplor(?:e|es|ed)|"
    r"challeng(?:e|es|ed|ing)|tackl(?:e|es|ed|ing)|fight(?:s|ing)?(?:\s+against)?|end(?:s|ing)?|"
    r"stop(?:s|ping)?|combat(?:s|ting)?|report(?:s|ed|ing)?|kick\s+out|"
    r"(?:stamp|root|call|drive)(?:s|ed|ing)?\s+out|"
    r"(?:stand(?:s|ing)?|unit(?:e|es|ed|ing)|speak(?:s|ing)?\s+out|campaign(?:s|ed|ing)?|"
    r"march(?:es|ed|ing)?|work(?:s|ed|ing)?)\s+(?:together\s+)?(?:up\s+to|against)|together\s+against|"
    r"say(?:s|ing)?\s+no\s+to|no\s+to|(?:will\s+not|won'?t|do\s+not|don'?t|never)\s+tolerate|"
    r"zero\s+tolerance\s+(?:for|of|to|towards?)|(?:there\s+is\s+|there'?s\s+)?no\s+(?:place|room)\s+for|"
    r"the\s+(?:rise|increase|growth)\s+(?:in|of))"
)
_HATRED_NAMED = (
    rf"(?:{_ANTI_GROUP}|(?!white\b|caucasian\b)(?:{GROUP_WORDS})\s+hate(?:\s+crimes?)?|islamophobia|"
    r"homophobia|transphobia|biphobia|xenophobia|racism|antisemitism|anti-semitism|misogyny|sexism|"
    r"ableism)"
)
# the hatred of a named group told as growing: a harm reported, not opposed
_HATRED_RISING = (
    rf"(?:^|[.!?]\s+){_ANTI_GROUP}\s+is\s+(?:on\s+the\s+rise|rising|growing|increasing|up)\b"
)
_HATRED_OPPOSED = screened(
    re.compile(
        # as a slogan or a call, the whole sentence: "Stop Asian hate.", "Together against
        # anti-Roma racism.", "There is no place for anti-Jewish hate here."
        r"(?:^|[.!?]\s+)(?:(?:we\s+(?:must|should|need\s+to|will|all)|let'?s|let\s+us|please)\s+)?"
        rf"{_OPPOSING}\s+(?:all\s+)?(?:the\s+)?(?:forms\s+of\s+)?{_HATRED_NAMED}"
        rf"(?:\s+now|\s+(?:in|from)\s+(?:our|this|the)\s+\w+|\s+here|\s+today|\s+together)?{_END}|"
        # the hatred of a named group, anywhere in a text
        rf"\b{_OPPOSING}\s+(?:all\s+)?(?:forms\s+of\s+)?{_ANTI_GROUP}\b|"
        rf"(?:^|[.!?]\s+){_ANTI_GROUP}\s+(?:has\s+no\s+place|must\s+(?:end|stop)|(?:will|must)\s+not\s+be\s+"
        rf"tolerated|is\s+(?:never\s+)?{_DENOUNCED_AS})\b|"
        rf"{_HATRED_RISING}"
    )
)
_HATRED_REPORTED = re.compile(_HATRED_RISING)


# A group as the one harmed, with the harm named as such: "Travellers on the estate are being
# harassed.", "Why are disabled residents always the ones who lose out?", "the hatred some people
# show Muslims", "It's always migrants who suffer when services are cut.", "Gay people should be
# able to walk home without fear." The model read such sentences as attacks for up to every
# group (it knows "Why are X always ..." from the attacks that ask it); what is done to the
# group decides, so an attack in the same shape ("Why are X always causing trouble?") is not
# matched, nor a harm wished or welcomed (see ``_GLEE``).
# harms named as things: "the hatred ...", "victims of hate crime"
_HARMS = (
    r"(?:hatred|hate|hostility|abuse|harassment|attacks?|violence|prejudice|discrimination|"
    r"bigotry|racism|hate\s+crimes?|threats|insults|slurs|bullying|intimidation|contempt|"
    r"vitriol|mistreatment|persecution)"
)
_DONE_TO = (
    r"(?:left\s+(?:out|behind|until\s+last|till\s+last|to\s+last)|ignored|overlooked|forgotten|"
    r"blamed|scapegoated|targeted|harassed|attacked|assaulted|abused|bullied|picked\s+on|"
    r"threatened|insulted|mocked|ridiculed|spat\s+(?:at|on)|shouted\s+at|sworn\s+at|"
    r"discriminated\s+against|excluded|turned\s+away|"
    # a home, a job or a service refused, a job lost first: "... was refused a flat", "... are
    # the last to be hired and the first to be let go"
    r"(?:refused|denied|turned\s+down\s+for)\s+(?:a\s+|an\s+|the\s+)?(?:[\w'-]+\s+)?(?:flat|house|home|"
    r"housing|tenancy|job|jobs|work|interview|promotion|service|entry|room|taxi|mortgage|loan|"
    r"place)\b|hired\s+and\s+(?:the\s+)?first\s+to\s+(?:be\s+)?(?:let\s+go|fired|sacked|laid\s+off|"
    r"made\s+redundant)|let\s+go|laid\s+off|made\s+redundant|passed\s+over|paid\s+less|underpaid|"
    # a disparity: "... are more likely to be stopped and searched"
    r"(?:(?:twice|three\s+times|four\s+times|far|much)\s+(?:as|more)\s+likely|more\s+likely)\s+to\s+be\s+"
    r"(?:stopped(?:\s+and\s+searched)?|searched|refused|turned\s+down|excluded|overlooked|"
    r"harassed|abused|attacked|bullied|targeted|paid\s+less|homeless|living\s+in\s+poverty)|"
    r"less\s+likely\s+to\s+be\s+(?:hired|offered|shortlisted|promoted|believed|housed|given)|"
    r"priced\s+out|pushed\s+out|forced\s+out|driven\s+out|let\s+down|beaten\s+up|"
    r"called\s+names|singled\s+out|stereotyped|demoni[sz]ed|vilified|sidelined|silenced|"
    r"victimi[sz]ed|persecuted|made\s+to\s+feel\s+unwelcome|followed\s+around|"
    r"treated\s+(?:badly|unfairly|worse|as\s+outsiders|like\s+(?:dirt|criminals|outsiders|"
    r"second-class\s+citizens))|"
    # a harm the group suffers more than others, and the fear it leaves: "... are twice as likely
    # to be victims of violent crime", "... have been living in fear" (not "victims of their
    # own ...", which blames them)
    r"(?:(?:twice|three\s+times|four\s+times|far|much)\s+(?:as|more)\s+likely\s+to\s+be\s+|"
    r"more\s+likely\s+to\s+be\s+)?(?:the\s+)?(?:victims?|targets?)\s+of(?!\s+(?:their|its)\s+own\b)"
    # the harm itself, which is not violence set beside it
    r"(?:\s+(?:(?:violent|hate|knife|gun|online|racist|homophobic|transphobic|street|sexual|"
    rf"domestic|verbal|physical)\s+)*(?:crimes?|assaults?|{_HARMS})\b)?|"
    r"living\s+in\s+fear|(?:too\s+)?(?:scared|afraid|frightened)\s+to\s+(?:go\s+out|leave\s+(?:home|the\s+house)|"
    r"walk|report|go\s+to\s+(?:school|work|the\s+shops|college|the\s+mosque|the\s+synagogue|church)))"
)
# hostile post or messages received: "... gets nasty notes through the door", "... has had hate
# mail"
_HOSTILE_POST = (
    r"(?:(?:nasty|abusive|hateful|threatening|racist|homophobic|transphobic|antisemitic|"
    r"islamophobic|vile|horrible|hate|poison(?:-pen)?)\s+(?:notes?|letters?|messages?|mail|e-?mails?|"
    r"texts?|comments?|calls?|phone\s+calls?|graffiti|leaflets?)|death\s+threats|abuse|threats)"
)
_RECEIVES = (
    r"(?:get|gets|got|getting|receive|receives|received|receiving|(?:have|has)\s+(?:had|received|"
    r"been\s+sent)|(?:am|are|is|was|were)\s+(?:being\s+)?sent)\s+"
)
# what befalls a group when things go wrong: "... who suffer", "... who lose out"
_LOSE_OUT = (
    r"(?:suffer|lose\s+out|miss\s+out|go\s+without|pay\s+the\s+price|get\s+hurt|get\s+the\s+blame)"
)
_OFTEN = r"(?:always|often|still|constantly|regularly|routinely|usually|too\s+often|so\s+often)"
# hostility met, and how much of it: "... face a lot of hate", "... suffer racist abuse online",
# "... receive more threats than men"
_FACES = (
    r"(?:fac(?:e|es|ed|ing)|suffer(?:s|ed|ing)?|endur(?:e|es|ed|ing)|experienc(?:e|es|ed|ing)|"
    r"encounter(?:s|ed|ing)?|put(?:s|ting)?\s+up\s+with|(?:are|is|were|was)\s+met\s+with)\s+"
)
_HOW_MUCH = (
    r"(?:(?:so\s+much|such|(?:far\s+|much\s+|even\s+)?more(?:\s+and\s+more)?|the\s+same|the\s+worst|"
    r"(?:a\s+lot|lots|a\s+great\s+deal|plenty|a\s+torrent|a\s+barrage|a\s+flood|a\s+stream|waves?|"
    r"(?:high\s+)?levels?)\s+of)\s+)?"
)
_HOSTILITY_KIND = (
    r"(?:(?:online|racist|racial|sexist|homophobic|transphobic|biphobic|antisemitic|islamophobic|"
    r"misogynistic|misogynist|ableist|xenophobic|verbal|vile|hateful|abusive|daily|constant|"
    r"regular|relentless|growing|rising|casual|everyday|open|horrific|appalling|awful|serious|"
    r"disproportionate|unacceptable|shocking|personal)\s+){0,3}"
)
# compared with others, inside the match so that the others named are no group set against it
_THAN_OTHERS = (
    r"(?:\s+than\s+(?:men|women|anyone|anybody|others|everyone\s+else|the\s+rest\s+of\s+us|most|"
    r"(?:any\s+)?other\s+[\w'-]+|their\s+[\w'-]+(?:\s+[\w'-]+)?|(?:male|white|straight)\s+[\w'-]+)"
    r"(?:\s+(?:do|did|does))?)?"
)
_MEETS_HOSTILITY = (
    rf"(?:{_OFTEN}\s+)?(?:{_RECEIVES}|{_FACES})(?:{_OFTEN}\s+)?{_HOW_MUCH}{_HOSTILITY_KIND}"
    rf"(?:{_HOSTILE_POST}|{_HARMS}|trolling|hate\s+mail)\b{_THAN_OTHERS}"
)
# the passive, so that what the group did ("have threatened") is not read as done to it
_IS_DONE = (
    rf"(?:{_OFTEN}\s+)?(?:are|were|is|was|get|gets|got|getting|keeps?\s+(?:getting|being)|"
    rf"(?:have|has|had)\s+(?:{_OFTEN}\s+|long\s+)?been)\s+"
    rf"(?:(?:{_OFTEN}|being|the\s+(?:ones?|first|last)\s+(?:who\s+(?:get|are)|to\s+(?:get|be))"
    r"|the\s+ones?\s+(?:being|getting))\s+){0,3}"
)
# a place or a few words about where the group is: "Muslims on the estate", "Jews in my street"
_WHERE = r"(?:(?:on|in|at|across|around|near|from)\s+(?:the\s+|our\s+|this\s+|my\s+|your\s+)?[\w'-]+\s+)?"
# the harm named as a thing, after words that point at it: "the hatred ...", "Hostility
# towards ..." (not "I have a hatred towards ...", "promote violence against ...")
_HARM_NOUN = (
    r"(?:^|[.!?]\s+|\b(?:the|this|that|such|so\s+much|all\s+the|growing|rising|increasing|"
    r"constant|online|recent)\s+(?:[\w'-]+\s+){0,2}?)"
    rf"{_HARMS}"
)
# the group harmed, when it is one that hate is not aimed at as a rule ("white people", "men"
# are the "victims" of the grievance posts, and are read as before)
WEAK_TERMS = "|".join(sorted(WEAK_IDENTITY_TERMS))
_HARMED_GROUP = rf"(?!(?:{WEAK_TERMS})\b){_CLAIM_GROUP}"
# "Two Muslim teenagers were beaten up", "A few Polish families on the estate ..."
_HOW_MANY = (
    r"(?:all|the|two|three|four|five|six|several|some|many|a\s+few|a\s+couple\s+of|a\s+group\s+of|"
    r"[0-9]+|my|our|a|an)\s+(?:(?:young|local|elderly|old|teenage)\s+)?"
)
# the writer's dislike of what is done to the group, not of the group: "I hate that Muslims face
# so much abuse.", "I hate the way Jews are treated." (the model flagged the first for all 20
# groups in a set of sentences of sympathy, and the second for 16)
_DISLIKE_OF_IT = (
    r"(?:i|we)\s+(?:really\s+|just\s+|honestly\s+|absolutely\s+)?"
    rf"(?:{'|'.join(HATE_VERBS)}|can'?t\s+stand|cannot\s+stand)\s+(?:it\s+)?(?:that|the\s+way|how|when)\s+"
)
_HARMED_AS_SUBJECT = rf"(?:^|[.!?]\s+)(?:{_DISLIKE_OF_IT})?(?:{_HOW_MANY})?{_HARMED_GROUP}\s+"
_GROUP_HARMED = screened(
    re.compile(
        # the group as the subject: harmed, worse off ("... are poorer on average than their
        # neighbours"), or with a right to live without fear
        rf"{_HARMED_AS_SUBJECT}{_WHERE}(?:{_IS_DONE}{_DONE_TO}\b|"
        rf"{_MEETS_HOSTILITY}|"
        rf"(?:are|were)\s+(?:{_OFTEN}\s+)?(?:(?:much|far|still)\s+)?"
        r"(?:poorer|worse\s+off|less\s+well\s+off|worse\s+paid|less\s+well\s+paid)\b|"
        r"(?:should|must|need\s+to|"
        r"deserve\s+to|have\s+(?:the|a|every)\s+right\s+to)\s+(?:be\s+able\s+to\s+)?(?:[\w'-]+\s+){1,5}?"
        r"without\s+(?:fear|being\s+(?:abused|harassed|attacked|insulted|threatened|stared\s+at|"
        r"shouted\s+at))(?!\s+of\s+(?!(?:abuse|attack|violence|harassment|being)\b)))|"
        # the writer as one of the group: "As a Muslim councillor I receive a lot of hate.", "I'm
        # a gay man, and I get abuse every week."
        r"(?:^|[.!?]\s+)(?:as|being|(?:i\s+am|i'?m))\s+(?:an?\s+)?"
        rf"{_HARMED_GROUP}(?:\s+(?:on|in|at|from)\s+(?:the\s+|this\s+|our\s+)?[\w'-]+)?,?\s+"
        rf"(?:and\s+)?(?:i|we)\s+{_MEETS_HOSTILITY}|"
        r"(?:^|[.!?]\s+)why\s+(?:are|were|do|does|did|must|should)\s+(?:the\s+|so\s+many\s+)?"
        rf"(?:all\s+)?{_HARMED_GROUP}\s+(?:(?:always|still|so\s+often|often|the|ones?|people|"
        rf"who|get|have\s+to|to|be|being|are)\s+){{1,6}}(?:{_DONE_TO}|{_LOSE_OUT})\b|"
        r"(?:^|[.!?]\s+)(?:it'?s|it\s+is|it\s+was)\s+(?:always|usually|often|mostly|nearly\s+always)\s+"
        rf"(?:the\s+)?{_HARMED_GROUP}\s+who\s+(?:(?:are|get|always)\s+)?(?:{_LOSE_OUT}|{_DONE_TO})\b|"
        rf"{_HARM_NOUN}\s+(?:(?:that\s+)?(?:some|many|so\s+many|a\s+lot\s+of|too\s+many)\s+"
        r"(?:people|folk|residents|men|women|trolls|bigots|neighbours)\s+(?:show|have\s+for|direct\s+at|"
        r"aim\s+at|throw\s+at|hurl\s+at)|aimed\s+at|against|towards|toward|directed\s+at|targeting|"
        r"targeted\s+at|hurled\s+at|suffered\s+by|faced\s+by|endured\s+by|experienced\s+by)\s+"
        rf"(?:the\s+|our\s+|local\s+)?{_HARMED_GROUP}|"
        # the hostility a group meets, named first: "the hate Muslims get", "The abuse that
        # disabled people put up with ..."
        rf"{_HARM_NOUN}\s+(?:that\s+)?(?:the\s+|our\s+|local\s+)?{_HARMED_GROUP}\s+(?:{_OFTEN}\s+)?"
        r"(?:get|gets|got|fac(?:e|es|ed)|receiv(?:e|es|ed)|suffer(?:s|ed)?|endur(?:e|es|ed)|put\s+up\s+with)\b|"
        # "of" only after a harm that is done to someone: "the harassment of ...", not "the
        # violence of ..."
        r"\b(?:the|this|such|so\s+much|all\s+the|growing|rising|constant|online)\s+(?:[\w'-]+\s+)?"
        r"(?:harassment|abuse|persecution|mistreatment|bullying|intimidation|victimi[sz]ation|"
        rf"demoni[sz]ation|scapegoating|vilification)\s+of\s+(?:the\s+|our\s+|local\s+)?{_HARMED_GROUP}|"
        # "No one should be attacked for being Arab."
        r"\b(?:no\s*one|nobody|no\s+(?:child|person|family|man|woman|pupil|resident))\s+should\s+(?:ever\s+)?"
        rf"(?:have\s+to\s+)?(?:be\s+|feel\s+|live\s+in\s+)?(?:{_DONE_TO}|fear|unsafe|unwelcome)\s+"
        r"(?:[\w'-]+\s+){0,4}?(?:for|because\s+(?:of\s+)?)\s*(?:being|who\s+they\s+are|their)\s+"
        rf"(?:a\s+|an\s+)?{_HARMED_GROUP}"
    )
)
# a harm to a group welcomed, wished for more, said to be deserved, or mocked: "Muslims are being
# targeted, good.", "Hatred against them is justified", "... as they should be", "Jews are paid
# less? Boo hoo." Not a kinder "deserve" ("They deserve better", "... our support") nor a "good"
# that begins something else ("Good work by the police"): said as the whole answer.
_GLEE = re.compile(
    r"\b(?:justified|warranted|(?:well|richly|fully)\s+deserved|"
    r"deserv(?:e|es|ed|ing)\s+(?:it|this|that|every\s+bit|all\s+of\s+it|what\s+(?:they|it)\s+"
    r"(?:get|gets|got)|worse|more|everything\s+they\s+get)\b|(?:is|was|are|were|it'?s)\s+deserved|"
    r"serves?\s+them\s+right|had\s+it\s+coming|ask(?:s|ed|ing)?\s+for\s+it|their\s+own\s+fault|"
    r"(?:bring|brings|bringing|brought)\s+it\s+on\s+themselves|(?:and\s+)?rightly\s+so|"
    r"as\s+(?:they|it)\s+should|(?:and|which)\s+(?:it|they)\s+should|(?:they|it)\s+should\s+be|"
    r"and\s+so\s+they\s+should|should\s+(?:grow|increase|continue)|not\s+enough|"
    # too little of it: "Refugees are attacked so rarely.", "... face so little abuse"
    r"(?:so|too)\s+(?:rarely|seldom|little)|not\s+(?:often|hard)\s+enough|"
    r"(?:about|not\s+before)\s+time|keep\s+it\s+up|more\s+of\s+(?:it|this|that)|the\s+more\s+the\s+"
    r"better|good\s+riddance|(?:i|we)\s+hope\s+(?:(?:it|they|this)\s+(?:keeps?\s+(?:on|coming|up|going)|"
    r"continues?|gets?\s+worse|grows?)|there'?s\s+more)|thumbs\s+up|lol|lmao|haha|ha\s+ha|boo\s*hoo|"
    r"cry\s+me\s+a\s+river|diddums|my\s+heart\s+bleeds|poor\s+(?:little\s+)?(?:things|dears|babies|"
    r"snowflakes))\b|"
    # a shrug, said as the whole answer ("Who cares?", not "Who cares enough to act?")
    r"\b(?:nobody\s+cares|who\s+cares|tough\s+(?:luck|shit)|so\s+what)(?=\s*(?:[.!?,]|$))"
)
# approval as the whole answer, a welcome after a harm told, but not after hatred opposed ("End
# anti-Muslim hate. Good.")
_APPROVAL = re.compile(
    r"(?:^|[.!?,;:])\s*(?:good|great|excellent|brilliant|well\s+done|love\s+(?:it|this|to\s+see\s+it))"
    r"\s*(?:[.!]|$)"
)
# and the words that leave a sympathetic reading in doubt, which keep counter-speech from being
# read but do not make an attack: "understandable", "finally", "normal", "because they ..."
_WELCOMED_WORDS = re.compile(
    r"\b(?:understandable|earned|rightly|finally|at\s+last|fair\s+enough|love\s+(?:it|this|to\s+see\s+it)|"
    r"natural|normal|guilty|because\s+they|for\s+(?:good|a)\s+reason)\b"
)


# the welcome denied: "They don't deserve it.", "Nobody deserves that."
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:not|never|nobody|no\s*one|none\s+of\s+(?:them|us))|n't)\s+(?:[\w'-]+\s+){0,2}$"
)


def _glee(text: str, pos: int = 0, *, approval: bool = True) -> str:
    """The words after ``pos`` that welcome or mock a harm, unless denied, or ""; with
    ``approval``, a bare "Good." counts too."""
    for g in _GLEE.finditer(text, pos):
        if not _DENIED_BEFORE.search(text[max(pos, g.start() - 40) : g.start()]):
            return g.group(0).strip(" .!?,;:")
    found = _APPROVAL.search(text, pos) if approval else None
    return found.group(0).strip(" .!?,;:") if found else ""


def _welcomed(text: str, pos: int = 0, *, approval: bool = True) -> bool:
    return bool(_glee(text, pos, approval=approval) or _WELCOMED_WORDS.search(text, pos))


_CLAIM_MADE = re.compile(rf"\b{_CLAIMED}\b")


def _group_harmed(normalised: str) -> str:
    """The words that name a harm done to a group, as sympathy or a report, or "".

    Not when the harm is welcomed, pinned on another group named beside it ("abuse of women by
    ..."), or set beside violence.
    """
    m = _GROUP_HARMED.search(normalised)
    if m is None or reported_or_negated(m) or _TURNS_ON_SOMEONE.search(normalised, m.end()):
        return ""
    around = normalised[: m.start()] + " " + normalised[m.end() :]
    if (
        _welcomed(around)
        or _CLAIM_MADE.search(around)
        or names_harm_or_sex(around)
        or identity_mentions(around)
    ):
        return ""
    return matched_words(m)[1]


# said with a sneer, or the blame passed on: "Blacks are human, barely", "Muslims are not the
# enemy, Islam is"
_NOT_MEANT = re.compile(
    r"\b(?:barely|supposedly|apparently|allegedly|technically|sort\s+of|kind\s+of|lol|lmao|haha|"
    r"yeah\s+right|said\s+no\s+one|my\s+arse|as\s+if|not(?!\s+(?:just|only|merely)\b))\b|"
    r",\s*(?:[\w'-]+\s+){1,3}(?:is|are)\s*(?:[.!]|$)"
)


def _not_meant(normalised: str, m: re.Match[str]) -> bool:
    """True when a statement for a group, matched at ``m``, is reported or negated, turned on
    someone after, said with a sneer, followed by a vice claimed ("Muslims are people too.
    Because they're all terrorists."), or set beside violence."""
    return bool(
        reported_or_negated(m)
        or _TURNS_ON_SOMEONE.search(normalised, m.end())
        or _NOT_MEANT.search(normalised, m.end())
        or _CLAIM_MADE.search(normalised, m.end())
        or names_harm_or_sex(normalised)
    )


def _affirms_a_group(normalised: str) -> str:
    """The words that affirm a group as a statement meant ("X are people too"), or ""."""
    m = _AFFIRMED.search(normalised)
    return "" if m is None or _not_meant(normalised, m) else matched_words(m)[1]


def _opposes_hatred(normalised: str) -> str:
    """The words that oppose or condemn hatred of a group ("Stop Asian hate."), or "".

    Not when it is not meant (``_not_meant``), nor when it is asked to be answered ("Stop
    anti-Muslim hate? Why would I?") or the hatred is welcomed after all ("... they deserve it").
    """
    m = _HATRED_OPPOSED.search(normalised)
    if (
        m is None
        or _not_meant(normalised, m)
        or normalised[m.end() :].lstrip().startswith("?")
        or _welcomed(normalised, m.end(), approval=bool(_HATRED_REPORTED.match(m.group(0))))
    ):
        return ""
    return matched_words(m)[1]


def defends_a_group(normalised: str) -> str:
    """The words that defend a group from blame or abuse ("stop blaming X"), affirm it ("X are
    people too"), oppose hatred of it ("Stop Asian hate.") or tell of the harm it meets, or ""."""
    m = _DEFENDING.search(normalised)
    if not m:
        return (
            _affirms_a_group(normalised) or _opposes_hatred(normalised) or _group_harmed(normalised)
        )
    if _TURNS_ON_SOMEONE.search(normalised, m.end()):
        return ""
    rest = normalised[m.end() :]
    # the defence's own verb again ("target their mosques"), or violence, undoes the defence
    stem = re.sub(r"(?:ing|e)$", "", m.group("verb").split()[0])
    if re.search(rf"\b{re.escape(stem)}", rest) or names_harm_or_sex(rest):
        return ""
    return m.group(0).lstrip(".!? ").strip()


# the hatred itself, named by the words of a defence: "anti-Muslim hate", "a lot of hate",
# "Islamophobia", "racist abuse"
_HATRED_WORDS = re.compile(
    rf"\b(?:anti[- ]?[a-z]+|{_HARMS}|[a-z]*phobi[ac]|antisemiti(?:sm|c)|anti-semitism|misogyn(?:y|istic)|"
    r"sexism|ableism|racist|trolling|hate\s+mail|death\s+threats)\b"
)


def names_the_hatred(defence: str) -> bool:
    """True when the words of a defence (``defends_a_group``) name the hatred or hostility itself.

    The model reads those words as the hatred they name ("anti", "hate" weighed most in "End
    anti-Muslim hate."), so such counter-speech is scored higher than a defence in other words.
    """
    return _HATRED_WORDS.search(defence) is not None


# a harm to a group that falls, which "good" may welcome: "Hate crime against Muslims is down. Good."
_FEWER = re.compile(
    r"\b(?:down|fell|fall(?:en|ing|s)?|drop(?:ped|ping|s)?|declin\w*|decreas\w*|reduc\w*|fewer|less|"
    r"lower)\b"
)


def welcomes_harm_to_a_group(normalised: str) -> str:
    """The words that tell of a harm to a group and welcome it, wish for more or mock it, or "".

    "Muslims face a lot of hate. Not enough, if you ask me.", "Gypsies get nasty notes through
    the door. Their own fault.", "Anti-trans hate is growing, and not before time." The harm
    told is the counter-speech's (``defends_a_group``), and the welcome after it turns it into
    an attack, which the model read as sympathy: of 20 such sentences written to check this
    rule, it flagged 7 and scored the rest 0.02-0.41. Hatred opposed ("End anti-Muslim hate.
    Good.") is not a harm told, and a "good" after it welcomes the opposing.
    """
    m = _GROUP_HARMED.search(normalised) or _HATRED_REPORTED.search(normalised)
    if m is None or reported_or_negated(m) or _FEWER.search(normalised):
        return ""
    glee = _glee(normalised, m.end())
    return f"{matched_words(m)[1]} ... {glee}" if glee else ""
