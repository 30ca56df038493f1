"""Benchmark of the B2B meeting scheduler (events/scheduling.py) against a greedy first-fit baseline.

    .venv/bin/python bench/scheduler.py [--seed N] [--time-limit S] [--exact N]

Random instances of 1,000 participants, 5,000 accepted requests and 16 slots: bipartite (seekers ↔ providers,
every degree ≤ 16) with 400 tables (all 5,000 fit) and 150 tables (tables are the limit: 2,400), then with
availability limits and with providers meeting providers. For each: seconds, meetings placed, the upper bound,
placed / bound, and the same for greedy first-fit in the same run. With --exact N, N small instances with
availability limits are also solved exactly by OR-Tools CP-SAT to show the gap to the optimum.
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from events.scheduling import check, random_instance, solve, solve_exact


def row(name, inst, time_limit, seed):
    started = time.perf_counter()
    result = solve(**inst, time_limit=time_limit, seed=seed)
    seconds = time.perf_counter() - started
    assert check(result, **inst) == [], "the schedule breaks a constraint"
    started = time.perf_counter()
    greedy = solve(**inst, method="greedy")
    greedy_seconds = time.perf_counter() - started
    bound = result.upper_bound
    print(
        f"{name:<44} {len(inst['requests']):>6} {inst['tables']:>6} | {result.method:<6} {seconds:>6.2f}s "
        f"{len(result.meetings):>6} {bound:>6} {100 * len(result.meetings) / bound:>6.2f}% | "
        f"greedy {greedy_seconds:>5.2f}s {len(greedy.meetings):>6} {100 * len(greedy.meetings) / bound:>6.2f}%"
    )
    return seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=7.0, help="search budget per instance (s)")
    parser.add_argument("--exact", type=int, default=6, help="small instances checked against CP-SAT")
    parser.add_argument(
        "--exact-large",
        type=float,
        default=0,
        help="also give CP-SAT this many seconds on the large instances with availability limits",
    )
    args = parser.parse_args()
    print(
        f"{'instance':<44} {'reqs':>6} {'tables':>6} | {'method':<6} {'time':>7} {'placed':>6} {'bound':>6} "
        f"{'%bound':>7} | baseline"
    )
    cases = [
        ("bipartite, no limits, 400 tables", dict(tables=400)),
        ("bipartite, no limits, 150 tables", dict(tables=150)),
        ("bipartite, 50% with availability limits, 400", dict(tables=400, availability=0.5)),
        ("bipartite, 50% with availability limits, 150", dict(tables=150, availability=0.5)),
        ("non-bipartite (provider↔provider), 400", dict(tables=400, bipartite=False)),
        ("non-bipartite + availability limits, 400", dict(tables=400, bipartite=False, availability=0.5)),
        ("non-bipartite + availability limits, 150", dict(tables=150, bipartite=False, availability=0.5)),
    ]
    worst = 0.0
    for name, kwargs in cases:
        inst = random_instance(1000, 5000, 16, seed=args.seed, **kwargs)
        worst = max(worst, row(name, inst, args.time_limit, args.seed))
        if args.exact_large and kwargs.get("availability") and kwargs["tables"] == 400:
            started = time.perf_counter()
            value, proven = solve_exact(**inst, time_limit=args.exact_large)
            print(
                f"{'':<44} CP-SAT in {time.perf_counter() - started:.0f} s: {value}"
                f"{' (optimal)' if proven else ' (best found, not proven optimal)'}"
            )
    print(f"slowest large instance: {worst:.2f} s (target ≤ 10 s)")
    if args.exact:
        print("\nsmall instances vs the exact optimum (OR-Tools CP-SAT), 40 participants, 8 slots, 20 tables:")
        total_h = total_o = total_g = 0
        for i in range(args.exact):
            inst = random_instance(40, 120, 8, 20, bipartite=i % 2 == 0, availability=0.6, seed=args.seed * 100 + i)
            result = solve(**inst, time_limit=3.0, seed=i)
            greedy = solve(**inst, method="greedy")
            optimum, proven = solve_exact(**inst, time_limit=60)
            total_h += len(result.meetings)
            total_o += optimum
            total_g += len(greedy.meetings)
            print(
                f"  #{i} {'bipartite' if i % 2 == 0 else 'general  '} scheduler {len(result.meetings):>4}  "
                f"optimum {optimum:>4}{'' if proven else ' (not proven)'}  bound {result.upper_bound:>4}  "
                f"greedy {len(greedy.meetings):>4}"
            )
        print(
            f"  total: scheduler {total_h} / optimum {total_o} = {100 * total_h / total_o:.2f}%, "
            f"greedy {100 * total_g / total_o:.2f}%"
        )


if __name__ == "__main__":
    main()
