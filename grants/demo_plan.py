"""Demo records of the plan, 2021 to this year: S&T tasks with receiving firms (one with two, some with
none), one task's results published as an offer, technology appraisals, S&T enterprise and high-tech
certificates, news with covers linked to workshops and trainings, publications and programmes, and a
few values entered by hand beside the computed ones. Deterministic; safe to run twice."""

import random
import struct
import zlib
from datetime import date, datetime, time
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db.models import Q
from django.utils import timezone

from events.models import Training, Workshop
from marketplace import connections
from marketplace.demo_data import ORGANIZATIONS
from marketplace.models import Connection, Organization, Sector

from . import plan_services
from .models import (
    NewsCategory,
    NewsItem,
    PlanActual,
    PlanTarget,
    Publication,
    STTask,
    SupportGrant,
    TaskUptake,
    TechnologyAppraisal,
)

# code, title, field, host key, start, end, completed on (None: in progress), receiving firm keys
TASKS = [
    (
        "ĐT-2021-01",
        "Quy trình nhân giống dừa sáp bằng kỹ thuật nuôi cấy phôi",
        "agricultural",
        "dh_cantho",
        2020,
        2021,
        date(2021, 11, 20),
        ["htx_dua", "cty_keo_dua"],
    ),
    (
        "ĐT-2021-02",
        "Mô hình nuôi tôm thẻ chân trắng ít thay nước",
        "agricultural",
        "vien_thuy_san",
        2020,
        2021,
        date(2021, 12, 10),
        ["htx_tom"],
    ),
    (
        "ĐT-2021-03",
        "Đánh giá thực trạng văn hóa đọc ở nông thôn",
        "social",
        "trung_tam_ud",
        2020,
        2021,
        date(2021, 9, 5),
        [],
    ),
    (
        "ĐT-2022-01",
        "Thiết kế máy sấy cơm dừa bằng năng lượng mặt trời kết hợp nhiệt sinh khối",
        "engineering",
        "vien_co_dien",
        2021,
        2022,
        date(2022, 10, 15),
        ["cty_thach_dua"],
    ),
    (
        "ĐT-2022-02",
        "Chế phẩm vi sinh xử lý mụn dừa làm giá thể",
        "agricultural",
        "dh_nong_lam",
        2021,
        2022,
        date(2022, 12, 1),
        [],
    ),
    (
        "ĐT-2022-03",
        "Ứng dụng bản đồ số quản lý vùng trồng bưởi",
        "agricultural",
        "cty_phan_mem",
        2021,
        2022,
        date(2022, 11, 18),
        ["htx_buoi"],
    ),
    (
        "ĐT-2023-01",
        "Hệ thống xử lý nước thải chế biến thủy sản quy mô nhỏ",
        "engineering",
        "cty_moi_truong",
        2022,
        2023,
        date(2023, 10, 20),
        ["cty_thuy_san"],
    ),
    (
        "ĐT-2023-02",
        "Quy trình canh tác lúa thích ứng xâm nhập mặn",
        "agricultural",
        "dh_cantho",
        2022,
        2023,
        date(2023, 12, 12),
        ["cty_gao", "htx_dua"],
    ),
    (
        "ĐT-2023-03",
        "Nghiên cứu dược liệu bản địa vùng ven biển",
        "medical",
        "dh_cantho",
        2022,
        2023,
        date(2023, 8, 30),
        [],
    ),
    (
        "ĐT-2024-01",
        "Dây chuyền sơ chế xơ dừa tiết kiệm năng lượng",
        "engineering",
        "cty_co_khi",
        2023,
        2024,
        date(2024, 11, 8),
        ["cty_xo_dua"],
    ),
    (
        "ĐT-2024-02",
        "Phân bón hữu cơ vi sinh từ phụ phẩm thủy sản",
        "agricultural",
        "vien_thuy_san",
        2023,
        2024,
        date(2024, 12, 5),
        [],
    ),
    (
        "ĐT-2025-01",
        "Truy xuất nguồn gốc sản phẩm OCOP bằng mã QR",
        "engineering",
        "cty_phan_mem",
        2024,
        2025,
        date(2025, 9, 25),
        ["cty_cacao"],
    ),
    (
        "ĐT-2025-02",
        "Kỹ thuật nuôi cua biển kết hợp rừng ngập mặn",
        "agricultural",
        "vien_thuy_san",
        2024,
        2025,
        date(2025, 11, 14),
        ["htx_tom"],
    ),
    ("ĐT-2026-01", "Hệ thống tưới tiết kiệm nước cho vườn dừa", "engineering", "vien_co_dien", 2025, 2026, None, []),
]

# firm key, technology, date, key firm, conclusion
APPRAISALS = [
    ("cty_thach_dua", "Dây chuyền thanh trùng nước dừa đóng chai", date(2022, 6, 10), True, "passed"),
    ("cty_thuy_san", "Hệ thống cấp đông IQF cải tiến", date(2023, 3, 22), True, "passed"),
    ("cty_keo_dua", "Lò nấu kẹo dừa dùng nhiệt gián tiếp", date(2023, 9, 5), True, "conditional"),
    ("cty_gao", "Máy xay xát gạo tiết kiệm điện", date(2024, 5, 14), True, "failed"),
    ("cty_thuy_san", "Dây chuyền chế biến tôm tẩm bột", date(2025, 4, 2), True, "passed"),
    ("cty_xo_dua", "Máy đánh tơi xơ dừa", date(2025, 7, 18), False, "passed"),
]

# organisation key, S&T certificate date, high-tech certificate date
CERTIFICATES = [
    ("cty_phan_mem", date(2021, 8, 2), date(2024, 3, 1)),
    ("cty_solar", date(2022, 5, 10), None),
    ("cty_co_khi", date(2023, 1, 16), None),
    ("agritech_sg", date(2023, 11, 3), None),
    ("cty_phan_bon", date(2024, 7, 22), None),
    ("cty_moi_truong", date(2025, 2, 27), None),
]

NEWS_TITLES = [
    "Sở KH&CN làm việc với doanh nghiệp về nhu cầu đổi mới công nghệ",
    "Hội đồng nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh",
    "Hướng dẫn hồ sơ đề nghị hỗ trợ chuyển giao công nghệ",
    "Giới thiệu công nghệ sấy lạnh nông sản",
    "Kết quả ứng dụng tiến bộ kỹ thuật vào sản xuất nông nghiệp",
    "Triển khai chương trình nâng cao năng suất và chất lượng",
]


def _org(key):
    return Organization.objects.filter(name=ORGANIZATIONS[key][0]).first()


def _png(rgb: tuple[int, int, int], w: int = 64, h: int = 36) -> bytes:
    """A plain coloured PNG made without an imaging library, for demo covers."""
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _ensure_seeded_reference_data() -> None:
    """The plan targets and news categories come from data migrations; a database emptied since (a test
    that flushes tables) lacks them, so their idempotent seed functions run again here."""
    import importlib

    from django.apps import apps

    for name in ("0002_seed_plan_targets", "0005_seed_plan_indicators_plan11"):
        importlib.import_module(f"grants.migrations.{name}").seed(apps, None)


def _uptake_from_connection(task: STTask, staff, today) -> None:
    """A firm takes up the published results through the exchange: its connection with the host reaches an
    accepted transfer with its acceptance record, and the task records it as a receiving firm by itself
    (grants.plan_services.task_uptakes_from_connection, on marketplace's connection_changed signal)."""
    accepted_on, signed_on = date(2025, 3, 14), date(2025, 1, 10)
    if task.offer is None or accepted_on > today:
        return
    for key in ("htx_dua", "cty_keo_dua", "cty_thach_dua"):
        seeker = _org(key)
        if seeker is None or not seeker.is_seeker or task.uptakes.filter(firm=seeker).exists():
            continue
        connection, _created = connections.connection_open_for(
            seeker=seeker,
            provider=task.offer.organization,
            channel=Connection.Channel.STAFF,
            by=staff,
            offer=task.offer,
            note="Giới thiệu kết quả nhiệm vụ KH&CN (dữ liệu minh họa).",
        )
        if connection.offer_id != task.offer_id:
            continue  # the pair's open connection is about another offer: try the next firm
        connections.connection_correct(
            connection=connection,
            by=staff,
            to_stage=Connection.Stage.ACCEPTED,
            note="Cập nhật theo biên bản nghiệm thu chuyển giao (dữ liệu minh họa).",
            contract_value=450_000_000,
            contract_signed_on=signed_on,
            accepted_on=accepted_on,
            acceptance_document=ContentFile(_PDF, name="bien-ban-nghiem-thu.pdf"),
        )
        return


_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _announcements(staff, workshops, trainings) -> int:
    """Announcements: the past ones as news dated when registration opened (their organisations were told
    before the platform recorded it); the coming ones through the staff action, which tells the members
    of the opted-in organisations in the event's sectors."""
    from .announcements import event_announce

    for key in ("htx_dua", "cty_keo_dua", "cty_thuy_san", "htx_tom"):
        org = _org(key)
        if org is not None and not org.announcements_opt_in:
            org.announcements_opt_in = True
            org.save(update_fields=["announcements_opt_in"])
    coconut = list(Sector.objects.filter(code__in=["coconut", "agriculture"]))
    for training in trainings:
        if not training.sectors.exists():
            training.sectors.set(coconut)
    now, made = timezone.now(), 0
    category = NewsCategory.objects.get(slug="hoi-thao")
    for workshop in workshops:
        if workshop.status == Workshop.Status.CANCELLED:
            continue
        if workshop.starts_at > now:
            event_announce(by=staff, workshop=workshop)
        else:
            opened = min(now, workshop.registration_opens_at)
            NewsItem.objects.create(
                title=f"Thông báo: {workshop.title}",
                category=category,
                summary="Mời doanh nghiệp, hợp tác xã, viện, trường đăng ký tham dự và đặt lịch gặp B2B.",
                body=workshop.description or workshop.title,
                status=NewsItem.Status.PUBLISHED,
                published_at=opened,
                announced_at=opened,
                announcement=True,
                workshop=workshop,
                created_by=staff,
            )
        made += 1
    for training in trainings:
        if training.status in (Training.Status.OPEN, Training.Status.CLOSED) and training.starts_on > now.date():
            event_announce(by=staff, training=training)
            made += 1
    return made


def seed(stdout=None) -> str:
    staff = get_user_model().objects.filter(username="canbo").first()
    if staff is None or _org("htx_dua") is None:
        return "plan records skipped (no marketplace demo data)"
    if STTask.objects.filter(code=TASKS[0][0]).exists():
        return "plan records already there"
    _ensure_seeded_reference_data()
    today = timezone.localdate()
    rng = random.Random(11)
    for code, title, field, host, start, end, done, firms in TASKS:
        if done and done > today:
            done = None
        task = STTask.objects.create(
            code=code,
            title=title,
            field=field,
            host=_org(host),
            start_year=start,
            end_year=end,
            status=STTask.Status.COMPLETED if done else STTask.Status.IN_PROGRESS,
            completed_on=done,
            results=f"Kết quả: {title.lower()}; quy trình, bản vẽ và báo cáo tổng kết đã được hội đồng nghiệm thu."
            if done
            else "",
            created_by=staff,
        )
        for n, key in enumerate(firms):
            TaskUptake.objects.create(
                task=task,
                firm=_org(key),
                received_on=done,
                created_by=staff,
                document_reference=f"Biên bản chuyển giao {n + 1:02d}/{done.year}/BB-CG",
            )
    # One task's results on the exchange, published in one step.
    task = STTask.objects.get(code="ĐT-2024-01")
    if task.host and task.host.is_provider and task.host.is_verified:
        plan_services.task_publish_offer(
            task=task,
            by=staff,
            trl=7,
            ip_status="utility",
            transfer_modes=["licence", "turnkey"],
            sectors=list(Sector.objects.filter(code__in=["coconut", "machinery"])),
        )
        _uptake_from_connection(STTask.objects.select_related("offer").get(pk=task.pk), staff, today)
    for key, technology, day, key_firm, conclusion in APPRAISALS:
        if day <= today:
            firm = _org(key)
            # Linked to the firm's support grant (and its connection) where the demo has one.
            grant = SupportGrant.objects.filter(firm=firm).order_by("year", "id").first() if firm else None
            connection = grant.connection if grant is not None and grant.connection_id else None
            if connection is None and firm is not None:
                # Or the firm's furthest connection on the exchange (the demo grants predate connections).
                connection = (
                    Connection.objects.filter(Q(seeker=firm) | Q(provider=firm), accepted_on__isnull=False)
                    .order_by("accepted_on", "id")
                    .first()
                    or Connection.objects.filter(Q(seeker=firm) | Q(provider=firm), contract_signed_on__isnull=False)
                    .order_by("contract_signed_on", "id")
                    .first()
                )
            TechnologyAppraisal.objects.create(
                grant=grant,
                connection=connection,
                firm=firm,
                technology=technology,
                appraised_on=day,
                key_firm=key_firm,
                conclusion=conclusion,
                conclusion_text="Công nghệ đáp ứng yêu cầu về hiệu quả và an toàn."
                if conclusion != "failed"
                else "Chưa đạt yêu cầu về tiêu hao năng lượng.",
                document_reference=f"Kết quả thẩm định số {day.month:02d}/{day.year}/TĐCN",
                created_by=staff,
            )
    for key, st_on, high_on in CERTIFICATES:
        org = _org(key)
        if org is None or st_on > today:
            continue
        plan_services.organization_certificates_set(
            organization=org,
            by=staff,
            st_certificate_number=f"{st_on.year}/DNKHCN-{org.pk:03d}",
            st_certified_on=st_on,
            st_certificate_issuer="Sở Khoa học và Công nghệ",
            high_tech_certificate_number=f"CNC-{high_on.year}-{org.pk}" if high_on and high_on <= today else "",
            high_tech_certified_on=high_on if high_on and high_on <= today else None,
        )
    categories = list(NewsCategory.objects.all())
    workshops = list(Workshop.objects.exclude(status=Workshop.Status.DRAFT))
    trainings = list(Training.objects.exclude(status=Training.Status.DRAFT).order_by("starts_on"))
    colours = [(20, 90, 160), (30, 130, 80), (190, 120, 30), (120, 40, 120)]
    news = 0
    for year in range(2021, today.year + 1):
        for n in range(18 + (year - 2021) * 3):
            when = timezone.make_aware(datetime.combine(date(year, 1 + n % 12, 1 + (n * 7) % 27), time(9, 0)))
            if when.date() > today:
                break
            item = NewsItem(
                title=f"{NEWS_TITLES[n % len(NEWS_TITLES)]} ({n + 1:02d}/{year})",
                category=categories[n % len(categories)],
                summary="Tin hoạt động khoa học và công nghệ của tỉnh.",
                body="Nội dung tin bài (dữ liệu minh họa).\n\nThông tin chi tiết liên hệ Phòng Quản lý công nghệ – Sở KH&CN.",
                status=NewsItem.Status.PUBLISHED,
                published_at=when,
                created_by=staff,
            )
            training = next(
                (t for t in trainings if t.starts_on.year == year and t.starts_on.month == when.month), None
            )
            if training is not None:
                item.training, item.title = training, f"Khai giảng lớp “{training.title}”"
            if n % 5 == 0:
                item.cover, item.cover_type = ContentFile(_png(colours[n % 4]), name="cover.png"), "image/png"
            item.save()
            news += 1
    news += _announcements(staff, workshops, trainings)
    publications = 0
    for year in range(2021, today.year + 1):
        plan = [
            ("proceedings", 1, "Kỷ yếu hội thảo khoa học"),
            ("bulletin", 4 + year % 2, "Bản tin Khoa học và Công nghệ"),
            ("radio_tv", 6 + rng.randint(0, 3), "Chuyên mục Khoa học và Đời sống"),
        ]
        for kind, count, title in plan:
            for n in range(count):
                day = date(year, min(12, 2 + n * (10 // max(count, 1))), 20)
                if day > today:
                    continue
                Publication.objects.create(
                    kind=kind,
                    title=f"{title} {year}" if kind == "proceedings" else f"{title} số {n + 1}/{year}",
                    issue=f"{n + 1}/{year}",
                    published_on=day,
                    channel="Đài Phát thanh và Truyền hình Trà Vinh" if kind == "radio_tv" else "Sở KH&CN Trà Vinh",
                    created_by=staff,
                )
                publications += 1
    # Figures from outside the platform, entered by hand (with who and when) and shown beside the computed ones.
    hand = [
        ("qr-traceability-2021-2030", 2023, 5, "Báo cáo của Chi cục TCĐLCL"),
        ("qr-traceability-2021-2030", 2024, 9, "Báo cáo của Chi cục TCĐLCL"),
        ("qr-traceability-2021-2030", 2025, 14, "Báo cáo của Chi cục TCĐLCL"),
        ("news-2021-2030", 2024, 860, "Thống kê Cổng TTĐT của Sở (cả tin ngoài nền tảng)"),
    ]
    hand += [
        ("st-database-2021-2030", y, 1, "Báo cáo thống kê cơ sở dữ liệu KH&CN")
        for y in range(2021, min(today.year, 2026))
    ]
    for code, year, value, note in hand:
        target = PlanTarget.objects.filter(code=code).first()
        if (
            target is not None
            and year <= today.year
            and not PlanActual.objects.filter(target=target, year=year).exists()
        ):
            plan_services.plan_value_set(target=target, year=year, value=Decimal(value), note=note, by=staff)
    return f"{len(TASKS)} S&T tasks, {TechnologyAppraisal.objects.count()} appraisals, {news} news, {publications} publications"
