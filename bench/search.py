"""Header search speed (`/search/?q=`, needs + offers + organisations + workshops) over N published offers and
N published needs, through Django's test client, beside the plain first page of the offer list measured in the
same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tsx_bench_search .venv/bin/python bench/search.py [N]

Prints the median and p95 milliseconds of cold requests (page cache emptied before each) and the number of
SQL queries, for an accented query, the same query without accents, and the bare list page."""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/tsx_bench_search.sqlite3")

import django

django.setup()

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.data import grow_needs_to, grow_to, organizations, reset_database


def cold(client, url, repeat=30):
    client.get(url)
    times = []
    for _ in range(repeat):
        cache.clear()
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], len(ctx.captured_queries)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    reset_database()
    started = time.perf_counter()
    orgs = organizations()
    grow_to(n, orgs)
    grow_needs_to(n, orgs)
    print(f"{connection.vendor}, {n} published offers and {n} needs loaded in {time.perf_counter() - started:.0f} s")
    client = Client()
    for label, url in (
        ("search 'sấy dừa'", "/search/?q=s%E1%BA%A5y+d%E1%BB%ABa"),
        ("search 'SAY DUA'", "/search/?q=SAY+DUA"),
        ("search 'nuoc thai'", "/search/?q=nuoc+thai"),
        ("bare /offers/", "/offers/"),
    ):
        median, p95, queries = cold(client, url)
        print(f"{label:22} median {median:6.1f} ms  p95 {p95:6.1f} ms  {queries} queries")


if __name__ == "__main__":
    main()
