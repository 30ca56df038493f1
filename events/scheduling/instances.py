"""Checking a schedule against its instance, and random instances for tests and benchmarks."""

from __future__ import annotations

import random
from collections import defaultdict

from .model import Result

# ------------------------------------------------------------------------------------------------
# Checking a schedule (tests, the command)


def check(result: Result, participants, slots, tables, requests, availability=None, pinned=None) -> list[str]:
    """Problems with a schedule: double bookings, tables out of range, unavailable slots, unknown pairs."""
    problems = []
    seen_person, seen_table = set(), set()
    avail = {str(p): set(map(str, s)) for p, s in (availability or {}).items()}
    pairs: defaultdict[frozenset[str], int] = defaultdict(int)
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
