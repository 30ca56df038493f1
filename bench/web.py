"""Browse/search pages under gunicorn on PostgreSQL, loaded by wrk with 32 connections, against a bare page.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tsx_webbench .venv/bin/python bench/web.py [N]

Loads N published offers (default 100,000) into a fresh database, starts gunicorn (production settings,
cached templates, 2 × cores workers) and runs `wrk -t2 -c32 -d15s` on each page in turn. Prints
requests/s, p50/p95/p99 latency, errors, and each page's requests/s as a share of the bare page's
(docs/domain.md §7 target: ≥ 70 %, p95 ≤ 250 ms, no errors). Needs Debian's wrk. BENCH_REUSE=1 keeps the
offers of an earlier run with the same N."""

import os
import shutil
import subprocess
import sys
import tempfile
import time
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

from bench.data import grow_to, organizations, reset_database
from marketplace.models import TechnologyOffer

LUA = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.1f %.1f %.1f %.1f %d\\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status))
end
"""
PORT = 8199
PAGES = [
    ("bare page (ceiling)", "/bench/bare/"),
    ("browse /offers/", "/offers/"),
    ("search q=máy sấy dừa", "/offers/?q=m%C3%A1y+s%E1%BA%A5y+d%E1%BB%ABa"),
    ("search q=SAY DUA", "/offers/?q=SAY+DUA"),
    ("filter sector+mode+TRL", "/offers/?sector=1&transfer_mode=turnkey&min_trl=7"),
    ("browse /needs/", "/needs/"),
]


def wrk(url, seconds):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA)
    out = subprocess.run(
        ["wrk", "-t2", "-c32", f"-d{seconds}s", "--timeout", "10s", "-s", script.name, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(row for row in out.splitlines() if row.startswith("RESULT"))
    _, requests, duration, p50, p95, p99, rps, errors = line.split()
    return float(rps), float(p50), float(p95), float(p99), int(errors)


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    seconds = int(os.environ.get("BENCH_SECONDS", "15"))
    t = time.perf_counter()
    call_command("collectstatic", "--noinput", verbosity=0)  # the manifest storage of production settings
    if os.environ.get("BENCH_REUSE") and TechnologyOffer.objects.count() == n:
        print(f"reusing the {n:,} offers already loaded")
    else:
        reset_database()
        grow_to(n, organizations())
        print(f"loaded {n:,} offers into PostgreSQL in {time.perf_counter() - t:.0f} s")
    workers = str(2 * (os.cpu_count() or 1))
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "-b",
            f"127.0.0.1:{PORT}",
            "-w",
            workers,
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "bench.web_settings"},
    )
    try:
        for _ in range(60):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/bench/bare/", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        for _label, path in PAGES:  # warm every worker's caches
            for _ in range(20):
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=30).read()
        print(f"gunicorn {workers} workers, wrk -t2 -c32 -d{seconds}s, {os.cpu_count()} cores")
        print(f"{'page':<26} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7} {'vs bare':>8}")
        bare = None
        for label, path in PAGES:
            rps, p50, p95, p99, errors = wrk(f"http://127.0.0.1:{PORT}{path}", seconds)
            bare = bare or rps
            print(f"{label:<26} {rps:>8.1f} {p50:>8.1f} {p95:>8.1f} {p99:>8.1f} {errors:>7} {rps / bare:>7.0%}")
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
