"""The adapter of the e5 space (matching/adapter.py) and the reranker's adapted features."""

import dataclasses

import numpy as np
import pytest

from matching import adapter, embeddings, rerank, scoring
from matching.embeddings import DIM
from matching.index import Index, make_config

from . import benches
from .test_index import OFFERS
from .test_rerank import NEED


def _unit(x):
    return x / np.linalg.norm(x, axis=-1, keepdims=True)


def _task(rng, needs, places=8):
    """Needs (each with a part common to needs: NEED_SIDE) whose right answer holds the part common to answers
    (ANSWER_SIDE) and little of the need's own words, among posts nearer the need by cosine that are not answers:
    a relation between the two sides that the cosine cannot see and a map of the space can."""
    out = []
    for _ in range(needs):
        topic = _unit(rng.normal(size=DIM))
        q = _unit(NEED_SIDE + topic)
        answer = _unit(ANSWER_SIDE + 0.5 * topic + 0.5 * _unit(rng.normal(size=DIM)))
        decoys = _unit(q + 1.0 * _unit(rng.normal(size=(places - 1, DIM))))
        documents = np.vstack([decoys, answer]).astype(np.float32)
        grades = np.r_[np.zeros(places - 1), 2.0]
        out.append((q.astype(np.float32), documents, grades))
    return out


_SIDES = np.random.default_rng(1).normal(size=(2, DIM))
NEED_SIDE, ANSWER_SIDE = _unit(_SIDES[0]), _unit(_SIDES[1])


def _first_is_answer(examples, matrix):
    return np.mean([np.argmax(d @ (q @ matrix)) == len(g) - 1 for q, d, g in examples])


def test_the_adapter_learns_a_relation_the_cosine_misses_and_it_holds_on_other_needs():
    rng = np.random.default_rng(3)
    training, other = _task(rng, 150), _task(rng, 60)
    matrix = adapter.learn(training, iterations=60)
    assert _first_is_answer(other, np.eye(DIM, dtype=np.float32)) < 0.2  # the cosine puts a decoy first
    assert _first_is_answer(other, matrix) > 0.8


def test_with_no_pair_to_learn_from_the_adapter_is_the_cosine():
    q = _unit(np.ones(DIM)).astype(np.float32)
    same_grades = (q, np.vstack([q, q]), np.array([1.0, 1.0]))
    assert np.array_equal(adapter.learn([same_grades]), np.eye(DIM, dtype=np.float32))
    assert np.array_equal(adapter.learn([]), np.eye(DIM, dtype=np.float32))


def test_a_strong_penalty_keeps_the_adapter_near_the_cosine():
    task = _task(np.random.default_rng(4), 40)
    loose = adapter.learn(task, iterations=30, penalty=0.01)
    tight = adapter.learn(task, iterations=30, penalty=1e4)
    identity = np.eye(DIM)
    assert np.linalg.norm(tight - identity) < np.linalg.norm(loose - identity) / 20


def _whole_sets(rng, sets, needs=10):
    """_task's needs as whole labelled sets (adapter.learn_listwise's): each set's offers are its needs' answers
    and decoys together, every need graded against all of them."""
    out = []
    for _ in range(sets):
        task = _task(rng, needs, places=4)
        offers = np.vstack([d for _q, d, _g in task])
        grades = np.zeros((needs, len(offers)), np.float32)
        for i, (_q, d, g) in enumerate(task):
            grades[i, i * len(d) : (i + 1) * len(d)] = g
        out.append((np.vstack([q for q, _d, _g in task]), offers, grades))
    return out


def _answers_first(sets, matrix):
    firsts = [np.argmax(d @ (q @ matrix)) == np.argmax(g) for qs, d, gs in sets for q, g in zip(qs, gs, strict=True)]
    return np.mean(firsts)


def test_the_listwise_adapter_places_each_answer_above_every_offer_of_its_set():
    rng = np.random.default_rng(6)
    training, other = _whole_sets(rng, 15), _whole_sets(rng, 6)
    matrix = adapter.learn_listwise(training, iterations=60)
    assert _answers_first(other, np.eye(DIM, dtype=np.float32)) < 0.2  # the cosine puts a decoy first
    assert _answers_first(other, matrix) > 0.8
    # a set without any answer gives nothing to learn: the cosine
    q = _unit(np.ones((1, DIM))).astype(np.float32)
    assert np.array_equal(adapter.learn_listwise([(q, np.vstack([q, q]), np.zeros((1, 2)))]), np.eye(DIM))
    assert np.array_equal(adapter.learn_listwise([]), np.eye(DIM))


def test_the_listwise_gradient_is_the_slope_of_its_loss():
    rng = np.random.default_rng(7)
    dim = 6  # (the loss reads any size of map; the engine's is DIM × DIM)

    def block(needs, offers):
        shares = rng.random((needs, offers)) * (rng.random((needs, offers)) < 0.4)
        shares[:, 0] += 0.1
        return (
            _unit(rng.normal(size=(needs, dim))),
            _unit(rng.normal(size=(offers, dim))),
            shares / shares.sum(1)[:, None],
        )

    blocks = [block(3, 5), block(2, 4)]
    delta = 0.1 * rng.normal(size=(dim, dim))
    loss, gradient = adapter.listwise_loss(delta, blocks, temperature=5.0, penalty=0.01)
    for _ in range(3):
        direction = rng.normal(size=(dim, dim))
        step = 1e-6
        up = adapter.listwise_loss(delta + step * direction, blocks, temperature=5.0, penalty=0.01)[0]
        down = adapter.listwise_loss(delta - step * direction, blocks, temperature=5.0, penalty=0.01)[0]
        assert (up - down) / (2 * step) == pytest.approx(float(np.sum(gradient * direction)), rel=1e-5, abs=1e-8)
    assert gradient.shape == delta.shape and loss > 0


def test_the_similarities_of_packed_vectors_are_the_cosine_and_the_adapted_score():
    rng = np.random.default_rng(5)
    vectors = _unit(rng.normal(size=(6, DIM)) + 3 * embeddings.CENTRE).astype(np.float32)
    packed = embeddings.pack_many(vectors)
    matrix = (np.eye(DIM) + 0.05 * rng.normal(size=(DIM, DIM))).astype(np.float32)
    cosine, adapted = embeddings.similarities(packed[0], packed[1:], matrix)
    assert cosine == pytest.approx(embeddings.cosines(packed[0], packed[1:]), abs=1e-5)
    unpacked = embeddings.unpack(packed)
    assert adapted == pytest.approx(unpacked[1:] @ (unpacked[0] @ matrix), abs=1e-4)
    # the identity gives the cosine back; a missing vector gives nothing; no matrix, no adapted score
    _cosine, same = embeddings.similarities(packed[0], packed[1:], np.eye(DIM, dtype=np.float32))
    assert same == pytest.approx(cosine, abs=1e-5)
    assert embeddings.similarities(packed[0], [packed[1], None], matrix) is None
    assert embeddings.similarities(packed[0], packed[1:], None)[1] is None


def test_each_set_s_adapted_features_come_from_a_matrix_learnt_without_it(monkeypatch):
    learnt_on = []

    def fake_learn(examples, **options):
        learnt_on.append(sorted({int(q[0]) for q, _d, _g in examples}))
        return np.full((DIM, DIM), len(learnt_on), np.float32)

    monkeypatch.setattr(adapter, "learn", fake_learn)
    groups = {f"s{i}": [(np.full(DIM, i, np.float32), None, None)] for i in range(7)}
    fitted = adapter.cross_fitted(groups)
    assert set(fitted) == set(groups)
    for name, matrix in fitted.items():
        used = learnt_on[int(matrix[0, 0]) - 1]
        assert int(name[1:]) not in used and len(used) >= 5
    # the same folds with another learner (adapter.learn_listwise's, whole sets): it is the one called
    learnt_on.clear()
    other = []

    def other_learner(examples, **options):
        other.append(sorted({int(q[0]) for q, _d, _g in examples}))
        return np.zeros((DIM, DIM), np.float32)

    assert adapter.cross_fitted(groups, learner=other_learner).keys() == fitted.keys()
    assert len(other) == adapter.INNER_FOLDS and not learnt_on


def test_the_shipped_adapter_is_the_one_the_weights_were_learnt_with():
    model = scoring.RERANK
    matrix = adapter.matrix_of(model)
    assert matrix.shape == (DIM, DIM) and matrix.dtype == np.float32
    assert adapter.digest(matrix) == model["adapter_sha256"]
    assert model["weights"]["e5_adapted"] > 0 and rerank.uses_meaning(model)
    assert adapter.matrix_of({**model, "adapter": None}) is None
    # (a map, not the identity: the shipped one moves the cosine's space)
    assert np.abs(matrix - np.eye(DIM)).max() > 0.01
    # the residual map likewise (lex-1.32): learnt after the weights, read by e5_residual
    residual = adapter.residual_of(model)
    assert residual.shape == (DIM, DIM) and residual.dtype == np.float32
    assert adapter.digest(residual) == model["residual_sha256"] and np.linalg.norm(residual) > 0.1
    assert model["weights"]["e5_residual"] > 0 and adapter.needs_residual(model)
    assert adapter.residual_of({**model, "residual": None}) is None


def _turned_offers(seed):
    """OFFERS and NEED with vectors: the need's a random direction `base`, the offers' turned from it further and
    further towards another one, `away` (their cosines with the need fall in the offers' order):
    (base, away, the offers' vectors, offers, need)."""
    rng = np.random.default_rng(seed)
    base = _unit(rng.normal(size=DIM))
    away = _unit(rng.normal(size=DIM))
    vectors = [_unit(base + 0.4 * i * away).astype(np.float32) for i in range(len(OFFERS))]
    offers = [dataclasses.replace(o, extra={embeddings.KEY: v}) for o, v in zip(OFFERS, vectors, strict=True)]
    need = dataclasses.replace(NEED, extra={embeddings.KEY: base.astype(np.float32)})
    return base, away, vectors, offers, need


def test_the_reranker_reads_the_adapted_score_of_its_first_places_and_can_order_by_it():
    # A matrix that turns the need's vector towards the last offers' (the opposite of what their cosines say):
    # a model of the adapted score alone puts them first, and the table's three columns are that score, its
    # z-score over the first places and within each language group.
    base, away, vectors, offers, need = _turned_offers(6)
    turn = (np.eye(DIM) + 3.0 * np.outer(base, away)).astype(np.float32)
    model = {**scoring.RERANK, "weights": {"e5_adapted": 1.0}, "adapter": turn, "nearest": 0}  # (its first places)
    index = Index(offers, role="offer", config=make_config(rerank=model))
    ids, table = index.rerank_table(need)
    at = {o.id: o for o in offers}
    adapted = np.array([float(at[i].extra[embeddings.KEY] @ (need.extra[embeddings.KEY] @ turn)) for i in ids])
    at_adapted = rerank.FEATURES.index("e5_adapted")
    assert table[:, at_adapted] == pytest.approx(adapted, abs=1e-4)
    assert table[:, at_adapted + 1] == pytest.approx(rerank.standardised(adapted, len(ids)), abs=1e-3)
    same = table[:, rerank.FEATURES.index("same_language")] > 0
    assert table[:, at_adapted + 2] == pytest.approx(rerank.standardised_by_group(adapted, same), abs=1e-3)
    # e5_adapted_no_words: the adapted score where the post holds none of the need's words and pairs, else 0
    no_words = table[:, rerank.FEATURES.index("rarest_shared")] == 0
    assert no_words.any() and not no_words.all()
    assert table[:, rerank.FEATURES.index("e5_adapted_no_words")] == pytest.approx(adapted * no_words, abs=1e-4)
    # the bench that learns the weights fills the same four columns from each fold's own map
    bench = benches.load("matching_rerank")
    blank = table.copy()
    blank[:, at_adapted : at_adapted + 3] = 0
    blank[:, rerank.FEATURES.index("e5_adapted_no_words")] = 0
    vectors_of = np.array([at[i].extra[embeddings.KEY] for i in ids])
    filled = bench.with_adapted(blank, need.extra[embeddings.KEY], vectors_of, turn)
    np.testing.assert_allclose(filled, table, rtol=1e-4, atol=1e-4)
    hits = index.rank(need, k=len(ids), explain=False)
    assert [h.id for h in hits][: len(ids)] == [ids[j] for j in np.argsort(-adapted, kind="stable")]
    # without a matrix the columns are noughts
    plain = Index(offers, role="offer", config=make_config(rerank={**model, "adapter": None}))
    assert not plain.rerank_table(need)[1][:, at_adapted : at_adapted + 3].any()
    assert not plain.rerank_table(need)[1][:, rerank.FEATURES.index("e5_adapted_no_words")].any()


KEYS = ("adapter", "residual")  # (the two maps a model may name: a file beside adapter.py)


def test_an_adapter_file_that_cannot_be_read_leaves_the_fused_order_and_is_logged(tmp_path, caplog, monkeypatch):
    # A deployment that lost or damaged the map must not fail a page: the reranker keeps the fused order, as it
    # does for a post not embedded yet, and says why in the log.
    rng = np.random.default_rng(7)
    offers = [dataclasses.replace(o, extra={embeddings.KEY: _unit(rng.normal(size=DIM))}) for o in OFFERS]
    need = dataclasses.replace(NEED, extra={embeddings.KEY: _unit(rng.normal(size=DIM))})
    fused = Index(offers, role="offer", config=make_config(rerank=False)).rank(need, k=5, explain=False)
    (tmp_path / "broken.npy").write_bytes(b"not a numpy file")
    np.save(tmp_path / "small.npy", np.eye(3, dtype=np.float32))
    monkeypatch.setattr(adapter, "__file__", str(tmp_path / "adapter.py"))
    for name, key in [(name, key) for name in ("missing.npy", "broken.npy", "small.npy") for key in KEYS]:
        caplog.clear()
        adapter._load.cache_clear()  # (each file is read once: the second key would find it in the cache, unlogged)
        # (the other map readable, so that only the one named `key` stands in the way)
        model = {**scoring.RERANK, "residual": np.zeros((DIM, DIM), np.float32), key: name}
        model["weights"] = {**scoring.RERANK["weights"], "e5_residual": 1.0}
        index = Index(offers, role="offer", config=make_config(rerank=model))
        kept = index.rank(need, k=5, explain=False)
        assert [(h.id, h.score) for h in kept] == [(h.id, h.score) for h in fused], (name, key)
        assert all(h.contributions["reranked"] == 0 for h in kept)
        assert "e5 map" in caplog.text or "matrix of numbers" in caplog.text, (name, key)
    # the shipped file is read
    monkeypatch.undo()
    assert adapter.matrix_of(scoring.RERANK) is not None


def _in_context(task, base_of, first_of=None):
    """_task's needs as adapter.learn_residual's examples: each need's places scored by a reranker (base_of)."""
    return [(q, d, g, base_of(q, d, g), -1 if first_of is None else first_of(g)) for q, d, g in task]


def _first_by(examples, residual, beta, temperature=adapter.RESIDUAL_TEMPERATURE):
    """Each example's first place by β × the reranker's score + t × (q R)·d."""
    return [int(np.argmax(beta * s + temperature * (d @ (q @ residual)))) for q, d, _g, s, _f in examples]


def test_the_residual_map_orders_what_the_reranker_misses_and_it_holds_on_other_needs():
    # A reranker that ranks by the cosine puts a decoy first; the residual map, learnt in its context, adds what
    # it misses: on needs it never saw, the answer first.
    rng = np.random.default_rng(8)

    def by_cosine(q, d, _g):
        return 10.0 * (d @ q)

    training, other = _in_context(_task(rng, 150), by_cosine), _in_context(_task(rng, 60), by_cosine)
    residual, beta = adapter.learn_residual(training, iterations=60)
    answer = len(other[0][2]) - 1
    assert np.mean([f == answer for f in _first_by(other, np.zeros((DIM, DIM)), 1.0)]) < 0.2
    assert np.mean([f == answer for f in _first_by(other, residual, beta)]) > 0.8
    # Where the reranker's score already orders the places, it has little to add.
    knowing, _beta = adapter.learn_residual(_in_context(_task(rng, 150), lambda _q, _d, g: 10.0 * g), iterations=60)
    assert np.linalg.norm(knowing) < np.linalg.norm(residual) / 5
    # Nothing to learn from: no map, the reranker's score as it is.
    q = _unit(np.ones(DIM)).astype(np.float32)
    for nothing in ([], [(q, np.vstack([q, q]), np.zeros(2), np.zeros(2), -1)]):
        empty, one = adapter.learn_residual(nothing)
        assert not empty.any() and one == 1.0 and empty.shape == (DIM, DIM)


def test_the_residual_map_weighs_plain_bm25_s_first_answer():
    # Each need has two answers of grade 2: one holds the side common to answers, the other its own side, and
    # plain BM25's first answer is the second. Weighted, the map learns to put plain BM25's kind of answer first.
    rng = np.random.default_rng(9)
    own_side = _unit(rng.normal(size=DIM))

    def task(needs):
        out = []
        for q, d, g in _task(rng, needs, places=6):
            second = _unit(own_side + 0.5 * (d[-1] - ANSWER_SIDE)).astype(np.float32)
            out.append((q, np.vstack([d, second]), np.r_[g, 2.0], np.zeros(len(g) + 1), len(g)))
        return out

    training, other = task(120), task(40)
    plain = adapter.learn_residual(training, iterations=60, first=1.0)
    weighted = adapter.learn_residual(training, iterations=60, first=10.0)
    bm25_s = len(other[0][2]) - 1
    share = [np.mean([f == bm25_s for f in _first_by(other, *learnt)]) for learnt in (plain, weighted)]
    assert share[1] > share[0] + 0.3 and share[1] > 0.8


def test_the_residual_gradient_is_the_slope_of_its_loss():
    rng = np.random.default_rng(10)
    dim, needs, width = 5, 4, 6
    valid = np.ones((needs, width), bool)
    valid[1, 4:] = valid[3, 5:] = False  # (needs with fewer places)
    shares = rng.random((needs, width)) * valid
    block = (
        _unit(rng.normal(size=(needs, dim))),
        _unit(rng.normal(size=(needs, width, dim))),
        shares / shares.sum(1)[:, None],
        rng.normal(size=(needs, width)),
        valid,
    )
    residual, beta = 0.1 * rng.normal(size=(dim, dim)), 0.7
    loss, gradient, slope = adapter.residual_loss(residual, beta, block, temperature=5.0, penalty=0.01)

    def at(r, b):
        return adapter.residual_loss(r, b, block, temperature=5.0, penalty=0.01)[0]

    step = 1e-6
    for _ in range(3):
        direction = rng.normal(size=(dim, dim))
        numeric = (at(residual + step * direction, beta) - at(residual - step * direction, beta)) / (2 * step)
        assert numeric == pytest.approx(float(np.sum(gradient * direction)), rel=1e-5, abs=1e-8)
    assert (at(residual, beta + step) - at(residual, beta - step)) / (2 * step) == pytest.approx(slope, rel=1e-5)
    assert np.isfinite(loss) and loss > 0


def test_the_reranker_reads_the_residual_score_of_its_first_places():
    base, away, vectors, offers, need = _turned_offers(11)
    turn = (3.0 * np.outer(base, away)).astype(np.float32)
    model = {**scoring.RERANK, "weights": {"e5_residual": 1.0}, "residual": turn, "nearest": 0}
    index = Index(offers, role="offer", config=make_config(rerank=model))
    ids, table = index.rerank_table(need)
    at = {o.id: o for o in offers}
    mapped = np.array([float(at[i].extra[embeddings.KEY] @ (need.extra[embeddings.KEY] @ turn)) for i in ids])
    column = rerank.FEATURES.index("e5_residual")
    assert table[:, column] == pytest.approx(mapped, abs=1e-4) and np.ptp(mapped) > 0.1
    hits = index.rank(need, k=len(ids), explain=False)
    assert [h.id for h in hits][: len(ids)] == [ids[j] for j in np.argsort(-mapped, kind="stable")]
    # a model that names no residual map: the column is noughts
    plain = Index(offers, role="offer", config=make_config(rerank={**model, "residual": None, "weights": {"e5": 1.0}}))
    plain_ids, plain_table = plain.rerank_table(need)
    assert plain_ids == ids and not plain_table[:, column].any()
    # and one that reads the residual score without its map keeps the fused order (a file that cannot be read)
    unread = Index(offers, role="offer", config=make_config(rerank={**model, "residual": None}))
    assert unread.rerank_table(need)[0] == []
    # both maps from one unpacking of the vectors: the adapted score and the residual one
    packed = embeddings.pack_many(np.vstack(vectors))
    cosine, adapted, residual = embeddings.similarities(packed[0], packed[1:], np.eye(DIM, dtype=np.float32), turn)
    assert adapted == pytest.approx(cosine, abs=1e-5)
    unpacked = embeddings.unpack(packed)
    assert residual == pytest.approx(unpacked[1:] @ (unpacked[0] @ turn), abs=1e-4)
    assert embeddings.similarities(packed[0], packed[1:], None, turn)[1] is None
