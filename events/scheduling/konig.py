"""The bipartite case: König edge colouring with |slots| colours, then de Werra's balancing so that
no slot needs more than `tables` tables (placing min(requests, slots × tables) meetings: optimal)."""

from __future__ import annotations

from collections import defaultdict

from .model import _Prepared

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
    per_slot: defaultdict[int, int] = defaultdict(int)
    for e, c in enumerate(colour):
        if per_slot[c] < prep.tables:
            slot_of[e] = c
            per_slot[c] += 1
    return slot_of
