from __future__ import annotations

import pytest

from councillor_safety.screening.model import Screener


@pytest.fixture(scope="session")
def screener() -> Screener:
    return Screener.load()
