"""The race tests' connection helper (tests/races.py) waits out a full server, and only that."""

import pytest
from django.db import OperationalError, connection

from tests import races


def test_a_full_server_is_waited_out(monkeypatch):
    answers = [OperationalError("FATAL:  sorry, too many clients already")] * 2 + [None]
    calls = []

    def ensure():
        calls.append(1)
        answer = answers.pop(0)
        if answer:
            raise answer

    monkeypatch.setattr(connection, "ensure_connection", ensure)
    monkeypatch.setattr(races.time, "sleep", lambda s: None)
    races.connect()
    assert len(calls) == 3


def test_any_other_failure_is_raised_at_once(monkeypatch):
    def ensure():
        raise OperationalError('password authentication failed for user "postgres"')

    monkeypatch.setattr(connection, "ensure_connection", ensure)
    with pytest.raises(OperationalError, match="password"):
        races.connect()


def test_a_server_that_stays_full_fails_after_the_timeout(monkeypatch):
    def ensure():
        raise OperationalError("FATAL:  sorry, too many clients already")

    monkeypatch.setattr(connection, "ensure_connection", ensure)
    monkeypatch.setattr(races.time, "sleep", lambda s: None)
    with pytest.raises(OperationalError, match="too many clients"):
        races.connect(timeout=0.01)
