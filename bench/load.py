"""Load test: 50 users browsing, searching, posting needs, registering for a workshop and calling the API, for
2 minutes, against gunicorn on PostgreSQL with the demo data and a real Celery worker. Twice: once as is, once
with the worker killed (SIGKILL) and restarted half-way. Prints p95, errors, and whether every follow-up task
(outbox message, notification e-mail) was done afterwards: none may be lost.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tsx_load REDIS_URL=redis://127.0.0.1:6379/14 \\
        .venv/bin/python bench/load.py [--users 50] [--seconds 120]

Loopback only (127.0.0.1), bounded in users and time. The database is dropped and re-created. Needs locust
(`pip install -r requirements-bench.txt`), kept out of the test requirements."""

import argparse
import csv
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.load_settings"
if not os.environ.get("DATABASE_URL", "").startswith("postgres") or not os.environ.get("REDIS_URL"):
    sys.exit("set DATABASE_URL (PostgreSQL; dropped and re-created) and REDIS_URL")
PORT = 8299
PY = sys.executable


def reset_database():
    import psycopg

    url = os.environ["DATABASE_URL"]
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')


def run(*args, **kw):
    return subprocess.run([PY, "manage.py", *args], cwd=ROOT, check=True, **kw)


def tax_code(n: int) -> str:
    from stdnum.vn import mst

    base = 700000000 + n * 7
    while True:
        for check in range(10):
            if mst.is_valid(candidate := f"{base:09d}{check}"):
                return candidate
        base += 1


def prepare(users: int) -> dict:
    """Demo data, then one verified enterprise per simulated user, with a session and an API token."""
    import django

    django.setup()
    from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.cached_db import SessionStore
    from django.utils import timezone

    from api.services import token_get_or_create
    from events.models import Workshop
    from marketplace.models import Membership, Organization, PostStatus, Sector, TechnologyOffer

    accounts = []
    for i in range(users):
        user = get_user_model().objects.create_user(f"load{i}", f"load{i}@example.vn", "load-pass-123")
        org = Organization.objects.create(
            name=f"Doanh nghiệp tải {i}",
            kind="enterprise",
            org_type="sme",
            size="small",
            tax_code=tax_code(900000 + i),
            verified_at=timezone.now(),
        )
        Membership.objects.create(user=user, organization=org, role="owner")
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        accounts.append(
            {"session": session.session_key, "token": token_get_or_create(user=user).key, "organization": org.pk}
        )
    workshop = Workshop.objects.filter(status="open").order_by("starts_at").first()
    workshop.capacity = 10_000
    workshop.save(update_fields=["capacity"])
    return {
        "users": accounts,
        "offers": list(TechnologyOffer.objects.filter(status=PostStatus.PUBLISHED).values_list("pk", flat=True)),
        "workshop": workshop.pk,
        "sector": Sector.objects.order_by("pk").values_list("pk", flat=True).first(),
    }


def start_worker(name: str):
    return subprocess.Popen(
        [
            PY,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "-Q",
            "default,matching,scheduling",
            "-c",
            "2",
            "-l",
            "WARNING",
            "-n",
            f"{name}@%h",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.load_settings",
            "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def kill_tree(proc):
    try:
        children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(proc.pid)], capture_output=True, text=True)
        for pid in children.stdout.split():
            os.kill(int(pid), signal.SIGKILL)
        proc.kill()
    except ProcessLookupError:
        pass
    proc.wait()


def locust(users: int, seconds: int, accounts_file: str, prefix: str, on_half=None):
    cmd = [
        PY,
        "-m",
        "locust",
        "-f",
        str(ROOT / "bench/load_locustfile.py"),
        "--headless",
        "-u",
        str(users),
        "-r",
        str(max(1, users // 5)),
        "-t",
        f"{seconds}s",
        "-H",
        f"http://127.0.0.1:{PORT}",
        "--csv",
        prefix,
        "--only-summary",
        "--stop-timeout",
        "10",
    ]
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        env={**os.environ, "LOAD_ACCOUNTS": accounts_file},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if on_half:
        time.sleep(seconds / 2)
        on_half()
    proc.wait(timeout=seconds + 120)
    with open(f"{prefix}_stats.csv") as f:
        total = next(r for r in csv.DictReader(f) if r["Name"] == "Aggregated")
    return int(total["Request Count"]), int(total["Failure Count"]), float(total["95%"]), float(total["Requests/s"])


def drained(timeout=180) -> tuple[int, int]:
    """Run the relay as beat would until nothing is pending; returns (outbox pending, notifications not e-mailed)."""
    from core.models import Notification, OutboxMessage
    from core.outbox import outbox_relay

    deadline = time.time() + timeout
    while time.time() < deadline:
        pending = OutboxMessage.objects.filter(done_at=None).count()
        if not pending:
            break
        OutboxMessage.objects.filter(done_at=None, sent_at=None).update(created_at="2000-01-01T00:00Z")
        outbox_relay()
        time.sleep(3)
    unsent = Notification.objects.filter(emailed_at=None).exclude(user__email="").count()
    return OutboxMessage.objects.filter(done_at=None).count(), unsent


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=120)
    args = parser.parse_args()
    assert args.users <= 200 and args.seconds <= 600, "bounded: at most 200 users for 10 minutes"

    t = time.time()
    reset_database()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.load_settings"}
    run("migrate", "--noinput", env=env, stdout=subprocess.DEVNULL)
    run("collectstatic", "--noinput", env=env, stdout=subprocess.DEVNULL)
    run("seed_demo", env=env, stdout=subprocess.DEVNULL)
    accounts = prepare(args.users)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as accounts_file:
        json.dump(accounts, accounts_file)
    print(f"demo data and {args.users} accounts ready in {time.time() - t:.0f} s")

    server = subprocess.Popen(
        [
            PY,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "-b",
            f"127.0.0.1:{PORT}",
            "-w",
            "4",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    worker = start_worker("load-a")
    try:
        for _ in range(60):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        out = tempfile.mkdtemp(prefix="tsx-load-")
        print(f"{'run':<28} {'requests':>9} {'errors':>7} {'req/s':>7} {'p95 ms':>7} {'outbox left':>11} {'unsent':>7}")
        n, failures, p95, rps = locust(args.users, args.seconds, accounts_file.name, f"{out}/steady")
        left, unsent = drained()
        print(f"{'steady':<28} {n:>9} {failures:>7} {rps:>7.1f} {p95:>7.0f} {left:>11} {unsent:>7}")

        state = {"worker": worker}

        def restart():
            kill_tree(state["worker"])  # SIGKILL: acknowledged-late tasks go back to the queue
            state["worker"] = start_worker("load-b")

        n, failures, p95, rps = locust(args.users, args.seconds, accounts_file.name, f"{out}/restart", restart)
        worker = state["worker"]
        left, unsent = drained()
        print(
            f"{'worker killed and restarted':<28} {n:>9} {failures:>7} {rps:>7.1f} {p95:>7.0f} {left:>11} {unsent:>7}"
        )
        print(f"locust CSV files in {out}")
    finally:
        kill_tree(worker)
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
