"""An accepted transfer in a connection on an S&T task's offer records the seeker as a receiving firm:
once per task and firm, never beside one entered by hand, and counted in the plan's share once its
proving document (the connection's acceptance record) is there."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from grants import plan, plan_services
from grants.models import STTask, TaskUptake
from marketplace import connections as svc
from marketplace import services
from marketplace.models import Connection
from tests.factories import InterestFactory, OfferFactory

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
TODAY = timezone.localdate()
DONE = date(2025, 6, 1)


def pdf(name="bien-ban.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


@pytest.fixture
def offer(provider):
    return OfferFactory(organization=provider)


@pytest.fixture
def task(offer, provider):
    return STTask.objects.create(
        code="NV-01",
        title="Quy trình sấy dừa",
        field="agricultural",
        host=provider,
        start_year=2023,
        end_year=2025,
        status="completed",
        completed_on=DONE,
        results="Máy sấy dừa năng suất 2 tấn/mẻ",
        offer=offer,
    )


@pytest.fixture
def other_task(db):
    # A second completed agricultural task of 2025 with no receiving firm: the share's denominator.
    return STTask.objects.create(
        code="NV-02",
        title="Giống lúa",
        field="agricultural",
        host_name="Viện",
        start_year=2023,
        end_year=2025,
        status="completed",
        completed_on=DONE,
    )


@pytest.fixture
def connection(enterprise, provider, offer, provider_user):
    interest = InterestFactory(offer=offer, from_organization=enterprise)
    services.interest_accept(interest=interest, by=provider_user)
    return Connection.objects.get(seeker=enterprise, provider=provider)


def sign(connection, user):
    return svc.connection_move(
        connection=connection,
        to_stage="contract",
        by=user,
        contract_value=300_000_000,
        contract_signed_on=TODAY - timedelta(days=10),
    )


def accept(connection, user, document=True):
    return svc.connection_move(
        connection=connection,
        to_stage="accepted",
        by=user,
        accepted_on=TODAY,
        acceptance_document=pdf() if document else None,
    )


def share_2025():
    return plan.task_share_by_year(years=[2025])[2025]


class TestRecordedFromTheConnection:
    def test_accepting_the_transfer_records_the_seeker_once(self, task, connection, enterprise, enterprise_user):
        sign(connection, enterprise_user)
        assert not TaskUptake.objects.exists()  # a contract is not yet a received result
        accept(connection, enterprise_user)
        uptake = TaskUptake.objects.get()
        assert (uptake.task, uptake.firm, uptake.connection) == (task, enterprise, connection)
        assert uptake.received_on == TODAY
        assert uptake.has_proof
        assert f"#{connection.pk}" in uptake.document_reference

    def test_repeating_it_or_moving_the_connection_again_does_not_duplicate(
        self, task, connection, enterprise_user, staff
    ):
        sign(connection, enterprise_user)
        accept(connection, enterprise_user)
        plan_services.task_uptakes_from_connection(connection=Connection.objects.get(pk=connection.pk))
        plan_services.task_uptakes_from_connection(connection=Connection.objects.get(pk=connection.pk))
        svc.connection_close(connection=connection, by=enterprise_user, result="won")
        svc.connection_correct(
            connection=connection, by=staff, to_stage="accepted", note="Mở lại để sửa ngày", accepted_on=TODAY
        )
        assert TaskUptake.objects.count() == 1

    def test_a_firm_entered_by_hand_is_linked_not_duplicated(
        self, task, connection, enterprise, enterprise_user, staff
    ):
        hand = plan_services.task_uptake_add(
            task=task, firm=enterprise, received_on=DONE, document_reference="Biên bản 12/BB", by=staff
        )
        sign(connection, enterprise_user)
        accept(connection, enterprise_user)
        uptake = TaskUptake.objects.get()
        assert uptake.pk == hand.pk
        assert (uptake.document_reference, uptake.received_on, uptake.connection) == (
            "Biên bản 12/BB",
            DONE,
            connection,
        )

    def test_a_connection_lost_or_not_on_the_task_offer_records_nothing(
        self, task, connection, enterprise, provider, provider_user, enterprise_user
    ):
        svc.connection_close(connection=connection, by=enterprise_user, result="lost", lost_reason="price")
        other_offer = OfferFactory(organization=provider)
        interest = InterestFactory(offer=other_offer, from_organization=enterprise)
        services.interest_accept(interest=interest, by=provider_user)
        other = Connection.objects.get(seeker=enterprise, provider=provider, offer=other_offer)
        sign(other, enterprise_user)
        accept(other, enterprise_user)
        assert not TaskUptake.objects.exists()

    def test_every_task_published_on_that_offer_gets_the_firm(self, task, offer, connection, enterprise_user):
        twin = STTask.objects.create(
            code="NV-01b",
            title="Giai đoạn 2",
            field="engineering",
            host_name="Viện",
            start_year=2024,
            end_year=2025,
            offer=offer,
        )
        sign(connection, enterprise_user)
        accept(connection, enterprise_user)
        assert set(TaskUptake.objects.values_list("task__code", flat=True)) == {task.code, twin.code}


class TestTheProofAndTheShare:
    def test_the_share_counts_the_firm_once_its_acceptance_record_is_there(
        self, task, other_task, connection, enterprise_user, staff
    ):
        assert share_2025() == (2, 0, Decimal("0.0"))
        sign(connection, enterprise_user)
        accept(connection, enterprise_user, document=False)
        uptake = TaskUptake.objects.get()
        assert not uptake.has_proof
        assert share_2025() == (2, 0, Decimal("0.0"))  # recorded, not counted: no proving document yet
        svc.connection_correct(
            connection=connection,
            by=staff,
            to_stage="accepted",
            note="Bổ sung biên bản",
            accepted_on=TODAY,
            acceptance_document=pdf(),
        )
        uptake.refresh_from_db()
        assert uptake.has_proof
        assert share_2025() == (2, 1, Decimal("50.0"))  # NV-01 of NV-01, NV-02

    def test_staff_may_give_the_proof_on_the_task_page(
        self, task, other_task, connection, enterprise_user, staff, client_for
    ):
        sign(connection, enterprise_user)
        accept(connection, enterprise_user, document=False)
        uptake = TaskUptake.objects.get()
        page = client_for(staff).get(reverse("grants:task_detail", args=[task.pk]))
        html = page.content.decode()
        assert f"from connection #{connection.pk}" in html
        assert "Missing: the proving document" in html
        url = reverse("grants:task_uptake_proof", args=[task.pk, uptake.pk])
        assert client_for(staff).post(url, {"document_reference": ""}).status_code == 400
        assert client_for(enterprise_user).post(url, {"document_reference": "BB 3"}).status_code in (302, 403)
        uptake.refresh_from_db()
        assert not uptake.has_proof
        response = client_for(staff).post(url, {"document_reference": "Biên bản sử dụng 3/BB"})
        assert response.status_code == 302
        assert share_2025() == (2, 1, Decimal("50.0"))
        html = client_for(staff).get(reverse("grants:task_detail", args=[task.pk])).content.decode()
        assert "Missing: the proving document" not in html
