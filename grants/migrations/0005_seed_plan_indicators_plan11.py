"""The rest of the plan's targets (issue 11), seeded as data like 0002. The two task-share targets and the
high-technology share, seeded as hand-entered in 0002, are now measured from records; the funding
targets are marked as ambiguous (the plan does not say per year or for the period)."""

from decimal import Decimal

from django.db import migrations

SOURCE = "Kế hoạch phát triển dịch vụ KH&CN giai đoạn 2021–2030, tầm nhìn 2050 (QĐ 1090/QĐ-UBND ngày 08/6/2021)"

TARGETS = [
    # code, indicator, vi, en, start, end, min, max, unit, scope
    (
        "experts-2021-2030",
        "experts_certified",
        "Đào tạo, cấp chứng chỉ cho 10 chuyên gia năng suất chất lượng",
        "Train and certify 10 productivity-and-quality experts",
        2021,
        2030,
        10,
        None,
        "count",
        "per_period",
    ),
    (
        "trained-civil-2021-2030",
        "trained_civil_servants",
        "Đào tạo năng suất chất lượng cho 250 lượt cán bộ, công chức, viên chức",
        "Productivity and quality training: 250 attendances of civil servants",
        2021,
        2030,
        250,
        None,
        "count",
        "per_period",
    ),
    (
        "trained-enterprise-2021-2030",
        "trained_enterprise_staff",
        "Đào tạo năng suất chất lượng cho 400 lượt cán bộ doanh nghiệp",
        "Productivity and quality training: 400 attendances of enterprise staff",
        2021,
        2030,
        400,
        None,
        "count",
        "per_period",
    ),
    (
        "trained-lecturers-2021-2030",
        "trained_lecturers",
        "Đào tạo năng suất chất lượng cho 250 lượt giảng viên, sinh viên",
        "Productivity and quality training: 250 attendances of lecturers and students",
        2021,
        2030,
        250,
        None,
        "count",
        "per_period",
    ),
    (
        "appraisals-2021-2030",
        "key_firms_appraised",
        "Thẩm định công nghệ cải tiến, đổi mới của 5–10 doanh nghiệp trọng điểm",
        "Technology appraisal of the improved or innovated technology of 5–10 key firms",
        2021,
        2030,
        5,
        10,
        "firms",
        "per_period",
    ),
    (
        "qr-traceability-2021-2030",
        "manual",
        "Ứng dụng phần mềm truy xuất nguồn gốc bằng mã QR (số cơ sở áp dụng mới)",
        "Use QR-code traceability software (establishments newly using it)",
        2021,
        2030,
        1,
        None,
        "count",
        "per_period",
    ),
    (
        "st-database-2021-2030",
        "manual",
        "Thống kê cơ sở dữ liệu KH&CN (số báo cáo thống kê)",
        "Keep statistics of the S&T database (statistical reports)",
        2021,
        2030,
        1,
        None,
        "count",
        "per_year",
    ),
    (
        "news-2021-2030",
        "news_published",
        "Đăng 9.000 tin, bài trên Trang thông tin điện tử của Sở",
        "Publish 9,000 news items on the Department's site",
        2021,
        2030,
        9000,
        None,
        "count",
        "per_period",
    ),
    (
        "proceedings-2021-2030",
        "proceedings",
        "Phát hành 10 kỷ yếu",
        "Publish 10 proceedings",
        2021,
        2030,
        10,
        None,
        "count",
        "per_period",
    ),
    (
        "bulletins-2021-2030",
        "bulletins",
        "Phát hành 50 bản tin KH&CN",
        "Publish 50 S&T bulletins",
        2021,
        2030,
        50,
        None,
        "count",
        "per_period",
    ),
    (
        "radio-tv-2021-2030",
        "radio_tv",
        "Thực hiện 80 chương trình phát thanh, truyền hình",
        "Produce 80 radio and TV programmes",
        2021,
        2030,
        80,
        None,
        "count",
        "per_period",
    ),
    (
        "orgs-trained-2030-2050",
        "organizations_trained",
        "Đào tạo năng suất chất lượng cho 50 tổ chức",
        "Train 50 organisations in productivity and quality",
        2030,
        2050,
        50,
        None,
        "count",
        "per_period",
    ),
    (
        "firms-growth-2030-2050",
        "firms_trained_growth",
        "Số doanh nghiệp tham gia tăng 30% so với giai đoạn 2021–2030",
        "30% more firms taking part than in 2021–2030",
        2030,
        2050,
        30,
        None,
        "percent",
        "per_period",
    ),
    (
        "st-enterprises-2030-2050",
        "st_enterprises",
        "Có 30–50 doanh nghiệp KH&CN",
        "30–50 S&T enterprises",
        2030,
        2050,
        30,
        50,
        "firms",
        "per_period",
    ),
    (
        "news-2030-2050",
        "news_published",
        "Đăng 18.000 tin, bài",
        "Publish 18,000 news items",
        2030,
        2050,
        18000,
        None,
        "count",
        "per_period",
    ),
    (
        "proceedings-2030-2050",
        "proceedings",
        "Phát hành 20 kỷ yếu",
        "Publish 20 proceedings",
        2030,
        2050,
        20,
        None,
        "count",
        "per_period",
    ),
    (
        "bulletins-2030-2050",
        "bulletins",
        "Phát hành 100 bản tin KH&CN",
        "Publish 100 S&T bulletins",
        2030,
        2050,
        100,
        None,
        "count",
        "per_period",
    ),
    (
        "radio-tv-2030-2050",
        "radio_tv",
        "Thực hiện 160 chương trình phát thanh, truyền hình",
        "Produce 160 radio and TV programmes",
        2030,
        2050,
        160,
        None,
        "count",
        "per_period",
    ),
]

NOW_MEASURED = {
    "agri-tasks-2021-2030": "tasks_with_firm_share",
    "agri-tasks-2030-2050": "tasks_with_firm_share",
    "hightech-2030-2050": "high_tech_share",
}
AMBIGUOUS = ["funding-2021-2030", "funding-2030-2050"]

CATEGORIES = [
    ("hoat-dong", "Hoạt động của Sở", "Department news", 0),
    ("hoi-thao", "Hội thảo, kết nối cung – cầu", "Workshops and connection", 1),
    ("dao-tao", "Đào tạo, tập huấn", "Trainings", 2),
    ("cong-nghe", "Công nghệ, sản phẩm mới", "Technologies and new products", 3),
    ("chinh-sach", "Chính sách KH&CN", "S&T policy", 4),
]


def seed(apps, schema_editor):
    PlanTarget = apps.get_model("grants", "PlanTarget")
    for position, (code, indicator, vi, en, start, end, low, high, unit, scope) in enumerate(TARGETS, start=20):
        PlanTarget.objects.get_or_create(
            code=code,
            defaults={
                "indicator": indicator,
                "label_vi": vi,
                "label_en": en,
                "start_year": start,
                "end_year": end,
                "min_value": None if low is None else Decimal(low),
                "max_value": None if high is None else Decimal(high),
                "unit": unit,
                "scope": scope,
                "source": SOURCE,
                "position": position,
            },
        )
    for code, indicator in NOW_MEASURED.items():
        # Only while still as seeded: a target staff re-pointed keeps their choice.
        PlanTarget.objects.filter(code=code, indicator="manual").update(indicator=indicator)
    PlanTarget.objects.filter(code__in=AMBIGUOUS).update(scope_ambiguous=True)
    NewsCategory = apps.get_model("grants", "NewsCategory")
    for slug, vi, en, position in CATEGORIES:
        NewsCategory.objects.get_or_create(slug=slug, defaults={"name_vi": vi, "name_en": en, "position": position})


def unseed(apps, schema_editor):
    PlanTarget = apps.get_model("grants", "PlanTarget")
    PlanTarget.objects.filter(code__in=[t[0] for t in TARGETS]).delete()
    for code, indicator in NOW_MEASURED.items():
        PlanTarget.objects.filter(code=code, indicator=indicator).update(indicator="manual")


class Migration(migrations.Migration):
    dependencies = [("grants", "0004_plan_records_plan11")]
    operations = [migrations.RunPython(seed, unseed)]
