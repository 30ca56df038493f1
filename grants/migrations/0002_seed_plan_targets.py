"""The province's plan targets (DESIGN §2), seeded as data: staff edit them, another province enters its own."""

from decimal import Decimal

from django.db import migrations

SOURCE = "Kế hoạch phát triển dịch vụ KH&CN của tỉnh (DESIGN §2)"

TARGETS = [
    # code, indicator, vi, en, start, end, min, max, unit, scope
    ("firms-2021-2030", "firms_supported",
     "Hỗ trợ chuyển giao, ứng dụng và đổi mới công nghệ cho 2–3 doanh nghiệp mỗi năm",
     "Support technology transfer, application and innovation for 2–3 enterprises a year",
     2021, 2030, 2, 3, "firms", "per_year"),
    ("funding-2021-2030", "funding_approved",
     "Kinh phí hỗ trợ dự kiến 1–1,5 tỷ đồng (kế hoạch không nói rõ theo năm hay cả giai đoạn)",
     "Expected support funding of 1–1.5 billion ₫ (the plan does not say per year or for the period)",
     2021, 2030, 1_000_000_000, 1_500_000_000, "vnd", "per_period"),
    ("agri-tasks-2021-2030", "manual",
     "70–80% nhiệm vụ KH&CN nông nghiệp, kỹ thuật có doanh nghiệp, HTX tham gia và tiếp nhận kết quả",
     "70–80% of agricultural-science and engineering tasks with enterprises or cooperatives taking part",
     2021, 2030, 70, 80, "percent", "per_period"),
    ("firms-2030-2050", "firms_supported",
     "Hỗ trợ 3–5 doanh nghiệp mỗi năm", "Support 3–5 enterprises a year",
     2030, 2050, 3, 5, "firms", "per_year"),
    ("funding-2030-2050", "funding_approved",
     "Kinh phí hỗ trợ khoảng 2,5 tỷ đồng", "Support funding of about 2.5 billion ₫",
     2030, 2050, 2_500_000_000, None, "vnd", "per_period"),
    ("workshops-2030-2050", "workshops_held",
     "Tổ chức ít nhất 5 hội thảo kết nối cung – cầu công nghệ",
     "Hold at least 5 technology supply–demand connection workshops",
     2030, 2050, 5, None, "workshops", "per_period"),
    ("hightech-2030-2050", "manual",
     "10–15% trong số 30–50 doanh nghiệp KH&CN hoạt động trong lĩnh vực công nghệ cao",
     "10–15% of the 30–50 S&T enterprises active in high technology",
     2030, 2050, 10, 15, "percent", "per_period"),
    ("agri-tasks-2030-2050", "manual",
     "80–90% nhiệm vụ KH&CN nông nghiệp, kỹ thuật có doanh nghiệp, HTX tham gia và tiếp nhận kết quả",
     "80–90% of agricultural-science and engineering tasks with enterprises or cooperatives taking part",
     2030, 2050, 80, 90, "percent", "per_period"),
]


def seed(apps, schema_editor):
    PlanTarget = apps.get_model("grants", "PlanTarget")
    for position, (code, indicator, vi, en, start, end, low, high, unit, scope) in enumerate(TARGETS):
        PlanTarget.objects.get_or_create(code=code, defaults={
            "indicator": indicator, "label_vi": vi, "label_en": en, "start_year": start, "end_year": end,
            "min_value": None if low is None else Decimal(low), "max_value": None if high is None else Decimal(high),
            "unit": unit, "scope": scope, "source": SOURCE, "position": position,
        })


def unseed(apps, schema_editor):
    apps.get_model("grants", "PlanTarget").objects.filter(code__in=[t[0] for t in TARGETS]).delete()


class Migration(migrations.Migration):
    dependencies = [("grants", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
