"""Shared by the benchmark scripts: a fresh database and N demo-sized published offers (and needs), loaded in
bulk."""

import random
from pathlib import Path

from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from marketplace.demo_data import NEEDS, OFFERS
from marketplace.models import Organization, Sector, TechnologyNeed, TechnologyOffer

WORDS = [
    "máy",
    "sấy",
    "dừa",
    "lạnh",
    "bơm",
    "nhiệt",
    "nước",
    "thải",
    "tôm",
    "cá",
    "lúa",
    "gạo",
    "bưởi",
    "sầu",
    "riêng",
    "chế",
    "phẩm",
    "vi",
    "sinh",
    "năng",
    "lượng",
    "mặt",
    "trời",
    "lò",
    "hơi",
    "sinh",
    "khối",
    "truy",
    "xuất",
    "nguồn",
    "gốc",
    "cảm",
    "biến",
    "oxy",
    "kho",
    "lạnh",
    "bảo",
    "quản",
    "ép",
    "viên",
    "xơ",
    "mụn",
    "giá",
    "thể",
    "phân",
    "hữu",
    "cơ",
]


def reset_database():
    if connection.vendor == "sqlite":
        path = Path(connection.settings_dict["NAME"])
        connection.close()
        path.unlink(missing_ok=True)
    else:
        import psycopg

        settings_dict = connection.settings_dict
        connection.close()
        admin = psycopg.connect(
            host=settings_dict["HOST"],
            port=settings_dict["PORT"],
            user=settings_dict["USER"],
            password=settings_dict["PASSWORD"] or None,
            dbname="postgres",
            autocommit=True,
        )
        admin.execute(f'DROP DATABASE IF EXISTS "{settings_dict["NAME"]}"')
        admin.execute(f'CREATE DATABASE "{settings_dict["NAME"]}"')
        admin.close()
    call_command("migrate", verbosity=0)


def organizations(n=50):
    return [
        Organization.objects.create(
            name=f"Org {i}",
            kind="provider",
            tax_code=f"03{i:08d}",
            org_type="sme",
            province="Trà Vinh",
            contact_name="A",
            contact_phone="1",
            contact_email="a@b.vn",
            verified_at=timezone.now(),
        )
        for i in range(n)
    ]


def grow_to(n: int, orgs) -> None:
    """Add published offers until there are n, each with one sector; refresh planner statistics."""
    _grow(TechnologyOffer, n, orgs, _offer)
    _analyze()


def grow_needs_to(n: int, orgs) -> None:
    """Add published needs until there are n, each with one sector, drawn from the demo needs like the offers."""
    _grow(TechnologyNeed, n, orgs, _need)
    _analyze()


def _offer(i: int, rng: random.Random, org, now) -> TechnologyOffer:
    template = OFFERS[i % len(OFFERS)]
    title = f"{template[1]} {' '.join(rng.sample(WORDS, 2))} #{i}"[:200]
    offer = TechnologyOffer(
        organization=org,
        title=title,
        summary=template[2],
        description=" ".join(rng.choices(WORDS, k=60)),
        keywords=template[10],
        trl=template[4],
        ip_status=template[5],
        transfer_modes=template[6],
        price_min=template[7],
        price_max=template[8],
    )
    return offer


def _need(i: int, rng: random.Random, org, now) -> TechnologyNeed:
    template = NEEDS[i % len(NEEDS)]
    return TechnologyNeed(
        organization=org,
        title=f"{template[1]} {' '.join(rng.sample(WORDS, 2))} #{i}"[:200],
        summary=template[2],
        problem=template[3],
        description=" ".join(rng.choices(WORDS, k=60)),
        keywords=template[10],
        min_trl=template[5],
        budget_min=template[6],
        budget_max=template[7],
        transfer_modes=template[8],
    )


def _grow(model, n: int, orgs, make) -> None:
    sectors = list(Sector.objects.all())
    have = model.objects.count()
    rng = random.Random(have)
    now = timezone.now()
    through = model.sectors.through
    column = f"{model._meta.model_name}_id"
    for start in range(have, n, 5000):
        batch = []
        for i in range(start, min(n, start + 5000)):
            post = make(i, rng, orgs[i % len(orgs)], now)
            post.status = "published"
            post.published_at = now - timezone.timedelta(minutes=i)
            post.expires_at = now + timezone.timedelta(days=365)
            post.refresh_search_text()
            batch.append(post)
        created = model.objects.bulk_create(batch)
        ids = (
            [o.pk for o in created]
            if created and created[0].pk
            else list(model.objects.filter(sectors=None).values_list("id", flat=True))
        )
        through.objects.bulk_create(
            [through(**{column: pk, "sector_id": sectors[pk % len(sectors)].pk}) for pk in ids], batch_size=5000
        )


def _analyze() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
