"""Word lists: protected-characteristic terms (with their group) and profanity.

These lists are part of the model. Identity terms do three things: they name the target group
in an ``identity_attack`` explanation, they send a text to the encoder stage (the lexical stage
alone is known to over-flag neutral mentions of groups), and they drive the counterfactual
augmentation at training time. They never raise a score by themselves.

Groups follow the protected characteristics of the Equality Act 2010 (race, religion or belief,
sex, sexual orientation, gender reassignment, disability, age; pregnancy is counted with sex)
plus nationality/migration status.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from .fastre import screened
from .text import HATE_VERBS, near_misses, words

# group -> neutral terms that name members of the group (lower case, may be multi-word)
IDENTITY_TERMS: Final[dict[str, tuple[str, ...]]] = {
    "race/ethnicity": (
        "black",
        "white",
        "asian",
        "african",
        "african american",
        "afro-caribbean",
        "caribbean",
        "hispanic",
        "latino",
        "latina",
        "latinx",
        "mixed race",
        "chinese",
        "japanese",
        "indian",
        "pakistani",
        "bangladeshi",
        "arab",
        "middle eastern",
        "gypsy",
        "roma",
        "traveller",
        "irish traveller",
        "european",
        "native american",
        "indigenous",
        "aboriginal",
        "mexican",
        "south asian",
        "east asian",
        "brown",
        # peoples that councils' residents belong to, named in mail about them
        "tamil",
        "tamils",
        "bengali",
        "bengalis",
        "punjabi",
        "punjabis",
        "kashmiri",
        "kashmiris",
        "sri lankan",
        "sri lankans",
        "gujarati",
        "gujaratis",
        "sindhi",
        "sindhis",
        "pashtun",
        "pashtuns",
        "hazara",
        "hazaras",
        "uyghur",
        "uyghurs",
        "tibetan",
        "tibetans",
        "yoruba",
        "igbo",
    ),
    "religion/belief": (
        "muslim",
        "muslims",
        "islam",
        "islamic",
        "jewish",
        "jew",
        "jews",
        "judaism",
        "christian",
        "christians",
        "catholic",
        "protestant",
        "sikh",
        "sikhs",
        "hindu",
        "hindus",
        "buddhist",
        "buddhists",
        "atheist",
        "atheists",
        "mosque",
        "synagogue",
        "gurdwara",
        "temple",
        "church",
        "mormon",
        "mormons",
        "rastafarian",
        "rastafarians",
        "pagan",
        "pagans",
        "wiccan",
        "wiccans",
        "jain",
        "jains",
        "quaker",
        "quakers",
        "shia",
        "sunni",
        "ahmadi",
        "ahmadis",
        "jehovah's witness",
        "jehovah's witnesses",
        "zoroastrian",
        "zoroastrians",
        "humanist",
        "humanists",
        "agnostic",
        "agnostics",
        # churches and smaller faiths, by the names their members use
        "methodist",
        "methodists",
        "anglican",
        "anglicans",
        "baptist",
        "baptists",
        "presbyterian",
        "presbyterians",
        "pentecostal",
        "pentecostals",
        "evangelical",
        "evangelicals",
        "lutheran",
        "lutherans",
        "orthodox",
        "coptic",
        "copts",
        "amish",
        "unitarian",
        "unitarians",
        "baha'i",
        "bahai",
        "druze",
        "alevi",
        "alevis",
        "hasidic",
        "haredi",
        "charedi",
    ),
    "sex/gender": (
        "woman",
        "women",
        "female",
        "females",
        "girl",
        "girls",
        "lady",
        "ladies",
        "man",
        "men",
        "male",
        "males",
        "mother",
        "mothers",
        "mum",
        "mums",
        # a belief, not a sex, but the public posts attack feminists as sexism, and so often
        # that stage one learnt "feminist" itself as abuse ("My daughter is a feminist.")
        "feminist",
        "feminists",
        # pregnancy and maternity, a protected characteristic of its own
        "pregnant",
    ),
    "sexual orientation": (
        "gay",
        "lesbian",
        "lesbians",
        "bisexual",
        "bi",
        "asexual",
        "pansexual",
        "queer",
        "homosexual",
        "heterosexual",
        "straight",
        "lgbt",
        "lgbtq",
        "lgbtq+",
        "lgbtqia",
    ),
    "gender identity": (
        "trans",
        "transgender",
        "non-binary",
        "nonbinary",
        "transsexual",
        "genderqueer",
        "cisgender",
        "intersex",
        "cis",
    ),
    "disability": (
        "disabled",
        "disability",
        "deaf",
        "blind",
        "autistic",
        "autism",
        "wheelchair",
        "wheelchair user",
        "paralysed",
        "paralyzed",
        "mentally ill",
        "learning disability",
        "down's syndrome",
        "dyslexic",
        "neurodivergent",
        "adhd",
        "epileptic",
        "amputee",
        "amputees",
        "dwarf",
        "dwarfs",
        "dwarfism",
        "visually impaired",
        "hard of hearing",
        "deafblind",
        "dyspraxic",
        "dyspraxia",
        "dyslexia",
        "partially sighted",
        "hearing impaired",
        "bipolar",
        "schizophrenic",
        "schizophrenia",
        "cerebral palsy",
        "learning disabilities",
        "mental illness",
    ),
    "age": (
        "elderly",
        "old",
        "older",
        "young",
        "younger",
        "teenage",
        "teenager",
        "pensioner",
        "pensioners",
        "millennial",
        "millennials",
        "boomer",
        "boomers",
    ),
    "nationality/migration": (
        "immigrant",
        "immigrants",
        "migrant",
        "migrants",
        "refugee",
        "refugees",
        "asylum seeker",
        "asylum seekers",
        "foreigner",
        "foreigners",
        "polish",
        "romanian",
        "nigerian",
        "somali",
        "syrian",
        "afghan",
        "ukrainian",
        "scottish",
        "welsh",
        "english",
        "british",
        "eastern european",
        # nations that councils' residents come from, named in mail about them
        "eritrean",
        "eritreans",
        "sudanese",
        "iranian",
        "iranians",
        "iraqi",
        "iraqis",
        "turkish",
        "kenyan",
        "kenyans",
        "zimbabwean",
        "zimbabweans",
        "congolese",
        "ethiopian",
        "ethiopians",
        "ghanaian",
        "ghanaians",
        "palestinian",
        "palestinians",
        "israeli",
        "israelis",
        "vietnamese",
        "filipino",
        "filipinos",
        "korean",
        "koreans",
        "lithuanian",
        "lithuanians",
        "bulgarian",
        "bulgarians",
        "albanian",
        "albanians",
        "russian",
        "russians",
        "italian",
        "italians",
        "portuguese",
        "cornish",
        "yemeni",
        "yemenis",
        "egyptian",
        "egyptians",
        "moroccan",
        "moroccans",
        "french",
        "german",
        "germans",
        "spanish",
        "dutch",
        "greek",
        "greeks",
        "czech",
        "czechs",
        "slovak",
        "slovaks",
        "hungarian",
        "hungarians",
        "latvian",
        "latvians",
        "estonian",
        "estonians",
        "croatian",
        "croatians",
        "serbian",
        "serbians",
        "serb",
        "serbs",
        "bosnian",
        "bosnians",
        "kosovan",
        "kosovans",
        "kosovar",
        "kosovars",
        "moldovan",
        "moldovans",
        "armenian",
        "armenians",
        "nepali",
        "nepalis",
        "nepalese",
        "thai",
        "malaysian",
        "malaysians",
        "indonesian",
        "indonesians",
        "trinidadian",
        "trinidadians",
        "brazilian",
        "brazilians",
        "colombian",
        "colombians",
        "chilean",
        "chileans",
        "peruvian",
        "peruvians",
        "venezuelan",
        "venezuelans",
        "cuban",
        "cubans",
        "libyan",
        "libyans",
        "tunisian",
        "tunisians",
        "algerian",
        "algerians",
        "lebanese",
        "jordanian",
        "jordanians",
        "saudi",
        "saudis",
        "kuwaiti",
        "kuwaitis",
        "omani",
        "omanis",
        "ugandan",
        "ugandans",
        "tanzanian",
        "tanzanians",
        "cameroonian",
        "cameroonians",
        "zambian",
        "zambians",
        "malawian",
        "malawians",
        "gambian",
        "gambians",
        "senegalese",
        "australian",
        "australians",
        "slovenian",
        "slovenians",
        "belarusian",
        "belarusians",
        "finnish",
        "swedish",
        "swedes",
        "norwegian",
        "norwegians",
        "danish",
        "danes",
        "belgian",
        "belgians",
        "swiss",
        "austrian",
        "austrians",
        "south african",
        "south africans",
        "new zealander",
        "new zealanders",
        "sierra leonean",
        "sierra leoneans",
    ),
}

# Slurs and derogatory names, with the group they attack. They are matched on normalised text.
SLURS: Final[dict[str, str]] = {
    "nigger": "race/ethnicity",
    "niggers": "race/ethnicity",
    "nigga": "race/ethnicity",
    "niggas": "race/ethnicity",
    "paki": "race/ethnicity",
    "pakis": "race/ethnicity",
    "coon": "race/ethnicity",
    "coons": "race/ethnicity",
    "wog": "race/ethnicity",
    "wogs": "race/ethnicity",
    "chink": "race/ethnicity",
    "chinks": "race/ethnicity",
    "gook": "race/ethnicity",
    "spic": "race/ethnicity",
    "spics": "race/ethnicity",
    "wetback": "race/ethnicity",
    "gyppo": "race/ethnicity",
    "pikey": "race/ethnicity",
    "pikeys": "race/ethnicity",
    "sambo": "race/ethnicity",
    "jungle bunny": "race/ethnicity",
    "raghead": "religion/belief",
    "ragheads": "religion/belief",
    "towelhead": "religion/belief",
    "muzzie": "religion/belief",
    "muzzies": "religion/belief",
    "kike": "religion/belief",
    "kikes": "religion/belief",
    "yid": "religion/belief",
    "moslem": "religion/belief",
    "moslems": "religion/belief",
    # spelt to get past word lists
    "mozlem": "religion/belief",
    "mozlems": "religion/belief",
    "muzlim": "religion/belief",
    "muzlims": "religion/belief",
    "muzzlim": "religion/belief",
    "muzzlims": "religion/belief",
    "joos": "religion/belief",
    "jooz": "religion/belief",
    "faggot": "sexual orientation",
    "faggots": "sexual orientation",
    "fag": "sexual orientation",
    "fags": "sexual orientation",
    "dyke": "sexual orientation",
    "dykes": "sexual orientation",
    "poof": "sexual orientation",
    "poofter": "sexual orientation",
    "bender": "sexual orientation",
    "tranny": "gender identity",
    "trannies": "gender identity",
    "shemale": "gender identity",
    "retard": "disability",
    "retards": "disability",
    "retarded": "disability",
    "spastic": "disability",
    "spaz": "disability",
    "mong": "disability",
    "cripple": "disability",
    "cripples": "disability",
    "window licker": "disability",
    "slut": "sex/gender",
    "sluts": "sex/gender",
    "whore": "sex/gender",
    "whores": "sex/gender",
    "slag": "sex/gender",
    "skank": "sex/gender",
    "feminazi": "sex/gender",
    # more, in British use and online (not the words with an everyday sense: "slope", "paddy",
    # "tinker", "roasties", "batty" alone, "kaffir lime", "gimp")
    "gypo": "race/ethnicity",
    "gypos": "race/ethnicity",
    "gyppos": "race/ethnicity",
    "golliwog": "race/ethnicity",
    "golliwogs": "race/ethnicity",
    "chinky": "race/ethnicity",
    "chinkies": "race/ethnicity",
    "bogtrotter": "race/ethnicity",
    "bogtrotters": "race/ethnicity",
    "polack": "race/ethnicity",
    "polacks": "race/ethnicity",
    "darkie": "race/ethnicity",
    "darkies": "race/ethnicity",
    "jigaboo": "race/ethnicity",
    "jigaboos": "race/ethnicity",
    "beaner": "race/ethnicity",
    "beaners": "race/ethnicity",
    "nig-nog": "race/ethnicity",
    "nignog": "race/ethnicity",
    "wop": "race/ethnicity",
    "wops": "race/ethnicity",
    "dago": "race/ethnicity",
    "dagoes": "race/ethnicity",
    "dagos": "race/ethnicity",
    "kraut": "race/ethnicity",
    "krauts": "race/ethnicity",
    "taig": "religion/belief",
    "taigs": "religion/belief",
    "mooslim": "religion/belief",
    "mooslims": "religion/belief",
    "muzrat": "religion/belief",
    "muzrats": "religion/belief",
    "muzzrat": "religion/belief",
    "muzzrats": "religion/belief",
    "homo": "sexual orientation",
    "homos": "sexual orientation",
    "batty boy": "sexual orientation",
    "batty boys": "sexual orientation",
    "batty man": "sexual orientation",
    "shirtlifter": "sexual orientation",
    "shirtlifters": "sexual orientation",
    "lesbo": "sexual orientation",
    "lezza": "sexual orientation",
    "lezzer": "sexual orientation",
    "trannie": "gender identity",
    "troon": "gender identity",
    "troons": "gender identity",
    "spacker": "disability",
    "spackers": "disability",
    "flid": "disability",
    "flids": "disability",
    "mongs": "disability",
    "mongoloid": "disability",
    "mongoloids": "disability",
    "femoid": "sex/gender",
    "femoids": "sex/gender",
    "foid": "sex/gender",
    "foids": "sex/gender",
}

# word -> severity weight (1.0 strong, 0.6 moderate). Matched on normalised text, whole words.
PROFANITY: Final[dict[str, float]] = {
    "fuck": 1.0,
    "fucking": 1.0,
    "fucked": 1.0,
    "fucker": 1.0,
    "fuckers": 1.0,
    "fucks": 1.0,
    "fuckin": 1.0,
    "fck": 1.0,
    "fkn": 1.0,
    "fking": 1.0,
    "motherfucker": 1.0,
    "mf": 0.6,
    "cunt": 1.0,
    "cunts": 1.0,
    "shit": 1.0,
    "shite": 1.0,
    "shitty": 1.0,
    "bullshit": 1.0,
    "shits": 1.0,
    "bitch": 1.0,
    "bitches": 1.0,
    "bastard": 1.0,
    "bastards": 1.0,
    "twat": 1.0,
    "twats": 1.0,
    "wanker": 1.0,
    "wankers": 1.0,
    "wank": 1.0,
    "prick": 1.0,
    "pricks": 1.0,
    "dick": 0.6,
    "dickhead": 1.0,
    "dickheads": 1.0,
    "cock": 0.6,
    "cocksucker": 1.0,
    "arse": 0.6,
    "arsehole": 1.0,
    "arseholes": 1.0,
    "ass": 0.6,
    "asshole": 1.0,
    "assholes": 1.0,
    "bollocks": 0.6,
    "bellend": 1.0,
    "knobhead": 1.0,
    "knob": 0.6,
    "tosser": 1.0,
    "tossers": 1.0,
    "piss": 0.6,
    "pissed": 0.6,
    "pissing": 0.6,
    "bloody": 0.3,
    "damn": 0.3,
    "goddamn": 0.6,
    "crap": 0.6,
    "bugger": 0.6,
    "sod": 0.3,
    "slut": 1.0,
    "whore": 1.0,
    "hoe": 0.6,
    "hoes": 0.6,
    "pussy": 0.6,
    "tits": 0.6,
    "motherfucking": 1.0,
    "fuckwit": 1.0,
    "shithead": 1.0,
    "shitbag": 1.0,
    "gobshite": 1.0,
    "nigger": 1.0,
    "faggot": 1.0,
    "wtf": 0.6,
    "stfu": 0.6,
    "fcking": 1.0,
    "feck": 0.6,
}


_PLURAL_NAMES = (
    "gays",
    "blacks",
    "whites",
    "asians",
    "jews",
    "muslims",
    "arabs",
    "mexicans",
    "africans",
    "indians",
    "hindus",
    "sikhs",
    "christians",
    "catholics",
    "protestants",
    "latinos",
    "latinas",
    "lesbians",
    "homosexuals",
    "transgenders",
    "pakistanis",
    "poles",
    "romanians",
    "somalis",
    "nigerians",
    "jamaicans",
    "jamaican",
    "travellers",
    "gypsies",
    "immigrants",
    "migrants",
    "refugees",
    "europeans",
    "americans",
    "canadians",
    "scots",
    "irish",
    "kurdish",
    "kurds",
    "bisexuals",
    "heterosexuals",
    "transsexuals",
    "buddhists",
    "atheists",
    "taoist",
    "taoists",
    "latinx",
    "millenial",
    "millenials",
    "hispanics",
    "chinese",
    "japanese",
    "teenagers",
    "pensioners",
    "elderly",
    "wheelchair",
    "deaf",
    "blind",
    "paralyzed",
    "paralysed",
    "nonbinary",
    "schizophrenics",
    "epileptics",
    "dyslexics",
    "dyspraxics",
)
_NOT_IDENTITY_WORDS = {
    "new",
    "sierra",
    "partially",
    "sighted",
    "cerebral",
    "mental",
    "illness",
    "hard",
    "hearing",
    "visually",
    "impaired",
    "witness",
    "witnesses",
    "user",
    "learning",
    "of",
    "down's",
    "syndrome",
    "seeker",
    "seekers",
    "ill",
    "non",
    "middle",
    "east",
    "south",
    "race",
    "mixed",
    "binary",
    "native",
    "mentally",
}
# Single words that name a protected group. The lexical stage ignores them entirely, so that
# mentioning a group can never raise a stage-one score (the encoder stage decides those texts).
IDENTITY_WORDS: Final[frozenset[str]] = frozenset(
    {w for terms in IDENTITY_TERMS.values() for t in terms for w in t.replace("-", " ").split()}
    - _NOT_IDENTITY_WORDS
    | set(_PLURAL_NAMES)
    | {t for terms in IDENTITY_TERMS.values() for t in terms if " " not in t}
)


def _alternatives(terms: list[str]) -> str:
    """The terms as one alternation, longest first, spaces or hyphens between words ("mixed race",
    "mixed-race", "hearing-impaired", "non binary")."""
    ordered = sorted(terms, key=len, reverse=True)
    return "|".join(r"[\s-]+".join(map(re.escape, _joined(t).split())) for t in ordered)


def _joined(term: str) -> str:
    """A term with its words joined by single spaces, however they were joined when written."""
    return re.sub(r"[\s-]+", " ", term)


def _alternation(terms: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z])({_alternatives(terms)})(?![a-z])")


def _listed(matched: str, table: Mapping[str, str]) -> str:
    """The key in ``table`` that a match of ``_alternatives`` stands for: "mixed-race" is "mixed
    race", "afro caribbean" is "afro-caribbean"."""
    if matched in table:
        return matched
    joined = _joined(matched)
    return next(k for k in table if _joined(k) == joined)


def _singular(plural: str) -> str:
    return plural[:-3] + "y" if plural.endswith("ies") else plural.removesuffix("s")


# Plural nouns that the terms above do not spell out: "the Gypsies", "Travellers", "blacks".
# Without them an attack on "Travellers" named no group, and its identity-attack score was
# halved as if it were an insult. Group words with no term above to take the group from
# (nationalities, "taoist", the misspelt "millenial") are named here; "poles" is left out
# ("telegraph poles").
_GROUP_WORDS_WITHOUT_A_TERM = {
    "jamaicans": "nationality/migration",
    "jamaican": "nationality/migration",
    "americans": "nationality/migration",
    "canadians": "nationality/migration",
    "scots": "nationality/migration",
    "irish": "nationality/migration",
    "kurds": "race/ethnicity",
    "kurdish": "race/ethnicity",
    "taoist": "religion/belief",
    "taoists": "religion/belief",
    "millenial": "age",
    "millenials": "age",
}
_NAMED_TERMS = {term: group for group, terms in IDENTITY_TERMS.items() for term in terms}
_TERM_TO_GROUP: Final[dict[str, str]] = (
    {
        plural: _NAMED_TERMS[_singular(plural)]
        for plural in _PLURAL_NAMES
        if _singular(plural) in _NAMED_TERMS
    }
    | _GROUP_WORDS_WITHOUT_A_TERM
    | _NAMED_TERMS
)
# "man"/"men"/"old"/"young"/"straight"/"white" etc. are so common that on their own they do not
# mark a text as being about a group; they still name the group when an attack is detected.
WEAK_IDENTITY_TERMS: Final[frozenset[str]] = frozenset(
    {
        "man",
        "men",
        "male",
        "males",
        "old",
        "older",
        "young",
        "younger",
        "straight",
        "white",
        "whites",  # egg whites, cricket whites
        "english",
        "british",
        "scottish",
        "welsh",
        "church",
        "temple",
        "lady",
        "ladies",
        "bi",
        "mother",
        "mothers",
        "mum",
        "mums",
        "girl",
        "girls",
        "brown",
        "european",
        "blind",
        "italian",
        "turkish",
        "vietnamese",
        "korean",
        "portuguese",
        "cornish",
        "french",
        "german",
        "spanish",
        "dutch",
        "greek",
        "thai",
        "danish",
        "swiss",
        "cuban",
        "brazilian",
        "lebanese",
        "swedish",
        "belgian",
        "saudi",
        "orthodox",
        "evangelical",
        "cis",
    }
)
_IDENTITY_RE = screened(_alternation(list(_TERM_TO_GROUP)))
# every group word, as one alternation for patterns that hinge on a group named by the writer
GROUP_WORDS: Final[str] = _alternatives(list(_TERM_TO_GROUP))
# Group words that name people, not an idea, a condition or a building: violence promised to
# "disability" or "the church" is not violence promised to people ("eradicate disability").
_NOT_PEOPLE = frozenset(
    {
        "autism",
        "cerebral palsy",
        "church",
        "disability",
        "down's syndrome",
        "dwarfism",
        "dyslexia",
        "dyspraxia",
        "gurdwara",
        "islam",
        "judaism",
        "learning disabilities",
        "learning disability",
        "mental illness",
        "mosque",
        "schizophrenia",
        "synagogue",
        "temple",
    }
)
PEOPLE_GROUP_WORDS: Final[str] = _alternatives([t for t in _TERM_TO_GROUP if t not in _NOT_PEOPLE])
_SLUR_RE = screened(_alternation(list(SLURS)))
# Slurs that are nouns for a person, insults when said to someone ("you spastic", "Cllr Khan is
# a paki"; ``rules.direct_insult``). Not "moslem", an old spelling more than a slur, the
# adjective "retarded", or "nigga", as often a greeting between friends in the public posts.
SLUR_NOUNS: Final[tuple[str, ...]] = tuple(
    s for s in SLURS if s not in {"moslem", "moslems", "retarded", "nigga", "niggas"}
)
# the same as one alternation, as ``GROUP_WORDS`` is for group terms
SLUR_NOUN_WORDS: Final[str] = _alternatives(list(SLUR_NOUNS))
# A stereotype pinned on a group by name: "Typical Jew, always after the money", "Typical
# woman." Not "a typical Polish breakfast": the group word must end the phrase or be followed
# by what the group is said to do.
_TYPICAL_GROUP_RE = screened(
    re.compile(
        rf"\btypical\s+({_alternatives(list(_TERM_TO_GROUP))})"
        r"(?:\s*(?:[,.!?]|$)|\s+(?:behaviou?r|attitude|mentality|trick|move)\b)"
    )
)


def typical_group(normalised: str) -> tuple[str, str]:
    """(words, group) where a stereotype is pinned on a protected group ("typical Jew,"), or
    ("", "")."""
    m = _TYPICAL_GROUP_RE.search(normalised)
    if m is None:
        return "", ""
    return m.group(0).rstrip(",.!? "), _TERM_TO_GROUP[_listed(m.group(1), _TERM_TO_GROUP)]


def names_a_slur(text: str) -> bool:
    """True when the text has a slur in it."""
    return _SLUR_RE.search(text) is not None


_PROFANITY_RE = screened(_alternation(list(PROFANITY)))


# "Black", "white" and "brown" are colours before a thing: housing casework is full of black
# mould, and bins, smoke, water, vans and envelopes are black, white or brown. Read as a group,
# "The black water coming out of the taps is disgusting." was an identity attack (0.56), and
# "black mould" kept a complaint about a thing from being read as one. Things only: no animal
# (a racist's word for a person) and no person, so "black lads" and "white trash" still name
# the group; nor what racists play on ("white growth", "white Friday", the census's "white
# box"). "Straight" is an adverb before a direction ("the smoke comes straight into our
# kitchen") and an adjective of things ("a straight answer").
_A_THING_AFTER_A_COLOUR = (
    r"(?:mou?ld(?:y|ed)?|damp|smoke|fumes|soot|ash|dust|smog|water|liquid|sludge|gunk|goo|oil|tar|"
    r"tarmac|paint(?:work)?|stains?|marks?|spots?|ice|bags?|bin(?:\s*bags?|s)?|sacks?|"
    r"wheelie\s+bins?|cabs?|taxis?|cars?|vans?|lorr(?:y|ies)|vehicles?|4x4s?|suvs?|motorbikes?|"
    r"bikes?|railings|fences?|fencing|gates?|doors?|windows?|frames?|lines?|goods|wine|coffee|tea|"
    r"bread|pudding|pepper|sugar|rice|plastic|tape|pipes?|cables?|wires?|bollards?|posts?|signs?|"
    r"holes?|clouds?|sky|tiles?|gravel|envelopes?|papers?|elephants?|noise|collar|belt|tie|board|"
    r"boards|stuff|residue|fungus|spores|patch(?:es)?|streaks?|splodges?|"
    r"specks?|flecks?)"
)
_NOT_A_GROUP = re.compile(
    rf"(?<![a-z])(?:(?:black|white|brown)(?=(?:\s*-\s*|\s+){_A_THING_AFTER_A_COLOUR}\b)|"
    r"straight(?=\s+(?:into|to|away|after|back|home|through|out|down|over|off|from|ahead|forward|"
    r"past|round|across|there|here|onto|answers?|lines?|roads?|edge|faces?|talking|talk|wins?|"
    r"defeats?|weeks?|days?|years?|months?|nights?)\b))"
)


def identity_mentions(normalised: str) -> list[tuple[str, str]]:
    """(term, group) pairs for protected-group terms and slurs found in normalised text."""
    terms = [
        _listed(m.group(1), _TERM_TO_GROUP)
        for m in _IDENTITY_RE.finditer(normalised)
        if not _NOT_A_GROUP.match(normalised, m.start(1))
    ]
    slurs = [_listed(m.group(1), SLURS) for m in _SLUR_RE.finditer(normalised)]
    return [(t, _TERM_TO_GROUP[t]) for t in terms] + [(s, SLURS[s]) for s in slurs]


def mentions_identity(normalised: str) -> bool:
    """True when a strong identity term or a slur occurs (weak terms alone do not count)."""
    return names_strong_group(identity_mentions(normalised))


def names_strong_group(mentions: list[tuple[str, str]]) -> bool:
    """True when the mentions found by ``identity_mentions`` include more than weak terms."""
    return any(term not in WEAK_IDENTITY_TERMS for term, _ in mentions)


# Ordinary words that are one slip away from a group term ("back"/"black", "latin"/"latino").
_NEAR_MISS_WORDS = frozenset(
    {"back", "chin", "christina", "hind", "isla", "latin", "millennia", "pike", "refuge"}
    | {"sank", "tran", "wore", "backs", "iris", "americas"}
    | {"tags", "mons", "toon", "murat"}
)
# Group terms and slurs of five letters or more as abusers misspell them to get past word lists
# ("wmoen", "Muslms"). Only used to decide whether a text may name a group at all.
_NEAR_MISSES: Final[frozenset[str]] = (
    frozenset(
        v for t in [*_TERM_TO_GROUP, *SLURS] if " " not in t and len(t) >= 5 for v in near_misses(t)
    )
    - _NEAR_MISS_WORDS
)


def names_group_nearly(normalised: str) -> bool:
    """True when a word is a group term or slur with one letter dropped or two swapped.

    Together with ``identity_mentions`` it decides whether an identity-attack score may stand
    with a group in sight; generous on purpose, since a false "yes" only leaves a score as the
    model gave it.
    """
    if _NEAR_MISSES.isdisjoint(words(normalised)):
        return False
    # "black" of a thing is no slip for "blacks": read again without it (few texts get here)
    return not _NEAR_MISSES.isdisjoint(words(_NOT_A_GROUP.sub(" ", normalised)))


# Words that insult a person, one list for the routing below and for the direct-insult rule
# (``rules.direct_insult``). Stage one underrates short insults ("You are an idiot") because the
# public sets seldom label them abusive, so a text with one goes on to the encoder, which reads
# them well.
INSULT_NOUNS: Final[tuple[str, ...]] = (
    "idiot",
    "moron",
    "clown",
    "liar",
    "buffoon",
    "imbecile",
    "cretin",
    "halfwit",
    "numpty",
    "plonker",
    "prat",
    "muppet",
    "pillock",
    "scumbag",
    "scum",
    "hypocrite",
    "coward",
    "loser",
    "dimwit",
    "nitwit",
    "parasite",
    "vermin",
    "disgrace",
    "waste of space",
    "waste of oxygen",
    "crook",
    # British insults the public sets never saw
    "wazzock",
    "tosspot",
    "nonce",
    "plank",
    "berk",
    "git",
    "numbskull",
    "nincompoop",
    "dunce",
    "toerag",
    "lowlife",
    "scrote",
    # what councillors are called in the mail they forward
    "fool",
    "joke",
    "embarrassment",
    "fraud",
    "charlatan",
    "traitor",
    "thug",
    "bigot",
    "snake",
    "creep",
    "pervert",
    "weirdo",
    "freak",
    "lunatic",
    "maniac",
    "nutter",
    "nutcase",
    "nutjob",
    "sociopath",
    "psychopath",
    "degenerate",
    "twit",
    "oaf",
    "thicko",
    "bozo",
    "sleazebag",
    "slimeball",
)
# Swear words that are insults in their own right ("you tosser"); the profanity lexicon already
# routes them to the encoder.
# Nouns that insult a person only when said of one ("you are a failure", "she is trash",
# "you weasel"): too common in ordinary mail ("the failure to collect the bins", "trash
# collection", "a life hack") to send a text to the encoder on their own, so they count only in
# the direct-insult rule.
PERSONAL_INSULT_NOUNS: Final[tuple[str, ...]] = (
    "trash",
    "hack",
    "failure",
    "quack",
    "leech",
    "sucker",
    "wally",
    "weasel",
    "toad",
    "worm",
    "fascist",
    "nazi",
    "snowflake",
    "gammon",
)
PROFANE_INSULT_NOUNS: Final[tuple[str, ...]] = (
    "tosser",
    "wanker",
    "twat",
    "prick",
    "dickhead",
    "bellend",
    "knobhead",
    "cunt",
    "bastard",
    "arsehole",
    "asshole",
    "shithead",
    "fuckwit",
    "gobshite",
    "bitch",
)
INSULT_ADJECTIVES: Final[tuple[str, ...]] = (
    "stupid",
    "useless",
    "pathetic",
    "thick",
    "gormless",
    "brainless",
    "spineless",
)
# "thick" of smoke, fog or a hedge is no insult: "Thick black smoke from the bonfire is coming
# into our house" was abuse (0.52) once read as one
_THICK_AS_A_MEASURE = (
    r"thick(?=\s+(?:(?:black|grey|gray|white|brown|green|yellow|acrid|choking|toxic)\s+)?(?:smoke|"
    r"fog|mist|snow|ice|mud|dust|fumes|smog|layers?|coats?|coating|carpet|hedges?|walls?|glass|"
    r"undergrowth|brambles|weeds|moss|mou?ld|slime|sludge|black|cloud|clouds|plumes?|foam|grease)\b)"
)
_INSULT_RE = screened(
    re.compile(
        rf"(?<![a-z])(?!{_THICK_AS_A_MEASURE})"
        rf"({_alternatives([*INSULT_NOUNS, *(n + 's' for n in INSULT_NOUNS), *INSULT_ADJECTIVES])})"
        r"(?![a-z])"
    )
)


# Words of violence and of sexual content. Stage one learnt from posts in which such words are
# common and mostly harmless, and lets short texts with them through ("Get ready to be
# strangled", "Bet you'd look better naked"); the encoder reads every text that has one.
# Distinctive stems match with any ending; short words only as themselves, so that "assessment",
# "Bangladeshi" or "gravel" do not send ordinary mail to the encoder.
_HARM_OR_SEX_STEMS = (
    "kill|murder|stab|strangl|throttl|suffocat|rape|rapist|lynch|behead|bullet|machete|noose|"
    "naked|nude|topless|grope|gropi|fondl|spank|blowjob|horny|undress|shoot|shag|bleed|"
    "execut|assault|disappear|petrol|coffin|knickers|lingerie|titties"
)
_HARM_OR_SEX_WORDS = (
    "shot|knife|knives|gun|guns|bomb|bombs|bombed|burn|burned|burnt|torch|hang|hanged|beat|"
    "beaten|batter|battered|punch|kick|kicked|smash|slit|slash|blood|dead|die|died|dying|hurt|"
    "harm|attack|acid|hammer|axe|grave|choke|choked|drown|drowned|tits|boobs|breasts|bra|"
    "panties|bang|screw|sexy|sex|bed|dick|cock|pussy|slag|slut|whore|tart|darling|sweetheart|"
    "babe|girl|blush|strip"
)
# Parts of the body that residents write about for ordinary reasons ("my legs are bad, please
# keep the bus stop") count only when someone else's are being looked at: "nice legs",
# "your lips", "short skirt".
_APPRAISED = "your|ur|yer|nice|lovely|great|gorgeous|sexy|fit|hot|cracking|short|tight|them|those"
_BODY_WORDS = "legs|lips|bum|arse|ass|skirt|skirts"
_HARM_OR_SEX_RE = screened(
    re.compile(
        rf"(?<![a-z])(?:(?:{_HARM_OR_SEX_STEMS})[a-z]*|(?:{_HARM_OR_SEX_WORDS})(?![a-z])"
        rf"|(?:{_APPRAISED}) (?:{_BODY_WORDS})(?![a-z]))"
    )
)


def names_harm_or_sex(normalised: str) -> bool:
    """True when the text has a word of violence or sexual content (routing, not a verdict)."""
    return _HARM_OR_SEX_RE.search(normalised) is not None


# Hatred said outright by the writer or those with them. Stage one blanks group words, and with
# a word between ("I really hate Muslims.", "We all despise Travellers.") it scored such
# sentences under the gate that sends a text naming a group to the encoder, which flags them as
# it flags "I hate Muslims." Not a group's own dislikes ("Women hate being talked over").
_HATRED_RE = screened(
    re.compile(
        r"(?<![a-z])(?:i|we|they|you|u|everyone|everybody)\s+(?:[a-z']+\s+){0,2}?"
        rf"(?:{'|'.join(HATE_VERBS)})(?![a-z])"
    )
)


def names_hatred(normalised: str) -> bool:
    """True when the writer, or those with them, say they hate someone or something (routing,
    not a verdict)."""
    return _HATRED_RE.search(normalised) is not None


# The reader addressed through their group: "Muslims like you are not welcome on the council."
# Stage one scored that 0.06, under the gate that sends a text naming a group to the encoder, so
# it was never read; the encoder flags it, and still reads "Women like you make this ward
# proud." as the praise it is. Routing, and no verdict alone: beside an insult said to the reader
# it makes the insult an attack on the group too (``Screener.score_batch``).
_GROUP_ADDRESSED_RE = screened(
    re.compile(
        rf"(?<![a-z])(?:{GROUP_WORDS})(?:\s+(?:people|folk|men|women|lads|girls))?\s+like\s+"
        r"(?:you|u|yourself|yourselves)(?![a-z])"
    )
)


def addresses_by_group(normalised: str) -> bool:
    """True when the text speaks to the reader as one of a group ("Gays like you ...")."""
    return _GROUP_ADDRESSED_RE.search(normalised) is not None


# Words that point at a person's safety or private life: their family, home, car or way home, or
# the shapes of a veiled threat ("if I were you", "when you least expect it", "it would be a
# shame"). Menace without a violent word is invisible to stage one, which reads n-grams learnt
# from public posts. With heads trained on veiled threats beside ordinary notes in the same
# words (``training/veiled_threats.py``; the assets say so with ``routes_menace``), these words
# send a text to the encoder. Routing, never a verdict: the encoder reads "Your house is on my
# way home, I'll drop the leaflets in" and decides.
_THEIR_PEOPLE = (
    "wife|husband|partner|missus|kids?|children|child|sons?|daughters?|granddaughters?|"
    "grandsons?|grandchildren|grandkids|family|mum|mother|dad|father|parents|dog|cat"
)
_THEIR_PLACES = (
    "house|home|address|car|front door|back door|windows?|bedroom|garden|shed|drive|route|"
    "way home|school"
)
_MENACE_RE = screened(
    re.compile(
        r"(?<![a-z])(?:"
        rf"(?:your|ur|yer) (?:(?:little|lovely|pretty|nice|beautiful|own) )?"
        rf"(?:{_THEIR_PEOPLE}|{_THEIR_PLACES})"
        r"|if i were you|least expect|(?:be|it'?d be|would be|it'?s) (?:a )?(?:real )?(?:shame|pity)"
        r"|(?:not|never|feel) (?:be |feel |be feeling )?safe|scared|afraid|frightened|warning"
        r"|watching (?:you|every|your)|waiting (?:for you|when)|one way or (?:another|the other)"
        r"|(?:your|ur) (?:days|time|luck) (?:is|are|will|has)|count your|marked (?:man|woman)"
        r"|long memor[a-z]*|(?:don'?t|never|won'?t) (?:forget|forgive)|matter of time"
        r"|gets? to you|what you deserve|deserve what|protect you|hide behind"
        r"|last (?:face|thing) you|next time|catching fire|accidents? (?:happen|can)"
        r"|where you (?:live|park|sleep|go|walk|run|drink|eat)|know (?:where|when|what time)"
        r"|on your own|alone|lights on|at night|tonight|dark|lonely"
        r")(?![a-z])"
    )
)


def hints_at_menace(normalised: str) -> bool:
    """True when the text has words of a veiled threat or a person's private life (routing)."""
    return _MENACE_RE.search(normalised) is not None


# a sentence ends at ".", "!" or "?" before a space, also where a quotation or a bracket closes
# after it ('... live." Then'), or at a line break, which a normalised text keeps only where
# ``screener.sentence_source`` put one; shorter pieces are greetings and sign-offs
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"')])\s+|\n")
_SHORTEST_SENTENCE = 3  # words


def sentences(normalised: str) -> list[str]:
    """A normalised message's sentences of three words or more."""
    return [s for s in _SENTENCE_END_RE.split(normalised) if len(s.split()) >= _SHORTEST_SENTENCE]


def menacing_sentences(normalised: str) -> list[str]:
    """The sentences of a message of two or more that have words of a veiled threat or of a
    person's private life: the menace head reads each of them as well as the whole, in which
    one sinister sentence among ordinary ones is diluted (model notes, Architecture step 4)."""
    if not hints_at_menace(normalised):  # most mail: a sentence's words are the whole's too
        return []
    read = sentences(normalised)
    if len(read) < 2:
        return []
    return [s for s in read if hints_at_menace(s)]


def needs_a_closer_read(normalised: str, profane: list[tuple[str, float]]) -> bool:
    """True when the text insults someone or swears more than mildly ("bloody", "damn")."""
    return any(w >= 0.6 for _, w in profane) or _INSULT_RE.search(normalised) is not None


# Swear words grown into compounds ("shitheads", "clusterfuck", "fuckingclass"): the strongest
# stems count inside any word that starts with them ("fuck" anywhere in a word), and "shit" at
# the end only after the prefixes that make the common compounds ("mishit" is a cricket shot,
# "Scunthorpe" a town, "shitake" a misspelt mushroom).
_PROFANE_COMPOUND_RE = screened(
    re.compile(
        r"(?<![a-z])(?:[a-z]*fuck[a-z]*|(?:shit(?!ake)|cunt|wank|twat)[a-z]*"
        r"|(?:bull|dip|bat|horse|ape|chicken|dog|jack|holy)shit[a-z]*)(?![a-z])"
    )
)


def profanity_hits(normalised: str) -> list[tuple[str, float]]:
    """Profane words found in normalised text with their severity."""
    hits = [(m.group(1), PROFANITY[m.group(1)]) for m in _PROFANITY_RE.finditer(normalised)]
    for m in _PROFANE_COMPOUND_RE.finditer(normalised):
        if m.group(0) not in PROFANITY:
            hits.append((m.group(0), 1.0))
    return hits
