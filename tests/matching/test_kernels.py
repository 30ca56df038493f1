"""The compiled loops of the query (matching/kernels.py) against the numpy they replaced (bench/kernels.py): the same pairs in the same order, the
same sums to the last bit (the rankings must not move when a loop is compiled)."""

import numpy as np
import pytest
import scipy.sparse as sp

from bench.kernels import find_postings_numpy, kind_sums_numpy
from matching import kernels


def _term_doc(seed: int, terms: int = 80, docs: int = 3000):
    """A term-major matrix as the index builds it (int32 pointers and documents, float32 weights), with terms of
    every size: without postings, with one, common ones, and one in every document."""
    rng = np.random.default_rng(seed)
    density = rng.choice([0.0005, 0.01, 0.2, 0.8], terms)
    dense = (rng.random((terms, docs)) < density[:, None]) * rng.random((terms, docs))
    dense[rng.integers(0, terms, 4)] = 0
    dense[0, :] = 0
    dense[0, rng.integers(0, docs)] = 0.5  # a term in one document
    dense[1, :] = rng.random(docs) + 0.1  # a term in every document
    matrix = sp.csr_matrix(dense.astype(np.float32))
    matrix.indptr, matrix.indices = matrix.indptr.astype(np.int32), matrix.indices.astype(np.int32)
    return matrix, rng


def _targets(rng, docs: int, n: int) -> np.ndarray:
    chosen = rng.choice(docs, n, replace=False)
    chosen[:2] = (0, docs - 1)  # the first and the last document
    return np.sort(chosen).astype(np.int32)


@pytest.mark.parametrize("seed", range(6))
def test_the_postings_found_are_numpys_in_numpys_order(seed):
    matrix, rng = _term_doc(seed)
    terms = rng.permutation(matrix.shape[0]).astype(np.int64)[:60]  # any order, as a query gives them
    terms[:2] = (0, 1)
    targets = _targets(rng, matrix.shape[1], 45)
    got = kernels.find_postings(matrix.indptr, matrix.indices, terms, targets)
    expected = find_postings_numpy(matrix.indptr, matrix.indices, terms, targets)
    for a, b in zip(got, expected, strict=True):
        np.testing.assert_array_equal(a, b)
    assert len(got[0]) >= len(targets)  # (the term in every document is found at every target)


def test_no_target_and_no_term_find_nothing():
    matrix, rng = _term_doc(1)
    none = np.zeros(0, np.int32)
    assert all(len(a) == 0 for a in kernels.find_postings(matrix.indptr, matrix.indices, np.arange(5), none))
    targets = _targets(rng, matrix.shape[1], 10)
    assert all(
        len(a) == 0 for a in kernels.find_postings(matrix.indptr, matrix.indices, np.zeros(0, np.int64), targets)
    )


@pytest.mark.parametrize("seed", range(6))
def test_the_kind_sums_are_numpys_to_the_last_bit(seed):
    matrix, rng = _term_doc(seed)
    n_cols = 70
    terms = rng.choice(matrix.shape[0], n_cols, replace=False).astype(np.int64)
    which = np.arange(n_cols, dtype=np.int64)
    targets = _targets(rng, matrix.shape[1], 45)
    places = np.sort(rng.choice(60, len(targets), replace=False)).astype(np.int64)  # some ranked rows lie elsewhere
    group = rng.integers(-1, 3, n_cols).astype(np.int64)
    weights = rng.random(n_cols).astype(np.float32)
    idf = (rng.random(n_cols) * 8).astype(np.float32)
    mass = weights * idf
    plain = (group == 0) | (group == 1)
    bm25, covered, rare = np.zeros((3, 60)), np.zeros((3, 60)), np.zeros(60)
    kernels.kind_sums(
        matrix.indptr, matrix.indices, matrix.data, terms, which, targets, places, group, weights, mass, idf, plain,
        bm25, covered, rare,
    )  # fmt: skip
    expected_bm25, expected_covered, expected_rare = np.zeros((3, 60)), np.zeros((3, 60)), np.zeros(60)
    kind_sums_numpy(
        matrix.indptr, matrix.indices, matrix.data, terms, which, targets, places, group, weights, mass, idf, plain,
        expected_bm25, expected_covered, expected_rare,
    )  # fmt: skip
    np.testing.assert_array_equal(bm25, expected_bm25)
    np.testing.assert_array_equal(covered, expected_covered)
    np.testing.assert_array_equal(rare, expected_rare)
    assert bm25.any() and rare.any()


def test_the_warm_up_compiles_the_signatures_the_index_uses():
    kernels.warm_up()
    assert len(kernels.find_postings.signatures) >= 1 and len(kernels.kind_sums.signatures) >= 1
