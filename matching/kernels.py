"""Compiled loops of the query (numba): the few places where numpy would make one call per query term.

Both kernels look up a handful of documents (sorted) in the postings of each query term, the rows of a term-major
CSR matrix (the documents of each row sorted). With numpy that is one `searchsorted` call per term, a hundred and
more per query, each paying numpy's call overhead. Here it is one call, and the binary searches of a term run side
by side, one level of all of them at a time and without a branch (`_locate`): a common word's postings are
hundreds of kilobytes, each probe a likely cache miss, and independent probes let the processor wait for several
misses at once. They return (or add) exactly what the numpy reference computes, in the same order:
`tests/matching/test_kernels.py` checks them against it.

Compiled on first use and cached on disk (`cache=True`: numba's cache beside this file, or under
NUMBA_CACHE_DIR where that folder is read-only), so that a worker pays the compilation once, not per process.
"""

from __future__ import annotations

import numba
import numpy as np


@numba.njit(cache=True, nogil=True, inline="always")
def _locate(indptr, indices, term, targets, base):  # pragma: no cover - compiled
    """base[j] = the place of the last posting of the term (a row of the matrix) at or before document
    targets[j], or its first posting if none is; False for a term without postings. Every target's search
    halves the same span at each level, so that the level's probes are independent of one another."""
    start = np.int64(indptr[term])
    n = np.int64(indptr[term + 1]) - start
    if n == 0:
        return False
    for j in range(len(targets)):
        base[j] = start
    while n > 1:
        half = n >> 1
        for j in range(len(targets)):
            b = base[j]
            base[j] = b + half if indices[b + half] <= targets[j] else b
        n -= half
    return True


@numba.njit(cache=True, nogil=True)
def find_postings(indptr, indices, terms, targets):  # pragma: no cover - compiled
    """The postings of the given terms (rows of the matrix) at the given documents (sorted): (which of the terms
    — its place in `terms` —, document, position in the matrix's arrays) of each pair found, ordered by term then
    document."""
    n_terms, n_targets = len(terms), len(targets)
    term_at = np.empty(n_terms * n_targets, np.int64)
    doc = np.empty(n_terms * n_targets, np.int64)
    at = np.empty(n_terms * n_targets, np.int64)
    base = np.empty(n_targets, np.int64)
    found = 0
    for i in range(n_terms):
        if not _locate(indptr, indices, terms[i], targets, base):
            continue
        for j in range(n_targets):
            if indices[base[j]] == targets[j]:
                term_at[found] = i
                doc[found] = targets[j]
                at[found] = base[j]
                found += 1
    return term_at[:found], doc[:found], at[:found]


@numba.njit(cache=True, nogil=True)
def kind_sums(
    indptr, indices, data, terms, which, targets, places, group, weights, mass, idf, plain, bm25, covered, rare
):  # pragma: no cover - compiled
    """rerank.kind_parts' sums for one segment of the index: for each query term (its row `terms[i]` in the
    matrix, its place `which[i]` among the query's columns) found at a document `targets[j]` (sorted; its place
    among the ranked rows `places[j]`): bm25[group, place] += weight × the posting's BM25 weight and
    covered[group, place] += the term's idf mass, for a term of a group (group ≥ 0); rare[place] = the largest
    idf of the plain words and pairs found there. The terms in order, then the documents: the additions happen
    in the order numpy's `add.at` makes them."""
    base = np.empty(len(targets), np.int64)
    for i in range(len(terms)):
        if not _locate(indptr, indices, terms[i], targets, base):
            continue
        term = which[i]
        g = group[term]
        for j in range(len(targets)):
            at = base[j]
            if indices[at] != targets[j]:
                continue
            place = places[j]
            if g >= 0:
                bm25[g, place] += weights[term] * data[at]
                covered[g, place] += mass[term]
            if plain[term] and idf[term] > rare[place]:
                rare[place] = idf[term]


def warm_up() -> None:
    """Compile both kernels (or load them from numba's cache) for the dtypes the index hands them, on a tiny
    matrix: the production image runs this once at its build, so that no worker compiles on its first query."""
    indptr = np.array([0, 2, 2, 3], np.int32)
    indices = np.array([0, 4, 1], np.int32)
    data = np.ones(3, np.float32)
    terms = np.array([0, 1, 2], np.int64)
    targets = np.array([1, 4], np.int32)
    find_postings(indptr, indices, terms, targets)
    small = np.ones(3, np.float32)
    kind_sums(
        indptr,
        indices,
        data,
        terms,
        terms,
        targets,
        np.arange(2, dtype=np.int64),
        np.zeros(3, np.int64),
        small,
        small,
        small,
        np.ones(3, bool),
        np.zeros((3, 2)),
        np.zeros((3, 2)),
        np.zeros(2),
    )
