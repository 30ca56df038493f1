"""Putting it together: choose the method, place the meetings at tables, explain every request left out."""

from __future__ import annotations

import time
from collections import defaultdict

from .konig import _solve_konig
from .model import InstanceError, Meeting, Result, Unscheduled, _bipartition, _prepare, _Prepared, upper_bound
from .search import _greedy, _search

# ------------------------------------------------------------------------------------------------
# Putting it together


def _assign_tables(prep: _Prepared, slot_of: list[int]):
    used = defaultdict(set)
    for _u, _v, s, t, *_ in prep.pinned:
        if t is not None:
            used[s].add(t)
    meetings = []
    for u, v, s, t, r, j in prep.pinned:
        if t is None:
            t = next(x for x in range(1, prep.tables + 1) if x not in used[s])
            used[s].add(t)
        meetings.append(Meeting(prep.names[u], prep.names[v], prep.slot_names[s], t, request=r, pinned=j))
    for e, s in enumerate(slot_of):
        if s < 0:
            continue
        u, v = prep.edges[e]
        t = next(x for x in range(1, prep.tables + 1) if x not in used[s])
        used[s].add(t)
        meetings.append(Meeting(prep.names[u], prep.names[v], prep.slot_names[s], t, request=prep.edge_request[e]))
    order = {s: i for i, s in enumerate(prep.slot_names)}
    meetings.sort(key=lambda m: (order[m.slot], m.table))
    return meetings


def _occupancy(prep: _Prepared, slot_of: list[int]) -> tuple[list[int], list[int]]:
    """(busy slots bitmask per participant, meetings per slot) of a finished schedule."""
    busy = [0] * prep.n
    load = [0] * prep.k
    for pu, pv, s, *_ in prep.pinned:
        busy[pu] |= 1 << s
        busy[pv] |= 1 << s
        load[s] += 1
    for f, s in enumerate(slot_of):
        if s >= 0:
            fu, fv = prep.edges[f]
            busy[fu] |= 1 << s
            busy[fv] |= 1 << s
            load[s] += 1
    return busy, load


def _explain(prep: _Prepared, busy: list[int], load: list[int], e: int) -> str:
    """Why request e is not in the schedule, looking at the finished schedule."""
    u, v = prep.edges[e]
    common = prep.avail[u] & prep.avail[v]
    if not common:
        return "no_common_slot"
    for p in (u, v):
        if prep.avail[p] & ~busy[p] == 0:
            return "fully_booked"
    both_free = common & ~busy[u] & ~busy[v]
    if both_free and all(load[s] >= prep.tables for s in range(prep.k) if both_free >> s & 1):
        return "tables_full"
    if not both_free:
        return "conflicts"
    return "not_placed"


def solve(
    participants,
    slots,
    tables,
    requests,
    availability=None,
    pinned=None,
    *,
    time_limit: float = 5.0,
    seed: int = 0,
    method: str = "auto",
) -> Result:
    """Schedule the requests. ``method``: "auto" (König when it applies, else search), "search" or "greedy"."""
    started = time.perf_counter()
    prep = _prepare(participants, slots, tables, requests, availability, pinned)
    bound = upper_bound(prep)
    side = _bipartition(prep.n, prep.edges)
    stats: dict = {}
    max_degree = 0
    if prep.edges:
        degree: defaultdict[int, int] = defaultdict(int)
        for u, v in prep.edges:
            degree[u] += 1
            degree[v] += 1
        max_degree = max(degree.values())
    if method == "greedy":
        slot_of = _greedy(prep)
        used = "greedy"
    elif method == "auto" and side is not None and not prep.restricted and not prep.pinned and max_degree <= prep.k:
        slot_of = _solve_konig(prep, side)
        used = "konig"
    else:
        slot_of, found = _search(prep, time_limit, seed, bound)
        used = "search"
        stats.update(found)
    meetings = _assign_tables(prep, slot_of)
    unscheduled = list(prep.unscheduled)
    busy, load = _occupancy(prep, slot_of)
    for e, s in enumerate(slot_of):
        if s < 0:
            u, v = prep.edges[e]
            unscheduled.append(
                Unscheduled(prep.names[u], prep.names[v], _explain(prep, busy, load, e), request=prep.edge_request[e])
            )
    unscheduled.sort(key=lambda x: (x.request if x.request is not None else -1, x.pinned or 0))
    return Result(meetings, unscheduled, bound, used, time.perf_counter() - started, stats)


def solve_instance(data: dict, **kwargs) -> Result:
    """Solve an instance in the JSON format of solve_schedule (docs/architecture.md)."""
    if not isinstance(data, dict):
        raise InstanceError("the instance must be a JSON object")
    for key in ("participants", "slots", "tables", "requests"):
        if key not in data:
            raise InstanceError(f"the instance has no “{key}”")
    for key in ("participants", "slots", "requests"):
        if not isinstance(data[key], list):
            raise InstanceError(f"“{key}” must be a list")
    availability = data.get("availability") or {}
    if not isinstance(availability, dict):
        raise InstanceError("“availability” must be an object")
    pinned = data.get("pinned") or []
    if not isinstance(pinned, list) or not all(isinstance(p, list) for p in pinned):
        raise InstanceError("“pinned” must be a list of [a, b, slot] lists")
    if not all(isinstance(r, list) for r in data["requests"]):
        raise InstanceError("each request must be a list [a, b]")
    return solve(data["participants"], data["slots"], data["tables"], data["requests"], availability, pinned, **kwargs)
