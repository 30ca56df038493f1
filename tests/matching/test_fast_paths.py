"""The query path's shortcuts (matching/index.py, terms.py) give exactly what the plain computations give."""

import dataclasses
import random

import numpy as np
import pytest

from bench.matching import post
from matching import scoring, terms
from matching.index import Index, _descending, _find_postings, _folded_words, _fuse, _ranked, _top_positive, make_config


def _records(n, seed, side="offer"):
    rng = random.Random(seed)
    records = [post(rng, i, side) for i in range(n)]
    # Missing fields and documents in several sectors, or none.
    for i, r in enumerate(records):
        if i % 7 == 0:
            records[i] = dataclasses.replace(r, trl=None, price_min=None, price_max=None, region=None)
        elif i % 11 == 0:
            records[i] = dataclasses.replace(r, sectors=frozenset({"coconut", "shrimp", "rice"}), price_min=None)
        elif i % 13 == 0:
            records[i] = dataclasses.replace(r, sectors=frozenset(), transfer_modes=frozenset(), published=None)
    return records


def _reference_signals(index, record, rows, bm25, self_score, bonus):
    """Index.signals as the scoring functions give it, on the documents' fields at `rows`."""
    rows = np.asarray(rows, np.int64)
    level = index._sector_levels(index.sectors_of(record))
    sector = np.zeros(len(rows))
    for j, row in enumerate(rows.tolist()):
        nodes = index.sector_of[index.sector_ptr[row] : index.sector_ptr[row + 1]]
        sector[j] = level[nodes].max() if len(nodes) else 0.0
    return {
        "text": scoring.text_signal(bm25, self_score, index.config.text["scale"]),
        "sector": sector,
        "trl": scoring.trl_signal(index.trl[rows], scoring._nan(record.min_trl)),
        "budget": scoring.budget_signal(
            index.price_min[rows],
            index.price_max[rows],
            index.negotiable[rows],
            scoring._nan(record.budget_min),
            scoring._nan(record.budget_max),
        ),
        "mode": scoring.mode_signal(scoring.modes_mask(record.transfer_modes), index.modes[rows]),
        "region": scoring.region_signal(index.region[rows], scoring.region_code(record.region)),
        "freshness": scoring.freshness_signal(index.published[rows], index.now),
        "lexical": np.asarray(bonus, float),
    }


def test_the_signals_read_from_per_index_tables_equal_the_scoring_functions():
    offers = _records(600, 1)
    needs = _records(40, 2, "need")
    needs[0] = dataclasses.replace(needs[0], min_trl=None, budget_min=None, budget_max=None, region=None)
    needs[1] = dataclasses.replace(needs[1], budget_max=None, transfer_modes=frozenset())
    needs[2] = dataclasses.replace(needs[2], budget_min=None)
    index = Index(offers, role="offer", config=make_config(), now=1.8e9)
    twin = index.fork()
    for extra in _records(5, 3):
        twin.add(dataclasses.replace(extra, id=10_000 + extra.id, sectors=frozenset({"text:new sector"})))
    rng = np.random.default_rng(0)
    for idx in (index, twin, index):  # the original again: the twin's additions leave its tables alone
        for need in needs:
            rows = np.sort(rng.choice(len(idx.ids), 80, replace=False))
            bm25 = rng.random(80).astype(np.float32)
            bonus = (rng.random(80) < 0.2).astype(np.float32)
            got = idx.signals(need, rows, bm25, 3.0, bonus)
            expected = _reference_signals(idx, need, rows, bm25, 3.0, bonus)
            assert list(got) == list(expected)
            for name in expected:
                assert np.array_equal(got[name], expected[name]), name


def test_the_cut_selections_equal_full_sorts():
    rng = np.random.default_rng(1)
    for n in (100, 3000, 20_000):
        for k in (1, 10, 50, 1000):
            values = rng.random(n).astype(np.float32)
            values[rng.random(n) < 0.4] = 0
            values[rng.integers(0, n, n // 10)] = 0.5  # ties
            positive = np.flatnonzero(values > 0)
            kth = np.sort(values[positive])[::-1][min(k, len(positive)) - 1]
            assert np.array_equal(_top_positive(values, k), positive[values[positive] >= kth])
            scores = np.round(rng.random(n), 2)
            full = np.argsort(-scores, kind="stable")
            prefix = _ranked(scores, k)
            assert len(prefix) >= min(k, n) and np.array_equal(prefix, full[: len(prefix)])


@pytest.mark.parametrize("seed", range(3))
def test_a_querys_glossary_phrases_are_found_as_the_level_loop_finds_them(seed, monkeypatch):
    analyzer = make_config().analyzer
    for record in _records(150, seed):
        texts, weights, _owner = terms.record_texts([record], 2.0)
        monkeypatch.setattr(terms, "_FEW_PHRASE_STARTS", 10**9)
        few = terms.analyse(analyzer, analyzer.vocabulary, texts, weights, spans=True)
        monkeypatch.setattr(terms, "_FEW_PHRASE_STARTS", -1)
        many = terms.analyse(analyzer, analyzer.vocabulary, texts, weights, spans=True)
        for name in ("keys", "field", "weight", "start", "end"):
            a, b = getattr(few, name), getattr(many, name)
            assert a.dtype == b.dtype and np.array_equal(a, b), name


def test_a_ranking_read_to_its_depth_equals_the_full_order_and_the_pairs_scores():
    offers = _records(3000, 4)
    index = Index(offers, role="offer", config=make_config(), now=1.8e9)
    for need in _records(30, 5, "need"):
        rows, scores, contributions, order, _found = index._scored(need, surfaces=False)
        hits = index.rank(need, k=10)
        full = [int(rows[j]) for j in order[:10] if scores[j] > 0]
        assert [h.position for h in hits] == full
        assert [h.score for h in hits] == [float(scores[j]) for j in order[: len(hits)]]
        banned = [h.id for h in hits[:3]]
        assert [h.position for h in index.rank(need, k=10, exclude=banned)] == [
            r for r in [int(rows[j]) for j in order if scores[j] > 0] if index.ids[r] not in banned
        ][:10]
        pairs = index.score_ids(need, [h.id for h in hits])
        assert [(p.id, p.score, p.shared_terms) for p in pairs] == [(h.id, h.score, h.shared_terms) for h in hits]


def _reference_fuse(plain, second, rrf_k, weight):
    """The fusion of Index._cross_language as a full stable sort of each run and a two-key sort."""
    fused = np.zeros(len(plain))
    for run, w in ((plain, 1.0), (second, weight)):
        ranked = np.argsort(-run, kind="stable")
        ranked = ranked[run[ranked] > 0]
        fused[ranked] += w / (rrf_k + np.arange(len(ranked)) + 1)
    order = np.lexsort((-plain, -fused))
    listed = order[fused[order] > 0]
    values = np.sort(plain)[::-1][: len(listed)]
    for i in np.flatnonzero(values <= 0).tolist():
        values[i] = min(second[listed[i]], values[i - 1] if i else second[listed[i]])
    final = np.zeros(len(plain))
    final[listed] = values
    return final, order


def test_the_fusion_equals_full_sorts():
    rng = np.random.default_rng(2)
    for n in (1, 5, 40, 1200):
        for _ in range(30):
            # Scores on a coarse grid (ties in each run and in the fused sums), zeros in either run or both.
            plain = np.round(rng.random(n), 1) * (rng.random(n) < 0.7)
            second = np.where(rng.random(n) < 0.2, plain, np.round(rng.random(n), 1) * (rng.random(n) < 0.7))
            for weight in (1.0, 1.25):
                final, order = _fuse(plain, second, 60.0, weight)
                expected_final, expected_order = _reference_fuse(plain, second, 60.0, weight)
                assert np.array_equal(order, expected_order) and np.array_equal(final, expected_final)


def test_the_descending_order_equals_a_stable_sort():
    rng = np.random.default_rng(3)
    for n in (0, 1, 2, 7, 300, 3000):
        for grid in (0, 2, 3, 100):  # rounded to a few digits: runs of ties, few or many
            values = rng.random(n)
            if grid:
                values = np.round(values, grid)
            values[rng.random(n) < 0.1] = 0
            assert np.array_equal(_descending(values), np.argsort(-values, kind="stable"))


def _reference_shared_terms(index, found, row):
    """Index._shared_terms of one row as a dictionary per query and a loop over the row's terms: how the
    query wrote each shown term, the best (rank, weight) of each string in the order met, then the sort."""
    parts, cols, (surface_cols, starts, ends, tokens) = found
    explainable = {}
    for col, a, b in zip(surface_cols.tolist(), starts.tolist(), ends.tolist(), strict=True):
        kind = int(index.kinds[col])
        shown = " ".join(tokens[a:b])
        if kind == terms.ACCENT or shown.isdigit():
            continue
        if kind == terms.WORD and (not shown.isascii() or len(shown) < 3):
            continue
        rank = 2 if kind == terms.WORD else 1 if kind == terms.BIGRAM else 0
        explainable[col] = (shown, rank, float(index.kind_weight[col]))
    weights = []
    for matrix, offset, which, matrix_rows in parts:
        if not offset <= row < offset + matrix.shape[1]:
            continue
        pairs = [(c, m) for c, m in zip(cols[which].tolist(), matrix_rows.tolist(), strict=True) if c in explainable]
        if pairs:
            shown_cols, shown_rows = np.array(pairs, np.int64).T
            which_term, _docs, at = _find_postings(matrix.indptr, matrix.indices, shown_rows, [row - offset])
            weights += zip(shown_cols[which_term].tolist(), matrix.data[at].tolist(), strict=True)
    best = {}
    for col, w in weights:
        shown, rank, kind_weight = explainable[col]
        old = best.get(shown)
        if old is None or rank < old[0] or (rank == old[0] and w * kind_weight > old[1]):
            best[shown] = (rank, w * kind_weight)
    out, covered = [], set()
    for rank, _weight, _i, shown in sorted((r, -w, i, t) for i, (t, (r, w)) in enumerate(best.items())):
        words = _folded_words(shown)
        if (rank == 1 and not covered.isdisjoint(words)) or covered.issuperset(words):
            continue
        covered.update(words)
        out.append(shown)
        if len(out) == 8:
            break
    return out


def test_the_shared_terms_chosen_for_all_shown_rows_at_once_equal_a_loop_per_row():
    index = Index(_records(2000, 6), role="offer", config=make_config(), now=1.8e9)
    twin = index.fork()
    for extra in _records(30, 7):
        twin.add(dataclasses.replace(extra, id=10_000 + extra.id))
    rng = np.random.default_rng(4)
    for idx in (index, twin):
        for need in _records(25, 8, "need"):
            rows, scores, _contributions, order, found = idx._scored(need, surfaces=True, depth=10)
            # the top 10 and a few rows further down (the delta's rows among them, for the twin)
            shown = np.unique(np.concatenate([rows[order[:10]], rng.choice(len(idx.ids), 6, replace=False)]))
            got = idx._shared_terms(found[0], shown)
            assert got == {int(r): _reference_shared_terms(idx, found[0], int(r)) for r in shown}


BLOCK = 99  # any key: _unblocked is told which one is the block


def test_blocked_phrases_are_found_by_searches_as_by_a_loop_over_the_blocks():
    # terms._unblocked drops the blocking phrases and every shorter phrase inside one; the loop below is
    # what it replaced (one pass over all the phrases per block, quadratic with many blocks in a batch).
    rng = np.random.default_rng(5)
    for _ in range(200):
        n = int(rng.integers(1, 60))
        start = rng.integers(0, 40, n)
        end = start + rng.integers(1, 6, n)
        keys = np.where(rng.random(n) < 0.3, BLOCK, rng.integers(1, 50, n))
        keep = keys != BLOCK
        for s, e in zip(start[~keep].tolist(), end[~keep].tolist(), strict=True):
            keep &= ~((start >= s) & (end <= e) & (end - start < e - s))
        (k,), (s_,), (e_,) = terms._unblocked(BLOCK, keys, start, end)
        np.testing.assert_array_equal(k, keys[keep])
        np.testing.assert_array_equal(s_, start[keep])
        np.testing.assert_array_equal(e_, end[keep])


def test_the_feedbacks_words_only_analysis_and_stored_lengths_equal_the_full_analysis():
    # The cross-language feedback analyses the posts it learns from without the glossary (their words and
    # syllable pairs do not depend on it) and reads their lengths from the index: the same as analysing them
    # in full, for posts of the build and posts added since.
    records = _records(600, 21)
    index = Index(records[:500], role="offer", config=make_config())
    fork = index.fork()
    for r in records[500:]:
        fork.add(dataclasses.replace(r, id=f"new-{r.id}"))
    analyzer, vocabulary, boost = index.config.analyzer, index.vocabulary, index.config.text["title_boost"]
    rows = np.array([0, 7, 499, 500, 555, 599])
    picked = [fork.records[r] for r in rows]
    docs, keys, tf = terms.postings(analyzer, vocabulary, picked, boost)
    np.testing.assert_array_equal(fork._lengths(rows), np.bincount(docs, weights=tf, minlength=len(rows)))
    kinds = vocabulary.kind_of(keys)
    plain = (kinds == terms.WORD) | (kinds == terms.BIGRAM)
    docs_w, keys_w, tf_w = terms.postings(analyzer, vocabulary, picked, boost, concepts=False)
    kinds_w = vocabulary.kind_of(keys_w)
    only = (kinds_w == terms.WORD) | (kinds_w == terms.BIGRAM)
    np.testing.assert_array_equal(docs_w[only], docs[plain])
    np.testing.assert_array_equal(keys_w[only], keys[plain])
    np.testing.assert_array_equal(tf_w[only], tf[plain])
    assert not np.isin(kinds_w, [terms.CONCEPT, terms.GENERIC_CONCEPT]).any()
    assert np.isin(kinds, [terms.CONCEPT, terms.GENERIC_CONCEPT]).any()
