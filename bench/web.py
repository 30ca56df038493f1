"""Browse and search pages under gunicorn on PostgreSQL, loaded by wrk, each beside a bare page run next to it.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tsx_webbench REDIS_URL=redis://127.0.0.1:6379/N \\
        .venv/bin/python bench/web.py [N]

Loads N published offers and N published needs (default 100,000 each) into a fresh database, starts gunicorn
as production runs it (production settings, cached templates, Redis cache when REDIS_URL is set), then:

- under load (`wrk -t2 -c32`, BENCH_SECONDS each, default 10): each page between two runs of the bare page
  half as long, so both sides see the same share of this machine; prints requests/s, p50/p95 latency, errors and the ratio of the
  page's requests/s to its paired bare run (the issue's goal: every search form at >= 70 %);
- one at a time: the median latency of a first, uncached search (a query string never asked before, so no
  cached fragment applies) for each search form (goal: < 50 ms at 100,000 posts).

The machine's cores are shared: read the ratios, not the absolute numbers. Needs Debian's wrk. BENCH_REUSE=1
keeps the posts of an earlier run with the same N."""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.web_settings"
if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
    sys.exit("set DATABASE_URL to a PostgreSQL database (it is dropped and re-created)")

import django

django.setup()

from django.core.management import call_command
from django.utils import timezone

from bench.data import grow_needs_to, grow_to, organizations, reset_database
from events.models import Workshop
from marketplace.models import TechnologyNeed, TechnologyOffer

LUA = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.1f %.1f %.1f %.1f %d\\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status))
end
"""
PORT = 8199
BARE = "/bench/bare/"
ACCENTED = "sấy dừa"
PLAIN = "SAY DUA"


def q(path: str, phrase: str) -> str:
    return f"{path}?{urllib.parse.urlencode({'q': phrase})}"


PAGES = [
    ("browse /offers/", "/offers/"),
    ("browse /needs/", "/needs/"),
    (f"/offers/ q={ACCENTED}", q("/offers/", ACCENTED)),
    (f"/offers/ q={PLAIN}", q("/offers/", PLAIN)),
    (f"/needs/ q={ACCENTED}", q("/needs/", ACCENTED)),
    (f"/needs/ q={PLAIN}", q("/needs/", PLAIN)),
    (f"header q={ACCENTED}", q("/search/", ACCENTED)),
    (f"header q={PLAIN}", q("/search/", PLAIN)),
    ("/organizations/", "/organizations/"),
    ("/organizations/ q=org", q("/organizations/", "org")),
    ("/workshops/", "/workshops/"),
]
SEARCHES = [(label, path) for label, path in PAGES if "q=" in label and "organizations" not in label]


def wrk(url: str, seconds: int):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA)
    out = subprocess.run(
        ["wrk", "-t2", "-c32", f"-d{seconds}s", "--timeout", "10s", "-s", script.name, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    os.unlink(script.name)
    line = next(row for row in out.splitlines() if row.startswith("RESULT"))
    _, _requests, _duration, p50, p95, _p99, rps, errors = line.split()
    return float(rps), float(p50), float(p95), int(errors)


def get(path: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=30) as response:
        response.read()
        assert response.status == 200, (path, response.status)
    return (time.perf_counter() - start) * 1000


def cold_median(path: str, repeat: int = 30) -> float:
    """A query string never asked before (an extra, ignored parameter) misses every cached fragment."""
    stamp = time.time_ns()
    return statistics.median(get(f"{path}&cold={stamp}-{i}") for i in range(repeat))


def load(n: int) -> None:
    t = time.perf_counter()
    if os.environ.get("BENCH_REUSE") and TechnologyOffer.objects.count() == n and TechnologyNeed.objects.count() == n:
        call_command("migrate", verbosity=0)  # the reused database may predate the newest migrations
        print(f"reusing the {n:,} offers and {n:,} needs already loaded")
        return
    reset_database()
    orgs = organizations()
    grow_to(n, orgs)
    grow_needs_to(n, orgs)
    workshops(30)
    print(f"loaded {n:,} offers and {n:,} needs into PostgreSQL in {time.perf_counter() - t:.0f} s")


def workshops(n: int) -> None:
    """A few years of published workshops, a few a month, past and coming."""
    now = timezone.now()
    Workshop.objects.bulk_create(
        Workshop(
            title=f"Hội thảo kết nối cung cầu công nghệ ngành dừa lần {i}",
            description="Gặp gỡ doanh nghiệp, hợp tác xã với viện, trường về máy sấy dừa, xử lý nước thải.",
            venue="Hội trường Trường Đại học Trà Vinh",
            starts_at=now + timezone.timedelta(days=20 * i - 500),
            ends_at=now + timezone.timedelta(days=20 * i - 500, hours=8),
            registration_opens_at=now + timezone.timedelta(days=20 * i - 530),
            registration_closes_at=now + timezone.timedelta(days=20 * i - 502),
            capacity=40,
            status=Workshop.Status.HELD if 20 * i < 500 else Workshop.Status.OPEN,
        )
        for i in range(n)
    )


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    seconds = int(os.environ.get("BENCH_SECONDS", "10"))
    call_command("collectstatic", "--noinput", verbosity=0)  # the manifest storage of production settings
    load(n)
    workers = str(2 * (os.cpu_count() or 1))
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "-b", f"127.0.0.1:{PORT}", "-w", workers]
        + ["--log-level", "warning"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "bench.web_settings"},
    )
    try:
        for _ in range(60):
            try:
                get(BARE)
                break
            except OSError:
                time.sleep(0.5)
        for _label, path in [("bare", BARE), *PAGES]:  # warm every worker's caches
            for _ in range(3 * int(workers)):
                get(path)
        print(f"gunicorn {workers} workers, wrk -t2 -c32 -d{seconds}s per run, {os.cpu_count()} cores (shared)")
        print(f"{'page':<28} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'err':>4} {'bare req/s':>10} {'vs bare':>8}")
        half = max(1, seconds // 2)
        for label, path in PAGES:
            # Bare, page, bare (half as long each side): a drift in what the other sessions on this machine
            # take from the cores during the three runs falls on both sides of the ratio alike.
            before, *_ = wrk(f"http://127.0.0.1:{PORT}{BARE}", half)
            rps, p50, p95, errors = wrk(f"http://127.0.0.1:{PORT}{path}", seconds)
            after, *_ = wrk(f"http://127.0.0.1:{PORT}{BARE}", half)
            bare = (before + after) / 2
            print(f"{label:<28} {rps:>7.1f} {p50:>7.1f} {p95:>7.1f} {errors:>4} {bare:>10.1f} {rps / bare:>7.0%}")
        print("first (uncached) request, one at a time, median of 30:")
        print(f"  {'bare page':<26} {statistics.median(get(f'{BARE}?cold={i}') for i in range(30)):>6.1f} ms")
        for label, path in SEARCHES:
            print(f"  {label:<26} {cold_median(path):>6.1f} ms")
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
