"""A small named world: an enterprise, a provider, an outsider organisation, a staff member;
plus a real Celery worker for tests marked `worker` and a PostgreSQL guard for `postgres` tests."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection, connections

from marketplace.models import Organization

from .factories import MembershipFactory, OrganizationFactory, StaffFactory, UserFactory

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


# Tests that take seconds each (browser journeys, the page crawl, fuzzing, exact-optimum checks) are
# `slow`: `make test` leaves them out so it can run before every commit; `make test-all` and CI run them.
SLOW_KEYWORDS = ("e2e", "slow")
SLOW_MODULES = ("test_crawl.py", "test_fuzz.py", "test_fuzz_and_notices.py")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if any(k in item.keywords for k in SLOW_KEYWORDS) or item.path.name in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
        if "postgres" in item.keywords and not os.environ.get("DATABASE_URL", "").startswith("postgres"):
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL (DATABASE_URL); runs in .ci/run"))
        if "worker" in item.keywords and not os.environ.get("REDIS_URL"):
            item.add_marker(pytest.mark.skip(reason="needs Redis (REDIS_URL) and a real worker; runs in .ci/run"))
        if "e2e" in item.keywords and not CHROMIUM:
            item.add_marker(pytest.mark.skip(reason="Debian's chromium is not installed (apt-get install chromium)"))
    # A test of minutes (`runs_long`) goes first: xdist hands out tests in this order, and one started last would
    # keep the whole run waiting on it alone (the relearn test of tests/matching/test_rerank.py: 7 minutes).
    items.sort(key=lambda item: "runs_long" not in item.keywords)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached page fragments and counters must not leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _locmem_email(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def browser(monkeypatch):
    """Debian's chromium, driven by Playwright's sync API, for the tests marked `e2e`."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls made by tests and fixtures are
    # still plain synchronous calls, so Django's async guard does not apply to them.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()
        # ORM calls made while Playwright runs get a connection of their own, in Playwright's context: closed
        # here, in that context; left open, PostgreSQL cannot drop the test database at the end of the run.
        connections.close_all()


@pytest.fixture
def staff(db):
    return StaffFactory(username="canbo")


@pytest.fixture
def enterprise_user(db):
    return UserFactory(username="doanhnghiep")


@pytest.fixture
def enterprise(enterprise_user):
    org = OrganizationFactory(name="HTX Dừa Xanh", kind=Organization.Kind.ENTERPRISE)
    MembershipFactory(user=enterprise_user, organization=org)
    return org


@pytest.fixture
def provider_user(db):
    return UserFactory(username="vienkhcn")


@pytest.fixture
def provider(provider_user):
    org = OrganizationFactory(
        name="Viện Cơ điện Nông nghiệp", kind=Organization.Kind.PROVIDER, org_type=Organization.OrgType.INSTITUTE
    )
    MembershipFactory(user=provider_user, organization=org)
    return org


@pytest.fixture
def outsider_user(db):
    return UserFactory(username="nguoingoai")


@pytest.fixture
def outsider(outsider_user):
    org = OrganizationFactory(name="Công ty Ngoài Cuộc", kind=Organization.Kind.BOTH)
    MembershipFactory(user=outsider_user, organization=org)
    return org


@pytest.fixture
def client_for(client):
    """client_for(user) -> a test client logged in as that user (None: anonymous)."""
    from django.test import Client

    def make(user):
        c = Client()
        if user is not None:
            c.force_login(user)
        return c

    return make


def start_celery_worker(*, env_overrides: dict | None = None, pool: str = "solo", concurrency: int = 1):
    """Start a real `celery worker` process against this test's database; returns the Popen once it answers."""
    from config.celery import app

    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        if connection.vendor == "postgresql"
        else f"sqlite:///{db['NAME']}",
        "DB_CONN_MAX_AGE": "0",
        # Not the console: the worker's output is a pipe nobody reads once it has started, and a few dozen
        # HTML e-mails fill it, after which the worker blocks on its next write (the scheduler fault tests hung).
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        **(env_overrides or {}),
    }
    queue_names = "default,matching,scheduling"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "-Q",
            queue_names,
            "-c",
            str(concurrency),
            "-P",
            pool,
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "-l",
            "WARNING",
            "-n",
            f"test-{os.getpid()}-{time.monotonic_ns()}@%h",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    app.conf.task_always_eager = False
    # A task run in-process earlier in this test process leaves Celery believing it is inside a task,
    # which forbids result.get(); this test process is a client of the worker, never a task.
    from celery.result import _set_task_join_will_block

    _set_task_join_will_block(False)
    app.connection_for_write().ensure_connection(max_retries=3)
    deadline = time.time() + 60
    while time.time() < deadline:
        if app.control.ping(timeout=1.0):
            break
        if proc.poll() is not None:
            raise RuntimeError(proc.stdout.read().decode())
    else:
        proc.kill()
        raise RuntimeError("the Celery worker did not start in 60 s")
    return proc


def stop_celery_worker(proc) -> None:
    from config.celery import app

    app.conf.task_always_eager = True
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture
def celery_worker_process(transactional_db):
    """A real `celery worker` process against Redis and this test's database; tasks go through the broker."""
    from config.celery import app

    # Drop anything an earlier run left on the queues before the worker starts taking from them.
    app.conf.task_always_eager = False
    app.connection_for_write().ensure_connection(max_retries=3)
    app.control.purge()
    proc = start_celery_worker()
    yield proc
    stop_celery_worker(proc)


def wait_for(predicate, timeout=30.0, interval=0.2):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False
