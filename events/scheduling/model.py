"""What the scheduler returns: meetings, unscheduled requests with a reason code, the bound; and the
instance after preparation (indices, bitmasks of availability, the requests that can be considered),
with the upper bound computed from it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

# Reasons a request is left out (code → sentence); the web layer translates the codes.
REASONS = {
    "unknown_participant": "one of the two is not a participant of the workshop",
    "self": "a participant cannot meet itself",
    "duplicate": "the same two participants already have a request",
    "pinned_conflict": "it conflicts with another pinned meeting (same participant or table in that slot)",
    "no_common_slot": "the two have no available slot in common",
    "fully_booked": "a participant already has a meeting in every slot it is available",
    "tables_full": "every table is taken in every slot both can attend",
    "conflicts": "in every slot both can attend, one of them already has another meeting",
    "not_placed": "placing it would displace more meetings than it adds",
}


class InstanceError(ValueError):
    """The instance itself is malformed (not a matter of one request)."""


@dataclass(frozen=True)
class Meeting:
    a: str
    b: str
    slot: str
    table: int
    request: int | None = None  # index into the requests given (None: a pinned meeting without a request)
    pinned: int | None = None  # index into the pinned meetings given


@dataclass(frozen=True)
class Unscheduled:
    a: str
    b: str
    reason: str  # a key of REASONS
    request: int | None = None
    pinned: int | None = None

    @property
    def message(self) -> str:
        return REASONS[self.reason]


@dataclass
class Result:
    meetings: list[Meeting]
    unscheduled: list[Unscheduled]
    upper_bound: int
    method: str
    seconds: float = 0.0
    stats: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        """The output format of solve_schedule (docs/architecture.md)."""
        return {
            "meetings": [[m.a, m.b, m.slot, m.table] for m in self.meetings],
            "unscheduled": [[u.a, u.b, u.message] for u in self.unscheduled],
            "upper_bound": self.upper_bound,
            "seconds": round(self.seconds, 4),
        }


# ------------------------------------------------------------------------------------------------
# Preparing an instance: indices, bitmasks, the requests that can be considered at all


@dataclass
class _Prepared:
    n: int
    k: int
    tables: int
    names: list[str]
    slot_names: list[str]
    avail: list[int]  # bitmask of slots per participant
    edges: list[tuple[int, int]]  # candidate requests (participant indices)
    edge_request: list[int]  # request index of each candidate
    pinned: list[tuple[int, int, int, int | None, int | None, int]]  # u, v, slot, table, request idx, pinned idx
    unscheduled: list[Unscheduled]
    restricted: bool  # some participant is not available in every slot


def _prepare(participants, slots, tables, requests, availability, pinned) -> _Prepared:
    if not isinstance(tables, int) or isinstance(tables, bool) or tables < 0:
        raise InstanceError("tables must be a whole number ≥ 0")
    names = [str(p) for p in participants]
    if len(set(names)) != len(names):
        raise InstanceError("participants must be unique")
    slot_names = [str(s) for s in slots]
    if len(set(slot_names)) != len(slot_names):
        raise InstanceError("slots must be unique")
    index = {p: i for i, p in enumerate(names)}
    slot_index = {s: i for i, s in enumerate(slot_names)}
    k = len(slot_names)
    full = (1 << k) - 1
    avail = [full] * len(names)
    restricted = False
    for p, its in (availability or {}).items():
        if str(p) not in index:
            raise InstanceError(f"availability names an unknown participant: {p}")
        mask = 0
        for s in its:
            if str(s) not in slot_index:
                raise InstanceError(f"availability of {p} names an unknown slot: {s}")
            mask |= 1 << slot_index[str(s)]
        avail[index[str(p)]] = mask
        restricted = restricted or mask != full

    unscheduled: list[Unscheduled] = []
    seen_pairs: dict[tuple[int, int], int] = {}
    candidates: list[tuple[int, int, int]] = []
    for r, req in enumerate(requests):
        if len(req) < 2:
            raise InstanceError(f"request {r} must name two participants")
        a, b = str(req[0]), str(req[1])
        if a not in index or b not in index:
            unscheduled.append(Unscheduled(a, b, "unknown_participant", request=r))
            continue
        if a == b:
            unscheduled.append(Unscheduled(a, b, "self", request=r))
            continue
        u, v = index[a], index[b]
        key = (min(u, v), max(u, v))
        if key in seen_pairs:
            unscheduled.append(Unscheduled(a, b, "duplicate", request=r))
            continue
        seen_pairs[key] = r
        candidates.append((u, v, r))

    # Pinned meetings take their place first; a pinned pair that is also requested satisfies that request.
    pinned_out = []
    pair_taken: set[tuple[int, int]] = set()
    busy: set[tuple[int, int]] = set()
    table_used: dict[int, set[int]] = defaultdict(set)
    slot_load: dict[int, int] = defaultdict(int)
    by_pair = {(min(u, v), max(u, v)): (u, v, r) for u, v, r in candidates}
    for j, pin in enumerate(pinned or []):
        if len(pin) < 3:
            raise InstanceError(f"pinned meeting {j} must be [a, b, slot] or [a, b, slot, table]")
        a, b, s = str(pin[0]), str(pin[1]), str(pin[2])
        t = pin[3] if len(pin) > 3 and pin[3] is not None else None
        if s not in slot_index:
            raise InstanceError(f"pinned meeting {j} names an unknown slot: {s}")
        if t is not None and (not isinstance(t, int) or not 1 <= t <= tables):
            raise InstanceError(f"pinned meeting {j} names a table outside 1..{tables}: {t}")
        if a not in index or b not in index:
            unscheduled.append(Unscheduled(a, b, "unknown_participant", pinned=j))
            continue
        if a == b:
            unscheduled.append(Unscheduled(a, b, "self", pinned=j))
            continue
        u, v, si = index[a], index[b], slot_index[s]
        key = (min(u, v), max(u, v))
        request_index = by_pair[key][2] if key in by_pair and key not in pair_taken else None
        if (
            (u, si) in busy
            or (v, si) in busy
            or (t is not None and t in table_used[si])
            or slot_load[si] >= tables
            or key in pair_taken
        ):
            unscheduled.append(Unscheduled(a, b, "pinned_conflict", pinned=j, request=request_index))
            continue
        busy.update({(u, si), (v, si)})
        slot_load[si] += 1
        if t is not None:
            table_used[si].add(t)
        pair_taken.add(key)
        pinned_out.append((u, v, si, t, request_index, j))
    pinned_pairs = {(min(u, v), max(u, v)) for u, v, *_ in pinned_out}
    edges, edge_request = [], []
    for u, v, r in candidates:
        if (min(u, v), max(u, v)) in pinned_pairs:
            continue  # met in a pinned meeting
        edges.append((u, v))
        edge_request.append(r)
    return _Prepared(
        len(names), k, tables, names, slot_names, avail, edges, edge_request, pinned_out, unscheduled, restricted
    )


def _bipartition(n: int, edges) -> list[int] | None:
    """Two-colour the request graph (0/1 per participant), or None when it has an odd cycle."""
    adj: list[list[int]] = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    side = [-1] * n
    for start in range(n):
        if side[start] != -1 or not adj[start]:
            continue
        side[start] = 0
        stack = [start]
        while stack:
            x = stack.pop()
            for y in adj[x]:
                if side[y] == -1:
                    side[y] = 1 - side[x]
                    stack.append(y)
                elif side[y] == side[x]:
                    return None
    return [s if s != -1 else 0 for s in side]


def _popcount(x: int) -> int:
    return bin(x).count("1")


# ------------------------------------------------------------------------------------------------
# Upper bound


def upper_bound(prep: _Prepared) -> int:
    """An upper bound on the meetings any schedule can hold (pinned ones included).

    The minimum of: pinned + requests with a common free slot; the tables of every slot; per slot, half
    the participants free in it; per participant, its requests capped by its free slots (halved, or on the
    smaller side when the graph is bipartite)."""
    k, tables = prep.k, prep.tables
    busy = [0] * prep.n
    load = [0] * k
    for u, v, s, *_ in prep.pinned:
        busy[u] |= 1 << s
        busy[v] |= 1 << s
        load[s] += 1
    free = [prep.avail[p] & ~busy[p] for p in range(prep.n)]
    feasible = []
    for u, v in prep.edges:
        common = free[u] & free[v]
        if common and any(load[s] < tables for s in range(k) if common >> s & 1):
            feasible.append((u, v))
    pinned = len(prep.pinned)
    bounds = [pinned + len(feasible), tables * k]
    # Per slot: at most min(free tables, ⌊participants free and with a request in that slot / 2⌋).
    involved = set()
    for u, v in feasible:
        involved.add(u)
        involved.add(v)
    per_slot = 0
    for s in range(k):
        people = sum(1 for p in involved if free[p] >> s & 1)
        per_slot += min(tables - load[s], people // 2)
    bounds.append(pinned + per_slot)
    degree: defaultdict[int, int] = defaultdict(int)
    for u, v in feasible:
        degree[u] += 1
        degree[v] += 1
    cap = {p: min(d, _popcount(free[p])) for p, d in degree.items()}
    side = _bipartition(prep.n, feasible)
    if side is not None:
        left = sum(c for p, c in cap.items() if side[p] == 0)
        right = sum(c for p, c in cap.items() if side[p] == 1)
        bounds.append(pinned + min(left, right))
    else:
        bounds.append(pinned + sum(cap.values()) // 2)
    return min(bounds)
