"""What the race tests on PostgreSQL share (docs/architecture.md, "Concurrency").

A race test opens one connection per racing thread. CI's PostgreSQL has 100 connections for everything
that runs at the same moment (both xdist workers, a Celery worker, whatever else the machine runs), so a
racer first takes its connection, waiting while the server has no free slot, and only then goes to the
starting line: a refused connection is the machine's state, not an outcome of the race under test.
"""

import time

from django.db import OperationalError, connection


def connect(timeout: float = 30.0) -> None:
    """Open this thread's connection, retrying while PostgreSQL answers "too many clients"."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            connection.ensure_connection()
            return
        except OperationalError as exc:
            if "too many clients" not in str(exc) or time.monotonic() > deadline:
                raise
            connection.close()
            time.sleep(0.1)
