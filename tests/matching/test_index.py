import dataclasses
import os

import numpy as np
import pytest

from matching import scoring
from matching.index import Index, make_config
from matching.scoring import Record

M = 1_000_000
OFFERS = [
    Record(
        "vi-dryer",
        "Máy sấy cơm dừa bằng khí nóng gián tiếp",
        "Sấy cơm dừa không ám khói, 2 tấn/mẻ",
        trl=8,
        price_min=450 * M,
        price_max=800 * M,
        transfer_modes=frozenset({"turnkey"}),
        sectors=frozenset({"coconut"}),
    ),
    Record(
        "en-dryer",
        "Indirect hot-air copra dryer",
        "Smoke-free drying of coconut kernels, 2 t per batch",
        trl=8,
        sectors=frozenset({"coconut"}),
    ),
    Record("peeler", "Máy gọt vỏ dừa tươi", "Gọt vỏ dừa 600 trái/giờ", trl=9, sectors=frozenset({"coconut"})),
    Record(
        "wastewater",
        "Hệ thống xử lý nước thải thủy sản",
        "Bể sinh học MBBR, đạt QCVN",
        sectors=frozenset({"wastewater"}),
    ),
    Record("river", "Thiết bị đo mực nước sông", "Cảnh báo lũ, thải số liệu về trung tâm"),
]


def index():
    return Index(OFFERS, role="offer", config=make_config())


def ids(hits):
    return [h.id for h in hits]


def test_a_vietnamese_need_finds_the_vietnamese_and_the_english_offer_first():
    need = Record("n", "Cần máy sấy cơm dừa", "Lò thủ công làm cơm dừa ám khói", sectors=frozenset({"coconut"}))
    assert set(ids(index().rank(need, k=2))) == {"vi-dryer", "en-dryer"}


def test_without_the_glossary_the_english_offer_is_not_found():
    need = Record("n", "Cần máy sấy cơm dừa", "Lò thủ công làm cơm dừa ám khói")
    plain = Index(OFFERS, role="offer", config=make_config(glossary=False))
    assert "en-dryer" not in ids(plain.rank(need, k=5))
    assert "en-dryer" in ids(index().rank(need, k=2))


def test_a_query_typed_without_accents_finds_accented_text():
    assert ids(index().rank(Record("n", "may say dua"), k=1)) == ["vi-dryer"]


def test_a_bridge_need_in_cau_ke_finds_the_bridge_not_the_embankment():
    offers = [
        Record("bridge", "Thiết kế cầu bê tông nông thôn", "Cầu dân sinh nhịp 12 m, tải trọng 3 tấn"),
        Record("embankment", "Kè chống sạt lở bờ sông", "Kè mềm bằng cọc tre và rọ đá"),
        Record("greenhouse", "Nhà màng trồng rau", "Nhà màng khung thép mạ kẽm cho hợp tác xã"),
    ]
    need = Record("n", "Nhu cầu xây cầu ở Cầu Kè", "Xã Cầu Kè, Trà Vinh: yêu cầu cầu qua kênh cho xe 3 tấn")
    found = ids(Index(offers, role="offer", config=make_config()).rank(need, k=3))
    assert found[0] == "bridge" and "embankment" not in found
    # Without the stop phrases the district's name is two words, and "kè" finds the embankment.
    plain = Index(offers, role="offer", config=make_config(stop_phrases=()))
    assert "embankment" in ids(plain.rank(need, k=3))


def test_a_multi_syllable_word_outranks_its_syllables_apart():
    hits = index().rank(Record("n", "xử lý nước thải"), k=5)
    assert hits[0].id == "wastewater"
    scores = {h.id: h.score for h in hits}
    assert scores.get("river", 0) < scores["wastewater"]


def test_an_explanation_gives_the_signals_and_the_shared_terms():
    need = Record(
        "n",
        "Cần máy sấy cơm dừa",
        "Lò thủ công",
        min_trl=6,
        budget_min=500 * M,
        budget_max=900 * M,
        transfer_modes=frozenset({"turnkey", "equipment"}),
        sectors=frozenset({"coconut"}),
    )
    top = index().rank(need, k=1)[0]
    assert top.id == "vi-dryer"
    assert top.contributions["text"] > 0 and top.contributions["sector"] > 0
    assert top.contributions["trl"] > 0 and top.contributions["budget"] > 0 and top.contributions["mode"] > 0
    assert top.score == pytest.approx(min(1.0, sum(top.contributions.values())))
    assert "cơm dừa" in top.shared_terms
    en = index().score_ids(need, ["en-dryer"])[0]
    assert en.contributions["budget"] == 0.0  # the English offer states no price: nothing, not a penalty


def test_excluded_documents_are_left_out():
    need = Record("n", "Cần máy sấy cơm dừa")
    assert "vi-dryer" not in ids(index().rank(need, k=5, exclude={"vi-dryer"}))


def test_ranking_many_at_once_agrees_with_one_by_one():
    needs = [Record("a", "máy sấy dừa"), Record("b", "nước thải thủy sản"), Record("c", "copra dryer")]
    idx = index()
    batch = idx.rank_many(needs * 70, k=3, processes=2)  # forked workers, like the nightly re-rank
    assert len(batch) == 210
    for need, hits in zip(needs * 70, batch, strict=False):
        single = idx.rank(need, k=3)
        assert ids(hits) == ids(single)
        assert [round(h.score, 6) for h in hits] == [round(h.score, 6) for h in single]


def test_an_empty_or_unknown_query_ranks_nothing():
    assert index().rank(Record("n", "zzzz qqqq"), k=5) == []
    assert Index([], role="offer").rank(Record("n", "máy sấy"), k=5) == []


def test_a_post_added_without_rebuilding_ranks_and_explains_like_the_others():
    idx = index()
    before = len(idx.ids)
    row = idx.add(Record("new", "Máy lọc nước mặn thành nước ngọt bằng màng RO", "Lọc nước nhiễm mặn cho hộ dân."))
    assert row == before and idx.delta_size == 1
    top = idx.rank(Record("n", "Cần máy lọc nước mặn"), k=1)[0]
    assert top.id == "new" and "nước mặn" in " ".join(top.shared_terms)
    rebuilt = Index(idx.records, role="offer")
    assert ids(rebuilt.rank(Record("n", "Cần máy lọc nước mặn"), k=1)) == ["new"]


def test_a_removed_post_leaves_the_rankings_and_a_replaced_one_takes_its_new_text():
    idx = index()
    assert idx.remove("vi-dryer") and not idx.remove("vi-dryer")
    assert "vi-dryer" not in ids(idx.rank(Record("n", "máy sấy dừa"), k=5))
    assert idx.score_ids(Record("n", "máy sấy dừa"), ["vi-dryer"]) == []
    idx.add(Record("en-dryer", "Solar desalination still", "Drinking water from brackish wells."))
    assert "en-dryer" not in ids(idx.rank(Record("n", "coconut dryer"), k=5))
    assert ids(idx.rank(Record("n", "solar desalination"), k=1)) == ["en-dryer"]
    assert idx.live_ids() == {"en-dryer", "peeler", "wastewater", "river"}
    assert idx.position["en-dryer"] == 5 and idx.fork().position["en-dryer"] == 5


def test_a_post_added_in_a_new_sector_counts_for_that_sector():
    idx = index()
    idx.add(Record("sx", "Zzz qqq", sector_text="Thủy sản nước lợ mới"))
    assert "sx" in ids(idx.rank(Record("n", "zzz", sector_text="Thủy sản nước lợ mới"), k=5))


def test_an_index_built_in_runs_through_a_temporary_file_equals_one_built_at_once():
    records = OFFERS * 3
    records = [dataclasses.replace(r, id=f"{r.id}-{i}") for i, r in enumerate(records)]
    whole = Index(records, role="offer", config=make_config())
    runs = Index(records, role="offer", config=make_config(), chunk=2)  # 8 runs, spilled to a file
    assert list(whole.keys) == list(runs.keys)
    assert (whole.term_doc != runs.term_doc).nnz == 0
    assert (whole.term_doc.indices == runs.term_doc.indices).all()
    need = Record("n", "Cần máy sấy cơm dừa", "xử lý nước thải")
    assert [(h.id, round(h.score, 6), h.shared_terms) for h in whole.rank(need, k=5)] == [
        (h.id, round(h.score, 6), h.shared_terms) for h in runs.rank(need, k=5)
    ]


CROSS = [
    Record("vi-dryer", "Máy sấy cơm dừa bằng khí nóng", "Sấy cơm dừa 2 tấn mỗi mẻ"),
    Record("en-dryer", "Copra dryer with hot air", "Smoke-free kernels, steady moisture in every batch"),
    Record("en-kernels", "Smoke-free kernels in every batch", "Steady moisture, steady kernels, a batch a day"),
    Record("en-shrimp", "Shrimp pond aerator", "Paddle wheels for ponds"),
    Record("vi-shrimp", "Quạt nước ao tôm", "Tiết kiệm điện cho ao nuôi"),
]


def test_an_other_language_offer_the_glossary_finds_lends_its_words_to_find_another():
    need = Record("n", "Cần máy sấy cơm dừa", "Cơm dừa phơi nắng bị mốc")
    plain = Index(CROSS, role="offer", config=make_config(cross_language=False))
    fed = Index(CROSS, role="offer", config=make_config())
    assert "en-kernels" not in ids(plain.rank(need, k=5))
    hits = fed.rank(need, k=5)
    assert "en-kernels" in ids(hits)
    kernels = next(h for h in hits if h.id == "en-kernels")
    assert kernels.contributions["crosslingual"] > 0  # the fusion, shown as its own part of the score


def test_the_cap_bounds_what_the_feedback_can_lift():
    # A post's fed BM25 is at most cap × its first-run BM25, or floor × the best for a post the need's words
    # missed (scoring.CROSS_LANGUAGE).
    records = [*CROSS, Record("vi-sun", "Sân phơi nắng có mái che", "Phơi lúa, phơi cá khô")]
    need = Record("n", "Cần máy sấy cơm dừa", "Cơm dừa phơi nắng bị mốc")

    def ranked(**cross):
        config = make_config(cross_language=bool(cross))
        if cross:
            config.cross_language = {**config.cross_language, **cross}
        return {h.id: h.score for h in Index(records, role="offer", config=config).rank(need, k=5)}

    plain = list(ranked())
    assert plain == ["vi-dryer", "vi-sun", "en-dryer"]
    # At cap 1 the second run is the first: the words' order stands, the post they missed comes last.
    assert list(ranked(cap=1.0)) == [*plain, "en-kernels"]
    # As shipped, the English dryer the glossary found passes the sun-drying yard; the kernels post stays last.
    shipped = ranked(cap=scoring.CROSS_LANGUAGE["cap"])
    assert list(shipped) == ["vi-dryer", "en-dryer", "vi-sun", "en-kernels"]
    # Uncapped, the post the words missed is lifted as far as the feedback's own strength takes it.
    assert ranked(cap=0)["en-kernels"] > 3 * shipped["en-kernels"]


def test_fused_scores_follow_the_fused_order_and_a_pair_scores_the_same_from_either_call():
    need = Record("n", "Cần máy sấy cơm dừa", "Cơm dừa phơi nắng bị mốc")
    index = Index(CROSS, role="offer", config=make_config())
    hits = index.rank(need, k=5)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    again = {h.id: h.score for h in index.score_ids(need, [h.id for h in hits])}
    assert again == {h.id: h.score for h in hits}


def test_without_a_temporary_file_the_runs_stay_in_memory(monkeypatch):
    import matching.index

    records = [dataclasses.replace(r, id=f"{r.id}-{i}") for i, r in enumerate(OFFERS * 3)]
    whole = Index(records, role="offer", config=make_config())
    monkeypatch.setattr(matching.index, "_spill_file", lambda: None)
    runs = Index(records, role="offer", config=make_config(), chunk=2)
    assert (whole.term_doc != runs.term_doc).nnz == 0


# The query-time kernels (issue 12, round 3) against plain numpy/scipy references.


def _random_term_doc(seed: int, terms: int = 60, docs: int = 500):
    import numpy as np
    import scipy.sparse as sp

    rng = np.random.default_rng(seed)
    dense = (rng.random((terms, docs)) < 0.05) * rng.random((terms, docs))
    dense[rng.integers(0, terms, 5)] = 0  # terms without postings
    matrix = sp.csr_matrix(dense.astype(np.float32))
    matrix.indptr, matrix.indices = matrix.indptr.astype(np.int32), matrix.indices.astype(np.int32)
    return matrix, rng


@pytest.mark.parametrize("seed", range(5))
def test_one_kernel_call_per_group_of_terms_sums_their_postings_like_a_row_slice_product(seed):
    import numpy as np

    from matching.index import _accumulate, _spans

    matrix, rng = _random_term_doc(seed)
    cols = rng.choice(matrix.shape[0], 25, replace=False)  # any order, as a query gives them
    weights = rng.random(25).astype(np.float32)
    words = rng.random(25) < 0.5
    out = np.zeros(matrix.shape[1], np.float32)
    lexical = np.zeros(matrix.shape[1], np.float32)
    _accumulate(matrix, cols, weights, words, out, lexical)
    assert np.allclose(out, matrix[cols].T @ weights, rtol=1e-5, atol=1e-6)
    assert np.allclose(lexical, matrix[cols[words]].T @ weights[words], rtol=1e-5, atol=1e-6)
    # The kernel reads the query terms' postings and no other: every in-between column is empty.
    spans, _order = _spans(matrix, cols)
    lengths = np.diff(spans.astype(np.int64))
    assert lengths[0::2].sum() == matrix[cols].nnz and (lengths[1::2] <= 0).all()


@pytest.mark.parametrize("seed", range(5))
def test_the_shown_rows_postings_are_found_like_a_dense_lookup(seed):
    import numpy as np

    from matching.index import _find_postings

    matrix, rng = _random_term_doc(seed)
    terms = rng.choice(matrix.shape[0], 20, replace=False).astype(np.int64)
    rows = np.sort(rng.choice(matrix.shape[1], 10, replace=False))
    which, row_of, at = _find_postings(matrix.indptr, matrix.indices, terms, rows)
    term_of = terms[which]
    dense = matrix.toarray()
    expected = {(int(t), int(r)) for t in terms for r in rows if dense[t, r] != 0}
    assert set(zip(term_of.tolist(), row_of.tolist(), strict=True)) == expected
    assert np.array_equal(matrix.data[at], dense[term_of, row_of].astype(np.float32))


def test_the_candidate_union_and_the_query_terms_equal_numpys():
    import numpy as np

    from matching.index import _union_sorted
    from matching.terms import _unique_inverse

    rng = np.random.default_rng(0)
    for _ in range(50):
        rows = np.unique(rng.integers(0, 300, rng.integers(0, 40)))
        more = np.unique(rng.integers(0, 300, rng.integers(0, 10)))
        rng.shuffle(more)
        assert np.array_equal(_union_sorted(rows, more), np.union1d(rows, more))
        keys = rng.integers(0, 50, rng.integers(1, 60))
        unique, inverse, firsts = _unique_inverse(keys)
        expected, expected_first, expected_inverse = np.unique(keys, return_index=True, return_inverse=True)
        assert np.array_equal(unique, expected) and np.array_equal(inverse, expected_inverse)
        assert np.array_equal(firsts, expected_first)


def test_a_forked_index_keeps_its_own_sector_levels():
    offers = [Record(id=1, title="Máy sấy dừa", sectors=frozenset({"agri"})), Record(id=2, title="Sấy cá")]
    config = make_config([("agri", None, "Nông nghiệp", "Agriculture", "")])
    index = Index(offers, role="offer", config=config)
    need = Record(id="n", title="Máy sấy", sector_text="coconut drying")
    before = index.sector_scores(need).tolist()
    twin = index.fork()
    twin.add(Record(id=3, title="Sấy", sector_text="coconut drying"))
    assert twin.sector_scores(need).tolist()[:2] == before and twin.sector_scores(need)[2] == 1.0
    assert index.sector_scores(need).tolist() == before


ADDED = [
    Record("ro", "Máy lọc nước mặn thành nước ngọt bằng màng RO", "Lọc nước nhiễm mặn cho hộ dân.", trl=7),
    Record("still", "Solar desalination still", "Drinking water from brackish wells.", price_min=90 * M),
    Record("kiln", "Lò sấy than gáo dừa", "Than hoạt tính từ gáo dừa", sector_text="Than sinh học mới"),
]
QUERIES = [
    Record("q1", "Cần máy lọc nước mặn", budget_max=100 * M),
    Record("q2", "máy sấy dừa"),
    Record("q3", "than gáo dừa"),
]


def _ranked(idx):
    return [[(h.id, round(h.score, 9), h.shared_terms) for h in idx.rank(q, k=8, explain=True)] for q in QUERIES]


def test_versions_forked_one_after_another_share_their_arrays_and_each_sees_only_its_own_rows():
    """services.index_for folds each change into a fork of the index in use: the new rows go into the room
    after the shared arrays, in place, and an older version, still answering queries, never sees them."""
    base = index()
    alone = index()
    for record in ADDED:
        alone.add(record)
    versions = [base]
    for record in ADDED:
        versions.append(versions[-1].fork())
        versions[-1].add(record)
    last = versions[-1]
    assert _ranked(last) == _ranked(alone)
    for name in ("trl", "price_min", "languages", "sector_ptr", "idf", "kind_weight"):
        assert np.shares_memory(getattr(versions[1], name), getattr(last, name)), name
    assert [len(v.trl) for v in versions] == [5, 6, 7, 8] and len(base.position) == 5
    for version, size in zip(versions, (5, 6, 7, 8), strict=True):
        assert set(ids(version.rank(Record("n", "nước mặn than dừa sấy"), k=10))) <= {r.id for r in version.records}
        assert len(version.records) == len(version.sector_ptr) - 1 == size
    assert _ranked(base) == _ranked(index())


def _derived_values(idx) -> dict:
    """The per-post values an index derives from its structured arrays, as its queries left them in its cache."""
    out = {}
    for name, (_source, value) in idx._derived_cache.items():
        arrays = value if isinstance(value, tuple) else (value,)
        out[name] = [None if a is None else np.asarray(a).copy() for a in arrays]
    return out


def _same_values(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(
        len(a[k]) == len(b[k])
        and all(
            (x is None and y is None) or np.array_equal(x, y, equal_nan=x.dtype.kind == "f")
            for x, y in zip(a[k], b[k], strict=True)
        )
        for k in a
    )


MORE = [
    # a readiness, a region and transfer modes no build post has, two sectors, a language of its own
    Record(
        "pump",
        "Solar water pump",
        "Pumps for shrimp ponds",
        trl=3,
        region="VN-51",
        sectors=frozenset({"coconut", "wastewater"}),
        transfer_modes=frozenset({"licence", "training"}),
        negotiable=True,
        published=1.6e9,
    ),
    Record(
        "sensor",
        "Cảm biến độ mặn",
        "Đo độ mặn nước sông",
        price_max=30 * M,
        published=1.7e9,
        sectors=frozenset({"wastewater", "coconut"}),
    ),
]


@pytest.mark.parametrize("order", [(0, 1, 2, 3, 4), (3, 0, 4, 1, 2), (4, 3, 2, 1, 0)])
def test_the_values_a_fork_derives_for_its_added_posts_are_those_made_afresh_and_it_shares_the_rest(order):
    """Signals read per-post values derived from the structured arrays (freshness, budget bounds, sectors,
    languages, distinct values): a fork extends the version's by its added posts' only. Whatever the posts
    added and their order, the values equal those made from nothing for the same rows."""
    added = [[*ADDED, *MORE][j] for j in order]
    base = index()
    queries = [
        *QUERIES,
        Record(
            "q4",
            "máy bơm năng lượng mặt trời",
            min_trl=2,
            budget_min=5 * M,
            region="VN-51",
            transfer_modes=frozenset({"licence"}),
            sectors=frozenset({"coconut"}),
        ),
    ]
    versions = [base]
    for record in added:
        for q in queries:
            versions[-1].rank(q, k=8, explain=True)
        versions.append(versions[-1].fork())
        versions[-1].add(record)
    last = versions[-1]
    ranked = [[(h.id, h.score) for h in last.rank(q, k=8, explain=True)] for q in queries]
    fresh = last.fork()
    fresh._derived_cache, fresh._room, fresh._tables = {}, {}, {}
    assert [[(h.id, h.score) for h in fresh.rank(q, k=8, explain=True)] for q in queries] == ranked
    assert _same_values(_derived_values(last), _derived_values(fresh))
    kept = last._derived_cache["freshness"][1][0]
    assert np.shares_memory(kept, base._derived_cache["freshness"][1][0])


def test_the_first_fork_of_a_build_writes_its_post_into_the_room_after_the_builds_arrays():
    base = index()
    twin = base.fork()
    twin.add(ADDED[0])
    for name in ("trl", "published", "languages", "sector_ptr", "sector_of", "deleted"):
        assert len(getattr(twin, name)) > len(getattr(base, name)) or name == "sector_of"
    for name in ("trl", "published", "languages", "sector_ptr"):
        assert np.shares_memory(getattr(base, name), getattr(twin, name)), name
    assert len(base.trl) == 5 and twin.trl[-1] == 7


def test_two_forks_of_one_version_each_add_their_own_post_without_seeing_the_other():
    base = index()
    first, second = base.fork(), base.fork()
    first.add(ADDED[0])
    second.add(ADDED[1])
    assert not np.shares_memory(first.trl, second.trl)
    assert first.trl[-1] == 7 and np.isnan(second.trl[-1]) and second.price_min[-1] == 90 * M
    assert "still" not in first.position and "ro" not in second.position
    assert ids(first.rank(QUERIES[0], k=1)) == ["ro"] and "ro" not in ids(second.rank(QUERIES[0], k=8))
    alone = index()
    alone.add(ADDED[1])
    assert _ranked(second) == _ranked(alone)
    assert second.delta_cols.tolist() == sorted(set(second.delta[0][0].tolist()))


def test_a_post_with_no_indexable_words_can_be_added_and_the_index_still_ranks():
    idx = index()
    idx.add(Record("blank", "…", ""))
    assert len(idx.delta_cols) == 0
    assert ids(idx.rank(Record("n", "máy sấy dừa"), k=2))[0] in {"vi-dryer", "en-dryer"}


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork")
def test_a_worker_forked_while_another_thread_extends_a_buffer_can_extend_its_own():
    """_parallel forks workers that may extend derived values (Index._extended); a lock another thread held at the
    fork would never be released in the worker."""
    from matching import index as index_module

    index_module._ROOM_LOCK.acquire()
    try:
        pid = os.fork()
        if pid == 0:  # the worker: the lock must be free here
            os._exit(0 if index_module._ROOM_LOCK.acquire(timeout=2) else 1)
    finally:
        index_module._ROOM_LOCK.release()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
