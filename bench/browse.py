"""Browse/search page speed over N demo-sized posts, through Django's test client.

    .venv/bin/python bench/browse.py            # SQLite file in /tmp (the embedded default)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tsx_bench .venv/bin/python bench/browse.py

Prints, for N = 1,000 and 10,000 published offers: median and p95 milliseconds of a search request
(`/offers/?q=...`), of the plain browse page, and of a filtered page, plus the number of SQL queries
per request. The baseline in the same run is the plain first page (no search)."""

import os
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

from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench.data import grow_to, organizations, reset_database  # noqa: E402
from marketplace.models import Sector  # noqa: E402

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
    orgs = organizations()
    sectors = list(Sector.objects.all())
    client = Client()
    print(f"database: {connection.vendor}")
    print(f"{'N':>7} {'page':<34} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'vs plain':>9}")
    for n in (1_000, 10_000):
        grow_to(n, orgs)
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
