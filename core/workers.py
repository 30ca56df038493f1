"""Who owns a long task's record (a schedule run, an export job) and whether that owner is still alive.

A task claims its record with `worker_identity()` and reports a heartbeat while it works. A redelivered task
(after a kill -9 or a lost worker) asks `owner_gone` before waiting: the owner is gone when its heartbeat is
older than the timeout or, on the same host, when its process no longer exists, which it sees at once."""

import os
import socket
from datetime import datetime, timedelta

from django.utils import timezone

from .faults import HOOKS


def worker_identity() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def owner_gone(owner: str, heartbeat_at: datetime | None, timeout: timedelta) -> bool:
    if heartbeat_at is None or heartbeat_at < timezone.now() - timeout:
        return True
    host, _sep, pid = owner.rpartition(":")
    if HOOKS.takeover and host == socket.gethostname() and pid.isdigit():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
    return False
