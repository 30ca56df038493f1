"""The query's compiled loops (matching/kernels.py) against the numpy they replaced, in one process: the posts of
bench/matching.py, one index, and each need ranked twice in turn, once with numba's loops and once with the numpy
reference swapped in, so that the machine's load weighs on both alike. Prints both medians of CPU time per query
and the median of the per-query ratios. The references are also what tests/matching/test_kernels.py checks the
loops against.

    .venv/bin/python bench/kernels.py [--offers 100000] [--queries 300] [--rounds 3]
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def find_postings_numpy(indptr, indices, terms, targets):
    """kernels.find_postings with numpy: one searchsorted call per term on a view of its postings, the hits
    checked for all terms at once (the index's code up to stop 48)."""
    starts, ends = indptr[terms].astype(np.int64), indptr[terms + 1].astype(np.int64)
    found = [indices[s:e].searchsorted(targets) for s, e in zip(starts.tolist(), ends.tolist(), strict=True)]
    at = np.array(found, np.int64).reshape(len(terms), len(targets)) + starts[:, None]
    term_at, place = np.nonzero(at < ends[:, None])
    at = at[term_at, place]
    hit = indices[at] == targets[place]
    return term_at[hit], targets[place[hit]].astype(np.int64), at[hit]


def kind_sums_numpy(
    indptr, indices, data, terms, which, targets, places, group, weights, mass, idf, plain, bm25, covered, rare
):
    """kernels.kind_sums with numpy: the pairs found, then add.at in their order (rerank.kind_parts up to stop
    48)."""
    term_at, doc, at = find_postings_numpy(indptr, indices, terms, targets)
    place = places[np.searchsorted(targets, doc)]
    term = which[term_at]
    g = group[term]
    keep = g >= 0
    np.add.at(bm25, (g[keep], place[keep]), weights[term[keep]] * data[at[keep]])
    np.add.at(covered, (g[keep], place[keep]), mass[term[keep]])
    word = plain[term]
    np.maximum.at(rare, place[word], idf[term[word]])


def main():
    from bench.matching import post, with_vectors
    from matching import kernels
    from matching.index import Index, make_config

    parser = argparse.ArgumentParser()
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    offers = [post(rng, i, "offer") for i in range(args.offers)]
    needs = [post(rng, i, "need") for i in range(args.queries)]
    with_vectors([*offers, *needs], args.seed)
    index = Index(offers, role="offer", config=make_config())
    compiled = (kernels.find_postings, kernels.kind_sums)
    reference = (find_postings_numpy, kind_sums_numpy)

    def use(pair):
        kernels.find_postings, kernels.kind_sums = pair

    try:
        for pair in (reference, compiled):
            use(pair)
            index.rank(needs[0], k=10)
        for _round in range(args.rounds):
            spent = {reference: [], compiled: []}
            for need in needs:
                for pair in (reference, compiled):
                    use(pair)
                    c = time.process_time()
                    index.rank(need, k=10, explain=True)
                    spent[pair].append((time.process_time() - c) * 1000)
            ratios = [b / a for a, b in zip(spent[reference], spent[compiled], strict=True)]
            print(
                f"{args.offers:,} offers, {len(needs)} needs: numpy median {statistics.median(spent[reference]):.3f} ms, "
                f"compiled {statistics.median(spent[compiled]):.3f} ms; per query compiled / numpy, median "
                f"{statistics.median(ratios):.3f}"
            )
    finally:
        use(compiled)


if __name__ == "__main__":
    main()
