"""Races on PostgreSQL: the database, not the Python check, keeps one live interest per organisation and post,
and a post's status cannot be moved twice by two reviewers at once."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from marketplace import services
from marketplace.models import Interest, StatusChange
from tests import races
from tests.factories import MembershipFactory, NeedFactory, OfferFactory, OrganizationFactory, StaffFactory, UserFactory

# One xdist worker runs every race file in turn: together they would pass PostgreSQL's 100 connections.
pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.xdist_group("races")]


def race(n, fn):
    barrier = threading.Barrier(n)
    results = []

    def run(i):
        try:
            races.connect()
            barrier.wait()
            results.append(("ok", fn(i)))
        except Exception as exc:
            results.append(("error", exc))
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_simultaneous_interests_from_one_organisation_leave_exactly_one():
    need = NeedFactory()
    org = OrganizationFactory(kind="provider")
    users = [UserFactory() for _ in range(8)]
    for user in users:
        MembershipFactory(user=user, organization=org, role="member")
    results = race(
        8,
        lambda i: services.interest_create(
            post=need, organization=org, by=users[i], cooperation="supply", message=f"lần {i}"
        ),
    )
    assert Interest.objects.filter(need=need).count() == 1
    assert sum(1 for kind, _ in results if kind == "ok") == 1
    assert all(isinstance(value, ValidationError) for kind, value in results if kind == "error")


def test_two_reviewers_approving_at_once_publish_once():
    offer = OfferFactory(status="submitted", published_at=None)
    reviewers = [StaffFactory() for _ in range(6)]
    results = race(6, lambda i: services.post_approve(post=offer, by=reviewers[i]))
    assert sum(1 for kind, _ in results if kind == "ok") == 1
    assert StatusChange.objects.filter(offer=offer, to_status="published").count() == 1
