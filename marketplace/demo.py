"""Demo data for the marketplace. Idempotent: running it again finds what exists and creates nothing twice."""

from datetime import timedelta
from functools import lru_cache

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from core.roles import STAFF_GROUP

from . import services
from .areas import areas_load_default
from .demo_data import NEEDS, OFFERS, ORGANIZATIONS
from .models import Area, Interest, Membership, Organization, PostStatus, Sector, TechnologyNeed, TechnologyOffer

DEMO_PASSWORD = "demo12345"
LOGINS = [
    ("canbo", "staff", "Cán bộ Sở KH&CN (staff)"),
    ("doanhnghiep", "htx_dua", "Doanh nghiệp / HTX (enterprise)"),
    ("vienkhcn", "vien_co_dien", "Viện nghiên cứu (provider)"),
]
UNVERIFIED = {"cty_moi_dang_ky"}


def demo_tax_code(index: int) -> str:
    from stdnum.vn import mst

    base = 130000000 + index * 1013
    while True:
        for check in range(10):
            candidate = f"{base:09d}{check}"
            if mst.is_valid(candidate):
                return candidate
        base += 1


@lru_cache(maxsize=1)
def _demo_password_hash() -> str:
    # Hashing is slow on purpose (PBKDF2, about half a second): hash the shared demo password once.
    return make_password(DEMO_PASSWORD)


def _user(username: str, *, staff: bool = False):
    User = get_user_model()
    user, created = User.objects.get_or_create(username=username, defaults={"email": f"{username}@demo.khcn.vn"})
    if created:
        user.password = _demo_password_hash()
        if staff:
            user.is_staff = True
            user.is_superuser = True
        user.save()
    if staff:
        user.groups.add(Group.objects.get_or_create(name=STAFF_GROUP)[0])
    return user


def _sectors(codes):
    return list(Sector.objects.filter(code__in=codes))


def _publish(post, staff, *, days_ago: int):
    """Walk a post through submit and approve, back-dated so the lists look lived-in."""
    services.post_submit(post=post, by=post.created_by or staff)
    post = services.post_approve(post=type(post).objects.get(pk=post.pk), by=staff)
    published = timezone.now() - timedelta(days=days_ago)
    type(post).objects.filter(pk=post.pk).update(published_at=published)
    post.refresh_from_db()
    return post


# Where organisations outside the province sit (their area is left empty).
OUTSIDE = {
    "vien_co_dien": "TP. Hồ Chí Minh",
    "vien_thuy_san": "TP. Hồ Chí Minh",
    "agritech_sg": "TP. Hồ Chí Minh",
    "dh_nong_lam": "TP. Hồ Chí Minh",
}


@transaction.atomic
def seed(stdout=None) -> dict:
    areas_load_default()
    areas = {a.code: a for a in Area.objects.all()}
    staff = _user("canbo", staff=True)
    owners = {}
    orgs = {}
    for index, (key, row) in enumerate(ORGANIZATIONS.items()):
        name, kind, org_type, size, area_code, sector_codes, contact, description = row
        area = areas.get(area_code)
        username = {k: u for u, k, _ in LOGINS}.get(key, key.replace("_", ""))
        user = _user(username)
        org = Organization.objects.filter(name=name).first()
        if org is None:
            org = services.organization_register(
                user=user,
                sectors=_sectors(sector_codes),
                name=name,
                kind=kind,
                org_type=org_type,
                size=size,
                area=area,
                province=OUTSIDE.get(key, settings.PLATFORM["PROVINCE_NAME"]),
                tax_code=demo_tax_code(index),
                contact_name=contact,
                contact_phone=f"0294 38{index:02d} {100 + index:03d}",
                contact_email=f"{username}@demo.khcn.vn",
                description=description,
                address=str(area) if area else OUTSIDE.get(key, ""),
            )
            if key not in UNVERIFIED:
                services.organization_verify(organization=org, by=staff)
        Membership.objects.get_or_create(user=user, organization=org, defaults={"role": Membership.Role.OWNER})
        orgs[key], owners[key] = org, user

    created = {"offers": 0, "needs": 0}
    for i, (key, title, summary, sectors, trl, ip, modes, pmin, pmax, negotiable, keywords, description) in enumerate(
        OFFERS
    ):
        if TechnologyOffer.objects.filter(title=title).exists():
            continue
        by = staff if i % 9 == 4 else owners[key]  # some entered by staff on the firm's behalf
        offer = services.post_create(
            model=TechnologyOffer,
            organization=orgs[key],
            by=by,
            sectors=_sectors(sectors),
            title=title,
            summary=summary,
            description=description,
            trl=trl,
            ip_status=ip,
            transfer_modes=modes,
            price_min=pmin,
            price_max=pmax,
            price_negotiable=negotiable,
            keywords=keywords,
            confidential_details="Bản vẽ kỹ thuật, chi phí vận hành chi tiết và danh sách khách hàng tham chiếu.",
            region="province" if i % 3 else "region",
        )
        created["offers"] += 1
        _drive(offer, staff, owners[key], i)

    for i, (key, title, summary, problem, sectors, min_trl, bmin, bmax, modes, deadline_days, keywords) in enumerate(
        NEEDS
    ):
        if TechnologyNeed.objects.filter(title=title).exists():
            continue
        by = staff if i % 7 == 3 else owners[key]
        need = services.post_create(
            model=TechnologyNeed,
            organization=orgs[key],
            by=by,
            sectors=_sectors(sectors),
            title=title,
            summary=summary,
            problem=problem,
            min_trl=min_trl,
            budget_min=bmin,
            budget_max=bmax,
            transfer_modes=modes,
            deadline=timezone.localdate() + timedelta(days=deadline_days),
            keywords=keywords,
            expected_results="Vận hành ổn định, được chuyển giao và đào tạo đầy đủ.",
            confidential_details="Số liệu sản xuất hiện tại và mặt bằng nhà xưởng.",
            region="province",
        )
        created["needs"] += 1
        _drive(need, staff, owners[key], i)

    if created["offers"] or created["needs"]:
        _interests(orgs, owners)
    return {"logins": LOGINS, "password": DEMO_PASSWORD, **created}


def _drive(post, staff, owner, i: int) -> None:
    """Spread the demo posts across the lifecycle: mostly published, some in every other state."""
    if post.organization.verified_at is None:
        services.post_submit(post=post, by=owner)
        return
    slot = i % 12
    if slot == 5:
        return  # stays a draft
    if slot == 7:
        services.post_submit(post=post, by=owner)  # waiting in the moderation queue
        return
    if slot == 9:
        services.post_submit(post=post, by=owner)
        services.post_reject(
            post=type(post).objects.get(pk=post.pk),
            by=staff,
            reason="Chưa nêu rõ mức độ sẵn sàng và hiệu quả kinh tế; vui lòng bổ sung.",
        )
        return
    post = _publish(post, staff, days_ago=3 + i * 2)
    if slot == 10:
        services.post_pause(post=post, by=owner)
    elif slot == 11:
        type(post).objects.filter(pk=post.pk).update(expires_at=timezone.now() - timedelta(days=1))
        services.posts_expire()
    elif slot == 2:
        type(post).objects.filter(pk=post.pk).update(expires_at=timezone.now() + timedelta(days=6))


def _interests(orgs, owners) -> None:
    pairs = [
        ("vien_co_dien", "Cần dây chuyền sấy cơm dừa 2 tấn/mẻ thay lò thủ công", "accept"),
        ("cty_phan_mem", "Cần hệ thống giám sát oxy ao tôm tự động", "pending"),
        ("agritech_sg", "Cần hệ thống giám sát oxy ao tôm tự động", "accept"),
        ("cty_moi_truong", "Cần hệ thống xử lý nước thải sản xuất thạch dừa", "pending"),
        ("cty_solar", "Cần lò nướng bánh tiết kiệm điện", "decline"),
    ]
    for provider_key, need_title, outcome in pairs:
        need = TechnologyNeed.objects.filter(title=need_title, status=PostStatus.PUBLISHED).first()
        if need is None or Interest.objects.filter(need=need, from_organization=orgs[provider_key]).exists():
            continue  # (a later run that adds demo posts leaves the interests of the first one as they are)
        interest = services.interest_create(
            post=need,
            organization=orgs[provider_key],
            by=owners[provider_key],
            cooperation=Interest.Cooperation.SUPPLY,
            message="Chúng tôi có giải pháp phù hợp và đã triển khai tại nhiều cơ sở trong vùng.",
            questions="Mặt bằng lắp đặt và nguồn điện hiện có?",
            about_us=orgs[provider_key].description,
        )
        if outcome == "accept":
            services.interest_accept(interest=interest, by=owners[_owner_key(orgs, need.organization)])
        elif outcome == "decline":
            services.interest_decline(
                interest=interest,
                by=owners[_owner_key(orgs, need.organization)],
                reason=Interest.DeclineReason.PRICE,
                note="Ngân sách năm nay chưa đủ.",
            )
    offer = TechnologyOffer.objects.filter(title__startswith="Máy gọt vỏ dừa", status=PostStatus.PUBLISHED).first()
    if offer and not Interest.objects.filter(offer=offer, from_organization=orgs["cty_keo_dua"]).exists():
        services.interest_create(
            post=offer,
            organization=orgs["cty_keo_dua"],
            by=owners["cty_keo_dua"],
            cooperation=Interest.Cooperation.BUY,
            message="Xin báo giá 2 máy và thời gian lắp đặt.",
            questions="Bảo hành bao lâu?",
            about_us="Cơ sở kẹo dừa 60 lao động.",
        )


def _owner_key(orgs, organization) -> str:
    return next(k for k, o in orgs.items() if o.pk == organization.pk)
