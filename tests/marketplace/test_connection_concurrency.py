"""Two sides moving the same connection at once leave one consistent history (PostgreSQL row locks).
pretix-style: real threads, a hook that widens the window between reading the stage and writing the
move, and a negative control with the lock turned off that shows the race does happen."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.exceptions import ValidationError
from django.db import connection as db

from marketplace import connections as svc
from marketplace.models import Connection, ConnectionEvent
from tests import races

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.xdist_group("races")]


@pytest.fixture
def pair(staff, enterprise, provider, enterprise_user, provider_user):
    c = svc.connection_introduce(seeker=enterprise, provider=provider, by=staff)
    return c, [enterprise_user, provider_user]


def _both_move(c, users, to_stage):
    barrier = threading.Barrier(len(users))
    outcomes = []

    def move(user):
        try:
            races.connect()
            barrier.wait(timeout=30)
            svc.connection_move(connection=c, to_stage=to_stage, by=user)
            outcomes.append("moved")
        except ValidationError:
            outcomes.append("refused")
        finally:
            db.close()

    with ThreadPoolExecutor(max_workers=len(users)) as pool:
        list(pool.map(move, users))
    return sorted(outcomes)


def _moves(c):
    return list(ConnectionEvent.objects.filter(connection=c, kind="moved").values_list("from_stage", "to_stage"))


def test_two_sides_moving_at_once_leave_one_move_in_the_history(pair, monkeypatch):
    c, users = pair
    monkeypatch.setattr(svc, "RACE", svc.RaceHooks(lock=True, pause=0.3))
    assert _both_move(c, users, "met") == ["moved", "refused"]
    assert _moves(c) == [("introduced", "met")]
    assert Connection.objects.get(pk=c.pk).stage == "met"


def test_two_sides_moving_to_different_stages_at_once_leave_a_consistent_chain(pair, monkeypatch):
    c, (seeker, provider) = pair
    monkeypatch.setattr(svc, "RACE", svc.RaceHooks(lock=True, pause=0.3))
    barrier = threading.Barrier(2)

    def move(user, stage):
        try:
            races.connect()
            barrier.wait(timeout=30)
            svc.connection_move(connection=c, to_stage=stage, by=user)
        except ValidationError:
            pass
        finally:
            db.close()

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(move, [seeker, provider], ["met", "negotiating"]))
    chain = [("introduced", ConnectionEvent.objects.get(connection=c, kind="created").to_stage)] + _moves(c)
    # Every move starts where the previous one ended: no two moves from the same stage.
    for (_a, end), (start, _b) in zip(chain, chain[1:], strict=False):
        assert start == end
    assert Connection.objects.get(pk=c.pk).stage == chain[-1][1]


def test_without_the_lock_the_race_does_happen(pair, monkeypatch):
    c, users = pair
    monkeypatch.setattr(svc, "RACE", svc.RaceHooks(lock=False, pause=0.3))
    assert _both_move(c, users, "met") == ["moved", "moved"]
    assert _moves(c) == [("introduced", "met"), ("introduced", "met")]
