"""Sexual violence, sexist and sexual remarks, worn racist lines ("go back to where you came
from"), tropes pinned on a group by name and calls to shut a group out: forms the model
underrates and a council treats as abuse."""

from __future__ import annotations

import re

from ..fastre import screened
from ..lexicon import GROUP_WORDS, SLUR_NOUN_WORDS
from .counter_speech import DENOUNCING, GROUP_VICES, SHOCKED_TO_HEAR, WEAK_TERMS
from .patterns import CLAUSE_START
from .speech import matched_words, reported_or_negated

# A threat of sexual violence is sexual harassment as well as a threat; the model, which learnt
# threats and sexual remarks from different examples, tends to score it as one or the other.
_SEXUAL_VIOLENCE = screened(
    re.compile(r"\b(?:rapes?|raped|raping|sexually\s+assault\w*|molest\w*|grope|groped|groping)\b")
)


def sexual_violence(normalised: str) -> str:
    """The words of sexual violence in the text, or "" (none, or reported, quoted or negated).

    Whether they make a threat is for the threat score to say: the screener raises the
    sexual-harassment score to the threat score when the text has them.
    """
    for m in _SEXUAL_VIOLENCE.finditer(normalised):
        if not reported_or_negated(m):
            return m.group(0)
    return ""


# The well-worn sexist lines said to women in public life ("women belong in the kitchen",
# "calm down, dear"). The model is trained blind to which group a text names, so that naming
# women can never count against a text; these lines hinge on naming women and are matched
# here instead.
_WOMEN = r"(?:women|woman|girls|a\s+girl|females|ladies|a\s+lady|wives|a\s+wife)(?:\s+like\s+(?:you|her))?"
_SEXIST_REMARK = screened(
    re.compile(
        rf"\b{_WOMEN}\s+(?:belongs?|should\s+(?:stay|be\s+kept|be|go\s+back)|ought\s+to\s+(?:stay|be)|"
        r"needs?\s+to\s+(?:stay|get\s+back|go\s+back))\s+(?:at|in|to)\s+(?:the\s+|their\s+|your\s+)?"
        r"(?:home|kitchen|sink|bedroom)\b|"
        r"\ba\s+woman'?s\s+place\s+is\s+(?:in|at)\s+the\s+(?:home|kitchen|bedroom)\b|"
        r"\b(?:get|go)\s+back\s+(?:in|to|into)\s+(?:the|your)\s+kitchen\b|"
        r"\bback\s+to\s+your\s+(?:knitting|cooking|housework|ironing)\b|"
        r"\bmake\s+me\s+a\s+sandwich\b|"
        rf"\b{_WOMEN}\s+(?:shouldn'?t|should\s+not|can'?t|cannot|mustn'?t)\s+(?:be\s+allowed\s+to\s+)?"
        r"(?:vote|lead|be\s+(?:councillors?|in\s+charge|in\s+politics|leaders?|the\s+leader|mayors?|"
        r"chairs?|in\s+power))\b|"
        rf"\b{_WOMEN}\s+(?:shouldn'?t|should\s+not|mustn'?t)\s+be\s+(?:allowed\s+)?(?:near|in|on)\s+"
        r"(?:the\s+|a\s+)?(?:council(?:\s+chamber)?|chamber|town\s+hall|cabinet|politics)\b|"
        rf"\b{_WOMEN}\s+have\s+no\s+(?:business|place)\s+(?:in|being\s+in)\s+(?:politics|power|"
        r"charge|the\s+council|the\s+chamber|government)\b|"
        r"\bnot\s+a\s+job\s+for\s+a\s+(?:woman|girl|lady)\b|"
        r"\b(?:calm|cool)\s+down,?\s+(?:dear|love|sweetheart|darling|luv)\b|"
        r"\bknow\s+your\s+place,?\s+(?:love|dear|woman|girl|sweetheart|luv)\b|"
        # a woman's office put down to her looks or her body
        r"\b(?:only|just)\s+(?:got|won|was\s+given)\s+(?:elected|selected|in|the\s+(?:job|seat|role|"
        r"post))\s+(?:because|cos|'cause|as)\s+(?:she'?s|she\s+is)\s+(?:pretty|fit|hot|blonde|"
        r"good[\s-]looking|attractive|a\s+(?:pretty\s+)?(?:woman|girl|face))\b|"
        r"\bslept\s+her\s+way\s+(?:to\s+the\s+top|into|up|onto)\b"
    )
)
# Sexual remarks made to a councillor ("love to bend you over the desk", "send me a pic of you in
# the bath"): the model, trained on public posts where such lines are rare, scored several under
# 0.1 for sexual harassment. Matched, meant or rejected, as the sexist lines are.
_SEXUAL_REMARK = screened(
    re.compile(
        r"\b(?:love|like|want|wanna|going|gonna|'d)\s+(?:to\s+)?bend\s+(?:you|her)\s+over\b|"
        r"\bbend\s+(?:you|her)\s+over\s+(?:the|my|a|your)\s+(?:\w+\s+)?(?:desk|table|bed|knee|sofa|car|"
        r"bonnet|chair)\b|\b(?:good|proper)\s+seeing[\s-]+to\b|\bright\s+(?:goer|slapper)\b|"
        r"\bsend\s+(?:me|us)\s+(?:a\s+|some\s+)?(?:nudes?\b|(?:pic|pics|picture|pictures|photo|photos|"
        r"selfie)\s+of\s+(?:you|yourself)\s+(?:in\s+(?:the\s+bath|the\s+shower|bed|your\s+(?:underwear|"
        r"knickers|bra|bikini|lingerie|nightie))|naked|nude|topless)\b)|"
        r"\bsit\s+on\s+my\s+(?:face|lap|knee)\b|"
        # "send nudes", "wanna see u in ur undies" (text-speak is spelt out by now)
        r"\bsend\s+(?:me\s+|us\s+)?(?:some\s+|your\s+)?nudes\b|"
        r"\b(?:wanna|want\s+to|love\s+to|like\s+to)\s+see\s+you\s+(?:in\s+your\s+(?:undies|underwear|"
        r"knickers|bra|bikini|lingerie|nightie|birthday\s+suit)|naked|nude|topless|with\s+nothing\s+on)\b|"
        r"\bwhat\s+colou?r\s+(?:are\s+|is\s+)?(?:your\s+)?(?:knickers|underwear|panties|bra)\b|"
        # a body part remarked on ("nice rack, councillor", not "a nice rack of lamb"), asked for
        # or made sexual
        r"\bnice\s+(?:rack|tits|boobs|arse|ass|bum)\b(?!\s+of\b)|"
        r"\bshow\s+(?:us|me)\s+(?:your|ur)\s+(?:tits|boobs|bum|arse|ass|knickers|bra)\b|"
        r"\b(?:give|gives|giving)\s+(?:good|great|decent)\s+head\b|"
        r"\b(?:you'?re|you\s+are|bet\s+you'?re)\s+a\s+(?:dirty|naughty)\s+(?:little\s+)?girl\b"
    )
)
# Sexist lines quoted in order to reject them: "the idea that women belong at home is outdated".
_REJECTED = re.compile(
    r"\b(?:idea|notion|myth|belief|view|claim(?:s|ed|ing)?|lie|trope|conspiracy\s+theory)\s+that\b|\boutdated\b|"
    r"\b(?:not\s+true|untrue|false)\s+(?:to\s+say\s+)?that\b|"
    r"\b(?:antisemitic|anti-semitic|islamophobic|conspiracy\s+theor(?:y|ies|ists?)|tropes?|"
    r"misconceptions?|stereotyp\w*)\b|"
    r"\b(?:is|'s|are|'re|that'?s)\s+(?:a\s+|an\s+|all\s+)?(?:lies?|myths?|nonsense|rubbish)\b|"
    # shock at hearing it said: "I was shocked to hear a councillor say Sikhs are a plague."
    rf"\b{SHOCKED_TO_HEAR}\b"
)

# a line echoed as a question and answered: "Refuse to serve Muslims? That shop should lose its
# licence.", "Women belong in the kitchen? Rubbish."
_ANSWERED = re.compile(
    r"[^.!?\n]{0,40}\?\s*[^.!?\n]{0,60}\b(?:rubbish|nonsense|illegal|disgrace\w*|wrong|shame\w*|"
    r"licen[cs]e|report\w*|appalling|outrageous|unacceptable|not\s+on|no\s+way)\b"
)


def sexist_line(normalised: str) -> tuple[str, str]:
    """A well-worn sexist line aimed at women, as (meant, rejected); "" where there is none.

    Meant: the line said in earnest, not reported or negated. Rejected: the line named in order
    to reject it ("The idea that women belong at home is outdated, vote for Jo", "Women belong in
    the kitchen? Rubbish."), which is counter-speech although the model still reads the line in
    it as sexism.
    """
    return _worn_line(_SEXIST_REMARK.search(normalised) or _SEXUAL_REMARK.search(normalised))


# a line named as if rejected, then agreed with: "... say Sikhs are a plague, but they are.",
# "... He's right though."
_AGREED_AFTER = re.compile(
    r"\b(?:but\s+(?:they|it|he|she|we)\s+(?:are|is|do|does)|(?:he|she|they)(?:'s|\s+is|'re|\s+are|\s+was|"
    r"\s+were)\s+(?:right|correct|not\s+wrong)|(?:right|true)\s+though|so\s+true|spot\s+on|"
    r"(?:i|we)\s+agree)\b"
)


def _worn_line(m: re.Match[str] | None) -> tuple[str, str]:
    if m is None:
        return "", ""
    words = matched_words(m)[1]
    if (_rejected_around(m) or _ANSWERED.match(m.string, m.end())) and not _AGREED_AFTER.search(
        m.string, m.end()
    ):
        return "", words
    if reported_or_negated(m):
        return "", ""
    return words, ""


# The worn lines told to councillors of colour and from migrant families ("go back to where you
# came from", "go back to Pakistan", "send them back"). Like the sexist lines, they hinge on an
# origin that the group-blind head does not read, so they are matched here.
_HOMELANDS = (
    r"(?:pakistan|india|bangladesh|africa|jamaica|nigeria|somalia|ghana|kenya|poland|romania|"
    r"bulgaria|lithuania|syria|iraq|iran|afghanistan|turkey|albania|china|the\s+caribbean|"
    r"the\s+middle\s+east|eastern\s+europe|asia)"
)
# a group by name or by a slur, and "poles", which the group lexicon leaves to the telegraph; not
# a weak term, often something else ("Send the white back, I ordered red.", "the old")
_NAMED_GROUP = rf"(?:(?!(?:{WEAK_TERMS})\b)(?:{GROUP_WORDS})s?|(?:{SLUR_NOUN_WORDS})s?|poles)"
_XENOPHOBIC_LINE = screened(
    re.compile(
        # an order or a wish: not "we go back to India every winter"
        rf"(?:{CLAUSE_START}|\b(?:you|u|he|she|they|them|should|must|just|and|now|can|please|to|"
        r"better)\s+)(?:go|get|fuck\s+off|piss\s+off|clear\s+off|bugger\s+off|sod\s+off|swim|crawl)\s+"
        r"back\s+(?:home\s+)?to\s+(?:where\s+(?:you|u|they|he|she)\s+(?:came|come|belongs?|were)\s+"
        r"from|(?:your|their|his|her|ur)\s+(?:own\s+)?(?:country|countries|village|jungle|desert|hut|"
        rf"cave|land|homeland)|{_HOMELANDS})\b|"
        r"\bsend\s+(?:them|him|her|you|'?em|the\s+lot(?:\s+of\s+them)?)\s+(?:all\s+)?back\s+(?:home\b|"
        rf"to\s+(?:where\b|their\b|his\b|her\b|your\b|{_HOMELANDS}\b))|"
        # the group named: "send the polacks back", a slogan ("Pikeys out!", "Poles go home") and
        # "no more Muslims in our town"; not "move the Travellers out of our park", a request
        # about a camp, nor "the Poles go home for Christmas"
        rf"\bsend\s+(?:all\s+)?(?:the\s+|those\s+|these\s+)?{_NAMED_GROUP}\s+(?:all\s+)?back\b"
        r"(?=\s*(?:[.!?,]|$|home\b|to\b|where\b))|"
        rf"{CLAUSE_START}(?:all\s+)?{_NAMED_GROUP}\s+(?:out|go\s+home|get\s+out)(?:\s+now)?"
        r"\s*(?:[.!?]|$)|"
        rf"{CLAUSE_START}(?:go|get\s+out|clear\s+off)\s+home,?\s+(?:you\s+)?{_NAMED_GROUP}\s*(?:[.!?]|$)|"
        rf"\bno\s+more\s+{_NAMED_GROUP}\s+(?:in|on|round|around)\s+(?:our|this|my|the)\s+"
        r"(?:town|area|street|estate|village|city|country|ward|school|neighbourhood|park)\b"
    )
)


# the writer going back themselves: "I really need to just go back home to Jamaica"
_FIRST_PERSON_BEFORE = re.compile(
    r"\b(?:i|we|me|us|i'?m|we'?re|i'?ll|we'll|i'?d|we'?d)\b[^.!?,;]*$"
)


def xenophobic_line(normalised: str) -> tuple[str, str]:
    """A worn racist or xenophobic line ("go back to where you came from"), as (meant,
    rejected); "" where there is none. Rejected: named in order to condemn it."""
    m = _XENOPHOBIC_LINE.search(normalised)
    if m and _FIRST_PERSON_BEFORE.search(normalised, max(0, m.start() - 40), matched_words(m)[0]):
        return "", ""
    return _worn_line(m)


# Worn tropes about a group by name: the conspiracy ("Jews control the banks"), the replacement
# ("immigrants are taking over the country"), the old sign ("no Irish, no blacks, no dogs") and
# "lesbians just need a real man". Each hinges on the group the head is blind to.
_TROPE_GROUPS = (
    r"(?:(?:the\s+)?(?:jews|jewish\s+people|zionists|jewry|rothschilds|muslims|islam|immigrants|"
    r"migrants|foreigners|refugees|asylum\s+seekers|asians|pakistanis|indians|africans|blacks|"
    r"black\s+people|gypsies|travellers|poles|romanians|eastern\s+europeans))"
)
# a group by name as the subject of what is said of all of it: "Muslim men", "the Irish",
# "Asian shopkeepers"; not the object of what is said ("Hate against Muslims has no place in our
# borough.", "Racism towards Travellers is a stain on this town.")
_WHOLE_GROUP = (
    r"(?<!\bagainst\s)(?<!\btowards\s)(?<!\btoward\s)(?<!\bof\s)(?<!\bon\s)(?<!\bfor\s)(?<!\bto\s)"
    r"(?<!\bat\s)"
    rf"\b(?:{GROUP_WORDS})s?(?:\s+(?:men|women|people|folk|kids|lads|girls|boys|shopkeepers|"
    r"landlords|workers|families|lot|community|communities))?\s+"
)
# the young, the old and students, of whom the same grumbles are not an attack on a group ("Young
# people need to be taught some respect for the park.", "Students have ruined the estate.")
_NOT_AN_AGE = (
    r"(?!(?:young|old|older|elderly|teenagers?|teens|pensioners|students|boomers|millennials)\b)"
)
_GROUP_TROPE = screened(
    re.compile(
        rf"\b{_TROPE_GROUPS}\s+(?:secretly\s+|really\s+|basically\s+|already\s+)?(?:control|controls|"
        r"run|runs|own|owns|rule|are\s+behind|were\s+behind)\s+(?:the\s+|our\s+|this\s+|every\s+|"
        r"all\s+(?:the\s+|our\s+)?)?(?:banks?|banking|media|world|governments?|country|everything|"
        r"hollywood|money|finance|press|wars?|council|britain|uk|europe|west|news)\b|"
        rf"\b{_TROPE_GROUPS}\s+(?:are|r)\s+(?:slowly\s+|quietly\s+)?(?:taking\s+over|out-?breeding|"
        r"replacing)\s+(?:the\s+|our\s+|this\s+)?(?:country|town|britain|england|europe|us|white\s+"
        r"people|the\s+west|council|everything|the\s+natives)\b|"
        r"\bgreat\s+replacement\s+(?:is\s+)?(?:real|happening|true|coming|underway)\b|"
        r"\bno\s+(?:irish|blacks|gypsies|travellers)\s*,?\s+no\s+(?:irish|blacks|gypsies|travellers|"
        r"dogs)\b|"
        r"\b(?:lesbians?|dykes?)\s+(?:just\s+|only\s+)?needs?\s+(?:a\s+)?(?:real|good|proper)\s+"
        r"(?:man|men|seeing[\s-]+to|dick|cock)\b|"
        # a crime or a vice pinned on the whole group: "Muslim men are all groomers", "the Irish
        # are all drunks", "Asian shopkeepers are all tax dodgers"
        rf"{_WHOLE_GROUP}(?:are|r)\s+(?:all|just|only|"
        r"nothing\s+but|basically|mostly)\s+(?:a\s+(?:bunch|load|pack|gang)\s+of\s+)?(?:[\w-]+\s+)?"
        rf"(?:{GROUP_VICES})\b|"
        # a burden on the rest, or a blight: "Disabled people are a burden on society",
        # "Immigrants are a drain on the NHS" (the model let the milder words through)
        rf"{_WHOLE_GROUP}"
        r"(?:are|is|r)\s+(?:(?:such|nothing\s+but|just|only|all|basically|simply)\s+)?(?:a\s+|an\s+)?"
        r"(?:(?:real|massive|huge|total|terrible|heavy|constant|complete|big)\s+)?(?:burden|drain|"
        r"plague|cancer|disease|menace|blight|curse|infestation|stain|scourge|blot)s?\b|"
        # trans women called men, the worn way: "Trans women are blokes in dresses.", "No men in
        # dresses in our toilets." (not a pantomime's dames: the toilets, changing rooms and
        # refuges the trope is said of, or a call to keep them out)
        r"\btrans(?:gender)?\s+(?:women|woman)\s+(?:are|is)\s+(?:just\s+|only\s+|really\s+|still\s+|all\s+)?"
        r"(?:a\s+)?(?:blokes?|geezers?|lads?|fellas?)\b|"
        r"\b(?:no|keep|ban|stop)\s+(?:the\s+|all\s+)?(?:men|blokes|males)\s+in\s+(?:dresses|frocks|wigs|skirts)\b|"
        r"\b(?:men|blokes|males)\s+in\s+(?:dresses|frocks|wigs|skirts)\s+(?:in|out\s+of|using|into|"
        r"near)\s+(?:our|the|women'?s|ladies'?|girls'?)\s+(?:[\w']+\s+)?(?:toilets?|loos?|changing\s+rooms?|"
        r"ladies|spaces?|refuges?|prisons?|showers?)\b|"
        # a group as a danger to children: "Protect our kids from trans people." (the model
        # flagged it for 3 of 61 groups)
        r"\b(?:protect|keep|save|shield)\s+(?:our|the|your|my)\s+(?:kids|children|daughters|sons|girls|"
        rf"boys|little\s+ones)\s+(?:safe\s+)?from\s+(?:the\s+|all\s+(?:the\s+)?|those\s+)?{_NAMED_GROUP}\b|"
        # the hate a group meets called its own play-acting: "Muslims always play the victim
        # card.", "Gays just love playing the victim." (the model scored identity attack 0.06-0.10)
        rf"{_WHOLE_GROUP}(?:(?:always|just|only|all|forever|constantly|conveniently)\s+)?"
        r"(?:(?:love|loves|like|likes)\s+(?:to\s+)?)?(?:play(?:s|ing)?|pull(?:s|ing)?)\s+the\s+"
        r"(?:victim|race|racism|religion|islamophobia|homophobia|transphobia|disability|gay|trans|"
        r"minority|oppression)(?:\s+card)?\b|"
        # the group cast as the real source of the hate it meets: "The real hate in this town
        # comes from Muslims." (the model scored identity attack 0.02-0.10)
        r"\bthe\s+real\s+(?:hate|hatred|racism|racists|bigotry|bigots|haters|problem|threat|danger|"
        r"violence|abuse)\s+(?:[\w'-]+\s+){0,4}?(?:comes?|came|is\s+coming)\s+from\s+(?:the\s+|all\s+(?:the\s+)?)?"
        rf"{_NAMED_GROUP}\b|"
        # prejudice against the group called sense: "Being wary of Muslims is just common sense.",
        # "Not trusting immigrants isn't racist, it's common sense." (0.11-0.25)
        r"\b(?:(?:being\s+)?(?:wary|suspicious|scared|afraid|frightened|careful|fearful|distrustful)\s+"
        r"(?:of|around)|distrust(?:ing)?|mistrust(?:ing)?|not\s+trusting|disliking|fearing|avoiding|"
        r"keeping\s+away\s+from|(?:steer|stay|keep)(?:ing)?\s+clear\s+of)\s+(?:the\s+|all\s+)?"
        rf"{_NAMED_GROUP}(?:\s+(?:people|men|women|families|neighbours))?\s+(?:(?:is|'s)\s+"
        r"(?:just\s+|only\s+|simply\s+|plain\s+|basic\s+)?(?:common\s+sense|sensible|natural|wise)|"
        r"(?:(?:is|'s)\s+not|isn'?t)\s+(?:racist|racism|prejudice|prejudiced|bigotry|bigoted|hate|"
        r"homophobic|transphobic|islamophobic|antisemitic))\b|"
        # the group told to stop complaining, or to be put in its place: "Black people need to stop
        # whining about racism.", "Travellers need to be taught some respect.", "Muslims need a
        # lesson in British values.", "Trans people need help, not rights." (not of the young or
        # the old, of whom the same grumble is not an attack on a group)
        rf"{_NOT_AN_AGE}{_WHOLE_GROUP}(?:all\s+)?(?:need|needs|should|must|ought\s+to|(?:have|'ve|has)\s+got\s+to)\s+"
        r"(?:(?:to\s+)?(?:stop|quit)\s+(?:whining|moaning|whinging|crying|bleating|banging\s+on|"
        r"scrounging|sponging|begging|breeding)\b|(?:to\s+)?(?:know|learn|be\s+(?:taught|reminded\s+of|put\s+"
        r"in))\s+(?:their|some)\s+(?:place|respect|manners)(?=\s*(?:[.!,;]|$|and\b|or\b|like\b|round\s+here|"
        r"in\s+(?:this|our|britain|england)\b))|a\s+(?:lesson|crash\s+course|reminder)\s+in\s+"
        r"(?:british\s+values|manners|respect|being\s+british|how\s+to\s+behave|civilisation|hygiene)\b|"
        r"(?:help|treatment|therapy|fixing|curing|a\s+cure|sectioning),?\s+not\s+(?:rights|acceptance|pride|"
        r"parades|equality|validation|flags?|sympathy)\b)|"
        # a place ruined by the group: "Muslims have ruined this town.", "Immigrants have
        # destroyed our country." (the model scored abuse 0.07 for all ten groups checked); and the
        # group told it is all one: "You Muslims are all the same." (4 of 10)
        rf"{_NOT_AN_AGE}{_WHOLE_GROUP}(?:have|has|'ve|are|is)\s+(?:(?:completely|totally|utterly|already|just)\s+)?"
        r"(?:ruined|destroyed|wrecked|spoilt|spoiled|ruining|destroying|wrecking|spoiling)\s+(?:this|our|the|"
        r"my)\s+(?:town|country|city|area|estate|street|road|ward|village|neighbourhood|high\s+street|"
        r"nation|community|britain|england|uk)\b|"
        rf"\byou\s+(?:lot\s+of\s+|bloody\s+)?(?:{GROUP_WORDS})s?(?:\s+(?:people|lot|men|women))?\s+(?:are|r)\s+"
        r"all\s+(?:the\s+same|alike)\b|"
        # homes and jobs said to be taken by the group: "Refugees are taking all the council
        # houses." (the model scored abuse 0.05-0.2 for all ten groups checked)
        rf"{_WHOLE_GROUP}(?:are|is|'re)\s+(?:taking|stealing|nicking|grabbing|getting)\s+(?:all\s+|most\s+of\s+)?"
        r"(?:the|our)\s+(?:jobs|houses|homes|council\s+houses|council\s+flats|flats|benefits|school\s+"
        r"places|gp\s+appointments|housing)\b|"
        # the group tired of, or kept out of public life: "I'm sick of Muslims.", "Women have no
        # place in politics." (not "I'm sick of people blaming Muslims", "Racism has no place ...")
        r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:so\s+|really\s+|just\s+)?(?:sick|tired|sick\s+and\s+tired|fed\s+"
        r"up)\s+(?:of|with)\s+(?:the\s+|all\s+(?:the\s+|these\s+|those\s+)?|these\s+|those\s+)?"
        rf"{_NOT_AN_AGE}{_NAMED_GROUP}"
        r"(?:\s+people)?(?=\s*(?:[.!]|$))|"
        rf"(?:^|[.!?]\s+|\b(?:all|the|these|those|think|believe|say)\s+){_WHOLE_GROUP}(?:have|has)\s+no\s+"
        r"place\s+(?:in|on)\s+(?:politics|government|public\s+life|the\s+"
        r"council|parliament|society|this\s+(?:country|town|council|chamber)|our\s+\w+|a\s+(?:civili[sz]ed|"
        r"decent|modern|christian|white|normal|free)\s+(?:country|society|nation|world))\b|"
        # worth denied to the whole group: "Muslims are not decent people.", "Travellers are not
        # real citizens." (the model: `identity_attack` 0.08-0.26); not "... not bad people"
        rf"{_NOT_AN_AGE}{_WHOLE_GROUP}(?:are|is|r)\s+(?:not|never)\s+(?:really\s+|even\s+|truly\s+)?"
        r"(?:decent|good|nice|honest|trustworthy|real|proper|normal|civili[sz]ed|worthy|full|true|"
        r"fully\s+human|human|equal)\s+(?:people|humans?|human\s+beings|citizens|neighbours|members\s+"
        r"of\s+(?:society|the\s+community)|brits|british|english|men|women)\b|"
        # and respect or trust refused to all of it: "I don't respect Muslims and I never will."
        r"\b(?:i|we)\s+(?:don'?t|do\s+not|will\s+never|won'?t\s+ever|could\s+never|can\s+never|"
        r"never)\s+(?:ever\s+)?(?:respect|trust)\s+(?:any\s+|the\s+)?"
        rf"{_NOT_AN_AGE}{_NAMED_GROUP}(?:\s+(?:people|men|women))?"
        r"(?=\s*(?:[.!,;]|$|and\b|at\s+all|(?:round\s+)?here|in\s+(?:this|our|my)\b))|"
        # crime said to follow the group: "Wherever Muslims go, crime follows."
        r"\b(?:wherever|everywhere)\s+(?:the\s+)?"
        rf"{_NOT_AN_AGE}{_NAMED_GROUP}(?:\s+(?:people|men|families))?\s+"
        r"(?:go|goes|live|lives|settle|settles|move|moves|turn\s+up|appear|show\s+up),?\s+(?:[\w-]+\s+)?"
        r"(?:crime|trouble|violence|disease|rape|theft|drugs|terror(?:ism)?|filth|rubbish|squalor|"
        r"poverty|chaos)\s+(?:follows?|rises?|goes\s+up|soars?|comes\s+with\s+them|is\s+never\s+far\s+"
        r"behind)\b|"
        # rights denied to the group
        rf"\b(?:{GROUP_WORDS})s?\s+(?:don'?t|do\s+not|shouldn'?t|should\s+not)\s+(?:deserve|"
        r"have|get|be\s+given)\s+(?:any\s+)?(?:human\s+rights|rights|to\s+live|to\s+exist|to\s+"
        r"breathe|the\s+vote|a\s+vote|to\s+vote)\b"
    )
)


def group_trope(normalised: str) -> tuple[str, str]:
    """A worn hateful trope about a group by name ("Jews control the banks"), as (meant,
    rejected); "" where there is none. Rejected: named in order to refute or condemn it."""
    return _worn_line(_GROUP_TROPE.search(normalised))


# A group by name shut out, served by no one or hounded away ("Refuse to serve Somalis",
# "Ban Muslims from the leisure centre", "Make lesbians feel unwelcome"): a call to
# discriminate, in words the model reads as ordinary requests. Not teenagers, whom licensing
# mail asks shops not to serve, nor a camp asked to move on, which is a request about land.
_SHUNNED_GROUP = (
    rf"(?:the\s+|all\s+(?:the\s+)?|any\s+)?(?!(?:teenagers?|teens)\b){_NAMED_GROUP}"
    r"(?:\s+(?:people|men|women|folk|families|kids|children|lads|girls|boys|residents|tenants|"
    r"shopkeepers|workers|couples))?"
)
_SHUNNING = screened(
    re.compile(
        r"\b(?:refuse\s+to|don'?t|do\s+not|never|won'?t|(?:nobody|no\s+one)\s+(?:[\w']+\s+){0,4}?should)\s+"
        r"(?:serve|hire|employ|sit\s+(?:next\s+to|with)|trade\s+with|(?:sell|rent)\s+(?:\w+\s+){0,2}?to)\s+"
        rf"{_SHUNNED_GROUP}\b|"
        r"\b(?:don'?t|do\s+not|never|(?:nobody|no\s+one)\s+(?:[\w']+\s+){0,4}?should)\s+give\s+"
        rf"{_SHUNNED_GROUP}\s+(?:jobs|work|a\s+job|houses|homes|council\s+houses|flats|tenancies)\b|"
        rf"\bstop\s+{_SHUNNED_GROUP}\s+(?:from\s+)?(?:joining|using|coming\s+(?:in|into|to|here)|moving\s+"
        r"(?:in|into|here)|buying|renting)\b|"
        rf"\bban\s+{_SHUNNED_GROUP}\s+from\b|"
        rf"\b(?:don'?t|do\s+not|never)\s+let\s+{_SHUNNED_GROUP}\s+(?:anywhere\s+near|near|into|join|"
        r"use|come\s+(?:in|into|near))\b|"
        rf"\b(?:freeze|hound|drum)\s+{_SHUNNED_GROUP}\s+out\b|"
        rf"\bmake\s+{_SHUNNED_GROUP}\s+feel\s+(?:unwelcome|unwanted)\b|"
        rf"\bshout\s+at\s+{_SHUNNED_GROUP}\s+(?:whenever|every\s+time|until|till)\b|"
        rf"\b(?:posters?|letters?|notes?|leaflets?|signs?)\s+telling\s+{_SHUNNED_GROUP}\s+to\s+(?:leave|"
        r"go\s+home|get\s+out|pack\s+(?:their|your)\s+bags)\b|"
        # the group to be locked up, rounded up or driven out: "Refugees need locking up.",
        # "Travellers need running out of town." (not "moving on", which is asked of a camp)
        rf"(?:^|[.!?]\s+)(?:those\s+|these\s+)?{_SHUNNED_GROUP}\s+(?:all\s+)?(?:need|needs|want|wants)\s+"
        r"(?:locking\s+up|rounding\s+up|running\s+out\s+of\s+(?:town|the\s+\w+)|driving\s+out|deporting|interning|shipping\s+(?:home|"
        r"back|out)|sending\s+(?:home|back))\b|"
        # "Nobody wants Somalis here." (not "Nobody wants Somalis to be afraid here.")
        rf"\b(?:nobody|no\s+one|no-one)\s+wants\s+(?:the\s+|any\s+|these\s+|those\s+|more\s+)?{_SHUNNED_GROUP}\s+"
        r"(?:here|round\s+here|living\s+(?:here|next\s+door|on\s+(?:this|our)\s+\w+)|in\s+(?:this|our)\s+"
        r"(?:town|street|road|estate|village|ward|area|country|school))(?=\s*(?:[.!,]|$))|"
        # "Spread the word: Somalis aren't wanted on this estate."
        rf"\b{_SHUNNED_GROUP}\s+(?:know\s+(?:that\s+)?they\s+)?(?:are\s+not|aren'?t|'re\s+not|are\s+never)\s+"
        r"(?:welcome|wanted)\b"
    )
)


# someone else's call, reported: "They want to ban Muslims from the leisure centre, which is
# disgraceful."
_SOMEONE_ELSES_CALL = re.compile(
    r"\b(?:they|he|she|someone|somebody|people|the\s+\w+)\s+(?:wants?|wanted|(?:are|is|were|was)\s+"
    r"trying|tried|(?:are|is|were|was)\s+(?:telling|asking)\s+(?:people|us|everyone)|(?:told|asked)\s+"
    r"(?:people|us|everyone))\s+(?:not\s+)?to\s+$"
)


def call_to_shun(normalised: str) -> tuple[str, str]:
    """A call to shut a group by name out, refuse it service or hound it away, as (meant,
    rejected); "" where there is none. Rejected: named in order to condemn it; another's call
    reported is neither."""
    m = _SHUNNING.search(normalised)
    if m is None:
        return "", ""
    start = matched_words(m)[0]
    if _SOMEONE_ELSES_CALL.search(normalised, max(0, start - 40), start):
        return "", ""
    return _worn_line(m)


def _rejected_around(m: re.Match[str]) -> bool:
    around = m.string[: m.start()] + " " + m.string[m.end() :]
    return bool(_REJECTED.search(around) or DENOUNCING.search(around))
