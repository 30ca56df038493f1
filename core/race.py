"""Test-only switches for the race tests (pretix-style), one mechanism for every service that guards
money or capacity: a test turns a row lock or a database counter off to show, in a negative control,
that the race it prevents is real, and widens the window between the check and the write.

Production code never changes these; each guarded service module holds its own `RACE = RaceHooks()`.
"""

import time
from dataclasses import dataclass


@dataclass
class RaceHooks:
    lock: bool = True  # take the row lock (select_for_update) before checking
    counters: bool = True  # keep the running totals that the database constraints check
    pause: float = 0.0  # seconds to sleep between the check and the write

    def widen(self) -> None:
        if self.pause:
            time.sleep(self.pause)
