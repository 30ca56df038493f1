"""The whole chain for one pair, in a real browser and in Vietnamese: a need and an offer, the match, an
expression of interest, messages, an invited workshop meeting, MoU, contract, acceptance, the firm's
application, the grant and its tranches, and the plan dashboard's numbers changing.

Set CHAIN_SCREENSHOTS=<folder> to save the screenshots used by docs/connections.md."""

import os
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from events import services as event_services
from events.models import Invitation, Meeting, MeetingRequest, Workshop
from grants.models import GrantApplication, SupportGrant
from marketplace.models import Connection, Interest
from tests.events.factories import WorkshopFactory
from tests.factories import NeedFactory, OfferFactory, sector
from tests.grants.factories import BudgetFactory, M, ProgramFactory

from .conftest import login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"


def shot(page, name):
    folder = os.environ.get("CHAIN_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=False)


def test_one_pair_walks_the_whole_chain_in_vietnamese(
    new_page, enterprise, enterprise_user, provider, provider_user, staff, tmp_path
):
    today = timezone.localdate()
    iso = today.isoformat()
    coconut = sector("coconut")
    need = NeedFactory(
        organization=enterprise,
        title="Cần dây chuyền sấy cơm dừa 2 tấn/mẻ",
        problem="Lò sấy thủ công làm cơm dừa ám khói, độ ẩm không đều.",
        keywords="sấy dừa, cơm dừa",
        sectors=[coconut],
    )
    offer = OfferFactory(
        organization=provider,
        title="Máy sấy cơm dừa gián tiếp bằng khí nóng",
        summary="Sấy cơm dừa không ám khói, 2 tấn/mẻ",
        keywords="sấy dừa, cơm dừa, máy sấy",
        sectors=[coconut],
    )
    program = ProgramFactory(first_year=today.year - 1, last_year=today.year + 5)
    BudgetFactory(program=program, year=today.year, amount=500 * M)

    # 1. The match: the engine ranks the offer for the need.
    from matching.models import Match
    from matching.services import match_recompute_for_need

    match_recompute_for_need(need=need)
    assert Match.objects.filter(need=need, offer=offer).exists()

    seeker = new_page()
    login(seeker, "doanhnghiep")
    assert seeker.locator("html").get_attribute("lang") == "vi"
    seeker.goto(f"/needs/{need.pk}/")
    assert offer.title in seeker.locator("main").inner_text()

    # 2. Interest, accepted by the provider: the connection opens.
    seeker.goto(f"/offers/{offer.pk}/")
    seeker.click(f"a[href='/offer/{offer.pk}/interest/']")
    seeker.select_option("#id_cooperation", "buy")
    seeker.fill("#id_message", "Hợp tác xã muốn nhận chuyển giao máy sấy")
    seeker.click("main button[type=submit]")
    seeker.wait_for_url("**/interests/*/")
    interest = Interest.objects.get()

    supplier = new_page()
    login(supplier, "vienkhcn")
    supplier.goto(f"/interests/{interest.pk}/")
    supplier.click(f"form[action='/interests/{interest.pk}/accept/'] button")
    supplier.click("[data-connection-link]")
    connection = Connection.objects.get()
    assert connection.stage == "discussing"
    assert "Đang trao đổi" in supplier.locator("#stage").inner_text()

    # 3. Messages, with an unread mark on the other side.
    supplier.fill("#id_body", "Viện gửi bảng thông số kỹ thuật máy sấy.")
    attachment = tmp_path / "thong-so.pdf"
    attachment.write_bytes(PDF)
    supplier.set_input_files("#id_attachments", str(attachment))
    supplier.click("form[action$='/do/message/'] button[type=submit]")
    supplier.wait_for_url("**/connections/*/#messages")
    seeker.goto("/connections/")
    assert seeker.locator("[data-unread]").count() == 1
    shot(seeker, "1-ket-noi-cua-toi")
    seeker.click(f"a[href='/connections/{connection.pk}/']")
    assert "thong-so.pdf" in seeker.locator("#messages ~ ol").inner_text()
    shot(seeker, "2-tin-nhan")

    # 4. Staff create a workshop and invite the pair (they have not met yet).
    workshop = WorkshopFactory(title="Hội thảo kết nối cung cầu công nghệ dừa", status=Workshop.Status.OPEN)
    workshop.sectors.set([coconut])
    desk = new_page()
    login(desk, "canbo")
    desk.goto(f"/workshops/{workshop.pk}/manage/invitations/")
    assert desk.locator("[data-candidate]").count() == 1
    shot(desk, "3-moi-cap-phu-hop")
    desk.click("main form button[type=submit]")
    invitation = Invitation.objects.get()
    for page in (seeker, supplier):
        page.goto(f"/workshops/invitations/{invitation.pk}/")
        page.click("[data-accept-invitation]")
        page.wait_for_url("**/registrations/*/")
    request = MeetingRequest.objects.get()
    assert request.status == "accepted"

    # The meeting is placed, published, and the day passes (the clock is moved, not waited for).
    event_services.meeting_place(meeting_request=request, slot=workshop.slots.first(), table=1, by=staff)
    event_services.schedule_publish(workshop=workshop, by=staff)
    shift = timedelta(days=20)
    Workshop.objects.filter(pk=workshop.pk).update(
        starts_at=workshop.starts_at - shift, ends_at=workshop.ends_at - shift
    )
    for slot in workshop.slots.all():
        type(slot).objects.filter(pk=slot.pk).update(starts_at=slot.starts_at - shift)
    meeting = Meeting.objects.get()
    seeker.goto(f"/workshops/meetings/{meeting.pk}/")
    seeker.check("input[name=result][value=cooperation]")
    seeker.click("form[action$='/outcome/'] button")
    connection.refresh_from_db()
    assert connection.stage == "met" and meeting in connection.meetings.all()

    # 5. MoU, contract (value, date, document), acceptance — recorded on the connection.
    seeker.goto(f"/connections/{connection.pk}/")
    seeker.select_option("#id_to_stage", "mou")
    seeker.fill("#id_mou_signed_on", iso)
    seeker.click("form[action$='/do/move/'] button[type=submit]")
    supplier.goto(f"/connections/{connection.pk}/")
    supplier.select_option("#id_to_stage", "contract")
    supplier.fill("#id_contract_value", "640000000")
    supplier.fill("#id_contract_signed_on", iso)
    contract = tmp_path / "hop-dong.pdf"
    contract.write_bytes(PDF)
    supplier.set_input_files("#id_contract_document", str(contract))
    supplier.click("form[action$='/do/move/'] button[type=submit]")
    assert "640.000.000 ₫" in supplier.locator("main").inner_text()
    supplier.select_option("#id_to_stage", "accepted")
    supplier.fill("#id_accepted_on", iso)
    supplier.click("form[action$='/do/move/'] button[type=submit]")
    connection.refresh_from_db()
    assert (connection.stage, connection.contract_value, connection.accepted_on) == ("accepted", 640 * M, today)
    assert "Đã nghiệm thu chuyển giao" in supplier.locator("#stage").inner_text()
    shot(supplier, "4-dong-thoi-gian")

    # 6. The firm applies for support from its connection.
    seeker.goto(f"/connections/{connection.pk}/")
    seeker.click("[data-apply]")
    seeker.select_option("#id_program", str(program.pk))
    seeker.fill("#id_purpose", "Nhận chuyển giao máy sấy cơm dừa gián tiếp")
    seeker.fill("#id_cost_items", "Máy sấy: 580.000.000\nLắp đặt, đào tạo: 60.000.000")
    seeker.fill("#id_requested_amount", "50000000")
    seeker.click("main form button[type=submit]")
    seeker.wait_for_url("**/grants/applications/*/")
    application = GrantApplication.objects.get()
    assert application.eligible_cost == 640 * M
    shot(seeker, "5-ho-so-de-nghi")

    # 7. Staff propose a grant, approve it (the contract exists) and pay two tranches.
    desk.goto(f"/grants/applications/{application.pk}/")
    desk.click("form[action$='/do/propose/'] button[type=submit]")
    desk.wait_for_url("**/grants/*/")
    grant = SupportGrant.objects.get()
    assert grant.connection == connection
    desk.fill("form[action$='/approve/'] #id_decision_number", "15/QĐ-SKHCN")
    desk.fill("form[action$='/approve/'] #id_decision_date", iso)
    desk.click("form[action$='/approve/'] button[type=submit]")
    for amount in ("20000000", "30000000"):
        desk.fill("form[action$='/disburse/'] #id_amount", amount)
        desk.fill("form[action$='/disburse/'] #id_accepted_on", iso)
        desk.fill("form[action$='/disburse/'] #id_paid_on", iso)
        with desk.expect_navigation():  # the POST's redirect, before the next payment is filled in
            desk.click("form[action$='/disburse/'] button[type=submit]")
    grant.refresh_from_db()
    assert (grant.status, grant.disbursed_amount) == ("disbursed", 50 * M)

    # 8. The plan dashboard counts it, and its numbers lead to the connection.
    desk.goto("/grants/dashboard/")
    chain = desk.locator("#chain")
    assert chain.locator("[data-chain=contracts] .fs-4").inner_text() == "1"
    assert chain.locator("[data-chain=transfers_accepted] .fs-4").inner_text() == "1"
    assert chain.locator("[data-chain=firms_supported] .fs-4").inner_text() == "1"
    assert "Doanh nghiệp được hỗ trợ qua kết nối" in chain.inner_text()
    shot(desk, "6-bang-dieu-khien")
    chain.locator("[data-chain=contracts]").click()
    desk.wait_for_url("**/staff/connections/**")
    assert desk.locator(f"tr[data-connection='{connection.pk}']").count() == 1
    shot(desk, "7-bang-theo-doi-ket-noi")
    assert desk.locator("html").get_attribute("lang") == "vi"
