"""Word lists that route texts and qualify scores: near-missed group words and insults."""

from __future__ import annotations

import pytest

from councillor_safety.screening.model.lexicon import (
    IDENTITY_WORDS,
    addresses_by_group,
    hints_at_menace,
    identity_mentions,
    menacing_sentences,
    names_group_nearly,
    names_harm_or_sex,
    names_strong_group,
    needs_a_closer_read,
    profanity_hits,
    typical_group,
)
from councillor_safety.screening.model.text import normalise, plain_cigarettes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wmoen are vermin", True),  # two letters swapped
        ("muslms are rats", True),  # a letter dropped
        ("tarns people", True),
        ("get back to me by friday", False),  # "back" is a word, not a slip for "black"
        ("watch your backs", False),  # nor "backs" for "blacks"
        ("cyclists are vermin", False),
        ("price tags on the stalls", False),  # one slip from "taigs", and a word
        ("the Toon army", False),
        ("women are welcome", False),  # spelt right: identity_mentions finds it, not this
        ("", False),
    ],
)
def test_names_group_nearly(text: str, expected: bool) -> None:
    assert names_group_nearly(text) is expected


@pytest.mark.parametrize(
    ("text", "groups", "strong"),
    [
        ("Travellers are vermin.", ["race/ethnicity"], True),
        ("The Gypsies on the common", ["race/ethnicity"], True),
        ("blacks and asians", ["race/ethnicity", "race/ethnicity"], True),
        ("Catholics and Protestants", ["religion/belief", "religion/belief"], True),
        ("the Irish", ["nationality/migration"], True),
        ("asexual and pansexual people", ["sexual orientation", "sexual orientation"], True),
        ("egg whites and sugar", ["race/ethnicity"], False),  # weak, like "white"
        ("the telegraph poles are down", [], False),
        ("Schizophrenics and epileptics", ["disability", "disability"], True),
        ("Methodists and Baptists", ["religion/belief", "religion/belief"], True),
        ("the Nepalese and Sierra Leoneans", ["nationality/migration"] * 2, True),
        # a group of two words written with a hyphen or a space, whichever the list has
        ("a mixed-race family", ["race/ethnicity"], True),
        ("hearing-impaired and partially-sighted residents", ["disability"] * 2, True),
        ("Afro-Caribbean elders", ["race/ethnicity"], True),
        ("Afro Caribbean elders", ["race/ethnicity"], True),
        ("non binary and non-binary", ["gender identity"] * 2, True),
        # food, dogs and windows named after a nation or a church mark no text as about a group
        ("the French windows and a German shepherd", ["nationality/migration"] * 2, False),
        ("Greek yoghurt, a Swiss roll and Danish pastries", ["nationality/migration"] * 3, False),
        ("an Orthodox approach to the budget", ["religion/belief"], False),
        ("register for the CIS before you invoice", ["gender identity"], False),
    ],
)
def test_plural_group_names_name_the_group(text: str, groups: list[str], strong: bool) -> None:
    mentions = identity_mentions(normalise(text))
    assert [g for _, g in mentions] == groups
    assert names_strong_group(mentions) is strong


def test_words_that_name_a_group_only_inside_a_phrase_are_not_blanked_alone() -> None:
    # "new" (New Zealander), "partially" (partially sighted), "mental" (mental illness): stage one
    # must still read them in "a new road" or "mental health services"
    assert {"new", "sierra", "partially", "sighted", "cerebral", "mental", "illness"}.isdisjoint(
        IDENTITY_WORDS
    )
    assert {"zealander", "leonean", "deafblind", "schizophrenics", "methodist"} <= IDENTITY_WORDS


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("gypos and polacks", ["race/ethnicity", "race/ethnicity"]),
        ("a taig", ["religion/belief"]),
        ("you batty boy", ["sexual orientation"]),
        ("troons", ["gender identity"]),
        ("a flid", ["disability"]),
        ("foids", ["sex/gender"]),
        ("m0zlems and jooz", ["religion/belief", "religion/belief"]),  # spelt to get past lists
        ("(((they))) control the media", ["religion/belief"]),  # the antisemitic "echo"
        ("Lesbos is a Greek island.", ["nationality/migration"]),  # Greek; not the slur "lesbo"
    ],
)
def test_slurs_in_british_use_and_online_name_the_group_they_attack(
    text: str, groups: list[str]
) -> None:
    assert [g for _, g in identity_mentions(normalise(text))] == groups


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You are an idiot.", True),
        ("Councillor Smith is a moron.", True),
        ("Fuck this, the road is still closed.", True),
        ("The bloody streetlight is out again.", False),  # mild swearing alone
        ("Could you tell me when the library reopens?", False),
        # "thick" of smoke or a hedge measures a thing; of a person it is an insult
        ("Thick black smoke from the bonfire is coming into our house.", False),
        ("The hedge is thick brambles all the way along.", False),
        ("You are thick.", True),
        ("You're as thick as two short planks.", True),
        ("Thick councillors like you ruin everything.", True),
    ],
)
def test_needs_a_closer_read(text: str, expected: bool) -> None:
    norm = normalise(text)
    assert needs_a_closer_read(norm, profanity_hits(norm)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("get ready to be strangled", True),
        ("we'll make sure you disappear", True),
        ("bet you'd look better naked, councillor", True),
        ("get your tits out", True),
        ("nice legs, councillor", True),
        ("my legs are bad, so please keep the bus stop", False),  # a body, not looked at
        ("the bottom of the lane floods every winter", False),
        ("the assessment of the bangladeshi centre's gravel path", False),  # not "ass", "bang"
        ("the skirting boards in my flat are rotten", False),  # "skirt" only as a word
        ("could you tell me when the library reopens?", False),
    ],
)
def test_names_harm_or_sex(text: str, expected: bool) -> None:
    assert names_harm_or_sex(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we know which window is your daughter's bedroom.", True),
        ("think of your children before you vote on tuesday.", True),
        ("i'd sleep with the lights on if i were you.", True),
        ("we'll be there when you least expect it.", True),
        ("your dog barks a lot at night. be a shame if it stopped.", True),
        ("it's only a matter of time before someone gets to you.", True),
        ("men like me don't forget, and we don't forgive.", True),
        # the same words in ordinary mail are routed too: the encoder reads them and decides
        ("could the gritter come down our lane? the house is cut off at night.", True),
        # but not "home" or "safe" said of residents, nor a day and a time
        ("residents will be home by six, so please come at seven.", False),
        ("the new crossing keeps the children safer.", False),
        ("the streetlight has gone out on mill road.", False),
        ("could you tell me when the library reopens?", False),
        ("the darkest hour is just before dawn, as the poster says.", False),  # a word, not a stem
    ],
)
def test_hints_at_menace(text: str, expected: bool) -> None:
    assert hints_at_menace(text) is expected


def test_menacing_sentences_are_read_apart_only_in_longer_messages() -> None:
    sinister = "your kids walk home alone, don't they?"
    assert menacing_sentences(f"the drains are blocked again. {sinister}") == [sinister]
    assert menacing_sentences(f"{sinister} the drains are blocked again.") == [sinister]
    # one sentence is read whole already
    assert menacing_sentences(sinister) == []
    # a greeting or a sign-off is too short to count as a sentence beside it
    assert menacing_sentences("hi all. see you at the meeting tonight.") == []
    # sentences with no words of menace are not read apart
    assert menacing_sentences("thanks for your reply. the bins are still not collected.") == []
    both = "we know where you live. the drains are blocked. see you tonight, councillor!"
    assert menacing_sentences(both) == ["we know where you live.", "see you tonight, councillor!"]
    # so does a stop inside a closing quotation mark or bracket
    quoted = 'he wrote "we know where you live." then he left the office. see you at the surgery'
    assert menacing_sentences(quoted) == ['he wrote "we know where you live."']
    assert menacing_sentences("i went home. (we know where you live.) the bins are late") == [
        "(we know where you live.)"
    ]
    # a line break kept where a sentence ends (``screener.sentence_source``) ends one too
    lines = "the drains are blocked again\nyour kids walk home alone, don't they"
    assert menacing_sentences(lines) == ["your kids walk home alone, don't they"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("council are shitheads", {"shitheads"}),
        ("what a clusterfuck", {"clusterfuck"}),
        ("the fuckingclass was nearly over", {"fuckingclass"}),
        ("that's bullshit and batshit", {"bullshit", "batshit"}),
        ("you fucking idiot", {"fucking"}),
        ("scunthorpe mishit the ball at the cocktail bar", set()),
        ("shitake mushrooms at the market", set()),
    ],
)
def test_profanity_hits_find_compounds(text: str, words: set[str]) -> None:
    found = profanity_hits(normalise(text))
    assert {w for w, _ in found} == words
    assert all(weight == 1.0 for _, weight in found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Typical Jew, always after the money.", ("typical jew", "religion/belief")),
        ("Typical woman.", ("typical woman", "sex/gender")),
        ("Typical Muslim behaviour.", ("typical muslim behaviour", "religion/belief")),
        # a group word that describes something else
        ("We had a typical Polish breakfast at the community centre.", ("", "")),
        ("The typical Muslim family in our ward has three children.", ("", "")),
    ],
)
def test_typical_group(text: str, found: tuple[str, str]) -> None:
    assert typical_group(normalise(text)) == found


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Fag ends all over the pavement.", "cigarette ends all over the pavement."),
        ("I popped out for a quick fag.", "i popped out for a quick cigarette."),
        ("Someone nicked my packet of fags.", "someone nicked my packet of cigarettes."),
        ("He was smoking fags at the bus stop.", "he was smoking cigarettes at the bus stop."),
        # the slur is left as written
        ("You fag.", "you fag."),
        ("Facebook is for fags.", "facebook is for fags."),
        ("That's a fancy name for a fag.", "that's a fancy name for a fag."),
    ],
)
def test_a_cigarette_is_read_as_a_cigarette(text: str, read: str) -> None:
    assert plain_cigarettes(normalise(text)) == read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Muslims like you are not welcome on the council.", True),
        ("Disabled people like you cost the taxpayer a fortune.", True),
        ("Women like you make this ward proud.", True),  # routed; the encoder reads it as praise
        ("Councillors like you make a real difference.", False),  # not a protected group
        ("I like you, and so do the Muslims on our street.", False),
        ("Would you like your Polish lessons on Tuesday?", False),
    ],
)
def test_addresses_by_group(text: str, expected: bool) -> None:
    assert addresses_by_group(normalise(text)) is expected


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # colours of things: the casework of damp homes, bins and vans
        ("There is black mould in every room of our flat.", []),
        ("The black bin bags were left out and the black-ice is back.", []),
        ("A white van dumped brown envelopes of rubbish by the white lines.", []),
        ("The black water coming out of the taps is disgusting.", []),
        ("The budget has a black hole and the scheme is a white elephant.", []),
        # "straight" as a direction or of a thing
        ("The smoke comes straight into our kitchen.", []),
        ("Give us a straight answer and go straight home.", []),
        # the same words of people still name the group
        ("The black lads on the corner.", ["black"]),
        ("Black people live here too, and white people.", ["black", "white"]),
        ("Straight couples and gay couples alike.", ["straight", "gay"]),
        ("A black man and a straight woman.", ["black", "man", "straight", "woman"]),
        ("Black mould and black families.", ["black"]),
    ],
)
def test_a_colour_or_a_direction_of_a_thing_names_no_group(text: str, terms: list[str]) -> None:
    norm = normalise(text)
    assert [t for t, _ in identity_mentions(norm)] == terms
    if not terms:  # nor as a slip of "blacks" or "whites"
        assert not names_group_nearly(norm)
