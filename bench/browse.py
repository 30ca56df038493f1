"""Browse/search page speed over N demo-sized posts, through Django's test client.

    .venv/bin/python bench/browse.py            # SQLite file in /tmp (the embedded default)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tsx_bench .venv/bin/python bench/browse.py

Prints, for N = 1,000 and 10,000 published offers: median and p95 milliseconds of a search request
(`/offers/?q=...`), of the plain browse page, and of a filtered page with the page cache emptied before
each request (cold), the number of SQL queries of a cold request, and the median of the same request
repeated (warm: served from the cached fragments). The baseline is the plain first page (no search)."""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/tsx_bench_browse.sqlite3")

import django

django.setup()

from django.core.cache import cache
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.data import grow_to, organizations, reset_database
from marketplace.models import Sector


def measure(client, url, repeat):
    """Cold: the page cache emptied before each request (the first visitor after a change); warm: repeated."""
    cold, warm = [], []
    client.get(url)
    for _ in range(repeat):
        cache.clear()
        t = time.perf_counter()
        response = client.get(url)
        cold.append((time.perf_counter() - t) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        t = time.perf_counter()
        client.get(url)
        warm.append((time.perf_counter() - t) * 1000)
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    cold.sort()
    return (
        statistics.median(cold),
        cold[int(0.95 * (len(cold) - 1))],
        len(ctx.captured_queries),
        statistics.median(warm),
    )


def main():
    reset_database()
    orgs = organizations()
    sectors = list(Sector.objects.all())
    client = Client()
    print(f"database: {connection.vendor}")
    print(
        f"{'N':>7} {'page':<34} {'cold median':>12} {'cold p95':>9} {'queries':>8} {'vs plain':>9} {'warm median':>12}"
    )
    for n in (1_000, 10_000):
        grow_to(n, orgs)
        reset_queries()
        plain = measure(client, "/offers/", 30)
        rows = [("plain browse /offers/ (baseline)", plain)]
        rows.append(("search q=máy sấy dừa", measure(client, "/offers/?q=m%C3%A1y+s%E1%BA%A5y+d%E1%BB%ABa", 30)))
        rows.append(("search q=SAY DUA (no accents)", measure(client, "/offers/?q=SAY+DUA", 30)))
        rows.append(
            (
                "filter sector + mode + TRL",
                measure(client, f"/offers/?sector={sectors[0].pk}&transfer_mode=turnkey&min_trl=7", 30),
            )
        )
        rows.append(("search, page 5", measure(client, "/offers/?q=nuoc+thai&page=5", 30)))
        for label, (median, p95, queries, warm) in rows:
            print(
                f"{n:>7} {label:<34} {median:>10.1f}ms {p95:>7.1f}ms {queries:>8} {median / plain[0]:>8.2f}x"
                f" {warm:>10.1f}ms"
            )


if __name__ == "__main__":
    main()
