"""The sentences kept back to measure the screener on new wording stay out of training."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[3]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / f"training/{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_unseen_neutral_sets_are_never_trained_on() -> None:
    unseen = _load("unseen_neutral")
    examples = sys.modules["examples"]
    templates = [t for _, ts in unseen.SETS.values() for t in ts]
    trained_templates = set(examples.NEUTRAL_IDENTITY) | set(examples.THRESHOLD_NEUTRAL)
    assert not set(templates) & trained_templates
    trained = {text.lower() for text, _ in examples.build()}
    filled = [s.lower() for t in templates for s in unseen.sentences([t])[t]]
    assert len(filled) == len(templates) * len(examples.IDENTITIES)
    assert not [s for s in filled if s in trained]


def test_each_unseen_set_fills_a_group_into_every_template() -> None:
    unseen = _load("unseen_neutral")
    for name, (_, templates) in unseen.SETS.items():
        assert len(templates) == 20, name
        assert len(set(templates)) == 20, name
        for template in templates:
            filled = unseen.sentences([template])[template]
            # the filled sentences differ by group, so the template names one
            assert len(filled) > 60, template


def test_unseen_probes_are_never_trained_on_nor_written_into_a_rule() -> None:
    probes = _load("unseen_mail")
    _load("unseen_neutral")  # puts training/ on the path for examples
    examples = sys.modules["examples"]
    texts = [*probes.EVERYDAY_MAIL, *probes.THREATS]
    assert len(set(texts)) == len(texts) == 70
    trained = {text.lower() for text, _ in examples.build()}
    assert not [t for t in texts if t.lower() in trained]
    # a rule written from a probe would be pinned beside its look-alikes in the rule tests
    rule_tests = (Path(__file__).parent / "test_threat_rules.py").read_text()
    assert not [t for t in probes.THREATS if t in rule_tests]
