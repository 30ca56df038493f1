"""A hook for fault-injection tests (as pretix widens race windows): with FAULT_PAUSE_AT naming a point, the
first process to reach it writes FAULT_PAUSE_FILE and sleeps, so that a test can kill that worker right there.
Empty in production (config.settings.production refuses it), where fault_point() costs one comparison."""

import os
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings


def fault_point(name: str) -> None:
    if not settings.FAULT_PAUSE_AT or name != settings.FAULT_PAUSE_AT:
        return
    marker = Path(settings.FAULT_PAUSE_FILE)
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return  # paused once already: a redelivered task runs straight through
    with os.fdopen(fd, "w") as out:
        out.write(str(os.getpid()))
    time.sleep(settings.FAULT_PAUSE_SECONDS)


@dataclass
class FaultHooks:
    """Test-only switches for the negative controls of the fault tests (as core.race.RaceHooks for the race
    tests): each turns one fix off, so a test can show that the fault it guards against is real. Production
    code never changes them."""

    outbox: bool = True  # record follow-up work in the outbox (off: publish straight after the commit)
    takeover: bool = True  # see a dead worker by its process id at once (off: only by a silent heartbeat)
    throttle_fallback: bool = True  # throttle per process while the shared cache is down (off: let all through)


HOOKS = FaultHooks()
