"""Recording a receiving firm from a connection, many times at once on PostgreSQL: exactly one uptake per
task and firm, and no caller fails (the unique constraint decides; the loser reads the winner's row)."""

import threading
from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection as db_connection
from django.utils import timezone

from grants import plan_services
from grants.models import STTask, TaskUptake
from marketplace import services
from marketplace.models import Connection
from tests import races
from tests.factories import InterestFactory, OfferFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.xdist_group("races")]


@pytest.fixture
def accepted(enterprise, provider, provider_user):
    offer = OfferFactory(organization=provider)
    STTask.objects.create(
        code="NV-R",
        title="Đua",
        field="agricultural",
        host=provider,
        start_year=2024,
        end_year=2025,
        status="completed",
        completed_on=date(2025, 1, 2),
        results="r",
        offer=offer,
    )
    services.interest_accept(interest=InterestFactory(offer=offer, from_organization=enterprise), by=provider_user)
    today = timezone.localdate()
    # Straight to the accepted stage in the database: the signal is what the race is about, not the move.
    Connection.objects.filter(seeker=enterprise).update(
        stage="accepted", contract_value=1, contract_signed_on=today - timedelta(days=1), accepted_on=today
    )
    return Connection.objects.get(seeker=enterprise)


def all_at_once(calls):
    barrier = threading.Barrier(len(calls))
    errors, guard = [], threading.Lock()

    def run(call):
        try:
            races.connect()
            barrier.wait(timeout=60)
            call()
        except ValidationError as exc:
            with guard:
                errors.append(("refused", exc.messages))
        except Exception as exc:
            with guard:
                errors.append((type(exc).__name__, str(exc)))
        finally:
            db_connection.close()

    threads = [threading.Thread(target=run, args=(c,)) for c in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_concurrent_recordings_from_the_connection_make_one_uptake(accepted):
    errors = all_at_once([lambda: plan_services.task_uptakes_from_connection(connection=accepted)] * 12)
    assert errors == []
    assert TaskUptake.objects.count() == 1
    assert TaskUptake.objects.get().connection_id == accepted.pk


def test_a_hand_entry_racing_the_connection_leaves_one_row(accepted, enterprise, staff):
    task = STTask.objects.get()

    def by_hand():
        plan_services.task_uptake_add(
            task=task, firm=enterprise, received_on=date(2025, 2, 1), document_reference="BB tay", by=staff
        )

    errors = all_at_once([by_hand] + [lambda: plan_services.task_uptakes_from_connection(connection=accepted)] * 6)
    # The hand entry either wins, or is refused with the field's message because the connection was first.
    assert all(kind == "refused" for kind, _m in errors), errors
    assert TaskUptake.objects.count() == 1
    assert TaskUptake.objects.get().connection_id == accepted.pk  # linked either way
