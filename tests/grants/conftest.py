"""The grants world: one program (50% of cost; 50M cap for a small firm) with a 200M budget in 2025,
the verified small enterprise of tests/conftest.py, and a helper to propose grants."""

from datetime import date

import pytest

from grants import services
from tests.factories import OrganizationFactory

from .factories import BudgetFactory, M, ProgramFactory


@pytest.fixture
def program(db):
    return ProgramFactory()


@pytest.fixture
def budget(program):
    return BudgetFactory(program=program, year=2025, amount=200 * M)


@pytest.fixture
def firm(enterprise):
    return enterprise  # verified, small, kind enterprise


@pytest.fixture
def other_firm(db):
    return OrganizationFactory(name="Công ty Khác", kind="enterprise", size="medium")


@pytest.fixture
def propose(staff, program, budget):
    def make(firm, amount=20 * M, *, eligible=None, year=2025, program_=None):
        return services.grant_propose(
            by=staff,
            firm=firm,
            program=program_ or program,
            year=year,
            eligible_cost=eligible or amount * 2,
            requested_amount=amount,
            purpose="Nhận chuyển giao máy sấy dừa",
        )

    return make


decision_counter = iter(range(1, 10_000))


@pytest.fixture
def approve(staff):
    def make(grant, amount=None, number=None, exception_reason="Hồ sơ lập trước khi có sổ kết nối", decided=None):
        return services.grant_approve(
            grant=grant,
            by=staff,
            decision_number=number or f"{next(decision_counter)}/QĐ-SKHCN",
            decision_date=decided or date(grant.year, 3, 1),
            approved_amount=amount,
            exception_reason=exception_reason,
        )

    return make


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted in English (the source language); the Vietnamese pages have their own test."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def client_for():
    """As tests/conftest.py's, with English asked for unless a test sets the language cookie."""
    from django.test import Client

    def make(user):
        c = Client(HTTP_ACCEPT_LANGUAGE="en")
        c.cookies["django_language"] = "en"  # pages follow the chosen language, not Accept-Language
        if user is not None:
            c.force_login(user)
        return c

    return make
