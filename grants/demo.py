"""Demo grant programs, budgets and five years (2022–2026) of grants for the demo enterprises, made
through the services so every rule and counter holds. Idempotent: skipped when the programs exist."""

from datetime import date, datetime, time

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from marketplace.demo_data import ORGANIZATIONS
from marketplace.models import Organization, TechnologyNeed

from . import services
from .models import AnnualBudget, GrantCap, GrantProgram, SupportGrant

M = 1_000_000

PROGRAMS = [
    # code, kind, vi, en, share %, caps by size, budget per year
    (
        "chuyen-giao",
        "transfer",
        "Hỗ trợ chuyển giao công nghệ",
        "Technology transfer support",
        50,
        {"micro": 30 * M, "small": 50 * M, "medium": 100 * M, "large": 100 * M},
        100 * M,
    ),
    (
        "ung-dung",
        "application",
        "Hỗ trợ ứng dụng tiến bộ khoa học và công nghệ",
        "Technology application support",
        30,
        {"micro": 20 * M, "small": 50 * M, "medium": 80 * M, "large": 100 * M},
        80 * M,
    ),
    (
        "doi-moi",
        "innovation",
        "Hỗ trợ đổi mới công nghệ",
        "Technological innovation support",
        50,
        {"small": 100 * M, "medium": 200 * M, "large": 300 * M},
        300 * M,
    ),
]
YEARS = range(2022, 2027)

# year, firm key, program, eligible cost, requested, approved (None: stays proposed), tranches, purpose, cancelled
GRANTS = [
    (
        2022,
        "htx_dua",
        "chuyen-giao",
        120 * M,
        50 * M,
        50 * M,
        [25 * M, 25 * M],
        "Nhận chuyển giao dây chuyền sấy cơm dừa bằng khí nóng gián tiếp",
        "",
    ),
    (
        2022,
        "cty_thach_dua",
        "doi-moi",
        400 * M,
        150 * M,
        150 * M,
        [150 * M],
        "Đổi mới dây chuyền lên men thạch dừa, tự động hóa khâu cắt và đóng gói",
        "",
    ),
    (2023, "cty_keo_dua", "ung-dung", 150 * M, 45 * M, 40 * M, [40 * M], "Ứng dụng máy gọt vỏ dừa bán tự động", ""),
    (
        2023,
        "htx_tom",
        "chuyen-giao",
        90 * M,
        45 * M,
        45 * M,
        [45 * M],
        "Nhận chuyển giao quy trình nuôi tôm tuần hoàn ít thay nước",
        "",
    ),
    (
        2023,
        "cty_gao",
        "doi-moi",
        500 * M,
        200 * M,
        180 * M,
        [90 * M, 90 * M],
        "Thay lò sấy lúa đốt trấu bằng hệ thống sấy tháp có điều khiển nhiệt độ",
        "",
    ),
    (
        2024,
        "cty_xo_dua",
        "chuyen-giao",
        100 * M,
        50 * M,
        50 * M,
        [50 * M],
        "Nhận chuyển giao công nghệ ép thảm xơ dừa không dùng keo hóa học",
        "",
    ),
    (
        2024,
        "htx_buoi",
        "ung-dung",
        100 * M,
        30 * M,
        None,
        [],
        "Ứng dụng hệ thống tưới nhỏ giọt tiết kiệm nước cho vườn bưởi",
        "HTX xin rút hồ sơ vì chưa thu xếp được vốn đối ứng.",
    ),
    (
        2025,
        "cty_thuy_san",
        "doi-moi",
        800 * M,
        300 * M,
        250 * M,
        [150 * M],
        "Đổi mới hệ thống xử lý nước thải chế biến thủy sản, thu hồi đạm",
        "",
    ),
    (
        2025,
        "htx_buoi",
        "ung-dung",
        120 * M,
        36 * M,
        36 * M,
        [36 * M],
        "Ứng dụng cảm biến độ mặn và tưới tự động cho vườn bưởi",
        "",
    ),
    (
        2025,
        "cty_cacao",
        "chuyen-giao",
        80 * M,
        40 * M,
        40 * M,
        [20 * M],
        "Technology transfer: controlled cocoa fermentation boxes",
        "",
    ),
    (
        2026,
        "htx_dua",
        "doi-moi",
        300 * M,
        100 * M,
        100 * M,
        [50 * M],
        "Đổi mới công nghệ sấy lạnh cơm dừa xuất khẩu",
        "",
    ),
    (
        2026,
        "cty_phan_bon",
        "chuyen-giao",
        100 * M,
        50 * M,
        50 * M,
        [],
        "Nhận chuyển giao quy trình ủ phân hữu cơ vi sinh từ mụn dừa",
        "",
    ),
    (2026, "cty_banh_pia", "ung-dung", 60 * M, 18 * M, None, [], "Ứng dụng lò nướng bánh tiết kiệm điện", ""),
]


# Demo grants predate the connection record: staff say so when approving and paying them.
LEGACY = "Hồ sơ hỗ trợ lập trước khi có sổ kết nối (dữ liệu minh hoạ)."


def _aware(d: date):
    return timezone.make_aware(datetime.combine(d, time(9, 0)))


@transaction.atomic
def seed(stdout=None) -> str:
    if GrantProgram.objects.filter(code=PROGRAMS[0][0]).exists():
        return "already seeded"
    staff = get_user_model().objects.get(username="canbo")
    programs = {}
    for code, kind, vi, en, share, caps, budget in PROGRAMS:
        program = GrantProgram.objects.create(
            code=code,
            kind=kind,
            name_vi=vi,
            name_en=en,
            share_percent=share,
            first_year=2021,
            last_year=2030,
            legal_basis="Quyết định của UBND tỉnh về chính sách hỗ trợ doanh nghiệp đổi mới công nghệ (demo)",
        )
        for size, amount in caps.items():
            GrantCap.objects.create(program=program, size=size, amount=amount)
        for year in YEARS:
            AnnualBudget.objects.create(program=program, year=year, amount=budget)
        programs[code] = program
    today = timezone.localdate()
    made = 0
    for n, (year, key, code, eligible, requested, approved, tranches, purpose, cancelled) in enumerate(GRANTS):
        firm = Organization.objects.get(name=ORGANIZATIONS[key][0])
        proposed_on = date(year, 2 + n % 3, 10 + n % 15)
        grant = services.grant_propose(
            by=staff,
            firm=firm,
            program=programs[code],
            year=year,
            eligible_cost=eligible,
            requested_amount=requested,
            purpose=purpose,
            need=TechnologyNeed.objects.filter(organization=firm).exclude(status="draft").first(),
            event_reference="" if n % 3 else f"Biên bản ghi nhớ {n + 1:02d}/{year}/MoU tại hội thảo kết nối cung – cầu",
        )
        SupportGrant.objects.filter(pk=grant.pk).update(proposed_at=_aware(proposed_on))
        grant.history.update(at=_aware(proposed_on))
        made += 1
        if cancelled:
            services.grant_cancel(grant=grant, by=staff, reason=cancelled)
            grant.history.filter(action="cancelled").update(at=_aware(date(year, proposed_on.month + 2, 1)))
            continue
        if approved is None:
            continue
        decided = date(year, proposed_on.month + 1, 5)
        services.grant_approve(
            grant=grant,
            by=staff,
            decision_number=f"{100 + n}/QĐ-SKHCN-{year}",
            decision_date=min(decided, today),
            approved_amount=approved,
            exception_reason=LEGACY,
        )
        grant.history.filter(action="approved").update(at=_aware(min(decided, today)))
        for t, amount in enumerate(tranches, start=1):
            accepted = date(year, min(12, decided.month + 3 * t), 15)
            if accepted > today:
                accepted = today
            services.grant_disburse(
                grant=grant,
                by=staff,
                amount=amount,
                accepted_on=accepted,
                paid_on=accepted,
                milestone=f"Nghiệm thu giai đoạn {t}" if len(tranches) > 1 else "Nghiệm thu hoàn thành",
                acceptance_reference=f"BB-{year}-{n + 1:02d}-{t}",
                exception_reason=LEGACY,
            )
            grant.history.filter(action="disbursed", details__tranche=t).update(at=_aware(accepted))
    return f"{len(programs)} programs, {len(programs) * len(YEARS)} budgets, {made} grants."


# The plan's other records (trainings, S&T tasks, appraisals, news…), seeded after this module by seed_demo.
EXTRA = ["grants.demo_plan"]
