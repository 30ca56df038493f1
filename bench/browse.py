"""Browse/search page speed over N demo-sized posts, through Django's test client.

    .venv/bin/python bench/browse.py            # SQLite file in /tmp (the embedded default)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tsx_bench .venv/bin/python bench/browse.py

Prints, for N = 1,000 and 10,000 published offers: median and p95 milliseconds of a search request
(`/offers/?q=...`), of the plain browse page, and of a filtered page, plus the number of SQL queries
per request. The baseline in the same run is the plain first page (no search)."""

import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/tsx_bench_browse.sqlite3")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from marketplace.demo_data import OFFERS  # noqa: E402
from marketplace.models import Organization, Sector, TechnologyOffer  # noqa: E402
from matching.text import search_document  # noqa: E402

WORDS = ("máy sấy dừa lạnh bơm nhiệt nước thải tôm cá lúa gạo bưởi sầu riêng chế phẩm vi sinh năng lượng mặt trời "
         "lò hơi sinh khối truy xuất nguồn gốc cảm biến oxy kho lạnh bảo quản ép viên xơ mụn giá thể phân hữu cơ").split()


def reset_database():
    if connection.vendor == "sqlite":
        path = Path(connection.settings_dict["NAME"])
        connection.close()
        path.unlink(missing_ok=True)
    else:
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    call_command("migrate", verbosity=0)


def grow_to(n: int, orgs, sectors):
    have = TechnologyOffer.objects.count()
    rng = random.Random(have)
    batch, now = [], timezone.now()
    for i in range(have, n):
        template = OFFERS[i % len(OFFERS)]
        title = f"{template[1]} {' '.join(rng.sample(WORDS, 2))} #{i}"
        summary = template[2]
        description = " ".join(rng.choices(WORDS, k=60))
        offer = TechnologyOffer(
            organization=orgs[i % len(orgs)], title=title[:200], summary=summary, description=description,
            keywords=template[10], trl=template[4], ip_status=template[5], transfer_modes=template[6],
            price_min=template[7], price_max=template[8], status="published",
            published_at=now - timezone.timedelta(minutes=i), expires_at=now + timezone.timedelta(days=365),
        )
        offer.search_text = search_document(title, summary, description, template[10])
        batch.append(offer)
    TechnologyOffer.objects.bulk_create(batch, batch_size=1000)
    through = TechnologyOffer.sectors.through
    new_ids = TechnologyOffer.objects.filter(sectors=None).values_list("id", flat=True)
    through.objects.bulk_create(
        [through(technologyoffer_id=pk, sector_id=sectors[pk % len(sectors)].pk) for pk in new_ids], batch_size=5000
    )


def measure(client, url, repeat):
    times = []
    client.get(url)  # warm
    for _ in range(repeat):
        t = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - t) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], len(ctx.captured_queries)


def main():
    reset_database()
    orgs = [Organization.objects.create(name=f"Org {i}", kind="provider", tax_code=f"03{i:08d}", org_type="sme",
                                        province="Bến Tre", contact_name="A", contact_phone="1",
                                        contact_email="a@b.vn", verified_at=timezone.now()) for i in range(50)]
    sectors = list(Sector.objects.all())
    client = Client()
    print(f"database: {connection.vendor}")
    print(f"{'N':>7} {'page':<34} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'vs plain':>9}")
    for n in (1_000, 10_000):
        grow_to(n, orgs, sectors)
        reset_queries()
        plain = measure(client, "/offers/", 30)
        rows = [("plain browse /offers/ (baseline)", plain)]
        rows.append(("search q=máy sấy dừa", measure(client, "/offers/?q=m%C3%A1y+s%E1%BA%A5y+d%E1%BB%ABa", 30)))
        rows.append(("search q=SAY DUA (no accents)", measure(client, "/offers/?q=SAY+DUA", 30)))
        rows.append(("filter sector + mode + TRL", measure(client, f"/offers/?sector={sectors[0].pk}&transfer_mode=turnkey&min_trl=7", 30)))
        rows.append(("search, page 5", measure(client, "/offers/?q=nuoc+thai&page=5", 30)))
        for label, (median, p95, queries) in rows:
            print(f"{n:>7} {label:<34} {median:>10.1f} {p95:>8.1f} {queries:>8} {median / plain[0]:>8.2f}x")


if __name__ == "__main__":
    main()
