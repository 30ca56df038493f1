"""The plan's pages: who may open which (role × action), the S&T task flow (receiving firms, results
published as an offer in one step, an accepted interest recorded as a receiving firm), news with a cover
checked by content, certificates, values entered by hand, and the yearly report."""

import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from grants.models import NewsCategory, NewsItem, PlanActual, PlanTarget, STTask
from marketplace.models import Interest, PostStatus
from tests.factories import InterestFactory, sector

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def task(db, provider):
    return STTask.objects.create(
        code="ĐT-2024-01",
        title="Quy trình sấy dừa tiết kiệm năng lượng",
        field="agricultural",
        host=provider,
        start_year=2023,
        end_year=2025,
        status="completed",
        completed_on=date(2025, 3, 1),
        results="Quy trình sấy dừa 2 tấn/giờ, giảm 30% năng lượng.",
    )


@pytest.fixture
def news(db):
    return NewsItem.objects.create(
        title="Hội thảo kết nối cung cầu công nghệ 2025",
        category=NewsCategory.objects.first(),
        summary="Tóm tắt",
        body="Nội dung",
        status="published",
        published_at="2025-05-05T08:00:00+07:00",
    )


STAFF_PAGES = [
    ("grants:plan_indicators", []),
    ("grants:plan_values", []),
    ("grants:plan_report", []),
    ("grants:certificates", []),
    ("grants:plan_records", ["tasks"]),
    ("grants:plan_records", ["appraisals"]),
    ("grants:plan_records", ["news"]),
    ("grants:plan_records", ["publications"]),
    ("grants:plan_record_create", ["tasks"]),
    ("grants:plan_record_create", ["news"]),
    ("grants:plan_record_create", ["appraisals"]),
    ("grants:plan_record_create", ["publications"]),
    ("grants:task_detail", "task"),
    ("grants:dashboard", []),
    ("grants:event_announce", "workshop"),
    ("grants:event_announce", "training"),
]


def _page_args(args, task):
    if args == "task":
        return [task.pk]
    if args == "workshop":
        from tests.events.factories import WorkshopFactory

        return ["workshop", WorkshopFactory().pk]
    if args == "training":
        from events.models import Training

        t = Training.objects.create(
            title="Lớp",
            topic="5S",
            venue="Sở",
            trainer="B",
            starts_on=date(2026, 3, 2),
            ends_on=date(2026, 3, 2),
            capacity=5,
            status="open",
        )
        return ["training", t.pk]
    return args


@pytest.mark.parametrize(
    "who, expected", [(None, 302), ("enterprise_user", 403), ("provider_user", 403), ("staff", 200)]
)
@pytest.mark.parametrize("name, args", STAFF_PAGES)
def test_the_plan_pages_are_for_staff(request, client_for, task, who, expected, name, args):
    user = request.getfixturevalue(who) if who else None
    assert client_for(user).get(reverse(name, args=_page_args(args, task))).status_code == expected


@pytest.mark.parametrize("who, expected", [(None, 302), ("enterprise_user", 403), ("staff", 302)])
def test_writes_are_for_staff(request, client_for, task, firm, who, expected):
    user = request.getfixturevalue(who) if who else None
    response = client_for(user).post(
        reverse("grants:task_uptake_add", args=[task.pk]),
        {"firm": firm.pk, "received_on": "2025-04-01", "document_reference": "Biên bản 12/BB"},
    )
    assert response.status_code == expected
    assert task.uptakes.exists() == (who == "staff")


@pytest.mark.parametrize("who, expected", [(None, 302), ("enterprise_user", 403), ("staff", 302)])
def test_announcing_and_giving_a_proof_are_for_staff(request, client_for, task, firm, who, expected):
    from marketplace.models import Connection
    from tests.events.factories import WorkshopFactory

    user = request.getfixturevalue(who) if who else None
    workshop = WorkshopFactory(status="open")
    response = client_for(user).post(reverse("grants:event_announce", args=["workshop", workshop.pk]))
    assert response.status_code == expected
    assert NewsItem.objects.filter(workshop=workshop, announcement=True).exists() == (who == "staff")
    provider = task.host
    connection = Connection.objects.create(seeker=firm, provider=provider, channel="staff")
    uptake = task.uptakes.create(firm=firm, received_on=date(2025, 4, 1), connection=connection)
    response = client_for(user).post(
        reverse("grants:task_uptake_proof", args=[task.pk, uptake.pk]), {"document_reference": "BB 9"}
    )
    assert response.status_code == expected
    uptake.refresh_from_db()
    assert uptake.has_proof == (who == "staff")


def test_news_are_public_and_a_draft_is_not(client_for, news):
    anonymous = client_for(None)
    assert anonymous.get(reverse("grants:news_list")).status_code == 200
    assert anonymous.get(reverse("grants:news_detail", args=[news.pk])).status_code == 200
    NewsItem.objects.filter(pk=news.pk).update(status="draft", published_at=None)
    assert anonymous.get(reverse("grants:news_detail", args=[news.pk])).status_code == 404
    assert anonymous.get(reverse("grants:news_list") + "?category=nope").status_code == 404


def test_an_unknown_record_kind_is_not_found(client_for, staff):
    assert client_for(staff).get(reverse("grants:plan_records", args=["grants"])).status_code == 404


class TestTasks:
    def test_a_task_with_two_receiving_firms_records_both_and_refuses_the_same_firm_twice(
        self, client_for, staff, task, firm, other_firm
    ):
        c = client_for(staff)
        url = reverse("grants:task_uptake_add", args=[task.pk])
        for f in (firm, other_firm):
            assert (
                c.post(url, {"firm": f.pk, "received_on": "2025-04-01", "document_reference": "BB"}).status_code == 302
            )
        again = c.post(url, {"firm": firm.pk, "received_on": "2025-04-01", "document_reference": "BB"})
        assert again.status_code == 400 and task.uptakes.count() == 2

    def test_a_proving_document_must_really_be_a_document(self, client_for, staff, task, firm):
        fake = SimpleUploadedFile("bienban.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
        response = client_for(staff).post(
            reverse("grants:task_uptake_add", args=[task.pk]),
            {"firm": firm.pk, "received_on": "2025-04-01", "document_reference": "BB", "document": fake},
        )
        assert response.status_code == 400 and not task.uptakes.exists()

    def test_the_results_are_published_as_an_offer_in_one_step(self, client_for, staff, task):
        response = client_for(staff).post(
            reverse("grants:task_publish", args=[task.pk]),
            {"trl": 6, "ip_status": "none", "transfer_modes": ["licence"], "sectors": [sector().pk]},
        )
        assert response.status_code == 302
        task.refresh_from_db()
        assert task.offer.status == PostStatus.PUBLISHED and task.offer.organization == task.host
        again = client_for(staff).post(
            reverse("grants:task_publish", args=[task.pk]),
            {"trl": 6, "ip_status": "none", "transfer_modes": ["licence"], "sectors": [sector().pk]},
        )
        assert again.status_code == 400

    def test_an_accepted_interest_in_the_offer_records_the_receiving_firm(self, client_for, staff, task, firm):
        from grants import plan_services

        offer = plan_services.task_publish_offer(
            task=task, by=staff, trl=6, ip_status="none", transfer_modes=["licence"], sectors=[sector()]
        )
        task.refresh_from_db()
        interest = InterestFactory(offer=offer, from_organization=firm, status=Interest.Status.ACCEPTED)
        c = client_for(staff)
        assert firm.name in c.get(reverse("grants:task_detail", args=[task.pk])).content.decode()
        c.post(reverse("grants:task_uptake_from_interest", args=[task.pk, interest.pk]))
        assert task.uptakes.get().interest == interest
        assert c.post(reverse("grants:task_uptake_from_interest", args=[task.pk, interest.pk])).status_code == 404


class TestNewsAndCertificates:
    def test_a_cover_is_checked_by_its_content(self, client_for, staff):
        category = NewsCategory.objects.first()
        data = {"title": "Tin", "category": category.pk, "summary": "S", "body": "B", "status": "published"}
        bad = client_for(staff).post(
            reverse("grants:plan_record_create", args=["news"]),
            {**data, "cover": SimpleUploadedFile("anh.png", b"<script>alert(1)</script>", content_type="image/png")},
        )
        assert bad.status_code == 400 and not NewsItem.objects.exists()
        good = client_for(staff).post(
            reverse("grants:plan_record_create", args=["news"]),
            {**data, "cover": SimpleUploadedFile("anh.txt", PNG, content_type="text/plain")},
        )
        assert good.status_code == 302
        item = NewsItem.objects.get()
        assert item.published_at is not None and item.cover_type == "image/png"
        cover = client_for(None).get(reverse("grants:news_cover", args=[item.pk]))
        assert cover["Content-Type"] == "image/png" and cover["X-Content-Type-Options"] == "nosniff"

    def test_certificates_need_a_number_and_a_date(self, client_for, staff, provider):
        c = client_for(staff)
        url = reverse("grants:certificates")
        assert c.post(url, {"organization": provider.pk, "st_certificate_number": "01/DNKHCN"}).status_code == 400
        assert (
            c.post(
                url,
                {
                    "organization": provider.pk,
                    "st_certificate_number": "01/DNKHCN",
                    "st_certified_on": "2024-05-01",
                    "st_certificate_issuer": "Sở KH&CN",
                },
            ).status_code
            == 302
        )
        provider.refresh_from_db()
        assert provider.st_certified_on == date(2024, 5, 1)


class TestValuesAndReport:
    def test_a_value_entered_by_hand_keeps_who_and_when(self, client_for, staff):
        target = PlanTarget.objects.get(code="qr-traceability-2021-2030")
        response = client_for(staff).post(
            reverse("grants:plan_values"), {"target": target.pk, "year": 2025, "value": "12", "note": "Chi cục TCĐLCL"}
        )
        assert response.status_code == 302
        actual = PlanActual.objects.get()
        assert actual.entered_by == staff and actual.entered_at is not None
        outside = client_for(staff).post(
            reverse("grants:plan_values"), {"target": target.pk, "year": 2035, "value": "1", "note": "x"}
        )
        assert outside.status_code == 400

    def test_the_report_is_a_printable_page_and_an_xlsx(self, client_for, staff, task):
        c = client_for(staff)
        page = c.get(reverse("grants:plan_report") + "?year=2025")
        assert (
            page.status_code == 200
            and PlanTarget.objects.get(code="proceedings-2021-2030").label in page.content.decode()
        )
        xlsx = c.get(reverse("grants:plan_report") + "?year=2025&format=xlsx", follow=True)
        from openpyxl import load_workbook

        assert load_workbook(io.BytesIO(xlsx.content)).worksheets[0].title == "Báo cáo 2025"
        assert c.get(reverse("grants:plan_report") + "?year=abc").status_code == 404

    def test_the_report_page_is_in_vietnamese(self, client_for, staff):
        c = client_for(staff)
        c.cookies["django_language"] = "vi"
        body = c.get(reverse("grants:plan_report") + "?year=2025").content.decode()
        assert "Báo cáo kết quả thực hiện Kế hoạch phát triển dịch vụ KH&CN" in body and "Đăng 9.000 tin" in body
        assert "Nền tảng không đo được chỉ tiêu này" in body
