"""Connections: created from an accepted interest or a staff introduction; moved forward by either side,
closed as lost with a reason, corrected by staff; seen by nobody else."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from core.models import Notification
from marketplace import connections as svc
from marketplace import services
from marketplace.models import Connection, ConnectionEvent, Interest
from tests.factories import InterestFactory, NeedFactory, OfferFactory


@pytest.fixture(autouse=True)
def _english():
    """Service messages are matched in English here; the pages are Vietnamese first."""
    from django.utils import translation

    with translation.override("en"):
        yield


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
TODAY = timezone.localdate()


@pytest.fixture
def offer(provider):
    return OfferFactory(organization=provider)


@pytest.fixture
def connection(enterprise, provider, offer, provider_user):
    interest = InterestFactory(offer=offer, from_organization=enterprise)
    services.interest_accept(interest=interest, by=provider_user)
    return Connection.objects.get(seeker=enterprise, provider=provider)


def stages(c):
    return list(c.history.values_list("kind", "from_stage", "to_stage"))


class TestCreation:
    def test_accepting_an_interest_in_an_offer_opens_a_connection_in_discussion(
        self, enterprise, provider, offer, provider_user
    ):
        interest = InterestFactory(offer=offer, from_organization=enterprise)
        services.interest_accept(interest=interest, by=provider_user)
        c = Connection.objects.get()
        assert (c.seeker, c.provider, c.offer, c.interest) == (enterprise, provider, offer, interest)
        assert c.channel == Connection.Channel.EXCHANGE
        assert c.stage == Connection.Stage.DISCUSSING
        assert stages(c) == [("created", "", "introduced"), ("moved", "introduced", "discussing")]

    def test_accepting_an_interest_in_a_need_makes_the_interested_side_the_provider(
        self, enterprise, provider, enterprise_user
    ):
        need = NeedFactory(organization=enterprise)
        interest = InterestFactory(need=need, offer=None, from_organization=provider)
        services.interest_accept(interest=interest, by=enterprise_user)
        c = Connection.objects.get()
        assert (c.seeker, c.provider, c.need) == (enterprise, provider, need)

    def test_a_second_accepted_interest_of_the_same_pair_joins_the_open_connection(
        self, connection, enterprise, provider, enterprise_user
    ):
        need = NeedFactory(organization=enterprise)
        interest = InterestFactory(need=need, offer=None, from_organization=provider)
        services.interest_accept(interest=interest, by=enterprise_user)
        assert Connection.objects.count() == 1
        connection.refresh_from_db()
        assert connection.need == need
        assert connection.history.filter(kind=ConnectionEvent.Kind.LINKED).count() == 1

    def test_staff_introduce_two_organisations_and_both_are_told(
        self, staff, enterprise, provider, enterprise_user, provider_user
    ):
        c = svc.connection_introduce(seeker=enterprise, provider=provider, by=staff, note="Cùng ngành dừa")
        assert c.channel == Connection.Channel.STAFF and c.stage == Connection.Stage.INTRODUCED
        told = set(Notification.objects.filter(kind="connection_introduced").values_list("user__username", flat=True))
        assert told == {enterprise_user.username, provider_user.username}

    def test_staff_cannot_introduce_a_pair_that_is_already_connected(self, staff, connection, enterprise, provider):
        with pytest.raises(ValidationError, match="already have an open connection"):
            svc.connection_introduce(seeker=enterprise, provider=provider, by=staff)

    def test_only_staff_introduce(self, enterprise_user, enterprise, provider):
        with pytest.raises(PermissionDenied):
            svc.connection_introduce(seeker=enterprise, provider=provider, by=enterprise_user)

    def test_an_organisation_cannot_be_connected_to_itself(self, staff, enterprise):
        with pytest.raises(ValidationError):
            svc.connection_introduce(seeker=enterprise, provider=enterprise, by=staff)


class TestMoves:
    def test_either_side_moves_it_forward_and_the_other_is_told(self, connection, enterprise_user, provider_user):
        svc.connection_move(connection=connection, to_stage="met", by=enterprise_user, note="Gặp tại xưởng")
        c = svc.connection_move(connection=connection, to_stage="mou", by=provider_user, mou_signed_on=TODAY)
        assert c.stage == "mou" and c.mou_signed_on == TODAY
        last = c.history.last()
        assert (last.from_stage, last.to_stage, last.by, last.by_organization) == (
            "met",
            "mou",
            provider_user,
            c.provider,
        )
        assert Notification.objects.filter(user=enterprise_user, kind="connection_moved").count() == 2

    def test_it_refuses_to_move_backwards_or_sideways(self, connection, enterprise_user):
        svc.connection_move(connection=connection, to_stage="negotiating", by=enterprise_user)
        with pytest.raises(ValidationError, match="only move forward"):
            svc.connection_move(connection=connection, to_stage="met", by=enterprise_user)
        with pytest.raises(ValidationError, match="only move forward"):
            svc.connection_move(connection=connection, to_stage="negotiating", by=enterprise_user)

    def test_a_contract_needs_its_value_and_date(self, connection, enterprise_user):
        with pytest.raises(ValidationError) as exc:
            svc.connection_move(connection=connection, to_stage="contract", by=enterprise_user)
        assert "contract_value" in exc.value.message_dict
        with pytest.raises(ValidationError) as exc:
            svc.connection_move(
                connection=connection,
                to_stage="contract",
                by=enterprise_user,
                contract_value=5,
                contract_signed_on=None,
            )
        assert "contract_signed_on" in exc.value.message_dict
        connection.refresh_from_db()
        assert connection.stage == "discussing" and connection.contract_value is None

    def test_a_contract_date_in_the_future_is_refused(self, connection, enterprise_user):
        with pytest.raises(ValidationError, match="future"):
            svc.connection_move(
                connection=connection,
                to_stage="contract",
                by=enterprise_user,
                contract_value=600_000_000,
                contract_signed_on=TODAY + timedelta(days=3),
            )

    def test_a_transfer_is_accepted_only_under_a_contract_and_after_it(self, connection, enterprise_user):
        with pytest.raises(ValidationError, match="record the contract first"):
            svc.connection_move(connection=connection, to_stage="accepted", by=enterprise_user, accepted_on=TODAY)
        svc.connection_move(
            connection=connection,
            to_stage="contract",
            by=enterprise_user,
            contract_value=600_000_000,
            contract_signed_on=TODAY - timedelta(days=10),
            contract_document=SimpleUploadedFile("hd.pdf", PDF),
        )
        with pytest.raises(ValidationError, match="before the contract"):
            svc.connection_move(
                connection=connection, to_stage="accepted", by=enterprise_user, accepted_on=TODAY - timedelta(days=20)
            )
        c = svc.connection_move(connection=connection, to_stage="accepted", by=enterprise_user, accepted_on=TODAY)
        assert c.stage == "accepted" and c.contract_document.name.endswith(".pdf")

    def test_a_contract_document_is_checked_by_content(self, connection, enterprise_user):
        with pytest.raises(ValidationError, match="checked by the file's content"):
            svc.connection_move(
                connection=connection,
                to_stage="contract",
                by=enterprise_user,
                contract_value=1,
                contract_signed_on=TODAY,
                contract_document=SimpleUploadedFile("hd.pdf", b"MZ not a pdf"),
            )

    def test_either_side_closes_it_as_lost_with_a_reason_from_the_list(self, connection, provider_user):
        with pytest.raises(ValidationError):
            svc.connection_close(connection=connection, by=provider_user, result="lost", lost_reason="bored")
        c = svc.connection_close(connection=connection, by=provider_user, result="lost", lost_reason="price")
        assert (c.stage, c.result, c.lost_reason) == ("closed", "lost", "price")
        with pytest.raises(ValidationError, match="closed"):
            svc.connection_move(connection=connection, to_stage="met", by=provider_user)

    def test_it_is_won_only_after_a_contract(self, connection, enterprise_user):
        with pytest.raises(ValidationError, match="contract"):
            svc.connection_close(connection=connection, by=enterprise_user, result="won")

    def test_staff_correct_any_stage_saying_why(self, connection, staff, enterprise_user):
        svc.connection_move(connection=connection, to_stage="negotiating", by=enterprise_user)
        with pytest.raises(ValidationError):
            svc.connection_correct(connection=connection, by=staff, to_stage="met", note="")
        c = svc.connection_correct(connection=connection, by=staff, to_stage="met", note="Nhập nhầm")
        assert c.stage == "met"
        assert c.history.last().kind == ConnectionEvent.Kind.CORRECTED

    def test_staff_reopen_a_closed_connection(self, connection, staff, provider_user):
        svc.connection_close(connection=connection, by=provider_user, result="lost", lost_reason="timing")
        c = svc.connection_correct(connection=connection, by=staff, to_stage="negotiating", note="Hai bên nối lại")
        assert (c.stage, c.result, c.lost_reason) == ("negotiating", "", "")

    def test_members_cannot_correct(self, connection, enterprise_user):
        with pytest.raises(PermissionDenied):
            svc.connection_correct(connection=connection, by=enterprise_user, to_stage="met", note="x")

    def test_a_third_organisation_cannot_move_it(self, connection, outsider, outsider_user):
        with pytest.raises(PermissionDenied):
            svc.connection_move(connection=connection, to_stage="met", by=outsider_user)


class TestStallReminder:
    def test_a_connection_quiet_for_sixty_days_reminds_both_sides_once(
        self, connection, enterprise_user, provider_user
    ):
        Connection.objects.filter(pk=connection.pk).update(stage_changed_at=timezone.now() - timedelta(days=61))
        assert svc.connections_remind_stalled() == 1
        assert svc.connections_remind_stalled() == 0
        told = Notification.objects.filter(kind="connection_stalled").values_list("user__username", flat=True)
        assert sorted(told) == sorted([enterprise_user.username, provider_user.username])

    def test_a_move_restarts_the_clock(self, connection, enterprise_user):
        Connection.objects.filter(pk=connection.pk).update(stage_changed_at=timezone.now() - timedelta(days=61))
        svc.connections_remind_stalled()
        svc.connection_move(connection=connection, to_stage="met", by=enterprise_user)
        assert svc.connections_remind_stalled() == 0
        Connection.objects.filter(pk=connection.pk).update(stage_changed_at=timezone.now() - timedelta(days=70))
        assert svc.connections_remind_stalled() == 1

    def test_a_closed_or_recent_connection_is_not_reminded(self, connection, provider_user):
        svc.connection_close(connection=connection, by=provider_user, result="lost", lost_reason="no_fit")
        Connection.objects.filter(pk=connection.pk).update(stage_changed_at=timezone.now() - timedelta(days=90))
        assert svc.connections_remind_stalled() == 0

    def test_the_beat_runs_the_task(self, settings):
        assert (
            settings.CELERY_BEAT_SCHEDULE["connections-remind-stalled"]["task"]
            == "marketplace.tasks.connections_remind_stalled"
        )


# Pages and the permission matrix ---------------------------------------------------------------


ROLES = ["anonymous", "seeker", "provider", "outsider", "staff"]


@pytest.fixture
def who(enterprise_user, provider_user, outsider_user, outsider, staff):
    return {
        "anonymous": None,
        "seeker": enterprise_user,
        "provider": provider_user,
        "outsider": outsider_user,
        "staff": staff,
    }


# role → expected status of: detail, move (POST), board, export, introduce page
MATRIX = {
    "anonymous": (302, 302, 302, 302, 302),
    "seeker": (200, 302, 403, 403, 403),
    "provider": (200, 302, 403, 403, 403),
    "outsider": (404, 404, 403, 403, 403),
    "staff": (200, 302, 200, 200, 200),
}


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix_of_the_connection_pages(role, who, connection, client_for):
    c = client_for(who[role])
    detail = c.get(reverse("marketplace:connection_detail", args=[connection.pk])).status_code
    move = c.post(
        reverse("marketplace:connection_action", args=[connection.pk, "move"]), {"to_stage": "met"}
    ).status_code
    board = c.get(reverse("marketplace:connection_board")).status_code
    export_response = c.get(reverse("marketplace:connection_export", args=["csv"]))
    if export_response.status_code == 302 and "/exports/" in export_response["Location"]:
        export_response = c.get(export_response["Location"])  # the export was built: its download
    export = export_response.status_code
    introduce = c.get(reverse("marketplace:connection_introduce")).status_code
    assert (detail, move, board, export, introduce) == MATRIX[role]
    connection.refresh_from_db()
    assert (connection.stage == "met") == (move == 302 and role != "anonymous")


@pytest.mark.parametrize("role", ROLES)
def test_the_list_shows_only_ones_own_connections(role, who, connection, client_for):
    response = client_for(who[role]).get(reverse("marketplace:connection_list"))
    if role == "anonymous":
        assert response.status_code == 302
        return
    shown = [c.pk for c in response.context["page"]]
    assert shown == ([] if role == "outsider" else [connection.pk])


def test_a_third_organisation_gets_the_same_404_as_for_a_missing_connection(connection, outsider, client_for):
    c = client_for(outsider.memberships.get().user)
    assert c.get(reverse("marketplace:connection_detail", args=[connection.pk])).status_code == 404
    assert c.get(reverse("marketplace:connection_detail", args=[connection.pk + 999])).status_code == 404


def test_the_detail_page_shows_the_timeline(connection, enterprise_user, client_for):
    svc.connection_move(connection=connection, to_stage="met", by=enterprise_user, note="Đã gặp tại xưởng")
    html = client_for(enterprise_user).get(connection.get_absolute_url()).content.decode()
    assert "Đã gặp tại xưởng" in html and html.count("data-event=") == 3


def test_a_bad_move_on_the_page_shows_the_reason_next_to_the_field(connection, enterprise_user, client_for):
    response = client_for(enterprise_user).post(
        reverse("marketplace:connection_action", args=[connection.pk, "move"]), {"to_stage": "contract"}
    )
    assert response.status_code == 400
    assert "contract_value" in response.context["move_form"].errors


def test_the_interest_page_links_to_its_connection(connection, enterprise_user, client_for):
    interest = Interest.objects.get()
    html = client_for(enterprise_user).get(reverse("marketplace:interest_detail", args=[interest.pk])).content.decode()
    assert connection.get_absolute_url() in html


class TestBoard:
    def test_staff_filter_the_board_by_stage_stalled_and_year(self, connection, staff, client_for, staff_intro):
        c = client_for(staff)
        url = reverse("marketplace:connection_board")
        assert [x.pk for x in c.get(url, {"stage": "discussing"}).context["page"]] == [connection.pk]
        Connection.objects.filter(pk=staff_intro.pk).update(stage_changed_at=timezone.now() - timedelta(days=61))
        assert [x.pk for x in c.get(url, {"stalled": "true"}).context["page"]] == [staff_intro.pk]
        assert len(c.get(url, {"year": TODAY.year}).context["page"]) == 2
        assert len(c.get(url, {"year": TODAY.year - 1}).context["page"]) == 0

    def test_the_board_filters_by_sector(self, connection, staff, client_for):
        from tests.factories import sector

        url = reverse("marketplace:connection_board")
        assert len(client_for(staff).get(url, {"sector": sector("coconut").pk}).context["page"]) == 1
        assert len(client_for(staff).get(url, {"sector": sector("shrimp").pk}).context["page"]) == 0

    def test_the_export_has_one_row_per_connection_in_both_formats(self, connection, staff, client_for):
        svc.connection_move(
            connection=connection,
            to_stage="contract",
            by=staff,
            contract_value=750_000_000,
            contract_signed_on=date(TODAY.year, 1, 1) if TODAY.month > 1 else TODAY,
        )
        c = client_for(staff)
        csv = c.get(reverse("marketplace:connection_export", args=["csv"]), follow=True).content.decode("utf-8-sig")
        assert csv.count("\n") == 2 and "750000000" in csv
        xlsx = c.get(reverse("marketplace:connection_export", args=["xlsx"]), follow=True)
        assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")

    def test_the_board_pins_its_query_count(self, staff, client_for, django_assert_max_num_queries, staff_intro):
        c = client_for(staff)
        with django_assert_max_num_queries(12):
            c.get(reverse("marketplace:connection_board"))


@pytest.fixture
def staff_intro(staff, outsider, provider):
    return svc.connection_introduce(seeker=outsider, provider=provider, by=staff)


def test_the_contract_document_downloads_for_the_two_sides_and_staff_only(
    connection, enterprise_user, provider_user, outsider, outsider_user, staff, client_for
):
    svc.connection_move(
        connection=connection,
        to_stage="contract",
        by=enterprise_user,
        contract_value=600_000_000,
        contract_signed_on=TODAY,
        contract_document=SimpleUploadedFile("hop-dong.pdf", PDF),
    )
    url = reverse("marketplace:connection_document", args=[connection.pk, "contract"])
    for user, expected in ((enterprise_user, 200), (provider_user, 200), (staff, 200), (outsider_user, 404)):
        response = client_for(user).get(url)
        assert response.status_code == expected
        if expected == 200:
            assert response["X-Content-Type-Options"] == "nosniff"
            assert response["Content-Disposition"].startswith("attachment")
    assert (
        client_for(enterprise_user)
        .get(reverse("marketplace:connection_document", args=[connection.pk, "acceptance"]))
        .status_code
        == 404
    )


def test_either_side_closes_it_as_won_once_the_contract_is_signed(connection, enterprise_user, provider_user):
    svc.connection_move(
        connection=connection, to_stage="contract", by=enterprise_user, contract_value=1, contract_signed_on=TODAY
    )
    c = svc.connection_close(connection=connection, by=provider_user, result="won")
    assert (c.stage, c.result, c.contract_value) == ("closed", "won", 1)
    assert c.history.last().kind == ConnectionEvent.Kind.CLOSED


def test_the_introduce_page_offers_only_the_chosen_organisations_posts(staff, enterprise, provider, client_for):
    mine = NeedFactory(organization=enterprise)
    NeedFactory()  # someone else's
    url = reverse("marketplace:connection_introduce")
    form = client_for(staff).get(url, {"seeker": enterprise.pk, "provider": provider.pk}).context["form"]
    assert list(form.fields["need"].queryset) == [mine]
    assert list(client_for(staff).get(url).context["form"].fields["need"].queryset) == []
    response = client_for(staff).post(url, {"seeker": enterprise.pk, "provider": provider.pk, "need": mine.pk})
    assert response.status_code == 302
    assert Connection.objects.get().need == mine


def test_the_list_page_runs_a_bounded_number_of_queries(connection, staff, client_for, django_assert_max_num_queries):
    from tests.factories import OrganizationFactory

    for _ in range(5):
        svc.connection_introduce(seeker=OrganizationFactory(), provider=connection.provider, by=staff)
    c = client_for(staff)
    c.get(reverse("marketplace:connection_list"))  # the session is set up on the first request
    with django_assert_max_num_queries(8):
        response = c.get(reverse("marketplace:connection_list"))
    assert len(response.context["page"]) == 6


def test_the_board_filters_by_workshop(connection, staff, client_for, staff_intro):
    from events.models import Meeting
    from tests.events.factories import WorkshopFactory

    workshop = WorkshopFactory()
    # A meeting row pointing at the connection is all the filter reads.
    from events import models as em

    a = em.Registration.objects.create(
        workshop=workshop, organization=connection.seeker, attendee=staff, role="seeker", status="confirmed"
    )
    b = em.Registration.objects.create(
        workshop=workshop, organization=connection.provider, attendee=staff, role="provider", status="confirmed"
    )
    request = em.MeetingRequest.objects.create(
        workshop=workshop, from_registration=a, to_registration=b, status="accepted"
    )
    Meeting.objects.create(
        workshop=workshop, request=request, slot=workshop.slots.first(), table=1, connection=connection
    )
    shown = client_for(staff).get(reverse("marketplace:connection_board"), {"workshop": workshop.pk}).context["page"]
    assert [x.pk for x in shown] == [connection.pk]
