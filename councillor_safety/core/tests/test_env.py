from __future__ import annotations

import pytest

from councillor_safety.core.env import ConfigurationError, env_bool, env_int, env_list, env_str


def test_values_and_defaults(monkeypatch):
    monkeypatch.setenv("X_BOOL", "Yes")
    monkeypatch.setenv("X_INT", "42")
    monkeypatch.setenv("X_LIST", "a.example, b.example ,")
    assert env_bool("X_BOOL", default=False) is True
    assert env_bool("X_MISSING", default=True) is True
    assert env_int("X_INT", 1) == 42
    assert env_list("X_LIST", []) == ["a.example", "b.example"]
    assert env_str("X_MISSING", "fallback") == "fallback"


@pytest.mark.parametrize(
    ("name", "value", "reader"),
    [
        ("X_BOOL", "perhaps", lambda: env_bool("X_BOOL", default=False)),
        ("X_INT", "4.5", lambda: env_int("X_INT", 1)),
        ("X_INT", "-1", lambda: env_int("X_INT", 1, minimum=0)),
    ],
)
def test_malformed_values_fail_loudly(monkeypatch, name, value, reader):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=name):
        reader()


def test_required_values_must_be_set(monkeypatch):
    monkeypatch.delenv("X_REQUIRED", raising=False)
    with pytest.raises(ConfigurationError, match="X_REQUIRED must be set"):
        env_str("X_REQUIRED")


def test_secrets_can_come_from_files(monkeypatch, tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("s3cret-value\n")
    monkeypatch.setenv("X_SECRET_FILE", str(secret))
    assert env_str("X_SECRET") == "s3cret-value"
    monkeypatch.setenv("X_SECRET_FILE", str(tmp_path / "missing"))
    with pytest.raises(ConfigurationError, match="cannot be read"):
        env_str("X_SECRET")
