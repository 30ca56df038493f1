"""Where the time of one query goes: the posts of bench/matching.py, one index, then `Index.rank(need, k=10,
explain=True)` for each of the first needs, under cProfile (or timed only), and optionally every hit written
out exactly (ids, scores, contributions and shared terms as repr), to check that a change keeps the rankings.

    .venv/bin/python bench/profile_query.py [--offers 10000] [--queries 300] [--sort tottime] [--top 30]
    .venv/bin/python bench/profile_query.py --time            # CPU ms per query (median), no profiler
    .venv/bin/python bench/profile_query.py --dump /tmp/a.txt  # every hit, exactly; `cmp` two dumps
"""

import argparse
import cProfile
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.matching import post, with_vectors
from matching.index import Index, make_config

NOW = 1_750_000_000.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--offers", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--time", action="store_true", help="time the queries (CPU), no profiler")
    parser.add_argument("--dump", help="write every hit of every query to this file")
    parser.add_argument(
        "--no-meaning", dest="meaning", action="store_false", help="no e5 vectors (the reranker keeps the fused order)"
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    # The posts' dates and the index's `now` fixed (bench.matching dates them from the clock), so that two
    # dumps compare exactly.
    clock, time.time = time.time, lambda: NOW
    try:
        offers = [post(rng, i, "offer") for i in range(args.offers)]
        needs = [post(rng, i, "need") for i in range(args.queries)]
    finally:
        time.time = clock
    if args.meaning:
        with_vectors([*offers, *needs], args.seed)
    index = Index(offers, role="offer", config=make_config(), now=NOW)
    index.rank(needs[0], k=10)
    if args.dump:
        with open(args.dump, "w") as fh:
            for need in needs:
                for hit in index.rank(need, k=10, explain=True):
                    print(need.id, hit.id, repr(hit.score), repr(hit.contributions), hit.shared_terms, file=fh)
                for hit in index.score_ids(need, [0, 1, 2, 3]):
                    print("ids", need.id, hit.id, repr(hit.score), repr(hit.contributions), hit.shared_terms, file=fh)
        return
    if args.time:
        for _round in range(3):
            spent = []
            for need in needs:
                c = time.process_time()
                index.rank(need, k=10, explain=True)
                spent.append((time.process_time() - c) * 1000)
            print(f"median {statistics.median(spent):.3f} ms, mean {statistics.mean(spent):.3f} ms")
        return
    profiler = cProfile.Profile()
    profiler.enable()
    for need in needs:
        index.rank(need, k=10, explain=True)
    profiler.disable()
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
