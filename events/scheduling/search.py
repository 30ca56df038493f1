"""The general case (providers meeting providers, availability limits, pinned meetings): a
most-constrained-first insertion, two-slot Kempe-chain repairs, then tabu search over partial
schedules with restarts until the bound or the time limit; plus the first-fit greedy baseline."""

from __future__ import annotations

import random
import time

from .model import _Prepared

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
        self.members: list[set[int]] = [set() for _ in range(prep.k)]
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
        moves: list[tuple] = []
        best_cost = 3
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
