"""The exact optimum by OR-Tools CP-SAT, to check the heuristics on small instances (tests, bench)."""

from __future__ import annotations

from collections import defaultdict

from .model import _prepare

# ------------------------------------------------------------------------------------------------
# The exact optimum, for checking (small instances only)


def solve_exact(
    participants, slots, tables, requests, availability=None, pinned=None, *, time_limit: float = 30.0
) -> tuple[int, bool]:
    """(most meetings any schedule can hold, proven optimal?) by OR-Tools CP-SAT."""
    from ortools.sat.python import cp_model

    prep = _prepare(participants, slots, tables, requests, availability, pinned)
    model = cp_model.CpModel()
    pinned_busy = set()
    load = [0] * prep.k
    for u, v, s, *_ in prep.pinned:
        pinned_busy.update({(u, s), (v, s)})
        load[s] += 1
    x = {}
    for e, (u, v) in enumerate(prep.edges):
        common = prep.avail[u] & prep.avail[v]
        for s in range(prep.k):
            if common >> s & 1 and (u, s) not in pinned_busy and (v, s) not in pinned_busy:
                x[e, s] = model.new_bool_var(f"x{e}_{s}")
    by_edge, by_person_slot, by_slot = defaultdict(list), defaultdict(list), defaultdict(list)
    for (e, s), var in x.items():
        u, v = prep.edges[e]
        by_edge[e].append(var)
        by_person_slot[u, s].append(var)
        by_person_slot[v, s].append(var)
        by_slot[s].append(var)
    for group in list(by_edge.values()) + list(by_person_slot.values()):
        model.add(sum(group) <= 1)
    for s, group in by_slot.items():
        model.add(sum(group) <= prep.tables - load[s])
    model.maximize(sum(x.values()))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 2
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return len(prep.pinned), False
    return len(prep.pinned) + int(round(solver.objective_value)), status == cp_model.OPTIMAL
