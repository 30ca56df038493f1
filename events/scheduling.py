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
  most-constrained-first insertion, then ejection chains (place a request by moving the meetings in its
  way, recursively, to depth 3), then randomised restarts until the bound or the time limit is reached.
  ``solve_exact`` (OR-Tools CP-SAT) gives the optimum of small instances to compare with.

Slots are given in order; tables are numbered 1..tables.
"""

from __future__ import annotations

import random
import time
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
        """The output format of DESIGN.md §3."""
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
    adj = [[] for _ in range(n)]
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
    degree = defaultdict(int)
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


# ------------------------------------------------------------------------------------------------
# König + de Werra (bipartite, unrestricted, degrees ≤ slots, nothing pinned)


def _konig_colour(n: int, k: int, edges: list[tuple[int, int]], side: list[int]) -> list[int]:
    """A proper edge colouring of a bipartite multigraph with k ≥ Δ colours by alternating-path recolouring."""
    at = [[-1] * k for _ in range(n)]  # at[vertex][colour] = edge
    colour = [-1] * len(edges)
    for e, (x, y) in enumerate(edges):
        u, v = (x, y) if side[x] == 0 else (y, x)
        a = at[u].index(-1)  # free at u
        if at[v][a] != -1:
            b = at[v].index(-1)  # free at v
            # Flip the a/b path that starts at v with its a-edge; in a bipartite graph it never reaches u.
            path = []
            w, c = v, a
            while at[w][c] != -1:
                f = at[w][c]
                path.append(f)
                fx, fy = edges[f]
                w = fy if fx == w else fx
                c = b if c == a else a
            for f in path:
                fx, fy = edges[f]
                at[fx][colour[f]] = -1
                at[fy][colour[f]] = -1
            for f in path:
                fx, fy = edges[f]
                colour[f] = b if colour[f] == a else a
                at[fx][colour[f]] = f
                at[fy][colour[f]] = f
        colour[e] = a
        at[u][a] = e
        at[v][a] = e
    return colour


def _balance(n: int, k: int, edges, colour: list[int], tables: int) -> None:
    """Swap colours along alternating paths until every class has ≤ tables edges or every class has ≥ tables
    (de Werra). A component of two colour classes a, b is a path or an even cycle; a path that starts and
    ends with a has one more a-edge than b-edges, so flipping it moves one edge from a to b and keeps the
    colouring proper."""
    members: list[set[int]] = [set() for _ in range(k)]
    for e, c in enumerate(colour):
        members[c].add(e)
    while True:
        a = max(range(k), key=lambda c: len(members[c]))
        b = min(range(k), key=lambda c: len(members[c]))
        ca, cb = len(members[a]), len(members[b])
        if ca <= tables or cb >= tables:
            return
        need = max(1, min(ca - tables, tables - cb, (ca - cb) // 2))
        inc: dict[int, dict[int, int]] = defaultdict(dict)  # vertex -> {colour: edge}
        for c in (a, b):
            for e in members[c]:
                x, y = edges[e]
                inc[x][c] = e
                inc[y][c] = e
        done = set()
        flipped = 0
        for start, cols in inc.items():
            if flipped >= need:
                break
            if len(cols) != 1 or a not in cols or start in done:
                continue
            # Walk the path from this end, which begins with an a-edge.
            path, w, c = [], start, a
            while c in inc[w]:
                f = inc[w][c]
                path.append(f)
                fx, fy = edges[f]
                w = fy if fx == w else fx
                c = b if c == a else a
            done.add(start)
            done.add(w)
            if len(path) % 2 == 1:  # ends with an a-edge too: one more a than b
                for f in path:
                    members[colour[f]].discard(f)
                    colour[f] = b if colour[f] == a else a
                    members[colour[f]].add(f)
                flipped += 1
        if flipped == 0:  # cannot happen while |a| > |b|; a guard against an endless loop
            return


def _solve_konig(prep: _Prepared, side: list[int]):
    colour = _konig_colour(prep.n, prep.k, prep.edges, side)
    _balance(prep.n, prep.k, prep.edges, colour, prep.tables)
    slot_of = [-1] * len(prep.edges)
    per_slot = defaultdict(int)
    for e, c in enumerate(colour):
        if per_slot[c] < prep.tables:
            slot_of[e] = c
            per_slot[c] += 1
    return slot_of


# ------------------------------------------------------------------------------------------------
# General case: insertion, ejection chains, restarts


class _State:
    def __init__(self, prep: _Prepared):
        self.prep = prep
        self.k = prep.k
        self.tables = prep.tables
        self.edges = prep.edges
        self.busy = [[-1] * prep.k for _ in range(prep.n)]  # -2 = a pinned meeting
        self.load = [0] * prep.k
        self.members = [set() for _ in range(prep.k)]
        self.slot_of = [-1] * len(prep.edges)
        for u, v, s, *_ in prep.pinned:
            self.busy[u][s] = -2
            self.busy[v][s] = -2
            self.load[s] += 1
        self.feasible = []
        for u, v in prep.edges:
            common = prep.avail[u] & prep.avail[v]
            self.feasible.append(
                [s for s in range(prep.k) if common >> s & 1 and self.busy[u][s] == -1 and self.busy[v][s] == -1]
            )
        self.placed = 0
        self.journal: list[tuple[int, int, int]] = []  # (op, edge, slot): 1 placed, 0 removed

    def place(self, e: int, s: int) -> None:
        u, v = self.edges[e]
        self.busy[u][s] = e
        self.busy[v][s] = e
        self.load[s] += 1
        self.members[s].add(e)
        self.slot_of[e] = s
        self.placed += 1
        self.journal.append((1, e, s))

    def remove(self, e: int) -> None:
        s = self.slot_of[e]
        u, v = self.edges[e]
        self.busy[u][s] = -1
        self.busy[v][s] = -1
        self.load[s] -= 1
        self.members[s].discard(e)
        self.slot_of[e] = -1
        self.placed -= 1
        self.journal.append((0, e, s))

    def undo_to(self, mark: int) -> None:
        while len(self.journal) > mark:
            op, e, s = self.journal.pop()
            if op == 1:
                self.remove(e)
            else:
                self.place(e, s)
            self.journal.pop()

    def direct_slot(self, e: int, exclude: int = -1) -> int:
        """A slot where e fits without moving anything (the least loaded), or -1."""
        u, v = self.edges[e]
        bu, bv, load, tables = self.busy[u], self.busy[v], self.load, self.tables
        best, best_load = -1, tables
        for s in self.feasible[e]:
            if bu[s] == -1 and bv[s] == -1 and load[s] < best_load and s != exclude:
                best, best_load = s, load[s]
        return best


def _kempe(st: _State, e: int) -> bool:
    """Place e = (u, v) by flipping a two-slot alternating chain: u is free in slot a, v in slot b; swap a and b
    along the chain of meetings that starts at v's meeting in a, so that v becomes free in a."""
    u, v = st.edges[e]
    avail = st.prep.avail
    busy, load, tables = st.busy, st.load, st.tables
    feas_e = st.feasible[e]
    for a in feas_e:
        if busy[u][a] != -1 or busy[v][a] < 0:
            continue
        for b in range(st.k):
            if busy[v][b] != -1 or not (avail[v] >> b & 1):
                continue
            # Walk the chain from v: its a-meeting, then the b-meeting at the other end, and so on.
            path, w, c, ok = [], v, a, True
            while True:
                f = busy[w][c]
                if f == -1:
                    break
                if f == -2 or f == e:
                    ok = False
                    break
                fu, fv = st.edges[f]
                other = b if c == a else a
                if not (avail[fu] >> other & 1 and avail[fv] >> other & 1):
                    ok = False
                    break
                path.append(f)
                w = fv if fu == w else fu
                if w == u:
                    ok = False
                    break
                c = other
                if len(path) > 2 * st.prep.n:
                    ok = False
                    break
            if not ok:
                continue
            n_a = sum(1 for f in path if st.slot_of[f] == a)
            n_b = len(path) - n_a
            if load[a] - n_a + n_b + 1 > tables or load[b] - n_b + n_a > tables:
                continue
            mark = len(st.journal)
            old = [(f, st.slot_of[f]) for f in path]
            for f, _s in old:
                st.remove(f)
            for f, sf in old:
                st.place(f, b if sf == a else a)
            if busy[u][a] == -1 and busy[v][a] == -1:
                st.place(e, a)
                return True
            st.undo_to(mark)
    return False


def _tabu(st: _State, pending: set, deadline: float, rng: random.Random, target: int, stall_limit: int) -> list[int]:
    """Tabu search over partial schedules (as PartialCol does for graph colouring): put a waiting request
    in a slot and send the meetings in its way back to the waiting list, preferring moves that lose least;
    a meeting sent back may not return to that slot for a few iterations. Returns the best schedule seen."""
    edges, busy, load, tables, feasible = st.edges, st.busy, st.load, st.tables, st.feasible
    pinned = len(st.prep.pinned)
    best_placed, best = st.placed, st.slot_of[:]
    tabu: dict[tuple[int, int], int] = {}
    it = since_best = 0
    while pending and st.placed + pinned < target and since_best < stall_limit:
        it += 1
        since_best += 1
        if it % 64 == 0 and time.perf_counter() > deadline:
            break
        pool = list(pending) if len(pending) <= 40 else rng.sample(list(pending), 40)
        moves, best_cost = [], 3
        for e in pool:
            u, v = edges[e]
            bu, bv = busy[u], busy[v]
            for s in feasible[e]:
                cu, cv = bu[s], bv[s]
                if cu == -2 or cv == -2:
                    continue
                n_block = (cu >= 0) + (cv >= 0 and cv != cu)
                cost = n_block - 1 + (load[s] - n_block >= tables)
                if cost > best_cost or (cost >= 0 and tabu.get((e, s), 0) > it):
                    continue
                if cost < best_cost:
                    best_cost, moves = cost, []
                moves.append((e, s))
        if not moves:
            tabu.clear()
            continue
        e, s = rng.choice(moves)
        u, v = edges[e]
        evicted = [c for c in {busy[u][s], busy[v][s]} if c >= 0]
        for c in evicted:
            st.remove(c)
        if load[s] >= tables:
            # The slot is full: a meeting that fits elsewhere moves there, otherwise one goes back to waiting.
            others = [m for m in st.members[s] if m not in evicted]
            mover = next(
                (m for m in rng.sample(others, min(len(others), 8)) if st.direct_slot(m, exclude=s) >= 0), None
            )
            if mover is not None:
                to = st.direct_slot(mover, exclude=s)
                st.remove(mover)
                st.place(mover, to)
            else:
                victim = rng.choice(others)
                st.remove(victim)
                evicted.append(victim)
        st.place(e, s)
        pending.discard(e)
        tenure = 3 + rng.randint(0, 9) + len(pending) // 10
        for c in evicted:
            tabu[c, s] = it + tenure
            to = st.direct_slot(c)
            if to >= 0:
                st.place(c, to)
            else:
                pending.add(c)
        st.journal.clear()
        if st.placed > best_placed:
            best_placed, best = st.placed, st.slot_of[:]
            since_best = 0
    return best


def _search(prep: _Prepared, time_limit: float, seed: int, bound: int):
    started = time.perf_counter()
    deadline = started + time_limit
    m = len(prep.edges)
    rng = random.Random(seed)
    pinned = len(prep.pinned)
    target = min(bound, prep.k * prep.tables)
    st = _State(prep)
    # demand[p][s]: requests of p not yet placed that could go in s. Each request goes, most constrained
    # first, where it takes away the fewest options from the requests still waiting.
    demand = [[0] * prep.k for _ in range(prep.n)]
    for e, (u, v) in enumerate(prep.edges):
        for s in st.feasible[e]:
            demand[u][s] += 1
            demand[v][s] += 1
    order = sorted(range(m), key=lambda e: len(st.feasible[e]))
    pending = set()
    tables = prep.tables
    for e in order:
        u, v = prep.edges[e]
        bu, bv, du, dv = st.busy[u], st.busy[v], demand[u], demand[v]
        best_s, best_key = -1, None
        for s in st.feasible[e]:
            if bu[s] == -1 and bv[s] == -1 and st.load[s] < tables:
                key = (du[s] + dv[s], st.load[s])
                if best_key is None or key < best_key:
                    best_s, best_key = s, key
        for s in st.feasible[e]:
            du[s] -= 1
            dv[s] -= 1
        if best_s >= 0:
            st.place(e, best_s)
        else:
            pending.add(e)
    for e in sorted(pending):
        if st.placed + pinned >= target:
            break
        if _kempe(st, e):
            pending.discard(e)
        st.journal.clear()
    if st.placed + pinned >= target or not pending:
        return st.slot_of, {"greedy": st.placed}
    first = st.placed
    start_assignment = st.slot_of[:]
    best = _tabu(st, set(pending), deadline, rng, target, stall_limit=max(5000, 50 * m))
    best_count = sum(1 for s in best if s >= 0)
    runs = 1
    # Independent restarts from the greedy start while time remains: tabu search stalls in different places.
    while best_count + pinned < target and time.perf_counter() < deadline:
        st = _State(prep)
        for e, s in enumerate(start_assignment):
            if s >= 0:
                st.place(e, s)
        st.journal.clear()
        found = _tabu(
            st, set(pending), deadline, random.Random(seed * 7919 + runs), target, stall_limit=max(5000, 50 * m)
        )
        runs += 1
        count = sum(1 for s in found if s >= 0)
        if count > best_count:
            best, best_count = found, count
    return best, {"greedy": first, "tabu": best_count, "tabu_runs": runs}


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
        degree = defaultdict(int)
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


def _greedy(prep: _Prepared) -> list[int]:
    """The first-fit baseline: requests in the order given, each in the first slot where it fits."""
    st = _State(prep)
    for e in range(len(prep.edges)):
        u, v = prep.edges[e]
        for s in st.feasible[e]:
            if st.busy[u][s] == -1 and st.busy[v][s] == -1 and st.load[s] < prep.tables:
                st.place(e, s)
                break
    return st.slot_of


def solve_instance(data: dict, **kwargs) -> Result:
    """Solve an instance in the JSON format of DESIGN.md §3."""
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
                x[e, s] = model.NewBoolVar(f"x{e}_{s}")
    by_edge, by_person_slot, by_slot = defaultdict(list), defaultdict(list), defaultdict(list)
    for (e, s), var in x.items():
        u, v = prep.edges[e]
        by_edge[e].append(var)
        by_person_slot[u, s].append(var)
        by_person_slot[v, s].append(var)
        by_slot[s].append(var)
    for group in list(by_edge.values()) + list(by_person_slot.values()):
        model.Add(sum(group) <= 1)
    for s, group in by_slot.items():
        model.Add(sum(group) <= prep.tables - load[s])
    model.Maximize(sum(x.values()))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 2
    status = solver.Solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return len(prep.pinned), False
    return len(prep.pinned) + int(round(solver.ObjectiveValue())), status == cp_model.OPTIMAL


# ------------------------------------------------------------------------------------------------
# Checking a schedule (tests, the command)


def check(result: Result, participants, slots, tables, requests, availability=None, pinned=None) -> list[str]:
    """Problems with a schedule: double bookings, tables out of range, unavailable slots, unknown pairs."""
    problems = []
    seen_person, seen_table = set(), set()
    avail = {str(p): set(map(str, s)) for p, s in (availability or {}).items()}
    pairs = defaultdict(int)
    for r in requests:
        pairs[frozenset((str(r[0]), str(r[1])))] += 1
    for p in pinned or []:
        pairs[frozenset((str(p[0]), str(p[1])))] += 1
    slot_set = set(map(str, slots))
    for m in result.meetings:
        if m.slot not in slot_set:
            problems.append(f"unknown slot {m.slot}")
        if not 1 <= m.table <= tables:
            problems.append(f"table {m.table} out of range")
        if (m.slot, m.table) in seen_table:
            problems.append(f"table {m.table} twice in {m.slot}")
        seen_table.add((m.slot, m.table))
        for p in (m.a, m.b):
            if (p, m.slot) in seen_person:
                problems.append(f"{p} twice in {m.slot}")
            seen_person.add((p, m.slot))
            if p in avail and m.slot not in avail[p]:
                problems.append(f"{p} not available in {m.slot}")
        key = frozenset((m.a, m.b))
        if pairs[key] <= 0:
            problems.append(f"{m.a}–{m.b} was not requested")
        pairs[key] -= 1
    return problems


def random_instance(n, m, k, tables, *, bipartite=True, availability=0.0, seed=0, max_degree=None):
    """A random instance for tests and benchmarks: n participants (the first half seekers), up to m distinct
    requests, every degree ≤ max_degree (default k, the number of slots), some participants available in
    only part of the slots. Bipartite pairs seekers with providers; otherwise anyone may meet a provider."""
    rng = random.Random(seed)
    people = [f"p{i}" for i in range(n)]
    seekers, providers = people[: n // 2], people[n // 2 :]
    cap = max_degree or k
    degree = dict.fromkeys(people, 0)
    pairs, requests = set(), []
    for _ in range(m * 30):
        if len(requests) >= m:
            break
        a = rng.choice(seekers if bipartite else people)
        b = rng.choice(providers)
        key = frozenset((a, b))
        if a == b or key in pairs or degree[a] >= cap or degree[b] >= cap:
            continue
        pairs.add(key)
        degree[a] += 1
        degree[b] += 1
        requests.append([a, b])
    slots = [f"s{i}" for i in range(k)]
    avail = {}
    for p in people:
        if rng.random() < availability:
            avail[p] = sorted(rng.sample(slots, rng.randint(k // 2, k - 1)))
    return dict(participants=people, slots=slots, tables=tables, requests=requests, availability=avail)
