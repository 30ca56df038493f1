"""The B2B meeting scheduler: pure code, no ORM.

Given participants, slots, a number of tables, meeting requests (pairs), each participant's available
slots and meetings pinned in advance, it places as many requests as possible so that no participant and
no table has two meetings in one slot, reports an upper bound on what any schedule could place and gives
a reason for every request left out.

Two methods:

* ``konig``: when the request graph is bipartite (seekers ↔ providers), no participant has availability
  limits, nothing is pinned and every participant has at most as many requests as there are slots, the
  requests are edge-coloured with |slots| colours by alternating-path recolouring (König: a bipartite
  multigraph of maximum degree Δ has a proper Δ-edge-colouring), then the colour classes are balanced by
  swapping colours along alternating paths until each slot needs at most ``tables`` tables or every slot
  uses all of them (de Werra: the colouring can be made equitable). That places exactly
  min(requests, slots × tables), which is also the upper bound: optimal.
* ``search``: everything else (providers meeting providers, availability limits, pinned meetings). A
  most-constrained-first insertion, then two-slot Kempe-chain repairs, then tabu search over partial
  schedules (a waiting request goes in, the meetings in its way go back to the waiting list, recent
  moves are tabu) with randomised restarts, until the bound or the time limit is reached.
  ``solve_exact`` (OR-Tools CP-SAT) gives the optimum of small instances to compare with.

Slots are given in order; tables are numbered 1..tables.

Modules: ``model`` (result types, reason codes, preparation, upper bound), ``konig`` (bipartite case),
``search`` (general case and the greedy baseline), ``solver`` (``solve``, ``solve_instance``), ``exact``
(CP-SAT check), ``instances`` (``check``, ``random_instance`` for tests and benchmarks).
"""

from .exact import solve_exact
from .instances import check, random_instance
from .model import REASONS, InstanceError, Meeting, Result, Unscheduled, upper_bound
from .solver import solve, solve_instance

__all__ = [
    "REASONS",
    "InstanceError",
    "Meeting",
    "Result",
    "Unscheduled",
    "check",
    "random_instance",
    "solve",
    "solve_exact",
    "solve_instance",
    "upper_bound",
]
