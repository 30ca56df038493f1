"""/healthz: each dependency checked with a short timeout, as JSON, for the load balancer and monitoring.

The web tier can serve pages without Redis or workers (sessions are in the database, follow-up work waits in
the outbox), so only a database failure answers 503; `?strict=1` answers 503 when anything is wrong, for
monitoring. Errors are reported by class name only: the endpoint is public."""

import time
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def _timed(check) -> dict:
    started = time.monotonic()
    try:
        detail = check()
        result: dict = {"ok": True}
        if detail is not None:
            result.update(detail)
    except Exception as exc:  # a health check reports every failure rather than raising it
        result = {"ok": False, "error": type(exc).__name__}
    result["ms"] = round((time.monotonic() - started) * 1000, 1)
    return result


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    key, value = f"healthz:{uuid.uuid4().hex}", "1"
    cache.set(key, value, 10)
    if cache.get(key) != value:
        raise ConnectionError("the cache did not keep a value")
    cache.delete(key)


def check_broker():
    from celery import current_app as app  # the project's app (config.celery), without importing config

    if app.conf.task_always_eager:
        return {"mode": "in-process"}
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=0, timeout=1)
    return None


def check_workers():
    from celery import current_app as app  # the project's app (config.celery), without importing config

    if app.conf.task_always_eager:
        return {"mode": "in-process"}
    replies = app.control.ping(timeout=0.5)
    if not replies:
        raise LookupError("no worker answered")
    return {"count": len(replies)}


@never_cache
@require_GET
def healthz(request):
    checks = {
        "database": _timed(check_database),
        "cache": _timed(check_cache),
        "broker": _timed(check_broker),
    }
    # Workers are asked only through a reachable broker; otherwise they cannot be reached either.
    checks["workers"] = _timed(check_workers) if checks["broker"]["ok"] else {"ok": False, "error": "BrokerDown"}
    failing = [name for name, result in checks.items() if not result["ok"]]
    status = "down" if "database" in failing else ("degraded" if failing else "ok")
    strict = request.GET.get("strict") in ("1", "true", "yes")
    code = 503 if status == "down" or (strict and failing) else 200
    return JsonResponse({"status": status, "checks": checks}, status=code)
