"""50 approvals racing each other on PostgreSQL from 25 sessions (docs/architecture.md, "Concurrency"):
with the row locks the totals never pass the firm's cap or the program's budget; the negative controls
turn the locks off (and then the database counters too) and show that the race does happen, so this
test can fail."""

import threading
from collections import Counter
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Sum

from grants import services
from grants.models import AnnualBudget, FirmYear, SupportGrant
from tests import races
from tests.factories import OrganizationFactory

from .factories import BudgetFactory, M, ProgramFactory

# One xdist worker runs every race file in turn: together they would pass PostgreSQL's 100 connections.
pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.xdist_group("races")]

AMOUNT = 10 * M
BUDGET = 12 * AMOUNT  # room for 12 approvals
CAP_SMALL = 5 * AMOUNT  # room for 5 approvals of the busy firm


@pytest.fixture
def world(staff):
    program = ProgramFactory(caps={"small": CAP_SMALL})
    BudgetFactory(program=program, year=2025, amount=BUDGET)
    busy = OrganizationFactory(kind="enterprise", size="small", name="Doanh nghiệp Nhiều Hồ Sơ")
    firms = [busy] * 25 + [OrganizationFactory(kind="enterprise", size="small") for _ in range(25)]
    grants = [
        services.grant_propose(
            by=staff,
            firm=f,
            program=program,
            year=2025,
            eligible_cost=2 * AMOUNT,
            requested_amount=AMOUNT,
            purpose="Đua duyệt",
        )
        for f in firms
    ]
    return {"program": program, "busy": busy, "grants": grants, "staff": staff}


@pytest.fixture
def race_hooks():
    saved = (services.RACE.lock, services.RACE.counters, services.RACE.pause)
    yield services.RACE
    services.RACE.lock, services.RACE.counters, services.RACE.pause = saved


RACERS = 25  # 50 approvals on 25 sessions, two each: half the connections, the same race (see tests/races.py)


def approve_all_at_once(grants, staff) -> Counter:
    barrier = threading.Barrier(RACERS)
    outcomes, guard = [], threading.Lock()

    def approve(i, grant):
        try:
            services.grant_approve(
                grant=grant,
                by=staff,
                decision_number=f"{i}/QĐ-RACE",
                decision_date=date(2025, 3, 1),
                exception_reason="Thử tải đồng thời",
            )
            return "approved"
        except ValidationError as exc:
            return getattr(exc, "code", None) or "refused"
        except Exception as exc:
            return f"error {type(exc).__name__}: {exc}"

    def run(k):
        mine = list(enumerate(grants))[k::RACERS]
        try:
            races.connect()
            barrier.wait(timeout=60)  # every session starts its first approval at the same instant
            results = [approve(i, grant) for i, grant in mine]
        except Exception as exc:
            results = [f"error {type(exc).__name__}: {exc}"] * len(mine)
        finally:
            connection.close()
        with guard:
            outcomes.extend(results)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(RACERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return Counter(outcomes)


def totals(world):
    approved = SupportGrant.objects.filter(program=world["program"], status="approved")
    return (
        approved.aggregate(s=Sum("approved_amount"))["s"] or 0,
        approved.filter(firm=world["busy"]).aggregate(s=Sum("approved_amount"))["s"] or 0,
    )


def test_fifty_racing_approvals_never_pass_the_cap_or_the_budget(world, race_hooks):
    race_hooks.pause = 0.02  # widen the window between the check and the write; the lock must still hold
    outcomes = approve_all_at_once(world["grants"], world["staff"])
    program_total, busy_total = totals(world)
    print(f"\n{dict(outcomes)} program total {program_total:,} / {BUDGET:,}; busy firm {busy_total:,} / {CAP_SMALL:,}")
    assert not [o for o in outcomes if o.startswith("error")], outcomes
    assert outcomes["approved"] == 12 and outcomes["over_limit"] == 38, outcomes
    assert program_total == BUDGET
    assert busy_total <= CAP_SMALL
    # Under the lock no approval ever reached the database's own guard, and the counters agree with the sums.
    assert outcomes["db_refused"] == 0
    assert AnnualBudget.objects.get(program=world["program"]).approved_total == program_total
    assert FirmYear.objects.get(firm=world["busy"]).approved_total == busy_total


def test_negative_control_without_the_lock_the_race_happens_and_only_the_database_stops_it(world, race_hooks):
    race_hooks.lock, race_hooks.pause = False, 0.05
    outcomes = approve_all_at_once(world["grants"], world["staff"])
    program_total, busy_total = totals(world)
    print(f"\n{dict(outcomes)} program total {program_total:,} / {BUDGET:,}; busy firm {busy_total:,} / {CAP_SMALL:,}")
    # Approvals passed the rule check on stale totals: the CheckConstraints on the counters refused them.
    assert outcomes["db_refused"] > 0, outcomes
    assert program_total <= BUDGET and busy_total <= CAP_SMALL


def test_negative_control_without_lock_or_counters_the_race_over_awards(world, race_hooks):
    race_hooks.lock, race_hooks.counters, race_hooks.pause = False, False, 0.05
    outcomes = approve_all_at_once(world["grants"], world["staff"])
    program_total, busy_total = totals(world)
    print(f"\n{dict(outcomes)} program total {program_total:,} / {BUDGET:,}; busy firm {busy_total:,} / {CAP_SMALL:,}")
    assert program_total > BUDGET or busy_total > CAP_SMALL, (program_total, busy_total)
