"""The sentences kept back to measure the screener on new wording stay out of training."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from councillor_safety.screening.model.lexicon import menacing_sentences
from councillor_safety.screening.model.screener import prepare
from councillor_safety.screening.tests.training_modules import load_training_module


def _trained_texts() -> set[str]:
    return {text.lower() for text, _ in load_training_module("examples").build()}


def _kept_back_threat_probes() -> list[str]:
    """Every text of the kept-back probes of threats and mail, beside their ordinary notes."""
    texts: list[str] = []
    for name in ("unseen_menace", "unseen_threats", "unseen_veiled"):
        pairs = load_training_module(name)
        texts += [*pairs.THREATS, *pairs.ORDINARY]
    mail = load_training_module("unseen_mail")
    return [*texts, *mail.THREATS, *mail.EVERYDAY_MAIL]


def test_unseen_neutral_sets_are_never_trained_on() -> None:
    unseen = load_training_module("unseen_neutral")
    examples = load_training_module("examples")
    templates = [t for _, ts in unseen.SETS.values() for t in ts]
    trained_templates = (
        set(examples.NEUTRAL_IDENTITY)
        | set(examples.THRESHOLD_NEUTRAL)
        | set(examples.INVITATIONS)
        | set(examples.GRIEVANCES_FOR_A_GROUP)
    )
    assert not set(templates) & trained_templates
    filled = [s.lower() for t in templates for s in unseen.sentences(t)]
    assert len(filled) == len(templates) * len(examples.IDENTITIES)
    trained = _trained_texts()
    assert not [s for s in filled if s in trained]
    # nor written into a rule, except where a set says a rule names its forms: a rule written
    # from one would be pinned in the rule tests
    here = Path(__file__).parent
    rule_tests = " ".join(
        (here / f).read_text().lower() for f in ("test_threat_rules.py", "test_screener.py")
    )
    named = {name for name, (how, _) in unseen.SETS.items() if "rules." in how}
    assert named == {"fifth", "sixth"}
    kept_apart = [t for name, (_, ts) in unseen.SETS.items() if name not in named for t in ts]
    assert not [s for t in kept_apart for s in unseen.sentences(t) if s.lower() in rule_tests]


def test_each_unseen_set_fills_a_group_into_every_template() -> None:
    unseen = load_training_module("unseen_neutral")
    for name, (_, templates) in unseen.SETS.items():
        assert len(templates) == 20, name
        assert len(set(templates)) == 20, name
        for template in templates:
            # the filled sentences differ by group, so the template names one
            assert len(unseen.sentences(template)) > 60, template


def test_unseen_probes_are_never_trained_on_nor_written_into_a_rule() -> None:
    probes = load_training_module("unseen_mail")
    texts = [*probes.EVERYDAY_MAIL, *probes.THREATS]
    assert len(set(texts)) == len(texts) == 70
    trained = _trained_texts()
    assert not [t for t in texts if t.lower() in trained]
    # a rule written from a probe would be pinned beside its look-alikes in the rule tests
    rule_tests = (Path(__file__).parent / "test_threat_rules.py").read_text()
    assert not [t for t in probes.THREATS if t in rule_tests]


@pytest.mark.parametrize("module", ["unseen_menace", "unseen_threats", "unseen_veiled"])
def test_unseen_threat_pairs_are_never_trained_on_nor_written_into_a_rule(module: str) -> None:
    menace = load_training_module(module)
    texts = [*menace.THREATS, *menace.ORDINARY]
    assert len(menace.THREATS) == len(menace.ORDINARY) == 30
    assert len(set(texts)) == len(texts)
    trained = _trained_texts()
    # not even with the tails training puts on its own examples
    assert not [t for t in texts if t.lower() in trained or f"{t} councillor.".lower() in trained]
    rule_tests = (Path(__file__).parent / "test_threat_rules.py").read_text()
    assert not [t for t in texts if t in rule_tests]
    # nor among the pairs written to teach the model the same kind of menace
    veiled = load_training_module("veiled_threats")
    more = load_training_module("menace_threats")
    taught = {*veiled.THREATS, *veiled.ORDINARY, *(t for pair in more.PAIRS for t in pair)}
    assert not {t.lower() for t in texts} & {t.lower() for t in taught}


# the probes of 50 threats written afresh, and the name of their 50 texts that are not threats
FIFTY_THREAT_PROBES = (
    ("unseen_replies", "REPLIES"),
    ("unseen_intimidation", "ORDINARY"),
    ("unseen_letters", "ORDINARY"),
    ("unseen_casework", "ORDINARY"),
    ("unseen_inbox", "ORDINARY"),
    ("unseen_politics", "ORDINARY"),
)


@pytest.mark.parametrize(("module", "others"), FIFTY_THREAT_PROBES)
def test_the_fifty_threat_probes_are_never_trained_on_nor_written_into_a_rule(
    module: str, others: str
) -> None:
    fresh = load_training_module(module)
    texts = [*fresh.THREATS, *getattr(fresh, others)]
    assert len(fresh.THREATS) == len(getattr(fresh, others)) == 50
    assert len({t.lower() for t in texts}) == len(texts)
    trained = _trained_texts()
    assert not [t for t in texts if t.lower() in trained or f"{t} councillor.".lower() in trained]
    here = Path(__file__).parent
    rule_tests = " ".join(
        (here / f).read_text() for f in ("test_threat_rules.py", "test_screener.py")
    )
    assert not [t for t in texts if t in rule_tests]
    # apart from every text written to teach or to measure the menace head
    veiled = load_training_module("veiled_threats")
    more = load_training_module("menace_threats")
    written = {*veiled.THREATS, *veiled.ORDINARY, *(t for pair in more.PAIRS for t in pair)}
    written |= {t for pair in load_training_module("menace_mail").PAIRS for t in pair}
    written |= {*load_training_module("rebukes").REBUKES, *load_training_module("replies").REPLIES}
    written |= set(_kept_back_threat_probes())
    for name, attribute in FIFTY_THREAT_PROBES:
        if name != module:
            probe = load_training_module(name)
            written |= {*probe.THREATS, *getattr(probe, attribute)}
    assert not {t.lower() for t in texts} & {t.lower() for t in written}


def test_the_replies_to_fit_on_are_apart_from_every_measure() -> None:
    replies = [t.lower() for t in load_training_module("replies").REPLIES]
    assert len(replies) == len(set(replies)) == 400
    measures = {t.lower() for t in load_training_module("rebukes").REBUKES}
    measures |= {t.lower() for t in _kept_back_threat_probes()}
    suite = {c.text.lower() for c in load_training_module("functional_suite").build()}
    assert not set(replies) & (measures | suite)


def test_veiled_threats_come_in_pairs() -> None:
    veiled = load_training_module("veiled_threats")
    assert len(veiled.THREATS) == len(veiled.ORDINARY) == 60
    assert len({*veiled.THREATS, *veiled.ORDINARY}) == 120
    more = load_training_module("menace_threats")
    assert len(more.PAIRS) == 216
    assert more.FIRST_WRITER == 100  # then the second writer's 116
    written = [t for pair in more.PAIRS for t in pair]
    assert len(set(written)) == len(written)
    # no threat is also written down as an ordinary note, here or among the first pairs
    assert not {t for t, _ in more.PAIRS} & {*veiled.ORDINARY, *(o for _, o in more.PAIRS)}


def test_trained_invitations_keep_the_held_out_invitation_and_the_kept_back_frames_unseen() -> None:
    examples = load_training_module("examples")
    unseen = load_training_module("unseen_neutral")
    held_out = [t for t in examples.threshold_templates() if t.startswith("Invite ")]
    assert held_out == ["Invite {plural} to the fun day."]
    # the threshold template's shape, a bare order to invite a group, is never trained on
    assert not [t for t in examples.INVITATIONS if t.startswith("Invite ")]
    _, kept_back = unseen.SETS["fifteenth"]
    frames = {" ".join(t.split()[:3]) for t in kept_back}
    assert not [t for t in examples.INVITATIONS if " ".join(t.split()[:3]) in frames]


def test_unseen_attacks_are_never_trained_on() -> None:
    attacks = load_training_module("unseen_attacks")
    examples = load_training_module("examples")
    unseen = load_training_module("unseen_neutral")
    templates = [t for _, ts in attacks.SETS.values() for t in ts]
    for name, (_, ts) in attacks.SETS.items():
        assert len(ts) == len(set(ts)) == 20, name
    filled = [s.lower() for t in templates for s in unseen.sentences(t)]
    assert len(filled) == len(templates) * len(examples.IDENTITIES)
    trained = _trained_texts()
    assert not [s for s in filled if s in trained]
    # nor written into a rule: a rule written from one would be pinned in the rule tests
    here = Path(__file__).parent
    rule_tests = " ".join(
        (here / f).read_text().lower() for f in ("test_threat_rules.py", "test_screener.py")
    )
    assert not [s for s in filled if s in rule_tests]


def test_hostility_examples_keep_the_kept_back_sentences_unseen() -> None:
    hostility = load_training_module("hostility")
    examples = load_training_module("examples")
    unseen = load_training_module("unseen_neutral")
    attacks = load_training_module("unseen_attacks")
    chosen = hostility.templates(frozenset(hostility.PARTS))
    assert len(chosen) == len({t for t, _ in chosen}) == 60
    assert sum(attack for _, attack in chosen) == len(hostility.CALLED_FOR) == 20
    kept_back = [t for sets in (unseen.SETS, attacks.SETS) for _, ts in sets.values() for t in ts]
    frames = {" ".join(t.split()[:3]) for t in kept_back}
    assert not [t for t, _ in chosen if " ".join(t.split()[:3]) in frames]
    assert not {t for t, _ in chosen} & set(kept_back)
    assert not {t for t, _ in chosen} & set(examples.THRESHOLD_NEUTRAL + examples.NEUTRAL_IDENTITY)


def test_hostility_examples_are_chosen_by_part() -> None:
    hostility = load_training_module("hostility")
    reports = hostility.templates(frozenset({"reports"}))
    assert [t for t, _ in reports] == hostility.REPORTED
    assert not any(attack for _, attack in reports)
    assert hostility.templates(frozenset()) == []
    with pytest.raises(ValueError, match="unknown parts"):
        hostility.templates(frozenset({"report"}))


def test_the_menace_head_fits_on_no_kept_back_suite_or_threshold_sentence() -> None:
    examples = load_training_module("examples")
    load_training_module("veiled_threats")
    more = load_training_module("menace_threats")
    menace = load_training_module("menace")
    suite = {c.text.lower() for c in load_training_module("functional_suite").build()}
    posts = [f"Public post number {i}." for i in range(3 * menace.PUBLIC_POSTS)]
    texts = menace.training_texts(posts, suite)
    assert len(texts.threats) == 120
    # the measured option fits on every further threat too, each with its ordinary twin
    wider = menace.training_texts(posts, suite, more_threats=True)
    assert set(wider.threats) == set(texts.threats) | {t for t, _ in more.PAIRS}
    assert set(wider.ordinary) == set(texts.ordinary) | {o for _, o in more.PAIRS}
    fitted = {t.lower() for t in wider.threats + wider.ordinary}
    assert not fitted & suite
    # the threshold sentences set the cut, so none is fitted on
    threshold = {
        examples._fill(t, adj, plural, person).lower()
        for t in examples.threshold_templates()
        for adj, plural, person in examples.IDENTITIES
    }
    assert not fitted & threshold
    # each is one sentence, read whole, so the cut reads them as the screener does
    assert not [t for t in threshold if menacing_sentences(prepare(t))]
    kept_back = _kept_back_threat_probes()
    for name, attribute in FIFTY_THREAT_PROBES:
        probe = load_training_module(name)
        kept_back += [*probe.THREATS, *getattr(probe, attribute)]
    unseen = load_training_module("unseen_neutral")
    for sets in (unseen.SETS, load_training_module("unseen_attacks").SETS):
        kept_back += [s for _, ts in sets.values() for t in ts for s in unseen.sentences(t)]
    assert not fitted & {t.lower() for t in kept_back}
    # the rebukes measure what the head reads as menace, so none is fitted on
    rebukes = {t.lower() for t in load_training_module("rebukes").REBUKES}
    assert len(rebukes) == 100
    assert not fitted & rebukes
    assert not rebukes & {t.lower() for t in kept_back}
    # public posts to fit on and to set the cut on are drawn apart, as many of each
    assert len(texts.fit_posts) == len(texts.cut_posts) == menace.PUBLIC_POSTS
    assert not set(texts.fit_posts) & set(texts.cut_posts)
    # the neutral sentences about groups are among the negatives only when asked for
    fewer = menace.training_texts(posts, suite, neutral_negatives=False)
    assert len(fewer.ordinary) < len(texts.ordinary) - 1000
    assert fewer.threats == texts.threats


def test_the_menace_cut_is_the_posts_percentile_raised_by_the_threshold_sentences() -> None:
    menace = load_training_module("menace")
    posts = np.linspace(0.0, 1.0, 10_001)  # the 99.9th percentile is 0.999
    calm = np.full(4000, 0.2)
    assert menace.cut_from_scores(posts, None) == pytest.approx((0.999, 0.999))
    assert menace.cut_from_scores(posts, calm)[0] == pytest.approx(0.999)
    # three threshold sentences of 4,000 over 0.999 (more than 0.05%): the cut rises over two
    raised = np.r_[calm[:-3], 0.9995, 0.9996, 0.9997]
    cut, from_posts = menace.cut_from_scores(posts, raised)
    assert from_posts == pytest.approx(0.999)
    assert 0.9995 < cut < 0.9997
    assert (raised > cut).mean() <= menace.IDENTITY_SHARE
    # the head's own cut reads its scores so, each sentence at its highest kernel's score
    w, b = np.array([1.0], dtype=np.float32), 0.0
    logits = np.log(posts[1:-1] / (1 - posts[1:-1]))[:, None].astype(np.float32)
    quiet = np.full((3, 1), -5.0, np.float32)
    loud = np.full((3, 1), 9.0, np.float32)  # the same sentences scored 0.99988 by another kernel
    assert menace.cut(w, b, logits, [quiet], None)[0] == pytest.approx(0.999, abs=1e-4)
    assert menace.cut(w, b, logits, [quiet])[0] == pytest.approx(0.999, abs=1e-4)
    assert menace.cut(w, b, logits, [quiet, loud])[0] == pytest.approx(0.99988, abs=1e-5)
    assert menace.cut(w, b, logits, [quiet, loud], None)[0] == pytest.approx(0.999, abs=1e-4)
    # two of 4,000 sentences scored high: within the share of 0.05%, over a share of none
    two_high = np.r_[np.full(3998, -5.0), 8.0, 9.0][:, None].astype(np.float32)
    assert menace.cut(w, b, logits, [two_high])[0] == pytest.approx(0.999, abs=1e-4)
    assert menace.cut(w, b, logits, [two_high], 0.0)[0] == pytest.approx(0.99988, abs=1e-5)


def test_the_lower_cut_for_words_of_menace_is_set_by_worded_texts_alone() -> None:
    menace = load_training_module("menace")
    w, b = np.array([1.0, 0.0], dtype=np.float32), 0.0

    def scored(p: float) -> list[float]:  # a vector the head scores p
        return [float(np.log(p / (1 - p))), 0.0]

    # the other posts' top scores are in texts with no words of menace: they do not count
    posts = ["You had one job."] * 998 + ["Lock the door tonight.", "If I were you I'd go."]
    vectors = np.array([scored(0.99)] * 998 + [scored(0.6), scored(0.7)], dtype=np.float32)
    sentences = (["Our neighbours run the corner shop."], [np.array([scored(0.99)], np.float32)])
    low = menace.worded_cut(w, b, 0.95, 0.0005, (posts, vectors), sentences)
    assert 0.6 < low < 0.7
    # a worded threshold sentence bounds it under whichever kernel scores it highest
    kernels = [np.array([scored(0.5)], np.float32), np.array([scored(0.8)], np.float32)]
    bound = menace.worded_cut(
        w, b, 0.95, 0.0005, (posts, vectors), (["Stay safe tonight."], kernels)
    )
    assert bound == pytest.approx(0.8, abs=1e-6)
    # never over the cut every text is read against
    assert menace.worded_cut(w, b, 0.5, 0.0005, (posts, vectors), sentences) == 0.5


def test_the_longer_messages_to_measure_the_menace_head_on_are_never_fitted_on() -> None:
    pairs = load_training_module("menace_mail").PAIRS
    texts = [t for pair in pairs for t in pair]
    assert len(pairs) == 120
    assert len({t.lower() for t in texts}) == len(texts)
    # each twin is its threat with a sentence or two made harmless, not another message
    assert all(threat != twin for threat, twin in pairs)
    trained = _trained_texts()
    assert not [t for t in texts if t.lower() in trained or f"{t} councillor.".lower() in trained]
    # nor by the menace head, even with the further threats it can be fitted on
    menace = load_training_module("menace")
    head = menace.training_texts(
        ["A public post."] * 2 * menace.PUBLIC_POSTS, set(), more_threats=True
    )
    assert not {t.lower() for t in head.threats + head.ordinary} & {t.lower() for t in texts}


@pytest.mark.parametrize(
    ("module", "rule_tests"),
    [
        ("unseen_group_threats", ("test_group_violence.py",)),
        ("unseen_endorsed_violence", ("test_group_violence.py", "test_endorsed_violence.py")),
    ],
)
def test_the_probes_of_violence_on_a_group_are_never_trained_on_nor_written_into_a_rule(
    module: str, rule_tests: tuple[str, ...]
) -> None:
    probe = load_training_module(module)
    texts = [*probe.THREATS, *probe.ORDINARY]
    assert len(probe.THREATS) == 30
    assert len(probe.ORDINARY) == 28
    assert len({t.lower() for t in texts}) == len(texts)
    trained = _trained_texts()
    assert not [t for t in texts if t.lower() in trained]
    here = Path(__file__).parent
    written = " ".join(
        (here / f).read_text() for f in ("test_threat_rules.py", "test_screener.py", *rule_tests)
    )
    assert not [t for t in texts if t in written]
    suite = {c.text.lower() for c in load_training_module("functional_suite").build()}
    assert not {t.lower() for t in texts} & suite
