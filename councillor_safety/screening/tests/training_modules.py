"""Scripts under ``training/`` imported by path: it is not a package, and the app never needs it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TRAINING = Path(__file__).resolve().parents[3] / "training"


def load_training_module(name: str) -> ModuleType:
    """``training/<name>.py``, registered under its name (dataclasses look their module up)."""
    if name in sys.modules:
        return sys.modules[name]
    # the scripts import one another by bare name ("import menace_threats"), as they do when
    # run from training/; appended, so that no script's name hides a package's
    if str(TRAINING) not in sys.path:
        sys.path.append(str(TRAINING))
    spec = importlib.util.spec_from_file_location(name, TRAINING / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
